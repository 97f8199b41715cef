//! The case as an append-only log of events, and its state as their fold.
//!
//! Transitions are checked: an event not allowed in the current state is a
//! typed `TransitionError`. Nothing is edited in place; a correction is a
//! new event that refers to the one it corrects.

use super::checklist::{Checklist, ChecklistItem, ItemStatus};
use super::documents::{Requirement, Subject, Via};
use super::intake::{Intake, Presented};
use super::OfficeKind;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

/// The case number printed on every form and in its QR code:
/// office code (4 digits), year (4), sequence in the office and year (6) and
/// a Luhn check digit, so a mistyped or misread number is caught.
/// Written `0042-2026-000017-3`; digits only (`004220260000173`) is accepted
/// too, as a barcode scanner types it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CaseNumber {
    pub office: u16,
    pub year: u16,
    pub seq: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CaseNumberError {
    #[error("a case number has 15 digits: office, year, number and a check digit")]
    Format,
    #[error("wrong check digit: the number was mistyped or misread")]
    CheckDigit,
}

fn luhn(digits: &str) -> u8 {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

impl CaseNumber {
    pub fn new(office: u16, year: u16, seq: u32) -> Option<CaseNumber> {
        (office <= 9999 && year <= 9999 && seq <= 999_999).then_some(CaseNumber {
            office,
            year,
            seq,
        })
    }
    fn body(&self) -> String {
        format!("{:04}{:04}{:06}", self.office, self.year, self.seq)
    }
    /// The number as one integer (office, year, sequence): the store's key,
    /// so cases sort by office, then year, then sequence.
    pub fn key(&self) -> i64 {
        i64::from(self.office) * 10_000_000_000
            + i64::from(self.year) * 1_000_000
            + i64::from(self.seq)
    }

    pub fn from_key(key: i64) -> Option<CaseNumber> {
        if !(0..100_000_000_000_000).contains(&key) {
            return None;
        }
        CaseNumber::new(
            (key / 10_000_000_000) as u16,
            ((key / 1_000_000) % 10_000) as u16,
            (key % 1_000_000) as u32,
        )
    }

    /// The 15 digits, as a scanner types them.
    pub fn digits(&self) -> String {
        let b = self.body();
        format!("{b}{}", luhn(&b))
    }
    pub fn parse(input: &str) -> Result<CaseNumber, CaseNumberError> {
        let s: String = input.chars().filter(|c| !matches!(c, '-' | ' ')).collect();
        if s.len() != 15 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CaseNumberError::Format);
        }
        let (body, check) = s.split_at(14);
        if luhn(body) != check.as_bytes()[0] - b'0' {
            return Err(CaseNumberError::CheckDigit);
        }
        let num =
            |r: std::ops::Range<usize>| body[r].parse::<u32>().map_err(|_| CaseNumberError::Format);
        Ok(CaseNumber {
            office: num(0..4)? as u16,
            year: num(4..8)? as u16,
            seq: num(8..14)?,
        })
    }
}

impl fmt::Display for CaseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let b = self.body();
        write!(
            f,
            "{:04}-{:04}-{:06}-{}",
            self.office,
            self.year,
            self.seq,
            luhn(&b)
        )
    }
}

impl FromStr for CaseNumber {
    type Err = CaseNumberError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CaseNumber::parse(s)
    }
}

impl Serialize for CaseNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CaseNumber {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        CaseNumber::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// A conclusion of an approving body (security, military, tax, courts …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conclusion {
    pub body: String,
    pub positive: bool,
    pub on: NaiveDate,
    pub reference: String,
    /// The body was not asked, and why (a body the office asks that has no
    /// bearing on this applicant); `positive` is then meaningless.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_asked: Option<String>,
}

/// What an approving body answered, or that it was not asked (para 9,
/// stage 1).
///
/// One rule for the window and the command line: a conclusion is
/// **positive unless said otherwise** (`Verdict::default()`); a negative
/// one is said explicitly, and the window asks to confirm it as it does a
/// refusal. A body's later conclusion supersedes its earlier one
/// ([`CaseState::conclusions_in_force`]): that is how a conclusion
/// recorded by mistake is corrected, and the log keeps both.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Verdict {
    #[default]
    Positive,
    Negative,
    /// The body was not asked, and why (it has no bearing on this
    /// applicant).
    NotAsked(String),
}

impl Conclusion {
    /// A conclusion as recorded: the body, what it said, when, its
    /// outgoing number.
    pub fn new(body: String, verdict: Verdict, on: NaiveDate, reference: String) -> Conclusion {
        let (positive, not_asked) = match verdict {
            Verdict::Positive => (true, None),
            Verdict::Negative => (false, None),
            Verdict::NotAsked(why) => (false, Some(why)),
        };
        Conclusion {
            body,
            positive,
            on,
            reference,
            not_asked,
        }
    }

    /// What the body said.
    pub fn verdict(&self) -> Verdict {
        match (&self.not_asked, self.positive) {
            (Some(why), _) => Verdict::NotAsked(why.clone()),
            (None, true) => Verdict::Positive,
            (None, false) => Verdict::Negative,
        }
    }

    /// A conclusion against departure.
    pub fn is_negative(&self) -> bool {
        !self.positive && self.not_asked.is_none()
    }
}

/// A ground of the Annex 1-1 refusal notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusalGround {
    /// Para 10 item number, 1–8; or `CERTIFICATE_NOT_PRESENTED` (0).
    pub ground: u8,
    /// The case-specific detail the officer adds (a date, a court
    /// reference), printed after the standard's own "until" wording in the
    /// form's language; may be empty.
    pub until: String,
}

