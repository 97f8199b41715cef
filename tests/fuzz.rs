//! A bounded fuzz run in the suite: structured and byte-level mutations of
//! the three inputs another person or program hands the workstation — an
//! intake (JSON), the rule files, and a sync message — through the same
//! code the program runs, on a real store. Nothing may panic; what is
//! refused is refused with an error, and the store stays sound.
//!
//! 200 cases per input here (CI runs the suite); `PROPTEST_CASES=20000
//! cargo test --test fuzz` runs a longer campaign.

mod common;

use chrono::NaiveDate;
use emigration_desk::domain::access::Role;
use emigration_desk::domain::intake::Intake;
use emigration_desk::domain::rules;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{Actor, Incoming, IntakeOutcome, NewUser, Office, RuleKind, Store};
use proptest::prelude::*;
use serde_json::Value;

const SAMPLE: &str = include_str!("../docs/examples/intake-sample.json");

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200)
}

/// One structured change: which node (by its order in a walk), what to do.
#[derive(Debug, Clone)]
enum Op {
    Replace(usize, Value),
    Remove(usize),
    AddField(usize, String, Value),
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1e12f64..1e12).prop_map(Value::from),
        // Text of every kind: Cyrillic, control and bidi characters, long.
        "\\PC{0,40}".prop_map(Value::from),
        "[\u{0}-\u{1f}\u{202e}\u{200f}a-zА-я]{0,20}".prop_map(Value::from),
        (0usize..3000).prop_map(|n| Value::from("Ж".repeat(n))),
        Just(Value::from("0000-00-00")),
        Just(Value::from("9999-12-31")),
        Just(Value::from("-0001-01-15")),
        Just(Value::from("000000000000")),
        Just(Value::Array(vec![])),
        Just(Value::Object(Default::default())),
    ]
}

fn ops() -> impl Strategy<Value = Vec<Op>> {
    prop::collection::vec(
        prop_oneof![
            (any::<usize>(), leaf()).prop_map(|(i, v)| Op::Replace(i, v)),
            any::<usize>().prop_map(Op::Remove),
            (any::<usize>(), "[a-z_]{1,12}", leaf()).prop_map(|(i, k, v)| Op::AddField(i, k, v)),
        ],
        1..6,
    )
}

fn count_nodes(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(count_nodes).sum(),
        Value::Object(o) => o.values().map(count_nodes).sum(),
        _ => 0,
    }
}

/// Applies `op` to the node numbered `target` in a depth-first walk.
fn apply(v: &mut Value, op: &Op, counter: &mut usize, target: usize) -> bool {
    if *counter == target {
        match op {
            Op::Replace(_, new) => *v = new.clone(),
            Op::AddField(_, k, new) => {
                if let Value::Object(o) = v {
                    o.insert(k.clone(), new.clone());
                } else {
                    *v = new.clone();
                }
            }
            Op::Remove(_) => *v = Value::Null,
        }
        return true;
    }
    *counter += 1;
    match v {
        Value::Array(a) => {
            for i in 0..a.len() {
                let before = *counter;
                if apply(&mut a[i], op, counter, target) {
                    if matches!(op, Op::Remove(_)) && before == target {
                        a.remove(i);
                    }
                    return true;
                }
            }
            false
        }
        Value::Object(o) => {
            let keys: Vec<String> = o.keys().cloned().collect();
            for k in keys {
                let before = *counter;
                let done = o.get_mut(&k).is_some_and(|c| apply(c, op, counter, target));
                if done {
                    if matches!(op, Op::Remove(_)) && before == target {
                        o.remove(&k);
                    }
                    return true;
                }
            }
            false
        }
        _ => false,
    }
}

fn mutate(json: &str, ops: &[Op]) -> String {
    let mut v: Value = serde_json::from_str(json).unwrap();
    for op in ops {
        let n = count_nodes(&v);
        let i = match op {
            Op::Replace(i, _) | Op::Remove(i) | Op::AddField(i, _, _) => *i,
        };
        let mut counter = 0;
        apply(&mut v, op, &mut counter, i % n);
    }
    v.to_string()
}

/// Byte-level damage: flips, a cut, an insertion.
fn damage(text: &str, flips: &[(usize, u8)], cut: Option<usize>) -> Vec<u8> {
    let mut b = text.as_bytes().to_vec();
    for (i, x) in flips {
        let n = b.len().max(1);
        if let Some(c) = b.get_mut(i % n) {
            *c ^= x;
        }
    }
    if let Some(c) = cut {
        b.truncate(c % (b.len() + 1));
    }
    b
}

