//! The paper for the governing body: plan text is escaped wherever it appears, the
//! document runs nothing and fetches nothing, `placeplan paper` writes the key figures
//! and fails cleanly, and every sample plan and option has a paper.

mod binary;

use std::path::{Path, PathBuf};

use binary::{run, stderr, write};

use placeplan::engine::{View, compute};
use placeplan::format::{grouped, money_m};
use placeplan::model::edit::Collection;
use placeplan::model::review::{self, Decision, Reviewer, Subject};
use placeplan::model::{Plan, Reply};
use placeplan::report::{Readers, paper_dated};

const BEDFORDSHIRE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/sample-plans/bedfordshire-2017-19.ron"
);

/// The date on the papers made through the library, so that they repeat.
const DATE: &str = "2017-01-26";

/// Text that would run, load or break out of an attribute if it reached the document
/// unescaped.
const HOSTILE: [&str; 3] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "&amp; & < > \" '",
];

/// The sections of the paper, in order.
const SECTIONS: [&str; 14] = [
    "position",
    "gap",
    "bridge",
    "savings",
    "investments",
    "activity",
    "priorities",
    "kpis",
    "risks",
    "options",
    "risk-range",
    "assumptions",
    "comments",
    "sign-off",
];

fn utf8(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn load(path: &str) -> Plan {
    placeplan::io::load_path(Path::new(path)).expect("the sample plan loads")
}

/// The names in a folder, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read the folder")
        .map(|e| {
            e.expect("a folder entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

/// Text as HTML must carry it, written out here rather than taken from the library.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// One tag of a document: its name and its attributes, names in lower case.
#[derive(Debug)]
struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
}

/// Every opening tag of an HTML document, and the text of each `<style>` element.
///
/// The paper escapes every `<` of its text, so every `<` outside a style sheet opens a
/// tag, a closing tag, the doctype or a comment.
fn tags(doc: &str) -> (Vec<Tag>, Vec<String>) {
    let mut found = Vec::new();
    let mut styles = Vec::new();
    let b = doc.as_bytes();
    let mut i = 0;
    while let Some(at) = doc[i..].find('<') {
        i += at + 1;
        if doc[i..].starts_with("!--") {
            i += doc[i..].find("-->").expect("a comment ends") + 3;
            continue;
        }
        if matches!(b.get(i), Some(b'!' | b'/')) {
            i += doc[i..].find('>').expect("a tag ends") + 1;
            continue;
        }
        let start = i;
        while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'-' | b':')) {
            i += 1;
        }
        let name = doc[start..i].to_ascii_lowercase();
        assert!(!name.is_empty(), "a `<` that opens no tag at byte {start}");
        let mut attributes = Vec::new();
        loop {
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            match b.get(i) {
                None => panic!("tag <{name}> does not end"),
                Some(b'>') => {
                    i += 1;
                    break;
                }
                Some(b'/') if b.get(i + 1) == Some(&b'>') => {
                    i += 2;
                    break;
                }
                Some(_) => {}
            }
            let from = i;
            while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/')
            {
                i += 1;
            }
            let attribute = doc[from..i].to_ascii_lowercase();
            assert!(!attribute.is_empty(), "a stray character in <{name}>");
            let mut value = String::new();
            if b.get(i) == Some(&b'=') {
                i += 1;
                match b.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let len = doc[i + 1..]
                            .find(char::from(q))
                            .expect("an attribute value ends");
                        value = doc[i + 1..i + 1 + len].to_string();
                        i += len + 2;
                    }
                    _ => {
                        let from = i;
                        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                            i += 1;
                        }
                        value = doc[from..i].to_string();
                    }
                }
            }
            attributes.push((attribute, value));
        }
        if name == "style" {
            let len = doc[i..].find("</style>").expect("the style sheet ends");
            styles.push(doc[i..i + len].to_string());
            i += len;
        }
        found.push(Tag { name, attributes });
    }
    (found, styles)
}

/// Elements that run something, load something or send something.
const ACTIVE: [&str; 19] = [
    "script",
    "iframe",
    "frame",
    "object",
    "embed",
    "applet",
    "link",
    "img",
    "image",
    "picture",
    "audio",
    "video",
    "source",
    "track",
    "use",
    "base",
    "form",
    "a",
    "foreignobject",
];

/// Attributes that load or point at something.
const POINTING: [&str; 10] = [
    "src",
    "srcset",
    "href",
    "xlink:href",
    "action",
    "formaction",
    "poster",
    "data",
    "background",
    "http-equiv",
];

