//! The questionnaire's fields: their identities (`F`), labels, the
//! steps they belong to, the lookups behind the chosen values, and the
//! text each shows and takes.

use super::*;

use crate::domain::field;
/// A field of the questionnaire: the domain's one name for it.
pub use crate::domain::field::Field as F;

/// What the window knows of a field beyond its name.
pub(super) trait FieldExt {
    fn lookup(self) -> Option<Lookup>;
    fn keeps_raw(self) -> bool;
}

impl FieldExt for F {
    /// Fields typed as dates or numbers keep their raw text until it parses.
    /// A field chosen from a list and stored as a code.
    fn lookup(self) -> Option<Lookup> {
        match self {
            F::Country | F::RelCountry(_) => Some(Lookup::Country),
            F::Nationality => Some(Lookup::Nationality),
            _ => None,
        }
    }

    fn keeps_raw(self) -> bool {
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

/// The applicant's fields in the form's order: the IIN first.
pub(super) const APPLICANT_FIELDS: [F; 13] = [
    F::Iin,
    F::Surname,
    F::Given,
    F::Patronymic,
    F::Former(0),
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
pub(super) fn label_of(f: F) -> String {
    match f {
        F::Iin => t!("ui-f-iin"),
        F::Surname => t!("ui-f-surname"),
        F::Given => t!("ui-f-given"),
        F::Patronymic => t!("ui-f-patronymic"),
        F::Former(_) => t!("ui-f-former"),
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

/// The lists the clerk adds rows to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Children,
    Relatives,
    Activities,
    Dependants,
}

impl List {
    /// The questionnaire's list, where the clerk adds rows to it.
    pub(super) fn of(l: field::List) -> Option<List> {
        match l {
            field::List::Children => Some(List::Children),
            field::List::Relatives => Some(List::Relatives),
            field::List::Activities => Some(List::Activities),
            field::List::Dependants => Some(List::Dependants),
            field::List::FormerNames | field::List::Documents => None,
        }
    }
}

/// Where a relatives' row came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Source {
    Child(usize),
    OtherParent(usize),
}

impl Source {
    /// The questionnaire's entry the row is made from.
    pub(super) fn field(self) -> F {
        match self {
            Source::Child(n) => F::Child(n),
            Source::OtherParent(n) => F::ChildOtherParent(n),
        }
    }
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

/// The step of the questionnaire where a field is typed.
pub(super) fn step_of(f: &F) -> Step {
    match f {
        F::PassportNo | F::PassportDate | F::IdNo | F::IdDate => Step::Documents,
        F::Country | F::Address => Step::Destination,
        F::Rows(l) => match l {
            field::List::FormerNames => Step::Applicant,
            field::List::Children => Step::Children,
            field::List::Relatives => Step::Relatives,
            field::List::Activities => Step::Activity,
            field::List::Dependants | field::List::Documents => Step::Family,
        },
        f => match f.row() {
            Some((field::List::FormerNames, _)) => Step::Applicant,
            Some((field::List::Children, _)) => Step::Children,
            Some((field::List::Relatives, _)) => Step::Relatives,
            Some((field::List::Activities, _)) => Step::Activity,
            Some(_) => Step::Family,
            None if APPLICANT_FIELDS.contains(f) => Step::Applicant,
            None => Step::Family,
        },
    }
}

/// The id of the paper checkbox of the checklist's item `at`.
pub(super) fn paper_id(at: usize) -> String {
    format!("intake-paper-{at}")
}

/// Where the keyboard goes through the checklist: the first paper still
/// missing, and after each item the next one missing (Accept after the
/// last).
#[derive(Debug, Default)]
pub(super) struct Papers {
    pub(super) first: String,
    pub(super) after: BTreeMap<usize, String>,
}

pub(super) fn paper_targets(list: Option<&Checklist>) -> Papers {
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
pub(super) fn relationship_id(n: usize) -> String {
    F::RelRelationship(n).path()
}

/// Whether the widget `id` is a field in a row of list `l`.
pub(super) fn in_list(id: &str, l: List) -> bool {
    id.parse::<F>()
        .ok()
        .and_then(|f| f.row())
        .is_some_and(|(list, _)| List::of(list) == Some(l))
}

/// The id of a list's Add button.
pub(super) fn add_id(l: List) -> &'static str {
    match l {
        List::Children => "intake-add-children",
        List::Relatives => "intake-add-relatives",
        List::Activities => "intake-add-activities",
        List::Dependants => "intake-add-dependants",
    }
}

impl IntakeState {
    pub(super) fn raw(&self, f: F) -> String {
        self.raw.get(&Key::Text(f)).cloned().unwrap_or_default()
    }

    /// The code stored for a country or nationality field.
    pub(super) fn code_of(&self, f: F) -> String {
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
    pub(super) fn lookup_text(&self, f: F, lookup: Lookup) -> String {
        if let Some(typed) = self.raw.get(&Key::Text(f)) {
            return typed.clone();
        }
        let code = self.code_of(f);
        match lookup {
            Lookup::Country => crate::i18n::country_label(&code),
            Lookup::Nationality => crate::i18n::nationality_label(&code),
        }
    }

    /// The text of a field of a list's row (`None`: not a row's field;
    /// an empty text for a row that is not there).
    fn row_text(&self, f: F) -> Option<String> {
        let i = &self.intake;
        let text = match f {
            F::ChildSurname(n) => i.children.get(n).map(|c| c.surname.clone()),
            F::ChildGiven(n) => i.children.get(n).map(|c| c.given_name.clone()),
            F::ChildPatronymic(n) => i.children.get(n).map(|c| c.patronymic.clone()),
            F::ChildPassport(n) => i.children.get(n).map(|c| c.passport_no.clone()),
            F::RelName(n) => i.relatives.get(n).map(|r| r.full_name.clone()),
            F::RelPlace(n) => i.relatives.get(n).map(|r| r.birth_place.clone()),
            F::RelAddress(n) => i.relatives.get(n).map(|r| r.address.clone()),
            F::RelWork(n) => i.relatives.get(n).map(|r| r.workplace.clone()),
            F::JobPosition(n) => i.activities.get(n).map(|j| j.position.clone()),
            F::JobOrg(n) => i.activities.get(n).map(|j| j.organisation.clone()),
            F::DepName(n) => i.dependants.get(n).map(|d| d.full_name.clone()),
            F::DepRelationship(n) => i.dependants.get(n).map(|d| d.relationship.clone()),
            F::RelCountry(n) => i.relatives.get(n).map(|r| r.country.clone()),
            F::RelMarriage(n) => i.relatives.get(n).map(|r| r.marriage_place.clone()),
            F::RelCertificate(n) => i.relatives.get(n).map(|r| r.death_certificate.clone()),
            F::JobAddress(n) => i.activities.get(n).map(|j| j.address.clone()),
            F::ChildIin(n) => i.children.get(n).map(|c| c.iin.clone()),
            _ => return None,
        };
        Some(text.unwrap_or_default())
    }

    pub(super) fn text_of(&self, f: F) -> String {
        if let Some(l) = f.lookup() {
            return self.lookup_text(f, l);
        }
        if f.keeps_raw() {
            return self.raw(f);
        }
        if let Some(t) = self.row_text(f) {
            return t;
        }
        let i = &self.intake;
        let a = &i.applicant;
        let s = match f {
            F::Surname => &a.surname,
            F::Given => &a.given_name,
            F::Patronymic => &a.patronymic,
            // As typed (spaces inside a name, a comma between names), or
            // the stored names when nothing was typed here.
            F::Former(_) => {
                return self
                    .raw
                    .get(&Key::Text(f))
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
            F::OtherParent(n) => {
                return i
                    .children
                    .get(n)
                    .and_then(|c| c.other_parent.as_ref())
                    .map(|o| o.full_name.clone())
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

    pub(super) fn set(&mut self, f: F, v: String) {
        if f.keeps_raw() {
            self.raw.insert(Key::Text(f), v.clone());
        }
        // A country or nationality is stored as its code once the text
        // names one (in any language); until then as typed, which the
        // questionnaire's check marks "choose from the list".
        let v = match f.lookup() {
            Some(l) => {
                self.raw.insert(Key::Text(f), v.clone());
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
            F::Former(_) => {
                self.raw.insert(Key::Text(F::Former(0)), v.clone());
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
                // not typed one (a mismatch later is only a warning); a
                // mistyped IIN corrected brings its own date.
                let typed = self.touched.contains(&F::BirthDate);
                if let Ok(iin) = Iin::parse(&v) {
                    if let [born] = iin.facts().birth_dates.as_slice() {
                        if a.birth_date.is_none() || !typed {
                            a.birth_date = Some(*born);
                            self.raw.insert(Key::Text(F::BirthDate), date(*born));
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
                let typed = self.touched.contains(&F::ChildBirth(n));
                with(&mut i.children, n, |c| {
                    c.iin = crate::domain::intake::canonical_iin(&v);
                    if let (Some(b), true) = (born, c.birth_date.is_none() || !typed) {
                        c.birth_date = Some(b);
                        filled = Some(b);
                    }
                });
                if let Some(b) = filled {
                    self.raw.insert(Key::Text(F::ChildBirth(n)), date(b));
                }
                self.offer_surname(n);
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
            // Chosen, ticked or whole rows: not typed as text.
            F::Child(_)
            | F::ChildLeavesWith(_)
            | F::ChildOtherParent(_)
            | F::RelRelationship(_)
            | F::FalseDataWarning
            | F::SecretsConsent
            | F::DocumentSubject(_)
            | F::Rows(_) => {}
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
}
