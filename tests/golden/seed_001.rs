//! Seed 001: Bedfordshire CCG strategic commissioning plan 2012-15
//! (`bedfordshire-2012-15.ron`).

use crate::shared::{load, within, year_index};

#[test]
fn seed_001_table_7_financial_challenge() {
    let (_, o) = load("bedfordshire-2012-15.ron");
    let new = |label: &str| o.finance[year_index(&o, label)].new_savings_required;
    within("QIPP challenge 2012/13", new("2012/13"), 13_680.0, 10.0);
    within("QIPP challenge 2013/14", new("2013/14"), 2_740.0, 10.0);
    within("QIPP challenge 2014/15", new("2014/15"), 2_350.0, 10.0);
    within(
        "do-nothing gap 2014/15",
        o.finance[year_index(&o, "2014/15")].gap_do_nothing,
        18_770.0,
        10.0,
    );
    within(
        "do-nothing gap 2011/12",
        o.finance[0].gap_do_nothing,
        0.0,
        10.0,
    );
}

/// Table 7's Total column (001 l.1063-1070): the bridge from the balanced 2011/12 to
/// the 2014/15 do-nothing gap.
#[test]
fn seed_001_table_7_bridge_to_2014_15() {
    let (_, o) = load("bedfordshire-2012-15.ron");
    let bridge = o
        .bridges
        .iter()
        .find(|b| b.year == "2014/15")
        .expect("a bridge to 2014/15");
    let step = |label: &str| {
        bridge
            .steps
            .iter()
            .find(|s| s.label == label)
            .map(|s| s.value)
            .unwrap_or_else(|| panic!("no step {label}"))
    };
    within("resource growth", step("Income growth"), -47_910.0, 10.0);
    within(
        "pay and price",
        step("Pay and price pressures"),
        16_860.0,
        10.0,
    );
    within(
        "demand and quality",
        step("Demand and quality pressures"),
        57_210.0,
        10.0,
    );
    within(
        "tariff benefit",
        step("Tariff benefit derived from NHS providers"),
        -19_560.0,
        10.0,
    );
    within(
        "underlying pressure",
        step("Underlying 2011/12 pressure carried forward"),
        12_170.0,
        10.0,
    );
    within(
        "do-nothing gap 2014/15",
        step("Do-nothing gap 2014/15"),
        18_770.0,
        10.0,
    );
}

/// Table 2 (001 l.374-379): each locality's share of the registered list, and their
/// do-nothing gaps adding up to the plan's.
#[test]
fn seed_001_table_2_locality_shares() {
    let (_, o) = load("bedfordshire-2012-15.ron");
    for (id, pct) in [
        ("chiltern_vale", 17.86),
        ("bedford", 39.56),
        ("ivel_valley", 19.44),
        ("leighton_buzzard", 10.06),
        ("west_mid_beds", 13.08),
    ] {
        let l = o
            .localities
            .iter()
            .find(|l| l.id == id)
            .unwrap_or_else(|| panic!("no locality {id}"));
        within(&format!("{id} share %"), l.share * 100.0, pct, 0.01);
    }
    let last = year_index(&o, "2014/15");
    let sum: f64 = o
        .localities
        .iter()
        .map(|l| l.rows[last].gap_do_nothing)
        .sum();
    within("localities' do-nothing gaps 2014/15", sum, 18_770.0, 1.0);
}

/// Appendix 3's upside and downside (001 l.1353-1376), costed year by year on Table 7's
/// own lines: in 2012/13 all three cases share the 2.8% resource growth, so the options
/// differ from the base plan mostly from 2013/14.
#[test]
fn seed_001_appendix_3_options_year_by_year() {
    let (plan, o) = load("bedfordshire-2012-15.ron");
    for (id, expected) in [
        ("upside", [-4_794.0, -13_782.0, -22_817.0]),
        ("downside", [5_628.0, 33_567.0, 61_897.0]),
    ] {
        let option = crate::shared::option(&plan, id);
        for (t, want) in expected.into_iter().enumerate() {
            let change = option.finance[t + 1].gap_do_nothing - o.finance[t + 1].gap_do_nothing;
            within(&format!("{id} {}", o.years[t + 1]), change, want, 10.0);
        }
    }
}
