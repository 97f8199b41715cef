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

#[derive(Parser, Debug)]
#[command(
    name = "emigration-desk",
    version = crate::build_info::LONG_VERSION,
    about = "Processing applications to leave Kazakhstan for permanent residence",
    long_about = "Processing applications to leave Kazakhstan for permanent residence: \
the desk of a State Corporation counter and of a migration police office. \
Without a command it opens the window; the commands below are the \
administrator's and the integrator's, on the same store.",
    after_long_help = AFTER_HELP
)]
pub struct Cli {
    /// Data directory (default: the platform's data directory; also
    /// EMIGRATION_DESK_DATA_DIR).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Language of messages and of the window: kk, ru or en (default: from
    /// the locale). A printed form's language is `print --lang`.
    #[arg(long, global = true, value_name = "LANG")]
    pub ui_lang: Option<String>,
    /// Sign in as this user (also EMIGRATION_DESK_USER); the password
    /// comes from EMIGRATION_DESK_PASSWORD or the first line of standard
    /// input, never from an argument. Every command on the store needs it
    /// except `init`; `check-iin`, `--help` and `--version` need none.
    #[arg(
        long,
        global = true,
        value_name = "LOGIN",
        env = "EMIGRATION_DESK_USER"
    )]
    pub user: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `--help`'s and the manual page's last sections.
const AFTER_HELP: &str = "\
Environment:
  EMIGRATION_DESK_DATA_DIR       the data directory (as --data-dir)
  EMIGRATION_DESK_USER           the login (as --user)
  EMIGRATION_DESK_PASSWORD       the password (else the first line of standard input)
  EMIGRATION_DESK_NEW_PASSWORD   the new password of `user password` and `db recover`
  EMIGRATION_DESK_RECOVERY_CODE  the recovery code of `db recover`
  EMIGRATION_DESK_LOG            the log level (error, warn, info, debug; default info)

Files:
  ~/.local/share/emigration-desk/  the data directory on Linux (%APPDATA% on Windows):
    emigration-desk.sqlite3        the store, encrypted (SQLCipher)
    emigration-desk.sqlite3.keys   its key slots (one per user, and the recovery code)
    logs/                          the logs, one file a day
    backups/                       the daily backups, unless another place is set

Exit status:
  0  done
  1  bad input, or refused
  2  usage (an unknown command or option)
  3  the store could not be used";

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Set up this workstation: its office and the first administrator.
    /// The password comes from EMIGRATION_DESK_PASSWORD or standard input.
    Init(InitArgs),
    /// Check an IIN: exit 0 with the decoded facts, 1 with the reason.
    CheckIin { iin: String },
    /// Cases.
    #[command(subcommand)]
    Case(CaseCommand),
    /// Rule data (regulation profiles, MCI table, working calendar).
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Users (the password from EMIGRATION_DESK_PASSWORD or standard input).
    #[command(subcommand)]
    User(UserCommand),
    /// This workstation's office as the forms name it.
    #[command(subcommand)]
    Office(OfficeCommand),
    /// Database maintenance.
    #[command(subcommand)]
    Db(DbCommand),
    /// Print an annex form of a case to a PDF file (and open or print it):
    /// only a form the case's state makes (see `case actions`).
    Print(PrintArgs),
    /// Sync between offices over NATS JetStream.
    #[command(subcommand)]
    Sync(SyncCommand),
    /// Complaints (para 11): register one, answer it, list them.
    #[command(subcommand)]
    Complaint(ComplaintCommand),
    /// The office's report for a period (supervisors and administrators):
    /// applications, review and decisions, timeliness, the counter,
    /// complaints and home visits. Audited.
    Report(ReportArgs),
}

#[derive(Subcommand, Debug)]
pub enum OfficeCommand {
    /// The office: code, kind, names and addresses in Kazakh and Russian,
    /// department number, phone (JSON).
    Show,
    /// Change the office's names, addresses, number or phone
    /// (administrators; audited). What is not given stays.
    Set {
        /// The name in Kazakh.
        #[arg(long)]
        name: Option<String>,
        /// The name in Russian.
        #[arg(long)]
        name_ru: Option<String>,
        /// The department number as printed on forms.
        #[arg(long)]
        number: Option<String>,
        /// The address in Kazakh.
        #[arg(long)]
        address: Option<String>,
        /// The address in Russian.
        #[arg(long)]
        address_ru: Option<String>,
        #[arg(long)]
        phone: Option<String>,
    },
}

#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    /// The first day, DD.MM.YYYY (default: the first of this month).
    #[arg(long)]
    pub from: Option<String>,
    /// The last day, DD.MM.YYYY (default: today).
    #[arg(long)]
    pub to: Option<String>,
    /// Count only the cases of this office code (default: this office;
    /// `all` for every office whose cases this store holds).
    #[arg(long)]
    pub office: Option<String>,
    /// json, csv, xlsx or pdf.
    #[arg(long, default_value = "json")]
    pub format: String,
    /// The language of the tables: kk or ru.
    #[arg(long, default_value = "kk")]
    pub lang: String,
    /// Where to write it (JSON without it: standard output).
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    /// Also list the overdue cases by name (JSON, to standard output);
    /// each case listed is audited as viewed.
    #[arg(long)]
    pub overdue: bool,
}

