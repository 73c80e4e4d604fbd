//! The casualty grammar: small rules over one sentence.
//!
//! A sentence is first cut into tokens (words and single punctuation marks,
//! with byte offsets), its quantities are read with the `quantity` rules and
//! its casualty words found with one Aho-Corasick pass. Each casualty word
//! then anchors one rule, by its role in `data/casualty_terms.tsv`: the
//! passive rule walks back from the participle over auxiliaries to the
//! subject noun phrase, the active rule reads the object after the verb, and
//! so on (see the EBNF in the module docs). Short fixed phrases (auxiliaries,
//! negations, "no information about", claim markers) are `nom` rules over
//! the lower-cased sentence.

use nom::Parser;

use super::lexicon::{self, Term, TERMS};
use super::Figure;
use crate::actor::{ActorLexicon, ActorMatch};
use crate::lexicon::WordTable;
use crate::model::{Actor, CasualtyKind, Count, Side};
use crate::quantity::{self, phrase, VagueTable};
use crate::span::Span;
use once_cell::sync::Lazy;

#[derive(Clone, Copy, Debug)]
struct Tok {
    s: usize,
    e: usize,
    word: bool,
}

#[derive(Clone, Copy, Debug)]
struct Qty {
    t1: usize,
    count: Option<Count>,
    /// A fraction or percentage of a toll ("two thirds of them").
    fraction: bool,
}

#[derive(Clone, Copy, Debug)]
struct TermHit {
    t0: usize,
    t1: usize,
    term: usize,
}

struct Ctx<'a> {
    s: &'a str,
    lower: String,
    toks: Vec<Tok>,
    qty: Vec<Option<Qty>>,
    /// Index of the term hit covering each token.
    term_at: Vec<Option<usize>>,
    hits: Vec<TermHit>,
    actors: Vec<ActorMatch<'a>>,
    /// The sentence has a Spanish or Portuguese casualty word: it is read
    /// with their function and number words too.
    iberian: bool,
    /// Spanish number words ("dos" is "of the" in Portuguese).
    es: bool,
    /// Portuguese number words.
    pt: bool,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words skipped between a subject and its participle ("were also killed").
const AUX: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "been",
    "have",
    "has",
    "had",
    "be",
    "being",
    "also",
    "reportedly",
    "allegedly",
    "all",
    "later",
    "both",
    "subsequently",
    "reported",
    "confirmed",
    "feared",
    "believed",
    "estimated",
    "presumed",
    "summarily",
    // "have so far been killed"
    "so",
    "far",
    "known",
    "said",
    "thought",
    "to",
    "get",
    "got",
    "recently",
    "just",
    "already",
    "each",
    "critically",
    "seriously",
    "severely",
    "slightly",
    "lightly",
    "badly",
    "fatally",
    "mortally",
    "instantly",
    "immediately",
    "either",
    "then",
    "now",
    "still",
];

const MODALS: &[&str] = &[
    "could", "would", "will", "may", "might", "should", "must", "can", "shall", "not", "never",
    "n't", "cannot", "if",
];

/// Words that end a noun phrase when walking back from its verb.
const NP_STOP: &[&str] = &[
    "in",
    "on",
    "at",
    "by",
    "as",
    "after",
    "during",
    "while",
    "when",
    "where",
    "since",
    "with",
    "from",
    "to",
    "that",
    "which",
    "said",
    "says",
    "say",
    "told",
    "reported",
    "according",
    "among",
    "including",
    "for",
    "because",
    "but",
    "though",
    "although",
    "into",
    "amid",
    "against",
    "near",
    "than",
    "following",
    "before",
    "until",
    "whereas",
    "besides",
    "over",
    "under",
    "via",
    "through",
    "about",
    "regarding",
    "concerning",
    "ago",
    "yesterday",
    "today",
    "tonight",
    "meanwhile",
    "killing",
    "leaving",
    "left",
    "is",
    "are",
    "was",
    "were",
    "have",
    "has",
    "had",
    "been",
    "be",
];

/// Words that name nobody on their own.
const FUNCTION_WORDS: &[&str] = &[
    "of", "the", "a", "an", "and", "or", "to", "by", "in", "on", "at", "from", "with", "for",
];

/// Words that end an object noun phrase after its verb.
const OBJ_STOP: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "while",
    "when",
    "since",
    "as",
    "near",
    "including",
    "with",
    "by",
    "from",
    "who",
    "which",
    "that",
    "said",
    "says",
    "according",
    "before",
    "amid",
    "across",
    "inside",
    "outside",
    "around",
    "west",
    "east",
    "north",
    "south",
    "yesterday",
    "today",
    "overnight",
    "last",
    "this",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "to",
    "for",
    "into",
    "over",
    "within",
    "under",
    "through",
    "following",
    "where",
    "because",
    "but",
    "while",
    "among",
    "amongst",
    "left",
    "leaving",
];

/// Spanish and Portuguese words skipped between a subject and its
/// participle: copulas ("es", "é", "fue", "foi", "son", "são"), "resultó"
/// and "ficou" ("resultó herido", "ficou ferido"), adverbs. Read only in
/// sentences with a Spanish or Portuguese casualty word.
const IB_AUX: &[&str] = &[
    "es",
    "é",
    "fue",
    "foi",
    "son",
    "são",
    "fueron",
    "foram",
    "era",
    "eran",
    "eram",
    "ha",
    "han",
    "há",
    "sido",
    "tem",
    "têm",
    "está",
    "están",
    "estão",
    "resultó",
    "resultaron",
    "resulta",
    "resultan",
    "quedó",
    "quedaron",
    "ficou",
    "ficaram",
    "fica",
    "ficam",
    "saiu",
    "saíram",
    "também",
    "también",
    "gravemente",
    "levemente",
    "presuntamente",
    "supostamente",
    "supuestamente",
    "ya",
    "já",
];

/// Spanish and Portuguese words that end a noun phrase walking back from its
/// verb (and, in `IB_FRONTED`, a fronted phrase before a comma).
const IB_NP_STOP: &[&str] = &[
    "en", "em", "no", "na", "nos", "nas", "tras", "após", "apos", "durante", "mientras",
    "enquanto", "cuando", "quando", "donde", "onde", "desde", "con", "com", "contra", "por",
    "pelo", "pela", "para", "que", "según", "dijo", "disse", "entre", "sobre", "hacia", "después",
    "depois", "antes", "ayer", "ontem", "hoy", "hoje", "deja", "dejan", "dejó", "dejaron", "deixa",
    "deixam", "deixou", "deixaram", "es", "é", "fue", "foi", "son", "são", "fueron", "foram", "ha",
    "han", "hubo", "houve",
];

/// Spanish and Portuguese words that open a fronted phrase ("En el ataque,
/// cinco personas ...").
const IB_FRONTED: &[&str] = &[
    "en", "em", "no", "na", "tras", "após", "durante", "con", "com", "desde", "por", "entre",
];

/// Spanish and Portuguese words that end an object noun phrase after its
/// verb.
const IB_OBJ_STOP: &[&str] = &[
    "en", "em", "no", "na", "nos", "nas", "num", "numa", "durante", "tras", "após", "apos",
    "cuando", "quando", "mientras", "enquanto", "desde", "con", "com", "que", "quien", "quienes",
    "según", "dentro", "fuera", "frente", "cerca", "perto", "ayer", "ontem", "hoy", "hoje", "este",
    "esta", "neste", "nesta", "por", "pelo", "pela", "para", "entre", "es", "é", "fue", "foi",
    "son", "são", "fueron", "foram", "era", "eran", "eram", "dijo", "disse",
];

/// Spanish and Portuguese determiners: a singular noun after one heads its
/// own item ("un hombre", "o policial").
const IB_DET: &[&str] = &[
    "un", "una", "um", "uma", "el", "la", "o", "a", "su", "seu", "sua", "otro", "otra", "outro",
    "outra",
];

/// Spanish and Portuguese words that negate the person after them:
/// "ninguém ficou ferido", "ningún muerto".
const IB_NONE: &[&str] = &[
    "nadie", "ninguno", "ninguna", "ningún", "ninguém", "nenhum", "nenhuma",
];

/// What a Spanish or Portuguese verb's object may open with before its
/// people: the personal "a" ("asesinan a 10 personas"), "al", the
/// Portuguese article "a", or a manner ("a tiros", "a balazos").
const IB_MANNER: &[&str] = &[
    "tiros",
    "balazos",
    "golpes",
    "puñaladas",
    "machetazos",
    "facadas",
    "pauladas",
    "pedradas",
    "sangre",
];

/// A word list as a table, for the lists searched for every token: it
/// answers as [`is_in`] on the list would.
type WordSet = Lazy<WordTable<()>>;

fn word_set(lists: &[&[&'static str]]) -> WordTable<()> {
    WordTable::new(
        lists
            .iter()
            .flat_map(|l| l.iter())
            .map(|w| (w.to_string(), ())),
    )
}

static AUX_SET: WordSet = Lazy::new(|| word_set(&[AUX]));
static IB_AUX_SET: WordSet = Lazy::new(|| word_set(&[IB_AUX]));
static NP_STOP_SET: WordSet = Lazy::new(|| word_set(&[NP_STOP]));
static IB_NP_STOP_SET: WordSet = Lazy::new(|| word_set(&[IB_NP_STOP]));
static OBJ_STOP_SET: WordSet = Lazy::new(|| word_set(&[OBJ_STOP]));
static IB_OBJ_STOP_SET: WordSet = Lazy::new(|| word_set(&[IB_OBJ_STOP]));
/// Weekdays and months.
static CALENDAR_SET: WordSet = Lazy::new(|| word_set(&[&WEEKDAYS, &MONTHS]));

fn is_in(w: &str, list: &[&str]) -> bool {
    // Lengths and first bytes first: most words differ there, and the
    // comparison of the rest is then never called for.
    let first = w.as_bytes().first();
    list.iter()
        .any(|x| x.len() == w.len() && x.as_bytes().first() == first && *x == w)
}

impl<'a> Ctx<'a> {
    // This and the other per-sentence steps marked `inline(never)` stay
    // out of line: inlined into `sentence_figures` and its rules, they made
    // the whole run execute more instructions, not fewer.
    #[inline(never)]
    fn new(
        s: &'a str,
        vague: &VagueTable,
        lex: &'a ActorLexicon,
        named: Option<&[ActorMatch<'a>]>,
        terms: &[(usize, usize, usize)],
    ) -> Ctx<'a> {
        let lower = s.to_ascii_lowercase();
        let toks = tokenize(s);
        let n = toks.len();
        let mut cx = Ctx {
            s,
            lower,
            toks,
            qty: vec![None; n],
            term_at: vec![None; n],
            hits: Vec::new(),
            actors: match named {
                Some(m) => m.to_vec(),
                None => lex.find_all(s),
            },
            iberian: false,
            es: false,
            pt: false,
        };
        cx.find_terms(terms);
        cx.find_quantities(vague);
        cx
    }

    fn w(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.lower.get(t.s..t.e))
            .unwrap_or("")
    }

    fn raw(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.s.get(t.s..t.e))
            .unwrap_or("")
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    /// The first token starting at or after byte `b`.
    fn tok_at(&self, b: usize) -> usize {
        self.toks.partition_point(|t| t.s < b)
    }

    fn text(&self, t0: usize, t1: usize) -> &'a str {
        if t0 >= t1 || t1 > self.toks.len() {
            return "";
        }
        self.s
            .get(self.toks[t0].s..self.toks[t1 - 1].e)
            .unwrap_or("")
    }

    fn bytes(&self, t0: usize, t1: usize) -> (usize, usize) {
        if t0 >= t1 || t1 > self.toks.len() {
            return (0, 0);
        }
        (self.toks[t0].s, self.toks[t1 - 1].e)
    }

    /// The casualty terms that stand as whole words, from the matches of
    /// the terms' leftmost-longest search (start, end, term), in text order.
    #[inline(never)]
    fn find_terms(&mut self, terms: &[(usize, usize, usize)]) {
        let mut hits = Vec::new();
        for &(s, e, term) in terms {
            let t0 = self.tok_at(s);
            let t1 = self.tok_at(e);
            // Whole words only.
            let ok_start = self.toks.get(t0).is_some_and(|t| t.s == s);
            let ok_end = t1 > t0 && self.toks.get(t1 - 1).is_some_and(|t| t.e == e);
            if !(ok_start && ok_end) {
                continue;
            }
            hits.push(TermHit { t0, t1, term });
        }
        for (h, hit) in hits.iter().enumerate() {
            for t in hit.t0..hit.t1 {
                if let Some(slot) = self.term_at.get_mut(t) {
                    *slot = Some(h);
                }
            }
        }
        // The sentence's languages: those of its words of one language, or
        // both when its only such words are spelt alike in both.
        let langs = |f: fn(lexicon::Langs) -> bool| {
            hits.iter()
                .any(|h| TERMS.terms.get(h.term).is_some_and(|t| f(t.langs)))
        };
        let (es_only, pt_only) = (langs(|l| l.es && !l.pt), langs(|l| l.pt && !l.es));
        self.iberian = langs(lexicon::Langs::iberian);
        self.es = self.iberian && (es_only || !pt_only);
        self.pt = self.iberian && (pt_only || !es_only);
        self.hits = hits;
    }

    #[inline(never)]
    fn find_quantities(&mut self, vague: &VagueTable) {
        let mut i = 0;
        while i < self.toks.len() {
            if !self.is_word(i) || self.term_at[i].is_some() {
                i += 1;
                continue;
            }
            let st = self.toks[i].s;
            let w = self.w(i);
            if self.iberian && quantity::iberian_may_start(w) {
                let q = self
                    .s
                    .get(st..)
                    .and_then(|r| quantity::iberian_quantity(r, vague, self.es, self.pt));
                if let Some(q) = q {
                    let end = st + q.len;
                    let t1 = self.tok_at(end).max(i + 1);
                    let mut count = q.count.ok();
                    if count.is_some() && !self.plausible_count(i, t1, end, q.vague) {
                        count = None;
                    }
                    self.qty[i] = Some(Qty {
                        t1,
                        count,
                        fraction: q.count == Err(quantity::NotCount::Fraction),
                    });
                    i = t1;
                    continue;
                }
            }
            // Cheap filter: only digits and words that can start a quantity.
            if !w.starts_with(|c: char| c.is_ascii_digit())
                && !quantity::may_start(w)
                && !vague.starts_entry(w)
            {
                i += 1;
                continue;
            }
            let Some(q) = self.s.get(st..).and_then(|r| quantity::quantity(r, vague)) else {
                i += 1;
                continue;
            };
            let end = st + q.len;
            let t1 = self.tok_at(end).max(i + 1);
            let mut count = q.count.ok();
            if count.is_some() && !self.plausible_count(i, t1, end, q.vague) {
                count = None;
            }
            let fraction = q.count == Err(quantity::NotCount::Fraction);
            self.qty[i] = Some(Qty {
                t1,
                count,
                fraction,
            });
            i = t1;
        }
    }

    /// Whether the number at token `t0` is an age: "a man aged 45", "two
    /// boys aged 12 and 14", "children aged from four to 10", "at the age
    /// of 12".
    fn after_age(&self, t0: usize) -> bool {
        let mut k = t0;
        for _ in 0..8 {
            if k == 0 {
                return false;
            }
            k -= 1;
            let w = self.w(k);
            if matches!(w, "aged" | "ages" | "age") {
                return true;
            }
            let number = w.starts_with(|c: char| c.is_ascii_digit()) || quantity::may_start(w);
            if !(number
                || matches!(
                    w,
                    "from" | "between" | "of" | "and" | "to" | "or" | "-" | ","
                ))
            {
                return false;
            }
        }
        false
    }

    /// Whether the number at tokens `t0..t1` may count people.
    #[inline(never)]
    fn plausible_count(&self, t0: usize, t1: usize, end: usize, vague: bool) -> bool {
        let next = self.w(t1);
        if lexicon::is_unit(next) {
            return false;
        }
        let prev = if t0 > 0 { self.w(t0 - 1) } else { "" };
        let prev2 = if t0 > 1 { self.w(t0 - 2) } else { "" };
        // "April 5", "May 2016": a date; "April at least 88 civilians" and
        // "April 88 civilians" are no day.
        let date_after_month = is_in(prev, &MONTHS)
            && self
                .text(t0, t0 + 1)
                .parse::<u32>()
                .is_ok_and(|n| n <= 31 || (1900..=2100).contains(&n));
        if date_after_month
            || matches!(prev, "#" | "×" | "x")
            || lexicon::CUES.label_before.contains(&prev)
            || prev == "." && matches!(prev2, "p" | "pp" | "no" | "vol")
        {
            return false;
        }
        if matches!(next, "×" | "=" | "x") {
            return false;
        }
        if self.after_age(t0) {
            return false;
        }
        // "016", "01.10.2017": a code or a date, never a count.
        let first = self.text(t0, t0 + 1);
        if first.len() > 1 && first.starts_with('0') && first.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let rest = self.s.get(end..).unwrap_or("");
        let mut ch = rest.chars();
        if let (Some('/' | '-' | '.'), Some(d)) = (ch.next(), ch.next()) {
            if d.is_ascii_digit() {
                return false;
            }
        }
        if !vague {
            // A year: 1900 to 2100 in four digits, unless people follow.
            let digits = self.text(t0, t1);
            if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) {
                let y: u32 = digits.parse().unwrap_or(0);
                if (1900..=2100).contains(&y) && !lexicon::victim(next).is_some_and(|v| v.plural) {
                    return false;
                }
            }
        }
        true
    }

    /// Whether token `i` lies inside an actor's name ("IS" is no "is").
    #[inline(never)]
    fn in_actor(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        self.actors
            .iter()
            .any(|a| a.span.start <= t.s && t.e <= a.span.end)
    }

    /// Whether token `i` is an auxiliary or adverb between a subject and
    /// its participle.
    #[inline(never)]
    fn is_aux(&self, i: usize) -> bool {
        let w = self.w(i);
        (AUX_SET.contains_exact(w) || self.iberian && IB_AUX_SET.contains_exact(w))
            && self.term_at[i].is_none()
            && !self.in_actor(i)
    }

    /// Whether `w` ends a noun phrase walking back from its verb.
    fn np_stop(&self, w: &str) -> bool {
        NP_STOP_SET.contains_exact(w) || self.iberian && IB_NP_STOP_SET.contains_exact(w)
    }

    /// Whether `w` ends an object noun phrase after its verb.
    fn obj_stop(&self, w: &str) -> bool {
        OBJ_STOP_SET.contains_exact(w) || self.iberian && IB_OBJ_STOP_SET.contains_exact(w)
    }

    /// Where the object of the verb ending before `t` starts: after a
    /// Spanish personal "a" ("matan a un policía", "asesinan al alcalde") or
    /// a manner ("mata a tiros a un hombre").
    fn object_start(&self, t: usize) -> usize {
        let mut t = t;
        if !self.iberian {
            return t;
        }
        if self.w(t) == "a" && is_in(self.w(t + 1), IB_MANNER) {
            t += 2;
        }
        if matches!(self.w(t), "a" | "al") && self.is_word(t + 1) {
            t += 1;
        }
        t
    }

    fn term(&self, h: usize) -> Option<&'static Term> {
        self.hits.get(h).and_then(|hit| TERMS.terms.get(hit.term))
    }

    /// The quantity covering token `t`, as (start token, qty).
    fn qty_covering(&self, t: usize) -> Option<(usize, Qty)> {
        let mut i = t.min(self.toks.len().saturating_sub(1));
        loop {
            if let Some(q) = self.qty.get(i).copied().flatten() {
                return (q.t1 > t).then_some((i, q));
            }
            if i == 0 {
                return None;
            }
            i -= 1;
            if t - i > 8 {
                return None;
            }
        }
    }
}

