//! Value for money: investments ranked by benefit per pound (the STAR approach), and the
//! package of investments with the most benefit that fits the headroom left after savings.

use serde::Serialize;

use super::context::Context;
use super::finance::project_money;
use super::savings::risk_adjusted_and_investment;
use super::{EngineError, View};
use crate::model::Plan;

/// Packages searched before the best one found so far is offered as it is.
const SEARCH_LIMIT: usize = 2_000_000;

/// One investment on the benefit-against-cost curve. Money in £000.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValueItem {
    /// Investment id.
    pub id: String,
    /// Investment name.
    pub name: String,
    /// Cost over the plan in view.
    pub cost: f64,
    /// The workshop's benefit score.
    pub benefit: f64,
    /// Benefit points per £1m.
    pub benefit_per_million: f64,
    /// Cost of this and every better-value investment before it.
    pub cumulative_cost: f64,
    /// Benefit of this and every better-value investment before it.
    pub cumulative_benefit: f64,
    /// Whether it counts under the option now.
    pub active: bool,
    /// Whether the suggested package includes it.
    pub suggested: bool,
}

/// The package of investments suggested to fit the headroom.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Package {
    /// Investment ids in the package, best value first.
    pub ids: Vec<String>,
    /// Its cost over the plan.
    pub cost: f64,
    /// Its total benefit score.
    pub benefit: f64,
    /// Whether every package was considered (false when there were too many and the
    /// best found within the search limit is offered).
    pub exact: bool,
}

/// Value for money for one option and view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValueForMoney {
    /// Scored investments, best benefit per pound first.
    pub ranked: Vec<ValueItem>,
    /// Investments without a benefit score or without a cost in view, by name.
    pub unranked: Vec<String>,
    /// Money free for investment in each year after risk-adjusted savings (never
    /// below zero), base year first.
    pub headroom: Vec<f64>,
    /// The scored package with the most benefit whose cost fits the headroom in every
    /// planning year.
    pub package: Package,
}

/// A candidate for the package: its cost per planning year and its benefit.
struct Candidate {
    amounts: Vec<f64>,
    benefit: f64,
    cost: f64,
}

/// Works out value for money for one option and view.
pub fn value_for_money(plan: &Plan, view: &View) -> Result<ValueForMoney, EngineError> {
    let ctx = Context::new(plan, view)?;
    let headroom = headroom(&ctx);
    let mut scored: Vec<(ValueItem, Candidate)> = Vec::new();
    let mut unranked = Vec::new();
    for (i, v) in plan.investments.iter().enumerate() {
        let factor = ctx.scope.factor(ctx.index.investment_locality[i]);
        let amounts: Vec<f64> = (0..plan.horizon)
            .map(|t| v.amounts.get(t).copied().unwrap_or(0.0) * factor)
            .collect();
        let cost: f64 = amounts.iter().sum();
        match v.benefit {
            Some(benefit) if cost > 0.0 && benefit > 0.0 => scored.push((
                ValueItem {
                    id: v.id.clone(),
                    name: v.name.clone(),
                    cost,
                    benefit,
                    benefit_per_million: benefit / (cost / 1000.0),
                    cumulative_cost: 0.0,
                    cumulative_benefit: 0.0,
                    active: ctx.inputs.investment_active[i],
                    suggested: false,
                },
                Candidate {
                    amounts,
                    benefit,
                    cost,
                },
            )),
            _ if factor == 0.0 => {}
            _ => unranked.push(v.name.clone()),
        }
    }
    // Best value first; a stable sort keeps plan order between equals.
    scored.sort_by(|a, b| b.0.benefit_per_million.total_cmp(&a.0.benefit_per_million));
    let (mut ranked, candidates): (Vec<ValueItem>, Vec<Candidate>) = scored.into_iter().unzip();
    let (chosen, exact) = best_package(&candidates, &headroom[1..]);
    let (mut cost, mut benefit) = (0.0, 0.0);
    for (item, take) in ranked.iter_mut().zip(&chosen) {
        cost += item.cost;
        benefit += item.benefit;
        item.cumulative_cost = cost;
        item.cumulative_benefit = benefit;
        item.suggested = *take;
    }
    let suggested: Vec<&ValueItem> = ranked.iter().filter(|v| v.suggested).collect();
    let package = Package {
        ids: suggested.iter().map(|v| v.id.clone()).collect(),
        cost: suggested.iter().map(|v| v.cost).sum(),
        benefit: suggested.iter().map(|v| v.benefit).sum(),
        exact,
    };
    Ok(ValueForMoney {
        ranked,
        unranked,
        headroom,
        package,
    })
}

