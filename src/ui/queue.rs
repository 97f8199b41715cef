//! The live queue: tickets (issued here, or entered with their time from a
//! separate queue system), call next in order of arrival, a call out of
//! order only with a reason, no-show and recall, and the wait and service
//! timers against the office's limits (15 minutes at a State Corporation
//! counter, 30 at a migration police office), amber at 80 %, red at the
//! limit, a breach recorded with its reason.

use super::theme::button;
use super::theme::{clock, level_color};
use crate::desk::counter::{self, Move};
use crate::desk::types::{Office, Store, User, Visit};
use crate::desk::{Now, Who};
use crate::domain::profile::VisitLimits;
use crate::domain::visit::{self, Level, TimerKind, TimerReading};
use crate::i18n::Localize;
use crate::t;
use chrono::{NaiveDateTime, NaiveTime};
use iced::widget::{column, container, row, scrollable, text, text_input};
use iced::{Element, Length};

/// What the queue screen shows: waiting tickets, the visit being served,
/// today's no-shows, and the office's limits.
pub type Snapshot = counter::Queue;

#[derive(Debug, Clone)]
pub enum Msg {
    Loaded(Result<Box<Snapshot>, String>),
    Issue,
    CallNext,
    /// Call a ticket that is not first in line: a reason is required.
    CallOut(i64),
    OutReason(String),
    End,
    NoShow,
    /// "Did not come" is confirmed / not.
    ConfirmNoShow,
    CancelNoShow,
    Recall(i64),
    Reason(String),
    SaveBreach(TimerKind),
    ManualTicket(String),
    ManualTime(String),
    AddManual,
}

#[derive(Debug, Clone)]
pub enum Effect {
    Load,
    Issue,
    /// A ticket from a separate queue system, with its issue time.
    Manual {
        ticket: String,
        issued_at: NaiveDateTime,
    },
    Call(i64, Option<String>),
    End(i64),
    NoShow(i64),
    Recall(i64),
    Breach {
        visit: i64,
        kind: TimerKind,
        reason: String,
    },
}

#[derive(Debug, Default)]
pub struct QueueState {
    pub(crate) waiting: Vec<Visit>,
    pub(crate) current: Option<Visit>,
    pub(crate) no_shows: Vec<Visit>,
    pub(crate) limits: Option<VisitLimits>,
    pub(crate) reason: String,
    pub(crate) out_reason: String,
    pub(crate) manual_ticket: String,
    pub(crate) manual_time: String,
    pub(crate) error: Option<String>,
    /// "Did not come" asked for, awaiting confirmation.
    pub(crate) confirm_no_show: bool,
}

/// What the screen shows, for tests and the root.
impl QueueState {
    /// The visit at the counter.
    pub fn current(&self) -> Option<&Visit> {
        self.current.as_ref()
    }
    /// The visits waiting.
    pub fn waiting(&self) -> &[Visit] {
        &self.waiting
    }
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

    /// The screen's answer to `msg`; a question opened (a no-show to
    /// confirm) tells the root, so the fields let go of the keyboard.
    pub fn update(&mut self, msg: Msg, now: NaiveDateTime) -> super::Answer<Effect> {
        let asked = self.confirm_no_show;
        let effects = self.step(msg, now);
        let event = (!asked && self.confirm_no_show).then_some(super::Event::Confirming);
        (effects, event)
    }

