//! The application layer: one function for each thing a person does at
//! the desk — accept or refuse an intake, record a step of a case, print a
//! form, register and answer a complaint, home visits, the counter's queue
//! (`counter`), users, settings and rule data (`admin`). The window and the
//! command line both call these and hold no workflow of their own, so they
//! cannot drift apart. Read-only lists (the case search, the deadline
//! board, the sync status) are read from the store directly. No iced here and no SQL: the
//! rules are the domain's (`domain::rulebook`, `domain::forms`), the data
//! the store's, the PDFs the print module's.

pub mod admin;
pub mod contact_centre;
pub mod counter;
pub mod hub;
pub mod lists;
pub mod registry;
pub mod report;
pub mod session;
pub mod workstation;

pub use crate::clock::{Clock, Now};

/// The types the front ends hold and show: the records (defined in the
/// domain), and the store's handle, errors and settings, the print's
/// delivery and sync's configuration and status — named here, so that a
/// front end depends on the desk alone (tests/architecture.rs checks that the
/// window and the command line name nothing of those modules).
pub mod types {
    pub use crate::domain::records::{
        CaseRecord, Complaint, ConflictRow, Draft, DraftSaved, HomeVisit, LoginOutcome, NewUser,
        Office, ParkedRow, QuarantineRow, SearchPage, SyncCounts, User, Visit, VisitDayStat,
        WaitingRow,
    };
    pub use crate::print::{Delivery, PrintError};
    pub use crate::store::{
        limits, BackupError, BackupMade, BoardFilter, DataKey, FileKind, IntakeOutcome, RuleKind,
        Store, StoreError,
    };
    pub use crate::sync::{Blocked, Link, SyncConfig, SyncHandle, SyncStatus};
}

use crate::domain::access::Role;
use crate::domain::case::{
    CaseNumber, Conclusion, EventKind, Recipient, RefusalGround, RegistrationAnswer, Verdict,
};
use crate::domain::complaint::NewComplaint;
use crate::domain::documents::{Requirement, Subject, Via};
use crate::domain::forms::{self, Annex, FormRefused};
use crate::domain::home_visit::NewHomeVisit;
use crate::domain::intake::Intake;
use crate::domain::records::{CaseRecord, Complaint, Office};
use crate::domain::rulebook::{self, Acting, Action};
use crate::domain::DocLang;
use crate::i18n::Localize;
use crate::print::{self, FormInput, PrintError};
use crate::store::{Actor, FormRecord, IntakeOutcome, Store, StoreError, User};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use uuid::Uuid;

/// Who works at the desk: the signed-in user, or the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Who {
    pub actor: Actor,
}

impl Who {
    pub fn user(u: &User) -> Who {
        Who {
            actor: Actor::user(u),
        }
    }
    pub fn role(&self) -> Option<Role> {
        self.actor.role
    }
    /// Refused unless the permission table allows `act` to this person.
    pub fn may(&self, act: crate::domain::access::Act<'_>) -> std::result::Result<(), StoreError> {
        if crate::domain::access::permits(self.role(), act) {
            Ok(())
        } else {
            Err(StoreError::Forbidden(act.needs()))
        }
    }
}

