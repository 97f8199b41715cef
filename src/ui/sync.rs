//! Sync for the administrator and the supervisor: the connection settings
//! (administrator), the routes (administrator), and what waits, is parked,
//! quarantined or in conflict (both; a supervisor settles conflicts).

use super::theme::button;
use super::theme::checkbox;
use super::theme::level_color;
use crate::desk::admin;
use crate::desk::types::{Blocked, Link, Store, SyncConfig, SyncCounts, SyncStatus, User};
use crate::desk::{Now, Who};
use crate::domain::access::{permits, Act, Role};
use crate::domain::visit::Level;
use crate::i18n::{dynamic, Said};
use crate::t;
use chrono::NaiveDateTime;
use iced::widget::{column, container, row, scrollable, text, text_input};
use iced::{Element, Length};

#[derive(Debug, Clone)]
pub enum Msg {
    Loaded(Result<Box<Snapshot>, Said>),
    /// The lists only (the settings form keeps what is being typed).
    ListsLoaded(Result<Box<Snapshot>, Said>),
    Field(&'static str, String),
    Enabled(bool),
    Save,
    Saved(Result<(), Said>),
    RouteSc(String),
    RoutePolice(String),
    AddRoute,
    RemoveRoute(u16),
    RetryParked,
    Note(i64, String),
    Resolve(i64),
    Done(Result<(), Said>),
    /// At the ministry: the deployment plan's file to load the office
    /// directory from.
    DirectoryPath(String),
    LoadDirectory,
    DirectoryLoaded(Result<usize, Said>),
}

#[derive(Debug, Clone)]
pub enum Effect {
    Load,
    LoadLists,
    Save(Box<SyncConfig>),
    Route(u16, Option<u16>),
    RetryParked,
    Resolve(i64, String),
    LoadDirectory(std::path::PathBuf),
}

/// Everything the screen shows, read in one go.
pub use crate::desk::lists::SyncSnapshot as Snapshot;

#[derive(Debug, Default)]
pub struct SyncState {
    pub(crate) snap: Snapshot,
    pub(crate) form: SyncConfig,
    pub(crate) urls: String,
    pub(crate) block: String,
    /// (field, message) for the settings form.
    pub(crate) problems: Vec<(&'static str, String)>,
    pub(crate) route_sc: String,
    pub(crate) route_police: String,
    pub(crate) notes: std::collections::BTreeMap<i64, String>,
    /// Said in the language in force, also after the language changes.
    pub(crate) error: Option<Said>,
    pub(crate) saved: bool,
    /// The plan file typed at the ministry, and how many offices the last
    /// load brought.
    pub(crate) plan_path: String,
    pub(crate) directory_loaded: Option<usize>,
}

/// A message already worded (the plan's own reason it was refused).
struct Worded(String);

impl crate::i18n::Localize for Worded {
    fn localize(&self) -> String {
        self.0.clone()
    }
}

impl SyncState {
    /// Handles the tab's own message for the person signed in (only
    /// administrators and supervisors see it); saved settings ask the root
    /// to start the engine again.
    pub fn update(&mut self, msg: Msg, role: Role) -> (Vec<Effect>, Option<super::Event>) {
        if !permits(Some(role), Act::Supervise) {
            return (vec![], None);
        }
        let event = matches!(msg, Msg::Saved(Ok(()))).then_some(super::Event::SyncRestart);
        (self.apply(msg), event)
    }

