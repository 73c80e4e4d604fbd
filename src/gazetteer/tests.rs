use super::*;
use crate::ErrorKind;

fn builtin_find(text: &str) -> Vec<Place> {
    Gazetteer::builtin().find(text)
}

#[test]
fn builtin_builds() {
    let g = Gazetteer::builtin();
    assert!(g.len() > 1000, "{g:?}");
}

#[test]
fn spelling_variants_resolve() {
    struct Case {
        place: &'static str,
        lat: f64,
        lon: f64,
        variants: &'static [&'static str],
    }
    let cases = [
        Case {
            place: "Deir ez-Zor",
            lat: 35.33,
            lon: 40.14,
            variants: &[
                "Deir ez-Zor",
                "Deir Ezzor",
                "Deir al-Zor",
                "Dayr az-Zawr",
                "DEIR EZZOR",
                "Deir el-Zour",
                "Deir az-Zour",
                "Deir Ez-Zor",
                "Deir al Zour",
                "Deir Ez Zor",
            ],
        },
        Case {
            place: "Abu Kamal",
            lat: 34.45,
            lon: 40.92,
            variants: &[
                "al-Bokamal",
                "Albu Kamal",
                "Abu Kamal",
                "al-Bukamal",
                "Al Bukamal",
                "Boukamal",
                "Abukamal",
            ],
        },
        Case {
            place: "Sukhnah",
            lat: 34.89,
            lon: 38.87,
            variants: &["Sukna", "al-Sukhnah", "As Sukhnah", "Al-Sukhna", "Sukhnah"],
        },
        Case {
            place: "Palmyra",
            lat: 34.56,
            lon: 38.28,
            variants: &["Palmyra", "Tadmur", "Tadmor"],
        },
        Case {
            place: "Raqqa",
            lat: 35.95,
            lon: 39.01,
            variants: &["Raqqa", "Ar Raqqah", "al-Raqqa", "Raqa", "Raqqah", "Rakka"],
        },
        Case {
            place: "Tal Afar",
            lat: 36.38,
            lon: 42.45,
            variants: &["Tal Afar", "Tall Afar", "Tel Afar", "Tell Afar"],
        },
        Case {
            place: "Ain Issa",
            lat: 36.39,
            lon: 38.86,
            variants: &["Ain Issa", "Ayn Issa", "Ain Eissa", "Ein Issa"],
        },
        Case {
            place: "Mayadin",
            lat: 35.02,
            lon: 40.45,
            variants: &["al-Mayadin", "Al Mayadin", "Mayadin", "Mayadeen"],
        },
        Case {
            place: "Homs",
            lat: 34.73,
            lon: 36.71,
            variants: &["Homs", "HOMS"],
        },
        Case {
            place: "Idlib",
            lat: 35.93,
            lon: 36.63,
            variants: &["Idlib", "Idleb", "Edlib"],
        },
        Case {
            place: "Hasakah",
            lat: 36.50,
            lon: 40.75,
            variants: &["Hasaka", "Hassakeh", "Al-Hasakah", "Hasakeh", "al-Hasakah"],
        },
        Case {
            place: "Qamishli",
            lat: 37.05,
            lon: 41.23,
            variants: &["Qamishli", "Qameshli", "al-Qamishli"],
        },
        Case {
            place: "Kobani",
            lat: 36.89,
            lon: 38.35,
            variants: &["Kobani", "Kobane", "Ayn al-Arab", "Ain al-Arab"],
        },
        Case {
            place: "Manbij",
            lat: 36.53,
            lon: 37.95,
            variants: &["Manbij", "Menbij"],
        },
        Case {
            place: "Tabqa",
            lat: 35.84,
            lon: 38.55,
            variants: &["Tabqa", "al-Tabqa", "Tabaqa"],
        },
        Case {
            place: "Azaz",
            lat: 36.59,
            lon: 37.04,
            variants: &["Azaz", "Aazaz", "A'zaz"],
        },
        Case {
            place: "Latakia",
            lat: 35.52,
            lon: 35.79,
            variants: &["Latakia", "Lattakia"],
        },
        Case {
            place: "Khan Shaykhun",
            lat: 35.44,
            lon: 36.65,
            variants: &["Khan Sheikhoun", "Khan Shaykhun", "Khan Sheikhun"],
        },
        Case {
            place: "Daraa",
            lat: 32.62,
            lon: 36.10,
            variants: &["Daraa", "Deraa", "Dar'a"],
        },
        Case {
            place: "Ras al-Ain",
            lat: 36.85,
            lon: 40.07,
            variants: &["Ras al-Ain", "Ras al Ayn", "Ra's al 'Ayn", "Ras al-Ayn"],
        },
        Case {
            place: "Fallujah",
            lat: 33.35,
            lon: 43.78,
            variants: &["Fallujah", "Falluja"],
        },
        Case {
            place: "Mosul",
            lat: 36.34,
            lon: 43.13,
            variants: &["Mosul", "MOSUL"],
        },
    ];
    let mut n = 0;
    let mut failures = Vec::new();
    for c in &cases {
        for v in c.variants {
            n += 1;
            // Upper case stands in datelines; elsewhere it is an acronym.
            let text = if v.chars().all(|c| !c.is_lowercase()) {
                format!("{v}, Syria – Fighting was reported on Monday.")
            } else {
                format!("Fighting was reported in {v} on Monday, Syrian and Iraqi media said.")
            };
            let found = builtin_find(&text);
            let ok = found.iter().any(|p| {
                distance_km(c.lat, c.lon, p.lat, p.lon) <= 25.0 && p.span.as_str(&text) == *v
            });
            if !ok {
                failures.push(format!(
                    "{} as {v:?}: {:?}",
                    c.place,
                    found
                        .iter()
                        .map(|p| (&p.name, &p.country, p.span.as_str(&text)))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    assert!(n >= 60, "only {n} variants");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn longest_name_wins() {
    struct Case {
        text: &'static str,
        want: &'static str,
    }
    let cases = [
        Case {
            text: "Shelling hit Deir ez-Zor again.",
            want: "Deir ez-Zor",
        },
        Case {
            text: "The SDF entered Ras al-Ain on Sunday.",
            want: "Ras al-Ain",
        },
    ];
    for c in cases {
        let found = builtin_find(c.text);
        assert_eq!(found.len(), 1, "{}: {found:?}", c.text);
        assert_eq!(found[0].span.as_str(c.text), c.want, "{}", c.text);
    }
}

fn small() -> Gazetteer {
    Gazetteer::builder_empty()
        .entry(
            PlaceEntry {
                population: 50_000,
                ..PlaceEntry::new("Tadmur", PlaceKind::Town, "SY", 34.56, 38.28)
            }
            .alias("Palmyra"),
        )
        .entry(
            PlaceEntry {
                population: 3_000,
                id: Some("test:palmyra-us".into()),
                ..PlaceEntry::new("Palmyra", PlaceKind::Village, "US", 40.3, -76.6)
            }
            .admin1("Pennsylvania"),
        )
        .entry(PlaceEntry {
            population: 1_150_000,
            ..PlaceEntry::new("Tripoli", PlaceKind::City, "LY", 32.89, 13.19)
        })
        .entry(PlaceEntry {
            population: 230_000,
            id: Some("test:tripoli-lb".into()),
            ..PlaceEntry::new("Tripoli", PlaceKind::City, "LB", 34.43, 35.84)
        })
        .entry(PlaceEntry {
            population: 1_900_000,
            ..PlaceEntry::new("Beirut", PlaceKind::City, "LB", 33.89, 35.50)
        })
        .entry(PlaceEntry::new(
            "Lebanon",
            PlaceKind::Country,
            "LB",
            33.9,
            35.8,
        ))
        .entry(PlaceEntry::new(
            "Syria",
            PlaceKind::Country,
            "SY",
            35.0,
            38.0,
        ))
        .entry(PlaceEntry {
            population: 650_000,
            ..PlaceEntry::new("Homs", PlaceKind::City, "SY", 34.73, 36.71)
        })
        .entry(PlaceEntry {
            id: Some("test:homs-gov".into()),
            ..PlaceEntry::new("Homs Governorate", PlaceKind::Admin1, "SY", 34.5, 37.5).alias("Homs")
        })
        .entry(PlaceEntry::new(
            "Hope",
            PlaceKind::Village,
            "SY",
            35.1,
            38.1,
        ))
        .entry(PlaceEntry::new(
            "Bakr",
            PlaceKind::Village,
            "SY",
            35.2,
            38.2,
        ))
        .entry(PlaceEntry::new(
            "Ramadan",
            PlaceKind::Village,
            "SY",
            35.3,
            38.3,
        ))
        .entry(PlaceEntry::new("Kabajeb", PlaceKind::Village, "SY", 35.1, 39.6).alias("Kabajib"))
        .build()
        .unwrap()
}

#[test]
fn disambiguation_by_document_context() {
    struct Case {
        name: &'static str,
        text: &'static str,
        place: &'static str,
        country: &'static str,
        kind: PlaceKind,
    }
    let cases = [
        Case {
            name: "Syrian context",
            text: "The Syrian army retook Palmyra from ISIS.",
            place: "Palmyra",
            country: "SY",
            kind: PlaceKind::Town,
        },
        Case {
            name: "American context",
            text: "American police in Palmyra arrested two men.",
            place: "Palmyra",
            country: "US",
            kind: PlaceKind::Village,
        },
        Case {
            name: "no context: the larger place",
            text: "Clashes erupted in Tripoli overnight.",
            place: "Tripoli",
            country: "LY",
            kind: PlaceKind::City,
        },
        Case {
            name: "another place of the country",
            text: "Clashes erupted in Tripoli and in Beirut overnight.",
            place: "Tripoli",
            country: "LB",
            kind: PlaceKind::City,
        },
        Case {
            name: "country named",
            text: "Protests spread across Lebanon, reaching Tripoli.",
            place: "Tripoli",
            country: "LB",
            kind: PlaceKind::City,
        },
        Case {
            name: "demonym",
            text: "Lebanese troops deployed in Tripoli.",
            place: "Tripoli",
            country: "LB",
            kind: PlaceKind::City,
        },
        Case {
            name: "city by default",
            text: "Rockets fell on Homs.",
            place: "Homs",
            country: "SY",
            kind: PlaceKind::City,
        },
        Case {
            name: "province after the name",
            text: "Rockets fell across Homs province.",
            place: "Homs",
            country: "SY",
            kind: PlaceKind::Admin1,
        },
    ];
    let g = small();
    for c in cases {
        let found = g.find(c.text);
        let p = found
            .iter()
            .find(|p| p.span.as_str(c.text) == c.place)
            .unwrap_or_else(|| panic!("{}: {found:?}", c.name));
        assert_eq!(p.country, c.country, "{}", c.name);
        assert_eq!(p.kind, c.kind, "{}", c.name);
    }
}

#[test]
fn false_friends_need_a_place_context() {
    struct Case {
        name: &'static str,
        text: &'static str,
        want: &'static [&'static str],
    }
    let cases = [
        Case {
            name: "English word opening a sentence",
            text: "Hope remains for the wounded.",
            want: &[],
        },
        Case {
            name: "after in",
            text: "Two shells fell in Hope on Monday.",
            want: &["Hope"],
        },
        Case {
            name: "before village",
            text: "Hope village was shelled.",
            want: &["Hope"],
        },
        Case {
            name: "in a list of places",
            text: "Raids hit Kabajeb, Hope and Homs.",
            want: &["Kabajeb", "Hope", "Homs"],
        },
        Case {
            name: "lower case single word",
            text: "there is hope and homs is quiet.",
            want: &[],
        },
        Case {
            name: "inside a person's name",
            text: "ISIS leader Abu Bakr al-Baghdadi urged resistance.",
            want: &[],
        },
        Case {
            name: "month name",
            text: "Fighting resumed in Ramadan near Homs.",
            want: &["Homs"],
        },
        Case {
            name: "demonym is not a place",
            text: "Syrian troops advanced.",
            want: &[],
        },
        Case {
            name: "given name before",
            text: "Commander Ahmed Hope was killed.",
            want: &[],
        },
    ];
    let g = small();
    for c in cases {
        let found: Vec<&str> = g
            .find(c.text)
            .iter()
            .map(|p| p.span.as_str(c.text))
            .collect();
        assert_eq!(found, c.want, "{}", c.name);
    }
}

#[test]
fn builtin_false_friends() {
    struct Case {
        name: &'static str,
        text: &'static str,
    }
    let cases = [
        Case {
            name: "common words",
            text: "Most of the dead were soldiers. Along the road, Man and Mobile phones were Reading.",
        },
        Case {
            name: "persons' names",
            text: "Ahmed Ramadan and Heytham Hassan said Mustafa Ali had been detained.",
        },
        Case {
            name: "organisations",
            text: "The Syrian Observatory for Human Rights said Al-Qaeda and US-backed fighters clashed.",
        },
        Case {
            name: "dates",
            text: "It was published on the 21st of May 2016 and updated in March 2018.",
        },
        Case {
            name: "leader",
            text: "An audio recording of its leader Abu Bakr al-Baghdadi was released.",
        },
        Case {
            name: "a title in lower case before a full name",
            text: "The statement of the army chief Zahran Alloush was read out.",
        },
        Case {
            name: "a think tank named after a place",
            text: "An analyst from the Hudson Institute spoke about the strikes.",
        },
        Case {
            name: "an institution named after a place",
            text: "The wounded were brought to the al-Quds hospital, and a Quds Force officer visited.",
        },
        Case {
            name: "a title before a full name",
            text: "US Secretary of Defense Ashton Carter said the strikes went on.",
        },
        Case {
            name: "a common word that names a region, without a place context",
            text: "Nothing moved on the plateau beyond the ridge; the Plateau remained calm.",
        },
        Case {
            name: "a generic Arabic head before an article",
            text: "Clashes erupted near the Bab al-Faraj clock tower.",
        },
        Case {
            name: "a meeting named by its city",
            text: "The group was excluded from the Geneva peace talks and the Astana process.",
        },
        Case {
            name: "a list of victims' names, the first opening the text",
            text: "Rayyan Ahmad Hamdo; Mohammad Teeba; Yahya Homsi",
        },
        Case {
            name: "head of a longer name",
            text: "Police found two bodies on the beach of Praia do Futuro.",
        },
        Case {
            name: "an armed group named after a city",
            text: "Fighters of the Benghazi Saraya attacked the oil terminal.",
        },
        Case {
            name: "a loosely spelled word opening a sentence",
            text: "Guerra de facções deixa dois mortos.",
        },
    ];
    for c in cases {
        let found: Vec<String> = builtin_find(c.text)
            .iter()
            .map(|p| format!("{} -> {} ({})", p.span.as_str(c.text), p.name, p.country))
            .collect();
        assert!(found.is_empty(), "{}: {found:?}", c.name);
    }
}

#[test]
fn relations_are_attached() {
    let text = "Most of the dead came south of the desert town of Sukna, east of Palmyra, \
                and in the western countryside of Deir Ezzor.";
    let found = builtin_find(text);
    let rel = |name: &str| {
        found
            .iter()
            .find(|p| p.span.as_str(text) == name)
            .and_then(|p| p.relation.clone())
            .unwrap_or_else(|| panic!("{name}: {found:?}"))
    };
    assert_eq!(rel("Sukna").direction.as_deref(), Some("south"));
    assert_eq!(rel("Palmyra").direction.as_deref(), Some("east"));
    let d = rel("Deir Ezzor");
    assert_eq!(d.direction.as_deref(), Some("west"));
    assert_eq!(d.qualifier.as_deref(), Some("countryside"));
    assert_eq!(d.span.as_str(text), "the western countryside of");
}

#[test]
fn spans_are_original_offsets() {
    let text =
        "DEIR EZZOR – Clashes near al-Bokamal and in Ra’s al-‘Ayn, and on Deir Ezzor’s outskirts.";
    let found = builtin_find(text);
    let spans: Vec<&str> = found.iter().map(|p| p.span.as_str(text)).collect();
    assert_eq!(
        spans,
        ["DEIR EZZOR", "al-Bokamal", "Ra’s al-‘Ayn", "Deir Ezzor’s"],
        "{found:?}"
    );
}

#[test]
fn no_panic_on_odd_text() {
    let g = small();
    for text in [
        "",
        " ",
        "-",
        "al-",
        "Abu",
        "al- al- al-",
        "’’’",
        "Hope’",
        "دير الزور",
        "Homs\u{301}\u{301} 🙂 Homs",
        "e\u{301}",
        "65 km",
        "south of",
        "in the outskirts of",
        "A\u{0}B Homs",
        "ŞŞŞ ẞ İ ǅ",
    ] {
        let _ = g.find(text);
        let _ = Gazetteer::builtin().find(text);
    }
}

const GEONAMES: &str = "\
1000001\tKabajib\tKabajib\tKibajib,Kabajeb,كباجب\t35.1\t39.6\tP\tPPL\tSY\t\t07\t\t\t\t0\t\t250\tAsia/Damascus\t2020-01-01
1000002\tDayr az Zawr\tDayr az Zawr\tDeir ez-Zor\t35.3\t40.1\tA\tADM1\tSY\t\t07\t\t\t\t1200000\t\t250\tAsia/Damascus\t2020-01-01
1000003\tSome Hotel\tSome Hotel\t\t35.3\t40.1\tS\tHTL\tSY\t\t07\t\t\t\t0\t\t250\tAsia/Damascus\t2020-01-01
";

#[test]
fn geonames_format_loads() {
    let g = Gazetteer::builder_empty()
        .geonames_str("SY.txt", GEONAMES)
        .build()
        .unwrap();
    assert_eq!(g.len(), 2, "hotels are not kept");
    let text = "Shelling hit Kibajib in Deir ez-Zor province.";
    let found = g.find(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].name, "Kabajib");
    assert_eq!(found[0].id, "geonames:1000001");
    assert_eq!(found[0].admin1.as_deref(), Some("Dayr az Zawr"));
    assert_eq!(found[1].kind, PlaceKind::Admin1);
}

#[test]
fn broken_lines_name_file_and_line() {
    struct Case {
        name: &'static str,
        build: fn() -> Result<Gazetteer, Error>,
        file: &'static str,
        line: usize,
        message: &'static str,
    }
    let cases = [
        Case {
            name: "geonames: too few columns",
            build: || {
                let bad = format!("{GEONAMES}1000004\tBroken\t35.0\n");
                Gazetteer::builder_empty()
                    .geonames_str("SY.txt", &bad)
                    .build()
            },
            file: "SY.txt",
            line: 4,
            message: "expected 19 tab-separated columns, found 3",
        },
        Case {
            name: "geonames: bad latitude",
            build: || {
                let bad = GEONAMES.replacen("\t35.3\t", "\tnorth\t", 1);
                Gazetteer::builder_empty()
                    .geonames_str("SY.txt", &bad)
                    .build()
            },
            file: "SY.txt",
            line: 2,
            message: "latitude \"north\" is not a number",
        },
        Case {
            name: "tsv: unknown kind",
            build: || {
                let tsv = "# comment\nsitrep:x\tcity\tSY\t\t35\t40\t0\tX\t\nsitrep:y\thamlet\tSY\t\t35\t40\t0\tY\t\n";
                Gazetteer::builder_empty()
                    .tsv_str("places.tsv", tsv)
                    .build()
            },
            file: "places.tsv",
            line: 3,
            message: "unknown kind \"hamlet\"",
        },
        Case {
            name: "alternate names: bad id",
            build: || {
                let alt = "1\t1000001\ten\tKbajeb\t\t\t\t\t\t\n2\tabc\ten\tX\t\t\t\t\t\t\n";
                Gazetteer::builder_empty()
                    .geonames_str("SY.txt", GEONAMES)
                    .alternate_names_str("alternateNamesV2.txt", alt)
                    .build()
            },
            file: "alternateNamesV2.txt",
            line: 2,
            message: "geonameid \"abc\" is not a number",
        },
    ];
    for c in cases {
        let e = (c.build)().expect_err(c.name);
        match e.kind() {
            ErrorKind::GazetteerLine {
                file,
                line,
                message,
            } => {
                assert_eq!(file.to_str(), Some(c.file), "{}", c.name);
                assert_eq!(*line, c.line, "{}", c.name);
                assert_eq!(message, c.message, "{}", c.name);
            }
            other => panic!("{}: {other:?}", c.name),
        }
    }
}

#[test]
fn missing_file_is_an_io_error() {
    let e = Gazetteer::builder_empty()
        .geonames_file("/nonexistent/allCountries.txt")
        .build()
        .unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Io { .. }), "{e}");
}

#[test]
fn alternate_names_are_added() {
    let alt = "\
1\t1000001\ten\tKbajeb Village\t\t\t\t\t\t
2\t1000001\tlink\thttps://en.wikipedia.org/wiki/Kabajib\t\t\t\t\t\t
3\t1000001\tar\tكباجب\t\t\t\t\t\t
4\t9999999\ten\tNowhere\t\t\t\t\t\t
";
    let g = Gazetteer::builder_empty()
        .geonames_str("SY.txt", GEONAMES)
        .alternate_names_str("alternateNamesV2.txt", alt)
        .build()
        .unwrap();
    let found = g.find("Shells hit Kbajeb Village.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].name, "Kabajib");
    assert!(g.find("Shells hit Nowhere and Wikipedia.").is_empty());
}

#[test]
fn custom_entries() {
    let g = Gazetteer::builder_empty()
        .entry(
            PlaceEntry::new(
                "T2 pumping station",
                PlaceKind::Facility,
                "SY",
                34.52,
                40.56,
            )
            .alias("T-2"),
        )
        .entry(PlaceEntry::new(
            "Kabajeb",
            PlaceKind::Village,
            "SY",
            35.1,
            39.6,
        ))
        .build()
        .unwrap();
    let text = "ISIS attacked the T2 pumping station and Kabajeb.";
    let found = g.find(text);
    let names: Vec<&str> = found.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["T2 pumping station", "Kabajeb"]);
    assert_eq!(found[1].id, "sitrep:kabajeb");
    // An entry with an existing id adds its aliases.
    let g = Gazetteer::builder_empty()
        .entry(PlaceEntry::new(
            "Kabajeb",
            PlaceKind::Village,
            "SY",
            35.1,
            39.6,
        ))
        .entry(PlaceEntry {
            id: Some("sitrep:kabajeb".into()),
            ..PlaceEntry::new("Kabajeb", PlaceKind::Village, "SY", 35.1, 39.6).alias("Kibajib")
        })
        .build()
        .unwrap();
    assert_eq!(g.len(), 1);
    assert_eq!(g.find("Shelling on Kibajib.").len(), 1);
    // Invalid entries fail the build.
    let e = Gazetteer::builder_empty()
        .entry(PlaceEntry::new(
            "Nowhere",
            PlaceKind::Village,
            "SY",
            95.0,
            0.0,
        ))
        .build()
        .unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::InvalidEntry { .. }), "{e}");
}

