//! `emigration-desk sync provision`: from a deployment plan (the offices
//! and their workstations), an example NATS server configuration with one
//! user per office whose permissions let it publish only as itself and
//! read only its own workstations' consumers; and, with administrator
//! credentials, the stream and the consumers on a running server.

use super::{SyncConfig, STREAM};
use async_nats::jetstream::{self, consumer, stream};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Duration;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub offices: Vec<PlanOffice>,
    /// How long the stream keeps events (a workstation offline longer than
    /// this must be re-seeded). Default 90 days.
    #[serde(default)]
    pub max_age_days: Option<u32>,
    /// Stream replicas: 3 on a production cluster, 1 on a single server.
    #[serde(default)]
    pub replicas: Option<usize>,
    /// The most the stream holds, in GiB (default 20): when full, the hub
    /// refuses new events (they wait in the workstations' outboxes) and
    /// never deletes undelivered ones.
    #[serde(default)]
    pub max_gib: Option<u64>,
    /// The largest message the hub accepts, in KiB (default 512: the
    /// workstations' own limit; an intake with all its rows is a few KiB).
    #[serde(default)]
    pub max_message_kib: Option<u32>,
    /// Write `sync_interval: always` (NATS ≥ 2.10) into the server config.
    #[serde(default)]
    pub fsync_always: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanOffice {
    pub code: u16,
    #[serde(default)]
    pub name: String,
    pub workstations: Vec<String>,
}

impl Plan {
    /// The stream's size limit in bytes.
    pub fn max_bytes(&self) -> i64 {
        (self.max_gib.unwrap_or(20).clamp(1, 100_000) as i64) * 1024 * 1024 * 1024
    }

    /// The largest message in bytes.
    pub fn max_message_bytes(&self) -> i32 {
        let default = (crate::store::limits::MAX_MESSAGE_BYTES / 1024) as u32;
        (self.max_message_kib.unwrap_or(default).clamp(16, 8 * 1024) as i32) * 1024
    }

    pub fn parse(json: &str) -> Result<Plan, String> {
        let plan: Plan = serde_json::from_str(json).map_err(|e| e.to_string())?;
        if plan.offices.is_empty() {
            return Err("the plan names no office".into());
        }
        let mut seen = std::collections::BTreeSet::new();
        for o in &plan.offices {
            if !(1..=9999).contains(&o.code) || !seen.insert(o.code) {
                return Err(format!(
                    "office code {} is out of range or repeated",
                    o.code
                ));
            }
            if o.workstations.is_empty() {
                return Err(format!("office {} has no workstation", o.code));
            }
            for w in &o.workstations {
                if !super::valid_workstation(w) {
                    return Err(format!(
                        "workstation {:?} of office {}: lower-case letters and digits, up to 16",
                        w, o.code
                    ));
                }
            }
        }
        Ok(plan)
    }
}

/// Generated passwords: the administrator's and one per office.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Credentials {
    pub admin_user: String,
    pub admin_password: String,
    /// office code → (user, password)
    pub offices: BTreeMap<u16, (String, String)>,
}

