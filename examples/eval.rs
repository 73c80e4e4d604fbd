//! Measures sitrep on the development data in `../shared/eval/` with the
//! scoring rules of its READMEs: killed totals, places and dates on UCDP GED
//! headlines, governorates on FA-KES articles.
//!
//! ```text
//! cargo run --release --example eval [-- --misses killed|places|dates]
//! ```

use std::path::PathBuf;

use serde_json::Value;
use sitrep::{CasualtyKind, Document, Extractor, Report};

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval")
}

fn rows(name: &str) -> Vec<Value> {
    let path = shared().join(name);
    match std::fs::read_to_string(&path) {
        Ok(s) => s
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect(),
        Err(e) => {
            eprintln!("skipping {}: {e}", path.display());
            Vec::new()
        }
    }
}

fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// The largest per-incident sum of non-cumulative figures of `kind`.
fn total(report: &Report, kind: CasualtyKind) -> Option<u64> {
    report
        .incidents
        .iter()
        .map(|i| {
            i.casualties
                .iter()
                .filter(|c| c.kind == kind && !c.cumulative)
                .filter_map(|c| c.count.map(|n| n.best))
                .sum::<u64>()
        })
        .max()
        .filter(|&n| n > 0)
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        return "n/a".into();
    }
    format!("{:.1}% ({n}/{d})", 100.0 * n as f64 / d as f64)
}

