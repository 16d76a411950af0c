//! The bridge (waterfall) from the base-year gap to a year's do-something gap: every step
//! the engine reports, one row each, even one that moves nothing, its name and amount
//! written above its bar. Options compared share one chart, a row per step of any of
//! them and a bar per option.

use egui::{Color32, Ui};
use egui_plot::{Bar, BarChart, MarkerShape, PlotPoint, PlotUi, Points};

use super::rows::{self, Labels, RowText, Rows};
use crate::engine::{Bridge, BridgeStep, Outcome, StepKind};
use crate::format::k_to_m;
use crate::format::money_m;
use crate::ui::theme::Palette;

/// Height of one bridge's bar, in points.
const BAR_HEIGHT: f32 = 14.0;
/// Height of each option's bar where options are compared, in points.
const COMPARED_BAR_HEIGHT: f32 = 9.0;

/// Where one step's bar runs, in £000.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    /// Where the bar starts: 0 for a total, the running total before a change.
    pub start: f64,
    /// Where it ends.
    pub end: f64,
    /// How it is drawn.
    pub kind: StepKind,
    /// The step's amount: the total, or the change.
    pub value: f64,
}

impl Span {
    fn low(&self) -> f64 {
        self.start.min(self.end)
    }

    fn high(&self) -> f64 {
        self.start.max(self.end)
    }

    /// A step too small to draw as a bar (under £500 either way).
    fn is_nothing(&self) -> bool {
        (self.end - self.start).abs() < 0.5
    }
}

/// Where each step's bar runs: totals from zero, changes from the running total.
pub fn spans(steps: &[BridgeStep]) -> Vec<Span> {
    let mut running = 0.0;
    steps
        .iter()
        .map(|s| span_after(&mut running, s.kind, s.value))
        .collect()
}

/// One step's span after `running`, which it moves on.
fn span_after(running: &mut f64, kind: StepKind, value: f64) -> Span {
    let start = match kind {
        StepKind::Change => *running,
        StepKind::Start | StepKind::Subtotal | StepKind::Total => 0.0,
    };
    let end = match kind {
        StepKind::Change => *running + value,
        _ => value,
    };
    *running = end;
    Span {
        start,
        end,
        kind,
        value,
    }
}

/// A step told apart from the others of its bridge: its label and which time that label
/// comes (a rule and a spend line could share a name).
type StepKey = (String, usize);

fn keys(bridge: &Bridge) -> Vec<StepKey> {
    let mut out: Vec<StepKey> = Vec::with_capacity(bridge.steps.len());
    for s in &bridge.steps {
        let n = out.iter().filter(|(l, _)| *l == s.label).count();
        out.push((s.label.clone(), n));
    }
    out
}

/// Rows for bridges compared: every step of every bridge once, in their order (a step
/// one bridge lacks goes after the step it follows in the bridge that has it).
fn merged_rows(bridges: &[&Bridge]) -> Vec<StepKey> {
    let mut rows: Vec<StepKey> = Vec::new();
    for b in bridges {
        let mut at = 0;
        for key in keys(b) {
            match rows.iter().position(|r| *r == key) {
                Some(p) => at = p + 1,
                None => {
                    rows.insert(at, key);
                    at += 1;
                }
            }
        }
    }
    rows
}

/// Bridges lined up on shared rows: the rows' labels, and for each bridge a span per
/// row. A step a bridge lacks moves nothing in it (a zero change at its running total).
pub fn aligned(bridges: &[&Bridge]) -> (Vec<String>, Vec<Vec<Span>>) {
    let rows = merged_rows(bridges);
    let spans = bridges
        .iter()
        .map(|b| {
            let own: Vec<(StepKey, &BridgeStep)> = keys(b).into_iter().zip(&b.steps).collect();
            let mut running = 0.0;
            rows.iter()
                .map(|row| match own.iter().find(|(k, _)| k == row) {
                    Some((_, s)) => span_after(&mut running, s.kind, s.value),
                    None => span_after(&mut running, StepKind::Change, 0.0),
                })
                .collect()
        })
        .collect();
    (rows.into_iter().map(|(label, _)| label).collect(), spans)
}

/// The colour of a bar in a single bridge: totals grey, what widens the gap bad, what
/// closes it good.
fn step_colour(palette: &Palette, span: &Span) -> Color32 {
    match span.kind {
        StepKind::Start | StepKind::Subtotal | StepKind::Total => palette.total,
        StepKind::Change if span.value > 0.0 => palette.bad,
        StepKind::Change => palette.good,
    }
}

