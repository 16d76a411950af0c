//! Present mode in the window: F5 goes into it, the keyboard steps through every slide
//! of the story, each slide says its title and caption in type sized for a room, and
//! Esc comes back to the workshop window as it was.

mod common;

use std::path::Path;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use placeplan::app::PlaceplanApp;
use placeplan::model::SlideKind;
use placeplan::report::story::{Figures, slides};
use placeplan::session::Preferences;

fn sample(name: &str) -> placeplan::model::Plan {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-plans")
        .join(name);
    placeplan::io::load_path(&path).expect("a sample plan loads")
}

fn presenting(
    plan: placeplan::model::Plan,
    width: f32,
    height: f32,
) -> Harness<'static, PlaceplanApp> {
    let app = PlaceplanApp::new(plan, None, Preferences::default());
    let mut harness = common::window(app, width, height);
    harness.key_press(Key::F5);
    harness.run();
    assert!(harness.state().view().present.is_some(), "F5 presents");
    harness
}

/// The titles of the slides as the story tells them now.
fn titles(harness: &Harness<'_, PlaceplanApp>) -> Vec<String> {
    let app = harness.state();
    let outcome = app.outcome().expect("the plan computes");
    slides(&Figures {
        plan: app.document().plan(),
        outcome,
        comparison: app.comparison(),
        risk: None,
        public: false,
    })
    .into_iter()
    .map(|s| s.title)
    .collect()
}

#[test]
fn the_keyboard_steps_through_every_slide_at_both_screen_sizes() {
    for (width, height) in [(1280.0, 720.0), (1920.0, 1080.0)] {
        let mut harness = presenting(sample("bedfordshire-2017-19.ron"), width, height);
        let titles = titles(&harness);
        assert_eq!(titles.len(), SlideKind::ALL.len());
        for (i, title) in titles.iter().enumerate() {
            assert_eq!(
                harness.state().view().present.as_ref().map(|p| p.slide),
                Some(i)
            );
            let label = harness.get_by_label(title);
            // A title is at least 6% of the screen's height; it is on the screen.
            let rect = label.rect();
            assert!(rect.height() >= height * 0.06, "{title}: {rect:?}");
            assert!(
                harness.ctx.content_rect().contains_rect(rect),
                "{title}: {rect:?}"
            );
            harness.key_press(if i % 2 == 0 {
                Key::ArrowRight
            } else {
                Key::Space
            });
            harness.run();
        }
        // Past the end, it stays on the last slide; Home and End, numbers and back.
        assert_eq!(
            harness.state().view().present.as_ref().map(|p| p.slide),
            Some(titles.len() - 1)
        );
        harness.key_press(Key::Home);
        harness.run();
        assert_eq!(
            harness.state().view().present.as_ref().map(|p| p.slide),
            Some(0)
        );
        harness.key_press(Key::Num4);
        harness.run();
        harness.get_by_label(&titles[3]);
        harness.key_press(Key::ArrowLeft);
        harness.run();
        harness.get_by_label(&titles[2]);
        harness.key_press(Key::End);
        harness.run();
        harness.get_by_label(&titles[titles.len() - 1]);
        harness.key_press(Key::PageUp);
        harness.run();
        harness.get_by_label(&titles[titles.len() - 2]);
    }
}

#[test]
fn blanking_hides_the_slide_and_escape_leaves() {
    let mut harness = presenting(sample("bedfordshire-2017-19.ron"), 1280.0, 720.0);
    let first = titles(&harness)[0].clone();
    harness.get_by_label(&first);
    // Nothing to edit on a slide: the workshop window's menus are gone.
    assert!(harness.query_by_label("File").is_none());
    harness.key_press(Key::B);
    harness.run();
    assert!(
        harness.query_by_label(&first).is_none(),
        "blank shows nothing"
    );
    harness.key_press(Key::B);
    harness.run();
    harness.get_by_label(&first);
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().view().present.is_none());
    harness.get_by_label("File");
}

