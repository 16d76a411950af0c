//! Everything a person can ask the window to do, with its label and shortcut. Panels
//! queue commands; the app runs them at the end of the frame, so nothing is replaced
//! while a widget still borrows it, and file dialogs open in one place.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

pub use crate::model::edit::Collection;
use crate::model::review::{Decision, Reviewer, Subject};
pub use crate::report::Readers;

use super::review::Baseline;

/// A template for a new plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Template {
    /// An empty plan with the usual service lines and business rules.
    Blank,
    /// The bundled example plan.
    Example,
}

/// Something to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// New plan from a template.
    New(Template),
    /// Choose a plan file to open.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Save to the plan's file (or choose one).
    Save,
    /// Save under a new name.
    SaveAs,
    /// Write the paper for these readers, for the option in view, to a file chosen
    /// (allowed in review mode: it changes nothing).
    ExportPaper(Readers),
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Close the window (asks first when there are unsaved changes).
    Quit,
    /// Add a new item to a collection.
    Add(Collection),
    /// Copy the item with this id.
    Duplicate(Collection, String),
    /// Remove the item with this id.
    Remove(Collection, String),
    /// Switch between light and dark.
    ToggleTheme,
    /// Use placeplan's own file chooser, or the desktop's.
    ToggleOwnFileChooser,
    /// Make everything bigger.
    ZoomIn,
    /// Make everything smaller.
    ZoomOut,
    /// Back to normal size.
    ZoomReset,
    /// Accept a suggested package of investments in the option in view: of the
    /// investments it considered, the chosen ones count and the others do not.
    UsePackage(crate::model::edit::Package),
    /// Add the option to the comparison, or take it out.
    ToggleCompared(String),
    /// Comment on an item or the plan (allowed in review mode: it changes no figure).
    Comment(Subject, String),
    /// Reply to the comment at this place in the plan's comments.
    Reply(usize, String),
    /// Mark the comment at this place resolved, or open it again.
    SetResolved(usize, bool),
    /// Sign off or send back an item or the plan, with a note (asks first when the
    /// plan is signed off with comments still open).
    Decide(Subject, Decision, String),
    /// Compare the plan with another version of it.
    CompareWith(Baseline),
    /// Choose a plan file to compare with.
    ChooseBaseline,
    /// Show an item in its section.
    GoTo(Subject),
    /// Keep who is reviewing in the preferences.
    SetReviewer(Reviewer),
    /// Present the plan full screen, slide by slide.
    Present,
    /// Leave present mode for the workshop window.
    EndPresent,
    /// In present mode, ask what if: show an option, switch a scheme or investment,
    /// move growth; the slide says the question.
    WhatIf(super::WhatIf),
    /// In present mode, ask what if of the next option (the base plan after the last).
    NextOption,
    /// In present mode, take the newest what-if back.
    TakeBackWhatIf,
    /// Start writing down every change (a workshop).
    StartWorkshop,
    /// End the workshop: keep its record in the plan's audit trail, save, and offer
    /// the minutes.
    EndWorkshop,
    /// Revert the workshop's change at this place (from 0) on its own.
    RevertChange(usize),
    /// Say who proposed the workshop's newest change and why.
    NoteChange,
    /// Write the minutes of the plan's latest workshop to a file chosen.
    ExportMinutes,
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl Command {
    /// Label for menus.
    pub fn label(&self) -> &'static str {
        match self {
            Command::New(Template::Blank) => "New blank plan",
            Command::New(Template::Example) => "New from example plan",
            Command::Open => "Open…",
            Command::OpenPath(_) => "Open",
            Command::Save => "Save",
            Command::SaveAs => "Save as…",
            Command::ExportPaper(Readers::GoverningBody) => "Export paper…",
            Command::ExportPaper(Readers::Public) => "Export paper for the public…",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::Quit => "Quit",
            Command::Add(_) => "Add",
            Command::Duplicate(..) => "Duplicate",
            Command::Remove(..) => "Remove",
            Command::ToggleTheme => "Light / dark",
            Command::ToggleOwnFileChooser => "Use placeplan's own file chooser",
            Command::ZoomIn => "Zoom in",
            Command::ZoomOut => "Zoom out",
            Command::ZoomReset => "Actual size",
            Command::UsePackage(..) => "Use this package",
            Command::ToggleCompared(_) => "Compare",
            Command::Comment(..) => "Comment",
            Command::Reply(..) => "Reply",
            Command::SetResolved(_, true) => "Resolve",
            Command::SetResolved(_, false) => "Reopen",
            Command::Decide(_, Decision::SignOff, _) => "Sign off",
            Command::Decide(_, Decision::SendBack, _) => "Send back",
            Command::CompareWith(_) => "Compare with",
            Command::ChooseBaseline => "Another plan file…",
            Command::GoTo(_) => "Go to",
            Command::SetReviewer(_) => "Save reviewer",
            Command::Present => "Present",
            Command::EndPresent => "Leave present mode",
            Command::WhatIf(_) => "What if",
            Command::NextOption => "What if: the next option",
            Command::TakeBackWhatIf => "Take back the last what-if",
            Command::StartWorkshop => "Start workshop",
            Command::EndWorkshop => "End workshop",
            Command::RevertChange(_) => "Revert",
            Command::NoteChange => "Who and why for the newest change",
            Command::ExportMinutes => "Export minutes…",
        }
    }

    /// Keyboard shortcut, if it has one.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let k = |m, key| Some(KeyboardShortcut::new(m, key));
        match self {
            Command::New(Template::Blank) => k(CTRL, Key::N),
            Command::Open => k(CTRL, Key::O),
            Command::Save => k(CTRL, Key::S),
            Command::SaveAs => k(CTRL_SHIFT, Key::S),
            Command::ExportPaper(Readers::GoverningBody) => k(CTRL, Key::P),
            Command::Undo => k(CTRL, Key::Z),
            Command::Redo => k(CTRL_SHIFT, Key::Z),
            Command::Quit => k(CTRL, Key::Q),
            Command::ZoomIn => k(CTRL, Key::Plus),
            Command::ZoomOut => k(CTRL, Key::Minus),
            Command::ZoomReset => k(CTRL, Key::Num0),
            Command::Present => k(Modifiers::NONE, Key::F5),
            Command::NoteChange => k(CTRL, Key::M),
            _ => None,
        }
    }

    /// Commands that have shortcuts, checked every frame (longest modifiers first, so
    /// Ctrl+Shift+S is not taken for Ctrl+S).
    pub fn with_shortcuts() -> [Command; 13] {
        [
            Command::SaveAs,
            Command::ExportPaper(Readers::GoverningBody),
            Command::Redo,
            Command::New(Template::Blank),
            Command::Open,
            Command::Save,
            Command::Undo,
            Command::Quit,
            Command::ZoomIn,
            Command::ZoomOut,
            Command::ZoomReset,
            Command::Present,
            Command::NoteChange,
        ]
    }
}

/// Ctrl+Y also redoes, as in most office software.
pub const REDO_ALT: KeyboardShortcut = KeyboardShortcut::new(CTRL, Key::Y);
