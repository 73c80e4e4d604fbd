//! Stage 1: sentences, tokens and page debris, with byte spans.
//!
//! [`sentences`] cuts an article into sentences and lines and gives each a
//! role ([`SentenceKind`]): headline, dateline, body, photo caption or page
//! debris. Debris is marked, never dropped, so every byte of content keeps
//! its place. [`tokens`] walks the words, numbers and punctuation of a span
//! without allocating.
//!
//! # How sentences are found
//!
//! 1. The text is cut into lines (`\n`, `\r\n`, `\r`); a blank line starts a
//!    new paragraph and always ends a sentence. A line continues the previous
//!    one only when that one has no final punctuation and ends with a comma,
//!    or the new line opens with an all-lower-case word (hard-wrapped text;
//!    "al-Assad" does not count); otherwise every line break ends a
//!    sentence, so a headline without a period stands alone.
//! 2. Datelines become [`SentenceKind::Dateline`] sentences of their own:
//!    a date opening the text (`Tue 05 Jul 2016`, `Published July 4 2015`,
//!    `26.11.2014`) or a line that is only a date near the top; a place in
//!    the first lines (`DEIR EZZOR –`, `BEIRUT, Sept 12 (Reuters) -`, `::`,
//!    once per text); a place in capitals right after an opening date
//!    (`... 2016 BEIRUT Syrian forces`); and an agency with a weekday and a
//!    date after an unpunctuated headline at the start
//!    (`Headline AFP Sunday 15 Feb 2015 Body`).
//! 3. Each line is split with Unicode sentence boundaries (UAX #29) and then
//!    corrected for news text: no break after abbreviations
//!    (`data/abbreviations.tsv`: "Gen.", "No. 5", "U.S." unless a sentence
//!    starter follows), initials ("J. Smith"), `?`/`!` before a lower-case
//!    word, or before a bare date ("... border. July 27 2016."); extra
//!    breaks at a period followed by a lower-case word or a digit ("Syria.
//!    the toll", "Syria. 45 died", "(Mopti). 2 fatalities"), spaced periods ("Damascus . The"), after
//!    `…` before a capital, before a `--Reuters` source tag, at a `;` glued
//!    between two headlines ("X kills 13;Y attacks", not `&amp;`), and
//!    after a photo credit ("(TRT World and Agencies)", "REUTERS/Name").
//! 4. Roles, from the tables `data/debris.tsv` and `data/captions.tsv`:
//!    page debris (cookie, related links, comments, share, copyright,
//!    navigation and bylines), captcha lines, `|` navigation bars; photo
//!    captions (a marker such as "File photo" or "AFP PHOTO", a photo credit,
//!    or a full date with a year together with a finite present-tense
//!    caption verb and no reporting or past-tense word: "... sits on a
//!    truck ..., Syria August 12, 2017."); a whole line without final
//!    punctuation of at most 25 words is a [`SentenceKind::Headline`] (at the
//!    top, or a sub-heading in the middle); everything else is
//!    [`SentenceKind::Body`].
//! 5. Corrections over the page: a short line (at most 400 bytes, 4 parts)
//!    passes a caption role from a caption marker in any part, or a debris
//!    role other than navigation from its first part, to all its parts,
//!    except across `;`-joined headlines; a long
//!    sentence holding a debris phrase right after debris of its line is the
//!    rest of a footer; whole headline-like lines after the last body
//!    sentence are related-article links ([`DebrisKind::Related`]) when there
//!    are two or more of them, they follow two or more blank lines, or page
//!    debris follows them; after an opening date line, a first sentence of at
//!    most 14 words is the headline.
//! 6. A line in a non-Latin script (no Latin letter) before the body and
//!    before Latin-script content is a site name:
//!    [`DebrisKind::Navigation`]. A text entirely in another script keeps its
//!    headlines, so nothing is hidden from a reader of that script.
//!
//! Every rule is local and runs in one pass over the text; the tables are
//! compiled once per process.

use crate::span::Span;
use lexicon::{Abbrev, Class, Mode, LEXICON};
use token::{is_blank, is_word_char};
use unicode_segmentation::UnicodeSegmentation;

mod lexicon;
mod rules;
mod token;

#[cfg(test)]
mod tests;

pub use token::{tokens, Token, TokenKind, Tokens};

/// A sentence (or line) of the article with its role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Sentence {
    /// Where it is in the text (trimmed of surrounding white space).
    pub span: Span,
    /// What role it plays on the page.
    pub kind: SentenceKind,
    /// The 0-based paragraph it belongs to (blank lines separate paragraphs).
    pub paragraph: usize,
}

/// The role of a [`Sentence`] on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SentenceKind {
    /// A line without final punctuation that stands alone: a headline or a
    /// sub-heading. Read like a sentence.
    Headline,
    /// A dateline (`DEIR EZZOR –`, `BAGHDAD (Reuters) -`).
    Dateline,
    /// A sentence of the article's body.
    Body,
    /// A photo caption: never makes or joins an incident.
    Caption,
    /// Page debris: skipped by every later stage.
    Debris(DebrisKind),
}

impl SentenceKind {
    /// Whether later stages read this sentence for facts.
    pub fn is_content(&self) -> bool {
        matches!(self, SentenceKind::Headline | SentenceKind::Body)
    }
}

/// The kind of page debris a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DebrisKind {
    /// Cookie or consent notice.
    Cookie,
    /// "You might also like", a list of related-article links.
    Related,
    /// "Leave a comment" and comment forms.
    Comment,
    /// Share and follow lines.
    Share,
    /// Copyright and "Powered by" lines.
    Copyright,
    /// A captcha line (`five × 5 =`).
    Captcha,
    /// Navigation, bylines and other furniture.
    Navigation,
}

/// Longest sentence (in words) that a caption marker may mark: a longer one
/// is body text that happens to hold the phrase.
const PHRASE_MAX_WORDS: usize = 60;
/// Longest sentence that a debris phrase of mode "contains" may mark.
const DEBRIS_MAX_WORDS: usize = 25;
/// Longest line without final punctuation read as a headline.
const HEADLINE_MAX_WORDS: usize = 25;
/// Longest sentence after an opening date line read as the headline.
const LEAD_HEADLINE_MAX_WORDS: usize = 14;
/// Longest sentence marked by a phrase of mode "short" ("Source Reuters").
const SHORT_WORDS: usize = 8;
/// Lines up to this size pass a caption or debris role to all their parts.
const SHORT_UNIT_BYTES: usize = 400;
/// A place dateline is looked for in this many first lines only.
const DATELINE_UNITS: usize = 8;

