//! Income, spend, held-back money and the do-nothing gap.

use super::inputs::{Inputs, project, rule_amount};
use super::outcome::{FinanceRow, Series};
use super::savings::Savings;
use crate::model::years::FromBase;
use crate::model::{Plan, RuleValue, Side};

/// Projected money, all vectors `horizon + 1` long, base year first.
#[derive(Debug, Clone)]
pub(crate) struct Money {
    pub income: Vec<f64>,
    pub spend_lines: Vec<Vec<f64>>,
    pub spend_one_off: Vec<f64>,
    pub spend: Vec<f64>,
    pub rules: Vec<Vec<f64>>,
    pub held_back: Vec<f64>,
    pub gap_do_nothing: Vec<f64>,
}

/// Projects income and spend, scaled by `share` (1 for the whole plan).
pub(crate) fn project_money(inputs: &Inputs, share: f64) -> Money {
    let plan = inputs.plan;
    let n = plan.horizon + 1;
    let scale = |v: Vec<f64>| -> Vec<f64> { v.into_iter().map(|x| x * share).collect() };
    let income_recurrent = scale(project(
        plan.income.base,
        &plan.income.growth,
        &inputs.income_pp,
        plan.horizon,
    ));
    let mut income_one_off = vec![0.0; n];
    let mut spend_one_off = vec![0.0; n];
    for o in &plan.one_offs {
        let target = match o.side {
            Side::Income => &mut income_one_off,
            Side::Spend => &mut spend_one_off,
        };
        for (t, a) in o.amounts.iter().enumerate().take(plan.horizon) {
            target[t + 1] += a * share;
        }
    }
    let spend_lines: Vec<Vec<f64>> = plan
        .spend
        .iter()
        .zip(&inputs.spend_pp)
        .map(|(line, pp)| scale(project(line.base, &line.growth, pp, plan.horizon)))
        .collect();
    let income: Vec<f64> = (0..n)
        .map(|t| income_recurrent[t] + income_one_off[t])
        .collect();
    let spend: Vec<f64> = (0..n)
        .map(|t| spend_lines.iter().map(|l| l[t]).sum::<f64>() + spend_one_off[t])
        .collect();
    let rules: Vec<Vec<f64>> = inputs
        .rules
        .iter()
        .map(|r| {
            (0..n)
                .map(|t| match (t, r.base, r.value) {
                    // The base year is an outturn: what the rule really held back.
                    (0, Some(outturn), _) => outturn * share,
                    (_, _, RuleValue::Percent(_)) => rule_amount(r.value, income[t]),
                    (_, _, RuleValue::Amount(_)) => rule_amount(r.value, 0.0) * share,
                })
                .collect()
        })
        .collect();
    let held_back: Vec<f64> = (0..n).map(|t| rules.iter().map(|r| r[t]).sum()).collect();
    let gap_do_nothing = (0..n)
        .map(|t| spend[t] + held_back[t] - income[t])
        .collect();
    Money {
        income,
        spend_lines,
        spend_one_off,
        spend,
        rules,
        held_back,
        gap_do_nothing,
    }
}

impl Money {
    /// Spend lines as named series.
    pub fn spend_series(&self, plan: &Plan) -> Vec<Series> {
        plan.spend
            .iter()
            .zip(&self.spend_lines)
            .map(|(line, values)| Series {
                id: line.id.clone(),
                name: line.name.clone(),
                values: values.clone(),
            })
            .collect()
    }

    /// Business rules as named series.
    pub fn rule_series(&self, inputs: &Inputs) -> Vec<Series> {
        inputs
            .rules
            .iter()
            .zip(&self.rules)
            .map(|(rule, values)| Series {
                id: rule.id.to_string(),
                name: rule.name.to_string(),
                values: values.clone(),
            })
            .collect()
    }
}

/// Savings required to balance each year: the do-nothing gap plus the investment the
/// plan makes (`R_t = GDN_t + V_t`), base year first.
pub(crate) fn savings_required(gap_do_nothing: &[f64], investment: &[f64]) -> Vec<f64> {
    gap_do_nothing
        .iter()
        .zip(investment)
        .map(|(g, v)| g + v)
        .collect()
}

/// New savings required in each year (the seeds' "QIPP challenge"), base year first:
/// nothing in the base year (an outturn), the whole requirement in the first planning
/// year, then its increase year on year, so that they add up to the final year's
/// requirement.
pub(crate) fn new_savings_required(required: &[f64]) -> Vec<f64> {
    (0..required.len())
        .map(|t| match t {
            0 => 0.0,
            1 => required[1],
            _ => required[t] - required[t - 1],
        })
        .collect()
}

/// The year-by-year financial position.
pub(crate) fn rows(plan: &Plan, money: &Money, savings: &Savings) -> Vec<FinanceRow> {
    let required = savings_required(&money.gap_do_nothing, &savings.investment);
    let new_required = new_savings_required(&required);
    (0..=plan.horizon)
        .map(|t| {
            let gdn = money.gap_do_nothing[t];
            let gds = gdn - savings.risk_adjusted[t] + savings.investment[t];
            FinanceRow {
                year: plan.year_label(FromBase(t)),
                income: money.income[t],
                spend: money.spend[t],
                held_back: money.held_back[t],
                gap_do_nothing: gdn,
                savings_required: required[t],
                new_savings_required: new_required[t],
                savings_face: savings.face[t],
                savings_risk_adjusted: savings.risk_adjusted[t],
                stretch: savings.stretch[t],
                investment: savings.investment[t],
                gap_do_something: gds,
                gap_do_something_face: gdn - savings.face[t] + savings.investment[t],
                unidentified_savings: gds.max(0.0),
            }
        })
        .collect()
}