#[test]
fn builtin_extended_with_an_entry() {
    let g = Gazetteer::builder()
        .entry(PlaceEntry::new(
            "Zzyzxville",
            PlaceKind::Village,
            "SY",
            35.0,
            40.0,
        ))
        .build()
        .unwrap();
    let found = g.find("Shelling on Zzyzxville and Homs.");
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn large_tsv_reports_the_right_line() {
    // Large files are read in two halves: line numbers must still be exact.
    let mut tsv = String::from("# header\n");
    let row = "sitrep:x\tvillage\tSY\t\t35.0\t40.0\t0\tSome Village Name\tAlias One|Alias Two\n";
    let n = (1 << 20) / row.len() + 2000;
    for _ in 0..n {
        tsv.push_str(row);
    }
    let bad_line = n - 10;
    let mut lines: Vec<&str> = tsv.lines().collect();
    lines[bad_line - 1] = "sitrep:y\tvillage\tSY\t\tnorth\t40.0\t0\tY\t";
    let text = lines.join("\n");
    assert!(text.len() > 1 << 20);
    let e = Gazetteer::builder_empty()
        .tsv_str("big.tsv", &text)
        .build()
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        format!("big.tsv:{bad_line}: latitude \"north\" is not a number")
    );
}

#[test]
fn countries_as_actors_are_not_places() {
    let g = Gazetteer::builtin();
    let cases = [
        ("the Britain-based monitor said", 0),
        ("an Iran-backed militia attacked", 0),
        ("the campaign led by Russia continued", 0),
        ("the fighters crossed into Iraq", 1),
        ("clashes in Russia's Dagestan", 1),
    ];
    for (text, n) in cases {
        let found = g.find(text);
        let countries = found
            .iter()
            .filter(|p| p.kind == PlaceKind::Country)
            .count();
        assert_eq!(countries, n, "{text}: {found:?}");
    }
}

