//! The iced desktop application.
//!
//! `update` is pure: it changes the state and returns `Effect`s — the
//! database and PDF work to do. The iced program runs each effect on
//! tokio's blocking pool (never on the UI thread) and feeds its result back
//! as a message; tests run the same effects synchronously (`App::settle`),
//! so a whole flow can be driven without a window or real waiting.

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
use crate::i18n::{self, Localize, UiLang};
use crate::t;
use chrono::NaiveDateTime;
use iced::widget::{column, container, row, text, Space};
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
}

impl Tab {
    /// The tabs a role sees, in the bar's order (Ctrl+1 … Ctrl+7).
    pub fn for_role(role: Option<Role>) -> Vec<Tab> {
        // No one signed in sees only what anyone may.
        let may = |act| role.is_some_and(|r| permits(Some(r), act));
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
}

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
    /// An application on an open store (tests and the boot path).
    pub fn with_store(store: Store, now: NaiveDateTime) -> App {
        let office = store.self_office().ok();
        let zone = store.setting(crate::clock::ZONE_SETTING).ok().flatten();
        let clock = Clock::new(zone.as_deref()).unwrap_or_default();
        let data_dir = store.path().parent().map(Path::to_path_buf);
        let screen = match &office {
            Some(_) => Screen::Login(LoginState::default()),
            None => Screen::Setup(SetupState::default()),
        };
        App {
            scan: String::new(),
            ui_ops: Vec::new(),
            scale: 1.0,
            lock: None,
            last_input: now,
            idle_minutes: IDLE_MINUTES,
            lang_from_cli: false,
            lang: i18n::current(),
            store: Some(Arc::new(Mutex::new(store))),
            office,
            screen,
            now,
            clock,
            task_error: None,
            sync_on: false,
            sync_counts: Default::default(),
            sync_status: None,
            sync_engine: Arc::new(Mutex::new(None)),
            data_dir,
            about: false,
        }
    }

