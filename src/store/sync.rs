//! The store's side of sync (README, *Sync between offices*): the outbox the relay drains, the
//! inbox that stores before it acks and applies each case's events in
//! order, receipts, quarantine, parking, conflicts, routes and the sync
//! settings. Each step is one SQLite transaction.

use super::cases::{apply_remote_event, load_case_events_by_key};
use super::{audit, Actor, Result, Store, StoreError};
use crate::domain::case::CaseNumber;
use crate::domain::envelope::{self, EventEnvelope, Message, Parsed, Receipt, SCHEMA};
use crate::domain::records::{ConflictRow, ParkedRow, QuarantineRow, SyncCounts, WaitingRow};
use crate::domain::sync_config::SyncConfig;
use chrono::NaiveDateTime;
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use uuid::Uuid;

/// An apply that fails this many times parks the event (its case waits;
/// the others go on).
pub const MAX_APPLY_ATTEMPTS: i64 = 3;

/// An outbox row ready to publish.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub seq: i64,
    pub subject: String,
    /// `Nats-Msg-Id`: `<event>:<dest>`, and `:r<n>` on the n-th resend so
    /// the broker's de-dup window does not swallow it.
    pub msg_id: String,
    pub payload: Vec<u8>,
    pub resend: bool,
}

/// A receipt waiting to go back to the event's origin.
#[derive(Debug, Clone)]
pub struct OutgoingReceipt {
    pub id: i64,
    pub subject: String,
    pub payload: Vec<u8>,
}

/// A message as fetched from the consumer.
#[derive(Debug, Clone)]
pub struct Incoming {
    pub subject: String,
    pub payload: Vec<u8>,
    pub stream_seq: u64,
    /// The server's timestamp of the message.
    pub published: Option<NaiveDateTime>,
}

/// What to tell the broker once the batch is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disposition {
    Ack,
    /// Unreadable: stored in quarantine; never redeliver.
    Term,
    /// Not stored now (its origin's quota of waiting events, in number or
    /// bytes, is full): taken off this workstation's consumer, and sent
    /// again by its origin, whose relay resends every event no receipt
    /// came back for. (Not a delayed redelivery: those would stay pending
    /// on the consumer and, past its limit, stop every other office's
    /// messages too.)
    Later,
    /// Not stored now, at the ministry (its quota full): left on the hub
    /// and delivered again a little later. No origin resends for the
    /// ministry, and its consumer is its own: what waits there holds up
    /// no office.
    Nak,
}

/// What another office can make this workstation store, at most. Every
/// bound drops bytes, never an event that can apply: an event over a
/// quota stays on the hub and comes again.
pub mod limits {
    /// A message larger than this is not stored: only its record (subject,
    /// size, origin) goes to quarantine. `sync provision` gives the stream
    /// the same limit, so the hub refuses such a message already.
    pub const MAX_MESSAGE_BYTES: usize = 512 * 1024;
    /// Quarantined bytes kept per origin office, and in all; beyond, the
    /// newest messages keep only their record.
    pub const QUARANTINE_BYTES_PER_ORIGIN: i64 = 8 * 1024 * 1024;
    pub const QUARANTINE_BYTES_TOTAL: i64 = 32 * 1024 * 1024;
    /// Quarantine records kept at most; the oldest go first.
    pub const QUARANTINE_ROWS: i64 = 10_000;
    /// Quarantine records (and their bytes) older than this are removed.
    pub const QUARANTINE_DAYS: i64 = 90;
    /// Events of one origin office waiting (for an earlier event of their
    /// case) at most; beyond, its new events are left to the sender (as
    /// below).
    pub const PENDING_PER_ORIGIN: i64 = 50_000;
    /// And their bytes at most (a real event is a few KB: 16 MiB is
    /// thousands of them); beyond, its new events are left to the sender,
    /// which sends again every event with no receipt.
    pub const PENDING_BYTES_PER_ORIGIN: i64 = 16 * 1024 * 1024;
    /// An event waiting longer than this for the events before it is
    /// parked with the reason (the Sync tab's "retry" brings it back).
    pub const GAP_WAIT_DAYS: i64 = 30;
}

/// The settings key counting quarantine records removed by age or number.
const EXPIRED_SETTING: &str = "sync_quarantine_expired";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ApplyReport {
    pub applied: u32,
    pub duplicates: u32,
    pub conflicts: u32,
    pub parked: u32,
    /// From an office that never held the case: quarantined, never
    /// blocking the case.
    pub refused: u32,
}

fn number_of_key(key: i64) -> String {
    CaseNumber::from_key(key)
        .map(|n| n.to_string())
        .unwrap_or_else(|| key.to_string())
}

fn corrupt(e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(e.to_string())
}

impl Store {
    // ---- settings -------------------------------------------------------

    /// The sync settings, if the administrator has set them.
    pub fn sync_config(&self) -> Result<Option<SyncConfig>> {
        match self.setting("sync_config")? {
            Some(s) => Ok(Some(serde_json::from_str(&s).map_err(corrupt)?)),
            None => Ok(None),
        }
    }

    /// Saves the sync settings (administrator; audited without secrets).
    pub fn set_sync_config(
        &mut self,
        actor: &Actor,
        cfg: &SyncConfig,
        now: NaiveDateTime,
    ) -> Result<()> {
        super::require(actor, crate::domain::access::Act::Administer)?;
        let json = serde_json::to_string(cfg).map_err(corrupt)?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES ('sync_config', ?1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [json],
        )?;
        audit(&tx, now, &actor.name, "sync_config", None, &cfg.redacted())?;
        super::chain::seal_authority(&tx, now, &actor.name)?;
        tx.commit()?;
        self.block_cache = None;
        Ok(())
    }

    /// This workstation's block of case numbers (0 when it works alone).
    pub(crate) fn number_block(&mut self) -> Result<u8> {
        if let Some(b) = self.block_cache {
            return Ok(b);
        }
        let b = self.sync_config()?.map_or(0, |c| c.number_block.min(9));
        self.block_cache = Some(b);
        Ok(b)
    }

    // ---- routes ---------------------------------------------------------

