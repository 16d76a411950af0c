//! Activity for one point of delivery: do nothing, do nothing from last year's plan,
//! and do something (face value and risk-adjusted).

use egui::Ui;
use egui_plot::{Line, LineStyle, PlotPoints};

use super::common::{count_axis, key, plot, year_axis};
use crate::engine::{Outcome, TrajectoryOutcome, TrajectoryRow};
use crate::format::grouped;
use crate::model::Plan;
use crate::ui::theme::Palette;
use crate::ui::theme::panel::MIN_CHART_HEIGHT;

/// Draws the activity chart with its point-of-delivery picker.
pub fn show(ui: &mut Ui, plan: &Plan, o: &Outcome, pod: &mut Option<String>) {
    let Some(chosen) = picker(ui, o, pod) else {
        ui.label("This plan has no activity trajectories.");
        return;
    };
    let unit = plan
        .trajectories
        .iter()
        .find(|t| t.id == chosen.id)
        .map_or(String::new(), |t| t.unit.clone());
    chart(ui, o, chosen, unit);
}

/// The point of delivery in view, with a picker for another; none when the plan has no
/// activity trajectories.
fn picker<'a>(
    ui: &mut Ui,
    o: &'a Outcome,
    pod: &mut Option<String>,
) -> Option<&'a TrajectoryOutcome> {
    let first = o.trajectories.first()?;
    let chosen = pod
        .as_deref()
        .and_then(|id| o.trajectories.iter().find(|t| t.id == id))
        .unwrap_or(first);
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
    Some(chosen)
}

/// Hover read-out: series name, year and count.
fn count_hover(years: Vec<String>) -> impl Fn(&egui_plot::HoverPosition<'_>) -> Option<String> {
    move |hover| match hover {
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
    }
}

/// The four lines for one point of delivery, measured in `unit`.
pub fn chart(ui: &mut Ui, o: &Outcome, chosen: &TrajectoryOutcome, unit: String) {
    let palette = Palette::of(ui.ctx());
    let series = |f: fn(&TrajectoryRow) -> f64| -> PlotPoints<'static> {
        chosen
            .rows
            .iter()
            .enumerate()
            .map(|(t, r)| [t as f64, f(r)])
            .collect()
    };
    key(
        ui,
        &[
            ("Do nothing", palette.do_nothing),
            (
                "Do nothing from last year's plan (dotted)",
                palette.prior_plan,
            ),
            ("Do something, face value (dashed)", palette.face_value),
            ("Do something, risk-adjusted", palette.do_something),
        ],
    );
    plot(
        "activity-chart",
        ui.available_height().max(MIN_CHART_HEIGHT),
    )
    .x_axis_formatter(year_axis(o.years.clone()))
    .y_axis_formatter(count_axis)
    .y_axis_label(if unit.is_empty() {
        "Activity".to_string()
    } else {
        unit
    })
    .label_formatter(count_hover(o.years.clone()))
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
            .color(palette.prior_plan)
            .style(LineStyle::dotted_dense())
            .width(2.0),
        );
        // Risk-adjusted first: where the two are the same, the dashed face value
        // line on top leaves both in sight.
        p.line(
            Line::new(
                "Do something (risk-adjusted)",
                series(|r| r.do_something_risk_adjusted),
            )
            .color(palette.do_something)
            .width(2.5),
        );
        p.line(
            Line::new("Do something (face value)", series(|r| r.do_something))
                .color(palette.face_value)
                .style(LineStyle::dashed_loose())
                .width(2.0),
        );
    });
}
