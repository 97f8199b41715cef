//! Due dates of every stage (para 4), the Annex 4 "come on …" date, the
//! Annex 4-1 validity, the month of storage, and complaint limits (para 11).

use super::calendar::{CalendarData, WeekRegime, WorkingCalendar};
use super::case::{CaseState, Status};
use super::profile::{Limit, RegulationProfile, Stage};
use super::OfficeKind;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
    /// The day the term ends by count, when that is a day off of the
    /// office that must act and `due` is its next working day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved_from: Option<NaiveDate>,
    /// Why `moved_from` was a day off (see `why_off`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved_because: Option<DayOff>,
}

/// Why an office is closed on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DayOff {
    /// A public holiday of the calendar: its day of the year ("12-16")
    /// and the calendar's label.
    Holiday { day: String, name: String },
    /// A holiday that fell on a weekend, moved to this day.
    MovedHoliday,
    /// A religious day off (Kurban Ait).
    Religious,
    /// A day off moved here by a government decree.
    Transfer,
    /// Saturday (five-day week) or Sunday.
    Weekend,
}

/// Why `d` is a day off in the calendar for `regime`; `None` for a
/// working day's reason cannot be told (it is not off).
pub fn why_off(data: &CalendarData, regime: WeekRegime, d: NaiveDate) -> DayOff {
    use chrono::{Datelike, Weekday};
    let y = d.year();
    if let Some(h) = data.fixed_holidays.iter().find(|h| {
        h.month == d.month()
            && h.day == d.day()
            && h.from_year.is_none_or(|f| y >= f)
            && h.to_year.is_none_or(|t| y <= t)
    }) {
        return DayOff::Holiday {
            day: format!("{:02}-{:02}", h.month, h.day),
            name: h.name.clone(),
        };
    }
    if data.religious_days.contains(&d) {
        return DayOff::Religious;
    }
    if data
        .transfers
        .iter()
        .any(|t| t.day_off == d && t.regimes.contains(&regime))
    {
        return DayOff::Transfer;
    }
    let weekend = match d.weekday() {
        Weekday::Sun => true,
        Weekday::Sat => regime == WeekRegime::FiveDay,
        _ => false,
    };
    if weekend {
        DayOff::Weekend
    } else {
        DayOff::MovedHoliday
    }
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
    data: Arc<CalendarData>,
}

impl<'a> DeadlineCalc<'a> {
    pub fn new(profile: &'a RegulationProfile, calendar: &Arc<CalendarData>) -> Self {
        DeadlineCalc {
            profile,
            cal: WorkingCalendar::new(Arc::clone(calendar), profile.limits.office_regime),
            data: Arc::clone(calendar),
        }
    }

    /// A day the term ends on by count, moved once to the office's next
    /// working day when it is a day off (and the profile says so).
    fn moved(&mut self, d: NaiveDate) -> Option<NaiveDate> {
        if self.profile.limits.roll_forward_to_working_day {
            self.cal.next_working_day_from(d)
        } else {
            Some(d)
        }
    }

    /// Whether the office is closed on `d` (the reason a date moved).
    pub fn is_day_off(&mut self, d: NaiveDate) -> bool {
        self.cal.is_day_off(d)
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
        self.planned_counted(office, accepted_on)
            .into_iter()
            .map(|(s, _, due)| (s, due))
            .collect()
    }

