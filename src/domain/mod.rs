//! The law, as pure rules: no I/O, no clock reads. "Today" and "now" are
//! always arguments.

pub mod access;
pub mod calendar;
pub mod case;
pub mod checklist;
pub mod complaint;
pub mod deadlines;
pub mod demo;
pub mod documents;
pub mod envelope;
pub mod field;
pub mod forms;
pub mod home_visit;
pub mod ids;
pub mod intake;
pub mod places;
pub mod profile;
pub mod public_status;
pub mod records;
pub mod regions;
pub mod report;
pub mod rulebook;
pub mod rules;
pub mod surname;
pub mod sync_config;
pub mod visit;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The two kinds of office that accept applications and hand out results
/// (para 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfficeKind {
    /// A department of the State Corporation "Government for Citizens".
    StateCorporation,
    /// A territorial migration police office: the provider.
    MigrationPolice,
    /// The unified contact centre (1414, para 15): its operators tell
    /// callers the status of their applications from the hub's status
    /// records; it holds no case.
    ContactCentre,
    /// The ministry (the Committee of the migration service): it reads
    /// every office's events into a read-only replica and takes the
    /// national report from it; it writes no event.
    Ministry,
}

impl OfficeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OfficeKind::StateCorporation => "state_corporation",
            OfficeKind::MigrationPolice => "migration_police",
            OfficeKind::ContactCentre => "contact_centre",
            OfficeKind::Ministry => "ministry",
        }
    }

    /// Whether the office takes applications and keeps cases (a contact
    /// centre and the ministry do neither: the ministry keeps a read-only
    /// replica of every office's cases, for the national report).
    pub fn holds_cases(self) -> bool {
        matches!(
            self,
            OfficeKind::StateCorporation | OfficeKind::MigrationPolice
        )
    }

    /// Whether the office's workstations run the sync engine: those that
    /// hold cases, and the ministry, which reads them all.
    pub fn syncs(self) -> bool {
        self.holds_cases() || self == OfficeKind::Ministry
    }
}

impl FromStr for OfficeKind {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "state_corporation" | "state-corporation" | "sc" => Ok(OfficeKind::StateCorporation),
            "migration_police" | "migration-police" | "police" => Ok(OfficeKind::MigrationPolice),
            "contact_centre" | "contact-centre" | "1414" => Ok(OfficeKind::ContactCentre),
            "ministry" => Ok(OfficeKind::Ministry),
            _ => Err(()),
        }
    }
}

/// The language of a printed document: the applicant's choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocLang {
    #[default]
    Kk,
    Ru,
}

impl fmt::Display for DocLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DocLang::Kk => "kk",
            DocLang::Ru => "ru",
        })
    }
}

impl FromStr for DocLang {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "kk" => Ok(DocLang::Kk),
            "ru" => Ok(DocLang::Ru),
            _ => Err(()),
        }
    }
}

/// Completed years of age on `on`.
///
/// A person reaches an age at the start of the birthday. Someone born on
/// 29 February reaches it on 28 February of a common year: a period counted
/// in years that ends in a month without the matching day ends on the last
/// day of that month (the Civil Code's rule for periods).
pub fn age_on(born: NaiveDate, on: NaiveDate) -> u32 {
    if on < born {
        return 0;
    }
    let mut years = on.year() - born.year();
    let birthday_this_year = NaiveDate::from_ymd_opt(on.year(), born.month(), born.day())
        .or_else(|| NaiveDate::from_ymd_opt(on.year(), born.month(), 28))
        .unwrap_or(on);
    if on < birthday_this_year {
        years -= 1;
    }
    years.max(0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn age_counts_the_birthday_itself() {
        assert_eq!(age_on(d(2010, 11, 25), d(2026, 11, 25)), 16);
        assert_eq!(age_on(d(2010, 11, 25), d(2026, 11, 24)), 15);
        assert_eq!(age_on(d(2010, 11, 25), d(2009, 1, 1)), 0);
    }

    #[test]
    fn leap_day_birthdays() {
        assert_eq!(age_on(d(2008, 2, 29), d(2026, 2, 27)), 17);
        assert_eq!(age_on(d(2008, 2, 29), d(2026, 2, 28)), 18);
        assert_eq!(age_on(d(2008, 2, 29), d(2028, 2, 28)), 19);
        assert_eq!(age_on(d(2008, 2, 29), d(2028, 2, 29)), 20);
    }
}
