//! Users of the workstation, for administrators: add, reset a password,
//! disable or enable; the workstation's settings, the backups among them.
//!
//! The automatic daily backup is started from here for whoever is signed
//! in (on login, and on the clock's tick once the office's day has no
//! backup yet); the copying runs on the blocking pool through connections
//! of its own (`backup`), so neither the window nor the store waits for it.

use super::login::Secret;
use super::theme::button;
use super::theme::level_color;
use super::Event;
use crate::desk::admin::{self, LastBackup, Setting, Settings};
use crate::desk::types::{NewUser, Office, Store, User};
use crate::desk::{Now, Who};
use crate::domain::access::{self, permits, Act, Role};
use crate::domain::visit::Level;
use crate::i18n::Localize;
use crate::t;
use chrono::NaiveDateTime;
use iced::widget::{column, row, scrollable, text, text_input};
use iced::{Element, Length};

/// A field of the office's names and address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficeField {
    Name,
    NameRu,
    Number,
    Address,
    AddressRu,
    Phone,
}

#[derive(Debug, Clone)]
pub enum Msg {
    /// The office as the forms name it: a field edited.
    Office(OfficeField, String),
    SaveOffice,
    /// The users and the workstation's settings.
    Loaded(Result<(Vec<User>, Settings), String>),
    Counter(String),
    SaveCounter,
    /// The approving bodies, separated by ";".
    Bodies(String),
    SaveBodies,
    Idle(String),
    SaveIdle,
    /// A workstation setting saved: the settings after it.
    SettingSaved(Result<Settings, String>),
    BackupDir(String),
    SaveBackupDir,
    BackupKeep(String),
    SaveBackupKeep,
    /// The administrator asks for a backup now.
    BackupNow,
    /// A backup finished: the settings after it (the last backup), or why
    /// it failed.
    BackupDone(Result<Settings, String>),
    Login(String),
    Name(String),
    Role(Role),
    Password(String),
    Add,
    Select(String),
    NewPassword(String),
    Reset,
    Active(String, bool),
    /// Lift a user's lock-out now.
    Unlock(String),
    Done(Result<Vec<User>, String>),
    /// Enter in a field of the new user's form, or a role picked by its
    /// digit: the keyboard on the next field.
    FocusOn(&'static str),
    /// Who can open the encrypted store: the logins with a key slot and
    /// whether a recovery code exists (`None`: a plain store).
    Slots(Result<Option<(Vec<String>, bool)>, String>),
    /// The administrator asks for a new recovery code.
    MakeRecovery,
    /// The new code, shown once.
    RecoveryMade(Result<Secret, String>),
    /// The code is written down: it goes from the screen.
    HideRecovery,
    /// The recovery code's sheet to the printer.
    PrintRecovery,
    RecoveryPrinted(Result<(), String>),
}

#[derive(Debug, Clone)]
pub enum Effect {
    Load,
    Save(Setting),
    /// The office's names, address, number and phone.
    SaveOffice(Box<Office>),
    /// A backup into the directory of the automatic backups (see `backup`).
    Backup,
    Add {
        login: String,
        full_name: String,
        role: Role,
        password: Secret,
    },
    Reset {
        login: String,
        password: Secret,
    },
    Active {
        login: String,
        active: bool,
    },
    Slots,
    Recovery,
    PrintRecovery(Secret),
    Unlock {
        login: String,
    },
}

/// The id of the recovery code's Print button.
pub const RECOVERY_PRINT: &str = "recovery-print";

#[derive(Debug, Default)]
pub struct UsersState {
    pub(crate) users: Vec<User>,
    pub(crate) login: String,
    pub(crate) name: String,
    pub(crate) role: Option<Role>,
    pub(crate) password: Secret,
    pub(crate) selected: Option<String>,
    pub(crate) new_password: Secret,
    pub(crate) error: Option<String>,
    pub(crate) saved: bool,
    pub(crate) idle: String,
    pub(crate) counter: String,
    pub(crate) bodies: String,
    pub(crate) backup_dir: String,
    pub(crate) backup_keep: String,
    pub(crate) backup: BackupState,
    /// The key slots (see `Msg::Slots`).
    pub(crate) slots: Option<(Vec<String>, bool)>,
    /// A recovery code just made, on the screen until hidden.
    pub(crate) recovery: Option<Secret>,
    /// Whether its sheet went to the printer (or why not).
    pub(crate) recovery_printed: Option<Result<(), String>>,
    /// A user is being added (the answer puts the keyboard back in the form).
    pub(crate) adding: bool,
    /// The office as stored, and as being edited.
    pub(crate) office: Option<Office>,
    pub(crate) office_edit: Option<Office>,
}

/// What the screen shows, for tests and the root.
impl UsersState {
    /// The users listed.
    pub fn users(&self) -> &[User] {
        &self.users
    }
    /// A recovery code just made, while on the screen.
    pub fn recovery(&self) -> Option<&str> {
        self.recovery.as_ref().map(|s| s.0.as_str())
    }
    /// The approving bodies' field as typed.
    pub fn bodies(&self) -> &str {
        &self.bodies
    }
}

/// What the window knows of the backups.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct BackupState {
    /// A directory for the automatic backups is set.
    pub dir_set: bool,
    pub last: Option<LastBackup>,
    /// A backup is being made.
    pub running: bool,
    /// The last failure (UTC) and why, until a backup succeeds.
    pub failed: Option<(NaiveDateTime, String)>,
}

