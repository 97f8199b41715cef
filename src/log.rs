//! Logging with `tracing`: a daily-rotating file in `<data dir>/logs/` for
//! the window and the command line, and stderr for the command line.
//!
//! The log holds technical detail only: the cause behind an error the user
//! was shown localized. It never holds names, IINs, passport numbers or any
//! other personal data; callers log error kinds, case numbers and codes only.
//!
//! The level comes from `EMIGRATION_DESK_LOG` (`EnvFilter` syntax, for
//! example `debug` or `emigration_desk::sync=trace`); unset, the file gets
//! `info` and the command line's stderr `warn`.

use std::path::Path;

use tracing::Subscriber;
use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::filter::{EnvFilter, LevelFilter};
use tracing_subscriber::fmt::{self, MakeWriter};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::Layer;

/// The environment variable with the log level.
pub const LOG_ENV: &str = "EMIGRATION_DESK_LOG";
/// Log files are `emigration-desk.YYYY-MM-DD.log`, this many days kept.
const PREFIX: &str = "emigration-desk";
const SUFFIX: &str = "log";
const KEEP_FILES: usize = 14;

/// Keeps the background log writer running; lines still buffered are
/// written out when it is dropped. Hold it until the program ends.
#[must_use = "logging to the file stops when the guard is dropped"]
pub struct Guard {
    _worker: tracing_appender::non_blocking::WorkerGuard,
}

impl std::fmt::Debug for Guard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Guard").finish_non_exhaustive()
    }
}

/// Logging for the window: the daily file in `<data_dir>/logs/`, written
/// off the UI thread. `None` when the directory or file cannot be created
/// or logging was already set up; the window runs without a log then.
pub fn init_window(data_dir: &Path) -> Option<Guard> {
    let (subscriber, guard) = window_subscriber(data_dir)?;
    subscriber.try_init().ok()?;
    Some(guard)
}

/// Logging for the command line: stderr (default level `warn`, so normal
/// output stays clean) and, when `data_dir` exists, the daily file as well.
/// The file is written synchronously, so nothing is lost at exit. Calling it
/// again, or after [`init_window`], does nothing.
pub fn init_cli(data_dir: Option<&Path>) {
    let stderr = fmt::layer()
        .with_ansi(false)
        .without_time()
        .with_writer(std::io::stderr)
        .with_filter(filter(LevelFilter::WARN));
    let file = data_dir
        .filter(|d| d.is_dir())
        .and_then(appender)
        .map(|a| file_layer(a).with_filter(filter(LevelFilter::INFO)));
    let _ = tracing_subscriber::registry()
        .with(stderr)
        .with(file)
        .try_init();
}

/// Logs every panic's message and location (target `panic`), then runs the
/// hook that was installed before (by default, the message on stderr).
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("(no message)");
        let location = info
            .location()
            .map(|l| l.to_string())
            .unwrap_or_else(|| "(unknown)".to_owned());
        tracing::error!(target: "panic", %location, "panicked: {message}");
        previous(info);
    }));
}

/// The window's subscriber: the file only, through a non-blocking writer.
fn window_subscriber(data_dir: &Path) -> Option<(impl Subscriber + Send + Sync, Guard)> {
    let (writer, guard) = tracing_appender::non_blocking(appender(data_dir)?);
    let subscriber = tracing_subscriber::registry()
        .with(file_layer(writer).with_filter(filter(LevelFilter::INFO)));
    Some((subscriber, Guard { _worker: guard }))
}

/// The level filter from [`LOG_ENV`]; invalid directives are skipped.
fn filter(default: LevelFilter) -> EnvFilter {
    EnvFilter::builder()
        .with_default_directive(default.into())
        .with_env_var(LOG_ENV)
        .from_env_lossy()
}

/// Plain-text lines (no colours) with time, level and target.
fn file_layer<S, W>(writer: W) -> impl Layer<S>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    fmt::layer().with_ansi(false).with_writer(writer)
}

/// The rolling appender in `<data_dir>/logs/`: the directory private to
/// the user (0700), today's file created and, like older ones, 0600.
fn appender(data_dir: &Path) -> Option<RollingFileAppender> {
    let dir = data_dir.join("logs");
    create_private_dir(&dir).ok()?;
    let appender = RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix(PREFIX)
        .filename_suffix(SUFFIX)
        .max_log_files(KEEP_FILES)
        .build(&dir)
        .ok()?;
    restrict_files(&dir);
    Some(appender)
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    // An existing directory is tightened too; best effort.
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    Ok(())
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

/// Best effort: every file in the log directory readable by the user only.
#[cfg(unix)]
fn restrict_files(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(0o600));
        }
    }
}

#[cfg(not(unix))]
fn restrict_files(_dir: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_log_gets_the_line_in_a_private_directory() {
        let tmp = tempfile::tempdir().unwrap();
        let (subscriber, guard) = window_subscriber(tmp.path()).expect("log file set up");
        tracing::subscriber::with_default(subscriber, || {
            // Error level: written whatever EMIGRATION_DESK_LOG says (bar `off`).
            tracing::error!(target: "emigration_desk::test", code = 42, "log line for the test");
        });
        // Dropping the guard writes out what is still buffered.
        drop(guard);

        let logs = tmp.path().join("logs");
        let files: Vec<_> = std::fs::read_dir(&logs)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 1, "{files:?}");
        let name = files[0].file_name().unwrap().to_str().unwrap();
        assert!(
            name.starts_with("emigration-desk.") && name.ends_with(".log"),
            "{name}"
        );
        let text = std::fs::read_to_string(&files[0]).unwrap();
        assert!(text.contains("log line for the test"), "{text}");
        assert!(text.contains("code=42"), "{text}");
        assert!(!text.contains('\u{1b}'), "no ANSI colours: {text:?}");

        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&logs), 0o700);
            assert_eq!(mode(&files[0]), 0o600);
        }
    }

    #[test]
    fn an_existing_log_directory_is_made_private() {
        let tmp = tempfile::tempdir().unwrap();
        let logs = tmp.path().join("logs");
        std::fs::create_dir(&logs).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&logs, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let (_subscriber, guard) = window_subscriber(tmp.path()).expect("log file set up");
        drop(guard);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&logs).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o700);
        }
    }

    #[test]
    fn no_file_log_where_the_directory_cannot_be_made() {
        let tmp = tempfile::tempdir().unwrap();
        // `logs` is taken by a plain file.
        let blocker = tmp.path().join("logs");
        std::fs::write(&blocker, b"").unwrap();
        assert!(window_subscriber(tmp.path()).is_none());
    }
}
