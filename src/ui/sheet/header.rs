//! A sheet's header: the column titles with their explanations on hover, and the
//! column edges, which can be dragged.

use egui::{Align2, Id, Rect, Sense, Ui, pos2, vec2};

use super::{Geometry, PAD, ROW_HEIGHT, Sheet, cell, text_pos};

impl Sheet<'_> {
    /// Paints the header (after the body, so it follows this frame's scrolling) and
    /// lets its column edges be dragged.
    pub(super) fn header(&self, ui: &mut Ui, id: Id, geometry: &Geometry, widths: &mut [f32]) {
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
            let galley = cell::truncated(
                ui,
                column.title.clone(),
                font.clone(),
                text_colour,
                rect.width() - 2.0 * PAD,
            );
            painter.with_clip_rect(visible).galley(
                text_pos(rect, &galley, Align2::LEFT_CENTER),
                galley,
                text_colour,
            );
            if !column.hint.is_empty() {
                ui.interact(visible, id.with(("header", col)), Sense::hover())
                    .on_hover_text(column.hint);
            }
            let region = if col < geometry.frozen {
                geometry.clip
            } else {
                geometry.scrolled_clip()
            };
            let edge =
                Rect::from_center_size(pos2(rect.max.x, rect.center().y), vec2(8.0, ROW_HEIGHT))
                    .intersect(region);
            if !edge.is_positive() {
                continue;
            }
            let handle = ui
                .interact(edge, id.with(("resize", col)), Sense::drag())
                .on_hover_cursor(egui::CursorIcon::ResizeColumn);
            if handle.dragged() {
                widths[col] = (widths[col] + handle.drag_delta().x).max(column.min_width());
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
