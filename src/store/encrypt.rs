//! Connections to the database file, plain or encrypted, and the one-time
//! encryption in place of a store written before encryption existed.

use super::keys::{self, defaults_sql, DataKey};
use super::{Result, StoreError, DB_FILE};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// What is in a database file, read from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Missing,
    Empty,
    /// A plain SQLite file (written before encryption, or by a test).
    Plain,
    /// Anything else: SQLCipher pages look like random bytes.
    Encrypted,
}

/// The kind of the database file at `path`.
pub fn file_kind(path: &Path) -> std::io::Result<FileKind> {
    use std::io::Read;
    let mut f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileKind::Missing),
        Err(e) => return Err(e),
    };
    let mut head = [0u8; 16];
    let mut n = 0;
    while n < head.len() {
        match f.read(&mut head[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(match n {
        0 => FileKind::Empty,
        _ if &head[..n] == b"SQLite format 3\0" => FileKind::Plain,
        _ => FileKind::Encrypted,
    })
}

/// Waits for another connection's lock in 1 ms steps, up to 5,000 of them
/// (SQLite's own busy timeout sleeps in growing steps up to 100 ms, which a
/// counter feels as stalls).
fn wait_for_lock(retries: i32) -> bool {
    if retries >= 5_000 {
        return false;
    }
    std::thread::sleep(std::time::Duration::from_millis(1));
    true
}

/// A connection to `path`, keyed when `key` is given. Temporary tables and
/// sort files stay in memory: nothing decrypted goes to a temporary file.
/// A wrong key, or none for an encrypted file, is `StoreError::Encrypted`.
pub(super) fn connect(path: &Path, key: Option<&DataKey>, flags: OpenFlags) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, flags)?;
    // Before anything reads the file: another program may be creating or
    // migrating it (its write lock would answer "database is locked" at
    // once to a connection that does not wait).
    conn.busy_handler(Some(wait_for_lock))?;
    // A wrong key is an answer the program gives in words; SQLCipher's own
    // lines on standard error would only confuse.
    conn.execute_batch("PRAGMA cipher_log_level = NONE")?;
    if let Some(k) = key {
        // SQLCipher 4's page format with HMAC-SHA256 instead of its default
        // SHA-512 for each page's authentication: as strong for a 256-bit
        // key, and faster where the processor computes SHA-256 itself
        // (SHA-NI), which every page read and write pays for. Set as the
        // process's default, so that attached copies (`sqlcipher_export`,
        // backups) are written alike; then the key, before anything reads
        // the file.
        conn.execute_batch(&k.pragma())?;
    }
    conn.execute_batch("PRAGMA temp_store=MEMORY")?;
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(conn),
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::NotADatabase =>
        {
            Err(StoreError::Encrypted)
        }
        Err(e) => Err(e.into()),
    }
}

fn cipher_defaults(conn: &Connection) -> Result<()> {
    conn.execute_batch(&defaults_sql())?;
    Ok(())
}

/// Stops the process at the named point when the environment asks for it:
/// the crash tests of the encryption in place run the real program and
/// kill it at each step this way.
fn failpoint(name: &str) {
    if std::env::var("EMIGRATION_DESK_FAILPOINT").is_ok_and(|v| v == name) {
        std::process::abort();
    }
}

/// The temporary file the encrypted copy is written to.
fn encrypting_path(dir: &Path) -> PathBuf {
    dir.join(format!(".{DB_FILE}.encrypting"))
}

/// An exclusive lock on `<db>.lock` for as long as the value lives: two
/// programs signing in to a plain store at once encrypt it once.
pub struct MigrationLock {
    _file: std::fs::File,
}

pub fn migration_lock(dir: &Path) -> Result<MigrationLock> {
    let path = dir.join(format!("{DB_FILE}.lock"));
    let file = crate::private::file_options()
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|source| StoreError::DataDir {
            path: path.clone(),
            source,
        })?;
    #[cfg(unix)]
    {
        use std::os::unix::io::AsRawFd;
        // SAFETY: flock on a descriptor this function owns; the lock goes
        // with the descriptor (also when the process dies).
        let r = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) };
        if r != 0 {
            return Err(StoreError::DataDir {
                path,
                source: std::io::Error::last_os_error(),
            });
        }
    }
    Ok(MigrationLock { _file: file })
}

