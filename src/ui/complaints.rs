//! The complaints register (para 11): register a complaint from a person or
//! a legal entity, print the acceptance confirmation, answer it; the due
//! date on the working calendar, overdue in red.

use super::theme::button;
use super::theme::checkbox;
use super::theme::{level_color, tab};
use crate::desk::types::{Complaint, Office, Store, User};
use crate::domain::complaint::{About, Addressee, Complainant, NewComplaint};
use crate::domain::visit::Level;
use crate::domain::DocLang;
use crate::i18n::{date, Localize};
use crate::t;
use chrono::NaiveDate;
use iced::widget::{column, row, scrollable, text, text_input};
use iced::{Element, Length};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Id,
    Address,
    Outgoing,
    OutgoingDate,
    Text,
    Case,
    Answer,
}

#[derive(Debug, Clone)]
pub enum Msg {
    Loaded(Result<Vec<Complaint>, String>),
    Entity(bool),
    Edit(Field, String),
    About(About),
    Addressee(Addressee),
    Register,
    Registered(Result<Box<(Complaint, PathBuf)>, String>),
    Select(i64),
    /// The answer is typed in a multi-line editor.
    AnswerEdit(iced::widget::text_editor::Action),
    ByPost(bool),
    AnswerIt,
    /// The language of the printed confirmation.
    Lang(DocLang),
    /// Hand the confirmation to the system viewer (to print it).
    OpenFile(PathBuf),
    Delivered(Result<(), String>),
}

#[derive(Debug, Clone)]
pub enum Effect {
    Load,
    Register {
        complaint: Box<NewComplaint>,
        lang: DocLang,
    },
    Answer {
        id: i64,
        answer: String,
        by_post: bool,
    },
    OpenFile(PathBuf),
}

#[derive(Debug, Default)]
pub struct ComplaintsState {
    pub(crate) list: Vec<Complaint>,
    pub(crate) entity: bool,
    pub(crate) name: String,
    pub(crate) id: String,
    pub(crate) address: String,
    pub(crate) outgoing: String,
    pub(crate) outgoing_date: String,
    pub(crate) text: String,
    pub(crate) case: String,
    pub(crate) about: Option<About>,
    pub(crate) addressee: Option<Addressee>,
    pub(crate) selected: Option<i64>,
    pub(crate) answer: String,
    /// The answer as it is typed (several lines).
    pub(crate) answer_editor: iced::widget::text_editor::Content,
    pub(crate) by_post: bool,
    pub(crate) registered: Option<(Complaint, PathBuf)>,
    pub(crate) error: Option<String>,
    /// The confirmation's language (Kazakh unless the person asks for Russian).
    pub(crate) lang: DocLang,
}

impl ComplaintsState {
    fn draft(&self) -> Option<NewComplaint> {
        let complainant = if self.entity {
            Complainant::Entity {
                name: self.name.trim().into(),
                bin: self.id.trim().into(),
                address: self.address.trim().into(),
                outgoing_number: self.outgoing.trim().into(),
                outgoing_date: NaiveDate::parse_from_str(self.outgoing_date.trim(), "%d.%m.%Y")
                    .ok(),
            }
        } else {
            Complainant::Person {
                full_name: self.name.trim().into(),
                iin: self.id.trim().into(),
                address: self.address.trim().into(),
            }
        };
        Some(NewComplaint {
            complainant,
            about: self.about?,
            addressee: self.addressee?,
            text: self.text.trim().into(),
            case_number: Some(self.case.trim().to_string()).filter(|s| !s.is_empty()),
        })
    }

    /// The screen's answer to `msg` (it tells the root nothing).
    pub fn update(&mut self, msg: Msg) -> super::Answer<Effect> {
        (self.step(msg), None)
    }

