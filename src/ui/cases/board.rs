//! The deadline board beside the list: its filters and the chart of
//! visits within the limits.

use super::{Msg, Pick, BOARD_STAGES, CHART_DAYS};
use crate::i18n::{date, Localize};
use crate::t;
use iced::widget::{column, container, row, scrollable, text};
use iced::{Element, Length};

impl super::CasesState {
    pub(super) fn board_filters(&self) -> Element<'_, Msg> {
        let mut stages = row![crate::ui::theme::tab(
            t!("ui-board-all-stages"),
            self.filter.status.is_none(),
            Msg::Stage(None)
        )]
        .spacing(4);
        for s in BOARD_STAGES {
            stages = stages.push(crate::ui::theme::tab(
                s.localize(),
                self.filter.status == Some(s),
                Msg::Stage(Some(s)),
            ));
        }
        // Every stage in view: the row wraps rather than running off.
        let stages = stages.wrap();
        let mut offices = row![
            text(t!("ui-board-office-label")).size(crate::ui::theme::BODY),
            crate::ui::theme::tab(
                Pick::<u16>::All.to_string(),
                self.filter.office_code.is_none(),
                Msg::Office(Pick::All)
            )
        ]
        .spacing(4)
        .align_y(iced::Alignment::Center);
        for &code in &self.board.offices {
            offices = offices.push(crate::ui::theme::tab(
                Pick::One(code).to_string(),
                self.filter.office_code == Some(code),
                Msg::Office(Pick::One(code)),
            ));
        }
        let mut officers = row![
            text(t!("ui-board-officer-label")).size(crate::ui::theme::BODY),
            crate::ui::theme::tab(
                Pick::<String>::All.to_string(),
                self.filter.officer.is_none(),
                Msg::Officer(Pick::All)
            )
        ]
        .spacing(4)
        .align_y(iced::Alignment::Center);
        for login in &self.board.officers {
            officers = officers.push(crate::ui::theme::tab(
                login.clone(),
                self.filter.officer.as_ref() == Some(login),
                Msg::Officer(Pick::One(login.clone())),
            ));
        }
        let wide = |r: iced::widget::Row<'static, Msg>| {
            scrollable(r).direction(scrollable::Direction::Horizontal(
                scrollable::Scrollbar::default(),
            ))
        };
        // The office and the officer on one line: the list keeps the height.
        column![
            stages,
            row![
                wide(offices).width(Length::FillPortion(1)),
                wide(officers).width(Length::FillPortion(1))
            ]
            .spacing(16)
        ]
        .spacing(crate::ui::theme::LINE_GAP)
        .into()
    }

    /// The share of served visits within both limits, per day and counter,
    /// as bars: green from 90 %, amber from 75 %, red below.
    pub(super) fn chart(&self) -> Element<'_, Msg> {
        use crate::domain::visit::Level;
        let b = &self.board;
        let mut col = column![text(t!(
            "ui-board-chart",
            days = CHART_DAYS,
            wait = b.wait_minutes,
            service = b.service_minutes
        ))
        .size(crate::ui::theme::HEADING)]
        .spacing(2);
        if b.stats.is_empty() {
            col = col.push(text(t!("ui-board-chart-empty")).size(crate::ui::theme::BODY));
        }
        for s in &b.stats {
            let pct = s.percent();
            let level = if pct >= 90 {
                Level::Normal
            } else if pct >= 75 {
                Level::Warning
            } else {
                Level::Breach
            };
            let color = crate::ui::theme::level_color(level);
            let bar = container(text(""))
                .width(Length::Fixed(2.0 * pct as f32 + 1.0))
                .height(Length::Fixed(12.0))
                .style(move |_| container::Style {
                    background: Some(color.into()),
                    ..Default::default()
                });
            col = col.push(
                row![
                    text(t!(
                        "ui-board-chart-row",
                        day = date(s.day),
                        counter = s.counter.as_str()
                    ))
                    .size(crate::ui::theme::LINE)
                    .width(Length::Fixed(170.0)),
                    container(bar).width(Length::Fixed(204.0)),
                    text(t!(
                        "ui-board-chart-share",
                        within = s.within,
                        served = s.served,
                        percent = pct
                    ))
                    .size(crate::ui::theme::LINE),
                ]
                .spacing(crate::ui::theme::ROW_GAP)
                .align_y(iced::Alignment::Center),
            );
        }
        scrollable(col.padding(iced::Padding {
            right: 14.0,
            ..iced::Padding::ZERO
        }))
        .width(Length::Fill)
        .height(Length::Fill)
        .into()
    }
}
