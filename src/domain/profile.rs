//! The regulation profile: the standard's rules as data with effective
//! dates (time limits, visit limits, fee rule, document rules, refusal
//! grounds), and the dated MCI table the fee is computed from.
//!
//! The standard of order No. 254 ships as `assets/rules/profile-standard.json`;
//! a later regime (e.g. the 2020 rules: 20 working days, day of filing not
//! counted) is one more JSON file imported by an administrator.

use super::calendar::{WeekRegime, WorkingCalendar};
use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    CalendarDays,
    WorkingDays,
    Months,
}

/// A time limit: an amount of a unit, counted from a start day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    pub amount: u32,
    pub unit: Unit,
    /// Whether the start day is day 1 (the standard: "the day of acceptance
    /// is not counted", so `false`).
    #[serde(default)]
    pub count_start_day: bool,
}

impl Limit {
    pub const fn calendar(amount: u32) -> Limit {
        Limit {
            amount,
            unit: Unit::CalendarDays,
            count_start_day: false,
        }
    }

    /// The last day of the limit started on `start`. Working days come from
    /// `cal` (its regime decides Saturdays).
    pub fn due(&self, start: NaiveDate, cal: &mut WorkingCalendar) -> Option<NaiveDate> {
        let n = self.amount;
        match self.unit {
            Unit::CalendarDays => {
                let n = if self.count_start_day {
                    n.saturating_sub(1)
                } else {
                    n
                };
                start.checked_add_days(Days::new(u64::from(n)))
            }
            Unit::WorkingDays => {
                if self.count_start_day && cal.is_working_day(start) {
                    if n == 0 {
                        return Some(start);
                    }
                    cal.add_working_days(start, n - 1)
                } else {
                    cal.add_working_days(start, n)
                }
            }
            // chrono clamps to the last day of a shorter month (31 Jan + 1
            // month = 28/29 Feb), the Civil Code's rule for month periods.
            Unit::Months => start.checked_add_months(Months::new(n)),
        }
    }
}

/// The stages of para 4, plus the outer bound of the whole service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Stage 1: review with the approving bodies' conclusions.
    Review,
    /// Stage 2: the Annex 4-1 direction or the refusal notice.
    Direction,
    /// Stage 3: military and residence deregistration.
    Deregistration,
    /// Stage 4: the Annex 1 decision handed out.
    Handover,
    /// The outer bound of the whole service.
    Total,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageLimit {
    pub stage: Stage,
    pub limit: Limit,
}

