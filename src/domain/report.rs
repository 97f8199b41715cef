//! The office's numbers for a period, computed from the cases' event logs
//! (folded as the case page folds them), the visits register, the
//! complaints and the home visits — never from counters kept on the side.
//!
//! Everything here is pure: the store gathers the inputs, this module
//! counts. A report holds no names or IINs; the list of overdue cases is
//! a separate, audited request.

use super::case::{CaseState, Recipient, RefusalGround, Status};
use super::deadlines::{Deadline, DeadlineKind};
use super::profile::{VisitLimit, VisitLimits};
use super::visit::{self, TimerKind, VisitTimes};
use super::OfficeKind;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// One case as the report sees it: its folded state and deadlines, and the
/// office whose case it is (the code that starts its number).
pub struct CaseInput {
    pub office: u16,
    pub state: CaseState,
    pub deadlines: Vec<Deadline>,
}

/// One counter visit.
pub struct VisitInput {
    pub times: VisitTimes,
    /// Who served it (the clerk's login), the report's "counter".
    pub counter: String,
    pub wait_reason: Option<String>,
    pub service_reason: Option<String>,
}

/// A complaint: when registered, when due, when answered.
pub struct ComplaintInput {
    pub registered_on: NaiveDate,
    pub due_on: NaiveDate,
    pub answered_on: Option<NaiveDate>,
}

/// A home visit request.
pub struct HomeVisitInput {
    pub requested_on: NaiveDate,
    pub scheduled_on: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
}

/// The period, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn holds(&self, d: NaiveDate) -> bool {
        d >= self.from && d <= self.to
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Intake {
    /// Accepted at a State Corporation counter / at the provider.
    pub accepted_state_corporation: u64,
    pub accepted_provider: u64,
    pub refused_at_intake: u64,
    /// Refusals at intake by the para 9 item missing ("9(2)": 4).
    pub missing_by_item: BTreeMap<String, u64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Review {
    pub approved: u64,
    pub refused: u64,
    /// Refusals by para 10 ground ("1" … "8"; "4-1" for the Annex 4-1
    /// note: the certificate not presented within the direction's days).
    pub refused_by_ground: BTreeMap<String, u64>,
    /// Under review on the last day of the period (or today).
    pub still_under_review: u64,
    pub decisions: u64,
    pub handed_to_applicant: u64,
    pub handed_to_representative: u64,
    pub transferred_to_provider: u64,
}

/// One stage of the case's life.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stage {
    /// The deadline's key (`review`, `direction`, …).
    pub stage: String,
    /// Finished within the period.
    pub finished: u64,
    pub in_time: u64,
    /// Percent of `finished` in time (none when nothing finished).
    pub in_time_percent: Option<f64>,
    /// Days from acceptance to the stage's end, of those finished.
    pub median_days: Option<f64>,
    pub p90_days: Option<f64>,
    /// Past due and not finished on the last day of the period.
    pub overdue: u64,
    /// Their days late: the median and the most.
    pub overdue_median_days: Option<f64>,
    pub overdue_max_days: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CounterFigures {
    pub visits: u64,
    /// Served (called): those whose wait counts.
    pub called: u64,
    pub within_wait_percent: Option<f64>,
    pub within_service_percent: Option<f64>,
    pub wait_median_minutes: Option<f64>,
    pub wait_p90_minutes: Option<f64>,
    pub service_median_minutes: Option<f64>,
    pub service_p90_minutes: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Counter {
    pub all: CounterFigures,
    /// Breaches by the reason written ("" for none written).
    pub breaches_by_reason: BTreeMap<String, u64>,
    pub per_counter: BTreeMap<String, CounterFigures>,
    pub per_day: BTreeMap<NaiveDate, CounterFigures>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Complaints {
    pub registered: u64,
    pub answered_in_time: u64,
    pub answered_late: u64,
    /// Unanswered and past due on the last day of the period.
    pub overdue: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct HomeVisits {
    pub requested: u64,
    pub done: u64,
    /// Scheduled for a day before the period's end and not done.
    pub overdue: u64,
}

/// The report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub period: Period,
    /// The offices whose cases are counted (by the code that starts the
    /// case number); empty for all.
    pub offices: Vec<u16>,
    pub intake: Intake,
    pub review: Review,
    pub timeliness: Vec<Stage>,
    pub counter: Counter,
    pub complaints: Complaints,
    pub home_visits: HomeVisits,
    /// The national view (the ministry's report; empty in an office's):
    /// the case figures of each region and of each office.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<Part>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub by_office: Vec<Part>,
    /// How current the national view is: per office, the last of its
    /// events the replica applied.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub currency: Vec<Currency>,
}

/// One region's or one office's case figures in the national report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    /// The region's key (`regions::REGIONS`), or the office's code.
    pub key: String,
    /// The office's region (a region's own key for a region).
    pub region: String,
    /// The office's name as the directory gives it ("" for a region).
    pub name: String,
    pub intake: Intake,
    pub review: Review,
    pub timeliness: Vec<Stage>,
}

impl Part {
    /// The stages past due and not finished on the period's last day,
    /// over its cases (the whole service term not counted again).
    pub fn overdue(&self) -> u64 {
        self.timeliness
            .iter()
            .filter(|s| s.stage != DeadlineKind::Total.as_str())
            .map(|s| s.overdue)
            .sum()
    }
}

/// How current the replica is for one office.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Currency {
    pub office: u16,
    pub region: String,
    pub name: String,
    /// When the office recorded the last of its events the replica holds.
    pub last_event_at: Option<chrono::NaiveDateTime>,
    /// When the replica applied it.
    pub applied_at: Option<chrono::NaiveDateTime>,
    /// The office's events the replica holds.
    pub events: u64,
}

/// An office as the ministry's directory knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryOffice {
    pub code: u16,
    pub region: String,
    pub name: String,
}

