//! The case list (search by case number, IIN or name; paged) and the case
//! page: state, checklist, deadlines, timeline, printable forms.

use crate::desk::{self, CaseView, Now, Step, Who};
use crate::domain::case::CaseNumber;
use crate::domain::checklist::ItemStatus;
use crate::domain::records::CaseRecord;
use crate::domain::DocLang;
use crate::i18n::{date, Localize};
use crate::print::{self, Annex};
use crate::store::{BoardFilter, Office, SearchPage, Store, User, VisitDayStat};
use crate::t;
use iced::widget::{button, column, container, row, scrollable, text, text_input};
use iced::{Element, Length};
use std::path::PathBuf;

/// Rows on one page of the list: layout is O(rows), so never the whole table.
pub const PAGE: u32 = 50;

#[derive(Debug, Clone)]
pub enum Msg {
    Query(String),
    Search,
    Mode(ListMode),
    Next,
    Prev,
    Found(Result<SearchPage, String>),
    Open(CaseNumber),
    Opened(Result<Box<CaseView>, String>),
    /// The approving bodies offered on the case page (settings data).
    Bodies(Vec<String>),
    Back,
    Print(Annex, DocLang),
    Action(super::actions::Msg),
    /// F8: the form the case's state stands for, in the applicant's language.
    PrintMain,
    Printed(Result<PathBuf, String>),
    OpenFile(PathBuf),
    Delivered(Result<(), String>),
    /// The board's stage filter (`None`: every stage).
    Stage(Option<crate::domain::case::Status>),
    Office(Pick<u16>),
    Officer(Pick<String>),
    /// The board's choices and the visits chart.
    Board(Result<Box<BoardData>, String>),
}

/// A pick-list entry: "all", or one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick<T> {
    All,
    One(T),
}

impl<T> Pick<T> {
    fn value(self) -> Option<T> {
        match self {
            Pick::All => None,
            Pick::One(v) => Some(v),
        }
    }
}

impl std::fmt::Display for Pick<u16> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Pick::All => f.write_str(&t!("ui-board-all-offices")),
            Pick::One(code) => f.write_str(&t!("ui-board-office", code = format!("{code:04}"))),
        }
    }
}

impl std::fmt::Display for Pick<String> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Pick::All => f.write_str(&t!("ui-board-all-officers")),
            Pick::One(login) => f.write_str(login),
        }
    }
}

/// What the board shows beside the list: the filters' choices and the
/// share of visits within the limits per day and counter.
#[derive(Debug, Clone, Default)]
pub struct BoardData {
    pub offices: Vec<u16>,
    pub officers: Vec<String>,
    pub stats: Vec<VisitDayStat>,
    pub wait_minutes: u32,
    pub service_minutes: u32,
}

/// The chart's width beside the board's list.
const CHART_WIDTH: f32 = 560.0;

/// Days the visits chart covers, today included.
pub const CHART_DAYS: i64 = 14;

/// The stages the board filters by: those with a deadline running.
pub const BOARD_STAGES: [crate::domain::case::Status; 4] = [
    crate::domain::case::Status::UnderReview,
    crate::domain::case::Status::Approved,
    crate::domain::case::Status::DecisionIssued,
    crate::domain::case::Status::TransferredToProvider,
];

#[derive(Debug, Clone)]
pub enum Effect {
    Search {
        query: String,
        page: u32,
    },
    ByDue {
        filter: BoardFilter,
        page: u32,
    },
    Board,
    Bodies,
    Open(CaseNumber),
    Print {
        number: CaseNumber,
        annex: Annex,
        lang: DocLang,
    },
    OpenFile(PathBuf),
    Record {
        number: CaseNumber,
        step: Step,
    },
}

#[derive(Debug, Default)]
pub struct CasesState {
    pub query: String,
    pub page: u32,
    pub rows: Option<SearchPage>,
    pub case: Option<Box<CaseView>>,
    pub printed: Option<PathBuf>,
    pub error: Option<String>,
    pub actions: super::actions::ActionsState,
    pub mode: ListMode,
    /// The deadline board's filters and what it shows beside the list.
    pub filter: BoardFilter,
    pub board: BoardData,
    pub bodies: Vec<String>,
    /// Today, for the days left on each deadline.
    pub today: chrono::NaiveDate,
}

