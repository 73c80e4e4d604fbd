//! Stage 3: casualty figures: kind, count, victim, perpetrator, cumulative.
//!
//! [`figures`] reads one sentence. A cheap Aho-Corasick scan over the
//! casualty words of `data/casualty_terms.tsv` skips sentences without any;
//! the others are cut into tokens, their quantities read with the
//! [`quantity`](crate::quantity) rules, and each casualty word anchors the
//! rule its role names. Victims and perpetrators are resolved against the
//! [`ActorLexicon`] and the victim nouns of `data/casualty_victims.tsv`.
//!
//! # Grammar
//!
//! ```text
//! figure      = passive | active | participle | nominal | of_nominal
//!             | lost | toll_update | toll_apposition | zero | unknown
//!             | self_kill ;
//! passive     = subject_np aux* PP ;                 "45 members ... were killed"
//!                                                    "58 fighters killed in ..."
//! active      = [perpetrator] ACT object_np ;        "ISIS militants killed at least 58 troops"
//! participle  = "," ACT object_np ("and" ACT object_np)* ;
//!                                                    ", killing three civilians and injuring eight"
//! nominal     = quantity modifier{0,3} NOUN ;        "17 fatalities", "four dead"
//! of_nominal  = OF_NOUN (quantity? np | named_person) ;
//!                                                    "the death of the commander X" (= 1)
//! lost        = actor "lost" quantity victim_np ;    "ISIS lost 17 members"
//! toll_update = toll_noun ... TOLL_VERB quantity ;   "the death toll rose to 45"
//! toll_apposition = TOLL_VERB quantity "," "the number of" np ("who" aux* PP)? ;
//!                                                    (cumulative)
//! zero        = ("no" | "without") modifier? NOUN    "no casualties" (= 0)
//!             | ("no one" | "nobody" | "no" np) aux* PP ;
//! unknown     = ("no information" | "no word" | ...) ("about" | "on") NOUN
//!             | NOUN aux* "reported" ;               count: none
//! self_kill   = "blew himself up" | "in addition to the assailant" ;
//!                                                    (1, perpetrator's side)
//! subject_np  = item ("," | "and" | "as well as") item)* ;
//! object_np   = item (("," | "and") item)* ;
//! item        = quantity? word* ;      its count: the quantity, or 1 for a
//!                                      singular victim noun ("the owner")
//! aux         = "were" | "was" | "have" | "been" | "also" | "reportedly" | ... ;
//! quantity    = see crate::quantity ;
//! ```
//!
//! Enumerated items with their own numbers are separate figures ("95
//! assailants, 22 soldiers, and 8 police officers were killed"); a singular
//! person among them makes one summed figure ("the owner and two employees"
//! is 3). A number that is no count (an age, a fraction, a year, a unit, a
//! date) never starts an item. A modal, a negation or a threat before the
//! verb ("warning them to leave or be killed") makes no figure. A claim
//! marker ("claiming to have killed") makes the figure `claimed`, with the
//! nearest actor before it as claimant.
//!
//! Subjects skip elaborations: "15 civilians including children were
//! killed", "23 civilians - including nine children - dead", "97 fighters
//! from Idlib have died" all count the head. A breakdown is no figure of its
//! own: "Those killed were three children", "15 civilians 3 children killed",
//! "Three civilians two women and a man" (parts adding up to the head).
//! Headline pairs read each participle after its own subject ("8 persons
//! killed 58 others injured"); "N of the wounded later died" are new deaths;
//! "no immediate death toll" is unknown, not zero; released, freed or
//! exchanged prisoners are no captures.
//!
//! A figure is `cumulative` when its sentence names a period or several
//! events ("since the 13th of March", "during 2 months of clashes", "in the
//! first week", "so far", "across the country", "in separate incidents"), or
//! when it is a running toll in apposition ("it rose to 557, the number
//! of ..."), a national toll ("150 Syrians were killed"), or 10,000 or more
//! (a war's toll, not an event's). "since Sunday" is one running event.
//! A period after a superlative is a comparison ("the deadliest attack since
//! the war began"), except a period noun ("the deadliest month this year").
//!
//! Spanish and Portuguese sentences are read by the same rules: their
//! casualty words carry a language in `data/casualty_terms.tsv`, and a
//! sentence with one is read with their copulas ("é assassinado", "fueron
//! asesinados"), personal "a" ("asesinan a 10 personas"), stop words and
//! number words too; a verb may come before its subject ("Mueren 12
//! personas") and coordinated participles share one ("é sequestrado e
//! assassinado").
//!
//! "casualties" with one number is `killed_or_wounded`, except in a running
//! toll ("the number of casualties rose to 45", "it rose to 924, the number
//! of casualties"), where monitors use it for deaths.

