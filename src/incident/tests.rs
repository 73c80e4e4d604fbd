//! Grouping and merging over articles written for these tests. The earlier
//! stages are replaced by hand-made facts so that each rule is tested alone.

use super::*;
use crate::segment::SentenceKind;

/// An article: one sentence per line; `//` starts a new paragraph.
struct Article {
    text: String,
    sentences: Vec<Sentence>,
    figures: Vec<(usize, Figure)>,
    places: Vec<Place>,
    dates: Vec<DateMention>,
}

fn article(lines: &[&str]) -> Article {
    let mut text = String::new();
    let mut sentences = Vec::new();
    let mut paragraph = 0;
    for l in lines {
        if *l == "//" {
            paragraph += 1;
            text.push('\n');
            continue;
        }
        let start = text.len();
        text.push_str(l);
        sentences.push(Sentence {
            span: Span::new(start, text.len()),
            kind: SentenceKind::Body,
            paragraph,
        });
        text.push('\n');
    }
    Article {
        text,
        sentences,
        figures: Vec::new(),
        places: Vec::new(),
        dates: Vec::new(),
    }
}

fn span_of(a: &Article, needle: &str, nth: usize) -> Span {
    let start = a
        .text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in the article"))
        .0;
    Span::new(start, start + needle.len())
}

fn sentence_of(a: &Article, span: Span) -> usize {
    a.sentences
        .iter()
        .position(|s| s.span.contains(span))
        .unwrap()
}

fn count(low: Option<u64>, best: u64, high: Option<u64>, approximate: bool) -> Count {
    Count {
        low,
        best,
        high,
        approximate,
    }
}

fn actor(text: &str, side: Side) -> Actor {
    Actor {
        text: text.into(),
        actor: None,
        side,
        certainty: None,
    }
}

impl Article {
    fn fig(
        &mut self,
        needle: &str,
        nth: usize,
        kind: CasualtyKind,
        c: Option<Count>,
        side: Side,
    ) -> &mut Figure {
        let span = span_of(self, needle, nth);
        let s = sentence_of(self, span);
        self.figures.push((
            s,
            Figure {
                kind,
                count: c,
                victim: Some(actor("people", side)),
                perpetrator: None,
                cumulative: false,
                claimed: false,
                claimant: None,
                span,
            },
        ));
        &mut self.figures.last_mut().unwrap().1
    }

    fn place(&mut self, needle: &str, nth: usize, kind: PlaceKind, lat: f64, lon: f64) {
        let span = span_of(self, needle, nth);
        self.places.push(Place {
            name: needle.into(),
            kind,
            country: "SY".into(),
            lat,
            lon,
            id: format!("test:{needle}"),
            admin1: Some("Idlib".into()),
            span,
            relation: None,
        });
    }

    fn date(&mut self, needle: &str, nth: usize, day: Option<&str>) {
        let span = span_of(self, needle, nth);
        let d = day.map(|d| d.parse::<Date>().unwrap());
        self.dates.push(DateMention {
            span,
            range: DateRange {
                start: d,
                end: d,
                text: Some(needle.into()),
                span: Some(span),
            },
            period: false,
            kind: crate::date::DateKind::Weekday,
            ambiguous: false,
            issued: false,
        });
    }

    fn period(&mut self, needle: &str, start: &str, end: &str) {
        let span = span_of(self, needle, 0);
        self.dates.push(DateMention {
            span,
            range: DateRange {
                start: Some(start.parse().unwrap()),
                end: Some(end.parse().unwrap()),
                text: Some(needle.into()),
                span: Some(span),
            },
            period: true,
            kind: crate::date::DateKind::Period,
            ambiguous: false,
            issued: false,
        });
    }

    fn run(&mut self, published: Option<&str>) -> Vec<Incident> {
        self.figures.sort_by_key(|(_, f)| f.span);
        self.places.sort_by_key(|p| p.span);
        self.dates.sort_by_key(|d| d.span);
        let facts = Facts {
            text: &self.text,
            sentences: &self.sentences,
            figures: &self.figures,
            places: &self.places,
            dates: &self.dates,
            published: published.map(|p| p.parse().unwrap()),
            gazetteer: crate::gazetteer::Gazetteer::builtin(),
        };
        assemble(&facts, &SourceLexicon::builtin(), &ActorLexicon::builtin())
    }
}

#[test]
fn one_event_told_three_times_is_one_figure() {
    let mut a = article(&[
        "Rebels kill more than 20 soldiers near Saraqib",
        "At least 20 soldiers were killed on Monday near Saraqib, the Syrian Observatory for Human Rights said.",
        "The attack began at dawn.",
        "The toll rose to 22, the monitor said.",
    ]);
    a.fig(
        "more than 20",
        0,
        CasualtyKind::Killed,
        Some(count(Some(21), 21, None, false)),
        Side::StateForces,
    );
    a.fig(
        "At least 20",
        0,
        CasualtyKind::Killed,
        Some(count(Some(20), 20, None, false)),
        Side::StateForces,
    );
    a.fig(
        "rose to 22",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(22)),
        Side::Unknown,
    );
    a.place("Saraqib", 0, PlaceKind::Town, 35.86, 36.80);
    a.place("Saraqib", 1, PlaceKind::Town, 35.86, 36.80);
    a.date("on Monday", 0, Some("2019-05-06"));
    let incidents = a.run(Some("2019-05-07"));
    assert_eq!(incidents.len(), 1, "{incidents:#?}");
    let i = &incidents[0];
    assert_eq!(i.casualties.len(), 1);
    let c = &i.casualties[0];
    assert_eq!(c.count, Some(count(Some(22), 22, Some(22), false)));
    assert_eq!(c.evidence.len(), 3);
    assert_eq!(i.sources, vec!["Syrian Observatory for Human Rights"]);
    assert_eq!(i.date.as_ref().unwrap().text.as_deref(), Some("on Monday"));
    assert_eq!(i.places.len(), 1);
    assert!(i.key.starts_with("SY|Idlib|2019-05-06|"), "{}", i.key);
}

