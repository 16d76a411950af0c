//! What changed between two versions of a plan, for people and for scripts: every
//! changed value (items matched by id) as old → new with its unit, grouped by the item
//! it belongs to with what that item's change alone does to the gap, and what all the
//! changes together do to the key figures and the bridge of the base plan in each year.

use serde::Serialize;
use serde_json::Value;

use crate::engine::{Bridge, EngineError, FinanceRow, Outcome, StepKind, View, compute};
use crate::format::{capitalised, change_k, money_k};
use crate::model::diff::{Change, Item, value_pair_differences};
use crate::model::{Plan, Problem, validate};

/// How far (£000) a figure may move and still count as unmoved: less than rounding to
/// the nearest £1k shows.
pub const GAP_TOLERANCE_K: f64 = 0.5;

/// The differences between two versions of a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanDiff {
    /// Every changed value, field by field (at most [`crate::model::diff::MAX_CHANGES`]).
    pub changes: Vec<ChangedValue>,
    /// How many changes there are in all.
    pub total: usize,
    /// The key figures of the base plan, year by year, in both versions.
    pub figures: Vec<YearFigures>,
    /// The changed items (a scheme, an option, the income), in plan order, each with
    /// what its change alone does to the gap; together they hold every listed change.
    pub items: Vec<ItemChange>,
    /// The base plan's bridge for each planning year, step by step, in both versions.
    pub bridges: Vec<BridgeChange>,
}

/// One changed value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChangedValue {
    /// Where: a field path (`schemes[id=chc].savings[1]`).
    pub path: String,
    /// The value before (`absent` when the item was added).
    pub before: String,
    /// The value after (`absent` when the item was removed).
    pub after: String,
    /// What the value is counted in (`£k`, `%`, `chance 0-1`), or empty.
    pub unit: &'static str,
}

/// The key figures of one year (£000), before and after.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearFigures {
    /// The year (`2017/18`).
    pub year: String,
    /// The do-nothing gap.
    pub gap_do_nothing: Pair,
    /// Savings, risk-adjusted.
    pub savings: Pair,
    /// Investment.
    pub investment: Pair,
    /// Savings still to find.
    pub still_to_find: Pair,
}

/// A figure in the two versions; `None` where a version has no such year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Pair {
    /// In the first version.
    pub before: Option<f64>,
    /// In the second.
    pub after: Option<f64>,
}

impl Pair {
    /// Whether the two differ.
    pub fn differs(self) -> bool {
        self.before != self.after
    }

    /// After less before, when both versions have the figure.
    pub fn change(self) -> Option<f64> {
        Some(self.after? - self.before?)
    }

    /// Whether the figure moves by more than [`GAP_TOLERANCE_K`], or is in one version
    /// only.
    pub fn moves(self) -> bool {
        match (self.before, self.after) {
            (Some(a), Some(b)) => (b - a).abs() > GAP_TOLERANCE_K,
            (None, None) => false,
            _ => true,
        }
    }
}

/// How an item changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// In the second version only.
    Added,
    /// In the first version only.
    Removed,
    /// In both, with different values.
    Changed,
}

impl ItemKind {
    /// The word for it: `Added`, `Removed`, `Changed`.
    pub fn word(self) -> &'static str {
        match self {
            ItemKind::Added => "Added",
            ItemKind::Removed => "Removed",
            ItemKind::Changed => "Changed",
        }
    }
}

/// The changes to one item of the plan (one scheme, one option) or one top-level field
/// (the income, the title), and what they alone do to the gap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemChange {
    /// Its field path: `schemes[id=chc]`, or the field (`income`).
    pub path: String,
    /// The top-level field it is in or is (`schemes`, `income`).
    pub field: String,
    /// Its id in the field's list; `None` for a whole field.
    pub id: Option<String>,
    /// Added, removed or changed.
    pub kind: ItemKind,
    /// What it is (`scheme`, `option`); empty for a whole field.
    pub noun: &'static str,
    /// Its name as people read it: the item's name (in the second version, or the
    /// first when it was removed), or the field's label (`Income`).
    pub name: String,
    /// Its changes: indices into [`PlanDiff::changes`].
    pub changes: Vec<usize>,
    /// What this change alone does to the gap, when that could be worked out.
    pub effect: Option<Effect>,
    /// Why the effect could not be worked out (the first version with this change alone
    /// is not a valid plan, as when an option refers to a scheme only the second
    /// version has); `None` when it was.
    pub effect_unknown: Option<String>,
    /// Whether, in any year, this change alone moves the do-nothing gap or the savings
    /// still to find by more than [`GAP_TOLERANCE_K`], in the view its effect is of
    /// (the base plan, or the option changed). True when the effect is unknown.
    pub moves_gap: bool,
}

