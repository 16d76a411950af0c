//! The record of a workshop: what was changed while it ran, each change with what it
//! was before and after, what it did to the gap year by year, and who proposed it and
//! why. Ending a workshop keeps its record in the plan's audit trail
//! ([`super::AuditAction::Workshop`]), so the minutes can be printed from the plan file
//! at any time (`placeplan minutes FILE`).
//!
//! The record is words and figures as the room saw them, not a way back: a change is
//! reverted while the workshop runs, and a reverted change stays in the record, marked.

use serde::{Deserialize, Serialize};

/// A workshop's record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Minutes {
    /// When it started, ISO 8601.
    pub started: String,
    /// When it ended, ISO 8601.
    pub ended: String,
    /// The option on screen at the start ("Base plan" or the option's name): the
    /// figures below are of it.
    pub option: String,
    /// The key figures of that option, year by year, when the workshop started.
    pub before: Vec<GapYear>,
    /// The same when it ended.
    pub after: Vec<GapYear>,
    /// Every change, in the order made.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Minute>,
}

impl Minutes {
    /// The changes that stand (not reverted).
    pub fn standing(&self) -> impl Iterator<Item = &Minute> {
        self.changes.iter().filter(|c| !c.reverted)
    }
}

/// One change made in a workshop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Minute {
    /// When, ISO 8601.
    pub when: String,
    /// What, in a few words ("Medicines Optimisation off in Downside").
    pub what: String,
    /// Each value changed, before and after, in words ("savings 2017/18: £399k to
    /// £300k").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
    /// The option whose figures `effect` is of ("Base plan", "Downside").
    pub of: String,
    /// Savings still to find in each planning year, before and after the change.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub effect: Vec<YearMove>,
    /// Who proposed it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub who: String,
    /// Why.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
    /// Whether it was reverted later in the workshop.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reverted: bool,
}

impl Minute {
    /// Whether the change moved savings still to find in any year by more than half
    /// of £1k.
    pub fn moves_gap(&self) -> bool {
        self.effect.iter().any(|y| (y.after - y.before).abs() > 0.5)
    }
}

/// One year's figure before and after a change (£000).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearMove {
    /// The year ("2018/19").
    pub year: String,
    /// Before.
    pub before: f64,
    /// After.
    pub after: f64,
}

/// The key figures of one year (£000), as the gap chart draws them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GapYear {
    /// The year ("2016/17").
    pub year: String,
    /// The do-nothing gap.
    pub gap_do_nothing: f64,
    /// The do-something gap with every scheme at face value.
    pub gap_do_something_face: f64,
    /// The do-something gap, risk-adjusted.
    pub gap_do_something: f64,
    /// Savings still to find.
    pub still_to_find: f64,
}
