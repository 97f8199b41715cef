//! Identity values parsed once at the edge: IIN, BIN, identity card and
//! passport numbers, phones, postal codes and personal names.
//!
//! Every parser returns a typed error that the UI and the CLI turn into a
//! localized message (see `crate::i18n`). None of them panics on any input
//! (property-tested in `tests/domain_props.rs`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Weights of the first and the second pass of the check digit
/// (rules for forming identification numbers, decree No. 406 of 22.05.2007).
const PASS1: [u32; 11] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const PASS2: [u32; 11] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/// Why a 12-digit identification number (IIN or BIN) was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdNumberError {
    #[error("empty")]
    Empty,
    #[error("must have 12 digits, has {0} characters")]
    Length(usize),
    #[error("only digits are allowed")]
    NotDigits,
    #[error("this number can never be issued (both check passes give 10)")]
    NeverIssued,
    #[error("wrong check digit")]
    CheckDigit,
    /// A placeholder number (one digit twelve times): its check digit
    /// happens to work, but no one is ever given it.
    #[error("a placeholder, not an issued number")]
    Placeholder,
    /// BIN only: the fifth digit (type of entity) must be 4, 5 or 6.
    #[error("BIN entity type digit must be 4, 5 or 6")]
    BinType,
    /// BIN only: the sixth digit (attribute) must be 0–3.
    #[error("BIN attribute digit must be 0 to 3")]
    BinAttribute,
}

/// Checks length, digits and the check digit of a 12-digit number.
fn parse_12_digits(input: &str) -> Result<[u8; 12], IdNumberError> {
    let s: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if s.is_empty() {
        return Err(IdNumberError::Empty);
    }
    if !s.chars().all(|c| c.is_ascii_digit()) {
        return Err(IdNumberError::NotDigits);
    }
    if s.len() != 12 {
        return Err(IdNumberError::Length(s.chars().count()));
    }
    let mut d = [0u8; 12];
    for (i, b) in s.bytes().enumerate() {
        d[i] = b - b'0';
    }
    match check_digit(&d) {
        None => Err(IdNumberError::NeverIssued),
        Some(c) if c != d[11] => Err(IdNumberError::CheckDigit),
        Some(_) => Ok(d),
    }
}

/// The check digit of the first 11 digits, or `None` when both passes give 10
/// (such a number is never issued).
pub fn check_digit(d: &[u8; 12]) -> Option<u8> {
    let sum = |w: &[u32; 11]| -> u32 { (0..11).map(|i| u32::from(d[i]) * w[i]).sum::<u32>() % 11 };
    let c = sum(&PASS1);
    if c != 10 {
        return Some(c as u8);
    }
    let c = sum(&PASS2);
    if c != 10 {
        Some(c as u8)
    } else {
        None
    }
}

fn digits_to_string(d: &[u8; 12]) -> String {
    d.iter().map(|x| char::from(b'0' + x)).collect()
}

/// Individual identification number (ЖСН / ИИН).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Iin([u8; 12]);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Male,
    Female,
}

/// Facts decoded from an IIN. Since decree No. 853 of 26.08.2013 they need
/// not match the person: the clerk sees them as warnings, never rejections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IinFacts {
    /// Possible dates of birth: none when positions 1–6 are no date, two when
    /// the year is `00` with century digit 3/4 (1900 or 2000).
    pub birth_dates: Vec<NaiveDate>,
    pub sex: Option<Sex>,
    pub warnings: Vec<IinWarning>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IinWarning {
    /// Positions 1–6 are not a calendar date (e.g. 30 February).
    NoSuchDate,
    /// Position 7 is not 1–6, so century and sex are unknown.
    UnknownCentury,
    /// Year `00` with century digit 3/4: 1900 or 2000.
    AmbiguousCentury,
}

impl Iin {
    pub fn parse(input: &str) -> Result<Self, IdNumberError> {
        let d = parse_12_digits(input)?;
        // One digit twelve times (000000000000 passes the check digit) is
        // a placeholder typed into a form, never a person's number.
        if d.iter().all(|x| *x == d[0]) {
            return Err(IdNumberError::Placeholder);
        }
        Ok(Iin(d))
    }

