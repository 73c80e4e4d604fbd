//! Relations between an event and a named place: "south of the desert town
//! of Sukna", "65 Km away from al-Bokamal", "the western countryside of Deir
//! Ezzor", "near Homs", "the Homs countryside".
//!
//! Grammar over the words just before the name (one small nom rule each;
//! word lists in `data/place_relations.txt`):
//!
//! ```text
//! before   = distance [direction] link+ filler [dir_adj]
//!          | direction link+ filler [dir_adj]
//!          | ["the"] [dir_adj] qualifier [link] filler [dir_adj]
//!          | near_word [link] filler [dir_adj]
//!          | dir_adj
//! distance = number ["-"] unit ["(" ... ")"]
//! filler   = ["the"] [word{0,3} kind "of"] ["the"]
//! after    = [dir_adj] qualifier        (the "Homs countryside")
//! ```
//!
//! A relation is read only when the rule consumes every word up to the name.

use crate::lexicon::WordTable;
use crate::model::Relation;
use crate::span::Span;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_until, take_while1};
use nom::character::complete::{char, digit1, multispace0};
use nom::combinator::{not, opt, recognize};
use nom::multi::{count, many0, many_m_n};
use nom::sequence::{delimited, preceded};
use nom::{IResult, Parser};
use once_cell::sync::Lazy;
use std::collections::HashMap;

type R<'a, T> = IResult<&'a str, T>;

type Map<V> = HashMap<String, V, super::FnvBuild>;

/// A list, looked up by a word's lower case without copying it.
type Table<V> = WordTable<V>;

struct Lists {
    directions: Table<&'static str>,
    qualifiers: Table<&'static str>,
    near: Table<&'static str>,
    links: Table<&'static str>,
    kinds: Table<&'static str>,
    units: Table<f64>,
    /// The words a relation may end with: links, near-words, directions,
    /// qualifiers and "the" (see [`may_end_relation`]).
    enders: Table<()>,
    /// The words a relation may start with: directions, qualifiers and
    /// near-words (see [`may_start_relation`]).
    starters: Table<()>,
}

type Set = std::collections::HashSet<String, super::FnvBuild>;

/// The lists as read, in hash maps.
#[derive(Default)]
struct Maps {
    directions: Map<&'static str>,
    qualifiers: Map<&'static str>,
    near: Map<&'static str>,
    links: Map<&'static str>,
    kinds: Map<&'static str>,
    units: Map<f64>,
}

static LISTS: Lazy<Lists> = Lazy::new(|| {
    let mut l = Maps::default();
    let mut section = "";
    for line in include_str!("../../data/place_relations.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') {
            section = line;
            continue;
        }
        let mut words = line.split_whitespace();
        let Some(head) = words.next() else { continue };
        if section == "[units]" {
            if let Some(f) = words.next().and_then(|w| w.parse::<f64>().ok()) {
                l.units.insert(head.to_string(), f);
            }
            continue;
        }
        let map = match section {
            "[directions]" => &mut l.directions,
            "[qualifiers]" => &mut l.qualifiers,
            "[near]" => &mut l.near,
            "[links]" => &mut l.links,
            "[kinds]" => &mut l.kinds,
            _ => continue,
        };
        if section == "[kinds]" {
            map.insert(head.to_string(), head);
        }
        for w in words {
            map.insert(w.to_string(), head);
        }
    }
    let mut enders: Set = ["the".to_string()].into_iter().collect();
    for m in [&l.links, &l.near, &l.directions, &l.qualifiers] {
        enders.extend(m.keys().cloned());
    }
    let mut starters = Set::default();
    for m in [&l.directions, &l.qualifiers, &l.near] {
        starters.extend(m.keys().cloned());
    }
    let unit = |s: Set| Table::new(s.into_iter().map(|w| (w, ())));
    Lists {
        directions: Table::new(l.directions),
        qualifiers: Table::new(l.qualifiers),
        near: Table::new(l.near),
        links: Table::new(l.links),
        kinds: Table::new(l.kinds),
        units: Table::new(l.units),
        enders: unit(enders),
        starters: unit(starters),
    }
});

