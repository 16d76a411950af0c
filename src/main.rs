//! The `placeplan` binary: the workshop window, or a command-line tool over the same engine.

use std::process::ExitCode;

fn main() -> ExitCode {
    placeplan::cli::main(std::env::args_os())
}
