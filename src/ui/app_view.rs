//! The window: its subscription, the frame around the screens, the
//! iced program and its settings.

use super::*;
use iced::widget::column;

pub fn t_role(r: Role) -> String {
    match r {
        Role::Clerk => t!("role-clerk"),
        Role::Officer => t!("role-officer"),
        Role::Supervisor => t!("role-supervisor"),
        Role::Administrator => t!("role-administrator"),
        Role::Operator => t!("role-operator"),
        Role::Analyst => t!("role-analyst"),
    }
}

/// Runs the desktop application.
pub fn run(data_dir: Option<PathBuf>, lang_from_cli: bool) -> iced::Result {
    iced::application(
        move || {
            let (mut app, task) = App::boot(data_dir.clone());
            app.lang_from_cli = lang_from_cli;
            (app, task)
        },
        App::iced_update,
        App::view,
    )
    .title(|_: &App| t!("app-title"))
    .font(theme::FONT_BYTES)
    .font(theme::FONT_BOLD_BYTES)
    .default_font(theme::FONT)
    .subscription(App::subscription)
    .scale_factor(|app: &App| app.scale)
    .window(window_settings())
    .run()
}

/// The desktop's name for the program: the window's class (X11) or
/// application id (Wayland), the `.desktop` entry's and the icon's name.
pub const APP_ID: &str = "kz.gov4c.EmigrationDesk";

/// The window: 1280×720 to start, its own icon and class (so the desktop
/// groups it under the menu entry), and the close button asks first
/// (`Message::CloseRequested` saves what waits).
pub(super) fn window_settings() -> iced::window::Settings {
    iced::window::Settings {
        size: iced::Size::new(1280.0, 720.0),
        icon: window_icon(),
        exit_on_close_request: false,
        #[cfg(target_os = "linux")]
        platform_specific: iced::window::settings::PlatformSpecific {
            application_id: APP_ID.into(),
            ..Default::default()
        },
        ..Default::default()
    }
}

/// The program's icon (the package's 64 px PNG) for the window's title
/// bar and the task bar; none if it cannot be read (the window opens all
/// the same).
pub fn window_icon() -> Option<iced::window::Icon> {
    const PNG: &[u8] =
        include_bytes!("../../assets/packaging/icons/kz.gov4c.EmigrationDesk-64.png");
    let img = image023::load_from_memory_with_format(PNG, image023::ImageFormat::Png)
        .map_err(|e| tracing::warn!(error = %e, "window icon"))
        .ok()?
        .to_rgba8();
    let (w, h) = img.dimensions();
    iced::window::icon::from_rgba(img.into_raw(), w, h)
        .map_err(|e| tracing::warn!(error = %e, "window icon"))
        .ok()
}

impl App {
    /// Whether the 1-second clock is needed: only while a timer runs or a
    /// draft waits for its save.
    pub fn subscription_running(&self) -> bool {
        matches!(&self.screen, Screen::Main { queue, intake, .. }
            if queue.timers_running() || intake.dirty())
    }

    /// The scale for a window of `size` logical pixels at scale `now`:
    /// the window's real size against 1280×720, never below 1, by steps of
    /// 0.05 (no jitter as the window is dragged).
    pub fn scale_for(size: iced::Size, now: f32) -> f32 {
        let (w, h) = (size.width * now, size.height * now);
        let s = (w / 1280.0).min(h / 720.0).clamp(1.0, 2.0);
        (s * 20.0).floor() / 20.0
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let keys = iced::keyboard::listen().map(Message::Key);
        let resized = iced::window::resize_events().map(|(_, s)| Message::Resized(s));
        // The idle lock is checked twice a minute while someone is logged in.
        let idle = if matches!(self.screen, Screen::Main { .. }) && self.lock.is_none() {
            iced::time::every(std::time::Duration::from_secs(30))
                .map(|_| Message::Tick(crate::clock::utc_now()))
        } else {
            Subscription::none()
        };
        let clock = if self.subscription_running() {
            iced::time::every(std::time::Duration::from_secs(1))
                .map(|_| Message::Tick(crate::clock::utc_now()))
        } else {
            Subscription::none()
        };
        // The sync status line refreshes every two seconds once the store
        // is open (a short query on indexed columns).
        let sync = if matches!(self.screen, Screen::Loading | Screen::Failed(_)) {
            Subscription::none()
        } else {
            iced::time::every(std::time::Duration::from_secs(2)).map(|_| Message::SyncTick)
        };
        let close = iced::window::close_requests().map(|_| Message::CloseRequested);
        Subscription::batch([keys, clock, idle, sync, close, resized])
    }

