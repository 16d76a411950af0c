//! Options (scenarios): name and describe an option, change growth, replace business
//! rules, count stretch, switch schemes and investments on or off (with the money each
//! switch moves beside it) and override schemes' chances of delivery.

use egui::{Grid, RichText, Ui};

use super::assumptions::rule_value;
use super::filter::found;
use super::{ROW_HEIGHT, row_actions, title_with_add};
use crate::engine::{SwitchMoney, switch_money};
use crate::format::money_k;
use crate::model::{Investment, Plan, Rule, Scenario, Scheme, SpendLine, StageConfidence, limits};
use crate::session::Collection;
use crate::ui::FrameInput;
use crate::ui::memo::memo;
use crate::ui::theme::space;
use crate::ui::widgets::{self, heading};

/// What the option editor reads of the base plan while the option itself is edited in
/// place.
struct Base<'a> {
    schemes: &'a [Scheme],
    investments: &'a [Investment],
    spend: &'a [SpendLine],
    rules: &'a [Rule],
    stage_confidence: &'a StageConfidence,
}

/// A titled list of switches: only the rows in view are drawn, so a plan with thousands
/// of schemes scrolls smoothly. `row` draws item `i`; it takes edits only when
/// `editing`, and the list scrolls either way.
fn switch_list(
    ui: &mut Ui,
    (title, note): (&str, &str),
    (id, height): (&str, f32),
    (rows, editing): (&[usize], bool),
    mut row: impl FnMut(&mut Ui, usize),
) {
    ui.label(RichText::new(title).strong());
    if !note.is_empty() {
        ui.label(RichText::new(note).small());
    }
    egui::ScrollArea::vertical()
        .id_salt(id)
        .max_height(height)
        .show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
            for &i in &rows[range] {
                ui.add_enabled_ui(editing, |ui| {
                    ui.horizontal(|ui| {
                        ui.set_min_height(ROW_HEIGHT - 4.0);
                        row(ui, i);
                    });
                });
            }
        });
}

/// The schemes: a switch, the money it moves and the chance of delivery, one row each.
fn scheme_switches(
    ui: &mut Ui,
    (base, s): (&Base<'_>, &mut Scenario),
    money_moved: &SwitchMoney,
    (rows, editing): (&[usize], bool),
) {
    let title = format!("Savings schemes ({} of {})", rows.len(), base.schemes.len());
    let note = "Beside each scheme: its savings over the plan weighted by its chance of delivery, and that chance (change it to override the stage's default in this option only).";
    switch_list(
        ui,
        (&title, note),
        ("option-schemes", 300.0),
        (rows, editing),
        |ui, i| {
            let sc = &base.schemes[i];
            let mut on = s.scheme_counts(sc);
            let label = format!("{} ({})", sc.name, sc.programme);
            if ui
                .checkbox(&mut on, crate::ui::charts::common::shorten(&label, 60))
                .on_hover_text(&label)
                .changed()
            {
                s.set_scheme(sc, on);
            }
            ui.label(money_k(money_moved.schemes[i]));
            let overridden = s.confidence.get(&sc.id).copied();
            let mut chance = overridden
                .unwrap_or_else(|| sc.confidence.unwrap_or(base.stage_confidence.get(sc.stage)));
            let name = format!("Chance of {} in this option", sc.name);
            if widgets::chance(ui, &mut chance, &name).changed() {
                s.confidence
                    .insert(sc.id.clone(), limits::CHANCE.clamp(chance));
            }
            if overridden.is_some()
                && ui
                    .small_button("Reset")
                    .on_hover_text("Use the base plan's chance")
                    .clicked()
            {
                s.confidence.remove(&sc.id);
            }
        },
    )
}

/// The investments: a switch and the money it moves, one row each.
fn investment_switches(
    ui: &mut Ui,
    (base, s): (&Base<'_>, &mut Scenario),
    money_moved: &SwitchMoney,
    (rows, editing): (&[usize], bool),
) {
    let title = format!(
        "Investments ({} of {}), with their cost over the plan",
        rows.len(),
        base.investments.len()
    );
    switch_list(
        ui,
        (&title, ""),
        ("option-investments", 220.0),
        (rows, editing),
        |ui, i| {
            let v = &base.investments[i];
            let mut on = s.investment_counts(v);
            if ui.checkbox(&mut on, &v.name).changed() {
                s.set_investment(v, on);
            }
            ui.label(money_k(money_moved.investments[i]));
        },
    )
}

/// Business rules: each base rule kept as it is or replaced in this option.
fn rules(ui: &mut Ui, base_rules: &[Rule], s: &mut Scenario) {
    if base_rules.is_empty() {
        return;
    }
    ui.label(RichText::new("Business rules").strong());
    Grid::new("option-rules")
        .num_columns(3)
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            for base in base_rules {
                let at = s.rules.iter().position(|r| r.id == base.id);
                let mut replace = at.is_some();
                ui.label(&base.name);
                if ui
                    .checkbox(&mut replace, "Replace in this option")
                    .changed()
                {
                    match at {
                        Some(i) => {
                            s.rules.remove(i);
                        }
                        None => s.rules.push(base.clone()),
                    }
                }
                match s.rules.iter_mut().find(|r| r.id == base.id) {
                    Some(rule) => {
                        ui.horizontal(|ui| {
                            rule_value(
                                ui,
                                &mut rule.value,
                                &format!("{} in this option", base.name),
                            );
                        });
                    }
                    None => {
                        ui.label(RichText::new(describe_rule(base.value)).weak());
                    }
                }
                ui.end_row();
            }
        });
}

