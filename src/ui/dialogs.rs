//! Modal questions and messages, and the native file dialogs.

use std::path::PathBuf;

use egui::{Context, Id, Modal, RichText};

use super::theme::space;
use crate::session::Notice;

/// The answer to "save your changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    Discard,
    /// Stay.
    Cancel,
}

/// Asks whether to save unsaved changes; `None` while the question is open.
pub fn confirm_unsaved(ctx: &Context, name: &str) -> Option<Choice> {
    let mut choice = None;
    let modal = Modal::new(Id::unique("confirm-unsaved")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.label(RichText::new("Save changes?").heading());
        ui.add_space(space::S);
        ui.label(format!(
            "“{name}” has changes that are not saved. They will be lost if you go on without saving."
        ));
        ui.add_space(space::M);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                choice = Some(Choice::Save);
            }
            if ui.button("Don't save").clicked() {
                choice = Some(Choice::Discard);
            }
            if ui.button("Cancel").clicked() {
                choice = Some(Choice::Cancel);
            }
        });
    });
    if modal.should_close() && choice.is_none() {
        choice = Some(Choice::Cancel);
    }
    choice
}

/// Asks whether to sign the plan off while comments are still open; `Some(true)` to
/// sign off, `Some(false)` to go back, `None` while the question is open.
pub fn confirm_sign_off(ctx: &Context, open_comments: usize) -> Option<bool> {
    let mut answer = None;
    let modal = Modal::new(Id::unique("confirm-sign-off")).show(ctx, |ui| {
        ui.set_max_width(440.0);
        ui.label(RichText::new("Sign off with comments open?").heading());
        ui.add_space(space::S);
        let comments = if open_comments == 1 {
            "1 comment is".to_string()
        } else {
            format!("{open_comments} comments are")
        };
        ui.label(format!(
            "{comments} not resolved yet. Signing off records that you approve the plan as it \
             is; the open comments stay in the plan and in the paper."
        ));
        ui.add_space(space::M);
        ui.horizontal(|ui| {
            if ui.button("Sign off anyway").clicked() {
                answer = Some(true);
            }
            if ui.button("Go back to the comments").clicked() {
                answer = Some(false);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(false);
    }
    answer
}

/// What to do about a file someone else changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    /// Open their version; this window's changes are lost.
    Reload,
    /// Keep both: save this version under another name.
    SaveAs,
    /// Replace their version with this one (theirs is kept as the backup).
    Overwrite,
    /// Do nothing for now.
    Cancel,
}

/// Asks what to do when the file changed on disk; `None` while the question is open.
pub fn changed_on_disk(ctx: &Context, name: &str) -> Option<Conflict> {
    let mut choice = None;
    let modal = Modal::new(Id::unique("changed-on-disk")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.label(RichText::new("The file changed on disk").heading());
        ui.add_space(space::S);
        ui.label(format!(
            "Someone else saved “{name}” after you opened it. Saving now would replace their changes."
        ));
        ui.add_space(space::M);
        ui.horizontal_wrapped(|ui| {
            if ui.button("Open their version").clicked() {
                choice = Some(Conflict::Reload);
            }
            if ui.button("Save mine as…").clicked() {
                choice = Some(Conflict::SaveAs);
            }
            if ui.button("Overwrite theirs").on_hover_text("Their version is kept as the .bak file").clicked() {
                choice = Some(Conflict::Overwrite);
            }
            if ui.button("Cancel").clicked() {
                choice = Some(Conflict::Cancel);
            }
        });
    });
    if modal.should_close() && choice.is_none() {
        choice = Some(Conflict::Cancel);
    }
    choice
}

/// What to do with unsaved work recovered from an earlier run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recovery {
    /// Open it as unsaved changes.
    Restore,
    /// Delete it.
    Discard,
    /// Keep the file and decide next time.
    Later,
    /// Show what differs from the saved file.
    Compare,
}

/// The recovered copy against the plan's saved file.
#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryComparison {
    /// Differences from the saved file to the recovered copy (at most
    /// [`crate::model::diff::MAX_CHANGES`]).
    pub changes: Vec<crate::model::diff::Change>,
    /// How many differences there are in all.
    pub total: usize,
    /// The final year, and savings still to find in it: saved file, recovered copy.
    pub still_to_find: Option<(String, f64, f64)>,
    /// Why there is no comparison (the saved file could not be read).
    pub problem: Option<String>,
}