#[test]
fn bounds_combine_more_than_and_nearly() {
    let mut a = article(&[
        "More than 30 soldiers were killed and dozens more wounded in the attack.",
        "The offensive on the hospital left nearly 33 soldiers dead, the spokesman said.",
    ]);
    a.fig(
        "More than 30",
        0,
        CasualtyKind::Killed,
        Some(count(Some(31), 31, None, false)),
        Side::StateForces,
    );
    a.fig(
        "dozens more",
        0,
        CasualtyKind::Wounded,
        Some(count(Some(24), 24, Some(99), true)),
        Side::StateForces,
    );
    a.fig(
        "nearly 33",
        0,
        CasualtyKind::Killed,
        Some(count(None, 33, Some(33), false)),
        Side::StateForces,
    );
    let incidents = a.run(None);
    assert_eq!(incidents.len(), 1, "{incidents:#?}");
    let killed = incidents[0]
        .casualties
        .iter()
        .find(|c| c.kind == CasualtyKind::Killed)
        .unwrap();
    assert_eq!(killed.count, Some(count(Some(31), 31, Some(33), false)));
    assert_eq!(incidents[0].casualties.len(), 2, "wounded stays apart");
    assert!(
        incidents[0].date.is_none(),
        "no expression, no publication date"
    );
}

#[test]
fn distinct_victim_groups_stay_distinct() {
    let mut a = article(&["The strike killed three civilians and two soldiers in Ariha."]);
    a.fig(
        "three civilians",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(3)),
        Side::Civilians,
    );
    a.fig(
        "two soldiers",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(2)),
        Side::StateForces,
    );
    let incidents = a.run(None);
    assert_eq!(incidents.len(), 1);
    assert_eq!(incidents[0].casualties.len(), 2);
    assert_eq!(incidents[0].event_type, EventType::AirStrike);
}

#[test]
fn several_events_in_one_article() {
    let mut a = article(&[
        "Five civilians were killed in shelling on Ariha on Tuesday.",
        "//",
        "In another attack, a car bomb killed seven people in Azaz on Wednesday.",
        "//",
        "Since the start of the year, 300 people have been killed in the province.",
    ]);
    a.fig(
        "Five civilians",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(5)),
        Side::Civilians,
    );
    a.fig(
        "seven people",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(7)),
        Side::Unknown,
    );
    a.fig(
        "300 people",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(300)),
        Side::Unknown,
    )
    .cumulative = true;
    a.place("Ariha", 0, PlaceKind::Town, 35.81, 36.61);
    a.place("Azaz", 0, PlaceKind::Town, 36.59, 37.05);
    a.date("on Tuesday", 0, Some("2019-05-07"));
    a.date("on Wednesday", 0, Some("2019-05-08"));
    let incidents = a.run(Some("2019-05-09"));
    assert_eq!(incidents.len(), 3, "{incidents:#?}");
    assert_eq!(incidents[0].event_type, EventType::Shelling);
    assert_eq!(incidents[1].event_type, EventType::RemoteExplosive);
    assert_eq!(incidents[1].places[0].name, "Azaz");
    assert!(incidents[2].casualties[0].cumulative);
    assert!(!incidents[0].casualties[0].cumulative);
    // The running total has no expression of its own: publication day.
    let d = incidents[2].date.as_ref().unwrap();
    assert_eq!(d.text, None);
    assert_eq!(d.start.unwrap().to_string(), "2019-05-08");
    assert_eq!(d.end.unwrap().to_string(), "2019-05-09");
}

#[test]
fn same_number_different_places_are_two_events() {
    let mut a = article(&[
        "Two soldiers were killed in Ariha.",
        "Two soldiers were killed in Azaz.",
    ]);
    a.fig(
        "Two soldiers",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(2)),
        Side::StateForces,
    );
    a.fig(
        "Two soldiers",
        1,
        CasualtyKind::Killed,
        Some(Count::exact(2)),
        Side::StateForces,
    );
    a.place("Ariha", 0, PlaceKind::Town, 35.81, 36.61);
    a.place("Azaz", 0, PlaceKind::Town, 36.59, 37.05);
    assert_eq!(a.run(None).len(), 2);
}

#[test]
fn two_sources_disagreeing() {
    let mut a = article(&[
        "Five people were killed in an explosion in Jisr al-Shughur, SANA said.",
        "The Syrian Observatory for Human Rights put the toll of the blast at seven.",
    ]);
    a.fig(
        "Five people",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(5)),
        Side::Unknown,
    );
    a.fig(
        "at seven",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(7)),
        Side::Unknown,
    );
    a.place("Jisr al-Shughur", 0, PlaceKind::Town, 35.81, 36.32);
    let incidents = a.run(None);
    assert_eq!(incidents.len(), 1, "{incidents:#?}");
    let c = &incidents[0].casualties;
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].count, Some(count(Some(5), 5, Some(7), false)));
    assert_eq!(
        incidents[0].sources,
        vec!["SANA", "Syrian Observatory for Human Rights"]
    );
}

#[test]
fn killed_or_wounded_equal_to_killed_is_a_restatement() {
    let mut a = article(&[
        "Ten fighters were killed in clashes near Kafranbel.",
        "The number of their casualties rose to 10.",
    ]);
    a.fig(
        "Ten fighters",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(10)),
        Side::ArmedGroup,
    );
    a.fig(
        "rose to 10",
        0,
        CasualtyKind::KilledOrWounded,
        Some(Count::exact(10)),
        Side::Unknown,
    );
    let incidents = a.run(None);
    assert_eq!(incidents.len(), 1);
    assert_eq!(incidents[0].casualties.len(), 1, "{incidents:#?}");
    assert_eq!(incidents[0].casualties[0].kind, CasualtyKind::Killed);
    assert_eq!(incidents[0].casualties[0].evidence.len(), 2);
}

#[test]
fn an_earlier_sentence_of_the_paragraph_dates_an_undated_incident() {
    let mut a = article(&[
        "Fighting raged on Tuesday across the north.",
        "In Kafr Zita, shelling killed five civilians.",
        "In Latamneh, an airstrike killed two children.",
        "//",
        "In Ariha, gunmen killed three policemen.",
    ]);
    a.fig(
        "five civilians",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(5)),
        Side::Civilians,
    );
    a.fig(
        "two children",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(2)),
        Side::Civilians,
    );
    a.fig(
        "three policemen",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(3)),
        Side::StateForces,
    );
    a.place("Kafr Zita", 0, PlaceKind::Town, 35.37, 36.60);
    a.place("Latamneh", 0, PlaceKind::Town, 35.32, 36.62);
    a.place("Ariha", 0, PlaceKind::Town, 35.81, 36.61);
    a.date("on Tuesday", 0, Some("2017-03-07"));
    let incidents = a.run(Some("2017-03-10"));
    assert_eq!(incidents.len(), 3, "{incidents:#?}");
    for i in &incidents[..2] {
        let d = i.date.as_ref().unwrap();
        assert_eq!(d.text.as_deref(), Some("on Tuesday"), "{incidents:#?}");
    }
    // Another paragraph: not dated by the first one.
    let d = incidents[2].date.as_ref().unwrap();
    assert_eq!(d.text, None, "{incidents:#?}");
}

