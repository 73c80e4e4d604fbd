//! Phrase tables: lexicons held as data, compiled once into one
//! aho-corasick automaton and matched on word boundaries.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::span::Span;

/// A set of phrases, each carrying a value, matched case-insensitively (ASCII)
/// on word boundaries, leftmost-longest. Short all-capital phrases
/// (acronyms such as "AP", "SOHR") match only in capitals.
#[derive(Debug, Clone)]
pub(crate) struct PhraseTable<V> {
    /// Built on first search: a table only read through a [`JointSearch`]
    /// never needs its own.
    automaton: once_cell::sync::OnceCell<AhoCorasick>,
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
        PhraseTable {
            automaton: once_cell::sync::OnceCell::new(),
            phrases,
        }
    }

    fn automaton(&self) -> &AhoCorasick {
        self.automaton.get_or_init(|| {
            lexicon_dfa(
                self.phrases.iter().map(|(p, _, _)| p.as_str()),
                MatchKind::LeftmostLongest,
            )
            .expect("phrase tables are small enough for aho-corasick")
        })
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
        self.automaton().find_iter(hay).filter_map(move |m| {
            self.accept(
                text,
                base + m.start(),
                base + m.end(),
                m.pattern().as_usize(),
            )
        })
    }

    /// The phrases, in the order of their indices.
    pub(crate) fn phrases(&self) -> impl Iterator<Item = &str> + '_ {
        self.phrases.iter().map(|(p, _, _)| p.as_str())
    }

    /// Phrase `p` found at `text[s..e]`, if it stands there as whole words
    /// (and in capitals for an acronym).
    pub(crate) fn accept(&self, text: &str, s: usize, e: usize, p: usize) -> Option<(Span, &V)> {
        let (phrase, exact, value) = self.phrases.get(p)?;
        let first_is_word = phrase.chars().next().is_some_and(char::is_alphanumeric);
        let last_is_word = phrase
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        if (first_is_word && is_word_before(text, s)) || (last_is_word && is_word_byte(text, e)) {
            return None;
        }
        if *exact && &text[s..e] != phrase.as_str() {
            return None;
        }
        Some((Span::new(s, e), value))
    }
}

/// The automaton of a lexicon table: ASCII-case-insensitive, as a DFA (small
/// tables scanned over every sentence: the DFA is the fastest engine and its
/// size is no concern here).
pub(crate) fn lexicon_dfa<I, P>(
    patterns: I,
    kind: MatchKind,
) -> Result<AhoCorasick, aho_corasick::BuildError>
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(kind)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(patterns)
}

/// A lexicon automaton read for every match, overlapping ones included: an
/// ASCII-case-insensitive DFA (as [`lexicon_dfa`] builds) walked by a loop
/// of our own. It reports the matches `find_overlapping_iter` reports, in
/// the same order (by end, then as the automaton lists them), without the
/// iterator's work per match and per byte; built without a prefilter, as the
/// large tables it serves start with too many bytes for one.
#[derive(Debug, Clone)]
pub(crate) struct OverlapDfa(std::sync::Arc<aho_corasick::dfa::DFA>);

impl OverlapDfa {
    /// Compiles the patterns (Standard match semantics).
    pub(crate) fn new<I, P>(patterns: I) -> Result<OverlapDfa, aho_corasick::BuildError>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        aho_corasick::dfa::DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(patterns)
            .map(|d| OverlapDfa(std::sync::Arc::new(d)))
    }

    /// An automaton that matches the patterns' bytes as they are (ASCII
    /// case too).
    pub(crate) fn new_exact<I, P>(patterns: I) -> Result<OverlapDfa, aho_corasick::BuildError>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        aho_corasick::dfa::DFA::builder()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(patterns)
            .map(|d| OverlapDfa(std::sync::Arc::new(d)))
    }

    /// An automaton without patterns.
    pub(crate) fn empty() -> OverlapDfa {
        OverlapDfa::new(std::iter::empty::<&str>()).expect("an empty automaton builds")
    }

    /// Calls `f(start, end, pattern)` for every match in `hay`.
    #[inline]
    pub(crate) fn for_each(&self, hay: &str, mut f: impl FnMut(usize, usize, usize)) {
        use aho_corasick::automaton::Automaton;
        use aho_corasick::Anchored;
        let dfa = &*self.0;
        let Ok(mut sid) = dfa.start_state(Anchored::No) else {
            return;
        };
        let report = |sid, end: usize, f: &mut dyn FnMut(usize, usize, usize)| {
            for k in 0..dfa.match_len(sid) {
                let pid = dfa.match_pattern(sid, k);
                f(end - dfa.pattern_len(pid), end, pid.as_usize());
            }
        };
        if dfa.is_match(sid) {
            report(sid, 0, &mut f);
        }
        for (i, &b) in hay.as_bytes().iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, b);
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    return;
                }
                if dfa.is_match(sid) {
                    report(sid, i + 1, &mut f);
                }
            }
        }
    }
}

