//! The live queue: tickets, call next, and the wait and service timers
//! against the office's limits (15 minutes at a State Corporation counter,
//! 30 at a migration police office), amber at 80 %, red at the limit, a
//! breach recorded with its reason.

use super::style::{clock, level_color};
use crate::domain::visit::{self, Level, TimerKind, TimerReading};
use crate::domain::OfficeKind;
use crate::i18n::Localize;
use crate::store::{Actor, Office, Store, User, Visit};
use crate::t;
use chrono::NaiveDateTime;
use iced::widget::{button, column, container, row, scrollable, text, text_input};
use iced::{Element, Length};

#[derive(Debug, Clone)]
pub enum Msg {
    Loaded(
        Result<
            (
                Vec<Visit>,
                Option<Visit>,
                crate::domain::profile::VisitLimits,
            ),
            String,
        >,
    ),
    Issue,
    CallNext,
    End,
    Reason(String),
    SaveBreach(TimerKind),
}

#[derive(Debug, Clone)]
pub enum Effect {
    Load,
    Issue,
    Call(i64),
    End(i64),
    Breach {
        visit: i64,
        kind: TimerKind,
        reason: String,
    },
}

#[derive(Debug, Default)]
pub struct QueueState {
    pub waiting: Vec<Visit>,
    pub current: Option<Visit>,
    pub limits: Option<crate::domain::profile::VisitLimits>,
    pub reason: String,
    pub error: Option<String>,
}

impl QueueState {
    /// A clock is needed while someone waits or is being served.
    pub fn timers_running(&self) -> bool {
        !self.waiting.is_empty()
            || self
                .current
                .as_ref()
                .is_some_and(|v| visit::is_running(&v.times))
    }

    pub fn update(&mut self, msg: Msg, _now: NaiveDateTime) -> Vec<Effect> {
        match msg {
            Msg::Loaded(Ok((waiting, current, limits))) => {
                self.waiting = waiting;
                self.current = current;
                self.limits = Some(limits);
                self.error = None;
                vec![]
            }
            Msg::Loaded(Err(e)) => {
                self.error = Some(e);
                vec![]
            }
            Msg::Issue => vec![Effect::Issue],
            // Call next: the first in order of arrival (no fast track).
            Msg::CallNext if self.current.is_none() => self
                .waiting
                .first()
                .map(|v| vec![Effect::Call(v.id)])
                .unwrap_or_default(),
            Msg::CallNext => vec![],
            Msg::End => self
                .current
                .as_ref()
                .map(|v| vec![Effect::End(v.id)])
                .unwrap_or_default(),
            Msg::Reason(r) => {
                self.reason = r;
                vec![]
            }
            Msg::SaveBreach(kind) if !self.reason.trim().is_empty() => {
                let reason = std::mem::take(&mut self.reason);
                self.current
                    .as_ref()
                    .map(|v| {
                        vec![Effect::Breach {
                            visit: v.id,
                            kind,
                            reason,
                        }]
                    })
                    .unwrap_or_default()
            }
            Msg::SaveBreach(_) => vec![],
        }
    }

    /// The wait and service readings of the current visit at `now`.
    pub fn readings(
        &self,
        office: Option<&Office>,
        now: NaiveDateTime,
    ) -> Option<(TimerReading, Option<TimerReading>)> {
        let (v, limits, office) = (self.current.as_ref()?, self.limits.as_ref()?, office?);
        let limit = match office.kind {
            OfficeKind::StateCorporation => limits.state_corporation,
            OfficeKind::MigrationPolice => limits.provider,
        };
        Some((
            visit::wait(&v.times, limit, limits, now),
            visit::service(&v.times, limit, limits, now),
        ))
    }

