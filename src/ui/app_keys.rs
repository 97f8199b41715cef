//! The keyboard: shortcuts, Tab order, Enter and Esc on a question.

use super::*;

impl App {
    /// Keyboard first: Tab / Shift+Tab move between fields; F2 calls the
    /// next ticket, F3 issues one, F4 goes to the case search, F9 asks to
    /// accept and F10 to refuse the intake (Enter confirms, Esc goes back,
    /// as for every act that cannot be undone); digits and Enter typed
    /// outside any field
    /// (a scanner reading a form's QR code) open that case.
    pub(super) fn key(&mut self, event: iced::keyboard::Event) -> Vec<Effect> {
        use iced::keyboard::{key::Named, Event, Key};
        let Event::KeyPressed { key, modifiers, .. } = event else {
            return vec![];
        };
        // Over the About page only Tab moves (Esc and F1 close it): no
        // shortcut acts on the screen it hides.
        if self.about || !matches!(self.screen, Screen::Main { .. }) {
            return match key {
                Key::Named(Named::Tab) if modifiers.shift() => {
                    vec![Effect::Ui(UiOp::FocusPrevious)]
                }
                Key::Named(Named::Tab) => vec![Effect::Ui(UiOp::FocusNext)],
                _ => vec![],
            };
        };
        // Ctrl+1 … Ctrl+7: the tabs, in the order the bar shows them;
        // Ctrl+N: a new row in the intake's list.
        if modifiers.control() {
            if let (
                Key::Character(c),
                Screen::Main {
                    tab: Tab::Intake, ..
                },
            ) = (&key, &self.screen)
            {
                if c.as_str().eq_ignore_ascii_case("n") {
                    return self.update(Message::Intake(intake::Msg::AddRow));
                }
            }
            if let Key::Character(c) = &key {
                let role = self.user().map(|u| u.role);
                let n = c.parse::<usize>().ok();
                let tabs = Tab::at(role, self.office.as_ref().map(|o| o.kind));
                if let Some(t) = n.and_then(|n| n.checked_sub(1)).and_then(|i| tabs.get(i)) {
                    return self.update(Message::Tab(*t));
                }
            }
            return vec![];
        }
        let digit = match &key {
            Key::Character(c) if c.len() == 1 && c.chars().all(|c| c.is_ascii_digit()) => {
                Some(c.to_string())
            }
            _ => None,
        };
        if let Some(d) = digit {
            if self.scan.len() < 32 {
                self.scan.push_str(&d);
            }
            return vec![];
        }
        let scanned = std::mem::take(&mut self.scan);
        // A confirmation waiting on this tab: Enter confirms, Esc goes back.
        if let (Some((yes, no)), Key::Named(named @ (Named::Enter | Named::Escape))) =
            (self.pending_confirmation(), &key)
        {
            if scanned.is_empty() {
                let m = if *named == Named::Enter { yes } else { no };
                return self.update(m);
            }
        }
        let Screen::Main { tab, .. } = &mut self.screen else {
            return vec![];
        };
        match key {
            Key::Named(Named::Enter) if scanned.len() >= 15 => {
                match crate::domain::case::CaseNumber::parse(&scanned[..15]) {
                    Ok(n) => {
                        *tab = Tab::Cases;
                        vec![
                            Effect::Cases(cases::Effect::Open(n)),
                            Effect::Cases(cases::Effect::Bodies),
                        ]
                    }
                    Err(_) => vec![],
                }
            }
            Key::Named(Named::Tab) if modifiers.shift() => vec![Effect::Ui(UiOp::FocusPrevious)],
            Key::Named(Named::Tab) => vec![Effect::Ui(UiOp::FocusNext)],
            // The next customer: called, and a fresh intake (the last
            // one's result put away) with the keyboard in its IIN.
            Key::Named(Named::F2) => {
                let mut effects = self.update(Message::Queue(queue::Msg::CallNext));
                let done =
                    matches!(&self.screen, Screen::Main { intake, .. } if intake.done().is_some());
                if done {
                    effects.extend(self.update(Message::Intake(intake::Msg::New)));
                }
                let tab = matches!(
                    &self.screen,
                    Screen::Main {
                        tab: Tab::Intake,
                        ..
                    }
                );
                if !tab {
                    effects.extend(self.update(Message::Tab(Tab::Intake)));
                }
                effects
            }
            Key::Named(Named::F3) => self.update(Message::Queue(queue::Msg::Issue)),
            Key::Named(Named::F4) => {
                // From every screen (an open case, the deadline board): the
                // search, the keyboard in its box.
                let mut effects = self.update(Message::Cases(cases::Msg::NewSearch));
                effects.extend(self.update(Message::Tab(Tab::Cases)));
                effects.push(Effect::Ui(UiOp::Focus("case-search")));
                effects
            }
            Key::Named(Named::F8) if *tab == Tab::Cases => {
                self.update(Message::Cases(cases::Msg::PrintMain))
            }
            Key::Named(Named::PageDown) if *tab == Tab::Intake => {
                self.update(Message::Intake(intake::Msg::NextStep))
            }
            Key::Named(Named::PageUp) if *tab == Tab::Intake => {
                self.update(Message::Intake(intake::Msg::PrevStep))
            }
            Key::Named(Named::F9) if *tab == Tab::Intake => {
                self.update(Message::Intake(intake::Msg::Accept))
            }
            Key::Named(Named::F10) if *tab == Tab::Intake => {
                self.update(Message::Intake(intake::Msg::Refuse))
            }
            _ => vec![],
        }
    }

    /// The confirm / go-back messages of a confirmation waiting on the tab
    /// in view, if any.
    pub(super) fn pending_confirmation(&self) -> Option<(Message, Message)> {
        let Screen::Main {
            tab,
            intake,
            cases,
            queue,
            ..
        } = &self.screen
        else {
            return None;
        };
        match tab {
            Tab::Intake if intake.offering_known() => Some((
                Message::Intake(intake::Msg::FillKnown),
                Message::Intake(intake::Msg::IgnoreKnown),
            )),
            Tab::Intake if intake.confirming().is_some() => Some((
                Message::Intake(intake::Msg::Confirm),
                Message::Intake(intake::Msg::CancelConfirm),
            )),
            Tab::Cases if cases.actions.confirming.is_some() => Some((
                Message::Cases(cases::Msg::Action(actions::Msg::Confirm)),
                Message::Cases(cases::Msg::Action(actions::Msg::CancelConfirm)),
            )),
            Tab::Queue if queue.confirm_no_show => Some((
                Message::Queue(queue::Msg::ConfirmNoShow),
                Message::Queue(queue::Msg::CancelNoShow),
            )),
            _ => None,
        }
    }
}
