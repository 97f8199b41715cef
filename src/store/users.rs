//! Users, argon2id password hashes and the login lock-out.

use super::{audit, Actor, Result, Store, StoreError};
use crate::domain::access::{self, LoginDecision, Role};
use crate::domain::records::{LoginOutcome, NewUser, User};
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

pub(super) fn hash_password(password: &str) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default() // argon2id, v19, m=19 MiB, t=2, p=1 (OWASP minimum)
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Corrupt(format!("password hashing failed: {e}")))
}

fn verify(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

fn check_login_name(login: &str) -> Result<()> {
    let ok = !login.is_empty()
        && login.len() <= 64
        && login
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(())
    } else {
        Err(StoreError::BadLogin(login.to_string()))
    }
}

pub(super) fn insert_user(
    tx: &Transaction<'_>,
    u: &NewUser,
    hash: &str,
    now: NaiveDateTime,
) -> Result<User> {
    check_login_name(&u.login)?;
    let taken: bool = tx.query_row(
        "SELECT EXISTS(SELECT 1 FROM users WHERE login = ?1)",
        [&u.login],
        |r| r.get(0),
    )?;
    if taken {
        return Err(StoreError::LoginTaken(u.login.clone()));
    }
    tx.execute(
        "INSERT INTO users (login, full_name, role, password_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![u.login, u.full_name, u.role.as_str(), hash, now],
    )?;
    Ok(User {
        id: tx.last_insert_rowid(),
        login: u.login.clone(),
        full_name: u.full_name.clone(),
        role: u.role,
        active: true,
        locked_until: None,
    })
}

const USER_COLUMNS: &str = "id, login, full_name, role, active, locked_until";

fn user_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<User> {
    let role: String = r.get(3)?;
    Ok(User {
        id: r.get(0)?,
        login: r.get(1)?,
        full_name: r.get(2)?,
        role: role.parse().unwrap_or(Role::Clerk),
        active: r.get(4)?,
        locked_until: r.get(5)?,
    })
}

fn find(conn: &Connection, login: &str) -> Result<Option<(User, String, u32)>> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT {USER_COLUMNS}, password_hash, failed_logins FROM users WHERE login = ?1"
            ),
            [login],
            |r| Ok((user_from_row(r)?, r.get(6)?, r.get(7)?)),
        )
        .optional()?)
}

fn require_admin(actor: &Actor) -> Result<()> {
    super::require(actor, access::Act::ManageUsers)
}

impl Store {
    /// Adds a user (administrators only).
    pub fn create_user(&mut self, actor: &Actor, u: &NewUser, now: NaiveDateTime) -> Result<User> {
        require_admin(actor)?;
        let kind = self.self_office()?.kind;
        if !access::roles_at(kind).contains(&u.role) {
            return Err(super::StoreError::RoleNotHere(u.role.as_str()));
        }
        access::check_password_rules(&u.password)?;
        let hash = hash_password(&u.password)?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let user = insert_user(&tx, u, &hash, now)?;
        audit(
            &tx,
            now,
            &actor.name,
            "user_create",
            None,
            &format!("{} {}", u.login, u.role.as_str()),
        )?;
        tx.commit()?;
        Ok(user)
    }

