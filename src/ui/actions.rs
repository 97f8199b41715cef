//! What can be done next on a case, by state and role: the approving
//! bodies' conclusions, approval (Annex 4-1) or refusal on the grounds of
//! para 10 (Annex 1-1), the deregistration papers, the decision (Annex 1),
//! the handover to the applicant or a representative with a notarised power
//! of attorney, and the transfer of an uncollected decision.

use super::theme::button;
use super::theme::checkbox;
use super::theme::tab;
use crate::desk::Step;
use crate::domain::case::{CaseState, EventKind, Recipient, RefusalGround, Verdict};
use crate::domain::documents::{Requirement, Subject, Via};
use crate::domain::rulebook::{Action, GroundChoice};
use crate::i18n::Localize;
use crate::t;
use chrono::NaiveDate;
use iced::widget::{column, container, row, text, text_input};
use iced::{Element, Length};
use std::collections::BTreeMap;

/// The approving bodies offered by default (see `desk::admin`).
pub use crate::desk::admin::DEFAULT_BODIES as BODIES;

/// The list as the administrator edits it: names separated by ";".
pub fn bodies_text(list: &[String]) -> String {
    list.iter()
        .map(|b| body_name(b))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The edited text back to the stored list: a default's name (in the
/// interface language) goes back to its key.
pub fn bodies_from_text(text: &str) -> Vec<String> {
    text.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|name| {
            BODIES
                .iter()
                .find(|k| body_name(k) == name)
                .map(|k| k.to_string())
                .unwrap_or_else(|| name.to_string())
        })
        .collect()
}

/// What the conclusion being recorded says (the reason of "not asked" is
/// typed apart).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Said {
    /// Positive unless said otherwise (`Verdict::default()`).
    #[default]
    Positive,
    Negative,
    NotAsked,
}

/// The ids of the conclusion's controls, in the keyboard's order.
pub const BODY_ID: &str = "conclusion-body";
pub const VERDICT_ID: &str = "conclusion-verdict";
pub const REFERENCE_ID: &str = "conclusion-reference";
pub const REASON_ID: &str = "not-asked-reason";

#[derive(Debug, Clone)]
pub enum Msg {
    Body(String),
    /// A body picked by its digit: on to what it said.
    BodyPicked,
    Said(Said),
    /// What the body said picked by its digit: on to the reference (or
    /// the reason it was not asked).
    SaidPicked,
    /// Correct a body's conclusion in force: the body chosen, the keyboard
    /// on what it said.
    CorrectConclusion(String),
    Reference(String),
    RecordConclusion,
    Ground(u8, bool),
    Until(u8, String),
    Approve,
    Refuse,
    Issuer(String),
    CertNumber(String),
    Certificate,
    NotLiable,
    Deregistered,
    Decision,
    ToRepresentative(bool),
    RepName(String),
    Poa(String),
    Notary(String),
    PoaDate(String),
    HandOver,
    Transfer,
    AnsPerson(String),
    AnsRegistered(bool),
    AnsDetails(String),
    AnsReference(String),
    /// Whom of the questionnaire the answer is about.
    AnsSubject(Subject),
    RecordAnswer,
    /// A document an Annex 3 answer required again: presented (on paper,
    /// or a court decision in its place).
    Present(Requirement, Subject, Via),
    /// Why the body was not asked.
    NotAskedReason(String),
    /// A supervisor's correction: which event, and the note.
    CorrectWhich(uuid::Uuid),
    CorrectNote(String),
    Correct,
    /// The act asked for (approve, refuse, decision, handover, transfer)
    /// is confirmed / not.
    Confirm,
    CancelConfirm,
}

