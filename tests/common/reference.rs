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
    /// Keys that fill no field: opening the intake, the steps, Accept and
    /// its confirmation, passing a field left empty on purpose, Tab to a
    /// box.
    pub nav: u32,
}

impl Filled {
    pub fn fields(&self) -> u32 {
        self.typed + self.chosen
    }
}

/// A key that fills no field.
fn nav(d: &mut Desk, f: &mut Filled, k: Named) {
    d.key(k);
    f.nav += 1;
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

/// The keyboard is on the control `id`.
fn on(d: &mut Desk, id: &str) {
    assert_eq!(
        d.focused(),
        Some(iced::advanced::widget::Id::from(id.to_string())),
        "the keyboard should be on {id}"
    );
}

/// A field the program filled, shown once by the keyboard: Enter takes it.
fn seen(d: &mut Desk, f: &mut Filled, id: &str) {
    on(d, id);
    nav(d, f, Named::Enter);
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
    f.nav += 1;
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

    // Children: the step opens with a row ready. The son's IIN says he
    // is a boy: his father's surname is offered, and the keyboard shows
    // it once (Enter takes it).
    fill(d, &mut f, "children[0].iin", &iin("210410", 5));
    seen(d, &mut f, "children[0].surname");
    fill(d, &mut f, "children[0].given_name", "Әлихан");
    fill(d, &mut f, "children[0].patronymic", "Ержанұлы");
    fill(d, &mut f, "children[0].passport_no", "N23456789");
    // "Leaves with one parent" is a stop of the Enter order: Space ticks.
    on(d, "children[0].leaves_with");
    tick(d, &mut f);
    fill(
        d,
        &mut f,
        "children[0].other_parent.full_name",
        "Сейтқалиева Динара Маратқызы",
    );
    // Staying in Kazakhstan is the default. The row done, Enter opened the
    // next one; that child leaves with the same parent (not typed again).
    // A daughter: "Сейтқали" says nothing of sex and no woman of the
    // family has it here, so nothing is offered and the clerk types it.
    fill(d, &mut f, "children[1].iin", &iin("140901", 6));
    fill(d, &mut f, "children[1].surname", "Сейтқали");
    fill(d, &mut f, "children[1].given_name", "Айгерім");
    fill(d, &mut f, "children[1].patronymic", "Ержанқызы");
    fill(d, &mut f, "children[1].passport_no", "N34567890");
    on(d, "children[1].leaves_with");
    nav(d, &mut f, Named::Enter);
    fill(d, &mut f, "children[2].iin", &iin("090520", 5));
    seen(d, &mut f, "children[2].surname");
    fill(d, &mut f, "children[2].given_name", "Нұрсұлтан");
    fill(d, &mut f, "children[2].patronymic", "Ержанұлы");
    fill(d, &mut f, "children[2].passport_no", "N45678901");
    on(d, "children[2].leaves_with");
    nav(d, &mut f, Named::Enter);

    // Relatives (the empty fourth child row goes as the step is left): the
    // three children and their other parent are there; the step opens
    // where something is still to fill.
    nav(d, &mut f, Named::PageDown);
    assert_eq!(intake(d).intake().children.len(), 3);
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
    nav(d, &mut f, Named::Enter);
    // Then, each in the row Enter opened: both parents and the spouse.
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

    // Activity (the step opens with a row ready): three jobs, the first
    // military service with access to state secrets (two boxes after its
    // address, then "Add a job").
    nav(d, &mut f, Named::PageDown);
    assert_eq!(intake(d).intake().relatives.len(), 7);
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
        fill(d, &mut f, &format!("activities[{n}].from_year"), from);
        if to.is_empty() {
            // Until now: the field stays empty.
            nav(d, &mut f, Named::Enter);
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
            d.key(Named::Tab); // the field's own key: on to the boxes
            tick(d, &mut f); // military service
            tick(d, &mut f); // access to state secrets: the row is done
        } else {
            fill(d, &mut f, &format!("activities[{n}].address"), address);
        }
    }

    // Family: the fee (paid through the gateway), the warning and the
    // consent; nobody stays behind as a dependant.
    nav(d, &mut f, Named::PageDown);
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

    // The checklist: the keyboard is on the first paper still missing;
    // Space ticks it and goes to the next one missing, then to Accept.
    assert_eq!(intake(d).intake().activities.len(), 3);
    let list = intake(d)
        .checklist(d.app.office.as_ref(), today)
        .expect("checklist");
    let missing = list
        .items
        .iter()
        .filter(|i| i.requirement != Requirement::Questionnaire && i.status == ItemStatus::Missing)
        .count();
    for _ in 0..missing {
        tick(d, &mut f);
    }
    // Accept asks, Enter confirms.
    assert_eq!(
        d.focused(),
        Some(iced::advanced::widget::Id::new("intake-accept"))
    );
    nav(d, &mut f, Named::Enter);
    nav(d, &mut f, Named::Enter);
    f
}
