//! Savings (QIPP) schemes: a filtered sheet of thousands of rows, and the selected
//! scheme's details (stretch, provider stream, activity impact, notes) below it.

use egui::{RichText, Ui};

use super::filter::{self, Bar};
use super::items::{Items, Link};
use super::{details_heading, row_to_reveal, sheet_height, title_with_add, year_amounts};
use crate::format::money_m;
use crate::model::{ActivityImpact, Scheme, Stage};
use crate::session::Collection;
use crate::ui::FrameInput;
use crate::ui::sheet::{Cell, Column, Edit, Format, Rows, Sheet};
use crate::ui::theme::space;
use crate::ui::widgets;

/// The schemes editor.
pub fn show(ui: &mut Ui, f: &mut FrameInput) -> bool {
    title_with_add(ui, "Savings schemes", Collection::Schemes, f.commands);
    let bar = Bar {
        salt: "schemes",
        items: "schemes",
        groups: "programmes",
        stages: true,
    };
    if filter::bar(
        ui,
        &f.doc.plan,
        &f.doc.plan.schemes,
        &bar,
        &mut f.view.scheme_filter,
    ) {
        // A new filter lets the selected scheme go if it no longer matches.
        f.view.selected = None;
    }
    let listing = filter::listing(
        ui,
        "schemes",
        (f.doc.revision(), &f.doc.plan.schemes),
        &f.view.scheme_filter,
        f.view.selected.as_deref(),
    );
    ui.label(
        RichText::new(format!(
            "{} of {} schemes shown · {} over the plan · click a scheme for its details, \
             right-click for more",
            listing.rows.len(),
            f.doc.plan.schemes.len(),
            money_m(listing.total)
        ))
        .small(),
    );
    let reveal = row_to_reveal(
        f.view,
        listing
            .rows
            .iter()
            .map(|&i| f.doc.plan.schemes[i].id.as_str()),
    );
    let height = sheet_height(ui, f.view.selected.is_some());
    let mut changed = false;
    ui.allocate_ui(egui::vec2(ui.available_width(), height), |ui| {
        let mut rows = SchemeRows::new(Items::new(
            f.doc.parts_mut(),
            Collection::Schemes,
            &listing.rows,
            &mut f.view.selected,
            f.commands,
        ));
        let columns = rows.columns();
        Sheet::new("schemes", &columns)
            .frozen(2)
            .marked(1)
            .scroll_to(reveal)
            .show(ui, &mut rows);
        changed = rows.items.changed;
    });
    if let Some(id) = f.view.selected.clone()
        && let Some(i) = f.doc.plan.schemes.iter().position(|s| s.id == id)
    {
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("scheme-detail")
            .show(ui, |ui| changed |= detail(ui, f, i));
    }
    changed
}

/// A column of the schemes sheet.
#[derive(Debug, Clone, Copy)]
enum Col {
    On,
    Name,
    Programme,
    Stage,
    /// Savings in planning year `t` (0 = the first).
    Year(usize),
    Chance,
    Recurrent,
    Link(Link),
}

/// The schemes under the filter, as sheet rows.
struct SchemeRows<'a> {
    items: Items<'a>,
    layout: Vec<Col>,
}

impl<'a> SchemeRows<'a> {
    fn new(items: Items<'a>) -> Self {
        let mut layout = vec![Col::On, Col::Name, Col::Programme, Col::Stage];
        layout.extend((0..items.plan.horizon).map(Col::Year));
        layout.extend([Col::Chance, Col::Recurrent]);
        layout.extend(items.links().map(Col::Link));
        Self { items, layout }
    }

    fn columns(&self) -> Vec<Column> {
        self.layout
            .iter()
            .map(|col| match col {
                Col::On => Column::new("On", 36.0).hint("Counts in the base plan"),
                Col::Name => Column::new("Scheme", 220.0),
                Col::Programme => Column::new("Programme", 160.0),
                Col::Stage => Column::new("Stage", 120.0),
                Col::Year(t) => Column::new(format!("{} £k", self.items.year(*t)), 90.0),
                Col::Chance => Column::new("Chance", 80.0)
                    .hint("Chance of delivery; the stage default (faint) unless set"),
                Col::Recurrent => {
                    Column::new("Rec.", 50.0).hint("Recurrent: continues after the plan")
                }
                Col::Link(link) => Items::link_column(*link),
            })
            .collect()
    }

