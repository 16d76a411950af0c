//! Savings (QIPP) schemes: a filtered sheet of thousands of rows, and the selected
//! scheme's details (stretch, provider stream, activity impact, notes) below it. With an
//! option in view, the On and Chance columns show and change the option's own switches
//! and chances.

use egui::Ui;

use super::filter::Bar;
use super::item_sheet::ItemScreen;
use super::items::{Items, Link, on_off};
use super::{details_heading, year_amounts};
use crate::model::years::Planning;
use crate::model::{ActivityImpact, Plan, Scheme, Stage, limits};
use crate::session::{Collection, ItemFilter, ViewState};
use crate::ui::FrameInput;
use crate::ui::sheet::{Cell, Column, Edit, Format, Rows};
use crate::ui::theme::space;
use crate::ui::widgets;

impl ItemScreen for Scheme {
    const COLLECTION: Collection = Collection::Schemes;
    const TITLE: &'static str = "Savings schemes";
    const BAR: Bar<'static> = Bar {
        salt: "schemes",
        items: "schemes",
        groups: "programmes",
        stages: true,
    };
    const NOUN: &'static str = "scheme";
    const DETAILS: &'static str = "details";
    const OPTION_COLUMNS: &'static str = "On and Chance";
    type Rows<'a> = SchemeRows<'a>;

    fn list(plan: &Plan) -> &[Self] {
        &plan.schemes
    }
    fn filter(view: &ViewState) -> &ItemFilter {
        &view.scheme_filter
    }
    fn filter_mut(view: &mut ViewState) -> &mut ItemFilter {
        &mut view.scheme_filter
    }
    fn rows(items: Items<'_>) -> SchemeRows<'_> {
        SchemeRows::new(items)
    }
    fn columns(rows: &SchemeRows<'_>) -> Vec<Column> {
        rows.columns()
    }
    fn details(ui: &mut Ui, f: &mut FrameInput, i: usize) {
        details(ui, f, i);
    }
}

/// A column of the schemes sheet.
#[derive(Debug, Clone, Copy)]
enum Col {
    On,
    Name,
    Programme,
    Stage,
    /// Savings in planning year `t`.
    Year(Planning),
    Chance,
    Recurrent,
    Link(Link),
}

/// The schemes under the filter, as sheet rows.
pub struct SchemeRows<'a> {
    items: Items<'a>,
    layout: Vec<Col>,
}

impl<'a> SchemeRows<'a> {
    fn new(items: Items<'a>) -> Self {
        let mut layout = vec![Col::On, Col::Name, Col::Programme, Col::Stage];
        layout.extend((0..items.plan().horizon).map(|t| Col::Year(Planning(t))));
        layout.extend([Col::Chance, Col::Recurrent]);
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
        &self.items.plan().schemes[self.items.rows[row]]
    }

    fn scheme_mut(&mut self, row: usize) -> &mut Scheme {
        let i = self.items.rows[row];
        &mut self.items.plan_mut().schemes[i]
    }

    /// Whether the scheme counts where the sheet edits (the option in view, or the base
    /// plan).
    fn counts(&self, row: usize) -> bool {
        let s = self.scheme(row);
        self.items.option().map_or(s.active, |o| o.scheme_counts(s))
    }

    /// The chance of delivery in the base plan: the scheme's own, or its stage's.
    fn base_chance(&self, row: usize) -> f64 {
        let s = self.scheme(row);
        s.confidence
            .unwrap_or_else(|| self.items.plan().stage_confidence.get(s.stage))
    }

    /// The chance the sheet shows and whether it is inherited (from the base plan in an
    /// option, from the stage in the base plan).
    fn chance(&self, row: usize) -> (f64, bool) {
        let s = self.scheme(row);
        match self.items.option() {
            Some(option) => option
                .confidence
                .get(&s.id)
                .map_or((self.base_chance(row), true), |&c| (c, false)),
            None => (self.base_chance(row), s.confidence.is_none()),
        }
    }

