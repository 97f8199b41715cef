//! A wrapping paragraph that may continue on the next page.
//!
//! genpdf 0.2's own `Paragraph` counts the bytes it has printed to know
//! where to resume on the next page, and with Cyrillic text that count can
//! land inside a character (a panic: "end of range should be a character
//! boundary"). This paragraph wraps whole words into lines once and resumes
//! by line, so nothing is cut and nothing is printed twice.

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
}

impl Para {
    pub fn new(s: impl Into<String>) -> Para {
        Para::default().styled(s, Style::new())
    }

    pub fn styled(mut self, s: impl Into<String>, style: Style) -> Para {
        self.segments.push((s.into(), style));
        self
    }

    pub fn push(&mut self, s: impl Into<String>, style: Style) {
        self.segments.push((s.into(), style));
    }

    pub fn aligned(mut self, alignment: Alignment) -> Para {
        self.alignment = alignment;
        self
    }
}

/// Breaks styled segments into lines no wider than `width`, whole words
/// (a word wider than the line is cut).
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
            // A word wider than the line is cut into pieces that fit.
            if st.str_width(fc, w) > width {
                let mut piece = String::new();
                let mut glue = glued;
                for c in w.chars() {
                    piece.push(c);
                    if st.str_width(fc, &piece) > width && piece.chars().count() > 1 {
                        piece.pop();
                        words.push((std::mem::take(&mut piece), st, glue));
                        glue = false;
                        piece.push(c);
                    }
                }
                if !piece.is_empty() {
                    words.push((piece, st, glue));
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

impl Element for Para {
    fn render(
        &mut self,
        context: &Context,
        mut area: Area<'_>,
        style: Style,
    ) -> Result<RenderResult, Error> {
        let width = area.size().width;
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
            let x = match self.alignment {
                Alignment::Left => Mm::default(),
                Alignment::Center => (width - line_width) / 2.0,
                Alignment::Right => width - line_width,
            };
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

/// A table whose rows never split across pages: a row that does not fit
/// moves whole to the next page, where the header row is repeated.
pub struct Grid {
    weights: Vec<usize>,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    header_style: Style,
    body_style: Style,
    next: usize,
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
                // A row taller than a whole page would never fit: print it
                // here rather than loop (cells are short, this does not
                // happen with the questionnaire's limits).
                if !(start_of_page && y == Mm::default()) {
                    result.has_more = true;
                    break;
                }
            }
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