    fn step(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Loaded(Ok(list)) => self.list = list,
            Msg::Loaded(Err(e)) => self.error = Some(e),
            Msg::Entity(b) => self.entity = b,
            Msg::Edit(f, v) => {
                let slot = match f {
                    Field::Name => &mut self.name,
                    Field::Id => &mut self.id,
                    Field::Address => &mut self.address,
                    Field::Outgoing => &mut self.outgoing,
                    Field::OutgoingDate => &mut self.outgoing_date,
                    Field::Text => &mut self.text,
                    Field::Case => &mut self.case,
                    Field::Answer => &mut self.answer,
                };
                *slot = v;
            }
            Msg::AnswerEdit(action) => {
                self.answer_editor.perform(action);
                self.answer = self.answer_editor.text();
            }
            Msg::About(a) => self.about = Some(a),
            Msg::Addressee(a) => self.addressee = Some(a),
            Msg::Register => match self.draft() {
                Some(c) if c.check().is_ok() => {
                    return vec![Effect::Register {
                        complaint: Box::new(c),
                        lang: self.lang,
                    }];
                }
                _ => self.error = Some(t!("ui-complaint-incomplete")),
            },
            Msg::Registered(Ok(done)) => {
                let keep_entity = self.entity;
                *self = ComplaintsState {
                    list: std::mem::take(&mut self.list),
                    entity: keep_entity,
                    ..Default::default()
                };
                self.registered = Some(*done);
                return vec![Effect::Load];
            }
            Msg::Registered(Err(e)) => self.error = Some(e),
            Msg::Select(id) => self.selected = Some(id),
            Msg::ByPost(b) => self.by_post = b,
            Msg::Lang(l) => self.lang = l,
            Msg::OpenFile(p) => return vec![Effect::OpenFile(p)],
            Msg::Delivered(Ok(())) => {}
            Msg::Delivered(Err(e)) => self.error = Some(e),
            Msg::AnswerIt => {
                if let (Some(id), false) = (self.selected, self.answer.trim().is_empty()) {
                    return vec![Effect::Answer {
                        id,
                        answer: {
                            self.answer_editor = iced::widget::text_editor::Content::new();
                            std::mem::take(&mut self.answer)
                        },
                        by_post: self.by_post,
                    }];
                }
            }
        }
        vec![]
    }

    pub fn view(&self, today: NaiveDate) -> Element<'_, Msg> {
        let input = |label: String, value: &str, f: Field, id: &'static str| {
            column![
                text(label).size(super::theme::LINE),
                text_input("", value)
                    .id(id)
                    .on_input(move |v| Msg::Edit(f, v))
            ]
            .spacing(2)
        };
        let mut form = column![
            text(t!("ui-complaint-new")).size(super::theme::HEADING),
            checkbox(self.entity)
                .label(t!("ui-complaint-entity"))
                .on_toggle(Msg::Entity),
            input(
                if self.entity {
                    t!("ui-complaint-entity-name")
                } else {
                    t!("ui-f-full-name")
                },
                &self.name,
                Field::Name,
                "c-name"
            ),
            input(
                if self.entity {
                    t!("ui-complaint-bin")
                } else {
                    t!("ui-f-iin")
                },
                &self.id,
                Field::Id,
                "c-id"
            ),
            input(
                t!("ui-complaint-address"),
                &self.address,
                Field::Address,
                "c-address"
            ),
        ]
        .spacing(super::theme::LINE_GAP);
        if self.entity {
            form = form.push(input(
                t!("ui-complaint-outgoing"),
                &self.outgoing,
                Field::Outgoing,
                "c-outgoing",
            ));
            form = form.push(input(
                t!("ui-complaint-outgoing-date"),
                &self.outgoing_date,
                Field::OutgoingDate,
                "c-outgoing-date",
            ));
        }
        form = form.push(text(t!("ui-complaint-about")).size(super::theme::LINE));
        form = form.push(
            row![
                tab(
                    t!("ui-complaint-about-provider"),
                    self.about == Some(About::ProviderOfficial),
                    Msg::About(About::ProviderOfficial)
                ),
                tab(
                    t!("ui-complaint-about-sc"),
                    self.about == Some(About::StateCorporationEmployee),
                    Msg::About(About::StateCorporationEmployee)
                ),
            ]
            .spacing(4)
            .wrap(),
        );
        form = form.push(text(t!("ui-complaint-to")).size(super::theme::LINE));
        form = form.push(
            row([
                (Addressee::HeadOfProvider, t!("ui-complaint-to-provider")),
                (Addressee::Ministry, t!("ui-complaint-to-ministry")),
                (Addressee::HeadOfStateCorporation, t!("ui-complaint-to-sc")),
                (Addressee::QualityAuthority, t!("ui-complaint-to-quality")),
            ]
            .into_iter()
            .map(|(a, label)| tab(label, self.addressee == Some(a), Msg::Addressee(a))))
            .spacing(4)
            .wrap(),
        );
        form = form.push(input(
            t!("ui-complaint-text"),
            &self.text,
            Field::Text,
            "c-text",
        ));
        form = form.push(input(
            t!("ui-complaint-case"),
            &self.case,
            Field::Case,
            "c-case",
        ));
        form = form.push(
            row![
                text(t!("ui-complaint-lang")).size(super::theme::LINE),
                tab(
                    t!("ui-doc-lang-kk"),
                    self.lang == DocLang::Kk,
                    Msg::Lang(DocLang::Kk)
                ),
                tab(
                    t!("ui-doc-lang-ru"),
                    self.lang == DocLang::Ru,
                    Msg::Lang(DocLang::Ru)
                ),
                button(text(t!("ui-complaint-register"))).on_press(Msg::Register),
            ]
            .spacing(super::theme::ROW_GAP)
            .align_y(iced::Alignment::Center),
        );
        if let Some((c, path)) = &self.registered {
            form = form.push(
                text(t!(
                    "ui-complaint-registered",
                    number = c.number.as_str(),
                    due = date(c.due_on)
                ))
                .color(level_color(Level::Normal)),
            );
            form = form.push(
                row![
                    text(t!("ui-case-printed", path = path.display().to_string()))
                        .size(super::theme::LINE),
                    button(text(t!("ui-case-open"))).on_press(Msg::OpenFile(path.clone())),
                ]
                .spacing(super::theme::ROW_GAP)
                .align_y(iced::Alignment::Center),
            );
        }
        let list = self.register_view(today);
        // Room for the scrollbar: no field under it.
        let form = form.padding(iced::Padding {
            right: 16.0,
            ..iced::Padding::ZERO
        });
        let mut col = column![row![
            scrollable(form).width(Length::FillPortion(1)),
            scrollable(list).width(Length::FillPortion(1))
        ]
        .spacing(16)];
        if let Some(e) = &self.error {
            col = col.push(text(e.clone()).color(level_color(Level::Breach)));
        }
        col.into()
    }

    /// The register: every complaint with its state (overdue in red), the
    /// one selected in full, and the form for its answer.
    fn register_view(&self, today: NaiveDate) -> iced::widget::Column<'_, Msg> {
        let mut list =
            column![text(t!("ui-complaint-register-title")).size(super::theme::HEADING)].spacing(4);
        for c in &self.list {
            let state = match c.answered_on {
                Some(a) => t!("ui-complaint-answered", date = date(a)),
                None => t!("ui-complaint-due", date = date(c.due_on)),
            };
            let line = text(format!(
                "{}  {}  {}  {}",
                c.number,
                date(c.registered_on),
                c.complainant_name(),
                state
            ))
            .size(super::theme::LINE);
            let line = if c.is_overdue(today) {
                line.color(level_color(Level::Breach))
            } else {
                line
            };
            list = list.push(
                button(line)
                    .style(if self.selected == Some(c.id) {
                        button::primary
                    } else {
                        button::text
                    })
                    .on_press(Msg::Select(c.id)),
            );
        }
        if let Some(c) = self
            .selected
            .and_then(|id| self.list.iter().find(|c| c.id == id))
        {
            // What the complaint says (and its answer), whole, for whoever
            // answers it.
            list = list.push(
                iced::widget::container(
                    column![
                        text(t!("ui-complaint-text")).size(super::theme::LINE),
                        text(c.complaint.text.clone()).size(super::theme::BODY),
                    ]
                    .spacing(2),
                )
                .padding(8)
                .style(iced::widget::container::bordered_box),
            );
            if let Some(a) = &c.answer {
                list = list.push(
                    column![
                        text(t!("ui-complaint-answer")).size(super::theme::LINE),
                        text(a.clone()).size(super::theme::BODY),
                    ]
                    .spacing(2),
                );
            }
        }
        if let Some(id) = self.selected {
            if self
                .list
                .iter()
                .any(|c| c.id == id && c.answered_on.is_none())
            {
                list = list.push(
                    column![
                        text(t!("ui-complaint-answer")).size(super::theme::LINE),
                        iced::widget::text_editor(&self.answer_editor)
                            .id("c-answer")
                            .height(Length::Fixed(120.0))
                            .on_action(Msg::AnswerEdit),
                        checkbox(self.by_post)
                            .label(t!("ui-complaint-by-post"))
                            .on_toggle(Msg::ByPost),
                        button(text(t!("ui-complaint-answer-save"))).on_press(Msg::AnswerIt),
                    ]
                    .spacing(4),
                );
            }
        }
        list
    }
}

