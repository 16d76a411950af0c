//! Value for money: investments ranked by benefit per pound as a cumulative
//! benefit-against-cost curve (the STAR approach), and a suggested package that fits the
//! headroom left after savings, which the group can take or leave.

use egui::{Grid, RichText, Ui};
use egui_plot::{HoverPosition, Line, Points, VLine};

use super::common::{key, money_grid, money_m_axis, plot, shorten, updating_mark};
use crate::engine::{ValueForMoney, ValueItem};
use crate::format::k_to_m;
use crate::format::{grouped, money_k, money_m};
use crate::session::Analysis;
use crate::ui::theme::{Palette, space};

/// Investments listed in the table; the curve shows them all.
const ROWS_SHOWN: usize = 40;
/// Characters of an investment's name shown in the table (all of it on hover).
const NAME_CHARS: usize = 34;
/// Height of the curve, in points.
const CURVE_HEIGHT: f32 = 230.0;

/// Names of the curve's series, in the key and on hover.
const CURVE: &str = "Cumulative benefit";
const IN_PACKAGE: &str = "In the suggested package";
const NOT_IN_IT: &str = "Not in it";

/// What the person asked for.
pub enum ValueAction {
    /// Nothing.
    None,
    /// Make the suggested package count in the option in view: the ranked investments
    /// in the package on, the other ranked ones off.
    Accept {
        /// Every investment that was ranked.
        considered: Vec<String>,
        /// The ones in the package.
        package: Vec<String>,
    },
}

/// Draws the value-for-money tab. `editable` is false in review mode.
pub fn show(ui: &mut Ui, a: Option<&Analysis>, current: bool, editable: bool) -> ValueAction {
    let Some(v) = ready(ui, a) else {
        return ValueAction::None;
    };
    updating_mark(ui, current);
    if v.ranked.is_empty() {
        ui.label("No investment has both a cost and a benefit score yet. Give investments a benefit score (0-100) in the Investments editor to rank them here.");
        return ValueAction::None;
    }
    let headroom: f64 = v.headroom.iter().skip(1).sum();
    ui.label(format!(
        "Headroom after risk-adjusted savings: {} over the plan. Best value first; the suggested package is the most benefit that fits each year's headroom.",
        money_m(headroom)
    ));
    curve(ui, v, headroom);
    ui.add_space(space::S);
    table(ui, v);
    ui.add_space(space::S);
    package(ui, v, editable)
}

/// The value for money once worked out, or says why there is none yet.
fn ready<'a>(ui: &mut Ui, a: Option<&'a Analysis>) -> Option<&'a ValueForMoney> {
    let Some(a) = a else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label("Working out value for money...");
        });
        return None;
    };
    match &a.value {
        Ok(v) => Some(v),
        Err(e) => {
            ui.label(format!("No value for money: {e}"));
            None
        }
    }
}

/// The cumulative benefit against cumulative cost (£m), best value first, each
/// investment a point coloured by whether the package has it, and the headroom.
fn curve(ui: &mut Ui, v: &ValueForMoney, headroom: f64) {
    let palette = Palette::of(ui.ctx());
    let headroom_key = format!("Headroom, {}", money_m(headroom));
    key(
        ui,
        &[
            (CURVE, palette.total),
            (IN_PACKAGE, palette.good),
            (NOT_IN_IT, palette.other),
            (headroom_key.as_str(), palette.warn),
        ],
    );
    let at = |i: &ValueItem| [k_to_m(i.cumulative_cost), i.cumulative_benefit];
    let mut line = vec![[0.0, 0.0]];
    line.extend(v.ranked.iter().map(at));
    let (inside, outside): (Vec<&ValueItem>, Vec<&ValueItem>) =
        v.ranked.iter().partition(|i| i.suggested);
    let points = |items: &[&ValueItem]| -> Vec<[f64; 2]> { items.iter().map(|i| at(i)).collect() };
    let (inside_points, outside_points) = (points(&inside), points(&outside));
    let hover = curve_hover(v.ranked.clone(), inside, outside);
    plot("value-curve", CURVE_HEIGHT)
        .x_axis_formatter(money_m_axis)
        .x_grid_spacer(money_grid)
        .x_axis_label("Cumulative cost over the plan, £m")
        .y_axis_formatter(|mark, _| grouped(mark.value, 0))
        .y_axis_label("Cumulative benefit")
        .include_x(0.0)
        .include_x(k_to_m(headroom.max(0.0)))
        .include_y(0.0)
        .label_formatter(hover)
        .show(ui, |p| {
            if headroom > 0.0 {
                p.vline(
                    VLine::new("Headroom", k_to_m(headroom))
                        .color(palette.warn)
                        .width(1.5),
                );
            }
            p.line(Line::new(CURVE, line).color(palette.total).width(2.0));
            p.points(
                Points::new(IN_PACKAGE, inside_points)
                    .radius(5.0)
                    .color(palette.good),
            );
            p.points(
                Points::new(NOT_IN_IT, outside_points)
                    .radius(5.0)
                    .color(palette.other),
            );
        });
}

