//! The keyboard reaches every control.
//!
//! iced's text inputs take the keyboard focus; its buttons, checkboxes and
//! tabs do not. [`Focus`] wraps any of them: Tab and Shift+Tab stop on it
//! (it takes part in iced's `focus_next` / `focus_previous`), a ring shows
//! where the keyboard is, Space or Enter press it (a click at its centre,
//! so the control behaves exactly as under the mouse), and in a choice
//! group the arrow keys pick the option before or after.
//!
//! [`operation`] is what a focus move does in the window and in the tests:
//! move the focus, then scroll the focused control into view when it lies
//! outside its scrollable.

use super::UiOp;
use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer;
use iced::advanced::widget::operation::{self, Focusable, Operation, Outcome, Scrollable};
use iced::advanced::widget::{tree, Id, Tree, Widget};
use iced::advanced::{mouse, overlay, Clipboard, Shell};
use iced::keyboard::{self, key::Named, Key};
use iced::{Border, Color, Element, Event, Length, Rectangle, Size, Vector};

/// A control that takes the keyboard focus.
pub struct Focus<'a, M> {
    content: Element<'a, M>,
    id: Option<Id>,
    on_prev: Option<M>,
    on_next: Option<M>,
    options: Vec<M>,
    then: Option<M>,
    on_enter: Option<M>,
}

/// Wraps `content` so that the keyboard reaches it.
pub fn focus<'a, M>(content: impl Into<Element<'a, M>>) -> Focus<'a, M> {
    Focus {
        content: content.into(),
        id: None,
        on_prev: None,
        on_next: None,
        options: Vec::new(),
        then: None,
        on_enter: None,
    }
}

