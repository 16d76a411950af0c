//! The financial gap by year: do nothing, do something at face value and risk-adjusted,
//! the zero line, and the savings still to find shaded.

use egui::Ui;
use egui_plot::{FilledArea, HLine, Line, LineStyle, PlotPoints};

use super::common::{key, money_hover, money_m_axis, plot, year_axis};
use crate::engine::Outcome;
use crate::ui::theme::Palette;

/// Draws the gap chart.
pub fn show(ui: &mut Ui, o: &Outcome, height: f32) {
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
    let key_height = key(
        ui,
        &[
            ("Do nothing", palette.do_nothing),
            ("Do something, face value (dashed)", palette.face_value),
            ("Do something, risk-adjusted", palette.do_something),
            ("Still to find", palette.bad.gamma_multiply(0.5)),
        ],
    );
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
