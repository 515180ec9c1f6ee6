#!/usr/bin/env python3
"""What open games cost while nobody touches them, and while other couples play. Run by hand;
results go to RESULTS.md.

usage: bench/idle.py [path/to/strengthquest] [--games=50] [--seconds=60]
Needs: tmux, calcurse, python3. In one tmux server (100×30 panes, TERM=xterm-256color) it opens
GAMES games (GAMES/2 couples with a month of history each) and 5 calcurse as the yardstick, then:
  - quiet: CPU (utime+stime of every thread, from /proc) and bytes written to the terminal per game
    over SECONDS, against calcurse's CPU over the same seconds;
  - busy: one check-in a second (the CLI, as `ssh host log` would), each by the first player of
    another couple, for SECONDS/2 (at most GAMES/2 - 5 couples): how long until the partner's open
    dashboard shows it, and what the games cost meanwhile, those couples' games and the others apart;
  - keys: key to screen, 20 times (`l` until the ladders show, Esc until the dashboard is back).
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

import many

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out", "idle")
CALCURSES = 5
HZ = os.sysconf("SC_CLK_TCK")


def option(name, default):
    return int(next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith(f"--{name}=")), default))


def per_second(ticks, seconds):
    return 100 * ticks / HZ / seconds  # % of one core


def main():
    games, seconds = option("games", 50), option("seconds", 60)
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = os.path.abspath(args[0] if args else os.path.join(HERE, "out", "publish", "strengthquest"))
    os.makedirs(OUT, exist_ok=True)
    db = os.path.join(OUT, "host.db")
    players = many.host_database(binary, db, games)
    tmux = many.Tmux("sq-idle")
    calendars = [tempfile.mkdtemp(prefix="calcurse-") for _ in range(CALCURSES)]
    try:
        for p in players:
            tmux.open(p, f"exec env TERM=xterm-256color COLORTERM= {binary} --db {db} --player {p}")
        for n, folder in enumerate(calendars):
            tmux.open(f"cal{n}", f"exec env TERM=xterm-256color calcurse -D {folder}")
        tmux.wait_all(players, many.DASHBOARD)
        tmux.wait_all([f"cal{n}" for n in range(CALCURSES)], "OtherCmd")
        time.sleep(5)  # past the games' start-up
        pids = {many.player_of(pid): pid for pid in many.pids_of("strengthquest-game")}
        cal_pids = [int(tmux.run("display-message", "-p", "-t", f"keep:cal{n}", "#{pane_pid}").strip()) for n in range(CALCURSES)]

        busy = min(seconds // 2, games // 2 - 5)
        active = set(players[:2 * busy])

        def measure(phase, secs, during=None):
            captures = {p: os.path.join(OUT, f"{p}.bytes") for p in players}
            for p, path in captures.items():
                tmux.pipe(p, path)
            before = {p: many.cpu_ticks(pid) for p, pid in pids.items()}
            cal_before = [many.cpu_ticks(pid) for pid in cal_pids]
            t0 = time.perf_counter()
            result = during(secs) if during else time.sleep(secs)
            took = time.perf_counter() - t0
            cpu = {p: per_second(many.cpu_ticks(pid) - before[p], took) for p, pid in pids.items()}
            cal = [per_second(many.cpu_ticks(pid) - b, took) for pid, b in zip(cal_pids, cal_before)]
            for p in players:
                tmux.unpipe(p)
            written = {p: os.path.getsize(path) / took for p, path in captures.items()}
            print(f"{phase} ({took:.0f} s, {len(pids)} games): all games {sum(cpu.values()):.2f} % of one core; "
                  f"calcurse mean {statistics.mean(cal):.3f} %")
            groups = [("every game", players)] if during is None else [(f"in the {busy} couples checking in", sorted(active)),
                                                                        ("every other game", sorted(set(players) - active))]
            for label, group in groups:
                print(f"  {label}: CPU per game mean {statistics.mean(cpu[p] for p in group):.3f} %, "
                      f"max {max(cpu[p] for p in group):.3f} %; bytes/s per game mean "
                      f"{statistics.mean(written[p] for p in group):.1f}, max {max(written[p] for p in group):.1f}")
            return result

        measure("quiet", seconds)

        def check_ins(count):
            delays = []
            for n in range(count):
                me, start = players[2 * n], time.perf_counter()
                other = many.partner(me)
                subprocess.run([binary, "--db", db, "log", "--player", me, "calf-raise=20,20"], check=True, capture_output=True)
                while f"{me.upper()} ✓" not in tmux.screens([other])[other]:
                    if time.perf_counter() - start > 10:
                        sys.exit(f"{other}'s dashboard did not show {me}'s check-in")
                    time.sleep(0.02)
                delays.append(time.perf_counter() - start)
                time.sleep(max(0.0, start + 1 - time.perf_counter()))
            return delays

        delays = measure("busy", busy, check_ins)
        print(f"partner's check-in on screen after: median {statistics.median(delays):.2f} s, max {max(delays):.2f} s "
              f"({len(delays)} check-ins; target <= 2 s)")

        keys = []
        for _ in range(10):
            for key, marker in (("l", "Ladders"), ("Escape", many.DASHBOARD)):
                start = time.perf_counter()
                tmux.send(players[0], key)
                while marker not in tmux.screens([players[0]])[players[0]]:
                    time.sleep(0.002)
                keys.append((time.perf_counter() - start) * 1000)
        print(f"key to screen: median {statistics.median(keys):.1f} ms, max {max(keys):.1f} ms ({len(keys)} keys)")
        peaks = {p: many.peak_kib(pid) / 1024 for p, pid in pids.items()}
        top = max(peaks, key=peaks.get)
        print(f"peak memory per game: median {statistics.median(peaks.values()):.1f} MiB, "
              f"max {peaks[top]:.1f} MiB ({top}, the game the keys went to)" if top == players[0] else
              f"peak memory per game: median {statistics.median(peaks.values()):.1f} MiB, max {peaks[top]:.1f} MiB ({top})")
    finally:
        tmux.close()


if __name__ == "__main__":
    main()
