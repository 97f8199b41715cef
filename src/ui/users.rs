//! Users of the workstation, for administrators: add, reset a password,
//! disable or enable.

use super::login::Secret;
use super::theme::{level_color, tab};
use super::Event;
use crate::desk::admin::{self, Setting, Settings};
use crate::desk::{Now, Who};
use crate::domain::access::{self, Role};
use crate::domain::visit::Level;
use crate::i18n::Localize;
use crate::store::{NewUser, Store, User};
use crate::t;
use chrono::NaiveDateTime;
use iced::widget::{button, column, row, scrollable, text, text_input};
use iced::{Element, Length};

#[derive(Debug, Clone)]
pub enum Msg {
    /// The users and the workstation's settings.
    Loaded(Result<(Vec<User>, Settings), String>),
    Counter(String),
    SaveCounter,
    /// The approving bodies, separated by ";".
    Bodies(String),
    SaveBodies,
    Idle(String),
    SaveIdle,
    /// A workstation setting saved: the settings after it.
    SettingSaved(Result<Settings, String>),
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
    Save(Setting),
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
    /// `role`: who is signed in. Everyone's screen learns the settings
    /// (the idle lock applies to all); only an administrator edits them.
    pub fn update(&mut self, msg: Msg, role: Role) -> (Vec<Effect>, Option<Event>) {
        self.saved = false;
        let is_load = matches!(msg, Msg::Loaded(_) | Msg::SettingSaved(_));
        if role != Role::Administrator && !is_load {
            return (vec![], None);
        }
        match msg {
            Msg::Loaded(Ok((u, settings))) => {
                self.users = u;
                self.show(&settings);
                return (vec![], Some(Event::IdleMinutes(settings.idle_minutes)));
            }
            Msg::Bodies(s) => self.bodies = s,
            Msg::SaveBodies => {
                let list = super::actions::bodies_from_text(&self.bodies);
                return (vec![Effect::Save(Setting::Bodies(list))], None);
            }
            Msg::Counter(s) => self.counter = s,
            Msg::SaveCounter => {
                return (
                    vec![Effect::Save(Setting::Counter(self.counter.clone()))],
                    None,
                )
            }
            Msg::Idle(s) => self.idle = s,
            // The range is the desk's to check; a number is the field's.
            Msg::SaveIdle => match self.idle.trim().parse::<i64>() {
                Ok(n) => return (vec![Effect::Save(Setting::IdleMinutes(n))], None),
                Err(_) => self.error = Some(t!("ui-users-idle-invalid")),
            },
            Msg::SettingSaved(Ok(settings)) => {
                self.show(&settings);
                self.saved = true;
                self.error = None;
                return (vec![], Some(Event::IdleMinutes(settings.idle_minutes)));
            }
            Msg::SettingSaved(Err(e)) => self.error = Some(e),
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
                    let add = Effect::Add {
                        login: self.login.trim().into(),
                        full_name: self.name.trim().into(),
                        role,
                        password: self.password.clone(),
                    };
                    return (vec![add], None);
                }
            }
            Msg::Select(l) => self.selected = Some(l),
            Msg::NewPassword(s) => self.new_password = Secret(s),
            Msg::Reset => {
                if let Some(login) = self.selected.clone() {
                    let reset = Effect::Reset {
                        login,
                        password: self.new_password.clone(),
                    };
                    return (vec![reset], None);
                }
            }
            Msg::Active(login, active) => return (vec![Effect::Active { login, active }], None),
        }
        (vec![], None)
    }

    /// The settings into their fields.
    fn show(&mut self, s: &Settings) {
        self.idle = s.idle_minutes.to_string();
        self.counter = s.counter.clone();
        self.bodies = super::actions::bodies_text(&s.bodies);
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

pub fn run(st: &mut Store, user: Option<&User>, e: Effect, now: Now) -> Msg {
    let who = user.map(Who::user).unwrap_or_else(Who::cli);
    let done = |r: crate::desk::Result<Vec<User>>| Msg::Done(r.map_err(|e| e.localize()));
    match e {
        Effect::Load => Msg::Loaded(
            admin::users(st)
                .map(|u| (u, admin::settings(st)))
                .map_err(|e| e.localize()),
        ),
        Effect::Save(setting) => {
            Msg::SettingSaved(admin::set(st, &who, setting, now).map_err(|e| e.localize()))
        }
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
            done(admin::add_user(st, &who, new, now))
        }
        Effect::Reset { login, password } => {
            done(admin::reset_password(st, &who, &login, &password.0, now))
        }
        Effect::Active { login, active } => done(admin::set_active(st, &who, &login, active, now)),
    }
}
