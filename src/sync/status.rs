//! The contact centre's status records on the hub (para 15,
//! `domain::public_status`): an office's relay publishes its cases'
//! records into the key-value bucket `case_status`, each replaced only by
//! one that reflects more of the case's events (compare-and-set on the
//! key's revision: two workstations of one office never set an older
//! record over a newer one); the contact centre reads one key, made from
//! the case number with the caller's IIN, and its office's particulars.

use crate::domain::public_status::{self, OfficeContact, Sealer, StatusRecord, BUCKET};
use crate::store::StatusOut;
use async_nats::jetstream::{self, kv};
use futures_util::StreamExt;

/// Records published at once (each a read of the key and a write).
const IN_FLIGHT: usize = 16;

/// The bucket's handle.
pub async fn bucket(js: &jetstream::Context) -> Result<kv::Store, String> {
    js.get_key_value(BUCKET)
        .await
        .map_err(|e| format!("status bucket {BUCKET}: {e}"))
}

/// Writes `value` under `key` unless the bucket already holds a record
/// that reflects as many events or more (`events`: the count and the seal
/// that opens the record there; `None` for an office's particulars,
/// written whenever they differ).
async fn put_newer(
    kv: &kv::Store,
    key: &str,
    value: Vec<u8>,
    events: Option<(u32, &Sealer)>,
) -> Result<(), String> {
    for _ in 0..4 {
        let current = kv.entry(key).await.map_err(|e| e.to_string())?;
        // A deleted key (a delete marker) is written over like a stale one.
        let result = match current {
            Some(e) => {
                let stale = e.operation != kv::Operation::Put
                    || match events {
                        Some((n, sealer)) => sealer.open(&e.value).is_none_or(|r| r.events < n),
                        None => e.value.as_ref() != value.as_slice(),
                    };
                if !stale {
                    return Ok(());
                }
                kv.update(key, value.clone().into(), e.revision)
                    .await
                    .map(|_| ())
                    .map_err(|e| {
                        (
                            e.kind() == kv::UpdateErrorKind::WrongLastRevision,
                            e.to_string(),
                        )
                    })
            }
            None => kv
                .create(key, value.clone().into())
                .await
                .map(|_| ())
                .map_err(|e| {
                    (
                        e.kind() == kv::CreateErrorKind::AlreadyExists,
                        e.to_string(),
                    )
                }),
        };
        match result {
            Ok(()) => return Ok(()),
            // Another workstation wrote meanwhile: look again.
            Err((true, _)) => continue,
            Err((false, e)) => return Err(e),
        }
    }
    Err(format!(
        "{key}: written by another workstation again and again"
    ))
}

