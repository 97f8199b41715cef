//! The required-documents checklist of para 9, as a pure function of the
//! intake, the office and the application date.
//!
//! Readings chosen (stated here and in the README):
//! - Ages are counted on the application date; a person reaches an age at
//!   the start of the birthday, and someone born on 29 February reaches it
//!   on 28 February of a common year (the Civil Code's rule for periods that
//!   end in a month without that day). See `super::age_on`.
//! - When the registration in Kazakhstan of a dependant (9(3)) or of the
//!   other parent (9(5)) is unknown, the Annex 3 request is required at
//!   intake instead of the agreement or the consent, which depend on its
//!   answer.
//! - At a State Corporation counter, identity documents issued and birth
//!   certificates registered after 2008, and a fee paid through the e-gov
//!   payment gateway, are obtained from the state information system unless
//!   the clerk records a paper copy.

use super::intake::{FiledBy, Intake, LeavesWith, PaymentChannel, Whereabouts};
use super::profile::{MciTable, RegulationProfile};
use super::{age_on, OfficeKind};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

pub use super::documents::{Requirement, Subject, Via};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    Paper,
    InformationSystem,
    Alternative,
    Missing,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistItem {
    pub requirement: Requirement,
    pub paragraph: String,
    pub subject: Subject,
    /// The person's name, for the clerk and for the Annex 5 list.
    pub subject_name: String,
    pub status: ItemStatus,
    /// The State Corporation may fetch it from the state information system.
    pub info_system_eligible: bool,
    /// A court decision may stand in (9(3), 9(5)).
    pub alternative_allowed: bool,
    /// Required after the acceptance by the answer to an Annex 3 request
    /// (the person is registered in Kazakhstan after all).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required_by_answer: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checklist {
    pub items: Vec<ChecklistItem>,
    /// The state fee due, in tenge, on the application date (or on the day
    /// of payment when the fee was paid).
    pub fee_tenge: Option<u64>,
    /// The fee was paid, but less than due.
    pub fee_short: bool,
    /// The fee was paid on a day the MCI table has no value for: what was
    /// due cannot be known, so the payment does not count as made.
    #[serde(default)]
    pub fee_unknown: bool,
}

impl Checklist {
    pub fn is_complete(&self) -> bool {
        !self.fee_short
            && !self.fee_unknown
            && self.items.iter().all(|i| i.status != ItemStatus::Missing)
    }
    pub fn missing(&self) -> impl Iterator<Item = &ChecklistItem> {
        self.items
            .iter()
            .filter(|i| i.status == ItemStatus::Missing)
    }
}

/// The day the fee is reckoned for (para 8: a state duty of 1 MCI, the
/// MCI in force on the day of payment): the day the payment was made, or,
/// while it is not paid yet, `today`.
pub fn fee_day(intake: &Intake, today: NaiveDate) -> NaiveDate {
    intake.fee.as_ref().map_or(today, |f| f.paid_on)
}

