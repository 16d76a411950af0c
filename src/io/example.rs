//! The bundled example plan: the Bedfordshire CCG operational plan 2017-19, a sample
//! plan compiled into the program.

use super::{LoadError, Notation, parse_plan};
use crate::model::Plan;

/// The bundled example's text.
pub const EXAMPLE_RON: &str = include_str!("../../sample-plans/bedfordshire-2017-19.ron");

/// File name the example is known by.
pub const EXAMPLE_NAME: &str = "bedfordshire-2017-19.ron";

/// The bundled example plan, parsed and validated.
pub fn example() -> Result<Plan, LoadError> {
    parse_plan(EXAMPLE_RON.as_bytes(), EXAMPLE_NAME, Notation::Ron)
}

/// The bundled example, or a blank plan should the example ever fail to read.
pub fn example_or_blank() -> Plan {
    example().unwrap_or_else(|_| crate::model::template::blank())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_bundled_example_reads() {
        assert!(super::example().is_ok());
    }
}
