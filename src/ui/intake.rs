//! The intake wizard: the Annex 2 questionnaire step by step, every field
//! checked as it is typed (the message under the field, in the interface
//! language), the para 9 checklist live beside it, the draft saved on every
//! change, and Accept (Annex 4) or Refuse to accept (Annex 5).

use super::theme::button;
use super::theme::checkbox;
use super::theme::level_color;
use crate::desk::registry::KnownPerson;
use crate::desk::types::{Draft, DraftSaved, IntakeOutcome, Office, Store, StoreError, User};
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
use iced::widget::{column, container, row, scrollable, text, text_input};
use iced::{Element, Length};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

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

/// The id of the paper checkbox of the checklist's item `at`.
fn paper_id(at: usize) -> String {
    format!("intake-paper-{at}")
}

/// Where the keyboard goes through the checklist: the first paper still
/// missing, and after each item the next one missing (Accept after the
/// last).
#[derive(Debug, Default)]
struct Papers {
    first: String,
    after: BTreeMap<usize, String>,
}

fn paper_targets(list: Option<&Checklist>) -> Papers {
    let missing: Vec<usize> = list
        .map(|l| {
            l.items
                .iter()
                .enumerate()
                .filter(|(_, i)| {
                    i.requirement != Requirement::Questionnaire && i.status == ItemStatus::Missing
                })
                .map(|(at, _)| at)
                .collect()
        })
        .unwrap_or_default();
    let n = list.map(|l| l.items.len()).unwrap_or(0);
    let next = |after: Option<usize>| {
        missing
            .iter()
            .find(|m| after.is_none_or(|a| **m > a))
            .map(|m| paper_id(*m))
            .unwrap_or_else(|| ACCEPT.to_string())
    };
    Papers {
        first: next(None),
        after: (0..n).map(|at| (at, next(Some(at)))).collect(),
    }
}

/// The id of a relative's relationship choice.
fn relationship_id(n: usize) -> String {
    format!("relatives[{n}].relationship")
}

/// The start of the ids of a list's fields.
fn list_prefix(l: List) -> &'static str {
    match l {
        List::Children => "children[",
        List::Relatives => "relatives[",
        List::Activities => "activities[",
        List::Dependants => "dependants[",
    }
}

/// The id of a list's Add button.
fn add_id(l: List) -> &'static str {
    match l {
        List::Children => "intake-add-children",
        List::Relatives => "intake-add-relatives",
        List::Activities => "intake-add-activities",
        List::Dependants => "intake-add-dependants",
    }
}

/// The id of the known facts' "Fill in" button.
pub const KNOWN_FILL: &str = "intake-known-fill";

/// The applicant's fields in the form's order: the IIN first.
const APPLICANT_FIELDS: [F; 13] = [
    F::Iin,
    F::Surname,
    F::Given,
    F::Patronymic,
    F::Former,
    F::BirthDate,
    F::BirthPlace,
    F::Nationality,
    F::Residence,
    F::PostalCode,
    F::PhoneMobile,
    F::PhoneHome,
    F::PhoneWork,
];

/// The label of an applicant's field.
fn label_of(f: F) -> String {
    match f {
        F::Iin => t!("ui-f-iin"),
        F::Surname => t!("ui-f-surname"),
        F::Given => t!("ui-f-given"),
        F::Patronymic => t!("ui-f-patronymic"),
        F::Former => t!("ui-f-former"),
        F::BirthDate => t!("ui-f-birth-date"),
        F::BirthPlace => t!("ui-f-birth-place"),
        F::Nationality => t!("ui-f-nationality"),
        F::Residence => t!("ui-f-residence"),
        F::PostalCode => t!("ui-f-postal-code"),
        F::PhoneMobile => t!("ui-f-phone-mobile"),
        F::PhoneHome => t!("ui-f-phone-home"),
        _ => t!("ui-f-phone-work"),
    }
}

/// A text field of the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum F {
    Surname,
    Given,
    Patronymic,
    Former,
    BirthDate,
    BirthPlace,
    Residence,
    Iin,
    Nationality,
    PhoneMobile,
    PhoneHome,
    PhoneWork,
    PostalCode,
    PassportNo,
    PassportDate,
    IdNo,
    IdDate,
    Country,
    Address,
    FeeDate,
    FeeAmount,
    ChildSurname(usize),
    ChildGiven(usize),
    ChildPatronymic(usize),
    ChildBirth(usize),
    ChildIin(usize),
    ChildPassport(usize),
    OtherParent(usize),
    RelName(usize),
    RelYear(usize),
    RelPlace(usize),
    RelAddress(usize),
    RelWork(usize),
    RelCountry(usize),
    RelMarriage(usize),
    RelCertificate(usize),
    JobAddress(usize),
    RepName,
    RepIin,
    RepDoc,
    JobFrom(usize),
    JobTo(usize),
    JobPosition(usize),
    JobOrg(usize),
    DepName(usize),
    DepRelationship(usize),
}

impl F {
    /// The field's path in the questionnaire (the one `validate` names).
    fn path(self) -> String {
        match self {
            F::Surname => "applicant.surname".into(),
            F::Given => "applicant.given_name".into(),
            F::Patronymic => "applicant.patronymic".into(),
            F::Former => "applicant.former_names[0]".into(),
            F::BirthDate => "applicant.birth_date".into(),
            F::BirthPlace => "applicant.birth_place".into(),
            F::Residence => "applicant.residence".into(),
            F::Iin => "applicant.iin".into(),
            F::Nationality => "applicant.nationality".into(),
            F::PhoneMobile => "applicant.phones.mobile".into(),
            F::PhoneHome => "applicant.phones.home".into(),
            F::PhoneWork => "applicant.phones.work".into(),
            F::PostalCode => "applicant.postal_code".into(),
            F::PassportNo => "applicant.passport.number".into(),
            F::PassportDate => "applicant.passport.issued_on".into(),
            F::IdNo => "applicant.id_card.number".into(),
            F::IdDate => "applicant.id_card.issued_on".into(),
            F::Country => "destination_country".into(),
            F::Address => "registered_address".into(),
            F::FeeDate => "fee.paid_on".into(),
            F::FeeAmount => "fee.amount_tenge".into(),
            F::ChildSurname(i) => format!("children[{i}].surname"),
            F::ChildGiven(i) => format!("children[{i}].given_name"),
            F::ChildPatronymic(i) => format!("children[{i}].patronymic"),
            F::ChildBirth(i) => format!("children[{i}].birth_date"),
            F::ChildIin(i) => format!("children[{i}].iin"),
            F::ChildPassport(i) => format!("children[{i}].passport_no"),
            F::OtherParent(i) => format!("children[{i}].other_parent.full_name"),
            F::RelName(i) => format!("relatives[{i}].full_name"),
            F::RelYear(i) => format!("relatives[{i}].birth_year"),
            F::RelPlace(i) => format!("relatives[{i}].birth_place"),
            F::RelAddress(i) => format!("relatives[{i}].address"),
            F::RelWork(i) => format!("relatives[{i}].workplace"),
            F::RelCountry(i) => format!("relatives[{i}].country"),
            F::RelMarriage(i) => format!("relatives[{i}].marriage_place"),
            F::RelCertificate(i) => format!("relatives[{i}].death_certificate"),
            F::JobAddress(i) => format!("activities[{i}].address"),
            F::RepName => "filed_by.full_name".into(),
            F::RepIin => "filed_by.iin".into(),
            F::RepDoc => "filed_by.authority_document".into(),
            F::JobFrom(i) => format!("activities[{i}].from_year"),
            F::JobTo(i) => format!("activities[{i}].to_year"),
            F::JobPosition(i) => format!("activities[{i}].position"),
            F::JobOrg(i) => format!("activities[{i}].organisation"),
            F::DepName(i) => format!("dependants[{i}].full_name"),
            F::DepRelationship(i) => format!("dependants[{i}].relationship"),
        }
    }

    /// Fields typed as dates or numbers keep their raw text until it parses.
    /// A field chosen from a list and stored as a code.
    fn lookup(self) -> Option<Lookup> {
        match self {
            F::Country | F::RelCountry(_) => Some(Lookup::Country),
            F::Nationality => Some(Lookup::Nationality),
            _ => None,
        }
    }

    fn is_raw(self) -> bool {
        matches!(
            self,
            F::BirthDate
                | F::PassportDate
                | F::IdDate
                | F::FeeDate
                | F::FeeAmount
                | F::ChildBirth(_)
                | F::RelYear(_)
                | F::JobFrom(_)
                | F::JobTo(_)
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Children,
    Relatives,
    Activities,
    Dependants,
}

/// Where a relatives' row came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Child(usize),
    OtherParent(usize),
}

impl Source {
    fn path(self) -> String {
        match self {
            Source::Child(n) => format!("children[{n}]"),
            Source::OtherParent(n) => format!("children[{n}].other_parent"),
        }
    }
}

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

/// The lists a field may be chosen from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    Country,
    Nationality,
}

impl Lookup {
    /// The code a text names: a code itself, or a name in any language.
    pub fn resolve(self, text: &str) -> Option<String> {
        use crate::domain::places;
        let t = text.trim();
        if t.is_empty() {
            return None;
        }
        let low = t.to_lowercase();
        match self {
            Lookup::Country => places::country(t)
                .or_else(|| {
                    places::countries().iter().find(|c| {
                        [&c.kk, &c.ru, &c.en]
                            .iter()
                            .any(|n| n.to_lowercase() == low)
                    })
                })
                .map(|c| c.code.clone()),
            Lookup::Nationality => places::nationality(t)
                .or_else(|| {
                    places::nationalities().iter().find(|n| {
                        [&n.kk, &n.ru, &n.ru_f, &n.en]
                            .iter()
                            .any(|x| x.to_lowercase() == low)
                    })
                })
                .map(|n| n.key.clone()),
        }
    }

