//! The casualty lexicons, loaded from `data/casualty_*.tsv` once per process.

use once_cell::sync::Lazy;

use crate::lexicon::FnvMap;
use crate::model::{CasualtyKind, Side};

/// The grammatical role a casualty word can play.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Roles {
    /// Participle after its subject: "45 soldiers were killed".
    pub pp: bool,
    /// Verb before its object: "killed 58 troops".
    pub act: bool,
    /// Head noun after a number: "17 fatalities".
    pub noun: bool,
    /// Noun before "of" + victims: "the death of the commander".
    pub of: bool,
    /// "lost 17 members".
    pub lost: bool,
    /// A toll update verb: "rose to 45".
    pub toll: bool,
    /// A perpetrator dying in the act: "blew himself up".
    pub selfkill: bool,
}

/// The languages of a casualty word other than English (the fourth column
/// of `data/casualty_terms.tsv`: `es`, `pt` or `es,pt`; none is English).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Langs {
    /// Spanish.
    pub es: bool,
    /// Portuguese.
    pub pt: bool,
}

impl Langs {
    /// Whether the word is Spanish or Portuguese.
    pub fn iberian(self) -> bool {
        self.es || self.pt
    }
}

/// One casualty word or phrase.
#[derive(Clone, Debug)]
pub(crate) struct Term {
    pub kind: CasualtyKind,
    pub roles: Roles,
    pub langs: Langs,
}

/// The casualty words with their automaton.
pub(crate) struct Terms {
    pub terms: Vec<Term>,
    /// The phrases (lower case), in the order of `terms`.
    pub phrases: Vec<String>,
    /// Built on first search: an extractor finds the terms through its
    /// joint scan of each sentence.
    automaton: once_cell::sync::OnceCell<crate::lexicon::LeftmostDfa>,
}

impl Terms {
    /// The leftmost-longest automaton of the phrases.
    pub fn automaton(&self) -> &crate::lexicon::LeftmostDfa {
        self.automaton.get_or_init(|| {
            crate::lexicon::LeftmostDfa::new(&self.phrases)
                .expect("the casualty terms build an automaton")
        })
    }
}

fn parse_kind(s: &str) -> Option<CasualtyKind> {
    Some(match s.trim() {
        "killed" => CasualtyKind::Killed,
        "wounded" => CasualtyKind::Wounded,
        "kow" => CasualtyKind::KilledOrWounded,
        "captured" => CasualtyKind::Captured,
        "missing" => CasualtyKind::Missing,
        _ => return None,
    })
}

fn data_lines(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

pub(crate) static TERMS: Lazy<Terms> = Lazy::new(|| {
    let mut phrases = Vec::new();
    let mut terms = Vec::new();
    for line in data_lines(include_str!("../../data/casualty_terms.tsv")) {
        let mut c = line.split('\t');
        let (Some(p), Some(k), Some(r)) = (c.next(), c.next(), c.next()) else {
            continue;
        };
        let Some(kind) = parse_kind(k) else {
            continue;
        };
        let mut roles = Roles::default();
        for role in r.split(',') {
            match role.trim() {
                "pp" => roles.pp = true,
                "act" => roles.act = true,
                "noun" => roles.noun = true,
                "of" => roles.of = true,
                "lost" => roles.lost = true,
                "toll" => roles.toll = true,
                "self" => roles.selfkill = true,
                _ => {}
            }
        }
        let mut langs = Langs::default();
        for lang in c.next().unwrap_or("").split(',') {
            match lang.trim() {
                "es" => langs.es = true,
                "pt" => langs.pt = true,
                _ => {}
            }
        }
        phrases.push(p.trim().to_ascii_lowercase());
        terms.push(Term { kind, roles, langs });
    }
    Terms {
        terms,
        phrases,
        automaton: once_cell::sync::OnceCell::new(),
    }
});

/// A victim noun's grammatical number and side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct VictimNoun {
    pub plural: bool,
    pub side: Side,
    /// A demonym ("Syrians"): a national toll.
    pub national: bool,
    /// One person a list may name without commas ("a man woman and child").
    pub kin: bool,
}

