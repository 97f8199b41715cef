//! Fluent localisation (Kazakh, Russian, English) and the localized
//! messages of every typed error the user can meet.
//!
//! Keys are checked at compile time by `fl!` against `locales/en`; a test
//! checks that kk and ru have every key en has.

use crate::domain::case::{CaseNumberError, Status, TransitionError};
use crate::domain::checklist::{ItemStatus, Requirement};
use crate::domain::deadlines::DeadlineKind;
use crate::domain::ids::{DocNumberError, IdNumberError, NameError, PhoneError, PostalCodeError};
use crate::domain::intake::Problem;
use crate::store::StoreError;
use i18n_embed::fluent::{fluent_language_loader, FluentLanguageLoader};
use i18n_embed::LanguageLoader;
use rust_embed::RustEmbed;
use std::sync::LazyLock;

#[derive(RustEmbed)]
#[folder = "locales/"]
struct Localizations;

/// The languages of the user interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum UiLang {
    #[default]
    Kk,
    Ru,
    En,
}

impl UiLang {
    pub const ALL: [UiLang; 3] = [UiLang::Kk, UiLang::Ru, UiLang::En];

    /// The documents' language nearest the window's: Russian for Russian,
    /// else Kazakh (the state language; there are no English documents).
    pub fn doc_lang(self) -> crate::domain::DocLang {
        match self {
            UiLang::Ru => crate::domain::DocLang::Ru,
            _ => crate::domain::DocLang::Kk,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            UiLang::Kk => "kk",
            UiLang::Ru => "ru",
            UiLang::En => "en",
        }
    }
    pub fn parse(s: &str) -> Option<UiLang> {
        let s = s.to_ascii_lowercase();
        UiLang::ALL.into_iter().find(|l| {
            s == l.code()
                || s.starts_with(&format!("{}_", l.code()))
                || s.starts_with(&format!("{}-", l.code()))
        })
    }
    /// From `LC_ALL` / `LC_MESSAGES` / `LANG`, English when unknown.
    pub fn from_env() -> UiLang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| UiLang::parse(&v))
            .unwrap_or(UiLang::En)
    }
}

static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    load(&loader, UiLang::En);
    loader
});

fn load(loader: &FluentLanguageLoader, lang: UiLang) {
    let id: unic_langid::LanguageIdentifier = match lang.code().parse() {
        Ok(id) => id,
        Err(_) => return,
    };
    // The embedded files are checked by tests; a failure leaves the previous
    // language in place rather than blank strings.
    let _ = loader.load_languages(&Localizations, &[id]);
    // Without this every argument gets invisible U+2068/U+2069 marks.
    loader.set_use_isolating(false);
}

/// A separate loader fixed to one language (printed forms use their own
/// language, whatever the interface shows).
pub(crate) fn new_loader(code: &str) -> FluentLanguageLoader {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    if let Some(lang) = UiLang::parse(code) {
        load(&loader, lang);
    }
    loader
}

pub fn loader() -> &'static FluentLanguageLoader {
    &LOADER
}

static CURRENT: std::sync::Mutex<UiLang> = std::sync::Mutex::new(UiLang::En);

/// The interface language now in force.
pub fn current() -> UiLang {
    CURRENT.lock().map(|g| *g).unwrap_or_default()
}

/// Switches the interface language at runtime.
pub fn set_language(lang: UiLang) {
    load(&LOADER, lang);
    if let Ok(mut g) = CURRENT.lock() {
        *g = lang;
    }
}

/// Looks a message up by key, with the fallback chain (for keys built from
/// enum names; literal keys use `t!`, checked at compile time).
pub fn dynamic(key: &str) -> String {
    LOADER.get(key)
}

/// Whether a message exists (for keys built from data).
pub fn has(key: &str) -> bool {
    LOADER.has(key)
}

/// A localized message by literal key, checked at compile time.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::loader(), $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader(), $id, $($args)*)
    };
}

/// Anything with a message for the user in the current language.
pub trait Localize {
    fn localize(&self) -> String;
}

/// A message said on a screen that follows the language: kept as what it
/// says, worded again in the language in force each time it is shown.
#[derive(Clone)]
pub struct Said(std::sync::Arc<dyn Fn() -> String + Send + Sync>);

impl Said {
    /// An error (or anything localizable), worded when shown.
    pub fn of<E: Localize + Send + Sync + 'static>(e: E) -> Said {
        Said(std::sync::Arc::new(move || e.localize()))
    }

    /// A message by its key, worded when shown.
    pub fn key(key: &'static str) -> Said {
        Said(std::sync::Arc::new(move || dynamic(key)))
    }

    /// The message in the language in force.
    pub fn text(&self) -> String {
        (self.0)()
    }
}

