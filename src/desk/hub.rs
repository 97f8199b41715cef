//! Setting up the hub (`sync provision`): the NATS servers' configuration
//! files and their users, and the stream and consumers on a running hub —
//! from the administrator's sync plan.

use crate::sync::provision::{self, Plan};
use crate::sync::SyncConfig;
use std::path::{Path, PathBuf};

pub use crate::sync::provision::Provisioned;

/// Reads a sync plan (the JSON of docs/sync.md); the reason it is refused.
pub fn plan(text: &str) -> Result<Plan, String> {
    Plan::parse(text)
}

/// The servers' configuration files (one per server of a cluster, named
/// after `conf`), with fresh users and passwords for every office, and
/// those credentials as JSON — what `sync provision --server-config`
/// writes.
pub fn server_files(plan: &Plan, conf: &Path) -> (Vec<(PathBuf, String)>, String) {
    let creds = provision::generate_credentials(plan);
    let files = provision::server_configs(plan, &creds)
        .into_iter()
        .map(|sc| {
            (
                provision::config_path(conf, &sc.name, plan.cluster.is_some()),
                sc.text,
            )
        })
        .collect();
    (
        files,
        serde_json::to_string_pretty(&creds).unwrap_or_default(),
    )
}

/// Creates (or brings up to date) the stream and each office's consumer
/// on the running hub at `urls`, as the hub's administrator.
pub fn provision_hub(
    plan: &Plan,
    urls: &[String],
    user: String,
    password: String,
    ca: Option<&Path>,
) -> Result<Provisioned, String> {
    let admin = SyncConfig {
        user,
        password,
        ca: ca.map(|p| p.display().to_string()).unwrap_or_default(),
        workstation: "admin".into(),
        ..Default::default()
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    rt.block_on(provision::provision(plan, urls, &admin))
}
