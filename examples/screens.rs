//! The window's screens as the documentation shows them, drawn without a
//! display by iced's own renderer (tiny-skia, as the window draws them
//! under Xvfb) on synthetic data: a migration police office with a queue,
//! an intake, cases under review and the deadline board.
//!
//! `cargo run --example screens -- DIR` writes `DIR/<screen>-<lang>.png`,
//! each at twice the window's logical 1280×720 (2560×1440);
//! `tools/screenshots.sh` runs it and scales each to 1280×720 and to
//! 1920×1080 (the window enlarges itself 1.5× on a 1920×1080 screen, so
//! both show the same layout).

use chrono::{Duration, NaiveDate, NaiveDateTime};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::Verdict;
use emigration_desk::domain::demo::{sample_intake, with_papers};
use emigration_desk::domain::OfficeKind;
use emigration_desk::i18n::UiLang;
use emigration_desk::store::{Actor, IntakeOutcome, NewUser, Store};
use emigration_desk::ui::{cases, intake, login, App, Message, Tab};
use std::path::{Path, PathBuf};

fn t0() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 25)
        .unwrap()
        .and_hms_opt(9, 40, 0)
        .unwrap()
}

/// A valid IIN for a date of birth (`YYMMDD`) and the century/sex digit.
fn iin(born: &str, century_sex: u8) -> String {
    for serial in 1..10_000u32 {
        let s = format!("{born}{century_sex}{serial:04}");
        let mut d = [0u8; 12];
        for (i, c) in s.bytes().enumerate() {
            d[i] = c - b'0';
        }
        if let Some(c) = emigration_desk::domain::ids::check_digit(&d) {
            return format!("{s}{c}");
        }
    }
    unreachable!()
}

fn add_user(st: &mut Store, login: &str, name: &str, role: Role, password: &str) {
    let u = NewUser {
        login: login.into(),
        full_name: name.into(),
        role,
        password: password.into(),
    };
    st.create_user(&Actor::cli(), &u, t0()).expect("user");
    let key = st.key().cloned().expect("key");
    emigration_desk::store::keys::set_user(&st.keys_path(), &key, login, password, t0())
        .expect("slot");
}

/// The office with its people and a dozen cases accepted over the last
/// weeks (so that the board has deadlines near and past).
fn office(dir: &Path) -> Store {
    let now = emigration_desk::desk::Clock::default().at(t0());
    let office = emigration_desk::domain::records::Office {
        id: "demo".into(),
        code: 7,
        kind: OfficeKind::MigrationPolice,
        name: "Астана қаласы ПД Көші-қон қызметі басқармасы".into(),
        name_ru: "Управление миграционной службы ДП г. Астаны".into(),
        number: "1".into(),
        address: "Астана қ., Бейбітшілік к-сі, 4".into(),
        address_ru: "г. Астана, ул. Бейбитшилик, 4".into(),
        phone: "+7 7172 710000".into(),
    };
    let admin = NewUser {
        login: "admin".into(),
        full_name: "Әкімші Бірінші".into(),
        role: Role::Administrator,
        password: "correct horse battery".into(),
    };
    let (mut st, _) =
        emigration_desk::desk::admin::create_store(dir, office, admin, now).expect("store");
    add_user(
        &mut st,
        "clerk",
        "Оператор Бірінші",
        Role::Clerk,
        "clerk password",
    );
    add_user(
        &mut st,
        "officer",
        "Инспектор Бірінші",
        Role::Officer,
        "officer password",
    );
    st.set_setting_audited(&Actor::cli(), "idle_minutes", "100000", t0())
        .expect("setting");
    let names = [
        ("Ахметова", "Дана", "Серікқызы", "900412", 4),
        ("Бекенов", "Нұрлан", "Асқарұлы", "781103", 3),
        ("Иванова", "Ольга", "Петровна", "850927", 4),
        ("Жұмабаев", "Ерлан", "Қайратұлы", "920215", 3),
        ("Ким", "Виктор", "Сергеевич", "811230", 3),
        ("Омарова", "Айгүл", "Бақытқызы", "950618", 4),
        ("Петров", "Андрей", "Николаевич", "770301", 3),
        ("Сапарова", "Мадина", "Ержанқызы", "880709", 4),
    ];
    for (k, (surname, given, patronymic, born, cs)) in names.into_iter().enumerate() {
        let mut i = with_papers(sample_intake());
        i.applicant.surname = surname.into();
        i.applicant.given_name = given.into();
        i.applicant.patronymic = patronymic.into();
        i.applicant.iin = iin(born, cs);
        i.applicant.birth_date =
            Some(NaiveDate::parse_from_str(&format!("19{born}"), "%Y%m%d").expect("date"));
        let day = t0().date() - Duration::days(3 * k as i64);
        i.false_data_warning_on = Some(day);
        i.secrets_consent_on = Some(day);
        if let Some(fee) = &mut i.fee {
            fee.paid_on = day;
        }
        st.commit_intake(
            &Actor::cli(),
            &i,
            IntakeOutcome::Accept,
            day,
            day.and_hms_opt(10, 0, 0).expect("time"),
        )
        .expect("case");
    }
    st
}

