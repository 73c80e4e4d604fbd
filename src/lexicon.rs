//! Phrase tables: lexicons held as data, compiled once into one
//! aho-corasick automaton and matched on word boundaries.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::span::Span;

/// A set of phrases, each carrying a value, matched case-insensitively (ASCII)
/// on word boundaries, leftmost-longest. Short all-capital phrases
/// (acronyms such as "AP", "SOHR") match only in capitals.
#[derive(Debug, Clone)]
pub(crate) struct PhraseTable<V> {
    automaton: AhoCorasick,
    phrases: Vec<(String, bool, V)>,
}

fn is_acronym(p: &str) -> bool {
    p.len() <= 6
        && p.chars().any(|c| c.is_ascii_uppercase())
        && p.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.' || c == '-')
}

/// Whether the byte at `i` of `text` continues a word (so a match ending or
/// starting next to it is not on a word boundary).
fn is_word_byte(text: &str, i: usize) -> bool {
    text[i..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '_')
}

fn is_word_before(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '_')
}

impl<V> PhraseTable<V> {
    /// Compiles the phrases. Empty phrases are ignored.
    pub(crate) fn new(entries: impl IntoIterator<Item = (String, V)>) -> PhraseTable<V> {
        let phrases: Vec<(String, bool, V)> = entries
            .into_iter()
            .filter(|(p, _)| !p.trim().is_empty())
            .map(|(p, v)| {
                let p = p.trim().to_string();
                let exact = is_acronym(&p);
                (p, exact, v)
            })
            .collect();
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            // Small tables scanned over every sentence: the DFA is the
            // fastest engine and its size is no concern here.
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(phrases.iter().map(|(p, _, _)| p.as_str()))
            .expect("phrase tables are small enough for aho-corasick");
        PhraseTable { automaton, phrases }
    }

    /// The matches inside `within` (a span of `text`), in text order, as
    /// (span in `text`, value).
    pub(crate) fn find<'a>(
        &'a self,
        text: &'a str,
        within: Span,
    ) -> impl Iterator<Item = (Span, &'a V)> + 'a {
        let hay = text.get(within.start..within.end).unwrap_or("");
        let base = if hay.is_empty() { 0 } else { within.start };
        self.automaton.find_iter(hay).filter_map(move |m| {
            let (s, e) = (base + m.start(), base + m.end());
            let (phrase, exact, value) = &self.phrases[m.pattern().as_usize()];
            let first_is_word = phrase.chars().next().is_some_and(char::is_alphanumeric);
            let last_is_word = phrase
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            if (first_is_word && is_word_before(text, s)) || (last_is_word && is_word_byte(text, e))
            {
                return None;
            }
            if *exact && &text[s..e] != phrase.as_str() {
                return None;
            }
            Some((Span::new(s, e), value))
        })
    }
}

/// FNV-1a: lexicon keys are short words looked up once or several times per
/// word of text, where SipHash's DoS resistance buys nothing (the tables are
/// fixed data) and cost a tenth of the date stage.
#[derive(Default, Clone, Copy, Debug)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash map keyed by lexicon words.
pub(crate) type FnvMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;
/// A hash set of lexicon words.
pub(crate) type FnvSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<Fnv>>;

/// The data lines of a table: comment (`#`) and blank lines skipped, fields
/// split on tabs.
pub(crate) fn rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> PhraseTable<u8> {
        PhraseTable::new(vec![
            ("the attack".to_string(), 1),
            ("attack".to_string(), 2),
            ("AP".to_string(), 3),
            ("Syrian Observatory".to_string(), 4),
        ])
    }

    #[test]
    fn word_boundaries_and_longest() {
        let t = table();
        let text = "After the attack, attackers fled; AP said the Syrian observatory";
        let got: Vec<_> = t
            .find(text, Span::new(0, text.len()))
            .map(|(s, v)| (&text[s], *v))
            .collect();
        assert_eq!(
            got,
            vec![("the attack", 1), ("AP", 3), ("Syrian observatory", 4)]
        );
    }

    #[test]
    fn acronyms_match_only_in_capitals() {
        let t = table();
        let text = "an ap said";
        assert!(t.find(text, Span::new(0, text.len())).next().is_none());
    }

    #[test]
    fn within_limits_the_search() {
        let t = table();
        let text = "attack here, attack there";
        let got: Vec<_> = t.find(text, Span::new(7, text.len())).collect();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, Span::new(13, 19));
    }
}
