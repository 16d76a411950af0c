//! The JSON report: a stable contract for scripts. Money in £000 as plain numbers; every
//! per-year array starts with the base year.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::{Contents, Extras, RiskSummary};
use crate::engine::{
    Bridge, Comparison, Difference, Figure, FinanceRow, GoalSeek, LocalityRow, Outcome, Rag,
    RiskYear, SavingsGroup, Series, Tornado, TrajectoryRow,
};
use crate::model::Plan;

#[derive(Serialize)]
struct Report<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    caveat: &'a str,
    scenario: &'a str,
    locality: Option<&'a str>,
    years: &'a [String],
    finance: &'a [FinanceRow],
    spend_lines: &'a [Series],
    savings_by_programme: Vec<Group<'a>>,
    savings_by_stage: Vec<Group<'a>>,
    savings_by_provider: Vec<Group<'a>>,
    investment_by_category: Vec<Group<'a>>,
    bridge: &'a [Bridge],
    trajectories: Vec<Trajectory<'a>>,
    localities: Vec<Locality<'a>>,
    priorities: Vec<Priority<'a>>,
    kpis: Vec<Kpi<'a>>,
    risks: Vec<Risk<'a>>,
    #[serde(flatten)]
    extras: ExtrasJson<'a>,
}

/// Money of one group per year, base year first: `values` at face value, and for
/// savings the risk-adjusted values too.
#[derive(Serialize)]
struct Group<'a> {
    key: &'a str,
    values: &'a [f64],
    #[serde(skip_serializing_if = "Option::is_none")]
    risk_adjusted: Option<&'a [f64]>,
}

fn savings_groups(groups: &[SavingsGroup]) -> Vec<Group<'_>> {
    groups
        .iter()
        .map(|g| Group {
            key: &g.key,
            values: &g.face,
            risk_adjusted: Some(&g.risk_adjusted),
        })
        .collect()
}

/// The analyses asked for; each key is left out when not asked for.
#[derive(Serialize)]
struct ExtrasJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    risk: Option<RiskJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sensitivity: Option<&'a Tornado>,
    #[serde(skip_serializing_if = "Option::is_none")]
    goal_seek: Option<&'a GoalSeek>,
}

impl<'a> ExtrasJson<'a> {
    fn new(e: &'a Extras) -> Self {
        Self {
            risk: e.risk.as_ref().map(RiskJson::new),
            sensitivity: e.sensitivity.as_ref(),
            goal_seek: e.goal_seek.as_ref(),
        }
    }
}

/// The risk range with the settings it was run with.
#[derive(Serialize)]
struct RiskJson<'a> {
    runs: u32,
    seed: u64,
    growth_sd: f64,
    years: &'a [RiskYear],
}

impl<'a> RiskJson<'a> {
    fn new(r: &'a RiskSummary) -> Self {
        Self {
            runs: r.settings.runs,
            seed: r.settings.seed,
            growth_sd: r.settings.growth_sd,
            years: &r.years,
        }
    }
}

/// Options side by side.
#[derive(Serialize)]
struct Compared<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    caveat: &'a str,
    locality: Option<&'a str>,
    years: &'a [String],
    options: Vec<ComparedOption<'a>>,
    differences: &'a [Difference],
}

#[derive(Serialize)]
struct ComparedOption<'a> {
    scenario: &'a str,
    name: &'a str,
    finance: &'a [FinanceRow],
    /// The final year's bridge.
    bridge: Option<&'a Bridge>,
    difference_from_base: Vec<FromBase<'a>>,
    #[serde(flatten)]
    extras: ExtrasJson<'a>,
}

/// One year of an option's key figures less the base plan's: `year`, then one key per
/// [`Figure`], in table order.
struct FromBase<'a> {
    year: &'a str,
    values: [(Figure, f64); Figure::ALL.len()],
}

impl Serialize for FromBase<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1 + self.values.len()))?;
        map.serialize_entry("year", self.year)?;
        for (figure, value) in &self.values {
            map.serialize_entry(figure.key(), value)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct Trajectory<'a> {
    id: &'a str,
    name: &'a str,
    rows: &'a [TrajectoryRow],
}

