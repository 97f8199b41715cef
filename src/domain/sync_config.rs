//! A workstation's sync settings, as the administrator edits them and the
//! store keeps them, with the rules each field must meet.

use serde::{Deserialize, Serialize};

/// Connection settings of this workstation, kept in the store and edited
/// by the administrator.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SyncConfig {
    /// Sync runs only when on (the settings may be kept while it is off).
    pub enabled: bool,
    /// Server URLs, e.g. `tls://nats1.example.kz:4222`.
    pub urls: Vec<String>,
    pub user: String,
    pub password: String,
    /// An nkey seed (`SU…`) instead of user and password.
    pub nkey_seed: String,
    /// Client certificate and key (PEM files) for mutual TLS.
    pub client_cert: String,
    pub client_key: String,
    /// The CA that signed the servers' certificates (PEM file).
    pub ca: String,
    /// This workstation's sync name: lower-case letters and digits; its
    /// consumer is `ws_<office>_<name>`.
    pub workstation: String,
    /// This workstation's block of case numbers (0–9), different at each
    /// counter of an office.
    pub number_block: u8,
    /// Seconds before an event without a receipt is sent again (doubling
    /// per resend, capped at 64×).
    pub resend_after_secs: u32,
    /// The hub-wide secret of the contact centre's status records (hex,
    /// from `sync provision`'s credentials): an office publishes its
    /// cases' status under keys made with it, the contact centre finds
    /// them with it. Empty: this office publishes no status.
    pub status_secret: String,
}

/// The durable consumer of a workstation: `ws_<office>_<name>`.
pub fn consumer_name(office: u16, workstation: &str) -> String {
    format!("ws_{office}_{workstation}")
}

/// A workstation's sync name: 1–16 lower-case Latin letters or digits (it
/// becomes part of a consumer name and of the server's permissions).
pub fn valid_workstation(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 16
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// A setting the administrator must correct, by field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigProblem {
    NoUrl,
    BadUrl,
    BadWorkstation,
    BadBlock,
    NoCredentials,
    HalfCertificate,
    MissingFile,
    BadNkey,
    BadStatusSecret,
}

impl ConfigProblem {
    pub fn key(self) -> &'static str {
        match self {
            ConfigProblem::NoUrl => "sync-problem-no-url",
            ConfigProblem::BadUrl => "sync-problem-bad-url",
            ConfigProblem::BadWorkstation => "sync-problem-workstation",
            ConfigProblem::BadBlock => "sync-problem-block",
            ConfigProblem::NoCredentials => "sync-problem-credentials",
            ConfigProblem::HalfCertificate => "sync-problem-half-certificate",
            ConfigProblem::MissingFile => "sync-problem-missing-file",
            ConfigProblem::BadNkey => "sync-problem-nkey",
            ConfigProblem::BadStatusSecret => "sync-problem-status-secret",
        }
    }
}

impl SyncConfig {
    /// The hub-wide status secret's bytes, if one is set and valid.
    pub fn status_key(&self) -> Option<Vec<u8>> {
        super::public_status::parse_secret(&self.status_secret)
    }

    pub fn consumer(&self, office: u16) -> String {
        consumer_name(office, &self.workstation)
    }

    pub fn resend_after(&self) -> i64 {
        if self.resend_after_secs == 0 {
            30
        } else {
            i64::from(self.resend_after_secs)
        }
    }

    /// Each field's problem, if any (field name, problem).
    pub fn problems(&self) -> Vec<(&'static str, ConfigProblem)> {
        let mut p = Vec::new();
        if !self.enabled {
            return p;
        }
        if self.urls.is_empty() {
            p.push(("urls", ConfigProblem::NoUrl));
        }
        for u in &self.urls {
            let ok = ["nats://", "tls://"]
                .iter()
                .any(|s| u.starts_with(s) && u.len() > s.len() && !u.contains(' '));
            if !ok {
                p.push(("urls", ConfigProblem::BadUrl));
                break;
            }
        }
        if !valid_workstation(&self.workstation) {
            p.push(("workstation", ConfigProblem::BadWorkstation));
        }
        if self.number_block > 9 {
            p.push(("number_block", ConfigProblem::BadBlock));
        }
        let has_user = !self.user.is_empty() && !self.password.is_empty();
        let has_nkey = !self.nkey_seed.is_empty();
        let has_cert = !self.client_cert.is_empty() || !self.client_key.is_empty();
        if has_nkey && !self.nkey_seed.starts_with("SU") {
            p.push(("nkey_seed", ConfigProblem::BadNkey));
        }
        if self.client_cert.is_empty() != self.client_key.is_empty() {
            p.push(("client_cert", ConfigProblem::HalfCertificate));
        }
        if !has_user && !has_nkey && !has_cert {
            p.push(("user", ConfigProblem::NoCredentials));
        }
        if !self.status_secret.is_empty()
            && super::public_status::parse_secret(&self.status_secret).is_none()
        {
            p.push(("status_secret", ConfigProblem::BadStatusSecret));
        }
        for (field, path) in [
            ("client_cert", &self.client_cert),
            ("client_key", &self.client_key),
            ("ca", &self.ca),
        ] {
            if !path.is_empty() && !std::path::Path::new(path).is_file() {
                p.push((field, ConfigProblem::MissingFile));
            }
        }
        p
    }

    /// For the audit log: everything but the secrets.
    pub fn redacted(&self) -> String {
        format!(
            "enabled={} urls={} user={} password={} nkey={} cert={} ca={} workstation={} block={} status_secret={}",
            self.enabled,
            self.urls.join(","),
            self.user,
            if self.password.is_empty() { "" } else { "***" },
            if self.nkey_seed.is_empty() { "" } else { "***" },
            self.client_cert,
            self.ca,
            self.workstation,
            self.number_block,
            if self.status_secret.is_empty() { "" } else { "***" }
        )
    }
}
