//! Savings (QIPP) schemes: a filtered, virtualised table, and the selected scheme's
//! details (stretch, provider stream, activity impact, notes) below it.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::{
    Pickers, ROW_HEIGHT, header_row, localities, priorities_of, row_actions, title_with_add,
    year_amounts,
};
use crate::app::{Collection, SchemeFilter};
use crate::format::grouped;
use crate::model::{ActivityImpact, Plan, Scheme, Stage};
use crate::ui::FrameInput;
use crate::ui::theme::space;
use crate::ui::widgets::{self, problem_mark, problems_for};

fn matches(s: &Scheme, f: &SchemeFilter) -> bool {
    let text = f.text.trim().to_lowercase();
    (text.is_empty() || s.name.to_lowercase().contains(&text) || s.id.contains(&text))
        && f.programme.as_ref().is_none_or(|p| &s.programme == p)
        && f.stage.is_none_or(|st| s.stage == st)
        && f.locality
            .as_ref()
            .is_none_or(|l| s.locality.as_ref() == Some(l))
        && f.priority
            .as_ref()
            .is_none_or(|p| s.priority.as_ref() == Some(p))
}

/// The plan's programmes in order of first appearance.
fn programmes(plan: &Plan) -> Vec<&str> {
    let mut seen = rustc_hash::FxHashSet::default();
    plan.schemes
        .iter()
        .map(|s| s.programme.as_str())
        .filter(|p| seen.insert(*p))
        .collect()
}

fn filters(ui: &mut Ui, plan: &Plan, f: &mut SchemeFilter) {
    ui.horizontal_wrapped(|ui| {
        ui.label("Find");
        widgets::text(ui, &mut f.text, 140.0, "Find schemes");
        let progs: Vec<(String, String)> = programmes(plan)
            .into_iter()
            .map(|p| (p.to_string(), p.to_string()))
            .collect();
        widgets::pick_id(
            ui,
            "filter-programme",
            &mut f.programme,
            &progs,
            "All programmes",
            "Programme filter",
            170.0,
        );
        let mut stage = f.stage;
        egui::ComboBox::from_id_salt("filter-stage")
            .selected_text(stage.map_or("All stages", Stage::label))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut stage, None, "All stages");
                for s in Stage::ALL {
                    ui.selectable_value(&mut stage, Some(s), s.label());
                }
            })
            .response
            .accessible_name("Stage filter");
        f.stage = stage;
        if !plan.localities.is_empty() {
            widgets::pick_id(
                ui,
                "filter-locality",
                &mut f.locality,
                &localities(plan),
                "All localities",
                "Locality filter",
                140.0,
            );
        }
        if !plan.priorities.is_empty() {
            widgets::pick_id(
                ui,
                "filter-priority",
                &mut f.priority,
                &priorities_of(plan),
                "All priorities",
                "Priority filter",
                160.0,
            );
        }
        if f.is_active() && ui.button("Clear filters").clicked() {
            *f = SchemeFilter::default();
        }
    });
}

