//! Encryption at rest: the store's data key and the key slots that hold it.
//!
//! The database is a SQLCipher file encrypted with one random 256-bit
//! *data key*. The key itself is kept nowhere in clear: the file
//! `emigration-desk.sqlite3.keys` beside the database holds one *slot*
//! per user — the data key sealed (AES-256-GCM) under a key derived from
//! that user's password with argon2id — and at most one *recovery slot*,
//! sealed under a printed recovery code. Any user's password opens the
//! store; a password change reseals that user's slot only; a disabled
//! user's slot is removed. This is how disk encryption (LUKS) and ODK keep
//! one key for many people.
//!
//! Failed attempts before the store is open are counted here (the store
//! cannot be written before it is unlocked), with the same lock-out rule
//! as the window, and are moved into the store's audit log at the next
//! successful sign-in.

use chrono::NaiveDateTime;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use zeroize::Zeroizing;

/// The key slots file of the database `db`.
pub fn keys_path(db: &Path) -> PathBuf {
    let mut s = db.as_os_str().to_owned();
    s.push(".keys");
    PathBuf::from(s)
}

/// The 256-bit key the database is encrypted with. Wiped from memory when
/// the last copy is dropped; never written anywhere unsealed.
#[derive(Clone)]
pub struct DataKey(Arc<Zeroizing<[u8; 32]>>);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(..)")
    }
}

impl PartialEq for DataKey {
    fn eq(&self, other: &DataKey) -> bool {
        // Every byte compared, whatever the first difference.
        self.0
            .iter()
            .zip(other.0.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
    }
}

impl Eq for DataKey {}

impl DataKey {
    /// A new random key.
    pub fn random() -> Result<DataKey, KeyError> {
        let mut k = Zeroizing::new([0u8; 32]);
        SystemRandom::new()
            .fill(&mut k[..])
            .map_err(|_| KeyError::Crypto)?;
        Ok(DataKey(Arc::new(k)))
    }

    /// The statements that give SQLCipher this raw key (no key derivation
    /// inside SQLCipher: the key is random already), after the page
    /// authentication every file of this program uses (HMAC-SHA256, set as
    /// the default so that attached copies are written alike).
    pub fn pragma(&self) -> Zeroizing<String> {
        Zeroizing::new(format!(
            "{} PRAGMA key = \"x'{}'\";",
            defaults_sql(),
            hex(&self.0[..])
        ))
    }