/// Splits `text` into sentences with their roles.
///
/// Spans are trimmed of white space, lie on character boundaries of `text`,
/// are in order and do not overlap. Never panics.
///
/// ```
/// use sitrep::segment::{sentences, SentenceKind};
/// let text = "Blast kills 12 in Homs\n\nHOMS – A car bomb killed 12 people, \
///             Gen. Ali said. Dozens were hurt.\n\nLeave a comment";
/// let kinds: Vec<_> = sentences(text).iter().map(|s| s.kind).collect();
/// assert_eq!(kinds[0], SentenceKind::Headline);
/// assert_eq!(kinds[1], SentenceKind::Dateline);
/// assert_eq!(kinds[2], SentenceKind::Body); // "A car bomb ... Gen. Ali said."
/// assert_eq!(kinds[3], SentenceKind::Body);
/// assert!(!kinds[4].is_content());
/// ```
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut builder = Builder::new(text);
    let mut rest = 0;
    while rest < text.len() {
        let (line_end, next) = line_at(text, rest);
        builder.line(rest, line_end);
        rest = next;
    }
    classify(text, &builder.pieces, builder.units)
}

/// The end of the line starting at `from` and the start of the next one.
fn line_at(text: &str, from: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let found = b.get(from..).and_then(|rest| {
        position_by_words(
            rest,
            |x| has_byte(x, b'\n') || has_byte(x, b'\r'),
            |c| c == b'\n' || c == b'\r',
        )
    });
    match found.map(|k| from + k) {
        Some(i) if b[i] == b'\n' => (i, i + 1),
        Some(i) if b.get(i + 1) == Some(&b'\n') => (i, i + 2),
        Some(i) => (i, i + 1),
        None => (b.len(), b.len()),
    }
}

/// The byte `0x01` and the byte `0x80` eight times over.
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether one of the eight bytes of `x` is `c` (exact as to whether, not
/// as to where).
fn has_byte(x: u64, c: u8) -> bool {
    let y = x ^ (ONES * u64::from(c));
    y.wrapping_sub(ONES) & !y & HIGHS != 0
}

/// Whether one of the eight bytes of `x` is not ASCII.
fn has_non_ascii(x: u64) -> bool {
    x & HIGHS != 0
}

/// The first position in `b` of a byte that `is` accepts, like
/// `b.iter().position(is)`, reading eight bytes at a time: `may` tells of
/// eight bytes whether one of them may be such a byte (never false when
/// one is), and only then are they looked at one by one.
fn position_by_words(
    b: &[u8],
    may: impl Fn(u64) -> bool,
    is: impl Fn(u8) -> bool,
) -> Option<usize> {
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let Ok(bytes) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        if may(u64::from_le_bytes(bytes)) {
            if let Some(k) = chunk.iter().position(|&c| is(c)) {
                return Some(at + k);
            }
        }
        at += 8;
    }
    b.get(at..)?.iter().position(|&c| is(c)).map(|k| at + k)
}

/// `[start, end)` without blank characters at both ends.
fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = text.get(start..end).unwrap_or("");
    let t = s.trim_start_matches(is_blank);
    let lead = s.len() - t.len();
    let t = t.trim_end_matches(is_blank);
    (start + lead, start + lead + t.len())
}

/// How a piece came to start where it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cut {
    /// A Unicode sentence boundary, open to correction.
    Natural,
    /// A boundary added by a news rule: kept.
    Forced,
    /// After a separator (`;` between headlines): kept, and it ends a line.
    Separator,
    /// A credit in parentheses that belongs to the piece before.
    Attach { photo: bool },
    /// After a photo credit that closes the piece before.
    AfterCredit,
}

/// A sentence in the making.
#[derive(Clone, Copy, Debug)]
struct Piece {
    span: Span,
    paragraph: usize,
    /// The line (or run of joined lines) it belongs to.
    unit: usize,
    /// Blank lines before its line.
    gap: usize,
    /// Starts its line or follows a separator.
    line_start: bool,
    /// Ends its line or precedes a separator.
    line_end: bool,
    /// A dateline (place or date).
    dateline: bool,
    /// The date line opening the text.
    lead_date: bool,
    /// Ends with a photo credit.
    credit: bool,
    /// Has a letter or digit.
    has_word: bool,
    /// Follows a separator (`;` between headlines).
    after_sep: bool,
}

struct Builder<'t> {
    text: &'t str,
    pieces: Vec<Piece>,
    paragraph: usize,
    blank_run: usize,
    units: usize,
    seen_content: bool,
    dateline_done: bool,
    /// The last line was not blank.
    prev_line: bool,
    cuts: Vec<(usize, usize, Cut)>,
    /// Unicode sentence boundaries of the line being split.
    bounds: Vec<usize>,
}

impl<'t> Builder<'t> {
    fn new(text: &'t str) -> Self {
        Builder {
            text,
            pieces: Vec::new(),
            paragraph: 0,
            blank_run: 0,
            units: 0,
            seen_content: false,
            dateline_done: false,
            prev_line: false,
            cuts: Vec::new(),
            bounds: Vec::new(),
        }
    }