mod grammar;
mod lexicon;
#[cfg(test)]
mod tests;

use crate::actor::{ActorLexicon, ActorMatch};
use crate::model::{Actor, CasualtyKind, Count};
use crate::quantity::VagueTable;
use crate::span::Span;

/// A casualty figure as read from one sentence, before incidents are built.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// What happened to the victims.
    pub kind: CasualtyKind,
    /// How many, or `None` when the text gives no number.
    pub count: Option<Count>,
    /// Who was hit.
    pub victim: Option<Actor>,
    /// Who caused it.
    pub perpetrator: Option<Actor>,
    /// A total over several events or a period.
    pub cumulative: bool,
    /// A claim by a party to the fighting; `claimant` names it.
    pub claimed: bool,
    /// The canonical name of the claimant (or the words naming it when the
    /// actor lexicon does not know it: "the army"), if `claimed`.
    pub claimant: Option<String>,
    /// The phrase that states the figure.
    pub span: Span,
}

/// Reads the casualty figures of one sentence (`sentence` is its span in
/// `text`). Spans are offsets into `text`, inside `sentence`.
///
/// ```
/// use sitrep::casualty::figures;
/// use sitrep::{ActorLexicon, CasualtyKind, Span, VagueTable};
/// let s = "At least 45 soldiers were killed by ISIS.";
/// let f = figures(s, Span::new(0, s.len()), &VagueTable::default(), &ActorLexicon::builtin());
/// assert_eq!(f.len(), 1);
/// assert_eq!(f[0].kind, CasualtyKind::Killed);
/// assert_eq!(f[0].count.map(|c| c.best), Some(45));
/// assert_eq!(f[0].perpetrator.as_ref().and_then(|p| p.actor.as_deref()), Some("Islamic State"));
/// ```
pub fn figures(
    text: &str,
    sentence: Span,
    vague: &VagueTable,
    actors: &ActorLexicon,
) -> Vec<Figure> {
    figures_with_actors(text, sentence, vague, actors, None, None)
}

/// The casualty terms' phrases, in the order of their indices (see
/// [`figures_with_actors`]).
pub(crate) fn term_phrases() -> impl Iterator<Item = &'static str> {
    lexicon::TERMS.phrases.iter().map(String::as_str)
}

/// [`figures`], given the actors the sentence names when they are known
/// (`actors.find_all` of the sentence, spans relative to it), so that a
/// caller that needs them too scans for them once; and given the matches of
/// the casualty terms when they are known (leftmost-longest, as (start,
/// end, term index), relative to the sentence), found in the same scan.
pub(crate) fn figures_with_actors<'l>(
    text: &str,
    sentence: Span,
    vague: &VagueTable,
    actors: &'l ActorLexicon,
    named: Option<&[ActorMatch<'l>]>,
    terms: Option<&[(usize, usize, usize)]>,
) -> Vec<Figure> {
    let Some(s) = text.get(sentence.start..sentence.end) else {
        return Vec::new();
    };
    grammar::sentence_figures(s, vague, actors, named, terms)
        .into_iter()
        .map(|(mut f, local)| {
            f.span = if local.is_empty() {
                sentence
            } else {
                local.shift(sentence.start)
            };
            f
        })
        .collect()
}

