"""Shared by the many-games benchmarks (idle.py, ssh200.py): a host database of many couples, and
many game panes in one tmux server, read in one tmux call per sweep. Not run on its own."""
import datetime
import json
import os
import random
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import seed  # noqa: E402  (the history generator of bench/cli.sh)

DASHBOARD = "Today's quest"


def handles(count):
    return [f"p{n:03d}" for n in range(count)]


def host_database(binary, db, count, days=30):
    """COUNT players in COUNT/2 couples (p000+p001, …), each with DAYS days of history; fold cache warm."""
    for f in (db, db + "-wal", db + "-shm"):
        if os.path.exists(f):
            os.remove(f)
    end = datetime.date.today() - datetime.timedelta(days=1)
    first = end - datetime.timedelta(days=days - 1)
    created = f"{first.isoformat()}T08:00:00.000Z"
    names = handles(count)
    rng = random.Random(count)
    doc = {
        "format": "strengthquest", "version": 1,
        "players": [{"handle": h, "name": h.upper(), "timeZone": "UTC", "dayStartHour": 0, "createdAt": created}
                    for h in names],
        "couples": [{"a": a, "b": b, "linkedAt": created} for a, b in zip(names[::2], names[1::2])],
        "sessions": [s for h in names for s in seed.sessions(h, first, days, rng)],
    }
    path = db + ".json"
    with open(path, "w") as f:
        json.dump(doc, f)
    subprocess.run([binary, "--db", db, "import", path], check=True, capture_output=True)
    for h in names:
        subprocess.run([binary, "--db", db, "status", "--player", h], check=True, capture_output=True)
    return names


def partner(handle):
    n = int(handle[1:])
    return f"p{n ^ 1:03d}"


class Tmux:
    def __init__(self, socket, cols=100, rows=30):
        self.socket, self.cols, self.rows = socket, cols, rows
        self.run("kill-server", check=False)
        self.run("new-session", "-d", "-s", "keep", "-x", str(cols), "-y", str(rows), "cat")

    def run(self, *args, check=True):
        return subprocess.run(["tmux", "-L", self.socket, *args], check=check, capture_output=True, text=True).stdout

    def open(self, name, command):
        self.run("new-window", "-d", "-t", "keep", "-n", name, command)
        self.run("resize-window", "-t", f"keep:{name}", "-x", str(self.cols), "-y", str(self.rows), check=False)

    def screens(self, names):
        """Every named pane's text, in one tmux call."""
        args = []
        for name in names:
            args += ["display-message", "-p", f"\x01{name}", ";", "capture-pane", "-p", "-t", f"keep:{name}", ";"]
        out = self.run(*args[:-1], check=False)
        return {part.split("\n", 1)[0]: part.split("\n", 1)[1] if "\n" in part else "" for part in out.split("\x01")[1:]}

    def wait_all(self, names, text, deadline=120.0):
        start, pending = time.perf_counter(), set(names)
        while pending:
            seen = self.screens(sorted(pending))
            pending = {n for n in pending if text not in seen.get(n, "")}
            if pending and time.perf_counter() - start > deadline:
                sys.exit(f"'{text}' did not appear on {sorted(pending)[:5]}…:\n{seen.get(sorted(pending)[0], '')}")
            time.sleep(0.2)

    def send(self, name, key):
        self.run("send-keys", "-t", f"keep:{name}", *(["-l"] if len(key) == 1 else []), key)

    def pipe(self, name, path):
        self.run("pipe-pane", "-o", "-t", f"keep:{name}", f"cat > {path}")

    def unpipe(self, name):
        self.run("pipe-pane", "-t", f"keep:{name}")

    def close(self):
        self.run("kill-server", check=False)


def cpu_ticks(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime, every thread
    except FileNotFoundError:
        return 0


def peak_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))


def pids_of(program, user=None):
    out = subprocess.run(["pgrep", "-x", program[:15], *(["-u", user] if user else [])], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def player_of(pid):
    """The --player a game process was started with."""
    with open(f"/proc/{pid}/cmdline", "rb") as f:
        words = f.read().decode().split("\0")
    return words[words.index("--player") + 1] if "--player" in words else None
