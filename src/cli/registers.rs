//! `report` and `complaint`: the office's report and the complaints
//! register.

use super::*;

pub(super) fn report(data_dir: Option<&Path>, a: ReportArgs) -> Result<ExitCode, ExitCode> {
    use crate::desk::report::{self as rep, Format};
    use crate::domain::report::Period;
    let format = Format::parse(&a.format)
        .ok_or_else(|| fail(BAD_INPUT, t!("cli-bad-format", format = a.format.as_str())))?;
    let lang: DocLang = a
        .lang
        .parse()
        .map_err(|_| fail(BAD_INPUT, t!("cli-bad-doc-lang", lang = a.lang.as_str())))?;
    let day = |s: &str| {
        NaiveDate::parse_from_str(s.trim(), "%d.%m.%Y")
            .or_else(|_| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d"))
            .map_err(|_| fail(BAD_INPUT, t!("cli-bad-date", date = s)))
    };
    let (mut st, who) = session(data_dir)?;
    let now = now(&st)?;
    let from = match &a.from {
        Some(s) => day(s)?,
        None => chrono::Datelike::with_day(&now.today, 1).unwrap_or(now.today),
    };
    let to = match &a.to {
        Some(s) => day(s)?,
        None => now.today,
    };
    let offices: Vec<u16> = match a.office.as_deref().map(str::trim) {
        Some("all") => vec![],
        Some(code) => vec![code
            .parse()
            .map_err(|_| fail(BAD_INPUT, t!("cli-bad-office-code")))?],
        None => vec![workstation::office(&st).map_err(store_fail)?.code],
    };
    let period = Period { from, to };
    let r = rep::make(&mut st, &who, period, &offices, now).map_err(desk_fail)?;
    if a.overdue {
        let list = rep::overdue_cases(&mut st, &who, period, &offices, now).map_err(desk_fail)?;
        println!(
            "{}",
            serde_json::to_string_pretty(&list).unwrap_or_default()
        );
    }
    match a.output {
        Some(path) => {
            let path =
                rep::export(&mut st, &who, &r, format, lang, &path, now).map_err(desk_fail)?;
            eprintln!(
                "{}",
                t!(
                    "cli-report-written",
                    from = date(from),
                    to = date(to),
                    path = path.display().to_string()
                )
            );
        }
        None if format == Format::Json && !a.overdue => {
            println!("{}", serde_json::to_string_pretty(&r).unwrap_or_default());
        }
        None => {}
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn complaint(
    data_dir: Option<&Path>,
    c: ComplaintCommand,
) -> Result<ExitCode, ExitCode> {
    match c {
        ComplaintCommand::Register { file, lang, output } => {
            let lang: DocLang = lang
                .parse()
                .map_err(|_| fail(BAD_INPUT, t!("cli-bad-doc-lang", lang = lang.as_str())))?;
            let new: crate::domain::complaint::NewComplaint = read_json(&file)?;
            let (mut st, who) = session(data_dir)?;
            let now = now(&st)?;
            // The signed-in user accepts it and is named (para 11).
            let r = desk::register_complaint(&mut st, &who, now, &new, lang, output.as_deref())
                .map_err(desk_fail)?;
            let path = r.confirmation.map_err(desk_fail)?;
            let c = (r.complaint, path);
            println!(
                "{}",
                t!(
                    "cli-complaint-registered",
                    number = c.0.number.as_str(),
                    id = c.0.id,
                    due = date(c.0.due_on),
                    path = c.1.display().to_string()
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        ComplaintCommand::Answer { id, text, by_post } => {
            let (mut st, who) = session(data_dir)?;
            let now = now(&st)?;
            let c = desk::answer_complaint(&mut st, &who, now, id, &text, by_post)
                .map_err(desk_fail)?;
            println!(
                "{}",
                t!("cli-complaint-answered", number = c.number.as_str())
            );
            Ok(ExitCode::SUCCESS)
        }
        ComplaintCommand::List => {
            let (st, _who) = session(data_dir)?;
            let list = desk::lists::complaints(&st).map_err(desk_fail)?;
            println!(
                "{}",
                serde_json::to_string_pretty(&list).unwrap_or_default()
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
