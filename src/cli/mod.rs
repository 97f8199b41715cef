//! The headless command line for administrators and integration.
//! Messages are localized (`--lang`, else the environment's locale).

use crate::desk::types::{
    limits, BackupError, CaseRecord, Delivery, IntakeOutcome, LoginOutcome, NewUser, Office,
    RuleKind, Store, StoreError,
};
use crate::desk::workstation;
use crate::desk::{self, Clock, Now, Step, Who};
use crate::domain::case::{CaseNumber, Recipient, RefusalGround};
use crate::domain::checklist::{ItemStatus, Subject};
use crate::domain::forms::Annex;
use crate::domain::ids::{Iin, IinWarning, Sex};
use crate::domain::intake::Intake;
use crate::domain::{DocLang, OfficeKind};
use crate::i18n::{self, date, Localize, UiLang};
use crate::t;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod admin;
mod args;
mod case;
mod input;
mod registers;
mod sync;

use admin::*;
pub use args::*;
use case::*;
pub use input::parse_intake_json;
use input::*;
use registers::*;
use sync::*;

/// Exit codes: 0 done, 1 bad input or refused, 2 usage (clap), 3 the store
/// could not be used, 4 a status lookup found nothing.
const BAD_INPUT: u8 = 1;
const STORE_FAILED: u8 = 3;
const NOT_FOUND: u8 = 4;

fn fail(code: u8, msg: String) -> ExitCode {
    eprintln!("{msg}");
    ExitCode::from(code)
}

fn store_fail(e: StoreError) -> ExitCode {
    let code = if e.is_failure() {
        STORE_FAILED
    } else {
        BAD_INPUT
    };
    fail(code, e.localize())
}

/// The workstation's clock: the office's date in its time zone (the
/// `time_zone` setting, UTC+5 by default); EMIGRATION_DESK_TODAY fixes the
/// date in the test builds only (`clock`) — as in the window.
fn now(st: &Store) -> Result<Now, ExitCode> {
    let zone = workstation::zone(st).map_err(store_fail)?;
    Clock::new(zone.as_deref()).map(|c| c.now()).map_err(|e| {
        tracing::warn!(error = %e, "clock");
        fail(BAD_INPUT, e.localize())
    })
}

fn desk_fail(e: desk::DeskError) -> ExitCode {
    let code = if e.is_failure() {
        STORE_FAILED
    } else {
        BAD_INPUT
    };
    fail(code, e.localize())
}

/// The login given with `--user` (or EMIGRATION_DESK_USER).
static SIGN_IN: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

/// Opens the store and signs the user in, with the window's lock-out rule
/// (every attempt audited): the command then runs as that user, with that
/// user's role.
fn session(data_dir: Option<&Path>) -> Result<(Store, Who), ExitCode> {
    let dir = existing_dir(data_dir)?;
    // Every sign-in and every view is written to the audit log: a store
    // that cannot be written cannot be used (only `db check` reads it).
    if !workstation::writable(&dir) {
        return Err(fail(
            STORE_FAILED,
            t!("cli-read-only", dir = dir.display().to_string()),
        ));
    }
    let login = signed_in_as()?;
    let password = read_password()?;
    let at = default_now()?;
    match desk::session::sign_in(&dir, &login, &password, at.utc).map_err(desk_fail)? {
        desk::session::SignIn::Open(st, user) => Ok((*st, Who::user(&user))),
        desk::session::SignIn::Refused(outcome) => Err(refused(outcome)),
    }
}

/// The login given with `--user` (or EMIGRATION_DESK_USER).
fn signed_in_as() -> Result<String, ExitCode> {
    SIGN_IN
        .get()
        .cloned()
        .flatten()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .ok_or_else(|| fail(BAD_INPUT, t!("cli-login-required")))
}

/// Why a sign-in was refused, said.
fn refused(outcome: LoginOutcome) -> ExitCode {
    match outcome {
        LoginOutcome::Ok(_) => ExitCode::SUCCESS,
        LoginOutcome::Wrong { attempts_left } => fail(
            BAD_INPUT,
            t!("cli-login-wrong", left = attempts_left.to_string()),
        ),
        LoginOutcome::Locked { until } => fail(
            BAD_INPUT,
            t!("ui-login-locked", until = until.format("%H:%M").to_string()),
        ),
        LoginOutcome::Disabled => fail(BAD_INPUT, t!("cli-login-disabled")),
    }
}

