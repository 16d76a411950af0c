//! Localities, KPIs and risks: the smaller lists of the plan.

use egui::{Grid, RichText, Ui};

use super::{name_with_actions, title_with_add};
use crate::engine::{Rag, locality_shares};
use crate::format::{grouped, money_k};
use crate::model::RiskStatus;
use crate::session::Collection;
use crate::ui::FrameInput;
use crate::ui::theme::{Palette, space};
use crate::ui::widgets::{self, problem_mark, problems_for};

/// The localities editor, with each locality's share and do-something gap.
pub fn localities(ui: &mut Ui, f: &mut FrameInput) -> bool {
    let mut changed = false;
    title_with_add(ui, "Localities", Collection::Localities, f.commands);
    let shares = locality_shares(&f.doc.plan);
    let rows = f.outcome.ok().map(|o| &o.localities);
    let (plan, problems) = f.doc.parts_mut();
    let last = plan.horizon;
    problem_mark(ui, &problems_for(problems, "localities"));
    Grid::new("localities-grid")
        .striped(true)
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            ui.strong("Locality");
            ui.strong("Registered population");
            ui.strong("Practices");
            ui.strong("Share");
            ui.strong(format!("Do-something gap {}", plan.year_label(last)));
            ui.end_row();
            for (i, l) in plan.localities.iter_mut().enumerate() {
                let name = l.name.clone();
                changed |= name_with_actions(
                    ui,
                    &mut l.name,
                    200.0,
                    &name,
                    f.commands,
                    Collection::Localities,
                    &l.id,
                );
                changed |= widgets::count(ui, &mut l.population, &format!("Population of {name}"))
                    .changed();
                changed |= widgets::whole(
                    ui,
                    &mut l.practices,
                    0..=1000,
                    &format!("Practices in {name}"),
                )
                .changed();
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
    changed
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

/// The KPI editor, with each KPI's status.
pub fn kpis(ui: &mut Ui, f: &mut FrameInput) -> bool {
    let mut changed = false;
    let palette = Palette::of(ui.ctx());
    title_with_add(ui, "Performance measures", Collection::Kpis, f.commands);
    let outcomes = f.outcome.ok().map(|o| &o.kpis);
    let plan = &mut f.doc.plan;
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .id_salt("kpis")
        .show(ui, |ui| {
            Grid::new("kpi-grid")
                .striped(true)
                .spacing([space::M, space::S])
                .show(ui, |ui| {
                    ui.strong("Measure");
                    ui.strong("Notes");
                    ui.strong("Status");
                    ui.strong("Latest actual");
                    ui.strong("Target");
                    ui.strong("Better");
                    ui.strong("Unit");
                    ui.end_row();
                    for (i, k) in plan.kpis.iter_mut().enumerate() {
                        let name = k.name.clone();
                        ui.horizontal(|ui| {
                            changed |= name_with_actions(
                                ui,
                                &mut k.name,
                                240.0,
                                &name,
                                f.commands,
                                Collection::Kpis,
                                &k.id,
                            );
                            let open = f.view.selected.as_deref() == Some(k.id.as_str());
                            if ui
                                .selectable_label(open, "Periods")
                                .accessible_name(format!("Periods of {name}"))
                                .on_hover_text("Plan and actual for every reporting period")
                                .clicked()
                            {
                                f.view.selected = if open { None } else { Some(k.id.clone()) };
                            }
                        });
                        ui.vertical(|ui| changed |= widgets::notes(ui, &mut k.notes, &name));
                        ui.horizontal(|ui| {
                            if k.target.is_none() {
                                ui.label(RichText::new("Trend").color(palette.muted).strong())
                                    .on_hover_text(
                                        "No target: shown as a trend, never red, amber or green",
                                    );
                            } else {
                                let rag = outcomes.and_then(|o| o.get(i)).and_then(|o| o.rag);
                                ui.label(rag_text(&palette, rag));
                            }
                        });
                        ui.horizontal(|ui| match k.actual.last_mut() {
                            Some(a) => {
                                changed |=
                                    widgets::money(ui, a, &format!("Latest actual of {name}"))
                                        .changed()
                            }
                            None => {
                                if ui
                                    .small_button("+ Actual")
                                    .accessible_name(format!("Add actual for {name}"))
                                    .clicked()
                                {
                                    k.report_next();
                                    changed = true;
                                }
                            }
                        });
                        changed |= widgets::optional_money(
                            ui,
                            &mut k.target,
                            k.actual.last().copied().or(k.baseline).unwrap_or(0.0),
                            "No target",
                            &format!("Target of {name}"),
                        );
                        changed |= widgets::pick(
                            ui,
                            ("better", i),
                            &mut k.higher_is_better,
                            &[true, false],
                            |b| if b { "Higher" } else { "Lower" },
                            &format!("Better direction of {name}"),
                        );
                        changed |= widgets::text(ui, &mut k.unit, 90.0, &format!("Unit of {name}"))
                            .changed();
                        ui.end_row();
                    }
                });
            if let Some(k) = f
                .view
                .selected
                .as_deref()
                .and_then(|id| plan.kpis.iter_mut().find(|k| k.id == id))
            {
                ui.add_space(space::M);
                changed |= kpi_periods(ui, k);
            }
        });
    changed
}

/// Plan and actual for every reporting period of one measure.
fn kpi_periods(ui: &mut Ui, k: &mut crate::model::Kpi) -> bool {
    let mut changed = false;
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
                        changed |=
                            widgets::text(ui, label, 120.0, &format!("Period {} of {name}", p + 1))
                                .changed();
                    }
                    None => {
                        ui.label(format!("Period {}", p + 1));
                    }
                }
                match k.plan.get_mut(p) {
                    Some(v) => {
                        changed |=
                            widgets::money(ui, v, &format!("Plan {} of {name}", p + 1)).changed();
                    }
                    None => {
                        ui.label(RichText::new("none").weak());
                    }
                }
                let reported = k.actual.len();
                match k.actual.get_mut(p) {
                    Some(v) => {
                        changed |=
                            widgets::money(ui, v, &format!("Actual {} of {name}", p + 1)).changed();
                    }
                    None if p == reported => {
                        if ui
                            .small_button("Report")
                            .accessible_name(format!("Report period {} of {name}", p + 1))
                            .clicked()
                        {
                            k.report_next();
                            changed = true;
                        }
                    }
                    None => {
                        ui.label(RichText::new("not yet").weak());
                    }
                }
                ui.end_row();
            }
        });
    ui.horizontal_wrapped(|ui| {
        if ui
            .button("+ Period")
            .accessible_name(format!("Add a period to {name}"))
            .clicked()
        {
            let n = k.periods.len().max(k.actual.len()) + 1;
            k.add_period(format!("Period {n}"));
            changed = true;
        }
        if !k.periods.is_empty() && ui.button("Remove last period").clicked() {
            k.remove_last_period();
            changed = true;
        }
        if k.plan.is_empty() && !k.periods.is_empty() && ui.button("Plan each period").clicked() {
            k.plan_by_period();
            changed = true;
        }
        if k.periods.is_empty() && k.actual.is_empty() && ui.button("Report an actual").clicked() {
            k.report_next();
            changed = true;
        }
    });
    changed
}

