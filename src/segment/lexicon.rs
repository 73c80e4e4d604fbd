//! The word lists of the segment stage, loaded once per process from
//! `data/abbreviations.tsv`, `data/debris.tsv` and `data/captions.tsv`.

use super::DebrisKind;
use crate::lexicon::{FnvMap, FnvSet};
use once_cell::sync::Lazy;

const ABBREVIATIONS: &str = include_str!("../../data/abbreviations.tsv");
const DEBRIS: &str = include_str!("../../data/debris.tsv");
const CAPTIONS: &str = include_str!("../../data/captions.tsv");

/// How an abbreviation behaves before a sentence boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Never ends a sentence ("Gen.", "Mr.").
    Title,
    /// Does not end a sentence before a number ("No. 5", "Jan. 12").
    Number,
    /// Ends a sentence only before a common sentence starter ("U.S.").
    Ambiguous,
}

/// What a phrase of the phrase automaton signals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Debris(DebrisKind),
    CaptionMarker,
    Credit,
    Agency,
    CaptionVerb,
    Reporting,
}

/// Where a phrase must sit in the region it is matched against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Anywhere, on word boundaries.
    Contains,
    /// At the first letter or digit of the region.
    Prefix,
    /// The whole region, ignoring punctuation around it.
    Exact,
    /// At the start of a sentence of at most 8 words ("Source Reuters").
    Short,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Meta {
    pub class: Class,
    pub mode: Mode,
}

#[derive(Debug)]
pub(crate) struct Lexicon {
    abbrevs: FnvMap<&'static str, Abbrev>,
    starters: FnvSet<&'static str>,
    months: FnvSet<&'static str>,
    weekdays: FnvSet<&'static str>,
    numwords: FnvSet<&'static str>,
    pub phrases: crate::lexicon::OverlapDfa,
    pub meta: Vec<Meta>,
}

pub(crate) static LEXICON: Lazy<Lexicon> = Lazy::new(Lexicon::load);

/// The data lines of a table: trimmed, without comments and blank lines,
/// split on tabs.
fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn debris_kind(name: &str) -> Option<DebrisKind> {
    Some(match name {
        "cookie" => DebrisKind::Cookie,
        "related" => DebrisKind::Related,
        "comment" => DebrisKind::Comment,
        "share" => DebrisKind::Share,
        "copyright" => DebrisKind::Copyright,
        "captcha" => DebrisKind::Captcha,
        "navigation" => DebrisKind::Navigation,
        _ => return None,
    })
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut abbrevs = FnvMap::default();
        let mut starters = FnvSet::default();
        let mut months = FnvSet::default();
        let mut weekdays = FnvSet::default();
        let mut numwords = FnvSet::default();
        for row in rows(ABBREVIATIONS) {
            let [class, word] = row[..] else { continue };
            match class {
                "title" => {
                    abbrevs.insert(word, Abbrev::Title);
                }
                "number" => {
                    abbrevs.insert(word, Abbrev::Number);
                }
                "ambiguous" => {
                    abbrevs.insert(word, Abbrev::Ambiguous);
                }
                "starter" => {
                    starters.insert(word);
                }
                "month" => {
                    months.insert(word);
                }
                "weekday" => {
                    weekdays.insert(word);
                }
                "numword" => {
                    numwords.insert(word);
                }
                _ => {}
            }
        }
        let mut patterns: Vec<&'static str> = Vec::new();
        let mut meta = Vec::new();
        for row in rows(DEBRIS) {
            let [kind, mode, phrase] = row[..] else {
                continue;
            };
            let (Some(kind), Some(mode)) = (debris_kind(kind), parse_mode(mode)) else {
                continue;
            };
            patterns.push(phrase);
            meta.push(Meta {
                class: Class::Debris(kind),
                mode,
            });
        }
        for row in rows(CAPTIONS) {
            let [class, phrase] = row[..] else { continue };
            let (class, mode) = match class {
                "marker" => (Class::CaptionMarker, Mode::Contains),
                "credit" => (Class::Credit, Mode::Contains),
                "agency" => (Class::Agency, Mode::Exact),
                "verb" => (Class::CaptionVerb, Mode::Contains),
                "reporting" => (Class::Reporting, Mode::Contains),
                _ => continue,
            };
            patterns.push(phrase);
            meta.push(Meta { class, mode });
        }
        // The tables are compiled into the binary: a build failure is a bug
        // of the tables (caught by every test), never of the input text.
        let phrases =
            crate::lexicon::OverlapDfa::new(&patterns).expect("the segment phrase tables compile");
        Lexicon {
            abbrevs,
            starters,
            months,
            weekdays,
            numwords,
            phrases,
            meta,
        }
    }

    /// How `word` (without its final period) behaves as an abbreviation.
    pub fn abbrev(&self, word: &str) -> Option<Abbrev> {
        self.abbrevs.get(word).copied()
    }

    /// Whether `word` commonly starts a sentence.
    pub fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }

    /// Whether `word` is a month name or abbreviation (any case).
    pub fn is_month(&self, word: &str) -> bool {
        let mut buf = [0u8; 16];
        lower(word, &mut buf).is_some_and(|w| self.months.contains(w))
    }

    /// Whether `word` is a small number word ("five"), any case.
    pub fn is_number_word(&self, word: &str) -> bool {
        let mut buf = [0u8; 16];
        lower(word, &mut buf).is_some_and(|w| self.numwords.contains(w))
    }

    /// Whether `word` is a weekday name or abbreviation (any case).
    pub fn is_weekday(&self, word: &str) -> bool {
        let mut buf = [0u8; 16];
        lower(word, &mut buf).is_some_and(|w| self.weekdays.contains(w))
    }
}

fn parse_mode(mode: &str) -> Option<Mode> {
    Some(match mode {
        "contains" => Mode::Contains,
        "prefix" => Mode::Prefix,
        "exact" => Mode::Exact,
        "short" => Mode::Short,
        _ => return None,
    })
}

/// `word` in ASCII lower case in `buf`, without allocating; `None` when it
/// is not ASCII or too long.
fn lower<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let word = word.strip_suffix('.').unwrap_or(word);
    if !word.is_ascii() || word.len() > buf.len() {
        return None;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    core::str::from_utf8(out).ok()
}
