//! The rulebook of a case's life: what may happen next to a case, by whom,
//! at which office, on which day, under the regulation profile the case was
//! opened under. One function checks every event wherever it comes from —
//! the window, the command line, another office — and the actions a front
//! end offers are the ones this module returns: no front end re-derives a
//! rule.
//!
//! The order of the checks matters: who may write (the role, the office
//! that holds the case) comes before anything about the event itself, so an
//! office that does not hold a case learns nothing and changes nothing.

use super::access::{may_record_at, permits, Act, Role};
use super::calendar::CalendarData;
use super::case::{CaseState, EventKind, Holder, RefusalGround, Status, TransitionError};
use super::deadlines::DeadlineCalc;
use super::documents::{Requirement, Subject, Via};
use super::profile::RegulationProfile;
use super::OfficeKind;
use chrono::NaiveDate;
use std::sync::Arc;

/// Who acts, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Acting {
    /// The role of the person recording the event; `None` for an event
    /// that arrives from another office (its role was checked there) and
    /// for the administrator's command line before it logs in.
    pub role: Option<Role>,
    /// The office code where the event is recorded.
    pub office: u16,
    pub office_kind: OfficeKind,
}

/// A case as the rules need it.
#[derive(Clone, Copy)]
pub struct Case<'a> {
    pub state: &'a CaseState,
    /// The office that accepted the case (the code that leads its number).
    pub origin: u16,
    /// The office that reviews it, once submitted for review.
    pub review: Option<u16>,
    /// The profile the case was opened under: its grounds, its terms.
    pub profile: &'a RegulationProfile,
    pub calendar: &'a Arc<CalendarData>,
    /// The approving bodies the acting office asks for conclusions
    /// (para 9, stage 1): an approval recorded here — from the window or
    /// the command line — needs each one's conclusion, or the reason it
    /// was not asked. Empty for an event from another office (checked
    /// there against the bodies that office asks).
    pub bodies: &'a [String],
}

/// The approving bodies asked by default (stored by key).
pub const DEFAULT_BODIES: [&str; 5] = ["security", "military", "tax", "courts", "prosecution"];

/// The bodies an office asks, from its `approving_bodies` setting (one a
/// line); the defaults when unset or empty.
pub fn bodies_from_setting(setting: Option<&str>) -> Vec<String> {
    let list: Vec<String> = setting
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    if list.is_empty() {
        DEFAULT_BODIES.iter().map(|b| b.to_string()).collect()
    } else {
        list
    }
}

/// The approving bodies of `bodies` (those the office asks) with no
/// conclusion on the case yet (para 9, stage 1: the decision waits for
/// every one).
pub fn bodies_missing(state: &CaseState, bodies: &[String]) -> Vec<String> {
    bodies
        .iter()
        .filter(|b| !state.conclusions.iter().any(|c| &c.body == *b))
        .cloned()
        .collect()
}

/// Why an event may not be recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    #[error("the role {role:?} may not record {event}")]
    NotPermitted { role: Role, event: &'static str },
    /// The event is the migration police office's, not this office's kind.
    #[error("{event} is not recorded at a {office:?} office")]
    NotAtThisOffice {
        office: OfficeKind,
        event: &'static str,
    },
    /// Another office holds the case now (its code).
    #[error("the case is held by office {0}")]
    HeldElsewhere(u16),
    #[error("{0}")]
    Transition(#[from] TransitionError),
}

/// Whether `office` may write to a case in `status` now; else the code of
/// the office that may. Ownership moves only by explicit events (see
/// `Status::holder`). A case with no reviewing office yet is written only
/// where it was accepted — or, for a workstation that works alone (no
/// route), there too.
pub fn holder(status: Status, origin: u16, review: Option<u16>, office: u16) -> Result<(), u16> {
    let Some(review) = review else {
        return if office == origin {
            Ok(())
        } else {
            Err(origin)
        };
    };
    let ok = match status.holder() {
        Holder::Origin => office == origin,
        Holder::Reviewer => office == review,
        Holder::Both => office == origin || office == review,
    };
    match (ok, status.holder()) {
        (true, _) => Ok(()),
        (false, Holder::Reviewer) => Err(review),
        (false, _) => Err(origin),
    }
}

/// Whether `who` may open a case — take an application at the counter
/// (para 8): asked on every path that opens one (the window, the command
/// line's import, a draft committed). Any kind of office takes
/// applications (paras 4 and 8: a State Corporation department or the
/// migration police office).
pub fn check_opening(who: &Acting) -> Result<(), RuleError> {
    match who.role {
        Some(role) if !permits(Some(role), Act::OpenCase) => Err(RuleError::NotPermitted {
            role,
            event: "intake_opened",
        }),
        _ => Ok(()),
    }
}

/// The statuses of an open case, as stored: a person has at most one
/// (unless the clerk says otherwise), and a closed case is the one
/// `Status::is_closed` names.
pub fn open_statuses() -> Vec<&'static str> {
    Status::ALL
        .into_iter()
        .filter(|s| !s.is_closed())
        .map(Status::as_str)
        .collect()
}