/// What the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListMode {
    /// Search results (all cases, newest first, when the box is empty).
    #[default]
    Search,
    /// The officer's queue: cases under review, the earliest due first.
    Review,
    /// Every open case by its next due date, overdue first.
    Board,
}

impl CasesState {
    fn fetch(&self) -> Effect {
        match self.mode {
            ListMode::Search => Effect::Search {
                query: self.query.clone(),
                page: self.page,
            },
            ListMode::Review => Effect::ByDue {
                filter: BoardFilter {
                    status: Some(crate::domain::case::Status::UnderReview),
                    ..Default::default()
                },
                page: self.page,
            },
            ListMode::Board => Effect::ByDue {
                filter: self.filter.clone(),
                page: self.page,
            },
        }
    }
}

impl CasesState {
    pub fn update(&mut self, msg: Msg, today: chrono::NaiveDate) -> Vec<Effect> {
        self.today = today;
        match msg {
            Msg::Action(m) => {
                let Some(number) = self.case.as_ref().map(|c| c.record.summary.number) else {
                    return vec![];
                };
                match self.actions.update(m) {
                    super::actions::Outcome::Record(step) => vec![Effect::Record { number, step }],
                    super::actions::Outcome::None => vec![],
                }
            }
            Msg::Query(q) => {
                self.query = q;
                vec![]
            }
            Msg::Search => {
                self.page = 0;
                self.mode = ListMode::Search;
                vec![self.fetch()]
            }
            Msg::Mode(m) => {
                self.mode = m;
                self.page = 0;
                self.case = None;
                if m == ListMode::Board {
                    vec![self.fetch(), Effect::Board]
                } else {
                    vec![self.fetch()]
                }
            }
            Msg::Stage(s) => {
                self.filter.status = s;
                self.page = 0;
                vec![self.fetch()]
            }
            Msg::Office(p) => {
                self.filter.office_code = p.value();
                self.page = 0;
                vec![self.fetch()]
            }
            Msg::Officer(p) => {
                self.filter.officer = p.value();
                self.page = 0;
                vec![self.fetch()]
            }
            Msg::Board(Ok(data)) => {
                self.board = *data;
                vec![]
            }
            Msg::Next if self.rows.as_ref().is_some_and(|r| r.more) => {
                self.page += 1;
                vec![self.fetch()]
            }
            Msg::Prev if self.page > 0 => {
                self.page -= 1;
                vec![self.fetch()]
            }
            Msg::Next | Msg::Prev => vec![],
            Msg::Found(Ok(page)) => {
                self.rows = Some(page);
                self.error = None;
                vec![]
            }
            Msg::Open(n) => vec![Effect::Open(n), Effect::Bodies],
            Msg::Bodies(b) => {
                self.bodies = b;
                self.actions.bodies = self.bodies.clone();
                vec![]
            }
            Msg::Opened(Ok(case)) => {
                // A new state: the forms for the next step start empty.
                if self.case.as_ref().map(|c| c.record.events.len())
                    != Some(case.record.events.len())
                {
                    self.actions = super::actions::ActionsState {
                        bodies: self.bodies.clone(),
                        ..Default::default()
                    };
                }
                self.error = None;
                self.case = Some(case);
                self.printed = None;
                vec![]
            }
            Msg::Back => {
                self.case = None;
                vec![]
            }
            Msg::Print(annex, lang) => self
                .case
                .as_ref()
                .map(|c| {
                    vec![Effect::Print {
                        number: c.record.summary.number,
                        annex,
                        lang,
                    }]
                })
                .unwrap_or_default(),
            Msg::PrintMain => self
                .case
                .as_ref()
                .map(|c| {
                    vec![Effect::Print {
                        number: c.record.summary.number,
                        annex: main_form(c.record.summary.status),
                        lang: c.record.state.intake.lang,
                    }]
                })
                .unwrap_or_default(),
            Msg::Printed(Ok(path)) => {
                self.printed = Some(path);
                vec![]
            }
            Msg::OpenFile(p) => vec![Effect::OpenFile(p)],
            Msg::Delivered(Ok(())) => vec![],
            Msg::Found(Err(e))
            | Msg::Opened(Err(e))
            | Msg::Printed(Err(e))
            | Msg::Delivered(Err(e))
            | Msg::Board(Err(e)) => {
                self.error = Some(e);
                vec![]
            }
        }
    }

