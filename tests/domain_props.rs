//! Property tests: no parser panics on any input; rules hold for all dates.

use chrono::{Days, NaiveDate};
use emigration_desk::domain::calendar::WeekRegime;
use emigration_desk::domain::case::CaseNumber;
use emigration_desk::domain::checklist;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::ids::*;
use emigration_desk::domain::rules::Rules;
use emigration_desk::domain::{age_on, OfficeKind};
use proptest::prelude::*;

fn date() -> impl Strategy<Value = NaiveDate> {
    (0u64..40_000).prop_map(|n| NaiveDate::from_ymd_opt(1930, 1, 1).unwrap() + Days::new(n))
}

proptest! {
    #[test]
    fn parsers_never_panic(s in "\\PC{0,40}") {
        let _ = Iin::parse(&s);
        let _ = Bin::parse(&s);
        let _ = IdCardNo::parse(&s);
        let _ = PassportNo::parse(&s);
        let _ = Phone::parse(&s);
        let _ = PostalCode::parse(&s);
        let _ = NamePart::parse(&s);
        let _ = CaseNumber::parse(&s);
        let _ = name_search_key(&s);
        if let Ok(i) = Iin::parse(&s) { let _ = i.facts(); }
    }

    #[test]
    fn digit_strings_never_panic(s in "[0-9 +()-]{0,20}") {
        let _ = Iin::parse(&s);
        let _ = Phone::parse(&s);
        let _ = CaseNumber::parse(&s);
    }

    #[test]
    fn every_eleven_digits_with_their_check_digit_are_valid(body in "[0-9]{11}") {
        let mut d = [0u8; 12];
        for (i, b) in body.bytes().enumerate() { d[i] = b - b'0'; }
        match check_digit(&d) {
            Some(c) => {
                d[11] = c;
                let s: String = d.iter().map(|x| char::from(b'0' + x)).collect();
                if d.iter().all(|x| *x == d[0]) {
                    // 000000000000 and the like: placeholders, refused.
                    prop_assert_eq!(Iin::parse(&s), Err(IdNumberError::Placeholder));
                } else {
                    prop_assert!(Iin::parse(&s).is_ok());
                }
                // Any other last digit is rejected.
                let wrong = (c + 1) % 10;
                let s2 = format!("{body}{wrong}");
                prop_assert!(Iin::parse(&s2).is_err());
            }
            None => {
                for last in 0..10 {
                    prop_assert_eq!(Iin::parse(&format!("{body}{last}")), Err(IdNumberError::NeverIssued));
                }
            }
        }
    }

    #[test]
    fn case_numbers_round_trip(office in 0u16..=9999, year in 2000u16..2100, seq in 0u32..=999_999) {
        let n = CaseNumber::new(office, year, seq).unwrap();
        prop_assert_eq!(CaseNumber::parse(&n.to_string()), Ok(n));
        prop_assert_eq!(CaseNumber::parse(&n.digits()), Ok(n));
    }

    #[test]
    fn age_grows_by_one_on_each_birthday(born in date(), years in 0u32..90) {
        let on = born.checked_add_months(chrono::Months::new(12 * years)).unwrap();
        // chrono clamps 29 Feb to 28 Feb: the same rule as age_on.
        prop_assert_eq!(age_on(born, on), years);
        prop_assert_eq!(age_on(born, on.pred_opt().unwrap()), years.saturating_sub(1));
    }

    #[test]
    fn working_days_move_forward_and_land_on_working_days(start in date(), n in 0u32..40, six in any::<bool>()) {
        let r = Rules::shipped();
        let mut cal = r.calendar(if six { WeekRegime::SixDay } else { WeekRegime::FiveDay });
        let due = cal.add_working_days(start, n).unwrap();
        prop_assert!(due >= start);
        if n > 0 { prop_assert!(cal.is_working_day(due)); }
        prop_assert!((due - start).num_days() <= i64::from(n) * 3 + 10);
    }

    #[test]
    fn checklist_never_panics_and_every_child_under_16_needs_a_certificate(
        births in proptest::collection::vec(date(), 0..6), on in date(), sc in any::<bool>()
    ) {
        let r = Rules::shipped();
        let Some(p) = r.profile_on(on) else { return Ok(()); };
        let mut i = sample_intake();
        i.children = births.iter().map(|b| {
            let mut c = i.children[0].clone();
            c.birth_date = Some(*b);
            c
        }).collect();
        let office = if sc { OfficeKind::StateCorporation } else { OfficeKind::MigrationPolice };
        let c = checklist::build(&i, office, on, p, &r.mci);
        for (idx, b) in births.iter().enumerate() {
            let has = c.items.iter().any(|x| x.requirement == checklist::Requirement::BirthCertificate
                && x.subject == checklist::Subject::Child(idx));
            prop_assert_eq!(has, age_on(*b, on) < 16);
        }
        let _ = i.validate(on);
    }

    #[test]
    fn intake_json_of_any_text_never_panics(s in "\\PC{0,200}") {
        let _ = emigration_desk::cli::parse_intake_json(&s);
    }
}