    fn apply(&mut self, msg: Msg) -> Vec<Effect> {
        if !matches!(msg, Msg::Loaded(_) | Msg::ListsLoaded(_)) {
            self.saved = false;
        }
        match msg {
            Msg::Loaded(Ok(s)) => {
                self.form = s.config.clone();
                self.urls = s.config.urls.join(", ");
                self.block = s.config.number_block.to_string();
                self.snap = *s;
            }
            Msg::ListsLoaded(Ok(s)) => {
                let s = *s;
                self.snap.routes = s.routes;
                self.snap.waiting = s.waiting;
                self.snap.parked = s.parked;
                self.snap.quarantine = s.quarantine;
                self.snap.conflicts = s.conflicts;
            }
            Msg::Loaded(Err(e)) | Msg::ListsLoaded(Err(e)) | Msg::Done(Err(e)) => {
                self.error = Some(e)
            }
            Msg::Enabled(b) => self.form.enabled = b,
            Msg::Field(f, v) => match f {
                "urls" => self.urls = v,
                "user" => self.form.user = v,
                "password" => self.form.password = v,
                "nkey_seed" => self.form.nkey_seed = v,
                "client_cert" => self.form.client_cert = v,
                "client_key" => self.form.client_key = v,
                "ca" => self.form.ca = v,
                "workstation" => self.form.workstation = v.trim().to_string(),
                "number_block" => self.block = v,
                "status_secret" => self.form.status_secret = v.trim().to_string(),
                _ => {}
            },
            Msg::Save => {
                let mut cfg = self.form.clone();
                cfg.urls = self
                    .urls
                    .split([',', ' ', ';'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect();
                self.problems.clear();
                match self.block.trim().parse::<u8>() {
                    Ok(b) if b <= 9 => cfg.number_block = b,
                    _ => self
                        .problems
                        .push(("number_block", t!("sync-problem-block"))),
                }
                for (field, p) in cfg.problems() {
                    self.problems.push((field, dynamic(p.key())));
                }
                if self.problems.is_empty() {
                    return vec![Effect::Save(Box::new(cfg))];
                }
            }
            Msg::Saved(Ok(())) => {
                self.saved = true;
                self.error = None;
                return vec![Effect::Load];
            }
            Msg::Saved(Err(e)) => self.error = Some(e),
            Msg::RouteSc(s) => self.route_sc = s,
            Msg::RoutePolice(s) => self.route_police = s,
            Msg::AddRoute => {
                let code = |s: &str| {
                    s.trim()
                        .parse::<u16>()
                        .ok()
                        .filter(|c| (1..=9999).contains(c))
                };
                match (code(&self.route_sc), code(&self.route_police)) {
                    (Some(sc), Some(p)) => {
                        self.error = None;
                        return vec![Effect::Route(sc, Some(p))];
                    }
                    _ => self.error = Some(Said::key("store-conflict-route-invalid")),
                }
            }
            Msg::RemoveRoute(sc) => return vec![Effect::Route(sc, None)],
            Msg::RetryParked => return vec![Effect::RetryParked],
            Msg::Note(id, s) => {
                self.notes.insert(id, s);
            }
            Msg::Resolve(id) => {
                let note = self.notes.get(&id).cloned().unwrap_or_default();
                return vec![Effect::Resolve(id, note)];
            }
            Msg::DirectoryPath(s) => self.plan_path = s,
            Msg::LoadDirectory => {
                let path = self.plan_path.trim();
                if path.is_empty() {
                    self.error = Some(Said::key("sync-directory-no-file"));
                } else {
                    self.error = None;
                    self.directory_loaded = None;
                    return vec![Effect::LoadDirectory(path.into())];
                }
            }
            Msg::DirectoryLoaded(Ok(n)) => {
                self.error = None;
                self.directory_loaded = Some(n);
                return vec![Effect::Load];
            }
            Msg::DirectoryLoaded(Err(e)) => self.error = Some(e),
            Msg::Done(Ok(())) => {
                self.error = None;
                self.route_sc.clear();
                self.route_police.clear();
                return vec![Effect::Load];
            }
        }
        vec![]
    }

    fn problem(&self, field: &str) -> Option<&String> {
        self.problems
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m)
    }

    pub fn view(&self, role: Role) -> Element<'_, Msg> {
        let admin = permits(Some(role), Act::Administer);
        let mut col = column![].spacing(10);
        if admin {
            col = col.push(text(t!("sync-settings")).size(crate::ui::theme::HEADING));
            col = col.push(
                checkbox(self.form.enabled)
                    .label(t!("sync-enabled"))
                    .on_toggle(Msg::Enabled),
            );
            let field = |label: String, id: &'static str, value: &str, secure: bool| {
                let input = text_input(&label, value)
                    .id(format!("sync.{id}"))
                    .secure(secure)
                    .on_input(move |v| Msg::Field(id, v))
                    .width(Length::Fixed(420.0));
                let mut c = column![row![text(label).width(Length::Fixed(260.0)), input]
                    .spacing(super::theme::ROW_GAP)];
                if let Some(m) = self.problem(id) {
                    c = c.push(text(m.clone()).color(level_color(Level::Breach)));
                }
                c
            };
            col = col
                .push(field(t!("sync-urls"), "urls", &self.urls, false))
                .push(field(t!("sync-user"), "user", &self.form.user, false))
                .push(field(
                    t!("sync-password"),
                    "password",
                    &self.form.password,
                    true,
                ))
                .push(field(
                    t!("sync-nkey"),
                    "nkey_seed",
                    &self.form.nkey_seed,
                    true,
                ))
                .push(field(
                    t!("sync-cert"),
                    "client_cert",
                    &self.form.client_cert,
                    false,
                ))
                .push(field(
                    t!("sync-key"),
                    "client_key",
                    &self.form.client_key,
                    false,
                ))
                .push(field(t!("sync-ca"), "ca", &self.form.ca, false))
                .push(field(
                    t!("sync-workstation"),
                    "workstation",
                    &self.form.workstation,
                    false,
                ))
                .push(field(t!("sync-block"), "number_block", &self.block, false))
                .push(field(
                    t!("sync-status-secret"),
                    "status_secret",
                    &self.form.status_secret,
                    true,
                ))
                .push(button(text(t!("sync-save"))).on_press(Msg::Save));
            if self.saved {
                col = col.push(text(t!("sync-saved")));
            }
            if let Some(count) = self.snap.directory {
                // The ministry: no routes (it writes nothing), the office
                // directory its national report groups by.
                col = col.push(text(t!("sync-ministry-reads")));
                col = col.push(text(t!("ui-sync-directory")).size(crate::ui::theme::HEADING));
                col = col.push(text(t!("sync-directory-count", count = count)));
                col = col.push(
                    row![
                        text_input(&t!("ui-sync-directory"), &self.plan_path)
                            .id("sync.plan")
                            .on_input(Msg::DirectoryPath)
                            .on_submit(Msg::LoadDirectory)
                            .width(Length::Fixed(420.0)),
                        button(text(t!("ui-sync-directory-load"))).on_press(Msg::LoadDirectory),
                    ]
                    .spacing(super::theme::ROW_GAP),
                );
                if let Some(n) = self.directory_loaded {
                    col = col.push(text(t!("sync-directory-loaded", count = n)));
                }
            } else {
                col = self.routes_view(col);
            }
        }
        if let Some(e) = &self.error {
            col = col.push(text(e.text()).color(level_color(Level::Breach)));
        }
        let settings = col;
        let col = self.lists_view(role);
        let lists = scrollable(col.padding(iced::Padding::ZERO.right(16)))
            .width(Length::Fill)
            .height(Length::Fill);
        if admin {
            row![
                scrollable(settings.padding(iced::Padding::ZERO.right(16)))
                    .width(Length::FillPortion(1))
                    .height(Length::Fill),
                container(lists).width(Length::FillPortion(1)),
            ]
            .spacing(24)
            .into()
        } else {
            column![settings, lists].spacing(10).into()
        }
    }

