//! Shared chart settings: axes for years and money, hover read-outs, no accidental
//! zooming in a workshop.

use egui_plot::{GridMark, Legend, Plot};

use crate::format::{grouped, money};

/// A plot with the house settings: fixed view, legend, given height.
pub fn plot(id: &str, height: f32) -> Plot<'static> {
    plot_without_legend(id, height).legend(Legend::default().position(egui_plot::Corner::LeftTop))
}

/// A plot like [`plot`] without a legend, for charts whose bars name themselves.
pub fn plot_without_legend(id: &str, height: f32) -> Plot<'static> {
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
    format!("£{}m", grouped(mark.value, decimals))
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
                money(position.y * 1000.0)
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