fn describe_rule(value: crate::model::RuleValue) -> String {
    match value {
        crate::model::RuleValue::Percent(x) => format!("{} of income", crate::format::percent(x)),
        crate::model::RuleValue::Amount(x) => money_k(x),
    }
}

/// The options editor: picks an option, then edits it in place.
pub fn show(ui: &mut Ui, f: &mut FrameInput) {
    // In review mode an option is read, not changed: its inputs are off, while picking,
    // finding and scrolling go on.
    let editing = f.editing();
    ui.add_enabled_ui(editing, |ui| {
        title_with_add(ui, "Options", Collection::Scenarios, f.commands);
    });
    ui.label(RichText::new("An option changes the base plan only while it is picked in the top bar; the base plan itself never changes. Add starts from the base plan; Copy starts from the option shown.").small());
    ui.horizontal_wrapped(|ui| {
        for s in &f.doc.plan().scenarios {
            let selected = f.view.selected.as_deref() == Some(s.id.as_str());
            if ui.selectable_label(selected, &s.name).clicked() {
                f.view.selected = Some(s.id.clone());
            }
        }
    });
    let Some(id) = f.view.selected.clone() else {
        ui.label("Pick an option to edit it, or add one.");
        return;
    };
    let Some(i) = f.doc.plan().scenarios.iter().position(|s| s.id == id) else {
        return;
    };
    // Worked out once per change of the plan or of the option shown, not every frame.
    let revision = f.doc.revision();
    let money_moved = memo(ui, "switch-money", revision, &id, || {
        switch_money(f.doc.plan(), Some(&id)).map_err(|e| e.to_string())
    });
    let money_moved = match money_moved.as_ref() {
        Ok(m) => m,
        Err(e) => {
            ui.label(e);
            return;
        }
    };
    let years = f.doc.plan().planning_year_labels();
    let Plan {
        scenarios,
        schemes,
        investments,
        spend,
        rules,
        stage_confidence,
        ..
    } = f.doc.plan_mut_but_items();
    let base = Base {
        schemes,
        investments,
        spend,
        rules,
        stage_confidence,
    };
    let s = &mut scenarios[i];
    egui::ScrollArea::vertical()
        .id_salt("option-editor")
        .show(ui, |ui| {
            heading_row(ui, s, f.view);
            ui.add_enabled_ui(editing, |ui| {
                ui.label("Description");
                widgets::paragraph(ui, &mut s.description, "Option description");
                ui.add_space(space::S);
                growth_grid(ui, s, &years, f.commands);
                ui.add_space(space::S);
                spend_lines(ui, base.spend, s, &years);
                ui.add_space(space::S);
                self::rules(ui, base.rules, s);
            });
            ui.add_space(space::M);
            switches(
                ui,
                (&base, s),
                (money_moved, revision),
                (&mut f.view.option_filter, editing),
            );
        });
}

