//! Sync over NATS JetStream (README, *Sync between offices*): a relay drains this workstation's
//! outbox to the stream in order; a receiver fetches from the
//! workstation's own durable consumer, stores before it acks, applies each
//! case's events in order and sends receipts back. Both run as tokio tasks
//! with their own SQLite connection; the program works the same without a
//! server and catches up when one is reachable.

pub mod provision;
pub mod status;

pub use crate::domain::envelope;
pub use crate::domain::sync_config::{consumer_name, valid_workstation, ConfigProblem, SyncConfig};

use crate::store::{Disposition, Incoming, Store};
use async_nats::jetstream;
use chrono::NaiveDateTime;
use futures_util::{FutureExt, StreamExt};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{watch, Notify};

/// The stream every office shares.
pub const STREAM: &str = "SYNC";

/// Why sync cannot go on until someone acts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocked {
    /// The server refused a subject (reaches the client only as an
    /// asynchronous server error): the administrator's permissions.
    Permission(String),
    /// The server refused the credentials.
    Authorization(String),
    /// The stream or this workstation's consumer is missing or not ours.
    Consumer(String),
    /// The server keeps refusing one outbox row; the relay never skips a
    /// row, so everything after it waits.
    Stuck(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Link {
    #[default]
    NotConfigured,
    Connecting,
    Online,
    Offline,
}

/// What the status line shows, updated by the sync tasks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncStatus {
    pub link: Link,
    pub blocked: Option<Blocked>,
    pub last_error: Option<String>,
    pub last_error_at: Option<NaiveDateTime>,
    pub last_contact: Option<NaiveDateTime>,
    pub published: u64,
    pub applied: u64,
    /// The hub's server this workstation is connected to (a cluster's
    /// member, by its `server_name`), as last seen.
    pub server: Option<String>,
}

type Shared = Arc<Mutex<SyncStatus>>;
type Db = Arc<Mutex<Store>>;

/// One short call on the store (never across an await). SQLite blocks
/// (fsync, a busy wait): on a multi-thread runtime the worker hands its
/// other tasks — the NATS connection among them — to another thread first.
fn with_db<T>(store: &Db, f: impl FnOnce(&mut Store) -> T) -> T {
    let run = || {
        let mut g = store.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut g)
    };
    match tokio::runtime::Handle::try_current().map(|h| h.runtime_flavor()) {
        Ok(tokio::runtime::RuntimeFlavor::MultiThread) => tokio::task::block_in_place(run),
        _ => run(),
    }
}

fn update(s: &Shared, f: impl FnOnce(&mut SyncStatus)) {
    if let Ok(mut g) = s.lock() {
        f(&mut g);
    }
}

fn error(s: &Shared, e: impl std::fmt::Display) {
    let msg = e.to_string();
    update(s, |st| {
        st.last_error = Some(msg);
        st.last_error_at = Some(crate::clock::utc_now());
    });
}

/// The running sync of one workstation.
pub struct SyncHandle {
    status: Shared,
    stop: watch::Sender<bool>,
    wake: Arc<Notify>,
    dirty: Arc<AtomicBool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl SyncHandle {
    pub fn status(&self) -> SyncStatus {
        self.status.lock().map(|g| g.clone()).unwrap_or_default()
    }

    /// Tells the relay that the outbox has new rows (it also notices
    /// another connection's commits by itself).
    pub fn wake(&self) {
        self.dirty.store(true, Ordering::Release);
        self.wake.notify_one();
    }

    /// Stops both tasks; what is stored stays stored.
    pub async fn stop(mut self) {
        let _ = self.stop.send(true);
        self.wake.notify_one();
        for t in std::mem::take(&mut self.tasks) {
            let _ = t.await;
        }
    }

    /// Stops without waiting (the window is closing).
    pub fn abort(&self) {
        let _ = self.stop.send(true);
        for t in &self.tasks {
            t.abort();
        }
    }
}

/// A handle let go stops its engine (the window closing, a workstation
/// replaced or dropped): left running, its tasks would be cut off mid-sleep
/// by their runtime's end, which panics into the log.
impl Drop for SyncHandle {
    fn drop(&mut self) {
        self.abort();
    }
}

/// Starts the relay and the receiver for the store at `path` on the
/// current tokio runtime.
/// `key` is the store's data key (`None` for a plain file).
pub fn start(
    path: PathBuf,
    key: Option<crate::store::DataKey>,
    office: u16,
    cfg: SyncConfig,
) -> SyncHandle {
    start_tuned(path, key, office, cfg, Tuning::default())
}

/// How the receiver asks the hub for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tuning {
    /// How long one pull request stays open on the server (a message
    /// arriving meanwhile is delivered at once; the expiry paces the idle
    /// requests: a thousand idle workstations, 200 a second at 5 s).
    pub pull_expiry: Duration,
    /// How long after the expiry the receiver waits for the server to say
    /// the request is over before it asks again by itself. nats-server
    /// before 2.9.16 sometimes drops an expired request without a word
    /// (its fix: nats-server PR 3942) while a message arrives, and the
    /// client library would wait 5 s more.
    pub pull_grace: Duration,
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning {
            pull_expiry: Duration::from_secs(5),
            pull_grace: Duration::from_millis(500),
        }
    }
}

