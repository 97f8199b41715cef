//! What a report counts, gathered from the store: the cases of a period
//! folded from their event logs with their deadlines, the visits, the
//! complaints and the home visits. The counting is `domain::report`.

use super::{Result, Store, StoreError};
use crate::domain::case::{CaseNumber, CaseState};
use crate::domain::deadlines::DeadlineCalc;
use crate::domain::report::{CaseInput, ComplaintInput, HomeVisitInput, Period, VisitInput};
use crate::domain::visit::VisitTimes;
use chrono::{Duration, NaiveDateTime};
use uuid::Uuid;

/// How far before a period a case counted in it may have been opened: a
/// case's life (review, deregistration, decision, a month of storage) is
/// far shorter; a case still open at the period's end is counted whenever
/// it was opened.
const LOOK_BACK_DAYS: i64 = 366;

impl Store {
    /// The cases a report over `period` looks at, folded.
    pub fn report_cases(&mut self, period: Period) -> Result<Vec<(CaseNumber, CaseInput)>> {
        let rules = self.rules()?;
        let since = period.from - Duration::days(LOOK_BACK_DAYS);
        let mut st = self.conn.prepare(
            "SELECT key, id, profile_id FROM cases
              WHERE status <> 'intake_open' AND opened_on >= ?1 AND opened_on <= ?2
             UNION
             SELECT key, id, profile_id FROM cases
              WHERE status IN ('under_review', 'approved', 'decision_issued')",
        )?;
        let rows = st
            .query_map(
                rusqlite::params![since.to_string(), period.to.to_string()],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                },
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out = Vec::with_capacity(rows.len());
        for (key, id, profile_id) in rows {
            let number = CaseNumber::from_key(key)
                .ok_or_else(|| StoreError::Corrupt(format!("case key {key}")))?;
            let case_id = Uuid::parse_str(&id).unwrap_or(Uuid::nil());
            let events = super::cases::events_of(&self.conn, key, case_id)?;
            let state = CaseState::fold(&events)
                .map_err(|e| StoreError::Corrupt(format!("case {number}: {e:?}")))?;
            let profile = rules
                .profile_of_case(&profile_id, state.opened_on)
                .ok_or(StoreError::NoProfile(state.opened_on))?;
            let deadlines = DeadlineCalc::new(profile, &rules.calendar).for_case(&state);
            out.push((
                number,
                CaseInput {
                    office: number.office,
                    state,
                    deadlines,
                },
            ));
        }
        Ok(out)
    }

    /// The visits whose ticket was issued in the period, with who served
    /// them.
    pub fn report_visits(&self, period: Period) -> Result<Vec<VisitInput>> {
        let start: NaiveDateTime = period.from.and_hms_opt(0, 0, 0).unwrap_or_default();
        let end: NaiveDateTime = (period.to + Duration::days(1))
            .and_hms_opt(0, 0, 0)
            .unwrap_or_default();
        let mut st = self.conn.prepare(
            "SELECT v.issued_at, v.called_at, v.ended_at, COALESCE(u.login, ''),
                    v.wait_breach_reason, v.service_breach_reason
               FROM visits v LEFT JOIN users u ON u.id = v.clerk_id
              WHERE v.issued_at >= ?1 AND v.issued_at < ?2",
        )?;
        let rows = st.query_map(rusqlite::params![start, end], |r| {
            Ok(VisitInput {
                times: VisitTimes {
                    issued_at: r.get(0)?,
                    called_at: r.get(1)?,
                    ended_at: r.get(2)?,
                },
                counter: r.get(3)?,
                wait_reason: r.get(4)?,
                service_reason: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Writes to the audit log an act that changes nothing in the store: a
    /// report taken or exported, a contact-centre lookup.
    pub fn audit_act(
        &mut self,
        actor: &super::Actor,
        action: &str,
        case: Option<&CaseNumber>,
        details: &str,
        now: NaiveDateTime,
    ) -> Result<()> {
        super::audit(
            &self.conn,
            now,
            &actor.name,
            action,
            case.map(|c| c.key()),
            details,
        )
    }

    /// The offices whose cases this store holds (the code that starts a
    /// case number), this one included.
    pub fn case_offices(&self) -> Result<Vec<u16>> {
        let mut st = self
            .conn
            .prepare("SELECT DISTINCT key / 10000000000 FROM cases ORDER BY 1")?;
        let rows = st.query_map([], |r| r.get::<_, i64>(0))?;
        Ok(rows
            .filter_map(|r| r.ok())
            .filter_map(|k| u16::try_from(k).ok())
            .collect())
    }

    /// Every complaint (the register is small: tens a month).
    pub fn report_complaints(&self) -> Result<Vec<ComplaintInput>> {
        Ok(self
            .complaints(u32::MAX)?
            .into_iter()
            .map(|c| ComplaintInput {
                registered_on: c.registered_on,
                due_on: c.due_on,
                answered_on: c.answered_on,
            })
            .collect())
    }

    /// Every home visit request.
    pub fn report_home_visits(&self) -> Result<Vec<HomeVisitInput>> {
        Ok(self
            .home_visits(u32::MAX)?
            .into_iter()
            .map(|h| HomeVisitInput {
                requested_on: h.requested_on,
                scheduled_on: h.scheduled_on,
                done_on: h.done_on,
            })
            .collect())
    }
}
