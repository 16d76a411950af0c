//! A sheet: a table for thousands of rows whose cells are painted, not built from
//! widgets, and become an input only while one is being edited.
//!
//! Only the rows and columns in view are drawn, the first columns stay put while the
//! rest scroll sideways (so a row's name is always in sight), and a cell is one hit
//! area and one piece of text. That keeps a frame of a large table cheap whatever its
//! size. Every cell is still a real, named control for keyboards and screen readers:
//! the arrow keys move between cells, Enter or Space acts on one (toggles a check, opens
//! a text or number for typing, opens a choice's menu), Tab moves on and opens the next
//! cell (so a row is filled in by typing and pressing Tab), a number can be dragged
//! sideways like any number field, and assistive technology can click a cell or set its
//! value.
//!
//! What the cells hold and how an edit is applied is the [`Rows`] implementation's
//! business; the sheet only lays out, paints and reports gestures.

mod cell;
mod geometry;
mod header;

use geometry::{Fit, Geometry};

use egui::{Align2, Id, IdSalt, Pos2, Rect, ScrollArea, Stroke, Ui, vec2};
use rustc_hash::FxHashMap;

use crate::format::grouped;
use crate::ui::theme::table;

/// Height of a sheet row, in points.
pub const ROW_HEIGHT: f32 = table::ROW_HEIGHT;

/// Space between a cell's edge and its text.
const PAD: f32 = table::CELL_PAD;

/// What a number not given yet shows.
const BLANK: &str = "–";

/// One column: its title, an optional explanation shown on hover, and its width.
#[derive(Debug, Clone)]
pub struct Column {
    /// Title in the header.
    pub title: String,
    /// Explanation shown when the header is hovered; empty for none.
    pub hint: &'static str,
    /// Starting width in points; the user can drag it wider or narrower.
    pub width: f32,
}

impl Column {
    /// A column `width` points wide.
    pub fn new(title: impl Into<String>, width: f32) -> Self {
        Self {
            title: title.into(),
            hint: "",
            width,
        }
    }

    /// Adds an explanation shown when the header is hovered.
    pub fn hint(mut self, hint: &'static str) -> Self {
        self.hint = hint;
        self
    }

    /// The narrowest the column can be dragged.
    fn min_width(&self) -> f32 {
        (self.width * 0.5).max(table::MIN_COLUMN)
    }

    /// The narrowest a text column is shortened to when the sheet is short of room.
    fn min_fitted_width(&self) -> f32 {
        self.width.min(table::MIN_TEXT_COLUMN.max(self.width * 0.5))
    }
}

/// How a number is shown and dragged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// An amount in £000, shown whole with thousands separators.
    Money,
    /// A chance between 0 and 1, shown as a whole percentage.
    Chance,
    /// A score from 0 to 100, in steps of a half.
    Score,
}

impl Format {
    /// The number as the cell shows it.
    pub fn text(self, value: f64) -> String {
        match self {
            Self::Money => grouped(value, 0),
            Self::Chance => format!("{:.0}%", value * 100.0),
            Self::Score if value.fract() == 0.0 => format!("{value:.0}"),
            Self::Score => format!("{value:.1}"),
        }
    }

    /// Change per point dragged, from the value when the drag started (the same feel
    /// as the number fields elsewhere in the window).
    fn speed(self, start: f64) -> f64 {
        match self {
            Self::Money => (start.abs() / 200.0).clamp(1.0, 500.0),
            Self::Chance => 0.005,
            Self::Score => 0.5,
        }
    }

    /// Rounds a dragged value to what the cell shows, within the value's range.
    fn snap(self, value: f64) -> f64 {
        match self {
            Self::Money => value.round(),
            Self::Chance => ((value * 100.0).round() / 100.0).clamp(0.0, 1.0),
            Self::Score => ((value * 2.0).round() / 2.0).clamp(0.0, 100.0),
        }
    }
}

/// The text of the numbers shown lately, so the numbers in view are not formatted again
/// every frame.
#[derive(Debug, Clone, Default)]
struct NumberTexts(FxHashMap<(u64, Format), String>);

impl NumberTexts {
    /// The most kept; past that they are forgotten, and formatted again as they are shown.
    const MOST: usize = 4096;

    /// `value` as a cell in `format` shows it.
    fn text(&mut self, value: f64, format: Format) -> String {
        if self.0.len() >= Self::MOST {
            self.0.clear();
        }
        self.0
            .entry((value.to_bits(), format))
            .or_insert_with(|| format.text(value))
            .clone()
    }
}

