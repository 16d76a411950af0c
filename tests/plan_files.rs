//! Plan files as the application writes them: every sample plan is stored exactly as a
//! save would write it, so opening and saving one changes nothing, and one edit changes
//! only the lines of what changed.

use std::path::{Path, PathBuf};

use placeplan::io::{load_path, to_ron};

fn sample_plans() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans");
    let mut plans: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("sample-plans exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    plans.sort();
    assert!(plans.len() >= 5, "the five sample plans are there");
    plans
}

/// The lines of `after` that differ from `before`, as (line number, before, after).
fn changed_lines(before: &str, after: &str) -> Vec<(usize, String, String)> {
    let (a, b): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
    assert_eq!(a.len(), b.len(), "the edit added or removed lines");
    a.iter()
        .zip(&b)
        .enumerate()
        .filter(|(_, (x, y))| x != y)
        .map(|(i, (x, y))| (i + 1, x.to_string(), y.to_string()))
        .collect()
}

#[test]
fn every_sample_plan_is_stored_as_a_save_writes_it() {
    for path in sample_plans() {
        let on_disk = std::fs::read_to_string(&path).expect("reads");
        let plan = load_path(&path).unwrap_or_else(|e| panic!("{e}"));
        let saved = to_ron(&plan).expect("writes");
        if saved != on_disk {
            let first = on_disk
                .lines()
                .zip(saved.lines())
                .position(|(a, b)| a != b)
                .map_or(on_disk.lines().count().min(saved.lines().count()), |i| i);
            panic!(
                "{}: a save would rewrite it from line {}: {:?} becomes {:?}",
                path.display(),
                first + 1,
                on_disk.lines().nth(first),
                saved.lines().nth(first)
            );
        }
    }
}

#[test]
fn every_sample_plan_keeps_its_sources_in_the_plan() {
    for path in sample_plans() {
        let plan = load_path(&path).unwrap_or_else(|e| panic!("{e}"));
        let name = path.display();
        assert!(!plan.sources.is_empty(), "{name}: names its sources");
        assert!(!plan.notes.is_empty(), "{name}: says how it reads them");
        assert!(!plan.income.notes.is_empty(), "{name}: income has notes");
        for line in &plan.spend {
            assert!(
                !line.notes.is_empty(),
                "{name}: spend line {} has notes",
                line.id
            );
        }
        for rule in &plan.rules {
            assert!(!rule.notes.is_empty(), "{name}: rule {} has notes", rule.id);
        }
    }
}

#[test]
fn one_edit_changes_only_its_own_line() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/bedfordshire-2017-19.ron");
    let before = std::fs::read_to_string(&path).expect("reads");
    let mut plan = load_path(&path).expect("loads");
    let scheme = plan.schemes.first_mut().expect("a scheme");
    scheme.savings[0] += 1.0;
    let id = scheme.id.clone();
    let after = to_ron(&plan).expect("writes");
    let changed = changed_lines(&before, &after);
    assert_eq!(changed.len(), 1, "{changed:?}");
    let (_, old, new) = &changed[0];
    assert!(old.trim_start().starts_with("savings:"), "{old}");
    assert!(new.trim_start().starts_with("savings:"), "{new}");
    // The line is the edited scheme's: the nearest id above it.
    let line_no = changed[0].0;
    let id_above = after
        .lines()
        .take(line_no)
        .filter(|l| l.trim_start().starts_with("id:"))
        .last()
        .expect("an id above");
    assert!(id_above.contains(&format!("\"{id}\"")), "{id_above}");

    let mut plan = load_path(&path).expect("loads");
    plan.income.notes.push_str(" Checked again.");
    let changed = changed_lines(&before, &to_ron(&plan).expect("writes"));
    assert_eq!(changed.len(), 1, "a note is its own line: {changed:?}");
}
