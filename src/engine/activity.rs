//! Activity trajectories by point of delivery: do nothing, do something, and the
//! do-nothing-from-last-year's-plan figure the seeds report.

use rustc_hash::FxHashMap;

use super::Scope;
use super::index::PlanIndex;
use super::inputs::Inputs;
use super::outcome::{TrajectoryOutcome, TrajectoryRow};
use crate::model::years::{FromBase, Planning};

/// One outcome per trajectory, in plan order.
pub(crate) fn trajectories(
    inputs: &Inputs,
    plan_index: &PlanIndex,
    scope: &Scope,
) -> Vec<TrajectoryOutcome> {
    let plan = inputs.plan;
    let h = plan.horizon;
    let index: FxHashMap<&str, usize> = plan
        .trajectories
        .iter()
        .enumerate()
        .map(|(p, t)| (t.id.as_str(), p))
        .collect();
    // Mitigation per trajectory and planning year: the trajectory's own, then schemes'.
    let mut face = vec![vec![0.0; h]; plan.trajectories.len()];
    let mut risk = face.clone();
    for (p, traj) in plan.trajectories.iter().enumerate() {
        if let Some(own) = &traj.mitigation {
            for (t, m) in own.iter().enumerate().take(h) {
                face[p][t] += m * scope.share;
                risk[p][t] += m * scope.share;
            }
        }
    }
    for &i in &plan_index.schemes_with_activity {
        if !inputs.scheme_active[i] {
            continue;
        }
        let s = &plan.schemes[i];
        let factor = scope.factor(plan_index.scheme_locality[i]);
        for impact in &s.activity {
            let Some(&p) = index.get(impact.pod.as_str()) else {
                continue;
            };
            for (t, m) in impact.change.iter().enumerate().take(h) {
                face[p][t] += m * factor;
                risk[p][t] += m * factor * inputs.scheme_confidence[i];
            }
        }
    }
    plan.trajectories
        .iter()
        .enumerate()
        .map(|(p, traj)| {
            let (face, risk) = (&face[p], &risk[p]);
            let pp = &inputs.trajectory_pp[p];
            let base = traj.base * scope.share;
            let mut rows = Vec::with_capacity(h + 1);
            rows.push(TrajectoryRow {
                year: plan.year_label(FromBase(0)),
                do_nothing: base,
                do_nothing_from_prior: base,
                mitigation: 0.0,
                do_something: base,
                do_something_risk_adjusted: base,
                growth_mitigated_pct: 0.0,
            });
            let (mut dn, mut ds, mut dsr) = (base, base, base);
            for t in 0..h {
                let pp_t = pp.get(t).copied().unwrap_or(0.0);
                let g = 1.0 + (traj.growth.get(t).copied().unwrap_or(0.0) + pp_t) / 100.0;
                let from_prior = ds * g;
                let next_ds = from_prior + face[t];
                let growth_mitigated_pct = if ds != 0.0 {
                    (next_ds / ds - 1.0) * 100.0
                } else {
                    0.0
                };
                dn *= g;
                dsr = dsr * g + risk[t];
                ds = next_ds;
                rows.push(TrajectoryRow {
                    year: plan.year_label(Planning(t)),
                    do_nothing: dn,
                    do_nothing_from_prior: from_prior,
                    mitigation: face[t],
                    do_something: ds,
                    do_something_risk_adjusted: dsr,
                    growth_mitigated_pct,
                });
            }
            TrajectoryOutcome {
                id: traj.id.clone(),
                name: traj.name.clone(),
                unit: traj.unit.clone(),
                rows,
            }
        })
        .collect()
}
