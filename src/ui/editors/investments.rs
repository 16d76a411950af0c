//! Investments: a sheet of amounts per year, recurrent or not, category, benefit score,
//! linked locality and priority; the selected investment's notes below it.

use egui::Ui;

use super::filter::{self, Bar};
use super::items::{Items, Link};
use super::{details_heading, row_to_reveal, sheet_height, title_with_add};
use crate::format::money_m;
use crate::model::Investment;
use crate::session::Collection;
use crate::ui::FrameInput;
use crate::ui::sheet::{Cell, Column, Edit, Format, Rows, Sheet};
use crate::ui::widgets;

/// The investments editor.
pub fn show(ui: &mut Ui, f: &mut FrameInput) -> bool {
    title_with_add(ui, "Investments", Collection::Investments, f.commands);
    let bar = Bar {
        salt: "investments",
        items: "investments",
        groups: "categories",
        stages: false,
    };
    if filter::bar(
        ui,
        &f.doc.plan,
        &f.doc.plan.investments,
        &bar,
        &mut f.view.investment_filter,
    ) {
        f.view.selected = None;
    }
    let listing = filter::listing(
        ui,
        "investments",
        (f.doc.revision(), &f.doc.plan.investments),
        &f.view.investment_filter,
        f.view.selected.as_deref(),
    );
    ui.label(
        egui::RichText::new(format!(
            "{} of {} investments shown · {} over the plan · click an investment for its \
             notes, right-click for more",
            listing.rows.len(),
            f.doc.plan.investments.len(),
            money_m(listing.total)
        ))
        .small(),
    );
    let reveal = row_to_reveal(
        f.view,
        listing
            .rows
            .iter()
            .map(|&i| f.doc.plan.investments[i].id.as_str()),
    );
    let height = sheet_height(ui, f.view.selected.is_some());
    let mut changed = false;
    ui.allocate_ui(egui::vec2(ui.available_width(), height), |ui| {
        let mut rows = InvestmentRows::new(Items::new(
            f.doc.parts_mut(),
            Collection::Investments,
            &listing.rows,
            &mut f.view.selected,
            f.commands,
        ));
        let columns = rows.columns();
        Sheet::new("investments", &columns)
            .frozen(2)
            .marked(1)
            .scroll_to(reveal)
            .show(ui, &mut rows);
        changed = rows.items.changed;
    });
    if let Some(id) = f.view.selected.clone()
        && let Some(i) = f.doc.plan.investments.iter().position(|v| v.id == id)
    {
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("investment-detail")
            .show(ui, |ui| {
                let v = &mut f.doc.plan.investments[i];
                let name = v.name.clone();
                details_heading(
                    ui,
                    f.commands,
                    &mut f.view.selected,
                    Collection::Investments,
                    (&v.id, &name),
                );
                ui.label("Notes");
                changed |=
                    widgets::paragraph(ui, &mut v.notes, &format!("Notes on {name}")).changed();
            });
    }
    changed
}

/// A column of the investments sheet.
#[derive(Debug, Clone, Copy)]
enum Col {
    On,
    Name,
    Category,
    /// The amount in planning year `t` (0 = the first).
    Year(usize),
    Recurrent,
    Benefit,
    Link(Link),
}

/// The investments, as sheet rows.
struct InvestmentRows<'a> {
    items: Items<'a>,
    layout: Vec<Col>,
}

impl<'a> InvestmentRows<'a> {
    fn new(items: Items<'a>) -> Self {
        let mut layout = vec![Col::On, Col::Name, Col::Category];
        layout.extend((0..items.plan.horizon).map(Col::Year));
        layout.extend([Col::Recurrent, Col::Benefit]);
        layout.extend(items.links().map(Col::Link));
        Self { items, layout }
    }

    fn columns(&self) -> Vec<Column> {
        self.layout
            .iter()
            .map(|col| match col {
                Col::On => Column::new("On", 36.0).hint("Counts in the base plan"),
                Col::Name => Column::new("Investment", 220.0),
                Col::Category => Column::new("Category", 200.0),
                Col::Year(t) => Column::new(format!("{} £k", self.items.year(*t)), 90.0),
                Col::Recurrent => {
                    Column::new("Rec.", 50.0).hint("Recurrent: the cost continues after the plan")
                }
                Col::Benefit => Column::new("Benefit", 80.0)
                    .hint("The workshop's benefit score, 0-100; a dash when not scored"),
                Col::Link(link) => Items::link_column(*link),
            })
            .collect()
    }

    fn investment(&self, row: usize) -> &Investment {
        &self.items.plan.investments[self.items.rows[row]]
    }

    fn investment_mut(&mut self, row: usize) -> &mut Investment {
        &mut self.items.plan.investments[self.items.rows[row]]
    }
}

