//! Whole lives of a case accepted at a State Corporation counter and
//! reviewed at its migration police office, across the 16 December
//! holiday: each step recorded by the role that may at the office whose
//! step it is (the two stores carried to each other as sync carries them),
//! the form its state stands for printed and read back, and the due dates
//! checked against the working calendar.

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use common::d;
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::{
    CaseNumber, Conclusion, EventKind, Recipient, RefusalGround, Status,
};
use emigration_desk::domain::deadlines::DeadlineKind;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::{DocLang, OfficeKind};
use emigration_desk::print::{self, FormInput};
use emigration_desk::store::{Actor, CaseRecord, IntakeOutcome, Office};
use emigration_desk::ui::cases::main_form;
use std::process::Command;

#[path = "common/pair.rs"]
mod pair;
use pair::Pair;

fn at(day: NaiveDate) -> NaiveDateTime {
    day.and_hms_opt(10, 0, 0).unwrap()
}

fn office() -> Office {
    Office {
        id: "sc-1".into(),
        code: 42,
        kind: OfficeKind::StateCorporation,
        name: "Астана қаласы бойынша филиал".into(),
        name_ru: "Филиал".into(),
        number: "3".into(),
        address: "Астана қ., Тұран даңғылы 1".into(),
        address_ru: "г. Астана".into(),
        phone: "+7 7172 55 00 00".into(),
    }
}

fn actor(name: &str, role: Role) -> Actor {
    Actor {
        name: name.into(),
        user_id: None,
        role: Some(role),
    }
}

fn clerk() -> Actor {
    actor("clerk", Role::Clerk)
}

fn officer() -> Actor {
    actor("officer", Role::Officer)
}

/// Wednesday 25 November 2026: the review's 21 days end on Wednesday
/// 16 December, Independence Day, and move to Thursday 17 December.
const ACCEPTED: (i32, u32, u32) = (2026, 11, 25);

fn accepted_case() -> (Pair, CaseNumber) {
    let on = d(ACCEPTED.0, ACCEPTED.1, ACCEPTED.2);
    let mut p = Pair::new(at(on));
    // The police office asks one approving body: the security service.
    p.police
        .set_setting_audited(
            &emigration_desk::store::Actor::cli(),
            "approving_bodies",
            "security",
            chrono::Utc::now().naive_utc(),
        )
        .unwrap();
    let rec =
        p.sc.commit_intake(
            &clerk(),
            &sample_intake(),
            IntakeOutcome::Accept,
            on,
            at(on),
        )
        .unwrap();
    let n = rec.summary.number;
    let review = due(&rec, DeadlineKind::Review);
    assert_eq!(review, d(2026, 12, 17), "16 December is a holiday");
    assert_eq!(rec.state.come_back_on, Some(d(2026, 12, 17)));
    assert_printed(
        &rec,
        on,
        &["құжаттарды қабылдау туралы қолхат", "2026 \"17\" желтоқсан"],
    );
    p.sync(at(on));
    (p, n)
}

/// Where a step is recorded.
#[derive(Clone, Copy)]
enum Where {
    /// The State Corporation department that accepted the case.
    Sc,
    /// The migration police office that reviews it.
    Police,
}

fn due(rec: &CaseRecord, kind: DeadlineKind) -> NaiveDate {
    rec.deadlines
        .iter()
        .find(|x| x.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} deadline in {:?}", rec.deadlines))
        .due
}

/// Records a step at its office and carries it to the other.
fn record(
    p: &mut Pair,
    place: Where,
    who: &Actor,
    n: &CaseNumber,
    on: NaiveDate,
    kind: EventKind,
) -> CaseRecord {
    let st = match place {
        Where::Sc => &mut p.sc,
        Where::Police => &mut p.police,
    };
    let rec = st
        .append_event(who, n, kind, on, at(on))
        .unwrap_or_else(|e| panic!("{e}"));
    p.sync(at(on));
    rec
}

fn conclusion(on: NaiveDate, positive: bool) -> EventKind {
    EventKind::ConclusionRecorded {
        conclusion: Conclusion {
            body: "security".into(),
            positive,
            on,
            reference: "17-4/88".into(),
            not_asked: None,
        },
    }
}

