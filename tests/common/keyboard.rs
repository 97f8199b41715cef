//! The window driven by the keyboard alone, as a clerk drives it.
//!
//! The interface is kept from one key to the next (its cache holds which
//! control has the focus and where each list is scrolled), keys go first to
//! the widgets and, when none takes them, to the program's key handler (as
//! `iced::keyboard::listen` delivers them), and the focus moves the program
//! asks for run as in the window (`ui::focus::operation`). Every key is
//! counted: characters of content apart from everything else.

use emigration_desk::ui::{focus, App, Message};
use iced::advanced::clipboard;
use iced::advanced::widget::operation::{self, Operation, Outcome};
use iced::advanced::widget::Id;
use iced::keyboard::{self, key::Named, Key, Modifiers};
use iced::{event, mouse, Event, Size};
use iced_runtime::user_interface::{Cache, UserInterface};

/// Key presses, split as the issue counts them.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Keys {
    /// Characters of the data itself.
    pub content: u32,
    /// Everything else: Tab, Enter, Space, arrows, F-keys, PageDown.
    pub other: u32,
}

pub struct Desk {
    pub app: App,
    pub keys: Keys,
    cache: Option<Cache>,
    renderer: iced::Renderer,
    size: Size,
}

impl Desk {
    pub fn new(app: App, width: f32, height: f32) -> Desk {
        use iced::advanced::graphics::text::font_system;
        use iced::advanced::renderer::Headless;
        {
            let mut fonts = font_system().write().expect("fonts");
            fonts.load_font(emigration_desk::ui::theme::FONT_BYTES.into());
            fonts.load_font(emigration_desk::ui::theme::FONT_BOLD_BYTES.into());
        }
        let renderer = iced::futures::executor::block_on(<iced::Renderer as Headless>::new(
            emigration_desk::ui::theme::FONT,
            iced::Pixels(16.0),
            None,
        ))
        .expect("headless renderer");
        Desk {
            app,
            keys: Keys::default(),
            cache: Some(Cache::default()),
            renderer,
            size: Size::new(width, height),
        }
    }

    /// Sends `events` to the interface; what the widgets do not take goes
    /// to the program's key handler. Then runs the focus moves asked for.
    fn send(&mut self, events: Vec<Event>) {
        let mut messages = Vec::new();
        let statuses = {
            let mut ui = UserInterface::build(
                self.app.view(),
                self.size,
                self.cache.take().unwrap_or_default(),
                &mut self.renderer,
            );
            let (_, statuses) = ui.update(
                &events,
                mouse::Cursor::Unavailable,
                &mut self.renderer,
                &mut clipboard::Null,
                &mut messages,
            );
            self.cache = Some(ui.into_cache());
            statuses
        };
        for m in messages {
            self.app.settle(m);
        }
        for (e, s) in events.into_iter().zip(statuses) {
            if let (Event::Keyboard(k), event::Status::Ignored) = (e, s) {
                self.app.settle(Message::Key(k));
            }
        }
        self.run_focus_moves();
    }

    /// Runs the focus moves the program asked for, in order.
    pub fn run_focus_moves(&mut self) {
        let ops: Vec<_> = self.app.ui_ops.drain(..).collect();
        for op in ops {
            let mut current: Option<Box<dyn Operation>> = Some(focus::operation(&op));
            while let Some(mut o) = current.take() {
                let mut ui = UserInterface::build(
                    self.app.view(),
                    self.size,
                    self.cache.take().unwrap_or_default(),
                    &mut self.renderer,
                );
                ui.operate(&self.renderer, o.as_mut());
                self.cache = Some(ui.into_cache());
                if let Outcome::Chain(next) = o.finish() {
                    current = Some(next);
                }
            }
        }
    }

    fn tap(&mut self, key: Key, modifiers: Modifiers, text: Option<&str>) {
        let physical =
            keyboard::key::Physical::Unidentified(keyboard::key::NativeCode::Unidentified);
        self.send(vec![
            Event::Keyboard(keyboard::Event::KeyPressed {
                key: key.clone(),
                modified_key: key.clone(),
                physical_key: physical,
                location: keyboard::Location::Standard,
                modifiers,
                repeat: false,
                text: text.map(Into::into),
            }),
            Event::Keyboard(keyboard::Event::KeyReleased {
                key: key.clone(),
                modified_key: key,
                physical_key: physical,
                location: keyboard::Location::Standard,
                modifiers,
            }),
        ]);
    }

    /// Types the data: one key per character, counted as content.
    pub fn type_text(&mut self, s: &str) {
        for c in s.chars() {
            let c = c.to_string();
            self.tap(
                Key::Character(c.as_str().into()),
                Modifiers::default(),
                Some(&c),
            );
            self.keys.content += 1;
        }
    }

