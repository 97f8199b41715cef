//! The annex forms as real PDFs, read back: `pdftotext` for the text,
//! `pdftoppm` + `zbarimg` for the QR code (poppler-utils and zbar-tools,
//! installed by .ci/run).

use chrono::{NaiveDate, NaiveDateTime};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::{EventKind, RefusalGround};
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::intake::{Intake, Relationship, Relative};
use emigration_desk::domain::{DocLang, OfficeKind};
use emigration_desk::print::{self, Annex, FormInput};
use emigration_desk::store::{Actor, CaseRecord, IntakeOutcome, NewUser, Office, Store};
use std::path::Path;
use std::process::Command;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

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
        number: "3".into(),
        address: "Астана қ., Тұран даңғылы 1".into(),
        phone: "+7 7172 55 00 00".into(),
    }
}

fn store(dir: &Path) -> Store {
    let mut st = Store::open_dir(dir).unwrap();
    let admin = NewUser {
        login: "admin".into(),
        full_name: "Әкімші".into(),
        role: Role::Administrator,
        password: "correct horse".into(),
    };
    st.init(&office(), &admin, now()).unwrap();
    st
}

fn intake() -> Intake {
    let mut i = sample_intake();
    i.applicant.surname = KAZAKH_SURNAME.into();
    i.applicant.given_name = KAZAKH_GIVEN.into();
    i.applicant.patronymic = LATIN_EXT.into();
    i
}

fn clerk() -> Actor {
    Actor {
        name: "clerk".into(),
        user_id: None,
        role: Some(Role::Clerk),
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
    let officer = Actor {
        name: "officer".into(),
        user_id: None,
        role: Some(Role::Officer),
    };
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

/// Sentences that must appear, per form and language.
fn fixed(annex: Annex, lang: DocLang) -> Vec<&'static str> {
    use Annex::*;
    use DocLang::*;
    match (annex, lang) {
        (A1, Kk) => vec![
            "туралы шешім",
            "шығуға рұқсат етілді",
            "Онымен бірге балалары",
            "492-бабына",
            "М.О.",
        ],
        (A1, Ru) => vec![
            "Решение об оформлении документов",
            "разрешен выезд",
            "С ним (ней) выезжают дети",
            "статьей 492",
            "М.П.",
        ],
        (A1_1, Kk) => vec![
            "бас тарту туралы хабарлама",
            "10-тармағында",
            "сотқа жүгінуге құқығы бар",
            "2 данада",
        ],
        (A1_1, Ru) => vec![
            "Уведомление об отказе",
            "пунктом 10",
            "вправе обратиться в суд",
            "в 2 экземплярах",
        ],
        (A2, Kk) => vec![
            "САУАЛНАМА–ӨТІНІШ",
            "ЖАҚЫН ТУЫСТАРЫ ТУРАЛЫ МӘЛІМЕТТЕР",
            "Соңғы 5 жыл",
            "жауапкершілік туралы ескертілдім",
            "келісім беремін",
        ],
        (A2, Ru) => vec![
            "АНКЕТА-ЗАЯВЛЕНИЕ",
            "СВЕДЕНИЯ О БЛИЗКИХ РОДСТВЕННИКАХ",
            "за последние 5 лет",
            "предупрежден(а)",
            "Согласен(на)",
        ],
        (A3, Kk) => vec![
            "Өтініш",
            "«Жеке тұлғалар»",
            "тіркеу туралы ақпаратты хабарлауды сұраймын",
        ],
        (A3, Ru) => vec!["Заявление", "«Физические лица»", "информацию о регистрации"],
        (A4, Kk) => vec![
            "құжаттарды қабылдау туралы қолхат",
            "келуі қажет",
            "2 данада жасалды",
        ],
        (A4, Ru) => vec![
            "Расписка о приеме документов",
            "необходимо явиться к услугодателю",
            "в 2 экземплярах",
        ],
        (A4_1, Kk) => vec![
            "шығуды растайтын құжат",
            "әскери есептен шығару",
            "күнтізбелік 7 күн",
        ],
        (A4_1, Ru) => vec![
            "Документ, подтверждающий выезд",
            "снятия с воинского учета",
            "7 календарных дней",
        ],
        (A5, Kk) => vec![
            "қабылдаудан бас тарту туралы қолхат",
            "20-бабының 2-тармағын",
            "Жоқ құжаттардың атауы",
        ],
        (A5, Ru) => vec![
            "Расписка об отказе в приеме документов",
            "статьи 20",
            "Наименование отсутствующих документов",
        ],
    }
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
            for s in fixed(annex, lang) {
                assert!(
                    text.contains(s),
                    "{annex:?} {lang}: {s:?} missing from {text}"
                );
            }
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
            let copies = text.matches(&heading).count();
            assert_eq!(
                copies,
                usize::from(annex.copies()),
                "{annex:?} {lang}: copies"
            );
            assert_eq!(
                qr_of_first_page(&path, dir.path()),
                print::qr_payload(&case.summary.number, annex)
            );
            // Values the case knows.
            match annex {
                Annex::A1 => {
                    assert!(text.contains("Германия Федеративтік Республикасы"));
                    assert!(text.contains("Сейтқали Айгерім Ержанқызы, 01.09.2020"));
                    assert!(
                        text.contains("17.12.2026") && text.contains("27.12.2026"),
                        "deregistered, leave by"
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
                Annex::A4 => assert!(text.contains("18.12.2026"), "the come-back date"),
                Annex::A4_1 => assert!(text.contains("22.12.2026"), "valid until"),
                Annex::A5 => {
                    let fee = match lang {
                        DocLang::Kk => "Мемлекеттік баждың төленгенін растайтын құжат",
                        DocLang::Ru => "Документ об уплате государственной пошлины",
                    };
                    assert!(text.contains(fee), "{text}");
                    assert!(text.contains("№ 3") && text.contains("Астана қ., Тұран даңғылы 1"));
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
                Relationship::Son
            } else {
                Relationship::Daughter
            },
            deceased: n == 3,
            death_certificate: if n == 3 {
                "№ 0012345, 01.02.2020".into()
            } else {
                String::new()
            },
            birth_year: Some(1950 + n),
            birth_place: "Шымкент".into(),
            country: "Қазақстан".into(),
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

#[test]
fn one_annex_3_request_per_person_of_unknown_registration() {
    use emigration_desk::domain::intake::{Dependant, LeavesWith, OtherParent, Whereabouts};
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
    let mut i = intake();
    i.children[0].leaves_with = LeavesWith::OneParent;
    i.children[0].other_parent = Some(OtherParent {
        full_name: "Белгісіз Ата Анаұлы".into(),
        whereabouts: Whereabouts::Unknown,
    });
    i.dependants = vec![Dependant {
        full_name: "Асыраушы Әже Апаевна".into(),
        relationship: "әжесі".into(),
        whereabouts: Whereabouts::Unknown,
    }];
    let case = st
        .commit_intake(&clerk(), &i, IntakeOutcome::Open, d(2026, 11, 25), now())
        .unwrap();
    let (path, text) = render(Annex::A3, &case, DocLang::Kk, dir.path());
    assert_eq!(page_count(&path), 2);
    assert!(
        text.contains(
            "Белгісіз Ата Анаұлы, Сейтқали Нұрсұлтан Ержанұлы баласының екінші ата-анасы"
        ),
        "{text}"
    );
    assert!(text.contains("Асыраушы Әже Апаевна, әжесі (асырауындағы)"));
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