#[test]
fn foreign_country_before_a_verb_is_an_actor() {
    struct Case {
        name: &'static str,
        text: &'static str,
        place: &'static str,
        expected: bool,
    }
    let syria = "Shelling killed four people in Aleppo and Homs in Syria on Monday, \
                 and clashes went on in Idlib and Hama.";
    let cases = [
        Case {
            name: "foreign country says",
            text: "Russia says its jets hit rebels.",
            place: "Russia",
            expected: false,
        },
        Case {
            name: "foreign capital has",
            text: "Moscow has denied the report.",
            place: "Moscow",
            expected: false,
        },
        Case {
            name: "foreign country as a place",
            text: "The minister flew to Russia on Tuesday.",
            place: "Russia",
            expected: true,
        },
        Case {
            name: "the theatre's own city",
            text: "Aleppo has been shelled again.",
            place: "Aleppo",
            expected: true,
        },
    ];
    for c in cases {
        let text = format!("{syria} {}", c.text);
        let found = builtin_find(&text)
            .iter()
            .any(|p| p.span.start > syria.len() && p.span.as_str(&text) == c.place);
        assert_eq!(found, c.expected, "{}: {:?}", c.name, c.text);
    }
}

#[test]
fn country_extents() {
    let g = Gazetteer::builtin();
    let lb = g.country_extent_km("LB").expect("Lebanon has towns");
    let af = g.country_extent_km("AF").expect("Afghanistan has towns");
    assert!(lb < 150.0, "Lebanon {lb}");
    assert!(af > 300.0, "Afghanistan {af}");
    assert!(g.country_extent_km("XX").is_none());
}

