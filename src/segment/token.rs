//! Words, numbers and punctuation of a span, without allocation.

use crate::span::Span;

/// A word, number or punctuation mark, with its span in the original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    /// Where the token is, in byte offsets of the original text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// The text of the token in `text` (the text it was taken from).
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        self.span.as_str(text)
    }
}

/// The kind of a [`Token`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters and digits, with inner hyphens and apostrophes (`al-Assad`,
    /// `Syria's`, `F-16`), dotted acronyms (`U.S.`) and ordinals (`5th`).
    Word,
    /// ASCII digits with thousands separators and decimals (`1,200`, `3.5`,
    /// `230000`). Letters glued after them start a new word (`10km`).
    Number,
    /// Any other visible character; `...` is a single token.
    Punct,
}

/// The tokens of a span of text, in order.
///
/// This struct is created by [`tokens`]. It borrows the text and allocates
/// nothing; spans are byte offsets of the original text.
#[derive(Clone, Debug)]
pub struct Tokens<'t> {
    text: &'t str,
    pos: usize,
    end: usize,
}

impl<'t> Tokens<'t> {
    /// The part of the span not yet tokenised.
    pub fn as_str(&self) -> &'t str {
        self.text.get(self.pos..self.end).unwrap_or("")
    }
}

/// The tokens of `text` inside `within`, with spans in offsets of `text`.
///
/// A span that does not fit the text is clamped to it (and moved inward to
/// character boundaries), so any span is accepted.
///
/// ```
/// use sitrep::segment::{tokens, TokenKind};
/// use sitrep::Span;
/// let text = "Gen. al-Assad: 1,200 U.S. troops.";
/// let words: Vec<_> = tokens(text, Span::new(5, text.len()))
///     .map(|t| (t.as_str(text), t.kind))
///     .collect();
/// assert_eq!(words[0], ("al-Assad", TokenKind::Word));
/// assert_eq!(words[2], ("1,200", TokenKind::Number));
/// assert_eq!(words[3], ("U.S.", TokenKind::Word));
/// ```
pub fn tokens(text: &str, within: Span) -> Tokens<'_> {
    let mut end = within.end.min(text.len());
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut pos = within.start.min(end);
    while pos < end && !text.is_char_boundary(pos) {
        pos += 1;
    }
    Tokens { text, pos, end }
}

/// Characters that separate tokens and are never tokens themselves.
pub(crate) fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}'
        )
}

/// Characters that make up words: letters, digits and combining marks of
/// the common scripts.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c,
            '\u{300}'..='\u{36F}'
            | '\u{610}'..='\u{61A}'
            | '\u{64B}'..='\u{65F}'
            | '\u{670}'
            | '\u{6D6}'..='\u{6ED}'
            | '\u{900}'..='\u{903}'
            | '\u{93A}'..='\u{94F}')
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '\u{2010}' | '\u{2011}')
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let rest = self.text.get(self.pos..self.end)?;
        // ASCII blanks (white space and controls) byte by byte; from the
        // first other byte that is not ASCII, by characters.
        let ascii = rest
            .bytes()
            .position(|b| !(b <= b' ' || b == 0x7f))
            .unwrap_or(rest.len());
        let skip = if rest.as_bytes().get(ascii).is_some_and(u8::is_ascii) {
            ascii
        } else {
            ascii + rest.get(ascii..)?.find(|c: char| !is_blank(c))?
        };
        let start = self.pos + skip;
        let s = &rest[skip..];
        let (len, kind) = scan(s);
        self.pos = start + len;
        Some(Token {
            span: Span::new(start, start + len),
            kind,
        })
    }
}

impl core::iter::FusedIterator for Tokens<'_> {}

/// The length and kind of the token at the start of `s` (not blank).
fn scan(s: &str) -> (usize, TokenKind) {
    let b = s.as_bytes();
    let Some(first) = s.chars().next() else {
        return (0, TokenKind::Punct);
    };
    if first.is_ascii_digit() {
        let n = number_len(b);
        // Ordinals stay one word: 5th, 21st, 2nd, 3rd.
        let tail = &s[n..];
        let alpha = tail
            .char_indices()
            .find(|&(_, c)| !c.is_ascii_alphabetic())
            .map_or(tail.len(), |(i, _)| i);
        if alpha == 2 && !tail[2..].starts_with(is_word_char) {
            let suf = &tail[..2];
            if ["st", "nd", "rd", "th"]
                .iter()
                .any(|o| suf.eq_ignore_ascii_case(o))
            {
                return (n + 2, TokenKind::Word);
            }
        }
        return (n, TokenKind::Number);
    }
    if is_word_char(first) {
        if let Some(n) = dotted_acronym_len(s) {
            return (n, TokenKind::Word);
        }
        return (word_len(s), TokenKind::Word);
    }
    if s.starts_with("...") {
        return (3, TokenKind::Punct);
    }
    (first.len_utf8(), TokenKind::Punct)
}

/// Digits with `,ddd` groups and `.d` decimals.
fn number_len(b: &[u8]) -> usize {
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = digits(0);
    loop {
        match b.get(i) {
            Some(b',') if digits(i + 1) == 3 => i += 4,
            Some(b'.') if digits(i + 1) > 0 => i += 1 + digits(i + 1),
            _ => return i,
        }
    }
}

/// A run of word characters joined by inner hyphens and apostrophes.
fn word_len(s: &str) -> usize {
    // ASCII letters and digits byte by byte: they are word characters.
    let b = s.as_bytes();
    let ascii = b
        .iter()
        .position(|c| !c.is_ascii_alphanumeric())
        .unwrap_or(b.len());
    if b.get(ascii)
        .is_none_or(|&c| c.is_ascii() && !is_joiner(char::from(c)))
    {
        return ascii;
    }
    let mut end = ascii;
    let mut chars = s[ascii..]
        .char_indices()
        .map(|(i, c)| (ascii + i, c))
        .peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            end = i + c.len_utf8();
        } else if is_joiner(c) && end == i {
            match chars.peek() {
                Some(&(_, n)) if is_word_char(n) => {}
                _ => break,
            }
        } else {
            break;
        }
    }
    end
}

/// `U.S.`, `a.m.`, `U.A.E.`: single letters each followed by a period, at
/// least two of them.
fn dotted_acronym_len(s: &str) -> Option<usize> {
    // Most words: an ASCII letter with no period right after it.
    let b = s.as_bytes();
    if b.first().is_some_and(u8::is_ascii) && b.get(1) != Some(&b'.') {
        return None;
    }
    let mut chars = s.char_indices();
    let mut count = 0;
    let mut end = 0;
    loop {
        match (chars.next(), chars.next()) {
            (Some((_, c)), Some((j, '.'))) if c.is_alphabetic() => {
                count += 1;
                end = j + 1;
            }
            _ => break,
        }
    }
    // The letter after the last period must not continue a word ("U.Syria").
    let next = s[end..].chars().next();
    (count >= 2 && !next.is_some_and(is_word_char)).then_some(end)
}
