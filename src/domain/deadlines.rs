//! Due dates of every stage (para 4), the Annex 4 "come on …" date, the
//! Annex 4-1 validity, the month of storage, and complaint limits (para 11).

use super::calendar::{CalendarData, WorkingCalendar};
use super::case::{CaseState, Status};
use super::profile::{Limit, RegulationProfile, Stage};
use super::OfficeKind;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// Stage 1: review with the approving bodies' conclusions.
    Review,
    /// Stage 2: the Annex 4-1 direction or the refusal notice.
    Direction,
    /// Stage 3: military certificate and residence deregistration (7 days).
    Deregistration,
    /// Stage 4: the Annex 1 decision handed out.
    Handover,
    /// The outer bound of the service at the provider (30 days).
    Total,
    /// Annex 4-1 "valid until".
    DirectionValidity,
    /// One month of storage at the State Corporation, then transfer.
    Storage,
}

impl DeadlineKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineKind::Review => "review",
            DeadlineKind::Direction => "direction",
            DeadlineKind::Deregistration => "deregistration",
            DeadlineKind::Handover => "handover",
            DeadlineKind::Total => "total",
            DeadlineKind::DirectionValidity => "direction_validity",
            DeadlineKind::Storage => "storage",
        }
    }
}

impl From<Stage> for DeadlineKind {
    fn from(s: Stage) -> Self {
        match s {
            Stage::Review => DeadlineKind::Review,
            Stage::Direction => DeadlineKind::Direction,
            Stage::Deregistration => DeadlineKind::Deregistration,
            Stage::Handover => DeadlineKind::Handover,
            Stage::Total => DeadlineKind::Total,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub kind: DeadlineKind,
    pub due: NaiveDate,
    /// When the stage was completed, if it was.
    pub done_on: Option<NaiveDate>,
}

impl Deadline {
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        match self.done_on {
            Some(done) => done > self.due,
            None => today > self.due,
        }
    }
}

/// Computes due dates with one profile and the office's calendar.
pub struct DeadlineCalc<'a> {
    pub profile: &'a RegulationProfile,
    cal: WorkingCalendar,
}

impl<'a> DeadlineCalc<'a> {
    pub fn new(profile: &'a RegulationProfile, calendar: &Arc<CalendarData>) -> Self {
        DeadlineCalc {
            profile,
            cal: WorkingCalendar::new(Arc::clone(calendar), profile.limits.office_regime),
        }
    }

    fn due(&mut self, limit: Limit, from: NaiveDate) -> Option<NaiveDate> {
        let d = limit.due(from, &mut self.cal)?;
        if self.profile.limits.roll_forward_to_working_day {
            self.cal.next_working_day_from(d)
        } else {
            Some(d)
        }
    }

    fn stage_limit(&self, office: OfficeKind, stage: Stage) -> Option<Limit> {
        self.profile
            .office_limits(office)
            .stages
            .iter()
            .find(|s| s.stage == stage)
            .map(|s| s.limit)
    }

    /// Planned due dates of the chained stages from acceptance, in order.
    pub fn planned(
        &mut self,
        office: OfficeKind,
        accepted_on: NaiveDate,
    ) -> Vec<(Stage, NaiveDate)> {
        let stages = self.profile.office_limits(office).stages.clone();
        let mut out = Vec::new();
        let mut from = accepted_on;
        for s in stages {
            let start = if s.stage == Stage::Total {
                accepted_on
            } else {
                from
            };
            if let Some(due) = self.due(s.limit, start) {
                out.push((s.stage, due));
                if s.stage != Stage::Total {
                    from = due;
                }
            }
        }
        out
    }

    /// The Annex 4 "come to the provider on …" date: the end of the stages
    /// the profile names (review + direction), never after the outer bound.
    pub fn come_back_on(
        &mut self,
        office: OfficeKind,
        accepted_on: NaiveDate,
    ) -> Option<NaiveDate> {
        let planned = self.planned(office, accepted_on);
        let wanted = &self.profile.office_limits(office).come_back_after;
        let end = planned
            .iter()
            .filter(|(s, _)| wanted.contains(s))
            .map(|(_, d)| *d)
            .max()?;
        let total = planned
            .iter()
            .find(|(s, _)| *s == Stage::Total)
            .map(|(_, d)| *d);
        Some(total.map_or(end, |t| end.min(t)))
    }

    /// Annex 4-1 "valid until".
    pub fn direction_valid_until(&mut self, issued_on: NaiveDate) -> Option<NaiveDate> {
        self.profile
            .limits
            .direction_validity
            .due(issued_on, &mut self.cal)
    }

    /// The last day an uncollected decision stays at the State Corporation.
    pub fn storage_ends_on(&mut self, decision_on: NaiveDate) -> Option<NaiveDate> {
        self.profile.limits.storage.due(decision_on, &mut self.cal)
    }

