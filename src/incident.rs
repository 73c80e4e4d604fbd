//! Stage 6: incidents. Groups the figures, places, dates and sources read
//! by the earlier stages into events, merges restatements of one toll into
//! one figure, names the sources, the event type and a join key.
//!
//! # Grouping
//!
//! Content sentences are read in order. A sentence with casualty figures
//! joins an earlier incident when one of its figures restates one of that
//! incident's figures (same kind, compatible victim side, overlapping count
//! bounds) and its places and dates do not contradict the incident's; else it
//! joins the incident being told when it directly follows it, brings no new
//! specific place or date and opens with no "in another attack" cue; else it
//! starts a new incident. Cumulative figures (running totals) always go to
//! incidents of their own. A sentence without figures elaborates the incident
//! being told when it directly follows it or refers back to it ("the attack",
//! "the clashes") and names no new specific place; a sentence with an event
//! word ("attack", "airstrike") and no figure starts an incident with no
//! casualties, so that a place and a date are not lost. Captions and debris
//! are never read.
//!
//! # Merging
//!
//! Within an incident, figures of the same kind, victim side, claim status
//! and cumulative flag are one figure. Its count keeps the largest lower
//! bound and the smallest upper bound; `best` is the smallest exact best
//! within those bounds (the conservative reading, as ACLED codes). When the
//! estimates contradict each other (5 and 7), the bounds span them and
//! `best` is the most often stated value, the smaller on a tie. A combined
//! killed-or-wounded figure equal to a killed figure of the same incident is a
//! restatement of it ("casualties" used loosely for deaths).

use once_cell::sync::Lazy;

use crate::actor::{ActorLexicon, ActorMatch};
use crate::casualty::Figure;
use crate::date::DateMention;
use crate::lexicon::{rows, JointMatches, JointSearch, PhraseTable};
use crate::model::{
    Actor, Attribution, Casualty, CasualtyKind, Count, Date, DateRange, EventType, Incident, Place,
    PlaceKind, Report, Side,
};
use crate::segment::Sentence;
use crate::span::Span;

/// Everything the earlier stages read in one document.
#[derive(Debug)]
pub(crate) struct Facts<'a> {
    pub text: &'a str,
    pub sentences: &'a [Sentence],
    /// Figures with the index of their sentence.
    pub figures: &'a [(usize, Figure)],
    pub places: &'a [Place],
    pub dates: &'a [DateMention],
    pub published: Option<Date>,
    /// The gazetteer the places come from (for the extent of countries).
    pub gazetteer: &'a crate::gazetteer::Gazetteer,
}

// ---------------------------------------------------------------------------
// Sources

/// Known sources (monitors, agencies, outlets, official bodies) and the names
/// they go by. The built-in list is `data/sources.tsv`.
///
/// ```
/// let mut sources = sitrep::SourceLexicon::builtin();
/// sources.add("Deir ez-Zor Monitor", &["DZM"]);
/// ```
#[derive(Clone, Debug)]
pub struct SourceLexicon {
    names: Vec<String>,
    /// Per name: an official body (kind `official`), which speaks for
    /// itself, never for a whole document's reports.
    official: Vec<bool>,
    table: PhraseTable<usize>,
    aliases: Vec<(String, usize)>,
    /// The event words, the cues and this table, searched in one pass over
    /// each sentence (tables [`EVENT_TABLE`], [`CUE_TABLE`],
    /// [`SOURCE_TABLE`]); built on first use.
    joint: once_cell::sync::OnceCell<JointSearch>,
}

/// The tables of [`SourceLexicon::joint`].
const EVENT_TABLE: usize = 0;
const CUE_TABLE: usize = 1;
const SOURCE_TABLE: usize = 2;

fn joint_search(sources: &PhraseTable<usize>) -> JointSearch {
    JointSearch::new(&joint_tables(sources))
}

/// The phrases of the tables [`EVENT_TABLE`], [`CUE_TABLE`] and
/// [`SOURCE_TABLE`], in this order (a caller's joint scan puts them first).
fn joint_tables(sources: &PhraseTable<usize>) -> Vec<Vec<&str>> {
    vec![
        EVENTS.phrases().collect(),
        CUES.phrases().collect(),
        sources.phrases().collect(),
    ]
}

/// The tables of the incident stage a joint scan of each sentence searches
/// (see [`Prescanned`]).
pub(crate) const TABLES: usize = 3;

impl SourceLexicon {
    /// The phrases of the incident stage's [`TABLES`] tables, for a joint
    /// scan of each sentence.
    pub(crate) fn scan_tables(&self) -> Vec<Vec<&str>> {
        joint_tables(&self.table)
    }
}

/// The matches of the incident stage's tables in each sentence, found by
/// the caller's joint scan ([`crate::lexicon::JointSearch::leftmost_longest`]
/// of tables `0..TABLES`, in absolute offsets): sentence `i`'s matches of
/// table `t` are `matches[bounds[i][t]..bounds[i][t + 1]]`.
#[derive(Debug, Default)]
pub(crate) struct Prescanned {
    pub(crate) matches: Vec<(usize, usize, usize)>,
    pub(crate) bounds: Vec<[usize; TABLES + 1]>,
}

static BUILTIN_SOURCES: &str = include_str!("../data/sources.tsv");

impl Default for SourceLexicon {
    fn default() -> SourceLexicon {
        SourceLexicon {
            names: Vec::new(),
            official: Vec::new(),
            table: PhraseTable::new(Vec::new()),
            aliases: Vec::new(),
            joint: once_cell::sync::OnceCell::new(),
        }
    }
}

impl SourceLexicon {
    /// The built-in sources.
    pub fn builtin() -> SourceLexicon {
        static BUILTIN: Lazy<SourceLexicon> = Lazy::new(|| {
            let mut lex = SourceLexicon::default();
            for row in rows(BUILTIN_SOURCES) {
                let name = row[0];
                let aliases: Vec<&str> = row
                    .get(2)
                    .map(|a| a.split('|').collect())
                    .unwrap_or_default();
                lex.push(name, &aliases);
                if let Some(last) = lex.official.last_mut() {
                    *last = row.get(1) == Some(&"official");
                }
            }
            lex.compile();
            lex
        });
        BUILTIN.clone()
    }

    /// Adds a source with the names it goes by (its canonical name is one).
    pub fn add(&mut self, name: &str, aliases: &[&str]) -> &mut SourceLexicon {
        self.push(name, aliases);
        self.compile();
        self
    }

    fn push(&mut self, name: &str, aliases: &[&str]) {
        let idx = self.names.len();
        self.names.push(name.to_string());
        self.official.push(false);
        self.aliases.push((name.to_string(), idx));
        for a in aliases {
            self.aliases.push((a.to_string(), idx));
        }
    }

    fn compile(&mut self) {
        self.table = PhraseTable::new(self.aliases.iter().map(|(a, i)| (a.clone(), *i)));
        self.joint = once_cell::sync::OnceCell::new();
    }

    /// Whether `name` is an official body (kind `official` in
    /// `data/sources.tsv`: "United Nations"), which speaks for its own
    /// statement only.
    fn is_official(&self, name: &str) -> bool {
        self.names
            .iter()
            .position(|n| n == name)
            .is_some_and(|i| self.official.get(i).copied().unwrap_or(false))
    }

    /// The sources named inside `within`, as (span, canonical name).
    pub fn find<'a>(
        &'a self,
        text: &'a str,
        within: Span,
    ) -> impl Iterator<Item = (Span, &'a str)> + 'a {
        self.table
            .find(text, within)
            .map(|(s, i)| (s, self.names[*i].as_str()))
    }
}

// ---------------------------------------------------------------------------
// Cues

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Event(EventType),
    Anaphor,
    New,
    Aside,
    Report,
    Certainty,
    Estimate,
    Additive,
    Perpetrator,
    Update,
    /// "a previous toll of 112": an earlier estimate of a toll its own
    /// sentence updates.
    Earlier,
    Background,
    History,
}

fn cue_table(events: bool) -> PhraseTable<Cue> {
    let entries = rows(include_str!("../data/incident_cues.tsv")).filter_map(|r| {
        let class = *r.first()?;
        let phrase = r.get(1)?.to_string();
        let cue = match class {
            "anaphor" => Cue::Anaphor,
            "new" => Cue::New,
            "aside" => Cue::Aside,
            "report" => Cue::Report,
            "certainty" => Cue::Certainty,
            "estimate" => Cue::Estimate,
            "additive" => Cue::Additive,
            "perpetrator" => Cue::Perpetrator,
            "update" => Cue::Update,
            "earlier" => Cue::Earlier,
            "background" => Cue::Background,
            "history" => Cue::History,
            "by" | "against" | "acts" | "speaks" | "acts_as_state" => return None,
            c => Cue::Event(event_type_named(c.strip_prefix("event:")?)?),
        };
        (matches!(cue, Cue::Event(_)) == events).then_some((phrase, cue))
    });
    PhraseTable::new(entries.collect::<Vec<_>>())
}

/// Anaphors, new-event, reporting and hedge cues. Event words are a table
/// of their own, since they overlap ("the strike" / "strike").
static CUES: Lazy<PhraseTable<Cue>> = Lazy::new(|| cue_table(false));
static EVENTS: Lazy<PhraseTable<Cue>> = Lazy::new(|| cue_table(true));

/// Words around an actor's name that make it the perpetrator or the target.
struct RoleWords {
    /// Right before a perpetrator ("by", "belonging to the").
    by: Vec<String>,
    /// Right before a target ("against", "targeting").
    against: Vec<String>,
    /// Right after a perpetrator ("attacked", "launched").
    acts: Vec<String>,
    /// Right after a place's name, make it a government that speaks
    /// ("Moscow said").
    speaks: Vec<String>,
    /// Right after a country's name, make it a state acting ("Turkey has
    /// sent", "Russia's").
    acts_as_state: Vec<String>,
}