/// Encrypts the plain store in `dir` in place, once, with a new random
/// data key, and writes the key slots: `signer`'s (login, password) from
/// the password they signed in with, every other active user's from their
/// stored password hash (see `keys::create_migrated`).
///
/// Safe at every point: the encrypted copy is written beside the store and
/// made durable, then the slots file, and only then is the copy renamed
/// over the plain file (one atomic step). A crash before the rename leaves
/// the plain store, which the next sign-in encrypts again from the start;
/// after it, the encrypted store and its slots. The caller holds the
/// migration lock; the store must not be open anywhere else (checked:
/// leaving WAL mode needs every other connection closed).
pub fn encrypt_in_place(
    dir: &Path,
    signer: (&str, &str),
    now: chrono::NaiveDateTime,
) -> Result<DataKey> {
    let db = dir.join(DB_FILE);
    let tmp = encrypting_path(dir);
    for stale in [
        tmp.clone(),
        dir.join(format!(".{DB_FILE}.encrypting-journal")),
    ] {
        match std::fs::remove_file(&stale) {
            Ok(()) => tracing::info!(path = %stale.display(), "removed an interrupted encryption"),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(StoreError::DataDir {
                    path: stale,
                    source,
                })
            }
        }
    }
    // CREATE: the attached copy is a new file.
    let conn = connect(
        &db,
        None,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(2))?;
    // Alone with the file: leaving WAL mode checkpoints everything into the
    // main file and fails while another connection has it open. The
    // exclusive lock is then kept until this connection closes.
    let mode: String = conn
        .query_row("PRAGMA journal_mode=DELETE", [], |r| r.get(0))
        .map_err(|_| StoreError::InUse)?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(StoreError::InUse);
    }
    conn.execute_batch("PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;")
        .map_err(|_| StoreError::InUse)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let others: Vec<(String, String)> = {
        let mut st = conn.prepare("SELECT login, password_hash FROM users WHERE active = 1")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    failpoint("encrypt-start");
    let key = DataKey::random()?;
    let tmp_text = tmp
        .to_str()
        .ok_or_else(|| StoreError::Corrupt("the data directory's path is not UTF-8".into()))?;
    cipher_defaults(&conn)?;
    conn.execute(
        "ATTACH DATABASE ?1 AS encrypted KEY ?2",
        rusqlite::params![tmp_text, key.raw_text().as_str()],
    )?;
    conn.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
    conn.execute_batch(&format!("PRAGMA encrypted.user_version = {version};"))?;
    conn.execute_batch("DETACH DATABASE encrypted")?;
    crate::private::set_private(&tmp).map_err(|source| StoreError::DataDir {
        path: tmp.clone(),
        source,
    })?;
    std::fs::File::open(&tmp)
        .and_then(|f| f.sync_all())
        .map_err(|source| StoreError::DataDir {
            path: tmp.clone(),
            source,
        })?;
    failpoint("encrypt-copied");
    keys::create_migrated(&keys::keys_path(&db), &key, signer, &others, now)?;
    failpoint("encrypt-slots");
    // The copy takes the store's name while the lock on the plain file is
    // still held: nobody writes to the plain file after it is copied.
    std::fs::rename(&tmp, &db).map_err(|source| StoreError::DataDir {
        path: db.clone(),
        source,
    })?;
    crate::private::sync_dir(dir);
    failpoint("encrypt-renamed");
    drop(conn);
    for leftover in ["-wal", "-shm", "-journal"] {
        let p = dir.join(format!("{DB_FILE}{leftover}"));
        let _ = std::fs::remove_file(p);
    }
    tracing::info!(dir = %dir.display(), "the store is now encrypted");
    Ok(key)
}
