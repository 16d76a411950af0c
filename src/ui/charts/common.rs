//! Shared chart settings: axes for years and money, hover read-outs, no accidental
//! zooming in a workshop.

use egui::{Color32, Ui};
use egui_plot::{GridMark, Plot};

use crate::format::m_to_k;
use crate::format::{grouped, money_m};

/// A plot with the house settings: a fixed view (no accidental zooming in a workshop)
/// of the given height. Keys go above the plot with [`key`], never over the data.
pub fn plot(id: &str, height: f32) -> Plot<'static> {
    Plot::new(id.to_string())
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .set_margin_fraction(egui::vec2(0.07, 0.05))
}

/// Labels whole x positions with the year labels and leaves the rest blank.
pub fn year_axis(
    years: Vec<String>,
) -> impl Fn(GridMark, &std::ops::RangeInclusive<f64>) -> String {
    move |mark, _| {
        let i = mark.value.round();
        if (mark.value - i).abs() > 1e-6 || i < 0.0 {
            return String::new();
        }
        years.get(i as usize).cloned().unwrap_or_default()
    }
}

/// Money in £m on an axis (values are £m), with as many decimals as the marks' spacing
/// needs, so no two marks read the same.
pub fn money_m_axis(mark: GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    if mark.value.abs() < mark.step_size.abs() * 1e-6 {
        return "£0m".to_string();
    }
    let decimals = axis_decimals(mark.step_size);
    let text = grouped(mark.value.abs(), decimals);
    if mark.value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("-£{text}m")
    } else {
        format!("£{text}m")
    }
}

/// Decimals that write every multiple of `step` exactly and so tell the marks apart:
/// none for whole steps, one for steps such as 0.5 or 2.5, two for 0.05, at most three.
fn axis_decimals(step: f64) -> usize {
    if !(step.is_finite() && step > 0.0) {
        return 0;
    }
    (0..3)
        .find(|d| {
            let scaled = step * 10f64.powi(*d as i32);
            (scaled - scaled.round()).abs() < 1e-6 * scaled.max(1.0)
        })
        .unwrap_or(3)
}

/// Points between two labelled marks of a money axis along the bottom of a chart: wide
/// enough for labels such as `-£12.5m` never to be dropped for want of room.
const MONEY_LABEL_SPACING: f64 = 80.0;
/// The finest grid line spacing, in points, that egui_plot assumes by default (its
/// `base_step_size` is this many points in plot units).
const GRID_POINTS: f64 = 8.0;

/// Grid marks for a money axis along the bottom: labelled marks 1, 2, 2.5 or 5 times a
/// power of ten apart, as close as [`MONEY_LABEL_SPACING`] allows, and fainter lines between.
/// (egui_plot's own steps go in tens, so a range of £0m to £9m in a narrow chart would
/// keep only the `£0m` label.)
pub fn money_grid(input: egui_plot::GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    if !(input.base_step_size > 0.0 && lo.is_finite() && hi.is_finite() && hi > lo) {
        return Vec::new();
    }
    let points_per_unit = GRID_POINTS / input.base_step_size;
    let (label_step, between) = nice_step(MONEY_LABEL_SPACING / points_per_unit);
    let minor = label_step / between as f64;
    let (first, last) = ((lo / minor).ceil() as i64, (hi / minor).floor() as i64);
    (first..=last)
        .map(|k| GridMark {
            value: k as f64 * minor,
            step_size: if k.rem_euclid(between) == 0 {
                label_step
            } else {
                minor
            },
        })
        .collect()
}

/// [`money_grid`] with only its labelled marks: for charts whose rows carry text, which
/// finer lines would run through.
pub fn money_grid_plain(input: egui_plot::GridInput) -> Vec<GridMark> {
    let marks = money_grid(input);
    let label_step = marks.iter().map(|m| m.step_size).fold(0.0, f64::max);
    marks
        .into_iter()
        .filter(|m| m.step_size >= label_step)
        .collect()
}

/// The smallest step of 1, 2, 2.5 or 5 times a power of ten that is at least `at_least`, and
/// how many finer grid steps to draw within it.
fn nice_step(at_least: f64) -> (f64, i64) {
    let power = 10f64.powf(at_least.log10().floor());
    [(1.0, 5), (2.0, 4), (2.5, 5), (5.0, 5), (10.0, 5)]
        .into_iter()
        .map(|(m, between)| (m * power, between))
        .find(|(step, _)| *step >= at_least * (1.0 - 1e-9))
        .unwrap_or((10.0 * power, 5))
}

