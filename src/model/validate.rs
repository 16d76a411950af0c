//! Validation: every problem in a plan at once, each naming its field path.

use rustc_hash::FxHashSet as HashSet;
use std::fmt;

use super::limits::{self, Limit, MAX_HORIZON};
use super::{
    BASE_SCENARIO, FORMAT_VERSION, Growth, MAX_COMPARED, Plan, Points, Rule, RuleValue, Stage,
};

/// One thing wrong with a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: `schemes[id=chc-opt].savings`.
    pub path: String,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Checks a plan; returns every problem found (empty when the plan is valid).
pub fn validate(plan: &Plan) -> Vec<Problem> {
    let mut c = Checker {
        horizon: plan.horizon,
        problems: Vec::new(),
    };
    c.header(plan);
    c.localities(plan);
    let spend = c.finances(plan);
    let delivery = c.delivery(plan);
    c.governance(plan);
    c.scenarios(plan, &spend, &delivery);
    c.record(plan);
    c.problems
}

/// The ids of the delivery items, for checking what options refer to.
struct DeliveryIds<'a> {
    schemes: HashSet<&'a str>,
    investments: HashSet<&'a str>,
    pods: HashSet<&'a str>,
}

struct Checker {
    horizon: usize,
    problems: Vec<Problem>,
}

/// The path of an item in one of the plan's lists, as every problem names it
/// (`schemes[id=chc]`): validation builds problem paths with it, and the editors find
/// the problems of an item with it.
pub fn item_path(list: &str, id: &str) -> String {
    format!("{list}[id={id}]")
}

impl Checker {
    fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    /// A finite number within `limit`.
    fn within(&mut self, path: &str, v: f64, limit: Limit) {
        if v.is_nan() {
            self.push(path, "is not a number (NaN)");
        } else if v.is_infinite() {
            self.push(path, "is infinite; expected a finite number");
        } else if !limit.contains(v) {
            let Limit { min, max } = limit;
            self.push(
                path,
                format!("{v} is out of range; expected {min} to {max}"),
            );
        }
    }

    fn money(&mut self, path: &str, v: f64) {
        self.within(path, v, limits::MONEY);
    }

    /// A list with one value per planning year.
    fn one_per_year(&mut self, path: &str, len: usize) {
        // With an impossible horizon, every list would be "wrong"; the horizon is reported.
        if len != self.horizon && limits::HORIZON.contains(&self.horizon) {
            self.push(
                path,
                format!("expected {} values (horizon), found {len}", self.horizon),
            );
        }
    }

    /// A list with one value per planning year, each a sensible amount.
    fn per_year(&mut self, path: &str, values: &[f64]) {
        self.one_per_year(path, values.len());
        for (i, v) in values.iter().enumerate() {
            self.money(&format!("{path}[{i}]"), *v);
        }
    }

    fn growth(&mut self, path: &str, growth: &Growth) {
        match growth {
            Growth::Percent(v) => {
                let path = format!("{path}.Percent");
                self.per_year(&path, v);
                for (i, g) in v.iter().enumerate() {
                    let limit = limits::GROWTH_PCT;
                    if g.is_finite() && !limit.contains(*g) {
                        self.push(
                            format!("{path}[{i}]"),
                            format!(
                                "growth of {g}% is absurd; expected {}% to {}%",
                                limit.min, limit.max
                            ),
                        );
                    }
                }
            }
            Growth::Amount(v) => self.per_year(&format!("{path}.Amount"), v),
        }
    }