impl RefusalGround {
    /// The Annex 4-1 note: the military deregistration certificate was not
    /// presented within the direction's 7 days (refused "in accordance
    /// with para 10", though none of its items says so).
    pub const CERTIFICATE_NOT_PRESENTED: u8 = 0;
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Recipient {
    Applicant,
    /// A representative with a notarised power of attorney (para 9, stage 4).
    Representative {
        full_name: String,
        power_of_attorney: String,
        notarised_on: NaiveDate,
        notary: String,
    },
}

/// What happened to a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventKind {
    /// The intake started at a counter (or arrived pre-filled).
    IntakeOpened {
        office_kind: OfficeKind,
        on: NaiveDate,
        intake: Box<Intake>,
    },
    /// The questionnaire changed before acceptance.
    IntakeUpdated { intake: Box<Intake> },
    /// A complete package accepted: the Annex 4 receipt.
    Accepted {
        on: NaiveDate,
        come_back_on: NaiveDate,
        checklist: Checklist,
    },
    /// An incomplete package refused at intake: the Annex 5 receipt.
    RefusedAtIntake {
        on: NaiveDate,
        missing: Vec<ChecklistItem>,
    },
    /// Stage 1: an approving body's conclusion.
    ConclusionRecorded { conclusion: Conclusion },
    /// Stage 2, positive: the Annex 4-1 direction.
    Approved {
        on: NaiveDate,
        valid_until: NaiveDate,
    },
    /// Stage 2 (or stage 3 without the certificate): the Annex 1-1 notice.
    Refused {
        on: NaiveDate,
        grounds: Vec<RefusalGround>,
    },
    /// Stage 3: certificate of military deregistration.
    MilitaryCertificateReceived {
        on: NaiveDate,
        issuer: String,
        number: String,
    },
    /// Stage 3: the applicant is not liable for military service.
    NotLiableForMilitary { on: NaiveDate },
    /// Stage 3: removed from residence registration.
    ResidenceDeregistered { on: NaiveDate },
    /// Stage 4: the Annex 1 decision made out.
    DecisionIssued { on: NaiveDate },
    /// Stage 4: handed to the applicant or a representative.
    HandedOver { on: NaiveDate, to: Recipient },
    /// Uncollected for a month at the State Corporation: passed to the provider.
    TransferredToProvider { on: NaiveDate },
    /// A correction of an earlier event; the original stays.
    Corrected { refers_to: Uuid, note: String },
    /// The internal affairs body's answer to the Annex 3 request: whether
    /// a person (the other parent, a dependant) is registered in
    /// Kazakhstan, and where.
    RegistrationAnswerRecorded { answer: RegistrationAnswer },
    /// A document of para 9 presented after the intake: the alimony
    /// agreement or the other parent's consent (or the court decision in
    /// their place) that an Annex 3 answer required again.
    DocumentPresented {
        on: NaiveDate,
        requirement: Requirement,
        subject: Subject,
        via: Via,
    },
    /// Para 13: the documents were taken at the applicant's home, on the
    /// request of that number.
    TakenAtHome { on: NaiveDate, request: String },
}

/// The answer to an Annex 3 request, about one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationAnswer {
    pub on: NaiveDate,
    /// Full name and relationship, as asked in the request.
    pub person: String,
    pub registered: bool,
    /// The registered address when registered; otherwise what the body says.
    pub details: String,
    /// The answer's outgoing number.
    pub reference: String,
    /// Whom of the questionnaire it is about (a dependant, a child's other
    /// parent): an answer that the person *is* registered brings back the
    /// agreement or consent the Annex 3 request stood in for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Subject>,
}

impl EventKind {
    /// The name of every kind of event, as `name` gives it (a test holds
    /// the two together; every language has a message for each).
    pub const NAMES: [&'static str; 17] = [
        "intake_opened",
        "intake_updated",
        "accepted",
        "refused_at_intake",
        "conclusion_recorded",
        "approved",
        "refused",
        "military_certificate_received",
        "not_liable_for_military",
        "residence_deregistered",
        "decision_issued",
        "handed_over",
        "transferred_to_provider",
        "corrected",
        "registration_answer_recorded",
        "document_presented",
        "taken_at_home",
    ];

    pub fn name(&self) -> &'static str {
        match self {
            EventKind::IntakeOpened { .. } => "intake_opened",
            EventKind::IntakeUpdated { .. } => "intake_updated",
            EventKind::Accepted { .. } => "accepted",
            EventKind::RefusedAtIntake { .. } => "refused_at_intake",
            EventKind::ConclusionRecorded { .. } => "conclusion_recorded",
            EventKind::Approved { .. } => "approved",
            EventKind::Refused { .. } => "refused",
            EventKind::MilitaryCertificateReceived { .. } => "military_certificate_received",
            EventKind::NotLiableForMilitary { .. } => "not_liable_for_military",
            EventKind::ResidenceDeregistered { .. } => "residence_deregistered",
            EventKind::DecisionIssued { .. } => "decision_issued",
            EventKind::HandedOver { .. } => "handed_over",
            EventKind::TransferredToProvider { .. } => "transferred_to_provider",
            EventKind::Corrected { .. } => "corrected",
            EventKind::RegistrationAnswerRecorded { .. } => "registration_answer_recorded",
            EventKind::DocumentPresented { .. } => "document_presented",
            EventKind::TakenAtHome { .. } => "taken_at_home",
        }
    }

    /// The business date of the event, where it has one.
    pub fn on(&self) -> Option<NaiveDate> {
        match self {
            EventKind::IntakeOpened { on, .. }
            | EventKind::Accepted { on, .. }
            | EventKind::RefusedAtIntake { on, .. }
            | EventKind::Approved { on, .. }
            | EventKind::Refused { on, .. }
            | EventKind::MilitaryCertificateReceived { on, .. }
            | EventKind::NotLiableForMilitary { on }
            | EventKind::ResidenceDeregistered { on }
            | EventKind::DecisionIssued { on }
            | EventKind::HandedOver { on, .. }
            | EventKind::TransferredToProvider { on }
            | EventKind::TakenAtHome { on, .. } => Some(*on),
            EventKind::ConclusionRecorded { conclusion } => Some(conclusion.on),
            EventKind::RegistrationAnswerRecorded { answer } => Some(answer.on),
            EventKind::DocumentPresented { on, .. } => Some(*on),
            EventKind::IntakeUpdated { .. } | EventKind::Corrected { .. } => None,
        }
    }
}

/// See `Status::holder`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    Origin,
    Reviewer,
    Both,
}

/// One entry of a case's log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseEvent {
    /// Minted once (UUIDv7) where the event happened; stable across sync.
    pub id: Uuid,
    pub case_id: Uuid,
    /// Position in the case's log, from 1.
    pub seq: u32,
    /// When it was recorded (UTC), for the audit trail; never decides order.
    pub recorded_at: NaiveDateTime,
    /// Login of the user who recorded it.
    pub actor: String,
    /// Code of the office where it was recorded.
    pub office: u16,
    pub kind: EventKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    IntakeOpen,
    RefusedAtIntake,
    UnderReview,
    Approved,
    Refused,
    DecisionIssued,
    TransferredToProvider,
    HandedOver,
}

