//! How wide a sheet's columns are, and where they are on screen in a frame: the frozen
//! ones at the left of the view, the others scrolled, and which of them are in view.
//!
//! A column of numbers is as wide as the widest number seen in it (and its title), so a
//! number is never cut; a column of text gives way when the sheet is short of room, down
//! to a floor, so the numbers come into view and names end with an ellipsis instead.

use std::hash::{Hash, Hasher};
use std::ops::Range;

use egui::{FontId, Rect, TextStyle, Ui, pos2, vec2};
use rustc_hash::FxHasher;

use super::{BLANK, Cell, Format, PAD, Rows, Sheet, State};

/// How a column takes its width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum Fit {
    /// As given: check boxes, and columns with nothing in view yet.
    #[default]
    Given,
    /// Text or choices: shortened, with an ellipsis, when the sheet is short of room.
    Text,
    /// Numbers: as wide as the widest one shown, never narrower.
    Numbers,
    /// Money: numbers, which the sheet shortens its text to bring into view.
    Money,
}

impl Fit {
    fn numbers(self) -> bool {
        matches!(self, Self::Numbers | Self::Money)
    }
}

/// One column's part in fitting the sheet to its width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Fitting {
    /// Its width before fitting.
    pub(super) width: f32,
    /// How far it may be shortened; the width when it may not be.
    pub(super) floor: f32,
    /// Whether it is to be brought into view (a column of money).
    pub(super) wanted: bool,
    /// Whether it is frozen (a row's name): shortened only once the others are as short
    /// as they go.
    pub(super) frozen: bool,
}

/// The widths that fit `columns` into `available` points as far as they can: the
/// columns up to the last one wanted in view are brought into view by shortening the
/// ones that may be shortened (the scrolled ones first, then the frozen ones), each in
/// proportion to its room to give, none below its floor. Columns after the last one
/// wanted (or all, when none is) scroll.
pub(super) fn fit(columns: &[Fitting], available: f32) -> Vec<f32> {
    let mut widths: Vec<f32> = columns.iter().map(|c| c.width).collect();
    let span = columns
        .iter()
        .rposition(|c| c.wanted)
        .map_or(columns.len(), |last| last + 1);
    let mut over = widths[..span].iter().sum::<f32>() - available;
    for frozen in [false, true] {
        let room: f32 = columns[..span]
            .iter()
            .filter(|c| c.frozen == frozen)
            .map(|c| (c.width - c.floor).max(0.0))
            .sum();
        if over <= 0.0 || room <= 0.0 {
            continue;
        }
        let share = (over / room).min(1.0);
        for (w, c) in widths[..span].iter_mut().zip(columns) {
            if c.frozen == frozen {
                *w -= (c.width - c.floor).max(0.0) * share;
            }
        }
        over -= room * share;
    }
    widths
}

/// What a cell in view tells about its column's width.
#[derive(Debug, Clone, Copy)]
enum Seen {
    /// Text or a choice: the column is one of text.
    Text,
    /// A number, as shown in this format.
    Number(f64, Format),
    /// A number not given yet, shown as [`BLANK`].
    Blank(Format),
}

impl Hash for Seen {
    fn hash<H: Hasher>(&self, state: &mut H) {
        match *self {
            Self::Text => state.write_u8(0),
            Self::Number(value, format) => {
                state.write_u8(1);
                state.write_u64(value.to_bits());
                format.hash(state);
            }
            Self::Blank(format) => {
                state.write_u8(2);
                format.hash(state);
            }
        }
    }
}

/// Calls `seen` with what each cell of column `col` in `in_view` tells about the column's
/// width, down to the first that settles it (a check box or text). Empty cells tell
/// nothing.
fn each_seen(rows: &impl Rows, col: usize, in_view: Range<usize>, mut seen: impl FnMut(Seen)) {
    for row in in_view {
        match rows.cell(row, col) {
            Cell::Empty => {}
            Cell::Check(_) => break,
            Cell::Text(_) | Cell::Choice(_) => {
                seen(Seen::Text);
                break;
            }
            Cell::Number { value, format, .. } => seen(Seen::Number(value, format)),
            Cell::Blank(format) => seen(Seen::Blank(format)),
        }
    }
}