/// The document runs nothing, loads nothing and points nowhere: no script, no element
/// that fetches, no attribute that loads or handles an event, no address in any
/// attribute (the SVG namespace aside), no `@import` and no `url(`.
fn assert_inert(doc: &str, what: &str) {
    let lower = doc.to_ascii_lowercase();
    for needle in ["<script", "@import", "url(", "javascript:"] {
        assert!(!lower.contains(needle), "{what}: the paper has `{needle}`");
    }
    let (tags, styles) = tags(doc);
    assert!(
        tags.iter().any(|t| t.name == "svg"),
        "{what}: no charts found"
    );
    assert_eq!(styles.len(), 1, "{what}: one style sheet, inline");
    for tag in &tags {
        assert!(
            !ACTIVE.contains(&tag.name.as_str()),
            "{what}: the paper has a <{}> element: {tag:?}",
            tag.name
        );
        for (name, value) in &tag.attributes {
            assert!(
                !name.starts_with("on") && !POINTING.contains(&name.as_str()),
                "{what}: <{}> has the attribute {name}=\"{value}\"",
                tag.name
            );
            if name == "xmlns" {
                assert_eq!(value, "http://www.w3.org/2000/svg", "{what}");
                continue;
            }
            let value = value.to_ascii_lowercase();
            for address in ["http", "//", "data:", "file:"] {
                assert!(
                    !value.contains(address),
                    "{what}: <{}> {name}=\"{value}\" points somewhere",
                    tag.name
                );
            }
        }
    }
}

/// The HTML of the section with this id.
fn section<'a>(doc: &'a str, id: &str) -> &'a str {
    let open = format!("<section id=\"{id}\">");
    let start = doc
        .find(&open)
        .unwrap_or_else(|| panic!("no section `{id}`"));
    let len = doc[start..].find("</section>").expect("the section ends");
    &doc[start..start + len]
}

/// The number cells of the row of `html` labelled `label`, in order.
fn row_numbers(html: &str, label: &str) -> Vec<String> {
    let cell = format!("<td>{}</td>", escaped(label));
    let start = html
        .find(&cell)
        .unwrap_or_else(|| panic!("no row `{label}`"));
    let row = &html[start..start + html[start..].find("</tr>").expect("the row ends")];
    row.split("<td class=\"num\">")
        .skip(1)
        .map(|c| c[..c.find("</td>").expect("the cell ends")].to_string())
        .collect()
}

// ---- Plan text is escaped ------------------------------------------------------------

/// Where the plan's text goes, and whether the paper shows it (in full).
struct Field {
    label: &'static str,
    shown: bool,
}

const FIELDS: [Field; 16] = [
    Field {
        label: "Title",
        shown: true,
    },
    Field {
        label: "Scheme",
        shown: true,
    },
    Field {
        label: "Scheme notes",
        shown: false,
    },
    Field {
        label: "Programme",
        shown: true,
    },
    Field {
        label: "Spend line",
        shown: true,
    },
    Field {
        label: "Trajectory",
        shown: true,
    },
    Field {
        label: "KPI",
        shown: true,
    },
    Field {
        label: "Risk",
        shown: true,
    },
    Field {
        label: "Owner",
        shown: true,
    },
    Field {
        label: "Mitigation",
        shown: true,
    },
    Field {
        label: "Option",
        shown: true,
    },
    Field {
        label: "Comment",
        shown: true,
    },
    Field {
        label: "Reply",
        shown: true,
    },
    Field {
        label: "Reviewer",
        shown: true,
    },
    Field {
        label: "Decision note",
        shown: true,
    },
    Field {
        label: "Sign off by",
        shown: false,
    },
];

