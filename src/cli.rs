//! The headless command line: check, report, convert, generate.
//!
//! Exit codes: 0 success, 1 invalid plan, 2 usage or IO error. Messages go to stderr.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::io::{LoadError, load_path};

/// Success.
pub const EXIT_OK: u8 = 0;
/// The plan is invalid.
pub const EXIT_INVALID: u8 = 1;
/// Usage or IO error.
pub const EXIT_USAGE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "placeplan",
    version,
    about = "NHS locality planning: model the financial gap, savings, investments and activity"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A plan file to open in the window.
    file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate plan files; prints `ok: FILE` or every problem.
    Check {
        /// Plan files (RON or JSON).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
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
        None => {
            eprintln!("the window is not available in this build; try `placeplan --help`");
            EXIT_USAGE
        }
    };
    ExitCode::from(code)
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

#[allow(dead_code)]
fn display(path: &Path) -> String {
    path.display().to_string()
}
