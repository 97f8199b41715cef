//! `case` and `print`: intakes imported, cases shown and found, steps
//! recorded, forms printed.

use super::*;
use crate::domain::case::Verdict;

pub(super) fn case(data_dir: Option<&Path>, c: CaseCommand) -> Result<ExitCode, ExitCode> {
    match c {
        CaseCommand::Import {
            file,
            accept,
            refuse,
            draft_id,
            second_case,
            receipt: receipt_to,
        } => {
            let intake: Intake = read_json(&file)?;
            let (mut st, who) = session(data_dir)?;
            let now = now(&st)?;
            let outcome = match (accept, refuse) {
                (true, _) => IntakeOutcome::Accept,
                (_, true) => IntakeOutcome::RefuseIncomplete,
                _ => IntakeOutcome::Open,
            };
            let done = match desk::commit_intake(
                &mut st,
                &who,
                now,
                draft_id.as_deref(),
                &intake,
                outcome,
                second_case,
                receipt_to.as_deref(),
            ) {
                Ok(done) => done,
                // The same idempotency key again (a retry after a lost
                // answer): nothing more to store, and that is success —
                // but a receipt a crash lost after the commit is issued
                // now.
                Err(e) if e.already_committed().is_some() => {
                    let number = e.already_committed().unwrap_or_default().to_string();
                    println!(
                        "{}",
                        t!("cli-case-already-imported", number = number.as_str())
                    );
                    let n = parse_number(&number)?;
                    match desk::receipt_owed(&mut st, &who, now, &n, receipt_to.as_deref()) {
                        Ok(Some(p)) => receipt_line(&n, &p, receipt_to.is_none()),
                        Ok(None) => {}
                        Err(e) => {
                            return Err(fail(
                                STORE_FAILED,
                                t!("cli-receipt-failed", error = e.localize()),
                            ))
                        }
                    }
                    return Ok(ExitCode::SUCCESS);
                }
                Err(e) => return Err(desk_fail(e)),
            };
            let rec = &done.view.record;
            println!(
                "{}",
                t!(
                    "cli-case-imported",
                    number = rec.summary.number.to_string(),
                    status = rec.summary.status.localize()
                )
            );
            // A refusal names what is missing, receipt or none (a police
            // office prints no Annex 5).
            for item in &rec.state.missing_at_intake {
                println!(
                    "  {}",
                    crate::i18n::checklist_line(
                        item,
                        &subject_name(rec, item.subject, &item.subject_name)
                    )
                );
            }
            match done.receipt {
                Some(Ok(p)) => receipt_line(&rec.summary.number, &p, receipt_to.is_none()),
                // The case is stored: the receipt prints again with `print`.
                Some(Err(e)) => {
                    return Err(fail(
                        STORE_FAILED,
                        t!("cli-receipt-failed", error = e.localize()),
                    ))
                }
                None => {}
            }
            Ok(ExitCode::SUCCESS)
        }
        CaseCommand::Show { number, json } => {
            let number = parse_number(&number)?;
            let (mut st, who) = session(data_dir)?;
            let now = now(&st)?;
            let today = now.today;
            let rec = st
                .view_case(&who.actor, &number, today, now.utc)
                .map_err(store_fail)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&case_json(&rec, &mut st, today))
                        .unwrap_or_default()
                );
            } else {
                print_case(&rec, &mut st, today);
            }
            Ok(ExitCode::SUCCESS)
        }
        CaseCommand::Status { number, iin, lang } => {
            let lang: DocLang = lang
                .parse()
                .map_err(|_| fail(BAD_INPUT, t!("cli-bad-doc-lang", lang = lang.as_str())))?;
            // Each field's own message, before anything is looked up.
            if let Err((n, i)) = desk::contact_centre::read_fields(&number, &iin) {
                return Err(fail(
                    BAD_INPUT,
                    n.into_iter().chain(i).collect::<Vec<_>>().join("\n"),
                ));
            }
            let (mut st, who) = session(data_dir)?;
            let at = now(&st)?;
            match desk::contact_centre::look_up(&mut st, &who, &number, &iin, lang, at.utc)
                .map_err(desk_fail)?
            {
                desk::contact_centre::Lookup::Found(lines) => {
                    for l in lines {
                        println!("{l}");
                    }
                    Ok(ExitCode::SUCCESS)
                }
                desk::contact_centre::Lookup::NotFound(line) => {
                    println!("{line}");
                    Ok(ExitCode::from(NOT_FOUND))
                }
                desk::contact_centre::Lookup::Slowed(seconds) => Err(fail(
                    BAD_INPUT,
                    t!("cc-slowed", seconds = seconds.to_string()),
                )),
            }
        }
        CaseCommand::Find { query, json } => {
            let (st, who) = session(data_dir)?;
            let at = now(&st)?;
            // Audited: who searched, for what, how many were found.
            let page = st
                .search_audited(&who.actor, &query, 0, 50, at.utc)
                .map_err(store_fail)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&page.rows).unwrap_or_default()
                );
            } else if page.rows.is_empty() {
                println!("{}", t!("cli-no-cases"));
            } else {
                for r in &page.rows {
                    println!(
                        "{}  {}  {}  {}",
                        r.number,
                        r.iin,
                        r.full_name,
                        r.status.localize()
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        CaseCommand::Actions { number, json } => {
            let number = parse_number(&number)?;
            let (mut st, who) = session(data_dir)?;
            let now = now(&st)?;
            let view = desk::open_case(&mut st, &who, now, &number).map_err(desk_fail)?;
            print_actions(&view, json);
            Ok(ExitCode::SUCCESS)
        }
        step_command => {
            let (number, step) = step_of(step_command)?;
            let (mut st, who) = session(data_dir)?;
            let now = now(&st)?;
            let view = desk::record(&mut st, &who, now, &number, step).map_err(desk_fail)?;
            let last = view
                .record
                .events
                .last()
                .map(|e| e.kind.localize())
                .unwrap_or_default();
            println!(
                "{}",
                t!(
                    "cli-recorded",
                    number = number.to_string(),
                    what = last,
                    status = view.record.summary.status.localize()
                )
            );
            print_actions(&view, false);
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The case and the step a case-life command asks for.
pub(super) fn step_of(c: CaseCommand) -> Result<(CaseNumber, Step), ExitCode> {
    let (number, step) = match c {
        CaseCommand::Conclude {
            number,
            body,
            negative,
            reference,
            not_asked,
        } => (
            number,
            Step::Conclusion {
                body,
                // Positive unless said otherwise (the window's rule too).
                verdict: match (not_asked, negative) {
                    (Some(why), _) => Verdict::NotAsked(why),
                    (None, true) => Verdict::Negative,
                    (None, false) => Verdict::default(),
                },
                reference,
            },
        ),
        CaseCommand::Approve { number } => (number, Step::Approve),
        CaseCommand::Refuse { number, grounds } => {
            let mut out = Vec::new();
            for g in grounds {
                let (n, until) = g.split_once('=').unwrap_or((g.as_str(), ""));
                let ground = n
                    .trim()
                    .parse::<u8>()
                    .map_err(|_| fail(BAD_INPUT, t!("cli-bad-ground", ground = g.as_str())))?;
                out.push(RefusalGround {
                    ground,
                    until: until.trim().to_string(),
                });
            }
            (number, Step::Refuse { grounds: out })
        }
        CaseCommand::Military {
            number,
            issuer,
            certificate,
        } => (
            number,
            Step::MilitaryCertificate {
                issuer,
                number: certificate,
            },
        ),
        CaseCommand::NotLiable { number } => (number, Step::NotLiable),
        CaseCommand::Deregistered { number } => (number, Step::Deregistered),
        CaseCommand::Decide { number } => (number, Step::Decide),
        CaseCommand::HandOver {
            number,
            representative,
            power_of_attorney,
            notary,
            notarised_on,
        } => {
            let to = match representative {
                None => Recipient::Applicant,
                Some(full_name) => Recipient::Representative {
                    full_name,
                    power_of_attorney: power_of_attorney.unwrap_or_default(),
                    notary: notary.unwrap_or_default(),
                    notarised_on: parse_date_arg(&notarised_on.unwrap_or_default())?,
                },
            };
            (number, Step::HandOver(to))
        }
        CaseCommand::Transfer { number } => (number, Step::Transfer),
        CaseCommand::Answer {
            number,
            person,
            registered,
            details,
            reference,
            subject,
        } => (
            number,
            Step::RegistrationAnswer {
                person,
                registered,
                details,
                reference,
                subject: subject.as_deref().map(parse_subject).transpose()?,
            },
        ),
        CaseCommand::Present {
            number,
            subject,
            court_decision,
        } => {
            let subject = parse_subject(&subject)?;
            let requirement = crate::domain::case::reinstated(subject)
                .ok_or_else(|| fail(BAD_INPUT, t!("cli-bad-subject", subject = "")))?;
            let via = if court_decision {
                crate::domain::documents::Via::Alternative
            } else {
                crate::domain::documents::Via::Paper
            };
            (
                number,
                Step::Present {
                    requirement,
                    subject,
                    via,
                },
            )
        }
        CaseCommand::Correct {
            number,
            entry,
            note,
        } => (
            number,
            Step::Correct {
                entry: desk::Entry::Seq(entry),
                note,
            },
        ),
        CaseCommand::Import { .. }
        | CaseCommand::Show { .. }
        | CaseCommand::Status { .. }
        | CaseCommand::Find { .. }
        | CaseCommand::Actions { .. } => return Err(fail(BAD_INPUT, t!("cli-nothing"))),
    };
    Ok((parse_number(&number)?, step))
}

/// What may be done next and which forms print, after a command.
pub(super) fn print_actions(view: &desk::CaseView, json: bool) {
    let actions: Vec<&str> = view.actions.iter().map(|a| a.name()).collect();
    let forms: Vec<&str> = view.forms.iter().map(|a| a.code()).collect();
    if json {
        let detail: Vec<serde_json::Value> = view
            .actions
            .iter()
            .map(|a| match a {
                desk_action::Approve { valid_until } => {
                    serde_json::json!({"action": a.name(), "valid_until": valid_until})
                }
                desk_action::Refuse { grounds, lapsed } => serde_json::json!({
                    "action": a.name(),
                    "grounds": grounds.iter().map(|g| serde_json::json!({"ground": g.ground, "needs_until": g.needs_until})).collect::<Vec<_>>(),
                    "direction_lapsed_on": lapsed,
                }),
                desk_action::Transfer { storage_ended } => {
                    serde_json::json!({"action": a.name(), "storage_ended": storage_ended})
                }
                desk_action::RecordRegistrationAnswer { people } => serde_json::json!({
                    "action": a.name(),
                    "people": people.iter().map(subject_arg).collect::<Vec<_>>(),
                }),
                desk_action::Present { items } => serde_json::json!({
                    "action": a.name(),
                    "items": items.iter().map(|(r, s)| serde_json::json!({
                        "requirement": r.as_str(),
                        "subject": subject_arg(s),
                    })).collect::<Vec<_>>(),
                }),
                _ => serde_json::json!({"action": a.name()}),
            })
            .collect();
        let v = serde_json::json!({
            "number": view.record.summary.number,
            "status": view.record.summary.status,
            "actions": detail,
            "forms": forms,
        });
        println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
        return;
    }
    let none = t!("cli-nothing");
    println!(
        "{}",
        t!(
            "cli-next-actions",
            actions = if actions.is_empty() {
                none.clone()
            } else {
                actions.join(", ")
            }
        )
    );
    println!(
        "{}",
        t!(
            "cli-printable-forms",
            forms = if forms.is_empty() {
                none
            } else {
                forms.join(", ")
            }
        )
    );
}

use crate::domain::rulebook::Action as desk_action;

pub(super) fn subject_name(rec: &CaseRecord, s: Subject, fallback: &str) -> String {
    match s {
        Subject::Child(i) => rec
            .state
            .intake
            .children
            .get(i)
            .map(|c| c.full_name())
            .unwrap_or_default(),
        _ => fallback.to_string(),
    }
}

/// The fee in force and the day it is taken for.
pub(super) fn fee_facts(
    rec: &CaseRecord,
    st: &mut Store,
    today: NaiveDate,
) -> (Option<u64>, NaiveDate) {
    let day = crate::domain::checklist::fee_day(&rec.state.intake, today);
    let fee = desk::lists::rules(st).ok().and_then(|r| {
        let p = r.profile_of_case(&rec.profile_id, rec.state.opened_on)?;
        r.mci.fee(&p.fee, day)
    });
    (fee, day)
}

/// The JSON of `case show --json` (documented in docs/intake-json.md).
pub(super) fn case_json(rec: &CaseRecord, st: &mut Store, today: NaiveDate) -> serde_json::Value {
    let (fee, fee_day) = fee_facts(rec, st, today);
    let items: Vec<serde_json::Value> = rec
        .checklist
        .items
        .iter()
        .map(|i| {
            serde_json::json!({
                "requirement": i.requirement,
                "paragraph": i.paragraph,
                "subject": i.subject,
                "subject_name": subject_name(rec, i.subject, &i.subject_name),
                "status": i.status,
                "info_system_eligible": i.info_system_eligible,
                "alternative_allowed": i.alternative_allowed,
                "required_by_answer": i.required_by_answer,
            })
        })
        .collect();
    let missing: Vec<&serde_json::Value> = items
        .iter()
        .filter(|v| v["status"] == serde_json::json!(ItemStatus::Missing))
        .collect();
    serde_json::json!({
        "number": rec.summary.number,
        "status": rec.summary.status,
        "profile": rec.profile_id,
        "office_kind": rec.state.office_kind,
        "applicant": {
            "full_name": rec.summary.full_name,
            "iin": rec.summary.iin,
        },
        "document_language": rec.state.intake.lang,
        "opened_on": rec.state.opened_on,
        "accepted_on": rec.state.accepted_on,
        "come_back_on": rec.state.come_back_on,
        "checklist": {
            "complete": rec.checklist.is_complete(),
            "items": items,
            "missing": missing,
        },
        "fee": {
            "tenge": fee,
            "on": fee_day,
            "paid": rec.state.intake.fee,
            "short": rec.checklist.fee_short,
            "unknown_mci": rec.checklist.fee_unknown,
        },
        "deadlines": rec.deadlines.iter().map(|d| serde_json::json!({
            "kind": d.kind,
            "due": d.due,
            "done_on": d.done_on,
            "overdue": d.is_overdue(today),
            "moved_from": d.moved_from,
            "moved_because": d.moved_because,
            "moved_note": crate::i18n::moved_note(d),
        })).collect::<Vec<_>>(),
        "next_due": rec.summary.next_due,
        "events": rec.events.iter().map(|e| serde_json::json!({
            "seq": e.seq,
            "type": e.kind.name(),
            "recorded_at": e.recorded_at,
            "actor": e.actor,
            "office": e.office,
        })).collect::<Vec<_>>(),
    })
}

pub(super) fn print_case(rec: &CaseRecord, st: &mut Store, today: NaiveDate) {
    println!(
        "{}",
        t!(
            "cli-case-header",
            number = rec.summary.number.to_string(),
            status = rec.summary.status.localize()
        )
    );
    println!(
        "{}",
        t!(
            "cli-applicant",
            name = rec.summary.full_name.as_str(),
            iin = rec.summary.iin.as_str()
        )
    );
    println!("{}", t!("cli-opened", date = date(rec.state.opened_on)));
    if let (Some(a), Some(b)) = (rec.state.accepted_on, rec.state.come_back_on) {
        println!("{}", t!("cli-accepted", date = date(a), back = date(b)));
    }
    let state = if rec.checklist.is_complete() {
        t!("cli-checklist-complete")
    } else {
        t!("cli-checklist-incomplete")
    };
    println!("{}", t!("cli-checklist", state = state));
    for i in &rec.checklist.items {
        println!(
            "  {}",
            crate::i18n::checklist_line(i, &subject_name(rec, i.subject, &i.subject_name))
        );
    }
    let (fee, day) = fee_facts(rec, st, today);
    match fee {
        Some(tenge) => println!("{}", t!("cli-fee", tenge = tenge, date = date(day))),
        None => println!("{}", t!("cli-fee-unknown", date = date(day))),
    }
    if rec.checklist.fee_unknown {
        println!("{}", t!("fee-no-mci", date = date(day)));
    }
    if rec.checklist.fee_short {
        println!("{}", t!("cli-fee-short"));
    }
    if !rec.deadlines.is_empty() {
        println!("{}", t!("cli-deadlines"));
        for d in &rec.deadlines {
            let mut done = d
                .done_on
                .map(|x| format!(" {}", t!("cli-deadline-done", date = date(x))))
                .unwrap_or_default();
            if d.is_overdue(today) {
                done.push_str(&format!(" {}", t!("cli-overdue")));
            }
            if let Some(note) = crate::i18n::moved_note(d) {
                done.push_str(&format!(" — {note}"));
            }
            println!(
                "  {}",
                t!(
                    "cli-deadline",
                    what = d.kind.localize(),
                    due = date(d.due),
                    done = done
                )
            );
        }
    }
}

/// Says where an intake's receipt went. One written to the spool (no
/// `--receipt` given) is removed at once: the command line leaves no
/// readable receipt behind that nothing would ever remove; it is recorded
/// as issued and `print` writes it again.
pub(super) fn receipt_line(number: &CaseNumber, p: &desk::Printed, spooled: bool) {
    if !spooled {
        println!("{}", printed_line(number, p));
        return;
    }
    let _ = std::fs::remove_file(&p.path);
    println!(
        "{}",
        t!(
            "cli-receipt-recorded",
            annex = p.annex.code(),
            number = number.to_string()
        )
    );
}

pub(super) fn printed_line(number: &CaseNumber, p: &desk::Printed) -> String {
    t!(
        "cli-printed",
        annex = p.annex.code(),
        number = number.to_string(),
        path = p.path.display().to_string(),
        kb = p.bytes.div_ceil(1024),
        copies = p.copies
    )
}

pub(super) fn print(data_dir: Option<&Path>, a: PrintArgs) -> Result<ExitCode, ExitCode> {
    let annex: Annex = a
        .annex
        .parse()
        .map_err(|_| fail(BAD_INPUT, t!("cli-bad-annex", annex = a.annex.as_str())))?;
    let lang: Option<DocLang> = match &a.lang {
        None => None,
        Some(l) => Some(
            l.parse()
                .map_err(|_| fail(BAD_INPUT, t!("cli-bad-doc-lang", lang = l.as_str())))?,
        ),
    };
    let number = parse_number(&a.case)?;
    let (mut st, who) = session(data_dir)?;
    let now = now(&st)?;
    let lang = match lang {
        Some(l) => l,
        None => {
            desk::open_case(&mut st, &who, now, &number)
                .map_err(desk_fail)?
                .record
                .state
                .intake
                .lang
        }
    };
    let p = desk::print_form(&mut st, &who, now, &number, annex, lang, Some(&a.output))
        .map_err(desk_fail)?;
    println!("{}", printed_line(&number, &p));
    let how = if a.printer {
        Some(Delivery::Printer)
    } else if a.open {
        Some(Delivery::Open)
    } else {
        None
    };
    if let Some(how) = how {
        // The PDF is written and recorded: a failed hand-over loses nothing.
        workstation::deliver(&a.output, how)
            .map_err(|e| fail(BAD_INPUT, t!("cli-deliver-failed", error = e.to_string())))?;
    }
    Ok(ExitCode::SUCCESS)
}
