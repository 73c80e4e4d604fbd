//! `extract`: reads conflict news articles and writes their incidents as JSON
//! Lines, one line per document.
//!
//! ```text
//! extract [OPTIONS] [FILE...]          each FILE is one article (id = file stem);
//!                                      no FILE or `-` reads one article from stdin
//! extract --jsonl [OPTIONS] [FILE...]  JSON Lines {"id", "text", "published"}; one
//!                                      output line per input line, in input order
//! ```
//!
//! Bad input never stops the run and never loses a document: each bad document
//! or line gives a `path:line: message` on stderr and a line
//! `{"id": ..., "error": "..."}` in its place. Exit status: 0 all input read,
//! 1 some input was bad, 2 usage error. Run with `--help` for the options.

use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use sitrep::gazetteer::{Gazetteer, GazetteerBuilder};
use sitrep::{Date, Document, Extractor, Report};

const USAGE: &str = "\
extract: reads conflict news and writes its incidents as JSON Lines

USAGE:
    extract [OPTIONS] [FILE...]
    extract --jsonl [OPTIONS] [FILE...]

Without --jsonl each FILE is one article (UTF-8 text; its id is the file
stem); `-` or no FILE reads one article from standard input (id null).
With --jsonl each input line is a JSON object {\"id\": \"...\", \"text\": \"...\",
\"published\": \"YYYY-MM-DD\"} (`published` may be absent or null, other fields
are ignored) read from the FILEs or from standard input; there is exactly one
output line per input line, in input order.

OPTIONS:
    --jsonl               read JSON Lines instead of plain-text articles
    --published DATE      publication date (YYYY-MM-DD) of plain-text articles,
                          and of JSON lines that give none
    --gazetteer PATH      add the places of a gazetteer file (repeatable)
    --threads N           worker threads (default: all cores)
    --pretty              indent the JSON output (several lines per document)
    --merge               merge the incidents of all documents that report the
                          same event; print one merged incident per line
                          (with the ids of its reports) instead of reports
    -h, --help            print this help

