//! Cases: the event log, its queryable projection, the audit trail and the
//! outbox, each change in one transaction.

use super::{audit, chain, Actor, Office, Result, Store, StoreError};
use crate::domain::case::{CaseEvent, CaseNumber, CaseState, EventKind, Status};
use crate::domain::checklist::{self, Checklist};
use crate::domain::deadlines::{next_pending, Deadline, DeadlineCalc};
use crate::domain::ids::{name_search_key, Iin};
use crate::domain::intake::{canonical_iin, Intake};
use crate::domain::profile::RegulationProfile;
use crate::domain::records::{CaseRecord, CaseSummary, SearchPage};
use crate::domain::rulebook::{self, Acting};
use crate::domain::rules::Rules;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

/// What the counter does with a new intake.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntakeOutcome {
    /// Keep it open (pre-filled from the portal, or work in progress).
    Open,
    /// Accept a complete package: the Annex 4 receipt.
    Accept,
    /// Refuse an incomplete package: the Annex 5 receipt.
    RefuseIncomplete,
}

/// The deadline board's filters; `None` is "all".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BoardFilter {
    pub status: Option<Status>,
    pub office_code: Option<u16>,
    pub officer: Option<String>,
}

const SUMMARY_COLUMNS: &str =
    "id, number, status, iin, surname, given_name, patronymic, opened_on, accepted_on, next_due, next_due_kind";

fn summary_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CaseSummary> {
    let number: String = r.get(1)?;
    let status: String = r.get(2)?;
    let corrupt = |what: &str| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("bad {what}").into(),
        )
    };
    let surname: String = r.get(4)?;
    let given: String = r.get(5)?;
    let patronymic: String = r.get(6)?;
    Ok(CaseSummary {
        id: r.get(0)?,
        number: CaseNumber::parse(&number).map_err(|_| corrupt("case number"))?,
        status: Status::parse(&status).ok_or_else(|| corrupt("status"))?,
        iin: r.get(3)?,
        full_name: crate::domain::intake::join_name(&surname, &given, &patronymic),
        opened_on: r.get(7)?,
        accepted_on: r.get(8)?,
        next_due: r.get(9)?,
        next_due_kind: r.get(10)?,
    })
}

/// Writes the children-by-IIN rows of a case, removing those of the
/// intake it replaces (by primary key: no scan).
fn write_children(tx: &Connection, key: i64, old: Option<&Intake>, new: &Intake) -> Result<()> {
    let iins = |i: &Intake| -> Vec<String> {
        i.children
            .iter()
            .map(|c| canonical_iin(c.iin.trim()))
            .filter(|s| !s.is_empty())
            .collect()
    };
    if let Some(old) = old {
        let mut st =
            tx.prepare_cached("DELETE FROM case_children WHERE iin = ?1 AND case_key = ?2")?;
        for iin in iins(old) {
            st.execute(params![iin, key])?;
        }
    }
    let mut st =
        tx.prepare_cached("INSERT OR IGNORE INTO case_children (iin, case_key) VALUES (?1, ?2)")?;
    for iin in iins(new) {
        st.execute(params![iin, key])?;
    }
    Ok(())
}

/// Everything the `cases` row holds beyond the state itself.
struct Projection<'a> {
    id: &'a str,
    number: &'a CaseNumber,
    state: &'a CaseState,
    missing: usize,
    next: Option<&'a Deadline>,
    profile_id: &'a str,
    last_seq: u32,
    /// The officer who recorded this change, if an officer did.
    officer: Option<&'a str>,
    now: NaiveDateTime,
}

/// Inserts or updates the `cases` row of a case.
fn write_projection(tx: &Connection, p: &Projection<'_>) -> Result<()> {
    let a = &p.state.intake.applicant;
    tx.prepare_cached(
        "INSERT INTO cases (key, id, number, office_kind, status, iin, surname, given_name, patronymic, name_key,
            doc_lang, profile_id, opened_on, accepted_on, missing_count, next_due, next_due_kind, last_seq, updated_at, officer)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)
         ON CONFLICT(key) DO UPDATE SET status = excluded.status, iin = excluded.iin, surname = excluded.surname,
            given_name = excluded.given_name, patronymic = excluded.patronymic, name_key = excluded.name_key,
            doc_lang = excluded.doc_lang, accepted_on = excluded.accepted_on,
            missing_count = excluded.missing_count, next_due = excluded.next_due,
            next_due_kind = excluded.next_due_kind, last_seq = excluded.last_seq, updated_at = excluded.updated_at,
            officer = COALESCE(excluded.officer, cases.officer)",
    )?
    .execute(params![
        p.number.key(),
        p.id,
        p.number.to_string(),
        p.state.office_kind.as_str(),
        p.state.status.as_str(),
        canonical_iin(a.iin.trim()),
        a.surname.trim(),
        a.given_name.trim(),
        a.patronymic.trim(),
        name_search_key(&a.full_name()),
        p.state.intake.lang.to_string(),
        p.profile_id,
        p.state.opened_on,
        p.state.accepted_on,
        p.missing as i64,
        p.next.map(|d| d.due),
        p.next.map(|d| d.kind.as_str()),
        p.last_seq,
        p.now,
        p.officer
    ])?;
    Ok(())
}

