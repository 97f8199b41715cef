//! The About page: which build this is (version, commit and its date), the
//! licence, and where this workstation keeps its data. Open from the
//! header's button or F1, on every screen (signed in or not, locked or
//! not: it shows nothing of a case); Esc or Close goes back to the screen
//! as it was.

use super::theme::{self, button};
use super::Message;
use crate::build_info;
use crate::t;
use iced::widget::{column, container, scrollable, text};
use iced::{Element, Length};
use std::path::Path;

/// The page, for a data directory if one is known yet.
pub fn view<'a>(data_dir: Option<&'a Path>) -> Element<'a, Message> {
    let version = t!(
        "about-version",
        version = build_info::VERSION,
        commit = build_info::COMMIT,
        date = build_info::COMMIT_DATE
    );
    let mut facts = column![
        text(t!("about-open")).size(theme::TITLE),
        text(t!("app-title")).size(theme::HEADING),
        text(t!("app-comment")).size(theme::BODY),
        text(version).size(theme::BODY),
        text(t!("about-licence", licence = build_info::LICENSE)).size(theme::BODY),
    ]
    .spacing(theme::LINE_GAP);
    match data_dir {
        Some(dir) => {
            let shown = |p: &Path| p.display().to_string();
            facts = facts
                .push(text(t!("about-data-dir", path = shown(dir))).size(theme::BODY))
                .push(text(t!("about-logs", path = shown(&dir.join("logs")))).size(theme::LINE))
                // No folder of its own: the administrator sets where the
                // automatic backups go (the banner says when there are none).
                .push(text(t!("about-backups")).size(theme::LINE));
        }
        None => facts = facts.push(text(t!("about-data-dir-unknown")).size(theme::BODY)),
    }
    let licences = scrollable(
        column![
            text(build_info::LICENSE_TEXT).size(theme::NOTE),
            text(t!("about-fonts")).size(theme::HEADING),
            text(build_info::FONT_LICENSE_TEXT).size(theme::NOTE),
        ]
        .spacing(theme::GAP)
        .padding(8)
        .width(Length::Fill),
    )
    .height(Length::Fill)
    .width(Length::Fill);
    column![
        facts,
        container(licences)
            .style(container::bordered_box)
            .width(Length::Fill)
            .height(Length::Fill),
        button(text(t!("about-close")))
            .id("about-close")
            .on_press(Message::About(false)),
    ]
    .spacing(theme::GAP)
    .into()
}
