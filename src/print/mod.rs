//! The annex forms as PDF (genpdf), in Kazakh or Russian — the applicant's
//! choice, independent of the interface language.
//!
//! genpdf (last released 2021) stays behind this module's API — `Annex`,
//! `FormInput`, `render`, `write_pdf` — so it can be swapped without
//! touching callers.

mod flow;
pub(crate) mod fonts;
pub use fonts::EMBEDDED_FACES;
mod forms;
mod layout;
pub(crate) mod pdf;
pub(crate) mod text;

pub use fonts::has_glyph;

use crate::domain::case::CaseNumber;
pub use crate::domain::forms::Annex;
use crate::domain::records::{CaseRecord, Office};
use crate::domain::DocLang;
use chrono::NaiveDate;
use i18n_embed::fluent::FluentLanguageLoader;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// The content of a form's QR code: the 15 digits of the case number and
/// the two digits of the form.
pub fn qr_payload(number: &CaseNumber, annex: Annex) -> String {
    format!("{}{}", number.digits(), annex.qr_digits())
}

/// Everything a form is filled from.
pub struct FormInput<'a> {
    pub case: &'a CaseRecord,
    /// The office that prints (its number and address go on Annex 5).
    pub office: &'a Office,
    /// The full name of the person who issues the form ("executor").
    pub executor: Option<&'a str>,
    /// The full name of the clerk who accepted the questionnaire (Annex 2).
    pub accepted_by: Option<&'a str>,
    pub lang: DocLang,
    /// The date the form is issued.
    pub today: NaiveDate,
}

#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("PDF: {0}")]
    Pdf(String),
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot hand the file to {program}: {detail}")]
    Deliver { program: String, detail: String },
}

fn embedded_loader(code: &str) -> FluentLanguageLoader {
    crate::i18n::new_loader(code)
}

static KK: LazyLock<FluentLanguageLoader> = LazyLock::new(|| embedded_loader("kk"));
static RU: LazyLock<FluentLanguageLoader> = LazyLock::new(|| embedded_loader("ru"));
/// English: only to recognise an "until" text typed from the English
/// interface; nothing English is printed.
static EN: LazyLock<FluentLanguageLoader> = LazyLock::new(|| embedded_loader("en"));

/// The Fluent loader of a document language. Its fallback is English (as
/// every loader's): look keys built at run time up with `has_key` first.
pub fn loader(lang: DocLang) -> &'static FluentLanguageLoader {
    match lang {
        DocLang::Kk => &KK,
        DocLang::Ru => &RU,
    }
}

pub(crate) fn english() -> &'static FluentLanguageLoader {
    &EN
}

fn keys_of(loader: &FluentLanguageLoader, code: &str) -> HashSet<String> {
    let Ok(id) = code.parse::<i18n_embed::unic_langid::LanguageIdentifier>() else {
        return HashSet::new();
    };
    loader.with_message_iter(&id, |messages| {
        messages.map(|m| m.id.name.to_string()).collect()
    })
}

static KK_KEYS: LazyLock<HashSet<String>> = LazyLock::new(|| keys_of(&KK, "kk"));
static RU_KEYS: LazyLock<HashSet<String>> = LazyLock::new(|| keys_of(&RU, "ru"));

/// Whether the document language itself has the message (not only the
/// English fallback): a key built from data (a ground, a requirement)
/// prints only then.
pub fn has_key(lang: DocLang, key: &str) -> bool {
    match lang {
        DocLang::Kk => KK_KEYS.contains(key),
        DocLang::Ru => RU_KEYS.contains(key),
    }
}

/// A form text in the document's language, checked at compile time.
#[macro_export]
macro_rules! pt {
    ($lang:expr, $id:literal) => {
        i18n_embed_fl::fl!($crate::print::loader($lang), $id)
    };
    ($lang:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::print::loader($lang), $id, $($args)*)
    };
}

/// The file a printed form is kept in under the forms directory.
pub fn form_file_name(number: &CaseNumber, annex: Annex, lang: DocLang) -> String {
    format!("{}-annex-{}-{lang}.pdf", number.digits(), annex.code())
}

