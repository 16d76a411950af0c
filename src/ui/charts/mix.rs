//! Stacked and grouped bars: savings by programme or stage, spend by service area, and
//! money per priority.

use egui::{Color32, Ui};
use egui_plot::{Bar, BarChart, Line, PlotPoints};

use super::colours::{self, Slot};
use super::common::{key, money_m_axis, plot, year_axis};
use super::rows::{self, Labels, RowText, Rows};
use crate::engine::{Outcome, PriorityOutcome, SavingsGroup};
use crate::format::k_to_m;
use crate::format::money_m;
use crate::model::Plan;
use crate::session::SavingsGrouping;
use crate::ui::theme::Palette;
use crate::ui::theme::panel::MIN_CHART_HEIGHT;

/// The name of the series grouped together when a chart has more than it has colours.
const OTHER: &str = "Other";

/// One series of a stacked chart, as drawn: name, colour and values (£000, base year
/// first).
struct Stack {
    name: String,
    colour: Color32,
    values: Vec<f64>,
}

/// The series to stack, each `(key, name, values)`, coloured by their keys' places in
/// `all` (every key of their kind in the plan), so a series keeps its colour whatever
/// else is shown. Series that find no colour of their own are summed as "Other", last.
fn stacks<'a>(
    all: &[&str],
    series: &[(&'a str, &'a str, &'a [f64])],
    palette: &Palette,
) -> Vec<Stack> {
    let sizes: Vec<(&str, f64)> = series
        .iter()
        .map(|(key, _, values)| (*key, values.iter().map(|v| v.abs()).sum()))
        .collect();
    let slots = colours::slots(all, &sizes);
    let mut out = Vec::with_capacity(series.len());
    let mut other: Option<Stack> = None;
    for ((_, name, values), slot) in series.iter().zip(&slots) {
        match slot {
            Slot::Colour(_) => out.push(Stack {
                name: name.to_string(),
                colour: slot.colour(palette),
                values: values.to_vec(),
            }),
            Slot::Other => {
                let o = other.get_or_insert_with(|| Stack {
                    name: OTHER.to_string(),
                    colour: palette.other,
                    values: vec![0.0; values.len()],
                });
                for (sum, v) in o.values.iter_mut().zip(values.iter()) {
                    *sum += v;
                }
            }
        }
    }
    out.extend(other);
    out
}

/// Bars stacked in the order given, one stack per year from `first_year`.
fn stacked(stacks: &[Stack], first_year: usize) -> Vec<BarChart> {
    let mut charts: Vec<BarChart> = Vec::new();
    for s in stacks {
        let bars: Vec<Bar> = s
            .values
            .iter()
            .enumerate()
            .skip(first_year)
            .map(|(t, v)| {
                Bar::new(t as f64, k_to_m(*v))
                    .width(0.6)
                    .fill(s.colour)
                    .name(format!("{}: {}", s.name, money_m(*v)))
            })
            .collect();
        let chart = BarChart::new(s.name.clone(), bars)
            .color(s.colour)
            .element_formatter(Box::new(|bar, _| bar.name.clone()));
        let below: Vec<&BarChart> = charts.iter().collect();
        let chart = chart.stack_on(&below);
        charts.push(chart);
    }
    charts
}

/// The key of a stacked chart: each series' swatch and name.
fn stack_key(stacks: &[Stack]) -> Vec<(&str, Color32)> {
    stacks.iter().map(|s| (s.name.as_str(), s.colour)).collect()
}

/// Savings stacked by programme or stage, with the risk-adjusted total as a line.
pub fn savings(ui: &mut Ui, plan: &Plan, o: &Outcome, grouping: &mut SavingsGrouping) {
    ui.horizontal(|ui| {
        ui.label("Group by");
        ui.selectable_value(grouping, SavingsGrouping::Programme, "Programme");
        ui.selectable_value(grouping, SavingsGrouping::Stage, "Stage");
    });
    savings_chart(ui, plan, o, *grouping);
}

/// The savings chart alone, grouped by programme or stage.
pub fn savings_chart(ui: &mut Ui, plan: &Plan, o: &Outcome, grouping: SavingsGrouping) {
    let (groups, all): (&[SavingsGroup], Vec<&str>) = match grouping {
        SavingsGrouping::Programme => (&o.savings_by_programme, colours::programme_keys(plan)),
        SavingsGrouping::Stage => (&o.savings_by_stage, colours::stage_keys()),
    };
    if groups.is_empty() {
        ui.label("No savings schemes count under this option.");
        return;
    }
    let palette = Palette::of(ui.ctx());
    let series: Vec<(&str, &str, &[f64])> = groups
        .iter()
        .map(|g| (g.key.as_str(), g.key.as_str(), g.face.as_slice()))
        .collect();
    let stacks = stacks(&all, &series, &palette);
    let mut items = stack_key(&stacks);
    items.push(("Risk-adjusted total (line)", palette.total));
    key(ui, &items);
    let risk: PlotPoints = o
        .finance
        .iter()
        .enumerate()
        .skip(1)
        .map(|(t, r)| [t as f64, k_to_m(r.savings_risk_adjusted)])
        .collect();
    plot("savings-chart", ui.available_height().max(MIN_CHART_HEIGHT))
        .x_axis_formatter(year_axis(o.years.clone()))
        .y_axis_formatter(money_m_axis)
        .y_axis_label("Savings, £m")
        .include_y(0.0)
        .include_x(0.4)
        .include_x(o.years.len() as f64 - 0.4)
        .show(ui, |p| {
            for c in stacked(&stacks, 1) {
                p.bar_chart(c);
            }
            p.line(
                Line::new("Risk-adjusted total", risk)
                    .color(palette.total)
                    .width(2.5),
            );
        });
}

/// Spend by service area, stacked by year; each line keeps its colour by its id.
pub fn spend(ui: &mut Ui, plan: &Plan, o: &Outcome) {
    let palette = Palette::of(ui.ctx());
    let all = colours::spend_keys(plan);
    let series: Vec<(&str, &str, &[f64])> = o
        .spend_lines
        .iter()
        .map(|l| (l.id.as_str(), l.name.as_str(), l.values.as_slice()))
        .collect();
    let stacks = stacks(&all, &series, &palette);
    key(ui, &stack_key(&stacks));
    plot("spend-chart", ui.available_height().max(MIN_CHART_HEIGHT))
        .x_axis_formatter(year_axis(o.years.clone()))
        .y_axis_formatter(money_m_axis)
        .y_axis_label("Spend, £m")
        .include_y(0.0)
        .include_x(-0.6)
        .include_x(o.years.len() as f64 - 0.4)
        .show(ui, |p| {
            for c in stacked(&stacks, 0) {
                p.bar_chart(c);
            }
        });
}

/// Height of each of a priority's two bars, in points.
const PRIORITY_BAR_HEIGHT: f32 = 12.0;

/// Investment and savings per priority over the plan, highest-ranked first: a row per
/// priority with its name, score and both amounts written above its two bars.
pub fn priorities(ui: &mut Ui, o: &Outcome, height: f32) {
    if o.priorities.is_empty() {
        ui.label("This plan has no priorities.");
        return;
    }
    let mut ranked: Vec<&PriorityOutcome> = o.priorities.iter().collect();
    ranked.sort_by_key(|p| p.rank);
    let palette = Palette::of(ui.ctx());
    let (invest_colour, save_colour) = (palette.do_nothing, palette.good);
    key(
        ui,
        &[
            ("Investment over the plan", invest_colour),
            ("Savings over the plan, face value", save_colour),
        ],
    );
    let rows = Rows::new(ranked.len(), 2, PRIORITY_BAR_HEIGHT);
    let texts: Vec<RowText> = ranked.iter().map(|p| priority_text(p)).collect();
    let x = rows::money_range(
        ranked
            .iter()
            .flat_map(|p| [p.investment_total, p.savings_total])
            .map(k_to_m),
    );
    egui::ScrollArea::vertical()
        .id_salt("priorities-scroll")
        .max_height(height)
        .show(ui, |ui| {
            let labels = Labels::fit(ui, "priorities-chart", ui.available_width(), &texts);
            rows::chart("priorities-chart", &rows).show(ui, |p| {
                rows::fix_view(p, &rows, &x);
                p.bar_chart(priority_bars(
                    "Investment over the plan",
                    &ranked,
                    (&rows, 0),
                    |p| p.investment_total,
                    invest_colour,
                ));
                p.bar_chart(priority_bars(
                    "Savings over the plan, face value",
                    &ranked,
                    (&rows, 1),
                    |p| p.savings_total,
                    save_colour,
                ));
                labels.draw(p, &rows, &x);
            });
        });
}

/// A priority's label line: rank, name and score on the left, both amounts on the right.
fn priority_text(p: &PriorityOutcome) -> RowText {
    RowText {
        label: format!("{}. {} ({:.1})", p.rank, p.name, p.score),
        amount: Some(format!(
            "invest {} · save {}",
            money_m(p.investment_total),
            money_m(p.savings_total)
        )),
    }
}

/// Bar `bar` of every priority's row: `value` of each, named `name` on hover.
fn priority_bars(
    name: &str,
    ranked: &[&PriorityOutcome],
    (rows, bar): (&Rows, usize),
    value: fn(&PriorityOutcome) -> f64,
    colour: Color32,
) -> BarChart {
    let bars: Vec<Bar> = ranked
        .iter()
        .enumerate()
        .map(|(i, p)| {
            Bar::new(rows.bar_y(i, bar), k_to_m(value(p)))
                .horizontal()
                .width(rows.bar_width())
                .fill(colour)
                .name(format!("{}\n{name}: {}", p.name, money_m(value(p))))
        })
        .collect();
    BarChart::new(name.to_string(), bars)
        .horizontal()
        .color(colour)
        .element_formatter(Box::new(|b, _| b.name.clone()))
}