    pub fn as_string(&self) -> String {
        digits_to_string(&self.0)
    }

    pub fn facts(&self) -> IinFacts {
        let d = &self.0;
        let yy = i32::from(d[0]) * 10 + i32::from(d[1]);
        let mm = u32::from(d[2]) * 10 + u32::from(d[3]);
        let dd = u32::from(d[4]) * 10 + u32::from(d[5]);
        let mut warnings = Vec::new();
        let centuries: Vec<i32> = match d[6] {
            1 | 2 => vec![1800],
            3 | 4 if yy == 0 => {
                warnings.push(IinWarning::AmbiguousCentury);
                vec![1900, 2000]
            }
            3 | 4 => vec![1900],
            5 | 6 => vec![2000],
            _ => {
                warnings.push(IinWarning::UnknownCentury);
                vec![]
            }
        };
        let sex = match d[6] {
            1 | 3 | 5 => Some(Sex::Male),
            2 | 4 | 6 => Some(Sex::Female),
            _ => None,
        };
        let birth_dates: Vec<NaiveDate> = centuries
            .iter()
            .filter_map(|c| NaiveDate::from_ymd_opt(c + yy, mm, dd))
            .collect();
        if !centuries.is_empty() && birth_dates.is_empty() {
            warnings.push(IinWarning::NoSuchDate);
        }
        IinFacts {
            birth_dates,
            sex,
            warnings,
        }
    }
}

impl FromStr for Iin {
    type Err = IdNumberError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Iin::parse(s)
    }
}

impl fmt::Display for Iin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_string())
    }
}

impl Serialize for Iin {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.as_string())
    }
}

impl<'de> Deserialize<'de> for Iin {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Iin::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Business identification number of a legal entity (complaints, para 11).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Bin([u8; 12]);

impl Bin {
    pub fn parse(input: &str) -> Result<Self, IdNumberError> {
        let d = parse_12_digits(input)?;
        if !(4..=6).contains(&d[4]) {
            return Err(IdNumberError::BinType);
        }
        if d[5] > 3 {
            return Err(IdNumberError::BinAttribute);
        }
        Ok(Bin(d))
    }
    pub fn as_string(&self) -> String {
        digits_to_string(&self.0)
    }
}

impl fmt::Display for Bin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_string())
    }
}

/// Why a document number was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocNumberError {
    #[error("empty")]
    Empty,
    #[error("identity card number must have 9 digits")]
    IdCardFormat,
    #[error("passport number may hold only Latin letters and digits")]
    PassportChars,
    #[error("passport number must have 6 to 12 characters")]
    PassportLength,
}

/// Identity card of a citizen of Kazakhstan: 9 digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct IdCardNo(String);

impl IdCardNo {
    pub fn parse(input: &str) -> Result<Self, DocNumberError> {
        let s: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        if s.is_empty() {
            return Err(DocNumberError::Empty);
        }
        if s.len() != 9 || !s.chars().all(|c| c.is_ascii_digit()) {
            return Err(DocNumberError::IdCardFormat);
        }
        Ok(IdCardNo(s))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Passport of a citizen: commonly `N` + 8 digits. Older formats exist, so
/// anything else of sane shape is accepted with a warning.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct PassportNo(String);

impl PassportNo {
    /// Returns the number and whether it has the usual `N` + 8 digits shape.
    pub fn parse(input: &str) -> Result<(Self, bool), DocNumberError> {
        let s: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_uppercase)
            .collect();
        if s.is_empty() {
            return Err(DocNumberError::Empty);
        }
        if !s.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(DocNumberError::PassportChars);
        }
        let n = s.chars().count();
        if !(6..=12).contains(&n) {
            return Err(DocNumberError::PassportLength);
        }
        let usual = n == 9 && s.starts_with('N') && s[1..].chars().all(|c| c.is_ascii_digit());
        Ok((PassportNo(s), usual))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("empty")]
    Empty,
    #[error("a phone number may hold only digits, spaces, +, -, ( and )")]
    Chars,
    #[error("a Kazakhstan number has 10 digits after +7 or 8")]
    Length,
    #[error("numbers starting with 9 after +7 are Russian, not Kazakhstan numbers")]
    Russian,
    #[error("a Kazakhstan number starts with 7 after the country code")]
    NotKazakhstan,
}

