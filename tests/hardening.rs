//! Inputs that cannot poison the store or a form, through the binary.

mod common;

use common::{bin, count, err, init_office, SAMPLE};

#[test]
fn a_file_with_two_intakes_is_refused_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init_office(dir, "state-corporation", "42");
    let one = std::fs::read_to_string(SAMPLE).unwrap();
    let two = dir.join("two.json");
    std::fs::write(&two, format!("{one}\n{one}")).unwrap();
    let o = bin(
        dir,
        "2026-11-25",
        &["--ui-lang", "en", "case", "import", two.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(err(&o).contains("trailing characters"), "{}", err(&o));
    assert_eq!(count(dir, "SELECT COUNT(*) FROM cases"), 0);
}

#[test]
fn an_oversized_input_is_not_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init_office(dir, "state-corporation", "42");
    let big = dir.join("big.json");
    std::fs::write(&big, vec![b' '; 5 * 1024 * 1024]).unwrap();
    let o = bin(
        dir,
        "2026-11-25",
        &["--ui-lang", "en", "case", "import", big.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(err(&o).contains("larger than 4 MB"), "{}", err(&o));
}

#[test]
fn control_characters_and_a_placeholder_iin_are_refused_at_their_field() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init_office(dir, "state-corporation", "42");
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SAMPLE).unwrap()).unwrap();
    v["registered_address"] = "Астана қ.\u{202E}5 .вд".into();
    v["applicant"]["iin"] = "000000000000".into();
    let f = dir.join("bad.json");
    std::fs::write(&f, v.to_string()).unwrap();
    let o = bin(
        dir,
        "2026-11-25",
        &["--ui-lang", "en", "case", "import", f.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(err(&o).contains("registered_address"), "{}", err(&o));
    assert!(err(&o).contains("applicant.iin"), "{}", err(&o));
    assert_eq!(count(dir, "SELECT COUNT(*) FROM cases"), 0);
    let o = bin(
        dir,
        "2026-11-25",
        &["--ui-lang", "en", "check-iin", "000000000000"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("placeholder"), "{}", err(&o));
}

/// A rule file the administrator might import, refused with its reason and
/// nothing stored.
fn refused_rules(dir: &std::path::Path, kind: &str, json: &serde_json::Value, why: &str) {
    let f = dir.join(format!("{kind}.json"));
    std::fs::write(&f, json.to_string()).unwrap();
    let o = bin(
        dir,
        "2026-11-25",
        &[
            "--ui-lang",
            "en",
            "rules",
            "import",
            kind,
            f.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{why}: {}", err(&o));
    assert!(err(&o).contains(why), "{why}: {}", err(&o));
    assert_eq!(count(dir, "SELECT COUNT(*) FROM rule_data"), 0);
}

#[test]
fn rule_files_that_would_break_the_workstation_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init_office(dir, "state-corporation", "42");
    let shipped: serde_json::Value = serde_json::from_str(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/rules/profile-standard.json"
    )))
    .unwrap();
    let mut typo = shipped.clone();
    typo["fee"]["mci_multipel"] = 1.into();
    refused_rules(dir, "profile", &typo, "unknown field `mci_multipel`");
    let mut zero = shipped.clone();
    zero["fee"]["mci_multiple"] = 0.into();
    refused_rules(dir, "profile", &zero, "mci_multiple must be 1..100");
    let mut future = shipped.clone();
    future["effective_from"] = "2099-01-01".into();
    refused_rules(
        dir,
        "profile",
        &future,
        "no regulation profile would be in force",
    );
    let every_day: Vec<serde_json::Value> = (1..=12)
        .flat_map(|m| (1..=28).map(move |d| serde_json::json!({"month": m, "day": d})))
        .collect();
    let cal = serde_json::json!({"fixed_holidays": every_day});
    refused_rules(dir, "calendar", &cal, "more days off than any year has");
}

/// Every file of a directory, byte for byte.
fn files(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            v.extend(files(&p));
        } else {
            v.push((p.clone(), std::fs::read(&p).unwrap_or_default()));
        }
    }
    v.sort();
    v
}