/// Words and single punctuation marks with their byte offsets.
#[inline(never)]
fn tokenize(s: &str) -> Vec<Tok> {
    // About one token per five bytes of news text: grow rarely.
    let mut out = Vec::with_capacity(s.len() / 4 + 4);
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        // ASCII bytes (nearly all) without decoding a character.
        let (c, len) = if x.is_ascii() {
            (char::from(x), 1)
        } else {
            let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            (c, c.len_utf8())
        };
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if c.is_alphanumeric() {
            let e = word_end(s, i + len);
            out.push(Tok {
                s: i,
                e,
                word: true,
            });
            i = e;
        } else {
            out.push(Tok {
                s: i,
                e: i + len,
                word: false,
            });
            i += len;
        }
    }
    out
}

/// The end of the word of [`tokenize`] that runs on at byte `e`: letters
/// and digits, and inner hyphens and apostrophes ("pro-regime", "Hay'at")
/// before a letter or digit.
fn word_end(s: &str, mut e: usize) -> usize {
    let b = s.as_bytes();
    let alnum_at = |k: usize| {
        s.get(k..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_alphanumeric)
    };
    loop {
        e = crate::bytes::ascii_alnum_end(b, e);
        let Some(&x) = b.get(e) else {
            return e;
        };
        let (d, len) = if x.is_ascii() {
            (char::from(x), 1)
        } else {
            let Some(d) = s.get(e..).and_then(|r| r.chars().next()) else {
                return e;
            };
            (d, d.len_utf8())
        };
        if d.is_alphanumeric() || matches!(d, '-' | '\'' | '’' | '‐') && alnum_at(e + len) {
            e += len;
            continue;
        }
        return e;
    }
}

/// A figure before its actors are resolved.
#[derive(Clone, Debug)]
struct Raw {
    kind: CasualtyKind,
    count: Option<Count>,
    /// The victim noun phrase (tokens), if any.
    victim: Option<(usize, usize)>,
    /// A victim given directly (the bomber's side).
    victim_actor: Option<Actor>,
    /// Take the victim of the figure before (ellipsis: "and dozens more wounded").
    inherit: bool,
    /// Where to look for the perpetrator: before (active) or after (passive).
    perp_before: Option<usize>,
    perp_after: Option<usize>,
    claimed: bool,
    claimant: Option<String>,
    cumulative: Option<bool>,
    span: (usize, usize),
}

impl Raw {
    fn new(kind: CasualtyKind, count: Option<Count>, span: (usize, usize)) -> Raw {
        Raw {
            kind,
            count,
            victim: None,
            victim_actor: None,
            inherit: false,
            perp_before: None,
            perp_after: None,
            claimed: false,
            claimant: None,
            cumulative: None,
            span,
        }
    }
}

/// One item of an enumerated noun phrase, read for its count.
#[derive(Clone, Copy, Debug)]
struct Item {
    t0: usize,
    t1: usize,
    count: Option<Count>,
    /// A singular person without a number ("the owner", "a civilian").
    single: bool,
    /// Has any victim noun or actor.
    people: bool,
    /// Negated ("no one", "no civilians").
    none: bool,
    /// Its victim noun has a determiner ("the owner").
    det: bool,
    /// A number that is not a count ("two thirds").
    not_count: bool,
}

fn sum(a: Count, b: Count) -> Count {
    Count {
        low: a.low.zip(b.low).map(|(x, y)| x + y),
        best: a.best + b.best,
        high: a.high.zip(b.high).map(|(x, y)| x + y),
        approximate: a.approximate || b.approximate,
    }
}

impl Ctx<'_> {
    /// Reads one item `t0..t1` of a noun phrase.
    fn item(&self, t0: usize, t1: usize) -> Item {
        let mut it = Item {
            t0,
            t1,
            count: None,
            single: false,
            people: false,
            none: false,
            not_count: false,
            det: false,
        };
        // The count is the last number of the item, nearest its head ("Mar
        // 17 2016 More than 100 militants", "Police said two people"),
        // except a partitive subset ("one of them"), unless it is the whole
        // object of a casualty verb ("killing 14 of them").
        let object = t0
            .checked_sub(1)
            .is_some_and(|k| self.term_at.get(k).copied().flatten().is_some());
        let mut i = t0;
        while i < t1 {
            if let Some(q) = self.qty[i] {
                let partitive = self.w(q.t1) == "of"
                    && matches!(self.w(q.t1 + 1), "them" | "whom" | "those" | "which")
                    && !(object && i == t0);
                // "alcalde de un municipio", "mãe de dois filhos": a number
                // after a preposition inside the phrase counts its
                // complement, not its head.
                let complement = self.iberian
                    && i > t0
                    && matches!(
                        self.w(i - 1),
                        "de" | "del" | "do" | "da" | "en" | "em" | "con" | "com"
                    );
                if complement {
                    i = q.t1.max(i + 1);
                    continue;
                }
                match q.count {
                    Some(c) if !partitive => {
                        it.count = Some(c);
                        it.t0 = i;
                        it.not_count = false;
                    }
                    // "two thirds of them" is no count; an age ("ten-year-old")
                    // or an ordinal ("5th Corps") leaves the people to count.
                    None if q.fraction => {
                        it.not_count = true;
                        it.count = None;
                    }
                    _ => {}
                }
                i = q.t1.max(i + 1);
                continue;
            }
            i += 1;
        }
        if (matches!(self.w(t0), "no" | "nobody" | "none" | "noone")
            || self.iberian && is_in(self.w(t0), IB_NONE))
            && self.qty[t0].is_none()
        {
            it.none = true;
        }
        // "and another was wounded", "wounding another": one more person.
        if it.count.is_none() && another(self, t0, t1) {
            it.single = true;
            it.people = true;
            it.det = true;
            return it;
        }
        let mut first_noun: Option<lexicon::VictimNoun> = None;
        for k in it.t0..t1 {
            if let Some(v) = lexicon::victim(self.w(k)) {
                it.people = true;
                if first_noun.is_none() {
                    // A compound's last noun is its head: "police officer".
                    let mut head = v;
                    let mut h = k + 1;
                    while h < t1
                        && !matches!(self.w(h), "he" | "she" | "him" | "her" | "they" | "them")
                    {
                        match lexicon::victim(self.w(h)) {
                            Some(next) => head = next,
                            None => break,
                        }
                        h += 1;
                    }
                    first_noun = Some(head);
                    // "the owner", "his son", "a young man": a determiner
                    // shows the noun heads its own item.
                    it.det = (k.saturating_sub(3).max(it.t0)..k).any(|d| {
                        self.iberian && is_in(self.w(d), IB_DET)
                            || matches!(
                                self.w(d),
                                "a" | "an"
                                    | "the"
                                    | "his"
                                    | "her"
                                    | "their"
                                    | "its"
                                    | "one"
                                    | "another"
                                    | "this"
                                    | "that"
                            )
                    });
                }
            }
        }
        let (b, e) = self.bytes(it.t0, t1);
        if self
            .actors
            .iter()
            .any(|a| a.span.start >= b && a.span.end <= e)
        {
            it.people = true;
        }
        // "6 members at least of the organization"
        if let Some(c) = it.count {
            if (it.t0..t1).any(|k| self.w(k) == "at" && self.w(k + 1) == "least") && c.high == c.low
            {
                it.count = Some(Count {
                    low: Some(c.best),
                    best: c.best,
                    high: None,
                    approximate: c.approximate,
                });
            }
        }
        // "the owner", "a civilian", "NPA rebel": one person.
        if it.count.is_none() && !it.not_count {
            if let Some(v) = first_noun {
                if !v.plural && !it.none {
                    it.single = true;
                }
            }
        }
        it
    }

    /// Whether the counted items after the first name a part of its people
    /// ("15 civilians 3 children", "20 people 6 of them women").
    fn subsets_of_first(&self, counted: &[&Item]) -> bool {
        let head = |it: &Item| {
            (it.t0..it.t1)
                .rev()
                .map(|k| self.w(k))
                .find(|w| lexicon::victim(w).is_some())
        };
        let general = head(counted[0]).is_some_and(|w| {
            matches!(
                w,
                "people" | "persons" | "civilians" | "citizens" | "residents" | "villagers"
            )
        });
        let total = counted[0].count.map_or(0, |c| c.best);
        general
            && counted[1..].iter().all(|it| {
                it.count.is_some_and(|c| c.best < total)
                    && head(it).is_some_and(|w| {
                        matches!(
                            w,
                            "children"
                                | "child"
                                | "women"
                                | "woman"
                                | "girls"
                                | "boys"
                                | "kids"
                                | "minors"
                                | "infants"
                                | "elderly"
                        )
                    })
            })
    }

    /// Whether an item is a bare number ("nine" in "and nine wounded").
    fn bare(&self, it: &Item) -> bool {
        let mut k = it.t0;
        // "and left dozens more": words before the number make it no bare one.
        let first_word = (it.t0..it.t1).find(|&i| self.is_word(i));
        if first_word.is_some_and(|f| self.qty[f].is_none()) {
            return false;
        }
        if let Some(q) = self.qty.get(k).copied().flatten() {
            k = q.t1;
        }
        (k..it.t1).all(|i| matches!(self.w(i), "more" | "others" | "other" | "," | "people"))
    }

    /// Splits `t0..t1` on commas and "and" into items.
    fn items(&self, t0: usize, t1: usize) -> Vec<Item> {
        let mut out = Vec::new();
        let mut kin_list = false;
        let mut st = t0;
        let mut i = t0;
        while i < t1 {
            if let Some(q) = self.qty[i] {
                // "10 children 5 women": a count after counted people starts
                // another item even without a comma.
                let partitive = self.w(q.t1) == "of";
                if st < i && q.count.is_some() && !partitive {
                    let before = (st..i).find(|&k| self.qty[k].is_some_and(|p| p.count.is_some()));
                    if before.is_some_and(|b| {
                        (b..i).any(|k| lexicon::victim(self.w(k)).is_some_and(|v| v.plural))
                    }) {
                        out.push(self.item(st, i));
                        st = i;
                    }
                }
                i = q.t1.max(i + 1);
                continue;
            }
            let w = self.w(i);
            if w == "including" || w == "among" && self.w(i + 1) == "them" {
                if st < i {
                    out.push(self.item(st, i));
                }
                while i < t1 && self.w(i) != "," {
                    i += 1;
                }
                i += 1;
                st = i;
                continue;
            }
            // "a father a mother and a son": an article after a singular
            // person starts the next one.
            if matches!(w, "a" | "an")
                && i > st
                && lexicon::victim(self.w(i - 1)).is_some_and(|v| !v.plural)
            {
                out.push(self.item(st, i));
                st = i;
                i += 1;
                continue;
            }
            // "a man woman and child" (commas lost): a second person noun
            // right after a singular one starts the next person, in a list
            // that ends with "and" ("a girl child" is one person).
            if i > st
                && kin(w)
                && kin(self.w(i - 1))
                && (i + 1..t1).any(|k| matches!(self.w(k), "and" | "&"))
            {
                out.push(self.item(st, i));
                st = i;
                kin_list = true;
                i += 1;
                continue;
            }
            let split = w == ","
                || w == "and"
                || w == "&"
                || w == "as"
                || self.iberian && matches!(w, "y" | "e")
                || kin_with(self, i);
            if split {
                // "as well as"
                if w == "as" && !(self.w(i + 1) == "well" && self.w(i + 2) == "as") {
                    i += 1;
                    continue;
                }
                if st < i {
                    out.push(self.item(st, i));
                }
                i += if w == "as" { 3 } else { 1 };
                st = i;
                continue;
            }
            i += 1;
        }
        if st < t1 {
            out.push(self.item(st, t1.min(self.toks.len())));
        }
        // Only the first item may be a bare singular ("kill doctor, his
        // associate"); later ones need a determiner, or "and Arab-backed
        // rebel Free Syrian Army" would count a person.
        for it in out.iter_mut().skip(1) {
            let named = kin_list && it.t1 == it.t0 + 1 && kin(self.w(it.t0));
            // Spanish and Portuguese headlines drop the article of each
            // person named: "corpos de homem e mulher".
            let bare_noun = self.iberian && it.t1 == it.t0 + 1;
            if it.single && !it.det && !named && !bare_noun {
                it.single = false;
            }
        }
        out
    }

    /// Figures for a noun phrase `t0..t1` that the verb at `verb` applies to.
    /// Enumerated counts are separate figures ("95 assailants, 22 soldiers");
    /// a singular person among counts sums ("the owner and two employees").
    fn np_figures(
        &self,
        t0: usize,
        t1: usize,
        kind: CasualtyKind,
        span_of: &dyn Fn(usize, usize) -> (usize, usize),
        allow_null: bool,
    ) -> Vec<Raw> {
        if t0 >= t1 {
            return Vec::new();
        }
        let items = self.items(t0, t1);
        if items.iter().any(|i| i.not_count) {
            return Vec::new();
        }
        // "... were not at home and no one was hurt": the zero nearest the
        // verb is the clause's own subject.
        let last_none = items.len() > 1
            && items.last().is_some_and(|i| i.none)
            && items[..items.len() - 1].iter().all(|i| i.count.is_none());
        if last_none {
            let z = items[items.len() - 1];
            let mut r = Raw::new(kind, Some(Count::exact(0)), span_of(z.t0, z.t1));
            r.victim = Some((z.t0, z.t1));
            return vec![r];
        }
        if items.first().is_some_and(|i| i.none) {
            let mut r = Raw::new(kind, Some(Count::exact(0)), span_of(t0, t1));
            r.victim = Some((t0, t1));
            return vec![r];
        }
        let any_people = items.iter().any(|i| i.people);
        let mut counted: Vec<&Item> = items.iter().filter(|i| i.count.is_some()).collect();
        if counted.len() >= 2 && any_people {
            // "killing 8 fighters and destroying two tanks"
            counted.retain(|i| i.people || self.bare(i));
        }
        let singles = items.iter().filter(|i| i.single).count();
        // "Three civilians two women and a man": the items after the first
        // count break it down when they add up to it.
        if let Some(first) = counted.first().filter(|f| f.t0 == items[0].t0) {
            let rest: u64 = items[1..]
                .iter()
                .map(|i| {
                    if i.single {
                        1
                    } else {
                        i.count.map_or(0, |c| c.best)
                    }
                })
                .sum();
            let total = first.count.map_or(0, |c| c.best);
            if items.len() >= 3 && total > 1 && rest == total {
                let mut r = Raw::new(kind, first.count, span_of(t0, t1));
                r.victim = Some((first.t0, first.t1));
                return vec![r];
            }
        }
        // "15 civilians 3 children killed": children among the civilians.
        if counted.len() >= 2 && singles == 0 && self.subsets_of_first(&counted) {
            let first = counted[0];
            let mut r = Raw::new(kind, first.count, span_of(first.t0, first.t1));
            r.victim = Some((first.t0, first.t1));
            return vec![r];
        }
        if counted.len() >= 2 && singles == 0 {
            return counted
                .iter()
                .map(|it| {
                    let mut r = Raw::new(kind, it.count, span_of(it.t0, it.t1));
                    r.victim = Some((it.t0, it.t1));
                    r
                })
                .collect();
        }
        if singles > 0 && (singles + counted.len() >= 2) {
            let mut total: Option<Count> = None;
            for it in &items {
                let c = if it.single {
                    Some(Count::exact(1))
                } else {
                    it.count
                };
                if let Some(c) = c {
                    total = Some(total.map_or(c, |t| sum(t, c)));
                }
            }
            let mut r = Raw::new(kind, total, span_of(t0, t1));
            r.victim = Some((t0, t1));
            return vec![r];
        }
        if let Some(it) = counted.first() {
            let mut r = Raw::new(kind, it.count, span_of(it.t0, t1));
            r.victim = Some((it.t0, t1));
            return vec![r];
        }
        if singles == 1 {
            let mut r = Raw::new(kind, Some(Count::exact(1)), span_of(t0, t1));
            r.victim = Some((t0, t1));
            return vec![r];
        }
        if allow_null && items.iter().any(|i| i.people) {
            let mut r = Raw::new(kind, None, span_of(t0, t1));
            r.victim = Some((t0, t1));
            return vec![r];
        }
        Vec::new()
    }

    /// Whether the words before token `t` make the verb unreal: a modal, a
    /// negation, a threat ("or be killed", "threatened to kill").
    fn irrealis_before(&self, t: usize) -> bool {
        let lo = t.saturating_sub(4);
        for i in (lo..t).rev() {
            let w = self.w(i);
            if is_in(w, MODALS) {
                return true;
            }
            if w == "be" && i > 0 {
                let p = self.w(i - 1);
                if matches!(p, "or" | "and") {
                    return true;
                }
                if p == "to" && i > 1 {
                    let pp = self.w(i - 2);
                    if !matches!(
                        pp,
                        "believed"
                            | "feared"
                            | "reported"
                            | "said"
                            | "thought"
                            | "confirmed"
                            | "known"
                            | "understood"
                            | "presumed"
                    ) {
                        return true;
                    }
                }
            }
            if matches!(w, "of" | "with" | "for") && i + 1 == t && i > 0 {
                // "accused of killing 20 villagers", "arrested for killing":
                // an allegation about an earlier event, not this one's toll.
                if is_in(self.w(i - 1), &lexicon::CUES.allegation) {
                    return true;
                }
            }
            if w == "to" && i + 1 == t {
                // "to kill", "tried to kill"; "to have killed" is a claim;
                // "succeeded to kill" happened.
                let prev = if i > 0 { self.w(i - 1) } else { "" };
                return !matches!(prev, "succeeded" | "managed");
            }
            if w.starts_with("threat")
                || w.starts_with("warn")
                || w.starts_with("vow")
                || w.starts_with("attempt")
                // "plotted", "planned"; not "planes", "plots of land".
                || matches!(
                    w,
                    "plot" | "plotted" | "plotting" | "plan" | "plans" | "planned" | "planning"
                )
            {
                return true;
            }
            if !self.is_word(i) && w != "#" {
                break;
            }
        }
        false
    }

    /// "The Taliban claimed 15 were killed", "IS claims that 40 soldiers
    /// died": a party's claim verb right before the count ("the attack
    /// claimed 15 lives" is a toll, not a claim).
    fn claim_then_count(&self, c: usize, t: usize) -> bool {
        // "The Taliban said 15 police were killed": an armed group's word
        // on a toll is its claim.
        let said = matches!(self.w(c), "said" | "says");
        if !matches!(self.w(c), "claimed" | "claims" | "claim") && !said {
            return false;
        }
        let q = if self.w(c + 1) == "that" {
            c + 2
        } else {
            c + 1
        };
        self.qty
            .get(q)
            .copied()
            .flatten()
            // "Attacks Claim 20 Martyrs": the count's own noun is the toll.
            .is_some_and(|x| x.count.is_some() && x.t1 != t)
            && !(q..t + 3).any(|i| matches!(self.w(i), "lives" | "life"))
            && self
                .perp_before(c)
                .is_some_and(|p| !said || p.actor.is_some() && p.side == Side::ArmedGroup)
    }

    /// A claim marker before the verb ("claiming to have killed"): the
    /// claimant's canonical name, or its words.
    #[inline(never)]
    fn claim_before(&self, t: usize) -> Option<String> {
        let lo = t.saturating_sub(7);
        let mut claim_at = None;
        for i in (lo..t).rev() {
            let w = self.w(i);
            if w.starts_with("claim") || w == "said" || w == "says" {
                claim_at = Some(i);
                break;
            }
        }
        let c = claim_at?;
        let between: Vec<&str> = (c + 1..t).map(|i| self.w(i)).collect();
        let marker = between.windows(2).any(|w| {
            matches!(
                w,
                ["to", "have"]
                    | ["it", "had"]
                    | ["it", "has"]
                    | ["they", "had"]
                    | ["that", "it"]
                    | ["that", "its"]
                    | ["it", "killed"]
            )
        }) || between.first() == Some(&"having")
            // "said it killed", "said they killed": its own deed.
            || between == ["it"]
            || between == ["they"]
            || between.first() == Some(&"it")
            || self.claim_then_count(c, t);
        if !marker {
            return None;
        }
        // The claimant: the nearest actor before the claim, or the party
        // the subject names ("the army", "militants").
        let p = self.perp_before(c)?;
        Some(p.actor.unwrap_or(p.text))
    }
}

