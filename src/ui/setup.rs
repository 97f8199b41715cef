//! First start: the office of this workstation and its administrator.

use super::login::Secret;
use super::theme::button;
use crate::desk::types::{NewUser, Office, Store};
use crate::domain::access::{self, Role};
use crate::domain::ids::Phone;
use crate::domain::OfficeKind;
use crate::i18n::Localize;
use crate::t;
use iced::widget::{column, text, text_input};
use iced::{Element, Length};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Code,
    Name,
    NameRu,
    Number,
    Address,
    AddressRu,
    Phone,
    Login,
    FullName,
    Password,
    /// The password again: the store is made under it, so it is typed
    /// twice.
    Repeat,
}

impl Field {
    /// The form's order: Enter goes from each to the next.
    const ORDER: [Field; 11] = [
        Field::Code,
        Field::Name,
        Field::NameRu,
        Field::Number,
        Field::Address,
        Field::AddressRu,
        Field::Phone,
        Field::Login,
        Field::FullName,
        Field::Password,
        Field::Repeat,
    ];

    /// The field's id (the office code's is the one the window starts in).
    pub fn id(self) -> &'static str {
        match self {
            Field::Code => "setup-office-code",
            Field::Name => "setup-name",
            Field::NameRu => "setup-name-ru",
            Field::Number => "setup-number",
            Field::Address => "setup-address",
            Field::AddressRu => "setup-address-ru",
            Field::Phone => "setup-phone",
            Field::Login => "setup-login",
            Field::FullName => "setup-full-name",
            Field::Password => "setup-password",
            Field::Repeat => "setup-repeat",
        }
    }

    fn next(self) -> Option<Field> {
        let at = Field::ORDER.iter().position(|f| *f == self)?;
        Field::ORDER.get(at + 1).copied()
    }
}

#[derive(Debug, Clone)]
pub enum Msg {
    /// The interface language (handled by the app; remembered).
    Language(crate::i18n::UiLang),
    Kind(OfficeKind),
    Edit(Field, String),
    /// Enter in a field: on to the next, the last one submits.
    Entered(Field),
    Submit,
    Created(Result<Office, String>),
}

#[derive(Debug, Clone)]
pub enum Effect {
    Create {
        office: Office,
        login: String,
        full_name: String,
        password: Secret,
    },
}

enum Outcome {
    None,
    Effect(Effect),
    Done(Office),
    /// For the root: the language chosen on the first screen.
    Event(super::Event),
}

#[derive(Debug, Default)]
pub struct SetupState {
    pub(crate) kind: Option<OfficeKind>,
    pub(crate) code: String,
    pub(crate) name: String,
    pub(crate) name_ru: String,
    pub(crate) number: String,
    pub(crate) address: String,
    pub(crate) address_ru: String,
    pub(crate) phone: String,
    pub(crate) login: String,
    pub(crate) full_name: String,
    pub(crate) password: Secret,
    pub(crate) repeat: Secret,
    pub(crate) error: Option<String>,
    pub(crate) busy: bool,
}

impl SetupState {
    /// Problems of each field, localized, shown beside it.
    pub fn problem(&self, f: Field) -> Option<String> {
        let empty = |s: &str| s.trim().is_empty();
        match f {
            Field::Code => match self.code.trim().parse::<u16>() {
                Ok(c) if (1..=9999).contains(&c) => None,
                _ if empty(&self.code) => None,
                _ => Some(t!("cli-bad-office-code")),
            },
            Field::Phone if !empty(&self.phone) => {
                Phone::parse(&self.phone).err().map(|e| e.localize())
            }
            Field::Password if !self.password.0.is_empty() => {
                access::check_password_rules(&self.password.0)
                    .err()
                    .map(|e| e.localize())
            }
            Field::Repeat if !self.repeat.0.is_empty() && self.repeat.0 != self.password.0 => {
                Some(t!("ui-setup-passwords-differ"))
            }
            _ => None,
        }
    }

    fn complete(&self) -> bool {
        let fields = [
            &self.code,
            &self.name,
            &self.name_ru,
            &self.number,
            &self.address,
            &self.address_ru,
            &self.phone,
            &self.login,
            &self.full_name,
        ];
        self.kind.is_some()
            && fields.iter().all(|s| !s.trim().is_empty())
            && !self.password.0.is_empty()
            && self.repeat.0 == self.password.0
            && [Field::Code, Field::Phone, Field::Password, Field::Repeat]
                .iter()
                .all(|f| self.problem(*f).is_none())
    }

    /// The screen's answer to `msg`, in the shape every screen gives.
    pub fn update(&mut self, msg: Msg) -> super::Answer<Effect> {
        match self.step(msg) {
            Outcome::None => (vec![], None),
            Outcome::Effect(e) => (vec![e], None),
            Outcome::Done(office) => (vec![], Some(super::Event::SetUp(Box::new(office)))),
            Outcome::Event(e) => (vec![], Some(e)),
        }
    }