    fn set_chance(&mut self, row: usize, chance: Option<f64>) {
        self.items.set_chance(self.items.rows[row], chance);
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
            Col::On => Cell::Check(self.counts(row)),
            Col::Name => Cell::Text(&s.name),
            Col::Programme => Cell::Text(&s.programme),
            Col::Stage => Cell::Choice(s.stage.label()),
            Col::Year(t) => s
                .savings
                .get(t.0)
                .map_or(Cell::Empty, |&value| Cell::Number {
                    value,
                    format: Format::Money,
                    inherited: false,
                }),
            Col::Chance => {
                let (value, inherited) = self.chance(row);
                Cell::Number {
                    value,
                    format: Format::Chance,
                    inherited,
                }
            }
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

    fn differs(&self, row: usize, col: usize) -> Option<String> {
        let option = self.items.option()?;
        let s = self.scheme(row);
        match self.layout[col] {
            Col::On if option.scheme_counts(s) != s.active => Some(format!(
                "{} in {}; {} in the base plan",
                on_off(!s.active, true),
                option.name,
                on_off(s.active, false)
            )),
            Col::Chance => option.confidence.get(&s.id).map(|_| {
                format!(
                    "Set in {}; {:.0}% in the base plan",
                    option.name,
                    self.base_chance(row) * 100.0
                )
            }),
            _ => None,
        }
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
            Col::Programme => self.items.problems(id, ".programme"),
            Col::Year(t) => self.items.problems(id, &format!(".savings[{}]", t.0)),
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
        match (self.layout[col], edit) {
            (Col::On, Edit::Toggle) => {
                let on = !self.counts(row);
                self.items.switch_scheme(self.items.rows[row], on);
            }
            (Col::Chance, Edit::Number(v)) => self.set_chance(row, Some(limits::CHANCE.clamp(v))),
            (Col::Link(link), Edit::Choice(k)) => {
                let id = self.items.link_id(link, k);
                let s = self.scheme_mut(row);
                link.assign(id, (&mut s.locality, &mut s.priority));
            }
            (col, edit) => {
                let s = self.scheme_mut(row);
                match (col, edit) {
                    (Col::Recurrent, Edit::Toggle) => s.recurrent = !s.recurrent,
                    (Col::Name, Edit::Text(text)) => s.name = text,
                    (Col::Programme, Edit::Text(text)) => s.programme = text,
                    (Col::Year(t), Edit::Number(v)) if t.0 < s.savings.len() => {
                        s.savings[t.0] = v;
                    }
                    (Col::Stage, Edit::Choice(k)) if k < Stage::ALL.len() => {
                        s.stage = Stage::ALL[k];
                    }
                    _ => {}
                }
            }
        }
    }

    fn input(&mut self, ui: &mut Ui, row: usize, col: usize) -> egui::Response {
        let label = self.name(row, col);
        let col = self.layout[col];
        let width = ui.available_width();
        if let Col::Chance = col {
            let (mut value, _) = self.chance(row);
            let response = widgets::chance(ui, &mut value, &label);
            if response.changed() {
                self.set_chance(row, Some(value));
            }
            return response;
        }
        let s = self.scheme_mut(row);
        match col {
            Col::Name => widgets::text(ui, &mut s.name, width, &label),
            Col::Programme => widgets::text(ui, &mut s.programme, width, &label),
            Col::Year(t) if t.0 < s.savings.len() => {
                widgets::money(ui, &mut s.savings[t.0], &label)
            }
            _ => ui.label(""),
        }
    }

    fn has_menu(&self) -> bool {
        true
    }

    fn menu(&mut self, ui: &mut Ui, row: usize, col: usize) {
        let id = self.key(row).to_string();
        self.items.menu(ui, &id, "Details");
        let (_, inherited) = self.chance(row);
        if matches!(self.layout[col], Col::Chance) && !inherited {
            ui.separator();
            let words = if self.items.option().is_some() {
                "Use the base plan's chance"
            } else {
                "Use the stage default"
            };
            if ui.button(words).clicked() {
                self.set_chance(row, None);
            }
        }
    }
}

/// The selected scheme's details: provider stream, stretch, activity impact and notes.
fn details(ui: &mut Ui, f: &mut FrameInput, i: usize) {
    let plan = f.doc.plan_mut();
    let years = plan.planning_year_labels();
    let pods: Vec<(String, String)> = plan
        .trajectories
        .iter()
        .map(|t| (t.id.clone(), t.name.clone()))
        .collect();
    let s = &mut plan.schemes[i];
    let name = s.name.clone();
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
            provider_and_stretch(ui, s, &years, &name);
            ui.label("Activity impact");
            ui.vertical(|ui| activity_impacts(ui, s, &pods, &years, &name));
            ui.end_row();
            ui.label("In public");
            widgets::sensitive(
                ui,
                &mut s.sensitive,
                "Commercially sensitive",
                &format!("Sensitive {name}"),
            );
            ui.end_row();
            ui.label("Notes");
            widgets::paragraph(ui, &mut s.notes, &format!("Notes on {name}"));
            ui.end_row();
        });
}

/// The provider stream a scheme saves from, and its stretch savings when it has any;
/// `years` labels the planning years.
fn provider_and_stretch(ui: &mut Ui, s: &mut Scheme, years: &[String], name: &str) {
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
            s.stretch = has.then(|| vec![0.0; years.len()]);
        }
        if let Some(stretch) = &mut s.stretch {
            year_amounts(ui, years, stretch, &format!("Stretch {name}"));
        }
    });
    ui.end_row();
}

/// What a scheme changes in each point of delivery's activity, one row each, with
/// add and remove; `pods` are the plan's points of delivery (id, name).
fn activity_impacts(
    ui: &mut Ui,
    s: &mut Scheme,
    pods: &[(String, String)],
    years: &[String],
    name: &str,
) {
    let mut remove = None;
    for (k, a) in s.activity.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let mut pod = Some(a.pod.clone());
            if widgets::pick_id(
                ui,
                ("pod", &s.id, k),
                &mut pod,
                pods,
                "Choose",
                &format!("Point of delivery {name}"),
                180.0,
            ) {
                a.pod = pod.unwrap_or_default();
            }
            year_amounts(ui, years, &mut a.change, &format!("Activity change {name}"));
            if ui.is_enabled()
                && ui
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
    }
    // No editing chrome where nothing can be changed (review mode).
    if let Some((pod, _)) = pods.first()
        && ui.is_enabled()
        && ui.button("+ Add activity impact").clicked()
    {
        s.activity.push(ActivityImpact {
            pod: pod.clone(),
            change: vec![0.0; years.len()],
        });
    }
}
