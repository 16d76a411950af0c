//! What the savings schemes and investments sheets share: the plan and which of its
//! items are shown, their problems, the selection, the commands queued, the year
//! labels, the locality and priority columns, and whether anything changed.

use egui::Ui;

use super::{Pickers, item_menu};
use crate::model::{Plan, Problem};
use crate::session::{Collection, Command};
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
    /// The plan, edited in place.
    pub plan: &'a mut Plan,
    /// The items shown, as indexes into the plan's list, in order.
    pub rows: &'a [usize],
    problems: &'a [Problem],
    selected: &'a mut Option<String>,
    commands: &'a mut Vec<Command>,
    collection: Collection,
    years: Vec<String>,
    pickers: Pickers,
    /// Whether an edit changed the plan this frame.
    pub changed: bool,
}

impl<'a> Items<'a> {
    /// Rows `rows` of `collection` (schemes or investments).
    pub fn new(
        (plan, problems): (&'a mut Plan, &'a [Problem]),
        collection: Collection,
        rows: &'a [usize],
        selected: &'a mut Option<String>,
        commands: &'a mut Vec<Command>,
    ) -> Self {
        Self {
            years: plan.year_labels(),
            pickers: Pickers::of(plan),
            plan,
            rows,
            problems,
            selected,
            commands,
            collection,
            changed: false,
        }
    }

    /// The label of planning year `t` (0 = the first).
    pub fn year(&self, t: usize) -> &str {
        self.years.get(t + 1).map_or("", String::as_str)
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

    /// The problems of item `id`, or of one of its fields (`.programme`,
    /// `.savings[2]`), one a line.
    pub fn problems(&self, id: &str, field: &str) -> Option<String> {
        if self.problems.is_empty() {
            return None;
        }
        let list = self.collection.field();
        problems_text(self.problems, &format!("{list}[id={id}]{field}"))
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