    fn line(&mut self, start: usize, end: usize) {
        let (ls, le) = trim(self.text, start, end);
        if ls >= le {
            self.blank_run += 1;
            self.prev_line = false;
            return;
        }
        let gap = self.blank_run;
        if gap > 0 && self.seen_content {
            self.paragraph += 1;
        }
        self.blank_run = 0;
        let cont = self.prev_line && self.continues(ls);
        self.prev_line = true;
        let unit = if cont {
            self.units - 1
        } else {
            self.units += 1;
            self.units - 1
        };
        let mut from = ls;
        if !cont {
            // A date opening the text, or a line that is only a date near
            // the top ("Updated: March 3, 2017 10:45 GMT").
            if let Some(n) = rules::date_prefix(&self.text[ls..le]) {
                let whole = trim(self.text, ls + n, le).0 >= le;
                if !self.seen_content || whole && unit < DATELINE_UNITS {
                    self.push_dateline(ls, ls + n, unit, gap, !self.seen_content);
                    from = trim(self.text, ls + n, le).0;
                }
            }
            // "Headline AFP Sunday 15 Feb 2015 Body ..." opening the text,
            // or "Saturday 6 Aug 2016 Headline Monitor AFP Body ..." after
            // the date that opened it.
            let dated = from > ls
                && self
                    .pieces
                    .last()
                    .is_some_and(|p| p.lead_date && p.unit == unit);
            if !self.seen_content && from == ls || dated {
                if let Some((agency, end)) = agency_date(self.text, from, le, dated) {
                    self.split(from, agency, unit, gap, false);
                    self.push_dateline(agency, end, unit, gap, false);
                    from = trim(self.text, end, le).0;
                }
            }
            let after_lead = self
                .pieces
                .last()
                .is_some_and(|p| p.lead_date && p.unit == unit);
            if after_lead && from < le {
                if let Some(n) = rules::bare_dateline(&self.text[from..le]) {
                    self.push_dateline(from, from + n, unit, gap, false);
                    self.dateline_done = true;
                    from = trim(self.text, from + n, le).0;
                }
            }
            if !self.dateline_done && unit < DATELINE_UNITS && from < le {
                if let Some(n) = rules::place_dateline(&self.text[from..le]) {
                    self.push_dateline(from, from + n, unit, gap, false);
                    self.dateline_done = true;
                    from = trim(self.text, from + n, le).0;
                }
            }
        }
        self.seen_content = true;
        if from < le {
            self.split(from, le, unit, gap, cont);
        }
    }

    fn push_dateline(&mut self, start: usize, end: usize, unit: usize, gap: usize, lead: bool) {
        let (s, e) = trim(self.text, start, end);
        self.pieces.push(Piece {
            span: Span::new(s, e),
            paragraph: self.paragraph,
            unit,
            gap,
            line_start: true,
            line_end: false,
            dateline: true,
            lead_date: lead,
            credit: false,
            has_word: true,
            after_sep: false,
        });
    }

    /// Whether the line starting at `ls` continues the last piece.
    fn continues(&self, ls: usize) -> bool {
        let Some(last) = self.pieces.last() else {
            return false;
        };
        if last.dateline || last.unit + 1 != self.units {
            return false;
        }
        let prev = last.span.as_str(self.text);
        if ends_final(prev) {
            return false;
        }
        // A lower-case first word continues, unless it holds a capital: a
        // line may open with "al-Assad" or "ad-Dawla".
        let next = &self.text[ls..];
        let word = next.split(is_blank).next().unwrap_or("");
        let lower = word.starts_with(char::is_lowercase) && !word.contains(char::is_uppercase);
        prev.ends_with(',') || lower
    }

    /// Splits `[from, to)` of one line into pieces.
    fn split(&mut self, from: usize, to: usize, unit: usize, gap: usize, cont: bool) {
        let text = self.text;
        let mut cuts = std::mem::take(&mut self.cuts);
        cuts.clear();
        let mut bounds = std::mem::take(&mut self.bounds);
        sentence_bounds(&text[from..to], &mut bounds);
        let mut prev = 0;
        for &b in bounds.iter().chain(std::iter::once(&(to - from))) {
            let (s, e) = trim(text, from + prev, from + b);
            if s < e {
                sub_split(text, s, e, &mut cuts);
            }
            prev = b;
        }
        self.bounds = bounds;
        let first_new = self.pieces.len();
        for (i, &(s, e, cut)) in cuts.iter().enumerate() {
            let has_word = text[s..e].contains(is_word_char);
            let in_line = self.pieces.len() > first_new;
            let joinable =
                (in_line || (i == 0 && cont)) && self.pieces.last().is_some_and(|p| !p.dateline);
            let merge = joinable
                && match cut {
                    _ if i == 0 && cont => true,
                    Cut::Natural => {
                        should_merge(text, self.last_piece(), Span::new(s, e), has_word)
                    }
                    Cut::Attach { .. } => true,
                    _ => false,
                };
            if merge {
                if let Some(last) = self.pieces.last_mut() {
                    last.span.end = e;
                    last.has_word |= has_word;
                    if let Cut::Attach { photo: true } = cut {
                        last.credit = true;
                    }
                }
                continue;
            }
            if matches!(cut, Cut::Separator | Cut::AfterCredit) {
                if let Some(last) = self.pieces.last_mut() {
                    if last.unit == unit {
                        if cut == Cut::Separator {
                            last.line_end = true;
                        } else {
                            last.credit = true;
                        }
                    }
                }
            }
            self.pieces.push(Piece {
                span: Span::new(s, e),
                paragraph: self.paragraph,
                unit,
                gap,
                line_start: !in_line && !cont || cut == Cut::Separator,
                line_end: false,
                dateline: false,
                lead_date: false,
                credit: matches!(cut, Cut::Attach { photo: true }),
                has_word,
                after_sep: cut == Cut::Separator,
            });
        }
        if let Some(last) = self.pieces.last_mut() {
            last.line_end = true;
        }
        self.cuts = cuts;
    }

    fn last_piece(&self) -> (Span, bool) {
        self.pieces
            .last()
            .map_or((Span::default(), false), |p| (p.span, p.has_word))
    }
}

/// Whether a UAX #29 sentence rule may look at byte `b`: a terminator, or
/// any non-ASCII byte (other terminators, closing marks, separators).
fn is_sentence_special(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?') || !b.is_ascii()
}

/// Whether `i` lies between two ASCII letters of `b`. No UAX #29 sentence
/// rule looks across such a point: a letter ends every look-behind run
/// (`SATerm Close* Sp*`) and every look-ahead (SB7, SB8, SB8a) stops at the
/// first letter. So no boundary lies there and the text on either side
/// can be split on its own.
fn is_safe_cut(b: &[u8], i: usize) -> bool {
    i > 0 && i < b.len() && b[i - 1].is_ascii_alphabetic() && b[i].is_ascii_alphabetic()
}

