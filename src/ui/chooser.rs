//! The window's own file chooser (see `app::chooser`): a folder field with Up, the
//! folder's subfolders and plan files (or papers), a file name when writing one, and
//! Open, Save or Export.

use crate::report::Readers;
use std::path::PathBuf;

use egui::{Context, Id, Key, Modal, RichText, ScrollArea, TextEdit};

use super::theme::{Palette, space};
use crate::session::chooser::{FileChooser, Purpose};

/// What the person did with the chooser.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// Chose this file.
    Chosen(PathBuf),
    /// Closed it without choosing.
    Cancel,
}

/// Shows the chooser; an answer once the person chose a file or cancelled.
pub fn file_chooser(ctx: &Context, chooser: &mut FileChooser) -> Option<Answer> {
    let saving = chooser.purpose.writes();
    let (title, action) = match chooser.purpose {
        Purpose::Save { .. } => ("Save the plan as", "Save"),
        Purpose::Paper(Readers::GoverningBody) => {
            ("Write the paper for the governing body to", "Export")
        }
        Purpose::Paper(Readers::Public) => ("Write the paper for the public to", "Export"),
        Purpose::Minutes => ("Write the minutes (.html or .md) to", "Export"),
        Purpose::Open => ("Open a plan", "Open"),
        Purpose::Compare => ("Compare with a plan", "Compare"),
    };
    let mut answer = None;
    let modal = Modal::new(Id::unique("file-chooser")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.label(RichText::new(title).heading());
        ui.add_space(space::S);
        ui.horizontal(|ui| {
            if ui.button("Up").on_hover_text("The folder above").clicked() {
                chooser.up();
            }
            let field = ui
                .add(TextEdit::singleline(&mut chooser.folder_text).desired_width(f32::INFINITY))
                .accessible_name("Folder");
            if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                chooser.go_to_typed();
            }
        });
        ui.add_space(space::S);
        // A copy, as picking a folder replaces the list.
        let listing = chooser
            .entries()
            .map(<[crate::session::chooser::Entry]>::to_vec)
            .map_err(str::to_string);
        ScrollArea::vertical()
            .max_height(280.0)
            .auto_shrink([false, true])
            .show(ui, |ui| match listing {
                Err(why) => {
                    ui.colored_label(Palette::of(ui.ctx()).bad, why);
                }
                Ok(entries) if entries.is_empty() => {
                    ui.label(RichText::new("No plan files or folders here.").weak());
                }
                Ok(entries) => {
                    for entry in entries {
                        let label = if entry.folder {
                            format!("{}/", entry.name)
                        } else {
                            entry.name.clone()
                        };
                        let picked = !entry.folder && entry.name == chooser.name;
                        let response = ui.selectable_label(picked, label);
                        // A folder opens with one click; the second click of a double
                        // click lands in the folder just opened, and is let be.
                        if response.clicked() && !response.double_clicked() {
                            chooser.pick(&entry);
                        }
                        // A double click on a plan already picked opens it. Saving
                        // always takes the Save (or Replace) button.
                        if response.double_clicked()
                            && picked
                            && !saving
                            && let Some(path) = chooser.chosen()
                            && chooser.problem().is_none()
                        {
                            answer = Some(Answer::Chosen(path));
                        }
                    }
                }
            });
        ui.add_space(space::S);
        let mut submit = false;
        if saving {
            ui.horizontal(|ui| {
                ui.label("File name");
                let field = ui
                    .add(TextEdit::singleline(&mut chooser.name).desired_width(f32::INFINITY))
                    .accessible_name("File name");
                submit = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            });
        }
        let problem = chooser.problem();
        let note = match &problem {
            Some(problem) => Some(problem.clone()),
            None if chooser.replaces() => Some(match chooser.purpose {
                Purpose::Paper(_) | Purpose::Minutes => format!(
                    "{} is already here; exporting replaces it.",
                    chooser.name.trim()
                ),
                _ => format!(
                    "{} is already here; saving replaces it (the old one is kept as a backup).",
                    chooser.name.trim()
                ),
            }),
            None => None,
        };
        if let Some(note) = note {
            ui.label(RichText::new(note).small());
        }
        ui.add_space(space::S);
        ui.horizontal(|ui| {
            let label = if chooser.replaces() {
                "Replace"
            } else {
                action
            };
            let ready = problem.is_none();
            if ui.add_enabled(ready, egui::Button::new(label)).clicked() || (submit && ready) {
                answer = chooser.chosen().map(Answer::Chosen);
            }
            if ui.button("Cancel").clicked() {
                answer = Some(Answer::Cancel);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(Answer::Cancel);
    }
    answer
}