#[derive(Debug, Default)]
pub struct ActionsState {
    pub(crate) body: Option<String>,
    /// The approving bodies offered (settings data).
    pub(crate) bodies: Vec<String>,
    pub(crate) said: Said,
    pub(crate) reference: String,
    pub(crate) grounds: BTreeMap<u8, String>,
    pub(crate) issuer: String,
    pub(crate) cert_number: String,
    pub(crate) to_representative: bool,
    pub(crate) rep_name: String,
    pub(crate) poa: String,
    pub(crate) notary: String,
    pub(crate) poa_date: String,
    pub(crate) ans_person: String,
    pub(crate) ans_registered: bool,
    pub(crate) ans_details: String,
    pub(crate) ans_reference: String,
    pub(crate) ans_subject: Option<Subject>,
    pub(crate) not_asked_reason: String,
    pub(crate) correct_which: Option<uuid::Uuid>,
    pub(crate) correct_note: String,
    /// An act that cannot be undone, asked for and awaiting confirmation.
    pub(crate) confirming: Option<Msg>,
}

/// What the case page asks the desk to record, or where the keyboard
/// goes next.
pub enum Outcome {
    None,
    Record(Step),
    Focus(&'static str),
}

impl ActionsState {
    /// What confirming the act asked for will do, in words.
    pub fn confirm_text(&self) -> Option<String> {
        Some(match self.confirming.as_ref()? {
            Msg::Approve => t!("ui-confirm-approve"),
            Msg::Refuse => t!("ui-confirm-refuse-review"),
            Msg::Decision => t!("ui-confirm-decision"),
            Msg::HandOver => t!("ui-confirm-hand-over"),
            Msg::Transfer => t!("ui-confirm-transfer"),
            Msg::NotLiable => t!("ui-confirm-not-liable"),
            Msg::Deregistered => t!("ui-confirm-deregistered"),
            Msg::RecordConclusion => t!(
                "ui-confirm-negative-conclusion",
                body = body_name(self.body.as_deref().unwrap_or_default())
            ),
            _ => return None,
        })
    }

    pub fn update(&mut self, msg: Msg) -> Outcome {
        match msg {
            // Acts that cannot be undone wait for a confirmation.
            Msg::Approve
            | Msg::Refuse
            | Msg::Decision
            | Msg::HandOver
            | Msg::Transfer
            | Msg::NotLiable
            | Msg::Deregistered => {
                if self.confirming.is_none() {
                    self.confirming = Some(msg);
                }
                Outcome::None
            }
            // A negative conclusion stops the departure: asked like a
            // refusal.
            Msg::RecordConclusion
                if self.said == Said::Negative
                    && self.confirming.is_none()
                    && self.body.is_some() =>
            {
                self.confirming = Some(msg);
                Outcome::None
            }
            Msg::CancelConfirm => {
                // Back where the conclusion was being written.
                let back = matches!(self.confirming, Some(Msg::RecordConclusion));
                self.confirming = None;
                if back {
                    Outcome::Focus(VERDICT_ID)
                } else {
                    Outcome::None
                }
            }
            Msg::Confirm => match self.confirming.take() {
                Some(m) => self.perform(m),
                None => Outcome::None,
            },
            other => self.perform(other),
        }
    }

