//! The records the program reasons about — an office, a case with what
//! its page shows, a line of the case list, a complaint — shared by the
//! store that keeps them, the forms that print them and the front ends.

use super::access::Role;
use super::case::{CaseEvent, CaseNumber, CaseState, Status};
use super::checklist::Checklist;
use super::complaint::{Complainant, NewComplaint};
use super::deadlines::Deadline;
use super::home_visit::NewHomeVisit;
use super::visit::VisitTimes;
use super::OfficeKind;
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

/// This workstation's office, or another office known to it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Office {
    pub id: String,
    /// Unique code (1–9999), the first part of every case number.
    pub code: u16,
    pub kind: OfficeKind,
    /// The office's name in Kazakh, and in Russian (`name_ru`): a form
    /// prints the one of its own language.
    pub name: String,
    pub name_ru: String,
    /// The department number as printed on forms (Annex 5).
    pub number: String,
    /// The address in Kazakh, and in Russian.
    pub address: String,
    pub address_ru: String,
    pub phone: String,
}

impl Office {
    /// The office's name in a document's language (the Kazakh one where
    /// the Russian was never given).
    pub fn name_in(&self, lang: super::DocLang) -> String {
        match lang {
            super::DocLang::Ru if !self.name_ru.trim().is_empty() => self.name_ru.clone(),
            _ => self.name.clone(),
        }
    }

    /// The office's address in a document's language.
    pub fn address_in(&self, lang: super::DocLang) -> String {
        match lang {
            super::DocLang::Ru if !self.address_ru.trim().is_empty() => self.address_ru.clone(),
            _ => self.address.clone(),
        }
    }
}

/// One line of the case list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseSummary {
    pub id: String,
    pub number: CaseNumber,
    pub status: Status,
    pub iin: String,
    pub full_name: String,
    pub opened_on: NaiveDate,
    pub accepted_on: Option<NaiveDate>,
    pub next_due: Option<NaiveDate>,
    pub next_due_kind: Option<String>,
}

/// A case with everything the case page shows.
#[derive(Debug, Clone, Serialize)]
pub struct CaseRecord {
    pub summary: CaseSummary,
    pub state: CaseState,
    pub events: Vec<CaseEvent>,
    /// For an open intake: as of today; afterwards: as accepted / refused.
    pub checklist: Checklist,
    pub deadlines: Vec<Deadline>,
    pub profile_id: String,
    /// The office that reviews the case, once submitted for review.
    pub review_office: Option<u16>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchPage {
    pub rows: Vec<CaseSummary>,
    /// Whether there is a next page.
    pub more: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Complaint {
    pub id: i64,
    /// The incoming number: office code, year, sequence.
    pub number: String,
    pub registered_on: NaiveDate,
    pub accepted_by: String,
    pub complaint: NewComplaint,
    pub due_on: NaiveDate,
    pub answered_on: Option<NaiveDate>,
    pub answer: Option<String>,
    pub delivery: Option<String>,
}

impl Complaint {
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        match self.answered_on {
            Some(a) => a > self.due_on,
            None => today > self.due_on,
        }
    }
    pub fn complainant_name(&self) -> &str {
        match &self.complaint.complainant {
            Complainant::Person { full_name, .. } => full_name,
            Complainant::Entity { name, .. } => name,
        }
    }
}

// ---- people, the counter, drafts and sync: the records the front ends
// reason about (kept by the store, shown by the window and the command
// line).

#[derive(Debug, Clone)]
pub struct NewUser {
    pub login: String,
    pub full_name: String,
    pub role: Role,
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct User {
    pub id: i64,
    pub login: String,
    pub full_name: String,
    pub role: Role,
    pub active: bool,
    pub locked_until: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoginOutcome {
    Ok(User),
    /// Wrong login or password (not told apart, on purpose).
    Wrong {
        attempts_left: u32,
    },
    Locked {
        until: NaiveDateTime,
    },
    Disabled,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Visit {
    pub id: i64,
    pub ticket: String,
    pub times: VisitTimes,
    pub clerk_id: Option<i64>,
    pub outcome: Option<String>,
    pub wait_breach_reason: Option<String>,
    pub service_breach_reason: Option<String>,
    pub case: Option<crate::domain::case::CaseNumber>,
}

/// One bar of the chart: a counter's served visits on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitDayStat {
    pub day: chrono::NaiveDate,
    pub counter: String,
    pub served: i64,
    pub within: i64,
}

impl VisitDayStat {
    /// The share within the limits, in whole per cent.
    pub fn percent(&self) -> i64 {
        if self.served == 0 {
            100
        } else {
            self.within * 100 / self.served
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HomeVisit {
    pub id: i64,
    /// Office code, year, sequence.
    pub number: String,
    pub requested_on: NaiveDate,
    pub taken_by: String,
    pub request: NewHomeVisit,
    pub scheduled_on: Option<NaiveDate>,
    pub scheduled_by: Option<String>,
    pub done_on: Option<NaiveDate>,
    pub case: Option<CaseNumber>,
}

/// A saved intake draft: the questionnaire as JSON and the raw text of
/// fields that are not valid yet (dates being typed), with the draft's
/// identity and the generation of the save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub draft_id: Option<String>,
    pub generation: u64,
    pub intake: String,
    pub raw: String,
    pub updated_at: NaiveDateTime,
}

/// What became of a draft save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftSaved {
    Saved,
    /// A newer save of the same draft is already stored: this one is older
    /// and was dropped.
    Stale,
    /// The draft was committed as a case: it is not brought back.
    Committed,
}

/// The figures of the sync status line and the administrator's view.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct SyncCounts {
    /// Outbox rows not yet accepted by the server.
    pub waiting: i64,
    pub oldest_waiting: Option<NaiveDateTime>,
    /// Published, no receipt from the destination yet.
    pub unreceipted: i64,
    /// Stored, waiting for an earlier event of their case.
    pub inbox_pending: i64,
    pub parked: i64,
    pub quarantined: i64,
    /// Of those, messages written for a newer program: kept until this
    /// workstation is upgraded (their cases wait).
    pub awaiting_update: i64,
    pub conflicts: i64,
    /// Quarantined messages whose bytes were not kept (too large, or over
    /// a quota): only their record.
    pub dropped: i64,
    /// Quarantine records removed by age or number, ever.
    pub expired: i64,
    /// The bytes quarantine holds.
    pub quarantine_bytes: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WaitingRow {
    pub seq: i64,
    pub case_number: String,
    pub event_type: String,
    pub destination: u16,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
    pub published_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ParkedRow {
    pub event_id: String,
    pub case_number: String,
    pub seq: i64,
    pub origin_office: u16,
    pub error: String,
    pub received_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct QuarantineRow {
    pub id: i64,
    pub subject: String,
    pub reason: String,
    pub received_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ConflictRow {
    pub id: i64,
    pub case_number: String,
    pub seq: i64,
    pub local_event: String,
    pub remote_event: String,
    pub remote_office: u16,
    pub detected_at: NaiveDateTime,
    pub resolved_by: Option<String>,
    pub note: Option<String>,
}