#[test]
fn report_date_does_not_date_the_event() {
    let mut a = article(&[
        "Militants killed 12 soldiers, a monitor said Friday.",
        "Most of Thursday's dead fell near Tadmur.",
    ]);
    a.fig(
        "12 soldiers",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(12)),
        Side::StateForces,
    );
    a.fig(
        "Thursday's dead",
        0,
        CasualtyKind::Killed,
        None,
        Side::Unknown,
    );
    a.date("Friday", 0, Some("2017-09-15"));
    a.date("Thursday", 0, Some("2017-09-14"));
    let incidents = a.run(Some("2017-09-15"));
    assert_eq!(incidents.len(), 1, "{incidents:#?}");
    let d = incidents[0].date.as_ref().unwrap();
    assert_eq!(d.text.as_deref(), Some("Thursday"), "{incidents:#?}");
}

#[test]
fn event_without_figures_keeps_place_and_date() {
    let mut a = article(&["Coalition air strikes target IS positions in Shaddadi on Sunday"]);
    a.place("Shaddadi", 0, PlaceKind::Town, 36.06, 40.73);
    a.date("on Sunday", 0, Some("2015-06-07"));
    let incidents = a.run(Some("2015-06-08"));
    assert_eq!(incidents.len(), 1);
    assert!(incidents[0].casualties.is_empty());
    assert_eq!(incidents[0].event_type, EventType::AirStrike);
    assert_eq!(incidents[0].places[0].name, "Shaddadi");
}

#[test]
fn attack_words_without_figures_make_an_event() {
    for (line, kind) in [
        (
            "Unknown gunmen targets a checkpoint near the town",
            EventType::Attack,
        ),
        (
            "Bombing hits a market in the old city",
            EventType::RemoteExplosive,
        ),
        ("Carnage at the village market", EventType::Attack),
    ] {
        let mut a = article(&[line]);
        let incidents = a.run(Some("2016-03-02"));
        assert_eq!(incidents.len(), 1, "{line}: {incidents:#?}");
        assert_eq!(incidents[0].event_type, kind, "{line}");
        let d = incidents[0].date.as_ref().unwrap();
        assert_eq!(d.text, None, "{line}");
    }
}

#[test]
fn nothing_to_report_is_no_incident() {
    let mut a = article(&["Ahmad Khaled Hamdan", "Mahmoud Said Ali"]);
    assert!(a.run(Some("2013-01-01")).is_empty());
}

#[test]
fn claims_are_kept_apart_and_attributed() {
    let mut a = article(&[
        "Militants killed at least 58 soldiers, the Syrian Observatory for Human Rights said.",
        "The group put out a statement claiming to have killed scores of soldiers.",
    ]);
    a.fig(
        "at least 58",
        0,
        CasualtyKind::Killed,
        Some(count(Some(58), 58, None, false)),
        Side::StateForces,
    );
    let f = a.fig(
        "scores of soldiers",
        0,
        CasualtyKind::Killed,
        Some(count(Some(40), 40, Some(99), true)),
        Side::StateForces,
    );
    f.claimed = true;
    f.claimant = Some("Islamic State".into());
    let incidents = a.run(None);
    assert_eq!(incidents.len(), 1);
    assert_eq!(incidents[0].casualties.len(), 2);
    let claim = incidents[0].attributions.iter().find(|a| a.claim).unwrap();
    assert_eq!(claim.source, "Islamic State");
}

#[test]
fn quoted_person_is_named() {
    let mut a =
        article(&["“Twenty soldiers were killed,” local activist Omar Hadi told ARA News."]);
    a.fig(
        "Twenty soldiers",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(20)),
        Side::StateForces,
    );
    let incidents = a.run(None);
    let att = &incidents[0].attributions[0];
    assert_eq!(att.source, "ARA News");
    assert_eq!(att.person.as_deref(), Some("Omar Hadi"));
}

#[test]
fn combine_counts_rules() {
    let c = combine_counts(&[
        count(Some(24), 24, Some(99), true),
        count(Some(31), 31, None, false),
        count(None, 33, Some(33), false),
    ]);
    assert_eq!(c, Some(count(Some(31), 31, Some(33), false)));
    let c = combine_counts(&[Count::exact(5), Count::exact(7), Count::exact(7)]);
    assert_eq!(c, Some(count(Some(5), 7, Some(7), false)));
    assert_eq!(combine_counts(&[]), None);
    let c = combine_counts(&[count(Some(24), 24, Some(99), true)]);
    assert_eq!(c, Some(count(Some(24), 24, Some(99), true)));
    // A vague word's default never outweighs a number given.
    let c = combine_counts(&[count(Some(24), 24, Some(99), true), Count::exact(140)]);
    assert_eq!(c, Some(count(Some(24), 140, Some(140), false)));
    let c = combine_counts(&[Count::exact(0), Count::exact(0)]);
    assert_eq!(c, Some(Count::exact(0)));
}

#[test]
fn an_explicit_zero_is_a_figure_of_its_own() {
    let mut a = article(&[
        "The governor said five people were killed in the missile strike.",
        "No Russian servicemen died in the strike, the ministry said.",
    ]);
    a.fig(
        "five people",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(5)),
        Side::Unknown,
    );
    a.fig(
        "No Russian servicemen",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(0)),
        Side::ExternalForces,
    );
    let incidents = a.run(None);
    let killed: Vec<_> = incidents
        .iter()
        .flat_map(|i| &i.casualties)
        .map(|c| (c.count.map(|c| c.best), c.victim.as_ref().map(|v| v.side)))
        .collect();
    assert!(
        killed.contains(&(Some(5), Some(Side::Unknown))),
        "{incidents:#?}"
    );
    assert!(
        killed.contains(&(Some(0), Some(Side::ExternalForces))),
        "{incidents:#?}"
    );
}

#[test]
fn small_counts_that_differ_are_two_tolls() {
    let mut a = article(&[
        "Two other people were killed in a rocket attack on the old market.",
        "Rocket attacks on the eastern quarters left one person dead.",
    ]);
    a.fig(
        "Two other people",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(2)),
        Side::Unknown,
    );
    a.fig(
        "one person",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(1)),
        Side::Unknown,
    );
    let incidents = a.run(None);
    let mut counts: Vec<_> = incidents
        .iter()
        .flat_map(|i| &i.casualties)
        .map(|c| c.count)
        .collect();
    counts.sort_by_key(|c| c.map(|c| c.best));
    assert_eq!(
        counts,
        vec![Some(Count::exact(1)), Some(Count::exact(2))],
        "{incidents:#?}"
    );
}

