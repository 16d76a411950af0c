//! The headless command line: check, report, paper, diff, minutes, convert, generate.
//!
//! Exit codes: 0 success, 1 invalid plan, 2 usage or IO error; `diff` follows diff(1):
//! 0 no differences, 1 differences, 2 trouble. Messages go to stderr.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

use crate::engine::View;
use crate::generate::{Size, generate};
use crate::io::{LoadError, load_path, save_atomic, to_json, to_ron};
use crate::model::{MAX_COMPARED, Plan};
use crate::report::{
    Analyses, Contents, PlanDiff, Readers, ReportFormat, diff_json, diff_markdown, diff_text,
    paper, render,
};

/// Success.
pub const EXIT_OK: u8 = 0;
/// The plan is invalid.
pub const EXIT_INVALID: u8 = 1;
/// Usage or IO error.
pub const EXIT_USAGE: u8 = 2;
/// `diff`: the plans differ.
pub const EXIT_DIFFERENT: u8 = 1;

#[derive(Debug, Parser)]
#[command(
    name = "placeplan",
    version,
    about = "NHS locality planning: model the financial gap, savings, investments and activity"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A plan file to open in the window (the bundled example plan when not given).
    file: Option<PathBuf>,
    /// Open the window in present mode: full screen, slide by slide (Esc leaves).
    #[arg(long)]
    present: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate plan files; prints `ok: FILE` or every problem.
    Check {
        /// Plan files (RON or JSON).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Compute a plan and print the result.
    Report {
        /// Plan file (RON or JSON).
        file: PathBuf,
        /// Option (scenario) id; the base plan when not given.
        #[arg(long)]
        scenario: Option<String>,
        /// Locality id, for that locality's fair share; the whole plan when not given.
        #[arg(long)]
        locality: Option<String>,
        /// Output notation.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// Compare 2 to 4 options side by side: ids separated by commas, `base` for the
        /// base plan.
        #[arg(
            long,
            value_name = "ID,ID",
            value_delimiter = ',',
            conflicts_with = "scenario"
        )]
        compare: Vec<String>,
        /// Add the risk range of the gap from this many runs (the plan's `risk.runs` when
        /// only `--seed` is given).
        #[arg(
            long,
            value_name = "RUNS",
            value_parser = clap::value_parser!(u32).range(1..=1_000_000)
        )]
        monte_carlo: Option<u32>,
        /// Seed of the risk range (the plan's `risk.seed` when not given); adds the risk
        /// range.
        #[arg(long)]
        seed: Option<u64>,
        /// Add the sensitivity of the final year's gap to each driver, and what would
        /// close the gap.
        #[arg(long)]
        sensitivity: bool,
    },
    /// Write the paper for the governing body: one self-contained HTML document (charts
    /// inline, nothing fetched) that prints to A4 from any browser.
    Paper {
        /// Plan file (RON or JSON).
        file: PathBuf,
        /// Option (scenario) id to show; the base plan when not given.
        #[arg(long)]
        scenario: Option<String>,
        /// For the public: items marked sensitive are folded into "Other schemes (n)"
        /// and the like and never named, and the review record is left out.
        #[arg(long)]
        audience: bool,
        /// Write to this file (atomically) instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// What changed from one version of a plan to another: every changed value (items
    /// matched by id) and the key figures of the base plan in each year. Exits 0 when
    /// there are no differences, 1 when there are, 2 on trouble (a plan that cannot be
    /// read or is invalid).
    Diff {
        /// The earlier version (RON or JSON).
        old: PathBuf,
        /// The later version (RON or JSON).
        new: PathBuf,
        /// Output notation.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
    /// The minutes of the plan's latest workshop (kept in its audit trail): every change
    /// made, before and after, its effect on the gap, who proposed it and why.
    Minutes {
        /// Plan file (RON or JSON).
        file: PathBuf,
        /// Output notation.
        #[arg(long, value_enum, default_value_t = MinutesFormat::Md)]
        format: MinutesFormat,
        /// Write to this file (atomically) instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Write the same plan in the other notation (RON or JSON), losslessly, to stdout.
    Convert {
        /// Plan file (RON or JSON).
        file: PathBuf,
        /// Target notation.
        #[arg(long, value_enum)]
        to: Target,
    },
    /// Write a valid synthetic plan of the given size (the same bytes for the same seed).
    Generate {
        /// Localities.
        #[arg(long, default_value_t = 5)]
        localities: usize,
        /// Planning years.
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u16).range(1..=50))]
        years: u16,
        /// Savings schemes.
        #[arg(long, default_value_t = 50)]
        schemes: usize,
        /// Investments.
        #[arg(long, default_value_t = 20)]
        investments: usize,
        /// Activity trajectories.
        #[arg(long, default_value_t = 8)]
        trajectories: usize,
        /// Random seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Write to this file (atomically) instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

/// A notation for `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum DiffFormat {
    /// Lines for a terminal.
    Text,
    /// JSON for scripts.
    Json,
    /// Markdown for papers.
    Md,
}