/// The Bedfordshire plan with `text` in every field of [`FIELDS`], a comment with a
/// reply on a scheme, and sign-offs recorded by a reviewer so named; also the id of
/// the option so named.
fn hostile_plan(text: &str) -> (Plan, String) {
    let t = |label: &str| format!("{label} {text}");
    let mut plan = load(BEDFORDSHIRE);
    plan.title = t("Title");
    let scheme = &mut plan.schemes[0];
    scheme.name = t("Scheme");
    scheme.notes = t("Scheme notes");
    let programme = scheme.programme.clone();
    let scheme_id = scheme.id.clone();
    for s in plan.schemes.iter_mut().filter(|s| s.programme == programme) {
        s.programme = t("Programme");
    }
    plan.spend[0].name = t("Spend line");
    plan.trajectories[0].name = t("Trajectory");
    plan.kpis[0].name = t("KPI");
    let risk = &mut plan.risks[0];
    risk.name = t("Risk");
    risk.owner = t("Owner");
    risk.mitigation = t("Mitigation");
    plan.scenarios[0].name = t("Option");
    let option = plan.scenarios[0].id.clone();
    plan.sign_off_by = t("Sign off by");
    let reviewer = Reviewer {
        name: t("Reviewer"),
        role: "Clinical Chair".into(),
    };
    review::comment(
        &mut plan,
        &Subject::item(Collection::Schemes, &scheme_id),
        &reviewer,
        &t("Comment"),
        "2017-01-20T09:30:00Z",
    );
    let comment = plan.comments.last_mut().expect("the comment was added");
    comment.replies.push(Reply {
        author: reviewer.name.clone(),
        role: String::new(),
        when: "2017-01-21T10:00:00Z".into(),
        text: t("Reply"),
    });
    let kpi = Subject::item(Collection::Kpis, &plan.kpis[0].id.clone());
    review::decide(
        &mut plan,
        &kpi,
        Decision::SendBack,
        &reviewer,
        &t("Decision note"),
        "2017-01-22T11:00:00Z",
    );
    review::decide(
        &mut plan,
        &Subject::Plan,
        Decision::SignOff,
        &reviewer,
        &t("Decision note"),
        "2017-01-23T12:00:00Z",
    );
    (plan, option)
}

#[test]
fn plan_text_is_escaped_everywhere_in_the_paper() {
    for text in HOSTILE {
        let (plan, option) = hostile_plan(text);
        for scenario in [None, Some(option.as_str())] {
            let what = format!("{text:?} ({})", scenario.unwrap_or("base"));
            let doc = paper_dated(&plan, scenario, Readers::GoverningBody, DATE)
                .expect("the paper is written");
            assert!(!doc.contains(text), "{what}: the raw text is in the paper");
            for field in FIELDS.iter().filter(|f| f.shown) {
                let safe = escaped(&format!("{} {text}", field.label));
                assert!(
                    doc.contains(&safe),
                    "{what}: {} not shown as {safe}",
                    field.label
                );
            }
            assert_inert(&doc, &what);
            let title = format!("<title>{}</title>", escaped(&plan.title));
            assert!(doc.contains(&title), "{what}: the document's title");
        }
    }
}

#[test]
fn the_option_shown_is_named_escaped() {
    let (plan, option) = hostile_plan(HOSTILE[1]);
    let doc = paper_dated(&plan, Some(&option), Readers::GoverningBody, DATE)
        .expect("the paper is written");
    let name = escaped(&format!("Option {}", HOSTILE[1]));
    assert!(
        doc.contains(&format!("<dt>Option shown</dt><dd>{name}</dd>")),
        "the title block names the option"
    );
    assert!(
        section(&doc, "position").contains(&format!("Under the option {name}, in ")),
        "the position is said for the option"
    );
}

// ---- The command -------------------------------------------------------------------

