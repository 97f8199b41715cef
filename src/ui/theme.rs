//! The looks the screens share, in one place: the window's font, text
//! sizes, spacings, colours, tabs.

use super::focus::focus;
use crate::domain::visit::Level;
use iced::widget::text;
use iced::{Color, Element, Font, Length, Padding};

/// DejaVu Sans, bundled: every Kazakh letter (ә ғ қ ң ө ұ ү һ і) and ₸,
/// whatever fonts the workstation has (Bitstream Vera licence, shipped in
/// assets/fonts).
pub const FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub const FONT_BOLD_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
/// The window's font.
pub const FONT: Font = Font::with_name("DejaVu Sans");

/// Text sizes: a page title, a section heading, body text, a list line.
/// Readable at a counter: nothing under 15 px (at 1280×720; the whole
/// window scales up with a larger screen, see `App::scale`).
pub const TITLE: f32 = 24.0;
pub const HEADING: f32 = 18.0;
pub const BODY: f32 = 16.0;
pub const LINE: f32 = 15.0;
/// A message under a field, a note.
pub const NOTE: f32 = 15.0;

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
    // A tab's label stays on one line, however little room the row leaves.
    let b = button(text(label).wrapping(text::Wrapping::None)).on_press(msg);
    if active {
        b.style(button::primary).into()
    } else {
        b.style(button::secondary).into()
    }
}

/// A choice group: one stop for the keyboard, the arrows move to the
/// option before or after (and pick it), the digit n picks the n-th; each
/// option is a tab, filled when chosen.
pub fn choice<'a, M: Clone + 'a>(options: Vec<(String, bool, M)>) -> Element<'a, M> {
    choice_in(options, None, None)
}

/// The choice of a document's language, Kazakh or Russian.
pub fn doc_lang_choice<'a, M: Clone + 'a>(
    lang: crate::domain::DocLang,
    on: fn(crate::domain::DocLang) -> M,
) -> Element<'a, M> {
    use crate::domain::DocLang;
    choice(
        [("KK", DocLang::Kk), ("RU", DocLang::Ru)]
            .into_iter()
            .map(|(label, l)| (label.to_string(), lang == l, on(l)))
            .collect(),
    )
}

/// A choice group with an id (a screen can put the keyboard on it) and a
/// message sent after a digit picked an option (the keyboard moves on).
pub fn choice_in<'a, M: Clone + 'a>(
    options: Vec<(String, bool, M)>,
    id: Option<String>,
    then: Option<M>,
) -> Element<'a, M> {
    let at = options.iter().position(|(_, on, _)| *on);
    let n = options.len();
    let pick = |i: usize| options.get(i).map(|(_, _, m)| m.clone());
    let (prev, next) = match at {
        Some(i) => (i.checked_sub(1).and_then(pick), pick(i + 1)),
        None => (pick(n.saturating_sub(1)), pick(0)),
    };
    let tabs = iced::widget::row(options.iter().map(|(label, on, m)| {
        let b = iced::widget::button(text(label.clone())).on_press(m.clone());
        let b = if *on {
            b.style(button::primary)
        } else {
            b.style(button::secondary)
        };
        Element::from(b)
    }))
    .spacing(4)
    .wrap();
    let all = options.iter().map(|(_, _, m)| m.clone()).collect();
    let f = focus(tabs).arrows(prev, next).options(all).then(then);
    match id {
        Some(id) => f.id(id).into(),
        None => f.into(),
    }
}

/// A checkbox the keyboard reaches: Tab stops on it, Space toggles it.
pub fn checkbox<'a, M: Clone + 'a>(on: bool) -> Checkbox<'a, M> {
    Checkbox {
        inner: iced::widget::checkbox(on),
        then: None,
        on_enter: None,
        id: None,
    }
}

/// iced's checkbox, built as usual, wrapped for the keyboard when placed.
pub struct Checkbox<'a, M> {
    inner: iced::widget::Checkbox<'a, M>,
    then: Option<M>,
    on_enter: Option<M>,
    id: Option<String>,
}

