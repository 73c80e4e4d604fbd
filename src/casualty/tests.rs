use super::*;


fn run(s: &str) -> Vec<Figure> {
    figures(s, Span::new(0, s.len()), &VagueTable::default(), &ActorLexicon::builtin())
}

#[test]
#[ignore]
fn debug_print() {
    let s = std::env::var("S").unwrap_or_default();
    for f in run(&s) {
        println!("{:?} {:?} cum={} victim={:?} perp={:?} claimed={} {:?} | {}", f.kind, f.count.map(|c| (c.low, c.best, c.high)), f.cumulative, f.victim.as_ref().map(|v| (&v.text, v.side, &v.actor)), f.perpetrator.as_ref().map(|v| (&v.text, &v.actor)), f.claimed, f.claimant, f.span.as_str(&s));
    }
}
