//! The documents of para 9 as the rules name them: which requirement,
//! for whom, and how it was taken. Shared by the questionnaire, the
//! regulation profile and the checklist.

use serde::{Deserialize, Serialize};

/// A requirement of para 9.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// 9(1) the Annex 2 questionnaire-application, with the warning and consent signed.
    Questionnaire,
    /// 9 preamble: the representative's document proving authority.
    RepresentativeAuthority,
    /// 9(2) identity card.
    IdentityCard,
    /// 9(2) passport of a citizen.
    Passport,
    /// 9(2) birth certificate of a child under 16.
    BirthCertificate,
    /// 9(3) alimony agreement (alternative: a court decision).
    AlimonyAgreement,
    /// 9(4) guardianship authority's conclusion for a child 10 or older.
    GuardianshipConclusion,
    /// 9(5) notarised consent of the other parent (alternative: court decision).
    OtherParentConsent,
    /// 9(6) proof of payment of the state fee.
    FeeReceipt,
    /// 9, Annex 3: request to establish registration in Kazakhstan.
    RegistrationRequest,
}

impl Requirement {
    /// The paragraph of the standard that requires it.
    pub fn paragraph(self) -> &'static str {
        match self {
            Requirement::Questionnaire => "9(1)",
            Requirement::RepresentativeAuthority => "9",
            Requirement::IdentityCard | Requirement::Passport | Requirement::BirthCertificate => {
                "9(2)"
            }
            Requirement::AlimonyAgreement => "9(3)",
            Requirement::GuardianshipConclusion => "9(4)",
            Requirement::OtherParentConsent => "9(5)",
            Requirement::FeeReceipt => "9(6)",
            Requirement::RegistrationRequest => "9, Annex 3",
        }
    }

    pub const ALL: [Requirement; 10] = [
        Requirement::Questionnaire,
        Requirement::RepresentativeAuthority,
        Requirement::IdentityCard,
        Requirement::Passport,
        Requirement::BirthCertificate,
        Requirement::AlimonyAgreement,
        Requirement::GuardianshipConclusion,
        Requirement::OtherParentConsent,
        Requirement::FeeReceipt,
        Requirement::RegistrationRequest,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Requirement::Questionnaire => "questionnaire",
            Requirement::RepresentativeAuthority => "representative_authority",
            Requirement::IdentityCard => "identity_card",
            Requirement::Passport => "passport",
            Requirement::BirthCertificate => "birth_certificate",
            Requirement::AlimonyAgreement => "alimony_agreement",
            Requirement::GuardianshipConclusion => "guardianship_conclusion",
            Requirement::OtherParentConsent => "other_parent_consent",
            Requirement::FeeReceipt => "fee_receipt",
            Requirement::RegistrationRequest => "registration_request",
        }
    }
}

/// Whom a checklist item is for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    #[default]
    Applicant,
    Representative,
    /// A child going along, by index in `Intake::children`.
    Child(usize),
    /// The other parent of a child going along.
    OtherParentOf(usize),
    /// A dependant staying in Kazakhstan, by index in `Intake::dependants`.
    Dependant(usize),
}

/// How a presented document was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    Paper,
    InformationSystem,
    /// The alternative the paragraph allows (a court decision instead of the
    /// agreement or the consent).
    Alternative,
}
