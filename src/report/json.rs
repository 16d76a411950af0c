//! The JSON report: a stable contract for scripts. Money in £000 as plain numbers; every
//! per-year array starts with the base year.

use serde::Serialize;

use crate::engine::{Bridge, FinanceRow, LocalityRow, Outcome, Rag, TrajectoryRow};
use crate::model::Plan;

#[derive(Serialize)]
struct Report<'a> {
    title: &'a str,
    scenario: &'a str,
    locality: Option<&'a str>,
    years: &'a [String],
    finance: &'a [FinanceRow],
    bridge: &'a [Bridge],
    trajectories: Vec<Trajectory<'a>>,
    localities: Vec<Locality<'a>>,
    priorities: Vec<Priority<'a>>,
    kpis: Vec<Kpi<'a>>,
    risks: Vec<Risk<'a>>,
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
    rag: Option<Rag>,
}

#[derive(Serialize)]
struct Risk<'a> {
    id: &'a str,
    severity: u32,
}

/// The report as pretty JSON.
pub fn json(plan: &Plan, o: &Outcome) -> Result<String, serde_json::Error> {
    let report = Report {
        title: &plan.title,
        scenario: &o.scenario,
        locality: o.locality.as_deref(),
        years: &o.years,
        finance: &o.finance,
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
            .map(|k| Kpi {
                id: &k.id,
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
    };
    let mut s = serde_json::to_string_pretty(&report)?;
    s.push('\n');
    Ok(s)
}
