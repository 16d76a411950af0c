//! The title block and the position in words, with the key figures by year.

use super::Paper;
use super::html::{self, YearRow, esc};
use crate::engine::FinanceRow;
use crate::format::{capitalised, date_time, grouped, money_m};
use crate::model::review::Standing;

/// The plan's title, who and where it is for, the option shown, the date, its sign-off
/// and (prominently) its caveat.
pub(super) fn title_block(p: &Paper) -> String {
    let plan = p.plan;
    let mut out = String::from(
        "<header class=\"title\">\n<p class=\"kicker\">Paper for the governing body</p>\n",
    );
    out.push_str(&format!("<h1>{}</h1>\n", esc(&plan.title)));
    if !plan.description.is_empty() {
        out.push_str(&format!(
            "<p class=\"description\">{}</p>\n",
            esc(&plan.description)
        ));
    }
    let facts = [
        ("Organisation", plan.organisation.clone()),
        ("Place", plan.place.clone()),
        ("Option shown", p.option.clone()),
        ("Years", years_covered(p)),
        ("Date", date_time(&p.date)),
        ("Sign-off", sign_off_line(p)),
    ];
    out.push_str("<dl class=\"facts\">\n");
    for (term, value) in facts {
        out.push_str(&format!("<dt>{term}</dt><dd>{}</dd>\n", esc(&value)));
    }
    out.push_str("</dl>\n");
    if !plan.caveat.is_empty() {
        out.push_str(&format!(
            "<div class=\"caveat\" role=\"note\"><strong>Caveat</strong><p>{}</p></div>\n",
            esc(&plan.caveat)
        ));
    }
    out.push_str("</header>\n");
    out
}

/// "2016/17 (outturn) and 2 planning years, 2017/18 to 2018/19".
fn years_covered(p: &Paper) -> String {
    let years = &p.outcome.years;
    match years.as_slice() {
        [] => String::new(),
        [base] => format!("{base} (base year) only"),
        [base, only] => format!("{base} (base year) and one planning year, {only}"),
        [base, first, .., last] => format!(
            "{base} (base year) and {} planning years, {first} to {last}",
            years.len() - 1
        ),
    }
}

/// Where the plan stands against its last sign-off, in a line, as the window says it.
fn sign_off_line(p: &Paper) -> String {
    Standing::of(p.plan, &p.sign_off).line(p.plan)
}

/// "The position": the figures of the final year and of the whole plan in words, then
/// the key figures by year.
pub(super) fn position(p: &Paper) -> String {
    let finance = &p.outcome.finance;
    let Some(last) = finance.last().filter(|_| finance.len() > 1) else {
        return html::section(
            "position",
            "The position",
            &html::para("The plan has no planning years, so there is no position to show."),
            "",
        );
    };
    let mut words = final_year_words(p, last);
    words.push(' ');
    words.push_str(&whole_plan_words(p));
    html::section(
        "position",
        "The position",
        &html::para(&words),
        &key_figures(p),
    )
}

/// The final year's position, as a reader can add it up.
fn final_year_words(p: &Paper, last: &FinanceRow) -> String {
    let year = p.final_year();
    let under = if p.option == "Base plan" {
        String::new()
    } else {
        format!("Under the option {}, ", p.option)
    };
    let gap = if last.gap_do_nothing >= 0.0 {
        format!(
            "{under}in {year}, the final year of the plan, spend and the money held back under the business rules would exceed income by {} if nothing were done (the do-nothing gap).",
            money_m(last.gap_do_nothing)
        )
    } else {
        format!(
            "{under}in {year}, the final year of the plan, income would exceed spend and the money held back under the business rules by {} if nothing were done.",
            money_m(-last.gap_do_nothing)
        )
    };
    let required = if last.savings_required > 0.0 {
        format!("savings of {} are required", money_m(last.savings_required))
    } else {
        "no savings are required".to_string()
    };
    let savings = format!(
        " The plan invests {}, so {required} to balance. Its savings schemes are worth {} at face value, or {} with each weighted by its chance of delivery,",
        money_m(last.investment),
        money_m(last.savings_face),
        money_m(last.savings_risk_adjusted)
    );
    let left = if last.gap_do_something > 0.0 {
        format!(
            " which leaves {} still to find.",
            money_m(last.unidentified_savings)
        )
    } else {
        format!(
            " which closes the gap with {} to spare.",
            money_m(-last.gap_do_something)
        )
    };
    // "In 2018/19, ..." for the base plan: the sentence starts with the year.
    capitalised(&format!("{gap}{savings}{left}"))
}

/// The whole plan: totals over the planning years and the chance of closing the gap.
fn whole_plan_words(p: &Paper) -> String {
    let planning = &p.outcome.finance[1..];
    let sum = |f: fn(&FinanceRow) -> f64| planning.iter().map(f).sum::<f64>();
    let years = &p.outcome.years;
    let span = match years.len() {
        2 => format!("In its one planning year ({})", years[1]),
        n => format!(
            "Over its {} planning years ({} to {})",
            n - 1,
            years[1],
            p.final_year()
        ),
    };
    let chance = p
        .risk
        .years
        .last()
        .map(|y| {
            format!(
                " The risk range gives a {}% chance of closing the gap in {} ({} runs).",
                grouped(y.p_break_even * 100.0, 0),
                y.year,
                grouped(f64::from(p.risk.settings.runs), 0)
            )
        })
        .unwrap_or_default();
    format!(
        "{span} the plan invests {} in all and its savings come to {} risk-adjusted ({} at face value), against savings required of {}; the savings still to find add up to {} across the years.{chance}",
        money_m(sum(|r| r.investment)),
        money_m(sum(|r| r.savings_risk_adjusted)),
        money_m(sum(|r| r.savings_face)),
        money_m(sum(|r| r.savings_required.max(0.0))),
        money_m(sum(|r| r.unidentified_savings)),
    )
}

/// The key figures by year, in £k.
fn key_figures(p: &Paper) -> String {
    let col = |f: fn(&FinanceRow) -> f64| -> Vec<f64> { p.outcome.finance.iter().map(f).collect() };
    let row = |label: &str, f: fn(&FinanceRow) -> f64| YearRow::Values(esc(label), col(f));
    let rows = [
        row("Income", |r| r.income),
        row("Spend", |r| r.spend),
        row("Held back under the business rules", |r| r.held_back),
        YearRow::Total(esc("Do-nothing gap"), col(|r| r.gap_do_nothing)),
        row("Investment", |r| r.investment),
        row("Savings required", |r| r.savings_required),
        row("Savings, face value", |r| r.savings_face),
        row("Savings, risk-adjusted", |r| r.savings_risk_adjusted),
        row("Do-something gap", |r| r.gap_do_something),
        YearRow::Total(esc("Still to find"), col(|r| r.unidentified_savings)),
    ];
    html::year_table("Key figures (£k)", "", &p.outcome.years, &rows)
}
