//! Synthetic demo data: identities made from the check-digit rule, not real
//! people. Used by tests, benchmarks and the demo import file.

use super::checklist::{Requirement, Subject, Via};
use super::intake::*;
use super::DocLang;
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
}

fn relative(full_name: &str, relationship: Relationship, birth_year: i32) -> Relative {
    Relative {
        full_name: full_name.into(),
        relationship: Some(relationship),
        deceased: false,
        death_certificate: String::new(),
        birth_year: Some(birth_year),
        birth_place: "Қарағанды облысы, Теміртау қ.".into(),
        country: "KZ".into(),
        address: "Астана қ., Сарыарқа ауданы, Жеңіс даңғылы 12, 5-пәтер".into(),
        workplace: "зейнеткер".into(),
        marriage_place: String::new(),
    }
}

fn job(from: i32, to: Option<i32>, position: &str, org: &str) -> Activity {
    Activity {
        from_year: from,
        to_year: to,
        position: position.into(),
        organisation: org.into(),
        address: "Астана қ., Қабанбай батыр даңғылы 17".into(),
        military: false,
        secrets_access: false,
    }
}

/// A complete application (3 children, 6 relatives, 5 jobs) that a State
/// Corporation counter accepts on 2026-11-25.
pub fn sample_intake() -> Intake {
    let child =
        |surname: &str, given: &str, born: NaiveDate, iin: &str, passport: &str| ChildGoing {
            surname: surname.into(),
            given_name: given.into(),
            patronymic: "Ержанұлы".into(),
            birth_date: Some(born),
            iin: iin.into(),
            passport_no: passport.into(),
            leaves_with: LeavesWith::BothParents,
            other_parent: None,
        };
    let mut children = vec![
        child(
            "Сейтқали",
            "Нұрсұлтан",
            d(2011, 3, 2),
            "110302500017",
            "N10000001",
        ),
        child(
            "Сейтқали",
            "Әлихан",
            d(2015, 6, 10),
            "150610500029",
            "N10000002",
        ),
        child(
            "Сейтқали",
            "Айгерім",
            d(2020, 9, 1),
            "200901600039",
            "N10000003",
        ),
    ];
    children[2].patronymic = "Ержанқызы".into();
    Intake {
        lang: DocLang::Kk,
        applicant: Applicant {
            surname: "Сейтқали".into(),
            given_name: "Ержан".into(),
            patronymic: "Бақытжанұлы".into(),
            former_names: vec!["Сейткалиев Ержан Бахытжанович".into()],
            birth_date: Some(d(1985, 1, 15)),
            birth_place: "Қарағанды облысы, Теміртау қ.".into(),
            residence: "Астана қ., Есіл ауданы, Тұран даңғылы 5, 12-пәтер".into(),
            postal_code: "Z05H9E8".into(),
            iin: "850115300001".into(),
            nationality: "kazakh".into(),
            passport: DocRef {
                number: "N12345678".into(),
                issued_on: Some(d(2020, 2, 14)),
            },
            id_card: DocRef {
                number: "041234567".into(),
                issued_on: Some(d(2019, 8, 1)),
            },
            phones: Phones {
                home: "+7 7172 55 12 34".into(),
                work: String::new(),
                mobile: "+7 701 555 12 34".into(),
            },
        },
        destination_country: "DE".into(),
        registered_address: "Астана қ., Есіл ауданы, Тұран даңғылы 5, 12-пәтер".into(),
        children,
        relatives: vec![
            relative("Сейтқали Бақытжан Оразұлы", Relationship::Father, 1958),
            relative("Сейтқалиева Гүлнар Әбілқызы", Relationship::Mother, 1961),
            Relative {
                marriage_place: "Астана қ. ХАЖ бөлімі".into(),
                workplace: "«Шуақ» балабақшасы, тәрбиеші".into(),
                ..relative("Сейтқалиева Динара Маратқызы", Relationship::Spouse, 1988)
            },
            relative("Сейтқали Нұрсұлтан Ержанұлы", Relationship::Son, 2011),
            relative("Сейтқали Әлихан Ержанұлы", Relationship::Son, 2015),
            relative("Сейтқали Айгерім Ержанқызы", Relationship::Daughter, 2020),
        ],
        activities: vec![
            job(2019, Some(2020), "инженер", "«ҚазМұнайГаз» АҚ"),
            job(2020, Some(2021), "аға инженер", "«ҚазМұнайГаз» АҚ"),
            job(2021, Some(2022), "бөлім басшысы", "«Самұрық-Энерго» АҚ"),
            job(2022, Some(2024), "бас маман", "«Астана Су Арнасы» МКК"),
            job(2024, None, "жоба менеджері", "«Digital Qazaqstan» ЖШС"),
        ],
        dependants: vec![],
        filed_by: FiledBy::Applicant,
        false_data_warning_on: Some(d(2026, 11, 25)),
        secrets_consent_on: Some(d(2026, 11, 25)),
        documents: vec![
            Presented {
                requirement: Requirement::GuardianshipConclusion,
                subject: Subject::Child(0),
                via: Via::Paper,
            },
            Presented {
                requirement: Requirement::GuardianshipConclusion,
                subject: Subject::Child(1),
                via: Via::Paper,
            },
        ],
        fee: Some(FeePayment {
            paid_on: d(2026, 11, 20),
            channel: PaymentChannel::PaymentGateway,
            amount_tenge: 4325,
        }),
    }
}

/// An intake with every paper of para 9(2) and the fee receipt presented
/// at the counter: as a migration police office takes it, where nothing
/// comes from the information system (the identity documents, the
/// children's birth certificates and the fee each on paper).
pub fn with_papers(mut i: Intake) -> Intake {
    let mut papers = vec![
        (Requirement::IdentityCard, Subject::Applicant),
        (Requirement::Passport, Subject::Applicant),
        (Requirement::FeeReceipt, Subject::Applicant),
    ];
    papers
        .extend((0..i.children.len()).map(|c| (Requirement::BirthCertificate, Subject::Child(c))));
    for (requirement, subject) in papers {
        let presented = Presented {
            requirement,
            subject,
            via: Via::Paper,
        };
        if !i.documents.contains(&presented) {
            i.documents.push(presented);
        }
    }
    i
}
