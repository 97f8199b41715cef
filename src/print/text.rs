//! A wrapping paragraph that may continue on the next page, a block kept
//! whole on one page, and a table whose rows never split.
//!
//! genpdf 0.2's own `Paragraph` counts the bytes it has printed to know
//! where to resume on the next page, and with Cyrillic text that count can
//! land inside a character (a panic: "end of range should be a character
//! boundary"). This paragraph wraps whole words into lines once and resumes
//! by line, so nothing is cut and nothing is printed twice. A word wider
//! than the line is broken with a hyphen at the end of each piece.

use genpdf::error::Error;
use genpdf::render::Area;
use genpdf::style::Style;
use genpdf::{Alignment, Context, Element, Mm, Position, RenderResult, Size};
use std::collections::VecDeque;

type Line = Vec<(String, Style)>;

#[derive(Debug, Clone, Default)]
pub struct Para {
    segments: Vec<(String, Style)>,
    alignment: Alignment,
    lines: Option<VecDeque<Line>>,
    /// A hanging label ("1.", "2)", "—"): printed at the left of the
    /// first line, every line of the text starting after it.
    label: Option<String>,
    label_printed: bool,
}

/// Ties with a non-breaking space what must not be split at the end of a
/// line: "№ 3", "қ. Астана", "г. Астана", initials ("А. Б. Сейтқали"),
/// "Астана қ.", "2026 ж.", "20__ жылғы", "«___» ______ 20__ г." — a space
/// after "№", before a word of one letter with a full stop,
/// after a word of one to three letters ending with a full stop, and
/// between a number or a blank and what follows or precedes it as a date.
pub fn tie(s: &str) -> String {
    const NBSP: char = '\u{a0}';
    let words: Vec<&str> = s.split(' ').collect();
    let mut out = String::with_capacity(s.len() + 8);
    let blankish = |w: &str| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '_' | '«' | '»' | '"' | '.'))
    };
    let abbreviation = |w: &str| {
        let letters = w.trim_start_matches(['(', '«', '"']);
        letters.ends_with('.')
            && (2..=4).contains(&letters.chars().count())
            && letters.chars().filter(|c| c.is_alphabetic()).count() == letters.chars().count() - 1
    };
    // "Астана қ.", "2020 ж.": a word of one letter with its full
    // stop stays with the word before it.
    let trailing = |w: &str| {
        let w = w.trim_end_matches([',', ';', ')']);
        w.ends_with('.') && w.chars().count() == 2 && w.starts_with(char::is_alphabetic)
    };
    // A one-letter word ("в", "с", "«О") goes with the word after it.
    let one_letter = |w: &str| {
        let w = w.trim_start_matches(['(', '«', '"']);
        w.chars().count() == 1 && w.chars().all(char::is_alphabetic)
    };
    let date_word = |w: &str| {
        let w = w.trim_end_matches([',', ';', ')', '.']);
        matches!(w, "ж" | "г" | "жылғы" | "года" | "жыл")
    };
    for (i, w) in words.iter().enumerate() {
        out.push_str(w);
        let Some(next) = words.get(i + 1) else { break };
        let keep = !w.is_empty()
            && !next.is_empty()
            && (*w == "№"
                || one_letter(w)
                || abbreviation(w)
                || trailing(next)
                || (blankish(w) && (blankish(next) || date_word(next)))
                || (date_word(w) && blankish(next)));
        out.push(if keep { NBSP } else { ' ' });
    }
    out
}

impl Para {
    pub fn new(s: impl Into<String>) -> Para {
        Para::default().styled(s, Style::new())
    }

    pub fn styled(mut self, s: impl Into<String>, style: Style) -> Para {
        self.segments.push((tie(&s.into()), style));
        self
    }

    pub fn push(&mut self, s: impl Into<String>, style: Style) {
        self.segments.push((tie(&s.into()), style));
    }

    /// A numbered or dashed item: `label` hangs at the left, the text's
    /// lines all start after it.
    pub fn hanging(mut self, label: impl Into<String>) -> Para {
        self.label = Some(label.into());
        self
    }

    /// The label's width with a space after it.
    fn indent(&self, context: &Context, style: Style) -> Mm {
        match &self.label {
            Some(l) => style.str_width(&context.font_cache, &format!("{l} ")),
            None => Mm::default(),
        }
    }

    pub fn aligned(mut self, alignment: Alignment) -> Para {
        self.alignment = alignment;
        self
    }
}