/// Why a desk action did not happen (or, for a receipt, did not print).
#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Form(#[from] FormRefused),
    #[error(transparent)]
    Print(#[from] PrintError),
    #[error("cannot use the forms directory: {0}")]
    FormsDir(std::io::Error),
    /// What the person typed is not enough for the step (the key names what).
    #[error("incomplete request: {0}")]
    Incomplete(&'static str),
    /// A value a person typed does not pass its check (the key of the
    /// message that says why).
    #[error("invalid input: {0}")]
    Invalid(&'static str),
    /// The step is not among those the rulebook offers now.
    #[error("{0} is not possible for this case now")]
    NotPossible(&'static str),
}

impl Localize for DeskError {
    fn localize(&self) -> String {
        match self {
            DeskError::Store(e) => e.localize(),
            DeskError::Form(e) => e.localize(),
            DeskError::Print(e) => crate::t!("cli-print-failed", error = e.to_string()),
            DeskError::FormsDir(e) => crate::t!("cli-print-failed", error = e.to_string()),
            DeskError::Invalid(key) => crate::i18n::dynamic(key),
            DeskError::Incomplete(key) => crate::i18n::dynamic(&format!("desk-incomplete-{key}")),
            DeskError::NotPossible(what) => {
                crate::t!(
                    "desk-not-possible",
                    action = crate::i18n::dynamic(&format!("desk-action-{what}"))
                )
            }
        }
    }
}

pub type Result<T> = std::result::Result<T, DeskError>;

impl DeskError {
    /// The store, the forms directory or the printing could not be used:
    /// not a refusal of what was asked (`StoreError::is_failure`).
    pub fn is_failure(&self) -> bool {
        match self {
            DeskError::Store(e) => e.is_failure(),
            DeskError::Print(_) | DeskError::FormsDir(_) => true,
            _ => false,
        }
    }

    /// The applicant already has this open case (its number): a second
    /// one needs the clerk's word.
    pub fn open_case(&self) -> Option<&str> {
        match self {
            DeskError::Store(StoreError::OpenCaseExists(n)) => Some(n),
            _ => None,
        }
    }

    /// This questionnaire was already accepted, as the case of this number.
    pub fn already_committed(&self) -> Option<&str> {
        match self {
            DeskError::Store(StoreError::AlreadyCommitted(n)) => Some(n),
            _ => None,
        }
    }
}

/// Logs the technical detail of an error the person sees localized. Only
/// the kind of error and the case number: never a name or an IIN.
fn logged<T, E: Into<DeskError>>(
    what: &str,
    number: Option<&CaseNumber>,
    r: std::result::Result<T, E>,
) -> Result<T> {
    let r = r.map_err(Into::into);
    if let Err(e) = &r {
        let case = number.map(|n| n.to_string()).unwrap_or_default();
        tracing::warn!(action = what, case = %case, error = %technical(e), "desk action failed");
    }
    r
}

/// The technical text of an error, without the personal data that a
/// questionnaire's validation messages could carry.
fn technical(e: &DeskError) -> String {
    match e {
        DeskError::Store(StoreError::Invalid(v)) => format!(
            "questionnaire invalid in {} field(s): {}",
            v.errors.len(),
            v.errors
                .iter()
                .map(|e| e.field.path())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => format!("{other:?}"),
    }
}

fn office(st: &mut Store) -> Result<Office> {
    Ok(st.self_office()?)
}

fn acting(who: &Who, office: &Office) -> Acting {
    Acting {
        role: who.role(),
        office: office.code,
        office_kind: office.kind,
    }
}

/// A case with what may be done to it now and the forms it may print.
#[derive(Debug, Clone)]
pub struct CaseView {
    pub record: CaseRecord,
    pub actions: Vec<Action>,
    pub forms: Vec<Annex>,
    /// The Annex 4-1 validity a direction issued today would have, under
    /// the case's profile.
    pub valid_until_today: Option<NaiveDate>,
    /// The counter visits linked to the case, with their times.
    pub visits: Vec<crate::store::Visit>,
}

fn case_view(st: &mut Store, who: &Who, now: Now, record: CaseRecord) -> Result<CaseView> {
    let office = office(st)?;
    let rules = st.rules()?;
    let profile = rules
        .profile_of_case(&record.profile_id, record.state.opened_on)
        .ok_or(StoreError::NoProfile(record.state.opened_on))?;
    let bodies = rulebook::bodies_from_setting(st.setting("approving_bodies")?.as_deref());
    let actions = rulebook::possible(
        &acting(who, &office),
        &rulebook::Case {
            state: &record.state,
            origin: record.summary.number.office,
            review: record.review_office,
            profile,
            calendar: &rules.calendar,
            bodies: &bodies,
        },
        now.today,
    );
    let forms = forms::printable_forms(&record.state, office.kind);
    let visits = st.visits_of_case(&record.summary.number)?;
    let valid_until_today = crate::domain::deadlines::DeadlineCalc::new(profile, &rules.calendar)
        .direction_valid_until(now.today);
    Ok(CaseView {
        record,
        actions,
        forms,
        valid_until_today,
        visits,
    })
}

/// Opens a case (the view is audited) with its possible actions.
pub fn open_case(st: &mut Store, who: &Who, now: Now, number: &CaseNumber) -> Result<CaseView> {
    logged(
        "open",
        Some(number),
        (|| {
            let rec = st.view_case(&who.actor, number, now.today, now.utc)?;
            case_view(st, who, now, rec)
        })(),
    )
}

/// A step of a case's life as a person asks for it: what they typed, the
/// dates and terms are the desk's (today, the rulebook's validity).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// An approving body's conclusion (or the reason it was not asked);
    /// a body's later conclusion corrects its earlier one.
    Conclusion {
        body: String,
        verdict: Verdict,
        reference: String,
    },
    Approve,
    Refuse {
        grounds: Vec<RefusalGround>,
    },
    MilitaryCertificate {
        issuer: String,
        number: String,
    },
    NotLiable,
    Deregistered,
    Decide,
    HandOver(Recipient),
    Transfer,
    RegistrationAnswer {
        person: String,
        registered: bool,
        details: String,
        reference: String,
        /// Whom of the questionnaire it is about, when it is one of them.
        subject: Option<Subject>,
    },
    /// A document an Annex 3 answer required again, presented now.
    Present {
        requirement: Requirement,
        subject: Subject,
        via: Via,
    },
    Correct {
        entry: Entry,
        note: String,
    },
}

/// An entry of a case's log: by its id (the window) or its place in the
/// log (the command line, `#` in `case show`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Id(Uuid),
    Seq(u32),
}

impl Step {
    fn event(self, today: NaiveDate, view: &CaseView) -> Result<EventKind> {
        let (actions, rec) = (&view.actions, &view.record);
        let trim = |s: String| s.trim().to_string();
        Ok(match self {
            Step::Conclusion {
                body,
                verdict,
                reference,
            } => {
                if body.trim().is_empty() {
                    return Err(DeskError::Incomplete("body"));
                }
                let verdict = match verdict {
                    Verdict::NotAsked(why) if why.trim().is_empty() => {
                        return Err(DeskError::Incomplete("not-asked"))
                    }
                    Verdict::NotAsked(why) => Verdict::NotAsked(trim(why)),
                    v => v,
                };
                EventKind::ConclusionRecorded {
                    conclusion: Conclusion::new(trim(body), verdict, today, trim(reference)),
                }
            }
            Step::Approve => {
                // The direction's validity is the rulebook's, under the
                // case's own profile.
                // When approval is not offered, the rulebook says why
                // (conclusions missing, a negative one, papers awaited …).
                let valid_until = actions
                    .iter()
                    .find_map(|a| match a {
                        Action::Approve { valid_until } => Some(*valid_until),
                        _ => None,
                    })
                    .or(view.valid_until_today)
                    .ok_or(DeskError::NotPossible("approve"))?;
                EventKind::Approved {
                    on: today,
                    valid_until,
                }
            }
            Step::Refuse { grounds } => EventKind::Refused {
                on: today,
                grounds: grounds
                    .into_iter()
                    .map(|g| RefusalGround {
                        ground: g.ground,
                        until: g.until.trim().to_string(),
                    })
                    .collect(),
            },
            Step::MilitaryCertificate { issuer, number } => {
                if issuer.trim().is_empty() || number.trim().is_empty() {
                    return Err(DeskError::Incomplete("certificate"));
                }
                EventKind::MilitaryCertificateReceived {
                    on: today,
                    issuer: trim(issuer),
                    number: trim(number),
                }
            }
            Step::NotLiable => EventKind::NotLiableForMilitary { on: today },
            Step::Deregistered => EventKind::ResidenceDeregistered { on: today },
            Step::Decide => EventKind::DecisionIssued { on: today },
            Step::HandOver(to) => EventKind::HandedOver { on: today, to },
            Step::Transfer => EventKind::TransferredToProvider { on: today },
            Step::RegistrationAnswer {
                person,
                registered,
                details,
                reference,
                subject,
            } => EventKind::RegistrationAnswerRecorded {
                answer: RegistrationAnswer {
                    on: today,
                    person: trim(person),
                    registered,
                    details: trim(details),
                    reference: trim(reference),
                    subject,
                },
            },
            Step::Present {
                requirement,
                subject,
                via,
            } => EventKind::DocumentPresented {
                on: today,
                requirement,
                subject,
                via,
            },
            Step::Correct { entry, note } => {
                let refers_to = match entry {
                    Entry::Id(id) => id,
                    Entry::Seq(seq) => rec
                        .events
                        .iter()
                        .find(|e| e.seq == seq)
                        .map(|e| e.id)
                        .ok_or(DeskError::Incomplete("entry"))?,
                };
                EventKind::Corrected {
                    refers_to,
                    note: trim(note),
                }
            }
        })
    }
}

/// Records a step of a case. The store checks the event with the rulebook
/// in the same transaction that writes it.
pub fn record(
    st: &mut Store,
    who: &Who,
    now: Now,
    number: &CaseNumber,
    step: Step,
) -> Result<CaseView> {
    logged(
        "record",
        Some(number),
        (|| {
            let before = st.view_case(&who.actor, number, now.today, now.utc)?;
            let view = case_view(st, who, now, before)?;
            let kind = step.event(now.today, &view)?;
            let rec = st.append_event(&who.actor, number, kind, now.today, now.utc)?;
            case_view(st, who, now, rec)
        })(),
    )
}

/// A form written to a file and recorded as issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printed {
    pub annex: Annex,
    pub lang: DocLang,
    pub path: PathBuf,
    pub bytes: usize,
    pub copies: u8,
}

/// The event whose author is a form's executor.
fn form_event(annex: Annex) -> &'static [&'static str] {
    match annex {
        Annex::A1 => &["decision_issued"],
        Annex::A1_1 => &["refused"],
        Annex::A2 | Annex::A3 => &["accepted", "refused_at_intake", "intake_opened"],
        Annex::A4 => &["accepted"],
        Annex::A4_1 => &["approved"],
        Annex::A5 => &["refused_at_intake"],
    }
}