    fn text(&mut self, path: &str, label: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(path, format!("{label} is empty"));
        }
    }

    /// Ids: present and unique within their kind; returns the set.
    fn ids<'a>(&mut self, kind: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<&'a str> {
        let mut seen = HashSet::default();
        for (i, id) in ids.enumerate() {
            if id.trim().is_empty() {
                self.push(format!("{kind}[{i}].id"), "id is empty");
            } else if !seen.insert(id) {
                self.push(
                    item_path(kind, id),
                    format!("duplicate id `{id}` among {kind}"),
                );
            }
        }
        seen
    }

    fn reference(&mut self, path: &str, id: &str, known: &HashSet<&str>, kind: &str) {
        if id.trim().is_empty() {
            self.push(
                path,
                format!("is empty; name a {kind} by its id, or leave the field out"),
            );
        } else if !known.contains(id) {
            self.push(
                path,
                format!("refers to {kind} `{id}`, which does not exist"),
            );
        }
    }

    fn header(&mut self, plan: &Plan) {
        if plan.format != FORMAT_VERSION {
            self.push(
                "format",
                format!(
                    "format {} is not supported; expected {FORMAT_VERSION}",
                    plan.format
                ),
            );
        }
        self.text("title", "title", &plan.title);
        if !limits::HORIZON.contains(&plan.horizon) {
            self.push(
                "horizon",
                format!(
                    "{} planning years; expected 1 to {MAX_HORIZON}",
                    plan.horizon
                ),
            );
        }
        if !limits::BASE_YEAR.contains(&plan.base_year) {
            self.push(
                "base_year",
                format!("{} is not a plausible NHS financial year", plan.base_year),
            );
        }
        let sc = &plan.stage_confidence;
        for stage in Stage::ALL {
            let path = format!("stage_confidence.{}", stage_field(stage));
            self.within(&path, sc.get(stage), limits::CHANCE);
        }
        self.within("risk.growth_sd", plan.risk.growth_sd, limits::GROWTH_SD_PP);
        if !limits::RISK_RUNS.contains(&plan.risk.runs) {
            self.push(
                "risk.runs",
                format!(
                    "{} runs; expected {} to {}",
                    plan.risk.runs,
                    limits::RISK_RUNS.start(),
                    limits::RISK_RUNS.end()
                ),
            );
        }
        self.within(
            "settings.kpi_tolerance_pct",
            plan.settings.kpi_tolerance_pct,
            limits::KPI_TOLERANCE_PCT,
        );
    }

    fn localities(&mut self, plan: &Plan) {
        self.ids("localities", plan.localities.iter().map(|l| l.id.as_str()));
        for l in &plan.localities {
            let p = item_path("localities", &l.id);
            self.text(&format!("{p}.name"), "name", &l.name);
            self.within(&format!("{p}.population"), l.population, limits::POPULATION);
            if let Some(w) = l.weight {
                self.within(&format!("{p}.weight"), w, limits::SHARE);
            }
        }
        if plan.localities.is_empty() {
            return;
        }
        let weighted = plan
            .localities
            .iter()
            .filter(|l| l.weight.is_some())
            .count();
        if weighted == plan.localities.len() {
            let total: f64 = plan.localities.iter().filter_map(|l| l.weight).sum();
            if (total - 1.0).abs() > 1e-6 {
                self.push(
                    "localities",
                    format!("weights add up to {total}; expected 1"),
                );
            }
        } else if weighted > 0 {
            self.push(
                "localities",
                "some localities have a weight and some do not; give every locality a weight or none",
            );
        } else {
            let total: f64 = plan.localities.iter().map(|l| l.population).sum();
            if total <= 0.0 {
                self.push(
                    "localities",
                    format!("total population is {total}; it must be above zero to share the plan out, or give weights"),
                );
            }
        }
    }

    /// Checks income, spend, one-offs and rules; returns the spend line ids.
    fn finances<'a>(&mut self, plan: &'a Plan) -> HashSet<&'a str> {
        self.money("income.base", plan.income.base);
        self.growth("income.growth", &plan.income.growth);
        let spend = self.ids("spend", plan.spend.iter().map(|s| s.id.as_str()));
        for s in &plan.spend {
            let p = item_path("spend", &s.id);
            self.money(&format!("{p}.base"), s.base);
            self.growth(&format!("{p}.growth"), &s.growth);
        }
        self.ids("one_offs", plan.one_offs.iter().map(|o| o.id.as_str()));
        for o in &plan.one_offs {
            self.per_year(
                &format!("{}.amounts", item_path("one_offs", &o.id)),
                &o.amounts,
            );
        }
        self.ids("rules", plan.rules.iter().map(|r| r.id.as_str()));
        for r in &plan.rules {
            self.rule(&item_path("rules", &r.id), r);
        }
        spend
    }

    /// A growth change: each value in range, and a list has one per planning year.
    fn points(&mut self, path: &str, points: &Points) {
        let limit = limits::GROWTH_CHANGE_PP;
        match points {
            Points::Every(x) => self.within(path, *x, limit),
            Points::ByYear(v) => {
                self.one_per_year(path, v.len());
                for (i, x) in v.iter().enumerate() {
                    self.within(&format!("{path}[{i}]"), *x, limit);
                }
            }
        }
    }

    /// A rule's value, and what it held back in the base year when stated.
    fn rule(&mut self, path: &str, rule: &Rule) {
        match rule.value {
            RuleValue::Percent(x) => {
                self.within(&format!("{path}.value.Percent"), x, limits::RULE_PCT)
            }
            RuleValue::Amount(x) => self.money(&format!("{path}.value.Amount"), x),
        }
        if let Some(b) = rule.base {
            self.money(&format!("{path}.base"), b);
        }
    }

    /// Checks schemes, investments and trajectories; returns their ids.
    fn delivery<'a>(&mut self, plan: &'a Plan) -> DeliveryIds<'a> {
        let priorities: HashSet<&str> = plan.priorities.iter().map(|p| p.id.as_str()).collect();
        let localities: HashSet<&str> = plan.localities.iter().map(|l| l.id.as_str()).collect();
        let pods = self.ids(
            "trajectories",
            plan.trajectories.iter().map(|t| t.id.as_str()),
        );
        let schemes = self.ids("schemes", plan.schemes.iter().map(|s| s.id.as_str()));
        for s in &plan.schemes {
            // Most items are fine: check them without building any messages first.
            if scheme_is_clean(s, self.horizon, &priorities, &localities, &pods) {
                continue;
            }
            let p = item_path("schemes", &s.id);
            self.text(&format!("{p}.programme"), "programme", &s.programme);
            self.per_year(&format!("{p}.savings"), &s.savings);
            if let Some(stretch) = &s.stretch {
                self.per_year(&format!("{p}.stretch"), stretch);
            }
            if let Some(c) = s.confidence {
                self.within(&format!("{p}.confidence"), c, limits::CHANCE);
            }
            if let Some(id) = &s.priority {
                self.reference(&format!("{p}.priority"), id, &priorities, "priority");
            }
            if let Some(id) = &s.locality {
                self.reference(&format!("{p}.locality"), id, &localities, "locality");
            }
            for (i, a) in s.activity.iter().enumerate() {
                let ap = format!("{p}.activity[{i}]");
                if s.activity[..i].iter().any(|b| b.pod == a.pod) {
                    self.push(
                        format!("{ap}.pod"),
                        format!("point of delivery `{}` appears twice; give one change per point of delivery", a.pod),
                    );
                }
                self.reference(&format!("{ap}.pod"), &a.pod, &pods, "trajectory");
                self.per_year(&format!("{ap}.change"), &a.change);
            }
        }
        let investments = self.ids(
            "investments",
            plan.investments.iter().map(|v| v.id.as_str()),
        );
        for v in &plan.investments {
            if investment_is_clean(v, self.horizon, &priorities, &localities) {
                continue;
            }
            let p = item_path("investments", &v.id);
            self.text(&format!("{p}.category"), "category", &v.category);
            self.per_year(&format!("{p}.amounts"), &v.amounts);
            if let Some(b) = v.benefit {
                self.within(&format!("{p}.benefit"), b, limits::BENEFIT);
            }
            if let Some(id) = &v.priority {
                self.reference(&format!("{p}.priority"), id, &priorities, "priority");
            }
            if let Some(id) = &v.locality {
                self.reference(&format!("{p}.locality"), id, &localities, "locality");
            }
        }
        for t in &plan.trajectories {
            let p = item_path("trajectories", &t.id);
            self.within(&format!("{p}.base"), t.base, limits::AMOUNT);
            self.per_year(&format!("{p}.growth"), &t.growth);
            for (i, g) in t.growth.iter().enumerate() {
                if g.is_finite() && *g < limits::GROWTH_PCT.min {
                    self.push(
                        format!("{p}.growth[{i}]"),
                        "growth below -100% is impossible",
                    );
                }
            }
            if let Some(m) = &t.mitigation {
                self.per_year(&format!("{p}.mitigation"), m);
            }
            if let Some(cost) = t.unit_cost {
                self.within(&format!("{p}.unit_cost"), cost, limits::AMOUNT);
            }
        }
        DeliveryIds {
            schemes,
            investments,
            pods,
        }
    }

    fn governance(&mut self, plan: &Plan) {
        let criteria = self.ids("criteria", plan.criteria.iter().map(|c| c.id.as_str()));
        for c in &plan.criteria {
            self.within(
                &format!("{}.weight", item_path("criteria", &c.id)),
                c.weight,
                limits::WEIGHT,
            );
        }
        self.ids("priorities", plan.priorities.iter().map(|p| p.id.as_str()));
        for pr in &plan.priorities {
            let p = item_path("priorities", &pr.id);
            for (criterion, score) in &pr.scores {
                let sp = format!("{p}.scores[{criterion}]");
                self.reference(&sp, criterion, &criteria, "criterion");
                self.within(&sp, *score, limits::PRIORITY_SCORE);
            }
            for (i, m) in pr.milestones.iter().enumerate() {
                self.text(&format!("{p}.milestones[{i}].name"), "name", &m.name);
            }
        }
        self.ids("kpis", plan.kpis.iter().map(|k| k.id.as_str()));
        for k in &plan.kpis {
            let p = item_path("kpis", &k.id);
            if let Some(t) = k.target {
                self.money(&format!("{p}.target"), t);
            }
            if let Some(b) = k.baseline {
                self.money(&format!("{p}.baseline"), b);
            }
            if !k.periods.is_empty() && !k.plan.is_empty() && k.plan.len() != k.periods.len() {
                self.push(
                    format!("{p}.plan"),
                    format!(
                        "expected {} values (one per period), found {}",
                        k.periods.len(),
                        k.plan.len()
                    ),
                );
            }
            if !k.periods.is_empty() && k.actual.len() > k.periods.len() {
                self.push(
                    format!("{p}.actual"),
                    format!(
                        "expected at most {} values (one per period), found {}",
                        k.periods.len(),
                        k.actual.len()
                    ),
                );
            }
            for (i, v) in k.plan.iter().enumerate() {
                self.money(&format!("{p}.plan[{i}]"), *v);
            }
            for (i, v) in k.actual.iter().enumerate() {
                self.money(&format!("{p}.actual[{i}]"), *v);
            }
        }
        for k in &plan.kpis {
            if k.periods.is_empty() && (k.plan.len() > 1 || k.actual.len() > 1) {
                self.push(
                    format!("{}.periods", item_path("kpis", &k.id)),
                    "is empty, but the plan or actual has several values; label them with `periods`",
                );
            }
        }
        self.ids("risks", plan.risks.iter().map(|r| r.id.as_str()));
        for r in &plan.risks {
            let p = item_path("risks", &r.id);
            for (field, v) in [("likelihood", r.likelihood), ("impact", r.impact)] {
                let rating = limits::RISK_RATING;
                if !rating.contains(&v) {
                    self.push(
                        format!("{p}.{field}"),
                        format!(
                            "{v} is out of range; expected {} to {}",
                            rating.start(),
                            rating.end()
                        ),
                    );
                }
            }
            self.within(&format!("{p}.exposure"), r.exposure, limits::AMOUNT);
        }
    }

    /// The audit trail and comments: dated, attributed, about items that exist.
    fn record(&mut self, plan: &Plan) {
        for (i, a) in plan.audit.iter().enumerate() {
            let p = format!("audit[{i}]");
            self.date(&format!("{p}.when"), &a.when);
            // An entry's item is not checked: a decision about an item since removed
            // stays in the trail as it was made.
            self.text(&format!("{p}.who"), "who", &a.who);
        }
        for (i, c) in plan.comments.iter().enumerate() {
            let p = format!("comments[{i}]");
            if crate::model::review::Subject::parse(&c.item, plan).is_none() {
                self.push(
                    format!("{p}.item"),
                    format!("refers to `{}`, which is not an item of the plan", c.item),
                );
            }
            self.date(&format!("{p}.when"), &c.when);
            self.text(&format!("{p}.author"), "author", &c.author);
            for (j, r) in c.replies.iter().enumerate() {
                self.date(&format!("{p}.replies[{j}].when"), &r.when);
                self.text(&format!("{p}.replies[{j}].author"), "author", &r.author);
            }
        }
        if let Some(signed) = &plan.signed_off {
            self.date("signed_off.when", &signed.when);
            self.text("signed_off.who", "who", &signed.who);
            let copy = &signed.plan;
            if !copy.audit.is_empty() || !copy.comments.is_empty() || copy.signed_off.is_some() {
                self.push(
                    "signed_off.plan",
                    "holds a review record of its own; the copy signed off is the plan's \
                     content only",
                );
            }
        }
    }

    /// An ISO 8601 date and time.
    fn date(&mut self, path: &str, when: &str) {
        if !starts_with_date(when) {
            self.push(
                path,
                format!("`{when}` is not a date; expected ISO 8601 like 2026-11-23T14:05:00Z"),
            );
        }
    }

    fn scenarios(&mut self, plan: &Plan, spend: &HashSet<&str>, ids: &DeliveryIds) {
        let DeliveryIds {
            schemes,
            investments,
            pods,
        } = ids;
        self.ids("scenarios", plan.scenarios.iter().map(|s| s.id.as_str()));
        for s in &plan.scenarios {
            let p = item_path("scenarios", &s.id);
            if s.id == BASE_SCENARIO {
                self.push(format!("{p}.id"), "`base` is reserved for the base plan");
            }
            self.points(&format!("{p}.income_growth_pp"), &s.income_growth_pp);
            self.points(&format!("{p}.spend_growth_pp"), &s.spend_growth_pp);
            for (id, pp) in &s.spend_line_growth_pp {
                let lp = format!("{p}.spend_line_growth_pp[{id}]");
                self.reference(&lp, id, spend, "spend line");
                self.points(&lp, pp);
            }
            for (id, pp) in &s.trajectory_growth_pp {
                let lp = format!("{p}.trajectory_growth_pp[{id}]");
                self.reference(&lp, id, pods, "trajectory");
                self.points(&lp, pp);
            }
            for (field, ids, known, kind) in [
                ("schemes_off", &s.schemes_off, schemes, "scheme"),
                ("schemes_on", &s.schemes_on, schemes, "scheme"),
                (
                    "investments_off",
                    &s.investments_off,
                    investments,
                    "investment",
                ),
                (
                    "investments_on",
                    &s.investments_on,
                    investments,
                    "investment",
                ),
            ] {
                for (i, id) in ids.iter().enumerate() {
                    self.reference(&format!("{p}.{field}[{i}]"), id, known, kind);
                }
            }
            for (field, ids) in [
                ("schemes_off", &s.schemes_off),
                ("schemes_on", &s.schemes_on),
                ("investments_off", &s.investments_off),
                ("investments_on", &s.investments_on),
            ] {
                for (i, id) in ids.iter().enumerate() {
                    if ids[..i].contains(id) {
                        self.push(
                            format!("{p}.{field}[{i}]"),
                            format!("`{id}` is listed twice"),
                        );
                    }
                }
            }
            for (on, off) in [
                (&s.schemes_on, &s.schemes_off),
                (&s.investments_on, &s.investments_off),
            ] {
                for id in on.iter().filter(|id| off.contains(id)) {
                    self.push(
                        p.clone(),
                        format!("`{id}` is switched both on and off; keep it in one list"),
                    );
                }
            }
            for (id, c) in &s.confidence {
                let cp = format!("{p}.confidence[{id}]");
                self.reference(&cp, id, schemes, "scheme");
                self.within(&cp, *c, limits::CHANCE);
            }
            for r in &s.rules {
                self.rule(&format!("{p}.rules[id={}]", r.id), r);
            }
        }
        self.compare(plan);
    }

    fn compare(&mut self, plan: &Plan) {
        if plan.compare.len() > MAX_COMPARED {
            self.push(
                "compare",
                format!(
                    "{} options; at most {MAX_COMPARED} are compared at once",
                    plan.compare.len()
                ),
            );
        }
        for (i, id) in plan.compare.iter().enumerate() {
            let path = format!("compare[{i}]");
            if plan.compare[..i].contains(id) {
                self.push(path, format!("`{id}` is listed twice"));
            } else if id != BASE_SCENARIO && plan.scenario(id).is_none() {
                self.push(
                    path,
                    format!("refers to option `{id}`, which does not exist (use `base` for the base plan)"),
                );
            }
        }
    }
}