/// Cuts a word into pieces that `fits`, each but the last ending with a
/// hyphen: as long as they can be, and never a piece of one letter when
/// more fit (a piece keeps at least one letter, so this always ends).
fn hyphenate(word: &str, fits: impl Fn(&str) -> bool) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let rest: String = chars[start..].iter().collect();
        if fits(&rest) {
            pieces.push(rest);
            break;
        }
        // The longest head that fits with its hyphen.
        let mut end = start + 1;
        while end < chars.len() {
            let head: String = chars[start..=end].iter().collect();
            if !fits(&format!("{head}-")) {
                break;
            }
            end += 1;
        }
        // A hyphen of the word's own ("инженер-технолог") within what
        // fits is where it breaks: after it, adding none.
        if let Some(h) = (start + 1..end.min(chars.len()))
            .rev()
            .find(|&h| chars[h] == '-')
        {
            pieces.push(chars[start..=h].iter().collect());
            start = h + 1;
            continue;
        }
        // Two letters at least stay on the next line.
        if chars.len() - end < 2 && end - start > 2 {
            end = chars.len() - 2;
        }
        let head: String = chars[start..end].iter().collect();
        pieces.push(format!("{head}-"));
        start = end;
    }
    pieces
}

/// Breaks styled segments into lines no wider than `width`, whole words
/// (a word wider than the line is broken with hyphens).
fn wrap(segments: &[(String, Style)], context: &Context, base: Style, width: Mm) -> VecDeque<Line> {
    let fc = &context.font_cache;
    let mut lines = VecDeque::new();
    let mut line: Line = Vec::new();
    let mut x = Mm::default();
    let space = |st: Style| st.str_width(fc, " ");
    // Words with their style, and whether they follow the previous word
    // without a space (a segment that starts mid-word, e.g. "." after a
    // bold date).
    let mut words: Vec<(String, Style, bool)> = Vec::new();
    let mut prev_ends_with_space = true;
    for (s, st) in segments {
        let st = base.and(*st);
        let mut first = true;
        for w in s.split(' ') {
            if w.is_empty() {
                first = false;
                continue;
            }
            let glued = first && !prev_ends_with_space && !words.is_empty();
            first = false;
            // A word wider than the line is cut into pieces that fit, each
            // but the last ending with a hyphen.
            if st.str_width(fc, w) > width {
                let mut glue = glued;
                for piece in hyphenate(w, |p| st.str_width(fc, p) <= width) {
                    words.push((piece, st, glue));
                    glue = false;
                }
            } else {
                words.push((w.to_string(), st, glued));
            }
        }
        prev_ends_with_space = s.ends_with(' ');
    }
    for (w, st, glued) in words {
        let ww = st.str_width(fc, &w);
        let gap = if line.is_empty() || glued {
            Mm::default()
        } else {
            space(st)
        };
        if !line.is_empty() && x + gap + ww > width {
            lines.push_back(std::mem::take(&mut line));
            x = Mm::default();
        }
        let gap = if line.is_empty() || glued {
            Mm::default()
        } else {
            space(st)
        };
        let sep = if line.is_empty() || glued { "" } else { " " };
        match line.last_mut() {
            Some((last, last_style)) if *last_style == st => {
                last.push_str(sep);
                last.push_str(&w);
            }
            Some((last, _)) => {
                last.push_str(sep);
                line.push((w, st));
            }
            None => line.push((w, st)),
        }
        x = x + gap + ww;
    }
    if !line.is_empty() {
        lines.push_back(line);
    }
    lines
}

/// A plain text broken into lines no wider than `width`.
pub fn wrap_plain(s: &str, context: &Context, style: Style, width: Mm) -> Vec<String> {
    wrap(&[(s.to_string(), Style::new())], context, style, width)
        .into_iter()
        .map(|l| l.into_iter().map(|(s, _)| s).collect())
        .collect()
}

impl Para {
    /// The height the paragraph takes at `width` (wrapping it, once).
    fn height(&mut self, context: &Context, style: Style, width: Mm) -> Mm {
        let indent = self.indent(context, style);
        let lines = self
            .lines
            .get_or_insert_with(|| wrap(&self.segments, context, style, width - indent));
        lines
            .iter()
            .map(|l| line_height(l, context, style))
            .fold(Mm::default(), |a, b| a + b)
    }
}

