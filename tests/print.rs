//! The annex forms as real PDFs, read back: `pdftotext` for the text,
//! `pdftoppm` + `zbarimg` for the QR code, `pdfinfo` and `pdffonts` for
//! the file (poppler-utils and zbar-tools, installed by .ci/run).

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use common::d;
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::{CaseNumber, EventKind, RefusalGround};
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::intake::{
    Dependant, Intake, LeavesWith, OtherParent, Relationship, Relative, Whereabouts,
};
use emigration_desk::domain::{DocLang, OfficeKind};
use emigration_desk::print::{self, Annex, FormInput};
use emigration_desk::store::{Actor, CaseRecord, IntakeOutcome, NewUser, Office, Store};
use std::path::Path;
use std::process::Command;

fn now() -> NaiveDateTime {
    d(2026, 11, 25).and_hms_opt(10, 0, 0).unwrap()
}

const KAZAKH_SURNAME: &str = "Әғқңөұүһі";
const KAZAKH_GIVEN: &str = "ӘҒҚҢӨҰҮҺІ";
const LATIN_EXT: &str = "Łukaszewiczówna-Żółć";

fn office() -> Office {
    Office {
        id: "sc-1".into(),
        code: 42,
        kind: OfficeKind::StateCorporation,
        name: "Астана қаласы бойынша филиал".into(),
        name_ru: "Филиал по городу Астана".into(),
        number: "3".into(),
        address: "Астана қ., Тұран даңғылы 1".into(),
        address_ru: "г. Астана, пр. Туран, 1".into(),
        phone: "+7 7172 55 00 00".into(),
    }
}

/// A store where cases are accepted and reviewed: a migration police
/// office's (the forms print as any office would print them).
fn store(dir: &Path) -> Store {
    let mut st = Store::open_dir(dir, None).unwrap();
    let admin = NewUser {
        login: "admin".into(),
        full_name: "Әкімші".into(),
        role: Role::Administrator,
        password: "correct horse".into(),
    };
    st.init(&police(), &admin, now()).unwrap();
    st
}

/// The sample with names in every Kazakh letter, every paper on the
/// counter.
fn intake() -> Intake {
    let mut i = emigration_desk::domain::demo::with_papers(sample_intake());
    i.applicant.surname = KAZAKH_SURNAME.into();
    i.applicant.given_name = KAZAKH_GIVEN.into();
    i.applicant.patronymic = LATIN_EXT.into();
    i
}

fn clerk() -> Actor {
    common::actor("clerk", Role::Clerk)
}

fn officer() -> Actor {
    common::actor("officer", Role::Officer)
}

/// Every approving body's positive conclusion, which approval needs.
fn conclude(st: &mut Store, n: &CaseNumber) {
    for body in emigration_desk::domain::rulebook::DEFAULT_BODIES {
        let conclusion = serde_json::from_value(serde_json::json!({
            "body": body,
            "positive": true,
            "on": "2026-12-10",
            "reference": "17-4/88",
        }))
        .unwrap();
        st.append_event(
            &officer(),
            n,
            EventKind::ConclusionRecorded { conclusion },
            d(2026, 12, 10),
            now(),
        )
        .unwrap();
    }
}

/// Cases in every state a form needs.
struct Cases {
    accepted: CaseRecord,
    refused_at_intake: CaseRecord,
    approved: CaseRecord,
    decided: CaseRecord,
    refused: CaseRecord,
}

fn cases(st: &mut Store) -> Cases {
    let today = d(2026, 11, 25);
    let accepted = st
        .commit_intake(&clerk(), &intake(), IntakeOutcome::Accept, today, now())
        .unwrap();
    let mut incomplete = intake();
    incomplete.fee = None;
    incomplete
        .documents
        .retain(|p| p.requirement != emigration_desk::domain::intake::Requirement::FeeReceipt);
    let refused_at_intake = st
        .commit_intake(
            &clerk(),
            &incomplete,
            IntakeOutcome::RefuseIncomplete,
            today,
            now(),
        )
        .unwrap();
    let n = st
        .commit_intake(&clerk(), &intake(), IntakeOutcome::Accept, today, now())
        .unwrap()
        .summary
        .number;
    let officer = officer();
    conclude(st, &n);
    let approved = st
        .append_event(
            &officer,
            &n,
            EventKind::Approved {
                on: d(2026, 12, 15),
                valid_until: d(2026, 12, 22),
            },
            d(2026, 12, 15),
            now(),
        )
        .unwrap();
    let m = st
        .commit_intake(&clerk(), &intake(), IntakeOutcome::Accept, today, now())
        .unwrap()
        .summary
        .number;
    conclude(st, &m);
    st.append_event(
        &officer,
        &m,
        EventKind::Approved {
            on: d(2026, 12, 15),
            valid_until: d(2026, 12, 22),
        },
        d(2026, 12, 15),
        now(),
    )
    .unwrap();
    st.append_event(
        &officer,
        &m,
        EventKind::NotLiableForMilitary {
            on: d(2026, 12, 16),
        },
        d(2026, 12, 16),
        now(),
    )
    .unwrap();
    st.append_event(
        &officer,
        &m,
        EventKind::ResidenceDeregistered {
            on: d(2026, 12, 17),
        },
        d(2026, 12, 17),
        now(),
    )
    .unwrap();
    let decided = st
        .append_event(
            &officer,
            &m,
            EventKind::DecisionIssued {
                on: d(2026, 12, 18),
            },
            d(2026, 12, 18),
            now(),
        )
        .unwrap();
    let r = st
        .commit_intake(&clerk(), &intake(), IntakeOutcome::Accept, today, now())
        .unwrap()
        .summary
        .number;
    let grounds = vec![
        RefusalGround {
            ground: 7,
            until: "12.03.2027".into(),
        },
        RefusalGround {
            ground: 8,
            until: String::new(),
        },
    ];
    let refused = st
        .append_event(
            &officer,
            &r,
            EventKind::Refused {
                on: d(2026, 12, 10),
                grounds,
            },
            d(2026, 12, 10),
            now(),
        )
        .unwrap();
    Cases {
        accepted,
        refused_at_intake,
        approved,
        decided,
        refused,
    }
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-raw")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    // Line breaks of wrapped text become spaces, so sentences can be found.
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn page_count(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    text.lines()
        .find(|l| l.starts_with("Pages:"))
        .and_then(|l| l[6..].trim().parse().ok())
        .unwrap()
}

fn qr_of_first_page(pdf: &Path, dir: &Path) -> String {
    let prefix = dir.join("page");
    let st = Command::new("pdftoppm")
        .args(["-r", "300", "-f", "1", "-l", "1", "-png"])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .unwrap();
    assert!(st.success());
    let png = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name().unwrap().to_string_lossy().starts_with("page")
                && p.extension().is_some_and(|e| e == "png")
        })
        .unwrap();
    let out = Command::new("zbarimg")
        .args(["-q", "--raw"])
        .arg(&png)
        .output()
        .expect("zbarimg (zbar-tools) is installed");
    std::fs::remove_file(png).unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn render(
    annex: Annex,
    case: &CaseRecord,
    lang: DocLang,
    dir: &Path,
) -> (std::path::PathBuf, String) {
    let office = office();
    let input = FormInput {
        case,
        office: &office,
        executor: Some("Исполнитель Тестовый"),
        accepted_by: Some("Қабылдаушы Клерк"),
        lang,
        today: d(2026, 12, 20),
    };
    let path = dir.join(format!("annex-{}-{lang}.pdf", annex.code()));
    print::write_pdf(annex, &input, &path).unwrap();
    let text = pdftotext(&path);
    (path, text)
}

