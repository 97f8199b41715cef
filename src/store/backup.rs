//! Backups of the store and their restore.
//!
//! A backup is made with SQLite's online backup API from a connection of
//! its own: every page is copied in one step, inside one read transaction,
//! so the copy is the store as it was at one instant while the window or
//! another process goes on writing (WAL: writers never wait for it, and
//! nothing has to hold the window's connection). The copy is the store's
//! pages as SQLite keeps them — nothing here reads rows out and writes them
//! again — so when the store is encrypted, the connections opened in
//! `open_source` and `open_copy` get its key and the backup is encrypted the
//! same way.
//!
//! A backup is written under a temporary name in its directory (0600; the
//! directory 0700 when created here), made a single self-contained file
//! (rollback journal, no `-wal` beside it), checked with
//! `PRAGMA integrity_check` through a read-only connection and only then
//! renamed to `emigration-desk-<office>-<UTC time>.sqlite3`. A restore goes
//! the other way into a data directory that has no store, never over one.

use super::{audit, Actor, DataKey, Result, Store, StoreError, DB_FILE};
use chrono::{Duration, NaiveDateTime};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{params, Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// The setting that holds the directory of the automatic daily backups.
pub const BACKUP_DIR_SETTING: &str = "backup_dir";
/// The setting that holds how many days backups are kept.
pub const BACKUP_KEEP_SETTING: &str = "backup_keep_days";
/// When the last backup was made (UTC, `2026-11-30T18:30:00Z`).
pub const LAST_BACKUP_AT_SETTING: &str = "last_backup_at";
/// Where the last backup was written.
pub const LAST_BACKUP_PATH_SETTING: &str = "last_backup_path";

const PREFIX: &str = "emigration-desk-";
const SUFFIX: &str = ".sqlite3";
const STAMP: &str = "%Y%m%dT%H%M%SZ";
const SETTING_TIME: &str = "%Y-%m-%dT%H:%M:%SZ";

/// Why a backup or a restore did not happen.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot use {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The copy (or the file to restore) fails SQLite's checks.
    #[error("{path} fails the integrity check: {}", problems.join("; "))]
    Damaged {
        path: PathBuf,
        problems: Vec<String>,
    },
    /// The data directory has a store already: a restore never overwrites.
    #[error("a store already exists in {0}")]
    StoreExists(PathBuf),
    /// The file is no store of this program (or not a set-up one).
    #[error("{path} is not a backup of this program's store: {detail}")]
    NotABackup { path: PathBuf, detail: String },
    /// No directory was given and none is set.
    #[error("no backup directory is set")]
    NoDir,
}

