//! The `letterpress` command: parses the command line, calls the library, prints diagnostics
//! and sets the exit code. It holds no build logic of its own.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::run()
}

// Rendering allocates many short-lived strings; mimalloc is markedly faster than glibc's here.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