/// A notation to convert to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum MinutesFormat {
    /// Markdown.
    Md,
    /// One self-contained web page, with the gap before and after.
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Target {
    /// Rusty Object Notation.
    Ron,
    /// JSON.
    Json,
}

/// Runs the command line; returns the process exit code.
pub fn main(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
            // Help and version go to stdout, usage errors to stderr; clap knows which.
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let code = match cli.command {
        Some(Command::Check { files }) => check(&files),
        Some(Command::Report {
            file,
            scenario,
            locality,
            format,
            compare,
            monte_carlo,
            seed,
            sensitivity,
        }) => {
            let analyses = Analyses {
                compare,
                runs: monte_carlo,
                seed,
                sensitivity,
            };
            let view = View {
                scenario: scenario.as_deref(),
                locality: locality.as_deref(),
            };
            report(&file, &view, &analyses, format)
        }
        Some(Command::Paper {
            file,
            scenario,
            audience,
            output,
        }) => {
            let readers = if audience {
                Readers::Public
            } else {
                Readers::GoverningBody
            };
            paper_to(&file, scenario.as_deref(), readers, output.as_deref())
        }
        Some(Command::Diff { old, new, format }) => diff(&old, &new, format),
        Some(Command::Minutes {
            file,
            format,
            output,
        }) => minutes(&file, format, output.as_deref()),
        Some(Command::Convert { file, to }) => convert(&file, to),
        Some(Command::Generate {
            localities,
            years,
            schemes,
            investments,
            trajectories,
            seed,
            output,
        }) => {
            let size = Size {
                localities,
                years: usize::from(years),
                schemes,
                investments,
                trajectories,
                seed,
            };
            generate_to(&size, output.as_deref())
        }
        None => open_window(cli.file, cli.present),
    };
    ExitCode::from(code)
}

/// Opens the workshop window on `file` (the bundled example when none).
#[cfg(feature = "gui")]
fn open_window(file: Option<PathBuf>, present: bool) -> u8 {
    match crate::app::run(file, present) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("cannot open the window: {e}");
            EXIT_USAGE
        }
    }
}

/// This build has no window (the `gui` feature is off): only the subcommands work.
#[cfg(not(feature = "gui"))]
fn open_window(_file: Option<PathBuf>, _present: bool) -> u8 {
    eprintln!(
        "this placeplan was built without the window (the `gui` feature); use a subcommand such as `check` or `report`, or see --help"
    );
    EXIT_USAGE
}

/// Exit code for a load error.
fn load_error_code(err: &LoadError) -> u8 {
    if err.is_invalid_plan() {
        EXIT_INVALID
    } else {
        EXIT_USAGE
    }
}

fn report_load_error(err: &LoadError) {
    for line in err.lines() {
        eprintln!("{line}");
    }
}

fn check(files: &[PathBuf]) -> u8 {
    let mut worst = EXIT_OK;
    let mut out = std::io::stdout().lock();
    for file in files {
        match load_path(file) {
            Ok(_) => {
                let _ = writeln!(out, "ok: {}", file.display());
            }
            Err(err) => {
                report_load_error(&err);
                worst = worst.max(load_error_code(&err));
            }
        }
    }
    worst
}

/// `diff OLD NEW`: 0 no differences, 1 differences, 2 trouble.
fn diff(old: &Path, new: &Path, format: DiffFormat) -> u8 {
    // Any trouble, an invalid plan included, is 2: 1 means the plans differ.
    let (Ok(before), Ok(after)) = (load_or_report(old), load_or_report(new)) else {
        return EXIT_USAGE;
    };
    let diff = match PlanDiff::between(&before, &after) {
        Ok(diff) => diff,
        Err(e) => {
            eprintln!("cannot compute the plans: {e}");
            return EXIT_USAGE;
        }
    };
    let text = match format {
        DiffFormat::Text => diff_text(&diff),
        DiffFormat::Md => diff_markdown(&diff),
        DiffFormat::Json => match diff_json(&diff) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("cannot write the differences: {e}");
                return EXIT_USAGE;
            }
        },
    };
    match emit(&text) {
        EXIT_OK if diff.is_empty() => EXIT_OK,
        EXIT_OK => EXIT_DIFFERENT,
        trouble => trouble,
    }
}