static ROLES: Lazy<RoleWords> = Lazy::new(|| {
    let mut r = RoleWords {
        by: Vec::new(),
        against: Vec::new(),
        acts: Vec::new(),
        speaks: Vec::new(),
        acts_as_state: Vec::new(),
    };
    for row in rows(include_str!("../data/incident_cues.tsv")) {
        let (Some(class), Some(phrase)) = (row.first(), row.get(1)) else {
            continue;
        };
        let list = match *class {
            "by" => &mut r.by,
            "against" => &mut r.against,
            "acts" => &mut r.acts,
            "speaks" => &mut r.speaks,
            "acts_as_state" => &mut r.acts_as_state,
            _ => continue,
        };
        list.push(phrase.to_lowercase());
    }
    // Longest first, so "by the" is tried before "by".
    for l in [
        &mut r.by,
        &mut r.against,
        &mut r.acts,
        &mut r.speaks,
        &mut r.acts_as_state,
    ] {
        l.sort_by_key(|p| std::cmp::Reverse(p.len()));
    }
    r
});

/// Words that may stand between an actor's name and its verb ("ISIS
/// fighters attacked", "militants of the Islamic State then started").
const ACTOR_NOUNS: &[&str] = &[
    "fighters",
    "militants",
    "members",
    "forces",
    "troops",
    "gunmen",
    "jihadists",
    "then",
    "have",
    "has",
    "had",
    "reportedly",
    "also",
    "on",
    "yesterday",
    "today",
];

/// Whether `haystack` ends with `phrase` as whole words (ASCII case-insensitive).
fn ends_with_words(haystack: &str, phrase: &str) -> bool {
    word_suffix(haystack.trim_end(), phrase)
}

/// [`ends_with_words`] on a haystack with no white space at its end.
fn word_suffix(h: &str, phrase: &str) -> bool {
    if h.len() < phrase.len() || !h.is_char_boundary(h.len() - phrase.len()) {
        return false;
    }
    let tail = &h[h.len() - phrase.len()..];
    let before = &h[..h.len() - phrase.len()];
    tail.eq_ignore_ascii_case(phrase)
        && !before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// Whether `h` starts with `phrase` as whole words (ASCII case-insensitive).
fn word_prefix(h: &str, phrase: &str) -> bool {
    // Most phrases differ from `h` in their first byte: tested first.
    let first = |s: &str| s.as_bytes().first().map(u8::to_ascii_lowercase);
    (phrase.is_empty() || first(h) == first(phrase))
        && h.len() >= phrase.len()
        && h.is_char_boundary(phrase.len())
        && h[..phrase.len()].eq_ignore_ascii_case(phrase)
        && !h[phrase.len()..].starts_with(char::is_alphanumeric)
}

/// Whether a place's name stands for its government here ("Russia said",
/// "Turkey has sent troops", "Moscow accused"): an actor, not where the
/// event happened.
fn place_as_actor(text: &str, place: &Place) -> bool {
    let after = text.get(place.span.end..).unwrap_or("");
    // A phrase follows after white space, or right away when it opens with
    // an apostrophe ("Russia's").
    let trimmed = after.trim_start();
    let starts = |v: &String| {
        let h = if v.starts_with(['\'', '’']) {
            after
        } else {
            trimmed
        };
        word_prefix(h, v)
    };
    let speaks = ROLES.speaks.iter().any(starts);
    let state = place.kind == PlaceKind::Country && ROLES.acts_as_state.iter().any(starts);
    speaks || state
}

/// The perpetrators and targets named in the incident's event sentences,
/// from the words around each actor's name.
fn sentence_roles(
    facts: &Facts<'_>,
    group: &Group,
    sents: &[SentFacts],
) -> (Vec<Actor>, Vec<Actor>) {
    let (mut perps, mut targets) = (Vec::new(), Vec::new());
    for &m in &group.members {
        if sents[m].figures.is_empty() && !sents[m].event || sents[m].history {
            continue;
        }
        let span = facts.sentences[sents[m].sentence].span;
        for &(a_span, a_name, a_side) in &sents[m].actors {
            let before = &facts.text[span.start..a_span.start];
            let after = &facts.text[a_span.end..span.end];
            // The words after the name, skipping "fighters", "then", ...
            let mut rest = after.trim_start();
            while let Some(w) = ACTOR_NOUNS.iter().find(|w| {
                rest.len() >= w.len()
                    && rest.is_char_boundary(w.len())
                    && rest[..w.len()].eq_ignore_ascii_case(w)
                    && !rest[w.len()..].starts_with(char::is_alphanumeric)
            }) {
                rest = rest[w.len()..].trim_start();
            }
            let acts = ROLES.acts.iter().any(|v| {
                rest.len() >= v.len()
                    && rest.is_char_boundary(v.len())
                    && rest[..v.len()].eq_ignore_ascii_case(v)
                    && !rest[v.len()..].starts_with(char::is_alphanumeric)
            });
            let before_end = before.trim_end();
            let by = ROLES.by.iter().any(|p| word_suffix(before_end, p));
            let against = ROLES.against.iter().any(|p| word_suffix(before_end, p));
            if !(acts || by || against) {
                continue;
            }
            let mut actor = Actor {
                text: a_span.as_str(facts.text).to_string(),
                actor: Some(a_name.to_string()),
                side: a_side,
                certainty: None,
            };
            if against && !by {
                push_actor(&mut targets, &actor);
            } else {
                actor.certainty = certainty_of(facts, span, &actor.text);
                push_actor(&mut perps, &actor);
            }
        }
    }
    (perps, targets)
}

fn event_type_named(s: &str) -> Option<EventType> {
    [
        EventType::SuicideBomb,
        EventType::RemoteExplosive,
        EventType::AirStrike,
        EventType::Shelling,
        EventType::Abduction,
        EventType::ArmedClash,
        EventType::Attack,
    ]
    .into_iter()
    .find(|t| t.as_str() == s)
}

/// Lower is stronger: the type of an incident is its strongest cue.
fn event_rank(t: EventType) -> u8 {
    match t {
        EventType::SuicideBomb => 0,
        EventType::RemoteExplosive => 1,
        EventType::AirStrike => 2,
        EventType::Shelling => 3,
        EventType::Abduction => 4,
        EventType::ArmedClash => 5,
        EventType::Attack => 6,
        EventType::Other => 7,
    }
}

// ---------------------------------------------------------------------------
// Grouping

/// What one content sentence carries. Each lexicon scans a sentence once;
/// later steps read these matches.
#[derive(Debug, Default, Clone)]
struct SentFacts<'l> {
    sentence: usize,
    figures: Vec<usize>,
    places: Vec<usize>,
    dates: Vec<usize>,
    /// Event types named ("airstrike", "clashes").
    events: Vec<EventType>,
    /// Sources named, with their canonical names.
    sources: Vec<(Span, &'l str)>,
    /// Actors named: span in the text, canonical name, side.
    actors: Vec<(Span, &'l str, Side)>,
    event: bool,
    anaphor: bool,
    /// Ends the event being told ("elsewhere", "meanwhile").
    new_event: bool,
    /// Tells of another event, never restating a toll told before
    /// ("elsewhere", "in a separate attack"; not "meanwhile").
    other_event: bool,
    /// Gives another estimate of a toll ("conflicting figures", "put the
    /// toll at"); a new source does too (see `another_source`).
    estimate: bool,
    /// Tells of a party's earlier deeds in general ("has carried out
    /// attacks in the past"): names no perpetrator of this incident.
    history: bool,
}

#[derive(Debug, Default, Clone)]
struct Group {
    cumulative: bool,
    /// For an earlier event recalled in passing ("a day after a car bomb
    /// killed 26 in Azaz"): where its clause starts. Places and dates before
    /// it belong to the event being told, not to this one.
    recalled_from: Option<usize>,
    /// Indexes into the content-sentence list.
    members: Vec<usize>,
    figures: Vec<usize>,
    places: Vec<usize>,
    /// Places of sentences with figures or event words (the event's own).
    own_places: usize,
    dates: Vec<usize>,
}

fn is_specific(kind: PlaceKind) -> bool {
    matches!(
        kind,
        PlaceKind::City
            | PlaceKind::Town
            | PlaceKind::Village
            | PlaceKind::Neighbourhood
            | PlaceKind::Facility
    )
}

/// Great-circle distance in km.
pub(crate) fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

fn same_place(a: &Place, b: &Place) -> bool {
    (!a.id.is_empty() && a.id == b.id)
        || (a.country == b.country && distance_km((a.lat, a.lon), (b.lat, b.lon)) < 20.0)
}

/// Whether the sentence names a specific place the group does not know.
fn new_place(facts: &Facts<'_>, group: &Group, sent: &SentFacts) -> bool {
    let mut specific = sent
        .places
        .iter()
        .map(|&p| &facts.places[p])
        .filter(|p| is_specific(p.kind))
        .peekable();
    if specific.peek().is_none() {
        return false;
    }
    !specific.any(|p| {
        group
            .places
            .iter()
            .any(|&k| same_place(p, &facts.places[k]))
    })
}

/// Whether the sentence and the group each name specific places and share
/// none: then they tell of different events, whatever their numbers.
fn places_conflict(facts: &Facts<'_>, group: &Group, sent: &SentFacts) -> bool {
    let has_specific = group
        .places
        .iter()
        .any(|&p| is_specific(facts.places[p].kind));
    has_specific && new_place(facts, group, sent)
}

fn date_conflict(facts: &Facts<'_>, group: &Group, sent: &SentFacts) -> bool {
    let resolved = |d: &usize| {
        let r = &facts.dates[*d].range;
        Some((r.start?, r.end?))
    };
    // A long period told around the event ("under siege since 2012") spans
    // every date; the event's own, narrower dates decide.
    let wide = |(s, e): &(Date, Date)| e.civil().since(s.civil()).is_ok_and(|d| d.get_days() > 31);
    let narrow = group.dates.iter().filter_map(resolved).any(|r| !wide(&r));
    let ours = || {
        group
            .dates
            .iter()
            .filter_map(resolved)
            .filter(move |r| !narrow || !wide(r))
    };
    let mut theirs = sent.dates.iter().filter_map(resolved).peekable();
    if ours().next().is_none() || theirs.peek().is_none() {
        return false;
    }
    !theirs.any(|(s, e)| ours().any(|(os, oe)| s <= oe && os <= e))
}

fn side_of(f: &Figure) -> Side {
    f.victim.as_ref().map(|v| v.side).unwrap_or(Side::Unknown)
}

fn sides_compatible(a: Side, b: Side) -> bool {
    a == b || a == Side::Unknown || b == Side::Unknown
}

fn bounds(c: &Count) -> (u64, u64) {
    (c.low.unwrap_or(0), c.high.unwrap_or(u64::MAX))
}

/// Whether two counts can state the same toll. News rounds a toll as it
/// restates it ("more than 45" in the headline, "rose to 45" in the body),
/// so bounds are widened by a tenth. Small counts are not rounded: "two
/// other people were killed" after "one person died" is another toll. An
/// open count ("at least 19") reaches half again above its number, not
/// every larger toll: "at least 19 killed near the capital" and "at least
/// 58 killed in Khan Sheikhun" are two tolls.
fn counts_overlap(a: &Option<Count>, b: &Option<Count>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let widen = |c: &Count| {
                let (l, h) = bounds(c);
                let h = if c.high.is_none() {
                    c.best.saturating_add((c.best / 2).max(1))
                } else {
                    h
                };
                let tol = c.best / 10;
                (l.saturating_sub(tol), h.saturating_add(tol))
            };
            let ((al, ah), (bl, bh)) = (widen(a), widen(b));
            al <= bh && bl <= ah
        }
        _ => true,
    }
}