/// Checks one event against the case as it stands. The first event of a
/// case (the intake) is checked by `check_opening`.
pub fn check(who: &Acting, case: &Case<'_>, kind: &EventKind) -> Result<(), RuleError> {
    // The kind of office first: an event of the review recorded at a
    // State Corporation department — by anyone, here or there — is refused.
    if !may_record_at(who.office_kind, kind) {
        return Err(RuleError::NotAtThisOffice {
            office: who.office_kind,
            event: kind.name(),
        });
    }
    if let Some(role) = who.role {
        if !permits(Some(role), Act::Record(kind)) {
            return Err(RuleError::NotPermitted {
                role,
                event: kind.name(),
            });
        }
    }
    holder(case.state.status, case.origin, case.review, who.office)
        .map_err(RuleError::HeldElsewhere)?;
    let state = case.state;
    match kind {
        // Para 9, stage 1: the conclusions of the approving bodies this
        // office asks (the defaults, or the administrator's list) — no
        // other body's. An event from another office was checked there.
        EventKind::ConclusionRecorded { conclusion }
            if who.role.is_some() && !case.bodies.iter().any(|b| b == &conclusion.body) =>
        {
            return Err(TransitionError::UnknownBody(conclusion.body.clone()).into());
        }
        EventKind::Refused { on, grounds } => {
            check_grounds(case.profile, grounds)?;
            // Para 9 stage 3 / Annex 4-1: once the direction is issued, a
            // refusal follows only when the military deregistration
            // certificate did not come within its validity.
            if state.status == Status::Approved {
                match state.military {
                    Some(super::case::Military::Certificate { .. }) => {
                        return Err(TransitionError::CertificateOnRecord.into());
                    }
                    Some(super::case::Military::NotLiable { .. }) => {
                        return Err(TransitionError::NotLiableOnRecord.into());
                    }
                    None => {}
                }
                if let Some(until) = state.direction_valid_until {
                    if *on <= until {
                        return Err(TransitionError::DirectionStillValid { until }.into());
                    }
                }
            }
            // The Annex 4-1 note's ground belongs to a lapsed direction,
            // and a lapsed direction is refused on that ground alone.
            let lapse = state.status == Status::Approved;
            for g in grounds {
                let note = g.ground == RefusalGround::CERTIFICATE_NOT_PRESENTED;
                if note != lapse {
                    return Err(TransitionError::GroundNotHere(g.ground).into());
                }
            }
        }
        EventKind::Approved { on, valid_until } => {
            // A case that is not under review (refused, say) is told so
            // first, not what it would have lacked.
            state.check_kind(kind)?;
            // Recorded here: the validity is the profile's, counted from the
            // issue (an office that sent it counted with its own calendar).
            if who.role.is_some() {
                let expected = DeadlineCalc::new(case.profile, case.calendar)
                    .direction_valid_until(*on)
                    .ok_or(TransitionError::NoTerm)?;
                if *valid_until != expected {
                    return Err(TransitionError::WrongValidity { expected }.into());
                }
            }
            // Para 9 stage 1: the decision rests on the approving bodies'
            // positive conclusions — every body this office asks.
            let missing = bodies_missing(state, case.bodies);
            if !missing.is_empty() {
                return Err(TransitionError::ConclusionsMissing(missing).into());
            }
        }
        // Para 9 stage 4: an uncollected decision is kept for a month,
        // then passed to the provider — not before.
        EventKind::TransferredToProvider { on }
            if who.office_kind == OfficeKind::StateCorporation
                && state.office_kind == OfficeKind::StateCorporation =>
        {
            if let Some(until) = state
                .decision_issued_on
                .and_then(|d| DeadlineCalc::new(case.profile, case.calendar).storage_ends_on(d))
            {
                if *on <= until {
                    return Err(TransitionError::StorageNotEnded { until }.into());
                }
            }
        }
        // An uncollected decision goes from the State Corporation
        // department that keeps it to the provider.
        EventKind::TransferredToProvider { .. }
            if who.office_kind != OfficeKind::StateCorporation
                || state.office_kind != OfficeKind::StateCorporation =>
        {
            return Err(TransitionError::NotAtStateCorporation.into());
        }
        _ => {}
    }
    state.check_kind(kind)?;
    Ok(())
}

