//! The case list: search by case number, IIN or name, the officer's review
//! queue and the deadline board's list — paged, never the whole table.

use super::{ListMode, Msg};
use crate::i18n::{date, Localize};
use crate::t;
use iced::widget::{button, column, row, scrollable, text, text_input};
use iced::{Element, Length};

impl super::CasesState {
    pub(super) fn list(&self) -> Element<'_, Msg> {
        let search = row![
            text_input(&t!("ui-cases-search"), &self.query)
                .id("case-search")
                .on_input(Msg::Query)
                .on_submit(Msg::Search),
            button(text(t!("ui-cases-find"))).on_press(Msg::Search),
        ]
        .spacing(crate::ui::theme::ROW_GAP);
        let mut list = column![].spacing(2);
        match &self.rows {
            Some(p) if p.rows.is_empty() => list = list.push(text(t!("cli-no-cases"))),
            Some(p) => {
                for r in &p.rows {
                    let mut line = format!(
                        "{}   {}   {}   {}",
                        r.number,
                        r.iin,
                        r.full_name,
                        r.status.localize()
                    );
                    let mut overdue = false;
                    if self.mode != ListMode::Search {
                        if let Some(due) = r.next_due {
                            let left = (due - self.today).num_days();
                            overdue = left < 0;
                            let what = r
                                .next_due_kind
                                .as_deref()
                                .map(|k| crate::i18n::dynamic(&format!("deadline-{k}")))
                                .unwrap_or_default();
                            line = format!(
                                "{line}   {}",
                                t!("ui-cases-due", what = what, due = date(due), left = left)
                            );
                        }
                    }
                    let label = text(line).size(crate::ui::theme::BODY);
                    let label = if overdue {
                        label.color(crate::ui::theme::level_color(
                            crate::domain::visit::Level::Breach,
                        ))
                    } else {
                        label
                    };
                    list = list.push(
                        button(label)
                            .style(button::text)
                            .on_press(Msg::Open(r.number)),
                    );
                }
            }
            None => {}
        }
        let more = self.rows.as_ref().is_some_and(|r| r.more);
        let page = self.page + 1;
        let pager = row![
            button(text(t!("ui-cases-prev"))).on_press_maybe((self.page > 0).then_some(Msg::Prev)),
            text(t!("ui-cases-page", page = page)),
            button(text(t!("ui-cases-next"))).on_press_maybe(more.then_some(Msg::Next)),
        ]
        .spacing(crate::ui::theme::ROW_GAP)
        .align_y(iced::Alignment::Center);
        let modes = row![
            crate::ui::theme::tab(
                t!("ui-cases-mode-search"),
                self.mode == ListMode::Search,
                Msg::Mode(ListMode::Search)
            ),
            crate::ui::theme::tab(
                t!("ui-cases-mode-review"),
                self.mode == ListMode::Review,
                Msg::Mode(ListMode::Review)
            ),
            crate::ui::theme::tab(
                t!("ui-cases-mode-board"),
                self.mode == ListMode::Board,
                Msg::Mode(ListMode::Board)
            ),
        ]
        .spacing(4);
        let page = column![
            text(t!("ui-nav-cases")).size(crate::ui::theme::TITLE),
            modes
        ]
        .spacing(crate::ui::theme::ROW_GAP);
        if self.mode == ListMode::Board {
            // The list beside the chart: both visible on one screen.
            let left = column![scrollable(list).height(Length::Fill), pager]
                .spacing(crate::ui::theme::ROW_GAP)
                .width(Length::Fill);
            page.push(self.board_filters())
                .push(row![left, self.chart()].spacing(16))
                .into()
        } else {
            page.push(search)
                .push(scrollable(list).height(Length::Fill))
                .push(pager)
                .into()
        }
    }
}
