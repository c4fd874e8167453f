"""Child process for test_robustness: saves picks and exports as fast as it can until killed.

Usage: python kill_writer.py DATA_DIR FEED. Prints "ready" once the feed is loaded, then "saved I" after each
round I is on disk: picks (the first I % 40 sessions starred), then the note "note I, …", then the export."""
import sys
from pathlib import Path

from agenda.core.feeds.feed import read_feed
from agenda.core.feeds.source import feed_key
from agenda.core.output.export import write_export
from agenda.core.plan.picks import PicksStore
from agenda.core.storage import DataPaths

data_dir, feed = Path(sys.argv[1]), sys.argv[2]
paths = DataPaths.under(data_dir)
schedule = read_feed(feed)
key = feed_key(feed)
store = PicksStore.open(paths.picks(key), key)
uids = [s.uid for s in schedule.sessions]
print("ready", flush=True)
i = 0
while True:
    i += 1
    k = i % 40  # exactly the first k sessions starred: how far it got shows when it was killed
    store.update({u: ("star" if j < k else None) for j, u in enumerate(uids[:40])})
    store.set_note(uids[0], f"note {i}, über; café\nsecond line")  # notes are saved the same way
    write_export(schedule, sorted(store.starred()), data_dir / "my-agenda.ics", paths.export_state(key), alarm_minutes=10)
    print(f"saved {i}", flush=True)