/// A Kazakhstan phone number, kept as `+7` and 10 national digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Phone(String);

impl Phone {
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let t = input.trim();
        if t.is_empty() {
            return Err(PhoneError::Empty);
        }
        if !t
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'))
            || t.chars().skip(1).any(|c| c == '+')
        {
            return Err(PhoneError::Chars);
        }
        let digits: String = t.chars().filter(char::is_ascii_digit).collect();
        let national = if t.starts_with('+') {
            match digits.strip_prefix('7') {
                Some(rest) => rest.to_string(),
                None => return Err(PhoneError::NotKazakhstan),
            }
        } else if digits.len() == 11 && (digits.starts_with('8') || digits.starts_with('7')) {
            // Domestic trunk prefix 8, or the country code typed without +.
            digits[1..].to_string()
        } else {
            digits
        };
        if national.len() != 10 {
            return Err(PhoneError::Length);
        }
        match national.as_bytes()[0] {
            b'7' => Ok(Phone(format!("+7{national}"))),
            b'9' => Err(PhoneError::Russian),
            _ => Err(PhoneError::NotKazakhstan),
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PostalCodeError {
    #[error("empty")]
    Empty,
    #[error("a postal code is 6 digits, or 7 characters like A01P3K4")]
    Format,
}

/// Old 6-digit postal code, or the 7-character building code used since 2016
/// (letter, digit, digit, letter, digit, letter, digit).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct PostalCode(String);

impl PostalCode {
    pub fn parse(input: &str) -> Result<Self, PostalCodeError> {
        let s: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_uppercase)
            .collect();
        if s.is_empty() {
            return Err(PostalCodeError::Empty);
        }
        let b = s.as_bytes();
        let old = b.len() == 6 && b.iter().all(u8::is_ascii_digit);
        let pattern = [true, false, false, true, false, true, false]; // true = letter
        let new = b.len() == 7
            && b.iter().zip(pattern).all(|(c, letter)| {
                if letter {
                    c.is_ascii_uppercase()
                } else {
                    c.is_ascii_digit()
                }
            });
        if old || new {
            Ok(PostalCode(s))
        } else {
            Err(PostalCodeError::Format)
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error("empty")]
    Empty,
    #[error("too long: at most {max} characters")]
    TooLong { max: usize },
    #[error("character {0:?} is not allowed in a name")]
    BadChar(char),
    #[error("a name must start and end with a letter")]
    Edge,
    #[error("two separators in a row")]
    DoubleSeparator,
}

/// Longest accepted part of a personal name (surname, given name or
/// patronymic). Real Kazakh double surnames stay well below it.
pub const NAME_PART_MAX: usize = 60;

/// Letters allowed in names: Latin with Latin-1 and Latin Extended-A
/// (Turkish, Uzbek, German, Polish …), and Cyrillic with all the Kazakh
/// letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І).
pub fn is_name_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{00D6}' | '\u{00D8}'..='\u{00F6}' | '\u{00F8}'..='\u{017F}')
        || matches!(c, '\u{0400}'..='\u{04FF}')
}

fn is_name_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '\'' | '\u{2019}' | '\u{02BC}')
}

/// One part of a personal name, trimmed, with inner spaces collapsed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct NamePart(String);

