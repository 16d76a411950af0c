//! The open plan: its file, the copy last saved, validation problems and undo history.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use egui::util::undoer::{Settings, Undoer};

use crate::io::{DiskStamp, Notation, SaveError, save_with_backup, to_json, to_ron};
use crate::model::{Plan, Problem, validate};

/// One open plan and everything known about it.
pub struct Document {
    /// The plan being edited: the one source of truth.
    pub plan: Plan,
    /// Where it lives on disk, if it has been saved.
    pub path: Option<PathBuf>,
    saved: Plan,
    /// The file as it was when read or written here, to notice changes by others.
    stamp: Option<DiskStamp>,
    dirty: bool,
    problems: Vec<Problem>,
    undoer: Undoer<Plan>,
    /// Something to tell about how the plan was opened (an older format migrated).
    pub note: Option<String>,
    /// Whether the undo history has yet to see the latest state of the plan.
    undo_pending: bool,
    revision: u64,
}

impl Document {
    /// Opens a plan (already validated) from `path`, or a new unsaved one.
    pub fn new(plan: Plan, path: Option<PathBuf>) -> Self {
        let problems = validate(&plan);
        let dirty = path.is_none();
        let stamp = path.as_deref().and_then(DiskStamp::of);
        Self {
            stamp,
            saved: plan.clone(),
            plan,
            path,
            dirty,
            problems,
            undoer: Undoer::with_settings(Settings {
                max_undos: 200,
                stable_time: 0.4,
                auto_save_interval: 10.0,
            }),
            note: None,
            undo_pending: true,
            revision: next_revision(),
        }
    }

    /// File name for the title bar, or "Untitled plan".
    pub fn display_name(&self) -> String {
        self.path.as_deref().and_then(Path::file_name).map_or_else(
            || "Untitled plan".to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// Treats the current plan as unchanged although it has no file yet (the bundled
    /// example on first start), so closing does not ask to save it.
    pub fn mark_saved_as_untitled(&mut self) {
        self.saved = self.plan.clone();
        self.dirty = false;
    }

    /// Marks the plan unsaved for a reason the status bar shows (opened from an older
    /// format, recovered after a crash) until it is saved.
    pub fn mark_unsaved(&mut self, note: String) {
        self.note = Some(note);
        self.dirty = true;
    }

    /// Whether there are changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Validation problems of the plan as it is now.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The plan to edit, and its problems to mark beside the fields.
    pub fn parts_mut(&mut self) -> (&mut Plan, &[Problem]) {
        (&mut self.plan, &self.problems)
    }

    /// A stamp of the plan as it is now, new every time the plan changes and never shared
    /// with another document, so the caches that key on it (the engine's result, the
    /// analyses, the editors' lists) never take one plan's results for another's.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Call after anything changed the plan: revalidates and marks it unsaved.
    pub fn changed(&mut self) {
        self.revision = next_revision();
        self.undo_pending = true;
        self.problems = validate(&self.plan);
        self.dirty = self.plan != self.saved || self.note.is_some();
    }

    /// Records an undo point now (for structural edits: add, remove, duplicate).
    pub fn checkpoint(&mut self) {
        self.undoer.add_undo(&self.plan);
    }

    /// Feeds the undo history once a frame while an edit settles; a drag becomes one step
    /// when it stops. Frames with nothing new cost nothing. Returns whether it still
    /// needs frames to settle.
    pub fn feed_undo(&mut self, now: f64) -> bool {
        if self.undo_pending {
            self.undoer.feed_state(now, &self.plan);
            self.undo_pending = self.undoer.is_in_flux();
        }
        self.undo_pending
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        self.undoer.has_undo(&self.plan)
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.undoer.has_redo(&self.plan)
    }

    /// Steps back one edit.
    pub fn undo(&mut self) {
        if let Some(previous) = self.undoer.undo(&self.plan) {
            self.plan = previous.clone();
            self.changed();
        }
    }

    /// Steps forward one edit.
    pub fn redo(&mut self) {
        if let Some(next) = self.undoer.redo(&self.plan) {
            self.plan = next.clone();
            self.changed();
        }
    }

    /// Whether the plan's file was changed by someone else since it was read or written
    /// here.
    pub fn changed_on_disk(&self) -> bool {
        match (&self.path, self.stamp) {
            (Some(path), Some(stamp)) => DiskStamp::of(path).is_some_and(|now| now != stamp),
            _ => false,
        }
    }

    /// Saves atomically to `path`, keeping the previous version as a backup beside it,
    /// and remembers it as the plan's file. Refuses to overwrite the plan's own file when
    /// someone else changed it meanwhile, unless `overwrite`. On failure the file on disk
    /// and the unsaved state here are both left as they were.
    pub fn save_to(&mut self, path: &Path, overwrite: bool) -> Result<(), SaveError> {
        let same_file = self.path.as_deref() == Some(path);
        if same_file && !overwrite && self.changed_on_disk() {
            return Err(SaveError::ChangedOnDisk {
                path: path.to_path_buf(),
            });
        }
        let text = match Notation::from_path(path) {
            Notation::Json => to_json(&self.plan)?,
            Notation::Ron => to_ron(&self.plan)?,
        };
        save_with_backup(path, text.as_bytes())?;
        self.stamp = Some(DiskStamp::of_bytes(text.as_bytes()));
        self.path = Some(path.to_path_buf());
        self.saved = self.plan.clone();
        self.dirty = false;
        self.note = None;
        Ok(())
    }
}

/// The next plan revision of this process.
fn next_revision() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::Document;
    use crate::io::example;

    #[test]
    fn revisions_are_never_shared_between_documents() {
        let plan = example().expect("the example plan loads");
        let mut first = Document::new(plan.clone(), None);
        let second = Document::new(plan, None);
        assert_ne!(first.revision(), second.revision());
        let before = first.revision();
        first.changed();
        assert_ne!(first.revision(), before);
        assert_ne!(first.revision(), second.revision());
    }
}