#[test]
fn merge_reports_joins_the_same_event() {
    let mut a =
        article(&["Five civilians were killed in shelling on Ariha on Tuesday, SANA said."]);
    a.fig(
        "Five civilians",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(5)),
        Side::Civilians,
    );
    a.place("Ariha", 0, PlaceKind::Town, 35.81, 36.61);
    a.date("on Tuesday", 0, Some("2019-05-07"));
    let r1 = Report {
        id: Some("a".into()),
        incidents: a.run(Some("2019-05-08")),
    };
    let mut b = article(&[
        "Six civilians died when shells hit Ariha on Tuesday, the Syrian Observatory said.",
    ]);
    b.fig(
        "Six civilians",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(6)),
        Side::Civilians,
    );
    b.place("Ariha", 0, PlaceKind::Town, 35.81, 36.61);
    b.date("on Tuesday", 0, Some("2019-05-07"));
    let r2 = Report {
        id: Some("b".into()),
        incidents: b.run(Some("2019-05-08")),
    };
    let mut c = article(&["Two soldiers were killed in an ambush in Azaz on Tuesday."]);
    c.fig(
        "Two soldiers",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(2)),
        Side::StateForces,
    );
    c.place("Azaz", 0, PlaceKind::Town, 36.59, 37.05);
    c.date("on Tuesday", 0, Some("2019-05-07"));
    let r3 = Report {
        id: Some("c".into()),
        incidents: c.run(Some("2019-05-08")),
    };
    let merged = merge_reports(&[r1, r2, r3]);
    assert_eq!(merged.len(), 2, "{merged:#?}");
    assert_eq!(merged[0].reports, vec!["a", "b"]);
    assert_eq!(
        merged[0].casualties[0].count,
        Some(count(Some(5), 5, Some(6), false))
    );
    assert_eq!(
        merged[0].sources,
        vec!["SANA", "Syrian Observatory for Human Rights"]
    );
}

#[test]
fn distance_is_great_circle() {
    let d = distance_km((35.33, 40.14), (34.45, 40.92));
    assert!((115.0..125.0).contains(&d), "{d}");
}

#[test]
fn a_different_toll_without_reference_is_another_event() {
    let mut a = article(&[
        "Suicide attack kills 4, wounds 5 in a southern province",
        "1 soldier killed, 5 wounded in a Humvee bombing",
    ]);
    a.fig(
        "kills 4",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(4)),
        Side::Unknown,
    );
    a.fig(
        "wounds 5",
        0,
        CasualtyKind::Wounded,
        Some(Count::exact(5)),
        Side::Unknown,
    );
    a.fig(
        "1 soldier",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(1)),
        Side::StateForces,
    );
    a.fig(
        "5 wounded",
        0,
        CasualtyKind::Wounded,
        Some(Count::exact(5)),
        Side::Unknown,
    );
    let incidents = a.run(None);
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
    assert_eq!(incidents[0].casualties[0].count, Some(Count::exact(4)));
}

#[test]
fn figures_of_one_sentence_never_merge() {
    let mut a = article(&["Shelling killed two children and three women in the town."]);
    a.fig(
        "two children",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(2)),
        Side::Civilians,
    );
    a.fig(
        "three women",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(3)),
        Side::Civilians,
    );
    let incidents = a.run(None);
    assert_eq!(incidents[0].casualties.len(), 2, "{incidents:#?}");
}

#[test]
fn background_sentences_do_not_date_the_event() {
    let mut a = article(&[
        "Twelve soldiers were killed when their bus was hit near Sukhnah.",
        "Government forces started today to escort the convoys.",
    ]);
    a.fig(
        "Twelve soldiers",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(12)),
        Side::StateForces,
    );
    a.date("today", 0, Some("2019-01-24"));
    let incidents = a.run(Some("2019-01-24"));
    let d = incidents[0].date.as_ref().unwrap();
    assert_eq!(d.text, None, "{incidents:#?}");
}

#[test]
fn perpetrators_and_targets_from_the_sentence() {
    let mut a = article(&[
        "Warplanes believed to belong to the International Coalition targeted militias loyal to the regime forces near the T2 station, with no information about casualties.",
    ]);
    a.fig(
        "no information about casualties",
        0,
        CasualtyKind::KilledOrWounded,
        None,
        Side::Unknown,
    );
    let incidents = a.run(None);
    let i = &incidents[0];
    assert_eq!(i.perpetrators.len(), 1, "{i:#?}");
    assert_eq!(
        i.perpetrators[0].actor.as_deref(),
        Some("International Coalition")
    );
    assert_eq!(i.perpetrators[0].certainty.as_deref(), Some("believed to"));
    assert_eq!(i.event_type, EventType::AirStrike);
}

#[test]
fn actor_before_an_attack_verb_is_the_perpetrator() {
    let mut a = article(&[
        "ISIS fighters attacked checkpoints of the Syrian army on Saturday, killing 5 soldiers.",
    ]);
    a.fig(
        "5 soldiers",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(5)),
        Side::StateForces,
    );
    let incidents = a.run(None);
    let i = &incidents[0];
    assert_eq!(
        i.perpetrators[0].actor.as_deref(),
        Some("Islamic State"),
        "{i:#?}"
    );
    assert!(i.perpetrators[0].certainty.is_none());
}

#[test]
fn places_without_an_event_word_still_make_a_report() {
    let mut a = article(&["Shelling resumes; clashes reported around Debaltseve"]);
    a.place("Debaltseve", 0, PlaceKind::Town, 48.34, 38.41);
    let incidents = a.run(Some("2015-02-01"));
    assert_eq!(incidents.len(), 1);
    assert_eq!(incidents[0].places[0].name, "Debaltseve");

    let mut b = article(&["Quarterly overview of the region"]);
    b.place("region", 0, PlaceKind::Region, 0.0, 0.0);
    let incidents = b.run(Some("2015-02-01"));
    assert_eq!(incidents.len(), 1, "a place is a report of something there");
    assert!(incidents[0].casualties.is_empty());
}

#[test]
fn a_dateline_date_alone_dates_the_report() {
    let mut a = article(&["Tuesday 24 September 2013", "Ahmad Khaled Hamdan"]);
    a.sentences[0].kind = SentenceKind::Dateline;
    a.date("Tuesday 24 September 2013", 0, Some("2013-09-24"));
    let incidents = a.run(Some("2013-09-25"));
    assert_eq!(incidents.len(), 1);
    let d = incidents[0].date.as_ref().unwrap();
    assert_eq!(d.start.unwrap().to_string(), "2013-09-24");
}

