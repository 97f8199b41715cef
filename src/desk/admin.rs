//! The office's administration: the first start, users, the
//! workstation's settings and the rule data. The checks a person's input
//! must pass are here, once, for the window and the command line alike;
//! who may do what is the store's (`require_admin`) and the domain's.

use super::{logged, DeskError, Now, Result, Who};
use crate::domain::records::Office;
use crate::domain::sync_config::SyncConfig;
use crate::store::{BackupError, BackupMade, NewUser, RuleKind, Store, User};
use chrono::NaiveDateTime;
use std::path::{Path, PathBuf};

/// The approving bodies offered by default (stored by key, shown in the
/// interface language); the administrator may replace the list.
pub use crate::domain::rulebook::DEFAULT_BODIES;

/// Minutes without input before the screen locks, when not set.
pub const IDLE_MINUTES: i64 = 10;

/// Days the automatic backups are kept, when not set.
pub const BACKUP_KEEP_DAYS: i64 = 14;

/// The workstation's settings a person edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Minutes without input before the screen locks.
    pub idle_minutes: i64,
    /// The counter (window) this workstation serves at; empty when unnamed.
    pub counter: String,
    /// The approving bodies asked for conclusions.
    pub bodies: Vec<String>,
    /// Where the automatic daily backups go; `None`: no automatic backups.
    pub backup_dir: Option<PathBuf>,
    /// Days a backup in `backup_dir` is kept (1–3650).
    pub backup_keep_days: i64,
    /// The last backup made of this store, if any.
    pub last_backup: Option<LastBackup>,
    /// This workstation's office, as the forms name it.
    pub office: Option<Office>,
}

/// The last backup made of the store: when (UTC) and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastBackup {
    pub at: NaiveDateTime,
    pub path: PathBuf,
}

/// One setting as a person changes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Setting {
    IdleMinutes(i64),
    Counter(String),
    Bodies(Vec<String>),
    /// The directory of the automatic backups: an absolute path this
    /// program can write to (created if missing); empty turns them off.
    BackupDir(String),
    /// Days the automatic backups are kept, 1–3650.
    BackupKeepDays(i64),
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
            Setting::BackupDir(d) => {
                let d = d.trim();
                if d.is_empty() {
                    return Ok((crate::store::BACKUP_DIR_SETTING, String::new()));
                }
                let path = Path::new(d);
                if d.chars().any(char::is_control)
                    || !path.is_absolute()
                    || crate::store::check_writable(path).is_err()
                {
                    Err(DeskError::Invalid("ui-users-backup-dir-invalid"))
                } else {
                    Ok((crate::store::BACKUP_DIR_SETTING, d.to_string()))
                }
            }
            Setting::BackupKeepDays(n) if (1..=3650).contains(n) => {
                Ok((crate::store::BACKUP_KEEP_SETTING, n.to_string()))
            }
            Setting::BackupKeepDays(_) => Err(DeskError::Invalid("ui-users-backup-keep-invalid")),
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
        backup_dir: get(crate::store::BACKUP_DIR_SETTING)
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty())
            .map(PathBuf::from),
        backup_keep_days: get(crate::store::BACKUP_KEEP_SETTING)
            .and_then(|v| v.parse().ok())
            .filter(|n| (1..=3650).contains(n))
            .unwrap_or(BACKUP_KEEP_DAYS),
        last_backup: st
            .last_backup()
            .ok()
            .flatten()
            .map(|(at, path)| LastBackup { at, path }),
        office: st.self_office().ok(),
    }
}

