//! The admin CLI as a user runs it: the real binary on a real data directory.

mod common;

use common::{err, out, BIN, SAMPLE};
use std::path::Path;
use std::process::{Command, Output};

fn run(dir: &Path, args: &[&str]) -> Output {
    common::bin(dir, "2026-11-25", args)
}

fn init(dir: &Path, kind: &str) {
    common::init_office(dir, kind, "42");
}

#[test]
fn check_iin_reports_facts_or_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(
        dir.path(),
        &["--ui-lang", "en", "check-iin", "000229600004"],
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(out(&o).contains("29.02.2000"), "{}", out(&o));
    assert!(out(&o).contains("female"));
    let o = run(
        dir.path(),
        &["--ui-lang", "ru", "check-iin", "850115300002"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("контрольная цифра"), "{}", err(&o));
    let o = run(
        dir.path(),
        &["--ui-lang", "kk", "check-iin", "850115300280"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("берілмейді"), "{}", err(&o));
    let o = run(
        dir.path(),
        &["--ui-lang", "en", "check-iin", "850230300007"],
    );
    assert_eq!(o.status.code(), Some(0), "30 February is a warning only");
    assert!(
        out(&o).contains("not begin with a real date"),
        "{}",
        out(&o)
    );
}

#[test]
fn import_then_show_as_json() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "state-corporation");
    let o = run(
        dir.path(),
        &["--ui-lang", "en", "case", "import", SAMPLE, "--accept"],
    );
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("0042-2026-000001-3"), "{}", out(&o));
    let o = run(dir.path(), &["case", "show", "004220260000013", "--json"]);
    assert!(o.status.success(), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["status"], "under_review");
    // 25 Nov + 22 days = 17 Dec: the review's move off Independence Day
    // (16 Dec) does not push the come-back date (it gave 18 Dec).
    assert_eq!(v["come_back_on"], "2026-12-17");
    assert_eq!(v["checklist"]["complete"], true);
    assert_eq!(v["checklist"]["missing"].as_array().unwrap().len(), 0);
    assert_eq!(v["fee"]["tenge"], 4325);
    assert_eq!(v["deadlines"][0]["kind"], "review");
    assert_eq!(v["deadlines"][0]["due"], "2026-12-17");
    // The moved date says so.
    assert_eq!(v["deadlines"][0]["moved_from"], "2026-12-16");
    assert_eq!(v["deadlines"][0]["moved_because"]["day"], "12-16");
    assert_eq!(
        v["deadlines"][0]["moved_note"],
        "moved from 16.12.2026 (Independence Day)"
    );
    assert_eq!(v["events"].as_array().unwrap().len(), 2);
    // The human form, in Kazakh.
    let o = run(
        dir.path(),
        &["--ui-lang", "kk", "case", "show", "0042-2026-000001-3"],
    );
    assert!(out(&o).contains("4325 теңге"), "{}", out(&o));
    assert!(out(&o).contains("17.12.2026"));
}

#[test]
fn an_open_import_lists_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "migration-police");
    let o = run(dir.path(), &["case", "import", SAMPLE]);
    assert!(o.status.success(), "{}", err(&o));
    let o = run(
        dir.path(),
        &["case", "show", "0042-2026-000001-3", "--json"],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["status"], "intake_open");
    assert_eq!(v["checklist"]["complete"], false);
    let missing: Vec<&str> = v["checklist"]["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["requirement"].as_str().unwrap())
        .collect();
    assert!(
        missing.contains(&"identity_card") && missing.contains(&"birth_certificate"),
        "{missing:?}"
    );
    let child = v["checklist"]["missing"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["requirement"] == "birth_certificate")
        .unwrap();
    assert_eq!(child["subject_name"], "Сейтқали Нұрсұлтан Ержанұлы");
    assert_eq!(child["paragraph"], "9(2)");
    // Accepting it at the police office fails and stores nothing.
    let o = run(
        dir.path(),
        &["--ui-lang", "en", "case", "import", SAMPLE, "--accept"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("incomplete"), "{}", err(&o));
    let o = run(dir.path(), &["case", "find", "сейт", "--json"]);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&o.stdout)
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

fn import_modified(dir: &Path, f: impl FnOnce(&mut serde_json::Value)) -> Output {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SAMPLE).unwrap()).unwrap();
    f(&mut v);
    let path = dir.join("in.json");
    std::fs::write(&path, v.to_string()).unwrap();
    run(
        dir,
        &["--ui-lang", "en", "case", "import", path.to_str().unwrap()],
    )
}

