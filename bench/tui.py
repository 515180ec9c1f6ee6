#!/usr/bin/env python3
"""TUI benchmarks with the native binary (issue: the full-screen game). Run by hand; results go to RESULTS.md.

usage: bench/tui.py [path/to/strengthquest] [--runs N]
       (default binary: publish one into bench/out/publish, as bench/cli.sh does)
Needs: tmux, calcurse, /usr/bin/time, python3. Measures, on a two-player database with a year of history:
  - time to first frame: from `tmux new-session` until the dashboard text is on the pane, against
    calcurse started the same way in the same run (runs interleaved, same polling of the pane);
  - peak memory (max RSS) of a session that visits every screen and checks in;
  - bytes written to the terminal to open the ladders screen and leave it again;
  - bytes written and CPU used while the dashboard sits idle.
Between first-frame runs it waits for the previous program to exit, so runs do not overlap.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out", "tui")
SOCKET = "sq-bench"
COLS, ROWS = 100, 30
NOW = "2026-11-24T10:00:00Z"
DASHBOARD = "Today's quest"   # drawn with the rest of the dashboard's first frame
LADDERS = "▸ Backward walk"    # the ladders screen, first ladder marked (status bars name every screen)
CALCURSE = "OtherCmd"          # the last line calcurse draws on its first screen
DEADLINE = 20.0


def tmux(*args, check=True):
    return subprocess.run(["tmux", "-L", SOCKET, *args], check=check, capture_output=True, text=True).stdout


def screen(name):
    return tmux("capture-pane", "-p", "-t", name, check=False)


def wait_for(name, text):
    start = time.perf_counter()
    while text not in screen(name):
        if time.perf_counter() - start > DEADLINE:
            sys.exit(f"'{text}' did not appear on {name}:\n{screen(name)}")
        time.sleep(0.002)  # a tight loop would take a core from the program being timed (2 cores here)
    return time.perf_counter()


def send(name, key):
    """Sends one key: a single character literally, anything longer as a tmux key name (Enter, Escape)."""
    tmux("send-keys", "-t", name, *(["-l"] if len(key) == 1 else []), key)


def launch(name, command):
    """Starts COMMAND in a new pane and returns the instant it was asked for."""
    t0 = time.perf_counter()
    tmux("new-session", "-d", "-s", name, "-x", str(COLS), "-y", str(ROWS), command)
    return t0


def first_frame(name, command, marker):
    t0 = launch(name, command)
    t1 = wait_for(name, marker)
    pid = int(tmux("display-message", "-p", "-t", name, "#{pane_pid}").strip())
    tmux("kill-session", "-t", name, check=False)
    while os.path.exists(f"/proc/{pid}"):  # the next run starts on a quiet machine
        time.sleep(0.01)
    time.sleep(0.2)
    return (t1 - t0) * 1000


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--runs")]
    runs = int(next((a.split("=")[1] for a in sys.argv[1:] if a.startswith("--runs=")), "20"))
    os.makedirs(OUT, exist_ok=True)
    binary = args[0] if args else os.path.join(HERE, "out", "publish", "strengthquest")
    if not args:
        subprocess.run(["dotnet", "publish", os.path.join(HERE, "..", "src", "StrengthQuest"), "-c", "Release",
                        "-r", "linux-x64", "-p:PublishAot=true", "-o", os.path.dirname(binary)],
                       check=True, capture_output=True)
    binary = os.path.abspath(binary)
    db = os.path.join(OUT, "y1.db")
    for f in (db, db + "-wal", db + "-shm"):
        if os.path.exists(f):
            os.remove(f)
    history = os.path.join(OUT, "h1.json")
    with open(history, "w") as f:
        subprocess.run([sys.executable, os.path.join(HERE, "seed.py"), "1", "2026-11-23"], check=True, stdout=f)
    env = f"exec env STRENGTHQUEST_NOW={NOW} TERM=xterm-256color COLORTERM= "
    subprocess.run(["env", f"STRENGTHQUEST_NOW={NOW}", binary, "--db", db, "import", history], check=True,
                   capture_output=True)
    for player in ("alex", "sam"):  # the first status after an import replays the year once; fill the cache
        subprocess.run(["env", f"STRENGTHQUEST_NOW={NOW}", binary, "--db", db, "status", "--player", player],
                       check=True, capture_output=True)
    game = f"{env}{binary} --db {db} --player alex"
    calendar_dir = tempfile.mkdtemp(prefix="calcurse-")
    calendar = f"{env}calcurse -D {calendar_dir}"

    tmux("kill-server", check=False)
    tmux("new-session", "-d", "-s", "keep", "-x", str(COLS), "-y", str(ROWS), "cat")  # a warm tmux server
    try:
        # Time to first frame, interleaved, after warm-up runs of each.
        times = {"strengthquest": [], "calcurse": []}
        for i in range(runs + 3):
            for label, command, marker in (("strengthquest", game, DASHBOARD), ("calcurse", calendar, CALCURSE)):
                ms = first_frame(f"ff{i}{label[0]}", command, marker)
                if i >= 3:
                    times[label].append(ms)
        for label, values in times.items():
            print(f"first frame {label:14s} median {statistics.median(values):7.1f} ms  "
                  f"(min {min(values):.1f}, max {max(values):.1f}, {len(values)} runs)")
        ratio = statistics.median(times["strengthquest"]) / statistics.median(times["calcurse"])
        print(f"first frame strengthquest / calcurse = {ratio:.2f}  (target <= 1.5)")

        # Peak memory of a session that visits every screen and checks in once.
        rss_file = os.path.join(OUT, "rss.txt")
        launch("mem", f"exec /usr/bin/time -f %M -o {rss_file} {game.removeprefix('exec ')}")
        wait_for("mem", DASHBOARD)
        for key, marker in (("l", LADDERS), ("Escape", DASHBOARD), ("h", "History —"), ("Escape", DASHBOARD),
                            ("p", "Couple —"), ("Escape", DASHBOARD), ("?", "Help —"), ("Escape", DASHBOARD),
                            ("c", "Exercise 1 of"), ("Enter", "Sets done:"), ("f", "Check-in saved"),
                            ("Enter", DASHBOARD)):
            send("mem", key)
            wait_for("mem", marker)
        send("mem", "q")
        start = time.perf_counter()
        while not (os.path.exists(rss_file) and os.path.getsize(rss_file) > 0):
            if time.perf_counter() - start > DEADLINE:
                sys.exit("the game did not quit")
            time.sleep(0.05)
        with open(rss_file) as f:
            peak_kib = int(f.read().split()[-1])
        print(f"peak memory (max RSS) of a session: {peak_kib / 1024:.1f} MiB  (target <= 45 MiB)")

        # An idle dashboard first (its bytes per second and CPU), then the bytes to open and leave the
        # ladders screen: everything written from the key `l` until the dashboard is back and a second
        # has passed, less what an idle second writes anyway.
        launch("bytes", game)
        wait_for("bytes", DASHBOARD)
        time.sleep(2)
        capture = os.path.join(OUT, "pane.bytes")
        pid = int(tmux("display-message", "-p", "-t", "bytes", "#{pane_pid}").strip())
        idle_seconds = 10
        tmux("pipe-pane", "-o", "-t", "bytes", f"cat > {capture}")
        ticks0, t0 = cpu_ticks(pid), time.perf_counter()
        time.sleep(idle_seconds)
        ticks1, t1 = cpu_ticks(pid), time.perf_counter()
        tmux("pipe-pane", "-t", "bytes")
        idle_rate = os.path.getsize(capture) / (t1 - t0)
        hz = os.sysconf("SC_CLK_TCK")
        print(f"idle dashboard: {idle_rate:.0f} bytes/s written, CPU {100 * (ticks1 - ticks0) / hz / (t1 - t0):.1f}% of one core "
              f"({idle_seconds} s)")
        sizes = []
        for _ in range(5):
            os.remove(capture)
            tmux("pipe-pane", "-o", "-t", "bytes", f"cat > {capture}")
            t0 = time.perf_counter()
            send("bytes", "l")
            wait_for("bytes", LADDERS)
            send("bytes", "Escape")
            wait_for("bytes", DASHBOARD)
            time.sleep(1)
            tmux("pipe-pane", "-t", "bytes")
            sizes.append(os.path.getsize(capture) - idle_rate * (time.perf_counter() - t0))
        print(f"bytes to open and leave ladders: median {statistics.median(sizes):.0f} "
              f"(runs: {[round(x) for x in sizes]})")
    finally:
        tmux("kill-server", check=False)
        shutil.rmtree(calendar_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