/// Whether figure `b` states the same toll as figure `a`.
fn restates(a: &Figure, b: &Figure) -> bool {
    if a.cumulative != b.cumulative || a.claimed != b.claimed {
        return false;
    }
    if !sides_compatible(side_of(a), side_of(b)) {
        return false;
    }
    if a.kind == b.kind {
        return counts_overlap(&a.count, &b.count);
    }
    let loose = |x: &Figure, y: &Figure| {
        // A vague "dozens killed and wounded" equals a toll of 24 only by
        // the table's default, never as a restatement.
        x.kind == CasualtyKind::KilledOrWounded
            && y.kind == CasualtyKind::Killed
            && x.count.is_some_and(|c| !c.approximate)
            && x.count.map(|c| c.best) == y.count.map(|c| c.best)
    };
    loose(a, b) || loose(b, a)
}

fn group_restates(facts: &Facts<'_>, group: &Group, figs: &[usize]) -> bool {
    // A figure without a number restates only if the group already has that
    // kind; it never ties two incidents on its own.
    figs.iter().any(|&f| {
        let fb = &facts.figures[f].1;
        fb.count.is_some()
            && group
                .figures
                .iter()
                .any(|&g| facts.figures[g].1.count.is_some() && restates(&facts.figures[g].1, fb))
    })
}

/// Whether one of `figs` gives a number for a kind and victim side that the
/// group already counts differently: another event, unless the sentence
/// refers back to the group's ("the toll of the blast").
fn counts_conflict(facts: &Facts<'_>, group: &Group, figs: &[usize]) -> bool {
    figs.iter().any(|&f| {
        let fb = &facts.figures[f].1;
        fb.count.is_some()
            && group.figures.iter().any(|&g| {
                let fa = &facts.figures[g].1;
                fa.kind == fb.kind
                    && fa.count.is_some()
                    && sides_compatible(side_of(fa), side_of(fb))
                    && fa.cumulative == fb.cumulative
                    && !counts_overlap(&fa.count, &fb.count)
            })
    })
}

fn collect_sentences<'l>(
    facts: &Facts<'_>,
    sources: &'l SourceLexicon,
    actors: &'l ActorLexicon,
    named: Option<&[Vec<ActorMatch<'l>>]>,
    pre: Option<&Prescanned>,
) -> Vec<SentFacts<'l>> {
    let content = facts
        .sentences
        .iter()
        .filter(|s| s.kind.is_content())
        .count();
    let mut out: Vec<SentFacts> = Vec::with_capacity(content);
    let mut index_of = vec![usize::MAX; facts.sentences.len()];
    let mut matches = JointMatches::default();
    for (i, s) in facts.sentences.iter().enumerate() {
        if !s.kind.is_content() {
            continue;
        }
        index_of[i] = out.len();
        let mut sf = SentFacts {
            sentence: i,
            ..SentFacts::default()
        };
        // Event words, cues and sources: one scan of the sentence (the
        // caller's, or this stage's).
        let given = pre.and_then(|p| Some((&p.matches, p.bounds.get(i)?)));
        if given.is_none() {
            let joint = sources.joint.get_or_init(|| joint_search(&sources.table));
            joint.search(facts.text, s.span, &mut matches);
        }
        let found = |t: usize| match given {
            Some((m, b)) => m.get(b[t]..b[t + 1]).unwrap_or(&[]),
            None => matches.by_table.get(t).map_or(&[][..], Vec::as_slice),
        };
        for &(a, b, k) in found(EVENT_TABLE) {
            if let Some((_, Cue::Event(t))) = EVENTS.accept(facts.text, a, b, k) {
                sf.events.push(*t);
            }
        }
        sf.event = !sf.events.is_empty();
        sf.sources = found(SOURCE_TABLE)
            .iter()
            .filter_map(|&(a, b, k)| sources.table.accept(facts.text, a, b, k))
            .map(|(sp, i)| (sp, sources.names[*i].as_str()))
            .collect();
        let shift = |a: &ActorMatch<'l>| (a.span.shift(s.span.start), a.name, a.side);
        sf.actors = match named.and_then(|n| n.get(i)) {
            Some(m) => m.iter().map(shift).collect(),
            None => actors
                .find_all(s.span.as_str(facts.text))
                .iter()
                .map(shift)
                .collect(),
        };
        for &(a, b, k) in found(CUE_TABLE) {
            let Some((span, cue)) = CUES.accept(facts.text, a, b, k) else {
                continue;
            };
            match cue {
                Cue::Anaphor => sf.anaphor = true,
                Cue::Estimate => sf.estimate = true,
                Cue::New => {
                    let opens = span.start < s.span.start + 40;
                    sf.new_event |= opens;
                    sf.other_event |= opens;
                }
                Cue::Aside => sf.new_event |= span.start < s.span.start + 40,
                Cue::History => sf.history = true,
                _ => {}
            }
        }
        out.push(sf);
    }
    for (fi, (si, _)) in facts.figures.iter().enumerate() {
        if let Some(&k) = index_of.get(*si) {
            if k != usize::MAX {
                out[k].figures.push(fi);
            }
        }
    }
    // Sentences are in text order: find the one holding a span by bisection.
    let locate = |span: Span| {
        let i = facts
            .sentences
            .partition_point(|s| s.span.end <= span.start);
        let s = facts.sentences.get(i)?;
        (s.span.contains(span) && index_of[i] != usize::MAX).then_some(index_of[i])
    };
    let mut placed: Vec<(usize, usize)> = facts
        .places
        .iter()
        .enumerate()
        .filter_map(|(pi, p)| Some((locate(p.span)?, pi)))
        .collect();
    placed.sort_unstable();
    let mut i = 0;
    while i < placed.len() {
        let k = placed[i].0;
        while i < placed.len() && placed[i].0 == k {
            let pi = placed[i].1;
            let p = facts.places[pi].span;
            // A name that is a source's is never a place ("SANA"); an actor's
            // only when the actor's name is longer ("Kurdistan Workers'
            // Party", not "Russia").
            let sf = &out[k];
            let named = place_as_actor(facts.text, &facts.places[pi])
                || sf.sources.iter().any(|(n, _)| n.overlaps(p))
                || sf
                    .actors
                    .iter()
                    .any(|(n, _, _)| n.overlaps(p) && n.len() > p.len());
            if !named {
                out[k].places.push(pi);
            }
            i += 1;
        }
    }
    for (di, d) in facts.dates.iter().enumerate() {
        // Dates of reporting date no event: "said Friday", and a title's
        // date of issue that is the publication day ("DAILY ALERT 08 FEB
        // 2021" published that day), which says no more than a dateline. A
        // title's date before publication is the day the report covers
        // ("Daily Report 19/02/2016" published on the 21st).
        let issue_day = d.issued && facts.published.is_some_and(|p| d.range.end == Some(p));
        if issue_day || after_report_verb(facts.text, d.span) {
            continue;
        }
        if let Some(k) = locate(d.span) {
            out[k].dates.push(di);
        }
    }
    out
}

fn add_to(group: &mut Group, sent_idx: usize, sent: &SentFacts, figs: &[usize], own: bool) {
    group.members.push(sent_idx);
    group.figures.extend_from_slice(figs);
    if own {
        // Keep the event's own places ahead of the context's.
        let at = group.own_places;
        for (k, p) in sent.places.iter().enumerate() {
            group.places.insert(at + k, *p);
        }
        group.own_places += sent.places.len();
    } else {
        group.places.extend_from_slice(&sent.places);
    }
    group.dates.extend_from_slice(&sent.dates);
}

