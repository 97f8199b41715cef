//! Countries and nationalities as codes, with their names in Kazakh,
//! Russian and English: the questionnaire stores the code, a form prints
//! the name in its own language, whatever language the clerk works in.
//! Countries are ISO 3166-1 alpha-2 with names from the Unicode CLDR
//! (`assets/countries.json`, made by `tools/countries.py`); nationalities
//! are the census list (`assets/nationalities.json`).

use super::DocLang;
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    pub kk: String,
    pub ru: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Nationality {
    pub key: String,
    pub kk: String,
    /// Russian, masculine (and the form of a word that has one form).
    pub ru: String,
    /// Russian, feminine.
    pub ru_f: String,
    pub en: String,
}

#[derive(Deserialize)]
struct CountryFile {
    countries: Vec<Country>,
}

#[derive(Deserialize)]
struct NationalityFile {
    nationalities: Vec<Nationality>,
}

/// Kazakhstan: not a destination for leaving it.
pub const KAZAKHSTAN: &str = "KZ";

/// Every country, in code order.
pub fn countries() -> &'static [Country] {
    static LIST: OnceLock<Vec<Country>> = OnceLock::new();
    LIST.get_or_init(|| {
        serde_json::from_str::<CountryFile>(include_str!("../../assets/countries.json"))
            .map(|f| f.countries)
            .unwrap_or_default()
    })
}

/// Every nationality of the list.
pub fn nationalities() -> &'static [Nationality] {
    static LIST: OnceLock<Vec<Nationality>> = OnceLock::new();
    LIST.get_or_init(|| {
        serde_json::from_str::<NationalityFile>(include_str!("../../assets/nationalities.json"))
            .map(|f| f.nationalities)
            .unwrap_or_default()
    })
}

pub fn country(code: &str) -> Option<&'static Country> {
    let code = code.trim();
    countries()
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(code))
}

pub fn nationality(key: &str) -> Option<&'static Nationality> {
    let key = key.trim();
    nationalities().iter().find(|n| n.key == key)
}

impl Country {
    pub fn name(&self, lang: DocLang) -> &str {
        match lang {
            DocLang::Kk => &self.kk,
            DocLang::Ru => &self.ru,
        }
    }
}

impl Nationality {
    /// The name on a form; Russian agrees with the person's sex.
    pub fn name(&self, lang: DocLang, female: bool) -> &str {
        match (lang, female) {
            (DocLang::Kk, _) => &self.kk,
            (DocLang::Ru, false) => &self.ru,
            (DocLang::Ru, true) => &self.ru_f,
        }
    }
}

/// A country as a form prints it: its name in the form's language. A
/// value that is not a code (an intake recorded before codes) prints as
/// it was typed.
pub fn country_name(value: &str, lang: DocLang) -> String {
    match country(value) {
        Some(c) => c.name(lang).to_string(),
        None => value.trim().to_string(),
    }
}

/// A nationality as a form prints it (see `country_name`).
pub fn nationality_name(value: &str, lang: DocLang, female: bool) -> String {
    match nationality(value) {
        Some(n) => n.name(lang, female).to_string(),
        None => value.trim().to_string(),
    }
}

/// The names a person may search by, in every language.
pub fn country_matches(c: &Country, query: &str) -> bool {
    let q = query.trim().to_lowercase();
    q.is_empty()
        || c.code.to_lowercase() == q
        || [&c.kk, &c.ru, &c.en]
            .iter()
            .any(|n| n.to_lowercase().contains(&q))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_has_its_three_names() {
        assert_eq!(countries().len(), 249);
        for c in countries() {
            assert_eq!(c.code.len(), 2, "{c:?}");
            assert!(
                !c.kk.is_empty() && !c.ru.is_empty() && !c.en.is_empty(),
                "{c:?}"
            );
        }
        assert_eq!(country_name("DE", DocLang::Ru), "Германия");
        assert_eq!(country_name("de", DocLang::Kk), "Германия");
        assert_eq!(country_name("RU", DocLang::Kk), "Ресей");
        // A name typed before codes prints as it was.
        assert_eq!(country_name("Атлантида", DocLang::Ru), "Атлантида");
    }

    #[test]
    fn nationalities_agree_with_the_person_in_russian() {
        assert!(nationalities().len() > 50);
        assert_eq!(nationality_name("kazakh", DocLang::Ru, true), "казашка");
        assert_eq!(nationality_name("kazakh", DocLang::Ru, false), "казах");
        assert_eq!(nationality_name("kazakh", DocLang::Kk, true), "қазақ");
    }
}
