//! Home visits (para 13): an applicant with a lasting health impairment asks
//! through the contact centre, and the documents are taken at home. The
//! request names the person, the address and the reason; it is scheduled,
//! then done, and the case it produced is flagged.

use super::ids::{IdNumberError, Iin, NameError, NamePart, Phone, PhoneError};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewHomeVisit {
    pub full_name: String,
    pub iin: String,
    pub phone: String,
    pub address: String,
    pub reason: String,
}

/// The first problem found, by field, for the message under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HomeVisitProblem {
    Name(NameError),
    /// Surname and given name at least.
    NameWords,
    Iin(IdNumberError),
    Phone(PhoneError),
    Address,
    Reason,
}

impl NewHomeVisit {
    pub fn problems(&self) -> Vec<HomeVisitProblem> {
        let mut out = vec![];
        let words: Vec<&str> = self.full_name.split_whitespace().collect();
        if words.len() < 2 {
            out.push(HomeVisitProblem::NameWords);
        } else if let Some(e) = words.iter().find_map(|w| NamePart::check(w).err()) {
            out.push(HomeVisitProblem::Name(e));
        }
        if let Err(e) = Iin::parse(&self.iin) {
            out.push(HomeVisitProblem::Iin(e));
        }
        if let Err(e) = Phone::parse(&self.phone) {
            out.push(HomeVisitProblem::Phone(e));
        }
        if self.address.trim().chars().count() < 5 {
            out.push(HomeVisitProblem::Address);
        }
        if self.reason.trim().is_empty() {
            out.push(HomeVisitProblem::Reason);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok() -> NewHomeVisit {
        NewHomeVisit {
            full_name: "Сейтқали Ержан".into(),
            iin: "850115300001".into(),
            phone: "+7 701 000 00 00".into(),
            address: "Астана қ., Тұран 5, 12-пәтер".into(),
            reason: "I топтағы мүгедектік".into(),
        }
    }

    #[test]
    fn a_request_needs_name_iin_phone_address_and_reason() {
        assert!(ok().problems().is_empty());
        let mut bad = ok();
        bad.full_name = "Ержан".into();
        bad.iin = "850115300002".into();
        bad.reason = " ".into();
        let p = bad.problems();
        assert_eq!(p.len(), 3);
        assert!(matches!(p[0], HomeVisitProblem::NameWords));
        assert!(matches!(p[1], HomeVisitProblem::Iin(_)));
        assert!(matches!(p[2], HomeVisitProblem::Reason));
    }
}
