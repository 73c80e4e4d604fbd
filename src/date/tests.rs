use super::*;
use crate::segment::SentenceKind;

/// One expression: the text, the publication date ("" = none), the first
/// mention's text ("" = no mention at all) and its range ("" = unresolved).
struct Case {
    text: &'static str,
    published: &'static str,
    span: &'static str,
    start: &'static str,
    end: &'static str,
}

const fn c(
    text: &'static str,
    published: &'static str,
    span: &'static str,
    start: &'static str,
    end: &'static str,
) -> Case {
    Case {
        text,
        published,
        span,
        start,
        end,
    }
}

// 2017-09-15 is a Friday.
const P: &str = "2017-09-15";

#[rustfmt::skip]
const CASES: &[Case] = &[
    // absolute dates, every common order
    c("The Observatory said on the 21st of May 2016 that", P, "on the 21st of May 2016", "2016-05-21", "2016-05-21"),
    c("It happened May 21, 2016, in the city", P, "May 21, 2016", "2016-05-21", "2016-05-21"),
    c("Clashes on 21 May 2016 killed two", P, "on 21 May 2016", "2016-05-21", "2016-05-21"),
    c("the campaign that began on January 16.", P, "on January 16", "2017-01-16", "2017-01-16"),
    c("Fighting since Jan. 16 has", P, "since Jan. 16", "2017-01-16", P),
    c("Reported on Jan. 16 by the army", P, "on Jan. 16", "2017-01-16", "2017-01-16"),
    c("A convoy was hit Sept 12 near the border", P, "Sept 12", "2017-09-12", "2017-09-12"),
    c("until the 13th of March 2018 the town", P, "until the 13th of March 2018", "2018-03-13", "2018-03-13"),
    c("at a camp in Ain Issa, Syria August 12, 2017.", P, "August 12, 2017", "2017-08-12", "2017-08-12"),
    c("VDC 2018-05-24", P, "2018-05-24", "2018-05-24", "2018-05-24"),
    c("Report of 12/26/2015 on the attack", P, "12/26/2015", "2015-12-26", "2015-12-26"),
    c("Report of 26/12/2015 on the attack", P, "26/12/2015", "2015-12-26", "2015-12-26"),
    c("Report of 5/6/2015 on the attack", P, "5/6/2015", "2015-05-06", "2015-05-06"),
    c("01.02.2015 A bus blast", P, "01.02.2015", "2015-02-01", "2015-02-01"),
    c("23.10.2017(updated 2340 23.10.2017)", P, "23.10.2017", "2017-10-23", "2017-10-23"),
    c("137 killed on Friday 6/02/2015", "2015-02-07", "on Friday 6/02/2015", "2015-02-06", "2015-02-06"),
    c("137 killed in the toll of 6/02/2015", "2015-02-07", "6/02/2015", "2015-02-06", "2015-02-06"),
    c("killed today (Thursday 19/7/2012)", "2012-07-19", "today", "2012-07-19", "2012-07-19"),
    c("(Thursday 19/7/2012)", "2012-07-19", "Thursday 19/7/2012", "2012-07-19", "2012-07-19"),
    c("May 27th 2017: strikes on the city", P, "May 27th 2017", "2017-05-27", "2017-05-27"),
    c("Thursday 3 January 2013", P, "Thursday 3 January 2013", "2013-01-03", "2013-01-03"),
    c("Sat 24 Aug 2013 Damascus", P, "Sat 24 Aug 2013", "2013-08-24", "2013-08-24"),
    c("Sunday 30 June 2013", P, "Sunday 30 June 2013", "2013-06-30", "2013-06-30"),
    c("killed yesterday, Wednesday October 24, 2012", "2012-10-25", "yesterday, Wednesday", "2012-10-24", "2012-10-24"),
    c("Wednesday, October 24 was calm", "2012-10-25", "Wednesday, October 24", "2012-10-24", "2012-10-24"),
    c("SITUATION REPORT - 05 September 2022", P, "05 September 2022", "2022-09-05", "2022-09-05"),
    c("DAILY ALERT 08 FEB 2021", P, "08 FEB 2021", "2021-02-08", "2021-02-08"),
    // the year of a month-day without one: on or before publication
    c("the talks of January 3", "2018-01-02", "January 3", "2017-01-03", "2017-01-03"),
    c("the talks of January 2", "2018-01-02", "January 2", "2018-01-02", "2018-01-02"),
    c("an attack on December 31", "2018-01-01", "on December 31", "2017-12-31", "2017-12-31"),
    c("an attack on September 16", P, "on September 16", "2016-09-16", "2016-09-16"),
    c("an attack on February 29", "2017-03-01", "on February 29", "2016-02-29", "2016-02-29"),
    c("an attack on February 29", "2016-03-01", "on February 29", "2016-02-29", "2016-02-29"),
    c("an attack on 29 February 2016", P, "on 29 February 2016", "2016-02-29", "2016-02-29"),
    // months and years
    c("The offensive began in March", P, "in March", "2017-03-01", "2017-03-31"),
    c("In June 23 a group of gunmen", P, "In June 23", "2017-06-23", "2017-06-23"),
    c("In August last year another bomb", P, "In August last year", "2016-08-01", "2016-08-31"),
    c("The offensive began in October", P, "in October", "2016-10-01", "2016-10-31"),
    c("The offensive began in May", P, "in May", "2017-05-01", "2017-05-31"),
    c("The town fell in 2015 to the rebels", P, "in 2015", "2015-01-01", "2015-12-31"),
    c("Crisiswatch - March 2015", P, "March 2015", "2015-03-01", "2015-03-31"),
    c("Cameroon APRIL 2018", P, "APRIL 2018", "2018-04-01", "2018-04-30"),
    c("deaths in February 2016 rose", P, "in February 2016", "2016-02-01", "2016-02-29"),
    c("fighting in early March 2015", P, "in early March 2015", "2015-03-01", "2015-03-10"),
    c("since mid-March the town", P, "since mid-March", "2017-03-11", P),
    c("a lull until late August", P, "until late August", "2017-08-21", "2017-08-31"),
    c("at the end of January 2016 the", P, "the end of January 2016", "2016-01-21", "2016-01-31"),
    c("in the first week of March 2016", P, "in the first week of March 2016", "2016-03-01", "2016-03-07"),
    // weekdays
    c("ISIS on Saturday launched an offensive", P, "on Saturday", "2017-09-09", "2017-09-09"),
    c("Thursday, the monitor said", P, "Thursday", "2017-09-14", "2017-09-14"),
    c("Also on Friday, fighters attacked", P, "on Friday", "2017-09-15", "2017-09-15"),
    c("since last Friday the", P, "since last Friday", "2017-09-08", P),
    c("It was last Friday that", P, "last Friday", "2017-09-08", "2017-09-08"),
    c("raids last Tuesday killed", P, "last Tuesday", "2017-09-12", "2017-09-12"),
    c("The strikes of Tuesday evening hit", P, "Tuesday evening", "2017-09-12", "2017-09-12"),
    c("2 men murdered on Thursday night", P, "on Thursday night", "2017-09-14", "2017-09-14"),
    c("Most of Thursday’s dead came south", P, "Thursday", "2017-09-14", "2017-09-14"),
    c("Most of Thursday's dead came south", P, "Thursday", "2017-09-14", "2017-09-14"),
    c("Saturday’s clashes left 12 dead", P, "Saturday", "2017-09-09", "2017-09-09"),
    c("after Saturday's blast in the market", P, "Saturday", "2017-09-09", "2017-09-09"),
    c("Thursdays attack targeted the base", P, "Thursdays", "2017-09-14", "2017-09-14"),
    c("talks are due next Monday", P, "next Monday", "2017-09-18", "2017-09-18"),
    c("shelling on Sunday killed", "2019-06-30", "on Sunday", "2019-06-30", "2019-06-30"),
    c("shelling last Sunday killed", "2019-06-30", "last Sunday", "2019-06-23", "2019-06-23"),
    c("attacks since Sunday have killed", "2019-06-30", "since Sunday", "2019-06-30", "2019-06-30"),
    c("attacks since Sunday have killed", P, "since Sunday", "2017-09-10", P),
    // a printed weekday that contradicts the date: a typo repaired only when
    // the weekday of the publication week falls on the printed day
    c("the toll for Saturday 29/8/2012 was", "2012-09-29", "Saturday 29/8/2012", "2012-09-29", "2012-09-29"),
    c("the toll for Monday 29/8/2012 was", "2012-09-29", "Monday 29/8/2012", "2012-08-29", "2012-08-29"),
    c("clashes on Wednesday 29/8/2012 left", "2012-09-29", "on Wednesday 29/8/2012", "2012-08-29", "2012-08-29"),
    // days relative to publication
    c("179 died yesterday, including", P, "yesterday", "2017-09-14", "2017-09-14"),
    c("Russian forces started today to", P, "today", P, P),
    c("a vote expected tomorrow", P, "tomorrow", "2017-09-16", "2017-09-16"),
    c("published yesterday morning, Wednesday, that", "2017-09-14", "yesterday morning, Wednesday", "2017-09-13", "2017-09-13"),
    c("killed yesterday, Tuesday", "2013-01-08", "yesterday, Tuesday", "2013-01-08", "2013-01-08"),
    c("explosions after midnight of yesterday in", P, "after midnight of yesterday", "2017-09-14", "2017-09-14"),
    c("explosions were heard after midnight in", P, "after midnight", P, P),
    c("the day before yesterday the army", P, "the day before yesterday", "2017-09-13", "2017-09-13"),
    c("The strike came 3 days ago", P, "3 days ago", "2017-09-12", "2017-09-12"),
    c("The strike came two weeks ago", P, "two weeks ago", "2017-09-01", "2017-09-01"),
    c("The strike came a week ago", P, "a week ago", "2017-09-08", "2017-09-08"),
    c("The strike came twenty-four hours ago", P, "twenty-four hours ago", "2017-09-14", "2017-09-14"),
    c("broke the siege earlier this month.", P, "earlier this month", "2017-09-01", P),
    c("broke the siege earlier this year.", P, "earlier this year", "2017-01-01", P),
    c("raids last week killed 20", P, "last week", "2017-09-04", "2017-09-10"),
    c("killed the previous day", P, "the previous day", "2017-09-14", "2017-09-14"),
    c("killed on the 11th in Homs", P, "on the 11th", "2017-09-11", "2017-09-11"),
    c("killed on the 20th.", P, "on the 20th", "2017-08-20", "2017-08-20"),
    c("a fire on the 5th floor", P, "", "", ""),
    c("killed over the previous two days", P, "over the previous two days", "2017-09-13", "2017-09-15"),
    // two weekdays: from the first to the second
    c("killed on Thursday and Friday", P, "on Thursday and Friday", "2017-09-14", "2017-09-15"),
    c("clashes between Monday and Wednesday", P, "between Monday and Wednesday", "2017-09-11", "2017-09-13"),
    c("on the night of Saturday to Sunday", P, "on the night of Saturday to Sunday", "2017-09-09", "2017-09-10"),
    c("on the night of Friday to Saturday", P, "on the night of Friday to Saturday", "2017-09-08", "2017-09-09"),
    // a range that has begun ends at publication at the latest
    c("raids this week killed 20", P, "this week", "2017-09-11", "2017-09-15"),
    c("12 killings during September", P, "during September", "2017-09-01", "2017-09-15"),
    c("in 2017, 40 were killed", P, "in 2017", "2017-01-01", "2017-09-15"),
    c("a month ago, in August 2017", P, "a month ago", "2017-08-01", "2017-08-31"),
    c("the vote set for October 2017", P, "October 2017", "2017-10-01", "2017-10-31"),
    c("raids last month killed 20", P, "last month", "2017-08-01", "2017-08-31"),
    c("raids last year killed 20", P, "last year", "2016-01-01", "2016-12-31"),
    c("raids last night killed 20", P, "last night", "2017-09-14", "2017-09-14"),
    c("in overnight clashes", P, "overnight", "2017-09-14", P),
    c("an ambush at dawn on Monday", P, "at dawn on Monday", "2017-09-11", "2017-09-11"),
    c("in the early hours of Sunday gunmen", P, "in the early hours of Sunday", "2017-09-10", "2017-09-10"),
    c("clashes over the weekend", P, "the weekend", "2017-09-09", "2017-09-10"),
    c("clashes on the 12th of this month killed", P, "on the 12th of this month", "2017-09-12", "2017-09-12"),
    c("a raid on the 30th of last month", P, "on the 30th of last month", "2017-08-30", "2017-08-30"),
    c("A day earlier gunmen had shot", P, "A day earlier", "2017-09-14", "2017-09-14"),
    c("gunmen killed him a few days ago", P, "a few days ago", "2017-09-06", "2017-09-13"),
    c("the raid several weeks ago", P, "several weeks ago", "2017-07-14", "2017-08-25"),
    // periods
    c("shelling has killed 20 since morning", P, "since morning", P, P),
    c("raids since early this morning killed", P, "since early this morning", P, P),
    c("bombing since dawn on the town", P, "since dawn", P, P),
    c("killed during 2 months of clashes", P, "during 2 months", "2017-07-15", P),
    c("since the 13th of March 2018 the", "2018-05-24", "since the 13th of March 2018", "2018-03-13", "2018-05-24"),
    c("in the first week of the campaign", P, "in the first week of the campaign", "", ""),
    c("for the second consecutive day", P, "for the second consecutive day", "2017-09-14", P),
    c("protests for third day.", P, "for third day", "2017-09-13", P),
    c("for a third day in a row", P, "for a third day in a row", "2017-09-13", P),
    c("over the past 24 hours", P, "over the past 24 hours", "2017-09-14", P),
    c("in the past week alone", P, "in the past week", "2017-09-08", P),
    c("The past two days saw heavy raids", P, "The past two days", "2017-09-13", P),
    c("killed in recent days", P, "in recent days", "2017-09-12", P),
    c("the last weeks of the siege", P, "", "", ""),
    c("the past, raids", P, "", "", ""),
    c("besieged for two weeks", P, "for two weeks", "2017-09-01", P),
    c("since the conflict began in 2011", P, "since the conflict began", "", P),
    c("since the beginning of the war", P, "since the beginning of the war", "", P),
    c("since the beginning of the year", P, "since the beginning of the year", "2017-01-01", P),
    c("since March 2011", P, "since March 2011", "2011-03-01", P),
    c("Casualty Report: June 21-27", "2019-06-27", "June 21-27", "2019-06-21", "2019-06-27"),
    c("HIGHLIGHTS 4 - 10 FEBRUARY 2021", P, "4 - 10 FEBRUARY 2021", "2021-02-04", "2021-02-10"),
    c("REPORT: 1 JANUARY TO 30 SEPTEMBER 2019", P, "1 JANUARY TO 30 SEPTEMBER 2019", "2019-01-01", "2019-09-30"),
    // without a publication date: absolute dates resolve, relative ones not
    c("ISIS on Saturday launched", "", "on Saturday", "", ""),
    c("killed on 21 May 2016", "", "on 21 May 2016", "2016-05-21", "2016-05-21"),
    c("began on January 16.", "", "on January 16", "", ""),
    c("killed since Sunday", "", "since Sunday", "", ""),
    c("killed yesterday", "", "yesterday", "", ""),
    c("in 2015", "", "in 2015", "2015-01-01", "2015-12-31"),
    // not dates
    c("the 5th Corps are combing the area", P, "", "", ""),
    c("more than 65 Km away from the city", P, "", "", ""),
    c("the toll may rise in coming days", P, "", "", ""),
    c("May God have mercy on them", P, "", "", ""),
    c("the march on the capital", P, "", "", ""),
    c("March on Washington", P, "", "", ""),
    c("a boy aged 12 was among", P, "", "", ""),
    c("killed 45 people at 10:30 pm", P, "", "", ""),
    c("for the first time", P, "", "", ""),
    c("Sun Tzu wrote", P, "", "", ""),
    c("Sat down with the commanders", P, "", "", ""),
    c("an attack on February 30", P, "", "", ""),
    c("the 2015 elections", P, "", "", ""),
    c("12 soldiers in 3 vehicles", P, "", "", ""),
    c("in the past, raids were rare", P, "", "", ""),
];