/// Cumulative cues of a sentence (lower case): a period or several events.
fn cumulative_cue(lower: &str, words: &[Tok]) -> Vec<usize> {
    // One scan for the three phrase classes: running totals, "a total of"
    // / "in total" (a sum over several events), and phrases that tie a
    // total to one event ("A total of 17 people were killed in the
    // attack"): a total counts unless such a phrase is there.
    const CUMULATIVE: u8 = 1;
    const TOTAL: u8 = 2;
    const ONE_EVENT: u8 = 4;
    static CUE_AC: once_cell::sync::Lazy<(crate::lexicon::OverlapDfa, Vec<u8>)> =
        once_cell::sync::Lazy::new(|| {
            let mut phrases: Vec<&str> = Vec::new();
            let mut classes: Vec<u8> = Vec::new();
            let lists = [
                (CUMULATIVE, &lexicon::CUES.cumulative),
                (TOTAL, &lexicon::CUES.total),
                (ONE_EVENT, &lexicon::CUES.one_event),
            ];
            for (class, list) in lists {
                for p in list.iter() {
                    match phrases.iter().position(|q| q == p) {
                        Some(k) => classes[k] |= class,
                        None => {
                            phrases.push(p);
                            classes.push(class);
                        }
                    }
                }
            }
            let ac = dfa(&phrases).expect("cue phrases build an automaton");
            (ac, classes)
        });
    let (ac, classes) = &*CUE_AC;
    let mut at = Vec::new();
    let mut totals = Vec::new();
    let mut one_event = false;
    ac.for_each(lower, |s, e, p| {
        if !whole_word(lower, s, e) {
            return;
        }
        let class = classes.get(p).copied().unwrap_or(0);
        if class & CUMULATIVE != 0 {
            at.push(s);
        }
        if class & TOTAL != 0 {
            totals.push(s);
        }
        one_event |= class & ONE_EVENT != 0;
    });
    if !one_event {
        at.extend(totals);
    }
    // "during 2 months of", "in 2 days", "over three weeks", "since the 13th
    // of March", "since March" (not "since Sunday": one running event).
    // The runs of letters and digits, read off the sentence's word tokens
    // (a word token is such runs joined by single hyphens or apostrophes).
    let mut toks: Vec<(usize, &str)> = Vec::with_capacity(words.len() + 4);
    for t in words.iter().filter(|t| t.word) {
        let Some(w) = lower.get(t.s..t.e) else {
            continue;
        };
        if w.bytes().all(|b| b.is_ascii_alphanumeric()) {
            toks.push((t.s, w));
            continue;
        }
        let mut start: Option<usize> = None;
        for (i, c) in w.char_indices() {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(st) = start.take() {
                toks.push((t.s + st, &w[st..i]));
            }
        }
        if let Some(st) = start {
            toks.push((t.s + st, &w[st..]));
        }
    }
    for (i, &(pos, w)) in toks.iter().enumerate() {
        let w = &w;
        let next = toks.get(i + 1).map_or("", |t| t.1);
        let next2 = toks.get(i + 2).map_or("", |t| t.1);
        let next3 = toks.get(i + 3).map_or("", |t| t.1);
        // "over a four-day stretch", "during a two-week offensive".
        if matches!(*w, "during" | "in" | "over" | "within" | "across")
            && matches!(next, "a" | "an")
            && several(next2)
            && matches!(next3, "day" | "week" | "month" | "year")
        {
            at.push(pos);
        }
        if matches!(
            *w,
            "during" | "in" | "over" | "within" | "for" | "past" | "last"
        ) {
            let n_ok = several(next) || next == "few";
            if n_ok && matches!(next2, "days" | "weeks" | "months" | "years") {
                at.push(pos);
            }
        }
        if *w == "since"
            && !is_in(next, &WEEKDAYS)
            && !matches!(
                next,
                "yesterday" | "dawn" | "morning" | "midnight" | "last" | "early" | "the"
            )
        {
            at.push(pos);
        }
        if *w == "since"
            && next == "the"
            && !is_in(next2, &WEEKDAYS)
            && !matches!(
                next2,
                "morning" | "attack" | "blast" | "explosion" | "bombing"
            )
        {
            at.push(pos);
        }
    }
    // "the deadliest attack since the war began", "the worst in a year": a
    // comparison, not a period the figure covers.
    at.retain(|&p| {
        let lo = lower.floor_char_boundary_compat(p.saturating_sub(40));
        let before = lower.get(lo..p).unwrap_or("");
        ![
            "deadliest",
            "worst",
            "bloodiest",
            "biggest",
            "largest",
            "heaviest",
        ]
        .iter()
        // "the deadliest month this year" compares periods: still a total.
        .any(|w| {
            before.find(w).is_some_and(|k| {
                let after = before.get(k + w.len()..).unwrap_or("").trim_start();
                !["day", "week", "month", "year"]
                    .iter()
                    .any(|p| after.starts_with(p))
            })
        })
    });
    at
}

/// `str::floor_char_boundary` for stable Rust: the largest char boundary at
/// or below `i`.
trait FloorBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}

impl FloorBoundary for str {
    fn floor_char_boundary_compat(&self, i: usize) -> usize {
        let mut i = i.min(self.len());
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

/// A count of more than one unit of time, in digits or words ("4", "four",
/// "several"): "a four-day stretch", "during 2 months".
fn several(w: &str) -> bool {
    (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) && w != "1")
        || matches!(
            w,
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "several"
        )
}

/// An automaton over a few cue phrases, as a DFA: searched once per
/// sentence with overlapping matches, where the DFA is the fastest.
fn dfa(phrases: &[&str]) -> Result<crate::lexicon::OverlapDfa, aho_corasick::BuildError> {
    crate::lexicon::OverlapDfa::new_exact(phrases)
}

/// Whether `hay[s..e]` is whole words: no letter or digit right before or
/// after it.
fn whole_word(hay: &str, s: usize, e: usize) -> bool {
    let before_ok = !hay
        .get(..s)
        .and_then(|h| h.chars().next_back())
        .is_some_and(|c| c.is_alphanumeric());
    let after_ok = !hay
        .get(e..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_alphanumeric());
    before_ok && after_ok
}

/// Whether the automaton finds a whole-word match in `hay`.
fn has_phrase(ac: &crate::lexicon::OverlapDfa, hay: &str) -> bool {
    let mut found = false;
    ac.for_each(hay, |s, e, _| found |= whole_word(hay, s, e));
    found
}

fn contains_phrase(hay: &str, p: &str) -> bool {
    let mut from = 0;
    while let Some(pos) = hay.get(from..).and_then(|h| h.find(p)) {
        let s = from + pos;
        let e = s + p.len();
        let before_ok = !hay[..s]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric());
        let after_ok = !hay
            .get(e..)
            .and_then(|r| r.chars().next())
            .is_some_and(|c| c.is_alphanumeric());
        if before_ok && after_ok {
            return true;
        }
        from = e;
    }
    false
}

/// A nom rule: "another", "another one", "one other", "the other" alone as a
/// noun phrase: one more person.
fn another_np(i: &str) -> nom::IResult<&str, ()> {
    let (r, _) = nom::branch::alt((
        phrase("another one"),
        phrase("another person"),
        phrase("another"),
        phrase("one other"),
        phrase("the other"),
        // "the gunmen killed him": the one person the sentence is about;
        // "Suicide bomber kills self, 3 soldiers": the attacker.
        phrase("him"),
        phrase("her"),
        phrase("self"),
    ))
    .parse(i)?;
    Ok((r, ()))
}

/// Whether tokens `t0..t1` are only "another" (or "another one", "one
/// other", "the other", or an object pronoun of one person: "him", "her").
fn another(cx: &Ctx<'_>, t0: usize, t1: usize) -> bool {
    // "hieren a otro", "fere outro".
    if cx.iberian && t1 == t0 + 1 && matches!(cx.w(t0), "otro" | "otra" | "outro" | "outra") {
        return true;
    }
    let (b, e) = cx.bytes(t0, t1);
    let Some(np) = cx.lower.get(b..e) else {
        return false;
    };
    nom::combinator::all_consuming(another_np).parse(np).is_ok()
}

/// Whether the words before token `t` ask about casualties without a number:
/// "no information about", "without information on", "no word of".
fn unknown_before(cx: &Ctx<'_>, t: usize) -> bool {
    let lo = t.saturating_sub(6);
    let b = cx.toks.get(lo).map_or(0, |x| x.s);
    let e = cx.toks.get(t).map_or(cx.s.len(), |x| x.s);
    let window = cx.lower.get(b..e).unwrap_or("");
    if window.len() < 4 {
        return false;
    }
    let has_cue = lexicon::CUES
        .unknown
        .iter()
        .any(|c| contains_phrase(window, c));
    if !has_cue {
        return false;
    }
    let has_prep = [
        "about",
        "on",
        "of",
        "regarding",
        "concerning",
        "whether",
        "any",
        "yet",
    ]
    .iter()
    .any(|p| contains_phrase(window, p));
    has_prep
}

