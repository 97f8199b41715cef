//! The sync tests' hub: `nats-server` processes (one, or a cluster's
//! three) started on loopback with the configuration `sync provision`
//! writes, and workstations' stores set up as their administrator does.

#![allow(dead_code)]

use chrono::{NaiveDate, NaiveDateTime};
use emigration_desk::domain::access::Role;
use emigration_desk::domain::case::CaseNumber;
use emigration_desk::domain::demo::sample_intake;
use emigration_desk::domain::OfficeKind;
use emigration_desk::store::{Actor, IntakeOutcome, NewUser, Office, Store};
use emigration_desk::sync::provision::{self, Credentials, Plan};
use emigration_desk::sync::{self as esync, SyncConfig};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const SC: u16 = 42;
pub const POLICE: u16 = 7;

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub fn at(day: NaiveDate) -> NaiveDateTime {
    day.and_hms_opt(10, 0, 0).unwrap()
}

pub fn actor(name: &str, role: Role) -> Actor {
    Actor {
        name: name.into(),
        user_id: None,
        role: Some(role),
    }
}

/// A nats-server process with its own directory; restartable on its port.
pub struct Nats {
    pub dir: PathBuf,
    pub conf: PathBuf,
    pub child: Option<Child>,
    pub port: u16,
    /// The port is the configuration's own (a cluster's member, whose
    /// routes name it): no `-p` on the command line.
    pub fixed: bool,
}

impl Nats {
    pub fn bin() -> String {
        std::env::var("NATS_SERVER_BIN").unwrap_or_else(|_| "nats-server".into())
    }

    pub fn start(dir: &Path, conf: &Path) -> Nats {
        let mut n = Nats {
            dir: dir.to_path_buf(),
            conf: conf.to_path_buf(),
            child: None,
            port: 0,
            fixed: false,
        };
        n.spawn();
        n
    }

    /// A server whose configuration names its ports (a cluster member).
    pub fn start_fixed(dir: &Path, conf: &Path, port: u16) -> Nats {
        let mut n = Nats {
            dir: dir.to_path_buf(),
            conf: conf.to_path_buf(),
            child: None,
            port,
            fixed: true,
        };
        n.spawn();
        n
    }

    pub fn spawn(&mut self) {
        let port = if self.port == 0 {
            "-1".to_string()
        } else {
            self.port.to_string()
        };
        let mut cmd = Command::new(Self::bin());
        cmd.arg("-c").arg(&self.conf);
        if !self.fixed {
            cmd.args(["-a", "127.0.0.1", "-p", &port]);
        }
        let child = cmd
            .arg("--ports_file_dir")
            .arg(&self.dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("nats-server is installed (apt-get install nats-server)");
        let ports = self.dir.join(format!("nats-server_{}.ports", child.id()));
        self.child = Some(child);
        let t = Instant::now();
        while !ports.exists() {
            assert!(
                t.elapsed() < Duration::from_secs(10),
                "nats-server did not start"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        std::thread::sleep(Duration::from_millis(20));
        let text = std::fs::read_to_string(&ports).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let url = v["nats"][0].as_str().unwrap();
        self.port = url.rsplit(':').next().unwrap().parse().unwrap();
    }

    pub fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }

    /// SIGTERM: a clean shutdown.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = Command::new("kill")
                .arg("-TERM")
                .arg(c.id().to_string())
                .status();
            let _ = c.wait();
        }
    }

    /// SIGKILL: a crash.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    pub fn restart(&mut self) {
        assert!(self.child.is_none());
        self.spawn();
    }
}

