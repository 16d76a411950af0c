//! Present mode: the plan told to a room, one slide at a time, full screen. Type is
//! sized from the screen's height so it reads from the back of a hall; nothing on a
//! slide can be edited; the keyboard steps through the story.
//!
//! Keys: Right, Space or Page Down for the next slide; Left or Page Up for the one
//! before; Home and End; 1 to 9 jump; B (or .) blanks the screen; H switches between
//! high contrast and the light look; O asks "what if" of the next option; U takes the
//! newest what-if back; P shows the presenter's view (this slide and the next, notes,
//! clock, what-ifs); Esc leaves.

mod bars;
mod presenter;
mod slide;

use egui::{Color32, Key, RichText, Ui};

use super::FrameInput;
use super::theme::Palette;
use crate::engine::Outcome;
use crate::model::Plan;
use crate::report::story::{Figures, Slide, slides};
use crate::session::{Command, Presenting, Step};

/// Type sizes on a slide, in points, in proportion to the height of the screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SlideType {
    /// Slide titles.
    pub title: f32,
    /// Headline figures: at least 6% of the screen's height.
    pub figure: f32,
    /// Captions and lists: at least 2.5% of the screen's height.
    pub body: f32,
    /// Axes, keys and the footer.
    pub small: f32,
    /// The margin around the slide.
    pub margin: f32,
}

impl SlideType {
    /// The type for a screen `height` points tall.
    pub fn for_height(height: f32) -> Self {
        Self {
            title: height * 0.06,
            figure: height * 0.075,
            body: height * 0.032,
            small: height * 0.026,
            margin: height * 0.045,
        }
    }
}

/// What a slide is drawn from: the plan as told to the room (the public's version when
/// the plan's public setting is on) and its figures.
#[derive(Clone, Copy)]
pub(crate) struct Told<'a> {
    /// The plan as told.
    pub plan: &'a Plan,
    /// Its figures under the option in view.
    pub outcome: &'a Outcome,
}

/// Draws the slide on screen (or nothing, blanked) and steps through the story with the
/// keyboard.
pub fn show(ui: &mut Ui, f: &mut FrameInput) {
    let Some(mut presenting) = f.view.present.take() else {
        return;
    };
    let told = match f.public {
        Some(Ok(public)) => Ok(Told {
            plan: &public.plan,
            outcome: &public.outcome,
        }),
        Some(Err(e)) => Err(e),
        None => f.outcome.map(|outcome| Told {
            plan: f.doc.plan(),
            outcome,
        }),
    };
    let story = match told {
        Ok(told) => slides(&Figures {
            plan: told.plan,
            outcome: told.outcome,
            comparison: f.comparison.and_then(Result::ok),
            risk: f.analysis.and_then(|a| a.risk.as_ref().ok()),
            public: f.public.is_some(),
        }),
        Err(_) => Vec::new(),
    };
    keys(ui.ctx(), &mut presenting, story.len(), f.commands);
    let height = ui.ctx().content_rect().height();
    let sizes = SlideType::for_height(height);
    let background = ui.visuals().panel_fill;
    let blank = presenting.blank && !presenting.presenter;
    let now = ui.input(|i| i.time);
    // A what-if's new figures come in over a moment, so the room sees them change.
    let fade = ((now - presenting.changed_at) / TRANSITION_SECONDS).clamp(0.0, 1.0) as f32;
    if fade < 1.0 {
        ui.ctx().request_repaint();
    }
    let mut asked = Vec::new();
    egui::CentralPanel::default()
        .frame(
            egui::Frame::new()
                .fill(if blank { Color32::BLACK } else { background })
                .inner_margin(if presenting.presenter {
                    sizes.margin * 0.4
                } else {
                    sizes.margin
                }),
        )
        .show(ui, |ui| {
            if blank {
                return;
            }
            match (told, presenting.presenter) {
                (Ok(told), true) => asked = presenter::show(ui, f, told, &story, &presenting),
                (Ok(told), false) => {
                    if let Some(s) = story.get(presenting.slide) {
                        let at = Place {
                            slide: presenting.slide,
                            of: story.len(),
                        };
                        let shown = Shown {
                            question: presenting.question(),
                            fade,
                        };
                        scale_text(ui, &sizes);
                        // Nothing pops up over a slide, and the pointer is not shown.
                        ui.style_mut().interaction.tooltip_delay = f32::MAX;
                        ui.ctx().set_cursor_icon(egui::CursorIcon::None);
                        page(ui, f, told, s, at, shown, &sizes);
                    }
                }
                (Err(e), _) => {
                    ui.label(RichText::new(format!("Nothing to show: {e}")).size(sizes.body));
                }
            }
        });
    f.commands.extend(asked);
    f.view.present = Some(presenting);
}

/// How long a what-if's figures take to come in, in seconds.
const TRANSITION_SECONDS: f64 = 0.4;

