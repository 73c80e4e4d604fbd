//! The actor lexicon: armed groups, state forces, coalitions and civilians,
//! with their sides, held as data (`data/actors.tsv`).
//!
//! Sides follow the coarse classes a coder needs to split a toll:
//! a state's army, police and the militias fighting for it (NDF, Liwa
//! al-Quds, Popular Mobilization Forces) are [`Side::StateForces`]; rebels,
//! jihadists, the SDF/YPG, the Taliban, al-Shabaab are [`Side::ArmedGroup`];
//! the forces of a foreign state or coalition fighting in another country
//! (Russian forces, the International Coalition, Turkish and Iranian forces
//! in Syria) are [`Side::ExternalForces`]. Hezbollah fighting in Syria is a
//! foreign force there and is classed `ExternalForces` too.
//!
//! Matching is one pass of an Aho-Corasick automaton, built once per
//! lexicon (the built-in one once per process). Short all-capital aliases
//! ("IS", "SDF", "NDF") match case-sensitively, so "is" is never an actor.

use once_cell::sync::Lazy;

use crate::model::Side;
use crate::span::Span;

#[derive(Clone, Debug)]
struct Entry {
    name: String,
    side: Side,
}

#[derive(Clone, Debug)]
struct Pattern {
    entry: usize,
    alias: String,
    case_sensitive: bool,
}

/// Canonical actors with their aliases and sides.
///
/// ```
/// use sitrep::{ActorLexicon, Side};
/// let mut actors = ActorLexicon::builtin();
/// assert_eq!(actors.lookup("fighters of ISIS"), Some(("Islamic State", Side::ArmedGroup)));
/// actors.add("Wagner Group", &["Wagner", "PMC Wagner"], Side::ExternalForces);
/// assert_eq!(actors.lookup("Wagner mercenaries").map(|a| a.0), Some("Wagner Group"));
/// ```
#[derive(Clone, Debug)]
pub struct ActorLexicon {
    entries: Vec<Entry>,
    patterns: Vec<Pattern>,
    /// Built on first search: an extractor reads the actors through its
    /// joint scan of each sentence and never needs this one.
    automaton: once_cell::sync::OnceCell<crate::lexicon::OverlapDfa>,
}

/// One actor named in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActorMatch<'l> {
    /// Where the text names it.
    pub span: Span,
    /// The canonical name.
    pub name: &'l str,
    /// Its side.
    pub side: Side,
}

impl Default for ActorLexicon {
    fn default() -> ActorLexicon {
        ActorLexicon::from_parts(Vec::new(), Vec::new())
    }
}

fn parse_side(s: &str) -> Option<Side> {
    Some(match s.trim() {
        "state" => Side::StateForces,
        "armed" => Side::ArmedGroup,
        "civilians" => Side::Civilians,
        "external" => Side::ExternalForces,
        "mixed" => Side::Mixed,
        "unknown" => Side::Unknown,
        _ => return None,
    })
}

