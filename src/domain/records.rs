//! The records the program reasons about — an office, a case with what
//! its page shows, a line of the case list, a complaint — shared by the
//! store that keeps them, the forms that print them and the front ends.

use super::case::{CaseEvent, CaseNumber, CaseState, Status};
use super::checklist::Checklist;
use super::complaint::{Complainant, NewComplaint};
use super::deadlines::Deadline;
use super::OfficeKind;
use chrono::NaiveDate;
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
