//! The local store: one SQLite file per workstation.
//!
//! `journal_mode=WAL`, `synchronous=FULL`, `foreign_keys=ON`, versioned
//! migrations. Every business change commits together with its audit record
//! and its outbox rows in one transaction, so a crash leaves all of it or
//! none. Nothing outside this module writes SQL.

mod backup;
mod cases;
mod chain;
mod complaints;
mod encrypt;
mod forms;
mod home_visits;
pub mod keys;
mod national;
mod report;
mod rules;
pub mod schema;
mod status;
mod sync;
mod users;
mod visits;

pub use crate::domain::records::{
    CaseRecord, CaseSummary, Complaint, ConflictRow, Draft, DraftSaved, HomeVisit, LoginOutcome,
    NewUser, Office, ParkedRow, QuarantineRow, SearchPage, SyncCounts, User, Visit, VisitDayStat,
    WaitingRow,
};
pub use backup::{
    backup_name, backup_to, check_file, check_writable, existing_store, parse_backup_name, prune,
    restore_into, BackupError, BackupMade, BACKUP_DIR_SETTING, BACKUP_KEEP_SETTING,
};
pub use cases::{synthetic_iin, BoardFilter, IntakeOutcome};
pub use encrypt::{encrypt_in_place, file_kind, migration_lock, FileKind, MigrationLock};
pub use forms::{FormRecord, IssuedForm};
pub use keys::{keys_path, DataKey, KeyError};
pub use national::DirectoryEntry;
pub use rules::RuleKind;
pub use status::{StatusOut, LOOKUP_FOUND, LOOKUP_MISS, LOOKUP_SLOWED};
pub use sync::{
    limits, ApplyReport, Disposition, Incoming, Outgoing, OutgoingReceipt, MAX_APPLY_ATTEMPTS,
};

