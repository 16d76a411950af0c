//! The plan outline on the left: the plan, its sections with counts, its options and
//! localities.

use egui::{Panel, RichText, Ui};

use super::FrameInput;
use super::theme::space;
use crate::model::Plan;
use crate::model::years::FromBase;
use crate::session::Section;

fn count(plan: &Plan, section: Section) -> Option<usize> {
    Some(match section {
        Section::Assumptions => return None,
        Section::Schemes => plan.schemes.len(),
        Section::Investments => plan.investments.len(),
        Section::Priorities => plan.priorities.len(),
        Section::Trajectories => plan.trajectories.len(),
        Section::Localities => plan.localities.len(),
        Section::Kpis => plan.kpis.len(),
        Section::Risks => plan.risks.len(),
        Section::Options => plan.scenarios.len(),
        // Open comments, when there are any.
        Section::Review => return Some(plan.open_comments().count()).filter(|n| *n > 0),
    })
}

/// The outline panel.
pub fn outline(ui: &mut Ui, f: &mut FrameInput) {
    let width = super::SidePanels::of(ui.ctx()).outline;
    Panel::left("outline")
        .resizable(true)
        .default_size(width.default)
        .size_range(width.range)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                let plan = f.doc.plan();
                ui.add_space(space::S);
                ui.label(RichText::new(&plan.title).strong())
                    .on_hover_text(&plan.description);
                ui.label(
                    RichText::new(format!(
                        "{} · {} to {}",
                        plan.organisation,
                        plan.year_label(FromBase(0)),
                        plan.year_label(FromBase(plan.horizon))
                    ))
                    .small(),
                );
                ui.add_space(space::M);
                for section in Section::ALL {
                    let label = match count(plan, section) {
                        Some(n) => format!("{}  ({n})", section.label()),
                        None => section.label().to_string(),
                    };
                    let selected = f.view.section == section;
                    if ui.selectable_label(selected, label).clicked() && !selected {
                        f.view.section = section;
                        f.view.selected = None;
                    }
                }
                if !plan.scenarios.is_empty() {
                    ui.add_space(space::M);
                    ui.label(RichText::new("Options").small().strong());
                    let base = f.view.scenario.is_none();
                    if ui.selectable_label(base, "Base plan").clicked() {
                        f.view.scenario = None;
                    }
                    for s in &plan.scenarios {
                        let on = f.view.scenario.as_deref() == Some(s.id.as_str());
                        if ui
                            .selectable_label(on, &s.name)
                            .on_hover_text(&s.description)
                            .clicked()
                        {
                            f.view.scenario = Some(s.id.clone());
                        }
                    }
                }
            });
        });
}