/// The national report: `total` (over every office) with each region's
/// and each office's case figures beside it. Every office of the
/// directory has its row, with or without cases; an office whose cases
/// the replica holds but the directory does not know is counted under the
/// unknown region, never left out.
pub fn national(
    mut total: Report,
    today: NaiveDate,
    cases: &[CaseInput],
    directory: &[DirectoryOffice],
    mut currency: Vec<Currency>,
) -> Report {
    let period = total.period;
    let place = |code: u16| -> (String, String) {
        directory
            .iter()
            .find(|d| d.code == code)
            .map(|d| (d.region.clone(), d.name.clone()))
            .unwrap_or_else(|| (super::regions::UNKNOWN.to_string(), String::new()))
    };
    let mut by_office: BTreeMap<u16, Vec<&CaseInput>> =
        directory.iter().map(|d| (d.code, vec![])).collect();
    for c in cases {
        by_office.entry(c.office).or_default().push(c);
    }
    let mut by_region: BTreeMap<(usize, String), Vec<&CaseInput>> = BTreeMap::new();
    let mut offices = Vec::with_capacity(by_office.len());
    for (code, cs) in &by_office {
        let (region, name) = place(*code);
        let (intake, review, timeliness) = case_figures(period, today, cs.iter().copied());
        by_region
            .entry((super::regions::order(&region), region.clone()))
            .or_default()
            .extend(cs.iter().copied());
        offices.push(Part {
            key: format!("{code:04}"),
            region,
            name,
            intake,
            review,
            timeliness,
        });
    }
    offices.sort_by(|a, b| {
        (super::regions::order(&a.region), &a.key).cmp(&(super::regions::order(&b.region), &b.key))
    });
    total.regions = by_region
        .into_iter()
        .map(|((_, region), cs)| {
            let (intake, review, timeliness) = case_figures(period, today, cs.into_iter());
            Part {
                key: region.clone(),
                region,
                name: String::new(),
                intake,
                review,
                timeliness,
            }
        })
        .collect();
    total.by_office = offices;
    for c in &mut currency {
        let (region, name) = place(c.office);
        c.region = region;
        c.name = name;
    }
    currency.sort_by_key(|c| (super::regions::order(&c.region), c.office));
    total.currency = currency;
    total
}