/// The option's scheme and investment switches, found by words; the switches take
/// edits only when `editing`, while finding and scrolling always work.
fn switches(
    ui: &mut Ui,
    (base, s): (&Base<'_>, &mut Scenario),
    (money_moved, revision): (&SwitchMoney, u64),
    (words, editing): (&mut String, bool),
) {
    ui.horizontal(|ui| {
        ui.label("Find");
        widgets::text(ui, words, 220.0, "Find schemes and investments");
    });
    let shown = found(ui, "option-schemes", (revision, base.schemes), words);
    scheme_switches(ui, (base, s), money_moved, (&shown, editing));
    ui.add_space(space::S);
    let shown = found(
        ui,
        "option-investments",
        (revision, base.investments),
        words,
    );
    investment_switches(ui, (base, s), money_moved, (&shown, editing));
}

/// The option's name as a heading, and the button that puts it in view.
fn heading_row(ui: &mut Ui, s: &Scenario, view: &mut crate::session::ViewState) {
    ui.horizontal(|ui| {
        heading(ui, &s.name);
        ui.add_space(space::M);
        let shown = view.scenario.as_deref() == Some(s.id.as_str());
        if ui
            .add_enabled(!shown, egui::Button::new("Show this option"))
            .on_hover_text("Pick it in the top bar, so the charts follow it")
            .clicked()
        {
            view.scenario = Some(s.id.clone());
        }
    });
}

/// Name, growth changes and stretch.
fn growth_grid(
    ui: &mut Ui,
    s: &mut Scenario,
    years: &[String],
    commands: &mut Vec<crate::session::Command>,
) {
    Grid::new("option-grid")
        .num_columns(2)
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            ui.label("Name");
            ui.horizontal(|ui| {
                widgets::text(ui, &mut s.name, 260.0, "Option name");
                let name = s.name.clone();
                row_actions(ui, commands, Collection::Scenarios, &s.id, &name);
            });
            ui.end_row();
            ui.label("Income growth");
            widgets::points_by_year(ui, &mut s.income_growth_pp, years, "Income growth change");
            ui.end_row();
            ui.label("Spend growth, every line");
            widgets::points_by_year(ui, &mut s.spend_growth_pp, years, "Spend growth change");
            ui.end_row();
            ui.label("Stretch savings");
            ui.checkbox(
                &mut s.count_stretch,
                "Count schemes' stretch against the gap",
            );
            ui.end_row();
        });
}

/// A growth change for each spend line, on top of every line's change.
fn spend_lines(ui: &mut Ui, spend: &[SpendLine], s: &mut Scenario, years: &[String]) {
    ui.label(RichText::new("Spend growth by line (on top of every line's change)").strong());
    Grid::new("option-spend-lines")
        .num_columns(2)
        .spacing([space::M, space::S])
        .show(ui, |ui| {
            for line in spend {
                let mut pp = s
                    .spend_line_growth_pp
                    .get(&line.id)
                    .cloned()
                    .unwrap_or_default();
                ui.label(&line.name);
                let name = format!("Spend growth change {}", line.name);
                if widgets::points_by_year(ui, &mut pp, years, &name) {
                    if pp.is_default() {
                        s.spend_line_growth_pp.remove(&line.id);
                    } else {
                        s.spend_line_growth_pp.insert(line.id.clone(), pp);
                    }
                }
                ui.end_row();
            }
        });
}
