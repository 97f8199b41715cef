//! The iced desktop application.
//!
//! `update` is pure: it changes the state and returns `Effect`s — the
//! database and PDF work to do. The iced program runs each effect on
//! tokio's blocking pool (never on the UI thread) and feeds its result back
//! as a message; tests run the same effects synchronously (`App::settle`),
//! so a whole flow can be driven without a window or real waiting.

mod app_effects;
mod app_keys;
mod app_update;
mod app_view;

pub mod about;
pub mod actions;
pub mod cases;
pub mod complaints;
pub mod confirm;
pub mod focus;
pub mod home_visits;
pub mod intake;
pub mod login;
pub mod queue;
pub mod reports;
pub mod setup;
pub mod status;
pub mod sync;
pub mod theme;
pub mod users;

use self::theme::button;
use crate::desk::types::{
    FileKind, LoginOutcome, NewUser, Office, Store, SyncCounts, SyncHandle, SyncStatus, User,
};
use crate::desk::workstation;
use crate::desk::{Clock, Now};
use crate::domain::access::{permits, Act, Role};
use crate::domain::OfficeKind;
use crate::i18n::{self, Localize, UiLang};
use crate::t;
use chrono::NaiveDateTime;
use iced::widget::{container, row, text};
use iced::{Element, Length, Subscription, Task};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

pub use cases::CasesState;
pub use login::LoginState;
pub use queue::QueueState;
pub use setup::SetupState;

/// The local store, shared with the blocking pool.
pub type Shared = Arc<Mutex<Store>>;

/// An open store with what the window reads from it at once: the office,
/// the language chosen on this workstation, and the clock.
pub type Opened = (Shared, Option<Office>, Option<UiLang>, Clock);