#[test]
fn paper_writes_the_key_figures_to_the_file_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("paper.html");
    let o = run(&["paper", BEDFORDSHIRE, "-o", utf8(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty(), "nothing on stdout with -o");
    assert_eq!(
        listing(dir.path()),
        ["paper.html"],
        "no temporary file left"
    );
    let doc = std::fs::read_to_string(&out).expect("the paper is written");
    assert!(doc.starts_with("<!DOCTYPE html>\n") && doc.ends_with("</html>\n"));
    assert_inert(&doc, "the Bedfordshire paper");

    let plan = load(BEDFORDSHIRE);
    assert!(doc.contains(&format!("<h1>{}</h1>", escaped(&plan.title))));
    let outcome = compute(&plan, &View::default()).expect("computes");
    let position = section(&doc, "position");
    let column = |f: fn(&placeplan::engine::FinanceRow) -> f64| -> Vec<String> {
        outcome.finance.iter().map(|r| grouped(f(r), 0)).collect()
    };
    let rows: [(&str, Vec<String>); 10] = [
        ("Income", column(|r| r.income)),
        ("Spend", column(|r| r.spend)),
        (
            "Held back under the business rules",
            column(|r| r.held_back),
        ),
        ("Do-nothing gap", column(|r| r.gap_do_nothing)),
        ("Investment", column(|r| r.investment)),
        ("Savings required", column(|r| r.savings_required)),
        ("Savings, face value", column(|r| r.savings_face)),
        (
            "Savings, risk-adjusted",
            column(|r| r.savings_risk_adjusted),
        ),
        ("Do-something gap", column(|r| r.gap_do_something)),
        ("Still to find", column(|r| r.unidentified_savings)),
    ];
    for (label, expected) in rows {
        assert_eq!(row_numbers(position, label), expected, "{label}");
    }
    for year in &outcome.years {
        assert!(position.contains(&format!("<th class=\"num\">{year}</th>")));
    }
    let last = outcome.finance.last().expect("a final year");
    for figure in [
        last.gap_do_nothing,
        last.investment,
        last.savings_face,
        last.savings_risk_adjusted,
        last.unidentified_savings,
    ] {
        let words = escaped(&money_m(figure));
        assert!(position.contains(&words), "{words} in the position");
    }
    assert!(
        position.contains(&format!(
            "<p>In {}, the final year of the plan,",
            outcome.years.last().expect("years")
        )),
        "the position opens with the final year"
    );
    let mut at = 0;
    for id in SECTIONS {
        let found = doc[at..]
            .find(&format!("<section id=\"{id}\">"))
            .unwrap_or_else(|| panic!("section `{id}` missing or out of order"));
        at += found;
    }
}

#[test]
fn paper_without_output_writes_to_stdout() {
    let o = run(&["paper", BEDFORDSHIRE]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let doc = String::from_utf8(o.stdout).expect("utf-8");
    assert!(doc.starts_with("<!DOCTYPE html>\n") && doc.ends_with("</html>\n"));
    assert!(doc.contains(&escaped(&load(BEDFORDSHIRE).title)));
}

#[test]
fn paper_shows_the_option_asked_for_and_names_an_unknown_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("paper.html");
    let plan = load(BEDFORDSHIRE);
    let option = &plan.scenarios[0];
    let o = run(&[
        "paper",
        BEDFORDSHIRE,
        "--scenario",
        &option.id,
        "-o",
        utf8(&out),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let doc = std::fs::read_to_string(&out).expect("the paper is written");
    assert!(
        doc.contains(&format!(
            "<dt>Option shown</dt><dd>{}</dd>",
            escaped(&option.name)
        )),
        "the title block names {}",
        option.name
    );

    let missing = dir.path().join("ghost.html");
    let o = run(&[
        "paper",
        BEDFORDSHIRE,
        "--scenario",
        "no-such-option",
        "-o",
        utf8(&missing),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("`no-such-option`"), "{err}");
    assert!(err.contains("bedfordshire-2017-19.ron"), "{err}");
    assert!(
        err.contains(&format!("`{}`", option.id)),
        "lists the options: {err}"
    );
    assert!(!missing.exists(), "no paper for an unknown option");
}

#[test]
fn invalid_or_unreadable_plans_fail_with_their_name_and_no_paper() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("paper.html");
    let invalid = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sample-plans/invalid/duplicate-scheme-id.ron"
    );
    let o = run(&["paper", invalid, "-o", utf8(&out)]);
    assert_eq!(o.status.code(), Some(1), "an invalid plan: {}", stderr(&o));
    assert!(
        stderr(&o).contains("duplicate-scheme-id.ron"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty());

    let broken = write(
        dir.path(),
        "broken.ron",
        "(\n    format: 1,\n    title: \"x\" oops\n)\n",
    );
    let o = run(&["paper", utf8(&broken), "-o", utf8(&out)]);
    assert_eq!(o.status.code(), Some(1), "a syntax error: {}", stderr(&o));
    assert!(stderr(&o).contains("broken.ron:3:"), "{}", stderr(&o));

    let nowhere = dir.path().join("no-such-plan.ron");
    let o = run(&["paper", utf8(&nowhere), "-o", utf8(&out)]);
    assert_eq!(o.status.code(), Some(2), "a missing file: {}", stderr(&o));
    assert!(stderr(&o).contains(utf8(&nowhere)), "{}", stderr(&o));
    assert!(o.stdout.is_empty());

    let o = run(&["paper"]);
    assert_eq!(o.status.code(), Some(2), "no file given");

    assert_eq!(
        listing(dir.path()),
        ["broken.ron"],
        "no paper written for a plan that failed"
    );
}

#[test]
fn output_into_a_missing_folder_fails_cleanly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("no-such-folder");
    let out = folder.join("paper.html");
    let o = run(&["paper", BEDFORDSHIRE, "-o", utf8(&out)]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains(utf8(&out)), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("does not exist") && !stderr(&o).contains(".placeplan"),
        "says what is missing, not the name of a temporary file: {}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty());
    assert!(!out.exists() && !folder.exists(), "nothing created");
    assert!(listing(dir.path()).is_empty());

    // A folder where the file should go: refused, and no temporary file is left.
    let taken = dir.path().join("taken.html");
    std::fs::create_dir(&taken).expect("mkdir");
    let o = run(&["paper", BEDFORDSHIRE, "-o", utf8(&taken)]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains(utf8(&taken)), "{}", stderr(&o));
    assert_eq!(listing(dir.path()), ["taken.html"]);
    assert!(listing(&taken).is_empty());
}

// ---- Every sample plan -------------------------------------------------------------

/// Every sample plan, the older format included.
fn sample_plans() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans");
    let mut plans: Vec<PathBuf> = [root.clone(), root.join("older")]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).expect("the sample folder"))
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron" || e == "json"))
        .collect();
    plans.sort();
    assert!(plans.len() >= 5, "the sample plans are found: {plans:?}");
    plans
}

