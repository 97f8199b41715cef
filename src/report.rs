//! A report as tables in Kazakh or Russian, and its exports: CSV (UTF-8
//! with a BOM, so that spreadsheet programs show Cyrillic), XLSX (a sheet
//! per section, real number and date cells) and PDF (the forms' fonts, with
//! charts). The window shows the same tables.

use crate::domain::report::{CounterFigures, Report};
use crate::domain::DocLang;
use crate::print::text::Para;
use chrono::NaiveDate;
use genpdf::elements::{Break, Image, LinearLayout, TableLayout};
use genpdf::style::Style;
use genpdf::{Document, Element as _, Margins, SimplePageDecorator};

/// One value of a table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Int(u64),
    /// A share or a median; empty when there is nothing to count.
    Num(Option<f64>),
    Date(NaiveDate),
}

impl Cell {
    pub fn text(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Num(Some(x)) => {
                if x.fract() == 0.0 {
                    format!("{x:.0}")
                } else {
                    format!("{x:.1}")
                }
            }
            Cell::Num(None) => "—".into(),
            Cell::Date(d) => d.format("%d.%m.%Y").to_string(),
        }
    }
}

/// A section of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The sheet's name (short, no language: XLSX limits it to 31 chars).
    pub sheet: &'static str,
    pub title: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// Where the words come from: a form's language (exports) or the
/// window's (the Reports screen).
#[derive(Clone, Copy)]
pub enum Words {
    Doc(DocLang),
    Window,
}

/// A label in the report's language.
fn say(lang: Words, key: &str) -> String {
    match lang {
        Words::Doc(l) => crate::print::loader(l).get(key),
        Words::Window => crate::i18n::dynamic(key),
    }
}

/// A label with one argument.
fn say_with(lang: Words, key: &str, arg: &'static str, v: String) -> String {
    let args = std::collections::HashMap::from([(arg, v)]);
    match lang {
        Words::Doc(l) => crate::print::loader(l).get_args(key, args),
        Words::Window => crate::i18n::loader().get_args(key, args),
    }
}

fn pair(lang: Words, key: &str, v: Cell) -> Vec<Cell> {
    vec![Cell::Text(say(lang, key)), v]
}

fn counter_row(name: Cell, f: &CounterFigures) -> Vec<Cell> {
    vec![
        name,
        Cell::Int(f.visits),
        Cell::Num(f.within_wait_percent),
        Cell::Num(f.within_service_percent),
        Cell::Num(f.wait_median_minutes),
        Cell::Num(f.wait_p90_minutes),
        Cell::Num(f.service_median_minutes),
        Cell::Num(f.service_p90_minutes),
    ]
}

/// The report's sections, worded in `lang`.
pub fn tables(r: &Report, lang: DocLang) -> Vec<Table> {
    tables_in(r, Words::Doc(lang))
}

