//! The presenter's view (P in present mode): the slide as the room sees it, the next
//! slide's title, the speaker notes, how long the talk has run, and the what-ifs the
//! room can ask (an option, a scheme or investment switched, growth moved), each one
//! taken back in turn.

use egui::{RichText, Ui};

use super::{Place, Shown, SlideType, Told, page, scale_text};
use crate::model::edit::GrowthOf;
use crate::report::story::Slide;
use crate::session::{Command, Presenting, WhatIf};
use crate::ui::FrameInput;
use crate::ui::theme::{Palette, space};

/// How many schemes or investments a search lists at once.
const MOST_LISTED: usize = 8;

/// The step a growth what-if moves by, percentage points a year.
const GROWTH_STEP: f64 = 0.5;

/// Draws the presenter's view; the what-ifs asked in it, to run.
pub fn show(
    ui: &mut Ui,
    f: &FrameInput,
    told: Told,
    story: &[Slide],
    p: &Presenting,
) -> Vec<Command> {
    let mut asked = Vec::new();
    let palette = Palette::of(ui.ctx());
    let now = ui.input(|i| i.time);
    ui.horizontal(|ui| {
        ui.heading(format!("Slide {} of {}", p.slide + 1, story.len()));
        ui.add_space(space::L);
        ui.label(format!("Talking for {}", elapsed(now - p.started_at)));
        ui.add_space(space::L);
        ui.label(
            RichText::new("P: back to the slide · U: take a what-if back · Esc: leave")
                .color(palette.muted),
        );
    });
    // The clock ticks while this view is up.
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs(1));
    ui.separator();
    // The slide on the left at 16:9, the rest on the right; each kept to its own room.
    let room = ui.available_rect_before_wrap();
    let slide_width = (room.width() * 0.58).min(room.height() * 16.0 / 9.0);
    let slide_height = slide_width * 9.0 / 16.0;
    let slide_rect = egui::Rect::from_min_size(room.min, egui::vec2(slide_width, slide_height));
    let side_rect = egui::Rect::from_min_max(
        egui::pos2(slide_rect.right() + space::M, room.top()),
        room.max,
    );
    ui.scope_builder(egui::UiBuilder::new().max_rect(slide_rect), |ui| {
        ui.set_clip_rect(slide_rect);
        ui.painter().rect_stroke(
            slide_rect,
            0.0,
            ui.visuals().widgets.noninteractive.bg_stroke,
            egui::StrokeKind::Inside,
        );
        let inner = slide_rect.shrink(slide_height * 0.04);
        ui.scope_builder(egui::UiBuilder::new().max_rect(inner), |ui| {
            if let Some(s) = story.get(p.slide) {
                let sizes = SlideType::for_height(slide_height);
                scale_text(ui, &sizes);
                let at = Place {
                    slide: p.slide,
                    of: story.len(),
                };
                let shown = Shown {
                    question: p.question(),
                    fade: 1.0,
                };
                page(ui, f, told, s, at, shown, &sizes);
            }
        });
    });
    ui.scope_builder(egui::UiBuilder::new().max_rect(side_rect), |ui| {
        egui::ScrollArea::vertical()
            .id_salt("presenter-side")
            .show(ui, |ui| side(ui, f, story, p, &mut asked));
    });
    ui.allocate_rect(room, egui::Sense::hover());
    asked
}

/// The column beside the slide: the next slide, the notes, the what-ifs.
fn side(ui: &mut Ui, f: &FrameInput, story: &[Slide], p: &Presenting, asked: &mut Vec<Command>) {
    let palette = Palette::of(ui.ctx());
    match story.get(p.slide + 1) {
        Some(next) => ui.label(format!("Next: {}", next.title)),
        None => ui.label("This is the last slide"),
    };
    ui.add_space(space::S);
    ui.strong("Notes");
    match story.get(p.slide).map(|s| s.notes.trim()) {
        Some(notes) if !notes.is_empty() => ui.label(notes),
        _ => ui.label(RichText::new("No notes for this slide").color(palette.muted)),
    };
    ui.add_space(space::M);
    ui.separator();
    ui.strong("What if");
    if let Some(question) = p.question() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(question).color(palette.warn));
            if ui.button("Take it back").clicked() {
                asked.push(Command::TakeBackWhatIf);
            }
        });
    }
    options(ui, f, asked);
    ui.add_space(space::S);
    growth(ui, f, asked);
    ui.add_space(space::S);
    switches(ui, f, asked);
}

