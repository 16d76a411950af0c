//! The risk range: a Monte Carlo of the do-something gap.
//!
//! In each run every active scheme delivers its savings in full with its chance of
//! delivery, otherwise nothing; when the plan sets `growth_sd`, every spend line's growth
//! moves by one normal deviation (percentage points, the same in every year of the run).
//! Runs are drawn in fixed blocks, each from its own stream of the plan's seed, so the
//! numbers repeat exactly whatever the number of threads.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, StandardNormal};
use serde::Serialize;

use super::context::Context;
use super::finance::project_money;
use super::inputs::project_into;
use super::savings::risk_adjusted_and_investment;
use super::{EngineError, View};
use crate::model::years::FromBase;
use crate::model::{Plan, RiskSettings};

/// Runs per block; each block draws from its own stream of the seed.
const BLOCK: usize = 256;

/// One year of the risk range. Money in £000.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RiskYear {
    /// Year label.
    pub year: String,
    /// Mean do-something gap over the runs.
    pub mean: f64,
    /// 10th percentile of the do-something gap (a good outcome).
    pub p10: f64,
    /// Median.
    pub p50: f64,
    /// 90th percentile (a bad outcome).
    pub p90: f64,
    /// Share of runs in which the gap is closed (`gap ≤ 0`).
    pub p_break_even: f64,
}

/// The outcome of a Monte Carlo of the do-something gap.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskRange {
    /// The settings it was run with.
    pub settings: RiskSettings,
    /// One entry per year, base year first.
    pub years: Vec<RiskYear>,
    /// Every run's gap, sorted, one list per year (base year first).
    sorted: Vec<Vec<f64>>,
}

impl RiskRange {
    /// Every run's gap in year `t` (0 = base year), smallest first.
    pub fn sorted(&self, t: usize) -> &[f64] {
        self.sorted.get(t).map_or(&[], Vec::as_slice)
    }

    /// The S-curve of year `t`: `(gap, chance the gap is at most that)` at `points + 1`
    /// evenly spaced chances from 0 to 1, for drawing.
    pub fn curve(&self, t: usize, points: usize) -> Vec<[f64; 2]> {
        if self.sorted(t).is_empty() {
            return Vec::new();
        }
        let points = points.max(1);
        (0..=points)
            .map(|i| {
                let p = i as f64 / points as f64;
                [self.quantile(t, p), p]
            })
            .collect()
    }

    /// The `p` quantile (0-1) of the gap in year `t`, interpolating between runs.
    pub fn quantile(&self, t: usize, p: f64) -> f64 {
        quantile(self.sorted(t), p)
    }

    /// The chance (0-1) that the gap in year `t` is at most `x`.
    pub fn chance_at_most(&self, t: usize, x: f64) -> f64 {
        let runs = self.sorted(t);
        if runs.is_empty() {
            return 0.0;
        }
        runs.partition_point(|v| *v <= x) as f64 / runs.len() as f64
    }

    /// Extra recurrent savings (delivered for certain) that close the gap in year `t`
    /// in at least `chance` (0-1) of the runs: the gap's `chance` quantile, or nothing
    /// when that is already closed.
    pub fn savings_for_chance(&self, t: usize, chance: f64) -> f64 {
        let runs = self.sorted(t);
        if runs.is_empty() {
            return 0.0;
        }
        // The smallest run value v with at least `chance` of runs at or below it.
        let k = ((chance.clamp(0.0, 1.0) * runs.len() as f64).ceil() as usize).max(1);
        runs[k - 1].max(0.0)
    }
}

/// Linear interpolation between order statistics (the usual "type 7" quantile).
fn quantile(sorted: &[f64], p: f64) -> f64 {
    match sorted.len() {
        0 => 0.0,
        1 => sorted[0],
        n => {
            let h = p.clamp(0.0, 1.0) * (n - 1) as f64;
            let lo = h.floor() as usize;
            let hi = (lo + 1).min(n - 1);
            sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
        }
    }
}