    fn step(&mut self, msg: Msg, now: NaiveDateTime) -> Vec<Effect> {
        match msg {
            Msg::Loaded(Ok(snapshot)) => {
                let q = *snapshot;
                self.waiting = q.waiting;
                self.current = q.current;
                self.no_shows = q.no_shows;
                self.limits = Some(q.limits);
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
                .map(|v| vec![Effect::Call(v.id, None)])
                .unwrap_or_default(),
            Msg::CallNext => vec![],
            Msg::CallOut(_) if self.current.is_some() => vec![],
            Msg::CallOut(id) => {
                if self.waiting.first().is_some_and(|v| v.id == id) {
                    return vec![Effect::Call(id, None)];
                }
                if self.out_reason.trim().is_empty() {
                    self.error = Some(t!("ui-queue-out-reason-needed"));
                    return vec![];
                }
                self.error = None;
                vec![Effect::Call(id, Some(std::mem::take(&mut self.out_reason)))]
            }
            Msg::OutReason(r) => {
                self.out_reason = r;
                vec![]
            }
            Msg::End => self
                .current
                .as_ref()
                .map(|v| vec![Effect::End(v.id)])
                .unwrap_or_default(),
            // Closing a ticket as a no-show cannot be undone: confirmed.
            Msg::NoShow => {
                self.confirm_no_show = self.current.is_some();
                vec![]
            }
            Msg::CancelNoShow => {
                self.confirm_no_show = false;
                vec![]
            }
            Msg::ConfirmNoShow => {
                let asked = std::mem::take(&mut self.confirm_no_show);
                match (&self.current, asked) {
                    (Some(v), true) => vec![Effect::NoShow(v.id)],
                    _ => vec![],
                }
            }
            Msg::Recall(id) if self.current.is_none() => vec![Effect::Recall(id)],
            Msg::Recall(_) => vec![],
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
            Msg::ManualTicket(s) => {
                self.manual_ticket = s;
                vec![]
            }
            Msg::ManualTime(s) => {
                self.manual_time = s;
                vec![]
            }
            Msg::AddManual => {
                let time = NaiveTime::parse_from_str(self.manual_time.trim(), "%H:%M");
                match (self.manual_ticket.trim(), time) {
                    (t, Ok(time)) if !t.is_empty() && now.date().and_time(time) <= now => {
                        let e = Effect::Manual {
                            ticket: t.to_string(),
                            issued_at: now.date().and_time(time),
                        };
                        self.manual_ticket.clear();
                        self.manual_time.clear();
                        self.error = None;
                        vec![e]
                    }
                    _ => {
                        self.error = Some(t!("ui-queue-manual-invalid"));
                        vec![]
                    }
                }
            }
        }
    }

    /// The wait and service readings of the current visit at `now`.
    pub fn readings(
        &self,
        office: Option<&Office>,
        now: NaiveDateTime,
    ) -> Option<(TimerReading, Option<TimerReading>)> {
        let (v, limits, office) = (self.current.as_ref()?, self.limits.as_ref()?, office?);
        let limit = limits.for_office(office.kind);
        Some((
            visit::wait(&v.times, limit, limits, now),
            visit::service(&v.times, limit, limits, now),
        ))
    }

    /// Whether the visit served breached a limit with no reason recorded.
    pub fn unexplained(&self, office: Option<&Office>, now: NaiveDateTime) -> bool {
        let (Some(v), Some(limits), Some(office)) =
            (self.current.as_ref(), self.limits.as_ref(), office)
        else {
            return false;
        };
        !visit::unexplained(
            &v.times,
            office.kind,
            limits,
            [
                v.wait_breach_reason.as_deref(),
                v.service_breach_reason.as_deref(),
            ],
            now,
        )
        .is_empty()
    }

    /// One line for every other tab while someone is served: the ticket
    /// and both timers, coloured by the worse of them — the clerk sees the
    /// 15 minutes run during the intake too.
    pub fn strip(&self, office: Option<&Office>, now: NaiveDateTime) -> Option<(String, Level)> {
        let (wait, service) = self.readings(office, now)?;
        let ticket = self.current.as_ref()?.ticket.clone();
        let mut line = format!(
            "{} · {}: {} / {}",
            t!("ui-queue-current", ticket = ticket),
            t!("ui-timer-wait"),
            clock(wait.elapsed_secs),
            clock(wait.limit_secs)
        );
        let mut level = wait.level;
        if let Some(s) = &service {
            line.push_str(&format!(
                " · {}: {} / {}",
                t!("ui-timer-service"),
                clock(s.elapsed_secs),
                clock(s.limit_secs)
            ));
            level = level.max(s.level);
        }
        Some((line, level))
    }

    fn serving(&self, office: Option<&Office>, now: NaiveDateTime) -> Option<Element<'_, Msg>> {
        let (wait, service) = self.readings(office, now)?;
        let ticket = self
            .current
            .as_ref()
            .map(|v| v.ticket.clone())
            .unwrap_or_default();
        let strip = |label: String, r: &TimerReading| {
            let state = match r.level {
                Level::Normal => t!("ui-timer-ok"),
                // The share reached, not the threshold: "91 %" at 91 %.
                Level::Warning => t!(
                    "ui-timer-warning",
                    percent = (r.elapsed_secs * 100 / r.limit_secs.max(1)).to_string()
                ),
                Level::Breach => t!("ui-timer-breach"),
            };
            text(format!(
                "{label}: {} / {} — {}",
                clock(r.elapsed_secs),
                clock(r.limit_secs),
                state
            ))
            .size(crate::ui::theme::HEADING)
            .color(level_color(r.level))
        };
        let mut s = column![
            text(t!("ui-queue-current", ticket = ticket)).size(crate::ui::theme::HEADING),
            strip(t!("ui-timer-wait"), &wait)
        ]
        .spacing(4);
        if let Some(service) = &service {
            s = s.push(strip(t!("ui-timer-service"), service));
        }
        let v = self.current.as_ref();
        let levels = [
            (TimerKind::Wait, wait.level),
            (
                TimerKind::Service,
                service.map(|s| s.level).unwrap_or(Level::Normal),
            ),
        ];
        for (kind, _) in levels.into_iter().filter(|(_, l)| *l == Level::Breach) {
            let recorded = match kind {
                TimerKind::Wait => v.and_then(|v| v.wait_breach_reason.clone()),
                TimerKind::Service => v.and_then(|v| v.service_breach_reason.clone()),
            };
            s = s.push(match recorded {
                Some(r) => Element::from(
                    text(t!("ui-queue-breach-recorded", reason = r)).size(super::theme::BODY),
                ),
                None => row![
                    text_input(&t!("ui-queue-breach-reason"), &self.reason)
                        .on_input(Msg::Reason)
                        .on_submit(Msg::SaveBreach(kind)),
                    button(text(t!("ui-queue-breach-save"))).on_press(Msg::SaveBreach(kind)),
                ]
                .spacing(super::theme::ROW_GAP)
                .into(),
            });
        }
        s = s.push(if self.confirm_no_show {
            super::confirm::panel(
                t!("ui-confirm-no-show"),
                Msg::ConfirmNoShow,
                Msg::CancelNoShow,
            )
        } else {
            row![
                button(text(t!("ui-queue-end"))).on_press(Msg::End),
                button(text(t!("ui-queue-no-show")))
                    .style(button::secondary)
                    .on_press(Msg::NoShow),
            ]
            .spacing(super::theme::ROW_GAP)
            .into()
        });
        Some(
            container(s)
                .padding(10)
                .style(container::bordered_box)
                .into(),
        )
    }

