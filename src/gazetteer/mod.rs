//! Stage 4: places, matched against a gazetteer.
//!
//! The gazetteer holds named places (GeoNames rows and curated entries) with
//! their coordinates. Every name and alias is folded into a spelling-neutral
//! key (see [`fold_name`]): "Deir ez-Zor", "Deir Ezzor", "Dayr az-Zawr" and
//! "DEIR EZZOR" share one key. An article is folded once into a buffer that
//! remembers the original offsets, then read once from left to right: at each
//! word the longest run of words that is a key wins (leftmost-longest, so
//! "Deir ez-Zor" beats "Zor" and "Ras al-Ain" beats "Ain"). The keys sit in
//! a hash index with, for each first word, the length of its longest key: an
//! Aho-Corasick automaton over the ~90,000 keys took 150 ms or more to build,
//! the whole budget, where the index takes a few milliseconds and reads a
//! 5 KB article in a fraction of a millisecond.
//!
//! Matches then go through the rules a reader applies:
//!
//! - single words must be capitalised; words that are also common English
//!   words or personal names ("Hope", "Ali", "March") are places only in a
//!   place context ("in", "near", "... province", or in a list of places);
//! - a name right after a given name or a title is part of a person's name;
//! - demonyms ("Syrian army") are context, not places;
//! - a name shared by several places is resolved by the document: the
//!   countries it names, its demonyms, the countries and positions of its
//!   other places, the kind and population of each candidate;
//! - a small place of a country the text does not state (by name, by its
//!   places or by an armed group fighting only there) is a false friend when
//!   the text is about another country; a country's adjective alone never
//!   states it, since its forces fight abroad ("Turkish troops shelled Tal
//!   Abyad" is in Syria).
//!
//! Relations such as "south of the desert town of Sukna" or "the western
//! countryside of Deir Ezzor" are read from the words around the name.
//!
//! ```
//! use sitrep::gazetteer::{Gazetteer, PlaceEntry};
//! use sitrep::PlaceKind;
//!
//! let g = Gazetteer::builder_empty()
//!     .entry(PlaceEntry::new("Sukhnah", PlaceKind::Town, "SY", 34.89, 38.87).alias("Sukna"))
//!     .build()?;
//! let places = g.find("Fighting raged south of the desert town of al-Sukhna.");
//! assert_eq!(places[0].name, "Sukhnah");
//! assert_eq!(places[0].relation.as_ref().unwrap().direction.as_deref(), Some("south"));
//! # Ok::<(), sitrep::Error>(())
//! ```

mod fold;
mod load;
mod relation;
#[cfg(test)]
mod tests;

pub use fold::fold_name;

use crate::error::{Error, ErrorKind};
use crate::model::{Place, PlaceKind};
use crate::segment::{Sentence, SentenceKind};
use crate::span::Span;
use fold::{Folded, Join, Word};
use load::{Record, Str};
use once_cell::sync::Lazy;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::rc::Rc;

/// A gazetteer: named places with coordinates, and the matcher over them.
#[derive(Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    /// The places of each key, grouped by key (see [`KeyInfo`]).
    key_entries: Vec<u32>,
    keys: Vec<KeyInfo>,
    /// Folded key -> index in `keys` (the built-in keys are borrowed from
    /// the program's data, see `build.rs`).
    index: HashMap<Str, u32, FnvBuild>,
    /// For each first word of a key, the word counts of its keys.
    first_words: HashMap<Str, Lengths, FnvBuild>,
    /// Country code -> how far most of its settlements lie from its point
    /// (see [`Gazetteer::country_extent_km`]).
    extents: HashMap<Box<str>, f32, FnvBuild>,
    /// Unique to this gazetteer in the process (0 for the empty default):
    /// names the owner of a thread's [`OptionsCache`].
    id: u64,
}

/// The word counts of the keys starting with one word.
#[derive(Clone, Copy, Debug, Default)]
struct Lengths {
    /// The largest number of words.
    max: u8,
    /// Bit `n` is set when a key of `n` words exists (`n` < 32); keys of 32
    /// words or more set every bit.
    mask: u32,
    /// Whether a demonym's key of several words starts with the word (a
    /// run of words in lower case starting with one is still looked up,
    /// see `places_in`).
    demonym_first: bool,
}

impl Lengths {
    fn add(&mut self, n: usize) {
        self.max = self.max.max(n.min(255) as u8);
        self.mask |= if n < 32 { 1 << n } else { u32::MAX };
    }

    fn has(&self, n: usize) -> bool {
        n >= 32 || self.mask & (1 << n) != 0
    }

    /// As a nonzero number (a piece's memo, see `fold::fold_words`).
    fn to_memo(self) -> u64 {
        1 << 40
            | u64::from(self.demonym_first) << 41
            | u64::from(self.max) << 32
            | u64::from(self.mask)
    }

    /// Back from [`Lengths::to_memo`]; `None` for 0 (no key starts there).
    fn from_memo(m: u64) -> Option<Lengths> {
        (m != 0).then_some(Lengths {
            max: (m >> 32) as u8,
            mask: m as u32,
            demonym_first: m & 1 << 41 != 0,
        })
    }
}

/// A fast hash for the short keys of the index: eight bytes at a time
/// (FxHash-style), then a full avalanche (MurmurHash3's finaliser) so that
/// the low bits the hash table uses for its buckets are well mixed.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FnvBuild;

pub(crate) struct Fnv(u64);

const FX_K: u64 = 0x517c_c1b7_2722_0a95;

impl Fnv {
    #[inline]
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(FX_K);
    }
}

