//! The program: the command line with a command, the window without one
//! (a console program on Windows; the Start menu starts
//! `emigration-desk-window`, the same program without a console).

use std::process::ExitCode;

fn main() -> ExitCode {
    emigration_desk::cli::main_entry()
}