    /// The window's start: nothing is opened before a sign-in; the data
    /// directory is only looked at (is a store there?).
    pub fn boot(data_dir: Option<PathBuf>) -> (App, Task<Message>) {
        let now = crate::clock::utc_now();
        let app = App {
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
        };
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

    /// Runs a sign-in or the first start while no store is open: they open
    /// it in `dir` (on the blocking pool in the app, directly in tests).
    pub fn run_closed(dir: &Path, effect: Effect, now: Now) -> Option<Message> {
        match effect {
            Effect::Login(login::Effect::Check { login, password }) => Some(
                match crate::desk::session::sign_in(dir, &login, &password.0, now.utc) {
                    Ok(crate::desk::session::SignIn::Open(st, user)) => Message::Unlocked(
                        opened(*st),
                        Box::new(Message::Login(login::Msg::Checked(Ok(LoginOutcome::Ok(
                            user,
                        ))))),
                    ),
                    Ok(crate::desk::session::SignIn::Refused(o)) => {
                        Message::Login(login::Msg::Checked(Ok(o)))
                    }
                    Err(e) => Message::Login(login::Msg::Checked(Err(e.localize()))),
                },
            ),
            Effect::Setup(setup::Effect::Create {
                office,
                login,
                full_name,
                password,
            }) => {
                let admin = NewUser {
                    login,
                    full_name,
                    role: Role::Administrator,
                    password: password.0,
                };
                Some(
                    match crate::desk::admin::create_store(dir, office.clone(), admin, now) {
                        Ok((st, _)) => Message::Unlocked(
                            opened(st),
                            Box::new(Message::Setup(setup::Msg::Created(Ok(office)))),
                        ),
                        Err(e) => Message::Setup(setup::Msg::Created(Err(e.localize()))),
                    },
                )
            }
            // Nothing else runs before the store is open.
            _ => None,
        }
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

    /// The state change for one message, and the work it asks for.
    pub fn update(&mut self, message: Message) -> Vec<Effect> {
        let is_input = !matches!(
            message,
            Message::Tick(_)
                | Message::Found(_)
                | Message::SyncTick
                | Message::SyncPolled(..)
                | Message::TaskFailed(_)
                // A draft saved after a pause is not the clerk's input.
                | Message::Intake(intake::Msg::Saved(_))
                // Nor a background backup finishing.
                | Message::Users(users::Msg::BackupDone(_))
        );
        if is_input {
            self.task_error = None;
        }
        let message = match self.always(message) {
            Ok(effects) => return effects,
            Err(message) => *message,
        };
        if is_input {
            self.last_input = self.now;
        }
        // While locked only the unlock form and the clock get through (and
        // a backup's outcome, for the status line).
        let backup_done = matches!(message, Message::Users(users::Msg::BackupDone(_)));
        if self.lock.is_some() && !backup_done {
            return self.update_locked(message);
        }
        match message {
            Message::Found(Ok((dir, kind))) => self.found(dir, kind),
            Message::Found(Err(e)) | Message::Unlocked(Err(e), _) => {
                self.screen = Screen::Failed(e);
                vec![]
            }
            Message::Unlocked(Ok((store, office, lang, clock)), then) => {
                self.unlocked(store, office, lang, clock, *then)
            }
            Message::Language(lang) => {
                self.lang = lang;
                i18n::set_language(lang);
                vec![Effect::SaveLanguage(lang)]
            }
            Message::Tick(now) => self.tick(now),
            Message::Key(event) => self.key(event),
            Message::Setup(m) => self.setup_msg(m),
            Message::Login(m) => self.login_msg(m),
            Message::Tab(tab) => self.open_tab(tab),
            Message::Logout => {
                // The draft waiting for its save is saved first.
                let mut effects = self.flush_draft();
                self.screen = Screen::Login(LoginState::default());
                effects.push(Effect::ClearForms);
                effects.push(Effect::Ui(UiOp::Focus("login")));
                effects
            }
            Message::Queue(m) => self.queue_msg(m),
            Message::Cases(m) => self.cases_msg(m),
            Message::Complaints(m) => self.complaints_msg(m),
            Message::HomeVisits(m) => self.home_visits_msg(m),
            Message::Reports(m) => self.reports_msg(m),
            Message::Sync(m) => self.sync_msg(m),
            Message::Users(m) => self.users_msg(m),
            Message::Intake(m) => self.intake_msg(m),
            // Handled before the lock (`always`).
            Message::About(_)
            | Message::SyncTick
            | Message::SyncPolled(..)
            | Message::TaskFailed(_)
            | Message::CloseRequested
            | Message::Resized(_) => vec![],
        }
    }

    /// What happens locked or not, signed in or not: the status line, a
    /// failed task, the close, the About page, the window's size. `Err`
    /// gives the message back to the rest of `update`.
    fn always(&mut self, message: Message) -> Result<Vec<Effect>, Box<Message>> {
        match message {
            Message::SyncTick => {
                // The Sync tab's lists follow along while it is open.
                let open = matches!(&self.screen, Screen::Main { tab: Tab::Sync, .. })
                    && self.lock.is_none();
                let mut e = vec![Effect::SyncPoll];
                if open {
                    e.push(Effect::Sync(sync::Effect::LoadLists));
                }
                Ok(e)
            }
            Message::SyncPolled(on, counts, status) => {
                self.sync_on = on;
                self.sync_counts = counts;
                self.sync_status = status;
                Ok(vec![])
            }
            Message::TaskFailed(e) => {
                self.task_error = Some(e);
                Ok(vec![])
            }
            // Whatever the clerk typed is saved before the window goes, and
            // the printed forms go with it.
            Message::CloseRequested => {
                let mut e = self.flush_draft();
                e.push(Effect::ClearForms);
                Ok(e)
            }
            // Locked or not, signed in or not: the About page shows no case.
            Message::About(open) => {
                self.about = open;
                // Enter or Space on Close, Esc, F1: back to the screen.
                Ok(if open {
                    vec![Effect::Ui(UiOp::Focus("about-close"))]
                } else {
                    vec![]
                })
            }
            Message::Key(iced::keyboard::Event::KeyPressed {
                key: iced::keyboard::Key::Named(named),
                modifiers,
                ..
            }) if (self.about && named == iced::keyboard::key::Named::Escape)
                || (named == iced::keyboard::key::Named::F1 && modifiers.is_empty()) =>
            {
                Ok(self.update(Message::About(!self.about)))
            }
            // Locked or not: the window grows or shrinks its contents.
            Message::Resized(size) => {
                self.scale = App::scale_for(size, self.scale);
                Ok(vec![])
            }
            other => Err(Box::new(other)),
        }
    }

    /// The data directory was looked at: the first start, or the sign-in.
    fn found(&mut self, dir: PathBuf, kind: FileKind) -> Vec<Effect> {
        let set_up = !matches!(kind, FileKind::Missing | FileKind::Empty);
        self.data_dir = Some(dir);
        self.screen = if set_up {
            Screen::Login(LoginState::default())
        } else {
            Screen::Setup(SetupState::default())
        };
        // The cursor waits in the first field: type at once.
        vec![Effect::Ui(UiOp::Focus(if set_up {
            "login"
        } else {
            "setup-office-code"
        }))]
    }

    /// The store opened by a sign-in or the first start; then what was asked.
    fn unlocked(
        &mut self,
        store: Shared,
        office: Option<Office>,
        lang: Option<UiLang>,
        clock: Clock,
        then: Message,
    ) -> Vec<Effect> {
        self.store = Some(store);
        self.clock = clock;
        // The language chosen on this workstation, unless given on
        // the command line.
        if let (Some(lang), false) = (lang, self.lang_from_cli) {
            self.lang = lang;
            i18n::set_language(lang);
        }
        self.office = office;
        let mut effects = self.update(then);
        effects.extend([Effect::SyncRestart, Effect::SyncPoll]);
        effects
    }

    /// The clock: a draft quiet for a moment saved, a new day, the daily backup, the idle lock.
    fn tick(&mut self, now: NaiveDateTime) -> Vec<Effect> {
        let new_day = self.clock.at(now).today != self.at().today;
        self.now = now;
        // A draft quiet for a moment is saved.
        let mut effects: Vec<Effect> = match &mut self.screen {
            Screen::Main { intake, .. } => {
                intake.tick(now).into_iter().map(Effect::Intake).collect()
            }
            _ => vec![],
        };
        // A new day: what may be done to the open case changes with
        // it (a direction lapses, storage ends).
        if let (true, Screen::Main { cases, .. }) = (new_day, &self.screen) {
            if let Some(c) = &cases.case {
                effects.push(Effect::Cases(cases::Effect::Open(c.record.summary.number)));
            }
        }
        // The daily backup, once the office's day has none.
        let at = self.at();
        if let Screen::Main { users, .. } = &mut self.screen {
            effects.extend(users.tick(at).into_iter().map(Effect::Users));
        }
        let idle = now - self.last_input >= chrono::Duration::minutes(self.idle_minutes);
        if idle && matches!(self.screen, Screen::Main { .. }) && self.lock.is_none() {
            self.lock = Some(LoginState::default());
            effects.push(Effect::Ui(UiOp::Focus("unlock-password")));
        }
        effects
    }

    /// The first start's form.
    fn setup_msg(&mut self, m: setup::Msg) -> Vec<Effect> {
        let Screen::Setup(s) = &mut self.screen else {
            return vec![];
        };
        match s.update(m) {
            setup::Outcome::Effect(e) => vec![Effect::Setup(e)],
            setup::Outcome::Done(office) => {
                self.office = Some(office);
                self.screen = Screen::Login(LoginState::default());
                vec![Effect::Ui(UiOp::Focus("login"))]
            }
            setup::Outcome::Event(e) => self.event(e),
            setup::Outcome::None => vec![],
        }
    }

    /// The sign-in form; signed in, the main screen with every tab loading.
    fn login_msg(&mut self, m: login::Msg) -> Vec<Effect> {
        let Screen::Login(s) = &mut self.screen else {
            return vec![];
        };
        match s.update(m, self.now) {
            login::Outcome::Effect(e) => vec![Effect::Login(e)],
            login::Outcome::LoggedIn(user) => {
                let tab = if user.role == Role::Clerk {
                    Tab::Queue
                } else {
                    Tab::Cases
                };
                let cases = CasesState::for_role(user.role);
                let first_list = cases.fetch();
                self.screen = Screen::Main {
                    user,
                    tab,
                    queue: QueueState::default(),
                    cases,
                    intake: intake::IntakeState::default(),
                    users: users::UsersState::default(),
                    complaints: complaints::ComplaintsState::default(),
                    home_visits: home_visits::HomeVisitsState::default(),
                    sync: sync::SyncState::default(),
                    reports: reports::ReportsState::default(),
                };
                vec![
                    Effect::Queue(queue::Effect::Load),
                    Effect::Cases(first_list),
                    // A draft left by a crash or a closed window comes back.
                    Effect::Intake(intake::Effect::Load),
                    Effect::Users(users::Effect::Load),
                    Effect::Complaints(complaints::Effect::Load),
                    Effect::HomeVisits(home_visits::Effect::Load),
                    Effect::Sync(sync::Effect::Load),
                ]
            }
            login::Outcome::None => vec![],
        }
    }

    /// A tab opened (a tab the role does not have is not).
    fn open_tab(&mut self, tab: Tab) -> Vec<Effect> {
        let today = self.at().today;
        let Screen::Main {
            tab: t,
            cases,
            intake,
            reports,
            user,
            ..
        } = &mut self.screen
        else {
            return vec![];
        };
        // A tab the role does not have is not opened (the bar
        // does not show it either).
        if !Tab::for_role(Some(user.role)).contains(&tab) {
            return vec![];
        }
        let mut opened: Vec<Effect> = vec![];
        if tab == Tab::Reports {
            opened = reports
                .open(today)
                .into_iter()
                .map(Effect::Reports)
                .collect();
        }
        // The Cases tab (or F4) on an open case goes back to the list.
        if tab == Tab::Cases && *t == Tab::Cases {
            cases.case = None;
        }
        *t = tab;
        match tab {
            Tab::Sync => vec![Effect::Sync(sync::Effect::LoadLists)],
            // The keyboard goes where the work of the tab starts.
            Tab::Cases if cases.case.is_none() => {
                vec![Effect::Ui(UiOp::Focus("case-search"))]
            }
            Tab::Reports => {
                opened.push(Effect::Ui(UiOp::Focus("report-from")));
                opened
            }
            Tab::Intake => intake
                .first_field_id()
                .map(|id| vec![Effect::Ui(UiOp::FocusField(id))])
                .unwrap_or_default(),
            _ => vec![],
        }
    }

    /// The queue's message; a question asked is a confirmation under way.
    fn queue_msg(&mut self, m: queue::Msg) -> Vec<Effect> {
        let now = self.now;
        let Screen::Main { queue, .. } = &mut self.screen else {
            return vec![];
        };
        let asked = queue.confirm_no_show;
        let mut e: Vec<Effect> = queue
            .update(m, now)
            .into_iter()
            .map(Effect::Queue)
            .collect();
        if !asked && queue.confirm_no_show {
            e.extend(self.event(Event::Confirming));
        }
        e
    }

    /// The Cases tab's message; a question asked is a confirmation under way.
    fn cases_msg(&mut self, m: cases::Msg) -> Vec<Effect> {
        let today = self.at().today;
        let Screen::Main { cases, .. } = &mut self.screen else {
            return vec![];
        };
        let asked = cases.actions.confirming.is_some();
        let mut e: Vec<Effect> = cases
            .update(m, today)
            .into_iter()
            .map(Effect::Cases)
            .collect();
        if !asked && cases.actions.confirming.is_some() {
            e.extend(self.event(Event::Confirming));
        }
        e
    }

    /// The complaints tab's message.
    fn complaints_msg(&mut self, m: complaints::Msg) -> Vec<Effect> {
        let Screen::Main { complaints, .. } = &mut self.screen else {
            return vec![];
        };
        complaints
            .update(m)
            .into_iter()
            .map(Effect::Complaints)
            .collect()
    }

    /// The home visits tab's message.
    fn home_visits_msg(&mut self, m: home_visits::Msg) -> Vec<Effect> {
        let Screen::Main { home_visits, .. } = &mut self.screen else {
            return vec![];
        };
        home_visits
            .update(m)
            .into_iter()
            .map(Effect::HomeVisits)
            .collect()
    }

    /// The reports tab's message.
    fn reports_msg(&mut self, m: reports::Msg) -> Vec<Effect> {
        let Screen::Main { reports, .. } = &mut self.screen else {
            return vec![];
        };
        reports.update(m).into_iter().map(Effect::Reports).collect()
    }

    /// The sync tab's message and the event it reports.
    fn sync_msg(&mut self, m: sync::Msg) -> Vec<Effect> {
        let Screen::Main { sync, user, .. } = &mut self.screen else {
            return vec![];
        };
        let (effects, event) = sync.update(m, user.role);
        let mut effects: Vec<Effect> = effects.into_iter().map(Effect::Sync).collect();
        if let Some(e) = event {
            effects.extend(self.event(e));
        }
        effects
    }

    /// The users and settings tab's message and the event it reports.
    fn users_msg(&mut self, m: users::Msg) -> Vec<Effect> {
        let now = self.at();
        let Screen::Main { users, user, .. } = &mut self.screen else {
            return vec![];
        };
        let (effects, event) = users.update(m, user.role, now);
        let mut effects: Vec<Effect> = effects.into_iter().map(Effect::Users).collect();
        if let Some(e) = event {
            effects.extend(self.event(e));
        }
        effects
    }

    /// The intake's message: accepting or refusing ends the visit served, so a limit it breached needs its reason with the confirmation.
    fn intake_msg(&mut self, m: intake::Msg) -> Vec<Effect> {
        let now = self.at();
        let Screen::Main { intake, queue, .. } = &mut self.screen else {
            return vec![];
        };
        // Accepting or refusing ends the visit served: a limit it
        // breached needs its reason with the confirmation.
        if matches!(m, intake::Msg::Accept | intake::Msg::Refuse) {
            intake.needs_reason = queue.unexplained(self.office.as_ref(), self.now);
        }
        let (effects, event) = intake.update(m, now);
        let mut effects: Vec<Effect> = effects.into_iter().map(Effect::Intake).collect();
        if let Some(e) = event {
            effects.extend(self.event(e));
        }
        effects
    }

    /// What the root does when a screen reports an event.
    fn event(&mut self, event: Event) -> Vec<Effect> {
        match event {
            Event::Language(lang) => self.update(Message::Language(lang)),
            Event::IdleMinutes(n) => {
                self.idle_minutes = n;
                vec![]
            }
            Event::FocusNext => vec![Effect::Ui(UiOp::FocusNext)],
            Event::SyncRestart => vec![Effect::SyncRestart, Effect::SyncPoll],
            // Focusing an id no widget has leaves no field focused.
            Event::Confirming => vec![Effect::Ui(UiOp::Focus("confirming"))],
            Event::QueueChanged => vec![Effect::Queue(queue::Effect::Load)],
            Event::FocusField(id) => vec![Effect::Ui(UiOp::FocusField(id))],
            Event::OpenCase(n) => {
                if let Screen::Main { tab, .. } = &mut self.screen {
                    *tab = Tab::Cases;
                }
                vec![
                    Effect::Cases(cases::Effect::Open(n)),
                    Effect::Cases(cases::Effect::Bodies),
                ]
            }
        }
    }

    fn update_locked(&mut self, message: Message) -> Vec<Effect> {
        let login = self.user().map(|u| u.login.clone()).unwrap_or_default();
        let Some(lock) = self.lock.as_mut() else {
            return vec![];
        };
        match message {
            Message::Tick(now) => {
                self.now = now;
                vec![]
            }

            Message::Language(lang) => {
                self.lang = lang;
                i18n::set_language(lang);
                vec![]
            }
            // The lock asks for the password of the user who is logged in.
            Message::Login(login::Msg::Login(_)) => vec![],
            Message::Login(m) => {
                lock.login = login.clone();
                match lock.update(m, self.now) {
                    login::Outcome::Effect(e) => vec![Effect::Login(e)],
                    login::Outcome::LoggedIn(user) if user.login == login => {
                        self.lock = None;
                        vec![]
                    }
                    _ => vec![],
                }
            }
            Message::Logout => {
                self.lock = None;
                self.screen = Screen::Login(LoginState::default());
                vec![Effect::ClearForms, Effect::Ui(UiOp::Focus("login"))]
            }
            _ => vec![],
        }
    }

    /// Keyboard first: Tab / Shift+Tab move between fields; F2 calls the
    /// next ticket, F3 issues one, F4 goes to the case search, F9 asks to
    /// accept and F10 to refuse the intake (Enter confirms, Esc goes back,
    /// as for every act that cannot be undone); digits and Enter typed
    /// outside any field
    /// (a scanner reading a form's QR code) open that case.
    fn key(&mut self, event: iced::keyboard::Event) -> Vec<Effect> {
        use iced::keyboard::{key::Named, Event, Key};
        let Event::KeyPressed { key, modifiers, .. } = event else {
            return vec![];
        };
        // Over the About page only Tab moves (Esc and F1 close it): no
        // shortcut acts on the screen it hides.
        if self.about || !matches!(self.screen, Screen::Main { .. }) {
            return match key {
                Key::Named(Named::Tab) if modifiers.shift() => {
                    vec![Effect::Ui(UiOp::FocusPrevious)]
                }
                Key::Named(Named::Tab) => vec![Effect::Ui(UiOp::FocusNext)],
                _ => vec![],
            };
        };
        // Ctrl+1 … Ctrl+7: the tabs, in the order the bar shows them;
        // Ctrl+N: a new row in the intake's list.
        if modifiers.control() {
            if let (
                Key::Character(c),
                Screen::Main {
                    tab: Tab::Intake, ..
                },
            ) = (&key, &self.screen)
            {
                if c.as_str().eq_ignore_ascii_case("n") {
                    return self.update(Message::Intake(intake::Msg::AddRow));
                }
            }
            if let Key::Character(c) = &key {
                let role = self.user().map(|u| u.role);
                let n = c.parse::<usize>().ok();
                let tabs = Tab::for_role(role);
                if let Some(t) = n.and_then(|n| n.checked_sub(1)).and_then(|i| tabs.get(i)) {
                    return self.update(Message::Tab(*t));
                }
            }
            return vec![];
        }
        let digit = match &key {
            Key::Character(c) if c.len() == 1 && c.chars().all(|c| c.is_ascii_digit()) => {
                Some(c.to_string())
            }
            _ => None,
        };
        if let Some(d) = digit {
            if self.scan.len() < 32 {
                self.scan.push_str(&d);
            }
            return vec![];
        }
        let scanned = std::mem::take(&mut self.scan);
        // A confirmation waiting on this tab: Enter confirms, Esc goes back.
        if let (Some((yes, no)), Key::Named(named @ (Named::Enter | Named::Escape))) =
            (self.pending_confirmation(), &key)
        {
            if scanned.is_empty() {
                let m = if *named == Named::Enter { yes } else { no };
                return self.update(m);
            }
        }
        let Screen::Main { tab, .. } = &mut self.screen else {
            return vec![];
        };
        match key {
            Key::Named(Named::Enter) if scanned.len() >= 15 => {
                match crate::domain::case::CaseNumber::parse(&scanned[..15]) {
                    Ok(n) => {
                        *tab = Tab::Cases;
                        vec![
                            Effect::Cases(cases::Effect::Open(n)),
                            Effect::Cases(cases::Effect::Bodies),
                        ]
                    }
                    Err(_) => vec![],
                }
            }
            Key::Named(Named::Tab) if modifiers.shift() => vec![Effect::Ui(UiOp::FocusPrevious)],
            Key::Named(Named::Tab) => vec![Effect::Ui(UiOp::FocusNext)],
            Key::Named(Named::F2) => self.update(Message::Queue(queue::Msg::CallNext)),
            Key::Named(Named::F3) => self.update(Message::Queue(queue::Msg::Issue)),
            Key::Named(Named::F4) => {
                // From an open case too: back to the list, in the search box.
                if let Screen::Main { cases, .. } = &mut self.screen {
                    cases.case = None;
                }
                self.update(Message::Tab(Tab::Cases))
            }
            Key::Named(Named::F8) if *tab == Tab::Cases => {
                self.update(Message::Cases(cases::Msg::PrintMain))
            }
            Key::Named(Named::PageDown) if *tab == Tab::Intake => {
                self.update(Message::Intake(intake::Msg::NextStep))
            }
            Key::Named(Named::PageUp) if *tab == Tab::Intake => {
                self.update(Message::Intake(intake::Msg::PrevStep))
            }
            Key::Named(Named::F9) if *tab == Tab::Intake => {
                self.update(Message::Intake(intake::Msg::Accept))
            }
            Key::Named(Named::F10) if *tab == Tab::Intake => {
                self.update(Message::Intake(intake::Msg::Refuse))
            }
            _ => vec![],
        }
    }

    /// The confirm / go-back messages of a confirmation waiting on the tab
    /// in view, if any.
    fn pending_confirmation(&self) -> Option<(Message, Message)> {
        let Screen::Main {
            tab,
            intake,
            cases,
            queue,
            ..
        } = &self.screen
        else {
            return None;
        };
        match tab {
            Tab::Intake if intake.known.is_some() => Some((
                Message::Intake(intake::Msg::FillKnown),
                Message::Intake(intake::Msg::IgnoreKnown),
            )),
            Tab::Intake if intake.confirming.is_some() => Some((
                Message::Intake(intake::Msg::Confirm),
                Message::Intake(intake::Msg::CancelConfirm),
            )),
            Tab::Cases if cases.actions.confirming.is_some() => Some((
                Message::Cases(cases::Msg::Action(actions::Msg::Confirm)),
                Message::Cases(cases::Msg::Action(actions::Msg::CancelConfirm)),
            )),
            Tab::Queue if queue.confirm_no_show => Some((
                Message::Queue(queue::Msg::ConfirmNoShow),
                Message::Queue(queue::Msg::CancelNoShow),
            )),
            _ => None,
        }
    }

    /// Runs one effect against the store (on the blocking pool in the app,
    /// directly in tests) and returns the message that reports it.
    pub fn run_effect(
        store: &Shared,
        office: Option<&Office>,
        user: Option<&User>,
        effect: Effect,
        now: Now,
    ) -> Option<Message> {
        // The work of a screen is someone's: the user signed in when the
        // effect was made (`update_as`). Without one nothing runs — never
        // as an anonymous command line.
        let needs_user = !matches!(
            effect,
            Effect::Setup(_)
                | Effect::Login(_)
                | Effect::SyncPoll
                | Effect::SyncRestart
                | Effect::SaveLanguage(_)
                | Effect::ClearForms
                | Effect::Ui(_)
        );
        let user = match user {
            Some(u) => Some(u),
            None if needs_user => {
                tracing::warn!("an effect without a signed-in user was not run");
                return None;
            }
            None => None,
        };
        // A backup copies through connections of its own: the store stays free.
        if let (Effect::Users(users::Effect::Backup), Some(user)) = (&effect, user) {
            return Some(Message::Users(users::backup(store, user, now)));
        }
        let mut st = match store.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        let Some(user) = user else {
            return Some(match effect {
                Effect::Setup(e) => Message::Setup(setup::run(&mut st, e, now)),
                Effect::Login(e) => Message::Login(login::run(&mut st, e, now)),
                other => return App::run_plain(&mut st, other),
            });
        };
        Some(match effect {
            Effect::Setup(e) => Message::Setup(setup::run(&mut st, e, now)),
            Effect::Login(e) => Message::Login(login::run(&mut st, e, now)),
            Effect::Queue(e) => Message::Queue(queue::run(&mut st, user, e, now)),
            Effect::Cases(e) => Message::Cases(cases::run(&mut st, office, user, e, now)),
            Effect::Intake(e) => Message::Intake(intake::run(&mut st, office, user, e, now)),
            Effect::Users(e) => Message::Users(users::run(&mut st, user, e, now)),
            Effect::Complaints(e) => {
                Message::Complaints(complaints::run(&mut st, office, user, e, now))
            }
            Effect::HomeVisits(e) => Message::HomeVisits(home_visits::run(&mut st, user, e, now)),
            Effect::Reports(e) => Message::Reports(reports::run(&mut st, user, e, now)),
            Effect::Sync(e) => Message::Sync(sync::run(&mut st, user, e, now)),
            other => return App::run_plain(&mut st, other),
        })
    }

    /// The effects that are nobody's in particular: the sync line, the
    /// window's language, the spool.
    fn run_plain(st: &mut Store, effect: Effect) -> Option<Message> {
        match effect {
            Effect::SyncPoll => {
                let (on, counts) = crate::desk::lists::sync_poll(st);
                Some(Message::SyncPolled(on, counts, None))
            }
            Effect::SaveLanguage(lang) => {
                // Not being able to remember the language is no reason to
                // bother the clerk: it is only a preference.
                workstation::remember_language(st, lang.code());
                None
            }
            Effect::ClearForms => {
                workstation::clear_spool(st);
                None
            }
            // Starting the engine needs the window's runtime, and focus
            // moves happen in the window (see `iced_update`), never here.
            _ => None,
        }
    }

    /// The state change for one message, with the user its effects are
    /// made by: the one signed in after it — or, for the sign-out, the one
    /// who was (the draft flushed as they leave is theirs).
    pub fn update_as(&mut self, message: Message) -> (Vec<Effect>, Option<User>) {
        let before = self.user().cloned();
        let effects = self.update(message);
        let user = self.user().cloned().or(before);
        (effects, user)
    }

    fn user(&self) -> Option<&User> {
        match &self.screen {
            Screen::Main { user, .. } => Some(user),
            _ => None,
        }
    }

    /// Applies a message and runs every effect it causes, synchronously,
    /// until nothing is left: a whole flow in one call (for tests).
    pub fn settle(&mut self, message: Message) {
        let mut queue = vec![message];
        while let Some(m) = queue.pop() {
            let (effects, user) = self.update_as(m);
            for e in effects {
                if let Effect::Ui(op) = e {
                    self.ui_ops.push(op);
                    continue;
                }
                if let Some(store) = self.store.clone() {
                    if let Some(reply) =
                        App::run_effect(&store, self.office.as_ref(), user.as_ref(), e, self.at())
                    {
                        queue.push(reply);
                    }
                } else if let Some(dir) = self.data_dir.clone() {
                    if let Some(reply) = App::run_closed(&dir, e, self.at()) {
                        queue.push(reply);
                    }
                }
            }
        }
    }

    fn iced_update(&mut self, message: Message) -> Task<Message> {
        let closing = matches!(message, Message::CloseRequested);
        let (effects, user) = self.update_as(message);
        let Some(store) = self.store.clone() else {
            if closing {
                return iced::exit();
            }
            // No store yet: only the sign-in and the first start run, and
            // they open it.
            let Some(dir) = self.data_dir.clone() else {
                return Task::none();
            };
            let now = self.clock.now();
            return Task::batch(effects.into_iter().map(|e| closed_task(&dir, e, now)));
        };
        if closing {
            // Run what the close asks for here and now, then leave.
            let now = self.clock.now();
            for e in effects {
                if !matches!(e, Effect::Ui(_)) {
                    let _ = App::run_effect(&store, self.office.as_ref(), user.as_ref(), e, now);
                }
            }
            return iced::exit();
        }
        Task::batch(effects.into_iter().map(|e| match e {
            Effect::Ui(op) => focus(op),
            Effect::SyncRestart => restart_sync(store.clone(), self.sync_engine.clone()),
            Effect::SyncPoll => {
                poll_sync(store.clone(), self.sync_engine.clone(), self.clock.now())
            }
            e => self.effect_task(store.clone(), user.clone(), e),
        }))
    }

    /// One effect on the blocking pool, as `user`; the sync relay woken
    /// after it, so what it wrote goes out at once.
    fn effect_task(&self, store: Shared, user: Option<User>, e: Effect) -> Task<Message> {
        let office = self.office.clone();
        let now = self.clock.now();
        let engine = self.sync_engine.clone();
        Task::perform(
            async move {
                tokio::task::spawn_blocking(move || {
                    let reply = App::run_effect(&store, office.as_ref(), user.as_ref(), e, now);
                    if let Some(h) = engine.lock().ok().as_ref().and_then(|g| g.as_ref()) {
                        h.wake();
                    }
                    reply
                })
                .await
                .unwrap_or_else(|e| {
                    // A panic in the task: logged by the panic hook; the
                    // action failed, the session goes on.
                    tracing::error!(error = %e, "background task failed");
                    Some(Message::TaskFailed(t!("ui-task-failed")))
                })
            },
            |m| m,
        )
        .and_then(Task::done)
    }

    /// Whether the 1-second clock is needed: only while a timer runs or a
    /// draft waits for its save.
    pub fn subscription_running(&self) -> bool {
        matches!(&self.screen, Screen::Main { queue, intake, .. }
            if queue.timers_running() || intake.dirty())
    }

    /// The scale for a window of `size` logical pixels at scale `now`:
    /// the window's real size against 1280×720, never below 1, by steps of
    /// 0.05 (no jitter as the window is dragged).
    pub fn scale_for(size: iced::Size, now: f32) -> f32 {
        let (w, h) = (size.width * now, size.height * now);
        let s = (w / 1280.0).min(h / 720.0).clamp(1.0, 2.0);
        (s * 20.0).floor() / 20.0
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let keys = iced::keyboard::listen().map(Message::Key);
        let resized = iced::window::resize_events().map(|(_, s)| Message::Resized(s));
        // The idle lock is checked twice a minute while someone is logged in.
        let idle = if matches!(self.screen, Screen::Main { .. }) && self.lock.is_none() {
            iced::time::every(std::time::Duration::from_secs(30))
                .map(|_| Message::Tick(crate::clock::utc_now()))
        } else {
            Subscription::none()
        };
        let clock = if self.subscription_running() {
            iced::time::every(std::time::Duration::from_secs(1))
                .map(|_| Message::Tick(crate::clock::utc_now()))
        } else {
            Subscription::none()
        };
        // The sync status line refreshes every two seconds once the store
        // is open (a short query on indexed columns).
        let sync = if matches!(self.screen, Screen::Loading | Screen::Failed(_)) {
            Subscription::none()
        } else {
            iced::time::every(std::time::Duration::from_secs(2)).map(|_| Message::SyncTick)
        };
        let close = iced::window::close_requests().map(|_| Message::CloseRequested);
        Subscription::batch([keys, clock, idle, sync, close, resized])
    }

    pub fn view(&self) -> Element<'_, Message> {
        if self.about {
            return self.frame(about::view(self.data_dir.as_deref()));
        }
        let body: Element<'_, Message> = match (&self.lock, &self.screen) {
            (Some(lock), Screen::Main { user, .. }) => column![
                text(t!("ui-locked", name = user.full_name.as_str())).size(crate::ui::theme::TITLE),
                lock.view_unlock().map(Message::Login),
                button(text(t!("ui-logout"))).on_press(Message::Logout),
            ]
            .spacing(theme::GAP)
            .into(),
            _ => self.body(),
        };
        self.frame(body)
    }