impl NamePart {
    /// Checks a name part without allocating (the questionnaire checks
    /// dozens of names on every keystroke and every commit). Inner runs of
    /// whitespace count as one space.
    pub fn check(input: &str) -> Result<(), NameError> {
        let t = input.trim();
        if t.is_empty() {
            return Err(NameError::Empty);
        }
        let mut count = 0usize;
        let mut bad = None;
        let mut doubled = false;
        let mut prev = '\0';
        let mut last = '\0';
        let mut pending_space = false;
        let first = t.chars().next().unwrap_or(' ');
        let mut visit = |c: char, prev: &mut char| {
            count += 1;
            if bad.is_none() && !is_name_letter(c) && !is_name_separator(c) && c != '.' {
                bad = Some(c);
            }
            if (is_name_separator(*prev) && (is_name_separator(c) || c == '.'))
                || (*prev == '.' && c == '.')
            {
                doubled = true;
            }
            *prev = c;
        };
        for c in t.chars() {
            if c.is_whitespace() {
                pending_space = true;
                continue;
            }
            if pending_space {
                visit(' ', &mut prev);
                pending_space = false;
            }
            visit(c, &mut prev);
            last = c;
        }
        if count > NAME_PART_MAX {
            return Err(NameError::TooLong { max: NAME_PART_MAX });
        }
        if let Some(c) = bad {
            return Err(NameError::BadChar(c));
        }
        // A trailing dot is allowed for initials ("А."), nothing else.
        if !is_name_letter(first) || !(is_name_letter(last) || last == '.') {
            return Err(NameError::Edge);
        }
        if doubled {
            return Err(NameError::DoubleSeparator);
        }
        Ok(())
    }

