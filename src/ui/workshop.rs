//! The workshop's panel, while one runs: each change written down so far, newest first,
//! with what it did to the gap, who proposed it and why (Ctrl+M puts the cursor in the
//! newest one's), and Revert for any change no later one depends on.

use egui::{RichText, Ui};

use super::FrameInput;
use super::theme::{Palette, space};
use crate::format::{capitalised, date_time};
use crate::report::minutes::effect_words;
use crate::session::Command;

/// How wide the panel is, in points.
const WIDTH: f32 = 340.0;

/// Shows the panel when a workshop runs.
pub fn panel(ui: &mut Ui, f: &mut FrameInput) {
    let Some(workshop) = f.workshop.as_deref_mut() else {
        return;
    };
    let palette = Palette::of(ui.ctx());
    let text = ui.visuals().text_color();
    let title = format!(
        "Workshop since {} · {} change{}",
        time_of(workshop.started()),
        workshop.len(),
        if workshop.len() == 1 { "" } else { "s" }
    );
    let focus_newest = std::mem::take(&mut f.view.note_change);
    let editing = f.view.mode == crate::session::Mode::Edit;
    let mut asked = Vec::new();
    egui::Window::new(title)
        .id(egui::Id::unique("workshop-panel"))
        .default_width(WIDTH)
        .default_height(ui.ctx().content_rect().height() * 0.45)
        .anchor(
            egui::Align2::LEFT_BOTTOM,
            egui::vec2(space::M, -space::L * 2.0),
        )
        .collapsible(true)
        .resizable(true)
        .show(ui.ctx(), |ui| {
            ui.horizontal(|ui| {
                if ui.button("End workshop").clicked() {
                    asked.push(Command::EndWorkshop);
                }
                ui.label(
                    RichText::new("Ctrl+M: who proposed the newest change, and why")
                        .small()
                        .color(palette.muted),
                );
            });
            ui.separator();
            if workshop.is_empty() {
                ui.label("Every change made now is written down here, with its effect on the gap.");
                return;
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                let newest = workshop.len() - 1;
                for i in (0..workshop.len()).rev() {
                    let revert = workshop.can_revert(i);
                    let Some(change) = workshop.change_mut(i) else {
                        continue;
                    };
                    ui.push_id(("workshop-change", i), |ui| {
                        let mut what =
                            RichText::new(format!("{}. {}", i + 1, change.what)).strong();
                        if change.reverted {
                            what = what.strikethrough().color(palette.muted);
                        }
                        ui.label(what);
                        ui.label(
                            RichText::new(capitalised(&effect_words(change)))
                                .small()
                                .color(if change.moves_gap() {
                                    text
                                } else {
                                    palette.muted
                                }),
                        );
                        ui.horizontal(|ui| {
                            ui.label("Who");
                            ui.add(
                                egui::TextEdit::singleline(&mut change.who)
                                    .desired_width(WIDTH * 0.35),
                            )
                            .accessible_name(format!("Who proposed change {}", i + 1));
                            ui.label("Why");
                            let why = ui
                                .add(egui::TextEdit::singleline(&mut change.why))
                                .accessible_name(format!("Why change {}", i + 1));
                            if focus_newest && i == newest {
                                why.request_focus();
                            }
                        });
                        ui.horizontal(|ui| {
                            ui.label(
                                RichText::new(date_time(&change.when))
                                    .small()
                                    .color(palette.muted),
                            );
                            if change.reverted {
                                ui.label(RichText::new("Reverted").small().color(palette.muted));
                            } else {
                                let button = ui
                                    .add_enabled(
                                        editing && revert.is_ok(),
                                        egui::Button::new("Revert").small(),
                                    )
                                    .on_hover_text(
                                        "Put back what this change changed, leaving the others",
                                    );
                                let button = match &revert {
                                    Err(why) => {
                                        button.on_disabled_hover_text(capitalised(&why.to_string()))
                                    }
                                    Ok(()) => button,
                                };
                                if button.clicked() {
                                    asked.push(Command::RevertChange(i));
                                }
                            }
                        });
                    });
                    ui.add_space(space::S);
                }
            });
        });
    f.commands.extend(asked);
}

/// "10:05" from an ISO 8601 date and time.
fn time_of(iso: &str) -> &str {
    iso.get(11..16).unwrap_or(iso)
}