/// What each run starts from, resolved once.
struct Model {
    horizon: usize,
    /// The gap if no uncertain scheme delivered, per year, base year first.
    fixed: Vec<f64>,
    /// Savings of the uncertain schemes, year-major: `rows[t * k + i]`, planning years.
    rows: Vec<f64>,
    /// `P(deliver)` of each uncertain scheme as a threshold on a `u32` draw.
    thresholds: Vec<u32>,
    /// Spend lines (scaled to the view) whose growth varies, with their usual values.
    growth: Option<Growth>,
}

struct Growth {
    sd: f64,
    /// Each line's base, growth and usual percentage points per planning year.
    lines: Vec<(f64, crate::model::Growth, Vec<f64>)>,
    usual: Vec<Vec<f64>>,
    share: f64,
}

impl Model {
    fn new(ctx: &Context, settings: &RiskSettings) -> Self {
        let plan = ctx.plan();
        let inputs = &ctx.inputs;
        let horizon = plan.horizon;
        let money = project_money(inputs, ctx.scope.share);
        let mut certain = inputs.clone();
        let mut uncertain = Vec::new();
        for (i, c) in inputs.scheme_confidence.iter().enumerate() {
            if inputs.scheme_active[i] && *c < 1.0 {
                certain.scheme_active[i] = false;
                let factor = ctx.scope.factor(ctx.index.scheme_locality[i]);
                if *c > 0.0 && factor != 0.0 && ctx.values.of(i).iter().any(|v| *v != 0.0) {
                    uncertain.push((i, factor, *c));
                }
            } else {
                certain.scheme_confidence[i] = 1.0;
            }
        }
        let (savings, investment) =
            risk_adjusted_and_investment(&certain, &ctx.index, &ctx.values, &ctx.scope);
        let fixed = (0..=horizon)
            .map(|t| money.gap_do_nothing[t] - savings[t] + investment[t])
            .collect();
        let k = uncertain.len();
        let mut rows = vec![0.0; horizon * k];
        for (j, (i, factor, _)) in uncertain.iter().enumerate() {
            for (t, v) in ctx.values.of(*i).iter().enumerate() {
                rows[t * k + j] = v * factor;
            }
        }
        let thresholds = uncertain
            .iter()
            .map(|(_, _, c)| (c * 4_294_967_296.0).round().min(u32::MAX as f64) as u32)
            .collect();
        let growth = (settings.growth_sd > 0.0 && !plan.spend.is_empty()).then(|| Growth {
            sd: settings.growth_sd,
            lines: plan
                .spend
                .iter()
                .zip(&inputs.spend_pp)
                .map(|(l, pp)| (l.base, l.growth.clone(), pp.clone()))
                .collect(),
            usual: money.spend_lines.clone(),
            share: ctx.scope.share,
        });
        Self {
            horizon,
            fixed,
            rows,
            thresholds,
            growth,
        }
    }

    /// Runs `runs` runs from `rng`, appending each run's gaps (base year first).
    fn run_block(&self, rng: &mut ChaCha8Rng, runs: usize, out: &mut Vec<f64>) {
        let k = self.thresholds.len();
        let mut delivered = vec![0.0; k];
        let mut line = vec![0.0; self.horizon + 1];
        let mut moved_pp = vec![0.0; self.horizon];
        for _ in 0..runs {
            for (d, threshold) in delivered.iter_mut().zip(&self.thresholds) {
                *d = f64::from(u8::from(rng.next_u32() < *threshold));
            }
            let start = out.len();
            out.extend_from_slice(&self.fixed);
            let gaps = &mut out[start..];
            if k > 0 {
                for (t, row) in self.rows.chunks_exact(k).enumerate() {
                    gaps[t + 1] -= dot(&delivered, row);
                }
            }
            if let Some(g) = &self.growth {
                for ((base, growth, pp), usual) in g.lines.iter().zip(&g.usual) {
                    let z: f64 = StandardNormal.sample(rng);
                    for (m, p) in moved_pp.iter_mut().zip(pp) {
                        *m = p + g.sd * z;
                    }
                    project_into(*base, growth, &moved_pp, &mut line);
                    for t in 1..=self.horizon {
                        gaps[t] += line[t] * g.share - usual[t];
                    }
                }
            }
        }
    }
}

