//! Runs the `extract` example on good and bad input and checks its output
//! lines and exit status.
//!
//! The example is built once per test run with `cargo build --example
//! extract` (same cargo, same target directory and profile as this test), so
//! the tests also work under `cargo test --test cli` and never run a stale
//! binary.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// The path of the freshly built `extract` example.
fn extract_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        // This test binary lives in <target>/<profile>/deps/.
        let exe = std::env::current_exe().expect("test executable path");
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("test binary in <target>/<profile>/deps")
            .to_path_buf();
        let target_dir = profile_dir.parent().expect("target dir").to_path_buf();
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args([
            "build",
            "--quiet",
            "--example",
            "extract",
            "--manifest-path",
        ])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir);
        if profile_dir.file_name().is_some_and(|n| n == "release") {
            cmd.arg("--release");
        }
        let out = cmd.output().expect("run cargo build --example extract");
        assert!(
            out.status.success(),
            "cargo build --example extract failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bin = profile_dir
            .join("examples")
            .join(format!("extract{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.exists(), "{} not found after build", bin.display());
        bin
    })
}

/// A scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(extract_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn extract");
    {
        let mut input = child.stdin.take().expect("stdin");
        // The child may exit before reading (usage errors): ignore EPIPE.
        let _ = input.write_all(stdin);
    }
    child.wait_with_output().expect("wait for extract")
}

fn run_path(args: &[&Path]) -> Output {
    let args: Vec<&str> = args
        .iter()
        .map(|p| p.to_str().expect("utf-8 path"))
        .collect();
    run(&args, b"")
}

/// The output lines, each parsed as JSON.
fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    let stdout = String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8");
    stdout
        .lines()
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("output line {l:?} is not JSON: {e}"))
        })
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Whether a line is a report (has `incidents`, no `error`).
fn is_report(v: &serde_json::Value) -> bool {
    v.get("incidents").is_some_and(|i| i.is_array()) && v.get("error").is_none()
}

fn is_error(v: &serde_json::Value) -> bool {
    v.get("error").is_some_and(|e| e.is_string()) && v.get("id").is_some()
}

#[test]
fn jsonl_bad_lines_keep_their_place() {
    let dir = scratch("badlines");
    let path = dir.join("batch.jsonl");
    let mut data = Vec::new();
    data.extend_from_slice(
        br#"{"id": "good-1", "text": "Three civilians were killed in an air strike on Idlib on Monday.", "published": "2019-05-07"}"#,
    );
    data.push(b'\n');
    data.extend_from_slice(b"{\"id\": \"broken\", \"text\": \n"); // malformed
    data.extend_from_slice(b"{\"id\": \"latin1\", \"text\": \"caf\xe9\"}\n"); // invalid UTF-8
    data.extend_from_slice(b"{\"id\": \"notext\", \"title\": \"x\"}\n");
    data.extend_from_slice(b"{\"id\": \"numtext\", \"text\": 42}\n");
    data.extend_from_slice(b"{\"id\": \"baddate\", \"text\": \"x\", \"published\": \"5 May\"}\n");
    data.extend_from_slice(b"\n"); // blank line
    data.extend_from_slice(
        br#"{"id": "good-2", "text": "No one was hurt.", "published": null, "extra": [1, 2]}"#,
    );
    data.extend_from_slice(b"\r\n");
    std::fs::write(&path, &data).expect("write batch");

    let out = run(&["--jsonl", "--threads", "2", path.to_str().unwrap()], b"");
    let lines = json_lines(&out);
    let ids: Vec<_> = lines.iter().map(|l| l["id"].clone()).collect();
    assert_eq!(lines.len(), 8, "one output line per input line: {lines:#?}");
    assert_eq!(out.status.code(), Some(1), "bad lines give exit 1");
    assert!(is_report(&lines[0]), "{}", lines[0]);
    assert_eq!(lines[0]["id"], "good-1");
    assert!(is_report(&lines[7]), "{}", lines[7]);
    assert_eq!(lines[7]["id"], "good-2");
    for (i, want_id) in [
        (1, format!("{}:2", path.display())),
        (2, "latin1".to_string()),
        (3, "notext".to_string()),
        (4, "numtext".to_string()),
        (5, "baddate".to_string()),
        (6, format!("{}:7", path.display())),
    ] {
        assert!(is_error(&lines[i]), "line {}: {}", i + 1, lines[i]);
        assert_eq!(lines[i]["id"], want_id.as_str(), "ids: {ids:?}");
    }
    let err = stderr(&out);
    for n in 2..=7 {
        let loc = format!("{}:{n}: ", path.display());
        assert!(err.contains(&loc), "stderr names {loc:?}:\n{err}");
    }
    assert!(!err.contains(":1: "), "good line 1 reported as bad:\n{err}");
}

