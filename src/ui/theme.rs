//! The looks the screens share, in one place: the window's font, text
//! sizes, spacings, colours, tabs.

use crate::domain::visit::Level;
use iced::widget::{button, text};
use iced::{Color, Element, Font};

/// DejaVu Sans, bundled: every Kazakh letter (ә ғ қ ң ө ұ ү һ і) and ₸,
/// whatever fonts the workstation has (Bitstream Vera licence, shipped in
/// assets/fonts).
pub const FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub const FONT_BOLD_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
/// The window's font.
pub const FONT: Font = Font::with_name("DejaVu Sans");

/// Text sizes: a page title, a section heading, body text, a list line,
/// a note.
pub const TITLE: f32 = 22.0;
pub const HEADING: f32 = 16.0;
pub const BODY: f32 = 14.0;
pub const LINE: f32 = 13.0;

/// Space between the blocks of a screen and between the items of a row.
pub const GAP: f32 = 12.0;
pub const ROW_GAP: f32 = 8.0;
/// Space between the lines of a column.
pub const LINE_GAP: f32 = 6.0;

/// The colour of an error message at a field or on a screen.
pub fn error_color() -> Color {
    level_color(Level::Breach)
}

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
