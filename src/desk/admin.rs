//! The office's administration: the first start, users, the
//! workstation's settings and the rule data. The checks a person's input
//! must pass are here, once, for the window and the command line alike;
//! who may do what is the store's (`require_admin`) and the domain's.

use super::{logged, DeskError, Now, Result, Who};
use crate::domain::records::Office;
use crate::domain::sync_config::SyncConfig;
use crate::store::{NewUser, RuleKind, Store, User};

/// The approving bodies offered by default (stored by key, shown in the
/// interface language); the administrator may replace the list.
pub use crate::domain::rulebook::DEFAULT_BODIES;

/// Minutes without input before the screen locks, when not set.
pub const IDLE_MINUTES: i64 = 10;

/// The workstation's settings a person edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Minutes without input before the screen locks.
    pub idle_minutes: i64,
    /// The counter (window) this workstation serves at; empty when unnamed.
    pub counter: String,
    /// The approving bodies asked for conclusions.
    pub bodies: Vec<String>,
}

/// One setting as a person changes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Setting {
    IdleMinutes(i64),
    Counter(String),
    Bodies(Vec<String>),
}

impl Setting {
    /// The stored key and value, once the value has passed its check.
    fn checked(&self) -> Result<(&'static str, String)> {
        match self {
            Setting::IdleMinutes(n) if (1..=240).contains(n) => Ok(("idle_minutes", n.to_string())),
            Setting::IdleMinutes(_) => Err(DeskError::Invalid("ui-users-idle-invalid")),
            Setting::Counter(c) => {
                let c = c.trim();
                if c.is_empty() || c.chars().count() > 20 || c.chars().any(char::is_control) {
                    Err(DeskError::Invalid("ui-users-counter-invalid"))
                } else {
                    Ok(("counter", c.to_string()))
                }
            }
            Setting::Bodies(list) => {
                let list: Vec<&str> = list
                    .iter()
                    .map(|b| b.trim())
                    .filter(|b| !b.is_empty())
                    .collect();
                if list.is_empty()
                    || list
                        .iter()
                        .any(|b| b.chars().count() > 120 || b.chars().any(char::is_control))
                {
                    Err(DeskError::Invalid("ui-users-bodies-invalid"))
                } else {
                    Ok(("approving_bodies", list.join("\n")))
                }
            }
        }
    }
}

/// The settings in force on this workstation (defaults where unset or
/// unreadable).
pub fn settings(st: &Store) -> Settings {
    let get = |k: &str| st.setting(k).ok().flatten();
    Settings {
        idle_minutes: get("idle_minutes")
            .and_then(|v| v.parse().ok())
            .filter(|n| *n > 0)
            .unwrap_or(IDLE_MINUTES),
        counter: get("counter").unwrap_or_default(),
        bodies: crate::domain::rulebook::bodies_from_setting(get("approving_bodies").as_deref()),
    }
}

/// Changes one setting (administrators only; audited).
pub fn set(st: &mut Store, who: &Who, setting: Setting, now: Now) -> Result<Settings> {
    let r = setting.checked().and_then(|(key, value)| {
        st.set_setting_audited(&who.actor, key, &value, now.utc)?;
        Ok(settings(st))
    });
    logged("setting", None, r)
}

/// The first start: the office and its first administrator (fields
/// trimmed; the password's rules are the store's).
pub fn init_office(st: &mut Store, office: Office, admin: NewUser, now: Now) -> Result<User> {
    let office = Office {
        name: office.name.trim().to_string(),
        number: office.number.trim().to_string(),
        address: office.address.trim().to_string(),
        phone: office.phone.trim().to_string(),
        ..office
    };
    let admin = NewUser {
        login: admin.login.trim().to_string(),
        full_name: admin.full_name.trim().to_string(),
        ..admin
    };
    // An office already set up says so whatever was typed this time.
    let r = match st.self_office() {
        Ok(_) => Err(DeskError::Store(
            crate::store::StoreError::AlreadyInitialised,
        )),
        Err(crate::store::StoreError::NotInitialised) => {
            check_office(&office, &admin).and_then(|()| Ok(st.init(&office, &admin, now.utc)?))
        }
        Err(e) => Err(e.into()),
    };
    logged("init", None, r)
}