fn is_case_sensitive(alias: &str) -> bool {
    alias.chars().count() <= 4
        && alias
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

static BUILTIN: Lazy<ActorLexicon> = Lazy::new(|| {
    let mut entries = Vec::new();
    let mut patterns = Vec::new();
    for line in include_str!("../data/actors.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(name), Some(side), Some(aliases)) = (cols.next(), cols.next(), cols.next())
        else {
            continue;
        };
        let Some(side) = parse_side(side) else {
            continue;
        };
        let entry = entries.len();
        entries.push(Entry {
            name: name.trim().to_string(),
            side,
        });
        for alias in std::iter::once(name).chain(aliases.split('|')) {
            push_pattern(&mut patterns, entry, alias);
        }
    }
    ActorLexicon::from_parts(entries, patterns)
});

fn push_pattern(patterns: &mut Vec<Pattern>, entry: usize, alias: &str) {
    let alias = alias.trim();
    if alias.is_empty() || patterns.iter().any(|p| p.alias == alias) {
        return;
    }
    patterns.push(Pattern {
        entry,
        alias: alias.to_string(),
        case_sensitive: is_case_sensitive(alias),
    });
}

fn is_word_byte_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

impl ActorLexicon {
    fn from_parts(entries: Vec<Entry>, patterns: Vec<Pattern>) -> ActorLexicon {
        ActorLexicon {
            entries,
            patterns,
            automaton: once_cell::sync::OnceCell::new(),
        }
    }

    /// The built-in actors of the Syrian and Iraqi wars (and beyond).
    pub fn builtin() -> ActorLexicon {
        BUILTIN.clone()
    }

    /// Adds an actor with its aliases and side (the name itself is an alias
    /// too). Adding a name already present adds aliases to it.
    pub fn add(&mut self, name: &str, aliases: &[&str], side: Side) -> &mut ActorLexicon {
        let entry = match self.entries.iter().position(|e| e.name == name) {
            Some(e) => e,
            None => {
                self.entries.push(Entry {
                    name: name.to_string(),
                    side,
                });
                self.entries.len() - 1
            }
        };
        let mut patterns = std::mem::take(&mut self.patterns);
        for alias in std::iter::once(&name).chain(aliases.iter()) {
            push_pattern(&mut patterns, entry, alias);
        }
        *self = ActorLexicon::from_parts(std::mem::take(&mut self.entries), patterns);
        self
    }

    /// Every actor named in `text`, leftmost-longest, whole words only.
    pub fn find_all<'l>(&'l self, text: &str) -> Vec<ActorMatch<'l>> {
        let automaton = self.automaton.get_or_init(|| {
            crate::lexicon::OverlapDfa::new(self.aliases())
                .unwrap_or_else(|_| crate::lexicon::OverlapDfa::empty())
        });
        let mut raw: Vec<(usize, usize, usize)> = Vec::new();
        automaton.for_each(text, |s, e, p| raw.push((s, e, p)));
        self.matches_in(text, raw.into_iter())
    }

    /// The patterns, in the order of their indices.
    pub(crate) fn aliases(&self) -> impl Iterator<Item = &str> + '_ {
        self.patterns.iter().map(|p| p.alias.as_str())
    }

    /// [`ActorLexicon::find_all`] from the matches of the aliases in `text`
    /// (start, end, pattern index), in the order an overlapping search
    /// reports them.
    pub(crate) fn matches_in<'l>(
        &'l self,
        text: &str,
        raw: impl Iterator<Item = (usize, usize, usize)>,
    ) -> Vec<ActorMatch<'l>> {
        let mut cands: Vec<(usize, usize, usize)> = Vec::new();
        for (s, e, p) in raw {
            let Some(p) = self.patterns.get(p) else {
                continue;
            };
            let (Some(before), Some(after), Some(hit)) =
                (text.get(..s), text.get(e..), text.get(s..e))
            else {
                continue;
            };
            if is_word_byte_char(before.chars().next_back())
                || is_word_byte_char(after.chars().next())
            {
                continue;
            }
            if p.case_sensitive && hit != p.alias {
                continue;
            }
            cands.push((s, e, p.entry));
        }
        // Leftmost first, then longest.
        cands.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out: Vec<ActorMatch<'l>> = Vec::new();
        let mut end = 0;
        for (s, e, entry) in cands {
            if s < end {
                continue;
            }
            end = e;
            if let Some(en) = self.entries.get(entry) {
                out.push(ActorMatch {
                    span: Span::new(s, e),
                    name: &en.name,
                    side: en.side,
                });
            }
        }
        out
    }

    /// The first actor a phrase names, with its canonical name and side.
    pub fn lookup(&self, phrase: &str) -> Option<(&str, Side)> {
        self.find_all(phrase)
            .into_iter()
            .next()
            .map(|m| (m.name, m.side))
    }

    /// The side of a canonical actor name.
    pub fn side_of(&self, name: &str) -> Option<Side> {
        self.entries.iter().find(|e| e.name == name).map(|e| e.side)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        type Case<'a> = (&'a str, &'a str, Option<(&'a str, Side)>);
        let cases: &[Case<'_>] = &[
            (
                "isis",
                "attacks carried out by ISIS",
                Some(("Islamic State", Side::ArmedGroup)),
            ),
            (
                "is case",
                "IS militants",
                Some(("Islamic State", Side::ArmedGroup)),
            ),
            ("is word", "this is a test", None),
            (
                "daesh",
                "daesh fighters",
                Some(("Islamic State", Side::ArmedGroup)),
            ),
            (
                "regime",
                "members of pro-regime forces",
                Some(("Syrian government forces", Side::StateForces)),
            ),
            (
                "sdf",
                "the SDF said",
                Some(("Syrian Democratic Forces", Side::ArmedGroup)),
            ),
            ("sdf lower", "the sdf said", None),
            (
                "coalition",
                "the International Coalition",
                Some(("International Coalition", Side::ExternalForces)),
            ),
            (
                "russian",
                "in Russian airstrikes",
                Some(("Russian forces", Side::ExternalForces)),
            ),
            (
                "hts",
                "Hay'at Tahrir al-Sham fighters",
                Some(("Hay'at Tahrir al-Sham", Side::ArmedGroup)),
            ),
            (
                "taliban",
                "Taliban terrorists",
                Some(("Taliban", Side::ArmedGroup)),
            ),
            (
                "shabab",
                "Al-Shabab militants",
                Some(("al-Shabaab", Side::ArmedGroup)),
            ),
            (
                "ndf",
                "the NDF",
                Some(("National Defence Forces", Side::StateForces)),
            ),
            (
                "longest",
                "Islamic State organization",
                Some(("Islamic State", Side::ArmedGroup)),
            ),
            ("boundary", "Thisisismore", None),
            ("empty", "", None),
        ];
        let lex = ActorLexicon::builtin();
        for (name, text, want) in cases {
            assert_eq!(lex.lookup(text), *want, "case {name}");
        }
    }

    #[test]
    fn add_and_spans() {
        let mut lex = ActorLexicon::default();
        assert!(lex.lookup("anything").is_none());
        lex.add("Wagner Group", &["Wagner"], Side::ExternalForces);
        let text = "Wagner and ISIS";
        let m = lex.find_all(text);
        assert_eq!(m.len(), 1);
        assert_eq!(&text[m[0].span], "Wagner");
        let lex = ActorLexicon::builtin();
        let m = lex.find_all("ISIS and the regime forces");
        assert_eq!(m.len(), 2);
        assert_eq!(m[1].name, "Syrian government forces");
    }
}