/// A word: letters and inner hyphens, after optional white space.
fn word(i: &str) -> R<'_, &str> {
    // By hand (a hot rule): `preceded(multispace0, take_while1(..))`.
    let space = i
        .bytes()
        .take_while(|c| matches!(c, b' ' | b'\t' | b'\r' | b'\n'))
        .count();
    let i = &i[space..];
    let b = i.as_bytes();
    let ascii = b
        .iter()
        .take_while(|c| c.is_ascii_alphabetic() || **c == b'-')
        .count();
    let end = if b.get(ascii).is_some_and(|c| !c.is_ascii()) {
        i.find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(i.len())
    } else {
        ascii
    };
    if end == 0 {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::TakeWhile1,
        )));
    }
    Ok((&i[end..], &i[..end]))
}

/// A word of one of the lists, returning its canonical form.
fn listed<'a>(map: &'static Table<&'static str>) -> impl Fn(&'a str) -> R<'a, &'static str> {
    move |i: &'a str| {
        let (rest, w) = word(i)?;
        match map.get(w) {
            Some(c) => Ok((rest, *c)),
            None => Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            ))),
        }
    }
}

fn direction(i: &str) -> R<'_, &'static str> {
    listed(&LISTS.directions)(i)
}

fn qualifier(i: &str) -> R<'_, &'static str> {
    listed(&LISTS.qualifiers)(i)
}

fn near_word(i: &str) -> R<'_, &'static str> {
    let (i, w) = listed(&LISTS.near)(i)?;
    if w == "close" {
        // "close to", never the verb ("close the road").
        let (i, _) = preceded(multispace0, tag_no_case("to")).parse(i)?;
        return Ok((i, "near"));
    }
    Ok((i, w))
}

fn link(i: &str) -> R<'_, &'static str> {
    listed(&LISTS.links)(i)
}

fn kind_noun(i: &str) -> R<'_, &'static str> {
    listed(&LISTS.kinds)(i)
}

fn the(i: &str) -> R<'_, &str> {
    preceded(multispace0, tag_no_case("the")).parse(i)
}

/// A number: `65`, `1.5`, `1,200`.
fn number(i: &str) -> R<'_, f64> {
    let (rest, s) = preceded(
        multispace0,
        recognize((digit1, many0((alt((char('.'), char(','))), digit1)))),
    )
    .parse(i)?;
    let v: f64 = s.replace(',', "").parse().unwrap_or(0.0);
    Ok((rest, v))
}

fn unit(i: &str) -> R<'_, f64> {
    let (rest, w) = preceded(
        (multispace0, opt(tag("-"))),
        take_while1(|c: char| c.is_alphabetic()),
    )
    .parse(i)?;
    match LISTS.units.get(w) {
        Some(f) => Ok((rest, *f)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// `(40 miles)` after a distance.
fn paren(i: &str) -> R<'_, &str> {
    preceded(
        multispace0,
        delimited(char('('), take_until(")"), char(')')),
    )
    .parse(i)
}

fn distance(i: &str) -> R<'_, f64> {
    let (i, n) = number(i)?;
    let (i, f) = unit(i)?;
    let (i, _) = opt(paren).parse(i)?;
    Ok((i, n * f))
}

/// `the desert town of`, `the`, or nothing.
fn filler(i: &str) -> R<'_, ()> {
    let (i, _) = opt(the).parse(i)?;
    // Up to three words ("desert", "besieged", "Syrian"), a kind noun, "of".
    let mut rest = i;
    for k in (0..=3).rev() {
        if let Ok((r, _)) = (count(word, k), kind_noun, link).parse(i) {
            rest = r;
            break;
        }
    }
    let (i, _) = opt(the).parse(rest)?;
    Ok((i, ()))
}

/// A direction written right before the name: "eastern Homs", "east Homs".
fn dir_adj(i: &str) -> R<'_, &'static str> {
    direction(i)
}

#[derive(Default)]
struct Found {
    direction: Option<&'static str>,
    distance_km: Option<f64>,
    qualifier: Option<&'static str>,
}

fn with_distance(i: &str) -> R<'_, Found> {
    let (i, d) = distance(i)?;
    let (i, dir) = opt(direction).parse(i)?;
    let (i, _) = many_m_n(1, 2, link).parse(i)?;
    let (i, _) = filler(i)?;
    let (i, adj) = opt(dir_adj).parse(i)?;
    Ok((
        i,
        Found {
            direction: dir.or(adj),
            distance_km: Some(d),
            qualifier: None,
        },
    ))
}

fn with_direction(i: &str) -> R<'_, Found> {
    // "the east of Syria", "south of Sukna".
    let (i, _) = opt(the).parse(i)?;
    let (i, dir) = direction(i)?;
    let (i, _) = many_m_n(1, 2, link).parse(i)?;
    let (i, _) = filler(i)?;
    let (i, _) = opt(dir_adj).parse(i)?;
    Ok((
        i,
        Found {
            direction: Some(dir),
            ..Found::default()
        },
    ))
}