    fn perform(&mut self, msg: Msg) -> Outcome {
        match msg {
            Msg::Body(b) => self.body = Some(b),
            Msg::BodyPicked => return Outcome::Focus(VERDICT_ID),
            Msg::Said(s) => self.said = s,
            Msg::SaidPicked => {
                return Outcome::Focus(if self.said == Said::NotAsked {
                    REASON_ID
                } else {
                    REFERENCE_ID
                })
            }
            Msg::CorrectConclusion(b) => {
                self.body = Some(b);
                self.said = Said::default();
                return Outcome::Focus(VERDICT_ID);
            }
            Msg::Reference(r) => self.reference = r,
            Msg::RecordConclusion => {
                if let (Some(body), true) = (self.body.clone(), self.conclusion_ready()) {
                    let verdict = match self.said {
                        Said::Positive => Verdict::Positive,
                        Said::Negative => Verdict::Negative,
                        Said::NotAsked => {
                            Verdict::NotAsked(std::mem::take(&mut self.not_asked_reason))
                        }
                    };
                    self.said = Said::default();
                    return Outcome::Record(Step::Conclusion {
                        body,
                        verdict,
                        reference: std::mem::take(&mut self.reference),
                    });
                }
            }
            Msg::NotAskedReason(r) => self.not_asked_reason = r,
            Msg::AnsSubject(s) => self.ans_subject = Some(s),
            Msg::Present(requirement, subject, via) => {
                return Outcome::Record(Step::Present {
                    requirement,
                    subject,
                    via,
                })
            }
            Msg::Ground(g, on) => {
                // The notice prints the ground's own "until" in the form's
                // language; the field takes only the case's detail.
                if on {
                    self.grounds.entry(g).or_default();
                } else {
                    self.grounds.remove(&g);
                }
            }
            Msg::Until(g, u) => {
                self.grounds.insert(g, u);
            }
            Msg::Approve => return Outcome::Record(Step::Approve),
            Msg::Refuse => {
                let grounds = self
                    .grounds
                    .iter()
                    .map(|(g, u)| RefusalGround {
                        ground: *g,
                        until: u.clone(),
                    })
                    .collect();
                return Outcome::Record(Step::Refuse { grounds });
            }
            Msg::Issuer(s) => self.issuer = s,
            Msg::CertNumber(s) => self.cert_number = s,
            Msg::Certificate => {
                return Outcome::Record(Step::MilitaryCertificate {
                    issuer: self.issuer.clone(),
                    number: self.cert_number.clone(),
                })
            }
            Msg::NotLiable => return Outcome::Record(Step::NotLiable),
            Msg::Deregistered => return Outcome::Record(Step::Deregistered),
            Msg::Decision => return Outcome::Record(Step::Decide),
            Msg::ToRepresentative(b) => self.to_representative = b,
            Msg::RepName(s) => self.rep_name = s,
            Msg::Poa(s) => self.poa = s,
            Msg::Notary(s) => self.notary = s,
            Msg::PoaDate(s) => self.poa_date = s,
            Msg::HandOver => {
                let to = if self.to_representative {
                    let Ok(notarised_on) =
                        NaiveDate::parse_from_str(self.poa_date.trim(), "%d.%m.%Y")
                    else {
                        return Outcome::None;
                    };
                    Recipient::Representative {
                        full_name: self.rep_name.trim().into(),
                        power_of_attorney: self.poa.trim().into(),
                        notarised_on,
                        notary: self.notary.trim().into(),
                    }
                } else {
                    Recipient::Applicant
                };
                return Outcome::Record(Step::HandOver(to));
            }
            Msg::Transfer => return Outcome::Record(Step::Transfer),
            Msg::AnsPerson(v) => self.ans_person = v,
            Msg::AnsRegistered(b) => self.ans_registered = b,
            Msg::AnsDetails(v) => self.ans_details = v,
            Msg::AnsReference(v) => self.ans_reference = v,
            Msg::CorrectWhich(id) => self.correct_which = Some(id),
            Msg::CorrectNote(v) => self.correct_note = v,
            Msg::Correct => {
                if let (Some(refers_to), false) =
                    (self.correct_which, self.correct_note.trim().is_empty())
                {
                    return Outcome::Record(Step::Correct {
                        entry: crate::desk::Entry::Id(refers_to),
                        note: self.correct_note.clone(),
                    });
                }
            }
            Msg::RecordAnswer => {
                return Outcome::Record(Step::RegistrationAnswer {
                    person: self.ans_person.clone(),
                    registered: self.ans_registered,
                    details: self.ans_details.clone(),
                    reference: self.ans_reference.clone(),
                    subject: self.ans_subject,
                })
            }
            Msg::Confirm | Msg::CancelConfirm => {}
        }
        Outcome::None
    }

    /// The next steps of a case: exactly the actions the rulebook returned
    /// for this person, office and day — nothing is re-derived here.
    /// The date of the representative's power of attorney: a date, not
    /// after the handover (`today`), not before the applicant's birth
    /// (`None`: nothing wrong, or nothing typed yet).
    fn poa_date_problem(&self, state: &CaseState, today: NaiveDate) -> Option<String> {
        if self.poa_date.trim().is_empty() {
            return None;
        }
        match NaiveDate::parse_from_str(self.poa_date.trim(), "%d.%m.%Y") {
            Err(_) => Some(t!("ui-intake-date-format")),
            Ok(on) => crate::domain::case::power_of_attorney_date(
                on,
                today,
                state.intake.applicant.birth_date,
            )
            .err()
            .map(|e| e.localize()),
        }
    }

