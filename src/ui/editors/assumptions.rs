//! Assumptions: the plan's identity and years, income and its growth, spend lines and
//! their growth, one-off items, business rules and stage confidence.

use egui::{Grid, RichText, Ui};

use super::{name_with_actions, title_with_add, year_amounts};
use crate::model::audience::Sensitive;
use crate::model::years::FromBase;
use crate::model::{Growth, Plan, Problem, RuleValue, Side, Stage, edit, item_path, limits};
use crate::session::CommentMarks;
use crate::session::{Collection, Command};
use crate::ui::FrameInput;
use crate::ui::theme::space;
use crate::ui::widgets::{self, heading, problem_mark, problems_for};

/// A growth rate or amount for each planning year; `years` labels the planning years.
fn growth_editor(ui: &mut Ui, years: &[String], growth: &mut Growth, what: &str) {
    let was_percent = matches!(growth, Growth::Percent(_));
    let mut is_percent = was_percent;
    egui::ComboBox::from_id_salt(("growth-kind", what))
        .selected_text(if is_percent { "% a year" } else { "£k a year" })
        .width(90.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut is_percent, true, "% a year");
            ui.selectable_value(&mut is_percent, false, "£k a year");
        })
        .response
        .accessible_name(format!("Growth kind {what}"));
    if is_percent != was_percent {
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
                let year = years.get(t).map_or("", String::as_str);
                widgets::percent(ui, g, &format!("Growth {year} {what}"));
            }
        }
        Growth::Amount(v) => year_amounts(ui, years, v, &format!("Growth {what}")),
    }
}

fn identity(ui: &mut Ui, plan: &mut Plan) {
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
                widgets::text(ui, value, 360.0, label);
                ui.end_row();
            }
            ui.label("Base year");
            ui.horizontal(|ui| {
                widgets::whole(ui, &mut plan.base_year, limits::BASE_YEAR, "Base year");
                ui.label(RichText::new(plan.year_label(FromBase(0))).small());
                ui.label("Planning years");
                let mut horizon = plan.horizon;
                if widgets::whole(ui, &mut horizon, limits::HORIZON, "Planning years").changed() {
                    edit::set_horizon(plan, horizon);
                }
            });
            ui.end_row();
            ui.label("Present mode");
            public_setting(ui, plan);
            ui.end_row();
        });
}

/// Whether present mode shows the plan as to the public, and how many items that keeps
/// unnamed.
fn public_setting(ui: &mut Ui, plan: &mut Plan) {
    let marked = Sensitive::of(plan).total();
    ui.horizontal_wrapped(|ui| {
        ui.checkbox(&mut plan.settings.public, "For the public")
            .accessible_name("Present to the public")
            .on_hover_text(
                "Slides never name an item marked commercially sensitive: each is counted in \
                 \"Other schemes (n)\" and the like, with its figures",
            );
        let marked = match marked {
            0 => "no item is marked commercially sensitive".to_string(),
            1 => "1 item marked commercially sensitive is not named".to_string(),
            n => format!("{n} items marked commercially sensitive are not named"),
        };
        let said = if plan.settings.public {
            marked
        } else {
            "every item is named".to_string()
        };
        ui.label(RichText::new(said).small());
    });
}