#[test]
fn bad_input_names_the_field_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "state-corporation");
    let o = import_modified(dir.path(), |v| {
        v["applicant"]["birth_date"] = "15.01.1985".into()
    });
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("applicant.birth_date"), "{}", err(&o));
    let o = import_modified(dir.path(), |v| {
        v["applicant"]["iin"] = "850115300002".into()
    });
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("applicant.iin") && err(&o).contains("check digit"),
        "{}",
        err(&o)
    );
    let o = import_modified(dir.path(), |v| v["children"][1]["surnme"] = "x".into());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("children[1]") && err(&o).contains("surnme"),
        "{}",
        err(&o)
    );
    let o = import_modified(dir.path(), |v| {
        v["applicant"]["phones"]["mobile"] = "+7 916 123 45 67".into()
    });
    assert!(
        err(&o).contains("applicant.phones.mobile") && err(&o).contains("Russian"),
        "{}",
        err(&o)
    );
    let o = run(
        dir.path(),
        &["--ui-lang", "en", "case", "import", "/nonexistent.json"],
    );
    assert_eq!(o.status.code(), Some(1));
    let o = run(dir.path(), &["case", "find", "", "--json"]);
    assert_eq!(out(&o).trim(), "[]", "nothing was stored");
    let o = run(
        dir.path(),
        &["--ui-lang", "en", "case", "show", "0042-2026-000001-4"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("check digit"), "{}", err(&o));
    let o = run(
        dir.path(),
        &["--ui-lang", "en", "case", "show", "0042-2026-000001-3"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("No case"), "{}", err(&o));
}

#[test]
fn init_refuses_a_second_time_and_bad_values() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "state-corporation");
    let o = run(
        dir.path(),
        &[
            "--ui-lang",
            "en",
            "init",
            "--office-kind",
            "state-corporation",
            "--office-code",
            "43",
            "--office-name",
            "x",
            "--office-name-ru",
            "х",
            "--office-number",
            "1",
            "--office-address",
            "a",
            "--office-address-ru",
            "а",
            "--office-phone",
            "p",
            "--admin-login",
            "a2",
            "--admin-name",
            "A",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("already set up"), "{}", err(&o));
    let other = tempfile::tempdir().unwrap();
    let o = run(
        other.path(),
        &[
            "--ui-lang",
            "en",
            "init",
            "--office-kind",
            "embassy",
            "--office-code",
            "43",
            "--office-name",
            "x",
            "--office-name-ru",
            "х",
            "--office-number",
            "1",
            "--office-address",
            "a",
            "--office-address-ru",
            "а",
            "--office-phone",
            "p",
            "--admin-login",
            "a2",
            "--admin-name",
            "A",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("embassy"));
}

#[test]
fn rules_import_and_db_check() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "state-corporation");
    let p2020 = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/examples/profile-2020.json"
    );
    let o = run(
        dir.path(),
        &["--ui-lang", "en", "rules", "import", "profile", p2020],
    );
    assert!(o.status.success(), "{}", err(&o));
    let o = run(dir.path(), &["case", "import", SAMPLE, "--accept"]);
    assert!(o.status.success(), "{}", err(&o));
    let o = run(
        dir.path(),
        &["case", "show", "0042-2026-000001-3", "--json"],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["profile"], "rules-259-2020");
    assert_eq!(v["come_back_on"], "2026-12-24");
    let o = run(dir.path(), &["rules", "show", "profile"]);
    assert!(out(&o).contains("rules-259-2020"));
    let o = run(dir.path(), &["--ui-lang", "en", "db", "check"]);
    assert!(o.status.success());
    assert!(out(&o).contains("sound"));
}

#[test]
fn the_data_directory_comes_from_the_environment_too() {
    let dir = tempfile::tempdir().unwrap();
    let o = Command::new(BIN)
        .args(["--ui-lang", "en", "db", "check"])
        .env(emigration_desk::store::DATA_DIR_ENV, dir.path())
        .output()
        .unwrap();
    // Only `init` creates a store: elsewhere a missing one is an error
    // that names where it was looked for.
    assert_eq!(o.status.code(), Some(3), "{}", err(&o));
    assert!(
        err(&o).contains(dir.path().to_str().unwrap()),
        "{}",
        err(&o)
    );
    assert!(!dir.path().join("emigration-desk.sqlite3").exists());
}

