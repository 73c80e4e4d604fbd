//! Folds the names of the built-in gazetteer tables at compile time.
//!
//! Folding every name of `data/gazetteer.tsv` and `data/places_curated.tsv`
//! was a third of the time to build the built-in gazetteer, once per process.
//! This script folds them with the very code that folds them at run time
//! (`src/gazetteer/fold.rs`, included below), so the keys cannot differ, and
//! writes, for each line of a table, the keys of its name and of its
//! alternates in order, tab-separated (an empty line for a comment or blank
//! line). The loader attaches each line's keys to its record; a record whose
//! keys do not match its names in number is folded at run time instead.

// Only `fold_name` and what it calls are used here.
#![allow(dead_code)]

use std::path::PathBuf;

/// What `fold.rs` needs of its crate.
mod gazetteer {
    /// The hasher `fold.rs` names: any hasher gives the same keys.
    #[derive(Clone, Copy, Debug, Default)]
    pub struct FnvBuild;

    impl std::hash::BuildHasher for FnvBuild {
        type Hasher = std::collections::hash_map::DefaultHasher;
        fn build_hasher(&self) -> Self::Hasher {
            Self::Hasher::default()
        }
    }
}

#[path = "src/bytes.rs"]
mod bytes;

#[path = "src/gazetteer/fold.rs"]
mod fold;

/// The tables and the files their keys go to (read by `src/gazetteer/mod.rs`).
const TABLES: &[(&str, &str)] = &[
    ("data/gazetteer.tsv", "gazetteer_keys.txt"),
    ("data/places_curated.tsv", "places_curated_keys.txt"),
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/gazetteer/fold.rs");
    println!("cargo:rerun-if-changed=src/bytes.rs");
    println!("cargo:rerun-if-changed=data/place_fold.txt");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (table, keys_file) in TABLES {
        println!("cargo:rerun-if-changed={table}");
        let text = std::fs::read_to_string(table).expect("the built-in table is readable");
        std::fs::write(out.join(keys_file), keys_of(&text)).expect("OUT_DIR is writable");
    }
}

/// The keys of each line of a table in sitrep's TSV format, cut into names
/// as `load::read_tsv` cuts them: one output line per input line.
fn keys_of(text: &str) -> String {
    let mut keys = String::with_capacity(text.len() / 2);
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        let cols: Vec<&str> = line.splitn(10, '\t').collect();
        if !(line.trim().is_empty() || line.starts_with('#')) && cols.len() >= 8 {
            let aliases = cols.get(8).copied().unwrap_or("");
            let names = std::iter::once(cols[7].trim())
                .chain(aliases.split('|').map(str::trim).filter(|s| !s.is_empty()));
            for (i, name) in names.enumerate() {
                if i > 0 {
                    keys.push('\t');
                }
                keys.push_str(&fold::fold_name(name));
            }
        }
        keys.push('\n');
    }
    keys
}
