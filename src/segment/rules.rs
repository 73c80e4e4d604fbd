//! Small nom grammars of the segment stage: datelines, date prefixes and
//! captcha lines. Each returns how many bytes of the line it recognised.
//!
//! ```text
//! place_dateline := place extra{0,2} agency? dash            e.g. BEIRUT, Sept 12 (Reuters) -
//!                 | "::"
//! place          := CAPS (ws CAPS){0,4}                      all-caps words
//!                 | Title (ws Title){0,3}  (only with an agency)
//! extra          := "," ws word (ws word){0,3}               ", Syria"  ", Sept 12"
//! agency         := ws? "(" [^)]{1,40} ")"
//! dash           := ws? ("--" | "-" | "–" | "—") (ws | end)
//! date_prefix    := lead? weekday? (day month year | month day year | month ddyyyy) time?
//! lead           := "Published" | "Posted on" | "Date of publication" | "Last updated at" | ...
//! captcha        := operand op operand "=" answer?          e.g. five × 5 =
//! ```

use super::lexicon::LEXICON;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while, take_while1, take_while_m_n};
use nom::character::complete::{char, digit1};
use nom::combinator::{eof, map_res, opt, peek, recognize, verify};
use nom::multi::{many_m_n, separated_list1};
use nom::sequence::preceded;
use nom::{IResult, Parser};

fn is_space(c: char) -> bool {
    c != '\n' && c != '\r' && super::token::is_blank(c)
}

fn ws0(i: &str) -> IResult<&str, &str> {
    take_while(is_space)(i)
}

fn ws1(i: &str) -> IResult<&str, &str> {
    take_while1(is_space)(i)
}

fn letters(i: &str) -> IResult<&str, &str> {
    take_while1(|c: char| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))(i)
}

/// An all-capitals word of at least two letters: `DEIR`, `AL-BAB`.
fn caps_word(i: &str) -> IResult<&str, &str> {
    verify(letters, |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
    })
    .parse(i)
}

/// A capitalised word: `Beirut`, `Deir`.
fn title_word(i: &str) -> IResult<&str, &str> {
    verify(letters, |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
    })
    .parse(i)
}

fn caps_place(i: &str) -> IResult<&str, Vec<&str>> {
    many_m_n(1, 5, preceded(ws0, caps_word)).parse(i)
}

fn title_place(i: &str) -> IResult<&str, Vec<&str>> {
    many_m_n(1, 4, preceded(ws0, title_word)).parse(i)
}

/// `, Syria` or `, Sept 12` after the place.
fn extra(i: &str) -> IResult<&str, &str> {
    let word = take_while1(|c: char| c.is_alphanumeric() || matches!(c, '.' | '-' | '\''));
    recognize((ws0, char(','), ws0, separated_list1(ws1, word))).parse(i)
}

fn agency(i: &str) -> IResult<&str, &str> {
    let inner = take_while_m_n(1, 40, |c: char| c != ')' && c != '(' && c != '\n');
    recognize((ws0, char('('), inner, char(')'))).parse(i)
}

fn dash(i: &str) -> IResult<&str, &str> {
    let d = alt((tag("--"), tag("-"), tag("–"), tag("—"), tag("―")));
    let (rest, d) = recognize((ws0, d)).parse(i)?;
    peek(alt((ws1, eof))).parse(rest)?;
    Ok((rest, d))
}

/// `, SANA` after the place: an agency's acronym after a comma.
fn comma_agency(i: &str) -> IResult<&str, &str> {
    let acronym = take_while_m_n(2, 8, |c: char| c.is_ascii_uppercase());
    recognize((ws0, char(','), ws0, acronym)).parse(i)
}

/// A place dateline at the start of `line`; returns its length in bytes.
pub(crate) fn place_dateline(line: &str) -> Option<usize> {
    let caps = (caps_place, many_m_n(0, 2, extra), opt(agency), dash);
    let titled = (title_place, many_m_n(0, 2, extra), agency, dash);
    // "Damascus, SANA -", "Hama, SANA-"
    let titled_comma = (title_place, comma_agency, dash);
    let colons = recognize((tag("::"), peek(alt((ws1, eof)))));
    let mut rule = alt((
        recognize(caps),
        recognize(titled),
        recognize(titled_comma),
        colons,
    ));
    let (rest, _) = rule.parse(line).ok()?;
    Some(line.len() - rest.len())
}

/// A place dateline inside a line: a place in capitals, then an agency in
/// parentheses or a dash ("... Deir ez-Zor. MOSCOW (Sputnik) According to").
pub(crate) fn inline_dateline(s: &str) -> bool {
    (caps_place, alt((agency, dash))).parse(s).is_ok()
}

/// A place in capitals without a dash, right after an opening date line:
/// "BEIRUT Syrian forces ...". The capitals hold at least five letters (so
/// not "ISIS") and a capitalised word that is not all capitals follows.
pub(crate) fn bare_dateline(line: &str) -> Option<usize> {
    let (rest, words) = caps_place(line).ok()?;
    let letters: usize = words
        .iter()
        .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
        .sum();
    let (next, _) = ws1(rest).ok()?;
    let word = next.split(is_space).next().unwrap_or("");
    let capitalised = word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let all_caps = word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
    (letters >= 5 && capitalised && (!all_caps || word.len() == 1)).then(|| line.len() - rest.len())
}

