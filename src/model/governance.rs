//! Priorities, performance measures, risks and the record of decisions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A priority-scoring criterion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Stable id, unique among criteria.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Relative weight (not negative).
    pub weight: f64,
    /// What the criterion means and why it weighs what it does.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// Progress of a milestone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MilestoneStatus {
    /// Not started yet.
    NotStarted,
    /// Off track.
    Red,
    /// At risk.
    Amber,
    /// On track.
    Green,
    /// Done.
    Complete,
}

impl MilestoneStatus {
    /// Every status, in display order.
    pub const ALL: [MilestoneStatus; 5] = [
        MilestoneStatus::NotStarted,
        MilestoneStatus::Red,
        MilestoneStatus::Amber,
        MilestoneStatus::Green,
        MilestoneStatus::Complete,
    ];

    /// Name as shown to people.
    pub fn label(self) -> &'static str {
        match self {
            MilestoneStatus::NotStarted => "Not started",
            MilestoneStatus::Red => "Red",
            MilestoneStatus::Amber => "Amber",
            MilestoneStatus::Green => "Green",
            MilestoneStatus::Complete => "Complete",
        }
    }
}

/// A dated step towards a priority.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// What is to be done.
    pub name: String,
    /// Quarter it is due, like `"2018/19 Q2"`.
    pub due: String,
    /// Progress.
    pub status: MilestoneStatus,
}

/// A priority of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    /// Stable id, unique among priorities.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Group (STP priority, clinical priority, enabler, ...).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub group: String,
    /// Accountable lead.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lead: String,
    /// What the priority is about.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Actions the plan commits to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<String>,
    /// The difference it makes for patients.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub impact: String,
    /// Score (0-5) per criterion id.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "super::unique::unique_keys"
    )]
    pub scores: BTreeMap<String, f64>,
    /// Dated milestones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
    /// Where the priority, its scores and its milestones come from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// A performance measure, with a target or (without one) shown as a trend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kpi {
    /// Stable id, unique among KPIs.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Unit (admissions, %, weeks, ...).
    pub unit: String,
    /// The target; none for a measure tracked as a trend only (no red, amber or green).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// Whether a higher value is better.
    pub higher_is_better: bool,
    /// Starting value, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<f64>,
    /// Labels of the reporting periods (years or quarters).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub periods: Vec<String>,
    /// Planned value per period (the target for that period).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan: Vec<f64>,
    /// Actual value per period, for the periods reported so far.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actual: Vec<f64>,
    /// Notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl Kpi {
    /// Adds a reporting period after the last, planned at the last period's value (or
    /// the target) when the measure has a plan per period.
    pub fn add_period(&mut self, label: String) {
        // A measure reported without periods gets them now, so its values stay labelled.
        while self.periods.len() < self.actual.len().max(self.plan.len()) {
            let n = self.periods.len() + 1;
            self.periods.push(format!("Period {n}"));
        }
        self.periods.push(label);
        if !self.plan.is_empty() {
            let next = self.plan.last().copied().or(self.target).unwrap_or(0.0);
            self.plan.resize(self.periods.len(), next);
        }
    }

    /// Removes the last reporting period with its planned and actual values.
    pub fn remove_last_period(&mut self) {
        self.periods.pop();
        self.plan.truncate(self.periods.len());
        self.actual.truncate(self.periods.len());
    }

    /// Gives every period a planned value, starting from the target (or the baseline
    /// of a measure without one).
    pub fn plan_by_period(&mut self) {
        let start = self.target.or(self.baseline).unwrap_or(0.0);
        self.plan.resize(self.periods.len(), start);
    }

    /// Reports the next period's actual, starting from its planned value (or the
    /// latest actual, or the target). Does nothing when every period is reported.
    pub fn report_next(&mut self) {
        let next = self.actual.len();
        if !self.periods.is_empty() && next >= self.periods.len() {
            return;
        }
        let value = self
            .plan
            .get(next)
            .or(self.actual.last())
            .copied()
            .or(self.target)
            .or(self.baseline)
            .unwrap_or(0.0);
        self.actual.push(value);
    }
}

/// Where a risk stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum RiskStatus {
    /// Live, not yet under control.
    #[default]
    Open,
    /// Live, mitigation in place.
    Managed,
    /// No longer a risk.
    Closed,
}

