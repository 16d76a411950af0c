//! The editor in the middle: one section of the plan at a time, as tables that take
//! typing and dragging. Editors bind their inputs to the plan; the document records
//! what changed at the end of the frame, so no editor reports its own changes.

mod assumptions;
mod filter;
mod investments;
mod item_sheet;
mod items;
mod options;
mod people;
mod priorities;
mod schemes;
mod trajectories;

use egui::{CentralPanel, RichText, Ui};

use super::FrameInput;
use super::theme::space;
use crate::model::Plan;
use crate::session::{Collection, Command, CommentMarks, Mode, Section};

/// Row height of editor tables: the same as the sheets'.
pub use super::sheet::ROW_HEIGHT;

/// The central editor. Read-only in review mode.
pub fn editor(ui: &mut Ui, f: &mut FrameInput) {
    CentralPanel::default_margins().show(ui, |ui| {
        if f.view.mode == Mode::Review {
            super::review::banner(ui, f);
        }
        // Each editor keeps its scrolling, finding and selecting in review mode, and
        // turns off only its inputs (`f.editing()`).
        match f.view.section {
            Section::Assumptions => assumptions::show(ui, f),
            Section::Schemes => item_sheet::show::<crate::model::Scheme>(ui, f),
            Section::Investments => item_sheet::show::<crate::model::Investment>(ui, f),
            Section::Priorities => priorities::show(ui, f),
            Section::Trajectories => trajectories::show(ui, f),
            Section::Localities => people::localities(ui, f),
            Section::Kpis => people::kpis(ui, f),
            Section::Risks => people::risks(ui, f),
            Section::Options => options::show(ui, f),
            Section::Review => super::review::page(ui, f),
        }
    });
}

/// A section title with an "Add" button for its collection.
pub fn title_with_add(
    ui: &mut Ui,
    title: &str,
    collection: Collection,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(title).heading());
        // No editing chrome where nothing can be changed (review mode).
        if ui.is_enabled() {
            ui.add_space(space::M);
            if ui.button(format!("+ Add {}", collection.noun())).clicked() {
                commands.push(Command::Add(collection));
            }
        }
    });
}

/// Duplicate and remove buttons for one item.
pub fn row_actions(
    ui: &mut Ui,
    commands: &mut Vec<Command>,
    collection: Collection,
    id: &str,
    name: &str,
) {
    if !ui.is_enabled() {
        return;
    }
    if ui
        .small_button("Copy")
        .accessible_name(format!("Duplicate {name}"))
        .on_hover_text("Duplicate")
        .clicked()
    {
        commands.push(Command::Duplicate(collection, id.to_string()));
    }
    if ui
        .small_button("Remove")
        .accessible_name(format!("Remove {name}"))
        .on_hover_text("Remove")
        .clicked()
    {
        commands.push(Command::Remove(collection, id.to_string()));
    }
}

/// An editor's page: scrolls both ways, with its scroll bars always drawn when there is
/// more to see, so a table wider than the room shows that its right-hand columns are
/// there rather than looking cut off.
/// Its inputs take edits only when `editing`; in review mode it still scrolls.
pub fn page<R>(
    ui: &mut Ui,
    salt: &str,
    editing: bool,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> R {
    ui.scope(|ui| {
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        egui::ScrollArea::both()
            .auto_shrink([false, false])
            .id_salt(salt)
            .show(ui, |ui| ui.add_enabled_ui(editing, add_contents).inner)
            .inner
    })
    .inner
}

/// Height of the selected item's details below a sheet.
const DETAILS_HEIGHT: f32 = 230.0;

/// The height a sheet gets: what is left, less room for the selected item's details
/// when there are any.
pub fn sheet_height(ui: &Ui, details: bool) -> f32 {
    let reserve = if details { DETAILS_HEIGHT } else { 0.0 };
    (ui.available_height() - reserve).max(150.0)
}

/// The heading of the selected item's details: its name and id, then duplicate, remove
/// and close.
pub fn details_heading(
    ui: &mut Ui,
    commands: &mut Vec<Command>,
    selected: &mut Option<String>,
    collection: Collection,
    (id, name): (&str, &str),
) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("{name} ({id})")).strong());
        row_actions(ui, commands, collection, id, name);
        if ui.small_button("Close").clicked() {
            *selected = None;
        }
    });
}

/// The context menu items every row of an item sheet has: show the item's details,
/// duplicate it, remove it.
pub fn item_menu(
    ui: &mut Ui,
    commands: &mut Vec<Command>,
    selected: &mut Option<String>,
    (collection, id): (Collection, &str),
    details: &str,
) {
    if ui.button(details).clicked() {
        *selected = Some(id.to_string());
    }
    if ui.button("Duplicate").clicked() {
        commands.push(Command::Duplicate(collection, id.to_string()));
    }
    if ui.button("Remove").clicked() {
        commands.push(Command::Remove(collection, id.to_string()));
    }
}

