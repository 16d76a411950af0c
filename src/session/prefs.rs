//! Preferences kept between runs: recent files, light or dark, zoom, who is reviewing.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::review::Reviewer;

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 8;

/// Persisted preferences; unknown or missing fields fall back to defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// Most recently opened or saved first.
    pub recent_files: Vec<PathBuf>,
    /// Dark visuals.
    pub dark: bool,
    /// Zoom factor (1 = normal).
    pub zoom: f32,
    /// Open and Save As use placeplan's own file chooser even where the desktop has
    /// one (for desktops whose chooser does not answer).
    pub own_file_chooser: bool,
    /// Who is reviewing, for comments and sign-offs (set once; no accounts).
    pub reviewer: Reviewer,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            recent_files: Vec::new(),
            dark: false,
            zoom: 1.0,
            own_file_chooser: false,
            reviewer: Reviewer::default(),
        }
    }
}

impl Preferences {
    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.recent_files.retain(|p| p != &path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(MAX_RECENT);
    }

    /// Zoom in or out by one step, within 50%-300%.
    pub fn step_zoom(&mut self, steps: f32) {
        self.zoom = (self.zoom + 0.1 * steps).clamp(0.5, 3.0);
    }
}