    pub fn view(&self) -> Element<'_, Msg> {
        let mut col = column![].spacing(8);
        if let Some(e) = &self.error {
            col = col.push(text(e.clone()).color(super::style::level_color(
                crate::domain::visit::Level::Breach,
            )));
        }
        match &self.case {
            // The case on the left, what can be done next on the right;
            // each scrolls on its own.
            Some(c) => col
                .push(
                    row![
                        scrollable(case_page(c, self.printed.as_ref()))
                            .width(Length::FillPortion(1))
                            .height(Length::Fill),
                        scrollable(
                            self.actions
                                .view(&c.record.state, &c.record.events, &c.actions)
                                .map(Msg::Action)
                        )
                        .width(Length::FillPortion(1))
                        .height(Length::Fill),
                    ]
                    .spacing(16),
                )
                .into(),
            None => col.push(self.list()).into(),
        }
    }

    fn list(&self) -> Element<'_, Msg> {
        let search = row![
            text_input(&t!("ui-cases-search"), &self.query)
                .id("case-search")
                .on_input(Msg::Query)
                .on_submit(Msg::Search),
            button(text(t!("ui-cases-find"))).on_press(Msg::Search),
        ]
        .spacing(8);
        let mut list = column![].spacing(2);
        match &self.rows {
            Some(p) if p.rows.is_empty() => list = list.push(text(t!("cli-no-cases"))),
            Some(p) => {
                for r in &p.rows {
                    let mut line = format!(
                        "{}   {}   {}   {}",
                        r.number,
                        r.iin,
                        r.full_name,
                        r.status.localize()
                    );
                    let mut overdue = false;
                    if self.mode != ListMode::Search {
                        if let Some(due) = r.next_due {
                            let left = (due - self.today).num_days();
                            overdue = left < 0;
                            let what = r
                                .next_due_kind
                                .as_deref()
                                .map(|k| crate::i18n::dynamic(&format!("deadline-{k}")))
                                .unwrap_or_default();
                            line = format!(
                                "{line}   {}",
                                t!("ui-cases-due", what = what, due = date(due), left = left)
                            );
                        }
                    }
                    let label = text(line).size(14);
                    let label = if overdue {
                        label.color(super::style::level_color(
                            crate::domain::visit::Level::Breach,
                        ))
                    } else {
                        label
                    };
                    list = list.push(
                        button(label)
                            .style(button::text)
                            .on_press(Msg::Open(r.number)),
                    );
                }
            }
            None => {}
        }
        let more = self.rows.as_ref().is_some_and(|r| r.more);
        let page = self.page + 1;
        let pager = row![
            button(text(t!("ui-cases-prev"))).on_press_maybe((self.page > 0).then_some(Msg::Prev)),
            text(t!("ui-cases-page", page = page)),
            button(text(t!("ui-cases-next"))).on_press_maybe(more.then_some(Msg::Next)),
        ]
        .spacing(8)
        .align_y(iced::Alignment::Center);
        let modes = row![
            super::style::tab(
                t!("ui-cases-mode-search"),
                self.mode == ListMode::Search,
                Msg::Mode(ListMode::Search)
            ),
            super::style::tab(
                t!("ui-cases-mode-review"),
                self.mode == ListMode::Review,
                Msg::Mode(ListMode::Review)
            ),
            super::style::tab(
                t!("ui-cases-mode-board"),
                self.mode == ListMode::Board,
                Msg::Mode(ListMode::Board)
            ),
        ]
        .spacing(4);
        let page = column![text(t!("ui-nav-cases")).size(22), modes].spacing(8);
        if self.mode == ListMode::Board {
            // The list beside the chart: both visible on one screen.
            let left = column![scrollable(list).height(Length::Fill), pager]
                .spacing(8)
                .width(Length::Fill);
            page.push(self.board_filters())
                .push(row![left, self.chart()].spacing(16))
                .into()
        } else {
            page.push(search)
                .push(scrollable(list).height(Length::Fill))
                .push(pager)
                .into()
        }
    }

    fn board_filters(&self) -> Element<'_, Msg> {
        let mut stages = row![super::style::tab(
            t!("ui-board-all-stages"),
            self.filter.status.is_none(),
            Msg::Stage(None)
        )]
        .spacing(4);
        for s in BOARD_STAGES {
            stages = stages.push(super::style::tab(
                s.localize(),
                self.filter.status == Some(s),
                Msg::Stage(Some(s)),
            ));
        }
        let mut offices = row![
            text(t!("ui-board-office-label")).size(14),
            super::style::tab(
                Pick::<u16>::All.to_string(),
                self.filter.office_code.is_none(),
                Msg::Office(Pick::All)
            )
        ]
        .spacing(4)
        .align_y(iced::Alignment::Center);
        for &code in &self.board.offices {
            offices = offices.push(super::style::tab(
                Pick::One(code).to_string(),
                self.filter.office_code == Some(code),
                Msg::Office(Pick::One(code)),
            ));
        }
        let mut officers = row![
            text(t!("ui-board-officer-label")).size(14),
            super::style::tab(
                Pick::<String>::All.to_string(),
                self.filter.officer.is_none(),
                Msg::Officer(Pick::All)
            )
        ]
        .spacing(4)
        .align_y(iced::Alignment::Center);
        for login in &self.board.officers {
            officers = officers.push(super::style::tab(
                login.clone(),
                self.filter.officer.as_ref() == Some(login),
                Msg::Officer(Pick::One(login.clone())),
            ));
        }
        let wide = |r: iced::widget::Row<'static, Msg>| {
            scrollable(r).direction(scrollable::Direction::Horizontal(
                scrollable::Scrollbar::default(),
            ))
        };
        column![stages, wide(offices), wide(officers)]
            .spacing(6)
            .into()
    }

    /// The share of served visits within both limits, per day and counter,
    /// as bars: green from 90 %, amber from 75 %, red below.
    fn chart(&self) -> Element<'_, Msg> {
        use crate::domain::visit::Level;
        let b = &self.board;
        let mut col = column![text(t!(
            "ui-board-chart",
            days = CHART_DAYS,
            wait = b.wait_minutes,
            service = b.service_minutes
        ))
        .size(16)]
        .spacing(2);
        if b.stats.is_empty() {
            col = col.push(text(t!("ui-board-chart-empty")).size(14));
        }
        for s in &b.stats {
            let pct = s.percent();
            let level = if pct >= 90 {
                Level::Normal
            } else if pct >= 75 {
                Level::Warning
            } else {
                Level::Breach
            };
            let color = super::style::level_color(level);
            let bar = container(text(""))
                .width(Length::Fixed(2.0 * pct as f32 + 1.0))
                .height(Length::Fixed(12.0))
                .style(move |_| container::Style {
                    background: Some(color.into()),
                    ..Default::default()
                });
            col = col.push(
                row![
                    text(t!(
                        "ui-board-chart-row",
                        day = date(s.day),
                        counter = s.counter.as_str()
                    ))
                    .size(13)
                    .width(Length::Fixed(170.0)),
                    container(bar).width(Length::Fixed(204.0)),
                    text(t!(
                        "ui-board-chart-share",
                        within = s.within,
                        served = s.served,
                        percent = pct
                    ))
                    .size(13),
                ]
                .spacing(8)
                .align_y(iced::Alignment::Center),
            );
        }
        scrollable(col.padding(iced::Padding {
            right: 14.0,
            ..iced::Padding::ZERO
        }))
        .width(Length::Fixed(CHART_WIDTH))
        .height(Length::Fill)
        .into()
    }
}