    /// The entries whose name in any language contains the text: (code,
    /// name in the interface language), best first.
    pub fn matches(self, text: &str) -> Vec<(String, String)> {
        use crate::domain::places;
        let q = text.trim().to_lowercase();
        if q.is_empty() {
            return vec![];
        }
        let mut out: Vec<(bool, String, String)> = match self {
            Lookup::Country => places::countries()
                .iter()
                .filter_map(|c| {
                    let names = [&c.kk, &c.ru, &c.en];
                    let starts = names.iter().any(|n| n.to_lowercase().starts_with(&q));
                    let hit = starts
                        || c.code.to_lowercase() == q
                        || names.iter().any(|n| n.to_lowercase().contains(&q));
                    hit.then(|| (!starts, c.code.clone(), crate::i18n::country_label(&c.code)))
                })
                .collect(),
            Lookup::Nationality => places::nationalities()
                .iter()
                .filter_map(|n| {
                    let names = [&n.kk, &n.ru, &n.ru_f, &n.en];
                    let starts = names.iter().any(|x| x.to_lowercase().starts_with(&q));
                    let hit = starts || names.iter().any(|x| x.to_lowercase().contains(&q));
                    hit.then(|| {
                        (
                            !starts,
                            n.key.clone(),
                            crate::i18n::nationality_label(&n.key),
                        )
                    })
                })
                .collect(),
        };
        // Names that start with the text first; then countries by name,
        // nationalities in the census order (the most frequent first).
        match self {
            Lookup::Country => out.sort_by(|a, b| (a.0, &a.2).cmp(&(b.0, &b.2))),
            Lookup::Nationality => out.sort_by_key(|m| m.0),
        }
        out.into_iter()
            .map(|(_, code, name)| (code, name))
            .collect()
    }
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

#[derive(Debug, Default)]
pub struct IntakeState {
    pub intake: Intake,
    /// Raw text of date and number fields, by path.
    pub raw: BTreeMap<String, String>,
    /// Accept (true) or refuse (false) asked for, awaiting confirmation.
    pub confirming: Option<bool>,
    pub step: Option<Step>,
    pub rules: Option<Arc<Rules>>,
    pub busy: bool,
    /// The clerk was told the applicant has an open case: the next Accept
    /// makes a second one.
    pub second_case_warned: bool,
    pub done: Option<Done>,
    /// The draft's identity: committing it twice is refused.
    pub draft_id: String,
    /// Bumped on every change; saves of one draft never overtake.
    pub generation: u64,
    /// The first change not saved yet (the save waits for a pause).
    pub dirty_since: Option<NaiveDateTime>,
    pub error: Option<String>,
    /// Fields the clerk has typed in: "required" shows there, or
    /// everywhere once an accept or refuse was tried.
    pub touched: std::collections::BTreeSet<String>,
    pub show_all: bool,
    /// Facts found for an IIN just typed, offered to the clerk.
    pub known: Option<(Whom, KnownPerson)>,
    /// IINs already looked up in this intake (each one once).
    pub looked_up: std::collections::BTreeSet<String>,
    /// Today in the office's time zone, as of the last message (the one
    /// clock: `desk::Now`).
    pub today: Option<NaiveDate>,
    /// The visit being served breached a limit whose reason is not
    /// recorded: the confirmation asks for it (set by the root).
    pub needs_reason: bool,
    pub breach_reason: String,
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

impl IntakeState {
    fn step(&self) -> Step {
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

    /// The first field of a list's last row.
    fn row_first(&self, l: List) -> Option<F> {
        let last = self.len(l).checked_sub(1)?;
        Some(match l {
            List::Children => F::ChildIin(last),
            List::Relatives => F::RelName(last),
            List::Activities => F::JobFrom(last),
            List::Dependants => F::DepName(last),
        })
    }

    fn len(&self, l: List) -> usize {
        match l {
            List::Children => self.intake.children.len(),
            List::Relatives => self.intake.relatives.len(),
            List::Activities => self.intake.activities.len(),
            List::Dependants => self.intake.dependants.len(),
        }
    }

    /// Whether row `n` of a list holds nothing the clerk typed (a child's
    /// surname is the one put there for them).
    fn row_empty(&self, l: List, n: usize) -> bool {
        let i = &self.intake;
        match l {
            List::Children => i.children.get(n).is_some_and(|c| {
                // The other parent may be the one the row took from the
                // child before.
                let before = n.checked_sub(1).and_then(|p| i.children.get(p));
                c.iin.trim().is_empty()
                    && c.given_name.trim().is_empty()
                    && c.patronymic.trim().is_empty()
                    && c.passport_no.trim().is_empty()
                    && c.birth_date.is_none()
                    && (c
                        .other_parent
                        .as_ref()
                        .is_none_or(|o| o.full_name.trim().is_empty())
                        || before.is_some_and(|b| b.other_parent == c.other_parent))
            }),
            List::Relatives => i.relatives.get(n).is_some_and(|r| {
                r.full_name.trim().is_empty()
                    && r.relationship.is_none()
                    && r.birth_year.is_none()
                    && r.birth_place.trim().is_empty()
                    && r.country.trim().is_empty()
                    && r.address.trim().is_empty()
                    && r.workplace.trim().is_empty()
                    && r.marriage_place.trim().is_empty()
                    && !r.deceased
            }),
            List::Activities => i.activities.get(n).is_some_and(|a| {
                a.from_year == 0
                    && a.to_year.is_none()
                    && a.position.trim().is_empty()
                    && a.organisation.trim().is_empty()
                    && a.address.trim().is_empty()
                    && !a.military
                    && !a.secrets_access
            }),
            List::Dependants => i
                .dependants
                .get(n)
                .is_some_and(|d| d.full_name.trim().is_empty() && d.relationship.trim().is_empty()),
        }
    }

    /// Rows left empty at the end of the lists go (a row the keyboard
    /// opened and the clerk did not use).
    fn drop_empty_rows(&mut self, now: Now) {
        for l in [
            List::Children,
            List::Relatives,
            List::Activities,
            List::Dependants,
        ] {
            while let Some(last) = self.len(l).checked_sub(1) {
                if !self.row_empty(l, last) {
                    break;
                }
                self.apply(Msg::Remove(l, last), now);
            }
        }
    }

    /// What the keyboard stops at in the step in view, in the form's
    /// order, each with whether it still waits to be filled: the text
    /// fields, and a relative's relationship until it is chosen.
    fn stops(&self) -> Vec<(String, bool)> {
        let i = &self.intake;
        let empty = |f: F| (f.path(), self.text_of(f).trim().is_empty());
        let mut v = Vec::new();
        match self.step() {
            Step::Applicant => v.extend(APPLICANT_FIELDS.into_iter().map(empty)),
            Step::Documents => v.extend(
                [F::PassportNo, F::PassportDate, F::IdNo, F::IdDate]
                    .into_iter()
                    .map(empty),
            ),
            Step::Destination => v.extend([F::Country, F::Address].into_iter().map(empty)),
            Step::Children => {
                for (n, c) in i.children.iter().enumerate() {
                    v.extend(
                        IntakeState::fields_of(Whom::Child(n))
                            .into_iter()
                            .map(empty),
                    );
                    if c.leaves_with == LeavesWith::OneParent {
                        v.push(empty(F::OtherParent(n)));
                    }
                }
            }
            Step::Relatives => {
                for (n, r) in i.relatives.iter().enumerate() {
                    v.push(empty(F::RelName(n)));
                    v.push((relationship_id(n), r.relationship.is_none()));
                    v.extend(
                        [
                            F::RelYear(n),
                            F::RelPlace(n),
                            F::RelCountry(n),
                            F::RelAddress(n),
                        ]
                        .into_iter()
                        .map(empty),
                    );
                    // A child under 16 has no workplace; only a spouse a
                    // place of marriage (the fields stay there for Tab).
                    let minor = match (r.birth_year, self.today) {
                        (Some(y), Some(t)) => chrono::Datelike::year(&t) - y < 16,
                        _ => false,
                    };
                    if !minor {
                        v.push(empty(F::RelWork(n)));
                    }
                    if matches!(
                        r.relationship,
                        None | Some(Relationship::Spouse | Relationship::FormerSpouse)
                    ) {
                        v.push(empty(F::RelMarriage(n)));
                    }
                    if r.deceased {
                        v.push(empty(F::RelCertificate(n)));
                    }
                }
            }
            Step::Activity => {
                for n in 0..i.activities.len() {
                    v.extend(
                        [
                            F::JobFrom(n),
                            F::JobTo(n),
                            F::JobPosition(n),
                            F::JobOrg(n),
                            F::JobAddress(n),
                        ]
                        .into_iter()
                        .map(empty),
                    );
                }
            }
            Step::Family => {
                for n in 0..i.dependants.len() {
                    v.push(empty(F::DepName(n)));
                }
                v.extend([F::FeeDate, F::FeeAmount].into_iter().map(empty));
            }
        }
        v
    }

    /// The next stop after `id` still waiting to be filled (what was filled
    /// for the clerk, from an IIN or another row, is passed over).
    fn next_stop(&self, id: &str) -> Option<String> {
        let stops = self.stops();
        let at = stops.iter().position(|(s, _)| s == id)?;
        stops
            .into_iter()
            .skip(at + 1)
            .find(|(_, empty)| *empty)
            .map(|(s, _)| s)
    }

    /// The fields of a person, in the order the form shows them.
    fn fields_of(whom: Whom) -> Vec<F> {
        match whom {
            Whom::Applicant => APPLICANT_FIELDS.to_vec(),
            Whom::Child(n) => vec![
                F::ChildIin(n),
                F::ChildSurname(n),
                F::ChildGiven(n),
                F::ChildPatronymic(n),
                F::ChildBirth(n),
                F::ChildPassport(n),
            ],
        }
    }

    /// The first field of a person still empty.
    fn first_empty(&self, whom: Whom) -> Option<F> {
        IntakeState::fields_of(whom)
            .into_iter()
            .find(|f| self.text_of(*f).trim().is_empty())
    }

    /// The id of the field the keyboard starts in on the step in view.
    pub fn first_field_id(&self) -> Option<String> {
        // Where the work of the step starts: the first stop still waiting,
        // else its first field.
        let stops = self.stops();
        if let Some((id, _)) = stops.iter().find(|(_, empty)| *empty) {
            return Some(id.clone());
        }
        if let Some(f) = self.first_field() {
            return Some(f.path());
        }
        // A list with no rows yet: its Add button.
        let l = match self.step() {
            Step::Children => List::Children,
            Step::Relatives => List::Relatives,
            Step::Activity => List::Activities,
            Step::Family => List::Dependants,
            _ => return None,
        };
        Some(add_id(l).to_string())
    }

    fn first_field(&self) -> Option<F> {
        let i = &self.intake;
        match self.step() {
            Step::Applicant => Some(F::Iin),
            Step::Documents => Some(F::PassportNo),
            Step::Destination => Some(F::Country),
            Step::Children => (!i.children.is_empty()).then_some(F::ChildIin(0)),
            Step::Relatives => (!i.relatives.is_empty()).then_some(F::RelName(0)),
            Step::Activity => (!i.activities.is_empty()).then_some(F::JobFrom(0)),
            Step::Family => (!i.dependants.is_empty()).then_some(F::DepName(0)),
        }
    }

    fn raw(&self, f: F) -> String {
        self.raw.get(&f.path()).cloned().unwrap_or_default()
    }

    /// The code stored for a country or nationality field.
    fn code_of(&self, f: F) -> String {
        let i = &self.intake;
        match f {
            F::Country => i.destination_country.clone(),
            F::Nationality => i.applicant.nationality.clone(),
            F::RelCountry(n) => i
                .relatives
                .get(n)
                .map(|r| r.country.clone())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// What a country or nationality field shows: what the clerk is
    /// typing, or the stored code's name in the interface language.
    fn lookup_text(&self, f: F, lookup: Lookup) -> String {
        if let Some(typed) = self.raw.get(&f.path()) {
            return typed.clone();
        }
        let code = self.code_of(f);
        match lookup {
            Lookup::Country => crate::i18n::country_label(&code),
            Lookup::Nationality => crate::i18n::nationality_label(&code),
        }
    }

    fn text_of(&self, f: F) -> String {
        if let Some(l) = f.lookup() {
            return self.lookup_text(f, l);
        }
        if f.is_raw() {
            return self.raw(f);
        }
        let i = &self.intake;
        let a = &i.applicant;
        let s = match f {
            F::Surname => &a.surname,
            F::Given => &a.given_name,
            F::Patronymic => &a.patronymic,
            // As typed (spaces inside a name, a comma between names), or
            // the stored names when nothing was typed here.
            F::Former => {
                return self
                    .raw
                    .get(&f.path())
                    .cloned()
                    .unwrap_or_else(|| a.former_names.join(", "))
            }
            F::BirthPlace => &a.birth_place,
            F::Residence => &a.residence,
            F::Iin => &a.iin,
            F::Nationality => &a.nationality,
            F::PhoneMobile => &a.phones.mobile,
            F::PhoneHome => &a.phones.home,
            F::PhoneWork => &a.phones.work,
            F::PostalCode => &a.postal_code,
            F::PassportNo => &a.passport.number,
            F::IdNo => &a.id_card.number,
            F::Country => &i.destination_country,
            F::Address => &i.registered_address,
            F::ChildSurname(n) => {
                return i
                    .children
                    .get(n)
                    .map(|c| c.surname.clone())
                    .unwrap_or_default()
            }
            F::ChildGiven(n) => {
                return i
                    .children
                    .get(n)
                    .map(|c| c.given_name.clone())
                    .unwrap_or_default()
            }
            F::ChildPatronymic(n) => {
                return i
                    .children
                    .get(n)
                    .map(|c| c.patronymic.clone())
                    .unwrap_or_default()
            }
            F::ChildIin(n) => return i.children.get(n).map(|c| c.iin.clone()).unwrap_or_default(),
            F::ChildPassport(n) => {
                return i
                    .children
                    .get(n)
                    .map(|c| c.passport_no.clone())
                    .unwrap_or_default()
            }
            F::OtherParent(n) => {
                return i
                    .children
                    .get(n)
                    .and_then(|c| c.other_parent.as_ref())
                    .map(|o| o.full_name.clone())
                    .unwrap_or_default()
            }
            F::RelName(n) => {
                return i
                    .relatives
                    .get(n)
                    .map(|r| r.full_name.clone())
                    .unwrap_or_default()
            }
            F::RelPlace(n) => {
                return i
                    .relatives
                    .get(n)
                    .map(|r| r.birth_place.clone())
                    .unwrap_or_default()
            }
            F::RelAddress(n) => {
                return i
                    .relatives
                    .get(n)
                    .map(|r| r.address.clone())
                    .unwrap_or_default()
            }
            F::RelWork(n) => {
                return i
                    .relatives
                    .get(n)
                    .map(|r| r.workplace.clone())
                    .unwrap_or_default()
            }
            F::JobPosition(n) => {
                return i
                    .activities
                    .get(n)
                    .map(|j| j.position.clone())
                    .unwrap_or_default()
            }
            F::JobOrg(n) => {
                return i
                    .activities
                    .get(n)
                    .map(|j| j.organisation.clone())
                    .unwrap_or_default()
            }
            F::DepName(n) => {
                return i
                    .dependants
                    .get(n)
                    .map(|d| d.full_name.clone())
                    .unwrap_or_default()
            }
            F::DepRelationship(n) => {
                return i
                    .dependants
                    .get(n)
                    .map(|d| d.relationship.clone())
                    .unwrap_or_default()
            }
            F::RelCountry(n) => {
                return i
                    .relatives
                    .get(n)
                    .map(|r| r.country.clone())
                    .unwrap_or_default()
            }
            F::RelMarriage(n) => {
                return i
                    .relatives
                    .get(n)
                    .map(|r| r.marriage_place.clone())
                    .unwrap_or_default()
            }
            F::RelCertificate(n) => {
                return i
                    .relatives
                    .get(n)
                    .map(|r| r.death_certificate.clone())
                    .unwrap_or_default()
            }
            F::JobAddress(n) => {
                return i
                    .activities
                    .get(n)
                    .map(|j| j.address.clone())
                    .unwrap_or_default()
            }
            F::RepName | F::RepIin | F::RepDoc => {
                return match &i.filed_by {
                    FiledBy::Representative {
                        full_name,
                        iin,
                        authority_document,
                        ..
                    } => match f {
                        F::RepName => full_name.clone(),
                        F::RepIin => iin.clone(),
                        _ => authority_document.clone(),
                    },
                    FiledBy::Applicant => String::new(),
                }
            }
            _ => return String::new(),
        };
        s.clone()
    }

    fn set(&mut self, f: F, v: String) {
        if f.is_raw() {
            self.raw.insert(f.path(), v.clone());
        }
        // A country or nationality is stored as its code once the text
        // names one (in any language); until then as typed, which the
        // questionnaire's check marks "choose from the list".
        let v = match f.lookup() {
            Some(l) => {
                self.raw.insert(f.path(), v.clone());
                l.resolve(&v).unwrap_or_else(|| v.trim().to_string())
            }
            None => v,
        };
        let i = &mut self.intake;
        let a = &mut i.applicant;
        match f {
            F::Surname => a.surname = v,
            F::Given => a.given_name = v,
            F::Patronymic => a.patronymic = v,
            F::Former => {
                self.raw.insert(F::Former.path(), v.clone());
                let a = &mut self.intake.applicant;
                a.former_names = v
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            }
            F::BirthDate => a.birth_date = parse_date(&v),
            F::BirthPlace => a.birth_place = v,
            F::Residence => {
                // The registered address follows the residence until the
                // clerk types another one (it is usually the same).
                let follows = i.registered_address.is_empty()
                    || i.registered_address == i.applicant.residence;
                if follows {
                    i.registered_address = v.clone();
                }
                i.applicant.residence = v;
            }
            F::Iin => {
                // The date of birth comes from the IIN while the clerk has
                // not typed one (a mismatch later is only a warning).
                if let Ok(iin) = Iin::parse(&v) {
                    if let [born] = iin.facts().birth_dates.as_slice() {
                        if a.birth_date.is_none() {
                            a.birth_date = Some(*born);
                            self.raw.insert(F::BirthDate.path(), date(*born));
                        }
                    }
                }
                self.intake.applicant.iin = crate::domain::intake::canonical_iin(&v);
            }
            F::Nationality => a.nationality = v,
            F::PhoneMobile => a.phones.mobile = v,
            F::PhoneHome => a.phones.home = v,
            F::PhoneWork => a.phones.work = v,
            F::PostalCode => a.postal_code = v,
            F::PassportNo => a.passport.number = v,
            F::PassportDate => a.passport.issued_on = parse_date(&v),
            F::IdNo => a.id_card.number = v,
            F::IdDate => a.id_card.issued_on = parse_date(&v),
            F::Country => i.destination_country = v,
            F::Address => i.registered_address = v,
            F::FeeDate | F::FeeAmount => self.sync_fee(),
            F::ChildSurname(n) => with(&mut i.children, n, |c| c.surname = v),
            F::ChildGiven(n) => with(&mut i.children, n, |c| c.given_name = v),
            F::ChildPatronymic(n) => with(&mut i.children, n, |c| c.patronymic = v),
            F::ChildBirth(n) => with(&mut i.children, n, |c| c.birth_date = parse_date(&v)),
            F::ChildIin(n) => {
                // As for the applicant: the date of birth comes from the
                // child's IIN while none was typed.
                let born = match Iin::parse(&v) {
                    Ok(iin) => match iin.facts().birth_dates.as_slice() {
                        [born] => Some(*born),
                        _ => None,
                    },
                    Err(_) => None,
                };
                let mut filled = None;
                with(&mut i.children, n, |c| {
                    c.iin = crate::domain::intake::canonical_iin(&v);
                    if let (Some(b), None) = (born, c.birth_date) {
                        c.birth_date = Some(b);
                        filled = Some(b);
                    }
                });
                if let Some(b) = filled {
                    self.raw.insert(F::ChildBirth(n).path(), date(b));
                }
            }
            F::ChildPassport(n) => with(&mut i.children, n, |c| c.passport_no = v),
            F::OtherParent(n) => with(&mut i.children, n, |c| {
                c.other_parent
                    .get_or_insert_with(OtherParent::default)
                    .full_name = v
            }),
            F::RelName(n) => with(&mut i.relatives, n, |r| r.full_name = v),
            F::RelYear(n) => with(&mut i.relatives, n, |r| {
                r.birth_year = v.trim().parse().ok()
            }),
            F::RelPlace(n) => with(&mut i.relatives, n, |r| r.birth_place = v),
            F::RelAddress(n) => with(&mut i.relatives, n, |r| r.address = v),
            F::RelWork(n) => with(&mut i.relatives, n, |r| r.workplace = v),
            F::JobFrom(n) => with(&mut i.activities, n, |j| {
                j.from_year = v.trim().parse().unwrap_or(0)
            }),
            F::JobTo(n) => with(&mut i.activities, n, |j| j.to_year = v.trim().parse().ok()),
            F::JobPosition(n) => with(&mut i.activities, n, |j| j.position = v),
            F::JobOrg(n) => with(&mut i.activities, n, |j| j.organisation = v),
            F::DepName(n) => with(&mut i.dependants, n, |d| d.full_name = v),
            F::DepRelationship(n) => with(&mut i.dependants, n, |d| d.relationship = v),
            F::RelCountry(n) => with(&mut i.relatives, n, |r| r.country = v),
            F::RelMarriage(n) => with(&mut i.relatives, n, |r| r.marriage_place = v),
            F::RelCertificate(n) => with(&mut i.relatives, n, |r| r.death_certificate = v),
            F::JobAddress(n) => with(&mut i.activities, n, |j| j.address = v),
            F::RepName | F::RepIin | F::RepDoc => {
                if let FiledBy::Representative {
                    full_name,
                    iin,
                    authority_document,
                    ..
                } = &mut i.filed_by
                {
                    match f {
                        F::RepName => *full_name = v,
                        F::RepIin => *iin = crate::domain::intake::canonical_iin(&v),
                        _ => *authority_document = v,
                    }
                }
            }
        }
    }

    /// A valid IIN typed for a person nothing else is typed of yet: ask
    /// what earlier cases know of them (once per IIN).
    fn lookup_for(&mut self, f: F) -> Option<Effect> {
        let (whom, iin, blank) = match f {
            F::Iin => {
                let a = &self.intake.applicant;
                (
                    Whom::Applicant,
                    a.iin.clone(),
                    a.surname.trim().is_empty() && a.given_name.trim().is_empty(),
                )
            }
            F::ChildIin(n) => {
                let c = self.intake.children.get(n)?;
                (
                    Whom::Child(n),
                    c.iin.clone(),
                    c.given_name.trim().is_empty(),
                )
            }
            _ => return None,
        };
        let iin = Iin::parse(&iin).ok()?.as_string();
        if !blank || !self.looked_up.insert(iin.clone()) {
            return None;
        }
        Some(Effect::Lookup(whom, iin))
    }

    /// The known facts into the fields still empty; nothing typed is
    /// replaced.
    fn fill_known(&mut self, whom: Whom, p: &KnownPerson) {
        fn put(to: &mut String, v: &str) {
            if to.trim().is_empty() {
                *to = v.to_string();
            }
        }
        match whom {
            Whom::Applicant => {
                let a = &mut self.intake.applicant;
                put(&mut a.surname, &p.surname);
                put(&mut a.given_name, &p.given_name);
                put(&mut a.patronymic, &p.patronymic);
                if a.former_names.is_empty() {
                    a.former_names = p.former_names.clone();
                }
                put(&mut a.birth_place, &p.birth_place);
                let pick_nationality = a.nationality.trim().is_empty() && !p.nationality.is_empty();
                put(&mut a.postal_code, &p.postal_code);
                put(&mut a.passport.number, &p.passport.number);
                put(&mut a.id_card.number, &p.id_card.number);
                put(&mut a.phones.mobile, &p.phones.mobile);
                put(&mut a.phones.home, &p.phones.home);
                put(&mut a.phones.work, &p.phones.work);
                let dates = [
                    (F::BirthDate, p.birth_date),
                    (F::PassportDate, p.passport.issued_on),
                    (F::IdDate, p.id_card.issued_on),
                ];
                if a.residence.trim().is_empty() && !p.residence.is_empty() {
                    self.set(F::Residence, p.residence.clone());
                }
                for (f, d) in dates {
                    if let (Some(d), true) = (d, self.raw(f).trim().is_empty()) {
                        self.set(f, date(d));
                    }
                }
                if pick_nationality {
                    self.pick(F::Nationality, p.nationality.clone());
                }
            }
            Whom::Child(n) => {
                if let Some(c) = self.intake.children.get_mut(n) {
                    put(&mut c.surname, &p.surname);
                    put(&mut c.given_name, &p.given_name);
                    put(&mut c.patronymic, &p.patronymic);
                    put(&mut c.passport_no, &p.passport.number);
                }
                if let (Some(d), true) = (p.birth_date, self.raw(F::ChildBirth(n)).is_empty()) {
                    self.set(F::ChildBirth(n), date(d));
                }
                self.link(Source::Child(n));
            }
        }
    }

    /// What follows from a field just typed: a child (and the other
    /// parent) kept in the relatives' table, which the Annex 2 asks for
    /// again; the children's address with the residence.
    fn follow(&mut self, f: F) {
        match f {
            F::ChildSurname(n)
            | F::ChildGiven(n)
            | F::ChildPatronymic(n)
            | F::ChildIin(n)
            | F::ChildBirth(n) => self.link(Source::Child(n)),
            F::OtherParent(n) => self.link(Source::OtherParent(n)),
            F::Residence => {
                for n in 0..self.intake.children.len() {
                    self.link(Source::Child(n));
                }
            }
            _ => {}
        }
    }

    /// A new child: leaving with the same parent as the child before
    /// (the other parent shared, the clerk changes it if not), under the
    /// surname of the child before or the applicant's.
    fn add_child(&mut self) {
        let prev = self.intake.children.last().cloned();
        let surname = prev
            .as_ref()
            .map(|c| c.surname.clone())
            .unwrap_or_else(|| self.intake.applicant.surname.clone());
        let n = self.intake.children.len();
        let mut c = ChildGoing {
            surname,
            ..ChildGoing::default()
        };
        if let Some(p) = &prev {
            c.leaves_with = p.leaves_with;
            c.other_parent = p.other_parent.clone();
            // The same person: the same row of the relatives' table.
            for key in ["relative", "derived"] {
                let from = format!("children[{}].other_parent.{key}", n - 1);
                if let Some(v) = self.raw.get(&from).cloned() {
                    self.raw
                        .insert(format!("children[{n}].other_parent.{key}"), v);
                }
            }
        }
        self.intake.children.push(c);
    }

    /// The relatives' row a child or other parent makes, from what is
    /// typed of them (`None` until a name is).
    fn derived(&self, src: Source) -> Option<Relative> {
        match src {
            Source::Child(n) => {
                let c = self.intake.children.get(n)?;
                if c.full_name().is_empty() {
                    return None;
                }
                let sex = Iin::parse(&c.iin).ok().and_then(|i| i.facts().sex);
                Some(Relative {
                    full_name: c.full_name(),
                    relationship: sex.map(|s| match s {
                        crate::domain::ids::Sex::Male => Relationship::Son,
                        crate::domain::ids::Sex::Female => Relationship::Daughter,
                    }),
                    deceased: false,
                    death_certificate: String::new(),
                    birth_year: c.birth_date.map(|d| chrono::Datelike::year(&d)),
                    birth_place: String::new(),
                    // Lives in Kazakhstan with the applicant, until they leave.
                    country: "KZ".into(),
                    // A child going along lives with the applicant.
                    address: self.intake.applicant.residence.clone(),
                    workplace: String::new(),
                    marriage_place: String::new(),
                })
            }
            Source::OtherParent(n) => {
                let o = self.intake.children.get(n)?.other_parent.as_ref()?;
                if o.full_name.trim().is_empty() {
                    return None;
                }
                Some(Relative {
                    full_name: o.full_name.trim().to_string(),
                    // Spouse or former spouse: the clerk chooses.
                    relationship: None,
                    deceased: o.whereabouts == Whereabouts::Deceased,
                    death_certificate: String::new(),
                    birth_year: None,
                    birth_place: String::new(),
                    country: match o.whereabouts {
                        Whereabouts::InKazakhstan => "KZ".into(),
                        _ => String::new(),
                    },
                    address: String::new(),
                    workplace: String::new(),
                    marriage_place: String::new(),
                })
            }
        }
    }

    /// Keeps the relatives' row of `src` as typed there: made when the
    /// first letter of a name is, then each of its values follows while
    /// the clerk has not changed it in the relatives' table. A row the
    /// clerk removed is not made again.
    fn link(&mut self, src: Source) {
        let at_key = format!("{}.relative", src.path());
        let was_key = format!("{}.derived", src.path());
        let Some(new) = self.derived(src) else {
            return;
        };
        let was: Option<Relative> = self
            .raw
            .get(&was_key)
            .and_then(|j| serde_json::from_str(j).ok());
        let at = match self.raw.get(&at_key).map(String::as_str) {
            Some("-") => return,
            Some(k) => k.parse::<usize>().ok(),
            None => None,
        };
        let at = match at.filter(|k| *k < self.intake.relatives.len()) {
            Some(k) => k,
            None => {
                // Someone already in the table under this name is that row.
                let same = |a: &str, b: &str| {
                    a.split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase()
                        == b.split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" ")
                            .to_lowercase()
                };
                match self
                    .intake
                    .relatives
                    .iter()
                    .position(|r| same(&r.full_name, &new.full_name))
                {
                    Some(k) => k,
                    None => {
                        self.intake.relatives.push(new.clone());
                        self.intake.relatives.len() - 1
                    }
                }
            }
        };
        let r = &mut self.intake.relatives[at];
        fn blank<T: Default + PartialEq>(v: &T) -> bool {
            *v == T::default()
        }
        // A value follows into an empty cell, or over the one it put there
        // before; never over what the clerk typed in the relatives' table.
        macro_rules! follow {
            ($f:ident) => {
                if !blank(&new.$f) && (blank(&r.$f) || was.as_ref().is_some_and(|w| w.$f == r.$f)) {
                    r.$f = new.$f.clone();
                }
            };
        }
        follow!(full_name);
        follow!(relationship);
        follow!(birth_year);
        follow!(country);
        follow!(address);
        follow!(deceased);
        if let Some(y) = r.birth_year {
            self.raw.insert(F::RelYear(at).path(), y.to_string());
        }
        self.raw.insert(at_key, at.to_string());
        self.raw
            .insert(was_key, serde_json::to_string(&new).unwrap_or_default());
    }

    /// A relatives' row removed: the links to later rows move up, a link to
    /// it says "removed by the clerk".
    fn relative_removed(&mut self, n: usize) {
        for (k, v) in self.raw.iter_mut() {
            if !k.ends_with(".relative") {
                continue;
            }
            match v.parse::<usize>() {
                Ok(i) if i == n => *v = "-".into(),
                Ok(i) if i > n => *v = (i - 1).to_string(),
                _ => {}
            }
        }
    }

    /// A child removed: the relatives' row it made goes too, unless the
    /// clerk changed that row.
    fn drop_child_relative(&mut self, n: usize) {
        let src = Source::Child(n);
        let at = self
            .raw
            .get(&format!("{}.relative", src.path()))
            .and_then(|k| k.parse::<usize>().ok());
        let was: Option<Relative> = self
            .raw
            .get(&format!("{}.derived", src.path()))
            .and_then(|j| serde_json::from_str(j).ok());
        if let (Some(at), Some(was)) = (at, was) {
            if self.intake.relatives.get(at) == Some(&was) {
                self.intake.relatives.remove(at);
                self.reindex_raw(List::Relatives, at);
                self.relative_removed(at);
            }
        }
    }

    /// The fee record from its raw fields (paid when both parse).
    fn sync_fee(&mut self) {
        let paid_on = parse_date(&self.raw(F::FeeDate));
        let amount = self.raw(F::FeeAmount).trim().parse::<u64>().ok();
        let channel = self
            .intake
            .fee
            .as_ref()
            .map(|f| f.channel)
            .unwrap_or(PaymentChannel::Bank);
        self.intake.fee = match (paid_on, amount) {
            (Some(paid_on), Some(amount_tenge)) => Some(FeePayment {
                paid_on,
                channel,
                amount_tenge,
            }),
            _ => None,
        };
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
            raw: serde_json::to_string(&self.raw).unwrap_or_default(),
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

    /// Handles the wizard's own message: the work it asks for, and an
    /// event for the root (Enter in a field moves on to the next one).
    pub fn update(&mut self, msg: Msg, now: Now) -> (Vec<Effect>, Option<super::Event>) {
        self.today = Some(now.today);
        // A barcode/QR scanner is a keyboard: a form's code typed into a
        // field ends in 15 or more digits and Enter. No field of the
        // questionnaire takes that many; the digits leave the field and
        // the case opens.
        if let Msg::Enter(f) | Msg::PickFirst(f) = &msg {
            let f = *f;
            let text = self.text_of(f);
            let digits: String = text
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            if digits.len() >= 15 {
                if let Ok(n) = CaseNumber::parse(&digits[..15]) {
                    let kept = text[..text.len() - digits.len()].to_string();
                    self.set(f, kept);
                    return (vec![], Some(super::Event::OpenCase(n)));
                }
            }
        }
        // Enter in a field (or a choice made by its digit): on to the next
        // thing to fill in this step.
        let entered = match &msg {
            Msg::Enter(f) | Msg::PickFirst(f) => Some(f.path()),
            Msg::Next(id) => Some(id.clone()),
            _ => None,
        };
        let msg = match msg {
            Msg::AddRow => match self.step() {
                Step::Children => Msg::Add(List::Children),
                Step::Relatives => Msg::Add(List::Relatives),
                Step::Activity => Msg::Add(List::Activities),
                Step::Family => Msg::Add(List::Dependants),
                _ => return (vec![], None),
            },
            m => m,
        };
        if let Msg::ShowCase(n) = msg {
            return (vec![], Some(super::Event::OpenCase(n)));
        }
        if let Msg::Advance = msg {
            return (vec![], Some(super::Event::FocusNext));
        }
        if let Msg::FocusOn(id) = msg {
            return (vec![], Some(super::Event::FocusField(id)));
        }
        // Committed: the visit ended with it, the queue shows that.
        let committed = matches!(msg, Msg::Committed(Ok(_)));
        // A step opened: its first field takes the keyboard.
        let stepped = matches!(msg, Msg::Step(_) | Msg::NextStep | Msg::PrevStep);
        let added = match msg {
            Msg::Add(l) => Some(l),
            _ => None,
        };
        let asked = self.confirming.is_none();
        let offered = self.known.is_none();
        let filled = match &msg {
            Msg::FillKnown => self.known.as_ref().map(|(w, _)| *w),
            _ => None,
        };
        let leaving = matches!(
            msg,
            Msg::Step(_) | Msg::NextStep | Msg::PrevStep | Msg::Accept | Msg::Refuse
        );
        if leaving && self.confirming.is_none() {
            self.drop_empty_rows(now);
        }
        let effects = self.apply(msg, now);
        if stepped {
            self.opened(now);
        }
        // Facts found for the IIN: the keyboard on "Fill in" (Enter takes
        // them, Esc does not).
        if offered && self.known.is_some() {
            return (
                effects,
                Some(super::Event::FocusField(KNOWN_FILL.to_string())),
            );
        }
        // Taken: on to the first field still empty.
        if let Some(whom) = filled {
            if let Some(f) = self.first_empty(whom) {
                return (effects, Some(super::Event::FocusField(f.path())));
            }
        }
        // A confirmation just opened: no field keeps the keyboard, so that
        // Enter confirms and Esc goes back.
        if asked && self.confirming.is_some() {
            // A breached limit's reason is typed first (Enter confirms).
            if self.needs_reason {
                return (
                    effects,
                    Some(super::Event::FocusField(BREACH_REASON.to_string())),
                );
            }
            return (effects, Some(super::Event::Confirming));
        }
        if committed {
            return (effects, Some(super::Event::QueueChanged));
        }
        if let Some(id) = entered {
            if let Some(next) = self.next_stop(&id) {
                return (effects, Some(super::Event::FocusField(next)));
            }
            let list = match self.step() {
                Step::Children => Some(List::Children),
                Step::Relatives => Some(List::Relatives),
                Step::Activity => Some(List::Activities),
                Step::Family => Some(List::Dependants),
                _ => None,
            };
            match (self.step(), list) {
                // The end of the last step: on to the checklist and Accept.
                (Step::Family, _) => return (effects, Some(super::Event::FocusNext)),
                // The last row of a list done: a new row, the keyboard in it
                // (left empty, it goes when the step is left).
                (_, Some(l)) if id.starts_with(list_prefix(l)) => {
                    let mut more = self.apply(Msg::Add(l), now);
                    let mut effects = effects;
                    effects.append(&mut more);
                    let focus = self
                        .row_first(l)
                        .map(|f| super::Event::FocusField(f.path()));
                    return (effects, focus);
                }
                (_, Some(_)) => return (effects, Some(super::Event::FocusNext)),
                // Nothing left in this step: the next one.
                (_, None) => {
                    let mut more = self.apply(Msg::NextStep, now);
                    self.opened(now);
                    let mut effects = effects;
                    effects.append(&mut more);
                    let focus = self.first_field_id().map(super::Event::FocusField);
                    return (effects, focus);
                }
            }
        }
        if stepped {
            if let Some(id) = self.first_field_id() {
                return (effects, Some(super::Event::FocusField(id)));
            }
        }
        // A row added: the keyboard in its first field.
        if let Some(l) = added {
            if let Some(f) = self.row_first(l) {
                return (effects, Some(super::Event::FocusField(f.path())));
            }
        }
        (effects, None)
    }

    fn apply(&mut self, msg: Msg, now: Now) -> Vec<Effect> {
        let today = now.today;
        let now = now.utc;
        let edited = !matches!(
            msg,
            Msg::Loaded(_)
                | Msg::Step(_)
                | Msg::NextStep
                | Msg::PrevStep
                | Msg::Saved(_)
                | Msg::Committed(_)
                | Msg::OpenCase(_)
                | Msg::Accept
                | Msg::Refuse
                | Msg::Confirm
                | Msg::CancelConfirm
                | Msg::Enter(_)
                | Msg::AddRow
                | Msg::Next(_)
                | Msg::Advance
                | Msg::FocusOn(_)
                | Msg::PickFirst(_)
                | Msg::OpenFile(_)
                | Msg::ShowCase(_)
                | Msg::Delivered(_)
                | Msg::Known(..)
                | Msg::IgnoreKnown
                | Msg::BreachReason(_)
        );
        match msg {
            Msg::Loaded(Ok((rules, draft))) => {
                self.rules = Some(rules);
                if let Some(d) = draft {
                    if let Ok(i) = serde_json::from_str(&d.intake) {
                        self.intake = i;
                    }
                    self.raw = serde_json::from_str(&d.raw).unwrap_or_default();
                    if let Some(id) = d.draft_id {
                        self.draft_id = id;
                    }
                    self.generation = d.generation;
                }
            }
            Msg::Loaded(Err(e)) | Msg::Saved(Err(e)) => self.error = Some(e),
            Msg::Saved(Ok(_))
            | Msg::Enter(_)
            | Msg::AddRow
            | Msg::Next(_)
            | Msg::Advance
            | Msg::FocusOn(_)
            | Msg::Delivered(Ok(())) => {}
            Msg::Delivered(Err(e)) => self.error = Some(e),
            Msg::OpenFile(p) => return vec![Effect::OpenFile(p)],
            // The root turns this into the Cases tab (see `update`).
            Msg::ShowCase(_) => {}
            Msg::Step(s) => self.step = Some(s),
            Msg::NextStep | Msg::PrevStep => {
                let all = Step::ALL;
                let at = all.iter().position(|s| *s == self.step()).unwrap_or(0);
                let to = if matches!(msg, Msg::NextStep) {
                    (at + 1).min(all.len() - 1)
                } else {
                    at.saturating_sub(1)
                };
                self.step = Some(all[to]);
            }
            Msg::Set(f, v) => {
                self.touched.insert(f.path());
                self.set(f, v);
                self.follow(f);
                if let Some(e) = self.lookup_for(f) {
                    return vec![e];
                }
            }
            Msg::Known(whom, Ok(Some(p))) => self.known = Some((whom, *p)),
            Msg::Known(_, Ok(None)) => {}
            Msg::Known(_, Err(e)) => self.error = Some(e),
            Msg::IgnoreKnown => self.known = None,
            Msg::FillKnown => {
                if let Some((whom, p)) = self.known.take() {
                    self.fill_known(whom, &p);
                }
            }
            Msg::Pick(f, code) => self.pick(f, code),
            Msg::PickFirst(f) => {
                if let Some(l) = f.lookup() {
                    let code = self.code_of(f);
                    if l.resolve(&code).is_none() {
                        if let Some(first) = l.matches(&self.lookup_text(f, l)).first() {
                            self.pick(f, first.0.clone());
                        }
                    }
                }
            }
            Msg::Add(l) => match l {
                List::Children => self.add_child(),
                List::Relatives => self.intake.relatives.push(Relative {
                    full_name: String::new(),
                    relationship: None,
                    deceased: false,
                    death_certificate: String::new(),
                    birth_year: None,
                    birth_place: String::new(),
                    country: String::new(),
                    address: String::new(),
                    workplace: String::new(),
                    marriage_place: String::new(),
                }),
                List::Activities => self.intake.activities.push(Activity {
                    from_year: 0,
                    to_year: None,
                    position: String::new(),
                    organisation: String::new(),
                    address: String::new(),
                    military: false,
                    secrets_access: false,
                }),
                List::Dependants => self.intake.dependants.push(Dependant::default()),
            },
            Msg::Remove(l, n) => {
                // The papers marked for a person go with that person's row.
                match l {
                    List::Children => {
                        self.drop_child_relative(n);
                        self.intake.remove_child(n)
                    }
                    List::Relatives if n < self.intake.relatives.len() => {
                        self.intake.relatives.remove(n);
                        self.relative_removed(n);
                    }
                    List::Activities if n < self.intake.activities.len() => {
                        self.intake.activities.remove(n);
                    }
                    List::Dependants => self.intake.remove_dependant(n),
                    _ => {}
                }
                // Raw texts of rows are keyed by index: they follow the rows.
                self.reindex_raw(l, n);
            }
            Msg::Lang(l) => self.intake.lang = l,
            Msg::OneParent(n, one) => with(&mut self.intake.children, n, |c| {
                c.leaves_with = if one {
                    LeavesWith::OneParent
                } else {
                    LeavesWith::BothParents
                };
                if one {
                    c.other_parent.get_or_insert_with(OtherParent::default);
                } else {
                    c.other_parent = None;
                }
            }),
            Msg::OtherWhereabouts(n, w) => with(&mut self.intake.children, n, |c| {
                c.other_parent
                    .get_or_insert_with(OtherParent::default)
                    .whereabouts = w
            }),
            Msg::Relationship(n, r) => {
                with(&mut self.intake.relatives, n, |x| x.relationship = Some(r))
            }
            Msg::Secrets(n, s) => with(&mut self.intake.activities, n, |j| j.secrets_access = s),
            Msg::Military(n, m) => with(&mut self.intake.activities, n, |j| j.military = m),
            Msg::Deceased(n, d) => with(&mut self.intake.relatives, n, |r| r.deceased = d),
            Msg::Representative(role) => {
                self.intake.filed_by = match (role, std::mem::take(&mut self.intake.filed_by)) {
                    (None, _) => FiledBy::Applicant,
                    (
                        Some(role),
                        FiledBy::Representative {
                            full_name,
                            iin,
                            authority_document,
                            ..
                        },
                    ) => FiledBy::Representative {
                        role,
                        full_name,
                        iin,
                        authority_document,
                    },
                    (Some(role), FiledBy::Applicant) => FiledBy::Representative {
                        role,
                        full_name: String::new(),
                        iin: String::new(),
                        authority_document: String::new(),
                    },
                }
            }
            Msg::DepWhereabouts(n, w) => {
                with(&mut self.intake.dependants, n, |d| d.whereabouts = w)
            }
            Msg::Gateway(g) => {
                let channel = if g {
                    PaymentChannel::PaymentGateway
                } else {
                    PaymentChannel::Bank
                };
                if let Some(f) = self.intake.fee.as_mut() {
                    f.channel = channel;
                }
            }
            Msg::Warning(on) => self.intake.false_data_warning_on = on.then_some(now.date()),
            Msg::Consent(on) => self.intake.secrets_consent_on = on.then_some(now.date()),
            Msg::Presented(req, subject, via) => {
                self.intake
                    .documents
                    .retain(|p| !(p.requirement == req && p.subject == subject));
                if let Some(via) = via {
                    self.intake.documents.push(Presented {
                        requirement: req,
                        subject,
                        via,
                    });
                }
            }
            Msg::Accept | Msg::Refuse if self.busy => {}
            Msg::Accept | Msg::Refuse if !self.intake.validate(today).is_ok() => {
                self.show_all = true
            }
            // Accepting or refusing cannot be undone: first what it will
            // do, in words, then the clerk's confirmation (Enter).
            Msg::Accept | Msg::Refuse if self.confirming.is_none() => {
                self.confirming = Some(matches!(msg, Msg::Accept));
            }
            Msg::Accept | Msg::Refuse => {}
            Msg::CancelConfirm => self.confirming = None,
            Msg::BreachReason(r) => self.breach_reason = r,
            Msg::Confirm if self.needs_reason && self.breach_reason.trim().is_empty() => {
                self.error = Some(t!("desk-incomplete-breach-reason"));
            }
            Msg::Confirm => {
                let Some(accept) = self.confirming.take() else {
                    return vec![];
                };
                // The commit carries the draft's identity: a second press,
                // a retry or a late save can never make a second case.
                self.busy = true;
                self.dirty_since = None;
                return vec![Effect::Commit {
                    draft_id: self.ensure_id(),
                    intake: Box::new(self.intake.clone()),
                    accept,
                    // Said once that the applicant has an open case: the
                    // next press is the clerk's confirmation.
                    second_case: self.second_case_warned,
                    reason: self
                        .needs_reason
                        .then(|| std::mem::take(&mut self.breach_reason)),
                }];
            }
            Msg::New => {
                *self = IntakeState {
                    rules: self.rules.clone(),
                    ..IntakeState::default()
                };
                self.ensure_id();
            }
            Msg::Committed(Ok(done)) => {
                self.busy = false;
                self.done = Some(done);
                self.error = None;
            }
            Msg::Committed(Err(e)) => {
                self.busy = false;
                self.error = Some(e);
            }
            Msg::OpenCase(warning) => {
                self.busy = false;
                self.second_case_warned = true;
                self.error = Some(warning);
            }
        }
        if edited && self.done.is_none() {
            // Saved after a pause (see `tick`), and at once when the window
            // closes: nothing typed is lost.
            self.generation += 1;
            self.dirty_since.get_or_insert(now);
        }
        vec![]
    }

    /// Takes a suggestion: the code into the questionnaire, its name into
    /// the field.
    fn pick(&mut self, f: F, code: String) {
        let Some(l) = f.lookup() else { return };
        self.touched.insert(f.path());
        self.set(f, code.clone());
        let name = match l {
            Lookup::Country => crate::i18n::country_label(&code),
            Lookup::Nationality => crate::i18n::nationality_label(&code),
        };
        self.raw.insert(f.path(), name);
    }

    fn reindex_raw(&mut self, l: List, removed: usize) {
        let prefix = match l {
            List::Children => "children[",
            List::Relatives => "relatives[",
            List::Activities => "activities[",
            List::Dependants => "dependants[",
        };
        let old = std::mem::take(&mut self.raw);
        for (k, v) in old {
            let Some(rest) = k.strip_prefix(prefix) else {
                self.raw.insert(k, v);
                continue;
            };
            let Some((idx, tail)) = rest.split_once(']') else {
                continue;
            };
            let Ok(idx) = idx.parse::<usize>() else {
                continue;
            };
            if idx == removed {
                continue;
            }
            let idx = if idx > removed { idx - 1 } else { idx };
            self.raw.insert(format!("{prefix}{idx}]{tail}"), v);
        }
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

    pub fn view(&self, office: Option<&Office>, today: NaiveDate) -> Element<'_, Msg> {
        if let Some(Done {
            number,
            status,
            receipt,
            come_back,
            missing,
        }) = &self.done
        {
            let mut head = column![text(t!(
                "ui-intake-done",
                number = number.to_string(),
                status = status.localize()
            ))
            .size(crate::ui::theme::TITLE)]
            .spacing(6);
            // What to tell the applicant at the counter: when to come back.
            if let Some(d) = come_back {
                head = head.push(
                    text(t!("ui-intake-come-back", date = date(*d))).size(super::theme::HEADING),
                );
            }
            // A refusal names what is missing.
            if !missing.is_empty() {
                head = head.push(text(t!("ui-intake-missing")).size(super::theme::HEADING));
                for (i, m) in missing.iter().enumerate() {
                    head = head.push(text(format!("{}) {m}", i + 1)));
                }
            }
            // The file could not be opened (no viewer): said here.
            if let Some(e) = &self.error {
                head = head.push(text(e.clone()).color(level_color(Level::Breach)));
            }
            let to_case = button(text(t!("ui-intake-to-case")))
                .style(button::secondary)
                .on_press(Msg::ShowCase(*number));
            return match receipt {
                None => column![
                    head,
                    row![
                        to_case,
                        button(text(t!("ui-intake-new"))).on_press(Msg::New)
                    ]
                    .spacing(super::theme::ROW_GAP)
                ],
                Some(Ok(path)) => column![
                    head,
                    text(t!("ui-case-printed", path = path.display().to_string())),
                    row![
                        button(text(t!("ui-case-open"))).on_press(Msg::OpenFile(path.clone())),
                        to_case,
                        button(text(t!("ui-intake-new"))).on_press(Msg::New),
                    ]
                    .spacing(super::theme::ROW_GAP),
                ],
                // The case is stored; only the paper is missing.
                Some(Err(e)) => column![
                    head,
                    text(t!("ui-intake-receipt-failed", error = e.as_str()))
                        .color(level_color(Level::Breach)),
                    row![
                        to_case,
                        button(text(t!("ui-intake-new"))).on_press(Msg::New)
                    ]
                    .spacing(super::theme::ROW_GAP),
                ],
            }
            .spacing(10)
            .into();
        }
        let validation = self.intake.validate(today);
        let list = self.checklist(office, today);
        let papers = paper_targets(list.as_ref());
        // Each step's tab says whether a field of it is wrong (once the
        // clerk has been there or pressed Accept).
        let wrong: std::collections::BTreeSet<Step> = validation
            .errors
            .iter()
            .filter(|e| self.show_all || self.touched.contains(&e.field))
            .map(|e| step_of(&e.field))
            .collect();
        let steps = row(Step::ALL.into_iter().map(|s| {
            let label = if wrong.contains(&s) {
                format!("{} ⚠", s.label())
            } else {
                s.label()
            };
            super::theme::tab(label, s == self.step(), Msg::Step(s))
        }))
        .spacing(4)
        .wrap();
        let form = match self.step() {
            Step::Applicant => self.applicant(&validation),
            Step::Documents => self.documents(&validation),
            Step::Destination => self.destination(&validation),
            Step::Children => self.children(&validation),
            Step::Relatives => self.relatives(&validation),
            Step::Activity => self.activities(&validation),
            Step::Family => self.family(&validation, papers.first.clone()),
        };
        // The steps above, the form and the live checklist side by side,
        // each scrolling on its own.
        let left = scrollable(form)
            .height(Length::Fill)
            .width(Length::FillPortion(3));
        let wrong_steps: Vec<Step> = Step::ALL
            .into_iter()
            .filter(|s| validation.errors.iter().any(|e| step_of(&e.field) == *s))
            .collect();
        let right = column![
            // Room for the scrollbar: no word of the list under it.
            scrollable(self.checklist_panel(list.as_ref(), today, &papers).padding(
                iced::Padding {
                    right: 16.0,
                    ..iced::Padding::ZERO
                }
            ))
            .height(Length::Fill),
            self.decision(list.as_ref(), &wrong_steps),
        ]
        .spacing(super::theme::ROW_GAP)
        .height(Length::Fill)
        .width(Length::FillPortion(2));
        let mut col = column![steps, row![left, right].spacing(16)].spacing(super::theme::ROW_GAP);
        if let Some(e) = &self.error {
            col = col.push(text(e.clone()).color(level_color(Level::Breach)));
        }
        col.into()
    }

    fn field<'a>(&'a self, label: String, f: F, v: &Validation) -> Element<'a, Msg> {
        let value = self.text_of(f);
        let path = f.path();
        // The field's id is its path in the questionnaire ("applicant.iin").
        let submit = if f.lookup().is_some() {
            Msg::PickFirst(f)
        } else {
            Msg::Enter(f)
        };
        let input = text_input("", &value)
            .id(path.clone())
            .on_input(move |s| Msg::Set(f, s))
            .on_submit(submit);
        let mut c = column![text(label).size(super::theme::LINE), input].spacing(2);
        // A searchable list: the first matches under the field while the
        // text names none (Enter takes the first).
        if let Some(l) = f.lookup() {
            let code = self.code_of(f);
            if !value.trim().is_empty() && l.resolve(&code).is_none() {
                let found = l.matches(&value);
                let mut r = row![].spacing(4);
                for (code, name) in found.into_iter().take(6) {
                    r = r.push(
                        button(text(name).size(super::theme::LINE))
                            .style(button::secondary)
                            .on_press(Msg::Pick(f, code)),
                    );
                }
                c = c.push(r.wrap());
            }
        }
        let raw_bad = f.is_raw()
            && !value.trim().is_empty()
            && match f {
                F::BirthDate | F::PassportDate | F::IdDate | F::FeeDate | F::ChildBirth(_) => {
                    parse_date(&value).is_none()
                }
                _ => value.trim().parse::<i64>().is_err(),
            };
        if raw_bad {
            let msg = if matches!(
                f,
                F::BirthDate | F::PassportDate | F::IdDate | F::FeeDate | F::ChildBirth(_)
            ) {
                date_problem(&value)
            } else {
                t!("ui-intake-number-format")
            };
            c = c.push(
                text(msg)
                    .size(crate::ui::theme::NOTE)
                    .color(level_color(Level::Breach)),
            );
        } else {
            let shown = self.show_all || self.touched.contains(&path);
            for e in v.errors.iter().filter(|e| e.field == path && shown) {
                c = c.push(
                    text(e.problem.localize())
                        .size(crate::ui::theme::NOTE)
                        .color(level_color(Level::Breach)),
                );
            }
        }
        for w in v.warnings.iter().filter(|w| w.field == path) {
            c = c.push(
                text(w.problem.localize())
                    .size(crate::ui::theme::NOTE)
                    .color(level_color(Level::Warning)),
            );
        }
        c.into()
    }

    fn applicant<'a>(&'a self, v: &Validation) -> Element<'a, Msg> {
        // The IIN first: it gives the date of birth and what earlier cases
        // know of the person.
        let mut col = column![].spacing(super::theme::LINE_GAP);
        for f in APPLICANT_FIELDS {
            col = col.push(self.field(label_of(f), f, v));
            if f == F::Iin {
                if let Some(k) = self.known_panel(Whom::Applicant) {
                    col = col.push(k);
                }
            }
        }
        col.into()
    }

