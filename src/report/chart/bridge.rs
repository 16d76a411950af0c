//! The bridge (waterfall) from the base year's gap to one year's do-something gap: a row
//! per step the engine reports, its name on the left and its amount on the right.

use super::frame::{self, KeyItem, PAD, Swatch, TEXT_SIZE};
use super::palette::{BAD, GOOD, GRID, INK, MUTED, NO_CHANGE, TOTAL};
use super::scale::{Scale, Unit};
use super::svg::{Anchor, Colour, Dash, Font, Stroke, Svg};
use super::{Size, TICKS};
use crate::engine::{Bridge, BridgeStep, StepKind};
use crate::format::{k_to_m, money_m};

/// Height of a row.
const ROW: f64 = 17.0;
/// Height of a bar.
const BAR: f64 = 11.0;
/// A totals row's background.
const TOTAL_ROW: Colour = Colour::grey(243);

/// Where one step's bar runs, in £m.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Span {
    start: f64,
    end: f64,
}

impl Span {
    /// Under £500 either way: drawn as a mark, not a bar.
    fn is_nothing(&self) -> bool {
        (self.end - self.start).abs() < k_to_m(0.5)
    }
}

/// Totals run from zero, changes from the running total.
fn spans(steps: &[BridgeStep]) -> Vec<Span> {
    let mut running = 0.0;
    steps
        .iter()
        .map(|s| {
            let value = k_to_m(s.value);
            let span = match s.kind {
                StepKind::Change => Span {
                    start: running,
                    end: running + value,
                },
                StepKind::Start | StepKind::Subtotal | StepKind::Total => Span {
                    start: 0.0,
                    end: value,
                },
            };
            running = span.end;
            span
        })
        .collect()
}

fn is_total(kind: StepKind) -> bool {
    !matches!(kind, StepKind::Change)
}

/// A step's colour: totals grey, what widens the gap bad, what closes it good.
fn colour(step: &BridgeStep) -> Colour {
    match step.kind {
        StepKind::Change if step.value > 0.0 => BAD,
        StepKind::Change => GOOD,
        _ => TOTAL,
    }
}

/// A step's amount as written beside it: changes with their sign.
fn amount(step: &BridgeStep) -> String {
    let text = money_m(step.value);
    if step.kind == StepKind::Change && step.value > 0.0 && text != "£0m" {
        format!("+{text}")
    } else {
        text
    }
}

/// The bridge to `bridge.year`'s do-something gap, in £m. The chart is `size.width`
/// wide and as tall as its steps need, at least `size.height`.
pub fn bridge_svg(bridge: &Bridge, size: Size) -> String {
    let title = format!("Bridge to the do-something gap in {}, £m", bridge.year);
    let key = key(bridge);
    let top = frame::header_height(size.width, &title, &key);
    let rows = bridge.steps.len().max(1) as f64;
    let height = size
        .height
        .max(top + rows * ROW + 2.0 * TEXT_SIZE + PAD + 8.0);
    let mut svg = Svg::new(Size::new(size.width, height), &title);
    frame::header(&mut svg, &title, &key);
    if bridge.steps.is_empty() {
        frame::empty(&mut svg, top, "No steps to show.");
        return svg.finish();
    }
    let spans = spans(&bridge.steps);
    let amounts: Vec<String> = bridge.steps.iter().map(amount).collect();
    let columns = Columns::new(size.width, bridge, &amounts);
    let x = Scale::covering(
        spans.iter().flat_map(|s| [s.start, s.end]),
        true,
        TICKS,
        Unit::MoneyM,
    )
    .onto(columns.bars_left, columns.bars_right);
    let bottom = top + rows * ROW;
    grid(&mut svg, &x, (top, bottom));
    for (i, (step, span)) in bridge.steps.iter().zip(&spans).enumerate() {
        let row_top = top + i as f64 * ROW;
        row(&mut svg, (&x, &columns), row_top, (step, span, &amounts[i]));
        if let Some(next) = spans.get(i + 1)
            && bridge.steps[i + 1].kind == StepKind::Change
        {
            let at = x.at(next.start);
            let from = row_top + (ROW + BAR) / 2.0;
            let connector = Stroke::solid(MUTED, 0.7).dashed(Dash::Dotted);
            svg.line((at, from), (at, from + ROW - BAR), connector);
        }
    }
    svg.finish()
}

/// Where the labels, the bars and the amounts go.
struct Columns {
    label_width: f64,
    bars_left: f64,
    bars_right: f64,
}

