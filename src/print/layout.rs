//! Building blocks shared by the forms: text, blanks with their captions,
//! the heading with the QR code that every page carries, with the page's
//! number in its copy.

use super::text::{Fill, Grid, Para, Piece};
use super::PrintError;
use genpdf::elements::{Break, Image, LinearLayout, TableLayout};
use genpdf::error::{Error, ErrorKind};
use genpdf::render::Area;
use genpdf::style::Style;
use genpdf::{Alignment, Context, Element, Margins, PageDecorator, Position, RenderResult};
use std::cell::RefCell;
use std::rc::Rc;

/// The body of a form: a Times-like serif at 12 pt, as official forms are
/// set.
pub const BODY: u8 = 12;
pub const SMALL: u8 = 10;
/// The captions under the blanks.
pub const CAPTION: u8 = 8;
pub const TITLE: u8 = 12;
/// Table cells.
pub const CELL: u8 = 9;
/// What an unfilled blank prints.
pub const BLANK: &str = "________________________________________________";

fn caption_style() -> Style {
    Style::new().with_font_size(CAPTION)
}

pub fn text(s: impl Into<String>) -> Para {
    Para::new(s)
}

pub fn small(s: impl Into<String>) -> Para {
    Para::default().styled(s, Style::new().with_font_size(SMALL))
}

pub fn bold(s: impl Into<String>) -> Para {
    Para::default().styled(s, Style::new().bold())
}

pub fn caption(s: impl Into<String>) -> Para {
    Para::default().styled(s, caption_style())
}

pub fn title(s: impl Into<String>) -> Para {
    Para::default()
        .styled(s, Style::new().bold().with_font_size(TITLE))
        .aligned(Alignment::Center)
}

pub fn gap(lines: f64) -> Break {
    Break::new(lines)
}

/// Pushes a text unless it is empty (some languages have no words where
/// others do, around a blank).
pub fn push_text(body: &mut LinearLayout, s: String) {
    if !s.trim().is_empty() {
        body.push(text(s));
    }
}

/// A blank the width of the page: the value on its underline (a line for
/// the hand when the case does not know it), the caption centred under it.
pub fn field(body: &mut LinearLayout, value: Option<&str>, caption_text: String) {
    body.push(blank(value, caption_text));
}

/// The blank of `field`.
pub fn blank(value: Option<&str>, caption_text: String) -> Fill {
    line(vec![value_piece(value, Some(caption_text))])
}

/// A line of words and blanks.
pub fn line(pieces: Vec<Piece>) -> Fill {
    Fill::new(pieces, Style::new(), caption_style())
}

/// Fixed words of a line.
pub fn words(s: impl Into<String>) -> Piece {
    Piece::Text(s.into())
}

/// A blank with its value (or a line for the hand) and caption.
pub fn value_piece(value: Option<&str>, caption: Option<String>) -> Piece {
    Piece::Blank {
        value: value
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string),
        caption,
        weight: 1.0,
    }
}

/// A blank of a given share of the line.
pub fn weighted(value: Option<&str>, caption: Option<String>, weight: f64) -> Piece {
    match value_piece(value, caption) {
        Piece::Blank { value, caption, .. } => Piece::Blank {
            value,
            caption,
            weight,
        },
        other => other,
    }
}

/// A label followed by its blank: "Орындаушы: ____" with the caption
/// under the blank.
pub fn labelled(label: String, value: Option<&str>, caption: Option<String>) -> Fill {
    line(vec![words(label), value_piece(value, caption)])
}

/// The QR code as a grey-scale bitmap: 4 pixels a module, 4 modules of
/// quiet zone, sized to `mm` millimetres.
pub fn qr_image(payload: &str, mm: f64) -> Result<Image, PrintError> {
    use qrcode::{Color as Module, EcLevel, QrCode};
    let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M)
        .map_err(|e| PrintError::Pdf(format!("QR: {e}")))?;
    let width = code.width();
    let colors = code.to_colors();
    const PX: u32 = 4;
    const QUIET: u32 = 4;
    let side = (width as u32 + 2 * QUIET) * PX;
    let img = image023::GrayImage::from_fn(side, side, |x, y| {
        let (mx, my) = (x / PX, y / PX);
        let dark = mx >= QUIET
            && my >= QUIET
            && (mx - QUIET) < width as u32
            && (my - QUIET) < width as u32
            && colors[((my - QUIET) as usize) * width + (mx - QUIET) as usize] == Module::Dark;
        image023::Luma([if dark { 0 } else { 255 }])
    });
    let dpi = f64::from(side) / (mm / 25.4);
    Image::from_dynamic_image(image023::DynamicImage::ImageLuma8(img))
        .map(|i| i.with_dpi(dpi))
        .map_err(|e| PrintError::Pdf(e.to_string()))
}

/// The head of every page of a form: the QR code with the case number and
/// the page's number on the left, "Annex N to the standard …" and "Form"
/// on the right.
pub fn heading(
    qr: Image,
    qr_caption: String,
    page: String,
    annex_line: String,
    kind: String,
) -> Result<TableLayout, PrintError> {
    let mut table = TableLayout::new(vec![3, 5]);
    let mut left = LinearLayout::vertical();
    left.push(qr.with_alignment(Alignment::Left));
    left.push(caption(qr_caption));
    left.push(caption(page));
    let mut right = LinearLayout::vertical();
    right.push(small(annex_line).aligned(Alignment::Right));
    right.push(small(kind).aligned(Alignment::Right));
    table
        .row()
        .element(left)
        .element(right)
        .push()
        .map_err(|e| PrintError::Pdf(e.to_string()))?;
    Ok(table)
}

