//! The reference intake, typed through the window with the keyboard alone
//! (used by `tests/keyboard.rs`, which checks it, and by `benches/gui.rs`,
//! which reports its key presses).
//!
//! The applicant (one former name) leaves with three children (5, 12 and 17
//! years old) whose other parent, a former spouse, stays in Kazakhstan; the
//! relatives are both parents, the spouse, the former spouse and the three
//! children; three jobs, one of them military service with access to state
//! secrets; the fee paid through the payment gateway. All data synthetic.
//!
//! Every datum is typed once: the children and the former spouse reach the
//! relatives' table by themselves (the clerk only adds what the table asks
//! more of them), the dates of birth come from the IINs.

use super::keyboard::Desk;
use emigration_desk::domain::checklist::{ItemStatus, Requirement};
use emigration_desk::domain::ids::check_digit;
use emigration_desk::ui::{Screen, Tab};
use iced::keyboard::key::Named;

/// A valid IIN for a date of birth (`YYMMDD`) and the century/sex digit.
pub fn iin(born: &str, century_sex: u8) -> String {
    for serial in 1..10_000u32 {
        let s = format!("{born}{century_sex}{serial:04}");
        let mut d = [0u8; 12];
        for (i, c) in s.bytes().enumerate() {
            d[i] = c - b'0';
        }
        if let Some(c) = check_digit(&d) {
            return format!("{s}{c}");
        }
    }
    unreachable!("some serial has a check digit")
}

/// What the clerk did: key presses (`Desk::keys`) and the data filled.
#[derive(Debug, Default, Clone, Copy)]
pub struct Filled {
    /// Text fields typed in.
    pub typed: u32,
    /// Choices made and boxes ticked.
    pub chosen: u32,
}

impl Filled {
    pub fn fields(&self) -> u32 {
        self.typed + self.chosen
    }
}

/// Types `text` and Enter: one field filled, on to the next thing to fill.
fn fill(d: &mut Desk, f: &mut Filled, id: &str, text: &str) {
    let focused = d.focused();
    assert_eq!(
        focused,
        Some(iced::advanced::widget::Id::from(id.to_string())),
        "the keyboard should be in {id}"
    );
    d.type_text(text);
    d.key(Named::Enter);
    f.typed += 1;
}

/// A choice made by its digit (the keyboard moves on by itself).
fn choose(d: &mut Desk, f: &mut Filled, id: &str, digit: &str) {
    assert_eq!(
        d.focused(),
        Some(iced::advanced::widget::Id::from(id.to_string())),
        "the keyboard should be on {id}"
    );
    d.type_text(digit);
    // The digit is the choice, not content typed.
    d.keys.content -= 1;
    d.keys.other += 1;
    f.chosen += 1;
}

/// Space on a box (ticked, and the keyboard moves on).
fn tick(d: &mut Desk, f: &mut Filled) {
    d.key(Named::Space);
    f.chosen += 1;
}

/// The intake as the clerk leaves it, for the checks.
pub fn intake(d: &Desk) -> &emigration_desk::ui::intake::IntakeState {
    match &d.app.screen {
        Screen::Main { intake, .. } => intake,
        _ => panic!("not signed in"),
    }
}