/// Money left after risk-adjusted savings and before any investment, per year.
fn headroom(ctx: &Context) -> Vec<f64> {
    let money = project_money(&ctx.inputs, ctx.scope.share);
    // The investment totals are not wanted: headroom is what is free before any.
    let (savings, _) =
        risk_adjusted_and_investment(&ctx.inputs, &ctx.index, &ctx.values, &ctx.scope);
    money
        .gap_do_nothing
        .iter()
        .zip(&savings)
        .map(|(gdn, s)| (s - gdn).max(0.0))
        .collect()
}

/// The most benefit whose cost fits `room` in every year: a depth-first search over
/// candidates in best-value order, pruned by the best any fraction of the rest could add
/// within the total room left. Returns which candidates to take and whether the search
/// finished.
fn best_package(candidates: &[Candidate], room: &[f64]) -> (Vec<bool>, bool) {
    let mut search = Search {
        candidates,
        used: vec![0.0; room.len()],
        room,
        take: vec![false; candidates.len()],
        best: vec![false; candidates.len()],
        best_benefit: 0.0,
        nodes: 0,
    };
    // Start from the greedy package, so a cut-short search still offers a good one.
    for (i, c) in candidates.iter().enumerate() {
        if search.fits(c) {
            search.add(c, 1.0);
            search.take[i] = true;
            search.best_benefit += c.benefit;
        }
    }
    search.best = search.take.clone();
    search.used.iter_mut().for_each(|u| *u = 0.0);
    search.take.iter_mut().for_each(|t| *t = false);
    search.visit(0, 0.0);
    let exact = search.nodes <= SEARCH_LIMIT;
    (search.best, exact)
}

struct Search<'a> {
    candidates: &'a [Candidate],
    room: &'a [f64],
    used: Vec<f64>,
    take: Vec<bool>,
    best: Vec<bool>,
    best_benefit: f64,
    nodes: usize,
}

impl Search<'_> {
    fn fits(&self, c: &Candidate) -> bool {
        c.amounts
            .iter()
            .zip(self.used.iter().zip(self.room))
            .all(|(a, (u, r))| u + a <= r + 1e-9)
    }

    fn add(&mut self, c: &Candidate, sign: f64) {
        for (u, a) in self.used.iter_mut().zip(&c.amounts) {
            *u += sign * a;
        }
    }

    /// The most the candidates from `i` on could add, taken fractionally against the
    /// total room left.
    fn bound(&self, i: usize) -> f64 {
        let mut left: f64 = self
            .room
            .iter()
            .zip(&self.used)
            .map(|(r, u)| r - u)
            .sum::<f64>()
            .max(0.0);
        let mut extra = 0.0;
        for c in &self.candidates[i..] {
            if c.cost <= left {
                left -= c.cost;
                extra += c.benefit;
            } else {
                extra += c.benefit * left / c.cost;
                break;
            }
        }
        extra
    }

    fn visit(&mut self, i: usize, benefit: f64) {
        self.nodes += 1;
        if self.nodes > SEARCH_LIMIT {
            return;
        }
        if benefit > self.best_benefit {
            self.best_benefit = benefit;
            self.best.clone_from(&self.take);
        }
        if i == self.candidates.len() || benefit + self.bound(i) <= self.best_benefit + 1e-9 {
            return;
        }
        let c = &self.candidates[i];
        if self.fits(c) {
            self.add(c, 1.0);
            self.take[i] = true;
            self.visit(i + 1, benefit + c.benefit);
            self.take[i] = false;
            self.add(c, -1.0);
        }
        self.visit(i + 1, benefit);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(amounts: &[f64], benefit: f64) -> Candidate {
        Candidate {
            amounts: amounts.to_vec(),
            benefit,
            cost: amounts.iter().sum(),
        }
    }

    #[test]
    fn finds_the_best_package_where_greedy_would_not() {
        // Best value first: greedy takes the first (70 for 60) and then nothing else
        // fits; the two others together bring 100 for 100.
        let candidates = [
            candidate(&[60.0], 70.0),
            candidate(&[50.0], 50.0),
            candidate(&[50.0], 50.0),
        ];
        let (take, exact) = best_package(&candidates, &[100.0]);
        assert!(exact);
        assert_eq!(take, vec![false, true, true]);
        let (take, _) = best_package(&candidates, &[60.0]);
        assert_eq!(take, vec![true, false, false]);
    }

    #[test]
    fn every_year_must_fit() {
        let candidates = [
            candidate(&[10.0, 90.0], 100.0),
            candidate(&[40.0, 40.0], 50.0),
        ];
        let (take, _) = best_package(&candidates, &[100.0, 50.0]);
        assert_eq!(take, vec![false, true]);
    }
}
