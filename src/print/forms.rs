//! The seven forms. Each one follows its annex: the fixed sentences and
//! blanks of the original (texts in `locales/`, keys `form-*`), values
//! filled where the case knows them and lines where it does not.
//!
//! Every word on a form is in the form's language: texts through `pt!`
//! (checked at compile time) or, for keys built from data, `say!`, which
//! prints only what the form's language itself has — never the English
//! fallback of the loaders, never the interface's language.
//!
//! Where the Kazakh and the Russian text put their parts in a different
//! order (Annex 1-1: the grounds before or after the name; Annex 2: the
//! address before or after the country), `kazakh_order` says which.

use super::layout::{
    self, bold, field, gap, labelled, line, push_text, small, table, text, title, value_piece,
    weighted, words,
};
use super::text::{Keep, Para, Piece};
use super::{fonts, has_key, loader, qr_payload, Annex, FormInput, PrintError};
use crate::domain::case::RefusalGround;
use crate::domain::checklist::{ChecklistItem, ItemStatus, Requirement, Subject};
use crate::domain::ids::{Iin, Sex};
use crate::domain::intake::{relationship_key, FiledBy, Intake, Relationship, Whereabouts};
use crate::domain::{places, DocLang, OfficeKind};
use crate::pt;
use chrono::NaiveDate;
use genpdf::elements::{LinearLayout, PageBreak};
use genpdf::{Document, Margins, SimplePageDecorator};

/// A message of the form's language with arguments, looked up at run time
/// (keys built from data, words that agree with a person's sex): `None`
/// when the form's language has no such message.
macro_rules! say {
    ($lang:expr, $key:expr $(, $name:literal = $value:expr)* $(,)?) => {{
        let lang: DocLang = $lang;
        let key: &str = $key;
        if has_key(lang, key) {
            #[allow(unused_mut)]
            let mut args = std::collections::HashMap::new();
            $(args.insert($name, ($value).into());)*
            Some(loader(lang).get_args_concrete(key, args))
        } else {
            None
        }
    }};
}

fn date(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// A date blank: the date, or the form's empty date line.
fn date_or_blank(lang: DocLang, d: Option<NaiveDate>) -> String {
    match d {
        Some(d) => date(d),
        None => pt!(lang, "form-blank-date"),
    }
}

/// A date blank of a line: the date on its underline, or the form's date
/// to fill in by hand ("20__ жылғы «___» ____").
fn date_piece(lang: DocLang, d: Option<NaiveDate>) -> Piece {
    match d {
        Some(d) => weighted(Some(&date(d)), None, 0.0),
        None => words(pt!(lang, "form-blank-date")),
    }
}

fn non_empty(s: &str) -> Option<&str> {
    let t = s.trim();
    (!t.is_empty()).then_some(t)
}

/// "None", for a list with nothing in it.
fn none(lang: DocLang) -> String {
    pt!(lang, "form-none")
}

/// The Kazakh text puts the grounds of Annex 1-1 before the applicant's
/// name and the address of Annex 2 before the country; the Russian the
/// other way round.
fn kazakh_order(lang: DocLang) -> bool {
    lang == DocLang::Kk
}

/// The applicant's sex, from the IIN's 7th digit (odd: male, even:
/// female); unknown when the IIN says nothing.
fn applicant_sex(intake: &Intake) -> Option<Sex> {
    Iin::parse(intake.applicant.iin.trim()).ok()?.facts().sex
}

/// The Fluent selector for a sex: words that agree with it take that
/// variant, the "(а)" form when unknown.
fn sex_key(sex: Option<Sex>) -> &'static str {
    match sex {
        Some(Sex::Male) => "male",
        Some(Sex::Female) => "female",
        None => "other",
    }
}

/// The sex of a relative of the questionnaire: by relationship, and a
/// spouse's from the applicant's (marriage in Kazakhstan is between a man
/// and a woman).
fn relative_sex(r: Option<Relationship>, applicant: Option<Sex>) -> Option<Sex> {
    match r? {
        Relationship::Father | Relationship::Son => Some(Sex::Male),
        Relationship::Mother | Relationship::Daughter => Some(Sex::Female),
        Relationship::Spouse | Relationship::FormerSpouse => match applicant? {
            Sex::Male => Some(Sex::Female),
            Sex::Female => Some(Sex::Male),
        },
    }
}

/// A relationship to the applicant, in the form's language.
fn relationship(lang: DocLang, r: Option<Relationship>, applicant: Option<Sex>) -> String {
    // Never printed without one (an intake is accepted only with every
    // relationship chosen); an empty cell rather than a guess.
    let Some(r) = r else {
        return String::new();
    };
    let sex = sex_key(relative_sex(Some(r), applicant));
    let word = match r {
        Relationship::Spouse => say!(lang, "form-a2-rel-spouse", "sex" = sex),
        Relationship::FormerSpouse => say!(lang, "form-a2-rel-former-spouse", "sex" = sex),
        other => say!(lang, &format!("rel-{}", relationship_key(other))),
    };
    word.unwrap_or_default()
}

