//! The confirmation of an act that cannot be undone: what will happen, in
//! words, beside the button that asked, with Confirm (Enter) and Go back
//! (Esc). A stray key never records an act.

use super::theme::button;
use crate::t;
use iced::widget::{column, container, row, text};
use iced::Element;

/// The panel asking to confirm `what`; `yes` records, `no` goes back.
pub fn panel<'a, M: Clone + 'a>(what: String, yes: M, no: M) -> Element<'a, M> {
    container(
        column![
            text(what).size(super::theme::BODY),
            row![
                button(text(t!("ui-confirm-yes")))
                    .style(button::danger)
                    .on_press(yes),
                button(text(t!("ui-confirm-no")))
                    .style(button::secondary)
                    .on_press(no),
            ]
            .spacing(super::theme::ROW_GAP),
        ]
        .spacing(8),
    )
    .padding(12)
    .style(container::bordered_box)
    .into()
}