/// `added[f]`: whether figure `f` is [`additive`].
/// Whether the sentence names a source that the group's sentences do not:
/// a second source giving its own count of the toll ("SANA said five ...
/// Activists said seven"). The same source telling another number ("the
/// Observatory said ... which killed 10") tells of another toll.
fn another_source(sent: &SentFacts, group: &Group, sents: &[SentFacts]) -> bool {
    sent.sources.iter().any(|(_, name)| {
        !group
            .members
            .iter()
            .any(|&m| sents[m].sources.iter().any(|(_, n)| n == name))
    })
}

/// How many words before a figure a background cue reaches: "just hours
/// after a suspected chemical gas attack left dozens dead".
const BACKGROUND_REACH: usize = 12;

fn group_sentences(facts: &Facts<'_>, sents: &[SentFacts], added: &[bool]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    // The non-cumulative group being told, and the last cumulative one.
    let mut current: Option<usize> = None;
    let mut last_cumulative: Option<usize> = None;
    // Context sentences read before the event they introduce.
    let mut pending: Vec<usize> = Vec::new();
    for (k, sent) in sents.iter().enumerate() {
        let (cum, ev): (Vec<usize>, Vec<usize>) = sent
            .figures
            .iter()
            .partition(|&&f| facts.figures[f].1.cumulative);
        // A figure of an earlier event recalled in passing ("a day after a
        // car bomb killed 26") is an incident of its own.
        let (past, ev): (Vec<usize>, Vec<usize>) = ev.into_iter().partition(|&f| {
            let (si, fig) = (&facts.figures[f].0, &facts.figures[f].1);
            cue_before(facts, *si, fig.span, Cue::Background, BACKGROUND_REACH)
        });
        let mut recalled_clause: Option<usize> = None;
        if !past.is_empty() {
            let mut g = Group::default();
            add_to(&mut g, k, sent, &past, false);
            g.dates.clear();
            // Its own clause: from the cue on ("a day after ...").
            g.recalled_from = past
                .iter()
                .filter_map(|&f| {
                    let (si, fig) = (facts.figures[f].0, &facts.figures[f].1);
                    cue_start(facts, si, fig.span, Cue::Background, BACKGROUND_REACH)
                })
                .min();
            if let Some(from) = g.recalled_from {
                g.places.retain(|&p| facts.places[p].span.start >= from);
                g.own_places = g.places.len();
            }
            recalled_clause = g.recalled_from;
            groups.push(g);
        }
        let follows = |g: &Group| g.members.last().is_some_and(|&m| m + 1 == k);
        if !ev.is_empty() {
            // A restatement of a toll told before, anywhere in the document.
            // "Elsewhere ...", "In a separate attack ...": another event,
            // whatever its number.
            // An event recalled in passing is never the one its own sentence
            // tells ("19 were killed, hours after an attack left dozens
            // dead"); a later sentence may tell it in full.
            let restated = groups.iter().position(|g| {
                !g.cumulative
                    && (g.recalled_from.is_none() || !g.members.contains(&k))
                    && !sent.other_event
                    && group_restates(facts, g, &ev)
                    && (sent.anaphor || !counts_conflict(facts, g, &ev))
                    && !places_conflict(facts, g, sent)
                    && !date_conflict(facts, g, sent)
            });
            // An added figure ("the bomber also died") is no other estimate
            // of the toll being told.
            let estimates: Vec<usize> = ev
                .iter()
                .copied()
                .filter(|&f| !added.get(f).copied().unwrap_or(false))
                .collect();
            let continued = current.filter(|&c| {
                let g = &groups[c];
                follows(g)
                    && (sent.anaphor
                        || sent.estimate
                        || another_source(sent, g, sents)
                        || !counts_conflict(facts, g, &estimates))
                    && !sent.new_event
                    && !places_conflict(facts, g, sent)
                    && !date_conflict(facts, g, sent)
            });
            let target = restated.or(continued);
            let gi = match target {
                Some(gi) => gi,
                None => {
                    groups.push(Group::default());
                    let gi = groups.len() - 1;
                    for p in pending.drain(..) {
                        add_to(&mut groups[gi], p, &sents[p], &[], false);
                    }
                    gi
                }
            };
            add_to(&mut groups[gi], k, sent, &ev, true);
            if let Some(from) = recalled_clause {
                // The recalled event's places are not this one's.
                let end = facts.sentences[sent.sentence].span.end;
                let theirs = |p: usize| (from..end).contains(&facts.places[p].span.start);
                let g = &mut groups[gi];
                let own_removed = g.places[..g.own_places]
                    .iter()
                    .filter(|&&p| theirs(p))
                    .count();
                g.places.retain(|&p| !theirs(p));
                g.own_places -= own_removed;
            }
            pending.clear();
            current = Some(gi);
        }
        if !cum.is_empty() {
            let gi = match last_cumulative {
                Some(c) if follows(&groups[c]) || groups[c].members.last() == Some(&k) => c,
                _ => {
                    groups.push(Group {
                        cumulative: true,
                        ..Group::default()
                    });
                    groups.len() - 1
                }
            };
            add_to(&mut groups[gi], k, sent, &cum, true);
            last_cumulative = Some(gi);
            if ev.is_empty() {
                // A running total interrupts the event being told.
                current = None;
            }
            continue;
        }
        if !ev.is_empty() {
            continue;
        }
        // A sentence without figures.
        let elaborates = current.filter(|&c| {
            let g = &groups[c];
            (follows(g) || sent.anaphor)
                && !sent.new_event
                && !places_conflict(facts, g, sent)
                && !date_conflict(facts, g, sent)
        });
        match elaborates {
            Some(c) => add_to(&mut groups[c], k, sent, &[], sent.event),
            None if sent.event && (!sent.places.is_empty() || current.is_none()) => {
                // An event told without casualty figures.
                let mut g = Group::default();
                for p in pending.drain(..) {
                    add_to(&mut g, p, &sents[p], &[], false);
                }
                add_to(&mut g, k, sent, &[], true);
                groups.push(g);
                current = Some(groups.len() - 1);
            }
            None => {
                if pending.last().is_some_and(|&p| p + 1 != k) {
                    pending.clear();
                }
                if current.is_some_and(|c| !follows(&groups[c])) {
                    current = None;
                }
                pending.push(k);
            }
        }
    }
    groups
}

// ---------------------------------------------------------------------------
// Merging figures

/// Whether a count is a stated zero ("no deaths", "none were hurt").
fn explicit_zero(c: &Option<Count>) -> bool {
    c.is_some_and(|c| c.best == 0 && c.high == Some(0))
}

fn combine_counts(counts: &[Count]) -> Option<Count> {
    if counts.is_empty() {
        return None;
    }
    let low = counts.iter().filter_map(|c| c.low).max();
    let high = counts.iter().filter_map(|c| c.high).min();
    let approximate = counts.iter().all(|c| c.approximate);
    let consistent = match (low, high) {
        (Some(l), Some(h)) => l <= h,
        _ => true,
    };
    if consistent {
        let clamp = |b: u64| {
            let b = low.map_or(b, |l| b.max(l));
            high.map_or(b, |h| b.min(h))
        };
        let exact: Vec<u64> = counts
            .iter()
            .filter(|c| !c.approximate)
            .map(|c| c.best)
            .collect();
        let pool = if exact.is_empty() {
            counts.iter().map(|c| c.best).collect()
        } else {
            exact
        };
        let best = clamp(pool.iter().copied().min().unwrap_or(0));
        return Some(Count {
            low,
            best,
            high,
            approximate,
        });
    }
    // Sources disagree: the bounds span the estimates, best is the value
    // stated most often (the first stated on a tie: the lead's), among the
    // numbers given rather than a vague word's default ("wounded dozens"
    // beside "140 injured" is 140).
    let stated: Vec<u64> = counts.iter().map(|c| c.best).collect();
    let given: Vec<u64> = counts
        .iter()
        .filter(|c| !c.approximate)
        .map(|c| c.best)
        .collect();
    let pool = if given.is_empty() { &stated } else { &given };
    let mut best = pool[0];
    let mut best_n = 0;
    for &b in pool {
        let n = stated.iter().filter(|&&x| x == b).count();
        if n > best_n {
            best = b;
            best_n = n;
        }
    }
    Some(Count {
        low: stated.iter().copied().min(),
        best,
        high: stated.iter().copied().max(),
        approximate,
    })
}

/// Whether figure `f` restates an earlier figure of its own sentence: a
/// headline run into its lead without a stop ("Aleppo bomb blast kills six
/// Syrian state TV A bomb blast killed six people"). The earlier figure has
/// the same kind and number, ends before this one starts, and starts at
/// least six words before it; an enumeration ("killing two children and
/// two women") or an addition ("also killed six") is no restatement.
fn restates_in_sentence(facts: &Facts<'_>, f: usize, additive: bool) -> bool {
    const MIN_WORDS: usize = 6;
    let Some((si, fig)) = facts.figures.get(f) else {
        return false;
    };
    let Some(best) = fig.count.map(|c| c.best) else {
        return false;
    };
    if additive || best == 0 {
        return false;
    }
    // Figures are in text order: only those of the same sentence, before it.
    facts.figures[..f]
        .iter()
        .rev()
        .take_while(|(sj, _)| sj == si)
        .any(|(_, g)| {
            g.kind == fig.kind
                && g.cumulative == fig.cumulative
                && g.claimed == fig.claimed
                && g.count.map(|c| c.best) == Some(best)
                && g.span.end <= fig.span.start
                && facts
                    .text
                    .get(g.span.start..fig.span.start)
                    .is_some_and(|between| between.split_whitespace().count() >= MIN_WORDS)
                && !places_differ(facts, *si, g.span.start, fig.span.start)
        })
}

