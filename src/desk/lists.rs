//! What the front ends read to show: the case search (audited: who looked
//! up whom), the deadline board and its chart, the registers of
//! complaints and home visits, the sync screen's lists, the rules in
//! force. Reads only, except the search's audit record.

use super::{Now, Result, Who};
use crate::domain::records::{Complaint, SearchPage};
use crate::domain::rules::Rules;
use crate::domain::OfficeKind;
use crate::store::{
    BoardFilter, ConflictRow, HomeVisit, ParkedRow, QuarantineRow, Store, StoreError, SyncCounts,
    VisitDayStat, WaitingRow,
};
use crate::sync::SyncConfig;
use chrono::NaiveDate;
use std::sync::Arc;

/// How many rows a list shows at most.
const LIST_ROWS: u32 = 500;
/// How many rows each of the sync screen's lists shows.
const SYNC_ROWS: u32 = 50;

/// The rules in force on this workstation (profiles, MCI table, calendar).
pub fn rules(st: &mut Store) -> Result<Arc<Rules>> {
    Ok(st.rules()?)
}

/// A search by case number, IIN or name: one page, audited with the
/// query and how many were found.
pub fn search(
    st: &mut Store,
    who: &Who,
    query: &str,
    offset: u32,
    limit: u32,
    now: Now,
) -> Result<SearchPage> {
    Ok(st.search_audited(&who.actor, query, offset, limit, now.utc)?)
}

/// One page of the deadline board (a list, not a lookup: not audited).
pub fn by_due(st: &Store, filter: &BoardFilter, offset: u32, limit: u32) -> Result<SearchPage> {
    Ok(st.cases_by_due(filter, offset, limit)?)
}

/// The deadline board's choices and its chart of the counter's days.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Board {
    /// The offices whose cases the board holds.
    pub offices: Vec<u16>,
    /// The officers working on them.
    pub officers: Vec<String>,
    /// Each day of the chart: visits, waits and services over the limits.
    pub stats: Vec<VisitDayStat>,
    pub wait_minutes: u32,
    pub service_minutes: u32,
}

/// The board's choices and the last `days` days of the counter up to
/// `today`, against the limits of an office of `kind`.
pub fn board(st: &mut Store, kind: OfficeKind, today: NaiveDate, days: i64) -> Result<Board> {
    let (offices, officers) = st.board_choices()?;
    let limit = st
        .rules()?
        .visit_limits_on(today)
        .map(|l| l.for_office(kind))
        .ok_or(StoreError::NoProfile(today))?;
    let from = today - chrono::Duration::days(days - 1);
    let stats = st.visit_stats(from, today, limit.wait_minutes, limit.service_minutes)?;
    Ok(Board {
        offices,
        officers,
        stats,
        wait_minutes: limit.wait_minutes,
        service_minutes: limit.service_minutes,
    })
}

/// The register of complaints, newest first.
pub fn complaints(st: &Store) -> Result<Vec<Complaint>> {
    Ok(st.complaints(LIST_ROWS)?)
}

/// The register of home visits, newest first.
pub fn home_visits(st: &Store) -> Result<Vec<HomeVisit>> {
    Ok(st.home_visits(LIST_ROWS)?)
}

/// Everything the sync screen shows, read in one go.
#[derive(Debug, Clone, Default)]
pub struct SyncSnapshot {
    pub config: SyncConfig,
    pub routes: Vec<(u16, u16)>,
    pub waiting: Vec<WaitingRow>,
    pub parked: Vec<ParkedRow>,
    pub quarantine: Vec<QuarantineRow>,
    pub conflicts: Vec<ConflictRow>,
    /// For what the bounds dropped (`limits`).
    pub counts: SyncCounts,
    /// At the ministry: how many offices its directory holds (none
    /// elsewhere: an office has routes instead).
    pub directory: Option<u64>,
}

pub fn sync_snapshot(st: &Store) -> Result<SyncSnapshot> {
    Ok(SyncSnapshot {
        config: st.sync_config()?.unwrap_or_default(),
        routes: st.routes()?,
        waiting: st.sync_waiting(SYNC_ROWS)?,
        parked: st.sync_parked(SYNC_ROWS)?,
        quarantine: st.sync_quarantine(SYNC_ROWS)?,
        conflicts: st.sync_conflicts(SYNC_ROWS)?,
        counts: st.sync_counts()?,
        directory: if st.is_observer()? {
            Some(st.directory_count()?)
        } else {
            None
        },
    })
}

/// The status line's sync figures: whether sync is on, and the counts.
pub fn sync_poll(st: &Store) -> (bool, SyncCounts) {
    let on = st.sync_config().ok().flatten().is_some_and(|c| c.enabled);
    (on, st.sync_counts().unwrap_or_default())
}

/// What `sync status` prints.
#[derive(Debug, Clone)]
pub struct SyncState {
    /// The configuration, when set.
    pub config: Option<SyncConfig>,
    /// (State Corporation office, police office) routes.
    pub routes: Vec<(u16, u16)>,
    pub counts: SyncCounts,
    /// The cases waiting for this workstation's upgrade.
    pub awaiting_update: Vec<String>,
}

pub fn sync_state(st: &Store) -> Result<SyncState> {
    Ok(SyncState {
        config: st.sync_config()?,
        routes: st.routes()?,
        counts: st.sync_counts()?,
        awaiting_update: st.sync_awaiting_update()?,
    })
}