/// The inner UAX #29 sentence boundaries of `line` (offsets, ascending,
/// neither 0 nor `line.len()`) into `out`: the same as
/// `split_sentence_bound_indices`, but the Unicode rules only run on the
/// short windows around terminators and non-ASCII characters, cut at
/// points between two letters (see [`is_safe_cut`]).
fn sentence_bounds(line: &str, out: &mut Vec<usize>) {
    out.clear();
    let b = line.as_bytes();
    let mut done = 0; // windows end here; a safe cut or the line start
    let mut i = 0;
    while let Some(j) = position_by_words(
        &b[i..],
        |x| has_non_ascii(x) || has_byte(x, b'.') || has_byte(x, b'!') || has_byte(x, b'?'),
        is_sentence_special,
    ) {
        let j = i + j;
        let mut ws = j;
        while ws > done && !is_safe_cut(b, ws) {
            ws -= 1;
        }
        let mut we = j + 1;
        while we < b.len() && !is_safe_cut(b, we) {
            we += 1;
        }
        // Both ends are safe cuts (or the line's ends): char boundaries.
        let window = line.get(ws..we).unwrap_or("");
        out.extend(
            window
                .split_sentence_bound_indices()
                .map(|(off, _)| ws + off)
                .filter(|&o| o > ws),
        );
        done = we;
        i = we;
        if i >= b.len() {
            break;
        }
    }
}

/// Words searched for "AGENCY Weekday date" at the start of a text.
const AGENCY_DATE_WORDS: usize = 40;

/// "... Monitor AFP Sunday 15 Feb 2015 At least ...": a news agency, a
/// weekday and a date among the first words of the text, after a headline
/// without final punctuation. Returns where the agency starts and where the
/// date ends. With `dated` (the text opened with its date), the agency alone
/// ends the headline when a sentence starts right after it.
fn agency_date(text: &str, ls: usize, le: usize, dated: bool) -> Option<(usize, usize)> {
    let line = &text[ls..le];
    let mut pos = 0;
    for _ in 0..AGENCY_DATE_WORDS {
        let word_end = line[pos..].find(is_blank).map_or(line.len(), |i| pos + i);
        let word = &line[pos..word_end];
        if word.ends_with(['.', '!', '?']) {
            return None; // the headline has ended
        }
        let next =
            word_end + line[word_end..].len() - line[word_end..].trim_start_matches(is_blank).len();
        if next >= line.len() {
            return None;
        }
        let is_agency = pos > 0
            && word.len() <= 8
            && word.chars().all(|c| c.is_ascii_alphabetic())
            && credit_kind(text, Span::new(ls + pos, ls + word_end)).1;
        if is_agency {
            if let Some(n) = rules::weekday_date(&line[next..]) {
                let body = line[next + n..].trim_start_matches(is_blank);
                if starts_sentence(body) {
                    return Some((ls + pos, ls + next + n));
                }
            } else if dated && starts_sentence(&line[next..]) && headline_ends_at(line, pos, next) {
                return Some((ls + pos, ls + word_end));
            }
        }
        pos = next;
    }
    None
}

/// Whether an agency's name at `pos` in `line`, with the body from `next`,
/// closes a headline: no word that governs a name before it ("told
/// Sputnik", "by AFP"), and more than one word before the body's first stop
/// ("told Sputnik Friday." is a sentence going on).
fn headline_ends_at(line: &str, pos: usize, next: usize) -> bool {
    let prev = line[..pos].split_whitespace().next_back().unwrap_or("");
    let governs = [
        "told",
        "tells",
        "said",
        "says",
        "to",
        "by",
        "from",
        "of",
        "with",
        "for",
        "at",
        "according",
        "via",
        "and",
        "the",
    ]
    .iter()
    .any(|w| prev.eq_ignore_ascii_case(w));
    let first = line[next..].split_whitespace().next().unwrap_or("");
    !governs && !first.ends_with(['.', '!', '?', ',', ';', ':'])
}

/// Closing characters that may follow final punctuation.
fn is_close(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '“' | '‘'
    )
}

/// Whether `s` ends with final punctuation (before closing quotes).
fn ends_final(s: &str) -> bool {
    let t = s.trim_end_matches(|c| is_close(c) || is_blank(c));
    t.ends_with(['.', '!', '?', '…', '。', '؟'])
}

/// Whether `s` opens with a place dateline inside a line: a place in
/// capitals, then an agency in parentheses or a dash ("MOSCOW (Sputnik)
/// According to ...").
pub(crate) fn inline_dateline(s: &str) -> bool {
    rules::inline_dateline(s)
}

/// Cuts the Unicode sentence `[s, e)` further with the news rules, pushing
/// the pieces to `out`.
fn sub_split(text: &str, s: usize, e: usize, out: &mut Vec<(usize, usize, Cut)>) {
    let chunk = &text[s..e];
    let mut start = s;
    let mut start_cut = Cut::Natural;
    // A credit in parentheses opening the chunk belongs to the sentence
    // before: "... 2016. (Reuters Photo) Airstrikes hit ..."
    if let Some((end, photo)) = credit_at(text, s, e, true) {
        let (rs, _) = trim(text, end, e);
        if rs < e && starts_sentence(&text[rs..e]) {
            out.push((s, end, Cut::Attach { photo }));
            start = rs;
            start_cut = Cut::Forced;
        }
    }
    // "REUTERS/Stringer The army ..." at the start: the credit closes the
    // caption before.
    if start == s {
        if let Some(end) = slash_credit(text, s, e) {
            let (rs, _) = trim(text, end, e);
            if rs < e && starts_sentence(&text[rs..e]) {
                out.push((s, end, Cut::Attach { photo: true }));
                start = rs;
                start_cut = Cut::Forced;
            }
        }
    }
    let bytes = chunk.as_bytes();
    let mut i = start - s;
    while i < bytes.len() {
        let at = s + i;
        let step = match bytes[i] {
            b';' => glued_separator(text, at, s, e).map(|r| (at, r, Cut::Separator)),
            b'.' => period_cut(text, at, e).map(|(l, r)| (l, r, Cut::Forced)),
            b'(' if at > start => match credit_at(text, at, e, false) {
                Some((end, _)) => {
                    let (rs, _) = trim(text, end, e);
                    if rs < e && starts_sentence(&text[rs..e]) {
                        Some((end, rs, Cut::AfterCredit))
                    } else {
                        // Skip the credits, so a run of them is read once.
                        i = end - s;
                        continue;
                    }
                }
                None => None,
            },
            b'A'..=b'Z' if at > start && text[..at].ends_with(is_blank) => {
                slash_credit(text, at, e).and_then(|end| {
                    let (rs, _) = trim(text, end, e);
                    (rs < e && starts_sentence(&text[rs..e])).then_some((end, rs, Cut::AfterCredit))
                })
            }
            _ if text[at..e].starts_with('…') => ellipsis_cut(text, at + '…'.len_utf8(), e)
                .map(|r| (at + '…'.len_utf8(), r, Cut::Forced)),
            _ => None,
        };
        if let Some((left_end, right_start, cut)) = step {
            let (ls, le) = trim(text, start, left_end);
            if ls < le {
                out.push((ls, le, start_cut));
            }
            start = right_start;
            start_cut = cut;
            i = right_start - s;
            continue;
        }
        // Jump to the next byte a rule looks at (all on char boundaries).
        i += 1;
        i += bytes[i..]
            .iter()
            .position(|&b| is_cut_byte(b))
            .unwrap_or(bytes.len() - i);
    }
    let (ls, le) = trim(text, start, e);
    if ls < le {
        out.push((ls, le, start_cut));
    }
}