#[derive(Subcommand, Debug)]
pub enum ComplaintCommand {
    /// Register a complaint from a JSON file (docs/intake-json.md) and
    /// write its confirmation for the complainant.
    Register {
        file: PathBuf,
        /// The language of the confirmation: kk or ru.
        #[arg(long)]
        lang: String,
        /// Where to write the confirmation (default: the forms directory).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// Record the answer to a complaint.
    Answer {
        id: i64,
        #[arg(long)]
        text: String,
        /// Sent by post (default: handed over in person).
        #[arg(long)]
        by_post: bool,
    },
    /// The register as JSON.
    List,
}

#[derive(Subcommand, Debug)]
pub enum SyncCommand {
    /// From a deployment plan (offices and workstations, JSON): write the
    /// example server configuration with one user per office and its
    /// generated credentials; and/or, with --url and the administrator's
    /// password, create the stream and the workstations' consumers.
    Provision {
        #[arg(long)]
        plan: PathBuf,
        /// Write the example nats-server configuration here.
        #[arg(long)]
        server_config: Option<PathBuf>,
        /// Write the generated credentials (JSON) here; required with
        /// --server-config.
        #[arg(long, requires = "server_config")]
        credentials: Option<PathBuf>,
        /// Server URL(s) to create the stream and consumers on.
        #[arg(long)]
        url: Vec<String>,
        #[arg(long, default_value = "admin")]
        user: String,
        /// The administrator's password (or EMIGRATION_NATS_PASSWORD).
        #[arg(long, env = "EMIGRATION_NATS_PASSWORD", hide_env_values = true)]
        password: Option<String>,
        /// CA file for a TLS server.
        #[arg(long)]
        ca: Option<PathBuf>,
    },
    /// Set or remove a route: which police office reviews the cases of a
    /// State Corporation department.
    Route {
        sc_office: u16,
        police_office: Option<u16>,
        #[arg(long, conflicts_with = "police_office")]
        remove: bool,
    },
    /// Set this workstation's connection (the GUI's sync settings).
    Configure {
        #[arg(long)]
        url: Vec<String>,
        /// The hub's user for this office (`--user` is who signs in here).
        #[arg(long = "nats-user", value_name = "NATS_USER", default_value = "")]
        nats_user: String,
        /// Or EMIGRATION_NATS_PASSWORD.
        #[arg(
            long = "nats-password",
            env = "EMIGRATION_NATS_PASSWORD",
            hide_env_values = true,
            default_value = ""
        )]
        password: String,
        #[arg(long, default_value = "")]
        nkey_seed: String,
        #[arg(long, default_value = "")]
        cert: String,
        #[arg(long, default_value = "")]
        key: String,
        #[arg(long, default_value = "")]
        ca: String,
        /// This workstation's sync name (its consumer is ws_<office>_<name>).
        #[arg(long)]
        workstation: String,
        /// This workstation's block of case numbers, 0–9, different at each
        /// counter of the office.
        #[arg(long, default_value_t = 0)]
        number_block: u8,
        /// Keep the settings but do not sync.
        #[arg(long)]
        disable: bool,
    },
    /// The sync figures of this workstation as JSON.
    Status,
}

#[derive(Args, Debug)]
pub struct PrintArgs {
    /// The annex: 1, 1-1, 2, 3, 4, 4-1 or 5.
    pub annex: String,
    /// The case number.
    #[arg(long = "case")]
    pub case: String,
    /// The language of the document: kk or ru (default: the applicant's
    /// choice, recorded in the questionnaire).
    #[arg(long)]
    pub lang: Option<String>,
    /// The PDF file to write.
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    /// Open the PDF in the system viewer afterwards.
    #[arg(long)]
    pub open: bool,
    /// Send the PDF to the default printer afterwards.
    #[arg(long, conflicts_with = "open")]
    pub printer: bool,
}

#[derive(Args, Debug)]
pub struct InitArgs {
    /// state-corporation or migration-police.
    #[arg(long)]
    pub office_kind: String,
    /// Unique office code 1–9999 (the first part of case numbers).
    #[arg(long)]
    pub office_code: u16,
    /// The office's name in Kazakh (printed on Kazakh forms).
    #[arg(long)]
    pub office_name: String,
    /// The office's name in Russian (printed on Russian forms).
    #[arg(long)]
    pub office_name_ru: String,
    /// The department number as printed on forms.
    #[arg(long)]
    pub office_number: String,
    /// The address in Kazakh.
    #[arg(long)]
    pub office_address: String,
    /// The address in Russian.
    #[arg(long)]
    pub office_address_ru: String,
    #[arg(long)]
    pub office_phone: String,
    #[arg(long)]
    pub admin_login: String,
    #[arg(long)]
    pub admin_name: String,
}