/// A failed automatic backup is tried again after this long.
const RETRY_AFTER_MINUTES: i64 = 60;
/// Older than this, the last backup is shown red.
const STALE_AFTER_DAYS: i64 = 2;

impl BackupState {
    fn learn(&mut self, s: &Settings) {
        self.dir_set = s.backup_dir.is_some();
        self.last = s.last_backup.clone();
    }

    /// The automatic backup is due: a directory is set, none is being
    /// made, the office's day has none yet, and no failure within the hour.
    pub fn due(&self, now: Now) -> bool {
        !self.running
            && admin::backup_due(self.dir_set, self.last.as_ref(), now)
            && self.failed.as_ref().is_none_or(|(at, _)| {
                now.utc - *at >= chrono::Duration::minutes(RETRY_AFTER_MINUTES)
            })
    }

    /// "Last backup: 30.11.2026 18:30 (2 h ago)" in the office's time, and
    /// its colour: red when older than two days, never made while a
    /// directory is set, or failed.
    pub fn line(&self, now: Now) -> (String, Level) {
        if let Some((_, e)) = &self.failed {
            return (t!("ui-backup-failed", error = e.as_str()), Level::Breach);
        }
        let running = self.running.then(|| t!("ui-backup-running"));
        let (line, level) = match &self.last {
            Some(b) => {
                let age = now.utc - b.at;
                let ago = if age < chrono::Duration::hours(1) {
                    t!("ui-backup-age-minutes", n = age.num_minutes().max(0))
                } else if age < chrono::Duration::hours(48) {
                    t!("ui-backup-age-hours", n = age.num_hours())
                } else {
                    t!("ui-backup-age-days", n = age.num_days())
                };
                let at = (b.at + now.offset).format("%d.%m.%Y %H:%M").to_string();
                let level = if age > chrono::Duration::days(STALE_AFTER_DAYS) {
                    Level::Breach
                } else {
                    Level::Normal
                };
                (t!("ui-backup-last", at = at, age = ago), level)
            }
            None if self.dir_set => (t!("ui-backup-never"), Level::Breach),
            None => (t!("ui-backup-off"), Level::Warning),
        };
        match running {
            Some(r) => (format!("{line} — {r}"), level),
            None => (line, level),
        }
    }
}

