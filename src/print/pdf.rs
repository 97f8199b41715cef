//! What genpdf 0.2 (through printpdf 0.3 and lopdf 0.26) writes that a
//! viewer gets wrong, put right in the finished file:
//!
//! - the document title is written as UTF-8 bytes in a literal string,
//!   which viewers read as PDFDocEncoding (mojibake for Cyrillic): it is
//!   rewritten as UTF-16BE with a byte order mark;
//! - genpdf's font family needs italic faces, which the forms never use;
//!   they are built-in PDF fonts that every page's resources would list:
//!   they are taken out;
//! - the embedded faces are named F0 and F1: they get their PostScript
//!   names (`fonts::FACE_NAMES`);
//! - printpdf writes an empty `GTS_PDFXVersion` (readers then take the file
//!   for PDF/X, a standard it does not meet) and an optional-content layer
//!   whose creator is "Adobe Illustrator 14.0": the version key goes, the
//!   layer's creator and the document's producer name this program.
//!
//! lopdf writes every object once, in order, followed by one classic
//! cross-reference table; the file is rebuilt object by object with the
//! offsets recomputed. A file of any other shape is returned unchanged.

/// The title genpdf is given, replaced here by the real one.
pub const TITLE_PLACEHOLDER: &str = "EmigrationDeskFormTitle";

/// The built-in fonts that fill genpdf's italic slots (see `fonts.rs`).
const UNUSED_FONTS: [&str; 2] = ["Times-Italic", "Times-BoldItalic"];