/// A lexicon automaton read leftmost-longest, as [`lexicon_dfa`] builds it
/// with [`MatchKind::LeftmostLongest`], walked by a loop of our own: the
/// matches of `find` and `find_iter`, without their dispatch per search.
#[derive(Debug, Clone)]
pub(crate) struct LeftmostDfa(std::sync::Arc<aho_corasick::dfa::DFA>);

impl LeftmostDfa {
    /// Compiles the patterns (no prefilter: see [`OverlapDfa`]).
    pub(crate) fn new<I, P>(patterns: I) -> Result<LeftmostDfa, aho_corasick::BuildError>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        aho_corasick::dfa::DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .prefilter(false)
            .build(patterns)
            .map(|d| LeftmostDfa(std::sync::Arc::new(d)))
    }

    /// The leftmost-longest match in `hay[from..]`: (start, end, pattern).
    #[inline]
    pub(crate) fn find_at(&self, hay: &str, from: usize) -> Option<(usize, usize, usize)> {
        use aho_corasick::automaton::Automaton;
        use aho_corasick::Anchored;
        let dfa = &*self.0;
        let mut sid = dfa.start_state(Anchored::No).ok()?;
        let bytes = hay.as_bytes().get(from..)?;
        let found = |sid, end: usize| {
            let pid = dfa.match_pattern(sid, 0);
            (end - dfa.pattern_len(pid), end, pid.as_usize())
        };
        let mut mat = dfa.is_match(sid).then(|| found(sid, from));
        for (i, &b) in bytes.iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, b);
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    return mat;
                }
                if dfa.is_match(sid) {
                    mat = Some(found(sid, from + i + 1));
                }
            }
        }
        mat
    }
}

/// Several phrase tables searched in one pass: one automaton reports every
/// occurrence of every phrase, and each table then keeps the matches its
/// own automaton finds (leftmost-longest, a match searched for from the end
/// of the one before). A text read with several tables costs one scan.
#[derive(Debug, Clone)]
pub(crate) struct JointSearch {
    automaton: OverlapDfa,
    /// For each phrase of the automaton: its table and its index there.
    owner: Vec<(usize, usize)>,
    tables: usize,
}

/// The matches of each table of a [`JointSearch`]: (start, end, phrase
/// index in its table), in text order. Reused from one search to the next.
#[derive(Debug, Default)]
pub(crate) struct JointMatches {
    /// Per table.
    pub by_table: Vec<Vec<(usize, usize, usize)>>,
    all: Vec<(usize, usize, usize, usize)>,
}

impl JointSearch {
    /// Searches the phrases of `tables` (each table's phrases in the order
    /// of their indices, as [`PhraseTable::phrases`] gives them).
    pub(crate) fn new(tables: &[Vec<&str>]) -> JointSearch {
        JointSearch::try_new(tables).expect("phrase tables are small enough for aho-corasick")
    }

    /// [`JointSearch::new`], or the error of an automaton too large.
    pub(crate) fn try_new(tables: &[Vec<&str>]) -> Result<JointSearch, aho_corasick::BuildError> {
        let mut owner = Vec::new();
        let mut phrases = Vec::new();
        for (t, list) in tables.iter().enumerate() {
            for (k, p) in list.iter().enumerate() {
                owner.push((t, k));
                phrases.push(*p);
            }
        }
        let automaton = OverlapDfa::new(&phrases)?;
        Ok(JointSearch {
            automaton,
            owner,
            tables: tables.len(),
        })
    }

