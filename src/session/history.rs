//! Undo and redo, each step named ("Medicines Optimisation off in Downside").
//!
//! egui's `Undoer` keeps whole-plan snapshots too, but it cannot say what a step
//! undoes; this history keeps the plan as it was before each step, with the step's name
//! and the revision the plan had then. A gesture (a drag, typing into one field) is one
//! step: edits of the same field while the gesture lasts join the open step.

use crate::model::{ChangeName, Plan};

/// The most steps kept.
pub const MAX_STEPS: usize = 200;

/// A plan to go back (or forward) to, and what going there undoes.
struct Step {
    plan: Plan,
    revision: u64,
    name: ChangeName,
}

/// The steps behind and ahead of the plan as it is now.
#[derive(Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Whether the newest undo step is still taking edits of its field.
    open: bool,
}

impl History {
    /// Records an edit: `before` is the plan as it was, at `revision`. Joins the open
    /// step when it is an edit of the same field; `gesture` says whether the person is
    /// still dragging or typing, so that the step stays open for the next edit.
    pub fn record(&mut self, before: Plan, revision: u64, name: ChangeName, gesture: bool) {
        self.redo.clear();
        // A gesture's step keeps the name of its first edit, which says what the item was
        // called before the gesture (a name being typed changes with every letter).
        let joins = self.open
            && self
                .undo
                .last()
                .is_some_and(|step| step.name.place == name.place);
        if !joins {
            self.undo.push(Step {
                plan: before,
                revision,
                name,
            });
            if self.undo.len() > MAX_STEPS {
                self.undo.remove(0);
            }
        }
        self.open = gesture;
    }

    /// Closes the open step: the next edit starts a new one.
    pub fn close(&mut self) {
        self.open = false;
    }

    /// What undo would undo.
    pub fn undo_name(&self) -> Option<&str> {
        self.undo.last().map(|s| s.name.text.as_str())
    }

    /// What redo would redo.
    pub fn redo_name(&self) -> Option<&str> {
        self.redo.last().map(|s| s.name.text.as_str())
    }

    /// Steps back: swaps `plan` (at `revision`) for the plan before the last step and
    /// returns that plan's revision.
    pub fn undo(&mut self, plan: &mut Plan, revision: u64) -> Option<u64> {
        let step = self.undo.pop()?;
        self.open = false;
        Some(swap(plan, revision, step, &mut self.redo))
    }

    /// Steps forward again.
    pub fn redo(&mut self, plan: &mut Plan, revision: u64) -> Option<u64> {
        let step = self.redo.pop()?;
        self.open = false;
        Some(swap(plan, revision, step, &mut self.undo))
    }
}

/// Puts `step`'s plan in place and keeps the plan it replaces, under the same name, on
/// the other stack.
fn swap(plan: &mut Plan, revision: u64, step: Step, other: &mut Vec<Step>) -> u64 {
    let Step {
        plan: there,
        revision: there_revision,
        name,
    } = step;
    let here = std::mem::replace(plan, there);
    other.push(Step {
        plan: here,
        revision,
        name,
    });
    there_revision
}