#[derive(Serialize)]
struct Locality<'a> {
    id: &'a str,
    share: f64,
    rows: &'a [LocalityRow],
}

#[derive(Serialize)]
struct Priority<'a> {
    id: &'a str,
    score: f64,
    rank: usize,
    investment_total: f64,
    savings_total: f64,
}

#[derive(Serialize)]
struct Kpi<'a> {
    id: &'a str,
    /// The target; null for a measure tracked as a trend.
    target: Option<f64>,
    rag: Option<Rag>,
}

#[derive(Serialize)]
struct Risk<'a> {
    id: &'a str,
    severity: u32,
}

/// The report as pretty JSON.
pub fn json(plan: &Plan, o: &Outcome) -> Result<String, serde_json::Error> {
    pretty(&report(plan, o, &Extras::default()))
}

/// The report of one option or of options compared, as pretty JSON.
pub(super) fn json_of(plan: &Plan, contents: &Contents) -> Result<String, serde_json::Error> {
    match contents {
        Contents::One { outcome, extras } => pretty(&report(plan, outcome, extras)),
        Contents::Compared { comparison, extras } => pretty(&compared(plan, comparison, extras)),
    }
}

fn pretty(value: &impl Serialize) -> Result<String, serde_json::Error> {
    let mut s = serde_json::to_string_pretty(value)?;
    s.push('\n');
    Ok(s)
}

fn compared<'a>(plan: &'a Plan, c: &'a Comparison, extras: &'a [Extras]) -> Compared<'a> {
    Compared {
        title: &plan.title,
        caveat: &plan.caveat,
        locality: c.base.locality.as_deref(),
        years: &c.base.years,
        options: c
            .options
            .iter()
            .enumerate()
            .map(|(i, option)| ComparedOption {
                scenario: &option.id,
                name: &option.name,
                finance: &option.outcome.finance,
                bridge: option.outcome.bridges.last(),
                difference_from_base: c
                    .base
                    .years
                    .iter()
                    .enumerate()
                    .map(|(t, year)| FromBase {
                        year,
                        values: Figure::ALL.map(|f| (f, c.from_base(i, f, t))),
                    })
                    .collect(),
                extras: ExtrasJson::new(extras.get(i).unwrap_or(&super::NO_EXTRAS)),
            })
            .collect(),
        differences: &c.differences,
    }
}

fn report<'a>(plan: &'a Plan, o: &'a Outcome, extras: &'a Extras) -> Report<'a> {
    Report {
        title: &plan.title,
        caveat: &plan.caveat,
        scenario: &o.scenario,
        locality: o.locality.as_deref(),
        years: &o.years,
        finance: &o.finance,
        spend_lines: &o.spend_lines,
        savings_by_programme: savings_groups(&o.savings_by_programme),
        savings_by_stage: savings_groups(&o.savings_by_stage),
        savings_by_provider: savings_groups(&o.savings_by_provider),
        investment_by_category: o
            .investment_by_category
            .iter()
            .map(|c| Group {
                key: &c.name,
                values: &c.values,
                risk_adjusted: None,
            })
            .collect(),
        bridge: &o.bridges,
        trajectories: o
            .trajectories
            .iter()
            .map(|t| Trajectory {
                id: &t.id,
                name: &t.name,
                rows: &t.rows,
            })
            .collect(),
        localities: o
            .localities
            .iter()
            .map(|l| Locality {
                id: &l.id,
                share: l.share,
                rows: &l.rows,
            })
            .collect(),
        priorities: o
            .priorities
            .iter()
            .map(|p| Priority {
                id: &p.id,
                score: p.score,
                rank: p.rank,
                investment_total: p.investment_total,
                savings_total: p.savings_total,
            })
            .collect(),
        kpis: o
            .kpis
            .iter()
            .zip(&plan.kpis)
            .map(|(k, kpi)| Kpi {
                id: &k.id,
                target: kpi.target,
                rag: k.rag,
            })
            .collect(),
        risks: o
            .risks
            .iter()
            .map(|r| Risk {
                id: &r.id,
                severity: r.severity,
            })
            .collect(),
        extras: ExtrasJson::new(extras),
    }
}
