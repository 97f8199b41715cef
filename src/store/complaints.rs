//! The complaints register (para 11).

use super::{audit, Actor, Complaint, Result, Store, StoreError};
use crate::domain::complaint::NewComplaint;
use crate::domain::deadlines::complaint_due;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rusqlite::{params, OptionalExtension};

const COLUMNS: &str =
    "id, number, registered_on, accepted_by, complainant, about, addressee, body, case_number, due_on, answered_on, answer, delivery";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Complaint> {
    let bad = |e: serde_json::Error| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    };
    let complainant: String = r.get(4)?;
    let about: String = r.get(5)?;
    let addressee: String = r.get(6)?;
    Ok(Complaint {
        id: r.get(0)?,
        number: r.get(1)?,
        registered_on: r.get(2)?,
        accepted_by: r.get(3)?,
        complaint: NewComplaint {
            complainant: serde_json::from_str(&complainant).map_err(bad)?,
            about: serde_json::from_value(serde_json::Value::String(about)).map_err(bad)?,
            addressee: serde_json::from_value(serde_json::Value::String(addressee)).map_err(bad)?,
            text: r.get(7)?,
            case_number: r.get(8)?,
        },
        due_on: r.get(9)?,
        answered_on: r.get(10)?,
        answer: r.get(11)?,
        delivery: r.get(12)?,
    })
}

fn enum_text<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

impl Store {
    /// Registers a complaint: the next incoming number of the year, the due
    /// date on the working calendar, the name of whoever accepted it.
    pub fn register_complaint(
        &mut self,
        actor: &Actor,
        accepted_by: &str,
        c: &NewComplaint,
        today: NaiveDate,
        now: NaiveDateTime,
    ) -> Result<Complaint> {
        c.check()
            .map_err(|e| StoreError::Corrupt(format!("complaint: {e}")))?;
        let office = self.self_office()?;
        let rules = self.rules()?;
        let profile = rules
            .profile_on(today)
            .ok_or(StoreError::NoProfile(today))?;
        let due = complaint_due(
            profile,
            &rules.calendar,
            today,
            c.addressee.is_quality_authority(),
        )
        .ok_or(StoreError::NoProfile(today))?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let year = today.year();
        let seq: i64 = tx.query_row(
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM complaints WHERE year = ?1",
            [year],
            |r| r.get(0),
        )?;
        let number = format!("{:04}-{year}-{seq:05}", office.code);
        let complainant = serde_json::to_string(&c.complainant)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        tx.execute(
            "INSERT INTO complaints (year, seq, number, registered_on, accepted_by, complainant, about, addressee, body,
                case_number, due_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![year, seq, number, today, accepted_by, complainant, enum_text(&c.about), enum_text(&c.addressee), c.text, c.case_number, due],
        )?;
        let id = tx.last_insert_rowid();
        audit(&tx, now, &actor.name, "complaint_register", None, &number)?;
        tx.commit()?;
        self.complaint(id)
    }

    pub fn complaint(&self, id: i64) -> Result<Complaint> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM complaints WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or_else(|| StoreError::Corrupt(format!("no complaint {id}")))
    }

    /// The register, unanswered first by due date, then the answered.
    pub fn complaints(&self, limit: u32) -> Result<Vec<Complaint>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM complaints ORDER BY answered_on IS NOT NULL, due_on, id LIMIT ?1"
        ))?;
        let rows = st.query_map([limit], from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Records the reasoned answer and how it was delivered (post, or at
    /// the office).
    pub fn answer_complaint(
        &mut self,
        actor: &Actor,
        id: i64,
        answer: &str,
        delivery: &str,
        today: NaiveDate,
        now: NaiveDateTime,
    ) -> Result<Complaint> {
        super::require(actor, crate::domain::access::Act::Settle)?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE complaints SET answered_on = ?1, answer = ?2, delivery = ?3 WHERE id = ?4 AND answered_on IS NULL",
            params![today, answer.trim(), delivery, id],
        )?;
        if n == 0 {
            let exists: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM complaints WHERE id = ?1)",
                [id],
                |r| r.get(0),
            )?;
            return Err(StoreError::Conflict(if exists {
                "complaint-answered"
            } else {
                "complaint-unknown"
            }));
        }
        audit(
            &tx,
            now,
            &actor.name,
            "complaint_answer",
            None,
            &id.to_string(),
        )?;
        tx.commit()?;
        self.complaint(id)
    }
}

impl Store {
    /// Records that a complaint's confirmation was handed out (its digest
    /// in the audit trail): the complainant's proof of registration.
    pub fn record_confirmation_issued(
        &mut self,
        actor: &Actor,
        id: i64,
        sha256: &str,
        now: NaiveDateTime,
    ) -> Result<()> {
        audit(
            &self.conn,
            now,
            &actor.name,
            "complaint_confirmation_issued",
            None,
            &format!("complaint {id} sha256 {sha256}"),
        )
    }
}