    /// The routes (which police office reviews a department's cases).
    fn routes_view<'a>(
        &'a self,
        mut col: iced::widget::Column<'a, Msg>,
    ) -> iced::widget::Column<'a, Msg> {
        col = col.push(text(t!("sync-routes")).size(crate::ui::theme::HEADING));
        for (sc, p) in &self.snap.routes {
            col = col.push(
                row![
                    text(t!("sync-route", sc = sc, police = p)),
                    button(text(t!("sync-route-remove"))).on_press(Msg::RemoveRoute(*sc)),
                ]
                .spacing(super::theme::ROW_GAP),
            );
        }
        col = col.push(
            row![
                text_input(&t!("sync-route-sc"), &self.route_sc)
                    .id("sync.route_sc")
                    .on_input(Msg::RouteSc)
                    .width(Length::Fixed(160.0)),
                text_input(&t!("sync-route-police"), &self.route_police)
                    .id("sync.route_police")
                    .on_input(Msg::RoutePolice)
                    .width(Length::Fixed(160.0)),
                button(text(t!("sync-route-add"))).on_press(Msg::AddRoute),
            ]
            .spacing(super::theme::ROW_GAP),
        );
        col
    }

    /// What waits to be sent, what is parked or quarantined (with what
    /// the bounds dropped), and the conflicts to settle.
    fn lists_view(&self, role: Role) -> iced::widget::Column<'_, Msg> {
        let mut col = column![].spacing(super::theme::ROW_GAP);
        col = col.push(
            text(t!("sync-waiting-title", n = self.snap.waiting.len()))
                .size(crate::ui::theme::HEADING),
        );
        for w in &self.snap.waiting {
            let state = if w.published_at.is_some() {
                t!("sync-no-receipt")
            } else {
                t!("sync-not-sent")
            };
            col = col.push(text(t!(
                "sync-waiting-row",
                number = w.case_number.as_str(),
                event = dynamic(&format!("event-{}", w.event_type)),
                office = w.destination,
                state = state,
                attempts = w.attempts,
                error = w.last_error.clone().unwrap_or_default()
            )));
        }
        col = col.push(
            text(t!("sync-parked-title", n = self.snap.parked.len()))
                .size(crate::ui::theme::HEADING),
        );
        for p in &self.snap.parked {
            col = col.push(text(t!(
                "sync-parked-row",
                number = p.case_number.as_str(),
                seq = p.seq,
                office = p.origin_office,
                error = p.error.as_str()
            )));
        }
        col = col.push(
            text(t!("sync-quarantine-title", n = self.snap.quarantine.len()))
                .size(crate::ui::theme::HEADING),
        );
        {
            use crate::desk::types::limits;
            let c = &self.snap.counts;
            let mib = |b: i64| format!("{:.1}", b as f64 / (1024.0 * 1024.0));
            let level = if c.dropped > 0 {
                crate::domain::visit::Level::Warning
            } else {
                crate::domain::visit::Level::Normal
            };
            col = col.push(
                text(t!(
                    "sync-quarantine-bounds",
                    kept = mib(c.quarantine_bytes),
                    quota = mib(limits::QUARANTINE_BYTES_TOTAL),
                    per_office = mib(limits::QUARANTINE_BYTES_PER_ORIGIN),
                    dropped = c.dropped,
                    expired = c.expired,
                    days = limits::QUARANTINE_DAYS
                ))
                .size(super::theme::LINE)
                .color(super::theme::level_color(level)),
            );
        }
        for q in &self.snap.quarantine {
            col = col.push(text(t!(
                "sync-quarantine-row",
                subject = q.subject.as_str(),
                reason = q.reason.as_str(),
                at = q.received_at.format("%d.%m.%Y %H:%M").to_string()
            )));
        }
        if !self.snap.parked.is_empty() || !self.snap.quarantine.is_empty() {
            col = col.push(button(text(t!("sync-retry"))).on_press(Msg::RetryParked));
        }
        col = col.push(
            text(t!("sync-conflicts-title", n = self.snap.conflicts.len()))
                .size(crate::ui::theme::HEADING),
        );
        for c in &self.snap.conflicts {
            let line = text(t!(
                "sync-conflict-row",
                number = c.case_number.as_str(),
                seq = c.seq,
                local = dynamic(&format!("event-{}", c.local_event)),
                remote = dynamic(&format!("event-{}", c.remote_event)),
                office = c.remote_office
            ));
            let mut r = row![line].spacing(super::theme::ROW_GAP);
            match (&c.resolved_by, permits(Some(role), Act::Settle)) {
                (Some(by), _) => {
                    r = r.push(text(t!(
                        "sync-conflict-resolved",
                        by = by.as_str(),
                        note = c.note.clone().unwrap_or_default()
                    )))
                }
                (None, true) => {
                    r = r
                        .push(
                            text_input(
                                &t!("sync-conflict-note"),
                                self.notes.get(&c.id).map(String::as_str).unwrap_or(""),
                            )
                            .id(format!("sync.note.{}", c.id))
                            .on_input(move |s| Msg::Note(c.id, s))
                            .width(Length::Fixed(300.0)),
                        )
                        .push(
                            button(text(t!("sync-conflict-resolve"))).on_press(Msg::Resolve(c.id)),
                        )
                }
                (None, false) => {}
            }
            col = col.push(r);
        }
        col
    }
}

