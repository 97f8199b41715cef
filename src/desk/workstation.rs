//! The workstation around the cases: where its data lives, what a window
//! reads when it opens the store, the window's language, the spool of
//! printed forms, handing a form to the viewer or printer, and the sync
//! engine's start.

use crate::domain::records::Office;
use crate::store::{FileKind, Store, StoreError, SyncCounts};
use crate::sync::{SyncConfig, SyncHandle};
use std::path::{Path, PathBuf};

pub use crate::print::Delivery;
pub use crate::store::DB_FILE;

/// The data directory: `--data-dir`, else the environment's, else the
/// platform's (Linux: `~/.local/share/emigration-desk`).
pub fn data_dir(flag: Option<&Path>) -> Result<PathBuf, StoreError> {
    crate::store::resolve_data_dir(flag)
}

/// Whether this program may write in `dir` (else a store there is only
/// read).
pub fn writable(dir: &Path) -> bool {
    crate::store::writable(dir)
}

/// The data directory made private to this user, and what its store file
/// is (none, plain, encrypted).
pub fn look_at(dir: &Path) -> Result<FileKind, StoreError> {
    let failed = |source| StoreError::DataDir {
        path: dir.to_path_buf(),
        source,
    };
    crate::private::private_dir(dir).map_err(failed)?;
    crate::store::file_kind(&dir.join(DB_FILE)).map_err(failed)
}

/// What a window reads from a store it has just opened: this office, the
/// language last chosen here, the office's time zone setting.
#[derive(Debug, Clone, Default)]
pub struct Opening {
    pub office: Option<Office>,
    pub ui_lang: Option<String>,
    pub zone: Option<String>,
}

/// The store opened for a window: the forms a crash left in the spool
/// are removed first, then what the window shows at once is read.
pub fn open_window(st: &Store) -> Opening {
    st.clear_forms();
    Opening {
        office: st.self_office().ok(),
        ui_lang: st.setting("ui_lang").ok().flatten(),
        zone: st.setting(crate::clock::ZONE_SETTING).ok().flatten(),
    }
}

/// The office's time zone setting (`None`: the system's).
pub fn zone(st: &Store) -> Result<Option<String>, StoreError> {
    st.setting(crate::clock::ZONE_SETTING)
}

/// This workstation's office.
pub fn office(st: &Store) -> Result<Office, StoreError> {
    st.self_office()
}

/// The store's file (its directory holds the spool and the exports).
pub fn store_file(st: &Store) -> PathBuf {
    st.path().to_path_buf()
}

/// Remembers the window's language on this workstation (a preference:
/// a failure is logged, never shown): in the store, and in a plain file
/// beside it (`ui-lang`, the language's code and nothing else) so that the
/// sign-in, before the store is open, speaks it too — also on a machine
/// whose system language is not one of the window's.
pub fn remember_language(st: &mut Store, code: &str) {
    if let Err(e) = st.set_setting("ui_lang", code) {
        tracing::info!(error = %e, "the window's language was not remembered");
    }
    if let Some(dir) = st.path().parent() {
        remember_language_in(dir, code);
    }
}

/// The file beside the store that keeps the window's language.
const LANG_FILE: &str = "ui-lang";

/// Remembers the window's language in the data directory `dir` (the first
/// start, before there is a store).
pub fn remember_language_in(dir: &Path, code: &str) {
    let r =
        crate::private::private_dir(dir).and_then(|()| std::fs::write(dir.join(LANG_FILE), code));
    if let Err(e) = r {
        tracing::info!(error = %e, "the window's language was not remembered");
    }
}

/// The language remembered in the data directory, if any.
pub fn remembered_language(dir: &Path) -> Option<String> {
    let s = std::fs::read_to_string(dir.join(LANG_FILE)).ok()?;
    let code = s.trim();
    (code.len() <= 8 && !code.is_empty()).then(|| code.to_string())
}

/// Empties the spool of printed forms (at sign-out and at start).
pub fn clear_spool(st: &Store) -> usize {
    st.clear_forms()
}

/// Hands a written form to the system's PDF viewer or printer.
pub fn deliver(path: &Path, how: Delivery) -> std::result::Result<(), crate::print::PrintError> {
    crate::print::deliver(path, how)
}

/// What the sync engine needs from the store to start on its own
/// connection; `None` where sync is not configured or is off, and at a
/// contact centre (it holds no case and has no consumer on the hub: its
/// lookups connect on their own, `contact_centre::look_up`). The
/// ministry's engine only reads.
#[derive(Debug, Clone)]
pub struct EngineStart {
    path: PathBuf,
    key: Option<crate::store::DataKey>,
    office: u16,
    cfg: SyncConfig,
}

pub fn engine_start(st: &Store) -> Option<EngineStart> {
    let office = st.self_office().ok().filter(|o| o.kind.syncs())?.code;
    let cfg = st.sync_config().ok().flatten().filter(|c| c.enabled)?;
    Some(EngineStart {
        path: st.path().to_path_buf(),
        key: st.key().cloned(),
        office,
        cfg,
    })
}

/// Starts the sync engine (on the current tokio runtime).
pub fn start_engine(e: EngineStart) -> SyncHandle {
    crate::sync::start(e.path, e.key, e.office, e.cfg)
}

/// The sync counts for the status line (zeros when unreadable).
pub fn sync_counts(st: &Store) -> SyncCounts {
    st.sync_counts().unwrap_or_default()
}