    /// The value for `ATTACH ... KEY ?`: SQLCipher's raw-key text.
    pub(super) fn raw_text(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", hex(&self.0[..])))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("key slots file {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("key slots file {0} is damaged")]
    Damaged(PathBuf),
    #[error("the key slots file {0} is missing")]
    Missing(PathBuf),
    #[error("cryptography failed")]
    Crypto,
}

/// The page authentication of every encrypted file (see `connect`).
const HMAC: &str = "HMAC_SHA256";
/// The page size of every encrypted file (see `connect`).
const PAGE_SIZE: u32 = 2048;

/// The statements that make `HMAC` and `PAGE_SIZE` the process's defaults
/// for files keyed from now on (attached copies included).
pub(super) fn defaults_sql() -> String {
    format!(
        "PRAGMA cipher_default_hmac_algorithm = {HMAC}; PRAGMA cipher_default_page_size = {PAGE_SIZE};"
    )
}

/// argon2id cost of a slot: 64 MiB, 3 passes, one lane. Stronger than the
/// password hashes inside the store, because the slots file is the part an
/// attacker with the disk can try passwords against.
pub const SLOT_M_KIB: u32 = 64 * 1024;
pub const SLOT_T: u32 = 3;
pub const SLOT_P: u32 = 1;

const FORMAT: &str = "emigration-desk key slots 1";
const RECOVERY_ID: &str = "recovery";
/// Logins whose failed attempts the file keeps at most.
const MAX_FAILURE_ENTRIES: usize = 500;
/// Failed attempts kept for the audit log, per login.
const KEPT_ATTEMPTS: usize = 100;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Kdf {
    m_kib: u32,
    t: u32,
    p: u32,
    salt: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Slot {
    /// `user:<login>` or `recovery`; sealed into the slot as associated
    /// data, so a slot cannot be relabelled for another login.
    id: String,
    kdf: Kdf,
    nonce: String,
    sealed: String,
    created: NaiveDateTime,
    /// Sealed under the user's password hash of a store encrypted in
    /// place; resealed with a fresh salt at the user's first sign-in.
    #[serde(default)]
    migrated: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Failures {
    failed: u32,
    locked_until: Option<NaiveDateTime>,
    /// When each failed attempt was, for the audit log.
    attempts: Vec<NaiveDateTime>,
    /// Attempts made while the login was locked (refused unchecked), for
    /// the audit log too.
    #[serde(default)]
    while_locked: Vec<NaiveDateTime>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SlotFile {
    format: String,
    slots: Vec<Slot>,
    #[serde(default)]
    failures: BTreeMap<String, Failures>,
    /// Logins whose slot was removed (disabled users): their failures
    /// are still kept under the login, not as an unknown name.
    #[serde(default, skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    disabled: std::collections::BTreeSet<String>,
    /// The audit log's head as the store last showed it (how many rows,
    /// the last row's hash): a log that later ends before that point, or
    /// differs up to it, lost rows (`db check`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    anchor: Option<Anchor>,
}

/// A point of the audit chain kept outside the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Anchor {
    /// Rows in the audit log then.
    pub count: i64,
    /// The hash of the last of them.
    pub hash: String,
    /// When it was kept (UTC).
    pub at: NaiveDateTime,
}

/// What a password did to a slot.
#[derive(Debug)]
pub enum Unsealed {
    /// The data key; `migrated` when the slot should be resealed.
    Key {
        key: DataKey,
        migrated: bool,
    },
    Wrong {
        attempts_left: u32,
    },
    Locked {
        until: NaiveDateTime,
    },
}

/// One failed attempt before the store was open, for the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedAttempt {
    pub login: String,
    pub at: NaiveDateTime,
    /// The attempt that locked the login.
    pub locked: bool,
    /// An attempt made while the login was locked (not checked).
    pub while_locked: bool,
}

fn user_id(login: &str) -> String {
    format!("user:{login}")
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

fn random<const N: usize>() -> Result<[u8; N], KeyError> {
    let mut b = [0u8; N];
    SystemRandom::new()
        .fill(&mut b)
        .map_err(|_| KeyError::Crypto)?;
    Ok(b)
}

/// The most a slot's argon2id may ask of this machine: 1 GiB, 16 passes,
/// 8 lanes. A slots file asking more is damaged (or hostile): its cost is
/// never run (4 GiB aborts the program, 4 billion passes never end).
const KDF_MAX_M_KIB: u32 = 1024 * 1024;
const KDF_MAX_T: u32 = 16;
const KDF_MAX_P: u32 = 8;

/// The key that seals a slot: argon2id of the secret.
fn derive(secret: &[u8], kdf: &Kdf) -> Result<Zeroizing<[u8; 32]>, KeyError> {
    if kdf.m_kib > KDF_MAX_M_KIB || kdf.t > KDF_MAX_T || kdf.p > KDF_MAX_P || kdf.t == 0 {
        return Err(KeyError::Crypto);
    }
    let salt = unhex(&kdf.salt).ok_or(KeyError::Crypto)?;
    let params =
        argon2::Params::new(kdf.m_kib, kdf.t, kdf.p, Some(32)).map_err(|_| KeyError::Crypto)?;
    let a = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; 32]);
    a.hash_password_into(secret, &salt, &mut out[..])
        .map_err(|_| KeyError::Crypto)?;
    Ok(out)
}

fn fresh_kdf() -> Result<Kdf, KeyError> {
    Ok(Kdf {
        m_kib: SLOT_M_KIB,
        t: SLOT_T,
        p: SLOT_P,
        salt: hex(&random::<16>()?),
    })
}

fn seal_with(
    kek: &[u8; 32],
    id: &str,
    key: &DataKey,
    kdf: Kdf,
    now: NaiveDateTime,
) -> Result<Slot, KeyError> {
    let sealer =
        LessSafeKey::new(UnboundKey::new(&AES_256_GCM, kek).map_err(|_| KeyError::Crypto)?);
    let nonce = random::<NONCE_LEN>()?;
    let mut buf = key.0.to_vec();
    sealer
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(id.as_bytes()),
            &mut buf,
        )
        .map_err(|_| KeyError::Crypto)?;
    Ok(Slot {
        id: id.to_string(),
        kdf,
        nonce: hex(&nonce),
        sealed: hex(&buf),
        created: now,
        migrated: false,
    })
}

fn seal(secret: &[u8], id: &str, key: &DataKey, now: NaiveDateTime) -> Result<Slot, KeyError> {
    let kdf = fresh_kdf()?;
    let kek = derive(secret, &kdf)?;
    seal_with(&kek, id, key, kdf, now)
}

/// The data key in `slot` if `secret` opens it.
fn open_slot(slot: &Slot, secret: &[u8]) -> Result<Option<DataKey>, KeyError> {
    let kek = derive(secret, &slot.kdf)?;
    let opener =
        LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &kek[..]).map_err(|_| KeyError::Crypto)?);
    let nonce: [u8; NONCE_LEN] = unhex(&slot.nonce)
        .and_then(|n| n.try_into().ok())
        .ok_or(KeyError::Crypto)?;
    let mut buf = Zeroizing::new(unhex(&slot.sealed).ok_or(KeyError::Crypto)?);
    let Ok(plain) = opener.open_in_place(
        Nonce::assume_unique_for_key(nonce),
        Aad::from(slot.id.as_bytes()),
        &mut buf[..],
    ) else {
        return Ok(None);
    };
    let key: [u8; 32] = plain.try_into().map_err(|_| KeyError::Crypto)?;
    Ok(Some(DataKey(Arc::new(Zeroizing::new(key)))))
}

