//! The Debian package's generated files stay what the program says they
//! are: the manual pages and shell completions are rendered from the CLI's
//! own definition, the menu entry and the AppStream metadata from the
//! locales; each committed file in `assets/packaging/` must equal what is
//! generated now. After changing the CLI or those strings:
//!
//!     EMIGRATION_DESK_UPDATE_PACKAGING=1 cargo test --test packaging
//!
//! rewrites them (and the test then passes). The built binary's
//! `--version` names the commit it was built from.

use clap::CommandFactory;
use clap_complete::Shell;
use emigration_desk::build_info;
use emigration_desk::cli::Cli;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const APP_ID: &str = "kz.gov4c.EmigrationDesk";
const BIN: &str = "emigration-desk";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn packaging() -> PathBuf {
    root().join("assets/packaging")
}

/// The CLI as the manual pages show it: the plain version (the commit
/// would make every commit change every page).
fn command() -> clap::Command {
    Cli::command().version(build_info::VERSION)
}

/// One manual page per command and subcommand (`emigration-desk-case-new.1`
/// …), as git has: `man emigration-desk-print` says all about `print`.
fn man_pages() -> BTreeMap<String, Vec<u8>> {
    fn walk(cmd: clap::Command, out: &mut BTreeMap<String, Vec<u8>>) {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub.clone(), out);
        }
        let top = cmd.get_after_long_help().map(|h| h.to_string());
        let man = clap_mangen::Man::new(cmd)
            .manual("emigration-desk")
            .source(format!("emigration-desk {}", build_info::VERSION));
        let mut buf = Vec::new();
        match top {
            // The program's own page: its ENVIRONMENT, FILES and EXIT
            // STATUS as a manual has them (clap would put them under EXTRA).
            Some(after) => {
                man.render_title(&mut buf).unwrap();
                man.render_name_section(&mut buf).unwrap();
                man.render_synopsis_section(&mut buf).unwrap();
                man.render_description_section(&mut buf).unwrap();
                man.render_options_section(&mut buf).unwrap();
                man.render_subcommands_section(&mut buf).unwrap();
                buf.extend(roff_sections(&after).into_bytes());
                man.render_version_section(&mut buf).unwrap();
            }
            None => man.render(&mut buf).expect("render a manual page"),
        }
        out.insert(format!("man/{}", man.get_filename()), buf);
    }
    let mut cmd = command().disable_help_subcommand(true);
    cmd.build();
    let mut out = BTreeMap::new();
    walk(cmd, &mut out);
    out
}

/// Text for roff: backslashes and leading dots or quotes are escaped.
fn roff_text(s: &str) -> String {
    let s = s.replace('\\', "\\e").replace('-', "\\-");
    if s.starts_with('.') || s.starts_with('\'') {
        format!("\\&{s}")
    } else {
        s
    }
}

/// `--help`'s closing text as manual sections: a line ending in ':' opens
/// a section; "  NAME   what" lines become tagged paragraphs, deeper
/// indented ones keep their layout.
fn roff_sections(after: &str) -> String {
    let mut out = String::new();
    for block in after.split("\n\n") {
        let mut lines = block.lines();
        let Some(head) = lines.next() else { continue };
        out += &format!(".SH \"{}\"\n", head.trim_end_matches(':').to_uppercase());
        let body: Vec<&str> = lines.collect();
        let tagged = body.iter().all(|l| {
            let t = l.trim_start();
            l.len() - t.len() == 2 && t.contains("  ")
        });
        if tagged {
            for l in body {
                let (name, what) = l.trim().split_once("  ").unwrap();
                out += &format!(
                    ".TP\n\\fB{}\\fR\n{}\n",
                    roff_text(name),
                    roff_text(what.trim())
                );
            }
        } else {
            out += ".nf\n";
            for l in body {
                out += &roff_text(l.strip_prefix("  ").unwrap_or(l));
                out += "\n";
            }
            out += ".fi\n";
        }
    }
    out
}

fn completions() -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for (shell, name) in [
        (Shell::Bash, format!("{BIN}.bash")),
        (Shell::Zsh, format!("_{BIN}")),
        (Shell::Fish, format!("{BIN}.fish")),
    ] {
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut command(), BIN, &mut buf);
        out.insert(format!("completions/{name}"), buf);
    }
    out
}

