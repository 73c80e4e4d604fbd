//! Readers for the gazetteer files: our own TSV, the GeoNames dump and the
//! GeoNames alternate names. Each reads a whole file into a `Vec` first and
//! fails with the file and line of the first malformed line, so that nothing
//! of a bad file is loaded.

use crate::error::Error;
use crate::model::PlaceKind;
use std::borrow::{Borrow, Cow};

/// A string of the gazetteer: borrowed from the built-in tables (which are
/// compiled into the binary, so loading them copies no name), or owned.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Str(Cow<'static, str>);

impl Str {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Its first `len` bytes (borrowed when it is), or `None` off a
    /// character boundary.
    pub fn prefix(&self, len: usize) -> Option<Str> {
        Some(Str(match &self.0 {
            Cow::Borrowed(s) => Cow::Borrowed(s.get(..len)?),
            Cow::Owned(s) => Cow::Owned(s.get(..len)?.to_owned()),
        }))
    }

    /// The string, when it is borrowed from the program's data.
    pub fn as_static(&self) -> Option<&'static str> {
        match self.0 {
            Cow::Borrowed(s) => Some(s),
            Cow::Owned(_) => None,
        }
    }
}

impl std::ops::Deref for Str {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Str {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Str {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl From<String> for Str {
    fn from(s: String) -> Str {
        Str(Cow::Owned(s))
    }
}

impl From<&'static str> for Str {
    fn from(s: &'static str) -> Str {
        Str(Cow::Borrowed(s))
    }
}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Str> for &str {
    fn eq(&self, other: &Str) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<String> for Str {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

/// How a reader keeps the text it has read: borrowed when the text lives as
/// long as the program (the built-in tables), else copied.
pub(crate) trait Keep<'t>: Copy + Send + Sync {
    fn keep(self, s: &'t str) -> Str;
}

/// Keeps `&'static str` text by borrowing it.
#[derive(Clone, Copy)]
pub(crate) struct Borrowed;

impl Keep<'static> for Borrowed {
    fn keep(self, s: &'static str) -> Str {
        Str(Cow::Borrowed(s))
    }
}

/// Keeps text by copying it.
#[derive(Clone, Copy)]
pub(crate) struct Copied;

impl<'t> Keep<'t> for Copied {
    fn keep(self, s: &'t str) -> Str {
        Str(Cow::Owned(s.to_owned()))
    }
}

/// One place as read from a file or given as an entry.
#[derive(Clone, Debug)]
pub(crate) struct Record {
    pub id: Str,
    pub name: Str,
    pub kind: PlaceKind,
    pub country: Str,
    /// A name or a GeoNames admin1 code (resolved when the index is built).
    pub admin1: Option<Str>,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    /// Other names (the canonical name is not repeated here).
    pub aliases: Vec<Str>,
    /// The folded keys of `name` and `aliases`, tab-separated, when they
    /// were folded ahead (the built-in tables, see `build.rs`); `None` when
    /// they are to be folded (and whenever the names change).
    pub keys: Option<Str>,
}

/// `s.trim()`, without decoding characters when `s` starts and ends with a
/// printable ASCII character (as every field of the built-in tables does).
fn trim(s: &str) -> &str {
    match s.as_bytes() {
        [a, .., b] if a.is_ascii_graphic() && b.is_ascii_graphic() => s,
        [a] if a.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// Whether `line` is empty or blank (`line.trim().is_empty()`).
fn is_blank(line: &str) -> bool {
    !line.as_bytes().first().is_some_and(u8::is_ascii_graphic) && line.trim().is_empty()
}

/// `s.split(sep)` for an ASCII separator, a byte at a time: cheaper than
/// the general searcher on short fields.
pub(crate) fn fields(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == sep) {
            Some(i) => {
                rest = r.get(i + 1..);
                r.get(..i)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// `s.parse::<f64>()` for a plain decimal of at most 15 digits ("35.345",
/// "-0.5"), else `None`. Such a number is a whole number below 2^53 divided
/// by an exact power of ten, and one IEEE division rounds it correctly, as
/// `parse` does: the same value, without the general algorithm.
fn parse_short_decimal(s: &str) -> Option<f64> {
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let (negative, digits) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        rest => (false, rest),
    };
    let mut mantissa: u64 = 0;
    let (mut n_digits, mut n_fraction) = (0usize, 0usize);
    let mut point = false;
    for &b in digits {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                n_digits += 1;
                n_fraction += usize::from(point);
            }
            b'.' if !point => point = true,
            _ => return None,
        }
        if n_digits > 15 {
            return None;
        }
    }
    // "", "-", "." and "5." are left to `parse`.
    if n_digits == 0 || (point && n_fraction == 0) {
        return None;
    }
    let v = mantissa as f64 / POW10[n_fraction];
    Some(if negative { -v } else { v })
}

fn parse_coord(s: &str, max: f64, what: &str) -> Result<f64, String> {
    let t = trim(s);
    let v: f64 = parse_short_decimal(t)
        .map_or_else(|| t.parse(), Ok)
        .map_err(|_| format!("{what} {s:?} is not a number"))?;
    if !v.is_finite() || v.abs() > max {
        return Err(format!("{what} {s:?} is out of range"));
    }
    Ok(v)
}

fn parse_population(s: &str) -> Result<u64, String> {
    let s = trim(s);
    if s.is_empty() {
        return Ok(0);
    }
    s.parse::<u64>()
        .map_err(|_| format!("population {s:?} is not a whole number"))
}

fn parse_country<'t>(s: &'t str, keep: impl Keep<'t>) -> Result<Str, String> {
    let s = trim(s);
    if s.is_empty() {
        return Ok(Str::default());
    }
    if s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(keep.keep(s))
    } else if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(s.to_ascii_uppercase().into())
    } else {
        Err(format!("country {s:?} is not an ISO 3166-1 alpha-2 code"))
    }
}

/// `s` from its line `n + 1` on.
fn skip_lines(s: &str, n: usize) -> &str {
    if n == 0 {
        return s;
    }
    // A block of 255 bytes at a time, counted as `count_new_lines` counts.
    let mut left = n;
    let mut start = 0;
    for block in s.as_bytes().chunks(255) {
        let in_block = usize::from(block.iter().map(|&b| u8::from(b == b'\n')).sum::<u8>());
        if in_block >= left {
            break;
        }
        left -= in_block;
        start += block.len();
    }
    for (i, &b) in s.as_bytes().iter().enumerate().skip(start) {
        if b == b'\n' {
            left -= 1;
            if left == 0 {
                return s.get(i + 1..).unwrap_or("");
            }
        }
    }
    ""
}

/// The number of new lines in `s`.
fn count_new_lines(s: &str) -> usize {
    // Sums of 0s and 1s in narrow lanes, which the compiler turns into
    // vector code (255 bytes at most, so that a byte lane cannot overflow).
    s.as_bytes()
        .chunks(255)
        .map(|c| usize::from(c.iter().map(|&b| u8::from(b == b'\n')).sum::<u8>()))
        .sum()
}

/// Reads our own TSV format:
/// `id kind country admin1 lat lon population name alternates [source]`.
/// `keys`, when given, holds the folded keys of each line's names, one line
/// of keys per line of `text` (see `build.rs`).
pub(crate) fn read_tsv<'t>(
    label: &str,
    text: &'t str,
    keys: Option<&'t str>,
    keep: impl Keep<'t>,
) -> Result<Vec<Record>, Error> {
    // Large files are read in two halves on two threads when there are two
    // cores; the halves meet at a line boundary.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mid = text.len() / 2;
    let cut = text
        .get(mid..)
        .and_then(|rest| rest.find('\n'))
        .map(|k| mid + k + 1);
    match cut {
        Some(cut) if threads >= 2 && text.len() > 1 << 20 => {
            let (a, b) = text.split_at(cut);
            // `a.lines().count()`: `a` ends with a new line.
            let first_b = count_new_lines(a);
            let keys_b = keys.map(|k| skip_lines(k, first_b));
            std::thread::scope(|scope| {
                let second = scope.spawn(|| read_tsv_from(label, b, first_b, keys_b, keep));
                let mut out = read_tsv_from(label, a, 0, keys, keep)?;
                match second.join() {
                    Ok(rest) => out.extend(rest?),
                    Err(_) => out.extend(read_tsv_from(label, b, first_b, keys_b, keep)?),
                }
                Ok(out)
            })
        }
        _ => read_tsv_from(label, text, 0, keys, keep),
    }
}