impl Status {
    /// Which office may write to a case in this status. Ownership moves
    /// only by explicit events: accepted (submitted for review) → the
    /// reviewing office; approved → both (the stage 3 papers come to the
    /// counter, the decision is the reviewer's: a concurrent write there
    /// becomes a conflict for a supervisor); the decision or a refusal →
    /// back to the office that accepted the case, for the handover.
    pub fn holder(self) -> Holder {
        match self {
            Status::UnderReview => Holder::Reviewer,
            Status::Approved => Holder::Both,
            // An uncollected decision passed to the provider: the provider
            // hands it over.
            Status::TransferredToProvider => Holder::Reviewer,
            _ => Holder::Origin,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::IntakeOpen => "intake_open",
            Status::RefusedAtIntake => "refused_at_intake",
            Status::UnderReview => "under_review",
            Status::Approved => "approved",
            Status::Refused => "refused",
            Status::DecisionIssued => "decision_issued",
            Status::TransferredToProvider => "transferred_to_provider",
            Status::HandedOver => "handed_over",
        }
    }
    pub const ALL: [Status; 8] = [
        Status::IntakeOpen,
        Status::RefusedAtIntake,
        Status::UnderReview,
        Status::Approved,
        Status::Refused,
        Status::DecisionIssued,
        Status::TransferredToProvider,
        Status::HandedOver,
    ];

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn is_closed(self) -> bool {
        matches!(
            self,
            Status::RefusedAtIntake | Status::Refused | Status::HandedOver
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Military {
    Certificate {
        on: NaiveDate,
        issuer: String,
        number: String,
    },
    NotLiable {
        on: NaiveDate,
    },
}

impl Military {
    pub fn on(&self) -> NaiveDate {
        match self {
            Military::Certificate { on, .. } | Military::NotLiable { on } => *on,
        }
    }
}

/// The state of a case: the fold of its events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseState {
    pub status: Status,
    pub office_kind: OfficeKind,
    pub opened_on: NaiveDate,
    pub intake: Intake,
    pub accepted_on: Option<NaiveDate>,
    pub come_back_on: Option<NaiveDate>,
    pub checklist_at_acceptance: Option<Checklist>,
    pub refused_at_intake_on: Option<NaiveDate>,
    pub missing_at_intake: Vec<ChecklistItem>,
    pub conclusions: Vec<Conclusion>,
    pub approved_on: Option<NaiveDate>,
    pub direction_valid_until: Option<NaiveDate>,
    pub refused_on: Option<NaiveDate>,
    pub grounds: Vec<RefusalGround>,
    pub military: Option<Military>,
    pub residence_deregistered_on: Option<NaiveDate>,
    pub decision_issued_on: Option<NaiveDate>,
    pub transferred_on: Option<NaiveDate>,
    pub handed_over_on: Option<NaiveDate>,
    pub handed_to: Option<Recipient>,
    pub corrections: Vec<(Uuid, String)>,
    /// Answers to Annex 3 requests.
    pub registration_answers: Vec<RegistrationAnswer>,
    /// Documents presented after the intake (see `outstanding`).
    pub presented_later: Vec<Presented>,
    /// Para 13: taken at home, on which day and on which request.
    pub taken_at_home: Option<(NaiveDate, String)>,
    #[serde(skip)]
    event_ids: Vec<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("the first event of a case must open the intake")]
    NotOpened,
    #[error("the case is already open")]
    AlreadyOpened,
    #[error("{event} is not allowed while the case is {status:?}")]
    NotAllowed { event: &'static str, status: Status },
    #[error("the package is incomplete: it cannot be accepted")]
    IncompletePackage,
    #[error("nothing is missing: an intake refusal must name the missing documents")]
    NothingMissing,
    #[error("a negative conclusion is on record: the case cannot be approved")]
    NegativeConclusion,
    #[error("a refusal must name at least one para 10 ground")]
    NoGrounds,
    #[error("para 10 has no ground {0}")]
    UnknownGround(u8),
    #[error("each ground needs its \"until …\"")]
    GroundWithoutUntil(u8),
    #[error("already recorded")]
    AlreadyRecorded,
    #[error("the military and residence deregistration must both be recorded first")]
    DeregistrationIncomplete,
    #[error("only a State Corporation keeps uncollected decisions")]
    NotAtStateCorporation,
    #[error("the date {on} is before {earlier}")]
    DateBefore { on: NaiveDate, earlier: NaiveDate },
    #[error("a power of attorney needs its number, notary and date")]
    PowerOfAttorneyIncomplete,
    #[error("the power of attorney is notarised after the handover on {on}")]
    PowerOfAttorneyAfter { on: NaiveDate },
    #[error("the power of attorney is notarised before the applicant was born ({born})")]
    PowerOfAttorneyBeforeBirth { born: NaiveDate },
    #[error("the corrected event is not in this case")]
    UnknownEvent,
    #[error("a correction needs a note")]
    EmptyNote,
    #[error("an answer needs the person and its reference")]
    AnswerIncomplete,
    #[error("the valid-until date is before the issue date")]
    ValidityBeforeIssue,
    #[error("the military certificate is on record: the direction was honoured")]
    CertificateOnRecord,
    #[error(
        "the applicant is recorded not liable for military service: no certificate is awaited"
    )]
    NotLiableOnRecord,
    #[error(
        "the direction is valid until {until}: a refusal for a missing certificate comes after"
    )]
    DirectionStillValid { until: NaiveDate },
    #[error("the direction is valid until {expected} under the case's rules")]
    WrongValidity { expected: NaiveDate },
    #[error("the case's rules give no term for this")]
    NoTerm,
    #[error("{0} document(s) required again by an Annex 3 answer are not presented")]
    DocumentsOutstanding(usize),
    #[error("no such person in the questionnaire for an Annex 3 answer")]
    UnknownPerson,
    #[error("that document is not awaited for that person")]
    NotOutstanding,
    #[error("no conclusion (or reason for not asking) from: {0:?}")]
    ConclusionsMissing(Vec<String>),
    #[error("{0:?} is not an approving body this office asks")]
    UnknownBody(String),
    #[error("ground {0} does not apply at this stage")]
    GroundNotHere(u8),
    #[error("the decision is kept until {until}: it is transferred after that")]
    StorageNotEnded { until: NaiveDate },
}

/// Para 9, stage 4: the result goes to a representative holding a
/// notarised power of attorney — made by the applicant, so notarised not
/// before the applicant was born, and on the handover day at the latest.
/// The window checks the field with it; the case's log refuses anything
/// else.
pub fn power_of_attorney_date(
    notarised_on: NaiveDate,
    handover_on: NaiveDate,
    applicant_born: Option<NaiveDate>,
) -> Result<(), TransitionError> {
    if notarised_on > handover_on {
        return Err(TransitionError::PowerOfAttorneyAfter { on: handover_on });
    }
    match applicant_born {
        Some(born) if notarised_on < born => {
            Err(TransitionError::PowerOfAttorneyBeforeBirth { born })
        }
        _ => Ok(()),
    }
}

/// The requirement an Annex 3 request stood in for, for a person: the
/// alimony agreement of a dependant, the consent of a child's other parent.
pub fn reinstated(subject: Subject) -> Option<Requirement> {
    match subject {
        Subject::Dependant(_) => Some(Requirement::AlimonyAgreement),
        Subject::OtherParentOf(_) => Some(Requirement::OtherParentConsent),
        _ => None,
    }
}

fn not_allowed(event: &EventKind, status: Status) -> TransitionError {
    TransitionError::NotAllowed {
        event: event.name(),
        status,
    }
}

impl CaseState {
    /// Documents an Annex 3 answer required again: the person is
    /// registered in Kazakhstan after all (para 9: the alimony agreement
    /// for a dependant staying behind, the other parent's consent), by the
    /// latest answer about each person.
    fn required_again(&self) -> Vec<(Requirement, Subject)> {
        let mut latest: Vec<(Subject, bool)> = Vec::new();
        for a in &self.registration_answers {
            if let Some(s) = a.subject {
                latest.retain(|(x, _)| *x != s);
                latest.push((s, a.registered));
            }
        }
        let mut out = Vec::new();
        for (s, registered) in latest {
            if let Some(r) = reinstated(s).filter(|_| registered) {
                if !out.contains(&(r, s)) {
                    out.push((r, s));
                }
            }
        }
        out
    }