/// What the pointer is near on the curve: the investment itself (found by which series
/// and which point), its cost and benefit, and the running totals to it.
fn curve_hover(
    ranked: Vec<ValueItem>,
    inside: Vec<&ValueItem>,
    outside: Vec<&ValueItem>,
) -> impl Fn(&HoverPosition<'_>) -> Option<String> {
    let ids =
        |items: Vec<&ValueItem>| -> Vec<String> { items.iter().map(|i| i.id.clone()).collect() };
    let (inside, outside) = (ids(inside), ids(outside));
    move |hover| {
        let HoverPosition::NearDataPoint {
            plot_name, index, ..
        } = hover
        else {
            return None;
        };
        let item = match *plot_name {
            IN_PACKAGE => inside
                .get(*index)
                .and_then(|id| ranked.iter().find(|i| i.id == *id)),
            NOT_IN_IT => outside
                .get(*index)
                .and_then(|id| ranked.iter().find(|i| i.id == *id)),
            // The line starts at the origin, then one point per investment.
            _ => index.checked_sub(1).and_then(|k| ranked.get(k)),
        }?;
        Some(format!(
            "{}\n{} for a benefit of {}\nTo here: {}, benefit {}",
            item.name,
            money_m(item.cost),
            grouped(item.benefit, 0),
            money_m(item.cumulative_cost),
            grouped(item.cumulative_benefit, 0)
        ))
    }
}

/// The ranked investments, best value first; it scrolls sideways rather than cut a
/// column off.
fn table(ui: &mut Ui, v: &ValueForMoney) {
    egui::ScrollArea::horizontal()
        .id_salt("value-table")
        .show(ui, |ui| {
            Grid::new("value-grid")
                .striped(true)
                .spacing([space::M, space::S / 2.0])
                .show(ui, |ui| {
                    for h in [
                        "Investment",
                        "Cost",
                        "Benefit",
                        "Per £1m",
                        "Counts now",
                        "Suggested",
                    ] {
                        ui.label(RichText::new(h).strong());
                    }
                    ui.end_row();
                    for i in v.ranked.iter().take(ROWS_SHOWN) {
                        ui.label(shorten(&i.name, NAME_CHARS))
                            .on_hover_text(&i.name);
                        ui.label(money_k(i.cost));
                        ui.label(grouped(i.benefit, 0));
                        ui.label(grouped(i.benefit_per_million, 1));
                        ui.label(if i.active { "yes" } else { "no" });
                        ui.label(if i.suggested { "yes" } else { "no" });
                        ui.end_row();
                    }
                });
        });
    if v.ranked.len() > ROWS_SHOWN {
        ui.label(
            RichText::new(format!(
                "and {} more, each with less benefit per pound.",
                v.ranked.len() - ROWS_SHOWN
            ))
            .small(),
        );
    }
    if !v.unranked.is_empty() {
        ui.label(
            RichText::new(format!(
                "Not ranked (no benefit score or no cost): {}",
                v.unranked.join(", ")
            ))
            .small(),
        );
    }
}

/// The suggested package, and the button that makes the option in view use it.
fn package(ui: &mut Ui, v: &ValueForMoney, editable: bool) -> ValueAction {
    let package = &v.package;
    let matches_now = v.ranked.iter().all(|i| i.active == i.suggested);
    let mut action = ValueAction::None;
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "Suggested package: {} investments, {} for a benefit of {}{}.",
            package.ids.len(),
            money_m(package.cost),
            grouped(package.benefit, 0),
            if package.exact { "" } else { " (the best found; there were too many to try every one)" }
        ));
        if matches_now {
            ui.label(RichText::new("The option in view already has it.").weak());
        } else if ui
            .add_enabled(editable, egui::Button::new("Use this package"))
            .on_hover_text("Switch the ranked investments on or off in the option in view to match the suggestion (undo takes it back)")
            .clicked()
        {
            action = ValueAction::Accept {
                considered: v.ranked.iter().map(|i| i.id.clone()).collect(),
                package: package.ids.clone(),
            };
        }
    });
    action
}
