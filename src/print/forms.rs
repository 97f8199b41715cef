//! The seven forms. Each one follows its annex: the fixed sentences and
//! blanks of the original (texts in `locales/`, keys `form-*`), values
//! filled where the case knows them and lines where it does not.

use super::layout::{self, caption, field, gap, labelled, push_text, small, table, text, title};
use super::{fonts, loader, qr_payload, Annex, FormInput, PrintError};
use crate::domain::checklist::{ItemStatus, Subject};
use crate::domain::intake::{Intake, Whereabouts};
use crate::domain::DocLang;
use crate::pt;
use chrono::{Days, NaiveDate};
use genpdf::elements::{LinearLayout, PageBreak};
use genpdf::{Document, Margins, SimplePageDecorator};

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

/// A message looked up by a key built at run time (requirement, ground,
/// relationship names), in the document's language.
fn dynamic(lang: DocLang, key: &str) -> String {
    loader(lang).get(key)
}

fn non_empty(s: &str) -> Option<&str> {
    let t = s.trim();
    (!t.is_empty()).then_some(t)
}

pub fn build(annex: Annex, input: &FormInput<'_>) -> Result<Document, PrintError> {
    let family = fonts::family().map_err(PrintError::Pdf)?;
    let mut doc = Document::new(family);
    let lang = input.lang;
    doc.set_title(format!(
        "{} — {}",
        pt!(
            lang,
            "form-heading",
            annex = annex.code(),
            service = pt!(lang, "form-service")
        ),
        input.case.summary.number
    ));
    doc.set_paper_size(genpdf::PaperSize::A4);
    doc.set_minimal_conformance();
    doc.set_font_size(layout::BODY);
    doc.set_line_spacing(1.2);
    let mut decorator = SimplePageDecorator::new();
    decorator.set_margins(Margins::trbl(12, 15, 12, 20));
    doc.set_page_decorator(decorator);

    let pages: Vec<Option<(String, String)>> = if annex == Annex::A3 {
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
            let mut body = LinearLayout::vertical();
            head(&mut body, annex, input)?;
            if copies > 1 {
                let whom = match (copy, input.office.kind) {
                    (1, _) => pt!(lang, "form-copy-applicant"),
                    (_, crate::domain::OfficeKind::StateCorporation) => pt!(lang, "form-copy-sc"),
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
            }
            match annex {
                Annex::A1 => annex1(&mut body, input),
                Annex::A1_1 => annex1_1(&mut body, input),
                Annex::A2 => annex2(&mut body, input)?,
                Annex::A3 => annex3(&mut body, input, person.as_ref()),
                Annex::A4 => annex4(&mut body, input),
                Annex::A4_1 => annex4_1(&mut body, input),
                Annex::A5 => annex5(&mut body, input),
            }
            doc.push(body);
        }
    }
    Ok(doc)
}

fn head(body: &mut LinearLayout, annex: Annex, input: &FormInput<'_>) -> Result<(), PrintError> {
    let lang = input.lang;
    let number = input.case.summary.number;
    let qr = layout::qr_image(&qr_payload(&number, annex), 22.0)?;
    let annex_line = pt!(
        lang,
        "form-heading",
        annex = annex.code(),
        service = pt!(lang, "form-service")
    );
    body.push(layout::heading(
        qr,
        pt!(lang, "form-qr-caption", number = number.to_string()),
        annex_line,
        pt!(lang, "form-kind"),
    )?);
    body.push(gap(0.5));
    Ok(())
}

fn applicant(input: &FormInput<'_>) -> String {
    input.case.state.intake.applicant.full_name()
}

/// "Executor: … Phone: …", the blocks every form ends with.
fn executor_block(body: &mut LinearLayout, input: &FormInput<'_>, executed: bool) {
    let lang = input.lang;
    let label = if executed {
        pt!(lang, "form-executed")
    } else {
        pt!(lang, "form-executor")
    };
    body.push(labelled(label, input.executor));
    body.push(caption(pt!(lang, "form-cap-fio-short")));
    body.push(labelled(
        pt!(lang, "form-phone"),
        non_empty(&input.office.phone),
    ));
}

