//! The record behind the figures: the assumptions with their notes and sources, the
//! open comments, the sign-off record and the fingerprint of the plan's content.

use super::Paper;
use super::html::{self, Align, Row, Table, esc, k};
use crate::engine::Outcome;
use crate::format::{date_time, grouped, money_k, percent};
use crate::model::audience::gathered;
use crate::model::review::{Fingerprint, SignOffState, Standing, Subject, who_label};
use crate::model::{AuditAction, Growth, Plan, RuleValue, Side, Stage};

/// Growth per planning year as written in the plan: `3.4%, 3.5%` or
/// `+£14,910k, -£2,660k`.
fn growth(g: &Growth) -> String {
    let values: Vec<String> = match g {
        Growth::Percent(v) => v.iter().map(|x| percent(*x)).collect(),
        Growth::Amount(v) => v
            .iter()
            .map(|x| {
                let text = money_k(*x);
                if *x > 0.0 { format!("+{text}") } else { text }
            })
            .collect(),
    };
    values.join(", ")
}

/// The assumptions: income, spend lines, one-offs, business rules, stage confidence,
/// the plan's notes and its sources.
pub(super) fn assumptions(p: &Paper) -> String {
    let plan = p.plan;
    let years = plan.planning_year_labels();
    let span = match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
        (Some(a), _) => a.clone(),
        _ => String::new(),
    };
    let intro = html::para(&format!(
        "What the figures rest on, with the plan's own notes. Growth is given for each planning year \
         ({span}), in percent or in £k; money is in £k."
    ));
    let rest = [
        money_lines(plan, &p.outcome, &span),
        one_offs(plan),
        rules(plan),
        stage_confidence(plan),
        plan_notes(plan),
        sources(plan),
    ]
    .concat();
    html::section("assumptions", "Assumptions", &intro, &rest)
}

/// Income and the spend lines: base year, growth and notes.
fn money_lines(plan: &Plan, outcome: &Outcome, span: &str) -> String {
    let base = plan.year_label(crate::model::years::FromBase(0));
    let growth_header = format!("Growth, {span}");
    let mut table = Table::new(
        "Income and spend",
        &[
            ("Line", Align::Left),
            (&format!("{base} £k"), Align::Right),
            (&growth_header, Align::Left),
        ],
    );
    table.push(Row::Group(esc("Income")));
    table.push(Row::Cells(vec![
        esc("Recurrent allocation"),
        k(plan.income.base),
        esc(&growth(&plan.income.growth)),
    ]));
    if !plan.income.notes.is_empty() {
        table.push(Row::Note(esc(&plan.income.notes)));
    }
    table.push(Row::Group(esc("Spend")));
    for group in gathered(&plan.spend, |l| l.sensitive, |l| &l.name) {
        let line = &plan.spend[group[0]];
        if group.len() == 1 {
            table.push(Row::Cells(vec![
                esc(&line.name),
                k(line.base),
                esc(&growth(&line.growth)),
            ]));
        } else {
            table.push(Row::Cells(vec![
                esc(&line.name),
                k(group.iter().map(|i| plan.spend[*i].base).sum()),
                esc(&growth(&together(outcome, &group))),
            ]));
        }
        if !line.notes.is_empty() {
            table.push(Row::Note(esc(&line.notes)));
        }
    }
    table.html()
}

/// How the spend lines at `lines` grow together, as a change in £k each planning year
/// under the option shown.
fn together(outcome: &Outcome, lines: &[usize]) -> Growth {
    let years = outcome.years.len();
    let total: Vec<f64> = (0..years)
        .map(|t| {
            lines
                .iter()
                .filter_map(|i| outcome.spend_lines.get(*i))
                .filter_map(|s| s.values.get(t))
                .sum()
        })
        .collect();
    Growth::Amount(total.windows(2).map(|w| w[1] - w[0]).collect())
}