    pub fn view<'a>(
        &'a self,
        state: &'a CaseState,
        events: &'a [crate::domain::case::CaseEvent],
        actions: &'a [Action],
        today: NaiveDate,
    ) -> Element<'a, Msg> {
        let has = |name: &str| actions.iter().any(|a| a.name() == name);
        let mut col = column![].spacing(super::theme::LINE_GAP);
        // An act asked for: what it will do, and Confirm / Go back, above
        // everything else of the case's next steps.
        if let Some(what) = self.confirm_text() {
            col = col.push(super::confirm::panel(
                what,
                Msg::Confirm,
                Msg::CancelConfirm,
            ));
        }
        // Nothing the rulebook offers this person now: said, not an empty
        // box.
        if actions.is_empty() && self.confirming.is_none() {
            col = col.push(
                text(t!("ui-act-nothing", status = state.status.localize()))
                    .size(super::theme::BODY),
            );
        }
        col = self.review_view(col, state, actions);
        col = self.decision_view(col, actions);
        col = self.deregistration_view(col, actions);
        if has("hand-over") {
            col = self.handover_view(col, state, today);
        }
        col = self.later_view(col, state, events, actions);
        container(col)
            .padding(iced::Padding {
                top: 10.0,
                right: 22.0,
                bottom: 10.0,
                left: 10.0,
            })
            .style(container::bordered_box)
            .into()
    }

    /// The review (para 9, stage 1): the conclusions recorded, the bodies
    /// still awaited, and the form for the next conclusion.
    fn review_view<'a>(
        &'a self,
        mut col: iced::widget::Column<'a, Msg>,
        state: &'a CaseState,
        actions: &'a [Action],
    ) -> iced::widget::Column<'a, Msg> {
        let has = |name: &str| actions.iter().any(|a| a.name() == name);
        // Enter in the conclusion's fields records it, as its button does.
        let conclusion_ready = self.body.is_some() && self.conclusion_ready();
        let recording = has("conclusion");
        if recording || has("approve") {
            col = col.push(text(t!("ui-act-review")).size(super::theme::HEADING));
            col = conclusions_view(col, state, recording);
        }
        if recording {
            // Approval waits for every body the office asks.
            let awaiting: Vec<String> =
                crate::domain::rulebook::bodies_missing(state, &self.bodies)
                    .iter()
                    .map(|b| body_name(b))
                    .collect();
            if !awaiting.is_empty() {
                col = col.push(
                    text(t!("ui-act-awaiting", bodies = awaiting.join(", ")))
                        .size(super::theme::LINE)
                        .color(super::theme::level_color(
                            crate::domain::visit::Level::Warning,
                        )),
                );
            }
            // The bodies, each picked by its digit.
            col = col.push(super::theme::choice_in(
                self.bodies
                    .iter()
                    .enumerate()
                    .map(|(i, b)| {
                        let name = body_name(b);
                        let label = if i < 9 {
                            format!("{} {name}", i + 1)
                        } else {
                            name
                        };
                        (
                            label,
                            self.body.as_deref() == Some(b.as_str()),
                            Msg::Body(b.clone()),
                        )
                    })
                    .collect(),
                Some(BODY_ID.into()),
                Some(Msg::BodyPicked),
            ));
            // Recording again for a body that has concluded corrects it.
            if let Some(earlier) = self.body.as_ref().and_then(|b| {
                state
                    .conclusions_in_force()
                    .into_iter()
                    .find(|c| &c.body == b)
            }) {
                col = col.push(
                    text(t!(
                        "ui-act-corrects",
                        date = crate::i18n::date(earlier.on),
                        verdict = verdict_text(earlier)
                    ))
                    .size(super::theme::LINE)
                    .color(super::theme::level_color(
                        crate::domain::visit::Level::Warning,
                    )),
                );
            }
            col = col.push(super::theme::choice_in(
                [
                    (t!("ui-act-positive"), Said::Positive),
                    (t!("ui-act-negative"), Said::Negative),
                    (t!("ui-act-not-asked"), Said::NotAsked),
                ]
                .into_iter()
                .map(|(label, s)| (label, self.said == s, Msg::Said(s)))
                .collect(),
                Some(VERDICT_ID.into()),
                Some(Msg::SaidPicked),
            ));
            if self.said == Said::NotAsked {
                col = col.push(
                    text_input(&t!("ui-act-not-asked-reason"), &self.not_asked_reason)
                        .id(REASON_ID)
                        .on_input(Msg::NotAskedReason)
                        .on_submit_maybe(conclusion_ready.then_some(Msg::RecordConclusion)),
                );
            }
            col = col.push(
                row![
                    // Wide enough for an outgoing number and its date.
                    text_input(&t!("ui-act-reference"), &self.reference)
                        .id(REFERENCE_ID)
                        .width(Length::Fixed(360.0))
                        .on_input(Msg::Reference)
                        .on_submit_maybe(conclusion_ready.then_some(Msg::RecordConclusion)),
                    button(text(t!("ui-act-record-conclusion")))
                        .on_press_maybe(conclusion_ready.then_some(Msg::RecordConclusion)),
                ]
                .spacing(super::theme::ROW_GAP)
                .align_y(iced::Alignment::Center),
            );
        }
        col
    }

    /// Whether what is typed makes a conclusion (a body not asked needs
    /// the reason).
    fn conclusion_ready(&self) -> bool {
        self.said != Said::NotAsked || !self.not_asked_reason.trim().is_empty()
    }

    /// The keyboard's place and the body offered once a case under review
    /// is shown with a new state: the first body still awaited.
    pub fn next_body(&mut self, state: &CaseState) -> Option<&'static str> {
        let next = crate::domain::rulebook::bodies_missing(state, &self.bodies)
            .into_iter()
            .next()?;
        self.body = Some(next);
        Some(REFERENCE_ID)
    }

    /// The decision: approval with the direction's validity, or refusal
    /// on the grounds ticked.
    fn decision_view<'a>(
        &'a self,
        mut col: iced::widget::Column<'a, Msg>,
        actions: &'a [Action],
    ) -> iced::widget::Column<'a, Msg> {
        for a in actions {
            match a {
                Action::Approve { valid_until } => {
                    col = col.push(
                        row![
                            // Not while a refusal ground is ticked.
                            button(text(t!("ui-act-approve")))
                                .on_press_maybe(self.grounds.is_empty().then_some(Msg::Approve)),
                            text(t!(
                                "ui-act-valid-until",
                                date = crate::i18n::date(*valid_until)
                            ))
                            .size(super::theme::LINE),
                        ]
                        .spacing(super::theme::ROW_GAP)
                        .align_y(iced::Alignment::Center),
                    );
                }
                Action::Refuse { grounds, lapsed } => {
                    if let Some(until) = lapsed {
                        // Para 9 stage 3 / Annex 4-1: no certificate within
                        // the direction's validity — a refusal follows.
                        col = col.push(
                            text(t!(
                                "ui-act-certificate-overdue-since",
                                date = crate::i18n::date(*until)
                            ))
                            .color(super::theme::level_color(
                                crate::domain::visit::Level::Breach,
                            )),
                        );
                    }
                    col = col.push(self.grounds_view(grounds));
                    col = col.push(
                        button(text(t!("ui-act-refuse")))
                            .style(button::danger)
                            .on_press_maybe((!self.grounds.is_empty()).then_some(Msg::Refuse)),
                    );
                }
                _ => {}
            }
        }
        col
    }

    /// The deregistration papers: the military certificate (or not
    /// liable), the residence deregistered; the Annex 1 decision issued.
    fn deregistration_view<'a>(
        &'a self,
        mut col: iced::widget::Column<'a, Msg>,
        actions: &'a [Action],
    ) -> iced::widget::Column<'a, Msg> {
        let has = |name: &str| actions.iter().any(|a| a.name() == name);
        if has("military-certificate") || has("deregistered") {
            col = col.push(text(t!("ui-act-deregistration")).size(super::theme::HEADING));
        }
        if has("military-certificate") {
            // One field a line: each keeps its width in a narrow panel.
            col = col.push(
                text_input(&t!("ui-act-issuer"), &self.issuer)
                    .id("cert-issuer")
                    .on_input(Msg::Issuer)
                    .width(Length::Fill),
            );
            col = col.push(
                text_input(&t!("ui-act-cert-number"), &self.cert_number)
                    .id("cert-number")
                    .on_input(Msg::CertNumber)
                    .on_submit(Msg::Certificate)
                    .width(Length::Fill),
            );
            let mut r = row![button(text(t!("ui-act-certificate"))).on_press_maybe(
                (!self.issuer.trim().is_empty() && !self.cert_number.trim().is_empty())
                    .then_some(Msg::Certificate)
            )]
            .spacing(super::theme::ROW_GAP);
            if has("not-liable") {
                r = r.push(button(text(t!("ui-act-not-liable"))).on_press(Msg::NotLiable));
            }
            col = col.push(r);
        }
        if has("deregistered") {
            col = col.push(button(text(t!("ui-act-deregistered"))).on_press(Msg::Deregistered));
        }
        if has("decide") {
            col = col.push(button(text(t!("ui-act-decision"))).on_press(Msg::Decision));
        }
        col
    }

    /// The handover of the decision, to the applicant or a representative
    /// with a power of attorney.
    fn handover_view<'a>(
        &'a self,
        mut col: iced::widget::Column<'a, Msg>,
        state: &'a CaseState,
        today: NaiveDate,
    ) -> iced::widget::Column<'a, Msg> {
        col = col.push(text(t!("ui-act-handover")).size(super::theme::HEADING));
        col = col.push(
            checkbox(self.to_representative)
                .label(t!("ui-act-to-representative"))
                .on_toggle(Msg::ToRepresentative),
        );
        if self.to_representative {
            col = col.push(
                text_input(&t!("ui-f-rep-name"), &self.rep_name)
                    .id("rep-name")
                    .on_input(Msg::RepName),
            );
            col = col.push(
                text_input(&t!("ui-act-poa"), &self.poa)
                    .id("poa")
                    .on_input(Msg::Poa),
            );
            col = col.push(
                text_input(&t!("ui-act-notary"), &self.notary)
                    .id("notary")
                    .on_input(Msg::Notary),
            );
            col = col.push(
                text_input(&t!("ui-act-poa-date"), &self.poa_date)
                    .id("poa-date")
                    .on_input(Msg::PoaDate),
            );
            if let Some(p) = self.poa_date_problem(state, today) {
                col = col.push(
                    text(p)
                        .size(super::theme::LINE)
                        .color(super::theme::level_color(
                            crate::domain::visit::Level::Breach,
                        )),
                );
            }
        }
        let ready = !self.to_representative
            || (!self.poa_date.trim().is_empty() && self.poa_date_problem(state, today).is_none());
        col = col.push(
            button(text(t!("ui-act-hand-over"))).on_press_maybe(ready.then_some(Msg::HandOver)),
        );
        col
    }

    /// What may follow: the transfer to the provider after storage, the
    /// Annex 3 answer, a paper presented later, a supervisor's correction.
    fn later_view<'a>(
        &'a self,
        mut col: iced::widget::Column<'a, Msg>,
        state: &'a CaseState,
        events: &'a [crate::domain::case::CaseEvent],
        actions: &'a [Action],
    ) -> iced::widget::Column<'a, Msg> {
        let has = |name: &str| actions.iter().any(|a| a.name() == name);
        for a in actions {
            if let Action::Transfer { storage_ended } = a {
                // One month of storage at the State Corporation, then the
                // decision goes to the provider.
                if let Some(end) = storage_ended {
                    col = col.push(
                        text(t!("ui-act-uncollected", date = crate::i18n::date(*end))).color(
                            super::theme::level_color(crate::domain::visit::Level::Breach),
                        ),
                    );
                }
                col = col.push(
                    button(text(t!("ui-act-transfer")))
                        .style(button::secondary)
                        .on_press(Msg::Transfer),
                );
            }
        }
        // Para 9: the internal affairs body's answer to the Annex 3 request
        // (printed from the list of forms).
        for a in actions {
            match a {
                Action::RecordRegistrationAnswer { people } => {
                    col = col.push(self.answer_view(state, people));
                }
                Action::Present { items } => {
                    col = col.push(present_view(state, items));
                }
                _ => {}
            }
        }
        // Nothing is edited in place: a supervisor records a correction that
        // refers to the event it corrects; the original stays in the log.
        if has("correct") {
            col = col.push(self.correction_view(events));
        }
        col
    }

    fn correction_view<'a>(
        &'a self,
        events: &'a [crate::domain::case::CaseEvent],
    ) -> Element<'a, Msg> {
        use crate::i18n::Localize;
        let mut list =
            column![text(t!("ui-act-correction")).size(super::theme::HEADING)].spacing(2);
        for e in events
            .iter()
            .filter(|e| !matches!(e.kind, EventKind::Corrected { .. }))
        {
            let label = format!(
                "#{}  {}  {}",
                e.seq,
                e.recorded_at.format("%d.%m.%Y %H:%M"),
                e.kind.localize()
            );
            list = list.push(
                button(text(label).size(super::theme::LINE))
                    .style(if self.correct_which == Some(e.id) {
                        button::primary
                    } else {
                        button::text
                    })
                    .on_press(Msg::CorrectWhich(e.id)),
            );
        }
        let ready = self.correct_which.is_some() && !self.correct_note.trim().is_empty();
        list.push(
            row![
                text_input(&t!("ui-act-correction-note"), &self.correct_note)
                    .id("correction-note")
                    .on_input(Msg::CorrectNote)
                    .on_submit_maybe(ready.then_some(Msg::Correct)),
                button(text(t!("ui-act-correction-record")))
                    .on_press_maybe(ready.then_some(Msg::Correct)),
            ]
            .spacing(super::theme::ROW_GAP),
        )
        .into()
    }

    fn answer_view<'a>(&'a self, state: &'a CaseState, people: &'a [Subject]) -> Element<'a, Msg> {
        let ready = !self.ans_person.trim().is_empty() && !self.ans_reference.trim().is_empty();
        // The people the request was made for: choosing one ties the answer
        // to them (a "registered" answer then asks for their paper again).
        let who = row(people.iter().map(|s| {
            tab(
                subject_name(state, *s),
                self.ans_subject == Some(*s),
                Msg::AnsSubject(*s),
            )
        }))
        .spacing(4)
        .wrap();
        column![
            text(t!("ui-act-annex3")).size(super::theme::HEADING),
            who,
            text_input(&t!("ui-act-annex3-person"), &self.ans_person)
                .id("annex3-person")
                .on_input(Msg::AnsPerson),
            checkbox(self.ans_registered)
                .label(t!("ui-act-annex3-registered"))
                .on_toggle(Msg::AnsRegistered),
            text_input(&t!("ui-act-annex3-details"), &self.ans_details)
                .id("annex3-details")
                .on_input(Msg::AnsDetails),
            row![
                text_input(&t!("ui-act-annex3-reference"), &self.ans_reference)
                    .id("annex3-reference")
                    .on_input(Msg::AnsReference)
                    .on_submit_maybe(ready.then_some(Msg::RecordAnswer)),
                button(text(t!("ui-act-annex3-record")))
                    .on_press_maybe(ready.then_some(Msg::RecordAnswer)),
            ]
            .spacing(super::theme::ROW_GAP),
        ]
        .spacing(super::theme::LINE_GAP)
        .into()
    }

    fn grounds_view<'a>(&'a self, choices: &'a [GroundChoice]) -> Element<'a, Msg> {
        let mut g = column![text(t!("ui-act-grounds")).size(super::theme::BODY)].spacing(4);
        for choice in choices {
            let n = choice.ground;
            let on = self.grounds.contains_key(&n);
            g = g.push(
                checkbox(on)
                    .label(format!(
                        "{n}. {}",
                        crate::i18n::dynamic(&format!("ground-{n}"))
                    ))
                    .on_toggle(move |b| Msg::Ground(n, b)),
            );
            if let Some(u) = self.grounds.get(&n) {
                g = g.push(
                    row![
                        text(if choice.needs_until {
                            t!(
                                "ui-act-until-detail",
                                until = crate::i18n::dynamic(&format!("ground-until-{n}"))
                            )
                        } else {
                            t!("ui-act-detail")
                        })
                        .size(super::theme::LINE),
                        text_input("", u).on_input(move |s| Msg::Until(n, s))
                    ]
                    .spacing(super::theme::LINE_GAP),
                );
            }
        }
        g.into()
    }
}

