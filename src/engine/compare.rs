//! Options side by side: each option's outcome, its key figures against the base plan,
//! and what differs between the options' inputs.

use serde::Serialize;

use super::inputs::Inputs;
use super::{EngineError, FinanceRow, Outcome, View, compute};
use crate::format::{grouped, money_k, percent};
pub use crate::model::MAX_COMPARED;
use crate::model::{BASE_SCENARIO, Plan, RuleValue};

/// A key figure of the comparison table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    /// Do-nothing gap.
    GapDoNothing,
    /// Risk-adjusted savings.
    Savings,
    /// Investment.
    Investment,
    /// Do-something gap (risk-adjusted).
    GapDoSomething,
    /// Savings still to find.
    StillToFind,
}

impl Figure {
    /// Every figure, in table order.
    pub const ALL: [Figure; 5] = [
        Figure::GapDoNothing,
        Figure::Savings,
        Figure::Investment,
        Figure::GapDoSomething,
        Figure::StillToFind,
    ];

    /// What the figure is called on screen and in reports.
    pub fn label(self) -> &'static str {
        match self {
            Figure::GapDoNothing => "Do-nothing gap",
            Figure::Savings => "Savings (risk-adjusted)",
            Figure::Investment => "Investment",
            Figure::GapDoSomething => "Do-something gap",
            Figure::StillToFind => "Still to find",
        }
    }

    /// The figure's name in JSON and CSV reports (`gap_do_nothing`), as it serializes.
    pub fn key(self) -> &'static str {
        match self {
            Figure::GapDoNothing => "gap_do_nothing",
            Figure::Savings => "savings",
            Figure::Investment => "investment",
            Figure::GapDoSomething => "gap_do_something",
            Figure::StillToFind => "still_to_find",
        }
    }

    /// The figure in one year's row.
    pub fn of(self, row: &FinanceRow) -> f64 {
        match self {
            Figure::GapDoNothing => row.gap_do_nothing,
            Figure::Savings => row.savings_risk_adjusted,
            Figure::Investment => row.investment,
            Figure::GapDoSomething => row.gap_do_something,
            Figure::StillToFind => row.unidentified_savings,
        }
    }
}

/// One option in the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    /// Option id (`base` for the base plan).
    pub id: String,
    /// Option name.
    pub name: String,
    /// Everything computed for it.
    pub outcome: Outcome,
}

/// One input that differs between the compared options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Difference {
    /// What the input is (`Income growth`, `Scheme: Falls prevention`).
    pub input: String,
    /// Its value under each compared option, in their order.
    pub values: Vec<String>,
}

/// Options side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The base plan, which every option's differences are taken from.
    pub base: Outcome,
    /// The compared options, in the order asked for.
    pub options: Vec<Compared>,
    /// Inputs that are not the same under every compared option.
    pub differences: Vec<Difference>,
}

impl Comparison {
    /// `figure` in year `t` (0 = base year) under option `i`.
    pub fn figure(&self, i: usize, figure: Figure, t: usize) -> f64 {
        self.options[i]
            .outcome
            .finance
            .get(t)
            .map_or(0.0, |r| figure.of(r))
    }

    /// `figure` in year `t` under option `i`, less the base plan's.
    pub fn from_base(&self, i: usize, figure: Figure, t: usize) -> f64 {
        self.figure(i, figure, t) - self.base.finance.get(t).map_or(0.0, |r| figure.of(r))
    }
}

/// Computes the options with these ids (`base` for the base plan) in one view.
pub fn compare(
    plan: &Plan,
    ids: &[&str],
    locality: Option<&str>,
) -> Result<Comparison, EngineError> {
    let view = |scenario| View { scenario, locality };
    let base = compute(plan, &view(None))?;
    let mut options = Vec::with_capacity(ids.len());
    let mut inputs = Vec::with_capacity(ids.len());
    for id in ids {
        let outcome = if *id == BASE_SCENARIO {
            base.clone()
        } else {
            compute(plan, &view(Some(id)))?
        };
        inputs.push(Inputs::new(plan, Some(id))?);
        options.push(Compared {
            id: id.to_string(),
            name: plan
                .scenario(id)
                .map_or_else(|| "Base plan".to_string(), |s| s.name.clone()),
            outcome,
        });
    }
    Ok(Comparison {
        differences: differences(plan, &inputs),
        base,
        options,
    })
}