impl<'a, M> Focus<'a, M> {
    /// An id, so that a screen can put the keyboard here.
    pub fn id(mut self, id: impl Into<Id>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// A choice group's options: the digit 1 … 9 picks the n-th at once.
    pub fn options(mut self, options: Vec<M>) -> Self {
        self.options = options;
        self
    }

    /// Sent after a digit picked an option, or after Space / Enter pressed
    /// the control: the keyboard moves on.
    pub fn then(mut self, m: Option<M>) -> Self {
        self.then = m;
        self
    }

    /// Enter sends `m` instead of pressing the control (a box Enter walks
    /// past: only Space ticks it).
    pub fn on_enter(mut self, m: Option<M>) -> Self {
        self.on_enter = m;
        self
    }

    /// A choice group: ← / ↑ send `prev`, → / ↓ send `next`.
    pub fn arrows(mut self, prev: Option<M>, next: Option<M>) -> Self {
        self.on_prev = prev;
        self.on_next = next;
        self
    }
}

#[derive(Debug, Default)]
struct State {
    focused: bool,
}

impl Focusable for State {
    fn is_focused(&self) -> bool {
        self.focused
    }
    fn focus(&mut self) {
        self.focused = true;
    }
    fn unfocus(&mut self) {
        self.focused = false;
    }
}

/// The colour of the focus ring.
fn ring() -> Color {
    Color::from_rgb8(0x1f, 0x5f, 0xbf)
}

impl<'a, M: Clone> Widget<M, iced::Theme, iced::Renderer> for Focus<'a, M> {
    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<State>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(State::default())
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &iced::Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
        if tree.state.downcast_ref::<State>().focused {
            use iced::advanced::Renderer as _;
            let b = layout.bounds().expand(2.0);
            renderer.fill_quad(
                renderer::Quad {
                    bounds: b,
                    border: Border {
                        color: ring(),
                        width: 2.0,
                        radius: 4.0.into(),
                    },
                    ..renderer::Quad::default()
                },
                Color::TRANSPARENT,
            );
        }
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        let state = tree.state.downcast_mut::<State>();
        operation.focusable(self.id.as_ref(), layout.bounds(), state);
        operation.traverse(&mut |op| {
            self.content
                .as_widget_mut()
                .operate(&mut tree.children[0], layout, renderer, op);
        });
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        let bounds = layout.bounds();
        if let Event::Mouse(mouse::Event::ButtonPressed(_)) = event {
            // A click puts the keyboard here; a click elsewhere takes it away.
            tree.state.downcast_mut::<State>().focused = cursor.is_over(bounds);
        }
        let focused = tree.state.downcast_ref::<State>().focused;
        if focused {
            if let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event {
                if modifiers.is_empty() || *modifiers == keyboard::Modifiers::SHIFT {
                    match key {
                        // A choice group: Space moves on like →.
                        Key::Named(Named::Space) if !self.options.is_empty() => {
                            if let Some(m) = &self.on_next {
                                shell.publish(m.clone());
                            }
                            shell.capture_event();
                            return;
                        }
                        Key::Named(Named::Enter) if !self.options.is_empty() => {}
                        Key::Named(Named::Enter) if self.on_enter.is_some() => {
                            if let Some(m) = &self.on_enter {
                                shell.publish(m.clone());
                            }
                            shell.capture_event();
                            return;
                        }
                        Key::Named(Named::Space | Named::Enter) => {
                            // Pressed as the mouse would press it.
                            let at = mouse::Cursor::Available(bounds.center());
                            for e in [
                                Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)),
                                Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left)),
                            ] {
                                // Each event in a shell of its own: the press
                                // is captured, and the release must still
                                // reach the control.
                                let mut out = Vec::new();
                                let mut own = Shell::new(&mut out);
                                self.content.as_widget_mut().update(
                                    &mut tree.children[0],
                                    &e,
                                    layout,
                                    at,
                                    renderer,
                                    clipboard,
                                    &mut own,
                                    viewport,
                                );
                                shell.merge(own, |m| m);
                            }
                            if let Some(t) = &self.then {
                                shell.publish(t.clone());
                            }
                            shell.capture_event();
                            return;
                        }
                        Key::Character(c) if !self.options.is_empty() => {
                            let pick = c
                                .parse::<usize>()
                                .ok()
                                .and_then(|d| d.checked_sub(1))
                                .and_then(|i| self.options.get(i));
                            if let Some(m) = pick {
                                shell.publish(m.clone());
                                if let Some(t) = &self.then {
                                    shell.publish(t.clone());
                                }
                                shell.capture_event();
                                return;
                            }
                        }
                        Key::Named(Named::ArrowLeft | Named::ArrowUp) => {
                            if let Some(m) = &self.on_prev {
                                shell.publish(m.clone());
                                shell.capture_event();
                                return;
                            }
                        }
                        Key::Named(Named::ArrowRight | Named::ArrowDown) => {
                            if let Some(m) = &self.on_next {
                                shell.publish(m.clone());
                                shell.capture_event();
                                return;
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, iced::Theme, iced::Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

impl<'a, M: Clone + 'a> From<Focus<'a, M>> for Element<'a, M> {
    fn from(f: Focus<'a, M>) -> Self {
        Element::new(f)
    }
}

/// What a focus move does: the move itself, then the focused control
/// scrolled into view.
pub fn operation(op: &UiOp) -> Box<dyn Operation> {
    let first: Box<dyn Operation> = match op {
        UiOp::FocusNext => Box::new(operation::focusable::focus_next()),
        UiOp::FocusPrevious => Box::new(operation::focusable::focus_previous()),
        UiOp::Focus(id) => Box::new(operation::focusable::focus(Id::new(id))),
        UiOp::FocusField(id) => Box::new(operation::focusable::focus(Id::from(id.clone()))),
    };
    Box::new(Then { first })
}

/// Runs `first` (with whatever it chains), then [`Reveal`].
struct Then {
    first: Box<dyn Operation>,
}

impl Operation for Then {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        self.first.traverse(operate);
    }
    fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
        self.first.container(id, bounds);
    }
    fn scrollable(
        &mut self,
        id: Option<&Id>,
        bounds: Rectangle,
        content: Rectangle,
        translation: Vector,
        state: &mut dyn Scrollable,
    ) {
        self.first
            .scrollable(id, bounds, content, translation, state);
    }
    fn focusable(&mut self, id: Option<&Id>, bounds: Rectangle, state: &mut dyn Focusable) {
        self.first.focusable(id, bounds, state);
    }
    fn text_input(
        &mut self,
        id: Option<&Id>,
        bounds: Rectangle,
        state: &mut dyn operation::TextInput,
    ) {
        self.first.text_input(id, bounds, state);
    }
    fn finish(&self) -> Outcome<()> {
        match self.first.finish() {
            Outcome::Chain(more) => Outcome::Chain(Box::new(Then { first: more })),
            _ => Outcome::Chain(Box::new(Reveal::default())),
        }
    }
}

/// A scrollable as an operation sees it.
#[derive(Debug, Clone, Copy)]
struct Viewport {
    bounds: Rectangle,
    content: Rectangle,
    translation: Vector,
}

/// Finds the focused control and, when it lies outside the scrollable
/// holding it, scrolls that scrollable so that it shows.
#[derive(Default)]
struct Reveal {
    /// A scrollable just met: its children come with the next `traverse`.
    pending: Option<Viewport>,
    /// The innermost scrollable around the widgets being visited.
    current: Option<Viewport>,
    found: Option<(Viewport, Rectangle)>,
}

/// Space kept above and below the control scrolled to.
const MARGIN: f32 = 24.0;

impl Reveal {
    /// The offset that shows `target` in `v`, if it is not shown already.
    fn offset(v: Viewport, target: Rectangle) -> Option<f32> {
        let top = v.bounds.y + v.translation.y;
        let bottom = top + v.bounds.height;
        if target.y < top {
            Some((target.y - v.content.y - MARGIN).max(0.0))
        } else if target.y + target.height > bottom {
            let want = target.y + target.height - v.content.y - v.bounds.height + MARGIN;
            // A control taller than the view shows from its top.
            let at_top = target.y - v.content.y - MARGIN;
            Some(want.min(at_top.max(0.0)).max(0.0))
        } else {
            None
        }
    }
}

impl Operation for Reveal {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        let saved = self.current;
        if let Some(p) = self.pending.take() {
            self.current = Some(p);
        }
        operate(self);
        self.current = saved;
    }
    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        bounds: Rectangle,
        content: Rectangle,
        translation: Vector,
        _state: &mut dyn Scrollable,
    ) {
        self.pending = Some(Viewport {
            bounds,
            content,
            translation,
        });
    }
    fn focusable(&mut self, _id: Option<&Id>, bounds: Rectangle, state: &mut dyn Focusable) {
        if state.is_focused() && self.found.is_none() {
            if let Some(v) = self.current {
                self.found = Some((v, bounds));
            }
        }
    }
    fn finish(&self) -> Outcome<()> {
        let Some((v, target)) = self.found else {
            return Outcome::None;
        };
        match Reveal::offset(v, target) {
            Some(y) => Outcome::Chain(Box::new(ScrollTo {
                bounds: v.bounds,
                y,
            })),
            None => Outcome::None,
        }
    }
}