/// The stages reported, in the order of a case's life.
pub const STAGES: [DeadlineKind; 5] = [
    DeadlineKind::Review,
    DeadlineKind::Direction,
    DeadlineKind::Deregistration,
    DeadlineKind::Handover,
    DeadlineKind::Total,
];

/// The stages of a case past due and not finished on `as_of`, with their
/// days late (a closed case has nothing pending). The report counts them;
/// the overdue list names them.
pub fn overdue(c: &CaseInput, as_of: NaiveDate) -> Vec<(&Deadline, i64)> {
    if c.state.status.is_closed() || c.state.status == Status::TransferredToProvider {
        return vec![];
    }
    c.deadlines
        .iter()
        .filter(|d| STAGES.contains(&d.kind) && d.done_on.is_none() && d.due < as_of)
        .map(|d| (d, (as_of - d.due).num_days()))
        .collect()
}

/// The value at share `q` (0–1) of sorted `v`, by the nearest rank.
fn quantile(v: &[f64], q: f64) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    let rank = ((q * v.len() as f64).ceil() as usize).clamp(1, v.len());
    Some(v[rank - 1])
}

fn median(v: &mut [f64]) -> Option<f64> {
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        return None;
    }
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    })
}

fn percent(part: u64, all: u64) -> Option<f64> {
    (all > 0).then(|| (part as f64 * 1000.0 / all as f64).round() / 10.0)
}

/// The key of a refusal ground in the report.
pub fn ground_key(g: &RefusalGround) -> String {
    if g.ground == RefusalGround::CERTIFICATE_NOT_PRESENTED {
        "4-1".into()
    } else {
        g.ground.to_string()
    }
}

/// Counts the period's figures. `offices`: whose cases count (empty: all).
/// What is open or overdue is as of the period's last day, or today when
/// the period runs on past it.
#[allow(clippy::too_many_arguments)]
pub fn compute(
    period: Period,
    today: NaiveDate,
    offices: &[u16],
    cases: &[CaseInput],
    visits: &[VisitInput],
    limit: VisitLimit,
    limits: &VisitLimits,
    complaints: &[ComplaintInput],
    home_visits: &[HomeVisitInput],
) -> Report {
    let counted = |office: u16| offices.is_empty() || offices.contains(&office);
    let (intake, review, timeliness) =
        case_figures(period, today, cases.iter().filter(|c| counted(c.office)));
    let as_of = period.to.min(today);

    // The counter: visits whose ticket was issued in the period.
    let mut counter = Counter::default();
    let mut groups: BTreeMap<(u8, String), Vec<&VisitInput>> = BTreeMap::new();
    for v in visits
        .iter()
        .filter(|v| period.holds(v.times.issued_at.date()))
    {
        groups.entry((0, String::new())).or_default().push(v);
        groups.entry((1, v.counter.clone())).or_default().push(v);
        groups
            .entry((2, v.times.issued_at.date().to_string()))
            .or_default()
            .push(v);
        for (kind, reason) in [
            (TimerKind::Wait, &v.wait_reason),
            (TimerKind::Service, &v.service_reason),
        ] {
            let breached = visit::breaches(
                &v.times,
                limit,
                limits,
                v.times.ended_at.unwrap_or(v.times.issued_at),
            )
            .contains(&kind)
                || reason.is_some();
            if breached {
                *counter
                    .breaches_by_reason
                    .entry(reason.clone().unwrap_or_default())
                    .or_default() += 1;
            }
        }
    }
    for ((level, key), vs) in groups {
        let f = counter_figures(&vs, limit, limits);
        match level {
            0 => counter.all = f,
            1 => {
                counter.per_counter.insert(key, f);
            }
            _ => {
                if let Ok(d) = key.parse::<NaiveDate>() {
                    counter.per_day.insert(d, f);
                }
            }
        }
    }

    let mut cs = Complaints::default();
    for c in complaints {
        if period.holds(c.registered_on) {
            cs.registered += 1;
        }
        match c.answered_on {
            Some(a) if period.holds(a) => {
                if a <= c.due_on {
                    cs.answered_in_time += 1;
                } else {
                    cs.answered_late += 1;
                }
            }
            Some(_) => {}
            None => {
                if c.due_on < as_of && c.registered_on <= as_of {
                    cs.overdue += 1;
                }
            }
        }
    }
    let mut hv = HomeVisits::default();
    for h in home_visits {
        if period.holds(h.requested_on) {
            hv.requested += 1;
        }
        if h.done_on.is_some_and(|d| period.holds(d)) {
            hv.done += 1;
        }
        if h.done_on.is_none() && h.scheduled_on.is_some_and(|d| d < as_of) {
            hv.overdue += 1;
        }
    }
    Report {
        period,
        offices: offices.to_vec(),
        intake,
        review,
        timeliness,
        counter,
        complaints: cs,
        home_visits: hv,
        regions: vec![],
        by_office: vec![],
        currency: vec![],
    }
}

