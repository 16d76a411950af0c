//! What the window and its panels share: the open document, the view state, the
//! commands a panel can ask for, preferences, notices and analysis results.
//!
//! `ui` draws from these and `app` wires them to the window; neither imports the
//! other. Nothing here draws.

mod analysis;
pub mod chooser;
mod commands;
mod document;
mod history;
mod prefs;
mod present;
mod results;
mod review;
mod state;
mod workshop;

use std::path::PathBuf;

pub use analysis::{Analyses, Analysis, AnalysisKey, SETTLE as ANALYSIS_SETTLE};
pub use commands::{Collection, Command, REDO_ALT, Template};
pub use document::Document;
pub use prefs::Preferences;
pub use present::{Asked, Back, Presenting, Step, WhatIf};
pub use results::{CompareKey, Public, Results};
pub use review::{Baseline, Changes, CommentMarks, Review};
pub use state::{
    ChartKind, ItemFilter, Mode, Pane, ReviewTab, ReviewView, SavingsGrouping, Section, ViewState,
};
pub use workshop::{RevertError, Workshop};

/// What to do once the person has dealt with unsaved changes.
#[derive(Debug, Clone, PartialEq)]
pub enum AfterConfirm {
    /// Close the window.
    Quit,
    /// Open this file.
    Open(PathBuf),
    /// Start a new plan.
    New(Template),
}

/// A sign-off of the plan waiting for the person to confirm it (it has open comments).
#[derive(Debug, Clone, PartialEq)]
pub struct PendingSignOff {
    /// What the note says.
    pub note: String,
    /// How many comments are open.
    pub open_comments: usize,
}

/// A message for the person, shown until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Short title.
    pub title: String,
    /// The lines of the message (each problem on its own line).
    pub lines: Vec<String>,
}