/// Runs the reference intake from the signed-in main screen to the
/// accepted case. Returns what was filled; the key presses are in `d.keys`.
pub fn run(d: &mut Desk) -> Filled {
    let mut f = Filled::default();
    d.ctrl("2");
    assert!(matches!(
        &d.app.screen,
        Screen::Main {
            tab: Tab::Intake,
            ..
        }
    ));

    // Applicant: the IIN first (the date of birth comes from it).
    fill(d, &mut f, "applicant.iin", &iin("850312", 3));
    fill(d, &mut f, "applicant.surname", "Сейтқали");
    fill(d, &mut f, "applicant.given_name", "Ержан");
    fill(d, &mut f, "applicant.patronymic", "Бақытжанұлы");
    fill(
        d,
        &mut f,
        "applicant.former_names[0]",
        "Сейтқалиев Ержан Бақытжанович",
    );
    fill(
        d,
        &mut f,
        "applicant.birth_place",
        "Қарағанды облысы, Теміртау қ.",
    );
    fill(d, &mut f, "applicant.nationality", "қазақ");
    fill(
        d,
        &mut f,
        "applicant.residence",
        "Астана қ., Мәңгілік Ел даңғылы, 10-12",
    );
    fill(d, &mut f, "applicant.postal_code", "010000");
    fill(d, &mut f, "applicant.phones.mobile", "+77011234567");
    fill(d, &mut f, "applicant.phones.home", "+77172345678");
    // The step's last field: Enter goes on to the documents.
    fill(d, &mut f, "applicant.phones.work", "+77172123456");

    fill(d, &mut f, "applicant.passport.number", "N12345678");
    fill(d, &mut f, "applicant.passport.issued_on", "15.06.2020");
    fill(d, &mut f, "applicant.id_card.number", "045678912");
    fill(d, &mut f, "applicant.id_card.issued_on", "20.01.2019");

    // Destination: the registered address is the residence already.
    fill(d, &mut f, "destination_country", "Герман");

    // Children: the step opens on "Add a child"; Enter adds one.
    assert_eq!(
        d.focused(),
        Some(iced::advanced::widget::Id::new("intake-add-children"))
    );
    d.key(Named::Enter);
    fill(d, &mut f, "children[0].iin", &iin("210410", 5));
    // The surname is the applicant's already: Enter passed it.
    fill(d, &mut f, "children[0].given_name", "Әлихан");
    fill(d, &mut f, "children[0].patronymic", "Ержанұлы");
    // The passport, then Tab to "leaves with one parent" and Space.
    assert_eq!(
        d.focused(),
        Some(iced::advanced::widget::Id::from(
            "children[0].passport_no".to_string()
        ))
    );
    d.type_text("N23456789");
    f.typed += 1;
    d.key(Named::Tab);
    tick(d, &mut f);
    fill(
        d,
        &mut f,
        "children[0].other_parent.full_name",
        "Сейтқалиева Динара Маратқызы",
    );
    // Staying in Kazakhstan is the default; the next child leaves with the
    // same parent (the other parent is not typed again).
    assert_eq!(
        d.focused(),
        Some(iced::advanced::widget::Id::new("intake-add-children"))
    );
    d.key(Named::Enter);
    fill(d, &mut f, "children[1].iin", &iin("140901", 6));
    fill(d, &mut f, "children[1].given_name", "Айгерім");
    fill(d, &mut f, "children[1].patronymic", "Ержанқызы");
    fill(d, &mut f, "children[1].passport_no", "N34567890");
    d.key(Named::Enter);
    fill(d, &mut f, "children[2].iin", &iin("090520", 5));
    fill(d, &mut f, "children[2].given_name", "Нұрсұлтан");
    fill(d, &mut f, "children[2].patronymic", "Ержанұлы");
    fill(d, &mut f, "children[2].passport_no", "N45678901");

    // Relatives: the three children and their other parent are there; the
    // step opens where something is still to fill.
    d.key(Named::PageDown);
    fill(d, &mut f, "relatives[0].birth_place", "Астана қ.");
    choose(d, &mut f, "relatives[1].relationship", "4");
    fill(d, &mut f, "relatives[1].birth_year", "1987");
    fill(d, &mut f, "relatives[1].birth_place", "Алматы қ.");
    fill(
        d,
        &mut f,
        "relatives[1].address",
        "Алматы қ., Абай даңғылы, 1",
    );
    fill(d, &mut f, "relatives[1].workplace", "«Алатау» ЖШС, есепші");
    fill(d, &mut f, "relatives[1].marriage_place", "Астана қ.");
    fill(d, &mut f, "relatives[2].birth_place", "Астана қ.");
    fill(d, &mut f, "relatives[3].birth_place", "Астана қ.");
    // The 17-year-old has no workplace: Enter passes the field.
    d.key(Named::Enter);
    // Then "Add a relative": both parents and the spouse.
    let people = [
        (
            "Сейтқали Бақытжан Оразұлы",
            "1",
            "1958",
            "Қарағанды облысы, Теміртау қ.",
            "Теміртау қ., Металлургтер көшесі, 5",
            "зейнеткер",
            None,
        ),
        (
            "Сейтқалиева Гүлнар Әбілқызы",
            "2",
            "1961",
            "Қарағанды облысы, Теміртау қ.",
            "Теміртау қ., Металлургтер көшесі, 5",
            "зейнеткер",
            None,
        ),
        (
            "Сейтқалиева Жанар Серікқызы",
            "3",
            "1990",
            "Павлодар қ.",
            "Астана қ., Мәңгілік Ел даңғылы, 10-12",
            "«Самұрық» АҚ, инженер",
            Some("Астана қ."),
        ),
    ];
    for (n, (name, rel, year, place, address, work, married)) in people.into_iter().enumerate() {
        let r = 4 + n;
        assert_eq!(
            d.focused(),
            Some(iced::advanced::widget::Id::new("intake-add-relatives"))
        );
        d.key(Named::Enter);
        fill(d, &mut f, &format!("relatives[{r}].full_name"), name);
        choose(d, &mut f, &format!("relatives[{r}].relationship"), rel);
        fill(d, &mut f, &format!("relatives[{r}].birth_year"), year);
        fill(d, &mut f, &format!("relatives[{r}].birth_place"), place);
        fill(d, &mut f, &format!("relatives[{r}].country"), "Қазақстан");
        fill(d, &mut f, &format!("relatives[{r}].address"), address);
        fill(d, &mut f, &format!("relatives[{r}].workplace"), work);
        if let Some(m) = married {
            fill(d, &mut f, &format!("relatives[{r}].marriage_place"), m);
        }
    }

    // Activity: three jobs, the first military service with access to
    // state secrets (two boxes after its address).
    d.key(Named::PageDown);
    let jobs = [
        (
            "2003",
            "2005",
            "қатардағы жауынгер",
            "№ 12345 әскери бөлім",
            "Қарағанды қ.",
            true,
        ),
        (
            "2005",
            "2015",
            "инженер",
            "«Теміртау металл» АҚ",
            "Теміртау қ.",
            false,
        ),
        (
            "2015",
            "",
            "бас инженер",
            "«Астана энерго» АҚ",
            "Астана қ.",
            false,
        ),
    ];
    for (n, (from, to, position, org, address, military)) in jobs.into_iter().enumerate() {
        assert_eq!(
            d.focused(),
            Some(iced::advanced::widget::Id::new("intake-add-activities"))
        );
        d.key(Named::Enter);
        fill(d, &mut f, &format!("activities[{n}].from_year"), from);
        if to.is_empty() {
            // Until now: the field stays empty.
            d.key(Named::Enter);
        } else {
            fill(d, &mut f, &format!("activities[{n}].to_year"), to);
        }
        fill(d, &mut f, &format!("activities[{n}].position"), position);
        fill(d, &mut f, &format!("activities[{n}].organisation"), org);
        if military {
            assert_eq!(
                d.focused(),
                Some(iced::advanced::widget::Id::from(format!(
                    "activities[{n}].address"
                )))
            );
            d.type_text(address);
            f.typed += 1;
            d.key(Named::Tab);
            tick(d, &mut f); // military service
            tick(d, &mut f); // access to state secrets
        } else {
            fill(d, &mut f, &format!("activities[{n}].address"), address);
        }
    }

    // Family: the fee (paid through the gateway), the warning and the
    // consent; nobody stays behind as a dependant.
    d.key(Named::PageDown);
    let today = d.app.at().today;
    let due = intake(d)
        .checklist(d.app.office.as_ref(), today)
        .and_then(|c| c.fee_tenge)
        .expect("the fee due");
    fill(
        d,
        &mut f,
        "fee.paid_on",
        &emigration_desk::i18n::date(today),
    );
    fill(d, &mut f, "fee.amount_tenge", &due.to_string());
    tick(d, &mut f); // through the payment gateway
    tick(d, &mut f); // warned of false data
    tick(d, &mut f); // consent on state secrets
    d.key(Named::Tab); // past "filed by the applicant"

    // The checklist: each paper presented is one Space (the keyboard moves
    // on); a paper already satisfied, or the court's alternative, is a Tab.
    let list = intake(d)
        .checklist(d.app.office.as_ref(), today)
        .expect("checklist");
    for item in list
        .items
        .iter()
        .filter(|i| i.requirement != Requirement::Questionnaire)
    {
        if item.status == ItemStatus::Missing {
            tick(d, &mut f);
        } else {
            d.key(Named::Tab);
        }
        if item.alternative_allowed {
            d.key(Named::Tab);
        }
    }
    // F9 asks, Enter confirms.
    d.key(Named::F9);
    d.key(Named::Enter);
    f
}
