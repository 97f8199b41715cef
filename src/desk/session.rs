//! Signing in — which opens the encrypted store — and the clerk's
//! questionnaire in progress (the draft that survives a crash, a closed
//! window and a sign-out).

use super::{logged, DeskError, Now, Result};
use crate::store::keys::{self, Unsealed};
use crate::store::{
    file_kind, Actor, DataKey, Draft, DraftSaved, FileKind, LoginOutcome, Store, StoreError, User,
    DB_FILE,
};
use chrono::NaiveDateTime;
use std::path::Path;

/// A sign-in: the open store and the user, or why not.
#[derive(Debug)]
pub enum SignIn {
    Open(Box<Store>, User),
    Refused(LoginOutcome),
}

/// Signs `login` in to the store in `dir`, opening it: the user's key slot
/// gives the data key (with the lock-out rule), the store then checks the
/// login as always and audits it, with the failed attempts made while it
/// was closed. A plain store (from before encryption) is checked by the
/// store itself and then encrypted in place, once.
pub fn sign_in(dir: &Path, login: &str, password: &str, utc: NaiveDateTime) -> Result<SignIn> {
    let r = sign_in_inner(dir, login, password, utc);
    logged("sign-in", None, r)
}

fn sign_in_inner(
    dir: &Path,
    login: &str,
    password: &str,
    utc: NaiveDateTime,
) -> std::result::Result<SignIn, DeskError> {
    let db = dir.join(DB_FILE);
    let kind = file_kind(&db).map_err(|source| StoreError::DataDir {
        path: db.clone(),
        source,
    })?;
    match kind {
        FileKind::Missing | FileKind::Empty => Err(StoreError::NotInitialised.into()),
        FileKind::Encrypted => open_encrypted(dir, login, password, utc),
        FileKind::Plain => {
            // One program encrypts; another waiting here finds it done.
            let _lock = crate::store::migration_lock(dir)?;
            if file_kind(&db).map_err(|source| StoreError::DataDir {
                path: db.clone(),
                source,
            })? == FileKind::Encrypted
            {
                return open_encrypted(dir, login, password, utc);
            }
            let mut st = Store::open_dir(dir, None)?;
            let user = match st.login(login, password, utc)? {
                LoginOutcome::Ok(u) => u,
                other => return Ok(SignIn::Refused(other)),
            };
            // Recorded in the plain store, so that the encrypted copy
            // carries it (once, however many tries a crash costs).
            st.record_encrypted(&Actor::user(&user), utc)?;
            drop(st);
            let key = crate::store::encrypt_in_place(dir, (login, password), utc)?;
            let st = Store::open_dir(dir, Some(&key))?;
            Ok(SignIn::Open(Box::new(st), user))
        }
    }
}

fn open_encrypted(
    dir: &Path,
    login: &str,
    password: &str,
    utc: NaiveDateTime,
) -> std::result::Result<SignIn, DeskError> {
    let slots = keys::keys_path(&dir.join(DB_FILE));
    match keys::unseal_user(&slots, login, password, utc).map_err(StoreError::from)? {
        Unsealed::Wrong { attempts_left } => {
            Ok(SignIn::Refused(LoginOutcome::Wrong { attempts_left }))
        }
        Unsealed::Locked { until } => Ok(SignIn::Refused(LoginOutcome::Locked { until })),
        Unsealed::Key { key, migrated } => {
            let mut st = Store::open_dir(dir, Some(&key))?;
            match store_login(&mut st, &key, migrated, login, password, utc)? {
                LoginOutcome::Ok(user) => Ok(SignIn::Open(Box::new(st), user)),
                other => Ok(SignIn::Refused(other)),
            }
        }
    }
}

/// The store's own check of a login whose slot opened, after the failed
/// attempts made while it was closed are moved into its audit log; a slot
/// sealed under a migrated password hash is sealed anew.
fn store_login(
    st: &mut Store,
    key: &DataKey,
    migrated: bool,
    login: &str,
    password: &str,
    utc: NaiveDateTime,
) -> std::result::Result<LoginOutcome, StoreError> {
    let slots = st.keys_path();
    let failed = keys::take_failed_attempts(&slots)?;
    st.audit_failed_unlocks(&failed)?;
    let out = st.login(login, password, utc)?;
    if migrated && matches!(out, LoginOutcome::Ok(_)) {
        keys::set_user(&slots, key, login, password, utc)?;
    }
    Ok(out)
}

