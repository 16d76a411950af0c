//! What the engine computes: everything a screen or a report needs, in one value.

use serde::Serialize;

use crate::model::RiskStatus;

/// One year of the financial position. Money in £000.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FinanceRow {
    /// Year label, `2017/18`.
    pub year: String,
    /// Total income: recurrent allocation plus income one-offs.
    pub income: f64,
    /// Total spend: service lines plus spend one-offs.
    pub spend: f64,
    /// Held back under the business rules.
    pub held_back: f64,
    /// Do-nothing gap: spend + held back − income. Positive means money must be found.
    pub gap_do_nothing: f64,
    /// Savings required to balance this year: the do-nothing gap plus the investment
    /// the plan makes (the seeds' QIPP target).
    pub savings_required: f64,
    /// New savings required this year (the seeds' "QIPP challenge"): the whole
    /// requirement in the first planning year, then its increase on the year before;
    /// 0 in the base year, an outturn.
    pub new_savings_required: f64,
    /// Savings at face value (with stretch where the option counts it).
    pub savings_face: f64,
    /// Savings weighted by each scheme's chance of delivery.
    pub savings_risk_adjusted: f64,
    /// Stretch asked of schemes beyond their plan (shown whether or not it counts).
    pub stretch: f64,
    /// Investment.
    pub investment: f64,
    /// Do-something gap with risk-adjusted savings.
    pub gap_do_something: f64,
    /// Do-something gap with savings at face value.
    pub gap_do_something_face: f64,
    /// Savings still to find: the positive part of the do-something gap.
    pub unidentified_savings: f64,
}

/// A named series of values, base year first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    /// Id of the item (or group key).
    pub id: String,
    /// Display name.
    pub name: String,
    /// One value per year, base year first.
    pub values: Vec<f64>,
}

/// Savings of one group (programme, stage, provider stream), base year first (base = 0).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SavingsGroup {
    /// The group's name.
    pub key: String,
    /// Face value per year.
    pub face: Vec<f64>,
    /// Risk-adjusted per year.
    pub risk_adjusted: Vec<f64>,
}

/// How a bridge bar is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum StepKind {
    /// The opening value.
    Start,
    /// A change that moves the running total.
    Change,
    /// A running total shown as a full bar.
    Subtotal,
    /// The closing value.
    Total,
}

/// One bar of a bridge.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BridgeStep {
    /// What the bar is.
    pub label: String,
    /// How it is drawn.
    pub kind: StepKind,
    /// £000: the total for Start / Subtotal / Total, the change for Change.
    pub value: f64,
}

/// The bridge (waterfall) from the base-year gap to one year's do-something gap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bridge {
    /// The planning year it ends in.
    pub year: String,
    /// The bars in order.
    pub steps: Vec<BridgeStep>,
}

/// One year of a locality's fair share.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct LocalityRow {
    /// Year label.
    pub year: String,
    /// Share of the do-nothing gap.
    pub gap_do_nothing: f64,
    /// Risk-adjusted savings: tagged schemes in full, untagged by share.
    pub savings_risk_adjusted: f64,
    /// Investment: tagged in full, untagged by share.
    pub investment: f64,
    /// Do-something gap.
    pub gap_do_something: f64,
}

/// A locality's fair share of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocalityOutcome {
    /// Locality id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Share (0-1).
    pub share: f64,
    /// Per year, base year first.
    pub rows: Vec<LocalityRow>,
}

/// One year of an activity trajectory.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TrajectoryRow {
    /// Year label.
    pub year: String,
    /// Pure counterfactual: base grown with no mitigation at all.
    pub do_nothing: f64,
    /// Last year's plan grown for a year (the seeds' "do nothing").
    pub do_nothing_from_prior: f64,
    /// Mitigation this year (schemes at face value plus the trajectory's own).
    pub mitigation: f64,
    /// After mitigation.
    pub do_something: f64,
    /// After mitigation, with schemes' activity changes weighted by confidence.
    pub do_something_risk_adjusted: f64,
    /// Growth after mitigation, percent.
    pub growth_mitigated_pct: f64,
}