    /// How a document was presented after all, if it was (`None`: not yet).
    fn presented(&self, r: Requirement, s: Subject) -> Option<Via> {
        self.presented_later
            .iter()
            .chain(self.intake.documents.iter())
            .filter(|p| p.requirement == r && p.subject == s)
            .map(|p| p.via)
            .max_by_key(|v| *v == Via::Paper)
    }

    /// The conclusions that count, one per body: each body's latest. A
    /// later conclusion of the same body corrects the earlier one (para 9,
    /// stage 1: the decision rests on what the bodies concluded); the
    /// earlier stays in `conclusions` and in the log.
    pub fn conclusions_in_force(&self) -> Vec<&Conclusion> {
        let mut out: Vec<&Conclusion> = Vec::new();
        for c in &self.conclusions {
            match out.iter_mut().find(|k| k.body == c.body) {
                Some(k) => *k = c,
                None => out.push(c),
            }
        }
        out
    }

    /// The earlier conclusion of the same body that conclusion `i` (its
    /// place in `conclusions`) corrects, if any.
    pub fn corrects(&self, i: usize) -> Option<&Conclusion> {
        let c = self.conclusions.get(i)?;
        self.conclusions[..i]
            .iter()
            .rev()
            .find(|k| k.body == c.body)
    }

    /// Whether conclusion `i` was corrected by a later one of its body.
    pub fn is_superseded(&self, i: usize) -> bool {
        self.conclusions
            .get(i)
            .is_some_and(|c| self.conclusions[i + 1..].iter().any(|k| k.body == c.body))
    }

    /// Documents an Annex 3 answer required again ("the person is
    /// registered in Kazakhstan") and not yet presented: the package is not
    /// complete until they are, and the case cannot be approved.
    pub fn outstanding(&self) -> Vec<(Requirement, Subject)> {
        self.required_again()
            .into_iter()
            .filter(|(r, s)| self.presented(*r, *s).is_none())
            .collect()
    }

    /// The checklist as the case stands (para 9): the one the package was
    /// accepted with, and each document an Annex 3 answer required again —
    /// missing, marked as required by the answer, until it is presented.
    /// The case page and `case show` show this one, so a case that cannot
    /// be approved for a missing paper never reads as complete.
    pub fn checklist_now(&self, base: &Checklist) -> Checklist {
        let mut c = base.clone();
        for (r, s) in self.required_again() {
            let status = match self.presented(r, s) {
                Some(Via::Paper) => ItemStatus::Paper,
                Some(Via::Alternative) => ItemStatus::Alternative,
                _ => ItemStatus::Missing,
            };
            let name = match s {
                Subject::Dependant(i) => self.intake.dependants.get(i).map(|d| d.full_name.clone()),
                Subject::OtherParentOf(i) => self
                    .intake
                    .children
                    .get(i)
                    .and_then(|c| c.other_parent.as_ref())
                    .map(|p| p.full_name.clone()),
                _ => None,
            }
            .unwrap_or_default();
            match c
                .items
                .iter_mut()
                .find(|i| i.requirement == r && i.subject == s)
            {
                Some(item) => {
                    item.status = status;
                    item.required_by_answer = true;
                }
                None => c.items.push(ChecklistItem {
                    requirement: r,
                    paragraph: r.paragraph().to_string(),
                    subject: s,
                    subject_name: name,
                    status,
                    info_system_eligible: false,
                    alternative_allowed: true,
                    required_by_answer: true,
                }),
            }
        }
        c
    }

    /// Whether the questionnaire has the person `s`.
    fn names_subject(&self, s: Subject) -> bool {
        match s {
            Subject::Dependant(i) => i < self.intake.dependants.len(),
            Subject::OtherParentOf(i) => self
                .intake
                .children
                .get(i)
                .is_some_and(|c| c.other_parent.is_some()),
            _ => false,
        }
    }

    /// The state after the first event.
    pub fn open(event: &CaseEvent) -> Result<CaseState, TransitionError> {
        let EventKind::IntakeOpened {
            office_kind,
            on,
            intake,
        } = &event.kind
        else {
            return Err(TransitionError::NotOpened);
        };
        Ok(CaseState {
            status: Status::IntakeOpen,
            office_kind: *office_kind,
            opened_on: *on,
            intake: (**intake).clone(),
            accepted_on: None,
            come_back_on: None,
            checklist_at_acceptance: None,
            refused_at_intake_on: None,
            missing_at_intake: vec![],
            conclusions: vec![],
            approved_on: None,
            direction_valid_until: None,
            refused_on: None,
            grounds: vec![],
            military: None,
            residence_deregistered_on: None,
            decision_issued_on: None,
            transferred_on: None,
            handed_over_on: None,
            handed_to: None,
            corrections: vec![],
            registration_answers: vec![],
            presented_later: vec![],
            taken_at_home: None,
            event_ids: vec![event.id],
        })
    }

