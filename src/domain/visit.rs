//! Visit timers: ticket issued → called → service ended, against the
//! office's limits (para 4: 15 minutes at a State Corporation counter, 30 at
//! the provider, for the wait and for the service), amber at the warning
//! share, red at the limit. Pure functions of timestamps.
//!
//! The wait runs from the ticket (or the arrival, in the provider's live
//! queue) to the call; the service from the call to the receipt.

use super::profile::{VisitLimit, VisitLimits};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitTimes {
    pub issued_at: NaiveDateTime,
    pub called_at: Option<NaiveDateTime>,
    pub ended_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Normal,
    /// At or past the warning share of the limit (amber).
    Warning,
    /// At or past the limit (red): a breach, recorded with a reason.
    Breach,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TimerReading {
    pub elapsed_secs: i64,
    pub limit_secs: i64,
    /// Negative once the limit has passed.
    pub remaining_secs: i64,
    pub level: Level,
    /// The timer has stopped (the applicant was called / served).
    pub stopped: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimerKind {
    Wait,
    Service,
}

fn reading(
    start: NaiveDateTime,
    end: Option<NaiveDateTime>,
    now: NaiveDateTime,
    minutes: u32,
    warn_percent: u32,
) -> TimerReading {
    let stop = end.unwrap_or(now);
    let elapsed = (stop - start).num_seconds().max(0);
    let limit = i64::from(minutes) * 60;
    let warn_at = limit * i64::from(warn_percent) / 100;
    let level = if elapsed >= limit {
        Level::Breach
    } else if elapsed >= warn_at {
        Level::Warning
    } else {
        Level::Normal
    };
    TimerReading {
        elapsed_secs: elapsed,
        limit_secs: limit,
        remaining_secs: limit - elapsed,
        level,
        stopped: end.is_some(),
    }
}

/// The waiting timer: from the ticket to the call (or `now`).
pub fn wait(
    v: &VisitTimes,
    limit: VisitLimit,
    limits: &VisitLimits,
    now: NaiveDateTime,
) -> TimerReading {
    reading(
        v.issued_at,
        v.called_at,
        now,
        limit.wait_minutes,
        limits.warn_percent,
    )
}

/// The service timer: from the call to the end (or `now`); none before the call.
pub fn service(
    v: &VisitTimes,
    limit: VisitLimit,
    limits: &VisitLimits,
    now: NaiveDateTime,
) -> Option<TimerReading> {
    v.called_at.map(|c| {
        reading(
            c,
            v.ended_at,
            now,
            limit.service_minutes,
            limits.warn_percent,
        )
    })
}

/// The limits a visit has breached by `now`.
pub fn breaches(
    v: &VisitTimes,
    limit: VisitLimit,
    limits: &VisitLimits,
    now: NaiveDateTime,
) -> Vec<TimerKind> {
    let mut out = Vec::new();
    if wait(v, limit, limits, now).level == Level::Breach {
        out.push(TimerKind::Wait);
    }
    if service(v, limit, limits, now).is_some_and(|r| r.level == Level::Breach) {
        out.push(TimerKind::Service);
    }
    out
}

/// The limits a visit at an office of `kind` has breached by `now` with
/// no reason recorded (`reasons`: the wait's, the service's). Para 8: a
/// breach of the longest wait or service is explained — the visit does
/// not end, nor the intake commit, until it is.
pub fn unexplained(
    v: &VisitTimes,
    kind: super::OfficeKind,
    limits: &VisitLimits,
    reasons: [Option<&str>; 2],
    now: NaiveDateTime,
) -> Vec<TimerKind> {
    breaches(v, limits.for_office(kind), limits, now)
        .into_iter()
        .filter(|k| match k {
            TimerKind::Wait => reasons[0].is_none(),
            TimerKind::Service => reasons[1].is_none(),
        })
        .collect()
}

/// Whether a ticking display is needed: some timer of the visit still runs.
pub fn is_running(v: &VisitTimes) -> bool {
    v.ended_at.is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::Rules;
    use crate::domain::OfficeKind;
    use chrono::{Duration, NaiveDate};

    fn t(h: u32, m: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 25)
            .unwrap()
            .and_hms_opt(h, m, s)
            .unwrap()
    }

    #[test]
    fn state_corporation_fifteen_minutes() {
        let r = Rules::shipped();
        let p = r.profile_on(t(9, 0, 0).date()).unwrap();
        let lim = p.visit_limit(OfficeKind::StateCorporation);
        let v = VisitTimes {
            issued_at: t(9, 0, 0),
            called_at: None,
            ended_at: None,
        };
        assert_eq!(wait(&v, lim, &p.visit, t(9, 11, 59)).level, Level::Normal);
        // 80 % of 15 minutes = 12 minutes.
        assert_eq!(wait(&v, lim, &p.visit, t(9, 12, 0)).level, Level::Warning);
        assert_eq!(wait(&v, lim, &p.visit, t(9, 14, 59)).level, Level::Warning);
        let at_limit = wait(&v, lim, &p.visit, t(9, 15, 0));
        assert_eq!(
            (at_limit.level, at_limit.remaining_secs),
            (Level::Breach, 0)
        );
        assert_eq!(
            breaches(&v, lim, &p.visit, t(9, 20, 0)),
            vec![TimerKind::Wait]
        );
        assert!(service(&v, lim, &p.visit, t(9, 20, 0)).is_none());
    }

    #[test]
    fn a_breach_is_unexplained_until_its_reason_is_recorded() {
        let r = Rules::shipped();
        let limits = r.visit_limits_on(t(9, 0, 0).date()).unwrap();
        let v = VisitTimes {
            issued_at: t(9, 0, 0),
            called_at: Some(t(9, 20, 0)),
            ended_at: None,
        };
        let sc = OfficeKind::StateCorporation;
        // 20 minutes' wait at a State Corporation counter: over 15.
        assert_eq!(
            unexplained(&v, sc, &limits, [None, None], t(9, 21, 0)),
            vec![TimerKind::Wait]
        );
        assert!(unexplained(&v, sc, &limits, [Some("queue"), None], t(9, 21, 0)).is_empty());
        // At a police office 30 minutes: no breach.
        assert!(unexplained(
            &v,
            OfficeKind::MigrationPolice,
            &limits,
            [None, None],
            t(9, 21, 0)
        )
        .is_empty());
        // The service runs past its limit too.
        assert_eq!(
            unexplained(&v, sc, &limits, [Some("queue"), None], t(9, 40, 0)),
            vec![TimerKind::Service]
        );
    }

    #[test]
    fn the_call_stops_the_wait_and_starts_the_service() {
        let r = Rules::shipped();
        let p = r.profile_on(t(9, 0, 0).date()).unwrap();
        let lim = p.visit_limit(OfficeKind::MigrationPolice);
        let v = VisitTimes {
            issued_at: t(9, 0, 0),
            called_at: Some(t(9, 25, 0)),
            ended_at: None,
        };
        let w = wait(&v, lim, &p.visit, t(11, 0, 0));
        assert!(w.stopped);
        assert_eq!((w.elapsed_secs, w.level), (25 * 60, Level::Warning));
        let s = service(&v, lim, &p.visit, t(9, 55, 0)).unwrap();
        assert_eq!(s.level, Level::Breach);
        let done = VisitTimes {
            ended_at: Some(t(9, 40, 0)),
            ..v
        };
        let s = service(&done, lim, &p.visit, t(12, 0, 0)).unwrap();
        assert_eq!((s.level, s.stopped), (Level::Normal, true));
        assert!(!is_running(&done));
        assert!(breaches(&done, lim, &p.visit, t(12, 0, 0) + Duration::hours(5)).is_empty());
    }

    #[test]
    fn a_clock_set_back_never_gives_negative_time() {
        let r = Rules::shipped();
        let p = r.profile_on(t(9, 0, 0).date()).unwrap();
        let lim = p.visit_limit(OfficeKind::StateCorporation);
        let v = VisitTimes {
            issued_at: t(9, 0, 0),
            called_at: None,
            ended_at: None,
        };
        assert_eq!(wait(&v, lim, &p.visit, t(8, 0, 0)).elapsed_secs, 0);
    }
}