/// What one item's change alone does: the figures of the first version, and of the
/// first version with only that item as it is in the second.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Effect {
    /// The option the figures are of.
    pub view: EffectView,
    /// Year by year, base year first.
    pub years: Vec<YearEffect>,
}

/// Which figures an [`Effect`] is of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "of", rename_all = "snake_case")]
pub enum EffectView {
    /// The base plan: the effect of any change but an option's.
    BasePlan,
    /// An option, for a change to that option (which never moves the base plan). When
    /// the option was added, its figures are compared with the base plan's; when it was
    /// removed, the base plan's are the second version's.
    Scenario {
        /// The option's id.
        id: String,
        /// Its name.
        name: String,
    },
}

/// One year of an [`Effect`] (£000).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearEffect {
    /// The year (`2018/19`).
    pub year: String,
    /// The do-nothing gap without and with the change.
    pub gap_do_nothing: Pair,
    /// Savings still to find without and with the change.
    pub still_to_find: Pair,
}

impl YearEffect {
    /// Whether the change moves either figure this year.
    pub fn moves(&self) -> bool {
        self.gap_do_nothing.moves() || self.still_to_find.moves()
    }
}

/// One year's bridge of the base plan in both versions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BridgeChange {
    /// The planning year it ends in.
    pub year: String,
    /// The steps in order: the first version's, with any only the second has put after
    /// the step they follow there.
    pub steps: Vec<StepChange>,
}

/// One bar of a bridge in both versions (£000: the total for a start, subtotal or
/// total, the change for a change).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StepChange {
    /// What the bar is (`Savings: CHC`).
    pub label: String,
    /// How it is drawn.
    pub kind: StepKind,
    /// Its value in each version; `None` where a version has no such step.
    pub value: Pair,
}

impl PlanDiff {
    /// The differences from `before` to `after`: the changes, each changed item's
    /// effect (one run of the engine per item), and the key figures and bridges of
    /// both versions.
    pub fn between(before: &Plan, after: &Plan) -> Result<Self, EngineError> {
        let values = serde_json::to_value(before)
            .and_then(|a| Ok((a, serde_json::to_value(after)?)))
            .ok();
        let (changes, total) = match &values {
            Some((a, b)) => value_pair_differences(a, b),
            None => (Vec::new(), 0),
        };
        let old = compute(before, &View::default())?;
        let new = compute(after, &View::default())?;
        let versions = Versions {
            before,
            after,
            values: values.as_ref(),
            old: &old,
            problems: None,
            work: None,
        };
        let items = versions.items(&changes);
        Ok(Self {
            changes: changes.into_iter().map(ChangedValue::from).collect(),
            total,
            figures: year_figures(&old.finance, &new.finance),
            items,
            bridges: bridge_changes(&old.bridges, &new.bridges),
        })
    }

    /// Whether the two versions are the same.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// The changed items that move the gap ([`ItemChange::moves_gap`]).
    pub fn items_moving_gap(&self) -> impl Iterator<Item = &ItemChange> {
        self.items.iter().filter(|i| i.moves_gap)
    }

    /// The changed values of one item.
    pub fn changes_of<'a>(
        &'a self,
        item: &'a ItemChange,
    ) -> impl Iterator<Item = &'a ChangedValue> {
        item.changes.iter().filter_map(|&i| self.changes.get(i))
    }
}

impl ItemChange {
    /// Whether this is a change to an option (whose effect is on that option).
    pub fn is_option(&self) -> bool {
        self.field == "scenarios" && self.id.is_some()
    }

