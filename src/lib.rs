//! sitrep turns conflict news into data: it reads an article and returns
//! typed incidents with casualty figures, actors, places, dates and sources,
//! each with the byte spans that prove it.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod actor;
pub mod casualty;
pub mod date;
mod error;
mod extractor;
pub mod gazetteer;
pub mod incident;
mod lexicon;
mod model;
pub mod quantity;
pub mod segment;
mod span;

pub use crate::actor::ActorLexicon;
pub use crate::error::{Error, ErrorKind};
pub use crate::extractor::{Document, Extractor, ExtractorBuilder};
pub use crate::gazetteer::Gazetteer;
pub use crate::incident::SourceLexicon;
pub use crate::model::{
    Actor, Attribution, Casualty, CasualtyKind, Count, Date, DateRange, EventType, Incident, Place,
    PlaceKind, Relation, Report, Side,
};
pub use crate::quantity::VagueTable;
pub use crate::span::Span;

/// Reads one article with the default [`Extractor`] (built once per process).
///
/// ```
/// let report = sitrep::extract("At least 45 soldiers were killed.");
/// assert!(report.id.is_none());
/// ```
pub fn extract(text: &str) -> Report {
    static DEFAULT: once_cell::sync::Lazy<Extractor> = once_cell::sync::Lazy::new(Extractor::new);
    DEFAULT.extract(&Document::new(text))
}

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
