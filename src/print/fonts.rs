//! Desk Forms Serif: Liberation Serif (a Times-like face, as official forms
//! are set in) subset to Latin, Latin-1, Latin Extended-A, Cyrillic
//! (U+0400–04FF, every Kazakh letter), punctuation and №, with the tenge
//! sign from DejaVu Serif, without hinting, renamed as the SIL OFL asks
//! (`assets/fonts/README.md` says how; licences in `assets/fonts/`).
//!
//! Forms use the regular and bold faces only, so only those two are
//! embedded; genpdf's italic slots point at built-in PDF fonts that no form
//! element uses (an embedded face costs ~45 KB per PDF).

use genpdf::fonts::{FontData, FontFamily};
use std::sync::LazyLock;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DeskFormsSerif-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DeskFormsSerif-Bold.ttf");

/// The two faces every form embeds (the print benchmark measures what
/// embedding them costs on its own).
pub const EMBEDDED_FACES: [&[u8]; 2] = [REGULAR, BOLD];

/// Their PostScript names (name ID 6 of each face), in the order they are
/// embedded: the PDF names its fonts so (printpdf writes F0, F1).
pub const FACE_NAMES: [&str; 2] = ["DeskFormsSerif-Regular", "DeskFormsSerif-Bold"];

static FAMILY: LazyLock<Result<FontFamily<FontData>, String>> = LazyLock::new(|| {
    let load =
        |data: &[u8], builtin| FontData::new(data.to_vec(), builtin).map_err(|e| e.to_string());
    Ok(FontFamily {
        regular: load(REGULAR, None)?,
        bold: load(BOLD, None)?,
        italic: load(REGULAR, Some(printpdf::BuiltinFont::TimesItalic))?,
        bold_italic: load(BOLD, Some(printpdf::BuiltinFont::TimesBoldItalic))?,
    })
});

/// The font family of every form (parsed once per process).
pub fn family() -> Result<FontFamily<FontData>, String> {
    FAMILY.clone()
}

/// Whether the embedded regular face has a glyph for `c` (a character the
/// font lacks would silently vanish from the PDF).
pub fn has_glyph(c: char) -> bool {
    ttf_has_glyph(REGULAR, c)
}

fn ttf_has_glyph(font: &[u8], c: char) -> bool {
    // rusttype maps missing characters to glyph 0 (.notdef).
    rusttype::Font::from_bytes(font).is_ok_and(|f| f.glyph(c).id().0 != 0)
}
