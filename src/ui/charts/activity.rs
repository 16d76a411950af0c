//! Activity for one point of delivery: do nothing, do nothing from last year's plan,
//! and do something (face value and risk-adjusted).

use egui::Ui;
use egui_plot::{Line, LineStyle, PlotPoints};

use super::common::{count_axis, key, plot, year_axis};
use crate::engine::{Outcome, TrajectoryRow};
use crate::format::grouped;
use crate::model::Plan;
use crate::ui::theme::Palette;

/// Draws the activity chart with its point-of-delivery picker.
pub fn show(ui: &mut Ui, plan: &Plan, o: &Outcome, pod: &mut Option<String>) {
    if o.trajectories.is_empty() {
        ui.label("This plan has no activity trajectories.");
        return;
    }
    let chosen = pod
        .as_deref()
        .and_then(|id| o.trajectories.iter().find(|t| t.id == id))
        .unwrap_or(&o.trajectories[0]);
    let mut selected = chosen.id.clone();
    egui::ComboBox::from_id_salt("activity-pod")
        .selected_text(&chosen.name)
        .width(260.0)
        .show_ui(ui, |ui| {
            for t in &o.trajectories {
                ui.selectable_value(&mut selected, t.id.clone(), &t.name);
            }
        })
        .response
        .accessible_name("Point of delivery");
    if selected != chosen.id {
        *pod = Some(selected);
    }
    let palette = Palette::of(ui.ctx());
    let series = |f: fn(&TrajectoryRow) -> f64| -> PlotPoints<'static> {
        chosen
            .rows
            .iter()
            .enumerate()
            .map(|(t, r)| [t as f64, f(r)])
            .collect()
    };
    let unit = plan
        .trajectories
        .iter()
        .find(|t| t.id == chosen.id)
        .map_or(String::new(), |t| t.unit.clone());
    let years = o.years.clone();
    key(
        ui,
        &[
            (
                "Do nothing (solid) and from last year's plan (dashed)",
                palette.do_nothing,
            ),
            ("Do something", palette.do_something),
            ("Risk-adjusted (dotted)", palette.face_value),
        ],
    );
    plot("activity-chart", ui.available_height().max(120.0))
        .x_axis_formatter(year_axis(o.years.clone()))
        .y_axis_formatter(count_axis)
        .y_axis_label(if unit.is_empty() {
            "Activity".to_string()
        } else {
            unit
        })
        .label_formatter(move |hover| match hover {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(format!(
                "{plot_name}\n{}: {}",
                years
                    .get(position.x.round().max(0.0) as usize)
                    .cloned()
                    .unwrap_or_default(),
                grouped(position.y, 0)
            )),
            _ => None,
        })
        .show(ui, |p| {
            p.line(
                Line::new("Do nothing", series(|r| r.do_nothing))
                    .color(palette.do_nothing)
                    .width(2.0),
            );
            p.line(
                Line::new(
                    "Do nothing from last year's plan",
                    series(|r| r.do_nothing_from_prior),
                )
                .color(palette.do_nothing)
                .style(LineStyle::dashed_loose())
                .width(2.0),
            );
            p.line(
                Line::new("Do something", series(|r| r.do_something))
                    .color(palette.do_something)
                    .width(2.5),
            );
            p.line(
                Line::new(
                    "Do something (risk-adjusted)",
                    series(|r| r.do_something_risk_adjusted),
                )
                .color(palette.face_value)
                .style(LineStyle::dotted_dense())
                .width(2.0),
            );
        });
}
