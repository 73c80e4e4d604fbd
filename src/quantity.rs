//! Stage 2: quantities: numbers, number words, qualifiers and vague words.
//!
//! A quantity is read at the start of a slice of a sentence by small `nom`
//! rules over `&str` (always `complete` parsers):
//!
//! ```text
//! quantity     = pre_qualifier? core post_qualifier? ;
//! core         = range | vague "more"? | number ;
//! range        = "between" number "and" number
//!              | "from" number "to" ("well over" | "more than" | "over")? number
//!              | number ("to" | "-" | "–" | "or") number ;
//! number       = digits | number_words ;
//! digits       = DIGIT{1,3} ("," DIGIT{3})+ | DIGIT+ ;      (not "21st", "1.5", "10:30")
//! number_words = thousands ;                               ("one hundred and twenty")
//! thousands    = hundreds ("thousand" ("and"? hundreds)?)? | "a thousand" ;
//! hundreds     = (small | "a") "hundred" ("and"? small)? | small ;
//! small        = tens ("-" | " ") unit | tens | teen | unit ;
//! vague        = an entry of the VagueTable ("dozens", "a few", "tens") ;
//! pre_qualifier  = "at least" | "more than" | "nearly" | "about" | "up to" | ... ;
//! post_qualifier = "at least" | "or more" | "plus" | "+" | "or so" | "at most" ;
//! ```
//!
//! Qualifiers are data (`data/casualty_qualifiers.tsv`), vague words are data
//! (`data/vague.tsv`, configurable through [`VagueTable`]). Numbers that are
//! not counts of people are refused here when the number itself shows it:
//! ordinals ("21st"), decimals, clock times, ages ("ten-year-old"), fractions
//! and percentages ("two thirds", "40 percent").

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while1, take_while_m_n};
use nom::character::complete::{char, multispace0, multispace1};
use nom::combinator::{opt, recognize};
use nom::multi::many1;
use nom::sequence::{pair, preceded};
use nom::{IResult, Parser};
use once_cell::sync::Lazy;

use crate::model::Count;

type R<'a, T> = IResult<&'a str, T>;

/// The readings of vague quantity words ("dozens", "tens", "several"), as
/// data. [`VagueTable::default`] gives honest bounds; [`VagueTable::acled`]
/// the ACLED codebook's conservative convention.
///
/// ```
/// use sitrep::VagueTable;
/// let t = VagueTable::default();
/// assert_eq!(t.get("dozens").map(|c| c.best), Some(24));
/// assert_eq!(VagueTable::acled().get("dozens").map(|c| c.best), Some(12));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct VagueTable {
    entries: Vec<(String, Count)>,
    /// A bit per byte that starts an entry: most words start none, and
    /// [`VagueTable::starts_entry`] answers them without a scan.
    firsts: [u64; 4],
}

static VAGUE_TSV: &str = include_str!("../data/vague.tsv");

/// Parses `data/vague.tsv`; `acled` picks the second set of columns.
fn load_vague(acled: bool) -> Vec<(String, Count)> {
    let mut out = Vec::new();
    for line in VAGUE_TSV.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 7 {
            continue;
        }
        let base = if acled { 4 } else { 1 };
        let num = |s: &str| s.trim().parse::<u64>().ok();
        let (low, best, high) = (num(cols[base]), num(cols[base + 1]), num(cols[base + 2]));
        if let Some(best) = best {
            out.push((
                cols[0].trim().to_lowercase(),
                Count {
                    low,
                    best,
                    high,
                    approximate: true,
                },
            ));
        }
    }
    out
}

impl Default for VagueTable {
    fn default() -> VagueTable {
        static T: Lazy<Vec<(String, Count)>> = Lazy::new(|| load_vague(false));
        VagueTable::of(T.clone())
    }
}

impl VagueTable {
    /// The ACLED codebook's conservative readings (dozens 12, tens 10,
    /// hundreds 100, several or many 10).
    pub fn acled() -> VagueTable {
        static T: Lazy<Vec<(String, Count)>> = Lazy::new(|| load_vague(true));
        VagueTable::of(T.clone())
    }

    /// An empty table: no vague word is read as a number.
    pub fn empty() -> VagueTable {
        VagueTable::of(Vec::new())
    }

    /// The table of `entries`.
    fn of(entries: Vec<(String, Count)>) -> VagueTable {
        let mut t = VagueTable {
            entries,
            firsts: [0; 4],
        };
        t.index_firsts();
        t
    }

    /// Marks the first byte of each entry in `firsts`.
    fn index_firsts(&mut self) {
        self.firsts = [0; 4];
        for (w, _) in &self.entries {
            if let Some(&b) = w.as_bytes().first() {
                self.firsts[usize::from(b >> 6)] |= 1 << (b & 63);
            }
        }
    }

    /// Sets the reading of a vague word (lower case), replacing any earlier one.
    pub fn set(&mut self, word: &str, count: Count) -> &mut VagueTable {
        let word = word.trim().to_lowercase();
        self.entries.retain(|(w, _)| *w != word);
        self.entries.push((word, count));
        self.index_firsts();
        self
    }

    /// The reading of a vague word, if it has one.
    pub fn get(&self, word: &str) -> Option<Count> {
        let word = word.trim().to_lowercase();
        self.entries
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, c)| *c)
    }

    /// Whether some entry starts with the (lower-case) word `w`.
    pub(crate) fn starts_entry(&self, w: &str) -> bool {
        let Some(&first) = w.as_bytes().first() else {
            return false;
        };
        if self.firsts[usize::from(first >> 6)] & (1 << (first & 63)) == 0 {
            return false;
        }
        self.entries.iter().any(|(e, _)| {
            e.as_bytes().first() == Some(&first)
                && e.as_bytes().starts_with(w.as_bytes())
                && matches!(e.as_bytes().get(w.len()), None | Some(b' '))
        })
    }

    /// The longest entry that `i` starts with (case-insensitive, whole words).
    fn longest_prefix<'a>(&self, i: &'a str) -> Option<(&'a str, Count)> {
        let mut best: Option<(&'a str, Count)> = None;
        let first = i.as_bytes().first().map(u8::to_ascii_lowercase);
        for (w, c) in &self.entries {
            if w.as_bytes().first().copied() != first || !may_spell(i, w) {
                continue;
            }
            if let Ok((rest, _)) = phrase(w).parse(i) {
                let used = i.len() - rest.len();
                if best.is_none_or(|(b, _)| used > i.len() - b.len()) {
                    best = Some((rest, *c));
                }
            }
        }
        best
    }
}

