//! Rule data: the shipped defaults, replaced or extended by an
//! administrator's imports (kept in `rule_data`, audited).

use super::{audit, Actor, Result, Store, StoreError};
use crate::domain::rules::{self, Rules};
use chrono::NaiveDateTime;
use rusqlite::params;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    Profile,
    Mci,
    Calendar,
}

impl RuleKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RuleKind::Profile => "profile",
            RuleKind::Mci => "mci",
            RuleKind::Calendar => "calendar",
        }
    }
}

impl std::str::FromStr for RuleKind {
    type Err = ();
    fn from_str(s: &str) -> std::result::Result<Self, ()> {
        match s {
            "profile" => Ok(RuleKind::Profile),
            "mci" => Ok(RuleKind::Mci),
            "calendar" => Ok(RuleKind::Calendar),
            _ => Err(()),
        }
    }
}

impl Store {
    /// The rules in force on this workstation: shipped defaults with the
    /// administrator's replacements. Cached until the next import.
    pub fn rules(&mut self) -> Result<Arc<Rules>> {
        if let Some(r) = &self.rules_cache {
            return Ok(Arc::clone(r));
        }
        let r = Arc::new(load_rules(&self.conn)?);
        self.rules_cache = Some(Arc::clone(&r));
        Ok(r)
    }

    /// Imports rule data after checking it (administrators only). A profile
    /// replaces the one with the same id; the MCI table and the calendar
    /// replace the whole table.
    pub fn import_rules(
        &mut self,
        actor: &Actor,
        kind: RuleKind,
        json: &str,
        now: NaiveDateTime,
    ) -> Result<String> {
        super::require(actor, crate::domain::access::Act::Administer)?;
        // The rules as they would be after the import: a profile must stay
        // in force today, and the calendar must leave working days to
        // count terms on — checked before anything is stored.
        let mut after = (*self.rules()?).clone();
        let key = match kind {
            RuleKind::Profile => {
                let p = rules::parse_profile(json)?;
                let id = p.id.clone();
                after.profiles.retain(|x| x.id != id);
                after.profiles.push(p);
                id
            }
            RuleKind::Mci => {
                after.mci = rules::parse_mci(json)?;
                "mci".to_string()
            }
            RuleKind::Calendar => {
                after.calendar = std::sync::Arc::new(rules::parse_calendar(json)?);
                "calendar".to_string()
            }
        };
        let today = now.date();
        let Some(profile) = after.profile_on(today) else {
            return Err(StoreError::Rules(rules::RulesError::Invalid(format!(
                "no regulation profile would be in force on {today}"
            ))));
        };
        let mut cal = after.calendar(profile.limits.office_regime);
        if cal.add_working_days(today, 30).is_none() {
            return Err(StoreError::Rules(rules::RulesError::Invalid(
                "the calendar leaves no working days to count terms on".into(),
            )));
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO rule_data (kind, key, json, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(kind, key) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at,
             updated_by = excluded.updated_by",
            params![kind.as_str(), key, json, now, actor.name],
        )?;
        audit(
            &tx,
            now,
            &actor.name,
            "rules_import",
            None,
            &format!("{} {}", kind.as_str(), key),
        )?;
        // The deadlines follow the rules now in force (a holiday added
        // moves a term's last day), and the new rule data is sealed.
        let moved = super::cases::refresh_deadlines(&tx, &after)?;
        if moved > 0 {
            tracing::info!(
                cases = moved,
                "next deadlines counted again with the imported rules"
            );
        }
        super::chain::seal_authority(&tx, now, &actor.name)?;
        tx.commit()?;
        self.rules_cache = None;
        Ok(key)
    }
}

/// The rules a store holds: the shipped defaults with the
/// administrator's replacements from `rule_data`.
pub(crate) fn load_rules(conn: &rusqlite::Connection) -> Result<Rules> {
    let mut st = conn.prepare("SELECT kind, key, json FROM rule_data ORDER BY kind, key")?;
    let rows = st
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut r = Rules::shipped();
    for (kind, key, json) in rows {
        match kind.as_str() {
            "profile" => {
                let p = rules::parse_profile(&json)?;
                r.profiles.retain(|x| x.id != key);
                r.profiles.push(p);
            }
            "mci" => r.mci = rules::parse_mci(&json)?,
            "calendar" => r.calendar = Arc::new(rules::parse_calendar(&json)?),
            other => return Err(StoreError::Corrupt(format!("rule_data kind {other}"))),
        }
    }
    Ok(r)
}