pub(crate) static VICTIMS: Lazy<FnvMap<String, VictimNoun>> = Lazy::new(|| {
    let mut m = FnvMap::default();
    for line in data_lines(include_str!("../../data/casualty_victims.tsv")) {
        let mut c = line.split('\t');
        let (Some(w), Some(n), Some(s)) = (c.next(), c.next(), c.next()) else {
            continue;
        };
        let (side, national) = match s.trim() {
            "state" => (Side::StateForces, false),
            "armed" => (Side::ArmedGroup, false),
            "civilians" => (Side::Civilians, false),
            "external" => (Side::ExternalForces, false),
            "national" => (Side::Civilians, true),
            _ => (Side::Unknown, false),
        };
        m.insert(
            w.trim().to_ascii_lowercase(),
            VictimNoun {
                plural: n.trim() == "pl",
                side,
                national,
                kin: c.next().is_some_and(|k| k.trim() == "kin"),
            },
        );
    }
    m
});

/// Words that, after a number, show it counts no people (units, things).
pub(crate) static UNITS: Lazy<FnvMap<String, ()>> = Lazy::new(|| {
    data_lines(include_str!("../../data/casualty_units.tsv"))
        .map(|l| (l.trim().to_ascii_lowercase(), ()))
        .collect()
});

/// The victim noun a lower-case word is, if any.
pub(crate) fn victim(word_lower: &str) -> Option<VictimNoun> {
    VICTIMS.get(word_lower).copied()
}

/// Whether a lower-case word is a unit or thing after a number.
pub(crate) fn is_unit(word_lower: &str) -> bool {
    UNITS.contains_key(word_lower)
}

/// The cue words of the grammar (`data/casualty_cues.tsv`), by class.
#[derive(Default)]
pub(crate) struct Cues {
    /// Running-total phrases ("so far", "since the war began").
    pub cumulative: Vec<&'static str>,
    /// "a total of", "in total".
    pub total: Vec<&'static str>,
    /// Phrases that tie a total to one event ("in the attack").
    pub one_event: Vec<&'static str>,
    /// An unknown toll ("no information about casualties").
    pub unknown: Vec<&'static str>,
    /// A perpetrator who survived ("arrested", "caught").
    pub survived: Vec<&'static str>,
    /// Nouns that refer back to people counted before ("the hostages").
    pub back_noun: Vec<&'static str>,
    /// Reporting words that end a victim phrase ("said", "told").
    pub speech: Vec<&'static str>,
    /// Before "of" + a killing word, an allegation ("accused of killing").
    pub allegation: Vec<&'static str>,
    /// Nouns of one event ("attack", "massacre").
    pub event_noun: Vec<&'static str>,
    /// Nouns of ongoing violence that name a cause ("shelling", "clashes").
    pub cause_noun: Vec<&'static str>,
    /// People named by the violence they do ("bomber", "gunman").
    pub agent_noun: Vec<&'static str>,
    /// Words before a number that make it a name or a label ("Brigade 93",
    /// "Resolution 2254"), never a count.
    pub label_before: Vec<&'static str>,
    /// Words that make the people they qualify state forces ("government
    /// fighters"), unless "anti-" precedes.
    pub state_word: Vec<&'static str>,
    /// Nouns of the people of a toll already told: "Fourteen of the victims",
    /// "Two of the hostages".
    pub part_noun: Vec<&'static str>,
    /// Lower-case words that open a source before a reporting verb ("state
    /// media said", "activists said").
    pub media_word: Vec<&'static str>,
    /// Nouns of the ground a group holds, right after it ("IS positions",
    /// "the group's de facto capital"): the group is no agent.
    pub ground_noun: Vec<&'static str>,
    /// Words before "by"/"of" + a group that make it the one holding the
    /// ground ("areas controlled by IS", "a stronghold of ISIS").
    pub ground_before: Vec<&'static str>,
}

pub(crate) static CUES: Lazy<Cues> = Lazy::new(|| {
    let mut c = Cues::default();
    for line in data_lines(include_str!("../../data/casualty_cues.tsv")) {
        let mut f = line.split('\t');
        let (Some(class), Some(phrase)) = (f.next(), f.next()) else {
            continue;
        };
        let list = match class.trim() {
            "cumulative" => &mut c.cumulative,
            "total" => &mut c.total,
            "one_event" => &mut c.one_event,
            "unknown" => &mut c.unknown,
            "survived" => &mut c.survived,
            "back_noun" => &mut c.back_noun,
            "speech" => &mut c.speech,
            "allegation" => &mut c.allegation,
            "event_noun" => &mut c.event_noun,
            "cause_noun" => &mut c.cause_noun,
            "agent_noun" => &mut c.agent_noun,
            "label_before" => &mut c.label_before,
            "state_word" => &mut c.state_word,
            "part_noun" => &mut c.part_noun,
            "media_word" => &mut c.media_word,
            "ground_noun" => &mut c.ground_noun,
            "ground_before" => &mut c.ground_before,
            _ => continue,
        };
        list.push(phrase.trim());
    }
    c
});
