//! The Reports screen (supervisors and administrators): a period (this
//! month by default, any dates), this office or every office whose cases
//! the store holds; the figures as tables with two charts; exports to
//! XLSX, CSV and PDF in Kazakh or Russian. Every taking and export is
//! audited (`desk::report`).

use super::theme::button;
use super::theme::level_color;
use crate::desk::report::{self, Format};
use crate::desk::types::{Store, User};
use crate::desk::{Now, Who};
use crate::domain::report::{Period, Report};
use crate::domain::visit::Level;
use crate::domain::DocLang;
use crate::i18n::{date, Localize};
use crate::report::{tables_in, Cell, Words};
use crate::t;
use chrono::{Datelike, NaiveDate};
use iced::widget::{column, container, row, scrollable, text, text_input, Space};
use iced::{Element, Length};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub enum Msg {
    From(String),
    To(String),
    /// Whose cases: `None` for every office, else one office's code.
    Office(Option<u16>),
    /// The offices this store holds cases of (this one first), and
    /// whether this is the ministry (the national report).
    Offices(Result<(Vec<u16>, bool), String>),
    Lang(DocLang),
    Make,
    Made(Result<Box<Report>, String>),
    Export(Format),
    Exported(Result<PathBuf, String>),
    OpenFile(PathBuf),
    Delivered(Result<(), String>),
}

#[derive(Debug, Clone)]
pub enum Effect {
    Offices,
    Make {
        period: Period,
        offices: Vec<u16>,
    },
    Export {
        report: Box<Report>,
        format: Format,
        lang: DocLang,
    },
    OpenFile(PathBuf),
}

#[derive(Debug, Default)]
pub struct ReportsState {
    pub(crate) from: String,
    pub(crate) to: String,
    /// The offices the report may cover: this one first, then (at a
    /// migration police office) each department whose cases it holds.
    pub(crate) offices: Vec<u16>,
    /// The one chosen (`None`: all of them); this office until chosen.
    pub(crate) office: Option<Option<u16>>,
    /// At the ministry: the national report (every office, by region and
    /// by office), nothing to choose.
    pub(crate) national: bool,
    pub(crate) lang: DocLang,
    /// The export's language was chosen (else the window's).
    pub(crate) lang_chosen: bool,
    pub(crate) report: Option<Box<Report>>,
    pub(crate) saved: Option<PathBuf>,
    pub(crate) error: Option<String>,
}

/// What the screen shows, for tests and the root.
impl ReportsState {
    /// The period's fields as typed.
    pub fn period(&self) -> (&str, &str) {
        (&self.from, &self.to)
    }
    /// The report made, if any.
    pub fn report(&self) -> Option<&Report> {
        self.report.as_deref()
    }
    /// The offices the report may cover.
    pub fn offices(&self) -> &[u16] {
        &self.offices
    }
    /// Where the report was last saved.
    pub fn saved(&self) -> Option<&std::path::Path> {
        self.saved.as_deref()
    }
}

fn parse(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%d.%m.%Y").ok()
}

impl ReportsState {
    /// This month so far, when nothing is typed yet; the offices to
    /// choose from are read.
    pub fn open(&mut self, today: NaiveDate) -> Vec<Effect> {
        if self.from.is_empty() {
            self.from = date(today.with_day(1).unwrap_or(today));
        }
        if self.to.is_empty() {
            self.to = date(today);
        }
        // The export in the window's language until another is chosen.
        if !self.lang_chosen {
            self.lang = crate::i18n::current().doc_lang();
        }
        vec![Effect::Offices]
    }

    /// The offices the report counts.
    fn scope(&self) -> Vec<u16> {
        if self.national {
            return vec![];
        }
        match self.office {
            Some(None) => vec![],
            Some(Some(code)) => vec![code],
            None => self.offices.first().copied().into_iter().collect(),
        }
    }

    /// The screen's answer to `msg` (it tells the root nothing).
    pub fn update(&mut self, msg: Msg) -> super::Answer<Effect> {
        (self.step(msg), None)
    }

