//! Stage 3: casualty figures: kind, count, victim, perpetrator, cumulative.

use crate::actor::ActorLexicon;
use crate::model::{Actor, CasualtyKind, Count};
use crate::quantity::VagueTable;
use crate::span::Span;

/// A casualty figure as read from one sentence, before incidents are built.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// What happened to the victims.
    pub kind: CasualtyKind,
    /// How many, or `None` when the text gives no number.
    pub count: Option<Count>,
    /// Who was hit.
    pub victim: Option<Actor>,
    /// Who caused it.
    pub perpetrator: Option<Actor>,
    /// A total over several events or a period.
    pub cumulative: bool,
    /// A claim by a party to the fighting; `claimant` names it.
    pub claimed: bool,
    /// The canonical name of the claimant, if `claimed`.
    pub claimant: Option<String>,
    /// The phrase that states the figure.
    pub span: Span,
}

/// Reads the casualty figures of one sentence (`sentence` is its span in
/// `text`).
pub fn figures(
    text: &str,
    sentence: Span,
    vague: &VagueTable,
    actors: &ActorLexicon,
) -> Vec<Figure> {
    let _ = (text, sentence, vague, actors);
    Vec::new()
}
