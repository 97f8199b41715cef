//! Tests that change what the whole process shares — its PATH, the
//! window's language — in a binary of their own (the other test binaries
//! are untouched), one at a time (`ONE_AT_A_TIME`).
//!
//! The recovery code on paper (issue 29): its sheet goes to the default
//! printer and no copy stays on disk, printed or not. The printer is a
//! stand-in `lp` on this binary's PATH that keeps what it was given.
//! The window's language chosen at the first start speaks at every sign-in
//! after, whatever the system's language.

use chrono::{NaiveDate, NaiveDateTime};
use emigration_desk::desk::{admin, Who};
use emigration_desk::domain::DocLang;
use emigration_desk::domain::OfficeKind;
use std::path::Path;

mod common;

static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn t0() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 25)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

/// PDFs left in the data directory (the store's own files aside).
fn pdfs_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pdf"))
        .collect()
}

#[test]
fn the_recovery_code_is_printed_on_its_sheet_and_never_left_on_disk() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let now = emigration_desk::desk::Clock::default().at(t0());
    let (mut st, admin_user) = admin::create_store(
        dir.path(),
        common::office(OfficeKind::StateCorporation),
        common::admin(),
        now,
    )
    .unwrap();
    let who = Who::user(&admin_user);
    let code = admin::make_recovery_code(&mut st, &who, now).unwrap();

    // A printer that keeps the sheet it is given, then one that fails.
    let bin = tempfile::tempdir().unwrap();
    let kept = bin.path().join("printed.pdf");
    let lp = bin.path().join("lp");
    std::fs::write(
        &lp,
        format!(
            "#!/bin/sh\n[ -e \"{0}.fail\" ] && exit 1\ncp \"$1\" \"{0}\"\n",
            kept.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&lp, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    // SAFETY: the tests of this binary run one at a time, and none of the
    // others reads the environment.
    unsafe { std::env::set_var("PATH", path) };

    admin::print_recovery_code(&mut st, &who, &code, DocLang::Ru, now).unwrap();
    let words = common::pdf_words(&kept);
    assert!(words.contains(code.as_str()), "{words}");
    assert!(
        words.contains("Код восстановления данных рабочего места"),
        "{words}"
    );
    assert!(words.contains("Филиал"), "the office: {words}");
    assert!(words.contains("25.11.2026"), "{words}");
    assert_eq!(pdfs_in(dir.path()), Vec::<String>::new(), "no copy left");

    // The printer refuses: said, and still nothing on disk.
    std::fs::write(format!("{}.fail", kept.display()), "").unwrap();
    let e = admin::print_recovery_code(&mut st, &who, &code, DocLang::Kk, now).unwrap_err();
    assert!(e.is_failure(), "{e:?}");
    assert_eq!(pdfs_in(dir.path()), Vec::<String>::new(), "no copy left");

    // Only an administrator prints it.
    let clerk = emigration_desk::domain::records::User {
        role: emigration_desk::domain::access::Role::Clerk,
        ..admin_user.clone()
    };
    assert!(
        admin::print_recovery_code(&mut st, &Who::user(&clerk), &code, DocLang::Kk, now).is_err()
    );

    // One printing audited.
    let printed = st
        .audit_entries(None, 100)
        .unwrap()
        .into_iter()
        .filter(|a| a.action == "recovery_code_printed")
        .count();
    assert_eq!(printed, 1);
}

#[test]
fn the_language_chosen_at_the_first_start_speaks_at_every_sign_in_after() {
    use emigration_desk::i18n::UiLang;
    use emigration_desk::ui::{App, Message};
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    // The system's language is English (a C locale gives the same).
    emigration_desk::i18n::set_language(UiLang::En);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (mut app, _) = App::boot(Some(data.clone()));
    app.settle(Message::Found(App::find(Some(&data))));
    app.settle(Message::Language(UiLang::Kk));
    // The window starts again: the sign-in is in Kazakh.
    emigration_desk::i18n::set_language(UiLang::En);
    let (mut again, _) = App::boot(Some(data.clone()));
    again.settle(Message::Found(App::find(Some(&data))));
    assert_eq!(again.lang, UiLang::Kk);
    assert_eq!(emigration_desk::i18n::current(), UiLang::Kk);
    emigration_desk::i18n::set_language(UiLang::En);
}
