//! The seven forms. Each one prints the act's own words — its fixed
//! sentences, captions and table headers as the standard gives them
//! (`tests/data/forms/` holds the act's text; `tests/print.rs` reads every
//! form back against it, word for word) — with the case's values in its
//! blanks and a line for the hand where the case has none.
//!
//! The texts are in `locales/` (keys `form-*`), one message per line of the
//! act, each blank a `{ $x }` that `layout::mark` stands for: the Kazakh
//! and the Russian put their blanks where each language puts them, and the
//! code here only says what each blank holds. Every word on a form is in
//! the form's language: texts through `pt!` (checked at compile time) or,
//! for keys built from data, `say!`, which prints only what the form's
//! language itself has — never the English fallback of the loaders, never
//! the interface's language.

use super::layout::{self, act_lines, bold, gap, mark, push_lines, table, text, title, Blank};
use super::text::{Keep, Para};
use super::{fonts, has_key, loader, qr_payload, Annex, FormInput, PrintError};
use crate::domain::case::RefusalGround;
use crate::domain::checklist::{ChecklistItem, ItemStatus, Requirement, Subject};
use crate::domain::ids::{Iin, Sex};
use crate::domain::intake::{relationship_key, FiledBy, Intake, Relationship, Whereabouts};
use crate::domain::{places, DocLang, OfficeKind};
use crate::pt;
use chrono::{Datelike, NaiveDate};
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

/// A month's name as a filled date of the form writes it ("желтоқсан",
/// "декабря").
fn month(lang: DocLang, m: u32) -> String {
    say!(lang, &format!("form-month-{m}")).unwrap_or_else(|| format!("{m:02}"))
}

/// "14 ақпан", "14 февраля": a day and month in a blank of their own
/// before the act's "20 ж." / "20 г.".
fn day_and_month(lang: DocLang, d: NaiveDate) -> String {
    format!("{} {}", d.day(), month(lang, d.month()))
}

/// The act's date of a line (`20__ жылғы "___" _________`,
/// `"___" ____ 20__ г.` and their variants) filled with `d` in its own
/// pattern: the year for "20__", the day between the quotes, the month's
/// name for the month's blank. Returns the text and where the date is in
/// it. A text without such a date comes back as it is.
fn fill_date(text: &str, d: NaiveDate, lang: DocLang) -> (String, Option<std::ops::Range<usize>>) {
    let Some(q1) = text.find("\"_") else {
        return (text.to_string(), None);
    };
    let Some(q2) = text[q1 + 1..].find('"').map(|i| q1 + 1 + i) else {
        return (text.to_string(), None);
    };
    // The month: the run of underscores after the day.
    let after = &text[q2 + 1..];
    let m_start = q2 + 1 + after.find('_').unwrap_or(after.len());
    let m_end = m_start
        + text[m_start..]
            .find(|c: char| c != '_')
            .unwrap_or(text.len() - m_start);
    // The year: "20" and the underscores after it (a space between
    // allowed), the nearest one to the day.
    let mut years = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(at) = text[i..].find("20").map(|a| a + i) {
        let mut j = at + 2;
        while bytes.get(j) == Some(&b' ') {
            j += 1;
        }
        let k = j + text[j..].find(|c: char| c != '_').unwrap_or(text.len() - j);
        let boundary = at == 0 || !text[..at].ends_with(|c: char| c.is_alphanumeric());
        if k > j && boundary {
            years.push((at, k));
        }
        i = at + 2;
    }
    let year = years
        .into_iter()
        .min_by_key(|(a, b)| a.abs_diff(q1).min(b.abs_diff(m_end)));
    // Replaced from the back, so the earlier positions hold.
    let mut parts: Vec<(usize, usize, String)> = vec![
        (q1, q2 + 1, format!("\"{:02}\"", d.day())),
        (m_start, m_end, month(lang, d.month())),
    ];
    if let Some((a, b)) = year {
        parts.push((a, b, d.year().to_string()));
    }
    parts.sort_by_key(|p| std::cmp::Reverse(p.0));
    let mut out = text.to_string();
    let mut first = usize::MAX;
    let mut last = 0;
    for (a, b, with) in &parts {
        // A word run into the date ("20____жылғы", "жылғы\"___\"") is
        // set apart from it once the date is written.
        let mut with = with.clone();
        if out[*b..].starts_with(|c: char| c.is_alphabetic() || c == '"') {
            with.push(' ');
        }
        if *a > 0 && out[..*a].ends_with(|c: char| c.is_alphabetic()) {
            with.insert(0, ' ');
        }
        out.replace_range(*a..*b, &with);
        first = *a;
        last = last.max(*b);
    }
    // Where the date stands now: from its first part to its last.
    let span_end = {
        let grown = out.len() as isize - text.len() as isize;
        (last as isize + grown) as usize
    };
    let start = out[first..]
        .find(|c: char| !c.is_whitespace())
        .map_or(first, |i| first + i);
    let end = out[..span_end.min(out.len())].trim_end().len();
    (out, (start < end).then_some(start..end))
}