impl UsersState {
    /// `role`: who is signed in. Everyone's screen learns the settings
    /// (the idle lock applies to all, and the daily backup is made whoever
    /// is signed in); only an administrator edits them.
    pub fn update(&mut self, msg: Msg, role: Role, now: Now) -> (Vec<Effect>, Option<Event>) {
        // A backup finishing in the background does not hide "Saved.".
        if !matches!(msg, Msg::BackupDone(_)) {
            self.saved = false;
        }
        let is_load = matches!(
            msg,
            Msg::Loaded(_) | Msg::SettingSaved(_) | Msg::BackupDone(_)
        );
        if !permits(Some(role), Act::Administer) && !is_load {
            return (vec![], None);
        }
        match msg {
            Msg::Office(f, v) => {
                if let Some(o) = self.office_edit.as_mut() {
                    let slot = match f {
                        OfficeField::Name => &mut o.name,
                        OfficeField::NameRu => &mut o.name_ru,
                        OfficeField::Number => &mut o.number,
                        OfficeField::Address => &mut o.address,
                        OfficeField::AddressRu => &mut o.address_ru,
                        OfficeField::Phone => &mut o.phone,
                    };
                    *slot = v;
                }
            }
            Msg::SaveOffice => {
                if let Some(o) = self.office_edit.clone() {
                    return (vec![Effect::SaveOffice(Box::new(o))], None);
                }
            }
            Msg::Loaded(Ok((u, settings))) => {
                self.users = u;
                self.show(&settings);
                let mut effects = self.tick(now);
                if permits(Some(role), Act::ManageUsers) {
                    effects.push(Effect::Slots);
                }
                return (effects, Some(Event::IdleMinutes(settings.idle_minutes)));
            }
            Msg::Slots(Ok(slots)) => self.slots = slots,
            Msg::Slots(Err(e)) => self.error = Some(e),
            Msg::MakeRecovery => return (vec![Effect::Recovery], None),
            Msg::Unlock(login) => return (vec![Effect::Unlock { login }], None),
            Msg::RecoveryMade(Ok(code)) => {
                self.recovery = Some(code);
                self.recovery_printed = None;
                // Shown above the page; the keyboard on Print.
                return (
                    vec![Effect::Slots],
                    Some(Event::FocusField(RECOVERY_PRINT.into())),
                );
            }
            Msg::PrintRecovery => {
                if let Some(code) = &self.recovery {
                    return (vec![Effect::PrintRecovery(code.clone())], None);
                }
            }
            Msg::RecoveryPrinted(r) => self.recovery_printed = Some(r),
            Msg::RecoveryMade(Err(e)) => self.error = Some(e),
            Msg::HideRecovery => {
                self.recovery = None;
                self.recovery_printed = None;
            }
            Msg::BackupDir(s) => self.backup_dir = s,
            Msg::SaveBackupDir => {
                return (
                    vec![Effect::Save(Setting::BackupDir(self.backup_dir.clone()))],
                    None,
                )
            }
            Msg::BackupKeep(s) => self.backup_keep = s,
            Msg::SaveBackupKeep => match self.backup_keep.trim().parse::<i64>() {
                Ok(n) => return (vec![Effect::Save(Setting::BackupKeepDays(n))], None),
                Err(_) => self.error = Some(t!("ui-users-backup-keep-invalid")),
            },
            Msg::BackupNow => {
                if self.backup.dir_set && !self.backup.running {
                    self.backup.running = true;
                    self.backup.failed = None;
                    return (vec![Effect::Backup], None);
                }
            }
            Msg::BackupDone(r) => {
                self.backup.running = false;
                match r {
                    Ok(settings) => {
                        self.backup.failed = None;
                        self.backup.learn(&settings);
                    }
                    Err(e) => self.backup.failed = Some((now.utc, e)),
                }
            }
            Msg::Bodies(s) => self.bodies = s,
            Msg::SaveBodies => {
                let list = super::actions::bodies_from_text(&self.bodies);
                return (vec![Effect::Save(Setting::Bodies(list))], None);
            }
            Msg::Counter(s) => self.counter = s,
            Msg::SaveCounter => {
                return (
                    vec![Effect::Save(Setting::Counter(self.counter.clone()))],
                    None,
                )
            }
            Msg::Idle(s) => self.idle = s,
            // The range is the desk's to check; a number is the field's.
            Msg::SaveIdle => match self.idle.trim().parse::<i64>() {
                Ok(n) => return (vec![Effect::Save(Setting::IdleMinutes(n))], None),
                Err(_) => self.error = Some(t!("ui-users-idle-invalid")),
            },
            Msg::SettingSaved(Ok(settings)) => {
                self.show(&settings);
                self.saved = true;
                self.error = None;
                // A backup directory just set gets its first backup now.
                return (
                    self.tick(now),
                    Some(Event::IdleMinutes(settings.idle_minutes)),
                );
            }
            Msg::SettingSaved(Err(e)) => self.error = Some(e),
            Msg::FocusOn(id) => return (vec![], Some(Event::FocusField(id.into()))),
            Msg::Done(Ok(u)) => {
                self.users = u;
                self.error = None;
                self.saved = true;
                self.login.clear();
                self.name.clear();
                self.password = Secret::default();
                self.new_password = Secret::default();
                // A user added: the keyboard in the form for the next.
                if std::mem::take(&mut self.adding) {
                    return (vec![], Some(Event::FocusField("user-login".into())));
                }
            }
            Msg::Loaded(Err(e)) | Msg::Done(Err(e)) => self.error = Some(e),
            Msg::Login(s) => self.login = s,
            Msg::Name(s) => self.name = s,
            Msg::Role(r) => self.role = Some(r),
            Msg::Password(s) => self.password = Secret(s),
            Msg::Add => {
                if let Some(role) = self.role {
                    let add = Effect::Add {
                        login: self.login.trim().into(),
                        full_name: self.name.trim().into(),
                        role,
                        password: self.password.clone(),
                    };
                    self.adding = true;
                    return (vec![add], None);
                }
            }
            Msg::Select(l) => self.selected = Some(l),
            Msg::NewPassword(s) => self.new_password = Secret(s),
            Msg::Reset => {
                if let Some(login) = self.selected.clone() {
                    let reset = Effect::Reset {
                        login,
                        password: self.new_password.clone(),
                    };
                    return (vec![reset], None);
                }
            }
            Msg::Active(login, active) => return (vec![Effect::Active { login, active }], None),
        }
        (vec![], None)
    }

