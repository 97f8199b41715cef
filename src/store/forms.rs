//! The record of forms handed out, and the names printed on them.

use super::{audit, Actor, Result, Store, StoreError};
use crate::domain::case::CaseNumber;
use crate::domain::records::{Draft, DraftSaved};
use chrono::NaiveDateTime;
use rusqlite::{params, OptionalExtension};

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct IssuedForm {
    pub annex: String,
    pub lang: String,
    pub copies: u8,
    pub sha256: String,
    pub bytes: u64,
    pub issued_at: NaiveDateTime,
    pub actor: String,
}

/// What the PDF that was written holds.
pub struct FormRecord<'a> {
    pub annex: &'a str,
    pub lang: &'a str,
    pub copies: u8,
    pub sha256: &'a str,
    pub bytes: u64,
}

impl Store {
    /// Records that a form was issued. Call it only after the PDF exists.
    pub fn record_form_issued(
        &mut self,
        actor: &Actor,
        number: &CaseNumber,
        f: &FormRecord<'_>,
        now: NaiveDateTime,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO issued_forms (case_key, annex, lang, copies, sha256, bytes, issued_at, actor)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![number.key(), f.annex, f.lang, f.copies, f.sha256, f.bytes as i64, now, actor.name],
        )?;
        audit(
            &tx,
            now,
            &actor.name,
            "form_issued",
            Some(number.key()),
            &format!("annex {} {}", f.annex, f.lang),
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn issued_forms(&self, number: &CaseNumber) -> Result<Vec<IssuedForm>> {
        let mut st = self.conn.prepare_cached(
            "SELECT annex, lang, copies, sha256, bytes, issued_at, actor FROM issued_forms WHERE case_key = ?1 ORDER BY id",
        )?;
        let rows = st.query_map([number.key()], |r| {
            Ok(IssuedForm {
                annex: r.get(0)?,
                lang: r.get(1)?,
                copies: r.get(2)?,
                sha256: r.get(3)?,
                bytes: r.get::<_, i64>(4)? as u64,
                issued_at: r.get(5)?,
                actor: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The full name of a user by login (for the names printed on forms).
    pub fn user_full_name(&self, login: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT full_name FROM users WHERE login = ?1",
                [login],
                |r| r.get(0),
            )
            .optional()?)
    }
}

impl Store {
    /// Saves the clerk's draft unless the same draft was committed already
    /// or a newer save of it is stored.
    pub fn save_draft(
        &mut self,
        login: &str,
        draft_id: &str,
        generation: u64,
        intake: &str,
        raw: &str,
        now: NaiveDateTime,
    ) -> Result<DraftSaved> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let committed: bool = tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM intake_commits WHERE draft_id = ?1)")?
            .query_row([draft_id], |r| r.get(0))?;
        if committed {
            return Ok(DraftSaved::Committed);
        }
        let n = tx
            .prepare_cached(
                "INSERT INTO drafts (user_login, draft_id, generation, intake, raw, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT(user_login) DO UPDATE SET draft_id = excluded.draft_id,
                    generation = excluded.generation, intake = excluded.intake, raw = excluded.raw,
                    updated_at = excluded.updated_at
                 WHERE drafts.draft_id IS NOT excluded.draft_id OR drafts.generation < excluded.generation",
            )?
            .execute(params![login, draft_id, generation as i64, intake, raw, now])?;
        tx.commit()?;
        Ok(if n == 0 {
            DraftSaved::Stale
        } else {
            DraftSaved::Saved
        })
    }

    pub fn load_draft(&self, login: &str) -> Result<Option<Draft>> {
        Ok(self
            .conn
            .query_row(
                "SELECT draft_id, generation, intake, raw, updated_at FROM drafts WHERE user_login = ?1",
                [login],
                |r| {
                    Ok(Draft {
                        draft_id: r.get(0)?,
                        generation: r.get::<_, i64>(1)? as u64,
                        intake: r.get(2)?,
                        raw: r.get(3)?,
                        updated_at: r.get(4)?,
                    })
                },
            )
            .optional()?)
    }

    pub fn delete_draft(&mut self, login: &str) -> Result<()> {
        self.conn
            .execute("DELETE FROM drafts WHERE user_login = ?1", [login])?;
        Ok(())
    }
}

impl Store {
    /// A workstation setting (e.g. the interface language).
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Writes a setting change to the audit log.
    pub fn audit_setting(
        &mut self,
        actor: &Actor,
        key: &str,
        value: &str,
        now: NaiveDateTime,
    ) -> Result<()> {
        audit(
            &self.conn,
            now,
            &actor.name,
            "setting",
            None,
            &format!("{key}={value}"),
        )
    }

    /// Writes a working note (the window's language): a setting that
    /// carries authority is changed only with `set_setting_audited`.
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        if super::chain::SEALED_SETTINGS.contains(&key) {
            return Err(StoreError::Forbidden("administrator"));
        }
        put_setting(&self.conn, key, value)
    }

    /// Changes a workstation setting (administrator or the command line)
    /// and writes the change to the audit log, both or neither.
    pub fn set_setting_audited(
        &mut self,
        actor: &Actor,
        key: &str,
        value: &str,
        now: NaiveDateTime,
    ) -> Result<()> {
        super::require(actor, crate::domain::access::Act::Administer)?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        put_setting(&tx, key, value)?;
        audit(
            &tx,
            now,
            &actor.name,
            "setting",
            None,
            &format!("{key}={value}"),
        )?;
        super::chain::seal_authority(&tx, now, &actor.name)?;
        tx.commit()?;
        Ok(())
    }
}

fn put_setting(conn: &rusqlite::Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}
