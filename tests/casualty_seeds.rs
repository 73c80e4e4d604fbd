//! Golden test of the casualty stage on the five seed articles (read from
//! `../shared`, skipped when absent), and an ignored evaluation on the GED
//! development headlines (`cargo test --release --test casualty_seeds -- --ignored --nocapture`).

use std::path::PathBuf;

use sitrep::casualty::{figures, Figure};
use sitrep::{ActorLexicon, CasualtyKind, Span, VagueTable};

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    p.exists().then_some(p)
}

/// Naive sentences: split on '.', ';' and newlines (a real segmenter lands
/// in the segment stage).
fn naive_sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | ';' | '\n') {
            if i > start {
                out.push(Span::new(start, i));
            }
            start = i + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push(Span::new(start, text.len()));
    }
    out
}

fn doc_figures(text: &str, vague: &VagueTable, actors: &ActorLexicon) -> Vec<Figure> {
    naive_sentences(text)
        .into_iter()
        .flat_map(|s| figures(text, s, vague, actors))
        .collect()
}

fn kind_name(k: CasualtyKind) -> &'static str {
    k.as_str()
}

fn matches(f: &Figure, g: &serde_json::Value) -> bool {
    let kinds: Vec<&str> = g["kind"]
        .as_array()
        .map(|a| a.iter().filter_map(|k| k.as_str()).collect())
        .unwrap_or_default();
    if !kinds.contains(&kind_name(f.kind)) {
        return false;
    }
    match (&g["best"], f.count) {
        (serde_json::Value::Null, None) => {}
        (serde_json::Value::Array(r), Some(c)) => {
            let lo = r.first().and_then(|v| v.as_u64()).unwrap_or(0);
            let hi = r.get(1).and_then(|v| v.as_u64()).unwrap_or(u64::MAX);
            if c.best < lo || c.best > hi {
                return false;
            }
        }
        _ => return false,
    }
    if let Some(cum) = g.get("cumulative").and_then(|v| v.as_bool()) {
        if cum != f.cumulative {
            return false;
        }
    }
    true
}

#[test]
fn seeds_golden() {
    let Some(dir) = shared() else {
        println!("skipped: ../shared is absent");
        return;
    };
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("gold/seeds.json")).unwrap())
            .unwrap();
    let vague = VagueTable::default();
    let actors = ActorLexicon::builtin();
    let (mut req, mut found, mut pred, mut right) = (0, 0, 0, 0);
    let mut report = String::new();
    for doc in gold["documents"].as_array().unwrap() {
        let text = std::fs::read_to_string(dir.join(doc["file"].as_str().unwrap())).unwrap();
        let figs = doc_figures(&text, &vague, &actors);
        let gfigs = doc["figures"].as_array().unwrap();
        let not_counts: Vec<u64> = doc["not_counts"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_u64())
            .collect();
        for g in gfigs
            .iter()
            .filter(|g| g["required"].as_bool() == Some(true))
        {
            req += 1;
            if figs.iter().any(|f| matches(f, g)) {
                found += 1;
            } else {
                report.push_str(&format!("MISSED {}: {}\n", doc["id"], g["evidence"]));
            }
        }
        for f in figs.iter().filter(|f| f.count.is_some()) {
            pred += 1;
            let best = f.count.map(|c| c.best).unwrap_or(0);
            if gfigs.iter().any(|g| matches(f, g)) && !not_counts.contains(&best) {
                right += 1;
            } else {
                report.push_str(&format!(
                    "WRONG {}: {} {:?} cum={} | {}\n",
                    doc["id"],
                    kind_name(f.kind),
                    f.count,
                    f.cumulative,
                    f.span.as_str(&text)
                ));
            }
        }
    }
    let recall = found as f64 / req.max(1) as f64;
    let precision = right as f64 / pred.max(1) as f64;
    println!(
        "{report}recall {found}/{req} = {recall:.3}, precision {right}/{pred} = {precision:.3}"
    );
    assert!(recall >= 0.9, "recall {recall:.3}\n{report}");
    assert!(precision >= 0.9, "precision {precision:.3}\n{report}");
}