/// The full name of whoever recorded the latest of `events` in the case's
/// log; blank where that person is not known here.
fn author(st: &Store, rec: &CaseRecord, events: &[&str]) -> Option<String> {
    let login = rec
        .events
        .iter()
        .rev()
        .find(|e| events.contains(&e.kind.name()))
        .map(|e| e.actor.clone())?;
    st.user_full_name(&login).ok().flatten()
}

/// Prints a form of a case: only where the form exists (`domain::forms`),
/// written atomically, then recorded as issued with its digest — one rule
/// for the names on it, whoever prints: the executor is the author of the
/// event the form stands for, "accepted by" the author of the acceptance
/// (or refusal) at intake. `to` is the file to write; `None` writes into
/// the workstation's forms directory.
pub fn print_form(
    st: &mut Store,
    who: &Who,
    now: Now,
    number: &CaseNumber,
    annex: Annex,
    lang: DocLang,
    to: Option<&Path>,
) -> Result<Printed> {
    logged(
        "print",
        Some(number),
        (|| {
            let rec = st.view_case(&who.actor, number, now.today, now.utc)?;
            print_record(st, who, now, &rec, annex, lang, to)
        })(),
    )
}

fn print_record(
    st: &mut Store,
    who: &Who,
    now: Now,
    rec: &CaseRecord,
    annex: Annex,
    lang: DocLang,
    to: Option<&Path>,
) -> Result<Printed> {
    let office = office(st)?;
    forms::printable(&rec.state, annex, office.kind)?;
    let number = rec.summary.number;
    let path = match to {
        Some(p) => p.to_path_buf(),
        None => st
            .forms_dir()
            .map_err(DeskError::FormsDir)?
            .join(print::form_file_name(&number, annex, lang)),
    };
    let executor = author(st, rec, form_event(annex));
    let accepted_by = author(st, rec, &["accepted", "refused_at_intake"]);
    let input = FormInput {
        case: rec,
        office: &office,
        executor: executor.as_deref(),
        accepted_by: accepted_by.as_deref(),
        lang,
        today: now.today,
    };
    let bytes = print::write_pdf(annex, &input, &path)?;
    st.record_form_issued(
        &who.actor,
        &number,
        &FormRecord {
            annex: annex.code(),
            lang: &lang.to_string(),
            copies: annex.copies(),
            sha256: &print::digest(&bytes),
            bytes: bytes.len() as u64,
        },
        now.utc,
    )?;
    tracing::info!(case = %number, annex = annex.code(), lang = %lang, bytes = bytes.len(), "form issued");
    Ok(Printed {
        annex,
        lang,
        path,
        bytes: bytes.len(),
        copies: annex.copies(),
    })
}

