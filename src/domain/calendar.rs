//! The working calendar of Kazakhstan as data: public holidays with the years
//! they are in force, religious days off (never moved), government transfers
//! of days off, and the moving rule per work-week regime.
//!
//! Shipped in `assets/rules/calendar.json` for the known years; an
//! administrator replaces or extends it with `emigration-desk rules import
//! calendar FILE` without a new release.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// Mon–Fri (most employers, the quality-assessment authority) or Mon–Sat
/// (the provider and the State Corporation's counters, para 8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeekRegime {
    FiveDay,
    SixDay,
}

impl WeekRegime {
    fn is_weekend(self, d: NaiveDate) -> bool {
        match self {
            WeekRegime::FiveDay => matches!(d.weekday(), Weekday::Sat | Weekday::Sun),
            WeekRegime::SixDay => d.weekday() == Weekday::Sun,
        }
    }
}

/// A public holiday on a fixed day of the year, in force for a span of years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixedHoliday {
    pub month: u32,
    pub day: u32,
    #[serde(default)]
    pub from_year: Option<i32>,
    #[serde(default)]
    pub to_year: Option<i32>,
    /// Religious days off are never moved to the next working day.
    #[serde(default = "yes")]
    pub moves: bool,
    /// A short label for administrators (not shown to applicants).
    #[serde(default)]
    pub name: String,
}

fn yes() -> bool {
    true
}

/// A government decree moving a day off: `day_off` becomes a day off and
/// `work_day` is worked instead, for the listed regimes. The worked day is
/// a Saturday (five-day week only), a Sunday (both regimes), or a weekday
/// that the moving rule made a day off (2020: Victory Day on Saturday 9 May
/// moved to Monday 11 May, and the decree moved that day off to Friday
/// 8 May — five-day week only, a six-day week never had 11 May off). The
/// worked day is a working day whatever made it a day off before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    pub day_off: NaiveDate,
    pub work_day: NaiveDate,
    pub regimes: Vec<WeekRegime>,
    #[serde(default)]
    pub decree: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarData {
    pub fixed_holidays: Vec<FixedHoliday>,
    /// Days off fixed yearly by date, never moved (Kurban Ait).
    #[serde(default)]
    pub religious_days: Vec<NaiveDate>,
    #[serde(default)]
    pub transfers: Vec<Transfer>,
    /// Years for which the data is known complete; outside them the calendar
    /// still answers (weekends and fixed holidays) but says it is unsure.
    #[serde(default)]
    pub known_years: Vec<i32>,
}

/// A working calendar for one regime, with the days off of every year it
/// has been asked about computed once.
#[derive(Debug, Clone)]
pub struct WorkingCalendar {
    data: Arc<CalendarData>,
    regime: WeekRegime,
    days_off: HashMap<i32, BTreeSet<NaiveDate>>,
    extra_work: BTreeSet<NaiveDate>,
}

impl WorkingCalendar {
    pub fn new(data: Arc<CalendarData>, regime: WeekRegime) -> Self {
        let extra_work = data
            .transfers
            .iter()
            .filter(|t| t.regimes.contains(&regime))
            .map(|t| t.work_day)
            .collect();
        WorkingCalendar {
            data,
            regime,
            days_off: HashMap::new(),
            extra_work,
        }
    }

    pub fn regime(&self) -> WeekRegime {
        self.regime
    }

    pub fn is_known_year(&self, year: i32) -> bool {
        self.data.known_years.contains(&year)
    }

    fn year_days_off(&mut self, year: i32) -> &BTreeSet<NaiveDate> {
        let data = &self.data;
        let regime = self.regime;
        self.days_off
            .entry(year)
            .or_insert_with(|| compute_days_off(data, regime, year))
    }

    /// A day off: a weekend of the regime (unless worked by transfer), a
    /// holiday, a moved holiday, a religious day or a transferred day off.
    pub fn is_day_off(&mut self, d: NaiveDate) -> bool {
        if self.year_days_off(d.year()).contains(&d) {
            return true;
        }
        self.regime.is_weekend(d) && !self.extra_work.contains(&d)
    }

