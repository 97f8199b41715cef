//! Counter visits: ticket, call, end, and breaches of the time limits with
//! their reasons.

use super::{audit, Actor, Result, Store, StoreError};
use crate::domain::records::{Visit, VisitDayStat};
use crate::domain::visit::{TimerKind, VisitTimes};
use chrono::NaiveDateTime;
use rusqlite::{params, OptionalExtension};

const COLUMNS: &str =
    "id, ticket, issued_at, called_at, ended_at, clerk_id, outcome, wait_breach_reason, service_breach_reason, case_key";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Visit> {
    Ok(Visit {
        id: r.get(0)?,
        ticket: r.get(1)?,
        times: VisitTimes {
            issued_at: r.get(2)?,
            called_at: r.get(3)?,
            ended_at: r.get(4)?,
        },
        clerk_id: r.get(5)?,
        outcome: r.get(6)?,
        wait_breach_reason: r.get(7)?,
        service_breach_reason: r.get(8)?,
        case: r
            .get::<_, Option<i64>>(9)?
            .and_then(crate::domain::case::CaseNumber::from_key),
    })
}

impl Store {
    /// A ticket issued here, or entered with its issue time from a separate
    /// queue system.
    pub fn issue_ticket(
        &mut self,
        actor: &Actor,
        ticket: &str,
        issued_at: NaiveDateTime,
        now: NaiveDateTime,
    ) -> Result<Visit> {
        let office = self.self_office()?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO visits (office_id, ticket, issued_at) VALUES (?1, ?2, ?3)",
            params![office.id, ticket.trim(), issued_at],
        )?;
        let id = tx.last_insert_rowid();
        audit(&tx, now, &actor.name, "visit_ticket", None, ticket.trim())?;
        tx.commit()?;
        self.visit(id)
    }

    pub fn visit(&self, id: i64) -> Result<Visit> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM visits WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or_else(|| StoreError::Corrupt(format!("no visit {id}")))
    }

    /// The visits linked to a case (the one whose intake made it, and any
    /// later one), earliest first.
    pub fn visits_of_case(&self, number: &crate::domain::case::CaseNumber) -> Result<Vec<Visit>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM visits WHERE case_key = ?1 ORDER BY issued_at, id"
        ))?;
        let rows = st.query_map([number.key()], from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Tickets not yet called, in order of arrival.
    pub fn waiting_visits(&self) -> Result<Vec<Visit>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM visits WHERE called_at IS NULL AND ended_at IS NULL ORDER BY issued_at, id"
        ))?;
        let rows = st.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub fn call_visit(
        &mut self,
        actor: &Actor,
        id: i64,
        at: NaiveDateTime,
        out_of_order_reason: Option<&str>,
    ) -> Result<Visit> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE visits SET called_at = ?1, clerk_id = ?2,
                counter = COALESCE((SELECT value FROM settings WHERE key = 'counter'), ?4)
             WHERE id = ?3 AND called_at IS NULL",
            params![at, actor.user_id, id, actor.name],
        )?;
        if n == 0 {
            return Err(StoreError::Corrupt(format!("visit {id} is not waiting")));
        }
        let details = out_of_order_reason
            .map(|r| format!("out of order: {r}"))
            .unwrap_or_default();
        audit(
            &tx,
            at,
            &actor.name,
            "visit_call",
            None,
            &format!("{id} {details}"),
        )?;
        tx.commit()?;
        self.visit(id)
    }

    pub fn end_visit(
        &mut self,
        actor: &Actor,
        id: i64,
        at: NaiveDateTime,
        outcome: &str,
        case: Option<&crate::domain::case::CaseNumber>,
    ) -> Result<Visit> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE visits SET ended_at = ?1, outcome = ?2, case_key = ?3 WHERE id = ?4 AND ended_at IS NULL",
            params![at, outcome, case.map(|c| c.key()), id],
        )?;
        if n == 0 {
            return Err(StoreError::Corrupt(format!("visit {id} has ended")));
        }
        audit(
            &tx,
            at,
            &actor.name,
            "visit_end",
            case.map(|c| c.key()),
            &format!("{id} {outcome}"),
        )?;
        tx.commit()?;
        self.visit(id)
    }

    /// Records why a limit was breached.
    pub fn record_breach(
        &mut self,
        actor: &Actor,
        id: i64,
        kind: TimerKind,
        reason: &str,
        now: NaiveDateTime,
    ) -> Result<Visit> {
        let column = match kind {
            TimerKind::Wait => "wait_breach_reason",
            TimerKind::Service => "service_breach_reason",
        };
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            &format!("UPDATE visits SET {column} = ?1 WHERE id = ?2"),
            params![reason.trim(), id],
        )?;
        audit(
            &tx,
            now,
            &actor.name,
            "visit_breach",
            None,
            &format!("{id} {column}: {}", reason.trim()),
        )?;
        tx.commit()?;
        self.visit(id)
    }
}