/// Reads `text`, whose first line is line `skipped + 1` of the file.
fn read_tsv_from<'t>(
    label: &str,
    text: &'t str,
    skipped: usize,
    keys: Option<&'t str>,
    keep: impl Keep<'t>,
) -> Result<Vec<Record>, Error> {
    let mut out = Vec::new();
    let mut key_lines = keys.map(str::lines);
    for (n, line) in text.lines().enumerate() {
        let line_no = skipped + n + 1;
        let line_keys = key_lines.as_mut().and_then(Iterator::next);
        let line = line.trim_end_matches('\r');
        if is_blank(line) || line.starts_with('#') {
            continue;
        }
        let err = |m: String| Error::gazetteer_line(label, line_no, m);
        // `line.splitn(10, '\t')`: at most 10 columns, the last one takes
        // the rest of the line.
        let mut cols = [""; 10];
        let mut n_cols = 0;
        let mut start = 0;
        for (i, b) in line.bytes().enumerate() {
            if b == b'\t' && n_cols < 9 {
                cols[n_cols] = line.get(start..i).unwrap_or("");
                n_cols += 1;
                start = i + 1;
            }
        }
        cols[n_cols] = line.get(start..).unwrap_or("");
        n_cols += 1;
        if n_cols < 8 {
            return Err(err(format!(
                "expected at least 8 tab-separated columns, found {n_cols}"
            )));
        }
        let id = trim(cols[0]);
        if id.is_empty() {
            return Err(err("empty id".into()));
        }
        let kind = PlaceKind::parse(trim(cols[1]))
            .ok_or_else(|| err(format!("unknown kind {:?}", cols[1])))?;
        let country = parse_country(cols[2], keep).map_err(err)?;
        let admin1 = Some(trim(cols[3]))
            .filter(|s| !s.is_empty())
            .map(|s| keep.keep(s));
        let lat = parse_coord(cols[4], 90.0, "latitude").map_err(err)?;
        let lon = parse_coord(cols[5], 180.0, "longitude").map_err(err)?;
        let population = parse_population(cols[6]).map_err(err)?;
        let name = trim(cols[7]);
        if name.is_empty() {
            return Err(err("empty name".into()));
        }
        let aliases = fields(cols[8], b'|')
            .map(trim)
            .filter(|s| !s.is_empty())
            .map(|s| keep.keep(s))
            .collect();
        out.push(Record {
            id: keep.keep(id),
            name: keep.keep(name),
            kind,
            country,
            admin1,
            lat,
            lon,
            population,
            aliases,
            keys: line_keys.map(|k| keep.keep(k)),
        });
    }
    Ok(out)
}