/// The same work as opening a slot, for a login that has none (timing
/// does not tell which logins exist).
fn dummy_work(secret: &[u8]) {
    let kdf = Kdf {
        m_kib: SLOT_M_KIB,
        t: SLOT_T,
        p: SLOT_P,
        salt: "00".repeat(16),
    };
    let _ = derive(secret, &kdf);
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> KeyError + '_ {
    move |source| KeyError::Io {
        path: path.to_path_buf(),
        source,
    }
}

impl SlotFile {
    fn load(path: &Path) -> Result<SlotFile, KeyError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(KeyError::Missing(path.to_path_buf()))
            }
            Err(e) => return Err(io(path)(e)),
        };
        let f: SlotFile =
            serde_json::from_str(&text).map_err(|_| KeyError::Damaged(path.to_path_buf()))?;
        if f.format != FORMAT {
            return Err(KeyError::Damaged(path.to_path_buf()));
        }
        Ok(f)
    }

    /// Written whole under a temporary name, made durable, then renamed
    /// over the old file: a crash leaves the old slots or the new ones.
    fn save(&self, path: &Path) -> Result<(), KeyError> {
        use std::io::Write;
        let text = serde_json::to_string_pretty(self).map_err(|_| KeyError::Crypto)?;
        let tmp = {
            let mut s = path.as_os_str().to_owned();
            s.push(format!(".{}.tmp", std::process::id()));
            PathBuf::from(s)
        };
        let r = (|| {
            let mut f = crate::private::file_options()
                .create(true)
                .truncate(true)
                .open(&tmp)?;
            f.write_all(text.as_bytes())?;
            f.sync_all()?;
            crate::private::set_private(&tmp)?;
            std::fs::rename(&tmp, path)?;
            if let Some(dir) = path.parent() {
                crate::private::sync_dir(dir);
            }
            Ok(())
        })();
        if r.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        r.map_err(io(path))
    }

    fn slot(&self, id: &str) -> Option<&Slot> {
        self.slots.iter().find(|s| s.id == id)
    }

    fn put(&mut self, slot: Slot) {
        if let Some(login) = slot.id.strip_prefix("user:") {
            self.disabled.remove(login);
        }
        self.slots.retain(|s| s.id != slot.id);
        self.slots.push(slot);
        self.slots.sort_by(|a, b| a.id.cmp(&b.id));
    }
}

/// The lock beside the slots file (`<keys>.lock`): every read-modify-write
/// of the file — a sign-in's count of failures, a new or removed slot, a
/// recovery code — holds it exclusively, so that two programs (or two
/// threads) changing the file at once can never undo each other (a failed
/// sign-in running beside an administrator's change once put a disabled
/// user's slot back). Released when dropped.
struct FileLock(std::fs::File);

