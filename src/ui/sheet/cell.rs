//! One cell of a sheet: painted, named for assistive technology, and acting on clicks,
//! drags, keys and accessibility requests; or, while open for typing, the rows' input.

mod paint;

use egui::accesskit::{Action, ActionData, Role};
use egui::{CursorIcon, Layout, Popup, Response, Sense, Ui, UiBuilder, WidgetInfo, vec2};

use super::{Cell, Edit, Editing, Format, Rows, State, Step};
use crate::ui::widgets::parse_number;
use paint::paint;
pub(super) use paint::truncated;

/// Where a cell is and what it is.
pub(super) struct Place {
    /// The cell's own id (sheet, row key, column).
    pub id: egui::Id,
    /// The whole cell on screen.
    pub rect: egui::Rect,
    /// The part of it in view.
    pub visible: egui::Rect,
    /// What to scroll into view to show it whole.
    pub reveal: egui::Rect,
    pub row: usize,
    pub col: usize,
    /// Whether the row's problems are marked here.
    pub marked: bool,
    /// Whether the cell takes edits; when not (review mode), a click selects its row,
    /// to read the item's details, and nothing else.
    pub editable: bool,
}

impl Place {
    /// Whether the cell takes edits now.
    fn takes_edits(&self, ui: &Ui) -> bool {
        self.editable && ui.is_enabled()
    }
}

/// What a cell is, without its text: what the gestures on it mean.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Empty,
    Check(bool),
    Text,
    /// A number (none when not given yet) and its format.
    Number(Option<f64>, Format),
    Choice,
}

impl Kind {
    fn of(cell: Cell<'_>) -> Self {
        match cell {
            Cell::Empty => Self::Empty,
            Cell::Check(on) => Self::Check(on),
            Cell::Text(_) => Self::Text,
            Cell::Number { value, format, .. } => Self::Number(Some(value), format),
            Cell::Blank(format) => Self::Number(None, format),
            Cell::Choice(_) => Self::Choice,
        }
    }
}

/// A number as assistive technology reads and sets it: as shown (a chance in percent).
fn shown(value: f64, format: Format) -> f64 {
    match format {
        Format::Money => value,
        Format::Chance => value * 100.0,
        Format::Score => value,
    }
}

fn from_shown(value: f64, format: Format) -> f64 {
    match format {
        Format::Money => value,
        Format::Chance => (value / 100.0).clamp(0.0, 1.0),
        Format::Score => value.clamp(0.0, 100.0),
    }
}

/// What is wrong with a cell's value, and, in the marked column, with its row; asked
/// once a frame, for the outline, the mark, the hover text and screen readers.
struct Problems {
    cell: Option<String>,
    row: Option<String>,
}

impl Problems {
    fn of(rows: &impl Rows, place: &Place) -> Self {
        Self {
            cell: rows.cell_problem(place.row, place.col),
            row: if place.marked {
                rows.problems(place.row)
            } else {
                None
            },
        }
    }

    /// What the cell tells: its row's problems in the marked column, else its own.
    fn told(&self, place: &Place) -> Option<&str> {
        if place.marked {
            self.row.as_deref()
        } else {
            self.cell.as_deref()
        }
    }
}

