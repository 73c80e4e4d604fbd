//! Reads articles and writes their incidents as JSON Lines.
fn main() {
    let extractor = sitrep::Extractor::new();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let report = extractor.extract(&sitrep::Document::new(&text));
        println!("{}", serde_json::to_string(&report).unwrap_or_default());
    }
}
