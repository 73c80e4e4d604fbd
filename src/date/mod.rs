//! Stage 5: date expressions and their resolution against the publication date.
//!
//! The grammar (in `grammar.rs`, written with nom) reads, from any word start
//! of a content sentence:
//!
//! ```text
//! expr      = range | since | consecutive | part-of-period | past
//!           | "on" (weekday-date | absolute | weekday)
//!           | ("in" | "during" | "throughout" | "until") (month-part | absolute | month ["last year"] | year)
//!           | month-part | weekday-date | absolute | calendar | relative-day
//!           | part-of-day | weekday | ago
//! absolute  = iso | numeric | dmy | mdy | month-year
//! iso       = YYYY "-" MM "-" DD
//! numeric   = D{1,2} "/" D{1,2} "/" YYYY       (month first when both readings exist)
//!           | D{1,2} "." D{1,2} "." YYYY       (day first)
//! dmy       = ["the"] day ["of"] month [[","] year]            "the 21st of May 2016"
//! mdy       = month ["."] day [[","] year]                     "May 21, 2016", "Jan. 16"
//! range     = ["from" | "between"] (month day "-" day | day "-" day month | absolute "to" absolute) [year]
//!           | ["on"] ["the night of"] weekday [part] ("and" | "to" | "-") weekday [part]
//! month-part = ("early" | "mid-" | "late" | "the end of" | "the beginning of") (month [year] | year)
//! weekday   = ["last" | "next" | "this"] Weekday [part]        "Tuesday evening", "Thursday's"
//! weekday-date = Weekday [","] (numeric | dmy | mdy)           "Sat 24 Aug 2013"
//! relative-day = "yesterday" [part] ["," Weekday] | "today" | "last night" | "overnight"
//!           | "the day before" | "the next day" | "the day before yesterday"
//! part-of-day  = ("after" | "before" | "at") ("midnight" | "dawn") [("of" | "on") day]
//!           | "in the early hours of" day
//! calendar  = ("this" | "last" | "next") ("week" | "month" | "year") | "earlier this" unit
//!           | ("the" | "last") "weekend"
//! ago       = count unit ("ago" | "later")
//! since     = "since" (event-began | "the start of the" unit | day | month | year)
//! past      = ("during" | "for" | "over" | "in") ["the"] ["past" | "last" | "recent"] count unit
//!           | "the" ("past" | "last") count unit
//! consecutive = "for" ["the" | "a"] ordinal ["consecutive"] unit ["in a row"]
//! part-of-period = "in the" ordinal unit "of" (month | ["the"] noun)
//! ```
//!
//! Month and weekday names must be capitalised, so "it may rise" and "the
//! march" are never dates; a month standing alone ("in March") needs a
//! preposition or qualifier, so "May God ..." at a sentence start is not a
//! month. Bare numbers ("5th Corps", "65 Km", "aged 25") are never dates.
//!
//! Resolution follows HeidelTime's news mode: relative expressions are
//! resolved into the past from the publication date. A weekday is the most
//! recent such day on or before publication ("last Sunday" is strictly
//! before); a month-day without a year takes the latest year that puts it on
//! or before publication.

mod grammar;
#[cfg(test)]
mod tests;

use jiff::civil;
use once_cell::sync::Lazy;

use self::grammar::{Expr, Unit};
use crate::model::{Date, DateRange};
use crate::segment::Sentence;
use crate::span::Span;

/// What sort of expression a [`DateMention`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DateKind {
    /// A calendar date, month or year ("21 May 2016", "January 16", "in 2015").
    Absolute,
    /// A weekday ("on Saturday", "last Tuesday", "Thursday's").
    Weekday,
    /// A day relative to publication ("yesterday", "3 days ago", "last week").
    Relative,
    /// A period up to publication or of unknown place ("since Sunday",
    /// "during 2 months", "in the first week of the campaign").
    Period,
}

