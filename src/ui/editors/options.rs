//! Options (scenarios): name and describe an option, change growth, count stretch, and
//! switch schemes and investments on or off in it.

use egui::{Grid, RichText, Ui};

use super::{row_actions, title_with_add};
use crate::app::Collection;
use crate::format::money;
use crate::model::{Plan, Scenario};
use crate::ui::FrameInput;
use crate::ui::theme::space;
use crate::ui::widgets::{self, heading};

/// Whether an item counts under the option, given its base-plan state.
fn switched(base_active: bool, id: &str, on: &[String], off: &[String]) -> bool {
    if off.iter().any(|x| x == id) {
        false
    } else {
        base_active || on.iter().any(|x| x == id)
    }
}

/// Sets whether an item counts under the option, recording only differences from base.
fn set_switch(
    base_active: bool,
    id: &str,
    want: bool,
    on: &mut Vec<String>,
    off: &mut Vec<String>,
) {
    on.retain(|x| x != id);
    off.retain(|x| x != id);
    match (base_active, want) {
        (true, false) => off.push(id.to_string()),
        (false, true) => on.push(id.to_string()),
        _ => {}
    }
}

fn switches(ui: &mut Ui, plan: &Plan, s: &mut Scenario, filter: &str) -> bool {
    let mut changed = false;
    let filter = filter.to_lowercase();
    ui.label(RichText::new("Savings schemes").strong());
    egui::ScrollArea::vertical()
        .id_salt("option-schemes")
        .max_height(260.0)
        .show(ui, |ui| {
            for sc in plan
                .schemes
                .iter()
                .filter(|x| x.name.to_lowercase().contains(&filter))
            {
                let mut on = switched(sc.active, &sc.id, &s.schemes_on, &s.schemes_off);
                let total: f64 = sc.savings.iter().sum();
                let label = format!("{} — {} · {}", sc.name, sc.programme, money(total));
                if ui.checkbox(&mut on, label).changed() {
                    set_switch(sc.active, &sc.id, on, &mut s.schemes_on, &mut s.schemes_off);
                    changed = true;
                }
            }
        });
    ui.label(RichText::new("Investments").strong());
    egui::ScrollArea::vertical()
        .id_salt("option-investments")
        .max_height(200.0)
        .show(ui, |ui| {
            for v in plan
                .investments
                .iter()
                .filter(|x| x.name.to_lowercase().contains(&filter))
            {
                let mut on = switched(v.active, &v.id, &s.investments_on, &s.investments_off);
                let total: f64 = v.amounts.iter().sum();
                if ui
                    .checkbox(&mut on, format!("{} · {}", v.name, money(total)))
                    .changed()
                {
                    set_switch(
                        v.active,
                        &v.id,
                        on,
                        &mut s.investments_on,
                        &mut s.investments_off,
                    );
                    changed = true;
                }
            }
        });
    changed
}

/// The options editor.
pub fn show(ui: &mut Ui, f: &mut FrameInput) -> bool {
    let mut changed = false;
    title_with_add(ui, "Options", Collection::Scenarios, f.commands);
    ui.label(RichText::new("An option changes the base plan only while it is picked in the top bar; the base plan itself never changes.").small());
    let plan = &mut f.doc.plan;
    ui.horizontal_wrapped(|ui| {
        for s in &plan.scenarios {
            let selected = f.view.selected.as_deref() == Some(s.id.as_str());
            if ui.selectable_label(selected, &s.name).clicked() {
                f.view.selected = Some(s.id.clone());
            }
        }
    });
    let Some(id) = f.view.selected.clone() else {
        ui.label("Pick an option to edit it, or add one.");
        return false;
    };
    let Some(i) = plan.scenarios.iter().position(|s| s.id == id) else {
        return false;
    };
    let mut s = plan.scenarios[i].clone();
    egui::ScrollArea::vertical()
        .id_salt("option-editor")
        .show(ui, |ui| {
            heading(ui, &s.name.clone());
            Grid::new("option-grid")
                .num_columns(2)
                .spacing([space::M, space::S])
                .show(ui, |ui| {
                    ui.label("Name");
                    ui.horizontal(|ui| {
                        changed |= widgets::text(ui, &mut s.name, 260.0, "Option name").changed();
                        row_actions(
                            ui,
                            f.commands,
                            Collection::Scenarios,
                            &s.id,
                            &s.name.clone(),
                        );
                        if ui.button("Show this option").clicked() {
                            f.view.scenario = Some(s.id.clone());
                        }
                    });
                    ui.end_row();
                    ui.label("Description");
                    changed |=
                        widgets::paragraph(ui, &mut s.description, "Option description").changed();
                    ui.end_row();
                    ui.label("Income growth");
                    changed |= widgets::points(ui, &mut s.income_growth_pp, "Income growth change")
                        .changed();
                    ui.end_row();
                    ui.label("Spend growth, every line");
                    changed |= widgets::points(ui, &mut s.spend_growth_pp, "Spend growth change")
                        .changed();
                    ui.end_row();
                    ui.label("Stretch savings");
                    changed |= ui
                        .checkbox(
                            &mut s.count_stretch,
                            "Count schemes' stretch against the gap",
                        )
                        .changed();
                    ui.end_row();
                });
            ui.add_space(space::S);
            ui.label(RichText::new("Spend growth by line").strong());
            ui.horizontal_wrapped(|ui| {
                for line in &plan.spend {
                    let mut pp = s.spend_line_growth_pp.get(&line.id).copied().unwrap_or(0.0);
                    ui.label(&line.name);
                    if widgets::points(ui, &mut pp, &format!("Spend growth change {}", line.name))
                        .changed()
                    {
                        if pp == 0.0 {
                            s.spend_line_growth_pp.remove(&line.id);
                        } else {
                            s.spend_line_growth_pp.insert(line.id.clone(), pp);
                        }
                        changed = true;
                    }
                    ui.add_space(space::S);
                }
            });
            ui.add_space(space::S);
            changed |= switches(ui, plan, &mut s, "");
        });
    if changed {
        plan.scenarios[i] = s;
    }
    changed
}
