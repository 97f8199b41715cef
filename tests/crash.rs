//! A crash at any point leaves either the whole intake or none of it:
//! imports are SIGKILLed at random moments, then every stored case is
//! checked for all of its rows.

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_emigration-desk");
const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/docs/examples/intake-sample.json"
);

#[test]
fn killed_imports_leave_whole_intakes_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let init = Command::new(BIN)
        .arg("--data-dir")
        .arg(dir.path())
        .args([
            "init",
            "--office-kind",
            "state-corporation",
            "--office-code",
            "7",
            "--office-name",
            "T",
            "--office-name-ru",
            "Т",
            "--office-number",
            "1",
            "--office-address",
            "A",
            "--office-address-ru",
            "А",
            "--office-phone",
            "+7 7172 000000",
            "--admin-login",
            "admin",
            "--admin-name",
            "A",
        ])
        .env("EMIGRATION_DESK_PASSWORD", "correct horse")
        .output()
        .unwrap();
    assert!(init.status.success());
    let import = || {
        let mut c = Command::new(BIN);
        c.arg("--data-dir")
            .arg(dir.path())
            .args(["case", "import", SAMPLE, "--accept", "--second-case"])
            .env("EMIGRATION_DESK_TODAY", "2026-11-25")
            .env("EMIGRATION_DESK_USER", "admin")
            .env("EMIGRATION_DESK_PASSWORD", "correct horse")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        c
    };
    // How long one whole import takes on this machine: the kills fall
    // across it, from the start-up to the receipt's print.
    let t = std::time::Instant::now();
    assert!(import().status().unwrap().success());
    let whole = t.elapsed().as_micros() as u64;
    // A fixed, varied schedule of kill delays (no randomness needed to hit
    // different points: process start-up time itself varies).
    let mut killed = 0;
    let mut finished = 1;
    for i in 0..40u64 {
        let mut child = Command::new(BIN)
            .arg("--data-dir")
            .arg(dir.path())
            .args(["case", "import", SAMPLE, "--accept", "--second-case"])
            .env("EMIGRATION_DESK_TODAY", "2026-11-25")
            .env("EMIGRATION_DESK_USER", "admin")
            .env("EMIGRATION_DESK_PASSWORD", "correct horse")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // From a fifth of an import to a little past its end: the sign-in
        // (the key slot's argon2id and the password check), the commit and
        // the receipt's print.
        std::thread::sleep(Duration::from_micros(whole / 5 + (i * whole / 37) % whole));
        match child.try_wait().unwrap() {
            Some(_) => finished += 1,
            None => {
                child.kill().unwrap();
                killed += 1;
            }
        }
        let _ = child.wait();
    }
    assert!(killed > 0, "some imports were killed");

    let mut st = common::open_store(dir.path());
    assert!(st.integrity_check().unwrap().is_empty());
    let conn = st.raw();
    let q = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    let cases = q("SELECT COUNT(*) FROM cases");
    assert!(cases >= finished, "{cases} stored, {finished} finished");
    // Every stored case is whole.
    assert_eq!(q("SELECT COUNT(*) FROM case_events"), cases * 2);
    assert_eq!(q("SELECT COUNT(*) FROM outbox"), cases * 2);
    assert_eq!(q("SELECT COUNT(*) FROM case_children"), cases * 3);
    // The whole questionnaire and the checklist are in the events.
    let whole = "SELECT COUNT(*) FROM case_events WHERE seq = 1
                 AND json_array_length(payload, '$.intake.relatives') = 6
                 AND json_array_length(payload, '$.intake.activities') = 5";
    assert_eq!(q(whole), cases);
    assert_eq!(q("SELECT COUNT(*) FROM case_events WHERE seq = 2 AND json_array_length(payload, '$.checklist.items') > 0"), cases);
    assert_eq!(
        q("SELECT COUNT(*) FROM audit_log WHERE action = 'case_accept'"),
        cases
    );
    // Numbers and outbox sequences have no gaps.
    assert_eq!(q("SELECT COALESCE(MAX(seq), 0) FROM outbox"), cases * 2);
    assert_eq!(
        q("SELECT COALESCE(MAX(key) % 1000000, 0) FROM cases"),
        cases
    );
}
