//! The case page: the case, its checklist, deadlines, log, and the forms
//! it may print.

use super::{CaseView, Msg};
use crate::domain::forms::Annex;
use crate::domain::records::CaseRecord;
use crate::domain::DocLang;
use crate::i18n::{date, Localize};
use crate::t;
use crate::ui::theme::button;
use iced::widget::{column, row, text};
use iced::Element;
use std::path::PathBuf;

/// The form a case's state stands for.
pub fn main_form(status: crate::domain::case::Status) -> Annex {
    use crate::domain::case::Status as S;
    match status {
        S::IntakeOpen => Annex::A2,
        S::RefusedAtIntake => Annex::A5,
        S::UnderReview => Annex::A4,
        S::Approved => Annex::A4_1,
        S::Refused => Annex::A1_1,
        S::DecisionIssued | S::TransferredToProvider | S::HandedOver => Annex::A1,
    }
}

pub(super) fn case_page<'a>(view: &'a CaseView, printed: Option<&'a PathBuf>) -> Element<'a, Msg> {
    let c: &CaseRecord = &view.record;
    let s = &c.summary;
    let mut col = column![
        button(text(t!("ui-case-back"))).on_press(Msg::Back),
        text(t!(
            "cli-case-header",
            number = s.number.to_string(),
            status = s.status.localize()
        ))
        .size(crate::ui::theme::TITLE),
        text(t!(
            "cli-applicant",
            name = s.full_name.as_str(),
            iin = s.iin.as_str()
        )),
    ]
    .spacing(crate::ui::theme::LINE_GAP);
    if let Some(p) = printed {
        col = col.push(printed_line(p));
    }
    col = col.push(questionnaire(&c.state.intake));
    if let (Some(a), Some(b)) = (c.state.accepted_on, c.state.come_back_on) {
        col = col.push(text(t!("cli-accepted", date = date(a), back = date(b))));
    }
    let state = if c.checklist.is_complete() {
        t!("cli-checklist-complete")
    } else {
        t!("cli-checklist-incomplete")
    };
    col = col.push(text(t!("cli-checklist", state = state)).size(crate::ui::theme::HEADING));
    for i in &c.checklist.items {
        col = col.push(
            text(crate::i18n::checklist_line(i, &i.subject_name)).size(crate::ui::theme::BODY),
        );
    }
    if !c.deadlines.is_empty() {
        col = col.push(text(t!("cli-deadlines")).size(crate::ui::theme::HEADING));
        for d in &c.deadlines {
            let mut line = format!("{}: {}", d.kind.localize(), date(d.due));
            if let Some(note) = crate::i18n::moved_note(d) {
                line.push_str(&format!(" — {note}"));
            }
            col = col.push(text(line).size(crate::ui::theme::BODY));
        }
    }
    for (id, note) in &c.state.corrections {
        if let Some(e) = c.events.iter().find(|e| e.id == *id) {
            col = col.push(
                text(t!(
                    "ui-case-corrected",
                    seq = e.seq,
                    what = e.kind.localize(),
                    note = note.as_str()
                ))
                .size(crate::ui::theme::BODY),
            );
        }
    }
    if let Some(by) = c.state.leave_by() {
        col =
            col.push(text(t!("ui-case-leave-by", date = date(by))).size(crate::ui::theme::HEADING));
    }
    if let Some((on, request)) = &c.state.taken_at_home {
        col = col.push(text(t!(
            "ui-case-taken-at-home",
            date = date(*on),
            request = request.as_str()
        )));
    }
    if !c.state.registration_answers.is_empty() {
        col = col.push(text(t!("ui-act-annex3")).size(crate::ui::theme::HEADING));
        for a in &c.state.registration_answers {
            let verdict = if a.registered {
                t!("ui-case-registered")
            } else {
                t!("ui-case-not-registered")
            };
            col = col.push(
                text(format!(
                    "{} — {}{} ({}, {})",
                    a.person,
                    verdict,
                    if a.details.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", a.details)
                    },
                    a.reference,
                    date(a.on)
                ))
                .size(crate::ui::theme::BODY),
            );
        }
    }
    col = visits_view(col, view);
    col = col.push(text(t!("ui-case-events")).size(crate::ui::theme::HEADING));
    for e in &c.events {
        // A conclusion names its body and what it said.
        let what = match &e.kind {
            crate::domain::case::EventKind::ConclusionRecorded { conclusion } => format!(
                "{}: {} — {}",
                e.kind.localize(),
                crate::ui::actions::body_name(&conclusion.body),
                crate::ui::actions::verdict_text(conclusion)
            ),
            k => k.localize(),
        };
        col = col.push(
            text(format!(
                "{}  {}  {}",
                e.recorded_at.format("%d.%m.%Y %H:%M"),
                what,
                e.actor
            ))
            .size(crate::ui::theme::LINE),
        );
    }
    col = forms_view(col, view);
    col.padding(iced::Padding {
        right: 14.0,
        ..iced::Padding::ZERO
    })
    .into()
}