/// What a cell shows.
#[derive(Debug, Clone, Copy)]
pub enum Cell<'a> {
    /// Nothing, and nothing to do.
    Empty,
    /// A yes/no switch, toggled by a click, Enter or Space.
    Check(bool),
    /// Text, typed into when the cell is opened.
    Text(&'a str),
    /// A number, dragged sideways or typed into when the cell is opened.
    Number {
        /// The value.
        value: f64,
        /// How it is shown and dragged.
        format: Format,
        /// Whether the value comes from elsewhere (a default) rather than being set
        /// here; shown fainter.
        inherited: bool,
    },
    /// A number not given yet, shown as a faint dash; dragging starts from zero, and
    /// typing or dragging gives it.
    Blank(Format),
    /// One of a list of choices (see [`Rows::choices`]), picked from a menu.
    Choice(&'a str),
}

/// An edit the sheet asks the rows to make.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Flip a [`Cell::Check`].
    Toggle,
    /// Set a [`Cell::Number`] (from a drag or from assistive technology).
    Number(f64),
    /// Set a [`Cell::Text`] (from assistive technology).
    Text(String),
    /// Pick the choice at this index of [`Rows::choices`].
    Choice(usize),
}

/// The rows of a sheet: what each cell shows, and how edits are applied.
pub trait Rows {
    /// Number of rows.
    fn len(&self) -> usize;

    /// Whether there are no rows.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A stable key of the row (its item's id), so the cell being edited stays the same
    /// cell when rows move.
    fn key(&self, row: usize) -> &str;

    /// What a cell shows.
    fn cell(&self, row: usize, col: usize) -> Cell<'_>;

    /// What a cell is called, for screen readers and its hover text, such as
    /// "Savings 2017/18 CHC Optimisation".
    fn name(&self, row: usize, col: usize) -> String;

    /// The notes behind a cell's figure, if any, shown when it is hovered (in review
    /// mode too).
    fn notes(&self, _row: usize, _col: usize) -> Option<&str> {
        None
    }

    /// How the cell differs from the base plan, when the sheet shows an option and
    /// the option changes it ("Off in Downside; on in the base plan"). Marked in the
    /// cell and told on hover.
    fn differs(&self, _row: usize, _col: usize) -> Option<String> {
        None
    }

    /// The open comments on a row's item, as told on hover, if it has any; marked in the
    /// sheet's marked column (in review mode too).
    fn comments(&self, _row: usize) -> Option<String> {
        None
    }

    /// What is wrong with a row, if anything; marked in the sheet's marked column.
    fn problems(&self, _row: usize) -> Option<String> {
        None
    }

    /// What is wrong with the value in one cell, if anything; the cell is outlined.
    fn cell_problem(&self, _row: usize, _col: usize) -> Option<String> {
        None
    }

    /// Whether the row is the selected one.
    fn is_selected(&self, _row: usize) -> bool {
        false
    }

    /// A cell of the row was opened for typing or picking.
    fn select(&mut self, _row: usize) {}

    /// The choices of a [`Cell::Choice`].
    fn choices(&self, _row: usize, _col: usize) -> Vec<String> {
        Vec::new()
    }

    /// Applies an edit.
    fn set(&mut self, row: usize, col: usize, edit: Edit);

    /// The input of a text or number cell that is open for typing, filling `ui`.
    fn input(&mut self, ui: &mut Ui, row: usize, col: usize) -> egui::Response;

    /// Whether rows have a context menu ([`Rows::menu`]).
    fn has_menu(&self) -> bool {
        false
    }

    /// The context menu of a cell.
    fn menu(&mut self, _ui: &mut Ui, _row: usize, _col: usize) {}
}

/// A sheet of columns over some [`Rows`].
pub struct Sheet<'c> {
    id_salt: IdSalt,
    columns: &'c [Column],
    frozen: usize,
    marked: Option<usize>,
    scroll_to: Option<usize>,
    editable: bool,
}

