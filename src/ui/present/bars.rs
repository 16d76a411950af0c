//! Big, plain bar charts for slides: one row per thing, its name on the left, a bar in
//! proportion, and the amount written at the bar's end. Read from the back of a room,
//! with nothing to hover for.

use egui::{Align2, Color32, FontId, Rect, Sense, Ui, pos2, vec2};

use super::SlideType;
use crate::format::money_m;

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct BarRow {
    /// What it is.
    pub label: String,
    /// How much, £000.
    pub value_k: f64,
    /// Its colour.
    pub colour: Color32,
}

/// A range of outcomes for one row: low, middle and high, £000.
#[derive(Debug, Clone, PartialEq)]
pub struct RangeRow {
    /// What it is (a year).
    pub label: String,
    /// A good outcome.
    pub low_k: f64,
    /// The middle outcome.
    pub middle_k: f64,
    /// A bad outcome.
    pub high_k: f64,
}

/// The rows' layout: the label column, the bars' zero and their scale.
struct Layout {
    rows: Rect,
    row_height: f32,
    zero_x: f32,
    per_k: f32,
    label_right: f32,
}

impl Layout {
    /// Lays out `n` rows of values from `low_k` to `high_k` (both including zero) in
    /// the room `ui` has, with labels `label_width` wide.
    fn new(ui: &mut Ui, n: usize, low_k: f64, high_k: f64, sizes: &SlideType) -> Self {
        let room = ui.available_rect_before_wrap();
        let row_height = (room.height() / n.max(1) as f32).min(sizes.body * 2.6);
        let (rows, _) =
            ui.allocate_exact_size(vec2(room.width(), row_height * n as f32), Sense::hover());
        let label_right = rows.left() + rows.width() * 0.34;
        // Room at the bars' end for their amounts: on the left too when a bar runs
        // left of zero, so its amount never sits on a label.
        let amount_room = sizes.body * 4.5;
        let bars_left = label_right + if low_k < 0.0 { amount_room } else { sizes.body };
        let bars_right = rows.right() - amount_room;
        let low = low_k.min(0.0);
        let high = high_k.max(0.0);
        let span = (high - low).max(1.0);
        let per_k = (bars_right - bars_left) / span as f32;
        Self {
            rows,
            row_height,
            zero_x: bars_left + (-low) as f32 * per_k,
            per_k,
            label_right,
        }
    }

    fn x(&self, k: f64) -> f32 {
        self.zero_x + k as f32 * self.per_k
    }

    fn row(&self, i: usize) -> Rect {
        Rect::from_min_size(
            pos2(
                self.rows.left(),
                self.rows.top() + i as f32 * self.row_height,
            ),
            vec2(self.rows.width(), self.row_height),
        )
    }

    /// The row's label, right-aligned before the bars, cut to fit its column.
    fn label(&self, ui: &Ui, i: usize, text: &str, sizes: &SlideType) {
        let row = self.row(i);
        let colour = ui.visuals().text_color();
        let width = self.label_right - row.left();
        let font = FontId::proportional(sizes.body);
        let mut job = egui::text::LayoutJob::simple_singleline(text.to_string(), font, colour);
        job.wrap = egui::text::TextWrapping::truncate_at_width(width);
        let galley = ui.painter().layout_job(job);
        let at = pos2(
            self.label_right - galley.size().x,
            row.center().y - galley.size().y / 2.0,
        );
        ui.painter().galley(at, galley, colour);
    }
}

/// Bars from zero, one per row, each with its amount in £m at its end.
pub fn bars(ui: &mut Ui, rows: &[BarRow], sizes: &SlideType) {
    let low = rows.iter().map(|r| r.value_k).fold(0.0, f64::min);
    let high = rows.iter().map(|r| r.value_k).fold(0.0, f64::max);
    let layout = Layout::new(ui, rows.len(), low, high, sizes);
    let text = ui.visuals().text_color();
    for (i, r) in rows.iter().enumerate() {
        layout.label(ui, i, &r.label, sizes);
        let row = layout.row(i);
        let thick = layout.row_height * 0.55;
        let (a, b) = (layout.x(0.0), layout.x(r.value_k));
        let bar = Rect::from_x_y_ranges(
            a.min(b)..=a.max(b),
            (row.center().y - thick / 2.0)..=(row.center().y + thick / 2.0),
        );
        ui.painter().rect_filled(bar, 3.0, r.colour);
        let (anchor, x) = if r.value_k < 0.0 {
            (Align2::RIGHT_CENTER, bar.left() - sizes.body * 0.3)
        } else {
            (Align2::LEFT_CENTER, bar.right() + sizes.body * 0.3)
        };
        ui.painter().text(
            pos2(x, row.center().y),
            anchor,
            money_m(r.value_k),
            FontId::proportional(sizes.body),
            text,
        );
    }
}

/// A band from low to high with a mark at the middle, one per row: where outcomes fall
/// eight times out of ten.
pub fn ranges(ui: &mut Ui, rows: &[RangeRow], colour: Color32, sizes: &SlideType) {
    let low = rows.iter().map(|r| r.low_k).fold(0.0, f64::min);
    let high = rows.iter().map(|r| r.high_k).fold(0.0, f64::max);
    let layout = Layout::new(ui, rows.len(), low, high, sizes);
    let text = ui.visuals().text_color();
    let small = FontId::proportional(sizes.small);
    for (i, r) in rows.iter().enumerate() {
        layout.label(ui, i, &r.label, sizes);
        let row = layout.row(i);
        let thick = layout.row_height * 0.45;
        let band = Rect::from_x_y_ranges(
            layout.x(r.low_k)..=layout.x(r.high_k),
            (row.center().y - thick / 2.0)..=(row.center().y + thick / 2.0),
        );
        ui.painter()
            .rect_filled(band, 3.0, colour.gamma_multiply(0.55));
        let mid = layout.x(r.middle_k);
        ui.painter().line_segment(
            [pos2(mid, band.top() - 4.0), pos2(mid, band.bottom() + 4.0)],
            egui::Stroke::new(sizes.small * 0.2, text),
        );
        ui.painter().text(
            pos2(band.left() - sizes.small * 0.3, row.center().y),
            Align2::RIGHT_CENTER,
            money_m(r.low_k),
            small.clone(),
            text,
        );
        ui.painter().text(
            pos2(band.right() + sizes.small * 0.3, row.center().y),
            Align2::LEFT_CENTER,
            money_m(r.high_k),
            small.clone(),
            text,
        );
    }
    // Zero, where the gap is closed.
    let x = layout.x(0.0);
    let top = layout.row(0).top();
    let bottom = layout.row(rows.len().saturating_sub(1)).bottom();
    ui.painter().line_segment(
        [pos2(x, top), pos2(x, bottom)],
        egui::Stroke::new(1.5, ui.visuals().weak_text_color()),
    );
}
