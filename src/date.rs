//! Stage 5: date expressions and their resolution against the publication date.

use crate::model::{Date, DateRange};
use crate::segment::Sentence;
use crate::span::Span;

/// A date expression found in the text, resolved where possible.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    /// Where the expression is.
    pub span: Span,
    /// What it resolves to (start/end null when it cannot be resolved).
    pub range: DateRange,
    /// Whether it states a period ("since March", "during two months").
    pub period: bool,
}

/// Finds the date expressions of the content sentences of `text`.
pub fn find(text: &str, sentences: &[Sentence], published: Option<Date>) -> Vec<DateMention> {
    let _ = (text, sentences, published);
    Vec::new()
}

/// A publication date stated in the article's own dateline or first line
/// ("Thursday 3 January 2013"), if any.
pub fn stated_publication(text: &str, sentences: &[Sentence]) -> Option<Date> {
    let _ = (text, sentences);
    None
}
