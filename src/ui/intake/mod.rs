//! The intake wizard: the Annex 2 questionnaire step by step, every field
//! checked as it is typed (the message under the field, in the interface
//! language), the para 9 checklist live beside it, the draft saved on every
//! change, and Accept (Annex 4) or Refuse to accept (Annex 5).

use super::theme::button;
use super::theme::checkbox;
use super::theme::level_color;
use crate::desk::registry::KnownPerson;
use crate::desk::types::{Draft, DraftSaved, IntakeOutcome, Office, Store, User};
use crate::desk::{self, session, Now, Who};
use crate::domain::case::{CaseNumber, Status};
use crate::domain::checklist::{self, Checklist, ItemStatus, Requirement, Subject, Via};
use crate::domain::ids::Iin;
use crate::domain::intake::*;
use crate::domain::rules::Rules;
use crate::domain::visit::Level;
use crate::domain::DocLang;
use crate::i18n::{date, Localize};
use crate::t;
use chrono::{NaiveDate, NaiveDateTime};
use iced::widget::{container, row, scrollable, text, text_input};
use iced::{Element, Length};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

mod effects;
mod fields;
mod keyboard;
mod rows;
mod update;
mod view;
mod view_family;

pub use effects::run;
use effects::*;
use fields::*;
pub use fields::{List, Lookup, F};
use view::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Applicant,
    Documents,
    Destination,
    Children,
    Relatives,
    Activity,
    Family,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Applicant,
        Step::Documents,
        Step::Destination,
        Step::Children,
        Step::Relatives,
        Step::Activity,
        Step::Family,
    ];
    pub fn label(self) -> String {
        match self {
            Step::Applicant => t!("ui-intake-step-applicant"),
            Step::Documents => t!("ui-intake-step-documents"),
            Step::Destination => t!("ui-intake-step-destination"),
            Step::Children => t!("ui-intake-step-children"),
            Step::Relatives => t!("ui-intake-step-relatives"),
            Step::Activity => t!("ui-intake-step-activity"),
            Step::Family => t!("ui-intake-step-family"),
        }
    }
}

/// The id of the breach reason's field in the confirmation.
const BREACH_REASON: &str = "intake-breach-reason";

/// The id of the Accept button.
const ACCEPT: &str = "intake-accept";

/// The id of the known facts' "Fill in" button.
pub const KNOWN_FILL: &str = "intake-known-fill";

/// The rules in force and the saved draft (questionnaire JSON, raw texts).
pub type Opening = (Arc<Rules>, Option<Draft>);

/// Seconds of quiet after the last change before the draft is saved: one
/// save per pause, not one per keystroke.
pub const SAVE_QUIET_SECS: i64 = 1;

/// What the counter shows after a commit: the case, its state, its
/// receipt (or why the receipt could not be written: the case is stored
/// and the receipt prints again from the case page), the date the
/// applicant comes back (an accepted one), and the documents missing (a
/// refused one: the applicant is told them whether or not a receipt
/// names them — a police office prints none).
#[derive(Debug, Clone)]
pub struct Done {
    pub number: CaseNumber,
    pub status: Status,
    pub receipt: Option<Result<PathBuf, String>>,
    pub come_back: Option<NaiveDate>,
    pub missing: Vec<String>,
}

#[derive(Debug, Clone)]
pub enum Msg {
    Loaded(Result<Opening, String>),
    Step(Step),
    Set(F, String),
    Add(List),
    Remove(List, usize),
    Lang(DocLang),
    OneParent(usize, bool),
    OtherWhereabouts(usize, Whereabouts),
    Relationship(usize, Relationship),
    Secrets(usize, bool),
    Military(usize, bool),
    Deceased(usize, bool),
    Representative(Option<RepresentativeRole>),
    /// Enter in a field: go on to the next one (handled by the app), or
    /// to the next step from the step's last field.
    Enter(F),
    /// Ctrl+N: a new row in the list of the step in view.
    AddRow,
    /// A choice made by its digit (the control's id): on to what is next.
    Next(String),
    /// A box ticked by Space: the keyboard on the next control.
    Advance,
    /// A paper ticked by Space: the keyboard on the next paper still
    /// missing, or on Accept (by id).
    FocusOn(String),
    /// A country or nationality picked from the suggestions: its code.
    Pick(F, String),
    /// Enter in a country or nationality field: the first suggestion is
    /// taken (when the text is not one already), then the next field.
    PickFirst(F),
    OpenFile(PathBuf),
    /// The committed case's page (the root opens it on the Cases tab).
    ShowCase(CaseNumber),
    Delivered(Result<(), String>),
    DepWhereabouts(usize, Whereabouts),
    Gateway(bool),
    Warning(bool),
    Consent(bool),
    Presented(Requirement, Subject, Option<Via>),
    /// PageDown / PageUp: the next or the previous step.
    NextStep,
    PrevStep,
    Accept,
    /// The act asked for (accept or refuse) is confirmed / not.
    Confirm,
    CancelConfirm,
    Refuse,
    New,
    Saved(Result<DraftSaved, String>),
    Committed(Result<Done, String>),
    /// The applicant already has an open case: the warning; a second
    /// press of Accept confirms a second case.
    OpenCase(String),
    /// What earlier cases know of a person whose IIN was just typed.
    Known(Whom, Result<Option<Box<KnownPerson>>, String>),
    /// Take the known facts into the empty fields (Enter) / not (Esc).
    FillKnown,
    /// Why the visit's limit was breached (asked with the confirmation).
    BreachReason(String),
    IgnoreKnown,
}

