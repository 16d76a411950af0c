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
pub mod sheet;
pub mod theme;
pub mod widgets;

use crate::engine::{Comparison, Outcome};
use crate::session::{Analysis, Command, Document, Preferences, ViewState};

pub use bars::{caveat_bar, status_bar, top_bar};
pub use charts::charts_panel;
pub use editors::editor;
pub use outline::outline;

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
}
