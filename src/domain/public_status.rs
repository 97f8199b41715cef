//! The status of a case as the unified contact centre (1414) may tell it
//! to the applicant over the phone (para 15): the stage in the standard's
//! terms, the next date, what to bring or do then, the office to go to and
//! whether a result waits to be collected — **nothing else**. No name, no
//! address, no family, no IIN: a record's key in the hub's bucket is its
//! office's code and a keyed hash (HMAC-SHA-256 under a hub-wide secret) of
//! the case number *with* the applicant's IIN, so that a record is found
//! only by someone who knows both — a wrong pair finds nothing, the keys
//! cannot be read back into identities, and the bucket cannot be walked by
//! case numbers.
//!
//! Pure: the record is a function of the case's state (the fold of its
//! events) and of the office's own particulars, so it cannot disagree with
//! the case page.

use super::case::{CaseNumber, CaseState, Military, Status};
use super::documents::Requirement;
use super::records::Office;
use super::OfficeKind;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The record's format version (a newer program may add fields; an older
/// operator workstation reads what it knows).
pub const RECORD_VERSION: u8 = 1;

/// The largest record the hub keeps for one case (issue 31: ≤ 1 KB).
pub const MAX_RECORD_BYTES: usize = 1024;

/// The hub's key-value bucket of status records.
pub const BUCKET: &str = "case_status";

/// Where a case stands, as the operator says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Para 9/Annex 4: the documents were accepted; the review runs.
    UnderReview,
    /// Annex 5: the package was incomplete; the documents were not accepted.
    RefusedAtIntake,
    /// Annex 4-1: approved; the direction for deregistration was issued, the
    /// military certificate and the deregistration are awaited.
    Approved,
    /// Annex 1: the decision is ready to be collected.
    DecisionReady,
    /// Annex 1-1: the refusal is ready to be collected.
    RefusalReady,
    /// Para 8: an uncollected result was passed to the migration police.
    WithTheProvider,
    /// The result was handed over; the service is complete.
    HandedOver,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::UnderReview => "under_review",
            Stage::RefusedAtIntake => "refused_at_intake",
            Stage::Approved => "approved",
            Stage::DecisionReady => "decision_ready",
            Stage::RefusalReady => "refusal_ready",
            Stage::WithTheProvider => "with_the_provider",
            Stage::HandedOver => "handed_over",
        }
    }
}

/// What the applicant is to bring or do at the next visit (codes; the
/// operator's screen says them in the caller's language).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bring {
    /// The identity document (every visit that collects something).
    IdentityDocument,
    /// The receipt of Annex 4.
    Receipt,
    /// The certificate from the local military authority.
    MilitaryCertificate,
    /// The mark of deregistration at the place of residence.
    Deregistration,
    /// A document the intake lacked (Annex 5), by its para 9 requirement.
    Missing(Requirement),
}

/// The office to go to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
/// (Short keys on the wire: a department's official name and address in
/// two languages are most of a record's kilobyte.)
pub struct OfficeContact {
    #[serde(rename = "c")]
    pub code: u16,
    #[serde(rename = "nk")]
    pub name_kk: String,
    #[serde(rename = "nr")]
    pub name_ru: String,
    #[serde(rename = "ak")]
    pub address_kk: String,
    #[serde(rename = "ar")]
    pub address_ru: String,
    #[serde(rename = "p")]
    pub phone: String,
    /// The kind of office: its working hours are the standard's for that
    /// kind (the provider's, or the State Corporation's).
    #[serde(rename = "k")]
    pub kind: OfficeKind,
}

/// One case's record in the hub's status bucket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusRecord {
    pub v: u8,
    /// The case number (the operator's first field).
    pub case: String,
    /// How many events of the case's log the record reflects: a record is
    /// replaced only by one that reflects more.
    pub events: u32,
    pub stage: Stage,
    /// Since when (acceptance, refusal, approval, decision, handover).
    pub since: NaiveDate,
    /// The day to come (the receipt's date to come back; the last day of
    /// the direction's validity for the papers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bring: Vec<Bring>,
    /// The office to go to; its particulars are the bucket's entry
    /// `office_key(code)` (kept once per office, not in every case's).
    pub office: u16,
    /// A result (decision or refusal) waits to be collected.
    #[serde(rename = "waiting")]
    pub result_waiting: bool,
}