    /// The settings into their fields.
    fn show(&mut self, s: &Settings) {
        self.office = s.office.clone();
        self.office_edit = s.office.clone();
        self.idle = s.idle_minutes.to_string();
        self.counter = s.counter.clone();
        self.bodies = super::actions::bodies_text(&s.bodies);
        self.backup_dir = s
            .backup_dir
            .as_ref()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        self.backup_keep = s.backup_keep_days.to_string();
        self.backup.learn(s);
    }

    /// On the clock's tick: the automatic backup, when it is due.
    pub fn tick(&mut self, now: Now) -> Vec<Effect> {
        if self.backup.due(now) {
            self.backup.running = true;
            vec![Effect::Backup]
        } else {
            vec![]
        }
    }

    /// The backup line of the status line: for the administrator and the
    /// supervisor only.
    pub fn backup_line(&self, role: Role, now: Now) -> Option<(String, Level)> {
        permits(Some(role), Act::Supervise).then(|| self.backup.line(now))
    }

    /// The users, each with their role, state and the buttons that
    /// change them (never one's own account).
    fn users_list(&self, me: &str, now: chrono::NaiveDateTime) -> iced::widget::Column<'_, Msg> {
        let mut list = column![].spacing(4);
        for u in &self.users {
            let mut state = if u.active {
                t!("ui-users-active")
            } else {
                t!("ui-users-disabled")
            };
            if let Some(until) = u.locked_until.filter(|t| *t > now) {
                state = format!(
                    "{state}; {}",
                    t!("ui-login-locked", until = until.format("%H:%M").to_string())
                );
            }
            let mut line = row![button(
                text(format!(
                    "{}  {}  {}  {}",
                    u.login,
                    u.full_name,
                    super::t_role(u.role),
                    state
                ))
                .size(super::theme::BODY)
            )
            .style(if self.selected.as_deref() == Some(u.login.as_str()) {
                button::primary
            } else {
                button::text
            })
            .on_press(Msg::Select(u.login.clone()))]
            .spacing(super::theme::ROW_GAP);
            if u.locked_until.is_some_and(|t| t > now) {
                line = line.push(
                    button(text(t!("ui-users-unlock")).size(super::theme::LINE))
                        .on_press(Msg::Unlock(u.login.clone())),
                );
            }
            if u.login != me {
                line = line.push(
                    button(
                        text(if u.active {
                            t!("ui-users-disable")
                        } else {
                            t!("ui-users-enable")
                        })
                        .size(super::theme::LINE),
                    )
                    .on_press(Msg::Active(u.login.clone(), !u.active)),
                );
            }
            list = list.push(line);
        }
        list
    }

    /// `me`: the administrator looking at the list (who cannot disable
    /// themself); `at`: now, with the office's offset for the backup times;
    /// `kind`: the office's, whose roles are offered.
    pub fn view(
        &self,
        me: &str,
        at: Now,
        kind: Option<crate::domain::OfficeKind>,
    ) -> Element<'_, Msg> {
        let now = at.utc;
        let list = self.users_list(me, now);
        // A digit picks the role and moves on to the password.
        let roles = super::theme::choice_in(
            access::roles_at(kind.unwrap_or(crate::domain::OfficeKind::StateCorporation))
                .iter()
                .map(|&r| (super::t_role(r), self.role == Some(r), Msg::Role(r)))
                .collect(),
            Some("user-role".into()),
            Some(Msg::FocusOn("user-password")),
        );
        let pw_problem = (!self.password.0.is_empty())
            .then(|| access::check_password_rules(&self.password.0).err())
            .flatten();
        let can_add = self.role.is_some()
            && !self.login.trim().is_empty()
            && !self.name.trim().is_empty()
            && !self.password.0.is_empty()
            && pw_problem.is_none();
        let mut add = column![
            text(t!("ui-users-add")).size(super::theme::HEADING),
            text(t!("ui-setup-admin-login")).size(super::theme::LINE),
            text_input("", &self.login)
                .id("user-login")
                .on_input(Msg::Login)
                .on_submit(Msg::FocusOn("user-name")),
            text(t!("ui-setup-admin-name")).size(super::theme::LINE),
            text_input("", &self.name)
                .id("user-name")
                .on_input(Msg::Name)
                .on_submit(Msg::FocusOn("user-role")),
            roles,
            text(t!("ui-setup-admin-password")).size(super::theme::LINE),
            text_input("", &self.password.0)
                .id("user-password")
                .secure(true)
                .on_input(Msg::Password)
                .on_submit_maybe(can_add.then_some(Msg::Add)),
        ]
        .spacing(4)
        .max_width(480);
        if let Some(p) = pw_problem {
            add = add.push(
                text(p.localize())
                    .size(crate::ui::theme::NOTE)
                    .color(level_color(Level::Breach)),
            );
        }
        add = add
            .push(button(text(t!("ui-users-create"))).on_press_maybe(can_add.then_some(Msg::Add)));
        let mut col = column![
            text(t!("ui-nav-users")).size(super::theme::TITLE),
            list,
            add
        ]
        .spacing(10);
        if let Some(login) = &self.selected {
            col = col.push(
                row![
                    text(t!("ui-users-reset", login = login.as_str())).size(super::theme::BODY),
                    text_input("", &self.new_password.0)
                        .id("reset-password")
                        .secure(true)
                        .on_input(Msg::NewPassword)
                        .on_submit_maybe((!self.new_password.0.is_empty()).then_some(Msg::Reset)),
                    button(text(t!("ui-users-reset-do")))
                        .on_press_maybe((!self.new_password.0.is_empty()).then_some(Msg::Reset)),
                ]
                .spacing(super::theme::ROW_GAP)
                .align_y(iced::Alignment::Center),
            );
        }
        col = col.push(
            row![
                text(t!("ui-users-idle")).size(super::theme::BODY),
                text_input("", &self.idle)
                    .id("idle-minutes")
                    .width(80)
                    .on_input(Msg::Idle)
                    .on_submit(Msg::SaveIdle),
                button(text(t!("ui-users-idle-save"))).on_press(Msg::SaveIdle),
            ]
            .spacing(super::theme::ROW_GAP)
            .align_y(iced::Alignment::Center),
        );
        col = col.push(
            row![
                text(t!("ui-users-counter")).size(super::theme::BODY),
                text_input("", &self.counter)
                    .id("counter")
                    .width(120)
                    .on_input(Msg::Counter)
                    .on_submit(Msg::SaveCounter),
                button(text(t!("ui-users-counter-save"))).on_press(Msg::SaveCounter),
            ]
            .spacing(super::theme::ROW_GAP)
            .align_y(iced::Alignment::Center),
        );
        col = col.push(
            column![
                text(t!("ui-users-bodies")).size(super::theme::BODY),
                row![
                    text_input("", &self.bodies)
                        .id("bodies")
                        .on_input(Msg::Bodies)
                        .on_submit(Msg::SaveBodies),
                    button(text(t!("ui-users-bodies-save"))).on_press(Msg::SaveBodies),
                ]
                .spacing(super::theme::ROW_GAP),
            ]
            .spacing(4),
        );
        col = col.push(self.view_office());
        col = col.push(self.view_backup(at));
        col = col.push(self.view_keys());
        // What happened, always in view above the page, in a line that is
        // there with or without a message (nothing moves).
        let said = match (&self.error, self.saved) {
            (Some(e), _) => Some((e.clone(), Level::Breach)),
            (None, true) => Some((t!("ui-users-saved"), Level::Normal)),
            _ => None,
        };
        // The whole page scrolls: the list of users, the settings, the
        // backups and the encryption below them stay reachable at any
        // window height.
        let mut page = column![super::theme::message_line(said)].spacing(6);
        if let Some(r) = self.view_recovery() {
            page = page.push(r);
        }
        page.push(
            scrollable(col.padding(iced::Padding {
                right: 16.0,
                ..Default::default()
            }))
            .height(Length::Fill),
        )
        .into()
    }
}

