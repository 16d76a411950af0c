//! Which colour each series of a chart takes. A series keeps its colour whatever else is
//! shown: its slot is its key's position among all the keys of its kind in the plan
//! (every programme, every spend line, every option), never its position among what is
//! on screen. No two series of one chart share a colour: when a chart has more series
//! than colours, the smallest are grouped as "Other".

use egui::Color32;

use crate::model::{BASE_SCENARIO, Plan, Stage};
use crate::ui::theme::{CATEGORY_SLOTS, Palette, category};

/// Where a series' colour comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// One of the series colours ([`category`]).
    Colour(usize),
    /// Grouped with the other smallest series as "Other": only when a chart has more
    /// series than there are colours.
    Other,
}

impl Slot {
    /// The colour it stands for; "Other" is the palette's grey for it.
    pub fn colour(self, palette: &Palette) -> Color32 {
        match self {
            Slot::Colour(i) => category(i),
            Slot::Other => palette.other,
        }
    }
}

/// Slots for the series one chart shows, in their order. `all` is every key of their
/// kind in the plan's order; `shown` is each shown series' key and size.
///
/// A series takes the slot of its key's position in `all`, so hiding or adding other
/// series never changes its colour. A key beyond the colours (or not in `all`) takes the
/// first free slot from its position on, so it still differs from every other series.
/// Sizes only matter when there are more series than colours: the smallest (by
/// magnitude) then go under "Other".
pub fn slots(all: &[&str], shown: &[(&str, f64)]) -> Vec<Slot> {
    slots_within(all, shown, CATEGORY_SLOTS)
}

/// [`slots`] with `capacity` colours.
fn slots_within(all: &[&str], shown: &[(&str, f64)], capacity: usize) -> Vec<Slot> {
    let coloured = largest(shown, capacity);
    let mut taken = vec![false; capacity];
    let mut out = vec![Slot::Other; shown.len()];
    let mut unplaced = Vec::new();
    for (i, (key, _)) in shown.iter().enumerate() {
        if !coloured[i] {
            continue;
        }
        match all.iter().position(|k| k == key) {
            Some(p) if p < capacity && !taken[p] => {
                taken[p] = true;
                out[i] = Slot::Colour(p);
            }
            p => unplaced.push((i, p.unwrap_or(all.len() + i))),
        }
    }
    for (i, wanted) in unplaced {
        let free = (0..capacity)
            .map(|k| (wanted + k) % capacity)
            .find(|s| !taken[*s]);
        if let Some(s) = free {
            taken[s] = true;
            out[i] = Slot::Colour(s);
        }
    }
    out
}

/// Which of `shown` get a colour of their own: all of them when they fit, otherwise the
/// `capacity` largest by magnitude (the earlier first among equals).
fn largest(shown: &[(&str, f64)], capacity: usize) -> Vec<bool> {
    let mut coloured = vec![true; shown.len()];
    if shown.len() > capacity {
        let mut order: Vec<usize> = (0..shown.len()).collect();
        order.sort_by(|&a, &b| {
            shown[b]
                .1
                .abs()
                .total_cmp(&shown[a].1.abs())
                .then(a.cmp(&b))
        });
        for &i in &order[capacity..] {
            coloured[i] = false;
        }
    }
    coloured
}

/// Every savings programme of the plan, in order of first appearance among its schemes
/// (the order the engine groups them in), whether or not its schemes count.
pub fn programme_keys(plan: &Plan) -> Vec<&str> {
    let mut keys: Vec<&str> = Vec::new();
    for s in &plan.schemes {
        if !keys.contains(&s.programme.as_str()) {
            keys.push(&s.programme);
        }
    }
    keys
}

/// Every stage, by the label its savings group carries.
pub fn stage_keys() -> Vec<&'static str> {
    Stage::ALL.iter().map(|s| s.label()).collect()
}

/// Every spend line of the plan, by id.
pub fn spend_keys(plan: &Plan) -> Vec<&str> {
    plan.spend.iter().map(|l| l.id.as_str()).collect()
}

