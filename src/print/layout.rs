//! Building blocks shared by the forms: text, blanks with their captions,
//! the heading with the QR code that every page carries, with the page's
//! number in its copy.

use super::flow::{Flow, Run};
use super::text::{Grid, Para};
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
/// A shorter one, for the second blank of a line.
pub const SHORT_BLANK: &str = "________________";

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

/// The head of a page of a form: the QR code with the case number and the
/// page's number on the left; on the right, on the first page of a copy,
/// the act's heading ("… стандартына 4-қосымша", "нысан"), and on every
/// page of a form made in copies, the copy's label.
pub fn heading(
    qr: Image,
    qr_caption: String,
    page: String,
    annex_lines: Option<(String, String)>,
    copy_label: Option<String>,
) -> Result<TableLayout, PrintError> {
    let mut table = TableLayout::new(vec![3, 5]);
    let mut left = LinearLayout::vertical();
    left.push(qr.with_alignment(Alignment::Left));
    left.push(caption(qr_caption));
    left.push(caption(page));
    let mut right = LinearLayout::vertical();
    if let Some((heading, kind)) = annex_lines {
        for l in heading.lines() {
            right.push(small(l).aligned(Alignment::Right));
        }
        right.push(small(kind).aligned(Alignment::Right));
    }
    if let Some(label) = copy_label {
        right.push(Break::new(0.5));
        right.push(small(label).aligned(Alignment::Right));
    }
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

/// Which page of the document is being laid out, and to which section (a
/// copy, an Annex 3 request) each page belongs: shared by the page
/// decorator and the section ends, so that a first layout can count what
/// the second prints.
#[derive(Debug, Default)]
pub struct PageLog {
    /// The section of each page laid out so far.
    pages: Vec<usize>,
    /// A section ended: the next page starts the next one.
    pending: bool,
}

pub type SharedLog = Rc<RefCell<PageLog>>;

/// Where a page stands: its number in its section, the section's page
/// count (1 until the count is known), the section, and whether the page
/// starts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PagePlace {
    pub n: usize,
    pub total: usize,
    pub section: usize,
    pub starts: bool,
}

impl PageLog {
    pub fn shared() -> SharedLog {
        Rc::new(RefCell::new(PageLog::default()))
    }

    /// A new page: the next section's first when one ended, else the
    /// current section's next.
    fn next_page(&mut self) -> (usize, bool) {
        let (section, starts) = match self.pages.last() {
            None => (0, true),
            Some(s) if self.pending => (s + 1, true),
            Some(s) => (*s, false),
        };
        self.pending = false;
        self.pages.push(section);
        (section, starts)
    }

    /// For every page, its number in its section and the section's page
    /// count.
    pub fn plan(&self) -> Vec<(usize, usize)> {
        self.pages
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let n = self.pages[..=i].iter().filter(|p| *p == s).count();
                let total = self.pages.iter().filter(|p| *p == s).count();
                (n, total)
            })
            .collect()
    }
}

/// Ends a section (a copy, an Annex 3 request): the page that follows
/// starts the next, with its own heading and page numbers. Prints nothing.
pub struct SectionEnd(pub SharedLog);

impl Element for SectionEnd {
    fn render(
        &mut self,
        _context: &Context,
        _area: Area<'_>,
        _style: Style,
    ) -> Result<RenderResult, Error> {
        self.0.borrow_mut().pending = true;
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

/// What a page's head is made from: where the page stands.
pub type HeadFn = Box<dyn Fn(PagePlace) -> Result<TableLayout, PrintError>>;

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
        let (page, section, starts) = {
            let mut log = self.log.borrow_mut();
            let (section, starts) = log.next_page();
            (log.pages.len(), section, starts)
        };
        area.add_margins(self.margins);
        let (n, total) = self
            .plan
            .as_ref()
            .and_then(|p| p.get(page - 1).copied())
            .unwrap_or((1, 1));
        let place = PagePlace {
            n,
            total,
            section,
            starts,
        };
        let mut head =
            (self.head)(place).map_err(|e| Error::new(e.to_string(), ErrorKind::Internal))?;
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
        let mut log = PageLog::default();
        let mut starts = Vec::new();
        for (p, ends_section) in [
            (1, false),
            (2, true),
            (3, true),
            (4, false),
            (5, false),
            (6, true),
        ] {
            let (_, s) = log.next_page();
            starts.push((p, s));
            if ends_section {
                log.pending = true;
            }
        }
        assert_eq!(
            log.plan(),
            vec![(1, 2), (2, 2), (1, 1), (1, 3), (2, 3), (3, 3)]
        );
        assert_eq!(
            starts,
            vec![
                (1, true),
                (2, false),
                (3, true),
                (4, true),
                (5, false),
                (6, false)
            ]
        );
    }
}