/// Renames the office or changes its address, number or phone, in both of
/// the forms' languages (administrators; audited). Every field is needed:
/// a Russian form prints the Russian name and address, a Kazakh one the
/// Kazakh.
pub fn set_office(st: &mut Store, who: &Who, office: &Office, now: Now) -> Result<Settings> {
    let r = (|| {
        let office = tidy_office(office.clone());
        for (value, key) in [
            (&office.name, "ui-office-name-missing"),
            (&office.name_ru, "ui-office-name-missing"),
            (&office.address, "ui-office-address-missing"),
            (&office.address_ru, "ui-office-address-missing"),
            (&office.number, "ui-office-number-missing"),
        ] {
            if value.is_empty() {
                return Err(DeskError::Invalid(key));
            }
        }
        crate::domain::ids::Phone::parse(&office.phone)
            .map_err(|_| DeskError::Invalid("ui-office-phone-invalid"))?;
        st.update_self_office(&who.actor, &office, now.utc)?;
        Ok(settings(st))
    })();
    logged("office", None, r)
}

/// Changes one setting (administrators only; audited).
pub fn set(st: &mut Store, who: &Who, setting: Setting, now: Now) -> Result<Settings> {
    // Who may is asked first: a check may touch the disk (the backup
    // directory is created and tried).
    if let Err(e) = who.may(crate::domain::access::Act::Administer) {
        return logged("setting", None, Err(e));
    }
    let r = setting.checked().and_then(|(key, value)| {
        st.set_setting_audited(&who.actor, key, &value, now.utc)?;
        Ok(settings(st))
    });
    logged("setting", None, r)
}

/// The first start: the office and its first administrator (fields
/// trimmed; the password's rules are the store's).
pub fn init_office(st: &mut Store, office: Office, admin: NewUser, now: Now) -> Result<User> {
    let (office, admin) = tidy(office, admin);
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
    let r = st.create_user(&who.actor, &new, now.utc).and_then(|_| {
        seal_for(st, &new.login, &new.password, now)?;
        st.users()
    });
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
        .and_then(|_| {
            seal_for(st, login, password, now)?;
            st.users()
        });
    logged("reset-password", None, r)
}

/// Lifts a user's lock-out (three wrong passwords) before its 15 minutes
/// are up, in the store and on the key slots; the list after it.
pub fn unlock_user(st: &mut Store, who: &Who, login: &str, now: Now) -> Result<Vec<User>> {
    let r = st.unlock_user(&who.actor, login, now.utc).and_then(|_| {
        if st.key().is_some() {
            crate::store::keys::clear_failures(&st.keys_path(), login)?;
        }
        st.users()
    });
    logged("unlock-user", None, r)
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
        .and_then(|_| {
            // A disabled user's password opens the store no more. Enabled
            // again, they sign in after the administrator sets a password
            // (which makes their slot anew).
            if !active && st.key().is_some() {
                crate::store::keys::remove_user(&st.keys_path(), login)?;
            }
            st.users()
        });
    logged("set-active", None, r)
}

/// Seals the store's key for `login` under `password` (nothing for a plain
/// store).
fn seal_for(
    st: &Store,
    login: &str,
    password: &str,
    now: Now,
) -> std::result::Result<(), crate::store::StoreError> {
    if let Some(key) = st.key() {
        crate::store::keys::set_user(&st.keys_path(), key, login, password, now.utc)?;
    }
    Ok(())
}

/// The logins whose password opens the store, and whether a recovery code
/// does (`None` for a plain store).
pub fn key_slots(st: &Store) -> Result<Option<(Vec<String>, bool)>> {
    let r = match st.key() {
        Some(_) => crate::store::keys::list(&st.keys_path())
            .map(Some)
            .map_err(crate::store::StoreError::from),
        None => Ok(None),
    };
    logged("key-slots", None, r)
}

/// A new recovery code (administrators only), replacing the old one: shown
/// once, to be printed or written down and kept in the office's safe. It
/// opens the store when every password is forgotten (`session::recover`).
pub fn make_recovery_code(
    st: &mut Store,
    who: &Who,
    now: Now,
) -> Result<zeroize::Zeroizing<String>> {
    let r = (|| {
        who.may(crate::domain::access::Act::Administer)?;
        let Some(key) = st.key().cloned() else {
            return Err(crate::store::StoreError::Conflict("store-plain"));
        };
        let code = crate::store::keys::set_recovery(&st.keys_path(), &key, now.utc)?;
        st.record_recovery_code(&who.actor, now.utc)?;
        Ok(code)
    })();
    logged("recovery-code", None, r)
}