impl From<rusqlite::Error> for BackupError {
    fn from(e: rusqlite::Error) -> BackupError {
        BackupError::Store(StoreError::Sqlite(e))
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BackupError + '_ {
    move |source| BackupError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// A backup written and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupMade {
    pub path: PathBuf,
    /// The UTC time in its name.
    pub at: NaiveDateTime,
    pub bytes: u64,
    /// Older backups of the office removed from the directory after it.
    pub pruned: Vec<PathBuf>,
}

/// The file name of office `office`'s backup made at `at` (UTC):
/// `emigration-desk-0042-20261130T183000Z.sqlite3`.
pub fn backup_name(office: u16, at: NaiveDateTime) -> String {
    format!("{PREFIX}{office:04}-{}{SUFFIX}", at.format(STAMP))
}

/// The office and the UTC time of a backup's file name; `None` for any
/// other name.
pub fn parse_backup_name(name: &str) -> Option<(u16, NaiveDateTime)> {
    let rest = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let (office, stamp) = rest.split_once('-')?;
    if office.len() != 4 || !office.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if stamp.len() != 16 {
        return None;
    }
    let at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?;
    Some((office.parse().ok()?, at))
}

/// The store's own connection for a backup: the live file, read only in
/// practice (`query_only`), never created.
fn open_source(path: &Path, key: Option<&DataKey>) -> Result<Connection> {
    // Read-write without CREATE: a WAL store is read through its -shm even
    // when no other connection has it open; `query_only` keeps it unwritten.
    let conn = super::encrypt::connect(
        path,
        key,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.execute_batch("PRAGMA query_only=1")?;
    Ok(conn)
}

/// A file to check or restore from, read only.
fn open_read_only(path: &Path, key: Option<&DataKey>) -> Result<Connection> {
    let conn = super::encrypt::connect(
        path,
        key,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(conn)
}

/// The connection that writes a copy (the file exists already, 0600),
/// encrypted with the same key as the store: SQLCipher copies pages
/// between two files of one key.
fn open_copy(path: &Path, key: Option<&DataKey>) -> Result<Connection> {
    super::encrypt::connect(
        path,
        key,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
}

/// Copies every page of `from` into `to` in one step: one read
/// transaction on the source, so the copy is one consistent state of it.
fn copy_pages(from: &Connection, to: &mut Connection) -> Result<()> {
    {
        let backup = Backup::new(from, to)?;
        let mut waits = 0;
        loop {
            match backup.step(-1)? {
                StepResult::Done => break,
                // Only a lock held for a moment (a checkpoint, a recovery):
                // try again for up to ten seconds.
                StepResult::Busy | StepResult::Locked | StepResult::More if waits < 1000 => {
                    waits += 1;
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                _ => {
                    return Err(StoreError::Corrupt(
                        "the backup could not read the store".into(),
                    ))
                }
            }
        }
    }
    // One self-contained file: the copy carries the store's WAL flag in
    // its header; a rollback journal needs nothing beside the file.
    let mode: String = to.query_row("PRAGMA journal_mode=DELETE", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(StoreError::Corrupt(format!("copy journal mode {mode}")));
    }
    Ok(())
}

/// `PRAGMA integrity_check` and `foreign_key_check` of a file through a
/// read-only connection: empty when sound.
pub fn check_file(
    path: &Path,
    key: Option<&DataKey>,
) -> std::result::Result<Vec<String>, BackupError> {
    let conn = open_read_only(path, key)?;
    let mut problems = Vec::new();
    {
        let mut st = conn.prepare("PRAGMA integrity_check")?;
        for row in st.query_map([], |r| r.get::<_, String>(0))? {
            let row = row?;
            if row != "ok" {
                problems.push(row);
            }
        }
        let mut st = conn.prepare("PRAGMA foreign_key_check")?;
        for row in st.query_map([], |r| {
            Ok(format!(
                "foreign key: {} row {:?}",
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?
            ))
        })? {
            problems.push(row?);
        }
    }
    conn.close().map_err(|(_, e)| e)?;
    Ok(problems)
}

/// A new empty file only the user may read (0600), failing if it exists.
fn create_private_file(path: &Path) -> std::io::Result<()> {
    let f = crate::private::file_options().create_new(true).open(path)?;
    crate::private::set_private(path)?;
    f.sync_all()
}

/// Creates `dir` (and its parents) 0700 when missing; an existing
/// directory keeps its mode (it may be a disk the administrator mounted).
pub fn ensure_dir(dir: &Path) -> std::result::Result<(), BackupError> {
    crate::private::create_dir(dir).map_err(io(dir))
}

/// Copies the store `from` page by page into the new private file `tmp`,
/// makes it durable and checks it; `blame` is the file a damaged copy is
/// reported against.
fn copy_checked(
    from: &Connection,
    key: Option<&DataKey>,
    tmp: &Path,
    blame: &Path,
) -> std::result::Result<(), BackupError> {
    create_private_file(tmp).map_err(io(tmp))?;
    {
        let mut to = open_copy(tmp, key)?;
        copy_pages(from, &mut to)?;
        to.close().map_err(|(_, e)| e)?;
    }
    std::fs::File::open(tmp)
        .and_then(|f| f.sync_all())
        .map_err(io(tmp))?;
    let problems = check_file(tmp, key)?;
    if !problems.is_empty() {
        return Err(BackupError::Damaged {
            path: blame.to_path_buf(),
            problems,
        });
    }
    Ok(())
}

/// Whether a file can be written in `dir`: creates it if missing, then a
/// probe file, removed at once.
pub fn check_writable(dir: &Path) -> std::result::Result<(), BackupError> {
    ensure_dir(dir)?;
    let probe = dir.join(format!(".emigration-desk-probe-{}", unique()));
    create_private_file(&probe).map_err(io(&probe))?;
    std::fs::remove_file(&probe).map_err(io(&probe))
}

/// A temporary-name tag unique in this process and among processes.
fn unique() -> String {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("{}-{n}", std::process::id())
}

/// Writes a backup of the store file `source` of office `office` into
/// `dir`, named after `at` (UTC), and checks it. Uses its own connections
/// only: the caller's `Store` (if any) stays free meanwhile. An encrypted
/// store's copy is encrypted with the same key, and its key slots file is
/// copied beside it (`<backup>.keys`): the same passwords open it.
pub fn backup_to(
    source: &Path,
    key: Option<&DataKey>,
    dir: &Path,
    office: u16,
    at: NaiveDateTime,
) -> std::result::Result<BackupMade, BackupError> {
    if !source.is_file() {
        return Err(BackupError::Io {
            path: source.to_path_buf(),
            source: std::io::ErrorKind::NotFound.into(),
        });
    }
    ensure_dir(dir)?;
    let name = backup_name(office, at);
    let path = dir.join(&name);
    let tmp = dir.join(format!(".{name}.{}.tmp", unique()));
    let r = (|| {
        copy_checked(&open_source(source, key)?, key, &tmp, &path)?;
        crate::private::set_private(&tmp).map_err(io(&tmp))?;
        let bytes = std::fs::metadata(&tmp).map_err(io(&tmp))?.len();
        // The slots first: a backup file is never without its key slots.
        if key.is_some() {
            super::keys::copy_to(&super::keys_path(source), &super::keys_path(&path))
                .map_err(StoreError::from)?;
        }
        std::fs::rename(&tmp, &path).map_err(io(&path))?;
        crate::private::sync_dir(dir);
        Ok(BackupMade {
            path: path.clone(),
            at,
            bytes,
            pruned: Vec::new(),
        })
    })();
    if r.is_err() {
        let _ = std::fs::remove_file(&tmp);
        let _ = std::fs::remove_file(tmp.with_extension("tmp-journal"));
    }
    r
}

/// Removes office `office`'s backups in `dir` made more than `keep_days`
/// days before `now` (by the time in their names). Only files named as
/// backups of this office are touched; what was removed.
pub fn prune(
    dir: &Path,
    office: u16,
    keep_days: i64,
    now: NaiveDateTime,
) -> std::result::Result<Vec<PathBuf>, BackupError> {
    let cutoff = now - Duration::days(keep_days.max(1));
    let mut removed = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io(dir))? {
        let entry = entry.map_err(io(dir))?;
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if !kind.is_file() {
            continue;
        }
        let name = entry.file_name();
        let Some((code, at)) = name.to_str().and_then(parse_backup_name) else {
            continue;
        };
        if code != office || at >= cutoff {
            continue;
        }
        let path = entry.path();
        match std::fs::remove_file(&path) {
            Ok(()) => {
                let _ = std::fs::remove_file(super::keys_path(&path));
                removed.push(path)
            }
            Err(e) => tracing::warn!(path = %path.display(), error = %e, "old backup not removed"),
        }
    }
    removed.sort();
    Ok(removed)
}

/// The store file of `data_dir`, or its journal or WAL, if any is there.
pub fn existing_store(data_dir: &Path) -> Option<PathBuf> {
    ["", "-wal", "-journal", "-shm", ".keys"]
        .iter()
        .map(|s| data_dir.join(format!("{DB_FILE}{s}")))
        .find(|p| p.symlink_metadata().is_ok())
}

/// Restores the backup `file` into `data_dir`, which must hold no store
/// (a store there is never overwritten). The file is checked first, copied
/// with the backup API under a temporary name, checked again and only
/// then given the store's name. The path of the restored store; the caller
/// opens it (migrating an older schema) and checks it.
pub fn restore_into(
    file: &Path,
    key: Option<&DataKey>,
    data_dir: &Path,
) -> std::result::Result<PathBuf, BackupError> {
    if existing_store(data_dir).is_some() {
        return Err(BackupError::StoreExists(data_dir.to_path_buf()));
    }
    if !file.is_file() {
        return Err(BackupError::Io {
            path: file.to_path_buf(),
            source: std::io::ErrorKind::NotFound.into(),
        });
    }
    let not_a_backup = |detail: String| BackupError::NotABackup {
        path: file.to_path_buf(),
        detail,
    };
    let problems = check_file(file, key).map_err(|e| not_a_backup(e.to_string()))?;
    if !problems.is_empty() {
        return Err(BackupError::Damaged {
            path: file.to_path_buf(),
            problems,
        });
    }
    {
        let conn = open_read_only(file, key)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let known = super::schema::MIGRATIONS.len() as i64;
        if version > known {
            return Err(StoreError::SchemaTooNew {
                found: version,
                known,
            }
            .into());
        }
        let offices: Option<i64> = conn
            .query_row("SELECT COUNT(*) FROM offices WHERE is_self = 1", [], |r| {
                r.get(0)
            })
            .ok();
        if version < 1 || offices != Some(1) {
            return Err(not_a_backup("no office set up in it".into()));
        }
    }
    ensure_dir(data_dir)?;
    let target = data_dir.join(DB_FILE);
    let tmp = data_dir.join(format!(".{DB_FILE}.restore-{}.tmp", unique()));
    let r = (|| {
        copy_checked(&open_read_only(file, key)?, key, &tmp, file)?;
        // The slots first: the store is never there without them.
        if key.is_some() {
            super::keys::copy_to(&super::keys_path(file), &super::keys_path(&target))
                .map_err(StoreError::from)?;
        }
        // A link fails if the store appeared meanwhile: never over it.
        match std::fs::hard_link(&tmp, &target) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(BackupError::StoreExists(data_dir.to_path_buf()))
            }
            // A file system without hard links: check, then rename.
            Err(_) => {
                if existing_store(data_dir).is_some() {
                    return Err(BackupError::StoreExists(data_dir.to_path_buf()));
                }
                std::fs::rename(&tmp, &target).map_err(io(&target))?;
            }
        }
        crate::private::sync_dir(data_dir);
        Ok(target.clone())
    })();
    let _ = std::fs::remove_file(&tmp);
    r
}

fn put(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

impl Store {
    /// Records a backup made: its time and path in the settings and an
    /// audit entry, both or neither.
    pub fn record_backup(
        &mut self,
        actor: &Actor,
        made: &BackupMade,
        now: NaiveDateTime,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let path = made.path.display().to_string();
        put(
            &tx,
            LAST_BACKUP_AT_SETTING,
            &made.at.format(SETTING_TIME).to_string(),
        )?;
        put(&tx, LAST_BACKUP_PATH_SETTING, &path)?;
        let mut details = format!("{path} ({} bytes)", made.bytes);
        if !made.pruned.is_empty() {
            details.push_str(&format!("; {} older removed", made.pruned.len()));
        }
        audit(&tx, now, &actor.name, "backup", None, &details)?;
        tx.commit()?;
        Ok(())
    }

    /// Records a backup that failed (the audit log only).
    pub fn record_backup_failed(
        &mut self,
        actor: &Actor,
        reason: &str,
        now: NaiveDateTime,
    ) -> Result<()> {
        audit(&self.conn, now, &actor.name, "backup_failed", None, reason)
    }

    /// Records that this store was restored from `from`.
    pub fn record_restore(&mut self, actor: &Actor, from: &Path, now: NaiveDateTime) -> Result<()> {
        audit(
            &self.conn,
            now,
            &actor.name,
            "restore",
            None,
            &from.display().to_string(),
        )
    }

    /// The last backup recorded here: its UTC time and path.
    pub fn last_backup(&self) -> Result<Option<(NaiveDateTime, PathBuf)>> {
        let at = self
            .setting(LAST_BACKUP_AT_SETTING)?
            .and_then(|s| NaiveDateTime::parse_from_str(&s, SETTING_TIME).ok());
        let path = self.setting(LAST_BACKUP_PATH_SETTING)?;
        Ok(at.zip(path.map(PathBuf::from)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 30)
            .unwrap()
            .and_hms_opt(18, 30, 0)
            .unwrap()
    }

    #[test]
    fn names_carry_the_office_and_the_utc_time() {
        let name = backup_name(42, at());
        assert_eq!(name, "emigration-desk-0042-20261130T183000Z.sqlite3");
        assert_eq!(parse_backup_name(&name), Some((42, at())));
        for other in [
            "emigration-desk.sqlite3",
            "emigration-desk-42-20261130T183000Z.sqlite3",
            "emigration-desk-0042-20261130T183000Z.sqlite3.tmp",
            ".emigration-desk-0042-20261130T183000Z.sqlite3.7.tmp",
            "emigration-desk-0042-2026113T183000Z.sqlite3",
            "emigration-desk-0042-20261130T183000Z-1.sqlite3",
        ] {
            assert_eq!(parse_backup_name(other), None, "{other}");
        }
    }
}