pub fn run(st: &mut Store, user: &User, e: Effect, now: Now) -> Msg {
    let who = Who::user(user);
    let shown = |r: crate::desk::Result<()>| r.map_err(Said::of);
    match e {
        Effect::Load => Msg::Loaded(load(st).map(Box::new).map_err(Said::of)),
        Effect::LoadLists => Msg::ListsLoaded(load(st).map(Box::new).map_err(Said::of)),
        Effect::Save(cfg) => Msg::Saved(shown(admin::configure_sync(st, &who, &cfg, now))),
        Effect::Route(sc, p) => Msg::Done(shown(admin::set_route(st, &who, sc, p, now))),
        Effect::RetryParked => Msg::Done(shown(admin::retry_parked(st, &who, now).map(|_| ()))),
        Effect::Resolve(id, note) => {
            Msg::Done(shown(admin::resolve_conflict(st, &who, id, &note, now)))
        }
        Effect::LoadDirectory(path) => Msg::DirectoryLoaded(
            std::fs::read_to_string(&path)
                .map_err(|e| t!("sync-directory-bad", error = e.to_string()))
                .and_then(|text| crate::desk::hub::load_directory(st, &who, &text, now))
                .map_err(|e| Said::of(Worded(e))),
        ),
    }
}

fn load(st: &Store) -> crate::desk::Result<Snapshot> {
    crate::desk::lists::sync_snapshot(st)
}