impl Drop for Nats {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A workstation's store set up by its administrator: office 42 is the
/// State Corporation department, any other a police office; the route 42 → 7.
pub fn set_up(path: &Path, office: u16) -> Store {
    let kind = if office == SC {
        OfficeKind::StateCorporation
    } else {
        OfficeKind::MigrationPolice
    };
    set_up_as(path, office, kind, Some((SC, POLICE)))
}

/// A workstation's store of office `office` of `kind`, with a route (a
/// department → the police office that reviews its cases) if given.
pub fn set_up_as(path: &Path, office: u16, kind: OfficeKind, route: Option<(u16, u16)>) -> Store {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut st = Store::open(path).unwrap();
    st.init(
        &Office {
            id: format!("office-{office}"),
            code: office,
            kind,
            name: format!("Office {office}"),
            name_ru: "Филиал".into(),
            number: office.to_string(),
            address: "Астана".into(),
            address_ru: "г. Астана".into(),
            phone: "+7 7172 00 00 00".into(),
        },
        &NewUser {
            login: "admin".into(),
            full_name: "Әкімші".into(),
            role: Role::Administrator,
            password: "correct horse".into(),
        },
        at(d(2026, 11, 25)),
    )
    .unwrap();
    if let Some((sc, police)) = route {
        st.set_route(
            &actor("admin", Role::Administrator),
            sc,
            Some(police),
            at(d(2026, 11, 25)),
        )
        .unwrap();
    }
    st
}

/// Commits `n` accepted intakes (2 events each) on 25 November 2026.
pub fn accept(st: &mut Store, n: usize) -> Vec<CaseNumber> {
    let on = d(2026, 11, 25);
    let clerk = actor("clerk", Role::Clerk);
    let intake = sample_intake();
    (0..n)
        .map(|_| {
            st.commit_intake(&clerk, &intake, IntakeOutcome::Accept, on, at(on))
                .unwrap()
                .summary
                .number
        })
        .collect()
}

pub fn wait_for(what: &str, secs: u64, mut f: impl FnMut() -> bool) {
    let t = Instant::now();
    while !f() {
        assert!(
            t.elapsed() < Duration::from_secs(secs),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

pub fn count(st: &Store, sql: &str) -> i64 {
    st.raw().query_row(sql, [], |r| r.get(0)).unwrap()
}

/// A port free on loopback now (the cluster's configurations name their
/// ports, so they are chosen before the servers start).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub struct Cluster {
    pub _dir: tempfile::TempDir,
    pub root: PathBuf,
    pub plan: Plan,
    /// n1, n2, n3, in the plan's order.
    pub servers: Vec<Nats>,
    pub names: Vec<String>,
    pub creds: Credentials,
    pub rt: tokio::runtime::Runtime,
}

/// A plan for `offices` (a JSON list) on a cluster of three servers on
/// loopback, with a stream limit far above the machine's free disk (the
/// server takes its limit from the plan).
pub fn cluster_plan(offices: &str, ports: &[(u16, u16)]) -> Plan {
    let servers: Vec<String> = ports
        .iter()
        .enumerate()
        .map(|(i, (p, c))| {
            format!(
                r#"{{"name": "n{}", "host": "127.0.0.1", "port": {p}, "cluster_port": {c}}}"#,
                i + 1
            )
        })
        .collect();
    Plan::parse(&format!(
        r#"{{"offices": {offices}, "max_gib": 4096, "cluster": {{"servers": [{}]}}}}"#,
        servers.join(", ")
    ))
    .unwrap()
}

impl Cluster {
    /// Writes each server's configuration as `sync provision` does, starts
    /// the three servers, and creates the stream (three replicas) and the
    /// consumers as the administrator once the cluster has a leader.
    pub fn start(offices: &str) -> Cluster {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        let ports: Vec<(u16, u16)> = (0..3).map(|_| (free_port(), free_port())).collect();
        let plan = cluster_plan(offices, &ports);
        assert_eq!(plan.replicas(), 3);
        let creds = provision::generate_credentials(&plan);
        let mut servers = Vec::new();
        let mut names = Vec::new();
        for (conf, (port, _)) in provision::server_configs(&plan, &creds)
            .into_iter()
            .zip(&ports)
        {
            let home = root.join(&conf.name);
            std::fs::create_dir_all(&home).unwrap();
            let text = conf.text.replace(
                "/var/lib/nats/jetstream",
                &home.join("js").display().to_string(),
            );
            let path = root.join(format!("{}.conf", conf.name));
            std::fs::write(&path, text).unwrap();
            servers.push(Nats::start_fixed(&home, &path, *port));
            names.push(conf.name);
        }
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let c = Cluster {
            _dir: dir,
            root,
            plan,
            servers,
            names,
            creds,
            rt,
        };
        // The cluster elects its JetStream leader within seconds of the
        // routes forming; until then the API answers "unavailable".
        let t = Instant::now();
        loop {
            match c
                .rt
                .block_on(provision::provision(&c.plan, &c.urls(), &c.admin()))
            {
                Ok(done) => {
                    let all: usize = c.plan.offices.iter().map(|o| o.workstations.len()).sum();
                    assert_eq!(done.consumers.len(), all);
                    break;
                }
                Err(e) => {
                    assert!(t.elapsed() < Duration::from_secs(30), "provision: {e}");
                    std::thread::sleep(Duration::from_millis(250));
                }
            }
        }
        c
    }

    pub fn urls(&self) -> Vec<String> {
        self.servers.iter().map(|s| s.url()).collect()
    }

    pub fn admin(&self) -> SyncConfig {
        SyncConfig {
            user: self.creds.admin_user.clone(),
            password: self.creds.admin_password.clone(),
            workstation: "admin".into(),
            ..Default::default()
        }
    }

    /// The stream's state as the servers still up report it (`None` while
    /// none answers).
    pub fn stream_info(&self) -> Option<async_nats::jetstream::stream::Info> {
        let urls: Vec<String> = self
            .servers
            .iter()
            .filter(|s| s.child.is_some())
            .map(|s| s.url())
            .collect();
        let admin = self.admin();
        self.rt.block_on(async {
            let mut stream = admin_stream(&admin, urls).await?;
            stream.info().await.ok().cloned()
        })
    }

    /// The server leading the stream now.
    pub fn stream_leader(&self) -> String {
        self.stream_info()
            .and_then(|i| i.cluster.and_then(|c| c.leader))
            .expect("the stream has a leader")
    }

    /// The server leading a consumer now.
    pub fn consumer_leader(&self, consumer: &str) -> Option<String> {
        let urls = self.urls();
        let admin = self.admin();
        self.rt.block_on(async {
            let stream = admin_stream(&admin, urls).await?;
            let mut c: async_nats::jetstream::consumer::PullConsumer =
                stream.get_consumer(consumer).await.ok()?;
            c.info().await.ok()?.cluster.clone()?.leader
        })
    }

    /// Whether both followers of the stream's leader hold every message.
    pub fn replicas_current(&self) -> bool {
        self.stream_info().and_then(|i| i.cluster).is_some_and(|c| {
            c.replicas.len() == 2 && c.replicas.iter().all(|p| p.current && !p.offline)
        })
    }

    pub fn index_of(&self, name: &str) -> usize {
        self.names.iter().position(|n| n == name).unwrap()
    }
}

/// The sync stream, reached as the hub's administrator through `urls`
/// (`None` while no server answers).
async fn admin_stream(
    admin: &SyncConfig,
    urls: Vec<String>,
) -> Option<async_nats::jetstream::stream::Stream> {
    let client = esync::connect_options(admin, 0, None)
        .connect(urls)
        .await
        .ok()?;
    async_nats::jetstream::new(client)
        .get_stream(esync::STREAM)
        .await
        .ok()
}
