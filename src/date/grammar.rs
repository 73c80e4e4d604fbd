//! The nom grammar of date expressions. Every rule reads `&str` (the rest of
//! a sentence from a word start) and returns an [`Expr`], which the parent
//! module resolves against the publication date. nom types stay private to
//! this module.

use crate::lexicon::{FnvMap, WordTable};

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::character::complete::char;
use nom::combinator::{map, not, opt, peek, recognize, value, verify};
use nom::error::{Error, ErrorKind};
use nom::sequence::preceded;
use nom::{IResult, Parser};
use once_cell::sync::Lazy;

type R<'a, T> = IResult<&'a str, T>;

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// A date expression before resolution.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Expr {
    /// A calendar day; `alt` is the other (day/month swapped) reading of an
    /// ambiguous numeric date, `weekday` the weekday printed with it (1 =
    /// Monday).
    Day {
        year: Option<i16>,
        month: i8,
        day: i8,
        weekday: Option<i8>,
        alt: Option<(i8, i8)>,
    },
    /// Days `from..=to` of a month (`to` clipped to its length).
    Month {
        year: Option<i16>,
        month: i8,
        from: i8,
        to: i8,
    },
    /// A whole year.
    Year(i16),
    /// A day of the publication month plus `shift` months ("the 12th of
    /// this month", "the 3rd of last month").
    DayOfMonth { day: i8, shift: i8 },
    /// "on the 11th": the last such day of a month on or before publication.
    DayOfRecentMonth(i8),
    /// A whole month of the publication year plus `shift` ("August last
    /// year").
    MonthOfYear(i8, i16),
    /// A weekday (1 = Monday); `shift` -1 "last", 0 plain, 1 "next".
    Weekday { weekday: i8, shift: i8 },
    /// The publication day plus this many days (yesterday = -1).
    Days(i32),
    /// "yesterday, Wednesday": the named weekday nearest to the publication
    /// day plus the offset (the weekday wins when the two disagree).
    DaysWeekday(i32, i8),
    /// "overnight": the publication day and the day before.
    Overnight,
    /// The day of the previous mention plus this many days ("the day before").
    Anchor(i32),
    /// "N units ago".
    Ago(u32, Unit),
    /// "a few days ago", "several weeks ago": between `lo` and `hi` units
    /// before publication (the vague words' bounds of `data/vague.tsv`'s
    /// default reading).
    AgoBetween(u32, u32, Unit),
    /// "this week" (0), "last month" (-1).
    Calendar(Unit, i32),
    /// "earlier this month": from the start of the unit to publication.
    EarlierThis(Unit),
    /// "the weekend" (0), "last weekend" (-1).
    Weekend(i32),
    /// "since X": from X to publication.
    Since(Box<Expr>),
    /// "since the start of the year".
    SinceStartOf(Unit),
    /// "since the conflict began": unknown start, up to publication.
    SinceUnknown,
    /// "during 2 months", "over the past 24 hours".
    Past(u32, Unit),
    /// "for the second consecutive day".
    Consecutive(u32, Unit),
    /// "in the first week of the campaign": a period we cannot place.
    UnknownPeriod,
    /// "June 21-27", "1 January to 30 September 2019", "on Thursday and
    /// Friday": from the first to the second (a missing year is the
    /// second's; the first weekday is the last one on or before the second).
    Range(Box<Expr>, Box<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lex {
    Month(i8),
    MonthAbbr(i8),
    Weekday(i8),
    WeekdayAbbr(i8),
    Number(u32),
    Ordinal(u32),
    Unit(Unit),
    Part,
}

impl Lex {
    /// The name of a month or a weekday, in full or abbreviated.
    fn names_month_or_weekday(self) -> bool {
        matches!(
            self,
            Lex::Month(_) | Lex::MonthAbbr(_) | Lex::Weekday(_) | Lex::WeekdayAbbr(_)
        )
    }

    /// A word a date expression can open with (besides the starters).
    fn starts_date(self) -> bool {
        self.names_month_or_weekday() || matches!(self, Lex::Number(_))
    }

    /// A word without which no date expression is complete.
    fn anchors_date(self) -> bool {
        self.names_month_or_weekday() || matches!(self, Lex::Unit(_) | Lex::Part)
    }
}

static LEXICON: Lazy<FnvMap<&'static str, Lex>> = Lazy::new(|| {
    let mut map = FnvMap::default();
    for line in include_str!("../../data/dates.tsv").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut f = line.split('\t');
        let (Some(word), Some(class), Some(val)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let n = val.parse::<u32>().unwrap_or(0);
        let lex = match class {
            "document" => continue,
            "month" => Lex::Month(n as i8),
            "month_abbr" => Lex::MonthAbbr(n as i8),
            "weekday" => Lex::Weekday(n as i8),
            "weekday_abbr" => Lex::WeekdayAbbr(n as i8),
            "number" => Lex::Number(n),
            "ordinal" => Lex::Ordinal(n),
            "unit" => Lex::Unit(match val {
                "h" => Unit::Hour,
                "d" => Unit::Day,
                "w" => Unit::Week,
                "m" => Unit::Month,
                _ => Unit::Year,
            }),
            _ => Lex::Part,
        };
        map.insert(word, lex);
    }
    map
});

/// The words a date expression can start with, besides the lexicon's month,
/// weekday and number words.
const STARTERS: &[&str] = &[
    "from",
    "between",
    "since",
    "for",
    "in",
    "during",
    "within",
    "over",
    "throughout",
    "on",
    "until",
    "till",
    "early",
    "mid",
    "late",
    "the",
    "this",
    "last",
    "next",
    "past",
    "earlier",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "overnight",
    "after",
    "before",
    "around",
    "at",
    "by",
    "its",
];

/// Whether a date expression can start with the word at the start of `i`
/// (a cheap test run before the grammar at each word).
pub(super) fn may_start(i: &str) -> bool {
    if i.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    if surely_not_start(i) {
        return false;
    }
    let end = i.find(|c: char| !c.is_alphabetic()).unwrap_or(i.len());
    let w = &i[..end];
    let lexical = |w: &str| lookup(w).is_some_and(Lex::starts_date);
    lexical(w)
        || w.strip_suffix(['s', 'S']).is_some_and(lexical)
        || STARTERS.iter().any(|s| w.eq_ignore_ascii_case(s))
}

/// Function words that open a date expression only before a few words: the
/// rules that start with one of them ("the past two days", "in March", "on
/// the 11th", "for a third day", "at dawn", "a week ago") read white space
/// after it, then a number, a lexicon word (a month, a weekday, a unit, a
/// part of the day, a number word, an ordinal) or one of [`AFTER_LEAD`].
/// The other rules never start with them.
const LEADS: &[&str] = &["the", "a", "an", "in", "on", "at", "by", "for", "its"];

/// The words other than lexicon words that may follow one of [`LEADS`] in a
/// date expression (the second word of the rules that start with a lead).
const AFTER_LEAD: &[&str] = &[
    "the",
    "these",
    "past",
    "last",
    "previous",
    "recent",
    "early",
    "mid",
    "late",
    "end",
    "beginning",
    "start",
    "night",
    "weekend",
    "day",
    "preceding",
    "next",
    "following",
    "this",
    "few",
    "midnight",
    "dawn",
    "dusk",
    "noon",
    "midday",
    "daybreak",
    "a",
];

/// Whether a date expression can start at `i` as far as its second word
/// tells: false only when `i` opens with one of [`LEADS`] that no white space
/// follows, or whose next word is no number, no lexicon word and none of
/// [`AFTER_LEAD`] ("in Syria", "the army", "at least"). Most words a
/// [`may_start`] accepts are such leads, and most of them start no date.
pub(super) fn lead_may_start(i: &str) -> bool {
    let b = i.as_bytes();
    if b.first().is_some_and(u8::is_ascii_digit) {
        return number_may_start(i);
    }
    let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if n == 0 || n > 3 || b.get(n).is_some_and(|c| !c.is_ascii()) {
        return true;
    }
    let lead = &i[..n];
    if !LEADS.iter().any(|l| lead.eq_ignore_ascii_case(l)) {
        return true;
    }
    // Every rule reads white space after a lead.
    let (a, w) = match next_word(&i[n..]) {
        NextWord::None => return false,
        NextWord::Unsure => return true,
        NextWord::Word(a, w) => (a, w),
    };
    if a.first().is_some_and(u8::is_ascii_digit) {
        return true;
    }
    !w.is_empty()
        && (lookup(w).is_some()
            || w.strip_suffix(['s', 'S']).and_then(lookup).is_some()
            || AFTER_LEAD.iter().any(|k| w.eq_ignore_ascii_case(k)))
}