/// Whether `i` may start with the phrase `p` as [`phrase`] reads it: its
/// words in ASCII spelt at the start of `i` (any case), each after white
/// space; a word not in ASCII passes. Only a necessary condition, so that
/// the parser, which also checks word boundaries, runs where it can match.
fn may_spell(i: &str, p: &str) -> bool {
    let is_space = |c: &&u8| matches!(**c, b' ' | b'\t' | b'\r' | b'\n');
    let mut rest = i.as_bytes();
    let mut words = p.as_bytes();
    let mut first = true;
    loop {
        let lead = words.iter().take_while(|&&c| c == b' ').count();
        words = &words[lead..];
        if words.is_empty() {
            return true;
        }
        let n = words.iter().position(|&c| c == b' ').unwrap_or(words.len());
        let (w, tail) = words.split_at(n);
        words = tail;
        if !first {
            let k = rest.iter().take_while(is_space).count();
            if k == 0 {
                return false;
            }
            rest = &rest[k..];
        }
        first = false;
        if !w.is_ascii() {
            return true;
        }
        match rest.get(..w.len()) {
            Some(head) if head.eq_ignore_ascii_case(w) => rest = &rest[w.len()..],
            _ => return false,
        }
    }
}

/// How a qualifier bounds a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Qualifier {
    AtLeast,
    MoreThan,
    Nearly,
    About,
    UpTo,
}

struct QualifierEntry {
    phrase: String,
    post: bool,
    reading: Qualifier,
}

static QUALIFIERS: Lazy<Vec<QualifierEntry>> = Lazy::new(|| {
    let mut v: Vec<QualifierEntry> = include_str!("../data/casualty_qualifiers.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut c = l.split('\t');
            let phrase = c.next()?.trim().to_lowercase();
            let post = c.next()?.trim() == "post";
            let reading = match c.next()?.trim() {
                "at_least" => Qualifier::AtLeast,
                "more_than" => Qualifier::MoreThan,
                "nearly" => Qualifier::Nearly,
                "about" => Qualifier::About,
                "up_to" => Qualifier::UpTo,
                _ => return None,
            };
            Some(QualifierEntry {
                phrase,
                post,
                reading,
            })
        })
        .collect();
    // Longest first, so "at least" is tried before "at".
    v.sort_by_key(|q| std::cmp::Reverse(q.phrase.len()));
    v
});

/// For each first byte, qualifiers (index into [`QUALIFIERS`]) and the
/// second byte their first word needs, if any.
type ByFirstByte = Vec<Vec<(usize, Option<u8>)>>;

/// The qualifiers by position (after a number or not) and first byte, in
/// the order of [`QUALIFIERS`]: the ones worth trying at a place. Each
/// comes with the second byte (lower case) its first word needs, where
/// that word is ASCII and has one: a cheap test before the phrase's.
static QUALIFIERS_BY_FIRST: Lazy<[ByFirstByte; 2]> = Lazy::new(|| {
    let mut by: [ByFirstByte; 2] = [vec![Vec::new(); 256], vec![Vec::new(); 256]];
    for (k, q) in QUALIFIERS.iter().enumerate() {
        let first_word = q.phrase.split(' ').find(|w| !w.is_empty()).unwrap_or("");
        let second = first_word
            .is_ascii()
            .then(|| first_word.as_bytes().get(1).map(u8::to_ascii_lowercase))
            .flatten();
        if let Some(&b) = q.phrase.as_bytes().first() {
            by[usize::from(q.post)][usize::from(b)].push((k, second));
        }
    }
    by
});

/// The first words of every qualifier and number word (lower case).
static START_WORDS: Lazy<crate::lexicon::FnvSet<String>> = Lazy::new(|| {
    let mut set: crate::lexicon::FnvSet<String> = QUALIFIERS
        .iter()
        .filter_map(|q| q.phrase.split(' ').next().map(str::to_string))
        .collect();
    for w in UNITS.iter().chain(TENS.iter()) {
        set.insert((*w).to_string());
    }
    for w in ["a", "between", "from"] {
        set.insert(w.to_string());
    }
    set
});

/// Whether a lower-case word may start a quantity (besides digits and the
/// vague words of a table): a cheap filter before the grammar runs.
pub(crate) fn may_start(word_lower: &str) -> bool {
    // The first two bytes of the start words (and of the tens): most words
    // open with others and need no lookup. For each first byte, a bit per
    // second byte: a lower-case ASCII letter, the word's end, or any other.
    static FIRST_TWO: Lazy<[u32; 256]> = Lazy::new(|| {
        let mut firsts = [0u32; 256];
        for w in START_WORDS.iter().map(String::as_str).chain(TENS) {
            if let Some(&b) = w.as_bytes().first() {
                firsts[usize::from(b)] |= second_bit(w.as_bytes().get(1).copied());
            }
        }
        firsts
    });
    fn second_bit(b: Option<u8>) -> u32 {
        match b {
            None => 1 << 26,
            Some(c @ b'a'..=b'z') => 1 << (c - b'a'),
            Some(_) => 1 << 27,
        }
    }
    let b = word_lower.as_bytes();
    if let Some(&first) = b.first() {
        if FIRST_TWO[usize::from(first)] & second_bit(b.get(1).copied()) == 0 {
            return false;
        }
    }
    START_WORDS.contains(word_lower)
        || TENS.iter().any(|t| {
            // A hyphen must follow the tens ("twenty-one"): its first byte
            // is tested before the word is compared.
            word_lower
                .as_bytes()
                .get(t.len())
                .is_some_and(|&b| b == b'-' || b == "‐".as_bytes()[0])
                && word_lower.starts_with(t)
                && word_lower[t.len()..].starts_with(['-', '‐'])
        })
}

/// Whether `c` continues a word.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `i` starts at a word end (no word character follows).
fn at_boundary(i: &str) -> bool {
    !i.chars().next().is_some_and(is_word_char)
}

