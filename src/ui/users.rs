//! Users of the workstation, for administrators: add, reset a password,
//! disable or enable.

use super::login::Secret;
use super::theme::{level_color, tab};
use crate::domain::access::{self, Role};
use crate::domain::visit::Level;
use crate::i18n::Localize;
use crate::store::{Actor, NewUser, Store, User};
use crate::t;
use chrono::NaiveDateTime;
use iced::widget::{button, column, row, scrollable, text, text_input};
use iced::{Element, Length};

#[derive(Debug, Clone)]
pub enum Msg {
    /// The users, the minutes of idleness before the screen locks, and
    /// the workstation's counter.
    Loaded(Result<(Vec<User>, i64, String, String), String>),
    Counter(String),
    SaveCounter,
    /// The approving bodies, separated by ";".
    Bodies(String),
    SaveBodies,
    Idle(String),
    SaveIdle,
    IdleSaved(Result<i64, String>),
    /// Another workstation setting (the counter, the approving bodies) saved.
    SettingSaved(Result<(), String>),
    Login(String),
    Name(String),
    Role(Role),
    Password(String),
    Add,
    Select(String),
    NewPassword(String),
    Reset,
    Active(String, bool),
    Done(Result<Vec<User>, String>),
}

#[derive(Debug, Clone)]
pub enum Effect {
    Load,
    SaveIdle(i64),
    SaveCounter(String),
    SaveBodies(Vec<String>),
    Add {
        login: String,
        full_name: String,
        role: Role,
        password: Secret,
    },
    Reset {
        login: String,
        password: Secret,
    },
    Active {
        login: String,
        active: bool,
    },
}

#[derive(Debug, Default)]
pub struct UsersState {
    pub users: Vec<User>,
    pub login: String,
    pub name: String,
    pub role: Option<Role>,
    pub password: Secret,
    pub selected: Option<String>,
    pub new_password: Secret,
    pub error: Option<String>,
    pub saved: bool,
    pub idle: String,
    pub counter: String,
    pub bodies: String,
}

