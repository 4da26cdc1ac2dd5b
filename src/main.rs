//! The `letterpress` command: parses the command line, calls the library, prints diagnostics
//! and sets the exit code. It holds no build logic of its own.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::run()
}
