//! Priorities: scoring criteria and weights, each priority's scores, its computed score
//! and rank, and the selected priority's milestones with their status.

use egui::{Grid, RichText, Ui};

use super::{row_menu, title_with_add};
use crate::engine::PriorityOutcome;
use crate::format::money_k;
use crate::model::{Criterion, Milestone, MilestoneStatus, Plan, limits};
use crate::session::{Collection, Command};
use crate::ui::FrameInput;
use crate::ui::theme::{Palette, space};
use crate::ui::widgets::{self, heading};

fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}...", text.chars().take(max - 3).collect::<String>())
    }
}

/// The selected priority's milestones and description.
fn milestones(ui: &mut Ui, p: &mut crate::model::Priority, palette: &Palette) {
    heading(ui, &format!("{}: milestones", p.name));
    Grid::new("milestones")
        .striped(true)
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            let mut remove = None;
            for (k, m) in p.milestones.iter_mut().enumerate() {
                widgets::text(ui, &mut m.name, 320.0, &format!("Milestone {}", k + 1));
                widgets::text(ui, &mut m.due, 100.0, &format!("Due {}", k + 1));
                widgets::pick(
                    ui,
                    ("ms", k),
                    &mut m.status,
                    &MilestoneStatus::ALL,
                    MilestoneStatus::label,
                    &format!("Status {}", k + 1),
                );
                ui.label(
                    RichText::new(m.status.label())
                        .color(status_colour(palette, m.status))
                        .strong(),
                );
                if ui.is_enabled()
                    && ui
                        .small_button("Remove")
                        .accessible_name(format!("Remove milestone {}", k + 1))
                        .clicked()
                {
                    remove = Some(k);
                }
                ui.end_row();
            }
            if let Some(k) = remove {
                p.milestones.remove(k);
            }
        });
    if ui.is_enabled() && ui.button("+ Add milestone").clicked() {
        p.milestones.push(Milestone {
            name: "New milestone".into(),
            due: String::new(),
            status: MilestoneStatus::NotStarted,
        });
    }
    ui.label("Description");
    widgets::paragraph(ui, &mut p.description, "Priority description");
}

fn status_colour(palette: &Palette, s: MilestoneStatus) -> egui::Color32 {
    match s {
        MilestoneStatus::Red => palette.bad,
        MilestoneStatus::Amber => palette.warn,
        MilestoneStatus::Green | MilestoneStatus::Complete => palette.good,
        MilestoneStatus::NotStarted => palette.muted,
    }
}

/// The priorities editor: the scoring criteria, the selected priority's milestones,
/// then every priority with its scores, rank and money.
pub fn show(ui: &mut Ui, f: &mut FrameInput) {
    let editing = f.editing();
    let palette = Palette::of(ui.ctx());
    super::page(ui, "priorities", editing, |ui| {
        title_with_add(ui, "Scoring criteria", Collection::Criteria, f.commands);
        let plan = f.doc.plan_mut_but_items();
        criteria_grid(ui, &mut plan.criteria, f.commands);
        ui.add_space(space::M);
        title_with_add(ui, "Priorities", Collection::Priorities, f.commands);
        let selected = f.view.selected.clone();
        if let Some(p) = selected.and_then(|id| plan.priorities.iter_mut().find(|p| p.id == id)) {
            milestones(ui, p, &palette);
            ui.separator();
        }
        let outcomes = f.outcome.ok().map(|o| o.priorities.as_slice());
        priorities_grid(ui, plan, outcomes, &mut f.view.selected, f.commands);
    });
}

/// The criteria priorities are scored on, and each one's weight.
fn criteria_grid(ui: &mut Ui, criteria: &mut [Criterion], commands: &mut Vec<Command>) {
    Grid::new("criteria-grid")
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            for c in criteria {
                let name = c.name.clone();
                widgets::text(ui, &mut c.name, 300.0, &format!("Criterion {name}"));
                ui.label("weight");
                widgets::bounded(
                    ui,
                    &mut c.weight,
                    limits::WEIGHT,
                    &format!("Weight of {name}"),
                );
                row_menu(ui, commands, Collection::Criteria, &c.id, &name);
                ui.end_row();
            }
        });
}

/// Every priority: its rank (only when the plan has criteria to score on), name, lead,
/// scores, overall score and the money invested and saved under it.
fn priorities_grid(
    ui: &mut Ui,
    plan: &mut Plan,
    outcomes: Option<&[PriorityOutcome]>,
    selected: &mut Option<String>,
    commands: &mut Vec<Command>,
) {
    let criteria: Vec<(String, String)> = plan
        .criteria
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();
    let ranked = !criteria.is_empty();
    Grid::new("priorities-grid")
        .striped(true)
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            ui.strong("Rank");
            ui.strong("Priority");
            ui.strong("Lead");
            for (_, c) in &criteria {
                ui.strong(short(c, 14)).on_hover_text(c);
            }
            ui.strong("Score");
            ui.strong("Invest / save");
            ui.end_row();
            for (i, p) in plan.priorities.iter_mut().enumerate() {
                let name = p.name.clone();
                let result = outcomes.and_then(|o| o.get(i));
                let rank = result.filter(|_| ranked).map(|r| r.rank.to_string());
                ui.label(rank.unwrap_or_else(|| "–".into()))
                    .on_hover_text(if ranked {
                        "Rank by weighted score"
                    } else {
                        "Not ranked: the plan has no criteria to score on"
                    });
                ui.horizontal(|ui| {
                    let is_selected = selected.as_deref() == Some(p.id.as_str());
                    if ui
                        .selectable_label(is_selected, "Milestones")
                        .accessible_name(format!("Milestones of {name}"))
                        .clicked()
                    {
                        *selected = Some(p.id.clone());
                    }
                    widgets::text(ui, &mut p.name, 260.0, &format!("Name of {name}"));
                });
                widgets::text(ui, &mut p.lead, 140.0, &format!("Lead of {name}"));
                for (id, c) in &criteria {
                    let mut score = p.scores.get(id).copied().unwrap_or(0.0);
                    if widgets::whole_number(
                        ui,
                        &mut score,
                        limits::PRIORITY_SCORE,
                        &format!("{c} score of {name}"),
                    )
                    .changed()
                    {
                        p.scores.insert(id.clone(), score);
                    }
                }
                let score = result.filter(|_| ranked).map(|r| format!("{:.2}", r.score));
                ui.label(score.unwrap_or_default());
                ui.label(result.map_or(String::new(), |r| {
                    format!(
                        "{} / {}",
                        money_k(r.investment_total),
                        money_k(r.savings_total)
                    )
                }));
                row_menu(ui, commands, Collection::Priorities, &p.id, &name);
                ui.end_row();
            }
        });
}
