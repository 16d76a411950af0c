//! Never lose work: unsaved changes go to a recovery file, a process killed mid-edit
//! leaves its work there, the next start offers it back, and a crash writes it too.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use placeplan::app::{Collection, Command as AppCommand, PlaceplanApp, Preferences};
use placeplan::io::{RecoveryDir, load_path};

mod common;

const CHILD: &str = "PLACEPLAN_TEST_EDITING_CHILD";

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/bedfordshire-2012-15.ron")
}

fn window(plan_path: &Path, recovery: &Path) -> Harness<'static, PlaceplanApp> {
    let app = PlaceplanApp::open(Some(plan_path), Preferences::default())
        .with_recovery(RecoveryDir::new(recovery));
    common::window(app, 1600.0, 1000.0)
}

/// A folder holding a copy of a sample plan, and a recovery folder beside it.
fn workspace() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    std::fs::copy(sample(), &path).expect("copy");
    let recovery = dir.path().join("recovery");
    (dir, path, recovery)
}

/// The finished recovery files in `dir`: not the hidden temporary file an atomic write
/// renames into place, which a process killed mid-write leaves behind.
fn recovery_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .is_some_and(|n| !n.to_string_lossy().starts_with('.'))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Run by the test below in a separate process: edit, then keep drawing frames until
/// killed.
#[test]
fn editing_child() {
    let Ok(dir) = std::env::var(CHILD) else {
        return;
    };
    let dir = PathBuf::from(dir);
    let mut harness = window(&dir.join("plan.ron"), &dir.join("recovery"));
    harness
        .state_mut()
        .queue(AppCommand::Add(Collection::Schemes));
    loop {
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn work_survives_a_process_killed_mid_edit() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(sample(), dir.path().join("plan.ron")).expect("copy");
    let recovery = dir.path().join("recovery");
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", "editing_child", "--nocapture"])
        .env(CHILD, dir.path())
        .spawn()
        .expect("child starts");
    // Wait for the child's autosave, then kill it without warning.
    let deadline = Instant::now() + Duration::from_secs(60);
    while recovery_files(&recovery).is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    child.kill().expect("kill");
    let _ = child.wait();
    assert_eq!(
        recovery_files(&recovery).len(),
        1,
        "the killed process left its work"
    );

    let mut harness = window(&dir.path().join("plan.ron"), &recovery);
    harness.get_by_label("Unsaved work was recovered");
    // Compare first: the one scheme the killed process added.
    harness.get_by_label("Compare with the saved file").click();
    harness.run();
    harness.get_by_label("1 difference from the saved file to the recovered copy:");
    harness.get_by_label_contains("schemes[id=");
    harness.get_by_label("Restore it").click();
    harness.run();
    let app = harness.state();
    let original = load_path(&sample()).expect("valid");
    assert_eq!(
        app.document().plan().schemes.len(),
        original.schemes.len() + 1
    );
    assert!(app.document().is_dirty());
    assert!(
        recovery_files(&recovery)
            .iter()
            .all(|p| Some(p.as_path()) == app.recovery_file())
    );
}

#[test]
fn saving_removes_the_recovery_file_and_discarding_deletes_it() {
    let (_dir, path, recovery) = workspace();
    let mut harness = window(&path, &recovery);
    harness
        .state_mut()
        .queue(AppCommand::Add(Collection::Investments));
    harness.run();
    let file = harness
        .state()
        .recovery_file()
        .expect("has one")
        .to_path_buf();
    assert!(file.exists(), "a structural edit is written at once");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert!(!harness.state().document().is_dirty());
    assert!(!file.exists(), "saved work needs no recovery file");

    // Work left by an earlier run, discarded.
    let left = recovery.join("unsaved-1.ron");
    harness
        .state_mut()
        .queue(AppCommand::Add(Collection::Risks));
    harness.run();
    std::fs::rename(&file, &left).expect("pretend an earlier run left it");
    let mut next = window(&path, &recovery);
    next.get_by_label("Discard it").click();
    next.run();
    assert!(!left.exists());
}

#[test]
fn a_crash_writes_the_recovery_file() {
    let (_dir, path, recovery) = workspace();
    let mut harness = window(&path, &recovery);
    harness
        .state_mut()
        .edit_plan(|plan| plan.title = "Edited just before a crash".into());
    harness.run();
    let file = harness
        .state()
        .recovery_file()
        .expect("has one")
        .to_path_buf();
    let _ = std::fs::remove_file(&file);
    let crashed = std::panic::catch_unwind(|| panic!("a bug"));
    assert!(crashed.is_err());
    let text = std::fs::read_to_string(&file).expect("the panic hook wrote the copy");
    assert!(text.contains("Edited just before a crash"));
}
