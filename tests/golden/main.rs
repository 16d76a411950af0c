//! Golden figures: each sample plan reproduces the tables of the source document it was
//! built from, within the tolerance the plan model sets (`plan-model.md`, "golden
//! figures"). One file per source document; what they share is in `shared.rs`.

mod seed_000;
mod seed_001;
mod shared;

use std::path::Path;

use placeplan::engine::{Rag, View, compute};
use placeplan::io::load_path;
use shared::{exact, load, within, year_index};

#[test]
fn seed_002_qipp_2018_19_programme_and_provider_streams() {
    let (_, o) = load("bedfordshire-2018-19.ron");
    let t = year_index(&o, "2018/19");
    exact("indicative programme", o.finance[t].savings_face, 30_000.0);
    let tbd = |groups: &[placeplan::engine::SavingsGroup]| {
        groups
            .iter()
            .find(|g| g.key == "To be determined")
            .map(|g| g.face[t])
            .unwrap_or_else(|| panic!("no `To be determined` group"))
    };
    exact(
        "to be determined by programme",
        tbd(&o.savings_by_programme),
        10_838.0,
    );
    exact(
        "to be determined by provider stream",
        tbd(&o.savings_by_provider),
        12_630.0,
    );
}

#[test]
fn seed_003_place_based_allocation_and_gap() {
    let (_, o) = load("blmk-2016-21.ron");
    let first = year_index(&o, "2015/16");
    let last = year_index(&o, "2020/21");
    exact("allocation 2015/16", o.finance[first].income, 1_327_911.0);
    exact("allocation 2020/21", o.finance[last].income, 1_672_756.0);
    let growth = o.finance[last].income / o.finance[first].income - 1.0;
    within("allocation growth %", growth * 100.0, 26.0, 0.05);
    within(
        "do-nothing gap 2020/21",
        o.finance[last].gap_do_nothing,
        311_000.0,
        1_000.0,
    );
}

/// The BLMK risk log (003 l.1673-1681): likelihood times impact, and the two risks at
/// 15 or more that the paper escalates.
#[test]
fn seed_003_risk_log() {
    let (_, o) = load("blmk-2016-21.ron");
    let severities: Vec<u32> = o.risks.iter().map(|r| r.severity).collect();
    assert_eq!(severities, [12, 12, 10, 16, 12, 16, 12, 6, 12]);
    assert_eq!(severities.iter().filter(|s| **s >= 15).count(), 2);
}

#[test]
fn seed_004_dashboard_rag() {
    let (plan, o) = load("central-bedfordshire-2018-19.ron");
    let rag = |id: &str| {
        let i = plan
            .kpis
            .iter()
            .position(|k| k.id == id)
            .unwrap_or_else(|| panic!("no KPI {id}"));
        (&plan.kpis[i], o.kpis[i].rag)
    };
    let (nel, nel_rag) = rag("nel-admissions");
    assert_eq!(nel.target, Some(28_100.0), "non-elective target");
    assert_eq!(nel.actual.last().copied(), Some(29_814.0));
    assert_eq!(nel_rag, Some(Rag::Red));
    let (dtoc, dtoc_rag) = rag("dtoc-days");
    assert_eq!(dtoc.target, Some(5_737.0), "delayed transfers target");
    assert_eq!(dtoc.actual.last().copied(), Some(5_058.0));
    assert!(!dtoc.higher_is_better);
    assert_eq!(dtoc_rag, Some(Rag::Green));
}

#[test]
fn every_sample_plan_is_valid_and_every_option_computes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("sample-plans exists") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let plan = load_path(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            !plan.scenarios.is_empty(),
            "{} has no options",
            path.display()
        );
        for s in &plan.scenarios {
            compute(
                &plan,
                &View {
                    scenario: Some(&s.id),
                    locality: None,
                },
            )
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
        count += 1;
    }
    assert_eq!(count, 5, "five sample plans");
}