#[test]
fn an_emptied_or_newer_store_is_refused_and_left_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "state-corporation");
    let file = dir.path().join("emigration-desk.sqlite3");
    // A newer version's file: refused (exit 3) before anything touches it.
    {
        let conn = common::connect(&file);
        conn.execute_batch("PRAGMA journal_mode=DELETE; PRAGMA user_version=999;")
            .unwrap();
    }
    let before = std::fs::read(&file).unwrap();
    let o = run(dir.path(), &["--ui-lang", "en", "db", "check"]);
    assert_eq!(o.status.code(), Some(3), "{}", err(&o));
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the file is untouched"
    );
    // An emptied file: an error, never a fresh store.
    std::fs::write(&file, b"").unwrap();
    let o = run(dir.path(), &["--ui-lang", "en", "db", "check"]);
    assert_eq!(o.status.code(), Some(3), "{}", err(&o));
    assert!(err(&o).contains("is empty"), "{}", err(&o));
    assert_eq!(std::fs::metadata(&file).unwrap().len(), 0);
}

use common::count;

#[test]
fn print_writes_the_pdf_then_records_it() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "state-corporation");
    assert!(run(dir.path(), &["case", "import", SAMPLE, "--accept"])
        .status
        .success());
    let pdf = dir.path().join("receipt.pdf");
    let o = run(
        dir.path(),
        &[
            "--ui-lang",
            "en",
            "print",
            "4",
            "--case",
            "0042-2026-000001-3",
            "--lang",
            "kk",
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    assert_eq!(
        count(
            dir.path(),
            "SELECT COUNT(*) FROM issued_forms WHERE annex = '4' AND lang = 'kk' AND copies = 2"
        ),
        // The receipt printed at acceptance, then this copy.
        2
    );
    let sha: String = common::connect(&dir.path().join("emigration-desk.sqlite3"))
        .query_row(
            "SELECT sha256 FROM issued_forms ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(sha, emigration_desk::print::digest(&bytes));
}

#[test]
fn print_refuses_bad_requests_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "state-corporation");
    assert!(run(dir.path(), &["case", "import", SAMPLE, "--accept"])
        .status
        .success());
    let pdf = dir.path().join("out.pdf");
    let p = pdf.to_str().unwrap();
    for (args, says) in [
        (
            vec![
                "print",
                "6",
                "--case",
                "0042-2026-000001-3",
                "--lang",
                "kk",
                "-o",
                p,
            ],
            "Unknown form",
        ),
        (
            vec![
                "print",
                "4",
                "--case",
                "0042-2026-000002-1",
                "--lang",
                "kk",
                "-o",
                p,
            ],
            "No case",
        ),
        (
            vec![
                "print",
                "4",
                "--case",
                "0042-2026-000001-3",
                "--lang",
                "en",
                "-o",
                p,
            ],
            "kk or ru",
        ),
    ] {
        let mut all = vec!["--ui-lang", "en"];
        all.extend(args);
        let o = run(dir.path(), &all);
        assert_eq!(o.status.code(), Some(1), "{all:?}");
        assert!(err(&o).contains(says), "{}", err(&o));
        assert!(!pdf.exists());
    }
    // A directory that does not exist: the PDF cannot be written, so the
    // form is not recorded as issued and no partial file is left.
    let missing = dir.path().join("no-such-dir").join("out.pdf");
    let o = run(
        dir.path(),
        &[
            "--ui-lang",
            "en",
            "print",
            "4",
            "--case",
            "0042-2026-000001-3",
            "--lang",
            "ru",
            "-o",
            missing.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(3), "{}", err(&o));
    // Only the receipt printed at acceptance.
    assert_eq!(count(dir.path(), "SELECT COUNT(*) FROM issued_forms"), 1);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(leftovers.is_empty());
}

// The stand-ins for xdg-open and lp are shell scripts.
#[cfg(unix)]
#[test]
fn print_opens_the_pdf_in_the_system_viewer() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "state-corporation");
    assert!(run(dir.path(), &["case", "import", SAMPLE, "--accept"])
        .status
        .success());
    // A stand-in for the desktop's opener records what it was asked to open.
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let log = dir.path().join("opened.txt");
    let script = format!("#!/bin/sh\necho \"$1\" > {}\n", log.display());
    for name in ["xdg-open", "lp"] {
        let path = bin.join(name);
        std::fs::write(&path, &script).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let pdf = dir.path().join("a4.pdf");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for flag in ["--open", "--printer"] {
        std::fs::remove_file(&log).ok();
        let o = Command::new(BIN)
            .arg("--data-dir")
            .arg(dir.path())
            .args([
                "print",
                "4",
                "--case",
                "0042-2026-000001-3",
                "--lang",
                "ru",
                "-o",
                pdf.to_str().unwrap(),
                flag,
            ])
            .env("PATH", &path)
            .env("EMIGRATION_DESK_TODAY", "2026-11-25")
            .env("EMIGRATION_DESK_USER", "admin")
            .env("EMIGRATION_DESK_PASSWORD", common::ADMIN_PASSWORD)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", err(&o));
        assert_eq!(
            std::fs::read_to_string(&log).unwrap().trim(),
            pdf.to_str().unwrap(),
            "{flag}"
        );
    }
    // No viewer at all: the PDF stays written and recorded, the error says so.
    let o = Command::new(BIN)
        .arg("--data-dir")
        .arg(dir.path())
        .args([
            "--ui-lang",
            "en",
            "print",
            "4",
            "--case",
            "0042-2026-000001-3",
            "--lang",
            "ru",
            "-o",
            pdf.to_str().unwrap(),
            "--open",
        ])
        .env("PATH", dir.path().join("empty"))
        .env("EMIGRATION_DESK_TODAY", "2026-11-25")
        .env("EMIGRATION_DESK_USER", "admin")
        .env("EMIGRATION_DESK_PASSWORD", common::ADMIN_PASSWORD)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("The form is saved"), "{}", err(&o));
    assert!(pdf.exists());
    assert_eq!(count(dir.path(), "SELECT COUNT(*) FROM issued_forms"), 4);
}

