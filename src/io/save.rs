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
    /// Someone else changed the file since it was opened or last saved here.
    #[error("{}: the file was changed by someone else since it was opened here", path.display())]
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
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

/// The plan as human-readable RON: lists of numbers on one line, so that changing one
/// figure changes one line, and text as written (notes keep their line breaks and
/// quotes, in raw strings where needed) so a finance lead can read it in an editor.
/// A plan whose text holds control characters other than line breaks and tabs is
/// written with escapes instead, so the file stays plain text and reads back the same.
pub fn to_ron(plan: &Plan) -> Result<String, SaveError> {
    let readable = ron_with(plan, false)?;
    if readable
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        ron_with(plan, true)
    } else {
        Ok(readable)
    }
}

fn ron_with(plan: &Plan, escape_strings: bool) -> Result<String, SaveError> {
    let config = PrettyConfig::new()
        .struct_names(false)
        .indentor("    ".to_string())
        .compact_arrays(true)
        .escape_strings(escape_strings)
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
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX);
    if let Some(permissions) = new_file_permissions() {
        builder.permissions(permissions);
    }
    // The temporary file's name is ours, not the user's: its errors are told by kind
    // and about the folder they chose.
    let mut tmp = builder.tempfile_in(dir).map_err(|e| {
        io(if e.kind() == std::io::ErrorKind::NotFound {
            std::io::Error::new(
                e.kind(),
                format!("the folder {} does not exist", dir.display()),
            )
        } else {
            std::io::Error::from(e.kind())
        })
    })?;
    // A file that exists keeps who may read and write it: a plan shared with a team
    // must not become its last saver's alone.
    if let Ok(meta) = std::fs::metadata(path) {
        tmp.as_file()
            .set_permissions(meta.permissions())
            .map_err(io)?;
    }
    tmp.write_all(contents).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// Permissions of a newly created file: what any program creating a file gets (read
/// and write for all, less the user's umask), not a temporary file's owner-only ones.
#[cfg(unix)]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o666))
}

/// Elsewhere the system's defaults serve.
#[cfg(not(unix))]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    None
}

/// How the temporary file of an atomic save starts; it is renamed over the target.
const TEMP_PREFIX: &str = ".placeplan-save-";

/// How old a save's temporary file must be before it is taken as left by a process
/// that was killed mid-save (a save takes well under a second).
pub const STALE_TEMP: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Removes the temporary files of saves in `dir` that were interrupted (the process
/// was killed between writing and renaming) at least `older_than` ago; returns how many.
/// Nothing else is touched, and a folder that cannot be read is left alone.
pub fn remove_stale_temp_files(dir: &Path, older_than: std::time::Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = std::time::SystemTime::now();
    entries
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(TEMP_PREFIX))
        .filter(|e| {
            e.metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| now.duration_since(t).ok())
                .is_some_and(|age| age >= older_than)
        })
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}

/// The backup kept beside a plan: `plan.ron` → `plan.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

/// Saves like [`save_atomic`], first keeping the file's previous version as
/// [`backup_path`] (itself written atomically). On failure nothing on disk changes
/// except, possibly, a fresher backup.
pub fn save_with_backup(path: &Path, contents: &[u8]) -> Result<(), SaveError> {
    match std::fs::read(path) {
        Ok(previous) => save_atomic(&backup_path(path), &previous)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(source) => {
            return Err(SaveError::Io {
                path: path.to_path_buf(),
                source,
            });
        }
    }
    save_atomic(path, contents)
}

/// What a file on disk looked like when it was last read or written here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiskStamp {
    len: u64,
    hash: u64,
}

impl DiskStamp {
    /// The stamp of the file as it is now; `None` when it cannot be read.
    pub fn of(path: &Path) -> Option<Self> {
        std::fs::read(path).ok().map(|bytes| Self::of_bytes(&bytes))
    }

    /// The stamp of these contents.
    pub fn of_bytes(bytes: &[u8]) -> Self {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut hasher);
        Self {
            len: bytes.len() as u64,
            hash: hasher.finish(),
        }
    }
}