/// A nom rule: an explicit zero before a casualty noun: "no", "without",
/// "no further", "there were no".
fn zero_marker(i: &str) -> nom::IResult<&str, ()> {
    let (r, _) = nom::branch::alt((phrase("no"), phrase("without"), phrase("zero"))).parse(i)?;
    Ok((r, ()))
}

/// Reads the figures of one sentence `s` (already sliced); spans are local.
pub(crate) fn sentence_figures<'a>(
    s: &'a str,
    vague: &VagueTable,
    lex: &'a ActorLexicon,
    named: Option<&[ActorMatch<'a>]>,
    terms: Option<&[(usize, usize, usize)]>,
) -> Vec<(Figure, Span)> {
    // The terms first (given by the caller, or searched for here): a
    // sentence without one has no figure.
    let found;
    let terms = match terms {
        Some(t) => t,
        None => {
            let automaton = TERMS.automaton();
            let mut all = Vec::new();
            let mut at = 0;
            // The terms are never empty: each match ends past its start.
            while let Some((a, b, term)) = automaton.find_at(s, at) {
                all.push((a, b, term));
                at = b.max(a + 1);
            }
            found = all;
            &found
        }
    };
    if terms.is_empty() {
        return Vec::new();
    }
    let cx = Ctx::new(s, vague, lex, named, terms);
    let mut raws: Vec<Raw> = Vec::new();
    let mut used_qty: Vec<bool> = vec![false; cx.toks.len()];
    for h in 0..cx.hits.len() {
        let hit = cx.hits[h];
        let Some(term) = cx.term(h) else { continue };
        let before = raws.len();
        rule_for_hit(&cx, hit, term, &mut raws, &mut used_qty);
        // "Fifteen victims were brought to hospital for treatment": victims
        // who are treated are wounded.
        if term.kind == CasualtyKind::KilledOrWounded
            && matches!(cx.w(hit.t0), "victims" | "casualties")
            && treated_after(&cx, hit.t1)
        {
            for r in &mut raws[before..] {
                if r.kind == CasualtyKind::KilledOrWounded {
                    r.kind = CasualtyKind::Wounded;
                }
            }
        }
        // Capturing takes people: "the base was captured", "rebels captured
        // the village", "troops captured two tanks" are no captives.
        if term.kind == CasualtyKind::Captured
            && !(term.roles.noun && !term.roles.pp && !term.roles.act)
        {
            let active_headline = !hit.t0.checked_sub(1).is_some_and(|k| cx.is_aux(k))
                && captured_object_follows(&cx, hit.t1);
            let mut k = before;
            while k < raws.len() {
                if raws[k].kind == CasualtyKind::Captured
                    && (active_headline && raws[k].perp_after.is_some() && raws[k].count.is_none()
                        || !captured_people(&cx, &raws[k]))
                {
                    raws.remove(k);
                } else {
                    k += 1;
                }
            }
        }
        // Claims.
        if raws.len() > before {
            if let Some(claimant) = cx.claim_before(hit.t0) {
                for r in &mut raws[before..] {
                    r.claimed = true;
                    r.claimant = Some(claimant.clone());
                }
            }
        }
    }
    finish(&cx, raws)
}

/// Whether the clause from `t` says its people were treated ("brought to
/// Turkey for treatment", "taken to hospital") and none died.
#[inline(never)]
fn treated_after(cx: &Ctx<'_>, t: usize) -> bool {
    let end = (t..cx.toks.len())
        .find(|&i| matches!(cx.w(i), "." | ";"))
        .unwrap_or(cx.toks.len())
        .min(t + 20);
    let mut treated = false;
    for i in t..end {
        if cx.term_at.get(i).copied().flatten().is_some() {
            return false;
        }
        treated |= matches!(
            cx.w(i),
            "treatment" | "treated" | "hospitalised" | "hospitalized" | "hospital" | "hospitals"
        );
    }
    treated
}

/// Whether the words at `t` start an object of "captured" that is no
/// person: "captured the village", "captured Palmyra", "captured two tanks".
#[inline(never)]
fn captured_object_follows(cx: &Ctx<'_>, t: usize) -> bool {
    if t >= cx.toks.len() || !cx.is_word(t) {
        return false;
    }
    let w = cx.w(t);
    if matches!(
        w,
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "large" | "control"
    ) || cx.qty[t].is_some()
    {
        return true;
    }
    let r = cx.raw(t);
    r.chars().next().is_some_and(char::is_uppercase) && r.chars().skip(1).any(char::is_lowercase)
}

/// Whether a captured figure counts people: its victim's head noun (before
/// "of", "inside", ...) is a person noun or an actor, or a named person, or
/// a bare count ("captured 20").
#[inline(never)]
fn captured_people(cx: &Ctx<'_>, r: &Raw) -> bool {
    if r.victim_actor.is_some() {
        return true;
    }
    let Some((a, b)) = r.victim else {
        return r.count.is_some();
    };
    let mut i = a;
    while i < b {
        let w = cx.w(i);
        if lexicon::victim(w).is_some() || cx.in_actor(i) {
            return true;
        }
        // "At least 200 civilians": a qualifier, not a place's preposition.
        if w == "at" && matches!(cx.w(i + 1), "least" | "most") {
            i += 2;
            continue;
        }
        let head_is_count = (a..i).all(|k| {
            cx.qty_covering(k).is_some() || matches!(cx.w(k), "the" | "a" | "an" | "more")
        });
        if matches!(
            w,
            "of" | "inside"
                | "in"
                | "near"
                | "at"
                | "on"
                | "from"
                | "outside"
                | "to"
                | "by"
                | "with"
                | "after"
                | "during"
                | "as"
                | "north"
                | "south"
                | "east"
                | "west"
        ) && !(w == "of" && head_is_count)
        {
            break;
        }
        i += 1;
    }
    if named_person(cx, a, i.max(a + 1).min(b)) {
        return true;
    }
    r.count.is_some() && (a..b).all(|k| cx.qty_covering(k).is_some() || !cx.is_word(k))
}