impl UsersState {
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        self.saved = false;
        match msg {
            Msg::Loaded(Ok((u, idle, counter, bodies))) => {
                self.users = u;
                self.idle = idle.to_string();
                self.counter = counter;
                self.bodies = bodies;
            }
            Msg::Bodies(s) => self.bodies = s,
            Msg::SaveBodies => {
                let list = super::actions::bodies_from_text(&self.bodies);
                if list.is_empty() {
                    self.error = Some(t!("ui-users-bodies-invalid"));
                } else {
                    return vec![Effect::SaveBodies(list)];
                }
            }
            Msg::Counter(s) => self.counter = s,
            Msg::SaveCounter => {
                let c = self.counter.trim();
                if c.is_empty() || c.chars().count() > 20 {
                    self.error = Some(t!("ui-users-counter-invalid"));
                } else {
                    return vec![Effect::SaveCounter(c.to_string())];
                }
            }
            Msg::Idle(s) => self.idle = s,
            Msg::SaveIdle => match self.idle.trim().parse::<i64>() {
                Ok(n) if (1..=240).contains(&n) => return vec![Effect::SaveIdle(n)],
                _ => self.error = Some(t!("ui-users-idle-invalid")),
            },
            Msg::IdleSaved(Ok(_)) | Msg::SettingSaved(Ok(())) => {
                self.saved = true;
                self.error = None;
            }
            Msg::IdleSaved(Err(e)) | Msg::SettingSaved(Err(e)) => self.error = Some(e),
            Msg::Done(Ok(u)) => {
                self.users = u;
                self.error = None;
                self.saved = true;
                self.login.clear();
                self.name.clear();
                self.password = Secret::default();
                self.new_password = Secret::default();
            }
            Msg::Loaded(Err(e)) | Msg::Done(Err(e)) => self.error = Some(e),
            Msg::Login(s) => self.login = s,
            Msg::Name(s) => self.name = s,
            Msg::Role(r) => self.role = Some(r),
            Msg::Password(s) => self.password = Secret(s),
            Msg::Add => {
                if let Some(role) = self.role {
                    return vec![Effect::Add {
                        login: self.login.trim().into(),
                        full_name: self.name.trim().into(),
                        role,
                        password: self.password.clone(),
                    }];
                }
            }
            Msg::Select(l) => self.selected = Some(l),
            Msg::NewPassword(s) => self.new_password = Secret(s),
            Msg::Reset => {
                if let Some(login) = self.selected.clone() {
                    return vec![Effect::Reset {
                        login,
                        password: self.new_password.clone(),
                    }];
                }
            }
            Msg::Active(login, active) => return vec![Effect::Active { login, active }],
        }
        vec![]
    }

    /// `me`: the administrator looking at the list (who cannot disable themself).
    pub fn view(&self, me: &str, now: NaiveDateTime) -> Element<'_, Msg> {
        let mut list = column![].spacing(4);
        for u in &self.users {
            let mut state = if u.active {
                t!("ui-users-active")
            } else {
                t!("ui-users-disabled")
            };
            if let Some(until) = u.locked_until.filter(|t| *t > now) {
                state = format!(
                    "{state}; {}",
                    t!("ui-login-locked", until = until.format("%H:%M").to_string())
                );
            }
            let mut line = row![button(
                text(format!(
                    "{}  {}  {}  {}",
                    u.login,
                    u.full_name,
                    super::t_role(u.role),
                    state
                ))
                .size(super::theme::BODY)
            )
            .style(if self.selected.as_deref() == Some(u.login.as_str()) {
                button::primary
            } else {
                button::text
            })
            .on_press(Msg::Select(u.login.clone()))]
            .spacing(super::theme::ROW_GAP);
            if u.login != me {
                line = line.push(
                    button(
                        text(if u.active {
                            t!("ui-users-disable")
                        } else {
                            t!("ui-users-enable")
                        })
                        .size(super::theme::LINE),
                    )
                    .on_press(Msg::Active(u.login.clone(), !u.active)),
                );
            }
            list = list.push(line);
        }
        let roles = row(Role::ALL
            .into_iter()
            .map(|r| tab(super::t_role(r), self.role == Some(r), Msg::Role(r))))
        .spacing(4);
        let pw_problem = (!self.password.0.is_empty())
            .then(|| access::check_password_rules(&self.password.0).err())
            .flatten();
        let can_add = self.role.is_some()
            && !self.login.trim().is_empty()
            && !self.name.trim().is_empty()
            && !self.password.0.is_empty()
            && pw_problem.is_none();
        let mut add = column![
            text(t!("ui-users-add")).size(super::theme::HEADING),
            text(t!("ui-setup-admin-login")).size(super::theme::LINE),
            text_input("", &self.login)
                .id("user-login")
                .on_input(Msg::Login),
            text(t!("ui-setup-admin-name")).size(super::theme::LINE),
            text_input("", &self.name)
                .id("user-name")
                .on_input(Msg::Name),
            roles,
            text(t!("ui-setup-admin-password")).size(super::theme::LINE),
            text_input("", &self.password.0)
                .id("user-password")
                .secure(true)
                .on_input(Msg::Password),
        ]
        .spacing(4)
        .max_width(480);
        if let Some(p) = pw_problem {
            add = add.push(
                text(p.localize())
                    .size(12)
                    .color(level_color(Level::Breach)),
            );
        }
        add = add
            .push(button(text(t!("ui-users-create"))).on_press_maybe(can_add.then_some(Msg::Add)));
        let mut col = column![
            text(t!("ui-nav-users")).size(super::theme::TITLE),
            scrollable(list).height(Length::FillPortion(2)),
            add
        ]
        .spacing(10);
        if let Some(login) = &self.selected {
            col = col.push(
                row![
                    text(t!("ui-users-reset", login = login.as_str())).size(super::theme::BODY),
                    text_input("", &self.new_password.0)
                        .id("reset-password")
                        .secure(true)
                        .on_input(Msg::NewPassword),
                    button(text(t!("ui-users-reset-do")))
                        .on_press_maybe((!self.new_password.0.is_empty()).then_some(Msg::Reset)),
                ]
                .spacing(super::theme::ROW_GAP)
                .align_y(iced::Alignment::Center),
            );
        }
        col = col.push(
            row![
                text(t!("ui-users-idle")).size(super::theme::BODY),
                text_input("", &self.idle)
                    .id("idle-minutes")
                    .width(80)
                    .on_input(Msg::Idle)
                    .on_submit(Msg::SaveIdle),
                button(text(t!("ui-users-idle-save"))).on_press(Msg::SaveIdle),
            ]
            .spacing(super::theme::ROW_GAP)
            .align_y(iced::Alignment::Center),
        );
        col = col.push(
            row![
                text(t!("ui-users-counter")).size(super::theme::BODY),
                text_input("", &self.counter)
                    .id("counter")
                    .width(120)
                    .on_input(Msg::Counter)
                    .on_submit(Msg::SaveCounter),
                button(text(t!("ui-users-counter-save"))).on_press(Msg::SaveCounter),
            ]
            .spacing(super::theme::ROW_GAP)
            .align_y(iced::Alignment::Center),
        );
        col = col.push(
            column![
                text(t!("ui-users-bodies")).size(super::theme::BODY),
                row![
                    text_input("", &self.bodies)
                        .id("bodies")
                        .on_input(Msg::Bodies)
                        .on_submit(Msg::SaveBodies),
                    button(text(t!("ui-users-bodies-save"))).on_press(Msg::SaveBodies),
                ]
                .spacing(super::theme::ROW_GAP),
            ]
            .spacing(4),
        );
        if self.saved {
            col = col.push(text(t!("ui-users-saved")).color(level_color(Level::Normal)));
        }
        if let Some(e) = &self.error {
            col = col.push(text(e.clone()).color(level_color(Level::Breach)));
        }
        col.into()
    }
}