impl UsersState {
    /// The office as the forms print it: its name and address in Kazakh
    /// and Russian, its department number, its phone.
    fn view_office(&self) -> Element<'_, Msg> {
        let Some(o) = &self.office_edit else {
            return column![].into();
        };
        let field = |label: String, value: &str, f: OfficeField| -> Element<'_, Msg> {
            column![
                text(label).size(super::theme::LINE),
                text_input("", value)
                    .id(format!("office-{f:?}"))
                    .on_input(move |v| Msg::Office(f, v))
                    .on_submit(Msg::SaveOffice),
            ]
            .spacing(2)
            .into()
        };
        let changed = self.office.as_ref() != Some(o);
        column![
            text(t!("ui-users-office")).size(super::theme::HEADING),
            field(t!("ui-setup-office-name"), &o.name, OfficeField::Name),
            field(
                t!("ui-setup-office-name-ru"),
                &o.name_ru,
                OfficeField::NameRu
            ),
            field(t!("ui-setup-office-number"), &o.number, OfficeField::Number),
            field(
                t!("ui-setup-office-address"),
                &o.address,
                OfficeField::Address
            ),
            field(
                t!("ui-setup-office-address-ru"),
                &o.address_ru,
                OfficeField::AddressRu
            ),
            field(t!("ui-setup-office-phone"), &o.phone, OfficeField::Phone),
            button(text(t!("ui-users-office-save")))
                .on_press_maybe(changed.then_some(Msg::SaveOffice)),
        ]
        .spacing(4)
        .max_width(560)
        .into()
    }

    /// Encryption at rest: who can open the store, the recovery code.
    fn view_keys(&self) -> Element<'_, Msg> {
        let mut col = column![text(t!("ui-keys")).size(super::theme::HEADING)].spacing(4);
        match &self.slots {
            None => col = col.push(text(t!("ui-keys-plain")).size(super::theme::BODY)),
            Some((logins, recovery)) => {
                col = col.push(
                    text(t!("ui-keys-who", logins = logins.join(", "))).size(super::theme::BODY),
                );
                col = col.push(
                    text(if *recovery {
                        t!("ui-keys-recovery-made")
                    } else {
                        t!("ui-keys-recovery-none")
                    })
                    .size(super::theme::BODY)
                    .color(level_color(if *recovery {
                        Level::Normal
                    } else {
                        Level::Warning
                    })),
                );
                col = col.push(
                    button(text(t!("ui-keys-recovery-make")))
                        .on_press_maybe(self.recovery.is_none().then_some(Msg::MakeRecovery)),
                );
            }
        }
        col.into()
    }

    /// A recovery code just made: above the page, in view whatever the
    /// page's scroll, with Print and the administrator's word that it is
    /// written down (which hides it).
    fn view_recovery(&self) -> Option<Element<'_, Msg>> {
        let code = self.recovery.as_ref()?;
        let mut col = column![
            text(t!("ui-keys-recovery-shown")).size(super::theme::BODY),
            text(code.0.clone())
                .size(super::theme::TITLE)
                .font(iced::Font::MONOSPACE),
            row![
                button(text(t!("ui-keys-recovery-print")))
                    .id(RECOVERY_PRINT)
                    .on_press(Msg::PrintRecovery),
                button(text(t!("ui-keys-recovery-hide")))
                    .style(super::theme::button::secondary)
                    .on_press(Msg::HideRecovery),
            ]
            .spacing(super::theme::ROW_GAP),
        ]
        .spacing(6);
        match &self.recovery_printed {
            Some(Ok(())) => {
                col = col.push(
                    text(t!("ui-keys-recovery-printed"))
                        .size(super::theme::BODY)
                        .color(level_color(Level::Normal)),
                )
            }
            Some(Err(e)) => {
                col = col.push(
                    text(e.clone())
                        .size(super::theme::BODY)
                        .color(level_color(Level::Breach)),
                )
            }
            None => {}
        }
        Some(
            iced::widget::container(col)
                .padding(10)
                .style(iced::widget::container::bordered_box)
                .into(),
        )
    }

    /// The backups: the last one and its age, the directory, the days kept.
    fn view_backup(&self, at: Now) -> Element<'_, Msg> {
        let (line, level) = self.backup.line(at);
        let mut col = column![
            text(t!("ui-users-backup")).size(super::theme::HEADING),
            text(line)
                .size(super::theme::BODY)
                .color(level_color(level)),
        ]
        .spacing(4);
        if let Some(b) = &self.backup.last {
            col = col.push(
                text(t!(
                    "ui-users-backup-file",
                    path = b.path.display().to_string()
                ))
                .size(super::theme::LINE),
            );
        }
        col.push(text(t!("ui-users-backup-dir")).size(super::theme::BODY))
            .push(
                row![
                    text_input("", &self.backup_dir)
                        .id("backup-dir")
                        .on_input(Msg::BackupDir)
                        .on_submit(Msg::SaveBackupDir),
                    button(text(t!("ui-users-backup-dir-save"))).on_press(Msg::SaveBackupDir),
                ]
                .spacing(super::theme::ROW_GAP),
            )
            .push(
                row![
                    text(t!("ui-users-backup-keep")).size(super::theme::BODY),
                    text_input("", &self.backup_keep)
                        .id("backup-keep-days")
                        .width(80)
                        .on_input(Msg::BackupKeep)
                        .on_submit(Msg::SaveBackupKeep),
                    button(text(t!("ui-users-backup-keep-save"))).on_press(Msg::SaveBackupKeep),
                    button(text(t!("ui-users-backup-now"))).on_press_maybe(
                        (self.backup.dir_set && !self.backup.running).then_some(Msg::BackupNow),
                    ),
                ]
                .spacing(super::theme::ROW_GAP)
                .align_y(iced::Alignment::Center),
            )
            .into()
    }
}

