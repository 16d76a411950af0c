//! A workshop while it runs: every change to the plan is written down as it is made
//! (each finished undo step becomes one change; undoing the newest takes it out of the
//! record again), who proposed it and why can be added, and any change can be reverted
//! on its own unless a later one changed the same item. Ending the workshop gives its
//! record ([`Minutes`]), which the window keeps in the plan's audit trail.

use crate::engine::{View, compute};
use crate::model::diff::{Item, with_items_from};
use crate::model::workshop::{GapYear, Minute, Minutes};
use crate::model::{Plan, validate};
use crate::report::minutes::{gap_years, minute, option_name};

use super::Document;

/// A change made in the workshop, with what is needed to revert it.
struct Entry {
    /// How it is written down.
    minute: Minute,
    /// The items it touched.
    items: Vec<Item>,
    /// The plan just before it.
    before: Plan,
}

/// A workshop that is running.
pub struct Workshop {
    started: String,
    /// The option on screen when it started (`None` for the base plan).
    option: Option<String>,
    before: Vec<GapYear>,
    entries: Vec<Entry>,
    /// The plan as last written down, and its revision.
    last: Plan,
    last_revision: u64,
}

/// Why a change cannot be reverted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RevertError {
    /// There is no such change, or it is reverted already.
    #[error("there is no change {0} to revert")]
    NoSuchChange(usize),
    /// A later change that stands changed an item this one changed.
    #[error("change {later} (\"{what}\") changed the same item since; revert it first")]
    Later {
        /// Its number, from 1.
        later: usize,
        /// What it was.
        what: String,
    },
    /// Without it the plan would not be valid.
    #[error("without it the plan would not be valid: {0}")]
    Invalid(String),
}

impl Workshop {
    /// Starts a workshop on the plan as it is, at `now` (ISO 8601), with option
    /// `scenario` on screen (its figures are the record's before and after).
    pub fn start(doc: &Document, scenario: Option<&str>, now: &str) -> Self {
        let plan = doc.plan();
        Self {
            started: now.to_string(),
            option: scenario.map(str::to_string),
            before: figures(plan, scenario),
            entries: Vec::new(),
            last: plan.clone(),
            last_revision: doc.revision(),
        }
    }

    /// Writes down what changed since the last call, at `now`, with option `scenario`
    /// on screen. Call once an undo step is finished (not while a drag or typing goes
    /// on). Undoing the newest change takes it out of the record.
    pub fn follow(&mut self, doc: &Document, scenario: Option<&str>, now: &str) {
        if doc.revision() == self.last_revision {
            return;
        }
        self.last_revision = doc.revision();
        let plan = doc.plan();
        if *plan == self.last {
            return;
        }
        let undone = self
            .entries
            .last()
            .is_some_and(|e| !e.minute.reverted && e.before == *plan);
        if undone {
            self.entries.pop();
        } else {
            let what = doc.undo_name().unwrap_or("Edit");
            let (minute, items) = minute(&self.last, plan, scenario, what, now);
            self.entries.push(Entry {
                minute,
                items,
                before: self.last.clone(),
            });
        }
        self.last = plan.clone();
    }

    /// The changes written down so far, in order.
    pub fn changes(&self) -> impl ExactSizeIterator<Item = &Minute> {
        self.entries.iter().map(|e| &e.minute)
    }

    /// How many changes are written down.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nothing is written down yet.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// When it started, ISO 8601.
    pub fn started(&self) -> &str {
        &self.started
    }

    /// The change at `i` (from 0), to add who proposed it and why.
    pub fn change_mut(&mut self, i: usize) -> Option<&mut Minute> {
        self.entries.get_mut(i).map(|e| &mut e.minute)
    }

