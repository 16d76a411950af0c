//! What the window does with files and the questions it asks about them: open, new,
//! save, conflicts with other people's saves, unsaved changes, recovered work.

use crate::report::Readers;
use std::path::{Path, PathBuf};

use egui::{Context, ViewportCommand};

use super::chooser::{FileChooser, Purpose, is_plan};
use super::{
    AfterConfirm, Baseline, Command, Document, Notice, PlaceplanApp, Save, Template, ViewState,
    migration_note,
};
use crate::io::load_path_noting;
use crate::model::template;
use crate::ui;

impl PlaceplanApp {
    pub(super) fn dialogs(&mut self, ctx: &Context) {
        self.file_chooser(ctx);
        self.sign_off_question(ctx);
        if let Some(after) = self.confirm.clone() {
            match ui::dialogs::confirm_unsaved(ctx, &self.doc.display_name()) {
                Some(ui::dialogs::Choice::Save) => {
                    self.confirm = None;
                    // Carries on once saved: now, or after the file chooser or a
                    // question about someone else's changes.
                    self.save(ctx, Save::Here, Some(after));
                }
                Some(ui::dialogs::Choice::Discard) => {
                    self.confirm = None;
                    self.proceed(ctx, after);
                }
                Some(ui::dialogs::Choice::Cancel) => self.confirm = None,
                None => {}
            }
        }
        if let Some((file, recovered)) = self.recovery_offer.clone() {
            match ui::dialogs::recovered(ctx, &recovered, self.recovery_comparison.as_ref()) {
                Some(ui::dialogs::Recovery::Restore) => {
                    self.recovery_offer = None;
                    let mut doc = Document::new(recovered.plan, recovered.original);
                    doc.mark_unsaved(format!(
                        "Recovered unsaved work from {}; save to keep it",
                        recovered.when
                    ));
                    self.replace_document(doc);
                    let _ = std::fs::remove_file(&file);
                }
                Some(ui::dialogs::Recovery::Discard) => {
                    self.recovery_offer = None;
                    let _ = std::fs::remove_file(&file);
                }
                Some(ui::dialogs::Recovery::Later) => self.recovery_offer = None,
                Some(ui::dialogs::Recovery::Compare) => {
                    self.recovery_comparison = Some(compare_recovered(&recovered));
                }
                None => {}
            }
            if self.recovery_offer.is_none() {
                self.recovery_comparison = None;
            }
        }
        if let Some((path, then)) = self.conflict.clone() {
            match ui::dialogs::changed_on_disk(ctx, &self.doc.display_name()) {
                Some(ui::dialogs::Conflict::Reload) => {
                    self.conflict = None;
                    self.open_now(&path);
                }
                Some(ui::dialogs::Conflict::SaveAs) => {
                    self.conflict = None;
                    self.save(ctx, Save::Elsewhere, then);
                }
                Some(ui::dialogs::Conflict::Overwrite) => {
                    self.conflict = None;
                    self.save(ctx, Save::Overwrite, then);
                }
                Some(ui::dialogs::Conflict::Cancel) => self.conflict = None,
                None => {}
            }
        }
        if let Some(notice) = &self.notice
            && ui::dialogs::notice(ctx, notice)
        {
            self.notice = None;
        }
    }

    pub(super) fn proceed(&mut self, ctx: &Context, after: AfterConfirm) {
        match after {
            AfterConfirm::Quit => {
                if let Some(autosave) = &mut self.autosave {
                    autosave.clear();
                }
                self.allow_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            AfterConfirm::Open(path) => self.open_now(&path),
            AfterConfirm::New(t) => self.new_now(t),
        }
    }

    pub(super) fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        let section = self.view.section;
        self.view = ViewState {
            section,
            ..ViewState::default()
        };
        self.results.clear();
        self.review.clear();
    }

