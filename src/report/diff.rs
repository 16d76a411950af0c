//! What changed between two versions of a plan, for people and for scripts: every
//! changed value (items matched by id) as old → new with its unit, and what the change
//! does to the key figures of the base plan in each year.

use serde::Serialize;

use crate::engine::{EngineError, FinanceRow, View, compute};
use crate::format::money_k;
use crate::model::Plan;
use crate::model::diff::{Change, differences};

/// The differences between two versions of a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanDiff {
    /// Every changed value, field by field (at most [`crate::model::diff::MAX_CHANGES`]).
    pub changes: Vec<ChangedValue>,
    /// How many changes there are in all.
    pub total: usize,
    /// The key figures of the base plan, year by year, in both versions.
    pub figures: Vec<YearFigures>,
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
}

impl PlanDiff {
    /// The differences from `before` to `after`.
    pub fn between(before: &Plan, after: &Plan) -> Result<Self, EngineError> {
        let (changes, total) = differences(before, after);
        let old = compute(before, &View::default())?;
        let new = compute(after, &View::default())?;
        Ok(Self {
            changes: changes.into_iter().map(ChangedValue::from).collect(),
            total,
            figures: year_figures(&old.finance, &new.finance),
        })
    }

    /// Whether the two versions are the same.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }
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

/// The differences as plain text.
pub fn diff_text(diff: &PlanDiff) -> String {
    let mut out = String::new();
    if diff.is_empty() {
        out.push_str("No differences.\n");
        return out;
    }
    out.push_str(&format!("{} changed value(s):\n", diff.total));
    for c in &diff.changes {
        out.push_str(&format!("  {}: {}\n", c.path, change_words(c)));
    }
    more_line(diff, &mut out);
    out.push_str("\nKey figures of the base plan (£k), before → after:\n");
    for y in &diff.figures {
        out.push_str(&format!("  {}\n", y.year));
        for (label, pair) in figure_lines(y) {
            out.push_str(&format!("    {label:<16} {}\n", pair_words(pair)));
        }
    }
    out
}

/// The differences as Markdown.
pub fn diff_markdown(diff: &PlanDiff) -> String {
    let mut out = String::from("# What changed\n\n");
    if diff.is_empty() {
        out.push_str("No differences.\n");
        return out;
    }
    out.push_str("| Field | Before | After | Unit |\n|---|---|---|---|\n");
    for c in &diff.changes {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            md_cell(&c.path),
            md_cell(&c.before),
            md_cell(&c.after),
            c.unit
        ));
    }
    more_line(diff, &mut out);
    out.push_str("\n## Key figures of the base plan\n\n| Year | Figure | Before | After |\n|---|---|---|---|\n");
    for y in &diff.figures {
        for (label, pair) in figure_lines(y) {
            out.push_str(&format!(
                "| {} | {label} | {} | {} |\n",
                y.year,
                pair.before.map_or("none".into(), money_k),
                pair.after.map_or("none".into(), money_k)
            ));
        }
    }
    out
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
}
