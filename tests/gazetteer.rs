//! The built-in gazetteer on the seed articles and the development data in
//! ../shared (skipped with a message when it is absent).
//!
//! Measurements (ignored tests, run with `--release -- --ignored --nocapture`):
//! `build_time`, `ged_dev_places`, `dump_fakes`.

use sitrep::gazetteer::{distance_km, Gazetteer};
use sitrep::segment;
use sitrep::Place;
use std::path::{Path, PathBuf};

fn shared() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cand = root.join("../shared");
    if cand.join("gold/seeds.json").exists() {
        return Some(cand);
    }
    eprintln!("skipped: ../shared (seeds, gold, eval) is absent");
    None
}

fn places_of(text: &str) -> Vec<Place> {
    let sentences = segment::sentences(text);
    Gazetteer::builtin().places(text, &sentences)
}

#[test]
fn seeds_required_places_are_found() {
    let Some(shared) = shared() else { return };
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(shared.join("gold/seeds.json")).unwrap())
            .unwrap();
    let mut failures = Vec::new();
    for doc in gold["documents"].as_array().unwrap() {
        let file = doc["file"].as_str().unwrap();
        let text = std::fs::read_to_string(shared.join(file)).unwrap();
        let found = places_of(&text);
        if std::env::var("SEEDS_VERBOSE").is_ok() {
            for f in &found {
                println!(
                    "{} {:?} -> {} ({}, {}) rel {:?}",
                    doc["id"],
                    f.span.as_str(&text),
                    f.name,
                    f.country,
                    f.kind.as_str(),
                    f.relation.as_ref().map(|r| (
                        r.span.as_str(&text),
                        &r.direction,
                        r.distance_km,
                        &r.qualifier
                    ))
                );
            }
        }
        for p in doc["places"].as_array().unwrap() {
            if !p["required"].as_bool().unwrap_or(false) {
                continue;
            }
            let names: Vec<&str> = p["names"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|n| n.as_str())
                .collect();
            let kind = p["kind"].as_str().unwrap_or("");
            let ok = match (p["lat"].as_f64(), p["lon"].as_f64()) {
                (Some(lat), Some(lon)) => found
                    .iter()
                    .any(|f| distance_km(lat, lon, f.lat, f.lon) <= 25.0),
                _ => found.iter().any(|f| {
                    f.kind.as_str() == kind
                        && names.iter().any(|n| {
                            sitrep::gazetteer::fold_name(n) == sitrep::gazetteer::fold_name(&f.name)
                                || sitrep::gazetteer::fold_name(n)
                                    == sitrep::gazetteer::fold_name(f.span.as_str(&text))
                        })
                }),
            };
            if !ok {
                failures.push(format!(
                    "{}: {:?} not found; got {:?}",
                    doc["id"],
                    names,
                    found
                        .iter()
                        .map(|f| format!("{}={} ({})", f.span.as_str(&text), f.name, f.country))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn seeds_stay_in_syria_and_iraq() {
    let Some(shared) = shared() else { return };
    let mut failures = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(shared.join("seeds"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for p in places_of(&text) {
            // Countries the article names (Libya in a related link) are
            // where the article puts them; every other place must be in
            // Syria or Iraq.
            if p.country != "SY" && p.country != "IQ" && p.kind != sitrep::PlaceKind::Country {
                failures.push(format!(
                    "{}: {:?} -> {} {} ({:?})",
                    path.display(),
                    p.span.as_str(&text),
                    p.name,
                    p.country,
                    p.kind
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[ignore = "measurement: run with --release -- --ignored --nocapture"]
fn build_time() {
    // The first use in the process builds the built-in gazetteer (this
    // test must run alone: `cargo test --release --test gazetteer
    // build_time -- --ignored --nocapture`).
    let t = std::time::Instant::now();
    let g = Gazetteer::builtin();
    println!(
        "built-in gazetteer: {:?} for {} places",
        t.elapsed(),
        g.len()
    );
    let t = std::time::Instant::now();
    let copy = Gazetteer::builder().build().unwrap();
    println!(
        "builder().build() (reparse, copy): {:?} for {} places",
        t.elapsed(),
        copy.len()
    );
    let Some(shared) = shared() else { return };
    let text = std::fs::read_to_string(shared.join("seeds/004_f9e0462914e4000a.txt")).unwrap();
    let sentences = segment::sentences(&text);
    let n = 200;
    let t = std::time::Instant::now();
    let mut total = 0;
    for _ in 0..n {
        total += g.places(&text, &sentences).len();
    }
    println!(
        "matching a {} byte article: {:?} per article ({} places)",
        text.len(),
        t.elapsed() / n,
        total / n as usize
    );
}

fn jsonl(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
#[ignore = "measurement: run with --release -- --ignored --nocapture"]
fn ged_dev_places() {
    let Some(shared) = shared() else { return };
    let rows = jsonl(&shared.join("eval/ged_dev.jsonl"));
    let (mut n2, mut hit2, mut n4, mut hit4) = (0, 0, 0, 0);
    let (mut reported, mut near) = (0, 0);
    let (mut reported_local, mut near_local) = (0, 0);
    let verbose = std::env::var("GED_VERBOSE").is_ok();
    for r in &rows {
        let text = r["text"].as_str().unwrap_or("");
        let (Some(lat), Some(lon)) = (r["lat"].as_f64(), r["lon"].as_f64()) else {
            continue;
        };
        let prec = r["where_prec"].as_i64().unwrap_or(9);
        let found = places_of(text);
        let best = found
            .iter()
            .map(|p| distance_km(lat, lon, p.lat, p.lon))
            .fold(f64::INFINITY, f64::min);
        if prec <= 2 {
            n2 += 1;
            hit2 += (best <= 25.0) as usize;
        }
        if prec <= 4 {
            n4 += 1;
            hit4 += (best <= 100.0) as usize;
        }
        for p in &found {
            reported += 1;
            let d = distance_km(lat, lon, p.lat, p.lon);
            if !matches!(p.kind, sitrep::PlaceKind::Country) {
                reported_local += 1;
                near_local += (d <= 250.0) as usize;
            }
            if d <= 250.0 {
                near += 1;
            } else if verbose {
                println!(
                    "FAR {:>6.0} km  {:?} -> {} ({}, {:?})  [{}]",
                    d,
                    p.span.as_str(text),
                    p.name,
                    p.country,
                    p.kind,
                    r["location_name"]
                );
            }
        }
        if verbose && prec <= 2 && best > 25.0 {
            println!(
                "MISS prec {} {:?} ({}) in {:?}: got {:?}",
                prec,
                r["location_name"],
                r["country"],
                text,
                found.iter().map(|p| &p.name).collect::<Vec<_>>()
            );
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "where_prec<=2 within 25 km: {}/{} = {:.1}%",
        hit2,
        n2,
        pct(hit2, n2)
    );
    println!(
        "where_prec<=4 within 100 km: {}/{} = {:.1}%",
        hit4,
        n4,
        pct(hit4, n4)
    );
    println!(
        "reported places within 250 km: {}/{} = {:.1}%",
        near,
        reported,
        pct(near, reported)
    );
    println!(
        "reported places other than countries within 250 km: {}/{} = {:.1}%",
        near_local,
        reported_local,
        pct(near_local, reported_local)
    );
}

#[test]
#[ignore = "inspection: prints every match on fakes_dev"]
fn dump_fakes() {
    let Some(shared) = shared() else { return };
    let rows = jsonl(&shared.join("eval/fakes_dev.jsonl"));
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    for r in &rows {
        let text = r["text"].as_str().unwrap_or("");
        for p in places_of(text) {
            if std::env::var("REL").is_ok() {
                if let Some(r) = &p.relation {
                    println!(
                        "REL {:?} + {:?} -> dir {:?} km {:?} q {:?}",
                        r.span.as_str(text),
                        p.span.as_str(text),
                        r.direction,
                        r.distance_km,
                        r.qualifier
                    );
                }
                continue;
            }
            *counts
                .entry(format!(
                    "{} -> {} ({}, {})",
                    p.span.as_str(text),
                    p.name,
                    p.country,
                    p.kind.as_str()
                ))
                .or_default() += 1;
        }
    }
    for (k, v) in counts {
        println!("{v:>4} {k}");
    }
}

#[test]
#[ignore = "robustness: every slice of the development texts"]
fn no_panic_on_slices() {
    let Some(shared) = shared() else { return };
    let g = Gazetteer::builtin();
    for name in ["eval/fakes_dev.jsonl", "eval/ged_dev.jsonl"] {
        for r in jsonl(&shared.join(name)).iter().take(60) {
            let text = r["text"].as_str().unwrap_or("");
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .step_by(29)
                .collect();
            for &a in &bounds {
                for &b in bounds.iter().filter(|&&b| b > a).take(4) {
                    let s = &text[a..b];
                    for p in g.find(s) {
                        assert!(s.is_char_boundary(p.span.start) && s.is_char_boundary(p.span.end));
                        if let Some(r) = &p.relation {
                            assert!(
                                s.is_char_boundary(r.span.start) && s.is_char_boundary(r.span.end)
                            );
                        }
                    }
                }
            }
        }
    }
}