/// The words other than lexicon words that may follow a day's number in a
/// date expression ("5 of March", "5 to 7 March", "5 this month").
const AFTER_DAY: &[&str] = &[
    "of", "to", "and", "through", "until", "till", "this", "last",
];

/// [`lead_may_start`] for a number: the rules read at most four digits; three
/// or four only as a count before a unit ("100 days ago") or as the year of
/// an ISO date; one or two as a day or a count, before a dash, a slash, a
/// dot, an ordinal's letters, or white space and then a dash, a lexicon word
/// or one of [`AFTER_DAY`] ("5 March", "5 - 7 March", "5 days ago").
fn number_may_start(i: &str) -> bool {
    let b = i.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if n > 4 {
        return false;
    }
    let c = b.get(n).copied();
    if n == 4 && c == Some(b'-') {
        return true;
    }
    if n <= 2 && c.is_some_and(|c| matches!(c, b'/' | b'.' | b'-') || c.is_ascii_alphabetic()) {
        return true;
    }
    if c.is_some_and(|c| !c.is_ascii()) {
        return true;
    }
    let (a, w) = match next_word(&i[n..]) {
        NextWord::None => return false,
        NextWord::Unsure => return true,
        NextWord::Word(a, w) => (a, w),
    };
    if n <= 2 && a.first() == Some(&b'-') {
        return true;
    }
    !w.is_empty()
        && (lookup(w).is_some() || n <= 2 && AFTER_DAY.iter().any(|k| w.eq_ignore_ascii_case(k)))
}

/// What follows a lead word: no white space, text that is not plain ASCII
/// (the grammar decides), or the bytes after the white space with the ASCII
/// letters that open them (empty when a digit or a sign comes first).
enum NextWord<'a> {
    None,
    Unsure,
    Word(&'a [u8], &'a str),
}

fn next_word(rest: &str) -> NextWord<'_> {
    let after = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    if after.len() == rest.len() {
        return NextWord::None;
    }
    let a = after.as_bytes();
    if a.first().is_some_and(|c| !c.is_ascii()) {
        return NextWord::Unsure;
    }
    let m = a.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if a.get(m).is_some_and(|c| !c.is_ascii()) {
        return NextWord::Unsure;
    }
    NextWord::Word(a, &after[..m])
}

/// Words without which no date expression is complete: every rule of the
/// grammar holds at least one of them (a month, a weekday, a unit, a part of
/// the day, a four-digit year, a self-standing day word, or "since"). The
/// scanner tries the grammar only where one of them follows closely.
#[inline]
pub(super) fn anchors_date(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() == 4 && b.iter().all(u8::is_ascii_digit) {
        return true;
    }
    // An ordinal day ("on the 11th").
    if (3..=4).contains(&b.len()) && b[0].is_ascii_digit() {
        let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
        let suffix = &w[digits..];
        return digits <= 2
            && ["st", "nd", "rd", "th"]
                .iter()
                .any(|x| suffix.eq_ignore_ascii_case(x));
    }
    // Most words share their first three letters with no anchor.
    if let (Some(&x), Some(&y)) = (b.first(), b.get(1)) {
        if x.is_ascii_alphabetic() && y.is_ascii_alphabetic() {
            let thirds = ANCHOR_PREFIXES[usize::from(x.to_ascii_lowercase() - b'a')]
                [usize::from(y.to_ascii_lowercase() - b'a')];
            let known = match b.get(2) {
                None => thirds & (1 << WORD_END) != 0,
                Some(z) if z.is_ascii_alphabetic() => {
                    thirds & (1 << (z.to_ascii_lowercase() - b'a')) != 0
                }
                // Not a letter: the first two letters decide.
                Some(_) => thirds != 0,
            };
            if !known {
                return false;
            }
        }
    }
    anchors_date_slow(w)
}

/// The bit of [`ANCHOR_PREFIXES`] for a word that ends after two letters.
const WORD_END: u8 = 26;

/// The words that anchor a date without being lexicon words.
const SELF_ANCHORS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "overnight",
    "weekend",
    "weekends",
    "since",
];

/// Three-letter prefixes (lower case) of the words [`anchors_date`] accepts:
/// for each first two letters, a bit for each third letter (`a` is bit 0)
/// and bit [`WORD_END`] for a word of two letters. A plural's third letter
/// is its word's, or `s` after a word of two letters.
static ANCHOR_PREFIXES: Lazy<[[u32; 26]; 26]> = Lazy::new(|| {
    const ALL: u32 = (1 << (WORD_END + 1)) - 1;
    let mut t = [[0u32; 26]; 26];
    let letter = |c: u8| usize::from(c.to_ascii_lowercase() - b'a');
    let mut mark = |w: &str| {
        let b = w.as_bytes();
        match (b.first(), b.get(1), b.get(2)) {
            (Some(&x), Some(&y), z) if x.is_ascii_alphabetic() && y.is_ascii_alphabetic() => {
                t[letter(x)][letter(y)] |= match z {
                    None => (1 << WORD_END) | (1 << (b's' - b'a')),
                    Some(&z) if z.is_ascii_alphabetic() => 1 << letter(z),
                    // An unusual word: every third character.
                    Some(_) => ALL,
                };
            }
            // A one-letter or unusual word: every prefix of its first letter.
            (Some(&x), _, _) if x.is_ascii_alphabetic() => {
                t[letter(x)] = [ALL; 26];
            }
            _ => {}
        }
    };
    for (w, lex) in LEXICON.iter() {
        if lex.anchors_date() {
            mark(w);
        }
    }
    for w in SELF_ANCHORS {
        mark(w);
    }
    t
});

#[inline(never)]
fn anchors_date_slow(w: &str) -> bool {
    let lexical = |w: &str| lookup(w).is_some_and(Lex::anchors_date);
    lexical(w)
        || w.strip_suffix(['s', 'S']).is_some_and(lexical)
        || SELF_ANCHORS.iter().any(|a| w.eq_ignore_ascii_case(a))
}

/// The lexicon's words of at most 16 bytes, packed into integers, for
/// lookups without hashing or allocation.
static PACKED: Lazy<WordTable<Lex>> = Lazy::new(|| {
    WordTable::new(
        LEXICON
            .iter()
            .filter(|(w, _)| w.len() <= 16)
            .map(|(w, lex)| (w.to_string(), *lex)),
    )
});

/// Two-letter prefixes (lower case; `26` for the end of the word) of the
/// words [`may_start`] accepts: a word with another prefix starts no date.
static PREFIXES: Lazy<[[bool; 27]; 26]> = Lazy::new(|| {
    let mut t = [[false; 27]; 26];
    let mut mark = |w: &[u8]| {
        let (Some(a), b) = (w.first(), w.get(1)) else {
            t[usize::from(b's' - b'a')][26] = true; // "s", a plural of ""
            return;
        };
        if !a.is_ascii_alphabetic() {
            return;
        }
        let a = usize::from(a.to_ascii_lowercase() - b'a');
        match b {
            Some(b) if b.is_ascii_alphabetic() => {
                t[a][usize::from(b.to_ascii_lowercase() - b'a')] = true
            }
            // Not a plain word: allow every prefix after its first letter.
            Some(_) => t[a] = [true; 27],
            None => {
                t[a][26] = true;
                t[a][usize::from(b's' - b'a')] = true; // a plural
            }
        }
    };
    for (w, lex) in LEXICON.iter() {
        if lex.starts_date() {
            mark(w.as_bytes());
        }
    }
    for w in STARTERS {
        mark(w.as_bytes());
    }
    t
});