/// A date expression found in the text, resolved where possible.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    /// Where the expression is.
    pub span: Span,
    /// What it resolves to (start/end null when it cannot be resolved).
    pub range: DateRange,
    /// Whether it states a period ("since March", "during two months").
    pub period: bool,
    /// What sort of expression it is.
    pub kind: DateKind,
    /// Whether a numeric date could be read both month-first and day-first
    /// ("5/6/2015"); `range` holds the reading chosen (month-first unless the
    /// printed weekday or the publication date rules it out).
    pub ambiguous: bool,
    /// Whether the date is when a document was issued, written after the
    /// document's name in a title ("DAILY ALERT 08 FEB 2021", "roundup 16
    /// September 2019", "letter dated 29 June 1998"): a date of reporting,
    /// not of an event.
    pub issued: bool,
}

/// Finds the date expressions of the content sentences of `text`.
///
/// Spans are offsets into `text`. Relative expressions resolve against
/// `published`; without it they keep `start`/`end` `None`.
pub fn find(text: &str, sentences: &[Sentence], published: Option<Date>) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut anchor = None;
    for s in sentences.iter().filter(|s| s.kind.is_content()) {
        scan(text, s.span, published, &mut anchor, &mut out);
    }
    out
}

/// Finds the date expressions of one string (treated as one content
/// sentence), resolved against `published`.
///
/// ```
/// let d: sitrep::Date = "2017-09-15".parse()?;
/// let found = sitrep::date::find_in("Most of Thursday's dead", Some(d));
/// assert_eq!(found[0].range.start, Some("2017-09-14".parse()?));
/// # Ok::<(), sitrep::Error>(())
/// ```
pub fn find_in(text: &str, published: Option<Date>) -> Vec<DateMention> {
    let mut out = Vec::new();
    scan(
        text,
        Span::new(0, text.len()),
        published,
        &mut None,
        &mut out,
    );
    out
}

/// A publication date stated in the article's own dateline or first line
/// ("Thursday 3 January 2013"), if any: a full calendar date (with a year)
/// that starts within the first 48 bytes of the first line or the first
/// sentence.
pub fn stated_publication(text: &str, sentences: &[Sentence]) -> Option<Date> {
    let lead = text.len() - text.trim_start().len();
    let line_end = text[lead..].find('\n').map_or(text.len(), |n| lead + n);
    let mut spans = vec![Span::new(lead, line_end)];
    if let Some(s) = sentences.first() {
        spans.push(s.span);
    }
    for span in spans {
        let mut found = Vec::new();
        scan(text, span, None, &mut None, &mut found);
        // A dateline's date comes first, after at most a few words
        // ("Posted on", "Date of publication", a place name); a title's
        // date of issue may come later ("SITUATION REPORT ... No. 261 - 05
        // September 2022").
        for m in found {
            let early = m.span.start <= span.start + DATELINE_REACH;
            if !early && !m.issued {
                continue;
            }
            let one_day = m.range.start.is_some() && m.range.start == m.range.end;
            if m.kind == DateKind::Absolute && one_day {
                return m.range.start;
            }
        }
    }
    None
}

/// How far into its line (bytes) a dateline's date may start.
const DATELINE_REACH: usize = 48;

/// Whether `i` is a word start in `s`.
fn word_start(s: &str, i: usize) -> bool {
    // ASCII fast path: the same tests on bytes.
    let b = s.as_bytes();
    if let Some(&c) = b.get(i).filter(|c| c.is_ascii()) {
        if !c.is_ascii_alphanumeric() {
            return false;
        }
        if let Some(&p) = i
            .checked_sub(1)
            .and_then(|j| b.get(j))
            .filter(|p| p.is_ascii())
        {
            return !(p.is_ascii_alphanumeric() || matches!(p, b'\'' | b'-' | b'/' | b'.'));
        }
    }
    let Some(c) = s[i..].chars().next() else {
        return false;
    };
    if !c.is_alphanumeric() {
        return false;
    }
    match s[..i].chars().next_back() {
        None => true,
        Some(p) => !(p.is_alphanumeric() || matches!(p, '\'' | '’' | '-' | '/' | '.')),
    }
}