impl StatusRecord {
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// A record read from the bucket; `None` for what is not one.
    pub fn from_bytes(b: &[u8]) -> Option<StatusRecord> {
        serde_json::from_slice(b).ok()
    }
}

/// The keyed hash of a case number with its applicant's IIN: HMAC-SHA-256
/// under the hub-wide secret, truncated to 128 bits (RFC 2104 allows half
/// the output), hex. Only the digits count (the spaces and dashes a caller
/// dictates are dropped), so "0043-2026-000001-1" and "004320260000011"
/// are one number.
fn pair_tag(secret: &[u8], number: &str, iin: &str) -> String {
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret);
    let tag = ring::hmac::sign(
        &key,
        format!("{}|{}", digits(number), digits(iin)).as_bytes(),
    );
    tag.as_ref()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A case's record as the bucket holds it: sealed (AES-256-GCM) under a
/// key made, like the bucket's key, from the case number with the IIN
/// under the hub-wide secret (HMAC-SHA-256 with another label), so that a
/// record is read only by one who has both. Whoever reaches the bucket
/// without the pair — a wildcard request for "the last record", the hub's
/// own administrator, a copy of its disks — sees neither the case number
/// nor where the case stands.
#[derive(Clone)]
pub struct Sealer {
    key: [u8; 32],
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sealer(***)")
    }
}

impl PartialEq for Sealer {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for Sealer {}

/// The sealed record's layout: a version byte, the 12-byte nonce, the
/// ciphertext with its 16-byte tag.
const SEALED_V1: u8 = 1;

impl Sealer {
    /// The sealing key of a case number with its applicant's IIN.
    pub fn for_pair(secret: &[u8], number: &CaseNumber, iin: &str) -> Sealer {
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        let hmac = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret);
        let tag = ring::hmac::sign(
            &hmac,
            format!("seal|{}|{}", digits(&number.to_string()), digits(iin)).as_bytes(),
        );
        let mut key = [0u8; 32];
        key.copy_from_slice(&tag.as_ref()[..32]);
        Sealer { key }
    }

    fn aead(&self) -> Option<ring::aead::LessSafeKey> {
        ring::aead::UnboundKey::new(&ring::aead::AES_256_GCM, &self.key)
            .ok()
            .map(ring::aead::LessSafeKey::new)
    }

    /// The record sealed with a fresh random nonce (`None` only if the
    /// system's random source fails).
    pub fn seal(&self, record: &StatusRecord) -> Option<Vec<u8>> {
        use ring::rand::SecureRandom;
        let mut nonce = [0u8; 12];
        ring::rand::SystemRandom::new().fill(&mut nonce).ok()?;
        let mut body = record.to_bytes();
        self.aead()?
            .seal_in_place_append_tag(
                ring::aead::Nonce::assume_unique_for_key(nonce),
                ring::aead::Aad::from([SEALED_V1]),
                &mut body,
            )
            .ok()?;
        let mut out = Vec::with_capacity(1 + 12 + body.len());
        out.push(SEALED_V1);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&body);
        Some(out)
    }

    /// The record in `sealed`, or `None` if it was not sealed for this
    /// pair (or is not a record).
    pub fn open(&self, sealed: &[u8]) -> Option<StatusRecord> {
        if sealed.len() < 1 + 12 + 16 || sealed[0] != SEALED_V1 {
            return None;
        }
        let mut nonce = [0u8; 12];
        nonce.copy_from_slice(&sealed[1..13]);
        let mut body = sealed[13..].to_vec();
        let plain = self
            .aead()?
            .open_in_place(
                ring::aead::Nonce::assume_unique_for_key(nonce),
                ring::aead::Aad::from([SEALED_V1]),
                &mut body,
            )
            .ok()?;
        StatusRecord::from_bytes(plain)
    }
}

/// The least a hub-wide secret must have: 16 bytes (32 hex digits).
pub const SECRET_MIN_BYTES: usize = 16;

