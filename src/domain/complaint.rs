//! Complaints (paras 11–12): who complains (a person by IIN, or a legal
//! entity by BIN with its outgoing number and date), about whom, to which
//! body, and when the answer is due (5 working days; 15 at the
//! quality-assessment authority).

use super::ids::{Bin, Iin, NamePart};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum About {
    /// An official of the provider (migration police) or the ministry.
    ProviderOfficial,
    /// An employee of the State Corporation.
    StateCorporationEmployee,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Addressee {
    HeadOfProvider,
    Ministry,
    HeadOfStateCorporation,
    /// The authorised body for assessing the quality of state services.
    QualityAuthority,
}

impl Addressee {
    pub fn is_quality_authority(self) -> bool {
        self == Addressee::QualityAuthority
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Complainant {
    Person {
        full_name: String,
        iin: String,
        address: String,
    },
    Entity {
        name: String,
        bin: String,
        address: String,
        outgoing_number: String,
        outgoing_date: Option<NaiveDate>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewComplaint {
    pub complainant: Complainant,
    pub about: About,
    pub addressee: Addressee,
    pub text: String,
    /// The case it concerns, if any.
    pub case_number: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ComplaintError {
    #[error("name")]
    Name,
    #[error("IIN")]
    Iin(super::ids::IdNumberError),
    #[error("BIN")]
    Bin(super::ids::IdNumberError),
    #[error("address")]
    Address,
    #[error("outgoing number and date")]
    Outgoing,
    #[error("text")]
    Text,
}

impl NewComplaint {
    /// Para 11: a person gives the name, IIN and postal address; a legal
    /// entity its name, BIN, address, outgoing number and date.
    pub fn check(&self) -> Result<(), ComplaintError> {
        match &self.complainant {
            Complainant::Person {
                full_name,
                iin,
                address,
            } => {
                if full_name.split_whitespace().count() < 2
                    || full_name
                        .split_whitespace()
                        .any(|w| NamePart::check(w).is_err())
                {
                    return Err(ComplaintError::Name);
                }
                Iin::parse(iin).map_err(ComplaintError::Iin)?;
                if address.trim().is_empty() {
                    return Err(ComplaintError::Address);
                }
            }
            Complainant::Entity {
                name,
                bin,
                address,
                outgoing_number,
                outgoing_date,
            } => {
                if name.trim().is_empty() {
                    return Err(ComplaintError::Name);
                }
                Bin::parse(bin).map_err(ComplaintError::Bin)?;
                if address.trim().is_empty() {
                    return Err(ComplaintError::Address);
                }
                if outgoing_number.trim().is_empty() || outgoing_date.is_none() {
                    return Err(ComplaintError::Outgoing);
                }
            }
        }
        if self.text.trim().is_empty() {
            return Err(ComplaintError::Text);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(iin: &str) -> NewComplaint {
        NewComplaint {
            complainant: Complainant::Person {
                full_name: "Сейтқали Ержан".into(),
                iin: iin.into(),
                address: "Астана".into(),
            },
            about: About::StateCorporationEmployee,
            addressee: Addressee::HeadOfStateCorporation,
            text: "Талон бойынша шақырылмадым".into(),
            case_number: None,
        }
    }

    #[test]
    fn para_11_requisites() {
        assert!(person("850115300001").check().is_ok());
        assert_eq!(
            person("850115300002").check(),
            Err(ComplaintError::Iin(
                crate::domain::ids::IdNumberError::CheckDigit
            ))
        );
        let entity = NewComplaint {
            complainant: Complainant::Entity {
                name: "«Мысал» ЖШС".into(),
                bin: "030440000104".into(),
                address: "Алматы".into(),
                outgoing_number: String::new(),
                outgoing_date: None,
            },
            ..person("850115300001")
        };
        assert!(matches!(
            entity.check(),
            Err(ComplaintError::Bin(_)) | Err(ComplaintError::Outgoing)
        ));
    }
}
