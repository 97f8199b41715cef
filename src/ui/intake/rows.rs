//! The rows of the lists (children, relatives, activities, dependants):
//! adding and dropping them, the relatives that follow from the children
//! and the applicant, the known facts of an IIN, the fee.

use super::*;

impl IntakeState {
    /// The first field of a list's last row.
    pub(super) fn row_first(&self, l: List) -> Option<F> {
        let last = self.len(l).checked_sub(1)?;
        Some(match l {
            List::Children => F::ChildIin(last),
            List::Relatives => F::RelName(last),
            List::Activities => F::JobFrom(last),
            List::Dependants => F::DepName(last),
        })
    }

    pub(super) fn len(&self, l: List) -> usize {
        match l {
            List::Children => self.intake.children.len(),
            List::Relatives => self.intake.relatives.len(),
            List::Activities => self.intake.activities.len(),
            List::Dependants => self.intake.dependants.len(),
        }
    }

    /// Whether row `n` of a list holds nothing the clerk typed (a child's
    /// surname is the one put there for them).
    pub(super) fn row_empty(&self, l: List, n: usize) -> bool {
        let i = &self.intake;
        match l {
            List::Children => i.children.get(n).is_some_and(|c| {
                // The other parent may be the one the row took from the
                // child before.
                let before = n.checked_sub(1).and_then(|p| i.children.get(p));
                c.iin.trim().is_empty()
                    && c.given_name.trim().is_empty()
                    && c.patronymic.trim().is_empty()
                    && c.passport_no.trim().is_empty()
                    && c.birth_date.is_none()
                    && (c
                        .other_parent
                        .as_ref()
                        .is_none_or(|o| o.full_name.trim().is_empty())
                        || before.is_some_and(|b| b.other_parent == c.other_parent))
            }),
            List::Relatives => i.relatives.get(n).is_some_and(|r| {
                r.full_name.trim().is_empty()
                    && r.relationship.is_none()
                    && r.birth_year.is_none()
                    && r.birth_place.trim().is_empty()
                    && r.country.trim().is_empty()
                    && r.address.trim().is_empty()
                    && r.workplace.trim().is_empty()
                    && r.marriage_place.trim().is_empty()
                    && !r.deceased
            }),
            List::Activities => i.activities.get(n).is_some_and(|a| {
                a.from_year == 0
                    && a.to_year.is_none()
                    && a.position.trim().is_empty()
                    && a.organisation.trim().is_empty()
                    && a.address.trim().is_empty()
                    && !a.military
                    && !a.secrets_access
            }),
            List::Dependants => i
                .dependants
                .get(n)
                .is_some_and(|d| d.full_name.trim().is_empty() && d.relationship.trim().is_empty()),
        }
    }

    /// Rows left empty at the end of the lists go (a row the keyboard
    /// opened and the clerk did not use).
    pub(super) fn drop_empty_rows(&mut self, now: Now) {
        for l in [
            List::Children,
            List::Relatives,
            List::Activities,
            List::Dependants,
        ] {
            while let Some(last) = self.len(l).checked_sub(1) {
                if !self.row_empty(l, last) {
                    break;
                }
                self.apply(Msg::Remove(l, last), now);
            }
        }
    }

    /// The known facts into the fields still empty; nothing typed is
    /// replaced.
    pub(super) fn fill_known(&mut self, whom: Whom, p: &KnownPerson) {
        fn put(to: &mut String, v: &str) {
            if to.trim().is_empty() {
                *to = v.to_string();
            }
        }
        match whom {
            Whom::Applicant => {
                let a = &mut self.intake.applicant;
                put(&mut a.surname, &p.surname);
                put(&mut a.given_name, &p.given_name);
                put(&mut a.patronymic, &p.patronymic);
                if a.former_names.is_empty() {
                    a.former_names = p.former_names.clone();
                }
                put(&mut a.birth_place, &p.birth_place);
                let pick_nationality = a.nationality.trim().is_empty() && !p.nationality.is_empty();
                put(&mut a.postal_code, &p.postal_code);
                put(&mut a.passport.number, &p.passport.number);
                put(&mut a.id_card.number, &p.id_card.number);
                put(&mut a.phones.mobile, &p.phones.mobile);
                put(&mut a.phones.home, &p.phones.home);
                put(&mut a.phones.work, &p.phones.work);
                let dates = [
                    (F::BirthDate, p.birth_date),
                    (F::PassportDate, p.passport.issued_on),
                    (F::IdDate, p.id_card.issued_on),
                ];
                if a.residence.trim().is_empty() && !p.residence.is_empty() {
                    self.set(F::Residence, p.residence.clone());
                }
                for (f, d) in dates {
                    if let (Some(d), true) = (d, self.raw(f).trim().is_empty()) {
                        self.set(f, date(d));
                    }
                }
                if pick_nationality {
                    self.pick(F::Nationality, p.nationality.clone());
                }
            }
            Whom::Child(n) => {
                if let Some(c) = self.intake.children.get_mut(n) {
                    put(&mut c.surname, &p.surname);
                    put(&mut c.given_name, &p.given_name);
                    put(&mut c.patronymic, &p.patronymic);
                    put(&mut c.passport_no, &p.passport.number);
                }
                if let (Some(d), true) = (p.birth_date, self.raw(F::ChildBirth(n)).is_empty()) {
                    self.set(F::ChildBirth(n), date(d));
                }
                self.link(Source::Child(n));
            }
        }
    }

