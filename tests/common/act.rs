//! A printed form held to the act's own text, word for word: the blocks of
//! `tests/data/forms/` (see its README) become a pattern of fixed tokens
//! and blanks, and the text read back from the PDF must follow it — every
//! fixed word, mark and caption in order, nothing between them but the
//! case's values in the blanks.

use std::collections::BTreeSet;

/// A token of a form's text: a word (letters and digits, with hyphens or
/// dashes inside it), one mark of punctuation, or a blank (a run of
/// underscores).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    Word(String),
    Mark(char),
    Blank,
}

impl std::fmt::Display for Tok {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Tok::Word(w) => write!(f, "{w}"),
            Tok::Mark(c) => write!(f, "{c}"),
            Tok::Blank => write!(f, "____"),
        }
    }
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The tokens of a text. A hyphen or dash between two letters or digits
/// belongs to the word («1-1-қосымша», «бір-бірден», «САУАЛНАМА–ӨТІНІШ»);
/// anywhere else it is a mark of its own («____-____ дейін»).
pub fn tokens(s: &str) -> Vec<Tok> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '_' {
            while i < chars.len() && chars[i] == '_' {
                i += 1;
            }
            out.push(Tok::Blank);
        } else if word_char(c) {
            let start = i;
            while i < chars.len() {
                if word_char(chars[i]) {
                    i += 1;
                } else if matches!(chars[i], '-' | '–')
                    && i + 1 < chars.len()
                    && word_char(chars[i + 1])
                {
                    i += 2;
                } else {
                    break;
                }
            }
            out.push(Tok::Word(chars[start..i].iter().collect()));
        } else {
            out.push(Tok::Mark(c));
            i += 1;
        }
    }
    out
}

/// One element of the pattern.
#[derive(Clone, Debug)]
enum Node {
    /// A fixed token, then `next`.
    Fixed(Tok, usize),
    /// A blank: any number of the case's value tokens, then `next`.
    Slot(usize),
    /// Either way.
    Split(usize, usize),
    End,
}

/// The act's text of one form as a pattern.
pub struct Pattern {
    nodes: Vec<Node>,
    start: usize,
    /// Every word of the block (to tell a hyphenated word from a word
    /// broken at a line's end).
    pub words: BTreeSet<String>,
}

/// How many items a numbered list of the act may run to on a form.
const LIST_MAX: usize = 60;

/// One line of a block as tokens, or a numbered item of a list: its
/// number, the mark after it, its tokens and its closing mark.
enum Line {
    Plain(Vec<Tok>),
    Item(char, Vec<Tok>, char),
}

fn line(text: &str) -> Line {
    let text = text.trim();
    if text.starts_with('|') {
        // A table's header row; its rows are the case's values.
        let mut toks = tokens(&text.trim_matches('|').replace('|', " "));
        toks.push(Tok::Blank);
        return Line::Plain(toks);
    }
    let toks = tokens(text);
    if let [Tok::Word(n), Tok::Mark(m @ ('.' | ')')), rest @ .., Tok::Mark(end @ (';' | '.'))] =
        toks.as_slice()
    {
        if n.chars().all(|c| c.is_ascii_digit()) && rest.contains(&Tok::Blank) {
            return Line::Item(*m, rest.to_vec(), *end);
        }
    }
    Line::Plain(toks)
}