/// A data directory that cannot be written (a read-only mount, a disk kept
/// for an inquiry): `db check` reads it without changing a byte and says
/// so; a command that would show personal data — which must be audited —
/// refuses and names the cause. As root (who may write anywhere) the
/// program runs as `nobody` on a directory of nobody's without write
/// permission.
#[test]
fn a_read_only_data_directory_is_checked_read_only_and_other_commands_name_the_cause() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    init_office(&dir, "state-corporation", "42");
    let o = bin(&dir, "2026-11-25", &["case", "import", SAMPLE, "--accept"]);
    assert!(o.status.success(), "{}", err(&o));
    // SAFETY: getuid only reads the process's user id.
    let root = unsafe { libc::getuid() } == 0;
    if root {
        let o = std::process::Command::new("chown")
            .args(["-R", "65534:65534"])
            .arg(tmp.path())
            .output()
            .unwrap();
        assert!(o.status.success());
    }
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o500)).unwrap();
    let run = |args: &[&str]| {
        let mut c = if root {
            let mut c = std::process::Command::new("setpriv");
            c.args([
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                common::BIN,
            ]);
            c
        } else {
            std::process::Command::new(common::BIN)
        };
        c.arg("--data-dir")
            .arg(&dir)
            .arg("--ui-lang")
            .arg("en")
            .args(args)
            .env("EMIGRATION_DESK_TODAY", "2026-11-25")
            .env("EMIGRATION_DESK_USER", "admin")
            .env("EMIGRATION_DESK_PASSWORD", common::ADMIN_PASSWORD)
            .env("HOME", tmp.path())
            .env_remove(emigration_desk::store::DATA_DIR_ENV)
            .output()
            .unwrap()
    };
    let before = files(&dir);
    let o = run(&["db", "check"]);
    assert!(o.status.success(), "{} {}", common::out(&o), err(&o));
    assert!(
        common::out(&o).contains("checked read-only"),
        "{}",
        common::out(&o)
    );
    assert!(common::out(&o).contains("sound"), "{}", common::out(&o));
    let o = run(&["case", "find", "850115300001"]);
    assert_eq!(o.status.code(), Some(3), "{}", common::out(&o));
    assert!(err(&o).contains("cannot be written"), "{}", err(&o));
    assert!(
        !common::out(&o).contains("Сейтқали"),
        "nothing shown unaudited"
    );
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert_eq!(files(&dir), before, "not a byte changed");
}

/// A login that cannot be given is named as such, not "no user".
#[test]
fn a_bad_login_says_what_a_login_may_be() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init_office(dir, "state-corporation", "42");
    for (lang, bad, says) in [
        ("en", "Иван Петров", "cannot be a login"),
        ("ru", "clerk one", "не может быть логином"),
        ("kk", "", "логин бола алмайды"),
    ] {
        let o = std::process::Command::new(common::BIN)
            .arg("--data-dir")
            .arg(dir)
            .args(["--ui-lang", lang, "user", "add", "--login", bad])
            .args(["--name", "Clerk", "--role", "clerk"])
            .env("EMIGRATION_DESK_USER", "admin")
            .env("EMIGRATION_DESK_PASSWORD", common::ADMIN_PASSWORD)
            .env("EMIGRATION_DESK_NEW_PASSWORD", "a good password")
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{}", err(&o));
        assert!(err(&o).contains(says), "{lang}: {}", err(&o));
        assert!(!err(&o).to_lowercase().contains("no user"), "{}", err(&o));
    }
}

/// A row SQLite's checks pass but the program cannot read back — here a
/// case whose id is no longer an id — is named by `db check`, as
/// `case show` would fail on it.
#[test]
fn db_check_reads_every_case_back() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init_office(dir, "state-corporation", "42");
    let o = bin(dir, "2026-11-25", &["case", "import", SAMPLE, "--accept"]);
    assert!(o.status.success(), "{}", err(&o));
    let o = bin(dir, "2026-11-25", &["--ui-lang", "en", "db", "check"]);
    assert!(o.status.success(), "{}", common::out(&o));
    let number: String = common::db(dir)
        .query_row("SELECT number FROM cases", [], |r| r.get(0))
        .unwrap();
    common::db(dir)
        .execute("UPDATE cases SET id = 'not-an-id'", [])
        .unwrap();
    let o = bin(
        dir,
        "2026-11-25",
        &["--ui-lang", "en", "case", "show", &number],
    );
    assert!(!o.status.success(), "case show cannot read it either");
    let o = bin(dir, "2026-11-25", &["--ui-lang", "en", "db", "check"]);
    assert_eq!(o.status.code(), Some(3), "{}", common::out(&o));
    assert!(
        common::out(&o).contains(&format!("case {number}: cannot be read back")),
        "{}",
        common::out(&o)
    );
}

