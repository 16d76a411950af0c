//! The bridge (waterfall) from the base-year gap to each year's do-something gap.

use super::finance::Money;
use super::inputs::Inputs;
use super::outcome::{Bridge, BridgeStep, FinanceRow, StepKind};
use super::savings::Savings;
use crate::model::years::FromBase;

fn step(label: impl Into<String>, kind: StepKind, value: f64) -> BridgeStep {
    BridgeStep {
        label: label.into(),
        kind,
        value,
    }
}

/// One bridge per planning year. The change bars add up exactly (to f64 rounding) to the
/// subtotal and total bars.
pub(crate) fn bridges(
    inputs: &Inputs,
    money: &Money,
    savings: &Savings,
    finance: &[FinanceRow],
) -> Vec<Bridge> {
    let plan = inputs.plan;
    (1..=plan.horizon)
        .map(|t| {
            let base_label = plan.year_label(FromBase(0));
            let year = plan.year_label(FromBase(t));
            let mut steps = vec![step(
                format!("Do-nothing gap {base_label}"),
                StepKind::Start,
                money.gap_do_nothing[0],
            )];
            steps.push(step(
                "Income growth",
                StepKind::Change,
                -(money.income[t] - money.income[0]),
            ));
            // Lines of the same name are one bar: the public view names every
            // sensitive line alike, and one bar is what the room should see.
            let first_spend = steps.len();
            for (line, values) in plan.spend.iter().zip(&money.spend_lines) {
                let change = values[t] - values[0];
                match steps[first_spend..]
                    .iter_mut()
                    .find(|s| s.label == line.name)
                {
                    Some(same) => same.value += change,
                    None => steps.push(step(line.name.clone(), StepKind::Change, change)),
                }
            }
            if money.spend_one_off[t] != 0.0 {
                steps.push(step(
                    "One-off spend",
                    StepKind::Change,
                    money.spend_one_off[t],
                ));
            }
            for (rule, values) in inputs.rules.iter().zip(&money.rules) {
                steps.push(step(rule.name, StepKind::Change, values[t] - values[0]));
            }
            steps.push(step(
                format!("Do-nothing gap {year}"),
                StepKind::Subtotal,
                finance[t].gap_do_nothing,
            ));
            for group in &savings.by_programme {
                steps.push(step(
                    format!("Savings: {}", group.key),
                    StepKind::Change,
                    -group.risk_adjusted[t],
                ));
            }
            for cat in &savings.by_category {
                steps.push(step(
                    format!("Investment: {}", cat.name),
                    StepKind::Change,
                    cat.values[t],
                ));
            }
            steps.push(step(
                format!("Do-something gap {year}"),
                StepKind::Total,
                finance[t].gap_do_something,
            ));
            Bridge { year, steps }
        })
        .collect()
}
