//! Headline figures for the chosen year, as a sum a reader can check: the do-nothing
//! gap plus investment less risk-adjusted savings is what is still to find.

use egui::{RichText, Ui};

use crate::engine::{FinanceRow, Outcome};
use crate::format::money_m;
use crate::model::Plan;
use crate::model::years::FromBase;
use crate::ui::theme::{Palette, size, space};

fn figure(ui: &mut Ui, label: &str, value_k: f64, colour: egui::Color32, hint: &str, size: f32) {
    ui.vertical(|ui| {
        ui.label(RichText::new(label).small());
        // A figure never breaks across lines: the row wraps between figures instead.
        let text = RichText::new(money_m(value_k))
            .size(size)
            .strong()
            .color(colour);
        ui.add(egui::Label::new(text).extend()).on_hover_text(hint);
    });
}

/// The headline row, with the year picker that also drives the bridge.
pub fn show(ui: &mut Ui, plan: &Plan, o: &Outcome, year: &mut usize) {
    let palette = Palette::of(ui.ctx());
    ui.horizontal(|ui| {
        ui.label(RichText::new("Year").small());
        egui::ComboBox::from_id_salt("headline-year")
            .selected_text(plan.year_label(FromBase(*year)))
            .show_ui(ui, |ui| {
                for t in 1..=plan.horizon {
                    ui.selectable_value(year, t, plan.year_label(FromBase(t)));
                }
            })
            .response
            .accessible_name("Headline year");
        if let Some(l) = &o.locality {
            let name = plan
                .localities
                .iter()
                .find(|x| &x.id == l)
                .map_or(l.as_str(), |x| x.name.as_str());
            ui.label(RichText::new(format!("{name}: {:.1}% share", o.share * 100.0)).small());
        }
    });
    let Some(row) = o.finance.get(*year) else {
        return;
    };
    ui.add_space(space::S / 2.0);
    sum_row(ui, &palette, row, size::FIGURE);
}

/// `Do-nothing gap + Investment − Savings = Still to find` (or headroom): four figures in
/// £m that a reader can add up, with what each leaves out on hover.
/// Figures are `figure_size` points tall: the window's [`size::FIGURE`], or larger on a
/// slide.
pub fn sum_row(ui: &mut Ui, palette: &Palette, row: &FinanceRow, figure_size: f32) {
    let operator = |ui: &mut Ui, sign: &str| {
        ui.label(RichText::new(sign).size(figure_size).color(palette.muted));
    };
    let fig = |ui: &mut Ui, label: &str, value_k: f64, colour, hint: &str| {
        figure(ui, label, value_k, colour, hint, figure_size);
    };
    ui.horizontal_wrapped(|ui| {
        let gap_colour = if row.gap_do_nothing > 0.0 {
            palette.bad
        } else {
            palette.good
        };
        fig(
            ui,
            "Do-nothing gap",
            row.gap_do_nothing,
            gap_colour,
            "Spend plus money held back, less income, before any savings or investment",
        );
        operator(ui, "+");
        fig(
            ui,
            "Investment",
            row.investment,
            ui.visuals().text_color(),
            &format!(
                "Savings required to balance: {} (do-nothing gap plus investment); new this year: {}",
                money_m(row.savings_required),
                money_m(row.new_savings_required)
            ),
        );
        operator(ui, "−");
        fig(
            ui,
            "Savings (risk-adjusted)",
            row.savings_risk_adjusted,
            palette.good,
            &format!(
                "Each scheme weighted by its chance of delivery; at face value {}",
                money_m(row.savings_face)
            ),
        );
        operator(ui, "=");
        let gds = row.gap_do_something;
        let (label, value, colour) = if gds > 0.0 {
            ("Still to find", gds, palette.bad)
        } else {
            ("Headroom", -gds, palette.good)
        };
        fig(
            ui,
            label,
            value,
            colour,
            "The do-something gap: what is left after savings and investment",
        );
    });
}