/// What the window needs of a store just opened (forms a crash left in
/// the spool are removed first).
fn opened(st: Store) -> Result<Opened, String> {
    let seen = workstation::open_window(&st);
    let office = seen.office;
    let lang = seen.ui_lang.as_deref().and_then(UiLang::parse);
    let clock = Clock::new(seen.zone.as_deref()).map_err(|e| {
        tracing::error!(error = %e, "clock settings");
        e.localize()
    })?;
    Ok((Arc::new(Mutex::new(st)), office, lang, clock))
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The data directory was looked at: whether a store is there (the
    /// first start sets one up; otherwise a sign-in opens it).
    Found(Result<(PathBuf, FileKind), String>),
    /// A sign-in or the first start opened the store (or could not): the
    /// store, then what the screen that asked is told.
    Unlocked(Result<Opened, String>, Box<Message>),
    /// A background task failed without an answer (it panicked): the
    /// action failed, the person stays signed in.
    TaskFailed(String),
    /// The window's close button: save what waits, then leave.
    CloseRequested,
    /// The window's size changed (logical pixels at the scale in force).
    Resized(iced::Size),
    Language(UiLang),
    Setup(setup::Msg),
    Login(login::Msg),
    Queue(queue::Msg),
    Cases(cases::Msg),
    Intake(intake::Msg),
    Users(users::Msg),
    Complaints(complaints::Msg),
    HomeVisits(home_visits::Msg),
    Reports(reports::Msg),
    Status(status::Msg),
    Sync(sync::Msg),
    /// Every two seconds while the store is open: refresh the status line.
    SyncTick,
    /// The status line's figures: configured, counts, the engine's status.
    SyncPolled(bool, SyncCounts, Option<SyncStatus>),
    Tab(Tab),
    /// Open (true) or close the About page.
    About(bool),
    Logout,
    /// The clock, once a second while a timer runs.
    Tick(NaiveDateTime),
    /// A key no widget took: shortcuts, Tab, and the barcode scanner.
    Key(iced::keyboard::Event),
}

/// Widget operations (focus) for the window; tests have no window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UiOp {
    FocusNext,
    FocusPrevious,
    Focus(&'static str),
    /// A field by its id made at run time (an intake row's path).
    FocusField(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Queue,
    Intake,
    Cases,
    Users,
    Complaints,
    HomeVisits,
    Reports,
    Sync,
    /// The contact centre's status lookup (operators).
    Status,
}

impl Tab {
    /// The tab's name in the bar.
    pub fn label(self) -> String {
        match self {
            Tab::Queue => t!("ui-nav-queue"),
            Tab::Intake => t!("ui-nav-intake"),
            Tab::Cases => t!("ui-nav-cases"),
            Tab::Users => t!("ui-nav-users"),
            Tab::Complaints => t!("ui-nav-complaints"),
            Tab::HomeVisits => t!("ui-nav-home-visits"),
            Tab::Reports => t!("ui-nav-reports"),
            Tab::Sync => t!("ui-nav-sync"),
            Tab::Status => t!("ui-nav-status"),
        }
    }

    /// The tabs a role sees at an office of `kind` (None: not known yet):
    /// at a contact centre, which holds no case, only those that are not
    /// about cases (the operator's lookup, the administrator's users and
    /// hub settings); at the ministry, the national report, the users and
    /// the hub settings.
    pub fn at(role: Option<Role>, kind: Option<crate::domain::OfficeKind>) -> Vec<Tab> {
        let tabs = Tab::for_role(role);
        match kind {
            None | Some(OfficeKind::StateCorporation | OfficeKind::MigrationPolice) => tabs,
            Some(OfficeKind::ContactCentre) => tabs
                .into_iter()
                .filter(|t| matches!(t, Tab::Status | Tab::Users | Tab::Sync))
                .collect(),
            Some(OfficeKind::Ministry) => tabs
                .into_iter()
                .filter(|t| matches!(t, Tab::Reports | Tab::Users | Tab::Sync))
                .collect(),
        }
    }

    /// The tabs a role sees, in the bar's order (Ctrl+1 … Ctrl+7).
    pub fn for_role(role: Option<Role>) -> Vec<Tab> {
        // No one signed in sees only what anyone may.
        let may = |act| role.is_some_and(|r| permits(Some(r), act));
        // The contact centre's operator answers callers and nothing else.
        if may(Act::LookUpStatus) {
            return vec![Tab::Status];
        }
        // The ministry's analyst reads the national report and nothing else.
        if may(Act::NationalReport) && !may(Act::Supervise) {
            return vec![Tab::Reports];
        }
        let mut v = vec![Tab::Queue];
        if role.is_none() || may(Act::OpenCase) {
            v.push(Tab::Intake);
        }
        v.push(Tab::Cases);
        if may(Act::ManageUsers) {
            v.push(Tab::Users);
        }
        v.extend([Tab::Complaints, Tab::HomeVisits]);
        if may(Act::Supervise) {
            v.extend([Tab::Reports, Tab::Sync]);
        }
        v
    }
}

/// Work for the blocking pool: every effect reads or writes the store.
#[derive(Debug, Clone)]
pub enum Effect {
    Setup(setup::Effect),
    Login(login::Effect),
    Queue(queue::Effect),
    Cases(cases::Effect),
    Intake(intake::Effect),
    Users(users::Effect),
    Complaints(complaints::Effect),
    HomeVisits(home_visits::Effect),
    Reports(reports::Effect),
    Status(status::Effect),
    Sync(sync::Effect),
    /// Read the sync figures for the status line.
    SyncPoll,
    /// (Re)start the sync engine with the stored settings (window only).
    SyncRestart,
    /// Remember the interface language on this workstation.
    SaveLanguage(UiLang),
    /// Remove the printed forms waiting in the spool (sign-out, close).
    ClearForms,
    Ui(UiOp),
}

// One screen value lives in the app at a time; boxing would only add
// indirection.
#[allow(clippy::large_enum_variant)]
pub enum Screen {
    Loading,
    Failed(String),
    Setup(SetupState),
    Login(LoginState),
    Main {
        user: User,
        tab: Tab,
        queue: QueueState,
        cases: CasesState,
        intake: intake::IntakeState,
        users: users::UsersState,
        complaints: complaints::ComplaintsState,
        home_visits: home_visits::HomeVisitsState,
        sync: sync::SyncState,
        reports: reports::ReportsState,
        status: status::StatusState,
    },
}

/// Minutes without input before the screen locks.
pub use crate::desk::admin::IDLE_MINUTES;

/// What a screen tells the root after it handled its own message. The
/// root acts on these and never looks inside a screen's messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The person chose the interface language.
    Language(UiLang),
    /// The workstation's idle lock changed (or was read).
    IdleMinutes(i64),
    /// Enter in a field: on to the next one.
    FocusNext,
    /// The sync settings changed: the engine starts again with them.
    SyncRestart,
    /// A screen asks to confirm an act: the fields let go of the keyboard
    /// (Enter confirms, Esc goes back).
    Confirming,
    /// Show this case's page (the Cases tab).
    OpenCase(crate::domain::case::CaseNumber),
    /// The counter's queue changed elsewhere (a visit ended with its
    /// intake): load it again.
    QueueChanged,
    /// Put the keyboard in this field (by its id).
    FocusField(String),
    /// The first start set the workstation up: the sign-in follows.
    SetUp(Box<Office>),
    /// Someone signed in (on the sign-in screen or to unlock).
    SignedIn(Box<User>),
}

/// What every screen's `update` answers: the work it asks for (run by the
/// root as the user signed in when it was made), and what it tells the
/// root.
pub type Answer<E> = (Vec<E>, Option<Event>);

pub struct App {
    /// Digits typed outside any field: a barcode/QR scanner is a keyboard
    /// that types the case number and Enter.
    pub scan: String,
    /// How much the whole window is enlarged: 1 up to 1280×720, more on a
    /// larger screen (1.5 at 1920×1080), so that type and controls grow
    /// with the window instead of leaving it empty.
    pub scale: f32,
    /// Focus moves asked for while settling (tests look at them).
    pub ui_ops: Vec<UiOp>,
    /// The screen lock after an idle period: the work stays behind it.
    pub lock: Option<LoginState>,
    pub last_input: NaiveDateTime,
    pub idle_minutes: i64,
    /// `--ui-lang` was given: it wins over the remembered language.
    pub lang_from_cli: bool,
    pub lang: UiLang,
    pub store: Option<Shared>,
    pub office: Option<Office>,
    pub screen: Screen,
    /// UTC, for timers and the audit trail; business dates come from
    /// `clock` (the office's time zone).
    pub now: NaiveDateTime,
    pub clock: Clock,
    /// A failed background task, shown until the next input.
    pub task_error: Option<String>,
    /// The status line: whether sync is on, the outbox/inbox figures, and
    /// the engine's own status.
    pub sync_on: bool,
    pub sync_counts: SyncCounts,
    pub sync_status: Option<SyncStatus>,
    /// The running sync engine (the window starts it; tests do not).
    pub sync_engine: Arc<Mutex<Option<SyncHandle>>>,
    /// The data directory, once looked at (the first sign-in or the first
    /// start opens the store there; the About page names it).
    pub data_dir: Option<PathBuf>,
    /// The About page is open over the screen.
    pub about: bool,
}

impl App {
    /// The one constructor: a window with nothing opened yet, at `now`.
    fn blank(now: NaiveDateTime) -> App {
        App {
            scan: String::new(),
            ui_ops: Vec::new(),
            scale: 1.0,
            lock: None,
            last_input: now,
            idle_minutes: IDLE_MINUTES,
            lang_from_cli: false,
            lang: i18n::current(),
            store: None,
            office: None,
            screen: Screen::Loading,
            now,
            clock: Clock::default(),
            task_error: None,
            sync_on: false,
            sync_counts: Default::default(),
            sync_status: None,
            sync_engine: Arc::new(Mutex::new(None)),
            data_dir: None,
            about: false,
        }
    }

    /// An application on an open store (tests and benches): the window
    /// as it stands once the store is found, at its sign-in or, on a
    /// store not set up, its first start.
    pub fn with_store(store: Store, now: NaiveDateTime) -> App {
        let mut app = App::blank(now);
        app.office = store.self_office().ok();
        let zone = store.setting(crate::clock::ZONE_SETTING).ok().flatten();
        app.clock = Clock::new(zone.as_deref()).unwrap_or_default();
        app.data_dir = store.path().parent().map(Path::to_path_buf);
        app.screen = match &app.office {
            Some(_) => Screen::Login(LoginState::default()),
            None => Screen::Setup(SetupState::default()),
        };
        app.store = Some(Arc::new(Mutex::new(store)));
        app
    }

    /// The window's start: nothing is opened before a sign-in; the data
    /// directory is only looked at (is a store there?).
    pub fn boot(data_dir: Option<PathBuf>) -> (App, Task<Message>) {
        let app = App::blank(crate::clock::utc_now());
        let task = Task::perform(
            async move {
                tokio::task::spawn_blocking(move || App::find(data_dir.as_deref()))
                    .await
                    .map_err(|e| e.to_string())
                    .and_then(|r| r)
            },
            Message::Found,
        );
        (app, task)
    }

    /// The data directory and what is in it (tests call this directly).
    pub fn find(data_dir: Option<&Path>) -> Result<(PathBuf, FileKind), String> {
        let dir = workstation::data_dir(data_dir).map_err(|e| e.localize())?;
        let kind = workstation::look_at(&dir).map_err(|e| e.localize())?;
        Ok((dir, kind))
    }

    /// Saves at once the draft that waits for a pause.
    fn flush_draft(&mut self) -> Vec<Effect> {
        match &mut self.screen {
            Screen::Main { intake, .. } => intake.flush().into_iter().map(Effect::Intake).collect(),
            _ => vec![],
        }
    }

    /// The office's date and the UTC time of `self.now`.
    pub fn at(&self) -> Now {
        self.clock.at(self.now)
    }

    fn user(&self) -> Option<&User> {
        match &self.screen {
            Screen::Main { user, .. } => Some(user),
            _ => None,
        }
    }
}

pub use app_view::{run, t_role, window_icon, APP_ID};