/// A whole word (or symbol), case-insensitive, at the start of `i`.
pub(crate) fn word_at<'a>(i: &'a str, w: &str) -> R<'a, &'a str> {
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag));
    let n = w.len();
    let head = i.get(..n).ok_or_else(fail)?;
    if !head.eq_ignore_ascii_case(w) {
        // Non-ASCII words compare by lower case.
        if w.is_ascii() || head.to_lowercase() != w.to_lowercase() {
            return Err(fail());
        }
    }
    let rest = &i[n..];
    let last_is_word = w.chars().last().is_some_and(is_word_char);
    if last_is_word && !at_boundary(rest) {
        return Err(fail());
    }
    Ok((rest, head))
}

/// A whole word, case-insensitive, as a parser.
pub(crate) fn kw<'w>(w: &'w str) -> impl for<'a> Fn(&'a str) -> R<'a, &'a str> + 'w {
    move |i| word_at(i, w)
}

/// A phrase of whole words separated by any white space, case-insensitive.
/// Returns the rest of the input after the phrase.
pub(crate) fn phrase<'p>(p: &'p str) -> impl for<'a> Fn(&'a str) -> R<'a, ()> + 'p {
    move |i| {
        let mut rest = i;
        for (n, w) in p.split(' ').filter(|w| !w.is_empty()).enumerate() {
            if n > 0 {
                let (r, _) = multispace1.parse(rest)?;
                rest = r;
            }
            let (r, _) = word_at(rest, w)?;
            rest = r;
        }
        Ok((rest, ()))
    }
}

/// A qualifier at the start of `i`, before (`post == false`) or after a number.
fn qualifier(i: &str, post: bool) -> R<'_, Qualifier> {
    let tried = i
        .as_bytes()
        .first()
        .map(u8::to_ascii_lowercase)
        .and_then(|b| QUALIFIERS_BY_FIRST[usize::from(post)].get(usize::from(b)))
        .map_or(&[][..], Vec::as_slice);
    let second = i.as_bytes().get(1).map(u8::to_ascii_lowercase);
    let worth = |&&(_, need): &&(usize, Option<u8>)| need.is_none() || need == second;
    for q in tried
        .iter()
        .filter(worth)
        .filter_map(|&(k, _)| QUALIFIERS.get(k))
    {
        if !may_spell(i, &q.phrase) {
            continue;
        }
        if let Ok((rest, ())) = phrase(&q.phrase).parse(i) {
            return Ok((rest, q.reading));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Alt,
    )))
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The run of word characters at the start of `i` (empty when none).
fn leading_word(i: &str) -> &str {
    let end = i
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(i.len(), |(k, _)| k);
    &i[..end]
}

/// The index of the number word of `words` that is the whole word at the
/// start of `i` (as [`kw`] matches it): one look at the word instead of a
/// parser per entry.
fn listed_word<'a>(i: &'a str, words: &[&str]) -> R<'a, usize> {
    let w = leading_word(i);
    match words.iter().position(|u| w.eq_ignore_ascii_case(u)) {
        Some(n) => Ok((&i[w.len()..], n)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Alt,
        ))),
    }
}

/// "one" to "nineteen".
fn unit_word(i: &str) -> R<'_, u64> {
    listed_word(i, &UNITS).map(|(rest, n)| (rest, n as u64))
}

/// "twenty" to "ninety".
fn tens_word(i: &str) -> R<'_, u64> {
    listed_word(i, &TENS).map(|(rest, n)| (rest, 20 + 10 * n as u64))
}

/// 1 to 99 in words: "forty-five", "forty five", "twelve".
fn small_words(i: &str) -> R<'_, u64> {
    if let Ok((rest, t)) = tens_word(i) {
        let sep = alt((tag("-"), tag("‐"), multispace1));
        if let Ok((r2, u)) = preceded(sep, unit_word).parse(rest) {
            if (1..10).contains(&u) {
                return Ok((r2, t + u));
            }
        }
        return Ok((rest, t));
    }
    unit_word(i)
}

/// "a hundred", "one hundred and twenty", "forty".
fn hundreds_words(i: &str) -> R<'_, u64> {
    let head = alt((small_words, |i| kw("a").parse(i).map(|(r, _)| (r, 1)))).parse(i)?;
    let (rest, h) = head;
    if let Ok((r2, _)) = preceded(multispace1, kw("hundred")).parse(rest) {
        let tail = preceded(
            pair(opt(preceded(multispace1, kw("and"))), multispace1),
            small_words,
        )
        .parse(r2);
        return match tail {
            Ok((r3, s)) => Ok((r3, h * 100 + s)),
            Err(_) => Ok((r2, h * 100)),
        };
    }
    if i.len() - rest.len() == 1 {
        // A bare "a" is no number.
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    Ok((rest, h))
}

/// Number words up to the thousands.
fn number_words(i: &str) -> R<'_, u64> {
    let (rest, h) = match hundreds_words(i) {
        Ok(x) => x,
        Err(e) => {
            // "a thousand"
            let (r, _) = phrase("a thousand").parse(i).map_err(|_: nom::Err<_>| e)?;
            return Ok((r, 1000));
        }
    };
    if let Ok((r2, _)) = preceded(multispace1, kw("thousand")).parse(rest) {
        let tail = preceded(
            pair(opt(preceded(multispace1, kw("and"))), multispace1),
            hundreds_words,
        )
        .parse(r2);
        return match tail {
            Ok((r3, s)) if s < 1000 => Ok((r3, h * 1000 + s)),
            _ => Ok((r2, h * 1000)),
        };
    }
    Ok((rest, h))
}

/// Digits, with thousands separators: "1,200", "230000", "45".
fn digits(i: &str) -> R<'_, u64> {
    let grouped = recognize(pair(
        take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
        many1(preceded(
            char(','),
            take_while_m_n(3, 3, |c: char| c.is_ascii_digit()),
        )),
    ));
    let (rest, s) = alt((grouped, take_while1(|c: char| c.is_ascii_digit()))).parse(i)?;
    // "1,2345": a separator group must end the number.
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    let n: u64 = s
        .chars()
        .filter(|c| c.is_ascii_digit())
        .take(15)
        .collect::<String>()
        .parse()
        .map_err(|_| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)))?;
    // "10 thousand", "2 million"
    if let Ok((r2, m)) = preceded(multispace1, alt((kw("thousand"), kw("million")))).parse(rest) {
        let f = if m.eq_ignore_ascii_case("thousand") {
            1_000
        } else {
            1_000_000
        };
        return Ok((r2, n.saturating_mul(f)));
    }
    Ok((rest, n))
}

