//! Savings (face value and risk-adjusted) and investments, in total and by group.

use super::Scope;
use super::index::{Keys, PlanIndex};
use super::inputs::Inputs;
use super::outcome::{SavingsGroup, Series};
use crate::model::Stage;

/// Savings and investment totals, every vector `horizon + 1` long with the base year 0.
#[derive(Debug, Clone)]
pub(crate) struct Savings {
    pub face: Vec<f64>,
    pub risk_adjusted: Vec<f64>,
    pub stretch: Vec<f64>,
    pub investment: Vec<f64>,
    pub by_programme: Vec<SavingsGroup>,
    pub by_stage: Vec<SavingsGroup>,
    pub by_provider: Vec<SavingsGroup>,
    pub by_category: Vec<Series>,
}

/// Every scheme's counted saving per planning year (with stretch where the option counts
/// it), computed once and shared by every pass over the schemes.
#[derive(Debug, Clone)]
pub(crate) struct SchemeValues {
    horizon: usize,
    values: Vec<f64>,
}

impl SchemeValues {
    pub fn new(inputs: &Inputs) -> Self {
        let horizon = inputs.plan.horizon;
        let mut values = vec![0.0; horizon * inputs.plan.schemes.len()];
        for (s, row) in inputs
            .plan
            .schemes
            .iter()
            .zip(values.chunks_exact_mut(horizon.max(1)))
        {
            for (v, x) in row.iter_mut().zip(&s.savings) {
                *v = *x;
            }
            if let (true, Some(stretch)) = (inputs.count_stretch, &s.stretch) {
                for (v, x) in row.iter_mut().zip(stretch) {
                    *v += *x;
                }
            }
        }
        Self { horizon, values }
    }

    /// Scheme `i`'s savings for planning years `0..horizon`.
    pub fn of(&self, i: usize) -> &[f64] {
        &self.values[i * self.horizon..(i + 1) * self.horizon]
    }
}

/// Per-year face and risk-adjusted sums for a fixed set of groups.
struct Groups {
    face: Vec<Vec<f64>>,
    risk: Vec<Vec<f64>>,
}

impl Groups {
    fn new(groups: usize, n: usize) -> Self {
        Self {
            face: vec![vec![0.0; n]; groups],
            risk: vec![vec![0.0; n]; groups],
        }
    }

    fn add(&mut self, group: u32, t: usize, face: f64, risk: f64) {
        self.face[group as usize][t] += face;
        self.risk[group as usize][t] += risk;
    }

    fn into_savings(self, names: &[&str]) -> Vec<SavingsGroup> {
        names
            .iter()
            .zip(self.face.into_iter().zip(self.risk))
            .map(|(key, (face, risk_adjusted))| SavingsGroup {
                key: key.to_string(),
                face,
                risk_adjusted,
            })
            .collect()
    }
}

fn series(keys: &Keys, values: Vec<Vec<f64>>) -> Vec<Series> {
    keys.names
        .iter()
        .zip(values)
        .map(|(key, values)| Series {
            id: key.to_string(),
            name: key.to_string(),
            values,
        })
        .collect()
}

/// Totals the active schemes and investments in view.
pub(crate) fn totals(
    inputs: &Inputs,
    index: &PlanIndex,
    values: &SchemeValues,
    scope: &Scope,
) -> Savings {
    let plan = inputs.plan;
    let n = plan.horizon + 1;
    let mut face = vec![0.0; n];
    let mut risk_adjusted = vec![0.0; n];
    let mut stretch = vec![0.0; n];
    let mut programmes = Groups::new(index.programmes.names.len(), n);
    let mut stages = Groups::new(Stage::ALL.len(), n);
    let mut providers = Groups::new(index.providers.names.len(), n);
    for i in 0..plan.schemes.len() {
        if !inputs.scheme_active[i] {
            continue;
        }
        let factor = scope.factor(index.scheme_locality[i]);
        if factor == 0.0 {
            continue;
        }
        let confidence = inputs.scheme_confidence[i];
        let (programme, stage, provider) = (
            index.scheme_programme[i],
            index.scheme_stage[i],
            index.scheme_provider[i],
        );
        for (t, v) in values.of(i).iter().enumerate() {
            let value = v * factor;
            let risk = value * confidence;
            face[t + 1] += value;
            risk_adjusted[t + 1] += risk;
            programmes.add(programme, t + 1, value, risk);
            stages.add(stage, t + 1, value, risk);
            providers.add(provider, t + 1, value, risk);
        }
    }
    for &i in &index.schemes_with_stretch {
        let factor = scope.factor(index.scheme_locality[i]);
        if !inputs.scheme_active[i] || factor == 0.0 {
            continue;
        }
        if let Some(x) = &plan.schemes[i].stretch {
            for (t, x) in x.iter().enumerate().take(plan.horizon) {
                stretch[t + 1] += x * factor;
            }
        }
    }
    let mut investment = vec![0.0; n];
    let mut categories = vec![vec![0.0; n]; index.categories.names.len()];
    for (i, v) in plan.investments.iter().enumerate() {
        if !inputs.investment_active[i] {
            continue;
        }
        let factor = scope.factor(index.investment_locality[i]);
        let category = &mut categories[index.investment_category[i] as usize];
        for (t, a) in v.amounts.iter().enumerate().take(plan.horizon) {
            investment[t + 1] += a * factor;
            category[t + 1] += a * factor;
        }
    }
    let stage_names: Vec<&str> = Stage::ALL.iter().map(|s| s.label()).collect();
    let mut by_stage = stages.into_savings(&stage_names);
    by_stage.retain(|g| g.face.iter().any(|x| *x != 0.0));
    let mut by_programme = programmes.into_savings(&index.programmes.names);
    by_programme.retain(|g| g.face.iter().any(|x| *x != 0.0));
    let mut by_provider = providers.into_savings(&index.providers.names);
    by_provider.retain(|g| g.face.iter().any(|x| *x != 0.0));
    Savings {
        face,
        risk_adjusted,
        stretch,
        investment,
        by_programme,
        by_stage,
        by_provider,
        by_category: series(&index.categories, categories),
    }
}

/// Only the risk-adjusted savings and the investment per year, for the passes that need
/// the gap many times over (goal seek, sensitivity, value for money).
pub(crate) fn risk_adjusted_and_investment(
    inputs: &Inputs,
    index: &PlanIndex,
    values: &SchemeValues,
    scope: &Scope,
) -> (Vec<f64>, Vec<f64>) {
    let plan = inputs.plan;
    let n = plan.horizon + 1;
    let mut risk_adjusted = vec![0.0; n];
    for i in 0..plan.schemes.len() {
        let factor = scope.factor(index.scheme_locality[i]);
        if !inputs.scheme_active[i] || factor == 0.0 {
            continue;
        }
        let confidence = inputs.scheme_confidence[i];
        for (t, v) in values.of(i).iter().enumerate() {
            risk_adjusted[t + 1] += v * factor * confidence;
        }
    }
    let mut investment = vec![0.0; n];
    for (i, v) in plan.investments.iter().enumerate() {
        if !inputs.investment_active[i] {
            continue;
        }
        let factor = scope.factor(index.investment_locality[i]);
        for (t, a) in v.amounts.iter().enumerate().take(plan.horizon) {
            investment[t + 1] += a * factor;
        }
    }
    (risk_adjusted, investment)
}