/// Draws the bridge for planning year `year` (1-based) of the option in view.
pub fn show(ui: &mut Ui, o: &Outcome, year: usize, height: f32) {
    let Some(bridge) = o.bridges.get(year.saturating_sub(1)) else {
        ui.label("No planning years.");
        return;
    };
    ui.label(format!(
        "Bridge from {} to the do-something gap in {} (£m): orange widens the gap, green closes it",
        o.years.first().map_or("", String::as_str),
        bridge.year
    ));
    let spans = spans(&bridge.steps);
    let rows = Rows::new(spans.len(), 1, BAR_HEIGHT);
    let texts: Vec<RowText> = bridge
        .steps
        .iter()
        .map(|s| RowText {
            label: s.label.clone(),
            amount: Some(money_m(s.value)),
        })
        .collect();
    let palette = Palette::of(ui.ctx());
    egui::ScrollArea::vertical()
        .id_salt("bridge-scroll")
        .max_height(height)
        .show(ui, |ui| {
            let x = rows::money_range(spans.iter().flat_map(|s| [s.start, s.end]).map(k_to_m));
            let labels = Labels::fit(ui, "bridge-chart", ui.available_width(), &texts);
            rows::chart("bridge-chart", &rows).show(ui, |p| {
                rows::fix_view(p, &rows, &x);
                let bars: Vec<Bar> = spans
                    .iter()
                    .zip(&bridge.steps)
                    .enumerate()
                    .filter(|(_, (span, _))| !span.is_nothing())
                    .map(|(i, (span, step))| {
                        bar(&rows, i, 0, span)
                            .fill(step_colour(&palette, span))
                            .name(format!("{}: {}", step.label, money_m(step.value)))
                    })
                    .collect();
                draw_bars(p, "Bridge", bars);
                for (i, (span, step)) in spans.iter().zip(&bridge.steps).enumerate() {
                    if span.is_nothing() {
                        no_change(p, &rows, (i, 0), span, &step.label, palette.no_change);
                    }
                }
                labels.draw(p, &rows, &x);
            });
        });
}

/// One option's bridge, as compared.
pub struct ComparedBridge<'a> {
    /// The option's name.
    pub name: &'a str,
    /// Its colour, the same in every chart of the comparison.
    pub colour: Color32,
    /// Its bridge.
    pub bridge: &'a Bridge,
}

/// Draws the compared options' bridges on one chart: a row for every step any of them
/// has, a bar per option in its colour, so each step can be read across the options.
pub fn compared(ui: &mut Ui, id: &str, options: &[ComparedBridge]) {
    let bridges: Vec<&Bridge> = options.iter().map(|o| o.bridge).collect();
    let (labels, spans) = aligned(&bridges);
    let rows = Rows::new(labels.len(), options.len(), COMPARED_BAR_HEIGHT);
    let texts: Vec<RowText> = labels
        .iter()
        .map(|l| RowText {
            label: l.clone(),
            amount: None,
        })
        .collect();
    let x = rows::money_range(
        spans
            .iter()
            .flatten()
            .flat_map(|s| [s.start, s.end])
            .map(k_to_m),
    );
    let row_labels = Labels::fit(ui, id, ui.available_width(), &texts);
    rows::chart(id, &rows).show(ui, |p| {
        rows::fix_view(p, &rows, &x);
        for (j, (option, spans)) in options.iter().zip(&spans).enumerate() {
            let bars: Vec<Bar> = spans
                .iter()
                .zip(&labels)
                .enumerate()
                .filter(|(_, (span, _))| !span.is_nothing())
                .map(|(i, (span, label))| {
                    bar(&rows, i, j, span).fill(option.colour).name(format!(
                        "{}\n{label}: {}",
                        option.name,
                        money_m(span.value)
                    ))
                })
                .collect();
            p.bar_chart(
                BarChart::new(option.name.to_string(), bars)
                    .horizontal()
                    .color(option.colour)
                    .element_formatter(Box::new(|b, _| b.name.clone())),
            );
            for (i, (span, label)) in spans.iter().zip(&labels).enumerate() {
                if span.is_nothing() {
                    let what = format!("{}: {label}", option.name);
                    no_change(p, &rows, (i, j), span, &what, option.colour);
                }
            }
        }
        row_labels.draw(p, &rows, &x);
    });
}

/// Bar `bar` of row `row`, running along `span`.
fn bar(rows: &Rows, row: usize, bar: usize, span: &Span) -> Bar {
    Bar::new(rows.bar_y(row, bar), k_to_m(span.high() - span.low()))
        .base_offset(k_to_m(span.low()))
        .horizontal()
        .width(rows.bar_width())
}

fn draw_bars(p: &mut PlotUi, name: &str, bars: Vec<Bar>) {
    p.bar_chart(
        BarChart::new(name.to_string(), bars)
            .horizontal()
            .element_formatter(Box::new(|b, _| b.name.clone())),
    );
}