fn rule_for_hit(cx: &Ctx<'_>, hit: TermHit, term: &Term, raws: &mut Vec<Raw>, used: &mut [bool]) {
    let roles = term.roles;
    let kind = term.kind;
    let n = cx.toks.len();
    if roles.selfkill {
        self_rule(cx, hit, raws);
        return;
    }
    if roles.toll {
        // "the toll may rise to 50": a forecast.
        if cx.irrealis_before(hit.t0) {
            return;
        }
        toll_rule(cx, hit, raws, used);
        return;
    }
    if roles.of {
        // "the death of X": not after "no".
        if hit.t0 > 0 && matches!(cx.w(hit.t0 - 1), "no" | "without") {
            return;
        }
        let (t1, _) = object_np(cx, hit.t1);
        // "the fate of 200 soldiers remained unknown": missing only when
        // the fate is said to be unknown.
        if kind == CasualtyKind::Missing
            && !(hit.t1..(t1 + 6).min(cx.toks.len()))
                .any(|i| matches!(cx.w(i), "unknown" | "unclear"))
        {
            return;
        }
        // The people end at the verb ("... soldiers remained unknown").
        let t1 = (hit.t1..t1)
            .find(|&i| {
                kind == CasualtyKind::Missing
                    && matches!(
                        cx.w(i),
                        "remain" | "remains" | "remained" | "is" | "was" | "are" | "were"
                    )
            })
            .unwrap_or(t1);
        // "65 bodies of civilians": the number before the noun counts.
        if let Some((q0, q)) = hit.t0.checked_sub(1).and_then(|k| cx.qty_covering(k)) {
            if q.count.is_some() && q.t1 == hit.t0 && (hit.t1..t1).all(|i| cx.qty[i].is_none()) {
                let mut r = Raw::new(kind, q.count, cx.bytes(q0, t1));
                r.victim = Some((hit.t1, t1));
                push_all(cx, vec![r], raws, used, Some(q0), Some(t1));
                mark(used, q0);
                return;
            }
        }
        // "the bodies of the hostages": people counted in an earlier sentence.
        if back_reference(cx, hit.t1 + 2) == Some(hit.t1) {
            let mut r = Raw::new(kind, None, cx.bytes(hit.t0, hit.t1 + 2));
            r.victim = Some((hit.t1, hit.t1 + 2));
            raws.push(r);
            return;
        }
        let figs = cx.np_figures(hit.t1, t1, kind, &|a, b| cx.bytes(hit.t0.min(a), b), true);
        let figs = or_named_person(cx, hit, t1, kind, figs);
        push_all(cx, figs, raws, used, Some(hit.t0), Some(t1));
        return;
    }
    if roles.lost {
        let Some(q) = cx.qty.get(hit.t1).copied().flatten() else {
            return;
        };
        let (t1, _) = object_np(cx, q.t1);
        let has_people = (q.t1..t1).any(|i| lexicon::victim(cx.w(i)).is_some());
        if !has_people || q.count.is_none() || cx.irrealis_before(hit.t0) {
            return;
        }
        let mut r = Raw::new(CasualtyKind::Killed, q.count, cx.bytes(hit.t0, t1));
        // The subject is the victim: the nearest actor before "lost".
        let b = cx.toks[hit.t0].s;
        if let Some(a) = cx.actors.iter().rev().find(|a| a.span.end <= b) {
            r.victim_actor = Some(Actor {
                text: cx.s.get(a.span.start..a.span.end).unwrap_or("").to_string(),
                actor: Some(a.name.to_string()),
                side: a.side,
                certainty: None,
            });
        } else {
            r.victim = Some((q.t1, t1));
        }
        r.perp_after = Some(t1);
        push_all(cx, vec![r], raws, used, None, None);
        return;
    }
    // "Those killed were three children", "the dead included six women": a
    // breakdown of a toll given elsewhere, no figure of its own.
    // "Those killed overnight included 12 people": a time word may come
    // between.
    let breakdown_verb = (hit.t1..(hit.t1 + 3).min(n)).find(|&k| {
        matches!(
            cx.w(k),
            "were" | "are" | "included" | "include" | "includes" | "including"
        )
    });
    if (roles.pp || roles.noun)
        && breakdown_verb.is_some_and(|v| {
            (hit.t1..v).all(|k| {
                cx.is_word(k)
                    && cx.term_at[k].is_none()
                    && cx.qty[k].is_none()
                    && (matches!(cx.w(k), "overnight" | "yesterday" | "today" | "on")
                        || is_in(cx.w(k), &WEEKDAYS))
            }) && cx.qty.get(v + 1).copied().flatten().is_some()
        })
        && hit.t0 > 0
        && matches!(cx.w(hit.t0 - 1), "those" | "the" | "of")
    {
        return;
    }
    // "were killed" is passive; "have also killed 5" is active.
    let prev = if hit.t0 > 0 { cx.w(hit.t0 - 1) } else { "" };
    let mut k = hit.t0;
    let mut after_aux = false;
    while k > 0 && cx.is_aux(k - 1) {
        k -= 1;
        if matches!(
            cx.w(k),
            "were" | "was" | "are" | "is" | "been" | "be" | "being" | "get" | "got"
        ) {
            after_aux = true;
        }
    }
    // "8 persons killed 58 others injured", "A child killed 7 people
    // injured": a headline's two participles, each after its own subject.
    let headline_pair = roles.pp && !after_aux && hit.t0 > 0 && {
        let (t1, _) = object_np(cx, hit.t1);
        let next_pp = cx
            .term_at
            .get(t1)
            .copied()
            .flatten()
            .and_then(|h| cx.term(h))
            .is_some_and(|tm| tm.roles.pp);
        let counted_object = (hit.t1..t1).any(|i| cx.qty[i].is_some_and(|q| q.count.is_some()));
        let subject = np_start(cx, hit.t0);
        // A counted subject ("8 persons") or one person ("A child").
        // "A suicide bomber killed 30 people": the subject did the killing.
        let agent = (subject..hit.t0).any(|i| lexicon::CUES.agent_noun.contains(&cx.w(i)));
        let subject_people = subject < hit.t0
            && !agent
            && ((subject..hit.t0).any(|i| cx.qty[i].is_some_and(|q| q.count.is_some()))
                || matches!(cx.w(subject), "a" | "an")
                    && (subject..hit.t0).any(|i| lexicon::victim(cx.w(i)).is_some()));
        next_pp && counted_object && t1 > hit.t1 && subject_people
    };
    // "50 troops were executed 19 more were killed": the words after the
    // verb are the next clause's subject.
    let next_subject = {
        let (t1, _) = object_np(cx, hit.t1);
        let mut a = t1;
        while a < n && cx.is_aux(a) && !cx.in_actor(a) {
            a += 1;
        }
        t1 > hit.t1
            && a > t1
            && matches!(
                cx.w(t1),
                "were" | "was" | "are" | "is" | "have" | "has" | "had"
            )
            && cx.term_at.get(a).copied().flatten().is_some()
    };
    // "Medics treated the wounded", "some of the wounded Observatory chief
    // Rami said", "condemn this massacre": after "the" (or "this", "its") a
    // verb's form is a noun for people told of elsewhere, neither a verb
    // with an object nor a participle after a subject. (Nouns only, "the
    // deaths came", keep their reading; "that" may be a relative pronoun:
    // "the gunmen that killed 20".)
    if matches!(prev, "the" | "this" | "its" | "their") && (roles.pp || roles.act) {
        return;
    }
    if roles.act
        && !after_aux
        && !headline_pair
        && !next_subject
        && cx.object_start(hit.t1) < n
        && starts_object(cx, cx.object_start(hit.t1))
    {
        if cx.irrealis_before(hit.t0) {
            return;
        }
        let obj = cx.object_start(hit.t1);
        let (t1, _) = object_np(cx, obj);
        // "the report on killed civilians": an adjective, not a verb.
        let allow_null = !matches!(
            prev,
            "on" | "of"
                | "the"
                | "for"
                | "about"
                | "and"
                | "to"
                | "with"
                | "by"
                | ""
                | ","
                | "a"
                | "an"
        );
        let figs = cx.np_figures(obj, t1, kind, &|_a, b| cx.bytes(hit.t0, b), allow_null);
        let figs = or_named_person(cx, hit, t1, kind, figs);
        // "destroyed positions of ISIS terrorists, killing scores of them":
        // "them" are the actor named last, and the perpetrator is named
        // before it.
        let pronoun =
            cx.w(hit.t1) == "them"
                || cx.qty.get(hit.t1).copied().flatten().is_some_and(|q| {
                    cx.w(q.t1) == "of" && cx.w(q.t1 + 1) == "them" && q.t1 + 2 >= t1
                });
        let antecedent = pronoun
            .then(|| {
                let b = cx.toks.get(hit.t0)?.s;
                let a = cx.actors.iter().rev().find(|a| a.span.end <= b)?;
                // Other people named after it ("ISIS rounded up the men,
                // killing 20 of them") are the antecedent instead; its own
                // noun ("ISIS terrorists") is not.
                let after = cx.tok_at(a.span.end) + 2;
                let others = (after..hit.t0).any(|i| lexicon::victim(cx.w(i)).is_some());
                (!others).then_some(a)
            })
            .flatten();
        let figs: Vec<Raw> = figs
            .into_iter()
            .map(|mut r| {
                r.perp_before = Some(hit.t0);
                if let Some(a) = antecedent {
                    r.victim_actor = Some(cx.actor_from_match(a));
                    r.perp_before = Some(cx.tok_at(a.span.start));
                }
                r
            })
            .collect();
        let more = place_split(cx, t1, kind, hit.t0);
        push_all(cx, figs, raws, used, None, None);
        push_all(cx, more, raws, used, None, None);
        return;
    }
    // "Six Anti-Government Militias Kill During Clashes": a headline's
    // intransitive "kill" after a counted subject reads as "killed".
    let intransitive = roles.act
        && !roles.pp
        && kind == CasualtyKind::Killed
        && hit.t0 > 0
        && cx.qty_covering(hit.t0 - 1).is_none()
        && (hit.t1 >= n
            || matches!(
                cx.w(hit.t1),
                "in" | "during" | "on" | "at" | "as" | "after" | "," | "." | ";" | ":" | "-"
            ));
    if intransitive && !cx.irrealis_before(hit.t0) {
        let t0 = np_start(cx, hit.t0);
        if cx
            .qty
            .get(t0)
            .copied()
            .flatten()
            .is_some_and(|q| q.count.is_some())
        {
            let figs = cx.np_figures(t0, hit.t0, kind, &|a, _b| cx.bytes(a, hit.t1), false);
            push_all(cx, figs, raws, used, None, None);
        }
        return;
    }
    if roles.pp || roles.noun {
        // Walk back over auxiliaries.
        let mut j = hit.t0;
        let mut aux = false;
        while j > 0 && cx.is_aux(j - 1) {
            j -= 1;
            aux = true;
        }
        // "nenhum ferido", "sin heridos", "no hubo muertos": an explicit
        // zero before a Spanish or Portuguese participle or noun.
        if roles.pp && cx.iberian && !aux && !cx.irrealis_before(hit.t0) {
            if let Some(z) = zero_before(cx, hit.t0) {
                raws.push(Raw::new(kind, Some(Count::exact(0)), cx.bytes(z, hit.t1)));
                return;
            }
        }
        // "Homem é sequestrado e assassinado", "fueron secuestrados y
        // asesinados": a participle coordinated with one before it shares
        // its subject (and its number: both figures count it).
        let mut coordinated = false;
        if roles.pp && cx.iberian && j == hit.t0 && j >= 2 && matches!(cx.w(j - 1), "e" | "y") {
            let before = cx.term_at[j - 2].and_then(|h| Some((cx.hits.get(h)?, cx.term(h)?)));
            if let Some((h, _)) = before.filter(|(_, t)| t.roles.pp) {
                j = h.t0;
                while j > 0 && cx.is_aux(j - 1) {
                    j -= 1;
                    aux = true;
                }
                coordinated = true;
            }
        }
        if roles.pp
            && (cx.irrealis_before(hit.t0) || (aux && (j..hit.t0).any(|i| is_in(cx.w(i), MODALS))))
        {
            return;
        }
        // "The child who was killed had been visiting his brother": a
        // relative clause on a definite, uncounted noun describes people
        // counted before, no figure of its own.
        if roles.pp && aux && j >= 2 && matches!(cx.w(j - 1), "who" | "that") {
            let a0 = np_start(cx, j - 1);
            if a0 < j - 1
                && matches!(cx.w(a0), "the" | "those" | "this" | "these")
                && (a0..j - 1).all(|i| cx.qty[i].is_none())
            {
                return;
            }
        }
        // "the beloved and martyred Syria": a participle between a
        // determiner and its noun is an adjective.
        const DET: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "our"];
        let words: Vec<&str> = (j.saturating_sub(5)..j)
            .rev()
            .map(|k| cx.w(k))
            .filter(|w| !matches!(*w, "\"" | "“" | "”" | "'" | "’"))
            .take(3)
            .collect();
        let det_before = words.first().is_some_and(|w| is_in(w, DET))
            || words.len() == 3 && words[0] == "and" && is_in(words[2], DET);
        if roles.pp
            && !aux
            && det_before
            && hit.t1 < n
            && cx.is_word(hit.t1)
            && cx.term_at[hit.t1].is_none()
            && !cx.np_stop(cx.w(hit.t1))
            && !cx.obj_stop(cx.w(hit.t1))
        {
            return;
        }
        if !roles.pp && aux {
            // A noun only ("casualties") takes no auxiliary before it.
            j = hit.t0;
        }
        let t0 = np_start(cx, j);
        // Nouns: the number must be close ("17 fatalities", "20 civilian
        // casualties").
        if !roles.pp {
            // "no immediate death toll", "no casualty figures": nothing is
            // known, which is no zero.
            if zero_before(cx, hit.t0).is_some()
                && matches!(
                    cx.w(hit.t1),
                    "toll" | "tolls" | "figure" | "figures" | "count" | "counts" | "numbers"
                )
            {
                let mut r = Raw::new(kind, None, cx.bytes(hit.t0, hit.t1 + 1));
                r.victim = None;
                raws.push(r);
                return;
            }
            if let Some(z) = zero_before(cx, hit.t0) {
                let mut r = Raw::new(kind, Some(Count::exact(0)), cx.bytes(z, hit.t1));
                r.victim = None;
                raws.push(r);
                return;
            }
            if unknown_before(cx, hit.t0) {
                let mut r = Raw::new(kind, None, cx.bytes(hit.t0, hit.t1));
                r.victim = null_victim(cx, hit.t1);
                raws.push(r);
                return;
            }
            if cx.irrealis_before(hit.t0)
                || number_of_before(cx, hit.t0)
                || averted_before(cx, hit.t0)
            {
                return;
            }
            // "released 300 prisoners", "an exchange of 40 hostages": freed
            // people are no captives taken.
            if kind == CasualtyKind::Captured
                && (hit.t0.saturating_sub(5)..hit.t0).any(|i| {
                    matches!(
                        cx.w(i),
                        "released"
                            | "release"
                            | "releases"
                            | "releasing"
                            | "freed"
                            | "free"
                            | "frees"
                            | "freeing"
                            | "exchange"
                            | "exchanged"
                            | "swap"
                            | "swapped"
                            | "handed"
                    )
                })
            {
                return;
            }
            // "The victims' bodies were found", "their bodies were found":
            // people counted in an earlier sentence.
            if matches!(cx.w(hit.t0), "bodies" | "corpses") {
                let back = match cx.w(hit.t0.wrapping_sub(1)) {
                    "their" => Some((hit.t0 - 1, hit.t0)),
                    "'" | "’" => hit
                        .t0
                        .checked_sub(1)
                        .and_then(|k| back_reference(cx, k))
                        .map(|v0| (v0, hit.t0 - 1)),
                    _ => None,
                };
                if let Some(v) = back {
                    let mut r = Raw::new(kind, None, cx.bytes(v.0, hit.t1));
                    r.victim = Some(v);
                    raws.push(r);
                    return;
                }
            }
            let close = (t0.max(hit.t0.saturating_sub(4))..hit.t0).find(|&i| cx.qty[i].is_some());
            // "Fourteen of the victims": a part of a toll stated elsewhere.
            let partitive = close.and_then(|q0| cx.qty[q0]).is_some_and(|q| {
                is_toll_noun(cx.w(hit.t0))
                    && cx.w(q.t1) == "of"
                    && q.t1 + 2 == hit.t0
                    && cx.w(q.t1 + 1) == "the"
            });
            if partitive {
                return;
            }
            match close {
                // "016 Tags civilian deaths": a number that counts nothing
                // lends no count to the people before the noun.
                Some(q0) if cx.qty[q0].is_some_and(|q| q.count.is_none() && !q.fraction) => {}
                Some(q0) => {
                    let figs = cx.np_figures(q0, hit.t0, kind, &|a, _b| cx.bytes(a, hit.t1), false);
                    push_all(cx, figs, raws, used, None, Some(hit.t1));
                }
                None => {
                    // "Casualties were reported on both sides".
                    let w = cx.w(hit.t0);
                    if (matches!(
                        w,
                        "casualties"
                            | "injuries"
                            | "prisoners"
                            | "captives"
                            | "deaths"
                            | "fatalities"
                    ) || opens_headline(cx, hit.t0))
                        && !cx.irrealis_before(hit.t0)
                    {
                        // "Civilian casualties": the word before names them.
                        let before = hit.t0.checked_sub(1).filter(|&k| {
                            k >= t0
                                && cx.w(k) != "major"
                                && lexicon::victim(cx.w(k)).is_some_and(|v| v.side != Side::Unknown)
                        });
                        let from = before.unwrap_or(hit.t0);
                        let mut r = Raw::new(kind, None, cx.bytes(from, hit.t1));
                        r.victim = before
                            .map(|k| (k, hit.t0))
                            .or_else(|| sufferer(cx, hit.t0))
                            .or_else(|| null_victim(cx, hit.t1));
                        raws.push(r);
                    }
                }
            }
            return;
        }
        // "Two of the wounded later died": new deaths among the wounded.
        if kind == CasualtyKind::Killed
            && j >= 4
            && matches!(
                cx.w(j - 1),
                "wounded" | "injured" | "hostages" | "captives" | "abductees" | "prisoners"
            )
            && cx.w(j - 2) == "the"
            && cx.w(j - 3) == "of"
        {
            if let Some((q0, q)) = cx.qty_covering(j - 4) {
                if q.count.is_some() && q.t1 == j - 3 {
                    let mut r = Raw::new(kind, q.count, cx.bytes(q0, hit.t1));
                    r.victim = Some((q0, j));
                    push_all(cx, vec![r], raws, used, None, None);
                    mark(used, q0);
                }
            }
            return;
        }
        // "Five of the dead", "Fourteen of the victims died": a part of a
        // toll stated elsewhere.
        if j >= 2 && cx.w(j - 1) == "the" && cx.w(j - 2) == "of" || j >= 1 && cx.w(j - 1) == "of" {
            return;
        }
        if j >= 3 && is_toll_noun(cx.w(j - 1)) && cx.w(j - 2) == "the" && cx.w(j - 3) == "of" {
            return;
        }
        // "the number of ... who were killed": the toll rule reads it.
        let np = cx.text(t0, j).to_ascii_lowercase();
        if np.starts_with("the number of")
            || np.starts_with("number of")
            || (j >= 3 && cx.w(j - 2) == "of" && cx.w(j - 3) == "number" && cx.w(j - 4) == "the")
        {
            // "putting the number of civilians killed at 13".
            if let Some((i, q)) = toll_forward(cx, hit.t1) {
                if q.count.is_some() && !used.get(i).copied().unwrap_or(false) {
                    raws.push(Raw::new(
                        toll_kind(kind, cx.w(hit.t0)),
                        q.count,
                        cx.bytes(t0, q.t1),
                    ));
                    mark(used, i);
                }
            }
            return;
        }
        // "The hostages were later killed", "the victims were found dead":
        // people counted before, in an earlier sentence; the count is
        // resolved across sentences (see `resolve_back_references`).
        if t0 == j {
            if let Some(v0) = back_reference(cx, j) {
                let mut r = Raw::new(kind, None, cx.bytes(v0, hit.t1));
                r.victim = Some((v0, j));
                r.perp_after = Some(hit.t1);
                raws.push(r);
                return;
            }
        }
        // "Morre policial baleado": the manner of a death told just before,
        // no wound of its own.
        if cx.iberian
            && kind == CasualtyKind::Wounded
            && t0 > 0
            && cx.term_at[t0 - 1]
                .and_then(|h| cx.term(h))
                .is_some_and(|t| t.kind == CasualtyKind::Killed)
            && !matches!(cx.w(t0), "y" | "e")
            && (t0..j).all(|i| cx.qty[i].is_none())
        {
            return;
        }
        // "Son asesinados tres policías": a copula and a participle before
        // their subject, which nothing precedes.
        if cx.iberian && roles.pp && aux && t0 == j && starts_object(cx, hit.t1) {
            let (t1, _) = object_np(cx, hit.t1);
            let figs = cx.np_figures(hit.t1, t1, kind, &|_a, b| cx.bytes(j, b), false);
            if !figs.is_empty() {
                push_all(cx, figs, raws, used, None, None);
                return;
            }
        }
        let cut = (t0..j).find(|&i| cx.w(i) == "who").unwrap_or(j);
        let (t0, cut) = subject_over_place(cx, t0, cut);
        let figs = cx.np_figures(t0, cut, kind, &|a, _b| cx.bytes(a, hit.t1), true);
        // "Thursday's dead": a nominal figure without a number.
        if figs.is_empty()
            && cx.w(hit.t0) == "dead"
            && hit.t0 > 0
            && (cx.w(hit.t0 - 1).ends_with("'s") || cx.w(hit.t0 - 1).ends_with("’s"))
        {
            raws.push(Raw::new(kind, None, cx.bytes(hit.t0 - 1, hit.t1)));
            return;
        }
        if figs.is_empty() {
            // "Dead and wounded in an explosion in ...": a headline's nouns.
            if opens_headline(cx, hit.t0) && !cx.irrealis_before(hit.t0) {
                raws.push(Raw::new(kind, None, cx.bytes(hit.t0, hit.t1)));
            }
            // Ellipsis: "and dozens more wounded" is handled by np_figures
            // when a number is there; a bare participle adds nothing.
            return;
        }
        let figs = figs
            .into_iter()
            .map(|mut r| {
                r.perp_after = Some(hit.t1);
                if let Some((a, b)) = r.victim {
                    let only_qty = cx.qty[a].is_some_and(|q| q.t1 >= b)
                        || (a..b).all(|i| {
                            cx.qty_covering(i).is_some()
                                || matches!(cx.w(i), "more" | "others" | "other" | "," | "and")
                        });
                    if only_qty {
                        r.inherit = true;
                    }
                }
                r
            })
            .collect();
        if coordinated {
            raws.extend(figs);
            return;
        }
        push_all(cx, figs, raws, used, None, None);
    }
}

/// Whether the bare casualty noun at `t` is one of the nouns a headline
/// opens with, before a preposition ("Martyrs and wounded in warplanes'
/// shelling on ...", "Dead and injured in an explosion in ..."): people
/// killed and wounded, without a count.
fn opens_headline(cx: &Ctx<'_>, t: usize) -> bool {
    const NOUNS: &[&str] = &["martyrs", "dead", "wounded", "injured", "casualties"];
    let opens =
        (0..t).all(|k| matches!(cx.w(k), "and" | "," | "\"" | "“") || is_in(cx.w(k), NOUNS));
    let mut end = t + 1;
    while matches!(cx.w(end), "and" | ",") && is_in(cx.w(end + 1), NOUNS) {
        end += 2;
    }
    opens
        && is_in(cx.w(t), NOUNS)
        && matches!(
            cx.w(end),
            "in" | "as" | "after" | "from" | "among" | "by" | "during"
        )
}

/// The subject of "suffered" or "sustained" before a casualty noun at `t`
/// ("the regime forces suffered heavy casualties"): the people hit.
fn sufferer(cx: &Ctx<'_>, t: usize) -> Option<(usize, usize)> {
    let lo = t.saturating_sub(3);
    let verb = (lo..t).rev().find(|&k| {
        matches!(
            cx.w(k),
            "suffered" | "suffer" | "suffers" | "suffering" | "sustained" | "sustain" | "incurred"
        )
    })?;
    // Only adjectives between: "heavy", "many", "serious".
    if (verb + 1..t).any(|k| {
        !matches!(
            cx.w(k),
            "heavy" | "many" | "serious" | "great" | "huge" | "big" | "severe" | "more"
        )
    }) {
        return None;
    }
    let mut end = verb;
    while end > 0 && cx.is_aux(end - 1) {
        end -= 1;
    }
    let start = np_start(cx, end);
    (start < end).then_some((start, end))
}

/// The victims named after a casualty noun: "prisoners from both parties".
/// "tries to avoid civilian deaths", "to prevent further casualties": a
/// casualty noun within three words after a verb of averting names harm
/// that did not happen.
fn averted_before(cx: &Ctx<'_>, t0: usize) -> bool {
    (t0.saturating_sub(3)..t0).any(|i| {
        matches!(
            cx.w(i),
            "avoid" | "avoiding" | "prevent" | "preventing" | "minimise" | "minimize" | "averted"
        )
    })
}

/// "the number of casualties", "the number of serious injuries": a noun
/// after "number of" (and at most one adjective) names no figure of its own.
fn number_of_before(cx: &Ctx<'_>, t0: usize) -> bool {
    (1..=2).any(|adj| {
        t0 > adj
            && cx.w(t0 - adj) == "of"
            && cx.w(t0 - adj - 1) == "number"
            && (adj == 1 || cx.is_word(t0 - 1) && cx.term_at[t0 - 1].is_none())
    })
}

