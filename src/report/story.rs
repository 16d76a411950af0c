//! The words of the slides told in present mode: for each slide of the plan's story, a
//! plain-language title and caption written from the figures, for a public audience.
//!
//! Pure text from the engine's figures; the window draws the charts beside it. Money is
//! said in £m, as the window's headlines say it, and every year is named.

use crate::engine::{Comparison, Figure, Outcome, RiskRange, StepKind, TrajectoryOutcome};
use crate::format::money_m;
use crate::model::story::told;
use crate::model::{Plan, SlideKind};

/// One slide: what it shows and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Slide {
    /// What it shows.
    pub kind: SlideKind,
    /// Its title: the story's own, or written from the figures.
    pub title: String,
    /// One or two sentences written from the figures.
    pub caption: String,
    /// The presenter's notes (never shown to the audience).
    pub notes: String,
}

/// What the slides are written from: the plan, its figures under the option shown, the
/// options compared (when the plan has options) and the range of outcomes (once worked
/// out).
#[derive(Debug, Clone, Copy)]
pub struct Figures<'a> {
    /// The plan.
    pub plan: &'a Plan,
    /// Its figures under the option shown.
    pub outcome: &'a Outcome,
    /// The plan's options side by side.
    pub comparison: Option<&'a Comparison>,
    /// The range of outcomes of the option shown.
    pub risk: Option<&'a RiskRange>,
    /// Whether the plan is the public's version ([`crate::model::audience`]), whose
    /// sensitive items are never named, not even as "other".
    pub public: bool,
}

/// The slides of the plan's story, in order, each titled and captioned.
pub fn slides(f: &Figures) -> Vec<Slide> {
    told(&f.plan.story)
        .into_iter()
        .map(|s| {
            let (title, caption) = words(f, s.kind);
            Slide {
                kind: s.kind,
                title: if s.title.trim().is_empty() {
                    title
                } else {
                    s.title
                },
                caption,
                notes: s.notes,
            }
        })
        .collect()
}

/// The title and caption of a slide of `kind`.
fn words(f: &Figures, kind: SlideKind) -> (String, String) {
    match kind {
        SlideKind::Position => position(f),
        SlideKind::Bridge => bridge(f),
        SlideKind::Priorities => priorities(f),
        SlideKind::Investment => investment(f),
        SlideKind::Savings => savings(f),
        SlideKind::Activity => activity(f),
        SlideKind::Risks => risks(f),
        SlideKind::Options => options(f),
        SlideKind::Range => range(f),
    }
}

/// The final year's label (empty for a plan without years).
fn final_year(o: &Outcome) -> String {
    o.years.last().cloned().unwrap_or_default()
}

fn position(f: &Figures) -> (String, String) {
    let Some(last) = f
        .outcome
        .finance
        .last()
        .filter(|_| f.outcome.finance.len() > 1)
    else {
        return (
            "The position".into(),
            "The plan has no planning years yet.".into(),
        );
    };
    let year = final_year(f.outcome);
    let title = if last.unidentified_savings > 0.0 {
        format!(
            "{} still to find by {year}",
            money_m(last.unidentified_savings)
        )
    } else {
        format!("The plan balances by {year}")
    };
    let gap = if last.gap_do_nothing > 0.0 {
        format!(
            "If nothing changed, by {year} we would spend {} more than we receive.",
            money_m(last.gap_do_nothing)
        )
    } else {
        format!(
            "If nothing changed, by {year} we would receive {} more than we spend.",
            money_m(-last.gap_do_nothing)
        )
    };
    let left = if last.unidentified_savings > 0.0 {
        format!(
            "leaving {} still to find",
            money_m(last.unidentified_savings)
        )
    } else {
        format!(
            "which closes the gap with {} to spare",
            money_m(-last.gap_do_something)
        )
    };
    let caption = format!(
        "{gap} The plan invests {} in services and saves {}, allowing for schemes that may not deliver, {left}.",
        money_m(last.investment),
        money_m(last.savings_risk_adjusted)
    );
    (title, caption)
}