impl std::hash::Hasher for Fnv {
    #[inline]
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        let n = rest.len();
        if n > 0 {
            // The rest (1 to 7 bytes) in at most two fixed-size reads that
            // together cover every byte: the first and last four (which
            // overlap below eight), or the first, middle and last byte. A
            // copy of a variable length would call `memcpy`.
            let w = match (rest.get(..4), n.checked_sub(4).and_then(|k| rest.get(k..))) {
                (Some(&[a, b, c, d]), Some(&[e, f, g, h])) => {
                    u64::from(u32::from_le_bytes([a, b, c, d]))
                        | u64::from(u32::from_le_bytes([e, f, g, h])) << 32
                }
                _ => {
                    u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16
                }
            };
            self.add(w ^ ((n as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

impl std::hash::BuildHasher for FnvBuild {
    type Hasher = Fnv;
    #[inline]
    fn build_hasher(&self) -> Fnv {
        Fnv(0)
    }
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("places", &self.entries.len())
            .field("keys", &self.keys.len())
            .finish_non_exhaustive()
    }
}

#[derive(Clone, Debug)]
struct Entry {
    /// Its names, one a line (for the light keys, see [`fold::light_key`]).
    names: Box<str>,
    /// Whether its names come through Arabic-script transliteration.
    arabic_world: bool,
    id: Str,
    name: Str,
    kind: PlaceKind,
    country: Str,
    admin1: Option<Str>,
    lat: f64,
    lon: f64,
    population: u64,
}

#[derive(Clone, Debug, Default)]
struct KeyInfo {
    /// The places with this key: `Gazetteer::key_entries[start..end]`.
    start: u32,
    end: u32,
    /// The country this key is a demonym of ("syrian" -> SY).
    demonym: Option<String>,
}

/// A custom place for [`GazetteerBuilder::entry`].
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceEntry {
    /// The canonical name.
    pub name: String,
    /// Other names and spellings.
    pub aliases: Vec<String>,
    /// What sort of place it is.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// The name of its first-level region, if known.
    pub admin1: Option<String>,
    /// Its population (0 if unknown); used to rank places sharing a name.
    pub population: u64,
    /// A stable id; `sitrep:<slug of the name>` when `None`. An entry with
    /// the id of a loaded place adds its aliases to it and replaces its
    /// other fields.
    pub id: Option<String>,
}

impl PlaceEntry {
    /// An entry without aliases, region, population or id.
    pub fn new(name: &str, kind: PlaceKind, country: &str, lat: f64, lon: f64) -> PlaceEntry {
        PlaceEntry {
            name: name.to_string(),
            aliases: Vec::new(),
            kind,
            country: country.to_string(),
            lat,
            lon,
            admin1: None,
            population: 0,
            id: None,
        }
    }

    /// This entry with one more alias.
    pub fn alias(mut self, alias: &str) -> PlaceEntry {
        self.aliases.push(alias.to_string());
        self
    }

    /// This entry with its first-level region.
    pub fn admin1(mut self, admin1: &str) -> PlaceEntry {
        self.admin1 = Some(admin1.to_string());
        self
    }
}

/// Builds a [`Gazetteer`] from the built-in data, GeoNames files, our TSV
/// format and custom entries.
///
/// Files are read when they are added; a malformed line makes
/// [`build`](GazetteerBuilder::build) fail with
/// [`ErrorKind::GazetteerLine`] naming the file and line, and nothing of that
/// file is loaded.
#[derive(Debug)]
pub struct GazetteerBuilder {
    records: Vec<Record>,
    by_id: HashMap<Str, usize, FnvBuild>,
    alternates: Vec<(String, String)>,
    error: Option<Error>,
}

fn copy_error(e: &Error) -> Error {
    match e.kind() {
        ErrorKind::GazetteerLine {
            file,
            line,
            message,
        } => Error::gazetteer_line(file.clone(), *line, message.clone()),
        ErrorKind::InvalidEntry { name, message } => Error::new(ErrorKind::InvalidEntry {
            name: name.clone(),
            message: message.clone(),
        }),
        ErrorKind::Io { path, source } => Error::io(
            path.clone(),
            std::io::Error::new(source.kind(), source.to_string()),
        ),
        other => Error::new(ErrorKind::InvalidEntry {
            name: String::new(),
            message: other.to_string(),
        }),
    }
}

impl Default for GazetteerBuilder {
    fn default() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }
}

const BUILTIN_GEONAMES: &str = include_str!("../../data/gazetteer.tsv");
const BUILTIN_CURATED: &str = include_str!("../../data/places_curated.tsv");
/// The folded keys of the names of each line of the built-in tables,
/// folded at compile time by `build.rs` with `fold.rs`.
const BUILTIN_GEONAMES_KEYS: &str = include_str!(concat!(env!("OUT_DIR"), "/gazetteer_keys.txt"));
const BUILTIN_CURATED_KEYS: &str =
    include_str!(concat!(env!("OUT_DIR"), "/places_curated_keys.txt"));

impl GazetteerBuilder {
    /// A builder starting from the built-in places.
    pub fn new() -> GazetteerBuilder {
        let mut b = GazetteerBuilder::empty();
        // The built-in tables live as long as the program: their records
        // borrow their names and keys instead of copying them.
        let r = load::read_tsv(
            "data/gazetteer.tsv",
            BUILTIN_GEONAMES,
            Some(BUILTIN_GEONAMES_KEYS),
            load::Borrowed,
        );
        b.load(r);
        let r = load::read_tsv(
            "data/places_curated.tsv",
            BUILTIN_CURATED,
            Some(BUILTIN_CURATED_KEYS),
            load::Borrowed,
        );
        b.load(r);
        b
    }

    /// A builder starting with no place at all.
    pub fn empty() -> GazetteerBuilder {
        GazetteerBuilder {
            records: Vec::new(),
            by_id: HashMap::with_hasher(FnvBuild),
            alternates: Vec::new(),
            error: None,
        }
    }

    fn add(&mut self, records: Vec<Record>) {
        self.records.reserve(records.len());
        self.by_id.reserve(records.len());
        for r in records {
            match self.by_id.get(&r.id) {
                Some(&i) => {
                    let old = &mut self.records[i];
                    let mut aliases = std::mem::take(&mut old.aliases);
                    if old.name != r.name && !aliases.contains(&old.name) {
                        aliases.push(old.name.clone());
                    }
                    for a in r.aliases.iter() {
                        if !aliases.contains(a) {
                            aliases.push(a.clone());
                        }
                    }
                    let admin1 = r.admin1.clone().or(old.admin1.take());
                    let population = if r.population > 0 {
                        r.population
                    } else {
                        old.population
                    };
                    *old = Record {
                        aliases,
                        admin1,
                        population,
                        // The names changed: folded when built.
                        keys: None,
                        ..r
                    };
                }
                None => {
                    self.by_id.insert(r.id.clone(), self.records.len());
                    self.records.push(r);
                }
            }
        }
    }

    fn load(&mut self, result: Result<Vec<Record>, Error>) -> &mut GazetteerBuilder {
        match result {
            Ok(v) => self.add(v),
            Err(e) => {
                if self.error.is_none() {
                    self.error = Some(e);
                }
            }
        }
        self
    }

    fn read(&mut self, path: &Path) -> Option<String> {
        match std::fs::read_to_string(path) {
            Ok(s) => Some(s),
            Err(e) => {
                if self.error.is_none() {
                    self.error = Some(Error::io(path, e));
                }
                None
            }
        }
    }

    /// Adds the places of a GeoNames dump file (the 19-column format of
    /// `allCountries.txt` or `SY.txt`). Populated places, regions, rivers,
    /// roads and some facilities are kept.
    pub fn geonames_file(&mut self, path: impl AsRef<Path>) -> &mut GazetteerBuilder {
        let path = path.as_ref();
        match self.read(path) {
            Some(s) => {
                let label = path.display().to_string();
                self.geonames_str(&label, &s)
            }
            None => self,
        }
    }

    /// Adds the places of GeoNames dump text; `label` names it in errors.
    pub fn geonames_str(&mut self, label: &str, text: &str) -> &mut GazetteerBuilder {
        let r = load::read_geonames(label, text);
        self.load(r)
    }

    /// Adds the Latin-script names of a GeoNames `alternateNamesV2.txt` file
    /// to the places loaded (before or after it) with their GeoNames ids.
    pub fn alternate_names_file(&mut self, path: impl AsRef<Path>) -> &mut GazetteerBuilder {
        let path = path.as_ref();
        match self.read(path) {
            Some(s) => {
                let label = path.display().to_string();
                self.alternate_names_str(&label, &s)
            }
            None => self,
        }
    }

    /// Adds alternate names from text in the `alternateNamesV2.txt` format.
    pub fn alternate_names_str(&mut self, label: &str, text: &str) -> &mut GazetteerBuilder {
        match load::read_alternate_names(label, text) {
            Ok(v) => self.alternates.extend(v),
            Err(e) => {
                if self.error.is_none() {
                    self.error = Some(e);
                }
            }
        }
        self
    }

    /// Adds the places of a file in sitrep's TSV format (`id kind country
    /// admin1 lat lon population name alternates`, alternates separated by
    /// `|`). A row with the id of a loaded place adds its alternates to it and
    /// replaces its other fields.
    pub fn tsv_file(&mut self, path: impl AsRef<Path>) -> &mut GazetteerBuilder {
        let path = path.as_ref();
        match self.read(path) {
            Some(s) => {
                let label = path.display().to_string();
                self.tsv_str(&label, &s)
            }
            None => self,
        }
    }

    /// Adds places from text in sitrep's TSV format; `label` names it in
    /// errors.
    pub fn tsv_str(&mut self, label: &str, text: &str) -> &mut GazetteerBuilder {
        let r = load::read_tsv(label, text, None, load::Copied);
        self.load(r)
    }

    /// Adds one custom place.
    pub fn entry(&mut self, e: PlaceEntry) -> &mut GazetteerBuilder {
        let invalid = |m: &str| {
            Error::new(ErrorKind::InvalidEntry {
                name: e.name.clone(),
                message: m.to_string(),
            })
        };
        let problem = if e.name.trim().is_empty() {
            Some("empty name")
        } else if !(e.lat.is_finite() && e.lat.abs() <= 90.0) {
            Some("latitude out of range")
        } else if !(e.lon.is_finite() && e.lon.abs() <= 180.0) {
            Some("longitude out of range")
        } else if !(e.country.is_empty()
            || (e.country.len() == 2 && e.country.bytes().all(|b| b.is_ascii_alphabetic())))
        {
            Some("country is not an ISO 3166-1 alpha-2 code")
        } else {
            None
        };
        if let Some(m) = problem {
            if self.error.is_none() {
                self.error = Some(invalid(m));
            }
            return self;
        }
        let id =
            e.id.clone()
                .unwrap_or_else(|| format!("sitrep:{}", slug(&e.name)));
        self.add(vec![Record {
            id: id.into(),
            name: e.name.trim().to_string().into(),
            kind: e.kind,
            country: e.country.to_ascii_uppercase().into(),
            admin1: e.admin1.map(Str::from),
            lat: e.lat,
            lon: e.lon,
            population: e.population,
            aliases: e.aliases.into_iter().map(Str::from).collect(),
            keys: None,
        }]);
        self
    }

    /// Builds the gazetteer and its matcher, or returns the first error met
    /// while adding data.
    pub fn build(&self) -> Result<Gazetteer, Error> {
        if let Some(e) = &self.error {
            return Err(copy_error(e));
        }
        self.finish(self.records.clone())
    }

    /// Builds without copying the records (the built-in gazetteer).
    fn build_owned(mut self) -> Result<Gazetteer, Error> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        let records = std::mem::take(&mut self.records);
        self.finish(records)
    }

    fn finish(&self, mut records: Vec<Record>) -> Result<Gazetteer, Error> {
        for (id, name) in &self.alternates {
            if let Some(&i) = self.by_id.get(id.as_str()) {
                let r = &mut records[i];
                if r.name != *name && !r.aliases.iter().any(|a| a == name) {
                    r.aliases.push(name.clone().into());
                    r.keys = None;
                }
            }
        }
        build_index(records)
    }
}

fn slug(name: &str) -> String {
    let mut s = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    s.trim_end_matches('-').to_string()
}

/// The word lists of `data/place_stoplist.txt` and `data/place_demonyms.tsv`.
struct Lexicon {
    /// Folded keys of names that are places only in a place context.
    stop: HashSet<String, FnvBuild>,
    /// Folded keys never read as a place alone ("Qaeda", "Ramadan").
    never: HashSet<String, FnvBuild>,
    /// Common English words (lower case): places only in a place context.
    english: HashSet<&'static str, FnvBuild>,
    /// Given names and titles: a name right after one is a person's name.
    person_before: HashSet<String, FnvBuild>,
    /// Words announcing a place ("in", "near").
    context_before: HashSet<String, FnvBuild>,
    /// Words following a place ("province", "countryside").
    context_after: HashSet<String, FnvBuild>,
    /// Upper-case abbreviations that are places ("UK", "UAE").
    acronyms: HashSet<String, FnvBuild>,
    /// Words after a place that make it a group's name ("Benghazi Saraya").
    org_after: HashSet<String, FnvBuild>,
    /// Words after a place that make it a meeting's or a treaty's name
    /// ("Geneva talks", "Astana process").
    meeting_after: HashSet<String, FnvBuild>,
    /// Generic first words of Arabic names ("Bab", "Khan"): before an
    /// article they head a longer name ("Bab al-Hawa").
    generic_head: HashSet<String, FnvBuild>,
    /// Words after a name of the `[stop]` list that make it an
    /// institution's name, in any case ("the al-Quds hospital", "Quds
    /// Force").
    institution_after: HashSet<String, FnvBuild>,
    /// Verbs that make a foreign country or capital before them an actor
    /// ("Russia has", "Moscow says").
    actor_verbs: HashSet<String, FnvBuild>,
    /// (demonym, country code).
    demonyms: Vec<(String, String)>,
    /// Lower-case demonym -> country code.
    demonym_of: HashMap<String, String, FnvBuild>,
    /// The lower-case demonyms that name an armed group or mission whose
    /// theatre is one country (third column `group`), not a country's people.
    groups: HashSet<String, FnvBuild>,
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let mut l = Lexicon {
        stop: HashSet::with_hasher(FnvBuild),
        never: HashSet::with_hasher(FnvBuild),
        english: HashSet::with_hasher(FnvBuild),
        person_before: HashSet::with_hasher(FnvBuild),
        context_before: HashSet::with_hasher(FnvBuild),
        context_after: HashSet::with_hasher(FnvBuild),
        acronyms: HashSet::with_hasher(FnvBuild),
        org_after: HashSet::with_hasher(FnvBuild),
        meeting_after: HashSet::with_hasher(FnvBuild),
        generic_head: HashSet::with_hasher(FnvBuild),
        institution_after: HashSet::with_hasher(FnvBuild),
        actor_verbs: HashSet::with_hasher(FnvBuild),
        demonyms: Vec::new(),
        demonym_of: HashMap::with_hasher(FnvBuild),
        groups: HashSet::with_hasher(FnvBuild),
    };
    let mut section = "";
    for line in include_str!("../../data/place_stoplist.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') {
            section = line;
            continue;
        }
        let set = match section {
            "[stop]" => &mut l.stop,
            "[never]" => &mut l.never,
            "[person_before]" => &mut l.person_before,
            "[context_before]" => &mut l.context_before,
            "[context_after]" => &mut l.context_after,
            "[acronyms]" => &mut l.acronyms,
            "[org_after]" => &mut l.org_after,
            "[meeting_after]" => &mut l.meeting_after,
            "[generic_head]" => &mut l.generic_head,
            "[institution_after]" => &mut l.institution_after,
            "[actor_verbs]" => &mut l.actor_verbs,
            _ => continue,
        };
        for w in line.split_whitespace() {
            if section == "[acronyms]" {
                set.insert(w.to_string());
            } else if section == "[stop]" || section == "[never]" {
                set.insert(fold_name(w));
            } else {
                set.insert(w.to_lowercase());
            }
        }
    }
    for line in include_str!("../../data/place_english.txt").lines() {
        if !line.starts_with('#') {
            l.english.extend(line.split_whitespace());
        }
    }
    for line in include_str!("../../data/place_demonyms.tsv").lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(cc), Some(words)) = (cols.next(), cols.next()) else {
            continue;
        };
        let group = cols.next().map(str::trim) == Some("group");
        for w in words.split('|') {
            let w = w.trim();
            if !w.is_empty() {
                if group {
                    l.groups.insert(normalise_surface(w));
                }
                l.demonym_of
                    .insert(normalise_surface(w), cc.trim().to_string());
                l.demonyms.push((w.to_string(), cc.trim().to_string()));
            }
        }
    }
    l
});

