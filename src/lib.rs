//! sitrep turns conflict news into data: it reads an article and returns
//! typed incidents with casualty figures, actors, places, dates and sources,
//! each with the byte spans that prove it.
//!
//! # Overview
//!
//! - [`Extractor`]: the entry point. Build it once ([`Extractor::new`] or
//!   [`Extractor::builder`]) and share it across threads; [`extract`] uses a
//!   default one.
//! - [`Document`]: an article with its id and publication date.
//! - [`Report`] → [`Incident`] → [`Casualty`] (with a [`Count`] and
//!   [`Actor`]s), [`Place`], [`DateRange`], [`Attribution`]: the output,
//!   serialisable with the default `serde` feature; every fact carries a
//!   [`Span`] into the original text.
//! - The stages, one module each, in the order data flows: [`segment`],
//!   [`quantity`], [`casualty`], [`gazetteer`], [`date`], [`incident`].
//!   Their lexicons are data tables in `data/`, compiled once per process.
//!
//! # Example
//!
//! ```
//! use sitrep::{CasualtyKind, Document, Extractor};
//!
//! let extractor = Extractor::new();
//! let text = "At least 12 soldiers were killed and 20 wounded in an ambush \
//!             near Palmyra on Sunday, the Syrian Observatory for Human Rights said.";
//! let doc = Document::new(text).with_published("2017-09-12".parse()?);
//! let report = extractor.extract(&doc);
//! let incident = &report.incidents[0];
//! let killed = incident
//!     .casualties
//!     .iter()
//!     .find(|c| c.kind == CasualtyKind::Killed)
//!     .expect("a killed figure");
//! assert_eq!(killed.count.map(|c| c.low), Some(Some(12)));
//! assert_eq!(&text[killed.span].contains("12"), &true);
//! assert_eq!(incident.date.as_ref().and_then(|d| d.start).map(|d| d.to_string()),
//!            Some("2017-09-10".to_string()));
//! assert_eq!(incident.sources, ["Syrian Observatory for Human Rights"]);
//! # Ok::<(), sitrep::Error>(())
//! ```
//!
//! # Crate features
//!
//! - `serde` (default): `Serialize`/`Deserialize` on every output type.
//!
//! # Errors and panics
//!
//! Extraction never fails and never panics, whatever the text; only
//! building an extractor or loading data returns [`Error`]. See `DESIGN.md`
//! for why the pipeline is built the way it is.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod actor;
mod bytes;
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
