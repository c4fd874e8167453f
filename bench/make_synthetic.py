"""Write a synthetic conference feed: 5 days, 100 rooms, realistic durations and overlaps.

Usage: python bench/make_synthetic.py OUT.ics [SESSIONS]   (default 10,000 sessions)
Deterministic (fixed seed), written with icalendar like a sched.com export.
"""
from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import icalendar

TRACKS = ["Keynotes", "Compilers", "Inference", "Training", "Data", "Security", "Community", "Hardware",
          "Agents", "Robotics", "Breaks", "Posters"]
WORDS = ("scaling fast kernels graph tensor model agent secure open edge cloud vision speech data "
         "compiler runtime sparse quantized distributed streaming portable robust").split()
FIRST = ["Ada", "Grace", "Alan", "Linus", "Guido", "Margaret", "Dennis", "Barbara", "Ken", "Frances"]
LAST = ["Lovelace", "Hopper", "Turing", "Torvalds", "van Rossum", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen"]
ORGS = ["Meta", "Red Hat", "IBM", "NVIDIA", "Google", "Hugging Face", "AMD", "Arm"]


def build(n: int = 10_000, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    cal = icalendar.Calendar()
    cal.add("PRODID", "-//Sched.com Synthetic Conference 2027//EN")
    cal.add("VERSION", "2.0")
    cal.add("X-WR-CALNAME", "Synthetic Conference 2027")
    cal.add("X-WR-TIMEZONE", "UTC")
    rooms = [f"Room {i:03d}" for i in range(1, 101)]
    day0 = datetime(2027, 5, 10, 7, 0, tzinfo=timezone.utc)  # 09:00 in Paris
    made = 0
    while made < n:
        for d in range(5):
            for room in rooms:
                if made >= n:
                    break
                t = day0 + timedelta(days=d, minutes=rng.choice([0, 0, 15, 30]))
                end_of_day = day0 + timedelta(days=d, hours=10)
                per_room = n // 500 + 1
                for _ in range(per_room):
                    if made >= n or t >= end_of_day:
                        break
                    length = rng.choice([5, 10, 10, 25, 30, 30, 40, 45, 60, 90])
                    overlap = rng.random() < 0.08  # some rooms double-book (posters, expo)
                    start = t - timedelta(minutes=rng.choice([10, 20])) if overlap else t
                    ev = icalendar.Event()
                    ev.add("UID", f"synthetic-{made:05d}")
                    ev.add("DTSTAMP", day0)
                    ev.add("DTSTART", start)
                    ev.add("DTEND", start + timedelta(minutes=length))
                    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))).capitalize()
                    who = f"{rng.choice(FIRST)} {rng.choice(LAST)}, {rng.choice(ORGS)}"
                    ev.add("SUMMARY", f"{title} - {who}")
                    ev.add("DESCRIPTION", " ".join(rng.choice(WORDS) for _ in range(40)))
                    ev.add("CATEGORIES", [rng.choice(TRACKS)])
                    ev.add("LOCATION", f"{room}, Paris, France")
                    ev.add("URL", f"https://example.org/s/{made}")
                    cal.add_component(ev)
                    made += 1
                    t = start + timedelta(minutes=length + rng.choice([0, 5, 10, 15]))
    return cal.to_ical()


if __name__ == "__main__":
    out = Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    out.write_bytes(build(n))
    print(f"wrote {out} ({n} sessions, {out.stat().st_size // 1024} KiB)")