/// Whose IIN was looked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whom {
    Applicant,
    Child(usize),
}

#[derive(Debug, Clone)]
pub enum Effect {
    Load,
    OpenFile(PathBuf),
    Save {
        draft_id: String,
        generation: u64,
        intake: String,
        raw: String,
    },
    Commit {
        draft_id: String,
        intake: Box<Intake>,
        accept: bool,
        second_case: bool,
        /// Why the visit's limit was breached, when it was and no reason
        /// is recorded.
        reason: Option<String>,
    },
    /// What the earlier cases know of this IIN (`desk::registry`).
    Lookup(Whom, String),
}

/// Where the intake's decision stands.
#[derive(Debug, Clone, Default)]
pub enum Progress {
    /// The questionnaire is being filled in.
    #[default]
    Editing,
    /// Accepting (`true`) or refusing was asked for: what it will do is
    /// shown, and the clerk's confirmation awaited.
    Confirming { accept: bool },
    /// Confirmed: the case is being stored.
    Committing,
    /// Stored: the case, its receipt and the date to come back.
    Done(Done),
}

/// What the raw map keeps, by key: a field's text as typed, or for a
/// child or other parent the relatives' row made from them and the values
/// it was last given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Key {
    Text(F),
    /// The index of the relatives' row made from the entry ("-": the clerk
    /// removed it).
    RowAt(F),
    /// The row as it was made (JSON), to tell the clerk's changes apart.
    RowWas(F),
}

type Raw = BTreeMap<Key, String>;

const ROW_AT: &str = ".relative";
const ROW_WAS: &str = ".derived";

impl Key {
    fn field(self) -> F {
        match self {
            Key::Text(f) | Key::RowAt(f) | Key::RowWas(f) => f,
        }
    }

    /// The same key for the field in row `n`.
    pub(super) fn at(self, n: usize) -> Key {
        match self {
            Key::Text(f) => Key::Text(f.at(n)),
            Key::RowAt(f) => Key::RowAt(f.at(n)),
            Key::RowWas(f) => Key::RowWas(f.at(n)),
        }
    }

    pub(super) fn row(self) -> Option<(fields::List, usize)> {
        self.field()
            .row()
            .and_then(|(l, n)| Some((fields::List::of(l)?, n)))
    }

    fn parse(s: &str) -> Option<Key> {
        if let Some(f) = s.strip_suffix(ROW_AT) {
            return f.parse().ok().map(Key::RowAt);
        }
        if let Some(f) = s.strip_suffix(ROW_WAS) {
            return f.parse().ok().map(Key::RowWas);
        }
        s.parse().ok().map(Key::Text)
    }
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Key::Text(x) => write!(f, "{x}"),
            Key::RowAt(x) => write!(f, "{x}{ROW_AT}"),
            Key::RowWas(x) => write!(f, "{x}{ROW_WAS}"),
        }
    }
}

/// A draft keeps the raw map by the fields' paths.
fn raw_to_json(raw: &Raw) -> String {
    let m: BTreeMap<String, &String> = raw.iter().map(|(k, v)| (k.to_string(), v)).collect();
    serde_json::to_string(&m).unwrap_or_default()
}

