//! People and what they may do: roles, and the login lock-out rule
//! (3 failed logins lock the account for 15 minutes).

use chrono::{Duration, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A State Corporation or police counter clerk: visits and intake.
    Clerk,
    /// A migration police officer: review, decisions, handover.
    Officer,
    /// Deadline board, complaints, reports.
    Supervisor,
    /// Office settings, users, rule data.
    Administrator,
    /// A contact centre's operator (para 15): answers callers about the
    /// status of their applications, and nothing else.
    Operator,
    /// The ministry's analyst: the national report over every office's
    /// cases (read-only), and nothing else.
    Analyst,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Clerk,
        Role::Officer,
        Role::Supervisor,
        Role::Administrator,
        Role::Operator,
        Role::Analyst,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Clerk => "clerk",
            Role::Officer => "officer",
            Role::Supervisor => "supervisor",
            Role::Administrator => "administrator",
            Role::Operator => "operator",
            Role::Analyst => "analyst",
        }
    }
}

impl FromStr for Role {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Role::ALL.into_iter().find(|r| r.as_str() == s).ok_or(())
    }
}

/// Failed logins before the account locks.
pub const MAX_FAILED_LOGINS: u32 = 3;
/// How long a locked account stays locked.
pub const LOCK_MINUTES: i64 = 15;

/// What a login attempt leads to, given the account's counters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginDecision {
    /// Still locked: the password is not even checked.
    Locked { until: NaiveDateTime },
    /// Check the password.
    Check,
}

pub fn before_login(locked_until: Option<NaiveDateTime>, now: NaiveDateTime) -> LoginDecision {
    match locked_until {
        Some(until) if now < until => LoginDecision::Locked { until },
        _ => LoginDecision::Check,
    }
}

/// The counters after a failed password: `(failed, locked_until)`. The
/// third failure in a row locks the account and resets the count.
pub fn after_failure(failed: u32, now: NaiveDateTime) -> (u32, Option<NaiveDateTime>) {
    let failed = failed + 1;
    if failed >= MAX_FAILED_LOGINS {
        (0, Some(now + Duration::minutes(LOCK_MINUTES)))
    } else {
        (failed, None)
    }
}

/// The shortest password an administrator may set.
pub const PASSWORD_MIN: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("at least {PASSWORD_MIN} characters")]
    TooShort,
    #[error("at most 256 characters")]
    TooLong,
}

pub fn check_password_rules(p: &str) -> Result<(), PasswordError> {
    let n = p.chars().count();
    if n < PASSWORD_MIN {
        Err(PasswordError::TooShort)
    } else if n > 256 {
        Err(PasswordError::TooLong)
    } else {
        Ok(())
    }
}

/// What someone may be allowed to do. `permits` is the one table of who
/// may do what: the store, the desk and the window all ask it, and the
/// window offers only what it permits.
#[derive(Debug, Clone, Copy)]
pub enum Act<'a> {
    /// Open a case: take an application at the counter (para 8).
    OpenCase,
    /// Record one event of a case's life.
    Record(&'a super::case::EventKind),
    /// Add users, disable and enable them, set their passwords.
    ManageUsers,
    /// Change the office, its settings, routes, rule data and sync
    /// configuration; back up into a directory of one's choosing; restore
    /// a backup; make a recovery code.
    Administer,
    /// Read and export the reports; see the backup and sync lines.
    Supervise,
    /// Answer a complaint (para 11), settle a sync conflict, retry what
    /// waits from another office.
    Settle,
    /// Tell a caller the status of their application from the hub's
    /// status records (para 15): the contact centre's operator.
    LookUpStatus,
    /// Read and export the national report over every office's cases
    /// (the ministry's replica).
    NationalReport,
}

impl Act<'_> {
    /// The role the act is first allowed to (the name a refusal gives).
    pub fn needs(self) -> &'static str {
        match self {
            Act::OpenCase | Act::Record(_) => "clerk",
            Act::ManageUsers | Act::Administer => "administrator",
            Act::Supervise | Act::Settle => "supervisor",
            Act::LookUpStatus => "operator",
            Act::NationalReport => "analyst",
        }
    }
}

/// Whether `role` may do `act`. `None` is no person: the office's own
/// command line acting as its administrator before anyone signs in (`init`,
/// the library's own tests), and an event that arrives from another
/// office, whose role was checked where it was recorded.
pub fn permits(role: Option<Role>, act: Act<'_>) -> bool {
    let Some(role) = role else {
        return true;
    };
    match act {
        Act::OpenCase => matches!(role, Role::Clerk | Role::Officer | Role::Administrator),
        Act::Record(event) => may_record(role, event),
        Act::ManageUsers | Act::Administer => role == Role::Administrator,
        Act::Supervise | Act::Settle => matches!(role, Role::Supervisor | Role::Administrator),
        Act::LookUpStatus => role == Role::Operator,
        Act::NationalReport => matches!(role, Role::Analyst | Role::Administrator),
    }
}