    pub fn view(&self, office: Option<&Office>, now: NaiveDateTime) -> Element<'_, Msg> {
        let actions = row![
            button(text(t!("ui-queue-issue"))).on_press(Msg::Issue),
            button(text(t!("ui-queue-call-next"))).on_press_maybe(
                (self.current.is_none() && !self.waiting.is_empty()).then_some(Msg::CallNext)
            ),
        ]
        .spacing(super::theme::ROW_GAP);
        let manual = row![
            text_input(&t!("ui-queue-manual-ticket"), &self.manual_ticket)
                .id("manual-ticket")
                .on_input(Msg::ManualTicket),
            text_input(&t!("ui-queue-manual-time"), &self.manual_time)
                .id("manual-time")
                .on_input(Msg::ManualTime)
                .on_submit(Msg::AddManual),
            button(text(t!("ui-queue-manual-add"))).on_press(Msg::AddManual),
        ]
        .spacing(super::theme::ROW_GAP)
        .width(Length::Fill);
        // What happened, right under the buttons that did it.
        let said = self.error.clone().map(|e| (e, Level::Breach));
        let mut col = column![
            text(t!("ui-queue-title")).size(super::theme::TITLE),
            actions,
            manual,
            super::theme::message_line(said),
        ]
        .spacing(10);
        if let Some(s) = self.serving(office, now) {
            col = col.push(s);
        }
        col = col.push(
            text(t!("ui-queue-waiting", count = self.waiting.len())).size(super::theme::HEADING),
        );
        let mut list = column![].spacing(4);
        // Each waiting ticket coloured by its own wait against the limit.
        let limit = match (self.limits.as_ref(), office) {
            (Some(l), Some(o)) => Some((l.for_office(o.kind), l)),
            _ => None,
        };
        for (i, v) in self.waiting.iter().enumerate() {
            let waited = (now - v.times.issued_at).num_seconds().max(0);
            let level = limit
                .map(|(lim, all)| visit::wait(&v.times, lim, all, now).level)
                .unwrap_or(Level::Normal);
            let mut line = row![text(t!(
                "ui-queue-ticket",
                ticket = v.ticket.as_str(),
                waited = clock(waited)
            ))
            .color(level_color(level))]
            .spacing(super::theme::ROW_GAP);
            if i > 0 && self.current.is_none() {
                line = line.push(
                    button(text(t!("ui-queue-call-out")).size(super::theme::LINE))
                        .style(button::secondary)
                        .on_press(Msg::CallOut(v.id)),
                );
            }
            list = list.push(line);
        }
        if self.waiting.len() > 1 && self.current.is_none() {
            list = list.push(
                text_input(&t!("ui-queue-out-reason"), &self.out_reason)
                    .id("out-reason")
                    .on_input(Msg::OutReason),
            );
        }
        if !self.no_shows.is_empty() {
            list = list.push(text(t!("ui-queue-no-shows")).size(super::theme::HEADING));
            for v in &self.no_shows {
                let mut line = row![text(v.ticket.clone())].spacing(super::theme::ROW_GAP);
                if self.current.is_none() {
                    line = line.push(
                        button(text(t!("ui-queue-recall")).size(super::theme::LINE))
                            .on_press(Msg::Recall(v.id)),
                    );
                }
                list = list.push(line);
            }
        }
        col = col.push(scrollable(list).height(Length::Fill));
        col.into()
    }
}

pub fn run(st: &mut Store, user: &User, e: Effect, now: Now) -> Msg {
    let who = Who::user(user);
    let m = match e {
        Effect::Load => None,
        Effect::Issue => Some(Move::Issue),
        Effect::Manual { ticket, issued_at } => Some(Move::Manual { ticket, issued_at }),
        Effect::Call(id, reason) => Some(Move::Call(id, reason)),
        Effect::End(id) => Some(Move::End(id)),
        Effect::NoShow(id) => Some(Move::NoShow(id)),
        Effect::Recall(id) => Some(Move::Recall(id)),
        Effect::Breach {
            visit,
            kind,
            reason,
        } => Some(Move::Breach {
            visit,
            kind,
            reason,
        }),
    };
    let r = match m {
        None => counter::queue(st, Some(user), now),
        Some(m) => counter::step(st, &who, Some(user), m, now),
    };
    Msg::Loaded(r.map(Box::new).map_err(|e| e.localize()))
}
