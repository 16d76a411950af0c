//! The panels of the window. Each reads the document and the cached engine result,
//! edits the plan's fields directly, and queues commands for anything structural.

mod bars;
pub mod charts;
pub mod chooser;
pub mod compare;
pub mod dialogs;
pub mod editors;
mod memo;
mod outline;
pub mod present;
mod review;
pub mod sheet;
pub mod theme;
pub mod widgets;
pub mod workshop;

use crate::engine::{Comparison, Outcome};
use crate::session::{Analysis, Command, Document, Preferences, Review, ViewState};

pub use bars::{caveat_bar, pane_bar, status_bar, top_bar};
pub use charts::{charts_pane, charts_panel};
pub use editors::editor;
pub use outline::outline;

impl FrameInput<'_> {
    /// Whether the plan can be changed now (edit mode), or only read (review mode).
    pub fn editing(&self) -> bool {
        self.view.mode == crate::session::Mode::Edit
    }
}

/// Whether the window is too narrow for the outline, the editor and the charts side by
/// side (a small screen, or a large zoom); it then shows one pane at a time.
pub fn is_narrow(ctx: &egui::Context) -> bool {
    ctx.content_rect().width() < theme::panel::NARROW
}

/// A side panel's width: where it starts and the range it can be dragged in, in points.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelWidth {
    /// The width it starts at.
    pub default: f32,
    /// The narrowest and widest it can be dragged.
    pub range: std::ops::RangeInclusive<f32>,
}

/// How wide the outline (left) and the charts (right) may be in a window of a given
/// width. With room, they keep the widths of [`theme::panel`]; in a narrow window (a
/// small screen, or a large zoom) both give way in proportion, so the editor in the
/// middle keeps at least [`theme::panel::MIN_EDITOR`] points and no panel is drawn over
/// another.
#[derive(Debug, Clone, PartialEq)]
pub struct SidePanels {
    /// The outline.
    pub outline: PanelWidth,
    /// The charts.
    pub charts: PanelWidth,
}

impl SidePanels {
    /// The side panels of the window `ctx` draws in.
    pub fn of(ctx: &egui::Context) -> Self {
        Self::for_width(ctx.content_rect().width())
    }

    /// The side panels of a window `width` points wide.
    pub fn for_width(width: f32) -> Self {
        use theme::panel;
        let room = (width - panel::MIN_EDITOR).max(0.0);
        // The narrowest each may be, shared out when the two do not fit.
        let minima = panel::OUTLINE_MIN + panel::CHARTS_MIN;
        let give = (room / minima).min(1.0);
        let outline_min = panel::OUTLINE_MIN * give;
        let charts_min = panel::CHARTS_MIN * give;
        // Where they start: as wide as they like, unless that leaves the editor short.
        let outline = panel::OUTLINE;
        let charts = (width * panel::CHARTS_SHARE).max(panel::CHARTS);
        let over = (outline + charts - room).max(0.0);
        let slack = (outline - outline_min) + (charts - charts_min);
        let share = if slack > 0.0 {
            (over / slack).min(1.0)
        } else {
            1.0
        };
        let outline = outline - (outline - outline_min) * share;
        let charts = charts - (charts - charts_min) * share;
        // Neither can be dragged so wide that the editor is left short.
        let outline_max = panel::OUTLINE_MAX.min(room - charts_min).max(outline);
        let charts_max = (width * panel::CHARTS_MAX_SHARE)
            .min(room - outline_min)
            .max(charts);
        Self {
            outline: PanelWidth {
                default: outline,
                range: outline_min..=outline_max,
            },
            charts: PanelWidth {
                default: charts,
                range: charts_min..=charts_max,
            },
        }
    }
}

/// What every panel gets for one frame.
pub struct FrameInput<'a> {
    /// The open plan.
    pub doc: &'a mut Document,
    /// What the window shows.
    pub view: &'a mut ViewState,
    /// The engine's result for the current option and view, or why there is none.
    pub outcome: Result<&'a Outcome, &'a String>,
    /// Preferences.
    pub prefs: &'a Preferences,
    /// Commands to run at the end of the frame.
    pub commands: &'a mut Vec<Command>,
    /// The last finished risk range, goal seek, tornado and value for money.
    pub analysis: Option<&'a Analysis>,
    /// Whether that analysis is of the plan and view as they are now.
    pub analysis_current: bool,
    /// The options compared, when the comparison is on screen.
    pub comparison: Option<Result<&'a Comparison, &'a String>>,
    /// Where the plan stands against its sign-off, and what changed since a baseline.
    pub review: &'a Review,
    /// The plan as the public may see it, while present mode shows a plan whose public
    /// setting is on.
    pub public: Option<Result<&'a crate::session::Public, &'a String>>,
    /// The workshop running, if any: its changes so far.
    pub workshop: Option<&'a mut crate::session::Workshop>,
}

#[cfg(test)]
mod tests {
    use super::SidePanels;
    use super::theme::panel;

    #[test]
    fn a_wide_window_keeps_the_usual_widths() {
        let panels = SidePanels::for_width(1280.0);
        assert_eq!(panels.outline.default, panel::OUTLINE);
        assert_eq!(*panels.outline.range.start(), panel::OUTLINE_MIN);
        assert_eq!(*panels.outline.range.end(), panel::OUTLINE_MAX);
        assert!((panels.charts.default - 1280.0 * panel::CHARTS_SHARE).abs() < 0.01);
        assert_eq!(*panels.charts.range.start(), panel::CHARTS_MIN);
        assert!((*panels.charts.range.end() - 1280.0 * panel::CHARTS_MAX_SHARE).abs() < 0.01);
    }

    #[test]
    fn a_narrow_window_leaves_the_editor_its_room() {
        // 1280 pixels at 200%.
        for width in [640.0, 800.0, 1000.0] {
            let panels = SidePanels::for_width(width);
            let editor = width - panels.outline.default - panels.charts.default;
            assert!(
                editor >= panel::MIN_EDITOR - 0.01,
                "{width}: editor {editor}"
            );
            let dragged = width - panels.outline.range.end() - panels.charts.range.start();
            assert!(
                dragged >= panel::MIN_EDITOR - 0.01,
                "{width}: editor {dragged}"
            );
            assert!(panels.outline.range.contains(&panels.outline.default));
            assert!(panels.charts.range.contains(&panels.charts.default));
        }
    }
}
