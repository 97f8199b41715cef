//! The contact centre's screen (operators, para 15): the case number and
//! the IIN a caller dictates, the language of the answer (Kazakh or
//! Russian), and the answer in sentences the operator reads out as they
//! stand (`desk::contact_centre`). Each field says at once what is wrong
//! with it; an answer is hidden as soon as a field changes, so that no
//! caller is read another's; "Next caller" empties both fields.

use super::theme::{button, level_color};
use crate::desk::contact_centre::{self, Lookup};
use crate::desk::types::{Store, User};
use crate::desk::{Now, Who};
use crate::domain::visit::Level;
use crate::domain::DocLang;
use crate::i18n::Localize;
use crate::t;
use iced::widget::{column, container, row, text, text_input};
use iced::{Element, Length};

#[derive(Debug, Clone)]
pub enum Msg {
    Number(String),
    Iin(String),
    Lang(DocLang),
    LookUp,
    Answered(Result<Lookup, String>),
    /// The next caller: both fields and the answer emptied.
    Clear,
}

#[derive(Debug, Clone)]
pub enum Effect {
    LookUp {
        number: String,
        iin: String,
        lang: DocLang,
    },
}

#[derive(Debug, Default)]
pub struct StatusState {
    pub(crate) number: String,
    pub(crate) iin: String,
    pub(crate) lang: DocLang,
    /// The language was chosen (else the window's).
    pub(crate) lang_chosen: bool,
    pub(crate) number_problem: Option<String>,
    pub(crate) iin_problem: Option<String>,
    pub(crate) busy: bool,
    pub(crate) answer: Option<Lookup>,
    pub(crate) error: Option<String>,
}

impl StatusState {
    /// The answer on screen, if any.
    pub fn answer(&self) -> Option<&Lookup> {
        self.answer.as_ref()
    }
    /// What is wrong with the number and with the IIN.
    pub fn problems(&self) -> (Option<&str>, Option<&str>) {
        (self.number_problem.as_deref(), self.iin_problem.as_deref())
    }
    /// The language the answer is given in.
    pub fn lang(&self) -> DocLang {
        self.lang
    }
    /// The error line (the hub not answering, settings missing …).
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The answer in the window's language until another is chosen.
    pub fn open(&mut self) {
        if !self.lang_chosen {
            self.lang = crate::i18n::current().doc_lang();
        }
    }

    /// The screen's answer to `msg` (it tells the root nothing).
    pub fn update(&mut self, msg: Msg) -> super::Answer<Effect> {
        (self.step(msg), None)
    }

    fn step(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Number(s) => {
                self.number = s;
                self.number_problem = None;
                self.forget_answer();
            }
            Msg::Iin(s) => {
                self.iin = s;
                self.iin_problem = None;
                self.forget_answer();
            }
            Msg::Lang(l) => {
                self.lang = l;
                self.lang_chosen = true;
                self.forget_answer();
            }
            Msg::Clear => {
                self.number.clear();
                self.iin.clear();
                self.number_problem = None;
                self.iin_problem = None;
                self.forget_answer();
            }
            Msg::LookUp => {
                if self.busy {
                    return vec![];
                }
                self.forget_answer();
                match contact_centre::read_fields(&self.number, &self.iin) {
                    Ok(_) => {
                        self.busy = true;
                        return vec![Effect::LookUp {
                            number: self.number.clone(),
                            iin: self.iin.clone(),
                            lang: self.lang,
                        }];
                    }
                    Err((n, i)) => {
                        self.number_problem = n;
                        self.iin_problem = i;
                    }
                }
            }
            Msg::Answered(r) => {
                self.busy = false;
                match r {
                    Ok(a) => self.answer = Some(a),
                    Err(e) => self.error = Some(e),
                }
            }
        }
        vec![]
    }

    fn forget_answer(&mut self) {
        self.answer = None;
        self.error = None;
    }

    pub fn view(&self) -> Element<'_, Msg> {
        let field = |label: String,
                     id: &'static str,
                     value: &str,
                     on: fn(String) -> Msg,
                     problem: &Option<String>| {
            let mut c = column![row![
                text(label).width(Length::Fixed(300.0)),
                text_input("", value)
                    .id(id)
                    .on_input(on)
                    .on_submit(Msg::LookUp)
                    .width(Length::Fixed(320.0)),
            ]
            .spacing(super::theme::ROW_GAP)
            .align_y(iced::Alignment::Center)];
            if let Some(p) = problem {
                c = c.push(text(p.clone()).color(level_color(Level::Breach)));
            }
            c
        };
        let lang = row![
            text(t!("ui-cc-lang")).width(Length::Fixed(300.0)),
            super::theme::doc_lang_choice(self.lang, Msg::Lang),
        ]
        .spacing(super::theme::ROW_GAP)
        .align_y(iced::Alignment::Center);
        let buttons = row![
            button(text(t!("ui-cc-look-up"))).on_press_maybe((!self.busy).then_some(Msg::LookUp)),
            button(text(t!("ui-cc-clear")))
                .style(super::theme::button::secondary)
                .on_press(Msg::Clear),
        ]
        .spacing(super::theme::ROW_GAP);
        let mut col = column![
            text(t!("ui-cc-title")).size(super::theme::TITLE),
            text(t!("ui-cc-note")).size(super::theme::LINE),
            field(
                t!("ui-cc-number"),
                "cc-number",
                &self.number,
                Msg::Number,
                &self.number_problem
            ),
            field(
                t!("ui-cc-iin"),
                "cc-iin",
                &self.iin,
                Msg::Iin,
                &self.iin_problem
            ),
            lang,
            buttons,
        ]
        .spacing(super::theme::GAP);
        if let Some(e) = &self.error {
            col = col.push(text(e.clone()).color(level_color(Level::Breach)));
        }
        if let Some(a) = &self.answer {
            let lines: Vec<(String, Level)> = match a {
                Lookup::Found(lines) => lines.iter().map(|l| (l.clone(), Level::Normal)).collect(),
                Lookup::NotFound(line) => vec![(line.clone(), Level::Warning)],
                Lookup::Slowed(s) => {
                    vec![(t!("cc-slowed", seconds = s.to_string()), Level::Breach)]
                }
            };
            let body = column(lines.into_iter().map(|(l, level)| {
                let t = text(l).size(super::theme::HEADING);
                let t = if level == Level::Normal {
                    t
                } else {
                    t.color(level_color(level))
                };
                Element::from(t)
            }))
            .spacing(8);
            col = col.push(
                container(body)
                    .padding(16)
                    .width(Length::Fill)
                    .style(container::bordered_box),
            );
        }
        col.into()
    }
}

/// Runs the screen's effect on the blocking pool.
pub fn run(st: &mut Store, user: &User, e: Effect, now: Now) -> Msg {
    let who = Who::user(user);
    match e {
        Effect::LookUp { number, iin, lang } => Msg::Answered(
            contact_centre::look_up(st, &who, &number, &iin, lang, now.utc)
                .map_err(|e| e.localize()),
        ),
    }
}
