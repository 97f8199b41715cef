//! The rule data in force: regulation profiles, the MCI table and the
//! working calendar. Shipped defaults live in `assets/rules/`; the store
//! keeps an administrator's replacements.

use super::calendar::{CalendarData, WeekRegime, WorkingCalendar};
use super::profile::{profile_for, MciTable, RegulationProfile};
use chrono::{Datelike, NaiveDate};
use serde::de::DeserializeOwned;
use std::sync::Arc;

pub const SHIPPED_PROFILE: &str = include_str!("../../assets/rules/profile-standard.json");
pub const SHIPPED_MCI: &str = include_str!("../../assets/rules/mci.json");
pub const SHIPPED_CALENDAR: &str = include_str!("../../assets/rules/calendar.json");

/// Why rule data could not be taken.
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    #[error("{kind}: {source}")]
    Json {
        kind: &'static str,
        #[source]
        source: serde_json::Error,
    },
    #[error("{0}")]
    Invalid(String),
}

#[derive(Debug, Clone)]
pub struct Rules {
    pub profiles: Vec<RegulationProfile>,
    pub mci: MciTable,
    pub calendar: Arc<CalendarData>,
}

/// Rule data as `T`: keys starting with `_` are comments and go; any other
/// key the program does not know is refused (a misspelt field would
/// otherwise silently keep its default).
fn parse<T: DeserializeOwned>(kind: &'static str, json: &str) -> Result<T, RulesError> {
    let mut v: serde_json::Value =
        serde_json::from_str(json).map_err(|source| RulesError::Json { kind, source })?;
    strip_comments(&mut v);
    serde_json::from_value(v).map_err(|source| RulesError::Json { kind, source })
}

fn strip_comments(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            m.retain(|k, _| !k.starts_with('_'));
            m.values_mut().for_each(strip_comments);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(strip_comments),
        _ => {}
    }
}

/// A value out of its range, named.
fn range(what: &str, v: i64, lo: i64, hi: i64) -> Result<(), RulesError> {
    if (lo..=hi).contains(&v) {
        Ok(())
    } else {
        Err(RulesError::Invalid(format!(
            "{what} must be {lo}..{hi}, not {v}"
        )))
    }
}

/// Checks a profile beyond its JSON shape.
pub fn check_profile(p: &RegulationProfile) -> Result<(), RulesError> {
    if p.id.trim().is_empty() {
        return Err(RulesError::Invalid("profile id is empty".into()));
    }
    if p.effective_to.is_some_and(|to| to < p.effective_from) {
        return Err(RulesError::Invalid(format!(
            "profile {}: effective_to before effective_from",
            p.id
        )));
    }
    for o in [&p.limits.provider, &p.limits.state_corporation] {
        if o.stages.is_empty()
            || o.come_back_after
                .iter()
                .any(|s| !o.stages.iter().any(|x| x.stage == *s))
        {
            return Err(RulesError::Invalid(format!(
                "profile {}: come_back_after names a stage without a limit",
                p.id
            )));
        }
    }
    if p.visit.warn_percent == 0 || p.visit.warn_percent >= 100 {
        return Err(RulesError::Invalid(format!(
            "profile {}: warn_percent must be 1..99",
            p.id
        )));
    }
    let id = &p.id;
    range(
        &format!("profile {id}: fee.mci_multiple"),
        p.fee.mci_multiple.into(),
        1,
        100,
    )?;
    for (name, o) in [
        ("provider", &p.limits.provider),
        ("state_corporation", &p.limits.state_corporation),
    ] {
        for st in &o.stages {
            range(
                &format!("profile {id}: {name} stage limit"),
                st.limit.amount.into(),
                1,
                366,
            )?;
        }
    }
    for (name, l) in [
        ("provider", p.visit.provider),
        ("state_corporation", p.visit.state_corporation),
    ] {
        range(
            &format!("profile {id}: visit.{name}.wait_minutes"),
            l.wait_minutes.into(),
            1,
            480,
        )?;
        range(
            &format!("profile {id}: visit.{name}.service_minutes"),
            l.service_minutes.into(),
            1,
            480,
        )?;
    }
    let d = &p.documents;
    range(
        &format!("profile {id}: documents.birth_certificate_under"),
        d.birth_certificate_under.into(),
        1,
        18,
    )?;
    range(
        &format!("profile {id}: documents.guardianship_from"),
        d.guardianship_from.into(),
        1,
        18,
    )?;
    range(
        &format!("profile {id}: documents.other_parent_consent_under"),
        d.other_parent_consent_under.into(),
        1,
        21,
    )?;
    range(
        &format!("profile {id}: effective_from year"),
        p.effective_from.year().into(),
        1991,
        2100,
    )?;
    for l in [
        p.limits.direction_validity,
        p.limits.storage,
        p.limits.complaint,
        p.limits.complaint_quality,
    ] {
        range(&format!("profile {id}: a limit"), l.amount.into(), 1, 366)?;
    }
    if p.grounds.iter().any(|g| !(1..=8).contains(g)) {
        return Err(RulesError::Invalid(format!(
            "profile {}: grounds are para 10 numbers 1..8",
            p.id
        )));
    }
    Ok(())
}

impl Rules {
    /// The defaults compiled into the binary (tested to parse).
    pub fn shipped() -> Rules {
        Rules::from_json(&[SHIPPED_PROFILE], SHIPPED_MCI, SHIPPED_CALENDAR)
            .expect("the shipped rule files parse (checked by tests)")
    }