/// As [`start`], with the receiver's pull requests tuned.
pub fn start_tuned(
    path: PathBuf,
    key: Option<crate::store::DataKey>,
    office: u16,
    cfg: SyncConfig,
    tuning: Tuning,
) -> SyncHandle {
    let status: Shared = Arc::new(Mutex::new(SyncStatus {
        link: Link::Connecting,
        ..Default::default()
    }));
    let (stop_tx, stop_rx) = watch::channel(false);
    let wake = Arc::new(Notify::new());
    let dirty = Arc::new(AtomicBool::new(true));
    let ctx = Ctx {
        path,
        key,
        office,
        cfg,
        tuning,
        status: status.clone(),
        stop: stop_rx,
        wake: wake.clone(),
        dirty: dirty.clone(),
    };
    let task = tokio::spawn(run(ctx));
    SyncHandle {
        status,
        stop: stop_tx,
        wake,
        dirty,
        tasks: vec![task],
    }
}

#[derive(Clone)]
struct Ctx {
    path: PathBuf,
    key: Option<crate::store::DataKey>,
    office: u16,
    cfg: SyncConfig,
    tuning: Tuning,
    status: Shared,
    stop: watch::Receiver<bool>,
    wake: Arc<Notify>,
    /// Something for the relay on its own connection: the receiver stored
    /// or applied events (receipts to send), or the window said so.
    dirty: Arc<AtomicBool>,
}

impl Ctx {
    fn stopped(&self) -> bool {
        *self.stop.borrow()
    }

    /// Marks work for the relay and wakes it.
    fn kick(&self) {
        self.dirty.store(true, Ordering::Release);
        self.wake.notify_one();
    }

    /// A backoff: only the stop cuts it short (new rows do not).
    async fn pause(&self, d: Duration) {
        let mut stop = self.stop.clone();
        tokio::select! {
            _ = tokio::time::sleep(d) => {}
            _ = stop.changed() => {}
        }
    }

    async fn sleep(&self, d: Duration) {
        let mut stop = self.stop.clone();
        tokio::select! {
            _ = tokio::time::sleep(d) => {}
            _ = stop.changed() => {}
            _ = self.wake.notified() => {}
        }
    }
}

/// A random number for jitter: the standard library's per-process random
/// hash keys, so no clock is read for it.
fn random() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(0);
    h.finish()
}

/// Capped exponential backoff with ±25 % jitter: 0.5 s, 1 s, 2 s … 30 s.
pub fn backoff(attempt: u32) -> Duration {
    let base = 500u64.saturating_mul(1 << attempt.min(6)).min(30_000);
    let jitter = (random() % (base / 2 + 1)) as i64 - (base / 4) as i64;
    Duration::from_millis((base as i64 + jitter).max(50) as u64)
}

/// The wait before a connection attempt. The library counts its
/// attempts from 1 and asks before each, the first connection's too: the
/// first goes at once (a workstation starting, or one whose server has just
/// gone, tries the next at once), the later ones back off with jitter. (A
/// backoff from the first cost every start a whole second before anything
/// was sent or received.)
pub fn reconnect_delay(attempts: usize) -> Duration {
    match attempts {
        0 | 1 => Duration::ZERO,
        n => backoff(u32::try_from(n - 2).unwrap_or(u32::MAX)),
    }
}

