//! The shipped working calendar (`assets/rules/calendar.json`) against an
//! independent source: every day off of every known year as the Python
//! `holidays` package gives it, generated once into
//! `tests/data/kz-calendar-reference.json` by the script beside it (no
//! network and no Python here).
//!
//! The comparison is day by day, the five-day week, weekends included: a day
//! off in the reference is a Saturday or a Sunday or a date the package lists
//! (holiday, observed day, substituted day off), minus the days the package's
//! transfers make worked. Comparing whole days, not just the holiday list,
//! also catches a worked Saturday or Sunday that went missing, and it is the
//! answer deadlines are counted with (`is_day_off`).
//!
//! The shipped calendar follows the decrees; the reference is a cross-check.
//! Where they differ on purpose the day is listed in `DELIBERATE` with its
//! reason, and the test checks that the difference is still there.

use chrono::{Datelike, NaiveDate, Weekday};
use emigration_desk::domain::calendar::{CalendarData, WeekRegime, WorkingCalendar};
use emigration_desk::domain::rules::{parse_calendar, Rules};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

const SHIPPED: &str = include_str!("../assets/rules/calendar.json");
const REFERENCE: &str = include_str!("data/kz-calendar-reference.json");

/// A day where the shipped calendar and the package differ on purpose:
/// `shipped_day_off` is the shipped (decreed) answer, the reference says the
/// opposite.
struct Deliberate {
    date: (i32, u32, u32),
    shipped_day_off: bool,
    reason: &'static str,
}

/// None with holidays 0.109: the package agrees with the decrees on every
/// day of 2015–2026. Checked and agreeing, so not listed:
/// - 30 August 2026: not a holiday any more (labour ministry, March 2026);
///   the package also ends 30 August with 2025 (15 March from 2027).
/// - Religious days (7 January, Kurban Ait) never move, in both; the package
///   marks Kurban Ait 2026 (27 May) as estimated, the date is the same.
/// - 11 May 2020: the Saturday Victory Day's day off, moved by the decree to
///   Friday 8 May; the package leaves out the observed day too.
///
/// An entry would look like:
/// `Deliberate { date: (2026, 8, 31), shipped_day_off: false, reason: "…" }`.
const DELIBERATE: &[Deliberate] = &[];

#[derive(Deserialize)]
struct Reference {
    holidays_version: String,
    years: Vec<i32>,
    days_off: Vec<RefDay>,
    worked_days: Vec<RefWorked>,
}

#[derive(Deserialize)]
struct RefDay {
    date: NaiveDate,
    name: String,
}

#[derive(Deserialize)]
struct RefWorked {
    date: NaiveDate,
    day_off: NaiveDate,
}

fn reference() -> Reference {
    serde_json::from_str(REFERENCE).expect("tests/data/kz-calendar-reference.json parses")
}

/// The shipped calendar, through the check an administrator's import gets.
fn shipped() -> CalendarData {
    parse_calendar(SHIPPED).expect("the shipped calendar parses")
}