#[test]
fn every_form_in_both_languages_reads_back_with_its_values_and_qr() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let c = cases(&mut st);
    let full_name = format!("{KAZAKH_SURNAME} {KAZAKH_GIVEN} {LATIN_EXT}");
    for lang in [DocLang::Kk, DocLang::Ru] {
        for annex in Annex::ALL {
            let case = match annex {
                Annex::A1 => &c.decided,
                Annex::A1_1 => &c.refused,
                Annex::A4_1 => &c.approved,
                Annex::A5 => &c.refused_at_intake,
                Annex::A2 | Annex::A3 | Annex::A4 => &c.accepted,
            };
            let (path, text) = render(annex, case, lang, dir.path());
            let heading = match lang {
                DocLang::Kk => format!("стандартына {}-қосымша", annex.code()),
                DocLang::Ru => format!("Приложение {} к стандарту", annex.code()),
            };
            assert!(
                text.contains(&heading),
                "{annex:?} {lang}: heading in {text}"
            );
            if annex != Annex::A3 {
                // Every Kazakh letter, both cases, and Latin Extended-A come back intact.
                assert!(
                    text.contains(&full_name),
                    "{annex:?} {lang}: name missing from {text}"
                );
            }
            assert!(
                text.contains(&case.summary.number.to_string()),
                "{annex:?} {lang}: case number"
            );
            // Each copy of a form made in two is labelled with its party.
            let label = match lang {
                DocLang::Kk => "данадан):",
                DocLang::Ru => "Экземпляр ",
            };
            let copies = usize::from(annex.copies());
            assert_eq!(
                text.matches(label).count(),
                if copies > 1 { copies } else { 0 },
                "{annex:?} {lang}: copies"
            );
            // One page: no page number.
            if page_count(&path) == usize::from(annex.copies()) {
                assert!(!text.contains(" бет ") && !text.contains("стр. "), "{text}");
            }
            assert_eq!(
                qr_of_first_page(&path, dir.path()),
                print::qr_payload(&case.summary.number, annex)
            );
            // Values the case knows.
            match annex {
                Annex::A1 => {
                    // The country's name in the form's language, not its code.
                    let name = emigration_desk::domain::places::country_name(
                        &case.state.intake.destination_country,
                        lang,
                    );
                    assert!(text.contains(&name), "{name}");
                    assert!(!text.contains(" DE "), "the code leaked");
                    assert!(text.contains("Сейтқали Айгерім Ержанқызы, 01.09.2020"));
                    // The deregistration and the day to leave by are the
                    // case page's and the handover's, not the decision's.
                    assert!(
                        !text.contains("17.12.2026") && !text.contains("27.12.2026"),
                        "deregistered, leave by: {text}"
                    );
                }
                Annex::A1_1 => {
                    let (court, tax) = match lang {
                        DocLang::Kk => (
                            "азаматтық сот ісін жүргізуде жауапкер",
                            "салықтық берешегі бар",
                        ),
                        DocLang::Ru => (
                            "ответчиком по гражданскому судопроизводству",
                            "налоговую задолженность",
                        ),
                    };
                    assert!(text.contains(court) && text.contains(tax), "{text}");
                    assert!(text.contains("12.03.2027"), "the officer's until");
                }
                Annex::A2 => {
                    for v in [
                        "850115300001",
                        "N12345678",
                        "041234567",
                        "«Digital Qazaqstan» ЖШС",
                        "Сейтқалиева Динара Маратқызы",
                        "Қабылдаушы Клерк",
                    ] {
                        assert!(text.contains(v), "{lang}: {v} missing");
                    }
                }
                Annex::A4 => {
                    let come = match lang {
                        DocLang::Kk => "берушіге 2026 \"17\" желтоқсан келуі қажет",
                        DocLang::Ru => "к услугодателю \"17\" декабря 2026 г.",
                    };
                    assert!(text.contains(come), "the come-back date: {text}")
                }
                Annex::A4_1 => {
                    let valid = match lang {
                        DocLang::Kk => "Мерзімі 2026 жылғы \"22\" желтоқсан дейін",
                        DocLang::Ru => "Действителен до \"22\" декабря 2026 года.",
                    };
                    assert!(text.contains(valid), "valid until: {text}")
                }
                Annex::A5 => {
                    let fee = match lang {
                        DocLang::Kk => "Мемлекеттік баждың төленгенін растайтын құжат",
                        DocLang::Ru => "Документ об уплате государственной пошлины",
                    };
                    assert!(text.contains(fee), "{text}");
                    // The office's number, and its address in the form's
                    // language.
                    let address = match lang {
                        DocLang::Kk => "Астана қ., Тұран даңғылы 1",
                        DocLang::Ru => "г. Астана, пр. Туран, 1",
                    };
                    assert!(text.contains("№ 3 ") && text.contains(address), "{text}");
                }
                Annex::A3 => assert!(text.contains("Астана қ., Есіл ауданы")),
            }
            if matches!(
                annex,
                Annex::A1 | Annex::A1_1 | Annex::A4 | Annex::A4_1 | Annex::A5
            ) {
                assert!(text.contains("Исполнитель Тестовый") && text.contains("+7 7172 55 00 00"));
            }
        }
    }
}

/// A distinct synthetic name for relative `n` (names hold no digits).
fn relative_name(n: i32) -> String {
    let letters: Vec<char> = "абвгдежзиклмнопрстуфхцшәғқңөұүһі".chars().collect();
    let a = letters[(n as usize) % letters.len()];
    let b = letters[(n as usize / letters.len()) % letters.len()];
    format!("Туыс{b}{a} Құрманбекұлы Жақсылық")
}

#[test]
fn forty_relatives_and_long_values_paginate_without_loss() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let mut i = intake();
    let long_address =
        "Қазақстан Республикасы, Алматы облысы, Қонаев қаласы, ".repeat(5) + "Бірлік көшесі 7";
    i.relatives = (0..40)
        .map(|n| Relative {
            full_name: relative_name(n),
            relationship: if n % 2 == 0 {
                Some(Relationship::Son)
            } else {
                Some(Relationship::Daughter)
            },
            deceased: n == 3,
            death_certificate: if n == 3 {
                "№ 0012345, 01.02.2020".into()
            } else {
                String::new()
            },
            birth_year: Some(1950 + n),
            birth_place: "Шымкент".into(),
            country: "KZ".into(),
            address: long_address.clone(),
            workplace: "«Қазақтелеком» АҚ".into(),
            marriage_place: String::new(),
        })
        .collect();
    let case = st
        .commit_intake(&clerk(), &i, IntakeOutcome::Accept, d(2026, 11, 25), now())
        .unwrap();
    let (path, text) = render(Annex::A2, &case, DocLang::Kk, dir.path());
    for n in 0..40 {
        assert!(text.contains(&relative_name(n)), "relative {n}");
    }
    assert!(text.contains("Бірлік көшесі 7"));
    assert!(text.contains("№ 0012345, 01.02.2020"));
    assert!(page_count(&path) >= 4, "{} pages", page_count(&path));
    // The closing statements come after the tables, whole.
    assert!(text.contains("келісім беремін"));
}

/// Two children leaving with the applicant alone, whose other parent is
/// the same person, and a dependant: as the questionnaire has them.
fn family(other_parent: Whereabouts) -> Intake {
    let mut i = intake();
    for c in &mut i.children[1..] {
        c.leaves_with = LeavesWith::OneParent;
        c.other_parent = Some(OtherParent {
            full_name: "Бекова Айгүл Сәкенқызы".into(),
            whereabouts: other_parent,
        });
    }
    // The other parent is the applicant's former wife.
    i.relatives.push(Relative {
        full_name: "Бекова  Айгүл Сәкенқызы".into(),
        relationship: Some(Relationship::FormerSpouse),
        deceased: false,
        death_certificate: String::new(),
        birth_year: Some(1989),
        birth_place: String::new(),
        country: String::new(),
        address: String::new(),
        workplace: String::new(),
        marriage_place: String::new(),
    });
    i.dependants = vec![Dependant {
        full_name: "Асыраушы Әже Апаевна".into(),
        relationship: "grandmother".into(),
        whereabouts: Whereabouts::Unknown,
    }];
    i
}

const CHILDREN: &str = "Сейтқали Әлихан Ержанұлы, Сейтқали Айгерім Ержанқызы";

#[test]
fn annex_5_and_annex_3_name_each_person_once_and_say_whom_for() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    // Annex 5: the other parent's consent, needed for two children, is
    // one document of one person; the dependant's registration is
    // unknown, so the Annex 3 request is missing for her.
    let refused = st
        .commit_intake(
            &clerk(),
            &family(Whereabouts::InKazakhstan),
            IntakeOutcome::RefuseIncomplete,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    for (lang, consent, parent, dependant, request, employee) in [
        (
            DocLang::Ru,
            "Нотариально засвидетельствованное согласие второго родителя (или решение суда)",
            format!("Бекова Айгүл Сәкенқызы, второй родитель детей ({CHILDREN})"),
            "иждивенец Асыраушы Әже Апаевна",
            "Заявление об установлении регистрации (приложение 3)",
            "работника Государственной корпорации",
        ),
        (
            DocLang::Kk,
            "Екінші ата-ананың нотариат куәландырған келісімі (немесе сот шешімі)",
            format!("Бекова Айгүл Сәкенқызы, балалардың ({CHILDREN}) екінші ата-анасы"),
            "асырауындағы Асыраушы Әже Апаевна",
            "Тіркелгенін анықтау туралы өтініш (3-қосымша)",
            "Мемлекеттік корпорация қызметкерінің",
        ),
    ] {
        let (_, text) = render(Annex::A5, &refused, lang, dir.path());
        // Two copies, one line each.
        assert_eq!(text.matches(consent).count(), 2, "{lang}: {text}");
        assert!(
            text.contains(&format!("1) {consent} — {parent};")),
            "{lang}: {text}"
        );
        // The last line ends the list with a full stop.
        assert!(
            text.contains(&format!("2) {request} — {dependant}.")),
            "{lang}: {text}"
        );
        assert!(
            !text.contains("; 3) ") && !text.contains(". 3) "),
            "{lang}: {text}"
        );
        assert!(text.contains(employee));
        for leak in ["Annex", "(9", "9(", "9,"] {
            assert!(!text.contains(leak), "{lang}: {leak:?} in {text}");
        }
    }

    // Annex 3: one request per person (not one per child), with the
    // person's relationship to the applicant.
    let open = st
        .commit_intake(
            &clerk(),
            &family(Whereabouts::Unknown),
            IntakeOutcome::Open,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    for (lang, parent, dependant) in [
        (
            DocLang::Kk,
            format!(
                "Бекова Айгүл Сәкенқызы, бұрынғы жұбайы, менің балаларымның ({CHILDREN}) екінші ата-анасы"
            ),
            "Асыраушы Әже Апаевна, әжесі (асырауындағы)",
        ),
        (
            DocLang::Ru,
            format!(
                "гражданки Бекова Айгүл Сәкенқызы, бывшая супруга, второй родитель моих детей ({CHILDREN})"
            ),
            "Асыраушы Әже Апаевна, бабушка (иждивенец)",
        ),
    ] {
        let (path, text) = render(Annex::A3, &open, lang, dir.path());
        assert_eq!(page_count(&path), 2, "{lang}: {text}");
        assert!(text.contains(&parent), "{lang}: {text}");
        assert!(text.contains(dependant), "{lang}: {text}");
        assert!(!text.contains("баласының"), "{lang}: {text}");
    }
}

#[test]
fn every_letter_a_name_may_hold_has_a_glyph() {
    use emigration_desk::domain::ids::is_name_letter;
    let mut missing = Vec::new();
    for c in (0x20u32..0x0500).filter_map(char::from_u32) {
        if is_name_letter(c) && !print::has_glyph(c) {
            missing.push(c);
        }
    }
    for c in ['₸', '№', '«', '»', '–', '—', '’', 'ʼ'] {
        if !print::has_glyph(c) {
            missing.push(c);
        }
    }
    assert!(missing.is_empty(), "no glyph for {missing:?}");
    assert!(!print::has_glyph('中'), "the check can fail");
}

/// The words of a text, split at anything that is not a letter.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
}