#[derive(Subcommand, Debug)]
pub enum CaseCommand {
    /// Store a questionnaire from a JSON file (docs/intake-json.md).
    Import {
        file: PathBuf,
        /// Accept it at once (a complete package: Annex 4).
        #[arg(long, conflicts_with = "refuse")]
        accept: bool,
        /// Refuse it at once (an incomplete package: Annex 5).
        #[arg(long)]
        refuse: bool,
        /// An identity for this questionnaire (e.g. the portal's request
        /// id): importing it again is refused with the case it became.
        #[arg(long)]
        draft_id: Option<String>,
        /// Accept (or open) it although the applicant already has an open
        /// case (refused otherwise, naming that case).
        #[arg(long)]
        second_case: bool,
        /// Where the receipt (Annex 4, or Annex 5 at a State Corporation
        /// counter) is written. Without it the receipt is recorded as
        /// issued and no file is left behind: `print` writes it again.
        #[arg(short = 'o', long = "receipt", value_name = "PDF")]
        receipt: Option<PathBuf>,
    },
    /// What may be done to a case now, and the forms it may print.
    Actions {
        number: String,
        #[arg(long)]
        json: bool,
    },
    /// Stage 1: record an approving body's conclusion.
    Conclude {
        number: String,
        /// The body: security, military, tax, courts, prosecution or the
        /// name of one the administrator added.
        #[arg(long)]
        body: String,
        /// The conclusion is negative (default: positive).
        #[arg(long)]
        negative: bool,
        /// The conclusion's outgoing number.
        #[arg(long, default_value = "")]
        reference: String,
        /// The body was not asked for this applicant: the reason (recorded
        /// instead of a conclusion).
        #[arg(long, conflicts_with = "negative")]
        not_asked: Option<String>,
    },
    /// Stage 2: approve; the Annex 4-1 direction follows. Needs every
    /// approving body's conclusion (or the reason it was not asked).
    Approve { number: String },
    /// Refuse (Annex 1-1): `--ground N[=DETAIL]`, repeated — N a para 10
    /// item in force; DETAIL the case's own part (a date, a court
    /// reference) printed after the standard's "until". `--ground 0` is the
    /// Annex 4-1 note: the direction lapsed without the military
    /// certificate.
    Refuse {
        number: String,
        #[arg(long = "ground", required = true)]
        grounds: Vec<String>,
    },
    /// Stage 3: the certificate of military deregistration.
    Military {
        number: String,
        #[arg(long)]
        issuer: String,
        #[arg(long = "certificate")]
        certificate: String,
    },
    /// Stage 3: the applicant is not liable for military service.
    NotLiable { number: String },
    /// Stage 3: removed from residence registration.
    Deregistered { number: String },
    /// Stage 4: make the Annex 1 decision.
    Decide { number: String },
    /// Stage 4: hand the decision to the applicant, or to a representative
    /// with a notarised power of attorney.
    HandOver {
        number: String,
        #[arg(long, requires_all = ["power_of_attorney", "notary", "notarised_on"])]
        representative: Option<String>,
        #[arg(long)]
        power_of_attorney: Option<String>,
        #[arg(long)]
        notary: Option<String>,
        /// YYYY-MM-DD.
        #[arg(long)]
        notarised_on: Option<String>,
    },
    /// Pass an uncollected decision from the State Corporation to the provider.
    Transfer { number: String },
    /// Record the answer to an Annex 3 request.
    Answer {
        number: String,
        #[arg(long)]
        person: String,
        #[arg(long)]
        registered: bool,
        #[arg(long, default_value = "")]
        details: String,
        #[arg(long)]
        reference: String,
        /// Whom the answer is about: `dependant:N` or `other-parent:N` (the
        /// other parent of child N), rows counted from 1. An answer that
        /// the person is registered requires the agreement or the consent
        /// again (`case present`).
        #[arg(long)]
        subject: Option<String>,
    },
    /// Present a document an Annex 3 answer required again: the alimony
    /// agreement of a dependant or the consent of a child's other parent.
    Present {
        number: String,
        /// `dependant:N` or `other-parent:N`, rows counted from 1.
        #[arg(long)]
        subject: String,
        /// A court decision in place of the agreement or the consent.
        #[arg(long)]
        court_decision: bool,
    },
    /// A correction referring to an entry of the log (its number, `#` in
    /// `case show`); the entry itself stays.
    Correct {
        number: String,
        #[arg(long)]
        entry: u32,
        #[arg(long)]
        note: String,
    },
    /// Show a case: state, checklist, deadlines, fee.
    Show {
        number: String,
        #[arg(long)]
        json: bool,
    },
    /// Find cases by case number, IIN or name prefix.
    Find {
        query: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum RulesCommand {
    /// Import a profile, the MCI table or the calendar from JSON.
    Import { kind: String, file: PathBuf },
    /// Print the rule data in force as JSON.
    Show { kind: String },
}

#[derive(Subcommand, Debug)]
pub enum UserCommand {
    /// Add a user (administrators): the password from
    /// EMIGRATION_DESK_NEW_PASSWORD or the next line of standard input;
    /// their key slot opens the store for them.
    Add {
        #[arg(long)]
        login: String,
        #[arg(long)]
        name: String,
        /// clerk, officer, supervisor or administrator.
        #[arg(long)]
        role: String,
    },
    /// Set a new password (administrators for anyone, a user for
    /// themself): from EMIGRATION_DESK_NEW_PASSWORD or the next line of
    /// standard input. The user's key slot is sealed anew.
    Password {
        #[arg(long)]
        login: String,
    },
    /// Stop a user signing in; their key slot is removed, so their
    /// password opens the store no more. Their history stays.
    Disable {
        #[arg(long)]
        login: String,
    },
    /// Let a disabled user sign in again (after `user password`, which
    /// seals their key slot anew).
    Enable {
        #[arg(long)]
        login: String,
    },
    /// Lift a user's lock-out (three wrong passwords) now. A sole
    /// administrator who is locked out uses `db recover`.
    Unlock {
        #[arg(long)]
        login: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum DbCommand {
    /// Run SQLite's integrity and foreign-key checks.
    Check,
    /// Write a consistent copy of the store (made while it is in use) into
    /// DIR, named after the office and the UTC time, check it and print its
    /// path. Without DIR: into the directory of the automatic backups,
    /// where the office's backups older than the days kept are removed.
    Backup { dir: Option<PathBuf> },
    /// Restore a backup into the data directory (--data-dir), which must
    /// have no store yet: a store there is never overwritten. An encrypted
    /// backup is opened by an administrator's password (--user) through
    /// the key slots file beside it (FILE.keys), restored with it. The
    /// restored store is checked and the result printed.
    Restore { file: PathBuf },
    /// Make a new recovery code (administrators; replaces the old one),
    /// printed once: keep it on paper in the office's safe. It opens the
    /// encrypted store when every password is forgotten (`db recover`).
    RecoveryCode,
    /// Every password forgotten: the recovery code (EMIGRATION_DESK_RECOVERY_CODE
    /// or the first line of standard input) opens the store and gives the
    /// administrator --user a new password (EMIGRATION_DESK_NEW_PASSWORD or
    /// the next line). No sign-in needed.
    Recover,
    /// Who can open the encrypted store: the logins with a key slot, and
    /// whether a recovery code exists.
    Slots,
    /// The window's automatic daily backups: the directory (absolute,
    /// ideally another disk) and the days they are kept. Without options:
    /// what is set, and the last backup.
    BackupPolicy {
        #[arg(long, conflicts_with = "off")]
        dir: Option<PathBuf>,
        /// 1–3650 (default 14).
        #[arg(long)]
        keep_days: Option<i64>,
        /// No automatic backups.
        #[arg(long)]
        off: bool,
    },
}

/// Exit codes: 0 done, 1 bad input or refused, 2 usage (clap), 3 the store
/// could not be used.
const BAD_INPUT: u8 = 1;
const STORE_FAILED: u8 = 3;

fn fail(code: u8, msg: String) -> ExitCode {
    eprintln!("{msg}");
    ExitCode::from(code)
}

fn store_fail(e: StoreError) -> ExitCode {
    let code = match e {
        StoreError::Sqlite(_)
        | StoreError::DataDir { .. }
        | StoreError::SchemaTooNew { .. }
        | StoreError::Corrupt(_) => STORE_FAILED,
        _ => BAD_INPUT,
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
    match e {
        desk::DeskError::Store(e) => store_fail(e),
        desk::DeskError::Print(_) | desk::DeskError::FormsDir(_) => {
            fail(STORE_FAILED, e.localize())
        }
        other => fail(BAD_INPUT, other.localize()),
    }
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

/// Parses an intake, naming the field of any JSON error.
pub fn parse_intake_json(text: &str) -> Result<Intake, (String, String)> {
    parse_json(text)
}

/// Parses a JSON document, naming the field of any error.
fn parse_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, (String, String)> {
    let de = &mut serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut *de).map_err(|e| {
        let path = e.path().to_string();
        (
            if path == "." {
                "(document)".to_string()
            } else {
                path
            },
            e.inner().to_string(),
        )
    })?;
    // One document per file: a second intake after the first is not
    // silently dropped.
    de.end()
        .map_err(|e| ("(document)".to_string(), e.to_string()))?;
    Ok(value)
}

/// The largest input file read (an intake with every table full is a few
/// hundred kilobytes).
const INPUT_MAX_BYTES: u64 = 4 * 1024 * 1024;

/// A file's text, or the localized reason it cannot be read. Read through
/// a limit whatever the file is — a pipe, a device like /dev/zero or a
/// file still growing says no size beforehand — and refused past it.
fn read_text(path: &Path) -> Result<String, ExitCode> {
    use std::io::Read;
    let too_large = || {
        fail(
            BAD_INPUT,
            t!(
                "cli-input-too-large",
                path = path.display().to_string(),
                max = (INPUT_MAX_BYTES / 1024 / 1024).to_string()
            ),
        )
    };
    let read_failed = |e: std::io::Error| {
        fail(
            BAD_INPUT,
            t!(
                "cli-read-failed",
                path = path.display().to_string(),
                error = e.to_string()
            ),
        )
    };
    if std::fs::metadata(path).is_ok_and(|m| m.len() > INPUT_MAX_BYTES) {
        return Err(too_large());
    }
    let file = std::fs::File::open(path).map_err(read_failed)?;
    let mut bytes = Vec::new();
    file.take(INPUT_MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_failed)?;
    if bytes.len() as u64 > INPUT_MAX_BYTES {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|_| {
        read_failed(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "stream did not contain valid UTF-8",
        ))
    })
}

/// A JSON file as `T`, or the localized reason naming the field.
fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, ExitCode> {
    let text = read_text(path)?;
    parse_json(&text).map_err(|(field, error)| {
        fail(
            BAD_INPUT,
            t!(
                "cli-json-error",
                path = path.display().to_string(),
                field = field,
                error = error
            ),
        )
    })
}

fn parse_number(s: &str) -> Result<CaseNumber, ExitCode> {
    CaseNumber::parse(s).map_err(|e| fail(BAD_INPUT, e.localize()))
}

fn case(data_dir: Option<&Path>, c: CaseCommand) -> Result<ExitCode, ExitCode> {
    match c {
        CaseCommand::Import {
            file,
            accept,
            refuse,
            draft_id,
            second_case,
            receipt: receipt_to,
        } => {
            let intake: Intake = read_json(&file)?;
            let (mut st, who) = session(data_dir)?;
            let now = now(&st)?;
            let outcome = match (accept, refuse) {
                (true, _) => IntakeOutcome::Accept,
                (_, true) => IntakeOutcome::RefuseIncomplete,
                _ => IntakeOutcome::Open,
            };
            let done = match desk::commit_intake(
                &mut st,
                &who,
                now,
                draft_id.as_deref(),
                &intake,
                outcome,
                second_case,
                receipt_to.as_deref(),
            ) {
                Ok(done) => done,
                // The same idempotency key again (a retry after a lost
                // answer): nothing more to store, and that is success —
                // but a receipt a crash lost after the commit is issued
                // now.
                Err(desk::DeskError::Store(StoreError::AlreadyCommitted(number))) => {
                    println!(
                        "{}",
                        t!("cli-case-already-imported", number = number.as_str())
                    );
                    let n = parse_number(&number)?;
                    match desk::receipt_owed(&mut st, &who, now, &n, receipt_to.as_deref()) {
                        Ok(Some(p)) => receipt_line(&n, &p, receipt_to.is_none()),
                        Ok(None) => {}
                        Err(e) => {
                            return Err(fail(
                                STORE_FAILED,
                                t!("cli-receipt-failed", error = e.localize()),
                            ))
                        }
                    }
                    return Ok(ExitCode::SUCCESS);
                }
                Err(e) => return Err(desk_fail(e)),
            };
            let rec = &done.view.record;
            println!(
                "{}",
                t!(
                    "cli-case-imported",
                    number = rec.summary.number.to_string(),
                    status = rec.summary.status.localize()
                )
            );
            // A refusal names what is missing, receipt or none (a police
            // office prints no Annex 5).
            for item in &rec.state.missing_at_intake {
                println!(
                    "  {}",
                    crate::i18n::checklist_line(
                        item,
                        &subject_name(rec, item.subject, &item.subject_name)
                    )
                );
            }
            match done.receipt {
                Some(Ok(p)) => receipt_line(&rec.summary.number, &p, receipt_to.is_none()),
                // The case is stored: the receipt prints again with `print`.
                Some(Err(e)) => {
                    return Err(fail(
                        STORE_FAILED,
                        t!("cli-receipt-failed", error = e.localize()),
                    ))
                }
                None => {}
            }
            Ok(ExitCode::SUCCESS)
        }
        CaseCommand::Show { number, json } => {
            let number = parse_number(&number)?;
            let (mut st, who) = session(data_dir)?;
            let now = now(&st)?;
            let today = now.today;
            let rec = st
                .view_case(&who.actor, &number, today, now.utc)
                .map_err(store_fail)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&case_json(&rec, &mut st, today))
                        .unwrap_or_default()
                );
            } else {
                print_case(&rec, &mut st, today);
            }
            Ok(ExitCode::SUCCESS)
        }
        CaseCommand::Find { query, json } => {
            let (st, who) = session(data_dir)?;
            let at = now(&st)?;
            // Audited: who searched, for what, how many were found.
            let page = st
                .search_audited(&who.actor, &query, 0, 50, at.utc)
                .map_err(store_fail)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&page.rows).unwrap_or_default()
                );
            } else if page.rows.is_empty() {
                println!("{}", t!("cli-no-cases"));
            } else {
                for r in &page.rows {
                    println!(
                        "{}  {}  {}  {}",
                        r.number,
                        r.iin,
                        r.full_name,
                        r.status.localize()
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        CaseCommand::Actions { number, json } => {
            let number = parse_number(&number)?;
            let (mut st, who) = session(data_dir)?;
            let now = now(&st)?;
            let view = desk::open_case(&mut st, &who, now, &number).map_err(desk_fail)?;
            print_actions(&view, json);
            Ok(ExitCode::SUCCESS)
        }
        step_command => {
            let (number, step) = step_of(step_command)?;
            let (mut st, who) = session(data_dir)?;
            let now = now(&st)?;
            let view = desk::record(&mut st, &who, now, &number, step).map_err(desk_fail)?;
            let last = view
                .record
                .events
                .last()
                .map(|e| e.kind.localize())
                .unwrap_or_default();
            println!(
                "{}",
                t!(
                    "cli-recorded",
                    number = number.to_string(),
                    what = last,
                    status = view.record.summary.status.localize()
                )
            );
            print_actions(&view, false);
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn parse_date_arg(s: &str) -> Result<NaiveDate, ExitCode> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s.trim(), "%d.%m.%Y"))
        .map_err(|_| fail(BAD_INPUT, t!("cli-bad-date", date = s)))
}

/// A checklist subject as the command line names it.
fn subject_arg(s: &crate::domain::documents::Subject) -> String {
    use crate::domain::documents::Subject;
    match s {
        Subject::Dependant(i) => format!("dependant:{}", i + 1),
        Subject::OtherParentOf(i) => format!("other-parent:{}", i + 1),
        Subject::Child(i) => format!("child:{}", i + 1),
        Subject::Applicant => "applicant".into(),
        Subject::Representative => "representative".into(),
    }
}

/// `dependant:N` / `other-parent:N` (rows from 1) as a checklist subject.
fn parse_subject(s: &str) -> Result<crate::domain::documents::Subject, ExitCode> {
    use crate::domain::documents::Subject;
    let bad = || fail(BAD_INPUT, t!("cli-bad-subject", subject = s));
    let (kind, n) = s.trim().split_once(':').ok_or_else(bad)?;
    let n: usize = n.trim().parse().ok().filter(|n| *n >= 1).ok_or_else(bad)?;
    match kind.trim() {
        "dependant" => Ok(Subject::Dependant(n - 1)),
        "other-parent" => Ok(Subject::OtherParentOf(n - 1)),
        _ => Err(bad()),
    }
}

/// The case and the step a case-life command asks for.
fn step_of(c: CaseCommand) -> Result<(CaseNumber, Step), ExitCode> {
    let (number, step) = match c {
        CaseCommand::Conclude {
            number,
            body,
            negative,
            reference,
            not_asked,
        } => (
            number,
            Step::Conclusion {
                body,
                positive: !negative,
                reference,
                not_asked,
            },
        ),
        CaseCommand::Approve { number } => (number, Step::Approve),
        CaseCommand::Refuse { number, grounds } => {
            let mut out = Vec::new();
            for g in grounds {
                let (n, until) = g.split_once('=').unwrap_or((g.as_str(), ""));
                let ground = n
                    .trim()
                    .parse::<u8>()
                    .map_err(|_| fail(BAD_INPUT, t!("cli-bad-ground", ground = g.as_str())))?;
                out.push(RefusalGround {
                    ground,
                    until: until.trim().to_string(),
                });
            }
            (number, Step::Refuse { grounds: out })
        }
        CaseCommand::Military {
            number,
            issuer,
            certificate,
        } => (
            number,
            Step::MilitaryCertificate {
                issuer,
                number: certificate,
            },
        ),
        CaseCommand::NotLiable { number } => (number, Step::NotLiable),
        CaseCommand::Deregistered { number } => (number, Step::Deregistered),
        CaseCommand::Decide { number } => (number, Step::Decide),
        CaseCommand::HandOver {
            number,
            representative,
            power_of_attorney,
            notary,
            notarised_on,
        } => {
            let to = match representative {
                None => Recipient::Applicant,
                Some(full_name) => Recipient::Representative {
                    full_name,
                    power_of_attorney: power_of_attorney.unwrap_or_default(),
                    notary: notary.unwrap_or_default(),
                    notarised_on: parse_date_arg(&notarised_on.unwrap_or_default())?,
                },
            };
            (number, Step::HandOver(to))
        }
        CaseCommand::Transfer { number } => (number, Step::Transfer),
        CaseCommand::Answer {
            number,
            person,
            registered,
            details,
            reference,
            subject,
        } => (
            number,
            Step::RegistrationAnswer {
                person,
                registered,
                details,
                reference,
                subject: subject.as_deref().map(parse_subject).transpose()?,
            },
        ),
        CaseCommand::Present {
            number,
            subject,
            court_decision,
        } => {
            let subject = parse_subject(&subject)?;
            let requirement = crate::domain::case::reinstated(subject)
                .ok_or_else(|| fail(BAD_INPUT, t!("cli-bad-subject", subject = "")))?;
            let via = if court_decision {
                crate::domain::documents::Via::Alternative
            } else {
                crate::domain::documents::Via::Paper
            };
            (
                number,
                Step::Present {
                    requirement,
                    subject,
                    via,
                },
            )
        }
        CaseCommand::Correct {
            number,
            entry,
            note,
        } => (
            number,
            Step::Correct {
                entry: desk::Entry::Seq(entry),
                note,
            },
        ),
        CaseCommand::Import { .. }
        | CaseCommand::Show { .. }
        | CaseCommand::Find { .. }
        | CaseCommand::Actions { .. } => return Err(fail(BAD_INPUT, t!("cli-nothing"))),
    };
    Ok((parse_number(&number)?, step))
}

/// What may be done next and which forms print, after a command.
fn print_actions(view: &desk::CaseView, json: bool) {
    let actions: Vec<&str> = view.actions.iter().map(|a| a.name()).collect();
    let forms: Vec<&str> = view.forms.iter().map(|a| a.code()).collect();
    if json {
        let detail: Vec<serde_json::Value> = view
            .actions
            .iter()
            .map(|a| match a {
                desk_action::Approve { valid_until } => {
                    serde_json::json!({"action": a.name(), "valid_until": valid_until})
                }
                desk_action::Refuse { grounds, lapsed } => serde_json::json!({
                    "action": a.name(),
                    "grounds": grounds.iter().map(|g| serde_json::json!({"ground": g.ground, "needs_until": g.needs_until})).collect::<Vec<_>>(),
                    "direction_lapsed_on": lapsed,
                }),
                desk_action::Transfer { storage_ended } => {
                    serde_json::json!({"action": a.name(), "storage_ended": storage_ended})
                }
                desk_action::RecordRegistrationAnswer { people } => serde_json::json!({
                    "action": a.name(),
                    "people": people.iter().map(subject_arg).collect::<Vec<_>>(),
                }),
                desk_action::Present { items } => serde_json::json!({
                    "action": a.name(),
                    "items": items.iter().map(|(r, s)| serde_json::json!({
                        "requirement": r.as_str(),
                        "subject": subject_arg(s),
                    })).collect::<Vec<_>>(),
                }),
                _ => serde_json::json!({"action": a.name()}),
            })
            .collect();
        let v = serde_json::json!({
            "number": view.record.summary.number,
            "status": view.record.summary.status,
            "actions": detail,
            "forms": forms,
        });
        println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
        return;
    }
    let none = t!("cli-nothing");
    println!(
        "{}",
        t!(
            "cli-next-actions",
            actions = if actions.is_empty() {
                none.clone()
            } else {
                actions.join(", ")
            }
        )
    );
    println!(
        "{}",
        t!(
            "cli-printable-forms",
            forms = if forms.is_empty() {
                none
            } else {
                forms.join(", ")
            }
        )
    );
}

use crate::domain::rulebook::Action as desk_action;

fn subject_name(rec: &CaseRecord, s: Subject, fallback: &str) -> String {
    match s {
        Subject::Child(i) => rec
            .state
            .intake
            .children
            .get(i)
            .map(|c| c.full_name())
            .unwrap_or_default(),
        _ => fallback.to_string(),
    }
}

/// The fee in force and the day it is taken for.
fn fee_facts(rec: &CaseRecord, st: &mut Store, today: NaiveDate) -> (Option<u64>, NaiveDate) {
    let day = crate::domain::checklist::fee_day(&rec.state.intake, today);
    let fee = desk::lists::rules(st).ok().and_then(|r| {
        let p = r.profile_of_case(&rec.profile_id, rec.state.opened_on)?;
        r.mci.fee(&p.fee, day)
    });
    (fee, day)
}

/// The JSON of `case show --json` (documented in docs/intake-json.md).
fn case_json(rec: &CaseRecord, st: &mut Store, today: NaiveDate) -> serde_json::Value {
    let (fee, fee_day) = fee_facts(rec, st, today);
    let items: Vec<serde_json::Value> = rec
        .checklist
        .items
        .iter()
        .map(|i| {
            serde_json::json!({
                "requirement": i.requirement,
                "paragraph": i.paragraph,
                "subject": i.subject,
                "subject_name": subject_name(rec, i.subject, &i.subject_name),
                "status": i.status,
                "info_system_eligible": i.info_system_eligible,
                "alternative_allowed": i.alternative_allowed,
                "required_by_answer": i.required_by_answer,
            })
        })
        .collect();
    let missing: Vec<&serde_json::Value> = items
        .iter()
        .filter(|v| v["status"] == serde_json::json!(ItemStatus::Missing))
        .collect();
    serde_json::json!({
        "number": rec.summary.number,
        "status": rec.summary.status,
        "profile": rec.profile_id,
        "office_kind": rec.state.office_kind,
        "applicant": {
            "full_name": rec.summary.full_name,
            "iin": rec.summary.iin,
        },
        "document_language": rec.state.intake.lang,
        "opened_on": rec.state.opened_on,
        "accepted_on": rec.state.accepted_on,
        "come_back_on": rec.state.come_back_on,
        "checklist": {
            "complete": rec.checklist.is_complete(),
            "items": items,
            "missing": missing,
        },
        "fee": {
            "tenge": fee,
            "on": fee_day,
            "paid": rec.state.intake.fee,
            "short": rec.checklist.fee_short,
            "unknown_mci": rec.checklist.fee_unknown,
        },
        "deadlines": rec.deadlines.iter().map(|d| serde_json::json!({
            "kind": d.kind,
            "due": d.due,
            "done_on": d.done_on,
            "overdue": d.is_overdue(today),
            "moved_from": d.moved_from,
            "moved_because": d.moved_because,
            "moved_note": crate::i18n::moved_note(d),
        })).collect::<Vec<_>>(),
        "next_due": rec.summary.next_due,
        "events": rec.events.iter().map(|e| serde_json::json!({
            "seq": e.seq,
            "type": e.kind.name(),
            "recorded_at": e.recorded_at,
            "actor": e.actor,
            "office": e.office,
        })).collect::<Vec<_>>(),
    })
}

fn print_case(rec: &CaseRecord, st: &mut Store, today: NaiveDate) {
    println!(
        "{}",
        t!(
            "cli-case-header",
            number = rec.summary.number.to_string(),
            status = rec.summary.status.localize()
        )
    );
    println!(
        "{}",
        t!(
            "cli-applicant",
            name = rec.summary.full_name.as_str(),
            iin = rec.summary.iin.as_str()
        )
    );
    println!("{}", t!("cli-opened", date = date(rec.state.opened_on)));
    if let (Some(a), Some(b)) = (rec.state.accepted_on, rec.state.come_back_on) {
        println!("{}", t!("cli-accepted", date = date(a), back = date(b)));
    }
    let state = if rec.checklist.is_complete() {
        t!("cli-checklist-complete")
    } else {
        t!("cli-checklist-incomplete")
    };
    println!("{}", t!("cli-checklist", state = state));
    for i in &rec.checklist.items {
        println!(
            "  {}",
            crate::i18n::checklist_line(i, &subject_name(rec, i.subject, &i.subject_name))
        );
    }
    let (fee, day) = fee_facts(rec, st, today);
    match fee {
        Some(tenge) => println!("{}", t!("cli-fee", tenge = tenge, date = date(day))),
        None => println!("{}", t!("cli-fee-unknown", date = date(day))),
    }
    if rec.checklist.fee_unknown {
        println!("{}", t!("fee-no-mci", date = date(day)));
    }
    if rec.checklist.fee_short {
        println!("{}", t!("cli-fee-short"));
    }
    if !rec.deadlines.is_empty() {
        println!("{}", t!("cli-deadlines"));
        for d in &rec.deadlines {
            let mut done = d
                .done_on
                .map(|x| format!(" {}", t!("cli-deadline-done", date = date(x))))
                .unwrap_or_default();
            if d.is_overdue(today) {
                done.push_str(&format!(" {}", t!("cli-overdue")));
            }
            if let Some(note) = crate::i18n::moved_note(d) {
                done.push_str(&format!(" — {note}"));
            }
            println!(
                "  {}",
                t!(
                    "cli-deadline",
                    what = d.kind.localize(),
                    due = date(d.due),
                    done = done
                )
            );
        }
    }
}

fn office_cmd(data_dir: Option<&Path>, o: OfficeCommand) -> Result<ExitCode, ExitCode> {
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

fn rules(data_dir: Option<&Path>, r: RulesCommand) -> Result<ExitCode, ExitCode> {
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

fn user(data_dir: Option<&Path>, u: UserCommand) -> Result<ExitCode, ExitCode> {
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
fn user_active(data_dir: Option<&Path>, login: &str, active: bool) -> Result<ExitCode, ExitCode> {
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

fn db_check(data_dir: Option<&Path>) -> Result<ExitCode, ExitCode> {
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

fn backup_fail(e: BackupError) -> ExitCode {
    use BackupError as B;
    match e {
        B::Store(e) => store_fail(e),
        B::StoreExists(_) | B::NotABackup { .. } | B::NoDir => fail(BAD_INPUT, e.localize()),
        other => fail(STORE_FAILED, other.localize()),
    }
}

/// `db backup [DIR]`: a copy of the store, made with SQLite's backup API
/// while the window may be writing; recorded and audited.
fn db_backup(data_dir: Option<&Path>, dir: Option<PathBuf>) -> Result<ExitCode, ExitCode> {
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
fn db_recovery_code(data_dir: Option<&Path>) -> Result<ExitCode, ExitCode> {
    let (mut st, who) = session(data_dir)?;
    let at = now(&st)?;
    let code = desk::admin::make_recovery_code(&mut st, &who, at).map_err(desk_fail)?;
    println!("{}", t!("cli-recovery-code", code = code.as_str()));
    Ok(ExitCode::SUCCESS)
}

/// `db recover --user ADMIN`: the recovery code and a new password.
fn db_recover(data_dir: Option<&Path>) -> Result<ExitCode, ExitCode> {
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
fn db_slots(data_dir: Option<&Path>) -> Result<ExitCode, ExitCode> {
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
fn db_restore(data_dir: Option<&Path>, file: &Path) -> Result<ExitCode, ExitCode> {
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
fn db_backup_policy(
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

/// Says where an intake's receipt went. One written to the spool (no
/// `--receipt` given) is removed at once: the command line leaves no
/// readable receipt behind that nothing would ever remove; it is recorded
/// as issued and `print` writes it again.
fn receipt_line(number: &CaseNumber, p: &desk::Printed, spooled: bool) {
    if !spooled {
        println!("{}", printed_line(number, p));
        return;
    }
    let _ = std::fs::remove_file(&p.path);
    println!(
        "{}",
        t!(
            "cli-receipt-recorded",
            annex = p.annex.code(),
            number = number.to_string()
        )
    );
}

fn printed_line(number: &CaseNumber, p: &desk::Printed) -> String {
    t!(
        "cli-printed",
        annex = p.annex.code(),
        number = number.to_string(),
        path = p.path.display().to_string(),
        kb = p.bytes.div_ceil(1024),
        copies = p.copies
    )
}

fn print(data_dir: Option<&Path>, a: PrintArgs) -> Result<ExitCode, ExitCode> {
    let annex: Annex = a
        .annex
        .parse()
        .map_err(|_| fail(BAD_INPUT, t!("cli-bad-annex", annex = a.annex.as_str())))?;
    let lang: Option<DocLang> = match &a.lang {
        None => None,
        Some(l) => Some(
            l.parse()
                .map_err(|_| fail(BAD_INPUT, t!("cli-bad-doc-lang", lang = l.as_str())))?,
        ),
    };
    let number = parse_number(&a.case)?;
    let (mut st, who) = session(data_dir)?;
    let now = now(&st)?;
    let lang = match lang {
        Some(l) => l,
        None => {
            desk::open_case(&mut st, &who, now, &number)
                .map_err(desk_fail)?
                .record
                .state
                .intake
                .lang
        }
    };
    let p = desk::print_form(&mut st, &who, now, &number, annex, lang, Some(&a.output))
        .map_err(desk_fail)?;
    println!("{}", printed_line(&number, &p));
    let how = if a.printer {
        Some(Delivery::Printer)
    } else if a.open {
        Some(Delivery::Open)
    } else {
        None
    };
    if let Some(how) = how {
        // The PDF is written and recorded: a failed hand-over loses nothing.
        workstation::deliver(&a.output, how)
            .map_err(|e| fail(BAD_INPUT, t!("cli-deliver-failed", error = e.to_string())))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn report(data_dir: Option<&Path>, a: ReportArgs) -> Result<ExitCode, ExitCode> {
    use crate::desk::report::{self as rep, Format};
    use crate::domain::report::Period;
    let format = Format::parse(&a.format)
        .ok_or_else(|| fail(BAD_INPUT, t!("cli-bad-format", format = a.format.as_str())))?;
    let lang: DocLang = a
        .lang
        .parse()
        .map_err(|_| fail(BAD_INPUT, t!("cli-bad-doc-lang", lang = a.lang.as_str())))?;
    let day = |s: &str| {
        NaiveDate::parse_from_str(s.trim(), "%d.%m.%Y")
            .or_else(|_| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d"))
            .map_err(|_| fail(BAD_INPUT, t!("cli-bad-date", date = s)))
    };
    let (mut st, who) = session(data_dir)?;
    let now = now(&st)?;
    let from = match &a.from {
        Some(s) => day(s)?,
        None => chrono::Datelike::with_day(&now.today, 1).unwrap_or(now.today),
    };
    let to = match &a.to {
        Some(s) => day(s)?,
        None => now.today,
    };
    let offices: Vec<u16> = match a.office.as_deref().map(str::trim) {
        Some("all") => vec![],
        Some(code) => vec![code
            .parse()
            .map_err(|_| fail(BAD_INPUT, t!("cli-bad-office-code")))?],
        None => vec![workstation::office(&st).map_err(store_fail)?.code],
    };
    let period = Period { from, to };
    let r = rep::make(&mut st, &who, period, &offices, now).map_err(desk_fail)?;
    if a.overdue {
        let list = rep::overdue_cases(&mut st, &who, period, &offices, now).map_err(desk_fail)?;
        println!(
            "{}",
            serde_json::to_string_pretty(&list).unwrap_or_default()
        );
    }
    match a.output {
        Some(path) => {
            let path =
                rep::export(&mut st, &who, &r, format, lang, &path, now).map_err(desk_fail)?;
            eprintln!(
                "{}",
                t!(
                    "cli-report-written",
                    from = date(from),
                    to = date(to),
                    path = path.display().to_string()
                )
            );
        }
        None if format == Format::Json && !a.overdue => {
            println!("{}", serde_json::to_string_pretty(&r).unwrap_or_default());
        }
        None => {}
    }
    Ok(ExitCode::SUCCESS)
}

fn complaint(data_dir: Option<&Path>, c: ComplaintCommand) -> Result<ExitCode, ExitCode> {
    match c {
        ComplaintCommand::Register { file, lang, output } => {
            let lang: DocLang = lang
                .parse()
                .map_err(|_| fail(BAD_INPUT, t!("cli-bad-doc-lang", lang = lang.as_str())))?;
            let new: crate::domain::complaint::NewComplaint = read_json(&file)?;
            let (mut st, who) = session(data_dir)?;
            let now = now(&st)?;
            // The signed-in user accepts it and is named (para 11).
            let r = desk::register_complaint(&mut st, &who, now, &new, lang, output.as_deref())
                .map_err(desk_fail)?;
            let path = r.confirmation.map_err(desk_fail)?;
            let c = (r.complaint, path);
            println!(
                "{}",
                t!(
                    "cli-complaint-registered",
                    number = c.0.number.as_str(),
                    id = c.0.id,
                    due = date(c.0.due_on),
                    path = c.1.display().to_string()
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        ComplaintCommand::Answer { id, text, by_post } => {
            let (mut st, who) = session(data_dir)?;
            let now = now(&st)?;
            let c = desk::answer_complaint(&mut st, &who, now, id, &text, by_post)
                .map_err(desk_fail)?;
            println!(
                "{}",
                t!("cli-complaint-answered", number = c.number.as_str())
            );
            Ok(ExitCode::SUCCESS)
        }
        ComplaintCommand::List => {
            let (st, _who) = session(data_dir)?;
            let list = desk::lists::complaints(&st).map_err(desk_fail)?;
            println!(
                "{}",
                serde_json::to_string_pretty(&list).unwrap_or_default()
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn sync(data_dir: Option<&Path>, c: SyncCommand) -> Result<ExitCode, ExitCode> {
    use crate::desk::types::SyncConfig;
    let write_private = |path: &Path, text: &str| -> Result<(), ExitCode> {
        let tmp = path.with_extension("tmp");
        let r = (|| -> std::io::Result<()> {
            let mut f = std::fs::File::create(&tmp)?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
            }
            std::io::Write::write_all(&mut f, text.as_bytes())?;
            f.sync_all()?;
            std::fs::rename(&tmp, path)
        })();
        r.map_err(|e| {
            fail(
                STORE_FAILED,
                t!(
                    "cli-write-failed",
                    path = path.display().to_string(),
                    error = e.to_string()
                ),
            )
        })
    };
    match c {
        SyncCommand::Provision {
            plan,
            server_config,
            credentials,
            url,
            user,
            password,
            ca,
        } => {
            let text = read_text(&plan)?;
            let plan = desk::hub::plan(&text)
                .map_err(|e| fail(BAD_INPUT, t!("cli-sync-bad-plan", error = e)))?;
            if server_config.is_none() && url.is_empty() {
                return Err(fail(BAD_INPUT, t!("cli-sync-provision-nothing")));
            }
            if let Some(conf) = server_config {
                let Some(cred_path) = credentials else {
                    return Err(fail(BAD_INPUT, t!("cli-sync-credentials-needed")));
                };
                // A cluster: one file per server, named after it
                // (hub.conf → hub-nats1.conf …).
                let (files, json) = desk::hub::server_files(&plan, &conf);
                let mut written = Vec::new();
                for (path, text) in files {
                    write_private(&path, &text)?;
                    written.push(path.display().to_string());
                }
                write_private(&cred_path, &json)?;
                println!(
                    "{}",
                    t!(
                        "cli-sync-config-written",
                        config = written.join(", "),
                        credentials = cred_path.display().to_string()
                    )
                );
            }
            if !url.is_empty() {
                let Some(password) = password else {
                    return Err(fail(BAD_INPUT, t!("cli-sync-password-needed")));
                };
                let done = desk::hub::provision_hub(&plan, &url, user, password, ca.as_deref())
                    .map_err(|e| fail(BAD_INPUT, t!("cli-sync-provision-failed", error = e)))?;
                println!(
                    "{}",
                    t!(
                        "cli-sync-provisioned",
                        stream = done.stream,
                        consumers = done.consumers.join(", ")
                    )
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        SyncCommand::Route {
            sc_office,
            police_office,
            remove,
        } => {
            if police_office.is_none() && !remove {
                return Err(fail(BAD_INPUT, t!("cli-sync-route-needs-office")));
            }
            let (mut st, who) = session(data_dir)?;
            let at = now(&st)?;
            desk::admin::set_route(&mut st, &who, sc_office, police_office, at)
                .map_err(desk_fail)?;
            println!("{}", t!("cli-sync-route-saved"));
            Ok(ExitCode::SUCCESS)
        }
        SyncCommand::Configure {
            url,
            nats_user: user,
            password,
            nkey_seed,
            cert,
            key,
            ca,
            workstation,
            number_block,
            disable,
        } => {
            let cfg = SyncConfig {
                enabled: !disable,
                urls: url,
                user,
                password,
                nkey_seed,
                client_cert: cert,
                client_key: key,
                ca,
                workstation,
                number_block,
                resend_after_secs: 0,
            };
            // Each problem names its setting (the URL, the workstation
            // name …) in the user's language.
            let (mut st, who) = session(data_dir)?;
            let at = now(&st)?;
            desk::admin::configure_sync(&mut st, &who, &cfg, at).map_err(desk_fail)?;
            println!("{}", t!("cli-sync-configured"));
            Ok(ExitCode::SUCCESS)
        }
        SyncCommand::Status => {
            let (st, _who) = session(data_dir)?;
            let desk::lists::SyncState {
                config: cfg,
                routes,
                counts,
            } = desk::lists::sync_state(&st).map_err(desk_fail)?;
            let v = serde_json::json!({
                "configured": cfg.as_ref().is_some_and(|c| c.enabled),
                "workstation": cfg.as_ref().map(|c| c.workstation.clone()),
                "nats_user": cfg.as_ref().map(|c| c.user.clone()),
                "counts": counts,
                "routes": routes,
                "limits": {
                    "max_message_bytes": limits::MAX_MESSAGE_BYTES,
                    "quarantine_bytes_per_office": limits::QUARANTINE_BYTES_PER_ORIGIN,
                    "quarantine_bytes_total": limits::QUARANTINE_BYTES_TOTAL,
                    "quarantine_rows": limits::QUARANTINE_ROWS,
                    "quarantine_days": limits::QUARANTINE_DAYS,
                    "pending_per_office": limits::PENDING_PER_ORIGIN,
                    "pending_bytes_per_office": limits::PENDING_BYTES_PER_ORIGIN,
                    "gap_wait_days": limits::GAP_WAIT_DAYS,
                },
            });
            println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
            Ok(ExitCode::SUCCESS)
        }
    }
}