/// The counter visits of the case: when the applicant came, waited and
/// was served, and why a limit was exceeded.
fn visits_view<'a>(
    mut col: iced::widget::Column<'a, Msg>,
    view: &'a CaseView,
) -> iced::widget::Column<'a, Msg> {
    if !view.visits.is_empty() {
        col = col.push(text(t!("ui-case-visits")).size(crate::ui::theme::HEADING));
        for v in &view.visits {
            let t = |d: Option<chrono::NaiveDateTime>| {
                d.map(|d| d.format("%H:%M").to_string())
                    .unwrap_or_else(|| "—".into())
            };
            col = col.push(
                text(t!(
                    "ui-case-visit",
                    ticket = v.ticket.as_str(),
                    day = date(v.times.issued_at.date()),
                    issued = t(Some(v.times.issued_at)),
                    called = t(v.times.called_at),
                    ended = t(v.times.ended_at)
                ))
                .size(crate::ui::theme::BODY),
            );
            for (label, reason) in [
                (t!("ui-timer-wait"), &v.wait_breach_reason),
                (t!("ui-timer-service"), &v.service_breach_reason),
            ] {
                if let Some(r) = reason {
                    col = col.push(
                        text(t!(
                            "ui-case-visit-breach",
                            timer = label,
                            reason = r.as_str()
                        ))
                        .size(crate::ui::theme::BODY)
                        .color(crate::ui::theme::level_color(
                            crate::domain::visit::Level::Breach,
                        )),
                    );
                }
            }
        }
    }
    col
}

/// The forms this case may print now (the domain's list), in the
/// applicant's language.
fn forms_view<'a>(
    mut col: iced::widget::Column<'a, Msg>,
    view: &'a CaseView,
) -> iced::widget::Column<'a, Msg> {
    let c: &CaseRecord = &view.record;
    col = col.push(text(t!("ui-case-print")).size(crate::ui::theme::HEADING));
    let lang: DocLang = c.state.intake.lang;
    col = col.push(
        text(t!(
            "ui-case-print-lang",
            lang = crate::i18n::dynamic(&format!("ui-doc-lang-{lang}"))
        ))
        .size(crate::ui::theme::LINE),
    );
    if view.forms.is_empty() {
        col = col.push(text(t!("ui-case-no-forms")).size(crate::ui::theme::LINE));
    }
    // One form a line: every name whole, none behind a scrollbar.
    let mut forms = column![].spacing(crate::ui::theme::LINE_GAP);
    for annex in &view.forms {
        // Named as the form is: "Annex 4: receipt of documents — in Kazakh".
        forms = forms.push(
            button(
                text(t!(
                    "ui-case-annex-named",
                    annex = annex.code(),
                    name = crate::i18n::dynamic(&format!("ui-annex-name-{}", annex.code())),
                    lang = crate::i18n::dynamic(&format!("ui-print-lang-{lang}"))
                ))
                .size(crate::ui::theme::BODY),
            )
            .on_press(Msg::Print(*annex, lang)),
        );
    }
    col.push(forms)
}

/// The form just printed (F8 or a button): where it is, and Open — at the
/// top of the page, in view whatever the page's scroll.
fn printed_line(p: &std::path::Path) -> Element<'_, Msg> {
    row![
        text(t!("ui-case-printed", path = p.display().to_string()))
            .size(crate::ui::theme::BODY)
            .width(iced::Length::Fill),
        button(text(t!("ui-case-open"))).on_press(Msg::OpenFile(p.to_path_buf())),
    ]
    .spacing(crate::ui::theme::ROW_GAP)
    .align_y(iced::Alignment::Center)
    .into()
}

/// The questionnaire in brief on the case page (the whole of it prints as
/// Annex 2).
fn questionnaire(q: &crate::domain::intake::Intake) -> Element<'_, Msg> {
    use crate::domain::intake::relationship_key;
    let a = &q.applicant;
    let mut col = column![text(t!("ui-case-q-title")).size(crate::ui::theme::HEADING)].spacing(2);
    col = col.push(
        text(t!(
            "ui-case-q-born",
            date = a.birth_date.map(date).unwrap_or_default(),
            place = a.birth_place.as_str(),
            residence = a.residence.as_str()
        ))
        .size(crate::ui::theme::BODY),
    );
    col = col.push(
        text(t!(
            "ui-case-q-destination",
            country = crate::i18n::country_label(&q.destination_country),
            address = q.registered_address.as_str()
        ))
        .size(crate::ui::theme::BODY),
    );
    let children = q
        .children
        .iter()
        .map(|ch| {
            format!(
                "{} {} ({})",
                ch.surname,
                ch.given_name,
                ch.birth_date.map(date).unwrap_or_default()
            )
        })
        .collect::<Vec<_>>();
    col = col.push(
        text(t!(
            "ui-case-q-children",
            count = children.len(),
            list = children.join(", ")
        ))
        .size(crate::ui::theme::BODY),
    );
    let relatives = q
        .relatives
        .iter()
        .map(|r| {
            format!(
                "{} ({})",
                r.full_name,
                r.relationship
                    .map(|k| crate::i18n::dynamic(&format!("rel-{}", relationship_key(k))))
                    .unwrap_or_default()
            )
        })
        .collect::<Vec<_>>();
    col = col.push(
        text(t!(
            "ui-case-q-relatives",
            count = relatives.len(),
            list = relatives.join(", ")
        ))
        .size(crate::ui::theme::BODY),
    );
    for act in &q.activities {
        let to = act
            .to_year
            .map(|y| y.to_string())
            .unwrap_or_else(|| t!("ui-case-q-now"));
        let secrets = if act.secrets_access {
            t!("ui-case-q-secrets-yes")
        } else {
            t!("ui-case-q-secrets-no")
        };
        col = col.push(
            text(format!(
                "{}–{}  {}, {}  ({})",
                act.from_year, to, act.position, act.organisation, secrets
            ))
            .size(crate::ui::theme::LINE),
        );
    }
    col.into()
}