struct Shots {
    dir: PathBuf,
    lang: &'static str,
}

impl Shots {
    /// Draws the window as it stands and writes `<name>-<lang>.png`.
    fn take(&self, app: &App, name: &str) {
        let settings = iced::Settings {
            fonts: vec![
                emigration_desk::ui::theme::FONT_BYTES.into(),
                emigration_desk::ui::theme::FONT_BOLD_BYTES.into(),
            ],
            default_font: emigration_desk::ui::theme::FONT,
            ..iced::Settings::default()
        };
        let mut ui = iced_test::Simulator::with_size(settings, (1280.0, 720.0), app.view());
        let shot = ui.snapshot(&iced::Theme::Light).expect("snapshot");
        // iced names the file after its renderer; it is renamed after.
        let base = self.dir.join(format!("{name}-{}", self.lang));
        let drawn = self.dir.join(format!("{name}-{}-tiny-skia.png", self.lang));
        let _ = std::fs::remove_file(&drawn);
        shot.matches_image(&base).expect("png written");
        let path = base.with_extension("png");
        std::fs::rename(&drawn, &path).expect("renamed");
        println!("{}", path.display());
    }
}

fn sign_in(app: &mut App, login_name: &str, password: &str) {
    app.settle(Message::Login(login::Msg::Login(login_name.into())));
    app.settle(Message::Login(login::Msg::Password(password.into())));
    app.settle(Message::Login(login::Msg::Submit));
}