/// The bytes [`sub_split`] stops at: `;`, `.`, `(`, a capital, and the
/// first byte of `…`.
fn is_cut_byte(b: u8) -> bool {
    matches!(b, b';' | b'.' | b'(' | b'A'..=b'Z') || b == "…".as_bytes()[0]
}

/// Whether `s` starts like a new sentence: a capital, a digit or an opening
/// quote.
fn starts_sentence(s: &str) -> bool {
    s.trim_start_matches(['"', '“', '\'', '‘', '«'])
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// A `;` glued between two non-blank characters ("killed 13;Somalia's"),
/// not closing an HTML entity; returns where the next piece starts.
fn glued_separator(text: &str, at: usize, s: usize, e: usize) -> Option<usize> {
    let before = text[s..at].chars().next_back()?;
    let after = text[at + 1..e].chars().next()?;
    if is_blank(before) || is_blank(after) {
        return None;
    }
    // "&amp;", "&#39;"
    let head = text[s..at].trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '#');
    if head.ends_with('&') && head.len() + 1 < at - s {
        return None;
    }
    Some(at + 1)
}

/// The word before position `at` (a period), skipping one run of spaces
/// for spaced periods ("Damascus ."), without opening punctuation.
fn word_before(text: &str, at: usize) -> &str {
    let head = text[..at].trim_end_matches(is_blank);
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| is_blank(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    head[start..].trim_start_matches(|c: char| !is_word_char(c))
}

/// A plain word: letters (with inner hyphens or apostrophes), at least two,
/// some lower case, and no abbreviation.
fn is_plain_word(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars().any(char::is_lowercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && LEXICON.abbrev(w).is_none()
}

/// A period that UAX #29 leaves inside a sentence but news text ends a
/// sentence with: before a lower-case word or a digit ("Syria. the toll",
/// "Syria. 45 died"). Returns the end of the left piece and the start of the
/// right one.
fn period_cut(text: &str, at: usize, e: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    if at > 0 && b[at - 1] == b'.' || b.get(at + 1) == Some(&b'.') {
        return None; // an ellipsis
    }
    let after = &text[at + 1..e];
    let closes = after.len() - after.trim_start_matches(is_close).len();
    let left_end = at + 1 + closes;
    let rest = &text[left_end..e];
    let trimmed = rest.trim_start_matches(is_blank);
    if trimmed.len() == rest.len() || trimmed.is_empty() {
        return None; // "3.5", "U.S.", or the end
    }
    if trimmed.starts_with("--") || trimmed.starts_with('—') {
        // A source tag after the last sentence: "... border. --Reuters"
        return Some((left_end, e - trimmed.len()));
    }
    let next = trimmed.chars().next()?;
    if !(next.is_lowercase() || next.is_ascii_digit()) {
        return None;
    }
    // "near Bankass (Mopti). 2 fatalities": a closing bracket or quote
    // after the word.
    let w = word_before(text, at).trim_end_matches([')', ']', '"', '”']);
    let ok = is_plain_word(w) || !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    ok.then_some((left_end, e - trimmed.len()))
}

/// After `…` a capital starts a new sentence.
fn ellipsis_cut(text: &str, after: usize, e: usize) -> Option<usize> {
    let rest = &text[after..e];
    let trimmed = rest.trim_start_matches(is_blank);
    (trimmed.len() < rest.len() && starts_sentence(trimmed)).then_some(e - trimmed.len())
}

/// A credit in parentheses at `at`: "(TRT World and Agencies)", "(File
/// photo)", or with `agency_ok` "(Reuters)". Consecutive credits are taken
/// together. Returns the end after the last `)` and whether it is a photo
/// credit.
fn credit_at(text: &str, at: usize, e: usize, agency_ok: bool) -> Option<(usize, bool)> {
    let mut pos = at;
    let mut found: Option<(usize, bool)> = None;
    while let Some(rest) = text.get(pos..e) {
        if !rest.starts_with('(') {
            break;
        }
        let window = rest.get(1..).unwrap_or("");
        let close = match window.find([')', '('].as_slice()) {
            Some(c) if c < 60 && window[c..].starts_with(')') && c > 0 => c + 1,
            _ => break,
        };
        let inner = Span::new(pos + 1, pos + close);
        let (photo, agency) = credit_kind(text, inner);
        if !(photo || agency && agency_ok) {
            break;
        }
        let end = pos + close + 1;
        found = Some((end, photo || found.is_some_and(|f| f.1)));
        pos = trim(text, end, e).0;
    }
    found
}

/// A photo credit "AGENCY/Name Name" at `at` ("REUTERS/Stringer"): the
/// agency in capitals, a slash, then at most two capitalised name words that
/// are not sentence starters. Returns its end.
fn slash_credit(text: &str, at: usize, e: usize) -> Option<usize> {
    let rest = text.get(at..e)?;
    let slash = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    if slash < 2 || rest.as_bytes().get(slash) != Some(&b'/') {
        return None;
    }
    if !credit_kind(text, Span::new(at, at + slash)).1 {
        return None;
    }
    let mut end = at + slash + 1;
    let mut names = 0;
    while names < 2 {
        let tail = &text[end..e];
        let lead = if names == 0 {
            0
        } else {
            tail.len() - tail.trim_start_matches(is_blank).len()
        };
        if names > 0 && lead == 0 {
            break;
        }
        let word_start = end + lead;
        let word = &text[word_start..e];
        let len = word
            .find(|c: char| !(is_word_char(c) || c == '-' || c == '\''))
            .unwrap_or(word.len());
        let w = &word[..len];
        if len == 0 || !w.starts_with(char::is_uppercase) || LEXICON.is_starter(w) {
            break;
        }
        end = word_start + len;
        names += 1;
    }
    (names > 0).then_some(end)
}

/// Whether the words of `inner` make a photo credit or an agency name.
fn credit_kind(text: &str, inner: Span) -> (bool, bool) {
    let region = inner.as_str(text);
    let (mut photo, mut agency) = (false, false);
    LEXICON.phrases.for_each(region, |s, e, p| {
        let meta = LEXICON.meta[p];
        match meta.class {
            Class::Credit if on_word_bounds(region, s, e) => photo = true,
            Class::Agency if is_exact(region, s, e) => agency = true,
            _ => {}
        }
    });
    (photo, agency)
}

/// Whether to undo a Unicode sentence boundary between `prev` and `next`.
/// `prev` comes with whether it has a word character, `next_word` tells the
/// same of `next`.
fn should_merge(text: &str, (prev, prev_word): (Span, bool), next: Span, next_word: bool) -> bool {
    if !prev_word || !next_word {
        return true;
    }
    let p = prev.as_str(text);
    let n = next.as_str(text);
    if is_date_only(text, next) {
        return true; // a caption's date after its period: "... border. July 27 2016."
    }
    let p_core = p.trim_end_matches(|c| is_close(c) || is_blank(c));
    let first = n.chars().next().unwrap_or(' ');
    if p_core.ends_with(['?', '!']) || p_core.ends_with('…') || p_core.ends_with("...") {
        return first.is_lowercase();
    }
    if !p.ends_with('.') {
        return false;
    }
    let w = word_before(text, prev.end - 1);
    if w.is_empty() || !text[..prev.end - 1].ends_with(w) {
        return false; // spaced period: "Damascus . The"
    }
    let mut letters = w.chars().filter(|c| c.is_alphabetic());
    if let (Some(c), None) = (letters.next(), letters.next()) {
        if w.chars().count() == 1 && c.is_uppercase() {
            return first.is_uppercase(); // an initial: "J. Smith"
        }
    }
    match LEXICON.abbrev(w) {
        Some(Abbrev::Title) => true,
        Some(Abbrev::Number) => first.is_ascii_digit(),
        Some(Abbrev::Ambiguous) => {
            let next_word = n
                .split(|c: char| !is_word_char(c))
                .find(|w| !w.is_empty())
                .unwrap_or("");
            !LEXICON.is_starter(next_word)
        }
        None => false,
    }
}

/// Whether the words of `span` are only a date: a month, numbers, a weekday.
fn is_date_only(text: &str, span: Span) -> bool {
    let mut month = false;
    for t in tokens(text, span) {
        let w = t.as_str(text);
        match t.kind {
            TokenKind::Punct => {}
            TokenKind::Number if w.len() <= 4 => {}
            TokenKind::Word if LEXICON.is_month(w) => month = true,
            TokenKind::Word if LEXICON.is_weekday(w) => {}
            _ => return false,
        }
    }
    month
}

/// Whether `[s, e)` of `region` has no word character on either side.
fn on_word_bounds(region: &str, s: usize, e: usize) -> bool {
    let before = region[..s].chars().next_back();
    let after = region[e..].chars().next();
    let first = region[s..e].chars().next();
    let last = region[s..e].chars().next_back();
    let edge_ok = |edge: Option<char>, side: Option<char>| {
        !(edge.is_some_and(is_word_char) && side.is_some_and(is_word_char))
    };
    edge_ok(first, before) && edge_ok(last, after)
}

/// Whether `[s, e)` covers every letter and digit of `region`.
fn is_exact(region: &str, s: usize, e: usize) -> bool {
    !region[..s].contains(is_word_char) && !region[e..].contains(is_word_char)
}

/// Whether `[s, e)` starts at the first letter or digit of `region`.
fn is_prefix(region: &str, s: usize, e: usize) -> bool {
    !region[..s].contains(is_word_char) && on_word_bounds(region, s, e)
}

/// What the phrase tables say about one sentence.
#[derive(Default)]
struct Cues {
    debris: Option<DebrisKind>,
    /// A "contains" debris phrase in a sentence too long for it.
    long_debris: Option<DebrisKind>,
    marker: bool,
    verb: bool,
    reporting: bool,
}

fn cues(region: &str, words: &Words<'_>) -> Cues {
    let mut cues = Cues::default();
    LEXICON.phrases.for_each(region, |s, e, p| {
        let meta = LEXICON.meta[p];
        let fits = match meta.mode {
            Mode::Exact => is_exact(region, s, e),
            Mode::Prefix => is_prefix(region, s, e),
            Mode::Short => is_prefix(region, s, e) && words.count() <= SHORT_WORDS,
            Mode::Contains => on_word_bounds(region, s, e),
        };
        if !fits {
            return;
        }
        match meta.class {
            Class::Debris(kind) => {
                let long = meta.mode == Mode::Contains && words.count() > DEBRIS_MAX_WORDS;
                if !long && cues.debris.is_none() {
                    cues.debris = Some(kind);
                } else if long && cues.long_debris.is_none() {
                    cues.long_debris = Some(kind);
                }
            }
            Class::CaptionMarker => cues.marker |= words.count() <= PHRASE_MAX_WORDS,
            Class::CaptionVerb => cues.verb = true,
            Class::Reporting => cues.reporting = true,
            Class::Credit | Class::Agency => {}
        }
    });
    cues
}

/// The word count of a span ([`scan_words`]), counted on first use.
struct Words<'t> {
    text: &'t str,
    span: Span,
    count: std::cell::Cell<Option<usize>>,
}

impl<'t> Words<'t> {
    fn new(text: &'t str, span: Span) -> Words<'t> {
        Words {
            text,
            span,
            count: std::cell::Cell::new(None),
        }
    }

    fn count(&self) -> usize {
        if let Some(n) = self.count.get() {
            return n;
        }
        let n = scan_words(self.text, self.span).0;
        self.count.set(Some(n));
        n
    }
}

/// Counts words and numbers, and finds the end of the last full date with
/// a year ("August 12, 2017", "12 August 2017").
fn scan_words(text: &str, span: Span) -> (usize, Option<usize>) {
    let mut words = 0;
    let mut date_end = None;
    // The last three word/number tokens, for the date patterns.
    let mut window: [Option<Token>; 3] = [None; 3];
    for t in tokens(text, span) {
        if t.kind == TokenKind::Punct {
            if t.as_str(text) != "," {
                window = [None; 3];
            }
            continue;
        }
        words += 1;
        window = [window[1], window[2], Some(t)];
        let year = t.kind == TokenKind::Number && t.span.len() == 4;
        if let (true, [Some(a), Some(b), Some(c)]) = (year, window) {
            let (a, b, c) = (a.as_str(text), b.as_str(text), c.as_str(text));
            let is_day =
                |d: &str| d.len() <= 2 && d.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
            let is_year = c.parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y));
            let mdy = is_day(b) && LEXICON.is_month(a);
            let dmy = is_day(a) && LEXICON.is_month(b);
            if is_year && (mdy || dmy) {
                date_end = Some(t.span.end);
            }
        }
    }
    (words, date_end)
}

