//! The headless command line for administrators and integration.
//! Messages are localized (`--lang`, else the environment's locale).

use crate::domain::case::CaseNumber;
use crate::domain::checklist::{ItemStatus, Subject};
use crate::domain::ids::{Iin, IinWarning, Sex};
use crate::domain::intake::Intake;
use crate::domain::{DocLang, OfficeKind};
use crate::i18n::{self, date, Localize, UiLang};
use crate::print::{self, Annex, Delivery, FormInput};
use crate::store::{
    self, Actor, CaseRecord, FormRecord, IntakeOutcome, NewUser, Office, RuleKind, Store,
};
use crate::t;
use chrono::{NaiveDate, Utc};
use clap::{Args, Parser, Subcommand};
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "emigration-desk",
    version,
    about = "Processing applications to leave Kazakhstan for permanent residence"
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
    #[command(subcommand)]
    pub command: Option<Command>,
}

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
    /// Database maintenance.
    #[command(subcommand)]
    Db(DbCommand),
    /// Print an annex form of a case to a PDF file (and open or print it).
    Print(PrintArgs),
    /// Sync between offices over NATS JetStream.
    #[command(subcommand)]
    Sync(SyncCommand),
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
        #[arg(long, default_value = "")]
        user: String,
        /// Or EMIGRATION_NATS_PASSWORD.
        #[arg(
            long,
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
    /// The language of the document, the applicant's choice: kk or ru.
    #[arg(long)]
    pub lang: String,
    /// The PDF file to write.
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    /// Open the PDF in the system viewer afterwards.
    #[arg(long)]
    pub open: bool,
    /// Send the PDF to the default printer afterwards.
    #[arg(long, conflicts_with = "open")]
    pub printer: bool,
    /// Login of the user printed as the executor (default: whoever recorded
    /// the event the form stands for).
    #[arg(long)]
    pub executor: Option<String>,
}