/// A message with its date filled where the case knows it.
fn dated(text: String, d: Option<NaiveDate>, lang: DocLang) -> String {
    match d {
        Some(d) => fill_date(&text, d, lang).0,
        None => text,
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

/// The applicant's sex, from the IIN's 7th digit (odd: male, even:
/// female); unknown when the IIN says nothing.
fn applicant_sex(intake: &Intake) -> Option<Sex> {
    Iin::parse(intake.applicant.iin.trim()).ok()?.facts().sex
}

/// The Fluent selector for a sex: words that agree with it take that
/// variant, the act's own "(ша)", "(ке)" form when unknown.
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

/// The act's heading of a form, line by line as the act breaks it.
fn annex_heading(annex: Annex, lang: DocLang) -> String {
    match annex {
        Annex::A1 => pt!(lang, "form-a1-heading"),
        Annex::A1_1 => pt!(lang, "form-a11-heading"),
        Annex::A2 => pt!(lang, "form-a2-heading"),
        Annex::A3 => pt!(lang, "form-a3-heading"),
        Annex::A4 => pt!(lang, "form-a4-heading"),
        Annex::A4_1 => pt!(lang, "form-a41-heading"),
        Annex::A5 => pt!(lang, "form-a5-heading"),
    }
}

/// The page's margins: the room office papers keep for filing and a stamp
/// (30 mm at the left, 20 mm at the top and the bottom, 10 mm at the
/// right).
fn margins() -> Margins {
    Margins::trbl(20, 10, 20, 30)
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
    doc.set_title(super::pdf::TITLE_PLACEHOLDER);
    doc.set_paper_size(genpdf::PaperSize::A4);
    doc.set_minimal_conformance();
    doc.set_font_size(layout::BODY);
    doc.set_line_spacing(1.2);
    doc.set_page_decorator(layout::FormPages::new(
        margins(),
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
        for _copy in 1..=copies {
            if !first {
                doc.push(layout::SectionEnd(log.clone()));
                doc.push(PageBreak::new());
            }
            first = false;
            let mut body = LinearLayout::vertical();
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

/// The copy's label: which of the parties the act names it is for — the
/// applicant's first; then the provider's (the decision's side: the
/// refusal notice, the direction), or, on the receipts a State
/// Corporation counter issues, the State Corporation's.
fn copy_label(annex: Annex, input: &FormInput<'_>, copy: u8) -> String {
    let lang = input.lang;
    let receipt = matches!(annex, Annex::A4 | Annex::A5);
    let whom = match (copy, input.office.kind) {
        (1, _) => pt!(lang, "form-copy-applicant"),
        (_, OfficeKind::StateCorporation) if receipt => pt!(lang, "form-copy-sc"),
        _ => pt!(lang, "form-copy-provider"),
    };
    pt!(
        lang,
        "form-copy",
        n = copy,
        total = annex.copies(),
        whom = whom
    )
}

/// The head of every page: the QR code, the case number and the page's
/// number in its copy; the act's heading on the first page of a copy; the
/// copy's label on every page of it.
fn head(annex: Annex, input: &FormInput<'_>) -> layout::HeadFn {
    let lang = input.lang;
    let number = input.case.summary.number;
    let payload = qr_payload(&number, annex);
    let qr_caption = pt!(lang, "form-qr-caption", number = number.to_string());
    let heading = annex_heading(annex, lang);
    let kind = pt!(lang, "form-kind");
    let copies = annex.copies();
    let labels: Vec<String> = (1..=copies).map(|c| copy_label(annex, input, c)).collect();
    Box::new(move |place: layout::PagePlace| {
        let label = (copies > 1).then(|| labels[place.section % labels.len()].clone());
        layout::heading(
            layout::qr_image(&payload, 20.0)?,
            qr_caption.clone(),
            // Numbered only when the copy has more than one page; the
            // line is there either way (a non-breaking space), so that the
            // head is as tall on every page of both layouts.
            if place.total > 1 {
                pt!(lang, "form-page", n = place.n, total = place.total)
            } else {
                "\u{a0}".to_string()
            },
            place.starts.then(|| (heading.clone(), kind.clone())),
            label,
        )
    })
}

fn applicant(input: &FormInput<'_>) -> String {
    input.case.state.intake.applicant.full_name()
}

/// The official's signature line with its caption, and the place of the
/// seal ("М.О.").
fn official(keep: &mut Keep, lang: DocLang) {
    keep.add_gap(1.0);
    for l in act_lines(
        &mark(0),
        &[Blank::new(None, Some(pt!(lang, "form-cap-official")))],
    ) {
        keep.add(l);
    }
    keep.add(text(pt!(lang, "form-stamp")));
}

/// "Executor: … (name)", as the act's line has it.
fn executor(keep: &mut Keep, message: String, input: &FormInput<'_>, caption: String) {
    keep.add_gap(0.5);
    for l in act_lines(&message, &[Blank::new(input.executor, Some(caption))]) {
        keep.add(l);
    }
}

/// "Phone …", with the act's date on the line where it has one.
fn phone(keep: &mut Keep, message: String, input: &FormInput<'_>) {
    let blank = Blank::new(non_empty(&input.office.phone), None).short(45.0);
    for l in act_lines(&message, &[blank]) {
        keep.add(l);
    }
}

/// "Received: … (name/signature)" and the act's date under it: the day an
/// event of the case fixed (the handover, the acceptance at the counter),
/// else the line for the hand.
fn received(
    keep: &mut Keep,
    lang: DocLang,
    caption: String,
    date_line: String,
    on: Option<NaiveDate>,
) {
    keep.add_gap(0.5);
    for l in act_lines(
        &pt!(lang, "form-received", name = mark(0)),
        &[Blank::new(None, Some(caption))],
    ) {
        keep.add(l);
    }
    keep.add(text(dated(date_line, on, lang)));
}

/// Pushes the lines of a message into a block kept whole.
fn keep_lines(keep: &mut Keep, text: &str, blanks: &[Blank]) {
    for l in act_lines(text, blanks) {
        keep.add(l);
    }
}

// Annex 1: the decision.
fn annex1(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    let state = &input.case.state;
    let sex = sex_key(applicant_sex(&state.intake));
    body.push(title(pt!(lang, "form-a1-title")));
    body.push(gap(0.8));
    let country = places::country_name(&state.intake.destination_country, lang);
    let citizen = say!(lang, "form-citizen", "sex" = sex).unwrap_or_default();
    push_lines(
        body,
        &pt!(
            lang,
            "form-a1-grant",
            country = mark(0),
            citizen = citizen,
            name = mark(1)
        ),
        &[
            Blank::new(non_empty(&country), Some(pt!(lang, "form-a1-cap-country"))),
            Blank::new(
                Some(&applicant(input)),
                Some(pt!(lang, "form-cap-fio-shown")),
            ),
        ],
    );
    push_lines(body, &pt!(lang, "form-a1-permitted"), &[]);
    body.push(gap(0.5));
    // Who goes with the applicant: the children, or "none" in the blank;
    // the act's words around it stay.
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
    let mut go = Keep::new();
    keep_lines(
        &mut go,
        &say!(lang, "form-a1-children", "sex" = sex, "children" = mark(0)).unwrap_or_default(),
        &[Blank::new(
            Some(&children),
            Some(pt!(lang, "form-a1-cap-children")),
        )],
    );
    keep_lines(&mut go, &pt!(lang, "form-a1-go"), &[]);
    body.push(go);
    body.push(gap(0.5));
    body.push(text(pt!(lang, "form-a1-note")));
    let mut signed = Keep::new();
    official(&mut signed, lang);
    executor(
        &mut signed,
        pt!(lang, "form-executor", name = mark(0)),
        input,
        pt!(lang, "form-cap-fio-open"),
    );
    phone(
        &mut signed,
        dated(
            pt!(lang, "form-a1-phone", phone = mark(0)),
            state.decision_issued_on,
            lang,
        ),
        input,
    );
    // Signed for when it is handed over (recorded on the case), else by
    // hand.
    received(
        &mut signed,
        lang,
        pt!(lang, "form-a1-cap-received"),
        pt!(lang, "form-a1-received-on"),
        state.handed_over_on,
    );
    body.push(signed);
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

/// The grounds of the refusal notice, as the act's list «1. ____-____
/// дейін;» numbers them: 1., 2., 3. … in order (the Annex 4-1 note's
/// ground, 0, last), each with the standard's wording and the officer's
/// detail in parentheses in the first blank, the standard's "until" in the
/// second (a line for the hand where the standard gives none).
fn ground_lines(lang: DocLang, grounds: &[RefusalGround], sex: Option<Sex>) -> Vec<Para> {
    let mut grounds: Vec<&RefusalGround> = grounds.iter().collect();
    grounds.sort_by_key(|g| {
        (
            g.ground == RefusalGround::CERTIFICATE_NOT_PRESENTED,
            g.ground,
        )
    });
    let items: Vec<(String, String)> = grounds
        .into_iter()
        .map(|g| {
            let mut wording = say!(lang, &format!("ground-{}", g.ground), "sex" = sex_key(sex))
                .unwrap_or_default();
            if let Some(detail) = ground_detail(g) {
                wording.push_str(&format!(" ({detail})"));
            }
            let until = say!(lang, &format!("ground-until-{}", g.ground))
                .unwrap_or_else(|| layout::SHORT_BLANK.to_string());
            (wording, until)
        })
        .collect();
    let items = if items.is_empty() {
        vec![(layout::BLANK.to_string(), layout::SHORT_BLANK.to_string()); 3]
    } else {
        items
    };
    let count = items.len();
    items
        .into_iter()
        .enumerate()
        .map(|(i, (ground, until))| {
            let end = if i + 1 == count { "." } else { ";" };
            let line = pt!(lang, "form-a11-ground", ground = ground, until = until);
            Para::new(format!("{line}{end}")).hanging(format!("{}.", i + 1))
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
    let name = [Blank::new(
        Some(&applicant(input)),
        Some(pt!(lang, "form-cap-fio-shown")),
    )];
    push_lines(
        body,
        &say!(lang, "form-a11-before-grounds", "name" = mark(0)).unwrap_or_default(),
        &name,
    );
    let mut grounds = ground_lines(lang, &state.grounds, sex);
    // The last ground stays with the rest of the notice and its
    // signatures: they never stand alone on a page.
    let last = grounds.pop();
    for g in grounds {
        body.push(g);
    }
    let mut tail = Keep::new();
    if let Some(g) = last {
        tail.add(g);
    }
    keep_lines(
        &mut tail,
        &say!(lang, "form-a11-after-grounds", "name" = mark(0)).unwrap_or_default(),
        &name,
    );
    tail.add_gap(0.5);
    tail.add(text(pt!(lang, "form-a11-court")));
    tail.add(text(pt!(lang, "form-a11-made-two")));
    official(&mut tail, lang);
    executor(
        &mut tail,
        pt!(lang, "form-executor", name = mark(0)),
        input,
        pt!(lang, "form-cap-fio-open"),
    );
    phone(&mut tail, pt!(lang, "form-phone", phone = mark(0)), input);
    received(
        &mut tail,
        lang,
        pt!(lang, "form-a11-cap-received"),
        pt!(lang, "form-a11-received-on"),
        state.handed_over_on,
    );
    body.push(tail);
}

// Annex 2: the questionnaire-application, complete.
fn annex2(body: &mut LinearLayout, input: &FormInput<'_>) -> Result<(), PrintError> {
    let lang = input.lang;
    let i: &Intake = &input.case.state.intake;
    let a = &i.applicant;
    let sex = applicant_sex(i);
    body.push(title(pt!(lang, "form-a2-title")));
    body.push(gap(0.5));
    let former = if a.former_names.iter().all(|n| n.trim().is_empty()) {
        none(lang)
    } else {
        a.former_names
            .iter()
            .filter_map(|n| non_empty(n))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let birth = [
        a.birth_date.map(date).unwrap_or_default(),
        a.birth_place.trim().to_string(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    for (value, caption) in [
        (Some(a.full_name()), pt!(lang, "form-a2-cap-name")),
        (Some(former), pt!(lang, "form-a2-cap-former")),
        (
            non_empty(&birth).map(str::to_string),
            pt!(lang, "form-a2-cap-birth"),
        ),
        (
            non_empty(&a.residence).map(str::to_string),
            pt!(lang, "form-a2-cap-residence"),
        ),
    ] {
        push_lines(
            body,
            &mark(0),
            &[Blank::new(value.as_deref(), Some(caption))],
        );
    }
    // The documents' lines as the act draws them: "Паспорт № ___ ___ 20 ж.
    // ___": the number, the day and month of issue, the year after "20"
    // (the act's "20" where the case has no date), and the issuing
    // authority, which the intake does not record: for the hand.
    let year = |d: Option<NaiveDate>| d.map_or("20".to_string(), |d| d.year().to_string());
    let passport = &a.passport;
    push_lines(
        body,
        &pt!(
            lang,
            "form-a2-passport",
            number = mark(0),
            issued = mark(1),
            year = year(passport.issued_on),
            authority = mark(2)
        ),
        &[
            Blank::new(non_empty(&passport.number), None).short(30.0),
            Blank::new(
                passport
                    .issued_on
                    .map(|d| day_and_month(lang, d))
                    .as_deref(),
                None,
            )
            .short(25.0),
            Blank::new(None, None),
        ],
    );
    let card = &a.id_card;
    let card_value = [
        card.number.trim().to_string(),
        card.issued_on
            .map(|d| day_and_month(lang, d))
            .unwrap_or_default(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" ");
    push_lines(
        body,
        &pt!(
            lang,
            "form-a2-id-card",
            number = mark(0),
            year = year(card.issued_on),
            authority = mark(1)
        ),
        &[
            Blank::new(non_empty(&card_value), None).short(40.0),
            Blank::new(None, None),
        ],
    );
    push_lines(
        body,
        &pt!(lang, "form-a2-iin", iin = mark(0)),
        &[Blank::new(non_empty(&a.iin), None)],
    );
    let nationality =
        places::nationality_name(&a.nationality, lang, applicant_sex(i) == Some(Sex::Female));
    push_lines(
        body,
        &pt!(lang, "form-a2-nationality", nationality = mark(0)),
        &[Blank::new(non_empty(&nationality), None)],
    );
    push_lines(
        body,
        &pt!(
            lang,
            "form-a2-phones",
            home = mark(0),
            work = mark(1),
            mobile = mark(2)
        ),
        &[
            Blank::new(non_empty(&a.phones.home), None).short(30.0),
            Blank::new(non_empty(&a.phones.work), None).short(30.0),
            Blank::new(non_empty(&a.phones.mobile), None).short(30.0),
        ],
    );
    body.push(gap(0.5));
    let country = places::country_name(&i.destination_country, lang);
    push_lines(
        body,
        &pt!(
            lang,
            "form-a2-request",
            address = mark(0),
            country = mark(1)
        ),
        &[
            Blank::new(
                non_empty(&i.registered_address),
                Some(pt!(lang, "form-a2-cap-address")),
            ),
            Blank::new(non_empty(&country), None),
        ],
    );
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
    for l in pt!(lang, "form-a2-relatives").lines() {
        body.push(bold(l.trim()));
    }
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
    // The Kazakh act's "Жұмыс орны" column (the Russian reading has none):
    // not asked by the questionnaire, left for the hand.
    let workplace_column = pt!(lang, "form-a2-col-job-workplace");
    let workplace_column = non_empty(&workplace_column).map(str::to_string);
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
            if workplace_column.is_some() {
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
    if let Some(w) = workplace_column {
        weights.push(3);
        header.push(w);
    }
    weights.push(5);
    header.push(pt!(lang, "form-a2-col-secrets"));
    if jobs.is_empty() {
        let mut row = vec![String::new(); header.len()];
        row[0] = none(lang);
        jobs.push(row);
    }
    body.push(table(weights, header, jobs)?);

    // Each statement with its date and the signature's line, on one page.
    let sex = sex_key(sex);
    let signature = [Blank::new(None, Some(pt!(lang, "form-a2-cap-signature")))];
    for (statement, date_line, on) in [
        (
            say!(lang, "form-a2-warning", "sex" = sex).unwrap_or_default(),
            pt!(lang, "form-a2-warning-on", signature = mark(0)),
            i.false_data_warning_on,
        ),
        (
            say!(lang, "form-a2-consent", "sex" = sex).unwrap_or_default(),
            pt!(lang, "form-a2-consent-on", signature = mark(0)),
            i.secrets_consent_on,
        ),
    ] {
        let mut k = Keep::new().gap(0.6).para(text(statement));
        keep_lines(&mut k, &dated(date_line, on, lang), &signature);
        body.push(k);
    }
    let accepted = input
        .case
        .state
        .accepted_on
        .or(input.case.state.refused_at_intake_on);
    let mut k = Keep::new().gap(0.5);
    keep_lines(
        &mut k,
        &dated(pt!(lang, "form-a2-accepted"), accepted, lang),
        &[],
    );
    keep_lines(
        &mut k,
        &mark(0),
        &[Blank::new(
            input.accepted_by,
            Some(pt!(lang, "form-a2-cap-accepted-by")),
        )],
    );
    body.push(k);
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
        (input.office.kind == OfficeKind::MigrationPolice).then(|| input.office.name_in(lang));
    // The addressee and the applicant, top right as on the act's form.
    let mut to = LinearLayout::vertical();
    for l in act_lines(
        &mark(0),
        &[Blank::new(
            police.as_deref(),
            Some(pt!(lang, "form-a3-cap-body")),
        )],
    ) {
        to.push(l);
    }
    let from = pt!(
        lang,
        "form-a3-from",
        citizen =
            say!(lang, "form-citizen-of", "sex" = sex_key(applicant_sex(i))).unwrap_or_default(),
        name = mark(0)
    );
    for l in act_lines(
        &from,
        &[Blank::new(
            Some(&applicant(input)),
            Some(pt!(lang, "form-cap-fio-shown")),
        )],
    ) {
        to.push(l);
    }
    for l in act_lines(
        &mark(0),
        &[Blank::new(
            non_empty(&i.registered_address),
            Some(pt!(lang, "form-a3-cap-address")),
        )],
    ) {
        to.push(l);
    }
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
    // The act's short blank at the sentence's end and the line under it:
    // the person is written on the line, above its caption.
    push_lines(
        body,
        &pt!(
            lang,
            "form-a3-text",
            citizen = say!(
                lang,
                "form-citizen-of",
                "sex" = sex_key(person.and_then(|p| p.sex))
            )
            .unwrap_or_default(),
            first = mark(0),
            person = mark(1)
        ),
        &[
            Blank::new(None, None).short(30.0),
            Blank::new(who.as_deref(), Some(pt!(lang, "form-a3-cap-person"))),
        ],
    );
    push_lines(body, &pt!(lang, "form-a3-after-person"), &[]);
    // The date, and the signature's line with "signature" under it: the
    // applicant dates and signs the request by hand (no event of the case
    // fixes the day).
    let mut k = Keep::new().gap(0.8);
    keep_lines(
        &mut k,
        &pt!(lang, "form-a3-signed", signature = mark(0)),
        &[Blank::new(None, Some(pt!(lang, "form-a3-cap-signature"))).short(40.0)],
    );
    body.push(k);
    Ok(())
}

// Annex 4: the receipt of acceptance, with the date to come back.
fn annex4(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    let state = &input.case.state;
    body.push(title(pt!(lang, "form-a4-title")));
    body.push(gap(0.8));
    push_lines(
        body,
        &pt!(lang, "form-a4-to", name = mark(0)),
        &[Blank::new(
            Some(&applicant(input)),
            Some(pt!(lang, "form-cap-fio-shown")),
        )],
    );
    body.push(text(pt!(lang, "form-a4-confirms")));
    body.push(gap(0.3));
    // The date stands out: it is what the applicant must remember.
    let sentence = pt!(lang, "form-a4-come");
    let mut come = Para::default();
    match state.come_back_on.map(|d| fill_date(&sentence, d, lang)) {
        Some((filled, Some(at))) => {
            come.push(&filled[..at.start], genpdf::style::Style::new());
            come.push(&filled[at.clone()], genpdf::style::Style::new().bold());
            come.push(&filled[at.end..], genpdf::style::Style::new());
        }
        Some((filled, None)) => come.push(filled, genpdf::style::Style::new()),
        None => come.push(sentence, genpdf::style::Style::new()),
    }
    body.push(come);
    let mut signed = Keep::new().para(text(pt!(lang, "form-a4-made-two")));
    executor(
        &mut signed,
        pt!(lang, "form-a4-executor", name = mark(0)),
        input,
        pt!(lang, "form-cap-fio-open"),
    );
    phone(&mut signed, pt!(lang, "form-phone", phone = mark(0)), input);
    // Signed for on the day the documents were accepted (the receipt is
    // handed over then; a reprint carries that day, not its own).
    received(
        &mut signed,
        lang,
        pt!(lang, "form-a4-cap-received"),
        pt!(lang, "form-a4-received-on"),
        state.accepted_on,
    );
    body.push(signed);
}

// Annex 4-1: the direction for deregistration, valid 7 days.
fn annex4_1(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    let state = &input.case.state;
    body.push(title(pt!(lang, "form-a41-title")));
    body.push(gap(0.8));
    push_lines(
        body,
        &pt!(lang, "form-a41-to", name = mark(0)),
        &[Blank::new(
            Some(&applicant(input)),
            Some(pt!(lang, "form-cap-fio-shown")),
        )],
    );
    push_lines(body, &pt!(lang, "form-a41-directs"), &[]);
    push_lines(
        body,
        &dated(
            pt!(lang, "form-a41-valid"),
            state.direction_valid_until,
            lang,
        ),
        &[],
    );
    body.push(gap(0.3));
    body.push(text(pt!(lang, "form-a41-note")));
    let mut signed = Keep::new().para(text(pt!(lang, "form-a41-made-two")));
    signed.add(text(pt!(lang, "form-stamp")));
    executor(
        &mut signed,
        pt!(lang, "form-a41-executor", name = mark(0)),
        input,
        pt!(lang, "form-cap-fio-open"),
    );
    phone(&mut signed, pt!(lang, "form-phone", phone = mark(0)), input);
    // Signed for by hand when it is handed over (a handover of the
    // direction is not an event of the case).
    received(
        &mut signed,
        lang,
        pt!(lang, "form-a41-cap-received"),
        pt!(lang, "form-a41-received-on"),
        None,
    );
    body.push(signed);
}

/// An amount of tenge as forms write it: thousands apart ("4 325").
fn tenge_text(tenge: u64) -> String {
    let digits = tenge.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
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

// Annex 5: the receipt of refusal to accept, naming what is missing — the
// State Corporation's (para 10, last sentence).
fn annex5(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    let case = input.case;
    let office = input.office;
    body.push(title(pt!(lang, "form-a5-title")));
    body.push(gap(0.8));
    let address = office.address_in(lang);
    push_lines(
        body,
        &pt!(lang, "form-a5-intro", dept = mark(0), address = mark(1)),
        &[
            Blank::new(non_empty(&office.number), None).short(12.0),
            Blank::new(non_empty(&address), Some(pt!(lang, "form-a5-cap-address"))),
        ],
    );
    body.push(text(pt!(lang, "form-a5-text")));
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
        (1..=3).map(|_| layout::BLANK.to_string()).collect()
    } else {
        missing_lines(&case.state.intake, &missing)
            .iter()
            .map(|line| {
                let mut what = say!(lang, &format!("req-{}", line.requirement.as_str()))
                    .unwrap_or_else(|| layout::BLANK.to_string());
                // The fee: with what was due on the day.
                if line.requirement == Requirement::FeeReceipt {
                    if let Some(tenge) = case.checklist.fee_tenge {
                        let due = pt!(lang, "form-a5-fee-due", tenge = tenge_text(tenge));
                        what = format!("{what} {due}");
                    }
                }
                pt!(lang, "form-a5-item", what = what, whom = whom(lang, line))
            })
            .collect()
    };
    let count = lines.len();
    let mut items: Vec<Para> = lines
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let end = if i + 1 == count { "." } else { ";" };
            Para::new(format!("{item}{end}")).hanging(format!("{})", i + 1))
        })
        .collect();
    let last = items.pop();
    for item in items {
        body.push(item);
    }
    let mut signed = Keep::new();
    if let Some(item) = last {
        signed.add(item);
    }
    signed.add(text(pt!(lang, "form-a5-made-two")));
    signed.add_gap(0.8);
    keep_lines(
        &mut signed,
        &mark(0),
        &[Blank::new(None, Some(pt!(lang, "form-a5-cap-employee")))],
    );
    executor(
        &mut signed,
        pt!(lang, "form-executor", name = mark(0)),
        input,
        pt!(lang, "form-cap-fio-open"),
    );
    phone(&mut signed, pt!(lang, "form-phone", phone = mark(0)), input);
    // Signed for on the day of the refusal (the receipt is handed over
    // then; a reprint carries that day, not its own).
    received(
        &mut signed,
        lang,
        pt!(lang, "form-a5-cap-received"),
        pt!(lang, "form-a5-received-on"),
        case.state.refused_at_intake_on,
    );
    body.push(signed);
}

/// The acceptance confirmation of a complaint (para 11).
pub fn complaint_confirmation(
    c: &crate::domain::records::Complaint,
    office: &crate::domain::records::Office,
    lang: DocLang,
) -> Result<Document, PrintError> {
    let mut doc = sheet(Margins::trbl(15, 15, 15, 20))?;
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

/// An A4 page in the forms' type, for a paper that is not a form of the
/// standard (the complaint's confirmation, the recovery code's sheet).
fn sheet(margins: Margins) -> Result<Document, PrintError> {
    let family = fonts::family().map_err(PrintError::Pdf)?;
    let mut doc = Document::new(family);
    doc.set_title(super::pdf::TITLE_PLACEHOLDER);
    doc.set_paper_size(genpdf::PaperSize::A4);
    doc.set_minimal_conformance();
    doc.set_font_size(layout::BODY);
    doc.set_line_spacing(1.2);
    let mut decorator = SimplePageDecorator::new();
    decorator.set_margins(margins);
    doc.set_page_decorator(decorator);
    Ok(doc)
}

/// The sheet the recovery code is kept on (not a form of the standard):
/// the office, the day it was made, the code, and what it is for.
pub fn recovery_sheet(
    office: &crate::domain::records::Office,
    on: NaiveDate,
    code: &str,
    lang: DocLang,
) -> Result<Document, PrintError> {
    let mut doc = sheet(Margins::trbl(20, 20, 20, 25))?;
    let (name, address) = match lang {
        DocLang::Ru => (&office.name_ru, &office.address_ru),
        _ => (&office.name, &office.address),
    };
    let mut body = LinearLayout::vertical();
    body.push(title(pt!(lang, "form-recovery-title")));
    body.push(gap(0.8));
    body.push(stated(pt!(lang, "form-recovery-office"), name));
    body.push(stated(pt!(lang, "form-recovery-address"), address));
    body.push(stated(pt!(lang, "form-recovery-made"), &date(on)));
    body.push(gap(1.0));
    body.push(Para::default().styled(
        code.to_string(),
        genpdf::style::Style::new().bold().with_font_size(16),
    ));
    body.push(gap(1.0));
    body.push(text(pt!(lang, "form-recovery-what")));
    body.push(gap(1.5));
    body.push(text(pt!(lang, "form-recovery-signed")));
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
            "form-citizen",
            "form-citizen-of",
            "form-a1-children",
            "form-a11-before-grounds",
            "form-a11-after-grounds",
            "form-a2-consent",
            "form-a2-deceased",
            "form-a2-rel-former-spouse",
            "form-a2-rel-spouse",
            "form-a2-warning",
            "form-a3-rel-other-parent",
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
        keys.extend((1..=12).map(|n| format!("form-month-{n}")));
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