fn main() {
    let misses = std::env::args().skip_while(|a| a != "--misses").nth(1);
    let extractor = Extractor::new();
    let ged = rows("ged_dev.jsonl");
    let (mut with_deaths, mut killed_ok, mut no_deaths, mut none_ok) = (0, 0, 0, 0);
    let (mut prec2, mut near25, mut prec4, mut near100, mut places, mut within250) =
        (0, 0, 0, 0, 0, 0);
    let (mut dated, mut pubonly) = (0, 0);
    for r in &ged {
        let text = r["text"].as_str().unwrap_or("");
        let published = r["published"].as_str().and_then(|p| p.parse().ok());
        let mut doc = Document::new(text);
        doc.published = published;
        let report = extractor.extract(&doc);
        let show = |what: &str| {
            if misses.as_deref() == Some(what) {
                println!("--- {what} {} | {text}", r["id"]);
                println!(
                    "    gold {} | {}",
                    r[match what {
                        "killed" => "killed_best",
                        "places" => "where_description",
                        _ => "date",
                    }],
                    serde_json::to_string(
                        &report
                            .incidents
                            .iter()
                            .map(|i| {
                                (
                                    i.casualties
                                        .iter()
                                        .map(|c| {
                                            (c.kind.as_str(), c.count.map(|n| n.best), c.cumulative)
                                        })
                                        .collect::<Vec<_>>(),
                                    i.places
                                        .iter()
                                        .map(|p| (p.name.clone(), p.country.clone()))
                                        .collect::<Vec<_>>(),
                                    i.date.as_ref().map(|d| {
                                        (
                                            d.start.map(|s| s.to_string()),
                                            d.end.map(|s| s.to_string()),
                                            d.text.clone(),
                                        )
                                    }),
                                )
                            })
                            .collect::<Vec<_>>()
                    )
                    .unwrap_or_default()
                );
            }
        };
        // Killed totals.
        let gold = r["killed_best"].as_u64().unwrap_or(0);
        let got = total(&report, CasualtyKind::Killed);
        if gold > 0 {
            with_deaths += 1;
            if got == Some(gold) {
                killed_ok += 1;
            } else {
                show("killed");
            }
        } else {
            no_deaths += 1;
            if got.is_none() {
                none_ok += 1;
            } else {
                show("killed");
            }
        }
        // Places.
        let point = (
            r["lat"].as_f64().unwrap_or(0.0),
            r["lon"].as_f64().unwrap_or(0.0),
        );
        let prec = r["where_prec"].as_u64().unwrap_or(9);
        let all: Vec<(f64, f64)> = report
            .incidents
            .iter()
            .flat_map(|i| i.places.iter().map(|p| (p.lat, p.lon)))
            .collect();
        let best = all
            .iter()
            .map(|&p| km(p, point))
            .fold(f64::INFINITY, f64::min);
        if prec <= 2 {
            prec2 += 1;
            if best <= 25.0 {
                near25 += 1;
            } else {
                show("places");
            }
        }
        if prec <= 4 {
            prec4 += 1;
            if best <= 100.0 {
                near100 += 1;
            }
        }
        places += all.len();
        within250 += all.iter().filter(|&&p| km(p, point) <= 250.0).count();
        // Dates.
        let start: Option<sitrep::Date> = r["date"].as_str().and_then(|d| d.parse().ok());
        let end: Option<sitrep::Date> = r["date_end"].as_str().and_then(|d| d.parse().ok());
        if let (Some(s), Some(e)) = (start, end) {
            let narrow = report.incidents.iter().filter_map(|i| {
                let d = i.date.as_ref()?;
                let (a, b) = (d.start?, d.end?);
                let days = a.to_string() <= b.to_string() && jiff_days(a, b) <= 2;
                days.then_some((a, b))
            });
            let ok = narrow.clone().next().is_some_and(|(a, b)| a <= e && s <= b);
            if ok {
                dated += 1;
            } else {
                show("dates");
            }
            if published.is_some_and(|p| s <= p && p <= e) {
                pubonly += 1;
            }
        }
    }
    println!("GED dev ({} events)", ged.len());
    println!(
        "  killed total exact, events with deaths: {}",
        pct(killed_ok, with_deaths)
    );
    println!(
        "  no killed figure, events without deaths: {}",
        pct(none_ok, no_deaths)
    );
    println!(
        "  a place within 25 km (where_prec <= 2): {}",
        pct(near25, prec2)
    );
    println!(
        "  a place within 100 km (where_prec <= 4): {}",
        pct(near100, prec4)
    );
    println!(
        "  reported places within 250 km: {}",
        pct(within250, places)
    );
    println!(
        "  first incident date (<= 3 days) overlaps: {}",
        pct(dated, ged.len())
    );
    println!(
        "  publication date alone overlaps: {}",
        pct(pubonly, ged.len())
    );

    // FA-KES: governorate of the main event.
    let capitals: &[(&str, (f64, f64))] = &[
        ("aleppo", (36.20, 37.16)),
        ("damascus", (33.51, 36.29)),
        ("idlib", (35.93, 36.63)),
        ("deir ezzor", (35.33, 40.14)),
        ("hasakeh", (36.50, 40.75)),
        ("raqqa", (35.95, 39.01)),
        ("homs", (34.73, 36.71)),
        ("hama", (35.13, 36.75)),
        ("lattakia", (35.52, 35.78)),
        ("daraa", (32.62, 36.10)),
        ("tartous", (34.89, 35.89)),
        ("quneitra", (33.13, 35.82)),
        ("suwayda", (32.71, 36.57)),
    ];
    let fakes = rows("fakes_dev.jsonl");
    let (mut labelled, mut located, mut reported, mut far) = (0, 0, 0, 0);
    let (mut docs_with_incidents, mut figures) = (0, 0);
    for r in &fakes {
        let text = r["text"].as_str().unwrap_or("");
        let mut doc = Document::new(text);
        doc.published = r["published"].as_str().and_then(|p| p.parse().ok());
        let report = extractor.extract(&doc);
        docs_with_incidents += usize::from(!report.incidents.is_empty());
        figures += report
            .incidents
            .iter()
            .map(|i| i.casualties.len())
            .sum::<usize>();
        let label = r["location"].as_str().unwrap_or("");
        let Some((_, cap)) = capitals.iter().find(|(n, _)| *n == label) else {
            continue;
        };
        labelled += 1;
        let pts: Vec<(f64, f64, String)> = report
            .incidents
            .iter()
            .flat_map(|i| i.places.iter().map(|p| (p.lat, p.lon, p.country.clone())))
            .collect();
        reported += pts.len();
        far += pts
            .iter()
            .filter(|p| km((p.0, p.1), (33.5, 38.5)) > 800.0)
            .count();
        // The nearest capital decides the governorate of a place.
        let gov = |p: (f64, f64)| {
            capitals
                .iter()
                .min_by(|a, b| km(a.1, p).total_cmp(&km(b.1, p)))
                .map(|c| c.0)
        };
        if pts
            .iter()
            .any(|p| gov((p.0, p.1)) == Some(label) && km((p.0, p.1), *cap) < 150.0)
        {
            located += 1;
        } else if misses.as_deref() == Some("fakes") {
            println!("--- {label} | {}", &text[..text.len().min(300)]);
            println!(
                "    {:?}",
                report
                    .incidents
                    .iter()
                    .flat_map(|i| i.places.iter().map(|p| p.name.clone()))
                    .collect::<Vec<_>>()
            );
        }
    }
    println!("FA-KES dev ({} articles)", fakes.len());
    println!(
        "  a place in the labelled governorate: {}",
        pct(located, labelled)
    );
    println!(
        "  reported places far outside Syria (> 800 km): {}",
        pct(far, reported)
    );
    println!(
        "  articles with incidents: {}",
        pct(docs_with_incidents, fakes.len())
    );
    println!("  figures: {figures}");
}

fn jiff_days(a: sitrep::Date, b: sitrep::Date) -> i64 {
    let days = |d: sitrep::Date| {
        // Days from civil (Howard Hinnant's algorithm).
        let (y, m, d) = (d.year() as i64, d.month() as i64, d.day() as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe
    };
    days(b) - days(a)
}
