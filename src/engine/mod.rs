//! The calculation engine: pure functions from a plan to everything the screens and
//! reports show. No IO, no GUI. One call, [`compute`], returns one [`Outcome`] that a
//! window can cache and every chart can read.

mod activity;
mod bridge;
mod compare;
mod context;
mod finance;
mod goal;
mod governance;
mod index;
mod inputs;
mod localities;
mod outcome;
mod risk;
mod savings;
mod sensitivity;
mod switches;
mod value;

use crate::model::Plan;

pub use compare::{Compared, Comparison, Difference, Figure, MAX_COMPARED, compare};
pub use goal::{GoalSeek, SPEND_GROWTH_SEARCH_PP, goal_seek};
pub use governance::{kpi_rag, priority_score};
pub use localities::locality_shares;
pub use outcome::{
    Bridge, BridgeStep, FinanceRow, KpiOutcome, LocalityOutcome, LocalityRow, Outcome,
    PriorityOutcome, Rag, RiskOutcome, SavingsGroup, Series, StepKind, TrajectoryOutcome,
    TrajectoryRow,
};
pub use risk::{RiskRange, RiskYear, risk_range, risk_range_on};
pub use sensitivity::{Driver, DriverKind, Steps, Tornado, moved_rule, tornado};
pub use switches::{SwitchMoney, switch_money};
pub use value::{Package, ValueForMoney, ValueItem, value_for_money};

/// A request the engine cannot answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EngineError {
    /// No option with that id.
    #[error("no option (scenario) with id `{0}`")]
    UnknownScenario(String),
    /// No locality with that id.
    #[error("no locality with id `{0}`")]
    UnknownLocality(String),
    /// A worker thread stopped before finishing its share of the runs.
    #[error("the calculation was interrupted")]
    Interrupted,
}

/// What to compute: which option, and the whole plan or one locality's fair share.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct View<'a> {
    /// Option id; `None` or `"base"` for the base plan.
    pub scenario: Option<&'a str>,
    /// Locality id; `None` for the whole plan.
    pub locality: Option<&'a str>,
}

/// Which part of the plan is in view: the whole plan, or one locality with its share.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scope<'a> {
    /// The locality's id and position in the plan.
    pub locality: Option<(&'a str, u32)>,
    pub share: f64,
}

impl Scope<'_> {
    /// How much of an item tagged with the locality at `item_locality` counts in this view.
    pub fn factor(&self, item_locality: Option<u32>) -> f64 {
        match (self.locality, item_locality) {
            (None, _) => 1.0,
            (Some(_), None) => self.share,
            (Some((_, view)), Some(item)) => {
                if view == item {
                    1.0
                } else {
                    0.0
                }
            }
        }
    }
}

impl<'a> Scope<'a> {
    /// The whole plan (`None`) or the locality with that id and its share.
    pub fn resolve(
        plan: &'a Plan,
        shares: &[f64],
        locality: Option<&str>,
    ) -> Result<Self, EngineError> {
        match locality {
            None => Ok(Scope {
                locality: None,
                share: 1.0,
            }),
            Some(id) => {
                let i = plan
                    .localities
                    .iter()
                    .position(|l| l.id == id)
                    .ok_or_else(|| EngineError::UnknownLocality(id.to_string()))?;
                Ok(Scope {
                    locality: Some((plan.localities[i].id.as_str(), i as u32)),
                    share: shares[i],
                })
            }
        }
    }
}

/// Computes everything for one option and view. The plan is only read.
pub fn compute(plan: &Plan, view: &View) -> Result<Outcome, EngineError> {
    let inputs = inputs::Inputs::new(plan, view.scenario)?;
    let shares = locality_shares(plan);
    let scope = Scope::resolve(plan, &shares, view.locality)?;
    let money = finance::project_money(&inputs, scope.share);
    let index = index::PlanIndex::new(plan);
    let values = savings::SchemeValues::new(&inputs);
    let savings = savings::totals(&inputs, &index, &values, &scope);
    let finance = finance::rows(plan, &money, &savings);
    let bridges = bridge::bridges(&inputs, &money, &savings, &finance);
    let whole_gdn: Vec<f64> = if scope.locality.is_none() {
        money.gap_do_nothing.clone()
    } else {
        finance::project_money(&inputs, 1.0).gap_do_nothing
    };
    Ok(Outcome {
        scenario: inputs.scenario_id.to_string(),
        locality: scope.locality.map(|(id, _)| id.to_string()),
        share: scope.share,
        years: plan.year_labels(),
        localities: localities::localities(&inputs, &index, &values, &shares, &whole_gdn),
        trajectories: activity::trajectories(&inputs, &index, &scope),
        priorities: governance::priorities(&inputs, &index, &values, &scope),
        kpis: governance::kpis(plan),
        risks: governance::risks(plan),
        exposure_by_status: governance::exposure_by_status(plan),
        spend_lines: money.spend_series(plan),
        rules: money.rule_series(&inputs),
        savings_by_programme: savings.by_programme,
        savings_by_stage: savings.by_stage,
        savings_by_provider: savings.by_provider,
        investment_by_category: savings.by_category,
        scheme_active: inputs.scheme_active.clone(),
        scheme_confidence: inputs.scheme_confidence.clone(),
        investment_active: inputs.investment_active.clone(),
        finance,
        bridges,
    })
}
