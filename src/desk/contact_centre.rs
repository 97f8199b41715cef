//! The contact centre's answer (para 15): what the operator reads out to
//! a caller about the status of their application, in the caller's
//! language (Kazakh or Russian), from the case's status record and its
//! office's particulars (`domain::public_status`). Sentences, not codes:
//! the operator reads them as they stand.

use crate::domain::public_status::{Bring, OfficeContact, Stage, StatusRecord};
use crate::domain::DocLang;
use chrono::NaiveDate;
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
                    ("hours", o.hours.clone()),
                ],
            ));
        }
    }
    out
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
            iin: String::new(),
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
            hours: "9:00–18:00".into(),
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
            assert!(text.contains("+7 7172 55 00 00") && text.contains("9:00–18:00"));
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
}
