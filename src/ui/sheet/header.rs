//! A sheet's header: the column titles with their explanations on hover, and the
//! column edges, which can be dragged.

use egui::{Align2, Id, Rect, Sense, Ui, pos2, vec2};

use super::{Geometry, PAD, ROW_HEIGHT, Sheet, State, cell, text_pos};
use crate::ui::theme::table;

impl Sheet<'_> {
    /// Paints the header (after the body, so it follows this frame's scrolling) and
    /// lets its column edges be dragged.
    pub(super) fn header(&self, ui: &mut Ui, id: Id, geometry: &Geometry, state: &mut State) {
        let visuals = ui.visuals();
        let line = visuals.widgets.noninteractive.bg_stroke;
        let text_colour = visuals.strong_text_color();
        let painter = ui.painter_at(geometry.clip);
        painter.hline(geometry.clip.x_range(), geometry.clip.max.y, line);
        let font = egui::TextStyle::Body.resolve(ui.style());
        for col in geometry.columns_in_view().collect::<Vec<_>>() {
            let (rect, Some(visible)) = geometry.place(col, geometry.clip.min.y, ROW_HEIGHT) else {
                continue;
            };
            let column = &self.columns[col];
            // Only the part in view holds the title, shortened to fit it, so a title half
            // scrolled away still reads as a cut word with an ellipsis.
            let shown = visible.with_max_y(rect.max.y).with_min_y(rect.min.y);
            let galley = cell::truncated(
                ui,
                column.title.clone(),
                font.clone(),
                text_colour,
                shown.width() - 2.0 * PAD,
            );
            let elided = galley.elided;
            painter.with_clip_rect(visible).galley(
                text_pos(shown, &galley, Align2::LEFT_CENTER),
                galley,
                text_colour,
            );
            let hover = match (elided, column.hint.is_empty()) {
                (false, true) => None,
                (false, false) => Some(column.hint.to_string()),
                (true, true) => Some(column.title.clone()),
                (true, false) => Some(format!("{}\n{}", column.title, column.hint)),
            };
            if let Some(hover) = hover {
                ui.interact(visible, id.with(("header", col)), Sense::hover())
                    .on_hover_text(hover);
            }
            let region = if col < geometry.frozen {
                geometry.clip
            } else {
                geometry.scrolled_clip()
            };
            let edge = Rect::from_center_size(
                pos2(rect.max.x, rect.center().y),
                vec2(table::RESIZE_HANDLE, ROW_HEIGHT),
            )
            .intersect(region);
            if !edge.is_positive() {
                continue;
            }
            let handle = ui
                .interact(edge, id.with(("resize", col)), Sense::drag())
                .on_hover_cursor(egui::CursorIcon::ResizeColumn);
            if handle.dragged() {
                // From the width shown, which may have been fitted to the room.
                state.widths[col] =
                    (rect.width() + handle.drag_delta().x).max(self.min_width(state, col));
                state.dragged[col] = true;
            }
            let stroke = if handle.hovered() || handle.dragged() {
                ui.visuals().widgets.hovered.fg_stroke
            } else {
                line
            };
            painter.vline(rect.max.x, rect.y_range().shrink(4.0), stroke);
        }
    }
}