/// The form a case's state stands for.
pub fn main_form(status: crate::domain::case::Status) -> Annex {
    use crate::domain::case::Status as S;
    match status {
        S::IntakeOpen => Annex::A2,
        S::RefusedAtIntake => Annex::A5,
        S::UnderReview => Annex::A4,
        S::Approved => Annex::A4_1,
        S::Refused => Annex::A1_1,
        S::DecisionIssued | S::TransferredToProvider | S::HandedOver => Annex::A1,
    }
}

fn case_page<'a>(view: &'a CaseView, printed: Option<&'a PathBuf>) -> Element<'a, Msg> {
    let c: &CaseRecord = &view.record;
    let s = &c.summary;
    let mut col = column![
        button(text(t!("ui-case-back"))).on_press(Msg::Back),
        text(t!(
            "cli-case-header",
            number = s.number.to_string(),
            status = s.status.localize()
        ))
        .size(22),
        text(t!(
            "cli-applicant",
            name = s.full_name.as_str(),
            iin = s.iin.as_str()
        )),
    ]
    .spacing(6);
    col = col.push(questionnaire(&c.state.intake));
    if let (Some(a), Some(b)) = (c.state.accepted_on, c.state.come_back_on) {
        col = col.push(text(t!("cli-accepted", date = date(a), back = date(b))));
    }
    let state = if c.checklist.is_complete() {
        t!("cli-checklist-complete")
    } else {
        t!("cli-checklist-incomplete")
    };
    col = col.push(text(t!("cli-checklist", state = state)).size(16));
    for i in &c.checklist.items {
        let mark = if i.status == ItemStatus::Missing {
            "✗"
        } else {
            "✓"
        };
        col = col.push(
            text(format!(
                "{mark} [{}] {} — {}: {}",
                i.paragraph,
                i.requirement.localize(),
                i.subject_name,
                i.status.localize()
            ))
            .size(14),
        );
    }
    if !c.deadlines.is_empty() {
        col = col.push(text(t!("cli-deadlines")).size(16));
        for d in &c.deadlines {
            col = col.push(text(format!("{}: {}", d.kind.localize(), date(d.due))).size(14));
        }
    }
    for (id, note) in &c.state.corrections {
        if let Some(e) = c.events.iter().find(|e| e.id == *id) {
            col = col.push(
                text(t!(
                    "ui-case-corrected",
                    seq = e.seq,
                    what = e.kind.localize(),
                    note = note.as_str()
                ))
                .size(14),
            );
        }
    }
    if let Some(by) = c.state.leave_by() {
        col = col.push(text(t!("ui-case-leave-by", date = date(by))).size(16));
    }
    if let Some((on, request)) = &c.state.taken_at_home {
        col = col.push(text(t!(
            "ui-case-taken-at-home",
            date = date(*on),
            request = request.as_str()
        )));
    }
    if !c.state.registration_answers.is_empty() {
        col = col.push(text(t!("ui-act-annex3")).size(16));
        for a in &c.state.registration_answers {
            let verdict = if a.registered {
                t!("ui-case-registered")
            } else {
                t!("ui-case-not-registered")
            };
            col = col.push(
                text(format!(
                    "{} — {}{} ({}, {})",
                    a.person,
                    verdict,
                    if a.details.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", a.details)
                    },
                    a.reference,
                    date(a.on)
                ))
                .size(14),
            );
        }
    }
    col = col.push(text(t!("ui-case-events")).size(16));
    for e in &c.events {
        col = col.push(
            text(format!(
                "{}  {}  {}",
                e.recorded_at.format("%d.%m.%Y %H:%M"),
                e.kind.localize(),
                e.actor
            ))
            .size(13),
        );
    }
    // The forms this case may print now (the domain's list), in the
    // applicant's language.
    col = col.push(text(t!("ui-case-print")).size(16));
    let lang: DocLang = c.state.intake.lang;
    col = col.push(
        text(t!(
            "ui-case-print-lang",
            lang = crate::i18n::dynamic(&format!("ui-doc-lang-{lang}"))
        ))
        .size(13),
    );
    if view.forms.is_empty() {
        col = col.push(text(t!("ui-case-no-forms")).size(13));
    }
    let mut forms = row![].spacing(6);
    for annex in &view.forms {
        forms = forms.push(
            button(text(t!("ui-case-annex", annex = annex.code())).size(13))
                .on_press(Msg::Print(*annex, lang)),
        );
    }
    col = col.push(forms.wrap());
    if let Some(p) = printed {
        col = col.push(
            row![
                text(t!("ui-case-printed", path = p.display().to_string())).size(14),
                button(text(t!("ui-case-open"))).on_press(Msg::OpenFile(p.clone())),
            ]
            .spacing(8),
        );
    }
    col.padding(iced::Padding {
        right: 14.0,
        ..iced::Padding::ZERO
    })
    .into()
}