/// What a sheet keeps between frames.
#[derive(Debug, Clone, Default)]
struct State {
    /// Column widths as given, or as the user dragged them.
    widths: Vec<f32>,
    /// Whether the user dragged each column's edge: such a column keeps its width and
    /// is never shortened to make room.
    dragged: Vec<bool>,
    /// How each column takes its width, from the cells seen in it.
    fits: Vec<Fit>,
    /// The width each column of numbers needs for the widest number seen in it and its
    /// title, padding included; columns only grow, so they stay put while scrolling.
    needed: Vec<f32>,
    /// The columns those widths are for (a hash of their titles), so a sheet whose
    /// columns change (another plan, another horizon) starts from the given widths.
    columns: u64,
    /// A hash of what `needed` and `fits` were last learnt from (the cells in view, the
    /// font, the pixels per point), so they are measured again only when that changes.
    measured: Option<u64>,
    /// The text of the numbers shown lately.
    texts: NumberTexts,
    /// The cell open for typing.
    editing: Option<Editing>,
    /// The value of the number being dragged when the drag began.
    drag_start: f64,
    /// Whether Tab was pressed last frame (Shift+Tab moves the focus a frame late).
    tab_last_frame: bool,
}

#[derive(Debug, Clone, Copy)]
struct Editing {
    cell: Id,
    /// The cell's row when it was opened.
    row: usize,
    /// How far opening has got.
    step: Step,
    /// Whether the cell was out of view for a frame since it was opened (opening can
    /// make room for details below the sheet; the cell is scrolled back into view).
    missed: bool,
}

/// Opening a cell for typing takes a frame or two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// The input is shown; it gets the keyboard focus.
    Focus,
    /// It has the focus; its text is selected, so typing replaces it.
    Select,
    /// Open until it loses the focus.
    Open,
}

/// A hash of the column titles.
fn signature(columns: &[Column]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for c in columns {
        c.title.hash(&mut hasher);
    }
    hasher.finish()
}

impl<'c> Sheet<'c> {
    /// A sheet with these columns.
    pub fn new(id_salt: impl egui::AsIdSalt, columns: &'c [Column]) -> Self {
        Self {
            id_salt: IdSalt::new(id_salt),
            columns,
            frozen: 0,
            marked: None,
            scroll_to: None,
            editable: true,
        }
    }

    /// Whether the cells take edits (the default); a read-only sheet still scrolls,
    /// and a click selects a row.
    pub fn editable(mut self, editable: bool) -> Self {
        self.editable = editable;
        self
    }

    /// Keeps the first `n` columns in place while the others scroll sideways.
    pub fn frozen(mut self, n: usize) -> Self {
        self.frozen = n;
        self
    }

    /// Marks rows with problems ([`Rows::problems`]) in column `col`.
    pub fn marked(mut self, col: usize) -> Self {
        self.marked = Some(col);
        self
    }

    /// Scrolls row `row` into view this frame, when given.
    pub fn scroll_to(mut self, row: Option<usize>) -> Self {
        self.scroll_to = row;
        self
    }

