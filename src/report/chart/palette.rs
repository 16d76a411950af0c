//! The charts' colours: the window's light palette (Okabe–Ito hues, safe for colour-blind
//! readers and legible on paper), and which colour each series of a chart takes.

use super::svg::Colour;
use crate::model::{BASE_SCENARIO, Plan, Stage};

/// Text.
pub(crate) const INK: Colour = Colour::grey(34);
/// Tick labels and notes.
pub(crate) const MUTED: Colour = Colour::grey(90);
/// Grid lines.
pub(crate) const GRID: Colour = Colour::grey(222);
/// The zero (break-even) line and totals.
pub(crate) const TOTAL: Colour = Colour::grey(110);
/// Series grouped as "Other".
pub(crate) const OTHER: Colour = Colour::grey(175);
/// The do-nothing gap.
pub(crate) const DO_NOTHING: Colour = Colour::rgb(213, 94, 0);
/// The do-something gap, risk-adjusted.
pub(crate) const DO_SOMETHING: Colour = Colour::rgb(0, 114, 178);
/// The do-something gap at face value.
pub(crate) const FACE_VALUE: Colour = Colour::rgb(204, 121, 167);
/// Last year's plan, grown.
pub(crate) const PRIOR_PLAN: Colour = Colour::rgb(105, 85, 165);
/// What widens the gap.
pub(crate) const BAD: Colour = Colour::rgb(213, 94, 0);
/// What closes the gap.
pub(crate) const GOOD: Colour = Colour::rgb(0, 140, 100);
/// The risk range's band.
pub(crate) const RISK_BAND: Colour = Colour::rgba(0, 114, 178, 0.22);
/// The risk range's edges.
pub(crate) const RISK_BAND_EDGE: Colour = Colour::rgba(0, 114, 178, 0.63);
/// Savings still to find.
pub(crate) const STILL_TO_FIND: Colour = Colour::rgba(215, 40, 75, 0.24);
/// A step that moves nothing.
pub(crate) const NO_CHANGE: Colour = Colour::grey(40);

/// Hues for the series of one chart, as the window has them: the Okabe–Ito colours
/// without their grey, then three more that stay apart from them.
const CATEGORY: [Colour; 10] = [
    Colour::rgb(0, 114, 178),
    Colour::rgb(230, 159, 0),
    Colour::rgb(0, 158, 115),
    Colour::rgb(204, 121, 167),
    Colour::rgb(86, 180, 233),
    Colour::rgb(213, 94, 0),
    Colour::rgb(240, 228, 66),
    Colour::rgb(117, 112, 179),
    Colour::rgb(153, 153, 51),
    Colour::rgb(140, 86, 75),
];

/// Each hue as it is, then darker, then lighter.
const SHADES: [f64; 3] = [0.0, -0.4, 0.45];

/// How many series one chart can colour apart.
pub(crate) const SLOTS: usize = CATEGORY.len() * SHADES.len();

/// The colour of series slot `slot` (repeating past [`SLOTS`]).
pub(crate) fn category(slot: usize) -> Colour {
    let hue = CATEGORY[slot % CATEGORY.len()];
    match SHADES[(slot / CATEGORY.len()) % SHADES.len()] {
        0.0 => hue,
        amount => hue.shade(amount),
    }
}

/// Colours for the series one chart shows, as the window gives them: a series takes the
/// slot of its key's place in `all` (every key of its kind in the plan), so it keeps its
/// colour whatever else is shown; a key without a free slot of its own takes the next
/// free one. When there are more series than slots, the smallest (by the size given)
/// get `None`: they are shown together as "Other".
pub(crate) fn colours(all: &[&str], shown: &[(&str, f64)]) -> Vec<Option<Colour>> {
    let mut order: Vec<usize> = (0..shown.len()).collect();
    order.sort_by(|&a, &b| {
        shown[b]
            .1
            .abs()
            .total_cmp(&shown[a].1.abs())
            .then(a.cmp(&b))
    });
    let coloured: Vec<bool> = (0..shown.len())
        .map(|i| {
            order
                .iter()
                .position(|o| *o == i)
                .is_some_and(|p| p < SLOTS)
        })
        .collect();
    let mut taken = [false; SLOTS];
    let mut slots: Vec<Option<usize>> = vec![None; shown.len()];
    let mut unplaced = Vec::new();
    for (i, (key, _)) in shown.iter().enumerate().filter(|(i, _)| coloured[*i]) {
        match all.iter().position(|k| k == key) {
            Some(p) if p < SLOTS && !taken[p] => {
                taken[p] = true;
                slots[i] = Some(p);
            }
            p => unplaced.push((i, p.unwrap_or(all.len() + i))),
        }
    }
    for (i, wanted) in unplaced {
        if let Some(s) = (0..SLOTS)
            .map(|k| (wanted + k) % SLOTS)
            .find(|s| !taken[*s])
        {
            taken[s] = true;
            slots[i] = Some(s);
        }
    }
    slots.into_iter().map(|s| s.map(category)).collect()
}

/// Every savings programme of the plan, in order of first appearance among its schemes.
pub(crate) fn programme_keys(plan: &Plan) -> Vec<&str> {
    let mut keys: Vec<&str> = Vec::new();
    for s in &plan.schemes {
        if !keys.contains(&s.programme.as_str()) {
            keys.push(&s.programme);
        }
    }
    keys
}

/// Every stage, by the label its savings group carries.
pub(crate) fn stage_keys() -> Vec<&'static str> {
    Stage::ALL.iter().map(|s| s.label()).collect()
}

/// The base plan and every option of the plan, by id.
pub(crate) fn option_keys(plan: &Plan) -> Vec<&str> {
    std::iter::once(BASE_SCENARIO)
        .chain(plan.scenarios.iter().map(|s| s.id.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_keep_their_colour_and_never_share_one() {
        let all = ["a", "b", "c", "d"];
        let every = colours(&all, &[("a", 1.0), ("b", 1.0), ("c", 1.0), ("d", 1.0)]);
        let some = colours(&all, &[("b", 1.0), ("d", 1.0)]);
        assert_eq!(some, vec![every[1], every[3]]);
        let keys: Vec<String> = (0..SLOTS + 3).map(|i| format!("k{i}")).collect();
        let all: Vec<&str> = keys.iter().map(String::as_str).collect();
        let shown: Vec<(&str, f64)> = all.iter().map(|k| (*k, 1.0)).collect();
        let cs = colours(&all, &shown);
        let given: Vec<Colour> = cs.iter().flatten().copied().collect();
        assert_eq!(given.len(), SLOTS);
        for (i, a) in given.iter().enumerate() {
            assert!(given[i + 1..].iter().all(|b| b != a));
        }
    }
}
