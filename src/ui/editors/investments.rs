//! Investments: a sheet of amounts per year, recurrent or not, category, benefit score,
//! linked locality and priority; the selected investment's notes below it.

use egui::Ui;

use super::{Pickers, details_heading, item_menu, row_to_reveal, sheet_height, title_with_add};
use crate::app::{Collection, Command};
use crate::model::{Investment, Plan, Problem};
use crate::ui::FrameInput;
use crate::ui::sheet::{Cell, Column, Edit, Format, Rows, Sheet};
use crate::ui::widgets::{self, problems_text};

/// The investments editor.
pub fn show(ui: &mut Ui, f: &mut FrameInput) -> bool {
    title_with_add(ui, "Investments", Collection::Investments, f.commands);
    ui.label(
        egui::RichText::new("Click an investment for its notes, right-click for more").small(),
    );
    let all: Vec<usize> = (0..f.doc.plan.investments.len()).collect();
    let reveal = row_to_reveal(f.view, f.doc.plan.investments.iter().map(|v| v.id.as_str()));
    let height = sheet_height(ui, f.view.selected.is_some());
    let mut changed = false;
    ui.allocate_ui(egui::vec2(ui.available_width(), height), |ui| {
        let (plan, problems) = f.doc.parts_mut();
        let mut rows = InvestmentRows::new(plan, &all, problems, &mut f.view.selected, f.commands);
        let columns = rows.columns();
        Sheet::new("investments", &columns)
            .frozen(2)
            .marked(1)
            .scroll_to(reveal)
            .show(ui, &mut rows);
        changed = rows.changed;
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
    Locality,
    Priority,
}

/// The investments, as sheet rows.
struct InvestmentRows<'a> {
    plan: &'a mut Plan,
    rows: &'a [usize],
    problems: &'a [Problem],
    layout: Vec<Col>,
    years: Vec<String>,
    pickers: Pickers,
    selected: &'a mut Option<String>,
    commands: &'a mut Vec<Command>,
    changed: bool,
}

impl<'a> InvestmentRows<'a> {
    fn new(
        plan: &'a mut Plan,
        rows: &'a [usize],
        problems: &'a [Problem],
        selected: &'a mut Option<String>,
        commands: &'a mut Vec<Command>,
    ) -> Self {
        let pickers = Pickers::of(plan);
        let mut layout = vec![Col::On, Col::Name, Col::Category];
        layout.extend((0..plan.horizon).map(Col::Year));
        layout.extend([Col::Recurrent, Col::Benefit]);
        if !pickers.localities.is_empty() {
            layout.push(Col::Locality);
        }
        if !pickers.priorities.is_empty() {
            layout.push(Col::Priority);
        }
        Self {
            years: plan.year_labels(),
            plan,
            rows,
            problems,
            layout,
            pickers,
            selected,
            commands,
            changed: false,
        }
    }

    fn columns(&self) -> Vec<Column> {
        self.layout
            .iter()
            .map(|col| match col {
                Col::On => Column::new("On", 36.0).hint("Counts in the base plan"),
                Col::Name => Column::new("Investment", 220.0),
                Col::Category => Column::new("Category", 200.0),
                Col::Year(t) => Column::new(format!("{} £k", self.year(*t)), 90.0),
                Col::Recurrent => {
                    Column::new("Rec.", 50.0).hint("Recurrent: the cost continues after the plan")
                }
                Col::Benefit => Column::new("Benefit", 80.0)
                    .hint("The workshop's benefit score, 0-100; a dash when not scored"),
                Col::Locality => Column::new("Locality", 130.0),
                Col::Priority => Column::new("Priority", 150.0),
            })
            .collect()
    }

    fn year(&self, t: usize) -> &str {
        self.years.get(t + 1).map_or("", String::as_str)
    }

    fn investment(&self, row: usize) -> &Investment {
        &self.plan.investments[self.rows[row]]
    }
}

impl Rows for InvestmentRows<'_> {
    fn len(&self) -> usize {
        self.rows.len()
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
            Col::Locality => Cell::Choice(self.pickers.locality_name(v.locality.as_deref())),
            Col::Priority => Cell::Choice(self.pickers.priority_name(v.priority.as_deref())),
        }
    }

    fn name(&self, row: usize, col: usize) -> String {
        let name = &self.investment(row).name;
        match self.layout[col] {
            Col::On => format!("Include {name}"),
            Col::Name => format!("Name of {name}"),
            Col::Category => format!("Category of {name}"),
            Col::Year(t) => format!("Investment {} {name}", self.year(t)),
            Col::Recurrent => format!("Recurrent {name}"),
            Col::Benefit => format!("Benefit score {name}"),
            Col::Locality => format!("Locality of {name}"),
            Col::Priority => format!("Priority of {name}"),
        }
    }

    fn problems(&self, row: usize) -> Option<String> {
        if self.problems.is_empty() {
            return None;
        }
        problems_text(self.problems, &format!("investments[id={}]", self.key(row)))
    }

    fn cell_problem(&self, row: usize, col: usize) -> Option<String> {
        if self.problems.is_empty() {
            return None;
        }
        let field = match self.layout[col] {
            Col::Name => ".name".to_string(),
            Col::Category => ".category".to_string(),
            Col::Year(t) => format!(".amounts[{t}]"),
            Col::Benefit => ".benefit".to_string(),
            Col::Locality => ".locality".to_string(),
            Col::Priority => ".priority".to_string(),
            Col::On | Col::Recurrent => return None,
        };
        problems_text(
            self.problems,
            &format!("investments[id={}]{field}", self.key(row)),
        )
    }

    fn is_selected(&self, row: usize) -> bool {
        self.selected.as_deref() == Some(self.key(row))
    }

    fn select(&mut self, row: usize) {
        *self.selected = Some(self.key(row).to_string());
    }

    fn choices(&self, _row: usize, col: usize) -> Vec<String> {
        match self.layout[col] {
            Col::Locality => self.pickers.locality_choices(),
            Col::Priority => self.pickers.priority_choices(),
            _ => Vec::new(),
        }
    }

    fn set(&mut self, row: usize, col: usize, edit: Edit) {
        let col = self.layout[col];
        let v = &mut self.plan.investments[self.rows[row]];
        match (col, edit) {
            (Col::On, Edit::Toggle) => v.active = !v.active,
            (Col::Recurrent, Edit::Toggle) => v.recurrent = !v.recurrent,
            (Col::Name, Edit::Text(text)) => v.name = text,
            (Col::Category, Edit::Text(text)) => v.category = text,
            (Col::Year(t), Edit::Number(x)) if t < v.amounts.len() => v.amounts[t] = x,
            (Col::Benefit, Edit::Number(x)) => v.benefit = Some(x.clamp(0.0, 100.0)),
            (Col::Locality, Edit::Choice(k)) => v.locality = self.pickers.locality_id(k),
            (Col::Priority, Edit::Choice(k)) => v.priority = self.pickers.priority_id(k),
            _ => return,
        }
        self.changed = true;
    }

    fn input(&mut self, ui: &mut Ui, row: usize, col: usize) -> egui::Response {
        let label = self.name(row, col);
        let col = self.layout[col];
        let v = &mut self.plan.investments[self.rows[row]];
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
        self.changed |= response.changed();
        response
    }

    fn has_menu(&self) -> bool {
        true
    }

    fn menu(&mut self, ui: &mut Ui, row: usize, col: usize) {
        let id = self.key(row).to_string();
        item_menu(
            ui,
            self.commands,
            self.selected,
            (Collection::Investments, &id),
            "Notes",
        );
        let v = &mut self.plan.investments[self.rows[row]];
        if matches!(self.layout[col], Col::Benefit) && v.benefit.is_some() {
            ui.separator();
            if ui.button("Clear the score").clicked() {
                v.benefit = None;
                self.changed = true;
            }
        }
    }
}
