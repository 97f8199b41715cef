//! Building blocks shared by the forms: text, blanks with their captions,
//! the heading with the QR code, signature blocks.

use super::text::{Grid, Para};
use super::PrintError;
use genpdf::elements::{Break, Image, LinearLayout, TableLayout};
use genpdf::style::{Color, Style};
use genpdf::Alignment;

pub const BODY: u8 = 10;
pub const SMALL: u8 = 8;
pub const CAPTION: u8 = 7;
pub const TITLE: u8 = 11;
/// What an unfilled blank prints.
pub const BLANK: &str = "________________________________________________";

fn caption_style() -> Style {
    Style::new()
        .with_font_size(CAPTION)
        .with_color(Color::Greyscale(90))
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

/// A blank of the form: the value in bold, or a line when the case does
/// not know it, with the form's caption under it.
pub fn field(body: &mut LinearLayout, value: Option<&str>, caption_text: String) {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        Some(v) => body.push(bold(v)),
        None => body.push(text(BLANK)),
    }
    body.push(caption(caption_text));
}

/// A label followed by a value or a line: "Орындаушы: Name".
pub fn labelled(label: String, value: Option<&str>) -> Para {
    let p = Para::new(format!("{label} "));
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        Some(v) => p.styled(v, Style::new().bold()),
        None => p.styled(BLANK.get(..30).unwrap_or(BLANK), Style::new()),
    }
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

/// The head of every page of a form: the QR code with the case number on
/// the left, "Annex N to the standard …" and "Form" on the right.
pub fn heading(
    qr: Image,
    qr_caption: String,
    annex_line: String,
    kind: String,
) -> Result<TableLayout, PrintError> {
    let mut table = TableLayout::new(vec![3, 5]);
    let mut left = LinearLayout::vertical();
    left.push(qr.with_alignment(Alignment::Left));
    left.push(caption(qr_caption));
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
        Style::new().with_font_size(CAPTION).bold(),
        Style::new().with_font_size(SMALL),
    ))
}
