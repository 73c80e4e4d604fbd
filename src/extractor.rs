//! The [`Extractor`] facade: runs the stages in order over one document.

use std::sync::Arc;

use crate::actor::ActorLexicon;
use crate::date;
use crate::gazetteer::Gazetteer;
use crate::incident::{self, SourceLexicon};
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
        // the incident stages, scanned for once.
        let named: Vec<Vec<crate::actor::ActorMatch<'_>>> = sentences
            .iter()
            .map(|s| {
                if s.kind.is_content() {
                    inner.actors.find_all(s.span.as_str(text))
                } else {
                    Vec::new()
                }
            })
            .collect();
        let mut figures: Vec<_> = sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kind.is_content())
            .flat_map(|(i, s)| {
                crate::casualty::figures_with_actors(
                    text,
                    s.span,
                    &inner.vague,
                    &inner.actors,
                    named.get(i).map(Vec::as_slice),
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
            Some(&named),
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
}