/// The plan's caveat, how it reads its sources, and the sources themselves.
fn provenance(ui: &mut Ui, plan: &mut Plan) {
    ui.add_space(space::S);
    ui.label("Caveat shown with the figures on every screen and report (leave empty for none)");
    widgets::paragraph(ui, &mut plan.caveat, "Plan caveat");
    let title = format!(
        "How the figures were built ({} notes, {} sources)",
        plan.notes.len(),
        plan.sources.len()
    );
    egui::CollapsingHeader::new(title)
        .id_salt("plan-provenance")
        .show(ui, |ui| {
            for (i, note) in plan.notes.iter_mut().enumerate() {
                widgets::paragraph(ui, note, &format!("Plan note {}", i + 1));
            }
            if ui.is_enabled() && ui.small_button("+ Add a note").clicked() {
                plan.notes.push(String::new());
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
}

/// The assumptions editor: the plan's identity and provenance, then income, spend
/// lines, one-off items, business rules, stage defaults and the risk range settings.
pub fn show(ui: &mut Ui, f: &mut FrameInput) {
    let editing = f.editing();
    super::page(ui, "assumptions", editing, |ui| {
        heading(ui, "The plan");
        identity(ui, f.doc.plan_mut_but_items());
        provenance(ui, f.doc.plan_mut_but_items());
        let (plan, problems) = f.doc.parts_mut_but_items();
        let years = Years {
            base: plan.year_label(FromBase(0)),
            planning: plan.planning_year_labels(),
        };
        heading(ui, "Income");
        income(ui, plan, problems, &years);
        ui.add_space(space::M);
        title_with_add(ui, "Spend by service area", Collection::Spend, f.commands);
        spend_lines(ui, plan, problems, &years, (f.commands, f.review.marks()));
        ui.add_space(space::M);
        title_with_add(ui, "One-off items", Collection::OneOffs, f.commands);
        one_offs(ui, plan, &years, (f.commands, f.review.marks()));
        ui.add_space(space::M);
        title_with_add(
            ui,
            "Business rules (held back from spending)",
            Collection::Rules,
            f.commands,
        );
        rules(ui, plan, &years, (f.commands, f.review.marks()));
        ui.add_space(space::M);
        heading(ui, "Default chance of delivery by stage");
        stage_defaults(ui, plan);
        ui.add_space(space::M);
        heading(ui, "Risk range");
        risk_settings(ui, plan);
    });
}

/// The labels of the plan's years, as the assumptions editor shows them.
struct Years {
    /// The base year ("2016/17").
    base: String,
    /// Each planning year, the first first.
    planning: Vec<String>,
}

/// The recurrent allocation and its growth.
fn income(ui: &mut Ui, plan: &mut Plan, problems: &[Problem], years: &Years) {
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("Recurrent allocation {} £k", years.base));
        widgets::money(ui, &mut plan.income.base, "Income base");
        ui.label("Growth");
        growth_editor(ui, &years.planning, &mut plan.income.growth, "income");
        problem_mark(ui, &problems_for(problems, "income"));
        widgets::notes(ui, &mut plan.income.notes, "income");
    });
}

/// Spend by service area: base-year outturn and growth, one line each.
fn spend_lines(
    ui: &mut Ui,
    plan: &mut Plan,
    problems: &[Problem],
    years: &Years,
    (commands, marks): (&mut Vec<Command>, &CommentMarks),
) {
    Grid::new("spend")
        .striped(true)
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            ui.strong("Service area");
            ui.strong("Notes");
            ui.strong(format!("{} £k", years.base));
            ui.strong("Growth");
            ui.strong("Sensitive");
            ui.end_row();
            for s in &mut plan.spend {
                let name = s.name.clone();
                ui.horizontal(|ui| {
                    problem_mark(ui, &problems_for(problems, &item_path("spend", &s.id)));
                    name_with_actions(
                        ui,
                        &mut s.name,
                        220.0,
                        &name,
                        (commands, marks),
                        Collection::Spend,
                        &s.id,
                    );
                });
                ui.vertical(|ui| widgets::notes(ui, &mut s.notes, &name));
                widgets::money(ui, &mut s.base, &format!("Base spend {name}"));
                ui.horizontal(|ui| growth_editor(ui, &years.planning, &mut s.growth, &name));
                widgets::sensitive(ui, &mut s.sensitive, "", &format!("Sensitive {name}"));
                ui.end_row();
            }
        });
}

/// Non-recurrent items on the income or spend side.
fn one_offs(ui: &mut Ui, plan: &mut Plan, years: &Years, row: (&mut Vec<Command>, &CommentMarks)) {
    let (commands, marks) = row;
    Grid::new("one-offs")
        .striped(true)
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            for o in &mut plan.one_offs {
                let name = o.name.clone();
                name_with_actions(
                    ui,
                    &mut o.name,
                    220.0,
                    &name,
                    (commands, marks),
                    Collection::OneOffs,
                    &o.id,
                );
                ui.vertical(|ui| widgets::notes(ui, &mut o.notes, &name));
                widgets::pick(
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
                ui.horizontal(|ui| year_amounts(ui, &years.planning, &mut o.amounts, &name));
                ui.end_row();
            }
        });
}