fn scan(
    text: &str,
    span: Span,
    published: Option<Date>,
    anchor: &mut Option<civil::Date>,
    out: &mut Vec<DateMention>,
) {
    let Some(s) = text.get(span.start..span.end) else {
        return;
    };
    let mut i = 0;
    // The start of the next word that anchors a date (see
    // `grammar::anchors_date`), found lazily; none within reach means no
    // expression can start here.
    let mut anchor_at = next_anchor(s, 0);
    while i < s.len() {
        if !s.is_char_boundary(i) || !word_start(s, i) {
            i += 1;
            continue;
        }
        if anchor_at < i {
            anchor_at = next_anchor(s, i);
        }
        if anchor_at >= s.len() {
            break;
        }
        if anchor_at - i > ANCHOR_REACH {
            i = anchor_at - ANCHOR_REACH;
            continue;
        }
        if !grammar::may_start(&s[i..]) || !grammar::lead_may_start(&s[i..]) || numbered(s, i) {
            // skip the rest of the word
            i += s[i..]
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(s.len() - i)
                .max(1);
            continue;
        }
        let Ok((rest, expr)) = grammar::expr(&s[i..]) else {
            i += 1;
            continue;
        };
        let mut end = s.len() - rest.len();
        // do not end a span on white space or a comma
        end = i + s[i..end].trim_end_matches([' ', ',', '\t', '\u{a0}']).len();
        if end <= i {
            i += 1;
            continue;
        }
        let pubd = published.map(|d| d.civil());
        let (start, stop, ambiguous) = resolve(&expr, pubd, *anchor);
        let stop = clip_to(start, stop, pubd);
        if let (Some(a), Some(b)) = (start, stop) {
            if a == b {
                *anchor = Some(a);
            }
        }
        let m_span = Span::new(span.start + i, span.start + end);
        let issued = matches!(expr, Expr::Day { .. }) && names_document_before(&s[..i]);
        out.push(DateMention {
            span: m_span,
            range: DateRange {
                start: start.map(Date::from_civil),
                end: stop.map(Date::from_civil),
                text: Some(s[i..end].to_string()),
                span: Some(m_span),
            },
            period: kind(&expr) == DateKind::Period || matches!(expr, Expr::Range(..)),
            kind: kind(&expr),
            ambiguous,
            issued,
        });
        i = end;
    }
}

/// Whether the word at `i` is a number after a number sign ("No. 14",
/// "#261"): a label, never the start of a date ("No. 14 - 21 March 2020").
fn numbered(s: &str, i: usize) -> bool {
    if !s.as_bytes().get(i).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let before = s[..i].trim_end();
    before.ends_with('#')
        || ["No.", "No", "no.", "NO.", "Nos."].iter().any(|n| {
            before
                .strip_suffix(n)
                .is_some_and(|b| b.is_empty() || b.ends_with([' ', '(', '-']))
        })
}

/// The words of `data/dates.tsv` (class `document`) that name a document
/// whose own date may follow them ("alert", "roundup", "dated").
static DOCUMENT_WORDS: Lazy<crate::lexicon::FnvSet<&'static str>> = Lazy::new(|| {
    crate::lexicon::rows(include_str!("../../data/dates.tsv"))
        .filter(|r| r.get(1) == Some(&"document"))
        .filter_map(|r| r.first().copied())
        .collect()
});

/// How many words of a title may stand between a document's name and its
/// date ("SITUATION REPORT - HORN OF AFRICA No. 261 - 05 September 2022").
const TITLE_WORDS: usize = 8;

/// Whether `before` (the sentence up to a date) ends with a document's name
/// followed only by title words: numbers, dashes and colons, capitalised or
/// upper-case words, "No." and the small words of titles. Any other word
/// ("report for 28/7/2012", "the report on the attack of") breaks the title:
/// the date is then what the document is about.
fn names_document_before(before: &str) -> bool {
    let mut words = 0;
    for w in before.split_whitespace().rev() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() || w.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let (document, small) = crate::gazetteer::with_lower(w, |l| {
            (
                DOCUMENT_WORDS.contains(l),
                matches!(l, "no" | "of" | "the" | "and"),
            )
        });
        if document {
            return true;
        }
        if small {
            continue;
        }
        words += 1;
        let titled = w.chars().next().is_some_and(char::is_uppercase);
        if words > TITLE_WORDS || !titled {
            return false;
        }
    }
    false
}

