//! Options side by side, in the middle of the window: the key figures per year with the
//! difference from the base plan, the gap with one line per option, each option's
//! final-year bridge, and what differs between the options' inputs.

use egui::{CentralPanel, Grid, RichText, Ui};
use egui_plot::{HLine, Line};

use super::FrameInput;
use super::charts::{bridge, colours, common};
use super::theme::{Palette, size, space};
use crate::engine::{Comparison, Figure};
use crate::format::k_to_m;
use crate::format::money_k;
use crate::model::{BASE_SCENARIO, MAX_COMPARED, Plan, edit};
use crate::session::{Command, Mode};

/// Rows of the "what differs" table shown before the rest are counted.
const DIFFERENCES_SHOWN: usize = 200;

/// The comparison screen. Never changes the plan directly: choosing options queues a
/// command, so the choice is one undo step.
pub fn show(ui: &mut Ui, f: &mut FrameInput) {
    CentralPanel::default_margins().show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            super::widgets::heading(ui, "Options compared");
            ui.add_space(space::M);
            if ui.button("Back to editing").clicked() {
                f.view.comparing = false;
            }
        });
        chooser(ui, f);
        ui.separator();
        match f.comparison {
            None => {}
            Some(Err(e)) => {
                ui.label(
                    RichText::new(format!("Cannot compare: {e}")).color(Palette::of(ui.ctx()).bad),
                );
            }
            Some(Ok(c)) if c.options.len() < 2 => {
                ui.label("Pick at least two options above to compare them.");
            }
            Some(Ok(c)) => {
                let colours = option_colours(ui, f.doc.plan(), c);
                egui::ScrollArea::vertical()
                    .id_salt("compare-scroll")
                    .show(ui, |ui| body(ui, c, &colours));
            }
        }
    });
}

/// Which options are compared, in a row above the comparison.
fn chooser(ui: &mut Ui, f: &mut FrameInput) {
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("Compare (two to {MAX_COMPARED}):"));
        checkboxes(ui, f);
    });
}

/// A checkbox per option (and the base plan) for whether it is compared; the choice is
/// saved with the plan, so changing it is an edit (and one undo step).
pub fn checkboxes(ui: &mut Ui, f: &mut FrameInput) {
    let plan = f.doc.plan();
    let chosen = edit::compared(plan);
    let editable = f.view.mode == Mode::Edit;
    let all = std::iter::once((BASE_SCENARIO, "Base plan")).chain(
        plan.scenarios
            .iter()
            .map(|s| (s.id.as_str(), s.name.as_str())),
    );
    for (id, name) in all {
        let mut on = chosen.iter().any(|c| c == id);
        let allowed = editable && (on || chosen.len() < MAX_COMPARED);
        let response = ui.add_enabled(allowed, egui::Checkbox::new(&mut on, name));
        if response.changed() {
            f.commands.push(Command::ToggleCompared(id.to_string()));
        }
    }
}

/// Each compared option's colour, the same in every chart and table of the comparison.
/// It is keyed by the option's place among the base plan and all the plan's options, so
/// ticking or unticking one option never recolours another.
fn option_colours(ui: &Ui, plan: &Plan, c: &Comparison) -> Vec<egui::Color32> {
    let palette = Palette::of(ui.ctx());
    let all = colours::option_keys(plan);
    let shown: Vec<(&str, f64)> = c.options.iter().map(|o| (o.id.as_str(), 0.0)).collect();
    colours::slots(&all, &shown)
        .into_iter()
        .map(|s| s.colour(&palette))
        .collect()
}

fn body(ui: &mut Ui, c: &Comparison, colours: &[egui::Color32]) {
    gap_chart(ui, c, colours);
    ui.add_space(space::L);
    figures(ui, c, colours);
    ui.add_space(space::L);
    bridges(ui, c, colours);
    ui.add_space(space::L);
    differences(ui, c);
}

fn signed(x: f64) -> String {
    if x.abs() < 0.5 {
        "same".into()
    } else if x > 0.0 {
        format!("+{}", money_k(x))
    } else {
        money_k(x)
    }
}