fn day(i: &str) -> IResult<&str, u32> {
    verify(
        map_res(
            take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
            str::parse,
        ),
        |d: &u32| (1..=31).contains(d),
    )
    .parse(i)
}

fn year(i: &str) -> IResult<&str, u32> {
    verify(
        map_res(
            take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
            str::parse,
        ),
        |y: &u32| (1900..=2099).contains(y),
    )
    .parse(i)
}

fn month(i: &str) -> IResult<&str, &str> {
    let word = take_while1(|c: char| c.is_ascii_alphabetic());
    recognize((verify(word, |w: &str| LEXICON.is_month(w)), opt(char('.')))).parse(i)
}

fn weekday(i: &str) -> IResult<&str, &str> {
    let word = take_while1(|c: char| c.is_ascii_alphabetic());
    let name = verify(word, |w: &str| LEXICON.is_weekday(w));
    recognize((name, opt(char('.')), opt(char(',')), ws1)).parse(i)
}

fn comma(i: &str) -> IResult<&str, Option<char>> {
    opt(char(',')).parse(i)
}

/// `12 February 2015`, `July 4, 2015`, `Apr 092017` (day and year glued).
fn date(i: &str) -> IResult<&str, &str> {
    let dmy = (day, ws1, month, comma, ws1, year);
    let mdy = (month, ws1, day, comma, ws1, year);
    let glued = (
        month,
        ws1,
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        year,
    );
    alt((
        recognize(dmy),
        recognize(mdy),
        recognize(glued),
        numeric_date,
    ))
    .parse(i)
}

/// `26.11.2014`, `26/11/2014`, `2014-11-26`.
fn numeric_date(i: &str) -> IResult<&str, &str> {
    let two = || take_while_m_n(1, 2, |c: char| c.is_ascii_digit());
    let sep = || alt((char('.'), char('/'), char('-')));
    let dmy = (two(), sep(), two(), sep(), year);
    let iso = (year, char('-'), two(), char('-'), two());
    alt((recognize(dmy), recognize(iso))).parse(i)
}

