//! The office's report on a store whose every figure is known by
//! construction: cases made to land in each bucket, visits within and over
//! the limits, a complaint answered in time. Read back through the
//! command line's JSON, the XLSX with an independent reader (Python's
//! openpyxl) and the PDF with pdftotext; every taking is audited.

mod common;

use common::d;
#[path = "common/pair.rs"]
mod pair;

use chrono::{NaiveDate, NaiveDateTime};
use emigration_desk::desk::{self, Now, Step, Who};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::{CaseNumber, RefusalGround};
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{Actor, IntakeOutcome, NewUser, Store};
use std::path::Path;
use std::process::Command;

fn on(day: NaiveDate) -> Now {
    let utc: NaiveDateTime = day.and_hms_opt(5, 0, 0).unwrap();
    emigration_desk::clock::Clock {
        offset: emigration_desk::clock::parse_zone("+05:00").unwrap(),
        fixed_today: Some(day),
    }
    .at(utc)
}

fn who(st: &Store, login: &str) -> Who {
    let u = st
        .users()
        .unwrap()
        .into_iter()
        .find(|u| u.login == login)
        .unwrap();
    Who::user(&u)
}

/// A case accepted on `day` (each one a different synthetic applicant).
fn accepted(st: &mut Store, clerk: &Who, day: NaiveDate, n: u64) -> CaseNumber {
    let mut i = sample_intake();
    i.applicant.iin = emigration_desk::store::synthetic_iin(900_000 + n);
    // Signed and paid on the day.
    i.false_data_warning_on = Some(day);
    i.secrets_consent_on = Some(day);
    if let Some(f) = i.fee.as_mut() {
        f.paid_on = day;
    }
    desk::commit_intake(
        st,
        clerk,
        on(day),
        None,
        &i,
        IntakeOutcome::Accept,
        true,
        None,
    )
    .unwrap()
    .view
    .record
    .summary
    .number
}

fn hear_every_body(st: &mut Store, officer: &Who, n: &CaseNumber, day: NaiveDate) {
    for body in emigration_desk::domain::rulebook::DEFAULT_BODIES {
        desk::record(
            st,
            officer,
            on(day),
            n,
            Step::Conclusion {
                body: body.into(),
                verdict: emigration_desk::domain::case::Verdict::Positive,
                reference: format!("{body}-1"),
            },
        )
        .unwrap();
    }
}

