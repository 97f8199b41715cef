//! The command line's arguments and commands (clap): what `--help` and
//! the manual page say.

use super::*;

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
pub(super) const AFTER_HELP: &str = "\
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
    /// At the ministry: load the office directory (codes, kinds, names,
    /// regions) from the deployment plan; the national report groups the
    /// offices by region from it (administrators; audited).
    Directory {
        #[arg(long)]
        plan: PathBuf,
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
        /// The hub-wide secret of the contact centre's status keys (hex,
        /// the `status_secret` of `sync provision`'s credentials); or
        /// EMIGRATION_STATUS_SECRET. Without it no status is published
        /// (at an office) or looked up (at the contact centre).
        #[arg(
            long = "status-secret",
            env = "EMIGRATION_STATUS_SECRET",
            hide_env_values = true,
            default_value = ""
        )]
        status_secret: String,
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
    /// state-corporation, migration-police, contact-centre (1414) or ministry.
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
    /// The contact centre's answer (operators, para 15): the status of the
    /// application NUMBER whose applicant's IIN is --iin, from the hub,
    /// in the caller's language. A wrong pair says only "not found".
    Status {
        number: String,
        #[arg(long)]
        iin: String,
        /// kk or ru.
        #[arg(long, default_value = "kk")]
        lang: String,
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
        /// clerk, officer, supervisor or administrator; at a contact centre operator or administrator.
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