    /// Folds a whole log.
    pub fn fold<'a>(
        events: impl IntoIterator<Item = &'a CaseEvent>,
    ) -> Result<CaseState, TransitionError> {
        let mut it = events.into_iter();
        let first = it.next().ok_or(TransitionError::NotOpened)?;
        let mut s = CaseState::open(first)?;
        for e in it {
            s.apply_in_place(e)?;
        }
        Ok(s)
    }

    /// The state after `event`, or why it is not allowed.
    pub fn apply(&self, event: &CaseEvent) -> Result<CaseState, TransitionError> {
        let mut s = self.clone();
        s.apply_in_place(event)?;
        Ok(s)
    }

    /// Applies `event` to this state; on error the state is unchanged
    /// (every branch of `apply_kind` checks before it changes anything).
    pub fn apply_in_place(&mut self, event: &CaseEvent) -> Result<(), TransitionError> {
        self.apply_kind(&event.kind)?;
        self.event_ids.push(event.id);
        Ok(())
    }

    /// Whether `kind` may follow now (the state is not changed).
    pub fn check_kind(&self, kind: &EventKind) -> Result<(), TransitionError> {
        self.clone().apply_kind(kind)
    }

    /// The ids of the log's entries, in order.
    pub fn event_ids(&self) -> &[Uuid] {
        &self.event_ids
    }

    /// Annex 1's note: the applicant must leave within 10 calendar days of
    /// the residence deregistration, or restore the registration.
    pub fn leave_by(&self) -> Option<NaiveDate> {
        self.residence_deregistered_on
            .map(|d| d + chrono::Duration::days(10))
    }

    fn not_before(&self, on: NaiveDate, earlier: Option<NaiveDate>) -> Result<(), TransitionError> {
        match earlier {
            Some(e) if on < e => Err(TransitionError::DateBefore { on, earlier: e }),
            _ => Ok(()),
        }
    }

    fn apply_kind(&mut self, kind: &EventKind) -> Result<(), TransitionError> {
        use EventKind as E;
        use Status as S;
        let st = self.status;
        match kind {
            E::IntakeOpened { .. } => return Err(TransitionError::AlreadyOpened),
            E::IntakeUpdated { intake } => {
                if st != S::IntakeOpen {
                    return Err(not_allowed(kind, st));
                }
                self.intake = (**intake).clone();
            }
            E::Accepted {
                on,
                come_back_on,
                checklist,
            } => {
                if st != S::IntakeOpen {
                    return Err(not_allowed(kind, st));
                }
                if !checklist.is_complete() || !self.outstanding().is_empty() {
                    return Err(TransitionError::IncompletePackage);
                }
                self.not_before(*on, Some(self.opened_on))?;
                self.not_before(*come_back_on, Some(*on))?;
                self.status = S::UnderReview;
                self.accepted_on = Some(*on);
                self.come_back_on = Some(*come_back_on);
                self.checklist_at_acceptance = Some(checklist.clone());
            }
            E::RefusedAtIntake { on, missing } => {
                if st != S::IntakeOpen {
                    return Err(not_allowed(kind, st));
                }
                if missing.is_empty() {
                    return Err(TransitionError::NothingMissing);
                }
                self.not_before(*on, Some(self.opened_on))?;
                self.status = S::RefusedAtIntake;
                self.refused_at_intake_on = Some(*on);
                self.missing_at_intake = missing.clone();
            }
            E::ConclusionRecorded { conclusion } => {
                if st != S::UnderReview {
                    return Err(not_allowed(kind, st));
                }
                self.conclusions.push(conclusion.clone());
            }
            E::Approved { on, valid_until } => {
                if st != S::UnderReview {
                    return Err(not_allowed(kind, st));
                }
                if self
                    .conclusions_in_force()
                    .into_iter()
                    .any(Conclusion::is_negative)
                {
                    return Err(TransitionError::NegativeConclusion);
                }
                let outstanding = self.outstanding();
                if !outstanding.is_empty() {
                    return Err(TransitionError::DocumentsOutstanding(outstanding.len()));
                }
                self.not_before(*on, self.accepted_on)?;
                if valid_until < on {
                    return Err(TransitionError::ValidityBeforeIssue);
                }
                self.status = S::Approved;
                self.approved_on = Some(*on);
                self.direction_valid_until = Some(*valid_until);
            }
            E::Refused { on, grounds } => {
                if !matches!(st, S::UnderReview | S::Approved) {
                    return Err(not_allowed(kind, st));
                }
                if grounds.is_empty() {
                    return Err(TransitionError::NoGrounds);
                }
                // Which grounds are in force, and which need their "until",
                // is the profile's: see `rulebook::check_grounds`.
                self.not_before(*on, self.approved_on.or(self.accepted_on))?;
                self.status = S::Refused;
                self.refused_on = Some(*on);
                self.grounds = grounds.clone();
            }
            E::MilitaryCertificateReceived { on, issuer, number } => {
                if st != S::Approved {
                    return Err(not_allowed(kind, st));
                }
                if self.military.is_some() {
                    return Err(TransitionError::AlreadyRecorded);
                }
                self.not_before(*on, self.approved_on)?;
                self.military = Some(Military::Certificate {
                    on: *on,
                    issuer: issuer.clone(),
                    number: number.clone(),
                });
            }
            E::NotLiableForMilitary { on } => {
                if st != S::Approved {
                    return Err(not_allowed(kind, st));
                }
                if self.military.is_some() {
                    return Err(TransitionError::AlreadyRecorded);
                }
                self.military = Some(Military::NotLiable { on: *on });
            }
            E::ResidenceDeregistered { on } => {
                if st != S::Approved {
                    return Err(not_allowed(kind, st));
                }
                if self.residence_deregistered_on.is_some() {
                    return Err(TransitionError::AlreadyRecorded);
                }
                self.not_before(*on, self.approved_on)?;
                self.residence_deregistered_on = Some(*on);
            }
            E::DecisionIssued { on } => {
                if st != S::Approved {
                    return Err(not_allowed(kind, st));
                }
                if self.military.is_none() || self.residence_deregistered_on.is_none() {
                    return Err(TransitionError::DeregistrationIncomplete);
                }
                self.not_before(*on, self.residence_deregistered_on)?;
                self.status = S::DecisionIssued;
                self.decision_issued_on = Some(*on);
            }
            E::HandedOver { on, to } => {
                if !matches!(st, S::DecisionIssued | S::TransferredToProvider) {
                    return Err(not_allowed(kind, st));
                }
                if let Recipient::Representative {
                    full_name,
                    power_of_attorney,
                    notary,
                    notarised_on,
                } = to
                {
                    if [full_name, power_of_attorney, notary]
                        .iter()
                        .any(|s| s.trim().is_empty())
                    {
                        return Err(TransitionError::PowerOfAttorneyIncomplete);
                    }
                    power_of_attorney_date(*notarised_on, *on, self.intake.applicant.birth_date)?;
                }
                self.not_before(*on, self.decision_issued_on)?;
                self.status = S::HandedOver;
                self.handed_over_on = Some(*on);
                self.handed_to = Some(to.clone());
            }
            E::TransferredToProvider { on } => {
                if st != S::DecisionIssued {
                    return Err(not_allowed(kind, st));
                }
                if self.office_kind != OfficeKind::StateCorporation {
                    return Err(TransitionError::NotAtStateCorporation);
                }
                self.not_before(*on, self.decision_issued_on)?;
                self.status = S::TransferredToProvider;
                self.transferred_on = Some(*on);
            }
            E::Corrected { refers_to, note } => {
                if !self.event_ids.contains(refers_to) {
                    return Err(TransitionError::UnknownEvent);
                }
                if note.trim().is_empty() {
                    return Err(TransitionError::EmptyNote);
                }
                self.corrections.push((*refers_to, note.clone()));
            }
            E::RegistrationAnswerRecorded { answer } => {
                // The answer matters while the package and the review are open.
                if !matches!(st, S::IntakeOpen | S::UnderReview) {
                    return Err(not_allowed(kind, st));
                }
                if answer.person.trim().is_empty() || answer.reference.trim().is_empty() {
                    return Err(TransitionError::AnswerIncomplete);
                }
                self.not_before(answer.on, Some(self.opened_on))?;
                if let Some(s) = answer.subject {
                    if reinstated(s).is_none() || !self.names_subject(s) {
                        return Err(TransitionError::UnknownPerson);
                    }
                }
                self.registration_answers.push(answer.clone());
            }
            E::DocumentPresented {
                on,
                requirement,
                subject,
                via,
            } => {
                if !matches!(st, S::IntakeOpen | S::UnderReview) {
                    return Err(not_allowed(kind, st));
                }
                if !self
                    .outstanding()
                    .iter()
                    .any(|(r, s)| r == requirement && s == subject)
                {
                    return Err(TransitionError::NotOutstanding);
                }
                self.not_before(*on, Some(self.opened_on))?;
                self.presented_later.push(Presented {
                    requirement: *requirement,
                    subject: *subject,
                    via: *via,
                });
            }
            E::TakenAtHome { on, request } => {
                if !matches!(st, S::IntakeOpen | S::UnderReview | S::RefusedAtIntake) {
                    return Err(not_allowed(kind, st));
                }
                if self.taken_at_home.is_some() {
                    return Err(TransitionError::AlreadyRecorded);
                }
                self.not_before(*on, Some(self.opened_on))?;
                self.taken_at_home = Some((*on, request.clone()));
            }
        }
        Ok(())
    }
}