/// The store: office 42 (a State Corporation department), November 2026.
///
/// - 4 accepted in November: one approved on 20.11 (review in time), one
///   refused on para 10 item 3 on 21.11, two still under review on 30.11 —
///   one of them accepted on 01.11, its 21-working-day review overdue.
/// - 1 accepted in October, approved on 02.11 (counted as approved in
///   November, not as accepted).
/// - 1 refused at intake in November for the fee (9(6)).
/// - 3 visits in November: one within both limits, one whose wait (20
///   minutes) was over with the reason "many people", one not called.
/// - 1 complaint registered and answered in November, in time.
fn build(dir: &Path) {
    let mut st = Store::open_dir(dir, None).unwrap();
    let t = on(d(2026, 10, 1)).utc;
    st.init(
        &common::office(OfficeKind::StateCorporation),
        &common::admin(),
        t,
    )
    .unwrap();
    for (login, role) in [("clerk", Role::Clerk), ("head", Role::Supervisor)] {
        st.create_user(
            &Actor::cli(),
            &NewUser {
                login: login.into(),
                full_name: format!("{login} user"),
                role,
                password: "long enough".into(),
            },
            t,
        )
        .unwrap();
    }
    st.set_route(&Actor::cli(), 42, Some(pair::POLICE), t)
        .unwrap();
    // The department's cases are reviewed at its police office (7); the
    // review comes back to the department as sync brings it.
    let police_dir = tempfile::tempdir().unwrap();
    let mut police = pair::office_store(police_dir.path(), pair::POLICE, t);
    police
        .create_user(
            &Actor::cli(),
            &NewUser {
                login: "officer".into(),
                full_name: "officer user".into(),
                role: Role::Officer,
                password: "long enough".into(),
            },
            t,
        )
        .unwrap();
    let clerk = who(&st, "clerk");
    let officer = who(&police, "officer");
    let sync = |st: &mut Store, police: &mut Store, day: NaiveDate| {
        let now = on(day).utc;
        pair::relay(st, police, pair::POLICE, now);
        pair::relay(police, st, 42, now);
    };

    let early = accepted(&mut st, &clerk, d(2026, 10, 20), 1);
    sync(&mut st, &mut police, d(2026, 10, 20));
    hear_every_body(&mut police, &officer, &early, d(2026, 10, 28));
    desk::record(
        &mut police,
        &officer,
        on(d(2026, 11, 2)),
        &early,
        Step::Approve,
    )
    .unwrap();

    let a = accepted(&mut st, &clerk, d(2026, 11, 3), 2);
    sync(&mut st, &mut police, d(2026, 11, 3));
    hear_every_body(&mut police, &officer, &a, d(2026, 11, 16));
    desk::record(
        &mut police,
        &officer,
        on(d(2026, 11, 20)),
        &a,
        Step::Approve,
    )
    .unwrap();

    let r = accepted(&mut st, &clerk, d(2026, 11, 4), 3);
    sync(&mut st, &mut police, d(2026, 11, 4));
    desk::record(
        &mut police,
        &officer,
        on(d(2026, 11, 21)),
        &r,
        Step::Refuse {
            grounds: vec![RefusalGround {
                ground: 3,
                until: String::new(),
            }],
        },
    )
    .unwrap();
    sync(&mut st, &mut police, d(2026, 11, 21));
    accepted(&mut st, &clerk, d(2026, 11, 1), 4);
    accepted(&mut st, &clerk, d(2026, 11, 25), 5);

    let mut no_fee = sample_intake();
    no_fee.applicant.iin = emigration_desk::store::synthetic_iin(900_006);
    no_fee.fee = None;
    no_fee.false_data_warning_on = Some(d(2026, 11, 10));
    no_fee.secrets_consent_on = Some(d(2026, 11, 10));
    desk::commit_intake(
        &mut st,
        &clerk,
        on(d(2026, 11, 10)),
        None,
        &no_fee,
        IntakeOutcome::RefuseIncomplete,
        true,
        None,
    )
    .unwrap();

    // The counter.
    let at = |day: u32, h: u32, m: u32| d(2026, 11, day).and_hms_opt(h, m, 0).unwrap();
    let v = st
        .issue_ticket(&clerk.actor, "001", at(5, 4, 0), at(5, 4, 0))
        .unwrap();
    st.call_visit(&clerk.actor, v.id, at(5, 4, 5), None)
        .unwrap();
    st.end_visit(&clerk.actor, v.id, at(5, 4, 15), "served", None)
        .unwrap();
    let v = st
        .issue_ticket(&clerk.actor, "002", at(6, 4, 0), at(6, 4, 0))
        .unwrap();
    st.call_visit(&clerk.actor, v.id, at(6, 4, 20), None)
        .unwrap();
    st.record_breach(
        &clerk.actor,
        v.id,
        emigration_desk::domain::visit::TimerKind::Wait,
        "many people",
        at(6, 4, 21),
    )
    .unwrap();
    st.end_visit(&clerk.actor, v.id, at(6, 4, 30), "served", None)
        .unwrap();
    st.issue_ticket(&clerk.actor, "003", at(6, 5, 0), at(6, 5, 0))
        .unwrap();

    let complaint: emigration_desk::domain::complaint::NewComplaint = serde_json::from_value(
        serde_json::json!({
            "complainant": {"kind": "person", "full_name": "Сейтқали Ержан", "iin": "850115300001", "address": "Астана"},
            "about": "state_corporation_employee",
            "addressee": "head_of_state_corporation",
            "text": "Кезекте көп күттім"
        }),
    )
    .unwrap();
    let c = st
        .register_complaint(
            &clerk.actor,
            "clerk",
            &complaint,
            d(2026, 11, 10),
            at(10, 5, 0),
        )
        .unwrap();
    let head = who(&st, "head");
    st.answer_complaint(
        &head.actor,
        c.id,
        "Тексерілді",
        "in_person",
        d(2026, 11, 12),
        at(12, 5, 0),
    )
    .unwrap();
}

fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--user", "head"];
    all.extend_from_slice(args);
    Command::new(common::BIN)
        .arg("--data-dir")
        .arg(dir)
        .args(&all)
        .env("EMIGRATION_DESK_TODAY", "2026-12-01")
        .env("EMIGRATION_DESK_PASSWORD", "long enough")
        .env_remove(emigration_desk::store::DATA_DIR_ENV)
        .output()
        .unwrap()
}

/// November's report written as `format` in `lang` to `name` in `dir`.
fn export(dir: &Path, name: &str, format: &str, lang: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let o = run(
        dir,
        &[
            "report",
            "--from",
            "01.11.2026",
            "--to",
            "30.11.2026",
            "--format",
            format,
            "--lang",
            lang,
            "-o",
        ]
        .into_iter()
        .chain([path.to_str().unwrap()])
        .collect::<Vec<_>>(),
    );
    assert!(o.status.success(), "{}", common::err(&o));
    path
}

/// A Python that has openpyxl (Debian's python3-openpyxl).
fn python() -> Option<&'static str> {
    ["python3", "/usr/bin/python3"].into_iter().find(|p| {
        Command::new(p)
            .args(["-c", "import openpyxl"])
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

#[test]
fn every_figure_of_a_known_month() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let o = run(
        dir.path(),
        &["report", "--from", "01.11.2026", "--to", "30.11.2026"],
    );
    assert!(o.status.success(), "{}", common::err(&o));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let i = &r["intake"];
    assert_eq!(i["accepted_state_corporation"], 4, "{r:#}");
    assert_eq!(i["accepted_provider"], 0);
    assert_eq!(i["refused_at_intake"], 1);
    assert_eq!(i["missing_by_item"]["9(6)"], 1);
    let v = &r["review"];
    assert_eq!(v["approved"], 2, "the one from October too");
    assert_eq!(v["refused"], 1);
    assert_eq!(v["refused_by_ground"]["3"], 1);
    assert_eq!(v["still_under_review"], 2);
    let review = &r["timeliness"][0];
    assert_eq!(review["stage"], "review");
    // Approved ×2 and refused, each within its 21 working days: 13, 17
    // and 17 days after acceptance.
    assert_eq!(review["finished"], 3, "{review:#}");
    assert_eq!(review["in_time"], 3);
    assert_eq!(review["in_time_percent"], 100.0);
    assert_eq!(review["median_days"], 17.0);
    // The approved ones have 7 days for the certificate and the
    // deregistration: by 30.11 both are late (09.11 and 27.11 were due).
    let dereg = &r["timeliness"][2];
    assert_eq!(dereg["stage"], "deregistration");
    assert_eq!(dereg["overdue"], 2, "{dereg:#}");
    assert_eq!(dereg["overdue_max_days"], 21);
    // The case accepted on 01.11 and not reviewed by 30.11 is late.
    assert_eq!(review["overdue"], 1, "{review:#}");
    assert!(review["overdue_max_days"].as_i64().unwrap() > 0);
    let c = &r["counter"]["all"];
    assert_eq!(c["visits"], 3);
    assert_eq!(c["called"], 2);
    assert_eq!(c["within_wait_percent"], 50.0);
    assert_eq!(c["within_service_percent"], 100.0);
    assert_eq!(c["wait_median_minutes"], 12.5, "5 and 20 minutes");
    assert_eq!(c["service_median_minutes"], 10.0, "10 and 10 minutes");
    assert_eq!(r["counter"]["breaches_by_reason"]["many people"], 1);
    // Who served: the ticket never called has no counter.
    assert_eq!(r["counter"]["per_counter"]["clerk"]["visits"], 2);
    assert_eq!(r["counter"]["per_day"]["2026-11-06"]["visits"], 2);
    assert_eq!(r["complaints"]["registered"], 1);
    assert_eq!(r["complaints"]["answered_in_time"], 1);
    assert_eq!(r["complaints"]["overdue"], 0);
    // No name or IIN in a report.
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(!text.contains("Сейтқали") && !text.contains("850115300001"));

    // The XLSX, read back by an independent reader.
    let xlsx = export(dir.path(), "report.xlsx", "xlsx", "ru");
    let py = python().expect("python3 with openpyxl (apt-get install python3-openpyxl)");
    let script = r#"
import openpyxl, sys, json
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    out.append([ws.title, [[c.value if not hasattr(c.value, 'isoformat') else c.value.isoformat() for c in row] for row in ws.iter_rows()]])
print(json.dumps(out, ensure_ascii=False))
"#;
    let o = Command::new(py)
        .args(["-c", script])
        .arg(&xlsx)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let wb: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    // The sheets in the report's order, named in its language.
    let sheet = |i: usize| wb[i][1].as_array().unwrap().clone();
    let names: Vec<&str> = wb
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s[0].as_str().unwrap())
        .collect();
    assert!(
        names.iter().all(|n| n
            .chars()
            .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap()))),
        "Russian sheet names: {names:?}"
    );
    let intake = sheet(1);
    assert_eq!(intake[2][0], "Принято в Госкорпорации");
    assert_eq!(intake[2][1], 4.0, "a number cell");
    let period = sheet(0);
    assert!(
        period[2][1].as_str().unwrap().starts_with("2026-11-01"),
        "a date cell: {:?}",
        period[2][1]
    );
    let counter = sheet(4);
    assert_eq!(counter[2][1], 3.0);
    assert_eq!(counter[2][2], 50.0);

    // The CSV: UTF-8 with a BOM.
    let csv = export(dir.path(), "report.csv", "csv", "kk");
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(&[0xef, 0xbb, 0xbf]));
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("Мемлекеттік корпорацияда қабылданды;4"));

    // The PDF, read back.
    let pdf = export(dir.path(), "report.pdf", "pdf", "ru");
    let words = common::pdf_words(&pdf);
    assert!(words.contains("Отчёт об оказании услуги"), "{words}");
    assert!(words.contains("Принято в Госкорпорации 4"), "{words}");
    assert!(words.contains("many people"), "{words}");
    assert!(
        words.contains("Посещений в день"),
        "the chart's title: {words}"
    );

    // In Kazakh too (long words in narrow columns wrap, never split a
    // letter).
    let pdf_kk = export(dir.path(), "report-kk.pdf", "pdf", "kk");
    let words = common::pdf_words(&pdf_kk);
    assert!(words.contains("Қызмет көрсету туралы есеп"), "{words}");

    // Every taking and export is audited.
    let st = Store::open_dir(
        dir.path(),
        common::key_of(&dir.path().join("emigration-desk.sqlite3")).as_ref(),
    )
    .unwrap();
    let audit = st.audit_entries(None, 200).unwrap();
    assert_eq!(audit.iter().filter(|e| e.action == "report").count(), 5);
    assert_eq!(
        audit.iter().filter(|e| e.action == "report_export").count(),
        4
    );
}