    fn body(&self) -> Element<'_, Message> {
        match &self.screen {
            Screen::Loading => text(t!("ui-loading")).into(),
            Screen::Failed(e) => text(t!("gui-placeholder-store-error", error = e.as_str())).into(),
            Screen::Setup(s) => s.view(self.lang).map(Message::Setup),
            Screen::Login(s) => s.view(self.office.as_ref(), self.now).map(Message::Login),
            Screen::Main {
                user,
                tab,
                queue,
                cases,
                intake: wizard,
                users,
                complaints,
                home_visits,
                sync,
                reports,
            } => {
                let nav = row![
                    theme::tab(
                        t!("ui-nav-queue"),
                        *tab == Tab::Queue,
                        Message::Tab(Tab::Queue)
                    ),
                    if permits(Some(user.role), Act::OpenCase) {
                        theme::tab(
                            t!("ui-nav-intake"),
                            *tab == Tab::Intake,
                            Message::Tab(Tab::Intake),
                        )
                    } else {
                        Space::new().into()
                    },
                    theme::tab(
                        t!("ui-nav-cases"),
                        *tab == Tab::Cases,
                        Message::Tab(Tab::Cases)
                    ),
                    if permits(Some(user.role), Act::ManageUsers) {
                        theme::tab(
                            t!("ui-nav-users"),
                            *tab == Tab::Users,
                            Message::Tab(Tab::Users),
                        )
                    } else {
                        Space::new().into()
                    },
                    theme::tab(
                        t!("ui-nav-complaints"),
                        *tab == Tab::Complaints,
                        Message::Tab(Tab::Complaints),
                    ),
                    theme::tab(
                        t!("ui-nav-home-visits"),
                        *tab == Tab::HomeVisits,
                        Message::Tab(Tab::HomeVisits),
                    ),
                    if permits(Some(user.role), Act::Supervise) {
                        theme::tab(
                            t!("ui-nav-reports"),
                            *tab == Tab::Reports,
                            Message::Tab(Tab::Reports),
                        )
                    } else {
                        Space::new().into()
                    },
                    if permits(Some(user.role), Act::Supervise) {
                        theme::tab(
                            t!("ui-nav-sync"),
                            *tab == Tab::Sync,
                            Message::Tab(Tab::Sync),
                        )
                    } else {
                        Space::new().into()
                    },
                    Space::new().width(Length::Fill),
                    text(t!(
                        "ui-user",
                        name = user.full_name.as_str(),
                        role = t_role(user.role)
                    ))
                    .size(theme::BODY),
                    button(text(t!("ui-logout"))).on_press(Message::Logout),
                ]
                .spacing(theme::ROW_GAP)
                .align_y(iced::Alignment::Center);
                let content = match tab {
                    Tab::Queue => queue
                        .view(self.office.as_ref(), self.now)
                        .map(Message::Queue),
                    Tab::Cases => cases.view().map(Message::Cases),
                    Tab::Intake => wizard
                        .view(self.office.as_ref(), self.at().today)
                        .map(Message::Intake),
                    Tab::Users => users.view(&user.login, self.at()).map(Message::Users),
                    Tab::Complaints => complaints.view(self.at().today).map(Message::Complaints),
                    Tab::HomeVisits => home_visits.view(self.at().today).map(Message::HomeVisits),
                    Tab::Reports => reports.view().map(Message::Reports),
                    Tab::Sync => sync.view(user.role).map(Message::Sync),
                };
                column![nav, content].spacing(theme::GAP).into()
            }
        }
    }

    /// The header (title, office, languages) around a screen.
    fn frame<'a>(&'a self, body: Element<'a, Message>) -> Element<'a, Message> {
        let langs = row(UiLang::ALL.into_iter().map(|l| {
            theme::tab(
                l.code().to_uppercase(),
                l == self.lang,
                Message::Language(l),
            )
        }))
        .spacing(4);
        let office = self
            .office
            .as_ref()
            .map(|o| format!("{} № {}", o.name, o.number))
            .unwrap_or_default();
        let header = row![
            text(t!("app-title")).size(crate::ui::theme::TITLE),
            text(office).size(theme::BODY),
            Space::new().width(Length::Fill),
            langs,
            theme::tab(t!("about-open"), self.about, Message::About(!self.about)),
        ]
        .spacing(16)
        .align_y(iced::Alignment::Center);
        let mut top = column![header].spacing(4);
        // Only once someone has signed in: before, no store is open and
        // there is nothing to tell.
        if matches!(self.screen, Screen::Main { .. }) {
            let (line, level) = sync::status_line(
                self.sync_on,
                self.sync_status.as_ref(),
                &self.sync_counts,
                self.now,
            );
            top = top.push(
                text(line)
                    .size(theme::LINE)
                    .color(theme::level_color(level)),
            );
        }
        // The person being served, on every tab but the queue itself.
        if let Screen::Main { tab, queue, .. } = &self.screen {
            if *tab != Tab::Queue {
                if let Some((line, level)) = queue.strip(self.office.as_ref(), self.now) {
                    top = top.push(
                        text(line)
                            .size(theme::BODY)
                            .color(theme::level_color(level)),
                    );
                }
            }
        }
        // The last backup, for the administrator and the supervisor.
        if let Screen::Main { user, users, .. } = &self.screen {
            if let Some((line, level)) = users.backup_line(user.role, self.at()) {
                top = top.push(
                    text(line)
                        .size(theme::LINE)
                        .color(theme::level_color(level)),
                );
            }
        }
        // A background task that failed: said until the next input.
        if let Some(e) = &self.task_error {
            top = top.push(text(e.clone()).color(theme::error_color()));
        }
        container(column![top, body].spacing(16))
            .padding(16)
            .width(Length::Fill)
            .height(Length::Fill)
            .into()
    }
}

