//! The home-visit register (para 13).

use super::{audit, Actor, Result, Store, StoreError};
use crate::domain::case::{CaseNumber, EventKind};
use crate::domain::home_visit::NewHomeVisit;
use crate::domain::records::HomeVisit;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rusqlite::{params, OptionalExtension};

const COLUMNS: &str = "id, number, requested_on, taken_by, full_name, iin, phone, address, reason,
    scheduled_on, scheduled_by, done_on, case_key";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<HomeVisit> {
    let key: Option<i64> = r.get(12)?;
    Ok(HomeVisit {
        id: r.get(0)?,
        number: r.get(1)?,
        requested_on: r.get(2)?,
        taken_by: r.get(3)?,
        request: NewHomeVisit {
            full_name: r.get(4)?,
            iin: r.get(5)?,
            phone: r.get(6)?,
            address: r.get(7)?,
            reason: r.get(8)?,
        },
        scheduled_on: r.get(9)?,
        scheduled_by: r.get(10)?,
        done_on: r.get(11)?,
        case: key.and_then(CaseNumber::from_key),
    })
}

impl Store {
    /// Writes down a request from the contact centre with the next number
    /// of the year.
    pub fn request_home_visit(
        &mut self,
        actor: &Actor,
        v: &NewHomeVisit,
        today: NaiveDate,
        now: NaiveDateTime,
    ) -> Result<HomeVisit> {
        if !v.problems().is_empty() {
            return Err(StoreError::Conflict("home-visit-invalid"));
        }
        let office = self.self_office()?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let year = today.year();
        let seq: i64 = tx.query_row(
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM home_visits WHERE year = ?1",
            [year],
            |r| r.get(0),
        )?;
        let number = format!("{:04}-{year}-H{seq:04}", office.code);
        tx.execute(
            "INSERT INTO home_visits (year, seq, number, requested_on, taken_by, full_name, iin, phone, address, reason)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                year,
                seq,
                number,
                today,
                actor.name,
                v.full_name.trim(),
                v.iin.trim(),
                v.phone.trim(),
                v.address.trim(),
                v.reason.trim()
            ],
        )?;
        let id = tx.last_insert_rowid();
        audit(&tx, now, &actor.name, "home_visit_request", None, &number)?;
        tx.commit()?;
        self.home_visit(id)
    }

    pub fn home_visit(&self, id: i64) -> Result<HomeVisit> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM home_visits WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or(StoreError::Conflict("home-visit-unknown"))
    }

    /// The register: not yet done first (the unscheduled, then by date),
    /// then the done, latest first.
    pub fn home_visits(&self, limit: u32) -> Result<Vec<HomeVisit>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM home_visits
             ORDER BY done_on IS NOT NULL, scheduled_on IS NOT NULL, scheduled_on, done_on DESC, id
             LIMIT ?1"
        ))?;
        let rows = st.query_map([limit], from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Sets (or moves) the day of the visit; not in the past, not once done.
    pub fn schedule_home_visit(
        &mut self,
        actor: &Actor,
        id: i64,
        on: NaiveDate,
        today: NaiveDate,
        now: NaiveDateTime,
    ) -> Result<HomeVisit> {
        if on < today {
            return Err(StoreError::Conflict("home-visit-past"));
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE home_visits SET scheduled_on = ?1, scheduled_by = ?2 WHERE id = ?3 AND done_on IS NULL",
            params![on, actor.name, id],
        )?;
        if n == 0 {
            return Err(StoreError::Conflict("home-visit-done"));
        }
        audit(
            &tx,
            now,
            &actor.name,
            "home_visit_schedule",
            None,
            &format!("{id} {on}"),
        )?;
        tx.commit()?;
        self.home_visit(id)
    }

    /// The documents were taken at home and produced the case `number`: the
    /// case is flagged (an event) and the request closed, in one
    /// transaction.
    pub fn home_visit_done(
        &mut self,
        actor: &Actor,
        id: i64,
        number: &CaseNumber,
        today: NaiveDate,
        now: NaiveDateTime,
    ) -> Result<HomeVisit> {
        let v = self.home_visit(id)?;
        if v.done_on.is_some() {
            return Err(StoreError::Conflict("home-visit-done"));
        }
        if v.scheduled_on.is_none() {
            return Err(StoreError::Conflict("home-visit-unscheduled"));
        }
        let record = self.view_case(actor, number, today, now)?;
        if record.summary.iin != v.request.iin {
            return Err(StoreError::Conflict("home-visit-other-person"));
        }
        let request = v.number.clone();
        self.append_event_with(
            actor,
            number,
            EventKind::TakenAtHome {
                on: today,
                request: request.clone(),
            },
            today,
            now,
            |tx| {
                tx.execute(
                    "UPDATE home_visits SET done_on = ?1, case_key = ?2 WHERE id = ?3",
                    params![today, number.key(), id],
                )?;
                audit(
                    tx,
                    now,
                    &actor.name,
                    "home_visit_done",
                    Some(number.key()),
                    &request,
                )
            },
        )?;
        self.home_visit(id)
    }
}
