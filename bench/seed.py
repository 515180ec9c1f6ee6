#!/usr/bin/env python3
"""Writes a StrengthQuest JSON export with two linked players training every day for N years.

usage: seed.py YEARS END_DAY > history.json   (e.g. seed.py 10 2026-11-23)
Levels climb as a real player's would (a level every few weeks, up to the top); pain is mostly
low with the odd flare-up, so the pain guard and cool-downs are exercised too.
"""
import datetime
import json
import random
import sys

LADDERS = {  # id: [(sets, amount) per level]
    "backward-walk": [(1, 300)] * 4,
    "tibialis-raise": [(2, 20), (2, 25), (2, 25), (2, 20)],
    "calf-raise": [(2, 20)] * 4,
    "soleus-raise": [(2, 20)] * 3,
    "patrick-step": [(2, 20), (3, 20), (5, 20), (5, 10)],
    "poliquin-step": [(3, 15), (3, 20), (3, 15)],
    "atg-split-squat": [(3, 8), (3, 8), (4, 8), (4, 8)],
    "slant-squat": [(2, 20), (2, 10), (2, 10), (2, 10), (3, 8)],
    "reverse-nordic": [(2, 30), (3, 8), (3, 8), (3, 8)],
    "nordic-curl": [(2, 5), (3, 6), (3, 8)],
    "couch-stretch": [(2, 60), (2, 90), (2, 120)],
    "elephant-walk": [(2, 20)] * 3,
    "jefferson-curl": [(2, 10), (2, 10), (2, 8)],
    "l-sit": [(3, 20), (3, 20), (3, 20), (3, 30)],
}
IDS = list(LADDERS)


def sessions(handle, first, days, rng):
    out = []
    for n in range(days):
        day = first + datetime.timedelta(days=n)
        if rng.random() < 0.005:
            continue  # a missed day now and then
        picks = [IDS[(n + k * 3) % len(IDS)] for k in range(5)]
        entries = []
        for ladder in dict.fromkeys(picks):
            levels = LADDERS[ladder]
            level = min(len(levels), 1 + n // 25)
            sets, amount = levels[level - 1]
            pain = rng.choice([0, 0, 0, 1, 1, 2, 2, 3, 4, 6]) if rng.random() < 0.3 else 0
            entries.append({"ladder": ladder, "level": level, "pain": pain,
                            "sets": [{"amount": amount, "loadKg": None} for _ in range(sets)]})
        stamp = f"{day.isoformat()}T18:{n % 60:02d}:00.000Z"
        out.append({"uid": f"{handle}-{n}", "player": handle, "day": day.isoformat(), "recordedAt": stamp,
                    "backfilled": False, "restPain": None, "note": None, "entries": entries})
    return out


def main():
    years, end = int(sys.argv[1]), datetime.date.fromisoformat(sys.argv[2])
    days = 365 * years
    first = end - datetime.timedelta(days=days - 1)
    rng = random.Random(years)
    created = f"{first.isoformat()}T08:00:00.000Z"
    doc = {
        "format": "strengthquest", "version": 1,
        "players": [
            {"handle": "alex", "name": "Alex", "timeZone": "Europe/Berlin", "dayStartHour": 4, "createdAt": created},
            {"handle": "sam", "name": "Sam", "timeZone": "Europe/Berlin", "dayStartHour": 4, "createdAt": created},
        ],
        "couples": [{"a": "alex", "b": "sam", "linkedAt": created}],
        "sessions": sessions("alex", first, days, rng) + sessions("sam", first, days, rng),
    }
    json.dump(doc, sys.stdout)


if __name__ == "__main__":
    main()
