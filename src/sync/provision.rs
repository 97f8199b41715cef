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
    /// The hub as a cluster of three (or five) servers: one configuration
    /// each, with the routes between them; the stream then has three
    /// replicas unless `replicas` says otherwise. Without it: one server.
    #[serde(default)]
    pub cluster: Option<PlanCluster>,
}

/// The hub's servers when it is a cluster.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanCluster {
    /// The cluster's name (default "emigration").
    #[serde(default = "default_cluster_name")]
    pub name: String,
    pub servers: Vec<PlanServer>,
}

fn default_cluster_name() -> String {
    "emigration".into()
}

/// One server of the cluster: its name (unique), the host the others and
/// the workstations reach it at, its client port (default 4222) and its
/// route port (default 6222).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanServer {
    pub name: String,
    pub host: String,
    #[serde(default = "default_client_port")]
    pub port: u16,
    #[serde(default = "default_route_port")]
    pub cluster_port: u16,
}

fn default_client_port() -> u16 {
    4222
}

fn default_route_port() -> u16 {
    6222
}

/// One server's configuration, as `sync provision --server-config` writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerConfig {
    /// The server's name (`server_name`).
    pub name: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanOffice {
    pub code: u16,
    #[serde(default)]
    pub name: String,
    /// The office's workstations (none at a contact centre, which has no
    /// consumers: it reads the status bucket only).
    #[serde(default)]
    pub workstations: Vec<String>,
    /// What the office is: one that holds cases (the default), or the
    /// contact centre (1414), whose user may read the status bucket and
    /// nothing else; or the ministry, whose user reads every office's
    /// events and writes none.
    #[serde(default)]
    pub kind: PlanOfficeKind,
    /// The region the office serves (`regions::REGIONS`: "almaty_city",
    /// "karaganda" …): the ministry's national report groups by it.
    #[serde(default)]
    pub region: Option<String>,
}

/// The kinds of office a plan names.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanOfficeKind {
    /// A State Corporation department or a migration police office.
    #[default]
    Office,
    /// The unified contact centre (para 15).
    ContactCentre,
    /// The ministry: a read-only replica of every office's events.
    Ministry,
}

impl PlanOfficeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PlanOfficeKind::Office => "office",
            PlanOfficeKind::ContactCentre => "contact_centre",
            PlanOfficeKind::Ministry => "ministry",
        }
    }
}

impl Plan {
    /// The stream's replicas: the plan's, else 3 on a cluster and 1 on a
    /// single server.
    pub fn replicas(&self) -> usize {
        let default = if self.cluster.is_some() { 3 } else { 1 };
        self.replicas.unwrap_or(default).clamp(1, 5)
    }

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
            if o.workstations.is_empty() && o.kind != PlanOfficeKind::ContactCentre {
                return Err(format!("office {} has no workstation", o.code));
            }
            if let Some(r) = &o.region {
                if !crate::domain::regions::is_region(r) {
                    return Err(format!(
                        "office {}: unknown region {r:?} (one of: {})",
                        o.code,
                        crate::domain::regions::REGIONS.join(", ")
                    ));
                }
            }
            if !o.workstations.is_empty() && o.kind == PlanOfficeKind::ContactCentre {
                return Err(format!(
                    "contact centre {}: no workstations (it has no consumers)",
                    o.code
                ));
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
        if let Some(c) = &plan.cluster {
            // JetStream keeps a replicated stream while a majority of its
            // servers is up: three survive the loss of one.
            if c.servers.len() < 3 {
                return Err("a cluster needs at least three servers".into());
            }
            let mut names = std::collections::BTreeSet::new();
            for srv in &c.servers {
                let ok_name = !srv.name.is_empty()
                    && srv
                        .name
                        .chars()
                        .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_');
                if !ok_name || !names.insert(srv.name.clone()) {
                    return Err(format!(
                        "server name {:?}: letters, digits, - and _, each name once",
                        srv.name
                    ));
                }
                if srv.host.is_empty() || srv.host.contains(char::is_whitespace) {
                    return Err(format!("server {}: no host", srv.name));
                }
            }
            if plan.replicas() > c.servers.len() {
                return Err(format!(
                    "{} replicas on {} servers",
                    plan.replicas(),
                    c.servers.len()
                ));
            }
        }
        Ok(plan)
    }
}