#[test]
fn an_added_victim_is_not_another_estimate() {
    let mut a = article(&[
        "A blast at a mosque killed at least 25 fighters in Ariha on Friday.",
        "The explosion also killed a senior commander of the group.",
        "Other sources put the toll at 15.",
    ]);
    a.fig(
        "at least 25 fighters",
        0,
        CasualtyKind::Killed,
        Some(count(Some(25), 25, None, false)),
        Side::ArmedGroup,
    );
    a.fig(
        "a senior commander",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(1)),
        Side::ArmedGroup,
    );
    a.fig(
        "at 15",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(15)),
        Side::Unknown,
    );
    let incidents = a.run(None);
    assert_eq!(incidents.len(), 1, "{incidents:#?}");
    let killed: Vec<Option<Count>> = incidents[0].casualties.iter().map(|c| c.count).collect();
    assert_eq!(
        killed,
        vec![
            Some(count(Some(15), 25, Some(25), false)),
            Some(Count::exact(1))
        ],
        "{incidents:#?}"
    );
}

#[test]
fn governments_and_far_places_are_not_the_event_place() {
    let mut a = article(&[
        "Shelling killed four civilians in Ariha on Monday, and Russia said it was not involved.",
        "Diplomats met in Geneva to discuss the ceasefire.",
    ]);
    a.fig(
        "four civilians",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(4)),
        Side::Civilians,
    );
    a.place("Ariha", 0, PlaceKind::Town, 35.81, 36.61);
    a.place("Russia", 0, PlaceKind::Country, 61.5, 105.3);
    a.place("Geneva", 0, PlaceKind::City, 46.2, 6.14);
    a.places[1].country = "RU".into();
    a.places[2].country = "CH".into();
    let incidents = a.run(None);
    let names: Vec<&str> = incidents[0]
        .places
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, vec!["Ariha"], "{incidents:#?}");
}

#[test]
fn a_recalled_earlier_event_is_its_own_incident() {
    let mut a = article(&[
        "A car bomb killed 15 people in Azaz on Sunday, a day after a suicide attack killed 26 people in the town.",
    ]);
    a.fig(
        "15 people",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(15)),
        Side::Unknown,
    );
    a.fig(
        "26 people",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(26)),
        Side::Unknown,
    );
    let incidents = a.run(None);
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
    let best: Vec<u64> = incidents
        .iter()
        .map(|i| i.casualties[0].count.unwrap().best)
        .collect();
    assert!(best.contains(&15) && best.contains(&26), "{best:?}");
}

#[test]
fn a_recalled_event_keeps_the_places_and_dates_of_its_own_clause() {
    let mut a = article(&[
        "Rockets killed three children in Aleppo on Thursday, a day after airstrikes killed 35 people in Idlib.",
    ]);
    a.fig(
        "three children",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(3)),
        Side::Civilians,
    );
    a.fig(
        "35 people",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(35)),
        Side::Unknown,
    );
    a.place("Aleppo", 0, PlaceKind::City, 36.2, 37.16);
    a.place("Idlib", 0, PlaceKind::City, 35.93, 36.63);
    a.date("on Thursday", 0, Some("2016-10-27"));
    let incidents = a.run(Some("2016-10-28"));
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
    let of = |n: u64| {
        incidents
            .iter()
            .find(|i| {
                i.casualties
                    .iter()
                    .any(|c| c.count.is_some_and(|c| c.best == n))
            })
            .unwrap()
    };
    let names = |i: &Incident| i.places.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(of(3)), ["Aleppo"], "{incidents:#?}");
    assert_eq!(names(of(35)), ["Idlib"], "{incidents:#?}");
    assert_eq!(
        of(3).date.as_ref().unwrap().text.as_deref(),
        Some("on Thursday")
    );
    assert_eq!(of(35).date.as_ref().unwrap().text, None, "{incidents:#?}");
}

#[test]
fn a_toll_update_is_the_best_reading() {
    let mut a = article(&[
        "An explosion killed 15 people in Jarablus on Monday.",
        "The death toll from the blast later rose to 32, the monitor said.",
    ]);
    a.fig(
        "15 people",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(15)),
        Side::Unknown,
    );
    a.fig(
        "32",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(32)),
        Side::Unknown,
    );
    let incidents = a.run(None);
    assert_eq!(incidents.len(), 1, "{incidents:#?}");
    assert_eq!(
        incidents[0].casualties[0].count,
        Some(count(Some(15), 32, Some(32), false))
    );
}

/// The places and country of the first incident of `text`.
fn located(text: &str) -> (Vec<(String, PlaceKind)>, Option<String>) {
    let report = crate::Extractor::new().extract(&crate::Document::new(text));
    let first = report.incidents.first().expect("an incident");
    (
        first
            .places
            .iter()
            .map(|p| (p.name.clone(), p.kind))
            .collect(),
        first.country.clone(),
    )
}

#[test]
fn a_large_country_alone_is_the_incident_country_not_a_place() {
    let (places, country) = located("Gunmen killed six soldiers in Afghanistan on Monday.");
    assert!(places.is_empty(), "{places:?}");
    assert_eq!(country.as_deref(), Some("AF"));
    let (places, country) = located("Militants killed nine people in southern Somalia.");
    assert!(places.is_empty(), "{places:?}");
    assert_eq!(country.as_deref(), Some("SO"));
}

#[test]
fn a_small_country_alone_is_a_place() {
    let (places, country) = located("A car bomb killed three people in Lebanon on Friday.");
    assert_eq!(places, vec![("Lebanon".to_string(), PlaceKind::Country)]);
    assert_eq!(country.as_deref(), Some("LB"));
}

#[test]
fn a_large_country_is_not_a_place_even_with_places_in_it() {
    let (places, country) = located("Gunmen killed 13 people in Pakistan's Karachi on Sunday.");
    assert_eq!(places.len(), 1, "{places:?}");
    assert_eq!(places[0].1, PlaceKind::City);
    assert_eq!(country.as_deref(), Some("PK"));
}

#[test]
fn a_country_the_size_of_syria_is_a_place() {
    let (places, country) =
        located("Airstrikes killed 12 fighters near Aleppo in northern Syria on Sunday.");
    assert!(
        places
            .iter()
            .any(|(n, k)| n == "Syria" && *k == PlaceKind::Country),
        "{places:?}"
    );
    assert!(places.iter().any(|(n, _)| n == "Aleppo"), "{places:?}");
    assert_eq!(country.as_deref(), Some("SY"));
}

#[test]
fn a_whole_country_is_not_a_point() {
    let (places, country) =
        located("Nearly 40 people were killed in violence across Syria on Monday.");
    assert!(places.is_empty(), "{places:?}");
    assert_eq!(country.as_deref(), Some("SY"));
    let (places, _) = located("Nearly 40 people were killed in clashes in Syria on Monday.");
    assert_eq!(places, vec![("Syria".to_string(), PlaceKind::Country)]);
}