fn build_index(records: Vec<Record>) -> Result<Gazetteer, Error> {
    // Fold every name (or take the keys folded ahead), then build the
    // entries and the index of the keys, on two threads when the machine has
    // two cores: they are independent, and each is about half the work.
    let folded = fold_all(&records);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let ((entries, extents), index) = if threads >= 2 && records.len() >= 10_000 {
        std::thread::scope(|scope| {
            let entries = scope.spawn(|| entries_of(records));
            let index = index_of(folded);
            match entries.join() {
                Ok(entries) => (entries, index),
                // A bug, not the data: entries_of reads no input.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    } else {
        (entries_of(records), index_of(folded))
    };
    let KeyIndex {
        key_entries,
        keys,
        index,
        first_words,
    } = index;
    Ok(Gazetteer {
        entries,
        key_entries,
        keys,
        index,
        first_words,
        extents,
        id: NEXT_GAZETTEER_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
    })
}

/// The places of `records`, and how far most settlements of each country
/// lie from its point (see [`country_extents`]).
fn entries_of(mut records: Vec<Record>) -> (Vec<Entry>, HashMap<Box<str>, f32, FnvBuild>) {
    // Resolve GeoNames admin1 codes into names.
    let mut admin1_names: HashMap<(Str, Str), Str> = HashMap::new();
    for r in &records {
        if r.kind == PlaceKind::Admin1 {
            if let Some(code) = &r.admin1 {
                admin1_names.insert((r.country.clone(), code.clone()), r.name.clone());
            }
        }
    }
    let mut entries = Vec::with_capacity(records.len());
    for r in records.iter_mut() {
        // GeoNames admin1 codes ("07", "A1") become names.
        let admin1 = r.admin1.take().map(|a| {
            if a.len() <= 3 {
                admin1_names
                    .get(&(r.country.clone(), a.clone()))
                    .cloned()
                    .unwrap_or(a)
            } else {
                a
            }
        });
        let mut names = String::with_capacity(
            r.name.len() + r.aliases.iter().map(|a| a.len() + 1).sum::<usize>(),
        );
        for n in std::iter::once(&r.name).chain(r.aliases.iter()) {
            if !names.is_empty() {
                names.push('\n');
            }
            names.push_str(n);
        }
        entries.push(Entry {
            arabic_world: in_arabic_world(&r.country),
            names: names.into_boxed_str(),
            id: std::mem::take(&mut r.id),
            name: std::mem::take(&mut r.name),
            kind: r.kind,
            country: std::mem::take(&mut r.country),
            admin1,
            lat: r.lat,
            lon: r.lon,
            population: r.population,
        });
    }
    let extents = country_extents(&entries);
    (entries, extents)
}

/// The index of the keys: the parts of a [`Gazetteer`] that [`index_of`]
/// builds.
struct KeyIndex {
    key_entries: Vec<u32>,
    keys: Vec<KeyInfo>,
    index: HashMap<Str, u32, FnvBuild>,
    first_words: HashMap<Str, Lengths, FnvBuild>,
}

/// The index of `folded`, the (place, key) of every name in place order,
/// and of the demonyms.
fn index_of(folded: Vec<(u32, Str)>) -> KeyIndex {
    let mut index: HashMap<Str, u32, FnvBuild> =
        HashMap::with_capacity_and_hasher(folded.len() + folded.len() / 16, FnvBuild);
    let mut keys: Vec<KeyInfo> = Vec::new();
    let mut first_words: HashMap<Str, Lengths, FnvBuild> =
        HashMap::with_capacity_and_hasher(folded.len() / 2, FnvBuild);
    let mut intern = |k: Str, keys: &mut Vec<KeyInfo>| -> u32 {
        let id = keys.len() as u32;
        let entry = match index.entry(k) {
            std::collections::hash_map::Entry::Occupied(e) => return *e.get(),
            std::collections::hash_map::Entry::Vacant(e) => e,
        };
        let k = entry.key();
        // Its words, and its first word.
        let n = 1 + k.bytes().filter(|&b| b == b' ').count();
        let first = k.bytes().position(|b| b == b' ').unwrap_or(k.len());
        match first_words.get_mut(k.get(..first).unwrap_or("")) {
            Some(m) => m.add(n),
            None => {
                let mut m = Lengths::default();
                m.add(n);
                first_words.insert(k.prefix(first).unwrap_or_default(), m);
            }
        }
        entry.insert(id);
        keys.push(KeyInfo::default());
        id
    };
    // (key, place) for every name: gathered flat, grouped by key below (one
    // allocation, where a list per key cost 100,000).
    let mut pairs: Vec<(u32, u32)> = Vec::with_capacity(folded.len());
    for (ei, k) in folded {
        if k.len() < 2 || k.contains('#') {
            continue;
        }
        let id = intern(k, &mut keys);
        pairs.push((id, ei));
    }
    for (w, cc) in &LEXICON.demonyms {
        let k = fold_name(w);
        if k.len() < 2 {
            continue;
        }
        let id = intern(k.into(), &mut keys) as usize;
        keys[id].demonym = Some(cc.clone());
    }
    // Group the places by key, in place order, each place once per key.
    let mut counts = vec![0u32; keys.len() + 1];
    let mut last = vec![u32::MAX; keys.len()];
    for &(k, e) in &pairs {
        if last[k as usize] != e {
            last[k as usize] = e;
            counts[k as usize + 1] += 1;
        }
    }
    for i in 1..counts.len() {
        counts[i] += counts[i - 1];
    }
    let mut key_entries = vec![0u32; counts[keys.len()] as usize];
    let mut fill: Vec<u32> = counts[..keys.len()].to_vec();
    last.iter_mut().for_each(|x| *x = u32::MAX);
    for &(k, e) in &pairs {
        let k = k as usize;
        if last[k] != e {
            last[k] = e;
            key_entries[fill[k] as usize] = e;
            fill[k] += 1;
        }
    }
    for (i, info) in keys.iter_mut().enumerate() {
        info.start = counts[i];
        info.end = counts[i + 1];
    }
    for (k, &id) in &index {
        if keys[id as usize].demonym.is_none() {
            continue;
        }
        if let Some((first, _)) = k.split_once(' ') {
            if let Some(m) = first_words.get_mut(first) {
                m.demonym_first = true;
            }
        }
    }
    KeyIndex {
        key_entries,
        keys,
        index,
        first_words,
    }
}

/// For each country, the distance from its point within which four in five
/// of its settlements lie: how well its one point locates an event in it.
fn country_extents(entries: &[Entry]) -> HashMap<Box<str>, f32, FnvBuild> {
    let mut points: HashMap<&str, (f64, f64), FnvBuild> = HashMap::with_hasher(FnvBuild);
    for e in entries {
        if e.kind == PlaceKind::Country {
            points.insert(e.country.as_str(), (e.lat, e.lon));
        }
    }
    let mut dists: HashMap<&str, Vec<f32>, FnvBuild> = HashMap::with_hasher(FnvBuild);
    for e in entries {
        if !matches!(
            e.kind,
            PlaceKind::City | PlaceKind::Town | PlaceKind::Village
        ) {
            continue;
        }
        if let Some(&(lat, lon)) = points.get(e.country.as_str()) {
            dists
                .entry(e.country.as_str())
                .or_default()
                .push(distance_km(lat, lon, e.lat, e.lon) as f32);
        }
    }
    dists
        .into_iter()
        .map(|(cc, mut d)| {
            let k = (d.len() * 4 / 5).min(d.len() - 1);
            let (_, kth, _) = d.select_nth_unstable_by(k, |a, b| a.total_cmp(b));
            (Box::from(cc), *kth)
        })
        .collect()
}

impl Entry {
    /// Whether one of its names has the light key `light`.
    fn has_light(&self, light: &str) -> bool {
        self.names
            .split('\n')
            .any(|n| fold::has_light_key(n, light))
    }
}

/// `ARABIC_WORLD.contains(&country)`, comparing two bytes at a time (every
/// code of the list has two).
fn in_arabic_world(country: &str) -> bool {
    let &[a, b] = country.as_bytes() else {
        return false;
    };
    ARABIC_WORLD.iter().any(|c| c.as_bytes() == [a, b])
}

/// Countries whose names reach English through transliteration from Arabic,
/// Persian, Kurdish, Turkish, Pashto or Urdu: their places match on the
/// folded key; places elsewhere must match on the light key.
const ARABIC_WORLD: &[&str] = &[
    "SY", "IQ", "LB", "JO", "PS", "IL", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG", "LY", "TN",
    "DZ", "MA", "MR", "EH", "SD", "SS", "TD", "NE", "ML", "SO", "DJ", "ER", "IR", "AF", "PK", "TR",
    "AZ",
];

/// The keys of a record's names folded ahead (see `build.rs`), when it
/// has them, one for each of its names.
fn keys_ahead(r: &Record) -> Option<&'static str> {
    let keys = r.keys.as_ref()?.as_static()?;
    let n = 1 + keys.bytes().filter(|&b| b == b'\t').count();
    (n == 1 + r.aliases.len()).then_some(keys)
}

/// The folded keys of all names of `records` with the index of their
/// record, in order (name, then aliases): those folded ahead, and the others
/// folded here.
fn fold_all(records: &[Record]) -> Vec<(u32, Str)> {
    let fold_chunk = |chunk: &[Record], first: usize| -> Vec<(u32, Str)> {
        let mut out = Vec::with_capacity(chunk.len() * 3);
        for (i, r) in chunk.iter().enumerate() {
            let ei = (first + i) as u32;
            if let Some(keys) = keys_ahead(r) {
                out.extend(load::fields(keys, b'\t').map(|k| (ei, Str::from(k))));
                continue;
            }
            out.push((ei, fold_name(&r.name).into()));
            out.extend(r.aliases.iter().map(|a| (ei, Str::from(fold_name(a)))));
        }
        out
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || records.len() < 10_000 {
        return fold_chunk(records, 0);
    }
    let (a, b) = records.split_at(records.len() / 2);
    std::thread::scope(|scope| {
        let second = scope.spawn(|| fold_chunk(b, a.len()));
        let mut first = fold_chunk(a, 0);
        match second.join() {
            Ok(rest) => first.extend(rest),
            Err(_) => first.extend(fold_chunk(b, a.len())),
        }
        first
    })
}

/// The places a match may be, and those whose names it spells exactly.
type Options = Rc<(Vec<u32>, ExactSet)>;

/// The [`Options`] of the matches seen before, by spelling and key, for the
/// gazetteer `owner` (see [`Gazetteer::id`]): they depend on the key and
/// on the spelling's light key alone, and news repeat their places, so a
/// lookup replaces folding the spelling and comparing it with every name
/// of the key. It is emptied when it grows large or serves another
/// gazetteer, between two documents only.
#[derive(Default)]
struct OptionsCache {
    owner: u64,
    /// Spelling -> the options of each key matched with it.
    map: HashMap<Box<str>, Vec<(u32, Options)>, FnvBuild>,
}

/// Spellings kept at most in a thread's [`OptionsCache`].
const OPTIONS_CACHE_MAX: usize = 1 << 14;

thread_local! {
    static OPTIONS_CACHE: std::cell::RefCell<OptionsCache> = std::cell::RefCell::default();
}

/// The identity of the next gazetteer built (0 is the empty default).
static NEXT_GAZETTEER_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The places whose names a match spells exactly.
type ExactSet = HashSet<u32, FnvBuild>;

/// A raw match of a key in the folded text.
/// Words glued after a country or city that make it a modifier of an actor
/// ("the Britain-based monitor", "Russian-backed forces"), not a place.
const AGENT_SUFFIXES: &[&str] = &[
    "-based",
    "-backed",
    "-led",
    "-allied",
    "-funded",
    "-supported",
    "-sponsored",
    "-affiliated",
    "-aligned",
    "-linked",
    "-trained",
    "-armed",
    "-controlled",
    "-held",
];

/// Whether the name stands for an actor rather than a place: a modifier
/// ("Britain-based", "Iran-backed") or an agent after "by" ("led by Russia").
fn names_an_agent(text: &str, span: Span) -> bool {
    let after = text.get(span.end..).unwrap_or("");
    if AGENT_SUFFIXES.iter().any(|s| {
        after.len() >= s.len()
            && after.is_char_boundary(s.len())
            && after[..s.len()].eq_ignore_ascii_case(s)
    }) {
        return true;
    }
    let before = text.get(..span.start).unwrap_or("").trim_end();
    let word_start = before
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |i| i + 1);
    before
        .get(word_start..)
        .is_some_and(|w| w.eq_ignore_ascii_case("by"))
}

#[derive(Clone, Debug)]
struct Candidate {
    key: u32,
    /// The folded key in the folded buffer.
    fkey: (usize, usize),
    span: Span,
    first_word: usize,
    last_word: usize,
    sentence: Span,
}

impl Gazetteer {
    /// The embedded default gazetteer, built once per process.
    pub fn builtin() -> &'static Gazetteer {
        static G: Lazy<Gazetteer> =
            Lazy::new(|| GazetteerBuilder::new().build_owned().unwrap_or_default());
        &G
    }

    /// A builder starting from the built-in places.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    /// A builder starting with no place.
    pub fn builder_empty() -> GazetteerBuilder {
        GazetteerBuilder::empty()
    }

    /// How far from a country's point four in five of its settlements lie,
    /// in km (`None` for a country without settlements in the gazetteer).
    /// A country mention locates an event about this well: Lebanon's point
    /// within some 75 km, Afghanistan's only within 450.
    pub fn country_extent_km(&self, country: &str) -> Option<f64> {
        self.extents.get(country).map(|&d| f64::from(d))
    }

    /// The number of places.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the gazetteer holds no place.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The places named in the content sentences of `text`, resolved with
    /// the whole document as context, in text order.
    pub fn places(&self, text: &str, sentences: &[Sentence]) -> Vec<Place> {
        let content: Vec<Span> = sentences
            .iter()
            .filter(|s| s.kind.is_content())
            .map(|s| s.span)
            .collect();
        self.places_in(text, &content)
    }

    /// The places named in `text`, read as one block of content (a headline,
    /// a sentence, a short note).
    pub fn find(&self, text: &str) -> Vec<Place> {
        let s = Sentence {
            span: Span::new(0, text.len()),
            kind: SentenceKind::Body,
            paragraph: 0,
        };
        self.places(text, &[s])
    }

    fn places_in(&self, text: &str, content: &[Span]) -> Vec<Place> {
        if self.index.is_empty() {
            return Vec::new();
        }
        // 1. Fold the content once.
        let content_len: usize = content.iter().map(|s| s.len()).sum();
        let mut words: Vec<Word> = Vec::with_capacity(content_len / 5 + 16);
        let mut sentence_of_word: Vec<(usize, Span)> = Vec::with_capacity(content.len());
        for s in content {
            sentence_of_word.push((words.len(), *s));
            fold::words_into(text, s.start, s.end, &mut words);
        }
        let mut f = Folded::default();
        f.buf.reserve(text.len() + 16);
        f.pieces.reserve(words.len());
        f.caps.reserve(words.len());
        // Each piece carries the word counts of the keys its word starts
        // (`Lengths::to_memo`), looked up once per spelling and thread.
        fold::fold_words(text, &words, 0, &mut f, self.id, &mut |w| {
            self.first_words.get(w).map_or(0, |l| l.to_memo())
        });
        f.words = words;
        let sentence_at = |w: usize| -> Span {
            let i = sentence_of_word.partition_point(|&(start, _)| start <= w);
            sentence_of_word
                .get(i.saturating_sub(1))
                .map(|&(_, s)| s)
                .unwrap_or_default()
        };
        let all_caps = |s: Span| -> bool {
            let t = s.as_str(text);
            let letters = t.chars().filter(|c| c.is_alphabetic());
            let (mut up, mut n) = (0, 0);
            for c in letters {
                n += 1;
                if c.is_uppercase() {
                    up += 1;
                }
            }
            n > 0 && up * 10 >= n * 8
        };
        let mut caps_cache: Vec<(Span, bool)> = Vec::new();
        let mut all_caps_sentence = |s: Span| -> bool {
            if let Some(&(_, v)) = caps_cache.iter().rev().find(|(x, _)| *x == s) {
                return v;
            }
            let v = all_caps(s);
            caps_cache.push((s, v));
            v
        };
        // 2. Scan.
        let mut cands: Vec<Candidate> = Vec::new();
        let mut demonyms: Vec<(&str, bool)> = Vec::new();
        // Leftmost-longest lookup of word n-grams in the index.
        let buf = f.buf.as_str();
        let pieces = &f.pieces;
        // A match needs a capitalised word (see `surface_ok`), and the
        // other outcome, a demonym in lower case, skips more words than its
        // first only when it has several: where no word within reach of the
        // longest key is capitalised and no such demonym starts, the keys
        // are not looked up. `caps_before[w]` counts the capitalised words
        // before word `w`.
        let mut caps_before: Vec<u32> = Vec::with_capacity(f.words.len() + 1);
        let mut n_caps = 0;
        caps_before.push(0);
        for &cap in &f.caps {
            if cap {
                n_caps += 1;
            }
            caps_before.push(n_caps);
        }
        let mut i = 0;
        while i < pieces.len() {
            // The run of pieces from i that no break interrupts, as long as
            // the longest key starting with this word.
            let Some(lengths) = Lengths::from_memo(pieces[i].memo) else {
                i += 1;
                continue;
            };
            let mut last = i;
            while last + 1 < pieces.len()
                && last + 1 - i < lengths.max as usize
                && pieces[last + 1].fstart == pieces[last].fend + 1
            {
                last += 1;
            }
            let caps_from = caps_before.get(pieces[i].word);
            if caps_from.is_some()
                && caps_from == caps_before.get(pieces[last].last_word + 1)
                && !lengths.demonym_first
            {
                i += 1;
                continue;
            }
            let hit = (i..=last).rev().find_map(|j| {
                if !lengths.has(j + 1 - i) {
                    return None;
                }
                let k = buf.get(pieces[i].fstart..pieces[j].fend)?;
                self.index.get(k).map(|&key| (key, j))
            });
            let Some((key, j)) = hit else {
                i += 1;
                continue;
            };
            let (a, b) = (pieces[i], pieces[j]);
            let c = Candidate {
                key,
                fkey: (a.fstart, b.fend),
                span: Span::new(a.start, b.end),
                first_word: a.word,
                last_word: b.last_word,
                sentence: sentence_at(a.word),
            };
            let info = &self.keys[key as usize];
            if info.demonym.is_some() {
                // Demonyms match on their exact spelling ("Thai" is not "The").
                let surface = c.span.as_str(text);
                let demonym = with_normalised(surface, |norm| {
                    let cc = LEXICON.demonym_of.get(norm)?;
                    Some((cc.as_str(), LEXICON.groups.contains(norm)))
                });
                if let Some(d) = demonym {
                    if fold::is_capitalised(surface) {
                        demonyms.push(d);
                    }
                    i = j + 1;
                    continue;
                }
                if info.start == info.end {
                    i += 1;
                    continue;
                }
            }
            if self.surface_ok(text, &f, &c, || all_caps_sentence(c.sentence)) {
                cands.push(c);
                i = j + 1;
            } else {
                i += 1;
            }
        }
        // 3. False friends and persons' names.
        let lex = &*LEXICON;
        let mut keep = vec![true; cands.len()];
        let mut needs_context = vec![false; cands.len()];
        let mut person_keys: Vec<u32> = Vec::new();
        for (i, c) in cands.iter().enumerate() {
            let surface = c.span.as_str(text);
            let english = with_normalised(surface, |lower| {
                let bare = strip_article(lower);
                let single = c.first_word == c.last_word || !bare.contains([' ', '-']);
                single && lex.english.contains(bare)
            });
            if lex
                .stop
                .contains(f.buf.get(c.fkey.0..c.fkey.1).unwrap_or(""))
                || english
            {
                needs_context[i] = true;
                // "Human Rights", "Reading Festival": part of a longer name;
                // "21st of May 2016": a date; "the al-Quds hospital": an
                // institution.
                if self.continues_name(text, &f, c)
                    || self.next_to_number(text, &f, c)
                    || self.names_institution(text, &f, c)
                {
                    keep[i] = false;
                }
            }
            let person = self.is_person(text, &f, c);
            if person {
                person_keys.push(c.key);
            }
            if person
                || self.heads_longer_name(text, &f, c)
                || names_an_agent(text, c.span)
                || lex
                    .never
                    .contains(f.buf.get(c.fkey.0..c.fkey.1).unwrap_or(""))
            {
                keep[i] = false;
            }
        }
        // One name, one sense: a name the document uses as a person's name
        // ("Mohammad Teeba") is that family's name at its other mentions
        // too ("Morhaf Teeba"), unless a place word or preposition says
        // otherwise.
        for (i, c) in cands.iter().enumerate() {
            if keep[i] && person_keys.contains(&c.key) {
                needs_context[i] = true;
            }
        }
        for i in 0..cands.len() {
            if keep[i] && needs_context[i] {
                let listed = |j: usize| {
                    keep[j] && !needs_context[j] && {
                        let (x, y) = if j < i { (j, i) } else { (i, j) };
                        let gap = text
                            .get(cands[x].span.end..cands[y].span.start)
                            .unwrap_or("")
                            .trim();
                        matches!(gap, "," | "and" | ", and" | "or" | "/" | "-" | "–")
                    }
                };
                let in_list = (i > 0 && listed(i - 1)) || (i + 1 < cands.len() && listed(i + 1));
                if !(in_list || self.has_place_context(text, &f, &cands[i])) {
                    keep[i] = false;
                }
            }
        }
        // The places each match may be: outside the Arabic-script world a
        // place must match on the light key too ("Qaeda" is not "Kheda").
        // Each option carries whether the text spells one of its names
        // exactly (on the light key); computed once per key and spelling.
        let mut cands_opts: Vec<(Candidate, Options)> = Vec::new();
        let options_of = |key: u32, light: &str| -> Options {
            let mut exact = HashSet::with_hasher(FnvBuild);
            let mut opts = Vec::new();
            let info = &self.keys[key as usize];
            let list = self
                .key_entries
                .get(info.start as usize..info.end as usize)
                .unwrap_or(&[]);
            for &e in list {
                let entry = &self.entries[e as usize];
                let is_exact = entry.has_light(light);
                if is_exact {
                    exact.insert(e);
                }
                if is_exact || entry.arabic_world {
                    opts.push(e);
                }
            }
            Rc::new((opts, exact))
        };
        let mut with_cache = |cache: &mut OptionsCache| {
            if cache.owner != self.id || cache.map.len() + cands.len() > OPTIONS_CACHE_MAX {
                cache.map.clear();
                cache.owner = self.id;
            }
            for (c, k) in cands.iter().zip(&keep) {
                if !k {
                    continue;
                }
                let surface = c.span.as_str(text);
                let known = cache
                    .map
                    .get(surface)
                    .and_then(|v| v.iter().find(|(key, _)| *key == c.key));
                let o = match known {
                    Some((_, o)) => o.clone(),
                    None => {
                        let o = options_of(c.key, &fold::light_key(surface));
                        cache
                            .map
                            .entry(surface.into())
                            .or_default()
                            .push((c.key, o.clone()));
                        o
                    }
                };
                if !o.0.is_empty() {
                    cands_opts.push((c.clone(), o));
                }
            }
        };
        OPTIONS_CACHE.with(|cell| match cell.try_borrow_mut() {
            Ok(mut cache) => with_cache(&mut cache),
            Err(_) => with_cache(&mut OptionsCache::default()),
        });
        // 4. Country context.
        let mut votes: crate::lexicon::FnvMap<&str, f64> = Default::default();
        // The votes of countries' adjectives, kept apart too: they choose
        // among namesakes ("Syrian army" and Palmyra), but a country's
        // forces fight abroad ("Turkish troops shelled Tal Abyad"), so alone
        // they never make another country's place a false friend.
        let mut adjective: crate::lexicon::FnvMap<&str, f64> = Default::default();
        for &(cc, group) in &demonyms {
            *votes.entry(cc).or_default() += 2.0;
            if !group {
                *adjective.entry(cc).or_default() += 2.0;
            }
        }
        for (_, o) in &cands_opts {
            let es = &o.0;
            if let Some(country) = es
                .iter()
                .map(|&e| &self.entries[e as usize])
                .find(|e| e.kind == PlaceKind::Country)
            {
                *votes.entry(country.country.as_str()).or_default() += 3.0;
                continue;
            }
            let first = &self.entries[es[0] as usize].country;
            if es
                .iter()
                .all(|&e| &self.entries[e as usize].country == first)
            {
                *votes.entry(first.as_str()).or_default() += 1.0;
            } else {
                let share = 1.0 / es.len() as f64;
                for &e in es {
                    *votes
                        .entry(self.entries[e as usize].country.as_str())
                        .or_default() += share * 0.5;
                }
            }
        }
        let total: f64 = votes.values().sum::<f64>().max(1.0);
        let top_country = top_vote(&votes);
        // What the text states of where it is: the countries it names, or
        // whose places or groups it names; their adjectives add to them, but
        // never make a country of their own.
        let stated: crate::lexicon::FnvMap<&str, f64> = votes
            .iter()
            .filter(|&(k, v)| *v > adjective.get(k).copied().unwrap_or(0.0))
            .map(|(k, v)| (*k, *v))
            .collect();
        let top_stated = top_vote(&stated);
        // 5. Choose: first without, then with the positions of the others.
        let hint = |c: &Candidate| -> Option<&'static str> {
            let next = f.words.get(c.last_word + 1)?;
            if f.words[c.last_word].join == Join::Break {
                return None;
            }
            with_lower(text.get(next.start..next.end)?, |w| {
                Some(match w {
                    "province" | "governorate" | "provinces" | "governorates" | "state"
                    | "region" | "oblast" | "department" | "prefecture" => "admin1",
                    "district" | "districts" => "admin2",
                    "river" => "river",
                    "city" => "city",
                    _ => return None,
                })
            })
        };
        let near_any = |e: &Entry, anchors: &Anchors<'_>, km: f64| anchors.near(e.lat, e.lon, km);
        let score = |ei: u32,
                     h: Option<&str>,
                     anchors: &Anchors<'_>,
                     exact: &HashSet<u32, FnvBuild>,
                     sentence: Span| {
            let e = &self.entries[ei as usize];
            let share = votes.get(e.country.as_str()).copied().unwrap_or(0.0) / total;
            let kind = match e.kind {
                PlaceKind::Country => 3.0,
                PlaceKind::City => 2.5,
                PlaceKind::Town => 2.0,
                // Above a town: "fighting in Uruzgan" is the province
                // more often than its small namesake town; below a city.
                PlaceKind::Admin1 => 2.1,
                PlaceKind::River => 1.5,
                PlaceKind::Admin2 => 1.0,
                PlaceKind::Village | PlaceKind::Region => 1.0,
                PlaceKind::Facility => 0.8,
                PlaceKind::Neighbourhood | PlaceKind::Road => 0.3,
            };
            let bonus = match (h, e.kind) {
                (Some("admin1"), PlaceKind::Admin1) => 6.0,
                (Some("admin2"), PlaceKind::Admin2) => 6.0,
                (Some("river"), PlaceKind::River) => 6.0,
                (Some("city"), PlaceKind::City | PlaceKind::Town) => 1.0,
                _ => 0.0,
            };
            let pop = ((e.population as f64) + 1.0).log10() * 0.6;
            let near = if near_any(e, anchors, 120.0) {
                2.0
            } else {
                0.0
            };
            // Near a place of its own sentence: "the al-Midan
            // neighbourhood in Aleppo city", where the document also
            // names Damascus (and its al-Midan).
            let dlat = 60.0 / 111.0;
            let local = if anchors.points_in(sentence).any(|(la, lo)| {
                (la - e.lat).abs() < dlat && distance_km(la, lo, e.lat, e.lon) < 60.0
            }) {
                1.5
            } else {
                0.0
            };
            // The spelling of the text is one of the place's own names.
            let exact = if exact.contains(&ei) { 1.5 } else { 0.0 };
            8.0 * share + kind + bonus + pop + near + local + exact
        };
        let rank =
            |c: &Candidate, es: &[u32], anchors: &Anchors<'_>, exact: &HashSet<u32, FnvBuild>| {
                let h = hint(c);
                let mut scored: Vec<(f64, u32)> = es
                    .iter()
                    .map(|&e| (score(e, h, anchors, exact, c.sentence), e))
                    .collect();
                scored.sort_by(|a, b| b.0.total_cmp(&a.0));
                scored.into_iter().map(|(_, e)| e).collect::<Vec<u32>>()
            };
        let first: Vec<u32> = cands_opts
            .iter()
            .map(|(c, o)| rank(c, &o.0, &Anchors::NONE, &o.1)[0])
            .collect();
        // The first readings that may anchor the others: no country, admin1
        // or river; each match leaves out itself and its namesakes.
        let anchor_points: Vec<AnchorPoint> = first
            .iter()
            .enumerate()
            .filter(|&(_, &e)| {
                !matches!(
                    self.entries[e as usize].kind,
                    PlaceKind::Country | PlaceKind::Admin1 | PlaceKind::River
                )
            })
            .map(|(j, &e)| AnchorPoint {
                cand: j,
                key: cands_opts[j].0.key,
                lat: self.entries[e as usize].lat,
                lon: self.entries[e as usize].lon,
                sentence: cands_opts[j].0.sentence,
            })
            .collect();
        // The same points by latitude, for the distance tests, each name's
        // point once: a match never measures against its own name, so its
        // other mentions add nothing (a long report names a town hundreds
        // of times).
        let mut by_lat: Vec<(f64, u32)> = anchor_points
            .iter()
            .enumerate()
            .map(|(i, p)| (p.lat, i as u32))
            .collect();
        by_lat.sort_by(|a, b| a.0.total_cmp(&b.0));
        by_lat.dedup_by(|a, b| {
            let (pa, pb) = (&anchor_points[a.1 as usize], &anchor_points[b.1 as usize]);
            pa.key == pb.key && pa.lat == pb.lat && pa.lon == pb.lon
        });
        let anchors_for = |i: usize, key: u32| Anchors {
            points: &anchor_points,
            by_lat: &by_lat,
            cand: i,
            key,
        };
        // A place in another country than the one the document is about,
        // far from every other place it names, is a false friend when it is
        // small, matched by a loose spelling ("al-Sinaa" for Sanandaj's
        // "Sinna"), or written with an Arabic article outside the
        // Arabic-script world ("al-Tiba").
        let false_friend =
            |ei: u32, c: &Candidate, anchors: &Anchors<'_>, exact: &HashSet<u32, FnvBuild>| {
                let e = &self.entries[ei as usize];
                let Some((top, share)) = top_stated else {
                    return false;
                };
                // The document names the country or its people ("Iraqi forces").
                let named = votes.get(e.country.as_str()).copied().unwrap_or(0.0) >= 1.5;
                let loose = !exact.contains(&ei);
                // Loose spellings must lie close to the other places named,
                // and closer still across a border ("Al Kalassa region of the
                // Syrian capital" is not Qiryat Shmona's old name, 100 km off).
                let radius = match (loose, top_stated) {
                    (true, Some((top, _))) if e.country != top => 50.0,
                    (true, _) => 150.0,
                    (false, _) => 300.0,
                };
                if named || near_any(e, anchors, radius) {
                    return false;
                }
                // One capitalised word opening a sentence, spelled only
                // loosely like a place, with nothing else for it: a word
                // ("Guerra de facções" is not Gojra).
                let opening = c.first_word == 0 || f.words[c.first_word - 1].join == Join::Break;
                if loose && opening && c.first_word == c.last_word && e.kind != PlaceKind::Country {
                    return true;
                }
                if e.country == top {
                    return false;
                }
                let small = !matches!(
                    e.kind,
                    PlaceKind::Country | PlaceKind::Admin1 | PlaceKind::River
                ) && e.population < 100_000;
                // The document names its own country ("Mali: ..."): a region
                // or a town of a country it never names is another namesake
                // ("Sahel" of Burkina Faso, "Kufa" of Iraq in a Malian text);
                // only a large city ("Geneva talks" aside) is told by name.
                let own_named = stated.get(top).copied().unwrap_or(0.0) >= 3.0;
                let medium = !matches!(e.kind, PlaceKind::Country | PlaceKind::River)
                    && e.population < 500_000;
                let article = !e.arabic_world
                    && with_normalised(c.span.as_str(text), |lower| {
                        strip_article(lower).len() != lower.len()
                    });
                loose || article || (small && share >= 0.4) || (medium && own_named && share >= 0.5)
            };
        let mut places = Vec::with_capacity(cands_opts.len());
        for (idx, (c, o)) in cands_opts.iter().enumerate() {
            let (es, exact) = (&o.0, &o.1);
            let anchors = anchors_for(idx, c.key);
            let ranked = if es.len() > 1 {
                rank(c, es, &anchors, exact)
            } else {
                vec![first[idx]]
            };
            let Some(e) = ranked
                .into_iter()
                .find(|&e| !false_friend(e, c, &anchors, exact))
                .map(|e| &self.entries[e as usize])
            else {
                continue;
            };
            // "Russia has deployed", "Moscow says": a foreign country or
            // large city as the subject of a verb is an actor, not where
            // something happens.
            // Only where the document is mostly about another country (a
            // third of its votes: "Moscow reported" in a Syrian story that
            // names Moscow three times).
            let foreign = top_country.is_some_and(|(top, share)| top != e.country && share >= 0.3);
            let big = e.kind == PlaceKind::Country
                || (e.kind == PlaceKind::City && e.population >= 500_000);
            if foreign && big && self.before_actor_verb(text, &f, c) {
                continue;
            }
            places.push(Place {
                name: e.name.to_string(),
                kind: e.kind,
                country: e.country.to_string(),
                lat: e.lat,
                lon: e.lon,
                id: e.id.to_string(),
                admin1: e.admin1.as_deref().map(str::to_string),
                span: c.span,
                relation: relation::read(text, c.sentence, c.span),
            });
        }
        places
    }

    /// Capitalisation and acronym rules on the surface of a match.
    /// `caps_line` tells whether its line is written in capitals; it is
    /// asked only of a short word in capitals.
    fn surface_ok(
        &self,
        text: &str,
        f: &Folded,
        c: &Candidate,
        caps_line: impl FnOnce() -> bool,
    ) -> bool {
        let surface = c.span.as_str(text);
        if surface.is_empty() {
            return false;
        }
        let words = &f.words[c.first_word..=c.last_word.min(f.words.len().saturating_sub(1))];
        let any_cap = words
            .iter()
            .any(|w| text.get(w.start..w.end).is_some_and(fold::is_capitalised));
        if !any_cap {
            return false;
        }
        let single = c.first_word == c.last_word;
        if single && !fold::is_capitalised(surface) {
            return false;
        }
        // An upper-case abbreviation in ordinary text (US, UN, IS, SDF) is
        // an acronym, not a place, unless listed.
        let starts_sentence = c.first_word == 0 || f.words[c.first_word - 1].join == Join::Break;
        if single && !starts_sentence {
            let mut letters = surface.chars().filter(|c| c.is_alphabetic());
            let short_caps = letters.clone().count() <= 5
                && letters.clone().nth(1).is_some()
                && letters.all(char::is_uppercase);
            if short_caps && !LEXICON.acronyms.contains(surface) && !caps_line() {
                return false;
            }
        }
        true
    }

    /// Whether the match is part of a person's name: right after a given
    /// name or a title.
    fn is_person(&self, text: &str, f: &Folded, c: &Candidate) -> bool {
        let prev = (c.first_word > 0)
            .then(|| f.words[c.first_word - 1])
            .filter(|w| w.join != Join::Break)
            .and_then(|w| text.get(w.start..w.end));
        let name_follows = || {
            f.words[c.last_word].join == Join::Space
                && f.words
                    .get(c.last_word + 1)
                    .and_then(|n| text.get(n.start..n.end))
                    .is_some_and(|n| {
                        fold::is_capitalised(n)
                            && !with_lower(n, |n| LEXICON.context_after.contains(n))
                    })
        };
        // A title in lower case ("army chief Zahran Alloush") before a
        // full name: the match is its first part.
        if prev.is_some_and(|p| {
            with_normalised(p, |p| LEXICON.person_before.contains(p))
                && (fold::is_capitalised(p) || name_follows())
        }) {
            return true;
        }
        // "Raman Yousef": a name followed by a given name or family name.
        if c.first_word == c.last_word && f.words[c.last_word].join == Join::Space {
            if let Some(n) = f.words.get(c.last_word + 1) {
                if let Some(n) = text.get(n.start..n.end) {
                    return fold::is_capitalised(n)
                        && with_normalised(n, |n| LEXICON.person_before.contains(n))
                        && !with_lower(n, |n| LEXICON.context_after.contains(n));
                }
            }
        }
        false
    }

    /// Whether a number stands next to the match ("21st of May 2016",
    /// "March 3"): a date, not a place.
    fn next_to_number(&self, text: &str, f: &Folded, c: &Candidate) -> bool {
        let starts_digit = |w: &Word| {
            text.get(w.start..w.end)
                .and_then(|s| s.chars().next())
                .is_some_and(|ch| ch.is_ascii_digit())
        };
        let next = f.words.get(c.last_word + 1);
        if f.words[c.last_word].join != Join::Break && next.is_some_and(starts_digit) {
            return true;
        }
        let word = |k: usize| f.words.get(k).filter(|w| w.join != Join::Break);
        if c.first_word >= 1 {
            if let Some(p) = word(c.first_word - 1) {
                if starts_digit(p) {
                    return true;
                }
                let is_of = text
                    .get(p.start..p.end)
                    .is_some_and(|s| s.eq_ignore_ascii_case("of"));
                if is_of && c.first_word >= 2 && word(c.first_word - 2).is_some_and(starts_digit) {
                    return true;
                }
            }
        }
        false
    }

    /// Whether the next word, on the same line, is a verb of
    /// `[actor_verbs]` ("has", "says").
    fn before_actor_verb(&self, text: &str, f: &Folded, c: &Candidate) -> bool {
        if f.words[c.last_word].join != Join::Space {
            return false;
        }
        // "the U.N. team in Damascus will be given access": after a
        // preposition the name is a place, whatever verb follows.
        let prev = c
            .first_word
            .checked_sub(1)
            .and_then(|k| f.words.get(k))
            .filter(|w| w.join != Join::Break)
            .and_then(|w| text.get(w.start..w.end))
            .unwrap_or("");
        if with_lower(prev, |p| {
            matches!(
                p,
                "in" | "at" | "from" | "near" | "to" | "into" | "of" | "outside"
            )
        }) {
            return false;
        }
        f.words
            .get(c.last_word + 1)
            .and_then(|n| text.get(n.start..n.end))
            .is_some_and(|n| with_lower(n, |n| LEXICON.actor_verbs.contains(n)))
    }

    /// Whether the next word, in any case, names an institution ("the
    /// al-Quds hospital", "Quds Force").
    fn names_institution(&self, text: &str, f: &Folded, c: &Candidate) -> bool {
        if f.words[c.last_word].join == Join::Break {
            return false;
        }
        f.words
            .get(c.last_word + 1)
            .and_then(|n| text.get(n.start..n.end))
            .is_some_and(|n| with_lower(n, |n| LEXICON.institution_after.contains(n)))
    }

    /// Whether the next word is capitalised and not a place word ("Human
    /// Rights" but not "Mobile Province").
    fn continues_name(&self, text: &str, f: &Folded, c: &Candidate) -> bool {
        if f.words[c.last_word].join == Join::Break {
            return false;
        }
        let Some(next) = f.words.get(c.last_word + 1) else {
            return false;
        };
        let Some(n) = text.get(next.start..next.end) else {
            return false;
        };
        fold::is_capitalised(n) && !with_lower(n, |n| LEXICON.context_after.contains(n))
    }

    /// Whether the match is the head of a longer name the gazetteer does not
    /// hold: a Romance particle and a capitalised word follow ("Praia do
    /// Futuro", "San José de Ocoa"), an armed group's word ("Benghazi
    /// Saraya"), or a meeting's ("the Geneva talks"), or a generic Arabic
    /// head before an article ("the Bab al-Hawa crossing").
    fn heads_longer_name(&self, text: &str, f: &Folded, c: &Candidate) -> bool {
        let word = |k: usize| {
            f.words
                .get(k)
                .and_then(|w| text.get(w.start..w.end))
                .unwrap_or("")
        };
        if f.words[c.last_word].join == Join::Break {
            return false;
        }
        let next = word(c.last_word + 1);
        if fold::is_capitalised(next) && with_lower(next, |n| LEXICON.org_after.contains(n)) {
            return true;
        }
        if with_lower(next, |n| LEXICON.meeting_after.contains(n)) {
            return true;
        }
        // An outlet named after it, the words side by side: "the Sana news
        // agency" (not "Jowzjan - news agency", a headline's credit).
        let after = text.get(c.span.end..).unwrap_or("");
        if after
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case(" news"))
        {
            return true;
        }
        // "the Bab al-Hawa crossing": a generic head before an article.
        if c.first_word == c.last_word
            && with_lower(word(c.first_word), |w| LEXICON.generic_head.contains(w))
            && with_lower(
                {
                    let after = text.get(c.span.end..).unwrap_or("").trim_start_matches(' ');
                    after
                        .char_indices()
                        .nth(4)
                        .map_or(after, |(i, _)| &after[..i])
                },
                |n| {
                    [
                        "al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-",
                    ]
                    .iter()
                    .any(|a| n.starts_with(a))
                },
            )
        {
            return true;
        }
        let particle = matches!(
            next,
            "de" | "do" | "da" | "dos" | "das" | "del" | "della" | "di" | "du" | "des"
        );
        particle
            && f.words
                .get(c.last_word + 1)
                .is_some_and(|w| w.join != Join::Break)
            && fold::is_capitalised(word(c.last_word + 2))
    }

    /// Whether the words around the match make it a place.
    fn has_place_context(&self, text: &str, f: &Folded, c: &Candidate) -> bool {
        let lex = &*LEXICON;
        if c.first_word > 0 {
            let prev = f.words[c.first_word - 1];
            if prev.join != Join::Break {
                if let Some(p) = text.get(prev.start..prev.end) {
                    let (before, is_of) =
                        with_lower(p, |p| (lex.context_before.contains(p), p == "of"));
                    if before {
                        return true;
                    }
                    // "the town of Hope", "the countryside of Mobile".
                    if is_of && c.first_word >= 2 {
                        let pp = f.words[c.first_word - 2];
                        if pp.join != Join::Break
                            && text
                                .get(pp.start..pp.end)
                                .is_some_and(|w| with_lower(w, |w| lex.context_after.contains(w)))
                        {
                            return true;
                        }
                    }
                }
            }
        }
        if f.words[c.last_word].join != Join::Break {
            if let Some(next) = f.words.get(c.last_word + 1) {
                if let Some(n) = text.get(next.start..next.end) {
                    if with_lower(n, |n| lex.context_after.contains(n)) {
                        return true;
                    }
                }
            }
        }
        false
    }
}