#[test]
fn the_document_country_rules_out_foreign_namesakes() {
    struct Case {
        name: &'static str,
        text: &'static str,
        place: &'static str,
        want: Option<&'static str>,
    }
    let cases = [
        Case {
            name: "a foreign region in a text about Mali",
            text: "Mali: gunmen killed four herders in the Sahel on Sunday, the army of Mali said.",
            place: "Sahel",
            want: None,
        },
        Case {
            name: "a foreign town in a text about Mali",
            text: "Mali: attacks near Kufa and in Mopti. Troops in Mali were reinforced.",
            place: "Kufa",
            want: None,
        },
        Case {
            name: "the region when its own country is named",
            text: "Burkina Faso: gunmen killed four herders in the Sahel region.",
            place: "Sahel",
            want: Some("BF"),
        },
        Case {
            name: "the document's own city stays",
            text: "Syria: rebels and the government met in Geneva while shelling hit Aleppo. Syria's army advanced.",
            place: "Aleppo",
            want: Some("SY"),
        },
        Case {
            name: "a country's forces fight abroad: its adjective rules out nothing",
            text: "Turkish troops and their allies shelled Tal Abyad overnight.",
            place: "Tal Abyad",
            want: Some("SY"),
        },
        Case {
            name: "nor do two of them",
            text: "Iraqi jets and Iraqi artillery pounded Abu Kamal on Monday.",
            place: "Abu Kamal",
            want: Some("SY"),
        },
        Case {
            name: "a meeting's city is a place when something happens there",
            text: "Protesters gathered in Geneva while the talks stalled.",
            place: "Geneva",
            want: Some("CH"),
        },
        Case {
            name: "a group whose theatre is one country is where the text is",
            text: "JNIM fighters attacked soldiers near Kufa and in Mopti.",
            place: "Kufa",
            want: None,
        },
    ];
    for c in cases {
        let found = builtin_find(c.text);
        let got = found
            .iter()
            .find(|p| p.span.as_str(c.text) == c.place)
            .map(|p| p.country.as_str());
        assert_eq!(got, c.want, "{}: {found:?}", c.name);
    }
}

