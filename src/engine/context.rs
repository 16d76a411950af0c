//! What the analyses (risk range, goal seek, sensitivity, value for money) share: the
//! plan resolved once under an option and a view, and a quick way to re-run the gap
//! with some inputs moved.

use super::finance::project_money;
use super::index::PlanIndex;
use super::inputs::Inputs;
use super::savings::{SchemeValues, risk_adjusted_and_investment};
use super::{EngineError, Scope, View, locality_shares};
use crate::model::Plan;

/// The plan under one option and view, resolved for repeated passes.
pub(crate) struct Context<'a> {
    pub inputs: Inputs<'a>,
    pub scope: Scope<'a>,
    pub index: PlanIndex<'a>,
    pub values: SchemeValues,
}

impl<'a> Context<'a> {
    pub fn new(plan: &'a Plan, view: &View) -> Result<Self, EngineError> {
        let inputs = Inputs::new(plan, view.scenario)?;
        let shares = locality_shares(plan);
        let scope = Scope::resolve(plan, &shares, view.locality)?;
        Ok(Self {
            values: SchemeValues::new(&inputs),
            index: PlanIndex::new(plan),
            inputs,
            scope,
        })
    }

    pub fn plan(&self) -> &'a Plan {
        self.inputs.plan
    }

    /// The risk-adjusted do-something gap per year, base year first, with `inputs` (the
    /// context's own, or a copy with something moved) exactly as [`super::compute`] has it.
    pub fn gaps(&self, inputs: &Inputs) -> Vec<f64> {
        let money = project_money(inputs, self.scope.share);
        let (risk_adjusted, investment) =
            risk_adjusted_and_investment(inputs, &self.index, &self.values, &self.scope);
        money
            .gap_do_nothing
            .iter()
            .zip(risk_adjusted.iter().zip(&investment))
            .map(|(gdn, (r, v))| gdn - r + v)
            .collect()
    }
}