#[test]
fn expressions() {
    let mut failures = Vec::new();
    for case in CASES {
        let published =
            (!case.published.is_empty()).then(|| case.published.parse::<Date>().unwrap());
        let found = find_in(case.text, published);
        let got = found.first().map(|m| {
            (
                m.span.as_str(case.text).to_string(),
                m.range.start.map(|d| d.to_string()).unwrap_or_default(),
                m.range.end.map(|d| d.to_string()).unwrap_or_default(),
            )
        });
        let want = (!case.span.is_empty()).then(|| {
            (
                case.span.to_string(),
                case.start.to_string(),
                case.end.to_string(),
            )
        });
        if got != want {
            failures.push(format!(
                "{:?} (published {}): got {:?}, want {:?}",
                case.text, case.published, got, want
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn enough_cases() {
    let with_date = CASES
        .iter()
        .filter(|c| !c.published.is_empty() && !c.span.is_empty())
        .count();
    assert!(with_date >= 80, "{with_date}");
}

#[test]
fn flags() {
    struct Flag {
        text: &'static str,
        kind: DateKind,
        period: bool,
        ambiguous: bool,
    }
    let cases = [
        Flag {
            text: "on 21 May 2016",
            kind: DateKind::Absolute,
            period: false,
            ambiguous: false,
        },
        Flag {
            text: "on 5/6/2015",
            kind: DateKind::Absolute,
            period: false,
            ambiguous: true,
        },
        Flag {
            text: "on 26/12/2015",
            kind: DateKind::Absolute,
            period: false,
            ambiguous: false,
        },
        Flag {
            text: "on 5/5/2015",
            kind: DateKind::Absolute,
            period: false,
            ambiguous: false,
        },
        Flag {
            text: "on Saturday",
            kind: DateKind::Weekday,
            period: false,
            ambiguous: false,
        },
        Flag {
            text: "yesterday",
            kind: DateKind::Relative,
            period: false,
            ambiguous: false,
        },
        Flag {
            text: "since Sunday",
            kind: DateKind::Period,
            period: true,
            ambiguous: false,
        },
        Flag {
            text: "during 2 months",
            kind: DateKind::Period,
            period: true,
            ambiguous: false,
        },
        Flag {
            text: "over the past 24 hours",
            kind: DateKind::Period,
            period: true,
            ambiguous: false,
        },
        Flag {
            text: "in the first week of the campaign",
            kind: DateKind::Period,
            period: true,
            ambiguous: false,
        },
        Flag {
            text: "June 21-27",
            kind: DateKind::Absolute,
            period: true,
            ambiguous: false,
        },
    ];
    for f in cases {
        let m = find_in(f.text, None);
        assert_eq!(m.len(), 1, "{}", f.text);
        assert_eq!(
            (m[0].kind, m[0].period, m[0].ambiguous),
            (f.kind, f.period, f.ambiguous),
            "{}",
            f.text
        );
        assert_eq!(m[0].range.text.as_deref(), Some(f.text), "{}", f.text);
    }
}

#[test]
fn find_reads_content_sentences_only_with_original_offsets() {
    let text = "Photo taken on Monday.\nShelling on Saturday killed 3. More died yesterday.";
    let sentences = [
        Sentence {
            span: Span::new(0, 22),
            kind: SentenceKind::Caption,
            paragraph: 0,
        },
        Sentence {
            span: Span::new(23, 53),
            kind: SentenceKind::Body,
            paragraph: 1,
        },
        Sentence {
            span: Span::new(54, 74),
            kind: SentenceKind::Body,
            paragraph: 1,
        },
    ];
    let found = find(text, &sentences, Some(P.parse().unwrap()));
    let spans: Vec<&str> = found.iter().map(|m| m.span.as_str(text)).collect();
    assert_eq!(spans, ["on Saturday", "yesterday"]);
    assert_eq!(found[0].range.span, Some(found[0].span));
}

#[test]
fn the_day_before_follows_the_previous_date() {
    let text = "The strike on 5 May 2016 followed raids the day before.";
    let found = find_in(text, Some(P.parse().unwrap()));
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].range.start, Some("2016-05-04".parse().unwrap()));
    let later = find_in("On 5 May 2016 a strike; two days later a raid.", None);
    assert_eq!(later[1].range.start, Some("2016-05-07".parse().unwrap()));
    let earlier = find_in("On 5 May 2016 a strike; a day earlier a raid.", None);
    assert_eq!(earlier[1].range.start, Some("2016-05-04".parse().unwrap()));
    let alone = find_in("raids the day before", Some(P.parse().unwrap()));
    assert_eq!(alone[0].range.start, Some("2017-09-14".parse().unwrap()));
}

#[test]
fn stated_publication_dates() {
    struct Pub {
        text: &'static str,
        want: Option<&'static str>,
    }
    let cases = [
        Pub {
            text: "Thursday 3 January 2013\nAbout 150 were killed.",
            want: Some("2013-01-03"),
        },
        Pub {
            text: "Sat 24 Aug 2013 Damascus (AFP) - Shelling hit.",
            want: Some("2013-08-24"),
        },
        Pub {
            text: "\n\nSunday 30 June 2013\nText.",
            want: Some("2013-06-30"),
        },
        Pub {
            text: "Shelling on Saturday killed 3.\nOn 5 May 2013 more.",
            want: None,
        },
        Pub {
            text: "Report: March 2015\nText.",
            want: None,
        },
        Pub {
            text: "FLASH UPDATE - NORTH-WEST SYRIA No. 14 - 21 March 2020\nText.",
            want: Some("2020-03-21"),
        },
        Pub {
            text:
                "Casualty figures from the clashes in the north of the country on 5 May 2013\nText.",
            want: None,
        },
        Pub {
            text: "",
            want: None,
        },
    ];
    for p in cases {
        let sentences = crate::segment::sentences(p.text);
        let got = stated_publication(p.text, &sentences).map(|d| d.to_string());
        assert_eq!(got.as_deref(), p.want, "{:?}", p.text);
    }
}

#[test]
fn no_panic_and_char_boundaries_on_odd_text() {
    let text = "Ünïcode — Thursday’s 21st of Mäy 2016; «since Sunday» 3/4/2015 ١٢ May 2016 مايو on Saturday’s; 2018-05-24\u{a0}Jan.\u{a0}16 \
                the 31st of February 2016 99/99/2015 May 32 in 20155 last";
    let p = Some(P.parse().unwrap());
    for (i, _) in text.char_indices() {
        let sub = &text[i..];
        for m in find_in(sub, p) {
            assert!(sub.is_char_boundary(m.span.start) && sub.is_char_boundary(m.span.end));
            assert!(m.span.start < m.span.end && m.span.end <= sub.len());
        }
    }
    let found: Vec<String> = find_in(text, p)
        .iter()
        .map(|m| m.span.as_str(text).to_string())
        .collect();
    assert!(found.iter().any(|s| s == "since Sunday"), "{found:?}");
    assert!(
        !found.iter().any(|s| s.contains("31st") || s.contains("99")),
        "{found:?}"
    );
}

#[test]
fn a_title_date_after_a_document_name_is_its_date_of_issue() {
    let cases = [
        ("MORNING ALERT 12 MAR 2020 HUB: ADEN", true),
        ("Weekly roundup 3 October 2018", true),
        (
            "Letter dated 2 May 1995 from the Permanent Representative",
            true,
        ),
        (
            "FLASH UPDATE - NORTH-WEST SYRIA No. 14 - 21 March 2020",
            true,
        ),
        ("Aleppo Daily Report 04/06/2016", true),
        ("Final toll report for 4/6/2013", false),
        ("the report on the raid of 3 May 2017", false),
        ("Gunmen killed four people on 3 May 2017", false),
        ("Monthly report: March 2015", false),
    ];
    for (text, want) in cases {
        let found = find_in(text, Some("2021-01-01".parse().unwrap()));
        let m = found.first().unwrap_or_else(|| panic!("{text:?}: no date"));
        assert_eq!(m.issued, want, "{text:?}: {m:?}");
    }
}