    /// Shows the sheet in the space left in `ui`.
    pub fn show(self, ui: &mut Ui, rows: &mut impl Rows) {
        let id = ui.make_persistent_id(self.id_salt);
        // Taken out and put back at the end, rather than copied.
        let mut state: State = ui.data_mut(|d| d.remove_temp(id)).unwrap_or_default();
        let columns = signature(self.columns);
        if state.widths.len() != self.columns.len() || state.columns != columns {
            state.widths = self.columns.iter().map(|c| c.width).collect();
            state.dragged = vec![false; self.columns.len()];
            state.fits = vec![Fit::Given; self.columns.len()];
            state.needed = vec![0.0; self.columns.len()];
            state.columns = columns;
            state.measured = None;
        }
        let (_, header) = ui.allocate_space(vec2(ui.available_width(), ROW_HEIGHT));
        let mut seen_editing = false;
        let mut area = ScrollArea::both()
            .id_salt(id.with("body"))
            .auto_shrink(false);
        // A cell just opened is scrolled into view at once, this frame (opening one can
        // make room for details below the sheet, which shortens it).
        if let Some(editing) = state.editing.filter(|e| e.step == Step::Focus)
            && let Some(offset) = offset_showing(ui, id.with("body"), editing.row)
        {
            area = area.vertical_scroll_offset(offset);
        }
        let output = area.show_viewport(ui, |ui, viewport| {
            let first = (viewport.min.y / ROW_HEIGHT).floor().max(0.0) as usize;
            let end = ((viewport.max.y / ROW_HEIGHT).ceil().max(0.0) as usize).min(rows.len());
            // Widths from the rows in view: numbers wide enough for the widest, and text
            // shortened when that is what it takes to bring the numbers into view.
            self.measure(ui, &*rows, first..end, &mut state);
            let widths = self.widths(&state, viewport.width());
            let total = vec2(widths.iter().sum(), rows.len() as f32 * ROW_HEIGHT);
            ui.set_min_size(total);
            let origin = ui.max_rect().min;
            if let Some(row) = self.scroll_to {
                reveal(ui, viewport, origin.y, row);
            }
            let geometry = Geometry::new(&widths, self.frozen, origin.x, ui.clip_rect());
            let columns: Vec<usize> = geometry.columns_in_view().collect();
            for row in first..end {
                let top = origin.y + row as f32 * ROW_HEIGHT;
                paint_row_background(ui, &geometry, row, top, rows.is_selected(row));
                for &col in &columns {
                    let (rect, Some(visible)) = geometry.place(col, top, ROW_HEIGHT) else {
                        continue;
                    };
                    let cell_id = id.with(("cell", rows.key(row), col));
                    let place = cell::Place {
                        id: cell_id,
                        rect,
                        visible,
                        reveal: geometry.reveal(col, rect),
                        row,
                        col,
                        marked: self.marked == Some(col),
                        editable: self.editable,
                    };
                    cell::show(ui, rows, &place, &mut state);
                    seen_editing |= state.editing.is_some_and(|e| e.cell == cell_id);
                }
            }
            if self.frozen > 0 && geometry.frozen_width() < geometry.clip.width() {
                let x = geometry.clip.min.x + geometry.frozen_width();
                let bottom = (origin.y + total.y).min(geometry.clip.max.y);
                ui.painter().vline(
                    x,
                    geometry.clip.min.y..=bottom,
                    ui.visuals().widgets.noninteractive.bg_stroke,
                );
            }
            (origin.x, widths)
        });
        if !seen_editing {
            // Give a cell just opened one frame to be scrolled back into view.
            state.editing = state
                .editing
                .filter(|e| e.step == Step::Focus && !e.missed)
                .map(|e| Editing { missed: true, ..e });
        }
        state.tab_last_frame = ui.input(|i| i.key_pressed(egui::Key::Tab));
        // The header follows the body as it was laid out this frame.
        let clip = Rect::from_x_y_ranges(output.inner_rect.x_range(), header.y_range());
        let (origin_x, widths) = output.inner;
        let geometry = Geometry::new(&widths, self.frozen, origin_x, clip);
        self.header(ui, id, &geometry, &mut state);
        ui.data_mut(|d| d.insert_temp(id, state));
    }
}

/// Scrolls `row` into view when it is out of view (a row just added or copied, which
/// may be past the end of last frame's rows). The scroll area applies it once this
/// frame's content size is known.
fn reveal(ui: &Ui, viewport: Rect, top: f32, row: usize) {
    let y = row as f32 * ROW_HEIGHT;
    if y < viewport.min.y || y + ROW_HEIGHT > viewport.max.y {
        let rect = Rect::from_x_y_ranges(ui.clip_rect().x_range(), top + y..=top + y + ROW_HEIGHT);
        ui.scroll_to_rect_animation(rect, None, egui::style::ScrollAnimation::none());
        // Draw again once scrolled, so the row is there.
        ui.ctx().request_repaint();
    }
}

/// The vertical offset of the body (scroll area `salt`) that shows `row` whole in the
/// height left in `ui`, when it is not shown whole now.
fn offset_showing(ui: &Ui, salt: Id, row: usize) -> Option<f32> {
    let offset = egui::scroll_area::State::load(ui.ctx(), ui.make_persistent_id(salt))
        .map_or(0.0, |s| s.clamped_offset().y);
    let height = ui.available_height();
    let top = row as f32 * ROW_HEIGHT;
    if top < offset {
        Some(top)
    } else if top + ROW_HEIGHT > offset + height {
        Some(top + ROW_HEIGHT - height)
    } else {
        None
    }
}

/// The stripe and selection behind a row.
fn paint_row_background(ui: &Ui, geometry: &Geometry, row: usize, top: f32, selected: bool) {
    let visuals = ui.visuals();
    let fill = if selected {
        visuals.selection.bg_fill.gamma_multiply(0.45)
    } else if row % 2 == 1 {
        visuals.faint_bg_color
    } else {
        return;
    };
    let rect = Rect::from_x_y_ranges(geometry.clip.x_range(), top..=top + ROW_HEIGHT);
    ui.painter().rect_filled(rect, 0.0, fill);
}

/// Where a galley goes to sit in `rect` with `align`, inside the padding.
fn text_pos(rect: Rect, galley: &egui::Galley, align: Align2) -> Pos2 {
    align
        .align_size_within_rect(galley.size(), rect.shrink2(vec2(PAD, 0.0)))
        .min
}

/// A line around a cell that has the keyboard focus.
fn focus_stroke(ui: &Ui) -> Stroke {
    ui.visuals().selection.stroke
}
