//! The iced desktop application. Until the counter screens land (issue 4)
//! this is a start window that shows the workstation's office and store.

use crate::i18n::Localize;
use crate::store::{self, Store};
use crate::t;
use iced::widget::{column, container, text};
use iced::{Element, Length, Task};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(Result<(Option<String>, i64), String>),
}

#[derive(Debug, Default)]
pub struct App {
    office: Option<String>,
    cases: Option<i64>,
    error: Option<String>,
    loaded: bool,
}

fn load(dir: Option<PathBuf>) -> Result<(Option<String>, i64), String> {
    let dir = store::resolve_data_dir(dir.as_deref()).map_err(|e| e.localize())?;
    let st = Store::open_dir(&dir).map_err(|e| e.localize())?;
    let office = match st.self_office() {
        Ok(o) => Some(format!("{} № {} ({})", o.name, o.number, o.code)),
        Err(store::StoreError::NotInitialised) => None,
        Err(e) => return Err(e.localize()),
    };
    Ok((office, st.case_count().map_err(|e| e.localize())?))
}

impl App {
    pub fn boot(data_dir: Option<PathBuf>) -> (App, Task<Message>) {
        (
            App::default(),
            Task::perform(async move { load(data_dir) }, Message::Loaded),
        )
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Loaded(Ok((office, cases))) => {
                self.office = office;
                self.cases = Some(cases);
                self.loaded = true;
            }
            Message::Loaded(Err(e)) => {
                self.error = Some(e);
                self.loaded = true;
            }
        }
        Task::none()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut col = column![text(t!("gui-placeholder-heading")).size(28)].spacing(12);
        if let Some(e) = &self.error {
            col = col.push(text(t!("gui-placeholder-store-error", error = e.as_str())));
        } else if self.loaded {
            match &self.office {
                Some(o) => col = col.push(text(t!("gui-placeholder-office", office = o.as_str()))),
                None => col = col.push(text(t!("gui-placeholder-not-initialised"))),
            }
            if let Some(n) = self.cases {
                col = col.push(text(t!("gui-placeholder-cases", count = n)));
            }
        }
        container(col)
            .padding(24)
            .width(Length::Fill)
            .height(Length::Fill)
            .into()
    }
}

/// Runs the desktop application.
pub fn run(data_dir: Option<PathBuf>) -> iced::Result {
    iced::application(move || App::boot(data_dir.clone()), App::update, App::view)
        .title(|_: &App| t!("app-title"))
        .window_size((1280.0, 800.0))
        .run()
}
