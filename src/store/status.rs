//! The status records this office publishes to the hub for the contact
//! centre (para 15, `domain::public_status`): which cases' records are due
//! (the `status_out` queue, filled by a trigger in the same transaction as
//! each event), each record worked out from the case's events as the case
//! page is, and the queue emptied of what was published.

use super::{Result, Store};
use crate::domain::case::{CaseNumber, CaseState, Status};
use crate::domain::public_status::{self, OfficeContact, StatusRecord};
use rusqlite::params;

/// One case's record to publish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusOut {
    pub case_key: i64,
    /// The queue row's generation: removed only if unchanged since.
    pub gen: i64,
    /// The bucket's key (None: the case has no record yet, an open intake).
    pub key: Option<String>,
    /// The key it was published under before, if another.
    pub old_key: Option<String>,
    pub record: Option<StatusRecord>,
    /// The record's seal (made from the number with the IIN, as the key).
    pub sealer: Option<public_status::Sealer>,
}

/// A queue row with its case: key, generation, id, reviewing office and
/// the key it was published under.
type Due = (i64, i64, String, Option<u16>, Option<String>);

impl Store {
    /// Up to `limit` records due, oldest case first.
    pub fn status_batch(&self, secret: &[u8], limit: u32) -> Result<Vec<StatusOut>> {
        let due: Vec<Due> = self
            .conn
            .prepare_cached(
                "SELECT q.case_key, q.gen, c.id, c.review_office, k.key
                   FROM status_out q
                   JOIN cases c ON c.key = q.case_key
                   LEFT JOIN status_keys k ON k.case_key = q.case_key
                  ORDER BY q.case_key LIMIT ?1",
            )?
            .query_map([limit], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::with_capacity(due.len());
        for (case_key, gen, id, review_office, published_key) in due {
            let Some(number) = CaseNumber::from_key(case_key) else {
                continue;
            };
            let case_id = uuid::Uuid::parse_str(&id)
                .map_err(|_| super::StoreError::Corrupt(format!("case {number}: id")))?;
            let events = super::cases::events_of(&self.conn, case_key, case_id)?;
            let state = CaseState::fold(&events)?;
            // Where the applicant goes: the office that accepted the case,
            // or, once an uncollected result went to the provider, the
            // office that reviews it.
            let office = match state.status {
                Status::TransferredToProvider => review_office.unwrap_or(number.office),
                _ => number.office,
            };
            let record = public_status::record(&number, events.len() as u32, &state, office);
            let iin = &state.intake.applicant.iin;
            let key = record
                .as_ref()
                .map(|_| public_status::key_for(secret, &number, iin));
            let sealer = record
                .as_ref()
                .map(|_| public_status::Sealer::for_pair(secret, &number, iin));
            let old_key = published_key.filter(|k| Some(k) != key.as_ref());
            out.push(StatusOut {
                case_key,
                gen,
                key,
                old_key,
                record,
                sealer,
            });
        }
        Ok(out)
    }

    /// Removes from the queue what was published (`(case_key, gen, key)`),
    /// unless the case changed meanwhile; remembers each case's key.
    pub fn status_published(&mut self, done: &[(i64, i64, Option<String>)]) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut del =
                tx.prepare_cached("DELETE FROM status_out WHERE case_key = ?1 AND gen = ?2")?;
            let mut keep = tx.prepare_cached(
                "INSERT INTO status_keys (case_key, key) VALUES (?1, ?2)
                 ON CONFLICT (case_key) DO UPDATE SET key = excluded.key",
            )?;
            for (case_key, gen, key) in done {
                del.execute(params![case_key, gen])?;
                if let Some(k) = key {
                    keep.execute(params![case_key, k])?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// How many cases' records wait to be published.
    pub fn status_due(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM status_out", [], |r| r.get(0))?)
    }

    /// This office's particulars as the contact centre reads them out
    /// (None before the office is set up, and at a contact centre).
    pub fn own_office_contact(&self) -> Result<Option<OfficeContact>> {
        match self.self_office() {
            Ok(o) => Ok(o.kind.holds_cases().then(|| OfficeContact::of(&o))),
            Err(super::StoreError::NotInitialised) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// The audit log's actions of the contact centre's lookups.
pub const LOOKUP_FOUND: &str = "status-lookup-found";
pub const LOOKUP_MISS: &str = "status-lookup-miss";
pub const LOOKUP_SLOWED: &str = "status-lookup-slowed";

impl Store {
    /// When this workstation's most recent lookups that found nothing were
    /// made (newest first, at most `limit`): what slows the next one.
    pub fn recent_status_misses(&self, limit: u32) -> Result<Vec<chrono::NaiveDateTime>> {
        let mut st = self.conn.prepare_cached(
            "SELECT at FROM audit_log WHERE action = ?1 ORDER BY id DESC LIMIT ?2",
        )?;
        let rows = st.query_map(params![LOOKUP_MISS, limit], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
