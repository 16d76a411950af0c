//! The plan: what a plan file holds, and the checks that make it safe to compute.

pub mod audience;
mod change;
mod delivery;
pub mod diff;
pub mod edit;
mod finance;
mod governance;
pub mod limits;
mod points;
pub mod review;
mod scenario;
pub mod story;
pub mod template;
mod unique;
mod validate;
pub mod workshop;
pub mod years;

use serde::{Deserialize, Serialize};

pub use change::{ChangeName, name_change, same_but_items};
pub use delivery::{ActivityImpact, Investment, Scheme, Stage, StageConfidence, Trajectory};
pub use finance::{Growth, Income, OneOff, Rule, RuleValue, Side, SpendLine};
pub use governance::{
    AuditAction, AuditEntry, Comment, Criterion, Kpi, Milestone, MilestoneStatus, Priority, Reply,
    Risk, RiskStatus,
};
pub use points::Points;
pub use scenario::Scenario;
pub use story::{SlideKind, StorySlide};
pub use validate::{Problem, item_path, validate};

/// The file format version this release writes.
pub const FORMAT_VERSION: u32 = 1;

/// The most options compared side by side.
pub const MAX_COMPARED: usize = 4;

/// Id of the base plan when it is named as a scenario.
pub const BASE_SCENARIO: &str = "base";

/// A locality inside the place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Locality {
    /// Stable id, unique among localities.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Registered population.
    pub population: f64,
    /// Number of GP practices.
    #[serde(default)]
    pub practices: u32,
    /// Share of the plan (0-1), overriding the population share.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// Where the population and practices come from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// A document the plan's figures are taken from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short name the notes use for it (`000`, `Table 7`).
    pub id: String,
    /// The document: title, author, date.
    pub title: String,
    /// Which figures come from where in it (sections, tables, lines).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<String>,
}

/// Settings for the risk range (Monte Carlo).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RiskSettings {
    /// Number of runs.
    pub runs: u32,
    /// Seed, so that results repeat exactly.
    pub seed: u64,
    /// Standard deviation of every spend line's growth, percentage points (0 = fixed).
    pub growth_sd: f64,
}

impl Default for RiskSettings {
    fn default() -> Self {
        Self {
            runs: 10_000,
            seed: 2017,
            growth_sd: 0.0,
        }
    }
}

/// Plan-wide settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// How far from its target (percent) a KPI may be and still be amber.
    pub kpi_tolerance_pct: f64,
    /// Whether present mode shows the plan as to the public: items marked sensitive are
    /// folded into "Other schemes (n)" and the like ([`audience`]).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub public: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            kpi_tolerance_pct: 5.0,
            public: false,
        }
    }
}

/// A locality, place or footprint plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// File format version.
    pub format: u32,
    /// Title.
    pub title: String,
    /// The body that owns the plan (a CCG, a council, an STP).
    pub organisation: String,
    /// The place it covers.
    pub place: String,
    /// What the plan is for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// A warning every screen and report shows with the figures (e.g. that the finance
    /// is illustrative); empty when none is needed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub caveat: String,
    /// How the plan reads its sources: conventions, readings taken where a source is
    /// ambiguous, what is assumed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The documents the figures come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// The base year: `2016` means 2016/17.
    pub base_year: i32,
    /// Number of planning years after the base year.
    pub horizon: usize,
    /// Localities inside the place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub localities: Vec<Locality>,
    /// Recurrent allocation.
    pub income: Income,
    /// Spend by service area.
    pub spend: Vec<SpendLine>,
    /// Non-recurrent items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub one_offs: Vec<OneOff>,
    /// Business rules: money held back from spending.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
    /// Priority-scoring criteria.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<Criterion>,
    /// Priorities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub priorities: Vec<Priority>,
    /// Savings (QIPP) schemes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schemes: Vec<Scheme>,
    /// Default chance of delivery per stage.
    #[serde(default)]
    pub stage_confidence: StageConfidence,
    /// Investments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub investments: Vec<Investment>,
    /// Activity by point of delivery.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trajectories: Vec<Trajectory>,
    /// Performance measures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<Kpi>,
    /// Risks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<Risk>,
    /// Options on top of the base plan (`options` in format 0).
    #[serde(default, skip_serializing_if = "Vec::is_empty", alias = "options")]
    pub scenarios: Vec<Scenario>,
    /// The options shown side by side (two to four ids; `base` for the base plan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub compare: Vec<String>,
    /// Risk range settings.
    #[serde(default)]
    pub risk: RiskSettings,
    /// Other settings.
    #[serde(default)]
    pub settings: Settings,
    /// The story told from the plan in present mode; every slide when empty
    /// ([`story`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub story: Vec<StorySlide>,
    /// Who did what when; append-only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audit: Vec<AuditEntry>,
    /// Comments on items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
    /// Who is to sign the plan off (a name and role), for the review banner.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sign_off_by: String,
    /// The version last signed off, kept in the plan so a plan sent by email can still
    /// show what changed since ([`review`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_off: Option<Box<review::SignedOff>>,
}

impl Plan {
    /// Label of a year, counted either way ([`years`]): `FromBase(0)` → `"2016/17"`,
    /// and `Planning(0)` → `"2017/18"` for a plan whose base year is 2016.
    pub fn year_label(&self, year: impl Into<years::FromBase>) -> String {
        let years::FromBase(offset) = year.into();
        year_label(self.base_year + offset as i32)
    }

    /// Labels of the base year and every planning year, counted from the base year.
    pub fn year_labels(&self) -> Vec<String> {
        (0..=self.horizon)
            .map(|t| self.year_label(years::FromBase(t)))
            .collect()
    }

    /// Labels of the planning years, counted from the first planning year.
    pub fn planning_year_labels(&self) -> Vec<String> {
        (0..self.horizon)
            .map(|t| self.year_label(years::Planning(t)))
            .collect()
    }

    /// The scenario with this id, if any.
    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }
}

/// Financial year label: `2016` → `"2016/17"`.
pub fn year_label(year: i32) -> String {
    format!("{}/{:02}", year, (year + 1).rem_euclid(100))
}
