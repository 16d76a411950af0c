//! Small reusable widgets: number fields with £ and % formatting, pickers by id, status
//! chips and problem markers. Every input gets an accessible name.

use egui::{Color32, DragValue, Response, RichText, Ui};

use super::theme::Palette;
use crate::format::grouped;
use crate::model::limits::{self, Limit};
use crate::model::{Points, Problem};

/// Accepts `1,234.5`, `£1,234`, `12%` and plain numbers.
pub(crate) fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '£' | '%' | ' ' | 'k'))
        .collect();
    cleaned.parse().ok()
}

/// An amount in £000 shown with thousands separators: click and type, or drag
/// sideways while holding Ctrl (a plain drag, such as a click that slips, changes
/// nothing).
pub fn money(ui: &mut Ui, value: &mut f64, name: &str) -> Response {
    grouped_input(ui, value, &format!("{name} (£000)"), name, 1.0)
}

/// A number with thousands separators that moves by dragging only while Ctrl is held,
/// at least `least_step` a point; `hover` says what it is.
fn grouped_input(
    ui: &mut Ui,
    value: &mut f64,
    hover: &str,
    name: &str,
    least_step: f64,
) -> Response {
    let speed = if money_drag_held(ui) {
        (value.abs() / 200.0).clamp(least_step, 500.0)
    } else {
        0.0
    };
    ui.add(
        bounded_value(value, limits::MONEY)
            .speed(speed)
            .custom_formatter(|v, _| grouped(v, if v.fract() == 0.0 { 0 } else { 1 }))
            .custom_parser(parse_number),
    )
    .accessible_name(name)
    .on_hover_text(format!(
        "{hover}. Click to type, or hold Ctrl and drag sideways"
    ))
}

/// Whether the gesture that lets a drag change money is held: Ctrl (Cmd on a Mac).
pub fn money_drag_held(ui: &Ui) -> bool {
    ui.input(|i| i.modifiers.command)
}

/// A number input limited to `limit` for what the person enters; a value outside it
/// that the plan already holds is shown as it is, never moved.
fn bounded_value(value: &mut f64, limit: Limit) -> DragValue<'_> {
    DragValue::new(value)
        .range(limit.range())
        .clamp_existing_to_range(false)
}

/// A whole number held as a number (a score), within `limit`.
pub fn whole_number(ui: &mut Ui, value: &mut f64, limit: Limit, name: &str) -> Response {
    ui.add(
        bounded_value(value, limit)
            .speed(0.05)
            .fixed_decimals(0)
            .custom_parser(parse_number),
    )
    .accessible_name(name)
}

/// A plain number within `limit`, two decimals.
pub fn bounded(ui: &mut Ui, value: &mut f64, limit: Limit, name: &str) -> Response {
    ui.add(
        bounded_value(value, limit)
            .speed(0.05)
            .fixed_decimals(2)
            .custom_parser(parse_number),
    )
    .accessible_name(name)
}

/// An amount that may be left out (a measure's target): the number with a button to
/// clear it, or `none_label` with a button that sets it to `start`. Returns whether the
/// user changed it.
pub fn optional_money(
    ui: &mut Ui,
    value: &mut Option<f64>,
    start: f64,
    none_label: &str,
    name: &str,
) -> bool {
    optional(ui, value, start, (none_label, name), money)
}

/// A value that may be left out, shown by `input`, with buttons to clear and set it.
fn optional(
    ui: &mut Ui,
    value: &mut Option<f64>,
    start: f64,
    (none_label, name): (&str, &str),
    input: fn(&mut Ui, &mut f64, &str) -> Response,
) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| match value {
        Some(x) => {
            changed |= input(ui, x, name).changed();
            if ui
                .small_button("Clear")
                .accessible_name(format!("Clear {name}"))
                .on_hover_text(format!("Clear: {}", none_label.to_lowercase()))
                .clicked()
            {
                *value = None;
                changed = true;
            }
        }
        None => {
            ui.weak(none_label);
            if ui
                .small_button("Set")
                .accessible_name(format!("Set {name}"))
                .clicked()
            {
                *value = Some(start);
                changed = true;
            }
        }
    });
    changed
}

