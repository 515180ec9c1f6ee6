#!/usr/bin/env python3
"""Does signing in through `ssh-authorized-keys` make a login slower? Run by hand, as root.

usage: bench/login.py [path/to/strengthquest] [--runs=60]
Needs: root, openssh-server and client, python3. One private sshd on 127.0.0.1 (its own host key and
config) and one published binary under a root-owned folder (sshd's rule for an AuthorizedKeysCommand).
Three service accounts, each with its own copy of one database in which the key's player exists,
log in with the same key and run the same forced command (`status --short` for the key's player):
  plain  - an authorized_keys file holding the very line `ssh-authorized-keys` prints;
  akc    - AuthorizedKeysFile none + AuthorizedKeysCommand `strengthquest ssh-authorized-keys %u %t %k`
           (as host-setup prints it);
  cat    - AuthorizedKeysFile none + an AuthorizedKeysCommand that only cats that same line (the least
           any AuthorizedKeysCommand costs: sshd forks and runs it twice per login).
The three logins are interleaved run by run; medians and ratios come from the same run.
"""
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time

ROOT = "/tmp/sq-bench-login"
APP = "/opt/sq-bench-login"
USERS = {"plain": "sqlplain", "akc": "sqlakc", "cat": "sqlcat"}
KEYS_USER = "sqlkeys"
NOW = "2026-11-24T10:00:00Z"


def sh(*args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw).stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cleanup():
    for user in [*USERS.values(), KEYS_USER]:
        subprocess.run(["pkill", "-KILL", "-u", user], capture_output=True)
        subprocess.run(["userdel", "-r", user], capture_output=True)
    shutil.rmtree(ROOT, ignore_errors=True)
    shutil.rmtree(APP, ignore_errors=True)