    /// Whether this change alone moves the base plan's gap (an option's never does).
    pub fn moves_base_gap(&self) -> bool {
        self.moves_gap && !self.is_option()
    }

    /// What happened to what: `Changed scheme "CHC Optimisation"`, `Changed Income`.
    pub fn heading(&self) -> String {
        if self.noun.is_empty() {
            format!("{} {}", self.kind.word(), self.name)
        } else {
            format!("{} {} \"{}\"", self.kind.word(), self.noun, self.name)
        }
    }

    /// What the change alone does to the gap, in words with money in £m: `moves still to
    /// find in 2018/19 by +£0.20m`, `does not move the gap`.
    pub fn effect_words(&self) -> String {
        let Some(effect) = &self.effect else {
            let why = self.effect_unknown.as_deref().unwrap_or("no figures");
            return format!("effect on the gap not worked out ({why})");
        };
        let option = matches!(effect.view, EffectView::Scenario { .. });
        let moved = |figure: fn(&YearEffect) -> Pair| -> Vec<String> {
            effect
                .years
                .iter()
                .filter(|y| figure(y).moves())
                .map(|y| match figure(y).change() {
                    Some(d) => format!("in {} by {}", y.year, change_k(d)),
                    None => format!("in {} (one version only)", y.year),
                })
                .collect()
        };
        let gap = moved(|y| y.gap_do_nothing);
        let still = moved(|y| y.still_to_find);
        let mut parts = Vec::new();
        if !gap.is_empty() {
            let what = if option { "this option's" } else { "the" };
            parts.push(format!("{what} do-nothing gap {}", gap.join(", ")));
        }
        if !still.is_empty() {
            let what = match (option, gap.is_empty()) {
                (false, _) => "",
                (true, true) => "this option's ",
                (true, false) => "its ",
            };
            parts.push(format!("{what}still to find {}", still.join(", ")));
        }
        match (parts.is_empty(), option) {
            (true, false) => "does not move the gap".to_string(),
            (true, true) => "does not move this option's gap".to_string(),
            (false, _) => format!("moves {}", parts.join("; and ")),
        }
    }
}

/// The two versions, and what every item's effect is measured against.
struct Versions<'a> {
    before: &'a Plan,
    after: &'a Plan,
    /// Both versions as serde values (`None` if they could not be written as such).
    values: Option<&'a (Value, Value)>,
    /// The first version's base plan.
    old: &'a Outcome,
    /// The first version's validation problems, once found: a change alone is only
    /// blamed for problems the first version does not already have.
    problems: Option<Vec<Problem>>,
    /// A copy of the first version that one item at a time is swapped into, made when
    /// first needed.
    work: Option<Plan>,
}

