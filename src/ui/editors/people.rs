//! Localities, KPIs and risks: the smaller lists of the plan.

use egui::{Grid, RichText, Ui};

use super::{name_with_actions, title_with_add};
use crate::engine::{KpiOutcome, Rag, RiskOutcome, locality_shares};
use crate::format::{grouped, money_k};
use crate::model::years::FromBase;
use crate::model::{Kpi, Risk, RiskStatus, limits};
use crate::session::{Collection, Command, CommentMarks};
use crate::ui::FrameInput;
use crate::ui::theme::{Palette, space, table};
use crate::ui::widgets::{self, problem_mark, problems_for};

/// A table of items with a name field each, in a scroll area. Its name fields give way
/// first when the table is wider than the room (down to a floor), so as many columns as
/// possible are in view; past that it scrolls sideways, with its scroll bars drawn
/// whenever there is more to see.
struct FittedTable {
    id: egui::Id,
    salt: &'static str,
    /// How wide the name fields are this frame.
    name_width: f32,
    /// How wide they were last frame: a grid lays its columns out from the frame before,
    /// so the table's width measured this frame is the width it had with these.
    last_width: f32,
}

/// What a fitted table remembers between frames: its name width this frame and last.
#[derive(Debug, Clone, Copy)]
struct NameWidths {
    now: f32,
    last: f32,
}

impl FittedTable {
    /// The table `salt`, its name fields as wide as last frame's table left room for.
    fn new(ui: &Ui, salt: &'static str) -> Self {
        let id = ui.make_persistent_id(("fitted-table", salt));
        let widths = ui
            .data(|d| d.get_temp::<NameWidths>(id))
            .unwrap_or(NameWidths {
                now: table::NAME_FIELD,
                last: table::NAME_FIELD,
            });
        Self {
            id,
            salt,
            name_width: widths.now,
            last_width: widths.last,
        }
    }

