//! The tornado: how far the final year's gap moves when each assumption moves by its
//! step, largest first.

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, VLine};

use super::common::{key, plot, row_labels, updating_mark};
use crate::format::money_m;
use crate::session::Analysis;
use crate::ui::theme::{Palette, series, space};

/// Drivers drawn; the rest are counted below the chart.
const SHOWN: usize = 14;

/// Draws the sensitivity tab.
pub fn show(ui: &mut Ui, a: Option<&Analysis>, current: bool) {
    let Some(a) = a else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label("Working out the sensitivity...");
        });
        return;
    };
    let tornado = match &a.tornado {
        Ok(t) => t,
        Err(e) => {
            ui.label(format!("No sensitivity: {e}"));
            return;
        }
    };
    updating_mark(ui, current);
    ui.label(format!(
        "How far the {} gap ({}) moves when each assumption moves by its step. Positive widens the gap.",
        tornado.year,
        money_m(tornado.gap)
    ));
    let (down_colour, up_colour) = (series(1), series(0));
    key(
        ui,
        &[
            ("Assumption stepped down", down_colour),
            ("Assumption stepped up", up_colour),
        ],
    );
    let shown: Vec<_> = tornado.drivers.iter().take(SHOWN).collect();
    let labels: Vec<String> = shown
        .iter()
        .map(|d| format!("{} ({})", d.label, d.step))
        .collect();
    let bars = |up: bool| -> Vec<Bar> {
        shown
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let v = if up { d.up } else { d.down };
                let y = -(i as f64) + if up { 0.18 } else { -0.18 };
                Bar::new(y, v / 1000.0)
                    .horizontal()
                    .width(0.34)
                    .fill(if up { up_colour } else { down_colour })
                    .name(format!(
                        "{} {} {}: gap {}{}",
                        d.label,
                        if up { "up" } else { "down" },
                        d.step.trim_start_matches('±'),
                        if v > 0.0 { "+" } else { "" },
                        money_m(v)
                    ))
            })
            .collect()
    };
    let palette = Palette::of(ui.ctx());
    let height = shown.len() as f32 * 30.0 + 60.0;
    plot("tornado-chart", height)
        .show_x(false)
        .y_axis_formatter(row_labels(labels, 40))
        .y_axis_min_width(190.0)
        .y_grid_spacer(super::common::every_step)
        .x_axis_formatter(super::common::money_m_axis)
        .x_axis_label("Change in the gap, £m")
        .include_x(0.0)
        .show(ui, |p| {
            p.vline(VLine::new("No change", 0.0).color(palette.total).width(1.0));
            for (name, up) in [("Stepped down", false), ("Stepped up", true)] {
                p.bar_chart(
                    BarChart::new(name, bars(up))
                        .horizontal()
                        .element_formatter(Box::new(|bar, _| bar.name.clone())),
                );
            }
        });
    if tornado.drivers.len() > SHOWN {
        ui.add_space(space::S);
        ui.label(
            RichText::new(format!(
                "{} more assumptions move the gap less.",
                tornado.drivers.len() - SHOWN
            ))
            .small(),
        );
    }
}