    fn scheme(&self, row: usize) -> &Scheme {
        &self.items.plan.schemes[self.items.rows[row]]
    }

    fn scheme_mut(&mut self, row: usize) -> &mut Scheme {
        &mut self.items.plan.schemes[self.items.rows[row]]
    }

    fn stage_default(&self, row: usize) -> f64 {
        self.items.plan.stage_confidence.get(self.scheme(row).stage)
    }
}

impl Rows for SchemeRows<'_> {
    fn len(&self) -> usize {
        self.items.rows.len()
    }

    fn key(&self, row: usize) -> &str {
        &self.scheme(row).id
    }

    fn cell(&self, row: usize, col: usize) -> Cell<'_> {
        let s = self.scheme(row);
        match self.layout[col] {
            Col::On => Cell::Check(s.active),
            Col::Name => Cell::Text(&s.name),
            Col::Programme => Cell::Text(&s.programme),
            Col::Stage => Cell::Choice(s.stage.label()),
            Col::Year(t) => s.savings.get(t).map_or(Cell::Empty, |&value| Cell::Number {
                value,
                format: Format::Money,
                inherited: false,
            }),
            Col::Chance => Cell::Number {
                value: s.confidence.unwrap_or_else(|| self.stage_default(row)),
                format: Format::Chance,
                inherited: s.confidence.is_none(),
            },
            Col::Recurrent => Cell::Check(s.recurrent),
            Col::Link(link) => {
                self.items
                    .link_cell(link, s.locality.as_deref(), s.priority.as_deref())
            }
        }
    }

    fn notes(&self, row: usize, col: usize) -> Option<&str> {
        matches!(self.layout[col], Col::Name).then(|| self.scheme(row).notes.as_str())
    }

    fn name(&self, row: usize, col: usize) -> String {
        let name = &self.scheme(row).name;
        match self.layout[col] {
            Col::On => format!("Include {name}"),
            Col::Name => format!("Name of {name}"),
            Col::Programme => format!("Programme of {name}"),
            Col::Stage => format!("Stage of {name}"),
            Col::Year(t) => format!("Savings {} {name}", self.items.year(t)),
            Col::Chance => format!("Chance of delivery {name}"),
            Col::Recurrent => format!("Recurrent {name}"),
            Col::Link(link) => Items::link_name(link, name),
        }
    }

    fn problems(&self, row: usize) -> Option<String> {
        self.items.problems(self.key(row), "")
    }

    fn cell_problem(&self, row: usize, col: usize) -> Option<String> {
        let id = self.key(row);
        match self.layout[col] {
            Col::Programme => self.items.problems(id, ".programme"),
            Col::Year(t) => self.items.problems(id, &format!(".savings[{t}]")),
            Col::Chance => self.items.problems(id, ".confidence"),
            Col::Link(link) => self.items.link_problems(id, link),
            Col::On | Col::Name | Col::Stage | Col::Recurrent => None,
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
            Col::Stage => Stage::ALL.iter().map(|s| s.label().to_string()).collect(),
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
        let s = self.scheme_mut(row);
        match (col, edit) {
            (Col::On, Edit::Toggle) => s.active = !s.active,
            (Col::Recurrent, Edit::Toggle) => s.recurrent = !s.recurrent,
            (Col::Name, Edit::Text(text)) => s.name = text,
            (Col::Programme, Edit::Text(text)) => s.programme = text,
            (Col::Year(t), Edit::Number(v)) if t < s.savings.len() => s.savings[t] = v,
            (Col::Chance, Edit::Number(v)) => s.confidence = Some(v.clamp(0.0, 1.0)),
            (Col::Stage, Edit::Choice(k)) if k < Stage::ALL.len() => s.stage = Stage::ALL[k],
            (Col::Link(_), Edit::Choice(_)) => {
                if let Some((link, id)) = link {
                    link.assign(id, (&mut s.locality, &mut s.priority));
                }
            }
            _ => return,
        }
        self.items.changed = true;
    }

    fn input(&mut self, ui: &mut Ui, row: usize, col: usize) -> egui::Response {
        let label = self.name(row, col);
        let default = self.stage_default(row);
        let col = self.layout[col];
        let s = self.scheme_mut(row);
        let width = ui.available_width();
        let response = match col {
            Col::Name => widgets::text(ui, &mut s.name, width, &label),
            Col::Programme => widgets::text(ui, &mut s.programme, width, &label),
            Col::Year(t) if t < s.savings.len() => widgets::money(ui, &mut s.savings[t], &label),
            Col::Chance => {
                let mut value = s.confidence.unwrap_or(default);
                let response = widgets::chance(ui, &mut value, &label);
                if response.changed() {
                    s.confidence = Some(value);
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
        self.items.menu(ui, &id, "Details");
        if matches!(self.layout[col], Col::Chance) && self.scheme(row).confidence.is_some() {
            ui.separator();
            if ui.button("Use the stage default").clicked() {
                self.scheme_mut(row).confidence = None;
                self.items.changed = true;
            }
        }
    }
}

fn detail(ui: &mut Ui, f: &mut FrameInput, i: usize) -> bool {
    let plan = &mut f.doc.plan;
    let years = plan.year_labels();
    let pods: Vec<(String, String)> = plan
        .trajectories
        .iter()
        .map(|t| (t.id.clone(), t.name.clone()))
        .collect();
    let h = plan.horizon;
    let s = &mut plan.schemes[i];
    let name = s.name.clone();
    let mut changed = false;
    details_heading(
        ui,
        f.commands,
        &mut f.view.selected,
        Collection::Schemes,
        (&s.id, &name),
    );
    egui::Grid::new("scheme-detail-grid")
        .num_columns(2)
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            ui.label("Provider stream");
            let mut provider = s.provider.clone().unwrap_or_default();
            if widgets::text(
                ui,
                &mut provider,
                200.0,
                &format!("Provider stream of {name}"),
            )
            .changed()
            {
                s.provider = (!provider.trim().is_empty()).then_some(provider);
                changed = true;
            }
            ui.end_row();
            ui.label("Stretch £k");
            ui.horizontal(|ui| {
                let mut has = s.stretch.is_some();
                if ui
                    .checkbox(&mut has, "")
                    .accessible_name(format!("Has stretch {name}"))
                    .changed()
                {
                    s.stretch = has.then(|| vec![0.0; h]);
                    changed = true;
                }
                if let Some(stretch) = &mut s.stretch {
                    changed |= year_amounts(ui, &years, stretch, &format!("Stretch {name}"));
                }
            });
            ui.end_row();
            ui.label("Activity impact");
            ui.vertical(|ui| {
                let mut remove = None;
                for (k, a) in s.activity.iter_mut().enumerate() {
                    ui.horizontal(|ui| {
                        let mut pod = Some(a.pod.clone());
                        if widgets::pick_id(
                            ui,
                            ("pod", i, k),
                            &mut pod,
                            &pods,
                            "Choose",
                            &format!("Point of delivery {name}"),
                            180.0,
                        ) {
                            a.pod = pod.unwrap_or_default();
                            changed = true;
                        }
                        changed |= year_amounts(
                            ui,
                            &years,
                            &mut a.change,
                            &format!("Activity change {name}"),
                        );
                        if ui
                            .small_button("Remove")
                            .accessible_name("Remove activity impact")
                            .clicked()
                        {
                            remove = Some(k);
                        }
                    });
                }
                if let Some(k) = remove {
                    s.activity.remove(k);
                    changed = true;
                }
                if !pods.is_empty() && ui.button("+ Add activity impact").clicked() {
                    s.activity.push(ActivityImpact {
                        pod: pods[0].0.clone(),
                        change: vec![0.0; h],
                    });
                    changed = true;
                }
            });
            ui.end_row();
            ui.label("Notes");
            changed |= widgets::paragraph(ui, &mut s.notes, &format!("Notes on {name}")).changed();
            ui.end_row();
        });
    changed
}
