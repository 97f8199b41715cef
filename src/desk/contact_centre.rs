//! The contact centre's answer (para 15): what the operator reads out to
//! a caller about the status of their application, in the caller's
//! language (Kazakh or Russian), from the case's status record and its
//! office's particulars (`domain::public_status`). Sentences, not codes:
//! the operator reads them as they stand.

use super::{DeskError, Who};
use crate::domain::access::Act;
use crate::domain::case::CaseNumber;
use crate::domain::ids::Iin;
use crate::domain::public_status::{self, Bring, OfficeContact, Stage, StatusRecord};
use crate::domain::{DocLang, OfficeKind};
use crate::i18n::Localize;
use crate::store::Store;
use chrono::{NaiveDate, NaiveDateTime};
use std::collections::HashMap;

/// A sentence in the caller's language, from the document languages'
/// loaders the forms use (loaded once, not per sentence).
fn say(lang: DocLang, key: &str, args: &[(&'static str, String)]) -> String {
    let args: HashMap<&str, _> = args.iter().map(|(k, v)| (*k, v.clone().into())).collect();
    crate::print::loader(lang).get_args_concrete(key, args)
}

fn date(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

fn bring_text(lang: DocLang, b: Bring) -> String {
    match b {
        Bring::IdentityDocument => say(lang, "cc-bring-identity-document", &[]),
        Bring::Receipt => say(lang, "cc-bring-receipt", &[]),
        Bring::MilitaryCertificate => say(lang, "cc-bring-military-certificate", &[]),
        Bring::Deregistration => say(lang, "cc-bring-deregistration", &[]),
        Bring::Missing(r) => {
            let name = serde_json::to_value(r)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            say(lang, &format!("req-{name}"), &[])
        }
    }
}

/// The office's working hours: the standard's for its kind (the
/// provider's, or the State Corporation's).
fn hours(lang: DocLang, kind: OfficeKind) -> String {
    match kind {
        OfficeKind::MigrationPolice => say(lang, "cc-hours-migration-police", &[]),
        _ => say(lang, "cc-hours-state-corporation", &[]),
    }
}

/// "Not found": the one answer for a wrong number, a wrong IIN or a pair
/// that does not match (nothing tells which).
pub fn not_found(lang: DocLang) -> String {
    say(lang, "cc-not-found", &[])
}

/// The answer, sentence by sentence. `office` is the particulars of the
/// office the record names (absent if it has published none: its code is
/// said instead).
pub fn answer(record: &StatusRecord, office: Option<&OfficeContact>, lang: DocLang) -> Vec<String> {
    let since = date(record.since);
    let office_name = match office {
        Some(o) => match lang {
            DocLang::Ru if !o.name_ru.trim().is_empty() => o.name_ru.clone(),
            _ => o.name_kk.clone(),
        },
        None => say(
            lang,
            "cc-office-code",
            &[("code", format!("{:04}", record.office))],
        ),
    };
    let mut out = Vec::new();
    let stage = match record.stage {
        Stage::UnderReview => "cc-under-review",
        Stage::RefusedAtIntake => "cc-refused-at-intake",
        Stage::Approved => "cc-approved",
        Stage::DecisionReady => "cc-decision-ready",
        Stage::RefusalReady => "cc-refusal-ready",
        Stage::WithTheProvider => "cc-with-provider",
        Stage::HandedOver => "cc-handed-over",
    };
    out.push(say(
        lang,
        stage,
        &[("since", since), ("office", office_name.clone())],
    ));
    let missing: Vec<String> = record
        .bring
        .iter()
        .filter(|b| matches!(b, Bring::Missing(_)))
        .map(|b| bring_text(lang, *b))
        .collect();
    if !missing.is_empty() {
        out.push(say(lang, "cc-missing", &[("list", missing.join("; "))]));
    }
    match (record.stage, record.next_on) {
        (Stage::Approved, Some(on)) => out.push(say(
            lang,
            "cc-papers-by",
            &[("on", date(on)), ("office", office_name.clone())],
        )),
        (_, Some(on)) => out.push(say(
            lang,
            "cc-come-on",
            &[("on", date(on)), ("office", office_name.clone())],
        )),
        (_, None) => {}
    }
    let bring: Vec<String> = record
        .bring
        .iter()
        .filter(|b| !matches!(b, Bring::Missing(_)))
        .map(|b| bring_text(lang, *b))
        .collect();
    if !bring.is_empty() {
        out.push(say(lang, "cc-bring", &[("list", bring.join("; "))]));
    }
    if record.stage != Stage::HandedOver {
        if let Some(o) = office {
            let address = match lang {
                DocLang::Ru if !o.address_ru.trim().is_empty() => o.address_ru.clone(),
                _ => o.address_kk.clone(),
            };
            out.push(say(
                lang,
                "cc-office-where",
                &[
                    ("address", address),
                    ("phone", o.phone.clone()),
                    ("hours", hours(lang, o.kind)),
                ],
            ));
        }
    }
    out
}

/// What the operator typed, read: the case number and the IIN, or what is
/// wrong with each (in the language in force, shown at its field).
pub fn read_fields(
    number: &str,
    iin: &str,
) -> Result<(CaseNumber, Iin), (Option<String>, Option<String>)> {
    let n = CaseNumber::parse(number.trim());
    let i = Iin::parse(iin.trim());
    match (n, i) {
        (Ok(n), Ok(i)) => Ok((n, i)),
        (n, i) => Err((n.err().map(|e| e.localize()), i.err().map(|e| e.localize()))),
    }
}

/// Misses counted for slowing: those of the last ten minutes.
const MISS_WINDOW_SECS: i64 = 600;
/// Misses allowed in the window before the next lookup must wait.
const FREE_MISSES: usize = 5;
/// The longest wait.
const MAX_WAIT_SECS: i64 = 300;

/// How long after the last miss the next lookup must wait, from this
/// workstation's recent misses (newest first): nothing for the first five
/// in ten minutes, then 5 s, 10 s, 20 s … up to five minutes. A person
/// mistyping twice is not slowed; a program trying IINs one after another
/// gets a few a minute at first and twelve an hour at last.
pub fn wait_after_misses(misses: &[NaiveDateTime], now: NaiveDateTime) -> i64 {
    let recent: Vec<&NaiveDateTime> = misses
        .iter()
        .filter(|at| (now - **at).num_seconds() < MISS_WINDOW_SECS)
        .collect();
    if recent.len() < FREE_MISSES {
        return 0;
    }
    let over = (recent.len() - FREE_MISSES).min(16) as u32;
    let wait = (5i64 << over).min(MAX_WAIT_SECS);
    let since_last = (now - *recent[0]).num_seconds();
    (wait - since_last).max(0)
}

/// A lookup's outcome, as the operator reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// The answer, sentence by sentence, in the caller's language.
    Found(Vec<String>),
    /// Nothing under this number with this IIN (the one answer for every
    /// miss).
    NotFound(String),
    /// Too many misses from this workstation: the next lookup after this
    /// many seconds.
    Slowed(i64),
}

/// The contact centre's lookup (para 15): the status of the case `number`
/// whose applicant's IIN is `iin`, in `lang`, from the hub's status
/// bucket. Both must match. Operators only; every lookup is audited (the
/// number and whether it was found, never the IIN); misses slow the next
/// lookups.
pub fn look_up(
    st: &mut Store,
    who: &Who,
    number: &str,
    iin: &str,
    lang: DocLang,
    now: NaiveDateTime,
) -> Result<Lookup, DeskError> {
    who.may(Act::LookUpStatus)?;
    let (number, iin) = match read_fields(number, iin) {
        Ok(v) => v,
        Err((Some(_), _)) => return Err(DeskError::Invalid("cc-bad-number")),
        Err((None, _)) => return Err(DeskError::Invalid("cc-bad-iin")),
    };
    let wait = wait_after_misses(&st.recent_status_misses(32)?, now);
    if wait > 0 {
        st.audit_act(
            &who.actor,
            crate::store::LOOKUP_SLOWED,
            Some(&number),
            &format!("wait={wait}s"),
            now,
        )?;
        return Ok(Lookup::Slowed(wait));
    }
    let cfg = st
        .sync_config()?
        .filter(|c| c.enabled && !c.urls.is_empty())
        .ok_or(DeskError::Invalid("cc-not-configured"))?;
    let secret = cfg
        .status_key()
        .ok_or(DeskError::Invalid("cc-not-configured"))?;
    let office = st.self_office()?.code;
    let iin = iin.as_string();
    let key = public_status::key_for(&secret, &number, &iin);
    let sealer = public_status::Sealer::for_pair(&secret, &number, &iin);
    let found = crate::sync::status::find_blocking(&cfg, office, &key, &sealer).map_err(|e| {
        tracing::warn!(error = %e, "status lookup");
        DeskError::Invalid("cc-hub-unreachable")
    })?;
    // A record is the case's only if its number is the one asked about
    // (the key is a hash: a collision must not answer for another case).
    let found = found.filter(|f| CaseNumber::parse(&f.record.case).is_ok_and(|n| n == number));
    let lang_code = match lang {
        DocLang::Ru => "ru",
        _ => "kk",
    };
    match found {
        Some(f) => {
            st.audit_act(
                &who.actor,
                crate::store::LOOKUP_FOUND,
                Some(&number),
                &format!("stage={} lang={lang_code}", f.record.stage.as_str()),
                now,
            )?;
            Ok(Lookup::Found(answer(&f.record, f.office.as_ref(), lang)))
        }
        None => {
            st.audit_act(
                &who.actor,
                crate::store::LOOKUP_MISS,
                Some(&number),
                &format!("lang={lang_code}"),
                now,
            )?;
            Ok(Lookup::NotFound(not_found(lang)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::documents::Requirement;

    fn record(stage: Stage, next_on: Option<NaiveDate>, bring: Vec<Bring>) -> StatusRecord {
        StatusRecord {
            v: 1,
            case: "0043-2026-000001-1".into(),
            events: 2,
            stage,
            since: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
            next_on,
            bring,
            office: 43,
            result_waiting: false,
        }
    }

    fn office() -> OfficeContact {
        OfficeContact {
            code: 43,
            name_kk: "Есіл ауданы бойынша халыққа қызмет көрсету бөлімі".into(),
            name_ru: "Отдел Есильского района по обслуживанию населения".into(),
            address_kk: "Астана қ., Қабанбай батыр даңғылы, 11/5".into(),
            address_ru: "г. Астана, пр. Кабанбай батыра, 11/5".into(),
            phone: "+7 7172 55 00 00".into(),
            kind: OfficeKind::StateCorporation,
        }
    }

    #[test]
    fn an_accepted_case_is_told_with_its_date_the_day_to_come_and_what_to_bring() {
        let r = record(
            Stage::UnderReview,
            NaiveDate::from_ymd_opt(2026, 12, 17),
            vec![Bring::Receipt, Bring::IdentityDocument],
        );
        for lang in [DocLang::Kk, DocLang::Ru] {
            let text = answer(&r, Some(&office()), lang).join(" ");
            assert!(
                text.contains("25.11.2026") && text.contains("17.12.2026"),
                "{text}"
            );
            assert!(
                text.contains("+7 7172 55 00 00")
                    && text.contains("9:00")
                    && text.contains("20:00")
            );
            let name = if lang == DocLang::Ru {
                &office().name_ru
            } else {
                &office().name_kk
            };
            assert!(text.contains(name.as_str()), "{text}");
        }
        let ru = answer(&r, Some(&office()), DocLang::Ru).join(" ");
        assert!(
            ru.contains("приняты") && ru.contains("удостоверяющий личность"),
            "{ru}"
        );
        let kk = answer(&r, Some(&office()), DocLang::Kk).join(" ");
        assert!(kk.contains("қабылданды"), "{kk}");
    }

    #[test]
    fn a_refused_intake_names_the_missing_documents_in_the_callers_language() {
        let r = record(
            Stage::RefusedAtIntake,
            None,
            vec![Bring::Missing(Requirement::FeeReceipt)],
        );
        let ru = answer(&r, Some(&office()), DocLang::Ru).join(" ");
        assert!(
            ru.contains("Документ об уплате государственной пошлины"),
            "{ru}"
        );
        let kk = answer(&r, None, DocLang::Kk).join(" ");
        assert!(
            kk.contains("Мемлекеттік баждың төленгенін растайтын құжат"),
            "{kk}"
        );
        // An office that has published no particulars is named by its code.
        let decided = record(Stage::DecisionReady, None, vec![Bring::IdentityDocument]);
        let kk = answer(&decided, None, DocLang::Kk).join(" ");
        assert!(kk.contains("0043"), "{kk}");
        assert!(!not_found(DocLang::Kk).is_empty());
        assert_ne!(not_found(DocLang::Kk), not_found(DocLang::Ru));
    }

    #[test]
    fn misses_slow_the_next_lookup_more_and_more() {
        let now = NaiveDate::from_ymd_opt(2026, 12, 7)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        let ago = |s: i64| now - chrono::Duration::seconds(s);
        // A person mistyping: not slowed.
        assert_eq!(
            wait_after_misses(&[ago(1), ago(20), ago(40), ago(60)], now),
            0
        );
        // The fifth miss in ten minutes: 5 s after it.
        let five = [ago(1), ago(20), ago(40), ago(60), ago(80)];
        assert_eq!(wait_after_misses(&five, now), 4);
        let seven = [
            ago(0),
            ago(20),
            ago(40),
            ago(60),
            ago(80),
            ago(100),
            ago(120),
        ];
        assert_eq!(wait_after_misses(&seven, now), 20);
        // Misses older than ten minutes are forgotten.
        let old = [ago(700), ago(720), ago(740), ago(760), ago(780)];
        assert_eq!(wait_after_misses(&old, now), 0);
        // Never longer than five minutes.
        let many: Vec<_> = (0..30).map(ago).collect();
        assert_eq!(wait_after_misses(&many, now), MAX_WAIT_SECS);
    }

    #[test]
    fn both_fields_are_checked_with_a_message_each() {
        assert!(read_fields("0043-2026-000001-1", "").is_err());
        let (n, i) = read_fields("12", "123").unwrap_err();
        assert!(n.is_some() && i.is_some());
    }
}