fn time(i: &str) -> IResult<&str, &str> {
    let hm = (
        digit1,
        char(':'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
    );
    let zone = opt(preceded(
        ws0,
        alt((
            tag_no_case("am"),
            tag_no_case("pm"),
            tag_no_case("gmt"),
            tag_no_case("utc"),
        )),
    ));
    recognize((ws1, hm, zone)).parse(i)
}

fn lead(i: &str) -> IResult<&str, &str> {
    let word = alt((
        tag_no_case("date of publication"),
        tag_no_case("last updated at"),
        tag_no_case("last updated on"),
        tag_no_case("last updated"),
        tag_no_case("published on"),
        tag_no_case("published at"),
        tag_no_case("published"),
        tag_no_case("posted on"),
        tag_no_case("posted at"),
        tag_no_case("posted"),
        tag_no_case("updated on"),
        tag_no_case("updated"),
    ));
    recognize((word, opt(char(':')), ws1)).parse(i)
}

/// A date line opening the text (`Tue 05 Jul 2016`, `Published July 4 2015`,
/// `Saturday 17 September 2016 21:09`), followed by white space or the end;
/// returns its length in bytes.
pub(crate) fn date_prefix(line: &str) -> Option<usize> {
    let rule = (opt(lead), opt(weekday), date, opt(time));
    let (rest, _) = recognize(rule).parse(line).ok()?;
    // The date must end a word: "2016 Suicide", not "20161".
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some(line.len() - rest.len())
}

/// A weekday and a date after a news agency, at `line`'s start: "AFP
/// Sunday 15 Feb 2015" (the agency is checked by the caller). Returns the
/// length in bytes of the weekday and date.
pub(crate) fn weekday_date(line: &str) -> Option<usize> {
    let rule = (weekday, date, opt(time));
    let (rest, _) = recognize(rule).parse(line).ok()?;
    if !rest.starts_with(is_space) {
        return None;
    }
    Some(line.len() - rest.len())
}

fn operand(i: &str) -> IResult<&str, &str> {
    let word = verify(take_while1(|c: char| c.is_ascii_alphabetic()), |w: &str| {
        LEXICON.is_number_word(w)
    });
    alt((digit1, word)).parse(i)
}

fn operator(i: &str) -> IResult<&str, &str> {
    alt((
        tag("×"),
        tag("x"),
        tag("X"),
        tag("*"),
        tag("+"),
        tag("-"),
        tag("−"),
        tag("÷"),
        tag("/"),
    ))
    .parse(i)
}

/// Whether `line` is a captcha question: `five × 5 =`, `3 + seven = ?`.
pub(crate) fn captcha(line: &str) -> bool {
    // The rule needs its `=`: most lines have none.
    if !line.contains('=') {
        return false;
    }
    let answer = opt(alt((digit1, tag("?"))));
    let mut rule = (
        ws0,
        operand,
        ws0,
        operator,
        ws0,
        operand,
        ws0,
        char('='),
        ws0,
        answer,
        ws0,
        eof,
    );
    rule.parse(line).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        struct Case {
            name: &'static str,
            line: &'static str,
            want: Option<&'static str>,
        }
        let cases = [
            Case {
                name: "caps en dash",
                line: "HOMS CITY – Rebels said",
                want: Some("HOMS CITY –"),
            },
            Case {
                name: "nbsp before dash",
                line: "ALEPPO\u{a0}– Shells fell",
                want: Some("ALEPPO\u{a0}–"),
            },
            Case {
                name: "agency",
                line: "MOSUL (AFP) - Troops",
                want: Some("MOSUL (AFP) -"),
            },
            Case {
                name: "extra and agency",
                line: "ERBIL, Iraq, May 3 (Reuters) - A bomb",
                want: Some("ERBIL, Iraq, May 3 (Reuters) -"),
            },
            Case {
                name: "title with agency",
                line: "Kabul (AP) — Gunmen",
                want: Some("Kabul (AP) —"),
            },
            Case {
                name: "colons",
                line: ":: Gunmen killed two",
                want: Some("::"),
            },
            Case {
                name: "comma date agency",
                line: "HOMS, Sept 12 (Reuters) - Rockets",
                want: Some("HOMS, Sept 12 (Reuters) -"),
            },
            Case {
                name: "title without agency",
                line: "Kabul - Gunmen",
                want: None,
            },
            Case {
                name: "title, agency acronym",
                line: "Damascus, SANA - Army units",
                want: Some("Damascus, SANA -"),
            },
            Case {
                name: "title, agency acronym, dash attached",
                line: "Hama, SANA- Army units",
                want: Some("Hama, SANA-"),
            },
            Case {
                name: "a list of places is no dateline",
                line: "Aleppo, Homs - and Hama",
                want: None,
            },
            Case {
                name: "plain sentence",
                line: "Gunmen killed two people.",
                want: None,
            },
            Case {
                name: "hyphenated word",
                line: "ISIS-led forces",
                want: None,
            },
            Case {
                name: "single capital",
                line: "A - b",
                want: None,
            },
        ];
        for c in cases {
            let got = place_dateline(c.line).map(|n| &c.line[..n]);
            assert_eq!(got, c.want, "case {}", c.name);
        }
    }

    #[test]
    fn bare_datelines() {
        let cases = [
            (
                "place then sentence",
                "DAMASCUS Rebels fired",
                Some("DAMASCUS"),
            ),
            ("place then article", "ALEPPO A bomb", Some("ALEPPO")),
            ("two words", "DEIR EZZOR At least 5", Some("DEIR EZZOR")),
            ("short acronym", "ISIS Fighters", None),
            ("lower case after", "ALEPPO was hit", None),
            ("acronym after", "ALEPPO SANA said", None),
        ];
        for (name, line, want) in cases {
            let got = bare_dateline(line).map(|n| &line[..n]);
            assert_eq!(got, want, "case {name}");
        }
    }

    #[test]
    fn date_prefixes() {
        let cases: [(&str, &str, Option<&str>); 11] = [
            (
                "weekday dmy",
                "Mon 07 Mar 2016 Rockets hit",
                Some("Mon 07 Mar 2016"),
            ),
            ("dmy", "3 March 2014 Shelling", Some("3 March 2014")),
            (
                "mdy lead",
                "Published March 3 2014 Shelling",
                Some("Published March 3 2014"),
            ),
            (
                "lead of",
                "Date of publication 3 March 2014 X",
                Some("Date of publication 3 March 2014"),
            ),
            (
                "glued",
                "Last updated at Mar 032014 X",
                Some("Last updated at Mar 032014"),
            ),
            (
                "time",
                "Monday 3 March 2014 10:45 X",
                Some("Monday 3 March 2014 10:45"),
            ),
            ("comma", "March 3, 2014 X", Some("March 3, 2014")),
            ("numeric", "03.03.2014 X", Some("03.03.2014")),
            ("iso", "Updated: 2014-03-03 X", Some("Updated: 2014-03-03")),
            ("no year", "March 3 X", None),
            ("sentence", "Three people died", None),
        ];
        for (name, line, want) in cases {
            let got = date_prefix(line).map(|n| &line[..n]);
            assert_eq!(got, want, "case {name}");
        }
    }

    #[test]
    fn captchas() {
        let cases = [
            ("words and digits", "nine × 2 =", true),
            ("plus", "4 + six =", true),
            ("answer", "4 + 6 = 10", true),
            ("digits only", "7 x 3 = ?", true),
            ("sentence", "Four + five soldiers", false),
            ("no equals", "two × 3", false),
            ("prose", "He said 2 + 2 = 4 always", false),
        ];
        for (name, line, want) in cases {
            assert_eq!(captcha(line), want, "case {name}");
        }
    }
}
