//! Names the commit a binary was built from, for `--version` and the
//! window's About page. From a git checkout: `git rev-parse`; from a source
//! tarball (no `.git`): `EMIGRATION_DESK_BUILD_COMMIT` and
//! `EMIGRATION_DESK_BUILD_DATE` if the packager sets them, else "unknown".
//! The build script runs again only when HEAD moves or those variables
//! change, never on an edit of the sources.

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!s.is_empty()).then_some(s)
}

fn main() {
    println!("cargo:rerun-if-env-changed=EMIGRATION_DESK_BUILD_COMMIT");
    println!("cargo:rerun-if-env-changed=EMIGRATION_DESK_BUILD_DATE");
    if let Some(dir) = git(&["rev-parse", "--absolute-git-dir"]) {
        println!("cargo:rerun-if-changed={dir}/HEAD");
        println!("cargo:rerun-if-changed={dir}/packed-refs");
        if let Some(head) = git(&["symbolic-ref", "-q", "HEAD"]) {
            println!("cargo:rerun-if-changed={dir}/{head}");
        }
    } else {
        // Not a checkout: only the variables above can change the answer.
        println!("cargo:rerun-if-changed=build.rs");
    }
    let commit = std::env::var("EMIGRATION_DESK_BUILD_COMMIT")
        .ok()
        .filter(|s| !s.is_empty())
        .or_else(|| git(&["rev-parse", "--short=12", "HEAD"]))
        .unwrap_or_else(|| "unknown".into());
    // The commit's own date (not the build's): the same commit gives the
    // same version line, whenever and wherever it is built.
    let date = std::env::var("EMIGRATION_DESK_BUILD_DATE")
        .ok()
        .filter(|s| !s.is_empty())
        .or_else(|| git(&["log", "-1", "--format=%cs", "HEAD"]))
        .unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=EMIGRATION_DESK_COMMIT={commit}");
    println!("cargo:rustc-env=EMIGRATION_DESK_COMMIT_DATE={date}");
}
