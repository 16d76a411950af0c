//! The "What changed" tab: the open plan against another version of it (the version
//! signed off, the backup, any plan file), item by item, with what each change does to
//! the gap, the key figures year by year and the bridge.

use egui::{ComboBox, RichText, Ui};

use super::{baseline_choices, before_after, figures_moved};
use crate::report::PlanDiff;
use crate::session::{Baseline, Command};
use crate::ui::FrameInput;
use crate::ui::theme::{Palette, space};

/// The tab.
pub fn tab(ui: &mut Ui, f: &mut FrameInput) {
    baseline_picker(ui, f);
    ui.add_space(space::S);
    let Some(changes) = f.review.changes() else {
        ui.label("Choose a version to compare with.");
        return;
    };
    let diff = match &changes.diff {
        Ok(diff) => diff,
        Err(why) => {
            ui.label(RichText::new(why).color(Palette::of(ui.ctx()).warn));
            return;
        }
    };
    if diff.is_empty() {
        ui.label(
            RichText::new(format!(
                "No differences: the plan is as in {}.",
                changes.baseline.label().to_lowercase()
            ))
            .color(Palette::of(ui.ctx()).good),
        );
        return;
    }
    key_figures(ui, diff);
    ui.add_space(space::M);
    items(ui, f, diff);
}

fn baseline_picker(ui: &mut Ui, f: &mut FrameInput) {
    let current = f.review.baseline().cloned();
    let choices = baseline_choices(f.doc.plan(), f.doc.path.is_some());
    ui.horizontal(|ui| {
        ui.label("Compare with");
        let shown = current
            .as_ref()
            .map_or_else(|| "Choose…".to_string(), Baseline::label);
        ComboBox::from_id_salt("baseline")
            .selected_text(shown)
            .width(280.0)
            .show_ui(ui, |ui| {
                for choice in choices {
                    let on = current.as_ref() == Some(&choice);
                    if ui.selectable_label(on, choice.label()).clicked() && !on {
                        f.commands.push(Command::CompareWith(choice));
                    }
                }
                if ui.selectable_label(false, "Another plan file…").clicked() {
                    f.commands.push(Command::ChooseBaseline);
                }
            })
            .response
            .accessible_name("Compare with");
    });
}

/// The base plan's key figures, year by year, before → after.
fn key_figures(ui: &mut Ui, diff: &PlanDiff) {
    ui.label(RichText::new("The base plan's figures, before → after (£000)").strong());
    if !figures_moved(diff) {
        ui.label("No figure moved: the changes are to names, notes or the review record.");
        return;
    }
    egui::ScrollArea::horizontal()
        .id_salt("figures")
        .show(ui, |ui| {
            egui::Grid::new("key-figures")
                .striped(true)
                .num_columns(5)
                .show(ui, |ui| {
                    for title in [
                        "Year",
                        "Do-nothing gap",
                        "Savings",
                        "Investment",
                        "Still to find",
                    ] {
                        ui.label(RichText::new(title).strong());
                    }
                    ui.end_row();
                    for year in &diff.figures {
                        ui.label(&year.year);
                        for pair in [
                            year.gap_do_nothing,
                            year.savings,
                            year.investment,
                            year.still_to_find,
                        ] {
                            let text = RichText::new(before_after(pair));
                            ui.label(if pair.differs() { text.strong() } else { text });
                        }
                        ui.end_row();
                    }
                });
        });
}

/// Every changed value.
fn items(ui: &mut Ui, _f: &mut FrameInput, diff: &PlanDiff) {
    ui.label(RichText::new(format!("{} values changed", diff.total)).strong());
    for change in &diff.changes {
        ui.label(format!(
            "{}: {} → {} {}",
            change.path, change.before, change.after, change.unit
        ));
    }
}
