//! Design tokens: spacing, the type scale and colours, in one place. Widgets take their
//! colours and sizes from here, never from literals.

use egui::{Color32, FontFamily, FontId, TextStyle, Visuals};

/// Spacing steps in points.
pub mod space {
    /// Between related things.
    pub const S: f32 = 6.0;
    /// Between groups.
    pub const M: f32 = 12.0;
    /// Between sections.
    pub const L: f32 = 20.0;
}

/// Sizes of the type scale in points.
pub mod size {
    /// Small print: axis ticks, hints.
    pub const SMALL: f32 = 12.5;
    /// Body text and inputs.
    pub const BODY: f32 = 14.5;
    /// Section headings.
    pub const HEADING: f32 = 18.0;
    /// Headline figures.
    pub const FIGURE: f32 = 24.0;
}

/// The Okabe–Ito palette: eight colours that stay distinct for the common forms of
/// colour blindness. Charts take series colours from here in order.
pub const SERIES: [Color32; 8] = [
    Color32::from_rgb(0, 114, 178),   // blue
    Color32::from_rgb(230, 159, 0),   // orange
    Color32::from_rgb(0, 158, 115),   // bluish green
    Color32::from_rgb(204, 121, 167), // reddish purple
    Color32::from_rgb(86, 180, 233),  // sky blue
    Color32::from_rgb(213, 94, 0),    // vermillion
    Color32::from_rgb(240, 228, 66),  // yellow
    Color32::from_rgb(120, 120, 120), // grey
];

/// A series colour by position, repeating after eight.
pub fn series(i: usize) -> Color32 {
    SERIES[i % SERIES.len()]
}

/// Colours with a meaning.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    /// Money still to find, worse outcomes.
    pub bad: Color32,
    /// Savings, better outcomes.
    pub good: Color32,
    /// Amber status.
    pub warn: Color32,
    /// Do-nothing series.
    pub do_nothing: Color32,
    /// Do-something (risk-adjusted) series.
    pub do_something: Color32,
    /// Do-something at face value.
    pub face_value: Color32,
    /// Totals and subtotals in a bridge.
    pub total: Color32,
    /// Quiet text.
    pub muted: Color32,
}

impl Palette {
    /// The palette for light or dark visuals.
    pub fn for_visuals(dark: bool) -> Self {
        if dark {
            Self {
                bad: Color32::from_rgb(240, 120, 60),
                good: Color32::from_rgb(60, 190, 150),
                warn: Color32::from_rgb(240, 190, 60),
                do_nothing: Color32::from_rgb(230, 159, 0),
                do_something: Color32::from_rgb(86, 180, 233),
                face_value: Color32::from_rgb(204, 121, 167),
                total: Color32::from_gray(170),
                muted: Color32::from_gray(150),
            }
        } else {
            Self {
                bad: Color32::from_rgb(213, 94, 0),
                good: Color32::from_rgb(0, 140, 100),
                warn: Color32::from_rgb(190, 130, 0),
                do_nothing: Color32::from_rgb(213, 94, 0),
                do_something: Color32::from_rgb(0, 114, 178),
                face_value: Color32::from_rgb(204, 121, 167),
                total: Color32::from_gray(110),
                muted: Color32::from_gray(100),
            }
        }
    }

    /// The palette for the current visuals of `ctx`.
    pub fn of(ctx: &egui::Context) -> Self {
        Self::for_visuals(ctx.global_style().visuals.dark_mode)
    }
}

/// Applies the type scale, spacing and light or dark visuals to the whole window.
pub fn apply(ctx: &egui::Context, dark: bool) {
    ctx.set_visuals(if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    });
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Small,
                FontId::new(size::SMALL, FontFamily::Proportional),
            ),
            (
                TextStyle::Body,
                FontId::new(size::BODY, FontFamily::Proportional),
            ),
            (
                TextStyle::Button,
                FontId::new(size::BODY, FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                FontId::new(size::HEADING, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(size::BODY - 1.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(space::S + 2.0, space::S);
        style.spacing.button_padding = egui::vec2(space::S + 2.0, 3.0);
        style.spacing.interact_size.y = 24.0;
    });
}