/// Offers back unsaved work; `None` while the question is open.
pub fn recovered(
    ctx: &Context,
    recovered: &crate::io::Recovered,
    comparison: Option<&RecoveryComparison>,
) -> Option<Recovery> {
    let mut choice = None;
    Modal::new(Id::unique("recovered")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.label(RichText::new("Unsaved work was recovered").heading());
        ui.add_space(space::S);
        let from = recovered.original.as_ref().map_or_else(
            || "a plan not yet saved to a file".to_string(),
            |p| p.display().to_string(),
        );
        ui.label(format!(
            "placeplan closed before “{}” ({from}) was saved. A copy from {} was kept.",
            recovered.plan.title, recovered.when
        ));
        ui.add_space(space::M);
        ui.horizontal_wrapped(|ui| {
            if ui.button("Restore it").clicked() {
                choice = Some(Recovery::Restore);
            }
            if ui.button("Discard it").clicked() {
                choice = Some(Recovery::Discard);
            }
            if ui.button("Decide later").clicked() {
                choice = Some(Recovery::Later);
            }
            if comparison.is_none()
                && ui
                    .add_enabled(
                        recovered.original.is_some(),
                        egui::Button::new("Compare with the saved file"),
                    )
                    .on_disabled_hover_text("This plan was never saved to a file")
                    .clicked()
            {
                choice = Some(Recovery::Compare);
            }
        });
        if let Some(c) = comparison {
            ui.add_space(space::M);
            recovery_comparison(ui, c);
        }
    });
    choice
}

fn recovery_comparison(ui: &mut egui::Ui, c: &RecoveryComparison) {
    if let Some(problem) = &c.problem {
        ui.label(problem);
        return;
    }
    if let Some((year, saved, recovered)) = &c.still_to_find {
        ui.label(format!(
            "Still to find in {year}: {} in the saved file, {} in the recovered copy.",
            crate::format::money_m(*saved),
            crate::format::money_m(*recovered)
        ));
    }
    if c.total == 0 {
        ui.label("The recovered copy is the same as the saved file.");
        return;
    }
    ui.label(format!(
        "{} {} from the saved file to the recovered copy{}:",
        c.total,
        if c.total == 1 {
            "difference"
        } else {
            "differences"
        },
        if c.total > c.changes.len() {
            format!(", the first {} listed", c.changes.len())
        } else {
            String::new()
        }
    ));
    egui::ScrollArea::vertical()
        .id_salt("recovery-differences")
        .max_height(260.0)
        .show(ui, |ui| {
            egui::Grid::new("recovery-differences-grid")
                .striped(true)
                .spacing([space::M, space::S / 2.0])
                .show(ui, |ui| {
                    for h in ["Where", "Saved file", "Recovered copy"] {
                        ui.label(RichText::new(h).strong());
                    }
                    ui.end_row();
                    for change in &c.changes {
                        ui.label(&change.path);
                        ui.label(&change.before);
                        ui.label(&change.after);
                        ui.end_row();
                    }
                });
        });
}

/// Shows a message; returns true when it is dismissed.
pub fn notice(ctx: &Context, notice: &Notice) -> bool {
    let mut close = false;
    let modal = Modal::new(Id::unique("notice")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.label(RichText::new(&notice.title).heading());
        ui.add_space(space::S);
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                for line in &notice.lines {
                    ui.label(line);
                }
            });
        ui.add_space(space::M);
        if ui.button("OK").clicked() {
            close = true;
        }
    });
    close || modal.should_close()
}

/// Asks for a plan file to open.
pub fn choose_open_path() -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title("Open plan")
        .add_filter("Plan (RON or JSON)", &["ron", "json"])
        .pick_file()
}

/// Asks where to write the paper for the governing body, offering `name`.
pub fn choose_paper_path(name: &str) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title("Export paper")
        .set_file_name(name)
        .add_filter("Web page (HTML)", &["html", "htm"])
        .save_file()
}

/// Asks where to write a workshop's minutes, offering `name`.
pub fn choose_minutes_path(name: &str) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title("Export minutes")
        .set_file_name(name)
        .add_filter("Web page (HTML)", &["html", "htm"])
        .add_filter("Markdown", &["md"])
        .save_file()
}

/// Asks where to save the plan.
pub fn choose_save_path(current_name: &str) -> Option<PathBuf> {
    let name = if current_name.ends_with(".ron") || current_name.ends_with(".json") {
        current_name.to_string()
    } else {
        "plan.ron".to_string()
    };
    rfd::FileDialog::new()
        .set_title("Save plan")
        .set_file_name(name)
        .add_filter("Plan (RON)", &["ron"])
        .add_filter("Plan (JSON)", &["json"])
        .save_file()
}
