//! Home visits (para 13): the request from the contact centre, the day of
//! the visit, and the intake done at home, which flags the case.

use super::theme::button;
use super::theme::level_color;
use crate::desk::types::{HomeVisit, Store, User};
use crate::domain::case::CaseNumber;
use crate::domain::home_visit::{HomeVisitProblem, NewHomeVisit};
use crate::domain::visit::Level;
use crate::i18n::{date, Localize};
use crate::t;
use chrono::NaiveDate;
use iced::widget::{column, row, scrollable, text, text_input};
use iced::{Element, Length};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Iin,
    Phone,
    Address,
    Reason,
    Day,
    Case,
}

#[derive(Debug, Clone)]
pub enum Msg {
    Loaded(Result<Vec<HomeVisit>, String>),
    Edit(Field, String),
    Register,
    Select(i64),
    Schedule,
    Done,
    /// A change went through: the register reloaded, what to say, and
    /// whether a new request was written (the form then empties).
    Changed(Result<(Vec<HomeVisit>, String, bool), String>),
}

#[derive(Debug, Clone)]
pub enum Effect {
    Load,
    Register(Box<NewHomeVisit>),
    Schedule { id: i64, on: NaiveDate },
    Done { id: i64, case: CaseNumber },
}

#[derive(Debug, Default)]
pub struct HomeVisitsState {
    pub(crate) list: Vec<HomeVisit>,
    pub(crate) name: String,
    pub(crate) iin: String,
    pub(crate) phone: String,
    pub(crate) address: String,
    pub(crate) reason: String,
    /// Whether the form was submitted: problems show from then on.
    pub(crate) tried: bool,
    pub(crate) selected: Option<i64>,
    pub(crate) day: String,
    pub(crate) case: String,
    pub(crate) field_error: Option<(Field, String)>,
    pub(crate) info: Option<String>,
    pub(crate) error: Option<String>,
}

impl HomeVisitsState {
    fn draft(&self) -> NewHomeVisit {
        NewHomeVisit {
            full_name: self.name.trim().into(),
            iin: self.iin.trim().into(),
            phone: self.phone.trim().into(),
            address: self.address.trim().into(),
            reason: self.reason.trim().into(),
        }
    }

    fn problem(&self, f: Field) -> Option<String> {
        if let Some((ff, e)) = &self.field_error {
            if *ff == f {
                return Some(e.clone());
            }
        }
        if !self.tried {
            return None;
        }
        self.draft()
            .problems()
            .into_iter()
            .find_map(|p| match (f, p) {
                (Field::Name, HomeVisitProblem::NameWords) => Some(t!("ui-home-name-words")),
                (Field::Name, HomeVisitProblem::Name(e)) => Some(e.localize()),
                (Field::Iin, HomeVisitProblem::Iin(e)) => Some(e.localize()),
                (Field::Phone, HomeVisitProblem::Phone(e)) => Some(e.localize()),
                (Field::Address, HomeVisitProblem::Address) => Some(t!("ui-home-address-needed")),
                (Field::Reason, HomeVisitProblem::Reason) => Some(t!("ui-home-reason-needed")),
                _ => None,
            })
    }

    /// The screen's answer to `msg` (it tells the root nothing).
    pub fn update(&mut self, msg: Msg) -> super::Answer<Effect> {
        (self.step(msg), None)
    }