/// Para 10: each ground must be one in force under the case's profile, and
/// name its end unless the profile says that ground needs none.
pub fn check_grounds(
    profile: &RegulationProfile,
    grounds: &[RefusalGround],
) -> Result<(), TransitionError> {
    if grounds.is_empty() {
        return Err(TransitionError::NoGrounds);
    }
    // The notice prints each ground's own "until" wording; what the
    // officer types is only the case's detail, so none is required.
    for g in grounds {
        let known = g.ground == RefusalGround::CERTIFICATE_NOT_PRESENTED
            || profile.grounds.contains(&g.ground);
        if !known {
            return Err(TransitionError::UnknownGround(g.ground));
        }
    }
    let mut seen: Vec<u8> = grounds.iter().map(|g| g.ground).collect();
    seen.sort_unstable();
    seen.dedup();
    if seen.len() != grounds.len() {
        return Err(TransitionError::AlreadyRecorded);
    }
    Ok(())
}

/// A ground the officer may choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroundChoice {
    pub ground: u8,
    /// Whether the standard gives the ground an "until" (the notice prints
    /// it; the officer may add the case's detail to it).
    pub needs_until: bool,
}

/// Something that may be done to a case now, with what it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Stage 1: an approving body's conclusion.
    RecordConclusion,
    /// Stage 2: the Annex 4-1 direction, valid until the given day.
    Approve { valid_until: NaiveDate },
    /// Stage 2, or stage 3 once the direction lapsed without the
    /// certificate: the Annex 1-1 refusal on the grounds in force.
    Refuse {
        grounds: Vec<GroundChoice>,
        /// The refusal is possible because the direction lapsed (the date
        /// it was valid until) without the military certificate.
        lapsed: Option<NaiveDate>,
    },
    /// Stage 3: the certificate of military deregistration.
    MilitaryCertificate,
    /// Stage 3: not liable for military service.
    NotLiable,
    /// Stage 3: removed from residence registration.
    ResidenceDeregistered,
    /// Stage 4: the Annex 1 decision.
    Decide,
    /// Stage 4: handed to the applicant or a representative.
    HandOver,
    /// An uncollected decision passed to the provider; `storage_ended` is
    /// the last day of storage when it has passed.
    Transfer { storage_ended: Option<NaiveDate> },
    /// The answer to an Annex 3 request, about one of these people (those
    /// the request was made for).
    RecordRegistrationAnswer { people: Vec<Subject> },
    /// Documents an Annex 3 answer required again: presented now.
    Present { items: Vec<(Requirement, Subject)> },
    /// A correction referring to an earlier entry of the log.
    Correct,
}

impl Action {
    /// A short name for logs, tests and the command line.
    pub fn name(&self) -> &'static str {
        match self {
            Action::RecordConclusion => "conclusion",
            Action::Approve { .. } => "approve",
            Action::Refuse { .. } => "refuse",
            Action::MilitaryCertificate => "military-certificate",
            Action::NotLiable => "not-liable",
            Action::ResidenceDeregistered => "deregistered",
            Action::Decide => "decide",
            Action::HandOver => "hand-over",
            Action::Transfer { .. } => "transfer",
            Action::RecordRegistrationAnswer { .. } => "registration-answer",
            Action::Present { .. } => "present",
            Action::Correct => "correct",
        }
    }
}

