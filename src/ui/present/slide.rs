//! The picture under each slide's words: the window's own charts drawn large, or plain
//! bars and lists where a chart would ask the room to read too much.

use egui::{RichText, Ui};

use super::bars::{BarRow, RangeRow, bars, ranges};
use super::{SlideType, Told};
use crate::engine::{Figure, Outcome, StepKind};
use crate::model::SlideKind;
use crate::model::audience::gathered;
use crate::report::story::activity_shown;
use crate::session::SavingsGrouping;
use crate::ui::FrameInput;
use crate::ui::charts::{activity, gap, headline, mix};
use crate::ui::theme::{Palette, category};

/// At most this many rows on a slide of bars or a list; the rest are said as one.
const MOST_ROWS: usize = 8;

/// Draws the picture of a slide of `kind` in the room `ui` has.
pub fn picture(ui: &mut Ui, f: &FrameInput, told: Told, kind: SlideKind, sizes: &SlideType) {
    let (plan, o) = (told.plan, told.outcome);
    match kind {
        SlideKind::Position => position(ui, f, o, sizes),
        SlideKind::Bridge => bridge(ui, o, sizes),
        SlideKind::Priorities => priorities(ui, o, sizes),
        SlideKind::Investment => investment(ui, o, sizes),
        SlideKind::Savings => mix::savings_chart(ui, plan, o, SavingsGrouping::Programme),
        SlideKind::Activity => {
            if let Some(t) = activity_shown(o) {
                activity::chart(ui, o, t, t.unit.clone());
            }
        }
        SlideKind::Risks => risks(ui, told, sizes),
        SlideKind::Options => options(ui, f, sizes),
        SlideKind::Range => range(ui, f, sizes),
    }
}

/// The final year's sum in figures a room can read, over the gap chart.
fn position(ui: &mut Ui, f: &FrameInput, o: &Outcome, sizes: &SlideType) {
    let palette = Palette::of(ui.ctx());
    if let Some(last) = o.finance.last().filter(|_| o.finance.len() > 1) {
        headline::sum_row(ui, &palette, last, sizes.figure);
        ui.add_space(sizes.margin * 0.3);
    }
    let risk = f.analysis.and_then(|a| a.risk.as_ref().ok());
    gap::show(ui, o, risk, ui.available_height());
}

/// What moves the gap from the start of the plan to its last year, largest first:
/// orange widens it, green closes it.
fn bridge(ui: &mut Ui, o: &Outcome, sizes: &SlideType) {
    let Some(b) = o.bridges.last() else {
        return;
    };
    let palette = Palette::of(ui.ctx());
    let mut rows: Vec<BarRow> = b
        .steps
        .iter()
        .filter(|s| s.kind == StepKind::Change && s.value.abs() >= 0.5)
        .map(|s| BarRow {
            label: s.label.clone(),
            value_k: s.value,
            colour: if s.value > 0.0 {
                palette.bad
            } else {
                palette.good
            },
        })
        .collect();
    rows.sort_by(|a, b| b.value_k.abs().total_cmp(&a.value_k.abs()));
    ui.label(
        RichText::new(format!(
            "Change in the gap, {} to {}, £m",
            o.years.first().map_or("", String::as_str),
            b.year
        ))
        .size(sizes.small)
        .color(palette.muted),
    );
    bars(ui, &fold(rows, "Other changes", palette.other), sizes);
}

/// The money behind each priority over the plan (investment and savings together), in
/// rank order.
fn priorities(ui: &mut Ui, o: &Outcome, sizes: &SlideType) {
    let palette = Palette::of(ui.ctx());
    let mut ranked: Vec<_> = o.priorities.iter().collect();
    ranked.sort_by_key(|p| p.rank);
    let rows: Vec<BarRow> = ranked
        .iter()
        .map(|p| BarRow {
            label: format!("{}. {}", p.rank, p.name),
            value_k: p.investment_total + p.savings_total,
            colour: palette.do_something,
        })
        .collect();
    ui.label(
        RichText::new(
            "The money behind each priority over the plan: investment and savings together",
        )
        .size(sizes.small)
        .color(palette.muted),
    );
    bars(ui, &fold(rows, "Other priorities", palette.other), sizes);
}