    /// One named key (Tab, Enter, Space, an arrow, F9 …), counted as other.
    pub fn key(&mut self, k: Named) {
        let text = match k {
            Named::Space => Some(" "),
            Named::Enter => Some("\r"),
            _ => None,
        };
        self.tap(Key::Named(k), Modifiers::default(), text);
        self.keys.other += 1;
    }

    /// `n` presses of `k`.
    pub fn keys(&mut self, k: Named, n: usize) {
        for _ in 0..n {
            self.key(k);
        }
    }

    /// Ctrl + a character (Ctrl+2: the Intake tab), counted as one other key.
    pub fn ctrl(&mut self, c: &str) {
        self.tap(Key::Character(c.into()), Modifiers::CTRL, None);
        self.keys.other += 1;
    }

    /// Ctrl + a character as an X11 window delivers it: the key carries
    /// its character as text too. Counted as one other key.
    pub fn ctrl_with_text(&mut self, c: &str) {
        self.tap(Key::Character(c.into()), Modifiers::CTRL, Some(c));
        self.keys.other += 1;
    }

    /// Shift + a named key (Shift+Tab), counted as one other key.
    pub fn shift(&mut self, k: Named) {
        self.tap(Key::Named(k), Modifiers::SHIFT, None);
        self.keys.other += 1;
    }

    /// Puts the keyboard on the control with this id (a screen's own
    /// focus move, not a key: not counted).
    pub fn focus_id(&mut self, id: &'static str) {
        self.app.ui_ops.push(emigration_desk::ui::UiOp::Focus(id));
        self.run_focus_moves();
    }

    /// Puts the keyboard in the field with this id (not counted).
    pub fn focus_field(&mut self, id: &str) {
        self.app
            .ui_ops
            .push(emigration_desk::ui::UiOp::FocusField(id.to_string()));
        self.run_focus_moves();
    }

    /// The next frame: the view and its layout, as the window builds them
    /// after an update.
    pub fn frame(&mut self) {
        let ui = UserInterface::build(
            self.app.view(),
            self.size,
            self.cache.take().unwrap_or_default(),
            &mut self.renderer,
        );
        self.cache = Some(ui.into_cache());
    }

    /// How many relatives the intake holds.
    pub fn app_intake_relatives(&self) -> usize {
        match &self.app.screen {
            emigration_desk::ui::Screen::Main { intake, .. } => intake.intake().relatives.len(),
            _ => 0,
        }
    }

    /// The id of the focused control, if it has one.
    pub fn focused(&mut self) -> Option<Id> {
        let mut op = operation::focusable::find_focused();
        let mut ui = UserInterface::build(
            self.app.view(),
            self.size,
            self.cache.take().unwrap_or_default(),
            &mut self.renderer,
        );
        ui.operate(&self.renderer, &mut operation::black_box(&mut op));
        self.cache = Some(ui.into_cache());
        match op.finish() {
            Outcome::Some(id) => Some(id),
            _ => None,
        }
    }

    /// Every text the window shows now (labels, lines, buttons' words).
    pub fn texts(&mut self) -> Vec<String> {
        struct Texts(Vec<String>);
        impl Operation for Texts {
            fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
                operate(self);
            }
            fn text(&mut self, _id: Option<&Id>, _bounds: iced::Rectangle, text: &str) {
                self.0.push(text.to_string());
            }
        }
        let mut op = Texts(Vec::new());
        let mut ui = UserInterface::build(
            self.app.view(),
            self.size,
            self.cache.take().unwrap_or_default(),
            &mut self.renderer,
        );
        ui.operate(&self.renderer, &mut op);
        self.cache = Some(ui.into_cache());
        op.0
    }

    /// How far each scrollable in view is scrolled down, in pixels.
    pub fn scrolled(&mut self) -> Vec<f32> {
        struct Offsets(Vec<f32>);
        impl Operation for Offsets {
            fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
                operate(self);
            }
            fn scrollable(
                &mut self,
                _id: Option<&Id>,
                _bounds: iced::Rectangle,
                _content: iced::Rectangle,
                translation: iced::Vector,
                _state: &mut dyn operation::Scrollable,
            ) {
                self.0.push(translation.y);
            }
        }
        let mut op = Offsets(Vec::new());
        let mut ui = UserInterface::build(
            self.app.view(),
            self.size,
            self.cache.take().unwrap_or_default(),
            &mut self.renderer,
        );
        ui.operate(&self.renderer, &mut op);
        self.cache = Some(ui.into_cache());
        op.0
    }

    /// Whether some control has the keyboard.
    pub fn any_focused(&mut self) -> bool {
        let mut op = operation::focusable::count();
        let mut ui = UserInterface::build(
            self.app.view(),
            self.size,
            self.cache.take().unwrap_or_default(),
            &mut self.renderer,
        );
        ui.operate(&self.renderer, &mut operation::black_box(&mut op));
        self.cache = Some(ui.into_cache());
        match op.finish() {
            Outcome::Some(c) => c.focused.is_some(),
            _ => false,
        }
    }
}
