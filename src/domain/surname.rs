//! A family surname in the form for a person's sex.
//!
//! Kazakh and Russian surnames written in Cyrillic mark the sex in their
//! ending: -ов/-ова, -ев/-ева, -ин/-ина, -ский/-ская, -ұлы/-қызы … A
//! child's surname offered from a parent's (or a brother's or sister's)
//! takes the child's form. Where the ending says nothing (Ким, Шевченко,
//! Сейтқали) the surname is the same for both sexes only if the person it
//! comes from is of the child's sex — otherwise the rule cannot tell, and
//! nothing is offered.

use super::ids::Sex;

/// Male and female endings, longest first within each family of endings.
const PAIRS: [(&str, &str); 10] = [
    ("ский", "ская"),
    ("цкий", "цкая"),
    ("ской", "ская"),
    ("ұлы", "қызы"),
    ("улы", "кызы"),
    ("ов", "ова"),
    ("ев", "ева"),
    ("ёв", "ёва"),
    ("ин", "ина"),
    ("ын", "ына"),
];

/// `surname` (of a person of sex `from`, if known) in the form for a
/// person of sex `to`; `None` where the rule cannot tell.
pub fn for_sex(surname: &str, from: Option<Sex>, to: Sex) -> Option<String> {
    let s = surname.trim();
    if s.is_empty() {
        return None;
    }
    let lower = s.to_lowercase();
    // The ending of the wanted form already: as it is. Female endings are
    // looked at first ("-ова" also ends in "-ва", never in "-ов").
    let female = PAIRS.iter().find(|(_, f)| lower.ends_with(f));
    let male = PAIRS
        .iter()
        .find(|(m, _)| lower.ends_with(m))
        .filter(|_| female.is_none());
    let (cut, add) = match (to, male, female) {
        (Sex::Female, _, Some(_)) | (Sex::Male, Some(_), _) => return Some(s.to_string()),
        (Sex::Female, Some((m, f)), None) => (m.chars().count(), *f),
        (Sex::Male, None, Some((m, f))) => (f.chars().count(), *m),
        // No ending that marks the sex: the same form only from a person
        // of the same sex.
        _ => return (from == Some(to)).then(|| s.to_string()),
    };
    let stem: String = s.chars().take(s.chars().count() - cut).collect();
    // Written in capitals: the new ending too.
    let upper = s
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    Some(if upper {
        format!("{stem}{}", add.to_uppercase())
    } else {
        format!("{stem}{add}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Sex::{Female, Male};

    #[test]
    fn a_russian_or_kazakh_ending_follows_the_childs_sex() {
        for (from, to, want) in [
            ("Серікова", Male, "Серіков"),
            ("Серікова", Female, "Серікова"),
            ("Сериков", Female, "Серикова"),
            ("Ахметов", Male, "Ахметов"),
            ("Беляев", Female, "Беляева"),
            ("Пушкина", Male, "Пушкин"),
            ("Ильин", Female, "Ильина"),
            ("Қалын", Female, "Қалына"),
            ("Островская", Male, "Островский"),
            ("Вишневецкий", Female, "Вишневецкая"),
            ("Жақсыбекұлы", Female, "Жақсыбекқызы"),
            ("Жақсыбекқызы", Male, "Жақсыбекұлы"),
            ("СЕРІКОВА", Male, "СЕРІКОВ"),
        ] {
            assert_eq!(
                for_sex(from, None, to).as_deref(),
                Some(want),
                "{from} → {to:?}"
            );
        }
    }

    #[test]
    fn a_surname_that_marks_no_sex_is_offered_only_from_the_same_sex() {
        assert_eq!(
            for_sex("Сейтқали", Some(Male), Male).as_deref(),
            Some("Сейтқали")
        );
        assert_eq!(for_sex("Сейтқали", Some(Female), Male), None);
        assert_eq!(for_sex("Ким", None, Female), None);
        assert_eq!(for_sex("Толстой", Some(Male), Female), None);
        assert_eq!(for_sex("  ", Some(Male), Male), None);
    }
}