/// Generated passwords: the administrator's, one per office, and the
/// cluster's routes'.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Credentials {
    pub admin_user: String,
    pub admin_password: String,
    /// The password the cluster's servers give each other on their routes
    /// (user "route"); empty for a single server.
    #[serde(default)]
    pub route_password: String,
    /// office code → (user, password)
    pub offices: BTreeMap<u16, (String, String)>,
    /// The hub-wide secret of the status bucket's keys (hex, 32 bytes):
    /// every workstation's sync settings carry it (`status_secret`), so
    /// that an office writes and the contact centre finds a case under the
    /// same key; it never goes into the server's configuration.
    #[serde(default)]
    pub status_secret: String,
}

fn random_hex(bytes: usize) -> String {
    use argon2::password_hash::rand_core::{OsRng, RngCore};
    let mut b = vec![0u8; bytes];
    OsRng.fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn random_secret() -> String {
    random_hex(18)
}

pub fn generate_credentials(plan: &Plan) -> Credentials {
    Credentials {
        admin_user: "admin".into(),
        admin_password: random_secret(),
        route_password: if plan.cluster.is_some() {
            random_secret()
        } else {
            String::new()
        },
        offices: plan
            .offices
            .iter()
            .map(|o| {
                let user = match o.kind {
                    PlanOfficeKind::Office => format!("office_{}", o.code),
                    PlanOfficeKind::ContactCentre => format!("contact_centre_{}", o.code),
                    PlanOfficeKind::Ministry => format!("ministry_{}", o.code),
                };
                (o.code, (user, random_secret()))
            })
            .collect(),
        status_secret: random_hex(32),
    }
}

/// The status bucket's stream (a key-value bucket is a stream `KV_<name>`).
fn status_stream() -> String {
    format!("KV_{}", crate::domain::public_status::BUCKET)
}

/// The subjects an office's user may publish to: events and receipts with
/// itself as origin, the JetStream API of its own consumers only, and its
/// own cases' keys in the status bucket (`<code>.…`: written and read back
/// for the compare-and-set, and no other office's). The contact centre's
/// user: the bucket's description and a key's last value, nothing else.
/// The ministry's: its own workstations' consumers (which read every
/// office's events), and nothing to publish.
pub fn office_publish_allow(o: &PlanOffice) -> Vec<String> {
    let bucket = crate::domain::public_status::BUCKET;
    let kv = status_stream();
    let mut v = match o.kind {
        PlanOfficeKind::ContactCentre => {
            return vec![
                format!("$JS.API.STREAM.INFO.{kv}"),
                format!("$JS.API.DIRECT.GET.{kv}.$KV.{bucket}.>"),
            ];
        }
        PlanOfficeKind::Ministry => vec![],
        PlanOfficeKind::Office => vec![
            format!("sync.*.{}.>", o.code),
            format!("$KV.{bucket}.{:04}.>", o.code),
            format!("$JS.API.STREAM.INFO.{kv}"),
            format!("$JS.API.DIRECT.GET.{kv}.$KV.{bucket}.{:04}.>", o.code),
        ],
    };
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
    config_text(plan, creds, None)
}

/// Every server's configuration: one for a single server, one per server
/// of a cluster (each with its name, its ports and routes to the others).
pub fn server_configs(plan: &Plan, creds: &Credentials) -> Vec<ServerConfig> {
    match &plan.cluster {
        None => vec![ServerConfig {
            name: "emigration-desk-1".into(),
            text: config_text(plan, creds, None),
        }],
        Some(c) => c
            .servers
            .iter()
            .map(|srv| ServerConfig {
                name: srv.name.clone(),
                text: config_text(plan, creds, Some((c, srv))),
            })
            .collect(),
    }
}

/// Where a server's configuration goes: the path given for a single
/// server; for a cluster's server, the name inserted before the extension.
pub fn config_path(given: &std::path::Path, server: &str, cluster: bool) -> std::path::PathBuf {
    if !cluster {
        return given.to_path_buf();
    }
    let stem = given
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "nats".into());
    let name = match given.extension() {
        Some(ext) => format!("{stem}-{server}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{server}"),
    };
    given.with_file_name(name)
}