/// A button for the base plan and each option.
fn options(ui: &mut Ui, f: &FrameInput, asked: &mut Vec<Command>) {
    let plan = f.doc.plan();
    let shown = f.view.scenario.clone();
    ui.horizontal_wrapped(|ui| {
        ui.label("Show");
        let choices = std::iter::once((None, "Base plan".to_string())).chain(
            plan.scenarios
                .iter()
                .map(|s| (Some(s.id.clone()), s.name.clone())),
        );
        for (id, name) in choices {
            if ui.selectable_label(shown == id, name).clicked() && shown != id {
                asked.push(Command::WhatIf(WhatIf::Option(id)));
            }
        }
    });
}

/// Growth a little faster or slower in the option shown.
fn growth(ui: &mut Ui, f: &FrameInput, asked: &mut Vec<Command>) {
    let in_option = f.view.scenario.is_some();
    ui.horizontal_wrapped(|ui| {
        for (of, label) in [(GrowthOf::Spend, "Spend"), (GrowthOf::Income, "Income")] {
            ui.label(label);
            for pp in [GROWTH_STEP, -GROWTH_STEP] {
                let text = format!("{pp:+} pt");
                let button = ui
                    .add_enabled(in_option, egui::Button::new(text))
                    .on_disabled_hover_text(
                        "Show an option first: growth what-ifs change an option, never the base plan",
                    );
                if button.clicked() {
                    asked.push(Command::WhatIf(WhatIf::Growth { of, pp }));
                }
            }
            ui.add_space(space::M);
        }
    });
}

/// Schemes and investments found by name, each switched on or off in the option shown.
fn switches(ui: &mut Ui, f: &FrameInput, asked: &mut Vec<Command>) {
    let id = ui.make_persistent_id("presenter-find");
    let mut find: String = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    ui.horizontal(|ui| {
        ui.label("Switch");
        ui.add(egui::TextEdit::singleline(&mut find).hint_text("a scheme or investment"))
            .accessible_name("Find a scheme or investment");
    });
    ui.data_mut(|d| d.insert_temp(id, find.clone()));
    let needle = find.trim().to_lowercase();
    if needle.is_empty() {
        return;
    }
    let plan = f.doc.plan();
    let option = f.view.scenario.as_deref().and_then(|id| plan.scenario(id));
    let found = |name: &str| name.to_lowercase().contains(&needle);
    let schemes = plan.schemes.iter().filter(|s| found(&s.name)).map(|s| {
        let on = option.map_or(s.active, |o| o.scheme_counts(s));
        let what_if = WhatIf::Scheme {
            id: s.id.clone(),
            on: !on,
        };
        (s.name.as_str(), on, what_if)
    });
    let investments = plan.investments.iter().filter(|v| found(&v.name)).map(|v| {
        let on = option.map_or(v.active, |o| o.investment_counts(v));
        let what_if = WhatIf::Investment {
            id: v.id.clone(),
            on: !on,
        };
        (v.name.as_str(), on, what_if)
    });
    for (name, on, what_if) in schemes.chain(investments).take(MOST_LISTED) {
        let mut counts = on;
        if ui.checkbox(&mut counts, name).changed() {
            asked.push(Command::WhatIf(what_if));
        }
    }
}

/// "12:05" for twelve minutes and five seconds.
fn elapsed(seconds: f64) -> String {
    let s = seconds.max(0.0) as u64;
    format!("{}:{:02}", s / 60, s % 60)
}