impl std::fmt::Debug for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}

impl Localize for IdNumberError {
    fn localize(&self) -> String {
        match self {
            IdNumberError::Empty => t!("err-id-empty"),
            IdNumberError::Length(len) => t!("err-id-length", len = len),
            IdNumberError::NotDigits => t!("err-id-digits"),
            IdNumberError::NeverIssued => t!("err-id-never-issued"),
            IdNumberError::CheckDigit => t!("err-id-check-digit"),
            IdNumberError::Placeholder => t!("err-id-placeholder"),
            IdNumberError::BinType => t!("err-bin-type"),
            IdNumberError::BinAttribute => t!("err-bin-attribute"),
        }
    }
}

impl Localize for DocNumberError {
    fn localize(&self) -> String {
        match self {
            DocNumberError::Empty => t!("err-doc-empty"),
            DocNumberError::IdCardFormat => t!("err-idcard-format"),
            DocNumberError::PassportChars => t!("err-passport-chars"),
            DocNumberError::PassportLength => t!("err-passport-length"),
        }
    }
}

impl Localize for PhoneError {
    fn localize(&self) -> String {
        match self {
            PhoneError::Empty => t!("err-phone-empty"),
            PhoneError::Chars => t!("err-phone-chars"),
            PhoneError::Length => t!("err-phone-length"),
            PhoneError::Russian => t!("err-phone-russian"),
            PhoneError::NotKazakhstan => t!("err-phone-not-kz"),
        }
    }
}

impl Localize for PostalCodeError {
    fn localize(&self) -> String {
        match self {
            PostalCodeError::Empty => t!("err-postal-empty"),
            PostalCodeError::Format => t!("err-postal-format"),
        }
    }
}

impl Localize for NameError {
    fn localize(&self) -> String {
        match self {
            NameError::Empty => t!("err-name-empty"),
            NameError::TooLong { max } => t!("err-name-too-long", max = max),
            NameError::BadChar(c) => t!("err-name-bad-char", char = c.to_string()),
            NameError::Edge => t!("err-name-edge"),
            NameError::DoubleSeparator => t!("err-name-double-separator"),
        }
    }
}

impl Localize for CaseNumberError {
    fn localize(&self) -> String {
        match self {
            CaseNumberError::Format => t!("err-case-number-format"),
            CaseNumberError::CheckDigit => t!("err-case-number-check"),
        }
    }
}

impl Localize for crate::domain::access::PasswordError {
    fn localize(&self) -> String {
        match self {
            crate::domain::access::PasswordError::TooShort => {
                t!(
                    "err-password-short",
                    min = crate::domain::access::PASSWORD_MIN
                )
            }
            crate::domain::access::PasswordError::TooLong => t!("err-password-long"),
        }
    }
}

impl Localize for Problem {
    fn localize(&self) -> String {
        match self {
            Problem::Required => t!("problem-required"),
            Problem::TooLong { max } => t!("problem-too-long", max = max),
            Problem::TooMany { max } => t!("problem-too-many", max = max),
            Problem::Iin(e) => e.localize(),
            Problem::Name(e) => e.localize(),
            Problem::Document(e) => e.localize(),
            Problem::Phone(e) => e.localize(),
            Problem::PostalCode(e) => e.localize(),
            Problem::DateInFuture => t!("problem-date-future"),
            Problem::DateBeforeBirth => t!("problem-date-before-birth"),
            Problem::YearOutOfRange => t!("problem-year-range"),
            Problem::YearsReversed => t!("problem-years-reversed"),
            Problem::NotMinor => t!("problem-not-minor"),
            Problem::OtherParentMissing => t!("problem-other-parent-missing"),
            Problem::UnknownCountry => t!("problem-unknown-country"),
            Problem::DestinationIsKazakhstan => t!("problem-destination-kz"),
            Problem::UnknownNationality => t!("problem-unknown-nationality"),
            Problem::UnknownRelationship => t!("problem-unknown-relationship"),
            Problem::BadCharacters => t!("problem-bad-characters"),
            Problem::ApplicantsOwnIin => t!("problem-applicants-own-iin"),
            Problem::SameIinTwice => t!("problem-same-iin-twice"),
            Problem::AmountTooLarge { max } => {
                t!("problem-amount-too-large", max = max)
            }
            Problem::DateTooEarly => t!("problem-date-too-early"),
            Problem::SignedBeforeBirth => t!("problem-signed-before-birth"),
            Problem::IinBirthDateDiffers => t!("warn-iin-birth-date"),
            Problem::IinNoSuchDate => t!("warn-iin-no-such-date"),
            Problem::PassportUnusual => t!("warn-passport-unusual"),
            Problem::ActivityShort => t!("warn-activity-short"),
            Problem::DeathCertificateMissing => t!("warn-death-certificate"),
        }
    }
}

