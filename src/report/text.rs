//! Plain-text and Markdown reports for people: the same tables, two notations.

use super::{Contents, Extras, RiskSummary};
use crate::engine::{Comparison, Figure, GoalSeek, Outcome, Rag, Tornado};
use crate::format::{grouped, percent};
use crate::model::{BASE_SCENARIO, Plan};

/// A table of text cells; numbers are right-aligned.
struct Table {
    title: String,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    /// How many columns, from the first, hold labels and are left-aligned.
    labels: usize,
}

impl Table {
    fn new(title: impl Into<String>, headers: &[&str]) -> Self {
        Self {
            title: title.into(),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            labels: 1,
        }
    }

    fn years(title: impl Into<String>, first: &str, years: &[String]) -> Self {
        let mut headers = vec![first.to_string()];
        headers.extend(years.iter().cloned());
        Self {
            title: title.into(),
            headers,
            rows: Vec::new(),
            labels: 1,
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
                if i > 0 {
                    s.push_str("  ");
                }
                if i < self.labels {
                    s.push_str(c);
                    s.push_str(&" ".repeat(pad));
                } else {
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
        let esc = markdown_text;
        out.push_str(&format!("## {}\n\n", esc(&self.title)));
        let cells: Vec<String> = self.headers.iter().map(|h| esc(h)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
        let align: Vec<&str> = (0..self.headers.len())
            .map(|i| if i < self.labels { "---" } else { "---:" })
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
    finance.money_row("Savings required", &col(|f| f.savings_required));
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
    for (title, groups) in [
        ("Savings by programme", &o.savings_by_programme),
        ("Savings by stage", &o.savings_by_stage),
        ("Savings by provider stream", &o.savings_by_provider),
    ] {
        if groups.is_empty() {
            continue;
        }
        let title = format!("{title}, face value (£000)");
        let mut t = Table::years(title, "", &o.years[1..]);
        for g in groups {
            t.money_row(&g.key, &g.face[1..]);
        }
        tables.push(t);
    }
    if !o.investment_by_category.is_empty() {
        let mut t = Table::years("Investment by category (£000)", "", &o.years[1..]);
        for c in &o.investment_by_category {
            t.money_row(&c.name, &c.values[1..]);
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
        // Without criteria nothing is scored, so no order is a ranking.
        let scored = !plan.criteria.is_empty();
        for p in ranked {
            t.row(vec![
                p.name.clone(),
                if scored {
                    p.rank.to_string()
                } else {
                    "-".into()
                },
                if scored {
                    format!("{:.2}", p.score)
                } else {
                    "not scored".into()
                },
                grouped(p.investment_total, 0),
                grouped(p.savings_total, 0),
            ]);
        }
        tables.push(t);
    }
    if !o.kpis.is_empty() {
        let mut t = Table::new("KPIs", &["KPI", "Target", "Latest", "Status"]);
        for (k, r) in plan.kpis.iter().zip(&o.kpis) {
            let status = match k.target {
                Some(_) => rag_label(r.rag),
                None => "Trend (no target)".to_string(),
            };
            t.row(vec![
                k.name.clone(),
                k.target.map_or("No target".into(), |x| grouped(x, 1)),
                k.actual.last().map_or("-".into(), |a| grouped(*a, 1)),
                status,
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

/// A change in £000 with its sign: `+1,234`, `-567`, `0`.
fn signed(value: f64) -> String {
    let text = grouped(value, 0);
    if text.starts_with('-') || text == "0" {
        text
    } else {
        format!("+{text}")
    }
}

/// `"Downside: "` before an analysis's title when options are compared.
fn prefix(option: Option<&str>) -> String {
    option.map_or_else(String::new, |name| format!("{name}: "))
}

fn risk_table(option: Option<&str>, r: &RiskSummary) -> Table {
    let s = &r.settings;
    let mut how = format!("{} runs, seed {}", grouped(f64::from(s.runs), 0), s.seed);
    if s.growth_sd > 0.0 {
        how.push_str(&format!(
            ", spend growth sd {} pp",
            grouped(s.growth_sd, 2)
                .trim_end_matches('0')
                .trim_end_matches('.')
        ));
    }
    let mut t = Table::new(
        format!(
            "{}Risk range of the do-something gap (£000; {how})",
            prefix(option)
        ),
        &[
            "Year",
            "Mean",
            "P10",
            "P50",
            "P90",
            "Chance of breaking even",
        ],
    );
    for y in &r.years {
        t.row(vec![
            y.year.clone(),
            grouped(y.mean, 0),
            grouped(y.p10, 0),
            grouped(y.p50, 0),
            grouped(y.p90, 0),
            percent(y.p_break_even * 100.0),
        ]);
    }
    t
}

fn sensitivity_table(option: Option<&str>, tornado: &Tornado) -> Table {
    let mut t = Table::new(
        format!(
            "{}Sensitivity of the {} gap (£000; {} with nothing moved)",
            prefix(option),
            tornado.year,
            grouped(tornado.gap, 0)
        ),
        &["Driver", "Step", "Down", "Up"],
    );
    for d in &tornado.drivers {
        t.row(vec![
            d.label.clone(),
            d.step.clone(),
            signed(d.down),
            signed(d.up),
        ]);
    }
    t
}

fn goal_seek_table(option: Option<&str>, years: &[String], g: &GoalSeek) -> Table {
    let mut t = Table::new(
        format!("{}Goal seek", prefix(option)),
        &["What would close the gap", "Value"],
    );
    for (year, extra) in years.iter().zip(&g.extra_savings) {
        t.row(vec![
            format!("Extra savings, {year} (£000)"),
            grouped(*extra, 0),
        ]);
    }
    let last = years.last().map_or("", String::as_str);
    let cut = match g.spend_growth_cut_pp {
        Some(pp) if pp < 0.0 => format!("{} pp (headroom)", grouped(pp, 2)),
        Some(pp) => format!("{} pp", grouped(pp, 2)),
        None => format!(
            "none within ±{} pp",
            grouped(crate::engine::SPEND_GROWTH_SEARCH_PP, 0)
        ),
    };
    t.row(vec![
        format!("Cut in every spend line's growth, closing the {last} gap"),
        cut,
    ]);
    t
}

/// The analyses asked for, as tables; `option` names the option when options are
/// compared.
fn extra_tables(option: Option<&str>, years: &[String], e: &Extras) -> Vec<Table> {
    let mut tables = Vec::new();
    if let Some(r) = &e.risk {
        tables.push(risk_table(option, r));
    }
    if let Some(t) = &e.sensitivity {
        tables.push(sensitivity_table(option, t));
    }
    if let Some(g) = &e.goal_seek {
        tables.push(goal_seek_table(option, years, g));
    }
    tables
}

/// The key figures of every option by year, each option's difference from the base
/// plan under it, then what differs between the options, then each option's analyses.
fn compared_tables(c: &Comparison, extras: &[Extras]) -> Vec<Table> {
    let years = &c.base.years;
    let mut headers = vec!["Figure", "Option"];
    headers.extend(years.iter().map(String::as_str));
    let mut figures = Table::new("Options compared (£000)", &headers);
    figures.labels = 2;
    for figure in Figure::ALL {
        for (i, option) in c.options.iter().enumerate() {
            let label = if i == 0 { figure.label() } else { "" };
            let mut cells = vec![label.to_string(), option.name.clone()];
            cells.extend((0..years.len()).map(|t| grouped(c.figure(i, figure, t), 0)));
            figures.row(cells);
            if option.id != BASE_SCENARIO {
                let mut cells = vec![String::new(), format!("{} vs base", option.name)];
                cells.extend((0..years.len()).map(|t| signed(c.from_base(i, figure, t))));
                figures.row(cells);
            }
        }
    }
    let mut tables = vec![figures];
    let mut headers = vec!["Input"];
    headers.extend(c.options.iter().map(|o| o.name.as_str()));
    let mut differs = Table::new("What differs", &headers);
    for d in &c.differences {
        let mut cells = vec![d.input.clone()];
        cells.extend(d.values.iter().cloned());
        differs.row(cells);
    }
    if c.differences.is_empty() {
        differs.row(vec!["Nothing: the options' inputs are the same".into()]);
    }
    tables.push(differs);
    for (option, e) in c.options.iter().zip(extras) {
        tables.extend(extra_tables(Some(&option.name), years, e));
    }
    tables
}

/// Every table of a report, with its title and subtitle.
fn document(plan: &Plan, contents: &Contents) -> (String, String, Vec<Table>) {
    match contents {
        Contents::One { outcome, extras } => {
            let (title, sub) = heading(plan, outcome);
            let mut tables = tables(plan, outcome);
            tables.extend(extra_tables(None, &outcome.years, extras));
            (title, sub, tables)
        }
        Contents::Compared { comparison, extras } => {
            let names: Vec<&str> = comparison.options.iter().map(|o| o.name.as_str()).collect();
            let sub = format!(
                "{} · {} · options: {} · view: {}",
                plan.organisation,
                plan.place,
                names.join(", "),
                view_label(plan, &comparison.base)
            );
            (plan.title.clone(), sub, compared_tables(comparison, extras))
        }
    }
}

fn view_label(plan: &Plan, o: &Outcome) -> String {
    match &o.locality {
        Some(id) => {
            let name = plan
                .localities
                .iter()
                .find(|l| &l.id == id)
                .map_or(id.as_str(), |l| l.name.as_str());
            format!("{name} ({:.1}% share)", o.share * 100.0)
        }
        None => "Whole plan".to_string(),
    }
}

fn heading(plan: &Plan, o: &Outcome) -> (String, String) {
    let option = if o.scenario == crate::model::BASE_SCENARIO {
        "Base plan".to_string()
    } else {
        plan.scenario(&o.scenario)
            .map_or(o.scenario.clone(), |s| s.name.clone())
    };
    let view = view_label(plan, o);
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
    write_text(&title, &sub, &plan.caveat, &tables(plan, o))
}

/// The report as Markdown.
pub fn markdown(plan: &Plan, o: &Outcome) -> String {
    let (title, sub) = heading(plan, o);
    write_markdown(&title, &sub, &plan.caveat, &tables(plan, o))
}

/// The report of one option or of options compared, as aligned text tables.
pub(super) fn text_of(plan: &Plan, contents: &Contents) -> String {
    let (title, sub, tables) = document(plan, contents);
    write_text(&title, &sub, &plan.caveat, &tables)
}

/// The report of one option or of options compared, as Markdown.
pub(super) fn markdown_of(plan: &Plan, contents: &Contents) -> String {
    let (title, sub, tables) = document(plan, contents);
    write_markdown(&title, &sub, &plan.caveat, &tables)
}

/// The heading, the plan's caveat (when it has one) and the tables.
fn write_text(title: &str, sub: &str, caveat: &str, tables: &[Table]) -> String {
    let mut out = format!("{title}\n{sub}\n\n");
    if !caveat.is_empty() {
        out.push_str(&format!("CAVEAT: {caveat}\n\n"));
    }
    for t in tables {
        t.text(&mut out);
    }
    out
}

fn write_markdown(title: &str, sub: &str, caveat: &str, tables: &[Table]) -> String {
    let mut out = format!(
        "# {}\n\n{}\n\n",
        title.replace('\n', " "),
        sub.replace('|', "\\|")
    );
    if !caveat.is_empty() {
        out.push_str(&format!("> **Caveat:** {}\n\n", markdown_text(caveat)));
    }
    for t in tables {
        t.markdown(&mut out);
    }
    out
}

/// Plan text made safe inside a Markdown paragraph or table cell.
fn markdown_text(s: &str) -> String {
    s.replace('|', "\\|")
        .replace('\n', " ")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
