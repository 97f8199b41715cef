//! Cases: the event log, its queryable projection, the audit trail and the
//! outbox, each change in one transaction.

use super::{audit, next_counter, Actor, Office, Result, Store, StoreError};
use crate::domain::case::{CaseEvent, CaseNumber, CaseState, EventKind, Status};
use crate::domain::checklist::{self, Checklist, Subject};
use crate::domain::deadlines::{Deadline, DeadlineCalc};
use crate::domain::ids::{name_search_key, Iin};
use crate::domain::intake::Intake;
use crate::domain::rules::Rules;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use uuid::Uuid;

/// Version of the outbox envelope; a receiver parks newer ones.
pub const ENVELOPE_SCHEMA: u32 = 1;

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

/// One line of the case list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseSummary {
    pub id: String,
    pub number: CaseNumber,
    pub status: Status,
    pub iin: String,
    pub full_name: String,
    pub opened_on: NaiveDate,
    pub accepted_on: Option<NaiveDate>,
    pub next_due: Option<NaiveDate>,
    pub next_due_kind: Option<String>,
}

/// A case with everything the case page shows.
#[derive(Debug, Clone, Serialize)]
pub struct CaseRecord {
    pub summary: CaseSummary,
    pub state: CaseState,
    pub events: Vec<CaseEvent>,
    /// For an open intake: as of today; afterwards: as accepted / refused.
    pub checklist: Checklist,
    pub deadlines: Vec<Deadline>,
    pub profile_id: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchPage {
    pub rows: Vec<CaseSummary>,
    /// Whether there is a next page.
    pub more: bool,
}

#[derive(Serialize)]
struct Envelope<'a> {
    schema: u32,
    case_number: String,
    event: &'a CaseEvent,
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
        status: serde_json::from_value(serde_json::Value::String(status))
            .map_err(|_| corrupt("status"))?,
        iin: r.get(3)?,
        full_name: crate::domain::intake::join_name(&surname, &given, &patronymic),
        opened_on: r.get(7)?,
        accepted_on: r.get(8)?,
        next_due: r.get(9)?,
        next_due_kind: r.get(10)?,
    })
}

fn kind_name<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

fn subject_key(s: Subject) -> String {
    match s {
        Subject::Applicant => "applicant".into(),
        Subject::Representative => "representative".into(),
        Subject::Child(i) => format!("child:{i}"),
        Subject::OtherParentOf(i) => format!("other_parent:{i}"),
        Subject::Dependant(i) => format!("dependant:{i}"),
    }
}