impl Sheet<'_> {
    /// Learns from the rows in view what each column holds and how wide its widest
    /// number is. Measuring is skipped when nothing it depends on has changed since it
    /// was last done (what the cells in view tell, the columns, the font and the pixels
    /// per point): measuring the same again leaves the state as it is.
    pub(super) fn measure(
        &self,
        ui: &Ui,
        rows: &impl Rows,
        in_view: Range<usize>,
        state: &mut State,
    ) {
        let font = TextStyle::Body.resolve(ui.style());
        let inputs = self.inputs(rows, in_view.clone(), &font, ui.ctx().pixels_per_point());
        if state.measured == Some(inputs) {
            return;
        }
        // A point to spare, so text laid out again to the width is never elided.
        let width = |text: String| {
            ui.painter()
                .layout_no_wrap(text, font.clone(), egui::Color32::PLACEHOLDER)
                .size()
                .x
                .ceil()
                + 2.0 * PAD
                + 1.0
        };
        for (col, column) in self.columns.iter().enumerate() {
            each_seen(rows, col, in_view.clone(), |seen| {
                let (text, format) = match seen {
                    Seen::Text => {
                        state.fits[col] = Fit::Text;
                        return;
                    }
                    Seen::Number(value, format) => (state.texts.text(value, format), format),
                    Seen::Blank(format) => (BLANK.to_string(), format),
                };
                if !state.fits[col].numbers() {
                    state.fits[col] = if format == Format::Money {
                        Fit::Money
                    } else {
                        Fit::Numbers
                    };
                }
                state.needed[col] = state.needed[col].max(width(text));
            });
            // The title as well: the type may have changed since it was last measured
            // (the window's type scale is set in its first frame).
            if state.fits[col].numbers() {
                state.needed[col] = state.needed[col].max(width(column.title.clone()));
            }
        }
        state.measured = Some(inputs);
    }

    /// A hash of everything [`Sheet::measure`] learns from: what the cells in view tell,
    /// column by column, the column titles, the font and the pixels per point.
    fn inputs(
        &self,
        rows: &impl Rows,
        in_view: Range<usize>,
        font: &FontId,
        pixels_per_point: f32,
    ) -> u64 {
        let mut hasher = FxHasher::default();
        font.hash(&mut hasher);
        hasher.write_u32(pixels_per_point.to_bits());
        for (col, column) in self.columns.iter().enumerate() {
            column.title.hash(&mut hasher);
            each_seen(rows, col, in_view.clone(), |seen| seen.hash(&mut hasher));
        }
        hasher.finish()
    }

    /// The widths of the columns this frame, for a body `available` points wide.
    pub(super) fn widths(&self, state: &State, available: f32) -> Vec<f32> {
        let columns: Vec<Fitting> = self
            .columns
            .iter()
            .enumerate()
            .map(|(col, column)| {
                let (width, dragged) = (state.widths[col], state.dragged[col]);
                let fixed = |width| Fitting {
                    width,
                    floor: width,
                    wanted: state.fits[col] == Fit::Money,
                    frozen: col < self.frozen,
                };
                match state.fits[col] {
                    Fit::Numbers | Fit::Money if dragged => fixed(width.max(state.needed[col])),
                    Fit::Numbers | Fit::Money => fixed(state.needed[col]),
                    Fit::Text if !dragged => Fitting {
                        floor: column.min_fitted_width(),
                        ..fixed(width)
                    },
                    Fit::Text | Fit::Given => fixed(width),
                }
            })
            .collect();
        fit(&columns, available)
    }

    /// The narrowest column `col` can be dragged: a column of numbers no narrower than
    /// its widest number.
    pub(super) fn min_width(&self, state: &State, col: usize) -> f32 {
        let floor = self.columns[col].min_width();
        if state.fits[col].numbers() {
            floor.max(state.needed[col])
        } else {
            floor
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::{Fitting, fit};

    fn text(width: f32, floor: f32) -> Fitting {
        Fitting {
            width,
            floor,
            wanted: false,
            frozen: false,
        }
    }

    fn frozen(width: f32, floor: f32) -> Fitting {
        Fitting {
            frozen: true,
            ..text(width, floor)
        }
    }

    fn money(width: f32) -> Fitting {
        Fitting {
            width,
            floor: width,
            wanted: true,
            frozen: false,
        }
    }

    #[test]
    fn a_sheet_with_room_keeps_its_widths() {
        let columns = [text(200.0, 100.0), money(80.0)];
        assert_eq!(fit(&columns, 400.0), vec![200.0, 80.0]);
    }

    #[test]
    fn text_gives_way_in_proportion_so_the_numbers_come_into_view() {
        let columns = [text(200.0, 100.0), text(150.0, 100.0), money(80.0)];
        // 430 wide in 380: 50 to give, from 100 and 50 of room.
        let widths = fit(&columns, 380.0);
        assert!((widths[0] - 166.666_67).abs() < 0.01);
        assert!((widths[1] - 133.333_33).abs() < 0.01);
        assert_eq!(widths[2], 80.0);
        assert!((widths.iter().sum::<f32>() - 380.0).abs() < 0.01);
    }

    #[test]
    fn text_stops_at_its_floor_and_the_rest_scrolls() {
        let columns = [text(200.0, 100.0), money(80.0), money(80.0)];
        assert_eq!(fit(&columns, 200.0), vec![100.0, 80.0, 80.0]);
    }

    #[test]
    fn columns_after_the_last_money_scroll_rather_than_shrink_the_rest() {
        let columns = [text(200.0, 100.0), money(80.0), text(300.0, 100.0)];
        assert_eq!(fit(&columns, 300.0), vec![200.0, 80.0, 300.0]);
    }

    #[test]
    fn frozen_names_give_way_only_after_the_rest() {
        let columns = [frozen(200.0, 100.0), text(150.0, 100.0), money(80.0)];
        // 430 wide in 330: the scrolled text gives its 50 first, then the name 50.
        assert_eq!(fit(&columns, 330.0), vec![150.0, 100.0, 80.0]);
        assert_eq!(fit(&columns, 400.0), vec![200.0, 120.0, 80.0]);
    }

    #[test]
    fn a_sheet_of_text_fits_all_its_columns() {
        let columns = [text(200.0, 100.0), text(200.0, 100.0)];
        assert_eq!(fit(&columns, 300.0), vec![150.0, 150.0]);
    }
}

#[cfg(test)]
mod measuring {
    use egui::{Context, IdSalt, Pos2, RawInput, Rect, Ui, vec2};

    use super::super::{Cell, Column, Edit, Format, Rows, Sheet, State};

    /// A column of money and a column of names.
    struct Amounts {
        values: Vec<f64>,
        names: Vec<&'static str>,
    }

    impl Rows for Amounts {
        fn len(&self) -> usize {
            self.values.len()
        }

        fn key(&self, _row: usize) -> &str {
            "row"
        }

        fn cell(&self, row: usize, col: usize) -> Cell<'_> {
            match col {
                0 => Cell::Text(self.names[row]),
                _ => Cell::Number {
                    value: self.values[row],
                    format: Format::Money,
                    inherited: false,
                },
            }
        }

        fn name(&self, row: usize, col: usize) -> String {
            format!("{row} {col}")
        }

        fn set(&mut self, _row: usize, _col: usize, _edit: Edit) {}

        fn input(&mut self, ui: &mut Ui, _row: usize, _col: usize) -> egui::Response {
            ui.label("")
        }
    }

    /// Draws a frame of the sheet over `rows` and returns what it keeps.
    fn frame(ctx: &Context, rows: &mut Amounts) -> State {
        let columns = [Column::new("Name", 200.0), Column::new("2018/19", 40.0)];
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0))),
            ..Default::default()
        };
        let mut state = None;
        let mut output = ctx.run_ui(input, |ui| {
            Sheet::new("amounts", &columns).frozen(1).show(ui, rows);
            let id = ui.make_persistent_id(IdSalt::new("amounts"));
            state = ui.data(|d| d.get_temp::<State>(id));
        });
        // No window to take the font atlas.
        output.textures_delta.clear();
        state.expect("the sheet keeps its state")
    }

    #[test]
    fn columns_are_measured_again_only_when_what_they_show_changes() {
        let ctx = Context::default();
        let mut rows = Amounts {
            values: vec![1.0, 22.0],
            names: vec!["A", "B"],
        };
        let first = frame(&ctx, &mut rows);
        let again = frame(&ctx, &mut rows);
        assert!(first.measured.is_some());
        assert_eq!(again.measured, first.measured, "nothing changed");
        assert_eq!(again.needed, first.needed);
        // A wider number widens its column the next frame.
        rows.values[1] = 123_456_789.0;
        let wider = frame(&ctx, &mut rows);
        assert_ne!(wider.measured, first.measured);
        assert!(wider.needed[1] > first.needed[1], "{wider:?}");
        // A name that changes does not change what the columns need.
        rows.names[0] = "A longer name";
        let renamed = frame(&ctx, &mut rows);
        assert_eq!(renamed.measured, wider.measured);
        // Nor does a narrower number: columns only grow.
        rows.values[1] = 5.0;
        let narrower = frame(&ctx, &mut rows);
        assert_eq!(narrower.needed, wider.needed);
        // A larger type measures again.
        ctx.all_styles_mut(|s| {
            if let Some(body) = s.text_styles.get_mut(&egui::TextStyle::Body) {
                body.size *= 2.0;
            }
        });
        let larger = frame(&ctx, &mut rows);
        assert_ne!(larger.measured, wider.measured);
        assert!(larger.needed[1] > wider.needed[1], "{larger:?}");
    }
}