impl Versions<'_> {
    /// The changes grouped by item, in the order their first change comes, each with
    /// its effect.
    fn items(mut self, changes: &[Change]) -> Vec<ItemChange> {
        let mut groups: Vec<(&Item, Vec<usize>)> = Vec::new();
        for (i, change) in changes.iter().enumerate() {
            match groups.iter_mut().find(|(item, _)| **item == change.item) {
                Some((_, list)) => list.push(i),
                None => groups.push((&change.item, vec![i])),
            }
        }
        groups
            .into_iter()
            .map(|(item, indices)| self.item_change(item, indices))
            .collect()
    }

    fn item_change(&mut self, item: &Item, changes: Vec<usize>) -> ItemChange {
        let (in_before, in_after) = match self.values {
            Some((a, b)) => (item.value_in(a), item.value_in(b)),
            None => (None, None),
        };
        let kind = match (in_before, in_after) {
            (None, Some(_)) => ItemKind::Added,
            (Some(_), None) => ItemKind::Removed,
            _ => ItemKind::Changed,
        };
        let noun = if item.id.is_some() {
            noun_of(&item.field)
        } else {
            ""
        };
        let name = match &item.id {
            Some(id) => in_after
                .or(in_before)
                .and_then(display_name)
                .unwrap_or_else(|| id.clone()),
            None => field_label(&item.field),
        };
        let (effect, effect_unknown) = match self.effect(item) {
            Ok(effect) => (Some(effect), None),
            Err(why) => (None, Some(why)),
        };
        let moves_gap = effect
            .as_ref()
            .is_none_or(|e| e.years.iter().any(YearEffect::moves));
        ItemChange {
            path: item.path(),
            field: item.field.clone(),
            id: item.id.clone(),
            kind,
            noun,
            name,
            changes,
            effect,
            effect_unknown,
            moves_gap,
        }
    }

    /// What the item's change alone does: to the base plan, or for an option to that
    /// option.
    fn effect(&mut self, item: &Item) -> Result<Effect, String> {
        if let (true, Some(id)) = (item.field == "scenarios", &item.id) {
            return self.option_effect(item, id);
        }
        let new = self.with_only(item, &View::default())?;
        Ok(Effect {
            view: EffectView::BasePlan,
            years: year_effects(&self.old.finance, &new.finance),
        })
    }

    /// The effect of a change to the option `id` on that option; against the base plan
    /// where a version has no such option.
    fn option_effect(&mut self, item: &Item, id: &str) -> Result<Effect, String> {
        let view = View {
            scenario: Some(id),
            locality: None,
        };
        let err = |e: EngineError| e.to_string();
        let old = match self.before.scenario(id) {
            Some(_) => Some(compute(self.before, &view).map_err(err)?),
            None => None,
        };
        let new = match self.after.scenario(id) {
            Some(_) => Some(self.with_only(item, &view)?),
            None => None,
        };
        let name = self
            .after
            .scenario(id)
            .or_else(|| self.before.scenario(id))
            .map_or_else(|| id.to_string(), |s| s.name.clone());
        let rows = |o: &Option<Outcome>| -> Vec<FinanceRow> {
            o.as_ref()
                .map_or_else(|| self.old.finance.clone(), |o| o.finance.clone())
        };
        Ok(Effect {
            view: EffectView::Scenario {
                id: id.to_string(),
                name,
            },
            years: year_effects(&rows(&old), &rows(&new)),
        })
    }

    /// The outcome for `view` of the first version with only `item` as it is in the
    /// second, if that is a plan the engine can compute: the item must read back, and
    /// the plan have no validation problem the first version does not have.
    fn with_only(&mut self, item: &Item, view: &View) -> Result<Outcome, String> {
        let Some((_, after)) = self.values else {
            return Err("the plans could not be compared as data".to_string());
        };
        let before = self.before;
        let known = self.problems.get_or_insert_with(|| validate(before));
        let work = self.work.get_or_insert_with(|| before.clone());
        item.run_with(work, after, |plan| {
            match validate(plan).into_iter().find(|p| !known.contains(p)) {
                Some(problem) => Err(format!(
                    "with this change alone the plan is not valid: {problem}"
                )),
                None => compute(plan, view).map_err(|e| e.to_string()),
            }
        })
        .map_err(|e| format!("the changed item does not read: {e}"))?
    }
}

/// An item's name as people read it, from its serialised value.
fn display_name(value: &Value) -> Option<String> {
    ["name", "title", "text", "id"]
        .iter()
        .find_map(|k| value.get(*k).and_then(Value::as_str))
        .filter(|s| !s.trim().is_empty())
        .map(str::to_string)
}

/// What one item of a top-level list is called.
fn noun_of(field: &str) -> &'static str {
    match field {
        "schemes" => "scheme",
        "investments" => "investment",
        "spend" => "spend line",
        "one_offs" => "one-off",
        "rules" => "business rule",
        "criteria" => "criterion",
        "priorities" => "priority",
        "trajectories" => "trajectory",
        "kpis" => "KPI",
        "risks" => "risk",
        "scenarios" => "option",
        "localities" => "locality",
        "sources" => "source",
        _ => "item",
    }
}

/// A top-level field's label: `income` → `Income`.
fn field_label(field: &str) -> String {
    let known = match field {
        "format" => "File format",
        "base_year" => "Base year",
        "one_offs" => "One-offs",
        "rules" => "Business rules",
        "criteria" => "Priority criteria",
        "schemes" => "Savings schemes",
        "stage_confidence" => "Chance of delivery by stage",
        "trajectories" => "Activity trajectories",
        "kpis" => "KPIs",
        "scenarios" => "Options",
        "compare" => "Options compared",
        "risk" => "Risk range settings",
        "audit" => "Audit trail",
        "sign_off_by" => "Sign-off by",
        "signed_off" => "Version signed off",
        _ => "",
    };
    if !known.is_empty() {
        return known.to_string();
    }
    capitalised(&field.replace('_', " "))
}