/// The place kind of a GeoNames feature class and code, or `None` for
/// features the gazetteer does not keep (hotels, schools, undersea ...).
pub(crate) fn geonames_kind(class: &str, code: &str, population: u64) -> Option<PlaceKind> {
    Some(match class {
        "A" => match code {
            "PCLI" | "PCLD" | "PCLF" | "PCLS" | "PCLIX" | "PCL" | "TERR" => PlaceKind::Country,
            "ADM1" => PlaceKind::Admin1,
            "ADM2" => PlaceKind::Admin2,
            _ => return None,
        },
        "P" => match code {
            "PPLX" => PlaceKind::Neighbourhood,
            "PPLC" => PlaceKind::City,
            "PPLH" | "PPLCH" => return None,
            _ if population >= 100_000 => PlaceKind::City,
            _ if population >= 10_000 => PlaceKind::Town,
            "PPLA" | "PPLA2" if population > 0 => PlaceKind::Town,
            _ => PlaceKind::Village,
        },
        "H" => match code {
            "STM" | "STMI" | "STMS" | "CNL" => PlaceKind::River,
            "WAD" | "LK" | "OAS" | "SPNG" => PlaceKind::Region,
            _ => return None,
        },
        "T" => match code {
            "MT" | "MTS" | "DSRT" | "PLN" | "VAL" | "HLL" | "HLLS" | "PLAT" | "RDGE" | "PASS"
            | "MND" => PlaceKind::Region,
            _ => return None,
        },
        "L" => match code {
            "RGN" | "AREA" | "OAS" | "OILF" | "GASF" => PlaceKind::Region,
            "MILB" => PlaceKind::Facility,
            _ => return None,
        },
        "R" => match code {
            "RD" | "HWY" | "RDJCT" => PlaceKind::Road,
            _ => return None,
        },
        "S" => match code {
            "AIRB" | "AIRP" | "AIRF" | "AIRH" | "DAM" | "MILB" | "INSM" | "PMPO" | "PMPW"
            | "OILP" | "OILR" | "PS" | "PSH" | "BDG" | "CSTL" | "FT" | "PRN" | "RSTN" | "BP" => {
                PlaceKind::Facility
            }
            _ => return None,
        },
        _ => return None,
    })
}

/// Whether a name is written in Latin script (with the usual marks).
pub(crate) fn is_latin(s: &str) -> bool {
    s.chars().any(|c| c.is_alphabetic())
        && s.chars().all(|c| {
            (c as u32) < 0x0250
                || (0x1E00..=0x1EFF).contains(&(c as u32))
                || matches!(c, 'ʿ' | 'ʾ' | 'ʼ' | 'ʻ' | '’' | '‘' | '‐' | '‑' | '–')
        })
}

