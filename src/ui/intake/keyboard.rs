//! The keyboard order: the stops Enter walks through, and the first
//! field to go to.

use super::*;

impl IntakeState {
    /// What the keyboard stops at in the step in view, in the form's
    /// order, each with whether it still waits to be filled: the text
    /// fields, and a relative's relationship until it is chosen.
    pub(super) fn stops(&self) -> Vec<(String, bool)> {
        let i = &self.intake;
        let empty = |f: F| (f.path(), self.text_of(f).trim().is_empty());
        let mut v = Vec::new();
        match self.step() {
            Step::Applicant => v.extend(APPLICANT_FIELDS.into_iter().map(empty)),
            Step::Documents => v.extend(
                [F::PassportNo, F::PassportDate, F::IdNo, F::IdDate]
                    .into_iter()
                    .map(empty),
            ),
            Step::Destination => v.extend([F::Country, F::Address].into_iter().map(empty)),
            Step::Children => {
                for (n, c) in i.children.iter().enumerate() {
                    v.extend(
                        IntakeState::fields_of(Whom::Child(n))
                            .into_iter()
                            .map(empty),
                    );
                    // The box waits until the clerk has been on it.
                    let passed = self.touched.contains(&F::ChildLeavesWith(n));
                    v.push((F::ChildLeavesWith(n).path(), !passed));
                    if c.leaves_with == LeavesWith::OneParent {
                        v.push(empty(F::OtherParent(n)));
                    }
                }
            }
            Step::Relatives => {
                for (n, r) in i.relatives.iter().enumerate() {
                    v.push(empty(F::RelName(n)));
                    v.push((relationship_id(n), r.relationship.is_none()));
                    v.extend(
                        [
                            F::RelYear(n),
                            F::RelPlace(n),
                            F::RelCountry(n),
                            F::RelAddress(n),
                        ]
                        .into_iter()
                        .map(empty),
                    );
                    // A child under 16 has no workplace; only a spouse a
                    // place of marriage (the fields stay there for Tab).
                    let minor = match (r.birth_year, self.today) {
                        (Some(y), Some(t)) => chrono::Datelike::year(&t) - y < 16,
                        _ => false,
                    };
                    if !minor {
                        v.push(empty(F::RelWork(n)));
                    }
                    if matches!(
                        r.relationship,
                        None | Some(Relationship::Spouse | Relationship::FormerSpouse)
                    ) {
                        v.push(empty(F::RelMarriage(n)));
                    }
                    if r.deceased {
                        v.push(empty(F::RelCertificate(n)));
                    }
                }
            }
            Step::Activity => {
                for n in 0..i.activities.len() {
                    v.extend(
                        [
                            F::JobFrom(n),
                            F::JobTo(n),
                            F::JobPosition(n),
                            F::JobOrg(n),
                            F::JobAddress(n),
                        ]
                        .into_iter()
                        .map(empty),
                    );
                }
            }
            Step::Family => {
                for n in 0..i.dependants.len() {
                    v.push(empty(F::DepName(n)));
                }
                v.extend([F::FeeDate, F::FeeAmount].into_iter().map(empty));
            }
        }
        v
    }

    /// The next stop after `id` still waiting to be filled (what was filled
    /// for the clerk, from an IIN or another row, is passed over).
    pub(super) fn next_stop(&self, id: &str) -> Option<String> {
        let stops = self.stops();
        let at = stops.iter().position(|(s, _)| s == id)?;
        stops
            .into_iter()
            .skip(at + 1)
            .find(|(_, empty)| *empty)
            .map(|(s, _)| s)
    }

    /// The fields of a person, in the order the form shows them.
    pub(super) fn fields_of(whom: Whom) -> Vec<F> {
        match whom {
            Whom::Applicant => APPLICANT_FIELDS.to_vec(),
            Whom::Child(n) => vec![
                F::ChildIin(n),
                F::ChildSurname(n),
                F::ChildGiven(n),
                F::ChildPatronymic(n),
                F::ChildBirth(n),
                F::ChildPassport(n),
            ],
        }
    }

    /// The first field of a person still empty.
    pub(super) fn first_empty(&self, whom: Whom) -> Option<F> {
        IntakeState::fields_of(whom)
            .into_iter()
            .find(|f| self.text_of(*f).trim().is_empty())
    }

    /// The id of the field the keyboard starts in on the step in view.
    pub fn first_field_id(&self) -> Option<String> {
        // Where the work of the step starts: the first stop still waiting,
        // else its first field.
        let stops = self.stops();
        if let Some((id, _)) = stops.iter().find(|(_, empty)| *empty) {
            return Some(id.clone());
        }
        if let Some(f) = self.first_field() {
            return Some(f.path());
        }
        // A list with no rows yet: its Add button.
        let l = match self.step() {
            Step::Children => List::Children,
            Step::Relatives => List::Relatives,
            Step::Activity => List::Activities,
            Step::Family => List::Dependants,
            _ => return None,
        };
        Some(add_id(l).to_string())
    }

    pub(super) fn first_field(&self) -> Option<F> {
        let i = &self.intake;
        match self.step() {
            Step::Applicant => Some(F::Iin),
            Step::Documents => Some(F::PassportNo),
            Step::Destination => Some(F::Country),
            Step::Children => (!i.children.is_empty()).then_some(F::ChildIin(0)),
            Step::Relatives => (!i.relatives.is_empty()).then_some(F::RelName(0)),
            Step::Activity => (!i.activities.is_empty()).then_some(F::JobFrom(0)),
            Step::Family => (!i.dependants.is_empty()).then_some(F::DepName(0)),
        }
    }
}
