//! Stage 1 on the seed articles in `../shared/seeds/` (skipped with a message
//! when that folder is absent) and a timing check on the FA-KES texts.

use sitrep::segment::{sentences, DebrisKind, Sentence, SentenceKind};
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()?
        .join("shared");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: {} not found", dir.display());
        None
    }
}

/// The seed whose file name starts with `prefix`.
fn seed(prefix: &str) -> Option<String> {
    let dir = shared()?.join("seeds");
    let entry = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))?;
    std::fs::read_to_string(entry.path()).ok()
}

/// The kind of the sentence that starts with `start`, which must exist.
fn kind_of(text: &str, all: &[Sentence], start: &str) -> SentenceKind {
    let found = all
        .iter()
        .find(|s| s.span.as_str(text).starts_with(start))
        .unwrap_or_else(|| panic!("no sentence starts with {start:?}"));
    found.kind
}

fn is_debris(k: SentenceKind) -> bool {
    matches!(k, SentenceKind::Debris(_))
}

#[test]
fn every_seed_headline_is_a_headline_sentence_alone() {
    // (seed, first words of its headline line)
    let cases = [
        ("000_", "ISIS kills more than 45"),
        ("001_", "Monitor: 58 Syria government"),
        ("002_", "ISIS resurgence | 12 regime soldiers"),
        ("003_", "Dozens of Syrian army forces killed"),
        ("004_", "Warplanes believed to belong"),
    ];
    for (prefix, start) in cases {
        let Some(text) = seed(prefix) else { return };
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("{prefix}: no line starts with {start:?}"));
        let all = sentences(&text);
        let found = all
            .iter()
            .find(|s| s.span.as_str(&text).starts_with(start))
            .unwrap_or_else(|| panic!("{prefix}: no sentence starts with {start:?}"));
        assert_eq!(found.kind, SentenceKind::Headline, "{prefix}");
        assert_eq!(
            found.span.as_str(&text),
            line,
            "{prefix}: not the whole line"
        );
        // The text opens with it (004 opens with its site name).
        assert!(
            all[0].kind == SentenceKind::Headline || prefix == "004_",
            "{prefix}"
        );
    }
}

#[test]
fn seed_001_captions_related_links_and_footer() {
    let Some(text) = seed("001_") else { return };
    let all = sentences(&text);
    for start in ["A boy who fled", "Iraqi government forces drive down"] {
        assert_eq!(
            kind_of(&text, &all, start),
            SentenceKind::Caption,
            "{start}"
        );
    }
    for start in [
        "Tillerson:",
        "ISIS militants killed in Libya by US airstrike",
    ] {
        assert_eq!(
            kind_of(&text, &all, start),
            SentenceKind::Debris(DebrisKind::Related),
            "{start}"
        );
    }
    assert!(is_debris(kind_of(&text, &all, "Powered by")));
    assert!(is_debris(kind_of(&text, &all, "| About Us")));
    assert_eq!(kind_of(&text, &all, "Supply lines"), SentenceKind::Headline);
    assert_eq!(kind_of(&text, &all, "::"), SentenceKind::Dateline);
    assert_eq!(
        kind_of(&text, &all, "ISIS militants killed at least 58"),
        SentenceKind::Body
    );
}

#[test]
fn seed_002_and_004_cookie_lines_are_debris() {
    for prefix in ["002_", "004_"] {
        let Some(text) = seed(prefix) else { return };
        let all = sentences(&text);
        let cookie = SentenceKind::Debris(DebrisKind::Cookie);
        assert_eq!(kind_of(&text, &all, "This website uses cookies"), cookie);
        assert_eq!(kind_of(&text, &all, "We'll assume"), cookie);
        assert_eq!(kind_of(&text, &all, "Accept"), cookie);
    }
    let Some(text) = seed("002_") else { return };
    let all = sentences(&text);
    assert!(is_debris(kind_of(&text, &all, "You might also like")));
}

#[test]
fn seed_003_dateline_and_footer() {
    let Some(text) = seed("003_") else { return };
    let all = sentences(&text);
    let i = all
        .iter()
        .position(|s| s.span.as_str(&text).starts_with("DEIR EZZOR"))
        .expect("a DEIR EZZOR sentence");
    assert_eq!(all[i].kind, SentenceKind::Dateline);
    assert!(all[i].span.as_str(&text).ends_with('–'));
    assert_eq!(all[i + 1].kind, SentenceKind::Body);
    assert!(all[i + 1]
        .span
        .as_str(&text)
        .starts_with("Militant fighters"));
    for start in [
        "Leave a comment",
        "five × 5 =",
        "Reporting by",
        "Source: ARA News",
    ] {
        assert!(is_debris(kind_of(&text, &all, start)), "{start}");
    }
    assert_eq!(kind_of(&text, &all, "File photo"), SentenceKind::Caption);
}

/// Throughput on the concatenated FA-KES texts:
/// `cargo test --release --test segment_seeds -- --ignored --nocapture`.
#[test]
#[ignore]
fn throughput_on_fakes() {
    let Some(dir) = shared() else { return };
    let Ok(jsonl) = std::fs::read_to_string(dir.join("eval/fakes_dev.jsonl")) else {
        eprintln!("skipped: no fakes_dev.jsonl");
        return;
    };
    let mut all = String::new();
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("jsonl");
        all.push_str(v["text"].as_str().unwrap_or(""));
        all.push_str("\n\n");
    }
    let texts: Vec<&str> = all.split("\n\n").filter(|t| !t.is_empty()).collect();
    let _ = sentences("Warm up. The tables load once.");
    let rounds = 20;
    let t0 = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        for t in &texts {
            n += sentences(t).len();
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    let mb = (all.len() * rounds) as f64 / 1e6;
    // The floor: bare Unicode sentence boundaries over the same texts.
    let t1 = std::time::Instant::now();
    let mut m = 0;
    for _ in 0..rounds {
        for t in &texts {
            m +=
                unicode_segmentation::UnicodeSegmentation::split_sentence_bound_indices(*t).count();
        }
    }
    eprintln!(
        "bare UAX #29: {m} sentences, {:.1} MB/s",
        mb / t1.elapsed().as_secs_f64()
    );
    eprintln!(
        "{} texts, {:.2} MB x {rounds}: {n} sentences in {secs:.3} s = {:.1} MB/s",
        texts.len(),
        all.len() as f64 / 1e6,
        mb / secs
    );
}