OUTPUT:
    one Report per document: {\"id\": ..., \"incidents\": [...]}, or
    {\"id\": ..., \"error\": \"...\"} for a document that could not be read
    (the message is also printed on stderr as `path:line: message`).

EXIT STATUS:
    0 every document was read, 1 some input was bad (the run went on),
    2 usage error (unknown option, bad --published or --threads, unusable
    --gazetteer).
";

/// Command-line options.
#[derive(Debug, Default)]
struct Options {
    jsonl: bool,
    published: Option<Date>,
    gazetteers: Vec<PathBuf>,
    threads: Option<usize>,
    pretty: bool,
    merge: bool,
    files: Vec<String>,
}

/// What the command line asks for.
enum Command {
    Run(Options),
    Help,
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut o = Options::default();
    let mut args = args.into_iter();
    let mut only_files = false;
    while let Some(arg) = args.next() {
        if only_files || arg == "-" || !arg.starts_with('-') {
            o.files.push(arg);
            continue;
        }
        if arg == "--" {
            only_files = true;
            continue;
        }
        // `--name=value` or `--name value`.
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--jsonl" => o.jsonl = true,
            "--pretty" => o.pretty = true,
            "--merge" => o.merge = true,
            "--published" => {
                let v = value("--published")?;
                o.published = Some(v.parse::<Date>().map_err(|e| format!("--published: {e}"))?);
            }
            "--gazetteer" => o.gazetteers.push(PathBuf::from(value("--gazetteer")?)),
            "--threads" => {
                let v = value("--threads")?;
                match v.parse::<usize>() {
                    Ok(n) if n >= 1 => o.threads = Some(n),
                    _ => return Err(format!("--threads: expected a number >= 1, got {v:?}")),
                }
            }
            _ => return Err(format!("unknown option {arg:?}")),
        }
        if inline.is_some() && matches!(name.as_str(), "--jsonl" | "--pretty" | "--merge") {
            return Err(format!("{name} takes no value"));
        }
    }
    Ok(Command::Run(o))
}

/// The gazetteer asked for with `--gazetteer`, or `None` for the built-in one.
///
/// This build of sitrep has no gazetteer builder yet, so any path is refused
/// with an error (a usage error for the command line).
fn load_gazetteer(paths: &[PathBuf]) -> Result<Option<Gazetteer>, sitrep::Error> {
    if paths.is_empty() {
        return Ok(None);
    }
    let mut builder = GazetteerBuilder::new();
    for path in paths {
        match GazetteerFormat::sniff(path) {
            GazetteerFormat::GeoNames => builder.geonames_file(path),
            GazetteerFormat::AlternateNames => builder.alternate_names_file(path),
            GazetteerFormat::Tsv => builder.tsv_file(path),
        };
    }
    builder.build().map(Some)
}

/// The format of a gazetteer file, told from its first data line: a GeoNames
/// dump has 19 columns; `alternateNamesV2.txt` starts with two numeric ids;
/// anything else is read as sitrep's own TSV (`id kind country admin1 lat lon
/// population name alternates`). An unreadable file is left to the loader,
/// which reports it.
enum GazetteerFormat {
    GeoNames,
    AlternateNames,
    Tsv,
}

impl GazetteerFormat {
    fn sniff(path: &Path) -> GazetteerFormat {
        let Ok(file) = std::fs::File::open(path) else {
            return GazetteerFormat::Tsv;
        };
        let first = BufReader::new(file)
            .lines()
            .map_while(Result::ok)
            .find(|l| !l.trim().is_empty() && !l.starts_with('#'));
        let Some(line) = first else {
            return GazetteerFormat::Tsv;
        };
        let cols: Vec<&str> = line.split('\t').collect();
        let numeric = |s: &&str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if cols.len() == 19 {
            GazetteerFormat::GeoNames
        } else if cols.len() >= 4 && cols.iter().take(2).all(numeric) {
            GazetteerFormat::AlternateNames
        } else {
            GazetteerFormat::Tsv
        }
    }
}

/// One document to extract, or the reason it cannot be.
struct Item {
    /// `path:line` for messages.
    loc: String,
    /// The id to write (for errors too, when it could be read).
    id: Option<String>,
    body: Result<(String, Option<Date>), String>,
}

/// The output line (without newline) of one item, and the error message
/// if it was bad.
fn process(extractor: &Extractor, item: &Item, pretty: bool) -> (String, Option<String>) {
    match &item.body {
        Ok((text, published)) => {
            let doc = Document {
                id: item.id.clone(),
                text,
                published: *published,
            };
            let report: Report = extractor.extract(&doc);
            let json = if pretty {
                serde_json::to_string_pretty(&report)
            } else {
                serde_json::to_string(&report)
            };
            match json {
                Ok(line) => (line, None),
                Err(e) => {
                    let message = format!("cannot write JSON: {e}");
                    (error_line(&item.id, &message), Some(message))
                }
            }
        }
        Err(message) => (error_line(&item.id, message), Some(message.clone())),
    }
}

/// The output line of a document that could not be read.
#[derive(serde::Serialize)]
struct ErrorLine<'a> {
    id: &'a Option<String>,
    error: &'a str,
}