/// A focus move in the window.
fn focus(op: UiOp) -> Task<Message> {
    iced::advanced::widget::operate(focus::operation(&op)).discard()
}

pub fn t_role(r: Role) -> String {
    match r {
        Role::Clerk => t!("role-clerk"),
        Role::Officer => t!("role-officer"),
        Role::Supervisor => t!("role-supervisor"),
        Role::Administrator => t!("role-administrator"),
    }
}

/// Runs the desktop application.
pub fn run(data_dir: Option<PathBuf>, lang_from_cli: bool) -> iced::Result {
    iced::application(
        move || {
            let (mut app, task) = App::boot(data_dir.clone());
            app.lang_from_cli = lang_from_cli;
            (app, task)
        },
        App::iced_update,
        App::view,
    )
    .title(|_: &App| t!("app-title"))
    .font(theme::FONT_BYTES)
    .font(theme::FONT_BOLD_BYTES)
    .default_font(theme::FONT)
    .subscription(App::subscription)
    .scale_factor(|app: &App| app.scale)
    .window(window_settings())
    .run()
}

/// The desktop's name for the program: the window's class (X11) or
/// application id (Wayland), the `.desktop` entry's and the icon's name.
pub const APP_ID: &str = "kz.gov4c.EmigrationDesk";

/// The window: 1280×720 to start, its own icon and class (so the desktop
/// groups it under the menu entry), and the close button asks first
/// (`Message::CloseRequested` saves what waits).
fn window_settings() -> iced::window::Settings {
    iced::window::Settings {
        size: iced::Size::new(1280.0, 720.0),
        icon: window_icon(),
        exit_on_close_request: false,
        #[cfg(target_os = "linux")]
        platform_specific: iced::window::settings::PlatformSpecific {
            application_id: APP_ID.into(),
            ..Default::default()
        },
        ..Default::default()
    }
}

