//! The money sections: the gap, the bridge, savings, investments, activity, the options
//! compared and the risk range.

use super::Paper;
use super::html::{self, Align, Row, Table, YearRow, esc, k, named};
use crate::engine::{Comparison, Figure, SavingsGroup};
use crate::format::{grouped, percent};
use crate::model::audience::gathered;
use crate::model::{BASE_SCENARIO, Investment, Stage};
use crate::report::chart::{self, Grouping, Size};

/// The gap by year, with the risk range's band.
pub(super) fn gap(p: &Paper) -> String {
    let intro = html::para(
        "The do-nothing gap is spend plus the money held back under the business rules, less income. \
         The do-something gap takes off the savings (at face value, dashed, and with each scheme \
         weighted by its chance of delivery) and adds the investment. Whatever is left above zero is \
         still to find (shaded); the band is the risk range, from P10 to P90.",
    );
    let svg = chart::gap_svg(&p.outcome, Some(&p.risk.years), Size::WIDE);
    html::section("gap", "The gap by year", &(intro + &html::figure(&svg)), "")
}

/// The bridge from the base year's gap to the final year's do-something gap.
pub(super) fn bridge(p: &Paper) -> String {
    let Some(bridge) = p.outcome.bridges.last() else {
        return html::section(
            "bridge",
            "The bridge",
            &html::para("The plan has no planning years."),
            "",
        );
    };
    let intro = html::para(&format!(
        "How the gap of {} becomes the do-something gap of {}: income growth, each spend line's \
         growth and each business rule make the do-nothing gap, then each programme's savings \
         (risk-adjusted) and each category of investment move it. Orange widens the gap, green closes it.",
        p.outcome.years.first().map_or("", String::as_str),
        bridge.year
    ));
    let svg = chart::bridge_svg(bridge, Size::new(Size::WIDE.width, 200.0));
    html::section("bridge", "The bridge", &(intro + &html::figure(&svg)), "")
}

/// Savings by programme and by stage: a chart and a table (£k) each.
pub(super) fn savings(p: &Paper) -> String {
    let o = &p.outcome;
    let intro = html::para(
        "Savings at face value by planning year, stacked, with the risk-adjusted total (each scheme \
         weighted by its chance of delivery) marked across each year.",
    );
    let by_programme = chart::savings_svg(o, p.plan, Grouping::Programme, Size::WIDE);
    let by_stage = chart::savings_svg(o, p.plan, Grouping::Stage, Size::new(720.0, 280.0));
    let years = o.years.get(1..).unwrap_or_default();
    let programme_rows = group_rows(p, &o.savings_by_programme, |g| {
        let n = schemes_counting(p, |s| s.programme == g.key);
        format!("{n} scheme{}", if n == 1 { "" } else { "s" })
    });
    let stage_rows = group_rows(p, &o.savings_by_stage, |g| {
        Stage::ALL
            .iter()
            .find(|s| s.label() == g.key)
            .map(|s| {
                format!(
                    "{} chance",
                    percent(p.plan.stage_confidence.get(*s) * 100.0)
                )
            })
            .unwrap_or_default()
    });
    let rest = [
        html::year_table(
            "Savings by programme, face value (£k)",
            "Programme",
            years,
            &programme_rows,
        ),
        html::figure(&by_stage),
        html::year_table(
            "Savings by stage, face value (£k)",
            "Stage",
            years,
            &stage_rows,
        ),
    ]
    .concat();
    html::section(
        "savings",
        "Savings by programme and stage",
        &(intro + &html::figure(&by_programme)),
        &rest,
    )
}

/// How many schemes counting under the option shown match.
fn schemes_counting(p: &Paper, matches: impl Fn(&crate::model::Scheme) -> bool) -> usize {
    p.plan
        .schemes
        .iter()
        .zip(&p.outcome.scheme_active)
        .filter(|(s, active)| **active && matches(s))
        .count()
}

/// A row per group (face value, planning years), then the totals at face value and
/// risk-adjusted.
fn group_rows(
    p: &Paper,
    groups: &[SavingsGroup],
    detail: impl Fn(&SavingsGroup) -> String,
) -> Vec<YearRow> {
    let planning = |v: &[f64]| v.get(1..).unwrap_or_default().to_vec();
    let mut rows: Vec<YearRow> = groups
        .iter()
        .map(|g| YearRow::Values(named(&g.key, &detail(g)), planning(&g.face)))
        .collect();
    let finance = &p.outcome.finance;
    let total = |f: fn(&crate::engine::FinanceRow) -> f64| {
        finance.iter().skip(1).map(f).collect::<Vec<f64>>()
    };
    rows.push(YearRow::Total(
        esc("Total, face value"),
        total(|r| r.savings_face),
    ));
    rows.push(YearRow::Total(
        esc("Total, risk-adjusted"),
        total(|r| r.savings_risk_adjusted),
    ));
    rows
}

