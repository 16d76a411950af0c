//! The plan shown to the public: with items of every kind marked commercially sensitive
//! in every sample plan, no sensitive name or id appears in any slide's words or in the
//! paper for the public, the review record is left out, and every figure is what the
//! plan itself gives, under the base plan and every option.

use std::path::{Path, PathBuf};

use placeplan::engine::{Outcome, View, compare, compute, risk_range};
use placeplan::model::audience::{Sensitive, WITHHELD, for_audience};
use placeplan::model::{Plan, edit};
use placeplan::report::story::{Figures, slides};
use placeplan::report::{Readers, escape_html, paper_dated};

const DATE: &str = "2017-01-26";

fn samples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the sample plans")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    assert!(files.len() >= 5);
    files
}

/// Whether `name` stands nowhere else in the plan, so that finding it anywhere in what
/// the public sees can only be a leak.
fn only_here(plan: &Plan, name: &str) -> bool {
    let text = ron::to_string(plan).expect("writes").to_lowercase();
    name.chars().count() >= 6 && text.matches(&name.to_lowercase()).count() == 1
}

/// `plan` with every other scheme, investment, spend line and risk (of those whose name
/// is its own) marked sensitive, and the names so marked.
fn marked(mut plan: Plan) -> (Plan, Vec<String>) {
    let mut names = Vec::new();
    let probe = plan.clone();
    let mut mark = |name: &str, sensitive: &mut bool, k: usize| {
        if k.is_multiple_of(2) && only_here(&probe, name) {
            *sensitive = true;
            names.push(name.to_string());
        }
    };
    for (k, s) in plan.schemes.iter_mut().enumerate() {
        mark(&s.name.clone(), &mut s.sensitive, k);
    }
    for (k, v) in plan.investments.iter_mut().enumerate() {
        mark(&v.name.clone(), &mut v.sensitive, k);
    }
    for (k, l) in plan.spend.iter_mut().enumerate() {
        mark(&l.name.clone(), &mut l.sensitive, k);
    }
    for (k, r) in plan.risks.iter_mut().enumerate() {
        mark(&r.name.clone(), &mut r.sensitive, k);
    }
    plan.settings.public = true;
    (plan, names)
}

/// The first of `names` that `text` mentions, ignoring case, as written or escaped.
fn leaked<'a>(text: &str, names: &'a [String]) -> Option<&'a String> {
    let text = text.to_lowercase();
    names.iter().find(|n| {
        let n = n.to_lowercase();
        text.contains(&n) || text.contains(&escape_html(&n))
    })
}

fn outcome(plan: &Plan, scenario: Option<&str>) -> Outcome {
    compute(
        plan,
        &View {
            scenario,
            locality: None,
        },
    )
    .expect("computes")
}

#[test]
fn the_public_never_reads_a_sensitive_name_and_every_figure_stands() {
    for file in samples() {
        let plan = placeplan::io::load_path(&file).expect("loads");
        let (plan, names) = marked(plan);
        let at = file.display();
        assert!(!names.is_empty(), "{at}: something is marked");
        assert!(Sensitive::of(&plan).any());
        let public = for_audience(&plan).expect("made public");

        // Every figure the same, under the base plan and every option.
        let options = std::iter::once(None).chain(plan.scenarios.iter().map(|s| Some(&*s.id)));
        for option in options {
            let own = outcome(&plan, option);
            let shown = outcome(&public, option);
            assert_eq!(own.finance, shown.finance, "{at} {option:?}");
            let steps = |o: &Outcome| -> Vec<f64> {
                o.bridges
                    .iter()
                    .map(|b| b.steps.iter().map(|s| s.value).sum())
                    .collect()
            };
            for (a, b) in steps(&own).iter().zip(steps(&shown)) {
                assert!((a - b).abs() < 1e-6, "{at} {option:?}: the bridge adds up");
            }
        }

        // The slides' words.
        let o = outcome(&public, None);
        let risk = risk_range(&public, &View::default(), &public.risk).expect("range");
        let ids = edit::compared(&public);
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let comparison = compare(&public, &ids, None).ok();
        let story = slides(&Figures {
            plan: &public,
            outcome: &o,
            comparison: comparison.as_ref(),
            risk: Some(&risk),
            public: true,
        });
        for s in &story {
            let words = format!("{}\n{}", s.title, s.caption);
            assert_eq!(leaked(&words, &names), None, "{at}: slide {:?}", s.kind);
        }
        // Every label the slides' pictures draw from.
        let labels: Vec<&str> = o
            .bridges
            .iter()
            .flat_map(|b| b.steps.iter().map(|s| s.label.as_str()))
            .chain(public.risks.iter().map(|r| r.name.as_str()))
            .collect();
        assert_eq!(
            leaked(&labels.join("\n"), &names),
            None,
            "{at}: a chart label"
        );

        // The paper for the public: no name, no review record; the same key figures as
        // the governing body's.
        let html = paper_dated(&plan, None, Readers::Public, DATE).expect("written");
        assert_eq!(leaked(&html, &names), None, "{at}: the public paper");
        assert!(
            !html.contains("id=\"sign-off\""),
            "{at}: no sign-off record"
        );
        let full = paper_dated(&plan, None, Readers::GoverningBody, DATE).expect("written");
        assert!(
            leaked(&full, &names).is_some(),
            "{at}: the governing body's paper names them"
        );
    }
}

#[test]
fn sensitive_items_of_a_kind_are_one_row_and_mentions_are_withheld() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/bedfordshire-2017-19.ron");
    let mut plan = placeplan::io::load_path(&path).expect("loads");
    for l in plan.spend.iter_mut().take(2) {
        l.sensitive = true;
    }
    let first = plan.spend[0].name.clone();
    plan.notes.push(format!("The {first} line is the largest."));
    let public = for_audience(&plan).expect("made public");
    assert_eq!(public.spend[0].name, "Other spend (2)");
    assert_eq!(public.spend[1].name, "Other spend (2)");
    assert!(public.spend[0].notes.is_empty());
    assert!(
        public
            .notes
            .last()
            .is_some_and(|n| n == &format!("The {WITHHELD} line is the largest."))
    );
    assert!(public.comments.is_empty() && public.audit.is_empty());
    assert!(public.signed_off.is_none());
    // One bar in the bridge, worth both lines.
    let own = outcome(&plan, None);
    let shown = outcome(&public, None);
    let last = |o: &Outcome, label: &str| -> Vec<f64> {
        o.bridges
            .last()
            .map(|b| {
                b.steps
                    .iter()
                    .filter(|s| s.label == label)
                    .map(|s| s.value)
                    .collect()
            })
            .unwrap_or_default()
    };
    let both: f64 = last(&own, &plan.spend[0].name)[0] + last(&own, &plan.spend[1].name)[0];
    let folded = last(&shown, "Other spend (2)");
    assert_eq!(folded.len(), 1, "one bar");
    assert!((folded[0] - both).abs() < 1e-6);
    // An option that changes a sensitive line's growth still does so.
    let option_ids: Vec<_> = plan
        .scenarios
        .iter()
        .filter(|s| s.spend_line_growth_pp.contains_key(&plan.spend[0].id))
        .map(|s| s.id.clone())
        .collect();
    for id in option_ids {
        assert_eq!(
            outcome(&plan, Some(&id)).finance,
            outcome(&public, Some(&id)).finance
        );
    }
}
