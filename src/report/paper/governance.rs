//! Priorities with their milestones, KPIs with red, amber or green, and risks.

use super::Paper;
use super::html::{self, Align, Row, Table, esc, k, named};
use crate::engine::Rag;
use crate::format::grouped;
use crate::model::audience::gathered;
use crate::model::{Kpi, MilestoneStatus};

/// The priorities ranked by score, with the money linked to each, then their
/// milestones.
pub(super) fn priorities(p: &Paper) -> String {
    let plan = p.plan;
    if plan.priorities.is_empty() {
        return html::section(
            "priorities",
            "Priorities and milestones",
            &html::para("The plan has no priorities."),
            "",
        );
    }
    let scored = !plan.criteria.is_empty();
    let intro = if scored {
        let criteria: Vec<String> = plan
            .criteria
            .iter()
            .map(|c| format!("{} (weight {})", c.name, grouped(c.weight, 1)))
            .collect();
        html::para(&format!(
            "Priorities ranked by their weighted score (0 to 5) against the criteria: {}. Investment \
             and savings (face value) are the plan's totals linked to each priority, in £k.",
            criteria.join(", ")
        ))
    } else {
        html::para(
            "The plan sets no criteria, so its priorities are not scored; they are listed in the plan's \
             order. Investment and savings (face value) are the totals linked to each, in £k.",
        )
    };
    let table = priority_table(p, scored);
    html::section(
        "priorities",
        "Priorities and milestones",
        &intro,
        &(table + &milestones(p)),
    )
}

