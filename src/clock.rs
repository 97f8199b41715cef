//! One clock for the whole program, in the office's time zone: the only
//! place that reads the system's time (`utc_now`). A shared leaf module, so
//! the window, the command line, the application layer and sync all read
//! time the same way.
//!
//! Audit times are kept in UTC; business dates ("today": the day an event
//! happens, the start of every term) are the office's calendar day.
//! Kazakhstan keeps one zone, UTC+5, since 1 March 2024; the workstation
//! setting `time_zone` (`+05:00` by default) says otherwise for an office
//! abroad or a future change. `EMIGRATION_DESK_TODAY` (YYYY-MM-DD) fixes the
//! business date for the tests of date rules, in the window and on the
//! command line alike — only in a build with the `date-override` feature
//! (the test and bench builds). A workstation's binary refuses to start a
//! command or the window while the variable is set: a clerk could
//! otherwise backdate an acceptance into a closed report.

use chrono::{FixedOffset, NaiveDate, NaiveDateTime, Utc};

/// The workstation setting that holds the office's UTC offset.
pub const ZONE_SETTING: &str = "time_zone";
/// The default: UTC+5, all of Kazakhstan since March 2024.
pub const DEFAULT_ZONE: &str = "+05:00";
/// Environment variable that fixes "today".
pub const TODAY_ENV: &str = "EMIGRATION_DESK_TODAY";

/// A moment as the program uses it: the UTC time for the audit trail and
/// the office's date for the law.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now {
    pub utc: NaiveDateTime,
    pub today: NaiveDate,
    /// The office's offset from UTC.
    pub offset: FixedOffset,
}

impl Now {
    /// The UTC bounds of the office's calendar day at this moment, as the
    /// counter counts it (tickets are numbered and no-shows listed per
    /// day). The wall clock's day, even when "today" is fixed for a test.
    pub fn counter_day(&self) -> (NaiveDateTime, NaiveDateTime) {
        let local = (self.utc + self.offset).date();
        let start = local.and_time(chrono::NaiveTime::MIN) - self.offset;
        (start, start + chrono::Duration::days(1))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClockError {
    #[error("EMIGRATION_DESK_TODAY must be YYYY-MM-DD, not {0:?}")]
    BadToday(String),
    /// The variable is set for a binary built without the override.
    #[error("EMIGRATION_DESK_TODAY is not honoured by this build: unset it")]
    TodayNotAllowed,
    #[error("the time zone must be an offset such as +05:00, not {0:?}")]
    BadZone(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub offset: FixedOffset,
    pub fixed_today: Option<NaiveDate>,
}

impl Default for Clock {
    fn default() -> Clock {
        Clock {
            // UTC+5 (DEFAULT_ZONE): a constant within chrono's range.
            offset: FixedOffset::east_opt(5 * 3600).expect("UTC+5 is a valid offset"),
            fixed_today: None,
        }
    }
}

/// `+05:00`, `+5`, `-03:30`, `UTC+5`.
pub fn parse_zone(s: &str) -> Result<FixedOffset, ClockError> {
    let bad = || ClockError::BadZone(s.to_string());
    let t = s.trim();
    let t = t.strip_prefix("UTC").unwrap_or(t);
    let (sign, rest) = match t.chars().next() {
        Some('+') => (1, &t[1..]),
        Some('-') => (-1, &t[1..]),
        _ => return Err(bad()),
    };
    let (h, m) = match rest.split_once(':') {
        Some((h, m)) => (h, m),
        None => (rest, "0"),
    };
    let h: i32 = h.parse().map_err(|_| bad())?;
    let m: i32 = m.parse().map_err(|_| bad())?;
    if !(0..=14).contains(&h) || !(0..60).contains(&m) {
        return Err(bad());
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60)).ok_or_else(bad)
}

/// The system's time, UTC: the one read of it in the program.
pub fn utc_now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

impl Clock {
    /// The clock of a workstation: its zone setting (if any) and the
    /// environment's fixed date (if any).
    pub fn new(zone: Option<&str>) -> Result<Clock, ClockError> {
        let offset = match zone {
            Some(z) if !z.trim().is_empty() => parse_zone(z)?,
            _ => Clock::default().offset,
        };
        let fixed_today = match std::env::var(TODAY_ENV) {
            Ok(s) if !s.trim().is_empty() => {
                if !cfg!(feature = "date-override") {
                    return Err(ClockError::TodayNotAllowed);
                }
                Some(
                    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                        .map_err(|_| ClockError::BadToday(s.clone()))?,
                )
            }
            _ => None,
        };
        Ok(Clock {
            offset,
            fixed_today,
        })
    }

    /// The office's date at the UTC time `utc`.
    pub fn at(&self, utc: NaiveDateTime) -> Now {
        let today = self
            .fixed_today
            .unwrap_or_else(|| (utc + self.offset).date());
        Now {
            utc,
            today,
            offset: self.offset,
        }
    }

    pub fn now(&self) -> Now {
        self.at(utc_now())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_is_the_offices_not_utcs() {
        let c = Clock {
            offset: parse_zone("+05:00").unwrap(),
            fixed_today: None,
        };
        // 20:30 UTC on 30 November is 01:30 on 1 December in Astana.
        let utc = NaiveDate::from_ymd_opt(2026, 11, 30)
            .unwrap()
            .and_hms_opt(20, 30, 0)
            .unwrap();
        assert_eq!(
            c.at(utc).today,
            NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
        );
        assert_eq!(c.at(utc).utc, utc);
    }

    #[test]
    fn zones_parse() {
        assert_eq!(parse_zone("+05:00").unwrap().local_minus_utc(), 18000);
        assert_eq!(parse_zone("UTC+5").unwrap().local_minus_utc(), 18000);
        assert_eq!(parse_zone("-03:30").unwrap().local_minus_utc(), -12600);
        assert!(parse_zone("Asia/Almaty").is_err());
        assert!(parse_zone("+25").is_err());
    }
}
