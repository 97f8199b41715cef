//! The root's `update`: what each message does to the window, and the
//! hand-off to each screen.

use super::*;

impl App {
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
            Message::Status(m) => self.status_msg(m),
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
    pub(super) fn always(&mut self, message: Message) -> Result<Vec<Effect>, Box<Message>> {
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
    pub(super) fn found(&mut self, dir: PathBuf, kind: FileKind) -> Vec<Effect> {
        let set_up = !matches!(kind, FileKind::Missing | FileKind::Empty);
        // The language chosen on this workstation, from the sign-in on
        // (unless given on the command line).
        if let (Some(lang), false) = (
            workstation::remembered_language(&dir).and_then(|c| UiLang::parse(&c)),
            self.lang_from_cli,
        ) {
            self.lang = lang;
            i18n::set_language(lang);
        }
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
    pub(super) fn unlocked(
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
    pub(super) fn tick(&mut self, now: NaiveDateTime) -> Vec<Effect> {
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
            self.lock = Some(LoginState {
                unlocking: true,
                ..LoginState::default()
            });
            effects.push(Effect::Ui(UiOp::Focus("unlock-password")));
        }
        effects
    }

    /// The first start's form.
    pub(super) fn setup_msg(&mut self, m: setup::Msg) -> Vec<Effect> {
        let Screen::Setup(s) = &mut self.screen else {
            return vec![];
        };
        let answer = s.update(m);
        self.answered(answer, Effect::Setup)
    }

    /// The sign-in form.
    pub(super) fn login_msg(&mut self, m: login::Msg) -> Vec<Effect> {
        let Screen::Login(s) = &mut self.screen else {
            return vec![];
        };
        let answer = s.update(m, self.now);
        self.answered(answer, Effect::Login)
    }

    /// A screen's answer, in the one shape every screen gives: its effects
    /// for the root to run, then what it told the root.
    fn answered<E>(&mut self, (effects, event): Answer<E>, wrap: fn(E) -> Effect) -> Vec<Effect> {
        let mut effects: Vec<Effect> = effects.into_iter().map(wrap).collect();
        if let Some(e) = event {
            effects.extend(self.event(e));
        }
        effects
    }

    /// Signed in: the main screen, every tab loading.
    fn signed_in(&mut self, user: User) -> Vec<Effect> {
        let kind = self.office.as_ref().map(|o| o.kind);
        let tab = match user.role {
            Role::Clerk => Tab::Queue,
            Role::Operator => Tab::Status,
            Role::Analyst => Tab::Reports,
            // A contact centre's administrator: its users (it has no case).
            _ if kind.is_some_and(|k| !k.holds_cases()) => Tab::Users,
            _ => Tab::Cases,
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
            status: status::StatusState::default(),
        };
        if tab == Tab::Status {
            // A contact centre holds no queue and no case: its operator
            // has the lookup alone.
            if let Screen::Main { status, .. } = &mut self.screen {
                status.open();
            }
            return vec![Effect::Ui(UiOp::Focus("cc-number"))];
        }
        if tab == Tab::Reports {
            // The ministry's analyst: the national report, opened as the
            // tab opens it.
            return self.open_tab(Tab::Reports);
        }
        if kind.is_some_and(|k| !k.holds_cases()) {
            // Its administrator: the users and the hub's settings.
            return vec![
                Effect::Users(users::Effect::Load),
                Effect::Sync(sync::Effect::Load),
            ];
        }
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

    /// A tab opened (a tab the role does not have is not).
    pub(super) fn open_tab(&mut self, tab: Tab) -> Vec<Effect> {
        let today = self.at().today;
        let kind = self.office.as_ref().map(|o| o.kind);
        let Screen::Main {
            tab: t,
            cases,
            intake,
            reports,
            status,
            user,
            ..
        } = &mut self.screen
        else {
            return vec![];
        };
        // A tab the role does not have is not opened (the bar
        // does not show it either).
        if !Tab::at(Some(user.role), kind).contains(&tab) {
            return vec![];
        }
        let mut opened: Vec<Effect> = vec![];
        if tab == Tab::Status {
            status.open();
        }
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
        // The Intake tab on the last intake's result: the next one.
        if tab == Tab::Intake && *t == Tab::Intake && intake.done().is_some() {
            *t = tab;
            return self.intake_msg(intake::Msg::New);
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
            Tab::Status => vec![Effect::Ui(UiOp::Focus("cc-number"))],
            Tab::Intake => intake
                .first_field_id()
                .map(|id| vec![Effect::Ui(UiOp::FocusField(id))])
                .unwrap_or_default(),
            _ => vec![],
        }
    }

    /// The queue's message.
    pub(super) fn queue_msg(&mut self, m: queue::Msg) -> Vec<Effect> {
        let now = self.now;
        let Screen::Main { queue, .. } = &mut self.screen else {
            return vec![];
        };
        let answer = queue.update(m, now);
        self.answered(answer, Effect::Queue)
    }

    /// The Cases tab's message.
    pub(super) fn cases_msg(&mut self, m: cases::Msg) -> Vec<Effect> {
        let today = self.at().today;
        let Screen::Main { cases, .. } = &mut self.screen else {
            return vec![];
        };
        let answer = cases.update(m, today);
        self.answered(answer, Effect::Cases)
    }

    /// The complaints tab's message.
    pub(super) fn complaints_msg(&mut self, m: complaints::Msg) -> Vec<Effect> {
        let Screen::Main { complaints, .. } = &mut self.screen else {
            return vec![];
        };
        let answer = complaints.update(m);
        self.answered(answer, Effect::Complaints)
    }

    /// The home visits tab's message.
    pub(super) fn home_visits_msg(&mut self, m: home_visits::Msg) -> Vec<Effect> {
        let Screen::Main { home_visits, .. } = &mut self.screen else {
            return vec![];
        };
        let answer = home_visits.update(m);
        self.answered(answer, Effect::HomeVisits)
    }

    /// The reports tab's message.
    pub(super) fn reports_msg(&mut self, m: reports::Msg) -> Vec<Effect> {
        let Screen::Main { reports, .. } = &mut self.screen else {
            return vec![];
        };
        let answer = reports.update(m);
        self.answered(answer, Effect::Reports)
    }

    /// The contact centre's lookup.
    pub(super) fn status_msg(&mut self, m: status::Msg) -> Vec<Effect> {
        let Screen::Main { status, .. } = &mut self.screen else {
            return vec![];
        };
        let answer = status.update(m);
        self.answered(answer, Effect::Status)
    }

    /// The sync tab's message.
    pub(super) fn sync_msg(&mut self, m: sync::Msg) -> Vec<Effect> {
        let Screen::Main { sync, user, .. } = &mut self.screen else {
            return vec![];
        };
        let answer = sync.update(m, user.role);
        self.answered(answer, Effect::Sync)
    }

    /// The users and settings tab's message.
    pub(super) fn users_msg(&mut self, m: users::Msg) -> Vec<Effect> {
        let now = self.at();
        let Screen::Main { users, user, .. } = &mut self.screen else {
            return vec![];
        };
        let answer = users.update(m, user.role, now);
        self.answered(answer, Effect::Users)
    }

    /// The intake's message. Accepting or refusing ends the visit served:
    /// the intake is told whether a limit it breached still needs its
    /// reason (the queue knows).
    pub(super) fn intake_msg(&mut self, m: intake::Msg) -> Vec<Effect> {
        let now = self.at();
        let Screen::Main { intake, queue, .. } = &mut self.screen else {
            return vec![];
        };
        let breached = queue.unexplained(self.office.as_ref(), self.now);
        let answer = intake.update(m, now, breached, self.office.as_ref().map(|o| o.kind));
        self.answered(answer, Effect::Intake)
    }

    /// What the root does when a screen reports an event.
    pub(super) fn event(&mut self, event: Event) -> Vec<Effect> {
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
            // The visit ended with the intake: the keyboard waits on "New
            // intake" (Enter, F2 or Ctrl+2 starts the next).
            Event::QueueChanged => {
                let mut e = vec![Effect::Queue(queue::Effect::Load)];
                if let Screen::Main { intake, .. } = &self.screen {
                    if intake.done().is_some() {
                        e.push(Effect::Ui(UiOp::Focus(intake::NEW_INTAKE)));
                    }
                }
                e
            }
            Event::FocusField(id) => vec![Effect::Ui(UiOp::FocusField(id))],
            Event::SetUp(office) => {
                self.office = Some(*office);
                self.screen = Screen::Login(LoginState::default());
                vec![Effect::Ui(UiOp::Focus("login"))]
            }
            Event::SignedIn(user) => match &self.lock {
                // Unlocked by the one signed in (the lock asks no other).
                Some(_) => {
                    if self.user().is_none_or(|u| u.login != user.login) {
                        return vec![];
                    }
                    self.lock = None;
                    // Back to the work: the intake's keyboard where its
                    // step waits to be filled.
                    match &self.screen {
                        Screen::Main {
                            tab: Tab::Intake,
                            intake,
                            ..
                        } => intake
                            .resume_field_id()
                            .map(|id| vec![Effect::Ui(UiOp::FocusField(id))])
                            .unwrap_or_default(),
                        _ => vec![],
                    }
                }
                None => self.signed_in(*user),
            },
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

    pub(super) fn update_locked(&mut self, message: Message) -> Vec<Effect> {
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
                let answer = lock.update(m, self.now);
                self.answered(answer, Effect::Login)
            }
            Message::Logout => {
                self.lock = None;
                self.screen = Screen::Login(LoginState::default());
                vec![Effect::ClearForms, Effect::Ui(UiOp::Focus("login"))]
            }
            _ => vec![],
        }
    }
}