/// Writes text to stdout; a closed pipe or full disk is an IO error.
fn emit(text: &str) -> u8 {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("cannot write the output: {e}");
            EXIT_USAGE
        }
    }
}

fn load_or_report(file: &Path) -> Result<Plan, u8> {
    load_path(file).map_err(|err| {
        report_load_error(&err);
        load_error_code(&err)
    })
}

/// A usage error about the options compared, in clap's words and layout; `None` when
/// there are none or 2 to [`MAX_COMPARED`] different ones.
fn compare_usage_error(ids: &[String]) -> Option<clap::Error> {
    let problem = if ids.is_empty() || (2..=MAX_COMPARED).contains(&ids.len()) {
        let (i, id) = ids
            .iter()
            .enumerate()
            .find(|(i, id)| ids[..*i].contains(id))?;
        format!(
            "option `{id}` is listed twice in --compare (item {})",
            i + 1
        )
    } else {
        format!(
            "--compare takes 2 to {MAX_COMPARED} option ids separated by commas \
             (`base` for the base plan); {} given",
            ids.len()
        )
    };
    let mut command = Cli::command();
    // Built, so that the usage line names the program as well as the subcommand.
    command.build();
    let report = command.find_subcommand_mut("report").map(std::mem::take);
    Some(
        report
            .unwrap_or(command)
            .error(clap::error::ErrorKind::ValueValidation, problem),
    )
}

fn report(file: &Path, view: &View, analyses: &Analyses, format: ReportFormat) -> u8 {
    if let Some(e) = compare_usage_error(&analyses.compare) {
        let _ = e.print();
        return EXIT_USAGE;
    }
    let plan = match load_or_report(file) {
        Ok(plan) => plan,
        Err(code) => return code,
    };
    let contents = match Contents::compute(&plan, view, analyses) {
        Ok(contents) => contents,
        Err(e) => {
            eprintln!("{}: {e}", file.display());
            return EXIT_USAGE;
        }
    };
    match render(&plan, &contents, format) {
        Ok(text) => emit(&text),
        Err(e) => {
            eprintln!("{}: cannot write the report: {e}", file.display());
            EXIT_USAGE
        }
    }
}

/// `paper FILE`: the paper for `readers`, to `output` or stdout.
fn paper_to(file: &Path, scenario: Option<&str>, readers: Readers, output: Option<&Path>) -> u8 {
    let plan = match load_or_report(file) {
        Ok(plan) => plan,
        Err(code) => return code,
    };
    let html = match paper(&plan, scenario, readers) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("{}: {e}", file.display());
            return EXIT_USAGE;
        }
    };
    write_out(&html, output)
}

/// `minutes FILE`: the minutes of the plan's latest workshop, to `output` or stdout.
fn minutes(file: &Path, format: MinutesFormat, output: Option<&Path>) -> u8 {
    let plan = match load_or_report(file) {
        Ok(plan) => plan,
        Err(code) => return code,
    };
    let Some(minutes) = crate::report::minutes::latest(&plan) else {
        eprintln!(
            "{}: the plan has no workshop's record (a workshop ended in the window keeps one)",
            file.display()
        );
        return EXIT_USAGE;
    };
    let text = match format {
        MinutesFormat::Md => crate::report::minutes::minutes_markdown(&plan, minutes),
        MinutesFormat::Html => crate::report::minutes::minutes_html(&plan, minutes),
    };
    write_out(&text, output)
}

/// Writes `text` to `output` atomically, or to stdout when there is none.
fn write_out(text: &str, output: Option<&Path>) -> u8 {
    match output {
        None => emit(text),
        Some(path) => match save_atomic(path, text.as_bytes()) {
            Ok(()) => EXIT_OK,
            Err(e) => {
                eprintln!("{e}");
                EXIT_USAGE
            }
        },
    }
}

fn convert(file: &Path, to: Target) -> u8 {
    let plan = match load_or_report(file) {
        Ok(plan) => plan,
        Err(code) => return code,
    };
    let text = match to {
        Target::Ron => to_ron(&plan),
        Target::Json => to_json(&plan),
    };
    match text {
        Ok(text) => emit(&text),
        Err(e) => {
            eprintln!("{}: {e}", file.display());
            EXIT_USAGE
        }
    }
}

fn generate_to(size: &Size, output: Option<&Path>) -> u8 {
    let text = match to_ron(&generate(size)) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{e}");
            return EXIT_USAGE;
        }
    };
    write_out(&text, output)
}