/// Whether the word at the start of `i` surely fails [`may_start`]: its
/// first two letters start none of the words it accepts.
fn surely_not_start(i: &str) -> bool {
    let b = i.as_bytes();
    let Some(&a) = b.first() else {
        return false;
    };
    if !a.is_ascii_alphabetic() {
        return false;
    }
    let second = match b.get(1) {
        Some(c) if c.is_ascii_alphabetic() => usize::from(c.to_ascii_lowercase() - b'a'),
        Some(c) if !c.is_ascii() => return false,
        _ => 26,
    };
    !PREFIXES[usize::from(a.to_ascii_lowercase() - b'a')][second]
}

/// Looks `word` up case-insensitively without allocating (ASCII words of at
/// most 16 bytes only).
fn lookup(word: &str) -> Option<Lex> {
    PACKED.get_ascii(word).copied()
}

fn fail<T>(i: &str) -> R<'_, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Horizontal white space (at least one character).
fn hs(i: &str) -> R<'_, &str> {
    // By hand (a hot rule): `take_while1` of ' ', '\t' and U+00A0.
    let end = i
        .find(|c: char| !(c == ' ' || c == '\t' || c == '\u{a0}'))
        .unwrap_or(i.len());
    if end == 0 {
        return fail(i);
    }
    Ok((&i[end..], &i[..end]))
}

/// A separator between the parts of a date: white space, optionally after a
/// comma.
fn sep(i: &str) -> R<'_, &str> {
    alt((recognize((char(','), opt(hs))), hs)).parse(i)
}

/// A run of letters.
fn word(i: &str) -> R<'_, &str> {
    // By hand (the hottest rule): letters, not followed by a digit.
    let b = i.as_bytes();
    let ascii = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let end = if b.get(ascii).is_some_and(|c| !c.is_ascii()) {
        letters_end(i)
    } else {
        ascii
    };
    if end == 0 || b.get(end).is_some_and(u8::is_ascii_digit) {
        return fail(i);
    }
    Ok((&i[end..], &i[..end]))
}

/// Where the run of letters (any script) that opens `i` ends: the rare case
/// of [`word`], kept out of its way.
#[cold]
#[inline(never)]
fn letters_end(i: &str) -> usize {
    i.find(|c: char| !c.is_alphabetic()).unwrap_or(i.len())
}

/// The keyword `w`, any case.
fn kw(w: &'static str) -> impl FnMut(&str) -> R<'_, &str> {
    move |i| verify(word, |x: &str| x.eq_ignore_ascii_case(w)).parse(i)
}

/// One of the keywords `ws`, any case.
fn kw_in(ws: &'static [&'static str]) -> impl FnMut(&str) -> R<'_, &str> {
    move |i| verify(word, |x: &str| ws.iter().any(|w| x.eq_ignore_ascii_case(w))).parse(i)
}

fn lex(i: &str) -> R<'_, (Lex, &str)> {
    let (r, w) = word(i)?;
    match lookup(w) {
        Some(l) => Ok((r, (l, w))),
        None => fail(i),
    }
}

/// A capitalised month name, full or abbreviated ("Jan.", "Sept").
fn month(i: &str) -> R<'_, i8> {
    let (r, (l, w)) = lex(i)?;
    if !capitalised(w) {
        return fail(i);
    }
    match l {
        Lex::Month(m) => Ok((r, m)),
        Lex::MonthAbbr(m) => {
            let (r, _) = opt(char('.')).parse(r)?;
            Ok((r, m))
        }
        _ => fail(i),
    }
}

/// A full capitalised month name (a month standing alone is never
/// abbreviated).
fn month_full(i: &str) -> R<'_, i8> {
    let (r, (l, w)) = lex(i)?;
    match l {
        Lex::Month(m) if capitalised(w) => Ok((r, m)),
        _ => fail(i),
    }
}

/// A capitalised full weekday name; "Thursdays" (a possessive that lost its
/// apostrophe) counts.
fn weekday(i: &str) -> R<'_, i8> {
    let (r, w) = word(i)?;
    if !capitalised(w) {
        return fail(i);
    }
    let found = lookup(w).or_else(|| w.strip_suffix(['s', 'S']).and_then(lookup));
    match found {
        Some(Lex::Weekday(d)) => Ok((r, d)),
        _ => fail(i),
    }
}

/// A weekday, full or abbreviated ("Sat", "Thu."): only before a date.
fn weekday_any(i: &str) -> R<'_, i8> {
    let (r, (l, w)) = lex(i)?;
    if !capitalised(w) {
        return fail(i);
    }
    match l {
        Lex::Weekday(d) => Ok((r, d)),
        Lex::WeekdayAbbr(d) => {
            let (r, _) = opt(char('.')).parse(r)?;
            Ok((r, d))
        }
        _ => fail(i),
    }
}

fn digits(min: usize, max: usize) -> impl FnMut(&str) -> R<'_, &str> {
    // By hand: `min..=max` digits, not followed by another digit.
    move |i| {
        let n = i.bytes().take_while(u8::is_ascii_digit).count();
        if n < min || n > max {
            return fail(i);
        }
        Ok((&i[n..], &i[..n]))
    }
}

fn no_alnum(i: &str) -> R<'_, ()> {
    if i.chars().next().is_some_and(char::is_alphanumeric) {
        return fail(i);
    }
    Ok((i, ()))
}

/// A day of the month, 1 to 31, with an optional ordinal suffix ("21st").
fn day_num(i: &str) -> R<'_, i8> {
    let (r, d) = digits(1, 2)(i)?;
    let (r, _) = opt(alt((
        tag_no_case("st"),
        tag_no_case("nd"),
        tag_no_case("rd"),
        tag_no_case("th"),
    )))
    .parse(r)?;
    no_alnum(r)?;
    match d.parse::<i8>() {
        Ok(n) if (1..=31).contains(&n) => Ok((r, n)),
        _ => fail(i),
    }
}

/// A four-digit year, 1900 to 2099.
fn year(i: &str) -> R<'_, i16> {
    let (r, d) = digits(4, 4)(i)?;
    no_alnum(r)?;
    match d.parse::<i16>() {
        Ok(n) if (1900..=2099).contains(&n) => Ok((r, n)),
        _ => fail(i),
    }
}

/// A count: digits, or a number word ("two", "twenty-four", "a few").
fn count(i: &str) -> R<'_, u32> {
    if let Ok((r, d)) = digits(1, 4)(i) {
        no_alnum(r)?;
        return match d.parse::<u32>() {
            Ok(n) if n > 0 => Ok((r, n)),
            _ => fail(i),
        };
    }
    let (r, n) = number_word(i)?;
    // "a few", "a couple of"
    if n == 1 {
        if let Ok((r2, (_, m))) = (hs, number_word).parse(r) {
            if m > 1 && m <= 3 {
                let (r2, _) = opt((hs, kw("of"))).parse(r2)?;
                return Ok((r2, m));
            }
        }
    }
    // "twenty-four", "twenty four"
    if n >= 20 && n % 10 == 0 {
        if let Ok((r2, (_, m))) = (alt((tag("-"), hs)), number_word).parse(r) {
            if m < 10 {
                return Ok((r2, n + m));
            }
        }
    }
    Ok((r, n))
}

fn number_word(i: &str) -> R<'_, u32> {
    match lex(i)? {
        (r, (Lex::Number(n), _)) => Ok((r, n)),
        _ => fail(i),
    }
}

fn ordinal(i: &str) -> R<'_, u32> {
    if let Ok((r, (l, _))) = lex(i) {
        return match l {
            Lex::Ordinal(n) => Ok((r, n)),
            _ => fail(i),
        };
    }
    let (r, d) = digits(1, 2)(i)?;
    let (r, _) = alt((
        tag_no_case("st"),
        tag_no_case("nd"),
        tag_no_case("rd"),
        tag_no_case("th"),
    ))
    .parse(r)?;
    no_alnum(r)?;
    Ok((r, d.parse().unwrap_or(1)))
}

fn unit(i: &str) -> R<'_, Unit> {
    match lex(i)? {
        (r, (Lex::Unit(u), _)) => Ok((r, u)),
        _ => fail(i),
    }
}