/// An intake committed, and its receipt.
#[derive(Debug)]
pub struct Committed {
    pub view: CaseView,
    /// The Annex 4 or Annex 5 receipt: `None` for an intake kept open; an
    /// error when the case is stored but the receipt could not be written
    /// (it prints again from the case page: nothing is lost).
    pub receipt: Option<Result<Printed>>,
}

/// Commits an intake as a new case — kept open, accepted (Annex 4) or
/// refused as incomplete (Annex 5) — exactly once per draft, then prints
/// its receipt in the applicant's language. An applicant with an open case
/// gets a second one only with `second_case`.
#[allow(clippy::too_many_arguments)]
pub fn commit_intake(
    st: &mut Store,
    who: &Who,
    now: Now,
    draft_id: Option<&str>,
    intake: &Intake,
    outcome: IntakeOutcome,
    second_case: bool,
    receipt_to: Option<&Path>,
) -> Result<Committed> {
    let rec = logged(
        "commit-intake",
        None,
        st.commit_draft(
            &who.actor,
            draft_id,
            intake,
            outcome,
            second_case,
            now.today,
            now.utc,
        ),
    )?;
    // The receipt the act gives the counter: Annex 4, or Annex 5 where it
    // is the State Corporation's to issue (`forms::printable`); a police
    // office's refusal at intake is recorded with its missing documents
    // and prints nothing.
    let kind = office(st)?.kind;
    let annex = match outcome {
        IntakeOutcome::Open => None,
        IntakeOutcome::Accept => Some(Annex::A4),
        IntakeOutcome::RefuseIncomplete => Some(Annex::A5),
    }
    .filter(|a| forms::printable(&rec.state, *a, kind).is_ok());
    let number = rec.summary.number;
    let receipt = annex.map(|a| {
        logged(
            "receipt",
            Some(&number),
            print_record(st, who, now, &rec, a, intake.lang, receipt_to),
        )
    });
    let view = case_view(st, who, now, rec)?;
    Ok(Committed { view, receipt })
}