    /// Shows the table in the space left in `ui`.
    /// Shows a table of item rows, each drawn with what a [`Row`] holds: this table's
    /// name width, the selection and the command queue.
    fn show_rows(
        &self,
        ui: &mut Ui,
        editing: bool,
        (selected, commands, marks): (&mut Option<String>, &mut Vec<Command>, &CommentMarks),
        table: impl FnOnce(&mut Ui, &mut Row<'_>),
    ) {
        self.show(ui, editing, |ui| {
            let mut row = Row {
                palette: Palette::of(ui.ctx()),
                name_width: self.name_width,
                selected,
                commands,
                marks,
            };
            table(ui, &mut row);
        });
    }

    /// Its inputs take edits only when `editing`; in review mode it still scrolls.
    fn show(&self, ui: &mut Ui, editing: bool, table: impl FnOnce(&mut Ui)) {
        let output = ui
            .scope(|ui| {
                ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
                egui::ScrollArea::both()
                    .auto_shrink([false, false])
                    .id_salt(self.salt)
                    .show(ui, |ui| {
                        ui.add_enabled_ui(editing, table);
                    })
            })
            .inner;
        // The name width that makes the table as wide as the room, for the next frame,
        // from the width the measured table was laid out with. It shrinks at once to
        // fit, but grows only by a clear margin, more than a scroll bar that comes and
        // goes with the table's width.
        let room = output.inner_rect.width() - output.content_size.x;
        let fitting = (self.last_width + room).clamp(table::MIN_NAME_FIELD, table::NAME_FIELD);
        let change = fitting - self.name_width;
        let next = if !(-0.5..=table::GROW_MARGIN).contains(&change) {
            ui.ctx().request_repaint();
            fitting
        } else {
            self.name_width
        };
        let widths = NameWidths {
            now: next,
            last: self.name_width,
        };
        ui.data_mut(|d| d.insert_temp(self.id, widths));
    }
}

/// The localities editor, with each locality's share and do-something gap.
pub fn localities(ui: &mut Ui, f: &mut FrameInput) {
    let editing = f.editing();
    ui.add_enabled_ui(editing, |ui| {
        title_with_add(ui, "Localities", Collection::Localities, f.commands)
    });
    let shares = locality_shares(f.doc.plan());
    let rows = f.outcome.ok().map(|o| &o.localities);
    let (plan, problems) = f.doc.parts_mut_but_items();
    let last = plan.horizon;
    problem_mark(ui, &problems_for(problems, "localities"));
    let fitted = FittedTable::new(ui, "localities");
    fitted.show(ui, editing, |ui| {
        Grid::new("localities-grid")
            .striped(true)
            .spacing([space::M, space::S])
            .show(ui, |ui| {
                ui.strong("Locality");
                // Titles on two lines, so the table is no wider than its figures.
                ui.strong("Registered\npopulation");
                ui.strong("Practices");
                ui.strong("Share");
                ui.strong(format!(
                    "Do-something gap\n{}",
                    plan.year_label(FromBase(last))
                ));
                ui.end_row();
                for (i, l) in plan.localities.iter_mut().enumerate() {
                    let name = l.name.clone();
                    name_with_actions(
                        ui,
                        &mut l.name,
                        fitted.name_width,
                        &name,
                        (f.commands, f.review.marks()),
                        Collection::Localities,
                        &l.id,
                    );
                    widgets::count(ui, &mut l.population, &format!("Population of {name}"));
                    widgets::whole(
                        ui,
                        &mut l.practices,
                        limits::PRACTICES,
                        &format!("Practices in {name}"),
                    );
                    ui.label(format!(
                        "{:.1}%",
                        shares.get(i).copied().unwrap_or(0.0) * 100.0
                    ));
                    ui.horizontal(|ui| {
                        let gap = rows.and_then(|r| r.get(i)).and_then(|r| r.rows.last());
                        ui.label(gap.map_or(String::new(), |g| money_k(g.gap_do_something)));
                    });
                    ui.end_row();
                }
            });
    });
}

fn rag_text(palette: &Palette, rag: Option<Rag>) -> RichText {
    match rag {
        Some(Rag::Red) => RichText::new("Red").color(palette.bad),
        Some(Rag::Amber) => RichText::new("Amber").color(palette.warn),
        Some(Rag::Green) => RichText::new("Green").color(palette.good),
        None => RichText::new("No data").color(palette.muted),
    }
    .strong()
}

/// The KPI editor, with each KPI's status, and the periods of the one opened.
pub fn kpis(ui: &mut Ui, f: &mut FrameInput) {
    let editing = f.editing();
    ui.add_enabled_ui(editing, |ui| {
        title_with_add(ui, "Performance measures", Collection::Kpis, f.commands)
    });
    let outcomes = f.outcome.ok().map(|o| o.kpis.as_slice());
    let plan = f.doc.plan_mut_but_items();
    let fitted = FittedTable::new(ui, "kpis");
    let rows = (&mut f.view.selected, &mut *f.commands, f.review.marks());
    fitted.show_rows(ui, editing, rows, |ui, row| {
        item_grid(
            ui,
            row,
            ("kpi-grid", &KPI_COLUMNS),
            &mut plan.kpis,
            |ui, row, i, k| {
                kpi_row(ui, row, (i, k), outcomes.and_then(|o| o.get(i)));
            },
        );
        if let Some(k) = row
            .selected
            .as_deref()
            .and_then(|id| plan.kpis.iter_mut().find(|k| k.id == id))
        {
            ui.add_space(space::M);
            kpi_periods(ui, k);
        }
    });
}

/// The KPI table's column titles.
const KPI_COLUMNS: [&str; 7] = [
    "Measure",
    "Notes",
    "Status",
    "Latest actual",
    "Target",
    "Better",
    "Unit",
];

/// A striped table of `items` under `titles`, one row each drawn by `draw`.
fn item_grid<T>(
    ui: &mut Ui,
    row: &mut Row<'_>,
    (salt, titles): (&str, &[&str]),
    items: &mut [T],
    mut draw: impl FnMut(&mut Ui, &mut Row<'_>, usize, &mut T),
) {
    Grid::new(salt)
        .striped(true)
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            for title in titles {
                ui.strong(*title);
            }
            ui.end_row();
            for (i, item) in items.iter_mut().enumerate() {
                draw(ui, row, i, item);
                ui.end_row();
            }
        });
}

