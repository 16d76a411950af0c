//! Options compared: each option's do-something gap by year, one line per option in the
//! colour it has wherever options are compared.

use super::frame::{self, KeyItem, Swatch, YearAxes};
use super::palette::{self, TOTAL};
use super::scale::{Scale, Unit};
use super::svg::{Stroke, Svg};
use super::{Size, TICKS};
use crate::engine::Comparison;
use crate::format::k_to_m;
use crate::model::Plan;

/// The do-something gap (risk-adjusted) by year of each option compared, in £m.
pub fn options_svg(comparison: &Comparison, plan: &Plan, size: Size) -> String {
    let title = "Do-something gap by option, £m";
    let all = palette::option_keys(plan);
    let shown: Vec<(&str, f64)> = comparison
        .options
        .iter()
        .map(|o| (o.id.as_str(), 1.0))
        .collect();
    let colours = palette::colours(&all, &shown);
    let lines: Vec<(Vec<f64>, Stroke)> = comparison
        .options
        .iter()
        .zip(&colours)
        .map(|(o, colour)| {
            let values = o
                .outcome
                .finance
                .iter()
                .map(|r| k_to_m(r.gap_do_something))
                .collect();
            (values, Stroke::solid(colour.unwrap_or(TOTAL), 2.5))
        })
        .collect();
    let mut key: Vec<KeyItem> = comparison
        .options
        .iter()
        .zip(&lines)
        .map(|(o, (_, stroke))| KeyItem::new(o.name.clone(), Swatch::Line(*stroke)))
        .collect();
    key.push(KeyItem::new(
        "Break even",
        Swatch::Line(Stroke::solid(TOTAL, 1.2)),
    ));
    let mut svg = Svg::new(size, title);
    let top = frame::header(&mut svg, title, &key);
    let axes = YearAxes {
        years: &comparison.base.years,
        notes: None,
        scale: Scale::covering(
            lines.iter().flat_map(|(v, _)| v.iter()).copied(),
            true,
            TICKS,
            Unit::MoneyM,
        ),
    };
    let plot = frame::year_plot(&mut svg, top, &axes);
    svg.line(
        (plot.left, plot.y.zero()),
        (plot.right, plot.y.zero()),
        Stroke::solid(TOTAL, 1.2),
    );
    for (values, stroke) in &lines {
        let at = frame::points(&plot, values);
        svg.polyline(&at, *stroke);
        for p in at {
            svg.dot(p, 3.5, stroke.colour);
        }
    }
    svg.finish()
}