/// What an office and its first administrator must have.
pub fn check_office(office: &Office, admin: &NewUser) -> Result<()> {
    if !(1..=9999).contains(&office.code) {
        return Err(DeskError::Invalid("cli-bad-office-code"));
    }
    let fields = [
        &office.name,
        &office.number,
        &office.address,
        &office.phone,
        &admin.login,
        &admin.full_name,
    ];
    if fields.iter().any(|f| f.trim().is_empty()) {
        return Err(DeskError::Incomplete("office"));
    }
    if crate::domain::ids::Phone::parse(&office.phone).is_err() {
        return Err(DeskError::Invalid("desk-invalid-office-phone"));
    }
    Ok(())
}

/// Everyone who may sign in here.
pub fn users(st: &Store) -> Result<Vec<User>> {
    logged("users", None, st.users())
}

/// Adds a user; the list after it.
pub fn add_user(st: &mut Store, who: &Who, new: NewUser, now: Now) -> Result<Vec<User>> {
    let new = NewUser {
        login: new.login.trim().to_string(),
        full_name: new.full_name.trim().to_string(),
        ..new
    };
    let r = st
        .create_user(&who.actor, &new, now.utc)
        .and_then(|_| st.users());
    logged("add-user", None, r)
}

/// Sets a new password for a user; the list after it.
pub fn reset_password(
    st: &mut Store,
    who: &Who,
    login: &str,
    password: &str,
    now: Now,
) -> Result<Vec<User>> {
    let r = st
        .set_password(&who.actor, login, password, now.utc)
        .and_then(|_| st.users());
    logged("reset-password", None, r)
}

/// Lets a user sign in, or stops them; the list after it.
pub fn set_active(
    st: &mut Store,
    who: &Who,
    login: &str,
    active: bool,
    now: Now,
) -> Result<Vec<User>> {
    let r = st
        .set_active(&who.actor, login, active, now.utc)
        .and_then(|_| st.users());
    logged("set-active", None, r)
}

/// Imports rule data (a regulation profile, the MCI table or the
/// calendar) after checking it; the key it was stored under.
pub fn import_rules(
    st: &mut Store,
    who: &Who,
    kind: RuleKind,
    json: &str,
    now: Now,
) -> Result<String> {
    let r = st.import_rules(&who.actor, kind, json, now.utc);
    logged("import-rules", None, r)
}

/// Saves the sync settings after checking them (administrators only;
/// audited without the secrets). The first problem is the answer.
pub fn configure_sync(st: &mut Store, who: &Who, cfg: &SyncConfig, now: Now) -> Result<()> {
    let r = match cfg.problems().first() {
        Some((_, p)) => Err(DeskError::Invalid(p.key())),
        None => st
            .set_sync_config(&who.actor, cfg, now.utc)
            .map_err(DeskError::from),
    };
    logged("configure-sync", None, r)
}

/// Routes a State Corporation office's cases to a police office (`None`
/// removes the route); cases already sent keep their reviewing office.
pub fn set_route(
    st: &mut Store,
    who: &Who,
    sc_office: u16,
    police_office: Option<u16>,
    now: Now,
) -> Result<()> {
    let r = st.set_route(&who.actor, sc_office, police_office, now.utc);
    logged("set-route", None, r)
}

/// Sends the parked events again; how many.
pub fn retry_parked(st: &mut Store, who: &Who, now: Now) -> Result<usize> {
    let r = st
        .self_office()
        .and_then(|o| st.retry_parked(&who.actor, o.code, now.utc));
    logged("retry-parked", None, r)
}

/// Closes a sync conflict with the officer's note.
pub fn resolve_conflict(st: &mut Store, who: &Who, id: i64, note: &str, now: Now) -> Result<()> {
    let r = st.resolve_conflict(&who.actor, id, note, now.utc);
    logged("resolve-conflict", None, r)
}