/// Builds the client options from the settings.
pub fn connect_options(
    cfg: &SyncConfig,
    office: u16,
    status: Option<Shared>,
) -> async_nats::ConnectOptions {
    let mut o = async_nats::ConnectOptions::new()
        .name(format!("emigration-desk {office}/{}", cfg.workstation))
        .custom_inbox_prefix(format!("_INBOX_{office}"))
        .connection_timeout(Duration::from_secs(3))
        .request_timeout(Some(Duration::from_secs(5)))
        .reconnect_delay_callback(reconnect_delay);
    if !cfg.nkey_seed.is_empty() {
        o = o.nkey(cfg.nkey_seed.clone());
    } else if !cfg.user.is_empty() {
        o = o.user_and_password(cfg.user.clone(), cfg.password.clone());
    }
    if !cfg.ca.is_empty() {
        o = o
            .add_root_certificates(PathBuf::from(&cfg.ca))
            .require_tls(true);
    }
    if !cfg.client_cert.is_empty() {
        o = o
            .add_client_certificate(
                PathBuf::from(&cfg.client_cert),
                PathBuf::from(&cfg.client_key),
            )
            .require_tls(true);
    }
    if let Some(st) = status {
        o = o.event_callback(move |ev| {
            let st = st.clone();
            async move {
                use async_nats::{Event, ServerError};
                match ev {
                    Event::Connected => update(&st, |s| {
                        s.link = Link::Online;
                        if matches!(s.blocked, Some(Blocked::Authorization(_))) {
                            s.blocked = None;
                        }
                    }),
                    Event::Disconnected => update(&st, |s| s.link = Link::Offline),
                    Event::ServerError(ServerError::AuthorizationViolation) => {
                        let m = "authorization violation".to_string();
                        error(&st, &m);
                        update(&st, |s| s.blocked = Some(Blocked::Authorization(m)));
                    }
                    Event::ServerError(ServerError::Other(m)) => {
                        error(&st, &m);
                        if m.to_ascii_lowercase().contains("permissions violation") {
                            update(&st, |s| s.blocked = Some(Blocked::Permission(m)));
                        }
                    }
                    other => error(&st, other),
                }
            }
        });
    }
    o
}

/// A connection to the workstation's store.
fn open_store(ctx: &Ctx) -> crate::store::Result<Store> {
    match &ctx.key {
        Some(k) => Store::open_keyed(&ctx.path, k),
        None => Store::open(&ctx.path),
    }
}

async fn run(ctx: Ctx) {
    if !ctx.cfg.enabled || !ctx.cfg.problems().is_empty() {
        update(&ctx.status, |s| s.link = Link::NotConfigured);
        return;
    }
    let mut attempt = 0u32;
    let client = loop {
        if ctx.stopped() {
            return;
        }
        update(&ctx.status, |s| s.link = Link::Connecting);
        match connect_options(&ctx.cfg, ctx.office, Some(ctx.status.clone()))
            .connect(ctx.cfg.urls.clone())
            .await
        {
            Ok(c) => break c,
            Err(e) => {
                let text = e.to_string();
                if text.to_ascii_lowercase().contains("authorization") {
                    update(&ctx.status, |s| {
                        s.blocked = Some(Blocked::Authorization(text.clone()))
                    });
                }
                error(&ctx.status, &text);
                update(&ctx.status, |s| s.link = Link::Offline);
                ctx.pause(backoff(attempt)).await;
                attempt += 1;
            }
        }
    };
    update(&ctx.status, |s| {
        s.link = Link::Online;
        s.last_contact = Some(crate::clock::utc_now());
    });
    // One connection for both tasks: they never wait on each other's
    // SQLite lock (only on the window's, briefly).
    let store: Db = loop {
        match open_store(&ctx) {
            Ok(s) => break Arc::new(Mutex::new(s)),
            Err(e) => {
                error(&ctx.status, e);
                ctx.pause(Duration::from_secs(1)).await;
                if ctx.stopped() {
                    return;
                }
            }
        }
    };
    let js = jetstream::new(client.clone());
    // The ministry reads and never writes: it has no relay (nothing in its
    // outbox, no receipt to send, no status to publish).
    let observer = with_db(&store, |s| s.is_observer()).unwrap_or(false);
    // Both tasks run until the stop; should one end otherwise (a panic),
    // the status says so and both start again.
    let mut restarts = 0u32;
    loop {
        let mut relay = tokio::spawn({
            let (ctx, js, store) = (ctx.clone(), js.clone(), store.clone());
            async move {
                if observer {
                    std::future::pending::<()>().await
                } else {
                    relay(ctx, js, store).await
                }
            }
        });
        let mut receiver = tokio::spawn(receive(ctx.clone(), js.clone(), store.clone()));
        let ended = tokio::select! {
            r = &mut relay => ("relay", r),
            r = &mut receiver => ("receiver", r),
        };
        relay.abort();
        receiver.abort();
        if ctx.stopped() {
            break;
        }
        let why = match ended.1 {
            Err(e) => format!("the sync {} stopped: {e}", ended.0),
            Ok(()) => format!("the sync {} stopped", ended.0),
        };
        error(&ctx.status, why);
        ctx.pause(backoff(restarts)).await;
        restarts += 1;
    }
    let _ = client.drain().await;
}

