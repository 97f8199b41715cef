//! Reading what the command line is given: files (bounded), JSON,
//! case numbers, dates, the person a paper is for.

use super::*;

/// Parses an intake, naming the field of any JSON error.
pub fn parse_intake_json(text: &str) -> Result<Intake, (String, String)> {
    parse_json(text)
}

/// Parses a JSON document, naming the field of any error.
pub(super) fn parse_json<T: serde::de::DeserializeOwned>(
    text: &str,
) -> Result<T, (String, String)> {
    let de = &mut serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut *de).map_err(|e| {
        let path = e.path().to_string();
        (
            if path == "." {
                "(document)".to_string()
            } else {
                path
            },
            e.inner().to_string(),
        )
    })?;
    // One document per file: a second intake after the first is not
    // silently dropped.
    de.end()
        .map_err(|e| ("(document)".to_string(), e.to_string()))?;
    Ok(value)
}

/// The largest input file read (an intake with every table full is a few
/// hundred kilobytes).
pub(super) const INPUT_MAX_BYTES: u64 = 4 * 1024 * 1024;

/// A file's text, or the localized reason it cannot be read. Read through
/// a limit whatever the file is — a pipe, a device like /dev/zero or a
/// file still growing says no size beforehand — and refused past it.
pub(super) fn read_text(path: &Path) -> Result<String, ExitCode> {
    use std::io::Read;
    let too_large = || {
        fail(
            BAD_INPUT,
            t!(
                "cli-input-too-large",
                path = path.display().to_string(),
                max = (INPUT_MAX_BYTES / 1024 / 1024).to_string()
            ),
        )
    };
    let read_failed = |e: std::io::Error| {
        fail(
            BAD_INPUT,
            t!(
                "cli-read-failed",
                path = path.display().to_string(),
                error = e.to_string()
            ),
        )
    };
    if std::fs::metadata(path).is_ok_and(|m| m.len() > INPUT_MAX_BYTES) {
        return Err(too_large());
    }
    let file = std::fs::File::open(path).map_err(read_failed)?;
    let mut bytes = Vec::new();
    file.take(INPUT_MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_failed)?;
    if bytes.len() as u64 > INPUT_MAX_BYTES {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|_| {
        read_failed(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "stream did not contain valid UTF-8",
        ))
    })
}

/// A JSON file as `T`, or the localized reason naming the field.
pub(super) fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, ExitCode> {
    let text = read_text(path)?;
    parse_json(&text).map_err(|(field, error)| {
        fail(
            BAD_INPUT,
            t!(
                "cli-json-error",
                path = path.display().to_string(),
                field = field,
                error = error
            ),
        )
    })
}

pub(super) fn parse_number(s: &str) -> Result<CaseNumber, ExitCode> {
    CaseNumber::parse(s).map_err(|e| fail(BAD_INPUT, e.localize()))
}

pub(super) fn parse_date_arg(s: &str) -> Result<NaiveDate, ExitCode> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s.trim(), "%d.%m.%Y"))
        .map_err(|_| fail(BAD_INPUT, t!("cli-bad-date", date = s)))
}

/// A checklist subject as the command line names it.
pub(super) fn subject_arg(s: &crate::domain::documents::Subject) -> String {
    use crate::domain::documents::Subject;
    match s {
        Subject::Dependant(i) => format!("dependant:{}", i + 1),
        Subject::OtherParentOf(i) => format!("other-parent:{}", i + 1),
        Subject::Child(i) => format!("child:{}", i + 1),
        Subject::Applicant => "applicant".into(),
        Subject::Representative => "representative".into(),
    }
}

/// `dependant:N` / `other-parent:N` (rows from 1) as a checklist subject.
pub(super) fn parse_subject(s: &str) -> Result<crate::domain::documents::Subject, ExitCode> {
    use crate::domain::documents::Subject;
    let bad = || fail(BAD_INPUT, t!("cli-bad-subject", subject = s));
    let (kind, n) = s.trim().split_once(':').ok_or_else(bad)?;
    let n: usize = n.trim().parse().ok().filter(|n| *n >= 1).ok_or_else(bad)?;
    match kind.trim() {
        "dependant" => Ok(Subject::Dependant(n - 1)),
        "other-parent" => Ok(Subject::OtherParentOf(n - 1)),
        _ => Err(bad()),
    }
}
