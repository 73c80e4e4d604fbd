//! Table-driven tests of the casualty grammar: one sentence per case, every
//! figure it must give (in order), and the sentences that must give none.
//!
//! A case's `want` is a list of figures separated by `;`, each
//! `KIND BEST [attr=value ...]` with KIND one of killed, wounded, kow,
//! captured, missing, and BEST a number or `-` (no count). Attributes:
//! `low=`, `high=` (a number or `-`), `cum=1|0`, `side=state|armed|civ|ext|mixed|unk`,
//! `perp=NAME` (canonical, `_` for a space), `claim=NAME`, `approx=1|0`,
//! `noperp=1` (no perpetrator).

use super::*;
use crate::model::Side;

fn run(s: &str) -> Vec<Figure> {
    figures(
        s,
        Span::new(0, s.len()),
        &VagueTable::default(),
        &ActorLexicon::builtin(),
    )
}

struct Case {
    name: &'static str,
    text: &'static str,
    want: &'static str,
}

const fn c(name: &'static str, text: &'static str, want: &'static str) -> Case {
    Case { name, text, want }
}

fn kind_of(s: &str) -> CasualtyKind {
    match s {
        "killed" => CasualtyKind::Killed,
        "wounded" => CasualtyKind::Wounded,
        "kow" => CasualtyKind::KilledOrWounded,
        "captured" => CasualtyKind::Captured,
        "missing" => CasualtyKind::Missing,
        other => panic!("bad kind {other}"),
    }
}

fn side_of(s: &str) -> Side {
    match s {
        "state" => Side::StateForces,
        "armed" => Side::ArmedGroup,
        "civ" => Side::Civilians,
        "ext" => Side::ExternalForces,
        "mixed" => Side::Mixed,
        "unk" => Side::Unknown,
        other => panic!("bad side {other}"),
    }
}

fn opt_num(v: &str) -> Option<u64> {
    if v == "-" {
        None
    } else {
        Some(v.parse().expect("a number"))
    }
}

fn check(case: &Case) -> Result<(), String> {
    let got = run(case.text);
    let specs: Vec<&str> = case
        .want
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let show = || {
        got.iter()
            .map(|f| {
                format!(
                    "{} {:?} cum={} victim={:?} perp={:?} claim={:?} [{}]",
                    f.kind.as_str(),
                    f.count,
                    f.cumulative,
                    f.victim.as_ref().map(|v| (&v.text, v.side)),
                    f.perpetrator.as_ref().and_then(|p| p.actor.clone()),
                    f.claimant,
                    f.span.as_str(case.text)
                )
            })
            .collect::<Vec<_>>()
            .join("\n   ")
    };
    if got.len() != specs.len() {
        return Err(format!(
            "want {} figures, got {}:\n   {}",
            specs.len(),
            got.len(),
            show()
        ));
    }
    for (f, spec) in got.iter().zip(&specs) {
        let mut parts = spec.split_whitespace();
        let kind = kind_of(parts.next().unwrap_or(""));
        let best = opt_num(parts.next().unwrap_or("-"));
        if f.kind != kind || f.count.map(|c| c.best) != best {
            return Err(format!("want {spec}, got:\n   {}", show()));
        }
        // Spans lie inside the sentence, on char boundaries.
        if case.text.get(f.span.start..f.span.end).is_none() || f.span.is_empty() {
            return Err(format!("bad span {:?}", f.span));
        }
        for attr in parts {
            let (k, v) = attr.split_once('=').unwrap_or((attr, ""));
            let ok = match k {
                "low" => f.count.and_then(|c| c.low) == opt_num(v),
                "high" => f.count.and_then(|c| c.high) == opt_num(v),
                "approx" => f.count.map(|c| c.approximate) == Some(v == "1"),
                "cum" => f.cumulative == (v == "1"),
                "side" => f.victim.as_ref().map(|a| a.side) == Some(side_of(v)),
                "perp" => {
                    f.perpetrator.as_ref().and_then(|p| p.actor.as_deref())
                        == Some(v.replace('_', " ").as_str())
                }
                "perpside" => f.perpetrator.as_ref().map(|p| p.side) == Some(side_of(v)),
                "claim" => f.claimed && f.claimant.as_deref() == Some(v.replace('_', " ").as_str()),
                "noclaim" => !f.claimed,
                "novictim" => f.victim.is_none(),
                "noperp" => f.perpetrator.is_none(),
                "victim" => {
                    f.victim.as_ref().map(|a| a.text.as_str()) == Some(v.replace('_', " ").as_str())
                }
                other => return Err(format!("bad attribute {other}")),
            };
            if !ok {
                return Err(format!("want {spec} ({attr}), got:\n   {}", show()));
            }
        }
    }
    Ok(())
}