impl Rows for InvestmentRows<'_> {
    fn len(&self) -> usize {
        self.items.rows.len()
    }

    fn key(&self, row: usize) -> &str {
        &self.investment(row).id
    }

    fn cell(&self, row: usize, col: usize) -> Cell<'_> {
        let v = self.investment(row);
        match self.layout[col] {
            Col::On => Cell::Check(v.active),
            Col::Name => Cell::Text(&v.name),
            Col::Category => Cell::Text(&v.category),
            Col::Year(t) => v.amounts.get(t).map_or(Cell::Empty, |&value| Cell::Number {
                value,
                format: Format::Money,
                inherited: false,
            }),
            Col::Recurrent => Cell::Check(v.recurrent),
            Col::Benefit => v
                .benefit
                .map_or(Cell::Blank(Format::Score), |value| Cell::Number {
                    value,
                    format: Format::Score,
                    inherited: false,
                }),
            Col::Link(link) => {
                self.items
                    .link_cell(link, v.locality.as_deref(), v.priority.as_deref())
            }
        }
    }

    fn notes(&self, row: usize, col: usize) -> Option<&str> {
        matches!(self.layout[col], Col::Name).then(|| self.investment(row).notes.as_str())
    }

    fn name(&self, row: usize, col: usize) -> String {
        let name = &self.investment(row).name;
        match self.layout[col] {
            Col::On => format!("Include {name}"),
            Col::Name => format!("Name of {name}"),
            Col::Category => format!("Category of {name}"),
            Col::Year(t) => format!("Investment {} {name}", self.items.year(t)),
            Col::Recurrent => format!("Recurrent {name}"),
            Col::Benefit => format!("Benefit score {name}"),
            Col::Link(link) => Items::link_name(link, name),
        }
    }

    fn problems(&self, row: usize) -> Option<String> {
        self.items.problems(self.key(row), "")
    }

    fn cell_problem(&self, row: usize, col: usize) -> Option<String> {
        let id = self.key(row);
        match self.layout[col] {
            Col::Category => self.items.problems(id, ".category"),
            Col::Year(t) => self.items.problems(id, &format!(".amounts[{t}]")),
            Col::Benefit => self.items.problems(id, ".benefit"),
            Col::Link(link) => self.items.link_problems(id, link),
            Col::On | Col::Name | Col::Recurrent => None,
        }
    }

    fn is_selected(&self, row: usize) -> bool {
        self.items.is_selected(self.key(row))
    }

    fn select(&mut self, row: usize) {
        let id = self.key(row).to_string();
        self.items.select(&id);
    }

    fn choices(&self, _row: usize, col: usize) -> Vec<String> {
        match self.layout[col] {
            Col::Link(link) => self.items.link_choices(link),
            _ => Vec::new(),
        }
    }

    fn set(&mut self, row: usize, col: usize, edit: Edit) {
        let col = self.layout[col];
        let link = match (col, &edit) {
            (Col::Link(link), Edit::Choice(k)) => Some((link, self.items.link_id(link, *k))),
            _ => None,
        };
        let v = self.investment_mut(row);
        match (col, edit) {
            (Col::On, Edit::Toggle) => v.active = !v.active,
            (Col::Recurrent, Edit::Toggle) => v.recurrent = !v.recurrent,
            (Col::Name, Edit::Text(text)) => v.name = text,
            (Col::Category, Edit::Text(text)) => v.category = text,
            (Col::Year(t), Edit::Number(x)) if t < v.amounts.len() => v.amounts[t] = x,
            (Col::Benefit, Edit::Number(x)) => v.benefit = Some(x.clamp(0.0, 100.0)),
            (Col::Link(_), Edit::Choice(_)) => {
                if let Some((link, id)) = link {
                    link.assign(id, (&mut v.locality, &mut v.priority));
                }
            }
            _ => return,
        }
        self.items.changed = true;
    }

    fn input(&mut self, ui: &mut Ui, row: usize, col: usize) -> egui::Response {
        let label = self.name(row, col);
        let col = self.layout[col];
        let v = self.investment_mut(row);
        let width = ui.available_width();
        let response = match col {
            Col::Name => widgets::text(ui, &mut v.name, width, &label),
            Col::Category => widgets::text(ui, &mut v.category, width, &label),
            Col::Year(t) if t < v.amounts.len() => widgets::money(ui, &mut v.amounts[t], &label),
            Col::Benefit => {
                let mut score = v.benefit.unwrap_or(0.0);
                let response = widgets::score(ui, &mut score, &label);
                if response.changed() {
                    v.benefit = Some(score);
                }
                response
            }
            _ => ui.label(""),
        };
        self.items.changed |= response.changed();
        response
    }

    fn has_menu(&self) -> bool {
        true
    }

    fn menu(&mut self, ui: &mut Ui, row: usize, col: usize) {
        let id = self.key(row).to_string();
        self.items.menu(ui, &id, "Notes");
        if matches!(self.layout[col], Col::Benefit) && self.investment(row).benefit.is_some() {
            ui.separator();
            if ui.button("Clear the score").clicked() {
                self.investment_mut(row).benefit = None;
                self.items.changed = true;
            }
        }
    }
}
