//! The corpus of broken plans in `sample-plans/invalid`: each gets a clear message
//! naming the place and the problem, through the real binary and through the library,
//! and never a panic.

use std::path::{Path, PathBuf};
use std::process::Command;

use placeplan::io::load_path;

fn cases() -> Vec<(PathBuf, Vec<String>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/invalid");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the corpus exists") {
        let path = entry.expect("entry").path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(case) = name.strip_suffix(".expected") else {
            continue;
        };
        let expected = std::fs::read_to_string(&path).expect("read expectation");
        let lines = expected
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect();
        out.push((dir.join(case), lines));
    }
    out.sort();
    out
}

#[test]
fn the_corpus_is_large_enough() {
    assert!(cases().len() >= 30, "at least 30 broken plans");
}

#[test]
fn every_broken_plan_gets_its_message_from_the_binary() {
    let mut failures = Vec::new();
    for (path, expected) in cases() {
        let out = Command::new(env!("CARGO_BIN_EXE_placeplan"))
            .arg("check")
            .arg(&path)
            .output()
            .expect("the binary runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        if out.status.code() != Some(1) {
            failures.push(format!(
                "{}: exit {:?}\n{stderr}",
                path.display(),
                out.status.code()
            ));
            continue;
        }
        for line in &expected {
            if !stderr.contains(line.as_str()) {
                failures.push(format!("{}: missing `{line}` in\n{stderr}", path.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_broken_plan_is_an_error_value_from_the_library() {
    for (path, expected) in cases() {
        let err = load_path(&path).expect_err("a broken plan does not load");
        assert!(err.is_invalid_plan(), "{}: {err}", path.display());
        let text = err.lines().join("\n");
        for line in &expected {
            assert!(
                text.contains(line.as_str()),
                "{}: missing `{line}` in\n{text}",
                path.display()
            );
        }
    }
}