/// Whether `i` may start a [`number`]: with a digit, or with a number word
/// ("one" to "nineteen", the tens) or the "a" of "a hundred" as the whole
/// first word. One look at the word instead of the parsers' failures ("in",
/// "as", "at" open qualifiers far more often than numbers).
fn may_start_number(i: &str) -> bool {
    if i.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return true;
    }
    let w = leading_word(i);
    w.eq_ignore_ascii_case("a") || UNITS.iter().chain(&TENS).any(|u| w.eq_ignore_ascii_case(u))
}

/// A number in digits or words.
fn number(i: &str) -> R<'_, u64> {
    if !may_start_number(i) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Alt,
        )));
    }
    let (rest, n) = alt((digits, number_words)).parse(i)?;
    // "one million", "two thousand" (digits take theirs themselves).
    if let Ok((r2, m)) = preceded(multispace1, alt((kw("thousand"), kw("million")))).parse(rest) {
        let f = if m.eq_ignore_ascii_case("thousand") {
            1_000
        } else {
            1_000_000
        };
        return Ok((r2, n.saturating_mul(f)));
    }
    Ok((rest, n))
}

/// "between 10 and 15", "10 to 15", "10-15". `first` is [`number`] read
/// at `i` (the caller reads it once for both rules).
fn range<'a>(i: &'a str, first: &R<'a, u64>) -> R<'a, (u64, Option<u64>)> {
    if let Ok((r, _)) = kw("between").parse(i) {
        let (r, a) = preceded(multispace1, number).parse(r)?;
        let (r, _) = preceded(multispace1, kw("and")).parse(r)?;
        let (r, b) = preceded(multispace1, number).parse(r)?;
        return Ok((r, (a, Some(b))));
    }
    // "from 500 to 1000", "from 500 to well over 1000" (no upper bound).
    if let Ok((r, _)) = kw("from").parse(i) {
        let (r, a) = preceded(multispace1, number).parse(r)?;
        let (r, _) = preceded(multispace1, kw("to")).parse(r)?;
        let (r, open) = opt(preceded(
            multispace1,
            alt((phrase("well over"), phrase("more than"), phrase("over"))),
        ))
        .parse(r)?;
        let (r, b) = preceded(multispace1, number).parse(r)?;
        if b <= a {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            )));
        }
        return Ok((r, (a, open.is_none().then_some(b))));
    }
    let (r, a) = first.clone()?;
    let dash = preceded(multispace0, alt((tag("-"), tag("–"))));
    let word = preceded(multispace1, alt((kw("to"), kw("or"))));
    let (r, _) = alt((dash, word)).parse(r)?;
    let (r, b) = preceded(multispace0, number).parse(r)?;
    if b <= a {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((r, (a, Some(b))))
}

/// Why a number at this place is not a count of people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NotCount {
    /// "21st", "5th".
    Ordinal,
    /// "1.5", "10:30".
    Decimal,
    /// "ten-year-old", "25 years old".
    Age,
    /// "two thirds", "40 percent", "half".
    Fraction,
}

/// A quantity read at the start of a slice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Quantity {
    /// The count, or why this number is not one.
    pub count: Result<Count, NotCount>,
    /// Bytes consumed.
    pub len: usize,
    /// Whether it is a vague word ("dozens").
    pub vague: bool,
}

fn apply(q: Option<Qualifier>, n: u64) -> Count {
    match q {
        None => Count::exact(n),
        Some(Qualifier::AtLeast) => Count {
            low: Some(n),
            best: n,
            high: None,
            approximate: false,
        },
        Some(Qualifier::MoreThan) => Count {
            low: Some(n + 1),
            best: n + 1,
            high: None,
            approximate: false,
        },
        Some(Qualifier::Nearly) => Count {
            low: None,
            best: n,
            high: Some(n),
            approximate: false,
        },
        Some(Qualifier::About) => Count {
            low: None,
            best: n,
            high: None,
            approximate: true,
        },
        Some(Qualifier::UpTo) => Count {
            low: None,
            best: n,
            high: Some(n),
            approximate: false,
        },
    }
}

/// What follows a number that shows it is not a count.
fn not_count_suffix(rest: &str) -> Option<NotCount> {
    let r = rest;
    let ordinal = alt((
        tag_no_case::<_, _, nom::error::Error<&str>>("st"),
        tag_no_case("nd"),
        tag_no_case("rd"),
        tag_no_case("th"),
    ))
    .parse(r);
    if let Ok((after, _)) = ordinal {
        if at_boundary(after) {
            return Some(NotCount::Ordinal);
        }
    }
    let mut ch = r.chars();
    if let (Some('.' | ':' | ','), Some(d)) = (ch.next(), ch.next()) {
        if d.is_ascii_digit() {
            return Some(NotCount::Decimal);
        }
    }
    let sep = |i| alt((tag("-"), tag("‐"), multispace1)).parse(i);
    let age = (
        sep,
        alt((kw("year"), kw("years"), kw("month"), kw("months"))),
        alt((tag("-"), tag("‐"), multispace1)),
        kw("old"),
    )
        .parse(r);
    if age.is_ok() {
        return Some(NotCount::Age);
    }
    let frac = preceded(
        multispace0,
        alt((
            kw("percent"),
            kw("per cent"),
            tag("%"),
            kw("thirds"),
            kw("third"),
            kw("quarters"),
            kw("quarter"),
            kw("fifths"),
            kw("halves"),
            kw("half"),
        )),
    )
    .parse(r);
    if frac.is_ok() {
        return Some(NotCount::Fraction);
    }
    None
}