fn config_text(
    plan: &Plan,
    creds: &Credentials,
    member: Option<(&PlanCluster, &PlanServer)>,
) -> String {
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
    let port = member.map(|(_, srv)| srv.port).unwrap_or(4222);
    let _ = writeln!(s, "listen: 0.0.0.0:{port}");
    // The largest message a client may publish: the stream's limit plus
    // room for the headers.
    let _ = writeln!(s, "max_payload: {}", plan.max_message_bytes() + 4096);
    let name = member
        .map(|(_, srv)| srv.name.clone())
        .unwrap_or_else(|| "emigration-desk-1".into());
    let _ = writeln!(s, "server_name: {}", q(&name));
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
    match member {
        None => {
            let _ = writeln!(
                s,
                "# A cluster: give the plan a \"cluster\" with its servers (docs/sync.md)."
            );
        }
        Some((c, me)) => {
            // The routes to the other servers, authenticated with the
            // cluster's own user; every server lists all the others.
            let _ = writeln!(s, "cluster {{");
            let _ = writeln!(s, "  name: {}", q(&c.name));
            let _ = writeln!(s, "  listen: 0.0.0.0:{}", me.cluster_port);
            let _ = writeln!(
                s,
                "  authorization {{ user: route, password: {} }}",
                q(&creds.route_password)
            );
            let _ = writeln!(s, "  routes: [");
            for other in c.servers.iter().filter(|o| o.name != me.name) {
                let _ = writeln!(
                    s,
                    "    {}",
                    q(&format!(
                        "nats-route://route:{}@{}:{}",
                        creds.route_password, other.host, other.cluster_port
                    ))
                );
            }
            let _ = writeln!(s, "  ]");
            let _ = writeln!(s, "}}");
        }
    }
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
        let what = match o.kind {
            PlanOfficeKind::Office => "office",
            PlanOfficeKind::ContactCentre => "contact centre (reads the status bucket only)",
            PlanOfficeKind::Ministry => "ministry (reads every office's events, writes none)",
        };
        let _ = writeln!(s, "      # {what} {} {}", o.code, o.name.replace('\n', " "));
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
    /// The contact centre's status bucket.
    pub bucket: String,
}

/// Past values the status bucket keeps of each key (the current one and
/// four before it).
pub const STATUS_HISTORY: i64 = 5;

