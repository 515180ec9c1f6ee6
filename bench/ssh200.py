#!/usr/bin/env python3
"""Many couples on one host, through the real sshd. Run by hand, as root; results go to RESULTS.md.

usage: bench/ssh200.py [path/to/strengthquest] [--games=200]
Needs: root, openssh-server and client, tmux, python3. Sets up a private sshd on 127.0.0.1 (its own
host key and config, as tests/…/PrivateSshd.cs does), one service account holding GAMES keys behind
forced commands (`strengthquest ssh-key-line`), and a host database of GAMES/2 couples with a month
of history each. It opens every game over `ssh -tt` in one tmux server, waits until every dashboard
is up, measures 30 quiet seconds, then has every player check in over ssh (`ssh host log …`, ten at
a time) and times how long until the partner's open game shows it. Last, the peak memory (VmHWM)
of every game process. Everything it made is removed at the end.
"""
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time

import many

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = "/tmp/sq-bench-ssh"
KEYS = "/run/sq-bench-ssh-keys"
USER = "sqbench"
BATCH = 10
QUIET = 30
HZ = os.sysconf("SC_CLK_TCK")


def sh(*args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw).stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    if os.geteuid() != 0:
        sys.exit("needs root: sshd and a throwaway service account")
    games = int(next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--games=")), "200"))
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    source = os.path.dirname(os.path.abspath(args[0] if args else os.path.join(HERE, "out", "publish", "strengthquest")))
    cleanup()
    os.makedirs(KEYS, mode=0o755)
    app = os.path.join(ROOT, "app")
    shutil.copytree(source, app)
    sh("chmod", "-R", "a+rX", ROOT)
    binary = os.path.join(app, "strengthquest")
    sh("useradd", "-m", "-s", "/bin/sh", USER)
    sh("usermod", "-p", "*", USER)
    home = os.path.expanduser(f"~{USER}")
    db = os.path.join(home, "host.db")
    tmux = None
    sshd = None
    try:
        players = many.host_database(binary, db, games)
        keys = os.path.join(ROOT, "keys")
        os.makedirs(keys)
        lines = []
        for p in players:
            sh("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", p, "-f", os.path.join(keys, p))
            lines.append(sh(binary, "--db", db, "ssh-key-line", "--player", p, os.path.join(keys, p + ".pub")).strip())
        with open(os.path.join(KEYS, USER), "w") as f:
            f.write("\n".join(lines) + "\n")
        os.chmod(os.path.join(KEYS, USER), 0o644)
        for f in (db, db + "-wal", db + "-shm"):
            if os.path.exists(f):
                sh("chown", f"{USER}:{USER}", f)
        port = free_port()
        sh("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", os.path.join(ROOT, "hostkey"))
        with open(os.path.join(ROOT, "hostkey.pub")) as f:
            host_key = " ".join(f.read().split()[:2])
        with open(os.path.join(ROOT, "known_hosts"), "w") as f:
            f.write(f"[127.0.0.1]:{port} {host_key}\n")
        config = os.path.join(ROOT, "sshd_config")
        with open(config, "w") as f:
            f.write(f"""ListenAddress 127.0.0.1
Port {port}
HostKey {ROOT}/hostkey
PidFile {ROOT}/sshd.pid
AuthorizedKeysFile {KEYS}/%u
AuthenticationMethods publickey
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin no
AllowUsers {USER}
DisableForwarding yes
PermitUserRC no
UsePAM no
MaxStartups {games + 10}
""")
        os.makedirs("/run/sshd", mode=0o755, exist_ok=True)
        sh("/usr/sbin/sshd", "-t", "-f", config)
        sshd = subprocess.Popen(["/usr/sbin/sshd", "-D", "-f", config, "-E", os.path.join(ROOT, "sshd.log")])
        time.sleep(0.5)

        def ssh(p, terminal=False):
            return ["ssh", "-p", str(port), "-o", f"UserKnownHostsFile={ROOT}/known_hosts", "-o", "StrictHostKeyChecking=yes",
                    "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-i", os.path.join(keys, p),
                    *(["-tt"] if terminal else []), f"{USER}@127.0.0.1"]

        tmux = many.Tmux("sq-ssh200")
        start = time.perf_counter()
        for n in range(0, games, BATCH):
            batch = players[n:n + BATCH]
            for p in batch:
                tmux.open(p, "exec env TERM=xterm-256color " + " ".join(ssh(p, terminal=True)))
            tmux.wait_all(batch, many.DASHBOARD)
        pids = {many.player_of(pid): pid for pid in many.pids_of("strengthquest-game", USER)}
        print(f"{len(pids)} games open over ssh after {time.perf_counter() - start:.0f} s")

        time.sleep(5)
        before = {p: many.cpu_ticks(pid) for p, pid in pids.items()}
        time.sleep(QUIET)
        cpu = [100 * (many.cpu_ticks(pid) - before[p]) / HZ / QUIET for p, pid in pids.items()]
        print(f"quiet {QUIET} s: CPU per game mean {statistics.mean(cpu):.3f} %, max {max(cpu):.3f} %, "
              f"all {len(cpu)} games {sum(cpu):.2f} % of one core")

        delays, from_start = [], []
        for n in range(0, games, BATCH):
            batch = players[n:n + BATCH]
            watched = {many.partner(p): p for p in batch}
            marks = {w: f"{p.upper()} ✓" for w, p in watched.items()}
            t0 = time.perf_counter()
            procs = {p: subprocess.Popen(ssh(p) + ["log", "calf-raise=20,20"], stdout=subprocess.DEVNULL) for p in batch}
            done, shown = {}, {}
            while len(shown) < len(batch):
                for p, proc in procs.items():
                    if p not in done and proc.poll() is not None:
                        if proc.returncode != 0:
                            sys.exit(f"{p}'s check-in over ssh failed ({proc.returncode})")
                        done[p] = time.perf_counter()
                screens = tmux.screens([w for w in watched if w not in shown])
                now = time.perf_counter()
                for w, text in screens.items():
                    if marks[w] in text:
                        shown[w] = now
                if now - t0 > 30:
                    sys.exit(f"not shown within 30 s: {sorted(set(watched) - set(shown))}")
                time.sleep(0.05)
            for w, p in watched.items():
                delays.append(shown[w] - done.get(p, shown[w]))
                from_start.append(shown[w] - t0)
        print(f"partner's check-in on screen, from the ssh log command's return: median {statistics.median(delays):.2f} s, "
              f"max {max(delays):.2f} s; from its start: median {statistics.median(from_start):.2f} s, max {max(from_start):.2f} s "
              f"({len(delays)} check-ins, {BATCH} at a time; target <= 2 s)")
        peaks = [many.peak_kib(pid) / 1024 for pid in pids.values()]
        print(f"peak memory per game (VmHWM): median {statistics.median(peaks):.1f} MiB, max {max(peaks):.1f} MiB "
              f"(target <= 40 MiB); all {len(peaks)} games {sum(peaks) / 1024:.2f} GiB")
    finally:
        if tmux:
            tmux.close()
        if sshd:
            sshd.terminate()
            sshd.wait()
        cleanup()


def cleanup():
    subprocess.run(["pkill", "-KILL", "-u", USER], capture_output=True)
    time.sleep(0.5)
    subprocess.run(["userdel", "-r", USER], capture_output=True)
    shutil.rmtree(ROOT, ignore_errors=True)
    shutil.rmtree(KEYS, ignore_errors=True)


if __name__ == "__main__":
    main()