/// A per-year list that the detailed checks would accept.
fn clean_years(values: &[f64], horizon: usize) -> bool {
    values.len() == horizon
        && values
            .iter()
            .all(|v| v.is_finite() && limits::MONEY.contains(*v))
}

/// A reference that the detailed checks would accept.
fn clean_ref(id: Option<&String>, known: &HashSet<&str>) -> bool {
    id.is_none_or(|id| known.contains(id.as_str()))
}

/// Whether a scheme passes every check, decided without building messages; the
/// detailed checks run only for schemes that do not.
fn scheme_is_clean(
    s: &super::Scheme,
    horizon: usize,
    priorities: &HashSet<&str>,
    localities: &HashSet<&str>,
    pods: &HashSet<&str>,
) -> bool {
    !s.programme.trim().is_empty()
        && clean_years(&s.savings, horizon)
        && s.stretch.as_ref().is_none_or(|x| clean_years(x, horizon))
        && s.confidence.is_none_or(|c| limits::CHANCE.contains(c))
        && clean_ref(s.priority.as_ref(), priorities)
        && clean_ref(s.locality.as_ref(), localities)
        && s.activity.iter().enumerate().all(|(i, a)| {
            pods.contains(a.pod.as_str())
                && clean_years(&a.change, horizon)
                && !s.activity[..i].iter().any(|b| b.pod == a.pod)
        })
}

/// Whether an investment passes every check, decided without building messages.
fn investment_is_clean(
    v: &super::Investment,
    horizon: usize,
    priorities: &HashSet<&str>,
    localities: &HashSet<&str>,
) -> bool {
    !v.category.trim().is_empty()
        && clean_years(&v.amounts, horizon)
        && v.benefit.is_none_or(|b| limits::BENEFIT.contains(b))
        && clean_ref(v.priority.as_ref(), priorities)
        && clean_ref(v.locality.as_ref(), localities)
}

/// Whether `text` starts with an ISO 8601 date, `YYYY-MM-DD`.
fn starts_with_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

fn stage_field(stage: Stage) -> &'static str {
    match stage {
        Stage::Pipeline => "pipeline",
        Stage::PreProject => "pre_project",
        Stage::Initiation => "initiation",
        Stage::Implementation => "implementation",
        Stage::Delivery => "delivery",
    }
}