    pub fn parse(input: &str) -> Result<Self, NameError> {
        NamePart::check(input)?;
        Ok(NamePart(
            input.split_whitespace().collect::<Vec<_>>().join(" "),
        ))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Lower-cased search key of a name: case-insensitive for Cyrillic, Kazakh
/// and Latin letters (SQLite's own NOCASE folds ASCII only), with Ё folded
/// to Е as Russian registries do.
pub fn name_search_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_iins_from_domain_data() {
        for ok in [
            "850115300001",
            "961225400001",
            "030303500005",
            "000229600004",
            "850115300205",
            "961225400206",
            "030303500606",
            "110831600006",
            "000229600503",
        ] {
            assert!(Iin::parse(ok).is_ok(), "{ok} must be valid");
        }
        assert_eq!(Iin::parse("850115300280"), Err(IdNumberError::NeverIssued));
        assert_eq!(Iin::parse("850115300281"), Err(IdNumberError::NeverIssued));
        assert_eq!(Iin::parse("850115300002"), Err(IdNumberError::CheckDigit));
        assert_eq!(Iin::parse("12345678901A"), Err(IdNumberError::NotDigits));
        assert_eq!(Iin::parse("1234567890"), Err(IdNumberError::Length(10)));
        assert_eq!(Iin::parse(""), Err(IdNumberError::Empty));
    }

    #[test]
    fn iin_facts_are_warnings() {
        let f = Iin::parse("850230300007").unwrap().facts();
        assert!(f.birth_dates.is_empty());
        assert_eq!(f.warnings, vec![IinWarning::NoSuchDate]);
        assert_eq!(f.sex, Some(Sex::Male));

        let f = Iin::parse("850115300001").unwrap().facts();
        assert_eq!(
            f.birth_dates,
            vec![NaiveDate::from_ymd_opt(1985, 1, 15).unwrap()]
        );
        assert!(f.warnings.is_empty());

        let f = Iin::parse("961225400001").unwrap().facts();
        assert_eq!(f.sex, Some(Sex::Female));

        // 29 February 2000, 21st century female.
        let f = Iin::parse("000229600004").unwrap().facts();
        assert_eq!(
            f.birth_dates,
            vec![NaiveDate::from_ymd_opt(2000, 2, 29).unwrap()]
        );
    }

    #[test]
    fn century_digit_three_with_year_00_is_ambiguous() {
        // Build a valid number 000101 3 0000 ?
        let mut d = [0, 0, 0, 1, 0, 1, 3, 0, 0, 0, 0, 0];
        match check_digit(&d) {
            Some(c) => d[11] = c,
            None => return,
        }
        let s = digits_to_string(&d);
        let f = Iin::parse(&s).unwrap().facts();
        assert_eq!(f.warnings, vec![IinWarning::AmbiguousCentury]);
        assert_eq!(f.birth_dates.len(), 2);
    }

    #[test]
    fn bin_uses_the_same_check_digit() {
        // 2003 04, type 4, attribute 0, serial 00000, check digit computed.
        let mut d = [0, 3, 0, 4, 4, 0, 0, 0, 0, 0, 1, 0];
        d[11] = check_digit(&d).unwrap();
        assert!(Bin::parse(&digits_to_string(&d)).is_ok());
        let mut d = [0, 3, 0, 4, 7, 0, 0, 0, 0, 0, 1, 0];
        if let Some(c) = check_digit(&d) {
            d[11] = c;
            assert_eq!(
                Bin::parse(&digits_to_string(&d)),
                Err(IdNumberError::BinType)
            );
        }
    }

    #[test]
    fn documents() {
        assert!(IdCardNo::parse("012345678").is_ok());
        assert_eq!(
            IdCardNo::parse("01234567"),
            Err(DocNumberError::IdCardFormat)
        );
        assert!(PassportNo::parse("n12345678").unwrap().1);
        assert!(!PassportNo::parse("AB1234567").unwrap().1);
        assert_eq!(
            PassportNo::parse("N1234-5678"),
            Err(DocNumberError::PassportChars)
        );
        assert_eq!(
            PassportNo::parse("N12"),
            Err(DocNumberError::PassportLength)
        );
    }

    #[test]
    fn phones() {
        assert_eq!(
            Phone::parse("+7 (701) 123-45-67").unwrap().as_str(),
            "+77011234567"
        );
        assert_eq!(
            Phone::parse("87172123456").unwrap().as_str(),
            "+77172123456"
        );
        assert_eq!(Phone::parse("7011234567").unwrap().as_str(), "+77011234567");
        assert_eq!(Phone::parse("+7 916 123 45 67"), Err(PhoneError::Russian));
        assert_eq!(
            Phone::parse("+49 30 1234567"),
            Err(PhoneError::NotKazakhstan)
        );
        assert_eq!(Phone::parse("+7 701 123"), Err(PhoneError::Length));
        assert_eq!(Phone::parse("701-abc"), Err(PhoneError::Chars));
        assert_eq!(Phone::parse("7+7"), Err(PhoneError::Chars));
    }

    #[test]
    fn postal_codes() {
        assert!(PostalCode::parse("010000").is_ok());
        assert_eq!(PostalCode::parse("a01p3k4").unwrap().as_str(), "A01P3K4");
        assert_eq!(PostalCode::parse("A01P3KK"), Err(PostalCodeError::Format));
        assert_eq!(PostalCode::parse("01000"), Err(PostalCodeError::Format));
    }

    #[test]
    fn names() {
        for ok in [
            "Әбілқасымов",
            "Ғалиақпарова-Құрманбек",
            "O'Brien",
            "Nurbergenqyzy",
            "Łukasz",
            "Ахмет  Нұр",
            "Müller-Lüdenscheidt",
            "Һ",
        ] {
            assert!(NamePart::parse(ok).is_ok(), "{ok}");
        }
        assert_eq!(NamePart::parse("Ахмет  Нұр").unwrap().as_str(), "Ахмет Нұр");
        assert_eq!(NamePart::parse("  "), Err(NameError::Empty));
        assert_eq!(NamePart::parse("Ivan3"), Err(NameError::BadChar('3')));
        assert_eq!(NamePart::parse("-Ivan"), Err(NameError::Edge));
        assert_eq!(NamePart::parse("Iv--an"), Err(NameError::DoubleSeparator));
        assert!(matches!(
            NamePart::parse(&"а".repeat(61)),
            Err(NameError::TooLong { .. })
        ));
    }

    #[test]
    fn search_key_folds_cyrillic_and_kazakh() {
        assert_eq!(name_search_key("ӘБІЛ Ёлкин"), "әбіл елкин");
        assert_eq!(name_search_key("ҚҰРМАНБЕК"), "құрманбек");
    }
}