/// The effect year by year, matched by position (base year first), as a change alone
/// keeps the years the first version has.
fn year_effects(old: &[FinanceRow], new: &[FinanceRow]) -> Vec<YearEffect> {
    (0..old.len().max(new.len()))
        .map(|i| {
            let (a, b) = (old.get(i), new.get(i));
            let pair = |f: fn(&FinanceRow) -> f64| Pair {
                before: a.map(f),
                after: b.map(f),
            };
            YearEffect {
                year: a.or(b).map(|r| r.year.clone()).unwrap_or_default(),
                gap_do_nothing: pair(|r| r.gap_do_nothing),
                still_to_find: pair(|r| r.unidentified_savings),
            }
        })
        .collect()
}

/// Both versions' bridges, matched by year label in the order the years come (the
/// first version's, then any the second adds), their steps matched by label.
fn bridge_changes(old: &[Bridge], new: &[Bridge]) -> Vec<BridgeChange> {
    let mut years: Vec<&str> = old.iter().map(|b| b.year.as_str()).collect();
    for b in new {
        if !years.contains(&b.year.as_str()) {
            years.push(&b.year);
        }
    }
    let find = |bridges: &'_ [Bridge], year: &str| bridges.iter().position(|b| b.year == year);
    years
        .into_iter()
        .map(|year| BridgeChange {
            year: year.to_string(),
            steps: step_changes(
                find(old, year).map(|i| &old[i]),
                find(new, year).map(|i| &new[i]),
            ),
        })
        .collect()
}

/// One year's steps in both versions, matched by label: the first version's in order,
/// each step only the second has placed after the step it follows there.
fn step_changes(old: Option<&Bridge>, new: Option<&Bridge>) -> Vec<StepChange> {
    let mut out: Vec<StepChange> = old
        .map(|b| b.steps.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|s| StepChange {
            label: s.label.clone(),
            kind: s.kind,
            value: Pair {
                before: Some(s.value),
                after: None,
            },
        })
        .collect();
    let mut at = 0;
    for s in new.map(|b| b.steps.as_slice()).unwrap_or_default() {
        let same = out
            .iter()
            .position(|o| o.label == s.label && o.value.after.is_none());
        match same {
            Some(i) => {
                out[i].value.after = Some(s.value);
                at = i + 1;
            }
            None => {
                at = at.min(out.len());
                out.insert(
                    at,
                    StepChange {
                        label: s.label.clone(),
                        kind: s.kind,
                        value: Pair {
                            before: None,
                            after: Some(s.value),
                        },
                    },
                );
                at += 1;
            }
        }
    }
    out
}

impl From<Change> for ChangedValue {
    fn from(change: Change) -> Self {
        Self {
            unit: unit_of(&change.path),
            path: change.path,
            before: change.before,
            after: change.after,
        }
    }
}

impl ChangedValue {
    /// The change as people read it inside the item at `item_path`, with a plan's
    /// `planning_years`: `savings 2017/18: £399k to £300k`, `notes: "a" to "b"`.
    pub fn words(&self, item_path: &str, planning_years: &[String]) -> String {
        let within = self
            .path
            .strip_prefix(item_path)
            .map(|rest| rest.trim_start_matches('.'))
            .filter(|rest| !rest.is_empty())
            .unwrap_or(&self.path);
        let place = by_year(within, planning_years).unwrap_or_else(|| within.to_string());
        let money = |text: &str| text.parse::<f64>().map_or(text.to_string(), money_k);
        // Counting in the base plan is on unless the file says otherwise.
        if within == "active" {
            return if self.after == "false" {
                "switched off in the base plan".to_string()
            } else {
                "switched on in the base plan".to_string()
            };
        }
        match self.unit {
            "£k" => format!("{place}: {} to {}", money(&self.before), money(&self.after)),
            "" => format!("{place}: {} to {}", self.before, self.after),
            unit => format!("{place}: {} to {} ({unit})", self.before, self.after),
        }
    }
}