/// Cases for the domain's tests: the synthetic sample opened on 25.11.2026.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use crate::domain::checklist;
    use crate::domain::demo::sample_intake;
    use crate::domain::rules::Rules;

    pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    pub fn ev(seq: u32, kind: EventKind) -> CaseEvent {
        CaseEvent {
            id: Uuid::from_u128(u128::from(seq)),
            case_id: Uuid::from_u128(7),
            seq,
            recorded_at: d(2026, 11, 25).and_hms_opt(10, 0, 0).unwrap(),
            actor: "clerk".into(),
            office: 42,
            kind,
        }
    }

    pub fn opened(office_kind: OfficeKind) -> CaseState {
        CaseState::open(&ev(
            1,
            EventKind::IntakeOpened {
                office_kind,
                on: d(2026, 11, 25),
                intake: Box::new(sample_intake()),
            },
        ))
        .unwrap()
    }

    pub fn complete() -> Checklist {
        let r = Rules::shipped();
        let on = d(2026, 11, 25);
        checklist::build(
            &sample_intake(),
            OfficeKind::StateCorporation,
            on,
            r.profile_on(on).unwrap(),
            &r.mci,
        )
    }

    /// The sample accepted on 25.11.2026 at a State Corporation.
    pub fn accepted() -> CaseState {
        opened(OfficeKind::StateCorporation)
            .apply(&ev(
                2,
                EventKind::Accepted {
                    on: d(2026, 11, 25),
                    come_back_on: d(2026, 12, 17),
                    checklist: complete(),
                },
            ))
            .unwrap()
    }

    /// The sample accepted at a State Corporation, approved, deregistered
    /// and decided on `on` (the decision waits there to be collected).
    pub fn accepted_at_sc_decided_on(on: NaiveDate) -> CaseState {
        let mut s = accepted();
        for (seq, kind) in [
            (
                3,
                EventKind::Approved {
                    on,
                    valid_until: on,
                },
            ),
            (4, EventKind::NotLiableForMilitary { on }),
            (5, EventKind::ResidenceDeregistered { on }),
            (6, EventKind::DecisionIssued { on }),
        ] {
            s.apply_in_place(&ev(seq, kind)).unwrap();
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;

    /// Para 9, stage 4: a power of attorney notarised after the handover,
    /// or before the applicant was born, is refused; on the day, kept.
    #[test]
    fn a_power_of_attorney_is_notarised_by_the_handover_and_after_the_birth() {
        use crate::domain::case::testing::d;
        let born = Some(d(1985, 1, 15));
        let on = d(2026, 6, 20);
        assert_eq!(
            power_of_attorney_date(d(2026, 6, 25), on, born),
            Err(TransitionError::PowerOfAttorneyAfter { on })
        );
        assert_eq!(
            power_of_attorney_date(d(1900, 1, 1), on, born),
            Err(TransitionError::PowerOfAttorneyBeforeBirth {
                born: d(1985, 1, 15)
            })
        );
        assert_eq!(power_of_attorney_date(on, on, born), Ok(()));
        assert_eq!(power_of_attorney_date(d(1985, 1, 15), on, born), Ok(()));
    }

    /// `EventKind::NAMES` lists every kind (the match below stops compiling
    /// when a kind is added, until it is listed).
    #[test]
    fn every_kind_of_event_is_named() {
        use crate::domain::case::testing::{accepted, d, ev};
        let kind_count = |k: &EventKind| match k {
            EventKind::IntakeOpened { .. }
            | EventKind::IntakeUpdated { .. }
            | EventKind::Accepted { .. }
            | EventKind::RefusedAtIntake { .. }
            | EventKind::ConclusionRecorded { .. }
            | EventKind::Approved { .. }
            | EventKind::Refused { .. }
            | EventKind::MilitaryCertificateReceived { .. }
            | EventKind::NotLiableForMilitary { .. }
            | EventKind::ResidenceDeregistered { .. }
            | EventKind::DecisionIssued { .. }
            | EventKind::HandedOver { .. }
            | EventKind::TransferredToProvider { .. }
            | EventKind::Corrected { .. }
            | EventKind::RegistrationAnswerRecorded { .. }
            | EventKind::DocumentPresented { .. }
            | EventKind::TakenAtHome { .. } => 17,
        };
        let on = d(2026, 12, 1);
        let k = EventKind::NotLiableForMilitary { on };
        assert_eq!(kind_count(&k), EventKind::NAMES.len());
        assert!(EventKind::NAMES.contains(&k.name()));
        let _ = (accepted(), ev(1, k));
        let mut names = EventKind::NAMES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), EventKind::NAMES.len());
    }
    use super::*;

    fn on(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn said(body: &str, v: Verdict, d: u32) -> Conclusion {
        Conclusion::new(body.into(), v, on(d), format!("{body}-{d}"))
    }

    #[test]
    fn a_conclusion_is_positive_unless_said_otherwise() {
        let c = Conclusion::new("tax".into(), Verdict::default(), on(1), String::new());
        assert!(c.positive && !c.is_negative());
        let n = said("tax", Verdict::Negative, 1);
        assert!(n.is_negative());
        assert_eq!(n.verdict(), Verdict::Negative);
        let na = said("tax", Verdict::NotAsked("no income".into()), 1);
        assert!(!na.is_negative());
        assert_eq!(na.verdict(), Verdict::NotAsked("no income".into()));
    }

    #[test]
    fn a_bodys_later_conclusion_supersedes_its_earlier_one() {
        let mut s = opened(OfficeKind::StateCorporation);
        s.conclusions = vec![
            said("security", Verdict::Positive, 1),
            said("tax", Verdict::Negative, 2),
            said("military", Verdict::Positive, 2),
            said("tax", Verdict::Positive, 3),
        ];
        let force: Vec<(&str, bool)> = s
            .conclusions_in_force()
            .into_iter()
            .map(|c| (c.body.as_str(), c.positive))
            .collect();
        assert_eq!(
            force,
            vec![("security", true), ("tax", true), ("military", true)]
        );
        assert!(s.is_superseded(1) && !s.is_superseded(3));
        assert_eq!(s.corrects(3).map(|c| c.on), Some(on(2)));
        assert_eq!(s.corrects(1), None);
        // And the other way: a later negative one stands.
        s.conclusions.push(said("security", Verdict::Negative, 4));
        assert!(s
            .conclusions_in_force()
            .into_iter()
            .any(Conclusion::is_negative));
    }

    #[test]
    fn case_numbers_round_trip_and_catch_typos() {
        let n = CaseNumber::new(42, 2026, 17).unwrap();
        let s = n.to_string();
        assert_eq!(CaseNumber::parse(&s), Ok(n));
        assert_eq!(CaseNumber::parse(&n.digits()), Ok(n));
        let mut typo = n.digits().into_bytes();
        typo[10] = if typo[10] == b'9' { b'0' } else { typo[10] + 1 };
        assert_eq!(
            CaseNumber::parse(std::str::from_utf8(&typo).unwrap()),
            Err(CaseNumberError::CheckDigit)
        );
        assert_eq!(CaseNumber::parse("12"), Err(CaseNumberError::Format));
        assert_eq!(n.key(), 422_026_000_017);
        assert_eq!(CaseNumber::from_key(n.key()), Some(n));
        assert_eq!(CaseNumber::from_key(-1), None);
    }

    #[test]
    fn the_whole_life_of_a_case() {
        let s = opened(OfficeKind::StateCorporation);
        let s = s
            .apply(&ev(
                2,
                EventKind::Accepted {
                    on: d(2026, 11, 25),
                    come_back_on: d(2026, 12, 17),
                    checklist: complete(),
                },
            ))
            .unwrap();
        assert_eq!(s.status, Status::UnderReview);
        let s = s
            .apply(&ev(
                3,
                EventKind::ConclusionRecorded {
                    conclusion: Conclusion {
                        body: "KNB".into(),
                        positive: true,
                        on: d(2026, 12, 1),
                        reference: "12/34".into(),
                        not_asked: None,
                    },
                },
            ))
            .unwrap();
        let s = s
            .apply(&ev(
                4,
                EventKind::Approved {
                    on: d(2026, 12, 16),
                    valid_until: d(2026, 12, 23),
                },
            ))
            .unwrap();
        let s = s
            .apply(&ev(
                5,
                EventKind::NotLiableForMilitary {
                    on: d(2026, 12, 17),
                },
            ))
            .unwrap();
        assert_eq!(
            s.apply(&ev(
                6,
                EventKind::DecisionIssued {
                    on: d(2026, 12, 18)
                }
            ))
            .unwrap_err(),
            TransitionError::DeregistrationIncomplete
        );
        let s = s
            .apply(&ev(
                6,
                EventKind::ResidenceDeregistered {
                    on: d(2026, 12, 18),
                },
            ))
            .unwrap();
        let s = s
            .apply(&ev(
                7,
                EventKind::DecisionIssued {
                    on: d(2026, 12, 19),
                },
            ))
            .unwrap();
        let s = s
            .apply(&ev(
                8,
                EventKind::TransferredToProvider { on: d(2027, 1, 20) },
            ))
            .unwrap();
        let s = s
            .apply(&ev(
                9,
                EventKind::HandedOver {
                    on: d(2027, 1, 21),
                    to: Recipient::Applicant,
                },
            ))
            .unwrap();
        assert_eq!(s.status, Status::HandedOver);
        let s = s
            .apply(&ev(
                10,
                EventKind::Corrected {
                    refers_to: Uuid::from_u128(9),
                    note: "typo".into(),
                },
            ))
            .unwrap();
        assert_eq!(s.corrections.len(), 1);
    }

    #[test]
    fn disallowed_events_are_typed_errors() {
        let s = opened(OfficeKind::MigrationPolice);
        assert!(matches!(
            s.apply(&ev(
                2,
                EventKind::Approved {
                    on: d(2026, 11, 26),
                    valid_until: d(2026, 12, 3)
                }
            )),
            Err(TransitionError::NotAllowed {
                event: "approved",
                status: Status::IntakeOpen
            })
        ));
        let mut incomplete = complete();
        incomplete.items[0].status = crate::domain::checklist::ItemStatus::Missing;
        assert_eq!(
            s.apply(&ev(
                2,
                EventKind::Accepted {
                    on: d(2026, 11, 25),
                    come_back_on: d(2026, 12, 17),
                    checklist: incomplete
                }
            ))
            .unwrap_err(),
            TransitionError::IncompletePackage
        );
        assert_eq!(
            s.apply(&ev(
                2,
                EventKind::RefusedAtIntake {
                    on: d(2026, 11, 25),
                    missing: vec![]
                }
            ))
            .unwrap_err(),
            TransitionError::NothingMissing
        );
        assert_eq!(
            s.apply(&ev(
                2,
                EventKind::IntakeOpened {
                    office_kind: OfficeKind::MigrationPolice,
                    on: d(2026, 11, 25),
                    intake: Box::default()
                }
            ))
            .unwrap_err(),
            TransitionError::AlreadyOpened
        );
        let s = s
            .apply(&ev(
                2,
                EventKind::Accepted {
                    on: d(2026, 11, 25),
                    come_back_on: d(2026, 12, 17),
                    checklist: complete(),
                },
            ))
            .unwrap();
        assert_eq!(
            s.apply(&ev(
                3,
                EventKind::Refused {
                    on: d(2026, 12, 1),
                    grounds: vec![]
                }
            ))
            .unwrap_err(),
            TransitionError::NoGrounds
        );
        // Which grounds are in force is the profile's (rulebook tests).
        assert_eq!(
            s.apply(&ev(
                3,
                EventKind::TransferredToProvider { on: d(2026, 12, 1) }
            ))
            .unwrap_err(),
            TransitionError::NotAllowed {
                event: "transferred_to_provider",
                status: Status::UnderReview
            }
        );
        let neg = s
            .apply(&ev(
                3,
                EventKind::ConclusionRecorded {
                    conclusion: Conclusion {
                        body: "Tax".into(),
                        positive: false,
                        on: d(2026, 12, 1),
                        reference: "T-1".into(),
                        not_asked: None,
                    },
                },
            ))
            .unwrap();
        assert_eq!(
            neg.apply(&ev(
                4,
                EventKind::Approved {
                    on: d(2026, 12, 2),
                    valid_until: d(2026, 12, 9)
                }
            ))
            .unwrap_err(),
            TransitionError::NegativeConclusion
        );
        let refused = neg
            .apply(&ev(
                4,
                EventKind::Refused {
                    on: d(2026, 12, 2),
                    grounds: vec![RefusalGround {
                        ground: 8,
                        until: String::new(),
                    }],
                },
            ))
            .unwrap();
        assert_eq!(refused.status, Status::Refused);
        assert!(refused.status.is_closed());
    }

    #[test]
    fn a_refused_event_changes_nothing() {
        let mut s = opened(OfficeKind::StateCorporation)
            .apply(&ev(
                2,
                EventKind::Accepted {
                    on: d(2026, 11, 25),
                    come_back_on: d(2026, 12, 17),
                    checklist: complete(),
                },
            ))
            .unwrap();
        let before = s.clone();
        let bad = [
            EventKind::Refused {
                on: d(2026, 12, 1),
                grounds: vec![],
            },
            EventKind::Approved {
                on: d(2026, 11, 1),
                valid_until: d(2026, 11, 8),
            },
            EventKind::DecisionIssued { on: d(2026, 12, 1) },
            EventKind::Corrected {
                refers_to: Uuid::from_u128(99),
                note: "x".into(),
            },
        ];
        for (i, k) in bad.into_iter().enumerate() {
            assert!(s.apply_in_place(&ev(3 + i as u32, k)).is_err());
            assert_eq!(s, before);
        }
    }

    #[test]
    fn transfer_only_at_a_state_corporation() {
        let s = opened(OfficeKind::MigrationPolice)
            .apply(&ev(
                2,
                EventKind::Accepted {
                    on: d(2026, 11, 25),
                    come_back_on: d(2026, 12, 17),
                    checklist: complete(),
                },
            ))
            .unwrap()
            .apply(&ev(
                3,
                EventKind::Approved {
                    on: d(2026, 12, 16),
                    valid_until: d(2026, 12, 23),
                },
            ))
            .unwrap()
            .apply(&ev(
                4,
                EventKind::MilitaryCertificateReceived {
                    on: d(2026, 12, 18),
                    issuer: "DDO".into(),
                    number: "1".into(),
                },
            ))
            .unwrap()
            .apply(&ev(
                5,
                EventKind::ResidenceDeregistered {
                    on: d(2026, 12, 18),
                },
            ))
            .unwrap()
            .apply(&ev(
                6,
                EventKind::DecisionIssued {
                    on: d(2026, 12, 19),
                },
            ))
            .unwrap();
        assert_eq!(
            s.apply(&ev(
                7,
                EventKind::TransferredToProvider { on: d(2027, 1, 20) }
            ))
            .unwrap_err(),
            TransitionError::NotAtStateCorporation
        );
        let rep = Recipient::Representative {
            full_name: "Әлімов Бек".into(),
            power_of_attorney: String::new(),
            notarised_on: d(2026, 12, 1),
            notary: "N".into(),
        };
        assert_eq!(
            s.apply(&ev(
                7,
                EventKind::HandedOver {
                    on: d(2026, 12, 20),
                    to: rep
                }
            ))
            .unwrap_err(),
            TransitionError::PowerOfAttorneyIncomplete
        );
    }

    #[test]
    fn annex_3_answers_and_the_home_intake_are_recorded_while_open() {
        let answer = |on: NaiveDate, reference: &str| EventKind::RegistrationAnswerRecorded {
            answer: RegistrationAnswer {
                on,
                person: "Сейтқали Бақытжан, father".into(),
                registered: true,
                details: "Астана қ., Абай 3".into(),
                reference: reference.into(),
                subject: None,
            },
        };
        let st = opened(OfficeKind::StateCorporation);
        let st = st.apply(&ev(2, answer(d(2026, 11, 26), "17/45"))).unwrap();
        assert_eq!(st.registration_answers.len(), 1);
        assert_eq!(
            st.clone().apply(&ev(3, answer(d(2026, 11, 26), " "))),
            Err(TransitionError::AnswerIncomplete)
        );
        assert!(matches!(
            st.clone().apply(&ev(3, answer(d(2026, 11, 20), "17/46"))),
            Err(TransitionError::DateBefore { .. })
        ));
        let home = EventKind::TakenAtHome {
            on: d(2026, 11, 25),
            request: "0042-2026-00003".into(),
        };
        let st = st.apply(&ev(3, home.clone())).unwrap();
        assert_eq!(
            st.taken_at_home,
            Some((d(2026, 11, 25), "0042-2026-00003".into()))
        );
        assert_eq!(
            st.clone().apply(&ev(4, home)),
            Err(TransitionError::AlreadyRecorded)
        );
        // Once decided, an answer no longer changes anything: refused.
        let st = st
            .apply(&ev(
                4,
                EventKind::Accepted {
                    on: d(2026, 11, 25),
                    come_back_on: d(2026, 12, 17),
                    checklist: complete(),
                },
            ))
            .unwrap()
            .apply(&ev(
                5,
                EventKind::Approved {
                    on: d(2026, 12, 15),
                    valid_until: d(2026, 12, 22),
                },
            ))
            .unwrap();
        assert!(matches!(
            st.apply(&ev(6, answer(d(2026, 12, 16), "17/50"))),
            Err(TransitionError::NotAllowed { .. })
        ));
    }
}

