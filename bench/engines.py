#!/usr/bin/env python3
"""SQLite against PostgreSQL, one binary, one run (issue 14). Run by hand; results go to RESULTS.md.

    bench/engines.py path/to/strengthquest [--runs=N] [--seconds=S] [--writers=2,4]

Needs: python3 and PostgreSQL's initdb/pg_ctl (PATH, /usr/local/bin or /usr/lib/postgresql/*/bin).
Starts a private cluster in a temporary folder (unix socket only, run as nobody when we are root)
with the server's default durability (fsync and synchronous_commit on, as SQLite's synchronous=FULL),
on the same disk as the SQLite files. Then:

1. Latency, interleaved rounds (each round runs every command once, so both engines see the same
   machine): `log` of one session on a fresh copy of the one-year database (the day's first
   check-in, as bench/logfloor.py), and `status --json` on two-player histories of one and ten
   years (bench/seed.py, imported by the binary itself, cache warmed by one status). Prints the
   median wall time of each and PostgreSQL / SQLite per round. Wall time, not CPU: on PostgreSQL
   half the work is in the server.
2. Throughput: W writer processes (each a loop of `log` commands, one process per check-in, as SSH
   front ends run them) for S seconds on a fresh database with W couples, one per writer; prints
   check-ins per second on each engine, and the same with all W writers on one couple (the daily
   XP cap and the couple's rows contended).
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = "2026-11-24T10:00:00Z"
LOG = ["tibialis-raise=20,20", "calf-raise=20,20"]


def options():
    runs, seconds, writers, binary = 30, 20.0, [2, 4], None
    for arg in sys.argv[1:]:
        if arg.startswith("--runs="):
            runs = int(arg.split("=", 1)[1])
        elif arg.startswith("--seconds="):
            seconds = float(arg.split("=", 1)[1])
        elif arg.startswith("--writers="):
            writers = [int(w) for w in arg.split("=", 1)[1].split(",")]
        elif not arg.startswith("-") and binary is None:
            binary = os.path.abspath(arg)
        else:
            sys.exit(__doc__)
    if binary is None:
        sys.exit(__doc__)
    return binary, runs, seconds, writers


def pg_bin():
    folders = os.environ.get("PATH", "").split(":") + ["/usr/local/bin"]
    if os.path.isdir("/usr/lib/postgresql"):
        folders += [os.path.join("/usr/lib/postgresql", v, "bin") for v in sorted(os.listdir("/usr/lib/postgresql"), reverse=True)]
    for folder in folders:
        if all(os.path.exists(os.path.join(folder, t)) for t in ("initdb", "pg_ctl", "postgres")):
            return folder
    sys.exit("PostgreSQL's initdb, pg_ctl and postgres are not installed.")


class Cluster:
    """A throwaway PostgreSQL cluster on a unix socket in its own folder."""

    def __init__(self, root):
        self.bin = pg_bin()
        self.root = root
        self.port = 40000 + os.getpid() % 10000
        self.data = os.path.join(root, "data")
        if os.geteuid() == 0:
            shutil.chown(root, "nobody")
        os.chmod(root, 0o755)
        self.run("initdb", "-D", self.data, "-U", "sq", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        self.run("pg_ctl", "-D", self.data, "-l", os.path.join(root, "log"), "-w", "start",
                 "-o", f"-k {root} -c listen_addresses='' -p {self.port} -c max_connections=100")

    def run(self, tool, *args):
        argv = [os.path.join(self.bin, tool), *args]
        if os.geteuid() == 0:
            argv = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *argv]
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def sql(self, statement):
        psql = os.path.join(self.bin, "psql") if os.path.exists(os.path.join(self.bin, "psql")) else shutil.which("psql")
        subprocess.run([psql, "-h", self.root, "-p", str(self.port), "-U", "sq", "-d", "postgres", "-q", "-c", statement],
                       check=True, stdout=subprocess.DEVNULL)

    def database(self, name, template=None):
        """A new database, empty or a copy of TEMPLATE made by the server; its address."""
        self.sql(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return f"postgresql://sq@/{name}?host={self.root}&port={self.port}"

    def stop(self):
        self.run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")


def sq(binary, db, *args, check=True):
    result = subprocess.run([binary, "--db", db, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=dict(os.environ, STRENGTHQUEST_NOW=NOW), text=True)
    if check and result.returncode != 0:
        sys.exit(f"{' '.join(args)} on {db} failed: {result.stderr.strip()}")
    return result.returncode


def timed(argv):
    start = time.perf_counter()
    result = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ, STRENGTHQUEST_NOW=NOW), text=True)
    wall = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed: {result.stderr.strip()}")
    return wall


def latency(binary, cluster, work, runs):
    seeds = {}
    for years in (1, 10):
        path = os.path.join(work, f"h{years}.json")
        with open(path, "w") as f:
            subprocess.run([sys.executable, os.path.join(HERE, "seed.py"), str(years), "2026-11-23"], stdout=f, check=True)
        seeds[years] = path
    stores = {}
    for years in (1, 10):
        stores[("sqlite", years)] = os.path.join(work, f"y{years}.db")
        stores[("postgres", years)] = cluster.database(f"y{years}")
        for engine in ("sqlite", "postgres"):
            sq(binary, stores[(engine, years)], "import", seeds[years])
            sq(binary, stores[(engine, years)], "status", "--player", "alex")
    # log on a fresh copy each round: a SQLite file copy, a PostgreSQL template copy (outside the timing).
    log_copy = {"sqlite": os.path.join(work, "log.db")}

    def fresh(engine, round_):
        if engine == "sqlite":
            shutil.copy(stores[("sqlite", 1)], log_copy["sqlite"])
            for path, flags in ((log_copy["sqlite"], os.O_RDONLY), (work, os.O_RDONLY | os.O_DIRECTORY)):
                fd = os.open(path, flags)
                os.fsync(fd)
                os.close(fd)
            return log_copy["sqlite"]
        if round_ > 0:
            cluster.sql(f"DROP DATABASE log{round_ - 1}")
        address = cluster.database(f"log{round_}", template="y1")
        cluster.sql("CHECKPOINT")  # the copy on disk, so log's commit flushes only its own WAL, as the SQLite copy is synced
        return address

    commands = []
    for engine in ("sqlite", "postgres"):
        commands.append((f"{engine} log", engine, None))
        for years in (1, 10):
            commands.append((f"{engine} status {years}y", engine, years))
    results = {name: [] for name, _, _ in commands}
    for round_ in range(-3, runs):
        for name, engine, years in commands:
            if years is None:
                db = fresh(engine, round_ + 3)
                argv = [binary, "--db", db, "log", "--player", "alex", *LOG]
            else:
                argv = [binary, "--db", stores[(engine, years)], "status", "--player", "alex", "--json"]
            wall = timed(argv)
            if round_ >= 0:
                results[name].append(wall)
    print(f"Latency: {runs} interleaved rounds, median wall ms; load average {os.getloadavg()[0]:.2f}")
    for what in ("log", "status 1y", "status 10y"):
        s, p = results[f"sqlite {what}"], results[f"postgres {what}"]
        ratio = statistics.median(b / a for a, b in zip(s, p))
        print(f"  {what:11s} sqlite {statistics.median(s):7.2f}  postgres {statistics.median(p):7.2f}   postgres/sqlite {ratio:.2f}")


def throughput(binary, cluster, work, seconds, writers):
    print(f"Throughput: check-ins per second, {seconds:.0f} s each, one `log` process per check-in")
    for shared in (False, True):
        for count in writers:
            line = []
            for engine in ("sqlite", "postgres"):
                name = f"w{count}{'s' if shared else 'd'}"
                db = os.path.join(work, f"{name}.db") if engine == "sqlite" else cluster.database(name)
                couples = 1 if shared else count
                for c in range(couples):
                    sq(binary, db, "player", "add", f"a{c}", "--name", f"A{c}", "--tz", "Europe/Berlin")
                    sq(binary, db, "player", "add", f"b{c}", "--name", f"B{c}", "--tz", "Pacific/Auckland")
                    sq(binary, db, "couple", "link", f"a{c}", f"b{c}")
                done = [0] * count
                failed = [0] * count
                deadline = time.monotonic() + seconds

                def writer(i):
                    c = 0 if shared else i
                    n = 0
                    while time.monotonic() < deadline:
                        player = f"{'ab'[n % 2]}{c}"
                        if sq(binary, db, "log", "--player", player, *LOG, check=False) == 0:
                            done[i] += 1
                        else:
                            failed[i] += 1
                        n += 1

                threads = [threading.Thread(target=writer, args=(i,)) for i in range(count)]
                start = time.monotonic()
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                elapsed = time.monotonic() - start
                line.append(f"{engine} {sum(done) / elapsed:6.1f}/s ({sum(failed)} failed)")
            label = f"{count} writers, {'one couple' if shared else 'a couple each'}"
            print(f"  {label:26s} " + "   ".join(line))


def main():
    binary, runs, seconds, writers = options()
    work = tempfile.mkdtemp(prefix="sq-engines-")
    cluster = Cluster(tempfile.mkdtemp(prefix="sq-engines-pg-"))
    try:
        print(f"{binary}; {os.cpu_count()} cores; {subprocess.run(['uname', '-sr'], capture_output=True, text=True).stdout.strip()}")
        latency(binary, cluster, work, runs)
        throughput(binary, cluster, work, seconds, writers)
    finally:
        cluster.stop()
        shutil.rmtree(cluster.root, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
