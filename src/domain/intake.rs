//! The intake: the Annex 2 questionnaire-application in full, the family
//! situation the para 9 rules need, who files, and what was presented.
//!
//! Fields hold what the clerk typed (or what the e-gov portal handed over),
//! so a draft is never lost to a parse error; `validate` turns it into
//! field-named problems. This is also the JSON import format
//! (`docs/intake-json.md`).

use super::field::{Field, List};
use super::ids::{self, IdCardNo, Iin, NamePart, PassportNo, Phone, PostalCode};
use super::{age_on, DocLang};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Longest free-text value (addresses, places, organisations).
pub const TEXT_MAX: usize = 300;

/// No date of a questionnaire (a birth, a document, a signature) is
/// earlier than this year.
pub const EARLIEST_YEAR: i32 = 1900;

/// Characters no text of a form may carry: control characters (NUL, ESC,
/// line breaks, tabs), the line and paragraph separators (U+2028, U+2029),
/// the direction marks, overrides and isolates that make a printed line
/// read other than it is stored (U+061C, U+200E–U+200F, U+202A–U+202E,
/// U+2066–U+2069), and the invisible marks used to hide or split text
/// (soft hyphen, zero-width space and joiners, word joiner and the
/// invisible operators, variation selectors, the byte-order mark,
/// interlinear annotations and tag characters).
pub fn has_bad_characters(s: &str) -> bool {
    s.chars().any(is_bad_character)
}