/// Whether `s` has letters, none of them Latin.
fn non_latin(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(|c| (c as u32) > 0x24F)
}

/// A navigation bar: "| About Us | Privacy Policy | Contact |": two bars
/// or more between items of at most three words.
fn nav_bar(s: &str) -> bool {
    let pipes = s.bytes().filter(|&b| b == b'|').count();
    if pipes < 2 {
        return false;
    }
    let mut parts = 0;
    for part in s.split('|') {
        let words = part
            .split(is_blank)
            .filter(|w| w.contains(is_word_char))
            .count();
        if words > 3 {
            return false;
        }
        parts += usize::from(words > 0);
    }
    parts >= 2
}

/// A byline: "By Jane Doe", "By JANE DOE and Ali Omar", at most 6 words
/// without final punctuation, all capitalised but "and".
fn byline(s: &str, words: &Words<'_>) -> bool {
    let Some(names) = s.strip_prefix("By ").or_else(|| s.strip_prefix("BY ")) else {
        return false;
    };
    words.count() <= 6
        && !ends_final(s)
        && names
            .split(|c: char| is_blank(c) || c == ',')
            .filter(|w| !w.is_empty() && *w != "and")
            .all(|w| w.starts_with(char::is_uppercase))
}

/// Editors' initials closing a wire story: "H. Zain/ R.J/ Ghossoun/H.":
/// slashes, at most 6 words, no digit, every word capitalised (or "al-"),
/// initials after the last slash.
fn signature(s: &str, words: &Words<'_>) -> bool {
    let last = s.rsplit('/').next().unwrap_or(s).trim_matches(is_blank);
    s.contains('/')
        && last.len() <= 4
        && words.count() <= 6
        && !s.contains(|c: char| c.is_ascii_digit())
        && s.split(|c: char| is_blank(c) || c == '/')
            .filter(|w| w.contains(is_word_char))
            .all(|w| w.starts_with(char::is_uppercase) || w.starts_with("al-"))
}