/// The name of a person of the questionnaire.
pub fn subject_name(state: &CaseState, s: Subject) -> String {
    match s {
        Subject::Dependant(i) => state
            .intake
            .dependants
            .get(i)
            .map(|d| d.full_name.clone())
            .unwrap_or_default(),
        Subject::OtherParentOf(i) => state
            .intake
            .children
            .get(i)
            .and_then(|c| c.other_parent.as_ref())
            .map(|p| p.full_name.clone())
            .unwrap_or_default(),
        Subject::Child(i) => state
            .intake
            .children
            .get(i)
            .map(|c| c.full_name())
            .unwrap_or_default(),
        Subject::Applicant | Subject::Representative => String::new(),
    }
}

/// The papers an Annex 3 answer asks for again, each with its buttons.
fn present_view<'a>(state: &'a CaseState, items: &'a [(Requirement, Subject)]) -> Element<'a, Msg> {
    let mut col = column![text(t!("ui-act-present")).size(super::theme::HEADING),]
        .spacing(super::theme::LINE_GAP);
    for (r, s) in items {
        col = col.push(
            row![
                text(format!(
                    "{} — {}",
                    crate::i18n::dynamic(&format!("req-{}", r.as_str())),
                    subject_name(state, *s)
                ))
                .size(super::theme::LINE)
                .color(super::theme::level_color(
                    crate::domain::visit::Level::Breach
                )),
                button(text(t!("ui-act-presented"))).on_press(Msg::Present(*r, *s, Via::Paper)),
                button(text(t!("ui-act-court-decision")))
                    .style(button::secondary)
                    .on_press(Msg::Present(*r, *s, Via::Alternative)),
            ]
            .spacing(super::theme::ROW_GAP)
            .align_y(iced::Alignment::Center),
        );
    }
    col.into()
}