/// The status line: always on screen once the store is open.
/// How long a sync error stays on the status line of a connected
/// workstation while events wait.
pub const RECENT_ERROR_SECS: i64 = 60;

pub fn status_line(
    configured: bool,
    status: Option<&SyncStatus>,
    counts: &SyncCounts,
    now: NaiveDateTime,
) -> (String, Level) {
    let oldest = counts
        .oldest_waiting
        .map(|t| (now - t).num_minutes().max(0))
        .unwrap_or(0);
    // Only what there is: nothing waiting has no age.
    let waiting = match (counts.waiting, counts.unreceipted) {
        (0, 0) => String::new(),
        (0, u) => t!("sync-status-unreceipted", unreceipted = u),
        (n, u) => t!(
            "sync-status-waiting",
            n = n,
            minutes = oldest,
            unreceipted = u
        ),
    };
    let mut issues = String::new();
    if counts.parked + counts.quarantined + counts.conflicts > 0 {
        issues = t!(
            "sync-status-issues",
            parked = counts.parked,
            quarantined = counts.quarantined,
            conflicts = counts.conflicts
        );
    }
    // Written by a newer program: this workstation needs its upgrade.
    if counts.awaiting_update > 0 {
        issues = format!(
            "{issues} {}",
            t!("sync-status-awaiting-update", n = counts.awaiting_update)
        )
        .trim()
        .to_string();
    }
    if !configured {
        return (
            format!("{} {issues}", t!("sync-status-off", waiting = waiting))
                .trim()
                .to_string(),
            if issues.is_empty() {
                Level::Normal
            } else {
                Level::Warning
            },
        );
    }
    let Some(s) = status else {
        return (
            t!("sync-status-starting", waiting = waiting),
            Level::Warning,
        );
    };
    if let Some(b) = &s.blocked {
        let (key, reason) = match b {
            Blocked::Permission(r) => ("sync-blocked-permission", r),
            Blocked::Authorization(r) => ("sync-blocked-authorization", r),
            Blocked::Consumer(r) => ("sync-blocked-consumer", r),
            Blocked::Stuck(r) => ("sync-blocked-stuck", r),
        };
        return (
            format!("{} — {} {}", dynamic(key), reason, waiting),
            Level::Breach,
        );
    }
    let err = s
        .last_error
        .as_deref()
        .map(|e| t!("sync-status-last-error", error = e))
        .unwrap_or_default();
    // Connected, but the hub has not taken what waits (a cluster electing
    // a new leader, say): the error stays in view until the outbox drains.
    let troubled = counts.waiting > 0
        && s.last_error_at
            .is_some_and(|t| (now - t) < chrono::Duration::seconds(RECENT_ERROR_SECS));
    // Which server of the hub (a cluster's member) answers.
    let online = match &s.server {
        Some(server) => format!(
            "{} {}",
            t!("sync-status-online"),
            t!("sync-status-server", server = server.as_str())
        ),
        None => t!("sync-status-online"),
    };
    match s.link {
        Link::Online if troubled => (format!("{online} {waiting} {issues} {err}"), Level::Warning),
        Link::Online => (
            format!("{online} {waiting} {issues}"),
            if issues.is_empty() {
                Level::Normal
            } else {
                Level::Warning
            },
        ),
        Link::NotConfigured => (
            format!("{} {issues}", t!("sync-status-off", waiting = waiting)),
            Level::Normal,
        ),
        Link::Connecting | Link::Offline => (
            format!("{} {waiting} {issues} {err}", t!("sync-status-offline")),
            Level::Warning,
        ),
    }
}