impl FileLock {
    fn take(path: &Path) -> Result<FileLock, KeyError> {
        let mut lock = path.as_os_str().to_owned();
        lock.push(".lock");
        let lock = PathBuf::from(lock);
        let f = crate::private::file_options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock)
            .map_err(io(&lock))?;
        f.lock().map_err(io(&lock))?;
        Ok(FileLock(f))
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}

/// Reads the slots file, lets `f` change it, and writes it back when `f`
/// says it changed — as one step under the file's lock.
fn update<T>(
    path: &Path,
    f: impl FnOnce(&mut SlotFile) -> Result<(T, bool), KeyError>,
) -> Result<T, KeyError> {
    let _lock = FileLock::take(path)?;
    let mut file = SlotFile::load(path)?;
    let (out, changed) = f(&mut file)?;
    if changed {
        file.save(path)?;
    }
    Ok(out)
}

/// The name a login's failures are kept under: the login itself where it
/// has a slot, else a digest of what was typed (a password typed into the
/// login field is never written down in clear).
fn failure_key(file: &SlotFile, login: &str) -> String {
    if file.slot(&user_id(login)).is_some() || file.disabled.contains(login) {
        return login.to_string();
    }
    use sha2::Digest;
    let d = sha2::Sha256::digest(login.as_bytes());
    format!("?{}", hex(&d[..8]))
}

/// A new slots file holding the first administrator's slot, written before
/// the database it opens is created.
pub fn create(
    path: &Path,
    key: &DataKey,
    login: &str,
    password: &str,
    now: NaiveDateTime,
) -> Result<(), KeyError> {
    let f = SlotFile {
        format: FORMAT.into(),
        slots: vec![seal(password.as_bytes(), &user_id(login), key, now)?],
        failures: BTreeMap::new(),
        disabled: Default::default(),
        anchor: None,
    };
    let _lock = FileLock::take(path)?;
    f.save(path)
}

/// A slots file for a store encrypted in place: `signer`'s slot sealed
/// under the password they signed in with, and every other user's sealed
/// under their stored argon2id password hash (the same bytes their
/// password derives again with the hash's own salt and cost), resealed
/// with a fresh salt at their first sign-in.
pub fn create_migrated(
    path: &Path,
    key: &DataKey,
    signer: (&str, &str),
    others: &[(String, String)],
    now: NaiveDateTime,
) -> Result<(), KeyError> {
    let mut f = SlotFile {
        format: FORMAT.into(),
        slots: Vec::new(),
        failures: BTreeMap::new(),
        disabled: Default::default(),
        anchor: None,
    };
    f.put(seal(signer.1.as_bytes(), &user_id(signer.0), key, now)?);
    for (login, phc) in others {
        if login == signer.0 {
            continue;
        }
        let Ok(h) = argon2::PasswordHash::new(phc) else {
            tracing::warn!(login, "password hash not readable: no key slot made");
            continue;
        };
        let (Some(salt), Some(out), Ok(params)) = (h.salt, h.hash, argon2::Params::try_from(&h))
        else {
            continue;
        };
        let mut raw = [0u8; 64];
        let Ok(raw) = salt.decode_b64(&mut raw) else {
            continue;
        };
        let Ok(kek): Result<[u8; 32], _> = out.as_bytes().try_into() else {
            continue;
        };
        let kek = Zeroizing::new(kek);
        let kdf = Kdf {
            m_kib: params.m_cost(),
            t: params.t_cost(),
            p: params.p_cost(),
            salt: hex(raw),
        };
        let mut slot = seal_with(&kek, &user_id(login), key, kdf, now)?;
        slot.migrated = true;
        f.put(slot);
    }
    f.save(path)
}