/// The people an Annex 3 request is made for: dependants and children's
/// other parents whose whereabouts are unknown.
pub fn annex3_people(state: &CaseState) -> Vec<Subject> {
    use super::intake::Whereabouts;
    let mut out = Vec::new();
    for (i, c) in state.intake.children.iter().enumerate() {
        if c.other_parent
            .as_ref()
            .is_some_and(|p| p.whereabouts == Whereabouts::Unknown)
        {
            out.push(Subject::OtherParentOf(i));
        }
    }
    for (i, d) in state.intake.dependants.iter().enumerate() {
        if d.whereabouts == Whereabouts::Unknown {
            out.push(Subject::Dependant(i));
        }
    }
    out
}

/// The actions possible now, in the order of the case's life. Each is
/// offered only when `check` would accept the event it records on `today`.
pub fn possible(who: &Acting, case: &Case<'_>, today: NaiveDate) -> Vec<Action> {
    use super::case::{Conclusion, Recipient, RegistrationAnswer};
    let ok = |kind: &EventKind| check(who, case, kind).is_ok();
    let mut out = Vec::new();
    let probe = || "-".to_string();
    if ok(&EventKind::ConclusionRecorded {
        conclusion: Conclusion {
            body: case.bodies.first().cloned().unwrap_or_else(probe),
            positive: true,
            on: today,
            reference: probe(),
            not_asked: None,
        },
    }) {
        out.push(Action::RecordConclusion);
    }
    if let Some(valid_until) =
        DeadlineCalc::new(case.profile, case.calendar).direction_valid_until(today)
    {
        if ok(&EventKind::Approved {
            on: today,
            valid_until,
        }) {
            out.push(Action::Approve { valid_until });
        }
    }
    // Under review: the para 10 grounds in force. A lapsed direction: the
    // Annex 4-1 note's ground alone.
    let lapsed = (case.state.status == Status::Approved)
        .then_some(case.state.direction_valid_until)
        .flatten();
    let grounds: Vec<GroundChoice> = if case.state.status == Status::Approved {
        vec![GroundChoice {
            ground: RefusalGround::CERTIFICATE_NOT_PRESENTED,
            needs_until: false,
        }]
    } else {
        case.profile
            .grounds
            .iter()
            .map(|g| GroundChoice {
                ground: *g,
                needs_until: !case.profile.grounds_without_until.contains(g),
            })
            .collect()
    };
    if let Some(first) = grounds.first() {
        if ok(&EventKind::Refused {
            on: today,
            grounds: vec![RefusalGround {
                ground: first.ground,
                until: String::new(),
            }],
        }) {
            out.push(Action::Refuse { grounds, lapsed });
        }
    }
    let simple = [
        (
            EventKind::MilitaryCertificateReceived {
                on: today,
                issuer: probe(),
                number: probe(),
            },
            Action::MilitaryCertificate,
        ),
        (
            EventKind::NotLiableForMilitary { on: today },
            Action::NotLiable,
        ),
        (
            EventKind::ResidenceDeregistered { on: today },
            Action::ResidenceDeregistered,
        ),
        (EventKind::DecisionIssued { on: today }, Action::Decide),
        (
            EventKind::HandedOver {
                on: today,
                to: Recipient::Applicant,
            },
            Action::HandOver,
        ),
    ];
    for (kind, action) in simple {
        if ok(&kind) {
            out.push(action);
        }
    }
    if ok(&EventKind::TransferredToProvider { on: today }) {
        let storage_ended = case
            .state
            .decision_issued_on
            .and_then(|d| DeadlineCalc::new(case.profile, case.calendar).storage_ends_on(d))
            .filter(|end| today > *end);
        out.push(Action::Transfer { storage_ended });
    }
    if ok(&EventKind::RegistrationAnswerRecorded {
        answer: RegistrationAnswer {
            on: today,
            person: probe(),
            registered: false,
            details: String::new(),
            reference: probe(),
            subject: None,
        },
    }) {
        out.push(Action::RecordRegistrationAnswer {
            people: annex3_people(case.state),
        });
    }
    let items = case.state.outstanding();
    if let Some((requirement, subject)) = items.first() {
        if ok(&EventKind::DocumentPresented {
            on: today,
            requirement: *requirement,
            subject: *subject,
            via: Via::Paper,
        }) {
            out.push(Action::Present { items });
        }
    }
    if let Some(first) = case.state.event_ids().first() {
        if ok(&EventKind::Corrected {
            refers_to: *first,
            note: probe(),
        }) {
            out.push(Action::Correct);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::testing::{accepted, d, ev};
    use crate::domain::case::Conclusion;
    use crate::domain::rules::Rules;

    /// The sample accepted on 25.11.2026, approved on `on`.
    fn approved(on: NaiveDate, valid_until: NaiveDate) -> CaseState {
        accepted()
            .apply(&ev(3, EventKind::Approved { on, valid_until }))
            .unwrap()
    }

    /// The bodies an office asks by default.
    static BODIES: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| bodies_from_setting(None));

    fn case<'a>(state: &'a CaseState, review: Option<u16>, rules: &'a Rules) -> Case<'a> {
        Case {
            state,
            origin: 1,
            review,
            profile: &rules.profiles[0],
            calendar: &rules.calendar,
            bodies: &BODIES,
        }
    }

    /// Para 9, stage 1: only the bodies the office asks; anything else is
    /// refused and nothing is recorded (an event from another office was
    /// checked there).
    #[test]
    fn a_conclusion_only_of_a_body_the_office_asks() {
        let rules = Rules::shipped();
        let state = accepted();
        let c = case(&state, None, &rules);
        let of = |body: &str| EventKind::ConclusionRecorded {
            conclusion: Conclusion {
                body: body.into(),
                positive: true,
                on: d(2026, 12, 1),
                reference: "1".into(),
                not_asked: None,
            },
        };
        assert_eq!(
            check(&who(Role::Officer), &c, &of("fbi")),
            Err(RuleError::Transition(TransitionError::UnknownBody(
                "fbi".into()
            )))
        );
        assert_eq!(check(&who(Role::Officer), &c, &of("security")), Ok(()));
        let remote = Acting {
            role: None,
            ..who(Role::Officer)
        };
        assert_eq!(check(&remote, &c, &of("regional body")), Ok(()));
    }

    /// Someone at the migration police office that reviews (office 1).
    fn who(role: Role) -> Acting {
        Acting {
            role: Some(role),
            office: 1,
            office_kind: OfficeKind::MigrationPolice,
        }
    }

    /// Someone at a State Corporation department (office 1).
    fn at_sc(role: Role) -> Acting {
        Acting {
            office_kind: OfficeKind::StateCorporation,
            ..who(role)
        }
    }

    /// Para 10 and the standard's stages: the review (conclusions, the
    /// approval with its direction, the refusal, the decision) is the
    /// provider's; a State Corporation department records none of it,
    /// whatever the role, and is offered none of it; it accepts, hands
    /// over and transfers.
    #[test]
    fn the_review_is_the_police_offices() {
        let rules = Rules::shipped();
        let on = d(2026, 12, 2);
        let state = accepted();
        let c = case(&state, None, &rules);
        let conclusion = EventKind::ConclusionRecorded {
            conclusion: Conclusion {
                body: "security".into(),
                positive: true,
                on,
                reference: "1".into(),
                not_asked: None,
            },
        };
        let refusal = EventKind::Refused {
            on,
            grounds: vec![RefusalGround {
                ground: 7,
                until: String::new(),
            }],
        };
        for role in [Role::Officer, Role::Administrator, Role::Supervisor] {
            for kind in [&conclusion, &refusal] {
                assert_eq!(
                    check(&at_sc(role), &c, kind),
                    Err(RuleError::NotAtThisOffice {
                        office: OfficeKind::StateCorporation,
                        event: kind.name(),
                    }),
                    "{role:?}"
                );
            }
            let offered = possible(&at_sc(role), &c, on);
            assert!(
                !offered.iter().any(|a| matches!(
                    a,
                    Action::RecordConclusion
                        | Action::Approve { .. }
                        | Action::Refuse { .. }
                        | Action::Decide
                )),
                "{role:?}: {offered:?}"
            );
        }
        // An event of the review arriving from a State Corporation office
        // (no role: checked where it was recorded) is refused too.
        let remote = Acting {
            role: None,
            office: 1,
            office_kind: OfficeKind::StateCorporation,
        };
        assert!(check(&remote, &c, &conclusion).is_err());
        // At the police office the same officer records it.
        assert_eq!(check(&who(Role::Officer), &c, &conclusion), Ok(()));
        assert!(possible(&who(Role::Officer), &c, on).contains(&Action::RecordConclusion));
    }

    #[test]
    fn the_holder_rule() {
        // No reviewing office: only the office that accepted the case.
        assert_eq!(holder(Status::IntakeOpen, 1, None, 1), Ok(()));
        assert_eq!(holder(Status::IntakeOpen, 1, None, 7), Err(1));
        assert_eq!(holder(Status::UnderReview, 1, Some(7), 1), Err(7));
        assert_eq!(holder(Status::UnderReview, 1, Some(7), 7), Ok(()));
        assert_eq!(holder(Status::Approved, 1, Some(7), 1), Ok(()));
        assert_eq!(holder(Status::Approved, 1, Some(7), 7), Ok(()));
        assert_eq!(holder(Status::Approved, 1, Some(7), 9), Err(1));
        assert_eq!(holder(Status::DecisionIssued, 1, Some(7), 7), Err(1));
    }

    #[test]
    fn a_refusal_after_the_direction_only_once_it_lapsed_without_the_certificate() {
        let rules = Rules::shipped();
        let on = d(2026, 12, 2);
        let until = DeadlineCalc::new(&rules.profiles[0], &rules.calendar)
            .direction_valid_until(on)
            .unwrap();
        let state = approved(on, until);
        let case = case(&state, None, &rules);
        let refuse_on = |day, ground| EventKind::Refused {
            on: day,
            grounds: vec![RefusalGround {
                ground,
                until: String::new(),
            }],
        };
        let refuse = |day| refuse_on(day, RefusalGround::CERTIFICATE_NOT_PRESENTED);
        let officer = who(Role::Officer);
        // The lapse is its own ground (the Annex 4-1 note), not a para 10
        // item borrowed for it.
        assert_eq!(
            check(&officer, &case, &refuse_on(until.succ_opt().unwrap(), 8)),
            Err(RuleError::Transition(TransitionError::GroundNotHere(8)))
        );
        assert_eq!(
            check(&officer, &case, &refuse(until)),
            Err(RuleError::Transition(
                TransitionError::DirectionStillValid { until }
            ))
        );
        let after = until.succ_opt().unwrap();
        assert_eq!(check(&officer, &case, &refuse(after)), Ok(()));
        let acts = possible(&officer, &case, until);
        assert!(!acts.iter().any(|a| matches!(a, Action::Refuse { .. })));
        let acts = possible(&officer, &case, after);
        assert!(acts.iter().any(|a| matches!(
            a,
            Action::Refuse { lapsed: Some(u), grounds }
                if *u == until && grounds.len() == 1 && grounds[0].ground == 0
        )));
        // Under review, the note's ground does not apply.
        let review = accepted();
        let review = super::Case {
            state: &review,
            ..case
        };
        assert_eq!(
            check(&officer, &review, &refuse(on)),
            Err(RuleError::Transition(TransitionError::GroundNotHere(0)))
        );
    }

    #[test]
    fn approval_needs_every_bodys_conclusion_or_a_reason() {
        let rules = Rules::shipped();
        let on = d(2026, 12, 2);
        let bodies: Vec<String> = ["security", "tax"].iter().map(|b| b.to_string()).collect();
        let until = DeadlineCalc::new(&rules.profiles[0], &rules.calendar)
            .direction_valid_until(on)
            .unwrap();
        let approve = EventKind::Approved {
            on,
            valid_until: until,
        };
        let conclusion = |body: &str, not_asked: Option<&str>| EventKind::ConclusionRecorded {
            conclusion: Conclusion {
                body: body.into(),
                positive: true,
                on,
                reference: "1".into(),
                not_asked: not_asked.map(str::to_string),
            },
        };
        let officer = who(Role::Officer);
        let mut state = accepted();
        state
            .apply_in_place(&ev(3, conclusion("security", None)))
            .unwrap();
        let c = Case {
            bodies: &bodies,
            ..case(&state, None, &rules)
        };
        assert_eq!(
            check(&officer, &c, &approve),
            Err(RuleError::Transition(TransitionError::ConclusionsMissing(
                vec!["tax".into()]
            )))
        );
        assert!(!possible(&officer, &c, on)
            .iter()
            .any(|a| matches!(a, Action::Approve { .. })));
        // A body not asked, with the reason, counts.
        state
            .apply_in_place(&ev(4, conclusion("tax", Some("no income in Kazakhstan"))))
            .unwrap();
        let c = Case {
            bodies: &bodies,
            ..case(&state, None, &rules)
        };
        assert_eq!(check(&officer, &c, &approve), Ok(()));
    }

    #[test]
    fn grounds_come_from_the_profile() {
        let rules = Rules::shipped();
        let mut profile = rules.profiles[0].clone();
        let g = |ground, until: &str| RefusalGround {
            ground,
            until: until.into(),
        };
        assert_eq!(check_grounds(&profile, &[g(8, "")]), Ok(()));
        // The notice prints the ground's own "until"; the detail is optional.
        assert_eq!(check_grounds(&profile, &[g(3, " ")]), Ok(()));
        assert_eq!(
            check_grounds(&profile, &[g(3, ""), g(3, "x")]),
            Err(TransitionError::AlreadyRecorded)
        );
        assert_eq!(
            check_grounds(&profile, &[g(9, "x")]),
            Err(TransitionError::UnknownGround(9))
        );
        profile.grounds.retain(|x| *x != 7);
        assert_eq!(
            check_grounds(&profile, &[g(7, "x")]),
            Err(TransitionError::UnknownGround(7))
        );
        assert_eq!(
            check_grounds(&profile, &[]),
            Err(TransitionError::NoGrounds)
        );
    }

    #[test]
    fn who_may_write_is_checked_before_the_event() {
        let rules = Rules::shipped();
        let on = d(2026, 12, 2);
        let state = approved(on, on);
        let case = case(&state, Some(7), &rules);
        // A nonsense event from an office that does not hold the case is
        // refused for that, not for the event.
        let stranger = Acting {
            role: None,
            office: 99,
            office_kind: OfficeKind::MigrationPolice,
        };
        let conclusion = EventKind::ConclusionRecorded {
            conclusion: Conclusion {
                body: "x".into(),
                positive: true,
                on,
                reference: "x".into(),
                not_asked: None,
            },
        };
        assert_eq!(
            check(&stranger, &case, &conclusion),
            Err(RuleError::HeldElsewhere(1))
        );
        // A clerk may not decide.
        assert!(matches!(
            check(&who(Role::Clerk), &case, &EventKind::DecisionIssued { on }),
            Err(RuleError::NotPermitted { .. })
        ));
        assert!(possible(&who(Role::Clerk), &case, on)
            .iter()
            .all(|a| !matches!(a, Action::Decide)));
    }

    #[test]
    fn a_transfer_only_at_a_state_corporation() {
        let rules = Rules::shipped();
        let on = d(2026, 12, 2);
        let mut state = approved(on, on);
        for (seq, kind) in [
            (4, EventKind::NotLiableForMilitary { on }),
            (5, EventKind::ResidenceDeregistered { on }),
            (6, EventKind::DecisionIssued { on }),
        ] {
            state.apply_in_place(&ev(seq, kind)).unwrap();
        }
        let case = case(&state, None, &rules);
        let police = Acting {
            role: Some(Role::Officer),
            office: 1,
            office_kind: OfficeKind::MigrationPolice,
        };
        // Decided 2 Dec: kept for a month, to 2 Jan; transferred after.
        let transfer = |on| EventKind::TransferredToProvider { on };
        let after = d(2027, 1, 3);
        assert!(check(&police, &case, &transfer(after)).is_err());
        assert!(check(&at_sc(Role::Clerk), &case, &transfer(after)).is_ok());
        assert_eq!(
            check(&at_sc(Role::Clerk), &case, &transfer(d(2027, 1, 2))),
            Err(RuleError::Transition(TransitionError::StorageNotEnded {
                until: d(2027, 1, 2)
            }))
        );
        assert!(!possible(&at_sc(Role::Clerk), &case, d(2026, 12, 20))
            .iter()
            .any(|a| matches!(a, Action::Transfer { .. })));
    }
}