pub fn run(
    st: &mut Store,
    _office: Option<&Office>,
    user: &User,
    e: Effect,
    now: crate::desk::Now,
) -> Msg {
    use crate::desk::{self, Who};
    let who = Who::user(user);
    match e {
        Effect::Load => Msg::Loaded(crate::desk::lists::complaints(st).map_err(|e| e.localize())),
        Effect::Register { complaint, lang } => Msg::Registered((|| {
            let r = desk::register_complaint(st, &who, now, &complaint, lang, None)
                .map_err(|e| e.localize())?;
            // The complaint is registered even if its confirmation could not
            // be written: the message says so, and it prints again.
            let path = r.confirmation.map_err(|e| {
                t!(
                    "ui-complaint-confirmation-failed",
                    number = r.complaint.number.as_str(),
                    error = e.localize()
                )
            })?;
            Ok(Box::new((r.complaint, path)))
        })()),
        Effect::Answer {
            id,
            answer,
            by_post,
        } => Msg::Loaded(
            desk::answer_complaint(st, &who, now, id, &answer, by_post)
                .map_err(|e| e.localize())
                .and_then(|_| crate::desk::lists::complaints(st).map_err(|e| e.localize())),
        ),
        Effect::OpenFile(p) => Msg::Delivered(
            crate::desk::workstation::deliver(&p, crate::desk::types::Delivery::Open)
                .map_err(|e| t!("cli-deliver-failed", error = e.to_string())),
        ),
    }
}