    /// Every due date of a case in its current state.
    pub fn for_case(&mut self, case: &CaseState) -> Vec<Deadline> {
        let Some(accepted) = case.accepted_on else {
            return vec![];
        };
        let office = case.office_kind;
        let mut out = Vec::new();
        let stage2_done = case.approved_on.or(case.refused_on);
        let dereg_done = match (&case.military, case.residence_deregistered_on) {
            (Some(m), Some(r)) => Some(m.on().max(r)),
            _ => None,
        };
        for (stage, planned_due) in self.planned(office, accepted) {
            let (due, done_on) = match stage {
                Stage::Review => (planned_due, stage2_done),
                Stage::Direction => (planned_due, stage2_done),
                // Stage 3 runs from the actual issue of the direction.
                Stage::Deregistration => match case.approved_on {
                    Some(a) => match self.stage_limit(office, stage).and_then(|l| self.due(l, a)) {
                        Some(due) => (due, dereg_done),
                        None => continue,
                    },
                    None if case.refused_on.is_some() => continue,
                    None => (planned_due, None),
                },
                // Stage 4 runs from the end of deregistration.
                Stage::Handover => match dereg_done {
                    Some(from) => match self
                        .stage_limit(office, stage)
                        .and_then(|l| self.due(l, from))
                    {
                        Some(due) => (
                            due,
                            case.handed_over_on
                                .or(case.transferred_on)
                                .or(case.decision_issued_on),
                        ),
                        None => continue,
                    },
                    None if case.refused_on.is_some() => continue,
                    None => (planned_due, None),
                },
                Stage::Total => (planned_due, case.decision_issued_on.or(case.refused_on)),
            };
            out.push(Deadline {
                kind: stage.into(),
                due,
                done_on,
            });
        }
        if let (Some(a), Some(until)) = (case.approved_on, case.direction_valid_until) {
            let _ = a;
            out.push(Deadline {
                kind: DeadlineKind::DirectionValidity,
                due: until,
                done_on: case.military.as_ref().map(|m| m.on()),
            });
        }
        if let (Some(dec), OfficeKind::StateCorporation) = (case.decision_issued_on, office) {
            if let Some(due) = self.storage_ends_on(dec) {
                out.push(Deadline {
                    kind: DeadlineKind::Storage,
                    due,
                    done_on: case.handed_over_on.or(case.transferred_on),
                });
            }
        }
        if case.status.is_closed() {
            // A closed case has nothing pending: open stages are moot.
            out.retain(|d| d.done_on.is_some());
        }
        out
    }

    /// The next pending due date of a case.
    pub fn next_due(&mut self, case: &CaseState) -> Option<Deadline> {
        let all = self.for_case(case);
        next_pending(case.status, &all)
    }
}

/// The earliest deadline not yet met, of a case in `status`.
pub fn next_pending(status: Status, deadlines: &[Deadline]) -> Option<Deadline> {
    if status.is_closed() || status == Status::IntakeOpen {
        return None;
    }
    deadlines
        .iter()
        .filter(|d| d.done_on.is_none())
        .min_by_key(|d| d.due)
        .cloned()
}

