//! What is already known of a person, by IIN.
//!
//! At a State Corporation counter the standard assumes the state databases
//! answer for the applicant (name, birth, documents). This workstation has
//! no such gateway; [`PersonRegistry`] is the interface one would implement,
//! and [`LocalCases`] answers from the earlier cases in this store, where
//! the person was an applicant or a child going along. The counter offers
//! the facts found for the clerk to confirm; nothing is filled unasked.

use super::{Result, Who};
use crate::desk::Now;
use crate::domain::case::CaseNumber;
use crate::domain::ids::Iin;
use crate::domain::intake::{DocRef, Phones};
use crate::store::Store;
use chrono::NaiveDate;

/// The facts known of one person, and where they come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownPerson {
    /// The case they were read from.
    pub case: CaseNumber,
    /// The person was a child going along in that case (only the child's
    /// own facts are known then).
    pub as_child: bool,
    pub surname: String,
    pub given_name: String,
    pub patronymic: String,
    pub former_names: Vec<String>,
    pub birth_date: Option<NaiveDate>,
    pub birth_place: String,
    pub nationality: String,
    pub residence: String,
    pub postal_code: String,
    pub passport: DocRef,
    pub id_card: DocRef,
    pub phones: Phones,
}

/// Answers "what is known of the person with this IIN".
pub trait PersonRegistry {
    fn person(&mut self, iin: &Iin) -> Result<Option<KnownPerson>>;
}

/// The earlier cases in this store (each lookup audited).
pub struct LocalCases<'a> {
    pub store: &'a mut Store,
    pub who: Who,
    pub now: Now,
}

impl PersonRegistry for LocalCases<'_> {
    fn person(&mut self, iin: &Iin) -> Result<Option<KnownPerson>> {
        let Some((case, intake)) =
            self.store
                .earlier_intake(&self.who.actor, iin, self.now.today, self.now.utc)?
        else {
            return Ok(None);
        };
        let key = iin.as_string();
        let a = &intake.applicant;
        if a.iin.trim() == key {
            return Ok(Some(KnownPerson {
                case,
                as_child: false,
                surname: a.surname.clone(),
                given_name: a.given_name.clone(),
                patronymic: a.patronymic.clone(),
                former_names: a.former_names.clone(),
                birth_date: a.birth_date,
                birth_place: a.birth_place.clone(),
                nationality: a.nationality.clone(),
                residence: a.residence.clone(),
                postal_code: a.postal_code.clone(),
                passport: a.passport.clone(),
                id_card: a.id_card.clone(),
                phones: a.phones.clone(),
            }));
        }
        Ok(intake
            .children
            .iter()
            .find(|c| c.iin.trim() == key)
            .map(|c| KnownPerson {
                case,
                as_child: true,
                surname: c.surname.clone(),
                given_name: c.given_name.clone(),
                patronymic: c.patronymic.clone(),
                former_names: vec![],
                birth_date: c.birth_date,
                birth_place: String::new(),
                nationality: String::new(),
                residence: String::new(),
                postal_code: String::new(),
                passport: DocRef {
                    number: c.passport_no.clone(),
                    issued_on: None,
                },
                id_card: DocRef::default(),
                phones: Phones::default(),
            }))
    }
}

/// What the earlier cases in this store know of `iin` (the counter's
/// lookup; audited as `person_lookup`).
pub fn known_person(st: &mut Store, who: &Who, iin: &Iin, now: Now) -> Result<Option<KnownPerson>> {
    LocalCases {
        store: st,
        who: who.clone(),
        now,
    }
    .person(iin)
}