fn priority_table(p: &Paper, scored: bool) -> String {
    let mut table = Table::new(
        "Priorities",
        &[
            ("Rank", Align::Right),
            ("Priority", Align::Left),
            ("Score", Align::Right),
            ("Investment £k", Align::Right),
            ("Savings £k", Align::Right),
        ],
    );
    let mut ranked: Vec<_> = p
        .plan
        .priorities
        .iter()
        .zip(&p.outcome.priorities)
        .collect();
    if scored {
        ranked.sort_by_key(|(_, o)| o.rank);
    }
    for (priority, o) in ranked {
        let detail = [priority.group.as_str(), priority.lead.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        table.push(Row::Cells(vec![
            if scored {
                o.rank.to_string()
            } else {
                "-".into()
            },
            named(&priority.name, &detail),
            if scored {
                grouped(o.score, 2)
            } else {
                "not scored".into()
            },
            k(o.investment_total),
            k(o.savings_total),
        ]));
        if !priority.description.is_empty() {
            table.push(Row::Note(esc(&priority.description)));
        }
    }
    table.html()
}

/// Every milestone, by priority.
fn milestones(p: &Paper) -> String {
    let mut table = Table::new(
        "Milestones",
        &[
            ("Milestone", Align::Left),
            ("Due", Align::Left),
            ("Status", Align::Left),
        ],
    );
    for priority in p
        .plan
        .priorities
        .iter()
        .filter(|x| !x.milestones.is_empty())
    {
        table.push(Row::Group(esc(&priority.name)));
        for m in &priority.milestones {
            table.push(Row::Cells(vec![
                esc(&m.name),
                esc(&m.due),
                milestone_status(m.status),
            ]));
        }
    }
    if table.is_empty() {
        return html::note("No priority has milestones.");
    }
    table.html()
}

fn milestone_status(status: MilestoneStatus) -> String {
    match status {
        MilestoneStatus::Red => html::rag(Rag::Red),
        MilestoneStatus::Amber => html::rag(Rag::Amber),
        MilestoneStatus::Green => html::rag(Rag::Green),
        MilestoneStatus::NotStarted | MilestoneStatus::Complete => {
            format!("<span class=\"status\">{}</span>", status.label())
        }
    }
}

/// A measure's value as people write it: `29,814`, `93.5`.
fn value(x: f64) -> String {
    let text = grouped(x, 2);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The KPIs: target, latest value and status; a measure without a target is a trend
/// and gets no red, amber or green.
pub(super) fn kpis(p: &Paper) -> String {
    let plan = p.plan;
    if plan.kpis.is_empty() {
        return html::section(
            "kpis",
            "Key performance indicators",
            &html::para("The plan has no KPIs."),
            "",
        );
    }
    let intro = html::para(&format!(
        "The latest value of each measure against its target: green when it meets the target, amber \
         within {}% of it, red otherwise. A measure without a target is tracked as a trend and has no \
         status.",
        value(plan.settings.kpi_tolerance_pct)
    ));
    let mut table = Table::new(
        "Key performance indicators",
        &[
            ("Measure", Align::Left),
            ("Baseline", Align::Right),
            ("Target", Align::Right),
            ("Latest", Align::Right),
            ("Status", Align::Left),
        ],
    );
    for (kpi, o) in plan.kpis.iter().zip(&p.outcome.kpis) {
        let status = match (kpi.target, o.rag) {
            (None, _) => "<span class=\"status\">Trend (no target)</span>".to_string(),
            (Some(_), Some(r)) => html::rag(r),
            (Some(_), None) => "<span class=\"status\">Not yet reported</span>".to_string(),
        };
        table.push(Row::Cells(vec![
            named(&kpi.name, &kpi.unit),
            kpi.baseline.map_or_else(|| "-".to_string(), value),
            target(kpi),
            latest(kpi),
            status,
        ]));
    }
    html::section("kpis", "Key performance indicators", &intro, &table.html())
}

fn target(kpi: &Kpi) -> String {
    match kpi.target {
        None => "-".to_string(),
        Some(t) => {
            let direction = if kpi.higher_is_better {
                "or more"
            } else {
                "or less"
            };
            format!(
                "{}<span class=\"detail\">{direction}</span>",
                esc(&value(t))
            )
        }
    }
}

fn latest(kpi: &Kpi) -> String {
    let Some(last) = kpi.actual.last() else {
        return "-".to_string();
    };
    let period = kpi
        .periods
        .get(kpi.actual.len() - 1)
        .map_or("", String::as_str);
    if period.is_empty() {
        esc(&value(*last))
    } else {
        format!(
            "{}<span class=\"detail\">{}</span>",
            esc(&value(*last)),
            esc(period)
        )
    }
}

/// The risks, gravest first.
pub(super) fn risks(p: &Paper) -> String {
    let plan = p.plan;
    if plan.risks.is_empty() {
        return html::section(
            "risks",
            "Risks",
            &html::para("The plan records no risks."),
            "",
        );
    }
    let intro = html::para(
        "Each risk's severity is its likelihood times its impact (each 1 to 5): red from 15, amber from \
         8. Exposure is the money at risk, in £k.",
    );
    let mut table = Table::new(
        "Risks, gravest first",
        &[
            ("Risk", Align::Left),
            ("Likelihood", Align::Right),
            ("Impact", Align::Right),
            ("Severity", Align::Left),
            ("Exposure £k", Align::Right),
            ("Status", Align::Left),
        ],
    );
    let mut ordered: Vec<_> = plan.risks.iter().zip(&p.outcome.risks).collect();
    ordered.sort_by_key(|(_, o)| std::cmp::Reverse(o.severity));
    let groups = gathered(&ordered, |(r, _)| r.sensitive, |(r, _)| &r.name);
    for group in groups {
        let (risk, o) = ordered[group[0]];
        if group.len() > 1 {
            // Withheld from an audience: how many, the gravest's rating, the exposure summed.
            let exposure = group.iter().map(|i| ordered[*i].0.exposure).sum();
            table.push(Row::Cells(vec![
                named(
                    &risk.name,
                    &format!("{} risks not named in public", group.len()),
                ),
                String::new(),
                String::new(),
                format!("{} {}", o.severity, html::rag(o.rag())),
                k(exposure),
                String::new(),
            ]));
            continue;
        }
        let owner = if risk.owner.is_empty() {
            String::new()
        } else {
            format!("Owner: {}", risk.owner)
        };
        table.push(Row::Cells(vec![
            named(&risk.name, &owner),
            risk.likelihood.to_string(),
            risk.impact.to_string(),
            format!("{} {}", o.severity, html::rag(o.rag())),
            k(risk.exposure),
            esc(risk.status.label()),
        ]));
        if !risk.mitigation.is_empty() {
            table.push(Row::Note(format!(
                "<em>Mitigation:</em> {}",
                esc(&risk.mitigation)
            )));
        }
    }
    html::section("risks", "Risks", &intro, &table.html())
}
