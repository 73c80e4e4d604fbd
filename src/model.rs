//! The output types: what an extraction returns. They own their data (no
//! lifetimes), and with the default `serde` feature they serialise to the JSON
//! schema documented in the README, field for field.

use crate::span::Span;
use crate::Error;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A calendar date (proleptic Gregorian), written `YYYY-MM-DD` in JSON.
///
/// ```
/// let d: sitrep::Date = "2017-09-12".parse()?;
/// assert_eq!((d.year(), d.month(), d.day()), (2017, 9, 12));
/// assert_eq!(d.to_string(), "2017-09-12");
/// # Ok::<(), sitrep::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(jiff::civil::Date);

impl Date {
    /// The date `year-month-day`, or an error if it does not exist.
    pub fn new(year: i16, month: i8, day: i8) -> Result<Date, Error> {
        jiff::civil::Date::new(year, month, day)
            .map(Date)
            .map_err(|e| Error::bad_date(&format!("{year:04}-{month:02}-{day:02}"), e.to_string()))
    }

    /// The year.
    pub fn year(&self) -> i16 {
        self.0.year()
    }

    /// The month, 1 to 12.
    pub fn month(&self) -> i8 {
        self.0.month()
    }

    /// The day of the month, 1 to 31.
    pub fn day(&self) -> i8 {
        self.0.day()
    }

    pub(crate) fn from_civil(d: jiff::civil::Date) -> Date {
        Date(d)
    }

    pub(crate) fn civil(&self) -> jiff::civil::Date {
        self.0
    }

    /// `YYYY-MM-DD` as bytes, for a year of four digits (0 to 9999): what
    /// `Display` writes, without the formatting machinery.
    fn ymd(&self) -> Option<[u8; 10]> {
        let y = u16::try_from(self.0.year()).ok().filter(|&y| y <= 9999)?;
        let (m, d) = (self.0.month() as u8, self.0.day() as u8);
        let digit = |n: u16| b'0' + (n % 10) as u8;
        Some([
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(u16::from(m / 10)),
            digit(u16::from(m)),
            b'-',
            digit(u16::from(d / 10)),
            digit(u16::from(d)),
        ])
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(b) = self.ymd() {
            if let Ok(s) = std::str::from_utf8(&b) {
                return f.write_str(s);
            }
        }
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }
}

impl std::str::FromStr for Date {
    type Err = Error;
    fn from_str(s: &str) -> Result<Date, Error> {
        let t = s.trim();
        let b = t.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(Error::bad_date(s, "expected YYYY-MM-DD"));
        }
        let num = |r: core::ops::Range<usize>| t[r].parse::<i16>().unwrap_or(0);
        let (y, m, d) = (num(0..4), num(5..7), num(8..10));
        jiff::civil::Date::new(y, m as i8, d as i8)
            .map(Date)
            .map_err(|_| Error::bad_date(s, "no such calendar date"))
    }
}

#[cfg(feature = "serde")]
impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self
            .ymd()
            .as_ref()
            .and_then(|b| std::str::from_utf8(b).ok())
        {
            Some(text) => s.serialize_str(text),
            None => s.collect_str(self),
        }
    }
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The result of extracting one document.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Report {
    /// The document's id, as given in [`Document::id`](crate::Document::id).
    pub id: Option<String>,
    /// The events the document reports, in order of first mention.
    pub incidents: Vec<Incident>,
}

/// One event: an attack, strike, clash or massacre at one place and time, or
/// a running total (then every figure is `cumulative`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Incident {
    /// The casualty figures of the event, one per (kind, victim group); a
    /// toll stated several times is one figure with several `evidence` spans.
    pub casualties: Vec<Casualty>,
    /// The places the event is located at, most specific first.
    pub places: Vec<Place>,
    /// The ISO 3166-1 alpha-2 code of the country the event happened in: its
    /// first place's, or the country the text names when it names no place
    /// in it that a map could show (a large country's one point is not where
    /// an event in it happened, so "clashes in Afghanistan" sets `country`
    /// and reports no place).
    #[cfg_attr(feature = "serde", serde(default))]
    pub country: Option<String>,
    /// When it happened, resolved against the publication date.
    pub date: Option<DateRange>,
    /// Who reports it: canonical names of monitors, agencies and outlets.
    pub sources: Vec<String>,
    /// The sources with the quoted person and whether it is a party's claim.
    #[cfg_attr(feature = "serde", serde(default))]
    pub attributions: Vec<Attribution>,
    /// Who carried it out, as far as the text says.
    #[cfg_attr(feature = "serde", serde(default))]
    pub perpetrators: Vec<Actor>,
    /// Who was attacked or targeted.
    #[cfg_attr(feature = "serde", serde(default))]
    pub targets: Vec<Actor>,
    /// The kind of event, close to ACLED's sub-event types.
    #[cfg_attr(feature = "serde", serde(default))]
    pub event_type: EventType,
    /// A key to join reports of the same event across articles:
    /// `country|admin1|date|event_type|lat,lon` (rounded to 0.1°).
    #[cfg_attr(feature = "serde", serde(default))]
    pub key: String,
    /// The ids of the reports merged into this incident by
    /// [`merge_reports`](crate::incident::merge_reports); empty otherwise.
    #[cfg_attr(feature = "serde", serde(default))]
    pub reports: Vec<String>,
    /// The text the incident was read from: from its first to its last
    /// supporting sentence.
    pub span: Span,
}

