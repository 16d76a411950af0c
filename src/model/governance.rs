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
}

/// A performance measure with a target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kpi {
    /// Stable id, unique among KPIs.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Unit (admissions, %, weeks, ...).
    pub unit: String,
    /// The target.
    pub target: f64,
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
}

/// One entry of the append-only audit trail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditEntry {
    /// When, as an ISO 8601 date and time.
    pub when: String,
    /// Who.
    pub who: String,
    /// What.
    pub action: AuditAction,
    /// Why, or what was said.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A comment on an item of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    /// Id of the item commented on (any kind), or empty for the plan as a whole.
    #[serde(default)]
    pub item: String,
    /// Who wrote it.
    pub author: String,
    /// When, as an ISO 8601 date and time.
    pub when: String,
    /// The comment.
    pub text: String,
    /// Whether it has been dealt with.
    #[serde(default)]
    pub resolved: bool,
}