#[test]
fn a_suicide_bombers_own_death_is_no_estimate_of_the_toll() {
    let mut a = article(&[
        "A suicide bomber blew himself up at a bakery in the town.",
        "Police put the death toll at 16.",
    ]);
    a.fig(
        "blew himself up",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(1)),
        Side::ArmedGroup,
    );
    a.fig(
        "toll at 16",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(16)),
        Side::Unknown,
    );
    let incidents = a.run(Some("2016-07-05"));
    assert_eq!(incidents.len(), 1, "{incidents:#?}");
    let mut bests: Vec<u64> = incidents[0]
        .casualties
        .iter()
        .filter_map(|c| c.count.map(|n| n.best))
        .collect();
    bests.sort();
    assert_eq!(bests, vec![1, 16], "{incidents:#?}");
}

#[test]
fn the_dateline_agency_reports_and_an_official_body_speaks_for_itself() {
    let text =
        "KABUL (Reuters) - Gunmen killed six policemen at a checkpoint in Kandahar on Friday.\n\n\
                Civilian casualties rose in the first half of the year, the United Nations said.";
    let report = crate::Extractor::new()
        .extract(&crate::Document::new(text).with_published("2019-08-03".parse().unwrap()));
    // The killing is Reuters' report; the United Nations' statement is not.
    let first = &report.incidents[0];
    assert_eq!(first.sources, vec!["Reuters".to_string()], "{report:#?}");
}

#[test]
fn a_party_named_only_for_its_past_deeds_is_no_perpetrator() {
    let perps = |text: &str| -> Vec<Vec<String>> {
        let report = crate::Extractor::new()
            .extract(&crate::Document::new(text).with_published("2019-08-05".parse().unwrap()));
        report
            .incidents
            .iter()
            .map(|i| i.perpetrators.iter().map(|p| p.text.clone()).collect())
            .collect()
    };
    assert_eq!(
        perps(
            "A car bomb killed 12 people in Azaz on Monday. No group immediately claimed \
             responsibility, but the Islamic State has carried out similar attacks in the town."
        ),
        vec![Vec::<String>::new()]
    );
    assert_eq!(
        perps(
            "A car bomb killed 12 people in Azaz on Monday. The Islamic State claimed \
             responsibility for the attack."
        ),
        vec![vec!["Islamic State".to_string()]]
    );
}

#[test]
fn running_totals_that_disagree_count_different_things() {
    let mut a = article(&[
        "Infighting between rebel groups has killed thousands of fighters this year.",
        "More than 150000 people have been killed since the war began.",
    ]);
    a.fig(
        "thousands of fighters",
        0,
        CasualtyKind::Killed,
        Some(Count {
            low: Some(2000),
            best: 2000,
            high: Some(9999),
            approximate: true,
        }),
        Side::Unknown,
    )
    .cumulative = true;
    a.fig(
        "150000 people",
        0,
        CasualtyKind::Killed,
        Some(Count {
            low: Some(150001),
            best: 150001,
            high: None,
            approximate: false,
        }),
        Side::Unknown,
    )
    .cumulative = true;
    let incidents = a.run(Some("2014-05-06"));
    let bests: Vec<u64> = incidents
        .iter()
        .flat_map(|i| i.casualties.iter().filter_map(|c| c.count.map(|n| n.best)))
        .collect();
    assert!(
        bests.contains(&2000) && bests.contains(&150001),
        "{incidents:#?}"
    );
}

#[test]
fn open_counts_far_apart_are_two_tolls() {
    let mut a = article(&[
        "At least 19 people were killed in raids near the capital.",
        "Elsewhere at least 58 people were killed in a gas attack.",
    ]);
    let open = |n: u64| count(Some(n), n, None, false);
    a.fig(
        "At least 19 people",
        0,
        CasualtyKind::Killed,
        Some(open(19)),
        Side::Unknown,
    );
    a.fig(
        "at least 58 people",
        0,
        CasualtyKind::Killed,
        Some(open(58)),
        Side::Unknown,
    );
    let incidents = a.run(None);
    let bests: Vec<_> = incidents
        .iter()
        .flat_map(|i| &i.casualties)
        .filter_map(|c| c.count.map(|c| c.best))
        .collect();
    assert_eq!(bests, vec![19, 58], "{incidents:#?}");
    assert!(counts_overlap(&Some(open(45)), &Some(Count::exact(57))));
    assert!(!counts_overlap(&Some(open(19)), &Some(open(58))));
}

#[test]
fn a_headline_run_into_its_lead_states_one_toll() {
    let mut a = article(&[
        "Market bomb kills six state TV A bomb blast killed six people and injured 32 in the city.",
    ]);
    a.fig(
        "kills six",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(6)),
        Side::Unknown,
    );
    a.fig(
        "killed six people",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(6)),
        Side::Unknown,
    );
    let incidents = a.run(None);
    let killed: Vec<_> = incidents.iter().flat_map(|i| &i.casualties).collect();
    assert_eq!(killed.len(), 1, "{incidents:#?}");
    assert_eq!(killed[0].evidence.len(), 2, "{incidents:#?}");
    // An enumeration of one verb keeps its items.
    let mut b = article(&["Shelling killed two children and two women in the town."]);
    b.fig(
        "two children",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(2)),
        Side::Civilians,
    );
    b.fig(
        "two women",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(2)),
        Side::Civilians,
    );
    let incidents = b.run(None);
    assert_eq!(incidents[0].casualties.len(), 2, "{incidents:#?}");
}

#[test]
fn meanwhile_tells_of_another_event() {
    let mut a = article(&[
        "Rebels killed five soldiers in an ambush near Ariha on Monday.",
        "Meanwhile three civilians were killed by rocket fire.",
    ]);
    a.fig(
        "five soldiers",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(5)),
        Side::StateForces,
    );
    a.fig(
        "three civilians",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(3)),
        Side::Civilians,
    );
    let incidents = a.run(None);
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
}

#[test]
fn the_same_source_telling_another_number_tells_of_another_toll() {
    let mut a = article(&[
        "Air strikes killed 70 people outside the capital, the Syrian Observatory for Human Rights said.",
        "Rocket fire by rebels killed 10 people in the capital, the Observatory said.",
    ]);
    a.fig(
        "70 people",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(70)),
        Side::Unknown,
    );
    a.fig(
        "10 people",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(10)),
        Side::Unknown,
    );
    let incidents = a.run(None);
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
}