    pub fn users(&self) -> Result<Vec<User>> {
        let mut st = self
            .conn
            .prepare(&format!("SELECT {USER_COLUMNS} FROM users ORDER BY login"))?;
        let rows = st.query_map([], user_from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Checks a login with the lock-out rule; every attempt is audited.
    pub fn login(
        &mut self,
        login: &str,
        password: &str,
        now: NaiveDateTime,
    ) -> Result<LoginOutcome> {
        // Hash outside the transaction: it takes tens of milliseconds.
        let found = find(&self.conn, login)?;
        let Some((user, hash, failed)) = found else {
            // Same work as a real check, so timing does not reveal logins.
            static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
            let dummy = DUMMY.get_or_init(|| hash_password("not-a-password").unwrap_or_default());
            let _ = verify(password, dummy);
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            audit(&tx, now, login, "login_unknown", None, "")?;
            tx.commit()?;
            return Ok(LoginOutcome::Wrong {
                attempts_left: access::MAX_FAILED_LOGINS,
            });
        };
        if !user.active {
            return Ok(LoginOutcome::Disabled);
        }
        if let LoginDecision::Locked { until } = access::before_login(user.locked_until, now) {
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            audit(&tx, now, &user.login, "login_locked", None, "")?;
            tx.commit()?;
            return Ok(LoginOutcome::Locked { until });
        }
        let ok = verify(password, &hash);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let outcome = if ok {
            tx.execute(
                "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?1",
                [user.id],
            )?;
            audit(&tx, now, &user.login, "login", None, "")?;
            LoginOutcome::Ok(User {
                locked_until: None,
                ..user
            })
        } else {
            let (failed, locked) = access::after_failure(failed, now);
            tx.execute(
                "UPDATE users SET failed_logins = ?1, locked_until = ?2 WHERE id = ?3",
                params![failed, locked, user.id],
            )?;
            audit(
                &tx,
                now,
                &user.login,
                if locked.is_some() {
                    "login_lock"
                } else {
                    "login_failed"
                },
                None,
                "",
            )?;
            match locked {
                Some(until) => LoginOutcome::Locked { until },
                None => LoginOutcome::Wrong {
                    attempts_left: access::MAX_FAILED_LOGINS - failed,
                },
            }
        };
        tx.commit()?;
        Ok(outcome)
    }

    /// Sets a new password (administrators, or the user themself).
    pub fn set_password(
        &mut self,
        actor: &Actor,
        login: &str,
        password: &str,
        now: NaiveDateTime,
    ) -> Result<()> {
        if actor.name != login {
            require_admin(actor)?;
        }
        access::check_password_rules(password)?;
        let hash = hash_password(password)?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE users SET password_hash = ?1, failed_logins = 0, locked_until = NULL WHERE login = ?2",
            params![hash, login],
        )?;
        if n == 0 {
            return Err(StoreError::UserNotFound(login.to_string()));
        }
        audit(&tx, now, &actor.name, "user_password", None, login)?;
        tx.commit()?;
        Ok(())
    }
}

impl Store {
    /// Failed attempts on the key slots while the store was closed, into
    /// the audit log at the time each was made.
    pub fn audit_failed_unlocks(&mut self, failed: &[super::keys::FailedAttempt]) -> Result<()> {
        if failed.is_empty() {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        for f in failed {
            let action = if f.while_locked {
                "login_while_locked"
            } else if f.locked {
                "login_lock"
            } else {
                "login_failed"
            };
            audit(&tx, f.at, &f.login, action, None, "key slot")?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The store is encrypted in place at `actor`'s sign-in: recorded once,
    /// before the copy is made.
    pub fn record_encrypted(&mut self, actor: &Actor, now: NaiveDateTime) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let done: i64 = tx.query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'store_encrypted'",
            [],
            |r| r.get(0),
        )?;
        if done == 0 {
            audit(&tx, now, &actor.name, "store_encrypted", None, "")?;
        }
        tx.commit()?;
        Ok(())
    }

    /// A new recovery code was made (the code itself is never stored).
    pub fn record_recovery_code(&mut self, actor: &Actor, now: NaiveDateTime) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        audit(&tx, now, &actor.name, "recovery_code", None, "")?;
        tx.commit()?;
        Ok(())
    }

    /// The recovery code's sheet was sent to the printer.
    pub fn record_recovery_printed(&mut self, actor: &Actor, now: NaiveDateTime) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        audit(&tx, now, &actor.name, "recovery_code_printed", None, "")?;
        tx.commit()?;
        Ok(())
    }
}

impl Store {
    /// Lifts a lock-out (administrators only): the failed count is reset,
    /// the password stays.
    pub fn unlock_user(&mut self, actor: &Actor, login: &str, now: NaiveDateTime) -> Result<()> {
        require_admin(actor)?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE login = ?1",
            [login],
        )?;
        if n == 0 {
            return Err(StoreError::UserNotFound(login.to_string()));
        }
        audit(&tx, now, &actor.name, "user_unlock", None, login)?;
        tx.commit()?;
        Ok(())
    }

    /// Disables or enables an account (administrators only); a disabled
    /// account cannot log in, its history stays.
    pub fn set_active(
        &mut self,
        actor: &Actor,
        login: &str,
        active: bool,
        now: NaiveDateTime,
    ) -> Result<()> {
        require_admin(actor)?;
        if actor.name == login && !active {
            return Err(StoreError::Forbidden("administrator"));
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE users SET active = ?1 WHERE login = ?2",
            params![active, login],
        )?;
        if n == 0 {
            return Err(StoreError::UserNotFound(login.to_string()));
        }
        audit(
            &tx,
            now,
            &actor.name,
            if active {
                "user_enable"
            } else {
                "user_disable"
            },
            None,
            login,
        )?;
        tx.commit()?;
        Ok(())
    }
}