/// Renders a form to PDF bytes. The first layout numbers no page and
/// finds how many pages each copy (each Annex 3 request) takes; when every
/// one fits on one page that layout is the form — a form of one page
/// carries no page number — and it is laid out once. Otherwise it is laid
/// out again, printing "page N of M" on each page of a copy of more than
/// one. The questionnaire, which mostly runs to several pages, is counted
/// first without writing the PDF (writing embeds the fonts, the dearest
/// part). The head of every page has the same height both times (the page
/// line is there, blank or not), so both lay out alike.
pub fn render(annex: Annex, input: &FormInput<'_>) -> Result<Vec<u8>, PrintError> {
    let pdf_err = |e: genpdf::error::Error| PrintError::Pdf(e.to_string());
    let title = forms::document_title(annex, input);
    let log = layout::PageLog::shared();
    let count_only = annex == Annex::A2;
    let mut out = Vec::with_capacity(160 * 1024);
    match forms::build(annex, input, log.clone(), None, count_only)?.render(&mut out) {
        Ok(()) if !count_only => {
            if log.borrow().plan().iter().all(|(_, total)| *total == 1) {
                return Ok(pdf::finish(out, &title));
            }
        }
        Err(e) if count_only && e.to_string() == layout::COUNTED => {}
        Ok(()) => return Err(PrintError::Pdf("the page count did not finish".into())),
        Err(e) => return Err(pdf_err(e)),
    }
    let plan = log.borrow().plan();
    let doc = forms::build(annex, input, layout::PageLog::shared(), Some(plan), false)?;
    let mut out = Vec::with_capacity(160 * 1024);
    doc.render(&mut out).map_err(pdf_err)?;
    Ok(pdf::finish(out, &title))
}

/// Renders a form and writes it to `path` whole or not at all: a
/// temporary file beside it, flushed, then renamed over.
pub fn write_pdf(annex: Annex, input: &FormInput<'_>, path: &Path) -> Result<Vec<u8>, PrintError> {
    let bytes = render(annex, input)?;
    write_atomically(path, &bytes)?;
    Ok(bytes)
}

pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), PrintError> {
    let io = |source| PrintError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "form.pdf".into());
    let tmp = dir.join(format!(".{name}.{}.part", std::process::id()));
    remove_stale_parts(dir, &name);
    let result = (|| {
        // A form holds personal data: the user's alone, wherever written.
        let mut f = crate::private::create_private(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(io)
}

/// Removes what an earlier write of the same file left when it was killed
/// between writing and renaming (`.NAME.PID.part` whose process is gone):
/// half a form holding personal data is not left beside the output.
fn remove_stale_parts(dir: &Path, name: &str) {
    let prefix = format!(".{name}.");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let file = e.file_name();
        let file = file.to_string_lossy();
        let Some(pid) = file
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".part"))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !process_alive(pid) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Whether process `pid` runs (where the system says; elsewhere assumed
/// gone, as a `.part` of a running writer lives only a moment).
fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        false
    }
}

/// How a written PDF reaches paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Open it in the system's PDF viewer (the clerk prints from there).
    Open,
    /// Send it to the default printer (CUPS `lp`), where there is one.
    Printer,
}

/// The program that hands a file to the system viewer or the default
/// printer on this platform, and its arguments (the file last).
///
/// - Linux and the BSDs: `xdg-open` (the desktop's PDF viewer) and CUPS's
///   `lp` (the default printer); the package recommends both.
/// - macOS: `open`, and `lp` (macOS prints through CUPS too).
/// - Windows (untried): `rundll32 url.dll,FileProtocolHandler`, which opens
///   the file with its associated viewer and returns at once; the default
///   printer through PowerShell's `Start-Process -Verb Print`, the verb the
///   associated viewer registers for printing.
pub fn delivery_command(how: Delivery, path: &Path) -> (&'static str, Vec<std::ffi::OsString>) {
    let file = path.as_os_str().to_owned();
    if cfg!(windows) {
        return match how {
            Delivery::Open => ("rundll32", vec!["url.dll,FileProtocolHandler".into(), file]),
            Delivery::Printer => {
                // A literal in single quotes: a quote in the path doubled.
                let quoted = path.to_string_lossy().replace('\'', "''");
                (
                    "powershell",
                    vec![
                        "-NoProfile".into(),
                        "-NonInteractive".into(),
                        "-Command".into(),
                        format!("Start-Process -FilePath '{quoted}' -Verb Print").into(),
                    ],
                )
            }
        };
    }
    match how {
        Delivery::Printer => ("lp", vec![file]),
        Delivery::Open if cfg!(target_os = "macos") => ("open", vec![file]),
        Delivery::Open => ("xdg-open", vec![file]),
    }
}

