//! Charts of horizontal bars in rows (the bridge, money per priority): each row's label
//! is written above its bars across the chart's whole width, so no label is cut short by
//! an axis, squeezes the bars, or runs into another.

use std::hash::{Hash, Hasher};
use std::ops::RangeInclusive;
use std::sync::Arc;

use egui::{Align2, FontId, Id, TextStyle, Ui};
use egui_plot::{Plot, PlotPoint, PlotUi, Text};
use rustc_hash::FxHasher;

use super::common::{money_grid_plain, money_m_axis, plot};
use crate::ui::memo::remember;

/// Height of a row's label line, in points.
const LABEL_HEIGHT: f32 = 18.0;
/// Space between one row's bars and the next row's label, in points.
const ROW_GAP: f32 = 7.0;
/// Height of the money axis below the rows, in points.
const AXIS_HEIGHT: f32 = 24.0;
/// Space kept between a label and the chart's edge, or between two labels, in points.
const LABEL_PAD: f32 = 6.0;

/// Where rows, labels and bars go. Row `i` spans y from `-i` down to `-(i + 1)`: its
/// label at the top, then its bars one under another.
#[derive(Debug, Clone, Copy)]
pub struct Rows {
    count: usize,
    bars: usize,
    bar_height: f32,
}

impl Rows {
    /// `count` rows of `bars` bars each, every bar `bar_height` points tall.
    pub fn new(count: usize, bars: usize, bar_height: f32) -> Self {
        Self {
            count: count.max(1),
            bars: bars.max(1),
            bar_height,
        }
    }

    /// Height of one row in points.
    fn row_height(&self) -> f32 {
        LABEL_HEIGHT + self.bars as f32 * self.bar_height + ROW_GAP
    }

    /// Plot units per point, up the y axis.
    fn unit(&self) -> f64 {
        1.0 / f64::from(self.row_height())
    }

    /// Height of the whole chart, money axis included, in points.
    pub fn height(&self) -> f32 {
        self.count as f32 * self.row_height() + AXIS_HEIGHT
    }

    /// The y range that shows every row and nothing more.
    pub fn y_range(&self) -> RangeInclusive<f64> {
        -(self.count as f64)..=0.0
    }

    /// The y of the top of row `row`'s label.
    pub fn label_y(&self, row: usize) -> f64 {
        -(row as f64) - f64::from(ROW_GAP / 2.0) * self.unit()
    }

    /// The y of the middle of bar `bar` of row `row`.
    pub fn bar_y(&self, row: usize, bar: usize) -> f64 {
        let top = f64::from(ROW_GAP / 2.0 + LABEL_HEIGHT) * self.unit();
        let down = (bar as f64 + 0.5) * f64::from(self.bar_height) * self.unit();
        -(row as f64) - top - down
    }

    /// How thick a bar is in plot units, leaving a hairline between bars of a row.
    pub fn bar_width(&self) -> f64 {
        f64::from((self.bar_height - 2.0).max(1.0)) * self.unit()
    }
}