/// Scrolls the scrollable at `bounds` to `y`.
struct ScrollTo {
    bounds: Rectangle,
    y: f32,
}

impl Operation for ScrollTo {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }
    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        bounds: Rectangle,
        _content: Rectangle,
        _translation: Vector,
        state: &mut dyn Scrollable,
    ) {
        if bounds == self.bounds {
            state.scroll_to(operation::scrollable::AbsoluteOffset {
                x: None,
                y: Some(self.y),
            });
        }
    }
}

/// The whole window wrapped: a key pressed with Ctrl or Alt is a shortcut,
/// never text. iced's text fields insert the character a key carries
/// whatever the modifiers, so Ctrl+1 on the lock screen would type "1"
/// into the password and Ctrl+N a letter into the field in use; the
/// characters are taken off such keys before any widget sees them (the
/// shortcut still reaches the program's key handler).
pub struct Shortcuts<'a, M> {
    content: Element<'a, M>,
}

/// Wraps the window's content (see [`Shortcuts`]).
pub fn shortcuts<'a, M>(content: impl Into<Element<'a, M>>) -> Shortcuts<'a, M> {
    Shortcuts {
        content: content.into(),
    }
}

/// The event as the widgets get it: a key with Ctrl or Alt carries no text.
pub fn without_shortcut_text(event: &Event) -> Option<Event> {
    match event {
        Event::Keyboard(keyboard::Event::KeyPressed {
            key,
            modified_key,
            physical_key,
            location,
            modifiers,
            repeat,
            text: Some(_),
        }) if modifiers.control() || modifiers.alt() => {
            Some(Event::Keyboard(keyboard::Event::KeyPressed {
                key: key.clone(),
                modified_key: modified_key.clone(),
                physical_key: *physical_key,
                location: *location,
                modifiers: *modifiers,
                repeat: *repeat,
                text: None,
            }))
        }
        _ => None,
    }
}

impl<'a, M> Widget<M, iced::Theme, iced::Renderer> for Shortcuts<'a, M> {
    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &iced::Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        let plain = without_shortcut_text(event);
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            plain.as_ref().unwrap_or(event),
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, iced::Theme, iced::Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

impl<'a, M: 'a> From<Shortcuts<'a, M>> for Element<'a, M> {
    fn from(s: Shortcuts<'a, M>) -> Self {
        Element::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(y: f32, h: f32, scrolled: f32) -> Viewport {
        Viewport {
            bounds: Rectangle::new(iced::Point::new(0.0, y), Size::new(100.0, h)),
            content: Rectangle::new(iced::Point::new(0.0, y), Size::new(100.0, 2000.0)),
            translation: Vector::new(0.0, scrolled),
        }
    }

    fn r(y: f32) -> Rectangle {
        Rectangle::new(iced::Point::new(0.0, y), Size::new(100.0, 30.0))
    }

    #[test]
    fn a_control_in_view_is_left_where_it_is() {
        assert_eq!(Reveal::offset(v(100.0, 400.0, 0.0), r(200.0)), None);
    }

    #[test]
    fn a_control_below_the_view_is_scrolled_up_to_its_bottom() {
        // Visible 100..500 of the page; the control at 700..730.
        let y = Reveal::offset(v(100.0, 400.0, 0.0), r(700.0)).unwrap();
        assert_eq!(y, 730.0 - 100.0 - 400.0 + MARGIN);
    }

    #[test]
    fn a_control_above_the_view_is_scrolled_down_to() {
        let y = Reveal::offset(v(100.0, 400.0, 600.0), r(300.0)).unwrap();
        assert_eq!(y, 300.0 - 100.0 - MARGIN);
    }
}