/// The program's icon (the package's 64 px PNG) for the window's title
/// bar and the task bar; none if it cannot be read (the window opens all
/// the same).
pub fn window_icon() -> Option<iced::window::Icon> {
    const PNG: &[u8] =
        include_bytes!("../../assets/packaging/icons/kz.gov4c.EmigrationDesk-64.png");
    let img = image023::load_from_memory_with_format(PNG, image023::ImageFormat::Png)
        .map_err(|e| tracing::warn!(error = %e, "window icon"))
        .ok()?
        .to_rgba8();
    let (w, h) = img.dimensions();
    iced::window::icon::from_rgba(img.into_raw(), w, h)
        .map_err(|e| tracing::warn!(error = %e, "window icon"))
        .ok()
}

/// A sign-in or the first start, while no store is open, on the blocking
/// pool.
fn closed_task(dir: &Path, e: Effect, now: Now) -> Task<Message> {
    if let Effect::Ui(op) = e {
        return focus(op);
    }
    let dir = dir.to_path_buf();
    Task::perform(
        async move {
            tokio::task::spawn_blocking(move || App::run_closed(&dir, e, now))
                .await
                .unwrap_or_else(|e| {
                    tracing::error!(error = %e, "background task failed");
                    Some(Message::TaskFailed(t!("ui-task-failed")))
                })
        },
        |m| m,
    )
    .and_then(Task::done)
}

