//! Where a sheet's columns are on screen in a frame: the frozen ones at the left of
//! the view, the others scrolled, and which of them are in view.

use egui::{Rect, pos2, vec2};

/// Where the columns are this frame.
pub(super) struct Geometry {
    /// Left edge of each column, from the first column's left edge.
    pub(super) left: Vec<f32>,
    pub(super) widths: Vec<f32>,
    pub(super) frozen: usize,
    /// Left edge, on screen, of the scrolled part.
    pub(super) origin_x: f32,
    /// The visible body (or header) on screen.
    pub(super) clip: Rect,
}

impl Geometry {
    pub(super) fn new(widths: &[f32], frozen: usize, origin_x: f32, clip: Rect) -> Self {
        let mut left = Vec::with_capacity(widths.len());
        let mut x = 0.0;
        for w in widths {
            left.push(x);
            x += w;
        }
        Self {
            left,
            widths: widths.to_vec(),
            frozen: frozen.min(widths.len()),
            origin_x,
            clip,
        }
    }

    pub(super) fn frozen_width(&self) -> f32 {
        self.widths[..self.frozen].iter().sum()
    }

    /// The part of the clip the scrolled columns may use: right of the frozen ones.
    pub(super) fn scrolled_clip(&self) -> Rect {
        let mut r = self.clip;
        r.min.x = (self.clip.min.x + self.frozen_width()).min(r.max.x);
        r
    }

    /// Column `col` between `top` and `top + height`: its whole rectangle and the part
    /// of it in view (none when it is out of view).
    pub(super) fn place(&self, col: usize, top: f32, height: f32) -> (Rect, Option<Rect>) {
        let (x, clip) = if col < self.frozen {
            (self.clip.min.x + self.left[col], self.clip)
        } else {
            (self.origin_x + self.left[col], self.scrolled_clip())
        };
        let rect = Rect::from_min_size(pos2(x, top), vec2(self.widths[col], height));
        let visible = rect.intersect(clip);
        (rect, visible.is_positive().then_some(visible))
    }

    /// What to scroll into view to show cell `rect` of column `col` whole: for a
    /// scrolled column, the frozen columns' width to its left as well, so it does not
    /// end up behind them.
    pub(super) fn reveal(&self, col: usize, rect: Rect) -> Rect {
        if col < self.frozen {
            Rect::from_x_y_ranges(self.clip.x_range(), rect.y_range())
        } else {
            rect.with_min_x(rect.min.x - self.frozen_width())
        }
    }

    /// The columns at least partly in view.
    pub(super) fn columns_in_view(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.widths.len()).filter(|&c| self.place(c, self.clip.min.y, 1.0).1.is_some())
    }
}