fn null_victim(cx: &Ctx<'_>, t: usize) -> Option<(usize, usize)> {
    let mut v0 = t;
    // "The deaths in Deir az-Zour": after a place preposition a name is the
    // place, not the people.
    let locative = matches!(cx.w(t), "in" | "on" | "at" | "near");
    while matches!(
        cx.w(v0),
        "of" | "from"
            | "among"
            | "on"
            | "in"
            | "were"
            | "was"
            | "are"
            | "is"
            | "reported"
            | "have"
            | "been"
            | "has"
    ) {
        v0 += 1;
    }
    let (v1, _) = object_np(cx, v0);
    // "casualties in regime shelling": the cause, not the victims.
    let cause = (v0..v1).any(|i| {
        let w = cx.w(i);
        lexicon::CUES.event_noun.contains(&w)
            || lexicon::CUES
                .event_noun
                .contains(&w.strip_suffix('s').unwrap_or(""))
            || lexicon::CUES.cause_noun.contains(&w)
    });
    // "The deaths came a day after": no people named, no victims.
    let people = (v0..v1).any(|i| {
        lexicon::victim(cx.w(i)).is_some()
            || matches!(cx.w(i), "sides" | "side" | "parties")
            || cx.in_actor(i)
            || !locative && cx.raw(i).starts_with(|c: char| c.is_uppercase())
    });
    // "what caused the deaths a State Department spokeswoman said": the
    // words after the noun are a speaker (commas lost).
    let speaker = is_in(cx.w(v1), &lexicon::CUES.speech)
        || matches!(cx.w(v0), "a" | "an" | "the") && speech_within(cx, v0 + 1, 6);
    (v1 > v0 && !cause && !speaker && people).then_some((v0, v1))
}

fn push_all(
    cx: &Ctx<'_>,
    figs: Vec<Raw>,
    raws: &mut Vec<Raw>,
    used: &mut [bool],
    _t0: Option<usize>,
    _t1: Option<usize>,
) {
    for f in figs {
        // One figure per quantity.
        if let Some((a, _)) = f.victim {
            if f.count.is_some() && cx.qty.get(a).copied().flatten().is_some() {
                if used.get(a).copied().unwrap_or(false) {
                    continue;
                }
                if let Some(u) = used.get_mut(a) {
                    *u = true;
                }
            }
        }
        raws.push(f);
    }
}

/// Whether the words at `t` start the object of an active verb: a number, a
/// determiner or a victim noun within a few words.
fn starts_object(cx: &Ctx<'_>, t: usize) -> bool {
    if let Some(q) = cx.qty.get(t).copied().flatten() {
        return q.count.is_some() || cx.w(q.t1) != "km";
    }
    // "40 injured following the attacks": a preposition starts no object.
    if matches!(
        cx.w(t),
        "following"
            | "amid"
            | "since"
            | "from"
            | "with"
            | "when"
            | "before"
            | "across"
            | "inside"
            | "outside"
            | "around"
            | "near"
            | "after"
            | "during"
            | "in"
            | "on"
            | "at"
    ) {
        return false;
    }
    // "those injured he added": a subject pronoun starts a new clause.
    if matches!(cx.w(t), "he" | "she" | "they" | "we" | "i" | "it") {
        return false;
    }
    // "wounded another 250", "injured another ten", and the people told of
    // before: "killed them", "executed the 14".
    if matches!(cx.w(t), "another" | "other" | "the")
        && cx.qty.get(t + 1).copied().flatten().is_some()
    {
        return true;
    }
    if cx.w(t) == "them" {
        return true;
    }
    // "killing one officer and wounding another": one more person.
    if (t + 1..(t + 3).min(cx.toks.len() + 1)).any(|e| {
        another(cx, t, e) && (e >= cx.toks.len() || !cx.is_word(e) || cx.obj_stop(cx.w(e)))
    }) {
        return true;
    }
    // "left dozens injured including women": an elaboration, no object.
    if matches!(cx.w(t), "including" | "among") {
        return false;
    }
    // "Eight civilians killed others injured": "others" is the subject of
    // the next participle.
    if matches!(cx.w(t), "others" | "another") && cx.term_at.get(t + 1).copied().flatten().is_some()
    {
        return false;
    }
    // 'killed "at least 18 fighters"': a quote opens the object.
    if matches!(cx.w(t), "\"" | "“") && t + 1 < cx.toks.len() && !matches!(cx.w(t + 1), "\"" | "”")
    {
        return starts_object(cx, t + 1);
    }
    // A person's name: "killed Abu Hassan, a Nusra leader" (not "killed
    // by Russian Air Force", "Killed as Qaeda Attacks").
    let (e, _) = object_np_raw(cx, t);
    if e > t && cx.raw(t).starts_with(|c: char| c.is_uppercase()) && named_person(cx, t, e) {
        return true;
    }
    for i in t..(t + 4).min(cx.toks.len()) {
        let w = cx.w(i);
        if !cx.is_word(i) && !matches!(w, "#" | "'" | "’") {
            return false;
        }
        if cx.obj_stop(w) && i > t {
            return false;
        }
        if lexicon::victim(w).is_some() || cx.term_at[i].is_some() && i > t {
            return lexicon::victim(w).is_some();
        }
        if matches!(
            w,
            "in" | "on" | "at" | "by" | "as" | "during" | "after" | "near" | "while"
        ) {
            return false;
        }
    }
    // An actor right after the verb: "killed ISIS fighters".
    let b = cx.toks.get(t).map_or(usize::MAX, |x| x.s);
    cx.actors.iter().any(|a| a.span.start == b)
}

/// The end of an object noun phrase starting at `t` (exclusive), and
/// whether it stopped at a clause boundary.
fn object_np(cx: &Ctx<'_>, t: usize) -> (usize, bool) {
    let (mut i, stop) = object_np_raw(cx, t);
    // "the killing of one person and the injury of 40 others": the next
    // item's article and the conjunction belong to no victim.
    while i > t
        && (matches!(cx.w(i - 1), "and" | "or" | "," | "&" | "the" | "a" | "an")
            || cx.iberian && matches!(cx.w(i - 1), "y" | "e" | "o" | "ou"))
    {
        i -= 1;
    }
    (i, stop)
}

fn object_np_raw(cx: &Ctx<'_>, t: usize) -> (usize, bool) {
    let n = cx.toks.len();
    let mut i = t;
    let lim = (t + 16).min(n);
    while i < lim {
        if let Some(q) = cx.qty[i] {
            i = q.t1.max(i + 1);
            continue;
        }
        let w = cx.w(i);
        if cx.term_at[i].is_some() || CALENDAR_SET.contains_exact(w) {
            break;
        }
        // "kill 35 and destroy a hospital": a conjunction right after the
        // count the phrase opens with starts another clause; the count
        // stands alone.
        if matches!(w, "and" | "or" | "&") && cx.qty[t].is_some_and(|q| q.t1 == i) {
            break;
        }
        if !cx.is_word(i) {
            // '"... killing 14 of them" SANA quoted': a closing quote ends
            // the quoted object.
            if i > t && matches!(w, "”" | "\"") && cx.is_word(i - 1) {
                return (i, true);
            }
            if matches!(w, "#" | "“" | "”" | "\"" | "'" | "’" | "(" | ")") {
                i += 1;
                continue;
            }
            if w == "," {
                // Another item only if it holds people and is no speech tag.
                let mut k = i + 1;
                let mut people = false;
                while k < lim && cx.is_word(k) && !cx.obj_stop(cx.w(k)) && cx.term_at[k].is_none() {
                    if is_in(cx.w(k), &lexicon::CUES.speech) {
                        people = false;
                        break;
                    }
                    if lexicon::victim(cx.w(k)).is_some() || cx.qty[k].is_some() {
                        people = true;
                    }
                    k += 1;
                }
                if people && !is_in(cx.w(k), &lexicon::CUES.speech) {
                    i += 1;
                    continue;
                }
            }
            return (i, true);
        }
        // A phrase of time or cause right after the casualty word ("civilian
        // casualties since the coalition began", "deaths from airstrikes")
        // holds no victims.
        if i == t
            && matches!(
                w,
                "since" | "from" | "because" | "when" | "while" | "following" | "amid" | "after"
            )
        {
            return (i, true);
        }
        // "a woman with four of her children": her people are victims too.
        if kin_with(cx, i) && i > t {
            i += 1;
            continue;
        }
        if cx.obj_stop(w) && i > t {
            // "loyal to them", "members of": keep "of".
            if w == "to"
                && i > 0
                && matches!(cx.w(i - 1), "loyal" | "close" | "affiliated" | "allied")
            {
                i += 1;
                continue;
            }
            break;
        }
        // "wounded 25 others Ibrahim Abu Leys told", "killed 122 civilians
        // he said" (commas lost): a speaker right after the head noun, then
        // a reporting verb, starts another phrase.
        if i > t && lexicon::victim(cx.w(i - 1)).is_some() && speaker_tag(cx, i) {
            break;
        }
        // "wounding dozens more Syrias state-run news agency and Kurdish
        // media reported": after "more" or "others" the object is whole; a
        // capitalised name then a reporting verb is the source.
        if i > t
            && matches!(cx.w(i - 1), "more" | "others")
            && cx.raw(i).starts_with(char::is_uppercase)
            && speech_within(cx, i, 10)
        {
            break;
        }
        // "killing the Imam Sheikh Salman al-Afandi state-run TV reported":
        // a media source in lower case, then a reporting verb (commas lost).
        if i > t
            && lexicon::CUES.media_word.contains(&w)
            && cx.raw(i).starts_with(|c: char| c.is_lowercase())
            && speech_within(cx, i, 4)
        {
            break;
        }
        // "... of the Nusra Front the British-based Observatory said": a
        // source named with an article, then a reporting verb.
        if i > t && w == "the" && speech_within(cx, i + 1, 10) {
            break;
        }
        // "wounded 56 people the state news agency said": an article right
        // after the head noun starts another phrase.
        if matches!(w, "the" | "a" | "an")
            && i > t
            && lexicon::victim(cx.w(i - 1)).is_some()
            && cx.term_at.get(i - 1).copied().flatten().is_none()
        {
            break;
        }
        if w == "and" {
            // "and injuring eight", "and destroying two tanks": a new clause.
            let next = cx.w(i + 1);
            if cx.term_at.get(i + 1).copied().flatten().is_some()
                || next.ends_with("ing") && lexicon::victim(next).is_none()
            {
                break;
            }
            // "and displaced 11 million", "and destroyed the hospital", "and
            // severely damaged a school", "and displaced millions": a verb
            // with its own object ("and allied militia" is no verb).
            let v = if next.ends_with("ly") { i + 2 } else { i + 1 };
            let verb = cx.w(v);
            if verb.ends_with("ed")
                && lexicon::victim(verb).is_none()
                && (cx.qty.get(v + 1).copied().flatten().is_some()
                    || matches!(
                        cx.w(v + 1),
                        "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "several"
                            | "many"
                            | "millions"
                            | "thousands"
                            | "hundreds"
                            | "half"
                    ))
            {
                break;
            }
        }
        i += 1;
    }
    (i, false)
}

/// Whether a speaker and a reporting verb start at token `i`: a pronoun
/// right before the verb ("he said"), or up to four capitalised words
/// ("Ibrahim Abu Leys told").
fn speaker_tag(cx: &Ctx<'_>, i: usize) -> bool {
    let speech = |k: usize| is_in(cx.w(k), &lexicon::CUES.speech);
    if matches!(cx.w(i), "he" | "she" | "they" | "we") {
        return speech(i + 1);
    }
    let capitalised = |k: usize| {
        cx.is_word(k)
            && cx.term_at.get(k).copied().flatten().is_none()
            && cx.raw(k).starts_with(|c: char| c.is_uppercase())
    };
    let mut k = i;
    while k < i + 4 && capitalised(k) {
        k += 1;
    }
    if k > i && speech(k) {
        return true;
    }
    // "Russias defence ministry said": a capitalised name, then a few
    // lower-case words of a body ("defence ministry", "state media").
    if k == i + 1 {
        let plain = |j: usize| {
            cx.is_word(j)
                && cx.term_at.get(j).copied().flatten().is_none()
                && lexicon::victim(cx.w(j)).is_none()
        };
        let mut j = k;
        while j < k + 3 && plain(j) && !speech(j) {
            j += 1;
        }
        return j > k && speech(j);
    }
    false
}

/// Whether a reporting verb follows within `n` words from token `k`, with
/// nothing but plain words (no punctuation, no casualty word, no other
/// article) before it.
fn speech_within(cx: &Ctx<'_>, k: usize, n: usize) -> bool {
    // Hyphens join a name's words ("the British-based Syrian Observatory"):
    // they count as no word.
    let mut words = 0;
    for j in k..cx.toks.len() {
        let w = cx.w(j);
        if is_in(w, &lexicon::CUES.speech) {
            return j > k;
        }
        if w == "-" && j > k && cx.is_word(j - 1) && cx.is_word(j + 1) {
            continue;
        }
        if !cx.is_word(j) || cx.term_at[j].is_some() || matches!(w, "the" | "a" | "an") {
            return false;
        }
        words += 1;
        if words >= n {
            return false;
        }
    }
    false
}

/// Whether "with" at token `i` adds people to the one before it: "a woman
/// with four of her children", "a man with his two sons".
fn kin_with(cx: &Ctx<'_>, i: usize) -> bool {
    let possessive = |k: usize| matches!(cx.w(k), "her" | "his" | "their");
    // The people after the possessive: "her children", "his two sons".
    let people = |k: usize| {
        let k = cx.qty.get(k).copied().flatten().map_or(k, |q| q.t1);
        lexicon::victim(cx.w(k)).is_some()
    };
    let counted_of = |k: usize| {
        cx.qty
            .get(k)
            .copied()
            .flatten()
            .filter(|q| q.count.is_some() && cx.w(q.t1) == "of" && possessive(q.t1 + 1))
            .is_some_and(|q| people(q.t1 + 2))
    };
    i > 0
        && cx.w(i) == "with"
        && lexicon::victim(cx.w(i - 1)).is_some_and(|v| !v.plural)
        && (possessive(i + 1) && people(i + 2) || counted_of(i + 1))
}

/// Whether a word is one person a list names one by one ("a man woman and
/// child", "a father mother and son").
fn kin(w: &str) -> bool {
    lexicon::victim(w).is_some_and(|v| v.kin)
}

/// The start of the subject noun phrase ending before token `j`.
fn np_start(cx: &Ctx<'_>, j: usize) -> usize {
    let mut i = j;
    let mut comma_at: Option<usize> = None;
    let mut steps = 0;
    while i > 0 && steps < 20 {
        let k = i - 1;
        let w = cx.w(k);
        if let Some((q0, _)) = cx.qty_covering(k) {
            i = q0;
            steps += 1;
            continue;
        }
        if let Some(h) = cx.term_at[k] {
            // "In addition to the assailant, 50 people": the fronted
            // phrase ends at its comma.
            if let Some(c) = comma_at {
                if cx.term(h).is_some_and(|t| t.roles.selfkill) {
                    return first_comma_after(cx, k, c) + 1;
                }
            }
            break;
        }
        if !cx.is_word(k) {
            if matches!(w, "#" | "“" | "”" | "\"" | "(" | ")" | "'" | "’") {
                i = k;
                continue;
            }
            // "23 civilians - including nine children - dead": a dash
            // parenthetical reads like commas.
            if matches!(w, "-" | "–" | "—") {
                // Skip back to the opening dash of a parenthetical.
                let open = (k.saturating_sub(30)..k)
                    .rev()
                    .find(|&d| matches!(cx.w(d), "-" | "–" | "—" | "." | ";"));
                if let Some(d) = open.filter(|&d| matches!(cx.w(d), "-" | "–" | "—")) {
                    comma_at.get_or_insert(d);
                    i = d;
                    steps += 1;
                    continue;
                }
            }
            if matches!(w, "," | "-" | "–" | "—") {
                comma_at.get_or_insert(k);
                i = k;
                steps += 1;
                continue;
            }
            break;
        }
        if matches!(w, "from" | "on" | "of" | "in")
            && matches!(cx.w(k + 1), "both" | "each" | "either")
        {
            i = k;
            continue;
        }
        // "Five civilians, including two children, were killed": skip the
        // parenthetical back to its opening comma.
        if matches!(w, "including" | "among") && comma_at.is_some() {
            i = k;
            comma_at = None;
            continue;
        }
        // "15 civilians including children have been killed": without
        // commas, "including" still elaborates the subject before it.
        // "546 people among them many children have been injured" likewise.
        let elaborates = w == "including" || w == "among" && cx.w(k + 1) == "them";
        if elaborates && k > 0 && (cx.is_word(k - 1) || cx.qty_covering(k - 1).is_some()) {
            if cx.term_at[k - 1].is_some() {
                // "were killed including 13 civilians and 30 wounded": the
                // elaboration belongs to the clause before; this subject
                // starts after its last "and".
                return (k..j)
                    .rev()
                    .find(|&a| cx.w(a) == "and")
                    .map_or(i, |a| a + 1);
            }
            i = k;
            continue;
        }
        if w == "at" && matches!(cx.w(k + 1), "least" | "most") {
            i = k;
            continue;
        }
        if cx.np_stop(w) && !cx.in_actor(k) {
            if w == "to"
                && k > 0
                && matches!(cx.w(k - 1), "loyal" | "close" | "affiliated" | "allied")
            {
                i = k;
                continue;
            }
            // A fronted phrase ends at its comma: "In the attack, 6 ...",
            // "In addition to the assailant, 50 people ...".
            const FRONTED: &[&str] = &[
                "in",
                "on",
                "at",
                "during",
                "after",
                "to",
                "besides",
                "following",
                "amid",
                "since",
                "with",
                "from",
                "by",
                "among",
                "over",
                "under",
                "through",
                "before",
            ];
            if let Some(c) = comma_at {
                if is_in(w, FRONTED) || cx.iberian && is_in(w, IB_FRONTED) {
                    return first_comma_after(cx, k, c) + 1;
                }
            }
            return i;
        }
        i = k;
        steps += 1;
    }
    i
}