/// Tries `password` on `login`'s slot, with the lock-out rule. Every
/// attempt is counted in the file — a failure, and an attempt while locked
/// — and the whole try (the count read, the password checked, the count
/// written) is one step under the file's lock: attempts made at once are
/// checked one after another, so none gets past a lock-out the attempts
/// before it earned, and none undoes an administrator's change.
pub fn unseal_user(
    path: &Path,
    login: &str,
    password: &str,
    now: NaiveDateTime,
) -> Result<Unsealed, KeyError> {
    use crate::domain::access::{self, LoginDecision};
    update(path, |f| {
        let key = failure_key(f, login);
        let entry = f.failures.get(&key).cloned().unwrap_or_default();
        if let LoginDecision::Locked { until } = access::before_login(entry.locked_until, now) {
            let e = f.failures.entry(key).or_default();
            e.while_locked.push(now);
            if e.while_locked.len() > KEPT_ATTEMPTS {
                let extra = e.while_locked.len() - KEPT_ATTEMPTS;
                e.while_locked.drain(..extra);
            }
            return Ok((Unsealed::Locked { until }, true));
        }
        let opened = match f.slot(&user_id(login)) {
            Some(slot) => open_slot(slot, password.as_bytes())?.map(|k| (k, slot.migrated)),
            None => {
                dummy_work(password.as_bytes());
                None
            }
        };
        if let Some((data_key, migrated)) = opened {
            let changed = entry.failed > 0 || entry.locked_until.is_some();
            if changed {
                let e = f.failures.entry(key).or_default();
                e.failed = 0;
                e.locked_until = None;
            }
            return Ok((
                Unsealed::Key {
                    key: data_key,
                    migrated,
                },
                changed,
            ));
        }
        let (failed, locked) = access::after_failure(entry.failed, now);
        // Tries of made-up logins are counted too (so that the answer does
        // not tell which logins exist), but the file keeps at most a
        // bounded number of them: the logins tried longest ago go first.
        while f.failures.len() >= MAX_FAILURE_ENTRIES && !f.failures.contains_key(&key) {
            let oldest = f
                .failures
                .iter()
                .min_by_key(|(_, e)| e.attempts.last().copied())
                .map(|(k, _)| k.clone());
            match oldest {
                Some(k) => {
                    f.failures.remove(&k);
                }
                None => break,
            }
        }
        let e = f.failures.entry(key).or_default();
        e.failed = failed;
        e.locked_until = locked;
        e.attempts.push(now);
        if e.attempts.len() > KEPT_ATTEMPTS {
            let extra = e.attempts.len() - KEPT_ATTEMPTS;
            e.attempts.drain(..extra);
        }
        let out = match locked {
            Some(until) => Unsealed::Locked { until },
            None => Unsealed::Wrong {
                attempts_left: access::MAX_FAILED_LOGINS.saturating_sub(failed),
            },
        };
        Ok((out, true))
    })
}

/// The data key if `password` opens `login`'s slot, counting nothing: for
/// a backup's slots file, which is only read.
pub fn try_user(path: &Path, login: &str, password: &str) -> Result<Option<DataKey>, KeyError> {
    let f = SlotFile::load(path)?;
    match f.slot(&user_id(login)) {
        Some(slot) => open_slot(slot, password.as_bytes()),
        None => {
            dummy_work(password.as_bytes());
            Ok(None)
        }
    }
}

/// Seals the data key for `login` under `password` (a new user, a new
/// password), replacing their old slot.
pub fn set_user(
    path: &Path,
    key: &DataKey,
    login: &str,
    password: &str,
    now: NaiveDateTime,
) -> Result<(), KeyError> {
    // Sealed before the lock is taken (argon2 takes a while); put in
    // under it.
    let slot = seal(password.as_bytes(), &user_id(login), key, now)?;
    update(path, |f| {
        f.put(slot);
        f.failures.remove(login);
        Ok(((), true))
    })
}

/// Keeps the audit chain's head (`count` rows, the last hashed `hash`)
/// in the slots file, when it is further on than the one kept: the
/// anchor only moves forward. `false`: the file was not changed.
pub fn set_anchor(
    path: &Path,
    count: i64,
    hash: &str,
    at: NaiveDateTime,
) -> Result<bool, KeyError> {
    update(path, |f| {
        if f.anchor.as_ref().is_some_and(|a| a.count >= count) {
            return Ok((false, false));
        }
        f.anchor = Some(Anchor {
            count,
            hash: hash.to_string(),
            at,
        });
        Ok((true, true))
    })
}

/// The audit chain's head last kept in the slots file.
pub fn anchor(path: &Path) -> Result<Option<Anchor>, KeyError> {
    Ok(SlotFile::load(path)?.anchor)
}

/// Lifts `login`'s lock-out on the slots (an administrator's unlock).
pub fn clear_failures(path: &Path, login: &str) -> Result<(), KeyError> {
    update(path, |f| {
        Ok(match f.failures.get_mut(login) {
            Some(e) => {
                e.failed = 0;
                e.locked_until = None;
                ((), true)
            }
            None => ((), false),
        })
    })
}