/// What every row of a KPI or risk table draws with.
struct Row<'a> {
    palette: Palette,
    name_width: f32,
    selected: &'a mut Option<String>,
    commands: &'a mut Vec<Command>,
    marks: &'a CommentMarks,
}

/// One measure: name, notes, status, latest actual, target, direction and unit.
fn kpi_row(
    ui: &mut Ui,
    row: &mut Row<'_>,
    (i, k): (usize, &mut Kpi),
    outcome: Option<&KpiOutcome>,
) {
    let name = k.name.clone();
    ui.horizontal(|ui| {
        name_with_actions(
            ui,
            &mut k.name,
            row.name_width,
            &name,
            (row.commands, row.marks),
            Collection::Kpis,
            &k.id,
        );
        let open = row.selected.as_deref() == Some(k.id.as_str());
        if ui
            .selectable_label(open, "Periods")
            .accessible_name(format!("Periods of {name}"))
            .on_hover_text("Plan and actual for every reporting period")
            .clicked()
        {
            *row.selected = if open { None } else { Some(k.id.clone()) };
        }
    });
    ui.vertical(|ui| widgets::notes(ui, &mut k.notes, &name));
    ui.horizontal(|ui| {
        if k.target.is_none() {
            ui.label(RichText::new("Trend").color(row.palette.muted).strong())
                .on_hover_text("No target: shown as a trend, never red, amber or green");
        } else {
            ui.label(rag_text(&row.palette, outcome.and_then(|o| o.rag)));
        }
    });
    ui.horizontal(|ui| match k.actual.last_mut() {
        Some(a) => {
            widgets::count(ui, a, &format!("Latest actual of {name}"));
        }
        None => {
            if ui.is_enabled()
                && ui
                    .small_button("+ Actual")
                    .accessible_name(format!("Add actual for {name}"))
                    .clicked()
            {
                k.report_next();
            }
        }
    });
    widgets::optional_count(
        ui,
        &mut k.target,
        k.actual.last().copied().or(k.baseline).unwrap_or(0.0),
        "No target",
        &format!("Target of {name}"),
    );
    widgets::pick(
        ui,
        ("better", i),
        &mut k.higher_is_better,
        &[true, false],
        |b| if b { "Higher" } else { "Lower" },
        &format!("Better direction of {name}"),
    );
    widgets::text(ui, &mut k.unit, 90.0, &format!("Unit of {name}"));
}

/// Plan and actual for every reporting period of one measure.
fn kpi_periods(ui: &mut Ui, k: &mut crate::model::Kpi) {
    let name = k.name.clone();
    crate::ui::widgets::heading(ui, &format!("{name}: by period"));
    Grid::new("kpi-periods")
        .striped(true)
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            ui.strong("Period");
            ui.strong("Plan");
            ui.strong("Actual");
            ui.end_row();
            let rows = k.periods.len().max(k.actual.len());
            for p in 0..rows {
                match k.periods.get_mut(p) {
                    Some(label) => {
                        widgets::text(ui, label, 120.0, &format!("Period {} of {name}", p + 1));
                    }
                    None => {
                        ui.label(format!("Period {}", p + 1));
                    }
                }
                match k.plan.get_mut(p) {
                    Some(v) => {
                        widgets::money(ui, v, &format!("Plan {} of {name}", p + 1));
                    }
                    None => {
                        ui.label(RichText::new("none").weak());
                    }
                }
                let reported = k.actual.len();
                match k.actual.get_mut(p) {
                    Some(v) => {
                        widgets::money(ui, v, &format!("Actual {} of {name}", p + 1));
                    }
                    None if p == reported => {
                        if ui
                            .small_button("Report")
                            .accessible_name(format!("Report period {} of {name}", p + 1))
                            .clicked()
                        {
                            k.report_next();
                        }
                    }
                    None => {
                        ui.label(RichText::new("not yet").weak());
                    }
                }
                ui.end_row();
            }
        });
    if !ui.is_enabled() {
        // No editing chrome where nothing can be changed (review mode).
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if ui
            .button("+ Period")
            .accessible_name(format!("Add a period to {name}"))
            .clicked()
        {
            let n = k.periods.len().max(k.actual.len()) + 1;
            k.add_period(format!("Period {n}"));
        }
        if !k.periods.is_empty() && ui.button("Remove last period").clicked() {
            k.remove_last_period();
        }
        if k.plan.is_empty() && !k.periods.is_empty() && ui.button("Plan each period").clicked() {
            k.plan_by_period();
        }
        if k.periods.is_empty() && k.actual.is_empty() && ui.button("Report an actual").clicked() {
            k.report_next();
        }
    });
}