/// Whether the specific places named from `from` to `at` (with the first
/// figure) and those named after `at` in sentence `si` (with the second) are
/// different places: "killed 5 people in Idlib and an airstrike killed 5
/// people in Hama" tells of two events, whatever the numbers.
fn places_differ(facts: &Facts<'_>, si: usize, from: usize, at: usize) -> bool {
    let Some(s) = facts.sentences.get(si) else {
        return false;
    };
    let within = |a: usize, b: usize| {
        facts
            .places
            .iter()
            .filter(move |p| is_specific(p.kind) && p.span.start >= a && p.span.start < b)
    };
    let before: Vec<&Place> = within(from, at).collect();
    let mut after = within(at, s.span.end).peekable();
    !before.is_empty()
        && after.peek().is_some()
        && after.all(|p| !before.iter().any(|q| same_place(p, q)))
}

/// The numbers a figure's own words break out of it: "killed 49 militants
/// including seven of its field commanders" gives 7.
fn part_counts(facts: &Facts<'_>, fig: &Figure, sentence: usize) -> Vec<u64> {
    static VAGUE: Lazy<crate::VagueTable> = Lazy::new(crate::VagueTable::default);
    const REACH: usize = 80;
    let Some(s) = facts.sentences.get(sentence) else {
        return Vec::new();
    };
    // Up to the next figure of the sentence: its elaboration is its own.
    let next = facts
        .figures
        .iter()
        .filter(|(si, g)| *si == sentence && g.span.start > fig.span.start)
        .map(|(_, g)| g.span.start)
        .min()
        .unwrap_or(usize::MAX);
    let mut end = (fig.span.end + REACH).min(s.span.end).min(next);
    while end > fig.span.start && !facts.text.is_char_boundary(end) {
        end -= 1;
    }
    let Some(window) = facts.text.get(fig.span.start..end) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for cue in ["including ", "among them ", "among whom "] {
        let mut from = 0;
        while let Some(at) = window[from..].find(cue) {
            let after = from + at + cue.len();
            if let Some((c, _)) = crate::quantity::count(&window[after..], &VAGUE) {
                if !c.approximate {
                    out.push(c.best);
                }
            }
            from = after;
        }
    }
    out
}

/// Whether a figure only restates the part of another figure of its group
/// that the other's words break out: the headline "kills 7 field
/// commanders" over the lead's "killed 49 militants including seven of its
/// field commanders" is a part of the 49, not an estimate of the toll.
fn states_a_part(facts: &Facts<'_>, group: &Group, f: &Figure) -> bool {
    let Some(n) = f
        .count
        .filter(|c| !c.approximate && c.best > 0)
        .map(|c| c.best)
    else {
        return false;
    };
    group.figures.iter().any(|&g| {
        let (sg, whole) = (facts.figures[g].0, &facts.figures[g].1);
        !std::ptr::eq(whole, f)
            && whole.kind == f.kind
            && whole.cumulative == f.cumulative
            && whole.count.is_some_and(|c| c.best > n)
            && part_counts(facts, whole, sg).contains(&n)
    })
}

/// What the words before a figure say of it.
#[derive(Debug, Clone, Copy, Default)]
struct Flags {
    /// "also killed": more victims, not another estimate.
    additive: bool,
    /// "the toll rose to": a newer estimate that wins a disagreement.
    update: bool,
}

/// Merges the figures of one incident. Each figure comes with its origin (the
/// sentence it was read from): figures of one sentence are distinct figures
/// ("killing three civilians and two soldiers") and never merge together.
fn merge_figures(figs: &[(usize, &Figure, Flags)]) -> Vec<Casualty> {
    // (kind, side, members with their update flag, opened by an additive figure)
    type Bucket<'f> = (CasualtyKind, Side, Vec<(usize, &'f Figure, bool)>, bool);
    // Buckets of restating figures: (representative kind, side, members).
    let mut buckets: Vec<Bucket<'_>> = Vec::new();
    let key_matches =
        |b: &Bucket<'_>, (origin, f, flags): (usize, &Figure, Flags), strict: bool| {
            let (kind, side, members, _) = b;
            let first = members[0].1;
            if first.cumulative != f.cumulative || first.claimed != f.claimed {
                return false;
            }
            if members.iter().any(|(o, _, _)| *o == origin) {
                return false;
            }
            // "no Russian servicemen died" beside "five were killed": an
            // explicit zero is a statement of its own, never a reading of a
            // toll (nor does the toll take its victims).
            if members
                .iter()
                .any(|(_, m, _)| explicit_zero(&m.count) != explicit_zero(&f.count))
            {
                return false;
            }
            // "also killed a commander": more dead, not another estimate.
            if flags.additive
                && members
                    .iter()
                    .any(|(_, m, _)| !counts_overlap(&m.count, &f.count))
            {
                return false;
            }
            // Running totals that disagree count different things ("thousands
            // of fighters this year", "150000 since the war began"), unless
            // one updates the other ("has risen to").
            if f.cumulative
                && !flags.update
                && members
                    .iter()
                    .any(|(_, m, u)| !u && !counts_overlap(&m.count, &f.count))
            {
                return false;
            }
            let side_ok = if strict {
                *side == side_of(f)
            } else {
                sides_compatible(*side, side_of(f))
            };
            side_ok
                && (*kind == f.kind
                    || members.iter().any(|(_, m, _)| {
                        m.kind != f.kind && restates(m, f) && m.count.is_some() && f.count.is_some()
                    }))
        };
    // Figures with a known side first, so unknown ones can join them.
    let mut order: Vec<(usize, &Figure, Flags)> = figs.to_vec();
    order.sort_by_key(|(_, f, _)| side_of(f) == Side::Unknown);
    for f in order {
        if let Some(b) = buckets.iter_mut().find(|b| key_matches(b, f, true)) {
            b.2.push((f.0, f.1, f.2.update));
            continue;
        }
        // A figure of unknown side joins the one group it fits; a group
        // opened by an added victim ("also killed a commander") does not
        // take other estimates.
        let loose: Vec<usize> = buckets
            .iter()
            .enumerate()
            .filter(|(_, b)| key_matches(b, f, false) && !b.3)
            .map(|(i, _)| i)
            .collect();
        if loose.len() == 1 {
            buckets[loose[0]].2.push((f.0, f.1, f.2.update));
            continue;
        }
        buckets.push((
            f.1.kind,
            side_of(f.1),
            vec![(f.0, f.1, f.2.update)],
            f.2.additive,
        ));
    }
    let mut out: Vec<Casualty> = buckets
        .into_iter()
        .map(|(kind, _, members, _)| {
            // In the order the text states them (or the reports come): the
            // first statement breaks ties.
            let mut members = members;
            members.sort_by_key(|(o, f, _)| (*o, f.span));
            // The newest update of the toll ("rose to 32").
            let update = members
                .iter()
                .rev()
                .find(|(_, f, u)| *u && f.count.is_some())
                .and_then(|(_, f, _)| f.count);
            let members: Vec<&Figure> = members.into_iter().map(|(_, f, _)| f).collect();
            // The kind of the bucket is its killed member's when a combined
            // figure restated it.
            let kind = if members.iter().any(|m| m.kind == CasualtyKind::Killed)
                && kind == CasualtyKind::KilledOrWounded
            {
                CasualtyKind::Killed
            } else {
                kind
            };
            let counts: Vec<Count> = members
                .iter()
                .filter(|m| m.kind == kind)
                .filter_map(|m| m.count)
                .collect();
            let mut evidence: Vec<Span> = members.iter().map(|m| m.span).collect();
            evidence.sort();
            evidence.dedup();
            let victim = members
                .iter()
                .filter_map(|m| m.victim.clone())
                .max_by_key(|v| (v.side != Side::Unknown, v.actor.is_some()));
            let perpetrator = members.iter().find_map(|m| m.perpetrator.clone());
            let mut count = combine_counts(&counts);
            // The newest update of the toll is the best reading, within the
            // bounds ("an earlier toll of 15" ... "the toll rose to 32").
            if let (Some(c), Some(u)) = (&mut count, update) {
                if c.low.is_none_or(|l| l <= u.best) && c.high.is_none_or(|h| u.best <= h) {
                    c.best = u.best;
                }
            }
            Casualty {
                kind,
                count,
                victim,
                perpetrator,
                cumulative: members[0].cumulative,
                claimed: members[0].claimed,
                span: evidence[0],
                evidence,
            }
        })
        .collect();
    out.sort_by_key(|c| c.span);
    out
}

// ---------------------------------------------------------------------------
// Incident facts

fn specificity(kind: PlaceKind) -> u8 {
    match kind {
        PlaceKind::Neighbourhood => 0,
        PlaceKind::Facility => 1,
        PlaceKind::Village => 2,
        PlaceKind::Town => 3,
        PlaceKind::City => 4,
        PlaceKind::Road => 5,
        PlaceKind::Region => 6,
        PlaceKind::River => 7,
        PlaceKind::Admin2 => 8,
        PlaceKind::Admin1 => 9,
        PlaceKind::Country => 10,
    }
}

/// How far from the event's own places a context sentence's place may lie
/// and still be the event's (a governorate's span).
const CONTEXT_RADIUS_KM: f64 = 250.0;

