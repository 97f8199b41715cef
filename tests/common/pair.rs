//! Two offices as the standard has them: a State Corporation department
//! (code 42) that accepts the applications and hands the results over, and
//! the migration police office (code 7) that reviews its cases. Each is a
//! real store; `relay` carries what one's outbox holds for the other
//! through the other's inbox, as the sync engine does over NATS (the
//! envelope, the de-dup and the rulebook's check of every incoming event
//! are the real ones; only the broker is left out).
#![allow(dead_code)]

use chrono::NaiveDateTime;
use emigration_desk::domain::access::Role;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{Actor, Incoming, NewUser, Office, Store};

pub const SC: u16 = 42;
pub const POLICE: u16 = 7;

pub fn office_of(code: u16) -> Office {
    let police = code == POLICE;
    Office {
        id: format!("office-{code}"),
        code,
        kind: if police {
            OfficeKind::MigrationPolice
        } else {
            OfficeKind::StateCorporation
        },
        name: if police {
            "Астана қаласы ПД Көші-қон қызметі басқармасы".into()
        } else {
            "Астана қаласы бойынша филиал".into()
        },
        name_ru: if police {
            "Управление миграционной службы ДП города Астаны".into()
        } else {
            "Филиал по городу Астана".into()
        },
        number: "3".into(),
        address: "Астана қ., Тұран даңғылы 1".into(),
        address_ru: "г. Астана, пр. Туран, 1".into(),
        phone: if police {
            "+7 7172 71 00 00".into()
        } else {
            "+7 7172 55 00 00".into()
        },
    }
}

/// A store of office `code` in `dir`, its route 42 → 7 set.
pub fn office_store(dir: &std::path::Path, code: u16, now: NaiveDateTime) -> Store {
    let mut st = Store::open_dir(dir, None).unwrap();
    st.init(
        &office_of(code),
        &NewUser {
            login: "admin".into(),
            full_name: "Әкімші".into(),
            role: Role::Administrator,
            password: "correct horse".into(),
        },
        now,
    )
    .unwrap();
    let admin = Actor {
        name: "admin".into(),
        user_id: None,
        role: Some(Role::Administrator),
    };
    st.set_route(&admin, SC, Some(POLICE), now).unwrap();
    st
}

/// The department and the police office, each with its store.
pub struct Pair {
    pub sc: Store,
    pub police: Store,
    _dir: tempfile::TempDir,
}

impl Pair {
    pub fn new(now: NaiveDateTime) -> Pair {
        let dir = tempfile::tempdir().unwrap();
        let sc = office_store(&dir.path().join("sc"), SC, now);
        let police = office_store(&dir.path().join("police"), POLICE, now);
        Pair {
            sc,
            police,
            _dir: dir,
        }
    }

    /// Carries everything waiting, both ways, until nothing moves.
    pub fn sync(&mut self, now: NaiveDateTime) {
        loop {
            let a = relay(&mut self.sc, &mut self.police, POLICE, now);
            let b = relay(&mut self.police, &mut self.sc, SC, now);
            if a + b == 0 {
                break;
            }
        }
    }
}

/// Carries what `from`'s outbox holds for office `to_code` into `to`'s
/// inbox and applies it; the number of events carried.
pub fn relay(from: &mut Store, to: &mut Store, to_code: u16, now: NaiveDateTime) -> usize {
    let prefix = format!("sync.{to_code}.");
    let batch = from.outbox_batch("a", 1000, None).unwrap();
    let mine: Vec<_> = batch
        .iter()
        .filter(|o| o.subject.starts_with(&prefix))
        .collect();
    if mine.is_empty() {
        return 0;
    }
    let incoming: Vec<Incoming> = mine
        .iter()
        .enumerate()
        .map(|(i, o)| Incoming {
            subject: o.subject.clone(),
            payload: o.payload.clone(),
            stream_seq: i as u64 + 1,
            published: Some(now),
        })
        .collect();
    to.inbox_store(to_code, &incoming, now).unwrap();
    let report = to.apply_pending(now).unwrap();
    assert_eq!(
        (report.parked, report.conflicts, report.refused),
        (0, 0, 0),
        "every event applies: {report:?}"
    );
    let done: Vec<(i64, u64, bool)> = mine
        .iter()
        .enumerate()
        .map(|(i, o)| (o.seq, i as u64 + 1, o.resend))
        .collect();
    from.outbox_published(&done, now).unwrap();
    mine.len()
}