impl Localize for Status {
    fn localize(&self) -> String {
        dynamic(&format!("status-{}", self.as_str()))
    }
}

impl Localize for crate::domain::case::EventKind {
    fn localize(&self) -> String {
        dynamic(&format!("event-{}", self.name()))
    }
}

impl Localize for Requirement {
    fn localize(&self) -> String {
        dynamic(&format!("req-{}", self.as_str()))
    }
}

impl Localize for ItemStatus {
    fn localize(&self) -> String {
        match self {
            ItemStatus::Paper => t!("item-paper"),
            ItemStatus::InformationSystem => t!("item-information_system"),
            ItemStatus::Alternative => t!("item-alternative"),
            ItemStatus::Missing => t!("item-missing"),
        }
    }
}

impl Localize for DeadlineKind {
    fn localize(&self) -> String {
        match self {
            DeadlineKind::Review => t!("deadline-review"),
            DeadlineKind::Direction => t!("deadline-direction"),
            DeadlineKind::Deregistration => t!("deadline-deregistration"),
            DeadlineKind::Handover => t!("deadline-handover"),
            DeadlineKind::Total => t!("deadline-total"),
            DeadlineKind::DirectionValidity => t!("deadline-direction_validity"),
            DeadlineKind::Storage => t!("deadline-storage"),
        }
    }
}