/// The due date of a complaint registered on `registered_on` (para 11):
/// 5 working days, 15 at the quality-assessment authority.
pub fn complaint_due(
    profile: &RegulationProfile,
    calendar: &Arc<CalendarData>,
    registered_on: NaiveDate,
    quality_authority: bool,
) -> Option<NaiveDate> {
    let mut cal = WorkingCalendar::new(Arc::clone(calendar), profile.limits.complaint_regime);
    let limit = if quality_authority {
        profile.limits.complaint_quality
    } else {
        profile.limits.complaint
    };
    limit.due(registered_on, &mut cal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::{CaseEvent, EventKind};
    use crate::domain::rules::{Rules, SHIPPED_CALENDAR, SHIPPED_MCI, SHIPPED_PROFILE};
    use crate::domain::{checklist, demo::sample_intake};
    use uuid::Uuid;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn calc(r: &Rules, on: NaiveDate) -> DeadlineCalc<'_> {
        DeadlineCalc::new(r.profile_on(on).unwrap(), &r.calendar)
    }

    #[test]
    fn state_corporation_chain_skips_the_acceptance_day() {
        let r = Rules::shipped();
        let mut c = calc(&r, d(2026, 11, 25));
        // Wed 25 Nov 2026 + 21 = Wed 16 Dec: Independence Day → Thu 17 Dec.
        let p = c.planned(OfficeKind::StateCorporation, d(2026, 11, 25));
        assert_eq!(p[0], (Stage::Review, d(2026, 12, 17)));
        assert_eq!(p[1], (Stage::Direction, d(2026, 12, 18)));
        assert_eq!(
            c.come_back_on(OfficeKind::StateCorporation, d(2026, 11, 25)),
            Some(d(2026, 12, 18))
        );
    }

    #[test]
    fn acceptance_on_a_saturday() {
        let r = Rules::shipped();
        let mut c = calc(&r, d(2026, 11, 21));
        // Sat 21 Nov + 21 = Sat 12 Dec (a working day for a six-day office),
        // + 1 = Sun 13 Dec → Mon 14 Dec.
        assert_eq!(
            c.come_back_on(OfficeKind::StateCorporation, d(2026, 11, 21)),
            Some(d(2026, 12, 14))
        );
    }

    #[test]
    fn the_provider_is_bounded_by_thirty_days() {
        let r = Rules::shipped();
        let mut c = calc(&r, d(2026, 3, 2));
        let p = c.planned(OfficeKind::MigrationPolice, d(2026, 3, 2));
        let total = p.iter().find(|(s, _)| *s == Stage::Total).unwrap().1;
        // Mon 2 Mar + 30 = Wed 1 Apr.
        assert_eq!(total, d(2026, 4, 1));
        // + 21 = Mon 23 Mar (Nauryz) → past the six-day block to Wed 25 Mar;
        // + 1 = Thu 26 Mar.
        assert_eq!(
            c.come_back_on(OfficeKind::MigrationPolice, d(2026, 3, 2)),
            Some(d(2026, 3, 26))
        );
    }

    #[test]
    fn a_year_boundary_and_the_new_year_holidays() {
        let r = Rules::shipped();
        let mut c = calc(&r, d(2026, 12, 10));
        // Thu 10 Dec + 21 = Thu 31 Dec; + 1 = Fri 1 Jan 2027 (holiday),
        // 2 Jan holiday → Mon 4 Jan (Sunday 3 Jan off).
        assert_eq!(
            c.come_back_on(OfficeKind::StateCorporation, d(2026, 12, 10)),
            Some(d(2027, 1, 4))
        );
    }

    #[test]
    fn deadlines_follow_the_case() {
        let r = Rules::shipped();
        let mut c = calc(&r, d(2026, 11, 25));
        let mk = |seq: u32, kind: EventKind| CaseEvent {
            id: Uuid::from_u128(u128::from(seq)),
            case_id: Uuid::nil(),
            seq,
            recorded_at: d(2026, 11, 25).and_hms_opt(9, 0, 0).unwrap(),
            actor: "t".into(),
            office: 1,
            kind,
        };
        let on = d(2026, 11, 25);
        let cl = checklist::build(
            &sample_intake(),
            OfficeKind::StateCorporation,
            on,
            r.profile_on(on).unwrap(),
            &r.mci,
        );
        let events = vec![
            mk(
                1,
                EventKind::IntakeOpened {
                    office_kind: OfficeKind::StateCorporation,
                    on,
                    intake: Box::new(sample_intake()),
                },
            ),
            mk(
                2,
                EventKind::Accepted {
                    on,
                    come_back_on: d(2026, 12, 18),
                    checklist: cl,
                },
            ),
            mk(
                3,
                EventKind::Approved {
                    on: d(2026, 12, 15),
                    valid_until: d(2026, 12, 22),
                },
            ),
        ];
        let s = CaseState::fold(&events).unwrap();
        let dl = c.for_case(&s);
        let dereg = dl
            .iter()
            .find(|x| x.kind == DeadlineKind::Deregistration)
            .unwrap();
        // Tue 15 Dec + 7 = Tue 22 Dec.
        assert_eq!(dereg.due, d(2026, 12, 22));
        assert!(dereg.is_overdue(d(2026, 12, 23)));
        assert!(!dereg.is_overdue(d(2026, 12, 22)));
        let next = c.next_due(&s).unwrap();
        assert_eq!(next.kind, DeadlineKind::Deregistration);
        assert_eq!(
            c.direction_valid_until(d(2026, 12, 15)),
            Some(d(2026, 12, 22))
        );
        // Decision on 31 Jan: storage ends 28 Feb (a Sunday; storage is not rolled).
        assert_eq!(c.storage_ends_on(d(2027, 1, 31)), Some(d(2027, 2, 28)));
    }

    #[test]
    fn complaints_count_working_days() {
        let r = Rules::shipped();
        let p = r.profile_on(d(2026, 3, 19)).unwrap();
        assert_eq!(
            complaint_due(p, &r.calendar, d(2026, 3, 19), false),
            Some(d(2026, 3, 31))
        );
        // 15 working days from Thu 19 Mar 2026.
        assert_eq!(
            complaint_due(p, &r.calendar, d(2026, 3, 19), true),
            Some(d(2026, 4, 14))
        );
    }

    #[test]
    fn the_2020_profile_counts_twenty_working_days() {
        let p2020 = include_str!("../../docs/examples/profile-2020.json");
        let r = Rules::from_json(&[SHIPPED_PROFILE, p2020], SHIPPED_MCI, SHIPPED_CALENDAR).unwrap();
        let mut c = calc(&r, d(2026, 11, 25));
        // From Wed 25 Nov 2026, five-day week, 16 Dec holiday:
        // 26,27 | 30,1,2,3,4 | 7,8,9,10,11 | 14,15,17,18 | 21,22,23,24 → 24 Dec.
        assert_eq!(
            c.come_back_on(OfficeKind::StateCorporation, d(2026, 11, 25)),
            Some(d(2026, 12, 24))
        );
    }
}