/// Windows of the outbox on their way at once: the next is read and sent
/// while the acks of the ones before come back.
const WINDOWS_IN_FLIGHT: usize = 4;

/// Rows in one window.
const WINDOW: u32 = 512;

/// A window sent: its rows and their PubAcks to come.
struct Window {
    rows: Vec<(i64, bool)>,
    acks: Vec<jetstream::context::PublishAckFuture>,
    /// A row the client would not even take (the rows after it were not
    /// sent).
    send_error: Option<(i64, String)>,
    /// One deadline for the whole window: after a server crash the acks of
    /// a window never come, and waiting for each in turn would take the
    /// window's length times the timeout.
    deadline: tokio::time::Instant,
}

/// Sends a window's rows, pipelined: every publish is on its way before
/// any ack is awaited.
async fn send_window(js: &jetstream::Context, batch: Vec<crate::store::Outgoing>) -> Window {
    let mut w = Window {
        rows: Vec::with_capacity(batch.len()),
        acks: Vec::with_capacity(batch.len()),
        send_error: None,
        deadline: tokio::time::Instant::now() + Duration::from_secs(10),
    };
    for item in batch {
        let mut headers = async_nats::HeaderMap::new();
        headers.insert("Nats-Msg-Id", item.msg_id.as_str());
        let publish = jetstream::message::PublishMessage::build()
            .payload(item.payload.into())
            .headers(headers);
        match js.send_publish(item.subject, publish).await {
            Ok(f) => {
                w.rows.push((item.seq, item.resend));
                w.acks.push(f);
            }
            Err(e) => {
                w.send_error = Some((item.seq, e.to_string()));
                break;
            }
        }
    }
    w
}

/// Collects a window's acks in order: what the server stored, and the
/// first row it did not (nothing after a failure counts as sent: the next
/// pass starts again at the failed row, and the broker's de-dup window or
/// the receiver's inbox takes the repeats).
async fn collect_window(w: Window) -> (Vec<(i64, u64, bool)>, Option<(i64, String)>) {
    let mut done = Vec::with_capacity(w.rows.len());
    let mut failure = None;
    for ((seq, resend), fut) in w.rows.into_iter().zip(w.acks) {
        if failure.is_some() {
            // Dropped unawaited: not counted, whatever the server did.
            continue;
        }
        match tokio::time::timeout_at(w.deadline, fut).await {
            Ok(Ok(ack)) => done.push((seq, ack.sequence, resend)),
            Ok(Err(e)) => failure = Some((seq, e.to_string())),
            Err(_) => failure = Some((seq, "no acknowledgement from the server".into())),
        }
    }
    (done, failure.or(w.send_error))
}