    fn step(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Loaded(Ok(list)) => self.list = list,
            Msg::Loaded(Err(e)) | Msg::Changed(Err(e)) => self.error = Some(e),
            Msg::Edit(f, v) => {
                self.field_error = None;
                let slot = match f {
                    Field::Name => &mut self.name,
                    Field::Iin => &mut self.iin,
                    Field::Phone => &mut self.phone,
                    Field::Address => &mut self.address,
                    Field::Reason => &mut self.reason,
                    Field::Day => &mut self.day,
                    Field::Case => &mut self.case,
                };
                *slot = v;
            }
            Msg::Register => {
                self.tried = true;
                let d = self.draft();
                if d.problems().is_empty() {
                    return vec![Effect::Register(Box::new(d))];
                }
            }
            Msg::Select(id) => {
                self.selected = Some(id);
                self.day.clear();
                self.case.clear();
                self.field_error = None;
            }
            Msg::Schedule => {
                let Some(id) = self.selected else {
                    return vec![];
                };
                match NaiveDate::parse_from_str(self.day.trim(), "%d.%m.%Y") {
                    Ok(on) => return vec![Effect::Schedule { id, on }],
                    Err(_) => self.field_error = Some((Field::Day, t!("ui-home-day-invalid"))),
                }
            }
            Msg::Done => {
                let Some(id) = self.selected else {
                    return vec![];
                };
                match CaseNumber::parse(self.case.trim()) {
                    Ok(case) => return vec![Effect::Done { id, case }],
                    Err(e) => self.field_error = Some((Field::Case, e.localize())),
                }
            }
            Msg::Changed(Ok((list, info, registered))) => {
                if registered {
                    *self = HomeVisitsState::default();
                }
                self.list = list;
                self.info = Some(info);
                self.error = None;
                if !registered {
                    self.day.clear();
                    self.case.clear();
                }
            }
        }
        vec![]
    }

    pub fn view(&self, today: NaiveDate) -> Element<'_, Msg> {
        let input = |label: String, value: &str, f: Field, id: &'static str| {
            let mut c = column![
                text(label).size(super::theme::LINE),
                text_input("", value)
                    .id(id)
                    .on_input(move |v| Msg::Edit(f, v))
                    // Enter sends the request, as its button does.
                    .on_submit(Msg::Register)
            ]
            .spacing(2);
            if let Some(p) = self.problem(f) {
                c = c.push(
                    text(p)
                        .size(super::theme::LINE)
                        .color(level_color(Level::Breach)),
                );
            }
            c
        };
        let form = column![
            text(t!("ui-home-new")).size(super::theme::HEADING),
            input(t!("ui-f-full-name"), &self.name, Field::Name, "h-name"),
            input(t!("ui-f-iin"), &self.iin, Field::Iin, "h-iin"),
            input(t!("ui-home-phone"), &self.phone, Field::Phone, "h-phone"),
            input(
                t!("ui-home-address"),
                &self.address,
                Field::Address,
                "h-address"
            ),
            input(
                t!("ui-home-reason"),
                &self.reason,
                Field::Reason,
                "h-reason"
            ),
            button(text(t!("ui-home-register"))).on_press(Msg::Register),
        ]
        .spacing(super::theme::ROW_GAP);
        let list = self.list_view(today);
        // What happened, above the form and the list, in a line that is
        // there with or without a message (nothing moves).
        let said = match (&self.error, &self.info) {
            (Some(e), _) => Some((e.clone(), Level::Breach)),
            (None, Some(i)) => Some((i.clone(), Level::Normal)),
            _ => None,
        };
        column![
            super::theme::message_line(said),
            row![
                scrollable(form).width(Length::FillPortion(1)),
                scrollable(list).width(Length::FillPortion(1))
            ]
            .spacing(16)
        ]
        .spacing(super::theme::ROW_GAP)
        .into()
    }

    /// The requests, with their state, and the one selected with what may
    /// be done to it.
    fn list_view(&self, today: NaiveDate) -> iced::widget::Column<'_, Msg> {
        let mut list = column![text(t!("ui-home-list")).size(super::theme::HEADING)].spacing(4);
        if self.list.is_empty() {
            list = list.push(text(t!("ui-home-none")).size(super::theme::LINE));
        }
        for v in &self.list {
            let state = match (v.done_on, v.scheduled_on) {
                (Some(d), _) => t!(
                    "ui-home-done",
                    date = date(d),
                    case = v.case.map(|c| c.to_string()).unwrap_or_default()
                ),
                (None, Some(s)) => t!("ui-home-scheduled", date = date(s)),
                (None, None) => t!("ui-home-unscheduled"),
            };
            let late = v.done_on.is_none() && v.scheduled_on.is_some_and(|s| s < today);
            let line = text(format!(
                "{}  {}  {}  {}  {}",
                v.number,
                date(v.requested_on),
                v.request.full_name,
                v.request.address,
                state
            ))
            .size(super::theme::LINE);
            let line = if late {
                line.color(level_color(Level::Breach))
            } else {
                line
            };
            list = list.push(
                button(line)
                    .style(if self.selected == Some(v.id) {
                        button::primary
                    } else {
                        button::text
                    })
                    .on_press(Msg::Select(v.id)),
            );
        }
        if let Some(v) = self
            .selected
            .and_then(|id| self.list.iter().find(|v| v.id == id))
        {
            if v.done_on.is_none() {
                list = list.push(
                    text(t!(
                        "ui-home-details",
                        phone = v.request.phone.as_str(),
                        reason = v.request.reason.as_str()
                    ))
                    .size(super::theme::LINE),
                );
                let mut day = column![row![
                    text(t!("ui-home-day")).size(super::theme::LINE),
                    text_input(&t!("ui-home-day-placeholder"), &self.day)
                        .id("h-day")
                        .width(160)
                        .on_input(|s| Msg::Edit(Field::Day, s))
                        .on_submit(Msg::Schedule),
                    button(text(t!("ui-home-schedule"))).on_press(Msg::Schedule),
                ]
                .spacing(super::theme::ROW_GAP)
                .align_y(iced::Alignment::Center)];
                if let Some(p) = self.problem(Field::Day) {
                    day = day.push(
                        text(p)
                            .size(super::theme::LINE)
                            .color(level_color(Level::Breach)),
                    );
                }
                list = list.push(day);
                if v.scheduled_on.is_some() {
                    let mut done = column![row![
                        text(t!("ui-home-case")).size(super::theme::LINE),
                        text_input("", &self.case)
                            .id("h-case")
                            .width(220)
                            .on_input(|s| Msg::Edit(Field::Case, s))
                            .on_submit(Msg::Done),
                        button(text(t!("ui-home-mark-done"))).on_press(Msg::Done),
                    ]
                    .spacing(super::theme::ROW_GAP)
                    .align_y(iced::Alignment::Center)];
                    if let Some(p) = self.problem(Field::Case) {
                        done = done.push(
                            text(p)
                                .size(super::theme::LINE)
                                .color(level_color(Level::Breach)),
                        );
                    }
                    list = list.push(done);
                }
            }
        }
        list
    }
}