/// A source line like "--Reuters" or "— AFP".
fn source_tag(s: &str, words: &Words<'_>) -> bool {
    (s.starts_with("--") || s.starts_with('—')) && words.count() <= 4
}

/// The role of a piece on its own, whether a caption role spreads to its
/// line, and a debris phrase found in a sentence too long for it.
/// A run of related-article links whose newlines were lost: a Title Case
/// heading ("Related News", "Category News") within the first words of a
/// sentence ("Source AA Related News Death toll rises to 70 ...").
fn related_heading(s: &str) -> bool {
    const HEADINGS: &[&str] = &[
        "Related News",
        "Related Articles",
        "Related Stories",
        "Related Posts",
        "Category News",
    ];
    // Only the first eight words can hold the heading (six before it, two
    // of its own): search no further.
    let limit = s
        .split_whitespace()
        .nth(8)
        .map_or(s.len(), |w| w.as_ptr() as usize - s.as_ptr() as usize);
    let head = &s[..limit];
    // Every heading starts with an R or a C: look only there.
    head.match_indices(['R', 'C']).any(|(at, _)| {
        HEADINGS.iter().any(|h| {
            if !head[at..].starts_with(h) {
                return false;
            }
            let before = &s[..at];
            let after = s.get(at + h.len()..).unwrap_or("");
            let ends_word = !after.starts_with(is_word_char);
            let starts_word = !before.ends_with(is_word_char);
            starts_word && ends_word && before.split_whitespace().count() <= 6
        })
    })
}

/// A page footer of related headlines run together, without a full stop:
/// "... Rises (1881) Related Kobani in Ruins After Airstrikes Airstrikes Kill
/// 36 Civilians Watchdog Tags airstrikes Syria". "Related" follows a number
/// or a closing parenthesis (a view count, a topic's size) and precedes a
/// capitalised title; a title's own "Related To" follows a word.
fn related_run(s: &str) -> bool {
    if ends_final(s) {
        return false;
    }
    s.match_indices("Related ").any(|(at, w)| {
        let before = s[..at].trim_end_matches(is_blank);
        let after = &s[at + w.len()..];
        before.len() < at
            && before.ends_with(|c: char| c.is_ascii_digit() || c == ')')
            && after.starts_with(|c: char| c.is_uppercase())
    })
}

