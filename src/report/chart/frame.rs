//! What every chart shares: its title, its key, and the frame of a chart by year (a
//! value axis with round ticks and grid lines, the years along the bottom).

use super::palette::{GRID, INK, MUTED, TOTAL};
use super::scale::{Bands, Scale};
use super::svg::{Anchor, Colour, Font, Stroke, Svg};

/// Space around the drawing.
pub(crate) const PAD: f64 = 8.0;
/// Size of a chart's title.
pub(crate) const TITLE_SIZE: f64 = 14.0;
/// Size of the key and of axis labels.
pub(crate) const TEXT_SIZE: f64 = 11.0;
/// Size of notes under axis labels.
pub(crate) const NOTE_SIZE: f64 = 10.0;
/// Height of one line of the key.
const KEY_LINE: f64 = 16.0;
/// Length of a key's swatch.
const SWATCH: f64 = 18.0;

/// About how wide `text` is set at `size` in the charts' sans-serif fonts.
pub(crate) fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * 0.55
}

/// `text` cut to fit `width` at `size`, with an ellipsis where it was cut.
pub(crate) fn fit(text: &str, width: f64, size: f64) -> String {
    let most = (width / (size * 0.55)).floor().max(2.0) as usize;
    if text.chars().count() <= most {
        return text.to_string();
    }
    let cut: String = text.chars().take(most - 1).collect();
    format!("{}…", cut.trim_end())
}

/// How a series is shown in the key.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Swatch {
    /// A short line.
    Line(Stroke),
    /// A filled block.
    Fill(Colour),
    /// A diamond.
    Diamond(Colour),
}

/// One entry of a chart's key.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct KeyItem {
    /// What the series is.
    pub label: String,
    /// How it is drawn.
    pub swatch: Swatch,
}

impl KeyItem {
    /// An entry.
    pub fn new(label: impl Into<String>, swatch: Swatch) -> Self {
        Self {
            label: label.into(),
            swatch,
        }
    }
}

/// Draws the title and the key (wrapped onto as many lines as it needs) at the top of
/// the chart; returns where the rest of the chart may start.
pub(crate) fn header(svg: &mut Svg, title: &str, key: &[KeyItem]) -> f64 {
    let width = svg.size().width;
    let title_font = Font::new(TITLE_SIZE, INK).bold();
    let shown = fit(title, width - 2.0 * PAD, TITLE_SIZE);
    let full = (shown != title).then_some(title);
    svg.text_titled((PAD, PAD + TITLE_SIZE), &shown, full, title_font);
    let mut y = PAD + TITLE_SIZE + 8.0;
    let mut x = PAD;
    if !key.is_empty() {
        y += KEY_LINE / 2.0;
    }
    for item in key {
        let label = fit(&item.label, width - 2.0 * PAD - SWATCH - 6.0, TEXT_SIZE);
        let item_width = SWATCH + 5.0 + text_width(&label, TEXT_SIZE) + 14.0;
        if x > PAD && x + item_width > width - PAD {
            x = PAD;
            y += KEY_LINE;
        }
        swatch(svg, (x, y), item.swatch);
        svg.text(
            (x + SWATCH + 5.0, y + TEXT_SIZE * 0.35),
            &label,
            Font::new(TEXT_SIZE, INK),
        );
        x += item_width;
    }
    if key.is_empty() {
        y
    } else {
        y + KEY_LINE / 2.0 + 4.0
    }
}

/// How much height [`header`] takes for `title` and `key` in a chart `width` wide.
pub(crate) fn header_height(width: f64, title: &str, key: &[KeyItem]) -> f64 {
    header(
        &mut Svg::new(super::Size::new(width, 0.0), title),
        title,
        key,
    )
}

/// A key's swatch with its middle at `(x, y)` from its left end.
fn swatch(svg: &mut Svg, (x, y): (f64, f64), swatch: Swatch) {
    let mid = x + SWATCH / 2.0;
    match swatch {
        Swatch::Line(stroke) => svg.line((x, y), (x + SWATCH, y), stroke),
        Swatch::Fill(colour) => svg.rect((x, y - 5.0), (SWATCH, 10.0), colour),
        Swatch::Diamond(colour) => svg.diamond((mid, y), 5.0, colour),
    }
}

/// The axes of a chart by year.
pub(crate) struct YearAxes<'a> {
    /// The years along the bottom.
    pub years: &'a [String],
    /// A second line under each year (a chance, say), when there is one.
    pub notes: Option<&'a [String]>,
    /// The value axis (where it is drawn is worked out here).
    pub scale: Scale,
}

