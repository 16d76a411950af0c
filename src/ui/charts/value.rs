//! Value for money: investments ranked by benefit per pound as a cumulative
//! benefit-against-cost curve (the STAR approach), and a suggested package that fits the
//! headroom left after savings, which the group can take or leave.

use egui::{Grid, RichText, Ui};
use egui_plot::{Line, Points, VLine};

use super::common::{key, plot, updating_mark};
use crate::format::{grouped, money_k, money_m};
use crate::session::Analysis;
use crate::ui::theme::{Palette, series, space};

/// Investments listed in the table; the curve shows them all.
const ROWS_SHOWN: usize = 40;

/// What the person asked for.
pub enum ValueAction {
    /// Nothing.
    None,
    /// Make the suggested package count in the option in view: the ranked investments
    /// in the package on, the other ranked ones off.
    Accept {
        /// Every investment that was ranked.
        considered: Vec<String>,
        /// The ones in the package.
        package: Vec<String>,
    },
}

/// Draws the value-for-money tab. `editable` is false in review mode.
pub fn show(ui: &mut Ui, a: Option<&Analysis>, current: bool, editable: bool) -> ValueAction {
    let Some(a) = a else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label("Working out value for money...");
        });
        return ValueAction::None;
    };
    let v = match &a.value {
        Ok(v) => v,
        Err(e) => {
            ui.label(format!("No value for money: {e}"));
            return ValueAction::None;
        }
    };
    updating_mark(ui, current);
    if v.ranked.is_empty() {
        ui.label("No investment has both a cost and a benefit score yet. Give investments a benefit score (0-100) in the Investments editor to rank them here.");
        return ValueAction::None;
    }
    let palette = Palette::of(ui.ctx());
    let headroom: f64 = v.headroom.iter().skip(1).sum();
    ui.label(format!(
        "Headroom after risk-adjusted savings: {} over the plan. Best value first; the suggested package is the most benefit that fits each year's headroom.",
        money_m(headroom)
    ));
    key(
        ui,
        &[
            ("Cumulative benefit", palette.total),
            ("In the suggested package", series(2)),
            ("Not in it", palette.muted),
            ("Headroom", palette.warn),
        ],
    );
    let mut curve = vec![[0.0, 0.0]];
    curve.extend(
        v.ranked
            .iter()
            .map(|i| [i.cumulative_cost / 1000.0, i.cumulative_benefit]),
    );
    let point = |suggested: bool| -> Vec<[f64; 2]> {
        v.ranked
            .iter()
            .filter(|i| i.suggested == suggested)
            .map(|i| [i.cumulative_cost / 1000.0, i.cumulative_benefit])
            .collect()
    };
    let names: Vec<(f64, String)> = v
        .ranked
        .iter()
        .map(|i| (i.cumulative_cost / 1000.0, i.name.clone()))
        .collect();
    plot("value-curve", 200.0)
        .x_axis_formatter(super::common::money_m_axis)
        .x_axis_label("Cumulative cost over the plan, £m")
        .y_axis_formatter(|mark, _| grouped(mark.value, 0))
        .y_axis_label("Cumulative benefit")
        .include_x(0.0)
        .include_y(0.0)
        .label_formatter(move |hover| match hover {
            egui_plot::HoverPosition::NearDataPoint { position: p, .. } => {
                let nearest = names
                    .iter()
                    .min_by(|a, b| (a.0 - p.x).abs().total_cmp(&(b.0 - p.x).abs()))
                    .map(|n| n.1.clone())
                    .unwrap_or_default();
                Some(format!(
                    "{nearest}\ncost to here {}, benefit {}",
                    money_m(p.x * 1000.0),
                    grouped(p.y, 0)
                ))
            }
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |p| {
            if headroom > 0.0 {
                p.vline(
                    VLine::new("Headroom", headroom / 1000.0)
                        .color(palette.warn)
                        .width(1.0),
                );
            }
            p.line(
                Line::new("Cumulative benefit", curve)
                    .color(palette.total)
                    .width(2.0),
            );
            p.points(
                Points::new("In the suggested package", point(true))
                    .radius(5.0)
                    .color(series(2)),
            );
            p.points(
                Points::new("Not in it", point(false))
                    .radius(5.0)
                    .color(palette.muted),
            );
        });
    ui.add_space(space::S);
    Grid::new("value-grid")
        .striped(true)
        .spacing([space::M, space::S / 2.0])
        .show(ui, |ui| {
            for h in [
                "Investment",
                "Cost",
                "Benefit",
                "Per £1m",
                "Counts now",
                "Suggested",
            ] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for i in v.ranked.iter().take(ROWS_SHOWN) {
                ui.label(&i.name);
                ui.label(money_k(i.cost));
                ui.label(grouped(i.benefit, 0));
                ui.label(grouped(i.benefit_per_million, 1));
                ui.label(if i.active { "yes" } else { "no" });
                ui.label(if i.suggested { "yes" } else { "no" });
                ui.end_row();
            }
        });
    if v.ranked.len() > ROWS_SHOWN {
        ui.label(
            RichText::new(format!(
                "and {} more, each with less benefit per pound.",
                v.ranked.len() - ROWS_SHOWN
            ))
            .small(),
        );
    }
    if !v.unranked.is_empty() {
        ui.label(
            RichText::new(format!(
                "Not ranked (no benefit score or no cost): {}",
                v.unranked.join(", ")
            ))
            .small(),
        );
    }

    let package = &v.package;
    let matches_now = v.ranked.iter().all(|i| i.active == i.suggested);
    ui.add_space(space::S);
    let mut action = ValueAction::None;
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "Suggested package: {} investments, {} for a benefit of {}{}.",
            package.ids.len(),
            money_m(package.cost),
            grouped(package.benefit, 0),
            if package.exact { "" } else { " (the best found; there were too many to try every one)" }
        ));
        if matches_now {
            ui.label(RichText::new("The option in view already has it.").weak());
        } else if ui
            .add_enabled(editable, egui::Button::new("Use this package"))
            .on_hover_text("Switch the ranked investments on or off in the option in view to match the suggestion (undo takes it back)")
            .clicked()
        {
            action = ValueAction::Accept {
                considered: v.ranked.iter().map(|i| i.id.clone()).collect(),
                package: package.ids.clone(),
            };
        }
    });
    action
}