/// Removes `login`'s slot (a disabled user): their password opens nothing.
pub fn remove_user(path: &Path, login: &str) -> Result<bool, KeyError> {
    update(path, |f| {
        let before = f.slots.len();
        f.slots.retain(|s| s.id != user_id(login));
        let removed = f.slots.len() != before;
        if removed {
            f.disabled.insert(login.to_string());
        }
        Ok((removed, removed))
    })
}

/// The logins that have a slot, and whether a recovery slot exists.
pub fn list(path: &Path) -> Result<(Vec<String>, bool), KeyError> {
    let f = SlotFile::load(path)?;
    let users = f
        .slots
        .iter()
        .filter_map(|s| s.id.strip_prefix("user:").map(str::to_string))
        .collect();
    Ok((users, f.slot(RECOVERY_ID).is_some()))
}

/// Crockford's base32 without the look-alike letters.
const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A recovery code as printed: 32 characters (160 random bits) in groups
/// of four.
fn new_recovery_code() -> Result<Zeroizing<String>, KeyError> {
    let bytes = Zeroizing::new(random::<20>()?);
    let mut bits: u64 = 0;
    let mut n = 0;
    let mut chars = Zeroizing::new(String::new());
    for b in bytes.iter() {
        bits = (bits << 8) | u64::from(*b);
        n += 8;
        while n >= 5 {
            n -= 5;
            chars.push(CODE_ALPHABET[((bits >> n) & 31) as usize] as char);
        }
    }
    let mut out = Zeroizing::new(String::new());
    for (i, c) in chars.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(c);
    }
    Ok(out)
}

/// A recovery code as typed, normalised: upper case, without spaces and
/// dashes, look-alikes read as the digit they stand for.
fn normalise_code(code: &str) -> Zeroizing<String> {
    Zeroizing::new(
        code.chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect(),
    )
}

/// Makes a new recovery slot (replacing any old one); the code, to be
/// shown once and printed or written down by the administrator.
pub fn set_recovery(
    path: &Path,
    key: &DataKey,
    now: NaiveDateTime,
) -> Result<Zeroizing<String>, KeyError> {
    let code = new_recovery_code()?;
    let slot = seal(normalise_code(&code).as_bytes(), RECOVERY_ID, key, now)?;
    update(path, |f| {
        f.put(slot);
        Ok(((), true))
    })?;
    Ok(code)
}

/// The data key, if `code` opens the recovery slot.
pub fn unseal_recovery(path: &Path, code: &str) -> Result<Option<DataKey>, KeyError> {
    let f = SlotFile::load(path)?;
    let Some(slot) = f.slot(RECOVERY_ID) else {
        dummy_work(code.as_bytes());
        return Ok(None);
    };
    open_slot(slot, normalise_code(code).as_bytes())
}

/// The failed attempts (and attempts while locked) not yet in the audit
/// log, emptied from the file.
pub fn take_failed_attempts(path: &Path) -> Result<Vec<FailedAttempt>, KeyError> {
    let mut out = update(path, |f| {
        let mut out = Vec::new();
        for (login, e) in f.failures.iter_mut() {
            let last_locking = e.locked_until.is_some();
            let n = e.attempts.len();
            for (i, at) in e.attempts.drain(..).enumerate() {
                out.push(FailedAttempt {
                    login: login.clone(),
                    at,
                    locked: last_locking && i + 1 == n,
                    while_locked: false,
                });
            }
            for at in e.while_locked.drain(..) {
                out.push(FailedAttempt {
                    login: login.clone(),
                    at,
                    locked: false,
                    while_locked: true,
                });
            }
        }
        if out.is_empty() {
            return Ok((out, false));
        }
        f.failures
            .retain(|_, e| e.failed > 0 || e.locked_until.is_some() || !e.attempts.is_empty());
        Ok((out, true))
    })?;
    out.sort_by_key(|a| a.at);
    Ok(out)
}

/// Copies the slots file beside a backup (`to` is the backup's own slots
/// path), durably and private.
pub fn copy_to(from: &Path, to: &Path) -> Result<(), KeyError> {
    let f = SlotFile::load(from)?;
    f.save(to)
}

