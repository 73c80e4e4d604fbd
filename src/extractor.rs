//! The [`Extractor`] facade: runs the stages in order over one document.

use std::sync::Arc;

use crate::actor::ActorLexicon;
use crate::date;
use crate::gazetteer::Gazetteer;
use crate::incident::{self, SourceLexicon};
use crate::lexicon::JointSearch;
use crate::model::{Date, Report};
use crate::quantity::VagueTable;
use crate::segment;
use crate::Error;

/// One article to read.
///
/// ```
/// use sitrep::Document;
/// let doc = Document::new("Five civilians were killed in Idlib.")
///     .with_id("a1")
///     .with_published("2019-05-02".parse()?);
/// assert_eq!(doc.id.as_deref(), Some("a1"));
/// # Ok::<(), sitrep::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Document<'t> {
    /// An id carried through to the [`Report`].
    pub id: Option<String>,
    /// The article's text.
    pub text: &'t str,
    /// The publication date, against which relative dates are resolved.
    pub published: Option<Date>,
}

impl<'t> Document<'t> {
    /// A document with no id and no publication date.
    pub fn new(text: &'t str) -> Document<'t> {
        Document {
            id: None,
            text,
            published: None,
        }
    }

    /// Sets the id.
    pub fn with_id(mut self, id: impl Into<String>) -> Document<'t> {
        self.id = Some(id.into());
        self
    }

    /// Sets the publication date.
    pub fn with_published(mut self, date: Date) -> Document<'t> {
        self.published = Some(date);
        self
    }
}

enum GazetteerRef {
    Builtin,
    Owned(Gazetteer),
}

struct Inner {
    gazetteer: GazetteerRef,
    vague: VagueTable,
    actors: ActorLexicon,
    sources: SourceLexicon,
    /// One automaton over the incident stage's tables, the actors' aliases
    /// and the casualty terms: one scan of each content sentence finds what
    /// three stages read. Built on first use; `None` if too large (each
    /// stage then scans for itself).
    scan: once_cell::sync::OnceCell<Option<JointSearch>>,
}

/// The table of the actors' aliases in [`Inner::scan`], after the incident
/// stage's tables.
const ACTOR_TABLE: usize = incident::TABLES;
/// The table of the casualty terms in [`Inner::scan`].
const TERM_TABLE: usize = incident::TABLES + 1;

impl Inner {
    fn scan(&self) -> Option<&JointSearch> {
        self.scan
            .get_or_init(|| {
                let mut tables = self.sources.scan_tables();
                tables.push(self.actors.aliases().collect());
                tables.push(crate::casualty::term_phrases().collect());
                JointSearch::try_new(&tables).ok()
            })
            .as_ref()
    }
}

/// What the joint scan of each sentence found ([`Inner::scan`]).
#[derive(Default)]
struct Scanned<'l> {
    /// The actors each sentence names (spans relative to it).
    named: Vec<Vec<crate::actor::ActorMatch<'l>>>,
    /// The casualty terms, leftmost-longest (relative to their sentence):
    /// sentence `i`'s are `terms[term_bounds[i].0..term_bounds[i].1]`.
    terms: Vec<(usize, usize, usize)>,
    term_bounds: Vec<(usize, usize)>,
    /// The matches of the incident stage's tables.
    incident: incident::Prescanned,
}

