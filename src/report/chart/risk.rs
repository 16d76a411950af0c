//! The risk range of the do-something gap by planning year: the middle eight runs in
//! ten (P10 to P90) as a bar, the median and the mean marked on it, and each year's
//! chance of closing the gap under its label.

use super::frame::{self, KeyItem, Swatch, YearAxes};
use super::palette::{DO_SOMETHING, INK, RISK_BAND, RISK_BAND_EDGE, TOTAL};
use super::scale::{Scale, Unit};
use super::svg::{Stroke, Svg};
use super::{Size, TICKS};
use crate::engine::RiskYear;
use crate::format::{grouped, k_to_m};

const MEDIAN: Stroke = Stroke::solid(DO_SOMETHING, 3.0);

/// The risk range by planning year (`years` as the engine gives them, base year first;
/// the base year, an outturn, is left out), in £m.
pub fn risk_svg(years: &[RiskYear], size: Size) -> String {
    let title = "Risk range of the do-something gap, £m";
    let key = [
        KeyItem::new("P10 to P90 (8 runs in 10)", Swatch::Fill(RISK_BAND)),
        KeyItem::new("Median (P50)", Swatch::Line(MEDIAN)),
        KeyItem::new("Mean", Swatch::Diamond(INK)),
        KeyItem::new("Break even", Swatch::Line(Stroke::solid(TOTAL, 1.2))),
    ];
    let mut svg = Svg::new(size, title);
    let top = frame::header(&mut svg, title, &key);
    let planning = years.get(1..).unwrap_or_default();
    if planning.is_empty() {
        frame::empty(&mut svg, top, "The plan has no planning years.");
        return svg.finish();
    }
    let labels: Vec<String> = planning.iter().map(|y| y.year.clone()).collect();
    let notes: Vec<String> = planning
        .iter()
        .map(|y| format!("{}% chance", grouped(y.p_break_even * 100.0, 0)))
        .collect();
    let values = planning
        .iter()
        .flat_map(|y| [y.p10, y.p50, y.p90, y.mean])
        .map(k_to_m);
    let axes = YearAxes {
        years: &labels,
        notes: Some(&notes),
        scale: Scale::covering(values, true, TICKS, Unit::MoneyM),
    };
    let plot = frame::year_plot(&mut svg, top, &axes);
    svg.line(
        (plot.left, plot.y.zero()),
        (plot.right, plot.y.zero()),
        Stroke::solid(TOTAL, 1.2),
    );
    let width = (plot.x.band * 0.4).min(70.0);
    let medians: Vec<f64> = planning.iter().map(|y| k_to_m(y.p50)).collect();
    svg.polyline(
        &frame::points(&plot, &medians),
        Stroke::solid(DO_SOMETHING, 1.0),
    );
    for (i, y) in planning.iter().enumerate() {
        let x = plot.x.centre(i);
        let (p10, p90) = (plot.y.at(k_to_m(y.p10)), plot.y.at(k_to_m(y.p90)));
        let (from, to) = (p10.min(p90), p10.max(p90));
        svg.rect(
            (x - width / 2.0, from),
            (width, (to - from).max(1.0)),
            RISK_BAND,
        );
        for edge in [p10, p90] {
            let stroke = Stroke::solid(RISK_BAND_EDGE, 1.0);
            svg.line((x - width / 2.0, edge), (x + width / 2.0, edge), stroke);
        }
        let median = plot.y.at(k_to_m(y.p50));
        svg.line((x - width / 2.0, median), (x + width / 2.0, median), MEDIAN);
        svg.diamond((x, plot.y.at(k_to_m(y.mean))), 4.5, INK);
    }
    svg.finish()
}