/// Shows one cell.
pub(super) fn show(ui: &mut Ui, rows: &mut impl Rows, place: &Place, state: &mut State) {
    if let Some(editing) = state.editing.filter(|e| e.cell == place.id) {
        input(ui, rows, place, state, editing);
        return;
    }
    let kind = Kind::of(rows.cell(place.row, place.col));
    if kind == Kind::Empty {
        return;
    }
    let sense = match kind {
        Kind::Number(..) => Sense::click_and_drag(),
        _ => Sense::click(),
    };
    let response = ui.interact(place.visible, place.id, sense);
    if response.gained_focus() {
        // Reached with the keyboard: bring it wholly into view.
        ui.scroll_to_rect(place.reveal, None);
    }
    let editable = place.takes_edits(ui);
    if editable {
        act(ui, rows, place, state, &response, kind);
    } else if response.clicked() {
        rows.select(place.row);
    }
    // Painted and described after the edit, so both show the value as it is now.
    let kind = Kind::of(rows.cell(place.row, place.col));
    let problems = Problems::of(&*rows, place);
    let shortened = paint(ui, &*rows, place, (&response, &problems), &mut state.texts);
    describe(ui, &*rows, place, &response, (kind, problems.told(place)));
    if rows.has_menu() && editable {
        let menu = place.id.with("menu");
        if response.secondary_clicked() || Popup::is_id_open(ui.ctx(), menu) {
            Popup::context_menu(&response)
                .id(menu)
                .show(|ui| rows.menu(ui, place.row, place.col));
        }
    }
    if response.contains_pointer() && !response.dragged() {
        let hint = match kind {
            Kind::Number(_, Format::Money) if editable => {
                "\nClick to type, or hold Ctrl and drag sideways"
            }
            Kind::Number(..) if editable => "\nDrag sideways, or click to type",
            Kind::Text if editable => "\nClick to type",
            _ => "",
        };
        let name = rows.name(place.row, place.col);
        // Shortened to fit: the whole of it, unless the name already says it.
        let name = match shortened.filter(|s| !name.contains(s.as_str())) {
            Some(whole) => format!("{name}: {whole}"),
            None => name,
        };
        let mut text = format!("{name}{hint}");
        if let Some(differs) = rows.differs(place.row, place.col) {
            text = format!("{text}\n\n{differs}");
        }
        if let Some(notes) = rows.notes(place.row, place.col).filter(|n| !n.is_empty()) {
            text = format!("{text}\n\nNotes: {notes}");
        }
        if let Some(comments) = rows.comments(place.row).filter(|_| place.marked) {
            text = format!("{text}\n\n{comments}");
        }
        if let Some(problems) = problems.told(place) {
            text = format!("{text}\n\n{problems}");
        }
        // Read in review mode too, where the sheet cannot be edited.
        response
            .on_hover_text(text.clone())
            .on_disabled_hover_text(text);
    }
}

/// Applies what was done to a cell that takes edits.
fn act(
    ui: &Ui,
    rows: &mut impl Rows,
    place: &Place,
    state: &mut State,
    response: &Response,
    kind: Kind,
) {
    let (row, col) = (place.row, place.col);
    match kind {
        Kind::Empty => {}
        Kind::Check(_) => {
            if response.clicked() {
                rows.set(row, col, Edit::Toggle);
            }
        }
        Kind::Text => {
            if response.clicked() || tabbed_into(ui, response, state) {
                open(ui, rows, place, state);
            }
            for text in requested_values(ui, place) {
                if let ActionData::Value(text) = text {
                    rows.set(row, col, Edit::Text(text.to_string()));
                }
            }
        }
        Kind::Number(value, format) => {
            let value = value.unwrap_or(0.0);
            if response.hovered() && ui.is_enabled() {
                ui.ctx().set_cursor_icon(CursorIcon::ResizeHorizontal);
            }
            if response.drag_started() {
                state.drag_start = value;
            }
            // Money moves only while Ctrl is held: a click that slips changes nothing.
            let deliberate = format != Format::Money || crate::ui::widgets::money_drag_held(ui);
            if response.dragged()
                && deliberate
                && let (Some(from), Some(to)) = (
                    ui.input(|i| i.pointer.press_origin()),
                    response.interact_pointer_pos(),
                )
            {
                let moved = f64::from((to.x - from.x) - (to.y - from.y));
                let dragged =
                    format.snap(state.drag_start + moved * format.speed(state.drag_start));
                if dragged != value {
                    rows.set(row, col, Edit::Number(dragged));
                }
            } else if response.clicked() || tabbed_into(ui, response, state) {
                open(ui, rows, place, state);
            }
            for data in requested_values(ui, place) {
                let number = match data {
                    ActionData::NumericValue(n) => Some(n),
                    ActionData::Value(text) => parse_number(&text),
                    _ => None,
                };
                if let Some(n) = number.filter(|n| n.is_finite()) {
                    rows.set(row, col, Edit::Number(from_shown(n, format)));
                }
            }
        }
        Kind::Choice => {
            let popup = place.id.with("choices");
            if response.clicked() || Popup::is_id_open(ui.ctx(), popup) {
                let current = match rows.cell(row, col) {
                    Cell::Choice(text) => text.to_string(),
                    _ => String::new(),
                };
                let choices = rows.choices(row, col);
                let picked = Popup::menu(response)
                    .id(popup)
                    .show(|ui| {
                        let mut picked = None;
                        for (k, label) in choices.iter().enumerate() {
                            if ui.selectable_label(*label == current, label).clicked() {
                                picked = Some(k);
                            }
                        }
                        picked
                    })
                    .and_then(|r| r.inner);
                if let Some(k) = picked {
                    rows.set(row, col, Edit::Choice(k));
                }
            }
        }
    }
}

