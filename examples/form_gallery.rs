//! Renders every form in Kazakh and Russian from synthetic cases into
//! `docs/forms/` (PDF pages as PNG, through `pdftoppm -png -r 80`), so the
//! README shows what a counter prints.
//!
//!     cargo run --release --example form_gallery
//!
//! With `FORM_GALLERY_PDFS=DIR` the PDFs are kept in `DIR` as well.

use chrono::{NaiveDate, NaiveDateTime};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::{EventKind, RefusalGround};
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::intake::{LeavesWith, OtherParent, Whereabouts};
use emigration_desk::domain::{DocLang, OfficeKind};
use emigration_desk::print::{self, Annex, FormInput};
use emigration_desk::store::{Actor, IntakeOutcome, NewUser, Office, Store};
use std::process::Command;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a date")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let now: NaiveDateTime = d(2026, 11, 25).and_hms_opt(10, 0, 0).ok_or("time")?;
    let dir = tempfile::tempdir()?;
    let mut st = Store::open_dir(dir.path(), None)?;
    let office = Office {
        id: "sc".into(),
        code: 42,
        kind: OfficeKind::StateCorporation,
        name: "«Азаматтарға арналған үкімет» МК Астана қаласы бойынша филиалы".into(),
        name_ru: "Филиал".into(),
        number: "3".into(),
        address: "Астана қ., Тұран даңғылы 1".into(),
        address_ru: "г. Астана".into(),
        phone: "+7 7172 55 00 00".into(),
    };
    let admin = NewUser {
        login: "admin".into(),
        full_name: "Әкімші".into(),
        role: Role::Administrator,
        password: "correct horse".into(),
    };
    st.init(&office, &admin, now)?;
    let clerk = Actor {
        name: "clerk".into(),
        user_id: None,
        role: Some(Role::Clerk),
    };
    let officer = Actor {
        name: "officer".into(),
        user_id: None,
        role: Some(Role::Officer),
    };
    let today = d(2026, 11, 25);
    let accepted = st.commit_intake(&clerk, &sample_intake(), IntakeOutcome::Accept, today, now)?;
    // The youngest child leaves with the applicant alone, and where her
    // mother is registered is not known: an Annex 3 request.
    let mut unknown = sample_intake();
    unknown.children[2].leaves_with = LeavesWith::OneParent;
    unknown.children[2].other_parent = Some(OtherParent {
        full_name: "Сейтқалиева Динара Маратқызы".into(),
        whereabouts: Whereabouts::Unknown,
    });
    let request = st.commit_intake(&clerk, &unknown, IntakeOutcome::Open, today, now)?;
    let mut incomplete = sample_intake();
    incomplete.fee = None;
    incomplete.documents.clear();
    let refused_at_intake = st.commit_intake(
        &clerk,
        &incomplete,
        IntakeOutcome::RefuseIncomplete,
        today,
        now,
    )?;
    // The review and its forms are the migration police office's.
    let police = Office {
        id: "police".into(),
        code: 7,
        kind: OfficeKind::MigrationPolice,
        name: "Астана қаласы Полиция департаментінің Көші-қон қызметі басқармасы".into(),
        name_ru: "Управление миграционной службы Департамента полиции города Астаны".into(),
        number: "1".into(),
        address: "Астана қ., Бейбітшілік көшесі 14".into(),
        address_ru: "г. Астана, ул. Бейбитшилик, 14".into(),
        phone: "+7 7172 71 00 00".into(),
    };
    let police_dir = tempfile::tempdir()?;
    // (The department's store is done with: what it accepted is above.)
    drop(st);
    let mut st = Store::open_dir(police_dir.path(), None)?;
    st.init(&police, &admin, now)?;
    let reviewed = emigration_desk::domain::demo::with_papers(sample_intake());
    let n = st
        .commit_intake(&clerk, &reviewed, IntakeOutcome::Accept, today, now)?
        .summary
        .number;
    // Every approving body's positive conclusion comes before approval.
    for body in emigration_desk::domain::rulebook::DEFAULT_BODIES {
        let conclusion = serde_json::from_value(serde_json::json!({
            "body": body,
            "positive": true,
            "on": "2026-12-10",
            "reference": "17-4/88",
        }))?;
        st.append_event(
            &officer,
            &n,
            EventKind::ConclusionRecorded { conclusion },
            d(2026, 12, 10),
            now,
        )?;
    }
    let approved = st.append_event(
        &officer,
        &n,
        EventKind::Approved {
            on: d(2026, 12, 15),
            valid_until: d(2026, 12, 22),
        },
        d(2026, 12, 15),
        now,
    )?;
    st.append_event(
        &officer,
        &n,
        EventKind::NotLiableForMilitary {
            on: d(2026, 12, 16),
        },
        d(2026, 12, 16),
        now,
    )?;
    st.append_event(
        &officer,
        &n,
        EventKind::ResidenceDeregistered {
            on: d(2026, 12, 17),
        },
        d(2026, 12, 17),
        now,
    )?;
    let decided = st.append_event(
        &officer,
        &n,
        EventKind::DecisionIssued {
            on: d(2026, 12, 18),
        },
        d(2026, 12, 18),
        now,
    )?;
    let r = st
        .commit_intake(&clerk, &reviewed, IntakeOutcome::Accept, today, now)?
        .summary
        .number;
    let grounds = vec![
        RefusalGround {
            ground: 7,
            until: "№ 2-1234/2026".into(),
        },
        RefusalGround {
            ground: 8,
            until: String::new(),
        },
    ];
    let refused = st.append_event(
        &officer,
        &r,
        EventKind::Refused {
            on: d(2026, 12, 10),
            grounds,
        },
        d(2026, 12, 10),
        now,
    )?;

    std::fs::create_dir_all("docs/forms")?;
    for lang in [DocLang::Kk, DocLang::Ru] {
        for annex in Annex::ALL {
            let case = match annex {
                Annex::A1 => &decided,
                Annex::A1_1 => &refused,
                Annex::A4_1 => &approved,
                Annex::A5 => &refused_at_intake,
                Annex::A3 => &request,
                _ => &accepted,
            };
            let issuer = match annex {
                Annex::A1 | Annex::A1_1 | Annex::A4_1 => &police,
                _ => &office,
            };
            let input = FormInput {
                case,
                office: issuer,
                executor: Some("Жұмабаева Әсел Нұрланқызы"),
                accepted_by: Some("Жұмабаева Әсел Нұрланқызы"),
                lang,
                today: d(2026, 12, 18),
            };
            let pdf = dir
                .path()
                .join(format!("annex-{}-{lang}.pdf", annex.code()));
            print::write_pdf(annex, &input, &pdf)?;
            if let Some(keep) = std::env::var_os("FORM_GALLERY_PDFS") {
                std::fs::create_dir_all(&keep)?;
                std::fs::copy(
                    &pdf,
                    std::path::Path::new(&keep).join(format!("annex-{}-{lang}.pdf", annex.code())),
                )?;
            }
            let out = format!("docs/forms/annex-{}-{lang}", annex.code());
            let ok = Command::new("pdftoppm")
                .args(["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"])
                .arg(&pdf)
                .arg(&out)
                .status()?
                .success();
            if !ok {
                return Err("pdftoppm failed".into());
            }
            println!("{out}");
        }
    }
    Ok(())
}