impl Element for Para {
    fn render(
        &mut self,
        context: &Context,
        mut area: Area<'_>,
        style: Style,
    ) -> Result<RenderResult, Error> {
        let indent = self.indent(context, style);
        let width = area.size().width - indent;
        if self.lines.is_none() {
            self.lines = Some(wrap(&self.segments, context, style, width));
        }
        let mut result = RenderResult::default();
        let Some(lines) = self.lines.as_mut() else {
            return Ok(result);
        };
        let fc = &context.font_cache;
        while let Some(line) = lines.front() {
            // The tallest style of the line sets its height.
            let line_style = line
                .iter()
                .map(|(_, st)| *st)
                .max_by_key(|st| st.font_size())
                .unwrap_or(style);
            let height = line_style.line_height(fc);
            let line_width = line
                .iter()
                .map(|(s, st)| st.str_width(fc, s))
                .fold(Mm::default(), |a, b| a + b);
            let x = indent
                + match self.alignment {
                    Alignment::Left => Mm::default(),
                    Alignment::Center => (width - line_width) / 2.0,
                    Alignment::Right => width - line_width,
                };
            // The label on the paragraph's first line only (before its
            // text, as it is read).
            if let Some(l) = self.label.as_ref().filter(|_| !self.label_printed) {
                if area.print_str(fc, Position::new(0, 0), style, l)? {
                    self.label_printed = true;
                }
            }
            match area.text_section(fc, Position::new(x, 0), line_style) {
                Some(mut section) => {
                    for (s, st) in line {
                        section.print_str(s, *st)?;
                    }
                }
                None => {
                    result.has_more = true;
                    break;
                }
            }
            result.size = result.size.stack_vertical(Size::new(line_width, height));
            area.add_offset(Position::new(0, height));
            lines.pop_front();
        }
        Ok(result)
    }
}

fn line_height(line: &Line, context: &Context, fallback: Style) -> Mm {
    line.iter()
        .map(|(_, st)| *st)
        .max_by_key(|st| st.font_size())
        .unwrap_or(fallback)
        .line_height(&context.font_cache)
}

/// The tallest block kept whole: anything taller flows like the rest.
const KEEP_MAX: f64 = 120.0;

/// An element that knows its height before it is placed (to keep it
/// whole with others), and is told when it is placed with them.
pub trait Measured: Element {
    fn kept_height(&mut self, context: &Context, style: Style, width: Mm) -> Mm;
    /// Placed with the rest of its block: it must not defer itself again.
    fn placed(&mut self) {}
}

impl Measured for Para {
    fn kept_height(&mut self, context: &Context, style: Style, width: Mm) -> Mm {
        self.height(context, style, width)
    }
}

enum Part {
    Block(Box<dyn Measured>),
    /// A vertical gap of so many lines.
    Gap(f64),
}

/// Paragraphs that go on one page together — a statement with its
/// signature line and caption, a blank with its caption: when the rest of
/// the page is too short for all of them, they all start on the next one.
#[derive(Default)]
pub struct Keep {
    parts: Vec<Part>,
    next: usize,
    started: bool,
    deferred: bool,
}

impl Keep {
    pub fn new() -> Keep {
        Keep::default()
    }

    pub fn para(mut self, p: Para) -> Keep {
        self.parts.push(Part::Block(Box::new(p)));
        self
    }

    pub fn gap(mut self, lines: f64) -> Keep {
        self.parts.push(Part::Gap(lines));
        self
    }

    pub fn add(&mut self, b: impl Measured + 'static) {
        self.parts.push(Part::Block(Box::new(b)));
    }

    pub fn add_gap(&mut self, lines: f64) {
        self.parts.push(Part::Gap(lines));
    }

    fn height(&mut self, context: &Context, style: Style, width: Mm) -> Mm {
        let line = style.line_height(&context.font_cache);
        self.parts
            .iter_mut()
            .map(|p| match p {
                Part::Block(b) => b.kept_height(context, style, width),
                Part::Gap(lines) => line * *lines,
            })
            .fold(Mm::default(), |a, b| a + b)
    }
}