#[test]
fn elsewhere_is_never_a_restatement() {
    let mut a = article(&[
        "At least 10 soldiers were killed in clashes in the east, a monitor said.",
        "Elsewhere the monitor reported at least 12 people killed in air strikes.",
    ]);
    let open = |n: u64| count(Some(n), n, None, false);
    a.fig(
        "At least 10 soldiers",
        0,
        CasualtyKind::Killed,
        Some(open(10)),
        Side::StateForces,
    );
    a.fig(
        "at least 12 people",
        0,
        CasualtyKind::Killed,
        Some(open(12)),
        Side::Unknown,
    );
    let incidents = a.run(None);
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
}

#[test]
fn the_same_number_at_two_places_of_one_sentence_is_two_tolls() {
    let mut a = article(&[
        "Shelling killed five people in Ariha on Monday while an airstrike killed five people in Jisr al-Shughur.",
    ]);
    a.fig(
        "killed five people in Ariha",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(5)),
        Side::Unknown,
    );
    a.fig(
        "killed five people in Jisr al-Shughur",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(5)),
        Side::Unknown,
    );
    a.place("Ariha", 0, PlaceKind::Town, 35.81, 36.61);
    a.place("Jisr al-Shughur", 0, PlaceKind::Town, 35.81, 36.32);
    let incidents = a.run(None);
    let n: usize = incidents.iter().map(|i| i.casualties.len()).sum();
    assert_eq!(n, 2, "{incidents:#?}");
}

#[test]
fn the_attackers_death_told_after_the_toll_adds_to_it() {
    let mut a = article(&[
        "A suicide bomb blast killed at least 16 people in the city on Tuesday.",
        "The attacker detonated his explosives at a bakery.",
    ]);
    let open = |n: u64| count(Some(n), n, None, false);
    a.fig(
        "at least 16 people",
        0,
        CasualtyKind::Killed,
        Some(open(16)),
        Side::Unknown,
    );
    let bomber = a.fig(
        "detonated his",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(1)),
        Side::ArmedGroup,
    );
    bomber.victim = Some(actor("the attacker", Side::ArmedGroup));
    let incidents = a.run(None);
    assert_eq!(incidents.len(), 1, "{incidents:#?}");
    assert_eq!(incidents[0].casualties.len(), 2, "{incidents:#?}");
}

#[test]
fn a_headline_that_states_a_part_is_not_another_estimate() {
    let mut a = article(&[
        "Air strike kills 7 field commanders in Idlib",
        "An air strike killed 49 militants including seven field commanders in Idlib, the Syrian Observatory for Human Rights said.",
    ]);
    a.fig(
        "kills 7 field commanders",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(7)),
        Side::Unknown,
    );
    a.fig(
        "killed 49 militants",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(49)),
        Side::Unknown,
    );
    a.sentences[0].kind = SentenceKind::Headline;
    let incidents = a.run(Some("2017-10-05"));
    assert_eq!(incidents.len(), 1, "{incidents:#?}");
    let c = &incidents[0].casualties;
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].count, Some(Count::exact(49)));

    // A toll that is not a part of the other stays an estimate of it.
    let mut a = article(&[
        "Air strike kills 45 in Idlib",
        "An air strike killed 49 militants including seven field commanders in Idlib, the Syrian Observatory for Human Rights said.",
    ]);
    a.fig(
        "kills 45",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(45)),
        Side::Unknown,
    );
    a.fig(
        "killed 49 militants",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(49)),
        Side::Unknown,
    );
    a.sentences[0].kind = SentenceKind::Headline;
    let incidents = a.run(Some("2017-10-05"));
    let c = &incidents[0].casualties;
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(
        c[0].count.map(|c| (c.low, c.high)),
        Some((Some(45), Some(49)))
    );
}

#[test]
fn a_long_period_around_the_event_does_not_join_an_old_one() {
    let mut a = article(&[
        "Shelling has wounded 165 people in the town since yesterday.",
        "The town has been under siege since 2012.",
        "Hundreds of people were killed in the town in August 2013.",
    ]);
    a.fig(
        "wounded 165 people",
        0,
        CasualtyKind::Wounded,
        Some(Count::exact(165)),
        Side::Unknown,
    );
    a.fig(
        "Hundreds of people were killed",
        0,
        CasualtyKind::Killed,
        Some(count(Some(200), 200, Some(999), true)),
        Side::Unknown,
    );
    a.period("since yesterday", "2017-04-03", "2017-04-04");
    a.period("since 2012", "2012-01-01", "2017-04-04");
    a.period("in August 2013", "2013-08-01", "2013-08-31");
    let incidents = a.run(Some("2017-04-04"));
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
    let old = &incidents[1];
    assert_eq!(old.casualties[0].kind, CasualtyKind::Killed);
    assert_eq!(
        old.date.as_ref().and_then(|d| d.text.as_deref()),
        Some("in August 2013")
    );
}

#[test]
fn an_event_recalled_in_passing_is_not_the_toll_of_its_sentence() {
    let mut a = article(&[
        "At least 19 people were killed near the capital on Tuesday, just hours after a suspected gas attack left dozens dead in the north.",
        "At least 58 people were killed in the gas attack, the monitor said.",
    ]);
    a.fig(
        "At least 19 people were killed",
        0,
        CasualtyKind::Killed,
        Some(count(Some(19), 19, None, false)),
        Side::Unknown,
    );
    a.fig(
        "dozens dead",
        0,
        CasualtyKind::Killed,
        Some(count(Some(24), 24, Some(99), true)),
        Side::Unknown,
    );
    a.fig(
        "At least 58 people were killed",
        0,
        CasualtyKind::Killed,
        Some(count(Some(58), 58, None, false)),
        Side::Unknown,
    );
    let incidents = a.run(Some("2017-04-04"));
    let tolls: Vec<Vec<u64>> = incidents
        .iter()
        .map(|i| {
            i.casualties
                .iter()
                .filter_map(|c| c.count.map(|c| c.best))
                .collect()
        })
        .collect();
    // The 19 stand alone; the recalled attack is the one told next.
    assert!(tolls.contains(&vec![19]), "{tolls:?}");
    assert!(tolls.contains(&vec![58]), "{tolls:?}");
    assert_eq!(tolls.len(), 2, "{tolls:?}");
}