/// The recovery code printed on its sheet (the office, the day, the code)
/// on the default printer. The PDF is written beside the store, readable
/// by this user only, handed to the printer and removed at once, printed
/// or not: the code is never left on disk. The printing is audited.
pub fn print_recovery_code(
    st: &mut Store,
    who: &Who,
    code: &str,
    lang: crate::domain::DocLang,
    now: Now,
) -> Result<()> {
    let r = (|| -> Result<()> {
        who.may(crate::domain::access::Act::Administer)?;
        let office = st.self_office()?;
        let bytes = crate::print::recovery_sheet(&office, now.today, code, lang)?;
        let dir = st
            .path()
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| Path::new(".").to_path_buf());
        let path = dir.join(format!("recovery-{}.pdf", uuid::Uuid::now_v7()));
        let written = write_private(&path, &bytes);
        let printed = written.map_err(DeskError::FormsDir).and_then(|()| {
            Ok(crate::print::deliver(
                &path,
                crate::print::Delivery::Printer,
            )?)
        });
        let _ = std::fs::remove_file(&path);
        printed?;
        st.record_recovery_printed(&who.actor, now.utc)?;
        Ok(())
    })();
    logged("recovery-print", None, r)
}

/// A file only this user may read, written whole.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    let mut f = o.open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// The first start: creates the encrypted store in `dir` with a new random
/// key sealed for the first administrator, and sets up the office. Nothing
/// is left behind if it fails.
pub fn create_store(dir: &Path, office: Office, admin: NewUser, now: Now) -> Result<(Store, User)> {
    use crate::store::{file_kind, keys, FileKind, StoreError, DB_FILE};
    let db = dir.join(DB_FILE);
    let r = (|| {
        match file_kind(&db) {
            Ok(FileKind::Missing | FileKind::Empty) => {}
            Ok(_) => return Err(DeskError::Store(StoreError::AlreadyInitialised)),
            Err(source) => {
                return Err(DeskError::Store(StoreError::DataDir {
                    path: db.clone(),
                    source,
                }))
            }
        }
        let (office, admin) = tidy(office, admin);
        check_office(&office, &admin)?;
        crate::domain::access::check_password_rules(&admin.password).map_err(StoreError::from)?;
        crate::private::private_dir(dir).map_err(|source| StoreError::DataDir {
            path: dir.to_path_buf(),
            source,
        })?;
        let key = crate::store::DataKey::random().map_err(StoreError::from)?;
        let made = (|| {
            keys::create(
                &keys::keys_path(&db),
                &key,
                &admin.login,
                &admin.password,
                now.utc,
            )?;
            let mut st = Store::open_dir(dir, Some(&key))?;
            let user = st.init(&office, &admin, now.utc)?;
            Ok::<_, StoreError>((st, user))
        })();
        if made.is_err() {
            for p in [
                db.clone(),
                dir.join(format!("{DB_FILE}-wal")),
                dir.join(format!("{DB_FILE}-shm")),
                keys::keys_path(&db),
            ] {
                let _ = std::fs::remove_file(p);
            }
        }
        Ok(made?)
    })();
    logged("init", None, r)
}

/// The office as stored: fields trimmed.
fn tidy_office(office: Office) -> Office {
    Office {
        name: office.name.trim().to_string(),
        name_ru: office.name_ru.trim().to_string(),
        number: office.number.trim().to_string(),
        address: office.address.trim().to_string(),
        address_ru: office.address_ru.trim().to_string(),
        phone: office.phone.trim().to_string(),
        ..office
    }
}