/// A saved draft's raw map; a key no field has any more is dropped.
fn raw_from_json(s: &str) -> Raw {
    let m: BTreeMap<String, String> = serde_json::from_str(s).unwrap_or_default();
    m.into_iter()
        .filter_map(|(k, v)| Some((Key::parse(&k)?, v)))
        .collect()
}

/// The id of "New intake" on the result: the keyboard waits there.
pub const NEW_INTAKE: &str = "intake-new";

#[derive(Debug, Default)]
pub struct IntakeState {
    intake: Intake,
    /// Raw text of date and number fields, and the relatives' rows made
    /// from other entries.
    raw: Raw,
    /// Where the decision stands: editing, asked, committing, done.
    progress: Progress,
    step: Option<Step>,
    rules: Option<Arc<Rules>>,
    /// The clerk was told the applicant has an open case: the next Accept
    /// makes a second one.
    second_case_warned: bool,
    /// The draft's identity: committing it twice is refused.
    draft_id: String,
    /// Bumped on every change; saves of one draft never overtake.
    generation: u64,
    /// The first change not saved yet (the save waits for a pause).
    dirty_since: Option<NaiveDateTime>,
    error: Option<String>,
    /// Fields the clerk has typed in: "required" shows there, or
    /// everywhere once an accept or refuse was tried.
    touched: std::collections::BTreeSet<F>,
    show_all: bool,
    /// The field typed in last: the keyboard goes back there after the
    /// screen lock.
    last_field: Option<F>,
    /// The kind of office the intake is at (told by the root).
    office_kind: Option<crate::domain::OfficeKind>,
    /// A child's surname the program just put in (by the child's IIN):
    /// the keyboard goes there once, so that it is seen.
    surname_offered: Option<usize>,
    /// Facts found for an IIN just typed, offered to the clerk.
    known: Option<(Whom, KnownPerson)>,
    /// IINs already looked up in this intake (each one once).
    looked_up: std::collections::BTreeSet<String>,
    /// Today in the office's time zone, as of the last message (the one
    /// clock: `desk::Now`).
    today: Option<NaiveDate>,
    /// The visit being served breached a limit whose reason is not
    /// recorded: the confirmation asks for it (set by the root).
    needs_reason: bool,
    breach_reason: String,
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%d.%m.%Y").ok()
}

/// Why a typed date does not parse: written as DD.MM.YYYY but no such day
/// ("31.02.2020"), or not written so at all.
fn date_problem(s: &str) -> String {
    let parts: Vec<&str> = s.trim().split('.').collect();
    let shaped = parts.len() == 3
        && parts[0].len() <= 2
        && parts[1].len() <= 2
        && parts[2].len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    if shaped {
        t!("ui-intake-date-no-such-day", date = s.trim())
    } else {
        t!("ui-intake-date-format")
    }
}

fn with<T>(v: &mut [T], n: usize, f: impl FnOnce(&mut T)) {
    if let Some(x) = v.get_mut(n) {
        f(x);
    }
}

impl IntakeState {
    /// Accept (`Some(true)`) or refuse asked for, awaiting confirmation.
    pub fn confirming(&self) -> Option<bool> {
        match self.progress {
            Progress::Confirming { accept } => Some(accept),
            _ => None,
        }
    }

    /// The questionnaire as filled in so far.
    pub fn intake(&self) -> &Intake {
        &self.intake
    }

    /// Where the keyboard goes back to (after the screen lock): the field
    /// typed in last if it is on the step in view, else where the step
    /// waits to be filled.
    pub fn resume_field_id(&self) -> Option<String> {
        match self.last_field {
            Some(f) if fields::step_of(&f) == self.step() => Some(f.path()),
            _ => self.first_field_id(),
        }
    }

    /// The text kept as typed in a field (a date or number being typed,
    /// a name chosen from a list), if any.
    pub fn raw_text(&self, f: F) -> Option<&str> {
        self.raw.get(&Key::Text(f)).map(String::as_str)
    }

    /// What went wrong last, as shown above the questionnaire.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// Whether facts earlier cases know of an IIN just typed are offered.
    pub fn offering_known(&self) -> bool {
        self.known.is_some()
    }

    /// The case is being stored.
    pub fn busy(&self) -> bool {
        matches!(self.progress, Progress::Committing)
    }

    /// The case stored, once it is.
    pub fn done(&self) -> Option<&Done> {
        match &self.progress {
            Progress::Done(d) => Some(d),
            _ => None,
        }
    }

    /// The step shown.
    pub fn step(&self) -> Step {
        self.step.unwrap_or(Step::Applicant)
    }

