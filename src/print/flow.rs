//! A sentence of a form with its blanks inside it, as the act sets it:
//! «____ тұрақты тұру үшін … азамат (ша) ____», «Прошу … в ____ со
//! снятием … по адресу ____.» The words wrap from line to line like a
//! paragraph; a blank's value is written on an underline where it falls
//! (a line for the hand when there is none); each blank's caption is
//! small and centred under it. The text of all lines is written before
//! the captions, so a text extraction reads the sentence whole and then
//! its captions, as the act's text gives them.

use super::text::tie;
use genpdf::error::Error;
use genpdf::render::Area;
use genpdf::style::Style;
use genpdf::{Context, Element, Mm, Position, RenderResult, Size};

fn mm(m: Mm) -> f64 {
    m.into()
}

fn min(a: Mm, b: Mm) -> Mm {
    if a < b {
        a
    } else {
        b
    }
}

/// A part of the sentence.
pub enum Run {
    /// Fixed words.
    Words(String),
    /// A blank: the value on its underline, or an empty line `empty_mm`
    /// wide; its caption under it. The last blank of a sentence runs on
    /// to the end of its line.
    Blank {
        value: Option<String>,
        caption: Option<String>,
        empty_mm: f64,
    },
}

/// A word (or an empty blank) placed on a line.
struct Atom {
    text: String,
    width: Mm,
    /// The blank it belongs to.
    blank: Option<usize>,
    /// Follows the atom before it without a space (a full stop after a
    /// blank).
    glued: bool,
}

struct Placed {
    /// Each line's atoms with their x.
    lines: Vec<Vec<(Mm, usize)>>,
    atoms: Vec<Atom>,
    /// Per line: each blank's underline (blank, from, to).
    underlines: Vec<Vec<(usize, Mm, Mm)>>,
    /// Per line: the captions under it (x, wrapped lines).
    captions: Vec<Vec<(Mm, Vec<String>)>>,
    line_height: Mm,
    caption_line: Mm,
}

impl Placed {
    fn line_extra(&self, l: usize) -> Mm {
        let n = self.captions[l]
            .iter()
            .map(|(_, c)| c.len())
            .max()
            .unwrap_or(0);
        self.caption_line * n as f64
    }

    fn height(&self) -> Mm {
        (0..self.lines.len())
            .map(|l| self.line_height + self.line_extra(l))
            .fold(Mm::default(), |a, b| a + b)
    }
}

pub struct Flow {
    runs: Vec<Run>,
    caption_style: Style,
    deferred: bool,
    done: bool,
}

impl Flow {
    pub fn new(runs: Vec<Run>, caption_style: Style) -> Flow {
        let runs = runs
            .into_iter()
            .map(|r| match r {
                Run::Words(w) => Run::Words(tie(&w)),
                Run::Blank {
                    value,
                    caption,
                    empty_mm,
                } => Run::Blank {
                    value: value.map(|v| tie(v.trim())).filter(|v| !v.is_empty()),
                    caption,
                    empty_mm,
                },
            })
            .collect();
        Flow {
            runs,
            caption_style,
            deferred: false,
            done: false,
        }
    }