    /// The facts found for an IIN, with Fill in / Ignore.
    fn known_panel(&self, whom: Whom) -> Option<Element<'_, Msg>> {
        let (w, p) = self.known.as_ref()?;
        if *w != whom {
            return None;
        }
        let name = join_name(&p.surname, &p.given_name, &p.patronymic);
        let born = p.birth_date.map(date).unwrap_or_default();
        let doc = if p.passport.number.is_empty() {
            p.id_card.number.clone()
        } else {
            p.passport.number.clone()
        };
        let body = column![
            text(t!("ui-known-title", case = p.case.to_string())).size(super::theme::BODY),
            text(t!(
                "ui-known-facts",
                name = name,
                born = born,
                document = doc
            ))
            .size(super::theme::BODY),
            row![
                button(text(t!("ui-known-fill")))
                    .id(KNOWN_FILL)
                    .on_press(Msg::FillKnown),
                button(text(t!("ui-known-ignore")))
                    .style(super::theme::button::secondary)
                    .on_press(Msg::IgnoreKnown),
            ]
            .spacing(super::theme::ROW_GAP),
        ]
        .spacing(4);
        Some(
            container(body)
                .padding(8)
                .style(container::bordered_box)
                .into(),
        )
    }

    fn documents<'a>(&'a self, v: &Validation) -> Element<'a, Msg> {
        column![
            self.field(t!("ui-f-passport-no"), F::PassportNo, v),
            self.field(t!("ui-f-passport-date"), F::PassportDate, v),
            self.field(t!("ui-f-id-no"), F::IdNo, v),
            self.field(t!("ui-f-id-date"), F::IdDate, v),
        ]
        .spacing(super::theme::LINE_GAP)
        .into()
    }

    fn destination<'a>(&'a self, v: &Validation) -> Element<'a, Msg> {
        let lang = row![
            text(t!("ui-f-doc-lang")).size(super::theme::LINE),
            super::theme::choice(vec![
                (
                    "KK".into(),
                    self.intake.lang == DocLang::Kk,
                    Msg::Lang(DocLang::Kk)
                ),
                (
                    "RU".into(),
                    self.intake.lang == DocLang::Ru,
                    Msg::Lang(DocLang::Ru)
                ),
            ]),
        ]
        .spacing(super::theme::LINE_GAP)
        .align_y(iced::Alignment::Center);
        column![
            // The forms' language first: the step ends with the address
            // (Enter there goes on).
            lang,
            self.field(t!("ui-f-country"), F::Country, v),
            self.field(t!("ui-f-address"), F::Address, v),
        ]
        .spacing(super::theme::LINE_GAP)
        .into()
    }

    fn children<'a>(&'a self, v: &Validation) -> Element<'a, Msg> {
        let mut col = column![].spacing(10);
        for (n, c) in self.intake.children.iter().enumerate() {
            let one = c.leaves_with == LeavesWith::OneParent;
            let mut card = column![
                row![
                    text(t!("ui-intake-child", n = ordinal(n))).size(crate::ui::theme::BODY),
                    button(text(t!("ui-intake-remove"))).on_press(Msg::Remove(List::Children, n))
                ]
                .spacing(super::theme::ROW_GAP),
                // The IIN first: it fills the date of birth (and what an
                // earlier case knows of the child).
                self.field(t!("ui-f-iin"), F::ChildIin(n), v),
                self.known_panel(Whom::Child(n))
                    .unwrap_or_else(|| column![].into()),
                self.field(t!("ui-f-surname"), F::ChildSurname(n), v),
                self.field(t!("ui-f-given"), F::ChildGiven(n), v),
                self.field(t!("ui-f-patronymic"), F::ChildPatronymic(n), v),
                self.field(t!("ui-f-birth-date"), F::ChildBirth(n), v),
                self.field(t!("ui-f-passport-no"), F::ChildPassport(n), v),
                checkbox(one)
                    .label(t!("ui-f-one-parent"))
                    .on_toggle(move |b| Msg::OneParent(n, b))
                    .then(Msg::Advance),
            ]
            .spacing(4);
            if one {
                card = card.push(self.field(t!("ui-f-other-parent"), F::OtherParent(n), v));
                let w = c
                    .other_parent
                    .as_ref()
                    .map(|o| o.whereabouts)
                    .unwrap_or_default();
                card = card.push(whereabouts_row(w, move |w| Msg::OtherWhereabouts(n, w)));
            }
            col = col.push(container(card).padding(8).style(container::bordered_box));
        }
        col.push(
            button(text(t!("ui-intake-add-child")))
                .id(add_id(List::Children))
                .on_press(Msg::Add(List::Children)),
        )
        .into()
    }

    fn relatives<'a>(&'a self, v: &Validation) -> Element<'a, Msg> {
        let mut col = column![].spacing(10);
        for (n, r) in self.intake.relatives.iter().enumerate() {
            let rels = super::theme::choice_in(
                [
                    Relationship::Father,
                    Relationship::Mother,
                    Relationship::Spouse,
                    Relationship::FormerSpouse,
                    Relationship::Son,
                    Relationship::Daughter,
                ]
                .into_iter()
                .map(|k| {
                    (
                        crate::i18n::dynamic(&format!("rel-{}", relationship_key(k))),
                        r.relationship == Some(k),
                        Msg::Relationship(n, k),
                    )
                })
                .collect(),
                Some(relationship_id(n)),
                Some(Msg::Next(relationship_id(n))),
            );
            let card = column![
                row![
                    text(t!("ui-intake-relative", n = ordinal(n))).size(crate::ui::theme::BODY),
                    button(text(t!("ui-intake-remove"))).on_press(Msg::Remove(List::Relatives, n))
                ]
                .spacing(super::theme::ROW_GAP),
                self.field(t!("ui-f-full-name"), F::RelName(n), v),
                rels,
                self.field(t!("ui-f-birth-year"), F::RelYear(n), v),
                self.field(t!("ui-f-birth-place"), F::RelPlace(n), v),
                self.field(t!("ui-f-rel-country"), F::RelCountry(n), v),
                self.field(t!("ui-f-rel-address"), F::RelAddress(n), v),
                self.field(t!("ui-f-workplace"), F::RelWork(n), v),
                self.field(t!("ui-f-marriage"), F::RelMarriage(n), v),
                checkbox(r.deceased)
                    .label(t!("ui-f-deceased"))
                    .on_toggle(move |b| Msg::Deceased(n, b))
                    .then(Msg::Advance),
            ]
            .spacing(4);
            let card = if r.deceased {
                card.push(self.field(t!("ui-f-certificate"), F::RelCertificate(n), v))
            } else {
                card
            };
            col = col.push(container(card).padding(8).style(container::bordered_box));
        }
        col.push(
            button(text(t!("ui-intake-add-relative")))
                .id(add_id(List::Relatives))
                .on_press(Msg::Add(List::Relatives)),
        )
        .into()
    }

    fn activities<'a>(&'a self, v: &Validation) -> Element<'a, Msg> {
        let mut col = column![].spacing(10);
        for (n, j) in self.intake.activities.iter().enumerate() {
            let card = column![
                row![
                    text(t!("ui-intake-job", n = ordinal(n))).size(crate::ui::theme::BODY),
                    button(text(t!("ui-intake-remove"))).on_press(Msg::Remove(List::Activities, n))
                ]
                .spacing(super::theme::ROW_GAP),
                self.field(t!("ui-f-from-year"), F::JobFrom(n), v),
                self.field(t!("ui-f-to-year"), F::JobTo(n), v),
                self.field(t!("ui-f-position"), F::JobPosition(n), v),
                self.field(t!("ui-f-organisation"), F::JobOrg(n), v),
                self.field(t!("ui-f-org-address"), F::JobAddress(n), v),
                checkbox(j.military)
                    .label(t!("ui-f-military"))
                    .on_toggle(move |b| Msg::Military(n, b))
                    .then(Msg::Advance),
                checkbox(j.secrets_access)
                    .label(t!("ui-f-secrets"))
                    .on_toggle(move |b| Msg::Secrets(n, b))
                    .then(Msg::Next(F::JobAddress(n).path())),
            ]
            .spacing(4);
            col = col.push(container(card).padding(8).style(container::bordered_box));
        }
        let warn = v.warnings.iter().find(|w| w.field == "activities");
        if let Some(w) = warn {
            col = col.push(
                text(w.problem.localize())
                    .size(crate::ui::theme::NOTE)
                    .color(level_color(Level::Warning)),
            );
        }
        col.push(
            button(text(t!("ui-intake-add-job")))
                .id(add_id(List::Activities))
                .on_press(Msg::Add(List::Activities)),
        )
        .into()
    }

    /// `first_paper`: where the keyboard goes after the consent (the first
    /// paper still missing, or Accept).
    fn family<'a>(&'a self, v: &Validation, first_paper: String) -> Element<'a, Msg> {
        let mut col = column![text(t!("ui-intake-dependants")).size(crate::ui::theme::BODY)]
            .spacing(super::theme::ROW_GAP);
        for (n, d) in self.intake.dependants.iter().enumerate() {
            let card = column![
                row![
                    text(t!("ui-intake-dependant", n = ordinal(n))).size(super::theme::BODY),
                    button(text(t!("ui-intake-remove"))).on_press(Msg::Remove(List::Dependants, n))
                ]
                .spacing(super::theme::ROW_GAP),
                self.field(t!("ui-f-full-name"), F::DepName(n), v),
                text(t!("ui-f-relationship")).size(super::theme::LINE),
                super::theme::choice(
                    crate::domain::intake::DEPENDANT_RELATIONSHIPS
                        .into_iter()
                        .map(|k| (
                            crate::i18n::dynamic(&format!("rel-{k}")),
                            d.relationship == k,
                            Msg::Set(F::DepRelationship(n), k.to_string()),
                        ))
                        .collect()
                ),
                whereabouts_row(d.whereabouts, move |w| Msg::DepWhereabouts(n, w)),
            ]
            .spacing(4);
            col = col.push(container(card).padding(8).style(container::bordered_box));
        }
        col = col.push(
            button(text(t!("ui-intake-add-dependant")))
                .id(add_id(List::Dependants))
                .on_press(Msg::Add(List::Dependants)),
        );
        let gateway = self
            .intake
            .fee
            .as_ref()
            .is_some_and(|f| f.channel == PaymentChannel::PaymentGateway);
        col = col.push(text(t!("ui-intake-fee")).size(crate::ui::theme::BODY));
        col = col.push(self.field(t!("ui-f-fee-date"), F::FeeDate, v));
        col = col.push(self.field(t!("ui-f-fee-amount"), F::FeeAmount, v));
        col = col.push(
            checkbox(gateway)
                .label(t!("ui-f-gateway"))
                .on_toggle(Msg::Gateway)
                .then(Msg::Advance),
        );
        col = col.push(text(t!("ui-intake-consents")).size(crate::ui::theme::BODY));
        col = col.push(
            checkbox(self.intake.false_data_warning_on.is_some())
                .label(t!("ui-f-warning"))
                .on_toggle(Msg::Warning)
                .then(Msg::Advance),
        );
        col = col.push(
            checkbox(self.intake.secrets_consent_on.is_some())
                .label(t!("ui-f-consent"))
                .on_toggle(Msg::Consent)
                .then(Msg::FocusOn(first_paper)),
        );
        // Para 9: a legal representative (parent, guardian, trustee) files
        // for a child or a legally incapable person, with the document that
        // proves the authority.
        col = col.push(text(t!("ui-intake-filed-by")).size(crate::ui::theme::BODY));
        let role = match &self.intake.filed_by {
            FiledBy::Representative { role, .. } => Some(*role),
            FiledBy::Applicant => None,
        };
        col = col.push(row![super::theme::choice(vec![
            (
                t!("ui-f-by-applicant"),
                role.is_none(),
                Msg::Representative(None)
            ),
            (
                t!("ui-f-by-parent"),
                role == Some(RepresentativeRole::Parent),
                Msg::Representative(Some(RepresentativeRole::Parent))
            ),
            (
                t!("ui-f-by-guardian"),
                role == Some(RepresentativeRole::Guardian),
                Msg::Representative(Some(RepresentativeRole::Guardian))
            ),
            (
                t!("ui-f-by-trustee"),
                role == Some(RepresentativeRole::Trustee),
                Msg::Representative(Some(RepresentativeRole::Trustee))
            ),
        ]),]);
        if role.is_some() {
            col = col.push(self.field(t!("ui-f-rep-name"), F::RepName, v));
            col = col.push(self.field(t!("ui-f-iin"), F::RepIin, v));
            col = col.push(self.field(t!("ui-f-rep-doc"), F::RepDoc, v));
        }
        col.into()
    }

    fn checklist_panel<'a>(
        &'a self,
        list: Option<&Checklist>,
        today: NaiveDate,
        papers: &Papers,
    ) -> iced::widget::Column<'a, Msg> {
        let mut col = column![text(t!("ui-intake-checklist")).size(super::theme::HEADING)]
            .spacing(super::theme::LINE_GAP);
        let Some(list) = list else {
            return col;
        };
        for (at, item) in list.items.iter().enumerate() {
            let whom = match item.subject {
                Subject::Child(n) => self
                    .intake
                    .children
                    .get(n)
                    .map(|c| c.full_name())
                    .unwrap_or_default(),
                _ => item.subject_name.clone(),
            };
            let color = if item.status == ItemStatus::Missing {
                Level::Breach
            } else {
                Level::Normal
            };
            let mut c = column![
                text(format!(
                    "[{}] {}",
                    item.paragraph,
                    item.requirement.localize()
                ))
                .size(super::theme::LINE),
                text(format!("{whom} — {}", item.status.localize()))
                    .size(crate::ui::theme::NOTE)
                    .color(level_color(color)),
            ]
            .spacing(2);
            if item.requirement != Requirement::Questionnaire {
                let (req, subject) = (item.requirement, item.subject);
                let paper =
                    self.intake.documents.iter().any(|p| {
                        p.requirement == req && p.subject == subject && p.via == Via::Paper
                    });
                let mut r = row![checkbox(paper)
                    .label(t!("ui-intake-paper"))
                    .on_toggle(move |b| { Msg::Presented(req, subject, b.then_some(Via::Paper)) })
                    .id(paper_id(at))
                    .then(Msg::FocusOn(
                        papers
                            .after
                            .get(&at)
                            .cloned()
                            .unwrap_or_else(|| ACCEPT.into())
                    ))]
                .spacing(super::theme::ROW_GAP);
                if item.alternative_allowed {
                    let alt = self.intake.documents.iter().any(|p| {
                        p.requirement == req && p.subject == subject && p.via == Via::Alternative
                    });
                    r = r.push(
                        checkbox(alt)
                            .label(t!("ui-intake-court"))
                            .on_toggle(move |b| {
                                Msg::Presented(req, subject, b.then_some(Via::Alternative))
                            }),
                    );
                }
                c = c.push(r);
            }
            col = col.push(c);
        }
        match list.fee_tenge {
            Some(fee) => {
                col = col.push(text(t!("ui-intake-fee-due", tenge = fee)).size(super::theme::BODY))
            }
            None => {
                col = col
                    .push(text(t!("cli-fee-unknown", date = date(today))).size(super::theme::BODY))
            }
        }
        if list.fee_unknown {
            let paid = crate::domain::checklist::fee_day(&self.intake, today);
            col = col.push(
                text(t!("fee-no-mci", date = date(paid)))
                    .size(super::theme::LINE)
                    .color(level_color(Level::Breach)),
            );
        }
        if list.fee_short {
            col = col.push(
                text(t!("cli-fee-short"))
                    .size(super::theme::LINE)
                    .color(level_color(Level::Breach)),
            );
        }
        col
    }

    /// Accept and Refuse (or the confirmation asked), under the checklist:
    /// always in view, however long the list.
    fn decision<'a>(
        &'a self,
        list: Option<&Checklist>,
        wrong_steps: &[Step],
    ) -> iced::widget::Column<'a, Msg> {
        let valid = wrong_steps.is_empty();
        let mut col = column![].spacing(super::theme::LINE_GAP);
        let complete = list.is_some_and(|l| l.is_complete());
        if let Some(accept) = self.confirming {
            let what = if accept {
                t!("ui-confirm-accept")
            } else {
                t!("ui-confirm-refuse-intake")
            };
            if self.needs_reason {
                col = col.push(text(t!("ui-intake-breach-reason")).size(super::theme::BODY));
                col = col.push(
                    text_input(&t!("ui-queue-breach-reason"), &self.breach_reason)
                        .id(BREACH_REASON)
                        .on_input(Msg::BreachReason)
                        .on_submit(Msg::Confirm),
                );
            }
            col = col.push(super::confirm::panel(
                what,
                Msg::Confirm,
                Msg::CancelConfirm,
            ));
        } else {
            col = col.push(
                row![
                    // Pressed while fields are still wrong, they mark them all.
                    button(text(t!("ui-intake-accept")))
                        .id(ACCEPT)
                        .on_press_maybe(
                            ((complete || !valid) && !self.busy).then_some(Msg::Accept)
                        ),
                    button(text(t!("ui-intake-refuse")))
                        .style(button::danger)
                        .on_press_maybe(
                            ((!complete || !valid) && !self.busy).then_some(Msg::Refuse)
                        ),
                ]
                .spacing(super::theme::ROW_GAP),
            );
        }
        if !valid {
            // Which steps, so that the clerk knows where to look.
            let names: Vec<String> = wrong_steps.iter().map(|s| s.label()).collect();
            col = col.push(
                text(t!("ui-intake-fix-fields-in", steps = names.join(", ")))
                    .size(crate::ui::theme::NOTE)
                    .color(level_color(Level::Warning)),
            );
        }
        col
    }
}