pub fn run(st: &mut Store, user: Option<&User>, e: Effect, now: NaiveDateTime) -> Msg {
    let actor = user.map(Actor::user).unwrap_or_else(Actor::cli);
    let list = |st: &Store| st.users().map_err(|e| e.localize());
    match e {
        Effect::Load => Msg::Loaded(list(st).map(|u| {
            (
                u,
                idle_minutes(st),
                counter(st),
                super::actions::bodies_text(&super::actions::bodies(st)),
            )
        })),
        Effect::SaveBodies(list) => Msg::SettingSaved(
            st.set_setting_audited(&actor, "approving_bodies", &list.join("\n"), now)
                .map_err(|e| e.localize()),
        ),
        Effect::SaveIdle(n) => Msg::IdleSaved(
            st.set_setting_audited(&actor, "idle_minutes", &n.to_string(), now)
                .map(|_| n)
                .map_err(|e| e.localize()),
        ),
        Effect::SaveCounter(c) => Msg::SettingSaved(
            st.set_setting_audited(&actor, "counter", &c, now)
                .map_err(|e| e.localize()),
        ),
        Effect::Add {
            login,
            full_name,
            role,
            password,
        } => {
            let new = NewUser {
                login,
                full_name,
                role,
                password: password.0,
            };
            Msg::Done(
                st.create_user(&actor, &new, now)
                    .map_err(|e| e.localize())
                    .and_then(|_| list(st)),
            )
        }
        Effect::Reset { login, password } => Msg::Done(
            st.set_password(&actor, &login, &password.0, now)
                .map_err(|e| e.localize())
                .and_then(|_| list(st)),
        ),
        Effect::Active { login, active } => Msg::Done(
            st.set_active(&actor, &login, active, now)
                .map_err(|e| e.localize())
                .and_then(|_| list(st)),
        ),
    }
}

/// Minutes without input before the screen locks (a workstation setting).
pub fn idle_minutes(st: &Store) -> i64 {
    st.setting("idle_minutes")
        .ok()
        .flatten()
        .and_then(|v| v.parse().ok())
        .unwrap_or(super::IDLE_MINUTES)
}

/// The counter (window) this workstation serves at, as recorded on each
/// visit called here; empty until the administrator names it (visits then
/// carry the clerk's login).
pub fn counter(st: &Store) -> String {
    st.setting("counter").ok().flatten().unwrap_or_default()
}