    pub fn is_working_day(&mut self, d: NaiveDate) -> bool {
        !self.is_day_off(d)
    }

    /// The date `n` working days after `start`, `start` itself not counted
    /// (the rule for complaints, para 11, and for the 2020 rules).
    pub fn add_working_days(&mut self, start: NaiveDate, n: u32) -> Option<NaiveDate> {
        let mut d = start;
        let mut left = n;
        // Bounded: a calendar (an imported one, say) with no working days
        // ends the walk instead of running for ever.
        let mut steps: u64 = 0;
        let bound = u64::from(n) * 7 + 400;
        while left > 0 {
            d = d.checked_add_days(Days::new(1))?;
            steps += 1;
            if steps > bound {
                return None;
            }
            if self.is_working_day(d) {
                left -= 1;
            }
        }
        Some(d)
    }

    /// `d` itself when it is a working day, else the next working day.
    pub fn next_working_day_from(&mut self, d: NaiveDate) -> Option<NaiveDate> {
        let mut d = d;
        // A bounded walk: no real calendar has a month of days off.
        for _ in 0..60 {
            if self.is_working_day(d) {
                return Some(d);
            }
            d = d.checked_add_days(Days::new(1))?;
        }
        None
    }
}

/// Holidays and days off of one year for one regime (weekends excluded,
/// they are answered by the regime itself).
fn compute_days_off(data: &CalendarData, regime: WeekRegime, year: i32) -> BTreeSet<NaiveDate> {
    let mut off = BTreeSet::new();
    let mut movable = Vec::new();
    for h in &data.fixed_holidays {
        if h.from_year.is_some_and(|y| year < y) || h.to_year.is_some_and(|y| year > y) {
            continue;
        }
        let Some(d) = NaiveDate::from_ymd_opt(year, h.month, h.day) else {
            continue;
        };
        off.insert(d);
        if h.moves {
            movable.push(d);
        }
    }
    for d in &data.religious_days {
        if d.year() == year {
            off.insert(*d);
        }
    }
    for t in &data.transfers {
        if t.regimes.contains(&regime) && t.day_off.year() == year {
            off.insert(t.day_off);
        }
    }
    let worked: BTreeSet<NaiveDate> = data
        .transfers
        .iter()
        .filter(|t| t.regimes.contains(&regime))
        .map(|t| t.work_day)
        .collect();
    // Moving rule: a holiday on a weekend of the regime gives the next day
    // that is neither a weekend nor already a day off (so a Saturday Nauryz
    // moves past the whole 21–23 March block). A weekday worked by transfer
    // may receive a moved holiday here; the decree then moved it on (below).
    movable.sort();
    for h in movable {
        if !regime.is_weekend(h) || worked.contains(&h) {
            continue;
        }
        let mut d = h;
        for _ in 0..30 {
            let Some(next) = d.checked_add_days(Days::new(1)) else {
                break;
            };
            d = next;
            let weekend = regime.is_weekend(d) && !worked.contains(&d);
            if !weekend && !off.contains(&d) {
                off.insert(d);
                break;
            }
        }
    }
    // A day worked by transfer is worked, even when it was a day off: a
    // weekday that a holiday moved to (2020-05-11), not only a weekend.
    for w in &worked {
        if w.year() == year {
            off.remove(w);
        }
    }
    off
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn shipped() -> CalendarData {
        crate::domain::rules::parse_calendar(include_str!("../../assets/rules/calendar.json"))
            .unwrap()
    }

    #[test]
    fn weekends_per_regime() {
        let mut six = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::SixDay);
        let mut five = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::FiveDay);
        // Saturday 2026-11-21.
        assert!(six.is_working_day(d(2026, 11, 21)));
        assert!(!five.is_working_day(d(2026, 11, 21)));
        assert!(!six.is_working_day(d(2026, 11, 22)));
    }

    #[test]
    fn nauryz_block_moves_per_regime() {
        // 2026: 21 March is a Saturday, 22 a Sunday, 23 a Monday.
        let mut five = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::FiveDay);
        // Saturday and Sunday holidays move past the block: 24 and 25 off.
        assert!(five.is_day_off(d(2026, 3, 23)));
        assert!(five.is_day_off(d(2026, 3, 24)));
        assert!(five.is_day_off(d(2026, 3, 25)));
        assert!(five.is_working_day(d(2026, 3, 26)));
        let mut six = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::SixDay);
        // Only the Sunday holiday moves for a six-day week: to the 24th.
        assert!(six.is_day_off(d(2026, 3, 21)));
        assert!(six.is_day_off(d(2026, 3, 24)));
        assert!(six.is_working_day(d(2026, 3, 25)));
    }

    #[test]
    fn religious_days_never_move() {
        // Kurban Ait 2022-07-09 was a Saturday: no moved day off on Monday
        // (6 July, the capital's day, was a Wednesday).
        let mut five = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::FiveDay);
        assert!(five.is_day_off(d(2022, 7, 9)));
        assert!(five.is_working_day(d(2022, 7, 11)));
        // 7 January 2023 (Saturday) neither.
        assert!(five.is_working_day(d(2023, 1, 9)));
    }

    #[test]
    fn government_transfers() {
        let mut five = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::FiveDay);
        let mut six = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::SixDay);
        // 2024: 8 May off, Saturday 4 May worked — five-day week only.
        assert!(five.is_day_off(d(2024, 5, 8)));
        assert!(five.is_working_day(d(2024, 5, 4)));
        assert!(six.is_working_day(d(2024, 5, 8)));
        // 2025: 3 January off, Sunday 5 January worked.
        assert!(five.is_day_off(d(2025, 1, 3)));
        assert!(five.is_working_day(d(2025, 1, 5)));
    }

    #[test]
    fn transfers_of_2016_to_2023() {
        let mut five = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::FiveDay);
        let mut six = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::SixDay);
        // Worked Saturdays concern the five-day week only.
        for (off, worked) in [
            (d(2016, 3, 7), d(2016, 3, 5)),
            (d(2018, 12, 31), d(2018, 12, 29)),
            (d(2022, 10, 24), d(2022, 10, 22)),
            (d(2023, 7, 7), d(2023, 7, 1)),
        ] {
            assert!(five.is_day_off(off), "{off}");
            assert!(five.is_working_day(worked), "{worked}");
            assert!(six.is_working_day(off), "{off}");
            assert!(six.is_working_day(worked), "{worked}");
        }
        // 2018: the 29 December Saturday is worked, then 30 Dec – 2 Jan off.
        assert_eq!(
            five.add_working_days(d(2018, 12, 28), 1),
            Some(d(2018, 12, 29))
        );
        assert_eq!(
            five.add_working_days(d(2018, 12, 29), 1),
            Some(d(2019, 1, 3))
        );
    }

    #[test]
    fn a_worked_sunday_concerns_the_six_day_week_too() {
        // 2020: day off from Sunday 5 January to Friday 3 January.
        let mut five = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::FiveDay);
        let mut six = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::SixDay);
        for cal in [&mut five, &mut six] {
            assert!(cal.is_day_off(d(2020, 1, 3)));
            assert!(cal.is_working_day(d(2020, 1, 5)));
            assert!(cal.is_day_off(d(2020, 12, 18)));
            assert!(cal.is_working_day(d(2020, 12, 20)));
        }
        assert!(five.is_day_off(d(2020, 1, 4)));
        assert!(six.is_working_day(d(2020, 1, 4)));
        // Counting from Thursday 2 January: the worked Sunday counts.
        assert_eq!(five.add_working_days(d(2020, 1, 2), 1), Some(d(2020, 1, 5)));
        assert_eq!(six.add_working_days(d(2020, 1, 2), 1), Some(d(2020, 1, 4)));
        assert_eq!(six.add_working_days(d(2020, 1, 2), 2), Some(d(2020, 1, 5)));
        assert_eq!(
            six.next_working_day_from(d(2020, 1, 3)),
            Some(d(2020, 1, 4))
        );
    }

    #[test]
    fn a_worked_weekday_takes_back_a_moved_holiday() {
        // 2020: Victory Day on Saturday 9 May moved to Monday 11 May (five-day
        // week), and the decree moved that day off to Friday 8 May.
        let mut five = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::FiveDay);
        assert!(five.is_day_off(d(2020, 5, 8)));
        assert!(five.is_working_day(d(2020, 5, 11)));
        assert_eq!(
            five.next_working_day_from(d(2020, 5, 7)),
            Some(d(2020, 5, 11))
        );
        // A six-day week: 9 May (Saturday) is a holiday that does not move,
        // 8 and 11 May are worked.
        let mut six = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::SixDay);
        assert!(six.is_working_day(d(2020, 5, 8)));
        assert!(six.is_day_off(d(2020, 5, 9)));
        assert!(six.is_working_day(d(2020, 5, 11)));
    }

    #[test]
    fn every_transfer_moves_a_real_day_off_in_its_regimes() {
        // Without the transfer, its worked day is a day off and its day off a
        // working day, in every regime it lists (so a six-day week is listed
        // only where it had a day off to move).
        let data = shipped();
        for (i, t) in data.transfers.iter().enumerate() {
            let mut without = data.clone();
            without.transfers.remove(i);
            let without = Arc::new(without);
            for &regime in &t.regimes {
                let mut cal = WorkingCalendar::new(Arc::clone(&without), regime);
                assert!(cal.is_day_off(t.work_day), "{t:?} {regime:?}");
                assert!(cal.is_working_day(t.day_off), "{t:?} {regime:?}");
            }
        }
    }

    #[test]
    fn holiday_set_changes_over_the_years() {
        let mut five = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::FiveDay);
        // 1 December was a holiday until 2021 (2021-12-01 a Wednesday).
        assert!(five.is_day_off(d(2021, 12, 1)));
        assert!(five.is_working_day(d(2022, 12, 1)));
        // 25 October from 2022 on (2023-10-25 a Wednesday).
        assert!(five.is_working_day(d(2021, 10, 25)));
        assert!(five.is_day_off(d(2023, 10, 25)));
        // Constitution Day: 30 August until 2025, none in 2026, 15 March
        // from 2027. 30 Aug 2025 was a Saturday: moved to Monday 1 September.
        assert!(five.is_day_off(d(2025, 9, 1)));
        // 30 Aug 2026 is a Sunday, no longer a holiday: nothing moves to the
        // 31st, and a deadline runs straight through.
        assert!(five.is_working_day(d(2026, 8, 31)));
        let mut six = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::SixDay);
        assert!(six.is_working_day(d(2026, 8, 31)));
        assert_eq!(
            five.add_working_days(d(2026, 8, 28), 1),
            Some(d(2026, 8, 31))
        );
        assert!(five.is_working_day(d(2027, 8, 30)));
        assert!(five.is_day_off(d(2027, 3, 15)));
    }

    #[test]
    fn working_days_across_a_year_boundary() {
        let mut five = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::FiveDay);
        // Complaint registered Monday 2025-12-29: 30, 31 Dec, then 1–2 Jan
        // holidays, 3–4 weekend, 5 Jan, 6 Jan, 7 Jan religious, 8 Jan.
        assert_eq!(
            five.add_working_days(d(2025, 12, 29), 5),
            Some(d(2026, 1, 8))
        );
    }

    #[test]
    fn working_days_across_a_holiday_block() {
        let mut five = WorkingCalendar::new(Arc::new(shipped()), WeekRegime::FiveDay);
        // Registered Thursday 2026-03-19: 20 Fri, (21–25 off), 26, 27, 30, 31.
        assert_eq!(
            five.add_working_days(d(2026, 3, 19), 5),
            Some(d(2026, 3, 31))
        );
        assert_eq!(
            five.next_working_day_from(d(2026, 3, 21)),
            Some(d(2026, 3, 26))
        );
    }
}
