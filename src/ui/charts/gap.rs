//! The financial gap by year: do nothing, do something at face value and risk-adjusted,
//! the zero line, the savings still to find shaded and, once worked out, the risk range.
//!
//! Drawn from the bottom up: the risk range's fill, then the still-to-find shading over
//! it (both see-through, so neither hides the other), then the range's edges and the
//! lines. Both shadings are in the key, in the colours they are drawn in.

use egui::{Color32, Ui};
use egui_plot::{FilledArea, HLine, Line, LineStyle, PlotPoints, PlotUi};

use super::common::{key, money_hover, money_m_axis, plot, year_axis};
use crate::engine::{FinanceRow, Outcome, RiskRange};
use crate::format::k_to_m;
use crate::ui::theme::Palette;

/// Names of the shadings, in the key and on hover.
const STILL_TO_FIND: &str = "Still to find";
const RISK_RANGE: &str = "Risk range, P10 to P90";

/// What the chart plots, in £m by year (base year first).
struct GapData {
    xs: Vec<f64>,
    zeros: Vec<f64>,
    still: Vec<f64>,
    /// P10 and P90 of the do-something gap, when the risk range is in.
    band: Option<(Vec<f64>, Vec<f64>)>,
}

impl GapData {
    fn new(o: &Outcome, risk: Option<&RiskRange>) -> Self {
        let n = o.finance.len();
        let xs: Vec<f64> = (0..n).map(|t| t as f64).collect();
        let still = o
            .finance
            .iter()
            .map(|r| k_to_m(r.unidentified_savings))
            .collect();
        let band = risk.filter(|r| r.years.len() == n).map(|r| {
            let p10 = r.years.iter().map(|y| k_to_m(y.p10)).collect();
            let p90 = r.years.iter().map(|y| k_to_m(y.p90)).collect();
            (p10, p90)
        });
        Self {
            xs,
            zeros: vec![0.0; n],
            still,
            band,
        }
    }
}

/// Draws the gap chart, with the risk range's P10 to P90 band when there is one.
pub fn show(ui: &mut Ui, o: &Outcome, risk: Option<&RiskRange>, height: f32) {
    let palette = Palette::of(ui.ctx());
    let data = GapData::new(o, risk);
    let key_height = key(ui, &legend(&palette, data.band.is_some()));
    let height = (height - key_height).max(100.0);
    plot("gap-chart", height)
        .x_axis_formatter(year_axis(o.years.clone()))
        .y_axis_formatter(money_m_axis)
        .y_axis_label("Gap, £m")
        .label_formatter(money_hover(o.years.clone()))
        .include_y(0.0)
        .show(ui, |p| {
            shading(p, &data, &palette);
            lines(p, o, &palette);
        });
}

/// The key: the three lines, then both shadings (the risk range only once it is in).
fn legend(palette: &Palette, band: bool) -> Vec<(&'static str, Color32)> {
    let mut items = vec![
        ("Do nothing", palette.do_nothing),
        ("Do something, face value (dashed)", palette.face_value),
        ("Do something, risk-adjusted", palette.do_something),
    ];
    if band {
        items.push((RISK_RANGE, palette.risk_band));
    }
    items.push((STILL_TO_FIND, palette.still_to_find));
    items
}

/// The risk range's fill, the still-to-find shading over it, then the range's edges, so
/// the shading is never under an opaque layer and the range can be seen across it.
fn shading(p: &mut PlotUi, data: &GapData, palette: &Palette) {
    if let Some((p10, p90)) = &data.band {
        p.add(FilledArea::new(RISK_RANGE, &data.xs, p10, p90).fill_color(palette.risk_band));
    }
    p.add(
        FilledArea::new(STILL_TO_FIND, &data.xs, &data.zeros, &data.still)
            .fill_color(palette.still_to_find),
    );
    if let Some((p10, p90)) = &data.band {
        for (name, values) in [("Risk range, P10", p10), ("Risk range, P90", p90)] {
            let points: PlotPoints = data.xs.iter().zip(values).map(|(x, y)| [*x, *y]).collect();
            p.line(
                Line::new(name, points)
                    .color(palette.risk_band_edge)
                    .width(1.0),
            );
        }
    }
}

/// The zero line and the three gaps.
fn lines(p: &mut PlotUi, o: &Outcome, palette: &Palette) {
    let series = |f: fn(&FinanceRow) -> f64| -> PlotPoints<'static> {
        o.finance
            .iter()
            .enumerate()
            .map(|(t, r)| [t as f64, k_to_m(f(r))])
            .collect()
    };
    p.hline(
        HLine::new("Break even", 0.0)
            .color(palette.total)
            .width(1.0),
    );
    p.line(
        Line::new("Do nothing", series(|r| r.gap_do_nothing))
            .color(palette.do_nothing)
            .width(2.5),
    );
    p.line(
        Line::new(
            "Do something (face value)",
            series(|r| r.gap_do_something_face),
        )
        .color(palette.face_value)
        .style(LineStyle::dashed_loose())
        .width(2.0),
    );
    p.line(
        Line::new(
            "Do something (risk-adjusted)",
            series(|r| r.gap_do_something),
        )
        .color(palette.do_something)
        .width(2.5),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_shadings_are_in_the_key_in_their_own_colours() {
        for dark in [false, true] {
            let palette = Palette::for_visuals(dark);
            let items = legend(&palette, true);
            let colour = |name: &str| items.iter().find(|i| i.0 == name).map(|i| i.1);
            assert_eq!(colour(RISK_RANGE), Some(palette.risk_band));
            assert_eq!(colour(STILL_TO_FIND), Some(palette.still_to_find));
            // No two entries of the key share a colour.
            for (i, a) in items.iter().enumerate() {
                for b in &items[i + 1..] {
                    assert_ne!(a.1, b.1, "{} and {}", a.0, b.0);
                }
            }
            // Both shadings are see-through, so neither hides the other or the lines.
            assert!(palette.risk_band.a() < 128 && palette.still_to_find.a() < 128);
            let without = legend(&palette, false);
            assert!(without.iter().any(|i| i.0 == STILL_TO_FIND));
            assert!(!without.iter().any(|i| i.0 == RISK_RANGE));
        }
    }
}
