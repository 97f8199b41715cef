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
            .profile_on(now.today)
            .map(|p| p.visit)
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

/// The intake of the person being served was accepted or refused: their
/// visit ends with it and is linked to the case (nothing when the clerk
/// serves no one — an intake typed without a ticket).
pub fn end_with_case(
    st: &mut Store,
    who: &Who,
    user: &User,
    case: &crate::domain::case::CaseNumber,
    accepted: bool,
    now: Now,
) -> Result<Option<crate::store::Visit>> {
    let r = (|| {
        let Some(v) = st.open_visit_of(Some(user.id))? else {
            return Ok(None);
        };
        let outcome = if accepted { "accepted" } else { "refused" };
        st.end_visit(&who.actor, v.id, now.utc, outcome, Some(case))
            .map(Some)
    })();
    logged("visit-case", Some(case), r)
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
        Move::End(id) => st.end_visit(actor, id, at, "served", None).map(|_| ()),
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