fn latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

fn cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Every string value (not the keys) of a JSON document.
fn json_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|v| json_strings(v, out)),
        serde_json::Value::Object(o) => o.values().for_each(|v| json_strings(v, out)),
        _ => {}
    }
}

/// The Latin-letter words a form may print: those of the case's own data
/// (names, a passport number, an organisation), nothing else.
fn data_words(case: &CaseRecord, office: &Office) -> std::collections::BTreeSet<String> {
    let mut strings = Vec::new();
    json_strings(
        &serde_json::to_value(&case.state.intake).unwrap(),
        &mut strings,
    );
    json_strings(&serde_json::to_value(office).unwrap(), &mut strings);
    strings.extend(case.state.grounds.iter().map(|g| g.until.clone()));
    strings
        .iter()
        .flat_map(|s| words(s).map(str::to_string).collect::<Vec<_>>())
        .collect()
}

/// A case refused at review on these grounds (the record as printed; the
/// grounds set directly, whatever the stage allows).
fn refused_on(st: &mut Store, i: &Intake, grounds: Vec<RefusalGround>) -> CaseRecord {
    let n = st
        .commit_intake(&clerk(), i, IntakeOutcome::Accept, d(2026, 11, 25), now())
        .unwrap()
        .summary
        .number;
    let mut rec = st
        .append_event(
            &officer(),
            &n,
            EventKind::Refused {
                on: d(2026, 12, 10),
                grounds: vec![RefusalGround {
                    ground: 7,
                    until: String::new(),
                }],
            },
            d(2026, 12, 10),
            now(),
        )
        .unwrap();
    rec.state.grounds = grounds;
    rec
}

fn ground(n: u8, until: &str) -> RefusalGround {
    RefusalGround {
        ground: n,
        until: until.into(),
    }
}

fn render_at(
    annex: Annex,
    case: &CaseRecord,
    lang: DocLang,
    dir: &Path,
    office: &Office,
) -> (std::path::PathBuf, String) {
    let input = FormInput {
        case,
        office,
        executor: Some("Исполнитель Тестовый"),
        accepted_by: Some("Қабылдаушы Клерк"),
        lang,
        today: d(2026, 12, 20),
    };
    let path = dir.join(format!("annex-{}-{lang}-{}.pdf", annex.code(), office.id));
    print::write_pdf(annex, &input, &path).unwrap();
    let text = pdftotext(&path);
    (path, text)
}