pub fn run(
    st: &mut Store,
    office: Option<&Office>,
    user: Option<&User>,
    e: Effect,
    now: Now,
) -> Msg {
    let who = user.map(Who::user).unwrap_or_else(Who::cli);
    let today = now.today;
    match e {
        Effect::Search { query, page } => Msg::Found(
            st.search(&query, page * PAGE, PAGE)
                .map_err(|e| e.localize()),
        ),
        Effect::ByDue { filter, page } => Msg::Found(
            st.cases_by_due(&filter, page * PAGE, PAGE)
                .map_err(|e| e.localize()),
        ),
        Effect::Board => Msg::Board((|| {
            let (offices, officers) = st.board_choices().map_err(|e| e.localize())?;
            let rules = st.rules().map_err(|e| e.localize())?;
            let kind = office
                .map(|o| o.kind)
                .ok_or_else(|| t!("store-not-initialised"))?;
            let limit = rules
                .profile_on(today)
                .map(|p| p.visit_limit(kind))
                .ok_or_else(|| crate::store::StoreError::NoProfile(today).localize())?;
            let from = today - chrono::Duration::days(CHART_DAYS - 1);
            let stats = st
                .visit_stats(from, today, limit.wait_minutes, limit.service_minutes)
                .map_err(|e| e.localize())?;
            Ok(Box::new(BoardData {
                offices,
                officers,
                stats,
                wait_minutes: limit.wait_minutes,
                service_minutes: limit.service_minutes,
            }))
        })()),
        Effect::Bodies => Msg::Bodies(super::actions::bodies(st)),
        Effect::Open(n) => Msg::Opened(
            desk::open_case(st, &who, now, &n)
                .map(Box::new)
                .map_err(|e| e.localize()),
        ),
        Effect::Print {
            number,
            annex,
            lang,
        } => Msg::Printed(
            desk::print_form(st, &who, now, &number, annex, lang, None)
                .map(|p| p.path)
                .map_err(|e| e.localize()),
        ),
        Effect::Record { number, step } => Msg::Opened(
            desk::record(st, &who, now, &number, step)
                .map(Box::new)
                .map_err(|e| e.localize()),
        ),
        Effect::OpenFile(p) => Msg::Delivered(
            print::deliver(&p, print::Delivery::Open)
                .map_err(|e| t!("cli-deliver-failed", error = e.to_string())),
        ),
    }
}

