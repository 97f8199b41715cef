//! A case's whole life through the real binary, one command a day as an
//! office works: every step on its own date, every form it makes printed
//! and read back from the PDF, and every form refused where it does not
//! exist.

mod common;
#[path = "common/pair.rs"]
mod pair;

use common::{count, err, out, pdf_words, SAMPLE};
use std::path::{Path, PathBuf};
use std::process::Output;

/// The seven annexes, in the standard's order.
const ANNEXES: [&str; 7] = ["1", "1-1", "2", "3", "4", "4-1", "5"];

/// Runs the binary on `dir` as if today were `today`, messages in English.
fn run(dir: &Path, today: &str, args: &[&str]) -> Output {
    let mut all = vec!["--ui-lang", "en"];
    all.extend_from_slice(args);
    common::bin(dir, today, &all)
}

/// Runs a command that must succeed; returns its standard output.
fn ok(dir: &Path, today: &str, args: &[&str]) -> String {
    let o = run(dir, today, args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{args:?} on {today}\nstdout: {}\nstderr: {}",
        out(&o),
        err(&o)
    );
    out(&o)
}

fn init(dir: &Path, kind: &str, code: &str) {
    common::init_office(dir, kind, code);
}

/// The case number an import reports ("Case 0042-2026-000001-3 stored").
fn number_in(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_digit()))
        .find(|w| {
            let parts: Vec<&str> = w.split('-').collect();
            parts.len() == 4
                && [4, 4, 6, 1]
                    .iter()
                    .zip(&parts)
                    .all(|(n, p)| p.len() == *n && p.chars().all(|c| c.is_ascii_digit()))
        })
        .unwrap_or_else(|| panic!("no case number in {text:?}"))
        .to_string()
}

/// The sample questionnaire changed by `f`, written to `dir/name`.
fn intake_file(dir: &Path, name: &str, f: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SAMPLE).unwrap()).unwrap();
    f(&mut v);
    let path = dir.join(name);
    std::fs::write(&path, v.to_string()).unwrap();
    path
}

/// The sample with the papers a police office needs on paper (nothing
/// comes from the information system there): a complete package.
fn police_intake(dir: &Path) -> PathBuf {
    intake_file(dir, "police.json", on_paper)
}

/// The papers a police office needs on paper, added to a questionnaire.
fn on_paper(v: &mut serde_json::Value) {
    {
        let docs = v["documents"].as_array_mut().unwrap();
        for (requirement, subject) in [
            ("identity_card", serde_json::json!("applicant")),
            ("passport", serde_json::json!("applicant")),
            ("birth_certificate", serde_json::json!({"child": 0})),
            ("birth_certificate", serde_json::json!({"child": 1})),
            ("birth_certificate", serde_json::json!({"child": 2})),
            ("fee_receipt", serde_json::json!("applicant")),
        ] {
            docs.push(serde_json::json!({
                "requirement": requirement,
                "subject": subject,
                "via": "paper",
            }));
        }
    }
}

/// Stage 1 for the bodies not yet heard: a positive conclusion from each
/// (the office asks the five default bodies).
fn conclude(dir: &Path, today: &str, number: &str, bodies: &[&str]) {
    for body in bodies {
        let reference = format!("{body}-1");
        ok(
            dir,
            today,
            &[
                "case",
                "conclude",
                number,
                "--body",
                body,
                "--reference",
                &reference,
            ],
        );
    }
}

fn show(dir: &Path, today: &str, number: &str) -> serde_json::Value {
    let text = ok(dir, today, &["case", "show", number, "--json"]);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn event_types(v: &serde_json::Value) -> Vec<String> {
    v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap().to_string())
        .collect()
}

fn issued(dir: &Path) -> i64 {
    count(dir, "SELECT COUNT(*) FROM issued_forms")
}

/// A phrase of each form's Kazakh text that no other form has (the
/// title, or a stable part of it).
fn phrase(annex: &str) -> &'static str {
    match annex {
        "1" => "құжаттарды ресімдеу туралы шеш",
        "1-1" => "Мемлекеттік қызметті ұсынудан бас тарту туралы хабарлама",
        "2" => "САУАЛНАМА–ӨТІНІШ",
        "3" => "ішкі істер органдарының атауы көрсетілсін",
        "4" => "алушыдан құжаттарды қабылдау туралы қолхат",
        "4-1" => "Әскери есептен шығаруға және тіркеуден шығаруға арналған",
        "5" => "Құжаттарды қабылдаудан бас тарту туралы қолхат",
        other => panic!("no annex {other}"),
    }
}

