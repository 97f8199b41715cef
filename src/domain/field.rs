//! The questionnaire's fields (Annex 2), named once.
//!
//! Validation names the field each problem belongs to, the window keeps
//! the text typed into each field and shows each problem under its field,
//! and the command line prints the same names in its JSON: all through
//! [`Field`]. Its text form is the field's path in the questionnaire's
//! JSON (`children[1].iin`), which is what the command line prints and
//! what a saved draft keeps.

use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// A list of rows in the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum List {
    FormerNames,
    Children,
    Relatives,
    Activities,
    Dependants,
    Documents,
}

impl List {
    const ALL: [List; 6] = [
        List::FormerNames,
        List::Children,
        List::Relatives,
        List::Activities,
        List::Dependants,
        List::Documents,
    ];

    fn name(self) -> &'static str {
        match self {
            List::FormerNames => "applicant.former_names",
            List::Children => "children",
            List::Relatives => "relatives",
            List::Activities => "activities",
            List::Dependants => "dependants",
            List::Documents => "documents",
        }
    }
}

/// One field of the questionnaire, or one row or list of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Surname,
    Given,
    Patronymic,
    Former(usize),
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
    /// A child's row as a whole.
    Child(usize),
    ChildSurname(usize),
    ChildGiven(usize),
    ChildPatronymic(usize),
    ChildBirth(usize),
    ChildIin(usize),
    ChildPassport(usize),
    /// Whether a child leaves with one parent (the box).
    ChildLeavesWith(usize),
    /// The other parent of a child (the whole entry).
    ChildOtherParent(usize),
    /// The other parent's name.
    OtherParent(usize),
    RelRelationship(usize),
    RelName(usize),
    RelYear(usize),
    RelPlace(usize),
    RelAddress(usize),
    RelWork(usize),
    RelCountry(usize),
    RelMarriage(usize),
    RelCertificate(usize),
    JobFrom(usize),
    JobTo(usize),
    JobPosition(usize),
    JobOrg(usize),
    JobAddress(usize),
    DepName(usize),
    DepRelationship(usize),
    RepName,
    RepIin,
    RepDoc,
    /// The date the applicant signed the warning on false data.
    FalseDataWarning,
    /// The date the applicant signed the consent on state secrets.
    SecretsConsent,
    DocumentSubject(usize),
    /// A list as a whole (its length, or a warning about all of it).
    Rows(List),
}

/// The fields that stand alone, with their paths.
const SINGLE: [(Field, &str); 26] = [
    (Field::Surname, "applicant.surname"),
    (Field::Given, "applicant.given_name"),
    (Field::Patronymic, "applicant.patronymic"),
    (Field::BirthDate, "applicant.birth_date"),
    (Field::BirthPlace, "applicant.birth_place"),
    (Field::Residence, "applicant.residence"),
    (Field::Iin, "applicant.iin"),
    (Field::Nationality, "applicant.nationality"),
    (Field::PhoneMobile, "applicant.phones.mobile"),
    (Field::PhoneHome, "applicant.phones.home"),
    (Field::PhoneWork, "applicant.phones.work"),
    (Field::PostalCode, "applicant.postal_code"),
    (Field::PassportNo, "applicant.passport.number"),
    (Field::PassportDate, "applicant.passport.issued_on"),
    (Field::IdNo, "applicant.id_card.number"),
    (Field::IdDate, "applicant.id_card.issued_on"),
    (Field::Country, "destination_country"),
    (Field::Address, "registered_address"),
    (Field::FeeDate, "fee.paid_on"),
    (Field::FeeAmount, "fee.amount_tenge"),
    (Field::RepName, "filed_by.full_name"),
    (Field::RepIin, "filed_by.iin"),
    (Field::RepDoc, "filed_by.authority_document"),
    (Field::FalseDataWarning, "false_data_warning_on"),
    (Field::SecretsConsent, "secrets_consent_on"),
    // Not a field of its own: the list's name stands for the warning that
    // the activities do not reach back five years.
    (Field::Rows(List::Activities), "activities"),
];