fn with_qualifier(i: &str) -> R<'_, Found> {
    let (i, _) = opt(the).parse(i)?;
    let (i, dir) = opt(dir_adj).parse(i)?;
    let (i, q) = qualifier(i)?;
    // "the desert town of", "the border town of": an adjective, not a relation.
    let (i, _) = not(kind_noun).parse(i)?;
    let (i, _) = opt(link).parse(i)?;
    let (i, _) = filler(i)?;
    let (i, adj) = opt(dir_adj).parse(i)?;
    Ok((
        i,
        Found {
            direction: dir.or(adj),
            distance_km: None,
            qualifier: Some(q),
        },
    ))
}

fn with_near(i: &str) -> R<'_, Found> {
    let (i, q) = near_word(i)?;
    // "the nearby village of": describes the village, not the event.
    let (i, _) = not(kind_noun).parse(i)?;
    let (i, _) = opt(link).parse(i)?;
    let (i, _) = filler(i)?;
    let (i, adj) = opt(dir_adj).parse(i)?;
    Ok((
        i,
        Found {
            direction: adj,
            distance_km: None,
            qualifier: Some(q),
        },
    ))
}

fn only_direction(i: &str) -> R<'_, Found> {
    let (i, d) = dir_adj(i)?;
    Ok((
        i,
        Found {
            direction: Some(d),
            ..Found::default()
        },
    ))
}

fn before(i: &str) -> R<'_, Found> {
    alt((
        with_distance,
        with_direction,
        with_qualifier,
        with_near,
        only_direction,
    ))
    .parse(i)
}

/// After the name: `countryside`, `eastern countryside`, `desert`.
fn after(i: &str) -> R<'_, (Option<&'static str>, &'static str)> {
    let (i, _) = opt(alt((tag("'s"), tag("’s")))).parse(i)?;
    (opt(dir_adj), qualifier).parse(i)
}

/// Whether a relation can end where `window` ends. Every rule of [`before`]
/// ends with a listed word (a link, a near-word, a direction, a qualifier)
/// or with "the", followed by white space only; that word is a suffix of
/// the run of letters and hyphens that ends the window. Most windows ("... in
/// Homs") fail this test, which costs a few lookups instead of trying the
/// grammar at every word start.
fn may_end_relation(window: &str) -> bool {
    let t = window.trim_end();
    let Some(run_start) = t
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic() || c == '-')
        .last()
        .map(|(k, _)| k)
    else {
        return false;
    };
    LISTS.enders.contains_suffix_of(&t[run_start..])
}

/// Whether a relation can start at `s` (a word start): every rule of
/// [`before`] starts with a number, "the" (or a word starting with it), a
/// direction, a qualifier or a near-word. One lookup instead of the grammar's
/// five rules.
fn may_start_relation(s: &str) -> bool {
    if s.starts_with(|c: char| c.is_ascii_digit())
        || s.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("the"))
    {
        return true;
    }
    let Ok((_, w)) = word(s) else {
        return false;
    };
    LISTS.starters.contains(w)
}

/// Whether [`after`] may read `tail`: its first word (after a possessive
/// `'s`) is a direction or a qualifier, both of which are starters. One
/// lookup instead of two, and most places are followed by neither.
fn may_follow(tail: &str) -> bool {
    let t = tail
        .strip_prefix("'s")
        .or_else(|| tail.strip_prefix("’s"))
        .unwrap_or(tail);
    let Ok((_, w)) = word(t) else {
        return false;
    };
    LISTS.starters.contains(w)
}

/// How many words before a place a relation may start at most.
const RELATION_WORDS: usize = 12;

