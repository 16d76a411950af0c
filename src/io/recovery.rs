//! Recovery files: a copy of unsaved work, written while a plan has unsaved changes and
//! when the application crashes, and offered back on the next start.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{SaveError, save_atomic};
use crate::model::Plan;

/// A recovered plan and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recovered {
    /// The plan's own file, if it had one.
    pub original: Option<PathBuf>,
    /// When the copy was written (ISO 8601).
    pub when: String,
    /// The unsaved plan.
    pub plan: Plan,
}

/// The folder recovery files live in, one file per running window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryDir {
    dir: PathBuf,
    file: PathBuf,
}

const PREFIX: &str = "unsaved-";
const SUFFIX: &str = ".ron";

impl RecoveryDir {
    /// Recovery files in `dir`; this process writes its own file there.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        let dir = dir.into();
        let file = dir.join(format!("{PREFIX}{}{SUFFIX}", std::process::id()));
        Self { dir, file }
    }

    /// This process's recovery file.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Writes a copy of unsaved work, atomically.
    pub fn write(&self, original: Option<&Path>, plan: &Plan) -> Result<(), SaveError> {
        std::fs::create_dir_all(&self.dir).map_err(|source| SaveError::Io {
            path: self.dir.clone(),
            source,
        })?;
        let recovered = Recovered {
            original: original.map(Path::to_path_buf),
            when: super::now_iso(),
            plan: plan.clone(),
        };
        let text =
            ron::ser::to_string_pretty(&recovered, ron::ser::PrettyConfig::new()).map_err(|e| {
                SaveError::Encode {
                    notation: "RON",
                    message: e.to_string(),
                }
            })?;
        save_atomic(&self.file, text.as_bytes())
    }

    /// Removes this process's recovery file: the work is saved or was discarded.
    pub fn clear(&self) {
        // A file that is already gone is what we want.
        let _ = std::fs::remove_file(&self.file);
    }

    /// Removes what writes interrupted by a killed process left in the folder (the
    /// temporary files of atomic writes, an hour old or more).
    pub fn tidy(&self) {
        super::remove_stale_temp_files(&self.dir, super::STALE_TEMP);
    }

    /// Recovery files left by earlier runs (not this process's), newest first, with
    /// what each holds. Files that cannot be read are skipped.
    pub fn left_behind(&self) -> Vec<(PathBuf, Recovered)> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<(PathBuf, Recovered)> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p != &self.file)
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX))
            })
            .filter_map(|p| {
                let text = std::fs::read_to_string(&p).ok()?;
                let recovered: Recovered = ron::from_str(&text).ok()?;
                Some((p, recovered))
            })
            .collect();
        found.sort_by(|a, b| b.1.when.cmp(&a.1.when));
        found
    }
}
