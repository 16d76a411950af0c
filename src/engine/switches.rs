//! What each switch in an option moves: the money a scheme or investment adds to the
//! gap's side of the ledger over the plan, so an option editor can show it beside the
//! switch.

use super::EngineError;
use super::inputs::Inputs;
use super::savings::SchemeValues;
use crate::model::Plan;

/// Money over the whole plan, £000, one entry per scheme and per investment in plan order.
#[derive(Debug, Clone, PartialEq)]
pub struct SwitchMoney {
    /// Each scheme's savings over the plan, weighted by its chance of delivery under
    /// the option (whether or not it is switched on).
    pub schemes: Vec<f64>,
    /// Each investment's cost over the plan.
    pub investments: Vec<f64>,
}

/// The money each switch moves under the option with id `scenario` (`None` for the base).
pub fn switch_money(plan: &Plan, scenario: Option<&str>) -> Result<SwitchMoney, EngineError> {
    let inputs = Inputs::new(plan, scenario)?;
    let values = SchemeValues::new(&inputs);
    Ok(SwitchMoney {
        schemes: (0..plan.schemes.len())
            .map(|i| values.of(i).iter().sum::<f64>() * inputs.scheme_confidence[i])
            .collect(),
        investments: plan
            .investments
            .iter()
            .map(|v| v.amounts.iter().take(plan.horizon).sum())
            .collect(),
    })
}