/// The step of the questionnaire where a field (by its path) is typed.
fn step_of(path: &str) -> Step {
    if path.starts_with("applicant.passport") || path.starts_with("applicant.id_card") {
        Step::Documents
    } else if path.starts_with("applicant.") {
        Step::Applicant
    } else if path.starts_with("destination_country") || path.starts_with("registered_address") {
        Step::Destination
    } else if path.starts_with("children[") {
        Step::Children
    } else if path.starts_with("relatives[") {
        Step::Relatives
    } else if path.starts_with("activities[") {
        Step::Activity
    } else {
        Step::Family
    }
}

fn with<T>(v: &mut [T], n: usize, f: impl FnOnce(&mut T)) {
    if let Some(x) = v.get_mut(n) {
        f(x);
    }
}

fn whereabouts_row<'a>(w: Whereabouts, msg: impl Fn(Whereabouts) -> Msg + 'a) -> Element<'a, Msg> {
    super::theme::choice(
        [
            (Whereabouts::InKazakhstan, t!("ui-where-kz")),
            (Whereabouts::Abroad, t!("ui-where-abroad")),
            (Whereabouts::Deceased, t!("ui-where-deceased")),
            (Whereabouts::Unknown, t!("ui-where-unknown")),
        ]
        .into_iter()
        .map(|(k, label)| (label, w == k, msg(k)))
        .collect(),
    )
}

