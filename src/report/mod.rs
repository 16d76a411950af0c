//! Reports of a computed plan: JSON (a contract for scripts), CSV (tidy rows for
//! spreadsheets), plain text and Markdown (for people), and the paper for the governing
//! body (self-contained HTML with SVG charts, [`paper()`]).
//!
//! A report shows one option, or up to [`crate::model::MAX_COMPARED`] options side by side, each with
//! the analyses asked for: the risk range, and the sensitivity with its goal seek.

pub mod chart;
mod csv;
mod diff;
mod json;
mod markup;
pub mod minutes;
mod paper;
pub mod story;
mod text;

pub use csv::{csv, safe_cell};
pub use diff::{
    BridgeChange, Effect, EffectView, GAP_TOLERANCE_K, ItemChange, ItemKind, StepChange, YearEffect,
};
pub use diff::{ChangedValue, Pair, PlanDiff, YearFigures, diff_json, diff_markdown, diff_text};
pub use json::json;
pub use markup::escape_html;
pub use paper::{PaperError, Readers, paper, paper_dated};
pub use text::{markdown, text};

use crate::engine::{
    Comparison, EngineError, GoalSeek, Outcome, RiskYear, Steps, Tornado, View, compare, compute,
    goal_seek, risk_range, tornado,
};
use crate::model::{Plan, RiskSettings};

/// The notation of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Aligned tables for a terminal.
    Text,
    /// The JSON contract for scripts.
    Json,
    /// Tidy rows: section, item, year, measure, value.
    Csv,
    /// Markdown tables for papers.
    Md,
}

/// What a report is asked to show beyond the option in view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analyses {
    /// Options (`base` for the base plan) side by side, 2 to
    /// [`crate::model::MAX_COMPARED`]; empty for
    /// the one option in view.
    pub compare: Vec<String>,
    /// Runs of the risk range; the plan's own when only a seed is given.
    pub runs: Option<u32>,
    /// Seed of the risk range; the plan's own when only runs are given.
    pub seed: Option<u64>,
    /// The tornado and the goal seek.
    pub sensitivity: bool,
}

impl Analyses {
    /// The risk range's settings, when it is asked for: the runs and seed given, the
    /// plan's own otherwise, and always the plan's spread of spend growth.
    pub fn risk_settings(&self, plan: &Plan) -> Option<RiskSettings> {
        (self.runs.is_some() || self.seed.is_some()).then(|| RiskSettings {
            runs: self.runs.unwrap_or(plan.risk.runs),
            seed: self.seed.unwrap_or(plan.risk.seed),
            growth_sd: plan.risk.growth_sd,
        })
    }
}

/// The risk range as reported: how it was run and its figures per year (not every run,
/// which a million runs of four options would make large).
#[derive(Debug, Clone, PartialEq)]
pub struct RiskSummary {
    /// The settings it was run with.
    pub settings: RiskSettings,
    /// One entry per year, base year first.
    pub years: Vec<RiskYear>,
}

/// The analyses computed for one option; each is `None` when not asked for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extras {
    /// The risk range (Monte Carlo of the do-something gap).
    pub risk: Option<RiskSummary>,
    /// The tornado of the final year's gap.
    pub sensitivity: Option<Tornado>,
    /// What would close the gap.
    pub goal_seek: Option<GoalSeek>,
}

/// No analyses.
pub(crate) static NO_EXTRAS: Extras = Extras {
    risk: None,
    sensitivity: None,
    goal_seek: None,
};

impl Extras {
    /// Runs the analyses asked for, for one option and view.
    pub fn compute(plan: &Plan, view: &View, analyses: &Analyses) -> Result<Self, EngineError> {
        let risk = match analyses.risk_settings(plan) {
            Some(settings) => {
                let range = risk_range(plan, view, &settings)?;
                Some(RiskSummary {
                    settings: range.settings,
                    years: range.years,
                })
            }
            None => None,
        };
        let (sensitivity, goal_seek) = if analyses.sensitivity {
            (
                Some(tornado(plan, view, &Steps::default())?),
                Some(goal_seek(plan, view)?),
            )
        } else {
            (None, None)
        };
        Ok(Self {
            risk,
            sensitivity,
            goal_seek,
        })
    }
}

/// Everything a report shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Contents {
    /// One option in view, with its analyses.
    One {
        /// The option's outcome.
        outcome: Box<Outcome>,
        /// Its analyses.
        extras: Extras,
    },
    /// Options side by side, each with its analyses.
    Compared {
        /// The options and what differs between them.
        comparison: Box<Comparison>,
        /// Each option's analyses, in the comparison's order.
        extras: Vec<Extras>,
    },
}

impl Contents {
    /// Computes the report for the view: the options in `analyses.compare` when there
    /// are any (the view's option is then not used), otherwise the view's option; each
    /// with the analyses asked for.
    pub fn compute(plan: &Plan, view: &View, analyses: &Analyses) -> Result<Self, EngineError> {
        if analyses.compare.is_empty() {
            return Ok(Contents::One {
                outcome: Box::new(compute(plan, view)?),
                extras: Extras::compute(plan, view, analyses)?,
            });
        }
        let ids: Vec<&str> = analyses.compare.iter().map(String::as_str).collect();
        let comparison = compare(plan, &ids, view.locality)?;
        let extras = ids
            .iter()
            .map(|id| {
                let view = View {
                    scenario: Some(id),
                    locality: view.locality,
                };
                Extras::compute(plan, &view, analyses)
            })
            .collect::<Result<_, _>>()?;
        Ok(Contents::Compared {
            comparison: Box::new(comparison),
            extras,
        })
    }
}

/// Renders a report in the chosen notation.
pub fn render(
    plan: &Plan,
    contents: &Contents,
    format: ReportFormat,
) -> Result<String, serde_json::Error> {
    Ok(match format {
        ReportFormat::Text => text::text_of(plan, contents),
        ReportFormat::Json => json::json_of(plan, contents)?,
        ReportFormat::Csv => csv::csv_of(plan, contents),
        ReportFormat::Md => text::markdown_of(plan, contents),
    })
}