/// The fields of a row: the list, the field's name within the row ("" for
/// the row itself), and the field for a given row.
type RowField = (List, &'static str, fn(usize) -> Field);

const IN_ROWS: [RowField; 28] = [
    (List::FormerNames, "", Field::Former),
    (List::Children, "", Field::Child),
    (List::Children, "surname", Field::ChildSurname),
    (List::Children, "given_name", Field::ChildGiven),
    (List::Children, "patronymic", Field::ChildPatronymic),
    (List::Children, "birth_date", Field::ChildBirth),
    (List::Children, "iin", Field::ChildIin),
    (List::Children, "passport_no", Field::ChildPassport),
    (List::Children, "leaves_with", Field::ChildLeavesWith),
    (List::Children, "other_parent", Field::ChildOtherParent),
    (List::Children, "other_parent.full_name", Field::OtherParent),
    (List::Relatives, "relationship", Field::RelRelationship),
    (List::Relatives, "full_name", Field::RelName),
    (List::Relatives, "birth_year", Field::RelYear),
    (List::Relatives, "birth_place", Field::RelPlace),
    (List::Relatives, "address", Field::RelAddress),
    (List::Relatives, "workplace", Field::RelWork),
    (List::Relatives, "country", Field::RelCountry),
    (List::Relatives, "marriage_place", Field::RelMarriage),
    (List::Relatives, "death_certificate", Field::RelCertificate),
    (List::Activities, "from_year", Field::JobFrom),
    (List::Activities, "to_year", Field::JobTo),
    (List::Activities, "position", Field::JobPosition),
    (List::Activities, "organisation", Field::JobOrg),
    (List::Activities, "address", Field::JobAddress),
    (List::Dependants, "full_name", Field::DepName),
    (List::Dependants, "relationship", Field::DepRelationship),
    (List::Documents, "subject", Field::DocumentSubject),
];

impl Field {
    /// The row this field is in: its list and index.
    pub fn row(self) -> Option<(List, usize)> {
        let (list, _, n) = self.in_row()?;
        Some((list, n))
    }

    /// The same field in row `n` of its list (itself when not in a row).
    pub fn at(self, n: usize) -> Field {
        match self.in_row() {
            Some((list, name, _)) => IN_ROWS
                .iter()
                .find(|(l, f, _)| *l == list && *f == name)
                .map_or(self, |(_, _, make)| make(n)),
            None => self,
        }
    }

    fn in_row(self) -> Option<(List, &'static str, usize)> {
        // Each row field is one tuple variant: found by rebuilding the
        // variant with the field's own index.
        let n = self.index()?;
        IN_ROWS
            .iter()
            .find(|(_, _, make)| make(n) == self)
            .map(|(list, name, _)| (*list, *name, n))
    }

    fn index(self) -> Option<usize> {
        use Field::*;
        match self {
            Former(n) | Child(n) | ChildSurname(n) | ChildGiven(n) | ChildPatronymic(n)
            | ChildBirth(n) | ChildIin(n) | ChildPassport(n) | ChildLeavesWith(n)
            | ChildOtherParent(n) | OtherParent(n) | RelRelationship(n) | RelName(n)
            | RelYear(n) | RelPlace(n) | RelAddress(n) | RelWork(n) | RelCountry(n)
            | RelMarriage(n) | RelCertificate(n) | JobFrom(n) | JobTo(n) | JobPosition(n)
            | JobOrg(n) | JobAddress(n) | DepName(n) | DepRelationship(n) | DocumentSubject(n) => {
                Some(n)
            }
            _ => None,
        }
    }

    /// The field's path in the questionnaire's JSON: `children[1].iin`.
    pub fn path(self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((_, path)) = SINGLE.iter().find(|(s, _)| s == self) {
            return f.write_str(path);
        }
        if let Field::Rows(list) = self {
            return f.write_str(list.name());
        }
        match self.in_row() {
            Some((list, "", n)) => write!(f, "{}[{n}]", list.name()),
            Some((list, name, n)) => write!(f, "{}[{n}].{name}", list.name()),
            None => write!(f, "{self:?}"),
        }
    }
}

/// A text that names no field of the questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownField;

impl FromStr for Field {
    type Err = UnknownField;

    fn from_str(s: &str) -> Result<Field, UnknownField> {
        if let Some((f, _)) = SINGLE.iter().find(|(_, p)| *p == s) {
            return Ok(*f);
        }
        for list in List::ALL {
            let Some(rest) = s.strip_prefix(list.name()) else {
                continue;
            };
            if rest.is_empty() {
                return Ok(Field::Rows(list));
            }
            let Some((idx, tail)) = rest.strip_prefix('[').and_then(|r| r.split_once(']')) else {
                continue;
            };
            // Only the plain digits `at` writes: no sign, no leading zero.
            if idx.is_empty() || (idx.len() > 1 && idx.starts_with('0')) {
                return Err(UnknownField);
            }
            let n: usize = idx.parse().map_err(|_| UnknownField)?;
            let name = match tail {
                "" => "",
                t => t.strip_prefix('.').ok_or(UnknownField)?,
            };
            return IN_ROWS
                .iter()
                .find(|(l, f, _)| *l == list && *f == name)
                .map(|(_, _, make)| make(n))
                .ok_or(UnknownField);
        }
        Err(UnknownField)
    }
}

impl Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_field() -> Vec<Field> {
        let mut all: Vec<Field> = SINGLE.iter().map(|(f, _)| *f).collect();
        for (_, _, make) in IN_ROWS {
            for n in [0, 1, 12] {
                all.push(make(n));
            }
        }
        all.extend(List::ALL.map(Field::Rows));
        all.sort();
        all.dedup();
        all
    }

    #[test]
    fn every_field_reads_back_from_its_path() {
        let all = every_field();
        assert!(all.len() > 80, "{}", all.len());
        let mut paths = std::collections::BTreeSet::new();
        for f in all {
            let p = f.path();
            assert!(paths.insert(p.clone()), "two fields print as {p}");
            assert_eq!(p.parse::<Field>(), Ok(f), "{p}");
        }
    }

    #[test]
    fn the_paths_are_the_questionnaires_json_names() {
        assert_eq!(Field::Iin.path(), "applicant.iin");
        assert_eq!(Field::Former(0).path(), "applicant.former_names[0]");
        assert_eq!(Field::ChildIin(1).path(), "children[1].iin");
        assert_eq!(Field::Child(2).path(), "children[2]");
        assert_eq!(
            Field::ChildOtherParent(0).path(),
            "children[0].other_parent"
        );
        assert_eq!(
            Field::OtherParent(3).path(),
            "children[3].other_parent.full_name"
        );
        assert_eq!(
            Field::RelCertificate(4).path(),
            "relatives[4].death_certificate"
        );
        assert_eq!(Field::Rows(List::Children).path(), "children");
        assert_eq!(Field::DocumentSubject(0).path(), "documents[0].subject");
    }

    #[test]
    fn a_row_field_moves_to_another_row_and_keeps_its_kind() {
        assert_eq!(Field::RelYear(3).row(), Some((List::Relatives, 3)));
        assert_eq!(Field::RelYear(3).at(2), Field::RelYear(2));
        assert_eq!(Field::Child(3).at(0), Field::Child(0));
        assert_eq!(Field::Iin.row(), None);
        assert_eq!(Field::Iin.at(5), Field::Iin);
    }

    #[test]
    fn text_that_is_no_field_is_refused() {
        for bad in [
            "",
            "applicant",
            "applicant.iin.x",
            "children[x].iin",
            "children[-1].iin",
            "children[01].iin",
            "children[0]iin",
            "children[0].nonsense",
            "relatives[0]",
            "children[99999999999999999999999].iin",
        ] {
            assert_eq!(bad.parse::<Field>(), Err(UnknownField), "{bad}");
        }
    }
}
