//! The case list: search by case number, IIN or name, the officer's review
//! queue and the deadline board's list — paged, never the whole table.

use super::{ListMode, Msg};
use crate::i18n::{date, Localize};
use crate::t;
use crate::ui::theme::button;
use iced::widget::{column, row, scrollable, text, text_input};
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
        // A table: a header, then one row a case (a button: Enter or a
        // click opens it), each value in its column.
        let due_column = self.mode != ListMode::Search;
        let cells = |cells: Vec<(String, Length)>, color: Option<iced::Color>| {
            iced::widget::row(cells.into_iter().map(|(t, w)| {
                let t = text(t).size(crate::ui::theme::BODY);
                let t = match color {
                    Some(c) => t.color(c),
                    None => t,
                };
                Element::from(iced::widget::container(t).width(w))
            }))
            .spacing(crate::ui::theme::GAP)
        };
        // The number and the IIN as wide as they always are; the name,
        // the stage and the next deadline share the rest of the width.
        let widths = [
            Length::Fixed(200.0),
            Length::Fixed(130.0),
            Length::FillPortion(3),
            Length::FillPortion(3),
            Length::FillPortion(4),
        ];
        let mut list = column![].spacing(2);
        match &self.rows {
            Some(p) if p.rows.is_empty() => list = list.push(text(t!("cli-no-cases"))),
            Some(p) => {
                let mut head = vec![
                    t!("ui-cases-col-number"),
                    t!("ui-cases-col-iin"),
                    t!("ui-cases-col-name"),
                    t!("ui-cases-col-status"),
                ];
                if due_column {
                    head.push(t!("ui-cases-col-due"));
                }
                let head: Vec<(String, Length)> = head.into_iter().zip(widths).collect();
                list = list.push(
                    iced::widget::container(cells(
                        head,
                        Some(iced::Color::from_rgb8(0x55, 0x55, 0x55)),
                    ))
                    .padding([4, 10]),
                );
                for r in &p.rows {
                    let mut row_cells = vec![
                        r.number.to_string(),
                        r.iin.clone(),
                        r.full_name.clone(),
                        r.status.localize(),
                    ];
                    let mut overdue = false;
                    if due_column {
                        let mut due_text = String::new();
                        if let Some(due) = r.next_due {
                            let left = (due - self.today).num_days();
                            overdue = left < 0;
                            let what = r
                                .next_due_kind
                                .as_deref()
                                .map(|k| crate::i18n::dynamic(&format!("deadline-{k}")))
                                .unwrap_or_default();
                            due_text =
                                t!("ui-cases-due", what = what, due = date(due), left = left);
                        }
                        row_cells.push(due_text);
                    }
                    let color = overdue.then(|| {
                        crate::ui::theme::level_color(crate::domain::visit::Level::Breach)
                    });
                    let row_cells: Vec<(String, Length)> =
                        row_cells.into_iter().zip(widths).collect();
                    list = list.push(
                        button(cells(row_cells, color))
                            .style(button::text)
                            .width(Length::Fill)
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
            // The list over the whole width, the chart of the visits below
            // it: both on one screen.
            page.push(self.board_filters())
                .push(scrollable(list).height(Length::FillPortion(5)))
                .push(pager)
                .push(
                    iced::widget::container(self.chart())
                        .width(Length::Fill)
                        .height(Length::FillPortion(2)),
                )
                .into()
        } else {
            page.push(search)
                .push(scrollable(list).height(Length::Fill))
                .push(pager)
                .into()
        }
    }
}