/// Reads the relation stated around a place named at `name` in `text`,
/// within `sentence`.
pub(crate) fn read(text: &str, sentence: Span, name: Span) -> Option<Relation> {
    let mut found: Option<(Found, usize)> = None;
    // The window before the name: at most 120 bytes, within the sentence.
    let mut ws = name.start.saturating_sub(120).max(sentence.start);
    while ws < name.start && !text.is_char_boundary(ws) {
        ws += 1;
    }
    if let Some(window) = text.get(ws..name.start).filter(|w| may_end_relation(w)) {
        // Candidate starts: word starts, leftmost first (longest relation).
        // Only the last RELATION_WORDS are tried: a ring of them is kept.
        let mut ring = [0usize; RELATION_WORDS];
        let mut n_starts = 0;
        // A word starts at a letter or digit after none, a hyphen or an
        // apostrophe. Bytes, decoding only what is not ASCII.
        let mut joined = false;
        let wb = window.as_bytes();
        let mut k = 0;
        while let Some(&byte) = wb.get(k) {
            let (alnum, joins, len) = if byte.is_ascii() {
                let a = byte.is_ascii_alphanumeric();
                (a, a || byte == b'-' || byte == b'\'', 1)
            } else {
                let Some(c) = window.get(k..).and_then(|t| t.chars().next()) else {
                    break;
                };
                (c.is_alphanumeric(), c.is_alphanumeric(), c.len_utf8())
            };
            if alnum && !joined {
                ring[n_starts % RELATION_WORDS] = k;
                n_starts += 1;
            }
            joined = joins;
            k += len;
        }
        // A relation ends with a link, a near-word, a direction or "the".
        let last_word = n_starts
            .checked_sub(1)
            .and_then(|j| window.get(ring[j % RELATION_WORDS]..))
            .map(str::trim_end)
            .unwrap_or_default();
        let l = &*LISTS;
        let may_end = l.links.contains(last_word)
            || l.near.contains(last_word)
            || l.directions.contains(last_word)
            || last_word.eq_ignore_ascii_case("the");
        let skip = if may_end {
            n_starts.saturating_sub(RELATION_WORDS)
        } else {
            n_starts
        };
        for k in (skip..n_starts).map(|j| ring[j % RELATION_WORDS]) {
            let s = &window[k..];
            if !may_start_relation(s) {
                continue;
            }
            if let Ok((rest, f)) = before(s) {
                if rest.trim().is_empty() {
                    found = Some((f, ws + k));
                    break;
                }
            }
        }
    }
    // After the name.
    let mut after_end = None;
    let mut after_q = None;
    let mut after_dir = None;
    if let Some(tail) = text
        .get(name.end..sentence.end.max(name.end))
        .filter(|t| may_follow(t))
    {
        if let Ok((rest, (d, q))) = after(tail) {
            after_end = Some(name.end + (tail.len() - rest.len()));
            after_q = Some(q);
            after_dir = d;
        }
    }
    if found.is_none() && after_end.is_none() {
        return None;
    }
    let (f, start) = match found {
        Some((f, s)) => (f, Some(s)),
        None => (Found::default(), None),
    };
    let before_end = start.map(|_| {
        let w = text.get(..name.start).unwrap_or("");
        w.trim_end().len()
    });
    let span = match (start, before_end, after_end) {
        (Some(s), _, Some(e)) => Span::new(s, e),
        (Some(s), Some(e), None) => Span::new(s, e.max(s)),
        (None, _, Some(e)) => Span::new(name.end, e),
        _ => return None,
    };
    let span = trim_span(text, span);
    Some(Relation {
        direction: f.direction.or(after_dir).map(str::to_string),
        distance_km: f.distance_km,
        qualifier: after_q.or(f.qualifier).map(str::to_string),
        span,
    })
}