/// Whether a place is named as a dateline inside the text ("... Deir ez-Zor.
/// MOSCOW (Sputnik) According to ..."): in capitals, then an agency in
/// parentheses or a dash. It is where the story was filed, not where the
/// event happened.
fn in_dateline(text: &str, span: Span) -> bool {
    text.get(span.start..)
        .is_some_and(crate::segment::inline_dateline)
}

fn incident_places(facts: &Facts<'_>, group: &Group) -> (Vec<Place>, Option<String>) {
    let mut out: Vec<(bool, Place)> = Vec::new();
    for (k, &p) in group.places.iter().enumerate() {
        let place = &facts.places[p];
        if out.iter().any(|(_, q)| q.id == place.id) || in_dateline(facts.text, place.span) {
            continue;
        }
        out.push((k < group.own_places, place.clone()));
    }
    // The event's own places, most specific first; the places of context
    // sentences only when the event sentences name none (background
    // sentences name capitals and countries that are not where it happened).
    // The event is where its own sentences' specific places are, in their
    // most named country. A place far from all of them is background ("talks
    // in Geneva", "Russia described the attack", "the border with Turkey"),
    // unless it is in that country and named by the event's own sentences.
    let specific_own: Vec<&Place> = out
        .iter()
        .filter(|(own, p)| *own && is_specific(p.kind))
        .map(|(_, p)| p)
        .collect();
    // The most named country; on a tie, the one named first.
    let mut dominant: Option<(&str, usize)> = None;
    for p in &specific_own {
        let n = specific_own
            .iter()
            .filter(|q| q.country == p.country)
            .count();
        if dominant.is_none_or(|(_, m)| n > m) {
            dominant = Some((p.country.as_str(), n));
        }
    }
    let dominant = dominant.map(|(c, _)| c.to_string());
    if let Some(country) = dominant {
        let anchors: Vec<(f64, f64)> = specific_own
            .iter()
            .filter(|p| p.country == country)
            .map(|p| (p.lat, p.lon))
            .collect();
        out.retain(|(own, p)| {
            let near = anchors
                .iter()
                .any(|&a| distance_km(a, (p.lat, p.lon)) <= CONTEXT_RADIUS_KM);
            near || (*own && p.country == country)
        });
    }
    out.sort_by_key(|(own, p)| (!own, specificity(p.kind)));
    let mut places: Vec<Place> = out.into_iter().map(|(_, p)| p).collect();
    // A country is one point (its capital). It is a place of the incident
    // only when the country is small enough for that point to locate an
    // event in it (Lebanon, Rwanda, Syria); a large one ("clashes in
    // Afghanistan", "Pakistan's Karachi") sets the incident's country only.
    let named_country = places
        .iter()
        .find(|p| p.kind == PlaceKind::Country)
        .map(|p| p.country.clone());
    places.retain(|p| {
        p.kind != PlaceKind::Country
            || (!country_wide(facts.text, p.span)
                && facts
                    .gazetteer
                    .country_extent_km(&p.country)
                    .is_some_and(|km| km <= COUNTRY_POINT_KM))
    });
    let country = places.first().map(|p| p.country.clone()).or(named_country);
    (places, country)
}

/// Whether the words before a country make it the whole country ("violence
/// across Syria", "throughout Yemen"): no point locates that.
fn country_wide(text: &str, span: Span) -> bool {
    let before = text.get(..span.start).unwrap_or("").trim_end();
    let before = before.strip_suffix("the").unwrap_or(before).trim_end();
    ["across", "throughout", "all over", "nationwide in"]
        .iter()
        .any(|w| ends_with_words(before, w))
}

/// A country is a place when four in five of its settlements lie within
/// this distance of its point: countries up to the size of Syria.
const COUNTRY_POINT_KM: f64 = 375.0;

/// Whether the words right before `span` are a reporting verb ("said
/// Friday"), which makes the date the report's, not the event's.
fn after_report_verb(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end();
    let before = before.strip_suffix(" on").unwrap_or(before).trim_end();
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[start..];
    CUES.find(word, Span::new(0, word.len()))
        .any(|(s, c)| *c == Cue::Report && s.len() == word.len())
}

fn incident_date(facts: &Facts<'_>, group: &Group, sents: &[SentFacts]) -> Option<DateRange> {
    // The governing expression: in the sentences with figures (or the
    // event's own), nearest to the first figure, then in order.
    let first_fig = group
        .figures
        .first()
        .map(|&f| facts.figures[f].1.span.start);
    let mut candidates: Vec<(u8, usize, &DateMention)> = Vec::new();
    let about = |m: usize| !sents[m].figures.is_empty() || sents[m].event || sents[m].anaphor;
    // In a report without an event sentence, every sentence is about it.
    let any_event = group.members.iter().any(|&m| about(m));
    for &m in &group.members {
        if any_event && !about(m) {
            // Background ("forces started today to provide protection").
            continue;
        }
        let own = !sents[m].figures.is_empty();
        for &d in &sents[m].dates {
            let dm = &facts.dates[d];
            if after_report_verb(facts.text, dm.span)
                || group.recalled_from.is_some_and(|from| dm.span.start < from)
                || (!own && !group.figures.is_empty() && whole_year(dm))
            {
                continue;
            }
            let dist = first_fig.map_or(0, |f| f.abs_diff(dm.span.start));
            let same_sentence = own
                && first_fig.is_some_and(|f| {
                    facts.sentences[sents[m].sentence]
                        .span
                        .contains(Span::new(f, f))
                });
            // In the context, a single day before anything wider: "The jets raided the
            // town on Friday. [...] Two people were killed" is Friday's, not
            // the campaign's ("ongoing for over a month") told before it.
            let rank = if same_sentence {
                0
            } else if own {
                1
            } else if dm.range.start.is_some() && dm.range.start == dm.range.end {
                2
            } else {
                3
            };
            // In the figure's sentence and in the context, the nearest to
            // the figure first.
            let order = if rank == 1 { dm.span.start } else { dist };
            candidates.push((rank, order, dm));
        }
    }
    candidates.sort_by_key(|(r, d, _)| (*r, *d));
    if let Some((_, _, dm)) = candidates.first() {
        return Some(dm.range.clone());
    }
    // None of its own: the nearest earlier sentence of the same paragraph
    // that tells of an event and dates it ("Fighting raged on Tuesday across
    // the north. In Kafr Zita, shelling killed five."), at most three
    // sentences back. Running totals keep their own periods.
    if let Some(dm) = (!group.cumulative && group.recalled_from.is_none())
        .then(|| earlier_date(facts, group, sents))
        .flatten()
    {
        return Some(dm.range.clone());
    }
    // No expression: the event was reported on the publication day, so it
    // happened on that day or the day before (news reports yesterday's
    // events; see DESIGN.md for the measurement behind this window).
    facts.published.map(|p| DateRange {
        start: Some(p.civil().yesterday().map(Date::from_civil).unwrap_or(p)),
        end: Some(p),
        text: None,
        span: None,
    })
}

/// A bare year ("in 2004"): in a sentence around the figures it is history
/// ("the Opera House, inaugurated in 2004"; "since the campaign began in
/// 2014"), never the day of the toll told next to it.
fn whole_year(dm: &DateMention) -> bool {
    match (dm.range.start, dm.range.end) {
        (Some(s), Some(e)) => {
            !dm.period
                && s.year() == e.year()
                && (s.month(), s.day()) == (1, 1)
                && (e.month(), e.day()) == (12, 31)
        }
        _ => false,
    }
}

/// The date of the nearest earlier event sentence of the incident's
/// paragraph, within three sentences: a single day or a part of one, never
/// a period nor a date of reporting.
fn earlier_date<'f>(
    facts: &'f Facts<'_>,
    group: &Group,
    sents: &[SentFacts],
) -> Option<&'f DateMention> {
    let &first = group.members.iter().min()?;
    let paragraph = facts.sentences.get(sents.get(first)?.sentence)?.paragraph;
    for m in (first.saturating_sub(3)..first).rev() {
        let s = facts.sentences.get(sents[m].sentence)?;
        if s.paragraph != paragraph {
            break;
        }
        if !sents[m].event && sents[m].figures.is_empty() {
            continue;
        }
        let dated = sents[m].dates.iter().map(|&d| &facts.dates[d]).find(|dm| {
            !dm.period
                && !dm.ambiguous
                && !after_report_verb(facts.text, dm.span)
                && dm.range.start.is_some()
                && dm.range.start == dm.range.end
        });
        if dated.is_some() {
            return dated;
        }
    }
    None
}

/// The capitalised words right before `at` (a quoted person: "local media
/// activist Redwan Muayyad told").
fn person_before(text: &str, at: usize) -> Option<String> {
    let before = &text[..at];
    let words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    let mut name: Vec<&str> = Vec::new();
    for w in words {
        let w = w.trim_matches(|c: char| c == ',' || c == '"' || c == '“' || c == '”');
        let cap = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase);
        if cap {
            name.push(w);
        } else {
            break;
        }
    }
    if name.len() < 2 {
        return None;
    }
    name.reverse();
    Some(name.join(" "))
}

fn incident_sources(facts: &Facts<'_>, group: &Group, sents: &[SentFacts]) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    for &m in &group.members {
        let s = facts.sentences[sents[m].sentence].span;
        for &(span, name) in &sents[m].sources {
            if out.iter().any(|a| a.source == name) {
                continue;
            }
            // "X told <source>" / "<person> told <source>".
            let rest = facts.text[s.start..span.start].trim_end();
            let person = rest
                .strip_suffix("told")
                .map(|r| r.trim_end())
                .and_then(|r| person_before(facts.text, s.start + r.len()));
            out.push(Attribution {
                source: name.to_string(),
                person,
                claim: false,
                span,
            });
        }
    }
    for &f in &group.figures {
        let fig = &facts.figures[f].1;
        if let (true, Some(c)) = (fig.claimed, &fig.claimant) {
            if !out.iter().any(|a| &a.source == c) {
                out.push(Attribution {
                    source: c.clone(),
                    person: None,
                    claim: true,
                    span: fig.span,
                });
            }
        }
    }
    out
}