/// The investments by planning year (£k), those counting under the option shown first.
pub(super) fn investments(p: &Paper) -> String {
    let plan = p.plan;
    if plan.investments.is_empty() {
        return html::section(
            "investments",
            "Investments",
            &html::para("The plan makes no investments."),
            "",
        );
    }
    let mut columns = p.outcome.years.get(1..).unwrap_or_default().to_vec();
    columns.push("Total".to_string());
    let counted: Vec<_> = plan
        .investments
        .iter()
        .zip(&p.outcome.investment_active)
        .collect();
    // A row per investment, those withheld from an audience summed into one.
    let rows_counting = |on: bool| -> Vec<YearRow> {
        let these: Vec<&Investment> = counted
            .iter()
            .filter(|(_, active)| **active == on)
            .map(|(v, _)| *v)
            .collect();
        gathered(&these, |v| v.sensitive, |v| &v.name)
            .into_iter()
            .map(|group| {
                let first = these[group[0]];
                let mut values = vec![0.0; first.amounts.len()];
                for v in group.iter().map(|i| these[*i]) {
                    for (sum, x) in values.iter_mut().zip(&v.amounts) {
                        *sum += x;
                    }
                }
                values.push(values.iter().sum());
                let detail = match group.len() {
                    1 => investment_detail(p, first),
                    n => format!("{n} investments not named in public"),
                };
                YearRow::Values(named(&first.name, &detail), values)
            })
            .collect()
    };
    let mut rows = rows_counting(true);
    let mut totals: Vec<f64> = p
        .outcome
        .finance
        .iter()
        .skip(1)
        .map(|r| r.investment)
        .collect();
    totals.push(totals.iter().sum());
    rows.push(YearRow::Total(esc("Total investment"), totals));
    if counted.iter().any(|(_, on)| !**on) {
        rows.push(YearRow::Group(esc("Not counted under this option")));
        rows.extend(rows_counting(false));
    }
    let table = html::year_table("Investments (£k)", "Investment", &columns, &rows);
    html::section(
        "investments",
        "Investments",
        &html::para(
            "Each investment with its category, the priority it serves and where it is made.",
        ),
        &table,
    )
}