use crate::domain::case::TransitionError;
use crate::domain::intake::Validation;
use crate::domain::rules::RulesError;
use crate::domain::OfficeKind;
use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use std::path::{Path, PathBuf};

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "emigration-desk.sqlite3";
/// Environment variable that overrides the data directory.
pub const DATA_DIR_ENV: &str = "EMIGRATION_DESK_DATA_DIR";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("cannot use the data directory {path}: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("no home directory to keep data in; pass --data-dir")]
    NoHome,
    #[error("the database file was written by a newer version (schema {found}, this program knows {known})")]
    SchemaTooNew { found: i64, known: i64 },
    #[error("the case is held by office {0}")]
    HeldElsewhere(u16),
    #[error("schema migration {0} would break references between tables")]
    Migration(usize),
    #[error("this workstation is not set up yet: run init")]
    NotInitialised,
    #[error("this workstation is already set up")]
    AlreadyInitialised,
    #[error("office code {0} is already used")]
    OfficeCodeTaken(u16),
    #[error("the login {0:?} is taken")]
    LoginTaken(String),
    #[error("no case {0}")]
    CaseNotFound(String),
    #[error("no user {0:?}")]
    UserNotFound(String),
    /// A login a user cannot be given (its characters or length).
    #[error("a login is 1-64 Latin letters, digits, '.', '_' or '-', not {0:?}")]
    BadLogin(String),
    #[error("the questionnaire has errors")]
    Invalid(Validation),
    #[error("{0}")]
    Transition(#[from] TransitionError),
    #[error("rule data: {0}")]
    Rules(#[from] RulesError),
    #[error("no regulation profile is in force on {0}")]
    NoProfile(chrono::NaiveDate),
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
    #[error("the case number sequence of office {0} for this year is exhausted")]
    SequenceExhausted(u16),
    #[error("not allowed for the role {0}")]
    Forbidden(&'static str),
    #[error("the role {0} may not record this")]
    NotPermitted(&'static str),
    /// An office of this kind has no such role (operators only at the
    /// contact centre, and nowhere else).
    #[error("an office of this kind has no role {0}")]
    RoleNotHere(&'static str),
    /// The ministry keeps every office's cases for the national report
    /// only: nobody there opens a case or lists cases with names.
    #[error("at the ministry only the national report is taken")]
    NationalOnly,
    /// The review's events belong to the migration police office.
    #[error("this is recorded at the migration police office, not here")]
    NotAtThisOffice(crate::domain::OfficeKind),
    #[error("{0}")]
    Password(#[from] crate::domain::access::PasswordError),
    /// This draft was committed already, as the case of this number.
    #[error("this questionnaire was already accepted as case {0}")]
    AlreadyCommitted(String),
    /// The applicant already has this open case.
    #[error("the applicant already has the open case {0}")]
    OpenCaseExists(String),
    /// A request that contradicts what is stored (the key names which).
    #[error("refused: {0}")]
    Conflict(&'static str),
    /// The key slots beside the database.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// The database is encrypted and the key given opens nothing (or none
    /// was given).
    #[error("the database is encrypted: sign in to open it")]
    Encrypted,
    /// `db check` found the store damaged: no new case or step is
    /// written until a backup is restored or a check finds it sound.
    #[error("db check found this store damaged on {0}: restore a backup or check it again")]
    Damaged(String),
    /// Another program has the database open while it is being encrypted.
    #[error("another program has the database open: close it and sign in again")]
    InUse,
}

pub type Result<T> = std::result::Result<T, StoreError>;

impl StoreError {
    /// The store itself could not be used — its file or directory, its
    /// schema, data found damaged — as against a refusal of what was
    /// asked (a role, a rule, a conflict with what is stored). The command
    /// line exits with 3 for these, 1 for refusals.
    pub fn is_failure(&self) -> bool {
        matches!(
            self,
            StoreError::Sqlite(_)
                | StoreError::DataDir { .. }
                | StoreError::SchemaTooNew { .. }
                | StoreError::Corrupt(_)
        )
    }
}

/// The settings key that records a failed `db check` (its time, UTC).
pub const DAMAGED_SETTING: &str = "store_damaged";

impl From<crate::domain::rulebook::RuleError> for StoreError {
    fn from(e: crate::domain::rulebook::RuleError) -> StoreError {
        use crate::domain::rulebook::RuleError as R;
        match e {
            R::NotPermitted { role, .. } => StoreError::NotPermitted(role.as_str()),
            R::NotAtThisOffice { office, .. } => StoreError::NotAtThisOffice(office),
            R::HeldElsewhere(code) => StoreError::HeldElsewhere(code),
            R::Transition(t) => StoreError::Transition(t),
        }
    }
}

/// Who does something, for the audit log and the event log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// `login` for a signed-in user; `cli:<os user>` for the admin CLI.
    pub name: String,
    pub user_id: Option<i64>,
    pub role: Option<crate::domain::access::Role>,
}

impl Actor {
    pub fn cli() -> Actor {
        let os_user = std::env::var("USER")
            .or_else(|_| std::env::var("USERNAME"))
            .unwrap_or_default();
        Actor {
            name: format!("cli:{os_user}"),
            user_id: None,
            role: None,
        }
    }
    /// The recovery code, when every password was forgotten: it may set
    /// an administrator's password, and is audited under its own name.
    pub fn recovery() -> Actor {
        Actor {
            name: "recovery-code".into(),
            user_id: None,
            role: Some(crate::domain::access::Role::Administrator),
        }
    }
    pub fn user(u: &User) -> Actor {
        Actor {
            name: u.login.clone(),
            user_id: Some(u.id),
            role: Some(u.role),
        }
    }
}

/// Whether files can be made in `dir` (a probe file, removed at once):
/// false on a read-only mount or a directory without write permission.
pub fn writable(dir: &Path) -> bool {
    let probe = dir.join(format!(".emigration-desk-probe-{}", std::process::id()));
    match crate::private::file_options().create_new(true).open(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            true
        }
        Err(_) => false,
    }
}

/// The spool of printed forms of the database `db` (see `Store::forms_dir`):
/// one per data directory.
fn forms_spool(db: &Path) -> PathBuf {
    #[cfg(unix)]
    if let Some(run) = std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) {
        use sha2::Digest;
        let d = sha2::Sha256::digest(db.as_os_str().as_encoded_bytes());
        let tag: String = d.iter().take(6).map(|b| format!("{b:02x}")).collect();
        return PathBuf::from(run)
            .join("emigration-desk")
            .join(format!("forms-{tag}"));
    }
    db.parent()
        .map(|p| p.join("forms"))
        .unwrap_or_else(|| PathBuf::from("forms"))
}

/// The default data directory of the platform (XDG on Linux, AppData on
/// Windows, Application Support on macOS).
pub fn default_data_dir() -> Result<PathBuf> {
    directories::ProjectDirs::from("kz", "emigration-desk", "emigration-desk")
        .map(|p| p.data_dir().to_path_buf())
        .ok_or(StoreError::NoHome)
}

/// The data directory: the flag, else the environment variable, else the
/// platform default.
pub fn resolve_data_dir(flag: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = flag {
        return Ok(p.to_path_buf());
    }
    match std::env::var_os(DATA_DIR_ENV) {
        Some(p) if !p.is_empty() => Ok(PathBuf::from(p)),
        _ => default_data_dir(),
    }
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
    rules_cache: Option<std::sync::Arc<crate::domain::rules::Rules>>,
    office_cache: Option<Office>,
    block_cache: Option<u8>,
    /// The data key the file is encrypted with (`None`: a plain file, as
    /// before encryption and in the library's own tests).
    key: Option<DataKey>,
    /// The audit log's length when the store was opened for writing (an
    /// encrypted store with its slots file): when the store is closed
    /// longer, its head is kept in the slots file (`anchor_audit`).
    opened_at_count: std::cell::Cell<Option<i64>>,
}

/// In test builds only (the `date-override` feature): the settings key by
/// which a test makes a workstation read sync messages as a program of
/// another envelope schema would — one not yet upgraded, then upgraded.
pub const TEST_READS_SCHEMA_SETTING: &str = "test_reads_schema";

impl Store {
    /// The sync envelope schema this program reads: `envelope::SCHEMA`
    /// (a test build may stand in for another program, see
    /// `TEST_READS_SCHEMA_SETTING`).
    pub(crate) fn reads_schema(&self) -> u32 {
        #[cfg(feature = "date-override")]
        if let Some(v) = self
            .setting(TEST_READS_SCHEMA_SETTING)
            .ok()
            .flatten()
            .and_then(|v| v.parse().ok())
        {
            return v;
        }
        crate::domain::envelope::SCHEMA
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        if let Err(e) = self.anchor_audit() {
            tracing::warn!(error = %e, "the audit log's head was not kept in the key slots file");
        }
    }
}

impl Store {
    /// Opens (creating if needed) the database in `dir`, encrypted with
    /// `key` (`None`: a plain file).
    pub fn open_dir(dir: &Path, key: Option<&DataKey>) -> Result<Store> {
        crate::private::private_dir(dir).map_err(|source| StoreError::DataDir {
            path: dir.to_path_buf(),
            source,
        })?;
        let store = Store::open_with(&dir.join(DB_FILE), key)?;
        // The directory and what is in it are the user's alone; what was
        // open to others is closed, and said.
        let repaired = crate::private::repair(dir);
        for p in &repaired.modes {
            tracing::warn!(path = %p.display(), "file mode was open to others: made private");
        }
        for p in &repaired.removed {
            tracing::info!(path = %p.display(), "removed the leftover of an interrupted print");
        }
        Ok(store)
    }

    /// Opens (creating if needed) a plain database file and brings its
    /// schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, None)
    }

    /// Opens (creating if needed) the database file encrypted with `key`.
    pub fn open_keyed(path: &Path, key: &DataKey) -> Result<Store> {
        Store::open_with(path, Some(key))
    }

    fn open_with(path: &Path, key: Option<&DataKey>) -> Result<Store> {
        // Programs opening a new file at once: SQLite answers "database is
        // locked" without waiting where waiting could deadlock (while the
        // file is switched to WAL, or a reader would have to become a
        // writer). Opening again a moment later then finds it ready.
        // For a second at most: a lock held longer was already waited for
        // (5 s) and is an answer.
        let start = std::time::Instant::now();
        loop {
            match Store::open_once(path, key) {
                Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)))
                    if e.code == rusqlite::ErrorCode::DatabaseBusy
                        && start.elapsed() < std::time::Duration::from_secs(1) =>
                {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                other => return other,
            }
        }
    }

    fn open_once(path: &Path, key: Option<&DataKey>) -> Result<Store> {
        let conn = encrypt::connect(path, key, rusqlite::OpenFlags::default())?;
        // A file written by a newer version is refused before anything
        // touches it (switching it to WAL would rewrite its header).
        let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let known = schema::MIGRATIONS.len() as i64;
        if found > known {
            return Err(StoreError::SchemaTooNew { found, known });
        }
        // Several connections write (the window, the sync tasks): the
        // connection waits for a lock in 1 ms steps, up to 5 s (set by
        // `encrypt::connect`, before the first read).
        // WAL: readers never block the writer; FULL: a committed intake
        // survives a power cut.
        let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Corrupt(format!("journal mode {mode}")));
        }
        // 32 MiB of page cache: the pages of the indexes a counter searches
        // all day stay in memory (for an encrypted file: decrypted once).
        conn.execute_batch(
            "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768;",
        )?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            rules_cache: None,
            office_cache: None,
            block_cache: None,
            key: key.cloned(),
            opened_at_count: std::cell::Cell::new(None),
        };
        store.migrate()?;
        if store.key.is_some() && keys_path(&store.path).is_file() {
            store
                .opened_at_count
                .set(Some(chain::audit_head(&store.conn)?.map_or(0, |h| h.0)));
        }
        Ok(store)
    }

    /// Opens the database file for reading only, touching nothing on disk
    /// (SQLite's `immutable`: no WAL index, no locks) — for `db check` in a
    /// data directory that cannot be written. The schema must be this
    /// version's (an older one needs its migration, which writes).
    pub fn open_read_only(path: &Path, key: Option<&DataKey>) -> Result<Store> {
        let mut uri = String::from("file:");
        for b in path.to_string_lossy().bytes() {
            match b {
                b'%' | b'?' | b'#' => uri.push_str(&format!("%{b:02X}")),
                _ => uri.push(b as char),
            }
        }
        uri.push_str("?immutable=1");
        let conn = encrypt::connect(
            Path::new(&uri),
            key,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_URI,
        )?;
        let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let known = schema::MIGRATIONS.len() as i64;
        if found > known {
            return Err(StoreError::SchemaTooNew { found, known });
        }
        if found < known {
            return Err(StoreError::Conflict("read-only-old-schema"));
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            rules_cache: None,
            office_cache: None,
            block_cache: None,
            key: key.cloned(),
            opened_at_count: std::cell::Cell::new(None),
        })
    }

    /// The data key the store is encrypted with; `None` for a plain file.
    pub fn key(&self) -> Option<&DataKey> {
        self.key.as_ref()
    }

    /// The key slots file beside the database.
    pub fn keys_path(&self) -> PathBuf {
        keys::keys_path(&self.path)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where the window's printed forms wait to reach paper (the viewer or
    /// the printer takes them from here). Not kept: a form is printed again
    /// from the case whenever needed, so an unencrypted copy of a citizen's
    /// papers lives only until the window signs out or closes
    /// (`clear_forms`). On Linux the spool is in the user's runtime
    /// directory (`$XDG_RUNTIME_DIR`, in memory, the user's alone, emptied
    /// at logout); elsewhere `forms/` beside the database. Created private
    /// on first use.
    pub fn forms_dir(&self) -> std::io::Result<PathBuf> {
        let dir = forms_spool(&self.path);
        crate::private::private_dir(&dir)?;
        Ok(dir)
    }

    /// Removes the forms waiting in the spool (and in `forms/` beside the
    /// database, where earlier versions kept them); how many.
    pub fn clear_forms(&self) -> usize {
        let beside = self
            .path
            .parent()
            .map(|p| p.join("forms"))
            .unwrap_or_else(|| PathBuf::from("forms"));
        let mut removed = 0;
        for dir in [forms_spool(&self.path), beside] {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for e in entries.flatten() {
                if e.file_type().is_ok_and(|t| t.is_file())
                    && std::fs::remove_file(e.path()).is_ok()
                {
                    removed += 1;
                }
            }
        }
        if removed > 0 {
            tracing::info!(removed, "printed forms removed from the spool");
        }
        removed
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    fn migrate(&mut self) -> Result<()> {
        let known = schema::MIGRATIONS.len() as i64;
        let found = self.schema_version()?;
        if found > known {
            return Err(StoreError::SchemaTooNew { found, known });
        }
        if found == known {
            return Ok(());
        }
        // SQLite's procedure for changing a table's shape: foreign keys off
        // (it cannot change inside a transaction), the migration, then
        // `foreign_key_check` before the commit, and the keys back on.
        self.conn.execute_batch("PRAGMA foreign_keys=OFF")?;
        let result = (|| -> Result<()> {
            for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(found as usize) {
                let tx = self
                    .conn
                    .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
                // Another program may have migrated while this one waited
                // for the write lock: the version is read again under it.
                let now_at: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
                if now_at > i as i64 {
                    if now_at > known {
                        return Err(StoreError::SchemaTooNew {
                            found: now_at,
                            known,
                        });
                    }
                    continue;
                }
                tx.execute_batch(sql)?;
                schema::after(i + 1, &tx)?;
                let broken: i64 =
                    tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                        r.get(0)
                    })?;
                if broken > 0 {
                    return Err(StoreError::Migration(i + 1));
                }
                tx.pragma_update(None, "user_version", i as i64 + 1)?;
                tx.commit()?;
            }
            Ok(())
        })();
        self.conn.execute_batch("PRAGMA foreign_keys=ON")?;
        result
    }

    /// `PRAGMA integrity_check` and `foreign_key_check`, then the
    /// tamper-evident log (`chain`): both hash chains and their sealed
    /// heads, and every case's events re-folded against its `cases` row.
    /// Empty when sound; each line names the first broken row it found.
    /// One read transaction, so that writers elsewhere do not show as
    /// breaks.
    ///
    /// Then every case is read back whole, as `case show` reads it (its
    /// events, its regulation profile, checklist and deadlines): a row that
    /// SQLite's checks pass but the program cannot read is named too.
    pub fn integrity_check(&mut self) -> Result<Vec<String>> {
        let mut problems = self.file_check()?;
        let numbers: Vec<(i64, String)> = {
            let mut st = self
                .conn
                .prepare("SELECT key, number FROM cases ORDER BY key")?;
            let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)));
            match rows.and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>()) {
                Ok(v) => v,
                Err(e) => {
                    problems.push(format!("the case list cannot be read: {e}"));
                    Vec::new()
                }
            }
        };
        let today = crate::clock::utc_now().date();
        let checked_at = crate::clock::utc_now();
        for (key, number) in numbers {
            match crate::domain::case::CaseNumber::parse(&number) {
                Err(_) => problems.push(format!("cases row {key}: the case number cannot be read")),
                Ok(n) => {
                    if let Err(e) = self.case_record(&n, today) {
                        problems.push(format!("case {n}: cannot be read back: {e}"));
                    }
                }
            }
        }
        // What the check found stands until the next check: a damaged
        // store takes no new case and no step (`refuse_if_damaged`). A
        // read-only store (an inquiry's copy) is only read.
        // Nothing is written to a sound store with no finding to clear.
        if problems.is_empty() {
            if let Err(e) = self.anchor_audit() {
                tracing::warn!(error = %e, "the audit log's head was not kept in the key slots file");
            }
        }
        let was_marked = matches!(self.setting(DAMAGED_SETTING), Ok(Some(_)));
        let marked = if problems.is_empty() {
            if !was_marked {
                return Ok(problems);
            }
            self.conn
                .execute("DELETE FROM settings WHERE key = ?1", [DAMAGED_SETTING])
        } else {
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [
                    DAMAGED_SETTING,
                    &checked_at.format("%Y-%m-%d %H:%M UTC").to_string(),
                ],
            )
        };
        if let Err(e) = marked {
            tracing::info!(error = %e, "the check's finding not recorded (a read-only store)");
        }
        Ok(problems)
    }

    /// Refuses a write of a legal fact (a new case, a step of one) while
    /// the last `db check` found the store damaged.
    pub(crate) fn refuse_if_damaged(&self) -> Result<()> {
        match self.setting(DAMAGED_SETTING)? {
            Some(since) => Err(StoreError::Damaged(since)),
            None => Ok(()),
        }
    }

    /// Keeps the audit log's head in the key slots file when the log grew
    /// since the store was opened (at a backup, a check found sound, and
    /// when the store is closed): a log later cut back to before that
    /// point is named by `db check`, even with its head re-sealed.
    pub fn anchor_audit(&self) -> Result<()> {
        let Some(from) = self.opened_at_count.get() else {
            return Ok(());
        };
        let Some((count, hash)) = chain::audit_head(&self.conn)? else {
            return Ok(());
        };
        if count > from {
            keys::set_anchor(
                &keys_path(&self.path),
                count,
                &hash,
                crate::clock::utc_now(),
            )?;
            self.opened_at_count.set(Some(count));
        }
        Ok(())
    }

    /// SQLite's checks and the hash chains, in one read transaction.
    fn file_check(&self) -> Result<Vec<String>> {
        let snapshot = rusqlite::Transaction::new_unchecked(
            &self.conn,
            rusqlite::TransactionBehavior::Deferred,
        )?;
        let mut problems = Vec::new();
        let mut st = self.conn.prepare("PRAGMA integrity_check")?;
        for row in st.query_map([], |r| r.get::<_, String>(0))? {
            let row = row?;
            if row != "ok" {
                problems.push(row);
            }
        }
        let mut st = self.conn.prepare("PRAGMA foreign_key_check")?;
        for row in st.query_map([], |r| {
            Ok(format!(
                "foreign key: {} row {:?}",
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?
            ))
        })? {
            problems.push(row?);
        }
        drop(st);
        let slots = keys_path(&self.path);
        if self.key.is_some() && slots.is_file() {
            match keys::anchor(&slots) {
                Ok(Some(a)) => match chain::verify_anchor(&snapshot, &a) {
                    Ok(more) => problems.extend(more),
                    Err(e) => {
                        problems.push(format!("the kept audit head could not be compared: {e}"))
                    }
                },
                Ok(None) => {}
                Err(e) => problems.push(format!("the key slots file cannot be read: {e}")),
            }
        }
        match chain::verify(&snapshot) {
            Ok(more) => problems.extend(more),
            // A damaged file may not even read: say so with the rest.
            Err(e) => problems.push(format!("the hash chains could not be checked: {e}")),
        }
        snapshot.finish()?;
        Ok(problems)
    }

    /// Sets up the workstation: its office and the first administrator,
    /// in one transaction.
    pub fn init(&mut self, office: &Office, admin: &NewUser, now: NaiveDateTime) -> Result<User> {
        crate::domain::access::check_password_rules(&admin.password)?;
        let hash = users::hash_password(&admin.password)?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS(SELECT 1 FROM offices WHERE is_self = 1)",
            [],
            |r| r.get(0),
        )?;
        if exists {
            return Err(StoreError::AlreadyInitialised);
        }
        insert_office(&tx, office, true, now)?;
        let user = users::insert_user(&tx, admin, &hash, now)?;
        audit(
            &tx,
            now,
            &format!("cli:init:{}", admin.login),
            "init",
            None,
            &format!("office {} {}", office.code, office.name),
        )?;
        chain::seal_authority(&tx, now, &format!("cli:init:{}", admin.login))?;
        tx.commit()?;
        Ok(user)
    }

    pub fn is_initialised(&self) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS(SELECT 1 FROM offices WHERE is_self = 1)",
            [],
            |r| r.get(0),
        )?)
    }

    /// This workstation's office.
    pub fn self_office(&self) -> Result<Office> {
        self.conn
            .query_row(
                "SELECT id, code, kind, name, number, address, phone, name_ru, address_ru FROM offices WHERE is_self = 1",
                [],
                office_from_row,
            )
            .optional()?
            .ok_or(StoreError::NotInitialised)
    }

    /// Changes how this workstation's office is named and reached — its
    /// name and address in Kazakh and Russian, its department number and
    /// phone (administrators; audited). Its code and kind never change.
    pub fn update_self_office(
        &mut self,
        actor: &Actor,
        o: &Office,
        now: chrono::NaiveDateTime,
    ) -> Result<Office> {
        require(actor, crate::domain::access::Act::Administer)?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE offices SET name = ?1, name_ru = ?2, number = ?3, address = ?4,
                    address_ru = ?5, phone = ?6 WHERE is_self = 1",
            params![
                o.name,
                o.name_ru,
                o.number,
                o.address,
                o.address_ru,
                o.phone
            ],
        )?;
        if n != 1 {
            return Err(StoreError::NotInitialised);
        }
        audit(
            &tx,
            now,
            &actor.name,
            "office",
            None,
            &format!(
                "name={}; name_ru={}; number={}; address={}; address_ru={}; phone={}",
                o.name, o.name_ru, o.number, o.address, o.address_ru, o.phone
            ),
        )?;
        chain::seal_authority(&tx, now, &actor.name)?;
        tx.commit()?;
        self.self_office()
    }

    /// Audit entries, newest first; of one case when `case` is given.
    pub fn audit_entries(
        &self,
        case: Option<&crate::domain::case::CaseNumber>,
        limit: u32,
    ) -> Result<Vec<AuditEntry>> {
        let case_key = case.map(|c| c.key());
        let mut st = self.conn.prepare_cached(
            "SELECT at, actor, action, case_key, details FROM audit_log
             WHERE (?1 IS NULL OR case_key = ?1) ORDER BY id DESC LIMIT ?2",
        )?;
        let rows = st.query_map(params![case_key, limit], |r| {
            Ok(AuditEntry {
                at: r.get(0)?,
                actor: r.get(1)?,
                action: r.get(2)?,
                case: r
                    .get::<_, Option<i64>>(3)?
                    .and_then(crate::domain::case::CaseNumber::from_key),
                details: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Rows waiting in the outbox (not yet published).
    pub fn outbox_pending(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FROM outbox WHERE published_at IS NULL",
            [],
            |r| r.get(0),
        )?)
    }

    /// The raw connection, for tests and benchmarks that compare with bare SQL.
    #[doc(hidden)]
    pub fn raw(&self) -> &Connection {
        &self.conn
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuditEntry {
    pub at: NaiveDateTime,
    pub actor: String,
    pub action: String,
    pub case: Option<crate::domain::case::CaseNumber>,
    pub details: String,
}

fn office_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Office> {
    let kind: String = r.get(2)?;
    Ok(Office {
        id: r.get(0)?,
        code: r.get(1)?,
        kind: kind.parse().unwrap_or(OfficeKind::StateCorporation),
        name: r.get(3)?,
        number: r.get(4)?,
        address: r.get(5)?,
        phone: r.get(6)?,
        name_ru: r.get(7)?,
        address_ru: r.get(8)?,
    })
}

fn insert_office(
    tx: &Transaction<'_>,
    o: &Office,
    is_self: bool,
    now: NaiveDateTime,
) -> Result<()> {
    let taken: bool = tx.query_row(
        "SELECT EXISTS(SELECT 1 FROM offices WHERE code = ?1)",
        [o.code],
        |r| r.get(0),
    )?;
    if taken {
        return Err(StoreError::OfficeCodeTaken(o.code));
    }
    tx.execute(
        "INSERT INTO offices (id, code, kind, name, number, address, phone, is_self, created_at,
                              name_ru, address_ru)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            o.id,
            o.code,
            o.kind.as_str(),
            o.name,
            o.number,
            o.address,
            o.phone,
            is_self,
            now,
            o.name_ru,
            o.address_ru
        ],
    )?;
    Ok(())
}

/// Refuses `act` unless the permission table (`access::permits`) allows
/// it to `actor`'s role.
pub(crate) fn require(actor: &Actor, act: crate::domain::access::Act<'_>) -> Result<()> {
    if crate::domain::access::permits(actor.role, act) {
        Ok(())
    } else {
        Err(StoreError::Forbidden(act.needs()))
    }
}

/// Appends to the audit log, hash-chained to the record before it
/// (`chain`), inside the caller's transaction — or, called outside one, in
/// a transaction of its own, so that the chain never forks.
pub(crate) fn audit(
    tx: &Connection,
    at: NaiveDateTime,
    actor: &str,
    action: &str,
    case_key: Option<i64>,
    details: &str,
) -> Result<()> {
    if tx.is_autocommit() {
        let own =
            rusqlite::Transaction::new_unchecked(tx, rusqlite::TransactionBehavior::Immediate)?;
        chain::insert_audit(&own, at, actor, action, case_key, details)?;
        own.commit()?;
        return Ok(());
    }
    chain::insert_audit(tx, at, actor, action, case_key, details)
}