/// Drains the outbox (and the receipts) in order: windows of rows sent
/// pipelined, up to [`WINDOWS_IN_FLIGHT`] of them on their way at once,
/// each marked sent in one transaction when its acks are in. A failed row
/// stops the pass: what is on its way after it is not counted, it is tried
/// again after a backoff, and nothing after it overtakes it in the next
/// pass.
async fn relay(ctx: Ctx, js: jetstream::Context, store: Db) {
    let ws = ctx.cfg.workstation.clone();
    let mut failures = 0u32;
    let mut stuck: Option<(i64, u32)> = None;
    let mut last_resend_scan = std::time::Instant::now();
    // What `PRAGMA data_version` said at the last full look: while no
    // other connection has committed (the window, the command line), the
    // receiver has stored nothing and no resend is due, the outbox cannot
    // have changed, and the relay does not query it. A thousand idle
    // workstations in one process would otherwise run twenty thousand
    // outbox queries a second.
    let mut seen_version: Option<i64> = None;
    let mut in_flight: std::collections::VecDeque<Window> = Default::default();
    // The last unsent row put on its way in this pass (the next window
    // starts after it).
    let mut cursor: Option<i64> = None;
    // The last read found fewer rows than a window holds: nothing more to
    // read in this pass.
    let mut exhausted = false;
    // Sent rows are marked on a connection of their own, while this one
    // reads the next window (the relay's time is the store's, not the
    // network's). The shared one when a second cannot be opened.
    let marker = open_store(&ctx)
        .map(|s| Arc::new(Mutex::new(s)))
        .unwrap_or_else(|_| store.clone());
    let mut marking = Marking(None);
    let mut statuses = StatusPublisher::new(&ctx);
    type Read = Result<Vec<crate::store::Outgoing>, String>;
    let mut prefetch: Option<tokio::task::JoinHandle<Read>> = None;
    while !ctx.stopped() {
        if in_flight.is_empty() || (in_flight.len() < WINDOWS_IN_FLIGHT && !exhausted) {
            let batch = if in_flight.is_empty() {
                // A new pass, once the last marks are written: look only
                // when something may have changed.
                marking.finish(&ctx).await;
                prefetch = None;
                let now = crate::clock::utc_now();
                let resend = (last_resend_scan.elapsed() >= Duration::from_secs(1))
                    .then_some((now, ctx.cfg.resend_after()));
                let dirty = ctx.dirty.swap(false, Ordering::AcqRel);
                let version = with_db(&store, |s| s.data_version()).ok();
                if !dirty && resend.is_none() && version.is_some() && version == seen_version {
                    ctx.sleep(Duration::from_millis(50)).await;
                    continue;
                }
                seen_version = version;
                if resend.is_some() {
                    last_resend_scan = std::time::Instant::now();
                    // Which server of the cluster answers now (after a
                    // failover, another one of the list).
                    let server = js.client().server_info().server_name;
                    update(&ctx.status, |s| s.server = Some(server));
                }
                cursor = None;
                let batch = with_db(&store, |s| s.outbox_batch(&ws, WINDOW, resend));
                let receipts = with_db(&store, |s| s.receipts_batch(ctx.office, &ws, WINDOW))
                    .unwrap_or_default();
                // Receipts go on their own: a row that cannot be sent
                // must not stop the receipts other offices wait for.
                let had_receipts = !receipts.is_empty();
                send_receipts(&js, &store, &receipts).await;
                match batch {
                    Ok(b) if b.is_empty() => {
                        // The outbox is empty: the contact centre's
                        // records of what changed.
                        statuses.run(&ctx, &js, &store).await;
                        if had_receipts {
                            ctx.dirty.store(true, Ordering::Release);
                        } else {
                            ctx.sleep(Duration::from_millis(50)).await;
                        }
                        continue;
                    }
                    Ok(b) => b,
                    Err(e) => {
                        error(&ctx.status, e);
                        ctx.pause(backoff(failures)).await;
                        failures += 1;
                        continue;
                    }
                }
            } else {
                // The next window while the acks of those before come
                // (read while the one before was being sent).
                let read = match prefetch.take() {
                    Some(task) => task.await.unwrap_or_else(|e| Err(e.to_string())),
                    None => with_db(&store, |s| s.outbox_batch_after(&ws, WINDOW, None, cursor))
                        .map_err(|e| e.to_string()),
                };
                match read {
                    Ok(b) => b,
                    Err(e) => {
                        error(&ctx.status, e);
                        Vec::new()
                    }
                }
            };
            exhausted = batch.len() < WINDOW as usize;
            if !batch.is_empty() {
                if let Some(last) = batch.iter().filter(|o| !o.resend).map(|o| o.seq).max() {
                    cursor = Some(cursor.map_or(last, |c| c.max(last)));
                }
                if !exhausted {
                    // The next window is read while this one goes out.
                    let (store, ws, after) = (store.clone(), ws.clone(), cursor);
                    prefetch = Some(tokio::task::spawn_blocking(move || {
                        let g = store.lock().unwrap_or_else(|p| p.into_inner());
                        g.outbox_batch_after(&ws, WINDOW, None, after)
                            .map_err(|e| e.to_string())
                    }));
                }
                let w = send_window(&js, batch).await;
                let refused = w.send_error.is_some();
                in_flight.push_back(w);
                if !refused {
                    continue;
                }
            }
        }
        // The oldest window's acks.
        let Some(w) = in_flight.pop_front() else {
            continue;
        };
        let (done, failure) = collect_window(w).await;
        // The window before's marks are written first (in order); this
        // window's are written while the next is read and sent.
        marking.finish(&ctx).await;
        if !done.is_empty() {
            marking.start(&marker, done, failure.is_none());
        }
        if in_flight.is_empty() {
            // The pass is over: look again at once (more may wait than
            // the windows held).
            ctx.dirty.store(true, Ordering::Release);
        }
        if let Some((seq, err)) = failure {
            // What is on its way after the failed row is not counted.
            in_flight.clear();
            prefetch = None;
            marking.finish(&ctx).await;
            let now = crate::clock::utc_now();
            cursor = None;
            ctx.dirty.store(true, Ordering::Release);
            let wait = backoff(failures);
            failures += 1;
            stuck = match stuck {
                Some((s, n)) if s == seq => Some((s, n + 1)),
                _ => Some((seq, 1)),
            };
            let next = now + chrono::Duration::from_std(wait).unwrap_or_default();
            let _ = with_db(&store, |s| s.outbox_failed(seq, &err, next));
            error(&ctx.status, &err);
            let connected = client_connected(&js);
            update(&ctx.status, |s| {
                if s.blocked.is_none() {
                    s.link = if connected {
                        Link::Online
                    } else {
                        Link::Offline
                    };
                }
                // Connected, and the same row refused again and again: the
                // relay is stuck on it (it never skips one) — say so.
                if connected
                    && matches!(stuck, Some((_, n)) if n >= STUCK_AFTER)
                    && !matches!(
                        s.blocked,
                        Some(Blocked::Permission(_) | Blocked::Authorization(_))
                    )
                {
                    s.blocked = Some(Blocked::Stuck(format!("outbox {seq}: {err}")));
                }
            });
            ctx.pause(wait).await;
            continue;
        }
        failures = 0;
        if stuck.take().is_some() {
            update(&ctx.status, |s| {
                if matches!(s.blocked, Some(Blocked::Stuck(_))) {
                    s.blocked = None;
                }
            });
        }
    }
}