/// A range that has begun by the publication date ends there at the latest:
/// news reports what has happened, so "this month", "in June 2010" or "this
/// week" in an article of the 4th cannot reach past the 4th. A range that
/// begins after publication (a scheduled date) is left as written.
fn clip_to(
    start: Option<civil::Date>,
    stop: Option<civil::Date>,
    pubd: Option<civil::Date>,
) -> Option<civil::Date> {
    match (start, stop, pubd) {
        (Some(a), Some(b), Some(p)) if a <= p && p < b => Some(p),
        _ => stop,
    }
}

/// How many bytes before its anchoring word a date expression may start
/// ("during the past three days", "between the 3rd and the 5th of March").
const ANCHOR_REACH: usize = 64;

/// The start of the first word at or after byte `from` of `s` that anchors a
/// date expression, or `s.len()`.
fn next_anchor(s: &str, from: usize) -> usize {
    let b = s.as_bytes();
    let mut i = from;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        i = crate::bytes::ascii_alnum_end(b, i);
        if s.get(start..i).is_some_and(grammar::anchors_date) {
            return start;
        }
    }
    b.len()
}

fn kind(e: &Expr) -> DateKind {
    match e {
        Expr::Day { .. }
        | Expr::DayOfMonth { .. }
        | Expr::Month { .. }
        | Expr::Year(_)
        | Expr::Range(..) => DateKind::Absolute,
        Expr::Weekday { .. } => DateKind::Weekday,
        Expr::Since(_)
        | Expr::SinceStartOf(_)
        | Expr::SinceUnknown
        | Expr::Past(..)
        | Expr::Consecutive(..)
        | Expr::UnknownPeriod => DateKind::Period,
        _ => DateKind::Relative,
    }
}

