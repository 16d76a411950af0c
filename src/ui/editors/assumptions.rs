//! Assumptions: the plan's identity and years, income and its growth, spend lines and
//! their growth, one-off items, business rules and stage confidence.

use egui::{Grid, RichText, Ui};

use super::{name_with_actions, title_with_add, year_amounts};
use crate::model::{Growth, Plan, RuleValue, Side, Stage, edit};
use crate::session::Collection;
use crate::ui::FrameInput;
use crate::ui::theme::space;
use crate::ui::widgets::{self, heading, problem_mark, problems_for};

fn growth_editor(ui: &mut Ui, years: &[String], growth: &mut Growth, what: &str) -> bool {
    let mut changed = false;
    let mut is_percent = matches!(growth, Growth::Percent(_));
    egui::ComboBox::from_id_salt(("growth-kind", what))
        .selected_text(if is_percent { "% a year" } else { "£k a year" })
        .width(90.0)
        .show_ui(ui, |ui| {
            changed |= ui
                .selectable_value(&mut is_percent, true, "% a year")
                .changed();
            changed |= ui
                .selectable_value(&mut is_percent, false, "£k a year")
                .changed();
        })
        .response
        .accessible_name(format!("Growth kind {what}"));
    if changed {
        let values = vec![0.0; growth.values().len()];
        *growth = if is_percent {
            Growth::Percent(values)
        } else {
            Growth::Amount(values)
        };
    }
    match growth {
        Growth::Percent(v) => {
            for (t, g) in v.iter_mut().enumerate() {
                let year = years.get(t + 1).map_or("", String::as_str);
                changed |= widgets::percent(ui, g, &format!("Growth {year} {what}")).changed();
            }
        }
        Growth::Amount(v) => changed |= year_amounts(ui, years, v, &format!("Growth {what}")),
    }
    changed
}

fn identity(ui: &mut Ui, plan: &mut Plan) -> bool {
    let mut changed = false;
    Grid::new("identity")
        .num_columns(2)
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            for (label, value) in [
                ("Title", &mut plan.title),
                ("Organisation", &mut plan.organisation),
                ("Place", &mut plan.place),
            ] {
                ui.label(label);
                changed |= widgets::text(ui, value, 360.0, label).changed();
                ui.end_row();
            }
            ui.label("Base year");
            ui.horizontal(|ui| {
                changed |=
                    widgets::whole(ui, &mut plan.base_year, 1948..=2200, "Base year").changed();
                ui.label(RichText::new(plan.year_label(0)).small());
                ui.label("Planning years");
                let mut horizon = plan.horizon;
                if widgets::whole(ui, &mut horizon, 1..=20, "Planning years").changed() {
                    edit::set_horizon(plan, horizon);
                    changed = true;
                }
            });
            ui.end_row();
        });
    changed
}

/// The plan's caveat, how it reads its sources, and the sources themselves.
fn provenance(ui: &mut Ui, plan: &mut Plan) -> bool {
    let mut changed = false;
    ui.add_space(space::S);
    ui.label("Caveat shown with the figures on every screen and report (leave empty for none)");
    changed |= widgets::paragraph(ui, &mut plan.caveat, "Plan caveat").changed();
    let title = format!(
        "How the figures were built ({} notes, {} sources)",
        plan.notes.len(),
        plan.sources.len()
    );
    egui::CollapsingHeader::new(title)
        .id_salt("plan-provenance")
        .show(ui, |ui| {
            for (i, note) in plan.notes.iter_mut().enumerate() {
                changed |= widgets::paragraph(ui, note, &format!("Plan note {}", i + 1)).changed();
            }
            if ui.small_button("+ Add a note").clicked() {
                plan.notes.push(String::new());
                changed = true;
            }
            if !plan.sources.is_empty() {
                ui.add_space(space::S);
                ui.strong("Sources");
            }
            for source in &plan.sources {
                ui.label(RichText::new(format!("{}: {}", source.id, source.title)).strong());
                for cite in &source.cites {
                    ui.label(format!("  {cite}"));
                }
            }
        });
    changed
}