/// `savings[0]` as `savings 2017/18`: a scheme's savings and an investment's amounts
/// are by planning year.
fn by_year(within: &str, planning_years: &[String]) -> Option<String> {
    let (field, rest) = within.split_once('[')?;
    if !matches!(field, "savings" | "amounts") {
        return None;
    }
    let index: usize = rest.strip_suffix(']')?.parse().ok()?;
    Some(format!("{field} {}", planning_years.get(index)?))
}

/// The unit of the value at `path`, from the field it names.
fn unit_of(path: &str) -> &'static str {
    let field = path.rsplit('.').next().unwrap_or(path);
    let field = field.split('[').next().unwrap_or(field);
    match field {
        "population" => "people",
        "base" | "change" | "mitigation" if path.starts_with("trajectories") => "activity",
        "savings" | "amounts" | "stretch" | "base" | "exposure" | "Amount" | "unit_cost" => "£k",
        "Percent" | "growth" | "kpi_tolerance_pct" => "%",
        "weight" if path.starts_with("localities") => "share 0-1",
        _ if path.contains("confidence") => "chance 0-1",
        _ if path.contains("growth_pp") => "percentage points",
        _ => "",
    }
}

/// Both versions' key figures, year by year, matched by year label in the order the
/// years come (the first version's, then any the second adds).
fn year_figures(old: &[FinanceRow], new: &[FinanceRow]) -> Vec<YearFigures> {
    let mut years: Vec<&str> = old.iter().map(|r| r.year.as_str()).collect();
    for row in new {
        if !years.contains(&row.year.as_str()) {
            years.push(&row.year);
        }
    }
    let find = |rows: &[FinanceRow], year: &str| rows.iter().find(|r| r.year == year).cloned();
    years
        .into_iter()
        .map(|year| {
            let (a, b) = (find(old, year), find(new, year));
            let pair = |f: fn(&FinanceRow) -> f64| Pair {
                before: a.as_ref().map(f),
                after: b.as_ref().map(f),
            };
            YearFigures {
                year: year.to_string(),
                gap_do_nothing: pair(|r| r.gap_do_nothing),
                savings: pair(|r| r.savings_risk_adjusted),
                investment: pair(|r| r.investment),
                still_to_find: pair(|r| r.unidentified_savings),
            }
        })
        .collect()
}

/// The differences as JSON.
pub fn diff_json(diff: &PlanDiff) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(diff).map(|text| text + "\n")
}

/// The differences as plain text: each changed item with what it alone does to the gap
/// and its changed values, then the key figures of the base plan and the bridge steps
/// that moved.
pub fn diff_text(diff: &PlanDiff) -> String {
    let mut out = String::new();
    if diff.is_empty() {
        out.push_str("No differences.\n");
        return out;
    }
    out.push_str(&format!("{}:\n", summary(diff)));
    for item in &diff.items {
        out.push_str(&format!("\n{}: {}\n", item.heading(), item.effect_words()));
        for c in diff.changes_of(item) {
            out.push_str(&format!("  {}: {}\n", c.path, change_words(c)));
        }
    }
    more_line(diff, &mut out);
    out.push_str("\nKey figures of the base plan (£k), before → after:\n");
    for y in &diff.figures {
        out.push_str(&format!("  {}\n", y.year));
        for (label, pair) in figure_lines(y) {
            out.push_str(&format!("    {label:<16} {}\n", pair_words(pair)));
        }
    }
    out.push_str("\nBridge steps of the base plan that moved (£k), before → after:\n");
    let mut any = false;
    let moved = moved_steps(diff);
    let width = moved
        .iter()
        .flat_map(|(_, steps)| steps.iter().map(|s| s.label.chars().count()))
        .max()
        .unwrap_or(0);
    for (bridge, steps) in moved {
        any = true;
        out.push_str(&format!("  {}\n", bridge.year));
        for s in steps {
            out.push_str(&format!(
                "    {:<width$} {}\n",
                s.label,
                pair_words(s.value)
            ));
        }
    }
    if !any {
        out.push_str("  None.\n");
    }
    out
}