/// Dates as on the forms: `DD.MM.YYYY`.
pub fn date(d: chrono::NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// A country code's name in the interface language (a value that is not
/// a code, as typed).
pub fn country_label(value: &str) -> String {
    match crate::domain::places::country(value) {
        Some(c) => match current() {
            UiLang::Kk => c.kk.clone(),
            UiLang::Ru => c.ru.clone(),
            UiLang::En => c.en.clone(),
        },
        None => value.to_string(),
    }
}

/// A nationality's name in the interface language (see `country_label`).
pub fn nationality_label(value: &str) -> String {
    match crate::domain::places::nationality(value) {
        Some(n) => match current() {
            UiLang::Kk => n.kk.clone(),
            UiLang::Ru => n.ru.clone(),
            UiLang::En => n.en.clone(),
        },
        None => value.to_string(),
    }
}

/// An approving body's name: a default body by its key in the interface
/// language, one the administrator added as typed.
pub fn body_name(key: &str) -> String {
    let id = format!("body-{key}");
    if has(&id) {
        dynamic(&id)
    } else {
        key.to_string()
    }
}

impl Localize for crate::domain::deadlines::DayOff {
    fn localize(&self) -> String {
        use crate::domain::deadlines::DayOff as D;
        match self {
            D::Holiday { day, name } => {
                let id = format!("holiday-{day}");
                if has(&id) {
                    dynamic(&id)
                } else {
                    name.clone()
                }
            }
            D::MovedHoliday => t!("holiday-moved"),
            D::Religious => t!("holiday-religious"),
            D::Transfer => t!("holiday-transfer"),
            D::Weekend => t!("holiday-weekend"),
        }
    }
}

/// "moved from 16.12.2026 (Independence Day)" for a due date that moved
/// off a day off; nothing for one that did not.
pub fn moved_note(d: &crate::domain::deadlines::Deadline) -> Option<String> {
    let from = d.moved_from?;
    let why = d
        .moved_because
        .as_ref()
        .map(|w| w.localize())
        .unwrap_or_default();
    Some(t!("deadline-moved-from", date = date(from), why = why))
}

impl Localize for TransitionError {
    fn localize(&self) -> String {
        use TransitionError as T;
        match self {
            T::NotOpened => t!("tr-not-opened"),
            T::AlreadyOpened => t!("tr-already-opened"),
            // The step in words ("decision handed over"), never its
            // internal name.
            T::NotAllowed { event, status } => t!(
                "tr-not-allowed",
                event = dynamic(&format!("event-{event}")),
                status = status.localize()
            ),
            T::IncompletePackage => t!("tr-incomplete"),
            T::NothingMissing => t!("tr-nothing-missing"),
            T::NegativeConclusion => t!("tr-negative-conclusion"),
            T::NoGrounds => t!("tr-no-grounds"),
            T::UnknownGround(g) => t!("tr-unknown-ground", ground = g),
            T::GroundWithoutUntil(g) => t!("tr-ground-without-until", ground = g),
            T::AlreadyRecorded => t!("tr-already-recorded"),
            T::DeregistrationIncomplete => t!("tr-dereg-incomplete"),
            T::NotAtStateCorporation => t!("tr-not-at-sc"),
            T::DateBefore { on, earlier } => {
                t!("tr-date-before", on = date(*on), earlier = date(*earlier))
            }
            T::UnknownBody(b) => t!("tr-unknown-body", body = b.as_str()),
            T::PowerOfAttorneyIncomplete => t!("tr-poa-incomplete"),
            T::PowerOfAttorneyAfter { on } => t!("tr-poa-after", date = date(*on)),
            T::PowerOfAttorneyBeforeBirth { born } => {
                t!("tr-poa-before-birth", date = date(*born))
            }
            T::UnknownEvent => t!("tr-unknown-event"),
            T::EmptyNote => t!("tr-empty-note"),
            T::ValidityBeforeIssue => t!("tr-validity-before-issue"),
            T::AnswerIncomplete => t!("tr-answer-incomplete"),
            T::CertificateOnRecord => t!("tr-certificate-on-record"),
            T::NotLiableOnRecord => t!("tr-not-liable-on-record"),
            T::DirectionStillValid { until } => {
                t!("tr-direction-still-valid", until = date(*until))
            }
            T::WrongValidity { expected } => t!("tr-wrong-validity", until = date(*expected)),
            T::NoTerm => t!("tr-no-term"),
            T::DocumentsOutstanding(n) => t!("tr-documents-outstanding", count = n.to_string()),
            T::UnknownPerson => t!("tr-unknown-person"),
            T::NotOutstanding => t!("tr-not-outstanding"),
            T::ConclusionsMissing(bodies) => t!(
                "tr-conclusions-missing",
                bodies = bodies
                    .iter()
                    .map(|b| body_name(b))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            T::GroundNotHere(_) => t!("tr-ground-not-here"),
            T::StorageNotEnded { until } => t!("tr-storage-not-ended", until = date(*until)),
        }
    }
}

impl Localize for crate::clock::ClockError {
    fn localize(&self) -> String {
        match self {
            crate::clock::ClockError::BadToday(_) => t!("cli-bad-today"),
            crate::clock::ClockError::TodayNotAllowed => t!("cli-today-not-allowed"),
            crate::clock::ClockError::BadZone(z) => t!("clock-bad-zone", zone = z.as_str()),
        }
    }
}

/// One line of the para 9 checklist as the case page and `case show` say
/// it: its mark, paragraph, document, whom it is for and how it stands —
/// and, for a document an Annex 3 answer required again, that it was.
pub fn checklist_line(item: &crate::domain::checklist::ChecklistItem, whom: &str) -> String {
    use crate::domain::checklist::ItemStatus;
    let mark = if item.status == ItemStatus::Missing {
        "✗"
    } else {
        "✓"
    };
    let line = t!(
        "cli-checklist-item",
        mark = mark,
        para = item.paragraph.as_str(),
        what = item.requirement.localize(),
        whom = whom,
        status = item.status.localize()
    );
    if item.required_by_answer {
        format!("{line} ({})", t!("checklist-required-by-answer"))
    } else {
        line
    }
}

impl Localize for crate::domain::forms::FormRefused {
    fn localize(&self) -> String {
        use crate::domain::forms::FormRefusal;
        match self.why {
            FormRefusal::NotInState(status) => t!(
                "form-refused",
                annex = self.annex.code(),
                status = status.localize()
            ),
            FormRefusal::NotAtThisOffice(_) => {
                t!("form-refused-office", annex = self.annex.code())
            }
            FormRefusal::NobodyUnknown => t!("form-refused-a3"),
        }
    }
}

impl Localize for crate::store::KeyError {
    fn localize(&self) -> String {
        use crate::store::KeyError as K;
        match self {
            K::Missing(p) => t!("keys-missing", path = p.display().to_string()),
            K::Damaged(p) => t!("keys-damaged", path = p.display().to_string()),
            K::Io { path, source } => t!(
                "keys-io",
                path = path.display().to_string(),
                error = source.to_string()
            ),
            K::Crypto => t!("keys-crypto"),
        }
    }
}

impl Localize for StoreError {
    fn localize(&self) -> String {
        use StoreError as S;
        match self {
            S::NotInitialised => t!("store-not-initialised"),
            S::AlreadyInitialised => t!("store-already-initialised"),
            S::OfficeCodeTaken(code) => t!("store-office-code-taken", code = code),
            S::LoginTaken(login) => t!("store-login-taken", login = login.as_str()),
            S::CaseNotFound(n) => t!("store-case-not-found", number = n.as_str()),
            S::UserNotFound(l) => t!("store-user-not-found", login = l.as_str()),
            S::BadLogin(l) => t!("store-bad-login", login = l.as_str()),
            S::Invalid(v) => {
                let mut s = t!("store-invalid");
                for e in &v.errors {
                    s.push_str(&format!("\n  {}: {}", e.field, e.problem.localize()));
                }
                s
            }
            S::Transition(e) => e.localize(),
            S::NoProfile(d) => t!("store-no-profile", date = date(*d)),
            S::SchemaTooNew { found, known } => {
                t!("store-schema-too-new", found = found, known = known)
            }
            S::HeldElsewhere(code) => t!("store-held-elsewhere", office = code),
            S::Migration(n) => t!("store-migration-broken", number = n),
            S::Forbidden(role) => t!("store-forbidden", role = role.to_string()),
            S::NotPermitted(role) => t!("store-not-permitted", role = role.to_string()),
            S::NotAtThisOffice(_) => t!("store-not-at-this-office"),
            S::RoleNotHere(role) => t!(
                "store-role-not-here",
                role = dynamic(&format!("role-{role}"))
            ),
            S::NationalOnly => t!("desk-national-only"),
            S::SequenceExhausted(code) => t!("store-sequence-exhausted", code = code),
            S::Password(e) => e.localize(),
            S::AlreadyCommitted(n) => t!("store-already-committed", number = n.as_str()),
            S::OpenCaseExists(n) => t!("store-open-case-exists", number = n.as_str()),
            S::Conflict(key) => dynamic(&format!("store-conflict-{key}")),
            S::Encrypted => t!("store-encrypted"),
            S::InUse => t!("store-in-use"),
            S::Damaged(since) => t!("store-damaged", since = since.as_str()),
            S::Key(e) => e.localize(),
            other => t!("store-error", detail = other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(lang: &str) -> BTreeSet<String> {
        let file = Localizations::get(&format!("{lang}/emigration_desk.ftl")).expect("locale file");
        let text = std::str::from_utf8(&file.data).expect("utf-8").to_string();
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && l.contains(" ="))
            .filter_map(|l| l.split(" =").next())
            .map(|k| k.trim().to_string())
            .collect()
    }

    #[test]
    fn kazakh_and_russian_have_every_english_key() {
        let en = keys("en");
        assert!(en.len() > 100);
        for lang in ["kk", "ru"] {
            let other = keys(lang);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has keys en lacks: {extra:?}");
        }
    }

    /// Words of one script: Kazakh і is U+0456, never the Latin i that looks
    /// the same (it prints, sorts and is searched for as another letter).
    #[test]
    fn no_word_mixes_latin_and_cyrillic_letters() {
        for lang in ["kk", "ru", "en"] {
            let file =
                Localizations::get(&format!("{lang}/emigration_desk.ftl")).expect("locale file");
            let text = std::str::from_utf8(&file.data).expect("utf-8");
            let cyrillic = |c: char| ('\u{0400}'..='\u{04FF}').contains(&c);
            let mixed: Vec<(usize, &str)> = text
                .lines()
                .enumerate()
                .flat_map(|(n, line)| {
                    line.split(|c: char| !c.is_alphabetic())
                        .filter(|w| {
                            w.chars().any(cyrillic) && w.chars().any(|c| c.is_ascii_alphabetic())
                        })
                        .map(move |w| (n + 1, w))
                })
                .collect();
            assert!(
                mixed.is_empty(),
                "{lang}: mixed-script words (line, word): {mixed:?}"
            );
        }
    }

    #[test]
    fn every_enum_key_exists() {
        let en = keys("en");
        for s in [
            Status::IntakeOpen,
            Status::RefusedAtIntake,
            Status::UnderReview,
            Status::Approved,
            Status::Refused,
            Status::DecisionIssued,
            Status::TransferredToProvider,
            Status::HandedOver,
        ] {
            assert!(en.contains(&format!("status-{}", s.as_str())));
        }
        for r in Requirement::ALL {
            assert!(en.contains(&format!("req-{}", r.as_str())));
        }
        // Every kind of event says its name in every language (the log,
        // the answers of `case present` and the others).
        for lang in ["en", "kk", "ru"] {
            let have = keys(lang);
            for e in crate::domain::case::EventKind::NAMES {
                assert!(have.contains(&format!("event-{e}")), "{lang}: event-{e}");
            }
        }
    }
}