#[cfg(all(test, unix))]
mod permission_tests {
    use std::os::unix::fs::PermissionsExt;

    use super::save_with_backup;

    fn mode(path: &std::path::Path) -> u32 {
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777
    }

    #[test]
    fn a_save_keeps_the_files_permissions() {
        let dir = tempfile::tempdir().expect("tempdir");
        let plan = dir.path().join("shared.ron");
        std::fs::write(&plan, "old").expect("write");
        std::fs::set_permissions(&plan, std::fs::Permissions::from_mode(0o664)).expect("chmod");
        save_with_backup(&plan, b"new").expect("saves");
        assert_eq!(std::fs::read(&plan).expect("read"), b"new");
        assert_eq!(mode(&plan), 0o664, "the team can still read and write it");
    }

    #[test]
    fn a_new_file_is_readable_beyond_its_owner_as_usual() {
        let dir = tempfile::tempdir().expect("tempdir");
        let plan = dir.path().join("new.ron");
        save_with_backup(&plan, b"new").expect("saves");
        // Whatever the umask, a new plan is never narrower than the owner's read and
        // write, and a temporary file's owner-only mode is not what it gets by default.
        let m = mode(&plan);
        assert_eq!(m & 0o600, 0o600);
        assert_eq!(
            m,
            0o666 & !current_umask(),
            "as any program would create it"
        );
    }

    /// The process's umask, read from a file created the ordinary way.
    fn current_umask() -> u32 {
        let dir = tempfile::tempdir().expect("tempdir");
        let probe = dir.path().join("probe");
        std::fs::write(&probe, "").expect("write");
        0o666 & !mode(&probe)
    }
}

#[cfg(test)]
mod stale_tests {
    use std::time::{Duration, SystemTime};

    use super::{STALE_TEMP, TEMP_PREFIX, remove_stale_temp_files};

    #[test]
    fn only_old_temporary_files_of_saves_are_removed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let old = dir.path().join(format!("{TEMP_PREFIX}old"));
        let fresh = dir.path().join(format!("{TEMP_PREFIX}fresh"));
        let plan = dir.path().join("plan.ron");
        for p in [&old, &fresh, &plan] {
            std::fs::write(p, "x").expect("write");
        }
        let long_ago = SystemTime::now() - STALE_TEMP - Duration::from_secs(60);
        for p in [&old, &plan] {
            std::fs::File::options()
                .write(true)
                .open(p)
                .and_then(|f| f.set_modified(long_ago))
                .expect("set time");
        }
        assert_eq!(remove_stale_temp_files(dir.path(), STALE_TEMP), 1);
        assert!(!old.exists());
        assert!(fresh.exists(), "a save may be writing it now");
        assert!(plan.exists(), "nothing else is touched");
        assert_eq!(
            remove_stale_temp_files(&dir.path().join("missing"), STALE_TEMP),
            0
        );
    }
}

#[cfg(test)]
mod text_tests {
    use super::to_ron;
    use crate::io::{Notation, parse_plan_unchecked};
    use crate::model::template::blank;

    #[test]
    fn any_text_in_notes_reads_back_as_written() {
        let awkward = [
            "plain",
            "a \"quoted\" word and a back\\slash",
            "ends in a quote\"",
            "raw-looking \"# and \"## inside",
            "two lines\nof notes\r\nand a tab\there",
            "£ signs, 'apostrophes' and – dashes",
            "a nul \0 and a bell \u{7}",
            "",
        ];
        for text in awkward {
            let mut plan = blank();
            plan.income.notes = text.to_string();
            plan.notes = vec![text.to_string()];
            let written = to_ron(&plan).expect("writes");
            let back = parse_plan_unchecked(written.as_bytes(), "plan.ron", Notation::Ron)
                .unwrap_or_else(|e| panic!("{text:?}: {e}\n{written}"));
            assert_eq!(back.income.notes, text);
            assert_eq!(back.notes, [text]);
            assert_eq!(to_ron(&back).expect("writes"), written, "{text:?}");
        }
    }
}
