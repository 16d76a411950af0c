//! Saving never loses work: the previous version is kept as a backup, a file someone
//! else changed is never overwritten without asking, and a failed save leaves both the
//! file on disk and the unsaved changes in the window as they were.

use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable;
use placeplan::app::{Document, PlaceplanApp, Preferences};
use placeplan::io::{SaveError, backup_path, load_path};

mod common;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/bedfordshire-2012-15.ron")
}

fn copy_of_sample(dir: &Path) -> PathBuf {
    let path = dir.join("plan.ron");
    std::fs::copy(sample(), &path).expect("copy");
    path
}

fn open(path: &Path) -> Document {
    Document::new(load_path(path).expect("valid"), Some(path.to_path_buf()))
}

#[test]
fn saving_keeps_the_previous_version_as_a_backup() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = copy_of_sample(dir.path());
    let before = std::fs::read(&path).expect("read");
    let mut doc = open(&path);
    doc.apply(None, |plan| plan.title = "Changed in the workshop".into());
    assert!(doc.is_dirty());
    doc.save_to(&path, false).expect("saves");
    assert!(!doc.is_dirty());
    assert_eq!(std::fs::read(backup_path(&path)).expect("backup"), before);
    assert_eq!(
        load_path(&path).expect("reloads").title,
        "Changed in the workshop"
    );
}

#[test]
fn a_file_changed_by_someone_else_is_not_overwritten_without_asking() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = copy_of_sample(dir.path());
    let mut doc = open(&path);
    let theirs = std::fs::read_to_string(&path)
        .expect("read")
        .replace("Bedfordshire", "Their Bedfordshire");
    std::fs::write(&path, &theirs).expect("someone else saves");
    doc.apply(None, |plan| plan.title = "Mine".into());
    let err = doc.save_to(&path, false).expect_err("refused");
    assert!(matches!(err, SaveError::ChangedOnDisk { .. }), "{err}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), theirs);
    assert!(doc.is_dirty(), "my changes are still here");
    doc.save_to(&path, true).expect("overwrites when asked");
    assert_eq!(
        std::fs::read_to_string(backup_path(&path)).expect("backup"),
        theirs
    );
}

#[test]
fn a_failed_save_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = copy_of_sample(dir.path());
    let before = std::fs::read(&path).expect("read");
    let mut doc = open(&path);
    doc.apply(None, |plan| plan.title = "Unsaved".into());
    // A folder that cannot exist: its parent is a file.
    let impossible = path.join("inside-a-file.ron");
    let err = doc
        .save_to(&impossible, false)
        .expect_err("cannot save there");
    assert!(err.to_string().contains("inside-a-file.ron"), "{err}");
    assert!(doc.is_dirty());
    assert_eq!(doc.path.as_deref(), Some(path.as_path()));
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

#[test]
fn the_window_saves_with_ctrl_s_and_asks_when_the_file_changed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = copy_of_sample(dir.path());
    let app = PlaceplanApp::open(Some(&path), Preferences::default());
    let mut harness = common::window(app, 1600.0, 1000.0);
    harness
        .state_mut()
        .edit_plan(|plan| plan.title = "Saved from the window".into());
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert!(!harness.state().document().is_dirty());
    assert_eq!(
        load_path(&path).expect("reloads").title,
        "Saved from the window"
    );

    std::fs::write(&path, std::fs::read(sample()).expect("read")).expect("someone else saves");
    harness
        .state_mut()
        .edit_plan(|plan| plan.title = "Second edit".into());
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    harness.get_by_label("The file changed on disk");
    assert!(harness.state().document().is_dirty());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("The file changed on disk").is_none());
}