/// The office has one name and one address, in Kazakh and in Russian: the
/// administrator changes them (`office set`, audited), a Russian form
/// prints the Russian ones and a Kazakh form the Kazakh; a clerk may not
/// change them.
#[test]
fn the_office_is_named_in_both_languages_and_each_form_prints_its_own() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "state-corporation");
    let o = run(
        dir.path(),
        &[
            "--ui-lang",
            "en",
            "office",
            "set",
            "--name-ru",
            "Филиал НАО «Правительство для граждан» по г. Астана",
            "--address-ru",
            "г. Астана, проспект Туран, 1",
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    let v: serde_json::Value =
        serde_json::from_str(&out(&run(dir.path(), &["office", "show"]))).unwrap();
    assert_eq!(v["address_ru"], "г. Астана, проспект Туран, 1");
    assert_eq!(v["address"], "Astana, Turan 1");
    // An empty Russian name is refused at its field.
    let o = run(
        dir.path(),
        &["--ui-lang", "en", "office", "set", "--name-ru", " "],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("in Kazakh and in Russian"), "{}", err(&o));

    let mut unpaid: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SAMPLE).unwrap()).unwrap();
    unpaid["fee"] = serde_json::Value::Null;
    let file = dir.path().join("unpaid.json");
    std::fs::write(&file, unpaid.to_string()).unwrap();
    let o = run(
        dir.path(),
        &["case", "import", file.to_str().unwrap(), "--refuse"],
    );
    assert!(o.status.success(), "{}", err(&o));
    for (lang, want, not) in [
        ("ru", "г. Астана, проспект Туран, 1", "Astana, Turan 1"),
        ("kk", "Astana, Turan 1", "проспект Туран"),
    ] {
        let pdf = dir.path().join(format!("a5-{lang}.pdf"));
        let o = run(
            dir.path(),
            &[
                "print",
                "5",
                "--case",
                "0042-2026-000001-3",
                "--lang",
                lang,
                "-o",
                pdf.to_str().unwrap(),
            ],
        );
        assert!(o.status.success(), "{}", err(&o));
        let text = common::pdf_words(&pdf);
        assert!(text.contains(want) && !text.contains(not), "{lang}: {text}");
    }

    // A clerk may not rename the office.
    let o = Command::new(BIN)
        .arg("--data-dir")
        .arg(dir.path())
        .args([
            "user",
            "add",
            "--login",
            "clerk",
            "--name",
            "Клерк",
            "--role",
            "clerk",
        ])
        .env("EMIGRATION_DESK_USER", "admin")
        .env("EMIGRATION_DESK_PASSWORD", common::ADMIN_PASSWORD)
        .env("EMIGRATION_DESK_NEW_PASSWORD", "clerk password")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", err(&o));
    let o = Command::new(BIN)
        .arg("--data-dir")
        .arg(dir.path())
        .args(["--ui-lang", "en", "office", "set", "--name", "X"])
        .env("EMIGRATION_DESK_USER", "clerk")
        .env("EMIGRATION_DESK_PASSWORD", "clerk password")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
}