/// `s` without a leading Arabic article ("al-assad" -> "assad").
/// The country with the largest share of `votes`, and that share. On a tie,
/// Syria and Iraq (the gazetteer's core, where it holds every village), then
/// the smaller code: the same text always gets the same answer.
fn top_vote<'a>(votes: &crate::lexicon::FnvMap<&'a str, f64>) -> Option<(&'a str, f64)> {
    let total: f64 = votes.values().sum::<f64>().max(1.0);
    votes.iter().map(|(k, v)| (*k, *v / total)).max_by(|a, b| {
        let core = |c: &str| c == "SY" || c == "IQ";
        a.1.total_cmp(&b.1)
            .then_with(|| core(a.0).cmp(&core(b.0)))
            .then_with(|| b.0.cmp(a.0))
    })
}

fn strip_article(s: &str) -> &str {
    for a in [
        "al-", "el-", "al ", "el ", "as-", "ash-", "ad-", "ar-", "at-", "az-", "ez-", "an-",
    ] {
        if let Some(r) = s.strip_prefix(a) {
            return r;
        }
    }
    s
}

/// Calls `f` with `s` in lower case (as [`str::to_lowercase`] makes it),
/// without allocating for short ASCII words.
pub(crate) fn with_lower<T>(s: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buf = [0u8; 48];
    if let Some(b) = buf.get_mut(..s.len()) {
        // Copied and lower-cased in one pass, as long as it is ASCII.
        let mut ascii = true;
        for (d, &c) in b.iter_mut().zip(s.as_bytes()) {
            ascii &= c.is_ascii();
            *d = c.to_ascii_lowercase();
        }
        if ascii {
            if let Ok(l) = std::str::from_utf8(b) {
                return f(l);
            }
        }
    }
    f(&s.to_lowercase())
}