#[test]
fn every_sample_plan_has_every_slide_titled_and_captioned() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("sample plans")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    assert!(files.len() >= 5);
    for file in files {
        let plan = placeplan::io::load_path(&file).expect("loads");
        let view = placeplan::engine::View::default();
        let outcome = placeplan::engine::compute(&plan, &view).expect("computes");
        let risk = placeplan::engine::risk_range(&plan, &view, &plan.risk).expect("risk");
        let story = slides(&Figures {
            plan: &plan,
            outcome: &outcome,
            comparison: None,
            risk: Some(&risk),
            public: false,
        });
        assert_eq!(story.len(), SlideKind::ALL.len(), "{}", file.display());
        for s in &story {
            assert!(
                !s.title.trim().is_empty(),
                "{}: {:?}",
                file.display(),
                s.kind
            );
            assert!(
                !s.caption.trim().is_empty(),
                "{}: {:?}",
                file.display(),
                s.kind
            );
            assert!(!s.caption.contains("NaN") && !s.caption.contains("inf"));
        }
        // The position is said in the figures the window shows.
        let last = outcome.finance.last().expect("years");
        let position = &story[0];
        assert!(
            position
                .caption
                .contains(&placeplan::format::money_m(last.gap_do_nothing))
        );
    }
}

#[test]
fn a_public_plan_never_names_a_sensitive_item_on_any_slide() {
    let mut plan = sample("bedfordshire-2017-19.ron");
    let sensitive = [
        "Circle contract extension for MSK services",
        "ELFT Contract - Mental Health Stepped Care Model - Year 3",
        "Affordable provider contracts not concluded within planned envelopes",
        "Changing complexity of contracting puts pressure on the contracting function",
    ];
    for s in plan
        .schemes
        .iter_mut()
        .filter(|s| sensitive.contains(&&*s.name))
    {
        s.sensitive = true;
    }
    for r in plan
        .risks
        .iter_mut()
        .filter(|r| sensitive.contains(&&*r.name))
    {
        r.sensitive = true;
    }
    plan.settings.public = true;
    let mut harness = presenting(plan, 1920.0, 1080.0);
    // The public version is made on a worker thread; until it is, nothing is shown.
    for _ in 0..200 {
        if harness.query_by_label_contains("being prepared").is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.run();
    }
    let mut told_of_others = false;
    for _ in SlideKind::ALL {
        for name in sensitive {
            let shown = harness.query_all(By::new().label_contains(name)).count();
            assert_eq!(shown, 0, "{name} is on screen");
        }
        told_of_others |= harness.query_by_label("Other risks (2)").is_some();
        harness.key_press(Key::ArrowRight);
        harness.run();
    }
    assert!(told_of_others, "the risks slide counts them as one");
}

#[test]
fn what_ifs_from_the_keyboard_and_the_presenters_view_move_the_figures_and_come_back() {
    let plan = sample("bedfordshire-2017-19.ron");
    let first_option = plan.scenarios[0].name.clone();
    let mut harness = presenting(plan, 1280.0, 720.0);
    let original = harness.state().document().plan().clone();
    let still = |h: &Harness<'_, PlaceplanApp>| {
        h.state()
            .outcome()
            .and_then(|o| o.finance.last().map(|r| r.unidentified_savings))
    };
    let base = still(&harness);

    // O asks what if of the next option; the slide says so; U takes it back.
    harness.key_press(Key::O);
    harness.run();
    harness.get_by_label(&format!("What if: {first_option}?"));
    assert!(harness.state().view().scenario.is_some());
    harness.key_press(Key::U);
    harness.run();
    assert!(harness.state().view().scenario.is_none());
    assert!(harness.query_by_label_contains("What if").is_none());

    // P: the presenter's view, with the slide, the clock and the what-ifs.
    harness.key_press(Key::P);
    harness.run();
    harness.get_by_label("Slide 1 of 9");
    harness.get_by_label_contains("Talking for");
    harness.get_by_label("Find a scheme or investment").click();
    harness.run();
    harness
        .get_by_label("Find a scheme or investment")
        .type_text("CHC Optim");
    harness.run();
    eprintln!(
        "RECT {:?} {:?}",
        harness.get_by_label("Find a scheme or investment").rect(),
        harness.get_by_label("Slide 1 of 9").rect()
    );
    harness.get_by_label("CHC Optimisation").click();
    harness.run();
    // Said on the slide and beside it.
    let said = harness
        .get_all_by_label("What if CHC Optimisation did not go ahead?")
        .count();
    assert_eq!(said, 2);
    assert_ne!(still(&harness), base, "the figures move");
    assert!(
        harness.state().view().present.is_some(),
        "typing is not a key"
    );
    // Take it back: the plan is as it was.
    harness.get_by_label("Take it back").click();
    harness.run();
    assert_eq!(harness.state().document().plan(), &original);
    assert_eq!(still(&harness), base);
}
