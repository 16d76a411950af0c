//! The bridge (waterfall) from the base-year gap to a year's do-something gap, drawn as
//! horizontal bars so every label can be read.

use egui::Ui;
use egui_plot::{Bar, BarChart};

use super::common::{plot, row_labels};
use crate::engine::{Outcome, StepKind};
use crate::format::money_m;
use crate::ui::theme::Palette;

/// Draws the bridge for planning year `year` (1-based).
pub fn show(ui: &mut Ui, o: &Outcome, year: usize, height: f32) {
    show_in(ui, "bridge", o, year, height);
}

/// [`show`] under its own id, for several bridges in one screen.
pub fn show_in(ui: &mut Ui, id: &str, o: &Outcome, year: usize, height: f32) {
    let Some(bridge) = o.bridges.get(year.saturating_sub(1)) else {
        ui.label("No planning years.");
        return;
    };
    let palette = Palette::of(ui.ctx());
    // Skip bars that move nothing, so the chart shows what matters.
    let steps: Vec<_> = bridge
        .steps
        .iter()
        .filter(|s| s.kind != StepKind::Change || s.value.abs() >= 0.5)
        .collect();
    let mut running = 0.0;
    let mut bars = Vec::with_capacity(steps.len());
    for (i, step) in steps.iter().enumerate() {
        let y = -(i as f64);
        let (start, end, colour) = match step.kind {
            StepKind::Start | StepKind::Subtotal | StepKind::Total => {
                running = step.value;
                (0.0, step.value, palette.total)
            }
            StepKind::Change => {
                let start = running;
                running += step.value;
                let colour = if step.value > 0.0 {
                    palette.bad
                } else {
                    palette.good
                };
                (start, running, colour)
            }
        };
        let (lo, hi) = if start <= end {
            (start, end)
        } else {
            (end, start)
        };
        bars.push(
            Bar::new(y, (hi - lo) / 1000.0)
                .base_offset(lo / 1000.0)
                .horizontal()
                .width(0.7)
                .fill(colour)
                .name(format!("{}: {}", step.label, money_m(step.value))),
        );
    }
    let labels: Vec<String> = steps.iter().map(|s| s.label.clone()).collect();
    ui.label(format!(
        "Bridge from {} to the do-something gap in {} (£m): orange widens the gap, green closes it",
        o.years[0], bridge.year
    ));
    // Every bar keeps room for its label; a long bridge scrolls.
    let plot_height = (steps.len() as f32 * 22.0 + 40.0).max(height - 48.0);
    egui::ScrollArea::vertical()
        .id_salt((id, "scroll"))
        .show(ui, |ui| {
            plot(&format!("{id}-chart"), plot_height)
                .show_x(false)
                .y_axis_formatter(row_labels(labels, 30))
                .x_axis_formatter(super::common::money_m_axis)
                .y_axis_min_width(150.0)
                .y_grid_spacer(super::common::every_step)
                .show(ui, |p| {
                    p.bar_chart(
                        BarChart::new("Bridge", bars)
                            .horizontal()
                            .element_formatter(Box::new(|bar, _| bar.name.clone())),
                    );
                });
        });
}