/// A unit in the singular ("week", not "weeks").
fn unit_singular(i: &str) -> R<'_, Unit> {
    let (r, u) = unit(i)?;
    let w = &i[..i.len() - r.len()];
    if w.ends_with(['s', 'S']) {
        return fail(i);
    }
    Ok((r, u))
}

/// A part of the day ("evening", "night").
fn part(i: &str) -> R<'_, ()> {
    match lex(i)? {
        (r, (Lex::Part, _)) => Ok((r, ())),
        _ => fail(i),
    }
}

fn the(i: &str) -> R<'_, ()> {
    value((), (kw("the"), hs)).parse(i)
}

fn day_expr(year: Option<i16>, month: i8, day: i8) -> Option<Expr> {
    let ok = match year {
        Some(y) => jiff::civil::Date::new(y, month, day).is_ok(),
        // 2000 is a leap year: February 29 is possible.
        None => jiff::civil::Date::new(2000, month, day).is_ok(),
    };
    ok.then_some(Expr::Day {
        year,
        month,
        day,
        weekday: None,
        alt: None,
    })
}

/// `2018-05-24`
fn iso(i: &str) -> R<'_, Expr> {
    let (r, (y, _, m, _, d)) = (
        year_digits,
        char('-'),
        digits(2, 2),
        char('-'),
        digits(2, 2),
    )
        .parse(i)?;
    no_alnum(r)?;
    let (m, d) = (m.parse().unwrap_or(0), d.parse().unwrap_or(0));
    match day_expr(Some(y), m, d) {
        Some(e) => Ok((r, e)),
        None => fail(i),
    }
}

fn year_digits(i: &str) -> R<'_, i16> {
    let (r, d) = digits(4, 4)(i)?;
    match d.parse::<i16>() {
        Ok(n) if (1900..=2099).contains(&n) => Ok((r, n)),
        _ => fail(i),
    }
}

/// `12/26/2015`, `26/12/2015`, `6/02/2015`: month first when both readings
/// exist (day first for dotted dates, `01.02.2015`); the other reading is
/// kept in `alt`.
fn numeric(i: &str) -> R<'_, Expr> {
    let (r, a) = digits(1, 2)(i)?;
    let (r, s) = alt((char('/'), char('.'))).parse(r)?;
    let (r, b) = digits(1, 2)(r)?;
    let (r, _) = char(s)(r)?;
    let (r, y) = year(r)?;
    let (a, b): (i8, i8) = (a.parse().unwrap_or(0), b.parse().unwrap_or(0));
    // Dotted dates are day-first ("01.02.2015"), slashed ones month-first.
    let (a, b) = if s == '.' { (b, a) } else { (a, b) };
    let us = day_expr(Some(y), a, b);
    let eu = day_expr(Some(y), b, a);
    let e = match (us, eu) {
        (Some(Expr::Day { .. }), Some(_)) if a != b => Expr::Day {
            year: Some(y),
            month: a,
            day: b,
            weekday: None,
            alt: Some((b, a)),
        },
        (Some(e), _) | (None, Some(e)) => e,
        (None, None) => return fail(i),
    };
    Ok((r, e))
}

/// "on the 11th": an ordinal day alone, after "on the" and before the end of
/// its phrase (not "on the 5th floor").
fn ordinal_day(i: &str) -> R<'_, Expr> {
    let (r, _) = (kw("on"), hs, the).parse(i)?;
    let (r, d) = recognize(day_num).parse(r)?;
    if !d.ends_with(|c: char| c.is_ascii_alphabetic()) {
        return fail(i);
    }
    let after = r.trim_start();
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let ends = next.is_empty()
        || ["in", "at", "and", "when", "as", "near", "after", "of"]
            .iter()
            .any(|w| next.eq_ignore_ascii_case(w));
    // "of" starts "of May", read by `dmy` before this.
    if !ends || next.eq_ignore_ascii_case("of") {
        return fail(i);
    }
    let day = d
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse::<i8>();
    match day {
        Ok(n) => Ok((r, Expr::DayOfRecentMonth(n))),
        Err(_) => fail(i),
    }
}

/// "21 May 2016", "the 21st of May 2016", "13 March"
fn dmy(i: &str) -> R<'_, Expr> {
    let (r, _) = opt(the).parse(i)?;
    let (r, d) = day_num(r)?;
    let (r, _) = opt((hs, kw("of"))).parse(r)?;
    let (r, _) = alt((hs, tag("-"))).parse(r)?;
    if let Ok((r2, (w, _, _))) = (kw_in(&["this", "last"]), hs, kw("month")).parse(r) {
        let shift = if w.eq_ignore_ascii_case("last") {
            -1
        } else {
            0
        };
        return Ok((r2, Expr::DayOfMonth { day: d, shift }));
    }
    let (r, m) = month(r)?;
    let (r, y) = opt(preceded(alt((sep, tag("-"))), year)).parse(r)?;
    match day_expr(y, m, d) {
        Some(e) => Ok((r, e)),
        None => fail(i),
    }
}

/// "May 21, 2016", "January 16", "Jan. 16", "May 27th 2017"
fn mdy(i: &str) -> R<'_, Expr> {
    let (r, m) = month(i)?;
    let (r, _) = hs(r)?;
    let (r, _) = opt(the).parse(r)?;
    let (r, d) = day_num(r)?;
    let (r, y) = opt(preceded(sep, year)).parse(r)?;
    match day_expr(y, m, d) {
        Some(e) => Ok((r, e)),
        None => fail(i),
    }
}

/// "March 2015", "Jan 2016"
fn month_year(i: &str) -> R<'_, Expr> {
    let (r, m) = month(i)?;
    let (r, _) = alt((sep, tag("-"))).parse(r)?;
    let (r, y) = year(r)?;
    Ok((r, whole_month(Some(y), m)))
}

fn whole_month(year: Option<i16>, month: i8) -> Expr {
    Expr::Month {
        year,
        month,
        from: 1,
        to: 31,
    }
}

/// A full calendar date, a month-day or a month-year.
fn absolute(i: &str) -> R<'_, Expr> {
    alt((iso, numeric, dmy, mdy, month_year)).parse(i)
}

/// "Thursday 3 January 2013", "Sat 24 Aug 2013", "Friday 6/02/2015"
fn weekday_date(i: &str) -> R<'_, Expr> {
    let (r, w) = weekday_any(i)?;
    let (r, _) = sep(r)?;
    let (r, e) = alt((iso, numeric, dmy, mdy)).parse(r)?;
    let e = match e {
        Expr::Day {
            year,
            month,
            day,
            alt,
            ..
        } => Expr::Day {
            year,
            month,
            day,
            weekday: Some(w),
            alt,
        },
        other => other,
    };
    Ok((r, e))
}

/// "Tuesday", "last Tuesday", "Tuesday evening"
fn weekday_ref(i: &str) -> R<'_, Expr> {
    let (r, shift) = opt(map(
        (kw_in(&["last", "next", "this", "past"]), hs),
        |(w, _): (&str, &str)| {
            if w.eq_ignore_ascii_case("last") || w.eq_ignore_ascii_case("past") {
                -1
            } else if w.eq_ignore_ascii_case("next") {
                1
            } else {
                0
            }
        },
    ))
    .parse(i)?;
    let (r, weekday) = weekday(r)?;
    let (r, _) = opt((hs, part)).parse(r)?;
    Ok((
        r,
        Expr::Weekday {
            weekday,
            shift: shift.unwrap_or(0),
        },
    ))
}