/// The differences as Markdown: as [`diff_text`], with tables in £k.
pub fn diff_markdown(diff: &PlanDiff) -> String {
    let mut out = String::from("# What changed\n\n");
    if diff.is_empty() {
        out.push_str("No differences.\n");
        return out;
    }
    out.push_str(&format!("{}.\n", summary(diff)));
    for item in &diff.items {
        out.push_str(&format!(
            "\n## {}\n\n{}.\n\n",
            md_line(&item.heading()),
            md_line(&capitalised(&item.effect_words()))
        ));
        out.push_str("| Field | Before | After | Unit |\n|---|---|---|---|\n");
        for c in diff.changes_of(item) {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                md_cell(&c.path),
                md_cell(&c.before),
                md_cell(&c.after),
                c.unit
            ));
        }
    }
    if diff.total > diff.changes.len() {
        out.push('\n');
        more_line(diff, &mut out);
    }
    out.push_str("\n## Key figures of the base plan\n\n| Year | Figure | Before (£k) | After (£k) |\n|---|---|---|---|\n");
    for y in &diff.figures {
        for (label, pair) in figure_lines(y) {
            out.push_str(&format!(
                "| {} | {label} | {} | {} |\n",
                y.year,
                k_or_none(pair.before),
                k_or_none(pair.after)
            ));
        }
    }
    out.push_str("\n## Bridge steps of the base plan that moved\n\n");
    let moved = moved_steps(diff);
    if moved.is_empty() {
        out.push_str("None.\n");
        return out;
    }
    out.push_str("| Year | Step | Before (£k) | After (£k) |\n|---|---|---|---|\n");
    for (bridge, steps) in moved {
        for s in steps {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                bridge.year,
                md_cell(&s.label),
                k_or_none(s.value.before),
                k_or_none(s.value.after)
            ));
        }
    }
    out
}

/// `5 changed value(s) in 3 item(s); 1 item(s) move the gap`.
fn summary(diff: &PlanDiff) -> String {
    format!(
        "{} changed value(s) in {} item(s); {} item(s) move the gap",
        diff.total,
        diff.items.len(),
        diff.items_moving_gap().count()
    )
}