fn run_cases(cases: &[Case]) -> usize {
    let mut failures = Vec::new();
    for case in cases {
        if let Err(e) = check(case) {
            failures.push(format!("case {:?}: {:?}\n  {e}", case.name, case.text));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
    cases.len()
}

#[test]
#[ignore]
fn debug_print() {
    let s = std::env::var("S").unwrap_or_default();
    for f in run(&s) {
        println!(
            "{:?} {:?} cum={} victim={:?} perp={:?} claimed={} {:?} | {}",
            f.kind,
            f.count.map(|c| (c.low, c.best, c.high)),
            f.cumulative,
            f.victim.as_ref().map(|v| (&v.text, v.side, &v.actor)),
            f.perpetrator.as_ref().map(|v| (&v.text, &v.actor)),
            f.claimed,
            f.claimant,
            f.span.as_str(&s)
        );
    }
}

#[test]
fn quantities_in_figures() {
    let n = run_cases(&[
        c(
            "digits",
            "Officials said 14 soldiers were killed in the raid.",
            "killed 14 low=14 high=14",
        ),
        c(
            "separators",
            "The monitor said 1,200 people were killed in the siege.",
            "killed 1200",
        ),
        c(
            "no separators",
            "The group said 2300 people died in the province.",
            "killed 2300",
        ),
        c(
            "number word",
            "Forty-five villagers were killed by gunmen.",
            "killed 45",
        ),
        c(
            "capital number word",
            "Twenty-five policemen were wounded on Monday.",
            "wounded 25",
        ),
        c(
            "hundred and",
            "One hundred and twenty people were killed in the assault.",
            "killed 120",
        ),
        c(
            "a hundred",
            "A hundred fighters were killed in a week of fighting.",
            "killed 100 cum=1",
        ),
        c(
            "a before singular",
            "A civilian was killed in the shelling.",
            "killed 1 side=civ",
        ),
        c(
            "an before singular",
            "An officer was wounded by sniper fire.",
            "wounded 1 side=state",
        ),
        c(
            "one before singular",
            "One soldier died of his wounds.",
            "killed 1",
        ),
        c(
            "singular noun headline",
            "Militant killed in clash with police",
            "killed 1 side=armed",
        ),
        c(
            "enumeration sum",
            "The owner and two employees were killed in the blast.",
            "killed 3",
        ),
        c(
            "enumeration split",
            "Officials said 95 assailants, 22 soldiers, and 8 police officers were killed.",
            "killed 95 side=armed; killed 22 side=state; killed 8 side=state",
        ),
        c(
            "enumeration headline",
            "Nine soldiers, 30 insurgents killed in clashes",
            "killed 9; killed 30",
        ),
        c(
            "active enumeration",
            "Gunmen killed a teacher and his son in the village.",
            "killed 2",
        ),
        c(
            "at least",
            "At least 17 people were killed in the attack.",
            "killed 17 low=17 high=-",
        ),
        c(
            "no fewer than",
            "No fewer than 12 civilians were killed.",
            "killed 12 low=12 high=-",
        ),
        c(
            "post at least",
            "The raid left 9 at least dead.",
            "killed 9 low=9 high=-",
        ),
        c(
            "more than",
            "More than 30 soldiers were killed in the ambush.",
            "killed 31 low=31 high=-",
        ),
        c("over", "Over 40 dead in twin bombings", "killed 41"),
        c(
            "upwards of",
            "Upwards of 60 people were wounded.",
            "wounded 61",
        ),
        c(
            "nearly",
            "Nearly 33 troops were killed in the offensive.",
            "killed 33 low=- high=33",
        ),
        c(
            "almost",
            "Almost 20 people were injured.",
            "wounded 20 high=20",
        ),
        c(
            "just under",
            "Just under 50 people died in the fire bombing.",
            "killed 50 high=50",
        ),
        c(
            "about",
            "About 150 people were killed in the fighting.",
            "killed 150 approx=1",
        ),
        c(
            "around",
            "Around 20 fighters were killed.",
            "killed 20 approx=1",
        ),
        c(
            "approximately",
            "Approximately 70 civilians were wounded.",
            "wounded 70 approx=1",
        ),
        c(
            "some",
            "Some 30 rebels were captured by the army.",
            "captured 30 approx=1",
        ),
        c(
            "roughly",
            "Roughly 60 people were killed.",
            "killed 60 approx=1",
        ),
        c("up to", "Up to 15 people may have been killed.", ""),
        c(
            "up to real",
            "Up to 15 people were killed in the raid.",
            "killed 15 low=- high=15",
        ),
        c(
            "as many as",
            "As many as 300 people were killed.",
            "killed 300 high=300",
        ),
        c(
            "range between",
            "Between 10 and 15 soldiers were killed.",
            "killed 10 low=10 high=15",
        ),
        c(
            "range to",
            "The strike killed 10 to 15 fighters.",
            "killed 10 low=10 high=15",
        ),
        c(
            "range dash",
            "The strike killed 10-15 fighters.",
            "killed 10 high=15",
        ),
        c(
            "a dozen",
            "A dozen people were killed in the market.",
            "killed 12 approx=1",
        ),
        c(
            "dozens",
            "Dozens of soldiers were killed in the offensive.",
            "killed 24 low=24 high=99",
        ),
        c(
            "tens",
            "Tens of fighters were wounded.",
            "wounded 20 high=99",
        ),
        c("scores", "Scores of people were killed.", "killed 40"),
        c(
            "several",
            "Several civilians were injured.",
            "wounded 3 high=9",
        ),
        c(
            "a few",
            "A few soldiers were wounded in the exchange.",
            "wounded 2",
        ),
        c(
            "a number of",
            "A number of fighters were killed.",
            "killed 2 high=-",
        ),
        c(
            "hundreds",
            "Hundreds of people were killed in the siege.",
            "killed 200",
        ),
        c(
            "thousands",
            "Thousands of people have died in the famine.",
            "killed 2000",
        ),
        c(
            "dozens more",
            "Five soldiers were killed and dozens more wounded.",
            "killed 5; wounded 24",
        ),
        c(
            "fraction",
            "About two thirds of them were killed in the city.",
            "",
        ),
        c("percent", "Forty percent of the dead were children.", ""),
        c(
            "age",
            "A ten year old child was killed by a mine.",
            "killed 1 side=civ",
        ),
        c(
            "age hyphen",
            "A 12-year-old boy was killed by a sniper.",
            "killed 1",
        ),
        c(
            "age plural",
            "Two 15-year-old boys were wounded.",
            "wounded 2",
        ),
    ]);
    assert!(n >= 45);
}

#[test]
fn acled_table() {
    let s = "Dozens of soldiers were killed and tens wounded.";
    let f = figures(
        s,
        Span::new(0, s.len()),
        &VagueTable::acled(),
        &ActorLexicon::builtin(),
    );
    assert_eq!(
        f.iter()
            .map(|f| f.count.map(|c| c.best))
            .collect::<Vec<_>>(),
        vec![Some(12), Some(10)]
    );
}

#[test]
fn kinds_and_forms() {
    run_cases(&[
        c("killed passive", "Six members of the police were killed.", "killed 6 side=state"),
        c("dead", "Four people are dead after the blast.", "killed 4"),
        c("died", "Three soldiers died in the attack.", "killed 3"),
        c("death of", "Activists reported the death of the rebel commander Abu Khalid al-Omar.", "killed 1"),
        c("death of named", "Residents confirmed the death of Ahmad Saleh in the raid.", "killed 1"),
        c("lost members", "The group lost 17 members in the air raids.", "killed 17"),
        c("shot dead", "Two policemen were shot dead at a checkpoint.", "killed 2"),
        c("executed", "The militants executed 11 prisoners in the square.", "killed 11"),
        c("massacred", "At least 30 villagers were massacred overnight.", "killed 30"),
        c("perished", "Twelve migrants perished when the boat was shelled.", "killed 12"),
        c("bodies of", "Rescuers recovered the bodies of 8 fighters.", "killed 8"),
        c("fatalities", "The clashes caused 17 fatalities.", "killed 17"),
        c("deaths noun", "Officials recorded 9 deaths in the district.", "killed 9"),
        c("death toll", "The death toll rose to 45 on Monday.", "killed 45 cum=0"),
        c("death toll of", "The blast had a death toll of 23.", "killed 23"),
        c("wounded", "Eleven civilians were wounded by shrapnel.", "wounded 11"),
        c("injured", "At least 20 people were injured.", "wounded 20"),
        c("hurt", "Five people were hurt in the explosion.", "wounded 5"),
        c("injuring", "The bomb exploded near a school, injuring eight children.", "wounded 8 side=civ"),
        c("killed and injured", "Twelve soldiers were killed and injured in the ambush.", "kow 12"),
        c("killed and wounded headline", "30 fighters killed and wounded in clashes", "kow 30"),
        c("killing and injuring", "The militants shelled the town, killing and injuring dozens of people.", "kow 24"),
        c("casualties", "The shelling caused 14 casualties among civilians.", "kow 14"),
        c("captured", "The army captured 25 militants in the operation.", "captured 25 side=armed"),
        c("taken prisoner", "Seven soldiers were taken prisoner by the rebels.", "captured 7"),
        c("prisoners", "The group said it holds 40 prisoners.", "captured 40"),
        c("kidnapped", "Gunmen kidnapped 12 students from the school.", "captured 12"),
        c("abducted", "Three aid workers were abducted on the road.", "captured 3"),
        c("detained", "Police detained 15 suspects after the attack.", "captured 15"),
        c("missing", "Four fishermen are missing after the strike.", "missing 4"),
        c("passive", "Thirteen members of the militia were killed in the raid.", "killed 13"),
        c("active", "Rebels killed at least 58 soldiers in the assault.", "killed 58"),
        c("active present", "Car bomb kills 15 in the capital", "killed 15"),
        c("participle", "A suicide bomber struck a mosque, killing three civilians and injuring eight.", "killed 3; wounded 8"),
        c("headline", "58 government fighters killed in militant attacks", "killed 58"),
        c("headline dead", "Four dead in suicide bombing in the city", "killed 4"),
        c("headline dead and injured", "UN: 1 dead, at least 20 injured in the capital", "killed 1; wounded 20"),
        c("headline kills wounds", "Suicide attack kills 4, wounds 5 in southern province", "killed 4; wounded 5"),
        c("toll rose", "The death toll from the bombing rose to 112.", "killed 112 cum=0"),
        c("toll climbed", "The number of dead climbed to 37 by evening.", "killed 37"),
        c("toll apposition", "Meanwhile it rose to 600 at least, the number of members of the army who were killed during 3 months of battles.", "killed 600 cum=1 side=state"),
        c("toll apposition casualties", "It rose to 950, the number of casualties of both parties who were documented.", "killed 950 cum=1 side=mixed"),
        c("in addition to", "In addition to the assailant, 50 people were killed.", "killed 1 side=armed; killed 50"),
        c("x and y killed z wounded", "Two soldiers and a civilian were killed, and nine wounded.", "killed 3; wounded 9"),
        c("were killed and others wounded", "20 insurgents were killed and 5 others were wounded in the strikes.", "killed 20; wounded 5"),
        c("suicide bomber", "A suicide bomber blew himself up at the checkpoint.", "killed 1 side=armed"),
        c("suicide bomber with victims", "A bomber blew himself up in the market, killing 7 people.", "killed 1; killed 7"),
        c("bomber caught", "The bomber was arrested before he blew himself up.", "captured 1"),
        c("bomber survived", "The attacker survived after he detonated his vest.", ""),
        c("killed by", "Nine civilians were killed by a landmine.", "killed 9"),
        c("lost their lives", "Seven workers lost their lives in the strike.", "killed 7"),
        c("gunned down", "Three brothers were gunned down at their home.", "killed 3"),
        c("murdered", "Two farmers were murdered in the field.", "killed 2"),
        c("assassinate", "Unknown gunmen assassinate two council members in the city", "killed 2"),
        c("execute a man", "Militants execute a man in the main square", "killed 1"),
        c("intransitive kill", "Eight militants kill during clashes with the army", "killed 8"),
        c("dead and wounded", "There were 40 dead and wounded after the strike.", "kow 40"),
        c("injuries", "Five people suffered injuries in the crash caused by the mine.", "wounded 5"),
        c("killed or wounded", "Up to 80 soldiers were killed or wounded.", "kow 80"),
        c("killing of", "The clashes led to the killing of at least 14 fighters.", "killed 14"),
        c("killed, wounded headline", "Scores of insurgents killed, wounded in operations", "kow 40"),
        c("martyrs", "The council counted 23 martyrs in the town.", "killed 23"),
        c("went missing", "Six divers went missing during the raid.", "missing 6"),
        c("people listed without commas", "A man woman and child died of suffocation in the village.", "killed 3"),
        c("a compound person noun", "A girl child was killed in the shelling.", "killed 1"),
        c("kin listed without commas", "A father mother and son were killed when the shell hit.", "killed 3"),
        c("woman doctor is one person", "A woman doctor was killed in the strike.", "killed 1"),
        c("agent before a participle pair", "A suicide bomber killed 30 people injured 90 on Monday at a wedding party.", "killed 30; wounded 90"),
        c("a woman with her children", "The strike killed a woman with four of her children and an old man.", "killed 6"),
        c("a man with his sons", "Gunmen killed a man with his two sons near the market.", "killed 3"),
        c("a man with his rifle", "The sniper killed a man with his rifle.", "killed 1"),
        c("source with a hyphenated name after the victims", "A blast killed at least 25 members of the Nusra Front the British-based Syrian Observatory for Human Rights monitoring group said.", "killed 25 victim=members_of_the_Nusra_Front"),
        c("lower-case media after a named person", "A bomb went off killing the Imam Sheikh Salman al-Afandi state-run TV reported.", "killed 1 victim=the_Imam_Sheikh_Salman_al-Afandi"),
        c("a body named after the victims", "Troops repelled the offensive killing 40 attackers Russias defence ministry said.", "killed 40 victim=attackers"),
        c("a closing quote ends the object", "\"The gunmen stormed the village killing 14 of them\" the agency quoted a police source as saying.", "killed 14 victim=them"),
        c("government fighters are state forces", "The bomb killed 30 government fighters near the checkpoint.", "killed 30 side=state"),
        c("anti-government fighters are not", "The strike killed 12 anti-government fighters.", "killed 12 side=unk"),
        c("a government stronghold is nobody", "The town, once a government stronghold, was captured by rebels.", ""),
        c("counts split by place", "The strikes killed 3 in Idlib, 4 in Hama and 2 in Homs on Monday.", "killed 3; killed 4; killed 2"),
        c("a unit's number is no count", "Three soldiers of Brigade 93 were killed near the base.", "killed 3"),
        c("a resolution's number is no count", "Resolution 2254 was adopted after 40 civilians were killed.", "killed 40"),
        c("ages are no counts", "Two boys aged 12 and 14 were killed on Thursday.", "killed 2"),
        c("an age is no count", "A man aged 45 was killed in the shelling.", "killed 1"),
        c("ages from and to", "Five children of ages 3 to 8 were killed.", "killed 5"),
        c("abducting", "Its fighters raided three villages, abducting more than 200 people.", "captured 201"),
        c("executing", "The militants stormed the town, executing 20 men.", "killed 20"),
        c("capturing ground", "Rebels were capturing the town of Morek.", ""),
        c("time phrase before the subject", "A day ago a 5-year-old child was killed in the shelling.", "killed 1 victim=a_5-year-old_child"),
        c("part of the victims", "Fourteen of the victims died in strikes on the two towns.", ""),
        c("part of the casualties", "Three of the casualties were children.", ""),
        c("dozens of casualties is no part", "The shelling caused dozens of casualties in the town.", "kow 24 novictim=1"),
        c("hostages executed", "Two of the hostages were executed on Monday.", "killed 2"),
        c("killed a named person", "The brigade also killed Abu Hassan, a Nusra leader, in the town.", "killed 1 side=armed"),
        c("shot dead a named person", "Gunmen shot dead Samir Kuntar near his home.", "killed 1"),
        c("captured a named place", "Rebels captured Tal Abyad after heavy fighting.", ""),
        c("killed by a named force", "Massacre by Russian Air Force in the town.", ""),
        c("deaths without people named", "The deaths came a day after the strikes on the town.", "killed - novictim=1"),
        c("casualties of the ranks", "There were casualties among the ranks of the army.", "kow - victim=the_ranks_of_the_army"),
        c("reports about people killed", "There have been daily reports about civilians being killed in the town.", "killed - victim=civilians"),
        c("killing of one and injury of others", "The blast led to the killing of one person and the injury of 40 others.", "killed 1 victim=person; wounded 40"),
    ]);
}

#[test]
fn victims_and_perpetrators() {
    run_cases(&[
        c(
            "speaker after the object, commas lost",
            "The missiles also wounded 25 others Ibrahim Abu Leys told Anadolu Agency.",
            "wounded 25 victim=others",
        ),
        c(
            "pronoun speaker after the object",
            "The strikes have killed 122 civilians he said.",
            "killed 122 victim=civilians",
        ),
        c(
            "a source with an article, then its verb, ends the victims",
            "The raid killed 12 members of the Nusra Front the British-based monitor said.",
            "killed 12 victim=members_of_the_Nusra_Front",
        ),
        c(
            "an adverb and a verb with its object start another clause",
            "The strikes killed 26 people and severely damaged a hospital.",
            "killed 26 victim=people",
        ),
        c(
            "a verb with a vague object starts another clause",
            "The war has killed 300 people and displaced millions.",
            "killed 300 victim=people",
        ),
        c(
            "a phrase of time after the casualty word is no victim",
            "There were heavy casualties since the campaign began.",
            "kow - novictim",
        ),
        c(
            "the word before a bare casualty noun names its victims",
            "The shelling caused civilian casualties in the old city.",
            "kow - side=civ",
        ),
        c(
            "a comparison of numbers is no figure",
            "It was the largest number of civilian casualties since the campaign began.",
            "",
        ),
        c(
            "a rank before a casualty noun is an adjective",
            "The raid caused major casualties.",
            "kow - novictim",
        ),
        c(
            "the subject of suffered",
            "Regime forces have suffered heavy casualties in the clashes.",
            "kow - side=state",
        ),
        c(
            "a headline's bare nouns",
            "Martyrs and wounded in warplanes' shelling on the town",
            "killed -; wounded -",
        ),
        c(
            "a headline's bare participle",
            "Wounded in shelling on the eastern countryside",
            "wounded -",
        ),
        c(
            "bare nouns inside a sentence are no figure",
            "The dead and wounded were taken to hospital.",
            "",
        ),
        c(
            "the cause after a casualty noun is no victim",
            "Casualties in regime shelling on the town.",
            "kow - novictim",
        ),
        c(
            "a clause after a bare count is no victim",
            "Airstrikes kill 35 and destroy a hospital in Idlib.",
            "killed 35 novictim",
        ),
        c(
            "people after the count still are",
            "Gunmen killed 3 soldiers and 2 policemen in Kidal.",
            "killed 3 victim=soldiers; killed 2 victim=policemen",
        ),
        c(
            "named victims are no speakers",
            "Gunmen killed two soldiers Ahmed Ali and Omar Khaled in the town.",
            "killed 2",
        ),
        c(
            "perp by",
            "At least 45 members of pro-regime forces were killed in attacks carried out by ISIS.",
            "killed 45 side=state perp=Islamic_State",
        ),
        c(
            "perp subject",
            "ISIS militants killed at least 58 Syrian government troops.",
            "killed 58 side=state perp=Islamic_State",
        ),
        c(
            "perp in airstrikes",
            "Fourteen fighters were killed in Russian airstrikes near the town.",
            "killed 14 perp=Russian_forces",
        ),
        c(
            "perp coalition",
            "The International Coalition killed 9 civilians in a strike.",
            "killed 9 side=civ perp=International_Coalition",
        ),
        c(
            "both parties",
            "Tens of others of both parties were killed.",
            "killed 20 side=mixed",
        ),
        c(
            "both sides",
            "Dozens of fighters from both sides were wounded.",
            "wounded 24 side=mixed",
        ),
        c(
            "civilians",
            "Five civilians, including two children, were killed.",
            "killed 5 side=civ",
        ),
        c(
            "armed group victim",
            "Twelve members of Hay'at Tahrir al-Sham were killed.",
            "killed 12 side=armed",
        ),
        c(
            "sdf victim",
            "Three SDF fighters were wounded by a mine.",
            "wounded 3 side=armed",
        ),
        c(
            "external victim",
            "Two Turkish soldiers were killed by a roadside bomb.",
            "killed 2 side=ext",
        ),
        c(
            "hezbollah",
            "Four Hezbollah fighters were killed in the battle.",
            "killed 4 side=ext",
        ),
        c(
            "taliban",
            "Afghan forces killed 20 Taliban fighters in the district.",
            "killed 20 side=armed perp=Afghan_government_forces",
        ),
        c(
            "shabaab perp",
            "Al-Shabaab militants killed 13 soldiers in an ambush.",
            "killed 13 side=state perp=al-Shabaab",
        ),
        c(
            "boko haram",
            "Boko Haram fighters kidnapped 30 girls.",
            "captured 30 side=civ perp=Boko_Haram",
        ),
        c(
            "gunmen perp side",
            "Gunmen killed 6 worshippers at the mosque.",
            "killed 6 side=civ perpside=armed",
        ),
        c(
            "lost subject victim",
            "The Islamic State lost 21 members in the battle.",
            "killed 21 side=armed",
        ),
        c(
            "ISIS-led",
            "Dozens of army soldiers killed in ISIS-led offensive",
            "killed 24 perp=Islamic_State",
        ),
        c(
            "regime victim",
            "Eleven regime soldiers were killed near the airport.",
            "killed 11 side=state",
        ),
        c(
            "ndf",
            "Seven NDF members were wounded in the shelling.",
            "wounded 7 side=state",
        ),
        c(
            "ellipsis",
            "Thirty soldiers were killed and dozens more wounded.",
            "killed 30 side=state; wounded 24 side=state",
        ),
    ]);
}

#[test]
fn cumulative_figures() {
    run_cases(&[
        c(
            "since date",
            "At least 300 people have been killed since the 13th of March.",
            "killed 300 cum=1",
        ),
        c(
            "since month",
            "The group has lost 90 fighters since January.",
            "killed 90 cum=1",
        ),
        c(
            "since conflict",
            "More than 230000 people have been killed since the conflict began.",
            "killed 230001 cum=1",
        ),
        c(
            "during months",
            "A total of 557 soldiers were killed during 2 months of clashes.",
            "killed 557 cum=1",
        ),
        c(
            "first week",
            "In the first week of the campaign, 31 soldiers were killed.",
            "killed 31 cum=1",
        ),
        c(
            "so far",
            "So far 80 people have died in the fighting.",
            "killed 80 cum=1",
        ),
        c(
            "this year",
            "Some 400 civilians have been killed this year.",
            "killed 400 cum=1",
        ),
        c(
            "in days",
            "Fighting killed 22 in the province in 2 days.",
            "killed 22 cum=1",
        ),
        c(
            "separate incidents",
            "Five people were killed in separate incidents.",
            "killed 5 cum=1",
        ),
        c(
            "national",
            "About 150 Syrians were killed yesterday.",
            "killed 150 cum=1",
        ),
        c(
            "war toll",
            "The death toll of the war tops 136,000.",
            "killed 136000 cum=1",
        ),
        c(
            "toll one event",
            "The death toll from Saturday's blast rose to 112.",
            "killed 112 cum=0",
        ),
        c(
            "since sunday",
            "At least 45 soldiers have been killed since Sunday in the attacks.",
            "killed 45 cum=0",
        ),
        c(
            "single event",
            "Nine people were killed in the market bombing on Tuesday.",
            "killed 9 cum=0",
        ),
        c(
            "across the country",
            "209 militants killed across the country",
            "killed 209 cum=1",
        ),
    ]);
}

#[test]
fn negation_and_unknowns() {
    run_cases(&[
        c(
            "no information",
            "Warplanes struck the convoy but there was no information about casualties.",
            "kow -",
        ),
        c(
            "without information",
            "The shelling hit the village, without information about injuries.",
            "wounded -",
        ),
        c(
            "reported both sides",
            "Casualties were reported on both sides.",
            "kow - side=mixed",
        ),
        c(
            "no one killed",
            "No one was killed in the attack.",
            "killed 0 low=0 high=0",
        ),
        c("nobody hurt", "Nobody was hurt in the blast.", "wounded 0"),
        c("no casualties", "There were no casualties.", "kow 0"),
        c(
            "no injuries",
            "Police said there were no injuries.",
            "wounded 0",
        ),
        c("no deaths", "The ministry reported no deaths.", "killed 0"),
        c(
            "no civilians killed",
            "No civilians were killed in the strike.",
            "killed 0",
        ),
        c(
            "threat",
            "The militants warned residents to leave or be killed.",
            "",
        ),
        c(
            "threat to kill",
            "The group threatened to kill 20 hostages.",
            "",
        ),
        c("modal", "The bomb could have killed 50 people.", ""),
        c(
            "not killed",
            "The soldiers were not killed, officials said.",
            "",
        ),
        c(
            "failed attempt",
            "The militants tried to kill the governor.",
            "",
        ),
        c("would be", "Anyone who resists would be killed.", ""),
        c(
            "plural unnumbered",
            "Militants killed in strike on convoy",
            "killed - side=armed",
        ),
        c(
            "claimed lives of more",
            "The clashes claimed the lives of more members of the army.",
            "killed -",
        ),
        c(
            "heavy casualties",
            "The rebels suffered heavy casualties in the assault.",
            "kow -",
        ),
        c(
            "no word on",
            "There was no word on casualties from the raid.",
            "kow -",
        ),
    ]);
}

#[test]
fn claims() {
    run_cases(&[
        c(
            "claiming to have killed",
            "ISIS put out a statement claiming to have killed scores of regime fighters.",
            "killed 40 claim=Islamic_State",
        ),
        c(
            "claimed to have killed",
            "The Taliban claimed to have killed 30 soldiers.",
            "killed 30 claim=Taliban",
        ),
        c(
            "claimed it killed",
            "Al-Shabaab claimed it killed 15 troops in the raid.",
            "killed 15 claim=al-Shabaab",
        ),
        c(
            "claim of responsibility is no claimed figure",
            "ISIS claimed responsibility for the attack, which killed 12 people.",
            "killed 12 noclaim",
        ),
        c(
            "report is no claim",
            "The monitor said 9 soldiers were killed.",
            "killed 9 noclaim",
        ),
    ]);
}

#[test]
fn not_figures() {
    run_cases(&[
        c(
            "an allegation about an earlier event",
            "The trial of men accused of killing 20 villagers opened in Jos.",
            "",
        ),
        c(
            "a conviction for an earlier killing",
            "A court said he was convicted of killing three soldiers.",
            "",
        ),
        c(
            "suspected militants are the subject, not an allegation",
            "Suspected militants killed 4 soldiers near the border.",
            "killed 4",
        ),
        c("date", "On 12 March the army entered the town.", ""),
        c("year", "In 2016 the group seized the city.", ""),
        c(
            "year with killed",
            "The 2014 attack killed 20 people.",
            "killed 20",
        ),
        c(
            "month day killed",
            "Three soldiers were killed on March 21.",
            "killed 3",
        ),
        c("time", "The blast at 10:30 killed two guards.", "killed 2"),
        c(
            "distance",
            "The strike hit a base 65 km away, killing 4 soldiers.",
            "killed 4",
        ),
        c(
            "distance alone",
            "The convoy was hit 65 Km away from the city.",
            "",
        ),
        c("unit name", "The 5th Corps took part in the attack.", ""),
        c(
            "unit name killed",
            "Fighters of the 5th Corps were killed in the attack.",
            "killed -",
        ),
        c(
            "airstrikes",
            "More than 130 airstrikes hit the positions.",
            "",
        ),
        c(
            "attacks",
            "The group carried out two simultaneous attacks on the sites.",
            "",
        ),
        c("vehicles", "The militants destroyed 5 vehicles.", ""),
        c("villages", "The army recaptured 12 villages.", ""),
        c(
            "age victim",
            "A ten year old child was among the wounded.",
            "",
        ),
        c(
            "page number",
            "See page 12 of the report on killed civilians.",
            "",
        ),
        c("captcha", "five × 5 = killed", ""),
        c("ordinal", "The 21st of May saw heavy clashes.", ""),
        c(
            "percent toll",
            "Women make up 40 percent of those killed.",
            "",
        ),
        c("positions", "The regime shelled four major positions.", ""),
        c(
            "no trigger",
            "The army advanced toward the river with 300 troops.",
            "",
        ),
        c(
            "km killed",
            "Five soldiers were killed 20 km south of the city.",
            "killed 5",
        ),
        c("incident number", "Incident #17318 was logged.", ""),
        c(
            "date slashes",
            "137 killed on Friday 6/02/2015",
            "killed 137",
        ),
        c(
            "hours",
            "Clashes lasted 48 hours and left 12 dead.",
            "killed 12",
        ),
    ]);
}

#[test]
fn no_panic_on_odd_input() {
    for s in [
        "",
        "killed",
        "killed killed killed",
        "— killed — 5 —",
        "ٌباب سنجار killed 3",
        "١٢ killed",
        "5",
        "at least",
        "the death of",
        "rose to",
        ", , , were killed",
        "No one",
        "Казнены 5 человек, killed 2 and wounded",
        "𝟓 people were killed",
        "killed 999999999999999999999999 people",
    ] {
        for f in run(s) {
            assert!(s.get(f.span.start..f.span.end).is_some(), "{s:?}");
        }
    }
}

#[test]
fn spans_are_in_original_offsets() {
    let text = "Intro sentence here. At least 4 soldiers were killed.";
    let sent = Span::new(21, text.len());
    let f = figures(text, sent, &VagueTable::default(), &ActorLexicon::builtin());
    assert_eq!(f.len(), 1);
    assert!(sent.contains(f[0].span));
    assert_eq!(f[0].span.as_str(text), "At least 4 soldiers were killed");
}

#[test]
fn daily_tallies_and_bare_dozen() {
    run_cases(&[
        c("daily tally", "146 died yesterday, including 55 of the regime forces.", "killed 146 cum=1"),
        c("one blast, a hundred dead", "A bomb blast on Saturday killed 100 people at the crossing.", "killed 100 cum=0"),
        c("daily tally breakdown", "230 people were killed yesterday, including 61 soldiers, and 60 citizens were killed in the bombardment.", "killed 230 cum=1; killed 60 cum=1"),
        c("small daily", "Five people were killed yesterday in the town.", "killed 5 cum=0"),
        c("an armed group's word on a toll", "The Taliban said 15 police were killed.", "killed 15 claim=Taliban"),
        c("a police statement is no claim", "Police said 15 people were killed.", "killed 15 noclaim"),
        c("said they killed", "Rebels said they killed 30 soldiers.", "killed 30 claim=Rebels"),
        c("witnesses are no party", "Residents said gunmen had killed 5 people.", "killed 5 noclaim"),
        c("in a separate incident", "In a separate incident, gunmen attacked a checkpoint, killing six policemen.", "killed 6 cum=0"),
        c("in separate incidents", "Twelve people were killed in separate incidents across the province.", "killed 12 cum=1"),
        c("fighters of the factions", "The monitor documented the death of 16 fighters of the factions.", "killed 16 side=armed"),
        c("opposition fighter", "Jets hit an outpost, killing at least one opposition fighter.", "killed 1 side=armed"),
        c("a speaker is no perpetrator", "It was a gas attack that opposition groups say killed hundreds of people.", "killed 200 noperp=1"),
        c("a place's qualifier is no perpetrator", "Barrel bombs hit opposition-held districts and killed 12 people.", "killed 12 noperp=1"),
        c("one event's hundreds", "More than 300 people were killed in a chemical attack, the opposition said on Tuesday.", "killed 301 cum=0"),
        c("one event after the day", "About 120 were killed on Friday in the massacre at the village.", "killed 120 cum=0"),
        c("a day's tally of clashes", "More than 180 people were killed yesterday in clashes and shelling.", "killed 181 cum=1"),
        c("bare dozen", "Airstrikes kill dozen rebels in the province", "killed 12"),
        c("weekday's dead", "Most of Friday's dead were soldiers.", "killed -"),
        c("the organization", "The Islamic State attacked the base and 6 members at least of the organization were killed.", "killed 6 side=armed low=6 high=-"),
        c("including in object", "The attack killed 12 people, including 5 children, and wounded 20 others.", "killed 12; wounded 20"),
        c("among them", "At least 12 people, among them 5 children, were killed.", "killed 12"),
        c("pronoun", "He was killed in an airstrike.", "killed 1"),
        c("object pronoun", "The gunmen stopped the car and killed him.", "killed 1 perpside=armed"),
        c("the agent, not who holds the ground", "Airstrikes by Russian warplanes on areas held by the Islamic State group killed 12 civilians.", "killed 12 perpside=ext"),
        c("who holds the ground alone", "Shelling on areas held by the Islamic State group killed 12 civilians.", "killed 12 noperp"),
        c("held with a hyphen", "Airstrikes on Daesh-held villages killed at least 85 civilians.", "killed 85 noperp"),
        c("object pronoun, no count", "The gunmen killed them.", ""),
        c("an unknown fate", "The fate of around 200 other soldiers remained unknown.", "missing 200"),
        c("a fate decided is no missing", "The talks will decide the fate of 3 million people.", ""),
        c("dead or injured", "The raids left dozens of residents dead or injured.", "kow 24"),
        c("a couple of", "A couple of soldiers were wounded in the blast.", "wounded 2 approx=1"),
        c("at least before captives", "At least 200 civilians were abducted from the village.", "captured 200 side=civ"),
        c("them: the actor named last", "Army units destroyed positions of ISIS terrorists in the countryside, killing scores of them.", "killed 40 side=armed perpside=state"),
        c("them: people named after the actor", "ISIS stormed the village and rounded up the men, killing 20 of them.", "killed 20 side=unk perp=Islamic_State"),
        c("the attacker's self in a list", "Suicide bomber kills self, 3 soldiers in the capital", "killed 4"),
        c("a village head", "Unidentified gunmen shoot dead village head in the state", "killed 1"),
        c("a traditional ruler", "Gunmen kill traditional ruler in the north", "killed 1 side=civ"),
        c("the people told of before", "Militants executed the three.", "killed 3"),
        c("partitive object", "Gunmen stormed the wedding, killing 14 of them.", "killed 14"),
        c("toll at", "Officials put the death toll at 50.", "killed 50"),
        c("part of the dead", "Five of the dead were children.", ""),
        c("part of the wounded", "15 of the wounded were taken to hospital.", ""),
        c("two clauses", "A car bomb killed two people and injured 10 in the capital on Monday, police said.", "killed 2; wounded 10"),
        c("left dead and wounded", "Clashes left at least 25 people dead and 40 wounded.", "killed 25; wounded 40"),
        c("bringing the toll to", "Another soldier died overnight, bringing the death toll to 31.", "killed 1; killed 31"),
        c("attacker killed by forces", "The attacker was killed by security forces.", "killed 1 side=armed"),
        c("deaths of", "The monitor confirmed the deaths of 12 civilians in the raid.", "killed 12 side=civ"),
        c("all caps headline", "ISIS KILLS 45 SOLDIERS IN DEIR EZZOR", "killed 45 side=state perp=Islamic_State"),
        c("modifier after and is no person", "Jihadists executed three officers of the Western and Arab-backed rebel army.", "killed 3"),
        c("group names are no persons", "The army killed 35 members of Jaish al-Islam and Faylaq al-Rahman terrorist groups.", "killed 35 side=armed"),
        c("left dozens more", "The bombing killed 48 people and left dozens more wounded.", "killed 48; wounded 24"),
        c("IS is an actor, not a verb", "More than 20 members of IS were killed in the strikes.", "killed 21 side=armed"),
        c("far cue in a run-on text", "Rebels expelled the jihadists from the town last month after long battles in the countryside and the army said it would send more troops and the ministry said the roads were cut and the border crossings were closed while aid agencies called for a ceasefire and the government promised talks with the opposition in the capital next week and the monitors said the shelling continued on the outskirts of the town overnight until 9 civilians were killed in the market.", "killed 9 cum=0"),
    ]);
}

#[test]
fn fakes_style_subjects_and_objects() {
    run_cases(&[
        c(
            "plural noun starting like a plan",
            "Government planes killed 14 fighters near the dam.",
            "killed 14",
        ),
        c(
            "plots of land are no plot",
            "The plots were shelled and 3 farmers were killed.",
            "killed 3",
        ),
        c(
            "a real plan is irrealis",
            "The cell planned to kill 20 officers.",
            "",
        ),
        c(
            "including without commas",
            "Witnesses say 11 villagers including children have been killed in the raid.",
            "killed 11",
        ),
        c(
            "including with a count, no commas",
            "Nine people including two women were killed at the checkpoint.",
            "killed 9",
        ),
        c(
            "dash parenthetical subject",
            "Shelling left 17 civilians - among them four women - dead in the town.",
            "killed 17",
        ),
        c(
            "dash parenthetical passive",
            "At least 300 people - mostly children - have been wounded this week.",
            "wounded 300",
        ),
        c(
            "elaboration after participle",
            "The strike left dozens of people wounded including two medics.",
            "wounded 24",
        ),
        c(
            "place phrase in the subject",
            "At least 40 militiamen from the coastal province have died in the fighting.",
            "killed 40",
        ),
        c(
            "place phrase in the subject 2",
            "Some 30 soldiers in the northern garrison were killed.",
            "killed 30",
        ),
        c(
            "headline others injured",
            "Five soldiers killed others injured in mortar attack on base",
            "killed 5; wounded -",
        ),
        c(
            "a second verb with its own object is no victim",
            "The fighting has killed at least 9000 people and displaced 2 million.",
            "killed 9000 cum=0",
        ),
        c(
            "a second verb with a determiner",
            "The blast killed seven people and destroyed the market.",
            "killed 7",
        ),
        c(
            "allied is no verb",
            "The bomber killed 12 soldiers and allied militiamen.",
            "killed 12",
        ),
    ]);
}

#[test]
fn fakes_style_tolls_and_nouns() {
    run_cases(&[
        c(
            "toll was",
            "Medics said the death toll was at least 31.",
            "killed 31 low=31 high=-",
        ),
        c(
            "toll from X was",
            "A doctor said the death toll from the shelling was 19.",
            "killed 19",
        ),
        c(
            "raised the toll from X to",
            "The monitor raised the death toll from the raid on the bakery to 42 on Friday.",
            "killed 42",
        ),
        c(
            "toll at least at",
            "The agency put the death toll at least at 33.",
            "killed 33",
        ),
        c(
            "number of X killed at",
            "The group put the number of soldiers killed at 16.",
            "killed 16",
        ),
        c(
            "toll forecast is no figure",
            "Officials said the death toll could climb to 60.",
            "",
        ),
        c(
            "toll with a year is no figure",
            "The death toll from the 2014 siege is unknown.",
            "",
        ),
        c(
            "N bodies of",
            "Rescuers said 23 bodies of fighters were recovered.",
            "killed 23",
        ),
        c(
            "month before a count",
            "In March at least 70 villagers were killed in the raids.",
            "killed 70",
        ),
        c(
            "month and day stay a date",
            "On March 12 gunmen attacked the base.",
            "",
        ),
        c(
            "quarter of a million",
            "The war has killed more than a quarter of a million people.",
            "killed 250001 high=- cum=1",
        ),
        c(
            "half a million",
            "The conflict has killed half a million people.",
            "killed 500000 cum=1",
        ),
        c(
            "attributive participle",
            "He spoke of the proud and martyred city.",
            "",
        ),
        c(
            "stoned to death",
            "Two men were stoned to death by the group.",
            "killed 2",
        ),
        c(
            "shoot dead",
            "Guards shoot dead four attackers at the gate.",
            "killed 4",
        ),
    ]);
}

#[test]
fn fakes_style_clauses() {
    run_cases(&[
        c("long dash parenthetical", "At least 40 members of the militia and its partners - who include fighters from two other groups and some local recruits - were killed this week.", "killed 40"),
        c("including then a new subject", "Officials said 14 people were killed including two policemen and more than 40 wounded in the blast.", "killed 14; wounded 41"),
        c("wounded another N", "The shelling killed nine civilians including three children and wounded another 70.", "killed 9; wounded 70"),
        c("the one who was killed", "The child who was killed had been visiting his brother.", ""),
        c("those who were wounded", "Those who were wounded were taken to Idlib.", ""),
        c("counted who were killed", "Two soldiers who were killed in the ambush were buried on Friday.", "killed 2"),
        c("deaths then a speaker", "Agencies will establish what caused the deaths a State Department spokeswoman said.", "killed - novictim"),
        c("number of serious injuries", "The toll may rise because of the number of serious injuries.", ""),
        c("this massacre is a noun", "The council condemned this massacre and its perpetrators.", ""),
        c("the massacre of", "The massacre of 40 villagers shocked the region.", "killed 40"),
        c("that as a relative pronoun", "It was the gunmen that killed 20 villagers.", "killed 20"),
        c("more then a source", "The blast killed 44 people and wounded dozens more Syrias state-run news agency and Kurdish media reported.", "killed 44 victim=people; wounded 24 novictim"),
        c("injuries to people", "The shells caused injuries to five citizens.", "wounded 5"),
        c("injuries to one person", "The rocket killed two people and caused serious injuries to a woman.", "killed 2; wounded 1"),
        c("a breakdown after a time word", "Those killed overnight included 12 aid workers.", ""),
        c("a breakdown after a weekday", "The dead on Sunday included four children.", ""),
        c("killing or wounding of", "The advance ended in the killing or wounding of several militants.", "kow 3"),
        c("deaths in a place", "The deaths in Deir az-Zour on Wednesday prompted outrage.", "killed - novictim"),
        c("raid on a held village", "Twelve civilians dead in Syrian raid on IS-held village", "killed 12 noperp"),
        c("strikes on a group's capital", "Air strikes on the Islamic State groups de facto capital Raqa killed 25 civilians.", "killed 25 noperp"),
        c("strikes on a group's positions", "Airstrikes on ISIS positions killed 10 civilians.", "killed 10 noperp"),
        c("a group's fighters", "ISIS fighters killed 10 civilians.", "killed 10 perp=Islamic_State"),
        c("among them without commas", "A further 546 people among them many children have been injured.", "wounded 546"),
        c("harm averted", "The coalition says it tries to avoid civilian deaths in its campaign.", ""),
        c("harm averted again", "Troops were deployed to prevent further casualties.", ""),
        c("among this group and that", "There were at least 15 dead among the ranks of the Army of Islam and 23 among its adversaries.", "killed 15; killed 23"),
        c("among groups and others", "There were 15 dead among the rebels and 23 among the soldiers as well as two civilians.", "killed 15; killed 23; killed 2"),
        c("among one group only", "At least 15 were killed among the rebels, the monitor said.", "killed 15"),
        c("gone missing", "Militants shot dead 12 men while 30 more have gone missing.", "killed 12; missing 30"),
        c("the wounded is a noun", "Nurses treated the wounded at the clinic.", ""),
        c("the wounded before a speaker", "Some of the wounded remain critical hospital director Samer Ali said.", ""),
        c("injured another N", "A mortar killed two people and injured another five near the school.", "killed 2; wounded 5"),
    ]);
}

#[test]
fn fakes_style_breakdowns() {
    run_cases(&[
        c(
            "comma-less enumeration",
            "Raids kill 8 fighters 4 civilians in the north",
            "killed 8; killed 4",
        ),
        c(
            "partitive after a count stays",
            "The strike killed 6 guards 2 of them officers.",
            "killed 6",
        ),
        c(
            "those killed were",
            "Among those killed were two nurses and a doctor, the agency said.",
            "",
        ),
        c(
            "the dead included",
            "The dead included four women and three children.",
            "",
        ),
        c(
            "quoted attributive participle",
            "He prayed for the \"proud and martyred nation\".",
            "",
        ),
    ]);
}

#[test]
fn headline_participle_pairs() {
    run_cases(&[
        c(
            "counted pair",
            "4 people killed 20 others injured in car bomb blast in the city",
            "killed 4; wounded 20",
        ),
        c(
            "worded pair",
            "Two soldiers killed 9 civilians injured in shelling on the town",
            "killed 2; wounded 9",
        ),
        c(
            "one person pair",
            "A woman killed 3 children injured in mortar attack",
            "killed 1; wounded 3",
        ),
        c(
            "uncounted subject keeps the verb",
            "Rebels killed 7 soldiers and injured 4 in the ambush.",
            "killed 7; wounded 4",
        ),
    ]);
}

#[test]
fn fakes_style_victims_and_estimates() {
    run_cases(&[
        c(
            "evacuees with a place phrase",
            "Officials said 40 evacuees from the two villages were killed in the blast.",
            "killed 40 side=civ",
        ),
        c(
            "patients",
            "Five patients were killed when the clinic was hit.",
            "killed 5 side=civ",
        ),
        c(
            "estimated to have been killed",
            "Some 2000 fighters are estimated to have been killed in the battle.",
            "killed 2000",
        ),
        c(
            "believed to have been killed",
            "Nine rescuers are believed to have been killed.",
            "killed 9",
        ),
    ]);
}

#[test]
fn summary_style_wounded_and_singles() {
    run_cases(&[
        c(
            "sustained wounds",
            "Nine villagers sustained wounds in the mortar attack.",
            "wounded 9",
        ),
        c(
            "suffered injuries",
            "Two policemen suffered injuries in the blast.",
            "wounded 2",
        ),
        c(
            "were left injured",
            "Eleven people were left injured after the explosion.",
            "wounded 11",
        ),
        c(
            "compound singular head",
            "A police officer was shot dead at the checkpoint.",
            "killed 1",
        ),
        c(
            "compound singular head 2",
            "An army officer was wounded by a sniper.",
            "wounded 1",
        ),
    ]);
}

#[test]
fn fakes_style_breakdowns_and_pronouns() {
    run_cases(&[
        c(
            "appositive breakdown sums to the head",
            "Four villagers two men and two boys were killed in the strike.",
            "killed 4",
        ),
        c(
            "two equal groups are no breakdown",
            "The ambush killed three soldiers and three policemen.",
            "killed 3; killed 3",
        ),
        c(
            "three groups that do not add up",
            "The blast killed 5 soldiers, 2 policemen and a civilian.",
            "killed 8",
        ),
        c(
            "so far",
            "More than 300 people have so far been killed in the offensive.",
            "killed 301",
        ),
        c(
            "a subject pronoun is no object",
            "Medics came to carry those injured she said.",
            "",
        ),
    ]);
}

#[test]
fn fakes_style_headline_subsets_and_lives() {
    run_cases(&[
        c(
            "children among civilians",
            "12 Civilians 4 Children Killed in Shelling on Town",
            "killed 12",
        ),
        c(
            "two sides are no subset",
            "30 Soldiers 12 Rebels Killed in Clashes Near Border",
            "killed 30; killed 12",
        ),
        c(
            "preposition after participle",
            "Six people were killed and 25 injured following the blast.",
            "killed 6; wounded 25",
        ),
        c(
            "claimed N lives",
            "The shelling has claimed 14 lives in the village.",
            "killed 14",
        ),
        c("lives without a number", "Many lives were lost.", ""),
    ]);
}

#[test]
fn fakes_style_debris_and_singles() {
    run_cases(&[
        c(
            "leading zero is a code",
            "Get short URL 015 Tags civilian deaths airstrikes",
            "",
        ),
        c(
            "comma-less singles",
            "A farmer a teacher and a nurse were killed in the raid.",
            "killed 3",
        ),
        c(
            "a cleric",
            "The bomb went off during prayers, killing the imam.",
            "killed 1",
        ),
        c(
            "a plain count before an adjective noun",
            "Monitors recorded 23 civilian deaths in the raids.",
            "killed 23",
        ),
    ]);
}

#[test]
fn superlative_comparisons_are_no_period() {
    run_cases(&[
        c(
            "deadliest since",
            "The car bomb killed 33 people, the deadliest attack since the uprising began.",
            "killed 33 cum=0",
        ),
        c(
            "worst in the past",
            "Shelling killed 12 civilians in the worst violence in the past two months.",
            "killed 12 cum=0",
        ),
        c(
            "a real period stays",
            "Airstrikes have killed 140 civilians since the start of the offensive.",
            "killed 140 cum=1",
        ),
        c(
            "deadliest month is a period",
            "August was the deadliest month this year, with the fighting killing 2500 people.",
            "killed 2500 cum=1",
        ),
    ]);
}

#[test]
fn deaths_among_the_wounded() {
    run_cases(&[
        c(
            "of the wounded died",
            "Three of the wounded later died in hospital.",
            "killed 3",
        ),
        c(
            "of the injured died",
            "Two of the injured died overnight.",
            "killed 2",
        ),
        c(
            "of the dead stays a part",
            "Four of the dead were women.",
            "",
        ),
        c(
            "of the wounded are a part",
            "Ten of the wounded were children.",
            "",
        ),
    ]);
}

#[test]
fn died_of_wounds() {
    run_cases(&[
        c(
            "succumbed",
            "A policeman succumbed to his wounds on Monday.",
            "killed 1",
        ),
        c(
            "died of their injuries",
            "Four villagers died of their injuries overnight.",
            "killed 4",
        ),
        c(
            "died from his wounds",
            "The driver died from his wounds in hospital.",
            "killed 1",
        ),
    ]);
}

#[test]
fn fakes_style_unknown_tolls_and_clauses() {
    run_cases(&[
        c(
            "no immediate toll is unknown",
            "There was no immediate casualty toll from the shelling.",
            "kow -",
        ),
        c(
            "no death toll given",
            "Officials gave no death toll for the raid.",
            "killed -",
        ),
        c(
            "no deaths stays zero",
            "No deaths were reported in the attack.",
            "killed 0",
        ),
        c(
            "run-on clauses",
            "Militants executed 30 prisoners 12 more were killed in the fighting.",
            "killed 30; killed 12",
        ),
        c(
            "several hundred",
            "The offensive has killed several hundred fighters.",
            "killed 300",
        ),
    ]);
}

#[test]
fn next_clause_guards() {
    run_cases(&[
        c(
            "IS after the object is no verb",
            "Airstrikes killed more than 20 IS fighters near the dam.",
            "killed 21",
        ),
        c(
            "most of them are",
            "The shells injured 40 people most of them are children.",
            "wounded 40",
        ),
    ]);
}

#[test]
fn life_of() {
    run_cases(&[
        c(
            "claimed the life of",
            "The blast claimed the life of a shepherd.",
            "killed 1",
        ),
        c(
            "life of a place is no death",
            "He described the life of the old city.",
            "",
        ),
    ]);
}

#[test]
fn quotes_long_tolls_and_success() {
    run_cases(&[
        c("quoted object", "The raid killed \"at least 9 fighters\" the monitor said.", "killed 9"),
        c("long toll subject", "The number of people killed in the air strike on the crowded market of the village early this morning has risen to 27.", "killed 27"),
        c("succeeded to kill", "Troops managed to kill 12 gunmen in the ambush.", "killed 12"),
        c("tried to kill stays unreal", "Gunmen tried to kill 3 judges.", ""),
    ]);
}

#[test]
fn released_people_are_no_captives() {
    run_cases(&[
        c(
            "released prisoners",
            "The authorities released 250 prisoners on Monday.",
            "",
        ),
        c(
            "freed hostages",
            "The group freed 12 hostages after talks.",
            "",
        ),
        c(
            "exchange of",
            "The sides agreed an exchange of 40 prisoners.",
            "",
        ),
        c(
            "taken hostages stay",
            "Gunmen seized 9 hostages at the bank.",
            "captured 9",
        ),
    ]);
}

#[test]
fn commaless_kill_and_wound() {
    run_cases(&[
        c(
            "kills wounds",
            "Car bomb kills wounds dozens in northern town",
            "kow 24",
        ),
        c(
            "killed wounded",
            "Scores of gunmen killed wounded in army raids",
            "kow 40",
        ),
        c(
            "separate counts stay separate",
            "The blast killed 4 wounded 9 others.",
            "killed 4; wounded 9",
        ),
    ]);
}

#[test]
fn object_ends_before_a_new_article() {
    let f = run("The blast wounded 30 people the local council said.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].count.map(|c| c.best), Some(30));
    assert_eq!(
        f[0].victim.as_ref().map(|v| v.text.as_str()),
        Some("people")
    );
    run_cases(&[
        c(
            "of the stays inside",
            "Gunmen killed 12 members of the local council.",
            "killed 12",
        ),
        c(
            "the owner and a guard",
            "The attack killed a guard and a driver.",
            "killed 2",
        ),
    ]);
}

#[test]
fn actors_without_apostrophes() {
    run_cases(&[
        c(
            "Assads forces",
            "Assads forces killed 6 civilians in the town.",
            "killed 6 perp=Syrian_government_forces",
        ),
        c(
            "regimes warplanes",
            "The regimes warplanes killed 11 people.",
            "killed 11 perp=Syrian_government_forces",
        ),
        c(
            "Russias warplanes",
            "Russias warplanes killed 8 civilians.",
            "killed 8 perp=Russian_forces",
        ),
    ]);
}

#[test]
fn summary_forms() {
    run_cases(&[
        c(
            "another wounded",
            "One child was killed and another was wounded in the attack.",
            "killed 1; wounded 1",
        ),
        c(
            "one other injured",
            "Three soldiers were killed and one other was injured.",
            "killed 3; wounded 1",
        ),
        c(
            "wounding another",
            "Rebels ambushed the patrol, killing one officer and wounding another.",
            "killed 1; wounded 1",
        ),
        c(
            "zero after a clause",
            "The family was not at home and no one was hurt.",
            "wounded 0",
        ),
        c(
            "addition of one assailant",
            "In addition to the assailant, two soldiers were killed.",
            "killed 1 side=armed; killed 2 side=state",
        ),
        c(
            "addition of two assailants",
            "In addition to the two assailants, 19 people were killed and 30 others were injured.",
            "killed 2 side=armed; killed 19; wounded 30",
        ),
        c(
            "addition without perpetrators",
            "In addition to the market, the blast damaged two schools.",
            "",
        ),
        c(
            "bombers blew themselves up",
            "Two suicide bombers blew themselves up at a mosque, killing 12 worshippers.",
            "killed 2 side=armed; killed 12",
        ),
        c(
            "shot and wounded",
            "Gunmen shot and wounded a local councillor in Cotabato.",
            "wounded 1",
        ),
        c("found dead", "The victim was later found dead.", "killed 1"),
        c(
            "passersby",
            "The bomb wounded four soldiers and two passersby.",
            "wounded 4; wounded 2",
        ),
        c(
            "hostages killed: no count of its own",
            "The hostages were later killed.",
            "killed -",
        ),
        c(
            "bodies of the victims",
            "The bodies of the victims were found the next day.",
            "killed -",
        ),
        c(
            "hostages released",
            "All the hostages were released unharmed.",
            "",
        ),
        c(
            "a total of, one event",
            "A total of 17 people were killed and 43 injured in the attack.",
            "killed 17 cum=0; wounded 43 cum=0",
        ),
        c(
            "a total of, several events",
            "A total of 21 people were killed in such attacks.",
            "killed 21 cum=1",
        ),
        c(
            "one person before a place",
            "A major in the regime forces was killed in the shelling.",
            "killed 1 side=state",
        ),
    ]);
}

#[test]
fn full_article_forms() {
    run_cases(&[
        c(
            "kills wounds headline",
            "Car bomb in northern town kills wounds dozens",
            "kow 24",
        ),
        c(
            "kills, wounds headline",
            "Market shelling kills, wounds 30",
            "kow 30",
        ),
        c(
            "killed, injured",
            "Rocket fire on the district killed, injured 12 on Monday.",
            "kow 12",
        ),
        c(
            "captured a building",
            "The main base of the militants inside the town was captured on Sunday.",
            "",
        ),
        c(
            "captured a village",
            "Rebel fighters captured the village of Tal Hamra after heavy clashes.",
            "",
        ),
        c(
            "captured weapons",
            "Troops captured two tanks and a large amount of ammunition.",
            "",
        ),
        c(
            "captured people",
            "Kurdish forces captured 14 militants near the dam.",
            "captured 14",
        ),
        c(
            "captured a commander",
            "A senior commander of the group was captured by the army.",
            "captured 1",
        ),
        c(
            "title case kill",
            "Gunmen Raid Farming Village, Kill Local Chief",
            "killed 1",
        ),
        c(
            "decimated headline",
            "Recently 30 Taliban Fighters Decimated by Army Commandos",
            "killed 30",
        ),
        c(
            "remains of a person",
            "Firefighters find the charred remains of a man in the burned car.",
            "killed 1",
        ),
        c(
            "victims brought for treatment",
            "Twelve victims mostly children were taken to hospitals across the border for treatment.",
            "wounded 12",
        ),
        c(
            "two objects of killing",
            "Gunmen stormed a checkpoint killing four soldiers and seven civilians in the raid.",
            "killed 4; killed 7",
        ),
        c(
            "period over a stretch",
            "Officials said 52 people have been killed and another 310 injured over a three-day stretch of shelling.",
            "killed 52 cum=1; wounded 310 cum=1",
        ),
        c(
            "period last 24 hours",
            "At least 30 people were killed and 80 wounded in the last 24 hours.",
            "killed 30 cum=1; wounded 80 cum=1",
        ),
        c(
            "period past week",
            "Over the past week 61 civilians have been killed and 200 injured in the enclave.",
            "killed 61 cum=1; wounded 200 cum=1",
        ),
        c(
            "claimed by a party",
            "The Taliban claimed 22 were killed in the ambush.",
            "killed 22 claim=Taliban",
        ),
        c(
            "claims by a party",
            "Islamic State claims 40 soldiers killed in the attack.",
            "killed 40",
        ),
        c(
            "claim with a toll noun",
            "Rocket Attacks on the City Claim 12 Martyrs",
            "killed 12 noclaim",
        ),
        c(
            "a counted subject captured",
            "Gunmen captured 6 aid workers near the border.",
            "captured 6",
        ),
        c(
            "only fatality",
            "The gunman was the only fatality.",
            "killed 1",
        ),
        c(
            "the sole fatality",
            "A police officer was the sole fatality of the blast.",
            "killed 1",
        ),
    ]);
}

#[test]
fn a_passage_repeated_word_for_word_states_one_toll() {
    let text = "Gunmen attacked the border town on Friday sparking fighting in which 17 people were killed \
                Gunmen attacked the border town on Friday sparking fighting in which 17 people were killed \
                a monitor said. Elsewhere 17 people were killed in an airstrike on a market.";
    let mut figs: Vec<(usize, Figure)> = run(text).into_iter().map(|f| (0, f)).collect();
    assert_eq!(figs.len(), 3, "{figs:#?}");
    drop_repeats(text, &mut figs);
    // The repeated passage gives one figure; the same words after other
    // words are another statement.
    assert_eq!(figs.len(), 2, "{figs:#?}");
}

#[test]
fn a_headline_over_a_running_total_is_that_total() {
    let text = "More than 100 Terrorists Killed in Army Operations\n\
                More than 100 terrorists have been killed in two days of operations across the country. \
                Two soldiers were killed near the airport.";
    let sentences = crate::segment::sentences(text);
    let mut figs: Vec<(usize, Figure)> = sentences
        .iter()
        .enumerate()
        .flat_map(|(i, s)| {
            figures(
                text,
                s.span,
                &VagueTable::default(),
                &ActorLexicon::builtin(),
            )
            .into_iter()
            .map(move |f| (i, f))
        })
        .collect();
    assert_eq!(figs.len(), 3, "{figs:#?}");
    assert!(!figs[0].1.cumulative && figs[1].1.cumulative, "{figs:#?}");
    headline_totals(&sentences, &mut figs);
    assert!(figs[0].1.cumulative, "{figs:#?}");
    assert!(!figs[2].1.cumulative, "{figs:#?}");

    // A vague headline whose bounds hold the lead's total is that total.
    let text = "Hundreds dead as militants seize air base\n\
                Militants captured the air base from government forces on Sunday after days of fighting that cost more than 500 lives a monitor said.";
    let sentences = crate::segment::sentences(text);
    let mut figs: Vec<(usize, Figure)> = sentences
        .iter()
        .enumerate()
        .flat_map(|(i, s)| {
            figures(
                text,
                s.span,
                &VagueTable::default(),
                &ActorLexicon::builtin(),
            )
            .into_iter()
            .map(move |f| (i, f))
        })
        .collect();
    assert_eq!(figs.len(), 2, "{figs:#?}");
    headline_totals(&sentences, &mut figs);
    assert!(figs[0].1.cumulative, "{figs:#?}");
}

#[test]
fn spanish_and_portuguese() {
    let n = run_cases(&[
        // Spanish: active verbs with the personal "a", participles after
        // their subjects, "N muertos" after a number, bodies found.
        c(
            "es personal a, number word",
            "Asesinan a cuatro policías en una emboscada en Michoacán",
            "killed 4 side=state",
        ),
        c(
            "es personal a, one person",
            "Matan a un taxista en Acapulco",
            "killed 1 side=civ",
        ),
        c(
            "es participle after copula",
            "Un joven fue asesinado a balazos en Culiacán",
            "killed 1 side=civ",
        ),
        c(
            "es bodies found",
            "Hallan tres cuerpos en una brecha de Zacatecas",
            "killed 3",
        ),
        c(
            "es found dead, active",
            "Encuentran muerta a una mujer en Ciudad Juárez",
            "killed 1 side=civ",
        ),
        c(
            "es attack leaves dead and wounded",
            "Ataque armado en un bar deja ocho muertos y seis heridos",
            "killed 8; wounded 6",
        ),
        c(
            "es verb before its subject",
            "Mueren 12 personas en un enfrentamiento entre sicarios y militares",
            "killed 12",
        ),
        c(
            "es at least",
            "Al menos quince personas murieron en la explosión",
            "killed 15 low=15 high=-",
        ),
        c(
            "es kidnapped",
            "Secuestran a dos ingenieros en Tamaulipas",
            "captured 2 side=civ",
        ),
        c(
            "es kidnapped and killed",
            "Dos hombres fueron secuestrados y asesinados en Guerrero",
            "captured 2; killed 2",
        ),
        c(
            "es missing, verb first",
            "Desaparecen cinco jóvenes en Veracruz",
            "missing 5",
        ),
        c(
            "es compound number word",
            "Veintitrés personas murieron",
            "killed 23",
        ),
        c(
            "es tens y units",
            "Treinta y cinco soldados fueron asesinados",
            "killed 35 side=state",
        ),
        c("es no wounded", "No hubo heridos en el ataque", "wounded 0"),
        c("es nobody wounded", "Nadie resultó herido", "wounded 0"),
        // Portuguese.
        c(
            "pt compound victim",
            "Policial militar é morto a tiros em Fortaleza",
            "killed 1 side=state",
        ),
        c(
            "pt participle after copula",
            "Jovem é assassinado em Manaus",
            "killed 1 side=civ",
        ),
        c(
            "pt found dead",
            "Dois homens são encontrados mortos em Belém",
            "killed 2",
        ),
        c(
            "pt bodies of counted people",
            "Corpos de três jovens são encontrados em Salvador",
            "killed 3",
        ),
        c(
            "pt bodies of two bare nouns",
            "Corpos de homem e criança são achados em Maceió",
            "killed 2",
        ),
        c(
            "pt shooting leaves dead and wounded",
            "Tiroteio deixa quatro mortos e dois feridos em Recife",
            "killed 4; wounded 2",
        ),
        c(
            "pt at least",
            "Pelo menos 10 pessoas morreram no ataque",
            "killed 10 low=10 high=-",
        ),
        c(
            "pt tens e units",
            "Vinte e duas pessoas morreram em Manaus",
            "killed 22",
        ),
        c(
            "pt nobody wounded",
            "Ninguém ficou ferido no tiroteio",
            "wounded 0",
        ),
        c("pt no wounded", "O ataque não deixou feridos", "wounded 0"),
        c(
            "pt an age is no count",
            "Criança de 5 anos é morta em tiroteio",
            "killed 1 side=civ",
        ),
        c(
            "pt kidnapped, active",
            "Sequestram três comerciantes em Luanda",
            "captured 3 side=civ",
        ),
        c(
            "pt vague tens",
            "Morreram dezenas de pessoas na explosão",
            "killed 24 low=24 high=99",
        ),
        c(
            "es another person",
            "Matan a dos policías y hieren a otro en Zacatecas",
            "killed 2 victim=policías; wounded 1",
        ),
        c(
            "es one official, personal al",
            "Asesinan al alcalde de un municipio de Michoacán",
            "killed 1 side=state",
        ),
        c(
            "es no victims",
            "Sin víctimas tras el enfrentamiento",
            "kow 0",
        ),
        c(
            "pt shot and killed",
            "Vereador é baleado e morto em Natal",
            "killed 1 side=civ",
        ),
        c("pt shot", "Motorista é baleado em assalto", "wounded 1"),
        c(
            "pt toll update",
            "Número de mortos em ataque sobe para 50",
            "killed 50",
        ),
        c(
            "es copula and participle before the subject",
            "Son asesinados tres policías en Guerrero",
            "killed 3 side=state",
        ),
        c(
            "es suspect killed by police",
            "Policía mata a presunto delincuente en Monterrey",
            "killed 1 side=armed",
        ),
        c(
            "pt shot is the manner of the death",
            "Morre policial baleado em Natal",
            "killed 1 side=state",
        ),
        c(
            "pt one dead and three wounded",
            "Ataque deixa um morto e três feridos em Maputo",
            "killed 1; wounded 3",
        ),
        c(
            "pt passive agent after 'por'",
            "Dez civis foram mortos por insurgentes em Mocímboa da Praia",
            "killed 10 side=civ perpside=armed",
        ),
        c(
            "pt 'dos' is of the",
            "Corpos dos jovens são encontrados em Belém",
            "killed -",
        ),
    ]);
    assert!(n >= 20);
}

#[test]
fn spanish_and_portuguese_words_leave_english_alone() {
    run_cases(&[
        c(
            "'once' is no eleven in English",
            "Once the fighting ended, two soldiers were killed.",
            "killed 2",
        ),
        c(
            "'dos' is no two in English",
            "Dos Santos said 5 rebels were killed in Cabinda.",
            "killed 5",
        ),
        c(
            "'son' is no copula in English",
            "His son was killed in the attack.",
            "killed 1",
        ),
        c(
            "a Spanish word without a number or person",
            "Hallan restos humanos en Celaya",
            "",
        ),
    ]);
}