/// "yesterday", "yesterday morning, Wednesday", "today", "last night"
fn relative_day(i: &str) -> R<'_, Expr> {
    if let Ok((r, _)) = (the, kw("day"), hs, kw("before"), hs, kw("yesterday")).parse(i) {
        return Ok((r, Expr::Days(-2)));
    }
    if let Ok((r, _)) = (
        the,
        alt((
            recognize((kw("day"), hs, kw_in(&["before", "prior"]))),
            recognize((kw_in(&["previous", "preceding"]), hs, kw("day"))),
        )),
    )
        .parse(i)
    {
        return Ok((r, Expr::Anchor(-1)));
    }
    if let Ok((r, _)) = (
        the,
        alt((
            recognize((kw("day"), hs, kw("after"))),
            recognize((kw_in(&["next", "following"]), hs, kw("day"))),
        )),
    )
        .parse(i)
    {
        return Ok((r, Expr::Anchor(1)));
    }
    if let Ok((r, _)) = (kw("last"), hs, kw("night")).parse(i) {
        return Ok((r, Expr::Days(-1)));
    }
    if let Ok((r, _)) = (kw("this"), hs, part).parse(i) {
        return Ok((r, Expr::Days(0)));
    }
    if let Ok((r, _)) = kw("overnight")(i) {
        return Ok((r, Expr::Overnight));
    }
    let (r, w) = kw_in(&["yesterday", "today", "tonight", "tomorrow"])(i)?;
    let offset = if w.eq_ignore_ascii_case("yesterday") {
        -1
    } else if w.eq_ignore_ascii_case("tomorrow") {
        1
    } else {
        0
    };
    let (r, _) = opt((hs, part)).parse(r)?;
    // "yesterday, Wednesday": the weekday names the same day.
    let (r, wd) = opt(preceded(sep, weekday)).parse(r)?;
    Ok((
        r,
        match wd {
            Some(w) => Expr::DaysWeekday(offset, w),
            None => Expr::Days(offset),
        },
    ))
}

/// "after midnight", "after midnight of yesterday", "at dawn on Monday",
/// "in the early hours of Sunday"
fn part_of_day(i: &str) -> R<'_, Expr> {
    let (r, _) = alt((
        recognize((
            kw_in(&["after", "before", "around", "at", "past", "until", "by"]),
            hs,
            kw_in(&["midnight", "dawn", "dusk", "noon", "midday", "daybreak"]),
        )),
        recognize((
            opt((kw("in"), hs)),
            the,
            kw("early"),
            hs,
            kw("hours"),
            peek((hs, kw("of"))),
        )),
    ))
    .parse(i)?;
    let target = preceded(
        (hs, kw_in(&["of", "on"]), hs),
        alt((weekday_date, absolute, weekday_ref, relative_day_simple)),
    );
    let (r, e) = opt(target).parse(r)?;
    Ok((r, e.unwrap_or(Expr::Days(0))))
}

/// "yesterday", "today" (no further parts), as the object of "of"/"on".
fn relative_day_simple(i: &str) -> R<'_, Expr> {
    let (r, w) = kw_in(&["yesterday", "today", "tomorrow"])(i)?;
    let off = if w.eq_ignore_ascii_case("yesterday") {
        -1
    } else if w.eq_ignore_ascii_case("tomorrow") {
        1
    } else {
        0
    };
    Ok((r, Expr::Days(off)))
}

/// "3 days ago", "a week ago", "two months ago", "two days later"
fn ago(i: &str) -> R<'_, Expr> {
    // A vague count is a span of days, not a day: "a few" 2 to 9, "several"
    // 3 to 9, as the default vague table reads them.
    if let Ok((r, (few, _, u, _, _))) = (
        alt((
            value((2, 9), (kw("a"), hs, kw("few"))),
            value((3, 9), kw("several")),
        )),
        hs,
        unit,
        hs,
        kw("ago"),
    )
        .parse(i)
    {
        if matches!(u, Unit::Day | Unit::Week) {
            return Ok((r, Expr::AgoBetween(few.0, few.1, u)));
        }
    }
    let (r, (n, _, u, _, w)) =
        (count, hs, unit, hs, kw_in(&["ago", "later", "earlier"])).parse(i)?;
    if w.eq_ignore_ascii_case("ago") {
        return Ok((r, Expr::Ago(n, u)));
    }
    // "two days later", "a day earlier": from the previous mention's day
    let days = match u {
        Unit::Day => n as i32,
        Unit::Week => 7 * n as i32,
        _ => return fail(i),
    };
    let sign = if w.eq_ignore_ascii_case("earlier") {
        -1
    } else {
        1
    };
    Ok((r, Expr::Anchor(sign * days)))
}

/// "this week", "last month", "earlier this month", "the weekend"
fn calendar(i: &str) -> R<'_, Expr> {
    if let Ok((r, (_, _, _, _, u))) = (kw("earlier"), hs, kw("this"), hs, unit).parse(i) {
        if u != Unit::Hour && u != Unit::Day {
            return Ok((r, Expr::EarlierThis(u)));
        }
    }
    if let Ok((r, (w, _, _))) =
        (kw_in(&["this", "last", "past", "the"]), hs, kw("weekend")).parse(i)
    {
        let shift = if w.eq_ignore_ascii_case("last") || w.eq_ignore_ascii_case("past") {
            -1
        } else {
            0
        };
        return Ok((r, Expr::Weekend(shift)));
    }
    let (r, (w, _, u)) = (kw_in(&["this", "last", "next"]), hs, unit_singular).parse(i)?;
    if u == Unit::Hour || u == Unit::Day {
        return fail(i);
    }
    let shift = if w.eq_ignore_ascii_case("last") {
        -1
    } else if w.eq_ignore_ascii_case("next") {
        1
    } else {
        0
    };
    Ok((r, Expr::Calendar(u, shift)))
}

/// "early March", "mid-March 2015", "the end of March", "late 2015"
fn month_part(i: &str) -> R<'_, Expr> {
    let (r, (from, to)) = alt((
        value((1i8, 10i8), (kw_in(&["early"]), hs)),
        value((11, 20), (kw("mid"), alt((tag("-"), hs)))),
        value((21, 31), (kw_in(&["late"]), hs)),
        value((21, 31), (opt(the), kw("end"), hs, kw("of"), hs)),
        value(
            (1, 10),
            (opt(the), kw_in(&["beginning", "start"]), hs, kw("of"), hs),
        ),
    ))
    .parse(i)?;
    if let Ok((r, m)) = month_full(r) {
        let (r, y) = opt(preceded(sep, year)).parse(r)?;
        return Ok((
            r,
            Expr::Month {
                year: y,
                month: m,
                from,
                to,
            },
        ));
    }
    // "late 2015": the last third of the year, as months.
    let (r, y) = year(r)?;
    let (a, b) = match from {
        1 => (1, 4),
        11 => (5, 8),
        _ => (9, 12),
    };
    let first = Box::new(whole_month(Some(y), a));
    Ok((r, Expr::Range(first, Box::new(whole_month(Some(y), b)))))
}

/// A month or a year after a preposition: "in March", "since 2015".
fn month_or_year(i: &str) -> R<'_, Expr> {
    alt((
        month_part,
        absolute,
        month_of_year,
        map(month_full, |m| whole_month(None, m)),
        map(year, Expr::Year),
    ))
    .parse(i)
}

/// "August last year", "March this year"
fn month_of_year(i: &str) -> R<'_, Expr> {
    let (r, (m, _, w, _, _)) = (
        month_full,
        hs,
        kw_in(&["last", "this", "next"]),
        hs,
        kw("year"),
    )
        .parse(i)?;
    let shift = if w.eq_ignore_ascii_case("last") {
        -1
    } else if w.eq_ignore_ascii_case("next") {
        1
    } else {
        0
    };
    Ok((r, Expr::MonthOfYear(m, shift)))
}

/// The grammar's entry point: a date expression at the start of `i`.
///
/// The rules are tried in the order of [`RULES`], the first that reads an
/// expression wins (as an `alt` of them all would do), but only those that
/// can start with the first word of `i` ([`rules_for`]).
pub(super) fn expr(i: &str) -> R<'_, Expr> {
    let wanted = rules_for(i);
    for (k, rule) in RULES.iter().enumerate() {
        if wanted & (1 << k) == 0 {
            continue;
        }
        match rule(i) {
            Err(nom::Err::Error(_)) => {}
            done => return done,
        }
    }
    fail(i)
}

/// "on Monday", "on 5 March"
fn on_day(i: &str) -> R<'_, Expr> {
    preceded((kw("on"), hs), alt((weekday_date, absolute, weekday_ref))).parse(i)
}

