//! The window alone, as a Windows GUI program: no console opens beside it.
//! The Start-menu entry starts this one; `emigration-desk.exe` stays a
//! console program for the command line (its output, exit codes and
//! pipes as a terminal expects). Built with the `window-exe` feature.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

fn main() -> ExitCode {
    emigration_desk::cli::main_entry()
}