/// The relay's part in the contact centre's status records: the cases
/// whose record is due are published once the outbox is empty, and this
/// office's particulars once per start and whenever they change. A failure
/// waits (the events do not): it is tried again after a backoff.
struct StatusPublisher {
    secret: Option<Vec<u8>>,
    kv: Option<async_nats::jetstream::kv::Store>,
    office_published: Option<crate::domain::public_status::OfficeContact>,
    failures: u32,
    retry_at: Option<tokio::time::Instant>,
}

impl StatusPublisher {
    fn new(ctx: &Ctx) -> StatusPublisher {
        StatusPublisher {
            secret: ctx.cfg.status_key(),
            kv: None,
            office_published: None,
            failures: 0,
            retry_at: None,
        }
    }

    async fn run(&mut self, ctx: &Ctx, js: &jetstream::Context, store: &Db) {
        let Some(secret) = self.secret.clone() else {
            return;
        };
        if self
            .retry_at
            .is_some_and(|t| tokio::time::Instant::now() < t)
        {
            return;
        }
        match self.pass(js, store, &secret).await {
            Ok(more) => {
                self.failures = 0;
                self.retry_at = None;
                if more {
                    ctx.dirty.store(true, Ordering::Release);
                }
            }
            Err(e) => {
                error(&ctx.status, e);
                self.retry_at = Some(tokio::time::Instant::now() + backoff(self.failures));
                self.failures += 1;
            }
        }
    }

    /// One batch; `Ok(true)` if more wait.
    async fn pass(
        &mut self,
        js: &jetstream::Context,
        store: &Db,
        secret: &[u8],
    ) -> Result<bool, String> {
        const BATCH: u32 = 256;
        let batch = with_db(store, |s| s.status_batch(secret, BATCH)).map_err(|e| e.to_string())?;
        let contact = with_db(store, |s| s.own_office_contact()).map_err(|e| e.to_string())?;
        let office_due = contact.is_some() && contact != self.office_published;
        if batch.is_empty() && !office_due {
            return Ok(false);
        }
        let kv = match &self.kv {
            Some(kv) => kv.clone(),
            None => {
                let kv = status::bucket(js).await?;
                self.kv = Some(kv.clone());
                kv
            }
        };
        if let (true, Some(c)) = (office_due, &contact) {
            status::publish_office(&kv, c).await?;
            self.office_published = contact.clone();
        }
        let full = batch.len() as u32 == BATCH;
        let (done, failure) = status::publish(&kv, batch).await;
        if !done.is_empty() {
            with_db(store, |s| s.status_published(&done)).map_err(|e| e.to_string())?;
        }
        match failure {
            Some(e) => Err(format!("status records: {e}")),
            None => Ok(full),
        }
    }
}