/// "97 fighters from Idlib have died", "50 civilians in Syria were
/// killed", "A major in the regime forces killed": when the subject found
/// before the verb (`t0..t1`) holds no count and follows a place
/// preposition, the counted people (or the one person) before the
/// preposition are the subject (`t0..t1` unchanged otherwise).
fn subject_over_place(cx: &Ctx<'_>, t0: usize, t1: usize) -> (usize, usize) {
    let counted = |a: usize, b: usize| (a..b).any(|i| cx.qty[i].is_some_and(|q| q.count.is_some()));
    if t0 < 2 || counted(t0, t1) || !matches!(cx.w(t0 - 1), "from" | "in" | "inside" | "near") {
        return (t0, t1);
    }
    let p = t0 - 1;
    let s0 = np_start(cx, p);
    let people = (s0..p).any(|i| lexicon::victim(cx.w(i)).is_some());
    // "A major in the regime forces killed": one person before the place.
    let one = (s0..p).any(|i| {
        i > s0
            && matches!(cx.w(i - 1), "a" | "an" | "the")
            && lexicon::victim(cx.w(i)).is_some_and(|v| !v.plural)
    });
    if s0 < p && (counted(s0, p) && people || one) {
        (s0, p)
    } else {
        (t0, t1)
    }
}

fn first_comma_after(cx: &Ctx<'_>, from: usize, fallback: usize) -> usize {
    (from..fallback + 1)
        .find(|&i| cx.w(i) == ",")
        .unwrap_or(fallback)
}

/// An explicit zero right before a casualty noun ("no casualties", "without
/// injuries", "no civilian casualties"): the token where it starts.
fn zero_before(cx: &Ctx<'_>, t: usize) -> Option<usize> {
    for back in 1..=2 {
        let k = t.checked_sub(back)?;
        let rest = cx.lower.get(cx.toks[k].s..).unwrap_or("");
        if zero_marker(rest).is_ok()
            || cx.iberian && (is_in(cx.w(k), IB_NONE) || matches!(cx.w(k), "sin" | "sem" | "não"))
        {
            return Some(k);
        }
        if !cx.is_word(k) {
            return None;
        }
    }
    None
}

/// A named person: capitalised words not at the start of an actor name.
/// The nouns that name the people of a toll already told: "of the victims",
/// "of the dead", "of the hostages" (`part_noun` in `data/casualty_cues.tsv`).
fn is_toll_noun(w: &str) -> bool {
    lexicon::CUES.part_noun.contains(&w)
}

/// "killed 3 in Idlib and 4 in Hama": after an object and its place, more
/// counts of the same verb, each with its own place. `t` is where the first
/// object ends; the figures' spans start at the verb (`verb`).
fn place_split(cx: &Ctx<'_>, t: usize, kind: CasualtyKind, verb: usize) -> Vec<Raw> {
    let mut out = Vec::new();
    let mut k = t;
    // The place phrase: a preposition and capitalised words.
    let place_end = |k: usize| -> Option<usize> {
        if !matches!(cx.w(k), "in" | "at" | "near") {
            return None;
        }
        let mut e = k + 1;
        while e < cx.toks.len()
            && cx.is_word(e)
            && cx.raw(e).starts_with(|c: char| c.is_uppercase())
        {
            e += 1;
        }
        (e > k + 1).then_some(e)
    };
    while out.len() < 8 {
        let Some(e) = place_end(k) else {
            break;
        };
        if !matches!(cx.w(e), "and" | ",") {
            break;
        }
        let Some(q) = cx.qty.get(e + 1).copied().flatten() else {
            break;
        };
        let Some(count) = q.count else {
            break;
        };
        // The next count stands bare before its own place.
        if place_end(q.t1).is_none() {
            break;
        }
        out.push(Raw::new(kind, Some(count), cx.bytes(verb, q.t1)));
        k = q.t1;
    }
    out
}

/// The figures of an object phrase `hit.t1..t1`, or, when it counts nobody
/// but names a person ("killed Abu Hassan, a Nusra leader", "the death of
/// Mustafa al-Haddawi"), one figure of that person.
fn or_named_person(
    cx: &Ctx<'_>,
    hit: TermHit,
    t1: usize,
    kind: CasualtyKind,
    figs: Vec<Raw>,
) -> Vec<Raw> {
    if figs.is_empty() && t1 > hit.t1 && named_person(cx, hit.t1, t1) && !takes_ground(cx, hit) {
        let mut r = Raw::new(kind, Some(Count::exact(1)), cx.bytes(hit.t0, t1));
        r.victim = Some((hit.t1, t1));
        vec![r]
    } else {
        figs
    }
}

/// Whether the casualty word may take ground instead of people: "captured
/// Rajm al-Sheikh", "the capture of the Castello Road" name places.
fn takes_ground(cx: &Ctx<'_>, hit: TermHit) -> bool {
    cx.w(hit.t0).starts_with("captur")
}

fn named_person(cx: &Ctx<'_>, t0: usize, t1: usize) -> bool {
    if t1 - t0 > 8 {
        return false;
    }
    // Title-case words ("Mustafa al-Haddawi"), not capitals ("THE GENOCIDE").
    let caps = (t0..t1)
        .filter(|&i| {
            let r = cx.raw(i);
            cx.is_word(i)
                && r.chars().next().is_some_and(|c| c.is_uppercase())
                && r.chars().skip(1).any(|c| c.is_lowercase())
                && cx
                    .actors
                    .iter()
                    .all(|a| a.span.end <= cx.toks[i].s || a.span.start >= cx.toks[i].e)
        })
        .count();
    caps >= 2
        && !(t0..t1)
            .any(|i| cx.w(i).ends_with('s') && lexicon::victim(cx.w(i)).is_some_and(|v| v.plural))
}

/// "it rose to 557 at least, the number of members ... who were killed",
/// "the death toll rose to 45", "a toll of 12".
fn toll_rule(cx: &Ctx<'_>, hit: TermHit, raws: &mut Vec<Raw>, used: &mut [bool]) {
    let Some(q) = cx.qty.get(hit.t1).copied().flatten() else {
        // "the death toll from the strikes was 45", "put the toll at least
        // at 85", "raised the death toll from the raids to 61".
        if cx.w(hit.t0) == "toll" {
            if let Some((i, q)) = toll_forward(cx, hit.t1) {
                if let Some(c) = q.count {
                    raws.push(Raw::new(
                        CasualtyKind::Killed,
                        Some(c),
                        cx.bytes(hit.t0, q.t1),
                    ));
                    mark(used, i);
                }
            }
        }
        return;
    };
    let Some(count) = q.count else { return };
    // Appositive: ", the number of <NP> who were killed".
    let mut t = q.t1;
    if cx.w(t) == "," {
        t += 1;
    }
    let app = cx.text(t, (t + 3).min(cx.toks.len())).to_ascii_lowercase();
    if app.starts_with("the number of") {
        let lim = (t + 25).min(cx.toks.len());
        let stop = (t + 3..lim)
            .find(|&i| matches!(cx.w(i), ";" | "."))
            .unwrap_or(lim);
        let kind_at = (t + 3..stop).find(|&i| cx.term_at[i].is_some());
        let kind = kind_at
            .and_then(|i| cx.term_at[i])
            .and_then(|h| cx.term(h))
            .map(|tm| {
                toll_kind(
                    tm.kind,
                    cx.w(cx.hits[cx.term_at[kind_at.unwrap_or(0)].unwrap_or(0)].t0),
                )
            })
            .unwrap_or(CasualtyKind::Killed);
        let vend = (t + 3..stop)
            .find(|&i| {
                matches!(cx.w(i), "who" | "which" | "that" | "were" | "was")
                    || cx.term_at[i].is_some() && !matches!(cx.w(i), "casualties")
            })
            .unwrap_or(stop);
        let mut r = Raw::new(kind, Some(count), cx.bytes(hit.t0, vend.max(q.t1)));
        let v0 = if cx.w(t + 3) == "casualties" {
            t + 4
        } else {
            t + 3
        };
        if v0 < vend {
            r.victim = Some((v0, vend));
        }
        r.cumulative = Some(true);
        r.perp_after = Some(vend);
        mark(used, hit.t1);
        raws.push(r);
        return;
    }
    // A toll noun before: "death toll", "number of casualties", "the number
    // of people killed in an air strike this morning ... has risen to".
    let lo = hit.t0.saturating_sub(24);
    let mut kind = None;
    for i in (lo..hit.t0).rev() {
        let w = cx.w(i);
        if matches!(w, ";" | ".") {
            break;
        }
        if w == "toll" {
            kind = Some(CasualtyKind::Killed);
            break;
        }
        let number_of = w == "number" && cx.w(i + 1) == "of"
            || cx.iberian
                && matches!(
                    w,
                    "número" | "numero" | "cifra" | "saldo" | "balance" | "balanço"
                )
                && matches!(cx.w(i + 1), "de" | "do" | "da" | "del");
        if number_of {
            // the next casualty word
            let k = (i + 2..hit.t0).find_map(|k| {
                cx.term_at[k]
                    .and_then(|h| cx.term(h))
                    .map(|tm| (tm.kind, cx.w(k)))
            });
            kind = k.map(|(kd, w)| toll_kind(kd, w));
            break;
        }
    }
    if hit.t1 - hit.t0 == 2 && cx.w(hit.t0) == "toll" {
        kind = Some(CasualtyKind::Killed);
    }
    let Some(kind) = kind else { return };
    let r = Raw::new(kind, Some(count), cx.bytes(hit.t0, q.t1));
    mark(used, hit.t1);
    raws.push(r);
}

/// The count a toll is given after its noun, within the clause: "was 45",
/// "at 13", "to 61", "reached 126" (the token index and the quantity).
fn toll_forward(cx: &Ctx<'_>, from: usize) -> Option<(usize, Qty)> {
    let lim = (from + 20).min(cx.toks.len());
    let mut i = from;
    while i < lim {
        let w = cx.w(i);
        if matches!(
            w,
            "." | ";" | ":" | "and" | "but" | "while" | "as" | "after" | "since"
        ) || is_in(w, MODALS)
        {
            return None;
        }
        if let Some(q) = cx.qty[i] {
            let prev = if i > 0 { cx.w(i - 1) } else { "" };
            let lead = matches!(w, "at" | "to")
                || matches!(
                    prev,
                    "was" | "is" | "at" | "to" | "reached" | "hit" | "stood" | "of"
                );
            if lead && q.count.is_some() {
                return Some((i, q));
            }
            i = q.t1.max(i + 1);
            continue;
        }
        if i > from && cx.term_at[i].is_some() && !matches!(w, "killed" | "dead" | "died") {
            return None;
        }
        i += 1;
    }
    None
}

/// "casualties" in a running toll means deaths (SOHR's usage).
fn toll_kind(kind: CasualtyKind, word: &str) -> CasualtyKind {
    if kind == CasualtyKind::KilledOrWounded && matches!(word, "casualties" | "victims") {
        CasualtyKind::Killed
    } else {
        kind
    }
}

fn mark(used: &mut [bool], t: usize) {
    if let Some(u) = used.get_mut(t) {
        *u = true;
    }
}

/// "the bomber blew himself up": one dead on the perpetrator's side.
fn self_rule(cx: &Ctx<'_>, hit: TermHit, raws: &mut Vec<Raw>) {
    if (0..cx.toks.len()).any(|i| is_in(cx.w(i), &lexicon::CUES.survived))
        || cx.irrealis_before(hit.t0)
    {
        return;
    }
    let addition = cx.w(hit.t0) == "in";
    if addition
        && !cx.hits.iter().any(|h| {
            cx.term(cx.hits.iter().position(|x| x.t0 == h.t0).unwrap_or(0))
                .is_some_and(|t| t.kind == CasualtyKind::Killed && (t.roles.pp || t.roles.act))
        })
    {
        return;
    }
    let (text, count, end) = if addition {
        let Some((t1, count)) = addition_perpetrators(cx, hit.t1) else {
            return;
        };
        (cx.text(hit.t1, t1).to_string(), count, t1)
    } else if (hit.t0..hit.t1).any(|i| cx.w(i) == "themselves") {
        // "Two suicide bombers blew themselves up": the subject's count.
        let t0 = np_start(cx, hit.t0);
        let count = (t0..hit.t0).find_map(|i| cx.qty[i].and_then(|q| q.count));
        ("the attackers".to_string(), count, hit.t1)
    } else {
        ("the attacker".to_string(), Some(Count::exact(1)), hit.t1)
    };
    let mut r = Raw::new(CasualtyKind::Killed, count, cx.bytes(hit.t0, end));
    let b = cx.toks[hit.t0].s;
    let perp = cx.actors.iter().rev().find(|a| a.span.end <= b);
    r.victim_actor = Some(Actor {
        text,
        actor: perp.map(|a| a.name.to_string()),
        side: perp.map_or(Side::ArmedGroup, |a| a.side),
        certainty: None,
    });
    raws.push(r);
}

/// A definite plural subject that refers back to people counted before, right
/// before token `j` (the verb or its auxiliaries): "the hostages", "all the
/// victims", "both abductees". Its first token.
fn back_reference(cx: &Ctx<'_>, j: usize) -> Option<usize> {
    let n = j.checked_sub(1)?;
    if !lexicon::CUES.back_noun.contains(&cx.w(n)) {
        return None;
    }
    match (
        n.checked_sub(1).map(|k| cx.w(k)),
        n.checked_sub(2).map(|k| cx.w(k)),
    ) {
        (Some("the"), Some("all")) => Some(n - 2),
        (Some("the" | "both"), _) => Some(n - 1),
        _ => None,
    }
}

/// The perpetrators after "in addition to" (from token `t`): "the
/// assailant" (1), "the two suicide bombers" (2), "the assailants" (no
/// number). Their end token and count; `None` when no perpetrator noun (an
/// armed-side victim noun) heads the phrase within a few words.
fn addition_perpetrators(cx: &Ctx<'_>, t: usize) -> Option<(usize, Option<Count>)> {
    let mut k = t;
    if cx.w(k) == "the" {
        k += 1;
    }
    let mut count = None;
    if let Some(q) = cx.qty.get(k).copied().flatten() {
        count = Some(q.count?);
        k = q.t1;
    }
    for i in k..(k + 3).min(cx.toks.len()) {
        if !cx.is_word(i) {
            return None;
        }
        if let Some(v) = lexicon::victim(cx.w(i)).filter(|v| v.side == Side::ArmedGroup) {
            let count = match count {
                Some(c) => Some(c),
                None if !v.plural => Some(Count::exact(1)),
                None => None,
            };
            return Some((i + 1, count));
        }
    }
    None
}