impl Store {
    /// The visit this clerk has called and not yet ended.
    pub fn open_visit_of(&self, clerk_id: Option<i64>) -> Result<Option<Visit>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM visits WHERE called_at IS NOT NULL AND ended_at IS NULL AND clerk_id IS ?1
                 ORDER BY called_at DESC LIMIT 1"
            ))?
            .query_row([clerk_id], from_row)
            .optional()?)
    }

    /// Tickets issued here between two UTC times (the office's day, for
    /// numbering the next one).
    pub fn tickets_issued_between(&self, start: NaiveDateTime, end: NaiveDateTime) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FROM visits WHERE issued_at >= ?1 AND issued_at < ?2",
            params![start, end],
            |r| r.get(0),
        )?)
    }
}

impl Store {
    /// Tickets that did not come when called, issued between two UTC
    /// times (the office's day), newest first.
    pub fn no_shows_between(&self, start: NaiveDateTime, end: NaiveDateTime) -> Result<Vec<Visit>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM visits WHERE outcome = 'no_show' AND issued_at >= ?1 AND issued_at < ?2
             ORDER BY ended_at DESC"
        ))?;
        let rows = st.query_map(params![start, end], from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Calls a no-show ticket again: the visit is open once more, with its
    /// original ticket time (the wait keeps counting from the ticket).
    pub fn recall_visit(&mut self, actor: &Actor, id: i64, at: NaiveDateTime) -> Result<Visit> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE visits SET ended_at = NULL, outcome = NULL, called_at = ?1, clerk_id = ?2
             WHERE id = ?3 AND outcome = 'no_show'",
            params![at, actor.user_id, id],
        )?;
        if n == 0 {
            return Err(StoreError::Corrupt(format!("visit {id} is not a no-show")));
        }
        audit(&tx, at, &actor.name, "visit_recall", None, &id.to_string())?;
        tx.commit()?;
        self.visit(id)
    }

    /// The supervisor's chart: for each day in `from..=to` (the latest
    /// first) and each counter,
    /// the visits served and how many stayed within both limits (the wait
    /// until called, and the service until ended). Visits not yet ended
    /// are left out; no-shows were never served and are left out too.
    pub fn visit_stats(
        &self,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
        wait_minutes: u32,
        service_minutes: u32,
    ) -> Result<Vec<VisitDayStat>> {
        let mut st = self.conn.prepare_cached(
            "SELECT substr(called_at, 1, 10) AS day, COALESCE(counter, '?'),
                    COUNT(*),
                    SUM((julianday(called_at) - julianday(issued_at)) * 86400.0 <= ?3 * 60 + 0.5
                        AND (julianday(ended_at) - julianday(called_at)) * 86400.0 <= ?4 * 60 + 0.5)
               FROM visits
              WHERE called_at IS NOT NULL AND ended_at IS NOT NULL
                AND COALESCE(outcome, '') <> 'no_show'
                AND called_at >= ?1 AND called_at < ?2
              GROUP BY day, counter
              ORDER BY day DESC, counter",
        )?;
        let end = to.succ_opt().unwrap_or(to);
        let rows = st.query_map(
            params![
                from.to_string(),
                end.to_string(),
                wait_minutes,
                service_minutes
            ],
            |r| {
                Ok(VisitDayStat {
                    day: r.get(0)?,
                    counter: r.get(1)?,
                    served: r.get(2)?,
                    within: r.get(3)?,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