/// The schemes editor.
pub fn show(ui: &mut Ui, f: &mut FrameInput) -> bool {
    title_with_add(ui, "Savings schemes", Collection::Schemes, f.commands);
    filters(ui, &f.doc.plan, &mut f.view.scheme_filter);
    let visible: Vec<usize> = f
        .doc
        .plan
        .schemes
        .iter()
        .enumerate()
        .filter(|(_, s)| matches(s, &f.view.scheme_filter))
        .map(|(i, _)| i)
        .collect();
    let total: f64 = visible
        .iter()
        .map(|i| f.doc.plan.schemes[*i].savings.iter().sum::<f64>())
        .sum();
    ui.label(
        RichText::new(format!(
            "{} of {} schemes shown · £{}k over the plan",
            visible.len(),
            f.doc.plan.schemes.len(),
            grouped(total, 0)
        ))
        .small(),
    );
    let detail_height = if f.view.selected.is_some() {
        230.0
    } else {
        0.0
    };
    let table_height = (ui.available_height() - detail_height).max(150.0);
    let mut changed = false;
    ui.allocate_ui(egui::vec2(ui.available_width(), table_height), |ui| {
        changed |= table(ui, f, &visible);
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

fn table(ui: &mut Ui, f: &mut FrameInput, visible: &[usize]) -> bool {
    let (plan, problems) = f.doc.parts_mut();
    let years = plan.year_labels();
    let pickers = Pickers::of(plan);
    let stage_conf = plan.stage_confidence;
    let h = plan.horizon;
    let mut changed = false;
    egui::ScrollArea::horizontal()
        .id_salt("schemes-h")
        .show(ui, |ui| {
            let mut table = TableBuilder::new(ui)
                .id_salt("schemes-table")
                .striped(true)
                .resizable(true)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .column(Column::exact(28.0))
                .column(Column::initial(220.0).at_least(120.0).clip(true))
                .column(Column::exact(212.0))
                .column(Column::initial(150.0).at_least(80.0).clip(true))
                .column(Column::initial(120.0));
            for _ in 0..h {
                table = table.column(Column::initial(80.0).at_least(60.0));
            }
            table = table
                .column(Column::initial(70.0))
                .column(Column::exact(40.0));
            pickers
                .columns(table)
                .header(ROW_HEIGHT, |mut header| {
                    let mut cells = vec![
                        ("On".to_string(), "Counts in the base plan"),
                        ("Scheme".to_string(), ""),
                        (String::new(), ""),
                        ("Programme".to_string(), ""),
                        ("Stage".to_string(), ""),
                    ];
                    cells.extend(years.iter().skip(1).map(|y| (format!("{y} £k"), "")));
                    cells.push((
                        "Chance".into(),
                        "Chance of delivery; the stage default unless set",
                    ));
                    cells.push(("Rec.".into(), "Recurrent: continues after the plan"));
                    cells.extend(pickers.headers());
                    header_row(&mut header, &cells);
                })
                .body(|body| {
                    body.rows(ROW_HEIGHT, visible.len(), |mut row| {
                        let i = visible[row.index()];
                        let s = &mut plan.schemes[i];
                        let selected = f.view.selected.as_deref() == Some(s.id.as_str());
                        row.set_selected(selected);
                        let name = s.name.clone();
                        row.col(|ui| {
                            changed |= ui
                                .checkbox(&mut s.active, "")
                                .accessible_name(format!("Include {name}"))
                                .changed();
                        });
                        row.col(|ui| {
                            problem_mark(
                                ui,
                                &problems_for(problems, &format!("schemes[id={}]", s.id)),
                            );
                            let r = widgets::text(
                                ui,
                                &mut s.name,
                                ui.available_width(),
                                &format!("Name of {name}"),
                            );
                            if r.gained_focus() || r.clicked() {
                                f.view.selected = Some(s.id.clone());
                            }
                            changed |= r.changed();
                        });
                        row.col(|ui| {
                            if ui
                                .small_button("Details")
                                .accessible_name(format!("Details of {name}"))
                                .on_hover_text("Details")
                                .clicked()
                            {
                                f.view.selected = Some(s.id.clone());
                            }
                            row_actions(ui, f.commands, Collection::Schemes, &s.id, &name);
                        });
                        row.col(|ui| {
                            changed |= widgets::text(
                                ui,
                                &mut s.programme,
                                ui.available_width(),
                                &format!("Programme of {name}"),
                            )
                            .changed();
                        });
                        row.col(|ui| {
                            changed |= widgets::pick(
                                ui,
                                ("stage", i),
                                &mut s.stage,
                                &Stage::ALL,
                                Stage::label,
                                &format!("Stage of {name}"),
                            );
                        });
                        for t in 0..h {
                            row.col(|ui| {
                                if let Some(v) = s.savings.get_mut(t) {
                                    let year = years.get(t + 1).map_or("", String::as_str);
                                    changed |=
                                        widgets::money(ui, v, &format!("Savings {year} {name}"))
                                            .changed();
                                }
                            });
                        }
                        row.col(|ui| {
                            let default = stage_conf.get(s.stage);
                            let mut value = s.confidence.unwrap_or(default);
                            let r = widgets::chance(
                                ui,
                                &mut value,
                                &format!("Chance of delivery {name}"),
                            );
                            if r.changed() {
                                s.confidence = Some(value);
                                changed = true;
                            }
                            if s.confidence.is_some() {
                                r.context_menu(|ui| {
                                    if ui.button("Use the stage default").clicked() {
                                        s.confidence = None;
                                        changed = true;
                                    }
                                });
                            }
                        });
                        row.col(|ui| {
                            changed |= ui
                                .checkbox(&mut s.recurrent, "")
                                .accessible_name(format!("Recurrent {name}"))
                                .changed();
                        });
                        changed |= pickers.cells(
                            &mut row,
                            ("scheme", i),
                            &mut s.locality,
                            &mut s.priority,
                            &name,
                        );
                    });
                });
        });
    changed
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
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("{name} ({})", s.id)).strong());
        if ui.small_button("Close").clicked() {
            f.view.selected = None;
        }
    });
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
