//! What the plan does about the gap: savings schemes, investments and activity.

use serde::{Deserialize, Serialize};

/// Delivery stage of a savings (QIPP) scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Stage {
    /// An opportunity not yet scoped.
    Pipeline,
    /// Scoped, not yet approved.
    PreProject,
    /// Approved, being set up.
    Initiation,
    /// Being implemented.
    Implementation,
    /// Delivering savings.
    Delivery,
}

impl Stage {
    /// Every stage, earliest first.
    pub const ALL: [Stage; 5] = [
        Stage::Pipeline,
        Stage::PreProject,
        Stage::Initiation,
        Stage::Implementation,
        Stage::Delivery,
    ];

    /// Name as shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Pipeline => "Pipeline",
            Stage::PreProject => "Pre-project",
            Stage::Initiation => "Initiation",
            Stage::Implementation => "Implementation",
            Stage::Delivery => "Delivery",
        }
    }
}

/// Default chance of delivery for each stage.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StageConfidence {
    /// Pipeline.
    pub pipeline: f64,
    /// Pre-project.
    pub pre_project: f64,
    /// Initiation.
    pub initiation: f64,
    /// Implementation.
    pub implementation: f64,
    /// Delivery.
    pub delivery: f64,
}

impl Default for StageConfidence {
    fn default() -> Self {
        Self {
            pipeline: 0.25,
            pre_project: 0.5,
            initiation: 0.7,
            implementation: 0.85,
            delivery: 0.95,
        }
    }
}

impl StageConfidence {
    /// The confidence for one stage.
    pub fn get(&self, stage: Stage) -> f64 {
        match stage {
            Stage::Pipeline => self.pipeline,
            Stage::PreProject => self.pre_project,
            Stage::Initiation => self.initiation,
            Stage::Implementation => self.implementation,
            Stage::Delivery => self.delivery,
        }
    }

    /// Mutable access to one stage's confidence.
    pub fn get_mut(&mut self, stage: Stage) -> &mut f64 {
        match stage {
            Stage::Pipeline => &mut self.pipeline,
            Stage::PreProject => &mut self.pre_project,
            Stage::Initiation => &mut self.initiation,
            Stage::Implementation => &mut self.implementation,
            Stage::Delivery => &mut self.delivery,
        }
    }
}

/// A scheme's effect on one point of delivery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityImpact {
    /// Trajectory (point of delivery) id.
    pub pod: String,
    /// Change in activity per planning year (negative = fewer).
    pub change: Vec<f64>,
}

fn is_true(b: &bool) -> bool {
    *b
}

fn yes() -> bool {
    true
}

/// A savings (QIPP) scheme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scheme {
    /// Stable id, unique among schemes.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Programme (CHC, Planned Care, ...).
    pub programme: String,
    /// Provider stream the saving falls on (Acute, Community, ...), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Linked priority id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    /// Locality id; none means the whole plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// Delivery stage.
    pub stage: Stage,
    /// In-year savings per planning year, £000.
    pub savings: Vec<f64>,
    /// Whether the saving continues after the plan.
    pub recurrent: bool,
    /// Chance of delivery (0-1), overriding the stage default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
    /// Extra savings asked of the scheme beyond its plan, per planning year, £000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stretch: Option<Vec<f64>>,
    /// Effect on activity by point of delivery.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activity: Vec<ActivityImpact>,
    /// Whether the scheme counts in the base plan (options can switch it).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub active: bool,
    /// Commercially sensitive: shown to the public only as one of "Other schemes (n)",
    /// never by name ([`crate::model::audience`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sensitive: bool,
    /// Notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// An investment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Investment {
    /// Stable id, unique among investments.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Category (QIPP enabling, commissioning intentions, transformation, ...).
    pub category: String,
    /// Linked priority id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    /// Locality id; none means the whole plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// £000 per planning year.
    pub amounts: Vec<f64>,
    /// Whether the cost continues after the plan.
    pub recurrent: bool,
    /// The workshop's agreed benefit score, 0-100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub benefit: Option<f64>,
    /// Whether the investment counts in the base plan (options can switch it).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub active: bool,
    /// Commercially sensitive: shown to the public only as one of "Other investments (n)",
    /// never by name ([`crate::model::audience`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sensitive: bool,
    /// Notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// Activity by point of delivery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trajectory {
    /// Stable id, unique among trajectories (schemes refer to it as `pod`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Unit of activity (attendances, referrals, spells, ...).
    pub unit: String,
    /// Activity in the base year.
    pub base: f64,
    /// Unmitigated growth in percent per planning year.
    pub growth: Vec<f64>,
    /// Mitigations not tied to a scheme, per planning year (negative = fewer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mitigation: Option<Vec<f64>>,
    /// £ per unit, for the money value of a change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_cost: Option<f64>,
    /// Notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}
