//! One cell of a sheet: painted, named for assistive technology, and acting on clicks,
//! drags, keys and accessibility requests; or, while open for typing, the rows' input.

use std::sync::Arc;

use egui::accesskit::{Action, ActionData, Role};
use egui::{
    Align2, Color32, CursorIcon, FontId, Galley, Layout, Painter, Popup, Rect, Response, Sense,
    Shape, Stroke, StrokeKind, Ui, UiBuilder, WidgetInfo, pos2, vec2,
};

use super::{BLANK, Cell, Edit, Editing, Format, PAD, Rows, State, Step, focus_stroke, text_pos};
use crate::ui::theme::Palette;
use crate::ui::widgets::parse_number;

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
    act(ui, rows, place, state, &response, kind);
    // Painted and described after the edit, so both show the value as it is now.
    let kind = Kind::of(rows.cell(place.row, place.col));
    let problems = Problems::of(&*rows, place);
    let shortened = paint(ui, &*rows, place, &response, &problems);
    describe(ui, &*rows, place, &response, (kind, problems.told(place)));
    if rows.has_menu() {
        let menu = place.id.with("menu");
        if response.secondary_clicked() || Popup::is_id_open(ui.ctx(), menu) {
            Popup::context_menu(&response)
                .id(menu)
                .show(|ui| rows.menu(ui, place.row, place.col));
        }
    }
    if response.contains_pointer() && !response.dragged() {
        let hint = match kind {
            Kind::Number(_, Format::Money) if ui.is_enabled() => {
                "\nClick to type, or hold Ctrl and drag sideways"
            }
            Kind::Number(..) if ui.is_enabled() => "\nDrag sideways, or click to type",
            Kind::Text if ui.is_enabled() => "\nClick to type",
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
        if let Some(problems) = problems.told(place) {
            text = format!("{text}\n\n{problems}");
        }
        // Read in review mode too, where the sheet cannot be edited.
        response
            .on_hover_text(text.clone())
            .on_disabled_hover_text(text);
    }
}

/// Applies what was done to the cell.
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

/// The values assistive technology asked this cell to take this frame.
fn requested_values(ui: &Ui, place: &Place) -> Vec<ActionData> {
    if !ui.is_enabled() {
        return Vec::new();
    }
    ui.input(|i| {
        i.accesskit_action_requests(place.id, Action::SetValue)
            .filter_map(|r| r.data.clone())
            .collect()
    })
}

/// Opens a text or number cell for typing.
fn open(ui: &Ui, rows: &mut impl Rows, place: &Place, state: &mut State) {
    if !ui.is_enabled() {
        return;
    }
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

/// Paints the cell: hover and focus, the problem mark, and its content.
/// Returns the cell's whole text when it had to be shortened to fit.
fn paint(
    ui: &Ui,
    rows: &impl Rows,
    place: &Place,
    response: &Response,
    problems: &Problems,
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
        response,
    )
}

/// Paints what a cell holds in `inner`, the part of it in view right of any mark, and
/// returns its whole text when it had to be shortened.
fn paint_content(
    ui: &Ui,
    painter: &Painter,
    cell: Cell<'_>,
    (place, inner): (&Place, Rect),
    response: &Response,
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
            paint_number(ui, painter, format.text(value), colour, inner)
        }
        Cell::Blank(_) => {
            let colour = visuals.weak_text_color();
            paint_number(ui, painter, BLANK.to_string(), colour, inner).and(None)
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
    let galley = painter.layout_no_wrap(text.clone(), font.clone(), colour);
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
    Some(text)
}

/// A check box, drawn as egui draws its own.
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
pub(super) fn truncated(
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