/// Gives a count to the figures whose victims refer back to people counted
/// in an earlier sentence ("Gunmen kidnapped four aid workers. The hostages
/// were later killed."): the count of the nearest captured figure in the
/// three sentences before. `figures` are in text order, each with the index
/// of its sentence.
pub fn resolve_back_references(figures: &mut [(usize, Figure)]) {
    for i in 0..figures.len() {
        let (si, f) = &figures[i];
        let refers_back = f.count.is_none()
            && f.victim.as_ref().is_some_and(|v| {
                v.text.rsplit(' ').next().is_some_and(|w| {
                    lexicon::CUES
                        .back_noun
                        .contains(&w.to_ascii_lowercase().as_str())
                })
            });
        if !refers_back {
            continue;
        }
        let si = *si;
        let found = figures[..i]
            .iter()
            .rev()
            .take_while(|(sj, _)| *sj + 3 >= si)
            .find(|(sj, g)| *sj < si && g.kind == CasualtyKind::Captured && g.count.is_some())
            .and_then(|(_, g)| g.count);
        if let Some(c) = found {
            figures[i].1.count = Some(c);
        }
    }
}

/// Drops the figures that repeat an earlier one word for word, passage and
/// all: a text that repeats its lead without a full stop between ("... 17
/// people were killed two of them ambulance crew Al-Qaeda loyalists attacked
/// ... 17 people were killed ...") states one toll, not two. A figure
/// repeats another when its own words and the words just before them are
/// the same. `figures` are in text order.
pub fn drop_repeats(text: &str, figures: &mut Vec<(usize, Figure)>) {
    const CONTEXT: usize = 40;
    let key = |f: &Figure| -> Option<(&str, &str)> {
        let own = text.get(f.span.start..f.span.end)?;
        let mut from = f.span.start.saturating_sub(CONTEXT);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        Some((text.get(from..f.span.start)?, own))
    };
    let mut seen: Vec<(&str, &str)> = Vec::new();
    figures.retain(|(_, f)| {
        let Some(k) = key(f) else {
            return true;
        };
        // A short context (the text's start) is no passage.
        if k.0.len() < CONTEXT || seen.contains(&k) {
            return k.0.len() < CONTEXT;
        }
        seen.push(k);
        true
    });
}

/// Sentences after a headline in which its lead restates it.
const HEADLINE_LEAD: usize = 3;

/// Makes a headline's figure a running total when its lead states the same
/// number as one ("More than 100 Terrorists Killed in Army Operations" over
/// "More than 100 terrorists have been killed in two days of operations"):
/// the headline only leaves out the period, and its figure is the same
/// toll. `figures` are in text order, each with the index of its sentence
/// in `sentences`.
pub fn headline_totals(sentences: &[crate::segment::Sentence], figures: &mut [(usize, Figure)]) {
    use crate::segment::SentenceKind;
    let is_headline = |si: usize| {
        sentences
            .get(si)
            .is_some_and(|s| s.kind == SentenceKind::Headline)
    };
    for i in 0..figures.len() {
        let (si, f) = &figures[i];
        if !is_headline(*si) || f.cumulative {
            continue;
        }
        let Some(count) = f.count else {
            continue;
        };
        let best = count.best;
        // "Hundreds dead" over "more than 500 lives since Tuesday": a vague
        // word's bounds hold the total.
        let within = |n: u64| {
            count.approximate
                && count.low.is_none_or(|l| l <= n)
                && count.high.is_none_or(|h| n <= h)
        };
        let si = *si;
        // Figures are in text order: look no further than the lead.
        let total = figures[i + 1..]
            .iter()
            .take_while(|(sj, _)| *sj <= si + HEADLINE_LEAD)
            .any(|(sj, g)| {
                *sj > si
                    && !is_headline(*sj)
                    && g.cumulative
                    && g.kind == f.kind
                    && g.count.is_some_and(|c| c.best == best || within(c.best))
            });
        if total {
            figures[i].1.cumulative = true;
        }
    }
}

/// Whether a victim phrase names people by the violence they do ("the
/// attacker", "two suicide bombers"): their deaths add to a toll, they never
/// restate it.
pub(crate) fn names_agent(victim: &str) -> bool {
    victim
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| {
            let w = w.to_ascii_lowercase();
            lexicon::CUES.agent_noun.contains(&w.as_str())
        })
}