/// Where the selected item is among a sheet's rows (their ids, in order), when it was
/// just added or copied and should be scrolled into view; clears the request.
pub fn row_to_reveal<'a>(
    view: &mut crate::session::ViewState,
    mut ids: impl Iterator<Item = &'a str>,
) -> Option<usize> {
    if !std::mem::take(&mut view.reveal_selected) {
        return None;
    }
    let selected = view.selected.as_deref()?;
    ids.position(|id| id == selected)
}

/// An item's name field with a small menu beside it to duplicate or remove the item, so
/// those are never scrolled out of reach however wide the row is, and the name keeps
/// the room. A name longer than its field shows in full on hover.
pub fn name_with_actions(
    ui: &mut Ui,
    value: &mut String,
    width: f32,
    name: &str,
    (commands, marks): (&mut Vec<Command>, &CommentMarks),
    collection: Collection,
    id: &str,
) {
    ui.horizontal(|ui| {
        let field = super::widgets::text(ui, value, width, &format!("Name of {name}"));
        if !field.has_focus() {
            field.on_hover_text(name);
        }
        super::review::comment_mark(ui, marks, collection, id);
        row_menu(ui, commands, collection, id, name);
    });
}

/// A row's menu: duplicate or remove the item.
pub fn row_menu(
    ui: &mut Ui,
    commands: &mut Vec<Command>,
    collection: Collection,
    id: &str,
    name: &str,
) {
    if !ui.is_enabled() {
        return;
    }
    ui.menu_button("…", |ui| {
        if ui.button(format!("Duplicate {name}")).clicked() {
            commands.push(Command::Duplicate(collection, id.to_string()));
        }
        if ui.button(format!("Remove {name}")).clicked() {
            commands.push(Command::Remove(collection, id.to_string()));
        }
    })
    .response
    .accessible_name(format!("More for {name}"))
    .on_hover_text("Duplicate or remove");
}

/// The choices behind the locality and priority columns of a table; a column shows only
/// when the plan has something to pick.
pub struct Pickers {
    /// `(id, name)` of each locality.
    pub localities: Vec<(String, String)>,
    /// `(id, name)` of each priority.
    pub priorities: Vec<(String, String)>,
}

impl Pickers {
    /// The plan's localities and priorities.
    pub fn of(plan: &Plan) -> Self {
        Self {
            localities: localities(plan),
            priorities: priorities_of(plan),
        }
    }

    /// The name shown for a locality id, or for the whole plan.
    pub fn locality_name(&self, id: Option<&str>) -> &str {
        name_of(&self.localities, id, WHOLE_PLAN)
    }

    /// The name shown for a priority id, or for none.
    pub fn priority_name(&self, id: Option<&str>) -> &str {
        name_of(&self.priorities, id, NO_PRIORITY)
    }

    /// The locality choices of a sheet cell: the whole plan, then each locality.
    pub fn locality_choices(&self) -> Vec<String> {
        choice_names(&self.localities, WHOLE_PLAN)
    }

    /// The priority choices of a sheet cell: none, then each priority.
    pub fn priority_choices(&self) -> Vec<String> {
        choice_names(&self.priorities, NO_PRIORITY)
    }

    /// The locality id of choice `k` of [`Pickers::locality_choices`].
    pub fn locality_id(&self, k: usize) -> Option<String> {
        id_of_choice(&self.localities, k)
    }

    /// The priority id of choice `k` of [`Pickers::priority_choices`].
    pub fn priority_id(&self, k: usize) -> Option<String> {
        id_of_choice(&self.priorities, k)
    }
}

/// What an item linked to no locality is shown as.
const WHOLE_PLAN: &str = "Whole plan";
/// What an item linked to no priority is shown as.
const NO_PRIORITY: &str = "None";

fn name_of<'a>(choices: &'a [(String, String)], id: Option<&str>, none: &'a str) -> &'a str {
    id.and_then(|id| choices.iter().find(|(c, _)| c == id))
        .map_or(none, |(_, name)| name.as_str())
}

fn choice_names(choices: &[(String, String)], none: &str) -> Vec<String> {
    std::iter::once(none.to_string())
        .chain(choices.iter().map(|(_, name)| name.clone()))
        .collect()
}

/// Choice 0 is none; choice `k` is item `k - 1`.
fn id_of_choice(choices: &[(String, String)], k: usize) -> Option<String> {
    k.checked_sub(1)
        .and_then(|k| choices.get(k))
        .map(|(id, _)| id.clone())
}

/// `(id, name)` choices for pickers.
pub fn localities(plan: &Plan) -> Vec<(String, String)> {
    plan.localities
        .iter()
        .map(|l| (l.id.clone(), l.name.clone()))
        .collect()
}

/// `(id, name)` choices for pickers.
pub fn priorities_of(plan: &Plan) -> Vec<(String, String)> {
    plan.priorities
        .iter()
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect()
}

/// One editable amount per planning year, each named for screen readers;
/// `planning_years` labels them, first planning year first.
pub fn year_amounts(ui: &mut Ui, planning_years: &[String], values: &mut [f64], what: &str) {
    for (t, v) in values.iter_mut().enumerate() {
        let year = planning_years.get(t).map_or("", String::as_str);
        super::widgets::money(ui, v, &format!("{what} {year}"));
    }
}
