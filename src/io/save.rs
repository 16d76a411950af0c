//! Writing plans: RON and JSON text, and atomic saves that never damage the file on disk.

use std::io::Write;
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;

use crate::model::Plan;

/// Why a plan could not be written.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The plan could not be turned into text.
    #[error("cannot write the plan as {notation}: {message}")]
    Encode {
        /// RON or JSON.
        notation: &'static str,
        /// The encoder's reason.
        message: String,
    },
    /// The file system refused.
    #[error("{}: cannot save: {source}", path.display())]
    Io {
        /// The file being written.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
}

/// The plan as human-readable RON.
pub fn to_ron(plan: &Plan) -> Result<String, SaveError> {
    let config = PrettyConfig::new()
        .struct_names(false)
        .indentor("    ".to_string())
        .compact_arrays(true)
        .extensions(Extensions::IMPLICIT_SOME);
    ron::ser::to_string_pretty(plan, config)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| SaveError::Encode {
            notation: "RON",
            message: e.to_string(),
        })
}

/// The plan as pretty JSON.
pub fn to_json(plan: &Plan) -> Result<String, SaveError> {
    serde_json::to_string_pretty(plan)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| SaveError::Encode {
            notation: "JSON",
            message: e.to_string(),
        })
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder, flushed
/// to disk, then renamed over the target. On failure the file on disk is untouched.
pub fn save_atomic(path: &Path, contents: &[u8]) -> Result<(), SaveError> {
    let io = |source| SaveError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".placeplan-save-")
        .tempfile_in(dir)
        .map_err(io)?;
    tmp.write_all(contents).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}
