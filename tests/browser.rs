//! The paper in a real browser: headless Chromium prints it to PDF on A4 and takes a
//! screenshot of its first screen; poppler's `pdfinfo` and `pdftotext` read the PDF.
//!
//! Built only with `--features browser`, as the tools are system packages (Debian's
//! `chromium` and `poppler-utils`); with the feature on, a missing tool fails the test.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use placeplan::engine::{View, compute};
use placeplan::format::grouped;
use placeplan::model::Plan;
use placeplan::report::{Readers, paper_dated};

const BIN: &str = env!("CARGO_BIN_EXE_placeplan");

const BEDFORDSHIRE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/sample-plans/bedfordshire-2017-19.ron"
);

/// The date on the papers, so that they repeat.
const DATE: &str = "2017-01-26";

/// An A4 page at 96 pixels to the inch, for the screenshot.
const SCREEN: (u32, u32) = (794, 1123);

/// Runs a system tool; a tool that is not installed fails the test, naming its package.
fn tool(program: &str, package: &str, args: &[&str]) -> Output {
    let output = Command::new(program).args(args).output();
    match output {
        Ok(o) => o,
        Err(e) if e.kind() == ErrorKind::NotFound => panic!(
            "`{program}` is not installed: the browser tests need the `{package}` package \
             (Debian: apt-get install {package}), or build without `--features browser`"
        ),
        Err(e) => panic!("cannot run `{program}`: {e}"),
    }
}

