//! Plain-text and Markdown reports for people: the same tables, two notations.

use crate::engine::{Outcome, Rag};
use crate::format::grouped;
use crate::model::Plan;

/// A table of text cells; numbers are right-aligned.
struct Table {
    title: String,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(title: impl Into<String>, headers: &[&str]) -> Self {
        Self {
            title: title.into(),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    fn years(title: impl Into<String>, first: &str, years: &[String]) -> Self {
        let mut headers = vec![first.to_string()];
        headers.extend(years.iter().cloned());
        Self {
            title: title.into(),
            headers,
            rows: Vec::new(),
        }
    }

    fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    fn money_row(&mut self, label: &str, values: &[f64]) {
        let mut cells = vec![label.to_string()];
        cells.extend(values.iter().map(|v| grouped(*v, 0)));
        self.rows.push(cells);
    }

    fn widths(&self) -> Vec<usize> {
        let mut w: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for row in &self.rows {
            for (i, c) in row.iter().enumerate() {
                if i < w.len() {
                    w[i] = w[i].max(c.chars().count());
                }
            }
        }
        w
    }

    fn text(&self, out: &mut String) {
        let w = self.widths();
        out.push_str(&self.title);
        out.push('\n');
        let line = |cells: &[String], out: &mut String| {
            let mut s = String::new();
            for (i, c) in cells.iter().enumerate() {
                let pad = w[i].saturating_sub(c.chars().count());
                if i == 0 {
                    s.push_str(c);
                    s.push_str(&" ".repeat(pad));
                } else {
                    s.push_str("  ");
                    s.push_str(&" ".repeat(pad));
                    s.push_str(c);
                }
            }
            out.push_str(s.trim_end());
            out.push('\n');
        };
        line(&self.headers, out);
        let total: usize = w.iter().sum::<usize>() + 2 * w.len().saturating_sub(1);
        out.push_str(&"-".repeat(total));
        out.push('\n');
        for row in &self.rows {
            line(row, out);
        }
        out.push('\n');
    }

    fn markdown(&self, out: &mut String) {
        let esc = |s: &str| {
            s.replace('|', "\\|")
                .replace('\n', " ")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
        };
        out.push_str(&format!("## {}\n\n", esc(&self.title)));
        let cells: Vec<String> = self.headers.iter().map(|h| esc(h)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
        let align: Vec<&str> = (0..self.headers.len())
            .map(|i| if i == 0 { "---" } else { "---:" })
            .collect();
        out.push_str(&format!("| {} |\n", align.join(" | ")));
        for row in &self.rows {
            let cells: Vec<String> = row.iter().map(|c| esc(c)).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        out.push('\n');
    }
}

fn rag_label(rag: Option<Rag>) -> String {
    match rag {
        Some(Rag::Red) => "Red",
        Some(Rag::Amber) => "Amber",
        Some(Rag::Green) => "Green",
        None => "No data",
    }
    .to_string()
}

fn tables(plan: &Plan, o: &Outcome) -> Vec<Table> {
    let mut tables = Vec::new();
    let mut finance = Table::years("Financial position (£000)", "", &o.years);
    let col = |f: fn(&crate::engine::FinanceRow) -> f64| -> Vec<f64> {
        o.finance.iter().map(f).collect()
    };
    finance.money_row("Income", &col(|f| f.income));
    finance.money_row("Spend", &col(|f| f.spend));
    finance.money_row("Held back", &col(|f| f.held_back));
    finance.money_row("Do-nothing gap", &col(|f| f.gap_do_nothing));
    finance.money_row("New savings required", &col(|f| f.new_savings_required));
    finance.money_row("Savings (face value)", &col(|f| f.savings_face));
    finance.money_row("Savings (risk-adjusted)", &col(|f| f.savings_risk_adjusted));
    finance.money_row("Stretch", &col(|f| f.stretch));
    finance.money_row("Investment", &col(|f| f.investment));
    finance.money_row("Do-something gap", &col(|f| f.gap_do_something));
    finance.money_row("Still to find", &col(|f| f.unidentified_savings));
    tables.push(finance);

    if !o.spend_lines.is_empty() {
        let mut spend = Table::years("Spend by service area (£000)", "", &o.years);
        for line in &o.spend_lines {
            spend.money_row(&line.name, &line.values);
        }
        tables.push(spend);
    }
    if !o.savings_by_programme.is_empty() {
        let mut t = Table::years("Savings by programme, face value (£000)", "", &o.years[1..]);
        for g in &o.savings_by_programme {
            t.money_row(&g.key, &g.face[1..]);
        }
        tables.push(t);
    }
    if let Some(bridge) = o.bridges.last() {
        let mut t = Table::new(format!("Bridge to {} (£000)", bridge.year), &["", "£000"]);
        for s in &bridge.steps {
            t.row(vec![s.label.clone(), grouped(s.value, 0)]);
        }
        tables.push(t);
    }
    for traj in &o.trajectories {
        let mut t = Table::years(
            format!("{} ({})", traj.name, traj_unit(plan, &traj.id)),
            "",
            &o.years,
        );
        let col = |f: fn(&crate::engine::TrajectoryRow) -> f64| -> Vec<f64> {
            traj.rows.iter().map(f).collect()
        };
        t.money_row(
            "Do nothing (from last year's plan)",
            &col(|r| r.do_nothing_from_prior),
        );
        t.money_row("Mitigation", &col(|r| r.mitigation));
        t.money_row("Do something", &col(|r| r.do_something));
        tables.push(t);
    }
    if !o.localities.is_empty() {
        let mut headers = vec!["Locality", "Share"];
        let labels: Vec<String> = o.years.iter().map(|y| format!("Gap {y}")).collect();
        headers.extend(labels.iter().map(String::as_str));
        let mut t = Table::new("Do-something gap by locality (£000)", &headers);
        for l in &o.localities {
            let mut cells = vec![l.name.clone(), format!("{:.1}%", l.share * 100.0)];
            cells.extend(l.rows.iter().map(|r| grouped(r.gap_do_something, 0)));
            t.row(cells);
        }
        tables.push(t);
    }
    if !o.priorities.is_empty() {
        let mut t = Table::new(
            "Priorities",
            &[
                "Priority",
                "Rank",
                "Score",
                "Investment £000",
                "Savings £000",
            ],
        );
        let mut ranked: Vec<_> = o.priorities.iter().collect();
        ranked.sort_by_key(|p| p.rank);
        for p in ranked {
            t.row(vec![
                p.name.clone(),
                p.rank.to_string(),
                format!("{:.2}", p.score),
                grouped(p.investment_total, 0),
                grouped(p.savings_total, 0),
            ]);
        }
        tables.push(t);
    }
    if !o.kpis.is_empty() {
        let mut t = Table::new("KPIs", &["KPI", "Target", "Latest", "Status"]);
        for (k, r) in plan.kpis.iter().zip(&o.kpis) {
            t.row(vec![
                k.name.clone(),
                grouped(k.target, 1),
                k.actual.last().map_or("-".into(), |a| grouped(*a, 1)),
                rag_label(r.rag),
            ]);
        }
        tables.push(t);
    }
    if !o.risks.is_empty() {
        let mut t = Table::new("Risks", &["Risk", "Severity", "Exposure £000", "Status"]);
        for (risk, r) in plan.risks.iter().zip(&o.risks) {
            t.row(vec![
                risk.name.clone(),
                r.severity.to_string(),
                grouped(risk.exposure, 0),
                risk.status.label().to_string(),
            ]);
        }
        tables.push(t);
    }
    tables
}

fn traj_unit<'a>(plan: &'a Plan, id: &str) -> &'a str {
    plan.trajectories
        .iter()
        .find(|t| t.id == id)
        .map_or("", |t| t.unit.as_str())
}

fn heading(plan: &Plan, o: &Outcome) -> (String, String) {
    let option = if o.scenario == crate::model::BASE_SCENARIO {
        "Base plan".to_string()
    } else {
        plan.scenario(&o.scenario)
            .map_or(o.scenario.clone(), |s| s.name.clone())
    };
    let view = match &o.locality {
        Some(id) => {
            let name = plan
                .localities
                .iter()
                .find(|l| &l.id == id)
                .map_or(id.as_str(), |l| l.name.as_str());
            format!("{name} ({:.1}% share)", o.share * 100.0)
        }
        None => "Whole plan".to_string(),
    };
    (
        plan.title.clone(),
        format!(
            "{} · {} · option: {option} · view: {view}",
            plan.organisation, plan.place
        ),
    )
}

/// The report as aligned text tables.
pub fn text(plan: &Plan, o: &Outcome) -> String {
    let (title, sub) = heading(plan, o);
    let mut out = format!("{title}\n{sub}\n\n");
    for t in tables(plan, o) {
        t.text(&mut out);
    }
    out
}

/// The report as Markdown.
pub fn markdown(plan: &Plan, o: &Outcome) -> String {
    let (title, sub) = heading(plan, o);
    let mut out = format!(
        "# {}\n\n{}\n\n",
        title.replace('\n', " "),
        sub.replace('|', "\\|")
    );
    for t in tables(plan, o) {
        t.markdown(&mut out);
    }
    out
}