/// An IIN pasted with spaces or a line separator inside is one person's
/// number: stored as its twelve digits, found by search, and the second
/// intake of the same person is the "open case" it is, not a fourth case.
/// A child with the applicant's own number, the same child twice, a fee
/// of u64::MAX, and invisible direction marks, joiners and separators in
/// a name are refused at their fields.
#[test]
fn identity_numbers_are_stored_in_one_form_and_impossible_rows_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init_office(dir, "state-corporation", "42");
    let sample: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SAMPLE).unwrap()).unwrap();
    let iin = sample["applicant"]["iin"].as_str().unwrap().to_string();
    let spaced = [
        format!("{} {} {}", &iin[..6], &iin[6..9], &iin[9..]),
        format!("{}\u{2028}{}", &iin[..6], &iin[6..]),
        format!("{}\u{2029}", iin),
        format!("\u{00A0}{iin}"),
    ];
    let import = |name: &str, v: &serde_json::Value, extra: &[&str]| {
        let f = dir.join(name);
        std::fs::write(&f, v.to_string()).unwrap();
        let mut args = vec!["--ui-lang", "en", "case", "import", f.to_str().unwrap()];
        args.extend_from_slice(extra);
        bin(dir, "2026-11-25", &args)
    };
    let mut v = sample.clone();
    v["applicant"]["iin"] = spaced[0].clone().into();
    let o = import("first.json", &v, &["--accept"]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(
        count(
            dir,
            &format!("SELECT COUNT(*) FROM cases WHERE iin = '{iin}'")
        ),
        1
    );
    for (i, s) in spaced[1..].iter().enumerate() {
        let mut v = sample.clone();
        v["applicant"]["iin"] = s.clone().into();
        let o = import(&format!("again{i}.json"), &v, &["--accept"]);
        assert_eq!(o.status.code(), Some(1), "{s:?}: {}", err(&o));
        assert!(err(&o).contains("already has an open case"), "{}", err(&o));
    }
    assert_eq!(count(dir, "SELECT COUNT(*) FROM cases"), 1);
    let o = bin(dir, "2026-11-25", &["case", "find", &spaced[1]]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(
        common::out(&o).matches("0042-2026-").count(),
        1,
        "{}",
        common::out(&o)
    );

    // Rows that cannot be.
    let mut v = sample.clone();
    v["applicant"]["iin"] = "850115300001".into();
    let child0 = v["children"][0]["iin"].clone();
    v["children"][0]["iin"] = "850115 300001".into();
    v["children"][2]["iin"] = child0;
    v["children"][1]["iin"] = v["children"][2]["iin"].clone();
    v["fee"]["amount_tenge"] = u64::MAX.into();
    v["applicant"]["surname"] = "Сейт\u{200F}қали".into();
    v["applicant"]["given_name"] = "Ер\u{200D}жан".into();
    v["applicant"]["patronymic"] = "Ержан\u{2028}ұлы".into();
    let o = import("impossible.json", &v, &["--accept"]);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    let e = err(&o);
    for field in [
        "children[0].iin",
        "children[2].iin",
        "fee.amount_tenge",
        "applicant.surname",
        "applicant.given_name",
        "applicant.patronymic",
    ] {
        assert!(e.contains(field), "{field} not refused: {e}");
    }
    assert!(e.contains("applicant's own IIN"), "{e}");
    assert!(e.contains("already given for another child"), "{e}");
    assert_eq!(count(dir, "SELECT COUNT(*) FROM cases"), 1);
}

/// The command line's small edges: a reader that stops reading ends it
/// quietly (no panic, no exit 101); a device with no end is read only to
/// the input limit; an answer to a complaint that does not exist says so
/// (exit 1, not "stored data is damaged"); `sync configure` takes the hub's
/// user as `--nats-user`, beside the global `--user` who signs in.
#[test]
fn the_command_lines_edges_fail_plainly() {
    use std::process::{Command, Stdio};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init_office(dir, "state-corporation", "42");
    let o = bin(dir, "2026-11-25", &["case", "import", SAMPLE, "--accept"]);
    assert!(o.status.success(), "{}", err(&o));
    let number = common::out(&o)
        .split_whitespace()
        .find(|w| w.starts_with("0042-"))
        .unwrap()
        .trim_end_matches(['.', ','])
        .to_string();

    // `case show N | true`: the reader is gone before the command writes
    // (signing in takes a moment), so its first write meets a closed pipe.
    let mut child = Command::new(common::BIN)
        .arg("--data-dir")
        .arg(dir)
        .args(["case", "show", &number])
        .env("EMIGRATION_DESK_TODAY", "2026-11-25")
        .env("EMIGRATION_DESK_USER", "admin")
        .env("EMIGRATION_DESK_PASSWORD", common::ADMIN_PASSWORD)
        .env_remove(emigration_desk::store::DATA_DIR_ENV)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    assert_ne!(o.status.code(), Some(101), "{}", err(&o));
    assert!(!err(&o).contains("panicked"), "{}", err(&o));

    let o = bin(
        dir,
        "2026-11-25",
        &["--ui-lang", "en", "case", "import", "/dev/zero"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(err(&o).contains("larger than 4 MB"), "{}", err(&o));

    let o = bin(
        dir,
        "2026-11-25",
        &[
            "--ui-lang",
            "en",
            "complaint",
            "answer",
            "999",
            "--text",
            "Жауап",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(
        err(&o).contains("no complaint with this number"),
        "{}",
        err(&o)
    );

    let o = bin(
        dir,
        "2026-11-25",
        &[
            "--user",
            "admin",
            "sync",
            "configure",
            "--url",
            "nats://127.0.0.1:4222",
            "--nats-user",
            "office_42",
            "--workstation",
            "a",
            "--disable",
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    let o = bin(dir, "2026-11-25", &["sync", "status"]);
    let v: serde_json::Value = serde_json::from_str(&common::out(&o)).unwrap();
    assert_eq!(v["nats_user"], "office_42");
}

/// A receipt lost to a crash after the commit: the retry with the same
/// `--draft-id` stores nothing new but issues the receipt no record says
/// was issued; once issued, a further retry issues none.
#[test]
fn the_retry_of_an_import_reissues_a_receipt_a_crash_lost() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init_office(dir, "state-corporation", "42");
    let import = |pdf: &str| {
        let o = bin(
            dir,
            "2026-11-25",
            &[
                "--ui-lang",
                "en",
                "case",
                "import",
                SAMPLE,
                "--accept",
                "--draft-id",
                "portal-7781",
                "--receipt",
                dir.join(pdf).to_str().unwrap(),
            ],
        );
        assert!(o.status.success(), "{}", err(&o));
        common::out(&o)
    };
    import("r1.pdf");
    assert!(dir.join("r1.pdf").exists());
    // The crash: the receipt's record and file never came to be.
    common::db(dir)
        .execute("DELETE FROM issued_forms", [])
        .unwrap();
    std::fs::remove_file(dir.join("r1.pdf")).unwrap();
    let again = import("r2.pdf");
    assert!(again.contains("already"), "{again}");
    assert!(dir.join("r2.pdf").exists(), "{again}");
    let words = common::pdf_words(&dir.join("r2.pdf"));
    assert!(words.contains("0042-2026-000001"), "{words}");
    assert_eq!(count(dir, "SELECT COUNT(*) FROM issued_forms"), 1);
    assert_eq!(count(dir, "SELECT COUNT(*) FROM cases"), 1);
    import("r3.pdf");
    assert!(!dir.join("r3.pdf").exists(), "issued once");
    assert_eq!(count(dir, "SELECT COUNT(*) FROM issued_forms"), 1);
}

/// A print killed between writing and renaming leaves `.NAME.PID.part`
/// beside the output; the next print to that file removes it (its process
/// is gone), and leaves a running writer's alone.
#[test]
fn a_killed_prints_part_file_is_removed_by_the_next_print() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init_office(dir, "state-corporation", "42");
    let out_dir = dir.join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let o = bin(dir, "2026-11-25", &["case", "import", SAMPLE, "--accept"]);
    assert!(o.status.success(), "{}", err(&o));
    // PID 4194304 is past Linux's largest: no such process.
    let stale = out_dir.join(".a4.pdf.4194304.part");
    std::fs::write(&stale, b"%PDF-1.7 half a form").unwrap();
    let running = out_dir.join(format!(".a4.pdf.{}.part", std::process::id()));
    std::fs::write(&running, b"%PDF-1.7 being written").unwrap();
    let o = bin(
        dir,
        "2026-11-25",
        &[
            "print",
            "4",
            "--case",
            "0042-2026-000001-3",
            "-o",
            out_dir.join("a4.pdf").to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    assert!(out_dir.join("a4.pdf").exists());
    assert!(!stale.exists(), "the killed print's part file is gone");
    assert!(running.exists(), "a running writer's part is left alone");
}