    fn place(&self, context: &Context, style: Style, width: Mm) -> Placed {
        let fc = &context.font_cache;
        let caption_style = style.and(self.caption_style);
        let space = style.str_width(fc, " ");
        let mut atoms: Vec<Atom> = Vec::new();
        let mut last_blank = None;
        for (k, run) in self.runs.iter().enumerate() {
            match run {
                Run::Words(w) => {
                    let glue_first = !w.starts_with(' ')
                        && w.starts_with(['.', ',', ';', ':', ')'])
                        && !atoms.is_empty();
                    for (n, word) in w.split(' ').filter(|w| !w.is_empty()).enumerate() {
                        atoms.push(Atom {
                            text: word.to_string(),
                            width: style.str_width(fc, word),
                            blank: None,
                            glued: n == 0 && glue_first,
                        });
                    }
                }
                Run::Blank {
                    value, empty_mm, ..
                } => {
                    last_blank = Some(k);
                    match value {
                        Some(v) => {
                            for word in v.split(' ').filter(|w| !w.is_empty()) {
                                // A value word wider than the line is cut.
                                let mut word = word.to_string();
                                while style.str_width(fc, &word) > width && word.chars().count() > 1
                                {
                                    word.pop();
                                }
                                atoms.push(Atom {
                                    width: style.str_width(fc, &word),
                                    text: word,
                                    blank: Some(k),
                                    glued: false,
                                });
                            }
                        }
                        None => atoms.push(Atom {
                            text: String::new(),
                            width: min(Mm::from(*empty_mm), width),
                            blank: Some(k),
                            glued: false,
                        }),
                    }
                }
            }
        }
        // Greedy lines; the atoms of a value keep a little room on each
        // side of their underline.
        let pad = Mm::from(1.0);
        let mut lines: Vec<Vec<(Mm, usize)>> = vec![Vec::new()];
        let mut x = Mm::default();
        for (i, a) in atoms.iter().enumerate() {
            let prev = i.checked_sub(1).map(|p| &atoms[p]);
            let starts_blank = a.blank.is_some() && prev.is_none_or(|p| p.blank != a.blank);
            let ends_blank =
                a.blank.is_some() && atoms.get(i + 1).is_none_or(|n| n.blank != a.blank);
            let lead = if lines.last().is_some_and(|l| l.is_empty()) || a.glued {
                Mm::default()
            } else {
                space
            } + if starts_blank { pad } else { Mm::default() };
            // A mark glued to the blank's end ("____.") stands right
            // after its line.
            let next_glued = atoms.get(i + 1).is_some_and(|n| n.glued);
            let trail = match (ends_blank, next_glued) {
                (true, true) => Mm::from(0.3),
                (true, false) => pad,
                _ => Mm::default(),
            };
            if !a.glued
                && !lines.last().is_some_and(|l| l.is_empty())
                && x + lead + a.width + trail > width
            {
                lines.push(Vec::new());
                x = Mm::default();
            }
            let lead = if lines.last().is_some_and(|l| l.is_empty()) {
                if starts_blank {
                    pad
                } else {
                    Mm::default()
                }
            } else {
                lead
            };
            x += lead;
            if let Some(l) = lines.last_mut() {
                l.push((x, i));
            }
            x += a.width + trail;
        }
        // Underlines: each blank's stretch of a line, from a little before
        // its first atom to a little after its last; the sentence's last
        // blank, when nothing follows it, to the end of the line.
        let trailing_blank = matches!(self.runs.last(), Some(Run::Blank { .. }));
        let mut underlines = Vec::new();
        for (li, line) in lines.iter().enumerate() {
            let mut segs: Vec<(usize, Mm, Mm)> = Vec::new();
            for &(ax, i) in line {
                let Some(k) = atoms[i].blank else { continue };
                let end_pad = if atoms.get(i + 1).is_some_and(|n| n.glued) {
                    Mm::from(0.3)
                } else {
                    pad
                };
                let (from, to) = (ax - pad, ax + atoms[i].width + end_pad);
                match segs.last_mut() {
                    Some(s) if s.0 == k => s.2 = to,
                    _ => segs.push((k, from.max(Mm::default()), to)),
                }
            }
            if trailing_blank && li + 1 == lines.len() {
                if let Some(s) = segs.last_mut().filter(|s| Some(s.0) == last_blank) {
                    s.2 = width;
                }
            }
            underlines.push(segs);
        }
        // Captions under the blank's widest stretch, centred there, and
        // kept apart from one another on a line.
        let mut captions: Vec<Vec<(Mm, Vec<String>)>> = vec![Vec::new(); lines.len()];
        for (k, run) in self.runs.iter().enumerate() {
            let Run::Blank {
                caption: Some(c), ..
            } = run
            else {
                continue;
            };
            let best = underlines
                .iter()
                .enumerate()
                .flat_map(|(li, segs)| {
                    segs.iter()
                        .filter(|s| s.0 == k)
                        .map(move |s| (li, s.1, s.2))
                })
                .max_by(|a, b| mm(a.2 - a.1).total_cmp(&mm(b.2 - b.1)));
            let Some((li, from, to)) = best else { continue };
            let cw = min((to - from).max(Mm::from(70.0)), width);
            let wrapped = super::text::wrap_plain(c, context, caption_style, cw);
            let widest = wrapped
                .iter()
                .map(|l| caption_style.str_width(fc, l))
                .fold(Mm::default(), Mm::max);
            let mut cx = from + ((to - from) - widest) / 2.0;
            if let Some((px, plines)) = captions[li].last() {
                let pw = plines
                    .iter()
                    .map(|l| caption_style.str_width(fc, l))
                    .fold(Mm::default(), Mm::max);
                cx = cx.max(*px + pw + space);
            }
            cx = min(cx, width - widest).max(Mm::default());
            captions[li].push((cx, wrapped));
        }
        Placed {
            lines,
            atoms,
            underlines,
            captions,
            line_height: style.line_height(fc),
            caption_line: caption_style.line_height(fc),
        }
    }