fn trim_span(text: &str, s: Span) -> Span {
    let Some(t) = text.get(s.start..s.end) else {
        return s;
    };
    let lead = t.len() - t.trim_start().len();
    let trail = t.len() - t.trim_end().len();
    Span::new(s.start + lead, (s.end - trail).max(s.start + lead))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relations_before_and_after() {
        struct Case {
            name: &'static str,
            text: &'static str,
            place: &'static str,
            direction: Option<&'static str>,
            km: Option<f64>,
            qualifier: Option<&'static str>,
            span: Option<&'static str>,
        }
        let cases = [
            Case {
                name: "direction of filler",
                text: "Fighting raged south of the desert town of Sukna on Monday.",
                place: "Sukna",
                direction: Some("south"),
                km: None,
                qualifier: None,
                span: Some("south of the desert town of"),
            },
            Case {
                name: "east of",
                text: "The convoy was hit east of Palmyra.",
                place: "Palmyra",
                direction: Some("east"),
                km: None,
                qualifier: None,
                span: Some("east of"),
            },
            Case {
                name: "distance away from",
                text: "The base lies 65 Km away from al-Bokamal.",
                place: "al-Bokamal",
                direction: None,
                km: Some(65.0),
                qualifier: None,
                span: Some("65 Km away from"),
            },
            Case {
                name: "distance with miles in brackets and direction",
                text: "It happened 30 kilometres (19 miles) north-east of Homs.",
                place: "Homs",
                direction: Some("north-east"),
                km: Some(30.0),
                qualifier: None,
                span: Some("30 kilometres (19 miles) north-east of"),
            },
            Case {
                name: "western countryside",
                text: "Shelling hit the western countryside of Deir Ezzor today.",
                place: "Deir Ezzor",
                direction: Some("west"),
                km: None,
                qualifier: Some("countryside"),
                span: Some("the western countryside of"),
            },
            Case {
                name: "outskirts of east",
                text: "Clashes on the outskirts of east Homs continued.",
                place: "Homs",
                direction: Some("east"),
                km: None,
                qualifier: Some("outskirts"),
                span: Some("the outskirts of east"),
            },
            Case {
                name: "vicinity",
                text: "Troops massed in the vicinity of Raqqa.",
                place: "Raqqa",
                direction: None,
                km: None,
                qualifier: Some("vicinity"),
                span: Some("the vicinity of"),
            },
            Case {
                name: "near",
                text: "A village near Deir Ezzor was shelled.",
                place: "Deir Ezzor",
                direction: None,
                km: None,
                qualifier: Some("near"),
                span: Some("near"),
            },
            Case {
                name: "west bank of the river",
                text: "They crossed to the west banks of the Euphrates.",
                place: "Euphrates",
                direction: Some("west"),
                km: None,
                qualifier: Some("bank"),
                span: Some("the west banks of the"),
            },
            Case {
                name: "suburbs",
                text: "Airstrikes in the suburbs of Damascus killed five.",
                place: "Damascus",
                direction: None,
                km: None,
                qualifier: Some("suburbs"),
                span: Some("the suburbs of"),
            },
            Case {
                name: "countryside after the name",
                text: "Raids in the eastern Homs countryside killed two.",
                place: "Homs",
                direction: Some("east"),
                km: None,
                qualifier: Some("countryside"),
                span: Some("eastern Homs countryside"),
            },
            Case {
                name: "no relation: plain in",
                text: "Fighting in Homs continued.",
                place: "Homs",
                direction: None,
                km: None,
                qualifier: None,
                span: None,
            },
            Case {
                name: "no relation: the eastern city of",
                text: "The siege of the eastern city of Deir Ezzor was broken.",
                place: "Deir Ezzor",
                direction: None,
                km: None,
                qualifier: None,
                span: None,
            },
            Case {
                name: "no relation: the desert town of",
                text: "ISIS attacked the desert town of Sukna.",
                place: "Sukna",
                direction: None,
                km: None,
                qualifier: None,
                span: None,
            },
            Case {
                name: "no relation: the nearby village of",
                text: "Shells hit the nearby village of Kabajeb.",
                place: "Kabajeb",
                direction: None,
                km: None,
                qualifier: None,
                span: None,
            },
            Case {
                name: "the east of",
                text: "Attacks to the east of Syria went on.",
                place: "Syria",
                direction: Some("east"),
                km: None,
                qualifier: None,
                span: Some("the east of"),
            },
            Case {
                name: "close to",
                text: "Clashes broke out close to Homs.",
                place: "Homs",
                direction: None,
                km: None,
                qualifier: Some("near"),
                span: Some("close to"),
            },
            Case {
                name: "no relation: the verb close",
                text: "They tried to close the road of Homs.",
                place: "Homs",
                direction: None,
                km: None,
                qualifier: None,
                span: None,
            },
            Case {
                name: "no relation: town of",
                text: "ISIS seized the town of Sukna.",
                place: "Sukna",
                direction: None,
                km: None,
                qualifier: None,
                span: None,
            },
        ];
        for c in cases {
            let start = c.text.find(c.place).unwrap();
            let name = Span::new(start, start + c.place.len());
            let r = read(c.text, Span::new(0, c.text.len()), name);
            match (&r, c.span) {
                (None, None) => continue,
                (Some(r), Some(sp)) => {
                    assert_eq!(r.span.as_str(c.text), sp, "{}", c.name);
                    assert_eq!(r.direction.as_deref(), c.direction, "{}", c.name);
                    assert_eq!(r.distance_km, c.km, "{}", c.name);
                    assert_eq!(r.qualifier.as_deref(), c.qualifier, "{}", c.name);
                }
                _ => panic!("{}: got {:?}", c.name, r),
            }
        }
    }
}