fn text_of(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn failure(o: &Output) -> String {
    format!(
        "{}\nstdout: {}\nstderr: {}",
        o.status,
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Headless Chromium with a profile of its own in `dir`, on `page`, doing `action`.
fn chromium(dir: &Path, page: &Path, action: &[String]) -> Output {
    let profile = dir.join("chromium-profile");
    let url = format!("file://{}", page.display());
    let mut args = vec![
        "--headless".to_string(),
        "--no-sandbox".to_string(),
        "--disable-gpu".to_string(),
        "--no-first-run".to_string(),
        format!("--user-data-dir={}", profile.display()),
    ];
    args.extend_from_slice(action);
    args.push(url);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    tool("chromium", "chromium", &args)
}

/// A printed paper: its pages' text and how many there are.
struct Printed {
    pdf: PathBuf,
    pages: usize,
    /// Each page's text, white space made single spaces.
    text: Vec<String>,
    /// Each page's last line of text above its footer, as laid out.
    bottom: Vec<String>,
}

impl Printed {
    /// The whole text.
    fn all(&self) -> String {
        self.text.join(" ")
    }

    /// The first page whose text has `needle`.
    fn page_of(&self, needle: &str) -> Option<usize> {
        self.text.iter().position(|t| t.contains(needle))
    }
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Writes `html` to `dir` and prints it to PDF there, as Print does.
fn print(dir: &Path, html: &str) -> Printed {
    let page = dir.join("paper.html");
    std::fs::write(&page, html).expect("write the paper");
    print_file(dir, &page)
}

fn print_file(dir: &Path, page: &Path) -> Printed {
    let pdf = dir.join("paper.pdf");
    let o = chromium(
        dir,
        page,
        &[
            "--no-pdf-header-footer".to_string(),
            format!("--print-to-pdf={}", pdf.display()),
        ],
    );
    assert!(
        o.status.success(),
        "chromium did not print: {}",
        failure(&o)
    );
    let bytes = std::fs::read(&pdf).expect("chromium wrote the PDF");
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF: {}", pdf.display());

    let pdf_arg = pdf.to_str().expect("utf-8 path");
    let info = tool("pdfinfo", "poppler-utils", &[pdf_arg]);
    assert!(info.status.success(), "pdfinfo: {}", failure(&info));
    let info = text_of(&info);
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(str::trim)
            .unwrap_or_else(|| panic!("pdfinfo gives no `{name}`: {info}"))
            .to_string()
    };
    let pages: usize = field("Pages:").parse().expect("a page count");
    let size = field("Page size:");
    assert!(size.contains("(A4)"), "the pages are not A4: {size}");

    let text = tool(
        "pdftotext",
        "poppler-utils",
        &["-enc", "UTF-8", pdf_arg, "-"],
    );
    assert!(text.status.success(), "pdftotext: {}", failure(&text));
    let text: Vec<String> = text_of(&text)
        .split('\u{c}')
        .map(words)
        .take(pages)
        .collect();
    assert_eq!(text.len(), pages, "pdftotext gives every page");

    let layout = tool(
        "pdftotext",
        "poppler-utils",
        &["-layout", "-enc", "UTF-8", pdf_arg, "-"],
    );
    assert!(layout.status.success(), "pdftotext: {}", failure(&layout));
    let bottom: Vec<String> = text_of(&layout)
        .split('\u{c}')
        .take(pages)
        .map(|page| {
            let footer = |l: &str| l.starts_with("Page ") && l.contains(" of ");
            page.lines()
                .rev()
                .map(words)
                .find(|l| !l.is_empty() && !footer(l))
                .unwrap_or_default()
        })
        .collect();
    Printed {
        pdf,
        pages,
        text,
        bottom,
    }
}

fn load(path: &Path) -> Plan {
    placeplan::io::load_path(path).expect("the sample plan loads")
}

/// HTML text as it reads.
fn unescaped(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text between the first `open` in `html` and the next `close`.
fn between<'a>(html: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = html.find(open)? + open.len();
    let len = html[start..].find(close)?;
    Some(&html[start..start + len])
}

/// Each section of the paper as it prints: its numbered heading, the opening words
/// of its first paragraph and the title of the first chart in its lead, if any.
struct Lead {
    heading: String,
    opening: String,
    chart: Option<String>,
}

fn leads(html: &str) -> Vec<Lead> {
    html.split("<div class=\"lead\"><h2>")
        .skip(1)
        .enumerate()
        .map(|(i, rest)| {
            let lead = &rest[..rest.find("</div>").expect("the lead ends")];
            let heading = unescaped(&lead[..lead.find("</h2>").expect("the heading ends")]);
            let paragraph = between(lead, "<p>", "</p>").expect("a lead has a paragraph");
            let opening: Vec<&str> = paragraph.split_whitespace().take(6).collect();
            Lead {
                heading: format!("{}. {heading}", i + 1),
                opening: words(&unescaped(&opening.join(" "))),
                // The chart's title as drawn (the first text in it; long ones are cut short).
                chart: lead
                    .split_once("<svg")
                    .and_then(|(_, svg)| between(svg, "<text", "</text>"))
                    .and_then(|t| t.rsplit_once('>'))
                    .map(|(_, title)| words(&unescaped(title))),
            }
        })
        .collect()
}

/// The words of five letters or more in the column headings of the paper's tables.
fn heading_words(html: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for piece in html.split("<thead>").skip(1) {
        let head = &piece[..piece.find("</thead>").expect("it ends")];
        for cell in head.split("<th").skip(1) {
            let text = between(cell, ">", "</th>").expect("a heading cell");
            for word in unescaped(text).split_whitespace() {
                if word.chars().count() >= 5 && word.chars().all(char::is_alphabetic) {
                    out.push(word.to_string());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Every table caption and group heading of the paper: things that must not end a page.
fn labels(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (open, close) in [
        ("<caption>", "</caption>"),
        ("<tr class=\"group\">", "</tr>"),
    ] {
        for piece in html.split(open).skip(1) {
            let inner = &piece[..piece.find(close).expect("it ends")];
            let text = inner
                .split('<')
                .map(|s| s.split_once('>').map_or(s, |(_, t)| t))
                .collect::<String>();
            out.push(words(&unescaped(&text)));
        }
    }
    out
}

#[test]
fn the_paper_prints_to_a4_with_its_title_and_key_figures() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("bedfordshire.html");
    let o = Command::new(BIN)
        .args(["paper", BEDFORDSHIRE, "-o", page.to_str().expect("utf-8")])
        .output()
        .expect("the binary runs");
    assert!(o.status.success(), "placeplan paper: {}", failure(&o));
    let printed = print_file(dir.path(), &page);
    assert!(
        (8..=40).contains(&printed.pages),
        "{} pages in {}",
        printed.pages,
        printed.pdf.display()
    );

    let plan = load(Path::new(BEDFORDSHIRE));
    let all = printed.all();
    assert!(all.contains(&words(&plan.title)), "the title: {all}");
    assert!(printed.text[0].contains(&words(&plan.title)), "on page 1");

    let outcome = compute(&plan, &View::default()).expect("computes");
    let key = printed
        .page_of("Key figures (£k)")
        .expect("the key figures are printed");
    for (year, row) in outcome.years.iter().zip(&outcome.finance) {
        for (what, value) in [
            ("income", row.income),
            ("spend", row.spend),
            ("do-nothing gap", row.gap_do_nothing),
            ("savings required", row.savings_required),
            ("still to find", row.unidentified_savings),
        ] {
            let figure = grouped(value, 0);
            assert!(
                printed.text[key].contains(&figure),
                "{what} in {year} ({figure}) is not on the key figures' page: {}",
                printed.text[key]
            );
        }
    }

    // Numbered pages, each with the count (the page's margin box).
    for n in 1..=printed.pages {
        let footer = format!("Page {n} of {}", printed.pages);
        assert!(
            printed.text[n - 1].contains(&footer),
            "page {n}: no `{footer}`"
        );
    }
}

#[test]
fn each_sample_plan_prints_with_headings_kept_with_what_they_introduce() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans");
    let mut plans: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("the sample folder")
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    plans.sort();
    assert!(plans.len() >= 5, "the sample plans are found");
    for path in plans {
        let name = path.display().to_string();
        let plan = load(&path);
        let html =
            paper_dated(&plan, None, Readers::GoverningBody, DATE).expect("the paper is written");
        let dir = tempfile::tempdir().expect("tempdir");
        let printed = print(dir.path(), &html);
        assert!(
            (4..=60).contains(&printed.pages),
            "{name}: {} pages",
            printed.pages
        );
        assert!(printed.all().contains(&words(&plan.title)), "{name}: title");

        let leads = leads(&html);
        assert_eq!(leads.len(), 14, "{name}: every section");
        let mut last = 0;
        for lead in &leads {
            let page = printed
                .page_of(&lead.heading)
                .unwrap_or_else(|| panic!("{name}: `{}` is not printed", lead.heading));
            assert!(page >= last, "{name}: `{}` out of order", lead.heading);
            last = page;
            assert!(
                printed.text[page].contains(&lead.opening),
                "{name}: `{}` is on page {} without its opening words `{}`",
                lead.heading,
                page + 1,
                lead.opening
            );
            if let Some(chart) = &lead.chart {
                assert!(
                    printed.text[page].contains(chart),
                    "{name}: `{}` is on page {} without its chart `{chart}`",
                    lead.heading,
                    page + 1
                );
            }
        }

        // Column headings keep their words whole, however narrow the column.
        let all = printed.all();
        for word in heading_words(&html) {
            let chars: Vec<char> = word.chars().collect();
            for cut in 2..chars.len() - 1 {
                let broken = format!(
                    "{} {}",
                    chars[..cut].iter().collect::<String>(),
                    chars[cut..].iter().collect::<String>()
                );
                assert!(
                    !all.contains(&broken),
                    "{name}: the heading `{word}` is broken as `{broken}`"
                );
            }
        }

        // No page but the last ends with a heading, a caption or a group's heading.
        let labels = labels(&html);
        for (n, bottom) in printed.bottom.iter().enumerate().take(printed.pages - 1) {
            let orphan = labels
                .iter()
                .chain(leads.iter().map(|l| &l.heading))
                .find(|l| *l == bottom);
            assert!(
                orphan.is_none(),
                "{name}: page {} ends with `{bottom}`",
                n + 1
            );
        }
    }
}

/// The PNG at `path`: its width and height, after checking its signature.
fn png_size(path: &Path) -> (u32, u32, usize) {
    let bytes = std::fs::read(path).expect("chromium wrote the screenshot");
    assert!(
        bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.get(12..16) == Some(b"IHDR"),
        "not a PNG: {}",
        path.display()
    );
    let be =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (be(16), be(20), bytes.len())
}

fn screenshot(dir: &Path, page: &Path, png: &Path) -> (u32, u32, usize) {
    let o = chromium(
        dir,
        page,
        &[
            "--hide-scrollbars".to_string(),
            format!("--window-size={},{}", SCREEN.0, SCREEN.1),
            format!("--screenshot={}", png.display()),
        ],
    );
    assert!(
        o.status.success(),
        "chromium took no screenshot: {}",
        failure(&o)
    );
    png_size(png)
}

#[test]
fn the_first_screen_of_the_paper_is_drawn() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = load(Path::new(BEDFORDSHIRE));
    let page = dir.path().join("paper.html");
    std::fs::write(
        &page,
        paper_dated(&plan, None, Readers::GoverningBody, DATE).expect("written"),
    )
    .expect("write");
    let blank = dir.path().join("blank.html");
    std::fs::write(&blank, "<!DOCTYPE html>\n<title>blank</title>\n").expect("write");

    let (width, height, drawn) = screenshot(dir.path(), &page, &dir.path().join("paper.png"));
    assert_eq!((width, height), SCREEN, "the screenshot's size");
    let (_, _, empty) = screenshot(dir.path(), &blank, &dir.path().join("blank.png"));
    // A blank screen compresses to almost nothing; text, tables and a chart do not.
    assert!(
        drawn > 10 * empty,
        "the paper's first screen looks blank: {drawn} bytes against {empty} for a blank page"
    );
}