/// One table per key figure: a row per option, a column per planning year, each cell the
/// figure and its difference from the base plan.
fn figures(ui: &mut Ui, c: &Comparison, colours: &[egui::Color32]) {
    let years = &c.base.years;
    let weak = ui.visuals().weak_text_color();
    egui::ScrollArea::horizontal()
        .id_salt("compare-figures")
        .show(ui, |ui| {
            // Figures never wrap: the table scrolls sideways instead.
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            Grid::new("compare-grid")
                .striped(true)
                .spacing([space::L, space::S / 2.0])
                .show(ui, |ui| {
                    for figure in Figure::ALL {
                        ui.label(RichText::new(figure.label()).strong().size(size::BODY));
                        for y in years.iter().skip(1) {
                            ui.label(RichText::new(y).strong());
                        }
                        ui.end_row();
                        for (i, (o, colour)) in c.options.iter().zip(colours).enumerate() {
                            ui.horizontal(|ui| {
                                swatch(ui, *colour);
                                ui.label(&o.name);
                            });
                            for t in 1..years.len() {
                                ui.vertical(|ui| {
                                    ui.label(money_k(c.figure(i, figure, t)));
                                    if o.id != BASE_SCENARIO {
                                        ui.label(
                                            RichText::new(signed(c.from_base(i, figure, t)))
                                                .small()
                                                .color(weak),
                                        );
                                    }
                                });
                            }
                            ui.end_row();
                        }
                    }
                });
        });
    ui.label(
        RichText::new("Under each figure: the difference from the base plan.")
            .small()
            .weak(),
    );
}

fn swatch(ui: &mut Ui, colour: egui::Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 2.0, colour);
}

/// The risk-adjusted do-something gap of every option on one chart.
fn gap_chart(ui: &mut Ui, c: &Comparison, colours: &[egui::Color32]) {
    super::widgets::heading(ui, "The gap under each option");
    let palette = Palette::of(ui.ctx());
    let names: Vec<(&str, egui::Color32)> = c
        .options
        .iter()
        .zip(colours)
        .map(|(o, colour)| (o.name.as_str(), *colour))
        .collect();
    common::key(ui, &names);
    common::plot("compare-gap", 260.0)
        .x_axis_formatter(common::year_axis(c.base.years.clone()))
        .y_axis_formatter(common::money_m_axis)
        .y_axis_label("Do-something gap, £m")
        .label_formatter(common::money_hover(c.base.years.clone()))
        .include_y(0.0)
        .show(ui, |p| {
            p.hline(
                HLine::new("Break even", 0.0)
                    .color(palette.total)
                    .width(1.0),
            );
            for (o, colour) in c.options.iter().zip(colours) {
                let points: Vec<[f64; 2]> = o
                    .outcome
                    .finance
                    .iter()
                    .enumerate()
                    .map(|(t, r)| [t as f64, k_to_m(r.gap_do_something)])
                    .collect();
                p.line(Line::new(o.name.clone(), points).color(*colour).width(2.5));
            }
        });
}

/// The options' bridges for the final year on one chart: a row for every step of any of
/// them, a bar per option in its colour.
fn bridges(ui: &mut Ui, c: &Comparison, colours: &[egui::Color32]) {
    let year = c.base.years.last().cloned().unwrap_or_default();
    super::widgets::heading(ui, &format!("Bridge to the {year} gap"));
    let options: Vec<bridge::ComparedBridge> = c
        .options
        .iter()
        .zip(colours)
        .filter_map(|(o, colour)| {
            Some(bridge::ComparedBridge {
                name: &o.name,
                colour: *colour,
                bridge: o.outcome.bridges.last()?,
            })
        })
        .collect();
    if options.is_empty() {
        ui.label("No planning years.");
        return;
    }
    ui.label(format!(
        "From the {} do-nothing gap to the {year} do-something gap (£m), step by step: each option's bar in its colour. A diamond marks a step worth nothing under that option.",
        c.base.years.first().map_or("", String::as_str)
    ));
    let key: Vec<(&str, egui::Color32)> = options.iter().map(|o| (o.name, o.colour)).collect();
    common::key(ui, &key);
    bridge::compared(ui, "compare-bridges", &options);
}

/// Inputs that differ between the options.
fn differences(ui: &mut Ui, c: &Comparison) {
    super::widgets::heading(ui, "What differs between the options");
    if c.differences.is_empty() {
        ui.label("Nothing: the options have the same inputs.");
        return;
    }
    egui::ScrollArea::horizontal()
        .id_salt("compare-differences")
        .show(ui, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            Grid::new("compare-differences-grid")
                .striped(true)
                .spacing([space::L, space::S / 2.0])
                .show(ui, |ui| {
                    ui.label(RichText::new("Input").strong());
                    for o in &c.options {
                        ui.label(RichText::new(&o.name).strong());
                    }
                    ui.end_row();
                    for d in c.differences.iter().take(DIFFERENCES_SHOWN) {
                        ui.label(common::shorten(&d.input, 70))
                            .on_hover_text(&d.input);
                        for v in &d.values {
                            ui.label(v);
                        }
                        ui.end_row();
                    }
                });
        });
    if c.differences.len() > DIFFERENCES_SHOWN {
        ui.label(format!(
            "and {} more inputs differ.",
            c.differences.len() - DIFFERENCES_SHOWN
        ));
    }
}