impl<'a, M: Clone + 'a> Checkbox<'a, M> {
    pub fn label(self, l: impl iced::widget::text::IntoFragment<'a>) -> Self {
        Checkbox {
            inner: self.inner.label(l),
            ..self
        }
    }
    pub fn on_toggle(self, f: impl Fn(bool) -> M + 'a) -> Self {
        Checkbox {
            inner: self.inner.on_toggle(f),
            ..self
        }
    }
    pub fn on_toggle_maybe(self, f: Option<impl Fn(bool) -> M + 'a>) -> Self {
        Checkbox {
            inner: self.inner.on_toggle_maybe(f),
            ..self
        }
    }
}

impl<'a, M: Clone + 'a> Checkbox<'a, M> {
    /// Sent after Space toggled it: the keyboard moves on (a list of
    /// boxes ticked one key each).
    pub fn then(self, m: M) -> Self {
        Checkbox {
            then: Some(m),
            ..self
        }
    }

    /// Enter moves on with `m` and leaves the box as it is (Space ticks).
    pub fn on_enter(self, m: M) -> Self {
        Checkbox {
            on_enter: Some(m),
            ..self
        }
    }
}

impl<'a, M: Clone + 'a> Checkbox<'a, M> {
    /// An id, so that a screen can put the keyboard here.
    pub fn id(self, id: String) -> Self {
        Checkbox {
            id: Some(id),
            ..self
        }
    }
}

impl<'a, M: Clone + 'a> From<Checkbox<'a, M>> for Element<'a, M> {
    fn from(c: Checkbox<'a, M>) -> Self {
        let f = focus(c.inner).then(c.then).on_enter(c.on_enter);
        match c.id {
            Some(id) => f.id(id).into(),
            None => f.into(),
        }
    }
}

/// Buttons as the screens use them, each reachable by the keyboard: Tab
/// stops on it and Space or Enter presses it. The styles are iced's.
pub mod button {
    pub use iced::widget::button::{danger, primary, secondary, success, text, Status, Style};
}

/// A button that takes the keyboard focus (see [`button`](mod@button)).
pub fn button<'a, M: Clone + 'a>(content: impl Into<Element<'a, M>>) -> Button<'a, M> {
    Button {
        inner: iced::widget::button(content),
        id: None,
    }
}

/// iced's button, built as usual, wrapped for the keyboard when placed.
pub struct Button<'a, M> {
    inner: iced::widget::Button<'a, M>,
    id: Option<&'static str>,
}

impl<'a, M: Clone + 'a> Button<'a, M> {
    pub fn on_press(self, m: M) -> Self {
        Button {
            inner: self.inner.on_press(m),
            ..self
        }
    }
    pub fn on_press_maybe(self, m: Option<M>) -> Self {
        Button {
            inner: self.inner.on_press_maybe(m),
            ..self
        }
    }
    pub fn style(self, f: impl Fn(&iced::Theme, button::Status) -> button::Style + 'a) -> Self {
        Button {
            inner: self.inner.style(f),
            ..self
        }
    }
    pub fn padding(self, p: impl Into<Padding>) -> Self {
        Button {
            inner: self.inner.padding(p),
            ..self
        }
    }
    pub fn width(self, w: impl Into<Length>) -> Self {
        Button {
            inner: self.inner.width(w),
            ..self
        }
    }
    /// An id for `UiOp::Focus` / `UiOp::FocusField`.
    pub fn id(self, id: &'static str) -> Self {
        Button {
            id: Some(id),
            ..self
        }
    }
}

impl<'a, M: Clone + 'a> From<Button<'a, M>> for Element<'a, M> {
    fn from(b: Button<'a, M>) -> Self {
        let f = focus(b.inner);
        match b.id {
            Some(id) => f.id(id).into(),
            None => f.into(),
        }
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

/// The line where a screen says what happened (saved, or why not), above
/// the page; it takes no room while nothing is said.
pub fn message_line<'a, M: 'a>(said: Option<(String, Level)>) -> Element<'a, M> {
    // Nothing said, no room taken: no empty band above the page.
    match said {
        Some((m, level)) => iced::widget::container(text(m).size(BODY).color(level_color(level)))
            .width(Length::Fill)
            .into(),
        None => iced::widget::Space::new().height(Length::Fixed(0.0)).into(),
    }
}