fn initial_kind(text: &str, p: &Piece, alone: bool) -> (SentenceKind, bool, Option<DebrisKind>) {
    use SentenceKind::*;
    let s = p.span.as_str(text);
    if p.dateline {
        return (Dateline, false, None);
    }
    if !s.contains(is_word_char) {
        return (Debris(DebrisKind::Navigation), false, None);
    }
    if rules::captcha(s) {
        return (Debris(DebrisKind::Captcha), false, None);
    }
    // Most sentences need neither their word count nor a full date's end:
    // both are read only when a rule asks.
    let words = Words::new(text, p.span);
    let whole = p.line_start && p.line_end;
    if nav_bar(s) || source_tag(s, &words) || signature(s, &words) || whole && byline(s, &words) {
        return (Debris(DebrisKind::Navigation), false, None);
    }
    let cues = cues(s, &words);
    if let Some(kind) = cues.debris {
        return (Debris(kind), false, None);
    }
    if related_heading(s) || related_run(s) {
        return (Debris(DebrisKind::Related), false, None);
    }
    let long = cues.long_debris;
    if p.credit {
        return (Caption, false, long);
    }
    if cues.marker {
        return (Caption, true, long);
    }
    if cues.verb && !cues.reporting {
        if let Some(end) = scan_words(text, p.span).1 {
            let tail = text[end..p.span.end].trim_start_matches(|c: char| c == ',' || is_blank(c));
            let at_end = tail.is_empty() || tail.starts_with(['.', '(']);
            if alone || at_end {
                return (Caption, false, long);
            }
        }
    }
    if whole && !ends_final(s) && words.count() <= HEADLINE_MAX_WORDS {
        return (Headline, false, long);
    }
    (Body, false, long)
}

fn classify(text: &str, pieces: &[Piece], units: usize) -> Vec<Sentence> {
    use SentenceKind::*;
    // Piece index ranges of each unit.
    let mut ranges = vec![(0usize, 0usize); units];
    for (i, p) in pieces.iter().enumerate() {
        if let Some(r) = ranges.get_mut(p.unit) {
            if r.1 == 0 {
                r.0 = i;
            }
            r.1 = i + 1;
        }
    }
    // Pieces other than datelines in each unit.
    let mut sizes = vec![0usize; units];
    for p in pieces.iter().filter(|p| !p.dateline) {
        if let Some(n) = sizes.get_mut(p.unit) {
            *n += 1;
        }
    }
    let mut kinds: Vec<SentenceKind> = Vec::with_capacity(pieces.len());
    let mut spreads = vec![false; pieces.len()];
    for (i, p) in pieces.iter().enumerate() {
        let alone = sizes.get(p.unit) == Some(&1);
        let (mut kind, spread, long) = initial_kind(text, p, alone);
        // A long sentence with a debris phrase right after debris of its
        // line is the rest of a page footer.
        if let (Some(long), Some(prev), Some(prev_kind)) = (long, i.checked_sub(1), kinds.last()) {
            if pieces[prev].unit == p.unit && matches!(prev_kind, Debris(_)) {
                kind = Debris(long);
            }
        }
        spreads[i] = spread;
        kinds.push(kind);
    }
    // Short lines pass a caption role (from a marker in any part) or a debris
    // role (from their first part, not navigation: a source line may run
    // into the news) to all their parts.
    for &(start, end) in &ranges {
        if start >= end {
            continue;
        }
        let bytes = pieces[end - 1].span.end - pieces[start].span.start;
        if bytes > SHORT_UNIT_BYTES || end - start > 4 {
            continue;
        }
        let first = (start..end).find(|&i| kinds[i] != Dateline);
        let credited = pieces[start..end].iter().any(|p| p.credit);
        if pieces[start..end].iter().any(|p| p.after_sep) {
            continue; // headlines joined by ";" keep their own roles
        }
        let role = if !credited && (start..end).any(|i| spreads[i]) {
            Some(Caption)
        } else {
            first
                .map(|i| kinds[i])
                .filter(|k| matches!(k, Debris(d) if *d != DebrisKind::Navigation))
        };
        if let Some(role) = role {
            for k in &mut kinds[start..end] {
                if matches!(k, Body | Headline | Caption) {
                    *k = role;
                }
            }
        }
    }
    // A non-Latin line before the body and before Latin content is a site
    // name: navigation. A text all in another script keeps its headlines.
    let first_body = kinds.iter().position(|k| *k == Body).unwrap_or(kinds.len());
    let last_latin = (0..kinds.len())
        .rev()
        .find(|&i| kinds[i].is_content() && !non_latin(pieces[i].span.as_str(text)));
    for i in 0..first_body {
        if kinds[i] == Headline
            && last_latin.is_some_and(|l| l > i)
            && non_latin(pieces[i].span.as_str(text))
        {
            kinds[i] = Debris(DebrisKind::Navigation);
        }
    }
    // After an opening date line, a short first sentence is the headline.
    if let (Some(d), Some(h)) = (pieces.first(), pieces.get(1)) {
        if d.lead_date && h.unit == d.unit && kinds[1] == Body {
            let (words, _) = scan_words(text, h.span);
            if words <= LEAD_HEADLINE_MAX_WORDS {
                kinds[1] = Headline;
            }
        }
    }
    related_links(pieces, &sizes, &mut kinds);
    pieces
        .iter()
        .zip(kinds)
        .map(|(p, kind)| Sentence {
            span: p.span,
            kind,
            paragraph: p.paragraph,
        })
        .collect()
}

/// Headline-like lines (whole lines) after the last body sentence are links
/// to related articles when there are two or more, when two or more blank lines come
/// before them, or when page debris follows them.
fn related_links(pieces: &[Piece], sizes: &[usize], kinds: &mut [SentenceKind]) {
    use SentenceKind::*;
    let Some(last_body) = kinds.iter().rposition(|k| *k == Body) else {
        return;
    };
    // Whole lines only: not headlines joined by ";" to the body's line.
    let tail: Vec<usize> = (last_body + 1..kinds.len())
        .filter(|&i| kinds[i] == Headline && sizes.get(pieces[i].unit) == Some(&1))
        .collect();
    let Some(&first) = tail.first() else {
        return;
    };
    let debris_after = kinds[first..].iter().any(|k| matches!(k, Debris(_)));
    if tail.len() >= 2 || pieces[first].gap >= 2 || debris_after {
        for i in tail {
            kinds[i] = Debris(DebrisKind::Related);
        }
    }
}