/// The risk editor, with severity and exposure by status.
pub fn risks(ui: &mut Ui, f: &mut FrameInput) {
    let editing = f.editing();
    ui.add_enabled_ui(editing, |ui| {
        title_with_add(ui, "Risks", Collection::Risks, f.commands)
    });
    let severities = f.outcome.ok().map(|o| o.risks.as_slice());
    if let Ok(o) = f.outcome {
        ui.horizontal(|ui| {
            for (status, total) in &o.exposure_by_status {
                ui.label(RichText::new(format!("{}: {}", status.label(), money_k(*total))).small());
                ui.add_space(space::M);
            }
        });
    }
    let plan = f.doc.plan_mut_but_items();
    let fitted = FittedTable::new(ui, "risks");
    let rows = (&mut f.view.selected, &mut *f.commands, f.review.marks());
    fitted.show_rows(ui, editing, rows, |ui, row| {
        item_grid(
            ui,
            row,
            ("risk-grid", &RISK_COLUMNS),
            &mut plan.risks,
            |ui, row, i, r| {
                risk_row(ui, row, (i, r), severities.and_then(|s| s.get(i)));
            },
        );
    });
}

/// The risk table's column titles.
const RISK_COLUMNS: [&str; 9] = [
    "Risk",
    "Notes",
    "Likelihood",
    "Impact",
    "Severity",
    "Exposure £k",
    "Owner",
    "Status",
    "Sensitive",
];

/// One risk: name, notes, likelihood, impact, severity (as the engine rates it),
/// exposure, owner, status and whether it is commercially sensitive.
fn risk_row(
    ui: &mut Ui,
    row: &mut Row<'_>,
    (i, r): (usize, &mut Risk),
    severity: Option<&RiskOutcome>,
) {
    let name = r.name.clone();
    name_with_actions(
        ui,
        &mut r.name,
        row.name_width,
        &name,
        (row.commands, row.marks),
        Collection::Risks,
        &r.id,
    );
    ui.vertical(|ui| widgets::notes(ui, &mut r.notes, &name));
    widgets::whole(
        ui,
        &mut r.likelihood,
        limits::RISK_RATING,
        &format!("Likelihood of {name}"),
    );
    widgets::whole(
        ui,
        &mut r.impact,
        limits::RISK_RATING,
        &format!("Impact of {name}"),
    );
    match severity {
        Some(s) => {
            let colour = match s.rag() {
                Rag::Red => row.palette.bad,
                Rag::Amber => row.palette.warn,
                Rag::Green => row.palette.good,
            };
            ui.label(
                RichText::new(grouped(f64::from(s.severity), 0))
                    .color(colour)
                    .strong(),
            );
        }
        None => {
            ui.label("");
        }
    }
    widgets::money(ui, &mut r.exposure, &format!("Exposure of {name}"));
    widgets::text(ui, &mut r.owner, 140.0, &format!("Owner of {name}"));
    ui.horizontal(|ui| {
        widgets::pick(
            ui,
            ("risk-status", i),
            &mut r.status,
            &RiskStatus::ALL,
            RiskStatus::label,
            &format!("Status of {name}"),
        );
    });
    widgets::sensitive(ui, &mut r.sensitive, "", &format!("Sensitive {name}"));
}