fn error_line(id: &Option<String>, message: &str) -> String {
    serde_json::to_string(&ErrorLine { id, error: message })
        .unwrap_or_else(|_| r#"{"id":null,"error":"unprintable error"}"#.to_string())
}

/// Reads one plain-text article (a file, or stdin for `-`).
fn read_article(path: &str, published: Option<Date>) -> Item {
    let (label, id, bytes) = if path == "-" {
        let mut buf = Vec::new();
        let r = io::stdin().lock().read_to_end(&mut buf).map(|_| buf);
        ("<stdin>".to_string(), None, r)
    } else {
        let stem = Path::new(path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned());
        (path.to_string(), stem, std::fs::read(path))
    };
    let body = match bytes {
        Err(e) => Err((0, format!("cannot read: {e}"))),
        Ok(b) => check_text(b),
    };
    match body {
        Ok(text) => Item {
            loc: format!("{label}:1"),
            id,
            body: Ok((text, published)),
        },
        Err((line, message)) => Item {
            loc: if line == 0 {
                label
            } else {
                format!("{label}:{line}")
            },
            id,
            body: Err(message),
        },
    }
}

/// The text of an article file, or the 1-based line and message of what is
/// wrong with it.
fn check_text(bytes: Vec<u8>) -> Result<String, (usize, String)> {
    let line_of = |b: &[u8], at: usize| 1 + b[..at].iter().filter(|&&c| c == b'\n').count();
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err((1, "empty article".to_string()));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err((
            line_of(&bytes, at),
            format!("binary data (NUL byte at offset {at})"),
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        (
            line_of(e.as_bytes(), at),
            format!("invalid UTF-8 at byte offset {at}"),
        )
    })
}

/// Reads one JSON Lines line (without its newline).
fn read_json_line(label: &str, n: usize, raw: &[u8], default_published: Option<Date>) -> Item {
    let loc = format!("{label}:{n}");
    let fallback_id = Some(loc.clone());
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    // A byte-order mark opens some files written on Windows.
    let raw = if n == 1 {
        raw.strip_prefix("\u{feff}".as_bytes()).unwrap_or(raw)
    } else {
        raw
    };
    if raw.iter().all(|b| b.is_ascii_whitespace()) {
        return Item {
            loc,
            id: fallback_id,
            body: Err("blank line".to_string()),
        };
    }
    let (line, utf8_error) = match std::str::from_utf8(raw) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), None),
        Err(e) => (
            String::from_utf8_lossy(raw),
            Some(format!("invalid UTF-8 at byte offset {}", e.valid_up_to())),
        ),
    };
    let value: serde_json::Value = match serde_json::from_str(&line) {
        Ok(v) => v,
        Err(e) => {
            let message = utf8_error.unwrap_or_else(|| format!("malformed JSON: {e}"));
            return Item {
                loc,
                id: fallback_id,
                body: Err(message),
            };
        }
    };
    let Some(obj) = value.as_object() else {
        return Item {
            loc,
            id: fallback_id,
            body: Err("expected a JSON object".to_string()),
        };
    };
    let id = match obj.get("id") {
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let error = |message: String| Item {
        loc: loc.clone(),
        id: id.clone().or_else(|| fallback_id.clone()),
        body: Err(message),
    };
    if let Some(message) = utf8_error {
        return error(message);
    }
    match obj.get("text") {
        Some(serde_json::Value::String(_)) => {}
        Some(_) => return error("field \"text\" is not a string".to_string()),
        None => return error("missing field \"text\"".to_string()),
    }
    let published = match obj.get("published") {
        None | Some(serde_json::Value::Null) => default_published,
        Some(serde_json::Value::String(s)) => match s.parse::<Date>() {
            Ok(d) => Some(d),
            Err(e) => return error(format!("bad \"published\": {e}")),
        },
        Some(_) => return error("field \"published\" is not a string".to_string()),
    };
    // Take the text out of the parsed value: no second copy of a huge text.
    let text = match value {
        serde_json::Value::Object(mut m) => match m.remove("text") {
            Some(serde_json::Value::String(s)) => s,
            _ => String::new(),
        },
        _ => String::new(),
    };
    Item {
        loc,
        id,
        body: Ok((text, published)),
    }
}

/// A JSON Lines input, or why it cannot be opened.
type Input<'a> = Result<Box<dyn BufRead + 'a>, String>;

