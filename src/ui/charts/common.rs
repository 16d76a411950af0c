//! Shared chart settings: axes for years and money, hover read-outs, no accidental
//! zooming in a workshop.

use egui::{Color32, Ui};
use egui_plot::{GridMark, Plot};

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

/// Money in £m on an axis (values are £m).
pub fn money_m_axis(mark: GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    let decimals = if mark.step_size < 1.0 { 1 } else { 0 };
    let text = grouped(mark.value.abs(), decimals);
    if mark.value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("-£{text}m")
    } else {
        format!("£{text}m")
    }
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
                money_m(position.y * 1000.0)
            ))
        }
        _ => None,
    }
}

/// One grid mark per bar, so every bar has its label.
pub fn every_step(input: egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    let (lo, hi) = input.bounds;
    let (lo, hi) = (lo.ceil() as i64, hi.floor() as i64);
    (lo..=hi)
        .map(|v| egui_plot::GridMark {
            value: v as f64,
            // A large step draws the labels at full strength.
            step_size: 10.0,
        })
        .collect()
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
            let galley = ui
                .painter()
                .layout_no_wrap(name.to_string(), font, text_colour);
            let swatch = 10.0;
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

/// Labels rows of horizontal bars drawn at y = 0, −1, −2, ... with `labels` in order,
/// shortened to `max` characters.
pub fn row_labels(
    labels: Vec<String>,
    max: usize,
) -> impl Fn(GridMark, &std::ops::RangeInclusive<f64>) -> String {
    move |mark, _| {
        let i = (-mark.value).round();
        if (mark.value + i).abs() > 1e-6 || i < 0.0 {
            return String::new();
        }
        labels
            .get(i as usize)
            .map(|l| shorten(l, max))
            .unwrap_or_default()
    }
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