/// The office and administrator as stored: fields trimmed.
fn tidy(office: Office, admin: NewUser) -> (Office, NewUser) {
    (
        tidy_office(office),
        NewUser {
            login: admin.login.trim().to_string(),
            full_name: admin.full_name.trim().to_string(),
            ..admin
        },
    )
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

/// A backup to make: what it needs from the store, taken while holding it,
/// so that the copying itself (`run`) holds nothing and the window goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupJob {
    /// The store file.
    pub source: PathBuf,
    /// Its data key (the copy is encrypted with it).
    pub key: Option<crate::store::DataKey>,
    pub dir: PathBuf,
    pub office: u16,
    /// Prune the office's backups older than this many days (when the
    /// backup goes to the directory of the automatic backups).
    pub keep_days: Option<i64>,
}

impl BackupJob {
    /// Writes and checks the backup, then removes the office's backups
    /// older than the days kept. Touches no `Store`.
    pub fn run(&self, now: Now) -> std::result::Result<BackupMade, BackupError> {
        let mut made = crate::store::backup_to(
            &self.source,
            self.key.as_ref(),
            &self.dir,
            self.office,
            now.utc,
        )?;
        if let Some(days) = self.keep_days {
            made.pruned = crate::store::prune(&self.dir, self.office, days, now.utc)?;
        }
        Ok(made)
    }
}

fn same_dir(a: &Path, b: &Path) -> bool {
    a == b
        || matches!(
            (a.canonicalize(), b.canonicalize()),
            (Ok(x), Ok(y)) if x == y
        )
}

/// What a backup into `dir` needs — or, with `None`, into the directory
/// of the automatic backups (anyone signed in sets one off; the
/// administrator chose where it goes). A backup into a directory named
/// here is the administrator's (or the command line's) alone: it holds
/// every citizen's data.
pub fn backup_job(
    st: &Store,
    who: &Who,
    dir: Option<&Path>,
) -> std::result::Result<BackupJob, BackupError> {
    let office = st.self_office()?;
    let s = settings(st);
    let (dir, keep_days) = match dir {
        Some(d) => {
            who.may(crate::domain::access::Act::Administer)?;
            let keep = s
                .backup_dir
                .as_deref()
                .filter(|p| same_dir(p, d))
                .map(|_| s.backup_keep_days);
            (d.to_path_buf(), keep)
        }
        None => (
            s.backup_dir.clone().ok_or(BackupError::NoDir)?,
            Some(s.backup_keep_days),
        ),
    };
    // The backup's slots file carries the audit head as it is now: a
    // restored copy whose log was later cut back is named by `db check`.
    st.anchor_audit()?;
    Ok(BackupJob {
        source: st.path().to_path_buf(),
        key: st.key().cloned(),
        dir,
        office: office.code,
        keep_days,
    })
}

/// `db check`: SQLite's own checks, the hash chains and everything
/// derived from them (`Store::integrity_check`); empty when sound.
pub fn check(st: &mut Store) -> std::result::Result<Vec<String>, crate::store::StoreError> {
    st.integrity_check()
}

/// Records the outcome of a backup in the store: the last backup and an
/// audit entry, or the audit entry of a failure (and the log).
pub fn record_backup(
    st: &mut Store,
    who: &Who,
    made: std::result::Result<BackupMade, BackupError>,
    now: Now,
) -> std::result::Result<BackupMade, BackupError> {
    match made {
        Ok(m) => {
            st.record_backup(&who.actor, &m, now.utc)?;
            tracing::info!(path = %m.path.display(), bytes = m.bytes, pruned = m.pruned.len(), "backup made");
            Ok(m)
        }
        Err(e) => {
            tracing::warn!(error = %e, "backup failed");
            let _ = st.record_backup_failed(&who.actor, &e.to_string(), now.utc);
            Err(e)
        }
    }
}

/// Makes a backup now (into `dir`, or the directory of the automatic
/// backups), holding the store throughout: the command line's way.
pub fn backup(
    st: &mut Store,
    who: &Who,
    dir: Option<&Path>,
    now: Now,
) -> std::result::Result<BackupMade, BackupError> {
    let job = backup_job(st, who, dir)?;
    let made = job.run(now);
    record_backup(st, who, made, now)
}