    fn step(&mut self, msg: Msg) -> Outcome {
        match msg {
            Msg::Language(lang) => return Outcome::Event(super::Event::Language(lang)),
            Msg::Kind(k) => self.kind = Some(k),
            Msg::Edit(f, v) => {
                let slot = match f {
                    Field::Code => &mut self.code,
                    Field::Name => &mut self.name,
                    Field::NameRu => &mut self.name_ru,
                    Field::Number => &mut self.number,
                    Field::Address => &mut self.address,
                    Field::AddressRu => &mut self.address_ru,
                    Field::Phone => &mut self.phone,
                    Field::Login => &mut self.login,
                    Field::FullName => &mut self.full_name,
                    Field::Password => &mut self.password.0,
                    Field::Repeat => &mut self.repeat.0,
                };
                *slot = v;
            }
            Msg::Entered(f) => match f.next() {
                Some(next) => return Outcome::Event(super::Event::FocusField(next.id().into())),
                None => return self.step(Msg::Submit),
            },
            Msg::Submit if self.complete() && !self.busy => {
                let (Some(kind), Ok(code)) = (self.kind, self.code.trim().parse::<u16>()) else {
                    return Outcome::None;
                };
                self.busy = true;
                let office = Office {
                    id: uuid::Uuid::now_v7().to_string(),
                    code,
                    kind,
                    name: self.name.trim().into(),
                    name_ru: self.name_ru.trim().into(),
                    number: self.number.trim().into(),
                    address: self.address.trim().into(),
                    address_ru: self.address_ru.trim().into(),
                    phone: self.phone.trim().into(),
                };
                return Outcome::Effect(Effect::Create {
                    office,
                    login: self.login.trim().into(),
                    full_name: self.full_name.trim().into(),
                    password: self.password.clone(),
                });
            }
            Msg::Submit => {}
            Msg::Created(Ok(office)) => return Outcome::Done(office),
            Msg::Created(Err(e)) => {
                self.busy = false;
                self.error = Some(e);
            }
        }
        Outcome::None
    }

    pub fn view(&self, lang: crate::i18n::UiLang) -> Element<'_, Msg> {
        // A label above each field (a placeholder vanishes once typed in),
        // the problem under it.
        let input = |label: String, value: &str, f: Field| -> Element<'_, Msg> {
            let field = text_input("", value)
                .secure(matches!(f, Field::Password | Field::Repeat))
                .on_input(move |v| Msg::Edit(f, v))
                .on_submit(Msg::Entered(f))
                .id(f.id());
            let mut c = column![text(label).size(super::theme::LINE), field].spacing(2);
            if let Some(p) = self.problem(f) {
                c = c.push(
                    text(p)
                        .size(super::theme::LINE)
                        .color(super::theme::level_color(
                            crate::domain::visit::Level::Breach,
                        )),
                );
            }
            c.into()
        };
        let kinds = super::theme::choice(vec![
            (
                t!("ui-office-kind-sc"),
                self.kind == Some(OfficeKind::StateCorporation),
                Msg::Kind(OfficeKind::StateCorporation),
            ),
            (
                t!("ui-office-kind-police"),
                self.kind == Some(OfficeKind::MigrationPolice),
                Msg::Kind(OfficeKind::MigrationPolice),
            ),
            (
                t!("ui-office-kind-cc"),
                self.kind == Some(OfficeKind::ContactCentre),
                Msg::Kind(OfficeKind::ContactCentre),
            ),
            (
                t!("ui-office-kind-ministry"),
                self.kind == Some(OfficeKind::Ministry),
                Msg::Kind(OfficeKind::Ministry),
            ),
        ]);
        let mut col = column![
            text(t!("ui-setup-title")).size(crate::ui::theme::TITLE),
            text(t!("ui-setup-language")).size(crate::ui::theme::HEADING),
            super::theme::choice(
                crate::i18n::UiLang::ALL
                    .into_iter()
                    .map(|l| (
                        t!("ui-language-name", code = l.code()),
                        l == lang,
                        Msg::Language(l)
                    ))
                    .collect()
            ),
            text(t!("ui-setup-office")).size(crate::ui::theme::HEADING),
            kinds,
            input(t!("ui-setup-office-code"), &self.code, Field::Code),
            input(t!("ui-setup-office-name"), &self.name, Field::Name),
            input(t!("ui-setup-office-name-ru"), &self.name_ru, Field::NameRu),
            input(t!("ui-setup-office-number"), &self.number, Field::Number),
            input(t!("ui-setup-office-address"), &self.address, Field::Address),
            input(
                t!("ui-setup-office-address-ru"),
                &self.address_ru,
                Field::AddressRu
            ),
            input(t!("ui-setup-office-phone"), &self.phone, Field::Phone),
            text(t!("ui-setup-admin")).size(crate::ui::theme::HEADING),
            input(t!("ui-setup-admin-login"), &self.login, Field::Login),
            input(t!("ui-setup-admin-name"), &self.full_name, Field::FullName),
            input(
                t!("ui-setup-admin-password"),
                &self.password.0,
                Field::Password
            ),
            input(t!("ui-setup-admin-repeat"), &self.repeat.0, Field::Repeat),
            button(text(t!("ui-setup-create")))
                .on_press_maybe((self.complete() && !self.busy).then_some(Msg::Submit)),
        ]
        .spacing(super::theme::ROW_GAP)
        .max_width(560)
        .width(Length::Fill);
        if let Some(e) = &self.error {
            col = col.push(text(e.clone()).color(super::theme::level_color(
                crate::domain::visit::Level::Breach,
            )));
        }
        iced::widget::scrollable(col).into()
    }
}

pub fn run(st: &mut Store, e: Effect, now: crate::desk::Now) -> Msg {
    match e {
        Effect::Create {
            office,
            login,
            full_name,
            password,
        } => {
            let admin = NewUser {
                login,
                full_name,
                role: Role::Administrator,
                password: password.0,
            };
            Msg::Created(
                crate::desk::admin::init_office(st, office.clone(), admin, now)
                    .map(|_| office)
                    .map_err(|e| e.localize()),
            )
        }
    }
}