/// A casualty figure: how many people were killed, wounded, captured or are
/// missing, who they were and who caused it.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Casualty {
    /// What happened to the victims.
    pub kind: CasualtyKind,
    /// How many; `None` when the text reports casualties without a number
    /// ("casualties were reported on both sides"). An explicit zero ("no one
    /// was hurt") is a count of 0.
    pub count: Option<Count>,
    /// Who was hit.
    pub victim: Option<Actor>,
    /// Who caused it, where the sentence names one.
    pub perpetrator: Option<Actor>,
    /// A total over several events or a period ("since March", "during two
    /// months of clashes"): never add it to single events.
    pub cumulative: bool,
    /// Whether the figure is a claim by a party to the fighting ("ISIS
    /// claimed to have killed ...") rather than a report.
    #[cfg_attr(feature = "serde", serde(default))]
    pub claimed: bool,
    /// The phrase that states the figure (its first statement).
    pub span: Span,
    /// Every phrase that states this figure, the first included.
    #[cfg_attr(feature = "serde", serde(default))]
    pub evidence: Vec<Span>,
}

/// What happened to the victims of a [`Casualty`] figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum CasualtyKind {
    /// Dead.
    Killed,
    /// Wounded or injured.
    Wounded,
    /// One number for dead and wounded together ("12 killed and injured",
    /// "casualties").
    KilledOrWounded,
    /// Captured, taken prisoner, kidnapped, abducted or detained.
    Captured,
    /// Missing.
    Missing,
}

impl CasualtyKind {
    /// The snake_case name used in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            CasualtyKind::Killed => "killed",
            CasualtyKind::Wounded => "wounded",
            CasualtyKind::KilledOrWounded => "killed_or_wounded",
            CasualtyKind::Captured => "captured",
            CasualtyKind::Missing => "missing",
        }
    }
}

/// A number of people with its bounds, as the text states it.
///
/// "at least 45" is `low 45, best 45, high None`; "more than 30" is
/// `low 31, best 31`; "nearly 33" is `low None, best 33, high 33`;
/// "dozens" is `low 24, best 24, high 99, approximate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Count {
    /// The smallest number the text allows, if it bounds it from below.
    pub low: Option<u64>,
    /// The single best reading.
    pub best: u64,
    /// The largest number the text allows, if it bounds it from above.
    pub high: Option<u64>,
    /// Whether the text gives an estimate ("about 20", "dozens").
    pub approximate: bool,
}

impl Count {
    /// An exact count: low = best = high = `n`.
    pub const fn exact(n: u64) -> Count {
        Count {
            low: Some(n),
            best: n,
            high: Some(n),
            approximate: false,
        }
    }
}

/// Which side of a conflict an actor is on, in the coarse classes a coder
/// needs to split a toll.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Side {
    /// A state's army, police, security services and the militias fighting
    /// for it (pro-regime forces, NDF).
    StateForces,
    /// A non-state armed group: rebels, jihadists, militias not fighting for
    /// the state of the country.
    ArmedGroup,
    /// Civilians.
    Civilians,
    /// The forces of a foreign state or coalition.
    ExternalForces,
    /// Several sides together ("of both parties").
    Mixed,
    /// Not known from the text.
    #[default]
    Unknown,
}

/// A victim group, a perpetrator or a target.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Actor {
    /// The words of the article that name it ("members of pro-regime forces").
    pub text: String,
    /// The canonical actor, from the actor lexicon ("Islamic State").
    pub actor: Option<String>,
    /// Its side.
    pub side: Side,
    /// A hedge the text puts on it ("believed to", "suspected"), if any.
    #[cfg_attr(feature = "serde", serde(default))]
    pub certainty: Option<String>,
}

/// A place matched in the gazetteer.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Place {
    /// The gazetteer's canonical name.
    pub name: String,
    /// What sort of place it is.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// A stable id: `geonames:ID` for GeoNames entries, `sitrep:slug` for
    /// curated ones.
    pub id: String,
    /// The name of its first-level region (governorate, province), if known.
    #[cfg_attr(feature = "serde", serde(default))]
    pub admin1: Option<String>,
    /// Where the article names it.
    pub span: Span,
    /// Where the event lies relative to this place ("south of", "the eastern
    /// countryside of", "65 km away from").
    pub relation: Option<Relation>,
}

