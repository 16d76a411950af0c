//! The risk range: the chance of closing a year's gap as an S-curve, what would close it
//! (goal seek), and P10 / P50 / P90 by year.

use egui::{Grid, RichText, Ui};
use egui_plot::{HLine, Line, Points, VLine};

use super::common::{key, plot, updating_mark};
use crate::format::{grouped, money_m};
use crate::session::Analysis;
use crate::ui::theme::{Palette, space};

/// Points drawn along the S-curve.
const CURVE_POINTS: usize = 200;

/// What the risk tab needs from the window's view state.
pub struct RiskChoice<'a> {
    /// Planning year of the S-curve (1 = first planning year).
    pub year: &'a mut usize,
    /// The chance of closing the gap that goal seek aims for (0-1).
    pub chance: &'a mut f64,
}

fn chance_text(p: f64) -> String {
    format!("{}%", grouped(p * 100.0, 0))
}

/// Draws the risk tab.
pub fn show(ui: &mut Ui, years: &[String], a: Option<&Analysis>, current: bool, c: RiskChoice) {
    let Some(a) = a else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label("Working out the risk range...");
        });
        return;
    };
    let (risk, goal) = match (&a.risk, &a.goal) {
        (Ok(r), Ok(g)) => (r, g),
        (Err(e), _) | (_, Err(e)) => {
            ui.label(format!("No risk range: {e}"));
            return;
        }
    };
    let last = risk.years.len().saturating_sub(1);
    if last == 0 {
        ui.label("The plan has no planning years.");
        return;
    }
    *c.year = (*c.year).clamp(1, last);
    let t = *c.year;
    updating_mark(ui, current);
    ui.horizontal_wrapped(|ui| {
        ui.label("Year");
        egui::ComboBox::from_id_salt("risk-year")
            .selected_text(years.get(t).cloned().unwrap_or_default())
            .show_ui(ui, |ui| {
                for (i, y) in years.iter().enumerate().skip(1) {
                    ui.selectable_value(c.year, i, y);
                }
            })
            .response
            .accessible_name("Risk range year");
        ui.add_space(space::M);
        ui.label("Aim for a chance of");
        let mut pct = *c.chance * 100.0;
        let slider = egui::Slider::new(&mut pct, 50.0..=99.0)
            .suffix("%")
            .integer()
            .max_decimals(0);
        if ui
            .add(slider)
            .accessible_name("Chance to aim for")
            .on_hover_text("The chance of closing the gap that goal seek aims for")
            .changed()
        {
            *c.chance = pct / 100.0;
        }
    });
    let t = *c.year;
    let year = &risk.years[t];
    let extra = risk.savings_for_chance(t, *c.chance);
    let still = goal.extra_savings.get(t).copied().unwrap_or(0.0);
    ui.add_space(space::S);
    ui.label(
        RichText::new(format!(
            "Chance of closing the gap in {}: {}",
            year.year,
            chance_text(year.p_break_even)
        ))
        .size(crate::ui::theme::size::HEADING)
        .strong(),
    );
    ui.label(format!(
        "For a {} chance, find {} more recurrent savings that are certain to deliver.",
        chance_text(*c.chance),
        money_m(extra)
    ));
    ui.label(format!(
        "With each scheme weighted by its chance, {} is still to find.",
        money_m(still)
    ));
    match goal.spend_growth_cut_pp {
        Some(cut) if cut > 0.0 => ui.label(format!(
            "Or slow every spend line's growth by {} percentage points a year to close the gap in {}.",
            grouped(cut, 2),
            years.get(last).cloned().unwrap_or_default()
        )),
        Some(cut) => ui.label(format!(
            "The gap in {} is closed: spend growth could rise by {} percentage points a year and it would still close.",
            years.get(last).cloned().unwrap_or_default(),
            grouped(-cut, 2)
        )),
        None => ui.label("No change in spend growth alone closes the final year's gap."),
    };
    ui.label(
        RichText::new(format!(
            "{} runs from seed {}; each scheme delivers in full with its chance, or not at all{}.",
            grouped(f64::from(risk.settings.runs), 0),
            risk.settings.seed,
            if risk.settings.growth_sd > 0.0 {
                format!(
                    "; spend growth varies by {} points (one standard deviation)",
                    grouped(risk.settings.growth_sd, 1)
                )
            } else {
                String::new()
            }
        ))
        .small()
        .weak(),
    );
    ui.add_space(space::S);
    s_curve(ui, risk, t, *c.chance);
    ui.add_space(space::S);
    table(ui, risk);
}

fn s_curve(ui: &mut Ui, risk: &crate::engine::RiskRange, t: usize, chance: f64) {
    let palette = Palette::of(ui.ctx());
    let curve: Vec<[f64; 2]> = risk
        .curve(t, CURVE_POINTS)
        .into_iter()
        .map(|[x, p]| [x / 1000.0, p * 100.0])
        .collect();
    key(
        ui,
        &[
            ("Chance the gap is at most this", palette.do_something),
            ("Break even", palette.total),
            ("Aim", palette.warn),
        ],
    );
    let height = (ui.available_height() - 150.0).clamp(140.0, 300.0);
    plot("risk-s-curve", height)
        .x_axis_formatter(super::common::money_m_axis)
        .x_axis_label(format!("Do-something gap in {}, £m", risk.years[t].year))
        .y_axis_formatter(|mark, _| format!("{}%", grouped(mark.value, 0)))
        .y_axis_label("Chance")
        .include_y(0.0)
        .include_y(100.0)
        .include_x(0.0)
        .label_formatter(|hover| match hover {
            egui_plot::HoverPosition::NearDataPoint { position: p, .. } => Some(format!(
                "{}% chance the gap is at most {}",
                grouped(p.y, 0),
                money_m(p.x * 1000.0)
            )),
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |p| {
            p.vline(
                VLine::new("Break even", 0.0)
                    .color(palette.total)
                    .width(1.0),
            );
            p.hline(
                HLine::new("Aim", chance * 100.0)
                    .color(palette.warn)
                    .width(1.0),
            );
            p.line(
                Line::new("Chance the gap is at most this", curve)
                    .color(palette.do_something)
                    .width(2.5),
            );
            // Where the aim meets the curve: the gap that extra savings must close.
            p.points(
                Points::new(
                    "Savings needed for the aim",
                    vec![[risk.quantile(t, chance) / 1000.0, chance * 100.0]],
                )
                .radius(5.0)
                .color(palette.warn),
            );
        });
}

fn table(ui: &mut Ui, risk: &crate::engine::RiskRange) {
    egui::ScrollArea::horizontal()
        .id_salt("risk-table")
        .show(ui, |ui| {
            Grid::new("risk-grid")
                .striped(true)
                .spacing([space::M, space::S / 2.0])
                .show(ui, |ui| {
                    for h in ["Year", "P10", "P50", "P90", "Chance of closing"] {
                        ui.label(RichText::new(h).strong());
                    }
                    ui.end_row();
                    for y in risk.years.iter().skip(1) {
                        ui.label(&y.year);
                        for v in [y.p10, y.p50, y.p90] {
                            ui.label(money_m(v));
                        }
                        ui.label(chance_text(y.p_break_even));
                        ui.end_row();
                    }
                });
        });
}