fn random_secret() -> String {
    use argon2::password_hash::rand_core::{OsRng, RngCore};
    let mut b = [0u8; 18];
    OsRng.fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

pub fn generate_credentials(plan: &Plan) -> Credentials {
    Credentials {
        admin_user: "admin".into(),
        admin_password: random_secret(),
        offices: plan
            .offices
            .iter()
            .map(|o| (o.code, (format!("office_{}", o.code), random_secret())))
            .collect(),
    }
}

/// The subjects an office's user may publish to: events and receipts with
/// itself as origin, and the JetStream API of its own consumers only.
pub fn office_publish_allow(o: &PlanOffice) -> Vec<String> {
    let mut v = vec![format!("sync.*.{}.>", o.code)];
    for w in &o.workstations {
        let c = super::consumer_name(o.code, w);
        v.push(format!("$JS.API.CONSUMER.INFO.{STREAM}.{c}"));
        v.push(format!("$JS.API.CONSUMER.MSG.NEXT.{STREAM}.{c}"));
        v.push(format!("$JS.ACK.{STREAM}.{c}.>"));
    }
    v
}

/// The example server configuration (NATS accounts; no `authorization`
/// block: on NATS 2.9 before 2.9.23 an `authorization` block beside
/// accounts opens an authentication bypass).
pub fn server_config(plan: &Plan, creds: &Credentials) -> String {
    let mut s = String::new();
    let q = |x: &str| serde_json::to_string(x).unwrap_or_default();
    let _ = writeln!(
        s,
        "# NATS server configuration for emigration-desk sync, written by"
    );
    let _ = writeln!(
        s,
        "# `emigration-desk sync provision`. One account; one user per office that"
    );
    let _ = writeln!(
        s,
        "# may publish only as itself (sync.<dest>.<self>.>) and read only its own"
    );
    let _ = writeln!(
        s,
        "# workstations' consumers. Keep this file readable by the server only."
    );
    let _ = writeln!(s, "listen: 0.0.0.0:4222");
    // The largest message a client may publish: the stream's limit plus
    // room for the headers.
    let _ = writeln!(s, "max_payload: {}", plan.max_message_bytes() + 4096);
    let _ = writeln!(s, "server_name: emigration-desk-1");
    let _ = writeln!(s, "jetstream {{");
    let _ = writeln!(s, "  store_dir: \"/var/lib/nats/jetstream\"");
    // The server reserves the stream's whole limit when the stream is
    // created. Without this line it offers 75% of the disk's free space at
    // start, so a hub whose disk has less free than `max_gib` would refuse
    // the stream; with it the limit is the plan's, and the server's own
    // check at start warns when the disk cannot hold it.
    let _ = writeln!(
        s,
        "  max_file_store: {}",
        plan.max_bytes() + 64 * 1024 * 1024
    );
    if plan.fsync_always {
        let _ = writeln!(
            s,
            "  # fsync every write (NATS >= 2.10): an acknowledged event survives a power cut"
        );
        let _ = writeln!(s, "  sync_interval: always");
    } else {
        let _ = writeln!(
            s,
            "  # On NATS >= 2.10 uncomment (or set \"fsync_always\": true in the plan):"
        );
        let _ = writeln!(s, "  # sync_interval: always");
    }
    let _ = writeln!(s, "}}");
    let _ = writeln!(
        s,
        "# Production: TLS with your CA (clients set the CA, and a client"
    );
    let _ = writeln!(s, "# certificate if verify is on):");
    let _ = writeln!(s, "# tls {{ cert_file: \"server.pem\", key_file: \"server-key.pem\", ca_file: \"ca.pem\", verify: true }}");
    let _ = writeln!(
        s,
        "# A three-node cluster (with \"replicas\": 3 in the plan):"
    );
    let _ = writeln!(s, "# cluster {{ name: emigration, listen: 0.0.0.0:6222, routes: [nats://nats2:6222, nats://nats3:6222] }}");
    let _ = writeln!(s, "accounts {{");
    let _ = writeln!(s, "  EMIGRATION {{");
    let _ = writeln!(s, "    jetstream: enabled");
    let _ = writeln!(s, "    users: [");
    let _ = writeln!(
        s,
        "      {{ user: {}, password: {} }}",
        q(&creds.admin_user),
        q(&creds.admin_password)
    );
    for o in &plan.offices {
        let Some((user, pass)) = creds.offices.get(&o.code) else {
            continue;
        };
        let allow: Vec<String> = office_publish_allow(o).iter().map(|x| q(x)).collect();
        let _ = writeln!(s, "      # office {} {}", o.code, o.name.replace('\n', " "));
        let _ = writeln!(
            s,
            "      {{ user: {}, password: {}, permissions: {{",
            q(user),
            q(pass)
        );
        let _ = writeln!(s, "          publish: {{ allow: [{}] }}", allow.join(", "));
        let _ = writeln!(
            s,
            "          subscribe: {{ allow: [{}] }}",
            q(&format!("_INBOX_{}.>", o.code))
        );
        let _ = writeln!(s, "      }} }}");
    }
    let _ = writeln!(s, "    ]");
    let _ = writeln!(s, "  }}");
    let _ = writeln!(s, "}}");
    s
}

/// What provisioning created or found.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Provisioned {
    pub stream: String,
    pub consumers: Vec<String>,
}

/// Creates (or brings up to date) the stream and one durable pull consumer
/// per workstation, filtered on its office (`sync.<office>.>`).
pub async fn provision(
    plan: &Plan,
    urls: &[String],
    admin: &SyncConfig,
) -> Result<Provisioned, String> {
    let client = super::connect_options(admin, 0, None)
        .connect(urls.to_vec())
        .await
        .map_err(|e| format!("connect: {e}"))?;
    let js = jetstream::new(client.clone());
    let cfg = stream::Config {
        name: STREAM.into(),
        subjects: vec!["sync.>".into()],
        storage: stream::StorageType::File,
        num_replicas: plan.replicas.unwrap_or(1).max(1),
        max_age: Duration::from_secs(86_400 * u64::from(plan.max_age_days.unwrap_or(90))),
        max_bytes: plan.max_bytes(),
        max_message_size: plan.max_message_bytes(),
        // Full: refuse new messages (they stay in the outboxes), never
        // drop the oldest undelivered ones.
        discard: stream::DiscardPolicy::New,
        duplicate_window: Duration::from_secs(120),
        ..Default::default()
    };
    match js.get_stream(STREAM).await {
        Ok(_) => {
            js.update_stream(cfg)
                .await
                .map_err(|e| format!("update stream: {e}"))?;
        }
        Err(_) => {
            js.create_stream(cfg)
                .await
                .map_err(|e| format!("create stream: {e}"))?;
        }
    }
    let mut out = Provisioned {
        stream: STREAM.into(),
        consumers: Vec::new(),
    };
    for o in &plan.offices {
        for w in &o.workstations {
            let name = super::consumer_name(o.code, w);
            let c = consumer::pull::Config {
                durable_name: Some(name.clone()),
                filter_subject: format!("sync.{}.>", o.code),
                ack_policy: consumer::AckPolicy::Explicit,
                ack_wait: Duration::from_secs(30),
                max_deliver: -1,
                max_ack_pending: 20_000,
                deliver_policy: consumer::DeliverPolicy::All,
                ..Default::default()
            };
            js.create_consumer_on_stream(c, STREAM)
                .await
                .map_err(|e| format!("consumer {name}: {e}"))?;
            out.consumers.push(name);
        }
    }
    client.flush().await.map_err(|e| e.to_string())?;
    Ok(out)
}