impl Element for Keep {
    fn render(
        &mut self,
        context: &Context,
        mut area: Area<'_>,
        style: Style,
    ) -> Result<RenderResult, Error> {
        let mut result = RenderResult::default();
        if !self.started {
            let height = self.height(context, style, area.size().width);
            if height > area.size().height && !self.deferred && height < Mm::from(KEEP_MAX) {
                // Not a zero size: genpdf would take that for an element
                // that fits on no page.
                self.deferred = true;
                return Ok(RenderResult {
                    size: Size::new(1, 0),
                    has_more: true,
                });
            }
            self.started = true;
            for p in &mut self.parts {
                if let Part::Block(b) = p {
                    b.placed();
                }
            }
        }
        while self.next < self.parts.len() {
            match &mut self.parts[self.next] {
                Part::Block(b) => {
                    let r = b.render(context, area.clone(), style)?;
                    area.add_offset(Position::new(0, r.size.height));
                    result.size = result.size.stack_vertical(r.size);
                    if r.has_more {
                        result.has_more = true;
                        return Ok(result);
                    }
                }
                Part::Gap(lines) => {
                    let full = style.line_height(&context.font_cache) * *lines;
                    let h = if full > area.size().height {
                        area.size().height
                    } else {
                        full
                    };
                    area.add_offset(Position::new(0, h));
                    result.size = result.size.stack_vertical(Size::new(0, h));
                }
            }
            self.next += 1;
        }
        Ok(result)
    }
}

/// A table whose rows never split across pages: a row that does not fit
/// moves whole to the next page, where the header row is repeated.
pub struct Grid {
    weights: Vec<usize>,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    header_style: Style,
    body_style: Style,
    next: usize,
    /// Deferred once to the next page (nothing fitted here).
    deferred: bool,
}

const PAD: f64 = 1.0;

impl Grid {
    pub fn new(
        weights: Vec<usize>,
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        header_style: Style,
        body_style: Style,
    ) -> Grid {
        Grid {
            weights,
            header,
            rows,
            header_style,
            body_style,
            next: 0,
            deferred: false,
        }
    }

    fn columns(&self, width: Mm) -> Vec<(Mm, Mm)> {
        let total: usize = self.weights.iter().sum::<usize>().max(1);
        let mut x = Mm::default();
        self.weights
            .iter()
            .map(|w| {
                let cw = width * (*w as f64 / total as f64);
                let col = (x, cw);
                x += cw;
                col
            })
            .collect()
    }

    /// The wrapped lines of each cell, and the row's height.
    fn layout(
        &self,
        cells: &[String],
        cols: &[(Mm, Mm)],
        context: &Context,
        style: Style,
    ) -> (Vec<VecDeque<Line>>, Mm) {
        let mut height = Mm::default();
        let wrapped: Vec<VecDeque<Line>> = cells
            .iter()
            .zip(cols)
            .map(|(text, (_, w))| {
                let lines = wrap(
                    &[(text.clone(), Style::new())],
                    context,
                    style,
                    *w - Mm::from(2.0 * PAD),
                );
                let h = lines
                    .iter()
                    .map(|l| line_height(l, context, style))
                    .fold(Mm::default(), |a, b| a + b);
                height = height.max(h + Mm::from(2.0 * PAD));
                lines
            })
            .collect();
        let min = style.line_height(&context.font_cache) + Mm::from(2.0 * PAD);
        (wrapped, height.max(min))
    }

    fn draw_row(
        area: &Area<'_>,
        context: &Context,
        y: Mm,
        cols: &[(Mm, Mm)],
        cells: &[VecDeque<Line>],
        height: Mm,
        style: Style,
    ) -> Result<(), Error> {
        let width = cols.last().map(|(x, w)| *x + *w).unwrap_or_default();
        let border = Style::new();
        area.draw_line(vec![Position::new(0, y), Position::new(width, y)], border);
        area.draw_line(
            vec![
                Position::new(0, y + height),
                Position::new(width, y + height),
            ],
            border,
        );
        for ((x, w), lines) in cols.iter().zip(cells) {
            area.draw_line(
                vec![Position::new(*x, y), Position::new(*x, y + height)],
                border,
            );
            let mut ly = y + Mm::from(PAD);
            for line in lines {
                if let Some(mut section) = area.text_section(
                    &context.font_cache,
                    Position::new(*x + Mm::from(PAD), ly),
                    style,
                ) {
                    for (s, st) in line {
                        section.print_str(s, *st)?;
                    }
                }
                ly += line_height(line, context, style);
            }
            let _ = w;
        }
        area.draw_line(
            vec![Position::new(width, y), Position::new(width, y + height)],
            border,
        );
        Ok(())
    }
}

