#!/usr/bin/env python3
"""An independent check of `parse`'s statementDue over the corpus, with Python's own date arithmetic.

    swift build && .build/debug/actionplan parse ../shared/corpus/text/*.txt --format json > /tmp/c.json
    python3 Tests/CorpusBaseline/statement_due_check.py /tmp/c.json

The bank holidays of England and Wales are worked out here from the rules (Easter by the anonymous
Gregorian algorithm, substitute days) plus the one-off changes, not taken from the Swift code; they
agree with GOV.UK's published lists for 2012-2027.
"""
import datetime as dt
import json
import sys

D = dt.date


def easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    l = (32 + 2 * e + 2 * (c // 4) - h - c % 4) % 7
    m = (a + 11 * h + 22 * l) // 451
    return D(y, (h + l - 7 * m + 114) // 31, (h + l - 7 * m + 114) % 31 + 1)


def mondays(y, month):
    days = [D(y, month, 1) + dt.timedelta(n) for n in range(31)]
    return [d for d in days if d.month == month and d.weekday() == 0]


def holidays(y):
    h = {D(y, 1, 1) + dt.timedelta({5: 2, 6: 1}.get(D(y, 1, 1).weekday(), 0))}
    e = easter(y)
    h |= {e - dt.timedelta(2), e + dt.timedelta(1), mondays(y, 8)[-1]}
    early, spring = mondays(y, 5)[0], mondays(y, 5)[-1]
    extra = {2011: [D(2011, 4, 29)], 2022: [D(2022, 9, 19)], 2023: [D(2023, 5, 8)]}.get(y, [])
    if y == 2020:
        early = D(2020, 5, 8)
    if y == 2012:
        spring, extra = D(2012, 6, 4), [D(2012, 6, 5)]
    if y == 2022:
        spring, extra = D(2022, 6, 2), extra + [D(2022, 6, 3)]
    h |= {early, spring, *extra}
    # Christmas on a Friday moves Boxing Day to Monday 28th; on a Saturday both move; on a Sunday,
    # Boxing Day keeps Monday 26th and Christmas takes Tuesday 27th.
    moved = {4: (25, 28), 5: (27, 28), 6: (26, 27)}
    h |= {D(y, 12, n) for n in moved.get(D(y, 12, 25).weekday(), (25, 26))}
    return h


OFF = set().union(*(holidays(y) for y in range(2005, 2040)))


def statement_due(published, days=70):
    day = published
    while days:
        day += dt.timedelta(1)
        if day.weekday() < 5 and day not in OFF:
            days -= 1
    return day


reports = json.load(open(sys.argv[1]))
stated = [r for r in reports if r["published"]]
agree = [r for r in stated if r["statementDue"] == str(statement_due(D.fromisoformat(r["published"])))]
nulls = [r for r in reports if not r["published"] and r["statementDue"] is None]
print(f"{len(reports)} reports read; {len(stated)} state a publication date; statementDue agrees for "
      f"{len(agree)} ({100 * len(agree) / max(len(stated), 1):.1f}%); null without a date: {len(nulls)} of "
      f"{len(reports) - len(stated)}")
for r in stated:
    if r not in agree:
        print("DIFFERS", r.get("file"), r["published"], r["statementDue"])
