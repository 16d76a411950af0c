//! Investments: a sheet of amounts per year, recurrent or not, category, benefit score,
//! linked locality and priority; the selected investment's notes below it. With an
//! option in view, the On column shows and changes the option's own switches.

use egui::Ui;

use super::details_heading;
use super::filter::Bar;
use super::item_sheet::ItemScreen;
use super::items::{Items, Link, on_off};
use crate::model::years::Planning;
use crate::model::{Investment, Plan, limits};
use crate::session::{Collection, ItemFilter, ViewState};
use crate::ui::FrameInput;
use crate::ui::sheet::{Cell, Column, Edit, Format, Rows};
use crate::ui::widgets;

impl ItemScreen for Investment {
    const COLLECTION: Collection = Collection::Investments;
    const TITLE: &'static str = "Investments";
    const BAR: Bar<'static> = Bar {
        salt: "investments",
        items: "investments",
        groups: "categories",
        stages: false,
    };
    const NOUN: &'static str = "investment";
    const DETAILS: &'static str = "notes";
    const OPTION_COLUMNS: &'static str = "On";
    type Rows<'a> = InvestmentRows<'a>;

    fn list(plan: &Plan) -> &[Self] {
        &plan.investments
    }
    fn filter(view: &ViewState) -> &ItemFilter {
        &view.investment_filter
    }
    fn filter_mut(view: &mut ViewState) -> &mut ItemFilter {
        &mut view.investment_filter
    }
    fn rows(items: Items<'_>) -> InvestmentRows<'_> {
        InvestmentRows::new(items)
    }
    fn columns(rows: &InvestmentRows<'_>) -> Vec<Column> {
        rows.columns()
    }
    fn details(ui: &mut Ui, f: &mut FrameInput, i: usize) {
        let v = &mut f.doc.plan_mut().investments[i];
        let name = v.name.clone();
        details_heading(
            ui,
            f.commands,
            &mut f.view.selected,
            Collection::Investments,
            (&v.id, &name),
        );
        widgets::sensitive(
            ui,
            &mut v.sensitive,
            "Commercially sensitive",
            &format!("Sensitive {name}"),
        );
        ui.label("Notes");
        widgets::paragraph(ui, &mut v.notes, &format!("Notes on {name}"));
    }
}

/// A column of the investments sheet.
#[derive(Debug, Clone, Copy)]
enum Col {
    On,
    Name,
    Category,
    /// The amount in planning year `t`.
    Year(Planning),
    Recurrent,
    Benefit,
    Link(Link),
}

/// The investments, as sheet rows.
pub struct InvestmentRows<'a> {
    items: Items<'a>,
    layout: Vec<Col>,
}

impl<'a> InvestmentRows<'a> {
    fn new(items: Items<'a>) -> Self {
        let mut layout = vec![Col::On, Col::Name, Col::Category];
        layout.extend((0..items.plan().horizon).map(|t| Col::Year(Planning(t))));
        layout.extend([Col::Recurrent, Col::Benefit]);
        layout.extend(items.links().map(Col::Link));
        Self { items, layout }
    }

    fn columns(&self) -> Vec<Column> {
        self.layout
            .iter()
            .map(|col| match col {
                Col::On => Column::new("On", 36.0).hint(if self.items.option().is_some() {
                    "Counts in the option in view"
                } else {
                    "Counts in the base plan"
                }),
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
        &self.items.plan().investments[self.items.rows[row]]
    }

    fn investment_mut(&mut self, row: usize) -> &mut Investment {
        let i = self.items.rows[row];
        &mut self.items.plan_mut().investments[i]
    }

    /// Whether the investment counts where the sheet edits (the option in view, or the
    /// base plan).
    fn counts(&self, row: usize) -> bool {
        let v = self.investment(row);
        self.items
            .option()
            .map_or(v.active, |o| o.investment_counts(v))
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
            Col::On => Cell::Check(self.counts(row)),
            Col::Name => Cell::Text(&v.name),
            Col::Category => Cell::Text(&v.category),
            Col::Year(t) => v
                .amounts
                .get(t.0)
                .map_or(Cell::Empty, |&value| Cell::Number {
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

    fn comments(&self, row: usize) -> Option<String> {
        self.items.comments(self.key(row))
    }

    fn problems(&self, row: usize) -> Option<String> {
        self.items.problems(self.key(row), "")
    }

    fn cell_problem(&self, row: usize, col: usize) -> Option<String> {
        if !self.items.has_problems() {
            return None;
        }
        let id = self.key(row);
        match self.layout[col] {
            Col::Category => self.items.problems(id, ".category"),
            Col::Year(t) => self.items.problems(id, &format!(".amounts[{}]", t.0)),
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

    fn differs(&self, row: usize, col: usize) -> Option<String> {
        let option = self.items.option()?;
        let v = self.investment(row);
        (matches!(self.layout[col], Col::On) && option.investment_counts(v) != v.active).then(
            || {
                format!(
                    "{} in {}; {} in the base plan",
                    on_off(!v.active, true),
                    option.name,
                    on_off(v.active, false)
                )
            },
        )
    }

    fn set(&mut self, row: usize, col: usize, edit: Edit) {
        let col = self.layout[col];
        if let (Col::On, Edit::Toggle) = (col, &edit) {
            let on = !self.counts(row);
            self.items.switch_investment(self.items.rows[row], on);
            return;
        }
        let link = match (col, &edit) {
            (Col::Link(link), Edit::Choice(k)) => Some((link, self.items.link_id(link, *k))),
            _ => None,
        };
        let v = self.investment_mut(row);
        match (col, edit) {
            (Col::Recurrent, Edit::Toggle) => v.recurrent = !v.recurrent,
            (Col::Name, Edit::Text(text)) => v.name = text,
            (Col::Category, Edit::Text(text)) => v.category = text,
            (Col::Year(t), Edit::Number(x)) if t.0 < v.amounts.len() => v.amounts[t.0] = x,
            (Col::Benefit, Edit::Number(x)) => v.benefit = Some(limits::BENEFIT.clamp(x)),
            (Col::Link(_), Edit::Choice(_)) => {
                if let Some((link, id)) = link {
                    link.assign(id, (&mut v.locality, &mut v.priority));
                }
            }
            _ => {}
        }
    }

    fn input(&mut self, ui: &mut Ui, row: usize, col: usize) -> egui::Response {
        let label = self.name(row, col);
        let col = self.layout[col];
        let v = self.investment_mut(row);
        let width = ui.available_width();
        match col {
            Col::Name => widgets::text(ui, &mut v.name, width, &label),
            Col::Category => widgets::text(ui, &mut v.category, width, &label),
            Col::Year(t) if t.0 < v.amounts.len() => {
                widgets::money(ui, &mut v.amounts[t.0], &label)
            }
            Col::Benefit => {
                let mut score = v.benefit.unwrap_or(0.0);
                let response = widgets::score(ui, &mut score, &label);
                if response.changed() {
                    v.benefit = Some(score);
                }
                response
            }
            _ => ui.label(""),
        }
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
            }
        }
    }
}
