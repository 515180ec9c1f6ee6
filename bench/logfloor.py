#!/usr/bin/env python3
"""`log` against the floor, interleaved (issue 13: log <= 1.5x bench/floor).

    bench/logfloor.py [--runs=N] NAME=path/to/strengthquest [NAME=...]

Needs what bench/cli.sh leaves in bench/out (y1.db, floor.db, floor/floor): run it once first.
Each round runs the floor, then every binary's `log` on a fresh copy of the 1-year database (copied
before the run, outside the timing: every run is the day's first check-in, where bench/cli.sh's
runs pile dozens of sessions onto the same day), so adjacent runs share the disk's and the machine's
mood; hyperfine runs each command in a block, and on this VM an fsync can take 0.2 ms in one block and 4 ms in the next. Prints the medians of wall
and CPU (user + system, from wait4) and the median of the per-round ratios to the floor.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "out")
runs = 60
binaries = []
for arg in sys.argv[1:]:
    if arg.startswith("--runs="):
        runs = int(arg.split("=", 1)[1])
    elif "=" in arg:
        binaries.append(arg.split("=", 1))
    else:
        sys.exit(__doc__)
if not binaries:
    sys.exit(__doc__)
for needed in ("y1.db", "floor.db", "floor/floor"):
    if not os.path.exists(os.path.join(out, needed)):
        sys.exit(f"bench/out/{needed} is missing: run bench/cli.sh once first.")

work = tempfile.mkdtemp(prefix="logfloor-")
env = dict(os.environ, STRENGTHQUEST_NOW="2026-11-24T10:00:00Z")
shutil.copy(os.path.join(out, "floor.db"), os.path.join(work, "floor.db"))
commands = [("floor", [os.path.join(out, "floor", "floor"), os.path.join(work, "floor.db")])]
for name, binary in binaries:
    db = os.path.join(work, f"{name}.db")
    commands.append((name, [binary, "--db", db, "log", "--player", "alex", "tibialis-raise=20,20", "calf-raise=20,20"]))


def fresh(db):
    """A fresh copy, flushed: else log's own fsync would also write out the copy's dirty pages."""
    shutil.copy(os.path.join(out, "y1.db"), db)
    for path, flags in ((db, os.O_RDONLY), (os.path.dirname(db), os.O_RDONLY | os.O_DIRECTORY)):
        fd = os.open(path, flags)
        os.fsync(fd)
        os.close(fd)


def once(argv):
    if "log" in argv:
        fresh(argv[argv.index("--db") + 1])
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    if status != 0:
        sys.exit(f"{' '.join(argv)} failed ({status})")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


for _ in range(5):
    for _, argv in commands:
        once(argv)
results = {name: [] for name, _ in commands}
for _ in range(runs):
    for name, argv in commands:
        results[name].append(once(argv))
shutil.rmtree(work)

floor = results["floor"]
print(f"{runs} interleaved rounds; load average {os.getloadavg()[0]:.2f}")
for name, _ in commands:
    r = results[name]
    wall = statistics.median(w for w, _ in r)
    cpu = statistics.median(c for _, c in r)
    wall_ratio = statistics.median(a[0] / b[0] for a, b in zip(r, floor))
    cpu_ratio = statistics.median(a[1] / b[1] for a, b in zip(r, floor))
    print(f"{name:10s} wall {wall:6.2f} ms  cpu {cpu:6.2f} ms   / floor: wall {wall_ratio:.2f}  cpu {cpu_ratio:.2f}")