    /// The field the keyboard starts in when the step opens (none on a
    /// step whose list is still empty: its "add" button comes first).
    /// A step just opened: one of children, relatives or activities with
    /// a first row ready (left empty, it goes when the step is left).
    fn opened(&mut self, now: Now) {
        let l = match self.step() {
            Step::Children => Some(List::Children),
            Step::Relatives => Some(List::Relatives),
            Step::Activity => Some(List::Activities),
            _ => None,
        };
        if let Some(l) = l.filter(|l| self.len(*l) == 0) {
            self.apply(Msg::Add(l), now);
        }
    }

    fn ensure_id(&mut self) -> String {
        if self.draft_id.is_empty() {
            self.draft_id = uuid::Uuid::now_v7().to_string();
        }
        self.draft_id.clone()
    }

    fn save(&mut self) -> Effect {
        self.dirty_since = None;
        Effect::Save {
            draft_id: self.ensure_id(),
            generation: self.generation,
            intake: serde_json::to_string(&self.intake).unwrap_or_default(),
            raw: raw_to_json(&self.raw),
        }
    }

    /// Whether a change waits to be saved.
    pub fn dirty(&self) -> bool {
        self.dirty_since.is_some()
    }

    /// The clock: a draft quiet for `SAVE_QUIET_SECS` is saved.
    pub fn tick(&mut self, now: NaiveDateTime) -> Vec<Effect> {
        match self.dirty_since {
            Some(t) if now - t >= chrono::Duration::seconds(SAVE_QUIET_SECS) => vec![self.save()],
            _ => vec![],
        }
    }

    /// Saves at once what waits (the window is closing, the clerk logs out).
    pub fn flush(&mut self) -> Vec<Effect> {
        if self.dirty() {
            vec![self.save()]
        } else {
            vec![]
        }
    }

    /// Whether every paper the checklist asks for is there (nothing for a
    /// refusal to name); unknown (no rules or office yet) counts as not.
    fn nothing_missing(&self, today: NaiveDate) -> bool {
        let Some(kind) = self.office_kind else {
            return false;
        };
        let Some(rules) = self.rules.as_ref() else {
            return false;
        };
        let Some(profile) = rules.profile_on(today) else {
            return false;
        };
        checklist::build(&self.intake, kind, today, profile, &rules.mci).is_complete()
    }

    /// The checklist of the intake as it stands, for this office, today.
    pub fn checklist(&self, office: Option<&Office>, today: NaiveDate) -> Option<Checklist> {
        let rules = self.rules.as_ref()?;
        let profile = rules.profile_on(today)?;
        Some(checklist::build(
            &self.intake,
            office?.kind,
            today,
            profile,
            &rules.mci,
        ))
    }
}

#[cfg(test)]
mod date_tests {
    /// "31.02.2020" is written right but is no day: said so, not "write
    /// DD.MM.YYYY".
    #[test]
    fn a_day_that_does_not_exist_is_named_as_such() {
        let no_such = super::date_problem("31.02.2020");
        let format = super::date_problem("2020-02-31");
        assert!(no_such.contains("31.02.2020"), "{no_such}");
        assert_ne!(no_such, format);
        assert_eq!(super::date_problem("1.2.2020x"), format);
    }

    #[test]
    fn a_saved_drafts_raw_map_reads_back_by_field() {
        use super::{raw_from_json, raw_to_json, Key, F};
        // As drafts have always kept it: by the fields' paths.
        let saved = r#"{"applicant.birth_date":"01.02.19","children[1].other_parent.relative":"3","children[0].derived":"{}","relatives[2].birth_year":"19","no.such.field":"x"}"#;
        let raw = raw_from_json(saved);
        assert_eq!(
            raw.get(&Key::Text(F::BirthDate)).map(String::as_str),
            Some("01.02.19")
        );
        assert_eq!(
            raw.get(&Key::RowAt(F::ChildOtherParent(1)))
                .map(String::as_str),
            Some("3")
        );
        assert_eq!(
            raw.get(&Key::RowWas(F::Child(0))).map(String::as_str),
            Some("{}")
        );
        assert_eq!(
            raw.get(&Key::Text(F::RelYear(2))).map(String::as_str),
            Some("19")
        );
        assert_eq!(raw.len(), 4, "a key no field has is dropped");
        assert_eq!(raw_from_json(&raw_to_json(&raw)), raw);
        assert!(!raw_to_json(&raw).contains("no.such"));
    }
}