    fn step(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::From(s) => self.from = s,
            Msg::To(s) => self.to = s,
            Msg::Office(o) => self.office = Some(o),
            Msg::Offices(Ok((v, national))) => {
                self.offices = v;
                self.national = national;
            }
            Msg::Offices(Err(e)) => self.error = Some(e),
            Msg::Lang(l) => {
                self.lang = l;
                self.lang_chosen = true;
            }
            Msg::Make => match (parse(&self.from), parse(&self.to)) {
                (Some(from), Some(to)) if from <= to => {
                    self.error = None;
                    return vec![Effect::Make {
                        period: Period { from, to },
                        offices: self.scope(),
                    }];
                }
                (Some(_), Some(_)) => self.error = Some(t!("report-bad-period")),
                _ => self.error = Some(t!("ui-report-dates")),
            },
            Msg::Made(Ok(r)) => {
                self.report = Some(r);
                self.saved = None;
            }
            Msg::Made(Err(e)) | Msg::Exported(Err(e)) | Msg::Delivered(Err(e)) => {
                self.error = Some(e)
            }
            Msg::Export(format) => {
                if let Some(r) = &self.report {
                    return vec![Effect::Export {
                        report: r.clone(),
                        format,
                        lang: self.lang,
                    }];
                }
            }
            Msg::Exported(Ok(p)) => {
                self.error = None;
                self.saved = Some(p);
            }
            Msg::OpenFile(p) => return vec![Effect::OpenFile(p)],
            Msg::Delivered(Ok(())) => {}
        }
        vec![]
    }

    pub fn view(&self) -> Element<'_, Msg> {
        let period = row![
            text(t!("ui-report-from")).size(super::theme::BODY),
            text_input(&t!("ui-report-from"), &self.from)
                .id("report-from")
                .on_input(Msg::From)
                .on_submit(Msg::Make)
                .width(Length::Fixed(160.0)),
            text(t!("ui-report-to")).size(super::theme::BODY),
            text_input(&t!("ui-report-to"), &self.to)
                .id("report-to")
                .on_input(Msg::To)
                .on_submit(Msg::Make)
                .width(Length::Fixed(160.0)),
            if self.national {
                Element::from(text(t!("ui-report-national")).size(super::theme::BODY))
            } else {
                super::theme::choice(self.office_choices())
            },
            button(text(t!("ui-report-make"))).on_press(Msg::Make),
        ]
        .spacing(super::theme::ROW_GAP)
        .align_y(iced::Alignment::Center);
        let said = match (&self.error, &self.saved) {
            (Some(e), _) => Some((e.clone(), Level::Breach)),
            (None, Some(p)) => Some((
                t!("ui-case-printed", path = p.display().to_string()),
                Level::Normal,
            )),
            _ => None,
        };
        let mut exports = row![
            text(t!("ui-report-export")).size(super::theme::BODY),
            super::theme::doc_lang_choice(self.lang, Msg::Lang),
        ]
        .spacing(super::theme::ROW_GAP)
        .align_y(iced::Alignment::Center);
        for (label, f) in [
            ("XLSX", Format::Xlsx),
            ("CSV", Format::Csv),
            ("PDF", Format::Pdf),
        ] {
            exports = exports.push(
                button(text(label)).on_press_maybe(self.report.is_some().then_some(Msg::Export(f))),
            );
        }
        if let Some(p) = &self.saved {
            exports = exports.push(
                button(text(t!("ui-case-open")))
                    .style(super::theme::button::secondary)
                    .on_press(Msg::OpenFile(p.clone())),
            );
        }
        let mut body = column![].spacing(super::theme::GAP);
        if let Some(r) = &self.report {
            body = body.push(charts(r, self.national));
            for t in tables_in(r, Words::Window) {
                body = body.push(table(t));
            }
        }
        column![
            text(t!("ui-nav-reports")).size(super::theme::TITLE),
            period,
            exports,
            super::theme::message_line(said),
            scrollable(body.padding(iced::Padding {
                right: 16.0,
                ..iced::Padding::ZERO
            }))
            .height(Length::Fill),
        ]
        .spacing(super::theme::ROW_GAP)
        .into()
    }
}

impl ReportsState {
    /// This office, each other department whose cases are held, all.
    fn office_choices(&self) -> Vec<(String, bool, Msg)> {
        let chosen = self.scope();
        let mut v: Vec<(String, bool, Msg)> = self
            .offices
            .iter()
            .enumerate()
            .map(|(i, code)| {
                let label = if i == 0 {
                    t!("ui-report-this-office")
                } else {
                    format!("{code:04}")
                };
                (label, chosen == vec![*code], Msg::Office(Some(*code)))
            })
            .collect();
        if self.offices.len() != 1 {
            v.push((
                t!("ui-report-all-offices"),
                chosen.is_empty(),
                Msg::Office(None),
            ));
        }
        v
    }
}

/// A table with its head, each column as wide as the others.
fn table<'a>(t: crate::report::Table) -> Element<'a, Msg> {
    let cols = t.head.len();
    let width = |i: usize| {
        if i == 0 {
            Length::FillPortion(3)
        } else {
            Length::FillPortion(1)
        }
    };
    let mut col = column![text(t.title).size(super::theme::HEADING)].spacing(2);
    col = col.push(
        iced::widget::row((0..cols).map(|i| {
            Element::from(
                container(
                    text(t.head[i].clone())
                        .size(super::theme::LINE)
                        .color(iced::Color::from_rgb8(0x55, 0x55, 0x55)),
                )
                .width(width(i)),
            )
        }))
        // A gap between the columns: the heads never run together.
        .spacing(12),
    );
    for r in t.rows {
        col = col.push(
            iced::widget::row(r.into_iter().enumerate().map(|(i, c)| {
                let s = match &c {
                    Cell::Text(s) => s.clone(),
                    other => other.text(),
                };
                Element::from(container(text(s).size(super::theme::BODY)).width(width(i)))
            }))
            .spacing(12),
        );
    }
    col.into()
}