fn ymd((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn days_of(year: i32) -> impl Iterator<Item = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
    first.iter_days().take_while(move |d| d.year() == year)
}

/// Every day of the reference's years where the calendar and the reference
/// disagree, as (date, calendar says day off, what the reference has).
fn differences(data: CalendarData, r: &Reference) -> Vec<(NaiveDate, bool, String)> {
    let listed: BTreeMap<NaiveDate, &str> = r
        .days_off
        .iter()
        .map(|d| (d.date, d.name.as_str()))
        .collect();
    let worked: BTreeSet<NaiveDate> = r.worked_days.iter().map(|w| w.date).collect();
    let mut cal = WorkingCalendar::new(Arc::new(data), WeekRegime::FiveDay);
    let mut out = Vec::new();
    for &year in &r.years {
        for d in days_of(year) {
            let weekend = matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
            let expected = (weekend || listed.contains_key(&d)) && !worked.contains(&d);
            let got = cal.is_day_off(d);
            if got != expected {
                let why = match (listed.get(&d), worked.contains(&d)) {
                    (_, true) => "worked day of a transfer".to_string(),
                    (Some(name), false) => (*name).to_string(),
                    (None, false) if weekend => "weekend".to_string(),
                    (None, false) => "working day".to_string(),
                };
                out.push((d, got, why));
            }
        }
    }
    out
}

#[test]
fn the_reference_covers_every_known_year() {
    let r = reference();
    let data = shipped();
    let mut known = data.known_years.clone();
    known.sort();
    assert_eq!(
        r.years, known,
        "regenerate tests/data/kz-calendar-reference.json for the known years"
    );
    let cal = WorkingCalendar::new(Arc::new(data), WeekRegime::FiveDay);
    assert!(r.years.iter().all(|&y| cal.is_known_year(y)));
    assert!(!r.holidays_version.is_empty());
    // The calendar the application uses is this file.
    assert_eq!(*Rules::shipped().calendar, shipped());
}

#[test]
fn shipped_calendar_matches_the_reference_day_by_day() {
    let r = reference();
    let deliberate: BTreeMap<NaiveDate, &Deliberate> =
        DELIBERATE.iter().map(|x| (ymd(x.date), x)).collect();
    let mut unexpected = Vec::new();
    let mut seen = BTreeSet::new();
    for (d, got, why) in differences(shipped(), &r) {
        match deliberate.get(&d) {
            Some(x) if x.shipped_day_off == got => {
                assert!(!x.reason.is_empty());
                seen.insert(d);
            }
            _ => unexpected.push(format!(
                "{d} ({:?}): shipped says {}, holidays {} says {} ({why})",
                d.weekday(),
                if got { "day off" } else { "working day" },
                r.holidays_version,
                if got { "working day" } else { "day off" },
            )),
        }
    }
    assert!(
        unexpected.is_empty(),
        "the shipped calendar and the reference differ:\n{}",
        unexpected.join("\n")
    );
    let stale: Vec<_> = deliberate.keys().filter(|d| !seen.contains(d)).collect();
    assert!(
        stale.is_empty(),
        "listed as deliberate but no longer different: {stale:?}"
    );
}

#[test]
fn every_transfer_of_the_five_day_week_is_in_the_reference_and_back() {
    let r = reference();
    let data = shipped();
    let years: BTreeSet<i32> = r.years.iter().copied().collect();
    let shipped: BTreeSet<(NaiveDate, NaiveDate)> = data
        .transfers
        .iter()
        .filter(|t| t.regimes.contains(&WeekRegime::FiveDay) && years.contains(&t.day_off.year()))
        .map(|t| (t.work_day, t.day_off))
        .collect();
    let reference: BTreeSet<(NaiveDate, NaiveDate)> =
        r.worked_days.iter().map(|w| (w.date, w.day_off)).collect();
    assert_eq!(shipped, reference, "(worked day, day off) pairs");
}

#[test]
fn removing_any_transfer_is_caught() {
    let r = reference();
    let data = shipped();
    for (i, t) in data.transfers.iter().enumerate() {
        if !t.regimes.contains(&WeekRegime::FiveDay) {
            continue;
        }
        let mut without = data.clone();
        without.transfers.remove(i);
        let found: Vec<NaiveDate> = differences(without, &r)
            .into_iter()
            .map(|(d, ..)| d)
            .collect();
        assert!(
            found.contains(&t.day_off) && found.contains(&t.work_day),
            "without {t:?} the comparison finds only {found:?}"
        );
    }
}

#[test]
fn constitution_day_2026_is_not_a_day_off() {
    // 30 August 2026 (a Sunday) is no longer a holiday: Monday 31 August is
    // worked in both regimes.
    let data = Arc::new(shipped());
    for regime in [WeekRegime::FiveDay, WeekRegime::SixDay] {
        let mut cal = WorkingCalendar::new(Arc::clone(&data), regime);
        assert!(cal.is_working_day(ymd((2026, 8, 31))), "{regime:?}");
    }
    let r = reference();
    assert!(!r
        .days_off
        .iter()
        .any(|d| d.date.year() == 2026 && d.date.month() == 8));
}