/// The receipt a case's intake gave (Annex 4 for an acceptance, Annex 5
/// for a refusal at a State Corporation counter) when none was recorded as
/// issued: the retry of an import whose receipt a crash lost after the
/// commit. `None` when it was issued, or when the intake gives none.
pub fn receipt_owed(
    st: &mut Store,
    who: &Who,
    now: Now,
    number: &CaseNumber,
    to: Option<&Path>,
) -> Result<Option<Printed>> {
    let rec = st.view_case(&who.actor, number, now.today, now.utc)?;
    let given = |kind: &str| rec.events.iter().any(|e| e.kind.name() == kind);
    let annex = if given("accepted") {
        Annex::A4
    } else if given("refused_at_intake") {
        Annex::A5
    } else {
        return Ok(None);
    };
    if forms::printable(&rec.state, annex, office(st)?.kind).is_err() {
        return Ok(None);
    }
    let issued = st.issued_forms(number)?;
    if issued.iter().any(|f| f.annex == annex.code()) {
        return Ok(None);
    }
    let lang = rec.state.intake.lang;
    logged(
        "receipt",
        Some(number),
        print_record(st, who, now, &rec, annex, lang, to),
    )
    .map(Some)
}

/// The complaint registered and its confirmation for the complainant.
#[derive(Debug)]
pub struct Registered {
    pub complaint: Complaint,
    /// The confirmation PDF; an error when the complaint is registered but
    /// the confirmation could not be written (it prints again).
    pub confirmation: Result<PathBuf>,
}

