//! The ministry's part of the store: the directory of offices (the
//! deployment plan's codes, kinds, names and regions) and how current the
//! read-only replica is for each office.

use super::{Actor, Result, Store};
use crate::domain::report::{Currency, DirectoryOffice};
use crate::domain::OfficeKind;
use chrono::NaiveDateTime;
use rusqlite::params;

/// One office of the plan as the directory keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryEntry {
    pub code: u16,
    /// `office` (one that holds cases), `contact_centre` or `ministry`.
    pub kind: String,
    pub region: String,
    pub name: String,
}

impl Store {
    /// Whether this workstation is the ministry's: it reads every office's
    /// events into a replica and writes none.
    pub fn is_observer(&self) -> Result<bool> {
        Ok(self
            .self_office()
            .map(|o| o.kind == OfficeKind::Ministry)
            .unwrap_or(false))
    }

    /// Refused at the ministry: a case opened, searched for or listed with
    /// its person's name (its replica is for the national report).
    pub fn no_cases_here(&self) -> Result<()> {
        if self.is_observer()? {
            Err(super::StoreError::NationalOnly)
        } else {
            Ok(())
        }
    }

    /// Replaces the directory with `offices` (the plan read again is the
    /// whole list). Audited with the count.
    pub fn load_directory(
        &mut self,
        actor: &Actor,
        offices: &[DirectoryEntry],
        now: NaiveDateTime,
    ) -> Result<usize> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM directory_offices", [])?;
        for o in offices {
            tx.prepare_cached(
                "INSERT INTO directory_offices (code, kind, region, name, loaded_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![o.code, o.kind, o.region, o.name, now])?;
        }
        super::audit(
            &tx,
            now,
            &actor.name,
            "directory_load",
            None,
            &format!("{} offices", offices.len()),
        )?;
        tx.commit()?;
        Ok(offices.len())
    }

    /// The offices that hold cases, as the directory knows them.
    pub fn directory(&self) -> Result<Vec<DirectoryOffice>> {
        let mut st = self.conn.prepare_cached(
            "SELECT code, region, name FROM directory_offices WHERE kind = 'office' ORDER BY code",
        )?;
        let rows = st.query_map([], |r| {
            Ok(DirectoryOffice {
                code: r.get(0)?,
                region: r.get(1)?,
                name: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many offices of every kind the directory holds.
    pub fn directory_count(&self) -> Result<u64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM directory_offices", [], |r| r.get(0))?)
    }

    /// Per office, the last of its events the replica applied (region and
    /// name are the directory's, filled in by the report).
    pub fn replica_currency(&self) -> Result<Vec<Currency>> {
        let mut st = self.conn.prepare_cached(
            "SELECT office, last_event_at, applied_at, events FROM replica_offices ORDER BY office",
        )?;
        let rows = st.query_map([], |r| {
            Ok(Currency {
                office: r.get(0)?,
                region: String::new(),
                name: String::new(),
                last_event_at: r.get(1)?,
                applied_at: r.get(2)?,
                events: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Notes in the replica's currency that an event of `office`, recorded at
/// `recorded_at`, was applied at `now` (in the applying transaction).
pub(super) fn note_applied(
    tx: &rusqlite::Connection,
    office: i64,
    recorded_at: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO replica_offices (office, last_event_at, applied_at, events) VALUES (?1, ?2, ?3, 1)
         ON CONFLICT (office) DO UPDATE SET
             last_event_at = max(coalesce(last_event_at, ''), excluded.last_event_at),
             applied_at = excluded.applied_at,
             events = events + 1",
    )?
    .execute(params![office, recorded_at, now])?;
    Ok(())
}