/// The risk editor, with severity and exposure by status.
pub fn risks(ui: &mut Ui, f: &mut FrameInput) -> bool {
    let mut changed = false;
    let palette = Palette::of(ui.ctx());
    title_with_add(ui, "Risks", Collection::Risks, f.commands);
    if let Ok(o) = f.outcome {
        ui.horizontal(|ui| {
            for (status, total) in &o.exposure_by_status {
                ui.label(RichText::new(format!("{}: {}", status.label(), money_k(*total))).small());
                ui.add_space(space::M);
            }
        });
    }
    let plan = &mut f.doc.plan;
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .id_salt("risks")
        .show(ui, |ui| {
            Grid::new("risk-grid")
                .striped(true)
                .spacing([space::M, space::S])
                .show(ui, |ui| {
                    ui.strong("Risk");
                    ui.strong("Notes");
                    ui.strong("Likelihood");
                    ui.strong("Impact");
                    ui.strong("Severity");
                    ui.strong("Exposure £k");
                    ui.strong("Owner");
                    ui.strong("Status");
                    ui.end_row();
                    for (i, r) in plan.risks.iter_mut().enumerate() {
                        let name = r.name.clone();
                        changed |= name_with_actions(
                            ui,
                            &mut r.name,
                            300.0,
                            &name,
                            f.commands,
                            Collection::Risks,
                            &r.id,
                        );
                        ui.vertical(|ui| changed |= widgets::notes(ui, &mut r.notes, &name));
                        changed |= widgets::whole(
                            ui,
                            &mut r.likelihood,
                            1..=5,
                            &format!("Likelihood of {name}"),
                        )
                        .changed();
                        changed |=
                            widgets::whole(ui, &mut r.impact, 1..=5, &format!("Impact of {name}"))
                                .changed();
                        let severity = u32::from(r.likelihood) * u32::from(r.impact);
                        let colour = match severity {
                            15.. => palette.bad,
                            8..=14 => palette.warn,
                            _ => palette.good,
                        };
                        ui.label(
                            RichText::new(grouped(f64::from(severity), 0))
                                .color(colour)
                                .strong(),
                        );
                        changed |=
                            widgets::money(ui, &mut r.exposure, &format!("Exposure of {name}"))
                                .changed();
                        changed |=
                            widgets::text(ui, &mut r.owner, 140.0, &format!("Owner of {name}"))
                                .changed();
                        ui.horizontal(|ui| {
                            changed |= widgets::pick(
                                ui,
                                ("risk-status", i),
                                &mut r.status,
                                &RiskStatus::ALL,
                                RiskStatus::label,
                                &format!("Status of {name}"),
                            );
                        });
                        ui.end_row();
                    }
                });
        });
    changed
}
