//! How a cell looks: hover and focus, the marks of a problem or an option's change, and
//! its content, shortened to the part of the cell in view.

use std::sync::Arc;

use egui::{
    Align2, Color32, FontId, Galley, Painter, Rect, Response, Shape, Stroke, StrokeKind, Ui, pos2,
    vec2,
};

use super::super::{BLANK, Cell, NumberTexts, PAD, Rows, focus_stroke, text_pos};
use super::{Place, Problems};
use crate::ui::theme::Palette;
use crate::ui::widgets::{comment_bubble_size, paint_comment_bubble};

/// Paints the cell: hover and focus, the problem mark, and its content.
/// Returns the cell's whole text when it had to be shortened to fit.
pub(super) fn paint(
    ui: &Ui,
    rows: &impl Rows,
    place: &Place,
    (response, problems): (&Response, &Problems),
    texts: &mut NumberTexts,
) -> Option<String> {
    let visuals = ui.visuals();
    let painter = ui.painter().with_clip_rect(place.visible);
    let rect = place.rect;
    if response.hovered() && ui.is_enabled() {
        painter.rect_filled(rect.shrink(1.0), 2.0, visuals.widgets.hovered.weak_bg_fill);
    }
    if response.has_focus() {
        painter.rect_stroke(rect.shrink(1.0), 2.0, focus_stroke(ui), StrokeKind::Inside);
    }
    if problems.cell.is_some() {
        let stroke = Stroke::new(1.5, Palette::of(ui.ctx()).bad);
        painter.rect_stroke(rect.shrink(2.0), 2.0, stroke, StrokeKind::Inside);
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut inner = rect;
    if problems.row.is_some() {
        let colour = Palette::of(ui.ctx()).bad;
        let mark = painter.layout_no_wrap("(!)".to_string(), font.clone(), colour);
        let pos = text_pos(inner, &mark, Align2::LEFT_CENTER);
        inner.min.x += mark.size().x + 4.0;
        painter.galley(pos, mark, colour);
    }
    if place.marked && rows.comments(place.row).is_some() {
        let size = comment_bubble_size(&font);
        let at = Align2::RIGHT_CENTER.align_size_within_rect(size, inner.shrink2(vec2(2.0, 0.0)));
        inner.max.x = (at.min.x - 4.0).max(inner.min.x);
        paint_comment_bubble(&painter, at, Palette::of(ui.ctx()).accent);
    }
    if rows.differs(place.row, place.col).is_some() {
        paint_differs(&painter, rect, Palette::of(ui.ctx()).accent);
    }
    // Only the part in view holds the content, shortened to fit it, so nothing is cut
    // at the edge of the view: text ends with an ellipsis, a number shows whole or not
    // at all.
    inner.min.x = inner.min.x.max(place.visible.min.x);
    inner.max.x = inner.max.x.min(place.visible.max.x).max(inner.min.x);
    paint_content(
        ui,
        &painter,
        rows.cell(place.row, place.col),
        (place, inner),
        (response, texts),
    )
}

/// Paints what a cell holds in `inner`, the part of it in view right of any mark, and
/// returns its whole text when it had to be shortened.
fn paint_content(
    ui: &Ui,
    painter: &Painter,
    cell: Cell<'_>,
    (place, inner): (&Place, Rect),
    (response, texts): (&Response, &mut NumberTexts),
) -> Option<String> {
    let visuals = ui.visuals();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = inner.width() - 2.0 * PAD;
    match cell {
        Cell::Empty => None,
        Cell::Check(on) => {
            paint_check(ui, painter, place.rect, on, response);
            None
        }
        Cell::Text(text) => {
            let colour = visuals.text_color();
            let galley = truncated(ui, text.to_string(), font, colour, width);
            let elided = galley.elided.then(|| text.to_string());
            painter.galley(
                text_pos(inner, &galley, Align2::LEFT_CENTER),
                galley,
                colour,
            );
            elided
        }
        Cell::Number {
            value,
            format,
            inherited,
        } => {
            let colour = if inherited {
                visuals.weak_text_color()
            } else {
                visuals.text_color()
            };
            paint_number(ui, painter, texts.text(value, format), colour, inner)
        }
        Cell::Blank(_) => {
            let colour = visuals.weak_text_color();
            // A dash has nothing more to tell on hover.
            paint_number(ui, painter, BLANK.to_string(), colour, inner);
            None
        }
        Cell::Choice(text) => {
            let colour = visuals.text_color();
            let arrow = CHOICE_ARROW;
            let galley = truncated(ui, text.to_string(), font, colour, width - arrow);
            let elided = galley.elided.then(|| text.to_string());
            painter.galley(
                text_pos(inner, &galley, Align2::LEFT_CENTER),
                galley,
                colour,
            );
            if width >= arrow {
                let c = pos2(inner.max.x - PAD - arrow / 2.0, inner.center().y);
                painter.add(Shape::convex_polygon(
                    vec![
                        pos2(c.x - 4.0, c.y - 2.0),
                        pos2(c.x + 4.0, c.y - 2.0),
                        pos2(c.x, c.y + 3.0),
                    ],
                    visuals.weak_text_color(),
                    Stroke::NONE,
                ));
            }
            elided
        }
    }
}

/// Room for the arrow of a choice, in points.
const CHOICE_ARROW: f32 = 10.0;

/// A number right-aligned in `inner`, whole, or an ellipsis where it does not fit (in a
/// column partly scrolled out of view); returns the number when it did not fit.
fn paint_number(
    ui: &Ui,
    painter: &Painter,
    text: String,
    colour: Color32,
    inner: Rect,
) -> Option<String> {
    let font = egui::TextStyle::Body.resolve(ui.style());
    // Columns of numbers are fitted to their widest: allow for rounding.
    let room = inner.width() - 2.0 * PAD + 0.5;
    let galley = painter.layout_no_wrap(text, font.clone(), colour);
    if galley.size().x <= room {
        painter.galley(
            text_pos(inner, &galley, Align2::RIGHT_CENTER),
            galley,
            colour,
        );
        return None;
    }
    let weak = ui.visuals().weak_text_color();
    let dots = painter.layout_no_wrap("…".to_string(), font, weak);
    if dots.size().x <= room {
        painter.galley(text_pos(inner, &dots, Align2::RIGHT_CENTER), dots, weak);
    }
    Some(galley.text().to_string())
}

/// Marks a cell the option in view changes from the base plan: a triangle in its top
/// right corner, as spreadsheets mark a cell with a comment.
fn paint_differs(painter: &egui::Painter, rect: egui::Rect, colour: egui::Color32) {
    let size = DIFFERS_MARK;
    let corner = rect.right_top() + egui::vec2(-1.0, 1.0);
    painter.add(egui::Shape::convex_polygon(
        vec![
            corner,
            corner + egui::vec2(0.0, size),
            corner + egui::vec2(-size, 0.0),
        ],
        colour,
        Stroke::NONE,
    ));
}

/// The side of the mark on a cell an option changes, in points.
const DIFFERS_MARK: f32 = 9.0;

/// A check box, drawn as egui draws its own.
fn paint_check(ui: &Ui, painter: &egui::Painter, rect: egui::Rect, on: bool, response: &Response) {
    let widget = ui.style().interact(response);
    let size = ui.spacing().icon_width;
    let frame = egui::Rect::from_center_size(rect.center(), vec2(size, size));
    painter.rect(
        frame,
        widget.corner_radius,
        widget.bg_fill,
        widget.bg_stroke,
        StrokeKind::Inside,
    );
    if on {
        let tick = frame.shrink(size * 0.2);
        painter.add(Shape::line(
            vec![
                pos2(tick.left(), tick.center().y),
                pos2(tick.center().x, tick.bottom()),
                pos2(tick.right(), tick.top()),
            ],
            widget.fg_stroke,
        ));
    }
}

/// `text` laid out on one line, cut with an ellipsis where it is wider than `width`.
pub(in crate::ui::sheet) fn truncated(
    ui: &Ui,
    text: String,
    font: FontId,
    colour: Color32,
    width: f32,
) -> Arc<Galley> {
    let mut job = egui::text::LayoutJob::simple_singleline(text, font, colour);
    job.wrap = egui::text::TextWrapping::truncate_at_width(width.max(1.0));
    ui.painter().layout_job(job)
}