/// Where the documents come from.
enum Source<'a> {
    /// Plain-text files, one article each.
    Articles { paths: &'a [String], next: usize },
    /// JSON Lines from several readers in turn.
    Lines {
        inputs: Vec<(Arc<str>, Input<'a>)>,
        current: usize,
        line: usize,
    },
}

/// One unit of work, as cheap to cut off the input as possible: reading,
/// decoding and parsing happen on the worker threads.
enum Job {
    /// A plain-text article to read: a path, or `-` for stdin.
    Article(String),
    /// One raw JSON line (newline removed) with its file and 1-based number.
    Line {
        label: Arc<str>,
        n: usize,
        raw: Vec<u8>,
    },
    /// An input that failed before a document could be cut from it.
    Failed(Item),
}

impl Job {
    /// Reads the job's document.
    fn item(&self, published: Option<Date>) -> Item {
        match self {
            Job::Article(path) => read_article(path, published),
            Job::Line { label, n, raw } => read_json_line(label, *n, raw, published),
            Job::Failed(item) => Item {
                loc: item.loc.clone(),
                id: item.id.clone(),
                body: item.body.clone(),
            },
        }
    }
}

/// Counts of what was read, for the progress display.
#[derive(Default)]
struct Progress {
    docs: usize,
    bytes: u64,
    total_bytes: Option<u64>,
    shown: Option<Instant>,
    start: Option<Instant>,
}

impl Progress {
    fn show(&mut self, force: bool) {
        let now = Instant::now();
        let start = *self.start.get_or_insert(now);
        if !force
            && self
                .shown
                .is_some_and(|t| now - t < Duration::from_millis(100))
        {
            return;
        }
        self.shown = Some(now);
        let secs = (now - start).as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        let rate = format!(
            "{:.1} docs/s, {:.2} MB/s",
            self.docs as f64 / secs,
            mb / secs
        );
        let line = match self.total_bytes {
            Some(total) if total > 0 => {
                let frac = (self.bytes as f64 / total as f64).min(1.0);
                let width = 30;
                let filled = (frac * width as f64) as usize;
                format!(
                    "[{}{}] {:5.1}% {} docs, {rate}",
                    "#".repeat(filled),
                    "-".repeat(width - filled),
                    frac * 100.0,
                    self.docs
                )
            }
            _ => format!("{} docs, {mb:.1} MB, {rate}", self.docs),
        };
        let mut err = io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K{line}");
        let _ = err.flush();
    }

    fn finish(&mut self) {
        self.show(true);
        let _ = writeln!(io::stderr());
    }
}

impl Source<'_> {
    /// The next job and the number of input bytes it covers, or `None` at
    /// the end. An I/O error on a line reader ends that input after
    /// reporting it as one bad item.
    fn next_job(&mut self) -> Option<(Job, u64)> {
        match self {
            Source::Articles { paths, next } => {
                let path = paths.get(*next)?;
                *next += 1;
                let size = std::fs::metadata(path).map_or(0, |m| m.len());
                Some((Job::Article(path.clone()), size))
            }
            Source::Lines {
                inputs,
                current,
                line,
            } => loop {
                let (label, input) = inputs.get_mut(*current)?;
                let label = label.clone();
                let reader = match input {
                    Ok(r) => r,
                    Err(message) => {
                        let item = Item {
                            loc: label.to_string(),
                            id: Some(label.to_string()),
                            body: Err(message.clone()),
                        };
                        *current += 1;
                        return Some((Job::Failed(item), 0));
                    }
                };
                let mut raw = Vec::new();
                match reader.read_until(b'\n', &mut raw) {
                    Ok(0) => {
                        *current += 1;
                        *line = 0;
                    }
                    Ok(len) => {
                        *line += 1;
                        if raw.last() == Some(&b'\n') {
                            raw.pop();
                        }
                        let job = Job::Line {
                            label,
                            n: *line,
                            raw,
                        };
                        return Some((job, len as u64));
                    }
                    Err(e) => {
                        let loc = format!("{label}:{}", *line + 1);
                        let item = Item {
                            loc: loc.clone(),
                            id: Some(loc),
                            body: Err(format!("cannot read: {e}")),
                        };
                        *current += 1;
                        *line = 0;
                        return Some((Job::Failed(item), 0));
                    }
                }
            },
        }
    }
}

/// The output of one job: its line, and the `path:line: message` for stderr
/// if it was bad.
type Output = (String, Option<String>);

fn run_job(extractor: &Extractor, job: &Job, published: Option<Date>, pretty: bool) -> Output {
    let item = job.item(published);
    let (line, error) = process(extractor, &item, pretty);
    (
        line,
        error.map(|message| format!("{}: {message}", item.loc)),
    )
}

