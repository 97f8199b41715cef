//! The wizard's messages: what each changes, and the work it asks for.

use super::*;

impl IntakeState {
    /// Handles the wizard's own message: the work it asks for, and an
    /// event for the root (Enter in a field moves on to the next one).
    /// The screen's answer to `msg`. `breached`: the visit served broke a
    /// limit whose reason is not recorded yet — accepting or refusing
    /// (which ends the visit) asks for it with the confirmation.
    /// `office`: the kind of office the intake is at (its checklist).
    pub fn update(
        &mut self,
        msg: Msg,
        now: Now,
        breached: bool,
        office: Option<crate::domain::OfficeKind>,
    ) -> (Vec<Effect>, Option<crate::ui::Event>) {
        self.today = Some(now.today);
        self.office_kind = office;
        if matches!(msg, Msg::Accept | Msg::Refuse) {
            self.needs_reason = breached;
        }
        // A barcode/QR scanner is a keyboard: a form's code typed into a
        // field ends in 15 or more digits and Enter. No field of the
        // questionnaire takes that many; the digits leave the field and
        // the case opens.
        if let Msg::Enter(f) | Msg::PickFirst(f) = &msg {
            if let Some(n) = self.scanned(*f) {
                return (vec![], Some(crate::ui::Event::OpenCase(n)));
            }
        }
        // Enter in a field (or a choice made by its digit): on to the next
        // thing to fill in this step.
        let entered = match &msg {
            Msg::Enter(f) | Msg::PickFirst(f) => Some(f.path()),
            Msg::Next(id) => Some(id.clone()),
            _ => None,
        };
        // A box the keyboard passed (or ticked) no longer waits.
        if let Some(f @ F::ChildLeavesWith(_)) = entered.as_deref().and_then(|id| id.parse().ok()) {
            self.touched.insert(f);
        }
        let msg = match msg {
            Msg::AddRow => match self.step() {
                Step::Children => Msg::Add(List::Children),
                Step::Relatives => Msg::Add(List::Relatives),
                Step::Activity => Msg::Add(List::Activities),
                Step::Family => Msg::Add(List::Dependants),
                _ => return (vec![], None),
            },
            m => m,
        };
        if let Msg::ShowCase(n) = msg {
            return (vec![], Some(crate::ui::Event::OpenCase(n)));
        }
        if let Msg::Advance = msg {
            return (vec![], Some(crate::ui::Event::FocusNext));
        }
        if let Msg::FocusOn(id) = msg {
            return (vec![], Some(crate::ui::Event::FocusField(id)));
        }
        // Committed: the visit ended with it, the queue shows that.
        let committed = matches!(msg, Msg::Committed(Ok(_)));
        // A fresh intake: the keyboard in its IIN.
        let fresh = matches!(msg, Msg::New);
        // A step opened: its first field takes the keyboard.
        let stepped = matches!(msg, Msg::Step(_) | Msg::NextStep | Msg::PrevStep);
        let added = match msg {
            Msg::Add(l) => Some(l),
            _ => None,
        };
        let asked = self.confirming().is_none();
        let offered = self.known.is_none();
        let filled = match &msg {
            Msg::FillKnown => self.known.as_ref().map(|(w, _)| *w),
            _ => None,
        };
        let leaving = matches!(
            msg,
            Msg::Step(_) | Msg::NextStep | Msg::PrevStep | Msg::Accept | Msg::Refuse
        );
        if leaving && self.confirming().is_none() {
            self.drop_empty_rows(now);
        }
        let effects = self.apply(msg, now);
        if stepped {
            self.opened(now);
        }
        // Facts found for the IIN: the keyboard on "Fill in" (Enter takes
        // them, Esc does not).
        if offered && self.known.is_some() {
            return (
                effects,
                Some(crate::ui::Event::FocusField(KNOWN_FILL.to_string())),
            );
        }
        // Taken: on to the first field still empty.
        if let Some(whom) = filled {
            if let Some(f) = self.first_empty(whom) {
                return (effects, Some(crate::ui::Event::FocusField(f.path())));
            }
        }
        // A confirmation just opened: no field keeps the keyboard, so that
        // Enter confirms and Esc goes back.
        if asked && self.confirming().is_some() {
            // A breached limit's reason is typed first (Enter confirms).
            if self.needs_reason {
                return (
                    effects,
                    Some(crate::ui::Event::FocusField(BREACH_REASON.to_string())),
                );
            }
            return (effects, Some(crate::ui::Event::Confirming));
        }
        if committed {
            return (effects, Some(crate::ui::Event::QueueChanged));
        }
        if fresh {
            return (effects, Some(crate::ui::Event::FocusField(F::Iin.path())));
        }
        if let Some(id) = entered {
            return self.after_enter(&id, effects, now);
        }
        if stepped {
            if let Some(id) = self.first_field_id() {
                return (effects, Some(crate::ui::Event::FocusField(id)));
            }
        }
        // A row added: the keyboard in its first field.
        if let Some(l) = added {
            if let Some(f) = self.row_first(l) {
                return (effects, Some(crate::ui::Event::FocusField(f.path())));
            }
        }
        (effects, None)
    }

