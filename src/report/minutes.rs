//! A workshop's minutes: each change written down as the room saw it (what, before and
//! after, what it did to the savings still to find year by year, who proposed it and
//! why), and the minutes printed as Markdown or as one self-contained HTML page with the
//! gap before and after.

use serde_json::Value;

use crate::engine::{Outcome, View, compute};
use crate::format::{change_k, date_time, money_m};
use crate::model::diff::{Item, value_pair_differences};
use crate::model::workshop::{GapYear, Minute, Minutes, YearMove};
use crate::model::{AuditAction, BASE_SCENARIO, Plan};
use crate::report::ChangedValue;
use crate::report::chart::{Size, gap_years_svg};
use crate::report::escape_html as esc;

/// The key figures of `outcome` year by year, as a workshop's record keeps them.
pub fn gap_years(outcome: &Outcome) -> Vec<GapYear> {
    outcome
        .finance
        .iter()
        .map(|r| GapYear {
            year: r.year.clone(),
            gap_do_nothing: r.gap_do_nothing,
            gap_do_something_face: r.gap_do_something_face,
            gap_do_something: r.gap_do_something,
            still_to_find: r.unidentified_savings,
        })
        .collect()
}

/// The name of the option `scenario` in `plan`: "Base plan" or the option's own.
pub fn option_name(plan: &Plan, scenario: Option<&str>) -> String {
    scenario
        .filter(|id| *id != BASE_SCENARIO)
        .and_then(|id| plan.scenario(id))
        .map_or_else(|| "Base plan".to_string(), |s| s.name.clone())
}

/// A change from `before` to `after`, named `what` and made at `when`, written down
/// with its effect on the option `scenario` (the base plan when either version lacks
/// it; no effect when either version cannot be computed, as while a value is half
/// typed); with the items it touched, so that it can be reverted on its own.
pub fn minute(
    before: &Plan,
    after: &Plan,
    scenario: Option<&str>,
    what: &str,
    when: &str,
) -> (Minute, Vec<Item>) {
    let scenario =
        scenario.filter(|id| before.scenario(id).is_some() && after.scenario(id).is_some());
    let view = View {
        scenario,
        locality: None,
    };
    let effect = match (compute(before, &view), compute(after, &view)) {
        (Ok(old), Ok(new)) => old
            .finance
            .iter()
            .zip(&new.finance)
            .skip(1)
            .map(|(a, b)| YearMove {
                year: a.year.clone(),
                before: a.unidentified_savings,
                after: b.unidentified_savings,
            })
            .collect(),
        _ => Vec::new(),
    };
    // Each version as data once: the changes and the items' names are read from it.
    let (old, new) = match (serde_json::to_value(before), serde_json::to_value(after)) {
        (Ok(old), Ok(new)) => (old, new),
        _ => (Value::Null, Value::Null),
    };
    let (changes, _) = value_pair_differences(&old, &new);
    let planning = after.planning_year_labels();
    let mut items: Vec<Item> = Vec::new();
    let mut values = Vec::new();
    for change in changes {
        let name = item_name(&new, &change.item).or_else(|| item_name(&old, &change.item));
        let item_path = change.item.path();
        if !items.contains(&change.item) {
            items.push(change.item.clone());
        }
        let words = ChangedValue::from(change).words(&item_path, &planning);
        values.push(match name {
            Some(name) => format!("{name}: {words}"),
            None => words,
        });
    }
    let minute = Minute {
        when: when.to_string(),
        what: what.to_string(),
        values,
        of: option_name(after, scenario),
        effect,
        who: String::new(),
        why: String::new(),
        reverted: false,
    };
    (minute, items)
}

/// The name of `item` in `plan` (a whole plan as data), when it is an item with one.
fn item_name(plan: &Value, item: &Item) -> Option<String> {
    item.value_in(plan)?
        .get("name")?
        .as_str()
        .map(str::to_string)
}

/// The minutes of the latest workshop kept in `plan`'s audit trail.
pub fn latest(plan: &Plan) -> Option<&Minutes> {
    plan.audit
        .iter()
        .rev()
        .filter(|a| a.action == AuditAction::Workshop)
        .find_map(|a| a.minutes.as_deref())
}

/// What a change did to savings still to find, in words: "still to find 2018/19
/// +£120k", or "no change to the gap".
pub fn effect_words(minute: &Minute) -> String {
    let moved: Vec<String> = minute
        .effect
        .iter()
        .filter(|y| (y.after - y.before).abs() > 0.5)
        .map(|y| format!("{} {}", y.year, change_k(y.after - y.before)))
        .collect();
    if moved.is_empty() {
        format!("no change to the gap ({})", minute.of)
    } else {
        format!("still to find ({}): {}", minute.of, moved.join(", "))
    }
}

/// The final year's still to find at the start and end, in words.
fn outcome_words(m: &Minutes) -> String {
    match (m.before.last(), m.after.last()) {
        (Some(a), Some(b)) => format!(
            "Savings still to find in {} ({}): {} at the start, {} at the end.",
            b.year,
            m.option,
            money_m(a.still_to_find),
            money_m(b.still_to_find)
        ),
        _ => String::new(),
    }
}

