//! What the sync benches share: a local nats-server on a random port,
//! a workstation's store set up by its administrator, the settings of a
//! workstation on that server, and percentiles.

#![allow(dead_code)]

use chrono::Utc;
use emigration_desk::domain::access::Role;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{NewUser, Office, Store};
use emigration_desk::sync::SyncConfig;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A nats-server with JetStream in `dir`, on a random loopback port
/// (NATS_SERVER_BIN overrides the binary): the process and its URL.
pub fn start_server(dir: &Path) -> (Child, String) {
    let bin = std::env::var("NATS_SERVER_BIN").unwrap_or_else(|_| "nats-server".into());
    let child = Command::new(bin)
        .args(["-a", "127.0.0.1", "-p", "-1", "-js", "-sd"])
        .arg(dir.join("js"))
        .arg("--ports_file_dir")
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("nats-server");
    let ports = dir.join(format!("nats-server_{}.ports", child.id()));
    let t = Instant::now();
    while !ports.exists() {
        assert!(t.elapsed() < Duration::from_secs(10));
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(20));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&ports).unwrap()).unwrap();
    (child, v["nats"][0].as_str().unwrap().to_string())
}

/// A workstation's store of office `code` of `kind`, set up by its
/// administrator.
pub fn workstation(path: &Path, code: u16, kind: OfficeKind) -> Store {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut st = Store::open(path).unwrap();
    st.init(
        &Office {
            id: format!("o{code}"),
            code,
            kind,
            name: "Есіл ауданы бойынша халыққа қызмет көрсету бөлімі".into(),
            name_ru: "Отдел Есильского района по обслуживанию населения".into(),
            number: "3".into(),
            address: "Астана қ., Қабанбай батыр даңғылы, 11/5".into(),
            address_ru: "г. Астана, пр. Кабанбай батыра, 11/5".into(),
            phone: "+7 7172 55 00 00".into(),
        },
        &NewUser {
            login: "admin".into(),
            full_name: "A".into(),
            role: Role::Administrator,
            password: "benchmark".into(),
        },
        Utc::now().naive_utc(),
    )
    .unwrap();
    st
}

/// A workstation on the bench server (which runs without accounts).
pub fn cfg(url: &str, ws: &str) -> SyncConfig {
    SyncConfig {
        enabled: true,
        urls: vec![url.to_string()],
        // The bench server runs without accounts; any user name passes.
        user: "bench".into(),
        password: "bench".into(),
        workstation: ws.into(),
        resend_after_secs: 30,
        ..Default::default()
    }
}

/// The `p`-th percentile (0–1) of `v`, sorted in place.
pub fn pct(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}