fn is_bad_character(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// The most a fee receipt can show, in tenge: far above any fee the
/// standard sets (1 MCI), far below what a typing slip of extra zeros or
/// a hostile import makes of it.
pub const FEE_MAX_TENGE: u64 = 10_000_000;

/// An identity number as stored: its twelve digits once it reads as one
/// (spaces, line separators and other blanks a paste brings are dropped,
/// so one person is one number everywhere); otherwise as typed, for the
/// validation to refuse at its field.
pub fn canonical_iin(s: &str) -> String {
    match Iin::parse(s) {
        Ok(iin) => iin.as_string(),
        Err(_) => s.to_string(),
    }
}
/// Most rows of a repeated table (children, relatives, jobs, dependants).
pub const ROWS_MAX: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocRef {
    #[serde(default)]
    pub number: String,
    #[serde(default)]
    pub issued_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phones {
    #[serde(default)]
    pub home: String,
    #[serde(default)]
    pub work: String,
    #[serde(default)]
    pub mobile: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    pub surname: String,
    pub given_name: String,
    #[serde(default)]
    pub patronymic: String,
    /// "If you had another surname, name or patronymic, give them."
    #[serde(default)]
    pub former_names: Vec<String>,
    pub birth_date: Option<NaiveDate>,
    #[serde(default)]
    pub birth_place: String,
    /// Permanent residence.
    #[serde(default)]
    pub residence: String,
    #[serde(default)]
    pub postal_code: String,
    pub iin: String,
    #[serde(default)]
    pub nationality: String,
    #[serde(default)]
    pub passport: DocRef,
    #[serde(default)]
    pub id_card: DocRef,
    #[serde(default)]
    pub phones: Phones,
}

impl Applicant {
    pub fn full_name(&self) -> String {
        join_name(&self.surname, &self.given_name, &self.patronymic)
    }
}

pub fn join_name(surname: &str, given: &str, patronymic: &str) -> String {
    [surname, given, patronymic]
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeavesWith {
    /// Both parents (or both the applicant and the other parent) leave.
    #[default]
    BothParents,
    /// Para 9(5): the child leaves with one parent (guardian, trustee).
    OneParent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Whereabouts {
    #[default]
    InKazakhstan,
    Abroad,
    Deceased,
    /// No information on registration in Kazakhstan: Annex 3 request.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherParent {
    pub full_name: String,
    #[serde(default)]
    pub whereabouts: Whereabouts,
}

/// A minor child going along (Annex 2 table), with the facts para 9 needs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChildGoing {
    pub surname: String,
    pub given_name: String,
    #[serde(default)]
    pub patronymic: String,
    pub birth_date: Option<NaiveDate>,
    #[serde(default)]
    pub iin: String,
    #[serde(default)]
    pub passport_no: String,
    #[serde(default)]
    pub leaves_with: LeavesWith,
    /// Required when `leaves_with` is `one_parent`.
    #[serde(default)]
    pub other_parent: Option<OtherParent>,
}

impl ChildGoing {
    pub fn full_name(&self) -> String {
        join_name(&self.surname, &self.given_name, &self.patronymic)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    Father,
    Mother,
    Spouse,
    FormerSpouse,
    Son,
    Daughter,
}

/// The key of a relationship in the locales (`rel-<key>`) and in JSON.
pub fn relationship_key(r: Relationship) -> &'static str {
    match r {
        Relationship::Father => "father",
        Relationship::Mother => "mother",
        Relationship::Spouse => "spouse",
        Relationship::FormerSpouse => "former_spouse",
        Relationship::Son => "son",
        Relationship::Daughter => "daughter",
    }
}

/// A relationship from its key (`"spouse"`).
pub fn parse_relationship(key: &str) -> Option<Relationship> {
    [
        Relationship::Father,
        Relationship::Mother,
        Relationship::Spouse,
        Relationship::FormerSpouse,
        Relationship::Son,
        Relationship::Daughter,
    ]
    .into_iter()
    .find(|r| relationship_key(*r) == key.trim())
}

/// The relationships a dependant staying in Kazakhstan may have to the
/// applicant (the family members the Marriage and Family Code obliges to
/// support): the close relatives' list and these. Stored as keys; the
/// locales hold each as `rel-<key>`.
pub const DEPENDANT_RELATIONSHIPS: [&str; 16] = [
    "father",
    "mother",
    "spouse",
    "former_spouse",
    "son",
    "daughter",
    "grandfather",
    "grandmother",
    "grandson",
    "granddaughter",
    "brother",
    "sister",
    "stepfather",
    "stepmother",
    "stepson",
    "stepdaughter",
];

/// A close relative (Annex 2: parents, spouses including former, children).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relative {
    pub full_name: String,
    /// `None` until the clerk has chosen it (a new row is not anyone's
    /// father by default); required to accept.
    #[serde(default)]
    pub relationship: Option<Relationship>,
    #[serde(default)]
    pub deceased: bool,
    /// Death certificate number and date, when deceased.
    #[serde(default)]
    pub death_certificate: String,
    #[serde(default)]
    pub birth_year: Option<i32>,
    #[serde(default)]
    pub birth_place: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub workplace: String,
    /// Where the marriage was registered (spouses).
    #[serde(default)]
    pub marriage_place: String,
}

/// One line of "activity in the last 5 years, military service included".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub from_year: i32,
    /// `None`: until now.
    #[serde(default)]
    pub to_year: Option<i32>,
    pub position: String,
    pub organisation: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub military: bool,
    /// Access to state secrets, also at former places.
    pub secrets_access: bool,
}

/// A family member the applicant supports by law who stays in Kazakhstan.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dependant {
    pub full_name: String,
    pub relationship: String,
    #[serde(default)]
    pub whereabouts: Whereabouts,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RepresentativeRole {
    Parent,
    Guardian,
    Trustee,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum FiledBy {
    #[default]
    Applicant,
    /// Para 9: a legal representative of a child or of a legally incapable
    /// person, showing the document that proves the authority.
    Representative {
        role: RepresentativeRole,
        full_name: String,
        #[serde(default)]
        iin: String,
        authority_document: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentChannel {
    /// Through a second-tier bank: a paper copy is taken.
    Bank,
    /// Through the e-gov payment gateway: the State Corporation fetches it.
    PaymentGateway,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeePayment {
    pub paid_on: NaiveDate,
    pub channel: PaymentChannel,
    pub amount_tenge: u64,
}

pub use super::documents::{Requirement, Subject, Via};

/// A document the clerk recorded as presented (or obtained).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Presented {
    pub requirement: Requirement,
    #[serde(default)]
    pub subject: Subject,
    pub via: Via,
}

/// Everything taken at the counter for one application.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intake {
    /// The language the applicant chose for printed forms.
    #[serde(default)]
    pub lang: DocLang,
    pub applicant: Applicant,
    pub destination_country: String,
    /// The registered address to be deregistered from.
    pub registered_address: String,
    #[serde(default)]
    pub children: Vec<ChildGoing>,
    #[serde(default)]
    pub relatives: Vec<Relative>,
    #[serde(default)]
    pub activities: Vec<Activity>,
    /// Family members supported by law who stay in Kazakhstan.
    #[serde(default)]
    pub dependants: Vec<Dependant>,
    #[serde(default)]
    pub filed_by: FiledBy,
    /// Warned of liability for knowingly false data, on this date.
    #[serde(default)]
    pub false_data_warning_on: Option<NaiveDate>,
    /// Consent to the use of legally protected secrets, on this date.
    #[serde(default)]
    pub secrets_consent_on: Option<NaiveDate>,
    #[serde(default)]
    pub documents: Vec<Presented>,
    #[serde(default)]
    pub fee: Option<FeePayment>,
}

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", content = "detail", rename_all = "snake_case")]
pub enum Problem {
    Required,
    TooLong {
        max: usize,
    },
    TooMany {
        max: usize,
    },
    Iin(#[serde(serialize_with = "ser_display")] ids::IdNumberError),
    Name(#[serde(serialize_with = "ser_display")] ids::NameError),
    Document(#[serde(serialize_with = "ser_display")] ids::DocNumberError),
    Phone(#[serde(serialize_with = "ser_display")] ids::PhoneError),
    PostalCode(#[serde(serialize_with = "ser_display")] ids::PostalCodeError),
    DateInFuture,
    DateBeforeBirth,
    YearOutOfRange,
    YearsReversed,
    /// A child in the "minor children" table who is 18 or older.
    NotMinor,
    /// The other parent must be named when a child leaves with one parent.
    OtherParentMissing,
    /// Not a country of the list (an ISO 3166-1 code).
    UnknownCountry,
    /// Leaving Kazakhstan for Kazakhstan.
    DestinationIsKazakhstan,
    /// Not a nationality of the list.
    UnknownNationality,
    /// A dependant's relationship that is not one of the list.
    UnknownRelationship,
    /// Control characters, line breaks or bidi overrides in a text field.
    BadCharacters,
    /// A date before 1900.
    DateTooEarly,
    /// A child with the applicant's own identity number.
    ApplicantsOwnIin,
    /// The same identity number for two children.
    SameIinTwice,
    /// An amount past any the form can show.
    AmountTooLarge {
        max: u64,
    },
    /// A signature or a document dated before the person was born.
    SignedBeforeBirth,
    // Warnings: shown, never blocking.
    IinBirthDateDiffers,
    IinNoSuchDate,
    PassportUnusual,
    /// The activity table does not reach back five years.
    ActivityShort,
    /// A deceased relative without the death certificate details.
    DeathCertificateMissing,
}

fn ser_display<T: std::fmt::Display, S: serde::Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldIssue {
    /// The field; printed as its path in the JSON format: `children[1].iin`.
    pub field: Field,
    #[serde(flatten)]
    pub problem: Problem,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Validation {
    pub errors: Vec<FieldIssue>,
    pub warnings: Vec<FieldIssue>,
}

impl Validation {
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }
    fn err(&mut self, field: Field, problem: Problem) {
        self.errors.push(FieldIssue { field, problem });
    }
    fn warn(&mut self, field: Field, problem: Problem) {
        self.warnings.push(FieldIssue { field, problem });
    }
    fn name(&mut self, field: Field, value: &str, required: bool) {
        if value.trim().is_empty() {
            if required {
                self.err(field, Problem::Required);
            }
            return;
        }
        if has_bad_characters(value) {
            self.err(field, Problem::BadCharacters);
        } else if let Err(e) = NamePart::check(value) {
            self.err(field, Problem::Name(e));
        }
    }
    /// A full name in one field: every word a valid name part.
    fn full_name(&mut self, field: Field, value: &str, required: bool) {
        if value.trim().is_empty() {
            if required {
                self.err(field, Problem::Required);
            }
            return;
        }
        if has_bad_characters(value) {
            self.err(field, Problem::BadCharacters);
            return;
        }
        if value.chars().count() > 3 * ids::NAME_PART_MAX {
            self.err(
                field,
                Problem::TooLong {
                    max: 3 * ids::NAME_PART_MAX,
                },
            );
            return;
        }
        for word in value.split_whitespace() {
            if let Err(e) = NamePart::check(word) {
                self.err(field, Problem::Name(e));
                return;
            }
        }
    }
    /// A country: an ISO 3166-1 code of the list.
    fn country(&mut self, field: Field, value: &str, required: bool) {
        if value.trim().is_empty() {
            if required {
                self.err(field, Problem::Required);
            }
        } else if super::places::country(value).is_none() {
            self.err(field, Problem::UnknownCountry);
        }
    }

    fn text(&mut self, field: Field, value: &str, required: bool) {
        if value.trim().is_empty() {
            if required {
                self.err(field, Problem::Required);
            }
        } else if value.chars().count() > TEXT_MAX {
            self.err(field, Problem::TooLong { max: TEXT_MAX });
        } else if has_bad_characters(value) {
            self.err(field, Problem::BadCharacters);
        }
    }
    fn past_date(
        &mut self,
        field: Field,
        value: Option<NaiveDate>,
        today: NaiveDate,
        required: bool,
    ) {
        match value {
            None if required => self.err(field, Problem::Required),
            Some(d) if d > today => self.err(field, Problem::DateInFuture),
            Some(d) if d.year() < EARLIEST_YEAR => self.err(field, Problem::DateTooEarly),
            _ => {}
        }
    }
    fn rows(&mut self, list: List, n: usize) -> bool {
        if n > ROWS_MAX {
            self.err(Field::Rows(list), Problem::TooMany { max: ROWS_MAX });
            false
        } else {
            true
        }
    }
    fn phone(&mut self, field: Field, value: &str) {
        if !value.trim().is_empty() {
            if let Err(e) = Phone::parse(value) {
                self.err(field, Problem::Phone(e));
            }
        }
    }
}

impl Intake {
    /// The questionnaire with every identity number in its stored form
    /// (`canonical_iin`): what the store keeps, whichever way it came —
    /// typed, pasted or imported.
    pub fn with_canonical_ids(&self) -> Intake {
        let mut i = self.clone();
        i.applicant.iin = canonical_iin(&i.applicant.iin);
        for c in &mut i.children {
            c.iin = canonical_iin(&c.iin);
        }
        if let FiledBy::Representative { iin, .. } = &mut i.filed_by {
            *iin = canonical_iin(iin);
        }
        i
    }

    /// Removes child `n`. The papers marked for that child (and for the
    /// child's other parent) go with the row; those of later children stay
    /// with their own child, whose position moves up by one.
    pub fn remove_child(&mut self, n: usize) {
        if n >= self.children.len() {
            return;
        }
        self.children.remove(n);
        self.documents.retain_mut(|p| match &mut p.subject {
            Subject::Child(i) | Subject::OtherParentOf(i) => {
                if *i == n {
                    return false;
                }
                if *i > n {
                    *i -= 1;
                }
                true
            }
            _ => true,
        });
    }

    /// Removes dependant `n`, with the papers marked for that person.
    pub fn remove_dependant(&mut self, n: usize) {
        if n >= self.dependants.len() {
            return;
        }
        self.dependants.remove(n);
        self.documents.retain_mut(|p| match &mut p.subject {
            Subject::Dependant(i) => {
                if *i == n {
                    return false;
                }
                if *i > n {
                    *i -= 1;
                }
                true
            }
            _ => true,
        });
    }

    /// What a refusal at intake needs (Annex 5: the receipt names who was
    /// refused and which papers are missing): who the applicant is — the
    /// surname, the given name and the IIN, which the case is found and
    /// counted by — and nothing typed that cannot be kept. The rest of the
    /// questionnaire may still be unfinished: a package without its papers
    /// is refused as it stands.
    pub fn validate_refusal(&self, today: NaiveDate) -> Validation {
        let mut v = self.validate(today);
        v.errors.retain(|e| {
            matches!(
                e.field,
                Field::Surname | Field::Given | Field::Patronymic | Field::Iin
            ) || matches!(e.problem, Problem::BadCharacters | Problem::TooMany { .. })
        });
        v
    }

    /// Every field checked; `today` is the application date.
    pub fn validate(&self, today: NaiveDate) -> Validation {
        let mut v = Validation::default();
        let a = &self.applicant;
        v.name(Field::Surname, &a.surname, true);
        v.name(Field::Given, &a.given_name, true);
        v.name(Field::Patronymic, &a.patronymic, false);
        if v.rows(List::FormerNames, a.former_names.len()) {
            for (i, n) in a.former_names.iter().enumerate() {
                v.full_name(Field::Former(i), n, true);
            }
        }
        v.past_date(Field::BirthDate, a.birth_date, today, true);
        v.text(Field::BirthPlace, &a.birth_place, true);
        v.text(Field::Residence, &a.residence, true);
        if !a.postal_code.trim().is_empty() {
            if let Err(e) = PostalCode::parse(&a.postal_code) {
                v.err(Field::PostalCode, Problem::PostalCode(e));
            }
        }
        match Iin::parse(&a.iin) {
            Err(ids::IdNumberError::Empty) => v.err(Field::Iin, Problem::Required),
            Err(e) => v.err(Field::Iin, Problem::Iin(e)),
            Ok(iin) => {
                let facts = iin.facts();
                if facts.warnings.contains(&ids::IinWarning::NoSuchDate) {
                    v.warn(Field::Iin, Problem::IinNoSuchDate);
                } else if let Some(b) = a.birth_date {
                    if !facts.birth_dates.is_empty() && !facts.birth_dates.contains(&b) {
                        v.warn(Field::BirthDate, Problem::IinBirthDateDiffers);
                    }
                }
            }
        }
        if !a.nationality.trim().is_empty() && super::places::nationality(&a.nationality).is_none()
        {
            v.err(Field::Nationality, Problem::UnknownNationality);
        }
        match PassportNo::parse(&a.passport.number) {
            Err(ids::DocNumberError::Empty) => v.err(Field::PassportNo, Problem::Required),
            Err(e) => v.err(Field::PassportNo, Problem::Document(e)),
            Ok((_, false)) => v.warn(Field::PassportNo, Problem::PassportUnusual),
            Ok(_) => {}
        }
        v.past_date(Field::PassportDate, a.passport.issued_on, today, true);
        match IdCardNo::parse(&a.id_card.number) {
            Err(ids::DocNumberError::Empty) => v.err(Field::IdNo, Problem::Required),
            Err(e) => v.err(Field::IdNo, Problem::Document(e)),
            Ok(_) => {}
        }
        v.past_date(Field::IdDate, a.id_card.issued_on, today, true);
        for (d, field) in [
            (a.passport.issued_on, Field::PassportDate),
            (a.id_card.issued_on, Field::IdDate),
        ] {
            if let (Some(d), Some(b)) = (d, a.birth_date) {
                if d < b {
                    v.err(field, Problem::DateBeforeBirth);
                }
            }
        }
        v.phone(Field::PhoneHome, &a.phones.home);
        v.phone(Field::PhoneWork, &a.phones.work);
        v.phone(Field::PhoneMobile, &a.phones.mobile);

        v.country(Field::Country, &self.destination_country, true);
        if super::places::country(&self.destination_country)
            .is_some_and(|c| c.code == super::places::KAZAKHSTAN)
        {
            v.err(Field::Country, Problem::DestinationIsKazakhstan);
        }
        v.text(Field::Address, &self.registered_address, true);

        if v.rows(List::Children, self.children.len()) {
            for (i, c) in self.children.iter().enumerate() {
                v.name(Field::ChildSurname(i), &c.surname, true);
                v.name(Field::ChildGiven(i), &c.given_name, true);
                v.name(Field::ChildPatronymic(i), &c.patronymic, false);
                v.past_date(Field::ChildBirth(i), c.birth_date, today, true);
                if let Some(b) = c.birth_date {
                    if b <= today && age_on(b, today) >= 18 {
                        v.err(Field::ChildBirth(i), Problem::NotMinor);
                    }
                }
                if !c.iin.trim().is_empty() {
                    match Iin::parse(&c.iin) {
                        Err(e) => v.err(Field::ChildIin(i), Problem::Iin(e)),
                        Ok(iin) => {
                            let f = iin.facts();
                            if let Some(b) = c.birth_date {
                                if !f.birth_dates.is_empty() && !f.birth_dates.contains(&b) {
                                    v.warn(Field::ChildBirth(i), Problem::IinBirthDateDiffers);
                                }
                            }
                        }
                    }
                }
                if !c.passport_no.trim().is_empty() {
                    match PassportNo::parse(&c.passport_no) {
                        Err(e) => v.err(Field::ChildPassport(i), Problem::Document(e)),
                        Ok((_, false)) => v.warn(Field::ChildPassport(i), Problem::PassportUnusual),
                        Ok(_) => {}
                    }
                }
                match (&c.leaves_with, &c.other_parent) {
                    (LeavesWith::OneParent, None) => {
                        v.err(Field::ChildOtherParent(i), Problem::OtherParentMissing)
                    }
                    (_, Some(op)) => v.full_name(Field::OtherParent(i), &op.full_name, true),
                    _ => {}
                }
            }
        }

        if v.rows(List::Relatives, self.relatives.len()) {
            for (i, r) in self.relatives.iter().enumerate() {
                if r.relationship.is_none() {
                    v.err(Field::RelRelationship(i), Problem::Required);
                }
                v.full_name(Field::RelName(i), &r.full_name, true);
                if let Some(y) = r.birth_year {
                    if y < 1880 || y > today.year() {
                        v.err(Field::RelYear(i), Problem::YearOutOfRange);
                    }
                }
                v.text(Field::RelPlace(i), &r.birth_place, false);
                v.country(Field::RelCountry(i), &r.country, false);
                v.text(Field::RelAddress(i), &r.address, false);
                v.text(Field::RelWork(i), &r.workplace, false);
                v.text(Field::RelMarriage(i), &r.marriage_place, false);
                v.text(Field::RelCertificate(i), &r.death_certificate, false);
                if r.deceased && r.death_certificate.trim().is_empty() {
                    v.warn(Field::RelCertificate(i), Problem::DeathCertificateMissing);
                }
            }
        }

        if v.rows(List::Activities, self.activities.len()) {
            let earliest_needed = today.year() - 5;
            let mut earliest = None::<i32>;
            for (i, a) in self.activities.iter().enumerate() {
                let bad = |y: i32| y < 1900 || y > today.year();
                if bad(a.from_year) {
                    v.err(Field::JobFrom(i), Problem::YearOutOfRange);
                }
                if let Some(to) = a.to_year {
                    if bad(to) {
                        v.err(Field::JobTo(i), Problem::YearOutOfRange);
                    } else if to < a.from_year {
                        v.err(Field::JobTo(i), Problem::YearsReversed);
                    }
                }
                v.text(Field::JobPosition(i), &a.position, true);
                v.text(Field::JobOrg(i), &a.organisation, true);
                v.text(Field::JobAddress(i), &a.address, false);
                earliest = Some(earliest.map_or(a.from_year, |e: i32| e.min(a.from_year)));
            }
            // Someone who has not worked says so in one line ("not employed");
            // a table that does not reach back five years is only a warning.
            let adult_five_years = a
                .birth_date
                .is_some_and(|b| b <= today && age_on(b, today) >= 21);
            if adult_five_years && earliest.is_none_or(|e| e > earliest_needed) {
                v.warn(Field::Rows(List::Activities), Problem::ActivityShort);
            }
        }

        if v.rows(List::Dependants, self.dependants.len()) {
            for (i, d) in self.dependants.iter().enumerate() {
                v.full_name(Field::DepName(i), &d.full_name, true);
                // A key of the list, so that every form says it in its
                // own language.
                if d.relationship.trim().is_empty() {
                    v.err(Field::DepRelationship(i), Problem::Required);
                } else if !DEPENDANT_RELATIONSHIPS.contains(&d.relationship.trim()) {
                    v.err(Field::DepRelationship(i), Problem::UnknownRelationship);
                }
            }
        }

        if let FiledBy::Representative {
            full_name,
            iin,
            authority_document,
            ..
        } = &self.filed_by
        {
            v.full_name(Field::RepName, full_name, true);
            if !iin.trim().is_empty() {
                if let Err(e) = Iin::parse(iin) {
                    v.err(Field::RepIin, Problem::Iin(e));
                }
            }
            v.text(Field::RepDoc, authority_document, true);
        }
        v.past_date(
            Field::FalseDataWarning,
            self.false_data_warning_on,
            today,
            false,
        );
        v.past_date(Field::SecretsConsent, self.secrets_consent_on, today, false);
        // A signature is the person's own: not before they were born.
        for (d, field) in [
            (self.false_data_warning_on, Field::FalseDataWarning),
            (self.secrets_consent_on, Field::SecretsConsent),
        ] {
            if let (Some(d), Some(b)) = (d, self.applicant.birth_date) {
                if d < b {
                    v.err(field, Problem::SignedBeforeBirth);
                }
            }
        }
        if let Some(f) = &self.fee {
            v.past_date(Field::FeeDate, Some(f.paid_on), today, true);
            if f.amount_tenge > FEE_MAX_TENGE {
                v.err(
                    Field::FeeAmount,
                    Problem::AmountTooLarge { max: FEE_MAX_TENGE },
                );
            }
        }
        // One person, one line: no child carries the applicant's own
        // number, and no number is two children.
        let applicant = Iin::parse(&self.applicant.iin).ok();
        let mut seen = std::collections::HashSet::new();
        for (i, c) in self.children.iter().enumerate() {
            let Ok(iin) = Iin::parse(&c.iin) else {
                continue;
            };
            if Some(iin) == applicant {
                v.err(Field::ChildIin(i), Problem::ApplicantsOwnIin);
            } else if !seen.insert(iin) {
                v.err(Field::ChildIin(i), Problem::SameIinTwice);
            }
        }
        if v.rows(List::Documents, self.documents.len()) {
            for (i, d) in self.documents.iter().enumerate() {
                let ok = match d.subject {
                    Subject::Applicant | Subject::Representative => true,
                    Subject::Child(n) | Subject::OtherParentOf(n) => n < self.children.len(),
                    Subject::Dependant(n) => n < self.dependants.len(),
                };
                if !ok {
                    v.err(Field::DocumentSubject(i), Problem::Required);
                }
            }
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::sample_intake;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_sample_is_valid() {
        let v = sample_intake().validate(d(2026, 11, 25));
        assert!(v.is_ok(), "{:?}", v.errors);
    }

    #[test]
    fn problems_name_their_field() {
        let mut i = sample_intake();
        i.applicant.iin = "850115300002".into();
        i.children[1].birth_date = Some(d(2030, 1, 1));
        i.applicant.phones.mobile = "+7 916 000 00 00".into();
        let v = i.validate(d(2026, 11, 25));
        let fields: Vec<Field> = v.errors.iter().map(|e| e.field).collect();
        assert!(fields.contains(&Field::Iin));
        assert!(fields.contains(&Field::ChildBirth(1)));
        assert!(fields.contains(&Field::PhoneMobile));
    }

    #[test]
    fn iin_date_mismatch_is_only_a_warning() {
        let mut i = sample_intake();
        i.applicant.birth_date = Some(d(1985, 1, 16));
        let v = i.validate(d(2026, 11, 25));
        assert!(v.is_ok());
        assert!(v
            .warnings
            .iter()
            .any(|w| w.problem == Problem::IinBirthDateDiffers));
    }

    #[test]
    fn adult_child_in_the_minor_table_is_an_error() {
        let mut i = sample_intake();
        i.children[0].birth_date = Some(d(2008, 11, 25));
        let v = i.validate(d(2026, 11, 25));
        assert!(v.errors.iter().any(|e| e.problem == Problem::NotMinor));
        // One day younger: still a minor.
        i.children[0].birth_date = Some(d(2008, 11, 26));
        assert!(i.validate(d(2026, 11, 25)).is_ok());
    }
}

#[cfg(test)]
mod hardening_tests {
    use super::*;
    use crate::domain::demo::sample_intake;

    fn errors(i: &Intake) -> Vec<(String, Problem)> {
        i.validate(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap())
            .errors
            .into_iter()
            .map(|e| (e.field.path(), e.problem))
            .collect()
    }

    #[test]
    fn control_and_bidi_characters_are_refused_at_their_field() {
        for bad in [
            "Астана\nқ.",
            "a\u{0}b",
            "\u{1b}[31mred",
            "abc\u{202E}fed",
            "x\u{200B}y",
        ] {
            let mut i = sample_intake();
            i.registered_address = bad.into();
            assert!(
                errors(&i).contains(&("registered_address".into(), Problem::BadCharacters)),
                "{bad:?}"
            );
        }
        let mut i = sample_intake();
        i.relatives[0].full_name = "Сейтқали\nБақытжан".into();
        assert!(errors(&i)
            .iter()
            .any(|(f, p)| f == "relatives[0].full_name" && *p == Problem::BadCharacters));
        // A long text is refused, not printed.
        let mut i = sample_intake();
        i.registered_address = "а".repeat(100_000);
        assert!(errors(&i).contains(&(
            "registered_address".into(),
            Problem::TooLong { max: TEXT_MAX }
        )));
    }

    #[test]
    fn implausible_dates_are_refused() {
        let mut i = sample_intake();
        i.applicant.birth_date = NaiveDate::from_ymd_opt(-1, 1, 15);
        assert!(errors(&i).contains(&("applicant.birth_date".into(), Problem::DateTooEarly)));
        let mut i = sample_intake();
        i.secrets_consent_on = NaiveDate::from_ymd_opt(1980, 1, 1);
        assert!(errors(&i).contains(&("secrets_consent_on".into(), Problem::SignedBeforeBirth)));
        let mut i = sample_intake();
        i.false_data_warning_on = NaiveDate::from_ymd_opt(1, 1, 1);
        assert!(errors(&i).contains(&("false_data_warning_on".into(), Problem::DateTooEarly)));
    }

    #[test]
    fn a_placeholder_iin_is_refused() {
        assert_eq!(
            Iin::parse("000000000000"),
            Err(ids::IdNumberError::Placeholder)
        );
        let mut i = sample_intake();
        i.applicant.iin = "000000000000".into();
        assert!(errors(&i).iter().any(|(f, _)| f == "applicant.iin"));
        let mut i = sample_intake();
        i.children[0].iin = "000000000000".into();
        assert!(errors(&i).iter().any(|(f, _)| f == "children[0].iin"));
    }
}
