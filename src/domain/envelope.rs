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
/// written: the `v` its envelope carries.
pub fn schema_for(kind: &crate::domain::case::EventKind) -> u32 {
    schema_for_name(kind.name())
}

/// [`schema_for`] by the kind's stored name, without reading the event
/// (the relay sends thousands a second and does not parse them). Every
/// kind of schema 1 so far; the schema of each kind is decided by its kind
/// alone — a kind whose schema comes to depend on a field must be decided
/// here from the stored payload. A name this program does not list gets
/// the newest schema: an older workstation then keeps the event until it
/// is upgraded instead of applying what it may not understand.
pub fn schema_for_name(name: &str) -> u32 {
    match name {
        "intake_opened"
        | "intake_updated"
        | "accepted"
        | "refused_at_intake"
        | "conclusion_recorded"
        | "approved"
        | "refused"
        | "military_certificate_received"
        | "not_liable_for_military"
        | "residence_deregistered"
        | "decision_issued"
        | "handed_over"
        | "transferred_to_provider"
        | "corrected"
        | "registration_answer_recorded"
        | "document_presented"
        | "taken_at_home" => 1,
        _ => SCHEMA,
    }
}

/// An event's envelope as it travels, written from the stored event
/// without parsing its payload (`kind` is the stored JSON of the event's
/// kind, spliced in as it is). The same bytes as serialising
/// `Message::Event` of the parsed event (a test holds the two together).
#[derive(Serialize)]
pub struct StoredEvent<'a> {
    pub v: u32,
    pub case_number: &'a str,
    pub origin_office: u16,
    pub origin_ws: &'a str,
    pub dest_office: u16,
    pub review_office: Option<u16>,
    pub profile_id: &'a str,
    pub event: StoredEventBody<'a>,
}

#[derive(Serialize)]
pub struct StoredEventBody<'a> {
    pub id: Uuid,
    pub case_id: Uuid,
    pub seq: u32,
    pub recorded_at: chrono::NaiveDateTime,
    pub actor: &'a str,
    pub office: u16,
    pub kind: &'a serde_json::value::RawValue,
}

impl StoredEvent<'_> {
    /// The message's bytes (`{"type":"event", …}`, as [`Message`] writes).
    pub fn to_bytes(&self) -> serde_json::Result<Vec<u8>> {
        #[derive(Serialize)]
        struct Tagged<'b, 'a> {
            #[serde(rename = "type")]
            tag: &'static str,
            #[serde(flatten)]
            body: &'b StoredEvent<'a>,
        }
        serde_json::to_vec(&Tagged {
            tag: "event",
            body: self,
        })
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
    fn every_kind_has_its_schema_by_name_and_unknown_names_the_newest() {
        for name in crate::domain::case::EventKind::NAMES {
            assert_eq!(schema_for_name(name), 1, "{name}");
        }
        assert_eq!(schema_for_name("a_kind_of_a_newer_program"), SCHEMA);
    }

    #[test]
    fn a_stored_event_is_written_as_the_parsed_one_would_be() {
        use crate::domain::case::{CaseEvent, EventKind};
        let kinds = [
            EventKind::TransferredToProvider {
                on: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            },
            EventKind::Corrected {
                refers_to: Uuid::now_v7(),
                note: "қате «ИИН» \"1\" \\ ошибка\n".into(),
            },
        ];
        for kind in kinds {
            let event = CaseEvent {
                id: Uuid::now_v7(),
                case_id: Uuid::now_v7(),
                seq: 3,
                recorded_at: chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
                    .unwrap()
                    .and_hms_micro_opt(9, 30, 1, 250)
                    .unwrap(),
                actor: "clerk \"1\"".into(),
                office: 43,
                kind,
            };
            let typed = serde_json::to_vec(&Message::Event(EventEnvelope {
                v: schema_for(&event.kind),
                case_number: "43-2026-000001".into(),
                origin_office: 43,
                origin_ws: "a".into(),
                dest_office: 8,
                review_office: Some(8),
                profile_id: "kz-2015".into(),
                event: event.clone(),
            }))
            .unwrap();
            let stored = serde_json::to_string(&event.kind).unwrap();
            let raw: Box<serde_json::value::RawValue> =
                serde_json::value::RawValue::from_string(stored).unwrap();
            let spliced = StoredEvent {
                v: schema_for_name(event.kind.name()),
                case_number: "43-2026-000001",
                origin_office: 43,
                origin_ws: "a",
                dest_office: 8,
                review_office: Some(8),
                profile_id: "kz-2015",
                event: StoredEventBody {
                    id: event.id,
                    case_id: event.case_id,
                    seq: event.seq,
                    recorded_at: event.recorded_at,
                    actor: &event.actor,
                    office: event.office,
                    kind: &raw,
                },
            }
            .to_bytes()
            .unwrap();
            assert_eq!(
                String::from_utf8(spliced).unwrap(),
                String::from_utf8(typed).unwrap()
            );
        }
    }

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
