//! What travels on the wire: an event of a case, or a receipt for one.
//! JSON, with a schema version `v`: a reader parks what is newer than it
//! knows and quarantines what it cannot read.

use crate::domain::case::CaseEvent;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The envelope schema this program reads: the highest it knows.
///
/// The rule of a rolling upgrade (docs/sync.md): a new event kind, or a new
/// field of one, raises `SCHEMA` and that kind's entry in [`schema_for`];
/// an event is sent with the lowest schema that can apply it, so a
/// workstation not yet upgraded parks only what it cannot read.
pub const SCHEMA: u32 = 1;

/// The lowest reader schema that applies an event of this kind as
/// written: the `v` its envelope carries. Every kind of schema 1 so far.
pub fn schema_for(kind: &crate::domain::case::EventKind) -> u32 {
    use crate::domain::case::EventKind as K;
    // Every kind named: a new one must say its schema here.
    match kind {
        K::IntakeOpened { .. }
        | K::IntakeUpdated { .. }
        | K::Accepted { .. }
        | K::RefusedAtIntake { .. }
        | K::ConclusionRecorded { .. }
        | K::Approved { .. }
        | K::Refused { .. }
        | K::MilitaryCertificateReceived { .. }
        | K::NotLiableForMilitary { .. }
        | K::ResidenceDeregistered { .. }
        | K::DecisionIssued { .. }
        | K::HandedOver { .. }
        | K::TransferredToProvider { .. }
        | K::Corrected { .. }
        | K::RegistrationAnswerRecorded { .. }
        | K::DocumentPresented { .. }
        | K::TakenAtHome { .. } => 1,
    }
}

/// Why a message waits on a workstation until it is upgraded (the
/// quarantine's reason starts so).
pub const NEEDS_UPDATE: &str = "needs an update";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
// Messages are built, sent and dropped one at a time: boxing the event
// would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum Message {
    Event(EventEnvelope),
    Receipt(Receipt),
}

/// One case event, addressed to one office.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventEnvelope {
    pub v: u32,
    pub case_number: String,
    /// The office that wrote the event (also the subject's origin token).
    pub origin_office: u16,
    /// The workstation that wrote it (its sync name).
    pub origin_ws: String,
    pub dest_office: u16,
    /// The office that reviews the case, once it is submitted for review.
    pub review_office: Option<u16>,
    /// The regulation profile the case is kept under.
    pub profile_id: String,
    pub event: CaseEvent,
}

/// "The event reached this office's workstation and is stored there."
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    pub v: u32,
    pub event_id: Uuid,
    /// The office the event was addressed to (the receipt's sender).
    pub dest_office: u16,
    pub ws: String,
}

/// The subject of a message: destination first, so one filter per office
/// consumer works on NATS 2.9 (`sync.<dest>.>`); the origin second, so a
/// per-office permission `sync.*.<self>.>` stops spoofing.
pub fn subject(dest: u16, origin: u16, case_id: &Uuid, kind: &str) -> String {
    format!("sync.{dest}.{origin}.{case_id}.{kind}")
}

/// The (destination, origin) tokens of a subject.
pub fn subject_offices(subject: &str) -> Option<(u16, u16)> {
    let mut it = subject.split('.');
    if it.next()? != "sync" {
        return None;
    }
    let dest = it.next()?.parse().ok()?;
    let origin = it.next()?.parse().ok()?;
    Some((dest, origin))
}

/// What a received message turned out to be.
#[derive(Debug)]
pub enum Parsed {
    Message(Box<Message>),
    /// Written by a newer program: kept, not applied, until an upgrade.
    Newer {
        v: u32,
        event_id: Option<String>,
    },
    Unreadable(String),
}

pub fn parse(payload: &[u8]) -> Parsed {
    parse_for(payload, SCHEMA)
}

/// As [`parse`], for a reader of schema `known` (a workstation's program).
pub fn parse_for(payload: &[u8], known: u32) -> Parsed {
    let value: serde_json::Value = match serde_json::from_slice(payload) {
        Ok(v) => v,
        Err(e) => return Parsed::Unreadable(format!("not JSON: {e}")),
    };
    let v = value.get("v").and_then(|v| v.as_u64()).unwrap_or(0) as u32;
    if v > known {
        let event_id = value
            .pointer("/event/id")
            .or_else(|| value.get("event_id"))
            .and_then(|x| x.as_str())
            .map(str::to_string);
        return Parsed::Newer { v, event_id };
    }
    match serde_json::from_value::<Message>(value) {
        Ok(m) => Parsed::Message(Box::new(m)),
        Err(e) => Parsed::Unreadable(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_put_the_destination_first() {
        let id = Uuid::nil();
        let s = subject(7, 42, &id, "accepted");
        assert_eq!(s, format!("sync.7.42.{id}.accepted"));
        assert_eq!(subject_offices(&s), Some((7, 42)));
        assert_eq!(subject_offices("other.7.42"), None);
        assert_eq!(subject_offices("sync.x.42"), None);
    }

    #[test]
    fn unreadable_and_newer_payloads_are_told_apart() {
        assert!(matches!(parse(b"\xff\x00"), Parsed::Unreadable(_)));
        assert!(matches!(
            parse(b"{\"type\":\"event\",\"v\":1}"),
            Parsed::Unreadable(_)
        ));
        match parse(br#"{"type":"event","v":9,"event":{"id":"abc"}}"#) {
            Parsed::Newer { v: 9, event_id } => assert_eq!(event_id.as_deref(), Some("abc")),
            other => panic!("{other:?}"),
        }
        let r = Message::Receipt(Receipt {
            v: SCHEMA,
            event_id: Uuid::nil(),
            dest_office: 7,
            ws: "a".into(),
        });
        let bytes = serde_json::to_vec(&r).unwrap();
        assert!(matches!(parse(&bytes), Parsed::Message(m) if *m == r));
    }
}
