//! The office's reports: taken by a supervisor or an administrator, for a
//! period and the offices whose cases count; every taking and every export
//! is audited. A list of the overdue cases (with names) is a separate
//! request, audited as a view of each case it lists.

use super::{logged, Now, Result, Who};
use crate::domain::case::CaseNumber;
use crate::domain::report::{self, Period, Report};
use crate::domain::{DocLang, OfficeKind};
use crate::store::{Store, StoreError};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// How a report is taken out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    Xlsx,
    Pdf,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "json" => Some(Format::Json),
            "csv" => Some(Format::Csv),
            "xlsx" => Some(Format::Xlsx),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::Pdf => "pdf",
        }
    }
}

/// Reports are for supervisors and administrators; at the ministry, the
/// national report for its analysts and administrators.
fn allowed(st: &Store, who: &Who) -> Result<()> {
    use crate::domain::access::Act;
    if st.is_observer()? {
        Ok(who.may(Act::NationalReport)?)
    } else {
        Ok(who.may(Act::Supervise)?)
    }
}

/// The offices a report may cover: this office, and at a migration
/// police office each department whose cases it holds (synced copies).
/// At the ministry none to choose: its report is the national one, over
/// every office.
pub fn offices(st: &mut Store) -> Result<Vec<u16>> {
    let me = st.self_office()?;
    if me.kind == OfficeKind::Ministry {
        return Ok(vec![]);
    }
    let mut v = vec![me.code];
    if me.kind == OfficeKind::MigrationPolice {
        for o in st.case_offices()? {
            if !v.contains(&o) {
                v.push(o);
            }
        }
    }
    Ok(v)
}

/// Whether this store's report is the national one (the ministry's).
pub fn is_national(st: &Store) -> bool {
    st.is_observer().unwrap_or(false)
}

/// The report for `period` over the cases of `offices` (empty: every
/// office this store holds cases of). At the ministry, the national
/// report: every office's cases, each region's and each office's figures
/// beside the country's, and how current the replica is per office.
/// Audited.
pub fn make(
    st: &mut Store,
    who: &Who,
    period: Period,
    offices: &[u16],
    now: Now,
) -> Result<Report> {
    let r = (|| -> Result<Report> {
        allowed(st, who)?;
        if period.to < period.from {
            return Err(super::DeskError::Invalid("report-bad-period"));
        }
        let office = st.self_office()?;
        let limits = st
            .rules()?
            .profile_on(period.to.min(now.today))
            .map(|p| p.visit)
            .ok_or(StoreError::NoProfile(period.to))?;
        let limit = limits.for_office(office.kind);
        let cases: Vec<_> = st
            .report_cases(period)?
            .into_iter()
            .map(|(_, c)| c)
            .collect();
        let visits = st.report_visits(period)?;
        let complaints = st.report_complaints()?;
        let home = st.report_home_visits()?;
        let national = office.kind == OfficeKind::Ministry;
        // The national report counts every office's cases.
        let offices = if national { &[][..] } else { offices };
        let mut rep = report::compute(
            period,
            now.today,
            offices,
            &cases,
            &visits,
            limit,
            &limits,
            &complaints,
            &home,
        );
        if national {
            rep = report::national(
                rep,
                now.today,
                &cases,
                &st.directory()?,
                st.replica_currency()?,
            );
        }
        st.audit_act(
            &who.actor,
            if national {
                "report_national"
            } else {
                "report"
            },
            None,
            &format!("{}..{} offices {:?}", period.from, period.to, offices),
            now.utc,
        )?;
        Ok(rep)
    })();
    logged("report", None, r)
}

/// Writes the report to `path` in `format` (the tables in `lang`).
/// Audited with the format and the file.
pub fn export(
    st: &mut Store,
    who: &Who,
    rep: &Report,
    format: Format,
    lang: DocLang,
    path: &Path,
    now: Now,
) -> Result<PathBuf> {
    let r = (|| -> Result<PathBuf> {
        allowed(st, who)?;
        let bytes = match format {
            Format::Json => serde_json::to_vec_pretty(rep)
                .map_err(|e| crate::print::PrintError::Pdf(e.to_string()))?,
            Format::Csv => crate::report::to_csv(&crate::report::tables(rep, lang)),
            Format::Xlsx => crate::report::to_xlsx(&crate::report::tables(rep, lang))
                .map_err(crate::print::PrintError::Pdf)?,
            Format::Pdf => {
                crate::report::to_pdf(rep, lang).map_err(crate::print::PrintError::Pdf)?
            }
        };
        crate::print::write_atomically(path, &bytes)?;
        st.audit_act(
            &who.actor,
            "report_export",
            None,
            &format!(
                "{} {} {}..{} {}",
                format.as_str(),
                lang,
                rep.period.from,
                rep.period.to,
                path.display()
            ),
            now.utc,
        )?;
        Ok(path.to_path_buf())
    })();
    logged("report-export", None, r)
}

/// One overdue case, with the person's name: for whoever asked by name.
#[derive(Debug, Clone, Serialize)]
pub struct Overdue {
    pub number: CaseNumber,
    pub full_name: String,
    pub stage: String,
    pub due: chrono::NaiveDate,
    pub days_late: i64,
}

/// The cases overdue on the period's last day. Each case listed is a view
/// of that case in the audit log.
pub fn overdue_cases(
    st: &mut Store,
    who: &Who,
    period: Period,
    offices: &[u16],
    now: Now,
) -> Result<Vec<Overdue>> {
    let r = (|| -> Result<Vec<Overdue>> {
        allowed(st, who)?;
        // Names: not at the ministry.
        st.no_cases_here()?;
        let mut out = Vec::new();
        for (n, c) in st.report_cases(period)? {
            if !offices.is_empty() && !offices.contains(&c.office) {
                continue;
            }
            for (d, days_late) in report::overdue(&c, period.to.min(now.today)) {
                out.push(Overdue {
                    number: n,
                    full_name: c.state.intake.applicant.full_name(),
                    stage: d.kind.as_str().to_string(),
                    due: d.due,
                    days_late,
                });
            }
        }
        out.sort_by_key(|o| std::cmp::Reverse(o.days_late));
        for o in &out {
            st.audit_act(
                &who.actor,
                "case_view",
                Some(&o.number),
                &format!("{} (report: overdue list)", o.number),
                now.utc,
            )?;
        }
        Ok(out)
    })();
    logged("report-overdue", None, r)
}
