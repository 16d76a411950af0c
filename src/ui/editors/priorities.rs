//! Priorities: scoring criteria and weights, each priority's scores, its computed score
//! and rank, and the selected priority's milestones with their status.

use egui::{Grid, RichText, Ui};

use super::{row_actions, title_with_add};
use crate::format::money_k;
use crate::model::{Milestone, MilestoneStatus};
use crate::session::Collection;
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
fn milestones(ui: &mut Ui, p: &mut crate::model::Priority, palette: &Palette) -> bool {
    let mut changed = false;
    heading(ui, &format!("{}: milestones", p.name));
    Grid::new("milestones")
        .striped(true)
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            let mut remove = None;
            for (k, m) in p.milestones.iter_mut().enumerate() {
                changed |= widgets::text(ui, &mut m.name, 320.0, &format!("Milestone {}", k + 1))
                    .changed();
                changed |=
                    widgets::text(ui, &mut m.due, 100.0, &format!("Due {}", k + 1)).changed();
                changed |= widgets::pick(
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
                if ui
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
                changed = true;
            }
        });
    if ui.button("+ Add milestone").clicked() {
        p.milestones.push(Milestone {
            name: "New milestone".into(),
            due: String::new(),
            status: MilestoneStatus::NotStarted,
        });
        changed = true;
    }
    ui.label("Description");
    changed |= widgets::paragraph(ui, &mut p.description, "Priority description").changed();
    changed
}

fn status_colour(palette: &Palette, s: MilestoneStatus) -> egui::Color32 {
    match s {
        MilestoneStatus::Red => palette.bad,
        MilestoneStatus::Amber => palette.warn,
        MilestoneStatus::Green | MilestoneStatus::Complete => palette.good,
        MilestoneStatus::NotStarted => palette.muted,
    }
}

/// The priorities editor.
pub fn show(ui: &mut Ui, f: &mut FrameInput) -> bool {
    let mut changed = false;
    let palette = Palette::of(ui.ctx());
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .id_salt("priorities")
        .show(ui, |ui| {
            title_with_add(ui, "Scoring criteria", Collection::Criteria, f.commands);
            let plan = &mut f.doc.plan;
            Grid::new("criteria-grid")
                .spacing([space::M, space::S])
                .show(ui, |ui| {
                    for c in &mut plan.criteria {
                        let name = c.name.clone();
                        changed |=
                            widgets::text(ui, &mut c.name, 300.0, &format!("Criterion {name}"))
                                .changed();
                        ui.label("weight");
                        changed |= ui
                            .add(
                                egui::DragValue::new(&mut c.weight)
                                    .range(0.0..=100.0)
                                    .speed(0.05),
                            )
                            .accessible_name(format!("Weight of {name}"))
                            .changed();
                        ui.horizontal(|ui| {
                            row_actions(ui, f.commands, Collection::Criteria, &c.id, &name)
                        });
                        ui.end_row();
                    }
                });
            ui.add_space(space::M);
            title_with_add(ui, "Priorities", Collection::Priorities, f.commands);
            let criteria: Vec<(String, String)> = plan
                .criteria
                .iter()
                .map(|c| (c.id.clone(), c.name.clone()))
                .collect();
            let outcomes = f.outcome.ok().map(|o| &o.priorities);
            let selected = f.view.selected.clone();
            if let Some(p) = selected.and_then(|id| plan.priorities.iter_mut().find(|p| p.id == id))
            {
                changed |= milestones(ui, p, &palette);
                ui.separator();
            }
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
                        ui.label(result.map_or(String::new(), |r| r.rank.to_string()));
                        ui.horizontal(|ui| {
                            let selected = f.view.selected.as_deref() == Some(p.id.as_str());
                            if ui
                                .selectable_label(selected, "Milestones")
                                .accessible_name(format!("Milestones of {name}"))
                                .clicked()
                            {
                                f.view.selected = Some(p.id.clone());
                            }
                            changed |=
                                widgets::text(ui, &mut p.name, 260.0, &format!("Name of {name}"))
                                    .changed();
                        });
                        changed |=
                            widgets::text(ui, &mut p.lead, 140.0, &format!("Lead of {name}"))
                                .changed();
                        for (id, c) in &criteria {
                            let mut score = p.scores.get(id).copied().unwrap_or(0.0);
                            if ui
                                .add(
                                    egui::DragValue::new(&mut score)
                                        .range(0.0..=5.0)
                                        .speed(0.05)
                                        .fixed_decimals(0),
                                )
                                .accessible_name(format!("{c} score of {name}"))
                                .changed()
                            {
                                p.scores.insert(id.clone(), score);
                                changed = true;
                            }
                        }
                        ui.label(result.map_or(String::new(), |r| format!("{:.2}", r.score)));
                        ui.label(result.map_or(String::new(), |r| {
                            format!(
                                "{} / {}",
                                money_k(r.investment_total),
                                money_k(r.savings_total)
                            )
                        }));
                        ui.horizontal(|ui| {
                            row_actions(ui, f.commands, Collection::Priorities, &p.id, &name)
                        });
                        ui.end_row();
                    }
                });
        });
    changed
}