/// Registers a complaint (para 11) and writes its confirmation, to `to`
/// or into the forms directory. Para 11: the registration names «шағымды
/// қабылдаған адамның тегін және аты-жөнін» — the signed-in user who
/// accepts it, always (their full name; the login where the user is not
/// known here).
pub fn register_complaint(
    st: &mut Store,
    who: &Who,
    now: Now,
    complaint: &NewComplaint,
    lang: DocLang,
    to: Option<&Path>,
) -> Result<Registered> {
    let accepted_by = st
        .user_full_name(&who.actor.name)
        .ok()
        .flatten()
        .unwrap_or_else(|| who.actor.name.clone());
    let c = logged(
        "complaint-register",
        None,
        st.register_complaint(&who.actor, &accepted_by, complaint, now.today, now.utc),
    )?;
    let confirmation = logged(
        "complaint-confirmation",
        None,
        complaint_confirmation(st, who, now, &c, lang, to),
    );
    Ok(Registered {
        complaint: c,
        confirmation,
    })
}

/// Writes a complaint's confirmation atomically and records it.
pub fn complaint_confirmation(
    st: &mut Store,
    who: &Who,
    now: Now,
    c: &Complaint,
    lang: DocLang,
    to: Option<&Path>,
) -> Result<PathBuf> {
    let office = office(st)?;
    let bytes = print::complaint_confirmation(c, &office, lang)?;
    let path = match to {
        Some(p) => p.to_path_buf(),
        None => st
            .forms_dir()
            .map_err(DeskError::FormsDir)?
            .join(format!("complaint-{}-{lang}.pdf", c.number)),
    };
    print::write_atomically(&path, &bytes)?;
    st.record_confirmation_issued(&who.actor, c.id, &print::digest(&bytes), now.utc)?;
    Ok(path)
}

/// Records the answer to a complaint.
pub fn answer_complaint(
    st: &mut Store,
    who: &Who,
    now: Now,
    id: i64,
    answer: &str,
    by_post: bool,
) -> Result<Complaint> {
    let delivery = if by_post { "post" } else { "in_person" };
    logged(
        "complaint-answer",
        None,
        st.answer_complaint(&who.actor, id, answer, delivery, now.today, now.utc)
            .and_then(|_| st.complaint(id)),
    )
}

/// Para 13: a request to take the documents at the applicant's home.
pub fn request_home_visit(
    st: &mut Store,
    who: &Who,
    now: Now,
    v: &NewHomeVisit,
) -> Result<crate::store::HomeVisit> {
    logged(
        "home-visit-request",
        None,
        st.request_home_visit(&who.actor, v, now.today, now.utc),
    )
}

pub fn schedule_home_visit(
    st: &mut Store,
    who: &Who,
    now: Now,
    id: i64,
    on: NaiveDate,
) -> Result<crate::store::HomeVisit> {
    logged(
        "home-visit-schedule",
        None,
        st.schedule_home_visit(&who.actor, id, on, now.today, now.utc),
    )
}

pub fn home_visit_done(
    st: &mut Store,
    who: &Who,
    now: Now,
    id: i64,
    case: &CaseNumber,
) -> Result<crate::store::HomeVisit> {
    logged(
        "home-visit-done",
        Some(case),
        st.home_visit_done(&who.actor, id, case, now.today, now.utc),
    )
}