#[test]
fn every_sample_plan_and_option_has_a_paper() {
    for path in sample_plans() {
        let plan = placeplan::io::load_path(&path).expect("a sample plan loads");
        let options = std::iter::once(None).chain(plan.scenarios.iter().map(|s| Some(&s.id)));
        for option in options {
            let what = format!("{} ({})", path.display(), option.map_or("base", |s| s));
            let doc = paper_dated(
                &plan,
                option.map(String::as_str),
                Readers::GoverningBody,
                DATE,
            )
            .unwrap_or_else(|e| panic!("{what}: {e}"));
            assert_inert(&doc, &what);
            let name = option
                .and_then(|id| plan.scenario(id))
                .map_or("Base plan", |s| s.name.as_str());
            assert!(
                doc.contains(&format!("<dt>Option shown</dt><dd>{}</dd>", escaped(name))),
                "{what}: the option shown"
            );
            assert!(doc.contains(&format!("<h1>{}</h1>", escaped(&plan.title))));
            for id in SECTIONS {
                assert!(
                    doc.contains(&format!("<section id=\"{id}\">")),
                    "{what}: section {id}"
                );
            }
            assert!(!doc.contains("NaN") && !doc.contains("inf<"), "{what}");
        }
        let again = paper_dated(&plan, None, Readers::GoverningBody, DATE).expect("written again");
        assert_eq!(
            paper_dated(&plan, None, Readers::GoverningBody, DATE).expect("written"),
            again,
            "{}: the same plan, option and date give the same paper",
            path.display()
        );
    }
}

#[test]
fn generated_plans_of_one_and_many_years_have_a_paper() {
    for years in [1, 12] {
        let plan = placeplan::generate::generate(&placeplan::generate::Size {
            years,
            ..placeplan::generate::Size::S
        });
        let doc =
            paper_dated(&plan, None, Readers::GoverningBody, DATE).expect("the paper is written");
        assert_inert(&doc, &format!("{years} years"));
        if years > 7 {
            assert!(
                doc.contains("Key figures (£k) (part 2 of 2)"),
                "a long plan's tables are split"
            );
        }
    }
}

#[test]
fn the_checks_catch_what_they_look_for() {
    let page = |body: &str| {
        format!(
            "<!DOCTYPE html>\n<html><head><style>p > b {{ color: red; }}</style></head>\
             <body><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"></svg>{body}</body></html>\n"
        )
    };
    assert_inert(&page("<p>&lt;script&gt; src=x</p>"), "an inert page");
    for body in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<p onclick='x()'>a</p>",
        "<svg><image href='https://example.org/x.png'/></svg>",
        "<div class=\"//example.org\"></div>",
        "<p style=\"background: url(x.png)\">a</p>",
        "<style>@import 'x.css';</style>",
    ] {
        let html = page(body);
        let caught = std::panic::catch_unwind(|| assert_inert(&html, body)).is_err();
        assert!(caught, "not caught: {body}");
    }
    assert_eq!(
        escaped(HOSTILE[2]),
        "&amp;amp; &amp; &lt; &gt; &quot; &#39;"
    );
    let table = "<tr><td>Income</td><td class=\"num\">1</td><td class=\"num\">-2</td></tr>";
    assert_eq!(row_numbers(table, "Income"), ["1", "-2"]);
}