/// Every form of every case in both languages, printed while the window
/// speaks English: no English word reaches a form (no missing-message
/// notice, no paragraph code, no "until" typed from the English window).
#[test]
fn nothing_of_the_interface_language_reaches_a_form() {
    emigration_desk::i18n::set_language(emigration_desk::i18n::UiLang::En);
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let c = cases(&mut st);
    let refused_at_intake = st
        .commit_intake(
            &clerk(),
            &family(Whereabouts::Unknown),
            IntakeOutcome::RefuseIncomplete,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    // Ground 8 has no "until" in the standard; ground 1's "until" was
    // filled in from the English window (as the window once did).
    let refused = refused_on(
        &mut st,
        &intake(),
        vec![ground(8, ""), ground(1, "these circumstances end")],
    );
    let lapsed = refused_on(&mut st, &intake(), vec![ground(0, "")]);
    let office = office();
    for lang in [DocLang::Kk, DocLang::Ru] {
        for annex in Annex::ALL {
            let cases: Vec<&CaseRecord> = match annex {
                Annex::A1 => vec![&c.decided],
                Annex::A1_1 => vec![&c.refused, &refused, &lapsed],
                Annex::A4_1 => vec![&c.approved],
                Annex::A5 => vec![&c.refused_at_intake, &refused_at_intake],
                Annex::A2 | Annex::A3 | Annex::A4 => vec![&c.accepted, &refused_at_intake],
            };
            for case in cases {
                let (_, text) = render_at(annex, case, lang, dir.path(), &office);
                let allowed = data_words(case, &office);
                let foreign: Vec<&str> = words(&text)
                    .filter(|w| w.chars().any(latin) && !allowed.contains(*w))
                    .collect();
                assert!(
                    foreign.is_empty(),
                    "{annex:?} {lang}: {foreign:?} in {text}"
                );
            }
        }
    }
}

/// Kazakh і is U+0456, never the Latin i that looks the same: no word of
/// a Kazakh form (nor of the print module's own strings) mixes the two
/// alphabets.
#[test]
fn no_word_of_a_kazakh_form_mixes_latin_and_cyrillic_letters() {
    let mixed = |text: &str| -> Vec<String> {
        words(text)
            .filter(|w| w.chars().any(latin) && w.chars().any(cyrillic))
            .map(str::to_string)
            .collect()
    };
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let c = cases(&mut st);
    let refused = refused_on(
        &mut st,
        &intake(),
        (0..=8).map(|n| ground(n, "12.03.2027")).collect(),
    );
    let open = st
        .commit_intake(
            &clerk(),
            &family(Whereabouts::Unknown),
            IntakeOutcome::Open,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    for annex in Annex::ALL {
        let case = match annex {
            Annex::A1 => &c.decided,
            Annex::A1_1 => &refused,
            Annex::A4_1 => &c.approved,
            Annex::A5 => &c.refused_at_intake,
            Annex::A3 => &open,
            Annex::A2 | Annex::A4 => &c.accepted,
        };
        let (_, text) = render(annex, case, DocLang::Kk, dir.path());
        assert!(mixed(&text).is_empty(), "{annex:?}: {:?}", mixed(&text));
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/print");
    for entry in std::fs::read_dir(src).unwrap() {
        let path = entry.unwrap().path();
        let code = std::fs::read_to_string(&path).unwrap();
        assert!(
            mixed(&code).is_empty(),
            "{}: {:?}",
            path.display(),
            mixed(&code)
        );
    }
}

fn police() -> Office {
    Office {
        id: "police".into(),
        code: 43,
        kind: OfficeKind::MigrationPolice,
        name: "Астана қаласы ПД Көші-қон қызметі басқармасы".into(),
        name_ru: "Управление миграционной службы ДП города Астаны".into(),
        number: "7".into(),
        address: "Астана қ., Бейбітшілік көшесі 14".into(),
        address_ru: "г. Астана, ул. Бейбитшилик, 14".into(),
        phone: "+7 7172 71 00 00".into(),
    }
}

/// Printed at a migration police office, no form names a State
/// Corporation department; the office's name and address print in the
/// form's language; and there is no Annex 5 there: the act gives the
/// receipt of refusal to the State Corporation's employee (para 10).
#[test]
fn a_police_office_prints_in_its_own_name_and_no_annex_5() {
    use emigration_desk::domain::forms::{printable, FormRefusal};
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let c = cases(&mut st);
    let police = police();
    for lang in [DocLang::Kk, DocLang::Ru] {
        for annex in Annex::ALL {
            let case = match annex {
                Annex::A1 => &c.decided,
                Annex::A1_1 => &c.refused,
                Annex::A4_1 => &c.approved,
                Annex::A5 => &c.refused_at_intake,
                Annex::A2 | Annex::A3 | Annex::A4 => &c.accepted,
            };
            if annex == Annex::A5 {
                let e = printable(&case.state, annex, OfficeKind::MigrationPolice).unwrap_err();
                assert_eq!(
                    e.why,
                    FormRefusal::NotAtThisOffice(OfficeKind::MigrationPolice)
                );
                assert!(printable(&case.state, annex, OfficeKind::StateCorporation).is_ok());
                continue;
            }
            let (_, text) = render_at(annex, case, lang, dir.path(), &police);
            assert!(
                !text.to_lowercase().contains("корпорац"),
                "{annex:?} {lang}: {text}"
            );
            if annex == Annex::A3 {
                let (name, other) = match lang {
                    DocLang::Kk => (&police.name, &police.name_ru),
                    DocLang::Ru => (&police.name_ru, &police.name),
                };
                assert!(text.contains(name.as_str()), "{lang}: {text}");
                assert!(!text.contains(other.as_str()), "{lang}: {text}");
            }
            if annex.copies() == 2 {
                let provider = match lang {
                    DocLang::Kk => "көрсетілетін қызметті беруші үшін",
                    DocLang::Ru => "для услугодателя",
                };
                assert!(text.contains(provider), "{annex:?} {lang}: {text}");
            }
        }
    }
    // The State Corporation's own Annex 5 names its department, and its
    // address in the form's language.
    let (_, text) = render(Annex::A5, &c.refused_at_intake, DocLang::Ru, dir.path());
    assert!(
        text.contains("отдел № 3 филиала Государственной корпорации"),
        "{text}"
    );
    assert!(
        text.contains("г. Астана, пр. Туран, 1") && !text.contains("Тұран даңғылы"),
        "{text}"
    );
}

/// Position of `needle` in `text`, or a failure naming it.
fn at(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} missing from {text}"))
}

/// The Russian forms keep the standard's word order, and words that agree
/// with the applicant's sex follow the IIN (7th digit: odd male, even
/// female), in Kazakh too.
#[test]
fn russian_word_order_and_the_applicants_sex() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let c = cases(&mut st);
    let name = c.refused.state.intake.applicant.full_name();

    // Annex 1-1: «Уведомляем [ФИО] об отказе … в связи с основаниями … а
    // именно: 1. …».
    let (_, text) = render(Annex::A1_1, &c.refused, DocLang::Ru, dir.path());
    let notify = at(&text, &format!("Уведомляем {name} (указать фамилию"));
    let refusal = at(
        &text,
        "об отказе в оказании государственной услуги \"Оформление документов",
    );
    let grounds = at(
        &text,
        "\" в связи с основаниями, предусмотренными пунктом 10 настоящего стандарта государственной услуги, а именно: 1. ",
    );
    assert!(notify < refusal && refusal < grounds, "{text}");
    assert!(!text.contains("услугополучателя Әғқ"), "{text}");

    // Annex 2: «… на постоянное жительство в [страна] со снятием с
    // регистрационного учёта по адресу [адрес]».
    let i = &c.accepted.state.intake;
    let (_, text) = render(Annex::A2, &c.accepted, DocLang::Ru, dir.path());
    let country = at(
        &text,
        &format!(
            "Прошу оформить документы для выезда из Республики Казахстан на постоянное жительство в {} со снятием",
            emigration_desk::domain::places::country_name(&i.destination_country, DocLang::Ru)
        ),
    );
    let address = at(
        &text,
        &format!(
            "со снятием с регистрационного учета по адресу {}. (указать адрес регистрации",
            i.registered_address
        ),
    );
    assert!(country < address, "{text}");

    // A woman (IIN 961225400001: 7th digit 4).
    let mut woman = intake();
    woman.applicant.iin = "961225400001".into();
    woman.applicant.birth_date = Some(d(1996, 12, 25));
    let accepted = st
        .commit_intake(
            &clerk(),
            &woman,
            IntakeOutcome::Accept,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    let refused = refused_on(&mut st, &woman, vec![ground(1, ""), ground(2, "")]);
    let lapsed = refused_on(&mut st, &woman, vec![ground(0, "")]);
    let man_refused = refused_on(&mut st, &intake(), vec![ground(1, ""), ground(2, "")]);
    let checks: Vec<(Annex, &CaseRecord, DocLang, Vec<&str>)> = vec![
        (
            Annex::A1,
            &accepted,
            DocLang::Ru,
            vec!["гражданке Әғқ", "С ней выезжают дети:"],
        ),
        (
            Annex::A1,
            &accepted,
            DocLang::Kk,
            vec!["байланысты азаматша Әғқ"],
        ),
        (
            Annex::A1,
            &c.decided,
            DocLang::Kk,
            vec!["байланысты азамат Әғқ"],
        ),
        (
            Annex::A2,
            &accepted,
            DocLang::Ru,
            vec![
                "анкете-заявлении предупреждена (Основание",
                "Согласна на использование",
                // Her husband.
                "Сейтқалиева Динара Маратқызы супруг ",
            ],
        ),
        (
            Annex::A2,
            &c.accepted,
            DocLang::Ru,
            vec!["Сейтқалиева Динара Маратқызы супруга "],
        ),
        (Annex::A3, &accepted, DocLang::Ru, vec!["от гражданки Әғқ"]),
        (Annex::A3, &accepted, DocLang::Kk, vec!["азаматша Әғқ"]),
        (
            Annex::A1_1,
            &refused,
            DocLang::Ru,
            vec![
                "1. осведомлена о сведениях",
                "и не уведомила соответствующие",
                "2. задержана по подозрению",
                "либо привлечена в качестве",
                "в отношении нее вынесено",
            ],
        ),
        (
            Annex::A1_1,
            &man_refused,
            DocLang::Ru,
            vec!["1. осведомлен о сведениях", "в отношении него вынесено"],
        ),
        (
            Annex::A1_1,
            &lapsed,
            DocLang::Ru,
            vec!["а именно: 1. не представила в течение 7 календарных дней справку"],
        ),
    ];
    for (annex, case, lang, phrases) in checks {
        let (_, text) = render(annex, case, lang, dir.path());
        for p in phrases {
            assert!(
                text.contains(p),
                "{annex:?} {lang}: {p:?} missing from {text}"
            );
        }
        // (A blank Annex 3 request's person is nobody yet: "гражданина(ки)".)
        let neutrals: &[&str] = if annex == Annex::A3 {
            &["гражданина(ки) Әғқ", "азамат (ша) Әғқ"]
        } else {
            &[
                "(а)", "(ке)", "(ки)", "(ней)", "(нее)", "(на)", "(ла)", "(ша)",
            ]
        };
        for neutral in neutrals {
            assert!(
                !text.contains(neutral),
                "{annex:?} {lang}: {neutral:?} in {text}"
            );
        }
    }
}

/// Each ground of Annex 1-1 prints the standard's wording and its own
/// "until" in the form's language, in the act's numbered blanks «1.
/// ____-____ дейін;» — numbered 1., 2., 3. in order, not by the item of
/// para 10; what the officer typed is a detail after the ground in
/// parentheses; ground 8 has no "until" (the line is left for the hand),
/// nor has the Annex 4-1 note's ground (0); ground 5 cites the law.
#[test]
fn refusal_grounds_print_the_standards_wording_and_the_detail_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let refused = refused_on(
        &mut st,
        &intake(),
        vec![
            ground(8, "12 400 ₸"),
            ground(7, "№ 2-1234/2026, 12.03.2027"),
            ground(1, "осы мән-жайлардың қолданылуы тоқтатылғанға"),
            ground(5, ""),
        ],
    );
    let lapsed = refused_on(&mut st, &intake(), vec![ground(0, "")]);
    let (_, text) = render(Annex::A1_1, &refused, DocLang::Ru, dir.path());
    for line in [
        "а именно: 1. осведомлен о сведениях, составляющих государственные секреты и иную охраняемую законом тайну, и не уведомил соответствующие уполномоченные органы о факте своего выезда за пределы Республики Казахстан – до прекращения действия этих обстоятельств; 2.",
        "2. проходит срочную воинскую службу – до окончания ее прохождения или освобождения от нее в соответствии с Законом РК от 16.02.2012 «О воинской службе и статусе военнослужащих»; 3.",
        "3. является ответчиком по гражданскому судопроизводству (№ 2-1234/2026, 12.03.2027) – до вступления в законную силу решения суда; 4.",
        "4. имеет налоговую задолженность (12 400 ₸) – до ________________. В случаях несогласия",
    ] {
        assert!(text.contains(line), "{line:?} missing from {text}");
    }
    let (_, text) = render(Annex::A1_1, &refused, DocLang::Kk, dir.path());
    for line in [
        "атап атқанда: 1. мемлекеттік және заңмен қорғалатын өзге де құпияны құрайтын",
        "тиісті уәкілетті органдарға хабарламаған - осы мән-жайлардың қолданылуы тоқтатылғанға дейін; 2.",
        "2. мерзімді әскери қызметін өткеріп жатыр - осы қызметті өткеру аяқталғанға дейін немесе \"Әскери қызмет және әскери қызметшінің мәртебесі туралы\" 2012 жылғы 16 ақпандағы Қазақстан Республикасының Заңына сәйкес одан босатылғанға дейін; 3.",
        "3. азаматтық сот ісін жүргізуде жауапкер болып табылады (№ 2-1234/2026, 12.03.2027) - сот шешімі заңды күшіне енгенге дейін; 4.",
        "4. салықтық берешегі бар (12 400 ₸) - ________________ дейін. байланысты",
    ] {
        assert!(text.contains(line), "{line:?} missing from {text}");
    }
    for (lang, want) in [
        (
            DocLang::Ru,
            "а именно: 1. не представил в течение 7 календарных дней справку о снятии с воинского учета (в случае отношения к воинской обязанности) (примечание к приложению 4-1, пункт 10) – до ________________. В случаях",
        ),
        (
            DocLang::Kk,
            "атап атқанда: 1. күнтізбелік 7 күн ішінде әскери есептен (әскери міндетті болса) шыққаны туралы анықтаманы ұсынбады (4-1-қосымшаның ескертпесі, 10-тармақ) - ________________ дейін. байланысты",
        ),
    ] {
        let (_, text) = render(Annex::A1_1, &lapsed, lang, dir.path());
        assert!(text.contains(want), "{lang}: {want:?} missing from {text}");
    }
}

/// The text of page `p` of a PDF, whitespace collapsed.
fn page_text(pdf: &Path, p: usize) -> String {
    let out = Command::new("pdftotext")
        .args(["-raw", "-f", &p.to_string(), "-l", &p.to_string()])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn qr_of_page(pdf: &Path, p: usize, dir: &Path) -> String {
    let prefix = dir.join(format!("qr-{p}"));
    let st = Command::new("pdftoppm")
        .args(["-r", "200", "-singlefile", "-png"])
        .args(["-f", &p.to_string(), "-l", &p.to_string()])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .unwrap();
    assert!(st.success());
    let png = prefix.with_extension("png");
    let out = Command::new("zbarimg")
        .args(["-q", "--raw"])
        .arg(&png)
        .output()
        .expect("zbarimg (zbar-tools) is installed");
    std::fs::remove_file(png).unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// Annex 2 over several pages: every page has the QR code, the case
/// number and "page N of M"; a word too long for its cell breaks with a
/// hyphen; a statement stays on one page with its signature line and
/// caption, wherever the tables end.
#[test]
fn every_page_carries_the_qr_code_the_case_number_and_its_number() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let long_word = "Жүктасымалдаужөндеуорталығыныңбасқармасы";
    let mut i = intake();
    i.relatives = (0..30)
        .map(|n| Relative {
            full_name: relative_name(n),
            relationship: Some(Relationship::Son),
            deceased: false,
            death_certificate: String::new(),
            birth_year: Some(1990),
            birth_place: "Шымкент".into(),
            country: String::new(),
            address: "Алматы облысы, Қонаев қаласы, Бірлік көшесі 7".into(),
            workplace: long_word.into(),
            marriage_place: String::new(),
        })
        .collect();
    let case = st
        .commit_intake(&clerk(), &i, IntakeOutcome::Accept, d(2026, 11, 25), now())
        .unwrap();
    let number = case.summary.number.to_string();
    for lang in [DocLang::Ru, DocLang::Kk] {
        let (path, _) = render(Annex::A2, &case, lang, dir.path());
        let pages = page_count(&path);
        assert!(pages >= 3, "{pages} pages");
        for p in 1..=pages {
            let text = page_text(&path, p);
            let mark = match lang {
                DocLang::Kk => format!("{p}-бет / {pages} бет"),
                DocLang::Ru => format!("стр. {p} из {pages}"),
            };
            assert!(text.contains(&number), "{lang} page {p}: {text}");
            assert!(text.contains(&mark), "{lang} page {p}: {text}");
            if lang == DocLang::Ru {
                assert_eq!(
                    qr_of_page(&path, p, dir.path()),
                    print::qr_payload(&case.summary.number, Annex::A2),
                    "page {p}"
                );
            }
        }
        // The long word comes back whole once its hyphens at line ends
        // are joined; no line ends in a piece of it without one.
        let raw = Command::new("pdftotext")
            .arg("-raw")
            .arg(&path)
            .arg("-")
            .output()
            .unwrap();
        let raw = String::from_utf8(raw.stdout).unwrap();
        assert_eq!(raw.replace("-\n", "").matches(long_word).count(), 30);
        for line in raw.lines() {
            if let Some(last) = line.split_whitespace().last() {
                if last.chars().count() > 2
                    && last.len() < long_word.len()
                    && long_word.starts_with(last)
                {
                    panic!("{lang}: {last:?} broken without a hyphen");
                }
            }
        }
    }

    // Wherever the relatives table ends, each statement is on one page
    // with its signature line and caption.
    for rows in 10..=26 {
        i.relatives.truncate(rows);
        let case = st
            .commit_intake(&clerk(), &i, IntakeOutcome::Accept, d(2026, 11, 25), now())
            .unwrap();
        let (path, _) = render(Annex::A2, &case, DocLang::Kk, dir.path());
        let pages: Vec<String> = (1..=page_count(&path))
            .map(|p| page_text(&path, p))
            .collect();
        for (statement, signature) in [
            ("Сауалнама-өтініште көрінеу жалған", "ескертілдім"),
            ("Ақпараттың жүйелердегі заңмен", "келісім беремін"),
        ] {
            let page = pages
                .iter()
                .find(|t| t.contains(statement))
                .unwrap_or_else(|| panic!("{rows} rows: no {statement:?}"));
            let after = &page[page.find(statement).unwrap()..];
            let caption = "(көрсетілетін қызметті алушының қолы)";
            assert!(
                after.contains(signature) && after.contains(caption),
                "{rows} rows: {statement:?} split from its signature: {page}"
            );
        }
        let last = pages.last().unwrap();
        assert!(
            last.contains("Сауалнама-өтініш 2026 жылғы \"25\" қараша қабылданды. Қабылдаушы Клерк (сауалнама-өтінішті қабылдаған адамның"),
            "{rows} rows: {last}"
        );
    }
}

fn pdfinfo_title(pdf: &Path) -> String {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("Title:"))
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn pdffonts(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdffonts").arg(pdf).output().unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .skip(2)
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

/// A list with nothing in it says "none" (not an open blank); the title
/// viewers show is the form's, readable; only the two embedded faces are
/// in the file.
#[test]
fn empty_lists_say_none_and_the_file_names_its_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let mut i = intake();
    i.children.clear();
    i.relatives.clear();
    i.activities.clear();
    i.applicant.former_names.clear();
    i.documents.clear();
    let i = emigration_desk::domain::demo::with_papers(i);
    let case = st
        .commit_intake(&clerk(), &i, IntakeOutcome::Accept, d(2026, 11, 25), now())
        .unwrap();
    for (lang, none, kids) in [
        (DocLang::Ru, "нет", "С ним выезжают дети: нет. (указать"),
        (DocLang::Kk, "жоқ", "Онымен бірге балалары: жоқ (тегі"),
    ] {
        let (_, text) = render(Annex::A1, &case, lang, dir.path());
        assert!(text.contains(kids), "{lang}: {text}");
        let (_, text) = render(Annex::A2, &case, lang, dir.path());
        let (former, children, relatives, jobs) = match lang {
            DocLang::Ru => (
                "Бақытжанұлы", // the name, then the former names' blank
                "№ паспорта",
                "браке)",
                "(службы)",
            ),
            DocLang::Kk => ("Бақытжанұлы", "Паспорт №", "үшін", "бойынша"),
        };
        let _ = former;
        let name = case.state.intake.applicant.full_name();
        for want in [
            format!("{name} ("),
            format!("{children} {none}"),
            format!("{relatives} {none}"),
            format!("{jobs} {none}"),
        ] {
            assert!(text.contains(&want), "{lang}: {want:?} missing from {text}");
        }
        let cap = match lang {
            DocLang::Ru => "(фамилия, имя, отчество (при его наличии)) нет (если имели",
            DocLang::Kk => "(тегі, аты, әкесінің аты (ол болған жағдайда) жоқ егер басқа",
        };
        assert!(text.contains(cap), "{lang}: former names: {text}");
    }

    let c = cases(&mut st);
    for lang in [DocLang::Kk, DocLang::Ru] {
        for annex in Annex::ALL {
            let case = match annex {
                Annex::A1 => &c.decided,
                Annex::A1_1 => &c.refused,
                Annex::A4_1 => &c.approved,
                Annex::A5 => &c.refused_at_intake,
                Annex::A2 | Annex::A3 | Annex::A4 => &c.accepted,
            };
            let (path, text) = render(annex, case, lang, dir.path());
            let title = pdfinfo_title(&path);
            let number = case.summary.number.to_string();
            let (form_title, case_label) = match (annex, lang) {
                (Annex::A4, DocLang::Ru) => (
                    "Расписка о приеме документов у услугополучателя",
                    format!("Дело № {number}"),
                ),
                (Annex::A4, DocLang::Kk) => (
                    "Көрсетілетін қызметті алушыдан құжаттарды қабылдау туралы қолхат",
                    format!("Іс № {number}"),
                ),
                (_, DocLang::Ru) => ("", format!("Дело № {number}")),
                (_, DocLang::Kk) => ("", format!("Іс № {number}")),
            };
            assert!(
                title.starts_with(form_title) && title.ends_with(&format!("— {case_label}")),
                "{annex:?} {lang}: title {title:?}"
            );
            // The title is the form's own title, as printed on it.
            let printed = title.trim_end_matches(&format!(" — {case_label}"));
            assert!(text.contains(printed), "{annex:?} {lang}: {printed:?}");
            assert_eq!(pdffonts(&path).len(), 2, "{annex:?} {lang}: fonts");
        }
    }
}

/// The messages of `locales/<lang>` whose keys start with one of
/// `prefixes`, as text (placeholders and selectors left out).
fn locale_texts(lang: DocLang, prefixes: &[&str]) -> Vec<String> {
    let path = format!(
        "{}/locales/{lang}/emigration_desk.ftl",
        env!("CARGO_MANIFEST_DIR")
    );
    let ftl = std::fs::read_to_string(path).unwrap();
    let mut out = Vec::new();
    let mut keep = false;
    for line in ftl.lines() {
        let body = match line.split_once(" = ") {
            Some((key, body))
                if !key.starts_with(char::is_whitespace)
                    && key.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
                    }) =>
            {
                keep = prefixes.iter().any(|p| key.starts_with(p));
                body
            }
            _ if line.starts_with(char::is_whitespace) => line,
            _ => {
                keep = false;
                continue;
            }
        };
        if keep {
            let text: String = body
                .split_whitespace()
                .filter(|w| !w.starts_with('$') && !w.contains('[') && *w != "->")
                .collect::<Vec<_>>()
                .join(" ");
            out.push(text);
        }
    }
    out
}