/// Checks a login and password on the open store (the lock screen, a
/// sign-in after a sign-out), with the lock-out rule; every attempt is
/// audited. On an encrypted store the password must open the user's own
/// key slot too, as at the first sign-in.
pub fn login(st: &mut Store, login: &str, password: &str, now: Now) -> Result<LoginOutcome> {
    // No password is not an attempt: nothing is counted or audited.
    if password.is_empty() {
        return Err(DeskError::Incomplete("password"));
    }
    let r = (|| {
        let Some(key) = st.key().cloned() else {
            return st.login(login, password, now.utc);
        };
        let slots = st.keys_path();
        let unsealed = keys::unseal_user(&slots, login, password, now.utc)?;
        match unsealed {
            Unsealed::Key { key: k, migrated } if k == key => {
                store_login(st, &key, migrated, login, password, now.utc)
            }
            // A slot of another key: a slots file that is not this store's.
            Unsealed::Key { .. } => Err(StoreError::Encrypted),
            // No slot opened: a disabled account has none, and is told so
            // by the store (as before encryption).
            Unsealed::Wrong { .. } if st.users()?.iter().any(|u| u.login == login && !u.active) => {
                keys::take_failed_attempts(&slots)?;
                st.login(login, password, now.utc)
            }
            other => {
                let failed = keys::take_failed_attempts(&slots)?;
                st.audit_failed_unlocks(&failed)?;
                Ok(match other {
                    Unsealed::Locked { until } => LoginOutcome::Locked { until },
                    Unsealed::Wrong { attempts_left } => LoginOutcome::Wrong { attempts_left },
                    Unsealed::Key { .. } => unreachable!("handled above"),
                })
            }
        }
    })();
    logged("login", None, r)
}

/// Every password forgotten: the recovery code opens the store, and the
/// administrator `login` gets the new password `password` (their slot
/// sealed anew, their lock-out lifted). Audited as done by the recovery
/// code.
pub fn recover(
    dir: &Path,
    code: &str,
    login: &str,
    password: &str,
    utc: NaiveDateTime,
) -> Result<(Box<Store>, User)> {
    let r = (|| {
        let db = dir.join(DB_FILE);
        let slots = keys::keys_path(&db);
        let Some(key) = keys::unseal_recovery(&slots, code)? else {
            return Err(StoreError::Conflict("recovery-code-wrong"));
        };
        let mut st = Store::open_dir(dir, Some(&key))?;
        let user = st
            .users()?
            .into_iter()
            .find(|u| u.login == login)
            .ok_or_else(|| StoreError::UserNotFound(login.to_string()))?;
        if !crate::domain::access::permits(Some(user.role), crate::domain::access::Act::Administer)
            || !user.active
        {
            return Err(StoreError::Forbidden("administrator"));
        }
        let actor = Actor::recovery();
        st.set_password(&actor, login, password, utc)?;
        keys::set_user(&slots, &key, login, password, utc)?;
        let user = st
            .users()?
            .into_iter()
            .find(|u| u.login == login)
            .ok_or_else(|| StoreError::UserNotFound(login.to_string()))?;
        Ok((Box::new(st), user))
    })();
    logged("recover", None, r)
}

/// The store of a data directory that cannot be written, opened for
/// reading only (for `db check`): `login`'s password opens their key slot,
/// which is only read — nothing is counted or audited, because nothing can
/// be written there. `None` when the password opens nothing.
pub fn open_read_only(dir: &Path, login: &str, password: &str) -> Result<Option<Store>> {
    let r = (|| {
        let db = dir.join(DB_FILE);
        let key = match file_kind(&db).map_err(|source| StoreError::DataDir {
            path: db.clone(),
            source,
        })? {
            FileKind::Missing | FileKind::Empty => return Err(StoreError::NotInitialised),
            FileKind::Plain => None,
            FileKind::Encrypted => match keys::try_user(&keys::keys_path(&db), login, password)? {
                Some(k) => Some(k),
                None => return Ok(None),
            },
        };
        Store::open_read_only(&db, key.as_ref()).map(Some)
    })();
    logged("open-read-only", None, r)
}

/// The draft the clerk `login` left, if any.
pub fn load_draft(st: &Store, login: &str) -> Result<Option<Draft>> {
    logged("load-draft", None, st.load_draft(login))
}

/// Saves the draft unless it was committed already or a newer save of it
/// is stored (saves never overtake each other, never outlive the case).
pub fn save_draft(
    st: &mut Store,
    login: &str,
    draft_id: &str,
    generation: u64,
    intake: &str,
    raw: &str,
    now: Now,
) -> Result<DraftSaved> {
    let r = st.save_draft(login, draft_id, generation, intake, raw, now.utc);
    logged("save-draft", None, r)
}