/// The grammar rule `quantity` (see the module docs).
fn quantity_rule<'a>(i: &'a str, vague: &VagueTable) -> R<'a, Quantity> {
    let (r, pre) = opt(|i| {
        let (r, q) = qualifier(i, false)?;
        let (r, _) = multispace1.parse(r)?;
        Ok((r, q))
    })
    .parse(i)?;
    // Vague words first: "a dozen" must not read as "a".
    if let Some((r2, c)) = vague.longest_prefix(r) {
        let r2 = match preceded(multispace1, kw("more")).parse(r2) {
            Ok((r3, _)) => r3,
            Err(_) => r2,
        };
        let count = match pre {
            Some(Qualifier::MoreThan) => Count {
                low: Some(c.best + 1),
                best: c.best + 1,
                // "more than a quarter of a million": no upper bound below
                // the count.
                high: c.high.filter(|&h| h > c.best + 1),
                approximate: true,
            },
            _ => c,
        };
        return Ok((
            r2,
            Quantity {
                count: Ok(count),
                len: i.len() - r2.len(),
                vague: true,
            },
        ));
    }
    let first = number(r);
    if pre.is_none() {
        if let Ok((r2, (a, b))) = range(r, &first) {
            return Ok((
                r2,
                Quantity {
                    count: Ok(Count {
                        low: Some(a),
                        best: a,
                        high: b,
                        approximate: false,
                    }),
                    len: i.len() - r2.len(),
                    vague: false,
                },
            ));
        }
    }
    let (r2, n) = first?;
    // "two dozen", "three dozen": dozens of the number, a round figure.
    let (r2, n, dozen) = match preceded(multispace1, kw("dozen")).parse(r2) {
        Ok((r3, _)) if n > 0 && n <= 1000 => (r3, n * 12, true),
        _ => (r2, n, false),
    };
    if let Some(nc) = not_count_suffix(r2) {
        return Ok((
            r2,
            Quantity {
                count: Err(nc),
                len: i.len() - r2.len(),
                vague: false,
            },
        ));
    }
    let (r3, post) = match preceded(multispace0, |i| qualifier(i, true)).parse(r2) {
        Ok((r3, q)) if pre.is_none() && at_boundary_or_punct(r3) => (r3, Some(q)),
        _ => (r2, None),
    };
    let q = pre.or(post);
    let mut count = apply(q, n);
    count.approximate |= dozen;
    Ok((
        r3,
        Quantity {
            count: Ok(count),
            len: i.len() - r3.len(),
            vague: false,
        },
    ))
}

/// The languages a Spanish or Portuguese word belongs to.
const ES: u8 = 1;
const PT: u8 = 2;
const ES_PT: u8 = ES | PT;

/// Spanish and Portuguese number words with their values and languages.
/// "dos" is Spanish only: in Portuguese it is "of the" ("corpos dos jovens").
const IBERIAN_NUMBERS: &[(&str, u64, u8)] = &[
    ("cero", 0, ES),
    ("zero", 0, PT),
    ("un", 1, ES),
    ("uno", 1, ES),
    ("una", 1, ES),
    ("um", 1, PT),
    ("uma", 1, PT),
    ("dos", 2, ES),
    ("dois", 2, PT),
    ("duas", 2, PT),
    ("tres", 3, ES_PT),
    ("três", 3, PT),
    ("cuatro", 4, ES),
    ("quatro", 4, PT),
    ("cinco", 5, ES_PT),
    ("seis", 6, ES_PT),
    ("siete", 7, ES),
    ("sete", 7, PT),
    ("ocho", 8, ES),
    ("oito", 8, PT),
    ("nueve", 9, ES),
    ("nove", 9, PT),
    ("diez", 10, ES),
    ("dez", 10, PT),
    ("once", 11, ES),
    ("onze", 11, PT),
    ("doce", 12, ES),
    ("doze", 12, PT),
    ("trece", 13, ES),
    ("treze", 13, PT),
    ("catorce", 14, ES),
    ("catorze", 14, PT),
    ("quatorze", 14, PT),
    ("quince", 15, ES),
    ("quinze", 15, PT),
    ("dieciséis", 16, ES),
    ("dieciseis", 16, ES),
    ("dezesseis", 16, PT),
    ("dezasseis", 16, PT),
    ("diecisiete", 17, ES),
    ("dezessete", 17, PT),
    ("dezassete", 17, PT),
    ("dieciocho", 18, ES),
    ("dezoito", 18, PT),
    ("diecinueve", 19, ES),
    ("dezenove", 19, PT),
    ("dezanove", 19, PT),
    ("veinte", 20, ES),
    ("vinte", 20, PT),
    ("veintiuno", 21, ES),
    ("veintiún", 21, ES),
    ("veintiuna", 21, ES),
    ("veintidós", 22, ES),
    ("veintidos", 22, ES),
    ("veintitrés", 23, ES),
    ("veintitres", 23, ES),
    ("veinticuatro", 24, ES),
    ("veinticinco", 25, ES),
    ("veintiséis", 26, ES),
    ("veintiseis", 26, ES),
    ("veintisiete", 27, ES),
    ("veintiocho", 28, ES),
    ("veintinueve", 29, ES),
    ("treinta", 30, ES),
    ("trinta", 30, PT),
    ("cuarenta", 40, ES),
    ("quarenta", 40, PT),
    ("cincuenta", 50, ES),
    ("cinquenta", 50, PT),
    ("sesenta", 60, ES),
    ("sessenta", 60, PT),
    ("setenta", 70, ES_PT),
    ("ochenta", 80, ES),
    ("oitenta", 80, PT),
    ("noventa", 90, ES_PT),
    ("cien", 100, ES),
    ("cem", 100, PT),
];

/// Spanish and Portuguese qualifiers before a number.
const IBERIAN_QUALIFIERS: &[(&str, Qualifier, u8)] = &[
    ("al menos", Qualifier::AtLeast, ES),
    ("por lo menos", Qualifier::AtLeast, ES),
    ("pelo menos", Qualifier::AtLeast, PT),
    ("ao menos", Qualifier::AtLeast, PT),
    ("más de", Qualifier::MoreThan, ES),
    ("mais de", Qualifier::MoreThan, PT),
    ("cerca de", Qualifier::About, ES_PT),
    ("alrededor de", Qualifier::About, ES),
    ("unos", Qualifier::About, ES),
    ("unas", Qualifier::About, ES),
    ("aproximadamente", Qualifier::About, ES_PT),
    ("casi", Qualifier::Nearly, ES),
    ("quase", Qualifier::Nearly, PT),
    ("hasta", Qualifier::UpTo, ES),
    ("até", Qualifier::UpTo, PT),
];

