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

/// Sizes of tables and sheets in points.
pub mod table {
    /// Height of a sheet row (and of a row of an editor's table).
    pub const ROW_HEIGHT: f32 = 28.0;
    /// Space between a cell's edge and its text.
    pub const CELL_PAD: f32 = 6.0;
    /// The narrowest a column can be dragged.
    pub const MIN_COLUMN: f32 = 28.0;
    /// The narrowest a text column is shortened to when a sheet is short of room (a
    /// column given less starts narrower and is never shortened).
    pub const MIN_TEXT_COLUMN: f32 = 90.0;
    /// Width of the handle on a column's edge that drags it wider or narrower.
    pub const RESIZE_HANDLE: f32 = 8.0;
    /// Width of the name field of an item in an editor's table, when there is room.
    pub const NAME_FIELD: f32 = 280.0;
    /// The narrowest a name field gives way to when its table is short of room.
    pub const MIN_NAME_FIELD: f32 = 140.0;
    /// How much more room a table must have before its name fields grow into it: more
    /// than a scroll bar, whose coming and going changes the room.
    pub const GROW_MARGIN: f32 = 24.0;
}

/// Sizes of the window's panels in points (see [`crate::ui::SidePanels`]).
pub mod panel {
    /// Below this width the window shows one pane at a time (the plan or the charts)
    /// rather than three side by side: 1280 pixels at 200% zoom is 640 points.
    pub const NARROW: f32 = 900.0;
    /// The narrowest the editor in the middle is left by the side panels.
    pub const MIN_EDITOR: f32 = 320.0;
    /// The outline's starting width.
    pub const OUTLINE: f32 = 210.0;
    /// The narrowest the outline can be dragged, when the window has room.
    pub const OUTLINE_MIN: f32 = 170.0;
    /// The widest the outline can be dragged.
    pub const OUTLINE_MAX: f32 = 360.0;
    /// The charts' narrowest starting width, when the window has room.
    pub const CHARTS: f32 = 420.0;
    /// The narrowest the charts can be dragged, when the window has room.
    pub const CHARTS_MIN: f32 = 360.0;
    /// The charts' starting share of the window's width.
    pub const CHARTS_SHARE: f32 = 0.36;
    /// The largest share of the window's width the charts can be dragged to.
    pub const CHARTS_MAX_SHARE: f32 = 0.6;
    /// The shortest a chart is drawn: a panel without room for its charts at this
    /// height scrolls rather than squash them.
    pub const MIN_CHART_HEIGHT: f32 = 200.0;
}