/// "Received: … (name/signature of the applicant)" and the date it was
/// handed over, when the case knows it.
fn received_block(body: &mut LinearLayout, input: &FormInput<'_>, on: Option<NaiveDate>) {
    let lang = input.lang;
    body.push(gap(0.5));
    body.push(labelled(pt!(lang, "form-received"), None));
    body.push(caption(pt!(lang, "form-cap-applicant-signature")));
    body.push(text(date_or_blank(lang, on)));
}

fn official_block(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    body.push(gap(1.0));
    body.push(text(layout::BLANK));
    body.push(caption(pt!(lang, "form-cap-official")));
    body.push(text(pt!(lang, "form-stamp")));
}

// Annex 1: the decision.
fn annex1(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    let state = &input.case.state;
    body.push(title(pt!(lang, "form-a1-title")));
    body.push(gap(0.8));
    push_text(body, pt!(lang, "form-a1-before-country"));
    field(
        body,
        non_empty(&state.intake.destination_country),
        pt!(lang, "form-a1-cap-country"),
    );
    push_text(body, pt!(lang, "form-a1-after-country"));
    field(body, Some(&applicant(input)), pt!(lang, "form-cap-fio"));
    push_text(body, pt!(lang, "form-a1-after-name"));
    body.push(gap(0.5));
    body.push(text(pt!(lang, "form-a1-children")));
    let children: Vec<String> = state
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
        .collect();
    if children.is_empty() {
        body.push(text(layout::BLANK));
    }
    for c in children {
        body.push(layout::bold(c));
    }
    body.push(caption(pt!(lang, "form-a1-cap-children")));
    push_text(body, pt!(lang, "form-a1-after-children"));
    body.push(gap(0.5));
    body.push(small(pt!(lang, "form-a1-note")));
    if let Some(dereg) = state.residence_deregistered_on {
        let by = dereg
            .checked_add_days(Days::new(10))
            .map(date)
            .unwrap_or_default();
        body.push(small(pt!(
            lang,
            "form-a1-leave-by",
            dereg = date(dereg),
            by = by
        )));
    }
    official_block(body, input);
    executor_block(body, input, false);
    body.push(text(date_or_blank(
        lang,
        state.decision_issued_on.or(Some(input.today)),
    )));
    received_block(body, input, state.handed_over_on);
}

// Annex 1-1: the refusal notice on the grounds of para 10.
fn annex1_1(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    let state = &input.case.state;
    body.push(title(pt!(lang, "form-a11-title")));
    body.push(gap(0.8));
    body.push(text(pt!(lang, "form-a11-intro")));
    if state.grounds.is_empty() {
        for n in 1..=3 {
            body.push(text(pt!(lang, "form-a11-ground-blank", n = n)));
        }
    }
    for (i, g) in state.grounds.iter().enumerate() {
        let until = non_empty(&g.until)
            .map(str::to_string)
            .unwrap_or_else(|| dynamic(lang, &format!("ground-until-{}", g.ground)));
        let ground = dynamic(lang, &format!("ground-{}", g.ground));
        let n = i + 1;
        body.push(text(pt!(
            lang,
            "form-a11-ground",
            n = n,
            ground = ground,
            until = until
        )));
    }
    body.push(text(pt!(
        lang,
        "form-a11-after-grounds",
        service = pt!(lang, "form-service")
    )));
    field(body, Some(&applicant(input)), pt!(lang, "form-cap-fio"));
    push_text(body, pt!(lang, "form-a11-after-name"));
    body.push(gap(0.5));
    body.push(text(pt!(lang, "form-a11-court")));
    body.push(text(pt!(lang, "form-a11-made-two")));
    official_block(body, input);
    executor_block(body, input, false);
    body.push(text(date_or_blank(
        lang,
        state.refused_on.or(Some(input.today)),
    )));
    received_block(body, input, Some(input.today));
}