    /// Every match of every table in `text[within]`, in absolute offsets,
    /// as an overlapping search reports them (by end): (table, start, end,
    /// phrase index in its table), into `all` (emptied first).
    pub(crate) fn raw(
        &self,
        text: &str,
        within: Span,
        all: &mut Vec<(usize, usize, usize, usize)>,
    ) {
        all.clear();
        let hay = text.get(within.start..within.end).unwrap_or("");
        let base = if hay.is_empty() { 0 } else { within.start };
        let owner = &self.owner;
        self.automaton.for_each(hay, |s, e, p| {
            if let Some(&(t, k)) = owner.get(p) {
                all.push((t, base + s, base + e, k));
            }
        });
    }

    /// Per table, the matches of `all` ([`JointSearch::raw`], which this
    /// sorts) that its own leftmost-longest automaton finds: leftmost first,
    /// then longest, then the phrase given first, each searched for from
    /// the end of the one before. Calls `keep(table, start, end, phrase)`
    /// for each, table by table, in text order.
    pub(crate) fn leftmost_longest(
        all: &mut [(usize, usize, usize, usize)],
        mut keep: impl FnMut(usize, usize, usize, usize),
    ) {
        all.sort_unstable_by_key(|&(t, s, e, k)| (t, s, std::cmp::Reverse(e), k));
        let mut pos: Option<(usize, usize)> = None; // (table, end of last match)
        for &(t, s, e, k) in all.iter() {
            match pos {
                Some((pt, end)) if pt == t && s < end => continue,
                _ => {}
            }
            keep(t, s, e, k);
            pos = Some((t, e));
        }
    }

    /// The matches of each table in `text[within]`, in absolute offsets,
    /// before [`PhraseTable::accept`] (as [`PhraseTable::find`] sees them).
    pub(crate) fn search(&self, text: &str, within: Span, out: &mut JointMatches) {
        out.by_table.resize_with(self.tables, Vec::new);
        for v in &mut out.by_table {
            v.clear();
        }
        self.raw(text, within, &mut out.all);
        let by_table = &mut out.by_table;
        JointSearch::leftmost_longest(&mut out.all, |t, s, e, k| {
            if let Some(v) = by_table.get_mut(t) {
                v.push((s, e, k));
            }
        });
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

/// A word of at most [`PACKED_LEN`] ASCII bytes packed into an integer, with
/// its length: a key compared and hashed without touching memory.
type Packed = (u128, u8);

/// The longest word [`WordTable`] packs.
const PACKED_LEN: usize = 16;

/// Packs `b` (at most [`PACKED_LEN`] bytes) lower-cased if `lower`; `None`
/// when it is longer or not ASCII.
fn pack(b: &[u8], lower: bool) -> Option<Packed> {
    if b.len() > PACKED_LEN {
        return None;
    }
    let x = crate::bytes::load_le(b)?;
    let mut halves = [x as u64, (x >> 64) as u64];
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if (halves[0] | halves[1]) & HIGH != 0 {
        return None;
    }
    if lower {
        for h in &mut halves {
            // Per byte (all below 0x80, so no carries): the high bit of
            // `h + 0x3f` is set from 'A' up, that of `h + 0x25` after 'Z'.
            let upper = (*h + 0x3f3f_3f3f_3f3f_3f3f) & !(*h + 0x2525_2525_2525_2525) & HIGH;
            *h |= upper >> 2;
        }
    }
    Some((
        u128::from(halves[0]) | (u128::from(halves[1]) << 64),
        b.len() as u8,
    ))
}

/// The home slot of `key` in a table of `size` (a power of two) slots.
fn packed_slot((bits, len): Packed, size: usize) -> usize {
    let h = (bits as u64) ^ ((bits >> 64) as u64).rotate_left(29) ^ u64::from(len);
    let h = h.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 32) as usize & (size - 1)
}

/// A map from words to values looked up by a word's lower case, as a map of
/// lower-case words would be after lower-casing the word looked up, without
/// copying: short ASCII words (nearly all) are packed into integers, in an
/// open-addressing table at most half full. Other keys sit in a hash map.
#[derive(Debug, Clone)]
pub(crate) struct WordTable<V> {
    /// `0` for an empty slot, else an index into `entries` plus one.
    slots: Vec<u32>,
    entries: Vec<(Packed, V)>,
    /// The keys that do not pack.
    others: FnvMap<String, V>,
}

impl<V> WordTable<V> {
    /// The table of `map`'s entries (keys as they are: a key with capitals
    /// is never found, as in `map`).
    pub(crate) fn new(map: impl IntoIterator<Item = (String, V)>) -> Self {
        let mut entries = Vec::new();
        let mut others = FnvMap::default();
        for (k, v) in map {
            match pack(k.as_bytes(), false) {
                Some(key) => entries.push((key, v)),
                None => {
                    others.insert(k, v);
                }
            }
        }
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![0u32; size];
        for (n, (key, _)) in entries.iter().enumerate() {
            let mut at = packed_slot(*key, size);
            while slots[at] != 0 {
                at = (at + 1) & (size - 1);
            }
            slots[at] = n as u32 + 1;
        }
        WordTable {
            slots,
            entries,
            others,
        }
    }