/// The time before a store is open (no zone setting to read yet): the
/// default clock.
fn default_now() -> Result<Now, ExitCode> {
    Clock::new(None).map(|c| c.now()).map_err(|e| {
        tracing::warn!(error = %e, "clock");
        fail(BAD_INPUT, e.localize())
    })
}

/// The data directory of an office already set up. Only `init` creates a
/// store: a missing or empty database file is an error that says so
/// (re-creating it would hide the loss and restart the case numbers).
fn existing_dir(data_dir: Option<&Path>) -> Result<PathBuf, ExitCode> {
    let dir = workstation::data_dir(data_dir).map_err(store_fail)?;
    let file = dir.join(workstation::DB_FILE);
    match std::fs::metadata(&file) {
        Err(_) => Err(fail(
            STORE_FAILED,
            t!("cli-no-store", path = file.display().to_string()),
        )),
        Ok(m) if m.len() == 0 => Err(fail(
            STORE_FAILED,
            t!("cli-empty-store", path = file.display().to_string()),
        )),
        Ok(_) => Ok(dir),
    }
}

fn read_password() -> Result<String, ExitCode> {
    secret("EMIGRATION_DESK_PASSWORD", 0)
}

/// A non-empty environment variable.
fn env_secret(env: &str) -> Option<String> {
    std::env::var(env).ok().filter(|p| !p.is_empty())
}

/// The lines of standard input, read once (a password per line).
fn stdin_lines() -> &'static [String] {
    static LINES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    LINES.get_or_init(|| {
        let stdin = std::io::stdin();
        if stdin.is_terminal() {
            eprintln!("{}", t!("cli-password-prompt"));
        }
        let mut s = String::new();
        let _ = stdin.lock().read_to_string(&mut s);
        s.lines().map(str::to_string).collect()
    })
}

/// A password: from the environment variable `env`, else line `line` of
/// standard input.
fn secret(env: &str, line: usize) -> Result<String, ExitCode> {
    if let Some(p) = env_secret(env) {
        return Ok(p);
    }
    let p = stdin_lines().get(line).cloned().unwrap_or_default();
    if p.is_empty() {
        return Err(fail(BAD_INPUT, t!("cli-password-missing")));
    }
    Ok(p)
}

/// The program's start, for both of its executables: the command line
/// when a command is given, else the window.
pub fn main_entry() -> ExitCode {
    // Everything created from here on is the user's alone.
    crate::private::restrict_umask();
    crate::log::install_panic_hook();
    let cli = <Cli as clap::Parser>::parse();
    let data_dir = crate::desk::workstation::data_dir(cli.data_dir.as_deref()).ok();
    if cli.command.is_none() {
        // Kept until the window closes: it writes out the buffered log lines.
        let _guard = data_dir.as_deref().and_then(crate::log::init_window);
        // The window starts in the language asked for, else the system's;
        // the one last chosen on this workstation replaces it once the
        // store is open.
        let lang = cli
            .ui_lang
            .as_deref()
            .and_then(crate::i18n::UiLang::parse)
            .unwrap_or_else(crate::i18n::UiLang::from_env);
        crate::i18n::set_language(lang);
        return match crate::ui::run(cli.data_dir, cli.ui_lang.is_some()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(3)
            }
        };
    }
    crate::private::quiet_broken_pipe();
    crate::log::init_cli(data_dir.as_deref());
    run(cli)
}

