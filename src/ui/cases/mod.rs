//! The Cases tab: the list (`list`), the deadline board (`board`) and the
//! case page (`page`); this module holds their state, messages and the
//! work they ask of the desk.

mod board;
mod list;
mod page;

use page::case_page;
pub use page::main_form;

use crate::desk::types::{BoardFilter, Office, SearchPage, Store, User};
use crate::desk::{self, CaseView, Now, Step, Who};
use crate::domain::case::CaseNumber;
use crate::domain::forms::Annex;
use crate::domain::DocLang;
use crate::i18n::Localize;
use crate::t;
use iced::widget::{column, row, scrollable, text};
use iced::{Element, Length};
use std::path::PathBuf;

/// Rows on one page of the list: layout is O(rows), so never the whole table.
pub const PAGE: u32 = 50;

#[derive(Debug, Clone)]
pub enum Msg {
    /// F4: a new search, the box empty (from the board, a case, any tab).
    NewSearch,
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
pub use crate::desk::lists::Board as BoardData;

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
    pub(crate) query: String,
    pub(crate) page: u32,
    pub(crate) rows: Option<SearchPage>,
    pub(crate) case: Option<Box<CaseView>>,
    pub(crate) printed: Option<PathBuf>,
    pub(crate) error: Option<String>,
    pub(crate) actions: super::actions::ActionsState,
    pub(crate) mode: ListMode,
    /// The deadline board's filters and what it shows beside the list.
    pub(crate) filter: BoardFilter,
    pub(crate) board: BoardData,
    pub(crate) bodies: Vec<String>,
    /// Today, for the days left on each deadline.
    pub(crate) today: chrono::NaiveDate,
    /// A conclusion was just asked to be recorded.
    pub(crate) after_conclusion: bool,
    /// Where the keyboard goes after this update.
    pub(crate) focus: Option<String>,
}

/// What the screen shows, for tests and the root.
impl CasesState {
    /// The case open on the page.
    pub fn case(&self) -> Option<&CaseView> {
        self.case.as_deref()
    }
    /// The page of the list in view.
    pub fn rows(&self) -> Option<&SearchPage> {
        self.rows.as_ref()
    }
    /// The question asked before an act that cannot be undone, if one is.
    pub fn confirm_text(&self) -> Option<String> {
        self.actions.confirm_text()
    }
    /// Which list is in view.
    pub fn mode(&self) -> ListMode {
        self.mode
    }
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
    /// The list a person starts on: an officer the review queue (the cases
    /// under review, the earliest due first), others the search.
    pub fn for_role(role: crate::domain::access::Role) -> CasesState {
        CasesState {
            mode: if role == crate::domain::access::Role::Officer {
                ListMode::Review
            } else {
                ListMode::Search
            },
            ..Default::default()
        }
    }

    /// The effect that loads the list the state shows.
    pub fn fetch(&self) -> Effect {
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
    /// The screen's answer to `msg`; a question opened (an act that
    /// cannot be undone) tells the root, so the fields let go of the
    /// keyboard.
    pub fn update(&mut self, msg: Msg, today: chrono::NaiveDate) -> crate::ui::Answer<Effect> {
        let asked = self.actions.confirming.is_some();
        let effects = self.step(msg, today);
        let event = (!asked && self.actions.confirming.is_some())
            .then_some(crate::ui::Event::Confirming)
            .or_else(|| self.focus.take().map(crate::ui::Event::FocusField));
        (effects, event)
    }

    fn step(&mut self, msg: Msg, today: chrono::NaiveDate) -> Vec<Effect> {
        self.today = today;
        match msg {
            Msg::Action(m) => {
                let Some(number) = self.case.as_ref().map(|c| c.record.summary.number) else {
                    return vec![];
                };
                match self.actions.update(m) {
                    super::actions::Outcome::Record(step) => {
                        // After a conclusion the keyboard stays with the
                        // conclusions (see `Opened`).
                        self.after_conclusion = matches!(step, Step::Conclusion { .. });
                        vec![Effect::Record { number, step }]
                    }
                    super::actions::Outcome::Focus(id) => {
                        self.focus = Some(id.to_string());
                        vec![]
                    }
                    super::actions::Outcome::None => vec![],
                }
            }
            Msg::Query(q) => {
                self.query = q;
                vec![]
            }
            Msg::NewSearch => {
                self.mode = ListMode::Search;
                self.case = None;
                self.query.clear();
                self.page = 0;
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
                // A case number typed in full finds that case: it opens.
                let exact = (self.mode == ListMode::Search)
                    .then(|| crate::domain::case::CaseNumber::parse(self.query.trim()).ok())
                    .flatten()
                    .filter(|n| page.rows.len() == 1 && page.rows[0].number == *n);
                self.rows = Some(page);
                self.error = None;
                match exact {
                    Some(n) => vec![Effect::Open(n), Effect::Bodies],
                    None => vec![],
                }
            }
            Msg::Open(n) => vec![Effect::Open(n), Effect::Bodies],
            Msg::Bodies(b) => {
                self.bodies = b;
                self.actions.bodies = self.bodies.clone();
                if let (None, Some(case)) = (&self.actions.body, &self.case) {
                    if case.actions.iter().any(|a| a.name() == "conclusion") {
                        self.actions.next_body(&case.record.state);
                    }
                }
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
                    // Under review: the first body still awaited is the
                    // one offered; after a conclusion the keyboard is in
                    // its reference, ready for the next.
                    let next = case
                        .actions
                        .iter()
                        .any(|a| a.name() == "conclusion")
                        .then(|| self.actions.next_body(&case.record.state))
                        .flatten();
                    if std::mem::take(&mut self.after_conclusion) {
                        self.focus = next.map(str::to_string);
                    }
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
        let mut col = column![].spacing(super::theme::ROW_GAP);
        if let Some(e) = &self.error {
            col = col.push(text(e.clone()).color(super::theme::level_color(
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
                                .view(&c.record.state, &c.record.events, &c.actions, self.today)
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
}

pub fn run(st: &mut Store, office: Option<&Office>, user: &User, e: Effect, now: Now) -> Msg {
    let who = Who::user(user);
    let today = now.today;
    match e {
        // Every lookup is audited: who searched for what, and found how many.
        Effect::Search { query, page } => Msg::Found(
            desk::lists::search(st, &who, &query, page * PAGE, PAGE, now).map_err(|e| e.localize()),
        ),
        Effect::ByDue { filter, page } => Msg::Found(
            desk::lists::by_due(st, &filter, page * PAGE, PAGE).map_err(|e| e.localize()),
        ),
        Effect::Board => Msg::Board((|| {
            let kind = office
                .map(|o| o.kind)
                .ok_or_else(|| t!("store-not-initialised"))?;
            desk::lists::board(st, kind, today, CHART_DAYS)
                .map(Box::new)
                .map_err(|e| e.localize())
        })()),
        Effect::Bodies => Msg::Bodies(crate::desk::admin::settings(st).bodies),
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
            desk::workstation::deliver(&p, desk::types::Delivery::Open)
                .map_err(|e| t!("cli-deliver-failed", error = e.to_string())),
        ),
    }
}
