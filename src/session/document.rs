//! The open plan: its file, validation problems and the named undo history, and the
//! one way the plan changes.
//!
//! Panels bind widgets to [`Document::plan_mut`]; at the end of the frame
//! [`Document::end_frame`] compares the plan with the copy it last recorded and, when
//! they differ, records the change once: a new revision, an undo step named after what
//! changed, validation, and the unsaved marker (which autosave follows). Commands change
//! the plan through [`Document::apply`], which records at once. No panel reports its
//! own changes, so none can forget to.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::history::History;
use crate::io::{DiskStamp, Notation, SaveError, save_with_backup, to_json, to_ron};
use crate::model::{ChangeName, Plan, Problem, name_change, same_but_items, validate};

/// One open plan and everything known about it.
pub struct Document {
    /// The plan being edited: the one source of truth.
    plan: Plan,
    /// The plan as last recorded: what the next change is found against.
    recorded: Plan,
    /// How much of the plan panels took for editing since the last record.
    touched: Reach,
    /// Where it lives on disk, if it has been saved.
    pub path: Option<PathBuf>,
    /// The revision last written to (or read from) the file.
    saved_revision: Option<u64>,
    /// The file as it was when read or written here, to notice changes by others.
    stamp: Option<DiskStamp>,
    problems: Vec<Problem>,
    history: History,
    /// Something to tell about how the plan was opened (an older format migrated).
    pub note: Option<String>,
    revision: u64,
}

impl Document {
    /// Opens a plan (already validated) from `path`, or a new unsaved one.
    pub fn new(plan: Plan, path: Option<PathBuf>) -> Self {
        let problems = validate(&plan);
        let stamp = path.as_deref().and_then(DiskStamp::of);
        let revision = next_revision();
        Self {
            stamp,
            recorded: plan.clone(),
            plan,
            touched: Reach::Nothing,
            saved_revision: path.is_some().then_some(revision),
            path,
            problems,
            history: History::default(),
            note: None,
            revision,
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
        self.saved_revision = Some(self.revision);
    }

    /// Marks the plan unsaved for a reason the status bar shows (opened from an older
    /// format, recovered after a crash) until it is saved.
    pub fn mark_unsaved(&mut self, note: String) {
        self.note = Some(note);
    }

    /// Whether there are changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.saved_revision != Some(self.revision) || self.note.is_some()
    }

    /// The plan, to read.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The plan, for a panel to bind its inputs to. What the panel changes is recorded
    /// at the end of the frame ([`Document::end_frame`]).
    pub fn plan_mut(&mut self) -> &mut Plan {
        self.touched = Reach::Whole;
        &mut self.plan
    }

    /// The plan, for a panel that changes anything but the savings schemes and the
    /// investments (the assumptions, options, localities, measures, risks). The end of
    /// the frame then compares only those parts, which keeps a frame quick on a plan of
    /// thousands of schemes. A change to a scheme or investment made through it would go
    /// unrecorded; the test harness fails any frame where that happens.
    pub fn plan_mut_but_items(&mut self) -> &mut Plan {
        self.touched = self.touched.max(Reach::AllButItems);
        &mut self.plan
    }

    /// [`Document::plan_mut_but_items`], with the plan's problems to mark beside the
    /// fields.
    pub fn parts_mut_but_items(&mut self) -> (&mut Plan, &[Problem]) {
        self.touched = self.touched.max(Reach::AllButItems);
        (&mut self.plan, &self.problems)
    }

    /// Validation problems of the plan as it is now.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// A stamp of the plan as it is now, new every time the plan changes and never shared
    /// with another document, so the caches that key on it (the engine's result, the
    /// analyses, the editors' lists) never take one plan's results for another's. Undo
    /// brings back the revision the plan had then.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Records what the panels changed this frame, once: called by the window at the end
    /// of every frame. `gesture` says whether the person is still dragging or typing,
    /// so a drag or a word typed becomes one undo step. Returns whether the plan changed.
    pub fn end_frame(&mut self, gesture: bool) -> bool {
        let changed = match std::mem::replace(&mut self.touched, Reach::Nothing) {
            Reach::Nothing => false,
            Reach::AllButItems => !same_but_items(&self.plan, &self.recorded),
            Reach::Whole => self.plan != self.recorded,
        };
        if changed {
            self.record(None, gesture);
        } else if !gesture {
            self.history.close();
        }
        changed
    }

    /// Changes the plan at once (a command: add, remove, duplicate, a package), as one
    /// undo step named after what changed, or `name` when given.
    pub fn apply<R>(&mut self, name: Option<&str>, edit: impl FnOnce(&mut Plan) -> R) -> R {
        self.end_frame(false);
        let result = edit(&mut self.plan);
        if self.plan != self.recorded {
            self.record(name, false);
        }
        result
    }

    /// Whether the plan differs from what the document last recorded: never true after
    /// [`Document::end_frame`], unless something changed the plan behind its back.
    pub fn has_unrecorded_change(&self) -> bool {
        self.plan != self.recorded
    }

    fn record(&mut self, name: Option<&str>, gesture: bool) {
        let name = match name {
            Some(text) => ChangeName {
                place: text.to_string(),
                text: text.to_string(),
            },
            None => name_change(&self.recorded, &self.plan).unwrap_or_else(|| ChangeName {
                place: String::new(),
                text: "Edit".into(),
            }),
        };
        let before = std::mem::replace(&mut self.recorded, self.plan.clone());
        self.history.record(before, self.revision, name, gesture);
        self.revision = next_revision();
        self.problems = validate(&self.plan);
    }

    /// What undo would undo ("Medicines Optimisation off in Downside").
    pub fn undo_name(&self) -> Option<&str> {
        self.history.undo_name()
    }

    /// What redo would redo.
    pub fn redo_name(&self) -> Option<&str> {
        self.history.redo_name()
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        self.undo_name().is_some()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.redo_name().is_some()
    }

    /// Steps back one edit.
    pub fn undo(&mut self) {
        self.end_frame(false);
        if let Some(revision) = self.history.undo(&mut self.plan, self.revision) {
            self.restored(revision);
        }
    }

    /// Steps forward one edit.
    pub fn redo(&mut self) {
        self.end_frame(false);
        if let Some(revision) = self.history.redo(&mut self.plan, self.revision) {
            self.restored(revision);
        }
    }

    fn restored(&mut self, revision: u64) {
        self.revision = revision;
        self.recorded = self.plan.clone();
        self.problems = validate(&self.plan);
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
        self.end_frame(false);
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
        self.saved_revision = Some(self.revision);
        self.note = None;
        Ok(())
    }
}

/// How much of the plan panels took for editing this frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Reach {
    Nothing,
    AllButItems,
    Whole,
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
        first.apply(None, |plan| plan.title.push('!'));
        assert_ne!(first.revision(), before);
        assert_ne!(first.revision(), second.revision());
    }
}