    /// What follows from a field just typed: a child (and the other
    /// parent) kept in the relatives' table, which the Annex 2 asks for
    /// again; the children's address with the residence.
    pub(super) fn follow(&mut self, f: F) {
        match f {
            F::ChildSurname(n)
            | F::ChildGiven(n)
            | F::ChildPatronymic(n)
            | F::ChildIin(n)
            | F::ChildBirth(n) => self.link(Source::Child(n)),
            F::OtherParent(n) => self.link(Source::OtherParent(n)),
            F::Residence => {
                for n in 0..self.intake.children.len() {
                    self.link(Source::Child(n));
                }
            }
            _ => {}
        }
    }

    /// A new child: leaving with the same parent as the child before
    /// (the other parent shared, the clerk changes it if not); the surname
    /// is offered once the IIN tells the child's sex (`offer_surname`).
    pub(super) fn add_child(&mut self) {
        let prev = self.intake.children.last().cloned();
        let n = self.intake.children.len();
        let mut c = ChildGoing::default();
        if let Some(p) = &prev {
            c.leaves_with = p.leaves_with;
            c.other_parent = p.other_parent.clone();
            // The same person: the same row of the relatives' table.
            for key in [
                Key::RowAt(F::ChildOtherParent(n - 1)),
                Key::RowWas(F::ChildOtherParent(n - 1)),
            ] {
                if let Some(v) = self.raw.get(&key).cloned() {
                    self.raw.insert(key.at(n), v);
                }
            }
        }
        self.intake.children.push(c);
    }

    /// The child's surname in the form for the child's sex (from its
    /// IIN), while the clerk has typed none: the surname of the nearest
    /// child before it of the same sex, else the applicant's if of the same
    /// sex, else one whose ending the rule can turn (Серікова → Серіков);
    /// nothing where the rule cannot tell.
    pub(super) fn offer_surname(&mut self, n: usize) {
        if self.touched.contains(&F::ChildSurname(n)) {
            return;
        }
        let sex_of = |iin: &str| Iin::parse(iin).ok().and_then(|i| i.facts().sex);
        let Some(to) = self.intake.children.get(n).and_then(|c| sex_of(&c.iin)) else {
            return;
        };
        let a = &self.intake.applicant;
        let family: Vec<(String, Option<crate::domain::ids::Sex>)> = self.intake.children[..n]
            .iter()
            .rev()
            .map(|c| (c.surname.clone(), sex_of(&c.iin)))
            .chain(std::iter::once((a.surname.clone(), sex_of(&a.iin))))
            .filter(|(s, _)| !s.trim().is_empty())
            .collect();
        let same = family.iter().find(|(_, sex)| *sex == Some(to));
        let offer = same
            .map(|(s, _)| s.trim().to_string())
            .or_else(|| {
                family
                    .iter()
                    .find_map(|(s, sex)| crate::domain::surname::for_sex(s, *sex, to))
            })
            .unwrap_or_default();
        let c = &mut self.intake.children[n];
        if c.surname != offer {
            c.surname = offer.clone();
            // Put where the clerk did not type: the keyboard shows it once.
            self.surname_offered = (!offer.is_empty()).then_some(n);
        }
    }

    /// A child ticked as leaving with one parent, its other parent not yet
    /// named: the other parent of the nearest child before it who leaves
    /// with one parent is offered (the same person, the same row).
    pub(super) fn offer_other_parent(&mut self, n: usize) {
        let named =
            |o: &Option<OtherParent>| o.as_ref().is_some_and(|o| !o.full_name.trim().is_empty());
        if self
            .intake
            .children
            .get(n)
            .is_none_or(|c| named(&c.other_parent))
        {
            return;
        }
        let Some(m) = (0..n).rev().find(|m| {
            let c = &self.intake.children[*m];
            c.leaves_with == LeavesWith::OneParent && named(&c.other_parent)
        }) else {
            return;
        };
        let other = self.intake.children[m].other_parent.clone();
        self.intake.children[n].other_parent = other;
        for key in [
            Key::RowAt(F::ChildOtherParent(m)),
            Key::RowWas(F::ChildOtherParent(m)),
        ] {
            if let Some(v) = self.raw.get(&key).cloned() {
                self.raw.insert(key.at(n), v);
            }
        }
    }