/// A PDF string of `s` that any reader decodes: UTF-16BE with a byte order
/// mark, written in hex.
fn pdf_text_string(s: &str) -> String {
    let mut out = String::from("<FEFF");
    for unit in s.encode_utf16() {
        out.push_str(&format!("{unit:04X}"));
    }
    out.push('>');
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

fn number_at(bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    let digits = bytes
        .get(at..)?
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let n = std::str::from_utf8(bytes.get(at..at + digits)?)
        .ok()?
        .parse()
        .ok()?;
    Some((n, at + digits))
}

/// An object of the file: its number and where it starts and ends.
struct Object {
    id: usize,
    start: usize,
    end: usize,
}

/// The objects of the file in file order, the offset of the
/// cross-reference table and the table's size.
struct Layout {
    objects: Vec<Object>,
    xref: usize,
    size: usize,
}

fn objects(pdf: &[u8]) -> Option<Layout> {
    let sx = rfind(pdf, b"startxref")?;
    let mut at = sx + b"startxref".len();
    while pdf.get(at)?.is_ascii_whitespace() {
        at += 1;
    }
    let (xref, _) = number_at(pdf, at)?;
    let header = b"xref\n0 ";
    if pdf.get(xref..xref + header.len())? != header {
        return None;
    }
    let (size, mut at) = number_at(pdf, xref + header.len())?;
    if *pdf.get(at)? != b'\n' {
        return None;
    }
    at += 1;
    let mut objs = Vec::new();
    for id in 0..size {
        let entry = std::str::from_utf8(pdf.get(at..at + 20)?).ok()?;
        let mut parts = entry.split_whitespace();
        let offset: usize = parts.next()?.parse().ok()?;
        let _generation = parts.next()?;
        if parts.next()? == "n" {
            objs.push((id, offset));
        }
        at += 20;
    }
    objs.sort_by_key(|(_, offset)| *offset);
    let mut out = Vec::with_capacity(objs.len());
    for (i, (id, start)) in objs.iter().enumerate() {
        let end = objs.get(i + 1).map_or(xref, |(_, next)| *next);
        if end < *start
            || !pdf
                .get(*start..)?
                .starts_with(format!("{id} 0 obj").as_bytes())
        {
            return None;
        }
        out.push(Object {
            id: *id,
            start: *start,
            end,
        });
    }
    Some(Layout {
        objects: out,
        xref,
        size,
    })
}

/// What made the file, as its producer and its layer's creator say.
fn producer() -> String {
    format!("emigration-desk {}", env!("CARGO_PKG_VERSION"))
}

/// The rewrites of a dictionary object: the keys printpdf writes that
/// claim what the file is not, and the faces' names.
fn rewrite(mut o: Vec<u8>) -> Vec<u8> {
    let replace = |o: &mut Vec<u8>, from: &[u8], to: &[u8]| {
        while let Some(i) = find(o, from) {
            o.splice(i..i + from.len(), to.iter().copied());
        }
    };
    replace(&mut o, b"/GTS_PDFXVersion()", b"");
    let creator = format!("/Creator({})", producer());
    replace(
        &mut o,
        b"/Creator(Adobe Illustrator 14.0)",
        creator.as_bytes(),
    );
    if find(&o, b"/Trapped/").is_some() && find(&o, b"/Producer").is_none() {
        // The document information dictionary.
        if let Some(i) = find(&o, b"<<") {
            let info = format!("/Producer({}){}", producer(), creator);
            o.splice(i + 2..i + 2, info.bytes());
        }
    }
    for (i, name) in super::fonts::FACE_NAMES.iter().enumerate() {
        for key in [&b"/BaseFont/F"[..], &b"/FontName/F"[..]] {
            let from = [key, i.to_string().as_bytes(), b"/"].concat();
            let to = [&key[..key.len() - 1], name.as_bytes(), b"/"].concat();
            replace(&mut o, &from, &to);
        }
    }
    o
}

/// Whether an object is one of the unused built-in fonts.
fn is_unused_font(obj: &[u8]) -> bool {
    obj.len() < 400
        && find(obj, b"/Type/Font").is_some()
        && UNUSED_FONTS
            .iter()
            .any(|f| find(obj, format!("/BaseFont/{f}/").as_bytes()).is_some())
}

/// Removes `/Name id 0 R` entries pointing at dropped objects from a
/// dictionary object.
fn drop_references(obj: &[u8], dropped: &[usize]) -> Vec<u8> {
    let mut out = obj.to_vec();
    for f in UNUSED_FONTS {
        for id in dropped {
            let entry = format!("/{f} {id} 0 R");
            while let Some(i) = find(&out, entry.as_bytes()) {
                out.drain(i..i + entry.len());
            }
        }
    }
    out
}

/// Puts the title right and drops the unused fonts; see the module's doc.
pub fn finish(pdf: Vec<u8>, title: &str) -> Vec<u8> {
    let Some(Layout {
        objects: objs,
        xref,
        size,
    }) = objects(&pdf)
    else {
        return pdf;
    };
    let Some(trailer) = pdf.get(xref..).and_then(|t| find(t, b"trailer")) else {
        return pdf;
    };
    let Some(startxref) = rfind(&pdf, b"startxref") else {
        return pdf;
    };
    let trailer = &pdf[xref + trailer..startxref];
    let dropped: Vec<usize> = objs
        .iter()
        .filter(|o| is_unused_font(&pdf[o.start..o.end]))
        .map(|o| o.id)
        .collect();
    let placeholder = format!("({TITLE_PLACEHOLDER})");
    let first = objs.first().map_or(xref, |o| o.start);
    let mut out = Vec::with_capacity(pdf.len());
    out.extend_from_slice(&pdf[..first]);
    let mut offsets = vec![None; size];
    for Object { id, start, end } in &objs {
        if dropped.contains(id) {
            continue;
        }
        let obj = &pdf[*start..*end];
        // Dictionaries are rewritten (the fonts' too, whose width arrays
        // are long); streams are copied as they are.
        let dictionary = find(obj, b"stream").is_none()
            && (obj.len() < 4096 || find(obj, b"/Type/Font").is_some());
        let obj: Vec<u8> = if dictionary {
            let mut o = drop_references(obj, &dropped);
            if let Some(i) = find(&o, placeholder.as_bytes()) {
                o.splice(i..i + placeholder.len(), pdf_text_string(title).bytes());
            }
            rewrite(o)
        } else {
            obj.to_vec()
        };
        if let Some(slot) = offsets.get_mut(*id) {
            *slot = Some(out.len());
        }
        out.extend_from_slice(&obj);
    }
    let new_xref = out.len();
    out.extend_from_slice(format!("xref\n0 {size}\n").as_bytes());
    for offset in &offsets {
        let line = match offset {
            Some(o) => format!("{o:010} 00000 n \n"),
            // Object 0 heads the free list; dropped objects are free too.
            None => "0000000000 65535 f \n".to_string(),
        };
        out.extend_from_slice(line.as_bytes());
    }
    out.extend_from_slice(trailer);
    out.extend_from_slice(format!("startxref\n{new_xref}\n%%EOF").as_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_utf16_with_a_byte_order_mark() {
        assert_eq!(pdf_text_string("Іс"), "<FEFF04060441>");
        assert_eq!(pdf_text_string("A"), "<FEFF0041>");
    }

    #[test]
    fn a_file_of_another_shape_comes_back_unchanged() {
        let odd = b"%PDF-1.3\nnot really a pdf".to_vec();
        assert_eq!(finish(odd.clone(), "x"), odd);
    }
}
