//! The counter's queue: tickets, calls, the end of a service, a no-show
//! called again and a breach of the waiting or service limit recorded
//! with its reason. Tickets are numbered per office day (the office's
//! time zone, not UTC's).

use super::{logged, Now, Result, Who};
use crate::domain::profile::VisitLimits;
use crate::domain::visit::TimerKind;
use crate::store::{Store, StoreError, User, Visit};

/// The queue as the counter sees it.
#[derive(Debug, Clone)]
pub struct Queue {
    pub waiting: Vec<Visit>,
    /// The visit this clerk is serving, if any.
    pub current: Option<Visit>,
    /// Today's tickets that did not come when called.
    pub no_shows: Vec<Visit>,
    /// The waiting and service limits of the profile in force today.
    pub limits: VisitLimits,
}

/// What the clerk does at the queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Move {
    /// The next ticket of the day.
    Issue,
    /// A ticket given out by hand (a ticket machine down), with its time.
    Manual {
        ticket: String,
        issued_at: chrono::NaiveDateTime,
    },
    /// Calls a ticket; a reason when it is called out of turn.
    Call(i64, Option<String>),
    /// The service ended.
    End(i64),
    /// The ticket did not come.
    NoShow(i64),
    /// A no-show called again.
    Recall(i64),
    /// A limit was breached, with the clerk's reason.
    Breach {
        visit: i64,
        kind: TimerKind,
        reason: String,
    },
}

/// The queue for the clerk `user`.
pub fn queue(st: &mut Store, user: Option<&User>, now: Now) -> Result<Queue> {
    let r = (|| {
        let (start, end) = now.counter_day();
        let waiting = st.waiting_visits()?;
        let current = st.open_visit_of(user.map(|u| u.id))?;
        let no_shows = st.no_shows_between(start, end)?;
        let limits = st
            .rules()?
            .visit_limits_on(now.today)
            .ok_or(StoreError::NoProfile(now.today))?;
        Ok::<_, StoreError>(Queue {
            waiting,
            current,
            no_shows,
            limits,
        })
    })();
    logged("queue", None, r)
}

/// The limits `v` has breached by now with no reason recorded yet.
pub fn unexplained(st: &mut Store, v: &Visit, now: Now) -> Result<Vec<TimerKind>> {
    let office = st.self_office()?;
    let limits = st
        .rules()?
        .visit_limits_on(now.today)
        .ok_or(StoreError::NoProfile(now.today))?;
    Ok(crate::domain::visit::unexplained(
        &v.times,
        office.kind,
        &limits,
        [
            v.wait_breach_reason.as_deref(),
            v.service_breach_reason.as_deref(),
        ],
        now.utc,
    ))
}

/// Ends a visit; a limit breached without its reason stops it, unless the
/// reason comes with the end (recorded for each such limit first).
fn end_checked(
    st: &mut Store,
    who: &Who,
    v: &Visit,
    outcome: &str,
    case: Option<&crate::domain::case::CaseNumber>,
    reason: Option<&str>,
    now: Now,
) -> Result<Visit> {
    let missing = unexplained(st, v, now)?;
    if !missing.is_empty() {
        let Some(reason) = reason.map(str::trim).filter(|r| !r.is_empty()) else {
            return Err(super::DeskError::Incomplete("breach-reason"));
        };
        for kind in missing {
            st.record_breach(&who.actor, v.id, kind, reason, now.utc)?;
        }
    }
    Ok(st.end_visit(&who.actor, v.id, now.utc, outcome, case)?)
}

/// The intake of the person being served was accepted or refused: their
/// visit ends with it and is linked to the case (nothing when the clerk
/// serves no one — an intake typed without a ticket). A limit breached
/// without its reason needs `reason` (the intake's confirmation asks).
/// An intake committed at the counter (`commit_intake`, from the window's
/// spool): the case is stored and its receipt printed, then the visit of
/// the person served ends, linked to the case — its breach's reason with
/// it. The case stands whatever happens to the visit; a failure there is
/// logged.
#[allow(clippy::too_many_arguments)]
pub fn commit_at_counter(
    st: &mut Store,
    who: &Who,
    user: &User,
    now: Now,
    draft_id: &str,
    intake: &crate::domain::intake::Intake,
    outcome: crate::store::IntakeOutcome,
    second_case: bool,
    reason: Option<&str>,
) -> Result<super::Committed> {
    let done = super::commit_intake(
        st,
        who,
        now,
        Some(draft_id),
        intake,
        outcome,
        second_case,
        None,
    )?;
    let accepted = outcome == crate::store::IntakeOutcome::Accept;
    if let Err(e) = end_with_case(
        st,
        who,
        user,
        &done.view.record.summary.number,
        accepted,
        reason,
        now,
    ) {
        tracing::warn!(error = %e, "the visit was not ended with the intake");
    }
    Ok(done)
}

pub fn end_with_case(
    st: &mut Store,
    who: &Who,
    user: &User,
    case: &crate::domain::case::CaseNumber,
    accepted: bool,
    reason: Option<&str>,
    now: Now,
) -> Result<Option<crate::store::Visit>> {
    let r = (|| {
        let Some(v) = st.open_visit_of(Some(user.id))? else {
            return Ok(None);
        };
        let outcome = if accepted { "accepted" } else { "refused" };
        end_checked(st, who, &v, outcome, Some(case), reason, now).map(Some)
    })();
    logged("visit-case", Some(case), r)
}

/// Whether ending the visit `user` serves needs a reason first (a limit
/// breached and not explained).
pub fn needs_reason(st: &mut Store, user: &User, now: Now) -> Result<bool> {
    match st.open_visit_of(Some(user.id))? {
        Some(v) => Ok(!unexplained(st, &v, now)?.is_empty()),
        None => Ok(false),
    }
}

/// Does one move at the queue; the queue after it.
pub fn step(st: &mut Store, who: &Who, user: Option<&User>, m: Move, now: Now) -> Result<Queue> {
    let actor = &who.actor;
    let at = now.utc;
    let r = match m {
        Move::Issue => {
            let (start, end) = now.counter_day();
            st.tickets_issued_between(start, end).and_then(|n| {
                st.issue_ticket(actor, &format!("{:03}", n + 1), at, at)
                    .map(|_| ())
            })
        }
        Move::Manual { ticket, issued_at } => st
            .issue_ticket(actor, ticket.trim(), issued_at, at)
            .map(|_| ()),
        Move::Call(id, reason) => st.call_visit(actor, id, at, reason.as_deref()).map(|_| ()),
        // A breached limit is explained before the service ends.
        Move::End(id) => {
            let v = st.visit(id)?;
            return match end_checked(st, who, &v, "served", None, None, now) {
                Ok(_) => queue(st, user, now),
                Err(e) => logged("queue-move", None, Err::<Queue, _>(e)),
            };
        }
        Move::NoShow(id) => st.end_visit(actor, id, at, "no_show", None).map(|_| ()),
        Move::Recall(id) => st.recall_visit(actor, id, at).map(|_| ()),
        Move::Breach {
            visit,
            kind,
            reason,
        } => st
            .record_breach(actor, visit, kind, &reason, at)
            .map(|_| ()),
    };
    logged("queue-move", None, r)?;
    queue(st, user, now)
}