impl Columns {
    fn new(width: f64, bridge: &Bridge, amounts: &[String]) -> Self {
        let widest = |texts: &mut dyn Iterator<Item = &str>| {
            texts
                .map(|t| frame::text_width(t, TEXT_SIZE))
                .fold(0.0, f64::max)
        };
        let label_width =
            widest(&mut bridge.steps.iter().map(|s| s.label.as_str())).clamp(90.0, width * 0.4);
        let amount_width = widest(&mut amounts.iter().map(String::as_str)) + 10.0;
        Self {
            label_width,
            bars_left: PAD + label_width + 10.0,
            bars_right: width - PAD - amount_width,
        }
    }
}

/// Vertical grid lines at the ticks, the zero line, and the tick labels below.
fn grid(svg: &mut Svg, x: &Scale, (top, bottom): (f64, f64)) {
    for tick in x.ticks() {
        let at = x.at(tick);
        let stroke = if tick == 0.0 {
            Stroke::solid(TOTAL, 1.2)
        } else {
            Stroke::solid(GRID, 0.8)
        };
        svg.line((at, top), (at, bottom), stroke);
        svg.text(
            (at, bottom + TEXT_SIZE + 4.0),
            &x.label(tick),
            Font::new(TEXT_SIZE, MUTED).anchored(Anchor::Middle),
        );
    }
}

/// One step: its label, its bar (or a mark for a step that moves nothing) and its amount.
fn row(
    svg: &mut Svg,
    (x, columns): (&Scale, &Columns),
    top: f64,
    (step, span, amount): (&BridgeStep, &Span, &str),
) {
    let width = svg.size().width;
    let total = is_total(step.kind);
    if total {
        svg.rect((PAD, top), (width - 2.0 * PAD, ROW), TOTAL_ROW);
    }
    let mut font = Font::new(TEXT_SIZE, INK);
    if total {
        font = font.bold();
    }
    let baseline = top + ROW / 2.0 + TEXT_SIZE * 0.35;
    let label = frame::fit(&step.label, columns.label_width, TEXT_SIZE);
    let full = (label != step.label).then_some(step.label.as_str());
    svg.text_titled((PAD + 2.0, baseline), &label, full, font);
    let mid = top + ROW / 2.0;
    if span.is_nothing() {
        svg.diamond((x.at(span.start), mid), 4.0, NO_CHANGE);
    } else {
        let (a, b) = (x.at(span.start), x.at(span.end));
        svg.rect(
            (a.min(b), mid - BAR / 2.0),
            ((a - b).abs(), BAR),
            colour(step),
        );
    }
    svg.text(
        (width - PAD - 2.0, baseline),
        amount,
        font.anchored(Anchor::End),
    );
}

/// The key: totals, what widens and closes the gap, and a step that moves nothing when
/// there is one.
fn key(bridge: &Bridge) -> Vec<KeyItem> {
    let mut items = vec![
        KeyItem::new("Gap (total)", Swatch::Fill(TOTAL)),
        KeyItem::new("Widens the gap", Swatch::Fill(BAD)),
        KeyItem::new("Closes the gap", Swatch::Fill(GOOD)),
    ];
    if spans(&bridge.steps).iter().any(Span::is_nothing) {
        items.push(KeyItem::new("Moves nothing", Swatch::Diamond(NO_CHANGE)));
    }
    items
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

    #[test]
    fn changes_run_from_the_running_total() {
        let s = spans(&[
            step("Start", StepKind::Start, 10_000.0),
            step("Up", StepKind::Change, 5_000.0),
            step("Down", StepKind::Change, -8_000.0),
            step("Nothing", StepKind::Change, 0.0),
            step("End", StepKind::Total, 7_000.0),
        ]);
        assert_eq!((s[1].start, s[1].end), (10.0, 15.0));
        assert_eq!((s[2].start, s[2].end), (15.0, 7.0));
        assert!(s[3].is_nothing());
        assert_eq!((s[4].start, s[4].end), (0.0, 7.0));
    }

    #[test]
    fn a_bridge_is_as_tall_as_its_steps_need() {
        let steps: Vec<BridgeStep> = (0..40)
            .map(|i| step(&format!("Step {i}"), StepKind::Change, 100.0))
            .collect();
        let bridge = Bridge {
            year: "2018/19".into(),
            steps,
        };
        let svg = bridge_svg(&bridge, Size::new(700.0, 100.0));
        let height: f64 = svg
            .split("viewBox=\"0 0 700 ")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .and_then(|h| h.parse().ok())
            .unwrap_or(0.0);
        assert!(height > 40.0 * ROW, "{height}");
    }
}
