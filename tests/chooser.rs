//! The window's own file chooser, used where the desktop offers none: open a plan from
//! a folder, save as a new file, warn before replacing one, save an untitled plan
//! before starting another, and export the paper.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use placeplan::app::{PlaceplanApp, Preferences};

mod common;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-plans")
        .join("bedfordshire-2012-15.ron")
}

/// The window on the bundled example (untitled), with its own chooser.
fn window() -> Harness<'static, PlaceplanApp> {
    let mut app = PlaceplanApp::open(None, Preferences::default());
    app.use_desktop_chooser(false);
    common::window(app, 1280.0, 800.0)
}

/// Types `folder` into the chooser's folder field and goes there.
fn go_to(harness: &mut Harness<'_, PlaceplanApp>, folder: &Path) {
    harness.get_by_label("Folder").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Folder")
        .type_text(&folder.display().to_string());
    harness.key_press(egui::Key::Enter);
    harness.run();
}

fn menu(harness: &mut Harness<'_, PlaceplanApp>, item: &str) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains(item).click();
    harness.run();
}

#[test]
fn a_plan_is_opened_from_a_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("workshops")).expect("mkdir");
    let plan = dir.path().join("workshops").join("north.ron");
    std::fs::copy(sample(), &plan).expect("copy");
    std::fs::write(dir.path().join("minutes.txt"), "not a plan").expect("write");
    let mut harness = window();
    menu(&mut harness, "Open…");
    go_to(&mut harness, dir.path());
    assert!(
        harness.query_by_label("minutes.txt").is_none(),
        "only plan files and folders are listed"
    );
    harness.get_by_label("workshops/").click();
    harness.run();
    harness.get_by_label("north.ron").click();
    harness.run();
    harness.get_by_label("Open").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.document().path.as_deref(), Some(plan.as_path()));
    assert_eq!(
        app.document().plan().title,
        placeplan::io::load_path(&plan).expect("loads").title
    );
}

#[test]
fn save_as_writes_a_new_file_and_warns_before_replacing_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = window();
    menu(&mut harness, "Save as…");
    go_to(&mut harness, dir.path());
    let field = || egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(field(), "File name").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(field(), "File name")
        .type_text("agreed option");
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    let saved = dir.path().join("agreed option.ron");
    assert!(
        saved.is_file(),
        "a name without an extension is saved as RON"
    );
    assert_eq!(
        harness.state().document().path.as_deref(),
        Some(saved.as_path())
    );
    assert!(!harness.state().document().is_dirty());

    menu(&mut harness, "Save as…");
    harness.get_by_label("agreed option.ron").click();
    harness.run();
    harness.get_by_label_contains("saving replaces it");
    harness.get_by_label("Replace").click();
    harness.run();
    assert!(
        harness.query_by_label("Replace").is_none(),
        "the chooser closed"
    );
}

#[test]
fn an_untitled_plan_is_saved_before_a_new_one_starts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = window();
    harness
        .state_mut()
        .edit_plan(|plan| plan.title = "Workshop draft".into());
    harness.run();
    menu(&mut harness, "New blank plan");
    harness.get_by_label("Save").click();
    harness.run();
    go_to(&mut harness, dir.path());
    harness.get_by_label("Save").click();
    harness.run();
    let saved = placeplan::io::load_path(&dir.path().join("plan.ron")).expect("saved");
    assert_eq!(saved.title, "Workshop draft");
    assert_ne!(
        harness.state().document().plan().title,
        "Workshop draft",
        "the new plan started once the draft was saved"
    );
}

#[test]
fn cancel_leaves_everything_as_it_was() {
    let mut harness = window();
    let before = harness.state().document().plan().clone();
    menu(&mut harness, "Open…");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Folder").is_none());
    assert_eq!(harness.state().document().plan(), &before);
}

#[test]
fn a_new_plan_waits_for_the_answer_about_someone_elses_changes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("shared.ron");
    std::fs::copy(sample(), &path).expect("copy");
    let mut app = PlaceplanApp::open(Some(&path), Preferences::default());
    app.use_desktop_chooser(false);
    let mut harness = common::window(app, 1280.0, 800.0);
    harness
        .state_mut()
        .edit_plan(|plan| plan.title = "Mine".into());
    harness.run();
    let theirs = std::fs::read_to_string(sample()).expect("read") + "\n// their note\n";
    std::fs::write(&path, theirs).expect("someone else saves");
    menu(&mut harness, "New blank plan");
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label("The file changed on disk");
    assert_eq!(harness.state().document().plan().title, "Mine", "not yet");
    harness.get_by_label_contains("Overwrite").click();
    harness.run();
    assert_eq!(
        placeplan::io::load_path(&path).expect("saved").title,
        "Mine"
    );
    assert_ne!(
        harness.state().document().plan().title,
        "Mine",
        "the new plan started once the file was saved"
    );
}

#[test]
fn the_own_chooser_can_be_chosen_where_the_desktop_has_one() {
    let mut app = PlaceplanApp::open(None, Preferences::default());
    app.use_desktop_chooser(true);
    let mut harness = common::window(app, 1280.0, 800.0);
    menu(&mut harness, "Use placeplan's own file chooser");
    assert!(harness.state().preferences().own_file_chooser);
    harness.key_press(egui::Key::Escape);
    harness.run();
    menu(&mut harness, "Open…");
    harness.get_by_label("Folder");
    harness.get_by_label("Cancel").click();
    harness.run();
}

#[test]
fn the_paper_is_exported_to_a_chosen_file_in_review_mode_too() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("last year.html"), "old paper").expect("write");
    let mut harness = window();
    harness.get_by_label("Review").click();
    harness.run();
    menu(&mut harness, "Export paper…");
    go_to(&mut harness, dir.path());
    assert!(
        harness.query_by_label("last year.html").is_some(),
        "papers already in the folder are listed"
    );
    let field = || egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(field(), "File name").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(field(), "File name")
        .type_text("governing body");
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
    let written = dir.path().join("governing body.html");
    let html = std::fs::read_to_string(&written).expect("a name without an extension gets .html");
    let title = harness.state().document().plan().title.clone();
    assert!(html.contains(&placeplan::report::escape_html(&title)));
    assert!(html.trim_end().ends_with("</html>"), "written whole");
    assert!(
        !harness.state().document().is_dirty(),
        "exporting changes nothing"
    );
    assert!(
        harness
            .state()
            .notice()
            .is_some_and(|n| n.title == "Paper exported"),
        "the window says where the paper went"
    );
}