    pub(super) fn open_now(&mut self, path: &Path) {
        match load_path_noting(path) {
            Ok((plan, migrated_from)) => {
                self.prefs.remember(path);
                // A save of this plan interrupted long ago left its temporary file here.
                if let Some(dir) = path.parent() {
                    crate::io::remove_stale_temp_files(dir, crate::io::STALE_TEMP);
                }
                let mut doc = Document::new(plan, Some(path.to_path_buf()));
                if let Some(from) = migrated_from {
                    doc.mark_unsaved(migration_note(from));
                }
                self.replace_document(doc);
            }
            Err(err) => {
                self.notice = Some(Notice {
                    title: "The plan could not be opened".into(),
                    lines: err.lines(),
                })
            }
        }
    }

    pub(super) fn new_now(&mut self, template: Template) {
        let plan = match template {
            Template::Blank => template::blank(),
            Template::Example => crate::io::example_or_blank(),
        };
        self.replace_document(Document::new(plan, None));
    }

    /// Saves as `how` says, asking where when the plan has no file yet, then does
    /// `then` (New, Open, Quit) once it is saved. With the window's own file chooser the
    /// answer comes in a later frame, and so can the answer to someone else having
    /// changed the file: `then` waits with them.
    pub(super) fn save(&mut self, ctx: &Context, how: Save, then: Option<AfterConfirm>) {
        let path = match (&self.doc.path, how) {
            (Some(p), Save::Here | Save::Overwrite) => p.clone(),
            _ if !self.uses_desktop_chooser() => {
                let folder = self.start_folder();
                let name = self.doc.display_name();
                let name = if is_plan(&name) {
                    name.as_str()
                } else {
                    "plan"
                };
                self.chooser = Some(FileChooser::new(Purpose::Save { then }, &folder, name));
                return;
            }
            _ => match ui::dialogs::choose_save_path(&self.doc.display_name()) {
                Some(p) => p,
                None => return,
            },
        };
        self.save_to_path(ctx, &path, how == Save::Overwrite, then);
    }

