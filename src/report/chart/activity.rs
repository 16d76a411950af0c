//! Activity for one point of delivery, as the window draws it: do nothing, do nothing
//! from last year's plan, and do something at face value and risk-adjusted.

use super::frame::{self, KeyItem, Swatch, YearAxes};
use super::palette::{DO_NOTHING, DO_SOMETHING, FACE_VALUE, PRIOR_PLAN};
use super::scale::{Scale, Unit};
use super::svg::{Dash, Stroke, Svg};
use super::{Size, TICKS};
use crate::engine::{TrajectoryOutcome, TrajectoryRow};

const DO_NOTHING_LINE: Stroke = Stroke::solid(DO_NOTHING, 2.0);
const PRIOR_PLAN_LINE: Stroke = Stroke::solid(PRIOR_PLAN, 2.5).dashed(Dash::Dotted);
const FACE_VALUE_LINE: Stroke = Stroke::solid(FACE_VALUE, 2.0).dashed(Dash::Dashed);
const DO_SOMETHING_LINE: Stroke = Stroke::solid(DO_SOMETHING, 2.5);

/// The key of every activity chart (the same for each point of delivery).
fn key() -> Vec<KeyItem> {
    vec![
        KeyItem::new("Do nothing", Swatch::Line(DO_NOTHING_LINE)),
        KeyItem::new("Last year's plan, grown", Swatch::Line(PRIOR_PLAN_LINE)),
        KeyItem::new("Do something", Swatch::Line(FACE_VALUE_LINE)),
        KeyItem::new("Risk-adjusted", Swatch::Line(DO_SOMETHING_LINE)),
    ]
}

/// Activity of one trajectory by year (`years` base year first), in its own unit.
pub fn activity_svg(trajectory: &TrajectoryOutcome, years: &[String], size: Size) -> String {
    let title = if trajectory.unit.is_empty() {
        trajectory.name.clone()
    } else {
        format!("{} ({})", trajectory.name, trajectory.unit)
    };
    let series =
        |f: fn(&TrajectoryRow) -> f64| -> Vec<f64> { trajectory.rows.iter().map(f).collect() };
    // Risk-adjusted before face value: where the two are the same, the dashed line on
    // top leaves both in sight.
    let lines = [
        (series(|r| r.do_nothing), DO_NOTHING_LINE),
        (series(|r| r.do_nothing_from_prior), PRIOR_PLAN_LINE),
        (series(|r| r.do_something_risk_adjusted), DO_SOMETHING_LINE),
        (series(|r| r.do_something), FACE_VALUE_LINE),
    ];
    let mut svg = Svg::new(size, &title);
    let top = frame::header(&mut svg, &title, &key());
    let axes = YearAxes {
        years,
        notes: None,
        scale: Scale::covering(
            lines.iter().flat_map(|(v, _)| v.iter()).copied(),
            false,
            TICKS,
            Unit::Count,
        ),
    };
    let plot = frame::year_plot(&mut svg, top, &axes);
    for (values, stroke) in &lines {
        let at = frame::points(&plot, values);
        svg.polyline(&at, *stroke);
        for p in at {
            svg.dot(p, 2.5, stroke.colour);
        }
    }
    svg.finish()
}