#[test]
fn a_toll_that_also_included_more_is_another_estimate() {
    let mut a = article(&[
        "At least 14 people were killed and 25 were wounded in the bombing.",
        "A police source said the initial toll also included 55 injured.",
    ]);
    a.fig(
        "At least 14 people were killed",
        0,
        CasualtyKind::Killed,
        Some(count(Some(14), 14, None, false)),
        Side::Unknown,
    );
    a.fig(
        "25 were wounded",
        0,
        CasualtyKind::Wounded,
        Some(Count::exact(25)),
        Side::Unknown,
    );
    a.fig(
        "55 injured",
        0,
        CasualtyKind::Wounded,
        Some(Count::exact(55)),
        Side::Unknown,
    );
    let incidents = a.run(Some("2016-10-04"));
    assert_eq!(incidents.len(), 1, "{incidents:#?}");
    let wounded: Vec<_> = incidents[0]
        .casualties
        .iter()
        .filter(|c| c.kind == CasualtyKind::Wounded)
        .collect();
    assert_eq!(wounded.len(), 1, "{wounded:#?}");
    assert_eq!(
        wounded[0].count.map(|c| (c.low, c.high)),
        Some((Some(25), Some(55)))
    );
}

#[test]
fn a_sum_told_before_its_parts_is_their_total() {
    let lines = [
        "Five killed in attacks on Aleppo and Hama.",
        "//",
        "In Aleppo, a rocket killed two people in the al-Midan district.",
        "//",
        "In Hama, a bomb killed three people near Khneifis.",
    ];
    let build = |parts: [u64; 2]| {
        let mut a = article(&lines);
        a.fig(
            "Five killed",
            0,
            CasualtyKind::Killed,
            Some(Count::exact(5)),
            Side::Unknown,
        );
        a.fig(
            "killed two people",
            0,
            CasualtyKind::Killed,
            Some(Count::exact(parts[0])),
            Side::Unknown,
        );
        a.fig(
            "killed three people",
            0,
            CasualtyKind::Killed,
            Some(Count::exact(parts[1])),
            Side::Unknown,
        );
        a.place("al-Midan", 0, PlaceKind::Neighbourhood, 36.21, 37.16);
        a.place("Khneifis", 0, PlaceKind::Village, 34.44, 37.9);
        a
    };
    let mut a = build([2, 3]);
    let incidents = a.run(Some("2016-11-25"));
    assert_eq!(incidents.len(), 3, "{incidents:#?}");
    assert!(incidents[0].casualties[0].cumulative, "{incidents:#?}");
    assert!(!incidents[1].casualties[0].cumulative);
    // Parts that do not add up to it leave it an incident of its own.
    let mut a = build([2, 4]);
    let incidents = a.run(Some("2016-11-25"));
    assert_eq!(incidents.len(), 3, "{incidents:#?}");
    assert!(!incidents[0].casualties[0].cumulative);
}

#[test]
fn a_dateline_inside_the_text_is_not_where_it_happened() {
    assert!(in_dateline(
        "x. MOSCOW (Sputnik) Strikes hit",
        Span::new(3, 9)
    ));
    assert!(in_dateline("BEIRUT - Clashes erupted", Span::new(0, 6)));
    assert!(!in_dateline(
        "Strikes hit Moscow (the capital) today",
        Span::new(12, 18)
    ));
    assert!(!in_dateline("in Homs - a city", Span::new(3, 7)));
}

#[test]
fn a_sum_told_late_is_a_coincidence() {
    let mut a = article(&[
        "Shelling hit the north on Tuesday.",
        "Aid groups warned of shortages.",
        "The markets were closed.",
        "//",
        "In Sarmin, strikes killed ten people.",
        "//",
        "In Binnish, jets killed eight people.",
        "//",
        "In Taftanaz, two more people were killed.",
    ]);
    for (needle, n) in [
        ("killed ten people", 10),
        ("killed eight people", 8),
        ("two more people were killed", 2),
    ] {
        a.fig(
            needle,
            0,
            CasualtyKind::Killed,
            Some(Count::exact(n)),
            Side::Unknown,
        );
    }
    a.place("Sarmin", 0, PlaceKind::Town, 35.9, 36.72);
    a.place("Binnish", 0, PlaceKind::Town, 35.95, 36.71);
    a.place("Taftanaz", 0, PlaceKind::Town, 35.99, 36.78);
    let incidents = a.run(Some("2016-12-07"));
    assert_eq!(incidents.len(), 3, "{incidents:#?}");
    assert!(
        incidents.iter().all(|i| !i.casualties[0].cumulative),
        "{incidents:#?}"
    );
}

#[test]
fn an_older_attack_is_no_part_of_a_sum() {
    let mut a = article(&[
        "Attacks kill a woman in Aleppo and Hasaka.",
        "//",
        "A landmine killed a woman in Jarez on Saturday.",
        "//",
        "A car bomb killed a man in Hasaka on Sunday.",
        "//",
        "On October 13 a suicide bomber killed 30 people at a wedding hall.",
    ]);
    a.fig(
        "kill a woman",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(2)),
        Side::Unknown,
    );
    a.fig(
        "killed a woman",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(1)),
        Side::Unknown,
    );
    a.fig(
        "killed a man",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(1)),
        Side::Unknown,
    );
    a.fig(
        "killed 30 people",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(30)),
        Side::Unknown,
    );
    a.date("on Saturday", 0, Some("2016-10-22"));
    a.date("on Sunday", 0, Some("2016-10-23"));
    a.date("On October 13", 0, Some("2016-10-13"));
    a.place("Jarez", 0, PlaceKind::Village, 36.5, 37.0);
    a.place("Hasaka", 1, PlaceKind::City, 36.5, 40.7);
    let incidents = a.run(Some("2016-10-23"));
    assert_eq!(incidents.len(), 4, "{incidents:#?}");
    assert!(incidents[0].casualties[0].cumulative, "{incidents:#?}");
}

#[test]
fn separate_strikes_open_another_event() {
    let mut a = article(&[
        "An air strike hit the hospital courtyard in Kafr Takharim, killing 14 people.",
        "Separate air strikes southwest of the town killed at least 12 people.",
    ]);
    a.fig(
        "killing 14 people",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(14)),
        Side::Unknown,
    );
    a.fig(
        "killed at least 12 people",
        0,
        CasualtyKind::Killed,
        Some(count(Some(12), 12, None, false)),
        Side::Unknown,
    );
    let incidents = a.run(Some("2017-04-27"));
    let n: usize = incidents.iter().map(|i| i.casualties.len()).sum();
    assert_eq!(n, 2, "{incidents:#?}");
}

#[test]
fn an_earlier_toll_in_the_same_sentence_is_the_same_toll() {
    let mut a = article(&[
        "The attack killed 32 rebels, the Observatory said, updating an earlier toll of 15.",
    ]);
    a.fig(
        "killed 32 rebels",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(32)),
        Side::Unknown,
    );
    a.fig(
        "toll of 15",
        0,
        CasualtyKind::Killed,
        Some(Count::exact(15)),
        Side::Unknown,
    );
    let incidents = a.run(Some("2016-08-14"));
    let c = &incidents[0].casualties;
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].count.map(|c| c.best), Some(32));
}