/// The first reading of a match, where it may anchor the others.
struct AnchorPoint {
    /// The match's index.
    cand: usize,
    /// Its index key.
    key: u32,
    lat: f64,
    lon: f64,
    /// The sentence it is named in.
    sentence: Span,
}

/// The anchors of one match: the points of the other matches with another
/// key.
struct Anchors<'p> {
    /// In text order.
    points: &'p [AnchorPoint],
    /// Latitude and index into `points`, by latitude.
    by_lat: &'p [(f64, u32)],
    cand: usize,
    key: u32,
}

impl Anchors<'_> {
    /// No anchor at all.
    const NONE: Anchors<'static> = Anchors {
        points: &[],
        by_lat: &[],
        cand: usize::MAX,
        key: u32::MAX,
    };

    /// Whether an anchor lies within `km` of the point. A degree of
    /// latitude is 111 km: only the anchors in that band of latitude are
    /// measured, found by binary search (a long document names thousands).
    fn near(&self, lat: f64, lon: f64, km: f64) -> bool {
        let dlat = km / 111.0;
        let from = self.by_lat.partition_point(|&(la, _)| la <= lat - dlat);
        self.by_lat[from..]
            .iter()
            .take_while(|&&(la, _)| la < lat + dlat)
            .filter_map(|&(_, i)| self.points.get(i as usize))
            .any(|p| {
                p.cand != self.cand && p.key != self.key && distance_km(p.lat, p.lon, lat, lon) < km
            })
    }

    /// The anchors named in `sentence`. The points are in text order, so
    /// a sentence's are found by binary search, not by a scan of the
    /// document's.
    fn points_in(&self, sentence: Span) -> impl Iterator<Item = (f64, f64)> + '_ {
        let from = self
            .points
            .partition_point(|p| p.sentence.start < sentence.start);
        self.points[from..]
            .iter()
            .take_while(move |p| p.sentence == sentence)
            .filter(move |p| p.cand != self.cand && p.key != self.key)
            .map(|p| (p.lat, p.lon))
    }
}

/// Calls `f` with [`normalise_surface`] of `s`, without allocating for
/// short ASCII names (where it is their ASCII lower case).
fn with_normalised<T>(s: &str, f: impl FnOnce(&str) -> T) -> T {
    if s.is_ascii() {
        with_lower(s, f)
    } else {
        f(&normalise_surface(s))
    }
}

/// Lower case, with curly apostrophes made straight.
fn normalise_surface(s: &str) -> String {
    if s.is_ascii() {
        // No curly apostrophe or Unicode hyphen to straighten.
        return s.to_ascii_lowercase();
    }
    s.chars()
        .map(|c| match c {
            '’' | '‘' | 'ʼ' => '\'',
            '‐' | '‑' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Great-circle distance in kilometres.
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().min(1.0).asin()
}
