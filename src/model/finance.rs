//! Money lines: income, spend by service area, one-off items and business rules.

use serde::{Deserialize, Serialize};

/// How a money line grows from one year to the next.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Growth {
    /// Growth in percent of the previous year's value, one entry per planning year.
    Percent(Vec<f64>),
    /// Increment in £000 on the previous year's value, one entry per planning year.
    Amount(Vec<f64>),
}

impl Growth {
    /// The per-year values, whatever their kind.
    pub fn values(&self) -> &[f64] {
        match self {
            Growth::Percent(v) | Growth::Amount(v) => v,
        }
    }

    /// Mutable access to the per-year values.
    pub fn values_mut(&mut self) -> &mut Vec<f64> {
        match self {
            Growth::Percent(v) | Growth::Amount(v) => v,
        }
    }

    /// Short name of the kind, as written in the file.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Growth::Percent(_) => "Percent",
            Growth::Amount(_) => "Amount",
        }
    }
}

/// The recurrent allocation and how it grows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Income {
    /// Recurrent allocation in the base year, £000.
    pub base: f64,
    /// Growth per planning year.
    pub growth: Growth,
    /// Where the figures come from and what they assume.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// One service-area spend line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpendLine {
    /// Stable id, unique among spend lines.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Spend in the base year, £000.
    pub base: f64,
    /// Growth per planning year.
    pub growth: Growth,
    /// Commercially sensitive: shown to the public only as one of "Other spend (n)",
    /// never by name ([`crate::model::audience`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sensitive: bool,
    /// Assumptions behind the line.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// Which side of the account a one-off item sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Side {
    /// Adds to income in the year it falls.
    Income,
    /// Adds to spend in the year it falls.
    Spend,
}

/// A non-recurrent item of income or spend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OneOff {
    /// Stable id, unique among one-offs.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Income or spend.
    pub side: Side,
    /// £000 per planning year.
    pub amounts: Vec<f64>,
    /// Explanation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// The value of a business rule.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum RuleValue {
    /// Percent of total income in each year.
    Percent(f64),
    /// A fixed £000 every year.
    Amount(f64),
}

impl RuleValue {
    /// What the rule holds back (£000) from a recurrent allocation of `income` (£000).
    pub fn held_back(self, income: f64) -> f64 {
        match self {
            RuleValue::Percent(pct) => pct / 100.0 * income,
            RuleValue::Amount(amount) => amount,
        }
    }
}

/// Money held back from spending: contingency, reserves, the surplus (control total).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable id, e.g. `contingency`, `reserve`, `surplus`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// How much is held back in each planning year.
    pub value: RuleValue,
    /// What was actually held back in the base year, £000 (the outturn, e.g. the
    /// surplus the year really delivered). Without it the rule applies to the base
    /// year as to any other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<f64>,
    /// Explanation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}