/// Inserts one event into the log, hash-chained to the case's event
/// before it (no outbox: also used for events that arrive from other
/// workstations).
pub(super) fn insert_event(tx: &Connection, key: i64, ev: &CaseEvent) -> Result<()> {
    let payload =
        serde_json::to_string(&ev.kind).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    chain::insert_event(
        tx,
        &chain::EventRow {
            case_key: key,
            seq: ev.seq,
            id: &ev.id.to_string(),
            kind: ev.kind.name(),
            recorded_at: ev.recorded_at,
            actor: &ev.actor,
            office: ev.office,
            payload: &payload,
        },
    )
}

/// Inserts one event recorded here and its outbox rows, one per
/// destination office.
fn write_event(
    tx: &Connection,
    key: i64,
    ev: &CaseEvent,
    now: NaiveDateTime,
    dests: &[u16],
) -> Result<()> {
    insert_event(tx, key, ev)?;
    queue_event(tx, key, ev.seq, &ev.id.to_string(), dests, now)
}

fn queue_event(
    tx: &Connection,
    key: i64,
    seq: u32,
    event_id: &str,
    dests: &[u16],
    now: NaiveDateTime,
) -> Result<()> {
    let mut st = tx.prepare_cached(
        "INSERT INTO outbox (case_key, event_seq, event_id, destination, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for d in dests {
        st.execute(params![key, seq, event_id, d.to_string(), now])?;
    }
    Ok(())
}

/// The offices an event of a case goes to: this office (its sibling
/// workstations keep a full replica), the office that accepted the case
/// (its code leads the case number) and the office that reviews it.
pub(super) fn destinations(own: u16, number: &CaseNumber, review: Option<u16>) -> Vec<u16> {
    let mut d = vec![own];
    for o in [Some(number.office), review].into_iter().flatten() {
        if !d.contains(&o) {
            d.push(o);
        }
    }
    d
}

/// The reviewing office for a case accepted at `office` today: the office
/// itself at a migration police office, else the route set by the
/// administrator (none: this workstation works alone).
fn review_office_for(tx: &Connection, office: &Office) -> Result<Option<u16>> {
    if office.kind == crate::domain::OfficeKind::MigrationPolice {
        return Ok(Some(office.code));
    }
    Ok(tx
        .prepare_cached("SELECT police_office FROM routes WHERE sc_office = ?1")?
        .query_row([office.code], |r| r.get(0))
        .optional()?)
}

/// A case's events, in order (for the report).
pub(super) fn events_of(conn: &Connection, key: i64, case_id: Uuid) -> Result<Vec<CaseEvent>> {
    load_events(conn, key, case_id)
}

fn load_events(conn: &Connection, key: i64, case_id: Uuid) -> Result<Vec<CaseEvent>> {
    let mut st = conn.prepare_cached(
        "SELECT id, seq, recorded_at, actor, office_code, payload FROM case_events WHERE case_key = ?1 ORDER BY seq",
    )?;
    let rows = st.query_map([key], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, u32>(1)?,
            r.get::<_, NaiveDateTime>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, u16>(4)?,
            r.get::<_, String>(5)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, seq, recorded_at, actor, office, payload) = row?;
        let bad = |what: &str| StoreError::Corrupt(format!("event {id}: {what}"));
        out.push(CaseEvent {
            id: Uuid::parse_str(&id).map_err(|_| bad("id"))?,
            case_id,
            seq,
            recorded_at,
            actor,
            office,
            kind: serde_json::from_str(&payload).map_err(|e| bad(&e.to_string()))?,
        });
    }
    Ok(out)
}

impl Store {
    /// This workstation's office (cached).
    fn office(&mut self) -> Result<Office> {
        if let Some(o) = &self.office_cache {
            return Ok(o.clone());
        }
        let o = self.self_office()?;
        self.office_cache = Some(o.clone());
        Ok(o)
    }

    /// Validates an intake and commits it as a new case — the projection,
    /// the children, the events (the whole questionnaire with its children,
    /// relatives and activities; the checklist at acceptance), the outbox
    /// rows and the audit record, in one transaction.
    pub fn commit_intake(
        &mut self,
        actor: &Actor,
        intake: &Intake,
        outcome: IntakeOutcome,
        today: NaiveDate,
        now: NaiveDateTime,
    ) -> Result<CaseRecord> {
        self.commit_draft(actor, None, intake, outcome, true, today, now)
    }