/// Whether `path` holds a readable slots file.
pub fn check(path: &Path) -> Result<(), KeyError> {
    SlotFile::load(path).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    }

    #[test]
    fn a_password_opens_its_slot_and_no_other() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("db.keys");
        let key = DataKey::random().unwrap();
        create(&p, &key, "admin", "Correct-horse-1", at(9)).unwrap();
        set_user(&p, &key, "clerk", "Battery-staple-2", at(9)).unwrap();
        match unseal_user(&p, "clerk", "Battery-staple-2", at(10)).unwrap() {
            Unsealed::Key { key: k, migrated } => {
                assert!(k == key);
                assert!(!migrated);
            }
            other => panic!("{other:?}"),
        }
        // The admin's password is not the clerk's.
        assert!(matches!(
            unseal_user(&p, "clerk", "Correct-horse-1", at(10)).unwrap(),
            Unsealed::Wrong { attempts_left: 2 }
        ));
        assert!(matches!(
            unseal_user(&p, "nobody", "x", at(10)).unwrap(),
            Unsealed::Wrong { .. }
        ));
        let failed = take_failed_attempts(&p).unwrap();
        assert_eq!(failed.len(), 2);
        assert!(take_failed_attempts(&p).unwrap().is_empty());
        // The file holds no key in clear.
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(!text.contains(&hex(&key.0[..])));
    }

    #[test]
    fn three_failures_lock_the_login_and_a_removed_slot_opens_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("db.keys");
        let key = DataKey::random().unwrap();
        create(&p, &key, "admin", "Correct-horse-1", at(9)).unwrap();
        set_user(&p, &key, "clerk", "Battery-staple-2", at(9)).unwrap();
        for _ in 0..2 {
            assert!(matches!(
                unseal_user(&p, "clerk", "wrong", at(10)).unwrap(),
                Unsealed::Wrong { .. }
            ));
        }
        assert!(matches!(
            unseal_user(&p, "clerk", "wrong", at(10)).unwrap(),
            Unsealed::Locked { .. }
        ));
        // Locked: even the right password waits.
        assert!(matches!(
            unseal_user(&p, "clerk", "Battery-staple-2", at(10)).unwrap(),
            Unsealed::Locked { .. }
        ));
        assert!(matches!(
            unseal_user(&p, "clerk", "Battery-staple-2", at(11)).unwrap(),
            Unsealed::Key { .. }
        ));
        assert!(remove_user(&p, "clerk").unwrap());
        assert!(matches!(
            unseal_user(&p, "clerk", "Battery-staple-2", at(11)).unwrap(),
            Unsealed::Wrong { .. }
        ));
        assert!(matches!(
            unseal_user(&p, "admin", "Correct-horse-1", at(11)).unwrap(),
            Unsealed::Key { .. }
        ));
    }

    #[test]
    fn the_recovery_code_opens_the_store_as_printed_or_as_typed_loosely() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("db.keys");
        let key = DataKey::random().unwrap();
        create(&p, &key, "admin", "Correct-horse-1", at(9)).unwrap();
        assert!(unseal_recovery(&p, "0000").unwrap().is_none());
        let code = set_recovery(&p, &key, at(9)).unwrap();
        assert_eq!(code.len(), 32 + 7);
        assert!(unseal_recovery(&p, &code).unwrap().unwrap() == key);
        let loose = code.replace('-', " ").to_lowercase();
        assert!(unseal_recovery(&p, &loose).unwrap().unwrap() == key);
        assert!(unseal_recovery(&p, "0000-0000").unwrap().is_none());
        // A new code replaces the old one.
        let again = set_recovery(&p, &key, at(10)).unwrap();
        assert!(unseal_recovery(&p, &code).unwrap().is_none());
        assert!(unseal_recovery(&p, &again).unwrap().is_some());
    }

    #[test]
    fn a_slot_relabelled_for_another_login_does_not_open() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("db.keys");
        let key = DataKey::random().unwrap();
        create(&p, &key, "admin", "Correct-horse-1", at(9)).unwrap();
        let text = std::fs::read_to_string(&p)
            .unwrap()
            .replace("user:admin", "user:mallory");
        std::fs::write(&p, text).unwrap();
        assert!(matches!(
            unseal_user(&p, "mallory", "Correct-horse-1", at(10)).unwrap(),
            Unsealed::Wrong { .. }
        ));
    }
}