/// A step worth nothing (under £500): a small mark where it would start, so it is seen.
fn no_change(
    p: &mut PlotUi,
    rows: &Rows,
    (row, bar): (usize, usize),
    span: &Span,
    what: &str,
    colour: Color32,
) {
    let at = PlotPoint::new(k_to_m(span.start), rows.bar_y(row, bar));
    p.points(
        Points::new(
            format!("{what}: {}", money_m(span.value)),
            vec![[at.x, at.y]],
        )
        .shape(MarkerShape::Diamond)
        .filled(true)
        .radius(4.0)
        .color(colour)
        .id(("no-change", row, bar)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(label: &str, kind: StepKind, value: f64) -> BridgeStep {
        BridgeStep {
            label: label.into(),
            kind,
            value,
        }
    }

    fn bridge(steps: Vec<BridgeStep>) -> Bridge {
        Bridge {
            year: "2018/19".into(),
            steps,
        }
    }

    #[test]
    fn spans_run_from_the_running_total() {
        let b = bridge(vec![
            step("Start", StepKind::Start, 10.0),
            step("Up", StepKind::Change, 5.0),
            step("Down", StepKind::Change, -8.0),
            step("Mid", StepKind::Subtotal, 7.0),
            step("Nothing", StepKind::Change, 0.0),
            step("End", StepKind::Total, 7.0),
        ]);
        let s = spans(&b.steps);
        assert_eq!(s.len(), 6);
        assert_eq!((s[1].start, s[1].end), (10.0, 15.0));
        assert_eq!((s[2].start, s[2].end), (15.0, 7.0));
        assert_eq!((s[3].start, s[3].end), (0.0, 7.0));
        assert!(s[4].is_nothing());
        assert_eq!((s[4].start, s[4].end), (7.0, 7.0));
        assert!(!s[5].is_nothing());
    }

    #[test]
    fn compared_bridges_share_every_step() {
        let a = bridge(vec![
            step("Start", StepKind::Start, 0.0),
            step("Income growth", StepKind::Change, -30.0),
            step("Acute", StepKind::Change, 20.0),
            step("Gap", StepKind::Subtotal, -10.0),
            step("Savings: CHC", StepKind::Change, -3.0),
            step("Savings: TBD", StepKind::Change, -2.0),
            step("End", StepKind::Total, -15.0),
        ]);
        // This option has a rule the other lacks, and no TBD savings at all.
        let b = bridge(vec![
            step("Start", StepKind::Start, 0.0),
            step("Income growth", StepKind::Change, -30.0),
            step("Acute", StepKind::Change, 20.0),
            step("Contingency", StepKind::Change, 4.0),
            step("Gap", StepKind::Subtotal, -6.0),
            step("Savings: CHC", StepKind::Change, -3.0),
            step("End", StepKind::Total, -9.0),
        ]);
        let (labels, spans) = aligned(&[&a, &b]);
        assert_eq!(
            labels,
            vec![
                "Start",
                "Income growth",
                "Acute",
                "Contingency",
                "Gap",
                "Savings: CHC",
                "Savings: TBD",
                "End"
            ]
        );
        assert!(spans.iter().all(|s| s.len() == labels.len()));
        // The step each lacks moves nothing in it, and each still ends at its total.
        assert!(spans[0][3].is_nothing() && spans[1][6].is_nothing());
        assert_eq!(spans[0][3].start, -10.0);
        assert_eq!(spans[1][6].start, -9.0);
        assert_eq!(spans[0][7].end, -15.0);
        assert_eq!(spans[1][7].end, -9.0);
        // Every step of either bridge is a row.
        for b in [&a, &b] {
            for s in &b.steps {
                assert!(labels.contains(&s.label), "{} missing", s.label);
            }
        }
    }

    #[test]
    fn steps_with_the_same_name_are_not_merged() {
        let a = bridge(vec![
            step("Start", StepKind::Start, 0.0),
            step("Other", StepKind::Change, 1.0),
            step("Other", StepKind::Change, 2.0),
            step("End", StepKind::Total, 3.0),
        ]);
        let (labels, spans) = aligned(&[&a, &a]);
        assert_eq!(labels, vec!["Start", "Other", "Other", "End"]);
        assert_eq!(spans[1][2].end, 3.0);
    }

    #[test]
    fn every_step_of_a_sample_plan_is_shown_for_every_option() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sample-plans/bedfordshire-2018-19.ron");
        let plan = crate::io::load_path(&path).expect("valid");
        let mut ids = vec![crate::model::BASE_SCENARIO];
        ids.extend(plan.scenarios.iter().map(|s| s.id.as_str()));
        let c = crate::engine::compare(&plan, &ids, None).expect("computes");
        let bridges: Vec<&Bridge> = c
            .options
            .iter()
            .filter_map(|o| o.outcome.bridges.last())
            .collect();
        let (labels, spans) = aligned(&bridges);
        for (b, spans) in bridges.iter().zip(&spans) {
            for s in &b.steps {
                assert!(labels.contains(&s.label), "{} missing", s.label);
            }
            let total = b.steps.last().map_or(0.0, |s| s.value);
            let end = spans.last().map_or(0.0, |s| s.end);
            assert!((total - end).abs() < 1e-6);
        }
    }
}