/// Activity for one point of delivery.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrajectoryOutcome {
    /// Trajectory id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Unit of activity.
    pub unit: String,
    /// Per year, base year first.
    pub rows: Vec<TrajectoryRow>,
}

/// A priority's score, rank and money.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PriorityOutcome {
    /// Priority id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Weighted score, 0-5.
    pub score: f64,
    /// 1 = highest score.
    pub rank: usize,
    /// Linked investment per year, base year first.
    pub investment: Vec<f64>,
    /// Linked savings at face value per year, base year first.
    pub savings: Vec<f64>,
    /// Sum of linked investment over the planning years.
    pub investment_total: f64,
    /// Sum of linked savings (face value) over the planning years.
    pub savings_total: f64,
}

/// Red / amber / green.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Rag {
    /// Off target by more than the tolerance.
    Red,
    /// Off target, within the tolerance.
    Amber,
    /// Meets the target.
    Green,
}

/// A KPI's status.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KpiOutcome {
    /// KPI id.
    pub id: String,
    /// Status of the latest actual against the target; none before any actual and
    /// for a measure without a target (a trend).
    pub rag: Option<Rag>,
    /// Status of each reported period.
    pub periods: Vec<Option<Rag>>,
}

/// A risk's severity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RiskOutcome {
    /// Risk id.
    pub id: String,
    /// Likelihood × impact, 1-25.
    pub severity: u32,
}

impl RiskOutcome {
    /// How grave the risk is: red from a severity of 15, amber from 8, green below.
    pub fn rag(&self) -> Rag {
        match self.severity {
            15.. => Rag::Red,
            8..=14 => Rag::Amber,
            _ => Rag::Green,
        }
    }
}

/// Everything computed for one option and one view (whole plan or a locality).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// The option computed (`base` for the base plan).
    pub scenario: String,
    /// The locality viewed, if not the whole plan.
    pub locality: Option<String>,
    /// Share of the plan in view (1 for the whole plan).
    pub share: f64,
    /// Year labels, base year first.
    pub years: Vec<String>,
    /// Financial position per year, base year first.
    pub finance: Vec<FinanceRow>,
    /// Each spend line per year (in view), base year first.
    pub spend_lines: Vec<Series>,
    /// Each business rule's held-back money per year.
    pub rules: Vec<Series>,
    /// Savings by programme.
    pub savings_by_programme: Vec<SavingsGroup>,
    /// Savings by stage.
    pub savings_by_stage: Vec<SavingsGroup>,
    /// Savings by provider stream (schemes without one under "Not stated").
    pub savings_by_provider: Vec<SavingsGroup>,
    /// Investment by category.
    pub investment_by_category: Vec<Series>,
    /// One bridge per planning year.
    pub bridges: Vec<Bridge>,
    /// Each locality's fair share (always for the whole plan's figures).
    pub localities: Vec<LocalityOutcome>,
    /// Activity trajectories.
    pub trajectories: Vec<TrajectoryOutcome>,
    /// Priorities in plan order, with ranks.
    pub priorities: Vec<PriorityOutcome>,
    /// KPI statuses.
    pub kpis: Vec<KpiOutcome>,
    /// Risk severities.
    pub risks: Vec<RiskOutcome>,
    /// Exposure (£000) by risk status.
    pub exposure_by_status: Vec<(RiskStatus, f64)>,
    /// Whether each scheme counts under the option, in plan order.
    pub scheme_active: Vec<bool>,
    /// Each scheme's chance of delivery under the option, in plan order.
    pub scheme_confidence: Vec<f64>,
    /// Whether each investment counts under the option, in plan order.
    pub investment_active: Vec<bool>,
}