    /// As `commit_intake`, for a draft with an identity: committing the
    /// same draft again is refused with the number of the case it became,
    /// and the draft is removed in the same transaction.
    /// `second_case`: also when the applicant already has an open case
    /// (otherwise refused with that case's number, unless the package is
    /// refused at intake).
    #[allow(clippy::too_many_arguments)]
    pub fn commit_draft(
        &mut self,
        actor: &Actor,
        draft_id: Option<&str>,
        intake: &Intake,
        outcome: IntakeOutcome,
        second_case: bool,
        today: NaiveDate,
        now: NaiveDateTime,
    ) -> Result<CaseRecord> {
        self.refuse_if_damaged()?;
        // One stored form of every identity number, whichever way it came.
        let intake = &intake.with_canonical_ids();
        // A refusal needs only what its receipt and the case are kept by.
        let validation = match outcome {
            IntakeOutcome::RefuseIncomplete => intake.validate_refusal(today),
            IntakeOutcome::Open | IntakeOutcome::Accept => intake.validate(today),
        };
        if !validation.is_ok() {
            return Err(StoreError::Invalid(validation));
        }
        let office = self.office()?;
        rulebook::check_opening(&Acting {
            role: actor.role,
            office: office.code,
            office_kind: office.kind,
        })?;
        let rules = self.rules()?;
        let profile = rules
            .profile_on(today)
            .ok_or(StoreError::NoProfile(today))?;
        let checklist = checklist::build(intake, office.kind, today, profile, &rules.mci);
        let case_id = Uuid::now_v7();
        let mk = |seq: u32, kind: EventKind| CaseEvent {
            id: Uuid::now_v7(),
            case_id,
            seq,
            recorded_at: now,
            actor: actor.name.clone(),
            office: office.code,
            kind,
        };
        let opened = EventKind::IntakeOpened {
            office_kind: office.kind,
            on: today,
            intake: Box::new(intake.clone()),
        };
        let mut events = vec![mk(1, opened)];
        let mut calc = DeadlineCalc::new(profile, &rules.calendar);
        match outcome {
            IntakeOutcome::Open => {}
            IntakeOutcome::Accept => {
                let come_back_on = calc
                    .come_back_on(office.kind, today)
                    .ok_or(StoreError::NoProfile(today))?;
                events.push(mk(
                    2,
                    EventKind::Accepted {
                        on: today,
                        come_back_on,
                        checklist: checklist.clone(),
                    },
                ));
            }
            IntakeOutcome::RefuseIncomplete => {
                let missing = checklist.missing().cloned().collect();
                events.push(mk(2, EventKind::RefusedAtIntake { on: today, missing }));
            }
        }
        let state = CaseState::fold(&events)?;
        let deadlines = calc.for_case(&state);
        let next = next_pending(state.status, &deadlines);
        let id = case_id.to_string();

        let block = self.number_block()?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        if let Some(draft) = draft_id {
            let existing: Option<i64> = tx
                .prepare_cached("SELECT case_key FROM intake_commits WHERE draft_id = ?1")?
                .query_row([draft], |r| r.get(0))
                .optional()?;
            if let Some(key) = existing {
                let number = CaseNumber::from_key(key)
                    .ok_or_else(|| StoreError::Corrupt(format!("case key {key}")))?;
                return Err(StoreError::AlreadyCommitted(number.to_string()));
            }
        }
        // One open case per applicant, unless the clerk says otherwise: a
        // retried import or a second press must not make a second case.
        if !second_case && outcome != IntakeOutcome::RefuseIncomplete {
            let open: Option<i64> = tx
                .prepare_cached(&format!(
                    "SELECT key FROM cases WHERE iin = ?1 AND status IN ({}) ORDER BY key LIMIT 1",
                    rulebook::open_statuses()
                        .iter()
                        .map(|s| format!("'{s}'"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))?
                .query_row([intake.applicant.iin.trim()], |r| r.get(0))
                .optional()?;
            if let Some(key) = open {
                let number = CaseNumber::from_key(key)
                    .ok_or_else(|| StoreError::Corrupt(format!("case key {key}")))?;
                return Err(StoreError::OpenCaseExists(number.to_string()));
            }
        }
        let year = today.year();
        let number = next_number(&tx, office.code, year, block)?;
        let key = number.key();
        let review = if state.status == Status::UnderReview {
            review_office_for(&tx, &office)?
        } else {
            None
        };
        let dests = destinations(office.code, &number, review);
        write_projection(
            &tx,
            &Projection {
                id: &id,
                number: &number,
                state: &state,
                missing: checklist.missing().count(),
                next: next.as_ref(),
                profile_id: &profile.id,
                last_seq: events.len() as u32,
                officer: (review == Some(office.code)).then_some(actor.name.as_str()),
                now,
            },
        )?;
        write_children(&tx, key, None, intake)?;
        for ev in &events {
            write_event(&tx, key, ev, now, &dests)?;
        }
        if review.is_some() {
            tx.prepare_cached("UPDATE cases SET review_office = ?2 WHERE key = ?1")?
                .execute(params![key, review])?;
        }
        if let Some(draft) = draft_id {
            tx.prepare_cached(
                "INSERT INTO intake_commits (draft_id, case_key, committed_at) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![draft, key, now])?;
            tx.prepare_cached("DELETE FROM drafts WHERE draft_id = ?1")?
                .execute([draft])?;
        }
        let action = match outcome {
            IntakeOutcome::Open => "case_open",
            IntakeOutcome::Accept => "case_accept",
            IntakeOutcome::RefuseIncomplete => "case_refuse_intake",
        };
        audit(
            &tx,
            now,
            &actor.name,
            action,
            Some(key),
            &number.to_string(),
        )?;
        chain::record_terms(&tx, now, &actor.name, key, &profile.id, review)?;
        tx.commit()?;
        Ok(CaseRecord {
            summary: summary_of(&id, &number, &state, next.as_ref()),
            state,
            events,
            checklist,
            deadlines,
            profile_id: profile.id.clone(),
            review_office: review,
        })
    }

    /// Appends an event to a case after checking the transition; the
    /// projection, audit and outbox change in the same transaction.
    pub fn append_event(
        &mut self,
        actor: &Actor,
        number: &CaseNumber,
        kind: EventKind,
        today: NaiveDate,
        now: NaiveDateTime,
    ) -> Result<CaseRecord> {
        self.append_event_with(actor, number, kind, today, now, |_| Ok(()))
    }

    /// As `append_event`, with `also` written in the same transaction (a
    /// register row that changes together with the case).
    pub(crate) fn append_event_with(
        &mut self,
        actor: &Actor,
        number: &CaseNumber,
        kind: EventKind,
        today: NaiveDate,
        now: NaiveDateTime,
        also: impl FnOnce(&Connection) -> Result<()>,
    ) -> Result<CaseRecord> {
        self.refuse_if_damaged()?;
        if let EventKind::IntakeUpdated { intake } = &kind {
            let v = intake.validate(today);
            if !v.is_ok() {
                return Err(StoreError::Invalid(v));
            }
        }
        let office = self.office()?;
        let rules = self.rules()?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let (case_id, profile_id) = case_key(&tx, number)?;
        let key = number.key();
        let id = case_id.to_string();
        let mut events = load_events(&tx, key, case_id)?;
        let state = CaseState::fold(&events)?;
        let ev = CaseEvent {
            id: Uuid::now_v7(),
            case_id,
            seq: events.len() as u32 + 1,
            recorded_at: now,
            actor: actor.name.clone(),
            office: office.code,
            kind,
        };
        let mut review: Option<u16> = tx
            .prepare_cached("SELECT review_office FROM cases WHERE key = ?1")?
            .query_row([key], |r| r.get(0))?;
        let profile = rules_profile(&rules, &profile_id, state.opened_on)?;
        let bodies: Option<String> = tx
            .query_row(
                "SELECT value FROM settings WHERE key = 'approving_bodies'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        let bodies = rulebook::bodies_from_setting(bodies.as_deref());
        // The rulebook decides: who may write, at which office, and whether
        // the event may follow under the case's own profile.
        rulebook::check(
            &Acting {
                role: actor.role,
                office: office.code,
                office_kind: office.kind,
            },
            &rulebook::Case {
                state: &state,
                origin: number.office,
                review,
                profile,
                calendar: &rules.calendar,
                bodies: &bodies,
            },
            &ev.kind,
        )?;
        let old_intake = state.intake.clone();
        let state = state.apply(&ev)?;
        if review.is_none() && state.status == Status::UnderReview {
            // Submitted for review: the reviewing office receives the
            // whole log, the earlier events first.
            review = review_office_for(&tx, &office)?;
            if let Some(r) = review {
                if r != office.code {
                    for e in &events {
                        queue_event(&tx, key, e.seq, &e.id.to_string(), &[r], now)?;
                    }
                }
                tx.prepare_cached("UPDATE cases SET review_office = ?2 WHERE key = ?1")?
                    .execute(params![key, r])?;
                chain::record_terms(&tx, now, &actor.name, key, &profile_id, review)?;
            }
        }
        let checklist = current_checklist(&state, today, profile, &rules);
        let next = DeadlineCalc::new(profile, &rules.calendar).next_due(&state);
        write_event(
            &tx,
            key,
            &ev,
            now,
            &destinations(office.code, number, review),
        )?;
        write_projection(
            &tx,
            &Projection {
                id: &id,
                number,
                state: &state,
                missing: checklist.missing().count(),
                next: next.as_ref(),
                profile_id: &profile_id,
                last_seq: ev.seq,
                // Whoever records a step at the reviewing office works on
                // the case there (`db check` derives it so).
                officer: (review == Some(office.code)).then_some(actor.name.as_str()),
                now,
            },
        )?;
        if let EventKind::IntakeUpdated { intake } = &ev.kind {
            write_children(&tx, key, Some(&old_intake), intake)?;
        }
        audit(
            &tx,
            now,
            &actor.name,
            &format!("event:{}", ev.kind.name()),
            Some(key),
            &number.to_string(),
        )?;
        also(&tx)?;
        tx.commit()?;
        events.push(ev);
        self.record_from(id, number, state, events, today, &rules, profile_id)
    }

    #[allow(clippy::too_many_arguments)]
    fn record_from(
        &self,
        id: String,
        number: &CaseNumber,
        state: CaseState,
        events: Vec<CaseEvent>,
        today: NaiveDate,
        rules: &Rules,
        profile_id: String,
    ) -> Result<CaseRecord> {
        let profile = rules_profile(rules, &profile_id, state.opened_on)?;
        let checklist = current_checklist(&state, today, profile, rules);
        let deadlines = DeadlineCalc::new(profile, &rules.calendar).for_case(&state);
        let next = next_pending(state.status, &deadlines);
        let review_office: Option<u16> = self
            .conn
            .prepare_cached("SELECT review_office FROM cases WHERE key = ?1")?
            .query_row([number.key()], |r| r.get(0))
            .optional()?
            .flatten();
        Ok(CaseRecord {
            summary: summary_of(&id, number, &state, next.as_ref()),
            state,
            events,
            checklist,
            deadlines,
            profile_id,
            review_office,
        })
    }

    /// Opens a case for viewing; the view is written to the audit log.
    pub fn view_case(
        &mut self,
        actor: &Actor,
        number: &CaseNumber,
        today: NaiveDate,
        now: NaiveDateTime,
    ) -> Result<CaseRecord> {
        self.no_cases_here()?;
        let rec = self.case_record(number, today)?;
        audit(
            &self.conn,
            now,
            &actor.name,
            "case_view",
            Some(number.key()),
            &number.to_string(),
        )?;
        Ok(rec)
    }

    /// A case as `view_case` gives it, without a view in the audit log: for
    /// the checks before a change, which is audited itself.
    pub fn case_record(&mut self, number: &CaseNumber, today: NaiveDate) -> Result<CaseRecord> {
        let rules = self.rules()?;
        let (case_id, profile_id) = case_key(&self.conn, number)?;
        let events = load_events(&self.conn, number.key(), case_id)?;
        let state = CaseState::fold(&events)?;
        let id = case_id.to_string();
        self.record_from(id, number, state, events, today, &rules, profile_id)
    }

    /// Cases of a person: as the applicant, or as a child going along.
    pub fn find_by_iin(&self, iin: &Iin) -> Result<Vec<CaseSummary>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM cases WHERE iin = ?1
             UNION
             SELECT {cols} FROM cases c JOIN case_children ch ON ch.case_key = c.key WHERE ch.iin = ?1
             ORDER BY 1 DESC LIMIT 200",
            cols = SUMMARY_COLUMNS
                .split(", ")
                .map(|c| format!("c.{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        ))?;
        let rows = st.query_map([iin.as_string()], summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The questionnaire of the newest case in which `iin` appears (as the
    /// applicant or as a child going along), for the counter to offer what
    /// is already known of that person. Reading it is a view of personal
    /// data: written to the audit log with the case's number.
    pub fn earlier_intake(
        &mut self,
        actor: &Actor,
        iin: &Iin,
        today: NaiveDate,
        now: NaiveDateTime,
    ) -> Result<Option<(CaseNumber, crate::domain::intake::Intake)>> {
        let Some(newest) = self.find_by_iin(iin)?.into_iter().next() else {
            return Ok(None);
        };
        let rec = self.case_record(&newest.number, today)?;
        audit(
            &self.conn,
            now,
            &actor.name,
            "person_lookup",
            Some(newest.number.key()),
            &newest.number.to_string(),
        )?;
        Ok(Some((newest.number, rec.state.intake)))
    }

    pub fn find_by_number(&self, number: &CaseNumber) -> Result<Option<CaseSummary>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM cases WHERE key = ?1"
        ))?;
        Ok(st.query_row([number.key()], summary_from_row).optional()?)
    }

    /// Case-insensitive name-prefix search ("сейт", "Сейтқали Ерж"), by the
    /// folded name key, in name order, one page at a time.
    pub fn search_name_prefix(&self, prefix: &str, offset: u32, limit: u32) -> Result<SearchPage> {
        let key = name_search_key(prefix);
        if key.is_empty() {
            return Ok(SearchPage {
                rows: vec![],
                more: false,
            });
        }
        // Every key that starts with `key` sorts between `key` and
        // `key` + U+10FFFF in SQLite's byte order: an index range scan.
        let upper = format!("{key}\u{10FFFF}");
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM cases WHERE name_key >= ?1 AND name_key < ?2
             ORDER BY name_key, key LIMIT ?3 OFFSET ?4"
        ))?;
        let mut rows = st
            .query_map(params![key, upper, limit + 1, offset], summary_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let more = rows.len() > limit as usize;
        rows.truncate(limit as usize);
        Ok(SearchPage { rows, more })
    }

    /// One page of all cases, by office and newest first within it (the
    /// table is clustered by the case number).
    pub fn list_cases(&self, offset: u32, limit: u32) -> Result<SearchPage> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM cases ORDER BY key DESC LIMIT ?1 OFFSET ?2"
        ))?;
        let mut rows = st
            .query_map(params![limit + 1, offset], summary_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let more = rows.len() > limit as usize;
        rows.truncate(limit as usize);
        Ok(SearchPage { rows, more })
    }

    /// Open cases by their next due date, earliest (and overdue) first,
    /// narrowed by the filter: one status (the officer's review queue is
    /// `UnderReview`), one office, one officer (the supervisor's board).
    /// Open cases by their next due date, overdue first; filtered by a
    /// stage, also the cases of that stage with no deadline running (a
    /// decision passed to the provider), after those with one.
    pub fn cases_by_due(&self, f: &BoardFilter, offset: u32, limit: u32) -> Result<SearchPage> {
        self.no_cases_here()?;
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM cases
              WHERE (next_due IS NOT NULL OR ?1 IS NOT NULL) AND (?1 IS NULL OR status = ?1)
               AND (?4 IS NULL OR key / 10000000000 = ?4) AND (?5 IS NULL OR officer = ?5)
             ORDER BY next_due IS NULL, next_due, key LIMIT ?2 OFFSET ?3"
        ))?;
        let mut rows = st
            .query_map(
                params![
                    f.status.map(|s| s.as_str()),
                    limit + 1,
                    offset,
                    f.office_code,
                    f.officer
                ],
                summary_from_row,
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let more = rows.len() > limit as usize;
        rows.truncate(limit as usize);
        Ok(SearchPage { rows, more })
    }

    /// What the board's filters offer: the offices (by code) and the
    /// officers among the open cases with a due date.
    pub fn board_choices(&self) -> Result<(Vec<u16>, Vec<String>)> {
        let mut st = self.conn.prepare_cached(
            "SELECT DISTINCT key / 10000000000 FROM cases WHERE next_due IS NOT NULL ORDER BY 1",
        )?;
        let offices = st
            .query_map([], |r| r.get::<_, u16>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut st = self.conn.prepare_cached(
            "SELECT DISTINCT officer FROM cases WHERE next_due IS NOT NULL AND officer IS NOT NULL ORDER BY 1",
        )?;
        let officers = st
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((offices, officers))
    }

    /// One search box for the case list: a case number, an IIN, or a name prefix.
    pub fn search(&self, query: &str, offset: u32, limit: u32) -> Result<SearchPage> {
        let q = query.trim();
        if let Ok(n) = CaseNumber::parse(q) {
            return Ok(SearchPage {
                rows: self.find_by_number(&n)?.into_iter().collect(),
                more: false,
            });
        }
        if let Ok(iin) = Iin::parse(q) {
            let rows = self.find_by_iin(&iin)?;
            return Ok(SearchPage { rows, more: false });
        }
        if q.is_empty() {
            return self.list_cases(offset, limit);
        }
        self.search_name_prefix(q, offset, limit)
    }

    /// `search`, written to the audit log: who searched, for what (the
    /// kind of query and the query itself: the audit log is personal data
    /// inside the protected store like the cases it is about), how many
    /// cases were found. The empty query lists every case, page by page,
    /// like the deadline board: a list, not a lookup, and not audited.
    pub fn search_audited(
        &self,
        actor: &Actor,
        query: &str,
        offset: u32,
        limit: u32,
        now: NaiveDateTime,
    ) -> Result<SearchPage> {
        self.no_cases_here()?;
        let page = self.search(query, offset, limit)?;
        let q = query.trim();
        let what = if let Ok(n) = CaseNumber::parse(q) {
            format!("kind=number query={n}")
        } else if let Ok(iin) = Iin::parse(q) {
            format!("kind=iin query={}", iin.as_string())
        } else if q.is_empty() {
            return Ok(page);
        } else {
            let prefix: String = q.chars().take(64).collect();
            format!("kind=name query={prefix:?}")
        };
        let mut details = format!("{what} found={}", page.rows.len());
        if offset > 0 {
            details.push_str(&format!(" offset={offset}"));
        }
        if page.more {
            details.push_str(" more");
        }
        // One case found: the search shows in that case's audit trail too.
        let case_key = match page.rows.as_slice() {
            [one] => Some(one.number.key()),
            _ => None,
        };
        audit(&self.conn, now, &actor.name, "search", case_key, &details)?;
        Ok(page)
    }

    pub fn case_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM cases", [], |r| r.get(0))?)
    }

    /// Fills the store with `n` synthetic open cases for benchmarks and load
    /// tests (valid IINs from the check-digit rule, generated names), opened
    /// on `today`. Not reachable from the GUI or the CLI.
    #[doc(hidden)]
    pub fn seed_synthetic(&mut self, n: u32, today: NaiveDate, now: NaiveDateTime) -> Result<()> {
        let office = self.office()?;
        let rules = self.rules()?;
        let profile_id = rules
            .profile_on(today)
            .ok_or(StoreError::NoProfile(today))?
            .id
            .clone();
        let surnames = [
            "Әбдіров",
            "Сейтқали",
            "Иванов",
            "Құрманбек",
            "Петрова",
            "Жұмабаев",
            "Ким",
            "Өмірзақ",
            "Ғалымжанов",
            "Шевченко",
            "Нұрланов",
            "Ли",
        ];
        let given = [
            "Ержан",
            "Айгүл",
            "Сергей",
            "Дана",
            "Нұрлан",
            "Ольга",
            "Бауыржан",
            "Әсел",
        ];
        let year = today.year();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        {
            let start = next_number(&tx, office.code, year, 0)?.seq;
            for i in 0..n {
                let seq = start + i;
                let number = CaseNumber::new(office.code, year as u16, seq)
                    .ok_or(StoreError::SequenceExhausted(office.code))?;
                let mut intake = Intake::default();
                intake.applicant.surname =
                    format!("{}{}", surnames[(i as usize) % surnames.len()], seq % 997);
                intake.applicant.given_name =
                    given[(i as usize / surnames.len()) % given.len()].to_string();
                intake.applicant.iin =
                    synthetic_iin(u64::from(seq) + 1_000_000 * u64::from(year as u32 % 100));
                let kind = EventKind::IntakeOpened {
                    office_kind: office.kind,
                    on: today,
                    intake: Box::new(intake),
                };
                let payload =
                    serde_json::to_string(&kind).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                let id = Uuid::now_v7().to_string();
                let ev = CaseEvent {
                    id: Uuid::now_v7(),
                    case_id: Uuid::nil(),
                    seq: 1,
                    recorded_at: now,
                    actor: "seed".into(),
                    office: office.code,
                    kind,
                };
                let state = CaseState::open(&ev)?;
                write_projection(
                    &tx,
                    &Projection {
                        id: &id,
                        number: &number,
                        state: &state,
                        missing: 0,
                        next: None,
                        profile_id: &profile_id,
                        last_seq: 1,
                        officer: None,
                        now,
                    },
                )?;
                chain::insert_event(
                    &tx,
                    &chain::EventRow {
                        case_key: number.key(),
                        seq: 1,
                        id: &ev.id.to_string(),
                        kind: ev.kind.name(),
                        recorded_at: now,
                        actor: "seed",
                        office: office.code,
                        payload: &payload,
                    },
                )?;
                chain::record_terms(&tx, now, "seed", number.key(), &profile_id, None)?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}

/// Counts every case's next deadline again with `rules` (after an import
/// of the calendar or a profile), inside the caller's transaction; how
/// many changed.
pub(super) fn refresh_deadlines(tx: &Connection, rules: &Rules) -> Result<usize> {
    /// key, id, profile, next deadline and its kind as stored
    type Row = (i64, String, String, Option<String>, Option<String>);
    let cases: Vec<Row> = tx
        .prepare("SELECT key, id, profile_id, next_due, next_due_kind FROM cases")?
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut changed = 0;
    for (key, id, profile_id, due, kind) in cases {
        let case_id =
            Uuid::parse_str(&id).map_err(|_| StoreError::Corrupt(format!("case id {id}")))?;
        let events = load_events(tx, key, case_id)?;
        let state = CaseState::fold(&events)?;
        let profile = rules_profile(rules, &profile_id, state.opened_on)?;
        let next = DeadlineCalc::new(profile, &rules.calendar).next_due(&state);
        let new_due = next.as_ref().map(|d| d.due.format("%Y-%m-%d").to_string());
        let new_kind = next.as_ref().map(|d| d.kind.as_str().to_string());
        if (new_due.as_ref(), new_kind.as_ref()) != (due.as_ref(), kind.as_ref()) {
            tx.prepare_cached("UPDATE cases SET next_due = ?2, next_due_kind = ?3 WHERE key = ?1")?
                .execute(params![key, new_due, new_kind])?;
            changed += 1;
        }
    }
    Ok(changed)
}

/// The checklist a case shows: as accepted, as refused, or (while the
/// intake is open) as of today.
fn current_checklist(
    state: &CaseState,
    today: NaiveDate,
    profile: &RegulationProfile,
    rules: &Rules,
) -> Checklist {
    match (&state.checklist_at_acceptance, state.status) {
        (Some(c), _) => state.checklist_now(c),
        (None, Status::IntakeOpen) => {
            checklist::build(&state.intake, state.office_kind, today, profile, &rules.mci)
        }
        (None, _) => {
            let at = state.refused_at_intake_on.unwrap_or(state.opened_on);
            checklist::build(&state.intake, state.office_kind, at, profile, &rules.mci)
        }
    }
}

fn summary_of(
    id: &str,
    number: &CaseNumber,
    state: &CaseState,
    next: Option<&Deadline>,
) -> CaseSummary {
    CaseSummary {
        id: id.to_string(),
        number: *number,
        status: state.status,
        iin: canonical_iin(state.intake.applicant.iin.trim()),
        full_name: state.intake.applicant.full_name(),
        opened_on: state.opened_on,
        accepted_on: state.accepted_on,
        next_due: next.map(|d| d.due),
        next_due_kind: next.map(|d| d.kind.as_str().to_string()),
    }
}

/// The id and profile of a case by its number.
/// The identity (UUID) and profile of a case by its number.
fn case_key(conn: &Connection, number: &CaseNumber) -> Result<(Uuid, String)> {
    let (id, profile): (String, String) = conn
        .prepare_cached("SELECT id, profile_id FROM cases WHERE key = ?1")?
        .query_row([number.key()], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .ok_or_else(|| StoreError::CaseNotFound(number.to_string()))?;
    let id = Uuid::parse_str(&id).map_err(|_| StoreError::Corrupt(format!("case {number}: id")))?;
    Ok((id, profile))
}

/// The next case number of an office in a year: a range scan of the key
/// within this workstation's block of 100,000 numbers (block 0 when it
/// works alone), so that two counters of one office never mint the same
/// number while offline.
fn next_number(conn: &Connection, office: u16, year: i32, block: u8) -> Result<CaseNumber> {
    let exhausted = StoreError::SequenceExhausted(office);
    let base = CaseNumber::new(office, year as u16, 0)
        .ok_or(StoreError::SequenceExhausted(office))?
        .key();
    let first = base + i64::from(block) * 100_000;
    let last: Option<i64> = conn
        .prepare_cached("SELECT MAX(key) FROM cases WHERE key BETWEEN ?1 AND ?2")?
        .query_row(params![first, first + 99_999], |r| r.get(0))?;
    let seq = last.map_or(first - base + 1, |k| k - base + 1);
    if seq > i64::from(block) * 100_000 + 99_999 {
        return Err(exhausted);
    }
    u32::try_from(seq)
        .ok()
        .and_then(|seq| CaseNumber::new(office, year as u16, seq))
        .ok_or(exhausted)
}

fn rules_profile<'a>(
    rules: &'a Rules,
    profile_id: &str,
    opened_on: NaiveDate,
) -> Result<&'a RegulationProfile> {
    rules
        .profile_of_case(profile_id, opened_on)
        .ok_or(StoreError::NoProfile(opened_on))
}

/// A valid synthetic IIN numbered `n` (born 1950–1999, serial from `n`).
pub fn synthetic_iin(n: u64) -> String {
    let mut k = n;
    loop {
        let year = 50 + (k % 50);
        let month = 1 + (k / 50) % 12;
        let day = 1 + (k / 600) % 28;
        let serial = (k / 16_800) % 10_000;
        let sex = 3 + (k % 2);
        let body = format!("{year:02}{month:02}{day:02}{sex}{serial:04}");
        let mut d = [0u8; 12];
        for (i, b) in body.bytes().enumerate() {
            d[i] = b - b'0';
        }
        if let Some(c) = crate::domain::ids::check_digit(&d) {
            return format!("{body}{c}");
        }
        k += 1_000_000_007;
    }
}

/// The events of a case by its key, with the case id from the projection.
pub(super) fn load_case_events_by_key(conn: &Connection, key: i64) -> Result<Vec<CaseEvent>> {
    let id: Option<String> = conn
        .prepare_cached("SELECT id FROM cases WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?;
    match id {
        None => Ok(Vec::new()),
        Some(id) => {
            let id =
                Uuid::parse_str(&id).map_err(|_| StoreError::Corrupt(format!("case {key}: id")))?;
            load_events(conn, key, id)
        }
    }
}

/// Applies an event written at another workstation: the log, the
/// projection, the children by IIN and the reviewing office — no outbox
/// row (only the origin publishes). The caller has checked that it is the
/// next event of its case.
pub(super) fn apply_remote_event(
    tx: &Connection,
    rules: &Rules,
    env: &crate::domain::envelope::EventEnvelope,
    now: NaiveDateTime,
) -> Result<()> {
    let number = CaseNumber::parse(&env.case_number)
        .map_err(|_| StoreError::Corrupt(format!("case number {}", env.case_number)))?;
    let key = number.key();
    let ev = &env.event;
    let existing: Option<(String, String, Option<u16>)> = tx
        .prepare_cached("SELECT id, profile_id, review_office FROM cases WHERE key = ?1")?
        .query_row([key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    // Only the office that holds the case may have written the event (the
    // server's permissions stop an office writing as another; this stops
    // one writing where it does not hold the case).
    let (state, old_intake, profile_id, review) = match &existing {
        None => {
            if ev.seq != 1 || ev.office != number.office {
                return Err(StoreError::HeldElsewhere(number.office));
            }
            let state = CaseState::fold(std::slice::from_ref(ev))?;
            (state, None, env.profile_id.clone(), None)
        }
        Some((id, profile_id, review)) => {
            if *id != ev.case_id.to_string() {
                return Err(StoreError::Corrupt(format!(
                    "case {number}: the event belongs to case {}",
                    ev.case_id
                )));
            }
            let events = load_events(tx, key, ev.case_id)?;
            let before = CaseState::fold(&events)?;
            let profile = rules_profile(rules, profile_id, before.opened_on)?;
            // The same rulebook as for an event recorded here; the role was
            // checked where the event was recorded. The reviewing office is
            // a police office; the accepting office is of the case's kind.
            let office_kind = if ev.office == number.office {
                before.office_kind
            } else {
                crate::domain::OfficeKind::MigrationPolice
            };
            rulebook::check(
                &Acting {
                    role: None,
                    office: ev.office,
                    office_kind,
                },
                &rulebook::Case {
                    state: &before,
                    origin: number.office,
                    review: *review,
                    profile,
                    calendar: &rules.calendar,
                    // Another office's approval was checked against the
                    // bodies that office asks (`role: None` skips it).
                    bodies: &[],
                },
                &ev.kind,
            )?;
            let old = before.intake.clone();
            let after = before.apply(ev)?;
            // The reviewing office comes with the submission for review,
            // from the office that accepted the case; never from later
            // envelopes.
            let review = match review {
                Some(r) => Some(*r),
                None if after.status == Status::UnderReview => env.review_office,
                None => None,
            };
            (after, Some(old), profile_id.clone(), review)
        }
    };
    let profile = rules_profile(rules, &profile_id, state.opened_on)?;
    let checklist = current_checklist(&state, now.date(), profile, rules);
    let next = DeadlineCalc::new(profile, &rules.calendar).next_due(&state);
    let id = ev.case_id.to_string();
    write_projection(
        tx,
        &Projection {
            id: &id,
            number: &number,
            state: &state,
            missing: checklist.missing().count(),
            next: next.as_ref(),
            profile_id: &profile_id,
            last_seq: ev.seq,
            officer: (review == Some(ev.office)).then_some(ev.actor.as_str()),
            now,
        },
    )?;
    insert_event(tx, key, ev)?;
    match (&ev.kind, &old_intake) {
        (EventKind::IntakeOpened { intake, .. }, _) => write_children(tx, key, None, intake)?,
        (EventKind::IntakeUpdated { intake }, Some(old)) => {
            write_children(tx, key, Some(old), intake)?
        }
        _ => {}
    }
    if review.is_some() {
        tx.prepare_cached("UPDATE cases SET review_office = ?2 WHERE key = ?1")?
            .execute(params![key, review])?;
    }
    let known_review = existing.as_ref().and_then(|e| e.2);
    if existing.is_none() || review != known_review {
        chain::record_terms(
            tx,
            now,
            &format!("sync:{}", ev.office),
            key,
            &profile_id,
            review,
        )?;
    }
    Ok(())
}