/// "in March", "during 2015", "until early May"
fn in_month_or_year(i: &str) -> R<'_, Expr> {
    preceded(
        (kw_in(&["in", "during", "throughout", "until", "till"]), hs),
        month_or_year,
    )
    .parse(i)
}

type Rule = for<'a> fn(&'a str) -> R<'a, Expr>;

/// The rules of [`expr`], in the order they are tried.
const RULES: [Rule; 16] = [
    range,
    since,
    consecutive,
    part_of_period,
    past,
    on_day,
    ordinal_day,
    in_month_or_year,
    month_part,
    weekday_date,
    absolute,
    calendar,
    relative_day,
    part_of_day,
    weekday_ref,
    ago,
];

/// A set of [`RULES`], a bit for each (by its index).
type Rules = u16;

const RANGE: Rules = 1 << 0;
const SINCE: Rules = 1 << 1;
const CONSECUTIVE: Rules = 1 << 2;
const PART_OF_PERIOD: Rules = 1 << 3;
const PAST: Rules = 1 << 4;
const ON_DAY: Rules = 1 << 5;
const ORDINAL_DAY: Rules = 1 << 6;
const IN_MONTH_OR_YEAR: Rules = 1 << 7;
const MONTH_PART: Rules = 1 << 8;
const WEEKDAY_DATE: Rules = 1 << 9;
const ABSOLUTE: Rules = 1 << 10;
const CALENDAR: Rules = 1 << 11;
const RELATIVE_DAY: Rules = 1 << 12;
const PART_OF_DAY: Rules = 1 << 13;
const WEEKDAY_REF: Rules = 1 << 14;
const AGO: Rules = 1 << 15;

/// Every rule.
const ALL_RULES: Rules = Rules::MAX;

/// The rules that may start with a lexicon word (a month, a weekday, a
/// number word), or a weekday's plural ("Thursdays").
const LEXICAL: Rules = RANGE | WEEKDAY_DATE | ABSOLUTE | WEEKDAY_REF | AGO;

/// The rules of [`RULES`] that can read an expression at the start of `i`,
/// as its first word tells: a number, a lexicon word, or a keyword that opens
/// a rule (any case). Text that is not plain ASCII gets every rule.
fn rules_for(i: &str) -> Rules {
    let b = i.as_bytes();
    let Some(&first) = b.first() else {
        return ALL_RULES;
    };
    if first.is_ascii_digit() {
        return RANGE | ABSOLUTE | AGO;
    }
    let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if n == 0 || b.get(n).is_some_and(|c| !c.is_ascii()) {
        return ALL_RULES;
    }
    let mut lower = [0u8; 10];
    let key = match b.get(..n) {
        Some(w) if n <= lower.len() => {
            for (d, c) in lower.iter_mut().zip(w) {
                *d = c.to_ascii_lowercase();
            }
            &lower[..n]
        }
        _ => &[],
    };
    let opened = match key {
        b"from" | b"between" => RANGE,
        b"on" => RANGE | ON_DAY | ORDINAL_DAY,
        b"the" => RANGE | PAST | MONTH_PART | ABSOLUTE | CALENDAR | RELATIVE_DAY | PART_OF_DAY,
        b"these" => PAST,
        b"since" => SINCE,
        b"for" => CONSECUTIVE | PAST,
        b"in" => PART_OF_PERIOD | PAST | IN_MONTH_OR_YEAR | PART_OF_DAY,
        b"during" | b"throughout" => PART_OF_PERIOD | PAST | IN_MONTH_OR_YEAR,
        b"within" | b"over" => PART_OF_PERIOD | PAST,
        b"until" => IN_MONTH_OR_YEAR | PART_OF_DAY,
        b"till" => IN_MONTH_OR_YEAR,
        b"early" | b"mid" | b"late" | b"end" | b"beginning" | b"start" => MONTH_PART,
        b"earlier" => CALENDAR,
        b"this" | b"last" => CALENDAR | RELATIVE_DAY | WEEKDAY_REF,
        b"next" => CALENDAR | WEEKDAY_REF,
        b"past" => CALENDAR | WEEKDAY_REF | PART_OF_DAY,
        b"yesterday" | b"today" | b"tonight" | b"tomorrow" | b"overnight" => RELATIVE_DAY,
        b"after" | b"before" | b"around" | b"at" | b"by" => PART_OF_DAY,
        b"a" | b"several" => AGO,
        _ => 0,
    };
    let w = &i[..n];
    if lookup(w).is_some() || w.strip_suffix(['s', 'S']).and_then(lookup).is_some() {
        opened | LEXICAL
    } else {
        opened
    }
}

/// A dash or word between the ends of a range.
fn to(i: &str) -> R<'_, ()> {
    let (r, _) = opt(hs).parse(i)?;
    let (r, _) = alt((
        tag("-"),
        tag("–"),
        tag("—"),
        kw_in(&["to", "and", "through", "until", "till"]),
    ))
    .parse(r)?;
    let (r, _) = opt(hs).parse(r)?;
    Ok((r, ()))
}

fn day_of(year: Option<i16>, month: i8, day: i8) -> Option<Box<Expr>> {
    day_expr(year, month, day).map(Box::new)
}

/// "June 21-27", "4 - 10 February 2021", "from 1 January to 30 September
/// 2019", "between May 3 and May 5"
fn range(i: &str) -> R<'_, Expr> {
    let (r, _) = opt((kw_in(&["from", "between"]), hs)).parse(i)?;
    // Month D-D [year]
    if let Ok((r2, (m, _, a, _, b, y))) =
        (month, hs, day_num, to, day_num, opt(preceded(sep, year))).parse(r)
    {
        if let (Some(x), Some(z)) = (day_of(y, m, a), day_of(y, m, b)) {
            if a < b {
                return Ok((r2, Expr::Range(x, z)));
            }
        }
    }
    // D-D Month [year]
    if let Ok((r2, (_, a, _, b, _, _, m, y))) = (
        opt(the),
        day_num,
        to,
        day_num,
        hs,
        opt((kw("of"), hs)),
        month,
        opt(preceded(sep, year)),
    )
        .parse(r)
    {
        if let (Some(x), Some(z)) = (day_of(y, m, a), day_of(y, m, b)) {
            if a < b {
                return Ok((r2, Expr::Range(x, z)));
            }
        }
    }
    // "on Thursday and Friday", "between Monday and Wednesday", "on the
    // night of Friday to Saturday"
    if let Ok((r2, (_, _, a, _, _, b, _))) = (
        opt((kw("on"), hs)),
        opt((the, kw("night"), hs, kw("of"), hs)),
        weekday,
        opt((hs, part)),
        to,
        weekday,
        opt((hs, part)),
    )
        .parse(r)
    {
        if a != b {
            let day = |weekday| Box::new(Expr::Weekday { weekday, shift: 0 });
            return Ok((r2, Expr::Range(day(a), day(b))));
        }
    }
    let (r, a) = alt((weekday_date, absolute)).parse(r)?;
    let (r, _) = to(r)?;
    let (r, b) = alt((weekday_date, absolute)).parse(r)?;
    Ok((r, Expr::Range(Box::new(a), Box::new(b))))
}

/// "since Sunday", "since the 13th of March 2018", "since the conflict began"
fn since(i: &str) -> R<'_, Expr> {
    let (r, _) = (kw("since"), hs).parse(i)?;
    if let Ok((r2, u)) = since_start_of(r) {
        return Ok((r2, Expr::SinceStartOf(u)));
    }
    if let Ok((r2, ())) = since_event(r) {
        return Ok((r2, Expr::SinceUnknown));
    }
    // "since morning", "since early this morning", "since dawn": today.
    if let Ok((r2, _)) = (
        opt((kw("early"), hs)),
        opt((kw_in(&["this", "the"]), hs)),
        kw_in(&["morning", "dawn", "daybreak"]),
    )
        .parse(r)
    {
        return Ok((r2, Expr::Since(Box::new(Expr::Days(0)))));
    }
    let (r, e) = alt((
        weekday_date,
        absolute,
        month_or_year,
        calendar,
        relative_day,
        weekday_ref,
        ago,
    ))
    .parse(r)?;
    Ok((r, Expr::Since(Box::new(e))))
}

