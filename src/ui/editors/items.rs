//! What the savings schemes and investments sheets share: the document and which of its
//! items are shown, the option in view, their problems, the selection, the commands
//! queued, the year labels and the locality and priority columns.

use egui::Ui;

use super::{Pickers, item_menu};
use crate::model::years::Planning;
use crate::model::{Plan, Scenario, item_path};
use crate::session::{Collection, Command, Document};
use crate::ui::sheet::{Cell, Column};
use crate::ui::widgets::problems_text;

/// A column linking an item to a locality or a priority, shown when the plan has any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    Locality,
    Priority,
}

impl Link {
    /// Links an item (its `locality` and `priority` fields) to `id`.
    pub fn assign(
        self,
        id: Option<String>,
        (locality, priority): (&mut Option<String>, &mut Option<String>),
    ) {
        match self {
            Self::Locality => *locality = id,
            Self::Priority => *priority = id,
        }
    }
}

/// The shared part of an item sheet's rows.
pub struct Items<'a> {
    /// The open plan: read through [`Items::plan`], changed through
    /// [`Items::plan_mut`] only when an edit is made.
    doc: &'a mut Document,
    /// The position of the option in view among the plan's options; its switches and
    /// chances are what the sheet shows and changes.
    option: Option<usize>,
    /// The items shown, as indexes into the plan's list, in order.
    pub rows: &'a [usize],
    selected: &'a mut Option<String>,
    commands: &'a mut Vec<Command>,
    collection: Collection,
    planning_years: Vec<String>,
    pickers: Pickers,
}

impl<'a> Items<'a> {
    /// Rows `rows` of `collection` (schemes or investments), with the option `option`
    /// (an id) in view, or the base plan.
    pub fn new(
        doc: &'a mut Document,
        option: Option<&str>,
        collection: Collection,
        rows: &'a [usize],
        selected: &'a mut Option<String>,
        commands: &'a mut Vec<Command>,
    ) -> Self {
        let plan = doc.plan();
        Self {
            planning_years: plan.planning_year_labels(),
            pickers: Pickers::of(plan),
            option: option.and_then(|id| plan.scenarios.iter().position(|s| s.id == id)),
            doc,
            rows,
            selected,
            commands,
            collection,
        }
    }

    /// The plan, to read.
    pub fn plan(&self) -> &Plan {
        self.doc.plan()
    }

    /// The open comments on item `id`, as told on hover; `None` when it has none.
    pub fn comments(&self, id: &str) -> Option<String> {
        let plan = self.doc.plan();
        let subject = crate::model::review::Subject::item(self.collection, id);
        let open: Vec<String> = plan
            .open_comments()
            .filter(|(_, c)| c.is_on(&subject, plan))
            .map(|(_, c)| format!("{}: {}", c.author, c.text))
            .collect();
        (!open.is_empty()).then(|| format!("Open comments:\n{}", open.join("\n")))
    }

    /// The plan, to change: the document records the change at the end of the frame.
    pub fn plan_mut(&mut self) -> &mut Plan {
        self.doc.plan_mut()
    }

    /// The option in view, if any.
    pub fn option(&self) -> Option<&Scenario> {
        self.option.and_then(|k| self.plan().scenarios.get(k))
    }

    /// Switches scheme `i` (its position in the plan) on or off where the sheet
    /// edits: in the option in view, or in the base plan.
    pub fn switch_scheme(&mut self, i: usize, on: bool) {
        let option = self.option;
        let Plan {
            scenarios, schemes, ..
        } = self.doc.plan_mut();
        match option.and_then(|k| scenarios.get_mut(k)) {
            Some(scenario) => scenario.set_scheme(&schemes[i], on),
            None => schemes[i].active = on,
        }
    }

    /// Switches investment `i` on or off where the sheet edits.
    pub fn switch_investment(&mut self, i: usize, on: bool) {
        let option = self.option;
        let Plan {
            scenarios,
            investments,
            ..
        } = self.doc.plan_mut();
        match option.and_then(|k| scenarios.get_mut(k)) {
            Some(scenario) => scenario.set_investment(&investments[i], on),
            None => investments[i].active = on,
        }
    }