/// A count (activity, people, a measure's value), with thousands separators: click and
/// type, or drag sideways while holding Ctrl, as money.
pub fn count(ui: &mut Ui, value: &mut f64, name: &str) -> Response {
    grouped_input(ui, value, name, name, 0.1)
}

/// A count that may be left out (a measure's target), as [`optional_money`].
pub fn optional_count(
    ui: &mut Ui,
    value: &mut Option<f64>,
    start: f64,
    none_label: &str,
    name: &str,
) -> bool {
    optional(ui, value, start, (none_label, name), count)
}

/// A percentage written as percent (4.9 = 4.9%).
pub fn percent(ui: &mut Ui, value: &mut f64, name: &str) -> Response {
    ui.add(
        bounded_value(value, limits::GROWTH_PCT)
            .speed(0.05)
            .fixed_decimals(1)
            .suffix("%")
            .custom_parser(parse_number),
    )
    .accessible_name(name)
}

/// Percentage points (an option's change to a growth rate).
pub fn points(ui: &mut Ui, value: &mut f64, name: &str) -> Response {
    ui.add(
        bounded_value(value, limits::GROWTH_CHANGE_PP)
            .speed(0.05)
            .fixed_decimals(1)
            .suffix(" pp")
            .custom_parser(parse_number),
    )
    .accessible_name(name)
}

/// An option's change to a growth rate: one number for every planning year, or one
/// per planning year after "Year by year" is ticked. `years` labels the planning years.
/// Returns whether the user changed it.
pub fn points_by_year(ui: &mut Ui, value: &mut Points, years: &[String], name: &str) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        match value {
            Points::Every(x) => changed |= points(ui, x, name).changed(),
            Points::ByYear(v) => {
                for (x, year) in v.iter_mut().zip(years) {
                    ui.label(RichText::new(year).weak());
                    changed |= points(ui, x, &format!("{name} {year}")).changed();
                }
            }
        }
        let mut by_year = value.is_by_year();
        if ui
            .checkbox(&mut by_year, "Year by year")
            .on_hover_text(
                "A different change in each planning year; unticked, the first year's change applies to every year",
            )
            .changed()
        {
            *value = if by_year {
                value.to_by_year(years.len())
            } else {
                value.to_every()
            };
            changed = true;
        }
    });
    changed
}

/// A chance of delivery (0-1) shown as a percentage.
pub fn chance(ui: &mut Ui, value: &mut f64, name: &str) -> Response {
    let mut pct = *value * 100.0;
    let response = ui
        .add(
            DragValue::new(&mut pct)
                .speed(0.5)
                .range(limits::CHANCE.min * 100.0..=limits::CHANCE.max * 100.0)
                .clamp_existing_to_range(false)
                .fixed_decimals(0)
                .suffix("%")
                .custom_parser(parse_number),
        )
        .accessible_name(name);
    if response.changed() {
        *value = pct / 100.0;
    }
    response
}

/// An investment's benefit score.
pub fn score(ui: &mut Ui, value: &mut f64, name: &str) -> Response {
    ui.add(
        bounded_value(value, limits::BENEFIT)
            .speed(0.5)
            .custom_parser(parse_number),
    )
    .accessible_name(name)
}

/// A whole number within a range.
pub fn whole<T: egui::emath::Numeric>(
    ui: &mut Ui,
    value: &mut T,
    range: std::ops::RangeInclusive<T>,
    name: &str,
) -> Response {
    ui.add(
        DragValue::new(value)
            .range(range)
            .clamp_existing_to_range(false)
            .speed(0.05),
    )
    .accessible_name(name)
}

