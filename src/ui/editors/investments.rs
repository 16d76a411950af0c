//! Investments: amount per year, recurrent or not, category, linked priority and
//! locality, benefit score. Virtualised rows.

use egui::Ui;
use egui_extras::{Column, TableBuilder};

use super::{Pickers, ROW_HEIGHT, header_row, row_actions, title_with_add};
use crate::app::Collection;
use crate::ui::FrameInput;
use crate::ui::widgets::{self, problem_mark, problems_for};

/// The investments editor.
pub fn show(ui: &mut Ui, f: &mut FrameInput) -> bool {
    title_with_add(ui, "Investments", Collection::Investments, f.commands);
    let (plan, problems) = f.doc.parts_mut();
    let years = plan.year_labels();
    let pickers = Pickers::of(plan);
    let h = plan.horizon;
    let mut changed = false;
    egui::ScrollArea::horizontal()
        .id_salt("investments-h")
        .show(ui, |ui| {
            let mut table = TableBuilder::new(ui)
                .id_salt("investments-table")
                .striped(true)
                .resizable(true)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .column(Column::exact(28.0))
                .column(Column::initial(220.0).at_least(120.0).clip(true))
                .column(Column::exact(150.0))
                .column(Column::initial(200.0).at_least(100.0).clip(true));
            for _ in 0..h {
                table = table.column(Column::initial(80.0));
            }
            table = table
                .column(Column::exact(40.0))
                .column(Column::initial(70.0));
            pickers
                .columns(table)
                .header(ROW_HEIGHT, |mut header| {
                    let mut cells = vec![
                        ("On".to_string(), "Counts in the base plan"),
                        ("Investment".to_string(), ""),
                        (String::new(), ""),
                        ("Category".to_string(), ""),
                    ];
                    cells.extend(years.iter().skip(1).map(|y| (format!("{y} £k"), "")));
                    cells.push((
                        "Rec.".into(),
                        "Recurrent: the cost continues after the plan",
                    ));
                    cells.push(("Benefit".into(), "The workshop's benefit score, 0-100"));
                    cells.extend(pickers.headers());
                    header_row(&mut header, &cells);
                })
                .body(|body| {
                    body.rows(ROW_HEIGHT, plan.investments.len(), |mut row| {
                        let i = row.index();
                        let v = &mut plan.investments[i];
                        let name = v.name.clone();
                        row.col(|ui| {
                            changed |= ui
                                .checkbox(&mut v.active, "")
                                .accessible_name(format!("Include {name}"))
                                .changed();
                        });
                        row.col(|ui| {
                            problem_mark(
                                ui,
                                &problems_for(problems, &format!("investments[id={}]", v.id)),
                            );
                            changed |= widgets::text(
                                ui,
                                &mut v.name,
                                ui.available_width(),
                                &format!("Name of {name}"),
                            )
                            .changed();
                        });
                        row.col(|ui| {
                            row_actions(ui, f.commands, Collection::Investments, &v.id, &name)
                        });
                        row.col(|ui| {
                            changed |= widgets::text(
                                ui,
                                &mut v.category,
                                ui.available_width(),
                                &format!("Category of {name}"),
                            )
                            .changed();
                        });
                        for t in 0..h {
                            row.col(|ui| {
                                if let Some(a) = v.amounts.get_mut(t) {
                                    let year = years.get(t + 1).map_or("", String::as_str);
                                    changed |=
                                        widgets::money(ui, a, &format!("Investment {year} {name}"))
                                            .changed();
                                }
                            });
                        }
                        row.col(|ui| {
                            changed |= ui
                                .checkbox(&mut v.recurrent, "")
                                .accessible_name(format!("Recurrent {name}"))
                                .changed();
                        });
                        row.col(|ui| {
                            let mut benefit = v.benefit.unwrap_or(0.0);
                            let r = ui
                                .add(
                                    egui::DragValue::new(&mut benefit)
                                        .range(0.0..=100.0)
                                        .speed(0.5),
                                )
                                .accessible_name(format!("Benefit score {name}"));
                            if r.changed() {
                                v.benefit = Some(benefit);
                                changed = true;
                            }
                        });
                        changed |= pickers.cells(
                            &mut row,
                            ("investment", i),
                            &mut v.locality,
                            &mut v.priority,
                            &name,
                        );
                    });
                });
        });
    changed
}
