#!/usr/bin/env python3
"""The TUI check-in, keys to summary: two builds of the game compared in one run. Run by hand.

usage: bench/checkin.py BEFORE/strengthquest AFTER/strengthquest [--runs N]
Needs: python3. Each run opens the game in a pseudo-terminal (100x30) on a fresh copy of a
two-player database with one or ten years of history (bench/seed.py, cache warmed by one status),
presses c, records one set (Enter), then f (save), and times from the f to the summary's
"XP (base" on the terminal. Runs of the two builds are interleaved so both see the same machine.
"""
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import fcntl
import time

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = "2026-11-24T10:00:00Z"
DEADLINE = 20.0


def spawn(binary, db):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update({"TERM": "xterm-256color", "STRENGTHQUEST_NOW": NOW})
        os.execv(binary, [binary, "--db", db, "--player", "alex"])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    return pid, fd


def wait_for(fd, text, seen):
    start = time.perf_counter()
    while not any(t.encode() in seen[0] for t in text.split("|")):
        if time.perf_counter() - start > DEADLINE:
            raise TimeoutError(f"{text!r} did not appear")
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen[0] += os.read(fd, 65536)
            except OSError:
                raise TimeoutError("the game ended")
    return time.perf_counter()


def one(binary, db):
    pid, fd = spawn(binary, db)
    seen = [b""]
    try:
        wait_for(fd, "Today's quest|Weekly recap", seen)
        if b"Weekly recap" in seen[0]:  # last week's recap shows by itself on the first open
            os.write(fd, b"\x1b")
            wait_for(fd, "Today's quest", seen)
        os.write(fd, b"c")
        wait_for(fd, "Exercise 1 of", seen)
        os.write(fd, b"\r")
        wait_for(fd, "Set 2", seen)
        seen[0] = b""
        t0 = time.perf_counter()
        os.write(fd, b"f")
        t1 = wait_for(fd, "XP (base", seen)
        return (t1 - t0) * 1000
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--runs")]
    runs = next((int(a.split("=")[1]) for a in sys.argv[1:] if a.startswith("--runs=")), 15)
    before, after = (os.path.abspath(a) for a in args[:2])
    work = tempfile.mkdtemp(prefix="sq-checkin-")
    times = {}
    for years in (1, 10):
        history = os.path.join(work, f"h{years}.json")
        with open(history, "w") as f:
            subprocess.run([sys.executable, os.path.join(HERE, "seed.py"), str(years), "2026-11-23"], stdout=f, check=True)
        for name, binary in (("before", before), ("after", after)):
            base = os.path.join(work, f"{name}-{years}.db")
            env = dict(os.environ, STRENGTHQUEST_NOW=NOW)
            subprocess.run([binary, "--db", base, "import", history], check=True, env=env, stdout=subprocess.DEVNULL)
            subprocess.run([binary, "--db", base, "status", "--player", "alex"], check=True, env=env, stdout=subprocess.DEVNULL)
        for i in range(runs):
            for name, binary in (("before", before), ("after", after)):
                db = os.path.join(work, f"run-{name}-{years}-{i}.db")
                shutil.copy(os.path.join(work, f"{name}-{years}.db"), db)
                times.setdefault((name, years), []).append(one(binary, db))
                time.sleep(0.1)
    for years in (1, 10):
        b = statistics.median(times[("before", years)])
        a = statistics.median(times[("after", years)])
        print(f"{years:2d} y  check-in, f to summary: before {b:7.1f} ms  after {a:7.1f} ms  after/before {a / b:.2f}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