/// Checks that `path` is the Kazakh `annex` of case `number`; returns its text.
fn assert_form(path: &Path, annex: &str, number: &str) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(bytes.starts_with(b"%PDF"), "{}", path.display());
    let text = pdf_words(path);
    for want in [
        format!("стандартына {annex}-қосымша"),
        format!("Іс № {number}"),
        phrase(annex).to_string(),
    ] {
        assert!(
            text.contains(&want),
            "Annex {annex} ({}) lacks {want:?}:\n{text}",
            path.display()
        );
    }
    text
}

/// Prints `annex` of `number` in Kazakh to `dir/file`: must succeed, add
/// one issued_forms row, and be that form. Returns its text.
fn print_ok(dir: &Path, today: &str, number: &str, annex: &str, file: &str) -> String {
    let pdf = dir.join(file);
    let before = issued(dir);
    let stdout = ok(
        dir,
        today,
        &[
            "print",
            annex,
            "--case",
            number,
            "--lang",
            "kk",
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(stdout.contains(number), "{stdout}");
    assert_eq!(issued(dir), before + 1, "Annex {annex} recorded as issued");
    assert_form(&pdf, annex, number)
}

/// Prints `annex` of `number`: must be refused with exit 1, naming the
/// annex, with no file written and nothing recorded.
fn print_refused(dir: &Path, today: &str, number: &str, annex: &str, file: &str) {
    let pdf = dir.join(file);
    let before = issued(dir);
    let o = run(
        dir,
        today,
        &[
            "print",
            annex,
            "--case",
            number,
            "--lang",
            "kk",
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert_eq!(
        o.status.code(),
        Some(1),
        "Annex {annex} of {number} must be refused\nstdout: {}\nstderr: {}",
        out(&o),
        err(&o)
    );
    assert!(
        err(&o).contains(&format!("Annex {annex} ")),
        "the refusal names Annex {annex}: {}",
        err(&o)
    );
    assert!(!pdf.exists(), "{} was written", pdf.display());
    assert_eq!(issued(dir), before, "Annex {annex} recorded as issued");
}

/// A State Corporation department accepts; the review is the migration
/// police office's (para 10, the stages of para 9): its steps are refused
/// at the department with the reason, and none is offered there.
#[test]
fn a_state_corporation_department_does_not_review() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir, "state-corporation", "42");
    let n = number_in(&ok(
        dir,
        "2026-11-25",
        &["case", "import", SAMPLE, "--accept"],
    ));
    let events = event_types(&show(dir, "2026-11-25", &n));
    for step in [
        vec![
            "case",
            "conclude",
            &n,
            "--body",
            "security",
            "--reference",
            "S-1",
        ],
        vec!["case", "refuse", &n, "--ground", "8"],
        vec!["case", "approve", &n],
        vec!["case", "decide", &n],
    ] {
        let o = run(dir, "2026-12-01", &step);
        assert_eq!(o.status.code(), Some(1), "{step:?}: {}{}", out(&o), err(&o));
        assert!(
            err(&o).contains("recorded at the migration police office")
                || step[1] == "approve"
                || step[1] == "decide",
            "{step:?}: {}",
            err(&o)
        );
    }
    assert_eq!(event_types(&show(dir, "2026-12-01", &n)), events);
    let actions: serde_json::Value =
        serde_json::from_str(&ok(dir, "2026-12-01", &["case", "actions", &n, "--json"])).unwrap();
    for review in ["conclusion", "approve", "refuse", "decide"] {
        assert!(
            !actions["actions"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a["action"] == review),
            "{review} offered at a department: {actions}"
        );
    }
}

#[test]
fn a_case_lives_its_whole_life_through_the_binary() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir, "migration-police", "7");

    // Accepted at the counter: the receipt (Annex 4) is written where
    // --receipt says, at once.
    let file = police_intake(dir);
    let receipt = dir.join("receipt-4.pdf");
    let stdout = ok(
        dir,
        "2026-11-25",
        &[
            "case",
            "import",
            file.to_str().unwrap(),
            "--accept",
            "--receipt",
            receipt.to_str().unwrap(),
        ],
    );
    let n = number_in(&stdout);
    assert!(n.starts_with("0007-2026-000001-"), "{n}");
    assert!(
        stdout.contains(receipt.to_str().unwrap()),
        "the receipt's path is printed: {stdout}"
    );
    assert_form(&receipt, "4", &n);
    assert_eq!(issued(dir), 1);
    let v = show(dir, "2026-11-25", &n);
    assert_eq!(v["status"], "under_review");
    assert_eq!(v["accepted_on"], "2026-11-25");
    assert_eq!(v["come_back_on"], "2026-12-17");
    let a4 = print_ok(dir, "2026-11-25", &n, "4", "a4.pdf");
    assert!(
        a4.contains("2026 \"17\" желтоқсан келуі қажет"),
        "the day to come back: {a4}"
    );
    // The questionnaire prints any time; an Annex 3 request only for a
    // person whose registration is unknown — the sample has none: refused,
    // saying so.
    print_ok(dir, "2026-11-26", &n, "2", "a2.pdf");
    print_refused(dir, "2026-11-26", &n, "3", "a3.pdf");
    let o = run(
        dir,
        "2026-11-26",
        &["print", "3", "--case", &n, "-o", "/dev/null"],
    );
    assert!(err(&o).contains("names nobody such"), "{}", err(&o));

    // A handover before the decision is refused in words, not by the
    // event's internal name.
    let o = run(dir, "2026-11-26", &["case", "hand-over", &n]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(
        err(&o).contains("“decision handed over” is not allowed while the case is: under review"),
        "{}",
        err(&o)
    );
    // (The log line on standard error keeps the technical detail.)
    let said: String = err(&o).lines().filter(|l| !l.contains("WARN")).collect();
    assert!(!said.contains("handed_over"), "{said}");

    // A body the office does not ask is refused, and nothing recorded.
    let before = event_types(&show(dir, "2026-12-01", &n));
    let o = run(
        dir,
        "2026-12-01",
        &[
            "case",
            "conclude",
            &n,
            "--body",
            "fbi",
            "--reference",
            "X-1",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(
        err(&o).contains("not an approving body this office asks"),
        "{}",
        err(&o)
    );
    assert_eq!(event_types(&show(dir, "2026-12-01", &n)), before);
    // Stage 1: two approving bodies conclude, both positive.
    ok(
        dir,
        "2026-12-01",
        &[
            "case",
            "conclude",
            &n,
            "--body",
            "security",
            "--reference",
            "S-2026/118",
        ],
    );
    ok(
        dir,
        "2026-12-01",
        &[
            "case",
            "conclude",
            &n,
            "--body",
            "military",
            "--reference",
            "M-2026/77",
        ],
    );
    assert_eq!(show(dir, "2026-12-01", &n)["status"], "under_review");
    // Two of the five bodies: no approval yet (para 9 stage 1), and the
    // refusal says which are missing.
    let o = run(dir, "2026-12-10", &["case", "approve", &n]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(
        err(&o).contains("State revenue body") || err(&o).contains("Мемлекеттік кірістер"),
        "{}",
        err(&o)
    );
    conclude(dir, "2026-12-02", &n, &["tax", "prosecution"]);
    // A body not asked for this applicant, with the reason.
    ok(
        dir,
        "2026-12-02",
        &[
            "case",
            "conclude",
            &n,
            "--body",
            "courts",
            "--not-asked",
            "no proceedings on record in the unified register",
        ],
    );
    // A negative conclusion is said explicitly and stops the approval; the
    // same body's later conclusion (positive unless said otherwise)
    // corrects it, and the log keeps both.
    ok(
        dir,
        "2026-12-02",
        &[
            "case",
            "conclude",
            &n,
            "--body",
            "tax",
            "--negative",
            "--reference",
            "T-2026/9",
        ],
    );
    let o = run(dir, "2026-12-10", &["case", "approve", &n]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(err(&o).contains("negative"), "{}", err(&o));
    ok(
        dir,
        "2026-12-02",
        &[
            "case",
            "conclude",
            &n,
            "--body",
            "tax",
            "--reference",
            "T-2026/10",
        ],
    );
    let told = event_types(&show(dir, "2026-12-02", &n));
    assert_eq!(
        told.iter().filter(|t| *t == "conclusion_recorded").count(),
        7,
        "{told:?}"
    );

    // Stage 2: approved; the direction (Annex 4-1) is valid 7 calendar
    // days from its issue.
    let actions: serde_json::Value =
        serde_json::from_str(&ok(dir, "2026-12-10", &["case", "actions", &n, "--json"])).unwrap();
    let approve = actions["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["action"] == "approve")
        .unwrap_or_else(|| panic!("approve is possible: {actions}"));
    assert_eq!(approve["valid_until"], "2026-12-17");
    ok(dir, "2026-12-10", &["case", "approve", &n]);
    assert_eq!(show(dir, "2026-12-10", &n)["status"], "approved");
    let a41 = print_ok(dir, "2026-12-10", &n, "4-1", "a4-1.pdf");
    assert!(
        a41.contains("2026 жылғы \"17\" желтоқсан"),
        "the direction's term: {a41}"
    );

    // Stage 3: the military certificate and the residence deregistration.
    ok(
        dir,
        "2026-12-14",
        &[
            "case",
            "military",
            &n,
            "--issuer",
            "Astana city defence department",
            "--certificate",
            "ВЕ-2026-0412",
        ],
    );
    ok(dir, "2026-12-14", &["case", "deregistered", &n]);
    assert_eq!(show(dir, "2026-12-14", &n)["status"], "approved");

    // Stage 4: the decision (Annex 1), then handed to the applicant.
    ok(dir, "2026-12-15", &["case", "decide", &n]);
    assert_eq!(show(dir, "2026-12-15", &n)["status"], "decision_issued");
    let a1 = print_ok(dir, "2026-12-15", &n, "1", "a1.pdf");
    assert!(a1.contains("Сейтқали Ержан Бақытжанұлы"), "{a1}");
    assert!(a1.contains("Германия"), "{a1}");
    ok(dir, "2026-12-16", &["case", "hand-over", &n]);

    let v = show(dir, "2026-12-16", &n);
    assert_eq!(v["status"], "handed_over");
    assert_eq!(
        event_types(&v),
        [
            "intake_opened",
            "accepted",
            "conclusion_recorded",
            "conclusion_recorded",
            "conclusion_recorded",
            "conclusion_recorded",
            "conclusion_recorded",
            "conclusion_recorded",
            "conclusion_recorded",
            "approved",
            "military_certificate_received",
            "residence_deregistered",
            "decision_issued",
            "handed_over",
        ]
    );
    let seqs: Vec<u64> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["seq"].as_u64().unwrap())
        .collect();
    assert_eq!(seqs, (1..=14).collect::<Vec<u64>>());
    // The decision handed over still reprints; the refusals never existed.
    print_ok(dir, "2026-12-16", &n, "1", "a1-again.pdf");
    print_refused(dir, "2026-12-16", &n, "1-1", "a1-1.pdf");
    print_refused(dir, "2026-12-16", &n, "5", "a5.pdf");
    // The receipt at acceptance and the five forms printed above.
    assert_eq!(issued(dir), 6);
}

#[test]
fn a_police_case_refused_after_the_direction_lapsed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir, "migration-police", "7");
    let file = police_intake(dir);
    let stdout = ok(
        dir,
        "2026-11-25",
        &["case", "import", file.to_str().unwrap(), "--accept"],
    );
    let n = number_in(&stdout);
    assert_eq!(show(dir, "2026-11-25", &n)["status"], "under_review");

    conclude(
        dir,
        "2026-12-01",
        &n,
        &["security", "military", "tax", "courts", "prosecution"],
    );
    ok(dir, "2026-12-10", &["case", "approve", &n]);
    let v = show(dir, "2026-12-10", &n);
    assert_eq!(v["status"], "approved");
    let events_before = event_types(&v);
    let direction = v["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["kind"] == "direction_validity")
        .unwrap_or_else(|| panic!("a direction deadline: {v}"));
    assert_eq!(direction["due"], "2026-12-17");

    // The Annex 4-1 note's own ground (0), not a para 10 item borrowed.
    let ground = "0".to_string();
    // On the last day the direction is valid, no refusal for a missing
    // certificate: exit 1 and nothing recorded.
    let o = run(
        dir,
        "2026-12-17",
        &["case", "refuse", &n, "--ground", &ground],
    );
    assert_eq!(o.status.code(), Some(1), "{}{}", out(&o), err(&o));
    assert!(err(&o).contains("17.12.2026"), "{}", err(&o));
    let v = show(dir, "2026-12-17", &n);
    assert_eq!(v["status"], "approved");
    assert_eq!(event_types(&v), events_before);
    let forms_before = issued(dir);
    print_refused(dir, "2026-12-17", &n, "1-1", "early-1-1.pdf");

    // The day after, the direction has lapsed without the certificate.
    // A para 10 item does not fit a lapsed direction.
    let o = run(dir, "2026-12-18", &["case", "refuse", &n, "--ground", "5"]);
    assert_eq!(o.status.code(), Some(1), "{}{}", out(&o), err(&o));
    ok(
        dir,
        "2026-12-18",
        &["case", "refuse", &n, "--ground", &ground],
    );
    let v = show(dir, "2026-12-18", &n);
    assert_eq!(v["status"], "refused");
    let mut expected = events_before.clone();
    expected.push("refused".into());
    assert_eq!(event_types(&v), expected);

    let a11 = print_ok(dir, "2026-12-18", &n, "1-1", "a1-1.pdf");
    assert!(a11.contains("анықтаманы ұсынбады"), "{a11}");
    assert!(!a11.contains("мерзімді әскери қызметін"), "{a11}");
    assert_eq!(issued(dir), forms_before + 1);

    // No decision exists for a refused case.
    let pdf = dir.join("a1.pdf");
    let o = run(
        dir,
        "2026-12-18",
        &[
            "print",
            "1",
            "--case",
            &n,
            "--lang",
            "kk",
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}{}", out(&o), err(&o));
    assert!(err(&o).contains("Annex 1 "), "{}", err(&o));
    assert!(!pdf.exists());
    assert_eq!(issued(dir), forms_before + 1);
}

/// The annexes that exist in each state, as the standard makes them
/// (written out here, not taken from the program): Annex 3 exists only for
/// someone whose registration is unknown, whom the sample has not.
const PRINTABLE: [(&str, &[&str]); 7] = [
    ("intake_open", &["2"]),
    ("refused_at_intake", &["2", "5"]),
    ("under_review", &["2", "4"]),
    ("approved", &["2", "4", "4-1"]),
    ("refused", &["1-1", "2", "4"]),
    ("decision_issued", &["1", "2", "4", "4-1"]),
    ("handed_over", &["1", "2", "4", "4-1"]),
];

/// Tries every annex of case `n`, which is in `state`, on `today`. At a
/// migration police office there is no Annex 5 (para 10: the receipt is
/// the State Corporation's).
fn every_annex(dir: &Path, today: &str, n: &str, state: &str) {
    assert_eq!(show(dir, today, n)["status"], state);
    let (_, exists) = PRINTABLE
        .iter()
        .find(|(s, _)| *s == state)
        .unwrap_or_else(|| panic!("no expectation for {state}"));
    let police = std::fs::read_to_string(dir.join("kind")).is_ok_and(|k| k == "police");
    let exists: Vec<&str> = exists
        .iter()
        .copied()
        .filter(|a| !(police && *a == "5"))
        .collect();
    for annex in ANNEXES {
        let file = format!("{state}-{annex}.pdf");
        if exists.contains(&annex) {
            print_ok(dir, today, n, annex, &file);
        } else {
            print_refused(dir, today, n, annex, &file);
        }
    }
}

#[test]
fn print_is_refused_where_the_form_does_not_exist() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir, "state-corporation", "42");

    // Kept open at intake.
    let open = number_in(&ok(dir, "2026-11-25", &["case", "import", SAMPLE]));
    every_annex(dir, "2026-11-25", &open, "intake_open");

    // Refused at intake: the fee was not paid.
    let unpaid = intake_file(dir, "unpaid.json", |v| v["fee"] = serde_json::Value::Null);
    let stdout = ok(
        dir,
        "2026-11-25",
        &["case", "import", unpaid.to_str().unwrap(), "--refuse"],
    );
    let refused_at_intake = number_in(&stdout);
    assert!(
        stdout.contains("Annex 5 of case") && stdout.contains("recorded as issued"),
        "the Annex 5 receipt: {stdout}"
    );
    every_annex(dir, "2026-11-25", &refused_at_intake, "refused_at_intake");

    // The same applicant already has an open case: a second one only when
    // asked (a retried import must not make one).
    let o = run(dir, "2026-11-25", &["case", "import", SAMPLE, "--accept"]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(err(&o).contains(&open), "names the open case: {}", err(&o));

    // The review and what follows, at a migration police office: the same
    // table, without Annex 5.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir, "migration-police", "7");
    std::fs::write(dir.join("kind"), "police").unwrap();
    let unpaid = intake_file(dir, "unpaid.json", |v| {
        on_paper(v);
        v["fee"] = serde_json::Value::Null;
        v["documents"]
            .as_array_mut()
            .unwrap()
            .retain(|d| d["requirement"] != "fee_receipt");
    });
    let stdout = ok(
        dir,
        "2026-11-25",
        &["case", "import", unpaid.to_str().unwrap(), "--refuse"],
    );
    assert!(
        !stdout.contains("Annex 5 of case"),
        "no Annex 5 here: {stdout}"
    );
    // What is missing is said all the same.
    assert!(
        stdout.contains("✗ [9(6)]") && stdout.contains("payment"),
        "the missing fee named: {stdout}"
    );
    let refused_at_intake = number_in(&stdout);
    every_annex(dir, "2026-11-25", &refused_at_intake, "refused_at_intake");
    let open = number_in(&ok(dir, "2026-11-25", &["case", "import", SAMPLE]));
    let sample = police_intake(dir);
    let sample = sample.to_str().unwrap();
    // Refused at review (ground 8 needs no "until").
    let stdout = ok(
        dir,
        "2026-11-25",
        &["case", "import", sample, "--accept", "--second-case"],
    );
    let refused = number_in(&stdout);
    ok(
        dir,
        "2026-12-03",
        &["case", "refuse", &refused, "--ground", "8"],
    );
    every_annex(dir, "2026-12-03", &refused, "refused");

    // One case through its life, every annex tried at each state.
    let stdout = ok(
        dir,
        "2026-11-25",
        &["case", "import", sample, "--accept", "--second-case"],
    );
    let n = number_in(&stdout);
    for other in [&open, &refused_at_intake, &refused] {
        assert_ne!(&n, other);
    }
    every_annex(dir, "2026-11-25", &n, "under_review");
    ok(
        dir,
        "2026-12-01",
        &[
            "case",
            "conclude",
            &n,
            "--body",
            "security",
            "--reference",
            "S-1",
        ],
    );
    conclude(
        dir,
        "2026-12-01",
        &n,
        &["military", "tax", "courts", "prosecution"],
    );
    ok(dir, "2026-12-10", &["case", "approve", &n]);
    every_annex(dir, "2026-12-10", &n, "approved");
    ok(dir, "2026-12-14", &["case", "not-liable", &n]);
    ok(dir, "2026-12-14", &["case", "deregistered", &n]);
    ok(dir, "2026-12-15", &["case", "decide", &n]);
    every_annex(dir, "2026-12-15", &n, "decision_issued");
    // A power of attorney notarised after the handover, or before the
    // applicant was born, is refused, naming why; nothing is recorded.
    for (notarised, why) in [
        (
            "2026-12-25",
            "notarised after the handover day (16.12.2026)",
        ),
        ("1900-01-01", "before the applicant was born (15.01.1985)"),
    ] {
        let o = run(
            dir,
            "2026-12-16",
            &[
                "case",
                "hand-over",
                &n,
                "--representative",
                "Сейтқалиева Динара Маратқызы",
                "--power-of-attorney",
                "ДС-2026-5512",
                "--notary",
                "Astana notary Ахметова А.",
                "--notarised-on",
                notarised,
            ],
        );
        assert_eq!(o.status.code(), Some(1), "{notarised}: {}", out(&o));
        assert!(err(&o).contains(why), "{notarised}: {}", err(&o));
        assert_eq!(show(dir, "2026-12-16", &n)["status"], "decision_issued");
    }
    ok(
        dir,
        "2026-12-16",
        &[
            "case",
            "hand-over",
            &n,
            "--representative",
            "Сейтқалиева Динара Маратқызы",
            "--power-of-attorney",
            "ДС-2026-5512",
            "--notary",
            "Astana notary Ахметова А.",
            "--notarised-on",
            "2026-12-01",
        ],
    );
    every_annex(dir, "2026-12-16", &n, "handed_over");
}

#[test]
fn importing_the_same_draft_twice_is_a_no_op_that_names_the_existing_case() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir, "state-corporation", "42");
    let args = [
        "case",
        "import",
        SAMPLE,
        "--accept",
        "--draft-id",
        "portal-123",
    ];
    let first = number_in(&ok(dir, "2026-11-25", &args));
    // A retry (the first answer was lost): success, and nothing done.
    let o = run(dir, "2026-11-25", &args);
    assert_eq!(o.status.code(), Some(0), "{}{}", out(&o), err(&o));
    assert!(
        out(&o).contains(&first) && out(&o).contains("nothing was done"),
        "names the case it became: {}",
        out(&o)
    );
    assert_eq!(count(dir, "SELECT COUNT(*) FROM cases"), 1);
    // Nor a second receipt.
    assert_eq!(issued(dir), 1);
}

#[test]
fn an_annex_3_answer_that_the_person_is_registered_brings_the_agreement_back() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir, "migration-police", "7");
    // A spouse staying behind whose whereabouts are unknown: the Annex 3
    // request stands in for the alimony agreement.
    let file = intake_file(dir, "dependant.json", |v| {
        on_paper(v);
        v["dependants"] = serde_json::json!([{
            "full_name": "Сейтқали Айгүл Маратқызы",
            "relationship": "spouse",
            "whereabouts": "unknown",
        }]);
        v["documents"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
                "requirement": "registration_request",
                "subject": {"dependant": 0},
                "via": "paper",
            }));
    });
    let stdout = ok(
        dir,
        "2026-11-25",
        &["case", "import", file.to_str().unwrap(), "--accept"],
    );
    let n = number_in(&stdout);
    conclude(
        dir,
        "2026-12-01",
        &n,
        &["security", "military", "tax", "courts", "prosecution"],
    );
    // The internal affairs body answers: she is registered in Astana.
    ok(
        dir,
        "2026-12-02",
        &[
            "case",
            "answer",
            &n,
            "--person",
            "Сейтқали Айгүл Маратқызы, жұбайы",
            "--registered",
            "--details",
            "Астана қ., Абай 3",
            "--reference",
            "ІІД-55",
            "--subject",
            "dependant:1",
        ],
    );
    // The agreement (or a court decision) is required again: no approval,
    // and the checklist says so — the item is back, missing, marked as the
    // answer's (in the text and in the JSON).
    let o = run(dir, "2026-12-10", &["case", "approve", &n]);
    assert_eq!(o.status.code(), Some(1), "{}{}", out(&o), err(&o));
    assert!(err(&o).contains("must be presented first"), "{}", err(&o));
    let v = show(dir, "2026-12-10", &n);
    assert_eq!(v["checklist"]["complete"], false, "{v}");
    let again: Vec<&serde_json::Value> = v["checklist"]["missing"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["required_by_answer"] == true)
        .collect();
    assert_eq!(again.len(), 1, "{v}");
    assert_eq!(again[0]["requirement"], "alimony_agreement");
    let text = ok(dir, "2026-12-10", &["case", "show", &n]);
    assert!(
        text.contains("required by the answer to the Annex 3 request")
            && text.contains("Required documents (incomplete)"),
        "{text}"
    );
    let actions: serde_json::Value =
        serde_json::from_str(&ok(dir, "2026-12-10", &["case", "actions", &n, "--json"])).unwrap();
    assert!(
        actions["actions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["action"] == "present"),
        "{actions}"
    );
    // A person not in the questionnaire is refused.
    let o = run(
        dir,
        "2026-12-10",
        &["case", "present", &n, "--subject", "dependant:2"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    // The court decision on alimony is brought: approval goes through. The
    // answer names the step in words (every kind of event has its message).
    let said = ok(
        dir,
        "2026-12-10",
        &[
            "case",
            "present",
            &n,
            "--subject",
            "dependant:1",
            "--court-decision",
        ],
    );
    assert!(!said.contains("event-"), "{said}");
    assert!(said.contains("was presented"), "{said}");
    // Presented: the item stands as presented, the checklist complete.
    let v = show(dir, "2026-12-10", &n);
    assert_eq!(v["checklist"]["complete"], true, "{v}");
    ok(dir, "2026-12-10", &["case", "approve", &n]);
    assert_eq!(show(dir, "2026-12-10", &n)["status"], "approved");
}

/// Para 9, stage 4 through the binary: a decision ready at the department
/// on 04.05.2027 (reviewed and decided at its police office, brought by
/// sync) is kept to 04.06 — a transfer that day is refused — and goes to
/// the provider on 05.06, when the storage deadline falls due: on time,
/// never shown overdue on the first day it is allowed.
#[test]
fn the_month_of_storage_ends_the_day_before_the_transfer_is_due() {
    use emigration_desk::domain::case::EventKind;
    use emigration_desk::store::Actor;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir, "state-corporation", "42");
    let at = |y, m, d| {
        chrono::NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap()
    };
    {
        let mut sc = common::open_store(dir);
        sc.set_route(&Actor::cli(), 42, Some(pair::POLICE), at(2027, 4, 1))
            .unwrap();
    }
    let n = number_in(&ok(
        dir,
        "2027-04-01",
        &["case", "import", SAMPLE, "--accept"],
    ));
    let police_dir = tempfile::tempdir().unwrap();
    let mut police = pair::office_store(police_dir.path(), pair::POLICE, at(2027, 4, 1));
    let number: emigration_desk::domain::case::CaseNumber = n.parse().unwrap();
    let officer = Actor {
        name: "officer".into(),
        user_id: None,
        role: Some(emigration_desk::domain::access::Role::Officer),
    };
    {
        let mut sc = common::open_store(dir);
        pair::relay(&mut sc, &mut police, pair::POLICE, at(2027, 4, 1));
    }
    let on = chrono::NaiveDate::from_ymd_opt(2027, 5, 4).unwrap();
    for body in emigration_desk::domain::rulebook::DEFAULT_BODIES {
        let conclusion = serde_json::from_value(serde_json::json!({
            "body": body, "positive": true, "on": "2027-04-20", "reference": "1",
        }))
        .unwrap();
        police
            .append_event(
                &officer,
                &number,
                EventKind::ConclusionRecorded { conclusion },
                on,
                at(2027, 5, 4),
            )
            .unwrap();
    }
    for kind in [
        EventKind::Approved {
            on: chrono::NaiveDate::from_ymd_opt(2027, 4, 21).unwrap(),
            valid_until: chrono::NaiveDate::from_ymd_opt(2027, 4, 28).unwrap(),
        },
        EventKind::NotLiableForMilitary { on },
        EventKind::ResidenceDeregistered { on },
        EventKind::DecisionIssued { on },
    ] {
        police
            .append_event(&officer, &number, kind, on, at(2027, 5, 4))
            .unwrap();
    }
    {
        let mut sc = common::open_store(dir);
        pair::relay(&mut police, &mut sc, 42, at(2027, 5, 4));
    }
    let storage = |v: &serde_json::Value| {
        v["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["kind"] == "storage")
            .cloned()
            .unwrap_or_else(|| panic!("a storage deadline: {v}"))
    };
    let v = show(dir, "2027-06-04", &n);
    assert_eq!(v["status"], "decision_issued");
    assert_eq!(storage(&v)["due"], "2027-06-05", "{v}");
    // On the last day of storage: refused, naming it.
    let o = run(dir, "2027-06-04", &["case", "transfer", &n]);
    assert_eq!(o.status.code(), Some(1), "{}{}", out(&o), err(&o));
    assert!(err(&o).contains("04.06.2027"), "{}", err(&o));
    // The day after: the transfer is due, and made on time.
    let v = show(dir, "2027-06-05", &n);
    assert_ne!(storage(&v)["overdue"], true, "{v}");
    ok(dir, "2027-06-05", &["case", "transfer", &n]);
    let v = show(dir, "2027-06-05", &n);
    assert_eq!(v["status"], "transferred_to_provider");
    let d = storage(&v);
    assert_eq!(d["done_on"], "2027-06-05", "{v}");
    assert_ne!(d["overdue"], true, "{v}");
    let text = ok(dir, "2027-06-05", &["case", "show", &n]);
    let line = text
        .lines()
        .find(|l| l.contains("month of storage"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        line.contains("(done 05.06.2027)") && !line.contains("OVERDUE"),
        "{line}"
    );
}

/// The refusals say what is so: approving a refused case is refused as
/// refused (not for the conclusions it lacks); the Annex 4-1 note's
/// refusal for a case recorded not liable says no certificate is awaited.
#[test]
fn refusals_say_what_is_so() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir, "migration-police", "7");
    let file = police_intake(dir);
    let file = file.to_str().unwrap();
    let refused = number_in(&ok(
        dir,
        "2026-11-25",
        &["case", "import", file, "--accept"],
    ));
    ok(
        dir,
        "2026-12-01",
        &["case", "refuse", &refused, "--ground", "8"],
    );
    let o = run(dir, "2026-12-02", &["case", "approve", &refused]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(
        err(&o).contains("while the case is: refused"),
        "{}",
        err(&o)
    );
    assert!(!err(&o).contains("Missing:"), "{}", err(&o));

    let n = number_in(&ok(
        dir,
        "2026-11-25",
        &["case", "import", file, "--accept", "--second-case"],
    ));
    conclude(
        dir,
        "2026-12-01",
        &n,
        &["security", "military", "tax", "courts", "prosecution"],
    );
    ok(dir, "2026-12-10", &["case", "approve", &n]);
    ok(dir, "2026-12-11", &["case", "not-liable", &n]);
    let o = run(dir, "2026-12-20", &["case", "refuse", &n, "--ground", "0"]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(
        err(&o).contains("recorded as not liable for military service"),
        "{}",
        err(&o)
    );
    assert!(!err(&o).contains("certificate is on record"), "{}", err(&o));
}
