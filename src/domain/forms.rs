//! The seven forms of the standard and the rule of when each exists: a
//! printed form is a legal act, so it prints only in the case states where
//! the standard makes it.

use super::case::{CaseState, Status};
use super::OfficeKind;
use std::str::FromStr;

/// The seven forms of the standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Annex {
    /// Annex 1: the decision.
    A1,
    /// Annex 1-1: the refusal notice (para 10).
    A1_1,
    /// Annex 2: the questionnaire-application.
    A2,
    /// Annex 3: the request to the internal affairs body about registration.
    A3,
    /// Annex 4: the receipt of acceptance.
    A4,
    /// Annex 4-1: the direction for deregistration.
    A4_1,
    /// Annex 5: the receipt of refusal to accept.
    A5,
}

impl Annex {
    pub const ALL: [Annex; 7] = [
        Annex::A1,
        Annex::A1_1,
        Annex::A2,
        Annex::A3,
        Annex::A4,
        Annex::A4_1,
        Annex::A5,
    ];

    /// The annex number as the standard writes it: `1`, `1-1`, … `5`.
    pub fn code(self) -> &'static str {
        match self {
            Annex::A1 => "1",
            Annex::A1_1 => "1-1",
            Annex::A2 => "2",
            Annex::A3 => "3",
            Annex::A4 => "4",
            Annex::A4_1 => "4-1",
            Annex::A5 => "5",
        }
    }

    /// Two digits for the QR code (after the 15 digits of the case number),
    /// so a keyboard-wedge scanner types digits only.
    pub fn qr_digits(self) -> &'static str {
        match self {
            Annex::A1 => "01",
            Annex::A1_1 => "11",
            Annex::A2 => "02",
            Annex::A3 => "03",
            Annex::A4 => "04",
            Annex::A4_1 => "41",
            Annex::A5 => "05",
        }
    }

    /// Forms the standard makes "in two copies, one for each side".
    pub fn copies(self) -> u8 {
        match self {
            Annex::A1_1 | Annex::A4 | Annex::A4_1 | Annex::A5 => 2,
            Annex::A1 | Annex::A2 | Annex::A3 => 1,
        }
    }
}

impl FromStr for Annex {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Annex::ALL
            .into_iter()
            .find(|a| a.code() == s.trim())
            .ok_or(())
    }
}

/// Why a form cannot be printed for a case now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormRefusal {
    /// The case is not in a state the form stands for.
    NotInState(Status),
    /// The form is not this office's to issue: Annex 5 is the State
    /// Corporation's receipt (para 10, last sentence).
    NotAtThisOffice(OfficeKind),
    /// Annex 3 asks about a person whose registration is unknown (para 9):
    /// the questionnaire names none.
    NobodyUnknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("Annex {} cannot be printed: {why:?}", annex.code())]
pub struct FormRefused {
    pub annex: Annex,
    pub why: FormRefusal,
}

/// Whether `annex` exists for a case in `state` at an office of `office`'s
/// kind: the questionnaire (2) from the intake on, the registration
/// request (3) too where someone's registration is unknown (a child's other
/// parent, a dependant — para 9); the receipt (4) once accepted; the intake refusal receipt
/// (5) once refused at intake, and only at a State Corporation department
/// — para 10 gives the receipt to the State Corporation's employee; a
/// migration police office records the refusal and what is missing, and
/// prints no Annex 5; the direction (4-1) once approved; the refusal
/// notice (1-1) once refused at review; the decision (1) once it is made.
/// Facts of the case decide, so a case that went on (a decision handed
/// over) still reprints its earlier forms.
pub fn printable(state: &CaseState, annex: Annex, office: OfficeKind) -> Result<(), FormRefused> {
    if annex == Annex::A5 && office != OfficeKind::StateCorporation {
        return Err(FormRefused {
            annex,
            why: FormRefusal::NotAtThisOffice(office),
        });
    }
    if annex == Annex::A3 && super::rulebook::annex3_people(state).is_empty() {
        return Err(FormRefused {
            annex,
            why: FormRefusal::NobodyUnknown,
        });
    }
    let exists = match annex {
        Annex::A2 | Annex::A3 => true,
        Annex::A4 => state.accepted_on.is_some(),
        Annex::A5 => state.refused_at_intake_on.is_some(),
        Annex::A4_1 => state.approved_on.is_some(),
        Annex::A1_1 => state.refused_on.is_some(),
        Annex::A1 => state.decision_issued_on.is_some(),
    };
    if exists {
        Ok(())
    } else {
        Err(FormRefused {
            annex,
            why: FormRefusal::NotInState(state.status),
        })
    }
}

/// The forms a case in `state` may print now at an office of this kind,
/// in the standard's order.
pub fn printable_forms(state: &CaseState, office: OfficeKind) -> Vec<Annex> {
    Annex::ALL
        .into_iter()
        .filter(|a| printable(state, *a, office).is_ok())
        .collect()
}