/// "Category · Priority · Locality · recurrent".
fn investment_detail(p: &Paper, v: &crate::model::Investment) -> String {
    let plan = p.plan;
    let priority = v
        .priority
        .as_deref()
        .and_then(|id| plan.priorities.iter().find(|x| x.id == id))
        .map(|x| x.name.as_str());
    let locality = v
        .locality
        .as_deref()
        .and_then(|id| plan.localities.iter().find(|l| l.id == id))
        .map(|l| l.name.as_str());
    let recurrent = if v.recurrent {
        "recurrent"
    } else {
        "non-recurrent"
    };
    [
        Some(v.category.as_str()),
        priority,
        locality,
        Some(recurrent),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

/// Activity by point of delivery: a chart for each, two to a row, and a summary table.
pub(super) fn activity(p: &Paper) -> String {
    let o = &p.outcome;
    if o.trajectories.is_empty() {
        return html::section(
            "activity",
            "Activity",
            &html::para("The plan has no activity trajectories."),
            "",
        );
    }
    let intro = html::para(
        "Activity by point of delivery: do nothing (growth with no mitigation), last year's plan grown \
         for a year, and do something after the schemes' mitigation, at face value (dashed) and with \
         each scheme weighted by its chance of delivery.",
    );
    let pairs: Vec<String> = o
        .trajectories
        .chunks(2)
        .map(|pair| {
            let charts: String = pair
                .iter()
                .map(|t| html::figure(&chart::activity_svg(t, &o.years, Size::HALF)))
                .collect();
            format!("<div class=\"pair\">{charts}</div>\n")
        })
        .collect();
    let lead = intro + pairs.first().map_or("", String::as_str);
    let rest = pairs[1..].concat() + &activity_table(p);
    html::section("activity", "Activity", &lead, &rest)
}

/// Each point of delivery's base year and final year, with and without the plan.
fn activity_table(p: &Paper) -> String {
    let o = &p.outcome;
    let base = o.years.first().map_or("", String::as_str);
    let last = p.final_year();
    let headers = [
        "Point of delivery".to_string(),
        base.to_string(),
        format!("{last} do nothing"),
        format!("{last} do something"),
        "Change from base".to_string(),
    ];
    let mut columns: Vec<(&str, Align)> = vec![(headers[0].as_str(), Align::Left)];
    columns.extend(headers[1..].iter().map(|h| (h.as_str(), Align::Right)));
    let mut table = Table::new("Activity, base year and final year", &columns).class("keep");
    for t in &o.trajectories {
        let (Some(first), Some(end)) = (t.rows.first(), t.rows.last()) else {
            continue;
        };
        let change = if first.do_something.abs() > 0.0 {
            percent((end.do_something / first.do_something - 1.0) * 100.0)
        } else {
            "-".to_string()
        };
        table.push(Row::Cells(vec![
            named(&t.name, &t.unit),
            esc(&grouped(first.do_something, 0)),
            esc(&grouped(end.do_nothing, 0)),
            esc(&grouped(end.do_something, 0)),
            esc(&change),
        ]));
    }
    table.html()
}

/// The plan's options side by side: a chart of their gaps, their key figures by year
/// with each option's difference from the base plan, what each is, and what differs.
pub(super) fn options(p: &Paper) -> String {
    let Some(c) = &p.comparison else {
        return html::section(
            "options",
            "The options compared",
            &html::para("The plan has no options besides the base plan."),
            "",
        );
    };
    let names: Vec<&str> = c.options.iter().map(|o| o.name.as_str()).collect();
    let intro = html::para(&format!(
        "The options compared: {}. Each changes growth, business rules or which schemes and \
         investments count, on top of the base plan.",
        names.join(", ")
    ));
    let svg = chart::options_svg(c, p.plan, Size::new(720.0, 300.0));
    let rest = [
        html::year_table(
            "Key figures by option (£k)",
            "",
            &c.base.years,
            &option_rows(c),
        ),
        option_descriptions(p, c),
        differences(c),
    ]
    .concat();
    html::section(
        "options",
        "The options compared",
        &(intro + &html::figure(&svg)),
        &rest,
    )
}

/// For each key figure, a row per option and, under each option other than the base
/// plan, its difference from the base plan.
fn option_rows(c: &Comparison) -> Vec<YearRow> {
    let years = c.base.years.len();
    let mut rows = Vec::new();
    for figure in Figure::ALL {
        rows.push(YearRow::Group(esc(figure.label())));
        for (i, option) in c.options.iter().enumerate() {
            let values = (0..years).map(|t| c.figure(i, figure, t)).collect();
            rows.push(YearRow::Values(esc(&option.name), values));
            if option.id != BASE_SCENARIO {
                let differences = (0..years)
                    .map(|t| signed(c.from_base(i, figure, t)))
                    .collect();
                rows.push(YearRow::Quiet(
                    esc("difference from the base plan"),
                    differences,
                ));
            }
        }
    }
    rows
}

/// A change in £k with its sign: `+1,234`, `-567`, `0`.
fn signed(value: f64) -> String {
    let text = grouped(value, 0);
    if text.starts_with('-') || text == "0" {
        text
    } else {
        format!("+{text}")
    }
}

/// What each option compared stands for.
fn option_descriptions(p: &Paper, c: &Comparison) -> String {
    let mut out = String::from("<dl class=\"options\">\n");
    for option in &c.options {
        let (description, notes) = match p.plan.scenario(&option.id) {
            Some(s) => (s.description.as_str(), s.notes.as_str()),
            None => ("The plan as it stands, with no option applied.", ""),
        };
        out.push_str(&format!(
            "<dt>{}</dt><dd>{}",
            esc(&option.name),
            esc(description)
        ));
        if !notes.is_empty() {
            out.push_str(&format!("<span class=\"detail\">{}</span>", esc(notes)));
        }
        out.push_str("</dd>\n");
    }
    out.push_str("</dl>\n");
    out
}

/// Every input that differs between the options compared.
fn differences(c: &Comparison) -> String {
    let mut columns: Vec<(&str, Align)> = vec![("Input", Align::Left)];
    columns.extend(c.options.iter().map(|o| (o.name.as_str(), Align::Left)));
    let mut table = Table::new("What differs between the options", &columns);
    for d in &c.differences {
        let mut cells = vec![esc(&d.input)];
        cells.extend(d.values.iter().map(|v| esc(v)));
        table.push(Row::Cells(cells));
    }
    if table.is_empty() {
        return html::note("The options' inputs are the same.");
    }
    table.html()
}

/// The risk range of the option shown: how it was run, the chart and the table (£k).
pub(super) fn risk_range(p: &Paper) -> String {
    let s = &p.risk.settings;
    let growth = if s.growth_sd > 0.0 {
        format!(
            "; every spend line's growth varies by {} percentage points (one standard deviation)",
            grouped(s.growth_sd, 2)
                .trim_end_matches('0')
                .trim_end_matches('.')
        )
    } else {
        String::new()
    };
    let intro = html::para(&format!(
        "{} runs of the {} from seed {}: in each, every scheme delivers in full with its chance of \
         delivery or not at all{growth}. The bar is where eight runs in ten fall; under each year, the \
         chance of closing that year's gap.",
        grouped(f64::from(s.runs), 0),
        if p.option == "Base plan" {
            "base plan".to_string()
        } else {
            format!("option {}", p.option)
        },
        s.seed
    ));
    let svg = chart::risk_svg(&p.risk.years, Size::new(720.0, 300.0));
    let mut table = Table::new(
        "Risk range of the do-something gap (£k)",
        &[
            ("Year", Align::Left),
            ("Mean", Align::Right),
            ("P10", Align::Right),
            ("P50", Align::Right),
            ("P90", Align::Right),
            ("Chance of closing the gap", Align::Right),
        ],
    )
    .class("keep");
    for y in p.risk.years.iter().skip(1) {
        table.push(Row::Cells(vec![
            esc(&y.year),
            k(y.mean),
            k(y.p10),
            k(y.p50),
            k(y.p90),
            esc(&percent(y.p_break_even * 100.0)),
        ]));
    }
    html::section(
        "risk-range",
        "The risk range",
        &(intro + &html::figure(&svg)),
        &table.html(),
    )
}
