#!/usr/bin/env bash
# Two builds of the engine side by side, in one run (run by hand; results go to RESULTS.md):
#   bench/compare.sh BEFORE/strengthquest AFTER/strengthquest
# Needs: hyperfine, python3. On two-player histories of one and ten years (bench/seed.py, imported by
# each build into its own files, the cache warmed by one status), measures `log` of one session
# and `status --json`, and prints after/before for each: the median wall time, and the mean CPU
# time (user + system), which a busy machine disturbs far less.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
before=$1 after=$2
out=$(mktemp -d)
export STRENGTHQUEST_NOW=2026-11-24T10:00:00Z
python3 "$here/seed.py" 1 2026-11-23 > "$out/h1.json"
python3 "$here/seed.py" 10 2026-11-23 > "$out/h10.json"
for b in before after; do
  bin=${!b}
  for y in 1 10; do
    "$bin" --db "$out/$b-$y.db" import "$out/h$y.json" >/dev/null
    "$bin" --db "$out/$b-$y.db" status --player alex >/dev/null
  done
  cp "$out/$b-1.db" "$out/$b-log.db"
done
cmds=()
for b in before after; do
  bin=${!b}
  cmds+=(-n "$b log" "$bin --db $out/$b-log.db log --player alex tibialis-raise=20,20 calf-raise=20,20")
  cmds+=(-n "$b status 1y" "$bin --db $out/$b-1.db status --player alex --json")
  cmds+=(-n "$b status 10y" "$bin --db $out/$b-10.db status --player alex --json")
done
hyperfine -N --warmup 5 --runs 40 --export-json "$out/compare.json" "${cmds[@]}" >/dev/null
python3 - "$out/compare.json" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
wall = {x["command"]: x["median"] * 1000 for x in res}
cpu = {x["command"]: (x["user"] + x["system"]) * 1000 for x in res}
for what in ("log", "status 1y", "status 10y"):
    b, a = wall[f"before {what}"], wall[f"after {what}"]
    cb, ca = cpu[f"before {what}"], cpu[f"after {what}"]
    print(f"{what:12s} wall: before {b:6.2f} ms, after {a:6.2f} ms, {a / b:.2f}x   cpu: before {cb:6.2f} ms, after {ca:6.2f} ms, {ca / cb:.2f}x")
PY
rm -rf "$out"