    /// The chained stages from acceptance: each stage's end by count (the
    /// cumulative term from acceptance: 21, 22, 29, 30 days at the State
    /// Corporation) and its due date — the end moved once off a day off.
    /// A move never feeds into a later stage; at the provider no stage is
    /// due after the outer bound.
    fn planned_counted(
        &mut self,
        office: OfficeKind,
        accepted_on: NaiveDate,
    ) -> Vec<(Stage, NaiveDate, NaiveDate)> {
        let stages = self.profile.office_limits(office).stages.clone();
        let total = stages
            .iter()
            .find(|s| s.stage == Stage::Total)
            .and_then(|s| s.limit.due(accepted_on, &mut self.cal))
            .and_then(|end| self.moved(end).map(|due| (end, due)));
        let mut out = Vec::new();
        let mut from = accepted_on;
        for s in stages {
            if s.stage == Stage::Total {
                if let Some((end, due)) = total {
                    out.push((s.stage, end, due));
                }
                continue;
            }
            let Some(end) = s.limit.due(from, &mut self.cal) else {
                continue;
            };
            let Some(mut due) = self.moved(end) else {
                continue;
            };
            if let Some((_, bound)) = total {
                due = due.min(bound);
            }
            out.push((s.stage, end, due));
            from = end;
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

    /// Annex 4-1 "valid until": the 7th day, moved like every term when
    /// the office is closed then — the same day stage 3 is due, so the
    /// form, the deadline and the refusal for a missing certificate agree.
    pub fn direction_valid_until(&mut self, issued_on: NaiveDate) -> Option<NaiveDate> {
        let end = self
            .profile
            .limits
            .direction_validity
            .due(issued_on, &mut self.cal)?;
        self.moved(end)
    }

    /// The last day an uncollected decision stays at the State Corporation
    /// (para 9, stage 4: «бір ай ішінде сақтауды қамтамасыз етеді, одан
    /// кейін көрсетілетін қызметті берушіге береді» — kept within one
    /// month, counted from the day after the decision).
    pub fn storage_ends_on(&mut self, decision_on: NaiveDate) -> Option<NaiveDate> {
        self.profile.limits.storage.due(decision_on, &mut self.cal)
    }

    /// The day the uncollected decision is due to go to the provider: the
    /// day after the month of storage ("одан кейін", after it). One rule
    /// with `storage_ends_on`: a transfer up to the last day of storage is
    /// refused, and a transfer on this day is on time.
    pub fn transfer_due_on(&mut self, decision_on: NaiveDate) -> Option<NaiveDate> {
        self.storage_ends_on(decision_on)?.succ_opt()
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
        let planned = self.planned_counted(office, accepted);
        let bound = planned
            .iter()
            .find(|(s, _, _)| *s == Stage::Total)
            .map(|(_, _, due)| *due);
        // Stage 3 counts from the direction actually issued.
        let dereg_end = match case.approved_on {
            Some(a) => self
                .stage_limit(office, Stage::Deregistration)
                .and_then(|l| l.due(a, &mut self.cal)),
            None => planned
                .iter()
                .find(|(s, _, _)| *s == Stage::Deregistration)
                .map(|(_, end, _)| *end),
        };
        for (stage, planned_end, planned_due) in planned {
            let (end, done_on) = match stage {
                Stage::Review | Stage::Direction => (planned_end, stage2_done),
                Stage::Deregistration => match dereg_end {
                    _ if case.refused_on.is_some() && case.approved_on.is_none() => continue,
                    Some(end) => (end, dereg_done),
                    None => continue,
                },
                // Stage 4 counts from the end of deregistration: the day
                // it was done, or else the day stage 3 ends by count.
                Stage::Handover => {
                    if case.refused_on.is_some() && case.approved_on.is_none() {
                        continue;
                    }
                    let from = dereg_done.or(dereg_end);
                    match from.and_then(|f| {
                        self.stage_limit(office, stage)
                            .and_then(|l| l.due(f, &mut self.cal))
                    }) {
                        // Done when the decision is made out, ready to be
                        // handed over (a handover is its own event; an
                        // uncollected one has the storage deadline).
                        Some(end) => (end, case.decision_issued_on),
                        None => continue,
                    }
                }
                Stage::Total => (planned_end, case.decision_issued_on.or(case.refused_on)),
            };
            let mut due = if end == planned_end {
                planned_due
            } else {
                match self.moved(end) {
                    Some(d) => d,
                    None => continue,
                }
            };
            // At the provider, the planned stages stay within the bound.
            if stage != Stage::Total && case.approved_on.is_none() {
                if let Some(b) = bound {
                    due = due.min(b);
                }
            }
            out.push(Deadline {
                kind: stage.into(),
                due,
                done_on,
                moved_from: (due != end && self.is_day_off(end)).then_some(end),
                moved_because: (due != end && self.is_day_off(end))
                    .then(|| why_off(&self.data, self.cal.regime(), end)),
            });
        }
        if let (Some(_), Some(until)) = (case.approved_on, case.direction_valid_until) {
            out.push(Deadline {
                kind: DeadlineKind::DirectionValidity,
                due: until,
                done_on: case.military.as_ref().map(|m| m.on()),
                moved_from: None,
                moved_because: None,
            });
        }
        if let (Some(dec), OfficeKind::StateCorporation) = (case.decision_issued_on, office) {
            if let Some(due) = self.transfer_due_on(dec) {
                out.push(Deadline {
                    kind: DeadlineKind::Storage,
                    due,
                    done_on: case.handed_over_on.or(case.transferred_on),
                    moved_from: None,
                    moved_because: None,
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
        // + 22 = Thu 17 Dec, a working day: the move of stage 1 does not
        // feed into stage 2 (it used to give Fri 18 Dec).
        assert_eq!(p[1], (Stage::Direction, d(2026, 12, 17)));
        assert_eq!(
            c.come_back_on(OfficeKind::StateCorporation, d(2026, 11, 25)),
            Some(d(2026, 12, 17))
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
        // + 21 = Mon 23 Mar (Nauryz) → past the block to Wed 25 Mar;
        // + 22 = Tue 24 Mar (Nauryz, moved) → Wed 25 Mar: moved once, not
        // chained from the moved stage 1 (which gave Thu 26 Mar).
        assert_eq!(
            c.come_back_on(OfficeKind::MigrationPolice, d(2026, 3, 2)),
            Some(d(2026, 3, 25))
        );
        // No planned stage passes the 30-day bound.
        assert!(p.iter().all(|(_, due)| *due <= total));
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

    /// Para 9, stage 4: a decision ready on 04.05 is kept to 04.06 and goes
    /// to the provider from 05.06 — the storage deadline is that day, so a
    /// transfer on it is on time, and it is not overdue before.
    #[test]
    fn the_month_of_storage_and_the_transfer_are_one_rule() {
        use crate::domain::case::testing::accepted_at_sc_decided_on;
        let r = Rules::shipped();
        let p = r.profile_on(d(2027, 5, 4)).unwrap();
        let mut c = DeadlineCalc::new(p, &r.calendar);
        assert_eq!(c.storage_ends_on(d(2027, 5, 4)), Some(d(2027, 6, 4)));
        assert_eq!(c.transfer_due_on(d(2027, 5, 4)), Some(d(2027, 6, 5)));
        let state = accepted_at_sc_decided_on(d(2027, 5, 4));
        let storage = c
            .for_case(&state)
            .into_iter()
            .find(|x| x.kind == DeadlineKind::Storage)
            .unwrap();
        assert_eq!(storage.due, d(2027, 6, 5));
        assert!(
            !storage.is_overdue(d(2027, 6, 5)),
            "the first day allowed is on time"
        );
        assert!(storage.is_overdue(d(2027, 6, 6)));
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

#[cfg(test)]
mod term_tests {
    use super::*;
    use crate::domain::case::testing::{accepted, d, ev};
    use crate::domain::case::EventKind;
    use crate::domain::rules::Rules;

    #[test]
    fn a_moved_date_says_so_and_never_moves_a_later_stage() {
        let r = Rules::shipped();
        let mut c = DeadlineCalc::new(r.profile_on(d(2026, 11, 25)).unwrap(), &r.calendar);
        let s = accepted();
        let all = c.for_case(&s);
        let review = all.iter().find(|x| x.kind == DeadlineKind::Review).unwrap();
        // 25 Nov + 21 = 16 Dec, Independence Day: due 17 Dec, and it says so.
        assert_eq!(review.due, d(2026, 12, 17));
        assert_eq!(review.moved_from, Some(d(2026, 12, 16)));
        assert!(matches!(
            &review.moved_because,
            Some(DayOff::Holiday { day, .. }) if day == "12-16"
        ));
        let direction = all
            .iter()
            .find(|x| x.kind == DeadlineKind::Direction)
            .unwrap();
        assert_eq!(direction.due, d(2026, 12, 17));
        assert_eq!(direction.moved_from, None);
    }

    #[test]
    fn the_direction_is_valid_as_long_as_stage_three_runs() {
        let r = Rules::shipped();
        let mut c = DeadlineCalc::new(r.profile_on(d(2026, 11, 25)).unwrap(), &r.calendar);
        // Approved Wed 9 Dec 2026: + 7 = Wed 16 Dec (Independence Day).
        let until = c.direction_valid_until(d(2026, 12, 9)).unwrap();
        assert_eq!(until, d(2026, 12, 17));
        let s = accepted()
            .apply(&ev(
                3,
                EventKind::Approved {
                    on: d(2026, 12, 9),
                    valid_until: until,
                },
            ))
            .unwrap();
        let all = c.for_case(&s);
        let dereg = all
            .iter()
            .find(|x| x.kind == DeadlineKind::Deregistration)
            .unwrap();
        assert_eq!(dereg.due, until);
        assert_eq!(dereg.moved_from, Some(d(2026, 12, 16)));
        // The handover follows the actual direction: 16 Dec + 1 = 17 Dec,
        // not the date planned at acceptance (25 Nov + 30 = 25 Dec).
        let handover = all
            .iter()
            .find(|x| x.kind == DeadlineKind::Handover)
            .unwrap();
        assert_eq!(handover.due, d(2026, 12, 17));
    }
}