/// Spanish and Portuguese vague words, read as the English entry of the
/// [`VagueTable`] they translate (so a preset reads both alike).
const IBERIAN_VAGUE: &[(&str, &str, u8)] = &[
    ("decenas", "dozens", ES),
    ("dezenas", "dozens", PT),
    ("cientos", "hundreds", ES),
    ("centenas", "hundreds", ES_PT),
    ("miles", "thousands", ES),
    ("milhares", "thousands", PT),
    ("varios", "several", ES),
    ("varias", "several", ES),
    ("vários", "several", PT),
    ("várias", "several", PT),
];

fn fail_at(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Alt))
}

/// Whether word `w` is `listed` (lower case) in any case, without allocating:
/// "Três", "TRES", "três".
fn same_word(w: &str, listed: &str) -> bool {
    w.eq_ignore_ascii_case(listed)
        || !w.is_ascii() && w.chars().flat_map(char::to_lowercase).eq(listed.chars())
}

/// The value of the Spanish or Portuguese number word at the start of `i`.
fn iberian_word(i: &str, langs: u8) -> R<'_, u64> {
    let w = leading_word(i);
    IBERIAN_NUMBERS
        .iter()
        .find(|(n, _, l)| l & langs != 0 && same_word(w, n))
        .map(|&(_, v, _)| (&i[w.len()..], v))
        .ok_or_else(|| fail_at(i))
}

/// A Spanish or Portuguese number: digits, or words ("veinte", "vinte e
/// dois", "treinta y cinco", "cinco mil").
fn iberian_number(i: &str, langs: u8) -> R<'_, u64> {
    if i.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        let (rest, n) = digits(i)?;
        return Ok(match preceded(multispace1, kw("mil")).parse(rest) {
            Ok((r, _)) => (r, n.saturating_mul(1000)),
            Err(_) => (rest, n),
        });
    }
    let (mut rest, mut n) = iberian_word(i, langs)?;
    // "treinta y cinco", "vinte e dois": tens, a conjunction, a unit.
    if (20..100).contains(&n) && n % 10 == 0 {
        let and = alt((kw("y"), kw("e")));
        if let Ok((r, u)) = preceded(pair(multispace1, pair(and, multispace1)), |x| {
            iberian_word(x, langs)
        })
        .parse(rest)
        {
            if (1..10).contains(&u) {
                rest = r;
                n += u;
            }
        }
    }
    if let Ok((r, _)) = preceded(multispace1, kw("mil")).parse(rest) {
        rest = r;
        n = n.saturating_mul(1000);
    }
    Ok((rest, n))
}

/// Reads a Spanish or Portuguese quantity at the start of `i`: a qualifier
/// ("al menos", "pelo menos", "más de"), then digits or number words, or a
/// vague word ("decenas", "dezenas"). `es` and `pt` say which languages the
/// sentence is in: "dos" is two in Spanish only. Used by the casualty
/// grammar for sentences with Spanish or Portuguese casualty words only, so
/// that "once" or "dos" in English text are never numbers.
pub(crate) fn iberian_quantity(
    i: &str,
    vague: &VagueTable,
    es: bool,
    pt: bool,
) -> Option<Quantity> {
    let langs = if es { ES } else { 0 } | if pt { PT } else { 0 };
    if langs == 0 || !i.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let mut pre = None;
    let mut r = i;
    for &(p, q, l) in IBERIAN_QUALIFIERS {
        if l & langs == 0 {
            continue;
        }
        if let Ok((r2, ())) = pair(phrase(p), multispace1).map(|(a, _)| a).parse(i) {
            pre = Some(q);
            r = r2;
            break;
        }
    }
    let w = leading_word(r);
    if let Some(&(_, english, _)) = IBERIAN_VAGUE
        .iter()
        .find(|(v, _, l)| l & langs != 0 && same_word(w, v))
    {
        let c = vague.get(english)?;
        return Some(Quantity {
            count: Ok(c),
            len: i.len() - r.len() + w.len(),
            vague: true,
        });
    }
    let (r2, n) = iberian_number(r, langs).ok()?;
    // "1.5", "40%", "2º": no counts.
    let count = not_count_suffix(r2).map_or(Ok(apply(pre, n)), Err);
    Some(Quantity {
        count,
        len: i.len() - r2.len(),
        vague: false,
    })
}

/// Whether a lower-case word may start a Spanish or Portuguese quantity
/// (digits alone are read by the English rules).
pub(crate) fn iberian_may_start(word_lower: &str) -> bool {
    IBERIAN_NUMBERS.iter().any(|(n, _, _)| *n == word_lower)
        || IBERIAN_VAGUE.iter().any(|(n, _, _)| *n == word_lower)
        || IBERIAN_QUALIFIERS
            .iter()
            .any(|(q, _, _)| q.split(' ').next() == Some(word_lower))
}

fn at_boundary_or_punct(i: &str) -> bool {
    at_boundary(i)
}

/// Reads a quantity at the start of `i`, if any (crate-internal).
pub(crate) fn quantity(i: &str, vague: &VagueTable) -> Option<Quantity> {
    if !i.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    quantity_rule(i, vague).ok().map(|(_, q)| q)
}

/// Reads a count of people at the start of `text`: a number in digits or
/// words with its qualifiers, a range, or a vague word. Returns the count
/// and the number of bytes read, or `None` when `text` does not start with
/// a quantity or starts with a number that is no count (an ordinal, an age,
/// a fraction).
///
/// ```
/// use sitrep::quantity::count;
/// use sitrep::VagueTable;
/// let t = VagueTable::default();
/// let (c, len) = count("at least 45 soldiers", &t).unwrap();
/// assert_eq!((c.low, c.best, c.high, len), (Some(45), 45, None, 11));
/// assert!(count("21st of May", &t).is_none());
/// ```
pub fn count(text: &str, vague: &VagueTable) -> Option<(Count, usize)> {
    let q = quantity(text, vague)?;
    q.count.ok().map(|c| (c, q.len))
}

#[cfg(test)]
mod tests {

    /// The first-byte filter answers as the scan of the entries, also for
    /// entries set by hand.
    #[test]
    fn starts_entry_agrees_with_a_scan() {
        let mut t = VagueTable::default();
        t.set("éléments", Count::exact(3));
        t.set("Zillions of", Count::exact(9));
        for w in [
            "",
            "dozens",
            "doz",
            "scores",
            "x",
            "éléments",
            "él",
            "zillions",
            "of",
            "é",
        ] {
            let want = t.entries.iter().any(|(e, _)| {
                !w.is_empty()
                    && e.starts_with(w)
                    && matches!(e.as_bytes().get(w.len()), None | Some(b' '))
            });
            assert_eq!(t.starts_entry(w), want, "{w:?}");
        }
        assert!(t.starts_entry("zillions") && !VagueTable::empty().starts_entry("dozens"));
    }
    use super::*;