pub fn run(st: &mut Store, _office: Option<&Office>, user: &User, e: Effect, now: Now) -> Msg {
    let login = user.login.clone();
    match e {
        Effect::Load => Msg::Loaded((|| {
            let rules = desk::lists::rules(st).map_err(|e| e.localize())?;
            let draft = session::load_draft(st, &login).map_err(|e| e.localize())?;
            Ok((rules, draft))
        })()),
        Effect::OpenFile(p) => Msg::Delivered(
            desk::workstation::deliver(&p, desk::types::Delivery::Open)
                .map_err(|e| t!("cli-deliver-failed", error = e.to_string())),
        ),
        Effect::Save {
            draft_id,
            generation,
            intake,
            raw,
        } => Msg::Saved(
            session::save_draft(st, &login, &draft_id, generation, &intake, &raw, now)
                .map_err(|e| e.localize()),
        ),
        Effect::Lookup(whom, iin) => {
            let who = Who::user(user);
            let Ok(iin) = Iin::parse(&iin) else {
                return Msg::Known(whom, Ok(None));
            };
            Msg::Known(
                whom,
                desk::registry::known_person(st, &who, &iin, now)
                    .map(|p| p.map(Box::new))
                    .map_err(|e| e.localize()),
            )
        }
        Effect::Commit {
            draft_id,
            intake,
            accept,
            second_case,
            reason,
        } => {
            let who = Who::user(user);
            let outcome = if accept {
                IntakeOutcome::Accept
            } else {
                IntakeOutcome::RefuseIncomplete
            };
            // The receipt goes to the window's spool (emptied at sign-out
            // and at start); the visit served ends with the intake.
            match desk::counter::commit_at_counter(
                st,
                &who,
                user,
                now,
                &draft_id,
                &intake,
                outcome,
                second_case,
                reason.as_deref(),
            ) {
                Ok(done) => {
                    let number = done.view.record.summary.number;
                    let receipt = done
                        .receipt
                        .map(|r| r.map(|p| p.path).map_err(|e| e.localize()));
                    let state = &done.view.record.state;
                    let missing = state
                        .missing_at_intake
                        .iter()
                        .map(|item| {
                            let who = item.subject_name.trim();
                            if who.is_empty() {
                                item.requirement.localize()
                            } else {
                                format!("{} — {who}", item.requirement.localize())
                            }
                        })
                        .collect();
                    Msg::Committed(Ok(Done {
                        number,
                        status: done.view.record.summary.status,
                        receipt,
                        come_back: state.come_back_on,
                        missing,
                    }))
                }
                Err(e @ desk::DeskError::Store(StoreError::OpenCaseExists(_))) => {
                    Msg::OpenCase(e.localize())
                }
                Err(e) => Msg::Committed(Err(e.localize())),
            }
        }
    }
}

/// The 1-based number of row `n`, as Fluent wants it.
fn ordinal(n: usize) -> u64 {
    n as u64 + 1
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
}