/// The assumptions editor.
pub fn show(ui: &mut Ui, f: &mut FrameInput) -> bool {
    let mut changed = false;
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .id_salt("assumptions")
        .show(ui, |ui| {
            heading(ui, "The plan");
            changed |= identity(ui, &mut f.doc.plan);
            changed |= provenance(ui, &mut f.doc.plan);
            let (plan, problems) = f.doc.parts_mut();
            let years = plan.year_labels();

            heading(ui, "Income");
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("Recurrent allocation {} £k", years[0]));
                changed |= widgets::money(ui, &mut plan.income.base, "Income base").changed();
                ui.label("Growth");
                changed |= growth_editor(ui, &years, &mut plan.income.growth, "income");
                problem_mark(ui, &problems_for(problems, "income"));
                changed |= widgets::notes(ui, &mut plan.income.notes, "income");
            });

            ui.add_space(space::M);
            title_with_add(ui, "Spend by service area", Collection::Spend, f.commands);
            Grid::new("spend")
                .striped(true)
                .spacing([space::M, space::S])
                .show(ui, |ui| {
                    ui.strong("Service area");
                    ui.strong("Notes");
                    ui.strong(format!("{} £k", years[0]));
                    ui.strong("Growth");
                    ui.end_row();
                    for s in &mut plan.spend {
                        let name = s.name.clone();
                        ui.horizontal(|ui| {
                            problem_mark(
                                ui,
                                &problems_for(problems, &format!("spend[id={}]", s.id)),
                            );
                            changed |= name_with_actions(
                                ui,
                                &mut s.name,
                                220.0,
                                &name,
                                f.commands,
                                Collection::Spend,
                                &s.id,
                            );
                        });
                        ui.vertical(|ui| changed |= widgets::notes(ui, &mut s.notes, &name));
                        changed |= widgets::money(ui, &mut s.base, &format!("Base spend {name}"))
                            .changed();
                        ui.horizontal(|ui| {
                            changed |= growth_editor(ui, &years, &mut s.growth, &name);
                        });
                        ui.end_row();
                    }
                });

            ui.add_space(space::M);
            title_with_add(ui, "One-off items", Collection::OneOffs, f.commands);
            Grid::new("one-offs")
                .striped(true)
                .spacing([space::M, space::S])
                .show(ui, |ui| {
                    for o in &mut plan.one_offs {
                        let name = o.name.clone();
                        changed |= name_with_actions(
                            ui,
                            &mut o.name,
                            220.0,
                            &name,
                            f.commands,
                            Collection::OneOffs,
                            &o.id,
                        );
                        ui.vertical(|ui| changed |= widgets::notes(ui, &mut o.notes, &name));
                        changed |= widgets::pick(
                            ui,
                            ("side", &o.id),
                            &mut o.side,
                            &[Side::Income, Side::Spend],
                            |s| match s {
                                Side::Income => "Income",
                                Side::Spend => "Spend",
                            },
                            &format!("Side of {name}"),
                        );
                        ui.horizontal(|ui| {
                            changed |= year_amounts(ui, &years, &mut o.amounts, &name);
                        });
                        ui.end_row();
                    }
                });

            ui.add_space(space::M);
            title_with_add(
                ui,
                "Business rules (held back from spending)",
                Collection::Rules,
                f.commands,
            );
            Grid::new("rules")
                .striped(true)
                .spacing([space::M, space::S])
                .show(ui, |ui| {
                    let base_income = plan.income.base;
                    for r in &mut plan.rules {
                        let name = r.name.clone();
                        changed |= name_with_actions(
                            ui,
                            &mut r.name,
                            220.0,
                            &name,
                            f.commands,
                            Collection::Rules,
                            &r.id,
                        );
                        ui.vertical(|ui| changed |= widgets::notes(ui, &mut r.notes, &name));
                        ui.horizontal(|ui| {
                            changed |= rule_value(ui, &mut r.value, &name);
                        });
                        ui.horizontal(|ui| {
                            ui.label(format!("{} outturn", years[0]));
                            changed |= widgets::optional_money(
                                ui,
                                &mut r.base,
                                match r.value {
                                    RuleValue::Percent(x) => x / 100.0 * base_income,
                                    RuleValue::Amount(x) => x,
                                },
                                "as other years",
                                &format!("Held back in {} {name}", years[0]),
                            );
                        });
                        ui.end_row();
                    }
                });

            ui.add_space(space::M);
            heading(ui, "Default chance of delivery by stage");
            ui.horizontal_wrapped(|ui| {
                for stage in Stage::ALL {
                    ui.label(stage.label());
                    changed |= widgets::chance(
                        ui,
                        plan.stage_confidence.get_mut(stage),
                        &format!("Chance of delivery {}", stage.label()),
                    )
                    .changed();
                    ui.add_space(space::S);
                }
            });

            ui.add_space(space::M);
            heading(ui, "Risk range");
            ui.label(
                egui::RichText::new(
                    "Each run lets every scheme deliver in full with its chance, or not at all. The seed makes the runs repeat exactly.",
                )
                .small(),
            );
            Grid::new("risk-settings")
                .num_columns(2)
                .spacing([space::M, space::S])
                .show(ui, |ui| {
                    ui.label("Runs");
                    changed |= ui
                        .add(
                            egui::DragValue::new(&mut plan.risk.runs)
                                .range(1..=1_000_000)
                                .speed(50.0),
                        )
                        .accessible_name("Risk range runs")
                        .changed();
                    ui.end_row();
                    ui.label("Seed");
                    changed |= ui
                        .add(egui::DragValue::new(&mut plan.risk.seed).speed(1.0))
                        .accessible_name("Risk range seed")
                        .changed();
                    ui.end_row();
                    ui.label("Spend growth uncertainty");
                    changed |= ui
                        .add(
                            egui::DragValue::new(&mut plan.risk.growth_sd)
                                .range(0.0..=50.0)
                                .speed(0.05)
                                .fixed_decimals(2)
                                .suffix(" pp"),
                        )
                        .accessible_name("Spend growth uncertainty")
                        .on_hover_text("One standard deviation of every spend line's growth, percentage points a year; 0 keeps growth fixed")
                        .changed();
                    ui.end_row();
                });
        });
    changed
}

/// A rule's value: percent of income or a fixed amount.
pub fn rule_value(ui: &mut Ui, value: &mut RuleValue, name: &str) -> bool {
    let mut changed = false;
    let mut is_percent = matches!(value, RuleValue::Percent(_));
    egui::ComboBox::from_id_salt(("rule-kind", name))
        .selected_text(if is_percent {
            "% of income"
        } else {
            "£k a year"
        })
        .width(100.0)
        .show_ui(ui, |ui| {
            changed |= ui
                .selectable_value(&mut is_percent, true, "% of income")
                .changed();
            changed |= ui
                .selectable_value(&mut is_percent, false, "£k a year")
                .changed();
        })
        .response
        .accessible_name(format!("Rule kind {name}"));
    if changed {
        *value = if is_percent {
            RuleValue::Percent(0.0)
        } else {
            RuleValue::Amount(0.0)
        };
    }
    match value {
        RuleValue::Percent(x) => {
            changed |= widgets::percent(ui, x, &format!("Rule {name}")).changed()
        }
        RuleValue::Amount(x) => changed |= widgets::money(ui, x, &format!("Rule {name}")).changed(),
    }
    changed
}
