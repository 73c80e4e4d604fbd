//! Throughput of full extraction against a naive baseline, on the same text.
//!
//! `cargo bench --bench throughput` (release build). It reads the seed
//! articles and `eval/fakes_dev.jsonl` from `../shared` when present, else the
//! example articles in `examples/articles`, and measures in one run:
//!
//! - (a) extraction: `Extractor::extract` over every document, one thread,
//!   and (a') the same on every core;
//! - (b) a naive baseline pass over the same texts: UAX #29 sentences and
//!   words (unicode-segmentation), an Aho-Corasick scan for 20,000 place
//!   names, and one casualty regex.
//!
//! Each is warmed up once, then timed `SITREP_BENCH_ITERS` times (default 7);
//! the median is reported as MB/s, with the ratio of the two and the figures
//! extracted per second. The baseline scans for every name and alternate name
//! of the built-in gazetteer (`data/gazetteer.tsv`, `data/places_curated.tsv`),
//! ASCII case-insensitively, leftmost-longest.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, MatchKind};
use sitrep::{Date, Document, Extractor};
use unicode_segmentation::UnicodeSegmentation;

struct Input {
    text: String,
    published: Option<Date>,
    /// One of the seed articles of `../shared/seeds`.
    seed: bool,
}

fn load_inputs(root: &Path) -> (Vec<Input>, &'static str) {
    let shared = root.join("../shared");
    let mut docs = Vec::new();
    if let Ok(entries) = std::fs::read_dir(shared.join("seeds")) {
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if let Ok(text) = std::fs::read_to_string(&p) {
                docs.push(Input {
                    text,
                    published: None,
                    seed: true,
                });
            }
        }
    }
    if let Ok(jsonl) = std::fs::read_to_string(shared.join("eval/fakes_dev.jsonl")) {
        for line in jsonl.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if let Some(text) = v["text"].as_str() {
                docs.push(Input {
                    text: text.to_string(),
                    published: v["published"].as_str().and_then(|d| d.parse().ok()),
                    seed: false,
                });
            }
        }
    }
    if !docs.is_empty() {
        return (docs, "../shared seeds + eval/fakes_dev.jsonl");
    }
    let mut paths: Vec<_> = std::fs::read_dir(root.join("examples/articles"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    paths.sort();
    for p in paths {
        if let Ok(text) = std::fs::read_to_string(&p) {
            docs.push(Input {
                text,
                published: None,
                seed: false,
            });
        }
    }
    (docs, "examples/articles/*.txt")
}

/// 20,000 place names: GED's names, then patterned variants of them.
fn place_names(root: &Path) -> Vec<String> {
    // The built-in gazetteer's own names and alternate names, as a naive
    // pass would scan for them.
    let mut names: Vec<String> = Vec::new();
    for file in ["data/gazetteer.tsv", "data/places_curated.tsv"] {
        let Ok(tsv) = std::fs::read_to_string(root.join(file)) else {
            continue;
        };
        for line in tsv.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            if let Some(name) = cols.get(7) {
                names.push(name.to_string());
            }
            if let Some(alts) = cols.get(8) {
                names.extend(alts.split('|').filter(|a| a.len() > 2).map(str::to_string));
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Runs `f` once to warm up, then `iters` times; returns the median time and
/// the last result.
fn measure<R>(iters: usize, mut f: impl FnMut() -> R) -> (Duration, R) {
    let mut last = black_box(f());
    let mut times = Vec::with_capacity(iters);
    for _ in 0..iters {
        let t = Instant::now();
        last = black_box(f());
        times.push(t.elapsed());
    }
    (median(times), last)
}

fn main() {
    // `cargo bench` passes `--bench`; with a filter that is not ours, or
    // under `cargo test --benches`, do one quick iteration.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = !args.iter().any(|a| a == "--bench");
    let iters = std::env::var("SITREP_BENCH_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if quick { 1 } else { 7 })
        .max(1);

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (inputs, origin) = load_inputs(root);
    let bytes: usize = inputs.iter().map(|i| i.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "input: {} documents, {:.2} MB from {origin}; {iters} timed iterations, median",
        inputs.len(),
        mb
    );

    // (a) full extraction.
    let extractor = Extractor::new();
    let (t_extract, figures) = measure(iters, || {
        let mut figures = 0usize;
        for input in &inputs {
            let mut doc = Document::new(&input.text);
            doc.published = input.published;
            let report = extractor.extract(black_box(&doc));
            figures += report
                .incidents
                .iter()
                .map(|i| i.casualties.len())
                .sum::<usize>();
        }
        figures
    });

    // (a'') the seeds alone: figures per second on the five seed articles.
    let seeds: Vec<&Input> = inputs.iter().filter(|i| i.seed).collect();
    if !seeds.is_empty() {
        let (t_seeds, seed_figures) = measure(iters, || {
            seeds
                .iter()
                .map(|input| {
                    let mut doc = Document::new(&input.text);
                    doc.published = input.published;
                    let report = extractor.extract(black_box(&doc));
                    report
                        .incidents
                        .iter()
                        .map(|i| i.casualties.len())
                        .sum::<usize>()
                })
                .sum::<usize>()
        });
        println!(
            "(a'') the {} seeds alone: {:>8.3} ms, {} figures = {:.0} figures/s",
            seeds.len(),
            t_seeds.as_secs_f64() * 1e3,
            seed_figures,
            seed_figures as f64 / t_seeds.as_secs_f64()
        );
    }

    // (a') the same extraction on every core, documents handed out one at a
    // time (what `extract --jsonl` does).
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let (t_parallel, _) = measure(iters, || {
        let next = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(input) = inputs.get(i) else { break };
                    let mut doc = Document::new(&input.text);
                    doc.published = input.published;
                    black_box(extractor.extract(black_box(&doc)));
                });
            }
        });
    });

    // Where the time goes: each stage alone over the same documents.
    let stage = |name: &str, f: &dyn Fn(&Input) -> usize| {
        let (t, n) = measure(iters, || inputs.iter().map(f).sum::<usize>());
        println!(
            "    stage {name:<10} {:>9.3} ms  {:>7.2} MB/s  ({n} items)",
            t.as_secs_f64() * 1e3,
            mb / t.as_secs_f64()
        );
        t
    };
    let actors = sitrep::ActorLexicon::builtin();
    let vague = sitrep::VagueTable::default();
    let gazetteer = sitrep::Gazetteer::builtin();
    let segmented: Vec<Vec<sitrep::segment::Sentence>> = inputs
        .iter()
        .map(|i| sitrep::segment::sentences(&i.text))
        .collect();
    let index = |i: &Input| {
        let p: *const Input = i;
        inputs.iter().position(|x| std::ptr::eq(x, p)).unwrap_or(0)
    };
    let t_segment = stage("segment", &|i| {
        sitrep::segment::sentences(black_box(&i.text)).len()
    });
    let t_casualty = stage("casualty", &|i| {
        segmented[index(i)]
            .iter()
            .filter(|s| s.kind.is_content())
            .map(|s| sitrep::casualty::figures(&i.text, s.span, &vague, &actors).len())
            .sum()
    });
    let t_gazetteer = stage("gazetteer", &|i| {
        gazetteer.places(&i.text, &segmented[index(i)]).len()
    });
    let t_date = stage("date", &|i| {
        sitrep::date::find(&i.text, &segmented[index(i)], i.published).len()
    });
    let stages = t_segment + t_casualty + t_gazetteer + t_date;
    println!(
        "    rest (incident stage and glue, extraction minus the stages) {:>9.3} ms",
        (t_extract.as_secs_f64() - stages.as_secs_f64()) * 1e3
    );

    // (b) the naive baseline.
    let names = place_names(root);
    let build = Instant::now();
    let ac = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&names)
        .expect("names build an automaton");
    let re = regex::Regex::new(r"(?i)\b(\d+|dozens|scores)\s+(\w+\s+){0,4}(killed|wounded|dead)\b")
        .expect("valid regex");
    let build = build.elapsed();
    let (t_base, counts) = measure(iters, || {
        let (mut sentences, mut words, mut places, mut hits) = (0usize, 0usize, 0usize, 0usize);
        for input in &inputs {
            let text = black_box(input.text.as_str());
            for s in text.unicode_sentences() {
                sentences += 1;
                words += s.unicode_words().count();
            }
            places += ac.find_iter(text).count();
            hits += re.find_iter(text).count();
        }
        (sentences, words, places, hits)
    });

    let rate = |t: Duration| mb / t.as_secs_f64().max(1e-12);
    println!(
        "(a) extraction: {:>10.3} ms  {:>8.2} MB/s  {figures} figures = {:.0} figures/s",
        t_extract.as_secs_f64() * 1e3,
        rate(t_extract),
        figures as f64 / t_extract.as_secs_f64().max(1e-12)
    );
    println!(
        "(a') extraction on {threads} threads: {:>10.3} ms  {:>8.2} MB/s  (speed-up {:.2})",
        t_parallel.as_secs_f64() * 1e3,
        rate(t_parallel),
        t_extract.as_secs_f64() / t_parallel.as_secs_f64().max(1e-12)
    );
    println!(
        "(b) baseline:   {:>10.3} ms  {:>8.2} MB/s  ({} sentences, {} words, {} name hits of {} names, {} regex hits; automata built in {:.1} ms)",
        t_base.as_secs_f64() * 1e3,
        rate(t_base),
        counts.0,
        counts.1,
        counts.2,
        names.len(),
        counts.3,
        build.as_secs_f64() * 1e3
    );
    println!(
        "ratio extraction/baseline throughput: {:.3} (extraction takes {:.2}x the baseline's time)",
        rate(t_extract) / rate(t_base),
        t_extract.as_secs_f64() / t_base.as_secs_f64().max(1e-12)
    );
}
