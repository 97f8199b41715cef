//! The annex forms as real PDFs, read back: `pdftotext` for the text,
//! `pdftoppm` + `zbarimg` for the QR code, `pdfinfo` and `pdffonts` for
//! the file (poppler-utils and zbar-tools, installed by .ci/run).

use chrono::{NaiveDate, NaiveDateTime};
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
    let mut st = Store::open_dir(dir, None).unwrap();
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

fn officer() -> Actor {
    Actor {
        name: "officer".into(),
        user_id: None,
        role: Some(Role::Officer),
    }
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
            // The sample applicant's IIN says male.
            "гражданину",
            "С ним выезжают дети",
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
            "предупрежден (Основание",
            "Согласен на использование",
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
                Annex::A4 => assert!(text.contains("17.12.2026"), "the come-back date"),
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
        number: "7".into(),
        address: "Астана қ., Бейбітшілік көшесі 14".into(),
        phone: "+7 7172 71 00 00".into(),
    }
}

/// Printed at a migration police office, no form names a State
/// Corporation department: Annex 5 names the police office, its address
/// and its employee; the copies are for the applicant and the provider.
#[test]
fn a_police_office_prints_in_its_own_name() {
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
            let (_, text) = render_at(annex, case, lang, dir.path(), &police);
            assert!(
                !text.to_lowercase().contains("корпорац"),
                "{annex:?} {lang}: {text}"
            );
            assert!(!text.contains("№ 7"), "{annex:?} {lang}: {text}");
            if annex == Annex::A5 {
                let (intro, employee) = match lang {
                    DocLang::Kk => (
                        "2-тармағын басшылыққа ала отырып, Астана қаласы ПД Көші-қон қызметі басқармасы (көрсетілетін қызметті берушінің атауы) Астана қ., Бейбітшілік көшесі 14",
                        "(көрсетілетін қызметті беруші қызметкерінің тегі",
                    ),
                    DocLang::Ru => (
                        "«О государственных услугах», Астана қаласы ПД Көші-қон қызметі басқармасы (наименование услугодателя) Астана қ., Бейбітшілік көшесі 14",
                        "сотрудника услугодателя",
                    ),
                };
                assert!(text.contains(intro), "{lang}: {text}");
                assert!(text.contains(employee), "{lang}: {text}");
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
    // The State Corporation's own Annex 5 names its department.
    let (_, text) = render(Annex::A5, &c.refused_at_intake, DocLang::Ru, dir.path());
    assert!(text.contains("отдел № 3 филиала Государственной корпорации"));
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
        "об отказе в оказании государственной услуги «Оформление документов",
    );
    let grounds = at(
        &text,
        "» в связи с основаниями, предусмотренными пунктом 10 настоящего стандарта государственной услуги, а именно: 7. ",
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
            "со снятием с регистрационного учета по адресу {} (указать адрес регистрации",
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
            vec!["а именно: не представила в течение 7 календарных дней справку"],
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
/// "until" in the form's language, numbered by its item of para 10; what
/// the officer typed is a detail after it in parentheses; ground 8 has no
/// "until", nor has the Annex 4-1 note's ground (0).
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
        ],
    );
    let lapsed = refused_on(&mut st, &intake(), vec![ground(0, "")]);
    let (_, text) = render(Annex::A1_1, &refused, DocLang::Ru, dir.path());
    for line in [
        "а именно: 1. осведомлен о сведениях, составляющих государственные секреты и иную охраняемую законом тайну, и не уведомил соответствующие уполномоченные органы о факте своего выезда за пределы Республики Казахстан – до прекращения действия этих обстоятельств; 7.",
        "7. является ответчиком по гражданскому судопроизводству – до вступления в законную силу решения суда (№ 2-1234/2026, 12.03.2027); 8.",
        "8. имеет налоговую задолженность (12 400 ₸). В случаях несогласия",
    ] {
        assert!(text.contains(line), "{line:?} missing from {text}");
    }
    let (_, text) = render(Annex::A1_1, &refused, DocLang::Kk, dir.path());
    for line in [
        "атап айтқанда: 1. мемлекеттік және заңмен қорғалатын өзге де құпияны құрайтын",
        "тиісті уәкілетті органдарға хабарламаған – осы мән-жайлардың қолданылуы тоқтатылғанға дейін; 7.",
        "7. азаматтық сот ісін жүргізуде жауапкер болып табылады – сот шешімі заңды күшіне енгенге дейін (№ 2-1234/2026, 12.03.2027); 8.",
        "8. салықтық берешегі бар (12 400 ₸). байланысты",
    ] {
        assert!(text.contains(line), "{line:?} missing from {text}");
    }
    for (lang, want) in [
        (
            DocLang::Ru,
            "а именно: не представил в течение 7 календарных дней справку о снятии с воинского учета (в случае отношения к воинской обязанности) (примечание к приложению 4-1, пункт 10). В случаях",
        ),
        (
            DocLang::Kk,
            "атап айтқанда: күнтізбелік 7 күн ішінде әскери есептен (әскери міндетті болса) шыққаны туралы анықтаманы ұсынбады (4-1-қосымшаның ескертпесі, 10-тармақ). байланысты",
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
            ("Ақпараттық жүйелердегі заңмен", "келісім беремін"),
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
            last.contains("Сауалнама-өтініш 25.11.2026 қабылданды. Қабылдаушы Клерк (сауалнама-өтінішті қабылдаған адамның"),
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
    let case = st
        .commit_intake(&clerk(), &i, IntakeOutcome::Accept, d(2026, 11, 25), now())
        .unwrap();
    for (lang, none, kids) in [
        (DocLang::Ru, "нет", "С ним выезжают дети: нет (указать"),
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
            DocLang::Kk => ("Бақытжанұлы", "Паспорт №", "үшін)", "бойынша"),
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
            DocLang::Kk => "(тегі, аты, әкесінің аты (ол болған жағдайда)) жоқ (егер басқа",
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

/// Quotes of any kind as one, whitespace (the non-breaking space too) as
/// one space.
fn norm(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '«' | '»' | '“' | '”' | '„' => '"',
            c => c,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
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

/// The words a form may print between the original's fixed text: the
/// case's and the office's data and the names the test gives, countries
/// and nationalities by their names, and the wording of values: the
/// relationships, the grounds, the documents and whom they are for, yes
/// and no, "none", the copy label, the case number and the page's number.
fn value_words(case: &CaseRecord, lang: DocLang) -> std::collections::BTreeSet<String> {
    use emigration_desk::domain::places;
    let mut allowed = data_words(case, &office());
    let mut strings = Vec::new();
    json_strings(
        &serde_json::to_value(&case.state.intake).unwrap(),
        &mut strings,
    );
    for s in &strings {
        strings_words(&places::country_name(s, lang), &mut allowed);
        strings_words(&places::nationality_name(s, lang, true), &mut allowed);
        strings_words(&places::nationality_name(s, lang, false), &mut allowed);
    }
    strings_words("Исполнитель Тестовый Қабылдаушы Клерк", &mut allowed);
    for text in locale_texts(
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
            "form-a11-ground-until",
            "form-a1-child",
            "form-copy",
            "form-qr-caption",
            "form-page",
        ],
    ) {
        strings_words(&text, &mut allowed);
    }
    allowed
}

fn strings_words(s: &str, out: &mut std::collections::BTreeSet<String>) {
    out.extend(words(s).map(str::to_string));
}

/// Reads `tests/data/forms/annex-<code>-<lang>.txt`: the page's heading,
/// the fixed text in order, and the header rows of the tables.
fn original(annex: Annex, lang: DocLang) -> (String, Vec<String>, Vec<String>) {
    let path = format!(
        "{}/tests/data/forms/annex-{}-{lang}.txt",
        env!("CARGO_MANIFEST_DIR"),
        annex.code()
    );
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut head = String::new();
    let mut seq = Vec::new();
    let mut tables = Vec::new();
    for line in data.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(h) = line.strip_prefix("head: ") {
            head = norm(h);
        } else if let Some(t) = line.strip_prefix("table: ") {
            let cells: Vec<String> = t.split(" | ").map(norm).collect();
            tables.push(cells.join(" "));
            seq.extend(cells);
        } else {
            seq.push(norm(line));
        }
    }
    assert!(!head.is_empty() && !seq.is_empty(), "{path}");
    (head, seq, tables)
}

#[test]
fn every_form_has_the_originals_text_in_order_and_nothing_the_original_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let mut st = store(dir.path());
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
            let pages = page_count(&path);
            let (head, seq, tables) = original(annex, lang);
            // The copies by the parties the form names: the provider of
            // the decision's side, the office that takes the documents of
            // the receipts'.
            let (applicant, provider, corporation) = match lang {
                DocLang::Kk => (
                    "көрсетілетін қызметті алушы үшін",
                    "көрсетілетін қызметті беруші үшін",
                    "Мемлекеттік корпорация үшін",
                ),
                DocLang::Ru => (
                    "для услугополучателя",
                    "для услугодателя",
                    "для Государственной корпорации",
                ),
            };
            match annex {
                Annex::A1_1 | Annex::A4_1 => {
                    assert!(
                        text.contains(applicant) && text.contains(provider),
                        "{text}"
                    );
                    assert!(!text.contains(corporation), "{annex:?} {lang}: {text}");
                }
                Annex::A4 | Annex::A5 => {
                    assert!(
                        text.contains(applicant) && text.contains(corporation),
                        "{text}"
                    );
                }
                _ => assert!(!text.contains(applicant), "{annex:?} {lang}: {text}"),
            }
            // The day of printing (20.12.2026) is the day signed for only on
            // the receipts handed over at the counter; the decision, the
            // notice and the direction leave it to the hand until a
            // handover is recorded (Annex 3 is the applicant's request of
            // the day).
            let printed = text.contains("20.12.2026");
            match annex {
                Annex::A4 | Annex::A5 | Annex::A3 => assert!(printed, "{annex:?} {lang}: {text}"),
                _ => assert!(!printed, "{annex:?} {lang}: {text}"),
            }
            // A word too long for its table column is broken with a hyphen
            // at the end of the line: read it whole.
            let mut text = norm(&text);
            let joined: Vec<char> = text.chars().collect();
            let mut whole = String::with_capacity(text.len());
            let mut i = 0;
            while i < joined.len() {
                if joined[i] == '-'
                    && i > 0
                    && joined[i - 1].is_alphabetic()
                    && joined.get(i + 1) == Some(&' ')
                    && joined.get(i + 2).is_some_and(|c| c.is_lowercase())
                {
                    i += 2;
                    continue;
                }
                whole.push(joined[i]);
                i += 1;
            }
            text = whole;
            // The heading on every page, once.
            assert_eq!(
                text.matches(&head).count(),
                pages,
                "{annex:?} {lang}: the heading on each of {pages} pages: {text}"
            );
            text = text.replace(&head, " ");
            // A table's header row again at the top of each page it goes
            // on to.
            for t in &tables {
                let first = text
                    .find(t.as_str())
                    .unwrap_or_else(|| panic!("{annex:?} {lang}: no table «{t}» in {text}"));
                let (a, b) = text.split_at(first + t.len());
                text = format!("{a}{}", b.replace(t.as_str(), " "));
            }
            let text = norm(&text);
            // Each copy (each person's request, Annex 3) the whole text.
            let times = if annex == Annex::A3 {
                pages
            } else {
                usize::from(annex.copies())
            };
            let allowed = value_words(case, lang);
            let check = |gap: &str, next: &str| {
                let extra: Vec<&str> = words(gap).filter(|w| !allowed.contains(*w)).collect();
                assert!(
                    extra.is_empty(),
                    "{annex:?} {lang}: words the original lacks before «{next}»: {extra:?} in «{gap}»"
                );
            };
            let mut at = 0;
            for _ in 0..times {
                for f in &seq {
                    let found = text[at..]
                        .find(f.as_str())
                        .map(|i| i + at)
                        .unwrap_or_else(|| {
                            panic!(
                            "{annex:?} {lang}: «{f}» is not there, in order, after «{}»; then «{}»",
                            &text[..at],
                            &text[at..]
                        )
                        });
                    check(&text[at..found], f);
                    at = found + f.len();
                }
            }
            check(&text[at..], "the end");
        }
    }
}
