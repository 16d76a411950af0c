//! Stacked and grouped bars: savings by programme or stage, spend by service area, and
//! money per priority.

use egui::Ui;
use egui_plot::{Bar, BarChart, Line, PlotPoints};

use super::common::{key, money_m_axis, plot, year_axis};
use crate::engine::{Outcome, SavingsGroup};
use crate::format::money_m;
use crate::session::SavingsGrouping;
use crate::ui::theme::{Palette, series};

/// Bars stacked by group, one stack per year from `first_year`; values in £000.
fn stacked<'a>(
    groups: impl Iterator<Item = (&'a str, &'a [f64])>,
    first_year: usize,
) -> Vec<BarChart> {
    let mut charts: Vec<BarChart> = Vec::new();
    for (i, (name, values)) in groups.enumerate() {
        let bars: Vec<Bar> = values
            .iter()
            .enumerate()
            .skip(first_year)
            .map(|(t, v)| {
                Bar::new(t as f64, v / 1000.0)
                    .width(0.6)
                    .fill(series(i))
                    .name(format!("{name}: {}", money_m(*v)))
            })
            .collect();
        let chart = BarChart::new(name.to_string(), bars)
            .color(series(i))
            .element_formatter(Box::new(|bar, _| bar.name.clone()));
        let below: Vec<&BarChart> = charts.iter().collect();
        let chart = chart.stack_on(&below);
        charts.push(chart);
    }
    charts
}

/// Savings stacked by programme or stage, with the risk-adjusted total as a line.
pub fn savings(ui: &mut Ui, o: &Outcome, grouping: &mut SavingsGrouping) {
    ui.horizontal(|ui| {
        ui.label("Group by");
        ui.selectable_value(grouping, SavingsGrouping::Programme, "Programme");
        ui.selectable_value(grouping, SavingsGrouping::Stage, "Stage");
    });
    let groups: &[SavingsGroup] = match grouping {
        SavingsGrouping::Programme => &o.savings_by_programme,
        SavingsGrouping::Stage => &o.savings_by_stage,
    };
    if groups.is_empty() {
        ui.label("No savings schemes count under this option.");
        return;
    }
    let charts = stacked(
        groups.iter().map(|g| (g.key.as_str(), g.face.as_slice())),
        1,
    );
    let palette = Palette::of(ui.ctx());
    let mut items: Vec<(&str, egui::Color32)> = groups
        .iter()
        .enumerate()
        .map(|(i, g)| (g.key.as_str(), series(i)))
        .collect();
    items.push(("Risk-adjusted total (line)", palette.total));
    key(ui, &items);
    let risk: PlotPoints = o
        .finance
        .iter()
        .enumerate()
        .skip(1)
        .map(|(t, r)| [t as f64, r.savings_risk_adjusted / 1000.0])
        .collect();
    plot("savings-chart", ui.available_height().max(120.0))
        .x_axis_formatter(year_axis(o.years.clone()))
        .y_axis_formatter(money_m_axis)
        .y_axis_label("Savings, £m")
        .include_y(0.0)
        .include_x(0.4)
        .include_x(o.years.len() as f64 - 0.4)
        .show(ui, |p| {
            for c in charts {
                p.bar_chart(c);
            }
            p.line(
                Line::new("Risk-adjusted total", risk)
                    .color(palette.total)
                    .width(2.5),
            );
        });
}

/// Spend by service area, stacked by year.
pub fn spend(ui: &mut Ui, o: &Outcome) {
    let items: Vec<(&str, egui::Color32)> = o
        .spend_lines
        .iter()
        .enumerate()
        .map(|(i, l)| (l.name.as_str(), series(i)))
        .collect();
    key(ui, &items);
    let charts = stacked(
        o.spend_lines
            .iter()
            .map(|l| (l.name.as_str(), l.values.as_slice())),
        0,
    );
    plot("spend-chart", ui.available_height().max(120.0))
        .x_axis_formatter(year_axis(o.years.clone()))
        .y_axis_formatter(money_m_axis)
        .y_axis_label("Spend, £m")
        .include_y(0.0)
        .include_x(-0.6)
        .include_x(o.years.len() as f64 - 0.4)
        .show(ui, |p| {
            for c in charts {
                p.bar_chart(c);
            }
        });
}

/// Investment and savings per priority over the plan, highest-ranked first.
pub fn priorities(ui: &mut Ui, o: &Outcome, height: f32) {
    if o.priorities.is_empty() {
        ui.label("This plan has no priorities.");
        return;
    }
    let mut ranked: Vec<_> = o.priorities.iter().collect();
    ranked.sort_by_key(|p| p.rank);
    let palette = Palette::of(ui.ctx());
    let bar = |i: usize, offset: f64, value: f64, label: String| {
        Bar::new(-(i as f64) + offset, value / 1000.0)
            .horizontal()
            .width(0.35)
            .name(label)
    };
    let investment: Vec<Bar> = ranked
        .iter()
        .enumerate()
        .map(|(i, p)| {
            bar(
                i,
                0.2,
                p.investment_total,
                format!("{}: invest {}", p.name, money_m(p.investment_total)),
            )
        })
        .collect();
    let savings: Vec<Bar> = ranked
        .iter()
        .enumerate()
        .map(|(i, p)| {
            bar(
                i,
                -0.2,
                p.savings_total,
                format!("{}: save {}", p.name, money_m(p.savings_total)),
            )
        })
        .collect();
    key(
        ui,
        &[
            ("Investment over the plan", palette.do_nothing),
            ("Savings over the plan, face value", palette.good),
        ],
    );
    let labels: Vec<String> = ranked
        .iter()
        .map(|p| format!("{}. {} ({:.1})", p.rank, p.name, p.score))
        .collect();
    // Every priority keeps room for its label; a long list scrolls.
    let plot_height = (ranked.len() as f32 * 30.0 + 40.0).max(height - 30.0);
    egui::ScrollArea::vertical()
        .id_salt("priorities-scroll")
        .show(ui, |ui| {
            plot("priorities-chart", plot_height)
                .show_x(false)
                .x_axis_formatter(money_m_axis)
                .y_axis_min_width(170.0)
                .y_grid_spacer(super::common::every_step)
                .y_axis_formatter(move |mark, _| {
                    let i = (-mark.value).round();
                    if (mark.value + i).abs() > 1e-6 || i < 0.0 {
                        return String::new();
                    }
                    labels.get(i as usize).cloned().unwrap_or_default()
                })
                .show(ui, |p| {
                    p.bar_chart(
                        BarChart::new("Investment over the plan", investment)
                            .horizontal()
                            .color(palette.do_nothing)
                            .element_formatter(Box::new(|b, _| b.name.clone())),
                    );
                    p.bar_chart(
                        BarChart::new("Savings over the plan (face value)", savings)
                            .horizontal()
                            .color(palette.good)
                            .element_formatter(Box::new(|b, _| b.name.clone())),
                    );
                });
        });
}