/// Non-recurrent items of income or spend.
fn one_offs(plan: &Plan) -> String {
    if plan.one_offs.is_empty() {
        return String::new();
    }
    let mut table = Table::new(
        "One-off items",
        &[
            ("Item", Align::Left),
            ("Side", Align::Left),
            ("£k per planning year", Align::Left),
        ],
    );
    for o in &plan.one_offs {
        let side = match o.side {
            Side::Income => "Income",
            Side::Spend => "Spend",
        };
        let amounts: Vec<String> = o.amounts.iter().map(|a| grouped(*a, 0)).collect();
        table.push(Row::Cells(vec![
            esc(&o.name),
            esc(side),
            esc(&amounts.join(", ")),
        ]));
        if !o.notes.is_empty() {
            table.push(Row::Note(esc(&o.notes)));
        }
    }
    table.html()
}

/// The business rules: what each holds back, and what it held back in the base year.
fn rules(plan: &Plan) -> String {
    if plan.rules.is_empty() {
        return html::note("The plan holds nothing back under business rules.");
    }
    let mut table = Table::new(
        "Business rules",
        &[
            ("Rule", Align::Left),
            ("Holds back each planning year", Align::Left),
            ("Base year outturn £k", Align::Right),
        ],
    );
    for r in &plan.rules {
        let value = match r.value {
            RuleValue::Percent(x) => format!("{} of income", percent(x)),
            RuleValue::Amount(x) => money_k(x),
        };
        let base = r.base.map_or_else(|| "as other years".to_string(), k);
        table.push(Row::Cells(vec![esc(&r.name), esc(&value), esc(&base)]));
        if !r.notes.is_empty() {
            table.push(Row::Note(esc(&r.notes)));
        }
    }
    table.html()
}

/// Each stage's default chance of delivery.
fn stage_confidence(plan: &Plan) -> String {
    let columns: Vec<(&str, Align)> = Stage::ALL
        .iter()
        .map(|s| (s.label(), Align::Right))
        .collect();
    let mut table = Table::new(
        "Chance of delivery by stage (a scheme's own chance, where it has one, comes first)",
        &columns,
    )
    .class("keep");
    table.push(Row::Cells(
        Stage::ALL
            .iter()
            .map(|s| esc(&percent(plan.stage_confidence.get(*s) * 100.0)))
            .collect(),
    ));
    table.html()
}

/// How the plan reads its sources.
fn plan_notes(plan: &Plan) -> String {
    if plan.notes.is_empty() {
        return String::new();
    }
    let items: String = plan
        .notes
        .iter()
        .map(|n| format!("<li>{}</li>\n", esc(n)))
        .collect();
    html::subsection("Notes", "") + &format!("<ol class=\"notes\">\n{items}</ol>\n")
}

/// The documents the figures come from, and which figures come from where.
fn sources(plan: &Plan) -> String {
    if plan.sources.is_empty() {
        return String::new();
    }
    let mut out = String::from("<dl class=\"sources\">\n");
    for s in &plan.sources {
        out.push_str(&format!("<dt>{}</dt><dd>{}", esc(&s.id), esc(&s.title)));
        if !s.cites.is_empty() {
            let cites: String = s
                .cites
                .iter()
                .map(|c| format!("<li>{}</li>", esc(c)))
                .collect();
            out.push_str(&format!("<ul>{cites}</ul>"));
        }
        out.push_str("</dd>\n");
    }
    out.push_str("</dl>\n");
    html::subsection("Sources", "") + &out
}

/// The item a comment or decision is on, as people name it; the text as written when it
/// names no item of the plan.
fn on_what(item: &str, plan: &Plan) -> String {
    Subject::parse(item, plan).map_or_else(|| item.to_string(), |s| s.describe(plan))
}

