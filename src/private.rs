//! Citizens' data is the user's alone on disk: the process creates files
//! 0600 and directories 0700 (umask 0077), the data directory and what is
//! in it are checked and repaired on every open, and the leftovers of an
//! interrupted print are removed.
//!
//! On Windows the data directory lives in the user's profile
//! (`%APPDATA%`), whose ACL already admits only the user, SYSTEM and
//! administrators; the calls here do nothing there (untried on Windows).

use std::path::{Path, PathBuf};

/// Files: read and write for the user only.
pub const FILE_MODE: u32 = 0o600;
/// Directories: the user only.
pub const DIR_MODE: u32 = 0o700;

/// Sets the process umask to 0077, before anything is created.
pub fn restrict_umask() {
    #[cfg(unix)]
    // SAFETY: umask only sets the process's file mode creation mask; it
    // cannot fail and touches no memory.
    unsafe {
        libc::umask(0o077);
    }
}

/// The command line ends quietly when what reads its output stops reading
/// (`case show N | head -1`), as other Unix tools do, instead of the Rust
/// default of a panic on the broken pipe. A write to the store is one
/// transaction, so ending mid-command leaves it as a crash would: whole.
pub fn quiet_broken_pipe() {
    #[cfg(unix)]
    // SAFETY: restores the default disposition of one signal; no memory
    // is touched and it cannot fail for SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Creates a directory (and its parents) private to the user; one that
/// exists keeps its mode (a disk an administrator mounted, say). Fails
/// where a file stands in the directory's place.
pub fn create_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(DIR_MODE);
    }
    b.create(dir)
}

/// Creates a directory (and its parents) private to the user, and makes
/// an existing one private too.
pub fn private_dir(dir: &Path) -> std::io::Result<()> {
    create_dir(dir)?;
    set_private(dir)
}

/// Options that create files private to the user (0600 whatever the
/// umask); the caller says how to open.
pub fn file_options() -> std::fs::OpenOptions {
    let mut o = std::fs::OpenOptions::new();
    o.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(FILE_MODE);
    }
    o
}

/// Creates (or truncates) a file private to the user.
pub fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    let f = file_options().create(true).truncate(true).open(path)?;
    set_private(path)?;
    Ok(f)
}

/// Makes an existing file (0600) or directory (0700) the user's alone.
pub fn set_private(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let mode = if path.is_dir() { DIR_MODE } else { FILE_MODE };
        set_mode(path, mode)?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

/// The mode bits of a path (0 where modes do not exist).
pub fn mode_of(path: &Path) -> u32 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::symlink_metadata(path)
            .map(|m| m.permissions().mode() & 0o777)
            .unwrap_or(0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        0
    }
}

/// What `repair` did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Repaired {
    /// Paths whose mode let others in, now private.
    pub modes: Vec<PathBuf>,
    /// Leftovers of interrupted prints, removed.
    pub removed: Vec<PathBuf>,
}

/// Checks the data directory and everything the program keeps in it (the
/// database and its WAL/SHM, forms, logs, backups made there): any mode
/// open to others is closed; `.part` files of interrupted prints go.
/// Symbolic links and files the program did not make are left alone.
pub fn repair(data_dir: &Path) -> Repaired {
    #[cfg(unix)]
    {
        let mut out = Repaired::default();
        fix(data_dir, DIR_MODE, &mut out);
        walk(data_dir, 0, &mut out);
        out
    }
    // Windows: the profile's ACL keeps others out; nothing to repair.
    #[cfg(not(unix))]
    {
        let _ = data_dir;
        Repaired::default()
    }
}

#[cfg(unix)]
fn fix(path: &Path, want: u32, out: &mut Repaired) {
    let mode = mode_of(path);
    if mode & 0o077 != 0 && set_mode(path, want).is_ok() {
        out.modes.push(path.to_path_buf());
    }
}

/// The program's own entries in the data directory: the database and its
/// WAL/SHM (and journals), and the directories it writes into. Anything
/// else a person put there is left as it is.
#[cfg(unix)]
fn ours(name: &str, is_dir: bool) -> bool {
    if is_dir {
        matches!(name, "forms" | "logs" | "backups")
    } else {
        name.starts_with("emigration-desk") || (name.starts_with('.') && name.ends_with(".part"))
    }
}

#[cfg(unix)]
fn walk(dir: &Path, depth: u8, out: &mut Repaired) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let Ok(kind) = e.file_type() else { continue };
        if kind.is_symlink() {
            continue;
        }
        let name = e.file_name();
        let name = name.to_string_lossy();
        // In the data directory itself only the program's own entries; in
        // its own directories, everything.
        if depth == 0 && !ours(&name, kind.is_dir()) {
            continue;
        }
        if kind.is_dir() {
            if depth < 2 {
                fix(&path, DIR_MODE, out);
                walk(&path, depth + 1, out);
            }
        } else if kind.is_file() {
            if name.starts_with('.') && name.ends_with(".part") {
                if std::fs::remove_file(&path).is_ok() {
                    out.removed.push(path);
                }
                continue;
            }
            fix(&path, FILE_MODE, out);
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn repair_closes_open_modes_and_removes_leftovers() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        set_mode(&data, 0o755).unwrap();
        let forms = data.join("forms");
        std::fs::create_dir(&forms).unwrap();
        let db = data.join("emigration-desk.sqlite3");
        std::fs::write(&db, b"x").unwrap();
        set_mode(&db, 0o644).unwrap();
        let part = forms.join(".a.pdf.123.part");
        std::fs::write(&part, b"half").unwrap();
        // Someone else's file in the directory is not the program's to change.
        let theirs = data.join("notes.sh");
        std::fs::write(&theirs, b"#!/bin/sh").unwrap();
        set_mode(&theirs, 0o755).unwrap();
        let r = repair(&data);
        assert_eq!(mode_of(&data), 0o700);
        assert_eq!(mode_of(&db), 0o600);
        assert!(!part.exists());
        assert!(r.modes.contains(&db) && r.modes.contains(&data));
        assert_eq!(r.removed, vec![part]);
        assert_eq!(mode_of(&theirs), 0o755);
        // Nothing left to repair.
        assert_eq!(repair(&data), Repaired::default());
    }
}

/// Makes a rename in `dir` durable: the directory's entry is written out
/// (not possible everywhere; where not, nothing).
pub fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
