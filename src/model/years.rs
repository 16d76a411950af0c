//! The two ways the plan counts its years, named so one cannot be taken for the other.
//!
//! - **From the base year** ([`FromBase`]): position 0 is the base year (the outturn),
//!   1 the first planning year. The engine's results are listed this way: finance rows,
//!   bridges, localities' rows, trajectories' points, year labels.
//! - **Planning years** ([`Planning`]): position 0 is the first planning year, the year
//!   after the base year. The plan file's per-year lists are listed this way: savings,
//!   investment amounts, growth rates, an option's year-by-year growth changes.
//!
//! So planning year `t` is year `t + 1` from the base: [`Planning::from_base`].

/// A year counted from the base year: `FromBase(0)` is the base year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FromBase(pub usize);

/// A planning year counted from the first: `Planning(0)` is the year after the base
/// year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Planning(pub usize);

impl Planning {
    /// The same year counted from the base year.
    pub const fn from_base(self) -> FromBase {
        FromBase(self.0 + 1)
    }
}

impl FromBase {
    /// The same year as a planning year; `None` for the base year itself.
    pub const fn planning(self) -> Option<Planning> {
        match self.0.checked_sub(1) {
            Some(t) => Some(Planning(t)),
            None => None,
        }
    }
}

impl From<Planning> for FromBase {
    fn from(year: Planning) -> Self {
        year.from_base()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_planning_year_follows_the_base_year() {
        assert_eq!(Planning(0).from_base(), FromBase(1));
        assert_eq!(FromBase(3).planning(), Some(Planning(2)));
        assert_eq!(FromBase(0).planning(), None);
    }
}