    pub fn height(&self, context: &Context, style: Style, width: Mm) -> Mm {
        self.place(context, style, width).height()
    }
}

impl super::text::Measured for Flow {
    fn kept_height(&mut self, context: &Context, style: Style, width: Mm) -> Mm {
        self.height(context, style, width)
    }
    fn placed(&mut self) {
        self.deferred = true;
    }
}

impl Element for Flow {
    fn render(
        &mut self,
        context: &Context,
        area: Area<'_>,
        style: Style,
    ) -> Result<RenderResult, Error> {
        let mut result = RenderResult::default();
        if self.done {
            return Ok(result);
        }
        let fc = &context.font_cache;
        let width = area.size().width;
        let p = self.place(context, style, width);
        let height = p.height();
        if height > area.size().height && !self.deferred {
            self.deferred = true;
            return Ok(RenderResult {
                size: Size::new(1, 0),
                has_more: true,
            });
        }
        let drop = style.font(fc).glyph_height(style.font_size()) + Mm::from(0.8);
        let caption_style = style.and(self.caption_style);
        // The sentence, line by line, with its underlines.
        let mut y = Mm::default();
        let mut tops = Vec::new();
        for (li, line) in p.lines.iter().enumerate() {
            tops.push(y);
            // Consecutive words printed as one run.
            let mut run = String::new();
            let mut run_x = None;
            let mut prev: Option<usize> = None;
            let flush = |run: &mut String, run_x: &mut Option<Mm>| -> Result<(), Error> {
                if let Some(x) = run_x.take() {
                    area.print_str(fc, Position::new(x, y), style, run.as_str())?;
                }
                run.clear();
                Ok(())
            };
            for &(x, i) in line {
                let a = &p.atoms[i];
                let same = prev.is_some_and(|q| p.atoms[q].blank == a.blank) && !a.glued;
                if !same {
                    flush(&mut run, &mut run_x)?;
                }
                if a.text.is_empty() {
                    prev = Some(i);
                    continue;
                }
                if run_x.is_none() {
                    run_x = Some(x);
                } else {
                    run.push(' ');
                }
                run.push_str(&a.text);
                prev = Some(i);
            }
            flush(&mut run, &mut run_x)?;
            for &(_, from, to) in &p.underlines[li] {
                area.draw_line(
                    vec![Position::new(from, y + drop), Position::new(to, y + drop)],
                    Style::new(),
                );
            }
            y += p.line_height + p.line_extra(li);
        }
        // Then the captions, each under its blank.
        for (li, caps) in p.captions.iter().enumerate() {
            for (cx, lines) in caps {
                let mut cy = tops[li] + p.line_height;
                for l in lines {
                    area.print_str(fc, Position::new(*cx, cy), caption_style, l.as_str())?;
                    cy += p.caption_line;
                }
            }
        }
        self.done = true;
        result.size = Size::new(width, height);
        Ok(result)
    }
}