fn event_type(group: &Group, sents: &[SentFacts]) -> EventType {
    group
        .members
        .iter()
        .flat_map(|&m| sents[m].events.iter().copied())
        .min_by_key(|t| event_rank(*t))
        .unwrap_or(EventType::Other)
}

fn push_actor(list: &mut Vec<Actor>, a: &Actor) {
    let same = |b: &Actor| match (&a.actor, &b.actor) {
        (Some(x), Some(y)) => x == y,
        _ => a.text.eq_ignore_ascii_case(&b.text),
    };
    if !list.iter().any(same) {
        list.push(a.clone());
    }
}

/// A hedge ("believed to", "suspected") in the few words before the actor's
/// first mention in the incident's text.
fn certainty_of(facts: &Facts<'_>, within: Span, actor_text: &str) -> Option<String> {
    let hay = within.as_str(facts.text);
    let at = hay.find(actor_text)?;
    let from = hay[..at].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    let window = Span::new(within.start + from, within.start + at);
    CUES.find(facts.text, window)
        .filter(|(_, c)| **c == Cue::Certainty)
        .last()
        .map(|(s, _)| facts.text[s].to_lowercase())
}

/// A report of several attacks often opens with their sum ("Five killed,
/// four injured in attacks in Aleppo, Hama and Damascus") before it tells
/// each ("two killed in al-Midan", "three killed near Khneifis"), and a
/// lead often sums the neighbourhoods told after it. A figure told in the
/// headline or lead (before `lead_end`) is such a total when the figures of
/// its kind told after it, in text order and on its dates, add up to it
/// exactly in two or more steps: it becomes cumulative, so that nothing is
/// counted twice. Running totals are no parts, and a part without an exact
/// number leaves the sum unknown. (Later in a story a sum is more often a
/// coincidence.)
fn mark_summaries(incidents: &mut [Incident], lead_end: usize) {
    let range = |inc: &Incident| {
        let d = inc.date.as_ref()?;
        Some((d.start?, d.end?))
    };
    // Every figure: (incident, index, first statement).
    let mut order: Vec<(usize, usize, usize)> = incidents
        .iter()
        .enumerate()
        .flat_map(|(i, inc)| {
            inc.casualties
                .iter()
                .enumerate()
                .map(move |(k, c)| (i, k, c.span.start))
        })
        .collect();
    order.sort_by_key(|&(_, _, at)| at);
    for (pos, &(i, k, at)) in order.iter().enumerate() {
        let c = &incidents[i].casualties[k];
        let Some(n) = c
            .count
            .filter(|n| !n.approximate && n.best > 0 && !c.cumulative)
            .map(|n| n.best)
        else {
            continue;
        };
        if at >= lead_end {
            break;
        }
        let kind = c.kind;
        let when = range(&incidents[i]);
        let mut total = 0u64;
        let mut parts = 0;
        for &(j, m, _) in &order[pos + 1..] {
            let p = &incidents[j].casualties[m];
            let same_days = match (when, range(&incidents[j])) {
                (Some((s, e)), Some((js, je))) => js <= e && s <= je,
                _ => true,
            };
            if p.kind != kind || p.cumulative || !same_days {
                continue;
            }
            let Some(x) = p.count.filter(|x| !x.approximate).map(|x| x.best) else {
                break;
            };
            total = total.saturating_add(x);
            parts += 1;
            if total >= n {
                break;
            }
        }
        if total == n && parts >= 2 {
            incidents[i].casualties[k].cumulative = true;
        }
    }
}

/// The incident's join key: `country|admin1|date|event_type|lat,lon`.
pub fn incident_key(incident: &Incident) -> String {
    use std::fmt::Write;
    let place = incident.places.first();
    let country = incident
        .country
        .as_deref()
        .or(place.map(|p| p.country.as_str()))
        .unwrap_or("");
    let admin1 = place
        .and_then(|p| {
            p.admin1
                .as_deref()
                .or_else(|| (p.kind == PlaceKind::Admin1).then_some(p.name.as_str()))
        })
        .unwrap_or_default();
    // Written in one buffer (writing to a String cannot fail).
    let mut key = String::with_capacity(64);
    let _ = write!(key, "{country}|{admin1}|");
    if let Some(d) = incident.date.as_ref().and_then(|d| d.start) {
        let _ = write!(key, "{d}");
    }
    let _ = write!(key, "|{}|", incident.event_type.as_str());
    if let Some(p) = place.filter(|p| p.kind != PlaceKind::Country) {
        let _ = write!(key, "{:.1},{:.1}", p.lat, p.lon);
    }
    key
}

/// A document that tells of no event we can read (no casualty figure, no
/// event word) but names places or dates is still a report of something
/// there and then (a dateline-only headline, "Clashes in X"): one incident
/// without casualties, so a pipeline keeps its place and date. A document
/// with neither (a list of names) yields nothing.
fn report_without_event(sents: &[SentFacts]) -> Option<Group> {
    let mut g = Group::default();
    for (k, s) in sents.iter().enumerate() {
        if !s.places.is_empty() || !s.dates.is_empty() {
            add_to(&mut g, k, s, &[], true);
        }
    }
    (!g.members.is_empty()).then_some(g)
}

/// The incident of a document whose only fact is the date of its dateline
/// (a day's list of victims headed "Tuesday 24 September 2013").
fn dateline_report(facts: &Facts<'_>) -> Option<Incident> {
    let d = facts.dates.iter().find(|d| {
        facts
            .sentences
            .iter()
            .any(|s| s.kind == crate::segment::SentenceKind::Dateline && s.span.contains(d.span))
    })?;
    let mut incident = Incident {
        date: Some(d.range.clone()),
        span: d.span,
        ..Incident::default()
    };
    incident.key = incident_key(&incident);
    Some(incident)
}

/// Whether a cue of class `cue` stands in the few words before the figure
/// in its sentence ("also killed", "the toll rose to", "a day after").
fn cue_before(facts: &Facts<'_>, sentence: usize, figure: Span, cue: Cue, words: usize) -> bool {
    cue_start(facts, sentence, figure, cue, words).is_some()
}

/// Where the last cue of class `cue` in the few words before the figure
/// starts.
fn cue_start(
    facts: &Facts<'_>,
    sentence: usize,
    figure: Span,
    cue: Cue,
    words: usize,
) -> Option<usize> {
    let s = facts.sentences.get(sentence)?;
    let before = facts.text.get(s.span.start..figure.start)?;
    let from = before
        .char_indices()
        .rev()
        .nth(words * 6)
        .map_or(s.span.start, |(i, _)| s.span.start + i);
    CUES.find(facts.text, Span::new(from, figure.start.max(from)))
        .filter(|(_, c)| **c == cue)
        .map(|(span, _)| span.start)
        .last()
}

/// Whether an additive word ("also", "in addition") stands in the few words
/// before the figure in its sentence.
/// Inside the figure's own phrase, an additive word before its verb ("the
/// bomber also died", "were also killed") or the perpetrators themselves as
/// its victims ("the bomber died") make it an addition too: the attackers'
/// deaths add to their victims', they never restate them.
/// The perpetrator may also be named only as the victim of a figure whose
/// words leave out its subject ("The attacker detonated his explosives").
fn additive(facts: &Facts<'_>, sentence: usize, fig: &Figure) -> bool {
    let figure = fig.span;
    let perpetrator_victim = fig
        .victim
        .as_ref()
        .is_some_and(|v| crate::casualty::names_agent(&v.text));
    perpetrator_victim
        || cue_before(facts, sentence, figure, Cue::Additive, 5)
        || CUES
            .find(facts.text, figure)
            .any(|(_, c)| matches!(c, Cue::Additive | Cue::Perpetrator))
}

/// Builds the incidents of one document (the actors scanned for here).
#[cfg(test)]
pub(crate) fn assemble(
    facts: &Facts<'_>,
    sources: &SourceLexicon,
    actors: &ActorLexicon,
) -> Vec<Incident> {
    assemble_with_actors(facts, sources, actors, None, None)
}