/// The base plan and every option of the plan, by id.
pub fn option_keys(plan: &Plan) -> Vec<&str> {
    std::iter::once(BASE_SCENARIO)
        .chain(plan.scenarios.iter().map(|s| s.id.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::theme::CATEGORY;
    use proptest::prelude::*;

    fn colours(slots: &[Slot]) -> Vec<usize> {
        slots
            .iter()
            .filter_map(|s| match s {
                Slot::Colour(i) => Some(*i),
                Slot::Other => None,
            })
            .collect()
    }

    fn all_distinct<T: PartialEq>(xs: &[T]) -> bool {
        xs.iter()
            .enumerate()
            .all(|(i, x)| xs[i + 1..].iter().all(|y| y != x))
    }

    const PROGRAMMES: [&str; 10] = [
        "CHC",
        "Children, Young People & Maternity",
        "Medicines Management",
        "Finance & Contracting",
        "Primary Care",
        "Community Services",
        "Mental Health & Learning Disability",
        "Planned Care",
        "Unplanned Care",
        "2018/19 identified",
    ];

    #[test]
    fn every_programme_of_a_plan_differs() {
        // Eight colours used to wrap: CHC and Unplanned Care were both blue.
        let shown: Vec<(&str, f64)> = PROGRAMMES.iter().map(|p| (*p, 1.0)).collect();
        let slots = slots(&PROGRAMMES, &shown);
        let cs: Vec<Color32> = colours(&slots).into_iter().map(category).collect();
        assert_eq!(cs.len(), PROGRAMMES.len());
        assert!(all_distinct(&cs), "{cs:?}");
        assert_ne!(slots[0], slots[8]);
    }

    #[test]
    fn a_series_keeps_its_colour_when_others_are_hidden() {
        let everything: Vec<(&str, f64)> = PROGRAMMES.iter().map(|p| (*p, 1.0)).collect();
        let before = slots(&PROGRAMMES, &everything);
        // Untick the second and fifth: the rest keep their slots.
        let fewer: Vec<(&str, f64)> = everything
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != 1 && *i != 4)
            .map(|(_, s)| *s)
            .collect();
        let after = slots(&PROGRAMMES, &fewer);
        for (s, slot) in fewer.iter().zip(&after) {
            let i = PROGRAMMES.iter().position(|p| *p == s.0).expect("listed");
            assert_eq!(*slot, before[i], "{} changed colour", s.0);
        }
    }

    #[test]
    fn an_option_keeps_its_colour_when_one_before_it_is_unticked() {
        let all = ["base", "stretch", "downside", "dependent"];
        let four = slots(&all, &[("base", 0.0), ("stretch", 0.0), ("downside", 0.0)]);
        let three = slots(&all, &[("base", 0.0), ("downside", 0.0)]);
        assert_eq!(four[2], three[1]);
        assert_eq!(three, vec![Slot::Colour(0), Slot::Colour(2)]);
    }

    #[test]
    fn the_smallest_go_under_other_when_colours_run_out() {
        let keys: Vec<String> = (0..6).map(|i| format!("k{i}")).collect();
        let all: Vec<&str> = keys.iter().map(String::as_str).collect();
        let shown: Vec<(&str, f64)> = all
            .iter()
            .zip([5.0, -0.5, 9.0, 1.0, 7.0, 3.0])
            .map(|(k, v)| (*k, v))
            .collect();
        let slots = slots_within(&all, &shown, 4);
        assert_eq!(
            slots,
            vec![
                Slot::Colour(0),
                Slot::Other,
                Slot::Colour(2),
                Slot::Other,
                Slot::Colour(1),
                Slot::Colour(3),
            ]
        );
    }

    #[test]
    fn keys_beyond_the_colours_take_free_ones() {
        let all = ["a", "b", "c", "d", "e", "f"];
        let slots = slots_within(&all, &[("a", 1.0), ("e", 1.0), ("f", 1.0)], 4);
        assert_eq!(
            slots,
            vec![Slot::Colour(0), Slot::Colour(1), Slot::Colour(2)]
        );
        // A key the list does not know still gets a colour of its own.
        let stray = slots_within(&all, &[("a", 1.0), ("zz", 1.0)], 4);
        assert_eq!(stray.len(), 2);
        assert!(all_distinct(&colours(&stray)));
        assert_eq!(colours(&stray).len(), 2);
    }

    #[test]
    fn every_slot_has_its_own_colour_and_none_is_a_grey_of_the_palette() {
        let cs: Vec<Color32> = (0..CATEGORY_SLOTS).map(category).collect();
        assert!(all_distinct(&cs));
        assert_eq!(&cs[..CATEGORY.len()], &CATEGORY[..]);
        for dark in [false, true] {
            let p = Palette::for_visuals(dark);
            for grey in [p.total, p.other, p.muted] {
                assert!(!cs.contains(&grey));
            }
            assert_ne!(p.other, p.total);
        }
    }

    #[test]
    fn the_colours_with_a_meaning_in_each_chart_differ() {
        for dark in [false, true] {
            let p = Palette::for_visuals(dark);
            let charts = [
                // The gap: three lines, the zero line, the two shadings.
                vec![
                    p.do_nothing,
                    p.face_value,
                    p.do_something,
                    p.total,
                    p.risk_band,
                    p.still_to_find,
                ],
                // Activity: four lines.
                vec![p.do_nothing, p.prior_plan, p.face_value, p.do_something],
                // The bridge: totals, widening, closing, nothing.
                vec![p.total, p.bad, p.good, p.no_change],
                // Value for money: the curve, in and out of the package, headroom.
                vec![p.total, p.good, p.other, p.warn],
                // Savings: the total line and "Other".
                vec![p.total, p.other],
            ];
            for colours in charts {
                assert!(all_distinct(&colours), "{colours:?}");
            }
        }
    }

    #[test]
    fn keys_come_in_plan_order() {
        let plan = crate::generate::generate(&crate::generate::Size::S);
        let programmes = programme_keys(&plan);
        assert!(all_distinct(&programmes));
        assert_eq!(programmes[0], plan.schemes[0].programme);
        assert_eq!(option_keys(&plan)[0], BASE_SCENARIO);
        assert_eq!(option_keys(&plan).len(), plan.scenarios.len() + 1);
        assert_eq!(spend_keys(&plan).len(), plan.spend.len());
        assert_eq!(stage_keys().len(), Stage::ALL.len());
    }

    proptest! {
        #[test]
        fn one_chart_never_repeats_a_colour(
            n_all in 1usize..70,
            picks in proptest::collection::vec((0usize..80, -100.0f64..100.0), 0..70),
        ) {
            let keys: Vec<String> = (0..n_all).map(|i| format!("key {i}")).collect();
            let all: Vec<&str> = keys.iter().map(String::as_str).collect();
            // Shown series: distinct keys, some not in the plan's list at all.
            let names: Vec<String> = picks.iter().map(|(k, _)| format!("key {k}")).collect();
            let mut shown: Vec<(&str, f64)> = Vec::new();
            for (name, (_, size)) in names.iter().zip(&picks) {
                if !shown.iter().any(|(k, _)| k == name) {
                    shown.push((name.as_str(), *size));
                }
            }
            let slots = slots(&all, &shown);
            prop_assert_eq!(slots.len(), shown.len());
            let coloured = colours(&slots);
            prop_assert!(all_distinct(&coloured));
            prop_assert!(coloured.iter().all(|s| *s < CATEGORY_SLOTS));
            prop_assert_eq!(coloured.len(), shown.len().min(CATEGORY_SLOTS));
            // Keys within the colours keep the slot of their place in the plan.
            if shown.len() <= CATEGORY_SLOTS {
                for ((key, _), slot) in shown.iter().zip(&slots) {
                    if let Some(p) = all.iter().position(|k| k == key).filter(|p| *p < CATEGORY_SLOTS) {
                        prop_assert_eq!(*slot, Slot::Colour(p));
                    }
                }
            }
        }
    }
}
