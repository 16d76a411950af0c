//! Each locality's fair share of the plan.

use super::index::PlanIndex;
use super::inputs::Inputs;
use super::outcome::{LocalityOutcome, LocalityRow};
use super::savings::SchemeValues;
use crate::model::Plan;
use crate::model::years::FromBase;

/// Each locality's share (0-1): its weight if given, else its population share.
pub fn locality_shares(plan: &Plan) -> Vec<f64> {
    let ls = &plan.localities;
    if !ls.is_empty() && ls.iter().all(|l| l.weight.is_some()) {
        return ls.iter().map(|l| l.weight.unwrap_or(0.0)).collect();
    }
    let total: f64 = ls.iter().map(|l| l.population).sum();
    if total > 0.0 {
        ls.iter().map(|l| l.population / total).collect()
    } else {
        vec![0.0; ls.len()]
    }
}

/// Per-year sums of items tagged with each locality, and of untagged items.
struct Tagged {
    by_locality: Vec<Vec<f64>>,
    untagged: Vec<f64>,
}

impl Tagged {
    fn new(localities: usize, n: usize) -> Self {
        Self {
            by_locality: vec![vec![0.0; n]; localities],
            untagged: vec![0.0; n],
        }
    }

    fn slot(&mut self, locality: Option<u32>) -> &mut Vec<f64> {
        match locality {
            Some(i) => &mut self.by_locality[i as usize],
            None => &mut self.untagged,
        }
    }

    fn share(&self, l: usize, share: f64, t: usize) -> f64 {
        self.by_locality[l][t] + share * self.untagged[t]
    }
}

/// Locality rows: the do-nothing gap by share; savings and investment tagged with the
/// locality in full and untagged by share, so that the localities add up to the plan.
pub(crate) fn localities(
    inputs: &Inputs,
    index: &PlanIndex,
    values: &SchemeValues,
    shares: &[f64],
    whole_gap_do_nothing: &[f64],
) -> Vec<LocalityOutcome> {
    let plan = inputs.plan;
    let n = plan.horizon + 1;
    let mut savings = Tagged::new(plan.localities.len(), n);
    for i in 0..plan.schemes.len() {
        if !inputs.scheme_active[i] {
            continue;
        }
        let c = inputs.scheme_confidence[i];
        let slot = savings.slot(index.scheme_locality[i]);
        for (t, v) in values.of(i).iter().enumerate() {
            slot[t + 1] += c * v;
        }
    }
    let mut investment = Tagged::new(plan.localities.len(), n);
    for (i, v) in plan.investments.iter().enumerate() {
        if !inputs.investment_active[i] {
            continue;
        }
        let slot = investment.slot(index.investment_locality[i]);
        for (t, a) in v.amounts.iter().enumerate().take(plan.horizon) {
            slot[t + 1] += a;
        }
    }
    plan.localities
        .iter()
        .enumerate()
        .map(|(l, loc)| {
            let share = shares[l];
            let rows = (0..n)
                .map(|t| {
                    let gap_do_nothing = share * whole_gap_do_nothing[t];
                    let savings_risk_adjusted = savings.share(l, share, t);
                    let investment = investment.share(l, share, t);
                    LocalityRow {
                        year: plan.year_label(FromBase(t)),
                        gap_do_nothing,
                        savings_risk_adjusted,
                        investment,
                        gap_do_something: gap_do_nothing - savings_risk_adjusted + investment,
                    }
                })
                .collect();
            LocalityOutcome {
                id: loc.id.clone(),
                name: loc.name.clone(),
                share,
                rows,
            }
        })
        .collect()
}