/// Messages the stream keeps on one subject (one case, one kind of event,
/// one origin and destination, resends included).
pub const MAX_MESSAGES_PER_SUBJECT: i64 = 256;

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
        num_replicas: plan.replicas(),
        max_age: Duration::from_secs(86_400 * u64::from(plan.max_age_days.unwrap_or(90))),
        max_bytes: plan.max_bytes(),
        max_message_size: plan.max_message_bytes(),
        // One subject is one case's events of one kind between two
        // offices: a real case has a few. Past the limit the hub refuses
        // new ones on that subject (the old ones stay), so no office can
        // pile one case's subject full.
        max_messages_per_subject: MAX_MESSAGES_PER_SUBJECT,
        discard_new_per_subject: true,
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
    // The contact centre's status bucket, replicated like the stream: a
    // key-value bucket is a stream `KV_<name>` of this shape (written here
    // rather than by async-nats' `create_key_value`, whose account query
    // the 2.9 servers answer in a form it does not read).
    let bucket = crate::domain::public_status::BUCKET;
    let kv_cfg = stream::Config {
        name: status_stream(),
        description: Some(
            "emigration-desk: each case's status for the contact centre (para 15)".into(),
        ),
        subjects: vec![format!("$KV.{bucket}.>")],
        max_messages_per_subject: STATUS_HISTORY,
        max_message_size: crate::domain::public_status::MAX_RECORD_BYTES as i32,
        storage: stream::StorageType::File,
        num_replicas: plan.replicas(),
        allow_rollup: true,
        deny_delete: true,
        deny_purge: false,
        allow_direct: true,
        discard: stream::DiscardPolicy::New,
        ..Default::default()
    };
    match js.get_stream(status_stream()).await {
        Ok(_) => {
            js.update_stream(kv_cfg)
                .await
                .map_err(|e| format!("update status bucket: {e}"))?;
        }
        Err(_) => {
            js.create_stream(kv_cfg)
                .await
                .map_err(|e| format!("create status bucket: {e}"))?;
        }
    }
    let mut out = Provisioned {
        stream: STREAM.into(),
        consumers: Vec::new(),
        bucket: crate::domain::public_status::BUCKET.into(),
    };
    // One durable consumer per workstation. On a cluster each is a RAFT
    // group of its own whose creation waits for a round trip between the
    // servers: created 32 at a time, a thousand workstations take seconds,
    // not minutes.
    use futures_util::StreamExt;
    // The ministry's read every office's events (`sync.>`): each event
    // once per office it goes to, of which the ministry keeps the copy
    // its origin addressed to itself.
    let wanted: Vec<(u16, String, String)> = plan
        .offices
        .iter()
        .filter(|o| o.kind != PlanOfficeKind::ContactCentre)
        .flat_map(|o| {
            let filter = match o.kind {
                PlanOfficeKind::Ministry => "sync.>".to_string(),
                _ => format!("sync.{}.>", o.code),
            };
            o.workstations
                .iter()
                .map(move |w| (o.code, w.clone(), filter.clone()))
        })
        .collect();
    let js = &js;
    let created: Vec<Result<String, String>> = futures_util::stream::iter(wanted)
        .map(|(code, w, filter)| async move {
            let name = super::consumer_name(code, &w);
            let c = consumer::pull::Config {
                durable_name: Some(name.clone()),
                filter_subject: filter,
                ack_policy: consumer::AckPolicy::Explicit,
                ack_wait: Duration::from_secs(30),
                max_deliver: -1,
                max_ack_pending: 20_000,
                deliver_policy: consumer::DeliverPolicy::All,
                ..Default::default()
            };
            js.create_consumer_on_stream(c, STREAM)
                .await
                .map(|_| name.clone())
                .map_err(|e| format!("consumer {name}: {e}"))
        })
        .buffered(32)
        .collect()
        .await;
    for r in created {
        out.consumers.push(r?);
    }
    client.flush().await.map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cluster_plan() -> Plan {
        Plan::parse(
            r#"{"offices": [{"code": 42, "workstations": ["a"]}],
                "cluster": {"servers": [
                    {"name": "nats1", "host": "10.0.0.1"},
                    {"name": "nats2", "host": "10.0.0.2"},
                    {"name": "nats3", "host": "10.0.0.3", "port": 4333, "cluster_port": 6333}
                ]}}"#,
        )
        .unwrap()
    }

    #[test]
    fn a_cluster_gets_one_configuration_per_server_with_routes_to_the_others() {
        let plan = cluster_plan();
        assert_eq!(plan.replicas(), 3);
        let creds = generate_credentials(&plan);
        assert!(!creds.route_password.is_empty());
        let confs = server_configs(&plan, &creds);
        assert_eq!(confs.len(), 3);
        let third = &confs[2];
        assert_eq!(third.name, "nats3");
        assert!(third.text.contains("server_name: \"nats3\""));
        assert!(third.text.contains("listen: 0.0.0.0:4333"));
        assert!(third.text.contains("listen: 0.0.0.0:6333"));
        let route = |host: &str, port: u16| {
            format!("nats-route://route:{}@{host}:{port}", creds.route_password)
        };
        assert!(third.text.contains(&route("10.0.0.1", 6222)));
        assert!(third.text.contains(&route("10.0.0.2", 6222)));
        assert!(
            !third.text.contains(&route("10.0.0.3", 6333)),
            "no route to itself"
        );
        assert!(confs[0].text.contains(&route("10.0.0.3", 6333)));
        // Every server has the same accounts.
        for c in &confs {
            assert!(c.text.contains("office_42"));
        }
        // A single server: one configuration, no cluster, one replica.
        let single = Plan::parse(r#"{"offices": [{"code": 42, "workstations": ["a"]}]}"#).unwrap();
        let one = server_configs(&single, &generate_credentials(&single));
        assert_eq!(one.len(), 1);
        assert!(!one[0].text.contains("cluster {"));
        assert_eq!(single.replicas(), 1);
    }

    #[test]
    fn a_cluster_plan_is_checked() {
        let bad = |servers: &str, extra: &str| {
            Plan::parse(&format!(
                r#"{{"offices": [{{"code": 42, "workstations": ["a"]}}]{extra},
                    "cluster": {{"servers": [{servers}]}}}}"#
            ))
        };
        let two = r#"{"name": "a", "host": "h1"}, {"name": "b", "host": "h2"}"#;
        assert!(bad(two, "").is_err(), "two servers cannot keep a quorum");
        let same = r#"{"name": "a", "host": "h1"}, {"name": "a", "host": "h2"}, {"name": "c", "host": "h3"}"#;
        assert!(bad(same, "").is_err(), "a name twice");
        let three = r#"{"name": "a", "host": "h1"}, {"name": "b", "host": "h2"}, {"name": "c", "host": "h3"}"#;
        assert!(bad(three, "").is_ok());
        assert!(
            bad(three, r#", "replicas": 5"#).is_err(),
            "more replicas than servers"
        );
    }

    #[test]
    fn each_server_of_a_cluster_has_its_own_file() {
        let given = std::path::Path::new("/etc/nats/hub.conf");
        assert_eq!(config_path(given, "nats1", false), given);
        assert_eq!(
            config_path(given, "nats2", true),
            std::path::Path::new("/etc/nats/hub-nats2.conf")
        );
    }
}
