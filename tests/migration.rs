//! Plans written in an older format open in this release: the fabricated format-0 plan
//! in `sample-plans/older` is brought up to the current format, says so, and saves in
//! the new format.

use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable;
use placeplan::app::{Document, PlaceplanApp, Preferences};
use placeplan::io::{load_path, load_path_noting};
use placeplan::model::{AuditAction, FORMAT_VERSION, Stage};

mod common;

fn older() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/older/format-0.ron")
}

#[test]
fn a_format_0_plan_opens_migrated() {
    let (plan, migrated_from) = load_path_noting(&older()).expect("opens");
    assert_eq!(migrated_from, Some(0));
    assert_eq!(plan.format, FORMAT_VERSION);
    assert_eq!(plan.stage_confidence.get(Stage::Delivery), 0.95);
    assert_eq!(plan.stage_confidence.get(Stage::Pipeline), 0.25);
    assert_eq!(plan.scenarios.len(), 1, "`options` became `scenarios`");
    let last = plan.audit.last().expect("an audit entry");
    assert_eq!(last.action, AuditAction::Migrated);
    assert!(last.note.contains("format 0"));
}

#[test]
fn a_migrated_plan_saves_in_the_current_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    std::fs::copy(older(), &path).expect("copy");
    let plan = load_path(&path).expect("opens");
    let mut doc = Document::new(plan.clone(), Some(path.clone()));
    doc.save_to(&path, false).expect("saves");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains("format: 1,"));
    assert!(text.contains("scenarios:"));
    let (again, migrated_from) = load_path_noting(&path).expect("reopens");
    assert_eq!(migrated_from, None);
    assert_eq!(again, plan);
}

#[test]
fn the_window_says_the_plan_was_migrated() {
    let app = PlaceplanApp::open(Some(&older()), Preferences::default());
    assert!(app.document().is_dirty(), "save to keep the new format");
    let harness = common::window(app, 1600.0, 1000.0);
    harness.get_by_label_contains("Opened from format 0");
}

#[test]
fn current_plans_are_not_touched() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/bedfordshire-2012-15.ron");
    let (plan, migrated_from) = load_path_noting(&path).expect("opens");
    assert_eq!(migrated_from, None);
    assert!(plan.audit.iter().all(|a| a.action != AuditAction::Migrated));
}
