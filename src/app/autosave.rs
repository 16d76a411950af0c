//! Never lose work: while the plan has unsaved changes, a copy goes to a recovery file
//! every 30 seconds and after every structural edit, and a crash writes it too. The
//! next start offers it back.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, Once, Weak};

use super::Document;
use crate::io::{Recovered, RecoveryDir};
use crate::model::Plan;

/// Seconds between autosaves while there are unsaved changes.
pub const AUTOSAVE_SECONDS: f64 = 30.0;

/// How often the copy a crash would write is refreshed, in seconds.
const CRASH_COPY_SECONDS: f64 = 1.0;

/// The latest unsaved state of one window (its file and plan), for the panic hook.
type CrashSlot = Mutex<Option<(Option<PathBuf>, Plan)>>;

/// A window's crash copy, shared with the panic hook.
type CrashCopy = Arc<CrashSlot>;

/// Every live window's recovery folder and crash copy, for the one panic hook.
static WINDOWS: Mutex<Vec<(RecoveryDir, Weak<CrashSlot>)>> = Mutex::new(Vec::new());

/// The panic hook is installed once per process, however many windows there are.
static HOOK: Once = Once::new();

/// Writes every live window's latest unsaved state; called from the panic hook.
fn write_crash_copies() {
    // The registry is only locked briefly to add a window, never while anything can
    // panic, so waiting for it is safe; a poisoned lock still holds good data.
    let windows = WINDOWS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for (dir, copy) in windows.iter() {
        // try_lock: the panicking thread may be the one updating this copy.
        if let Some(copy) = copy.upgrade()
            && let Ok(guard) = copy.try_lock()
            && let Some((original, plan)) = guard.as_ref()
        {
            let _ = dir.write(original.as_deref(), plan);
        }
    }
}

/// Autosave and crash recovery for one window.
pub struct Autosave {
    dir: RecoveryDir,
    written_revision: Option<u64>,
    last_write: f64,
    crash_copy: CrashCopy,
    crash_copy_revision: Option<u64>,
    last_crash_copy: f64,
}

impl Autosave {
    /// Autosave into `dir`, with a panic hook that writes the latest copy there.
    pub fn new(dir: RecoveryDir) -> Self {
        dir.tidy();
        let autosave = Self {
            dir,
            written_revision: None,
            last_write: f64::NEG_INFINITY,
            crash_copy: Arc::new(Mutex::new(None)),
            crash_copy_revision: None,
            last_crash_copy: f64::NEG_INFINITY,
        };
        autosave.install_panic_hook();
        autosave
    }

    fn install_panic_hook(&self) {
        let mut windows = WINDOWS
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        windows.retain(|(_, copy)| copy.strong_count() > 0);
        windows.push((self.dir.clone(), Arc::downgrade(&self.crash_copy)));
        drop(windows);
        HOOK.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                write_crash_copies();
                previous(info);
            }));
        });
    }

    /// Recovery files left by earlier runs, newest first.
    pub fn left_behind(&self) -> Vec<(PathBuf, Recovered)> {
        self.dir.left_behind()
    }

    /// This window's recovery file.
    pub fn file(&self) -> &std::path::Path {
        self.dir.file()
    }

    /// Called once a frame: writes the recovery copy when due, keeps the crash copy
    /// fresh, and removes the recovery file once the work is saved.
    pub fn tick(&mut self, doc: &Document, now: f64, structural_edit: bool) {
        if !doc.is_dirty() {
            // The crash copy goes first: a panic elsewhere in the process between the
            // two would otherwise write the saved work back as a recovery file.
            if self.crash_copy_revision.take().is_some()
                && let Ok(mut guard) = self.crash_copy.lock()
            {
                *guard = None;
            }
            if self.written_revision.take().is_some() {
                self.dir.clear();
            }
            return;
        }
        let revision = doc.revision();
        if self.crash_copy_revision != Some(revision)
            && (structural_edit || now - self.last_crash_copy >= CRASH_COPY_SECONDS)
            && let Ok(mut guard) = self.crash_copy.lock()
        {
            *guard = Some((doc.path.clone(), doc.plan().clone()));
            self.crash_copy_revision = Some(revision);
            self.last_crash_copy = now;
        }
        let due = structural_edit || now - self.last_write >= AUTOSAVE_SECONDS;
        if due && self.written_revision != Some(revision) {
            // A failed autosave is retried at the next one; the work is still in memory.
            if self.dir.write(doc.path.as_deref(), doc.plan()).is_ok() {
                self.written_revision = Some(revision);
            }
            self.last_write = now;
        }
    }

    /// Removes this window's recovery file (the person chose to discard the work).
    pub fn clear(&mut self) {
        self.dir.clear();
        self.written_revision = None;
    }
}