#[cfg(test)]
mod annex3_tests {
    use super::testing::*;
    use super::*;
    use crate::domain::intake::{Dependant, Whereabouts};

    fn answer(seq: u32, registered: bool) -> CaseEvent {
        ev(
            seq,
            EventKind::RegistrationAnswerRecorded {
                answer: RegistrationAnswer {
                    on: d(2026, 11, 30),
                    person: "Сейтқали Айгүл, spouse".into(),
                    registered,
                    details: String::new(),
                    reference: "A-1".into(),
                    subject: Some(Subject::Dependant(0)),
                },
            },
        )
    }

    #[test]
    fn a_registered_answer_brings_the_agreement_back_and_blocks_approval() {
        let mut s = accepted();
        s.intake.dependants.push(Dependant {
            full_name: "Сейтқали Айгүл".into(),
            relationship: "spouse".into(),
            whereabouts: Whereabouts::Unknown,
        });
        let approve = ev(
            9,
            EventKind::Approved {
                on: d(2026, 12, 15),
                valid_until: d(2026, 12, 22),
            },
        );
        // "Not registered": nothing more is needed.
        let s = s.apply(&answer(3, false)).unwrap();
        assert!(s.outstanding().is_empty());
        // "Registered in Kazakhstan": the alimony agreement again.
        let s = s.apply(&answer(4, true)).unwrap();
        assert_eq!(
            s.outstanding(),
            vec![(Requirement::AlimonyAgreement, Subject::Dependant(0))]
        );
        // The checklist the case shows has it again: missing, the
        // answer's, so the case never reads as complete meanwhile.
        let base = s.checklist_at_acceptance.clone().unwrap();
        assert!(base.is_complete());
        let now = s.checklist_now(&base);
        assert!(!now.is_complete());
        let item = now
            .items
            .iter()
            .find(|i| i.requirement == Requirement::AlimonyAgreement)
            .unwrap();
        assert_eq!(
            (item.subject, item.status, item.required_by_answer),
            (Subject::Dependant(0), ItemStatus::Missing, true)
        );
        assert_eq!(item.subject_name, "Сейтқали Айгүл");
        assert_eq!(
            s.apply(&approve),
            Err(TransitionError::DocumentsOutstanding(1))
        );
        // Only what is awaited may be presented.
        let present = |seq, requirement, subject| {
            ev(
                seq,
                EventKind::DocumentPresented {
                    on: d(2026, 12, 1),
                    requirement,
                    subject,
                    via: Via::Alternative,
                },
            )
        };
        assert_eq!(
            s.apply(&present(
                5,
                Requirement::OtherParentConsent,
                Subject::Dependant(0)
            )),
            Err(TransitionError::NotOutstanding)
        );
        let s = s
            .apply(&present(
                5,
                Requirement::AlimonyAgreement,
                Subject::Dependant(0),
            ))
            .unwrap();
        assert!(s.outstanding().is_empty());
        let now = s.checklist_now(&base);
        assert!(now.is_complete());
        assert!(now
            .items
            .iter()
            .any(|i| i.required_by_answer && i.status == ItemStatus::Alternative));
        assert!(s.apply(&approve).is_ok());
        // An answer about nobody in the questionnaire is refused.
        let mut bad = answer(6, true);
        if let EventKind::RegistrationAnswerRecorded { answer } = &mut bad.kind {
            answer.subject = Some(Subject::Dependant(3));
        }
        assert_eq!(s.apply(&bad), Err(TransitionError::UnknownPerson));
    }
}
