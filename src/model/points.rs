//! Growth changes an option makes: one number of percentage points for every planning
//! year, or a list with one per planning year (real options differ year by year).

use std::fmt;

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

/// Percentage points added to a growth rate: the same every planning year, or one per
/// planning year (planning year first, as every per-year list in the file).
///
/// Written in the file as a number (`income_growth_pp: -2.5`) or a list
/// (`income_growth_pp: [0.0, -2.5, -2.5]`).
#[derive(Debug, Clone, PartialEq)]
pub enum Points {
    /// The same change in every planning year.
    Every(f64),
    /// One change per planning year, first planning year first.
    ByYear(Vec<f64>),
}

impl Default for Points {
    fn default() -> Self {
        Points::Every(0.0)
    }
}

impl From<f64> for Points {
    fn from(x: f64) -> Self {
        Points::Every(x)
    }
}

impl Points {
    /// The change in planning year `t` (0 = the first planning year). A list too short
    /// for `t` (which validation reports) gives 0.
    pub fn at(&self, t: usize) -> f64 {
        match self {
            Points::Every(x) => *x,
            Points::ByYear(v) => v.get(t).copied().unwrap_or(0.0),
        }
    }

    /// One value per planning year.
    pub fn per_year(&self, horizon: usize) -> Vec<f64> {
        (0..horizon).map(|t| self.at(t)).collect()
    }

    /// Whether it is the default: no change, written as one number. A list of zeros is
    /// not, so that a change set year by year keeps its form when saved.
    pub fn is_default(&self) -> bool {
        *self == Points::Every(0.0)
    }

    /// Every number written, for range checks.
    pub fn values(&self) -> &[f64] {
        match self {
            Points::Every(x) => std::slice::from_ref(x),
            Points::ByYear(v) => v,
        }
    }

    /// Every number written, to change in place.
    pub fn values_mut(&mut self) -> &mut [f64] {
        match self {
            Points::Every(x) => std::slice::from_mut(x),
            Points::ByYear(v) => v,
        }
    }

    /// Whether it is written year by year.
    pub fn is_by_year(&self) -> bool {
        matches!(self, Points::ByYear(_))
    }

    /// The same change written year by year, `horizon` values.
    pub fn to_by_year(&self, horizon: usize) -> Points {
        Points::ByYear(self.per_year(horizon))
    }

    /// The same change as one number: the first planning year's, which is exact when
    /// every year is the same.
    pub fn to_every(&self) -> Points {
        Points::Every(self.at(0))
    }
}

impl Serialize for Points {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Points::Every(x) => serializer.serialize_f64(*x),
            Points::ByYear(v) => v.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Points {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PointsVisitor;

        impl<'de> Visitor<'de> for PointsVisitor {
            type Value = Points;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "percentage points: one number for every planning year, or a list with one per planning year",
                )
            }

            fn visit_f64<E: de::Error>(self, x: f64) -> Result<Points, E> {
                Ok(Points::Every(x))
            }

            fn visit_i64<E: de::Error>(self, x: i64) -> Result<Points, E> {
                Ok(Points::Every(x as f64))
            }

            fn visit_u64<E: de::Error>(self, x: u64) -> Result<Points, E> {
                Ok(Points::Every(x as f64))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Points, A::Error> {
                let mut v = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
                while let Some(x) = seq.next_element::<f64>()? {
                    v.push(x);
                }
                Ok(Points::ByYear(v))
            }
        }

        deserializer.deserialize_any(PointsVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::Points;

    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Holder {
        pp: Points,
    }

    #[test]
    fn a_number_or_a_list_reads_and_writes_back() {
        for (text, want) in [
            ("(pp: 1.5)", Points::Every(1.5)),
            ("(pp: -2)", Points::Every(-2.0)),
            (
                "(pp: [0.0, -2.5, -2.5])",
                Points::ByYear(vec![0.0, -2.5, -2.5]),
            ),
        ] {
            let h: Holder = ron::from_str(text).expect(text);
            assert_eq!(h.pp, want, "{text}");
            let back: Holder = ron::from_str(&ron::to_string(&h).expect("writes")).expect("reads");
            assert_eq!(back, h);
            let json: Holder =
                serde_json::from_str(&serde_json::to_string(&h).expect("json")).expect("json");
            assert_eq!(json, h);
        }
    }

    #[test]
    fn anything_else_is_refused_with_what_was_expected() {
        let err = ron::from_str::<Holder>(r#"(pp: "two")"#).expect_err("a string");
        assert!(err.to_string().contains("percentage points"), "{err}");
    }

    #[test]
    fn per_year_values_follow_the_planning_years() {
        assert_eq!(Points::Every(1.0).per_year(3), vec![1.0; 3]);
        assert_eq!(Points::ByYear(vec![0.0, 2.0]).at(1), 2.0);
        assert!(Points::Every(0.0).is_default());
        assert!(!Points::ByYear(vec![0.0, 0.0]).is_default());
        assert_eq!(
            Points::Every(0.5).to_by_year(2),
            Points::ByYear(vec![0.5, 0.5])
        );
    }
}