/// Para 11: a complaint's registration names whoever accepted it — the
/// signed-in user, always (no option to name someone else): on the
/// confirmation and in the list.
#[test]
fn a_complaint_names_the_user_who_accepted_it() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "state-corporation");
    let file = dir.path().join("complaint.json");
    std::fs::write(
        &file,
        serde_json::json!({
            "complainant": {"kind": "person", "full_name": "Сейтқали Ержан", "iin": "850115300001", "address": "Астана қ., Тұран 5"},
            "about": "state_corporation_employee",
            "addressee": "head_of_state_corporation",
            "text": "Кезекте көп күттім"
        })
        .to_string(),
    )
    .unwrap();
    let pdf = dir.path().join("confirmation.pdf");
    let o = run(
        dir.path(),
        &[
            "complaint",
            "register",
            file.to_str().unwrap(),
            "--lang",
            "kk",
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    // The administrator of tests/common is "Admin".
    let text = common::pdf_words(&pdf);
    assert!(text.contains("Қабылдаған: Admin"), "{text}");
    let list: serde_json::Value =
        serde_json::from_str(&out(&run(dir.path(), &["complaint", "list"]))).unwrap();
    assert_eq!(list[0]["accepted_by"], "Admin", "{list}");
    // The option to name someone else is gone.
    let o = run(
        dir.path(),
        &[
            "complaint",
            "register",
            file.to_str().unwrap(),
            "--lang",
            "kk",
            "--accepted-by",
            "Someone",
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
}

/// A package whose only defect is an underpaid fee is incomplete — it
/// cannot be accepted — and can be refused: the fee is among what is
/// missing, and Annex 5 names it with the amount that was due.
#[test]
fn an_underpaid_fee_is_missing_and_refusable() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "state-corporation");
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SAMPLE).unwrap()).unwrap();
    v["fee"]["amount_tenge"] = 3000.into();
    let file = dir.path().join("underpaid.json");
    std::fs::write(&file, v.to_string()).unwrap();
    let o = run(
        dir.path(),
        &[
            "--ui-lang",
            "en",
            "case",
            "import",
            file.to_str().unwrap(),
            "--accept",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "not accepted: {}", out(&o));
    let o = run(
        dir.path(),
        &[
            "--ui-lang",
            "en",
            "case",
            "import",
            file.to_str().unwrap(),
            "--refuse",
        ],
    );
    assert!(o.status.success(), "{}{}", out(&o), err(&o));
    assert!(out(&o).contains("[9(6)]"), "{}", out(&o));
    let pdf = dir.path().join("a5.pdf");
    let n = out(&o)
        .split_whitespace()
        .find(|w| w.starts_with("0042-"))
        .unwrap()
        .to_string();
    let o = run(
        dir.path(),
        &[
            "print",
            "5",
            "--case",
            &n,
            "--lang",
            "ru",
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    let text = common::pdf_words(&pdf);
    assert!(text.contains("(к уплате: 4 325 ₸)"), "{text}");
}

/// Issue 28: a supervisor may not open a case (the permission table): the
/// command line's import is refused with the reason, and nothing is stored.
#[test]
fn a_supervisor_cannot_import_an_intake() {
    let dir = tempfile::tempdir().unwrap();
    init(dir.path(), "state-corporation");
    common::add_user(dir.path(), "boss", "supervisor", "boss password");
    let o = Command::new(BIN)
        .arg("--data-dir")
        .arg(dir.path())
        .args(["--ui-lang", "en", "case", "import", SAMPLE, "--accept"])
        .env("EMIGRATION_DESK_TODAY", "2026-11-25")
        .env("EMIGRATION_DESK_USER", "boss")
        .env("EMIGRATION_DESK_PASSWORD", "boss password")
        .env_remove(emigration_desk::store::DATA_DIR_ENV)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}{}", out(&o), err(&o));
    assert!(
        err(&o).contains("Your role (supervisor) may not"),
        "{}",
        err(&o)
    );
    assert_eq!(count(dir.path(), "SELECT COUNT(*) FROM cases"), 0);
}