/// The marking of a window's sent rows, under way.
struct Marking(Option<(tokio::task::JoinHandle<crate::store::Result<u64>>, bool)>);

impl Marking {
    fn start(&mut self, marker: &Db, done: Vec<(i64, u64, bool)>, clean: bool) {
        let marker = marker.clone();
        let task = tokio::task::spawn_blocking(move || {
            let now = crate::clock::utc_now();
            let mut g = marker.lock().unwrap_or_else(|p| p.into_inner());
            g.outbox_published(&done, now).map(|()| done.len() as u64)
        });
        self.0 = Some((task, clean));
    }

    /// Waits for the marking under way and says what it did.
    async fn finish(&mut self, ctx: &Ctx) {
        let Some((task, clean)) = self.0.take() else {
            return;
        };
        match task.await {
            Ok(Ok(n)) => {
                let now = crate::clock::utc_now();
                update(&ctx.status, |s| {
                    s.published += n;
                    s.last_contact = Some(now);
                    if clean {
                        s.link = Link::Online;
                        if matches!(s.blocked, Some(Blocked::Permission(_))) {
                            s.blocked = None;
                        }
                    }
                });
            }
            Ok(Err(e)) => error(&ctx.status, e),
            Err(e) => error(&ctx.status, e),
        }
    }
}

/// Failures of the same row, connected, before the status says "stuck".
const STUCK_AFTER: u32 = 5;

fn client_connected(js: &jetstream::Context) -> bool {
    js.client().connection_state() == async_nats::connection::State::Connected
}

/// Receipts: sent pipelined, marked once the server has them; what is not
/// sent stays queued (in order: nothing after the first that failed).
async fn send_receipts(
    js: &jetstream::Context,
    store: &Db,
    receipts: &[crate::store::OutgoingReceipt],
) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    let mut on_the_way = Vec::with_capacity(receipts.len());
    for r in receipts {
        match js
            .publish(r.subject.clone(), r.payload.clone().into())
            .await
        {
            Ok(fut) => on_the_way.push((r.id, fut)),
            Err(_) => break,
        }
    }
    let mut sent = Vec::new();
    for (id, fut) in on_the_way {
        match tokio::time::timeout_at(deadline, fut).await {
            Ok(Ok(_)) => sent.push(id),
            _ => break,
        }
    }
    if !sent.is_empty() {
        let _ = with_db(store, |s| s.receipts_sent(&sent));
    }
}

