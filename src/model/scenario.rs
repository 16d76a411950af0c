//! Options: named sets of overrides on top of the base plan.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Points, Rule};

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
    /// Percentage points added to income growth, every year or year by year.
    #[serde(default, skip_serializing_if = "Points::is_default")]
    pub income_growth_pp: Points,
    /// Percentage points added to every spend line's growth, every year or year by year.
    #[serde(default, skip_serializing_if = "Points::is_default")]
    pub spend_growth_pp: Points,
    /// Percentage points added to one spend line's growth (every year or year by
    /// year), by spend line id.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "super::unique::unique_keys"
    )]
    pub spend_line_growth_pp: BTreeMap<String, Points>,
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
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "super::unique::unique_keys"
    )]
    pub confidence: BTreeMap<String, f64>,
    /// Percentage points added to a trajectory's growth (every year or year by year),
    /// by trajectory id.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "super::unique::unique_keys"
    )]
    pub trajectory_growth_pp: BTreeMap<String, Points>,
    /// Whether schemes' stretch savings count against the gap.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub count_stretch: bool,
    /// Where the option's figures come from and what it assumes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// Whether an item counts under an option, given its base-plan state and the option's
/// lists of items switched on and off.
pub fn counts(base_active: bool, id: &str, on: &[String], off: &[String]) -> bool {
    if off.iter().any(|x| x == id) {
        false
    } else {
        base_active || on.iter().any(|x| x == id)
    }
}

/// Makes an item count or not under an option, recording only what differs from the
/// base plan.
pub fn set_counts(
    base_active: bool,
    id: &str,
    want: bool,
    on: &mut Vec<String>,
    off: &mut Vec<String>,
) {
    on.retain(|x| x != id);
    off.retain(|x| x != id);
    match (base_active, want) {
        (true, false) => off.push(id.to_string()),
        (false, true) => on.push(id.to_string()),
        _ => {}
    }
}

impl Scenario {
    /// Whether the scheme counts under this option.
    pub fn scheme_counts(&self, scheme: &super::Scheme) -> bool {
        counts(
            scheme.active,
            &scheme.id,
            &self.schemes_on,
            &self.schemes_off,
        )
    }

    /// Switches the scheme on or off in this option.
    pub fn set_scheme(&mut self, scheme: &super::Scheme, on: bool) {
        set_counts(
            scheme.active,
            &scheme.id,
            on,
            &mut self.schemes_on,
            &mut self.schemes_off,
        );
    }

    /// Whether the investment counts under this option.
    pub fn investment_counts(&self, investment: &super::Investment) -> bool {
        counts(
            investment.active,
            &investment.id,
            &self.investments_on,
            &self.investments_off,
        )
    }

    /// Switches the investment on or off in this option.
    pub fn set_investment(&mut self, investment: &super::Investment, on: bool) {
        set_counts(
            investment.active,
            &investment.id,
            on,
            &mut self.investments_on,
            &mut self.investments_off,
        );
    }
}