/// A dot product summed in a fixed order, in four lanes.
fn dot(a: &[f64], b: &[f64]) -> f64 {
    let mut lanes = [0.0; 4];
    let (a4, b4) = (a.chunks_exact(4), b.chunks_exact(4));
    let tail: f64 = a4
        .remainder()
        .iter()
        .zip(b4.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (x, y) in a4.zip(b4) {
        for l in 0..4 {
            lanes[l] += x[l] * y[l];
        }
    }
    (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]) + tail
}

/// Runs the Monte Carlo for one option and view with `settings` (usually the plan's),
/// on every core.
pub fn risk_range(
    plan: &Plan,
    view: &View,
    settings: &RiskSettings,
) -> Result<RiskRange, EngineError> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    risk_range_on(plan, view, settings, cores)
}

/// [`risk_range`] on at most `threads` threads (a window keeps one core for itself).
/// The numbers are the same whatever the number of threads.
pub fn risk_range_on(
    plan: &Plan,
    view: &View,
    settings: &RiskSettings,
    threads: usize,
) -> Result<RiskRange, EngineError> {
    let ctx = Context::new(plan, view)?;
    let model = Model::new(&ctx, settings);
    let runs = settings.runs.max(1) as usize;
    let blocks = runs.div_ceil(BLOCK);
    let threads = threads.clamp(1, blocks);
    let width = model.horizon + 1;
    let block_runs = |b: usize| BLOCK.min(runs - b * BLOCK);
    let run = |b: usize, out: &mut Vec<f64>| {
        let mut rng = ChaCha8Rng::seed_from_u64(settings.seed);
        rng.set_stream(b as u64);
        model.run_block(&mut rng, block_runs(b), out);
    };
    // Each thread takes every `threads`-th block; blocks are put back in order after.
    let mut parts: Vec<(usize, Vec<f64>)> = if threads == 1 {
        let mut all = Vec::with_capacity(runs * width);
        (0..blocks).for_each(|b| run(b, &mut all));
        vec![(0, all)]
    } else {
        std::thread::scope(|s| {
            let handles: Vec<_> = (0..threads)
                .map(|first| {
                    let run = &run;
                    s.spawn(move || {
                        (first..blocks)
                            .step_by(threads)
                            .map(|b| {
                                let mut out = Vec::with_capacity(block_runs(b) * width);
                                run(b, &mut out);
                                (b, out)
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        })
    };
    parts.sort_by_key(|(b, _)| *b);
    let mut sorted = vec![Vec::with_capacity(runs); width];
    for (_, part) in &parts {
        for run in part.chunks_exact(width) {
            for (t, v) in run.iter().enumerate() {
                sorted[t].push(*v);
            }
        }
    }
    if sorted.first().map_or(0, Vec::len) != runs {
        // A worker thread died; report nothing rather than a range from part of the runs.
        return Err(EngineError::Interrupted);
    }
    let years = sorted
        .iter_mut()
        .enumerate()
        .map(|(t, values)| {
            let mean = values.iter().sum::<f64>() / runs as f64;
            values.sort_by(f64::total_cmp);
            RiskYear {
                year: plan.year_label(FromBase(t)),
                mean,
                p10: quantile(values, 0.1),
                p50: quantile(values, 0.5),
                p90: quantile(values, 0.9),
                p_break_even: values.partition_point(|v| *v <= 0.0) as f64 / runs as f64,
            }
        })
        .collect();
    Ok(RiskRange {
        settings: *settings,
        years,
        sorted,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_interpolate_between_runs() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(quantile(&v, 0.0), 1.0);
        assert_eq!(quantile(&v, 0.5), 3.0);
        assert_eq!(quantile(&v, 0.1), 1.4);
        assert_eq!(quantile(&v, 1.0), 5.0);
        assert_eq!(quantile(&[], 0.5), 0.0);
    }

    #[test]
    fn dot_sums_every_element() {
        let a: Vec<f64> = (0..11).map(f64::from).collect();
        let b = vec![1.0; 11];
        assert_eq!(dot(&a, &b), 55.0);
    }
}