fn bridge(f: &Figures) -> (String, String) {
    let Some(b) = f.outcome.bridges.last() else {
        return (
            "Where the money goes".into(),
            "The plan has no planning years yet.".into(),
        );
    };
    let changes = || b.steps.iter().filter(|s| s.kind == StepKind::Change);
    let widest = changes().max_by(|a, b| a.value.total_cmp(&b.value));
    let easiest = changes().min_by(|a, b| a.value.total_cmp(&b.value));
    let mut caption = format!(
        "From the start of the plan to {}: orange bars widen the gap, green bars close it.",
        b.year
    );
    if let Some(up) = widest.filter(|s| s.value > 0.0) {
        caption.push_str(&format!(
            " The biggest pressure is {} ({}).",
            lower_first(&up.label),
            money_m(up.value)
        ));
    }
    if let Some(down) = easiest.filter(|s| s.value < 0.0) {
        caption.push_str(&format!(
            " The most help comes from {} ({}).",
            lower_first(&down.label),
            money_m(-down.value)
        ));
    }
    (format!("Where the money goes by {}", b.year), caption)
}

fn priorities(f: &Figures) -> (String, String) {
    let mut ranked: Vec<_> = f.outcome.priorities.iter().collect();
    if ranked.is_empty() {
        return (
            "Our priorities".into(),
            "The plan names no priorities yet.".into(),
        );
    }
    ranked.sort_by_key(|p| p.rank);
    let top: Vec<&str> = ranked.iter().take(3).map(|p| p.name.as_str()).collect();
    let mut caption = format!(
        "Ranked against the criteria we agreed, the first {} {}: {}.",
        top.len(),
        if top.len() == 1 { "is" } else { "are" },
        list(&top),
    );
    // The money behind the first, said only where there is some.
    let first = ranked[0];
    let money: Vec<String> = [
        (first.investment_total, "investment"),
        (first.savings_total, "savings"),
    ]
    .iter()
    .filter(|(k, _)| k.abs() >= 0.5)
    .map(|(k, what)| format!("{} of {what}", money_m(*k)))
    .collect();
    if !money.is_empty() {
        let money: Vec<&str> = money.iter().map(String::as_str).collect();
        caption.push_str(&format!(
            " {} has {} over the plan.",
            first.name,
            list(&money)
        ));
    }
    (format!("Our {} priorities", ranked.len()), caption)
}

fn investment(f: &Figures) -> (String, String) {
    let totals: Vec<(&str, f64)> = f
        .outcome
        .investment_by_category
        .iter()
        .map(|s| (s.name.as_str(), s.values.iter().sum::<f64>()))
        .filter(|(_, v)| *v != 0.0)
        .collect();
    let total: f64 = totals.iter().map(|(_, v)| v).sum();
    if totals.is_empty() {
        return (
            "What we invest".into(),
            "The plan makes no investments under this option.".into(),
        );
    }
    let largest = totals
        .iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map_or("", |(n, _)| n);
    let caption = format!(
        "Over the plan we invest {} in {} area{}; the largest is {}.",
        money_m(total),
        totals.len(),
        if totals.len() == 1 { "" } else { "s" },
        lower_first(largest)
    );
    (
        format!("We invest {} over the plan", money_m(total)),
        caption,
    )
}