/// Whether Tab (or Shift+Tab) just moved the keyboard to this cell: it opens for typing,
/// so a row can be filled in by typing and pressing Tab. Arrow keys move between cells
/// without opening them; Enter or Space opens the one reached.
fn tabbed_into(ui: &Ui, response: &Response, state: &State) -> bool {
    response.gained_focus() && (state.tab_last_frame || ui.input(|i| i.key_pressed(egui::Key::Tab)))
}

/// The values assistive technology asked this cell to take this frame (asked only of
/// a cell that takes edits: see [`show`]).
fn requested_values(ui: &Ui, place: &Place) -> Vec<ActionData> {
    ui.input(|i| {
        i.accesskit_action_requests(place.id, Action::SetValue)
            .filter_map(|r| r.data.clone())
            .collect()
    })
}

/// Opens a text or number cell for typing (only a cell that takes edits: see [`show`]).
fn open(ui: &Ui, rows: &mut impl Rows, place: &Place, state: &mut State) {
    rows.select(place.row);
    state.editing = Some(Editing {
        cell: place.id,
        row: place.row,
        step: Step::Focus,
        missed: false,
    });
    ui.ctx().request_repaint();
}

/// The rows' input in place of the cell, until it loses the keyboard focus.
fn input(ui: &mut Ui, rows: &mut impl Rows, place: &Place, state: &mut State, editing: Editing) {
    let mut child = ui.new_child(
        UiBuilder::new()
            .id_salt(place.id)
            .max_rect(place.rect.shrink2(vec2(2.0, 2.0)))
            .layout(Layout::centered_and_justified(egui::Direction::LeftToRight)),
    );
    child.set_clip_rect(place.visible);
    let response = rows.input(&mut child, place.row, place.col);
    // The focus itself, not `Response::has_focus`, which is also false while another
    // application has the window's focus.
    let focused = ui.memory(|m| m.has_focus(response.id));
    let step = match editing.step {
        Step::Focus => {
            response.request_focus();
            ui.scroll_to_rect(place.reveal, None);
            Some(Step::Select)
        }
        Step::Select => {
            if focused {
                select_all(ui.ctx(), response.id);
            }
            Some(Step::Open)
        }
        Step::Open if focused => Some(Step::Open),
        Step::Open => {
            // Closed with Enter or Escape: the keyboard stays on the cell, so the arrow
            // keys go on from here. Closed by a click elsewhere: that has the focus.
            if ui.memory(|m| m.focused().is_none()) {
                ui.memory_mut(|m| m.request_focus(place.id));
            }
            ui.ctx().request_repaint();
            None
        }
    };
    state.editing = step.map(|step| Editing { step, ..editing });
    if step.is_some_and(|s| s != Step::Open) {
        ui.ctx().request_repaint();
    }
}

/// Selects all the text of the text field (or number field being typed into) `id`, so
/// what is typed replaces it.
fn select_all(ctx: &egui::Context, id: egui::Id) {
    use egui::text::{CCursor, CCursorRange};
    if let Some(mut text) = egui::TextEdit::load_state(ctx, id) {
        // Past the end is clamped to the end of the text.
        let all = CCursorRange::two(CCursor::new(0), CCursor::new(usize::from(u16::MAX)));
        text.cursor.set_char_range(Some(all));
        text.store(ctx, id);
    }
}

/// The cell's node in the accessibility tree: its role, name and value.
fn describe(
    ui: &Ui,
    rows: &impl Rows,
    place: &Place,
    response: &Response,
    (kind, problem): (Kind, Option<&str>),
) {
    let enabled = ui.is_enabled();
    response.widget_info(|| {
        let name = rows.name(place.row, place.col);
        let text = match rows.cell(place.row, place.col) {
            Cell::Text(t) | Cell::Choice(t) => Some(t.to_string()),
            _ => None,
        };
        let mut info = match kind {
            Kind::Check(on) => WidgetInfo::selected(Role::CheckBox, enabled, on, &name),
            Kind::Number(value, format) => WidgetInfo {
                label: Some(name.clone()),
                enabled,
                value: value.map(|v| shown(v, format)),
                ..WidgetInfo::new(Role::SpinButton)
            },
            Kind::Choice => WidgetInfo::labeled(Role::ComboBox, enabled, &name),
            Kind::Text | Kind::Empty => WidgetInfo::labeled(Role::TextInput, enabled, &name),
        };
        info.current_text_value = text;
        info
    });
    if enabled && matches!(kind, Kind::Text | Kind::Number(..)) {
        ui.ctx()
            .accesskit_node_builder(place.id, |node| node.add_action(Action::SetValue));
    }
    if let Some(problem) = problem {
        ui.ctx()
            .accesskit_node_builder(place.id, |node| node.set_description(problem));
    }
}