/// Hands a written PDF to the system viewer or the default printer.
pub fn deliver(path: &Path, how: Delivery) -> Result<(), PrintError> {
    let (program, args) = delivery_command(how, path);
    let status = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::null())
        .status()
        .map_err(|e| PrintError::Deliver {
            program: program.into(),
            detail: e.to_string(),
        })?;
    if status.success() {
        Ok(())
    } else {
        Err(PrintError::Deliver {
            program: program.into(),
            detail: status.to_string(),
        })
    }
}

/// The SHA-256 of a PDF, recorded with the issued form.
pub fn digest(bytes: &[u8]) -> String {
    use sha2::Digest;
    let d = sha2::Sha256::digest(bytes);
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// The sheet the recovery code is kept on, as PDF bytes.
pub fn recovery_sheet(
    office: &Office,
    on: chrono::NaiveDate,
    code: &str,
    lang: DocLang,
) -> Result<Vec<u8>, PrintError> {
    let doc = forms::recovery_sheet(office, on, code, lang)?;
    let mut out = Vec::with_capacity(64 * 1024);
    doc.render(&mut out)
        .map_err(|e| PrintError::Pdf(e.to_string()))?;
    Ok(pdf::finish(out, &pt!(lang, "form-recovery-title")))
}

/// The confirmation a complainant receives (para 11): the registration
/// stamp — incoming number and date —, who accepted it, and when and where
/// the answer is to be had.
pub fn complaint_confirmation(
    c: &crate::domain::records::Complaint,
    office: &Office,
    lang: DocLang,
) -> Result<Vec<u8>, PrintError> {
    let doc = forms::complaint_confirmation(c, office, lang)?;
    let mut out = Vec::with_capacity(128 * 1024);
    doc.render(&mut out)
        .map_err(|e| PrintError::Pdf(e.to_string()))?;
    Ok(pdf::finish(out, &pt!(lang, "form-complaint-title")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(all(unix, not(target_os = "macos")))]
    #[test]
    fn a_form_goes_to_the_desktops_viewer_or_the_cups_printer() {
        let p = Path::new("/tmp/forms/Annex 4.pdf");
        let (prog, args) = delivery_command(Delivery::Open, p);
        assert_eq!(
            (prog, args.as_slice()),
            ("xdg-open", &[p.as_os_str().to_owned()][..])
        );
        let (prog, args) = delivery_command(Delivery::Printer, p);
        assert_eq!(
            (prog, args.as_slice()),
            ("lp", &[p.as_os_str().to_owned()][..])
        );
    }

    #[test]
    fn a_key_counts_only_in_the_forms_own_language() {
        // Ground 8 has no "until" in the standard, in any language.
        for lang in [DocLang::Kk, DocLang::Ru] {
            assert!(has_key(lang, "ground-8"));
            assert!(!has_key(lang, "ground-until-8"));
            assert!(has_key(lang, "ground-until-7"));
        }
    }

    #[test]
    fn a_ground_looked_up_without_the_applicants_sex_keeps_both_forms() {
        // The window shows the grounds without a person: the "(а)" forms.
        let ru = crate::i18n::new_loader("ru");
        assert!(ru.get("ground-1").starts_with("осведомлен(а) о сведениях"));
        assert!(ru.get("ground-0").starts_with("не представил(а) в течение"));
    }
}