/// Plain counts with thousands separators on an axis.
pub fn count_axis(mark: GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    grouped(mark.value, 0)
}

/// Hover read-out: series name, year and £ value (values are £m).
pub fn money_hover(years: Vec<String>) -> impl Fn(&egui_plot::HoverPosition<'_>) -> Option<String> {
    move |hover| match hover {
        egui_plot::HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } => {
            let year = years
                .get(position.x.round().max(0.0) as usize)
                .cloned()
                .unwrap_or_default();
            Some(format!(
                "{plot_name}\n{year}: {}",
                money_m(m_to_k(position.y))
            ))
        }
        _ => None,
    }
}

/// A key to a chart's series, wrapped above the chart so it never covers the data.
/// Returns the height it took.
pub fn key(ui: &mut Ui, items: &[(&str, Color32)]) -> f32 {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for (name, colour) in items {
            // Swatch and name are one widget, so they wrap together.
            let text_colour = ui.visuals().text_color();
            let font = egui::TextStyle::Small.resolve(ui.style());
            // In proportion to the key's type, so a projected chart's key grows with it.
            let swatch = font.size * 0.8;
            let galley = ui
                .painter()
                .layout_no_wrap(name.to_string(), font, text_colour);
            let size = egui::vec2(swatch + 4.0 + galley.size().x, galley.size().y.max(swatch));
            let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
            let swatch_rect = egui::Rect::from_center_size(
                egui::pos2(rect.left() + swatch / 2.0, rect.center().y),
                egui::vec2(swatch, swatch),
            );
            ui.painter().rect_filled(swatch_rect, 2.0, *colour);
            let text_pos = egui::pos2(rect.left() + swatch + 4.0, rect.top());
            ui.painter().galley(text_pos, galley, text_colour);
            ui.add_space(8.0);
        }
    })
    .response
    .rect
    .height()
        + ui.spacing().item_spacing.y
}

/// `text` cut to `max` characters, with an ellipsis when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

/// Says, quietly, that the figures below are from before the latest change and new
/// ones are on their way.
pub fn updating_mark(ui: &mut Ui, current: bool) {
    if !current {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(
                egui::RichText::new("Updating: these figures are from before the latest change")
                    .small()
                    .weak(),
            );
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(value: f64, step_size: f64) -> String {
        money_m_axis(GridMark { value, step_size }, &(0.0..=1.0))
    }

    #[test]
    fn money_grid_labels_have_room() {
        // £0m to £9.5m across about 390 points: 41 points per £1m.
        let input = egui_plot::GridInput {
            bounds: (0.0, 9.5),
            base_step_size: GRID_POINTS / 41.0,
        };
        let marks = money_grid(input);
        let labelled: Vec<f64> = marks
            .iter()
            .filter(|m| m.step_size * 41.0 >= MONEY_LABEL_SPACING)
            .map(|m| m.value)
            .collect();
        assert_eq!(labelled, vec![0.0, 2.0, 4.0, 6.0, 8.0]);
        assert!(marks.len() > labelled.len());
        // Labels read apart at that spacing.
        let texts: Vec<String> = marks
            .iter()
            .filter(|m| m.step_size >= 2.0)
            .map(|m| money_m_axis(*m, &(0.0..=9.5)))
            .collect();
        assert_eq!(texts, vec!["£0m", "£2m", "£4m", "£6m", "£8m"]);
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(0.3).0, 0.5);
        assert_eq!(nice_step(1.0).0, 1.0);
        assert_eq!(nice_step(1.2).0, 2.0);
        assert_eq!(nice_step(2.35).0, 2.5);
        assert_eq!(nice_step(6.0).0, 10.0);
        assert!((nice_step(0.013).0 - 0.02).abs() < 1e-12);
    }

    #[test]
    fn money_marks_read_apart() {
        assert_eq!(mark(20.0, 10.0), "£20m");
        assert_eq!(mark(1.0, 1.0), "£1m");
        assert_eq!(mark(0.5, 0.5), "£0.5m");
        assert_eq!(mark(0.2, 0.1), "£0.2m");
        assert_eq!(mark(0.05, 0.05), "£0.05m");
        assert_eq!(mark(-0.25, 0.05), "-£0.25m");
        assert_eq!(mark(0.0, 0.05), "£0m");
        assert_eq!(mark(0.0, 2.5), "£0m");
        assert_eq!(mark(1500.0, 500.0), "£1,500m");
        assert_eq!(mark(7.5, 2.5), "£7.5m");
        assert_eq!(mark(5.0, 2.5), "£5.0m");
    }
}
