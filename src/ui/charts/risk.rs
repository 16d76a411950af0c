//! The risk range: the chance of closing a year's gap as an S-curve, what would close it
//! (goal seek), and P10 / P50 / P90 by year.

use egui::{Grid, RichText, Ui};
use egui_plot::{HLine, Line, Points, VLine};

use super::common::{key, plot, updating_mark};
use crate::engine::{GoalSeek, RiskRange};
use crate::format::{grouped, money_m};
use crate::format::{k_to_m, m_to_k};
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
pub fn show(ui: &mut Ui, years: &[String], a: Option<&Analysis>, current: bool, mut c: RiskChoice) {
    let Some((risk, goal)) = ready(ui, a) else {
        return;
    };
    let last = risk.years.len().saturating_sub(1);
    if last == 0 {
        ui.label("The plan has no planning years.");
        return;
    }
    *c.year = (*c.year).clamp(1, last);
    updating_mark(ui, current);
    controls(ui, years, &mut c);
    let (t, chance) = (*c.year, *c.chance);
    ui.add_space(space::S);
    summary(ui, (risk, goal), t, chance);
    ui.add_space(space::S);
    s_curve(ui, risk, t, chance);
    ui.add_space(space::S);
    table(ui, risk);
}

/// The risk range and goal seek once worked out, or says why there are none yet.
fn ready<'a>(ui: &mut Ui, a: Option<&'a Analysis>) -> Option<(&'a RiskRange, &'a GoalSeek)> {
    let Some(a) = a else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label("Working out the risk range...");
        });
        return None;
    };
    match (&a.risk, &a.goal) {
        (Ok(r), Ok(g)) => Some((r, g)),
        (Err(e), _) | (_, Err(e)) => {
            ui.label(format!("No risk range: {e}"));
            None
        }
    }
}

/// The year of the S-curve and the chance to aim for.
fn controls(ui: &mut Ui, years: &[String], c: &mut RiskChoice) {
    let t = *c.year;
    ui.horizontal_wrapped(|ui| {
        ui.label("Year");
        egui::ComboBox::from_id_salt("risk-year")
            .selected_text(years.get(t).cloned().unwrap_or_default())
            .show_ui(ui, |ui| {
                for (i, y) in years.iter().enumerate().skip(1) {
                    ui.selectable_value(&mut *c.year, i, y);
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
}

/// The chance of closing year `t`'s gap, what would close it, and how it was worked out.
fn summary(ui: &mut Ui, (risk, goal): (&RiskRange, &GoalSeek), t: usize, chance: f64) {
    let year = &risk.years[t];
    let last_year = risk.years.last().map_or("", |y| y.year.as_str());
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
        chance_text(chance),
        money_m(risk.savings_for_chance(t, chance))
    ));
    ui.label(format!(
        "With each scheme weighted by its chance, {} is still to find.",
        money_m(goal.extra_savings.get(t).copied().unwrap_or(0.0))
    ));
    match goal.spend_growth_cut_pp {
        Some(cut) if cut > 0.0 => ui.label(format!(
            "Or slow every spend line's growth by {} percentage points a year to close the gap in {last_year}.",
            grouped(cut, 2),
        )),
        Some(cut) => ui.label(format!(
            "The gap in {last_year} is closed: spend growth could rise by {} percentage points a year and it would still close.",
            grouped(-cut, 2)
        )),
        None => ui.label("No change in spend growth alone closes the final year's gap."),
    };
    runs_note(ui, risk);
}

/// How the risk range was worked out, in small print.
fn runs_note(ui: &mut Ui, risk: &RiskRange) {
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
}

fn s_curve(ui: &mut Ui, risk: &RiskRange, t: usize, chance: f64) {
    let palette = Palette::of(ui.ctx());
    let curve: Vec<[f64; 2]> = risk
        .curve(t, CURVE_POINTS)
        .into_iter()
        .map(|[x, p]| [k_to_m(x), p * 100.0])
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
        .x_grid_spacer(super::common::money_grid)
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
                money_m(m_to_k(p.x))
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
                    vec![[k_to_m(risk.quantile(t, chance)), chance * 100.0]],
                )
                .radius(5.0)
                .color(palette.warn),
            );
        });
}

fn table(ui: &mut Ui, risk: &RiskRange) {
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
