//! The wizard's work against the store, through the desk.

use super::*;

pub fn run(st: &mut Store, _office: Option<&Office>, user: &User, e: Effect, now: Now) -> Msg {
    let login = user.login.clone();
    match e {
        Effect::Load => Msg::Loaded((|| {
            let rules = desk::lists::rules(st).map_err(|e| e.localize())?;
            let draft = session::load_draft(st, &login).map_err(|e| e.localize())?;
            Ok((rules, draft))
        })()),
        Effect::OpenFile(p) => Msg::Delivered(
            desk::workstation::deliver(&p, desk::types::Delivery::Open)
                .map_err(|e| t!("cli-deliver-failed", error = e.to_string())),
        ),
        Effect::Save {
            draft_id,
            generation,
            intake,
            raw,
        } => Msg::Saved(
            session::save_draft(st, &login, &draft_id, generation, &intake, &raw, now)
                .map_err(|e| e.localize()),
        ),
        Effect::Lookup(whom, iin) => {
            let who = Who::user(user);
            let Ok(iin) = Iin::parse(&iin) else {
                return Msg::Known(whom, Ok(None));
            };
            Msg::Known(
                whom,
                desk::registry::known_person(st, &who, &iin, now)
                    .map(|p| p.map(Box::new))
                    .map_err(|e| e.localize()),
            )
        }
        Effect::Commit {
            draft_id,
            intake,
            accept,
            second_case,
            reason,
        } => {
            let who = Who::user(user);
            let outcome = if accept {
                IntakeOutcome::Accept
            } else {
                IntakeOutcome::RefuseIncomplete
            };
            // The receipt goes to the window's spool (emptied at sign-out
            // and at start); the visit served ends with the intake.
            match desk::counter::commit_at_counter(
                st,
                &who,
                user,
                now,
                &draft_id,
                &intake,
                outcome,
                second_case,
                reason.as_deref(),
            ) {
                Ok(done) => {
                    let number = done.view.record.summary.number;
                    let receipt = done
                        .receipt
                        .map(|r| r.map(|p| p.path).map_err(|e| e.localize()));
                    let state = &done.view.record.state;
                    let missing = state
                        .missing_at_intake
                        .iter()
                        .map(|item| {
                            let who = item.subject_name.trim();
                            if who.is_empty() {
                                item.requirement.localize()
                            } else {
                                format!("{} — {who}", item.requirement.localize())
                            }
                        })
                        .collect();
                    Msg::Committed(Ok(Done {
                        number,
                        status: done.view.record.summary.status,
                        receipt,
                        come_back: state.come_back_on,
                        missing,
                    }))
                }
                Err(e) if e.open_case().is_some() => Msg::OpenCase(e.localize()),
                Err(e) => Msg::Committed(Err(e.localize())),
            }
        }
    }
}

/// The 1-based number of row `n`, as Fluent wants it.
pub(super) fn ordinal(n: usize) -> u64 {
    n as u64 + 1
}
