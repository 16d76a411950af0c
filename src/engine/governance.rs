//! Priorities (scores, ranks, money), KPI status and risk severity.

use super::Scope;
use super::index::PlanIndex;
use super::inputs::Inputs;
use super::outcome::{KpiOutcome, PriorityOutcome, Rag, RiskOutcome};
use super::savings::SchemeValues;
use crate::model::{Criterion, Kpi, Plan, Priority, RiskStatus};

/// A priority's weighted score: Σ weight × score / Σ weight (0 when no weights).
/// A criterion the priority has no score for counts as 0.
pub fn priority_score(priority: &Priority, criteria: &[Criterion]) -> f64 {
    let total_weight: f64 = criteria.iter().map(|c| c.weight).sum();
    if total_weight <= 0.0 {
        return 0.0;
    }
    criteria
        .iter()
        .map(|c| c.weight * priority.scores.get(&c.id).copied().unwrap_or(0.0))
        .sum::<f64>()
        / total_weight
}

pub(crate) fn priorities(
    inputs: &Inputs,
    index: &PlanIndex,
    values: &SchemeValues,
    scope: &Scope,
) -> Vec<PriorityOutcome> {
    let plan = inputs.plan;
    let n = plan.horizon + 1;
    let mut out: Vec<PriorityOutcome> = plan
        .priorities
        .iter()
        .map(|p| PriorityOutcome {
            id: p.id.clone(),
            name: p.name.clone(),
            score: priority_score(p, &plan.criteria),
            rank: 0,
            investment: vec![0.0; n],
            savings: vec![0.0; n],
            investment_total: 0.0,
            savings_total: 0.0,
        })
        .collect();
    for (i, v) in plan.investments.iter().enumerate() {
        if let (true, Some(p)) = (inputs.investment_active[i], index.investment_priority[i]) {
            let factor = scope.factor(index.investment_locality[i]);
            for (t, a) in v.amounts.iter().enumerate().take(plan.horizon) {
                out[p as usize].investment[t + 1] += a * factor;
            }
        }
    }
    for i in 0..plan.schemes.len() {
        if let (true, Some(p)) = (inputs.scheme_active[i], index.scheme_priority[i]) {
            let factor = scope.factor(index.scheme_locality[i]);
            for (t, v) in values.of(i).iter().enumerate() {
                out[p as usize].savings[t + 1] += v * factor;
            }
        }
    }
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by(|a, b| out[*b].score.total_cmp(&out[*a].score).then(a.cmp(b)));
    for (rank, i) in order.into_iter().enumerate() {
        out[i].rank = rank + 1;
    }
    for p in &mut out {
        p.investment_total = p.investment.iter().sum();
        p.savings_total = p.savings.iter().sum();
    }
    out
}

/// Status of a value against its target: green when it meets the target, amber when
/// within `tolerance_pct` percent of it, red otherwise.
pub fn kpi_rag(value: f64, target: f64, higher_is_better: bool, tolerance_pct: f64) -> Rag {
    let meets = if higher_is_better {
        value >= target
    } else {
        value <= target
    };
    if meets {
        return Rag::Green;
    }
    let allowed = target.abs() * tolerance_pct / 100.0;
    if (value - target).abs() <= allowed {
        Rag::Amber
    } else {
        Rag::Red
    }
}

fn kpi_outcome(k: &Kpi, tolerance_pct: f64) -> KpiOutcome {
    // A measure without a target is a trend: no period and no latest value has a RAG.
    let Some(target) = k.target else {
        return KpiOutcome {
            id: k.id.clone(),
            rag: None,
            periods: vec![None; k.actual.len()],
        };
    };
    let periods: Vec<Option<Rag>> = k
        .actual
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let period_target = k.plan.get(i).copied().unwrap_or(target);
            Some(kpi_rag(
                *a,
                period_target,
                k.higher_is_better,
                tolerance_pct,
            ))
        })
        .collect();
    let rag = k
        .actual
        .last()
        .map(|a| kpi_rag(*a, target, k.higher_is_better, tolerance_pct));
    KpiOutcome {
        id: k.id.clone(),
        rag,
        periods,
    }
}

pub(crate) fn kpis(plan: &Plan) -> Vec<KpiOutcome> {
    plan.kpis
        .iter()
        .map(|k| kpi_outcome(k, plan.settings.kpi_tolerance_pct))
        .collect()
}

pub(crate) fn risks(plan: &Plan) -> Vec<RiskOutcome> {
    plan.risks
        .iter()
        .map(|r| RiskOutcome {
            id: r.id.clone(),
            severity: u32::from(r.likelihood) * u32::from(r.impact),
        })
        .collect()
}

pub(crate) fn exposure_by_status(plan: &Plan) -> Vec<(RiskStatus, f64)> {
    RiskStatus::ALL
        .iter()
        .map(|status| {
            let total = plan
                .risks
                .iter()
                .filter(|r| r.status == *status)
                .map(|r| r.exposure)
                .sum();
            (*status, total)
        })
        .collect()
}
