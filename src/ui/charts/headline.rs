//! Headline figures for the chosen year: the gap, savings still to find, and
//! risk-adjusted savings.

use egui::{RichText, Ui};

use crate::engine::Outcome;
use crate::format::money;
use crate::model::Plan;
use crate::ui::theme::{Palette, size, space};

fn figure(ui: &mut Ui, label: &str, value_k: f64, colour: egui::Color32, hint: &str) {
    ui.vertical(|ui| {
        ui.label(RichText::new(label).small());
        ui.label(
            RichText::new(money(value_k))
                .size(size::FIGURE)
                .strong()
                .color(colour),
        )
        .on_hover_text(hint);
    });
}

/// The headline row, with the year picker that also drives the bridge.
pub fn show(ui: &mut Ui, plan: &Plan, o: &Outcome, year: &mut usize) {
    let palette = Palette::of(ui.ctx());
    ui.horizontal(|ui| {
        ui.label(RichText::new("Year").small());
        egui::ComboBox::from_id_salt("headline-year")
            .selected_text(plan.year_label(*year))
            .show_ui(ui, |ui| {
                for t in 1..=plan.horizon {
                    ui.selectable_value(year, t, plan.year_label(t));
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
    ui.horizontal_wrapped(|ui| {
        let gap_colour = if row.gap_do_nothing > 0.0 {
            palette.bad
        } else {
            palette.good
        };
        figure(
            ui,
            "Do-nothing gap",
            row.gap_do_nothing,
            gap_colour,
            "Spend plus money held back, less income, before any savings",
        );
        ui.add_space(space::L);
        figure(
            ui,
            "Risk-adjusted savings",
            row.savings_risk_adjusted,
            palette.good,
            &format!("Face value {}", money(row.savings_face)),
        );
        ui.add_space(space::L);
        let find_colour = if row.unidentified_savings > 0.0 {
            palette.bad
        } else {
            palette.good
        };
        figure(
            ui,
            "Still to find",
            row.unidentified_savings,
            find_colour,
            &format!("Do-something gap {}", money(row.gap_do_something)),
        );
    });
}