/// What is said over a slide and how far its figures have come in.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shown<'a> {
    /// The what-if standing, as a question ("What if: Downside?").
    pub question: Option<&'a str>,
    /// 0 as the figures change, 1 once they are in.
    pub fade: f32,
}

/// Where a slide is in the story.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Place {
    /// Its place, from 0.
    pub slide: usize,
    /// How many slides the story has.
    pub of: usize,
}

/// A slide: the what-if asked (if any), its title and caption above its picture, and
/// where it is in the story below.
pub(crate) fn page(
    ui: &mut Ui,
    f: &FrameInput,
    told: Told,
    s: &Slide,
    at: Place,
    shown: Shown,
    sizes: &SlideType,
) {
    let palette = Palette::of(ui.ctx());
    if let Some(question) = shown.question {
        ui.label(
            RichText::new(question)
                .size(sizes.body)
                .strong()
                .color(palette.warn),
        );
    }
    ui.label(RichText::new(&s.title).size(sizes.title).strong());
    ui.add_space(sizes.margin * 0.25);
    ui.scope(|ui| {
        ui.set_opacity(0.2 + 0.8 * shown.fade);
        ui.label(RichText::new(&s.caption).size(sizes.body));
        ui.add_space(sizes.margin * 0.4);
        let footer = sizes.small * 1.8;
        let picture = (ui.available_height() - footer).max(sizes.body * 4.0);
        ui.allocate_ui(egui::vec2(ui.available_width(), picture), |ui| {
            ui.set_min_height(picture);
            slide::picture(ui, f, told, s.kind, sizes);
        });
    });
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!("{} of {}", at.slide + 1, at.of))
                .size(sizes.small)
                .color(palette.muted),
        );
        ui.label(
            RichText::new(format!("· {}", told.plan.title))
                .size(sizes.small)
                .color(palette.muted),
        );
    });
}

/// Makes every text style of `ui` the slide's size, so charts, keys and axes drawn in
/// it read from across a room.
pub(crate) fn scale_text(ui: &mut Ui, sizes: &SlideType) {
    use egui::{FontFamily, FontId, TextStyle};
    let style = ui.style_mut();
    style.text_styles = [
        (
            TextStyle::Small,
            FontId::new(sizes.small, FontFamily::Proportional),
        ),
        (
            TextStyle::Body,
            FontId::new(sizes.body, FontFamily::Proportional),
        ),
        (
            TextStyle::Button,
            FontId::new(sizes.body, FontFamily::Proportional),
        ),
        (
            TextStyle::Heading,
            FontId::new(sizes.title, FontFamily::Proportional),
        ),
        (
            TextStyle::Monospace,
            FontId::new(sizes.body, FontFamily::Monospace),
        ),
    ]
    .into();
    style.spacing.item_spacing = egui::vec2(sizes.body * 0.4, sizes.body * 0.3);
}

/// The keys of present mode, taken before anything else can.
fn keys(ctx: &egui::Context, p: &mut Presenting, slides: usize, commands: &mut Vec<Command>) {
    // Typing into the presenter's view (a scheme's name) is not a key for the slides.
    if ctx.text_edit_focused() {
        return;
    }
    let pressed = |key: Key| ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key));
    let steps = [
        (Key::ArrowRight, Step::Next),
        (Key::Space, Step::Next),
        (Key::PageDown, Step::Next),
        (Key::ArrowLeft, Step::Back),
        (Key::PageUp, Step::Back),
        (Key::Home, Step::First),
        (Key::End, Step::Last),
    ];
    for (key, step) in steps {
        if pressed(key) {
            p.step(step, slides);
        }
    }
    let numbers = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
    ];
    for (i, key) in numbers.into_iter().enumerate() {
        if pressed(key) {
            p.step(Step::To(i), slides);
        }
    }
    if pressed(Key::B) || pressed(Key::Period) {
        p.blank = !p.blank;
    }
    if pressed(Key::P) {
        p.presenter = !p.presenter;
    }
    if pressed(Key::O) {
        commands.push(Command::NextOption);
    }
    if pressed(Key::U) {
        commands.push(Command::TakeBackWhatIf);
    }
    if pressed(Key::H) {
        p.high_contrast = !p.high_contrast;
    }
    if pressed(Key::Escape) {
        commands.push(Command::EndPresent);
    }
}

#[cfg(test)]
mod tests {
    use super::SlideType;

    #[test]
    fn type_meets_the_projector_minimums_at_any_height() {
        for height in [360.0, 720.0, 1080.0, 2160.0] {
            let t = SlideType::for_height(height);
            assert!(t.figure >= height * 0.06, "{height}");
            assert!(t.body >= height * 0.025, "{height}");
            assert!(t.small >= height * 0.025, "{height}");
        }
    }
}