/// A single-line text field of the given width.
pub fn text(ui: &mut Ui, value: &mut String, width: f32, name: &str) -> Response {
    // A fixed size: grids size their cells from what the cell took last frame, so a
    // field that only asks for a width would never grow past the first frame's.
    let height = ui.spacing().interact_size.y;
    ui.add_sized([width, height], egui::TextEdit::singleline(value))
        .accessible_name(name)
}

/// Whether an item is commercially sensitive: a tick, with `label` beside it (empty in
/// a table whose column says it), and `name` for screen readers and tests.
pub fn sensitive(ui: &mut Ui, value: &mut bool, label: &str, name: &str) -> Response {
    ui.checkbox(value, label)
        .accessible_name(name)
        .on_hover_text(
            "Commercially sensitive: when the plan is shown to the public (present mode with \
             the plan's public setting, or the paper for the public) it is never named, only \
             counted in \"Other …\" with its figures",
        )
}

/// A multi-line text field.
pub fn paragraph(ui: &mut Ui, value: &mut String, name: &str) -> Response {
    ui.add(
        egui::TextEdit::multiline(value)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .accessible_name(name)
}

/// Picks an item by id from `(id, name)` choices, or none.
pub fn pick_id(
    ui: &mut Ui,
    salt: impl egui::AsIdSalt,
    value: &mut Option<String>,
    choices: &[(String, String)],
    none_label: &str,
    name: &str,
    width: f32,
) -> bool {
    let current = value
        .as_deref()
        .and_then(|id| choices.iter().find(|(c, _)| c == id))
        .map_or(none_label, |(_, n)| n.as_str());
    let mut changed = false;
    egui::ComboBox::from_id_salt(salt)
        .selected_text(current)
        .width(width)
        .show_ui(ui, |ui| {
            changed |= ui.selectable_value(value, None, none_label).changed();
            for (id, label) in choices {
                changed |= ui
                    .selectable_value(value, Some(id.clone()), label)
                    .changed();
            }
        })
        .response
        .accessible_name(name);
    changed
}

/// Picks one of a fixed set of values.
pub fn pick<T: PartialEq + Copy>(
    ui: &mut Ui,
    salt: impl egui::AsIdSalt,
    value: &mut T,
    choices: &[T],
    label: impl Fn(T) -> &'static str,
    name: &str,
) -> bool {
    let mut changed = false;
    egui::ComboBox::from_id_salt(salt)
        .selected_text(label(*value))
        .show_ui(ui, |ui| {
            for c in choices {
                changed |= ui.selectable_value(value, *c, label(*c)).changed();
            }
        })
        .response
        .accessible_name(name);
    changed
}

/// The notes behind a figure, beside it: a "Notes" button whose hover shows them (in
/// review mode too), and whose click opens them for editing below; `+ Notes` where
/// there are none yet. Returns whether the user changed them.
pub fn notes(ui: &mut Ui, notes: &mut String, name: &str) -> bool {
    let id = ui.make_persistent_id(("notes-open", name));
    let mut open = ui.data(|d| d.get_temp::<bool>(id)).unwrap_or(false);
    let label = if notes.is_empty() {
        RichText::new("+ Notes").small().weak()
    } else {
        RichText::new("Notes").small()
    };
    let mut response = ui
        .add(egui::Button::selectable(open, label).wrap_mode(egui::TextWrapMode::Extend))
        .accessible_name(format!("Notes on {name}"));
    if !notes.is_empty() {
        let text = notes.clone();
        response = response
            .on_hover_ui(|ui| note_tooltip(ui, &text))
            .on_disabled_hover_ui(|ui| note_tooltip(ui, &text));
    }
    if response.clicked() {
        open = !open;
        ui.data_mut(|d| d.insert_temp(id, open));
    }
    let mut changed = false;
    if open {
        changed = ui
            .add(
                egui::TextEdit::multiline(notes)
                    .desired_rows(3)
                    .desired_width(360.0),
            )
            .accessible_name(format!("Notes text on {name}"))
            .changed();
    }
    changed
}

fn note_tooltip(ui: &mut Ui, text: &str) {
    ui.set_max_width(420.0);
    ui.label(text);
}

/// A heading for a section of an editor.
pub fn heading(ui: &mut Ui, text: &str) {
    ui.add_space(super::theme::space::S);
    ui.label(RichText::new(text).heading());
}

/// A coloured status word.
pub fn chip(ui: &mut Ui, text: &str, colour: Color32) -> Response {
    ui.label(RichText::new(text).color(colour).strong())
}

/// The problems whose path starts with `prefix` (e.g. `schemes[id=x]`).
pub fn problems_for<'a>(problems: &'a [Problem], prefix: &str) -> Vec<&'a Problem> {
    problems
        .iter()
        .filter(|p| {
            p.path.starts_with(prefix)
                && p.path[prefix.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| c == '.' || c == '[')
        })
        .collect()
}

