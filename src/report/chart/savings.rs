//! Savings by programme or by stage: each planning year's savings at face value
//! stacked by group, with the risk-adjusted total marked across each stack.

use super::frame::{self, KeyItem, Plot, Swatch, YearAxes};
use super::palette::{self, INK, OTHER};
use super::scale::{Scale, Unit};
use super::svg::{Colour, Stroke, Svg};
use super::{Size, TICKS};
use crate::engine::{Outcome, SavingsGroup};
use crate::format::k_to_m;
use crate::model::Plan;

/// How savings are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// By the schemes' programmes.
    Programme,
    /// By the schemes' delivery stages.
    Stage,
}

impl Grouping {
    /// "programme" or "stage".
    pub fn noun(self) -> &'static str {
        match self {
            Grouping::Programme => "programme",
            Grouping::Stage => "stage",
        }
    }
}

/// One stack's series as drawn: its name, colour and £m per planning year.
struct Series {
    name: String,
    colour: Colour,
    values: Vec<f64>,
}

const RISK_ADJUSTED: Stroke = Stroke::solid(INK, 2.0);

/// Savings at face value by planning year, stacked by programme or stage, in £m, with
/// the risk-adjusted total. Each group keeps the colour of its place among all the
/// plan's groups of its kind; when there are more groups than colours the smallest are
/// stacked together as "Other".
pub fn savings_svg(outcome: &Outcome, plan: &Plan, grouping: Grouping, size: Size) -> String {
    let (groups, all) = match grouping {
        Grouping::Programme => (&outcome.savings_by_programme, palette::programme_keys(plan)),
        Grouping::Stage => (&outcome.savings_by_stage, palette::stage_keys()),
    };
    let title = format!(
        "Savings by {}, face value, with the risk-adjusted total, £m",
        grouping.noun()
    );
    let years = outcome.years.get(1..).unwrap_or_default();
    let series = series(groups, &all);
    let mut key: Vec<KeyItem> = series
        .iter()
        .map(|s| KeyItem::new(s.name.clone(), Swatch::Fill(s.colour)))
        .collect();
    key.push(KeyItem::new(
        "Risk-adjusted total",
        Swatch::Line(RISK_ADJUSTED),
    ));
    let mut svg = Svg::new(size, &title);
    let top = frame::header(&mut svg, &title, &key);
    if series.is_empty() || years.is_empty() {
        frame::empty(&mut svg, top, "No savings schemes count under this option.");
        return svg.finish();
    }
    let risk_adjusted: Vec<f64> = outcome
        .finance
        .iter()
        .skip(1)
        .map(|r| k_to_m(r.savings_risk_adjusted))
        .collect();
    let (lows, highs) = stack_ends(&series, years.len());
    let axes = YearAxes {
        years,
        notes: None,
        scale: Scale::covering(
            lows.iter().chain(&highs).chain(&risk_adjusted).copied(),
            true,
            TICKS,
            Unit::MoneyM,
        ),
    };
    let plot = frame::year_plot(&mut svg, top, &axes);
    stacks(&mut svg, &plot, &series, years.len());
    totals(&mut svg, &plot, &risk_adjusted);
    svg.finish()
}

/// The groups as series in £m per planning year, coloured by their keys' places in
/// `all`, with those left without a colour summed as "Other", last.
fn series(groups: &[SavingsGroup], all: &[&str]) -> Vec<Series> {
    let sizes: Vec<(&str, f64)> = groups
        .iter()
        .map(|g| (g.key.as_str(), g.face.iter().map(|v| v.abs()).sum()))
        .collect();
    let colours = palette::colours(all, &sizes);
    let mut out = Vec::with_capacity(groups.len());
    let mut other: Option<Series> = None;
    for (g, colour) in groups.iter().zip(colours) {
        let values: Vec<f64> = g.face.iter().skip(1).map(|v| k_to_m(*v)).collect();
        match colour {
            Some(colour) => out.push(Series {
                name: g.key.clone(),
                colour,
                values,
            }),
            None => {
                let o = other.get_or_insert_with(|| Series {
                    name: "Other".to_string(),
                    colour: OTHER,
                    values: vec![0.0; values.len()],
                });
                for (sum, v) in o.values.iter_mut().zip(values) {
                    *sum += v;
                }
            }
        }
    }
    out.extend(other);
    out
}

/// The bottom and top of each year's stack (savings below zero stack downwards).
fn stack_ends(series: &[Series], years: usize) -> (Vec<f64>, Vec<f64>) {
    let mut lows = vec![0.0; years];
    let mut highs = vec![0.0; years];
    for s in series {
        for (t, v) in s.values.iter().enumerate().take(years) {
            if *v >= 0.0 {
                highs[t] += v;
            } else {
                lows[t] += v;
            }
        }
    }
    (lows, highs)
}

/// Each year's stack: the groups in order, from zero outwards.
fn stacks(svg: &mut Svg, plot: &Plot, series: &[Series], years: usize) {
    let width = (plot.x.band * 0.55).min(90.0);
    for t in 0..years {
        let (mut up, mut down) = (0.0, 0.0);
        let x = plot.x.centre(t) - width / 2.0;
        for s in series {
            let v = s.values.get(t).copied().unwrap_or(0.0);
            let (from, to) = if v >= 0.0 {
                up += v;
                (up - v, up)
            } else {
                down += v;
                (down - v, down)
            };
            let (a, b) = (plot.y.at(from), plot.y.at(to));
            if (a - b).abs() > 0.05 {
                svg.rect((x, a.min(b)), (width, (a - b).abs()), s.colour);
            }
        }
    }
}

/// The risk-adjusted total: a mark across each year's stack, joined year to year.
fn totals(svg: &mut Svg, plot: &Plot, risk_adjusted: &[f64]) {
    let points = frame::points(plot, risk_adjusted);
    svg.polyline(&points, Stroke::solid(INK, 1.0));
    let half = (plot.x.band * 0.55).min(90.0) / 2.0 + 4.0;
    for (x, y) in points {
        svg.line((x - half, y), (x + half, y), RISK_ADJUSTED);
    }
}