/// Time limits for one kind of office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeLimits {
    /// Chained stages in order; `Total` runs from acceptance.
    pub stages: Vec<StageLimit>,
    /// The stages whose end is the "come on …" date of Annex 4.
    pub come_back_after: Vec<Stage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    pub provider: OfficeLimits,
    pub state_corporation: OfficeLimits,
    /// The working-week regime the offices keep (para 8: Monday–Saturday).
    pub office_regime: WeekRegime,
    /// A due date on a day off of the office moves to the next working day
    /// (the Civil Code's rule for periods ending on a day off): the
    /// applicant cannot be asked to come on a Sunday or a holiday.
    pub roll_forward_to_working_day: bool,
    /// Annex 4-1 "valid until".
    pub direction_validity: Limit,
    /// An uncollected decision stays at the State Corporation this long.
    pub storage: Limit,
    /// Complaints to the provider / State Corporation (para 11).
    pub complaint: Limit,
    /// Complaints to the quality-assessment authority (para 11).
    pub complaint_quality: Limit,
    /// The working-week regime complaint limits are counted in.
    pub complaint_regime: WeekRegime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VisitLimit {
    pub wait_minutes: u32,
    pub service_minutes: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VisitLimits {
    pub provider: VisitLimit,
    pub state_corporation: VisitLimit,
    /// The share of a limit at which the timer turns amber.
    pub warn_percent: u32,
}

impl VisitLimits {
    /// The limits of an office of this kind (15 minutes at a State
    /// Corporation counter, 30 at a migration police office).
    pub fn for_office(&self, kind: super::OfficeKind) -> VisitLimit {
        match kind {
            // A contact centre and the ministry have no counter: the State
            // Corporation's limits, never used.
            super::OfficeKind::StateCorporation
            | super::OfficeKind::ContactCentre
            | super::OfficeKind::Ministry => self.state_corporation,
            super::OfficeKind::MigrationPolice => self.provider,
        }
    }
}

/// Ages and cut-offs of the para 9 document rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentRules {
    /// Para 9(2): birth certificates of children under this age.
    pub birth_certificate_under: u32,
    /// Para 9(4): guardianship conclusion for children of this age or older.
    pub guardianship_from: u32,
    /// Para 9(5): other parent's consent for children under this age.
    pub other_parent_consent_under: u32,
    /// Para 9: documents registered after the end of this year are in the
    /// state information systems (State Corporation counters fetch them).
    pub info_system_after_year: i32,
    /// Which para 9 requirements are in force.
    pub required: Vec<super::documents::Requirement>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeeRule {
    /// The fee as a multiple of the MCI (the standard: 1).
    pub mci_multiple: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegulationProfile {
    pub id: String,
    pub title: String,
    pub effective_from: NaiveDate,
    #[serde(default)]
    pub effective_to: Option<NaiveDate>,
    pub limits: Limits,
    pub visit: VisitLimits,
    pub fee: FeeRule,
    pub documents: DocumentRules,
    /// Para 10 refusal grounds in force, by number.
    pub grounds: Vec<u8>,
    /// Grounds whose end the notice need not spell out (para 10(8), a tax
    /// debt: it ends when paid); every other ground needs its "until …".
    #[serde(default = "default_grounds_without_until")]
    pub grounds_without_until: Vec<u8>,
}

fn default_grounds_without_until() -> Vec<u8> {
    vec![8]
}

impl RegulationProfile {
    pub fn in_force_on(&self, d: NaiveDate) -> bool {
        self.effective_from <= d && self.effective_to.is_none_or(|to| d <= to)
    }

    pub fn office_limits(&self, kind: super::OfficeKind) -> &OfficeLimits {
        match kind {
            super::OfficeKind::StateCorporation
            | super::OfficeKind::ContactCentre
            | super::OfficeKind::Ministry => &self.limits.state_corporation,
            super::OfficeKind::MigrationPolice => &self.limits.provider,
        }
    }

    pub fn visit_limit(&self, kind: super::OfficeKind) -> VisitLimit {
        match kind {
            super::OfficeKind::StateCorporation
            | super::OfficeKind::ContactCentre
            | super::OfficeKind::Ministry => self.visit.state_corporation,
            super::OfficeKind::MigrationPolice => self.visit.provider,
        }
    }
}

/// The profile in force on `date`: the latest that started on or before it.
pub fn profile_for(profiles: &[RegulationProfile], date: NaiveDate) -> Option<&RegulationProfile> {
    profiles
        .iter()
        .filter(|p| p.in_force_on(date))
        .max_by_key(|p| p.effective_from)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MciEntry {
    pub from: NaiveDate,
    pub tenge: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The dated MCI table.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MciTable {
    pub entries: Vec<MciEntry>,
}

impl MciTable {
    /// The MCI in force on `d`, or `None` before the first entry.
    pub fn on(&self, d: NaiveDate) -> Option<u32> {
        self.entries
            .iter()
            .filter(|e| e.from <= d)
            .max_by_key(|e| e.from)
            .map(|e| e.tenge)
    }

    /// The state fee in tenge on the day of payment.
    pub fn fee(&self, rule: &FeeRule, paid_on: NaiveDate) -> Option<u64> {
        self.on(paid_on)
            .map(|m| u64::from(m) * u64::from(rule.mci_multiple))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::Rules;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn mci_table_by_date() {
        let r = Rules::shipped();
        assert_eq!(r.mci.on(d(2014, 12, 31)), None);
        assert_eq!(r.mci.on(d(2020, 3, 31)), Some(2651));
        assert_eq!(r.mci.on(d(2020, 4, 1)), Some(2778));
        assert_eq!(r.mci.on(d(2026, 11, 25)), Some(4325));
        let p = r.profile_on(d(2026, 11, 25)).unwrap();
        assert_eq!(r.mci.fee(&p.fee, d(2025, 12, 31)), Some(3932));
    }

    #[test]
    fn limits() {
        let r = Rules::shipped();
        let mut cal = r.calendar(WeekRegime::SixDay);
        assert_eq!(
            Limit::calendar(21).due(d(2026, 1, 10), &mut cal),
            Some(d(2026, 1, 31))
        );
        let counted = Limit {
            amount: 21,
            unit: Unit::CalendarDays,
            count_start_day: true,
        };
        assert_eq!(counted.due(d(2026, 1, 10), &mut cal), Some(d(2026, 1, 30)));
        let month = Limit {
            amount: 1,
            unit: Unit::Months,
            count_start_day: false,
        };
        assert_eq!(month.due(d(2026, 1, 31), &mut cal), Some(d(2026, 2, 28)));
        assert_eq!(month.due(d(2028, 1, 31), &mut cal), Some(d(2028, 2, 29)));
    }
}
