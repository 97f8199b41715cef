//! `sync`: the workstation's sync settings, the routes, the hub's set-up
//! and the sync status.

use super::*;

pub(super) fn sync(data_dir: Option<&Path>, c: SyncCommand) -> Result<ExitCode, ExitCode> {
    use crate::desk::types::SyncConfig;
    let write_private = |path: &Path, text: &str| -> Result<(), ExitCode> {
        let tmp = path.with_extension("tmp");
        let r = (|| -> std::io::Result<()> {
            let mut f = std::fs::File::create(&tmp)?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
            }
            std::io::Write::write_all(&mut f, text.as_bytes())?;
            f.sync_all()?;
            std::fs::rename(&tmp, path)
        })();
        r.map_err(|e| {
            fail(
                STORE_FAILED,
                t!(
                    "cli-write-failed",
                    path = path.display().to_string(),
                    error = e.to_string()
                ),
            )
        })
    };
    match c {
        SyncCommand::Provision {
            plan,
            server_config,
            credentials,
            url,
            user,
            password,
            ca,
        } => {
            let text = read_text(&plan)?;
            let plan = desk::hub::plan(&text)
                .map_err(|e| fail(BAD_INPUT, t!("cli-sync-bad-plan", error = e)))?;
            if server_config.is_none() && url.is_empty() {
                return Err(fail(BAD_INPUT, t!("cli-sync-provision-nothing")));
            }
            if let Some(conf) = server_config {
                let Some(cred_path) = credentials else {
                    return Err(fail(BAD_INPUT, t!("cli-sync-credentials-needed")));
                };
                // A cluster: one file per server, named after it
                // (hub.conf → hub-nats1.conf …).
                let (files, json) = desk::hub::server_files(&plan, &conf);
                let mut written = Vec::new();
                for (path, text) in files {
                    write_private(&path, &text)?;
                    written.push(path.display().to_string());
                }
                write_private(&cred_path, &json)?;
                println!(
                    "{}",
                    t!(
                        "cli-sync-config-written",
                        config = written.join(", "),
                        credentials = cred_path.display().to_string()
                    )
                );
            }
            if !url.is_empty() {
                let Some(password) = password else {
                    return Err(fail(BAD_INPUT, t!("cli-sync-password-needed")));
                };
                let done = desk::hub::provision_hub(&plan, &url, user, password, ca.as_deref())
                    .map_err(|e| fail(BAD_INPUT, t!("cli-sync-provision-failed", error = e)))?;
                println!(
                    "{}",
                    t!(
                        "cli-sync-provisioned",
                        stream = done.stream,
                        consumers = done.consumers.join(", "),
                        bucket = done.bucket
                    )
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        SyncCommand::Directory { plan } => {
            let text = read_text(&plan)?;
            let (mut st, who) = session(data_dir)?;
            let at = now(&st)?;
            let n = desk::hub::load_directory(&mut st, &who, &text, at)
                .map_err(|e| fail(BAD_INPUT, e))?;
            println!("{}", t!("sync-directory-loaded", count = n.to_string()));
            Ok(ExitCode::SUCCESS)
        }
        SyncCommand::Route {
            sc_office,
            police_office,
            remove,
        } => {
            if police_office.is_none() && !remove {
                return Err(fail(BAD_INPUT, t!("cli-sync-route-needs-office")));
            }
            let (mut st, who) = session(data_dir)?;
            let at = now(&st)?;
            desk::admin::set_route(&mut st, &who, sc_office, police_office, at)
                .map_err(desk_fail)?;
            println!("{}", t!("cli-sync-route-saved"));
            Ok(ExitCode::SUCCESS)
        }
        SyncCommand::Configure {
            url,
            nats_user: user,
            password,
            nkey_seed,
            cert,
            key,
            ca,
            workstation,
            number_block,
            status_secret,
            disable,
        } => {
            let cfg = SyncConfig {
                enabled: !disable,
                urls: url,
                user,
                password,
                nkey_seed,
                client_cert: cert,
                client_key: key,
                ca,
                workstation,
                number_block,
                resend_after_secs: 0,
                status_secret,
            };
            // Each problem names its setting (the URL, the workstation
            // name …) in the user's language.
            let (mut st, who) = session(data_dir)?;
            let at = now(&st)?;
            desk::admin::configure_sync(&mut st, &who, &cfg, at).map_err(desk_fail)?;
            println!("{}", t!("cli-sync-configured"));
            Ok(ExitCode::SUCCESS)
        }
        SyncCommand::Status => {
            let (st, _who) = session(data_dir)?;
            let desk::lists::SyncState {
                config: cfg,
                routes,
                counts,
                awaiting_update,
            } = desk::lists::sync_state(&st).map_err(desk_fail)?;
            let v = serde_json::json!({
                "configured": cfg.as_ref().is_some_and(|c| c.enabled),
                "workstation": cfg.as_ref().map(|c| c.workstation.clone()),
                "nats_user": cfg.as_ref().map(|c| c.user.clone()),
                "counts": counts,
                // Cases an event of which needs a newer program here.
                "awaiting_update": awaiting_update,
                "routes": routes,
                "limits": {
                    "max_message_bytes": limits::MAX_MESSAGE_BYTES,
                    "quarantine_bytes_per_office": limits::QUARANTINE_BYTES_PER_ORIGIN,
                    "quarantine_bytes_total": limits::QUARANTINE_BYTES_TOTAL,
                    "quarantine_rows": limits::QUARANTINE_ROWS,
                    "quarantine_days": limits::QUARANTINE_DAYS,
                    "pending_per_office": limits::PENDING_PER_ORIGIN,
                    "pending_bytes_per_office": limits::PENDING_BYTES_PER_ORIGIN,
                    "gap_wait_days": limits::GAP_WAIT_DAYS,
                },
            });
            println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
            Ok(ExitCode::SUCCESS)
        }
    }
}
