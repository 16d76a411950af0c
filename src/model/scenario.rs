//! Options: named sets of overrides on top of the base plan.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Rule;

/// A named option on top of the base plan. Applying it never changes the base plan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Stable id, unique among scenarios (`base` is reserved for the base plan).
    pub id: String,
    /// Display name.
    pub name: String,
    /// What the option stands for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Percentage points added to income growth in every planning year.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub income_growth_pp: f64,
    /// Percentage points added to every spend line's growth in every planning year.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub spend_growth_pp: f64,
    /// Percentage points added to one spend line's growth, by spend line id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub spend_line_growth_pp: BTreeMap<String, f64>,
    /// Business rules replaced (matched by id) or added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
    /// Schemes switched off, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schemes_off: Vec<String>,
    /// Schemes switched on (inactive in the base plan), by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schemes_on: Vec<String>,
    /// Investments switched off, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub investments_off: Vec<String>,
    /// Investments switched on (inactive in the base plan), by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub investments_on: Vec<String>,
    /// Chance of delivery (0-1) by scheme id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub confidence: BTreeMap<String, f64>,
    /// Percentage points added to a trajectory's growth, by trajectory id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub trajectory_growth_pp: BTreeMap<String, f64>,
    /// Whether schemes' stretch savings count against the gap.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub count_stretch: bool,
}

fn is_zero(x: &f64) -> bool {
    *x == 0.0
}