    pub fn from_json(profiles: &[&str], mci: &str, calendar: &str) -> Result<Rules, RulesError> {
        let profiles = profiles
            .iter()
            .map(|p| parse_profile(p))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Rules {
            profiles,
            mci: parse_mci(mci)?,
            calendar: Arc::new(parse_calendar(calendar)?),
        })
    }

    pub fn profile_on(&self, d: NaiveDate) -> Option<&RegulationProfile> {
        profile_for(&self.profiles, d)
    }

    /// The profile a case is reckoned under: the one it was opened under
    /// (`profile_id`), even after a new one came into force — a case keeps
    /// its terms and grounds. Where this workstation does not know that
    /// profile (a case from an office with newer rule data), the one in
    /// force on the day it was opened.
    pub fn profile_of_case(
        &self,
        profile_id: &str,
        opened_on: NaiveDate,
    ) -> Option<&RegulationProfile> {
        self.profiles
            .iter()
            .find(|p| p.id == profile_id)
            .or_else(|| self.profile_on(opened_on))
    }

    /// The visit limits at the counter on `day` (the longest wait and
    /// service, para 8: 15 minutes at a State Corporation counter, 30 at
    /// a migration police office; the warning before them).
    pub fn visit_limits_on(&self, day: NaiveDate) -> Option<super::profile::VisitLimits> {
        self.profile_on(day).map(|p| p.visit)
    }

    pub fn calendar(&self, regime: WeekRegime) -> WorkingCalendar {
        WorkingCalendar::new(Arc::clone(&self.calendar), regime)
    }
}

pub fn parse_profile(json: &str) -> Result<RegulationProfile, RulesError> {
    let p: RegulationProfile = parse("profile", json)?;
    check_profile(&p)?;
    Ok(p)
}

pub fn parse_mci(json: &str) -> Result<MciTable, RulesError> {
    let t: MciTable = parse("mci", json)?;
    if t.entries.is_empty() || t.entries.iter().any(|e| e.tenge == 0) {
        return Err(RulesError::Invalid(
            "mci: entries must be non-empty with positive amounts".into(),
        ));
    }
    Ok(t)
}

pub fn parse_calendar(json: &str) -> Result<CalendarData, RulesError> {
    let c: CalendarData = parse("calendar", json)?;
    // A year with more days off than any law makes (besides weekends) is
    // a broken file, and would make every term search far for a working day.
    let mut per_year: std::collections::BTreeMap<i32, usize> = Default::default();
    for d in c
        .religious_days
        .iter()
        .chain(c.transfers.iter().map(|t| &t.day_off))
    {
        *per_year.entry(d.year()).or_default() += 1;
    }
    if c.fixed_holidays.len() > 40 || per_year.values().any(|n| *n > 40) {
        return Err(RulesError::Invalid(
            "calendar: more days off than any year has".into(),
        ));
    }
    if c.fixed_holidays
        .iter()
        .any(|h| NaiveDate::from_ymd_opt(2024, h.month, h.day).is_none())
    {
        return Err(RulesError::Invalid(
            "calendar: a fixed holiday is not a day of the year".into(),
        ));
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standard's profile starts the day order No. 254 took effect:
    /// ten calendar days after its first official publication, which came
    /// after its registration on 12.05.2015 — not the day it was signed.
    #[test]
    fn the_standards_profile_starts_when_the_order_took_effect() {
        let r = Rules::shipped();
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert!(
            r.profile_on(d(2015, 3, 19)).is_none(),
            "signed, not in force"
        );
        assert!(r.profile_on(d(2015, 5, 21)).is_none());
        assert_eq!(
            r.profile_on(d(2015, 5, 22)).map(|p| p.effective_from),
            Some(d(2015, 5, 22))
        );
    }

    #[test]
    fn a_case_keeps_the_profile_it_was_opened_under() {
        let mut r = Rules::shipped();
        let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let first = r.profile_on(day).unwrap().clone();
        // A newer profile in force from the next day.
        let mut newer = first.clone();
        newer.id = "newer".into();
        newer.effective_from = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        r.profiles.push(newer);
        let later = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(r.profile_on(later).unwrap().id, "newer");
        assert_eq!(r.profile_of_case(&first.id, day).unwrap().id, first.id);
        // A profile this workstation does not know: the one of the
        // opening day.
        assert_eq!(r.profile_of_case("unknown", day).unwrap().id, first.id);
        assert_eq!(r.profile_of_case("unknown", later).unwrap().id, "newer");
    }

    #[test]
    fn shipped_rules_parse_and_check() {
        let r = Rules::shipped();
        assert_eq!(r.profiles.len(), 1);
        assert!(r
            .profile_on(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap())
            .is_some());
        assert!(r
            .profile_on(NaiveDate::from_ymd_opt(2015, 3, 18).unwrap())
            .is_none());
    }

    #[test]
    fn the_2020_rules_are_a_second_profile_without_code() {
        let p2020 = include_str!("../../docs/examples/profile-2020.json");
        let r = Rules::from_json(&[SHIPPED_PROFILE, p2020], SHIPPED_MCI, SHIPPED_CALENDAR).unwrap();
        let d = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        assert_eq!(r.profile_on(d).unwrap().id, "rules-259-2020");
        let before = NaiveDate::from_ymd_opt(2019, 1, 10).unwrap();
        assert_eq!(r.profile_on(before).unwrap().id, "standard-254");
    }

    #[test]
    fn broken_profiles_are_refused() {
        assert!(parse_profile("{}").is_err());
        let mut v: serde_json::Value = serde_json::from_str(SHIPPED_PROFILE).unwrap();
        v["grounds"] = serde_json::json!([9]);
        assert!(parse_profile(&v.to_string()).is_err());
    }
}