/// Fetches from this workstation's consumer, stores each group of
/// messages in one transaction, then acks them (Term for the unreadable),
/// then applies what can be applied.
async fn receive(ctx: Ctx, js: jetstream::Context, store: Db) {
    let name = ctx.cfg.consumer(ctx.office);
    let mut failures = 0u32;
    'outer: while !ctx.stopped() {
        let consumer: jetstream::consumer::PullConsumer =
            match js.get_consumer_from_stream(&name, STREAM).await {
                Ok(c) => c,
                Err(e) => {
                    let text = e.to_string();
                    let low = text.to_ascii_lowercase();
                    if low.contains("not found")
                        || low.contains("permission")
                        || low.contains("timed out")
                    {
                        // A missing consumer, or one this office may not
                        // read (the refusal comes as a timeout).
                        update(&ctx.status, |s| {
                            if s.blocked.is_none() {
                                s.blocked = Some(Blocked::Consumer(format!("{name}: {text}")));
                            }
                        });
                    }
                    error(&ctx.status, &text);
                    ctx.pause(backoff(failures)).await;
                    failures += 1;
                    continue;
                }
            };
        update(&ctx.status, |s| {
            if matches!(s.blocked, Some(Blocked::Consumer(_))) {
                s.blocked = None;
            }
        });
        // What waited for this program (an upgrade): read again, applied
        // in order. Then whatever is stored but not applied yet (e.g.
        // after a crash).
        let resumed = with_db(&store, |s| {
            s.sync_resume_after_update(ctx.office, crate::clock::utc_now())
        });
        if let Err(e) = resumed {
            error(&ctx.status, e);
        }
        let _ = with_db(&store, |s| s.apply_pending(crate::clock::utc_now()));
        while !ctx.stopped() {
            let mut stop = ctx.stop.clone();
            let asked = tokio::time::Instant::now();
            let expiry = ctx.tuning.pull_expiry;
            let fetched = tokio::select! {
                // A long poll: the request stays open until it has 512
                // messages or its expiry has passed, and a message
                // arriving while it waits is delivered at once. (A "fetch"
                // is no-wait and one-shot: on a three-server cluster the
                // national simulation saw one event in a few thousand wait
                // a whole expiry for the next request.) The expiry only
                // paces the idle passes below.
                r = consumer.batch().max_messages(512).expires(expiry).messages() => r,
                _ = stop.changed() => break 'outer,
            };
            // The server ends the request at its expiry with a status
            // message; a server that dropped it silently (2.9.10 does, now
            // and then, when a message arrives just then) would leave the
            // library waiting 5 s more. Past the expiry and a grace, with
            // nothing more delivered, the request is over: ask again.
            let over = asked + expiry + ctx.tuning.pull_grace;
            let mut messages = match fetched {
                Ok(m) => m,
                Err(e) => {
                    error(&ctx.status, e);
                    ctx.pause(backoff(failures)).await;
                    failures += 1;
                    continue 'outer;
                }
            };
            loop {
                // Wait for one message, then take whatever else is ready.
                let first = tokio::select! {
                    // What was delivered first (nothing delivered is left
                    // behind when the request is given up).
                    biased;
                    m = messages.next() => m,
                    _ = stop.changed() => break 'outer,
                    _ = tokio::time::sleep_until(over) => None,
                };
                let Some(first) = first else {
                    // The fetch expired: a pass for what waits (an event
                    // that failed once is tried again here).
                    let pass = with_db(&store, |s| s.apply_pending(crate::clock::utc_now()));
                    if let Err(e) = pass {
                        error(&ctx.status, e);
                    }
                    // Receipts for what it applied.
                    ctx.kick();
                    break;
                };
                let mut group = vec![first];
                while group.len() < 512 {
                    match messages.next().now_or_never() {
                        Some(Some(m)) => group.push(m),
                        _ => break,
                    }
                }
                let mut msgs = Vec::with_capacity(group.len());
                let mut incoming = Vec::with_capacity(group.len());
                for m in group {
                    match m {
                        Ok(m) => {
                            let (seq, published) = match m.info() {
                                Ok(i) => (i.stream_sequence, Some(i.published.naive_utc())),
                                Err(_) => (0, None),
                            };
                            incoming.push(Incoming {
                                subject: m.subject.to_string(),
                                payload: m.payload.to_vec(),
                                stream_seq: seq,
                                published,
                            });
                            msgs.push(m);
                        }
                        Err(e) => error(&ctx.status, e),
                    }
                }
                if incoming.is_empty() {
                    continue;
                }
                let now = crate::clock::utc_now();
                let stored = with_db(&store, |s| s.inbox_store(ctx.office, &incoming, now));
                // Stored and applied: receipts for the relay to send.
                ctx.kick();
                let dispositions = match stored {
                    Ok(d) => d,
                    Err(e) => {
                        // Not stored: not acked; the server redelivers.
                        error(&ctx.status, e);
                        ctx.pause(backoff(failures)).await;
                        failures += 1;
                        continue 'outer;
                    }
                };
                for (m, d) in msgs.iter().zip(dispositions) {
                    let r = match d {
                        Disposition::Ack => m.ack().await,
                        Disposition::Term => m.ack_with(jetstream::AckKind::Term).await,
                        // Its origin's quota of waiting events is full: off
                        // this consumer (a delayed redelivery would stay
                        // pending on it and, past its limit, stop every
                        // office's messages); the origin sends it again,
                        // as it does every event no receipt came back for.
                        Disposition::Later => m.ack_with(jetstream::AckKind::Term).await,
                        Disposition::Nak => {
                            m.ack_with(jetstream::AckKind::Nak(Some(Duration::from_secs(5))))
                                .await
                        }
                    };
                    if let Err(e) = r {
                        error(&ctx.status, e);
                    }
                }
                failures = 0;
                match with_db(&store, |s| s.apply_pending(crate::clock::utc_now())) {
                    Ok(rep) => update(&ctx.status, |s| {
                        s.applied += u64::from(rep.applied);
                        s.last_contact = Some(crate::clock::utc_now());
                    }),
                    Err(e) => error(&ctx.status, e),
                }
            }
        }
    }
}