/// Builds the incidents of one document, given the actors each sentence
/// names when they are known (`named[i]`: `actors.find_all` of sentence `i`,
/// spans relative to it; scanned for here otherwise), and the matches of
/// this stage's tables when the caller's scan found them.
pub(crate) fn assemble_with_actors<'l>(
    facts: &Facts<'_>,
    sources: &'l SourceLexicon,
    actors: &'l ActorLexicon,
    named: Option<&[Vec<ActorMatch<'l>>]>,
    pre: Option<&Prescanned>,
) -> Vec<Incident> {
    let sents = collect_sentences(facts, sources, actors, named, pre);
    // Read twice (grouping, merging): looked for once per figure.
    let added: Vec<bool> = facts
        .figures
        .iter()
        .map(|(si, fig)| additive(facts, *si, fig))
        .collect();
    let mut groups = group_sentences(facts, &sents, &added);
    if groups.is_empty() {
        groups.extend(report_without_event(&sents));
    }
    if groups.is_empty() {
        // Nothing but a dateline's date: a report of that day.
        return dateline_report(facts).into_iter().collect();
    }
    let mut incidents = Vec::with_capacity(groups.len());
    for group in &groups {
        let figs: Vec<(usize, &Figure, Flags)> = group
            .figures
            .iter()
            .map(|&f| {
                let (si, fig) = (facts.figures[f].0, &facts.figures[f].1);
                let flags = Flags {
                    additive: added.get(f).copied().unwrap_or(false),
                    update: cue_before(facts, si, fig.span, Cue::Update, 4),
                };
                // A restatement within the sentence is another statement,
                // free to merge with the one it restates.
                // "the 126 people killed, updating a previous toll of 112":
                // the earlier estimate is another statement of the same toll
                // (the cue may run into the figure: "toll of 112").
                let origin = if restates_in_sentence(facts, f, flags.additive)
                    || cue_before(
                        facts,
                        si,
                        Span::new(fig.span.end, fig.span.end),
                        Cue::Earlier,
                        6,
                    ) {
                    usize::MAX - f
                } else {
                    si
                };
                (origin, fig, flags)
            })
            .collect();
        let figs: Vec<(usize, &Figure, Flags)> = figs
            .iter()
            .filter(|(_, f, _)| !states_a_part(facts, group, f))
            .copied()
            .collect();
        let casualties = merge_figures(&figs);
        let span = group
            .members
            .iter()
            .map(|&m| facts.sentences[sents[m].sentence].span)
            .reduce(|a, b| a.cover(b))
            .unwrap_or_default();
        let attributions = incident_sources(facts, group, &sents);
        let mut perpetrators = Vec::new();
        let mut targets = Vec::new();
        let (named_perps, named_targets) = sentence_roles(facts, group, &sents);
        for c in &casualties {
            if let Some(p) = &c.perpetrator {
                let mut p = p.clone();
                if p.certainty.is_none() {
                    p.certainty = certainty_of(facts, span, &p.text);
                }
                push_actor(&mut perpetrators, &p);
            }
            if let Some(v) = &c.victim {
                push_actor(&mut targets, v);
            }
        }
        for p in &named_perps {
            push_actor(&mut perpetrators, p);
        }
        for t in &named_targets {
            // An actor the text makes the perpetrator is not also its target.
            let is_perp = perpetrators
                .iter()
                .any(|p| p.actor.is_some() && p.actor == t.actor);
            if !is_perp {
                push_actor(&mut targets, t);
            }
        }
        let (places, country) = incident_places(facts, group);
        let mut incident = Incident {
            casualties,
            places,
            country,
            date: incident_date(facts, group, &sents),
            sources: attributions.iter().map(|a| a.source.clone()).collect(),
            attributions,
            perpetrators,
            targets,
            event_type: event_type(group, &sents),
            key: String::new(),
            reports: Vec::new(),
            span,
        };
        incident.key = incident_key(&incident);
        incidents.push(incident);
    }
    // A sum is told in the headline or the lead: the first two content
    // sentences.
    let lead_end = facts
        .sentences
        .iter()
        .filter(|s| s.kind.is_content())
        .nth(2)
        .map_or(usize::MAX, |s| s.span.start);
    mark_summaries(&mut incidents, lead_end);
    // A source named anywhere in the document reports the incidents that
    // name none (a wire story names its agency once); an official body
    // ("the United Nations said") speaks only for its own statement.
    let doc_sources: Vec<String> = {
        let mut v: Vec<String> = Vec::new();
        for i in &incidents {
            for s in &i.sources {
                if !v.contains(s) {
                    v.push(s.clone());
                }
            }
        }
        if v.is_empty() {
            for &(_, name) in sents.iter().flat_map(|s| &s.sources) {
                if !v.iter().any(|x| x == name) {
                    v.push(name.to_string());
                }
            }
        }
        v.retain(|name| !sources.is_official(name));
        v
    };
    if doc_sources.len() == 1 {
        for i in &mut incidents {
            if i.sources.is_empty() {
                i.sources = doc_sources.clone();
            }
        }
    }
    // The agency of the dateline ("KABUL (Reuters) -") or of the closing
    // credit ("Source: ARA News") reports the rest.
    let credit = |s: &crate::segment::Sentence| {
        matches!(s.kind, crate::segment::SentenceKind::Debris(_))
            && s.span
                .as_str(facts.text)
                .get(..6)
                .is_some_and(|w| w.eq_ignore_ascii_case("source"))
    };
    let dateline_agency = facts
        .sentences
        .iter()
        .filter(|s| s.kind == crate::segment::SentenceKind::Dateline || credit(s))
        .flat_map(|d| sources.find(facts.text, d.span))
        .map(|(_, name)| name)
        .find(|name| !sources.is_official(name));
    if let Some(agency) = dateline_agency {
        for i in &mut incidents {
            if i.sources.is_empty() {
                i.sources.push(agency.to_string());
            }
        }
    }
    incidents.sort_by_key(|i| i.span);
    incidents
}

// ---------------------------------------------------------------------------
// Across reports

fn compatible_for_join(a: &Incident, b: &Incident) -> bool {
    if !a.key.is_empty() && a.key == b.key && !a.key.starts_with('|') {
        return true;
    }
    let dates_overlap = match (&a.date, &b.date) {
        (Some(x), Some(y)) => match (x.start, x.end, y.start, y.end) {
            (Some(xs), Some(xe), Some(ys), Some(ye)) => xs <= ye && ys <= xe,
            _ => false,
        },
        _ => false,
    };
    let near = a.places.iter().any(|p| {
        is_specific(p.kind)
            && b.places
                .iter()
                .any(|q| is_specific(q.kind) && distance_km((p.lat, p.lon), (q.lat, q.lon)) < 25.0)
    });
    let figures_ok = a.casualties.iter().all(|c| {
        b.casualties
            .iter()
            .filter(|d| d.kind == c.kind && d.cumulative == c.cumulative)
            .all(|d| counts_overlap(&c.count, &d.count) || side_conflict(c, d))
    });
    let cumulative = |i: &Incident| i.casualties.iter().any(|c| c.cumulative);
    dates_overlap && near && figures_ok && cumulative(a) == cumulative(b)
}

fn side_conflict(a: &Casualty, b: &Casualty) -> bool {
    let s = |c: &Casualty| c.victim.as_ref().map_or(Side::Unknown, |v| v.side);
    !sides_compatible(s(a), s(b))
}

/// Merges the incidents of several reports of the same events (articles from
/// different outlets): incidents with the same key, or at places within
/// 25 km on overlapping dates with compatible figures, become one. Figures
/// merge as within a document; every report's id is kept in `reports` and
/// every source in `sources`. Spans refer to the first report's text.
///
/// ```
/// let a = sitrep::extract("Five civilians were killed in an airstrike on Maarat al-Numan on 2019-05-02.");
/// let merged = sitrep::incident::merge_reports(&[a.clone(), a]);
/// assert!(merged.len() <= 1 || merged.iter().all(|i| i.reports.len() <= 2));
/// ```
pub fn merge_reports(reports: &[Report]) -> Vec<Incident> {
    let mut all: Vec<(usize, &Incident)> = Vec::new();
    for (r, report) in reports.iter().enumerate() {
        for i in &report.incidents {
            all.push((r, i));
        }
    }
    // Union-find over incidents of different reports.
    let mut parent: Vec<usize> = (0..all.len()).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    for a in 0..all.len() {
        for b in a + 1..all.len() {
            if all[a].0 != all[b].0 && compatible_for_join(all[a].1, all[b].1) {
                let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                parent[rb] = ra;
            }
        }
    }
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    let mut cluster_of = vec![usize::MAX; all.len()];
    for i in 0..all.len() {
        let r = root(&mut parent, i);
        if cluster_of[r] == usize::MAX {
            cluster_of[r] = clusters.len();
            clusters.push(Vec::new());
        }
        clusters[cluster_of[r]].push(i);
    }
    clusters
        .into_iter()
        .map(|members| {
            let first = all[members[0]].1;
            let mut merged = first.clone();
            let figs: Vec<(usize, Figure)> = members
                .iter()
                .flat_map(|&m| all[m].1.casualties.iter().map(move |c| (m, c)))
                .map(|(m, c)| {
                    (
                        m,
                        Figure {
                            kind: c.kind,
                            count: c.count,
                            victim: c.victim.clone(),
                            perpetrator: c.perpetrator.clone(),
                            cumulative: c.cumulative,
                            claimed: c.claimed,
                            claimant: None,
                            span: c.span,
                        },
                    )
                })
                .collect();
            let refs: Vec<(usize, &Figure, Flags)> = figs
                .iter()
                .map(|(m, f)| (*m, f, Flags::default()))
                .collect();
            merged.casualties = merge_figures(&refs);
            for &m in &members[1..] {
                let other = all[m].1;
                for s in &other.sources {
                    if !merged.sources.contains(s) {
                        merged.sources.push(s.clone());
                    }
                }
                for p in &other.places {
                    if !merged.places.iter().any(|q| q.id == p.id) {
                        merged.places.push(p.clone());
                    }
                }
                for a in &other.perpetrators {
                    push_actor(&mut merged.perpetrators, a);
                }
                for a in &other.targets {
                    push_actor(&mut merged.targets, a);
                }
                if merged.date.as_ref().is_none_or(|d| d.text.is_none()) && other.date.is_some() {
                    merged.date = other.date.clone();
                }
                if event_rank(other.event_type) < event_rank(merged.event_type) {
                    merged.event_type = other.event_type;
                }
            }
            merged.reports = members
                .iter()
                .map(|&m| {
                    reports[all[m].0]
                        .id
                        .clone()
                        .unwrap_or_else(|| format!("#{}", all[m].0))
                })
                .collect();
            merged.reports.dedup();
            merged.key = incident_key(&merged);
            merged
        })
        .collect()
}

#[cfg(test)]
mod tests;
