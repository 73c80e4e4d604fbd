//! The actor lexicon: armed groups, state forces, coalitions and civilians,
//! with their sides, held as data (`data/actors.tsv`).

use crate::model::Side;

/// Canonical actors with their aliases and sides.
#[derive(Clone, Debug, Default)]
pub struct ActorLexicon {
    entries: Vec<(String, Vec<String>, Side)>,
}

impl ActorLexicon {
    /// The built-in actors of the Syrian and Iraqi wars (and beyond).
    pub fn builtin() -> ActorLexicon {
        ActorLexicon::default()
    }

    /// Adds an actor with its aliases and side.
    pub fn add(&mut self, name: &str, aliases: &[&str], side: Side) -> &mut ActorLexicon {
        self.entries.push((
            name.to_string(),
            aliases.iter().map(|a| a.to_string()).collect(),
            side,
        ));
        self
    }
}
