//! Goal seek: what it would take to close the gap.

use serde::Serialize;

use super::context::Context;
use super::finance::project_money;
use super::savings::risk_adjusted_and_investment;
use super::{EngineError, View};
use crate::model::Plan;

/// The widest change in spend growth the search considers, percentage points either way.
pub const SPEND_GROWTH_SEARCH_PP: f64 = 100.0;

/// What would close the gap, for one option and view. Money in £000.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalSeek {
    /// Extra recurrent savings, delivered in full, that close each year's gap (the
    /// savings still to find), base year first.
    pub extra_savings: Vec<f64>,
    /// Percentage points off every spend line's growth, in every planning year, that
    /// bring the final year's gap to exactly zero. Negative when the plan has headroom:
    /// growth could rise by that much. `None` when no change within
    /// ±[`SPEND_GROWTH_SEARCH_PP`] closes it (for example, a plan without spend lines).
    pub spend_growth_cut_pp: Option<f64>,
}

/// Works out [`GoalSeek`] for one option and view.
pub fn goal_seek(plan: &Plan, view: &View) -> Result<GoalSeek, EngineError> {
    let ctx = Context::new(plan, view)?;
    let gaps = ctx.gaps(&ctx.inputs);
    Ok(GoalSeek {
        extra_savings: gaps.iter().map(|g| g.max(0.0)).collect(),
        spend_growth_cut_pp: spend_growth_cut(&ctx),
    })
}

/// Bisection on the final year's gap as a function of a uniform cut in spend growth.
/// Savings and investment do not depend on spend growth, so only the money is re-run.
fn spend_growth_cut(ctx: &Context) -> Option<f64> {
    let horizon = ctx.plan().horizon;
    if horizon == 0 || ctx.plan().spend.is_empty() {
        return None;
    }
    let (savings, investment) =
        risk_adjusted_and_investment(&ctx.inputs, &ctx.index, &ctx.values, &ctx.scope);
    let mut inputs = ctx.inputs.clone();
    let mut final_gap = |cut: f64| {
        for (pp, usual) in inputs.spend_pp.iter_mut().zip(&ctx.inputs.spend_pp) {
            for (p, u) in pp.iter_mut().zip(usual) {
                *p = u - cut;
            }
        }
        project_money(&inputs, ctx.scope.share).gap_do_nothing[horizon] - savings[horizon]
            + investment[horizon]
    };
    let (mut lo, mut hi) = (-SPEND_GROWTH_SEARCH_PP, SPEND_GROWTH_SEARCH_PP);
    let (f_lo, f_hi) = (final_gap(lo), final_gap(hi));
    if !f_lo.is_finite() || !f_hi.is_finite() || f_lo.signum() == f_hi.signum() {
        return (f_lo == 0.0).then_some(lo).or((f_hi == 0.0).then_some(hi));
    }
    let rising = f_hi > f_lo;
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if mid <= lo || mid >= hi {
            break;
        }
        let f = final_gap(mid);
        if f == 0.0 {
            return Some(mid);
        }
        if (f > 0.0) == rising {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(0.5 * (lo + hi))
}
