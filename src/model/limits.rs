//! The range every number in a plan must lie in, defined once: validation reports a
//! value outside it, and the window's inputs stop a person typing or dragging past it
//! (but never move a value they were only shown).

use std::ops::RangeInclusive;

/// An inclusive range of allowed values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limit {
    /// The lowest value allowed.
    pub min: f64,
    /// The highest value allowed.
    pub max: f64,
}

impl Limit {
    const fn new(min: f64, max: f64) -> Self {
        Self { min, max }
    }

    /// Whether `value` is allowed.
    pub fn contains(self, value: f64) -> bool {
        (self.min..=self.max).contains(&value)
    }

    /// `value` brought within the range (for a value a person has just entered).
    pub fn clamp(self, value: f64) -> f64 {
        value.clamp(self.min, self.max)
    }

    /// The range, for an input.
    pub fn range(self) -> RangeInclusive<f64> {
        self.min..=self.max
    }
}

/// Any amount of money (£000), count of activity or cost.
pub const MONEY: Limit = Limit::new(-1e12, 1e12);
/// An amount that cannot be negative (a population, a unit cost, an exposure).
pub const AMOUNT: Limit = Limit::new(0.0, 1e12);
/// A chance of delivery, 0 to 1.
pub const CHANCE: Limit = Limit::new(0.0, 1.0);
/// A share of the plan (a locality's weight), 0 to 1.
pub const SHARE: Limit = Limit::new(0.0, 1.0);
/// An investment's benefit score, 0 to 100.
pub const BENEFIT: Limit = Limit::new(0.0, 100.0);
/// A priority's score on one criterion, 0 to 5.
pub const PRIORITY_SCORE: Limit = Limit::new(0.0, 5.0);
/// A criterion's weight.
pub const WEIGHT: Limit = Limit::new(0.0, 1e6);
/// A growth rate, percent a year.
pub const GROWTH_PCT: Limit = Limit::new(-100.0, 1000.0);
/// An option's change to a growth rate, percentage points.
pub const GROWTH_CHANGE_PP: Limit = Limit::new(-100.0, 100.0);
/// A business rule held back as a percentage of income.
pub const RULE_PCT: Limit = Limit::new(-100.0, 100.0);
/// How far from its target a measure may be and still be amber, percent.
pub const KPI_TOLERANCE_PCT: Limit = Limit::new(0.0, 100.0);
/// The standard deviation of spend growth in the risk range, percentage points.
pub const GROWTH_SD_PP: Limit = Limit::new(0.0, 50.0);
/// A registered population.
pub const POPULATION: Limit = Limit::new(0.0, 1e10);

/// The most planning years after the base year.
pub const MAX_HORIZON: usize = 50;
/// Planning years after the base year.
pub const HORIZON: RangeInclusive<usize> = 1..=MAX_HORIZON;
/// The base year (`2016` is 2016/17).
pub const BASE_YEAR: RangeInclusive<i32> = 1948..=2200;
/// A risk's likelihood or impact, 1 to 5.
pub const RISK_RATING: RangeInclusive<u8> = 1..=5;
/// GP practices in a locality.
pub const PRACTICES: RangeInclusive<u32> = 0..=u32::MAX;
/// Runs of the risk range.
pub const RISK_RUNS: RangeInclusive<u32> = 1..=1_000_000;