/// "the start of the year", "the beginning of this month"
fn since_start_of(i: &str) -> R<'_, Unit> {
    let (r, _) = (
        the,
        kw_in(&["beginning", "start"]),
        hs,
        kw("of"),
        hs,
        kw_in(&["the", "this"]),
        hs,
    )
        .parse(i)?;
    let (r, u) = unit(r)?;
    match u {
        Unit::Week | Unit::Month | Unit::Year => Ok((r, u)),
        _ => fail(i),
    }
}

/// "the conflict began", "the beginning of the war", "the outbreak of the
/// uprising in 2011" (the last only as far as its noun).
fn since_event(i: &str) -> R<'_, ()> {
    let (mut r, _) = alt((the, value((), (kw("its"), hs)))).parse(i)?;
    if let Ok((r2, _)) = (
        kw_in(&[
            "beginning",
            "start",
            "outbreak",
            "onset",
            "launch",
            "eruption",
        ]),
        hs,
        kw("of"),
        hs,
        opt(alt((the, value((), (kw_in(&["its", "this"]), hs))))),
        word,
    )
        .parse(r)
    {
        return Ok((r2, ()));
    }
    // up to four words, then a verb of beginning
    for _ in 0..4 {
        let (r2, _) = word(r)?;
        let (r3, _) = hs(r2)?;
        if let Ok((r4, _)) = alt((
            kw_in(&["began", "begun", "started", "erupted", "escalated"]),
            recognize((kw("broke"), hs, kw("out"))),
        ))
        .parse(r3)
        {
            return Ok((r4, ()));
        }
        r = r3;
    }
    fail(i)
}

/// "for the second consecutive day", "for a third day in a row"
fn consecutive(i: &str) -> R<'_, Expr> {
    let (r, _) = (kw("for"), hs, opt((kw_in(&["the", "a"]), hs))).parse(i)?;
    let (r, n) = ordinal(r)?;
    let (r, _) = hs(r)?;
    let (r, _) = opt((
        kw_in(&["consecutive", "straight", "successive", "running"]),
        hs,
    ))
    .parse(r)?;
    let (r, u) = unit(r)?;
    if u == Unit::Hour {
        return fail(i);
    }
    let (r, _) = opt((hs, kw("in"), hs, kw("a"), hs, kw("row"))).parse(r)?;
    Ok((r, Expr::Consecutive(n, u)))
}

/// "in the first week of the campaign", "during the first days of March"
fn part_of_period(i: &str) -> R<'_, Expr> {
    let (r, _) = (
        kw_in(&["in", "during", "within", "over", "throughout"]),
        hs,
        the,
    )
        .parse(i)?;
    let (r, n) = alt((
        ordinal,
        value(0u32, kw_in(&["last", "final", "closing"])),
        value(1u32, kw_in(&["opening", "early"])),
    ))
    .parse(r)?;
    let (r, (_, u, _, _, _)) = (hs, unit, hs, kw("of"), hs).parse(r)?;
    if u == Unit::Hour {
        return fail(i);
    }
    if let Ok((r2, m)) = month_full(r) {
        let (r2, y) = opt(preceded(sep, year)).parse(r2)?;
        let (from, to) = match (u, n) {
            (Unit::Week, 0) => (22, 31),
            (Unit::Week, n) if n <= 4 => ((n as i8 - 1) * 7 + 1, n as i8 * 7),
            (Unit::Day, n) if (1..=31).contains(&n) => (n as i8, n as i8),
            _ => (1, 31),
        };
        return Ok((
            r2,
            Expr::Month {
                year: y,
                month: m,
                from,
                to,
            },
        ));
    }
    let (r, _) = opt(alt((
        the,
        value((), (kw_in(&["its", "this", "their"]), hs)),
    )))
    .parse(r)?;
    let (r, _) = word(r)?;
    Ok((r, Expr::UnknownPeriod))
}

