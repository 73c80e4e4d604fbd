//! Errors: only building an [`Extractor`](crate::Extractor) and loading data
//! can fail. Extraction itself is infallible on any text.

use std::path::PathBuf;

/// An error from building an extractor or loading data (a gazetteer file, a
/// lexicon, a date string). Extraction never returns an error: whether an
/// error occurs never depends on the article text.
#[derive(Debug)]
pub struct Error {
    kind: Box<ErrorKind>,
}

/// What went wrong. New kinds may be added in minor releases.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A line of a gazetteer file (GeoNames dump, alternate names or custom
    /// entries) could not be read. Nothing of the file was loaded.
    #[error("{}:{line}: {message}", file.display())]
    GazetteerLine {
        /// The file (or a label such as `<built-in>`).
        file: PathBuf,
        /// The 1-based line number.
        line: usize,
        /// What was wrong with it.
        message: String,
    },
    /// A custom gazetteer entry or lexicon entry is invalid.
    #[error("invalid entry {name:?}: {message}")]
    InvalidEntry {
        /// The entry's name.
        name: String,
        /// What was wrong with it.
        message: String,
    },
    /// A date string is not a valid `YYYY-MM-DD` calendar date.
    #[error("invalid date {input:?}: {message}")]
    BadDate {
        /// The text that was given.
        input: String,
        /// What was wrong with it.
        message: String,
    },
    /// Reading a file failed.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error {
            kind: Box::new(kind),
        }
    }

    pub(crate) fn gazetteer_line(
        file: impl Into<PathBuf>,
        line: usize,
        message: impl Into<String>,
    ) -> Error {
        Error::new(ErrorKind::GazetteerLine {
            file: file.into(),
            line,
            message: message.into(),
        })
    }

    pub(crate) fn bad_date(input: &str, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::BadDate {
            input: input.to_string(),
            message: message.into(),
        })
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::new(ErrorKind::Io {
            path: path.into(),
            source,
        })
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.kind.fmt(f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&*self.kind)
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error::new(kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_file_and_line() {
        let e = Error::gazetteer_line("SY.txt", 12, "expected 19 tab-separated columns, found 3");
        assert_eq!(
            e.to_string(),
            "SY.txt:12: expected 19 tab-separated columns, found 3"
        );
        assert!(matches!(
            e.kind(),
            ErrorKind::GazetteerLine { line: 12, .. }
        ));
    }
}