def main():
    if os.geteuid() != 0:
        sys.exit("needs root: sshd and throwaway accounts")
    runs = int(next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--runs=")), "60"))
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    here = os.path.dirname(os.path.abspath(__file__))
    source = os.path.dirname(os.path.abspath(args[0] if args else os.path.join(here, "out", "publish", "strengthquest")))
    cleanup()
    os.makedirs(ROOT)
    os.chmod(ROOT, 0o755)
    shutil.copytree(source, APP)
    sh("chmod", "-R", "u+rwX,go+rX,go-w", APP)
    binary = os.path.join(APP, "strengthquest")
    sh("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", f"{ROOT}/hostkey")
    sh("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", f"{ROOT}/key")
    key_type, key_b64 = open(f"{ROOT}/key.pub").read().split()[:2]
    sh("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", KEYS_USER)
    sshd = None
    try:
        lines = {}
        for kind, user in USERS.items():
            sh("useradd", "-m", "-s", "/bin/sh", user)
            sh("usermod", "-p", "*", user)
            home = os.path.expanduser(f"~{user}")
            db = os.path.join(home, "host.db")
            line = sh(binary, "ssh-authorized-keys", user, key_type, key_b64, "--db", db).strip()
            lines[kind] = line
            fingerprint = line.split("--key ")[1].split()[0].rstrip('"')
            env = dict(os.environ, STRENGTHQUEST_NOW=NOW)
            sh(binary, "--db", db, "player", "add", "alex", "--name", "Alex", "--tz", "UTC", env=env)
            with open(f"{ROOT}/alex.pub", "w") as f:
                f.write(f"{key_type} {key_b64}\n")
            sh(binary, "--db", db, "keys", "add", "--player", "alex", f"{ROOT}/alex.pub", env=env)
            sh("chown", "-R", f"{user}:{user}", home)
            if kind == "plain":
                os.makedirs(f"{home}/.ssh", mode=0o700)
                with open(f"{home}/.ssh/authorized_keys", "w") as f:
                    f.write(line + "\n")
                sh("chown", "-R", f"{user}:{user}", f"{home}/.ssh")
            if kind == "cat":
                os.makedirs(f"{APP}/cat", mode=0o755)
                with open(f"{APP}/cat/line", "w") as f:
                    f.write(line + "\n")
                os.chmod(f"{APP}/cat/line", 0o644)
        port = free_port()
        config = f"""ListenAddress 127.0.0.1
Port {port}
HostKey {ROOT}/hostkey
PidFile {ROOT}/sshd.pid
AuthenticationMethods publickey
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin no
UsePAM no
AllowUsers {' '.join(USERS.values())}
SetEnv STRENGTHQUEST_NOW={NOW}
MaxStartups 100
Match User {USERS['akc']}
    AuthorizedKeysFile none
    AuthorizedKeysCommand {binary} ssh-authorized-keys %u %t %k --db {os.path.expanduser('~' + USERS['akc'])}/host.db
    AuthorizedKeysCommandUser {KEYS_USER}
Match User {USERS['cat']}
    AuthorizedKeysFile none
    AuthorizedKeysCommand /bin/cat {APP}/cat/line
    AuthorizedKeysCommandUser {KEYS_USER}
"""
        with open(f"{ROOT}/sshd_config", "w") as f:
            f.write(config)
        os.makedirs("/run/sshd", mode=0o755, exist_ok=True)
        sh("/usr/sbin/sshd", "-t", "-f", f"{ROOT}/sshd_config")
        sshd = subprocess.Popen(["/usr/sbin/sshd", "-D", "-f", f"{ROOT}/sshd_config", "-E", f"{ROOT}/sshd.log"])
        deadline = time.time() + 10
        while "Server listening" not in (open(f"{ROOT}/sshd.log").read() if os.path.exists(f"{ROOT}/sshd.log") else ""):
            if time.time() > deadline:
                sys.exit("sshd did not start")
            time.sleep(0.05)
        with open(f"{ROOT}/known_hosts", "w") as f:
            f.write(f"[127.0.0.1]:{port} {' '.join(open(f'{ROOT}/hostkey.pub').read().split()[:2])}\n")

        def login(user):
            start = time.perf_counter()
            out = subprocess.run(
                ["ssh", "-p", str(port), "-o", f"UserKnownHostsFile={ROOT}/known_hosts", "-o", "StrictHostKeyChecking=yes",
                 "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-i", f"{ROOT}/key",
                 f"{user}@127.0.0.1", "status", "--short"], capture_output=True, text=True)
            elapsed = (time.perf_counter() - start) * 1000
            if out.returncode != 0 or "co-op" not in out.stdout and "streak" not in out.stdout:
                sys.exit(f"login as {user} failed ({out.returncode}): {out.stdout}{out.stderr}")
            return elapsed

        for user in USERS.values():  # warm-up
            for _ in range(5):
                login(user)
        times = {kind: [] for kind in USERS}
        for _ in range(runs):
            for kind, user in USERS.items():
                times[kind].append(login(user))
        med = {kind: statistics.median(t) for kind, t in times.items()}
        for kind in USERS:
            print(f"{kind:6s} median {med[kind]:7.2f} ms  (min {min(times[kind]):.2f}, max {max(times[kind]):.2f}, {runs} runs)")
        print(f"akc / plain = {med['akc'] / med['plain']:.3f}  (target <= 1.15)")
        print(f"cat / plain = {med['cat'] / med['plain']:.3f}  (any AuthorizedKeysCommand)")
        print(f"akc / cat   = {med['akc'] / med['cat']:.3f}")
        akc = subprocess.run(["hyperfine", "-N", "--warmup", "5", "--runs", "100", "--export-json", f"{ROOT}/akc.json",
                              f"{binary} ssh-authorized-keys {USERS['akc']} {key_type} {key_b64}", f"/bin/cat {APP}/cat/line"],
                             capture_output=True, text=True)
        print(akc.stdout[-1200:])
    finally:
        if sshd is not None:
            sshd.kill()
            sshd.wait()
        cleanup()


if __name__ == "__main__":
    main()