/// The kind of a [`Place`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A first-level region: governorate, province, state.
    Admin1,
    /// A second-level region: district.
    Admin2,
    /// A city (100,000 people or more, or a capital).
    City,
    /// A town.
    Town,
    /// A village or hamlet.
    Village,
    /// A district or neighbourhood of a city.
    Neighbourhood,
    /// A river.
    River,
    /// A desert, plain, valley, mountain range or other natural region.
    Region,
    /// A road or highway.
    Road,
    /// A facility: airbase, airport, dam, pumping station, base.
    Facility,
}

impl PlaceKind {
    /// The snake_case name used in JSON and in gazetteer files.
    pub fn as_str(&self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::Admin1 => "admin1",
            PlaceKind::Admin2 => "admin2",
            PlaceKind::City => "city",
            PlaceKind::Town => "town",
            PlaceKind::Village => "village",
            PlaceKind::Neighbourhood => "neighbourhood",
            PlaceKind::River => "river",
            PlaceKind::Region => "region",
            PlaceKind::Road => "road",
            PlaceKind::Facility => "facility",
        }
    }

    /// Parses the snake_case name.
    pub fn parse(s: &str) -> Option<PlaceKind> {
        Some(match s {
            "country" => PlaceKind::Country,
            "admin1" => PlaceKind::Admin1,
            "admin2" => PlaceKind::Admin2,
            "city" => PlaceKind::City,
            "town" => PlaceKind::Town,
            "village" => PlaceKind::Village,
            "neighbourhood" | "neighborhood" => PlaceKind::Neighbourhood,
            "river" => PlaceKind::River,
            "region" => PlaceKind::Region,
            "road" => PlaceKind::Road,
            "facility" => PlaceKind::Facility,
            _ => return None,
        })
    }
}

/// Where an event lies relative to a named place.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Relation {
    /// A compass direction: "north", "south-east", ...
    pub direction: Option<String>,
    /// A distance in kilometres ("65 Km away from").
    pub distance_km: Option<f64>,
    /// A qualifier: countryside, desert, outskirts, suburbs, bank, vicinity,
    /// near, ...
    pub qualifier: Option<String>,
    /// The words that state the relation.
    pub span: Span,
}

/// When an incident happened.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct DateRange {
    /// The first day (inclusive), if it could be resolved.
    pub start: Option<Date>,
    /// The last day (inclusive), if it could be resolved.
    pub end: Option<Date>,
    /// The words of the article, or `None` when no expression dates the
    /// incident: then the range is the publication day and the day before
    /// (news reports the previous day's events).
    pub text: Option<String>,
    /// Where the article states it.
    #[cfg_attr(feature = "serde", serde(default))]
    pub span: Option<Span>,
}

/// Who reports an incident, with the person quoted and whether it is a claim.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Attribution {
    /// The canonical name ("Syrian Observatory for Human Rights").
    pub source: String,
    /// The person quoted, if named ("Redwan Muayyad").
    pub person: Option<String>,
    /// Whether the source is a party to the fighting claiming the act.
    pub claim: bool,
    /// Where the text names the source.
    pub span: Span,
}

/// The kind of an incident, a small set close to ACLED's sub-event types.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum EventType {
    /// Fighting between armed sides.
    ArmedClash,
    /// An attack by an armed group on people or positions.
    Attack,
    /// An air or drone strike.
    AirStrike,
    /// Shelling, artillery, mortar or rocket fire.
    Shelling,
    /// A remote explosive, IED, car bomb or landmine.
    RemoteExplosive,
    /// A suicide bombing.
    SuicideBomb,
    /// An abduction or forced disappearance.
    Abduction,
    /// Anything else, or not known.
    #[default]
    Other,
}

impl EventType {
    /// The snake_case name used in JSON and in incident keys.
    pub fn as_str(&self) -> &'static str {
        match self {
            EventType::ArmedClash => "armed_clash",
            EventType::Attack => "attack",
            EventType::AirStrike => "air_strike",
            EventType::Shelling => "shelling",
            EventType::RemoteExplosive => "remote_explosive",
            EventType::SuicideBomb => "suicide_bomb",
            EventType::Abduction => "abduction",
            EventType::Other => "other",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_parse_and_print() {
        let d: Date = "2016-02-29".parse().unwrap();
        assert_eq!(d.to_string(), "2016-02-29");
        assert!("2017-02-29".parse::<Date>().is_err());
        assert!("2017-2-9".parse::<Date>().is_err());
        assert!("".parse::<Date>().is_err());
        assert_eq!(
            "17-09-2017".parse::<Date>().unwrap_err().to_string(),
            "invalid date \"17-09-2017\": expected YYYY-MM-DD"
        );
    }

    #[test]
    fn date_prints_like_its_format_string() {
        for (y, m, d) in [
            (2016, 2, 29),
            (5, 1, 2),
            (999, 12, 31),
            (9999, 7, 4),
            (-5, 3, 9),
        ] {
            let date = Date::new(y, m, d).unwrap();
            let want = format!("{y:04}-{m:02}-{d:02}");
            assert_eq!(date.to_string(), want);
            #[cfg(feature = "serde")]
            assert_eq!(serde_json::to_string(&date).unwrap(), format!("\"{want}\""));
        }
    }
}