/// Reads the 19-column GeoNames dump format (allCountries.txt, SY.txt).
/// Rows whose feature is not kept are skipped; malformed rows are errors.
pub(crate) fn read_geonames(label: &str, text: &str) -> Result<Vec<Record>, Error> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |m: String| Error::gazetteer_line(label, line_no, m);
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 19 {
            return Err(err(format!(
                "expected 19 tab-separated columns, found {}",
                cols.len()
            )));
        }
        let id = cols[0].trim();
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err(format!("geonameid {id:?} is not a number")));
        }
        let lat = parse_coord(cols[4], 90.0, "latitude").map_err(err)?;
        let lon = parse_coord(cols[5], 180.0, "longitude").map_err(err)?;
        let country = parse_country(cols[8], Copied).map_err(err)?;
        let population = parse_population(cols[14]).map_err(err)?;
        let Some(kind) = geonames_kind(cols[6].trim(), cols[7].trim(), population) else {
            continue;
        };
        let name = cols[1].trim();
        if name.is_empty() {
            return Err(err("empty name".into()));
        }
        let mut aliases: Vec<Str> = Vec::new();
        let ascii = cols[2].trim();
        if !ascii.is_empty() && ascii != name {
            aliases.push(Copied.keep(ascii));
        }
        for a in cols[3].split(',') {
            let a = a.trim();
            if !a.is_empty() && a != name && is_latin(a) && !aliases.iter().any(|x| x == a) {
                aliases.push(Copied.keep(a));
            }
        }
        let admin1 = Some(cols[10].trim())
            .filter(|s| !s.is_empty() && *s != "00")
            .map(|s| Copied.keep(s));
        out.push(Record {
            id: format!("geonames:{id}").into(),
            name: Copied.keep(name),
            kind,
            country,
            admin1,
            lat,
            lon,
            population,
            aliases,
            keys: None,
        });
    }
    Ok(out)
}

/// Language codes of alternateNamesV2 that are not names (links, postal
/// codes, airport codes, abbreviations ...).
const SKIPPED_LANGUAGES: &[&str] = &[
    "link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc", "tcid", "phon", "piny",
];

/// Reads alternateNamesV2.txt: `(geonames id, name)` pairs of Latin-script
/// names, skipping links, codes and abbreviations.
pub(crate) fn read_alternate_names(
    label: &str,
    text: &str,
) -> Result<Vec<(String, String)>, Error> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |m: String| Error::gazetteer_line(label, line_no, m);
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 4 {
            return Err(err(format!(
                "expected at least 4 tab-separated columns, found {}",
                cols.len()
            )));
        }
        let gid = cols[1].trim();
        if gid.is_empty() || !gid.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err(format!("geonameid {gid:?} is not a number")));
        }
        let lang = cols[2].trim();
        if SKIPPED_LANGUAGES.contains(&lang) {
            continue;
        }
        let historic = cols.get(7).is_some_and(|s| s.trim() == "1");
        let name = cols[3].trim();
        if historic || name.is_empty() || !is_latin(name) || name.starts_with("http") {
            continue;
        }
        out.push((format!("geonames:{gid}"), name.to_string()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_counted_and_skipped_as_lines_does() {
        // Lines of every length from 0 to 600 bytes, across block edges.
        let mut text = String::new();
        for n in 0..600 {
            text.push_str(&"x".repeat((n * 37) % 601));
            text.push('\n');
        }
        let total = text.lines().count();
        assert_eq!(count_new_lines(&text), total);
        for n in 0..=total + 2 {
            let want: String = text.lines().skip(n).map(|l| format!("{l}\n")).collect();
            assert_eq!(skip_lines(&text, n), want, "{n}");
        }
    }

    #[test]
    fn short_decimals_parse_as_parse_does() {
        let mut cases: Vec<String> = [
            "0",
            "-0",
            "35",
            "35.345",
            "-170.7025",
            "0.1",
            ".5",
            "5.",
            ".",
            "-",
            "",
            "+5",
            "1e5",
            "007.50",
            "12.345678901234",
            "1234567890.12345",
            "9007199254740993",
            "0.3",
            "-.25",
            "1.2.3",
            "nan",
            "inf",
            " 5",
            "5 ",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every latitude and longitude of four decimals, and many more.
        let mut x: u64 = 12345;
        for _ in 0..20_000 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let whole = (x >> 40) % 181;
            let frac = (x >> 8) % 1_000_000;
            let places = (x % 7) as usize;
            let sign = if x & 0x80 != 0 { "-" } else { "" };
            let f = format!("{frac:06}");
            cases.push(format!("{sign}{whole}.{}", &f[..places]));
        }
        for s in &cases {
            let fast = parse_short_decimal(s);
            let slow = s.parse::<f64>().ok();
            if let Some(v) = fast {
                assert_eq!(Some(v.to_bits()), slow.map(f64::to_bits), "{s:?}");
            }
            // parse_coord trims first.
            let coord = parse_coord(s, 180.0, "x").ok();
            let want = s
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && v.abs() <= 180.0);
            assert_eq!(coord.map(f64::to_bits), want.map(f64::to_bits), "{s:?}");
        }
    }
}