impl Ctx<'_> {
    fn actor_for(&self, t0: usize, t1: usize) -> Option<Actor> {
        if t0 >= t1 {
            return None;
        }
        // A parenthetical part ("including the assailant") names no side.
        let t1 = (t0 + 1..t1)
            .find(|&i| self.w(i) == "including" || self.w(i) == "among" && self.w(i + 1) == "them")
            .map_or(t1, |i| if self.w(i - 1) == "," { i - 1 } else { i });
        let (b, e) = self.bytes(t0, t1);
        let mut text = self.s.get(b..e).unwrap_or("").trim();
        // Drop the number: the victim is the people, not the count.
        if let Some(q) = self.qty.get(t0).copied().flatten() {
            if let Some(t) = self.toks.get(q.t1) {
                if t.s < e {
                    text = self.s.get(t.s..e).unwrap_or("").trim();
                } else {
                    text = "";
                }
            }
        }
        let text = text.strip_prefix("of ").unwrap_or(text);
        let text = text
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        // "dozens of casualties": what is left after the number may name
        // nobody.
        let text = if text
            .split_whitespace()
            .all(|w| FUNCTION_WORDS.iter().any(|f| w.eq_ignore_ascii_case(f)))
        {
            ""
        } else {
            text
        };
        let lower = self.lower.get(b..e).unwrap_or("");
        let both = [
            "both parties",
            "both sides",
            "the two sides",
            "both warring",
            "the two parties",
        ]
        .iter()
        .any(|p| lower.contains(p));
        let acts: Vec<&ActorMatch<'_>> = self
            .actors
            .iter()
            .filter(|a| a.span.start >= b && a.span.end <= e)
            .collect();
        let mut actor = None;
        let mut side = Side::Unknown;
        if let Some(a) = acts.first() {
            actor = Some(a.name.to_string());
            side = a.side;
            if acts.iter().any(|x| x.side != a.side) {
                side = Side::Mixed;
            }
        }
        if side == Side::Unknown {
            let first = (t0..t1)
                .filter_map(|i| lexicon::victim(self.w(i)))
                .find(|v| v.side != Side::Unknown);
            if let Some(v) = first {
                side = v.side;
            }
        }
        // "30 government fighters": state forces; "anti-government" not.
        let people = (t0..t1).any(|i| lexicon::victim(self.w(i)).is_some());
        if side == Side::Unknown
            && people
            && (t0..t1).any(|i| {
                lexicon::CUES.state_word.contains(&self.w(i))
                    && !(i >= 2 && self.w(i - 1) == "-" && self.w(i - 2) == "anti")
                    && !(i >= 1 && self.w(i - 1) == "anti-")
            })
        {
            side = Side::StateForces;
        }
        // "members of the organization" where the sentence names the
        // Islamic State: the organization is it.
        if actor.is_none() && (lower.contains("organization") || lower.contains("organisation")) {
            if let Some(a) = self.actors.iter().find(|a| a.name == "Islamic State") {
                actor = Some(a.name.to_string());
                side = a.side;
            }
        }
        if both {
            side = Side::Mixed;
        }
        if text.is_empty() && actor.is_none() && side == Side::Unknown {
            return None;
        }
        Some(Actor {
            text: text.to_string(),
            actor,
            side,
            certainty: None,
        })
    }

    fn actor_from_match(&self, a: &ActorMatch<'_>) -> Actor {
        Actor {
            text: self
                .s
                .get(a.span.start..a.span.end)
                .unwrap_or("")
                .to_string(),
            actor: Some(a.name.to_string()),
            side: a.side,
            certainty: None,
        }
    }

    /// The perpetrator of an active verb: the nearest actor before it, or
    /// the subject's people ("Gunmen kill ...").
    /// Whether an actor is named as the one holding the ground, not as an
    /// agent: "Daesh-held villages", "IS-controlled areas", "areas
    /// controlled by the Islamic State group", "a stronghold of ISIS", "IS
    /// positions".
    fn holds_ground(&self, a: &ActorMatch<'_>) -> bool {
        let rest = self.s.get(a.span.end..).unwrap_or("");
        let hyphen = ["-held", "-controlled", " -held", "- held"]
            .iter()
            .any(|h| rest.starts_with(h));
        // "the Islamic State groups de facto capital", "IS positions".
        let after = self.tok_at(a.span.end);
        let mut ground = false;
        for i in after..(after + 5).min(self.toks.len()) {
            let w = self.w(i);
            // Within its own noun phrase: a verb or a preposition ends it
            // ("the Islamic State advanced on a regime position").
            if w.ends_with("ed") || matches!(w, "on" | "in" | "at" | "by" | "of" | "to" | "near") {
                break;
            }
            if lexicon::CUES.ground_noun.contains(&w) {
                ground = true;
                break;
            }
        }
        let mut k = self.tok_at(a.span.start);
        if k > 0 && self.w(k - 1) == "the" {
            k -= 1;
        }
        hyphen
            || ground
            || k >= 2
                && matches!(self.w(k - 1), "by" | "of")
                && lexicon::CUES.ground_before.contains(&self.w(k - 2))
    }

    fn perp_before(&self, t: usize) -> Option<Actor> {
        let b = self.toks.get(t)?.s;
        // "airstrikes by the coalition targeting areas controlled by IS
        // have killed", "Airstrikes on Daesh-held villages killed": the
        // actor that holds the ground is not the agent (nor, alone, any).
        let before: Vec<&ActorMatch<'_>> = self.actors.iter().filter(|a| a.span.end <= b).collect();
        if let Some(a) = before.iter().rev().find(|a| !self.holds_ground(a)) {
            return Some(self.actor_from_match(a));
        }
        let lo = t.saturating_sub(12);
        // Not a word that qualifies a place ("opposition-held districts")
        // nor a speaker ("opposition groups say killed hundreds").
        let qualifies_or_speaks = |i: usize| {
            matches!(self.w(i + 1), "-" | "held" | "controlled")
                || self.raw(i).ends_with("-held")
                || self.raw(i).ends_with("-controlled")
                || (i + 1..(i + 3).min(t))
                    .any(|j| matches!(self.w(j), "say" | "says" | "said" | "claim" | "claimed"))
        };
        let (k, v) = (lo..t).rev().find_map(|i| {
            lexicon::victim(self.w(i))
                .filter(|v| !matches!(v.side, Side::Unknown | Side::Civilians))
                .filter(|_| !qualifies_or_speaks(i))
                .map(|v| (i, v))
        })?;
        Some(Actor {
            text: self.raw(k).to_string(),
            actor: None,
            side: v.side,
            certainty: None,
        })
    }

    /// The perpetrator of a passive verb: an actor after it in its clause
    /// ("by ISIS", "in Russian airstrikes", "clashes with ISIS members").
    fn perp_after(&self, t: usize, victim: Option<&str>) -> Option<Actor> {
        let b = self.toks.get(t).map_or(self.s.len(), |x| x.s);
        let stop = (t..self.toks.len())
            .find(|&i| {
                matches!(self.w(i), ";" | "while" | "whereas")
                    || self.w(i) == "," && self.w(i + 1) == "and"
            })
            .and_then(|i| self.toks.get(i))
            .map_or(self.s.len(), |x| x.s);
        // The first actor after the verb; one that holds the ground ("raids
        // on IS-held villages") names no agent, nor do those after it.
        if let Some(a) = self
            .actors
            .iter()
            .find(|a| a.span.start >= b && a.span.end <= stop && Some(a.name) != victim)
        {
            if self.holds_ground(a) {
                return None;
            }
            return Some(self.actor_from_match(a));
        }
        // "by gunmen"
        // "por sicarios", "pelos insurgentes".
        let k = (t..self.tok_at(stop)).find(|&i| {
            self.w(i) == "by"
                || self.iberian && matches!(self.w(i), "por" | "pelo" | "pela" | "pelos" | "pelas")
        })?;
        let v = (k + 1..(k + 4).min(self.toks.len()))
            .find(|&i| lexicon::victim(self.w(i)).is_some_and(|v| v.side == Side::ArmedGroup))?;
        Some(Actor {
            text: self.text(k + 1, v + 1).to_string(),
            actor: None,
            side: Side::ArmedGroup,
            certainty: None,
        })
    }
}

/// Whether the words right after a figure ending at `end` name the one event
/// it happened in ("were killed on Friday in a nerve gas attack", "killed in
/// suicide bombing"): "in", an optional date and article, then one of the
/// event nouns of `data/casualty_cues.tsv` within a few words.
fn tells_one_event(lower: &str, end: usize) -> bool {
    let rest = lower.get(end..).unwrap_or("");
    let mut words = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty());
    let mut seen_in = false;
    for (n, w) in words.by_ref().enumerate() {
        if w == "in" {
            seen_in = true;
            break;
        }
        // "on Friday", "yesterday" may come first.
        if n >= 2 || !matches!(w, "on" | "yesterday" | "today") && !is_in(w, &WEEKDAYS) {
            return false;
        }
    }
    seen_in && words.take(5).any(|w| lexicon::CUES.event_noun.contains(&w))
}

/// Whether one event is named before the figure starting at byte `start`:
/// "a"/"an" and, within three words, one of the event nouns ("A bomb blast
/// on Saturday killed 100 people", "an air strike killed").
fn one_event_before(cx: &Ctx<'_>, start: usize) -> bool {
    let end = cx.tok_at(start);
    (0..end).any(|i| {
        matches!(cx.w(i), "a" | "an")
            && (i + 1..(i + 4).min(end)).any(|k| lexicon::CUES.event_noun.contains(&cx.w(k)))
    })
}

/// "15 dead among the ranks of Jaish al-Islam and 23 among its adversaries":
/// after a figure told "among" a group, more counts "among" other groups
/// are more figures of its kind (the verb left out). Each new count must
/// stand right before its own "among", and no figure may cover it already.
fn among_split(cx: &Ctx<'_>, r: &Raw, raws: &[Raw]) -> Vec<Raw> {
    let mut out = Vec::new();
    let mut k = cx.tok_at(r.span.1);
    while out.len() < 8 && cx.w(k) == "among" {
        // The group: words up to "and" or a comma.
        let Some(mut e) = (k + 1..(k + 12).min(cx.toks.len()))
            .take_while(|&j| cx.term_at[j].is_none() && (cx.is_word(j) || cx.w(j) == ","))
            .find(|&j| matches!(cx.w(j), "and" | ","))
        else {
            break;
        };
        if cx.w(e) == "," && cx.w(e + 1) == "and" {
            e += 1;
        }
        let Some(q) = cx.qty.get(e + 1).copied().flatten() else {
            break;
        };
        let (Some(count), true) = (q.count, cx.w(q.t1) == "among") else {
            break;
        };
        let at = cx.toks[e + 1].s;
        if raws.iter().any(|x| x.span.0 <= at && at < x.span.1) {
            break;
        }
        let mut extra = Raw::new(r.kind, Some(count), cx.bytes(e + 1, q.t1 + 1));
        extra.cumulative = r.cumulative;
        out.push(extra);
        k = q.t1;
    }
    // "... and 23 among its adversaries as well as two civilians": a last
    // group of people, counted, after the groups.
    if !out.is_empty() {
        let tail = (k + 1..(k + 12).min(cx.toks.len()))
            .take_while(|&j| cx.term_at[j].is_none() && !matches!(cx.w(j), "." | ";"))
            .find(|&j| cx.w(j) == "as" && cx.w(j + 1) == "well" && cx.w(j + 2) == "as");
        if let Some(j) = tail {
            if let Some(q) = cx.qty.get(j + 3).copied().flatten() {
                let at = cx.toks[j + 3].s;
                let people = lexicon::victim(cx.w(q.t1)).is_some();
                if let (Some(count), true) = (q.count, people) {
                    if !raws.iter().any(|x| x.span.0 <= at && at < x.span.1) {
                        let mut extra = Raw::new(r.kind, Some(count), cx.bytes(j + 3, q.t1 + 1));
                        extra.victim = Some((q.t1, q.t1 + 1));
                        extra.cumulative = r.cumulative;
                        out.push(extra);
                    }
                }
            }
        }
    }
    out
}

fn finish(cx: &Ctx<'_>, raws: Vec<Raw>) -> Vec<(Figure, Span)> {
    // A national daily tally ("146 died yesterday, including 55 of the regime
    // forces"): a hundred or more dead in a day adds up many events, and its
    // breakdown too.
    if raws.is_empty() {
        return Vec::new();
    }
    let mut raws = raws;
    let more: Vec<Raw> = raws
        .iter()
        .filter(|r| r.count.is_some())
        .flat_map(|r| among_split(cx, r, &raws))
        .collect();
    if !more.is_empty() {
        raws.extend(more);
        raws.sort_by_key(|r| r.span.0);
    }
    static DAILY: once_cell::sync::Lazy<crate::lexicon::OverlapDfa> =
        once_cell::sync::Lazy::new(|| {
            dfa(&[
                "yesterday",
                "today",
                "during the day",
                "in 24 hours",
                "on monday",
                "on tuesday",
                "on wednesday",
                "on thursday",
                "on friday",
                "on saturday",
                "on sunday",
            ])
            .expect("daily phrases build an automaton")
        });
    let daily = cx.s.len() < 400
        && raws
            .iter()
            .any(|r| r.kind == CasualtyKind::Killed && r.count.is_some_and(|c| c.best >= 100))
        && has_phrase(&DAILY, &cx.lower);
    // Period cues count near the figure: in its sentence, but within
    // CUE_REACH bytes when the "sentence" is a long unpunctuated run.
    const CUE_REACH: usize = 300;
    let cues = cumulative_cue(&cx.lower, &cx.toks);
    let mut out: Vec<(Figure, Span)> = Vec::new();
    let mut prev_victim: Option<Actor> = None;
    for r in raws {
        let mut victim = r
            .victim_actor
            .clone()
            .or_else(|| r.victim.and_then(|(a, b)| cx.actor_for(a, b)));
        if r.inherit && victim.as_ref().is_none_or(|v| v.side == Side::Unknown) {
            if let Some(p) = &prev_victim {
                victim = Some(p.clone());
            }
        }
        let vname = victim.as_ref().and_then(|v| v.actor.clone());
        let perpetrator = match (r.perp_before, r.perp_after) {
            (Some(t), _) => cx.perp_before(t),
            (None, Some(t)) => cx.perp_after(t, vname.as_deref()),
            _ => None,
        }
        .filter(|p| p.actor.is_none() || p.actor != vname);
        let national = r.victim.is_some_and(|(a, b)| {
            (a..b).any(|i| lexicon::victim(cx.w(i)).is_some_and(|v| v.national))
        });
        let big = r.count.is_some_and(|c| c.best >= 10_000);
        let (fs, fe) = r.span;
        let near = cues
            .iter()
            .any(|&p| p + CUE_REACH >= fs && p <= fe + CUE_REACH);
        let daily = daily && !tells_one_event(&cx.lower, fe) && !one_event_before(cx, fs);
        let cumulative = r.cumulative.unwrap_or(daily || near || national || big);
        if victim.is_some() {
            prev_victim = victim.clone();
        }
        let (s, e) = r.span;
        let span = Span::new(s.min(e), e);
        out.push((
            Figure {
                kind: r.kind,
                count: r.count,
                victim,
                perpetrator,
                cumulative,
                claimed: r.claimed,
                claimant: r.claimant,
                span,
            },
            span,
        ));
    }
    out
}

#[cfg(test)]
mod tokenize_tests {
    use super::*;

    /// Tokens as a character-by-character reading cuts them: runs of
    /// letters and digits with inner hyphens and apostrophes, one token per
    /// other character, no white space.
    fn by_chars(s: &str) -> Vec<(usize, usize, bool)> {
        let mut out = Vec::new();
        let mut it = s.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            if !c.is_alphanumeric() {
                out.push((i, i + c.len_utf8(), false));
                continue;
            }
            let mut e = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                let inner = matches!(d, '-' | '\'' | '’' | '‐')
                    && s[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if !(d.is_alphanumeric() || inner) {
                    break;
                }
                e = j + d.len_utf8();
                it.next();
            }
            out.push((i, e, true));
        }
        out
    }

    #[test]
    fn tokens_match_a_reading_by_characters() {
        let texts = [
            "",
            " ",
            "Twelve pro-regime fighters were killed in Hay'at-held areas.",
            "Gunmen killed 3 men—two brothers — near the café in Ḥamāh’s north",
            "end- of -line ' quote' x-",
            "a’b c‐d e\u{a0}f\tg\u{2003}h 12,000 (AFP) ñandú-ñ 東京-大阪",
            "abcdefghijklmnopqrstuvwxyz0123456789-x",
            "x''y --z ’’ é",
        ];
        for t in texts {
            let got: Vec<_> = tokenize(t).iter().map(|k| (k.s, k.e, k.word)).collect();
            assert_eq!(got, by_chars(t), "{t:?}");
        }
    }
}