    /// The value of `word`'s lower case.
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        if let Some(key) = pack(word.as_bytes(), true) {
            return self.get_packed(key);
        }
        if self.others.is_empty() && word.is_ascii() {
            return None;
        }
        self.get_other(word)
    }

    /// The value of `word`'s lower case when `word` is ASCII and packs (at
    /// most 16 bytes); `None` for any other word.
    pub(crate) fn get_ascii(&self, word: &str) -> Option<&V> {
        self.get_packed(pack(word.as_bytes(), true)?)
    }

    /// Whether `word` itself (not its lower case) is a key, as a search of
    /// the keys for an equal string would say.
    pub(crate) fn contains_exact(&self, word: &str) -> bool {
        match pack(word.as_bytes(), false) {
            Some(key) => self.get_packed(key).is_some(),
            None => !self.others.is_empty() && self.others.contains_key(word),
        }
    }

    /// Whether `word`'s lower case is a key.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// Whether the lower case of a suffix of `word` (from a character
    /// boundary) is a key.
    pub(crate) fn contains_suffix_of(&self, word: &str) -> bool {
        let b = word.as_bytes();
        let short = b.len().saturating_sub(PACKED_LEN);
        if !self.others.is_empty() || !word.is_ascii() {
            // Every suffix one by one: those that do not pack first.
            let long = word
                .char_indices()
                .take_while(|&(k, _)| k < short || !word.is_ascii())
                .any(|(k, _)| self.contains(&word[k..]));
            if long || !word.is_ascii() {
                return long;
            }
        }
        // The last bytes packed once; each suffix is a shift of them.
        let Some((bits, len)) = b.get(short..).and_then(|t| pack(t, true)) else {
            return false;
        };
        (0..len).any(|k| {
            self.get_packed((bits >> (8 * u32::from(k)), len - k))
                .is_some()
        })
    }

    fn get_packed(&self, key: Packed) -> Option<&V> {
        let size = self.slots.len();
        let mut at = packed_slot(key, size);
        loop {
            let n = *self.slots.get(at)? as usize;
            let (k, v) = self.entries.get(n.checked_sub(1)?)?;
            if *k == key {
                return Some(v);
            }
            at = (at + 1) & (size - 1);
        }
    }