fn scan_sentences<'l>(
    inner: &'l Inner,
    scan: &JointSearch,
    text: &str,
    sentences: &[segment::Sentence],
) -> Scanned<'l> {
    let n = sentences.len();
    let mut out = Scanned {
        named: Vec::with_capacity(n),
        term_bounds: Vec::with_capacity(n),
        ..Scanned::default()
    };
    out.incident.bounds.reserve(n);
    let mut all = Vec::new();
    for s in sentences {
        let m0 = out.incident.matches.len();
        let t0 = out.terms.len();
        if !s.kind.is_content() {
            out.named.push(Vec::new());
            out.term_bounds.push((t0, t0));
            out.incident.bounds.push([m0; incident::TABLES + 1]);
            continue;
        }
        scan.raw(text, s.span, &mut all);
        let base = s.span.start;
        let st = s.span.as_str(text);
        // The actors, from the matches in the order the scan reports them.
        out.named.push(
            inner.actors.matches_in(
                st,
                all.iter()
                    .filter(|m| m.0 == ACTOR_TABLE)
                    .map(|&(_, a, b, k)| (a - base, b - base, k)),
            ),
        );
        all.retain(|m| m.0 != ACTOR_TABLE);
        let mut counts = [0usize; incident::TABLES];
        let (matches, terms) = (&mut out.incident.matches, &mut out.terms);
        JointSearch::leftmost_longest(&mut all, |t, a, b, k| {
            if t < incident::TABLES {
                matches.push((a, b, k));
                counts[t] += 1;
            } else if t == TERM_TABLE {
                terms.push((a - base, b - base, k));
            }
        });
        let mut bounds = [m0; incident::TABLES + 1];
        for t in 0..incident::TABLES {
            bounds[t + 1] = bounds[t] + counts[t];
        }
        out.incident.bounds.push(bounds);
        out.term_bounds.push((t0, out.terms.len()));
    }
    out
}

/// Reads articles and returns their incidents. Build it once and share it:
/// it is `Send + Sync`, and cloning it is cheap (an `Arc`).
///
/// ```
/// let extractor = sitrep::Extractor::new();
/// let report = extractor.extract(&sitrep::Document::new("No one was hurt."));
/// assert!(report.incidents.iter().all(|i| !i.casualties.is_empty()));
/// ```
#[derive(Clone)]
pub struct Extractor {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor").finish_non_exhaustive()
    }
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the built-in lexicons and gazetteer.
    pub fn new() -> Extractor {
        ExtractorBuilder::new()
            .build()
            .expect("the built-in configuration is valid")
    }

    /// A builder to configure lexicons and the gazetteer.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &Gazetteer {
        match &self.inner.gazetteer {
            GazetteerRef::Builtin => Gazetteer::builtin(),
            GazetteerRef::Owned(g) => g,
        }
    }

    /// Reads one document. Never fails and never panics, whatever the text.
    pub fn extract(&self, doc: &Document<'_>) -> Report {
        let inner = &*self.inner;
        let text = doc.text;
        let sentences = segment::sentences(text);
        let published = doc
            .published
            .or_else(|| date::stated_publication(text, &sentences));
        // The actors each content sentence names: read by the casualty and
        // the incident stages, scanned for once, with the casualty terms and
        // the incident stage's words when the joint automaton is there.
        let scanned = match inner.scan() {
            Some(scan) => scan_sentences(inner, scan, text, &sentences),
            None => Scanned {
                named: sentences
                    .iter()
                    .map(|s| {
                        if s.kind.is_content() {
                            inner.actors.find_all(s.span.as_str(text))
                        } else {
                            Vec::new()
                        }
                    })
                    .collect(),
                ..Scanned::default()
            },
        };
        let named = &scanned.named;
        let mut figures: Vec<_> = sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kind.is_content())
            .flat_map(|(i, s)| {
                let terms = scanned
                    .term_bounds
                    .get(i)
                    .map(|&(a, b)| scanned.terms.get(a..b).unwrap_or(&[]));
                crate::casualty::figures_with_actors(
                    text,
                    s.span,
                    &inner.vague,
                    &inner.actors,
                    named.get(i).map(Vec::as_slice),
                    terms,
                )
                .into_iter()
                .map(move |f| (i, f))
            })
            .collect();
        crate::casualty::drop_repeats(text, &mut figures);
        crate::casualty::resolve_back_references(&mut figures);
        crate::casualty::headline_totals(&sentences, &mut figures);
        let places = self.gazetteer().places(text, &sentences);
        let mut dates = date::find(text, &sentences, published);
        // A dateline's own date ("Thursday 3 January 2013") dates a report
        // that tells of nothing else; the incident stage uses it only then.
        let datelines: Vec<segment::Sentence> = sentences
            .iter()
            .filter(|s| s.kind == segment::SentenceKind::Dateline)
            .map(|s| segment::Sentence {
                kind: segment::SentenceKind::Body,
                ..*s
            })
            .collect();
        if !datelines.is_empty() {
            dates.extend(date::find(text, &datelines, published));
            dates.sort_by_key(|d| d.span);
        }
        let incidents = incident::assemble_with_actors(
            &incident::Facts {
                text,
                sentences: &sentences,
                figures: &figures,
                places: &places,
                dates: &dates,
                published,
                gazetteer: self.gazetteer(),
            },
            &inner.sources,
            &inner.actors,
            Some(named),
            (!scanned.incident.bounds.is_empty()).then_some(&scanned.incident),
        );
        Report {
            id: doc.id.clone(),
            incidents,
        }
    }
}