#[test]
#[ignore]
fn seeds_speed() {
    let Some(dir) = shared() else { return };
    let vague = VagueTable::default();
    let actors = ActorLexicon::builtin();
    let texts: Vec<String> = std::fs::read_dir(dir.join("seeds"))
        .unwrap()
        .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
        .collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let start = std::time::Instant::now();
    let mut n = 0;
    let rounds = 200;
    for _ in 0..rounds {
        for t in &texts {
            n += doc_figures(t, &vague, &actors).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{n} figures in {secs:.3}s: {:.0} figures/s, {:.1} MB/s",
        n as f64 / secs,
        (bytes * rounds) as f64 / secs / 1e6
    );
}

/// The document's killed total: the largest per-sentence sum of
/// non-cumulative killed figures (a proxy for the per-incident sum).
fn killed_total(figs: &[(usize, Figure)], kind: CasualtyKind) -> Option<u64> {
    let mut best: Option<u64> = None;
    let mut sums: std::collections::BTreeMap<usize, u64> = Default::default();
    for (s, f) in figs {
        if f.kind == kind && !f.cumulative {
            if let Some(c) = f.count {
                *sums.entry(*s).or_default() += c.best;
            }
        }
    }
    for v in sums.values() {
        if *v > 0 {
            best = Some(best.map_or(*v, |b: u64| b.max(*v)));
        }
    }
    best
}

#[test]
#[ignore]
fn ged_dev_eval() {
    let Some(dir) = shared() else { return };
    let Ok(data) = std::fs::read_to_string(dir.join("eval/ged_dev.jsonl")) else {
        return;
    };
    let vague = VagueTable::default();
    let actors = ActorLexicon::builtin();
    let verbose = std::env::var("SITREP_VERBOSE").is_ok();
    let (mut deaths, mut exact, mut within, mut zero, mut zero_ok) = (0, 0, 0, 0, 0);
    let (mut answerable, mut answerable_exact) = (0, 0);
    for line in data.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("");
        let best = v["killed_best"].as_u64().unwrap_or(0);
        let low = v["killed_low"].as_u64().unwrap_or(best);
        let high = v["killed_high"].as_u64().unwrap_or(best);
        let figs: Vec<(usize, Figure)> = naive_sentences(text)
            .into_iter()
            .enumerate()
            .flat_map(|(i, s)| {
                figures(text, s, &vague, &actors)
                    .into_iter()
                    .map(move |f| (i, f))
            })
            .collect();
        let got = killed_total(&figs, CasualtyKind::Killed);
        if best > 0 && states(text, best) {
            answerable += 1;
            if got == Some(best) {
                answerable_exact += 1;
            } else if verbose {
                println!(
                    "STATED want {best} got {got:?} | {}",
                    &text[..text.len().min(300)]
                );
            }
        }
        if best > 0 {
            deaths += 1;
            let g = got.unwrap_or(0);
            if g == best {
                exact += 1;
            }
            if g >= low.min(best) && g <= high.max(best) {
                within += 1;
            }
            if verbose && g != best {
                println!(
                    "MISS want {best} got {g:?} | {}",
                    &text[..text.len().min(200)]
                );
            }
        } else {
            zero += 1;
            if got.is_none() {
                zero_ok += 1;
            } else if verbose {
                println!("ZERO got {got:?} | {}", &text[..text.len().min(200)]);
            }
        }
    }
    println!(
        "GED dev: events with deaths {deaths}: exact {exact} ({:.1}%), within low..high {within} ({:.1}%); events without deaths {zero}: no killed figure {zero_ok} ({:.1}%)",
        100.0 * exact as f64 / deaths.max(1) as f64,
        100.0 * within as f64 / deaths.max(1) as f64,
        100.0 * zero_ok as f64 / zero.max(1) as f64
    );
    println!(
        "GED dev, events whose text states the coder's figure: {answerable}, exact {answerable_exact} ({:.1}%)",
        100.0 * answerable_exact as f64 / answerable.max(1) as f64
    );
}

/// Whether `text` states the number `n` (digits or an English number word).
fn states(text: &str, n: u64) -> bool {
    const WORDS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    let lower = text.to_lowercase();
    let digits = n.to_string();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == digits || (n as usize) < WORDS.len() && w == WORDS[n as usize])
}

/// Prints the figures read from the FA-KES development articles (for
/// reading misses by category): `SITREP_FAKES=N` limits the articles.
#[test]
#[ignore]
fn fakes_dev_print() {
    let Some(dir) = shared() else { return };
    let Ok(data) = std::fs::read_to_string(dir.join("eval/fakes_dev.jsonl")) else {
        return;
    };
    let vague = VagueTable::default();
    let actors = ActorLexicon::builtin();
    let limit: usize = std::env::var("SITREP_FAKES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(usize::MAX);
    let mut n = 0;
    for line in data.lines().take(limit) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("");
        for f in doc_figures(text, &vague, &actors) {
            n += 1;
            println!(
                "{} {} {:?} cum={} victim={:?} | {}",
                v["id"],
                kind_name(f.kind),
                f.count.map(|c| c.best),
                f.cumulative,
                f.victim.as_ref().map(|a| a.side),
                f.span.as_str(text)
            );
        }
    }
    println!("{n} figures");
}

/// Never panics and every span is on char boundaries inside its sentence,
/// on every development text, read whole and in naive sentences.
#[test]
fn dev_texts_never_panic() {
    let Some(dir) = shared() else {
        println!("skipped: ../shared is absent");
        return;
    };
    let vague = VagueTable::default();
    let actors = ActorLexicon::builtin();
    for file in ["eval/fakes_dev.jsonl", "eval/ged_dev.jsonl"] {
        let Ok(data) = std::fs::read_to_string(dir.join(file)) else {
            continue;
        };
        for line in data.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let text = v["text"].as_str().unwrap_or("");
            let mut spans = naive_sentences(text);
            spans.push(Span::new(0, text.len()));
            for s in spans {
                for f in figures(text, s, &vague, &actors) {
                    assert!(s.contains(f.span), "{:?} outside {:?}", f.span, s);
                    assert!(text.get(f.span.start..f.span.end).is_some());
                }
            }
        }
    }
}