/// The comments not yet resolved, with the item each is on and its replies.
pub(super) fn comments(p: &Paper) -> String {
    let plan = p.plan;
    let open: Vec<_> = plan.open_comments().collect();
    if open.is_empty() {
        return html::section(
            "comments",
            "Open comments",
            &html::para("No comments are open."),
            "",
        );
    }
    let intro = html::para(&format!(
        "{} comment{} on the plan not yet resolved, oldest first.",
        open.len(),
        if open.len() == 1 { " is" } else { "s are" }
    ));
    let mut out = String::new();
    for (_, c) in open {
        out.push_str(&format!(
            "<article class=\"comment\"><p class=\"meta\">On {} · {} · {}</p>\n<p>{}</p>\n",
            esc(&on_what(&c.item, plan)),
            esc(&who_label(&c.author, &c.role)),
            esc(&date_time(&c.when)),
            esc(&c.text)
        ));
        for r in &c.replies {
            out.push_str(&format!(
                "<div class=\"reply\"><p class=\"meta\">Reply · {} · {}</p><p>{}</p></div>\n",
                esc(&who_label(&r.author, &r.role)),
                esc(&date_time(&r.when)),
                esc(&r.text)
            ));
        }
        out.push_str("</article>\n");
    }
    html::section("comments", "Open comments", &intro, &out)
}

/// Every sign-off and send-back in the audit trail, and where the plan stands against
/// its last sign-off.
pub(super) fn sign_off(p: &Paper) -> String {
    let plan = p.plan;
    let standing = Standing::of(plan, &p.sign_off);
    let state = match &standing {
        Standing::Signed(s, state) => {
            let since = match state {
                SignOffState::Changed(n) => format!(
                    "The plan's content has changed since: {n} value{} differ{}.",
                    if *n == 1 { "" } else { "s" },
                    if *n == 1 { "s" } else { "" }
                ),
                SignOffState::CopyAltered => "The copy of the plan kept at sign-off no longer \
                                              matches its fingerprint: the file was altered by \
                                              hand, so what changed since cannot be shown."
                    .to_string(),
                _ => "The plan's content is unchanged since.".to_string(),
            };
            html::para(&format!(
                "The plan was last signed off by {} on {}. {since}",
                who_label(&s.who, &s.role),
                date_time(&s.when)
            ))
        }
        other => html::para(&format!("{}.", other.line(plan))),
    };
    let mut table = Table::new(
        "Decisions recorded",
        &[
            ("Date", Align::Left),
            ("Who", Align::Left),
            ("Decision", Align::Left),
            ("On", Align::Left),
        ],
    );
    for a in plan
        .audit
        .iter()
        .filter(|a| matches!(a.action, AuditAction::SignedOff | AuditAction::SentBack))
    {
        let decision = if a.action == AuditAction::SignedOff {
            "Signed off"
        } else {
            "Sent back"
        };
        table.push(Row::Cells(vec![
            esc(&date_time(&a.when)),
            esc(&who_label(&a.who, &a.role)),
            esc(decision),
            esc(&on_what(&a.item, plan)),
        ]));
        if !a.note.is_empty() {
            table.push(Row::Note(esc(&a.note)));
        }
    }
    let record = if table.is_empty() {
        html::note("No sign-off or send-back is recorded.")
    } else {
        table.html()
    };
    html::section("sign-off", "Sign-off record", &state, &record)
}

/// The fingerprint of the plan's content, in full, at the end.
pub(super) fn fingerprint(p: &Paper) -> String {
    format!(
        "<footer class=\"fingerprint\"><p>Plan fingerprint: <code>{}</code></p>\n<p class=\"note\">SHA-256 of the plan's content (everything but its comments and review record). The same content always gives the same fingerprint; any change to a figure, a name or a note changes it.</p></footer>\n",
        esc(&Fingerprint::of(p.plan).0)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_reads_as_written() {
        assert_eq!(growth(&Growth::Percent(vec![3.4, 3.5])), "3.4%, 3.5%");
        assert_eq!(
            growth(&Growth::Amount(vec![14_910.0, -2_660.0])),
            "+£14,910k, -£2,660k"
        );
    }
}