    /// A form's code read by a scanner into field `f` (a barcode/QR
    /// scanner is a keyboard: the text ends in 15 or more digits and
    /// Enter; no field of the questionnaire takes that many): the digits
    /// leave the field, and the case to open.
    fn scanned(&mut self, f: F) -> Option<CaseNumber> {
        let text = self.text_of(f);
        let digits: String = text
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if digits.len() < 15 {
            return None;
        }
        let n = CaseNumber::parse(&digits[..15]).ok()?;
        let kept = text[..text.len() - digits.len()].to_string();
        self.set(f, kept);
        Some(n)
    }

    /// Enter in the field `id`: on to the next thing to fill in this step —
    /// a new row after a list's last, the next step after the last field.
    fn after_enter(
        &mut self,
        id: &str,
        effects: Vec<Effect>,
        now: Now,
    ) -> (Vec<Effect>, Option<crate::ui::Event>) {
        // A surname just offered for the child: shown by the keyboard once.
        if let Some(n) = self.surname_offered.take() {
            if id == F::ChildIin(n).path() {
                return (
                    effects,
                    Some(crate::ui::Event::FocusField(F::ChildSurname(n).path())),
                );
            }
        }
        if let Some(next) = self.next_stop(id) {
            return (effects, Some(crate::ui::Event::FocusField(next)));
        }
        let list = match self.step() {
            Step::Children => Some(List::Children),
            Step::Relatives => Some(List::Relatives),
            Step::Activity => Some(List::Activities),
            Step::Family => Some(List::Dependants),
            _ => None,
        };
        match (self.step(), list) {
            // The end of the last step: on to the checklist and Accept.
            (Step::Family, _) => (effects, Some(crate::ui::Event::FocusNext)),
            // The last row of a list done: a new row, the keyboard in it
            // (left empty, it goes when the step is left).
            (_, Some(l)) if in_list(id, l) => {
                let mut more = self.apply(Msg::Add(l), now);
                let mut effects = effects;
                effects.append(&mut more);
                let focus = self
                    .row_first(l)
                    .map(|f| crate::ui::Event::FocusField(f.path()));
                (effects, focus)
            }
            (_, Some(_)) => (effects, Some(crate::ui::Event::FocusNext)),
            // Nothing left in this step: the next one.
            (_, None) => {
                let mut more = self.apply(Msg::NextStep, now);
                self.opened(now);
                let mut effects = effects;
                effects.append(&mut more);
                let focus = self.first_field_id().map(crate::ui::Event::FocusField);
                (effects, focus)
            }
        }
    }

