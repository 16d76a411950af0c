//! Savings (face value and risk-adjusted) and investments, in total and by group.

use std::collections::HashMap;

use super::Scope;
use super::inputs::Inputs;
use super::outcome::{SavingsGroup, Series};
use crate::model::Stage;

/// Group name for schemes that do not say which provider stream they fall on.
pub const PROVIDER_NOT_STATED: &str = "Not stated";

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

/// Accumulates per-year sums by group name, in order of first appearance.
struct Groups<'a> {
    n: usize,
    index: HashMap<&'a str, usize>,
    keys: Vec<&'a str>,
    face: Vec<Vec<f64>>,
    risk: Vec<Vec<f64>>,
}

impl<'a> Groups<'a> {
    fn new(n: usize) -> Self {
        Self {
            n,
            index: HashMap::new(),
            keys: Vec::new(),
            face: Vec::new(),
            risk: Vec::new(),
        }
    }

    fn slot(&mut self, key: &'a str) -> usize {
        if let Some(i) = self.index.get(key) {
            return *i;
        }
        let i = self.keys.len();
        self.index.insert(key, i);
        self.keys.push(key);
        self.face.push(vec![0.0; self.n]);
        self.risk.push(vec![0.0; self.n]);
        i
    }

    fn add(&mut self, key: &'a str, t: usize, face: f64, risk: f64) {
        let i = self.slot(key);
        self.face[i][t] += face;
        self.risk[i][t] += risk;
    }

    fn into_savings(self) -> Vec<SavingsGroup> {
        self.keys
            .into_iter()
            .zip(self.face.into_iter().zip(self.risk))
            .map(|(key, (face, risk_adjusted))| SavingsGroup {
                key: key.to_string(),
                face,
                risk_adjusted,
            })
            .collect()
    }

    fn into_series(self) -> Vec<Series> {
        self.keys
            .into_iter()
            .zip(self.face)
            .map(|(key, values)| Series {
                id: key.to_string(),
                name: key.to_string(),
                values,
            })
            .collect()
    }
}

/// A scheme's counted saving in planning year `t` (0-based), with stretch if it counts.
pub(crate) fn scheme_value(inputs: &Inputs, i: usize, t: usize) -> f64 {
    let s = &inputs.plan.schemes[i];
    let base = s.savings.get(t).copied().unwrap_or(0.0);
    let stretch = if inputs.count_stretch {
        s.stretch
            .as_ref()
            .and_then(|v| v.get(t))
            .copied()
            .unwrap_or(0.0)
    } else {
        0.0
    };
    base + stretch
}

/// Totals the active schemes and investments in view.
pub(crate) fn totals(inputs: &Inputs, scope: &Scope) -> Savings {
    let plan = inputs.plan;
    let n = plan.horizon + 1;
    let mut face = vec![0.0; n];
    let mut risk_adjusted = vec![0.0; n];
    let mut stretch = vec![0.0; n];
    let mut programmes = Groups::new(n);
    let mut stages = Groups::new(n);
    let mut providers = Groups::new(n);
    for stage in Stage::ALL {
        stages.slot(stage.label());
    }
    for (i, s) in plan.schemes.iter().enumerate() {
        if !inputs.scheme_active[i] {
            continue;
        }
        let factor = scope.factor(s.locality.as_deref());
        if factor == 0.0 {
            continue;
        }
        let confidence = inputs.scheme_confidence[i];
        let provider = s.provider.as_deref().unwrap_or(PROVIDER_NOT_STATED);
        for t in 0..plan.horizon {
            let value = scheme_value(inputs, i, t) * factor;
            let risk = value * confidence;
            face[t + 1] += value;
            risk_adjusted[t + 1] += risk;
            if let Some(x) = s.stretch.as_ref().and_then(|v| v.get(t)) {
                stretch[t + 1] += x * factor;
            }
            programmes.add(&s.programme, t + 1, value, risk);
            stages.add(s.stage.label(), t + 1, value, risk);
            providers.add(provider, t + 1, value, risk);
        }
    }
    let mut investment = vec![0.0; n];
    let mut categories = Groups::new(n);
    for (i, v) in plan.investments.iter().enumerate() {
        if !inputs.investment_active[i] {
            continue;
        }
        let factor = scope.factor(v.locality.as_deref());
        for (t, a) in v.amounts.iter().enumerate().take(plan.horizon) {
            investment[t + 1] += a * factor;
            categories.add(&v.category, t + 1, a * factor, a * factor);
        }
    }
    let mut by_stage = stages.into_savings();
    by_stage.retain(|g| g.face.iter().any(|x| *x != 0.0));
    Savings {
        face,
        risk_adjusted,
        stretch,
        investment,
        by_programme: programmes.into_savings(),
        by_stage,
        by_provider: providers.into_savings(),
        by_category: categories.into_series(),
    }
}