/// A name compared with another: case and spacing aside.
fn same_person(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The document's title, as viewers show it: the form's title and the
/// case number.
pub fn document_title(annex: Annex, input: &FormInput<'_>) -> String {
    let lang = input.lang;
    let form = match annex {
        Annex::A1 => pt!(lang, "form-a1-title"),
        Annex::A1_1 => pt!(lang, "form-a11-title"),
        Annex::A2 => pt!(lang, "form-a2-title"),
        Annex::A3 => pt!(lang, "form-a3-title"),
        Annex::A4 => pt!(lang, "form-a4-title"),
        Annex::A4_1 => pt!(lang, "form-a41-title"),
        Annex::A5 => pt!(lang, "form-a5-title"),
    };
    let number = pt!(
        lang,
        "form-qr-caption",
        number = input.case.summary.number.to_string()
    );
    format!("{form} — {number}")
}

pub fn build(
    annex: Annex,
    input: &FormInput<'_>,
    log: layout::SharedLog,
    plan: Option<Vec<(usize, usize)>>,
    count_only: bool,
) -> Result<Document, PrintError> {
    let family = fonts::family().map_err(PrintError::Pdf)?;
    let mut doc = Document::new(family);
    let lang = input.lang;
    doc.set_title(super::pdf::TITLE_PLACEHOLDER);
    doc.set_paper_size(genpdf::PaperSize::A4);
    doc.set_minimal_conformance();
    doc.set_font_size(layout::BODY);
    doc.set_line_spacing(1.2);
    doc.set_page_decorator(layout::FormPages::new(
        Margins::trbl(12, 15, 12, 20),
        log.clone(),
        plan,
        head(annex, input),
    ));

    let pages: Vec<Option<A3Person>> = if annex == Annex::A3 {
        annex3_people(input)
    } else {
        vec![None]
    };
    let copies = annex.copies();
    let mut first = true;
    for person in &pages {
        for copy in 1..=copies {
            if !first {
                doc.push(PageBreak::new());
            }
            first = false;
            doc.push(layout::SectionMark(log.clone()));
            let mut body = LinearLayout::vertical();
            if copies > 1 {
                // The two parties the form names: the applicant and the
                // provider (the decision, the refusal notice, the
                // direction), or the office that takes or refuses the
                // documents (the receipts: a State Corporation department
                // at its counter).
                let receipt = matches!(annex, Annex::A4 | Annex::A5);
                let whom = match (copy, input.office.kind) {
                    (1, _) => pt!(lang, "form-copy-applicant"),
                    (_, OfficeKind::StateCorporation) if receipt => pt!(lang, "form-copy-sc"),
                    _ => pt!(lang, "form-copy-provider"),
                };
                body.push(
                    small(pt!(
                        lang,
                        "form-copy",
                        n = copy,
                        total = copies,
                        whom = whom
                    ))
                    .aligned(genpdf::Alignment::Right),
                );
                body.push(gap(0.5));
            }
            match annex {
                Annex::A1 => annex1(&mut body, input),
                Annex::A1_1 => annex1_1(&mut body, input),
                Annex::A2 => annex2(&mut body, input)?,
                Annex::A3 => annex3(&mut body, input, person.as_ref())?,
                Annex::A4 => annex4(&mut body, input),
                Annex::A4_1 => annex4_1(&mut body, input),
                Annex::A5 => annex5(&mut body, input),
            }
            doc.push(body);
        }
    }
    if count_only {
        doc.push(layout::EndOfCount);
    }
    Ok(doc)
}

/// The head of every page: the QR code, the case number and the page's
/// number in its copy; "Annex N to the standard …", "Form".
fn head(annex: Annex, input: &FormInput<'_>) -> layout::HeadFn {
    let lang = input.lang;
    let number = input.case.summary.number;
    let payload = qr_payload(&number, annex);
    let qr_caption = pt!(lang, "form-qr-caption", number = number.to_string());
    let annex_line = pt!(
        lang,
        "form-heading",
        annex = annex.code(),
        service = pt!(lang, "form-service")
    );
    let kind = pt!(lang, "form-kind");
    Box::new(move |n, total| {
        layout::heading(
            layout::qr_image(&payload, 22.0)?,
            qr_caption.clone(),
            // Numbered only when the copy has more than one page; the
            // line is there either way (a non-breaking space), so that the
            // head is as tall on every page of both layouts.
            if total > 1 {
                pt!(lang, "form-page", n = n, total = total)
            } else {
                "\u{a0}".to_string()
            },
            annex_line.clone(),
            kind.clone(),
        )
    })
}

fn applicant(input: &FormInput<'_>) -> String {
    input.case.state.intake.applicant.full_name()
}

/// "Executor: … (name)", "Phone …" — with the form's date on the phone's
/// line where the original has one (Annex 1).
fn executor_block(
    body: &mut LinearLayout,
    input: &FormInput<'_>,
    executed: bool,
    dated: Option<Option<NaiveDate>>,
) {
    let lang = input.lang;
    let label = if executed {
        pt!(lang, "form-executed")
    } else {
        pt!(lang, "form-executor")
    };
    let phone = non_empty(&input.office.phone);
    let mut phone_line = vec![words(pt!(lang, "form-phone"))];
    match dated {
        Some(on) => {
            phone_line.push(weighted(phone, None, 0.0));
            phone_line.push(date_piece(lang, on));
        }
        None => phone_line.push(weighted(phone, None, 1.0)),
    }
    body.push(
        Keep::new()
            .gap(0.5)
            .fill(labelled(
                label,
                input.executor,
                Some(pt!(lang, "form-cap-fio-short")),
            ))
            .fill(line(phone_line)),
    );
}

/// "Received: … (name/signature of the applicant)" and the date the paper
/// was handed over: the date where the print is the handover or the case
/// records one, else the line for the hand.
fn received_block(body: &mut LinearLayout, input: &FormInput<'_>, on: Option<NaiveDate>) {
    let lang = input.lang;
    body.push(
        Keep::new()
            .gap(0.5)
            .fill(labelled(
                pt!(lang, "form-received"),
                None,
                Some(pt!(lang, "form-cap-applicant-signature")),
            ))
            .fill(line(vec![date_piece(lang, on)])),
    );
}

/// The official's signature line, its caption and the place of the seal.
fn official_block(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    body.push(
        Keep::new()
            .gap(1.0)
            .fill(layout::blank(None, pt!(lang, "form-cap-official")))
            .para(text(pt!(lang, "form-stamp"))),
    );
}

// Annex 1: the decision.
fn annex1(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    let state = &input.case.state;
    let sex = sex_key(applicant_sex(&state.intake));
    body.push(title(pt!(lang, "form-a1-title")));
    body.push(gap(0.8));
    let country = places::country_name(&state.intake.destination_country, lang);
    let mut country_line = Vec::new();
    let before = pt!(lang, "form-a1-before-country");
    if !before.trim().is_empty() {
        country_line.push(words(before));
    }
    country_line.push(value_piece(
        non_empty(&country),
        Some(pt!(lang, "form-a1-cap-country")),
    ));
    body.push(line(country_line));
    push_text(
        body,
        say!(lang, "form-a1-after-country", "sex" = sex).unwrap_or_default(),
    );
    field(body, Some(&applicant(input)), pt!(lang, "form-cap-fio"));
    push_text(body, pt!(lang, "form-a1-after-name"));
    body.push(gap(0.5));
    // Who goes with the applicant: the children, or "none".
    let children = if state.intake.children.is_empty() {
        none(lang)
    } else {
        state
            .intake
            .children
            .iter()
            .map(|c| {
                pt!(
                    lang,
                    "form-a1-child",
                    name = c.full_name(),
                    born = c.birth_date.map(date).unwrap_or_default()
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let mut go = Keep::new().fill(line(vec![
        words(say!(lang, "form-a1-children", "sex" = sex).unwrap_or_default()),
        value_piece(Some(&children), Some(pt!(lang, "form-a1-cap-children"))),
    ]));
    // "… go with him": nothing to say of no children.
    let after = pt!(lang, "form-a1-after-children");
    if !state.intake.children.is_empty() && !after.trim().is_empty() {
        go.push(text(after));
    }
    body.push(go);
    body.push(gap(0.5));
    body.push(small(pt!(lang, "form-a1-note")));
    official_block(body, input);
    executor_block(
        body,
        input,
        false,
        Some(state.decision_issued_on.or(Some(input.today))),
    );
    // Signed for when it is handed over (recorded on the case), else by
    // hand.
    received_block(body, input, state.handed_over_on);
}

/// The officer's detail of a ground, unless it only repeats the
/// standard's own "until" wording (the window once filled it in, in the
/// interface's language).
fn ground_detail(g: &RefusalGround) -> Option<String> {
    let typed = non_empty(&g.until)?;
    let key = format!("ground-until-{}", g.ground);
    let norm = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ")
            .trim_end_matches(['.', ';'])
            .to_string()
    };
    let typed_norm = norm(typed);
    let mut standard: Vec<String> = Vec::new();
    if super::english().has(&key) {
        standard.push(super::english().get(&key));
    }
    for lang in [DocLang::Kk, DocLang::Ru] {
        if let Some(s) = say!(lang, &key) {
            standard.push(format!("до {s}"));
            standard.push(format!("{s} дейін"));
            standard.push(format!("until {s}"));
            standard.push(s);
        }
    }
    if standard.iter().any(|s| norm(s) == typed_norm) {
        None
    } else {
        Some(typed.to_string())
    }
}

/// The grounds of the refusal notice: each numbered by its item of para 10
/// (the Annex 4-1 note's ground, 0, has none and comes last), with the
/// standard's wording, its "until" wording where the standard gives one,
/// and the officer's detail in parentheses.
fn ground_lines(lang: DocLang, grounds: &[RefusalGround], sex: Option<Sex>) -> Vec<Para> {
    let mut grounds: Vec<&RefusalGround> = grounds.iter().collect();
    grounds.sort_by_key(|g| {
        (
            g.ground == RefusalGround::CERTIFICATE_NOT_PRESENTED,
            g.ground,
        )
    });
    let count = grounds.len();
    grounds
        .into_iter()
        .enumerate()
        .map(|(i, g)| {
            let wording = say!(lang, &format!("ground-{}", g.ground), "sex" = sex_key(sex))
                .unwrap_or_else(|| pt!(lang, "form-a11-ground-blank"));
            let mut line = match say!(lang, &format!("ground-until-{}", g.ground)) {
                Some(until) => pt!(
                    lang,
                    "form-a11-ground-until",
                    ground = wording,
                    until = until
                ),
                None => wording,
            };
            if let Some(detail) = ground_detail(g) {
                line.push_str(&format!(" ({detail})"));
            }
            let end = if i + 1 == count { "." } else { ";" };
            let item = Para::new(format!("{line}{end}"));
            if g.ground == RefusalGround::CERTIFICATE_NOT_PRESENTED {
                item
            } else {
                item.hanging(format!("{}.", g.ground))
            }
        })
        .collect()
}

// Annex 1-1: the refusal notice on the grounds of para 10.
fn annex1_1(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    let state = &input.case.state;
    let sex = applicant_sex(&state.intake);
    body.push(title(pt!(lang, "form-a11-title")));
    body.push(gap(0.8));
    let grounds: Vec<Para> = if state.grounds.is_empty() {
        (1..=3)
            .map(|n| {
                let end = if n == 3 { "." } else { ";" };
                Para::new(format!("{}{end}", pt!(lang, "form-a11-ground-blank")))
                    .hanging(format!("{n}."))
            })
            .collect()
    } else {
        ground_lines(lang, &state.grounds, sex)
    };
    let notice = pt!(lang, "form-a11-notice", service = pt!(lang, "form-service"));
    // The name's blank with the words the language puts around it:
    // "Уведомляем ____" / "____ хабарлаймыз."
    let name = || {
        let mut pieces = Vec::new();
        let before = pt!(lang, "form-a11-before-name");
        if !before.trim().is_empty() {
            pieces.push(words(before));
        }
        pieces.push(value_piece(
            Some(&applicant(input)),
            Some(pt!(lang, "form-cap-fio")),
        ));
        let after = pt!(lang, "form-a11-after-name");
        if !after.trim().is_empty() {
            pieces.push(words(after));
        }
        line(pieces)
    };
    if kazakh_order(lang) {
        // "On the grounds …, namely: 1. …; 2. … . [refused] [NAME] we notify."
        body.push(text(pt!(lang, "form-a11-grounds-intro")));
        for g in grounds {
            body.push(g);
        }
        body.push(text(notice));
        body.push(name());
    } else {
        // "We notify [NAME] of the refusal … on the grounds …, namely: 1. …"
        body.push(name());
        body.push(text(format!(
            "{notice} {}",
            pt!(lang, "form-a11-grounds-intro")
        )));
        for g in grounds {
            body.push(g);
        }
    }
    body.push(gap(0.5));
    body.push(text(pt!(lang, "form-a11-court")));
    body.push(text(pt!(lang, "form-a11-made-two")));
    official_block(body, input);
    executor_block(body, input, false, None);
    // Signed for when it is handed over (recorded on the case), else by
    // hand.
    received_block(body, input, state.handed_over_on);
}

// Annex 2: the questionnaire-application, complete.
fn annex2(body: &mut LinearLayout, input: &FormInput<'_>) -> Result<(), PrintError> {
    let lang = input.lang;
    let i: &Intake = &input.case.state.intake;
    let a = &i.applicant;
    let sex = applicant_sex(i);
    body.push(title(pt!(lang, "form-a2-title")));
    body.push(gap(0.5));
    field(body, Some(&a.full_name()), pt!(lang, "form-cap-fio-short"));
    let former = if a.former_names.iter().all(|n| n.trim().is_empty()) {
        none(lang)
    } else {
        a.former_names
            .iter()
            .filter_map(|n| non_empty(n))
            .collect::<Vec<_>>()
            .join("; ")
    };
    field(body, Some(&former), pt!(lang, "form-a2-cap-former"));
    let birth = [
        a.birth_date.map(date).unwrap_or_default(),
        a.birth_place.trim().to_string(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    field(body, non_empty(&birth), pt!(lang, "form-a2-cap-birth"));
    field(
        body,
        non_empty(&a.residence),
        pt!(lang, "form-a2-cap-residence"),
    );
    // The documents' lines as each original draws them: "Паспорт № ___
    // ___ 20 ж. ___" (the last blank, the issuing authority, is not
    // recorded by the intake: for the hand), "Паспорт № ___ ___ 20 г.".
    let document = |label: String, d: &crate::domain::intake::DocRef| {
        let mut pieces = vec![
            words(label),
            weighted(non_empty(&d.number), None, 0.0),
            weighted(d.issued_on.map(date).as_deref(), None, 0.0),
            words(pt!(lang, "form-a2-year")),
        ];
        if kazakh_order(lang) {
            pieces.push(value_piece(None, None));
        }
        line(pieces)
    };
    body.push(document(pt!(lang, "form-a2-passport"), &a.passport));
    body.push(document(pt!(lang, "form-a2-id-card"), &a.id_card));
    body.push(line(vec![
        words(pt!(lang, "form-a2-iin")),
        value_piece(non_empty(&a.iin), None),
    ]));
    let nationality =
        places::nationality_name(&a.nationality, lang, applicant_sex(i) == Some(Sex::Female));
    body.push(line(vec![
        words(pt!(lang, "form-a2-nationality")),
        value_piece(non_empty(&nationality), None),
    ]));
    body.push(line(vec![
        words(pt!(lang, "form-a2-phones-home")),
        value_piece(non_empty(&a.phones.home), None),
        words(pt!(lang, "form-a2-phones-work")),
        value_piece(non_empty(&a.phones.work), None),
        words(pt!(lang, "form-a2-phones-mobile")),
        value_piece(non_empty(&a.phones.mobile), None),
    ]));
    body.push(gap(0.5));
    let address = |body: &mut LinearLayout| {
        let mut pieces = Vec::new();
        let before = pt!(lang, "form-a2-request-before-address");
        if !before.trim().is_empty() {
            pieces.push(words(before));
        }
        pieces.push(value_piece(
            non_empty(&i.registered_address),
            Some(pt!(lang, "form-a2-cap-address")),
        ));
        let word = pt!(lang, "form-a2-address-word");
        if !word.trim().is_empty() {
            pieces.push(words(word));
        }
        body.push(line(pieces));
        push_text(body, pt!(lang, "form-a2-request-after-address"));
    };
    let country = |body: &mut LinearLayout| {
        push_text(body, pt!(lang, "form-a2-request-before-country"));
        let name = places::country_name(&i.destination_country, lang);
        body.push(line(vec![value_piece(non_empty(&name), None)]));
        push_text(body, pt!(lang, "form-a2-request-after-country"));
    };
    if kazakh_order(lang) {
        address(body);
        country(body);
    } else {
        country(body);
        address(body);
    }
    body.push(text(pt!(lang, "form-a2-children-request")));
    let mut children: Vec<Vec<String>> = i
        .children
        .iter()
        .map(|c| {
            vec![
                c.full_name(),
                c.birth_date.map(date).unwrap_or_default(),
                c.passport_no.trim().to_string(),
            ]
        })
        .collect();
    if children.is_empty() {
        children.push(vec![none(lang), String::new(), String::new()]);
    }
    body.push(table(
        vec![6, 2, 2],
        vec![
            pt!(lang, "form-a2-col-fio"),
            pt!(lang, "form-a2-col-born"),
            pt!(lang, "form-a2-col-passport"),
        ],
        children,
    )?);

    body.push(gap(0.8));
    body.push(bold(pt!(lang, "form-a2-relatives")));
    let mut relatives: Vec<Vec<String>> = i
        .relatives
        .iter()
        .map(|r| {
            let mut rel = relationship(lang, r.relationship, sex);
            if r.deceased {
                let deceased = say!(
                    lang,
                    "form-a2-deceased",
                    "sex" = sex_key(relative_sex(r.relationship, sex)),
                    "certificate" = r.death_certificate.trim()
                )
                .unwrap_or_default();
                rel = format!("{rel}; {deceased}");
            }
            let born = [
                r.birth_year.map(|y| y.to_string()).unwrap_or_default(),
                r.birth_place.trim().to_string(),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
            let country = places::country_name(&r.country, lang);
            let place = [country.trim(), r.address.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            vec![
                r.full_name.clone(),
                rel,
                born,
                place,
                r.workplace.clone(),
                r.marriage_place.clone(),
            ]
        })
        .collect();
    if relatives.is_empty() {
        let mut row = vec![String::new(); 6];
        row[0] = none(lang);
        relatives.push(row);
    }
    body.push(table(
        vec![5, 4, 4, 5, 4, 5],
        vec![
            pt!(lang, "form-a2-col-fio"),
            pt!(lang, "form-a2-col-relationship"),
            pt!(lang, "form-a2-col-birth-year-place"),
            pt!(lang, "form-a2-col-country-address"),
            pt!(lang, "form-a2-col-workplace"),
            pt!(lang, "form-a2-col-marriage"),
        ],
        relatives,
    )?);

    body.push(gap(0.8));
    body.push(bold(pt!(lang, "form-a2-activity")));
    let mut jobs: Vec<Vec<String>> = i
        .activities
        .iter()
        .map(|j| {
            let to = j
                .to_year
                .map(|y| y.to_string())
                .unwrap_or_else(|| pt!(lang, "form-a2-until-now"));
            let secrets = if j.secrets_access {
                pt!(lang, "form-a2-secrets-yes")
            } else {
                pt!(lang, "form-a2-secrets-no")
            };
            let mut row = vec![
                format!("{} – {}", j.from_year, to),
                j.position.clone(),
                j.organisation.clone(),
                j.address.clone(),
            ];
            // The Kazakh original's "Жұмыс орны" column (the Russian has
            // none): not asked by the questionnaire, left for the hand.
            if kazakh_order(lang) {
                row.push(String::new());
            }
            row.push(secrets);
            row
        })
        .collect();
    let mut weights = vec![3, 4, 5, 5];
    let mut header = vec![
        pt!(lang, "form-a2-col-years"),
        pt!(lang, "form-a2-col-position"),
        pt!(lang, "form-a2-col-organisation"),
        pt!(lang, "form-a2-col-org-address"),
    ];
    if kazakh_order(lang) {
        weights.push(3);
        header.push(pt!(lang, "form-a2-col-job-workplace"));
    }
    weights.push(4);
    header.push(pt!(lang, "form-a2-col-secrets"));
    if jobs.is_empty() {
        let mut row = vec![String::new(); header.len()];
        row[0] = none(lang);
        jobs.push(row);
    }
    body.push(table(weights, header, jobs)?);

    // Each statement with its date, signature line and caption, on one page.
    let sex = sex_key(sex);
    let signed = |on: Option<NaiveDate>| {
        line(vec![
            date_piece(lang, on),
            value_piece(None, Some(pt!(lang, "form-cap-signature"))),
        ])
    };
    body.push(
        Keep::new()
            .gap(0.8)
            .para(text(
                say!(lang, "form-a2-warning", "sex" = sex).unwrap_or_default(),
            ))
            .fill(signed(i.false_data_warning_on)),
    );
    body.push(
        Keep::new()
            .gap(0.3)
            .para(text(
                say!(lang, "form-a2-consent", "sex" = sex).unwrap_or_default(),
            ))
            .fill(signed(i.secrets_consent_on)),
    );
    let accepted = input
        .case
        .state
        .accepted_on
        .or(input.case.state.refused_at_intake_on);
    body.push(
        Keep::new()
            .gap(0.5)
            .para(text(pt!(
                lang,
                "form-a2-accepted",
                date = date_or_blank(lang, accepted)
            )))
            .fill(layout::blank(
                input.accepted_by,
                pt!(lang, "form-a2-cap-accepted-by"),
            )),
    );
    Ok(())
}

/// A person an Annex 3 request is made for: a child's other parent or a
/// dependant whose registration in Kazakhstan is unknown (para 9).
struct A3Person {
    name: String,
    /// The relationship to the applicant.
    relationship: String,
    sex: Option<Sex>,
}

/// The people of unknown registration, one Annex 3 request each: the
/// other parent of several children, or a dependant who is also a child's
/// other parent, is one person. `None`: a blank request.
fn annex3_people(input: &FormInput<'_>) -> Vec<Option<A3Person>> {
    let lang = input.lang;
    let i = &input.case.state.intake;
    let applicant = applicant_sex(i);
    // (name, children whose other parent they are, dependant relationships)
    let mut people: Vec<(String, Vec<String>, Vec<String>)> = Vec::new();
    let mut entry = |name: &str| -> usize {
        let key = same_person(name);
        match people
            .iter()
            .position(|(n, _, _)| !key.is_empty() && same_person(n) == key)
        {
            Some(at) => at,
            None => {
                people.push((name.trim().to_string(), Vec::new(), Vec::new()));
                people.len() - 1
            }
        }
    };
    let mut parents: Vec<(usize, String)> = Vec::new();
    let mut dependants: Vec<(usize, String)> = Vec::new();
    for c in &i.children {
        if let Some(op) = c.other_parent.as_ref() {
            if op.whereabouts == Whereabouts::Unknown {
                parents.push((entry(&op.full_name), c.full_name()));
            }
        }
    }
    for d in &i.dependants {
        if d.whereabouts == Whereabouts::Unknown {
            // A key of the list in the form's language; an intake from
            // before the list, as typed.
            let key = d.relationship.trim();
            let rel = match crate::domain::intake::parse_relationship(key) {
                Some(r) => relationship(lang, Some(r), applicant),
                None if crate::domain::intake::DEPENDANT_RELATIONSHIPS.contains(&key) => {
                    say!(lang, &format!("rel-{key}")).unwrap_or_else(|| key.to_string())
                }
                None => key.to_string(),
            };
            dependants.push((entry(&d.full_name), rel));
        }
    }
    for (at, child) in parents {
        people[at].1.push(child);
    }
    for (at, rel) in dependants {
        people[at].2.push(rel);
    }
    let mut out: Vec<Option<A3Person>> = people
        .into_iter()
        .map(|(name, children, dependant)| {
            let relative = i
                .relatives
                .iter()
                .find(|r| same_person(&r.full_name) == same_person(&name));
            let mut parts: Vec<String> = Vec::new();
            if let Some(r) = relative {
                parts.push(relationship(lang, r.relationship, applicant));
            }
            if !children.is_empty() {
                parts.extend(say!(
                    lang,
                    "form-a3-rel-other-parent",
                    "count" = children.len() as i64,
                    "children" = children.join(", ")
                ));
            }
            for rel in dependant {
                parts.push(if rel.is_empty() {
                    pt!(lang, "form-a3-dependant")
                } else {
                    pt!(lang, "form-a3-rel-dependant", relationship = rel)
                });
            }
            A3Person {
                name,
                relationship: parts
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join(", "),
                sex: relative.and_then(|r| relative_sex(r.relationship, applicant)),
            }
        })
        .map(Some)
        .collect();
    if out.is_empty() {
        out.push(None);
    }
    out
}

// Annex 3: the request to the internal affairs body.
fn annex3(
    body: &mut LinearLayout,
    input: &FormInput<'_>,
    person: Option<&A3Person>,
) -> Result<(), PrintError> {
    let lang = input.lang;
    let i = &input.case.state.intake;
    let police =
        (input.office.kind == OfficeKind::MigrationPolice).then_some(input.office.name.as_str());
    // The addressee and the applicant, top right as on the original.
    let mut to = LinearLayout::vertical();
    to.push(layout::blank(police, pt!(lang, "form-a3-cap-body")));
    to.push(line(vec![
        words(say!(lang, "form-a3-from", "sex" = sex_key(applicant_sex(i))).unwrap_or_default()),
        value_piece(Some(&applicant(input)), Some(pt!(lang, "form-cap-fio"))),
    ]));
    to.push(layout::blank(
        non_empty(&i.registered_address),
        pt!(lang, "form-a3-cap-address"),
    ));
    let mut head = genpdf::elements::TableLayout::new(vec![2, 3]);
    head.row()
        .element(LinearLayout::vertical())
        .element(to)
        .push()
        .map_err(|e| PrintError::Pdf(e.to_string()))?;
    body.push(head);
    body.push(gap(0.8));
    body.push(title(pt!(lang, "form-a3-title")));
    body.push(gap(0.5));
    body.push(text(
        say!(
            lang,
            "form-a3-text",
            "sex" = sex_key(person.and_then(|p| p.sex))
        )
        .unwrap_or_default(),
    ));
    let who = person.map(|p| {
        if p.relationship.is_empty() {
            p.name.clone()
        } else {
            pt!(
                lang,
                "form-a3-person",
                name = p.name.as_str(),
                relationship = p.relationship.as_str()
            )
        }
    });
    field(body, who.as_deref(), pt!(lang, "form-a3-cap-person"));
    push_text(body, pt!(lang, "form-a3-after-person"));
    // The date, and the signature's line with "signature" under it.
    body.push(Keep::new().gap(0.8).fill(line(vec![
        date_piece(lang, Some(input.today)),
        weighted(None, Some(pt!(lang, "form-a3-signature")), 0.0),
    ])));
    Ok(())
}

// Annex 4: the receipt of acceptance, with the date to come back.
fn annex4(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    let state = &input.case.state;
    body.push(title(pt!(lang, "form-a4-title")));
    body.push(gap(0.8));
    body.push(line(vec![
        words(pt!(lang, "form-a4-before-name")),
        value_piece(Some(&applicant(input)), Some(pt!(lang, "form-cap-fio"))),
    ]));
    body.push(text(pt!(
        lang,
        "form-a4-after-name",
        service = pt!(lang, "form-service")
    )));
    body.push(gap(0.3));
    let mut come = Para::default();
    let when = date_or_blank(lang, state.come_back_on);
    let sentence = pt!(lang, "form-a4-come", date = when.clone());
    // The date stands out: it is what the applicant must remember.
    match sentence.split_once(&when) {
        Some((before, after)) if state.come_back_on.is_some() => {
            come.push(before, genpdf::style::Style::new());
            come.push(when, genpdf::style::Style::new().bold());
            come.push(after, genpdf::style::Style::new());
        }
        _ => come.push(sentence, genpdf::style::Style::new()),
    }
    body.push(come);
    body.push(text(pt!(lang, "form-a4-made-two")));
    body.push(gap(0.5));
    executor_block(body, input, true, None);
    // The receipt is handed over as it is printed, at the counter.
    received_block(body, input, Some(input.today));
}

// Annex 4-1: the direction for deregistration, valid 7 days.
fn annex4_1(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    let state = &input.case.state;
    body.push(title(pt!(lang, "form-a41-title")));
    body.push(gap(0.8));
    body.push(line(vec![
        words(pt!(lang, "form-a41-before-name")),
        value_piece(Some(&applicant(input)), Some(pt!(lang, "form-cap-fio"))),
    ]));
    body.push(text(pt!(lang, "form-a41-after-name")));
    body.push(text(pt!(lang, "form-a41-military")));
    body.push(text(pt!(lang, "form-a41-residence")));
    body.push(line(vec![
        words(pt!(lang, "form-a41-valid-before")),
        date_piece(lang, state.direction_valid_until),
        words(pt!(lang, "form-a41-valid-after")),
    ]));
    body.push(gap(0.3));
    body.push(small(pt!(lang, "form-a41-note")));
    body.push(text(pt!(lang, "form-made-two")));
    body.push(text(pt!(lang, "form-stamp")));
    executor_block(body, input, false, None);
    // Signed for by hand when it is handed over.
    received_block(body, input, None);
}

/// Whom of the questionnaire a missing document is for, as one person:
/// the other parent of two children is one person, needing one consent.
#[derive(PartialEq, Eq)]
enum Holder {
    Applicant,
    Representative,
    Child(usize),
    /// A child's other parent or a dependant, by name (case and spacing
    /// aside); by subject when nameless.
    Person(String),
    Unnamed(Subject),
}

/// One line of the Annex 5 list: a document, for one person, in all the
/// roles it is needed for.
struct MissingLine {
    requirement: Requirement,
    holder: Holder,
    name: String,
    /// The children whose other parent the person is.
    children: Vec<String>,
    dependant: bool,
}

/// The missing documents, one line per document and person.
fn missing_lines(intake: &Intake, items: &[ChecklistItem]) -> Vec<MissingLine> {
    let mut lines: Vec<MissingLine> = Vec::new();
    for item in items {
        let child_name = |c: usize| intake.children.get(c).map(|c| c.full_name());
        let name = match item.subject {
            Subject::Child(c) => child_name(c).unwrap_or_else(|| item.subject_name.clone()),
            Subject::OtherParentOf(c) => non_empty(&item.subject_name)
                .map(str::to_string)
                .or_else(|| {
                    intake
                        .children
                        .get(c)
                        .and_then(|c| c.other_parent.as_ref())
                        .map(|p| p.full_name.clone())
                })
                .unwrap_or_default(),
            Subject::Dependant(d) => non_empty(&item.subject_name)
                .map(str::to_string)
                .or_else(|| intake.dependants.get(d).map(|d| d.full_name.clone()))
                .unwrap_or_default(),
            Subject::Applicant => non_empty(&item.subject_name)
                .map(str::to_string)
                .unwrap_or_else(|| intake.applicant.full_name()),
            Subject::Representative => match &intake.filed_by {
                FiledBy::Representative { full_name, .. } => full_name.clone(),
                FiledBy::Applicant => item.subject_name.clone(),
            },
        };
        let holder = match item.subject {
            Subject::Applicant => Holder::Applicant,
            Subject::Representative => Holder::Representative,
            Subject::Child(c) => Holder::Child(c),
            Subject::OtherParentOf(_) | Subject::Dependant(_) => {
                let key = same_person(&name);
                if key.is_empty() {
                    Holder::Unnamed(item.subject)
                } else {
                    Holder::Person(key)
                }
            }
        };
        let at = match lines
            .iter()
            .position(|l| l.requirement == item.requirement && l.holder == holder)
        {
            Some(at) => at,
            None => {
                lines.push(MissingLine {
                    requirement: item.requirement,
                    holder,
                    name: name.trim().to_string(),
                    children: Vec::new(),
                    dependant: false,
                });
                lines.len() - 1
            }
        };
        let line = &mut lines[at];
        match item.subject {
            Subject::OtherParentOf(c) => {
                if let Some(child) = child_name(c) {
                    if !line.children.contains(&child) {
                        line.children.push(child);
                    }
                }
            }
            Subject::Dependant(_) => line.dependant = true,
            _ => {}
        }
    }
    lines
}

/// Whom a line of the Annex 5 list is for, in the form's language.
fn whom(lang: DocLang, line: &MissingLine) -> String {
    let name = line.name.as_str();
    let text = match line.holder {
        Holder::Applicant => say!(lang, "form-whom-applicant", "name" = name),
        Holder::Representative => say!(lang, "form-whom-representative", "name" = name),
        Holder::Child(_) => say!(lang, "form-whom-child", "name" = name),
        Holder::Person(_) | Holder::Unnamed(_) => {
            let mut roles: Vec<String> = Vec::new();
            if !line.children.is_empty() {
                roles.extend(say!(
                    lang,
                    "form-whom-other-parent",
                    "name" = name,
                    "count" = line.children.len() as i64,
                    "children" = line.children.join(", ")
                ));
            }
            if line.dependant {
                roles.extend(say!(lang, "form-whom-dependant", "name" = name));
            }
            Some(roles.join("; "))
        }
    };
    text.unwrap_or_default()
}

// Annex 5: the receipt of refusal to accept, naming what is missing.
fn annex5(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    let case = input.case;
    let office = input.office;
    let police = office.kind == OfficeKind::MigrationPolice;
    body.push(title(pt!(lang, "form-a5-title")));
    body.push(gap(0.8));
    if police {
        // The provider refuses in its own name: no State Corporation
        // department here.
        body.push(text(pt!(lang, "form-a5-intro-police")));
        field(
            body,
            non_empty(&office.name),
            pt!(lang, "form-a5-cap-office"),
        );
    } else {
        let dept = non_empty(&office.number).unwrap_or("____");
        body.push(text(pt!(lang, "form-a5-intro", dept = dept)));
    }
    field(
        body,
        non_empty(&office.address),
        pt!(lang, "form-a5-cap-address"),
    );
    body.push(text(pt!(
        lang,
        "form-a5-text",
        service = pt!(lang, "form-service")
    )));
    body.push(text(pt!(lang, "form-a5-missing")));
    let missing: Vec<ChecklistItem> = if case.state.missing_at_intake.is_empty() {
        case.checklist
            .items
            .iter()
            .filter(|i| i.status == ItemStatus::Missing)
            .cloned()
            .collect()
    } else {
        case.state.missing_at_intake.clone()
    };
    let lines: Vec<String> = if missing.is_empty() {
        (1..=3).map(|_| pt!(lang, "form-a5-item-blank")).collect()
    } else {
        missing_lines(&case.state.intake, &missing)
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let n = i + 1;
                let what = say!(lang, &format!("req-{}", line.requirement.as_str()))
                    .unwrap_or_else(|| layout::BLANK.to_string());
                let _ = n;
                pt!(lang, "form-a5-item", what = what, whom = whom(lang, line))
            })
            .collect()
    };
    let count = lines.len();
    for (i, item) in lines.into_iter().enumerate() {
        let end = if i + 1 == count { "." } else { ";" };
        body.push(Para::new(format!("{item}{end}")).hanging(format!("{})", i + 1)));
    }
    body.push(text(pt!(lang, "form-a5-made-two")));
    let employee = if police {
        pt!(lang, "form-a5-cap-employee-police")
    } else {
        pt!(lang, "form-a5-cap-employee")
    };
    body.push(Keep::new().gap(0.8).fill(layout::blank(None, employee)));
    executor_block(body, input, false, None);
    // The receipt is handed over as it is printed, at the counter.
    received_block(body, input, Some(input.today));
}

/// The acceptance confirmation of a complaint (para 11).
pub fn complaint_confirmation(
    c: &crate::domain::records::Complaint,
    office: &crate::domain::records::Office,
    lang: DocLang,
) -> Result<Document, PrintError> {
    let family = fonts::family().map_err(PrintError::Pdf)?;
    let mut doc = Document::new(family);
    doc.set_title(super::pdf::TITLE_PLACEHOLDER);
    doc.set_paper_size(genpdf::PaperSize::A4);
    doc.set_minimal_conformance();
    doc.set_font_size(layout::BODY);
    doc.set_line_spacing(1.2);
    let mut decorator = SimplePageDecorator::new();
    decorator.set_margins(Margins::trbl(15, 15, 15, 20));
    doc.set_page_decorator(decorator);
    let mut body = LinearLayout::vertical();
    body.push(title(pt!(lang, "form-complaint-title")));
    body.push(gap(0.8));
    body.push(stated(pt!(lang, "form-complaint-number"), &c.number));
    body.push(stated(
        pt!(lang, "form-complaint-registered"),
        &date(c.registered_on),
    ));
    body.push(stated(
        pt!(lang, "form-complaint-from"),
        c.complainant_name(),
    ));
    body.push(stated(
        pt!(lang, "form-complaint-accepted-by"),
        &c.accepted_by,
    ));
    body.push(stated(pt!(lang, "form-complaint-due"), &date(c.due_on)));
    body.push(text(pt!(
        lang,
        "form-complaint-where",
        office = office.name.as_str(),
        address = office.address.as_str()
    )));
    body.push(gap(1.0));
    body.push(text(pt!(lang, "form-stamp")));
    body.push(stated(pt!(lang, "form-phone"), &office.phone));
    doc.push(body);
    Ok(doc)
}

/// "Label: value", the value in bold (the complaint's confirmation, not a
/// form of the standard).
fn stated(label: String, value: &str) -> Para {
    Para::new(format!("{label} ")).styled(value, genpdf::style::Style::new().bold())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `say!` prints nothing for a message the form's language lacks: every
    /// one the forms ask for must be there, in both languages.
    #[test]
    fn every_message_looked_up_at_run_time_exists() {
        let mut keys: Vec<String> = [
            "form-a1-after-country",
            "form-a1-children",
            "form-a2-consent",
            "form-a2-deceased",
            "form-a2-rel-former-spouse",
            "form-a2-rel-spouse",
            "form-a2-warning",
            "form-a3-from",
            "form-a3-rel-other-parent",
            "form-a3-text",
            "form-whom-applicant",
            "form-whom-child",
            "form-whom-dependant",
            "form-whom-other-parent",
            "form-whom-representative",
        ]
        .iter()
        .map(|k| k.to_string())
        .collect();
        keys.extend(
            Requirement::ALL
                .iter()
                .map(|r| format!("req-{}", r.as_str())),
        );
        keys.extend(
            [
                Relationship::Father,
                Relationship::Mother,
                Relationship::Son,
                Relationship::Daughter,
            ]
            .iter()
            .map(|r| format!("rel-{}", relationship_key(*r))),
        );
        keys.extend((0..=8).map(|n| format!("ground-{n}")));
        keys.extend((1..=7).map(|n| format!("ground-until-{n}")));
        for lang in [DocLang::Kk, DocLang::Ru] {
            for key in &keys {
                assert!(has_key(lang, key), "{lang} lacks {key}");
            }
        }
    }

    #[test]
    fn words_agree_with_the_sex_the_iin_gives() {
        let mut i = Intake::default();
        i.applicant.iin = "850115300001".into();
        assert_eq!(applicant_sex(&i), Some(Sex::Male));
        i.applicant.iin = "961225400001".into();
        assert_eq!(applicant_sex(&i), Some(Sex::Female));
        i.applicant.iin = "not an iin".into();
        assert_eq!(applicant_sex(&i), None);
        let said = |sex| say!(DocLang::Ru, "form-a2-consent", "sex" = sex_key(sex)).unwrap();
        assert!(said(Some(Sex::Male)).starts_with("Согласен на"));
        assert!(said(Some(Sex::Female)).starts_with("Согласна на"));
        assert!(said(None).starts_with("Согласен(на) на"));
        assert_eq!(
            relative_sex(Some(Relationship::FormerSpouse), Some(Sex::Female)),
            Some(Sex::Male)
        );
        assert_eq!(relative_sex(Some(Relationship::Spouse), None), None);
    }
}
