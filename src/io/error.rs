//! What can go wrong when reading a plan.

use std::fmt;
use std::path::PathBuf;

use crate::model::Problem;

/// Why a plan could not be read.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read at all.
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A folder was given where a plan file was wanted.
    Folder {
        /// The folder.
        path: PathBuf,
    },
    /// The file is not a plan: too large, binary, not text.
    NotAPlan {
        /// The file (or `<input>`).
        source_name: String,
        /// Why.
        reason: String,
    },
    /// The text does not parse.
    Syntax {
        /// The file (or `<input>`).
        source_name: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What was wrong and what was expected.
        message: String,
    },
    /// The file was written by a newer release.
    FutureFormat {
        /// The file (or `<input>`).
        source_name: String,
        /// The version found.
        found: u32,
    },
    /// The plan parses but breaks the rules.
    Invalid {
        /// The file (or `<input>`).
        source_name: String,
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

impl LoadError {
    /// One line per problem, each starting with the file name.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LoadError::Invalid {
                source_name,
                problems,
            } => problems
                .iter()
                .map(|p| format!("{source_name}: {p}"))
                .collect(),
            other => vec![other.to_string()],
        }
    }

    /// Whether the problem is with the plan's content (as opposed to reading the file).
    pub fn is_invalid_plan(&self) -> bool {
        !matches!(self, LoadError::Io { .. } | LoadError::Folder { .. })
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io { path, source } => {
                write!(f, "{}: cannot read the file: {source}", path.display())
            }
            LoadError::Folder { path } => {
                write!(f, "{}: this is a folder; give a plan file", path.display())
            }
            LoadError::NotAPlan {
                source_name,
                reason,
            } => write!(f, "{source_name}: not a plan file: {reason}"),
            LoadError::Syntax {
                source_name,
                line,
                column,
                message,
            } => write!(f, "{source_name}:{line}:{column}: {message}"),
            LoadError::FutureFormat { source_name, found } => write!(
                f,
                "{source_name}: format {found} was written by a newer release of placeplan; \
                 this release reads format {} and older",
                crate::model::FORMAT_VERSION
            ),
            LoadError::Invalid {
                source_name,
                problems,
            } => {
                write!(f, "{source_name}: {} problem(s)", problems.len())?;
                for p in problems {
                    write!(f, "\n  {p}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for LoadError {}