    /// Which police office reviews the cases of which State Corporation
    /// department: (department, police office).
    pub fn routes(&self) -> Result<Vec<(u16, u16)>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT sc_office, police_office FROM routes ORDER BY sc_office")?;
        let rows = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Sets (or with `None` removes) a route (administrator; audited).
    /// Cases already submitted keep their reviewing office.
    pub fn set_route(
        &mut self,
        actor: &Actor,
        sc_office: u16,
        police_office: Option<u16>,
        now: NaiveDateTime,
    ) -> Result<()> {
        super::require(actor, crate::domain::access::Act::Administer)?;
        let ok = |c: u16| (1..=9999).contains(&c);
        if !ok(sc_office) || police_office.is_some_and(|p| !ok(p)) {
            return Err(StoreError::Conflict("route-invalid"));
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        match police_office {
            Some(p) => tx.execute(
                "INSERT INTO routes (sc_office, police_office, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(sc_office) DO UPDATE SET police_office = excluded.police_office,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                params![sc_office, p, now, actor.name],
            )?,
            None => tx.execute("DELETE FROM routes WHERE sc_office = ?1", [sc_office])?,
        };
        audit(
            &tx,
            now,
            &actor.name,
            "route",
            None,
            &format!("{sc_office}->{police_office:?}"),
        )?;
        super::chain::seal_authority(&tx, now, &actor.name)?;
        tx.commit()?;
        Ok(())
    }

    // ---- outbox (the relay) ---------------------------------------------

    /// The next rows to publish, in outbox order: first the unpublished
    /// ones (the relay never skips one), then, if `resend_after` is given,
    /// published rows without a receipt whose resend time has come
    /// (`resend_after` doubled per earlier resend, capped at 64×).
    pub fn outbox_batch(
        &self,
        ws: &str,
        limit: u32,
        resend_after: Option<(NaiveDateTime, i64)>,
    ) -> Result<Vec<Outgoing>> {
        self.outbox_batch_after(ws, limit, resend_after, None)
    }

    /// As [`Store::outbox_batch`], the unsent rows only after outbox row
    /// `after` (the relay's next window while the acks of the ones before
    /// are still on their way).
    pub fn outbox_batch_after(
        &self,
        ws: &str,
        limit: u32,
        resend_after: Option<(NaiveDateTime, i64)>,
        after: Option<i64>,
    ) -> Result<Vec<Outgoing>> {
        let mut out = Vec::new();
        let sql = |cond: &str| {
            format!(
                "SELECT o.seq, o.destination, o.resends, o.published_at, c.id, c.number, c.review_office,
                        c.profile_id, e.id, e.seq, e.type, e.recorded_at, e.actor, e.office_code, e.payload
                   FROM outbox o
                   JOIN case_events e ON e.case_key = o.case_key AND e.seq = o.event_seq
                   JOIN cases c ON c.key = o.case_key
                  WHERE {cond}
                  ORDER BY o.seq LIMIT ?1"
            )
        };
        let mut fetch = |cond: &str,
                         resend: bool,
                         cutoff: Option<(NaiveDateTime, i64)>,
                         from: Option<i64>|
         -> Result<()> {
            let mut st = self.conn.prepare_cached(&sql(cond))?;
            let mut rows = match (cutoff, from) {
                (Some((now, after)), _) => st.query(params![limit, now, after.max(0)])?,
                (None, Some(seq)) => st.query(params![limit, seq])?,
                (None, None) => st.query(params![limit])?,
            };
            while let Some(r) = rows.next()? {
                let seq: i64 = r.get(0)?;
                let dest: String = r.get(1)?;
                let dest: u16 = dest.parse().map_err(corrupt)?;
                let resends: i64 = r.get(2)?;
                if let Some((now, after)) = cutoff {
                    let published: NaiveDateTime = r.get(3)?;
                    let wait = after.saturating_mul(1 << resends.clamp(0, 6));
                    if published + chrono::Duration::seconds(wait) > now {
                        continue;
                    }
                }
                let case_id: String = r.get(4)?;
                let case_id = Uuid::parse_str(&case_id).map_err(corrupt)?;
                let number: String = r.get(5)?;
                let review: Option<u16> = r.get(6)?;
                let profile_id: String = r.get(7)?;
                let event_id: String = r.get(8)?;
                let kind_name: String = r.get(10)?;
                let actor: String = r.get(12)?;
                let origin: u16 = r.get(13)?;
                // The stored kind goes as it is stored (checked to be
                // JSON, not parsed into the event: the relay's cost).
                let payload: String = r.get(14)?;
                let kind = serde_json::value::RawValue::from_string(payload).map_err(corrupt)?;
                let bytes = envelope::StoredEvent {
                    v: envelope::schema_for_name(&kind_name),
                    case_number: &number,
                    origin_office: origin,
                    origin_ws: ws,
                    dest_office: dest,
                    review_office: review,
                    profile_id: &profile_id,
                    event: envelope::StoredEventBody {
                        id: Uuid::parse_str(&event_id).map_err(corrupt)?,
                        case_id,
                        seq: r.get(9)?,
                        recorded_at: r.get(11)?,
                        actor: &actor,
                        office: origin,
                        kind: &kind,
                    },
                }
                .to_bytes()
                .map_err(corrupt)?;
                let msg_id = if resend {
                    format!("{event_id}:{dest}:r{}", resends + 1)
                } else {
                    format!("{event_id}:{dest}")
                };
                out.push(Outgoing {
                    seq,
                    subject: envelope::subject(dest, origin, &case_id, &kind_name),
                    msg_id,
                    payload: bytes,
                    resend,
                });
            }
            Ok(())
        };
        match after {
            Some(seq) => fetch(
                "o.published_at IS NULL AND o.seq > ?2",
                false,
                None,
                Some(seq),
            )?,
            None => fetch("o.published_at IS NULL", false, None, None)?,
        }
        if let Some((now, after)) = resend_after {
            // Due rows only, decided in SQL: rows to an office that never
            // answers must not fill the window and starve the others.
            let cond = "o.published_at IS NOT NULL AND o.delivered_at IS NULL
                 AND o.published_at <= datetime(?2, '-' || (?3 * (1 << min(o.resends, 6))) || ' seconds')";
            fetch(cond, true, Some((now, after)), None)?;
        }
        Ok(out)
    }

    /// Records PubAcks: (outbox seq, stream sequence, was a resend).
    pub fn outbox_published(
        &mut self,
        done: &[(i64, u64, bool)],
        now: NaiveDateTime,
    ) -> Result<()> {
        // The marks need not reach the disk before the relay goes on: the
        // next commit of this file that waits for the disk (every other
        // one does) takes them along, and marks lost with a power cut only
        // send their rows again under the same message ids, which the
        // broker's de-dup window and the receivers' inboxes absorb. Not
        // waiting for the disk here is the relay's largest saving.
        self.conn.execute_batch("PRAGMA synchronous=NORMAL")?;
        let marked = self.mark_published(done, now);
        self.conn.execute_batch("PRAGMA synchronous=FULL")?;
        marked
    }

    fn mark_published(&mut self, done: &[(i64, u64, bool)], now: NaiveDateTime) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        {
            let mut first = tx.prepare_cached(
                "UPDATE outbox SET published_at = ?2, stream_seq = ?3, attempts = attempts + 1,
                        last_error = NULL, next_attempt_at = NULL WHERE seq = ?1",
            )?;
            let mut again = tx.prepare_cached(
                "UPDATE outbox SET published_at = ?2, stream_seq = ?3, resends = resends + 1 WHERE seq = ?1",
            )?;
            for (seq, stream_seq, resend) in done {
                let st = if *resend { &mut again } else { &mut first };
                st.execute(params![seq, now, *stream_seq as i64])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Records a failed publish of a row and when it will be tried again.
    pub fn outbox_failed(
        &mut self,
        seq: i64,
        error: &str,
        next_attempt_at: NaiveDateTime,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3 WHERE seq = ?1",
            params![seq, error, next_attempt_at],
        )?;
        Ok(())
    }

    /// Receipts waiting to go back, oldest first.
    pub fn receipts_batch(
        &self,
        office: u16,
        ws: &str,
        limit: u32,
    ) -> Result<Vec<OutgoingReceipt>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, event_id, to_office, case_id FROM receipts_out ORDER BY id LIMIT ?1",
        )?;
        let mut rows = st.query([limit])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let event_id: String = r.get(1)?;
            let to: u16 = r.get(2)?;
            let case_id: String = r.get(3)?;
            let msg = Message::Receipt(Receipt {
                v: SCHEMA,
                event_id: Uuid::parse_str(&event_id).map_err(corrupt)?,
                dest_office: office,
                ws: ws.to_string(),
            });
            out.push(OutgoingReceipt {
                id: r.get(0)?,
                subject: envelope::subject(
                    to,
                    office,
                    &Uuid::parse_str(&case_id).map_err(corrupt)?,
                    "receipt",
                ),
                payload: serde_json::to_vec(&msg).map_err(corrupt)?,
            });
        }
        Ok(out)
    }

    pub fn receipts_sent(&mut self, ids: &[i64]) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        {
            let mut st = tx.prepare_cached("DELETE FROM receipts_out WHERE id = ?1")?;
            for id in ids {
                st.execute([id])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    // ---- inbox (the receiver) -------------------------------------------

    /// Stores a fetched batch in one transaction — events into the inbox
    /// (a known event id is ignored: the de-dup is permanent), receipts onto
    /// their outbox rows, the unreadable into quarantine — and says what to
    /// answer the broker. Only after this returns may the batch be acked.
    pub fn inbox_store(
        &mut self,
        office: u16,
        batch: &[Incoming],
        now: NaiveDateTime,
    ) -> Result<Vec<Disposition>> {
        let known = self.reads_schema();
        // The ministry reads every office's messages: it keeps each event
        // once, from the copy its origin addressed to itself (every event
        // has one), and no receipt is for it.
        let observer = self.is_observer()?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut out = Vec::with_capacity(batch.len());
        // Per origin: events waiting, and their bytes.
        let mut pending: std::collections::HashMap<u16, (i64, i64)> = Default::default();
        let mut tally = QuarantineTally::default();
        for m in batch {
            let origin_token = envelope::subject_offices(&m.subject).map(|(_, o)| o);
            let mut quarantine = |reason: &str| -> Result<Disposition> {
                let q = Quarantined {
                    subject: &m.subject,
                    stream_seq: Some(m.stream_seq as i64),
                    payload: &m.payload,
                    origin: origin_token,
                };
                quarantine_bounded(&tx, &mut tally, q, reason, now)?;
                Ok(Disposition::Term)
            };
            if m.payload.len() > limits::MAX_MESSAGE_BYTES {
                out.push(quarantine(&format!(
                    "too large: {} bytes",
                    m.payload.len()
                ))?);
                continue;
            }
            let Some((dest, origin)) = envelope::subject_offices(&m.subject) else {
                out.push(quarantine("subject")?);
                continue;
            };
            let msg = match envelope::parse_for(&m.payload, known) {
                Parsed::Message(msg) => msg,
                Parsed::Newer { v, .. } => {
                    // Written for a newer program: kept whole (acked, not
                    // terminated), never applied here; its case's later
                    // events wait behind it. The upgraded program reads it
                    // again at its start (`sync_resume_after_update`). Sent
                    // again (no receipt goes back for it), it is kept once.
                    let kept: bool = tx
                        .prepare_cached(
                            "SELECT EXISTS(SELECT 1 FROM quarantine
                              WHERE reason LIKE ?1 || '%' AND subject = ?2 AND raw = ?3)",
                        )?
                        .query_row(params![envelope::NEEDS_UPDATE, m.subject, m.payload], |r| {
                            r.get(0)
                        })?;
                    if !kept {
                        quarantine(&format!("{} (schema {v})", envelope::NEEDS_UPDATE))?;
                    }
                    out.push(Disposition::Ack);
                    continue;
                }
                Parsed::Unreadable(why) => {
                    out.push(quarantine(&format!("unreadable: {why}"))?);
                    continue;
                }
            };
            if observer && (dest != origin || matches!(*msg, Message::Receipt(_))) {
                // Another office's copy of an event, or a receipt between
                // offices: not the ministry's to keep.
                out.push(Disposition::Ack);
                continue;
            }
            // Whom the message must be addressed to: this office; at the
            // ministry, the origin's own copy.
            let addressee = if observer { origin } else { office };
            match *msg {
                Message::Receipt(r) => {
                    if r.dest_office != origin || dest != office {
                        out.push(quarantine("receipt address")?);
                        continue;
                    }
                    tx.prepare_cached(
                        "UPDATE outbox SET delivered_at = ?3 WHERE event_id = ?1 AND destination = ?2 AND delivered_at IS NULL",
                    )?
                    .execute(params![r.event_id.to_string(), r.dest_office.to_string(), now])?;
                    out.push(Disposition::Ack);
                }
                Message::Event(env) => {
                    let number = CaseNumber::parse(&env.case_number).ok();
                    if dest != addressee
                        || env.dest_office != dest
                        || env.origin_office != origin
                        || env.event.office != origin
                        || number.is_none()
                    {
                        out.push(quarantine("event address")?);
                        continue;
                    }
                    let own_case = number.is_some_and(|n| n.office == origin);
                    let key = number.map(|n| n.key()).unwrap_or_default();
                    // A case of the sender's own that this office is no
                    // party to is refused on arrival, every event of it —
                    // none waits in the inbox behind the first.
                    if own_case && !observer {
                        if let Some(reason) =
                            not_a_party(&tx, key, i64::from(origin), Some(i64::from(office)))?
                        {
                            out.push(quarantine(&reason)?);
                            continue;
                        }
                    }
                    let event_id = env.event.id.to_string();
                    let text = serde_json::to_string(&env).map_err(corrupt)?;
                    let size = text.len() as i64;
                    // Counted once per origin and batch (from the covering
                    // index), then kept up.
                    let (waiting, bytes) = match pending.get(&origin) {
                        Some(n) => *n,
                        None => {
                            let n: (i64, i64) = tx
                                .prepare_cached(
                                    "SELECT count(*), coalesce(sum(bytes), 0) FROM inbox WHERE state = 'pending' AND origin_office = ?1",
                                )?
                                .query_row([origin], |r| Ok((r.get(0)?, r.get(1)?)))?;
                            pending.insert(origin, n);
                            n
                        }
                    };
                    // The quota sends an event back to its origin's resend,
                    // which the ministry never asks for: there it waits on
                    // the hub instead (not acked now, delivered again).
                    if waiting >= limits::PENDING_PER_ORIGIN
                        || bytes + size > limits::PENDING_BYTES_PER_ORIGIN
                    {
                        if observer {
                            out.push(Disposition::Nak);
                            continue;
                        }
                        out.push(Disposition::Later);
                        continue;
                    }
                    let inserted = tx
                        .prepare_cached(
                            "INSERT OR IGNORE INTO inbox (event_id, case_key, seq, origin_office, origin_ws, stream_seq,
                                published_at, received_at, envelope, state, bytes)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'pending', ?10)",
                        )?
                        .execute(params![
                            event_id,
                            key,
                            env.event.seq,
                            origin,
                            env.origin_ws,
                            m.stream_seq as i64,
                            m.published,
                            now,
                            text,
                            size
                        ])?;
                    if inserted > 0 {
                        let p = pending.entry(origin).or_insert((0, 0));
                        p.0 += 1;
                        p.1 += size;
                    }
                    if inserted == 0 {
                        // Seen before: the origin resent it, so our receipt
                        // was lost; send it again if it is settled here.
                        let state: String = tx
                            .prepare_cached("SELECT state FROM inbox WHERE event_id = ?1")?
                            .query_row([&event_id], |r| r.get(0))?;
                        if state != "pending" && state != "parked" {
                            queue_receipt(
                                observer,
                                &tx,
                                &event_id,
                                origin,
                                &env.event.case_id,
                                now,
                            )?;
                        }
                    }
                    out.push(Disposition::Ack);
                }
            }
        }
        expire_quarantine(&tx, now)?;
        tx.commit()?;
        tally.finish();
        Ok(out)
    }

    /// Applies stored events, each case's in order: an event applies when
    /// it is the next of its case; an earlier one already here with the same
    /// id is a duplicate; with another id, a conflict for a supervisor; a
    /// later one waits for the gap. An event that fails to apply
    /// `MAX_APPLY_ATTEMPTS` times is parked and holds up its own case only.
    pub fn apply_pending(&mut self, now: NaiveDateTime) -> Result<ApplyReport> {
        let rules = self.rules()?;
        let observer = self.is_observer()?;
        let mut report = ApplyReport::default();
        // Failed in this call: tried again on the next call, not at once.
        let mut failed: std::collections::HashSet<String> = Default::default();
        loop {
            // Only rows that can be decided now (a duplicate, a conflict, or
            // the next entry of their case), whatever their case key: a
            // case waiting for a gap never holds up another. In chunks, so
            // the window's writes are never kept waiting long.
            let rows: Vec<(String, i64, i64, i64, String, i64)> = self
                .conn
                .prepare_cached(
                    "SELECT i.event_id, i.case_key, i.seq, i.origin_office, i.envelope, i.attempts
                       FROM inbox i LEFT JOIN cases c ON c.key = i.case_key
                      WHERE i.state = 'pending' AND i.seq <= COALESCE(c.last_seq, 0) + 1
                        AND NOT EXISTS (SELECT 1 FROM conflicts k
                                         WHERE k.case_key = i.case_key AND k.resolved_at IS NULL)
                      ORDER BY i.case_key, i.seq LIMIT 64",
                )?
                .query_map([], |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                })?
                .collect::<rusqlite::Result<_>>()?;
            let rows: Vec<_> = rows
                .into_iter()
                .filter(|r: &(String, i64, i64, i64, String, i64)| !failed.contains(&r.0))
                .collect();
            if rows.is_empty() {
                break;
            }
            let mut progress = false;
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let mut blocked_case: Option<i64> = None;
            let mut tally = QuarantineTally::default();
            for (event_id, key, seq, origin, text, attempts) in rows {
                if blocked_case == Some(key) {
                    continue;
                }
                let conflicted: bool = tx
                    .prepare_cached(
                        "SELECT EXISTS (SELECT 1 FROM conflicts WHERE case_key = ?1 AND resolved_at IS NULL)",
                    )?
                    .query_row([key], |r| r.get(0))?;
                if conflicted {
                    blocked_case = Some(key);
                    continue;
                }
                let last: i64 = tx
                    .prepare_cached("SELECT last_seq FROM cases WHERE key = ?1")?
                    .query_row([key], |r| r.get(0))
                    .optional()?
                    .unwrap_or(0);
                let env: EventEnvelope = match serde_json::from_str(&text) {
                    Ok(e) => e,
                    Err(e) => {
                        park(&tx, &event_id, &format!("stored envelope: {e}"))?;
                        report.parked += 1;
                        blocked_case = Some(key);
                        continue;
                    }
                };
                let case_id = env.event.case_id;
                // Who may write comes first: an office that never held
                // this case cannot touch it here — not even to record a
                // conflict, which would stall the case. The event goes to
                // quarantine with the reason; the case flows on.
                if let Some(reason) = never_held(&tx, key, origin, &env, observer)? {
                    let subject = format!("inbox {event_id}");
                    let q = Quarantined {
                        subject: &subject,
                        stream_seq: None,
                        payload: text.as_bytes(),
                        origin: u16::try_from(origin).ok(),
                    };
                    quarantine_bounded(&tx, &mut tally, q, &reason, now)?;
                    tx.prepare_cached("DELETE FROM inbox WHERE event_id = ?1")?
                        .execute([&event_id])?;
                    report.refused += 1;
                    progress = true;
                    continue;
                }
                if seq <= last {
                    let local: Option<String> = tx
                        .prepare_cached(
                            "SELECT id FROM case_events WHERE case_key = ?1 AND seq = ?2",
                        )?
                        .query_row(params![key, seq], |r| r.get(0))
                        .optional()?;
                    if local.as_deref() == Some(event_id.as_str()) {
                        settle(&tx, &event_id, "duplicate", now)?;
                        report.duplicates += 1;
                    } else {
                        tx.prepare_cached(
                            "INSERT OR IGNORE INTO conflicts (case_key, seq, local_event_id, remote_event_id, detected_at)
                             VALUES (?1, ?2, ?3, ?4, ?5)",
                        )?
                        .execute(params![key, seq, local.unwrap_or_default(), event_id, now])?;
                        settle(&tx, &event_id, "conflict", now)?;
                        report.conflicts += 1;
                        blocked_case = Some(key);
                    }
                    queue_receipt(observer, &tx, &event_id, origin as u16, &case_id, now)?;
                    progress = true;
                } else if seq == last + 1
                    && tx
                        .prepare_cached(
                            "SELECT EXISTS (SELECT 1 FROM conflicts k JOIN inbox j ON j.event_id = k.remote_event_id
                                             WHERE k.case_key = ?1 AND j.origin_office = ?2 AND k.seq < ?3)",
                        )?
                        .query_row(params![key, origin, seq], |r| r.get::<_, bool>(0))?
                {
                    // That office went on from an entry in conflict with
                    // ours: its log has diverged from ours for this case.
                    // Never applied on top of ours; shown to the supervisor.
                    tx.prepare_cached(
                        "INSERT OR IGNORE INTO conflicts (case_key, seq, local_event_id, remote_event_id, detected_at)
                         VALUES (?1, ?2, '', ?3, ?4)",
                    )?
                    .execute(params![key, seq, event_id, now])?;
                    settle(&tx, &event_id, "conflict", now)?;
                    queue_receipt(observer, &tx, &event_id, origin as u16, &case_id, now)?;
                    report.conflicts += 1;
                    blocked_case = Some(key);
                    progress = true;
                } else if seq == last + 1 {
                    tx.execute_batch("SAVEPOINT apply_one")?;
                    match apply_remote_event(&tx, &rules, &env, now) {
                        Ok(()) => {
                            tx.execute_batch("RELEASE apply_one")?;
                            settle(&tx, &event_id, "applied", now)?;
                            if observer {
                                super::national::note_applied(
                                    &tx,
                                    origin,
                                    env.event.recorded_at,
                                    now,
                                )?;
                            }
                            queue_receipt(observer, &tx, &event_id, origin as u16, &case_id, now)?;
                            report.applied += 1;
                            progress = true;
                        }
                        Err(e) => {
                            tx.execute_batch("ROLLBACK TO apply_one; RELEASE apply_one")?;
                            failed.insert(event_id.clone());
                            let err = e.to_string();
                            if attempts + 1 >= MAX_APPLY_ATTEMPTS {
                                park(&tx, &event_id, &err)?;
                                report.parked += 1;
                            } else {
                                // Tried again on the next pass (the next
                                // fetch), not at once.
                                tx.prepare_cached(
                                    "UPDATE inbox SET attempts = attempts + 1, error = ?2 WHERE event_id = ?1",
                                )?
                                .execute(params![event_id, err])?;
                            }
                            blocked_case = Some(key);
                        }
                    }
                } else {
                    // A gap: an earlier event of this case has not come yet.
                    blocked_case = Some(key);
                }
            }
            tx.commit()?;
            tally.finish();
            if !progress {
                break;
            }
        }
        // Events that have waited too long for the events before them
        // are parked with the reason: a gap that never closes does not keep
        // them (and their case) waiting unseen.
        let cutoff = now - chrono::Duration::days(limits::GAP_WAIT_DAYS);
        let stale = self
            .conn
            .prepare_cached(
                "UPDATE inbox SET state = 'parked', error = ?2
                  WHERE state = 'pending' AND received_at < ?1",
            )?
            .execute(params![
                cutoff,
                format!(
                    "waited more than {} days for the events before it",
                    limits::GAP_WAIT_DAYS
                )
            ])?;
        if stale > 0 {
            tracing::warn!(events = stale, "events waiting behind a gap were parked");
            report.parked += stale as u32;
        }
        Ok(report)
    }

    // ---- status and the administrator's view ------------------------------

    pub fn sync_counts(&self) -> Result<SyncCounts> {
        let c = &self.conn;
        let one =
            |sql: &str| -> Result<i64> { Ok(c.prepare_cached(sql)?.query_row([], |r| r.get(0))?) };
        Ok(SyncCounts {
            waiting: one("SELECT count(*) FROM outbox WHERE published_at IS NULL")?,
            oldest_waiting: c
                .prepare_cached("SELECT created_at FROM outbox WHERE published_at IS NULL ORDER BY seq LIMIT 1")?
                .query_row([], |r| r.get(0))
                .optional()?,
            unreceipted: one(
                "SELECT count(*) FROM outbox WHERE published_at IS NOT NULL AND delivered_at IS NULL",
            )?,
            inbox_pending: one("SELECT count(*) FROM inbox WHERE state = 'pending'")?,
            parked: one("SELECT count(*) FROM inbox WHERE state = 'parked'")?,
            quarantined: one("SELECT count(*) FROM quarantine")?,
            awaiting_update: c
                .prepare_cached("SELECT count(*) FROM quarantine WHERE reason LIKE ?1 || '%'")?
                .query_row([envelope::NEEDS_UPDATE], |r| r.get(0))?,
            dropped: one("SELECT count(*) FROM quarantine WHERE dropped = 1")?,
            expired: c
                .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
                .query_row([EXPIRED_SETTING], |r| r.get::<_, String>(0))
                .optional()?
                .and_then(|v| v.parse().ok())
                .unwrap_or(0),
            quarantine_bytes: one("SELECT coalesce(sum(length(raw)), 0) FROM quarantine")?,
            conflicts: one("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL")?,
        })
    }

    /// The first rows of the outbox not yet delivered (waiting or without
    /// a receipt), in order.
    pub fn sync_waiting(&self, limit: u32) -> Result<Vec<WaitingRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT o.seq, o.case_key, e.type, o.destination, o.attempts, o.last_error, o.created_at, o.published_at
               FROM outbox o JOIN case_events e ON e.case_key = o.case_key AND e.seq = o.event_seq
              WHERE o.published_at IS NULL OR o.delivered_at IS NULL
              ORDER BY o.seq LIMIT ?1",
        )?;
        let rows = st
            .query_map([limit], |r| {
                let dest: String = r.get(3)?;
                Ok(WaitingRow {
                    seq: r.get(0)?,
                    case_number: number_of_key(r.get(1)?),
                    event_type: r.get(2)?,
                    destination: dest.parse().unwrap_or(0),
                    attempts: r.get(4)?,
                    last_error: r.get(5)?,
                    created_at: r.get(6)?,
                    published_at: r.get(7)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    pub fn sync_parked(&self, limit: u32) -> Result<Vec<ParkedRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT event_id, case_key, seq, origin_office, COALESCE(error, ''), received_at FROM inbox
              WHERE state = 'parked' ORDER BY received_at LIMIT ?1",
        )?;
        let rows = st
            .query_map([limit], |r| {
                Ok(ParkedRow {
                    event_id: r.get(0)?,
                    case_number: number_of_key(r.get(1)?),
                    seq: r.get(2)?,
                    origin_office: r.get(3)?,
                    error: r.get(4)?,
                    received_at: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    pub fn sync_quarantine(&self, limit: u32) -> Result<Vec<QuarantineRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, subject, reason, received_at FROM quarantine ORDER BY id DESC LIMIT ?1",
        )?;
        let rows = st
            .query_map([limit], |r| {
                Ok(QuarantineRow {
                    id: r.get(0)?,
                    subject: r.get(1)?,
                    reason: r.get(2)?,
                    received_at: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Conflicts, unresolved first.
    pub fn sync_conflicts(&self, limit: u32) -> Result<Vec<ConflictRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT k.id, k.case_key, k.seq, COALESCE(le.type, '?'), i.envelope, i.origin_office, k.detected_at,
                    k.resolved_by, k.note
               FROM conflicts k
               LEFT JOIN case_events le ON le.case_key = k.case_key AND le.seq = k.seq
               JOIN inbox i ON i.event_id = k.remote_event_id
              ORDER BY k.resolved_at IS NOT NULL, k.id DESC LIMIT ?1",
        )?;
        let rows = st
            .query_map([limit], |r| {
                let env: String = r.get(4)?;
                let remote = serde_json::from_str::<EventEnvelope>(&env)
                    .map(|e| e.event.kind.name().to_string())
                    .unwrap_or_else(|_| "?".into());
                Ok(ConflictRow {
                    id: r.get(0)?,
                    case_number: number_of_key(r.get(1)?),
                    seq: r.get(2)?,
                    local_event: r.get(3)?,
                    remote_event: remote,
                    remote_office: r.get(5)?,
                    detected_at: r.get(6)?,
                    resolved_by: r.get(7)?,
                    note: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// A supervisor settles a conflict with a note: the local log stays as
    /// it is, the other office's event stays on record (not applied), and
    /// the case takes events again. Audited.
    pub fn resolve_conflict(
        &mut self,
        actor: &Actor,
        id: i64,
        note: &str,
        now: NaiveDateTime,
    ) -> Result<()> {
        super::require(actor, crate::domain::access::Act::Settle)?;
        if note.trim().is_empty() {
            return Err(StoreError::Conflict("note-empty"));
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let key: Option<i64> = tx
            .query_row(
                "SELECT case_key FROM conflicts WHERE id = ?1 AND resolved_at IS NULL",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(key) = key else {
            return Err(StoreError::Conflict("conflict-settled"));
        };
        tx.execute(
            "UPDATE conflicts SET resolved_at = ?2, resolved_by = ?3, note = ?4 WHERE id = ?1",
            params![id, now, actor.name, note.trim()],
        )?;
        audit(
            &tx,
            now,
            &actor.name,
            "sync_conflict_resolved",
            Some(key),
            note.trim(),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// At the sync engine's start: messages kept because they needed a newer
    /// program are read again; those this program reads go to the inbox
    /// (applied in their case's order), and their cases' events parked
    /// behind them are tried again. Returns how many came back; audited
    /// when any did.
    pub fn sync_resume_after_update(&mut self, office: u16, now: NaiveDateTime) -> Result<usize> {
        let rows: Vec<(i64, String, Option<i64>, Vec<u8>)> = self
            .conn
            .prepare(
                "SELECT id, subject, stream_seq, raw FROM quarantine
                  WHERE reason LIKE ?1 || '%' AND length(raw) > 0 ORDER BY id",
            )?
            .query_map([envelope::NEEDS_UPDATE], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut back = 0;
        let mut cases = Vec::new();
        for (id, subject, stream_seq, raw) in rows {
            let Parsed::Message(msg) = envelope::parse_for(&raw, self.reads_schema()) else {
                continue;
            };
            if let Message::Event(env) = msg.as_ref() {
                if let Ok(n) = CaseNumber::parse(&env.case_number) {
                    cases.push(n.key());
                }
            }
            let items = [Incoming {
                subject,
                payload: raw,
                stream_seq: stream_seq.unwrap_or(0) as u64,
                published: None,
            }];
            if self.inbox_store(office, &items, now)? == [Disposition::Ack] {
                self.conn
                    .execute("DELETE FROM quarantine WHERE id = ?1", [id])?;
                back += 1;
            }
        }
        for key in &cases {
            self.conn.execute(
                "UPDATE inbox SET state = 'pending', attempts = 0 WHERE state = 'parked' AND case_key = ?1",
                [key],
            )?;
        }
        if back > 0 {
            audit(
                &self.conn,
                now,
                "sync",
                "sync_resumed_after_update",
                None,
                &format!("{back} message(s), schema {}", self.reads_schema()),
            )?;
            self.apply_pending(now)?;
        }
        Ok(back)
    }

    /// The case numbers waiting for this workstation's upgrade: an event of
    /// theirs needs a newer program (kept, not applied).
    pub fn sync_awaiting_update(&self) -> Result<Vec<String>> {
        let mut out: Vec<String> = self
            .conn
            .prepare("SELECT raw FROM quarantine WHERE reason LIKE ?1 || '%' AND length(raw) > 0")?
            .query_map([envelope::NEEDS_UPDATE], |r| r.get::<_, Vec<u8>>(0))?
            .filter_map(|r| r.ok())
            .filter_map(|raw| {
                serde_json::from_slice::<serde_json::Value>(&raw)
                    .ok()?
                    .get("case_number")?
                    .as_str()
                    .map(str::to_string)
            })
            .collect();
        out.sort();
        out.dedup();
        Ok(out)
    }

    /// After an upgrade or a fix: parked events are tried again, and
    /// quarantined messages that this version can read go to the inbox.
    /// Returns how many came back. Administrator; audited.
    pub fn retry_parked(
        &mut self,
        actor: &Actor,
        office: u16,
        now: NaiveDateTime,
    ) -> Result<usize> {
        super::require(actor, crate::domain::access::Act::Settle)?;
        let n = self.conn.execute(
            "UPDATE inbox SET state = 'pending', attempts = 0 WHERE state = 'parked'",
            [],
        )?;
        let rows: Vec<(i64, String, Option<i64>, Vec<u8>)> = self
            .conn
            .prepare("SELECT id, subject, stream_seq, raw FROM quarantine ORDER BY id")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut back = 0;
        for (id, subject, stream_seq, raw) in rows {
            if matches!(
                envelope::parse_for(&raw, self.reads_schema()),
                Parsed::Message(_)
            ) {
                let tx_items = [Incoming {
                    subject,
                    payload: raw,
                    stream_seq: stream_seq.unwrap_or(0) as u64,
                    published: None,
                }];
                let d = self.inbox_store(office, &tx_items, now)?;
                if d == [Disposition::Ack] {
                    self.conn
                        .execute("DELETE FROM quarantine WHERE id = ?1", [id])?;
                    back += 1;
                }
            }
        }
        audit(
            &self.conn,
            now,
            &actor.name,
            "sync_retry",
            None,
            &format!("parked {n}, quarantine {back}"),
        )?;
        Ok(n + back)
    }

    /// The events of a case by key (for tests and the sync checks).
    /// SQLite's `PRAGMA data_version`: it changes when another connection
    /// (another program, the window) has committed since the last call on
    /// this one. The sync relay looks at the outbox only then.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    pub fn case_event_ids(&self, number: &CaseNumber) -> Result<Vec<String>> {
        Ok(load_case_events_by_key(&self.conn, number.key())?
            .into_iter()
            .map(|e| e.id.to_string())
            .collect())
    }
}

/// The quarantined bytes kept, per origin and in all, read once per
/// transaction (from a covering index) and kept up as rows are added: a
/// flood of small messages costs one insert each, not a scan each.
#[derive(Default)]
struct QuarantineTally {
    loaded: bool,
    of_origin: std::collections::HashMap<Option<u16>, i64>,
    total: i64,
    /// Messages whose bytes were dropped in this transaction (one log
    /// line for all of them, not one each).
    dropped: u64,
}

impl QuarantineTally {
    fn load(&mut self, tx: &rusqlite::Connection) -> Result<()> {
        if self.loaded {
            return Ok(());
        }
        let mut st = tx.prepare_cached(
            "SELECT origin_office, sum(bytes) FROM quarantine WHERE dropped = 0 GROUP BY origin_office",
        )?;
        let rows = st.query_map([], |r| {
            Ok((r.get::<_, Option<u16>>(0)?, r.get::<_, i64>(1)?))
        })?;
        for row in rows {
            let (o, b) = row?;
            self.total += b;
            self.of_origin.insert(o, b);
        }
        self.loaded = true;
        Ok(())
    }

    fn finish(&self) {
        if self.dropped > 0 {
            tracing::warn!(
                messages = self.dropped,
                "quarantined messages' bytes dropped (quota or size)"
            );
        }
    }
}

/// One message for quarantine: where it came from and what it was.
struct Quarantined<'a> {
    subject: &'a str,
    stream_seq: Option<i64>,
    payload: &'a [u8],
    origin: Option<u16>,
}

/// Puts a message into quarantine within the bounds (`limits`): its bytes
/// are kept only while its origin's and the workstation's quarantined
/// bytes stay under their quotas (and it is not too large); otherwise only
/// the record (subject, reason, size, origin) is kept, marked dropped.
fn quarantine_bounded(
    tx: &rusqlite::Connection,
    tally: &mut QuarantineTally,
    m: Quarantined<'_>,
    reason: &str,
    now: NaiveDateTime,
) -> Result<()> {
    tally.load(tx)?;
    let size = m.payload.len() as i64;
    let of_origin = tally.of_origin.get(&m.origin).copied().unwrap_or(0);
    let keep = m.payload.len() <= limits::MAX_MESSAGE_BYTES
        && of_origin + size <= limits::QUARANTINE_BYTES_PER_ORIGIN
        && tally.total + size <= limits::QUARANTINE_BYTES_TOTAL;
    let (raw, reason): (&[u8], String) = if keep {
        (m.payload, reason.to_string())
    } else if m.payload.len() > limits::MAX_MESSAGE_BYTES {
        (&[], reason.to_string())
    } else {
        (&[], format!("{reason}; bytes dropped: quarantine quota"))
    };
    tx.prepare_cached(
        "INSERT INTO quarantine (subject, stream_seq, raw, reason, received_at, bytes, origin_office, dropped)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        m.subject,
        m.stream_seq,
        raw,
        reason,
        now,
        size,
        m.origin,
        !keep
    ])?;
    if keep {
        *tally.of_origin.entry(m.origin).or_insert(0) += size;
        tally.total += size;
    } else {
        tally.dropped += 1;
    }
    Ok(())
}

/// Removes quarantine records older than `limits::QUARANTINE_DAYS` and the
/// oldest beyond `limits::QUARANTINE_ROWS`, counting them in the settings.
fn expire_quarantine(tx: &rusqlite::Connection, now: NaiveDateTime) -> Result<()> {
    let cutoff = now - chrono::Duration::days(limits::QUARANTINE_DAYS);
    let mut gone = tx
        .prepare_cached("DELETE FROM quarantine WHERE received_at < ?1")?
        .execute([cutoff])?;
    gone += tx
        .prepare_cached(
            "DELETE FROM quarantine WHERE id IN (SELECT id FROM quarantine ORDER BY id DESC LIMIT -1 OFFSET ?1)",
        )?
        .execute([limits::QUARANTINE_ROWS])?;
    if gone > 0 {
        tx.prepare_cached(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + ?2 AS TEXT)",
        )?
        .execute(params![EXPIRED_SETTING, gone as i64])?;
        tracing::info!(removed = gone, "old quarantine records removed");
    }
    Ok(())
}

/// Queues the receipt for an event settled here — none at the ministry
/// (`observer`), which reads the origin's own copy and answers nothing:
/// the offices resend only what an office they address did not confirm.
fn queue_receipt(
    observer: bool,
    tx: &rusqlite::Connection,
    event_id: &str,
    to: u16,
    case_id: &Uuid,
    now: NaiveDateTime,
) -> Result<()> {
    if observer {
        return Ok(());
    }
    tx.prepare_cached(
        "INSERT OR IGNORE INTO receipts_out (event_id, to_office, case_id, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![event_id, to, case_id.to_string(), now])?;
    Ok(())
}

fn settle(
    tx: &rusqlite::Connection,
    event_id: &str,
    state: &str,
    now: NaiveDateTime,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE inbox SET state = ?2, applied_at = ?3, error = NULL WHERE event_id = ?1",
    )?
    .execute(params![event_id, state, now])?;
    Ok(())
}

/// Why office `origin` may not send its own case `key` here, if it may
/// not. An office writes its own cases — but only to the offices that are
/// party to them: its own workstations, the police office its cases are
/// routed to for review (this workstation's routes say so, not the
/// sender), or an office that already holds the case. Anything else would
/// let any office put cases into another's store (and block the
/// applicant's real intake there as "already open").
fn not_a_party(
    tx: &rusqlite::Connection,
    key: i64,
    origin: i64,
    own: Option<i64>,
) -> Result<Option<String>> {
    if own == Some(origin) {
        return Ok(None);
    }
    let held: bool = tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM cases WHERE key = ?1)")?
        .query_row([key], |r| r.get(0))?;
    if held {
        return Ok(None);
    }
    let routed: bool = tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM routes WHERE sc_office = ?1 AND police_office = ?2)",
        )?
        .query_row(params![origin, own], |r| r.get(0))?;
    if routed {
        return Ok(None);
    }
    let number = crate::domain::case::CaseNumber::from_key(key)
        .map(|n| n.to_string())
        .unwrap_or_else(|| key.to_string());
    Ok(Some(format!(
        "office {origin} is not routed here: its case {number} is not this office's to hold"
    )))
}

/// Why the office `origin` may not write to case `key`, if it may not: an
/// event is only taken from the office that numbered the case, the office
/// that reviews it, or an office already in its log — and the event must
/// say it comes from the office that sent it.
fn never_held(
    tx: &rusqlite::Connection,
    key: i64,
    origin: i64,
    env: &EventEnvelope,
    observer: bool,
) -> Result<Option<String>> {
    let Some(number) = crate::domain::case::CaseNumber::from_key(key) else {
        return Ok(Some(format!("case key {key} is no case number")));
    };
    if i64::from(env.event.office) != origin {
        return Ok(Some(format!(
            "sent by office {origin} but says it is from office {}",
            env.event.office
        )));
    }
    if i64::from(number.office) == origin {
        // The ministry keeps every office's cases: the office that
        // numbered a case writes it there.
        if observer {
            return Ok(None);
        }
        let own: Option<i64> = tx
            .prepare_cached("SELECT code FROM offices WHERE is_self = 1")?
            .query_row([], |r| r.get(0))
            .optional()?;
        return not_a_party(tx, key, origin, own);
    }
    let review: Option<i64> = tx
        .prepare_cached("SELECT review_office FROM cases WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?
        .flatten();
    if review == Some(origin) {
        return Ok(None);
    }
    let wrote: bool = tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM case_events WHERE case_key = ?1 AND office_code = ?2)",
        )?
        .query_row(params![key, origin], |r| r.get(0))?;
    if wrote {
        return Ok(None);
    }
    Ok(Some(format!(
        "office {origin} never held case {number}: refused, the case flows on"
    )))
}

fn park(tx: &rusqlite::Connection, event_id: &str, error: &str) -> Result<()> {
    tx.prepare_cached(
        "UPDATE inbox SET state = 'parked', attempts = attempts + 1, error = ?2 WHERE event_id = ?1",
    )?
    .execute(params![event_id, error])?;
    Ok(())
}