impl RiskStatus {
    /// Every status, in display order.
    pub const ALL: [RiskStatus; 3] = [RiskStatus::Open, RiskStatus::Managed, RiskStatus::Closed];

    /// Name as shown to people.
    pub fn label(self) -> &'static str {
        match self {
            RiskStatus::Open => "Open",
            RiskStatus::Managed => "Managed",
            RiskStatus::Closed => "Closed",
        }
    }
}

/// A risk to the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    /// Stable id, unique among risks.
    pub id: String,
    /// What could go wrong.
    pub name: String,
    /// Likelihood, 1-5.
    pub likelihood: u8,
    /// Impact, 1-5.
    pub impact: u8,
    /// Money at risk, £000.
    #[serde(default)]
    pub exposure: f64,
    /// What is being done about it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mitigation: String,
    /// Who owns it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Where it stands.
    #[serde(default)]
    pub status: RiskStatus,
    /// Commercially sensitive: shown to the public only as one of "Other risks (n)",
    /// never by name ([`crate::model::audience`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sensitive: bool,
    /// Where the scores and the exposure come from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// What happened to the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AuditAction {
    /// Created.
    Created,
    /// Saved.
    Saved,
    /// Signed off by a reviewer.
    SignedOff,
    /// Sent back for changes.
    SentBack,
    /// Imported from another format.
    Imported,
    /// Opened from an older file format.
    Migrated,
    /// A workshop ran; its record is the entry's `minutes`.
    Workshop,
}

impl AuditAction {
    /// Name as shown to people.
    pub fn label(self) -> &'static str {
        match self {
            AuditAction::Created => "Created",
            AuditAction::Saved => "Saved",
            AuditAction::SignedOff => "Signed off",
            AuditAction::SentBack => "Sent back",
            AuditAction::Imported => "Imported",
            AuditAction::Migrated => "Brought up to the current file format",
            AuditAction::Workshop => "Workshop",
        }
    }
}

/// One entry of the append-only audit trail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditEntry {
    /// When, as an ISO 8601 date and time.
    pub when: String,
    /// Who.
    pub who: String,
    /// Their role, like "Clinical Chair".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// What.
    pub action: AuditAction,
    /// Why, or what was said.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The item a sign-off or send-back is about (`schemes[id=chc]`), or empty for the
    /// plan as a whole.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub item: String,
    /// The fingerprint of the plan's content at the time (see [`super::review`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<super::review::Fingerprint>,
    /// A workshop's record, on the entry of a workshop.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<Box<super::workshop::Minutes>>,
}

/// A comment on an item of the plan, with its replies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    /// The item commented on (`schemes[id=chc]`; a bare id in older files), or empty
    /// for the plan as a whole.
    #[serde(default)]
    pub item: String,
    /// Who wrote it.
    pub author: String,
    /// Their role.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// When, as an ISO 8601 date and time.
    pub when: String,
    /// The comment.
    pub text: String,
    /// Whether it has been dealt with.
    #[serde(default)]
    pub resolved: bool,
    /// Replies, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replies: Vec<Reply>,
}

/// A reply to a comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    /// Who wrote it.
    pub author: String,
    /// Their role.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// When, as an ISO 8601 date and time.
    pub when: String,
    /// The reply.
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kpi() -> Kpi {
        Kpi {
            id: "nel".into(),
            name: "Non-elective admissions".into(),
            unit: "admissions".into(),
            target: Some(28_100.0),
            higher_is_better: false,
            baseline: None,
            periods: Vec::new(),
            plan: Vec::new(),
            actual: vec![29_814.0],
            notes: String::new(),
        }
    }

    #[test]
    fn periods_keep_plan_and_actual_in_step() {
        let mut k = kpi();
        k.add_period("2018/19".into());
        assert_eq!(k.periods, ["Period 1", "2018/19"]);
        k.plan_by_period();
        assert_eq!(k.plan, [28_100.0, 28_100.0]);
        k.report_next();
        assert_eq!(k.actual, [29_814.0, 28_100.0]);
        k.report_next();
        assert_eq!(k.actual.len(), 2, "every period is reported");
        k.add_period("2019/20".into());
        assert_eq!(k.plan.len(), 3);
        k.remove_last_period();
        k.remove_last_period();
        assert_eq!((k.periods.len(), k.plan.len(), k.actual.len()), (1, 1, 1));
    }
}