/// Widths of the controls in the top bar, in points.
pub mod bar {
    /// The option picker.
    pub const OPTION_PICKER: f32 = 200.0;
    /// The locality view picker.
    pub const LOCALITY_PICKER: f32 = 180.0;
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

/// Hues for the series of one chart (programmes, stages, spend lines, options): the
/// Okabe–Ito colours without their grey, then three more that stay apart from them.
/// None is grey: grey means a total, or series grouped as "Other".
pub const CATEGORY: [Color32; 10] = [
    Color32::from_rgb(0, 114, 178),   // blue
    Color32::from_rgb(230, 159, 0),   // orange
    Color32::from_rgb(0, 158, 115),   // bluish green
    Color32::from_rgb(204, 121, 167), // reddish purple
    Color32::from_rgb(86, 180, 233),  // sky blue
    Color32::from_rgb(213, 94, 0),    // vermillion
    Color32::from_rgb(240, 228, 66),  // yellow
    Color32::from_rgb(117, 112, 179), // violet
    Color32::from_rgb(153, 153, 51),  // olive
    Color32::from_rgb(140, 86, 75),   // brown
];

/// Each [`CATEGORY`] hue is used as it is, then darker, then lighter: how far each
/// shade is mixed towards black (negative) or white (positive).
pub const CATEGORY_SHADES: [f32; 3] = [0.0, -0.4, 0.45];

/// How many series one chart can colour apart: every hue in every shade.
pub const CATEGORY_SLOTS: usize = CATEGORY.len() * CATEGORY_SHADES.len();

/// The colour of series slot `slot`: slots below [`CATEGORY_SLOTS`] are all different
/// (the hues first, then their darker and lighter shades); past that they repeat.
pub fn category(slot: usize) -> Color32 {
    let hue = CATEGORY[slot % CATEGORY.len()];
    let shade = CATEGORY_SHADES[(slot / CATEGORY.len()) % CATEGORY_SHADES.len()];
    let (target, amount) = if shade < 0.0 {
        (0.0, -shade)
    } else {
        (255.0, shade)
    };
    let mix = |c: u8| (f32::from(c) + (target - f32::from(c)) * amount).round() as u8;
    Color32::from_rgb(mix(hue.r()), mix(hue.g()), mix(hue.b()))
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
    /// What the option in view changes from the base plan.
    pub accent: Color32,
    /// Series grouped as "Other" when a chart has more series than colours.
    pub other: Color32,
    /// The fill of the risk range (P10 to P90), see-through.
    pub risk_band: Color32,
    /// The edges of the risk range.
    pub risk_band_edge: Color32,
    /// The fill of the savings still to find, see-through.
    pub still_to_find: Color32,
    /// A bridge step that moves nothing.
    pub no_change: Color32,
    /// Do nothing as last year's plan saw it (activity).
    pub prior_plan: Color32,
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
                accent: Color32::from_rgb(190, 140, 255),
                other: Color32::from_gray(100),
                risk_band: Color32::from_rgba_unmultiplied(86, 180, 233, 72),
                risk_band_edge: Color32::from_rgba_unmultiplied(86, 180, 233, 170),
                still_to_find: Color32::from_rgba_unmultiplied(235, 70, 100, 90),
                no_change: Color32::from_gray(200),
                prior_plan: Color32::from_rgb(170, 150, 225),
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
                accent: Color32::from_rgb(120, 60, 200),
                other: Color32::from_gray(175),
                risk_band: Color32::from_rgba_unmultiplied(0, 114, 178, 56),
                risk_band_edge: Color32::from_rgba_unmultiplied(0, 114, 178, 160),
                still_to_find: Color32::from_rgba_unmultiplied(215, 40, 75, 60),
                no_change: Color32::from_gray(40),
                prior_plan: Color32::from_rgb(105, 85, 165),
            }
        }
    }

    /// The palette for projecting: bright, saturated colours from the Okabe–Ito set on
    /// black, each far from the background and from one another, for colour-blind
    /// readers and washed-out projectors alike.
    pub fn high_contrast() -> Self {
        Self {
            bad: Color32::from_rgb(255, 130, 60),
            good: Color32::from_rgb(40, 220, 170),
            warn: Color32::from_rgb(255, 215, 0),
            do_nothing: Color32::from_rgb(255, 170, 0),
            do_something: Color32::from_rgb(100, 200, 255),
            face_value: Color32::from_rgb(235, 150, 200),
            total: Color32::from_gray(235),
            muted: Color32::from_gray(215),
            accent: Color32::from_rgb(210, 170, 255),
            other: Color32::from_gray(150),
            risk_band: Color32::from_rgba_unmultiplied(100, 200, 255, 80),
            risk_band_edge: Color32::from_rgba_unmultiplied(100, 200, 255, 220),
            still_to_find: Color32::from_rgba_unmultiplied(255, 90, 120, 110),
            no_change: Color32::from_gray(235),
            prior_plan: Color32::from_rgb(200, 180, 255),
        }
    }

    /// The palette for a look.
    pub fn for_look(look: Look) -> Self {
        match look {
            Look::Light => Self::for_visuals(false),
            Look::Dark => Self::for_visuals(true),
            Look::HighContrast => Self::high_contrast(),
        }
    }

    /// The palette for the look `ctx` was last given ([`apply`]).
    pub fn of(ctx: &egui::Context) -> Self {
        Self::for_look(Look::of(ctx))
    }
}

/// How the window looks as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    /// Dark text on light grey.
    Light,
    /// Light text on dark grey.
    Dark,
    /// White on black with bright colours, for a projector.
    HighContrast,
}

impl Look {
    /// Light or dark, as the preferences say.
    pub fn from_dark(dark: bool) -> Self {
        if dark { Look::Dark } else { Look::Light }
    }

    /// The look `ctx` was last given; its visuals' light or dark before any.
    pub fn of(ctx: &egui::Context) -> Self {
        ctx.data(|d| d.get_temp::<Look>(look_id()))
            .unwrap_or_else(|| Self::from_dark(ctx.global_style().visuals.dark_mode))
    }
}

fn look_id() -> egui::Id {
    egui::Id::unique("placeplan-look")
}

/// White on black, with strong strokes: the visuals of [`Look::HighContrast`].
fn high_contrast_visuals() -> Visuals {
    let mut v = Visuals::dark();
    let white = Color32::WHITE;
    v.override_text_color = Some(white);
    v.panel_fill = Color32::BLACK;
    v.window_fill = Color32::BLACK;
    v.extreme_bg_color = Color32::BLACK;
    v.faint_bg_color = Color32::from_gray(24);
    v.window_stroke = egui::Stroke::new(2.0, white);
    v.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.5, Color32::from_gray(200));
    v.widgets.noninteractive.fg_stroke = egui::Stroke::new(1.5, white);
    v
}

/// Applies the type scale, spacing and a look to the whole window.
pub fn apply(ctx: &egui::Context, look: Look) {
    ctx.set_visuals(match look {
        Look::Light => Visuals::light(),
        Look::Dark => Visuals::dark(),
        Look::HighContrast => high_contrast_visuals(),
    });
    ctx.data_mut(|d| d.insert_temp(look_id(), look));
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