    pub fn view(&self, office: Option<&Office>, now: NaiveDateTime) -> Element<'_, Msg> {
        let actions = row![
            button(text(t!("ui-queue-issue"))).on_press(Msg::Issue),
            button(text(t!("ui-queue-call-next"))).on_press_maybe(
                (self.current.is_none() && !self.waiting.is_empty()).then_some(Msg::CallNext)
            ),
        ]
        .spacing(8);
        let mut col = column![text(t!("ui-queue-title")).size(22), actions].spacing(10);
        if let Some((wait, service)) = self.readings(office, now) {
            let ticket = self
                .current
                .as_ref()
                .map(|v| v.ticket.clone())
                .unwrap_or_default();
            let strip = |label: String, r: &TimerReading| {
                let state = match r.level {
                    Level::Normal => t!("ui-timer-ok"),
                    Level::Warning => t!("ui-timer-warning"),
                    Level::Breach => t!("ui-timer-breach"),
                };
                text(format!(
                    "{label}: {} / {} — {}",
                    clock(r.elapsed_secs),
                    clock(r.limit_secs),
                    state
                ))
                .size(18)
                .color(level_color(r.level))
            };
            let mut s = column![
                text(t!("ui-queue-current", ticket = ticket)).size(18),
                strip(t!("ui-timer-wait"), &wait)
            ]
            .spacing(4);
            if let Some(service) = &service {
                s = s.push(strip(t!("ui-timer-service"), service));
            }
            let breached: Vec<TimerKind> = [
                (TimerKind::Wait, wait.level),
                (
                    TimerKind::Service,
                    service.map(|s| s.level).unwrap_or(Level::Normal),
                ),
            ]
            .into_iter()
            .filter(|(_, l)| *l == Level::Breach)
            .map(|(k, _)| k)
            .collect();
            let v = self.current.as_ref();
            for kind in breached {
                let recorded = match kind {
                    TimerKind::Wait => v.and_then(|v| v.wait_breach_reason.clone()),
                    TimerKind::Service => v.and_then(|v| v.service_breach_reason.clone()),
                };
                match recorded {
                    Some(r) => {
                        s = s.push(text(t!("ui-queue-breach-recorded", reason = r)).size(14))
                    }
                    None => {
                        s = s.push(
                            row![
                                text_input(&t!("ui-queue-breach-reason"), &self.reason)
                                    .on_input(Msg::Reason)
                                    .on_submit(Msg::SaveBreach(kind)),
                                button(text(t!("ui-queue-breach-save")))
                                    .on_press(Msg::SaveBreach(kind)),
                            ]
                            .spacing(8),
                        )
                    }
                }
            }
            s = s.push(button(text(t!("ui-queue-end"))).on_press(Msg::End));
            col = col.push(container(s).padding(10).style(container::bordered_box));
        }
        col = col.push(text(t!("ui-queue-waiting", count = self.waiting.len())).size(16));
        let mut list = column![].spacing(4);
        for v in &self.waiting {
            let waited = (now - v.times.issued_at).num_seconds().max(0);
            list = list.push(text(t!(
                "ui-queue-ticket",
                ticket = v.ticket.as_str(),
                waited = clock(waited)
            )));
        }
        col = col.push(scrollable(list).height(Length::Fill));
        if let Some(e) = &self.error {
            col = col.push(text(e.clone()).color(level_color(Level::Breach)));
        }
        col.into()
    }
}

fn load(
    st: &mut Store,
    user: Option<&User>,
    today: chrono::NaiveDate,
) -> Result<
    (
        Vec<Visit>,
        Option<Visit>,
        crate::domain::profile::VisitLimits,
    ),
    String,
> {
    let waiting = st.waiting_visits().map_err(|e| e.localize())?;
    let current = st
        .open_visit_of(user.map(|u| u.id))
        .map_err(|e| e.localize())?;
    let rules = st.rules().map_err(|e| e.localize())?;
    let limits = rules
        .profile_on(today)
        .map(|p| p.visit)
        .ok_or_else(|| crate::store::StoreError::NoProfile(today).localize())?;
    Ok((waiting, current, limits))
}

pub fn run(st: &mut Store, user: Option<&User>, e: Effect, now: NaiveDateTime) -> Msg {
    let actor = user.map(Actor::user).unwrap_or_else(Actor::cli);
    let done = match e {
        Effect::Load => Ok(()),
        Effect::Issue => st.tickets_issued_on(now.date()).and_then(|n| {
            st.issue_ticket(&actor, &format!("{:03}", n + 1), now, now)
                .map(|_| ())
        }),
        Effect::Call(id) => st.call_visit(&actor, id, now, None).map(|_| ()),
        Effect::End(id) => st.end_visit(&actor, id, now, "served", None).map(|_| ()),
        Effect::Breach {
            visit,
            kind,
            reason,
        } => st
            .record_breach(&actor, visit, kind, &reason, now)
            .map(|_| ()),
    };
    match done {
        Ok(()) => Msg::Loaded(load(st, user, now.date())),
        Err(e) => Msg::Loaded(Err(e.localize())),
    }
}