fn store(dir: &std::path::Path, kind: OfficeKind, code: u16) -> Store {
    let mut st = Store::open(&dir.join("db.sqlite3")).unwrap();
    st.init(
        &Office {
            id: format!("office-{code}"),
            code,
            kind,
            name: "Fuzz".into(),
            name_ru: "Филиал".into(),
            number: "1".into(),
            address: "Астана".into(),
            address_ru: "г. Астана".into(),
            phone: "+7 7172 00 00 00".into(),
        },
        &NewUser {
            login: "admin".into(),
            full_name: "A".into(),
            role: Role::Administrator,
            password: "correct horse".into(),
        },
        today().and_hms_opt(9, 0, 0).unwrap(),
    )
    .unwrap();
    st
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn clerk() -> Actor {
    common::actor("clerk", Role::Clerk)
}

fn admin() -> Actor {
    Actor {
        name: "admin".into(),
        user_id: None,
        role: Some(Role::Administrator),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    /// A mutated intake: parsed as the command line parses it, validated,
    /// and committed on a real store when it parses — refused with its
    /// errors or stored whole, never a panic, the store sound after.
    #[test]
    fn intakes(ops in ops(), flips in prop::collection::vec((any::<usize>(), 1u8..), 0..3), cut in prop::option::of(any::<usize>())) {
        let structured = mutate(SAMPLE, &ops);
        let damaged = damage(&structured, &flips, cut);
        let dir = tempfile::tempdir().unwrap();
        let mut st = store(dir.path(), OfficeKind::StateCorporation, 42);
        for text in [structured.as_bytes(), &damaged[..]] {
            let Ok(text) = std::str::from_utf8(text) else { continue };
            let parsed: Result<Intake, _> = serde_json::from_str(text);
            let Ok(intake) = parsed else { continue };
            let _ = intake.validate(today());
            let at = today().and_hms_opt(10, 0, 0).unwrap();
            let _ = st.commit_intake(&clerk(), &intake, IntakeOutcome::Accept, today(), at);
        }
        prop_assert!(st.integrity_check().unwrap().is_empty());
    }

    /// Mutated rule files: parsed, and imported into a real store; when an
    /// import is taken, the workstation still takes an intake.
    #[test]
    fn rule_files(which in 0usize..3, ops in ops()) {
        let (kind, json) = [
            (RuleKind::Profile, rules::SHIPPED_PROFILE),
            (RuleKind::Mci, rules::SHIPPED_MCI),
            (RuleKind::Calendar, rules::SHIPPED_CALENDAR),
        ][which];
        let text = mutate(json, &ops);
        let _ = match kind {
            RuleKind::Profile => rules::parse_profile(&text).map(|_| ()),
            RuleKind::Mci => rules::parse_mci(&text).map(|_| ()),
            RuleKind::Calendar => rules::parse_calendar(&text).map(|_| ()),
        };
        let dir = tempfile::tempdir().unwrap();
        let mut st = store(dir.path(), OfficeKind::StateCorporation, 42);
        let at = today().and_hms_opt(10, 0, 0).unwrap();
        if st.import_rules(&admin(), kind, &text, at).is_ok() {
            let intake: Intake = serde_json::from_str(SAMPLE).unwrap();
            let r = st.commit_intake(&clerk(), &intake, IntakeOutcome::Accept, today(), at);
            prop_assert!(r.is_ok(), "an accepted rule file broke the intake: {r:?}\n{text}");
        }
    }

    /// Mutated and damaged sync messages, delivered to a police office's
    /// store: each is stored, quarantined or deferred — never an error that
    /// would stop the receiver, never a panic — and applying afterwards
    /// keeps the store sound.
    #[test]
    fn sync_messages(ops in ops(), flips in prop::collection::vec((any::<usize>(), 1u8..), 0..3), cut in prop::option::of(any::<usize>()), dest in prop_oneof![Just(7u16), any::<u16>()], origin in prop_oneof![Just(42u16), any::<u16>()]) {
        let envelope = envelope_sample();
        let structured = mutate(&envelope, &ops);
        let damaged = damage(&structured, &flips, cut);
        let dir = tempfile::tempdir().unwrap();
        let mut pol = store(dir.path(), OfficeKind::MigrationPolice, 7);
        let case = uuid::Uuid::now_v7();
        let batch: Vec<Incoming> = [structured.into_bytes(), damaged]
            .into_iter()
            .map(|payload| Incoming {
                subject: format!("sync.{dest}.{origin}.{case}.x"),
                payload,
                stream_seq: 1,
                published: None,
            })
            .collect();
        let at = today().and_hms_opt(10, 0, 0).unwrap();
        let d = pol.inbox_store(7, &batch, at);
        prop_assert!(d.is_ok(), "{d:?}");
        let r = pol.apply_pending(at);
        prop_assert!(r.is_ok(), "{r:?}");
        prop_assert!(pol.integrity_check().unwrap().is_empty());
    }
}

/// A real event envelope of office 42 to police office 7 (made once).
fn envelope_sample() -> String {
    static ONE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ONE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let mut sc = store(dir.path(), OfficeKind::StateCorporation, 42);
        sc.set_route(&admin(), 42, Some(7), today().and_hms_opt(9, 0, 0).unwrap())
            .unwrap();
        let intake: Intake = serde_json::from_str(SAMPLE).unwrap();
        sc.commit_intake(
            &clerk(),
            &intake,
            IntakeOutcome::Accept,
            today(),
            today().and_hms_opt(10, 0, 0).unwrap(),
        )
        .unwrap();
        let out = sc.outbox_batch("a", 10, None).unwrap();
        let o = out
            .iter()
            .find(|o| o.subject.starts_with("sync.7."))
            .expect("an event for the police");
        String::from_utf8(o.payload.clone()).unwrap()
    })
    .clone()
}

/// The mutator mutates: a structured change reaches the JSON, a removal
/// removes, a byte-level cut cuts.
#[test]
fn the_mutations_change_the_input() {
    let replaced = mutate(SAMPLE, &[Op::Replace(3, Value::from("Ж"))]);
    assert_ne!(
        replaced,
        serde_json::from_str::<Value>(SAMPLE).unwrap().to_string()
    );
    let removed = mutate(SAMPLE, &[Op::Remove(1)]);
    assert!(removed.len() < SAMPLE.len());
    let added = mutate(SAMPLE, &[Op::AddField(0, "zz_unknown".into(), Value::Null)]);
    assert!(added.contains("zz_unknown"));
    assert!(
        serde_json::from_str::<Intake>(&added).is_err(),
        "unknown fields are refused"
    );
    assert_eq!(damage("abcdef", &[], Some(3)), b"abc");
}
