//! The editor in the middle: one section of the plan at a time, as tables that take
//! typing and dragging. Every editor returns whether it changed the plan.

mod assumptions;
mod investments;
mod options;
mod people;
mod priorities;
mod schemes;
mod trajectories;

use egui::{CentralPanel, RichText, Ui};

use super::FrameInput;
use super::theme::space;
use crate::app::{Collection, Command, Mode, Section};
use crate::model::Plan;

/// Row height of editor tables.
pub const ROW_HEIGHT: f32 = 28.0;

/// The central editor. Read-only in review mode.
pub fn editor(ui: &mut Ui, f: &mut FrameInput) -> bool {
    let mut changed = false;
    CentralPanel::default_margins().show(ui, |ui| {
        if f.view.mode == Mode::Review {
            ui.label(
                RichText::new("Review mode: the plan is read only. Switch to Edit to change it.")
                    .small(),
            );
        }
        let editing = f.view.mode == Mode::Edit;
        ui.add_enabled_ui(editing, |ui| {
            changed = match f.view.section {
                Section::Assumptions => assumptions::show(ui, f),
                Section::Schemes => schemes::show(ui, f),
                Section::Investments => investments::show(ui, f),
                Section::Priorities => priorities::show(ui, f),
                Section::Trajectories => trajectories::show(ui, f),
                Section::Localities => people::localities(ui, f),
                Section::Kpis => people::kpis(ui, f),
                Section::Risks => people::risks(ui, f),
                Section::Options => options::show(ui, f),
            };
        });
    });
    changed
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
        ui.add_space(space::M);
        if ui.button(format!("+ Add {}", collection.noun())).clicked() {
            commands.push(Command::Add(collection));
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

/// An item's name field with its duplicate and remove buttons beside it, so they are
/// never scrolled out of reach however wide the row is.
pub fn name_with_actions(
    ui: &mut Ui,
    value: &mut String,
    width: f32,
    name: &str,
    commands: &mut Vec<Command>,
    collection: Collection,
    id: &str,
) -> bool {
    ui.horizontal(|ui| {
        let changed = super::widgets::text(ui, value, width, &format!("Name of {name}")).changed();
        row_actions(ui, commands, collection, id, name);
        changed
    })
    .inner
}

/// A table's header: each cell a bold label, with an explanation on hover when given.
pub fn header_row(header: &mut egui_extras::TableRow, cells: &[(String, &str)]) {
    for (label, hint) in cells {
        header.col(|ui| {
            let response = ui.strong(label);
            if !hint.is_empty() {
                response.on_hover_text(*hint);
            }
        });
    }
}

/// Header cells for the locality and priority pickers, when the plan has any.
fn picker_headers(
    localities: &[(String, String)],
    priorities: &[(String, String)],
) -> Vec<(String, &'static str)> {
    let mut cells = Vec::new();
    if !localities.is_empty() {
        cells.push(("Locality".to_string(), ""));
    }
    if !priorities.is_empty() {
        cells.push(("Priority".to_string(), ""));
    }
    cells
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

    /// Adds the picker columns to a table.
    pub fn columns<'a>(
        &self,
        mut table: egui_extras::TableBuilder<'a>,
    ) -> egui_extras::TableBuilder<'a> {
        if !self.localities.is_empty() {
            table = table.column(egui_extras::Column::initial(120.0).clip(true));
        }
        if !self.priorities.is_empty() {
            table = table.column(egui_extras::Column::initial(140.0).clip(true));
        }
        table
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

    /// Header cells for the picker columns.
    pub fn headers(&self) -> Vec<(String, &'static str)> {
        picker_headers(&self.localities, &self.priorities)
    }

    /// The picker cells of one row; returns whether either changed.
    pub fn cells(
        &self,
        row: &mut egui_extras::TableRow,
        salt: (&str, usize),
        locality: &mut Option<String>,
        priority: &mut Option<String>,
        name: &str,
    ) -> bool {
        let mut changed = false;
        if !self.localities.is_empty() {
            row.col(|ui| {
                changed |= super::widgets::pick_id(
                    ui,
                    ("locality", salt),
                    locality,
                    &self.localities,
                    WHOLE_PLAN,
                    &format!("Locality of {name}"),
                    110.0,
                );
            });
        }
        if !self.priorities.is_empty() {
            row.col(|ui| {
                changed |= super::widgets::pick_id(
                    ui,
                    ("priority", salt),
                    priority,
                    &self.priorities,
                    NO_PRIORITY,
                    &format!("Priority of {name}"),
                    130.0,
                );
            });
        }
        changed
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

/// One editable amount per planning year, each named for screen readers.
pub fn year_amounts(ui: &mut Ui, plan_years: &[String], values: &mut [f64], what: &str) -> bool {
    let mut changed = false;
    for (t, v) in values.iter_mut().enumerate() {
        let year = plan_years.get(t + 1).map_or("", String::as_str);
        changed |= super::widgets::money(ui, v, &format!("{what} {year}")).changed();
    }
    changed
}