/// Prints the form the case's state stands for, in Kazakh, reads it back
/// and checks the phrases.
fn assert_printed(rec: &CaseRecord, today: NaiveDate, phrases: &[&str]) {
    let annex = main_form(rec.summary.status);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("annex-{}.pdf", annex.code()));
    let office = office();
    let input = FormInput {
        case: rec,
        office: &office,
        executor: Some("Орындаушы Тест"),
        accepted_by: Some("Қабылдаушы Клерк"),
        lang: DocLang::Kk,
        today,
    };
    print::write_pdf(annex, &input, &path).unwrap();
    let out = Command::new("pdftotext")
        .arg("-raw")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for p in phrases {
        assert!(
            text.contains(p),
            "Annex {} lacks {p:?}:\n{text}",
            annex.code()
        );
    }
}

#[test]
fn accept_approve_certificate_decision_handover() {
    let (mut st, n) = accepted_case();
    record(
        &mut st,
        Where::Police,
        &officer(),
        &n,
        d(2026, 12, 14),
        conclusion(d(2026, 12, 14), true),
    );
    // Approved on 15 December: the direction is valid 7 days, to 22 December.
    let rec = record(
        &mut st,
        Where::Police,
        &officer(),
        &n,
        d(2026, 12, 15),
        EventKind::Approved {
            on: d(2026, 12, 15),
            valid_until: d(2026, 12, 22),
        },
    );
    assert_eq!(rec.summary.status, Status::Approved);
    assert_eq!(due(&rec, DeadlineKind::DirectionValidity), d(2026, 12, 22));
    assert_printed(
        &rec,
        d(2026, 12, 15),
        &[
            "шығуды растайтын құжат",
            "2026 жылғы \"22\" желтоқсан",
            "күнтізбелік 7 күн",
        ],
    );
    // The clerk records the papers at the counter; the officer decides.
    record(
        &mut st,
        Where::Sc,
        &clerk(),
        &n,
        d(2026, 12, 18),
        EventKind::MilitaryCertificateReceived {
            on: d(2026, 12, 18),
            issuer: "Астана қ. Есіл ауданының қорғаныс істері жөніндегі бөлімі".into(),
            number: "ВС-0042".into(),
        },
    );
    record(
        &mut st,
        Where::Sc,
        &clerk(),
        &n,
        d(2026, 12, 18),
        EventKind::ResidenceDeregistered {
            on: d(2026, 12, 18),
        },
    );
    let rec = record(
        &mut st,
        Where::Police,
        &officer(),
        &n,
        d(2026, 12, 21),
        EventKind::DecisionIssued {
            on: d(2026, 12, 21),
        },
    );
    assert_eq!(rec.summary.status, Status::DecisionIssued);
    assert_eq!(rec.state.leave_by(), Some(d(2026, 12, 28)));
    assert_printed(
        &rec,
        d(2026, 12, 21),
        &["туралы шешім", "шығуға рұқсат етілді", "492-бабына"],
    );
    let rec = record(
        &mut st,
        Where::Sc,
        &clerk(),
        &n,
        d(2026, 12, 22),
        EventKind::HandedOver {
            on: d(2026, 12, 22),
            to: Recipient::Applicant,
        },
    );
    assert_eq!(rec.summary.status, Status::HandedOver);
    assert_eq!(
        rec.summary.next_due, None,
        "nothing is due on a closed case"
    );
}

#[test]
fn refusal_at_review() {
    let (mut st, n) = accepted_case();
    record(
        &mut st,
        Where::Police,
        &officer(),
        &n,
        d(2026, 12, 10),
        conclusion(d(2026, 12, 10), false),
    );
    // A negative conclusion bars the approval …
    assert!(st
        .police
        .append_event(
            &officer(),
            &n,
            EventKind::Approved {
                on: d(2026, 12, 11),
                valid_until: d(2026, 12, 18),
            },
            d(2026, 12, 11),
            at(d(2026, 12, 11)),
        )
        .is_err());
    // … and a clerk may not refuse.
    let refuse = EventKind::Refused {
        on: d(2026, 12, 11),
        grounds: vec![RefusalGround {
            ground: 1,
            until: "мән-жайлар тоқтатылғанға дейін".into(),
        }],
    };
    assert!(st
        .police
        .append_event(
            &clerk(),
            &n,
            refuse.clone(),
            d(2026, 12, 11),
            at(d(2026, 12, 11))
        )
        .is_err());
    let rec = record(
        &mut st,
        Where::Police,
        &officer(),
        &n,
        d(2026, 12, 11),
        refuse,
    );
    assert_eq!(rec.summary.status, Status::Refused);
    assert_printed(
        &rec,
        d(2026, 12, 11),
        &[
            "бас тарту туралы хабарлама",
            "10-тармағында",
            "мән-жайлар тоқтатылғанға дейін",
        ],
    );
}