/// Publishes one case's record (and removes its old key if the IIN was
/// corrected). `Ok` means the queue row may go.
async fn publish_one(kv: &kv::Store, item: &StatusOut) -> Result<(), String> {
    if let (Some(key), Some(record), Some(sealer)) = (&item.key, &item.record, &item.sealer) {
        let sealed = sealer
            .seal(record)
            .ok_or_else(|| "no random numbers for the seal".to_string())?;
        put_newer(kv, key, sealed, Some((record.events, sealer))).await?;
    }
    if let Some(old) = &item.old_key {
        kv.delete(old).await.map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Publishes a batch; says which rows were published (`(case_key, gen,
/// key)`) and the first error, if any.
pub async fn publish(
    kv: &kv::Store,
    batch: Vec<StatusOut>,
) -> (Vec<(i64, i64, Option<String>)>, Option<String>) {
    let results: Vec<(StatusOut, Result<(), String>)> = futures_util::stream::iter(batch)
        .map(|item| async move {
            let r = publish_one(kv, &item).await;
            (item, r)
        })
        .buffer_unordered(IN_FLIGHT)
        .collect()
        .await;
    let mut done = Vec::with_capacity(results.len());
    let mut error = None;
    for (item, r) in results {
        match r {
            Ok(()) => done.push((item.case_key, item.gen, item.key)),
            Err(e) => {
                error.get_or_insert(e);
            }
        }
    }
    (done, error)
}

/// Publishes an office's particulars (when they differ from the bucket's).
pub async fn publish_office(kv: &kv::Store, contact: &OfficeContact) -> Result<(), String> {
    put_newer(
        kv,
        &public_status::office_key(contact.code),
        contact.to_bytes(),
        None,
    )
    .await
}

/// What the contact centre finds for a case number with an IIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub record: StatusRecord,
    pub office: Option<OfficeContact>,
}

/// The contact centre's reader: one connection, kept.
pub struct Reader {
    client: async_nats::Client,
    kv: kv::Store,
}

impl Reader {
    pub async fn connect(cfg: &super::SyncConfig, office: u16) -> Result<Reader, String> {
        let client = super::connect_options(cfg, office, None)
            .connect(cfg.urls.clone())
            .await
            .map_err(|e| e.to_string())?;
        let js = jetstream::new(client.clone());
        let kv = bucket(&js).await?;
        Ok(Reader { client, kv })
    }

    /// Whether the connection is up.
    pub fn connected(&self) -> bool {
        self.client.connection_state() == async_nats::connection::State::Connected
    }

    /// The record under `key`, opened with `sealer`, and the particulars
    /// of the office it names; `None` when there is no such key (a wrong
    /// number, a wrong IIN, or a case whose office has not published it)
    /// or its record does not open.
    pub async fn find(&self, key: &str, sealer: &Sealer) -> Result<Option<Found>, String> {
        let Some(bytes) = self.kv.get(key).await.map_err(|e| e.to_string())? else {
            return Ok(None);
        };
        let Some(record) = sealer.open(&bytes) else {
            return Ok(None);
        };
        let office = self
            .kv
            .get(public_status::office_key(record.office))
            .await
            .map_err(|e| e.to_string())?
            .and_then(|b| OfficeContact::from_bytes(&b));
        Ok(Some(Found { record, office }))
    }
}

/// The contact centre's reader for callers that do not run async code
/// (the window's blocking pool, the command line): one connection kept for
/// the process on a runtime of its own (one worker, so that the
/// connection answers the server's pings between lookups), made again
/// when the settings change or the connection was lost for good.
struct Kept {
    rt: tokio::runtime::Runtime,
    reader: Reader,
    /// The settings and office it was made with.
    made_for: (super::SyncConfig, u16),
}

static KEPT: std::sync::Mutex<Option<Kept>> = std::sync::Mutex::new(None);

/// How long a lookup may take before the operator is told the hub is not
/// reachable.
const LOOKUP_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(4);

/// Looks `key` up on the hub (see `Reader::find`), connecting first if
/// there is no connection for these settings yet.
pub fn find_blocking(
    cfg: &super::SyncConfig,
    office: u16,
    key: &str,
    sealer: &Sealer,
) -> Result<Option<Found>, String> {
    let made_for = (cfg.clone(), office);
    let mut kept = KEPT.lock().unwrap_or_else(|p| p.into_inner());
    if kept.as_ref().is_some_and(|k| k.made_for != made_for) {
        *kept = None;
    }
    if kept.is_none() {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("status-lookup")
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        let reader = rt.block_on(async {
            tokio::time::timeout(LOOKUP_TIMEOUT, Reader::connect(cfg, office))
                .await
                .map_err(|_| "timed out".to_string())?
        })?;
        *kept = Some(Kept {
            rt,
            reader,
            made_for,
        });
    }
    let Some(k) = kept.as_ref() else {
        return Err("no connection".into());
    };
    let result = k.rt.block_on(async {
        tokio::time::timeout(LOOKUP_TIMEOUT, k.reader.find(key, sealer))
            .await
            .map_err(|_| "timed out".to_string())?
    });
    if result.is_err() && !k.reader.connected() {
        // Made again at the next lookup.
        *kept = None;
    }
    result
}