/// The sync engine stopped and, where sync is on, started again with the
/// settings now stored.
fn restart_sync(store: Shared, engine: Arc<Mutex<Option<SyncHandle>>>) -> Task<Message> {
    Task::perform(
        async move {
            let start = {
                let st = match store.lock() {
                    Ok(g) => g,
                    Err(p) => p.into_inner(),
                };
                workstation::engine_start(&st)
            };
            let mut slot = match engine.lock() {
                Ok(g) => g,
                Err(p) => p.into_inner(),
            };
            if let Some(old) = slot.take() {
                old.abort();
            }
            if let Some(start) = start {
                *slot = Some(workstation::start_engine(start));
            }
        },
        |_| Message::SyncTick,
    )
}

/// The status line's sync figures, with the engine's own status.
fn poll_sync(store: Shared, engine: Arc<Mutex<Option<SyncHandle>>>, now: Now) -> Task<Message> {
    Task::perform(
        async move {
            tokio::task::spawn_blocking(move || {
                let status = engine
                    .lock()
                    .ok()
                    .and_then(|g| g.as_ref().map(|h| h.status()));
                match App::run_effect(&store, None, None, Effect::SyncPoll, now) {
                    Some(Message::SyncPolled(on, counts, _)) => {
                        Some(Message::SyncPolled(on, counts, status))
                    }
                    other => other,
                }
            })
            .await
            .ok()
            .flatten()
        },
        |m| m,
    )
    .and_then(Task::done)
}