/// Runs a chunk of jobs on `threads` threads; returns the outputs in job
/// order.
fn run_chunk(
    extractor: &Extractor,
    jobs: &[Job],
    threads: usize,
    published: Option<Date>,
    pretty: bool,
) -> Vec<Output> {
    let threads = threads.min(jobs.len()).max(1);
    if threads == 1 {
        return jobs
            .iter()
            .map(|j| run_job(extractor, j, published, pretty))
            .collect();
    }
    let next = AtomicUsize::new(0);
    let mut out: Vec<Option<Output>> = vec![None; jobs.len()];
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(job) = jobs.get(i) else { break };
                        done.push((i, run_job(extractor, job, published, pretty)));
                    }
                    done
                })
            })
            .collect();
        for w in workers {
            // A worker cannot panic short of a bug in the library; if one
            // does, its jobs still get an error line below.
            if let Ok(done) = w.join() {
                for (i, r) in done {
                    out[i] = Some(r);
                }
            }
        }
    });
    out.into_iter()
        .map(|r| {
            r.unwrap_or_else(|| {
                let message = "internal error: extraction failed";
                (error_line(&None, message), Some(message.to_string()))
            })
        })
        .collect()
}

/// Builds the extractor the options ask for, or the usage error.
fn build_extractor(o: &Options) -> Result<Extractor, String> {
    let gazetteer = load_gazetteer(&o.gazetteers).map_err(|e| format!("--gazetteer: {e}"))?;
    match gazetteer {
        None => Ok(Extractor::new()),
        Some(g) => Extractor::builder()
            .gazetteer(g)
            .build()
            .map_err(|e| format!("--gazetteer: {e}")),
    }
}