    struct Case {
        name: &'static str,
        text: &'static str,
        // (low, best, high, approximate) or None for "no count"
        want: Option<(Option<u64>, u64, Option<u64>, bool)>,
    }

    const fn c(
        name: &'static str,
        text: &'static str,
        want: Option<(Option<u64>, u64, Option<u64>, bool)>,
    ) -> Case {
        Case { name, text, want }
    }

    /// The two-byte test of `may_start` keeps every start word.
    #[test]
    fn start_test_keeps_every_start_word() {
        for w in START_WORDS.iter() {
            assert!(may_start(w), "{w:?}");
        }
        for t in TENS {
            assert!(may_start(&format!("{t}-one")), "{t:?}");
            assert!(may_start(&format!("{t}‐two")), "{t:?}");
        }
        assert!(!may_start("killed"));
        assert!(!may_start("people"));
        assert!(!may_start(""));
    }

    /// The look at the first word never turns away a number the parsers
    /// read.
    #[test]
    fn number_start_test_keeps_every_number() {
        let mut inputs: Vec<String> = Vec::new();
        let words = UNITS
            .iter()
            .chain(&TENS)
            .chain(&["a", "an", "in", "at", "as", "hundred"]);
        for w in words {
            for form in [w.to_string(), w.to_ascii_uppercase(), format!("{w}s")] {
                for tail in ["", " hundred", " thousand", " million", "-one", " one", "-"] {
                    inputs.push(format!("{form}{tail} people"));
                }
            }
        }
        for n in [
            "5",
            "1,200",
            "45,000",
            "10 thousand",
            "1.5",
            "2 million",
            "0",
        ] {
            inputs.push(format!("{n} people"));
        }
        let mut read = 0;
        for i in &inputs {
            if number(i).is_ok() {
                read += 1;
                assert!(may_start_number(i), "{i:?}");
            }
        }
        assert!(read > 100);
        assert!(!may_start_number("in excess of 20"));
        assert!(!may_start_number("as many as 20"));
    }

    #[test]
    fn quantities() {
        let cases = [
            c(
                "digits",
                "45 soldiers",
                Some((Some(45), 45, Some(45), false)),
            ),
            c(
                "separator",
                "1,200 people",
                Some((Some(1200), 1200, Some(1200), false)),
            ),
            c(
                "no separator",
                "230000 people",
                Some((Some(230000), 230000, Some(230000), false)),
            ),
            c("bad group", "1,2345 people", None),
            c(
                "word",
                "forty-five men",
                Some((Some(45), 45, Some(45), false)),
            ),
            c(
                "word space",
                "forty five men",
                Some((Some(45), 45, Some(45), false)),
            ),
            c(
                "capital",
                "Twenty-five men",
                Some((Some(25), 25, Some(25), false)),
            ),
            c(
                "teen",
                "seventeen men",
                Some((Some(17), 17, Some(17), false)),
            ),
            c(
                "hundred and",
                "one hundred and twenty",
                Some((Some(120), 120, Some(120), false)),
            ),
            c(
                "a hundred",
                "a hundred people",
                Some((Some(100), 100, Some(100), false)),
            ),
            c(
                "a thousand",
                "a thousand people",
                Some((Some(1000), 1000, Some(1000), false)),
            ),
            c(
                "thousands words",
                "two thousand five hundred",
                Some((Some(2500), 2500, Some(2500), false)),
            ),
            c(
                "digits thousand",
                "10 thousand people",
                Some((Some(10000), 10000, Some(10000), false)),
            ),
            c("bare a", "a soldier", None),
            c("at least", "at least 45", Some((Some(45), 45, None, false))),
            c(
                "no fewer than",
                "no fewer than 12",
                Some((Some(12), 12, None, false)),
            ),
            c(
                "post at least",
                "557 at least",
                Some((Some(557), 557, None, false)),
            ),
            c("or more", "20 or more", Some((Some(20), 20, None, false))),
            c(
                "more than",
                "more than 45",
                Some((Some(46), 46, None, false)),
            ),
            c("over", "over 40 dead", Some((Some(41), 41, None, false))),
            c(
                "upwards of",
                "upwards of 100",
                Some((Some(101), 101, None, false)),
            ),
            c("nearly", "nearly 33", Some((None, 33, Some(33), false))),
            c("almost", "almost 10", Some((None, 10, Some(10), false))),
            c(
                "just under",
                "just under 50",
                Some((None, 50, Some(50), false)),
            ),
            c("about", "about 150", Some((None, 150, None, true))),
            c("around", "around 20", Some((None, 20, None, true))),
            c(
                "approximately",
                "approximately 7",
                Some((None, 7, None, true)),
            ),
            c("some", "some 30", Some((None, 30, None, true))),
            c("roughly", "roughly 60", Some((None, 60, None, true))),
            c("up to", "up to 15", Some((None, 15, Some(15), false))),
            c(
                "as many as",
                "as many as 300",
                Some((None, 300, Some(300), false)),
            ),
            c(
                "between",
                "between 10 and 15",
                Some((Some(10), 10, Some(15), false)),
            ),
            c(
                "from to",
                "from 500 to 1000 people",
                Some((Some(500), 500, Some(1000), false)),
            ),
            c(
                "from to well over",
                "from 500 to well over 1000 people",
                Some((Some(500), 500, None, false)),
            ),
            c("from to backwards", "from 20 to 10 people", None),
            c(
                "to range",
                "10 to 15 people",
                Some((Some(10), 10, Some(15), false)),
            ),
            c(
                "dash range",
                "10-15 people",
                Some((Some(10), 10, Some(15), false)),
            ),
            c(
                "a dozen",
                "a dozen people",
                Some((Some(12), 12, Some(12), true)),
            ),
            c(
                "dozens",
                "dozens of people",
                Some((Some(24), 24, Some(99), true)),
            ),
            c(
                "dozens more",
                "dozens more wounded",
                Some((Some(24), 24, Some(99), true)),
            ),
            c(
                "tens",
                "tens of others",
                Some((Some(20), 20, Some(99), true)),
            ),
            c(
                "scores",
                "scores of fighters",
                Some((Some(40), 40, Some(99), true)),
            ),
            c(
                "several",
                "several people",
                Some((Some(3), 3, Some(9), true)),
            ),
            c("a few", "a few soldiers", Some((Some(2), 2, Some(9), true))),
            c(
                "a number of",
                "a number of civilians",
                Some((Some(2), 2, None, true)),
            ),
            c(
                "hundreds",
                "hundreds of people",
                Some((Some(200), 200, Some(999), true)),
            ),
            c(
                "thousands",
                "thousands of people",
                Some((Some(2000), 2000, Some(9999), true)),
            ),
            c("many default", "many people", None),
            c("ordinal", "21st of May", None),
            c("ordinal corps", "5th Corps", None),
            c("decimal", "1.5 million", None),
            c(
                "word million",
                "one million people",
                Some((Some(1_000_000), 1_000_000, Some(1_000_000), false)),
            ),
            c("time", "10:30 am", None),
            c("age", "ten-year-old child", None),
            c("age words", "25 years old", None),
            c("fraction", "two thirds of them", None),
            c("percent", "40 percent of", None),
            c("percent sign", "40% of", None),
            c("not a number", "soldiers", None),
            c(
                "seven not seventeen",
                "seven men",
                Some((Some(7), 7, Some(7), false)),
            ),
        ];
        let t = VagueTable::default();
        for case in &cases {
            let got = count(case.text, &t).map(|(c, _)| (c.low, c.best, c.high, c.approximate));
            assert_eq!(got, case.want, "case {:?}: {:?}", case.name, case.text);
        }
    }