    pub(super) fn apply(&mut self, msg: Msg, now: Now) -> Vec<Effect> {
        let edited = edits(&msg);
        let effects = match msg {
            Msg::Set(f, v) => self.set_field(f, v),
            Msg::Add(l) => {
                self.add_row(l);
                vec![]
            }
            Msg::Remove(l, n) => {
                self.remove_row(l, n);
                vec![]
            }
            m @ (Msg::Lang(_)
            | Msg::OneParent(..)
            | Msg::OtherWhereabouts(..)
            | Msg::Relationship(..)
            | Msg::Secrets(..)
            | Msg::Military(..)
            | Msg::Deceased(..)
            | Msg::Representative(_)
            | Msg::DepWhereabouts(..)
            | Msg::Gateway(_)
            | Msg::Warning(_)
            | Msg::Consent(_)
            | Msg::Presented(..)) => {
                self.answer(m, now.utc);
                vec![]
            }
            m @ (Msg::Accept
            | Msg::Refuse
            | Msg::CancelConfirm
            | Msg::BreachReason(_)
            | Msg::Confirm
            | Msg::New
            | Msg::Committed(_)
            | Msg::OpenCase(_)) => self.decide(m, now.today),
            m => self.move_about(m),
        };
        if edited && self.done().is_none() {
            // Saved after a pause (see `tick`), and at once when the window
            // closes: nothing typed is lost — a value that sets off a
            // lookup too.
            self.generation += 1;
            self.dirty_since.get_or_insert(now.utc);
        }
        effects
    }

    /// A value typed or chosen in a field; the lookup of an IIN it sets
    /// off.
    fn set_field(&mut self, f: F, v: String) -> Vec<Effect> {
        self.touched.insert(f);
        self.last_field = Some(f);
        self.set(f, v);
        self.follow(f);
        self.lookup_for(f).into_iter().collect()
    }