/// The questionnaire in brief on the case page (the whole of it prints as
/// Annex 2).
fn questionnaire(q: &crate::domain::intake::Intake) -> Element<'_, Msg> {
    use crate::domain::intake::relationship_key;
    let a = &q.applicant;
    let mut col = column![text(t!("ui-case-q-title")).size(16)].spacing(2);
    col = col.push(
        text(t!(
            "ui-case-q-born",
            date = a.birth_date.map(date).unwrap_or_default(),
            place = a.birth_place.as_str(),
            residence = a.residence.as_str()
        ))
        .size(14),
    );
    col = col.push(
        text(t!(
            "ui-case-q-destination",
            country = q.destination_country.as_str(),
            address = q.registered_address.as_str()
        ))
        .size(14),
    );
    let children = q
        .children
        .iter()
        .map(|ch| {
            format!(
                "{} {} ({})",
                ch.surname,
                ch.given_name,
                ch.birth_date.map(date).unwrap_or_default()
            )
        })
        .collect::<Vec<_>>();
    col = col.push(
        text(t!(
            "ui-case-q-children",
            count = children.len(),
            list = children.join(", ")
        ))
        .size(14),
    );
    let relatives = q
        .relatives
        .iter()
        .map(|r| {
            format!(
                "{} ({})",
                r.full_name,
                crate::i18n::dynamic(&format!("rel-{}", relationship_key(r.relationship)))
            )
        })
        .collect::<Vec<_>>();
    col = col.push(
        text(t!(
            "ui-case-q-relatives",
            count = relatives.len(),
            list = relatives.join(", ")
        ))
        .size(14),
    );
    for act in &q.activities {
        let to = act
            .to_year
            .map(|y| y.to_string())
            .unwrap_or_else(|| t!("ui-case-q-now"));
        let secrets = if act.secrets_access {
            t!("ui-case-q-secrets-yes")
        } else {
            t!("ui-case-q-secrets-no")
        };
        col = col.push(
            text(format!(
                "{}–{}  {}, {}  ({})",
                act.from_year, to, act.position, act.organisation, secrets
            ))
            .size(13),
        );
    }
    col.into()
}