#[test]
fn a_clerk_takes_no_report_and_the_overdue_list_is_audited_per_case() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let o = Command::new(common::BIN)
        .arg("--data-dir")
        .arg(dir.path())
        .args([
            "--user",
            "clerk",
            "report",
            "--from",
            "01.11.2026",
            "--to",
            "30.11.2026",
        ])
        .env("EMIGRATION_DESK_TODAY", "2026-12-01")
        .env("EMIGRATION_DESK_PASSWORD", "long enough")
        .env_remove(emigration_desk::store::DATA_DIR_ENV)
        .output()
        .unwrap();
    assert!(!o.status.success(), "a clerk took a report");
    let o = run(
        dir.path(),
        &[
            "report",
            "--from",
            "01.11.2026",
            "--to",
            "30.11.2026",
            "--overdue",
        ],
    );
    assert!(o.status.success(), "{}", common::err(&o));
    let list: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let list = list.as_array().unwrap();
    // Case 4 (accepted 01.11, not reviewed: 7 days late on 30.11) and the
    // two approved ones' deregistration and handover.
    assert_eq!(list.len(), 6, "{list:?}");
    assert!(list
        .iter()
        .any(|o| o["stage"] == "review" && o["days_late"] == 7));
    let n = list[0]["number"].as_str().unwrap().to_string();
    assert_eq!(list[0]["days_late"], 21, "the latest first");
    let st = Store::open_dir(
        dir.path(),
        common::key_of(&dir.path().join("emigration-desk.sqlite3")).as_ref(),
    )
    .unwrap();
    let audit = st.audit_entries(None, 200).unwrap();
    assert!(
        audit
            .iter()
            .any(|e| e.action == "case_view" && e.details.contains(&n)),
        "the listed case's view is audited"
    );
}
