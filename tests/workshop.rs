//! A workshop from start to minutes in the window: three changes made, who proposed
//! one and why typed into the workshop's panel, one reverted there on its own, the
//! workshop ended (its record kept in the plan's audit trail and the plan saved), the
//! plan read back from its file, and the minutes printed from it, in the window's
//! format and by the command line.

mod binary;
mod common;

use egui::Key;
use egui_kittest::kittest::Queryable;
use placeplan::app::{Command, PlaceplanApp};
use placeplan::model::Plan;
use placeplan::report::minutes::{latest, minutes_html, minutes_markdown};
use placeplan::session::Preferences;

fn sample() -> Plan {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-plans")
        .join("bedfordshire-2017-19.ron");
    placeplan::io::load_path(&path).expect("a sample plan loads")
}

#[test]
fn a_workshop_of_three_changes_and_one_revert_is_saved_reopened_and_minuted() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    let original = sample();
    let text = placeplan::io::to_ron(&original).expect("written");
    std::fs::write(&file, text).expect("saved");
    let mut app = PlaceplanApp::open(Some(&file), Preferences::default());
    app.use_desktop_chooser(false);
    let mut harness = common::window(app, 1280.0, 720.0);
    harness.state_mut().queue(Command::StartWorkshop);
    harness.run();
    harness.get_by_label("End workshop");

    // Three changes: a scheme's saving, an investment switched off, income growth.
    harness
        .state_mut()
        .edit_plan(|p| p.schemes[0].savings[0] += 250.0);
    harness.run();
    harness
        .state_mut()
        .edit_plan(|p| p.investments[0].active = false);
    harness.run();
    harness.state_mut().edit_plan(|p| {
        let g = p.income.growth.values_mut();
        g[0] += 1_000.0;
    });
    harness.run();
    assert!(
        harness.query_by_label_contains("3 changes").is_some(),
        "the panel counts them"
    );

    // Ctrl+M puts the cursor in the newest change's "why"; the reason is typed there.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::M);
    harness.run();
    harness
        .get_by_label("Why change 3")
        .type_text("Allocation letter came in higher");
    harness.run();
    harness.get_by_label("Who proposed change 3").click();
    harness.run();
    harness
        .get_by_label("Who proposed change 3")
        .type_text("Finance lead");
    harness.run();

    // Revert the second change on its own: the newest is listed first.
    let reverts: Vec<_> = harness.get_all_by_label("Revert").collect();
    assert_eq!(reverts.len(), 3);
    reverts[1].click();
    harness.run();
    assert!(harness.state().document().plan().investments[0].active);

    harness.get_by_label("End workshop").click();
    harness.run();
    assert!(harness.query_by_label_contains("Workshop since").is_none());
    assert!(!harness.state().document().is_dirty(), "saved");

    // Read back from the file.
    let saved = placeplan::io::load_path(&file).expect("reads back");
    assert_eq!(
        saved.schemes[0].savings[0],
        original.schemes[0].savings[0] + 250.0
    );
    assert!(saved.investments[0].active, "the revert stands");
    let minutes = latest(&saved).expect("the minutes are in the audit trail");
    assert_eq!(minutes.changes.len(), 3);
    let reverted: Vec<bool> = minutes.changes.iter().map(|c| c.reverted).collect();
    assert_eq!(reverted, [false, true, false]);
    assert_eq!(minutes.changes[2].why, "Allocation letter came in higher");
    assert_eq!(minutes.changes[2].who, "Finance lead");
    assert!(minutes.changes[0].moves_gap() && minutes.changes[2].moves_gap());
    let last = |years: &[placeplan::model::workshop::GapYear]| {
        years.last().map(|y| y.still_to_find).expect("a final year")
    };
    assert!(
        last(&minutes.after) < last(&minutes.before),
        "the gap closed"
    );

    // The minutes, as the window writes them and as the command line prints them.
    let md = minutes_markdown(&saved, minutes);
    assert!(md.contains("(reverted)") && md.contains("Allocation letter came in higher"));
    let html = minutes_html(&saved, minutes);
    assert_eq!(html.matches("<svg").count(), 2, "the gap before and after");
    let out = binary::run(&["minutes", &file.to_string_lossy(), "--format", "html"]);
    assert!(out.status.success(), "{}", binary::stderr(&out));
    assert_eq!(binary::stdout(&out), html);
    let none = binary::run(&["minutes", env!("CARGO_MANIFEST_DIR")]);
    assert_eq!(none.status.code(), Some(2));
}