impl Element for Grid {
    fn render(
        &mut self,
        context: &Context,
        area: Area<'_>,
        style: Style,
    ) -> Result<RenderResult, Error> {
        let mut result = RenderResult::default();
        let width = area.size().width;
        let available = area.size().height;
        let cols = self.columns(width);
        let head_style = style.and(self.header_style);
        let body_style = style.and(self.body_style);
        let (head, head_h) = self.layout(&self.header, &cols, context, head_style);
        let mut y = Mm::default();
        let mut drew_header = false;
        while self.next < self.rows.len() {
            let (cells, h) = self.layout(&self.rows[self.next], &cols, context, body_style);
            let start_of_page = !drew_header;
            let needed = if drew_header { h } else { head_h + h };
            if y + needed > available {
                // Not even the header and one row fit in what is left of
                // this page: they all go to the next one. A row taller
                // than a whole page would never fit: on the fresh page it
                // is printed as it is rather than deferred for ever.
                let fresh = start_of_page && y == Mm::default();
                if fresh && !self.deferred {
                    self.deferred = true;
                    return Ok(RenderResult {
                        size: Size::new(1, 0),
                        has_more: true,
                    });
                }
                if !fresh {
                    result.has_more = true;
                    break;
                }
            }
            self.deferred = false;
            if !drew_header {
                Grid::draw_row(&area, context, y, &cols, &head, head_h, head_style)?;
                y += head_h;
                drew_header = true;
            }
            Grid::draw_row(&area, context, y, &cols, &cells, h, body_style)?;
            y += h;
            self.next += 1;
        }
        result.size = Size::new(width, y);
        Ok(result)
    }
}

#[cfg(test)]
mod tests {
    use super::{hyphenate, tie};

    #[test]
    fn what_belongs_together_is_tied_with_a_non_breaking_space() {
        let nb = |s: &str| s.replace(' ', "\u{a0}");
        assert_eq!(
            tie("филиалының № 3 бөлімі"),
            format!("филиалының {} бөлімі", nb("№ 3"))
        );
        assert_eq!(
            tie("Астана қ., Тұран"),
            format!("{}, Тұран", nb("Астана қ."))
        );
        assert_eq!(
            tie("г. Астана, ул. Мира"),
            format!("{}, {}", nb("г. Астана"), nb("ул. Мира"))
        );
        assert_eq!(tie("А. Б. Сейтқали"), nb("А. Б. Сейтқали"));
        assert_eq!(
            tie("20__ жылғы «___» __________"),
            nb("20__ жылғы «___» __________")
        );
        assert_eq!(
            tie("«___» __________ 20__ г."),
            nb("«___» __________ 20__ г.")
        );
        assert_eq!(
            tie("берілді 14.02.2020 ж."),
            format!("берілді {}", nb("14.02.2020 ж."))
        );
        assert_eq!(
            tie("года «О государственных"),
            format!("года {}", nb("«О государственных"))
        );
        // Ordinary words stay breakable.
        assert_eq!(tie("тұрақты тұру үшін шығуға"), "тұрақты тұру үшін шығуға");
        assert_eq!(tie("рұқсат етілді. Онымен"), "рұқсат етілді. Онымен");
    }

    #[test]
    fn a_word_with_a_hyphen_of_its_own_breaks_there() {
        let fits = |p: &str| p.chars().count() <= 10;
        assert_eq!(
            hyphenate("инженер-технолог", fits),
            ["инженер-", "технолог"]
        );
        // The last of its hyphens that fits.
        assert_eq!(hyphenate("а-б-вгдежзиклм", fits), ["а-б-", "вгдежзиклм"]);
        // None within reach: broken as any word.
        assert_eq!(hyphenate("абвгдежзиклм-н", fits), ["абвгдежзи-", "клм-н"]);
    }

    #[test]
    fn a_long_word_breaks_with_hyphens_and_leaves_two_letters_at_least() {
        let fits = |p: &str| p.chars().count() <= 4;
        assert_eq!(hyphenate("абвгдежз", fits), ["абв-", "где-", "жз"]);
        assert_eq!(hyphenate("абвгдеж", fits), ["абв-", "гдеж"]);
        // A hyphen narrower than a letter would leave one letter alone.
        let narrow_hyphen = |p: &str| p.chars().filter(|c| *c != '-').count() <= 4;
        assert_eq!(hyphenate("абвгд", narrow_hyphen), ["абв-", "гд"]);
        assert_eq!(hyphenate("абв", fits), ["абв"]);
        // Narrower than two letters and a hyphen: one letter a piece.
        assert_eq!(
            hyphenate("абв", |p: &str| p.chars().count() <= 1),
            ["а-", "б-", "в"]
        );
    }
}