#[path = "common/act.rs"]
mod act;

/// The act's block of a form (tests/data/forms/README.md).
fn act_block(annex: Annex, lang: DocLang) -> String {
    let path = format!(
        "{}/tests/data/forms/annex-{}-{lang}.txt",
        env!("CARGO_MANIFEST_DIR"),
        annex.code()
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// What the blanks of a form may hold: the case's and the office's data,
/// the names the test gives, countries and nationalities by their names,
/// and the wording of values (relationships, grounds, documents and whom
/// they are for, yes and no, "none", the months of a date).
fn act_values(case: &CaseRecord, office: &Office, lang: DocLang) -> act::Values {
    use emigration_desk::domain::places;
    let mut strings = Vec::new();
    json_strings(
        &serde_json::to_value(&case.state.intake).unwrap(),
        &mut strings,
    );
    json_strings(&serde_json::to_value(office).unwrap(), &mut strings);
    strings.extend(case.state.grounds.iter().map(|g| g.until.clone()));
    let mut named = Vec::new();
    for s in &strings {
        named.push(places::country_name(s, lang));
        named.push(places::nationality_name(s, lang, true));
        named.push(places::nationality_name(s, lang, false));
    }
    strings.extend(named);
    strings.push("Исполнитель Тестовый Қабылдаушы Клерк".into());
    strings.extend(locale_texts(
        lang,
        &[
            "rel-",
            "ground-",
            "req-",
            "form-whom-",
            "form-a2-secrets-",
            "form-a2-until-now",
            "form-none",
            "form-a2-deceased",
            "form-a2-rel-",
            "form-a3-rel-",
            "form-a3-dependant",
            "form-a3-person",
            "form-month-",
            "form-a5-fee-due",
        ],
    ));
    let mut words = std::collections::BTreeSet::new();
    for s in &strings {
        for t in act::tokens(s) {
            if let act::Tok::Word(w) = t {
                words.insert(w.to_lowercase());
                words.insert(w);
            }
        }
    }
    act::Values { words }
}

/// What every page of a form may carry besides the act's text: the case
/// number under the QR code, the page's number in a copy of more than one
/// page, the copy's label.
fn furniture(case: &CaseRecord, lang: DocLang) -> Vec<String> {
    let number = case.summary.number.to_string();
    let mut out = vec![match lang {
        DocLang::Kk => format!("Іс № {number}"),
        DocLang::Ru => format!("Дело № {number}"),
    }];
    for total in (2..=40).rev() {
        for n in (1..=total).rev() {
            out.push(match lang {
                DocLang::Kk => format!("{n}-бет / {total} бет"),
                DocLang::Ru => format!("стр. {n} из {total}"),
            });
        }
    }
    let whom: &[&str] = match lang {
        DocLang::Kk => &[
            "көрсетілетін қызметті алушы үшін",
            "көрсетілетін қызметті беруші үшін",
            "Мемлекеттік корпорация үшін",
        ],
        DocLang::Ru => &[
            "для услугополучателя",
            "для услугодателя",
            "для Государственной корпорации",
        ],
    };
    for n in 1..=2 {
        for w in whom {
            out.push(match lang {
                DocLang::Kk => format!("{n}-дана (2 данадан): {w}"),
                DocLang::Ru => format!("Экземпляр {n} из 2: {w}"),
            });
        }
    }
    out
}

/// Words that agree with the applicant's sex, written back as the act
/// writes them for both («азаматша» → «азамат (ша)»).
fn as_the_act_writes(toks: Vec<act::Tok>, lang: DocLang) -> Vec<act::Tok> {
    let table: &[(&[&str], &str)] = match lang {
        DocLang::Kk => &[(&["азаматша", "азамат"], "азамат (ша)")],
        DocLang::Ru => &[
            (&["гражданину", "гражданке"], "гражданину(ке)"),
            (&["гражданина", "гражданки"], "гражданина(ки)"),
            (&["предупрежден", "предупреждена"], "предупрежден(а)"),
            (&["Согласен", "Согласна"], "Согласен(на)"),
            (&["С ним", "С ней"], "С ним (ней)"),
        ],
    };
    let mut out = Vec::with_capacity(toks.len());
    let mut i = 0;
    'next: while i < toks.len() {
        for (variants, canonical) in table {
            let canon = act::tokens(canonical);
            if toks[i..].starts_with(&canon) {
                out.extend(canon.iter().cloned());
                i += canon.len();
                continue 'next;
            }
            for v in *variants {
                let vt = act::tokens(v);
                if toks[i..].starts_with(&vt) {
                    out.extend(canon);
                    i += vt.len();
                    continue 'next;
                }
            }
        }
        out.push(toks[i].clone());
        i += 1;
    }
    out
}

/// The people an Annex 3 request is made for: each whose registration is
/// unknown, once.
fn annex3_requests(case: &CaseRecord) -> usize {
    let i = &case.state.intake;
    let mut names: Vec<String> = i
        .children
        .iter()
        .filter_map(|c| c.other_parent.as_ref())
        .filter(|p| p.whereabouts == Whereabouts::Unknown)
        .map(|p| p.full_name.clone())
        .chain(
            i.dependants
                .iter()
                .filter(|d| d.whereabouts == Whereabouts::Unknown)
                .map(|d| d.full_name.clone()),
        )
        .map(|n| {
            n.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
        .collect();
    names.sort();
    names.dedup();
    names.len().max(1)
}

/// Holds a printed form to the act's text; the message names the annex,
/// the language, the case and the word.
fn check_against_act(
    annex: Annex,
    case: &CaseRecord,
    office: &Office,
    lang: DocLang,
    label: &str,
    pdf: &Path,
) {
    let out = Command::new("pdftotext")
        .arg("-raw")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8(out.stdout).unwrap();
    let pages: Vec<String> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .map(str::to_string)
        .collect();
    let block = act_block(annex, lang);
    let times = if annex == Annex::A3 {
        annex3_requests(case)
    } else {
        usize::from(annex.copies())
    };
    let pattern = act::Pattern::parse(&block, times);
    let values = act_values(case, office, lang);
    let mut known = pattern.words.clone();
    known.extend(values.words.iter().cloned());
    let printed = act::printed_tokens(
        &pages,
        &furniture(case, lang),
        &act::table_headers(&block),
        &known,
    );
    let printed = as_the_act_writes(printed, lang);
    if let Err(e) = pattern.check(&printed, &values) {
        panic!(
            "Annex {} ({lang}), {label}: {e}\n--- the form's text:\n{text}",
            annex.code()
        );
    }
}

/// An intake with every paper presented at the counter (nothing comes
/// from the information system at a police office).
fn on_paper(i: &Intake) -> Intake {
    emigration_desk::domain::demo::with_papers(i.clone())
}

fn police_store(dir: &Path) -> Store {
    let mut st = Store::open_dir(dir, None).unwrap();
    let admin = NewUser {
        login: "admin".into(),
        full_name: "Әкімші".into(),
        role: Role::Administrator,
        password: "correct horse".into(),
    };
    st.init(&police(), &admin, now()).unwrap();
    st
}

/// Appends an event as the officer on `on`.
fn record(st: &mut Store, n: &CaseNumber, kind: EventKind, on: NaiveDate) -> CaseRecord {
    st.append_event(&officer(), n, kind, on, now()).unwrap()
}

/// Cases carried through their lives, one in each state that prints a
/// form: at a State Corporation department (accepted, refused at intake)
/// and at the migration police office that reviews (every state of the
/// review, the decision and the handover).
fn lives(root: &Path) -> Vec<(String, Office, CaseRecord)> {
    let mut out = Vec::new();
    let sc_dir = root.join("sc");
    let mut sc = store(&sc_dir);
    let today = d(2026, 11, 25);
    let accepted = sc
        .commit_intake(&clerk(), &intake(), IntakeOutcome::Accept, today, now())
        .unwrap();
    out.push(("accepted at the counter".to_string(), office(), accepted));
    // Open: the registration of the children's other parent and of a
    // dependant unknown, an Annex 3 request each.
    let open = sc
        .commit_intake(
            &clerk(),
            &family(Whereabouts::Unknown),
            IntakeOutcome::Open,
            today,
            now(),
        )
        .unwrap();
    out.push(("an open intake".to_string(), office(), open));
    let mut incomplete = family(Whereabouts::InKazakhstan);
    incomplete.fee = None;
    let refused = sc
        .commit_intake(
            &clerk(),
            &incomplete,
            IntakeOutcome::RefuseIncomplete,
            today,
            now(),
        )
        .unwrap();
    out.push(("refused at intake".to_string(), office(), refused));

    let police_dir = root.join("police");
    let mut st = police_store(&police_dir);
    let new_case = |st: &mut Store, i: &Intake| {
        st.commit_intake(&clerk(), &on_paper(i), IntakeOutcome::Accept, today, now())
            .unwrap()
            .summary
            .number
    };
    // Carried on stage by stage, each stage a state of its own.
    let n = new_case(&mut st, &intake());
    let accepted = st.case_record(&n, today).unwrap();
    out.push(("accepted at the provider".into(), police(), accepted));
    conclude(&mut st, &n);
    let approved = record(
        &mut st,
        &n,
        EventKind::Approved {
            on: d(2026, 12, 15),
            valid_until: d(2026, 12, 22),
        },
        d(2026, 12, 15),
    );
    out.push(("approved".into(), police(), approved));
    let certified = record(
        &mut st,
        &n,
        EventKind::MilitaryCertificateReceived {
            on: d(2026, 12, 16),
            issuer: "Астана қаласының қорғаныс істері жөніндегі департаменті".into(),
            number: "123".into(),
        },
        d(2026, 12, 16),
    );
    out.push(("military certificate".into(), police(), certified));
    let deregistered = record(
        &mut st,
        &n,
        EventKind::ResidenceDeregistered {
            on: d(2026, 12, 17),
        },
        d(2026, 12, 17),
    );
    out.push(("deregistered".into(), police(), deregistered));
    let decided = record(
        &mut st,
        &n,
        EventKind::DecisionIssued {
            on: d(2026, 12, 18),
        },
        d(2026, 12, 18),
    );
    out.push(("decided".into(), police(), decided));
    let handed = record(
        &mut st,
        &n,
        EventKind::HandedOver {
            on: d(2026, 12, 19),
            to: emigration_desk::domain::case::Recipient::Applicant,
        },
        d(2026, 12, 19),
    );
    out.push(("handed over".into(), police(), handed));
    // Refused at review on several grounds, one with the officer's detail.
    let r = new_case(&mut st, &intake());
    conclude(&mut st, &r);
    let refused = record(
        &mut st,
        &r,
        EventKind::Refused {
            on: d(2026, 12, 10),
            grounds: vec![
                ground(1, ""),
                ground(5, ""),
                ground(7, "№ 2-1234/2026"),
                ground(8, ""),
            ],
        },
        d(2026, 12, 10),
    );
    out.push(("refused on four grounds".into(), police(), refused));
    // The direction lapsed without the military certificate (ground 0).
    let l = new_case(&mut st, &intake());
    conclude(&mut st, &l);
    record(
        &mut st,
        &l,
        EventKind::Approved {
            on: d(2026, 12, 15),
            valid_until: d(2026, 12, 22),
        },
        d(2026, 12, 15),
    );
    let lapsed = record(
        &mut st,
        &l,
        EventKind::Refused {
            on: d(2026, 12, 23),
            grounds: vec![ground(0, "")],
        },
        d(2026, 12, 23),
    );
    out.push((
        "refused after the direction lapsed".into(),
        police(),
        lapsed,
    ));
    // No children: the decision's list is "none".
    let mut alone = intake();
    alone.children.clear();
    alone.documents.clear();
    alone.relatives.retain(|r| {
        !matches!(
            r.relationship,
            Some(Relationship::Son) | Some(Relationship::Daughter)
        )
    });
    let a = new_case(&mut st, &alone);
    conclude(&mut st, &a);
    record(
        &mut st,
        &a,
        EventKind::Approved {
            on: d(2026, 12, 15),
            valid_until: d(2026, 12, 22),
        },
        d(2026, 12, 15),
    );
    record(
        &mut st,
        &a,
        EventKind::NotLiableForMilitary {
            on: d(2026, 12, 16),
        },
        d(2026, 12, 16),
    );
    record(
        &mut st,
        &a,
        EventKind::ResidenceDeregistered {
            on: d(2026, 12, 17),
        },
        d(2026, 12, 17),
    );
    let alone = record(
        &mut st,
        &a,
        EventKind::DecisionIssued {
            on: d(2026, 12, 18),
        },
        d(2026, 12, 18),
    );
    out.push(("decided, no children".into(), police(), alone));
    out
}

/// Every annex in Kazakh and Russian, printed from real cases in every
/// state that prints it (and reprinted days later), reads word for word as
/// the act's text in `tests/data/forms/`.
#[test]
fn every_form_reads_as_the_acts_text_word_for_word() {
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for (label, office, case) in lives(dir.path()) {
        for annex in emigration_desk::domain::forms::printable_forms(&case.state, office.kind) {
            for lang in [DocLang::Kk, DocLang::Ru] {
                let input = FormInput {
                    case: &case,
                    office: &office,
                    executor: Some("Исполнитель Тестовый"),
                    accepted_by: Some("Қабылдаушы Клерк"),
                    lang,
                    today: d(2027, 1, 11),
                };
                let path = dir.path().join(format!("act-{}-{lang}.pdf", annex.code()));
                print::write_pdf(annex, &input, &path).unwrap();
                check_against_act(annex, &case, &office, lang, &label, &path);
                checked += 1;
            }
        }
    }
    // Every annex in both languages was among them.
    assert!(checked >= 14 * 3, "{checked} forms checked");
}

/// A page as a grey-scale bitmap (`pdftoppm -gray` at `dpi`): its width,
/// height and pixels.
fn page_pixels(pdf: &Path, page: usize, dpi: u32) -> (usize, usize, Vec<u8>) {
    let out = Command::new("pdftoppm")
        .args(["-gray", "-r", &dpi.to_string(), "-f", &page.to_string()])
        .args(["-l", &page.to_string()])
        .arg(pdf)
        .output()
        .unwrap();
    assert!(out.status.success());
    // PGM: "P5\n<w> <h>\n255\n" and the bytes.
    let data = out.stdout;
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while data[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !data[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8(data[start..at].to_vec()).unwrap());
    }
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, data[at + 1..at + 1 + w * h].to_vec())
}

/// Every form keeps the room office papers keep (30 mm at the left, 20 mm
/// at the top and the bottom, 10 mm at the right): nothing — no text, no
/// underline, no table — is drawn there. The file names its fonts by their
/// PostScript names, says this program made it, and claims no standard
/// (no PDF/X version, no layer "made by Adobe Illustrator"). No date reads
/// "г.." or "ж..". The notes are set as the body is.
#[test]
fn the_page_and_the_file_are_as_office_papers_want_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut forms = 0;
    for (label, office, case) in lives(dir.path()) {
        for annex in emigration_desk::domain::forms::printable_forms(&case.state, office.kind) {
            for lang in [DocLang::Kk, DocLang::Ru] {
                let (path, text) = render_at(annex, &case, lang, dir.path(), &office);
                let what = format!("Annex {} {lang} ({label})", annex.code());
                let mut fonts = pdffonts(&path);
                fonts.sort();
                assert_eq!(
                    fonts,
                    ["DeskFormsSerif-Bold", "DeskFormsSerif-Regular"],
                    "{what}"
                );
                let raw = std::fs::read(&path).unwrap();
                let has = |needle: &[u8]| raw.windows(needle.len()).any(|w| w == needle);
                assert!(!has(b"Adobe Illustrator") && !has(b"GTS_PDFX"), "{what}");
                let info =
                    String::from_utf8(Command::new("pdfinfo").arg(&path).output().unwrap().stdout)
                        .unwrap();
                assert!(
                    !info.contains("PDF/X") && !info.contains("PDF subtype"),
                    "{what}: {info}"
                );
                assert!(
                    info.contains("Producer:        emigration-desk"),
                    "{what}: {info}"
                );
                assert!(
                    !text.contains("г..") && !text.contains("ж.."),
                    "{what}: {text}"
                );
                for p in 1..=page_count(&path) {
                    // 40 dpi: 1 mm ≈ 1.57 px; half a millimetre of slack
                    // for the edge of a glyph's anti-aliasing.
                    let (w, h, px) = page_pixels(&path, p, 40);
                    let mm = |v: f64| (v * 40.0 / 25.4).round() as usize;
                    let ink = |x: usize, y: usize| px[y * w + x] < 200;
                    for y in 0..h {
                        for x in (0..mm(29.5)).chain(mm(200.5)..w) {
                            assert!(
                                !ink(x, y),
                                "{what} page {p}: ink in the side margin at {x},{y}"
                            );
                        }
                    }
                    for y in (0..mm(19.5)).chain(mm(277.5)..h) {
                        for x in 0..w {
                            assert!(
                                !ink(x, y),
                                "{what} page {p}: ink in the top or bottom margin at {x},{y}"
                            );
                        }
                    }
                }
                forms += 1;
            }
        }
    }
    assert!(forms >= 40, "{forms}");

    // The notes at the body's size: "Ескертпе:" as tall as "Алдым:".
    let st_dir = tempfile::tempdir().unwrap();
    let mut st = store(st_dir.path());
    let c = cases(&mut st);
    for (annex, case) in [(Annex::A1, &c.decided), (Annex::A4_1, &c.approved)] {
        let (path, _) = render(annex, case, DocLang::Kk, dir.path());
        let out = Command::new("pdftotext")
            .args(["-bbox", "-f", "1", "-l", "1"])
            .arg(&path)
            .arg("-")
            .output()
            .unwrap();
        let html = String::from_utf8(out.stdout).unwrap();
        let height = |word: &str| -> f64 {
            let line = html
                .lines()
                .find(|l| l.ends_with(&format!(">{word}</word>")))
                .unwrap_or_else(|| panic!("{word} in {html}"));
            let attr = |name: &str| -> f64 {
                let i = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                line[i..].split('"').next().unwrap().parse().unwrap()
            };
            attr("yMax") - attr("yMin")
        };
        let (note, body) = (height("Ескертпе:"), height("Алдым:"));
        assert!(
            (note - body).abs() < 0.5,
            "{annex:?}: note {note} pt, body {body} pt"
        );
    }
}

/// A word with a hyphen of its own, too wide for its table column, breaks
/// at that hyphen ("инженер-" / "технолог"), not inside a part.
#[test]
fn a_hyphenated_word_breaks_at_its_own_hyphen() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let mut i = intake();
    i.activities[0].position = "инженер-технолог-конструктор".into();
    let case = st
        .commit_intake(&clerk(), &i, IntakeOutcome::Accept, d(2026, 11, 25), now())
        .unwrap();
    for lang in [DocLang::Kk, DocLang::Ru] {
        let (path, _) = render(Annex::A2, &case, lang, dir.path());
        let raw = String::from_utf8(
            Command::new("pdftotext")
                .arg("-raw")
                .arg(&path)
                .arg("-")
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap();
        // Broken at one of its own hyphens (the columns differ by
        // language), whole parts on each line.
        let lines: Vec<&str> = raw.lines().map(str::trim).collect();
        let at = lines
            .iter()
            .position(|l| l.ends_with("инженер-") || l.ends_with("инженер-технолог-"))
            .unwrap_or_else(|| panic!("{lang}: not broken at its hyphen: {raw}"));
        assert!(
            lines[at + 1].starts_with("технолог") || lines[at + 1].starts_with("конструктор"),
            "{lang}: {:?}",
            &lines[at..at + 2]
        );
        for piece in ["инжен-", "технол-", "констр-"] {
            assert!(!raw.contains(&format!("{piece}\n")), "{lang}: {raw}");
        }
    }
}

/// A reprint carries the dates of the events it stands for, never the day
/// it is printed: Annex 4 and Annex 5 are signed for on the day the
/// documents were accepted or refused; Annex 3's date, which no event
/// fixes, is left for the hand.
#[test]
fn a_reprint_keeps_the_dates_of_its_events() {
    let dir = tempfile::tempdir().unwrap();
    let sc = dir.path().join("sc");
    let mut st = Store::open_dir(&sc, None).unwrap();
    st.init(
        &office(),
        &NewUser {
            login: "admin".into(),
            full_name: "Әкімші".into(),
            role: Role::Administrator,
            password: "correct horse".into(),
        },
        now(),
    )
    .unwrap();
    let accepted = st
        .commit_intake(
            &clerk(),
            &sample_intake(),
            IntakeOutcome::Accept,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    let mut unpaid = family(Whereabouts::Unknown);
    unpaid.fee = None;
    let refused = st
        .commit_intake(
            &clerk(),
            &unpaid,
            IntakeOutcome::RefuseIncomplete,
            d(2026, 11, 25),
            now(),
        )
        .unwrap();
    // Printed on 11 January 2027, six weeks on.
    let later = d(2027, 1, 11);
    for lang in [DocLang::Kk, DocLang::Ru] {
        let print = |annex: Annex, case: &CaseRecord| {
            let office = office();
            let input = FormInput {
                case,
                office: &office,
                executor: Some("Исполнитель Тестовый"),
                accepted_by: Some("Қабылдаушы Клерк"),
                lang,
                today: later,
            };
            let path = dir
                .path()
                .join(format!("reprint-{}-{lang}.pdf", annex.code()));
            print::write_pdf(annex, &input, &path).unwrap();
            pdftotext(&path)
        };
        let (signed, printed_day) = match lang {
            DocLang::Kk => (
                ["Алдым:", "2026 жылғы \"25\" қараша"],
                ["2027 жылғы \"11\" қаңтар", "11.01.2027"],
            ),
            DocLang::Ru => (
                ["Получил:", "\"25\" ноября 2026 г."],
                ["\"11\" января 2027", "11.01.2027"],
            ),
        };
        for (annex, case) in [(Annex::A4, &accepted), (Annex::A5, &refused)] {
            let text = print(annex, case);
            let after = &text[text.rfind(signed[0]).unwrap()..];
            assert!(after.contains(signed[1]), "{annex:?} {lang}: {after}");
            for day in printed_day {
                assert!(!text.contains(day), "{annex:?} {lang}: {day} in {text}");
            }
        }
        let text = print(Annex::A3, &refused);
        for day in printed_day {
            assert!(!text.contains(day), "A3 {lang}: {day} in {text}");
        }
        let blank = match lang {
            DocLang::Kk => "20____жылғы \"______\"",
            DocLang::Ru => "\"___\" __________ 20__ г.",
        };
        assert!(text.contains(blank), "A3 {lang}: {text}");
    }
}

/// Annex 1-1 on many grounds runs to a second page: every page of a copy
/// carries its copy's label, and the signatures never stand alone — the
/// notice's last ground and closing sentences are on their page.
#[test]
fn a_long_refusal_keeps_its_signatures_with_its_text_and_labels_every_page() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let detail = "сот шешімі бойынша ".repeat(12);
    let refused = refused_on(
        &mut st,
        &intake(),
        (1..=8)
            .map(|n| ground(n, &format!("№ {n}, {detail}")))
            .collect(),
    );
    for lang in [DocLang::Kk, DocLang::Ru] {
        let (path, _) = render(Annex::A1_1, &refused, lang, dir.path());
        if let Ok(keep) = std::env::var("EMIGRATION_DESK_KEEP_PDF") {
            std::fs::copy(&path, format!("{keep}/long-1-1-{lang}.pdf")).unwrap();
        }
        let pages = page_count(&path);
        assert!(
            pages >= 4,
            "{lang}: two copies of two pages at least: {pages}"
        );
        let (labels, received, made) = match lang {
            DocLang::Kk => (
                ["1-дана (2 данадан)", "2-дана (2 данадан)"],
                "Алдым:",
                "Хабарлама әр тарап үшін бір-бірден 2 данада жасалған",
            ),
            DocLang::Ru => (
                ["Экземпляр 1 из 2", "Экземпляр 2 из 2"],
                "Получил:",
                "Уведомление составлено в 2 экземплярах",
            ),
        };
        let mut copy = 0;
        for p in 1..=pages {
            let text = page_text(&path, p);
            let label = labels.iter().position(|l| text.contains(l));
            let label = label.unwrap_or_else(|| panic!("{lang} page {p}: no copy label: {text}"));
            if label != copy {
                copy = label;
            }
            if text.contains(received) {
                assert!(
                    text.contains(made),
                    "{lang} page {p}: signatures alone: {text}"
                );
                let last = match lang {
                    DocLang::Kk => "8. салықтық берешегі бар",
                    DocLang::Ru => "8. имеет налоговую задолженность",
                };
                assert!(text.contains(last), "{lang} page {p}: {text}");
            }
        }
        assert_eq!(copy, 1, "{lang}: the second copy's pages are labelled");
    }
}