    /// The folder a file chooser starts in: the plan's own, else the last file's, else
    /// the home folder, else the working folder.
    pub(super) fn start_folder(&self) -> PathBuf {
        self.doc
            .path
            .iter()
            .chain(self.prefs.recent_files.iter())
            .find_map(|p| p.parent().filter(|d| d.is_dir()).map(Path::to_path_buf))
            .or_else(super::chooser::home)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("."))
    }

    /// The window's own chooser, while open: opens or saves what was chosen.
    fn file_chooser(&mut self, ctx: &Context) {
        let Some(chooser) = &mut self.chooser else {
            return;
        };
        let Some(answer) = ui::chooser::file_chooser(ctx, chooser) else {
            return;
        };
        let purpose = chooser.purpose.clone();
        self.chooser = None;
        let ui::chooser::Answer::Chosen(path) = answer else {
            return;
        };
        match purpose {
            Purpose::Open => {
                let after = AfterConfirm::Open(path.clone());
                self.unless_dirty(after, |app| app.open_now(&path));
            }
            Purpose::Compare => self.run(ctx, Command::CompareWith(Baseline::File(path))),
            Purpose::Save { then } => self.save_to_path(ctx, &path, false, then),
            Purpose::Paper(readers) => self.write_paper(&path, readers),
            Purpose::Minutes => self.write_minutes(&path),
        }
    }

    /// Asks where to write the paper for `readers` (the option in view), then writes it.
    pub(super) fn export_paper(&mut self, readers: Readers) {
        let what = match readers {
            Readers::GoverningBody => "paper",
            Readers::Public => "public paper",
        };
        let name = offered_name(&self.doc.display_name(), what);
        if self.uses_desktop_chooser() {
            if let Some(path) = ui::dialogs::choose_paper_path(&name) {
                self.write_paper(&path, readers);
            }
        } else {
            let folder = self.start_folder();
            self.chooser = Some(FileChooser::new(Purpose::Paper(readers), &folder, &name));
        }
    }

    /// Writes the paper to `path` (whole or not at all) and says where it went, or why
    /// it could not.
    fn write_paper(&mut self, path: &Path, readers: Readers) {
        let written = crate::report::paper(self.doc.plan(), self.view.scenario.as_deref(), readers)
            .map_err(|e| e.to_string())
            .and_then(|html| {
                crate::io::save_atomic(path, html.as_bytes()).map_err(|e| e.to_string())
            });
        self.notice = Some(match written {
            Ok(()) => Notice {
                title: "Paper exported".into(),
                lines: vec![
                    format!("Written to {}.", path.display()),
                    "Open it in a web browser to read or print it; it needs nothing else \
                     and can be sent as it is."
                        .into(),
                ],
            },
            Err(why) => Notice {
                title: "The paper was not written".into(),
                lines: vec![why],
            },
        });
    }

    /// Saves to `path`, then does `then`; says why in the window when it cannot.
    fn save_to_path(
        &mut self,
        ctx: &Context,
        path: &Path,
        overwrite: bool,
        then: Option<AfterConfirm>,
    ) {
        match self.doc.save_to(path, overwrite) {
            Ok(()) => {
                self.prefs.remember(path);
                if let Some(after) = then {
                    self.proceed(ctx, after);
                }
            }
            Err(crate::io::SaveError::ChangedOnDisk { path }) => {
                self.conflict = Some((path, then));
            }
            Err(e) => {
                self.notice = Some(Notice {
                    title: "The plan was not saved".into(),
                    lines: vec![
                        e.to_string(),
                        "The file on disk is unchanged and your changes are still here.".into(),
                    ],
                });
            }
        }
    }

    pub(super) fn unless_dirty(&mut self, after: AfterConfirm, now: impl FnOnce(&mut Self)) {
        if self.doc.is_dirty() {
            self.confirm = Some(after);
        } else {
            now(self);
        }
    }
}

/// The recovered copy against its plan's saved file.
fn compare_recovered(recovered: &crate::io::Recovered) -> ui::dialogs::RecoveryComparison {
    let none = |problem: String| ui::dialogs::RecoveryComparison {
        changes: Vec::new(),
        total: 0,
        still_to_find: None,
        problem: Some(problem),
    };
    let Some(path) = &recovered.original else {
        return none("This plan was never saved to a file, so there is nothing to compare.".into());
    };
    let saved = match crate::io::load_path(path) {
        Ok(plan) => plan,
        Err(e) => {
            return none(format!(
                "The saved file could not be read, so only the recovered copy is left: {}",
                e.lines().join("; ")
            ));
        }
    };
    let (changes, total) = crate::model::diff::differences(&saved, &recovered.plan);
    let final_gap = |plan: &crate::model::Plan| {
        crate::engine::compute(plan, &crate::engine::View::default())
            .ok()
            .and_then(|o| {
                o.finance
                    .last()
                    .map(|r| (r.year.clone(), r.unidentified_savings))
            })
    };
    let still_to_find = match (final_gap(&saved), final_gap(&recovered.plan)) {
        (Some((year, a)), Some((_, b))) => Some((year, a, b)),
        _ => None,
    };
    ui::dialogs::RecoveryComparison {
        changes,
        total,
        still_to_find,
        problem: None,
    }
}

/// The file name offered for what a plan shown as `plan_name` exports as a web page,
/// `what` ("paper", "minutes"): `bedfordshire paper.html` for `bedfordshire.ron`.
pub(super) fn offered_name(plan_name: &str, what: &str) -> String {
    let stem = plan_name
        .strip_suffix(".ron")
        .or_else(|| plan_name.strip_suffix(".json"))
        .unwrap_or(plan_name)
        .trim();
    if stem.is_empty() {
        format!("{what}.html")
    } else {
        format!("{stem} {what}.html")
    }
}