/// The minutes as Markdown.
pub fn minutes_markdown(plan: &Plan, m: &Minutes) -> String {
    let mut out = format!(
        "# Workshop minutes: {}\n\n{} to {}. {}\n\n",
        md(&plan.title),
        date_time(&m.started),
        date_time(&m.ended),
        outcome_words(m)
    );
    if m.changes.is_empty() {
        out.push_str("No changes were made.\n");
    }
    for (i, c) in m.changes.iter().enumerate() {
        let reverted = if c.reverted { " (reverted)" } else { "" };
        out.push_str(&format!(
            "## {}. {}{reverted}\n\n{}. {}.\n\n",
            i + 1,
            md(&c.what),
            date_time(&c.when),
            md(&crate::format::capitalised(&effect_words(c)))
        ));
        if !c.who.is_empty() {
            out.push_str(&format!("Proposed by {}.\n\n", md(&c.who)));
        }
        if !c.why.is_empty() {
            out.push_str(&format!("Why: {}\n\n", md(&c.why)));
        }
        for v in &c.values {
            out.push_str(&format!("- {}\n", md(v)));
        }
        if !c.values.is_empty() {
            out.push('\n');
        }
    }
    out
}

/// Text from the plan made safe inside Markdown: characters that would start markup
/// are escaped, and line breaks become spaces.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

/// The minutes as one self-contained HTML page (styles and charts inline, no scripts).
pub fn minutes_html(plan: &Plan, m: &Minutes) -> String {
    let chart = |years: &[GapYear], title: &str| {
        format!(
            "<figure>{}</figure>",
            gap_years_svg(years, title, Size::new(520.0, 300.0))
        )
    };
    let mut body = format!(
        "<h1>Workshop minutes</h1>\n<p class=\"plan\">{}</p>\n<p>{} to {}. {}</p>\n\
         <div class=\"charts\">{}{}</div>\n",
        esc(&plan.title),
        esc(&date_time(&m.started)),
        esc(&date_time(&m.ended)),
        esc(&outcome_words(m)),
        chart(&m.before, &format!("At the start: {}, £m", m.option)),
        chart(&m.after, &format!("At the end: {}, £m", m.option)),
    );
    if m.changes.is_empty() {
        body.push_str("<p>No changes were made.</p>\n");
    } else {
        body.push_str("<ol class=\"changes\">\n");
    }
    for c in &m.changes {
        let class = if c.reverted {
            " class=\"reverted\""
        } else {
            ""
        };
        let reverted = if c.reverted {
            " <span class=\"tag\">reverted</span>"
        } else {
            ""
        };
        body.push_str(&format!(
            "<li{class}><h2>{}{reverted}</h2>\n<p class=\"when\">{}</p>\n<p>{}</p>\n",
            esc(&c.what),
            esc(&date_time(&c.when)),
            esc(&crate::format::capitalised(&effect_words(c)))
        ));
        if !c.who.is_empty() {
            body.push_str(&format!("<p>Proposed by {}.</p>\n", esc(&c.who)));
        }
        if !c.why.is_empty() {
            body.push_str(&format!("<p>Why: {}</p>\n", esc(&c.why)));
        }
        if !c.values.is_empty() {
            body.push_str("<ul>");
            for v in &c.values {
                body.push_str(&format!("<li>{}</li>", esc(v)));
            }
            body.push_str("</ul>\n");
        }
        body.push_str("</li>\n");
    }
    if !m.changes.is_empty() {
        body.push_str("</ol>\n");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Workshop minutes: {}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        esc(&plan.title)
    )
}

/// The minutes' styles: readable on screen, and on A4 when printed.
const STYLE: &str = "body { font-family: system-ui, sans-serif; color: #1a1a1a; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.1rem; margin: 0 0 0.2rem; }
.plan { font-size: 1.1rem; margin-top: 0; color: #444; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
figure { margin: 0; flex: 1 1 24rem; }
figure svg { width: 100%; height: auto; }
.changes > li { margin: 1rem 0; padding-left: 0.3rem; break-inside: avoid; }
.when { color: #555; margin: 0; font-size: 0.9rem; }
.reverted h2 { text-decoration: line-through; }
.tag { font-size: 0.8rem; border: 1px solid #777; border-radius: 0.3rem; padding: 0 0.3rem; text-decoration: none; display: inline-block; }
@page { size: A4; margin: 16mm; }
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_text_cannot_break_the_markdown() {
        let mut plan = crate::io::example_or_blank();
        plan.title = "Plan *draft*\n# not a heading".into();
        let minutes = Minutes {
            started: "2026-12-01T10:00:00Z".into(),
            ended: "2026-12-01T11:00:00Z".into(),
            option: "Base plan".into(),
            before: Vec::new(),
            after: Vec::new(),
            changes: vec![Minute {
                when: "2026-12-01T10:05:00Z".into(),
                what: "A_b".into(),
                values: Vec::new(),
                of: "Base plan".into(),
                effect: Vec::new(),
                who: "<b>Lead</b>".into(),
                why: "line\nbreak".into(),
                reverted: false,
            }],
        };
        let md = minutes_markdown(&plan, &minutes);
        let first = md.lines().next().unwrap_or_default();
        assert_eq!(
            first,
            "# Workshop minutes: Plan \\*draft\\* \\# not a heading"
        );
        assert!(md.contains("## 1. A\\_b"));
        assert!(md.contains("Proposed by \\<b\\>Lead\\</b\\>."));
        assert!(md.contains("Why: line break"));
    }
}