#[test]
fn jsonl_from_stdin_in_order_on_many_threads() {
    let mut input = String::new();
    for i in 0..200 {
        input.push_str(&format!(
            "{{\"id\": \"d{i}\", \"text\": \"{i} people were killed in Homs.\"}}\n"
        ));
    }
    for threads in ["1", "3"] {
        let out = run(&["--jsonl", "--threads", threads], input.as_bytes());
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let lines = json_lines(&out);
        assert_eq!(lines.len(), 200);
        for (i, l) in lines.iter().enumerate() {
            assert!(is_report(l), "{l}");
            assert_eq!(l["id"], format!("d{i}").as_str(), "order kept");
        }
    }
}

#[test]
fn seeds_as_jsonl_give_five_reports() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&seeds) else {
        println!("skipped: {} not found", seeds.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut input = String::new();
    for p in &paths {
        let text = std::fs::read_to_string(p).expect("seed is UTF-8");
        let id = p.file_stem().unwrap().to_string_lossy();
        let line = serde_json::json!({"id": id, "text": text, "published": null});
        input.push_str(&line.to_string());
        input.push('\n');
    }
    let out = run(&["--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), paths.len());
    assert_eq!(lines.len(), 5, "five seeds");
    for (l, p) in lines.iter().zip(&paths) {
        assert!(is_report(l), "{l}");
        assert_eq!(
            l["id"].as_str(),
            p.file_stem().and_then(|s| s.to_str()),
            "ids in order"
        );
        // Reports deserialise back into the library's type.
        let _: sitrep::Report = serde_json::from_value(l.clone()).expect("a Report");
    }
}

#[test]
fn plain_files_stdin_empty_and_binary() {
    let dir = scratch("plain");
    let good = dir.join("idlib-report.txt");
    std::fs::write(
        &good,
        "Four civilians were killed and nine wounded when shells hit a market in Idlib on Tuesday.\n",
    )
    .unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let binary = dir.join("image.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"line one\nDeir ez-Zor caf\xe9\n").unwrap();
    let missing = dir.join("missing.txt");

    let out = run_path(&[&good, &empty, &binary, &latin1, &missing]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 5, "one line per file: {lines:#?}");
    assert!(is_report(&lines[0]));
    assert_eq!(lines[0]["id"], "idlib-report", "id = file stem");
    for (i, id) in [(1, "empty"), (2, "image"), (3, "latin1"), (4, "missing")] {
        assert!(is_error(&lines[i]), "{}", lines[i]);
        assert_eq!(lines[i]["id"], id);
    }
    let err = stderr(&out);
    assert!(err.contains(&format!("{}:1: ", empty.display())), "{err}");
    assert!(err.contains(&format!("{}:2: ", latin1.display())), "{err}");
    assert!(err.contains(&format!("{}:", binary.display())), "{err}");
    assert!(err.contains(&missing.display().to_string()), "{err}");

    // Only good files: exit 0.
    let out = run_path(&[&good]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    // `-` and no file read one article from stdin, id null.
    for args in [&["-"][..], &[][..], &["--published", "2019-05-07"][..]] {
        let out = run(args, "Two soldiers were killed near Homs.".as_bytes());
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        let lines = json_lines(&out);
        assert_eq!(lines.len(), 1, "{args:?}");
        assert!(is_report(&lines[0]));
        assert!(lines[0]["id"].is_null());
    }
    // An empty stdin is an empty article.
    let out = run(&["-"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(is_error(&json_lines(&out)[0]));
}

#[test]
fn pretty_output_is_one_json_value_per_document() {
    let out = run(&["--pretty"], b"Five fighters were killed in Raqqa.");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\n  \"incidents\""), "indented: {text}");
    let v: serde_json::Value = serde_json::from_str(&text).expect("one JSON value");
    assert!(is_report(&v));
}

#[test]
fn usage_errors_exit_2() {
    let cases: &[&[&str]] = &[
        &["--no-such-flag"],
        &["--published", "2019-02-30", "-"],
        &["--published", "yesterday"],
        &["--published"],
        &["--threads", "0"],
        &["--threads", "many"],
        &["--gazetteer", "/nonexistent/places.tsv", "-"],
    ];
    for args in cases {
        let out = run(args, b"One man was killed.");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}: no output on usage error");
        assert!(stderr(&out).starts_with("extract: "), "{args:?}");
    }
    let out = run(&["--help"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("--jsonl"));
}

#[test]
fn huge_article_is_read() {
    let dir = scratch("huge");
    let path = dir.join("huge.txt");
    // About 1 MB in one paragraph: the whole path through the library, kept
    // small because `cargo test` runs a debug build. The 50 MB inputs below
    // exercise the command's own reading at full size.
    let sentence = "Seven civilians were killed when shells hit the town of Maarat al-Numan. ";
    let text = sentence.repeat(1_000_000 / sentence.len());
    std::fs::write(&path, &text).unwrap();
    let out = run_path(&[&path]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    assert!(is_report(&lines[0]));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn fifty_megabyte_inputs_are_read_in_linear_time() {
    let dir = scratch("fifty");
    let line = "Seven civilians were killed when shells hit the town of Maarat al-Numan.\n";
    let body = line.repeat(50_000_000 / line.len());
    let lines_in_body = body.matches('\n').count();

    // A 50 MB article whose last line holds a NUL byte: read, scanned and
    // refused with the right line number, and no document lost.
    let binary = dir.join("binary.txt");
    let mut data = body.clone().into_bytes();
    data.extend_from_slice(b"trailing\0junk\n");
    std::fs::write(&binary, &data).unwrap();
    // A 50 MB JSON line whose text is not closed, then a good line.
    let jsonl = dir.join("big.jsonl");
    let mut data = br#"{"id": "big", "text": ""#.to_vec();
    data.extend_from_slice(body.replace('\n', " ").as_bytes());
    data.extend_from_slice(b"\n{\"id\": \"small\", \"text\": \"One man was killed.\"}\n");
    std::fs::write(&jsonl, &data).unwrap();
    drop(data);

    let started = std::time::Instant::now();
    let out = run_path(&[&binary]);
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    assert!(
        is_error(&lines[0]) && lines[0]["id"] == "binary",
        "{}",
        lines[0]
    );
    let want = format!("{}:{}: binary data", binary.display(), lines_in_body + 1);
    assert!(stderr(&out).contains(&want), "{want} in {}", stderr(&out));

    let out = run(&["--jsonl", jsonl.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert!(is_error(&lines[0]), "{}", lines[0]);
    assert!(
        is_report(&lines[1]) && lines[1]["id"] == "small",
        "{}",
        lines[1]
    );
    let elapsed = started.elapsed();
    // Generous: linear work on 100 MB takes a few seconds even unoptimised.
    assert!(elapsed.as_secs() < 120, "took {elapsed:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn gazetteer_files_add_places_and_bad_ones_are_usage_errors() {
    let dir = scratch("gazetteer");
    let good = dir.join("places.tsv");
    std::fs::write(
        &good,
        "# a custom place\nsitrep:test-farm\tvillage\tSY\tIdlib\t35.70\t36.60\t0\tKhirbet Zaytuna\tZaytouna\n",
    )
    .unwrap();
    let out = run(
        &["--gazetteer", good.to_str().unwrap(), "-"],
        b"Three civilians were killed in shelling on Khirbet Zaytuna on Monday.",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let reports = json_lines(&out);
    let ids: Vec<&str> = reports[0]["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| i["places"].as_array().unwrap())
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert!(ids.contains(&"sitrep:test-farm"), "{ids:?}");

    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, "sitrep:x\tvillage\tSY\n").unwrap();
    let out = run(&["--gazetteer", bad.to_str().unwrap(), "-"], b"x");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("bad.tsv:1:"), "{}", stderr(&out));
}

#[test]
fn merge_joins_reports_of_one_event() {
    let batch = concat!(
        r#"{"id": "a", "published": "2019-05-08", "text": "Five civilians were killed in shelling on Ariha in Idlib province on Tuesday, SANA said."}"#,
        "\n",
        r#"{"id": "b", "published": "2019-05-08", "text": "Six civilians died when shells hit Ariha in Idlib on Tuesday, the Syrian Observatory for Human Rights said."}"#,
        "\n",
        r#"{"id": "c", "published": "2019-05-08", "text": "Two soldiers were killed in an ambush near Azaz on Tuesday."}"#,
        "\n",
    );
    let out = run(&["--jsonl", "--merge"], batch.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let incidents = json_lines(&out);
    let reports: Vec<Vec<&str>> = incidents
        .iter()
        .map(|i| {
            i["reports"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|r| r.as_str())
                .collect()
        })
        .collect();
    assert!(reports.contains(&vec!["a", "b"]), "{reports:?}");
    assert!(reports.contains(&vec!["c"]), "{reports:?}");
}