/// Reads every input and writes one output per document; returns whether
/// any input was bad. Fails only when the output cannot be written.
fn run(o: Options, extractor: &Extractor) -> Result<bool, io::Error> {
    let threads = o
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));

    let stdin_files = vec!["-".to_string()];
    let files: &[String] = if o.files.is_empty() {
        &stdin_files
    } else {
        &o.files
    };
    let mut bad = false;
    let mut progress = Progress::default();
    let mut source = if o.jsonl {
        let mut inputs: Vec<(Arc<str>, Input)> = Vec::new();
        let mut total = Some(0u64);
        for f in files {
            if f == "-" {
                total = None;
                inputs.push(("<stdin>".into(), Ok(Box::new(io::stdin().lock()))));
                continue;
            }
            match std::fs::File::open(f) {
                Ok(file) => {
                    let len = file.metadata().map(|m| m.len()).ok();
                    total = total.zip(len).map(|(a, b)| a + b);
                    let reader = BufReader::with_capacity(1 << 16, file);
                    inputs.push((f.as_str().into(), Ok(Box::new(reader))));
                }
                // A missing input file is bad input: one error line in its
                // place, and the run goes on.
                Err(e) => inputs.push((f.as_str().into(), Err(format!("cannot read: {e}")))),
            }
        }
        progress.total_bytes = total;
        Source::Lines {
            inputs,
            current: 0,
            line: 0,
        }
    } else {
        Source::Articles {
            paths: files,
            next: 0,
        }
    };
    let show_progress = o.jsonl && io::stderr().is_terminal();

    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    // Chunks: enough items to keep every thread busy, bounded in bytes so
    // that memory stays flat on big inputs.
    let max_items = threads * 32;
    let max_bytes: u64 = 64 << 20;
    let mut chunk: Vec<Job> = Vec::with_capacity(max_items);
    // With --merge, the reports are kept and merged at the end.
    let mut reports: Vec<Report> = Vec::new();
    loop {
        chunk.clear();
        let mut read = 0u64;
        while chunk.len() < max_items && read < max_bytes {
            let Some((job, n)) = source.next_job() else {
                break;
            };
            read += n;
            chunk.push(job);
        }
        if chunk.is_empty() {
            break;
        }
        let results = run_chunk(extractor, &chunk, threads, o.published, o.pretty);
        for (line, error) in results {
            let failed = error.is_some();
            if let Some(message) = error {
                bad = true;
                if show_progress {
                    eprint!("\r\x1b[2K");
                }
                eprintln!("{message}");
            }
            if o.merge {
                if let (false, Ok(report)) = (failed, serde_json::from_str::<Report>(&line)) {
                    reports.push(report);
                }
                continue;
            }
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
        progress.docs += chunk.len();
        progress.bytes += read;
        if show_progress {
            progress.show(false);
        }
    }
    if show_progress {
        progress.finish();
    }
    if o.merge {
        for incident in sitrep::incident::merge_reports(&reports) {
            let json = if o.pretty {
                serde_json::to_string_pretty(&incident)
            } else {
                serde_json::to_string(&incident)
            };
            out.write_all(json.unwrap_or_default().as_bytes())?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(bad)
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(Command::Help) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Run(o)) => o,
        Err(message) => {
            eprintln!("extract: {message}\n(try `extract --help`)");
            return ExitCode::from(2);
        }
    };
    let extractor = match build_extractor(&options) {
        Ok(e) => e,
        Err(message) => {
            eprintln!("extract: {message}");
            return ExitCode::from(2);
        }
    };
    match run(options, &extractor) {
        Ok(false) => ExitCode::SUCCESS,
        Ok(true) => ExitCode::from(1),
        // The reader went away (`extract ... | head`): stop quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_line_cases() {
        struct Case {
            name: &'static str,
            line: &'static [u8],
            id: Option<&'static str>,
            ok: bool,
        }
        let cases = [
            Case {
                name: "good",
                line: br#"{"id":"a","text":"Two killed.","published":"2019-01-02"}"#,
                id: Some("a"),
                ok: true,
            },
            Case {
                name: "null published",
                line: br#"{"id":"a","text":"x","published":null}"#,
                id: Some("a"),
                ok: true,
            },
            Case {
                name: "no id",
                line: br#"{"text":"x"}"#,
                id: None,
                ok: true,
            },
            Case {
                name: "malformed",
                line: br#"{"id":"a","text":"#,
                id: Some("f:3"),
                ok: false,
            },
            Case {
                name: "text not string",
                line: br#"{"id":"b","text":5}"#,
                id: Some("b"),
                ok: false,
            },
            Case {
                name: "bad published",
                line: br#"{"id":"c","text":"x","published":"2019-02-30"}"#,
                id: Some("c"),
                ok: false,
            },
            Case {
                name: "invalid utf-8",
                line: b"{\"id\":\"d\",\"text\":\"\xff\"}",
                id: Some("d"),
                ok: false,
            },
            Case {
                name: "blank",
                line: b"  \r",
                id: Some("f:3"),
                ok: false,
            },
            Case {
                name: "array",
                line: b"[1]",
                id: Some("f:3"),
                ok: false,
            },
        ];
        for c in cases {
            let item = read_json_line("f", 3, c.line, None);
            assert_eq!(item.id.as_deref(), c.id, "{}", c.name);
            assert_eq!(item.body.is_ok(), c.ok, "{}: {:?}", c.name, item.body.err());
        }
        // A byte-order mark is skipped on the first line only.
        let bom = "\u{feff}{\"id\":\"e\",\"text\":\"x\"}".as_bytes();
        assert!(read_json_line("f", 1, bom, None).body.is_ok());
        assert!(read_json_line("f", 2, bom, None).body.is_err());
        let published = "2019-01-02".parse().ok();
        let item = read_json_line("f", 4, br#"{"text":"x"}"#, published);
        assert_eq!(
            item.body.ok().and_then(|(_, p)| p),
            published,
            "default date"
        );
    }

    #[test]
    fn args_cases() {
        let parse = |a: &[&str]| parse_args(a.iter().map(|s| s.to_string()));
        assert!(matches!(parse(&["--help"]), Ok(Command::Help)));
        assert!(parse(&["--bogus"]).is_err());
        assert!(parse(&["--published", "2019-13-01"]).is_err());
        assert!(parse(&["--threads", "0"]).is_err());
        assert!(parse(&["--jsonl=1"]).is_err());
        let Ok(Command::Run(o)) = parse(&["--jsonl", "--threads=2", "a", "-", "--", "--x"]) else {
            panic!("should parse");
        };
        assert!(o.jsonl);
        assert_eq!(o.threads, Some(2));
        assert_eq!(o.files, ["a", "-", "--x"]);
    }
}
