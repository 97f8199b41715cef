//! The wizard on screen: the steps' bar, a field with its message, the
//! applicant, the documents and the destination.

use super::*;
use iced::widget::column;

pub(super) fn whereabouts_row<'a>(
    w: Whereabouts,
    msg: impl Fn(Whereabouts) -> Msg + 'a,
) -> Element<'a, Msg> {
    crate::ui::theme::choice(
        [
            (Whereabouts::InKazakhstan, t!("ui-where-kz")),
            (Whereabouts::Abroad, t!("ui-where-abroad")),
            (Whereabouts::Deceased, t!("ui-where-deceased")),
            (Whereabouts::Unknown, t!("ui-where-unknown")),
        ]
        .into_iter()
        .map(|(k, label)| (label, w == k, msg(k)))
        .collect(),
    )
}

impl IntakeState {
    pub fn view(&self, office: Option<&Office>, today: NaiveDate) -> Element<'_, Msg> {
        if let Some(Done {
            number,
            status,
            receipt,
            come_back,
            missing,
        }) = self.done()
        {
            let mut head = column![text(t!(
                "ui-intake-done",
                number = number.to_string(),
                status = status.localize()
            ))
            .size(crate::ui::theme::TITLE)]
            .spacing(6);
            // What to tell the applicant at the counter: when to come back.
            if let Some(d) = come_back {
                head = head.push(
                    text(t!("ui-intake-come-back", date = date(*d)))
                        .size(crate::ui::theme::HEADING),
                );
            }
            // A refusal names what is missing.
            if !missing.is_empty() {
                head = head.push(text(t!("ui-intake-missing")).size(crate::ui::theme::HEADING));
                for (i, m) in missing.iter().enumerate() {
                    head = head.push(text(format!("{}) {m}", i + 1)));
                }
            }
            // The file could not be opened (no viewer): said here.
            if let Some(e) = &self.error {
                head = head.push(text(e.clone()).color(level_color(Level::Breach)));
            }
            let to_case = button(text(t!("ui-intake-to-case")))
                .style(button::secondary)
                .on_press(Msg::ShowCase(*number));
            return match receipt {
                None => column![
                    head,
                    row![
                        to_case,
                        button(text(t!("ui-intake-new")))
                            .id(NEW_INTAKE)
                            .on_press(Msg::New)
                    ]
                    .spacing(crate::ui::theme::ROW_GAP)
                ],
                Some(Ok(path)) => column![
                    head,
                    text(t!("ui-case-printed", path = path.display().to_string())),
                    row![
                        button(text(t!("ui-case-open"))).on_press(Msg::OpenFile(path.clone())),
                        to_case,
                        button(text(t!("ui-intake-new")))
                            .id(NEW_INTAKE)
                            .on_press(Msg::New),
                    ]
                    .spacing(crate::ui::theme::ROW_GAP),
                ],
                // The case is stored; only the paper is missing.
                Some(Err(e)) => column![
                    head,
                    text(t!("ui-intake-receipt-failed", error = e.as_str()))
                        .color(level_color(Level::Breach)),
                    row![
                        to_case,
                        button(text(t!("ui-intake-new")))
                            .id(NEW_INTAKE)
                            .on_press(Msg::New)
                    ]
                    .spacing(crate::ui::theme::ROW_GAP),
                ],
            }
            .spacing(10)
            .into();
        }
        let validation = self.intake.validate(today);
        let list = self.checklist(office, today);
        let papers = paper_targets(list.as_ref());
        // Each step's tab says whether a field of it is wrong (once the
        // clerk has been there or pressed Accept).
        let wrong: std::collections::BTreeSet<Step> = validation
            .errors
            .iter()
            .filter(|e| self.show_all || self.touched.contains(&e.field))
            .map(|e| step_of(&e.field))
            .collect();
        let steps = row(Step::ALL.into_iter().map(|s| {
            let label = if wrong.contains(&s) {
                format!("{} ⚠", s.label())
            } else {
                s.label()
            };
            crate::ui::theme::tab(label, s == self.step(), Msg::Step(s))
        }))
        .spacing(4)
        .wrap();
        let form = match self.step() {
            Step::Applicant => self.applicant(&validation),
            Step::Documents => self.documents(&validation),
            Step::Destination => self.destination(&validation),
            Step::Children => self.children(&validation),
            Step::Relatives => self.relatives(&validation),
            Step::Activity => self.activities(&validation),
            Step::Family => self.family(&validation, papers.first.clone()),
        };
        // The steps above, the form and the live checklist side by side,
        // each scrolling on its own.
        let left = scrollable(form)
            .height(Length::Fill)
            .width(Length::FillPortion(3));
        // The message under the buttons names the steps the tabs mark:
        // the two never disagree.
        let wrong_steps: Vec<Step> = Step::ALL
            .into_iter()
            .filter(|s| wrong.contains(s))
            .collect();
        let right = column![
            // Room for the scrollbar: no word of the list under it.
            scrollable(self.checklist_panel(list.as_ref(), today, &papers).padding(
                iced::Padding {
                    right: 16.0,
                    ..iced::Padding::ZERO
                }
            ))
            .height(Length::Fill),
            self.decision(&wrong_steps),
        ]
        .spacing(crate::ui::theme::ROW_GAP)
        .height(Length::Fill)
        .width(Length::FillPortion(2));
        let mut col =
            column![steps, row![left, right].spacing(16)].spacing(crate::ui::theme::ROW_GAP);
        if let Some(e) = &self.error {
            col = col.push(text(e.clone()).color(level_color(Level::Breach)));
        }
        col.into()
    }

    pub(super) fn field<'a>(&'a self, label: String, f: F, v: &Validation) -> Element<'a, Msg> {
        let value = self.text_of(f);
        let path = f.path();
        // The field's id is its path in the questionnaire ("applicant.iin").
        let submit = if f.lookup().is_some() {
            Msg::PickFirst(f)
        } else {
            Msg::Enter(f)
        };
        let input = text_input("", &value)
            .id(path.clone())
            .on_input(move |s| Msg::Set(f, s))
            .on_submit(submit);
        let mut c = column![text(label).size(crate::ui::theme::LINE), input].spacing(2);
        // A searchable list: the first matches under the field while the
        // text names none (Enter takes the first). While there are matches
        // the clerk is still choosing: "choose from the list" waits.
        let mut choosing = false;
        if let Some(l) = f.lookup() {
            let code = self.code_of(f);
            if !value.trim().is_empty() && l.resolve(&code).is_none() {
                let found = l.matches(&value);
                choosing = !found.is_empty();
                let mut r = row![].spacing(4);
                for (code, name) in found.into_iter().take(6) {
                    r = r.push(
                        button(text(name).size(crate::ui::theme::LINE))
                            .style(button::secondary)
                            .on_press(Msg::Pick(f, code)),
                    );
                }
                c = c.push(r.wrap());
            }
        }
        let raw_bad = f.keeps_raw()
            && !value.trim().is_empty()
            && match f {
                F::BirthDate | F::PassportDate | F::IdDate | F::FeeDate | F::ChildBirth(_) => {
                    parse_date(&value).is_none()
                }
                _ => value.trim().parse::<i64>().is_err(),
            };
        if raw_bad {
            let msg = if matches!(
                f,
                F::BirthDate | F::PassportDate | F::IdDate | F::FeeDate | F::ChildBirth(_)
            ) {
                date_problem(&value)
            } else {
                t!("ui-intake-number-format")
            };
            c = c.push(
                text(msg)
                    .size(crate::ui::theme::NOTE)
                    .color(level_color(Level::Breach)),
            );
        } else {
            let shown = self.show_all || self.touched.contains(&f);
            let still_choosing = |p: &crate::domain::intake::Problem| {
                choosing
                    && matches!(
                        p,
                        crate::domain::intake::Problem::UnknownCountry
                            | crate::domain::intake::Problem::UnknownNationality
                    )
            };
            for e in v
                .errors
                .iter()
                .filter(|e| e.field == f && shown && !still_choosing(&e.problem))
            {
                c = c.push(
                    text(e.problem.localize())
                        .size(crate::ui::theme::NOTE)
                        .color(level_color(Level::Breach)),
                );
            }
        }
        for w in v.warnings.iter().filter(|w| w.field == f) {
            c = c.push(
                text(w.problem.localize())
                    .size(crate::ui::theme::NOTE)
                    .color(level_color(Level::Warning)),
            );
        }
        c.into()
    }

    pub(super) fn applicant<'a>(&'a self, v: &Validation) -> Element<'a, Msg> {
        // The IIN first: it gives the date of birth and what earlier cases
        // know of the person.
        let mut col = column![].spacing(crate::ui::theme::LINE_GAP);
        for f in APPLICANT_FIELDS {
            col = col.push(self.field(label_of(f), f, v));
            if f == F::Iin {
                if let Some(k) = self.known_panel(Whom::Applicant) {
                    col = col.push(k);
                }
            }
        }
        col.into()
    }

    /// The facts found for an IIN, with Fill in / Ignore.
    pub(super) fn known_panel(&self, whom: Whom) -> Option<Element<'_, Msg>> {
        let (w, p) = self.known.as_ref()?;
        if *w != whom {
            return None;
        }
        let name = join_name(&p.surname, &p.given_name, &p.patronymic);
        let born = p.birth_date.map(date).unwrap_or_default();
        let doc = if p.passport.number.is_empty() {
            p.id_card.number.clone()
        } else {
            p.passport.number.clone()
        };
        let body = column![
            text(t!("ui-known-title", case = p.case.to_string())).size(crate::ui::theme::BODY),
            text(t!(
                "ui-known-facts",
                name = name,
                born = born,
                document = doc
            ))
            .size(crate::ui::theme::BODY),
            row![
                button(text(t!("ui-known-fill")))
                    .id(KNOWN_FILL)
                    .on_press(Msg::FillKnown),
                button(text(t!("ui-known-ignore")))
                    .style(crate::ui::theme::button::secondary)
                    .on_press(Msg::IgnoreKnown),
            ]
            .spacing(crate::ui::theme::ROW_GAP),
        ]
        .spacing(4);
        Some(
            container(body)
                .padding(8)
                .style(container::bordered_box)
                .into(),
        )
    }

    pub(super) fn documents<'a>(&'a self, v: &Validation) -> Element<'a, Msg> {
        column![
            self.field(t!("ui-f-passport-no"), F::PassportNo, v),
            self.field(t!("ui-f-passport-date"), F::PassportDate, v),
            self.field(t!("ui-f-id-no"), F::IdNo, v),
            self.field(t!("ui-f-id-date"), F::IdDate, v),
        ]
        .spacing(crate::ui::theme::LINE_GAP)
        .into()
    }

    pub(super) fn destination<'a>(&'a self, v: &Validation) -> Element<'a, Msg> {
        let lang = row![
            text(t!("ui-f-doc-lang")).size(crate::ui::theme::LINE),
            crate::ui::theme::doc_lang_choice(self.intake.lang, Msg::Lang),
        ]
        .spacing(crate::ui::theme::LINE_GAP)
        .align_y(iced::Alignment::Center);
        column![
            // The forms' language first: the step ends with the address
            // (Enter there goes on).
            lang,
            self.field(t!("ui-f-country"), F::Country, v),
            self.field(t!("ui-f-address"), F::Address, v),
        ]
        .spacing(crate::ui::theme::LINE_GAP)
        .into()
    }
}