/// The value of a one-line Fluent message in a language.
fn ftl(lang: &str, key: &str) -> String {
    let path = root().join(format!("locales/{lang}/emigration_desk.ftl"));
    let text = std::fs::read_to_string(&path).expect("read a locale");
    let prefix = format!("{key} = ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("{key} missing in {}", path.display()))
        .to_string()
}

const LANGS: [&str; 2] = ["ru", "kk"];

fn desktop_entry() -> String {
    let mut s = String::from("[Desktop Entry]\nType=Application\n");
    for (field, key) in [
        ("Name", "app-title"),
        ("GenericName", "app-generic-name"),
        ("Comment", "app-comment"),
        ("Keywords", "app-keywords"),
    ] {
        s += &format!("{field}={}\n", ftl("en", key));
        for l in LANGS {
            s += &format!("{field}[{l}]={}\n", ftl(l, key));
        }
    }
    s += &format!(
        "Exec={BIN}\nIcon={APP_ID}\nTerminal=false\nCategories=Office;\n\
         StartupNotify=true\nStartupWMClass={APP_ID}\n"
    );
    s
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The version and date of the changelog's newest entry.
fn newest_release() -> (String, String) {
    let text = std::fs::read_to_string(packaging().join("changelog")).expect("changelog");
    let first = text.lines().next().expect("a first line");
    let version = first
        .split_once('(')
        .and_then(|(_, r)| r.split_once(')'))
        .map(|(v, _)| v.to_string())
        .expect("the version in brackets");
    let trailer = text
        .lines()
        .find(|l| l.starts_with(" -- "))
        .expect("a trailer line");
    let date = trailer.split("  ").last().expect("the trailer's date");
    let date = chrono::DateTime::parse_from_rfc2822(date).expect("an RFC 2822 date");
    (version, date.format("%Y-%m-%d").to_string())
}

fn metainfo() -> String {
    let (version, date) = newest_release();
    let upstream = version.split('-').next().unwrap_or(&version).to_string();
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<component type=\"desktop-application\">\n",
    );
    s += &format!("  <id>{APP_ID}</id>\n");
    s += "  <metadata_license>MIT</metadata_license>\n";
    s += &format!(
        "  <project_license>{}</project_license>\n",
        build_info::LICENSE
    );
    let tagged = |tag: &str, key: &str| {
        let mut s = format!("  <{tag}>{}</{tag}>\n", xml(&ftl("en", key)));
        for l in LANGS {
            s += &format!("  <{tag} xml:lang=\"{l}\">{}</{tag}>\n", xml(&ftl(l, key)));
        }
        s
    };
    s += &tagged("name", "app-title");
    s += &tagged("summary", "app-comment");
    s += "  <developer id=\"kz.gov4c\">\n    <name>emigration-desk developers</name>\n  </developer>\n";
    s += "  <description>\n";
    for key in ["app-description-1", "app-description-2"] {
        s += &format!("    <p>{}</p>\n", xml(&ftl("en", key)));
        for l in LANGS {
            s += &format!("    <p xml:lang=\"{l}\">{}</p>\n", xml(&ftl(l, key)));
        }
    }
    s += "  </description>\n";
    s += &format!("  <launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>\n");
    s += &format!("  <provides>\n    <binary>{BIN}</binary>\n  </provides>\n");
    s += "  <categories>\n    <category>Office</category>\n  </categories>\n";
    s += "  <content_rating type=\"oars-1.1\"/>\n";
    s += &format!(
        "  <releases>\n    <release version=\"{upstream}\" date=\"{date}\"/>\n  </releases>\n"
    );
    s += "</component>\n";
    s
}

/// Every generated file, by its path under `assets/packaging/`.
fn generated() -> BTreeMap<String, Vec<u8>> {
    let mut all = man_pages();
    all.extend(completions());
    all.insert(format!("{APP_ID}.desktop"), desktop_entry().into_bytes());
    all.insert(format!("{APP_ID}.metainfo.xml"), metainfo().into_bytes());
    all
}

/// The files in a generated directory that nothing generates any more.
fn strays(dir: &str, all: &BTreeMap<String, Vec<u8>>) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(packaging().join(dir)) else {
        return vec![];
    };
    entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            !all.contains_key(&format!("{dir}/{name}"))
        })
        .collect()
}