    /// The rare case of [`WordTable::get`]: a long or non-ASCII word.
    #[cold]
    fn get_other(&self, word: &str) -> Option<&V> {
        let lower = word.to_lowercase();
        match pack(lower.as_bytes(), false) {
            Some(key) => self.get_packed(key),
            None => self.others.get(&lower),
        }
    }
}

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

    /// The table answers as a hash map of its keys asked with the word's
    /// lower case: in any case, for long and non-ASCII words, and for every
    /// suffix.
    #[test]
    fn word_table_answers_as_a_map_of_lower_case() {
        let keys = [
            "of",
            "near",
            "north-east",
            "neighbourhood",
            "sixteen-letters!",
            "seventeen-letters",
            "straße",
            "k",
            "the",
            "Capital",
        ];
        let map: FnvMap<String, usize> = keys
            .iter()
            .enumerate()
            .map(|(n, k)| (k.to_string(), n))
            .collect();
        let table = WordTable::new(map.clone());
        let short = WordTable::new(map.clone().into_iter().filter(|(k, _)| k.len() <= 16));
        let words = [
            "",
            "OF",
            "Of",
            "of",
            "ofs",
            "nEAR",
            "North-East",
            "NEIGHBOURHOOD",
            "SIXTEEN-LETTERS!",
            "Seventeen-Letters",
            "seventeen-letter",
            "STRASSE",
            "Straße",
            "STRAßE",
            "\u{212a}",
            "K",
            "the",
            "THE",
            "tHe",
            "capital",
            "Capital",
            "é",
            "aroundTHE",
            "xnorth-east",
            "prefix-seventeen-letters",
            "ünear",
        ];
        for c in 0..=127u8 {
            let row = [c; 16];
            assert_eq!(
                pack(&row, true),
                pack(&row.map(|c| c.to_ascii_lowercase()), false)
            );
        }
        assert_eq!(pack("é".as_bytes(), true), None);
        for w in words {
            for (t, m) in [(&table, map.clone()), (&short, map.clone())] {
                let m: FnvMap<String, usize> = if std::ptr::eq(t, &short) {
                    m.into_iter().filter(|(k, _)| k.len() <= 16).collect()
                } else {
                    m
                };
                assert_eq!(t.get(w), m.get(&w.to_lowercase()), "{w:?}");
                let suffix = w
                    .char_indices()
                    .any(|(k, _)| m.contains_key(&w[k..].to_lowercase()));
                assert_eq!(t.contains_suffix_of(w), suffix, "{w:?}");
                assert_eq!(t.contains_exact(w), m.contains_key(w), "{w:?}");
            }
        }
    }

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
    fn joint_search_finds_what_each_table_finds() {
        let a = table();
        // Overlapping phrases, a phrase given twice in two spellings (an
        // acronym first), and phrases shared with the other table.
        let b: PhraseTable<u8> = PhraseTable::new(vec![
            ("SANA".to_string(), 1),
            ("Sana".to_string(), 2),
            ("attack".to_string(), 3),
            ("attackers fled".to_string(), 4),
            ("fled".to_string(), 5),
            ("the Syrian".to_string(), 6),
        ]);
        // The same spellings in the other order.
        let c: PhraseTable<u8> = PhraseTable::new(vec![
            ("Sana".to_string(), 2),
            ("SANA".to_string(), 1),
            ("fled".to_string(), 5),
        ]);
        let joint = JointSearch::new(&[
            a.phrases().collect(),
            b.phrases().collect(),
            c.phrases().collect(),
        ]);
        let mut m = JointMatches::default();
        for text in [
            "After the attack, attackers fled; AP said the Syrian observatory",
            "sana said SANA reported; Sana's attackers fled the attack",
            "the attackthe attack attack attackers fledfled",
            "",
            "AP",
        ] {
            for within in [
                Span::new(0, text.len()),
                Span::new(text.len().min(7), text.len()),
            ] {
                joint.search(text, within, &mut m);
                let got_a: Vec<_> = m.by_table[0]
                    .iter()
                    .filter_map(|&(s, e, k)| a.accept(text, s, e, k))
                    .collect();
                let got_b: Vec<_> = m.by_table[1]
                    .iter()
                    .filter_map(|&(s, e, k)| b.accept(text, s, e, k))
                    .collect();
                assert_eq!(got_a, a.find(text, within).collect::<Vec<_>>(), "{text}");
                assert_eq!(got_b, b.find(text, within).collect::<Vec<_>>(), "{text}");
                let got_c: Vec<_> = m.by_table[2]
                    .iter()
                    .filter_map(|&(s, e, k)| c.accept(text, s, e, k))
                    .collect();
                assert_eq!(got_c, c.find(text, within).collect::<Vec<_>>(), "{text}");
            }
        }
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
