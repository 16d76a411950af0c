//! The CSV report: one tidy row per number (section, item, year, measure, value), so a
//! spreadsheet can pivot it any way. Text from the plan can never run as a formula.

use std::fmt::Write;

use crate::engine::Outcome;
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
        // Writing to a String cannot fail.
        let _ = writeln!(
            self.out,
            "{},{},{},{},{}",
            safe_cell(section),
            safe_cell(item),
            safe_cell(year),
            safe_cell(measure),
            value
        );
    }
}

/// The report as CSV with a header row.
pub fn csv(_plan: &Plan, o: &Outcome) -> String {
    let mut r = Rows {
        out: String::from("section,item,year,measure,value\n"),
    };
    for f in &o.finance {
        r.measures(
            "finance",
            "",
            &f.year,
            &[
                ("income", f.income),
                ("spend", f.spend),
                ("held_back", f.held_back),
                ("gap_do_nothing", f.gap_do_nothing),
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
    for line in &o.spend_lines {
        for (year, v) in o.years.iter().zip(&line.values) {
            r.row("spend", &line.name, year, "spend", *v);
        }
    }
    for g in &o.savings_by_programme {
        for (t, year) in o.years.iter().enumerate().skip(1) {
            let values = [("face", g.face[t]), ("risk_adjusted", g.risk_adjusted[t])];
            r.measures("savings_by_programme", &g.key, year, &values);
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
    r.out
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