/// The money range the bars span, with `0` in it and a little room either side.
pub fn money_range(values: impl IntoIterator<Item = f64>) -> RangeInclusive<f64> {
    let (mut lo, mut hi) = (0.0_f64, 0.0_f64);
    for v in values {
        if v.is_finite() {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    if hi - lo < 1e-9 {
        hi = lo + 1.0;
    }
    let pad = (hi - lo) * 0.04;
    (lo - if lo < 0.0 { pad } else { 0.0 })..=(hi + pad)
}

/// A fixed chart for `rows` with a £m axis along the bottom and no y axis: the labels
/// are in the rows.
pub fn chart(id: &str, rows: &Rows) -> Plot<'static> {
    plot(id, rows.height())
        .show_axes([true, false])
        .show_grid([true, false])
        .show_x(false)
        .show_y(false)
        .x_axis_formatter(money_m_axis)
        .x_grid_spacer(money_grid_plain)
        // Points (such as a step that moves nothing) say what they are on hover.
        .label_formatter(|hover| match hover {
            egui_plot::HoverPosition::NearDataPoint { plot_name, .. } => {
                Some((*plot_name).to_string())
            }
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
}

/// Fixes the view to `x` (in £m) and the rows, every frame, so the labels sit where the
/// rows expect them.
pub fn fix_view(p: &mut PlotUi, rows: &Rows, x: &RangeInclusive<f64>) {
    p.set_plot_bounds_x(x.clone());
    p.set_plot_bounds_y(rows.y_range());
}

/// One row's label line: `label` from the left and, when given, `amount` from the right.
pub struct RowText {
    /// What the row is.
    pub label: String,
    /// Its amount, on the right.
    pub amount: Option<String>,
}

/// The rows' label lines, fitted to the chart's width, ready to draw.
pub struct Labels {
    /// Each row's label (shortened where it had to be) and amount.
    lines: Vec<(String, Option<String>)>,
    /// The chart's width in points.
    width: f32,
}

/// What fitted labels depend on: the texts (hashed), the chart's width, the labels' font
/// and the pixels per point (the zoom).
#[derive(Debug, Clone, PartialEq)]
struct FitKey {
    texts: u64,
    width: f32,
    font: FontId,
    pixels_per_point: f32,
}

impl Labels {
    /// Each row's label fitted beside its amount across `width` points: shortened with
    /// an ellipsis where it would not fit, and never shortened into another row's label.
    /// Remembered for the chart `id` until the texts, the width, the font or the zoom
    /// change, so a frame where none does measures nothing.
    pub fn fit(ui: &Ui, id: &str, width: f32, texts: &[RowText]) -> Arc<Self> {
        let key = FitKey {
            texts: hash_texts(texts),
            width,
            font: TextStyle::Small.resolve(ui.style()),
            pixels_per_point: ui.ctx().pixels_per_point(),
        };
        remember(ui, Id::unique(("row-labels", id)), &key, || {
            Self::measured(ui, &key.font, width, texts)
        })
    }

    /// Each row's label fitted as [`Labels::fit`] says, measuring every one in `font`.
    fn measured(ui: &Ui, font: &FontId, width: f32, texts: &[RowText]) -> Self {
        let measure = |s: &str| text_width(ui, font, s);
        let room: Vec<f32> = texts
            .iter()
            .map(|t| {
                let amount = t.amount.as_deref().map_or(0.0, |a| measure(a) + LABEL_PAD);
                width - amount - 2.0 * LABEL_PAD
            })
            .collect();
        let labels: Vec<&str> = texts.iter().map(|t| t.label.as_str()).collect();
        let fitted = fit_labels(&labels, |i, s| measure(s) <= room[i]);
        Self {
            lines: fitted
                .into_iter()
                .zip(texts)
                .map(|(l, t)| (l, t.amount.clone()))
                .collect(),
            width,
        }
    }

    /// Writes each row's label from the left and its amount from the right, above its
    /// bars. `x` is the view (£m) fixed with [`fix_view`].
    pub fn draw(&self, p: &mut PlotUi, rows: &Rows, x: &RangeInclusive<f64>) {
        let per_point = (x.end() - x.start()) / f64::from(self.width.max(1.0));
        let left = x.start() + f64::from(LABEL_PAD) * per_point;
        let right = x.end() - f64::from(LABEL_PAD) * per_point;
        for (i, (label, amount)) in self.lines.iter().enumerate() {
            let y = rows.label_y(i);
            p.text(
                Text::new(label.clone(), PlotPoint::new(left, y), label.clone())
                    .anchor(Align2::LEFT_TOP)
                    .allow_hover(false)
                    .id(("row-label", i)),
            );
            if let Some(amount) = amount {
                p.text(
                    Text::new(label.clone(), PlotPoint::new(right, y), amount.clone())
                        .anchor(Align2::RIGHT_TOP)
                        .allow_hover(false)
                        .id(("row-amount", i)),
                );
            }
        }
    }
}

/// Width of `text` in the labels' font, in points.
fn text_width(ui: &Ui, font: &FontId, text: &str) -> f32 {
    ui.painter()
        .layout_no_wrap(text.to_string(), font.clone(), egui::Color32::WHITE)
        .size()
        .x
}

/// A hash of every row's label and amount, cheap beside measuring them.
fn hash_texts(texts: &[RowText]) -> u64 {
    let mut hasher = FxHasher::default();
    for t in texts {
        t.label.hash(&mut hasher);
        t.amount.hash(&mut hasher);
    }
    hasher.finish()
}

/// Each label as it is when `fits(i, label)`, otherwise cut with an ellipsis to the most
/// that fits. Labels that differ never come out the same: where two would, they are cut
/// in the middle instead, keeping how each ends.
pub fn fit_labels(labels: &[&str], fits: impl Fn(usize, &str) -> bool) -> Vec<String> {
    let mut out: Vec<String> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| cut(l, |s| fits(i, s), end_cut))
        .collect();
    let clashes: Vec<usize> = (0..out.len())
        .filter(|&i| (0..out.len()).any(|j| j != i && out[j] == out[i] && labels[j] != labels[i]))
        .collect();
    for i in clashes {
        out[i] = cut(labels[i], |s| fits(i, s), middle_cut);
    }
    out
}

/// The longest shortening of `text` by `shorten` (given its characters and how many to
/// keep) that `fits`; the text itself when it fits, a lone ellipsis when nothing does.
fn cut(
    text: &str,
    fits: impl Fn(&str) -> bool,
    shorten: impl Fn(&[char], usize) -> String,
) -> String {
    if fits(text) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    // The most characters kept that still fit, by bisection.
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if fits(&shorten(&chars, mid)) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    shorten(&chars, lo)
}

/// The first `keep` characters and an ellipsis.
fn end_cut(chars: &[char], keep: usize) -> String {
    let mut s: String = chars[..keep.min(chars.len())].iter().collect();
    s.push('…');
    s
}

/// `keep` characters, from both ends, with an ellipsis between.
fn middle_cut(chars: &[char], keep: usize) -> String {
    let keep = keep.min(chars.len());
    let tail = keep / 2;
    let head = keep - tail;
    let mut s: String = chars[..head].iter().collect();
    s.push('…');
    s.extend(&chars[chars.len() - tail..]);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_that_fit_are_kept() {
        let out = fit_labels(&["Acute", "Income growth"], |_, s| s.chars().count() <= 20);
        assert_eq!(out, vec!["Acute", "Income growth"]);
    }

    #[test]
    fn long_labels_are_cut_to_fit() {
        let out = fit_labels(&["Savings: Mental Health & Learning Disability"], |_, s| {
            s.chars().count() <= 20
        });
        assert_eq!(out, vec!["Savings: Mental Hea…"]);
        assert_eq!(out[0].chars().count(), 20);
    }

    #[test]
    fn labels_that_differ_stay_apart() {
        // Cut at the end, both read "Investment: Investments to de…".
        let labels = [
            "Investment: Investments to deliver QIPP plan",
            "Investment: Investments to deliver Commissioning Intentions",
            "Acute",
        ];
        let out = fit_labels(&labels, |_, s| s.chars().count() <= 30);
        assert_ne!(out[0], out[1], "{out:?}");
        assert!(out.iter().all(|l| l.chars().count() <= 30), "{out:?}");
        assert!(out[0].ends_with("plan"), "{out:?}");
        assert_eq!(out[2], "Acute");
    }

    /// The labels fitted in a frame for `texts` across `width` points.
    fn fitted(ctx: &egui::Context, width: f32, texts: &[RowText]) -> Arc<Labels> {
        let mut out = None;
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            out = Some(Labels::fit(ui, "test-chart", width, texts));
        });
        // No window to take the font atlas.
        output.textures_delta.clear();
        out.expect("fitted")
    }

    fn texts(labels: &[&str]) -> Vec<RowText> {
        labels
            .iter()
            .map(|l| RowText {
                label: (*l).to_string(),
                amount: Some("£1.2m".into()),
            })
            .collect()
    }

    #[test]
    fn fitted_labels_are_remembered_until_what_they_fit_changes() {
        let ctx = egui::Context::default();
        let long = "Savings: Mental Health & Learning Disability, out of area placements";
        let rows = texts(&["Acute", long]);
        let first = fitted(&ctx, 200.0, &rows);
        assert!(first.lines[1].0.ends_with('…'), "{:?}", first.lines);
        assert!(Arc::ptr_eq(&first, &fitted(&ctx, 200.0, &rows)));
        // Wider, the long label fits.
        let wider = fitted(&ctx, 2000.0, &rows);
        assert_eq!(wider.lines[1].0, long);
        // Other labels are fitted afresh, as they would be the first time.
        let other = texts(&["Acute", "Community"]);
        let changed = fitted(&ctx, 2000.0, &other);
        assert_eq!(changed.lines[1].0, "Community");
        let fresh = fitted(&egui::Context::default(), 2000.0, &other);
        assert_eq!(changed.lines, fresh.lines);
    }

    #[test]
    fn rows_stack_downwards_and_bars_stay_in_their_row() {
        let rows = Rows::new(3, 2, 10.0);
        assert_eq!(rows.y_range(), -3.0..=0.0);
        for r in 0..3 {
            let top = -(r as f64);
            assert!(rows.label_y(r) < top && rows.label_y(r) > top - 1.0);
            for b in 0..2 {
                let y = rows.bar_y(r, b);
                assert!(y < rows.label_y(r));
                assert!(y - rows.bar_width() / 2.0 > top - 1.0);
            }
            assert!(rows.bar_y(r, 1) < rows.bar_y(r, 0));
        }
    }

    #[test]
    fn the_money_range_holds_zero_and_every_value() {
        let r = money_range([3.0, 7.5]);
        assert_eq!(*r.start(), 0.0);
        assert!(*r.end() > 7.5);
        let r = money_range([-2.0, 1.0]);
        assert!(*r.start() < -2.0 && *r.end() > 1.0);
        let r = money_range([]);
        assert!(r.end() > r.start());
    }
}