/// Configures an [`Extractor`].
///
/// ```
/// use sitrep::{Extractor, VagueTable};
/// let extractor = Extractor::builder().vague(VagueTable::acled()).build()?;
/// # let _ = extractor;
/// # Ok::<(), sitrep::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct ExtractorBuilder {
    gazetteer: Option<Gazetteer>,
    vague: Option<VagueTable>,
    actors: Option<ActorLexicon>,
    sources: Option<SourceLexicon>,
}

impl ExtractorBuilder {
    /// A builder with the built-in defaults.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Uses this gazetteer instead of the built-in one (build it with
    /// [`GazetteerBuilder`](crate::gazetteer::Gazetteer) to extend the built-in one).
    pub fn gazetteer(&mut self, gazetteer: Gazetteer) -> &mut ExtractorBuilder {
        self.gazetteer = Some(gazetteer);
        self
    }

    /// Uses this table of vague quantity words ("dozens", "several").
    pub fn vague(&mut self, table: VagueTable) -> &mut ExtractorBuilder {
        self.vague = Some(table);
        self
    }

    /// Uses this actor lexicon (start from [`ActorLexicon::builtin`] to extend it).
    pub fn actors(&mut self, actors: ActorLexicon) -> &mut ExtractorBuilder {
        self.actors = Some(actors);
        self
    }

    /// Uses this list of sources (start from [`SourceLexicon::builtin`] to extend it).
    pub fn sources(&mut self, sources: SourceLexicon) -> &mut ExtractorBuilder {
        self.sources = Some(sources);
        self
    }

    /// Builds the extractor.
    pub fn build(&mut self) -> Result<Extractor, Error> {
        let gazetteer = match self.gazetteer.take() {
            Some(g) => GazetteerRef::Owned(g),
            None => GazetteerRef::Builtin,
        };
        Ok(Extractor {
            inner: Arc::new(Inner {
                gazetteer,
                vague: self.vague.take().unwrap_or_default(),
                actors: self.actors.take().unwrap_or_else(ActorLexicon::builtin),
                sources: self.sources.take().unwrap_or_else(SourceLexicon::builtin),
                scan: once_cell::sync::OnceCell::new(),
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_sync_and_cheap_to_clone() {
        fn assert_send_sync<T: Send + Sync + Clone>() {}
        assert_send_sync::<Extractor>();
    }

    #[test]
    fn joint_scan_reads_as_each_stage_alone() {
        let joint = Extractor::new();
        let alone = Extractor::new();
        assert!(alone.inner.scan.set(None).is_ok());
        let texts = [
            "Syrian army shelling killed 12 civilians in Douma on Tuesday, the Syrian \
             Observatory for Human Rights said.\n\nISIS fighters captured three soldiers \
             near Palmyra. Two others were wounded, SANA reported.",
            "BEIRUT (Reuters) - An air strike by the US-led coalition killed at least \
             20 people, including seven children, in Raqqa province, activists said. \
             The Islamic State group said dozens of its members died.",
            "Gunmen kidnapped four aid workers in the north. The hostages were later \
             killed, police said on Monday. No one claimed the attack.",
        ];
        for t in texts {
            let doc = Document::new(t).with_published("2016-03-09".parse().unwrap());
            let report = joint.extract(&doc);
            assert!(!report.incidents.is_empty(), "{t}");
            assert_eq!(report, alone.extract(&doc), "{t}");
        }
        assert!(joint.inner.scan.get().is_some_and(Option::is_some));
    }
}