pub fn run(st: &mut Store, user: &User, e: Effect, now: crate::desk::Now) -> Msg {
    use crate::desk::{self, Who};
    let who = Who::user(user);
    let reload = |st: &Store, info: String, registered: bool| {
        crate::desk::lists::home_visits(st)
            .map(|l| (l, info, registered))
            .map_err(|e| e.localize())
    };
    match e {
        Effect::Load => Msg::Loaded(crate::desk::lists::home_visits(st).map_err(|e| e.localize())),
        Effect::Register(v) => Msg::Changed(
            desk::request_home_visit(st, &who, now, &v)
                .map_err(|e| e.localize())
                .and_then(|h| reload(st, t!("ui-home-registered", number = h.number), true)),
        ),
        Effect::Schedule { id, on } => Msg::Changed(
            desk::schedule_home_visit(st, &who, now, id, on)
                .map_err(|e| e.localize())
                .and_then(|h| {
                    reload(
                        st,
                        t!("ui-home-scheduled-info", number = h.number, date = date(on)),
                        false,
                    )
                }),
        ),
        Effect::Done { id, case } => Msg::Changed(
            desk::home_visit_done(st, &who, now, id, &case)
                .map_err(|e| e.localize())
                .and_then(|h| {
                    reload(
                        st,
                        t!(
                            "ui-home-done-info",
                            number = h.number,
                            case = case.to_string()
                        ),
                        false,
                    )
                }),
        ),
    }
}