/// What a conclusion said, in words.
pub(crate) fn verdict_text(c: &crate::domain::case::Conclusion) -> String {
    match c.verdict() {
        Verdict::NotAsked(why) => t!("ui-act-not-asked-because", reason = why.as_str()),
        Verdict::Positive => t!("ui-act-positive"),
        Verdict::Negative => t!("ui-act-negative"),
    }
}

/// The conclusions recorded: each body's latest in force (with Correct
/// while conclusions are taken), an earlier one marked as corrected.
fn conclusions_view<'a>(
    mut col: iced::widget::Column<'a, Msg>,
    state: &'a CaseState,
    recording: bool,
) -> iced::widget::Column<'a, Msg> {
    for (i, c) in state.conclusions.iter().enumerate() {
        let mut line = format!(
            "{} — {} ({}{})",
            body_name(&c.body),
            verdict_text(c),
            crate::i18n::date(c.on),
            if c.reference.trim().is_empty() {
                String::new()
            } else {
                format!(", {}", c.reference)
            }
        );
        if let Some(earlier) = state.corrects(i) {
            line.push_str(&format!(
                " — {}",
                t!("ui-act-correction-of", date = crate::i18n::date(earlier.on))
            ));
        }
        if state.is_superseded(i) {
            col = col.push(
                text(format!("{line} — {}", t!("ui-act-corrected")))
                    .size(super::theme::LINE)
                    .color(iced::Color::from_rgb(0.45, 0.45, 0.45)),
            );
            continue;
        }
        let verdict = text(line).size(super::theme::LINE).width(Length::Fill);
        col = col.push(if recording {
            Element::from(
                row![
                    verdict,
                    button(text(t!("ui-act-correct-conclusion")))
                        .style(iced::widget::button::secondary)
                        .on_press(Msg::CorrectConclusion(c.body.clone())),
                ]
                .spacing(super::theme::ROW_GAP)
                .align_y(iced::Alignment::Center),
            )
        } else {
            verdict.into()
        });
    }
    col
}

pub fn body_name(key: &str) -> String {
    crate::i18n::body_name(key)
}