/// The roles an office of a kind has: a contact centre has its operators
/// and its administrator, the ministry its analysts and its
/// administrator; the offices that keep cases have the other four.
pub fn roles_at(office: super::OfficeKind) -> &'static [Role] {
    match office {
        super::OfficeKind::StateCorporation | super::OfficeKind::MigrationPolice => &[
            Role::Clerk,
            Role::Officer,
            Role::Supervisor,
            Role::Administrator,
        ],
        super::OfficeKind::ContactCentre => &[Role::Operator, Role::Administrator],
        super::OfficeKind::Ministry => &[Role::Analyst, Role::Administrator],
    }
}

/// Who may record which event (`permits` asks it for `Act::Record`).
fn may_record(role: Role, event: &super::case::EventKind) -> bool {
    use super::case::EventKind as E;
    if matches!(role, Role::Operator | Role::Analyst) {
        return false;
    }
    match event {
        E::IntakeOpened { .. }
        | E::IntakeUpdated { .. }
        | E::Accepted { .. }
        | E::RefusedAtIntake { .. } => {
            matches!(role, Role::Clerk | Role::Officer | Role::Administrator)
        }
        // Review and decisions belong to the provider's officers.
        E::ConclusionRecorded { .. }
        | E::Approved { .. }
        | E::Refused { .. }
        | E::DecisionIssued { .. } => {
            matches!(role, Role::Officer | Role::Supervisor | Role::Administrator)
        }
        // Deregistration papers, handover and transfer happen at the counters too.
        E::MilitaryCertificateReceived { .. }
        | E::NotLiableForMilitary { .. }
        | E::ResidenceDeregistered { .. }
        | E::HandedOver { .. }
        | E::TransferredToProvider { .. }
        | E::RegistrationAnswerRecorded { .. } => true,
        // A paper that completes the package: at the counter or the review.
        E::DocumentPresented { .. } => {
            matches!(role, Role::Clerk | Role::Officer | Role::Administrator)
        }
        E::TakenAtHome { .. } => {
            matches!(role, Role::Clerk | Role::Officer | Role::Administrator)
        }
        E::Corrected { .. } => matches!(role, Role::Supervisor | Role::Administrator),
    }
}

/// At which kind of office an event may be recorded. The review — the
/// approving bodies' conclusions, the approval with its Annex 4-1
/// direction, the refusal on the grounds of para 10 and the Annex 1
/// decision — is the provider's, the migration police office's (paras 4,
/// 9 and 10); a State Corporation department accepts, refuses at intake,
/// records the deregistration papers, hands over and transfers.
pub fn may_record_at(office: super::OfficeKind, event: &super::case::EventKind) -> bool {
    use super::case::EventKind as E;
    match event {
        E::ConclusionRecorded { .. }
        | E::Approved { .. }
        | E::Refused { .. }
        | E::DecisionIssued { .. } => office == super::OfficeKind::MigrationPolice,
        _ => office.holds_cases(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn the_permission_table() {
        use Role::*;
        let table = [
            (Act::OpenCase, [true, true, false, true, false, false]),
            (Act::ManageUsers, [false, false, false, true, false, false]),
            (Act::Administer, [false, false, false, true, false, false]),
            (Act::Supervise, [false, false, true, true, false, false]),
            (Act::Settle, [false, false, true, true, false, false]),
            (Act::LookUpStatus, [false, false, false, false, true, false]),
            (
                Act::NationalReport,
                [false, false, false, true, false, true],
            ),
        ];
        for (act, allowed) in table {
            for (role, ok) in [Clerk, Officer, Supervisor, Administrator, Operator, Analyst]
                .into_iter()
                .zip(allowed)
            {
                assert_eq!(permits(Some(role), act), ok, "{role:?} {act:?}");
            }
        }
    }

    #[test]
    fn three_failures_lock_for_fifteen_minutes() {
        let now = NaiveDate::from_ymd_opt(2026, 11, 25)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        let (f, l) = after_failure(0, now);
        assert_eq!((f, l), (1, None));
        let (f, l) = after_failure(f, now);
        assert_eq!((f, l), (2, None));
        let (f, l) = after_failure(f, now);
        assert_eq!(f, 0);
        let until = l.unwrap();
        assert_eq!(until, now + Duration::minutes(15));
        assert_eq!(
            before_login(l, now + Duration::minutes(14)),
            LoginDecision::Locked { until }
        );
        assert_eq!(
            before_login(l, now + Duration::minutes(15)),
            LoginDecision::Check
        );
    }
}
