//! The "What changed" tab: the open plan against another version of it (the version
//! signed off, the backup, any plan file), item by item, with what each change does to
//! the gap, the key figures year by year and the bridge.

use egui::{ComboBox, RichText, Ui};

use super::{baseline_choices, figures_moved, now_and_change, was};
use crate::format::capitalised;
use crate::model::review::Subject;
use crate::report::{ItemChange, PlanDiff};
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

/// The base plan's key figures, year by year, now and how far they moved.
fn key_figures(ui: &mut Ui, diff: &PlanDiff) {
    ui.label(RichText::new("The base plan's figures now, and how far they moved (£000)").strong());
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
                            let text = RichText::new(now_and_change(pair));
                            let cell = ui.label(if pair.differs() { text.strong() } else { text });
                            if let Some(was) = was(pair).filter(|_| pair.differs()) {
                                cell.on_hover_text(was);
                            }
                        }
                        ui.end_row();
                    }
                });
        });
}

/// Every changed item, with what it alone does to the gap and its changed values, and
/// a way to go to it; only the ones that move the gap when the filter is on.
fn items(ui: &mut Ui, f: &mut FrameInput, diff: &PlanDiff) {
    let moving = diff.items_moving_gap().count();
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(
                "{} changed {} in {} {}; {moving} {} the gap",
                diff.total,
                plural(diff.total, "value", "values"),
                diff.items.len(),
                plural(diff.items.len(), "item", "items"),
                plural(moving, "moves", "move"),
            ))
            .strong(),
        );
        ui.checkbox(
            &mut f.view.review.only_moving,
            "Only changes that move the gap",
        );
    });
    let plan = f.doc.plan();
    let shown: Vec<&ItemChange> = diff
        .items
        .iter()
        .filter(|item| !f.view.review.only_moving || item.moves_gap)
        .collect();
    if shown.is_empty() {
        ui.label("None of the changes moves the gap.");
    }
    let palette = Palette::of(ui.ctx());
    let years = plan.planning_year_labels();
    for item in shown {
        let target = item
            .id
            .as_ref()
            .and_then(|_| Subject::parse(&item.path, plan));
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(item.heading()).strong());
                if let Some(subject) = target
                    && ui
                        .small_button("Go to")
                        .on_hover_text("Show this item in its section")
                        .clicked()
                {
                    f.commands.push(Command::GoTo(subject));
                }
            });
            let words = capitalised(&item.effect_words());
            let colour = if item.moves_gap {
                palette.warn
            } else {
                ui.visuals().weak_text_color()
            };
            ui.label(RichText::new(words).color(colour));
            for change in diff.changes_of(item) {
                ui.label(change.words(&item.path, &years));
            }
        });
    }
    if diff.total > diff.changes.len() {
        ui.label(format!(
            "… and {} more changed values not listed.",
            diff.total - diff.changes.len()
        ));
    }
}

fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}
