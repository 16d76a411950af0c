//! Activity trajectories by point of delivery: base activity, unmitigated growth, the
//! trajectory's own mitigations, and the unit cost.

use egui::{Grid, Ui};

use super::{name_with_actions, title_with_add, year_amounts};
use crate::format::grouped;
use crate::model::item_path;
use crate::session::Collection;
use crate::ui::FrameInput;
use crate::ui::theme::space;
use crate::ui::widgets::{self, problem_mark, problems_for};

/// The activity editor.
pub fn show(ui: &mut Ui, f: &mut FrameInput) {
    let editing = f.editing();
    title_with_add(
        ui,
        "Activity by point of delivery",
        Collection::Trajectories,
        f.commands,
    );
    let (plan, problems) = f.doc.parts_mut_but_items();
    let years = plan.year_labels();
    let h = plan.horizon;
    let outcomes = f.outcome.ok().map(|o| &o.trajectories);
    super::page(ui, "trajectories", editing, |ui| {
        Grid::new("trajectories-grid")
            .striped(true)
            .spacing([space::M, space::S])
            .show(ui, |ui| {
                ui.strong("Point of delivery");
                ui.strong("Unit");
                ui.strong(format!("{} activity", years[0]));
                ui.strong("Growth (unmitigated)");
                ui.strong("Other mitigation");
                ui.strong(format!("Do something {}", years[h]));
                ui.end_row();
                for (i, t) in plan.trajectories.iter_mut().enumerate() {
                    let name = t.name.clone();
                    ui.horizontal(|ui| {
                        problem_mark(
                            ui,
                            &problems_for(problems, &item_path("trajectories", &t.id)),
                        );
                        name_with_actions(
                            ui,
                            &mut t.name,
                            200.0,
                            &name,
                            (f.commands, f.review.marks()),
                            Collection::Trajectories,
                            &t.id,
                        );
                    });
                    widgets::text(ui, &mut t.unit, 100.0, &format!("Unit of {name}"));
                    widgets::count(ui, &mut t.base, &format!("Base activity {name}"));
                    ui.horizontal(|ui| {
                        for (k, g) in t.growth.iter_mut().enumerate() {
                            let year = years.get(k + 1).map_or("", String::as_str);
                            widgets::percent(ui, g, &format!("Growth {year} {name}"));
                        }
                    });
                    ui.horizontal(|ui| {
                        let mut has = t.mitigation.is_some();
                        if ui
                            .checkbox(&mut has, "")
                            .accessible_name(format!("Has other mitigation {name}"))
                            .changed()
                        {
                            t.mitigation = has.then(|| vec![0.0; h]);
                        }
                        if let Some(m) = &mut t.mitigation {
                            year_amounts(ui, &years, m, &format!("Mitigation {name}"));
                        }
                    });
                    ui.horizontal(|ui| {
                        let last = outcomes.and_then(|o| o.get(i)).and_then(|o| o.rows.last());
                        ui.label(last.map_or(String::new(), |r| grouped(r.do_something, 0)));
                    });
                    ui.end_row();
                }
            });
    });
}
