//! The gap by year, as the window draws it: do nothing, do something at face value and
//! risk-adjusted, break even, the savings still to find shaded and, when it is given,
//! the risk range from P10 to P90 as a band.

use super::frame::{self, KeyItem, Swatch, YearAxes};
use super::palette::{DO_NOTHING, DO_SOMETHING, FACE_VALUE, RISK_BAND, RISK_BAND_EDGE};
use super::palette::{STILL_TO_FIND, TOTAL};
use super::scale::{Scale, Unit};
use super::svg::{Dash, Stroke, Svg};
use super::{Size, TICKS};
use crate::engine::{FinanceRow, Outcome, RiskYear};
use crate::format::k_to_m;
use crate::model::workshop::GapYear;

const DO_NOTHING_LINE: Stroke = Stroke::solid(DO_NOTHING, 2.5);
const FACE_VALUE_LINE: Stroke = Stroke::solid(FACE_VALUE, 2.0).dashed(Dash::Dashed);
const DO_SOMETHING_LINE: Stroke = Stroke::solid(DO_SOMETHING, 2.5);

/// The gap chart of `outcome` by year (base year first), in £m, with the risk range's
/// band when `risk` has one entry per year.
pub fn gap_svg(outcome: &Outcome, risk: Option<&[RiskYear]>, size: Size) -> String {
    let series = |f: fn(&FinanceRow) -> f64| -> Vec<f64> {
        outcome.finance.iter().map(|r| k_to_m(f(r))).collect()
    };
    let gap = Gap {
        years: &outcome.years,
        do_nothing: series(|r| r.gap_do_nothing),
        face: series(|r| r.gap_do_something_face),
        do_something: series(|r| r.gap_do_something),
        still: series(|r| r.unidentified_savings),
    };
    draw(&gap, risk, "The gap by year, £m", size)
}

/// The gap chart of key figures kept by year (a workshop's record), titled `title`.
pub fn gap_years_svg(years: &[GapYear], title: &str, size: Size) -> String {
    let labels: Vec<String> = years.iter().map(|y| y.year.clone()).collect();
    let series =
        |f: fn(&GapYear) -> f64| -> Vec<f64> { years.iter().map(|y| k_to_m(f(y))).collect() };
    let gap = Gap {
        years: &labels,
        do_nothing: series(|y| y.gap_do_nothing),
        face: series(|y| y.gap_do_something_face),
        do_something: series(|y| y.gap_do_something),
        still: series(|y| y.still_to_find),
    };
    draw(&gap, None, title, size)
}

/// The lines and shading of a gap chart, £m, base year first.
struct Gap<'a> {
    years: &'a [String],
    do_nothing: Vec<f64>,
    face: Vec<f64>,
    do_something: Vec<f64>,
    still: Vec<f64>,
}

fn draw(gap: &Gap, risk: Option<&[RiskYear]>, title: &str, size: Size) -> String {
    let n = gap.years.len();
    let lines = [
        (&gap.do_nothing, DO_NOTHING_LINE),
        (&gap.face, FACE_VALUE_LINE),
        (&gap.do_something, DO_SOMETHING_LINE),
    ];
    let still = &gap.still;
    let band = risk.filter(|r| r.len() == n).map(|r| {
        let p10: Vec<f64> = r.iter().map(|y| k_to_m(y.p10)).collect();
        let p90: Vec<f64> = r.iter().map(|y| k_to_m(y.p90)).collect();
        (p10, p90)
    });
    let mut svg = Svg::new(size, title);
    let top = frame::header(&mut svg, title, &key(band.is_some()));
    let values = lines
        .iter()
        .flat_map(|(v, _)| v.iter())
        .chain(band.iter().flat_map(|(a, b)| a.iter().chain(b)))
        .copied();
    let axes = YearAxes {
        years: gap.years,
        notes: None,
        scale: Scale::covering(values, true, TICKS, Unit::MoneyM),
    };
    let plot = frame::year_plot(&mut svg, top, &axes);
    if let Some((p10, p90)) = &band {
        svg.polygon(&frame::area(&plot, p10, p90), RISK_BAND);
    }
    svg.polygon(&frame::area(&plot, &vec![0.0; n], still), STILL_TO_FIND);
    if let Some((p10, p90)) = &band {
        for edge in [p10, p90] {
            svg.polyline(
                &frame::points(&plot, edge),
                Stroke::solid(RISK_BAND_EDGE, 1.0),
            );
        }
    }
    svg.line(
        (plot.left, plot.y.zero()),
        (plot.right, plot.y.zero()),
        Stroke::solid(TOTAL, 1.2),
    );
    for (values, stroke) in &lines {
        let at = frame::points(&plot, values.as_slice());
        svg.polyline(&at, *stroke);
        for p in at {
            svg.dot(p, 3.0, stroke.colour);
        }
    }
    svg.finish()
}

/// The key: the three lines, break even, then the shadings.
fn key(band: bool) -> Vec<KeyItem> {
    let mut items = vec![
        KeyItem::new("Do nothing", Swatch::Line(DO_NOTHING_LINE)),
        KeyItem::new("Do something, face value", Swatch::Line(FACE_VALUE_LINE)),
        KeyItem::new(
            "Do something, risk-adjusted",
            Swatch::Line(DO_SOMETHING_LINE),
        ),
        KeyItem::new("Break even", Swatch::Line(Stroke::solid(TOTAL, 1.2))),
    ];
    if band {
        items.push(KeyItem::new(
            "Risk range, P10 to P90",
            Swatch::Fill(RISK_BAND),
        ));
    }
    items.push(KeyItem::new("Still to find", Swatch::Fill(STILL_TO_FIND)));
    items
}