fn savings(f: &Figures) -> (String, String) {
    let year = final_year(f.outcome);
    let Some(last) = f.outcome.finance.last() else {
        return ("The savings programme".into(), String::new());
    };
    let schemes = f.outcome.scheme_active.iter().filter(|on| **on).count();
    let t = f.outcome.finance.len() - 1;
    let largest = f
        .outcome
        .savings_by_programme
        .iter()
        .filter_map(|g| g.face.get(t).map(|v| (g.key.as_str(), *v)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .filter(|(_, v)| *v > 0.0);
    let mut caption = format!(
        "{schemes} savings scheme{} would save {} in {year}; allowing for the chance each may not deliver, we count on {}.",
        if schemes == 1 { "" } else { "s" },
        money_m(last.savings_face),
        money_m(last.savings_risk_adjusted)
    );
    if let Some((name, value)) = largest {
        caption.push_str(&format!(
            " The largest programme is {} ({}).",
            lower_first(name),
            money_m(value)
        ));
    }
    (
        format!("Savings of {} in {year}", money_m(last.savings_face)),
        caption,
    )
}

/// The trajectory the activity slide tells of: the one the plan changes most, as a
/// share of where it would go if nothing changed.
pub fn activity_shown(o: &Outcome) -> Option<&TrajectoryOutcome> {
    let share = |t: &&TrajectoryOutcome| {
        t.rows.last().map_or(0.0, |r| {
            (r.do_nothing - r.do_something) / r.do_nothing.abs().max(1.0)
        })
    };
    o.trajectories
        .iter()
        .filter(|t| !t.rows.is_empty())
        .max_by(|a, b| share(a).total_cmp(&share(b)))
}

fn activity(f: &Figures) -> (String, String) {
    let title = "What changes for patients".to_string();
    let Some((t, r)) = activity_shown(f.outcome).and_then(|t| t.rows.last().map(|r| (t, r))) else {
        return (title, "The plan has no activity trajectories.".into());
    };
    let unit = if t.unit.trim().is_empty() {
        String::new()
    } else {
        format!(" {}", t.unit.trim())
    };
    let caption = format!(
        "{}: by {} we would expect {}{unit} if nothing changed, and {}{unit} with the plan.",
        t.name,
        r.year,
        crate::format::grouped(r.do_nothing, 0),
        crate::format::grouped(r.do_something, 0)
    );
    (title, caption)
}

fn risks(f: &Figures) -> (String, String) {
    let n = f.outcome.risks.len();
    if n == 0 {
        return ("The risks".into(), "The plan records no risks.".into());
    }
    let red = f
        .outcome
        .risks
        .iter()
        .filter(|r| r.rag() == crate::engine::Rag::Red)
        .count();
    let gravest = f
        .outcome
        .risks
        .iter()
        .max_by_key(|r| r.severity)
        .and_then(|r| f.plan.risks.iter().find(|p| p.id == r.id));
    let gravest = match gravest {
        Some(r) if f.public && r.sensitive => {
            "The gravest is commercially sensitive and not named here.".to_string()
        }
        Some(r) => format!("The gravest: {}.", lower_first(&r.name)),
        None => String::new(),
    };
    let caption = format!(
        "We watch {n} risk{}, {red} of them rated red. {gravest}",
        if n == 1 { "" } else { "s" },
    );
    ("The risks we watch".into(), caption)
}

fn options(f: &Figures) -> (String, String) {
    let title = "The options compared".to_string();
    let Some(c) = f.comparison.filter(|c| c.options.len() > 1) else {
        return (title, "The plan has no other options to compare.".into());
    };
    let t = c.base.years.len().saturating_sub(1);
    let year = final_year(&c.base);
    let still =
        |i: usize| -> (&str, f64) { (&c.options[i].name, c.figure(i, Figure::StillToFind, t)) };
    let all: Vec<(&str, f64)> = (0..c.options.len()).map(still).collect();
    let best = all.iter().min_by(|a, b| a.1.total_cmp(&b.1));
    let worst = all.iter().max_by(|a, b| a.1.total_cmp(&b.1));
    let caption = match (best, worst) {
        (Some(b), Some(w)) => format!(
            "Still to find in {year}: {} under {}, and {} under {}.",
            money_m(b.1),
            b.0,
            money_m(w.1),
            w.0
        ),
        _ => String::new(),
    };
    (title, caption)
}

fn range(f: &Figures) -> (String, String) {
    let title = "The range of outcomes".to_string();
    let Some(y) = f.risk.and_then(|r| r.years.last()) else {
        return (title, "The range of outcomes is being worked out.".into());
    };
    let chance = (y.p_break_even * 100.0).round();
    let caption = format!(
        "Schemes may deliver more or less than planned. In {}, eight times out of ten the gap left lies between {} and {}; the chance of closing it is {chance}%.",
        y.year,
        money_m(y.p10),
        money_m(y.p90)
    );
    (title, caption)
}

/// "a, b and c".
fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A label as the middle of a sentence: "Income growth" → "income growth", but an
/// acronym ("CHC", "QIPP") keeps its capitals.
fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_read_inside_a_sentence() {
        assert_eq!(lower_first("Income growth"), "income growth");
        assert_eq!(lower_first("CHC Optimisation"), "CHC Optimisation");
        assert_eq!(list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(list(&["a"]), "a");
    }
}
