//! The layers as docs/architecture.md draws them: the window (`src/ui`)
//! and the command line (`src/cli/`, `src/main.rs`) reach the store, the
//! printing and sync only through the desk (`src/desk`) — they name none
//! of those modules and call no method of the store handle they carry.

use std::path::{Path, PathBuf};

/// The modules a front end may not name.
const BEHIND_THE_DESK: [&str; 3] = ["store", "print", "sync"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn front_ends() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root.join("ui"), &mut files);
    rust_files(&root.join("cli"), &mut files);
    files.push(root.join("main.rs"));
    files.sort();
    files
}

/// Where `text` reaches past the desk: `(line, what)`.
fn violations(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    // The code without comments (a doc comment may name a module).
    let code: Vec<&str> = text
        .lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect();
    for (i, line) in code.iter().enumerate() {
        for m in BEHIND_THE_DESK {
            for krate in ["crate::", "emigration_desk::"] {
                if line.contains(&format!("{krate}{m}::")) || line.contains(&format!("{krate}{m};"))
                {
                    out.push((i + 1, format!("names {krate}{m}")));
                }
            }
        }
        // A method of the store handle (`st`) called directly.
        let bytes = line.as_bytes();
        let mut from = 0;
        while let Some(at) = line[from..].find("st.") {
            let at = from + at;
            let before = at.checked_sub(1).map(|j| bytes[j]);
            let starts_word = before.is_none_or(|b| !(b.is_ascii_alphanumeric() || b == b'_'));
            let rest = &line[at + 3..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if starts_word && !name.is_empty() && rest[name.len()..].starts_with('(') {
                out.push((i + 1, format!("calls st.{name}()")));
            }
            from = at + 3;
        }
    }
    // Grouped imports: `use crate::{…, store, …}` over several lines.
    let joined = code.join("\n");
    let mut from = 0;
    while let Some(at) = joined[from..].find("use crate::{") {
        let start = from + at;
        let end = joined[start..]
            .find("};")
            .map_or(joined.len(), |e| start + e);
        let group = &joined[start..end];
        for m in BEHIND_THE_DESK {
            let named = group
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .any(|w| w == m);
            if named {
                let line = joined[..start].lines().count() + 1;
                out.push((line, format!("imports crate::{m}")));
            }
        }
        from = end.max(start + 1);
    }
    out
}

#[test]
fn the_checker_finds_what_it_looks_for() {
    let bad = "use crate::store::Store;\nfn f(st: &mut Store) {\n    let r = st.rules();\n    crate::print::deliver(p, d);\n}\nuse crate::{\n    desk,\n    sync,\n};\n";
    let found = violations(bad);
    let lines: Vec<usize> = found.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, vec![1, 3, 4, 6], "{found:?}");
    // Comments, other names and the desk's own are fine.
    let good = "// crate::store::x() in a comment\nlet first = list.first();\nlet a = desk::lists::rules(st);\nuse crate::desk::types::Store;\nlet cost.x = 1;\n";
    assert_eq!(violations(good), vec![]);
}

#[test]
fn the_front_ends_reach_the_store_print_and_sync_only_through_the_desk() {
    let mut all = Vec::new();
    for file in front_ends() {
        let text = std::fs::read_to_string(&file).unwrap();
        for (line, what) in violations(&text) {
            all.push(format!("{}:{line}: {what}", file.display()));
        }
    }
    assert!(all.is_empty(), "past the desk:\n{}", all.join("\n"));
}

/// Where a line of code spells a questionnaire's field path in a string:
/// the window names fields by `domain::field::Field` only.
fn spelled_paths(text: &str) -> Vec<(usize, String)> {
    const ROOTS: [&str; 10] = [
        "applicant.",
        "children[",
        "relatives[",
        "activities[",
        "dependants[",
        "documents[",
        "fee.",
        "filed_by.",
        "destination_country",
        "registered_address",
    ];
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        // The string literals of the line (escaped quotes do not occur in
        // these paths).
        for (k, lit) in code.split('"').enumerate() {
            if k % 2 == 1 && ROOTS.iter().any(|r| lit.starts_with(r)) {
                out.push((i + 1, lit.to_string()));
            }
        }
    }
    out
}

#[test]
fn the_path_checker_finds_a_spelled_path() {
    let bad = "let p = format!(\"children[{n}].iin\");\nlet q = \"applicant.iin\";\n";
    assert_eq!(spelled_paths(bad).len(), 2);
    let good =
        "// the id is its path (\"applicant.iin\")\nlet p = F::Iin.path();\nt!(\"ui-f-iin\")\n";
    assert_eq!(spelled_paths(good), vec![]);
}

#[test]
fn the_window_names_the_questionnaires_fields_by_their_domain_type() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"),
        &mut files,
    );
    let mut all = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (line, what) in spelled_paths(&text) {
            all.push(format!("{}:{line}: {what}", file.display()));
        }
    }
    assert!(
        all.is_empty(),
        "paths spelled in the window:\n{}",
        all.join("\n")
    );
}