fn pp(x: f64) -> String {
    let sign = if x > 0.0 { "+" } else { "" };
    format!(
        "{sign}{} pp",
        grouped(x, 2).trim_end_matches('0').trim_end_matches('.')
    )
}

/// Percentage points per planning year: one figure when every year is the same,
/// otherwise each year's in turn.
fn pp_years(years: &[f64]) -> String {
    match years.split_first() {
        None => pp(0.0),
        Some((first, rest)) if rest.iter().all(|x| x == first) => pp(*first),
        Some(_) => years.iter().map(|x| pp(*x)).collect::<Vec<_>>().join(" / "),
    }
}

fn rule(value: Option<RuleValue>) -> String {
    match value {
        Some(RuleValue::Percent(x)) => format!("{} of income", percent(x)),
        Some(RuleValue::Amount(x)) => money_k(x),
        None => "none".into(),
    }
}

/// Every input whose value is not the same under all the options.
fn differences(plan: &Plan, inputs: &[Inputs]) -> Vec<Difference> {
    let mut out = Vec::new();
    let mut row = |input: String, value: &dyn Fn(&Inputs) -> String| {
        let values: Vec<String> = inputs.iter().map(value).collect();
        if values.iter().any(|v| *v != values[0]) {
            out.push(Difference { input, values });
        }
    };
    row("Income growth".into(), &|i| pp_years(&i.income_pp));
    for (l, line) in plan.spend.iter().enumerate() {
        row(format!("Spend growth: {}", line.name), &|i| {
            pp_years(&i.spend_pp[l])
        });
    }
    let mut rule_ids: Vec<&str> = Vec::new();
    for i in inputs {
        for r in &i.rules {
            if !rule_ids.contains(&r.id) {
                rule_ids.push(r.id);
            }
        }
    }
    for id in rule_ids {
        let name = inputs
            .iter()
            .flat_map(|i| &i.rules)
            .find(|r| r.id == id)
            .map_or(id, |r| r.name);
        row(format!("Rule: {name}"), &|i| {
            rule(i.rules.iter().find(|r| r.id == id).map(|r| r.value))
        });
    }
    for (k, s) in plan.schemes.iter().enumerate() {
        if inputs.iter().all(|i| {
            i.scheme_active[k] == inputs[0].scheme_active[k]
                && i.scheme_confidence[k] == inputs[0].scheme_confidence[k]
        }) {
            continue;
        }
        row(format!("Scheme: {}", s.name), &|i| {
            if i.scheme_active[k] {
                format!("on, {} chance", percent(i.scheme_confidence[k] * 100.0))
            } else {
                "off".into()
            }
        });
    }
    for (k, v) in plan.investments.iter().enumerate() {
        row(format!("Investment: {}", v.name), &|i| {
            if i.investment_active[k] { "on" } else { "off" }.into()
        });
    }
    for (k, t) in plan.trajectories.iter().enumerate() {
        row(format!("Activity growth: {}", t.name), &|i| {
            pp_years(&i.trajectory_pp[k])
        });
    }
    row("Stretch savings".into(), &|i| {
        if i.count_stretch {
            "counted"
        } else {
            "not counted"
        }
        .into()
    });
    out
}

#[cfg(test)]
mod tests {
    use super::Figure;

    #[test]
    fn keys_are_the_serialized_names() {
        for f in Figure::ALL {
            let json = serde_json::to_string(&f).expect("serializes");
            assert_eq!(json, format!("\"{}\"", f.key()));
        }
    }
}