#[test]
fn a_family_name_is_one_at_every_mention() {
    let found = |t: &str| -> Vec<String> {
        builtin_find(t)
            .iter()
            .map(|p| p.span.as_str(t).to_string())
            .collect()
    };
    // "Hama" is a family name after "Ahmad", and so after "Nour".
    assert!(found("Victims: Ahmad Hama, Nour Hama.").is_empty());
    // A preposition makes the same name a place again.
    assert_eq!(found("Ahmad Hama was killed in Hama."), vec!["Hama"]);
}

#[test]
fn world_region_spellings_resolve() {
    // Regions of countries frequent in conflict data, in the spellings of
    // the news: (text, country).
    let cases = [
        ("South Darfur", "SD"),
        ("Southern Darfur", "SD"),
        ("North Darfur", "SD"),
        ("South Kordofan", "SD"),
        ("Oromia region", "ET"),
        ("Hiran region", "SO"),
        ("Lower Shabelle", "SO"),
        ("Middle Shabelle", "SO"),
        ("Lower Jubba", "SO"),
        ("Galgadud", "SO"),
        ("Wardak province", "AF"),
        ("Paktiya", "AF"),
        ("Sari Pul province", "AF"),
        ("Uruzgan", "AF"),
        ("Hadramout", "YE"),
        ("Donetsk region", "UA"),
        ("Kharkiv region", "UA"),
        ("North Waziristan", "PK"),
        ("Kashmir", "IN"),
        ("Basilan province", "PH"),
        ("Lanao del Sur", "PH"),
        ("Lake Chad", "TD"),
        ("Plateau", "NG"),
    ];
    let mut failures = Vec::new();
    for (v, cc) in cases {
        let text = format!("Fighting was reported in {v} on Monday.");
        let found = builtin_find(&text);
        let ok = found.iter().any(|p| {
            p.country == cc
                && matches!(
                    p.kind,
                    PlaceKind::Admin1 | PlaceKind::Admin2 | PlaceKind::Region
                )
                && v.starts_with(p.span.as_str(&text))
        });
        if !ok {
            failures.push(format!(
                "{v}: {:?}",
                found
                    .iter()
                    .map(|p| (&p.name, &p.country, p.kind))
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_armed_group_names_its_theatre() {
    let country = |t: &str, place: &str| -> Option<String> {
        builtin_find(t)
            .into_iter()
            .find(|p| p.span.as_str(t) == place)
            .map(|p| p.country)
    };
    // Without context the larger namesake; the group's theatre decides.
    assert_eq!(
        country("Gunmen attacked Gaya on Sunday.", "Gaya").as_deref(),
        Some("IN")
    );
    assert_eq!(
        country("Boko Haram fighters attacked Gaya on Sunday.", "Gaya").as_deref(),
        Some("NG")
    );
    assert_eq!(
        country("Gunmen attacked Toledo on Sunday.", "Toledo").as_deref(),
        Some("US")
    );
    assert_eq!(
        country("NPA rebels attacked Toledo on Sunday.", "Toledo").as_deref(),
        Some("PH")
    );
    // The group's name is context, not a place.
    assert!(builtin_find("Al-Shabaab fighters attacked a base.").is_empty());
}

#[test]
fn a_district_named_after_its_seat_is_read_by_context() {
    // GeoNames gives a seat its district's names; the text's context, not
    // the longest key, says which namesake a "district" is.
    let cases = [
        (
            "A shell hit a school in the Hamdaniyeh district of Aleppo.",
            "Hamdaniyeh",
            "SY",
        ),
        (
            "Fighting in Hamdaniya district near Mosul.",
            "Hamdaniya",
            "IQ",
        ),
    ];
    for (text, name, cc) in cases {
        let found = builtin_find(text);
        let got = found
            .iter()
            .find(|p| p.span.as_str(text).starts_with(name))
            .map(|p| p.country.as_str());
        assert_eq!(got, Some(cc), "{text}: {found:?}");
    }
}

#[test]
fn builtin_keys_folded_ahead_are_the_folds() {
    // build.rs folds the built-in names at compile time with fold.rs; each
    // record must carry the keys fold_name gives its names, in order.
    let b = GazetteerBuilder::new();
    let mut ahead = 0;
    for r in &b.records {
        let Some(keys) = keys_ahead(r) else { continue };
        ahead += 1;
        let names = std::iter::once(&r.name).chain(r.aliases.iter());
        for (name, key) in names.zip(keys.split('\t')) {
            assert_eq!(key, fold_name(name), "{name:?} of {:?}", r.id);
        }
    }
    // Only records merged with a later row of the same id lose their keys.
    assert!(
        ahead + 100 > b.records.len(),
        "{ahead} of {}",
        b.records.len()
    );
}

#[test]
fn a_merged_record_is_folded_with_its_new_names() {
    // The curated row adds "Zzyzx Town" to a built-in place: the keys folded
    // ahead no longer cover its names, so they are folded when built.
    let id = GazetteerBuilder::new().records[1000].id.to_string();
    let tsv = format!("{id}\ttown\tSY\t\t35.0\t38.0\t0\tZzyzx\tZzyzx Town\n");
    let g = Gazetteer::builder()
        .tsv_str("extra.tsv", &tsv)
        .build()
        .unwrap();
    let found = g.find("Shelling hit Zzyzx Town on Monday.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].id, id);
    assert_eq!(
        found[0].span.as_str("Shelling hit Zzyzx Town on Monday."),
        "Zzyzx Town"
    );
}

/// The caches a thread keeps across documents belong to one gazetteer at a
/// time: two gazetteers that read the same names in turn on one thread
/// each find their own places, as they do alone.
#[test]
fn caches_across_documents_follow_the_gazetteer() {
    // `a` and `b` number their keys alike ("zabad", "karam"), not their
    // places; `c` has no key starting with "karam".
    let a = Gazetteer::builder_empty()
        .entry(PlaceEntry::new("Zabad", PlaceKind::Town, "SY", 35.5, 37.0))
        .entry(PlaceEntry::new("Karam", PlaceKind::Town, "SY", 35.0, 36.0))
        .build()
        .unwrap();
    // The same names, so the same key numbers, but two places named Karam:
    // the city is the better reading, and `a`'s options would miss it.
    let b = Gazetteer::builder_empty()
        .entry(PlaceEntry::new("Zabad", PlaceKind::Town, "LB", 33.9, 35.6))
        .entry(PlaceEntry {
            id: Some("karam-village".into()),
            ..PlaceEntry::new("Karam", PlaceKind::Village, "LB", 33.1, 35.2)
        })
        .entry(PlaceEntry {
            population: 500_000,
            id: Some("karam-city".into()),
            ..PlaceEntry::new("Karam", PlaceKind::City, "LB", 33.5, 36.0)
        })
        .build()
        .unwrap();
    let c = Gazetteer::builder_empty()
        .entry(PlaceEntry::new(
            "Bir Karam",
            PlaceKind::Town,
            "JO",
            31.0,
            36.0,
        ))
        .build()
        .unwrap();
    let text = "Shelling hit Karam and Zabad on Monday, and later Bir Karam.";
    // Each alone: on a thread of its own, with empty caches.
    let alone: Vec<Vec<Place>> = std::thread::scope(|scope| {
        let runs: Vec<_> = [&a, &b, &c]
            .into_iter()
            .map(|g| scope.spawn(move || g.find(text)))
            .collect();
        runs.into_iter().map(|r| r.join().unwrap()).collect()
    });
    for round in 0..3 {
        for (g, want) in [&a, &b, &c].iter().zip(&alone) {
            let got = g.find(text);
            assert_eq!(got.len(), want.len(), "round {round}");
            for (x, y) in got.iter().zip(want) {
                assert_eq!((x.span, &x.country, x.lat), (y.span, &y.country, y.lat));
            }
        }
    }
    assert_eq!(alone[0][0].country, "SY");
    assert_eq!(
        (alone[1][0].country.as_str(), alone[1][0].lat),
        ("LB", 33.5)
    );
    assert!(alone[2].iter().any(|p| p.country == "JO"));
}

#[test]
fn a_namesake_near_a_place_of_its_own_sentence() {
    // Two neighbourhoods called al-Midan, in Damascus and in Aleppo: the
    // document names both cities; the sentence decides.
    let g = Gazetteer::builtin();
    let midan = |text: &str| {
        let sentences = crate::segment::sentences(text);
        g.places(text, &sentences)
            .into_iter()
            .find(|p| p.name == "al-Midan")
            .map(|p| p.lat)
            .unwrap()
    };
    let t = "Shells fell on Damascus. In Aleppo a rocket hit the al-Midan neighbourhood.";
    assert!(midan(t) > 36.0, "{}", midan(t));
    let t = "A rocket hit Aleppo. Mortars struck the al-Midan district of Damascus.";
    assert!(midan(t) < 34.0, "{}", midan(t));
}

#[test]
fn an_outlet_named_after_a_place_is_no_place() {
    let g = Gazetteer::builtin();
    let names = |text: &str| -> Vec<String> { g.find(text).into_iter().map(|p| p.name).collect() };
    assert!(
        !names("According to the Sana news agency the strikes killed five.")
            .iter()
            .any(|n| n.contains("Sanaa") || n.contains("Şan")),
        "{:?}",
        names("According to the Sana news agency the strikes killed five.")
    );
    // A headline's credit after a dash leaves the place alone.
    assert!(!names("Forces sustain casualties in Faryab and Jowzjan - news agency").is_empty());
}

#[test]
fn a_loose_spelling_across_a_border_must_lie_close() {
    let g = Gazetteer::builtin();
    let found = g.find(
        "TV said the explosion took place in Al Kalassa region of the Syrian capital Damascus.",
    );
    assert!(found.iter().all(|p| p.country == "SY"), "{found:#?}");
    assert!(found.iter().any(|p| p.name == "Damascus"), "{found:#?}");
}

#[test]
fn a_foreign_capital_acting_is_no_place_but_one_after_in_is() {
    let g = Gazetteer::builtin();
    let names = |text: &str| -> Vec<String> {
        let sentences = crate::segment::sentences(text);
        g.places(text, &sentences)
            .into_iter()
            .map(|p| p.name)
            .collect()
    };
    let t = "Air strikes hit Idlib and Aleppo on Friday, the defence ministry in Moscow said. \
             Moscow reported the deaths of five commanders in Idlib.";
    assert_eq!(
        names(t).iter().filter(|n| *n == "Moscow").count(),
        1,
        "{:?}",
        names(t)
    );
    let t = "France and Britain said in Paris that inspectors must reach the site. \
             The French minister met his British counterpart in Paris. \
             They hope the U.N. team in Damascus will be given access.";
    assert!(names(t).iter().any(|n| n == "Damascus"), "{:?}", names(t));
}