/// The report's sections, worded as `lang` says.
pub fn tables_in(r: &Report, lang: Words) -> Vec<Table> {
    let metric = || vec![say(lang, "report-col-what"), say(lang, "report-col-count")];
    let mut out = Vec::new();
    let national = !r.regions.is_empty() || !r.by_office.is_empty();
    let offices = if national {
        say(lang, "report-national")
    } else if r.offices.is_empty() {
        say(lang, "report-all-offices")
    } else {
        r.offices
            .iter()
            .map(|o| format!("{o:04}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    out.push(Table {
        sheet: "period",
        title: say(lang, "report-period"),
        head: metric(),
        rows: vec![
            pair(lang, "report-from", Cell::Date(r.period.from)),
            pair(lang, "report-to", Cell::Date(r.period.to)),
            pair(lang, "report-offices", Cell::Text(offices)),
        ]
        .into_iter()
        .chain(national.then(|| {
            vec![
                Cell::Text(say(lang, "report-national-scope")),
                Cell::Text(String::new()),
            ]
        }))
        .collect(),
    });
    let i = &r.intake;
    let mut rows = vec![
        pair(
            lang,
            "report-accepted-sc",
            Cell::Int(i.accepted_state_corporation),
        ),
        pair(
            lang,
            "report-accepted-provider",
            Cell::Int(i.accepted_provider),
        ),
        pair(
            lang,
            "report-refused-at-intake",
            Cell::Int(i.refused_at_intake),
        ),
    ];
    for (item, n) in &i.missing_by_item {
        rows.push(vec![
            Cell::Text(say_with(lang, "report-missing-item", "item", item.clone())),
            Cell::Int(*n),
        ]);
    }
    out.push(Table {
        sheet: "intake",
        title: say(lang, "report-intake"),
        head: metric(),
        rows,
    });
    let v = &r.review;
    let mut rows = vec![
        pair(lang, "report-approved", Cell::Int(v.approved)),
        pair(lang, "report-refused", Cell::Int(v.refused)),
    ];
    for (g, n) in &v.refused_by_ground {
        let label = if g == "4-1" {
            say(lang, "report-ground-note")
        } else {
            say_with(lang, "report-ground", "ground", g.clone())
        };
        rows.push(vec![Cell::Text(label), Cell::Int(*n)]);
    }
    rows.extend([
        pair(
            lang,
            "report-still-under-review",
            Cell::Int(v.still_under_review),
        ),
        pair(lang, "report-decisions", Cell::Int(v.decisions)),
        pair(
            lang,
            "report-handed-applicant",
            Cell::Int(v.handed_to_applicant),
        ),
        pair(
            lang,
            "report-handed-representative",
            Cell::Int(v.handed_to_representative),
        ),
        pair(
            lang,
            "report-transferred",
            Cell::Int(v.transferred_to_provider),
        ),
    ]);
    out.push(Table {
        sheet: "review",
        title: say(lang, "report-review"),
        head: metric(),
        rows,
    });
    out.push(Table {
        sheet: "timeliness",
        title: say(lang, "report-timeliness"),
        head: [
            "report-col-stage",
            "report-col-finished",
            "report-col-in-time",
            "report-col-in-time-percent",
            "report-col-median-days",
            "report-col-p90-days",
            "report-col-overdue",
            "report-col-overdue-median",
            "report-col-overdue-max",
        ]
        .iter()
        .map(|k| say(lang, k))
        .collect(),
        rows: r
            .timeliness
            .iter()
            .map(|s| {
                vec![
                    Cell::Text(say(lang, &format!("deadline-{}", s.stage))),
                    Cell::Int(s.finished),
                    Cell::Int(s.in_time),
                    Cell::Num(s.in_time_percent),
                    Cell::Num(s.median_days),
                    Cell::Num(s.p90_days),
                    Cell::Int(s.overdue),
                    Cell::Num(s.overdue_median_days),
                    Cell::Num(s.overdue_max_days.map(|d| d as f64)),
                ]
            })
            .collect(),
    });
    // The counter's visits, the complaints and the home visits are kept at
    // each office, not in the events the ministry's replica reads: the
    // national report has the cases' figures, per region and office.
    if national {
        out.extend(national_tables(r, lang));
    } else {
        out.extend(office_registers(r, lang));
    }
    out
}

/// The tables of what an office keeps itself: the counter's visits, the
/// breaches of its limits, the complaints and home visits.
fn office_registers(r: &Report, lang: Words) -> Vec<Table> {
    let metric = || vec![say(lang, "report-col-what"), say(lang, "report-col-count")];
    let mut out = Vec::new();
    let counter_head = |first: &str| {
        std::iter::once(say(lang, first))
            .chain(
                [
                    "report-col-visits",
                    "report-col-within-wait",
                    "report-col-within-service",
                    "report-col-wait-median",
                    "report-col-wait-p90",
                    "report-col-service-median",
                    "report-col-service-p90",
                ]
                .iter()
                .map(|k| say(lang, k)),
            )
            .collect::<Vec<_>>()
    };
    let c = &r.counter;
    let mut rows = vec![counter_row(
        Cell::Text(say(lang, "report-all-counters")),
        &c.all,
    )];
    rows.extend(
        c.per_counter
            .iter()
            .map(|(k, f)| counter_row(Cell::Text(k.clone()), f)),
    );
    out.push(Table {
        sheet: "counter",
        title: say(lang, "report-counter"),
        head: counter_head("report-col-counter"),
        rows,
    });
    out.push(Table {
        sheet: "counter by day",
        title: say(lang, "report-counter-days"),
        head: counter_head("report-col-day"),
        rows: c
            .per_day
            .iter()
            .map(|(d, f)| counter_row(Cell::Date(*d), f))
            .collect(),
    });
    out.push(Table {
        sheet: "breaches",
        title: say(lang, "report-breaches"),
        head: vec![
            say(lang, "report-col-reason"),
            say(lang, "report-col-count"),
        ],
        rows: c
            .breaches_by_reason
            .iter()
            .map(|(reason, n)| {
                let reason = if reason.is_empty() {
                    say(lang, "report-no-reason")
                } else {
                    reason.clone()
                };
                vec![Cell::Text(reason), Cell::Int(*n)]
            })
            .collect(),
    });
    let k = &r.complaints;
    let h = &r.home_visits;
    out.push(Table {
        sheet: "complaints",
        title: say(lang, "report-complaints"),
        head: metric(),
        rows: vec![
            pair(
                lang,
                "report-complaints-registered",
                Cell::Int(k.registered),
            ),
            pair(
                lang,
                "report-complaints-in-time",
                Cell::Int(k.answered_in_time),
            ),
            pair(lang, "report-complaints-late", Cell::Int(k.answered_late)),
            pair(lang, "report-complaints-overdue", Cell::Int(k.overdue)),
            pair(lang, "report-home-requested", Cell::Int(h.requested)),
            pair(lang, "report-home-done", Cell::Int(h.done)),
            pair(lang, "report-home-overdue", Cell::Int(h.overdue)),
        ],
    });
    out
}

/// An office as the national report names it: its code, and its name
/// when the directory has one.
fn office_label(code: &str, name: &str) -> String {
    if name.is_empty() {
        code.to_string()
    } else {
        format!("{code} {name}")
    }
}

/// The national report's own tables: each region's and each office's
/// case figures, and how current the replica is for each office.
fn national_tables(r: &Report, lang: Words) -> Vec<Table> {
    let region_name = |key: &str| say(lang, &crate::domain::regions::message(key));
    let figures = |p: &crate::domain::report::Part| -> Vec<Cell> {
        let review_in_time = p
            .timeliness
            .iter()
            .find(|s| s.stage == crate::domain::deadlines::DeadlineKind::Review.as_str())
            .and_then(|s| s.in_time_percent);
        vec![
            Cell::Int(p.intake.accepted_state_corporation + p.intake.accepted_provider),
            Cell::Int(p.intake.refused_at_intake),
            Cell::Int(p.review.approved),
            Cell::Int(p.review.refused),
            Cell::Int(p.review.still_under_review),
            Cell::Int(p.review.handed_to_applicant + p.review.handed_to_representative),
            Cell::Num(review_in_time),
            Cell::Int(p.overdue()),
        ]
    };
    let figure_heads = [
        "report-col-accepted",
        "report-col-refused-intake",
        "report-col-approved",
        "report-col-refused",
        "report-col-under-review",
        "report-col-handed",
        "report-col-review-in-time",
        "report-col-overdue-stages",
    ];
    let head = |first: &[&str]| -> Vec<String> {
        first
            .iter()
            .chain(figure_heads.iter())
            .map(|k| say(lang, k))
            .collect()
    };
    let regions = Table {
        sheet: "regions",
        title: say(lang, "report-regions"),
        head: head(&["report-col-region"]),
        rows: r
            .regions
            .iter()
            .map(|p| {
                let mut row = vec![Cell::Text(region_name(&p.key))];
                row.extend(figures(p));
                row
            })
            .collect(),
    };
    let offices = Table {
        sheet: "offices",
        title: say(lang, "report-by-office"),
        head: head(&["report-col-office", "report-col-region"]),
        rows: r
            .by_office
            .iter()
            .map(|p| {
                let mut row = vec![
                    Cell::Text(office_label(&p.key, &p.name)),
                    Cell::Text(region_name(&p.region)),
                ];
                row.extend(figures(p));
                row
            })
            .collect(),
    };
    let when = |t: Option<chrono::NaiveDateTime>| {
        Cell::Text(
            t.map(|t| t.format("%d.%m.%Y %H:%M:%S").to_string())
                .unwrap_or_else(|| say(lang, "report-never")),
        )
    };
    let currency = Table {
        sheet: "currency",
        title: say(lang, "report-currency"),
        head: [
            "report-col-office",
            "report-col-region",
            "report-col-last-event",
            "report-col-applied-at",
            "report-col-events",
        ]
        .iter()
        .map(|k| say(lang, k))
        .collect(),
        rows: r
            .currency
            .iter()
            .map(|c| {
                vec![
                    Cell::Text(office_label(&format!("{:04}", c.office), &c.name)),
                    Cell::Text(region_name(&c.region)),
                    when(c.last_event_at),
                    when(c.applied_at),
                    Cell::Int(c.events),
                ]
            })
            .collect(),
    };
    vec![regions, offices, currency]
}

/// CSV: every table after the other (its title, its head, its rows), in
/// UTF-8 with a BOM; `;` between values, as spreadsheet programs in
/// Kazakhstan expect.
pub fn to_csv(tables: &[Table]) -> Vec<u8> {
    fn q(s: &str) -> String {
        if s.contains([';', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    }
    let mut out = String::from("\u{feff}");
    for t in tables {
        out.push_str(&q(&t.title));
        out.push_str("\r\n");
        out.push_str(&t.head.iter().map(|h| q(h)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
        for r in &t.rows {
            out.push_str(&r.iter().map(|c| q(&c.text())).collect::<Vec<_>>().join(";"));
            out.push_str("\r\n");
        }
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// XLSX: a sheet per table, a bold head, numbers as numbers and dates as
/// dates, each column as wide as its longest value.
pub fn to_xlsx(tables: &[Table]) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let title = Format::new().set_bold().set_font_size(13);
    let day = Format::new().set_num_format("dd.mm.yyyy");
    let share = Format::new().set_num_format("0.0");
    let mut names: Vec<String> = Vec::new();
    for t in tables {
        let ws = wb.add_worksheet();
        // The sheet named in the report's language: its title, as XLSX
        // allows (31 characters, none of []:*?/\), never twice.
        let mut name: String = t
            .title
            .chars()
            .filter(|c| !"[]:*?/\\".contains(*c))
            .take(31)
            .collect::<String>()
            .trim()
            .to_string();
        if name.is_empty() || names.contains(&name) {
            name = t.sheet.to_string();
        }
        names.push(name.clone());
        ws.set_name(&name).map_err(|e| e.to_string())?;
        ws.write_string_with_format(0, 0, &t.title, &title)
            .map_err(|e| e.to_string())?;
        let mut widths: Vec<usize> = t.head.iter().map(|h| h.chars().count()).collect();
        for (c, h) in t.head.iter().enumerate() {
            ws.write_string_with_format(1, c as u16, h, &bold)
                .map_err(|e| e.to_string())?;
        }
        for (r, row) in t.rows.iter().enumerate() {
            let r = r as u32 + 2;
            for (c, cell) in row.iter().enumerate() {
                let col = c as u16;
                let res = match cell {
                    Cell::Text(s) => ws.write_string(r, col, s).map(|_| ()),
                    Cell::Int(n) => ws.write_number(r, col, *n as f64).map(|_| ()),
                    Cell::Num(Some(x)) => {
                        ws.write_number_with_format(r, col, *x, &share).map(|_| ())
                    }
                    Cell::Num(None) => Ok(()),
                    Cell::Date(d) => {
                        let dt = rust_xlsxwriter::ExcelDateTime::from_ymd(
                            chrono::Datelike::year(d) as u16,
                            chrono::Datelike::month(d) as u8,
                            chrono::Datelike::day(d) as u8,
                        )
                        .map_err(|e| e.to_string())?;
                        ws.write_datetime_with_format(r, col, &dt, &day).map(|_| ())
                    }
                };
                res.map_err(|e| e.to_string())?;
                if let Some(w) = widths.get_mut(c) {
                    *w = (*w).max(cell.text().chars().count());
                }
            }
        }
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(c as u16, (*w as f64 + 2.0).min(60.0))
                .map_err(|e| e.to_string())?;
        }
    }
    wb.save_to_buffer().map_err(|e| e.to_string())
}

/// A bar chart as a picture: one bar a value, its label under it.
fn bar_chart(values: &[(String, f64)], max: f64) -> image023::DynamicImage {
    use image023::{Rgb, RgbImage};
    let (w, h) = (900u32, 260u32);
    let mut img = RgbImage::from_pixel(w, h, Rgb([255, 255, 255]));
    let n = values.len().max(1) as u32;
    // A long period has more days than pixels: the bars thin out to one.
    let slot = ((w - 40) / n).max(1);
    let bar = (slot * 3 / 4).clamp(1, slot);
    let base = h - 20;
    // The axis.
    for x in 20..w - 20 {
        img.put_pixel(x, base, Rgb([80, 80, 80]));
    }
    for (i, (_, v)) in values.iter().enumerate() {
        let height = if max > 0.0 {
            ((v / max) * (base as f64 - 20.0)).round() as u32
        } else {
            0
        };
        let x0 = (20 + i as u32 * slot + (slot - bar) / 2).min(w - 20);
        for x in x0..(x0 + bar).min(w - 20) {
            for y in base.saturating_sub(height)..base {
                img.put_pixel(x, y, Rgb([0x1f, 0x5f, 0xbf]));
            }
        }
    }
    image023::DynamicImage::ImageRgb8(img)
}

/// PDF: the title and period, every table, and two charts (visits a day;
/// the share of each stage finished in time).
pub fn to_pdf(r: &Report, doc_lang: DocLang) -> Result<Vec<u8>, String> {
    let lang = Words::Doc(doc_lang);
    let tables = tables(r, doc_lang);
    let family = crate::print::fonts::family()?;
    let mut doc = Document::new(family);
    doc.set_title(crate::print::pdf::TITLE_PLACEHOLDER);
    doc.set_paper_size(genpdf::PaperSize::A4);
    doc.set_font_size(9);
    let mut deco = SimplePageDecorator::new();
    deco.set_margins(Margins::trbl(12, 12, 12, 15));
    doc.set_page_decorator(deco);
    doc.push(Para::default().styled(
        say(lang, "report-title"),
        Style::new().bold().with_font_size(14),
    ));
    doc.push(Para::new(format!(
        "{} — {}",
        r.period.from.format("%d.%m.%Y"),
        r.period.to.format("%d.%m.%Y")
    )));
    doc.push(Break::new(1));
    for t in &tables {
        doc.push(Para::default().styled(t.title.clone(), Style::new().bold().with_font_size(11)));
        let cols = t.head.len();
        let weights: Vec<usize> = (0..cols).map(|i| if i == 0 { 3 } else { 1 }).collect();
        let mut table = TableLayout::new(weights);
        table.set_cell_decorator(genpdf::elements::FrameCellDecorator::new(true, true, false));
        let mut head = table.row();
        for h in &t.head {
            head.push_element(
                Para::default()
                    .styled(h.clone(), Style::new().bold())
                    .padded(1),
            );
        }
        head.push().map_err(|e| e.to_string())?;
        for row in &t.rows {
            let mut tr = table.row();
            for c in row {
                tr.push_element(Para::new(c.text()).padded(1));
            }
            tr.push().map_err(|e| e.to_string())?;
        }
        doc.push(table);
        doc.push(Break::new(1));
        if t.sheet == "counter by day" && !r.counter.per_day.is_empty() {
            let values: Vec<(String, f64)> = r
                .counter
                .per_day
                .iter()
                .map(|(d, f)| (d.format("%d").to_string(), f.visits as f64))
                .collect();
            let max = values.iter().map(|v| v.1).fold(0.0, f64::max);
            let mut chart = LinearLayout::vertical();
            chart.push(
                Para::default().styled(say(lang, "report-chart-visits"), Style::new().bold()),
            );
            chart.push(
                Image::from_dynamic_image(bar_chart(&values, max))
                    .map_err(|e| e.to_string())?
                    .with_scale(genpdf::Scale::new(2.0, 2.0)),
            );
            doc.push(chart);
            doc.push(Break::new(1));
        }
        if t.sheet == "timeliness" {
            let values: Vec<(String, f64)> = r
                .timeliness
                .iter()
                .map(|s| (s.stage.clone(), s.in_time_percent.unwrap_or(0.0)))
                .collect();
            let mut chart = LinearLayout::vertical();
            chart.push(
                Para::default().styled(say(lang, "report-chart-in-time"), Style::new().bold()),
            );
            chart.push(
                Image::from_dynamic_image(bar_chart(&values, 100.0))
                    .map_err(|e| e.to_string())?
                    .with_scale(genpdf::Scale::new(2.0, 2.0)),
            );
            doc.push(chart);
            doc.push(Break::new(1));
        }
    }
    let mut out = Vec::with_capacity(64 * 1024);
    doc.render(&mut out).map_err(|e| e.to_string())?;
    Ok(crate::print::pdf::finish(out, &say(lang, "report-title")))
}
