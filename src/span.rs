//! Byte spans into the original article text.

use core::ops::{Index, Range};

/// A half-open range of byte offsets `[start, end)` into the original
/// article text. Both ends always lie on UTF-8 character boundaries.
///
/// ```
/// use sitrep::Span;
/// let text = "At least 45 killed";
/// let span = Span::new(9, 11);
/// assert_eq!(&text[span], "45");
/// assert_eq!(span.as_str(text), "45");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (half-open).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The number of bytes covered.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text the span covers in `haystack` (the text it was taken from).
    /// Returns `""` if the span does not fit `haystack`.
    pub fn as_str<'h>(&self, haystack: &'h str) -> &'h str {
        haystack.get(self.start..self.end).unwrap_or("")
    }

    /// Whether `other` lies entirely inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// This span moved `by` bytes to the right.
    pub const fn shift(&self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.start..s.end
    }
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cover_and_overlap() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert!(a.overlaps(b));
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(!a.overlaps(Span::new(5, 6)));
        assert!(Span::new(0, 10).contains(a));
        assert_eq!(a.shift(3), Span::new(5, 8));
    }

    #[test]
    fn as_str_out_of_range_is_empty() {
        assert_eq!(Span::new(3, 40).as_str("short"), "");
    }
}
