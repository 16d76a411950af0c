//! What the window does with files and the questions it asks about them: open, new,
//! save, conflicts with other people's saves, unsaved changes, recovered work.

use std::path::Path;

use egui::{Context, ViewportCommand};

use super::{AfterConfirm, Document, Notice, PlaceplanApp, Template, ViewState, migration_note};
use crate::io::load_path_noting;
use crate::model::template;
use crate::ui;

impl PlaceplanApp {
    pub(super) fn dialogs(&mut self, ctx: &Context) {
        if let Some(after) = self.confirm.clone() {
            match ui::dialogs::confirm_unsaved(ctx, &self.doc.display_name()) {
                Some(ui::dialogs::Choice::Save) => {
                    self.confirm = None;
                    if self.save(false) {
                        self.proceed(ctx, after);
                    }
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
            match ui::dialogs::recovered(ctx, &recovered) {
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
                None => {}
            }
        }
        if let Some(path) = self.conflict.clone() {
            match ui::dialogs::changed_on_disk(ctx, &self.doc.display_name()) {
                Some(ui::dialogs::Conflict::Reload) => {
                    self.conflict = None;
                    self.open_now(&path);
                }
                Some(ui::dialogs::Conflict::SaveAs) => {
                    self.conflict = None;
                    self.save(true);
                }
                Some(ui::dialogs::Conflict::Overwrite) => {
                    self.conflict = None;
                    self.save_with(false, true);
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
        self.cache.key = None;
    }

    pub(super) fn open_now(&mut self, path: &Path) {
        match load_path_noting(path) {
            Ok((plan, migrated_from)) => {
                self.prefs.remember(path);
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
            Template::Example => template::example().unwrap_or_else(|_| template::blank()),
        };
        self.replace_document(Document::new(plan, None));
    }

    /// Saves; with `choose` or no file yet, asks where. Returns whether it saved. When
    /// someone else changed the file meanwhile, asks what to do instead of saving.
    pub(super) fn save(&mut self, choose: bool) -> bool {
        self.save_with(choose, false)
    }

    pub(super) fn save_with(&mut self, choose: bool, overwrite: bool) -> bool {
        let path = match (&self.doc.path, choose) {
            (Some(p), false) => p.clone(),
            _ => match ui::dialogs::choose_save_path(&self.doc.display_name()) {
                Some(p) => p,
                None => return false,
            },
        };
        match self.doc.save_to(&path, overwrite) {
            Ok(()) => {
                self.prefs.remember(&path);
                true
            }
            Err(crate::io::SaveError::ChangedOnDisk { path }) => {
                self.conflict = Some(path);
                false
            }
            Err(e) => {
                self.notice = Some(Notice {
                    title: "The plan was not saved".into(),
                    lines: vec![
                        e.to_string(),
                        "The file on disk is unchanged and your changes are still here.".into(),
                    ],
                });
                false
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
