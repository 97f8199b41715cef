//! The work the window asks for: effects run as the user who made them,
//! on the blocking pool in the window and at once in tests.

use super::*;

/// A focus move in the window.
pub(super) fn focus(op: UiOp) -> Task<Message> {
    iced::advanced::widget::operate(focus::operation(&op)).discard()
}

/// A sign-in or the first start, while no store is open, on the blocking
/// pool.
pub(super) fn closed_task(dir: &Path, e: Effect, now: Now) -> Task<Message> {
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
pub(super) fn restart_sync(store: Shared, engine: Arc<Mutex<Option<SyncHandle>>>) -> Task<Message> {
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
            // The old engine stops (its handle let go) before a new one
            // starts on the same store.
            drop(slot.take());
            *slot = start.map(workstation::start_engine);
        },
        |_| Message::SyncTick,
    )
}

/// The status line's sync figures, with the engine's own status.
pub(super) fn poll_sync(
    store: Shared,
    engine: Arc<Mutex<Option<SyncHandle>>>,
    now: Now,
) -> Task<Message> {
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

impl App {
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
            // The language chosen at the first start, before the store.
            Effect::SaveLanguage(lang) => {
                workstation::remember_language_in(dir, lang.code());
                None
            }
            // Nothing else runs before the store is open.
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
            Effect::Status(e) => Message::Status(status::run(&mut st, user, e, now)),
            Effect::Sync(e) => Message::Sync(sync::run(&mut st, user, e, now)),
            other => return App::run_plain(&mut st, other),
        })
    }

    /// The effects that are nobody's in particular: the sync line, the
    /// window's language, the spool.
    pub(super) fn run_plain(st: &mut Store, effect: Effect) -> Option<Message> {
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

    pub(super) fn iced_update(&mut self, message: Message) -> Task<Message> {
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
            // The sync engine stops before its runtime goes (what it had
            // stored stays stored).
            drop(
                self.sync_engine
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .take(),
            );
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
    pub(super) fn effect_task(
        &self,
        store: Shared,
        user: Option<User>,
        e: Effect,
    ) -> Task<Message> {
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
}