/// Writes the per-row projections of an intake (children, relatives,
/// activities), replacing earlier ones.
fn write_intake_rows(tx: &Connection, case_id: &str, intake: &Intake) -> Result<()> {
    for table in ["case_children", "case_relatives", "case_activities"] {
        tx.prepare_cached(&format!("DELETE FROM {table} WHERE case_id = ?1"))?
            .execute([case_id])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO case_children (case_id, idx, full_name, birth_date, iin, passport_no) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (i, c) in intake.children.iter().enumerate() {
        st.execute(params![
            case_id,
            i,
            c.full_name(),
            c.birth_date,
            c.iin.trim(),
            c.passport_no.trim()
        ])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO case_relatives (case_id, idx, full_name, relationship, deceased, birth_year, country)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (i, r) in intake.relatives.iter().enumerate() {
        st.execute(params![
            case_id,
            i,
            r.full_name,
            kind_name(&r.relationship),
            r.deceased,
            r.birth_year,
            r.country
        ])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO case_activities (case_id, idx, from_year, to_year, position, organisation, secrets_access)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (i, a) in intake.activities.iter().enumerate() {
        st.execute(params![
            case_id,
            i,
            a.from_year,
            a.to_year,
            a.position,
            a.organisation,
            a.secrets_access
        ])?;
    }
    Ok(())
}

fn write_checklist(tx: &Connection, case_id: &str, c: &Checklist) -> Result<()> {
    tx.prepare_cached("DELETE FROM case_checklist WHERE case_id = ?1")?
        .execute([case_id])?;
    let mut st = tx.prepare_cached(
        "INSERT INTO case_checklist (case_id, idx, requirement, paragraph, subject, subject_name, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (i, item) in c.items.iter().enumerate() {
        st.execute(params![
            case_id,
            i,
            item.requirement.as_str(),
            item.paragraph,
            subject_key(item.subject),
            item.subject_name,
            kind_name(&item.status)
        ])?;
    }
    Ok(())
}

/// Inserts one event and its outbox row.
fn write_event(
    tx: &Connection,
    office: &Office,
    number: &CaseNumber,
    ev: &CaseEvent,
    now: NaiveDateTime,
) -> Result<()> {
    let payload =
        serde_json::to_string(&ev.kind).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    tx.prepare_cached(
        "INSERT INTO case_events (id, case_id, seq, type, recorded_at, actor, office_code, payload)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        ev.id.to_string(),
        ev.case_id.to_string(),
        ev.seq,
        ev.kind.name(),
        ev.recorded_at,
        ev.actor,
        ev.office,
        payload
    ])?;
    let envelope = serde_json::to_string(&Envelope {
        schema: ENVELOPE_SCHEMA,
        case_number: number.to_string(),
        event: ev,
    })
    .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let origin_seq = next_counter(tx, &format!("outbox:{}", office.code))?;
    tx.prepare_cached(
        "INSERT INTO outbox (event_id, case_id, origin_office, origin_seq, envelope, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        ev.id.to_string(),
        ev.case_id.to_string(),
        office.code,
        origin_seq,
        envelope,
        now
    ])?;
    Ok(())
}

fn load_events(conn: &Connection, case_id: &str) -> Result<Vec<CaseEvent>> {
    let mut st = conn.prepare_cached(
        "SELECT id, case_id, seq, recorded_at, actor, office_code, payload FROM case_events WHERE case_id = ?1 ORDER BY seq",
    )?;
    let rows = st.query_map([case_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, u32>(2)?,
            r.get::<_, NaiveDateTime>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, u16>(5)?,
            r.get::<_, String>(6)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, case, seq, recorded_at, actor, office, payload) = row?;
        let bad = |what: &str| StoreError::Corrupt(format!("event {id}: {what}"));
        out.push(CaseEvent {
            id: Uuid::parse_str(&id).map_err(|_| bad("id"))?,
            case_id: Uuid::parse_str(&case).map_err(|_| bad("case id"))?,
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

    /// Validates an intake and commits it as a new case — the case, its
    /// children, relatives and activities, the checklist, the events, the
    /// outbox rows and the audit record, in one transaction.
    pub fn commit_intake(
        &mut self,
        actor: &Actor,
        intake: &Intake,
        outcome: IntakeOutcome,
        today: NaiveDate,
        now: NaiveDateTime,
    ) -> Result<CaseRecord> {
        let validation = intake.validate(today);
        if !validation.is_ok() {
            return Err(StoreError::Invalid(validation));
        }
        let office = self.office()?;
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
        let mut events = vec![mk(
            1,
            EventKind::IntakeOpened {
                office_kind: office.kind,
                on: today,
                intake: Box::new(intake.clone()),
            },
        )];
        match outcome {
            IntakeOutcome::Open => {}
            IntakeOutcome::Accept => {
                let come_back_on = DeadlineCalc::new(profile, &rules.calendar)
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
        let profile_id = profile.id.clone();

        let tx = self.conn.transaction()?;
        let year = today.year();
        let seq = next_counter(&tx, &format!("case:{}:{year}", office.code))?;
        let number = CaseNumber::new(office.code, year as u16, seq as u32)
            .ok_or(StoreError::SequenceExhausted(office.code))?;
        let id = case_id.to_string();
        let a = &intake.applicant;
        let mut calc = DeadlineCalc::new(profile, &rules.calendar);
        let next = calc.next_due(&state);
        tx.prepare_cached(
            "INSERT INTO cases (id, number, office_id, office_kind, status, iin, surname, given_name, patronymic,
                name_key, doc_lang, profile_id, opened_on, accepted_on, next_due, next_due_kind, last_seq, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        )?
        .execute(params![
            id,
            number.to_string(),
            office.id,
            office.kind.as_str(),
            state.status.as_str(),
            a.iin.trim(),
            a.surname.trim(),
            a.given_name.trim(),
            a.patronymic.trim(),
            name_search_key(&a.full_name()),
            intake.lang.to_string(),
            profile_id,
            today,
            state.accepted_on,
            next.as_ref().map(|d| d.due),
            next.as_ref().map(|d| kind_name(&d.kind)),
            events.len() as u32,
            now
        ])?;
        write_intake_rows(&tx, &id, intake)?;
        write_checklist(&tx, &id, &checklist)?;
        for ev in &events {
            write_event(&tx, &office, &number, ev, now)?;
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
            Some(&id),
            &number.to_string(),
        )?;
        tx.commit()?;

        let deadlines = calc.for_case(&state);
        Ok(CaseRecord {
            summary: CaseSummary {
                id,
                number,
                status: state.status,
                iin: a.iin.trim().to_string(),
                full_name: a.full_name(),
                opened_on: today,
                accepted_on: state.accepted_on,
                next_due: next.as_ref().map(|d| d.due),
                next_due_kind: next.as_ref().map(|d| kind_name(&d.kind)),
            },
            state,
            events,
            checklist,
            deadlines,
            profile_id,
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
        if let EventKind::IntakeUpdated { intake } = &kind {
            let v = intake.validate(today);
            if !v.is_ok() {
                return Err(StoreError::Invalid(v));
            }
        }
        let office = self.office()?;
        let rules = self.rules()?;
        let tx = self.conn.transaction()?;
        let (id, profile_id): (String, String) = tx
            .query_row(
                "SELECT id, profile_id FROM cases WHERE number = ?1",
                [number.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or_else(|| StoreError::CaseNotFound(number.to_string()))?;
        let mut events = load_events(&tx, &id)?;
        let state = CaseState::fold(&events)?;
        let case_id = events
            .first()
            .map(|e| e.case_id)
            .ok_or_else(|| StoreError::Corrupt("case without events".into()))?;
        let ev = CaseEvent {
            id: Uuid::now_v7(),
            case_id,
            seq: events.len() as u32 + 1,
            recorded_at: now,
            actor: actor.name.clone(),
            office: office.code,
            kind,
        };
        let state = state.apply(&ev)?;
        let profile = rules_profile(&rules, &profile_id, state.opened_on)?;
        let mut calc = DeadlineCalc::new(profile, &rules.calendar);
        let next = calc.next_due(&state);
        write_event(&tx, &office, number, &ev, now)?;
        tx.prepare_cached(
            "UPDATE cases SET status = ?1, accepted_on = ?2, next_due = ?3, next_due_kind = ?4, last_seq = ?5,
                updated_at = ?6, iin = ?7, surname = ?8, given_name = ?9, patronymic = ?10, name_key = ?11, doc_lang = ?12
             WHERE id = ?13",
        )?
        .execute(params![
            state.status.as_str(),
            state.accepted_on,
            next.as_ref().map(|d| d.due),
            next.as_ref().map(|d| kind_name(&d.kind)),
            ev.seq,
            now,
            state.intake.applicant.iin.trim(),
            state.intake.applicant.surname.trim(),
            state.intake.applicant.given_name.trim(),
            state.intake.applicant.patronymic.trim(),
            name_search_key(&state.intake.applicant.full_name()),
            state.intake.lang.to_string(),
            id
        ])?;
        if let EventKind::IntakeUpdated { intake } = &ev.kind {
            write_intake_rows(&tx, &id, intake)?;
            let c = checklist::build(intake, state.office_kind, today, profile, &rules.mci);
            write_checklist(&tx, &id, &c)?;
        }
        if let EventKind::Accepted { checklist, .. } = &ev.kind {
            write_checklist(&tx, &id, checklist)?;
        }
        audit(
            &tx,
            now,
            &actor.name,
            &format!("event:{}", ev.kind.name()),
            Some(&id),
            &number.to_string(),
        )?;
        tx.commit()?;
        events.push(ev);
        self.record_from(id, number, state, events, today, &rules, profile_id)
    }

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
        let mut calc = DeadlineCalc::new(profile, &rules.calendar);
        let checklist = match (&state.checklist_at_acceptance, state.status) {
            (Some(c), _) => c.clone(),
            (None, Status::RefusedAtIntake) => {
                let at = state.refused_at_intake_on.unwrap_or(state.opened_on);
                checklist::build(&state.intake, state.office_kind, at, profile, &rules.mci)
            }
            (None, _) => {
                checklist::build(&state.intake, state.office_kind, today, profile, &rules.mci)
            }
        };
        let deadlines = calc.for_case(&state);
        let next = calc.next_due(&state);
        Ok(CaseRecord {
            summary: CaseSummary {
                id,
                number: *number,
                status: state.status,
                iin: state.intake.applicant.iin.trim().to_string(),
                full_name: state.intake.applicant.full_name(),
                opened_on: state.opened_on,
                accepted_on: state.accepted_on,
                next_due: next.as_ref().map(|d| d.due),
                next_due_kind: next.as_ref().map(|d| kind_name(&d.kind)),
            },
            state,
            events,
            checklist,
            deadlines,
            profile_id,
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
        let rules = self.rules()?;
        let (id, profile_id): (String, String) = self
            .conn
            .query_row(
                "SELECT id, profile_id FROM cases WHERE number = ?1",
                [number.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or_else(|| StoreError::CaseNotFound(number.to_string()))?;
        let events = load_events(&self.conn, &id)?;
        let state = CaseState::fold(&events)?;
        let tx = self.conn.transaction()?;
        audit(
            &tx,
            now,
            &actor.name,
            "case_view",
            Some(&id),
            &number.to_string(),
        )?;
        tx.commit()?;
        self.record_from(id, number, state, events, today, &rules, profile_id)
    }

    /// Cases of a person: as the applicant, or as a child going along.
    pub fn find_by_iin(&self, iin: &Iin) -> Result<Vec<CaseSummary>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM cases WHERE iin = ?1
             UNION
             SELECT {cols} FROM cases c JOIN case_children ch ON ch.case_id = c.id WHERE ch.iin = ?1
             ORDER BY 2 DESC LIMIT 200",
            cols = SUMMARY_COLUMNS
                .split(", ")
                .map(|c| format!("c.{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        ))?;
        let rows = st.query_map([iin.as_string()], summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub fn find_by_number(&self, number: &CaseNumber) -> Result<Option<CaseSummary>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM cases WHERE number = ?1"
        ))?;
        Ok(st
            .query_row([number.to_string()], summary_from_row)
            .optional()?)
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
             ORDER BY name_key, number LIMIT ?3 OFFSET ?4"
        ))?;
        let mut rows = st
            .query_map(params![key, upper, limit + 1, offset], summary_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let more = rows.len() > limit as usize;
        rows.truncate(limit as usize);
        Ok(SearchPage { rows, more })
    }

    /// One page of all cases, newest first.
    pub fn list_cases(&self, offset: u32, limit: u32) -> Result<SearchPage> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM cases ORDER BY opened_on DESC, number DESC LIMIT ?1 OFFSET ?2"
        ))?;
        let mut rows = st
            .query_map(params![limit + 1, offset], summary_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let more = rows.len() > limit as usize;
        rows.truncate(limit as usize);
        Ok(SearchPage { rows, more })
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

    pub fn case_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM cases", [], |r| r.get(0))?)
    }

    /// Fills the store with `n` synthetic open cases for benchmarks and load
    /// tests (valid IINs from the check-digit rule, generated names). Not
    /// reachable from the GUI.
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
        let tx = self.conn.transaction()?;
        {
            let mut ins_case = tx.prepare(
                "INSERT INTO cases (id, number, office_id, office_kind, status, iin, surname, given_name, patronymic,
                    name_key, doc_lang, profile_id, opened_on, accepted_on, next_due, next_due_kind, last_seq, updated_at)
                 VALUES (?1, ?2, ?3, ?4, 'intake_open', ?5, ?6, ?7, '', ?8, 'kk', ?9, ?10, NULL, NULL, NULL, 1, ?11)",
            )?;
            let mut ins_event = tx.prepare(
                "INSERT INTO case_events (id, case_id, seq, type, recorded_at, actor, office_code, payload)
                 VALUES (?1, ?2, 1, 'intake_opened', ?3, 'seed', ?4, ?5)",
            )?;
            let year = today.year();
            let start = next_counter(&tx, &format!("case:{}:{year}", office.code))?;
            for i in 0..n {
                let seq = start as u32 + i;
                let Some(number) = CaseNumber::new(office.code, year as u16, seq) else {
                    return Err(StoreError::SequenceExhausted(office.code));
                };
                let iin = synthetic_iin(u64::from(seq));
                let surname = format!("{}{}", surnames[(i as usize) % surnames.len()], seq % 997);
                let g = given[(i as usize / surnames.len()) % given.len()];
                let mut intake = Intake::default();
                intake.applicant.surname = surname.clone();
                intake.applicant.given_name = g.to_string();
                intake.applicant.iin = iin.clone();
                let case_id = Uuid::now_v7();
                let kind = EventKind::IntakeOpened {
                    office_kind: office.kind,
                    on: today,
                    intake: Box::new(intake),
                };
                let payload =
                    serde_json::to_string(&kind).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                let id = case_id.to_string();
                let full = format!("{surname} {g}");
                ins_case.execute(params![
                    id,
                    number.to_string(),
                    office.id,
                    office.kind.as_str(),
                    iin,
                    surname,
                    g,
                    name_search_key(&full),
                    profile_id,
                    today,
                    now
                ])?;
                ins_event.execute(params![
                    Uuid::now_v7().to_string(),
                    id,
                    now,
                    office.code,
                    payload
                ])?;
            }
            tx.execute(
                "UPDATE counters SET value = ?1 WHERE name = ?2",
                params![
                    start + i64::from(n) - 1,
                    format!("case:{}:{year}", office.code)
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}

fn rules_profile<'a>(
    rules: &'a Rules,
    profile_id: &str,
    opened_on: NaiveDate,
) -> Result<&'a crate::domain::profile::RegulationProfile> {
    // A case keeps the profile it was opened under, even after a new one.
    rules
        .profiles
        .iter()
        .find(|p| p.id == profile_id)
        .or_else(|| rules.profile_on(opened_on))
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