/// A blank of the act's text: the value written in it (a line for the
/// hand when there is none), and the caption under it.
#[derive(Clone, Default)]
pub struct Blank {
    pub value: Option<String>,
    pub caption: Option<String>,
    /// How long the line for the hand is when the blank is empty (the
    /// last blank of a sentence runs on to the end of its line).
    pub empty_mm: f64,
}

impl Blank {
    pub fn new(value: Option<&str>, caption: Option<String>) -> Blank {
        Blank {
            value: value
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string),
            caption,
            empty_mm: 40.0,
        }
    }

    pub fn short(mut self, mm: f64) -> Blank {
        self.empty_mm = mm;
        self
    }
}

const MARK: char = '\u{E000}';
const MARK_END: char = '\u{E001}';

/// Where blank `k` stands in a message of the act: the message is
/// formatted with these in place of its blanks, and `act_lines` finds
/// them again.
pub fn mark(k: usize) -> String {
    format!("{MARK}{k}{MARK_END}")
}

/// One line of the act's text as the form prints it.
pub enum Line {
    /// Words only: a paragraph.
    Text(Para),
    /// Words and blanks.
    Blanks(Flow),
}

impl Element for Line {
    fn render(
        &mut self,
        context: &Context,
        area: Area<'_>,
        style: Style,
    ) -> Result<RenderResult, Error> {
        match self {
            Line::Text(p) => p.render(context, area, style),
            Line::Blanks(f) => f.render(context, area, style),
        }
    }
}

impl super::text::Measured for Line {
    fn kept_height(&mut self, context: &Context, style: Style, width: genpdf::Mm) -> genpdf::Mm {
        match self {
            Line::Text(p) => p.kept_height(context, style, width),
            Line::Blanks(f) => f.kept_height(context, style, width),
        }
    }
    fn placed(&mut self) {
        if let Line::Blanks(f) = self {
            f.placed();
        }
    }
}

/// The lines of a message of the act: each line of `text` one line of the
/// form, the marks of `blanks` in it (see `mark`) those blanks, each with
/// its value and caption.
pub fn act_lines(text: &str, blanks: &[Blank]) -> Vec<Line> {
    let mut out = Vec::new();
    for l in text.lines() {
        let mut runs = Vec::new();
        let mut rest = l;
        while let Some(at) = rest.find(MARK) {
            let (before, after) = rest.split_at(at);
            if !before.trim().is_empty() {
                runs.push(Run::Words(before.to_string()));
            }
            let after = &after[MARK.len_utf8()..];
            let Some(end) = after.find(MARK_END) else {
                rest = after;
                break;
            };
            let k: Option<usize> = after[..end].parse().ok();
            if let Some(b) = k.and_then(|k| blanks.get(k)) {
                runs.push(Run::Blank {
                    value: b.value.clone(),
                    caption: b.caption.clone(),
                    empty_mm: b.empty_mm,
                });
            }
            rest = &after[end + MARK_END.len_utf8()..];
        }
        if !rest.trim().is_empty() {
            runs.push(Run::Words(rest.to_string()));
        }
        if runs.iter().all(|r| matches!(r, Run::Words(_))) {
            if !l.trim().is_empty() {
                out.push(Line::Text(Para::new(l.trim())));
            }
        } else {
            out.push(Line::Blanks(Flow::new(runs, caption_style())));
        }
    }
    out
}

/// Pushes the lines of a message of the act.
pub fn push_lines(body: &mut LinearLayout, text: &str, blanks: &[Blank]) {
    for l in act_lines(text, blanks) {
        body.push(l);
    }
}
