//! `office`, `rules`, `user` and `db`: the administrator's commands.

use super::*;

pub(super) fn office_cmd(data_dir: Option<&Path>, o: OfficeCommand) -> Result<ExitCode, ExitCode> {
    let (mut st, who) = session(data_dir)?;
    let mut office = workstation::office(&st).map_err(store_fail)?;
    if let OfficeCommand::Set {
        name,
        name_ru,
        number,
        address,
        address_ru,
        phone,
    } = o
    {
        for (given, slot) in [
            (name, &mut office.name),
            (name_ru, &mut office.name_ru),
            (number, &mut office.number),
            (address, &mut office.address),
            (address_ru, &mut office.address_ru),
            (phone, &mut office.phone),
        ] {
            if let Some(v) = given {
                *slot = v;
            }
        }
        let at = now(&st)?;
        let settings = desk::admin::set_office(&mut st, &who, &office, at).map_err(desk_fail)?;
        office = settings.office.unwrap_or(office);
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&office).unwrap_or_default()
    );
    Ok(ExitCode::SUCCESS)
}

pub(super) fn rules(data_dir: Option<&Path>, r: RulesCommand) -> Result<ExitCode, ExitCode> {
    let kind_of = |k: &str| -> Result<RuleKind, ExitCode> {
        k.parse()
            .map_err(|_| fail(BAD_INPUT, t!("cli-bad-rule-kind", kind = k)))
    };
    match r {
        RulesCommand::Import { kind, file } => {
            let kind = kind_of(&kind)?;
            let text = read_text(&file)?;
            let (mut st, who) = session(data_dir)?;
            let at = now(&st)?;
            let key =
                desk::admin::import_rules(&mut st, &who, kind, &text, at).map_err(desk_fail)?;
            println!(
                "{}",
                t!("cli-rules-imported", kind = kind.as_str(), key = key)
            );
            Ok(ExitCode::SUCCESS)
        }
        RulesCommand::Show { kind } => {
            let kind = kind_of(&kind)?;
            let (mut st, _who) = session(data_dir)?;
            let r = desk::lists::rules(&mut st).map_err(desk_fail)?;
            let v = match kind {
                RuleKind::Profile => serde_json::to_value(&r.profiles),
                RuleKind::Mci => serde_json::to_value(&r.mci),
                RuleKind::Calendar => serde_json::to_value(&*r.calendar),
            };
            println!(
                "{}",
                v.map(|v| serde_json::to_string_pretty(&v).unwrap_or_default())
                    .unwrap_or_default()
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub(super) fn user(data_dir: Option<&Path>, u: UserCommand) -> Result<ExitCode, ExitCode> {
    let (login, name, role) = match u {
        UserCommand::Add { login, name, role } => (login, name, role),
        UserCommand::Password { login } => {
            let (mut st, who) = session(data_dir)?;
            let line = usize::from(env_secret("EMIGRATION_DESK_PASSWORD").is_none());
            let password = secret("EMIGRATION_DESK_NEW_PASSWORD", line)?;
            let at = now(&st)?;
            desk::admin::reset_password(&mut st, &who, login.trim(), &password, at)
                .map_err(desk_fail)?;
            println!("{}", t!("cli-user-password", login = login.trim()));
            return Ok(ExitCode::SUCCESS);
        }
        UserCommand::Disable { login } => return user_active(data_dir, login.trim(), false),
        UserCommand::Enable { login } => return user_active(data_dir, login.trim(), true),
        UserCommand::Unlock { login } => {
            let (mut st, who) = session(data_dir)?;
            let at = now(&st)?;
            desk::admin::unlock_user(&mut st, &who, login.trim(), at).map_err(desk_fail)?;
            println!("{}", t!("cli-user-unlocked", login = login.trim()));
            return Ok(ExitCode::SUCCESS);
        }
    };
    let role = role
        .parse()
        .map_err(|_| fail(BAD_INPUT, t!("cli-bad-role", role = role.as_str())))?;
    // The administrator signs in first; the new user's password comes
    // from EMIGRATION_DESK_NEW_PASSWORD or the next line of standard input.
    let (mut st, who) = session(data_dir)?;
    // Standard input holds the sign-in password first, unless the
    // environment gave it.
    let line = usize::from(env_secret("EMIGRATION_DESK_PASSWORD").is_none());
    let password = secret("EMIGRATION_DESK_NEW_PASSWORD", line)?;
    let user = NewUser {
        login: login.trim().into(),
        full_name: name.trim().into(),
        role,
        password,
    };
    let at = now(&st)?;
    desk::admin::add_user(&mut st, &who, user.clone(), at).map_err(desk_fail)?;
    println!(
        "{}",
        t!(
            "cli-user-added",
            login = user.login.as_str(),
            role = user.role.as_str()
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// `user disable` / `user enable`.
pub(super) fn user_active(
    data_dir: Option<&Path>,
    login: &str,
    active: bool,
) -> Result<ExitCode, ExitCode> {
    let (mut st, who) = session(data_dir)?;
    let at = now(&st)?;
    desk::admin::set_active(&mut st, &who, login, active, at).map_err(desk_fail)?;
    println!(
        "{}",
        if active {
            t!("cli-user-enabled", login = login)
        } else {
            t!("cli-user-disabled", login = login)
        }
    );
    Ok(ExitCode::SUCCESS)
}

pub(super) fn db_check(data_dir: Option<&Path>) -> Result<ExitCode, ExitCode> {
    let dir = existing_dir(data_dir)?;
    let mut st = if workstation::writable(&dir) {
        session(data_dir)?.0
    } else {
        // A read-only directory (a mounted copy, a disk kept for an
        // inquiry): checked without writing anything, and said so.
        let login = signed_in_as()?;
        let password = read_password()?;
        match desk::session::open_read_only(&dir, &login, &password).map_err(desk_fail)? {
            Some(st) => {
                println!(
                    "{}",
                    t!("cli-db-check-read-only", dir = dir.display().to_string())
                );
                st
            }
            None => return Err(fail(BAD_INPUT, t!("cli-login-wrong-read-only"))),
        }
    };
    let problems = desk::admin::check(&mut st).map_err(store_fail)?;
    if problems.is_empty() {
        println!(
            "{}",
            t!(
                "cli-db-ok",
                path = workstation::store_file(&st).display().to_string()
            )
        );
        Ok(ExitCode::SUCCESS)
    } else {
        println!("{}", t!("cli-db-problems"));
        for p in problems {
            println!("  {p}");
        }
        Ok(ExitCode::from(STORE_FAILED))
    }
}

pub(super) fn backup_fail(e: BackupError) -> ExitCode {
    use BackupError as B;
    match e {
        B::Store(e) => store_fail(e),
        B::StoreExists(_) | B::NotABackup { .. } | B::NoDir => fail(BAD_INPUT, e.localize()),
        other => fail(STORE_FAILED, other.localize()),
    }
}

/// `db backup [DIR]`: a copy of the store, made with SQLite's backup API
/// while the window may be writing; recorded and audited.
pub(super) fn db_backup(
    data_dir: Option<&Path>,
    dir: Option<PathBuf>,
) -> Result<ExitCode, ExitCode> {
    let dir = match dir {
        Some(d) => Some(std::path::absolute(&d).map_err(|e| {
            fail(
                BAD_INPUT,
                t!(
                    "backup-error-io",
                    path = d.display().to_string(),
                    error = e.to_string()
                ),
            )
        })?),
        None => None,
    };
    let (mut st, who) = session(data_dir)?;
    let at = now(&st)?;
    let made = desk::admin::backup(&mut st, &who, dir.as_deref(), at).map_err(backup_fail)?;
    for p in &made.pruned {
        println!(
            "{}",
            t!("cli-backup-pruned", path = p.display().to_string())
        );
    }
    println!(
        "{}",
        t!("cli-backup-done", path = made.path.display().to_string())
    );
    Ok(ExitCode::SUCCESS)
}

/// `db recovery-code`: a new recovery code, printed once.
pub(super) fn db_recovery_code(data_dir: Option<&Path>) -> Result<ExitCode, ExitCode> {
    let (mut st, who) = session(data_dir)?;
    let at = now(&st)?;
    let code = desk::admin::make_recovery_code(&mut st, &who, at).map_err(desk_fail)?;
    println!("{}", t!("cli-recovery-code", code = code.as_str()));
    Ok(ExitCode::SUCCESS)
}

/// `db recover --user ADMIN`: the recovery code and a new password.
pub(super) fn db_recover(data_dir: Option<&Path>) -> Result<ExitCode, ExitCode> {
    let dir = existing_dir(data_dir)?;
    let login = signed_in_as()?;
    let code = secret("EMIGRATION_DESK_RECOVERY_CODE", 0)?;
    let line = usize::from(env_secret("EMIGRATION_DESK_RECOVERY_CODE").is_none());
    let password = secret("EMIGRATION_DESK_NEW_PASSWORD", line)?;
    let at = default_now()?;
    let (_, user) =
        desk::session::recover(&dir, &code, &login, &password, at.utc).map_err(desk_fail)?;
    println!("{}", t!("cli-recovered", login = user.login.as_str()));
    Ok(ExitCode::SUCCESS)
}

/// `db slots`: who can open the store.
pub(super) fn db_slots(data_dir: Option<&Path>) -> Result<ExitCode, ExitCode> {
    let (st, _who) = session(data_dir)?;
    match desk::admin::key_slots(&st).map_err(desk_fail)? {
        None => println!("{}", t!("cli-slots-plain")),
        Some((logins, recovery)) => {
            for l in logins {
                println!("{}", t!("cli-slot-user", login = l.as_str()));
            }
            println!(
                "{}",
                if recovery {
                    t!("cli-slot-recovery")
                } else {
                    t!("cli-slot-no-recovery")
                }
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `db restore FILE`: only into a data directory without a store.
pub(super) fn db_restore(data_dir: Option<&Path>, file: &Path) -> Result<ExitCode, ExitCode> {
    let dir = workstation::data_dir(data_dir).map_err(store_fail)?;
    // No store to read the office's zone from yet: the default clock.
    let at = default_now()?;
    let login = signed_in_as()?;
    let password = read_password()?;
    let (path, problems) =
        desk::admin::restore(file, &dir, &login, &password, at).map_err(backup_fail)?;
    println!(
        "{}",
        t!(
            "cli-restore-done",
            file = file.display().to_string(),
            path = path.display().to_string()
        )
    );
    if problems.is_empty() {
        println!("{}", t!("cli-db-ok", path = path.display().to_string()));
        Ok(ExitCode::SUCCESS)
    } else {
        println!("{}", t!("cli-db-problems"));
        for p in problems {
            println!("  {p}");
        }
        Ok(ExitCode::from(STORE_FAILED))
    }
}

/// `db backup-policy`: the automatic backups' directory and days kept.
pub(super) fn db_backup_policy(
    data_dir: Option<&Path>,
    dir: Option<PathBuf>,
    keep_days: Option<i64>,
    off: bool,
) -> Result<ExitCode, ExitCode> {
    use desk::admin::Setting;
    let (mut st, who) = session(data_dir)?;
    let at = now(&st)?;
    let mut changes = Vec::new();
    if off {
        changes.push(Setting::BackupDir(String::new()));
    }
    if let Some(d) = dir {
        changes.push(Setting::BackupDir(d.display().to_string()));
    }
    if let Some(n) = keep_days {
        changes.push(Setting::BackupKeepDays(n));
    }
    for c in changes {
        desk::admin::set(&mut st, &who, c, at).map_err(desk_fail)?;
    }
    let s = desk::admin::settings(&st);
    match &s.backup_dir {
        Some(d) => println!(
            "{}",
            t!(
                "cli-backup-policy",
                dir = d.display().to_string(),
                days = s.backup_keep_days
            )
        ),
        None => println!("{}", t!("cli-backup-policy-off")),
    }
    match &s.last_backup {
        Some(b) => println!(
            "{}",
            t!(
                "cli-backup-last",
                at = (b.at + at.offset).format("%d.%m.%Y %H:%M").to_string(),
                path = b.path.display().to_string()
            )
        ),
        None => println!("{}", t!("cli-backup-never")),
    }
    Ok(ExitCode::SUCCESS)
}