/// Business rules: what each holds back, and what it held back in the base year.
fn rules(ui: &mut Ui, plan: &mut Plan, years: &Years, row: (&mut Vec<Command>, &CommentMarks)) {
    let (commands, marks) = row;
    Grid::new("rules")
        .striped(true)
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            let base_income = plan.income.base;
            for r in &mut plan.rules {
                let name = r.name.clone();
                name_with_actions(
                    ui,
                    &mut r.name,
                    220.0,
                    &name,
                    (commands, marks),
                    Collection::Rules,
                    &r.id,
                );
                ui.vertical(|ui| widgets::notes(ui, &mut r.notes, &name));
                ui.horizontal(|ui| rule_value(ui, &mut r.value, &name));
                ui.horizontal(|ui| {
                    ui.label(format!("{} outturn", years.base));
                    widgets::optional_money(
                        ui,
                        &mut r.base,
                        r.value.held_back(base_income),
                        "as other years",
                        &format!("Held back in {} {name}", years.base),
                    );
                });
                ui.end_row();
            }
        });
}

/// The chance of delivery a scheme at each stage has unless it says otherwise.
fn stage_defaults(ui: &mut Ui, plan: &mut Plan) {
    ui.horizontal_wrapped(|ui| {
        for stage in Stage::ALL {
            ui.label(stage.label());
            widgets::chance(
                ui,
                plan.stage_confidence.get_mut(stage),
                &format!("Chance of delivery {}", stage.label()),
            );
            ui.add_space(space::S);
        }
    });
}

/// How the risk range runs: how many runs, the seed, and spend growth uncertainty.
fn risk_settings(ui: &mut Ui, plan: &mut Plan) {
    ui.label(
        RichText::new(
            "Each run lets every scheme deliver in full with its chance, or not at all. The \
             seed makes the runs repeat exactly.",
        )
        .small(),
    );
    Grid::new("risk-settings")
        .num_columns(2)
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            ui.label("Runs");
            widgets::whole(
                ui,
                &mut plan.risk.runs,
                limits::RISK_RUNS,
                "Risk range runs",
            );
            ui.end_row();
            ui.label("Seed");
            ui.add(egui::DragValue::new(&mut plan.risk.seed).speed(1.0))
                .accessible_name("Risk range seed");
            ui.end_row();
            ui.label("Spend growth uncertainty");
            widgets::bounded(
                ui,
                &mut plan.risk.growth_sd,
                limits::GROWTH_SD_PP,
                "Spend growth uncertainty",
            )
            .on_hover_text(
                "One standard deviation of every spend line's growth, percentage points a \
                 year; 0 keeps growth fixed",
            );
            ui.end_row();
        });
}

/// A rule's value: percent of income or a fixed amount.
pub fn rule_value(ui: &mut Ui, value: &mut RuleValue, name: &str) {
    let was_percent = matches!(value, RuleValue::Percent(_));
    let mut is_percent = was_percent;
    egui::ComboBox::from_id_salt(("rule-kind", name))
        .selected_text(if is_percent {
            "% of income"
        } else {
            "£k a year"
        })
        .width(100.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut is_percent, true, "% of income");
            ui.selectable_value(&mut is_percent, false, "£k a year");
        })
        .response
        .accessible_name(format!("Rule kind {name}"));
    if is_percent != was_percent {
        *value = if is_percent {
            RuleValue::Percent(0.0)
        } else {
            RuleValue::Amount(0.0)
        };
    }
    match value {
        RuleValue::Percent(x) => {
            widgets::bounded(ui, x, limits::RULE_PCT, &format!("Rule {name}"));
        }
        RuleValue::Amount(x) => {
            widgets::money(ui, x, &format!("Rule {name}"));
        }
    }
}
