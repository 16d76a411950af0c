//! The CSV report: one tidy row per number (section, item, year, measure, value), so a
//! spreadsheet can pivot it any way. Text from the plan can never run as a formula.

use std::fmt::Write;

use super::{Contents, Extras};
use crate::engine::{Comparison, Figure, Outcome};
use crate::model::Plan;

/// Makes text safe for a CSV cell: quoted where needed, and prefixed with `'` when it
/// would otherwise start a spreadsheet formula (`=`, `+`, `-`, `@`, tab, carriage return).
pub fn safe_cell(text: &str) -> String {
    let neutral = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

struct Rows {
    out: String,
}

impl Rows {
    /// One row per `(measure, value)` of the same section, item and year.
    fn measures(&mut self, section: &str, item: &str, year: &str, values: &[(&str, f64)]) {
        for (measure, value) in values {
            self.row(section, item, year, measure, *value);
        }
    }

    fn row(&mut self, section: &str, item: &str, year: &str, measure: &str, value: f64) {
        self.cells([section, item, year, measure], value);
    }

    /// A row whose value is text (what an input is under an option), made safe.
    fn text_row(&mut self, section: &str, item: &str, year: &str, measure: &str, value: &str) {
        self.cells([section, item, year, measure], safe_cell(value));
    }

    /// Section, item, year and measure (each made safe), then the value as given.
    fn cells(&mut self, keys: [&str; 4], value: impl std::fmt::Display) {
        let [section, item, year, measure] = keys.map(safe_cell);
        // Writing to a String cannot fail.
        let _ = writeln!(self.out, "{section},{item},{year},{measure},{value}");
    }

    /// Rows of the analyses asked for. `option` names the option when options are
    /// compared: it is then the item of the risk and goal seek rows, and the sensitivity
    /// rows' items read `option / driver`.
    fn extras(&mut self, option: Option<&str>, years: &[String], e: &Extras) {
        let item = option.unwrap_or("");
        if let Some(r) = &e.risk {
            let s = &r.settings;
            self.row("risk", item, "", "runs", f64::from(s.runs));
            // Seeds are whole numbers of up to 20 digits: written as they are.
            self.text_row("risk", item, "", "seed", &s.seed.to_string());
            self.row("risk", item, "", "growth_sd", s.growth_sd);
            for y in &r.years {
                let values = [
                    ("mean", y.mean),
                    ("p10", y.p10),
                    ("p50", y.p50),
                    ("p90", y.p90),
                    ("p_break_even", y.p_break_even),
                ];
                self.measures("risk", item, &y.year, &values);
            }
        }
        if let Some(t) = &e.sensitivity {
            self.row("sensitivity", item, &t.year, "gap", t.gap);
            for d in &t.drivers {
                let driver = match option {
                    Some(name) => format!("{name} / {}", d.label),
                    None => d.label.clone(),
                };
                self.measures(
                    "sensitivity",
                    &driver,
                    &t.year,
                    &[("down", d.down), ("up", d.up)],
                );
            }
        }
        if let Some(g) = &e.goal_seek {
            for (year, v) in years.iter().zip(&g.extra_savings) {
                self.row("goal_seek", item, year, "extra_savings", *v);
            }
            if let Some(pp) = g.spend_growth_cut_pp {
                let last = years.last().map_or("", String::as_str);
                self.row("goal_seek", item, last, "spend_growth_cut_pp", pp);
            }
        }
    }
}

const HEADER: &str = "section,item,year,measure,value\n";

/// The report of one option or of options compared, as CSV with a header row.
pub(super) fn csv_of(plan: &Plan, contents: &Contents) -> String {
    match contents {
        Contents::One { outcome, extras } => {
            let mut r = one(plan, outcome);
            r.extras(None, &outcome.years, extras);
            r.out
        }
        Contents::Compared { comparison, extras } => compared(comparison, extras),
    }
}

/// Options compared: each option's finance rows and key figures less the base plan's
/// (item: the option's name), what differs (item: the input; measure: the option's
/// name; value: the input under it, as text), then each option's analyses.
fn compared(c: &Comparison, extras: &[Extras]) -> String {
    let mut r = Rows {
        out: String::from(HEADER),
    };
    for option in &c.options {
        for f in &option.outcome.finance {
            finance_row(&mut r, &option.name, f);
        }
    }
    for (i, option) in c.options.iter().enumerate() {
        for (t, year) in c.base.years.iter().enumerate() {
            let values = Figure::ALL.map(|f| (f.key(), c.from_base(i, f, t)));
            r.measures("difference_from_base", &option.name, year, &values);
        }
    }
    for d in &c.differences {
        for (option, value) in c.options.iter().zip(&d.values) {
            r.text_row("differences", &d.input, "", &option.name, value);
        }
    }
    for (option, e) in c.options.iter().zip(extras) {
        r.extras(Some(&option.name), &c.base.years, e);
    }
    r.out
}

fn finance_row(r: &mut Rows, item: &str, f: &crate::engine::FinanceRow) {
    r.measures(
        "finance",
        item,
        &f.year,
        &[
            ("income", f.income),
            ("spend", f.spend),
            ("held_back", f.held_back),
            ("gap_do_nothing", f.gap_do_nothing),
            ("savings_required", f.savings_required),
            ("new_savings_required", f.new_savings_required),
            ("savings_face", f.savings_face),
            ("savings_risk_adjusted", f.savings_risk_adjusted),
            ("stretch", f.stretch),
            ("investment", f.investment),
            ("gap_do_something", f.gap_do_something),
            ("unidentified_savings", f.unidentified_savings),
        ],
    );
}

/// The report as CSV with a header row.
pub fn csv(plan: &Plan, o: &Outcome) -> String {
    one(plan, o).out
}

/// The rows of one option's report.
fn one(plan: &Plan, o: &Outcome) -> Rows {
    let mut r = Rows {
        out: String::from(HEADER),
    };
    if !plan.caveat.is_empty() {
        r.text_row("caveat", "", "", "caveat", &plan.caveat);
    }
    for f in &o.finance {
        finance_row(&mut r, "", f);
    }
    for line in &o.spend_lines {
        for (year, v) in o.years.iter().zip(&line.values) {
            r.row("spend", &line.name, year, "spend", *v);
        }
    }
    for (section, groups) in [
        ("savings_by_programme", &o.savings_by_programme),
        ("savings_by_stage", &o.savings_by_stage),
        ("savings_by_provider", &o.savings_by_provider),
    ] {
        for g in groups {
            for (t, year) in o.years.iter().enumerate().skip(1) {
                let values = [("face", g.face[t]), ("risk_adjusted", g.risk_adjusted[t])];
                r.measures(section, &g.key, year, &values);
            }
        }
    }
    for c in &o.investment_by_category {
        for (year, v) in o.years.iter().zip(&c.values).skip(1) {
            r.row("investment_by_category", &c.name, year, "investment", *v);
        }
    }
    for b in &o.bridges {
        for s in &b.steps {
            r.row(
                "bridge",
                &s.label,
                &b.year,
                &format!("{:?}", s.kind),
                s.value,
            );
        }
    }
    for t in &o.trajectories {
        for row in &t.rows {
            let values = [
                ("do_nothing", row.do_nothing),
                ("do_nothing_from_prior", row.do_nothing_from_prior),
                ("mitigation", row.mitigation),
                ("do_something", row.do_something),
            ];
            r.measures("trajectory", &t.name, &row.year, &values);
        }
    }
    for l in &o.localities {
        for row in &l.rows {
            let values = [
                ("gap_do_nothing", row.gap_do_nothing),
                ("gap_do_something", row.gap_do_something),
            ];
            r.measures("locality", &l.name, &row.year, &values);
        }
    }
    for p in &o.priorities {
        let values = [
            ("score", p.score),
            ("rank", p.rank as f64),
            ("investment_total", p.investment_total),
            ("savings_total", p.savings_total),
        ];
        r.measures("priority", &p.name, "", &values);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::safe_cell;

    #[test]
    fn neutralises_formulas_and_quotes() {
        assert_eq!(safe_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(safe_cell("+1"), "'+1");
        assert_eq!(safe_cell("-2"), "'-2");
        assert_eq!(safe_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe_cell("\tx"), "'\tx");
        assert_eq!(safe_cell("Acute, elective"), "\"Acute, elective\"");
        assert_eq!(safe_cell("2017/18"), "2017/18");
    }
}