#[test]
fn refusal_for_a_missing_certificate_after_seven_days() {
    let (mut st, n) = accepted_case();
    record(
        &mut st,
        Where::Police,
        &officer(),
        &n,
        d(2026, 12, 14),
        conclusion(d(2026, 12, 14), true),
    );
    let rec = record(
        &mut st,
        Where::Police,
        &officer(),
        &n,
        d(2026, 12, 15),
        EventKind::Approved {
            on: d(2026, 12, 15),
            valid_until: d(2026, 12, 22),
        },
    );
    let validity = due(&rec, DeadlineKind::DirectionValidity);
    // On 23 December the direction has lapsed without the certificate.
    let late = d(2026, 12, 23);
    let rec = st.police.view_case(&officer(), &n, late, at(late)).unwrap();
    assert!(rec
        .deadlines
        .iter()
        .any(|x| x.kind == DeadlineKind::DirectionValidity && x.is_overdue(late)));
    assert!(late > validity);
    let rec = record(
        &mut st,
        Where::Police,
        &officer(),
        &n,
        late,
        EventKind::Refused {
            on: late,
            // The Annex 4-1 note's own ground, not a para 10 item.
            grounds: vec![RefusalGround {
                ground: RefusalGround::CERTIFICATE_NOT_PRESENTED,
                until: String::new(),
            }],
        },
    );
    assert_eq!(rec.summary.status, Status::Refused);
    assert_printed(
        &rec,
        late,
        &[
            "бас тарту туралы хабарлама",
            // The notice has no date of its own (the original's only date
            // is the one the applicant signs for it on, by hand).
            "20__ жылғы \"___\"",
            "анықтаманы ұсынбады",
        ],
    );
}

#[test]
fn uncollected_for_a_month_then_transferred() {
    let (mut st, n) = accepted_case();
    record(
        &mut st,
        Where::Police,
        &officer(),
        &n,
        d(2026, 12, 14),
        conclusion(d(2026, 12, 14), true),
    );
    record(
        &mut st,
        Where::Police,
        &officer(),
        &n,
        d(2026, 12, 15),
        EventKind::Approved {
            on: d(2026, 12, 15),
            valid_until: d(2026, 12, 22),
        },
    );
    record(
        &mut st,
        Where::Sc,
        &clerk(),
        &n,
        d(2026, 12, 17),
        EventKind::NotLiableForMilitary {
            on: d(2026, 12, 17),
        },
    );
    record(
        &mut st,
        Where::Sc,
        &clerk(),
        &n,
        d(2026, 12, 17),
        EventKind::ResidenceDeregistered {
            on: d(2026, 12, 17),
        },
    );
    let rec = record(
        &mut st,
        Where::Police,
        &officer(),
        &n,
        d(2026, 12, 18),
        EventKind::DecisionIssued {
            on: d(2026, 12, 18),
        },
    );
    // One month of storage from 18 December, to 18 January: the transfer
    // falls due on 19 January.
    let storage = due(&rec, DeadlineKind::Storage);
    assert_eq!(storage, d(2027, 1, 19));
    let rec = record(
        &mut st,
        Where::Sc,
        &clerk(),
        &n,
        d(2027, 1, 19),
        EventKind::TransferredToProvider { on: d(2027, 1, 19) },
    );
    assert_eq!(rec.summary.status, Status::TransferredToProvider);
    // The provider still hands the decision over, with its Annex 1.
    assert_printed(
        &rec,
        d(2027, 1, 19),
        &["туралы шешім", "шығуға рұқсат етілді"],
    );
    let rec = record(
        &mut st,
        Where::Police,
        &officer(),
        &n,
        d(2027, 1, 25),
        EventKind::HandedOver {
            on: d(2027, 1, 25),
            to: Recipient::Applicant,
        },
    );
    assert_eq!(rec.summary.status, Status::HandedOver);
}