    /// The relatives' row a child or other parent makes, from what is
    /// typed of them (`None` until a name is).
    pub(super) fn derived(&self, src: Source) -> Option<Relative> {
        match src {
            Source::Child(n) => {
                let c = self.intake.children.get(n)?;
                if c.full_name().is_empty() {
                    return None;
                }
                let sex = Iin::parse(&c.iin).ok().and_then(|i| i.facts().sex);
                Some(Relative {
                    full_name: c.full_name(),
                    relationship: sex.map(|s| match s {
                        crate::domain::ids::Sex::Male => Relationship::Son,
                        crate::domain::ids::Sex::Female => Relationship::Daughter,
                    }),
                    deceased: false,
                    death_certificate: String::new(),
                    birth_year: c.birth_date.map(|d| chrono::Datelike::year(&d)),
                    birth_place: String::new(),
                    // Lives in Kazakhstan with the applicant, until they leave.
                    country: "KZ".into(),
                    // A child going along lives with the applicant.
                    address: self.intake.applicant.residence.clone(),
                    workplace: String::new(),
                    marriage_place: String::new(),
                })
            }
            Source::OtherParent(n) => {
                let o = self.intake.children.get(n)?.other_parent.as_ref()?;
                if o.full_name.trim().is_empty() {
                    return None;
                }
                Some(Relative {
                    full_name: o.full_name.trim().to_string(),
                    // Spouse or former spouse: the clerk chooses.
                    relationship: None,
                    deceased: o.whereabouts == Whereabouts::Deceased,
                    death_certificate: String::new(),
                    birth_year: None,
                    birth_place: String::new(),
                    country: match o.whereabouts {
                        Whereabouts::InKazakhstan => "KZ".into(),
                        _ => String::new(),
                    },
                    address: String::new(),
                    workplace: String::new(),
                    marriage_place: String::new(),
                })
            }
        }
    }