/// "during 2 months", "over the past 24 hours", "in the last two weeks"
fn past(i: &str) -> R<'_, Expr> {
    let (r, lead) = opt(map(
        (
            kw_in(&["during", "for", "over", "in", "within", "throughout"]),
            hs,
        ),
        |(w, _)| w,
    ))
    .parse(i)?;
    let (r, past) = opt((
        opt(alt((the, value((), (kw("these"), hs))))),
        kw_in(&["past", "last", "previous", "recent"]),
        hs,
    ))
    .parse(r)?;
    // Without a lead word only "the past/last ..." reads as a period.
    let bare_duration = lead.is_some_and(|l| {
        ["during", "for", "over", "throughout"]
            .iter()
            .any(|w| l.eq_ignore_ascii_case(w))
    });
    let with_the = past.is_some_and(|(the, _, _)| the.is_some());
    match (lead, past) {
        (None, Some(_)) if with_the => {}
        (Some(_), Some(_)) => {}
        (Some(_), None) if bare_duration => {}
        _ => return fail(i),
    }
    let (r, n) = if let Some((_, word, _)) = past {
        let (r, n) = opt(map((count, hs), |(n, _)| n)).parse(r)?;
        // "the previous day" is the day before the one told of, not the
        // past day.
        if n.is_none() && lead.is_none() && word.eq_ignore_ascii_case("previous") {
            return fail(i);
        }
        let default = if word.eq_ignore_ascii_case("recent") {
            3
        } else {
            1
        };
        (r, n.unwrap_or(default))
    } else {
        let (r, (n, _)) = (count, hs).parse(r)?;
        (r, n)
    };
    let (r, u) = unit(r)?;
    // "the last weeks of the siege" is not counted back from publication
    if past.is_some() && n == 1 {
        not(peek((hs, kw("of")))).parse(r)?;
    }
    Ok((r, Expr::Past(n, u)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_loads() {
        assert_eq!(lookup("January"), Some(Lex::Month(1)));
        assert_eq!(lookup("SEPT"), Some(Lex::MonthAbbr(9)));
        assert_eq!(lookup("hours"), Some(Lex::Unit(Unit::Hour)));
        assert_eq!(lookup("xyzzy"), None);
        assert_eq!(lookup("Ünïcode"), None);
    }

    /// The packed table answers as the lexicon map, in every case, and the
    /// two-letter prefilter never rejects a word `may_start` accepts.
    #[test]
    fn fast_lookup_matches_the_lexicon() {
        for (w, lex) in LEXICON.iter() {
            let upper = w.to_ascii_uppercase();
            for form in [w.to_string(), upper.clone()] {
                let want = (w.len() <= 16 && w.is_ascii()).then_some(*lex);
                assert_eq!(lookup(&form), want, "word {form:?}");
            }
            for form in [w.to_string(), upper, format!("{w}s"), format!("{w}S")] {
                let rest = format!("{form} 2017");
                if may_start(&rest) {
                    assert!(!surely_not_start(&rest), "word {form:?}");
                }
            }
        }
        for w in STARTERS {
            let cap = format!("{}{}", w[..1].to_ascii_uppercase(), &w[1..]);
            for form in [w.to_string(), cap, w.to_ascii_uppercase()] {
                assert!(may_start(&format!("{form} x")), "starter {form:?}");
            }
        }
        struct Case {
            name: &'static str,
            input: &'static str,
            want: bool,
        }
        let cases = [
            Case {
                name: "digit",
                input: "12 people",
                want: true,
            },
            Case {
                name: "month",
                input: "March 3",
                want: true,
            },
            Case {
                name: "abbr",
                input: "Sept.",
                want: true,
            },
            Case {
                name: "weekday plural",
                input: "Thursdays",
                want: true,
            },
            Case {
                name: "starter",
                input: "since",
                want: true,
            },
            Case {
                name: "plain word",
                input: "people were",
                want: false,
            },
            Case {
                name: "one letter",
                input: "q",
                want: false,
            },
            Case {
                name: "number word",
                input: "a day",
                want: true,
            },
            Case {
                name: "non-ascii",
                input: "Ünïcode",
                want: false,
            },
            Case {
                name: "punct",
                input: ", then",
                want: false,
            },
            Case {
                name: "empty",
                input: "",
                want: false,
            },
        ];
        for c in &cases {
            assert_eq!(may_start(c.input), c.want, "case {:?}", c.name);
        }
    }

    #[test]
    fn rules_consume_what_they_read() {
        struct Case {
            input: &'static str,
            rest: &'static str,
        }
        let cases = [
            Case {
                input: "the 21st of May 2016 that",
                rest: " that",
            },
            Case {
                input: "May 21, 2016, when",
                rest: ", when",
            },
            Case {
                input: "January 16. The",
                rest: ". The",
            },
            Case {
                input: "since the conflict began in 2011",
                rest: " in 2011",
            },
            Case {
                input: "yesterday morning, Wednesday, that",
                rest: ", that",
            },
            Case {
                input: "Thursday’s dead",
                rest: "’s dead",
            },
        ];
        for c in cases {
            let got = expr(c.input).map(|(r, _)| r);
            assert_eq!(got, Ok(c.rest), "{}", c.input);
        }
    }

    /// The three-letter prefilter of `anchors_date` never rejects a word
    /// that the full test accepts: the lexicon's words, their plurals and
    /// the self-standing anchors, in any case, and ordinary words.
    #[test]
    fn anchor_prefilter_keeps_every_anchor() {
        let mut words: Vec<String> = LEXICON.keys().map(|w| w.to_string()).collect();
        words.extend(SELF_ANCHORS.iter().map(|w| w.to_string()));
        words.extend(
            "the them then this those week weeks weekend days hours ms hs am pm mo mon tues \
             thu thurs sept fortnight nights mornings evening earlier in a an on at"
                .split_whitespace()
                .map(str::to_string),
        );
        let plurals: Vec<String> = words.iter().map(|w| format!("{w}s")).collect();
        words.extend(plurals);
        for w in &words {
            for form in [w.clone(), w.to_ascii_uppercase(), capitalise(w)] {
                if anchors_date_slow(&form) {
                    assert!(anchors_date(&form), "{form}");
                }
            }
        }
        assert!(!anchors_date("the"));
        assert!(anchors_date("Thursdays"));
    }

    /// Every word the grammar reads: the lexicon's words (and their
    /// plurals), the starters and listed words, and every word the rules
    /// name (the lower-case string literals of the source before its tests).
    fn rule_words() -> Vec<String> {
        let lexicon: Vec<String> = LEXICON.keys().map(|w| w.to_string()).collect();
        let mut words = lexicon.clone();
        words.extend(lexicon.iter().map(|w| format!("{w}s")));
        words.extend(STARTERS.iter().chain(AFTER_LEAD).map(|w| w.to_string()));
        words.extend(SELF_ANCHORS.iter().map(|w| w.to_string()));
        let source = include_str!("grammar.rs");
        let rules = source.split("#[cfg(test)]").next().unwrap_or("");
        words.extend(
            rules
                .split('"')
                .skip(1)
                .step_by(2)
                .filter(|w| !w.is_empty() && w.bytes().all(|c| c.is_ascii_lowercase()))
                .map(str::to_string),
        );
        words
    }

    /// The second-word test of the leads never rejects an expression the
    /// grammar reads: every lead before every lexicon word, starter,
    /// listed word and some ordinary words, in any case, with the
    /// continuations of the grammar's rules.
    #[test]
    fn lead_test_keeps_every_expression() {
        let mut next = rule_words();
        let others = "least army report statement war conflict Mon Tues Sept Thu 5 21st 05 \
                      2015 2015-03-04 12/26/2015 ( - ' , ’ é Ünïcode";
        next.extend(others.split_whitespace().map(str::to_string));
        next.sort();
        next.dedup();
        let mut numbers: Vec<String> = LEXICON.keys().map(|w| w.to_string()).collect();
        numbers.extend(["5", "21", "2015", "12/26/2015"].map(str::to_string));
        let tails = [
            "",
            " 2015",
            " of March 2015",
            " March 2015",
            " 7 March",
            " days ago",
            " hours of Monday",
            " of Friday to Saturday",
            " month",
            " couple of days ago",
            " day",
            " past days",
        ];
        // White space, after which the next word counts, and what else may
        // follow a lead.
        let spaces = [" ", "\u{a0}", " - "];
        let others = ["", "-", ",", "\n", "/", ".", "–", "st", "5"];
        let leads = [
            "the", "The", "a", "A", "an", "An", "in", "In", "on", "On", "at", "At", "by", "By",
            "for", "For", "its", "Its", "1", "5", "05", "21", "31", "32", "0", "123", "2015",
            "12345", "21st", "5th",
        ];
        let mut tried = 0;
        for lead in leads {
            for (seps, words) in [(&spaces[..], &next), (&others[..], &numbers)] {
                for sep in seps {
                    for w in words {
                        for form in [w.clone(), capitalise(w)] {
                            for tail in tails {
                                let input = format!("{lead}{sep}{form}{tail}");
                                if !lead_may_start(&input) {
                                    tried += 1;
                                    assert!(expr(&input).is_err(), "{input:?}");
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(tried > 10_000);
        assert!(!lead_may_start("in Syria since 2011"));
        assert!(!lead_may_start("the army said on Monday"));
        assert!(!lead_may_start("at least 12 people"));
        assert!(lead_may_start("in the past two days"));
        assert!(lead_may_start("on Monday"));
        assert!(lead_may_start("then"));
        assert!(!lead_may_start("11 children under the age of eight"));
        assert!(!lead_may_start("2015, when"));
        assert!(lead_may_start("5 March"));
        assert!(lead_may_start("2015-03-04"));
    }

    /// The rules of `expr` tried in turn, all of them (what `expr` did
    /// before it chose rules by the first word).
    fn expr_trying_all(i: &str) -> R<'_, Expr> {
        alt((
            range,
            since,
            consecutive,
            part_of_period,
            past,
            preceded((kw("on"), hs), alt((weekday_date, absolute, weekday_ref))),
            ordinal_day,
            preceded(
                (kw_in(&["in", "during", "throughout", "until", "till"]), hs),
                month_or_year,
            ),
            month_part,
            weekday_date,
            absolute,
            calendar,
            relative_day,
            part_of_day,
            weekday_ref,
            ago,
        ))
        .parse(i)
    }

    /// Choosing the rules by the first word reads what trying them all
    /// reads: every lexicon word, starter and word the rules name (in any
    /// case, and plural) before continuations of the rules.
    #[test]
    fn first_word_choice_keeps_every_expression() {
        let mut first = rule_words();
        first.extend(
            "army Syria 5 21 21st 2015 2015-03-04 12/26/2015 01.02.2015 0 ( , é Ünïcode"
                .split_whitespace()
                .map(str::to_string),
        );
        first.sort();
        first.dedup();
        let rests = [
            "",
            "-March 2015",
            "5",
            " 2015",
            " March 2015",
            " March 21-27",
            " 7 - 9 March",
            " the 21st of May 2016",
            " the 11th in",
            " Monday",
            " Thursday and Friday",
            " Saturday, 24 Aug 2013",
            " two days ago",
            " a few weeks ago",
            " the past two days",
            " last weeks of the siege",
            " the second consecutive day",
            " the first week of the campaign",
            " the conflict began",
            " the start of the year",
            " this month",
            " weekend",
            " night",
            " morning, Wednesday",
            " the early hours of Sunday",
            " midnight of yesterday",
            " day before yesterday",
            " of March",
            " year",
            " last year",
            " days later",
            ", 2016",
            "/26/2015",
            "-05-24",
        ];
        let mut read = 0;
        for w in &first {
            for form in [w.clone(), capitalise(w), w.to_ascii_uppercase()] {
                for rest in rests {
                    let input = format!("{form}{rest}");
                    let want = expr_trying_all(&input);
                    assert_eq!(expr(&input).ok(), want.clone().ok(), "{input:?}");
                    read += usize::from(want.is_ok());
                }
            }
        }
        assert!(read > 1_000, "{read}");
    }

    fn capitalise(w: &str) -> String {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }
}