    /// Sets scheme `i`'s chance of delivery where the sheet edits; `None` goes back to
    /// what it inherits (the base plan's chance in an option, the stage's default in the
    /// base plan).
    pub fn set_chance(&mut self, i: usize, chance: Option<f64>) {
        let option = self.option;
        let Plan {
            scenarios, schemes, ..
        } = self.doc.plan_mut();
        match option.and_then(|k| scenarios.get_mut(k)) {
            Some(scenario) => {
                let id = schemes[i].id.clone();
                match chance {
                    Some(v) => scenario.confidence.insert(id, v),
                    None => scenario.confidence.remove(&id),
                };
            }
            None => schemes[i].confidence = chance,
        }
    }

    /// The label of planning year `t`.
    pub fn year(&self, t: Planning) -> &str {
        self.planning_years.get(t.0).map_or("", String::as_str)
    }

    /// The link columns the plan has something to pick for.
    pub fn links(&self) -> impl Iterator<Item = Link> + use<> {
        let locality = !self.pickers.localities.is_empty();
        let priority = !self.pickers.priorities.is_empty();
        [(Link::Locality, locality), (Link::Priority, priority)]
            .into_iter()
            .filter_map(|(link, shown)| shown.then_some(link))
    }

    /// A link column's header.
    pub fn link_column(link: Link) -> Column {
        match link {
            Link::Locality => Column::new("Locality", 130.0),
            Link::Priority => Column::new("Priority", 150.0),
        }
    }

    /// What a link cell shows for an item linked to `locality` and `priority`.
    pub fn link_cell(
        &self,
        link: Link,
        locality: Option<&str>,
        priority: Option<&str>,
    ) -> Cell<'_> {
        Cell::Choice(match link {
            Link::Locality => self.pickers.locality_name(locality),
            Link::Priority => self.pickers.priority_name(priority),
        })
    }

    /// A link cell's name for screen readers.
    pub fn link_name(link: Link, name: &str) -> String {
        match link {
            Link::Locality => format!("Locality of {name}"),
            Link::Priority => format!("Priority of {name}"),
        }
    }

    /// A link cell's choices.
    pub fn link_choices(&self, link: Link) -> Vec<String> {
        match link {
            Link::Locality => self.pickers.locality_choices(),
            Link::Priority => self.pickers.priority_choices(),
        }
    }

    /// The locality or priority id of a link cell's choice `k` (none for the first).
    pub fn link_id(&self, link: Link, k: usize) -> Option<String> {
        match link {
            Link::Locality => self.pickers.locality_id(k),
            Link::Priority => self.pickers.priority_id(k),
        }
    }

    /// Whether the plan has any problems at all: when not, no cell needs its own looked
    /// up (which builds a field path).
    pub fn has_problems(&self) -> bool {
        !self.doc.problems().is_empty()
    }

    /// The problems of item `id`, or of one of its fields (`.programme`,
    /// `.savings[2]`), one a line.
    pub fn problems(&self, id: &str, field: &str) -> Option<String> {
        let problems = self.doc.problems();
        if problems.is_empty() {
            return None;
        }
        let list = self.collection.field();
        problems_text(problems, &format!("{}{field}", item_path(list, id)))
    }

    /// The problems of a link column's field.
    pub fn link_problems(&self, id: &str, link: Link) -> Option<String> {
        match link {
            Link::Locality => self.problems(id, ".locality"),
            Link::Priority => self.problems(id, ".priority"),
        }
    }

    /// Whether item `id` is the selected one.
    pub fn is_selected(&self, id: &str) -> bool {
        self.selected.as_deref() == Some(id)
    }

    /// Selects item `id`.
    pub fn select(&mut self, id: &str) {
        *self.selected = Some(id.to_string());
    }

    /// The context menu of item `id`: its details, duplicate, remove.
    pub fn menu(&mut self, ui: &mut Ui, id: &str, details: &str) {
        item_menu(
            ui,
            self.commands,
            self.selected,
            (self.collection, id),
            details,
        );
    }
}

/// "On" or "Off" (`capital`) or "on" / "off", for what an option changes.
pub fn on_off(on: bool, capital: bool) -> &'static str {
    match (on, capital) {
        (true, true) => "On",
        (true, false) => "on",
        (false, true) => "Off",
        (false, false) => "off",
    }
}