/// The hub-wide secret as the settings keep it (hex), or `None` if it is
/// not one.
pub fn parse_secret(hex: &str) -> Option<Vec<u8>> {
    let hex = hex.trim();
    if !hex.len().is_multiple_of(2) || hex.len() < SECRET_MIN_BYTES * 2 || hex.len() > 256 {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

/// The bucket's key for an office's particulars: `0043.office`.
pub fn office_key(code: u16) -> String {
    format!("{code:04}.office")
}

impl OfficeContact {
    /// An office's particulars as the contact centre reads them out, within
    /// `MAX_RECORD_BYTES`.
    pub fn of(office: &Office) -> OfficeContact {
        let mut c = OfficeContact {
            code: office.code,
            name_kk: office.name.clone(),
            name_ru: office.name_ru.clone(),
            address_kk: office.address.clone(),
            address_ru: office.address_ru.clone(),
            phone: office.phone.clone(),
            kind: office.kind,
        };
        fit(&mut c);
        c
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    pub fn from_bytes(b: &[u8]) -> Option<OfficeContact> {
        serde_json::from_slice(b).ok()
    }
}

/// The bucket's key for a case: the code of the office whose number it
/// is, a dot, and the keyed hash of the number with the applicant's IIN
/// (`0043.3f9a…`), so that an office's hub user may be allowed to write its
/// own cases' keys and no other's (`$KV.case_status.0043.>`), and a record
/// is found only from both the number and the IIN.
pub fn key_for(secret: &[u8], number: &CaseNumber, iin: &str) -> String {
    format!(
        "{:04}.{}",
        number.office,
        pair_tag(secret, &number.to_string(), iin)
    )
}

/// The record of a case, or `None` while the intake is still open (nothing
/// was submitted yet: there is no service to report on).
pub fn record(
    number: &CaseNumber,
    events: u32,
    state: &CaseState,
    office: u16,
) -> Option<StatusRecord> {
    let mut bring = Vec::new();
    let (stage, since, next_on, waiting) = match state.status {
        Status::IntakeOpen => return None,
        Status::RefusedAtIntake => {
            for item in &state.missing_at_intake {
                let b = Bring::Missing(item.requirement);
                if !bring.contains(&b) {
                    bring.push(b);
                }
            }
            (
                Stage::RefusedAtIntake,
                state.refused_at_intake_on.unwrap_or(state.opened_on),
                None,
                false,
            )
        }
        Status::UnderReview => {
            bring.extend([Bring::Receipt, Bring::IdentityDocument]);
            (
                Stage::UnderReview,
                state.accepted_on.unwrap_or(state.opened_on),
                state.come_back_on,
                false,
            )
        }
        Status::Approved => {
            let certificate_awaited = match &state.military {
                None => true,
                Some(Military::Certificate { .. } | Military::NotLiable { .. }) => false,
            };
            if certificate_awaited {
                bring.push(Bring::MilitaryCertificate);
            }
            if state.residence_deregistered_on.is_none() {
                bring.push(Bring::Deregistration);
            }
            bring.push(Bring::IdentityDocument);
            (
                Stage::Approved,
                state.approved_on.unwrap_or(state.opened_on),
                state.direction_valid_until,
                false,
            )
        }
        Status::DecisionIssued => {
            bring.push(Bring::IdentityDocument);
            (
                Stage::DecisionReady,
                state.decision_issued_on.unwrap_or(state.opened_on),
                None,
                true,
            )
        }
        Status::Refused => {
            let waiting = state.handed_over_on.is_none();
            if waiting {
                bring.push(Bring::IdentityDocument);
            }
            (
                Stage::RefusalReady,
                state.refused_on.unwrap_or(state.opened_on),
                None,
                waiting,
            )
        }
        Status::TransferredToProvider => {
            bring.push(Bring::IdentityDocument);
            (
                Stage::WithTheProvider,
                state.transferred_on.unwrap_or(state.opened_on),
                None,
                true,
            )
        }
        Status::HandedOver => (
            Stage::HandedOver,
            state.handed_over_on.unwrap_or(state.opened_on),
            None,
            false,
        ),
    };
    Some(StatusRecord {
        v: RECORD_VERSION,
        case: number.to_string(),
        events,
        stage,
        since,
        next_on,
        bring,
        office,
        result_waiting: waiting,
    })
}

/// Keeps an office's particulars within `MAX_RECORD_BYTES`: its free texts
/// (names and addresses in two languages, the phones) are shortened, the
/// longest first, with "…" where cut.
fn fit(o: &mut OfficeContact) {
    while o.to_bytes().len() > MAX_RECORD_BYTES {
        let fields = [
            &mut o.name_kk,
            &mut o.name_ru,
            &mut o.address_kk,
            &mut o.address_ru,
            &mut o.phone,
        ];
        let Some(longest) = fields.into_iter().max_by_key(|f| f.chars().count()) else {
            return;
        };
        let n = longest.chars().count();
        if n <= 8 {
            return;
        }
        let kept: String = longest
            .trim_end_matches('…')
            .chars()
            .take(n.saturating_sub(9))
            .collect();
        *longest = format!("{}…", kept.trim_end());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::case::testing::{accepted, accepted_at_sc_decided_on, d, opened};
    use crate::domain::OfficeKind;

    fn office() -> Office {
        Office {
            id: "o".into(),
            code: 43,
            kind: OfficeKind::StateCorporation,
            name: "«Азаматтарға арналған үкімет» мемлекеттік корпорациясының Астана қаласы бойынша филиалының Есіл ауданы бойынша халыққа қызмет көрсету бөлімі".into(),
            name_ru: "Отдел Есильского района по обслуживанию населения филиала Государственной корпорации «Правительство для граждан» по городу Астана".into(),
            number: "3".into(),
            address: "Астана қ., Есіл ауданы, Қабанбай батыр даңғылы, 11/5-үй, 1-қабат".into(),
            address_ru: "г. Астана, район Есиль, проспект Кабанбай батыра, дом 11/5, 1 этаж".into(),
            phone: "+7 7172 55 00 00".into(),
        }
    }

    fn number() -> CaseNumber {
        CaseNumber::new(43, 2026, 1).unwrap()
    }

    const SECRET: &[u8] = b"hub-wide secret for the tests";

    #[test]
    fn an_open_intake_has_no_record_and_an_accepted_case_says_when_to_come() {
        let o = office();
        assert!(record(&number(), 1, &opened(OfficeKind::StateCorporation), o.code,).is_none());
        let r = record(&number(), 2, &accepted(), o.code).unwrap();
        assert_eq!(r.office, 43);
        assert_eq!(r.stage, Stage::UnderReview);
        assert_eq!(r.since, d(2026, 11, 25));
        assert_eq!(r.next_on, Some(d(2026, 12, 17)));
        assert_eq!(r.bring, vec![Bring::Receipt, Bring::IdentityDocument]);
        assert!(!r.result_waiting);
        assert_eq!(r.events, 2);
        assert_eq!(StatusRecord::from_bytes(&r.to_bytes()), Some(r));
    }

    #[test]
    fn a_decision_waits_to_be_collected() {
        let r = record(
            &number(),
            6,
            &accepted_at_sc_decided_on(d(2026, 12, 20)),
            43,
        )
        .unwrap();
        assert_eq!(r.stage, Stage::DecisionReady);
        assert!(r.result_waiting);
        assert_eq!(r.since, d(2026, 12, 20));
        assert_eq!(r.bring, vec![Bring::IdentityDocument]);
    }

    /// Nothing of the person goes into the record: not the name, not the
    /// address, not the children, not the IIN.
    #[test]
    fn the_record_holds_no_personal_data_and_is_found_only_by_the_number_with_the_iin() {
        let state = accepted();
        let r = record(&number(), 2, &state, 43).unwrap();
        let text = String::from_utf8(r.to_bytes()).unwrap();
        let a = &state.intake.applicant;
        for personal in [
            &a.surname,
            &a.given_name,
            &a.iin,
            &a.residence,
            &a.birth_place,
        ] {
            assert!(!text.contains(personal.as_str()), "{personal} in {text}");
        }
        for c in &state.intake.children {
            assert!(!text.contains(&c.iin) && !text.contains(&c.given_name));
        }
        let key = key_for(SECRET, &number(), &a.iin);
        assert!(key.starts_with("0043.") && key.len() == 5 + 32, "{key}");
        assert!(!key.contains(a.iin.as_str()));
        // As dictated, with spaces: the same key.
        let spaced: String = a.iin.chars().flat_map(|c| [c, ' ']).collect();
        assert_eq!(key_for(SECRET, &number(), &spaced), key);
        // Another IIN, another number, another hub: another key.
        assert_ne!(key_for(SECRET, &number(), "850115300002"), key);
        let other = CaseNumber::new(43, 2026, 2).unwrap();
        assert_ne!(key_for(SECRET, &other, &a.iin), key);
        assert_ne!(key_for(b"another hub's secret", &number(), &a.iin), key);
    }

    #[test]
    fn a_secret_is_at_least_sixteen_bytes_of_hex() {
        assert_eq!(parse_secret(&"ab".repeat(16)), Some(vec![0xab; 16]));
        assert_eq!(parse_secret(&"ab".repeat(15)), None);
        assert_eq!(parse_secret(&"zz".repeat(16)), None);
        assert_eq!(parse_secret(&format!("{}a", "ab".repeat(16))), None);
        assert_eq!(parse_secret(""), None);
    }

    #[test]
    fn a_case_and_an_office_fit_in_a_kilobyte_however_long_the_office_writes_its_particulars() {
        let r = record(&number(), 2, &accepted(), 43).unwrap();
        assert!(r.to_bytes().len() <= 300, "{}", r.to_bytes().len());
        let whole = OfficeContact::of(&office());
        assert!(
            whole.to_bytes().len() <= MAX_RECORD_BYTES,
            "{}",
            whole.to_bytes().len()
        );
        assert_eq!(whole.name_kk, office().name);
        assert_eq!(OfficeContact::from_bytes(&whole.to_bytes()), Some(whole));
        let mut o = office();
        o.name = o.name.repeat(4);
        o.name_ru = o.name_ru.repeat(4);
        o.address = o.address.repeat(3);
        o.address_ru = o.address_ru.repeat(3);
        o.phone = "+7 7172 55 00 00, ".repeat(20);
        let cut = OfficeContact::of(&o);
        assert!(
            cut.to_bytes().len() <= MAX_RECORD_BYTES,
            "{}",
            cut.to_bytes().len()
        );
        assert!(cut.name_kk.ends_with('…'));
    }

    #[test]
    fn a_record_is_read_only_with_its_number_and_iin() {
        let sealer = Sealer::for_pair(SECRET, &number(), "850115300001");
        let r = StatusRecord {
            v: RECORD_VERSION,
            case: number().to_string(),
            events: 4,
            stage: Stage::UnderReview,
            since: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
            next_on: NaiveDate::from_ymd_opt(2026, 12, 17),
            bring: vec![Bring::Receipt, Bring::IdentityDocument],
            office: 43,
            result_waiting: false,
        };
        let sealed = sealer.seal(&r).unwrap();
        assert!(sealed.len() <= MAX_RECORD_BYTES);
        let text = String::from_utf8_lossy(&sealed);
        assert!(!text.contains(&number().to_string()) && !text.contains("under_review"));
        assert_eq!(sealer.open(&sealed), Some(r.clone()));
        // Another IIN, another secret: nothing.
        assert_eq!(
            Sealer::for_pair(SECRET, &number(), "850115300002").open(&sealed),
            None
        );
        assert_eq!(
            Sealer::for_pair(b"another secret of sixteen", &number(), "850115300001").open(&sealed),
            None
        );
        // Two seals of one record differ (a fresh nonce each time).
        assert_ne!(sealer.seal(&r).unwrap(), sealed);
        let mut bent = sealed.clone();
        bent[20] ^= 1;
        assert_eq!(sealer.open(&bent), None);
    }

    #[test]
    fn an_office_writes_only_its_own_keys() {
        assert!(key_for(SECRET, &number(), "850115300001").starts_with("0043."));
        assert_eq!(office_key(43), "0043.office");
    }
}