/// Builds the checklist. `on` is the application date.
pub fn build(
    intake: &Intake,
    office: OfficeKind,
    on: NaiveDate,
    profile: &RegulationProfile,
    mci: &MciTable,
) -> Checklist {
    let rules = &profile.documents;
    let at_sc = office == OfficeKind::StateCorporation;
    let in_force = |r: Requirement| rules.required.contains(&r);
    let after_cutoff =
        |d: Option<NaiveDate>| d.is_some_and(|d| d.year() > rules.info_system_after_year);
    let mut items = Vec::new();
    // 9(1): the questionnaire is filled at the counter; it counts as
    // presented once the applicant has signed the warning and the consent.
    if in_force(Requirement::Questionnaire) {
        let signed = intake.false_data_warning_on.is_some() && intake.secrets_consent_on.is_some();
        items.push(ChecklistItem {
            requirement: Requirement::Questionnaire,
            paragraph: Requirement::Questionnaire.paragraph().into(),
            subject: Subject::Applicant,
            subject_name: intake.applicant.full_name(),
            status: if signed {
                ItemStatus::Paper
            } else {
                ItemStatus::Missing
            },
            info_system_eligible: false,
            alternative_allowed: false,
            required_by_answer: false,
        });
    }
    let mut push =
        |requirement: Requirement, subject: Subject, name: String, is_ok: bool, alt: bool| {
            if !in_force(requirement) {
                return;
            }
            let info_system_eligible = at_sc && is_ok;
            let presented = intake
                .documents
                .iter()
                .filter(|p| p.requirement == requirement && p.subject == subject)
                .map(|p| p.via)
                .collect::<Vec<_>>();
            let status = if presented.contains(&Via::Paper) {
                ItemStatus::Paper
            } else if alt && presented.contains(&Via::Alternative) {
                ItemStatus::Alternative
            } else if info_system_eligible {
                ItemStatus::InformationSystem
            } else {
                ItemStatus::Missing
            };
            items.push(ChecklistItem {
                requirement,
                paragraph: requirement.paragraph().to_string(),
                subject,
                subject_name: name,
                status,
                info_system_eligible,
                alternative_allowed: alt,
                required_by_answer: false,
            });
        };
    let applicant = intake.applicant.full_name();

    if let FiledBy::Representative { full_name, .. } = &intake.filed_by {
        push(
            Requirement::RepresentativeAuthority,
            Subject::Representative,
            full_name.clone(),
            false,
            false,
        );
    }
    push(
        Requirement::IdentityCard,
        Subject::Applicant,
        applicant.clone(),
        after_cutoff(intake.applicant.id_card.issued_on),
        false,
    );
    push(
        Requirement::Passport,
        Subject::Applicant,
        applicant.clone(),
        after_cutoff(intake.applicant.passport.issued_on),
        false,
    );

    for (i, c) in intake.children.iter().enumerate() {
        let Some(born) = c.birth_date else { continue };
        let age = age_on(born, on);
        let name = c.full_name();
        if age < rules.birth_certificate_under {
            push(
                Requirement::BirthCertificate,
                Subject::Child(i),
                name.clone(),
                after_cutoff(Some(born)),
                false,
            );
        }
        if age >= rules.guardianship_from {
            push(
                Requirement::GuardianshipConclusion,
                Subject::Child(i),
                name.clone(),
                false,
                false,
            );
        }
        if age < rules.other_parent_consent_under && c.leaves_with == LeavesWith::OneParent {
            if let Some(op) = &c.other_parent {
                match op.whereabouts {
                    Whereabouts::InKazakhstan => push(
                        Requirement::OtherParentConsent,
                        Subject::OtherParentOf(i),
                        op.full_name.clone(),
                        false,
                        true,
                    ),
                    Whereabouts::Unknown => push(
                        Requirement::RegistrationRequest,
                        Subject::OtherParentOf(i),
                        op.full_name.clone(),
                        false,
                        false,
                    ),
                    Whereabouts::Abroad | Whereabouts::Deceased => {}
                }
            }
        }
    }

    for (i, d) in intake.dependants.iter().enumerate() {
        match d.whereabouts {
            Whereabouts::InKazakhstan => push(
                Requirement::AlimonyAgreement,
                Subject::Dependant(i),
                d.full_name.clone(),
                false,
                true,
            ),
            Whereabouts::Unknown => push(
                Requirement::RegistrationRequest,
                Subject::Dependant(i),
                d.full_name.clone(),
                false,
                false,
            ),
            Whereabouts::Abroad | Whereabouts::Deceased => {}
        }
    }

    let fee_day = fee_day(intake, on);
    let fee_tenge = mci.fee(&profile.fee, fee_day);
    let via_gateway = intake
        .fee
        .as_ref()
        .is_some_and(|f| f.channel == PaymentChannel::PaymentGateway);
    push(
        Requirement::FeeReceipt,
        Subject::Applicant,
        applicant,
        via_gateway,
        false,
    );
    let fee_short = match (&intake.fee, fee_tenge) {
        (Some(f), Some(due)) => f.amount_tenge < due,
        _ => false,
    };
    let fee_unknown = intake.fee.is_some() && fee_tenge.is_none();
    // 9(6): the document confirming the fee's payment. It is missing —
    // whatever the office, and whatever paper was shown — when nobody paid
    // (the gateway cannot be asked about a payment nobody made), when less
    // than the fee due on the day was paid, or when what was due that day
    // cannot be known: the package is incomplete, and a refusal at intake
    // names it (with the amount due).
    if intake.fee.is_none() || fee_short || fee_unknown {
        if let Some(item) = items
            .iter_mut()
            .find(|i| i.requirement == Requirement::FeeReceipt)
        {
            item.status = ItemStatus::Missing;
        }
    }
    Checklist {
        items,
        fee_tenge,
        fee_short,
        fee_unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::sample_intake;
    use crate::domain::intake::{ChildGoing, Dependant, OtherParent, Presented};
    use crate::domain::rules::Rules;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn check(i: &Intake, office: OfficeKind, on: NaiveDate) -> Checklist {
        let r = Rules::shipped();
        build(i, office, on, r.profile_on(on).unwrap(), &r.mci)
    }

    fn child(born: NaiveDate) -> ChildGoing {
        ChildGoing {
            surname: "Сейтқали".into(),
            given_name: "Әлия".into(),
            birth_date: Some(born),
            ..Default::default()
        }
    }

    fn reqs_for(c: &Checklist, s: Subject) -> Vec<Requirement> {
        c.items
            .iter()
            .filter(|i| i.subject == s)
            .map(|i| i.requirement)
            .collect()
    }

    #[test]
    fn sample_is_complete_at_the_state_corporation() {
        let c = check(
            &sample_intake(),
            OfficeKind::StateCorporation,
            d(2026, 11, 25),
        );
        assert!(c.is_complete(), "{:?}", c.missing().collect::<Vec<_>>());
        assert_eq!(c.fee_tenge, Some(4325));
    }

    #[test]
    fn birthday_on_the_application_date_counts() {
        let mut i = sample_intake();
        i.children = vec![child(d(2010, 11, 25))];
        // 16 today: no birth certificate; 10 or older: guardianship.
        let c = check(&i, OfficeKind::MigrationPolice, d(2026, 11, 25));
        assert_eq!(
            reqs_for(&c, Subject::Child(0)),
            vec![Requirement::GuardianshipConclusion]
        );
        // The day before: still 15.
        let c = check(&i, OfficeKind::MigrationPolice, d(2026, 11, 24));
        assert_eq!(
            reqs_for(&c, Subject::Child(0)),
            vec![
                Requirement::BirthCertificate,
                Requirement::GuardianshipConclusion
            ]
        );
        // Ten on the day.
        i.children = vec![child(d(2016, 11, 25))];
        let c = check(&i, OfficeKind::MigrationPolice, d(2026, 11, 25));
        assert!(reqs_for(&c, Subject::Child(0)).contains(&Requirement::GuardianshipConclusion));
        let c = check(&i, OfficeKind::MigrationPolice, d(2026, 11, 24));
        assert!(!reqs_for(&c, Subject::Child(0)).contains(&Requirement::GuardianshipConclusion));
    }

    #[test]
    fn leap_day_child_turns_ten_on_28_february() {
        let mut i = sample_intake();
        i.children = vec![child(d(2016, 2, 29))];
        let c = check(&i, OfficeKind::MigrationPolice, d(2026, 2, 27));
        assert!(!reqs_for(&c, Subject::Child(0)).contains(&Requirement::GuardianshipConclusion));
        let c = check(&i, OfficeKind::MigrationPolice, d(2026, 2, 28));
        assert!(reqs_for(&c, Subject::Child(0)).contains(&Requirement::GuardianshipConclusion));
    }

    #[test]
    fn one_parent_needs_the_other_parents_consent_or_a_court() {
        let mut i = sample_intake();
        let mut c0 = child(d(2012, 5, 1));
        c0.leaves_with = LeavesWith::OneParent;
        c0.other_parent = Some(OtherParent {
            full_name: "Сейтқали Нұрлан".into(),
            whereabouts: Whereabouts::InKazakhstan,
        });
        i.children = vec![c0.clone()];
        i.documents
            .retain(|p| !matches!(p.subject, Subject::Child(_) | Subject::OtherParentOf(_)));
        let c = check(&i, OfficeKind::MigrationPolice, d(2026, 11, 25));
        let item = c
            .items
            .iter()
            .find(|x| x.requirement == Requirement::OtherParentConsent)
            .unwrap();
        assert_eq!(item.status, ItemStatus::Missing);
        assert_eq!(item.subject_name, "Сейтқали Нұрлан");
        assert!(!c.is_complete());
        i.documents.push(Presented {
            requirement: Requirement::OtherParentConsent,
            subject: Subject::OtherParentOf(0),
            via: Via::Alternative,
        });
        let c = check(&i, OfficeKind::MigrationPolice, d(2026, 11, 25));
        let item = c
            .items
            .iter()
            .find(|x| x.requirement == Requirement::OtherParentConsent)
            .unwrap();
        assert_eq!(item.status, ItemStatus::Alternative);
        // Other parent abroad: no consent needed.
        c0.other_parent.as_mut().unwrap().whereabouts = Whereabouts::Abroad;
        i.children = vec![c0.clone()];
        let c = check(&i, OfficeKind::MigrationPolice, d(2026, 11, 25));
        assert!(!c
            .items
            .iter()
            .any(|x| x.requirement == Requirement::OtherParentConsent));
        // Unknown: the Annex 3 request.
        c0.other_parent.as_mut().unwrap().whereabouts = Whereabouts::Unknown;
        i.children = vec![c0];
        let c = check(&i, OfficeKind::MigrationPolice, d(2026, 11, 25));
        assert!(c
            .items
            .iter()
            .any(|x| x.requirement == Requirement::RegistrationRequest
                && x.subject == Subject::OtherParentOf(0)));
    }

    #[test]
    fn eighteenth_birthday_ends_the_consent_rule() {
        let mut i = sample_intake();
        let mut c0 = child(d(2008, 11, 26));
        c0.leaves_with = LeavesWith::OneParent;
        c0.other_parent = Some(OtherParent {
            full_name: "Ата Ана".into(),
            whereabouts: Whereabouts::InKazakhstan,
        });
        i.children = vec![c0];
        let c = check(&i, OfficeKind::MigrationPolice, d(2026, 11, 25));
        assert!(c
            .items
            .iter()
            .any(|x| x.requirement == Requirement::OtherParentConsent));
        let c = check(&i, OfficeKind::MigrationPolice, d(2026, 11, 26));
        assert!(!c
            .items
            .iter()
            .any(|x| x.requirement == Requirement::OtherParentConsent));
    }

    #[test]
    fn dependants_staying_need_an_agreement_or_a_court_decision() {
        let mut i = sample_intake();
        i.dependants = vec![Dependant {
            full_name: "Сейтқалиева Гүлнар".into(),
            relationship: "mother".into(),
            whereabouts: Whereabouts::InKazakhstan,
        }];
        let c = check(&i, OfficeKind::StateCorporation, d(2026, 11, 25));
        let item = c
            .items
            .iter()
            .find(|x| x.requirement == Requirement::AlimonyAgreement)
            .unwrap();
        assert_eq!(
            (item.status, item.paragraph.as_str()),
            (ItemStatus::Missing, "9(3)")
        );
        i.documents.push(Presented {
            requirement: Requirement::AlimonyAgreement,
            subject: Subject::Dependant(0),
            via: Via::Alternative,
        });
        assert!(check(&i, OfficeKind::StateCorporation, d(2026, 11, 25)).is_complete());
    }

    #[test]
    fn information_system_only_at_the_state_corporation() {
        let mut i = sample_intake();
        i.documents.clear();
        i.fee.as_mut().unwrap().channel = PaymentChannel::PaymentGateway;
        let sc = check(&i, OfficeKind::StateCorporation, d(2026, 11, 25));
        let police = check(&i, OfficeKind::MigrationPolice, d(2026, 11, 25));
        let id_sc = sc
            .items
            .iter()
            .find(|x| x.requirement == Requirement::IdentityCard)
            .unwrap();
        let id_po = police
            .items
            .iter()
            .find(|x| x.requirement == Requirement::IdentityCard)
            .unwrap();
        assert_eq!(id_sc.status, ItemStatus::InformationSystem);
        assert_eq!(id_po.status, ItemStatus::Missing);
        let fee = sc
            .items
            .iter()
            .find(|x| x.requirement == Requirement::FeeReceipt)
            .unwrap();
        assert_eq!(fee.status, ItemStatus::InformationSystem);
        // A birth certificate registered in 2008 is not in the system.
        i.children = vec![child(d(2008, 12, 31))];
        let sc = check(&i, OfficeKind::StateCorporation, d(2024, 11, 25));
        let bc = sc
            .items
            .iter()
            .find(|x| x.requirement == Requirement::BirthCertificate)
            .unwrap();
        assert_eq!(bc.status, ItemStatus::Missing);
    }

    #[test]
    fn fee_is_one_mci_on_the_day_of_payment() {
        let mut i = sample_intake();
        let f = i.fee.as_mut().unwrap();
        f.paid_on = d(2025, 12, 30);
        f.amount_tenge = 3932;
        let c = check(&i, OfficeKind::StateCorporation, d(2026, 1, 5));
        assert_eq!(c.fee_tenge, Some(3932));
        assert!(!c.fee_short);
        i.fee.as_mut().unwrap().amount_tenge = 3000;
        let c = check(&i, OfficeKind::StateCorporation, d(2026, 1, 5));
        assert!(c.fee_short);
        assert!(!c.is_complete());
        // Underpaid is missing: a refusal at intake is possible and names
        // it (at either kind of office, with the receipt shown or not).
        for office in [OfficeKind::StateCorporation, OfficeKind::MigrationPolice] {
            let c = check(&i, office, d(2026, 1, 5));
            let missing: Vec<Requirement> = c.missing().map(|m| m.requirement).collect();
            assert!(
                missing.contains(&Requirement::FeeReceipt),
                "{office:?}: {missing:?}"
            );
        }
    }
}

#[cfg(test)]
mod fee_tests {
    use super::*;
    use crate::domain::demo::sample_intake;
    use crate::domain::rules::Rules;

    #[test]
    fn a_fee_paid_on_a_day_without_an_mci_is_not_paid() {
        let r = Rules::shipped();
        let on = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let mut i = sample_intake();
        let fee = i.fee.as_mut().expect("the sample paid the fee");
        // Long before the table's first year.
        fee.paid_on = chrono::NaiveDate::from_ymd_opt(1990, 1, 5).unwrap();
        let c = build(
            &i,
            OfficeKind::StateCorporation,
            on,
            r.profile_on(on).unwrap(),
            &r.mci,
        );
        assert!(c.fee_unknown);
        assert!(!c.is_complete());
    }
}
