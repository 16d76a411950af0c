//! The live charts on the right: headline figures, the gap by year, and one more chart
//! chosen by tab. Charts only read the cached engine result.

pub(crate) mod activity;
pub(crate) mod bridge;
pub(crate) mod colours;
pub(crate) mod common;
pub(crate) mod gap;
pub(crate) mod headline;
pub(crate) mod mix;
mod risk;
mod rows;
mod sensitivity;
mod value;

use egui::{Panel, RichText, Ui};

use super::FrameInput;
use super::theme::panel::MIN_CHART_HEIGHT;
use super::theme::{Palette, space};
use crate::session::{ChartKind, Command, Mode};

/// The charts panel.
pub fn charts_panel(ui: &mut Ui, f: &mut FrameInput) {
    // Sized from the window, not from what is left of it, so nothing the editor draws
    // can change the charts' width from one frame to the next.
    let width = super::SidePanels::of(ui.ctx()).charts;
    Panel::right("charts")
        .resizable(true)
        .default_size(width.default)
        .size_range(width.range)
        .show(ui, |ui| {
            // Charts keep a readable height: when the panel is too short for them (a
            // small window, a large zoom) it scrolls instead of squashing them.
            egui::ScrollArea::vertical()
                .id_salt("charts-panel")
                .auto_shrink([false, false])
                .show(ui, |ui| charts(ui, f));
        });
}

/// The charts filling a narrow window, in place of the editor.
pub fn charts_pane(ui: &mut Ui, f: &mut FrameInput) {
    egui::CentralPanel::default_margins().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("charts-pane")
            .auto_shrink([false, false])
            .show(ui, |ui| charts(ui, f));
    });
}

/// The headline figures, the gap chart, and the chart chosen by tab.
fn charts(ui: &mut Ui, f: &mut FrameInput) {
    let outcome = match f.outcome {
        Ok(o) => o,
        Err(e) => {
            ui.label(
                RichText::new(format!("Nothing to chart: {e}")).color(Palette::of(ui.ctx()).bad),
            );
            return;
        }
    };
    let plan = f.doc.plan();
    let last = plan.horizon.max(1);
    f.view.bridge_year = f.view.bridge_year.clamp(1, last);
    ui.add_space(space::S);
    headline::show(ui, plan, outcome, &mut f.view.bridge_year);
    ui.add_space(space::S);
    let gap_height = (ui.available_height() * 0.42).clamp(MIN_CHART_HEIGHT, 360.0);
    let risk = f.analysis.and_then(|a| a.risk.as_ref().ok());
    gap::show(ui, outcome, risk, gap_height);
    ui.add_space(space::S);
    ui.horizontal_wrapped(|ui| {
        for kind in ChartKind::ALL {
            ui.selectable_value(&mut f.view.chart, kind, kind.label());
        }
    });
    ui.separator();
    let height = ui.available_height().max(MIN_CHART_HEIGHT);
    match f.view.chart {
        ChartKind::Bridge => bridge::show(ui, outcome, f.view.bridge_year, height),
        ChartKind::Savings => {
            mix::savings(ui, plan, outcome, &mut f.view.savings_grouping);
        }
        ChartKind::Activity => activity::show(ui, plan, outcome, &mut f.view.pod),
        ChartKind::Spend => mix::spend(ui, plan, outcome),
        ChartKind::Priorities => mix::priorities(ui, outcome, height),
        // Figures, charts and tables together: they scroll with the panel.
        ChartKind::Risk | ChartKind::Sensitivity | ChartKind::Value => {
            analysis_tab(ui, f, &outcome.years);
        }
    }
}

/// The risk range, sensitivity and value-for-money tabs.
fn analysis_tab(ui: &mut Ui, f: &mut FrameInput, years: &[String]) {
    match f.view.chart {
        ChartKind::Risk => risk::show(
            ui,
            years,
            f.analysis,
            f.analysis_current,
            risk::RiskChoice {
                year: &mut f.view.risk_year,
                chance: &mut f.view.target_chance,
            },
        ),
        ChartKind::Sensitivity => sensitivity::show(ui, f.analysis, f.analysis_current),
        ChartKind::Value => {
            let editable = f.view.mode == Mode::Edit;
            if let value::ValueAction::Accept {
                considered,
                package,
            } = value::show(ui, f.analysis, f.analysis_current, editable)
            {
                f.commands
                    .push(Command::UsePackage(crate::model::edit::Package {
                        considered,
                        chosen: package,
                    }));
            }
        }
        _ => {}
    }
}