    /// Whether the change at `i` can be reverted on its own, and why not.
    pub fn can_revert(&self, i: usize) -> Result<(), RevertError> {
        let entry = self
            .entries
            .get(i)
            .filter(|e| !e.minute.reverted)
            .ok_or(RevertError::NoSuchChange(i + 1))?;
        let later = self.entries.iter().enumerate().skip(i + 1).find(|(_, e)| {
            !e.minute.reverted && e.items.iter().any(|item| entry.items.contains(item))
        });
        match later {
            Some((j, e)) => Err(RevertError::Later {
                later: j + 1,
                what: e.minute.what.clone(),
            }),
            None => Ok(()),
        }
    }

    /// Reverts the change at `i` on its own: the items it touched go back to how they
    /// were before it, as one undo step; the change stays in the record, marked.
    pub fn revert(&mut self, i: usize, doc: &mut Document) -> Result<(), RevertError> {
        self.can_revert(i)?;
        let entry = &self.entries[i];
        let plan = with_items_from(doc.plan(), &entry.items, &entry.before)
            .map_err(|e| RevertError::Invalid(e.to_string()))?;
        if let Some(problem) = validate(&plan).into_iter().next() {
            return Err(RevertError::Invalid(problem.to_string()));
        }
        let name = format!("Revert \"{}\"", entry.minute.what);
        doc.apply(Some(&name), |p| *p = plan);
        self.entries[i].minute.reverted = true;
        self.last = doc.plan().clone();
        self.last_revision = doc.revision();
        Ok(())
    }

    /// Ends the workshop at `now`: its record, with the figures of the option it
    /// started on as they are now.
    pub fn end(self, doc: &Document, now: &str) -> Minutes {
        let plan = doc.plan();
        let option = self
            .option
            .as_deref()
            .filter(|id| plan.scenario(id).is_some());
        Minutes {
            started: self.started,
            ended: now.to_string(),
            option: option_name(plan, option),
            before: self.before,
            after: figures(plan, option),
            changes: self.entries.into_iter().map(|e| e.minute).collect(),
        }
    }
}

/// The key figures of `plan` under option `scenario`, or none when it cannot be
/// computed.
fn figures(plan: &Plan, scenario: Option<&str>) -> Vec<GapYear> {
    let view = View {
        scenario,
        locality: None,
    };
    compute(plan, &view)
        .map(|o| gap_years(&o))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document::new(crate::io::example_or_blank(), None)
    }

    #[test]
    fn changes_are_written_down_undo_takes_one_out_and_a_revert_waits_for_later_ones() {
        let mut doc = doc();
        let mut w = Workshop::start(&doc, None, "2026-12-01T10:00:00Z");
        let first = doc.plan().schemes[0].id.clone();
        doc.apply(None, |p| p.schemes[0].savings[0] += 100.0);
        w.follow(&doc, None, "2026-12-01T10:05:00Z");
        doc.apply(None, |p| p.schemes[1].active = !p.schemes[1].active);
        w.follow(&doc, None, "2026-12-01T10:06:00Z");
        assert_eq!(w.len(), 2);
        // Undo takes the newest out of the record.
        doc.undo();
        w.follow(&doc, None, "2026-12-01T10:07:00Z");
        assert_eq!(w.len(), 1);
        // A later change to the same scheme holds back reverting the first.
        doc.apply(None, |p| p.schemes[0].notes = "agreed".into());
        w.follow(&doc, None, "2026-12-01T10:08:00Z");
        assert!(matches!(
            w.can_revert(0),
            Err(RevertError::Later { later: 2, .. })
        ));
        w.revert(1, &mut doc).expect("the newest reverts");
        let before = w.entries[0].before.clone();
        w.revert(0, &mut doc).expect("then the first");
        let scheme = |p: &Plan| p.schemes.iter().find(|s| s.id == first).cloned();
        assert_eq!(scheme(doc.plan()), scheme(&before));
        assert!(w.changes().all(|c| c.reverted));
        assert!(w.can_revert(0).is_err(), "not twice");
        // Reverting is not itself a change.
        w.follow(&doc, None, "2026-12-01T10:09:00Z");
        let minutes = w.end(&doc, "2026-12-01T11:00:00Z");
        assert_eq!(minutes.changes.len(), 2);
        assert_eq!(minutes.before, minutes.after);
    }
}
