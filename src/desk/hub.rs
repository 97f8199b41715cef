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

/// Loads the ministry's office directory from the deployment plan (its
/// codes, kinds, names and regions): the national report groups by it.
/// The ministry's administrator; audited. An office without a region
/// counts under the unknown one.
pub fn load_directory(
    st: &mut crate::store::Store,
    who: &super::Who,
    text: &str,
    now: super::Now,
) -> Result<usize, String> {
    use crate::i18n::Localize;
    who.may(crate::domain::access::Act::Administer)
        .map_err(|e| e.localize())?;
    let plan = Plan::parse(text).map_err(|e| crate::t!("sync-directory-bad", error = e))?;
    let entries: Vec<crate::store::DirectoryEntry> = plan
        .offices
        .iter()
        .map(|o| crate::store::DirectoryEntry {
            code: o.code,
            kind: o.kind.as_str().to_string(),
            region: o
                .region
                .clone()
                .unwrap_or_else(|| crate::domain::regions::UNKNOWN.to_string()),
            name: o.name.clone(),
        })
        .collect();
    let r = st.load_directory(&who.actor, &entries, now.utc);
    super::logged("directory-load", None, r.map_err(super::DeskError::from))
        .map_err(|e| e.localize())
}
