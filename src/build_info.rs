//! Which build this is: the version, the commit it was built from and that
//! commit's date (set by `build.rs`). `--version` and the About page show
//! them, so that a workstation's IT can say exactly what is installed.

/// The version in `Cargo.toml`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The commit, 12 hex digits, or "unknown" (a build outside git whose
/// packager did not name it).
pub const COMMIT: &str = env!("EMIGRATION_DESK_COMMIT");
/// The commit's date, YYYY-MM-DD, or "unknown".
pub const COMMIT_DATE: &str = env!("EMIGRATION_DESK_COMMIT_DATE");
/// `--version`'s line after the program's name.
pub const LONG_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("EMIGRATION_DESK_COMMIT"),
    ", ",
    env!("EMIGRATION_DESK_COMMIT_DATE"),
    ")"
);
/// The licence the program is distributed under, and its text.
pub const LICENSE: &str = env!("CARGO_PKG_LICENSE");
pub const LICENSE_TEXT: &str = include_str!("../LICENSE");
/// The fonts' licences: DejaVu Sans (the window) and Desk Forms Serif
/// (the forms, from Liberation Serif under the SIL OFL).
pub const FONT_LICENSE_TEXT: &str = concat!(
    include_str!("../assets/fonts/LICENSE-DejaVu.txt"),
    "\n\n",
    include_str!("../assets/fonts/LICENSE-Liberation-OFL.txt")
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_line_names_version_commit_and_date() {
        assert!(LONG_VERSION.starts_with(VERSION));
        assert!(LONG_VERSION.contains(COMMIT));
        assert!(LONG_VERSION.contains(COMMIT_DATE));
        assert!(COMMIT == "unknown" || COMMIT.chars().all(|c| c.is_ascii_hexdigit()));
    }
}
