//! The tornado: how far the final year's gap moves when each assumption moves by its
//! step, largest first. A row per assumption, its name and both changes written above
//! its two bars, so no name is cut short by an axis.

use egui::{Color32, RichText, Ui};
use egui_plot::{Bar, BarChart, PlotUi, VLine};

use super::common::{key, updating_mark};
use super::rows::{self, Labels, RowText, Rows};
use crate::engine::{Driver, Tornado};
use crate::format::k_to_m;
use crate::format::money_m;
use crate::session::Analysis;
use crate::ui::theme::{Palette, series, space};

/// Drivers drawn; the rest are counted below the chart.
const SHOWN: usize = 14;
/// Height of each of a driver's two bars, in points.
const BAR_HEIGHT: f32 = 10.0;

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
    chart(ui, tornado);
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

/// The colours of the two bars: stepped down, stepped up.
fn colours() -> (Color32, Color32) {
    (series(1), series(0))
}

/// A change in the gap with its sign: `+£0.52m`, `-£0.48m`.
fn signed(v: f64) -> String {
    let text = money_m(v);
    if v > 0.0 && text != "£0m" {
        format!("+{text}")
    } else {
        text
    }
}

/// The largest drivers, a row each: stepped down above, stepped up below.
fn chart(ui: &mut Ui, tornado: &Tornado) {
    let (down_colour, up_colour) = colours();
    key(
        ui,
        &[
            ("Assumption stepped down", down_colour),
            ("Assumption stepped up", up_colour),
        ],
    );
    let shown: Vec<&Driver> = tornado.drivers.iter().take(SHOWN).collect();
    let rows = Rows::new(shown.len(), 2, BAR_HEIGHT);
    let texts: Vec<RowText> = shown
        .iter()
        .map(|d| RowText {
            label: format!("{} ({})", d.label, d.step),
            amount: Some(format!("down {} · up {}", signed(d.down), signed(d.up))),
        })
        .collect();
    let labels = Labels::fit(ui, "tornado-chart", ui.available_width(), &texts);
    let x = rows::money_range(shown.iter().flat_map(|d| [d.down, d.up]).map(k_to_m));
    let palette = Palette::of(ui.ctx());
    rows::chart("tornado-chart", &rows).show(ui, |p| {
        rows::fix_view(p, &rows, &x);
        p.vline(VLine::new("No change", 0.0).color(palette.total).width(1.0));
        bars(p, &rows, &shown, false, down_colour);
        bars(p, &rows, &shown, true, up_colour);
        labels.draw(p, &rows, &x);
    });
}

/// Every shown driver's bar for the step down (`up` false) or up.
fn bars(p: &mut PlotUi, rows: &Rows, shown: &[&Driver], up: bool, colour: Color32) {
    let (name, direction, bar) = if up {
        ("Stepped up", "up", 1)
    } else {
        ("Stepped down", "down", 0)
    };
    let bars: Vec<Bar> = shown
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let v = if up { d.up } else { d.down };
            Bar::new(rows.bar_y(i, bar), k_to_m(v))
                .horizontal()
                .width(rows.bar_width())
                .fill(colour)
                .name(format!(
                    "{} {direction} {}: gap {}",
                    d.label,
                    d.step.trim_start_matches('±'),
                    signed(v)
                ))
        })
        .collect();
    p.bar_chart(
        BarChart::new(name, bars)
            .horizontal()
            .color(colour)
            .element_formatter(Box::new(|bar, _| bar.name.clone())),
    );
}