/// Where a chart by year draws: one band per year across, the value scale up.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Plot {
    /// The years' bands.
    pub x: Bands,
    /// The value scale, drawn upwards.
    pub y: Scale,
    /// The plot's left and right edges.
    pub left: f64,
    /// The plot's right edge.
    pub right: f64,
}

/// Draws the frame of a chart by year below `top`: grid lines and tick labels up the
/// left, the years (with their notes) along the bottom, and the zero line marked
/// when zero is on the scale. Returns where the data go.
pub(crate) fn year_plot(svg: &mut Svg, top: f64, axes: &YearAxes) -> Plot {
    let size = svg.size();
    let ticks = axes.scale.ticks();
    let labels: Vec<String> = ticks.iter().map(|t| axes.scale.label(*t)).collect();
    let label_width = labels
        .iter()
        .map(|l| text_width(l, TEXT_SIZE))
        .fold(0.0, f64::max);
    let left = PAD + label_width + 6.0;
    let right = size.width - PAD - 4.0;
    let lines = if axes.notes.is_some() { 2.0 } else { 1.0 };
    let bottom = size.height - PAD - lines * (TEXT_SIZE + 3.0) - 2.0;
    let top = top + 6.0;
    let y = axes.scale.onto(bottom, top);
    let x = Bands::new(left, right - left, axes.years.len());
    for (tick, label) in ticks.iter().zip(&labels) {
        let at = y.at(*tick);
        svg.line((left, at), (right, at), Stroke::solid(GRID, 0.8));
        svg.text(
            (left - 5.0, at + TEXT_SIZE * 0.35),
            label,
            Font::new(TEXT_SIZE, MUTED).anchored(Anchor::End),
        );
    }
    if y.lo < 0.0 && y.hi > 0.0 {
        svg.line(
            (left, y.at(0.0)),
            (right, y.at(0.0)),
            Stroke::solid(TOTAL, 1.2),
        );
    }
    svg.line((left, bottom), (right, bottom), Stroke::solid(MUTED, 0.8));
    year_labels(svg, &x, bottom, axes);
    Plot { x, y, left, right }
}

/// The years along the bottom, every other one (or fewer) when they would collide.
fn year_labels(svg: &mut Svg, x: &Bands, bottom: f64, axes: &YearAxes) {
    let widest = axes
        .years
        .iter()
        .chain(axes.notes.into_iter().flatten())
        .map(|l| text_width(l, TEXT_SIZE) + 6.0)
        .fold(0.0, f64::max);
    let every = (widest / x.band).ceil().max(1.0) as usize;
    let font = Font::new(TEXT_SIZE, INK).anchored(Anchor::Middle);
    for (i, year) in axes.years.iter().enumerate() {
        if i % every != 0 {
            continue;
        }
        let at = x.centre(i);
        svg.line((at, bottom), (at, bottom + 3.0), Stroke::solid(MUTED, 0.8));
        svg.text((at, bottom + TEXT_SIZE + 3.0), year, font);
        if let Some(note) = axes.notes.and_then(|n| n.get(i)) {
            let note_font = Font::new(NOTE_SIZE, MUTED).anchored(Anchor::Middle);
            svg.text((at, bottom + 2.0 * (TEXT_SIZE + 3.0)), note, note_font);
        }
    }
}

/// Where each year's value is drawn.
pub(crate) fn points(plot: &Plot, values: &[f64]) -> Vec<(f64, f64)> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| (plot.x.centre(i), plot.y.at(*v)))
        .collect()
}

/// The area between two series, year by year.
pub(crate) fn area(plot: &Plot, lower: &[f64], upper: &[f64]) -> Vec<(f64, f64)> {
    let mut shape = points(plot, upper);
    shape.extend(points(plot, lower).into_iter().rev());
    shape
}

/// A message in place of a chart's data (when there are none to draw).
pub(crate) fn empty(svg: &mut Svg, top: f64, message: &str) {
    let size = svg.size();
    let at = (size.width / 2.0, (top + size.height) / 2.0);
    let shown = fit(message, size.width - 2.0 * PAD, TEXT_SIZE);
    svg.text(
        at,
        &shown,
        Font::new(TEXT_SIZE, MUTED).anchored(Anchor::Middle),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        assert_eq!(fit("short", 200.0, 10.0), "short");
        let cut = fit(&"x".repeat(100), 55.0, 10.0);
        assert_eq!(cut.chars().count(), 10);
        assert!(cut.ends_with('…'));
    }
}