/// Each year's bridge with the steps that moved, leaving out years where none did.
fn moved_steps(diff: &PlanDiff) -> Vec<(&BridgeChange, Vec<&StepChange>)> {
    diff.bridges
        .iter()
        .map(|b| {
            (
                b,
                b.steps
                    .iter()
                    .filter(|s| s.value.moves())
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, steps)| !steps.is_empty())
        .collect()
}

fn k_or_none(value: Option<f64>) -> String {
    value.map_or("none".into(), money_k)
}

fn figure_lines(y: &YearFigures) -> [(&'static str, Pair); 4] {
    [
        ("Do-nothing gap", y.gap_do_nothing),
        ("Investment", y.investment),
        ("Savings", y.savings),
        ("Still to find", y.still_to_find),
    ]
}

fn change_words(c: &ChangedValue) -> String {
    let unit = if c.unit.is_empty() {
        String::new()
    } else {
        format!(" ({})", c.unit)
    };
    format!("{} → {}{unit}", c.before, c.after)
}

fn pair_words(pair: Pair) -> String {
    let show = |v: Option<f64>| v.map_or("none".to_string(), money_k);
    if pair.differs() {
        format!("{} → {}", show(pair.before), show(pair.after))
    } else {
        format!("{} (same)", show(pair.before))
    }
}

fn more_line(diff: &PlanDiff, out: &mut String) {
    if diff.total > diff.changes.len() {
        out.push_str(&format!("… and {} more\n", diff.total - diff.changes.len()));
    }
}

/// Text safe inside a Markdown table cell.
fn md_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// Text kept on one Markdown line.
fn md_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{Size, generate};

    #[test]
    fn a_changed_saving_is_named_with_its_unit_and_moves_the_figures() {
        let before = generate(&Size::S);
        let mut after = before.clone();
        after.schemes[0].savings[0] += 500.0;
        let diff = PlanDiff::between(&before, &after).expect("computes");
        assert_eq!(diff.total, 1);
        assert_eq!(diff.changes[0].unit, "£k");
        assert!(diff.figures.iter().any(|y| y.savings.differs()));
        assert!(diff_text(&diff).contains("→"));
        let same = PlanDiff::between(&before, &before).expect("computes");
        assert!(same.is_empty());
        assert_eq!(diff_text(&same), "No differences.\n");
    }

    #[test]
    fn a_change_reads_within_its_item_by_year_and_in_pounds() {
        let years = ["2017/18".to_string(), "2018/19".to_string()];
        let change = |path: &str, before: &str, after: &str| ChangedValue {
            unit: unit_of(path),
            path: path.into(),
            before: before.into(),
            after: after.into(),
        };
        let item = "schemes[id=chc]";
        assert_eq!(
            change("schemes[id=chc].savings[0]", "399.0", "300.0").words(item, &years),
            "savings 2017/18: £399k to £300k"
        );
        assert_eq!(
            change("schemes[id=chc].notes", "\"a\"", "\"b\"").words(item, &years),
            "notes: \"a\" to \"b\""
        );
        assert_eq!(
            change("schemes[id=chc].confidence", "0.5", "0.6").words(item, &years),
            "confidence: 0.5 to 0.6 (chance 0-1)"
        );
        assert_eq!(
            change("schemes[id=chc].savings[7]", "1", "2").words(item, &years),
            "savings[7]: £1k to £2k",
            "a year the plan does not have keeps its index"
        );
        assert_eq!(
            change("title", "\"a\"", "\"b\"").words("title", &years),
            "title: \"a\" to \"b\""
        );
    }

    #[test]
    fn units_follow_the_field() {
        assert_eq!(unit_of("schemes[id=a].savings[1]"), "£k");
        assert_eq!(unit_of("spend[id=acute].growth.Percent[0]"), "%");
        assert_eq!(unit_of("schemes[id=a].confidence"), "chance 0-1");
        assert_eq!(
            unit_of("scenarios[id=d].income_growth_pp"),
            "percentage points"
        );
        assert_eq!(unit_of("scenarios[id=d].confidence.chc"), "chance 0-1");
        assert_eq!(unit_of("trajectories[id=ae].base"), "activity");
        assert_eq!(unit_of("title"), "");
    }

    #[test]
    fn a_step_only_the_second_bridge_has_comes_after_the_step_it_follows() {
        let bridge = |steps: &[(&str, f64)]| Bridge {
            year: "2018/19".into(),
            steps: steps
                .iter()
                .map(|(label, value)| crate::engine::BridgeStep {
                    label: (*label).into(),
                    kind: StepKind::Change,
                    value: *value,
                })
                .collect(),
        };
        let old = bridge(&[("Start", 10.0), ("Savings: A", -1.0), ("Total", 9.0)]);
        let new = bridge(&[
            ("Start", 10.0),
            ("Savings: A", -1.0),
            ("Savings: B", -2.0),
            ("Total", 7.0),
        ]);
        let steps = step_changes(Some(&old), Some(&new));
        let labels: Vec<&str> = steps.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["Start", "Savings: A", "Savings: B", "Total"]);
        assert_eq!(steps[2].value.before, None);
        assert!(steps[2].value.moves() && steps[3].value.moves());
        assert!(!steps[1].value.moves());
        let gone = step_changes(Some(&new), Some(&old));
        assert_eq!(gone[2].value.after, None);
    }

    #[test]
    fn words_for_money_and_fields() {
        assert_eq!(change_k(200.0), "+£200k");
        assert_eq!(change_k(-1500.0), "-£1,500k");
        assert_eq!(change_k(0.1), "£0k");
        assert_eq!(field_label("income"), "Income");
        assert_eq!(
            field_label("stage_confidence"),
            "Chance of delivery by stage"
        );
        assert_eq!(field_label("sign_off_by"), "Sign-off by");
        let pair = |before, after| Pair {
            before: Some(before),
            after: Some(after),
        };
        assert!(!pair(1.0, 1.0 + GAP_TOLERANCE_K).moves());
        assert!(pair(1.0, 1.6).moves());
    }
}