impl Pattern {
    /// The pattern of a block, repeated `times` (a form's copies, one
    /// Annex 3 request per person).
    pub fn parse(block: &str, times: usize) -> Pattern {
        let mut toks_lines = Vec::new();
        for l in block.lines().filter(|l| !l.trim().is_empty()) {
            toks_lines.push(line(l));
        }
        let words = toks_lines
            .iter()
            .flat_map(|l| match l {
                Line::Plain(t) => t.clone(),
                Line::Item(_, t, _) => t.clone(),
            })
            .filter_map(|t| match t {
                Tok::Word(w) => Some(w),
                _ => None,
            })
            .collect();
        // Built back to front: each node knows the one after it.
        let mut nodes = vec![Node::End];
        let mut next = 0;
        let push = |nodes: &mut Vec<Node>, n: Node| -> usize {
            nodes.push(n);
            nodes.len() - 1
        };
        let seq = |nodes: &mut Vec<Node>, toks: &[Tok], mut next: usize| -> usize {
            for t in toks.iter().rev() {
                next = match t {
                    Tok::Blank => push(nodes, Node::Slot(next)),
                    t => push(nodes, Node::Fixed(t.clone(), next)),
                };
            }
            next
        };
        for _ in 0..times {
            let mut i = toks_lines.len();
            while i > 0 {
                i -= 1;
                match &toks_lines[i] {
                    Line::Plain(t) => next = seq(&mut nodes, t, next),
                    Line::Item(mark, body, end) => {
                        // The list's items run from here to the last
                        // consecutive item line.
                        let mut first = i;
                        while first > 0 && matches!(toks_lines[first - 1], Line::Item(..)) {
                            first -= 1;
                        }
                        let sep = match &toks_lines[first] {
                            Line::Item(_, _, e) => *e,
                            Line::Plain(_) => ';',
                        };
                        let after = next;
                        // Item k: its number, the mark, the body; then
                        // either the list's end mark and out, or the
                        // separator and item k + 1.
                        let mut item_next: Option<usize> = None;
                        for k in (1..=LIST_MAX).rev() {
                            let last = seq(&mut nodes, &[Tok::Mark(*end)], after);
                            let cont = match item_next {
                                Some(n) => {
                                    let s = seq(&mut nodes, &[Tok::Mark(sep)], n);
                                    push(&mut nodes, Node::Split(last, s))
                                }
                                None => last,
                            };
                            let b = seq(&mut nodes, body, cont);
                            let head =
                                seq(&mut nodes, &[Tok::Word(k.to_string()), Tok::Mark(*mark)], b);
                            item_next = Some(head);
                        }
                        next = item_next.unwrap_or(after);
                        i = first;
                    }
                }
            }
        }
        Pattern {
            nodes,
            start: next,
            words,
        }
    }
}