fn add_days(d: civil::Date, n: i64) -> Option<civil::Date> {
    d.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

fn add_months(d: civil::Date, n: i64) -> Option<civil::Date> {
    d.checked_add(jiff::Span::new().try_months(n).ok()?).ok()
}

fn add_years(d: civil::Date, n: i64) -> Option<civil::Date> {
    d.checked_add(jiff::Span::new().try_years(n).ok()?).ok()
}

type Resolved = (Option<civil::Date>, Option<civil::Date>, bool);

fn day(d: Option<civil::Date>) -> Resolved {
    (d, d, false)
}

/// The latest year at or before `pubd`'s in which `month`/`day` exists and
/// falls on or before `pubd`.
fn year_for(month: i8, dom: i8, pubd: civil::Date) -> Option<civil::Date> {
    (0..8)
        .filter_map(|k| civil::Date::new(pubd.year() - k, month, dom).ok())
        .find(|d| *d <= pubd)
}

/// Days `from..=to` of a month, `to` clipped to the month's length.
fn month_range(year: i16, month: i8, from: i8, to: i8) -> Resolved {
    let Ok(first) = civil::Date::new(year, month, 1) else {
        return (None, None, false);
    };
    let last = first.days_in_month();
    let a = civil::Date::new(year, month, from.clamp(1, last)).ok();
    let b = civil::Date::new(year, month, to.clamp(1, last)).ok();
    (a, b, false)
}

/// The most recent `weekday` (1 = Monday) on or before `d`.
fn weekday_on_or_before(d: civil::Date, weekday: i8) -> Option<civil::Date> {
    let today = d.weekday().to_monday_one_offset();
    let back = (today - weekday).rem_euclid(7);
    add_days(d, -(back as i64))
}

fn resolve(e: &Expr, pubd: Option<civil::Date>, anchor: Option<civil::Date>) -> Resolved {
    match *e {
        Expr::Day {
            year,
            month,
            day: dom,
            weekday,
            alt,
        } => resolve_day(year, month, dom, weekday, alt, pubd),
        Expr::Month {
            year,
            month,
            from,
            to,
        } => {
            let y = match (year, pubd) {
                (Some(y), _) => y,
                (None, Some(p)) => {
                    if month <= p.month() {
                        p.year()
                    } else {
                        p.year() - 1
                    }
                }
                (None, None) => return (None, None, false),
            };
            month_range(y, month, from, to)
        }
        Expr::DayOfMonth { day: dom, shift } => day(pubd.and_then(|p| {
            let first = add_months(p.first_of_month(), i64::from(shift))?;
            civil::Date::new(first.year(), first.month(), dom).ok()
        })),
        Expr::DayOfRecentMonth(dom) => day(pubd.and_then(|p| {
            let first = if dom <= p.day() {
                p.first_of_month()
            } else {
                add_months(p.first_of_month(), -1)?
            };
            civil::Date::new(first.year(), first.month(), dom).ok()
        })),
        Expr::MonthOfYear(m, shift) => match pubd {
            Some(p) => month_range(p.year() + shift, m, 1, 31),
            None => (None, None, false),
        },
        Expr::Year(y) => (
            civil::Date::new(y, 1, 1).ok(),
            civil::Date::new(y, 12, 31).ok(),
            false,
        ),
        Expr::Weekday { weekday, shift } => {
            let Some(p) = pubd else {
                return (None, None, false);
            };
            let d = match shift {
                -1 => add_days(p, -1).and_then(|q| weekday_on_or_before(q, weekday)),
                1 => add_days(p, 7).and_then(|q| weekday_on_or_before(q, weekday)),
                _ => weekday_on_or_before(p, weekday),
            };
            day(d)
        }
        Expr::Days(n) => day(pubd.and_then(|p| add_days(p, n as i64))),
        Expr::DaysWeekday(n, w) => day(pubd
            .and_then(|p| add_days(p, n as i64 + 3))
            .and_then(|q| weekday_on_or_before(q, w))),
        Expr::Overnight => (pubd.and_then(|p| add_days(p, -1)), pubd, false),
        Expr::Anchor(n) => day(anchor.or(pubd).and_then(|a| add_days(a, n as i64))),
        Expr::AgoBetween(lo, hi, u) => {
            let Some(p) = pubd else {
                return (None, None, false);
            };
            let days = if u == Unit::Week { 7 } else { 1 };
            (
                add_days(p, -i64::from(hi) * days),
                add_days(p, -i64::from(lo) * days),
                false,
            )
        }
        Expr::Ago(n, u) => {
            let Some(p) = pubd else {
                return (None, None, false);
            };
            let n = n as i64;
            match u {
                Unit::Hour => day(add_days(p, -(n / 24))),
                Unit::Day => day(add_days(p, -n)),
                Unit::Week => day(add_days(p, -7 * n)),
                Unit::Month => match add_months(p, -n) {
                    Some(d) => month_range(d.year(), d.month(), 1, 31),
                    None => (None, None, false),
                },
                Unit::Year => match add_years(p, -n) {
                    Some(d) => resolve(&Expr::Year(d.year()), pubd, anchor),
                    None => (None, None, false),
                },
            }
        }
        Expr::Calendar(u, shift) => {
            let Some(p) = pubd else {
                return (None, None, false);
            };
            let shift = shift as i64;
            match u {
                Unit::Week => {
                    let monday = weekday_on_or_before(p, 1).and_then(|m| add_days(m, 7 * shift));
                    (monday, monday.and_then(|m| add_days(m, 6)), false)
                }
                Unit::Month => match add_months(p.first_of_month(), shift) {
                    Some(d) => month_range(d.year(), d.month(), 1, 31),
                    None => (None, None, false),
                },
                _ => resolve(&Expr::Year(p.year() + shift as i16), pubd, anchor),
            }
        }
        Expr::EarlierThis(u) => {
            let Some(p) = pubd else {
                return (None, None, false);
            };
            let start = match u {
                Unit::Week => weekday_on_or_before(p, 1),
                Unit::Month => Some(p.first_of_month()),
                _ => Some(p.first_of_year()),
            };
            (start, Some(p), false)
        }
        Expr::Weekend(shift) => {
            let Some(p) = pubd else {
                return (None, None, false);
            };
            let mut sat = weekday_on_or_before(p, 6);
            let on_weekend = p.weekday().to_monday_one_offset() >= 6;
            if shift < 0 && on_weekend {
                sat = sat.and_then(|s| add_days(s, -7));
            }
            (sat, sat.and_then(|s| add_days(s, 1)), false)
        }
        Expr::Since(ref inner) => {
            let (start, _, amb) = resolve(inner, pubd, anchor);
            (start, pubd, amb)
        }
        Expr::SinceStartOf(u) => match pubd {
            Some(_) => resolve(&Expr::EarlierThis(u), pubd, anchor),
            None => (None, None, false),
        },
        Expr::SinceUnknown => (None, pubd, false),
        Expr::Past(n, u) => (pubd.and_then(|p| back(p, n as i64, u)), pubd, false),
        Expr::Consecutive(n, u) => (
            pubd.and_then(|p| back(p, n.saturating_sub(1) as i64, u)),
            pubd,
            false,
        ),
        Expr::UnknownPeriod => (None, None, false),
        Expr::Range(ref a, ref b) => {
            let (_, end, amb_b) = resolve(b, pubd, anchor);
            let (start, _, amb_a) = match (&**a, end) {
                (
                    Expr::Day {
                        year: None,
                        month,
                        day: dom,
                        ..
                    },
                    Some(e),
                ) => day(year_for(*month, *dom, e)),
                (
                    Expr::Month {
                        year: None,
                        month,
                        from,
                        to,
                    },
                    Some(e),
                ) => {
                    let y = if *month <= e.month() {
                        e.year()
                    } else {
                        e.year() - 1
                    };
                    month_range(y, *month, *from, *to)
                }
                (Expr::Weekday { weekday, shift: 0 }, Some(e)) => {
                    day(weekday_on_or_before(e, *weekday))
                }
                _ => resolve(a, pubd, anchor),
            };
            match (start, end) {
                (Some(s), Some(e)) if s > e => (None, None, amb_a || amb_b),
                _ => (start, end, amb_a || amb_b),
            }
        }
    }
}

/// `p` minus `n` units (hours rounded up to whole days).
fn back(p: civil::Date, n: i64, u: Unit) -> Option<civil::Date> {
    match u {
        Unit::Hour => add_days(p, -((n + 23) / 24)),
        Unit::Day => add_days(p, -n),
        Unit::Week => add_days(p, -7 * n),
        Unit::Month => add_months(p, -n),
        Unit::Year => add_years(p, -n),
    }
}

fn resolve_day(
    year: Option<i16>,
    month: i8,
    dom: i8,
    weekday: Option<i8>,
    alt: Option<(i8, i8)>,
    pubd: Option<civil::Date>,
) -> Resolved {
    // A printed weekday that contradicts the date, while the same weekday
    // of the publication week falls on the printed day of the month, is a
    // typo in the month or year ("Saturday 29/8/2012" published Saturday
    // 29 September 2012): the weekday and the day agree, so they win.
    let repaired = |chosen: Option<civil::Date>| -> Option<Resolved> {
        let (w, p) = weekday.zip(pubd)?;
        if chosen.is_some_and(|d| d.weekday().to_monday_one_offset() == w) {
            return None;
        }
        let near = weekday_on_or_before(p, w)?;
        (near.day() == dom).then_some((Some(near), Some(near), true))
    };
    let Some(y) = year else {
        let chosen = pubd.and_then(|p| year_for(month, dom, p));
        return repaired(chosen).unwrap_or_else(|| day(chosen));
    };
    let first = civil::Date::new(y, month, dom).ok();
    let Some((am, ad)) = alt else {
        return repaired(first).unwrap_or_else(|| day(first));
    };
    let second = civil::Date::new(y, am, ad).ok();
    let fits_weekday = |d: Option<civil::Date>| {
        d.zip(weekday)
            .is_some_and(|(d, w)| d.weekday().to_monday_one_offset() == w)
    };
    let not_future = |d: Option<civil::Date>| d.zip(pubd).is_some_and(|(d, p)| d <= p);
    // The printed weekday decides when it fits one reading only; else a
    // reading after publication gives way to one before it.
    let second_wins = if fits_weekday(first) != fits_weekday(second) {
        fits_weekday(second)
    } else {
        not_future(second) && !not_future(first)
    };
    let chosen = if second_wins { second } else { first };
    repaired(chosen).unwrap_or((chosen, chosen, second.is_some()))
}