/// Whether the automatic backup is due: a directory is set and no backup
/// was made since the office's day began (at most one a day).
pub fn backup_due(dir_set: bool, last: Option<&LastBackup>, now: Now) -> bool {
    let (day_start, _) = now.counter_day();
    dir_set && last.is_none_or(|b| b.at < day_start)
}

/// Restores the backup `file` into `data_dir`, which must have no store
/// yet. An encrypted backup is opened by `login`'s password through the
/// key slots beside it (`<file>.keys`), which are restored with it; a plain
/// backup (made before encryption) is restored as it is and encrypted at
/// the next sign-in. Then the store is opened (an older schema brought up
/// to date), `login` signs in to it, the restore is recorded as theirs and
/// the store checked. The restored store's path and its problems (empty
/// when sound).
pub fn restore(
    file: &Path,
    data_dir: &Path,
    login: &str,
    password: &str,
    now: Now,
) -> std::result::Result<(PathBuf, Vec<String>), BackupError> {
    use crate::store::{file_kind, keys, FileKind, StoreError};
    let kind = file_kind(file).map_err(|source| BackupError::Io {
        path: file.to_path_buf(),
        source,
    })?;
    let key = match kind {
        FileKind::Encrypted => {
            let slots = crate::store::keys_path(file);
            if !slots.is_file() {
                return Err(BackupError::NotABackup {
                    path: file.to_path_buf(),
                    detail: format!("no key slots file {} beside it", slots.display()),
                });
            }
            match keys::try_user(&slots, login, password).map_err(StoreError::from)? {
                Some(k) => Some(k),
                None => return Err(StoreError::Encrypted.into()),
            }
        }
        _ => None,
    };
    let path = crate::store::restore_into(file, key.as_ref(), data_dir)?;
    let mut st = match &key {
        Some(k) => Store::open_keyed(&path, k)?,
        None => Store::open(&path)?,
    };
    // Only an administrator of the backup restores it: anyone else's
    // attempt leaves nothing behind in the target — no working copy of the
    // store and its keys for them to open.
    let refuse = |st: Store| -> BackupError {
        drop(st);
        let slots = crate::store::keys_path(&path);
        let mut lock = slots.clone().into_os_string();
        lock.push(".lock");
        let mut files = vec![slots, PathBuf::from(lock)];
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut p = path.clone().into_os_string();
            p.push(suffix);
            files.push(PathBuf::from(p));
        }
        for f in files {
            let _ = std::fs::remove_file(f);
        }
        tracing::warn!(to = %path.display(), "restore refused: the copy removed");
        StoreError::Forbidden("administrator").into()
    };
    let user = match st.login(login, password, now.utc) {
        Ok(crate::store::LoginOutcome::Ok(u)) => u,
        _ => return Err(refuse(st)),
    };
    if !crate::domain::access::permits(Some(user.role), crate::domain::access::Act::Administer) {
        return Err(refuse(st));
    }
    st.record_restore(&crate::store::Actor::user(&user), file, now.utc)?;
    let problems = st.integrity_check()?;
    tracing::info!(from = %file.display(), to = %path.display(), problems = problems.len(), "store restored");
    Ok((path, problems))
}

impl crate::i18n::Localize for BackupError {
    fn localize(&self) -> String {
        let shown = |p: &Path| p.display().to_string();
        match self {
            BackupError::Store(e) => e.localize(),
            BackupError::Io { path, source } => crate::t!(
                "backup-error-io",
                path = shown(path),
                error = source.to_string()
            ),
            BackupError::Damaged { path, problems } => crate::t!(
                "backup-error-damaged",
                path = shown(path),
                problems = problems.join("; ")
            ),
            BackupError::StoreExists(dir) => {
                crate::t!("backup-error-store-exists", dir = shown(dir))
            }
            BackupError::NotABackup { path, detail } => crate::t!(
                "backup-error-not-a-backup",
                path = shown(path),
                detail = detail.as_str()
            ),
            BackupError::NoDir => crate::t!("backup-error-no-dir"),
        }
    }
}
