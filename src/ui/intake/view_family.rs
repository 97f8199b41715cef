//! The wizard on screen: the children, the relatives, the work of five
//! years, family and fee, the checklist and the decision.

use super::*;
use iced::widget::column;

impl IntakeState {
    pub(super) fn children<'a>(&'a self, v: &Validation) -> Element<'a, Msg> {
        let mut col = column![].spacing(10);
        for (n, c) in self.intake.children.iter().enumerate() {
            let one = c.leaves_with == LeavesWith::OneParent;
            let mut card = column![
                row![
                    text(t!("ui-intake-child", n = ordinal(n))).size(crate::ui::theme::BODY),
                    button(text(t!("ui-intake-remove"))).on_press(Msg::Remove(List::Children, n))
                ]
                .spacing(crate::ui::theme::ROW_GAP),
                // The IIN first: it fills the date of birth (and what an
                // earlier case knows of the child).
                self.field(t!("ui-f-iin"), F::ChildIin(n), v),
                self.known_panel(Whom::Child(n))
                    .unwrap_or_else(|| column![].into()),
                self.field(t!("ui-f-surname"), F::ChildSurname(n), v),
                self.field(t!("ui-f-given"), F::ChildGiven(n), v),
                self.field(t!("ui-f-patronymic"), F::ChildPatronymic(n), v),
                self.field(t!("ui-f-birth-date"), F::ChildBirth(n), v),
                self.field(t!("ui-f-passport-no"), F::ChildPassport(n), v),
                // A stop of the Enter order: Space ticks it and moves on,
                // Enter moves on and leaves it as it is.
                checkbox(one)
                    .label(t!("ui-f-one-parent"))
                    .on_toggle(move |b| Msg::OneParent(n, b))
                    .id(F::ChildLeavesWith(n).path())
                    .then(Msg::Next(F::ChildLeavesWith(n).path()))
                    .on_enter(Msg::Next(F::ChildLeavesWith(n).path())),
            ]
            .spacing(4);
            if one {
                card = card.push(self.field(t!("ui-f-other-parent"), F::OtherParent(n), v));
                let w = c
                    .other_parent
                    .as_ref()
                    .map(|o| o.whereabouts)
                    .unwrap_or_default();
                card = card.push(whereabouts_row(w, move |w| Msg::OtherWhereabouts(n, w)));
            }
            col = col.push(container(card).padding(8).style(container::bordered_box));
        }
        col.push(
            button(text(t!("ui-intake-add-child")))
                .id(add_id(List::Children))
                .on_press(Msg::Add(List::Children)),
        )
        .into()
    }

    pub(super) fn relatives<'a>(&'a self, v: &Validation) -> Element<'a, Msg> {
        let mut col = column![].spacing(10);
        for (n, r) in self.intake.relatives.iter().enumerate() {
            let rels = crate::ui::theme::choice_in(
                [
                    Relationship::Father,
                    Relationship::Mother,
                    Relationship::Spouse,
                    Relationship::FormerSpouse,
                    Relationship::Son,
                    Relationship::Daughter,
                ]
                .into_iter()
                .map(|k| {
                    (
                        crate::i18n::dynamic(&format!("rel-{}", relationship_key(k))),
                        r.relationship == Some(k),
                        Msg::Relationship(n, k),
                    )
                })
                .collect(),
                Some(relationship_id(n)),
                Some(Msg::Next(relationship_id(n))),
            );
            let card = column![
                row![
                    text(t!("ui-intake-relative", n = ordinal(n))).size(crate::ui::theme::BODY),
                    button(text(t!("ui-intake-remove"))).on_press(Msg::Remove(List::Relatives, n))
                ]
                .spacing(crate::ui::theme::ROW_GAP),
                self.field(t!("ui-f-full-name"), F::RelName(n), v),
                rels,
                self.field(t!("ui-f-birth-year"), F::RelYear(n), v),
                self.field(t!("ui-f-birth-place"), F::RelPlace(n), v),
                self.field(t!("ui-f-rel-country"), F::RelCountry(n), v),
                self.field(t!("ui-f-rel-address"), F::RelAddress(n), v),
                self.field(t!("ui-f-workplace"), F::RelWork(n), v),
                self.field(t!("ui-f-marriage"), F::RelMarriage(n), v),
                checkbox(r.deceased)
                    .label(t!("ui-f-deceased"))
                    .on_toggle(move |b| Msg::Deceased(n, b))
                    .then(Msg::Advance),
            ]
            .spacing(4);
            let card = if r.deceased {
                card.push(self.field(t!("ui-f-certificate"), F::RelCertificate(n), v))
            } else {
                card
            };
            col = col.push(container(card).padding(8).style(container::bordered_box));
        }
        col.push(
            button(text(t!("ui-intake-add-relative")))
                .id(add_id(List::Relatives))
                .on_press(Msg::Add(List::Relatives)),
        )
        .into()
    }

    pub(super) fn activities<'a>(&'a self, v: &Validation) -> Element<'a, Msg> {
        let mut col = column![].spacing(10);
        for (n, j) in self.intake.activities.iter().enumerate() {
            let card = column![
                row![
                    text(t!("ui-intake-job", n = ordinal(n))).size(crate::ui::theme::BODY),
                    button(text(t!("ui-intake-remove"))).on_press(Msg::Remove(List::Activities, n))
                ]
                .spacing(crate::ui::theme::ROW_GAP),
                self.field(t!("ui-f-from-year"), F::JobFrom(n), v),
                self.field(t!("ui-f-to-year"), F::JobTo(n), v),
                self.field(t!("ui-f-position"), F::JobPosition(n), v),
                self.field(t!("ui-f-organisation"), F::JobOrg(n), v),
                self.field(t!("ui-f-org-address"), F::JobAddress(n), v),
                checkbox(j.military)
                    .label(t!("ui-f-military"))
                    .on_toggle(move |b| Msg::Military(n, b))
                    .then(Msg::Advance),
                checkbox(j.secrets_access)
                    .label(t!("ui-f-secrets"))
                    .on_toggle(move |b| Msg::Secrets(n, b))
                    .then(Msg::Next(F::JobAddress(n).path())),
            ]
            .spacing(4);
            col = col.push(container(card).padding(8).style(container::bordered_box));
        }
        let warn = v
            .warnings
            .iter()
            .find(|w| w.field == F::Rows(crate::domain::field::List::Activities));
        if let Some(w) = warn {
            col = col.push(
                text(w.problem.localize())
                    .size(crate::ui::theme::NOTE)
                    .color(level_color(Level::Warning)),
            );
        }
        col.push(
            button(text(t!("ui-intake-add-job")))
                .id(add_id(List::Activities))
                .on_press(Msg::Add(List::Activities)),
        )
        .into()
    }

    /// `first_paper`: where the keyboard goes after the consent (the first
    /// paper still missing, or Accept).
    pub(super) fn family<'a>(&'a self, v: &Validation, first_paper: String) -> Element<'a, Msg> {
        let mut col = column![text(t!("ui-intake-dependants")).size(crate::ui::theme::BODY)]
            .spacing(crate::ui::theme::ROW_GAP);
        for (n, d) in self.intake.dependants.iter().enumerate() {
            let card = column![
                row![
                    text(t!("ui-intake-dependant", n = ordinal(n))).size(crate::ui::theme::BODY),
                    button(text(t!("ui-intake-remove"))).on_press(Msg::Remove(List::Dependants, n))
                ]
                .spacing(crate::ui::theme::ROW_GAP),
                self.field(t!("ui-f-full-name"), F::DepName(n), v),
                text(t!("ui-f-relationship")).size(crate::ui::theme::LINE),
                crate::ui::theme::choice(
                    crate::domain::intake::DEPENDANT_RELATIONSHIPS
                        .into_iter()
                        .map(|k| (
                            crate::i18n::dynamic(&format!("rel-{k}")),
                            d.relationship == k,
                            Msg::Set(F::DepRelationship(n), k.to_string()),
                        ))
                        .collect()
                ),
                whereabouts_row(d.whereabouts, move |w| Msg::DepWhereabouts(n, w)),
            ]
            .spacing(4);
            col = col.push(container(card).padding(8).style(container::bordered_box));
        }
        col = col.push(
            button(text(t!("ui-intake-add-dependant")))
                .id(add_id(List::Dependants))
                .on_press(Msg::Add(List::Dependants)),
        );
        let gateway = self
            .intake
            .fee
            .as_ref()
            .is_some_and(|f| f.channel == PaymentChannel::PaymentGateway);
        col = col.push(text(t!("ui-intake-fee")).size(crate::ui::theme::BODY));
        col = col.push(self.field(t!("ui-f-fee-date"), F::FeeDate, v));
        col = col.push(self.field(t!("ui-f-fee-amount"), F::FeeAmount, v));
        col = col.push(
            checkbox(gateway)
                .label(t!("ui-f-gateway"))
                .on_toggle(Msg::Gateway)
                .then(Msg::Advance),
        );
        col = col.push(text(t!("ui-intake-consents")).size(crate::ui::theme::BODY));
        col = col.push(
            checkbox(self.intake.false_data_warning_on.is_some())
                .label(t!("ui-f-warning"))
                .on_toggle(Msg::Warning)
                .then(Msg::Advance),
        );
        col = col.push(
            checkbox(self.intake.secrets_consent_on.is_some())
                .label(t!("ui-f-consent"))
                .on_toggle(Msg::Consent)
                .then(Msg::FocusOn(first_paper)),
        );
        // Para 9: a legal representative (parent, guardian, trustee) files
        // for a child or a legally incapable person, with the document that
        // proves the authority.
        col = col.push(text(t!("ui-intake-filed-by")).size(crate::ui::theme::BODY));
        let role = match &self.intake.filed_by {
            FiledBy::Representative { role, .. } => Some(*role),
            FiledBy::Applicant => None,
        };
        col = col.push(row![crate::ui::theme::choice(vec![
            (
                t!("ui-f-by-applicant"),
                role.is_none(),
                Msg::Representative(None)
            ),
            (
                t!("ui-f-by-parent"),
                role == Some(RepresentativeRole::Parent),
                Msg::Representative(Some(RepresentativeRole::Parent))
            ),
            (
                t!("ui-f-by-guardian"),
                role == Some(RepresentativeRole::Guardian),
                Msg::Representative(Some(RepresentativeRole::Guardian))
            ),
            (
                t!("ui-f-by-trustee"),
                role == Some(RepresentativeRole::Trustee),
                Msg::Representative(Some(RepresentativeRole::Trustee))
            ),
        ]),]);
        if role.is_some() {
            col = col.push(self.field(t!("ui-f-rep-name"), F::RepName, v));
            col = col.push(self.field(t!("ui-f-iin"), F::RepIin, v));
            col = col.push(self.field(t!("ui-f-rep-doc"), F::RepDoc, v));
        }
        col.into()
    }

    pub(super) fn checklist_panel<'a>(
        &'a self,
        list: Option<&Checklist>,
        today: NaiveDate,
        papers: &Papers,
    ) -> iced::widget::Column<'a, Msg> {
        let mut col = column![text(t!("ui-intake-checklist")).size(crate::ui::theme::HEADING)]
            .spacing(crate::ui::theme::LINE_GAP);
        let Some(list) = list else {
            return col;
        };
        for (at, item) in list.items.iter().enumerate() {
            let whom = match item.subject {
                Subject::Child(n) => self
                    .intake
                    .children
                    .get(n)
                    .map(|c| c.full_name())
                    .unwrap_or_default(),
                _ => item.subject_name.clone(),
            };
            let color = if item.status == ItemStatus::Missing {
                Level::Breach
            } else {
                Level::Normal
            };
            let mut c = column![
                text(format!(
                    "[{}] {}",
                    item.paragraph,
                    item.requirement.localize()
                ))
                .size(crate::ui::theme::LINE),
                text(format!("{whom} — {}", item.status.localize()))
                    .size(crate::ui::theme::NOTE)
                    .color(level_color(color)),
            ]
            .spacing(2);
            if item.requirement != Requirement::Questionnaire {
                let (req, subject) = (item.requirement, item.subject);
                let paper =
                    self.intake.documents.iter().any(|p| {
                        p.requirement == req && p.subject == subject && p.via == Via::Paper
                    });
                let mut r = row![checkbox(paper)
                    .label(t!("ui-intake-paper"))
                    .on_toggle(move |b| { Msg::Presented(req, subject, b.then_some(Via::Paper)) })
                    .id(paper_id(at))
                    .then(Msg::FocusOn(
                        papers
                            .after
                            .get(&at)
                            .cloned()
                            .unwrap_or_else(|| ACCEPT.into())
                    ))]
                .spacing(crate::ui::theme::ROW_GAP);
                if item.alternative_allowed {
                    let alt = self.intake.documents.iter().any(|p| {
                        p.requirement == req && p.subject == subject && p.via == Via::Alternative
                    });
                    r = r.push(
                        checkbox(alt)
                            .label(t!("ui-intake-court"))
                            .on_toggle(move |b| {
                                Msg::Presented(req, subject, b.then_some(Via::Alternative))
                            }),
                    );
                }
                c = c.push(r);
            }
            col = col.push(c);
        }
        match list.fee_tenge {
            Some(fee) => {
                col = col
                    .push(text(t!("ui-intake-fee-due", tenge = fee)).size(crate::ui::theme::BODY))
            }
            None => {
                col = col.push(
                    text(t!("cli-fee-unknown", date = date(today))).size(crate::ui::theme::BODY),
                )
            }
        }
        if list.fee_unknown {
            let paid = crate::domain::checklist::fee_day(&self.intake, today);
            col = col.push(
                text(t!("fee-no-mci", date = date(paid)))
                    .size(crate::ui::theme::LINE)
                    .color(level_color(Level::Breach)),
            );
        }
        if list.fee_short {
            col = col.push(
                text(t!("cli-fee-short"))
                    .size(crate::ui::theme::LINE)
                    .color(level_color(Level::Breach)),
            );
        }
        col
    }

    /// Accept and Refuse (or the confirmation asked), under the checklist:
    /// always in view, however long the list.
    pub(super) fn decision<'a>(&'a self, wrong_steps: &[Step]) -> iced::widget::Column<'a, Msg> {
        let valid = wrong_steps.is_empty();
        let mut col = column![].spacing(crate::ui::theme::LINE_GAP);
        if let Some(accept) = self.confirming() {
            let what = if accept {
                t!("ui-confirm-accept")
            } else {
                t!("ui-confirm-refuse-intake")
            };
            if self.needs_reason {
                col = col.push(text(t!("ui-intake-breach-reason")).size(crate::ui::theme::BODY));
                col = col.push(
                    text_input(&t!("ui-queue-breach-reason"), &self.breach_reason)
                        .id(BREACH_REASON)
                        .on_input(Msg::BreachReason)
                        .on_submit(Msg::Confirm),
                );
            }
            col = col.push(crate::ui::confirm::panel(
                what,
                Msg::Confirm,
                Msg::CancelConfirm,
            ));
        } else {
            col = col.push(
                row![
                    // Each always answers, as F9 and F10 do: the
                    // confirmation, or what is still needed for it (fields
                    // still wrong are marked).
                    button(text(t!("ui-intake-accept")))
                        .id(ACCEPT)
                        .on_press_maybe((!self.busy()).then_some(Msg::Accept)),
                    button(text(t!("ui-intake-refuse")))
                        .style(button::danger)
                        .on_press_maybe((!self.busy()).then_some(Msg::Refuse)),
                ]
                .spacing(crate::ui::theme::ROW_GAP),
            );
        }
        if !valid {
            // Which steps, so that the clerk knows where to look.
            let names: Vec<String> = wrong_steps.iter().map(|s| s.label()).collect();
            col = col.push(
                text(t!("ui-intake-fix-fields-in", steps = names.join(", ")))
                    .size(crate::ui::theme::NOTE)
                    .color(level_color(Level::Warning)),
            );
        }
        col
    }
}