    pub fn view(&self) -> Element<'_, Message> {
        // Ctrl and Alt keys are shortcuts, never text typed into a field.
        focus::shortcuts(self.screens()).into()
    }

    fn screens(&self) -> Element<'_, Message> {
        if self.about {
            return self.frame(about::view(self.data_dir.as_deref()));
        }
        let body: Element<'_, Message> = match (&self.lock, &self.screen) {
            (Some(lock), Screen::Main { user, .. }) => column![
                text(t!("ui-locked", name = user.full_name.as_str())).size(crate::ui::theme::TITLE),
                lock.view_unlock().map(Message::Login),
                button(text(t!("ui-logout"))).on_press(Message::Logout),
            ]
            .spacing(theme::GAP)
            .into(),
            _ => self.body(),
        };
        self.frame(body)
    }

    pub(super) fn body(&self) -> Element<'_, Message> {
        match &self.screen {
            Screen::Loading => text(t!("ui-loading")).into(),
            Screen::Failed(e) => text(t!("gui-placeholder-store-error", error = e.as_str())).into(),
            Screen::Setup(s) => s.view(self.lang).map(Message::Setup),
            Screen::Login(s) => s.view(self.office.as_ref(), self.now).map(Message::Login),
            Screen::Main {
                user,
                tab,
                queue,
                cases,
                intake: wizard,
                users,
                complaints,
                home_visits,
                sync,
                reports,
                status,
            } => {
                // Only the tabs this role has, side by side (no gap where
                // another role's would be); the person and Sign out at the
                // right, the name wrapping before the button is pushed out.
                let tabs = Tab::at(Some(user.role), self.office.as_ref().map(|o| o.kind))
                    .into_iter()
                    .map(|t| theme::tab(t.label(), *tab == t, Message::Tab(t)));
                let nav = row(tabs)
                    .push(
                        text(t!(
                            "ui-user",
                            name = user.full_name.as_str(),
                            role = t_role(user.role)
                        ))
                        .size(theme::BODY)
                        .width(Length::Fill)
                        .align_x(iced::alignment::Horizontal::Right),
                    )
                    .push(button(text(t!("ui-logout"))).on_press(Message::Logout))
                    .spacing(theme::ROW_GAP)
                    .align_y(iced::Alignment::Center);
                let content = match tab {
                    Tab::Queue => queue
                        .view(self.office.as_ref(), self.now)
                        .map(Message::Queue),
                    Tab::Cases => cases.view().map(Message::Cases),
                    Tab::Intake => wizard
                        .view(self.office.as_ref(), self.at().today)
                        .map(Message::Intake),
                    Tab::Users => users
                        .view(&user.login, self.at(), self.office.as_ref().map(|o| o.kind))
                        .map(Message::Users),
                    Tab::Complaints => complaints.view(self.at().today).map(Message::Complaints),
                    Tab::HomeVisits => home_visits.view(self.at().today).map(Message::HomeVisits),
                    Tab::Reports => reports.view().map(Message::Reports),
                    Tab::Sync => sync.view(user.role).map(Message::Sync),
                    Tab::Status => status.view().map(Message::Status),
                };
                column![nav, content].spacing(theme::GAP).into()
            }
        }
    }

    /// The header (title, office, languages) around a screen.
    pub(super) fn frame<'a>(&'a self, body: Element<'a, Message>) -> Element<'a, Message> {
        let langs = row(UiLang::ALL.into_iter().map(|l| {
            theme::tab(
                l.code().to_uppercase(),
                l == self.lang,
                Message::Language(l),
            )
        }))
        .spacing(4);
        // The office in the window's language; its name takes the room
        // left (wrapping), so the language buttons never move.
        let office = self
            .office
            .as_ref()
            .map(|o| {
                let name = match self.lang {
                    UiLang::Ru => &o.name_ru,
                    _ => &o.name,
                };
                format!("{name}\u{a0}№\u{a0}{}", o.number)
            })
            .unwrap_or_default();
        let header = row![
            text(t!("app-title")).size(crate::ui::theme::TITLE),
            text(office).size(theme::BODY).width(Length::Fill),
            langs,
            theme::tab(t!("about-open"), self.about, Message::About(!self.about)),
        ]
        .spacing(16)
        .align_y(iced::Alignment::Center);
        let mut top = column![header].spacing(4);
        // Only once someone has signed in: before, no store is open and
        // there is nothing to tell; and not at a contact centre, which
        // syncs nothing (its lookups say themselves when the hub is away).
        let syncs = self.office.as_ref().is_none_or(|o| o.kind.syncs());
        if matches!(self.screen, Screen::Main { .. }) && syncs {
            let (mut line, mut level) = sync::status_line(
                self.sync_on,
                self.sync_status.as_ref(),
                &self.sync_counts,
                self.now,
            );
            // The ministry keeps nothing to send: off, its replica stands
            // still, and its report says so.
            let ministry = self
                .office
                .as_ref()
                .is_some_and(|o| o.kind == crate::domain::OfficeKind::Ministry);
            if ministry && !self.sync_on {
                line = t!("sync-status-replica-off");
                level = crate::domain::visit::Level::Warning;
            }
            top = top.push(
                text(line)
                    .size(theme::LINE)
                    .color(theme::level_color(level)),
            );
        }
        // The person being served, on every tab but the queue itself.
        if let Screen::Main { tab, queue, .. } = &self.screen {
            if *tab != Tab::Queue {
                if let Some((line, level)) = queue.strip(self.office.as_ref(), self.now) {
                    top = top.push(
                        text(line)
                            .size(theme::BODY)
                            .color(theme::level_color(level)),
                    );
                }
            }
        }
        // The last backup, for the administrator and the supervisor.
        if let Screen::Main { user, users, .. } = &self.screen {
            if let Some((line, level)) = users.backup_line(user.role, self.at()) {
                top = top.push(
                    text(line)
                        .size(theme::LINE)
                        .color(theme::level_color(level)),
                );
            }
        }
        // A background task that failed: said until the next input.
        if let Some(e) = &self.task_error {
            top = top.push(text(e.clone()).color(theme::error_color()));
        }
        container(column![top, body].spacing(16))
            .padding(16)
            .width(Length::Fill)
            .height(Length::Fill)
            .into()
    }
}