/// Visits a day, and the stages finished in time: bars a person would
/// rather look at than read.
/// (At the ministry, which has no counter visits, the stages alone.)
fn charts<'a>(r: &Report, national: bool) -> Element<'a, Msg> {
    let bar = |h: f32, level: Level| {
        container(Space::new())
            .width(Length::Fixed(14.0))
            .height(Length::Fixed(h.max(1.0)))
            .style(move |_| container::Style {
                background: Some(level_color(level).into()),
                ..container::Style::default()
            })
    };
    let max = r
        .counter
        .per_day
        .values()
        .map(|f| f.visits)
        .max()
        .unwrap_or(0)
        .max(1) as f32;
    let days = iced::widget::row(r.counter.per_day.iter().map(|(d, f)| {
        let level = match f.within_wait_percent {
            Some(p) if p >= 90.0 => Level::Normal,
            Some(p) if p >= 75.0 => Level::Warning,
            Some(_) => Level::Breach,
            None => Level::Normal,
        };
        Element::from(
            column![
                bar(100.0 * f.visits as f32 / max, level),
                text(d.day().to_string()).size(super::theme::NOTE)
            ]
            .align_x(iced::Alignment::Center)
            .spacing(2),
        )
    }))
    .spacing(4)
    .align_y(iced::Alignment::End);
    let stages = column(r.timeliness.iter().map(|s| {
        let p = s.in_time_percent.unwrap_or(0.0) as f32;
        Element::from(
            row![
                container(
                    text(crate::i18n::dynamic(&format!("deadline-{}", s.stage)))
                        .size(super::theme::LINE)
                )
                .width(Length::Fixed(260.0)),
                container(Space::new())
                    .width(Length::Fixed(2.0 * p.max(0.5)))
                    .height(Length::Fixed(14.0))
                    .style(|_| container::Style {
                        background: Some(level_color(Level::Normal).into()),
                        ..container::Style::default()
                    }),
                text(
                    s.in_time_percent
                        .map(|p| format!("{p:.1} %"))
                        .unwrap_or_else(|| "—".into())
                )
                .size(super::theme::LINE),
            ]
            .spacing(8)
            .align_y(iced::Alignment::Center),
        )
    }))
    .spacing(4);
    let stages = column![
        text(t!("report-chart-in-time")).size(super::theme::HEADING),
        stages
    ]
    .spacing(4)
    .width(Length::FillPortion(1));
    if national {
        return stages.into();
    }
    row![
        column![
            text(t!("report-chart-visits")).size(super::theme::HEADING),
            days
        ]
        .spacing(4)
        .width(Length::FillPortion(1)),
        stages,
    ]
    .spacing(24)
    .into()
}

/// Where exports go: the user's documents folder (else the data
/// directory's `reports`).
fn export_dir(st: &Store) -> PathBuf {
    directories::UserDirs::new()
        .and_then(|u| u.document_dir().map(|d| d.to_path_buf()))
        .unwrap_or_else(|| {
            crate::desk::workstation::store_file(st)
                .parent()
                .map(|d| d.join("reports"))
                .unwrap_or_else(|| PathBuf::from("reports"))
        })
}

pub fn run(st: &mut Store, user: &User, e: Effect, now: Now) -> Msg {
    let who = Who::user(user);
    match e {
        Effect::Offices => Msg::Offices(
            report::offices(st)
                .map(|v| (v, report::is_national(st)))
                .map_err(|e| e.localize()),
        ),
        Effect::Make { period, offices } => Msg::Made(
            report::make(st, &who, period, &offices, now)
                .map(Box::new)
                .map_err(|e| e.localize()),
        ),
        Effect::Export {
            report: r,
            format,
            lang,
        } => {
            let dir = export_dir(st);
            if let Err(e) = std::fs::create_dir_all(&dir) {
                return Msg::Exported(Err(t!("cli-print-failed", error = e.to_string())));
            }
            let name = format!(
                "report-{}-{}-{lang}.{}",
                r.period.from,
                r.period.to,
                format.as_str()
            );
            Msg::Exported(
                report::export(st, &who, &r, format, lang, &dir.join(name), now)
                    .map_err(|e| e.localize()),
            )
        }
        Effect::OpenFile(p) => Msg::Delivered(
            crate::desk::workstation::deliver(&p, crate::desk::types::Delivery::Open)
                .map_err(|e| t!("cli-deliver-failed", error = e.to_string())),
        ),
    }
}