/// Whether a printed token stands for a fixed one: itself, or a year
/// whose last digits fill the act's «20__» («2026» for «20»).
fn fixed_matches(fixed: &Tok, printed: &Tok) -> bool {
    if fixed == printed {
        return true;
    }
    match (fixed, printed) {
        (Tok::Word(f), Tok::Word(p)) => {
            f == "20"
                && p.len() == 4
                && p.starts_with("20")
                && p.chars().all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// What a blank may hold: the case's words, numbers, marks and an
/// unfilled line.
pub struct Values {
    pub words: BTreeSet<String>,
}

impl Values {
    fn allows(&self, t: &Tok) -> bool {
        match t {
            Tok::Blank | Tok::Mark(_) => true,
            Tok::Word(w) => {
                w.chars().all(|c| c.is_ascii_digit())
                    || self.words.contains(w)
                    || self.words.contains(&w.to_lowercase())
            }
        }
    }
}

impl Pattern {
    /// The states reachable from `states` without reading a token.
    fn closure(&self, states: &mut Vec<usize>, seen: &mut [bool]) {
        let mut i = 0;
        while i < states.len() {
            let extra: [Option<usize>; 2] = match self.nodes[states[i]] {
                Node::Split(a, b) => [Some(a), Some(b)],
                Node::Slot(n) => [Some(n), None],
                _ => [None, None],
            };
            for s in extra.into_iter().flatten() {
                if !seen[s] {
                    seen[s] = true;
                    states.push(s);
                }
            }
            i += 1;
        }
    }

    /// Holds the printed tokens to the pattern; on a mismatch, says which
    /// of the act's words was expected where, and what was printed.
    pub fn check(&self, printed: &[Tok], values: &Values) -> Result<(), String> {
        let mut seen = vec![false; self.nodes.len()];
        let mut states = vec![self.start];
        seen[self.start] = true;
        self.closure(&mut states, &mut seen);
        for (j, t) in printed.iter().enumerate() {
            let mut next = Vec::new();
            seen.iter_mut().for_each(|s| *s = false);
            let allowed = values.allows(t);
            for &s in &states {
                let to = match &self.nodes[s] {
                    Node::Fixed(f, n) if fixed_matches(f, t) => Some(*n),
                    Node::Slot(_) if allowed => Some(s),
                    _ => None,
                };
                if let Some(n) = to {
                    if !seen[n] {
                        seen[n] = true;
                        next.push(n);
                    }
                }
            }
            if next.is_empty() {
                return Err(format!(
                    "the act's {} expected after «{}», but the form has «{}»",
                    self.expected(&states),
                    context(&printed[..j], 14),
                    context_ahead(&printed[j..], 8),
                ));
            }
            self.closure(&mut next, &mut seen);
            states = next;
        }
        if states.iter().any(|&s| matches!(self.nodes[s], Node::End)) {
            Ok(())
        } else {
            Err(format!(
                "the form ends after «{}», but the act goes on with {}",
                context(printed, 14),
                self.expected(&states)
            ))
        }
    }

    /// The fixed words the pattern waits for in these states.
    fn expected(&self, states: &[usize]) -> String {
        let words: Vec<String> = states
            .iter()
            .filter_map(|&s| match &self.nodes[s] {
                Node::Fixed(f, _) => Some(format!("«{f}»")),
                _ => None,
            })
            .collect();
        if words.is_empty() {
            "end".into()
        } else {
            words.join(" or ")
        }
    }
}

fn join(toks: &[Tok]) -> String {
    toks.iter()
        .map(Tok::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

fn context(toks: &[Tok], n: usize) -> String {
    join(&toks[toks.len().saturating_sub(n)..])
}

fn context_ahead(toks: &[Tok], n: usize) -> String {
    join(&toks[..toks.len().min(n)])
}

/// A PDF's text as `pdftotext -raw` gives it, page by page, made ready for
/// the pattern: whitespace as one space; `furniture` (what every page may
/// carry: the case number, the page's number, the copy's label) taken
/// out; a table's header row again at the top of a page (`headers`) taken
/// out; words the line's end broke with a hyphen joined (keeping the
/// hyphen where the word has one of its own: it is among `known`).
pub fn printed_tokens(
    pages: &[String],
    furniture: &[String],
    headers: &[Vec<Tok>],
    known: &BTreeSet<String>,
) -> Vec<Tok> {
    let mut out = Vec::new();
    for page in pages {
        let lines: Vec<String> = page
            .lines()
            .map(|l| l.replace('\u{a0}', " "))
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect();
        // Lines rejoined where the line's end broke a word.
        let mut text = String::new();
        for l in &lines {
            if let Some(head) = text.strip_suffix('-') {
                let left = head
                    .rsplit(|c: char| !word_char(c) && c != '-')
                    .next()
                    .unwrap_or_default()
                    .to_string();
                let right: String = l
                    .chars()
                    .take_while(|c| word_char(*c) || *c == '-')
                    .collect();
                if left.chars().last().is_some_and(char::is_alphabetic)
                    && l.chars().next().is_some_and(char::is_lowercase)
                {
                    let own = format!("{left}-{right}");
                    if known.contains(&own) {
                        text.push_str(l);
                    } else {
                        text.pop();
                        text.push_str(l);
                    }
                    continue;
                }
            }
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(l);
        }
        let mut text = text.replace('\n', " ");
        for f in furniture {
            text = text.replace(f.as_str(), " ");
        }
        let mut toks = tokens(&text);
        // A table's header row repeated at the top of a page it goes on to
        // (the first words of the page after the furniture).
        for h in headers {
            if out.windows(h.len()).any(|w: &[Tok]| w == h.as_slice()) && toks.starts_with(h) {
                toks.drain(..h.len());
            }
        }
        out.extend(toks);
    }
    out
}

/// The header rows of a block's tables, as tokens.
pub fn table_headers(block: &str) -> Vec<Vec<Tok>> {
    block
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with('|'))
        .map(|l| tokens(&l.trim_matches('|').replace('|', " ")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(words: &[&str]) -> Values {
        Values {
            words: words.iter().map(|w| w.to_string()).collect(),
        }
    }

    #[test]
    fn a_blank_holds_values_and_nothing_else_may_stand_between_fixed_words() {
        let p = Pattern::parse("Орындаушы: ____\n(тегі, аты)\nТелефоны ____", 1);
        let v = values(&["Асан", "Үсенов"]);
        assert!(p
            .check(
                &tokens("Орындаушы: Асан Үсенов (тегі, аты) Телефоны 8 777"),
                &v
            )
            .is_ok());
        assert!(p
            .check(&tokens("Орындаушы: (тегі, аты) Телефоны"), &v)
            .is_ok());
        let e = p
            .check(&tokens("Орындаушы: Асан (тегі аты) Телефоны"), &v)
            .unwrap_err();
        assert!(e.contains("«,»"), "{e}");
        let e = p
            .check(&tokens("Орындаған: Асан (тегі, аты) Телефоны"), &v)
            .unwrap_err();
        assert!(e.contains("«Орындаушы»"), "{e}");
        let e = p
            .check(&tokens("Орындаушы: Асан (тегі, аты)"), &v)
            .unwrap_err();
        assert!(e.contains("«Телефоны»"), "{e}");
        // A word the case does not have is not a value.
        let e = p
            .check(&tokens("Орындаушы: Басқа (тегі, аты) Телефоны"), &v)
            .unwrap_err();
        assert!(e.contains("Басқа"), "{e}");
    }

    #[test]
    fn a_numbered_list_runs_to_as_many_items_as_the_case_has() {
        let block =
            "атап:\n1. ____-____ дейін;\n2. ____-____ дейін;\n3. ____-____ дейін.\nбайланысты";
        let p = Pattern::parse(block, 1);
        let v = values(&["салық", "сот"]);
        for ok in [
            "атап: 1. салық - дейін. байланысты",
            "атап: 1. салық - сот дейін; 2. сот - дейін. байланысты",
            "атап: 1. - дейін; 2. - дейін; 3. - дейін; 4. - дейін. байланысты",
        ] {
            assert!(p.check(&tokens(ok), &v).is_ok(), "{ok}");
        }
        for bad in [
            "атап: 7. салық - дейін. байланысты",
            "атап: 1. салық - дейін; 3. сот - дейін. байланысты",
            "атап: 1. салық дейін. байланысты",
            "атап: 1. салық - дейін; байланысты",
        ] {
            assert!(p.check(&tokens(bad), &v).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_date_of_the_act_takes_a_year_day_and_month() {
        let p = Pattern::parse("20__ жылғы \"___\" _________", 1);
        let v = values(&["желтоқсан"]);
        assert!(p.check(&tokens("2026 жылғы \"20\" желтоқсан"), &v).is_ok());
        assert!(p.check(&tokens("20__ жылғы \"___\" _________"), &v).is_ok());
        assert!(p.check(&tokens("20.12.2026"), &v).is_err());
        assert!(p.check(&tokens("2026 ж. \"20\" желтоқсан"), &v).is_err());
    }

    #[test]
    fn words_with_their_own_hyphen_stay_whole() {
        assert_eq!(
            tokens("1-1-қосымша бір-бірден ____-____ «Б»"),
            vec![
                Tok::Word("1-1-қосымша".into()),
                Tok::Word("бір-бірден".into()),
                Tok::Blank,
                Tok::Mark('-'),
                Tok::Blank,
                Tok::Mark('«'),
                Tok::Word("Б".into()),
                Tok::Mark('»'),
            ]
        );
        let known: BTreeSet<String> = ["инженер-технолог".to_string()].into();
        let t = printed_tokens(
            &["бас-\nқарма инженер-\nтехнолог".to_string()],
            &[],
            &[],
            &known,
        );
        assert_eq!(
            t,
            vec![
                Tok::Word("басқарма".into()),
                Tok::Word("инженер-технолог".into())
            ]
        );
    }
}
