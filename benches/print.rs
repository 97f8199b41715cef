//! Form benchmarks (run with `cargo bench --bench print`): the Annex 4
//! receipt in two copies (time and size) and the Annex 2 questionnaire with
//! 20 relatives, rendered to PDF bytes in memory. Prints medians.

use chrono::NaiveDate;
use emigration_desk::domain::access::Role;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::intake::{Relationship, Relative};
use emigration_desk::domain::{DocLang, OfficeKind};
use emigration_desk::print::{self, Annex, FormInput};
use emigration_desk::store::{Actor, CaseRecord, IntakeOutcome, NewUser, Office, Store};
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let rounds = if quick { 3 } else { 200 };
    let dir = tempfile::tempdir().expect("tmp");
    let mut st = Store::open_dir(dir.path(), None).expect("open");
    let office = Office {
        id: "o".into(),
        code: 42,
        kind: OfficeKind::StateCorporation,
        name: "Астана қ. бойынша филиал".into(),
        name_ru: "Филиал".into(),
        number: "3".into(),
        address: "Астана қ., Тұран даңғылы 1".into(),
        address_ru: "г. Астана".into(),
        phone: "+7 7172 55 00 00".into(),
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default();
    let now = today.and_hms_opt(10, 0, 0).unwrap_or_default();
    let admin = NewUser {
        login: "admin".into(),
        full_name: "A".into(),
        role: Role::Administrator,
        password: "benchmark".into(),
    };
    st.init(&office, &admin, now).expect("init");
    let clerk = Actor {
        name: "clerk".into(),
        user_id: None,
        role: Some(Role::Clerk),
    };
    let receipt: CaseRecord = st
        .commit_intake(&clerk, &sample_intake(), IntakeOutcome::Accept, today, now)
        .expect("case");
    let mut big = sample_intake();
    big.relatives = (0..20)
        .map(|n| Relative {
            full_name: format!(
                "Құрманбеков Ержан Жақсылықұлы {}",
                ["Әли", "Бек", "Нұр", "Ай"][n % 4]
            ),
            relationship: Some(Relationship::Son),
            deceased: false,
            death_certificate: String::new(),
            birth_year: Some(1970 + n as i32),
            birth_place: "Қарағанды облысы, Теміртау қ.".into(),
            country: "KZ".into(),
            address: "Астана қ., Сарыарқа ауданы, Жеңіс даңғылы 12, 5-пәтер".into(),
            workplace: "«Қазақтелеком» АҚ, инженер".into(),
            marriage_place: String::new(),
        })
        .collect();
    let questionnaire = st
        .commit_intake(&clerk, &big, IntakeOutcome::Accept, today, now)
        .expect("case");

    let input = |case| FormInput {
        case,
        office: &office,
        executor: Some("Жұмабаева Әсел"),
        accepted_by: None,
        lang: DocLang::Kk,
        today,
    };
    // Warm-up: fonts are parsed once per process.
    let first = Instant::now();
    let bytes = print::render(Annex::A4, &input(&receipt)).expect("render");
    let cold = first.elapsed();
    let mut a4 = Vec::new();
    for _ in 0..rounds {
        let t = Instant::now();
        let b = print::render(Annex::A4, &input(&receipt)).expect("render");
        a4.push(t.elapsed());
        assert_eq!(b.len() / 1024, bytes.len() / 1024);
    }
    let mut a2 = Vec::new();
    let mut a2_size = 0;
    for _ in 0..rounds {
        let t = Instant::now();
        let b = print::render(Annex::A2, &input(&questionnaire)).expect("render");
        a2.push(t.elapsed());
        a2_size = b.len();
    }
    // What the PDF library costs any form, whatever its content: a
    // document with the forms' two faces embedded and nothing else.
    // printpdf 0.3 builds each embedded face's character map by looking up
    // every code point U+0000..U+10FFFF, once per face and document.
    let mut fonts_only = Vec::new();
    for _ in 0..rounds {
        let t = Instant::now();
        // The forms' conformance: no ICC profile, no XMP metadata.
        let doc = printpdf::PdfDocument::empty("fonts").with_conformance(
            printpdf::PdfConformance::Custom(printpdf::CustomPdfConformance {
                requires_icc_profile: false,
                requires_xmp_metadata: false,
                ..Default::default()
            }),
        );
        for face in print::EMBEDDED_FACES {
            doc.add_external_font(face).expect("font");
        }
        let mut out = std::io::BufWriter::new(Vec::with_capacity(128 * 1024));
        doc.save(&mut out).expect("save");
        fonts_only.push(t.elapsed());
    }
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let (a4, fonts_only) = (median(a4), median(fonts_only));
    println!("forms, {rounds} renders each (release, subset Desk Forms Serif 12 pt, in memory):");
    println!(
        "  Annex 4, two copies: median {:.2} ms, {} KB (target <= 200 KB); first render in the process {:.1} ms",
        ms(a4),
        bytes.len().div_ceil(1024),
        ms(cold)
    );
    println!(
        "  of any form: the PDF library embedding the two faces in an empty document: median {:.2} ms",
        ms(fonts_only)
    );
    println!(
        "  Annex 4's own layout and drawing, above that line: {:.2} ms (target <= 5 ms)",
        ms(a4.saturating_sub(fonts_only))
    );
    println!(
        "  Annex 2, 20 relatives: median {:.2} ms, {} KB  (target <= 60 ms)",
        ms(median(a2)),
        a2_size.div_ceil(1024)
    );
}
