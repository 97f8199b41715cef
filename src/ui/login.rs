//! The login screen, with the lock-out after three failures.

use super::theme::button;
use crate::desk::types::{LoginOutcome, Office, Store, User};
use crate::i18n::Localize;
use crate::t;
use chrono::NaiveDateTime;
use iced::widget::{column, text, text_input};
use iced::{Element, Length};

/// A password that never shows up in logs or debug output.
#[derive(Clone, Default)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Debug, Clone)]
pub enum Msg {
    Login(String),
    Password(String),
    /// Enter in the login field: on to the password.
    LoginEntered,
    Submit,
    Checked(Result<LoginOutcome, String>),
}

#[derive(Debug, Clone)]
pub enum Effect {
    Check { login: String, password: Secret },
}

enum Outcome {
    None,
    Effect(Effect),
    LoggedIn(User),
    Focus(&'static str),
}

#[derive(Debug, Default)]
pub struct LoginState {
    pub(crate) login: String,
    pub(crate) password: Secret,
    pub(crate) busy: bool,
    pub(crate) problem: Option<Problem>,
    /// The screen lock's form (the password only).
    pub(crate) unlocking: bool,
}

impl LoginState {
    /// Why the last sign-in did not go through, as shown.
    pub fn problem(&self) -> Option<&Problem> {
        self.problem.as_ref()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Submitted with no password: not counted as an attempt.
    NoPassword,
    Wrong {
        attempts_left: u32,
    },
    Locked {
        until: NaiveDateTime,
    },
    Disabled,
    Store(String),
}

impl LoginState {
    /// The screen's answer to `msg`, in the shape every screen gives.
    pub fn update(&mut self, msg: Msg, now: NaiveDateTime) -> super::Answer<Effect> {
        match self.step(msg, now) {
            Outcome::None => (vec![], None),
            Outcome::Effect(e) => (vec![e], None),
            Outcome::LoggedIn(user) => (vec![], Some(super::Event::SignedIn(Box::new(user)))),
            Outcome::Focus(id) => (vec![], Some(super::Event::FocusField(id.to_string()))),
        }
    }

    fn step(&mut self, msg: Msg, _now: NaiveDateTime) -> Outcome {
        match msg {
            Msg::Login(s) => {
                self.login = s;
                Outcome::None
            }
            Msg::Password(s) => {
                self.password = Secret(s);
                Outcome::None
            }
            Msg::LoginEntered => Outcome::Focus("password"),
            // No password typed: not an attempt (nothing is counted), the
            // keyboard goes where it is missing.
            Msg::Submit if !self.busy && self.password.0.is_empty() => {
                self.problem = Some(Problem::NoPassword);
                Outcome::Focus(if self.unlocking {
                    "unlock-password"
                } else {
                    "password"
                })
            }
            Msg::Submit if !self.busy && self.login.trim().is_empty() => Outcome::Focus("login"),
            Msg::Submit if !self.busy => {
                self.busy = true;
                Outcome::Effect(Effect::Check {
                    login: self.login.trim().to_string(),
                    password: self.password.clone(),
                })
            }
            Msg::Submit => Outcome::None,
            Msg::Checked(r) => {
                self.busy = false;
                // The password field empties after every attempt.
                self.password = Secret::default();
                match r {
                    Ok(LoginOutcome::Ok(user)) => return Outcome::LoggedIn(user),
                    Ok(LoginOutcome::Wrong { attempts_left }) => {
                        self.problem = Some(Problem::Wrong { attempts_left })
                    }
                    Ok(LoginOutcome::Locked { until }) => {
                        self.problem = Some(Problem::Locked { until })
                    }
                    Ok(LoginOutcome::Disabled) => self.problem = Some(Problem::Disabled),
                    Err(e) => self.problem = Some(Problem::Store(e)),
                }
                Outcome::None
            }
        }
    }

    /// The unlock form of the screen lock: the password only.
    pub fn view_unlock(&self) -> Element<'_, Msg> {
        let mut col = column![
            text_input(&t!("ui-login-password"), &self.password.0)
                .id("unlock-password")
                .secure(true)
                .on_input(Msg::Password)
                .on_submit(Msg::Submit),
            button(text(t!("ui-unlock"))).on_press_maybe((!self.busy).then_some(Msg::Submit)),
        ]
        .spacing(10)
        .max_width(420);
        if let Some(p) = &self.problem {
            col = col.push(text(self.problem_text(p)).color(super::theme::level_color(
                crate::domain::visit::Level::Breach,
            )));
        }
        col.into()
    }

    fn problem_text(&self, p: &Problem) -> String {
        match p {
            Problem::NoPassword => t!("desk-incomplete-password"),
            Problem::Wrong { attempts_left } => t!("ui-unlock-wrong", left = attempts_left),
            Problem::Locked { until } => {
                t!("ui-login-locked", until = until.format("%H:%M").to_string())
            }
            Problem::Disabled => t!("ui-login-disabled"),
            Problem::Store(e) => e.clone(),
        }
    }

    pub fn view(&self, _office: Option<&Office>, _now: NaiveDateTime) -> Element<'_, Msg> {
        let mut col = column![
            text(t!("ui-login-title")).size(crate::ui::theme::TITLE),
            text_input(&t!("ui-login-login"), &self.login)
                .id("login")
                .on_input(Msg::Login)
                .on_submit(Msg::LoginEntered),
            text_input(&t!("ui-login-password"), &self.password.0)
                .id("password")
                .secure(true)
                .on_input(Msg::Password)
                .on_submit(Msg::Submit),
            button(text(t!("ui-login-submit"))).on_press_maybe((!self.busy).then_some(Msg::Submit)),
        ]
        .spacing(10)
        .max_width(420)
        .width(Length::Fill);
        if let Some(p) = &self.problem {
            let msg = match p {
                Problem::NoPassword => t!("desk-incomplete-password"),
                Problem::Wrong { attempts_left } => t!("ui-login-wrong", left = attempts_left),
                Problem::Locked { until } => {
                    t!("ui-login-locked", until = until.format("%H:%M").to_string())
                }
                Problem::Disabled => t!("ui-login-disabled"),
                Problem::Store(e) => e.clone(),
            };
            col = col.push(text(msg).color(super::theme::level_color(
                crate::domain::visit::Level::Breach,
            )));
        }
        col.into()
    }
}

pub fn run(st: &mut Store, e: Effect, now: crate::desk::Now) -> Msg {
    match e {
        Effect::Check { login, password } => Msg::Checked(
            crate::desk::session::login(st, &login, &password.0, now).map_err(|e| e.localize()),
        ),
    }
}