    /// Loading, saving, moving between steps and fields, the lookups'
    /// answers and the suggestions taken.
    fn move_about(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Loaded(Ok((rules, draft))) => {
                self.rules = Some(rules);
                if let Some(d) = draft {
                    if let Ok(i) = serde_json::from_str(&d.intake) {
                        self.intake = i;
                    }
                    self.raw = raw_from_json(&d.raw);
                    if let Some(id) = d.draft_id {
                        self.draft_id = id;
                    }
                    self.generation = d.generation;
                }
            }
            Msg::Loaded(Err(e)) | Msg::Saved(Err(e)) | Msg::Delivered(Err(e)) => {
                self.error = Some(e)
            }
            Msg::OpenFile(p) => return vec![Effect::OpenFile(p)],
            Msg::Step(s) => self.step = Some(s),
            Msg::NextStep | Msg::PrevStep => {
                let all = Step::ALL;
                let at = all.iter().position(|s| *s == self.step()).unwrap_or(0);
                let to = if matches!(msg, Msg::NextStep) {
                    (at + 1).min(all.len() - 1)
                } else {
                    at.saturating_sub(1)
                };
                self.step = Some(all[to]);
            }
            Msg::Known(whom, Ok(Some(p))) => self.known = Some((whom, *p)),
            Msg::Known(_, Err(e)) => self.error = Some(e),
            Msg::IgnoreKnown => self.known = None,
            Msg::FillKnown => {
                if let Some((whom, p)) = self.known.take() {
                    self.fill_known(whom, &p);
                }
            }
            Msg::Pick(f, code) => self.pick(f, code),
            Msg::PickFirst(f) => {
                if let Some(l) = f.lookup() {
                    let code = self.code_of(f);
                    if l.resolve(&code).is_none() {
                        if let Some(first) = l.matches(&self.lookup_text(f, l)).first() {
                            self.pick(f, first.0.clone());
                        }
                    }
                }
            }
            // Saved, an unknown IIN, moves the root handles (`update`;
            // `ShowCase` becomes the Cases tab there).
            _ => {}
        }
        vec![]
    }

    /// A row added to a list.
    fn add_row(&mut self, l: List) {
        match l {
            List::Children => self.add_child(),
            List::Relatives => self.intake.relatives.push(Relative {
                full_name: String::new(),
                relationship: None,
                deceased: false,
                death_certificate: String::new(),
                birth_year: None,
                birth_place: String::new(),
                country: String::new(),
                address: String::new(),
                workplace: String::new(),
                marriage_place: String::new(),
            }),
            List::Activities => self.intake.activities.push(Activity {
                from_year: 0,
                to_year: None,
                position: String::new(),
                organisation: String::new(),
                address: String::new(),
                military: false,
                secrets_access: false,
            }),
            List::Dependants => self.intake.dependants.push(Dependant::default()),
        }
    }

    /// Row `n` removed from a list; the papers marked for a person go with
    /// that person's row.
    fn remove_row(&mut self, l: List, n: usize) {
        match l {
            List::Children => {
                self.drop_child_relative(n);
                self.intake.remove_child(n)
            }
            List::Relatives if n < self.intake.relatives.len() => {
                self.intake.relatives.remove(n);
                self.relative_removed(n);
            }
            List::Activities if n < self.intake.activities.len() => {
                self.intake.activities.remove(n);
            }
            List::Dependants => self.intake.remove_dependant(n),
            _ => {}
        }
        // Raw texts of rows are keyed by index: they follow the rows.
        self.reindex_raw(l, n);
    }

    /// An answer given with a box, a choice or a switch.
    fn answer(&mut self, msg: Msg, now: NaiveDateTime) {
        match msg {
            Msg::Lang(l) => self.intake.lang = l,
            Msg::OneParent(n, one) => {
                self.touched.insert(F::ChildLeavesWith(n));
                with(&mut self.intake.children, n, |c| {
                    c.leaves_with = if one {
                        LeavesWith::OneParent
                    } else {
                        LeavesWith::BothParents
                    };
                    if one {
                        c.other_parent.get_or_insert_with(OtherParent::default);
                    } else {
                        c.other_parent = None;
                    }
                });
                if one {
                    self.offer_other_parent(n);
                }
            }
            Msg::OtherWhereabouts(n, w) => with(&mut self.intake.children, n, |c| {
                c.other_parent
                    .get_or_insert_with(OtherParent::default)
                    .whereabouts = w
            }),
            Msg::Relationship(n, r) => {
                with(&mut self.intake.relatives, n, |x| x.relationship = Some(r))
            }
            Msg::Secrets(n, s) => with(&mut self.intake.activities, n, |j| j.secrets_access = s),
            Msg::Military(n, m) => with(&mut self.intake.activities, n, |j| j.military = m),
            Msg::Deceased(n, d) => with(&mut self.intake.relatives, n, |r| r.deceased = d),
            Msg::Representative(role) => {
                self.intake.filed_by = match (role, std::mem::take(&mut self.intake.filed_by)) {
                    (None, _) => FiledBy::Applicant,
                    (
                        Some(role),
                        FiledBy::Representative {
                            full_name,
                            iin,
                            authority_document,
                            ..
                        },
                    ) => FiledBy::Representative {
                        role,
                        full_name,
                        iin,
                        authority_document,
                    },
                    (Some(role), FiledBy::Applicant) => FiledBy::Representative {
                        role,
                        full_name: String::new(),
                        iin: String::new(),
                        authority_document: String::new(),
                    },
                }
            }
            Msg::DepWhereabouts(n, w) => {
                with(&mut self.intake.dependants, n, |d| d.whereabouts = w)
            }
            Msg::Gateway(g) => {
                let channel = if g {
                    PaymentChannel::PaymentGateway
                } else {
                    PaymentChannel::Bank
                };
                if let Some(f) = self.intake.fee.as_mut() {
                    f.channel = channel;
                }
            }
            Msg::Warning(on) => self.intake.false_data_warning_on = on.then_some(now.date()),
            Msg::Consent(on) => self.intake.secrets_consent_on = on.then_some(now.date()),
            Msg::Presented(req, subject, via) => {
                self.intake
                    .documents
                    .retain(|p| !(p.requirement == req && p.subject == subject));
                if let Some(via) = via {
                    self.intake.documents.push(Presented {
                        requirement: req,
                        subject,
                        via,
                    });
                }
            }
            _ => {}
        }
    }

    /// Accepting or refusing: asked, confirmed (with a breach's reason),
    /// committed and its outcome; a new intake.
    fn decide(&mut self, msg: Msg, today: NaiveDate) -> Vec<Effect> {
        match msg {
            Msg::Accept | Msg::Refuse if self.busy() => {}
            // F9 / F10 always answer: the confirmation, or what is still
            // needed for it.
            Msg::Accept if !self.intake.validate(today).is_ok() => {
                self.show_all = true;
                self.error = Some(t!("ui-intake-accept-needs"));
            }
            Msg::Refuse if !self.intake.validate_refusal(today).is_ok() => {
                self.show_all = true;
                self.error = Some(t!("ui-intake-refuse-needs"));
            }
            Msg::Refuse if self.nothing_missing(today) => {
                self.error = Some(t!("ui-intake-refuse-nothing-missing"));
            }
            Msg::Accept if !self.nothing_missing(today) => {
                self.error = Some(t!("ui-intake-accept-incomplete"));
            }
            // Accepting or refusing cannot be undone: first what it will
            // do, in words, then the clerk's confirmation (Enter).
            Msg::Accept | Msg::Refuse if self.confirming().is_none() => {
                self.error = None;
                self.progress = Progress::Confirming {
                    accept: matches!(msg, Msg::Accept),
                };
            }
            Msg::Accept | Msg::Refuse => {}
            Msg::CancelConfirm if self.confirming().is_some() => self.progress = Progress::Editing,
            Msg::BreachReason(r) => self.breach_reason = r,
            Msg::Confirm if self.needs_reason && self.breach_reason.trim().is_empty() => {
                self.error = Some(t!("desk-incomplete-breach-reason"));
            }
            Msg::Confirm => {
                let Some(accept) = self.confirming() else {
                    return vec![];
                };
                // The commit carries the draft's identity: a second press,
                // a retry or a late save can never make a second case.
                self.progress = Progress::Committing;
                self.dirty_since = None;
                return vec![Effect::Commit {
                    draft_id: self.ensure_id(),
                    intake: Box::new(self.intake.clone()),
                    accept,
                    // Said once that the applicant has an open case: the
                    // next press is the clerk's confirmation.
                    second_case: self.second_case_warned,
                    reason: self
                        .needs_reason
                        .then(|| std::mem::take(&mut self.breach_reason)),
                }];
            }
            Msg::New => {
                *self = IntakeState {
                    rules: self.rules.clone(),
                    ..IntakeState::default()
                };
                self.ensure_id();
            }
            Msg::Committed(Ok(done)) => {
                self.progress = Progress::Done(done);
                self.error = None;
            }
            Msg::Committed(Err(e)) => {
                self.progress = Progress::Editing;
                self.error = Some(e);
            }
            Msg::OpenCase(warning) => {
                self.progress = Progress::Editing;
                self.second_case_warned = true;
                self.error = Some(warning);
            }
            _ => {}
        }
        vec![]
    }

    /// Takes a suggestion: the code into the questionnaire, its name into
    /// the field.
    pub(super) fn pick(&mut self, f: F, code: String) {
        let Some(l) = f.lookup() else { return };
        self.touched.insert(f);
        self.set(f, code.clone());
        let name = match l {
            Lookup::Country => crate::i18n::country_label(&code),
            Lookup::Nationality => crate::i18n::nationality_label(&code),
        };
        self.raw.insert(Key::Text(f), name);
    }
}

/// Whether a message changes the questionnaire (and so the draft).
fn edits(msg: &Msg) -> bool {
    !matches!(
        msg,
        Msg::Loaded(_)
            | Msg::Step(_)
            | Msg::NextStep
            | Msg::PrevStep
            | Msg::Saved(_)
            | Msg::Committed(_)
            | Msg::OpenCase(_)
            | Msg::Accept
            | Msg::Refuse
            | Msg::Confirm
            | Msg::CancelConfirm
            | Msg::Enter(_)
            | Msg::AddRow
            | Msg::Next(_)
            | Msg::Advance
            | Msg::FocusOn(_)
            | Msg::PickFirst(_)
            | Msg::OpenFile(_)
            | Msg::ShowCase(_)
            | Msg::Delivered(_)
            | Msg::Known(..)
            | Msg::IgnoreKnown
            | Msg::BreachReason(_)
    )
}