#[test]
fn the_generated_packaging_files_are_current() {
    let all = generated();
    let update = std::env::var_os("EMIGRATION_DESK_UPDATE_PACKAGING").is_some();
    let mut stale = Vec::new();
    for (rel, bytes) in &all {
        let path = packaging().join(rel);
        if std::fs::read(&path).ok().as_deref() != Some(bytes.as_slice()) {
            if update {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, bytes).unwrap();
            } else {
                stale.push(rel.clone());
            }
        }
    }
    for dir in ["man", "completions"] {
        for p in strays(dir, &all) {
            if update {
                std::fs::remove_file(&p).unwrap();
            } else {
                stale.push(p.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "out of date in assets/packaging (run EMIGRATION_DESK_UPDATE_PACKAGING=1 \
         cargo test --test packaging): {stale:?}"
    );
}

#[test]
fn the_manual_covers_every_command_and_the_environment() {
    let pages = man_pages();
    let top = String::from_utf8(pages["man/emigration-desk.1"].clone()).unwrap();
    for needle in [
        "EMIGRATION_DESK_DATA_DIR",
        "EMIGRATION_DESK_PASSWORD",
        ".SH \"EXIT STATUS\"",
        ".SH \"ENVIRONMENT\"",
        ".local/share/emigration\\-desk",
    ] {
        assert!(top.contains(needle), "the manual lacks {needle}");
    }
    for sub in command().get_subcommands() {
        let name = format!("man/emigration-desk-{}.1", sub.get_name());
        assert!(pages.contains_key(&name), "no page {name}");
    }
    // `man -k` / whatis: each page names what its command does.
    for (name, page) in &pages {
        let page = String::from_utf8_lossy(page);
        let what = page
            .split(".SH NAME\n")
            .nth(1)
            .and_then(|r| r.lines().next())
            .unwrap_or_default();
        assert!(
            what.split_once(" \\- ")
                .is_some_and(|(_, d)| !d.trim().is_empty()),
            "{name} has no description: {what:?}"
        );
    }
    // And the subcommands' own: `man emigration-desk-db-recover`.
    for name in [
        "man/emigration-desk-case-import.1",
        "man/emigration-desk-db-recover.1",
        "man/emigration-desk-sync-provision.1",
    ] {
        assert!(pages.contains_key(name), "no page {name}");
    }
}

#[test]
fn the_menu_entry_speaks_kazakh_russian_and_english() {
    let entry = desktop_entry();
    assert!(entry.contains("Name[kk]=Тұрақты тұруға шығуды ресімдеу"));
    assert!(entry.contains("Name[ru]=Оформление выезда на ПМЖ"));
    assert!(entry.contains("Name=Emigration desk"));
    assert!(entry.contains(&format!("StartupWMClass={}", emigration_desk::ui::APP_ID)));
}

#[test]
fn the_metadata_release_is_the_cargo_version() {
    let (version, _) = newest_release();
    assert_eq!(
        version.split('-').next(),
        Some(build_info::VERSION),
        "the changelog's newest entry is not this version"
    );
}

/// Every file the package names in Cargo.toml exists (but the binary,
/// which `cargo deb` builds).
#[test]
fn the_package_names_only_files_that_exist() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let section = manifest
        .split("[package.metadata.deb]")
        .nth(1)
        .expect("a [package.metadata.deb] section");
    let section = section.split("\n[").next().unwrap();
    let mut named = 0;
    for line in section.lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("[\"") else {
            continue;
        };
        let src = rest.split('"').next().unwrap();
        if src.starts_with("target/") {
            continue;
        }
        named += 1;
        let matches = if src.contains('*') {
            let (dir, pat) = src.rsplit_once('/').unwrap();
            let suffix = pat.trim_start_matches('*');
            std::fs::read_dir(root().join(dir))
                .map(|d| {
                    d.flatten()
                        .filter(|e| e.file_name().to_string_lossy().ends_with(suffix))
                        .count()
                })
                .unwrap_or(0)
        } else {
            usize::from(Path::new(&root().join(src)).is_file())
        };
        assert!(matches > 0, "the package names {src}, which is not there");
    }
    assert!(named >= 10, "only {named} assets found in the package");
}

#[test]
fn version_names_the_commit_it_was_built_from() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_emigration-desk"))
        .arg("--version")
        .output()
        .expect("run the binary");
    assert!(out.status.success());
    let line = String::from_utf8(out.stdout).unwrap();
    assert!(
        line.starts_with(&format!("emigration-desk {}", build_info::VERSION)),
        "{line}"
    );
    // From a git checkout, the commit checked out (the build script runs
    // again whenever HEAD moves).
    let head = std::process::Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(root())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    match head {
        Some(commit) if std::env::var_os("EMIGRATION_DESK_BUILD_COMMIT").is_none() => {
            assert!(line.contains(&format!("commit {commit}")), "{line}")
        }
        _ => assert!(line.contains("commit "), "{line}"),
    }
}

/// The icon in every size the package installs is that size, and the
/// window's own icon decodes.
#[test]
fn the_icons_are_the_sizes_their_directories_say() {
    for n in [16u32, 24, 32, 48, 64, 128, 256] {
        let png = std::fs::read(packaging().join(format!("icons/{APP_ID}-{n}.png"))).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let w = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let h = u32::from_be_bytes(png[20..24].try_into().unwrap());
        assert_eq!((w, h), (n, n), "icon {n}");
    }
    let svg = std::fs::read_to_string(packaging().join(format!("icons/{APP_ID}.svg"))).unwrap();
    assert!(svg.contains("viewBox=\"0 0 256 256\""));
    assert!(emigration_desk::ui::window_icon().is_some());
    assert_eq!(emigration_desk::ui::APP_ID, APP_ID);
}