fn main() {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "docs/screenshots".into()),
    );
    std::fs::create_dir_all(&out).expect("output directory");
    for (lang, ui_lang) in [("kk", UiLang::Kk), ("ru", UiLang::Ru)] {
        emigration_desk::i18n::set_language(ui_lang);
        let tmp = tempfile::tempdir().expect("temporary directory");
        let st = office(tmp.path());
        let shots = Shots {
            dir: out.clone(),
            lang,
        };
        let mut app = App::with_store(st, t0());
        app.lang = ui_lang;
        shots.take(&app, "login");

        // The counter: two waiting, one called.
        sign_in(&mut app, "clerk", "clerk password");
        for _ in 0..3 {
            app.settle(Message::Queue(emigration_desk::ui::queue::Msg::Issue));
        }
        app.settle(Message::Queue(emigration_desk::ui::queue::Msg::CallNext));
        app.settle(Message::Tick(t0() + Duration::minutes(4)));
        app.settle(Message::Tab(Tab::Queue));
        shots.take(&app, "queue");

        // The intake: a mother and her son, typed so far.
        app.settle(Message::Tab(Tab::Intake));
        for (f, v) in [
            (intake::F::Iin, iin("880214", 4)),
            (intake::F::Surname, "Серікова".into()),
            (intake::F::Given, "Айгүл".into()),
            (intake::F::Patronymic, "Маратқызы".into()),
            (intake::F::BirthPlace, "Қарағанды қ.".into()),
        ] {
            app.settle(Message::Intake(intake::Msg::Set(f, v)));
        }
        shots.take(&app, "intake");
        app.settle(Message::Intake(intake::Msg::Step(intake::Step::Children)));
        for (f, v) in [
            (intake::F::ChildIin(0), iin("150310", 5)),
            (intake::F::ChildGiven(0), "Арман".into()),
        ] {
            app.settle(Message::Intake(intake::Msg::Set(f, v)));
        }
        app.settle(Message::Intake(intake::Msg::OneParent(0, true)));
        shots.take(&app, "intake-children");
        app.settle(Message::Tab(Tab::Complaints));
        shots.take(&app, "complaints");
        app.settle(Message::Logout);

        // The administrator: a recovery code just made, the reports.
        sign_in(&mut app, "admin", "correct horse battery");
        app.settle(Message::Tab(Tab::Users));
        app.settle(Message::Users(
            emigration_desk::ui::users::Msg::MakeRecovery,
        ));
        shots.take(&app, "users-recovery");
        app.settle(Message::Users(
            emigration_desk::ui::users::Msg::HideRecovery,
        ));
        app.settle(Message::Tab(Tab::Reports));
        app.settle(Message::Reports(emigration_desk::ui::reports::Msg::Make));
        shots.take(&app, "reports");
        app.settle(Message::Logout);

        // The officer: the deadline board, then a case under review with
        // two conclusions recorded (one corrected).
        sign_in(&mut app, "officer", "officer password");
        app.settle(Message::Tab(Tab::Cases));
        app.settle(Message::Cases(cases::Msg::Mode(cases::ListMode::Board)));
        shots.take(&app, "board");
        app.settle(Message::Cases(cases::Msg::Mode(cases::ListMode::Review)));
        let first = match &app.screen {
            emigration_desk::ui::Screen::Main { cases, .. } => {
                cases.rows().and_then(|p| p.rows.last()).map(|r| r.number)
            }
            _ => None,
        }
        .expect("a case under review");
        app.settle(Message::Cases(cases::Msg::Open(first)));
        for (body, verdict, reference) in [
            ("security", Verdict::Positive, "12/345"),
            ("military", Verdict::Negative, "М-2026/7"),
            ("military", Verdict::Positive, "М-2026/9"),
        ] {
            app.settle(Message::Cases(cases::Msg::Action(
                emigration_desk::ui::actions::Msg::Body(body.into()),
            )));
            let said = match verdict {
                Verdict::Negative => emigration_desk::ui::actions::Said::Negative,
                _ => emigration_desk::ui::actions::Said::Positive,
            };
            app.settle(Message::Cases(cases::Msg::Action(
                emigration_desk::ui::actions::Msg::Said(said),
            )));
            app.settle(Message::Cases(cases::Msg::Action(
                emigration_desk::ui::actions::Msg::Reference(reference.into()),
            )));
            app.settle(Message::Cases(cases::Msg::Action(
                emigration_desk::ui::actions::Msg::RecordConclusion,
            )));
            app.settle(Message::Cases(cases::Msg::Action(
                emigration_desk::ui::actions::Msg::Confirm,
            )));
        }
        shots.take(&app, "case");
        // A negative conclusion asked to be confirmed.
        app.settle(Message::Cases(cases::Msg::Action(
            emigration_desk::ui::actions::Msg::Said(emigration_desk::ui::actions::Said::Negative),
        )));
        app.settle(Message::Cases(cases::Msg::Action(
            emigration_desk::ui::actions::Msg::RecordConclusion,
        )));
        shots.take(&app, "case-negative-asked");

        // The ministry's analyst: the national report over the cases its
        // replica holds (here a demo office's store made the ministry's),
        // the offices in their regions.
        let mtmp = tempfile::tempdir().expect("temporary directory");
        let mut m = office(mtmp.path());
        m.raw()
            .execute(
                "UPDATE offices SET kind = 'ministry', code = 9001 WHERE is_self = 1",
                [],
            )
            .expect("ministry");
        let directory: Vec<emigration_desk::store::DirectoryEntry> = [
            (7, "astana", "Астана қ. ПД КҚҚБ"),
            (42, "astana", "Астана қ. №1 ХҚО"),
            (43, "karaganda", "Қарағанды қ. №2 ХҚО"),
            (8, "karaganda", "Қарағанды облысы ПД КҚҚБ"),
            (51, "turkistan", "Түркістан қ. №1 ХҚО"),
        ]
        .into_iter()
        .map(
            |(code, region, name)| emigration_desk::store::DirectoryEntry {
                code,
                kind: "office".into(),
                region: region.into(),
                name: name.into(),
            },
        )
        .collect();
        m.load_directory(&Actor::cli(), &directory, t0())
            .expect("directory");
        add_user(
            &mut m,
            "analyst",
            "Сарапшы Бірінші",
            Role::Analyst,
            "analyst password",
        );
        let mut app = App::with_store(m, t0());
        app.lang = ui_lang;
        sign_in(&mut app, "analyst", "analyst password");
        app.settle(Message::Reports(emigration_desk::ui::reports::Msg::Make));
        shots.take(&app, "national");
    }
}
