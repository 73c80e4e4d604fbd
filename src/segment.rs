//! Stage 1: sentences, tokens and page debris, with byte spans.
//!
//! (Interface fixed; the implementation is deepened by the segmentation work.)

use crate::span::Span;
use unicode_segmentation::UnicodeSegmentation;

/// A sentence (or line) of the article with its role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Sentence {
    /// Where it is in the text (trimmed of surrounding white space).
    pub span: Span,
    /// What role it plays on the page.
    pub kind: SentenceKind,
    /// The 0-based paragraph it belongs to (blank lines separate paragraphs).
    pub paragraph: usize,
}

/// The role of a [`Sentence`] on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SentenceKind {
    /// A line without final punctuation that stands alone: a headline or a
    /// sub-heading. Read like a sentence.
    Headline,
    /// A dateline (`DEIR EZZOR –`, `BAGHDAD (Reuters) -`).
    Dateline,
    /// A sentence of the article's body.
    Body,
    /// A photo caption: never makes or joins an incident.
    Caption,
    /// Page debris: skipped by every later stage.
    Debris(DebrisKind),
}

impl SentenceKind {
    /// Whether later stages read this sentence for facts.
    pub fn is_content(&self) -> bool {
        matches!(self, SentenceKind::Headline | SentenceKind::Body)
    }
}

/// The kind of page debris a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DebrisKind {
    /// Cookie or consent notice.
    Cookie,
    /// "You might also like", a list of related-article links.
    Related,
    /// "Leave a comment" and comment forms.
    Comment,
    /// Share and follow lines.
    Share,
    /// Copyright and "Powered by" lines.
    Copyright,
    /// A captcha line (`five × 5 =`).
    Captcha,
    /// Navigation, bylines and other furniture.
    Navigation,
}

/// Splits `text` into sentences with their roles.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (start, s) in text.split_sentence_bound_indices() {
        let trimmed = s.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lead = s.len() - s.trim_start().len();
        out.push(Sentence {
            span: Span::new(start + lead, start + lead + trimmed.len()),
            kind: SentenceKind::Body,
            paragraph: 0,
        });
    }
    out
}
