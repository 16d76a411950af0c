//! The base plan with one option (scenario) applied, resolved into flat per-item values.
//! Nothing here copies the plan: the option is read alongside it.

use super::EngineError;
use crate::model::{BASE_SCENARIO, Growth, Plan, RuleValue, Scenario};

/// A business rule as it applies under the option.
#[derive(Debug, Clone)]
pub(crate) struct ActiveRule<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub value: RuleValue,
    /// What was held back in the base year, when the plan states it (£000).
    pub base: Option<f64>,
}

/// The plan's inputs under one option.
#[derive(Debug, Clone)]
pub(crate) struct Inputs<'a> {
    pub plan: &'a Plan,
    pub scenario_id: &'a str,
    /// Percentage points added to income growth, one per planning year.
    pub income_pp: Vec<f64>,
    /// Percentage points added to each spend line's growth, by spend line index, one
    /// per planning year.
    pub spend_pp: Vec<Vec<f64>>,
    pub rules: Vec<ActiveRule<'a>>,
    pub scheme_active: Vec<bool>,
    pub scheme_confidence: Vec<f64>,
    pub investment_active: Vec<bool>,
    /// Percentage points added to each trajectory's growth, one per planning year.
    pub trajectory_pp: Vec<Vec<f64>>,
    pub count_stretch: bool,
}

impl<'a> Inputs<'a> {
    /// Resolves `scenario` (`None` or `"base"` for the base plan).
    pub fn new(plan: &'a Plan, scenario: Option<&str>) -> Result<Self, EngineError> {
        let scenario = match scenario {
            None => None,
            Some(id) if id == BASE_SCENARIO => None,
            Some(id) => Some(
                plan.scenario(id)
                    .ok_or_else(|| EngineError::UnknownScenario(id.to_string()))?,
            ),
        };
        let mut inputs = Self {
            plan,
            scenario_id: scenario.map_or(BASE_SCENARIO, |s| s.id.as_str()),
            income_pp: vec![0.0; plan.horizon],
            spend_pp: vec![vec![0.0; plan.horizon]; plan.spend.len()],
            rules: plan
                .rules
                .iter()
                .map(|r| ActiveRule {
                    id: &r.id,
                    name: &r.name,
                    value: r.value,
                    base: r.base,
                })
                .collect(),
            scheme_active: plan.schemes.iter().map(|s| s.active).collect(),
            scheme_confidence: plan
                .schemes
                .iter()
                .map(|s| s.confidence.unwrap_or(plan.stage_confidence.get(s.stage)))
                .collect(),
            investment_active: plan.investments.iter().map(|v| v.active).collect(),
            trajectory_pp: vec![vec![0.0; plan.horizon]; plan.trajectories.len()],
            count_stretch: false,
        };
        if let Some(s) = scenario {
            inputs.apply(s);
        }
        Ok(inputs)
    }

    fn apply(&mut self, s: &'a Scenario) {
        let plan = self.plan;
        let h = plan.horizon;
        self.income_pp = s.income_growth_pp.per_year(h);
        for (i, line) in plan.spend.iter().enumerate() {
            let own = s.spend_line_growth_pp.get(&line.id);
            self.spend_pp[i] = (0..h)
                .map(|t| s.spend_growth_pp.at(t) + own.map_or(0.0, |p| p.at(t)))
                .collect();
        }
        for r in &s.rules {
            match self.rules.iter_mut().find(|a| a.id == r.id) {
                Some(active) => {
                    active.value = r.value;
                    active.name = &r.name;
                    active.base = r.base.or(active.base);
                }
                None => self.rules.push(ActiveRule {
                    id: &r.id,
                    name: &r.name,
                    value: r.value,
                    base: r.base,
                }),
            }
        }
        set_flags(
            &plan.schemes,
            |x| &x.id,
            &mut self.scheme_active,
            &s.schemes_on,
            true,
        );
        set_flags(
            &plan.schemes,
            |x| &x.id,
            &mut self.scheme_active,
            &s.schemes_off,
            false,
        );
        set_flags(
            &plan.investments,
            |x| &x.id,
            &mut self.investment_active,
            &s.investments_on,
            true,
        );
        set_flags(
            &plan.investments,
            |x| &x.id,
            &mut self.investment_active,
            &s.investments_off,
            false,
        );
        for (i, scheme) in plan.schemes.iter().enumerate() {
            if let Some(c) = s.confidence.get(&scheme.id) {
                self.scheme_confidence[i] = *c;
            }
        }
        for (i, t) in plan.trajectories.iter().enumerate() {
            if let Some(p) = s.trajectory_growth_pp.get(&t.id) {
                self.trajectory_pp[i] = p.per_year(h);
            }
        }
        self.count_stretch = s.count_stretch;
    }
}

fn set_flags<T>(
    items: &[T],
    id: impl Fn(&T) -> &String,
    flags: &mut [bool],
    ids: &[String],
    value: bool,
) {
    for wanted in ids {
        if let Some(i) = items.iter().position(|x| id(x) == wanted) {
            flags[i] = value;
        }
    }
}

/// Projects a line from its base: `horizon + 1` values, base year first.
/// `pp[t]` percentage points (planning year first) are added to that year's growth (for
/// `Amount` growth, as that percentage of the previous year's value).
pub(crate) fn project(base: f64, growth: &Growth, pp: &[f64], horizon: usize) -> Vec<f64> {
    let mut out = vec![0.0; horizon + 1];
    project_into(base, growth, pp, &mut out);
    out
}

/// [`project`] into `out`, which holds the base year and one value per planning year.
pub(crate) fn project_into(base: f64, growth: &Growth, pp: &[f64], out: &mut [f64]) {
    let mut prev = base;
    for (t, slot) in out.iter_mut().enumerate() {
        let next = if t == 0 {
            base
        } else {
            let pp = pp.get(t - 1).copied().unwrap_or(0.0);
            match growth {
                Growth::Percent(g) => {
                    prev * (1.0 + (g.get(t - 1).copied().unwrap_or(0.0) + pp) / 100.0)
                }
                Growth::Amount(a) => {
                    prev + a.get(t - 1).copied().unwrap_or(0.0) + prev * pp / 100.0
                }
            }
        };
        *slot = next;
        prev = next;
    }
}

/// The amount a rule holds back given total income.
pub(crate) fn rule_amount(value: RuleValue, total_income: f64) -> f64 {
    match value {
        RuleValue::Percent(x) => x / 100.0 * total_income,
        RuleValue::Amount(x) => x,
    }
}
