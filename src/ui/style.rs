//! The few looks the screens share: tabs, timer colours.

use crate::domain::visit::Level;
use iced::widget::{button, text};
use iced::{Color, Element};

/// A tab or toggle: filled when active.
pub fn tab<'a, M: Clone + 'a>(label: String, active: bool, msg: M) -> Element<'a, M> {
    let b = button(text(label)).on_press(msg);
    if active {
        b.style(button::primary).into()
    } else {
        b.style(button::secondary).into()
    }
}

/// Green, amber at the warning share, red at the limit.
pub fn level_color(level: Level) -> Color {
    match level {
        Level::Normal => Color::from_rgb8(0x1b, 0x7f, 0x3b),
        Level::Warning => Color::from_rgb8(0xc7, 0x7c, 0x02),
        Level::Breach => Color::from_rgb8(0xc6, 0x28, 0x28),
    }
}

/// `mm:ss`, with a minus once the limit has passed.
pub fn clock(secs: i64) -> String {
    let sign = if secs < 0 { "−" } else { "" };
    let s = secs.abs();
    format!("{sign}{:02}:{:02}", s / 60, s % 60)
}