/// Investment over the plan by category, largest first.
fn investment(ui: &mut Ui, o: &Outcome, sizes: &SlideType) {
    let mut rows: Vec<BarRow> = o
        .investment_by_category
        .iter()
        .map(|s| (s.name.clone(), s.values.iter().sum::<f64>()))
        .filter(|(_, v)| *v != 0.0)
        .enumerate()
        .map(|(i, (label, value_k))| BarRow {
            label,
            value_k,
            colour: category(i),
        })
        .collect();
    rows.sort_by(|a, b| b.value_k.total_cmp(&a.value_k));
    let other = Palette::of(ui.ctx()).other;
    bars(ui, &fold(rows, "Other areas", other), sizes);
}

/// The gravest risks, each with its rating in words and colour; those withheld from the
/// public told as one row, rated as the gravest of them.
fn risks(ui: &mut Ui, told: Told, sizes: &SlideType) {
    let palette = Palette::of(ui.ctx());
    let mut graded: Vec<_> = told
        .outcome
        .risks
        .iter()
        .filter_map(|r| {
            told.plan
                .risks
                .iter()
                .find(|p| p.id == r.id)
                .map(|p| (p, r))
        })
        .collect();
    graded.sort_by_key(|(_, r)| std::cmp::Reverse(r.severity));
    let rows = gathered(&graded, |(r, _)| r.sensitive, |(r, _)| &r.name);
    for group in rows.iter().take(MOST_ROWS) {
        let (risk, outcome) = graded[group[0]];
        let (word, colour) = match outcome.rag() {
            crate::engine::Rag::Red => ("Red", palette.bad),
            crate::engine::Rag::Amber => ("Amber", palette.warn),
            crate::engine::Rag::Green => ("Green", palette.good),
        };
        ui.horizontal(|ui| {
            ui.add_sized(
                egui::vec2(sizes.body * 4.5, sizes.body * 1.4),
                egui::Label::new(RichText::new(word).size(sizes.body).strong().color(colour)),
            );
            ui.add(
                egui::Label::new(RichText::new(&risk.name).size(sizes.body))
                    .truncate()
                    .show_tooltip_when_elided(false),
            );
        });
    }
    if rows.len() > MOST_ROWS {
        ui.label(
            RichText::new(format!("and {} more", rows.len() - MOST_ROWS))
                .size(sizes.body)
                .color(palette.muted),
        );
    }
}

/// Still to find in the final year under each option compared.
fn options(ui: &mut Ui, f: &FrameInput, sizes: &SlideType) {
    let Some(c) = f.comparison.and_then(Result::ok) else {
        return;
    };
    let t = c.base.years.len().saturating_sub(1);
    let palette = Palette::of(ui.ctx());
    let rows: Vec<BarRow> = c
        .options
        .iter()
        .enumerate()
        .map(|(i, option)| {
            let value_k = c.figure(i, Figure::StillToFind, t);
            BarRow {
                label: option.name.clone(),
                value_k,
                colour: if value_k > 0.0 {
                    palette.bad
                } else {
                    palette.good
                },
            }
        })
        .collect();
    ui.label(
        RichText::new(format!(
            "Still to find in {}",
            c.base.years.last().map_or("", String::as_str)
        ))
        .size(sizes.small)
        .color(palette.muted),
    );
    bars(ui, &rows, sizes);
}

/// The gap left in each planning year, eight times out of ten.
fn range(ui: &mut Ui, f: &FrameInput, sizes: &SlideType) {
    let Some(risk) = f.analysis.and_then(|a| a.risk.as_ref().ok()) else {
        return;
    };
    let palette = Palette::of(ui.ctx());
    let rows: Vec<RangeRow> = risk
        .years
        .iter()
        .skip(1)
        .map(|y| RangeRow {
            label: y.year.clone(),
            low_k: y.p10,
            middle_k: y.p50,
            high_k: y.p90,
        })
        .collect();
    ui.label(
        RichText::new("The gap left after savings: the band holds eight outcomes in ten, the mark the middle one")
            .size(sizes.small)
            .color(palette.muted),
    );
    ranges(ui, &rows, palette.do_something, sizes);
}

/// The first rows as they are and the rest summed into one, named `other` with how
/// many it holds, in the palette's colour for "other", so a slide never runs off the
/// screen.
fn fold(mut rows: Vec<BarRow>, other: &str, colour: egui::Color32) -> Vec<BarRow> {
    if rows.len() <= MOST_ROWS {
        return rows;
    }
    let rest = rows.split_off(MOST_ROWS - 1);
    rows.push(BarRow {
        label: format!("{other} ({})", rest.len()),
        value_k: rest.iter().map(|r| r.value_k).sum(),
        colour,
    });
    rows
}