/// The figures of the cases (intake, review, timeliness) over `period`:
/// the office's report counts its cases; the national report each
/// region's and each office's as well.
fn case_figures<'a>(
    period: Period,
    today: NaiveDate,
    cases: impl Iterator<Item = &'a CaseInput>,
) -> (Intake, Review, Vec<Stage>) {
    let mut intake = Intake::default();
    let mut review = Review::default();
    let mut finished: BTreeMap<DeadlineKind, (u64, u64, Vec<f64>)> = BTreeMap::new();
    let mut overdue_days: BTreeMap<DeadlineKind, Vec<i64>> = BTreeMap::new();
    let as_of = period.to.min(today);
    for c in cases {
        let s = &c.state;
        if let Some(on) = s.accepted_on.filter(|d| period.holds(*d)) {
            let _ = on;
            match s.office_kind {
                OfficeKind::StateCorporation => intake.accepted_state_corporation += 1,
                OfficeKind::MigrationPolice => intake.accepted_provider += 1,
                // A contact centre and the ministry accept nothing.
                OfficeKind::ContactCentre | OfficeKind::Ministry => {}
            }
        }
        if s.refused_at_intake_on.is_some_and(|d| period.holds(d)) {
            intake.refused_at_intake += 1;
            // Each item once per refusal, however many people it names.
            let mut items: Vec<&str> = s
                .missing_at_intake
                .iter()
                .map(|i| i.paragraph.as_str())
                .collect();
            items.sort_unstable();
            items.dedup();
            for p in items {
                *intake.missing_by_item.entry(p.to_string()).or_default() += 1;
            }
        }
        if s.approved_on.is_some_and(|d| period.holds(d)) {
            review.approved += 1;
        }
        if s.refused_on.is_some_and(|d| period.holds(d)) {
            review.refused += 1;
            for g in &s.grounds {
                *review.refused_by_ground.entry(ground_key(g)).or_default() += 1;
            }
        }
        // Under review at the period's end: accepted by then, neither
        // approved nor refused by then.
        let by_end = |d: Option<NaiveDate>| d.is_some_and(|d| d <= as_of);
        if by_end(s.accepted_on) && !by_end(s.approved_on) && !by_end(s.refused_on) {
            review.still_under_review += 1;
        }
        if s.decision_issued_on.is_some_and(|d| period.holds(d)) {
            review.decisions += 1;
        }
        if s.handed_over_on.is_some_and(|d| period.holds(d)) {
            match s.handed_to {
                Some(Recipient::Representative { .. }) => review.handed_to_representative += 1,
                _ => review.handed_to_applicant += 1,
            }
        }
        if s.transferred_on.is_some_and(|d| period.holds(d)) {
            review.transferred_to_provider += 1;
        }
        let Some(accepted) = s.accepted_on else {
            continue;
        };
        for d in c.deadlines.iter().filter(|d| STAGES.contains(&d.kind)) {
            if let Some(done) = d.done_on.filter(|d| period.holds(*d)) {
                let e = finished.entry(d.kind).or_default();
                e.0 += 1;
                if done <= d.due {
                    e.1 += 1;
                }
                e.2.push((done - accepted).num_days() as f64);
            }
        }
        for (d, late) in overdue(c, as_of) {
            overdue_days.entry(d.kind).or_default().push(late);
        }
    }
    let timeliness = STAGES
        .iter()
        .map(|k| {
            let (n, ok, mut days) = finished.remove(k).unwrap_or_default();
            days.sort_by(|a, b| a.total_cmp(b));
            let p90 = quantile(&days, 0.9);
            let mut late: Vec<f64> = overdue_days
                .get(k)
                .map(|v| v.iter().map(|d| *d as f64).collect())
                .unwrap_or_default();
            Stage {
                stage: k.as_str().to_string(),
                finished: n,
                in_time: ok,
                in_time_percent: percent(ok, n),
                median_days: median(&mut days),
                p90_days: p90,
                overdue: late.len() as u64,
                overdue_max_days: overdue_days.get(k).and_then(|v| v.iter().max().copied()),
                overdue_median_days: median(&mut late),
            }
        })
        .collect();
    (intake, review, timeliness)
}