#[derive(Args, Debug)]
pub struct InitArgs {
    /// state-corporation or migration-police.
    #[arg(long)]
    pub office_kind: String,
    /// Unique office code 1–9999 (the first part of case numbers).
    #[arg(long)]
    pub office_code: u16,
    #[arg(long)]
    pub office_name: String,
    /// The department number as printed on forms.
    #[arg(long)]
    pub office_number: String,
    #[arg(long)]
    pub office_address: String,
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
    Add {
        #[arg(long)]
        login: String,
        #[arg(long)]
        name: String,
        /// clerk, officer, supervisor or administrator.
        #[arg(long)]
        role: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum DbCommand {
    /// Run SQLite's integrity and foreign-key checks.
    Check,
}

/// Exit codes: 0 done, 1 bad input or refused, 2 usage (clap), 3 the store
/// could not be used.
const BAD_INPUT: u8 = 1;
const STORE_FAILED: u8 = 3;

fn fail(code: u8, msg: String) -> ExitCode {
    eprintln!("{msg}");
    ExitCode::from(code)
}

fn store_fail(e: store::StoreError) -> ExitCode {
    let code = match e {
        store::StoreError::Sqlite(_)
        | store::StoreError::DataDir { .. }
        | store::StoreError::Corrupt(_) => STORE_FAILED,
        _ => BAD_INPUT,
    };
    fail(code, e.localize())
}

/// "Today" is the local date; EMIGRATION_DESK_TODAY overrides it for tests
/// and demonstrations of date rules.
fn today() -> Result<NaiveDate, ExitCode> {
    match std::env::var("EMIGRATION_DESK_TODAY") {
        Ok(s) if !s.is_empty() => NaiveDate::parse_from_str(&s, "%Y-%m-%d")
            .map_err(|_| fail(BAD_INPUT, t!("cli-bad-today"))),
        _ => Ok(chrono::Local::now().date_naive()),
    }
}

fn open(data_dir: Option<&Path>) -> Result<Store, ExitCode> {
    let dir = store::resolve_data_dir(data_dir).map_err(store_fail)?;
    Store::open_dir(&dir).map_err(store_fail)
}

fn read_password() -> Result<String, ExitCode> {
    if let Ok(p) = std::env::var("EMIGRATION_DESK_PASSWORD") {
        if !p.is_empty() {
            return Ok(p);
        }
    }
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("{}", t!("cli-password-prompt"));
    }
    let mut s = String::new();
    let _ = stdin.lock().read_to_string(&mut s);
    let p = s.lines().next().unwrap_or("").to_string();
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
    let Some(command) = cli.command else {
        return ExitCode::SUCCESS;
    };
    let result = match command {
        Command::CheckIin { iin } => Ok(check_iin(&iin)),
        Command::Init(args) => init(cli.data_dir.as_deref(), args),
        Command::Case(c) => case(cli.data_dir.as_deref(), c),
        Command::Rules(r) => rules(cli.data_dir.as_deref(), r),
        Command::User(u) => user(cli.data_dir.as_deref(), u),
        Command::Db(DbCommand::Check) => db_check(cli.data_dir.as_deref()),
        Command::Print(args) => print(cli.data_dir.as_deref(), args),
        Command::Sync(c) => sync(cli.data_dir.as_deref(), c),
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
    let mut st = open(data_dir)?;
    let office = Office {
        id: uuid::Uuid::now_v7().to_string(),
        code: a.office_code,
        kind,
        name: a.office_name.trim().to_string(),
        number: a.office_number.trim().to_string(),
        address: a.office_address.trim().to_string(),
        phone: a.office_phone.trim().to_string(),
    };
    let admin = NewUser {
        login: a.admin_login.trim().to_string(),
        full_name: a.admin_name.trim().to_string(),
        role: crate::domain::access::Role::Administrator,
        password,
    };
    st.init(&office, &admin, Utc::now().naive_utc())
        .map_err(store_fail)?;
    println!(
        "{}",
        t!(
            "cli-init-done",
            code = office.code,
            name = office.name.as_str(),
            login = admin.login.as_str(),
            path = st.path().display().to_string()
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Parses an intake, naming the field of any JSON error.
pub fn parse_intake_json(text: &str) -> Result<Intake, (String, String)> {
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        (
            if path == "." {
                "(document)".to_string()
            } else {
                path
            },
            e.inner().to_string(),
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
        } => {
            let text = std::fs::read_to_string(&file).map_err(|e| {
                fail(
                    BAD_INPUT,
                    t!(
                        "cli-read-failed",
                        path = file.display().to_string(),
                        error = e.to_string()
                    ),
                )
            })?;
            let intake = parse_intake_json(&text).map_err(|(field, error)| {
                fail(
                    BAD_INPUT,
                    t!(
                        "cli-json-error",
                        path = file.display().to_string(),
                        field = field,
                        error = error
                    ),
                )
            })?;
            let today = today()?;
            let mut st = open(data_dir)?;
            let outcome = match (accept, refuse) {
                (true, _) => IntakeOutcome::Accept,
                (_, true) => IntakeOutcome::RefuseIncomplete,
                _ => IntakeOutcome::Open,
            };
            let rec = st
                .commit_intake(
                    &Actor::cli(),
                    &intake,
                    outcome,
                    today,
                    Utc::now().naive_utc(),
                )
                .map_err(store_fail)?;
            println!(
                "{}",
                t!(
                    "cli-case-imported",
                    number = rec.summary.number.to_string(),
                    status = rec.summary.status.localize()
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        CaseCommand::Show { number, json } => {
            let number = parse_number(&number)?;
            let today = today()?;
            let mut st = open(data_dir)?;
            let rec = st
                .view_case(&Actor::cli(), &number, today, Utc::now().naive_utc())
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
            let st = open(data_dir)?;
            let page = st.search(&query, 0, 50).map_err(store_fail)?;
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
    }
}

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
    let day = rec
        .state
        .intake
        .fee
        .as_ref()
        .map(|f| f.paid_on)
        .unwrap_or(today);
    let fee = st.rules().ok().and_then(|r| {
        let p = r.profiles.iter().find(|p| p.id == rec.profile_id)?.clone();
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
        },
        "deadlines": rec.deadlines.iter().map(|d| serde_json::json!({
            "kind": d.kind,
            "due": d.due,
            "done_on": d.done_on,
            "overdue": d.is_overdue(today),
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
        let mark = if i.status == ItemStatus::Missing {
            "✗"
        } else {
            "✓"
        };
        println!(
            "  {}",
            t!(
                "cli-checklist-item",
                mark = mark,
                para = i.paragraph.as_str(),
                what = i.requirement.localize(),
                whom = subject_name(rec, i.subject, &i.subject_name),
                status = i.status.localize()
            )
        );
    }
    let (fee, day) = fee_facts(rec, st, today);
    match fee {
        Some(tenge) => println!("{}", t!("cli-fee", tenge = tenge, date = date(day))),
        None => println!("{}", t!("cli-fee-unknown", date = date(day))),
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

fn rules(data_dir: Option<&Path>, r: RulesCommand) -> Result<ExitCode, ExitCode> {
    let kind_of = |k: &str| -> Result<RuleKind, ExitCode> {
        k.parse()
            .map_err(|_| fail(BAD_INPUT, t!("cli-bad-rule-kind", kind = k)))
    };
    match r {
        RulesCommand::Import { kind, file } => {
            let kind = kind_of(&kind)?;
            let text = std::fs::read_to_string(&file).map_err(|e| {
                fail(
                    BAD_INPUT,
                    t!(
                        "cli-read-failed",
                        path = file.display().to_string(),
                        error = e.to_string()
                    ),
                )
            })?;
            let mut st = open(data_dir)?;
            let key = st
                .import_rules(&Actor::cli(), kind, &text, Utc::now().naive_utc())
                .map_err(store_fail)?;
            println!(
                "{}",
                t!("cli-rules-imported", kind = kind.as_str(), key = key)
            );
            Ok(ExitCode::SUCCESS)
        }
        RulesCommand::Show { kind } => {
            let kind = kind_of(&kind)?;
            let mut st = open(data_dir)?;
            let r = st.rules().map_err(store_fail)?;
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
    let UserCommand::Add { login, name, role } = u;
    let role = role
        .parse()
        .map_err(|_| fail(BAD_INPUT, t!("cli-bad-role", role = role.as_str())))?;
    let password = read_password()?;
    let mut st = open(data_dir)?;
    let user = NewUser {
        login: login.trim().into(),
        full_name: name.trim().into(),
        role,
        password,
    };
    st.create_user(&Actor::cli(), &user, Utc::now().naive_utc())
        .map_err(store_fail)?;
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

fn db_check(data_dir: Option<&Path>) -> Result<ExitCode, ExitCode> {
    let st = open(data_dir)?;
    let problems = st.integrity_check().map_err(store_fail)?;
    if problems.is_empty() {
        println!(
            "{}",
            t!("cli-db-ok", path = st.path().display().to_string())
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

/// The event a form stands for: its actor is the form's executor.
fn form_event(annex: Annex) -> &'static [&'static str] {
    match annex {
        Annex::A1 => &["decision_issued"],
        Annex::A1_1 => &["refused"],
        Annex::A2 => &["accepted", "refused_at_intake", "intake_opened"],
        Annex::A3 | Annex::A4 => &["accepted", "intake_opened"],
        Annex::A4_1 => &["approved"],
        Annex::A5 => &["refused_at_intake", "intake_opened"],
    }
}

fn print(data_dir: Option<&Path>, a: PrintArgs) -> Result<ExitCode, ExitCode> {
    let annex: Annex = a
        .annex
        .parse()
        .map_err(|_| fail(BAD_INPUT, t!("cli-bad-annex", annex = a.annex.as_str())))?;
    let lang: DocLang = a
        .lang
        .parse()
        .map_err(|_| fail(BAD_INPUT, t!("cli-bad-doc-lang", lang = a.lang.as_str())))?;
    let number = parse_number(&a.case)?;
    let today = today()?;
    let mut st = open(data_dir)?;
    let actor = Actor::cli();
    let now = Utc::now().naive_utc();
    let rec = st
        .view_case(&actor, &number, today, now)
        .map_err(store_fail)?;
    let office = st.self_office().map_err(store_fail)?;
    let name_of = |st: &Store, login: &str| st.user_full_name(login).ok().flatten();
    let event_actor = |names: &[&str]| {
        rec.events
            .iter()
            .rev()
            .find(|e| names.contains(&e.kind.name()))
            .map(|e| e.actor.clone())
    };
    let executor = match &a.executor {
        Some(login) => Some(name_of(&st, login).ok_or_else(|| {
            fail(
                BAD_INPUT,
                t!("store-user-not-found", login = login.as_str()),
            )
        })?),
        None => event_actor(form_event(annex)).and_then(|l| name_of(&st, &l)),
    };
    let accepted_by =
        event_actor(&["accepted", "refused_at_intake"]).and_then(|l| name_of(&st, &l));
    let input = FormInput {
        case: &rec,
        office: &office,
        executor: executor.as_deref(),
        accepted_by: accepted_by.as_deref(),
        lang,
        today,
    };
    let bytes = print::write_pdf(annex, &input, &a.output)
        .map_err(|e| fail(STORE_FAILED, t!("cli-print-failed", error = e.to_string())))?;
    let record = FormRecord {
        annex: annex.code(),
        lang: &lang.to_string(),
        copies: annex.copies(),
        sha256: &print::digest(&bytes),
        bytes: bytes.len() as u64,
    };
    st.record_form_issued(&actor, &number, &record, now)
        .map_err(store_fail)?;
    println!(
        "{}",
        t!(
            "cli-printed",
            annex = annex.code(),
            number = number.to_string(),
            path = a.output.display().to_string(),
            kb = bytes.len().div_ceil(1024),
            copies = annex.copies()
        )
    );
    let how = if a.printer {
        Some(Delivery::Printer)
    } else if a.open {
        Some(Delivery::Open)
    } else {
        None
    };
    if let Some(how) = how {
        // The PDF is written and recorded: a failed hand-over loses nothing.
        print::deliver(&a.output, how)
            .map_err(|e| fail(BAD_INPUT, t!("cli-deliver-failed", error = e.to_string())))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn sync(data_dir: Option<&Path>, c: SyncCommand) -> Result<ExitCode, ExitCode> {
    use crate::sync::{provision, SyncConfig};
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
            let text = std::fs::read_to_string(&plan).map_err(|e| {
                fail(
                    BAD_INPUT,
                    t!(
                        "cli-read-failed",
                        path = plan.display().to_string(),
                        error = e.to_string()
                    ),
                )
            })?;
            let plan = provision::Plan::parse(&text)
                .map_err(|e| fail(BAD_INPUT, t!("cli-sync-bad-plan", error = e)))?;
            if server_config.is_none() && url.is_empty() {
                return Err(fail(BAD_INPUT, t!("cli-sync-provision-nothing")));
            }
            if let Some(conf) = server_config {
                let Some(cred_path) = credentials else {
                    return Err(fail(BAD_INPUT, t!("cli-sync-credentials-needed")));
                };
                let creds = provision::generate_credentials(&plan);
                write_private(&conf, &provision::server_config(&plan, &creds))?;
                let json = serde_json::to_string_pretty(&creds).unwrap_or_default();
                write_private(&cred_path, &json)?;
                println!(
                    "{}",
                    t!(
                        "cli-sync-config-written",
                        config = conf.display().to_string(),
                        credentials = cred_path.display().to_string()
                    )
                );
            }
            if !url.is_empty() {
                let Some(password) = password else {
                    return Err(fail(BAD_INPUT, t!("cli-sync-password-needed")));
                };
                let admin = SyncConfig {
                    user,
                    password,
                    ca: ca.map(|p| p.display().to_string()).unwrap_or_default(),
                    workstation: "admin".into(),
                    ..Default::default()
                };
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .map_err(|e| fail(STORE_FAILED, e.to_string()))?;
                let done = rt
                    .block_on(provision::provision(&plan, &url, &admin))
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
            let mut st = open(data_dir)?;
            st.set_route(
                &Actor::cli(),
                sc_office,
                police_office,
                Utc::now().naive_utc(),
            )
            .map_err(store_fail)?;
            println!("{}", t!("cli-sync-route-saved"));
            Ok(ExitCode::SUCCESS)
        }
        SyncCommand::Configure {
            url,
            user,
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
            let problems = cfg.problems();
            // Each message names its setting (the URL, the workstation
            // name …) in the user's language.
            if let Some((_, p)) = problems.first() {
                return Err(fail(BAD_INPUT, crate::i18n::dynamic(p.key())));
            }
            let mut st = open(data_dir)?;
            st.set_sync_config(&Actor::cli(), &cfg, Utc::now().naive_utc())
                .map_err(store_fail)?;
            println!("{}", t!("cli-sync-configured"));
            Ok(ExitCode::SUCCESS)
        }
        SyncCommand::Status => {
            let st = open(data_dir)?;
            let counts = st.sync_counts().map_err(store_fail)?;
            let cfg = st.sync_config().map_err(store_fail)?;
            let v = serde_json::json!({
                "configured": cfg.as_ref().is_some_and(|c| c.enabled),
                "workstation": cfg.as_ref().map(|c| c.workstation.clone()),
                "counts": counts,
                "routes": st.routes().map_err(store_fail)?,
            });
            println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
            Ok(ExitCode::SUCCESS)
        }
    }
}