pub fn run(cli: Cli) -> ExitCode {
    let lang = cli
        .ui_lang
        .as_deref()
        .and_then(UiLang::parse)
        .unwrap_or_else(UiLang::from_env);
    i18n::set_language(lang);
    let _ = SIGN_IN.set(cli.user.clone());
    let Some(command) = cli.command else {
        return ExitCode::SUCCESS;
    };
    let result = match command {
        Command::CheckIin { iin } => Ok(check_iin(&iin)),
        Command::Init(args) => init(cli.data_dir.as_deref(), args),
        Command::Case(c) => case(cli.data_dir.as_deref(), c),
        Command::Rules(r) => rules(cli.data_dir.as_deref(), r),
        Command::User(u) => user(cli.data_dir.as_deref(), u),
        Command::Office(o) => office_cmd(cli.data_dir.as_deref(), o),
        Command::Db(DbCommand::Check) => db_check(cli.data_dir.as_deref()),
        Command::Db(DbCommand::Backup { dir }) => db_backup(cli.data_dir.as_deref(), dir),
        Command::Db(DbCommand::Restore { file }) => db_restore(cli.data_dir.as_deref(), &file),
        Command::Db(DbCommand::RecoveryCode) => db_recovery_code(cli.data_dir.as_deref()),
        Command::Db(DbCommand::Recover) => db_recover(cli.data_dir.as_deref()),
        Command::Db(DbCommand::Slots) => db_slots(cli.data_dir.as_deref()),
        Command::Db(DbCommand::BackupPolicy {
            dir,
            keep_days,
            off,
        }) => db_backup_policy(cli.data_dir.as_deref(), dir, keep_days, off),
        Command::Print(args) => print(cli.data_dir.as_deref(), args),
        Command::Sync(c) => sync(cli.data_dir.as_deref(), c),
        Command::Complaint(c) => complaint(cli.data_dir.as_deref(), c),
        Command::Report(a) => report(cli.data_dir.as_deref(), a),
    };
    result.unwrap_or_else(|code| code)
}

fn check_iin(input: &str) -> ExitCode {
    match Iin::parse(input) {
        Err(e) => fail(
            BAD_INPUT,
            t!("iin-invalid", iin = input.trim(), reason = e.localize()),
        ),
        Ok(iin) => {
            println!("{}", t!("iin-valid", iin = iin.as_string()));
            let f = iin.facts();
            match f.birth_dates.as_slice() {
                [one] => println!("{}", t!("iin-born", date = date(*one))),
                [a, b] => println!(
                    "{}",
                    t!("iin-born-ambiguous", first = date(*a), second = date(*b))
                ),
                _ => {}
            }
            match f.sex {
                Some(Sex::Male) => println!("{}", t!("iin-sex-male")),
                Some(Sex::Female) => println!("{}", t!("iin-sex-female")),
                None => {}
            }
            for w in f.warnings {
                if w == IinWarning::NoSuchDate {
                    println!("{}", t!("warn-iin-no-such-date"));
                }
            }
            ExitCode::SUCCESS
        }
    }
}

fn init(data_dir: Option<&Path>, a: InitArgs) -> Result<ExitCode, ExitCode> {
    let kind: OfficeKind = a.office_kind.parse().map_err(|_| {
        fail(
            BAD_INPUT,
            t!("cli-bad-office-kind", kind = a.office_kind.as_str()),
        )
    })?;
    if !(1..=9999).contains(&a.office_code) {
        return Err(fail(BAD_INPUT, t!("cli-bad-office-code")));
    }
    let password = read_password()?;
    let dir = workstation::data_dir(data_dir).map_err(store_fail)?;
    let office = Office {
        id: uuid::Uuid::now_v7().to_string(),
        code: a.office_code,
        kind,
        name: a.office_name,
        name_ru: a.office_name_ru,
        number: a.office_number,
        address: a.office_address,
        address_ru: a.office_address_ru,
        phone: a.office_phone,
    };
    let a_login = a.admin_login.clone();
    let admin = NewUser {
        login: a.admin_login,
        full_name: a.admin_name,
        role: crate::domain::access::Role::Administrator,
        password,
    };
    let at = default_now()?;
    let (st, _) = desk::admin::create_store(&dir, office, admin, at).map_err(desk_fail)?;
    let office = workstation::office(&st).map_err(store_fail)?;
    let admin_login = a_login.trim();
    println!(
        "{}",
        t!(
            "cli-init-done",
            code = office.code,
            name = office.name.as_str(),
            login = admin_login,
            path = workstation::store_file(&st).display().to_string()
        )
    );
    Ok(ExitCode::SUCCESS)
}
