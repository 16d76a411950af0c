//! Parsing plan text (RON or JSON) and loading plan files.

use std::path::Path;

use ron::extensions::Extensions;
use serde::Deserialize;

use super::LoadError;
use crate::model::{FORMAT_VERSION, Plan, validate};

/// Largest plan file accepted, in bytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The notation a plan is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notation {
    /// Rusty Object Notation, the native format.
    Ron,
    /// JSON, for scripts and spreadsheets.
    Json,
}

impl Notation {
    /// Guess from a file name: `.json` is JSON, anything else RON.
    pub fn from_path(path: &Path) -> Self {
        match path.extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("json") => Notation::Json,
            _ => Notation::Ron,
        }
    }
}

impl Notation {
    /// The notation the text is written in, when its first character tells: JSON opens
    /// with `{`; RON with `(`, a `#![enable]` attribute or a comment.
    pub fn sniff(text: &str) -> Option<Self> {
        match text.trim_start().chars().next()? {
            '{' => Some(Notation::Json),
            '(' | '#' | '/' => Some(Notation::Ron),
            _ => None,
        }
    }
}

/// Reads, parses and validates a plan file.
pub fn load_path(path: &Path) -> Result<Plan, LoadError> {
    load_path_noting(path).map(|(plan, _)| plan)
}

/// Like [`load_path`], also telling the format the file was migrated from, if older.
pub fn load_path_noting(path: &Path) -> Result<(Plan, Option<u32>), LoadError> {
    let source_name = path.display().to_string();
    let io = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(LoadError::Folder {
            path: path.to_path_buf(),
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(source_name, meta.len()));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let plan = parse_plan(&bytes, &source_name, Notation::from_path(path))?;
    let migrated_from = plan
        .audit
        .last()
        .filter(|a| a.action == crate::model::AuditAction::Migrated)
        .and_then(|_| format_of(&bytes))
        .filter(|f| *f < FORMAT_VERSION);
    Ok((plan, migrated_from))
}

/// The `format` a plan's text declares, if it can be read.
fn format_of(bytes: &[u8]) -> Option<u32> {
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match Notation::sniff(text).unwrap_or(Notation::Ron) {
        Notation::Ron => ron_options().from_str::<FormatProbe>(text).ok(),
        Notation::Json => serde_json::from_str::<FormatProbe>(text).ok(),
    }
    .map(|p| p.format)
}

fn too_large(source_name: String, len: u64) -> LoadError {
    LoadError::NotAPlan {
        source_name,
        reason: format!(
            "it is {:.1} MB; plan files are at most {} MB",
            len as f64 / 1e6,
            MAX_FILE_BYTES / (1024 * 1024)
        ),
    }
}

/// Parses and validates plan text.
pub fn parse_plan(bytes: &[u8], source_name: &str, notation: Notation) -> Result<Plan, LoadError> {
    let plan = parse_plan_unchecked(bytes, source_name, notation)?;
    let problems = validate(&plan);
    if problems.is_empty() {
        Ok(plan)
    } else {
        Err(LoadError::Invalid {
            source_name: source_name.to_string(),
            problems,
        })
    }
}

/// Parses plan text without validating it (for tools that report problems themselves).
pub fn parse_plan_unchecked(
    bytes: &[u8],
    source_name: &str,
    notation: Notation,
) -> Result<Plan, LoadError> {
    let not_a_plan = |reason: &str| LoadError::NotAPlan {
        source_name: source_name.to_string(),
        reason: reason.to_string(),
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(source_name.to_string(), bytes.len() as u64));
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(not_a_plan("the file is empty"));
    }
    if bytes.contains(&0) {
        return Err(not_a_plan("it holds binary data, not text"));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        not_a_plan(&format!(
            "it is not UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        ))
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // What the text is decides how it is read: a plan sent as `.ron` may hold JSON.
    let notation = Notation::sniff(text).unwrap_or(notation);
    let parsed = match notation {
        Notation::Ron => parse_ron(text, source_name),
        Notation::Json => parse_json(text, source_name),
    };
    match parsed {
        Ok(plan) if plan.format > FORMAT_VERSION => Err(LoadError::FutureFormat {
            source_name: source_name.to_string(),
            found: plan.format,
        }),
        Ok(mut plan) => {
            super::migrate::migrate(&mut plan);
            Ok(plan)
        }
        Err(err) => Err(future_format(text, source_name, notation).unwrap_or(err)),
    }
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

fn parse_ron(text: &str, source_name: &str) -> Result<Plan, LoadError> {
    ron_options()
        .from_str::<Plan>(text)
        .map_err(|e| {
            let mut message = super::messages::ron_message(&e.code);
            if let Some(opened) = super::messages::open_string_before(text, e.span.start.line)
                && opened < e.span.start.line
            {
                message.push_str(&format!(
                    ". The text in quotes that starts on line {opened} runs on past the end of its line: is its closing quote missing?"
                ));
            }
            LoadError::Syntax {
                source_name: source_name.to_string(),
                line: e.span.start.line,
                column: e.span.start.col,
                message,
            }
        })
}

fn parse_json(text: &str, source_name: &str) -> Result<Plan, LoadError> {
    serde_json::from_str::<Plan>(text).map_err(|e| LoadError::Syntax {
        source_name: source_name.to_string(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}

/// Only the version field, to tell a newer file apart from a broken one.
#[derive(Deserialize)]
struct FormatProbe {
    format: u32,
}

fn future_format(text: &str, source_name: &str, notation: Notation) -> Option<LoadError> {
    let found = match notation {
        Notation::Ron => ron_options().from_str::<FormatProbe>(text).ok()?.format,
        Notation::Json => serde_json::from_str::<FormatProbe>(text).ok()?.format,
    };
    (found > FORMAT_VERSION).then(|| LoadError::FutureFormat {
        source_name: source_name.to_string(),
        found,
    })
}