    #[test]
    fn spanish_and_portuguese_quantities() {
        let t = VagueTable::default();
        let read = |s: &str, es: bool, pt: bool| {
            iberian_quantity(s, &t, es, pt)
                .map(|q| (q.count.ok().map(|c| (c.low, c.best, c.high)), q.len))
        };
        assert_eq!(
            read("dos cuerpos", true, false),
            Some((Some((Some(2), 2, Some(2))), 3))
        );
        // "dos" is "of the" in Portuguese.
        assert_eq!(read("dos jovens", false, true), None);
        assert_eq!(
            read("vinte e duas pessoas", false, true).map(|r| r.0),
            Some(Some((Some(22), 22, Some(22))))
        );
        assert_eq!(
            read("treinta y cinco", true, false).map(|r| r.0),
            Some(Some((Some(35), 35, Some(35))))
        );
        assert_eq!(
            read("al menos 12 personas", true, false),
            Some((Some((Some(12), 12, None)), 11))
        );
        assert_eq!(
            read("pelo menos três", false, true).map(|r| r.0),
            Some(Some((Some(3), 3, None)))
        );
        assert_eq!(
            read("más de diez", true, false).map(|r| r.0),
            Some(Some((Some(11), 11, None)))
        );
        assert_eq!(
            read("decenas de", true, false).map(|r| r.0),
            Some(Some((Some(24), 24, Some(99))))
        );
        assert_eq!(read("dezenas", false, true).map(|r| r.1), Some(7));
        assert_eq!(
            read("cinco mil", true, false).map(|r| r.0),
            Some(Some((Some(5000), 5000, Some(5000))))
        );
        // A percentage is no count; no language, no reading.
        assert_eq!(read("al menos 40%", true, false).map(|r| r.0), Some(None));
        assert_eq!(read("dos cuerpos", false, false), None);
        // Words of another language or none at all.
        assert_eq!(read("once", false, true), None);
        assert_eq!(read("onze", true, false), None);
        assert_eq!(read("people", true, true), None);
        assert!(
            iberian_may_start("veinte") && iberian_may_start("pelo") && !iberian_may_start("45")
        );
    }

    #[test]
    fn acled_preset_and_set() {
        let mut t = VagueTable::acled();
        assert_eq!(t.get("tens").map(|c| c.best), Some(10));
        assert_eq!(t.get("hundreds").map(|c| c.best), Some(100));
        assert_eq!(t.get("several").map(|c| c.best), Some(10));
        assert_eq!(count("many people", &t).map(|(c, _)| c.best), Some(10));
        t.set("Dozens", Count::exact(30));
        assert_eq!(count("dozens of people", &t).map(|(c, _)| c.best), Some(30));
        assert!(count("dozens", &VagueTable::empty()).is_none());
        assert_eq!(count("two dozen people", &t).map(|(c, _)| c.best), Some(24));
        assert_eq!(
            count("three dozen", &t).map(|(c, _)| (c.best, c.approximate)),
            Some((36, true))
        );
    }

    #[test]
    fn consumed_length() {
        let t = VagueTable::default();
        assert_eq!(count("at least 45 members", &t).map(|x| x.1), Some(11));
        assert_eq!(count("dozens more wounded", &t).map(|x| x.1), Some(11));
    }

    /// `may_spell` only turns away what `phrase` cannot read: every vague
    /// word and qualifier, in other cases, with other white space and
    /// followed by words or not, and texts that differ from it by a word.
    #[test]
    fn may_spell_never_rejects_a_phrase_match() {
        let t = VagueTable::default();
        let mut phrases: Vec<&str> = t.entries.iter().map(|(w, _)| w.as_str()).collect();
        phrases.extend(QUALIFIERS.iter().map(|q| q.phrase.as_str()));
        phrases.extend(["in excess of", " a  few ", "ça fait", "über"]);
        let mut checked = 0;
        for p in &phrases {
            let upper = p.to_uppercase();
            let tabs = p.trim().replace(' ', "\t \n");
            let texts = [
                p.to_string(),
                format!("{p} people"),
                format!("{upper} people"),
                format!("{tabs}, said"),
                format!("{p}s"),
                format!("the {p}"),
                p.replacen(' ', "  x ", 1),
                p.trim().replacen(' ', "", 1),
                p.chars().take(3).collect(),
            ];
            for text in &texts {
                if phrase(p).parse(text.as_str()).is_ok() {
                    checked += 1;
                    assert!(may_spell(text, p), "{p:?} in {text:?}");
                }
            }
        }
        assert!(checked > phrases.len());
        // And it does turn away a wrong second word.
        assert!(!may_spell("a car bomb", "a dozen"));
        assert!(!may_spell("as the army", "as many as"));
    }
}