// Annex 2: the questionnaire-application, complete.
fn annex2(body: &mut LinearLayout, input: &FormInput<'_>) -> Result<(), PrintError> {
    let lang = input.lang;
    let i: &Intake = &input.case.state.intake;
    let a = &i.applicant;
    body.push(title(pt!(lang, "form-a2-title")));
    body.push(gap(0.5));
    field(body, Some(&a.full_name()), pt!(lang, "form-cap-fio-short"));
    let former = a.former_names.join("; ");
    field(body, non_empty(&former), pt!(lang, "form-a2-cap-former"));
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
    let or_line = |s: &str| {
        non_empty(s)
            .map(str::to_string)
            .unwrap_or_else(|| "__________".into())
    };
    let or_date = |d: Option<NaiveDate>| d.map(date).unwrap_or_else(|| "__________".into());
    body.push(text(pt!(
        lang,
        "form-a2-passport",
        number = or_line(&a.passport.number),
        date = or_date(a.passport.issued_on)
    )));
    body.push(text(pt!(
        lang,
        "form-a2-id-card",
        number = or_line(&a.id_card.number),
        date = or_date(a.id_card.issued_on)
    )));
    body.push(text(pt!(lang, "form-a2-iin", iin = or_line(&a.iin))));
    body.push(text(pt!(
        lang,
        "form-a2-nationality",
        nationality = or_line(&a.nationality)
    )));
    body.push(text(pt!(
        lang,
        "form-a2-phones",
        home = or_line(&a.phones.home),
        work = or_line(&a.phones.work),
        mobile = or_line(&a.phones.mobile)
    )));
    body.push(gap(0.5));
    push_text(body, pt!(lang, "form-a2-request-before-address"));
    field(
        body,
        non_empty(&i.registered_address),
        pt!(lang, "form-a2-cap-address"),
    );
    push_text(body, pt!(lang, "form-a2-request-after-address"));
    push_text(body, pt!(lang, "form-a2-request-before-country"));
    field(
        body,
        non_empty(&i.destination_country),
        pt!(lang, "form-a2-cap-country"),
    );
    push_text(body, pt!(lang, "form-a2-request-after-country"));
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
        children.push(vec![String::new(); 3]);
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
    body.push(layout::bold(pt!(lang, "form-a2-relatives")));
    let mut relatives: Vec<Vec<String>> = i
        .relatives
        .iter()
        .map(|r| {
            let mut rel = dynamic(
                lang,
                &format!(
                    "rel-{}",
                    crate::domain::intake::relationship_key(r.relationship)
                ),
            );
            if r.deceased {
                rel = format!(
                    "{rel}; {}",
                    pt!(
                        lang,
                        "form-a2-deceased",
                        certificate = r.death_certificate.trim()
                    )
                );
            }
            let born = [
                r.birth_year.map(|y| y.to_string()).unwrap_or_default(),
                r.birth_place.trim().to_string(),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
            let place = [r.country.trim(), r.address.trim()]
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
        relatives.push(vec![String::new(); 6]);
    }
    body.push(table(
        vec![5, 4, 4, 5, 4, 4],
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
    body.push(layout::bold(pt!(lang, "form-a2-activity")));
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
            vec![
                format!("{} – {}", j.from_year, to),
                j.position.clone(),
                j.organisation.clone(),
                j.address.clone(),
                secrets,
            ]
        })
        .collect();
    if jobs.is_empty() {
        jobs.push(vec![String::new(); 5]);
    }
    body.push(table(
        vec![3, 4, 5, 5, 4],
        vec![
            pt!(lang, "form-a2-col-years"),
            pt!(lang, "form-a2-col-position"),
            pt!(lang, "form-a2-col-organisation"),
            pt!(lang, "form-a2-col-org-address"),
            pt!(lang, "form-a2-col-secrets"),
        ],
        jobs,
    )?);

    body.push(gap(0.8));
    body.push(text(pt!(lang, "form-a2-warning")));
    body.push(labelled(date_or_blank(lang, i.false_data_warning_on), None));
    body.push(caption(pt!(lang, "form-cap-signature")));
    body.push(text(pt!(lang, "form-a2-consent")));
    body.push(labelled(date_or_blank(lang, i.secrets_consent_on), None));
    body.push(caption(pt!(lang, "form-cap-signature")));
    body.push(gap(0.5));
    let accepted = input
        .case
        .state
        .accepted_on
        .or(input.case.state.refused_at_intake_on);
    body.push(text(pt!(
        lang,
        "form-a2-accepted",
        date = date_or_blank(lang, accepted)
    )));
    field(
        body,
        input.accepted_by,
        pt!(lang, "form-a2-cap-accepted-by"),
    );
    Ok(())
}

/// The people whose registration in Kazakhstan is unknown (para 9): one
/// Annex 3 request each, as (name, relationship). `None`: a blank request.
fn annex3_people(input: &FormInput<'_>) -> Vec<Option<(String, String)>> {
    let lang = input.lang;
    let i = &input.case.state.intake;
    let mut out = Vec::new();
    for c in &i.children {
        if let Some(op) = &c.other_parent {
            if op.whereabouts == Whereabouts::Unknown {
                out.push(Some((
                    op.full_name.clone(),
                    pt!(lang, "form-a3-rel-other-parent", child = c.full_name()),
                )));
            }
        }
    }
    for d in &i.dependants {
        if d.whereabouts == Whereabouts::Unknown {
            out.push(Some((
                d.full_name.clone(),
                pt!(
                    lang,
                    "form-a3-rel-dependant",
                    relationship = d.relationship.trim()
                ),
            )));
        }
    }
    if out.is_empty() {
        out.push(None);
    }
    out
}

// Annex 3: the request to the internal affairs body.
fn annex3(body: &mut LinearLayout, input: &FormInput<'_>, person: Option<&(String, String)>) {
    let lang = input.lang;
    let i = &input.case.state.intake;
    let police = (input.office.kind == crate::domain::OfficeKind::MigrationPolice)
        .then_some(input.office.name.as_str());
    field(body, police, pt!(lang, "form-a3-cap-body"));
    body.push(text(pt!(lang, "form-a3-from")));
    field(body, Some(&applicant(input)), pt!(lang, "form-cap-fio"));
    field(
        body,
        non_empty(&i.registered_address),
        pt!(lang, "form-a3-cap-address"),
    );
    body.push(gap(0.8));
    body.push(title(pt!(lang, "form-a3-title")));
    body.push(gap(0.5));
    body.push(text(pt!(lang, "form-a3-text")));
    let who = person.map(|(name, rel)| {
        pt!(
            lang,
            "form-a3-person",
            name = name.as_str(),
            relationship = rel.as_str()
        )
    });
    field(body, who.as_deref(), pt!(lang, "form-a3-cap-person"));
    push_text(body, pt!(lang, "form-a3-after-person"));
    body.push(gap(0.8));
    body.push(labelled(date(input.today), None));
    body.push(caption(pt!(lang, "form-a3-signature")));
}

// Annex 4: the receipt of acceptance, with the date to come back.
fn annex4(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    let state = &input.case.state;
    body.push(title(pt!(lang, "form-a4-title")));
    body.push(gap(0.8));
    body.push(text(pt!(lang, "form-a4-before-name")));
    field(body, Some(&applicant(input)), pt!(lang, "form-cap-fio"));
    body.push(text(pt!(
        lang,
        "form-a4-after-name",
        service = pt!(lang, "form-service")
    )));
    body.push(gap(0.3));
    let mut come = super::text::Para::default();
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
    body.push(gap(0.8));
    executor_block(body, input, true);
    received_block(body, input, Some(input.today));
}

// Annex 4-1: the direction for deregistration, valid 7 days.
fn annex4_1(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    let state = &input.case.state;
    body.push(title(pt!(lang, "form-a41-title")));
    body.push(gap(0.8));
    body.push(text(pt!(lang, "form-a41-before-name")));
    field(body, Some(&applicant(input)), pt!(lang, "form-cap-fio"));
    body.push(text(pt!(lang, "form-a41-after-name")));
    body.push(text(format!("— {}", pt!(lang, "form-a41-military"))));
    body.push(text(format!("— {}", pt!(lang, "form-a41-residence"))));
    body.push(layout::bold(pt!(
        lang,
        "form-a41-valid",
        date = date_or_blank(lang, state.direction_valid_until)
    )));
    body.push(gap(0.3));
    body.push(small(pt!(lang, "form-a41-note")));
    body.push(text(pt!(lang, "form-made-two")));
    body.push(text(pt!(lang, "form-stamp")));
    executor_block(body, input, false);
    received_block(body, input, Some(input.today));
}

// Annex 5: the receipt of refusal to accept, naming what is missing.
fn annex5(body: &mut LinearLayout, input: &FormInput<'_>) {
    let lang = input.lang;
    let case = input.case;
    body.push(title(pt!(lang, "form-a5-title")));
    body.push(gap(0.8));
    let dept = non_empty(&input.office.number).unwrap_or("____");
    body.push(text(pt!(lang, "form-a5-intro", dept = dept)));
    field(
        body,
        non_empty(&input.office.address),
        pt!(lang, "form-a5-cap-address"),
    );
    body.push(text(pt!(
        lang,
        "form-a5-text",
        service = pt!(lang, "form-service")
    )));
    body.push(text(pt!(lang, "form-a5-missing")));
    let missing: Vec<_> = if case.state.missing_at_intake.is_empty() {
        case.checklist
            .items
            .iter()
            .filter(|i| i.status == ItemStatus::Missing)
            .cloned()
            .collect()
    } else {
        case.state.missing_at_intake.clone()
    };
    if missing.is_empty() {
        for n in 1..=3 {
            body.push(text(pt!(lang, "form-a5-item-blank", n = n)));
        }
    }
    for (n, item) in missing.iter().enumerate() {
        let whom = match item.subject {
            Subject::Child(c) => case
                .state
                .intake
                .children
                .get(c)
                .map(|c| c.full_name())
                .unwrap_or_default(),
            _ => item.subject_name.clone(),
        };
        let what = format!(
            "{} ({})",
            dynamic(lang, &format!("req-{}", item.requirement.as_str())),
            item.paragraph
        );
        let n = n + 1;
        body.push(text(pt!(
            lang,
            "form-a5-item",
            n = n,
            what = what,
            whom = whom
        )));
    }
    body.push(text(pt!(lang, "form-a5-made-two")));
    body.push(gap(0.8));
    body.push(text(layout::BLANK));
    body.push(caption(pt!(lang, "form-a5-cap-employee")));
    executor_block(body, input, false);
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
    doc.set_title(pt!(lang, "form-complaint-title"));
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
    body.push(labelled(
        pt!(lang, "form-complaint-number"),
        Some(&c.number),
    ));
    body.push(labelled(
        pt!(lang, "form-complaint-registered"),
        Some(&date(c.registered_on)),
    ));
    body.push(labelled(
        pt!(lang, "form-complaint-from"),
        Some(c.complainant_name()),
    ));
    body.push(labelled(
        pt!(lang, "form-complaint-accepted-by"),
        Some(&c.accepted_by),
    ));
    body.push(labelled(
        pt!(lang, "form-complaint-due"),
        Some(&date(c.due_on)),
    ));
    body.push(text(pt!(
        lang,
        "form-complaint-where",
        office = office.name.as_str(),
        address = office.address.as_str()
    )));
    body.push(gap(1.0));
    body.push(text(pt!(lang, "form-stamp")));
    executor_like(&mut body, lang, office);
    doc.push(body);
    Ok(doc)
}

fn executor_like(body: &mut LinearLayout, lang: DocLang, office: &crate::domain::records::Office) {
    body.push(labelled(pt!(lang, "form-phone"), non_empty(&office.phone)));
}