/// The backup the window makes: what it needs is read from the store, the
/// copying runs with the store free (its own connections), the outcome is
/// recorded in the store again. Whoever is signed in; into the directory
/// the administrator set.
pub fn backup(store: &super::Shared, user: &User, now: Now) -> Msg {
    let lock = || match store.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    let who = Who::user(user);
    let job = admin::backup_job(&lock(), &who, None);
    let r = match job {
        Ok(job) => {
            let made = job.run(now);
            let mut st = lock();
            admin::record_backup(&mut st, &who, made, now).map(|_| admin::settings(&st))
        }
        Err(e) => Err(e),
    };
    Msg::BackupDone(r.map_err(|e| e.localize()))
}

pub fn run(st: &mut Store, user: &User, e: Effect, now: Now) -> Msg {
    let who = Who::user(user);
    let done = |r: crate::desk::Result<Vec<User>>| Msg::Done(r.map_err(|e| e.localize()));
    match e {
        Effect::Load => Msg::Loaded(
            admin::users(st)
                .map(|u| (u, admin::settings(st)))
                .map_err(|e| e.localize()),
        ),
        Effect::Save(setting) => {
            Msg::SettingSaved(admin::set(st, &who, setting, now).map_err(|e| e.localize()))
        }
        Effect::SaveOffice(office) => {
            Msg::SettingSaved(admin::set_office(st, &who, &office, now).map_err(|e| e.localize()))
        }
        // The window runs this through `backup`, without holding the store.
        Effect::Backup => Msg::BackupDone(
            admin::backup(st, &who, None, now)
                .map(|_| admin::settings(st))
                .map_err(|e| e.localize()),
        ),
        Effect::Add {
            login,
            full_name,
            role,
            password,
        } => {
            let new = NewUser {
                login,
                full_name,
                role,
                password: password.0,
            };
            done(admin::add_user(st, &who, new, now))
        }
        Effect::Reset { login, password } => {
            done(admin::reset_password(st, &who, &login, &password.0, now))
        }
        Effect::Active { login, active } => done(admin::set_active(st, &who, &login, active, now)),
        Effect::Slots => Msg::Slots(admin::key_slots(st).map_err(|e| e.localize())),
        Effect::Unlock { login } => done(admin::unlock_user(st, &who, &login, now)),
        Effect::PrintRecovery(code) => {
            let lang = crate::i18n::current().doc_lang();
            Msg::RecoveryPrinted(
                admin::print_recovery_code(st, &who, &code.0, lang, now).map_err(|e| e.localize()),
            )
        }
        Effect::Recovery => Msg::RecoveryMade(
            admin::make_recovery_code(st, &who, now)
                .map(|c| Secret(c.to_string()))
                .map_err(|e| e.localize()),
        ),
    }
}
