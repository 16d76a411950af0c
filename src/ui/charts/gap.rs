//! The financial gap by year: do nothing, do something at face value and risk-adjusted,
//! the zero line, and the savings still to find shaded.

use egui::Ui;
use egui_plot::{FilledArea, HLine, Line, LineStyle, PlotPoints};

use super::common::{key, money_hover, money_m_axis, plot, year_axis};
use crate::engine::{Outcome, RiskRange};
use crate::ui::theme::Palette;

/// Draws the gap chart, with the risk range's P10 to P90 band when there is one.
pub fn show(ui: &mut Ui, o: &Outcome, risk: Option<&RiskRange>, height: f32) {
    let palette = Palette::of(ui.ctx());
    let xs: Vec<f64> = (0..o.finance.len()).map(|t| t as f64).collect();
    let series = |f: fn(&crate::engine::FinanceRow) -> f64| -> PlotPoints<'static> {
        o.finance
            .iter()
            .enumerate()
            .map(|(t, r)| [t as f64, f(r) / 1000.0])
            .collect()
    };
    let zeros = vec![0.0; xs.len()];
    let still: Vec<f64> = o
        .finance
        .iter()
        .map(|r| r.unidentified_savings / 1000.0)
        .collect();
    let band = risk.filter(|r| r.years.len() == xs.len()).map(|r| {
        let p10: Vec<f64> = r.years.iter().map(|y| y.p10 / 1000.0).collect();
        let p90: Vec<f64> = r.years.iter().map(|y| y.p90 / 1000.0).collect();
        (p10, p90)
    });
    let band_colour = palette.do_something.gamma_multiply(0.3);
    let mut items = vec![
        ("Do nothing", palette.do_nothing),
        ("Do something, face value (dashed)", palette.face_value),
        ("Do something, risk-adjusted", palette.do_something),
    ];
    if band.is_some() {
        items.push(("Risk range, P10 to P90", band_colour));
    }
    items.push(("Still to find", palette.bad.gamma_multiply(0.5)));
    let key_height = key(ui, &items);
    let height = (height - key_height).max(100.0);
    plot("gap-chart", height)
        .x_axis_formatter(year_axis(o.years.clone()))
        .y_axis_formatter(money_m_axis)
        .y_axis_label("Gap, £m")
        .label_formatter(money_hover(o.years.clone()))
        .include_y(0.0)
        .show(ui, |p| {
            p.add(
                FilledArea::new("Still to find", &xs, &zeros, &still)
                    .fill_color(palette.bad.gamma_multiply(0.25)),
            );
            if let Some((p10, p90)) = &band {
                p.add(
                    FilledArea::new("Risk range, P10 to P90", &xs, p10, p90)
                        .fill_color(band_colour),
                );
            }
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
        });
}
