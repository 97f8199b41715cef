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

    /// Breaks the segments into lines no wider than `width`.
    fn wrap(&self, context: &Context, base: Style, width: Mm) -> VecDeque<Line> {
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
        for (s, st) in &self.segments {
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
            self.lines = Some(self.wrap(context, style, width));
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