/// The problems under `prefix`, one a line, when there are any.
pub fn problems_text(problems: &[Problem], prefix: &str) -> Option<String> {
    let found = problems_for(problems, prefix);
    (!found.is_empty()).then(|| {
        found
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// A warning mark with the reasons on hover, when there are problems.
pub fn problem_mark(ui: &mut Ui, problems: &[&Problem]) {
    if problems.is_empty() {
        return;
    }
    let palette = Palette::of(ui.ctx());
    let reasons: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    ui.label(RichText::new("(!)").color(palette.bad).strong())
        .on_hover_text(reasons.join("\n"));
}

/// Paints the mark of open comments, a speech bubble, filling `rect` (drawn, as the
/// window's fonts have no emoji).
pub fn paint_comment_bubble(painter: &egui::Painter, rect: egui::Rect, colour: Color32) {
    let body = egui::Rect::from_min_max(
        rect.min,
        egui::pos2(rect.max.x, rect.max.y - rect.height() * 0.25),
    );
    painter.rect_filled(body, body.height() * 0.3, colour);
    let tail_top = body.left_bottom() + egui::vec2(body.width() * 0.25, 0.0);
    painter.add(egui::Shape::convex_polygon(
        vec![
            tail_top,
            tail_top + egui::vec2(body.width() * 0.25, 0.0),
            egui::pos2(tail_top.x, rect.max.y),
        ],
        colour,
        egui::Stroke::NONE,
    ));
}

/// The side of a comment bubble for text of `font`'s size.
pub fn comment_bubble_size(font: &egui::FontId) -> egui::Vec2 {
    egui::vec2(font.size * 1.1, font.size * 0.95)
}

/// The mark of an item with `count` open comments, for tables and lists: a bubble and
/// the count, with `hover` on hover (in review mode too).
pub fn comment_mark(ui: &mut Ui, count: usize, hover: &str) -> Response {
    let colour = Palette::of(ui.ctx()).accent;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let bubble = comment_bubble_size(&font);
    let text = ui.painter().layout_no_wrap(count.to_string(), font, colour);
    let size = egui::vec2(bubble.x + 3.0 + text.size().x, text.size().y.max(bubble.y));
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    let at = egui::Rect::from_min_size(
        egui::pos2(rect.min.x, rect.center().y - bubble.y / 2.0),
        bubble,
    );
    paint_comment_bubble(ui.painter(), at, colour);
    let text_at = egui::pos2(at.max.x + 3.0, rect.center().y - text.size().y / 2.0);
    ui.painter().galley(text_at, text, colour);
    let label = format!(
        "{count} open {}",
        if count == 1 { "comment" } else { "comments" }
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
    response.on_hover_text(hover).on_disabled_hover_text(hover)
}

#[cfg(test)]
mod tests {
    use super::parse_number;

    #[test]
    fn parses_what_people_type() {
        assert_eq!(parse_number("1,234.5"), Some(1234.5));
        assert_eq!(parse_number("£19,235"), Some(19235.0));
        assert_eq!(parse_number("4.9%"), Some(4.9));
        assert_eq!(parse_number("-3,681"), Some(-3681.0));
        assert_eq!(parse_number("abc"), None);
    }
}
