#!/usr/bin/env python3
"""Validate data/gazetteer.tsv and data/places_curated.tsv and print key rows.

Run:  python3 scripts/check_gazetteer.py        (exit status 1 on any error)
Checks: column count, kinds, ISO country codes, coordinates (<= 4 decimals, SY/IQ
rows inside lat 29..38 / lon 35..49), non-empty names, no tab/newline/'|' inside
fields, unique ids, alternates non-empty and deduplicated, curated rows with a
geonames: id refer to an existing generated row.  Then prints the rows that
match a list of names conflict reporting uses, and counts per kind.
"""

import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")
KINDS = {"country", "admin1", "admin2", "city", "town", "village", "neighbourhood", "river",
         "region", "road", "facility"}
COORD = re.compile(r"^-?\d{1,3}(\.\d{1,4})?$")

PROBES = [
    "al-Shula", "Ash Shulah", "Kabajib", "al-Boleel", "Al Bulayl", "Ayyash", "Muhaymida",
    "al-Quriyah", "Ain Issa", "Sukhnah", "Tadmur", "Palmyra", "Mayadin", "Bukamal",
    "Abu Kamal", "Albu Kamal", "Deir ez-Zor", "Deir Ezzor", "Dayr az-Zawr", "Raqqa", "Hasakah",
    "Idleb", "Hamah", "Hims", "Deraa", "Ninawa", "Anbar", "Salahuddin", "Diyala", "Tamim",
    "Euphrates", "T-2", "Second Station", "Tiyas airbase", "Eastern Ghouta", "Badia", "M4",
    "Joura", "Sheikh Maqsoud", "Yarmouk camp", "Baba Amr", "Bab Sinjar", "Baghuz", "Kobani",
    "Syria", "Syrian Arab Republic", "USA", "U.S.",
]


def read(path, ncols):
    rows, errors = [], []
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            if line.startswith("#"):
                continue
            line = line.rstrip("\n")
            if not line.strip():
                errors.append(f"{path}:{no}: empty line")
                continue
            if "\r" in line:
                errors.append(f"{path}:{no}: carriage return")
            f_ = line.split("\t")
            if len(f_) != ncols:
                errors.append(f"{path}:{no}: {len(f_)} columns, want {ncols}")
                continue
            rows.append((no, f_))
    return rows, errors


def check(path, rows, errors):
    ids = set()
    for no, f in rows:
        rid, kind, cc, admin1, lat, lon, pop, name, alts = f[:9]
        where = f"{os.path.basename(path)}:{no} ({rid} {name})"
        if not re.match(r"^(geonames:\d+|sitrep:[a-z0-9][a-z0-9.-]*)$", rid):
            errors.append(f"{where}: bad id")
        if rid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rid)
        if kind not in KINDS:
            errors.append(f"{where}: bad kind {kind!r}")
        if not re.match(r"^[A-Z]{2}$", cc):
            errors.append(f"{where}: bad country {cc!r}")
        if not COORD.match(lat) or not COORD.match(lon):
            errors.append(f"{where}: bad coordinates {lat} {lon}")
            continue
        la, lo = float(lat), float(lon)
        if not (-90 <= la <= 90 and -180 <= lo <= 180):
            errors.append(f"{where}: coordinates out of range")
        if cc in ("SY", "IQ") and not (29 <= la <= 38 and 35 <= lo <= 49):
            errors.append(f"{where}: SY/IQ row outside lat 29..38 lon 35..49: {la} {lo}")
        if not pop.isdigit():
            errors.append(f"{where}: bad population {pop!r}")
        if not name.strip() or name != name.strip():
            errors.append(f"{where}: empty or padded name")
        if "|" in name:
            errors.append(f"{where}: '|' in name")
        if alts:
            parts = alts.split("|")
            if any(not p.strip() or p != p.strip() for p in parts):
                errors.append(f"{where}: empty/padded alternate")
            if len(set(parts)) != len(parts):
                errors.append(f"{where}: duplicate alternate")
            if name in parts:
                errors.append(f"{where}: alternate equals name")
    return ids


def main():
    gpath = os.path.join(DATA, "gazetteer.tsv")
    cpath = os.path.join(DATA, "places_curated.tsv")
    grows, errors = read(gpath, 9)
    crows, cerr = read(cpath, 10)
    errors += cerr
    gids = check(gpath, grows, errors)
    check(cpath, crows, errors)
    for no, f in crows:
        if not f[9].strip():
            errors.append(f"places_curated.tsv:{no}: empty source")
        if f[0].startswith("geonames:") and f[0] not in gids:
            errors.append(f"places_curated.tsv:{no}: {f[0]} not in gazetteer.tsv")

    # probes: exact (case-insensitive) match on name or alternate, both files
    index = {}
    for src, rows in (("G", grows), ("C", crows)):
        for _, f in rows:
            for n in [f[7]] + [a for a in f[8].split("|") if a]:
                index.setdefault(n.casefold(), []).append((src, f))
    for p in PROBES:
        hits = index.get(p.casefold(), [])
        if not hits:
            print(f"PROBE {p!r}: NOT FOUND")
        for src, f in hits[:4]:
            print(f"PROBE {p!r}: [{src}] {f[0]} {f[1]} {f[2]} {f[3]!r} {f[4]},{f[5]} {f[7]!r}")
        if len(hits) > 4:
            print(f"PROBE {p!r}: ... {len(hits) - 4} more")

    for label, rows in (("gazetteer.tsv", grows), ("places_curated.tsv", crows)):
        cnt = Counter(f[1] for _, f in rows)
        print(f"{label}: {len(rows)} rows, {os.path.getsize(os.path.join(DATA, label))} bytes, "
              + ", ".join(f"{k}={v}" for k, v in sorted(cnt.items())))
    for e in errors[:50]:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