/// A table with a header row (repeated on every page), rows kept whole.
pub fn table(
    weights: Vec<usize>,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
) -> Result<Grid, PrintError> {
    Ok(Grid::new(
        weights,
        header,
        rows,
        Style::new().with_font_size(CELL).bold(),
        Style::new().with_font_size(CELL),
    ))
}

/// Which page of the document is being laid out, and on which pages its
/// sections (a copy, a request) start: shared by the page decorator and the
/// section marks, so that a first layout can count what the second prints.
#[derive(Debug, Default)]
pub struct PageLog {
    page: usize,
    starts: Vec<usize>,
}

pub type SharedLog = Rc<RefCell<PageLog>>;

impl PageLog {
    pub fn shared() -> SharedLog {
        Rc::new(RefCell::new(PageLog::default()))
    }

    /// For every page, its number in its section and the section's page
    /// count.
    pub fn plan(&self) -> Vec<(usize, usize)> {
        let mut starts = self.starts.clone();
        if starts.first() != Some(&1) {
            starts.insert(0, 1);
        }
        (1..=self.page)
            .map(|p| {
                let i = starts.iter().rposition(|s| *s <= p).unwrap_or(0);
                let start = starts[i];
                let end = starts.get(i + 1).map_or(self.page, |next| next - 1);
                (p - start + 1, end.max(start) - start + 1)
            })
            .collect()
    }
}

/// Marks the start of a section (a copy, an Annex 3 request): its pages are
/// numbered from 1. Prints nothing.
pub struct SectionMark(pub SharedLog);

impl Element for SectionMark {
    fn render(
        &mut self,
        _context: &Context,
        _area: Area<'_>,
        _style: Style,
    ) -> Result<RenderResult, Error> {
        let mut log = self.0.borrow_mut();
        let page = log.page;
        if log.starts.last() != Some(&page) {
            log.starts.push(page);
        }
        Ok(RenderResult::default())
    }
}

/// The last element of a layout that only counts pages: it stops the
/// rendering with `COUNTED` before the PDF is written (writing embeds the
/// fonts, which is most of a form's cost).
pub struct EndOfCount;

/// The "error" that `EndOfCount` ends a counting layout with.
pub const COUNTED: &str = "emigration-desk: pages counted";

impl Element for EndOfCount {
    fn render(
        &mut self,
        _context: &Context,
        _area: Area<'_>,
        _style: Style,
    ) -> Result<RenderResult, Error> {
        Err(Error::new(COUNTED, ErrorKind::Internal))
    }
}

/// What a page's head is made from: its number in its section and the
/// section's page count.
pub type HeadFn = Box<dyn Fn(usize, usize) -> Result<TableLayout, PrintError>>;

/// Margins, and the head of every page (`heading`). The first layout of a
/// form counts the pages (`plan` is `None`: no page is numbered); the
/// second, when a copy has more than one page, prints the numbers that the
/// first one counted.
pub struct FormPages {
    margins: Margins,
    log: SharedLog,
    plan: Option<Vec<(usize, usize)>>,
    head: HeadFn,
}

/// Space between the head and the page's text.
const HEAD_GAP: f64 = 2.0;

impl FormPages {
    pub fn new(
        margins: Margins,
        log: SharedLog,
        plan: Option<Vec<(usize, usize)>>,
        head: HeadFn,
    ) -> FormPages {
        FormPages {
            margins,
            log,
            plan,
            head,
        }
    }
}

impl PageDecorator for FormPages {
    fn decorate_page<'a>(
        &mut self,
        context: &Context,
        mut area: Area<'a>,
        style: Style,
    ) -> Result<Area<'a>, Error> {
        let page = {
            let mut log = self.log.borrow_mut();
            log.page += 1;
            log.page
        };
        area.add_margins(self.margins);
        let (n, total) = self
            .plan
            .as_ref()
            .and_then(|p| p.get(page - 1).copied())
            .unwrap_or((1, 1));
        let mut head =
            (self.head)(n, total).map_err(|e| Error::new(e.to_string(), ErrorKind::Internal))?;
        let result = head.render(context, area.clone(), style)?;
        area.add_offset(Position::new(
            0,
            result.size.height + genpdf::Mm::from(HEAD_GAP),
        ));
        Ok(area)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_section_numbers_its_own_pages() {
        // Pages 1–2: a copy of two pages; 3: a copy of one; 4–6: one of three.
        let log = PageLog {
            page: 6,
            starts: vec![1, 3, 4],
        };
        assert_eq!(
            log.plan(),
            vec![(1, 2), (2, 2), (1, 1), (1, 3), (2, 3), (3, 3)]
        );
        // No mark: one section.
        let log = PageLog {
            page: 2,
            starts: vec![],
        };
        assert_eq!(log.plan(), vec![(1, 2), (2, 2)]);
    }
}