    /// Keeps the relatives' row of `src` as typed there: made when the
    /// first letter of a name is, then each of its values follows while
    /// the clerk has not changed it in the relatives' table. A row the
    /// clerk removed is not made again.
    pub(super) fn link(&mut self, src: Source) {
        let at_key = Key::RowAt(src.field());
        let was_key = Key::RowWas(src.field());
        let Some(new) = self.derived(src) else {
            return;
        };
        // Children of the same other parent: one person, one row.
        if let Source::OtherParent(n) = src {
            self.share_other_parent(n, &new.full_name);
        }
        let was: Option<Relative> = self
            .raw
            .get(&was_key)
            .and_then(|j| serde_json::from_str(j).ok());
        let at = match self.raw.get(&at_key).map(String::as_str) {
            Some("-") => return,
            Some(k) => k.parse::<usize>().ok(),
            None => None,
        };
        let at = match at.filter(|k| *k < self.intake.relatives.len()) {
            Some(k) => k,
            None => {
                // Someone already in the table under this name is that row.
                let same = |a: &str, b: &str| {
                    a.split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase()
                        == b.split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" ")
                            .to_lowercase()
                };
                match self
                    .intake
                    .relatives
                    .iter()
                    .position(|r| same(&r.full_name, &new.full_name))
                {
                    Some(k) => k,
                    None => {
                        self.intake.relatives.push(new.clone());
                        self.intake.relatives.len() - 1
                    }
                }
            }
        };
        let r = &mut self.intake.relatives[at];
        fn blank<T: Default + PartialEq>(v: &T) -> bool {
            *v == T::default()
        }
        // A value follows into an empty cell, or over the one it put there
        // before; never over what the clerk typed in the relatives' table.
        macro_rules! follow {
            ($f:ident) => {
                if !blank(&new.$f) && (blank(&r.$f) || was.as_ref().is_some_and(|w| w.$f == r.$f)) {
                    r.$f = new.$f.clone();
                }
            };
        }
        follow!(full_name);
        follow!(relationship);
        follow!(birth_year);
        follow!(country);
        follow!(address);
        follow!(deceased);
        if let Some(y) = r.birth_year {
            self.raw.insert(Key::Text(F::RelYear(at)), y.to_string());
        }
        self.raw.insert(at_key, at.to_string());
        self.raw
            .insert(was_key, serde_json::to_string(&new).unwrap_or_default());
    }

    /// The row of another child's other parent of this name, if one is
    /// in the relatives' table: child `n`'s other parent is that row (the
    /// row child `n` made on its own goes, unless the clerk changed it).
    fn share_other_parent(&mut self, n: usize, name: &str) {
        let norm = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        let shared = (0..self.intake.children.len())
            .filter(|m| *m != n)
            .filter(|m| {
                self.intake.children[*m]
                    .other_parent
                    .as_ref()
                    .is_some_and(|o| norm(&o.full_name) == norm(name))
            })
            .find_map(|m| {
                self.raw
                    .get(&Key::RowAt(F::ChildOtherParent(m)))
                    .and_then(|k| k.parse::<usize>().ok())
                    .filter(|k| *k < self.intake.relatives.len())
            });
        let Some(mut k) = shared else {
            return;
        };
        let at_key = Key::RowAt(F::ChildOtherParent(n));
        let own = self.raw.get(&at_key).and_then(|j| j.parse::<usize>().ok());
        if own == Some(k) {
            return;
        }
        let was: Option<Relative> = self
            .raw
            .get(&Key::RowWas(F::ChildOtherParent(n)))
            .and_then(|j| serde_json::from_str(j).ok());
        if let Some(j) = own {
            if was.is_some() && self.intake.relatives.get(j) == was.as_ref() {
                self.intake.relatives.remove(j);
                self.reindex_raw(List::Relatives, j);
                self.relative_removed(j);
                if k > j {
                    k -= 1;
                }
            }
        }
        self.raw.insert(at_key, k.to_string());
    }

    /// A relatives' row removed: the links to later rows move up, a link to
    /// it says "removed by the clerk".
    pub(super) fn relative_removed(&mut self, n: usize) {
        for (k, v) in self.raw.iter_mut() {
            if !matches!(k, Key::RowAt(_)) {
                continue;
            }
            match v.parse::<usize>() {
                Ok(i) if i == n => *v = "-".into(),
                Ok(i) if i > n => *v = (i - 1).to_string(),
                _ => {}
            }
        }
    }

    /// A child removed: the relatives' row it made goes too, unless the
    /// clerk changed that row.
    pub(super) fn drop_child_relative(&mut self, n: usize) {
        let src = Source::Child(n);
        let at = self
            .raw
            .get(&Key::RowAt(src.field()))
            .and_then(|k| k.parse::<usize>().ok());
        let was: Option<Relative> = self
            .raw
            .get(&Key::RowWas(src.field()))
            .and_then(|j| serde_json::from_str(j).ok());
        if let (Some(at), Some(was)) = (at, was) {
            if self.intake.relatives.get(at) == Some(&was) {
                self.intake.relatives.remove(at);
                self.reindex_raw(List::Relatives, at);
                self.relative_removed(at);
            }
        }
    }

    /// The fee record from its raw fields (paid when both parse).
    pub(super) fn sync_fee(&mut self) {
        let paid_on = parse_date(&self.raw(F::FeeDate));
        let amount = self.raw(F::FeeAmount).trim().parse::<u64>().ok();
        let channel = self
            .intake
            .fee
            .as_ref()
            .map(|f| f.channel)
            .unwrap_or(PaymentChannel::Bank);
        self.intake.fee = match (paid_on, amount) {
            (Some(paid_on), Some(amount_tenge)) => Some(FeePayment {
                paid_on,
                channel,
                amount_tenge,
            }),
            _ => None,
        };
    }

    pub(super) fn reindex_raw(&mut self, l: List, removed: usize) {
        let old = std::mem::take(&mut self.raw);
        for (k, v) in old {
            match k.row() {
                Some((list, idx)) if list == l => {
                    if idx != removed {
                        let idx = if idx > removed { idx - 1 } else { idx };
                        self.raw.insert(k.at(idx), v);
                    }
                }
                _ => {
                    self.raw.insert(k, v);
                }
            }
        }
    }

    /// A valid IIN typed for a person nothing else is typed of yet: ask
    /// what earlier cases know of them (once per IIN).
    pub(super) fn lookup_for(&mut self, f: F) -> Option<Effect> {
        let (whom, iin, blank) = match f {
            F::Iin => {
                let a = &self.intake.applicant;
                (
                    Whom::Applicant,
                    a.iin.clone(),
                    a.surname.trim().is_empty() && a.given_name.trim().is_empty(),
                )
            }
            F::ChildIin(n) => {
                let c = self.intake.children.get(n)?;
                (
                    Whom::Child(n),
                    c.iin.clone(),
                    c.given_name.trim().is_empty(),
                )
            }
            _ => return None,
        };
        let iin = Iin::parse(&iin).ok()?.as_string();
        if !blank || !self.looked_up.insert(iin.clone()) {
            return None;
        }
        Some(Effect::Lookup(whom, iin))
    }
}