/// The counter's figures for a set of visits (a visit still waiting when
/// the report is made counts by the time it has waited so far: none, as
/// the report looks at finished days).
fn counter_figures(vs: &[&VisitInput], limit: VisitLimit, limits: &VisitLimits) -> CounterFigures {
    let mut waits = Vec::new();
    let mut services = Vec::new();
    let (mut wait_ok, mut service_ok, mut served) = (0u64, 0u64, 0u64);
    for v in vs {
        let Some(called) = v.times.called_at else {
            continue;
        };
        let w = visit::wait(&v.times, limit, limits, called);
        waits.push(w.elapsed_secs as f64 / 60.0);
        if w.level != visit::Level::Breach {
            wait_ok += 1;
        }
        if let Some(end) = v.times.ended_at {
            if let Some(s) = visit::service(&v.times, limit, limits, end) {
                served += 1;
                services.push(s.elapsed_secs as f64 / 60.0);
                if s.level != visit::Level::Breach {
                    service_ok += 1;
                }
            }
        }
    }
    let called = waits.len() as u64;
    waits.sort_by(|a, b| a.total_cmp(b));
    services.sort_by(|a, b| a.total_cmp(b));
    let round = |x: Option<f64>| x.map(|x| (x * 10.0).round() / 10.0);
    CounterFigures {
        visits: vs.len() as u64,
        called,
        within_wait_percent: percent(wait_ok, called),
        within_service_percent: percent(service_ok, served),
        wait_p90_minutes: round(quantile(&waits, 0.9)),
        service_p90_minutes: round(quantile(&services, 0.9)),
        wait_median_minutes: round(median(&mut waits)),
        service_median_minutes: round(median(&mut services)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_by_nearest_rank() {
        let v: Vec<f64> = (1..=10).map(f64::from).collect();
        assert_eq!(quantile(&v, 0.9), Some(9.0));
        assert_eq!(quantile(&v, 0.5), Some(5.0));
        let mut m = v.clone();
        assert_eq!(median(&mut m), Some(5.5));
        assert_eq!(quantile(&[], 0.9), None);
        assert_eq!(percent(1, 3), Some(33.3));
    }
}
