#!/usr/bin/env bash
# CLI benchmarks with the native binary (issue: the game engine). Run by hand; results go to RESULTS.md.
#   bench/cli.sh [path/to/strengthquest]     (default: publish one into bench/out/publish)
# Needs: hyperfine, sqlite3, python3. Measures, in one run:
#   - sqlite3 inserting one row into a WAL database (the yardstick)
#   - the floor: a bare Native AOT program inserting the same row through Microsoft.Data.Sqlite
#     (bench/floor), and `strengthquest --version` (start-up and the command line, no database)
#   - `log` of one session on a two-player database with a year of history
#   - `status --json` on two-player histories of one and ten years (~730 and ~7,300 sessions)
# Each command runs as one hyperfine block, so log / floor follows the disk's mood between blocks
# (fsyncs of 0.2 ms in one, 4 ms in the next); bench/logfloor.py interleaves them for that ratio.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out"; mkdir -p "$out"
bin=${1:-}
if [ -z "$bin" ]; then
  dotnet publish "$here/../src/StrengthQuest" -c Release -r linux-x64 -p:PublishAot=true -o "$out/publish" >/dev/null
  bin="$out/publish/strengthquest"
fi
export STRENGTHQUEST_NOW=2026-11-24T10:00:00Z
rm -f "$out"/*.db "$out"/*.db-*
python3 "$here/seed.py" 1 2026-11-23 > "$out/h1.json"
python3 "$here/seed.py" 10 2026-11-23 > "$out/h10.json"
"$bin" --db "$out/y1.db" import "$out/h1.json"
"$bin" --db "$out/y10.db" import "$out/h10.json"
cp "$out/y1.db" "$out/log.db"
sqlite3 "$out/wal.db" "PRAGMA journal_mode=WAL; CREATE TABLE t(id INTEGER PRIMARY KEY, x TEXT);" >/dev/null
cp "$out/wal.db" "$out/floor.db"
dotnet publish "$here/floor" -c Release -r linux-x64 -o "$out/floor" >/dev/null

hyperfine -N --warmup 5 --runs 60 --export-json "$out/cli.json" \
  -n "sqlite3 insert" "sqlite3 $out/wal.db \"INSERT INTO t(x) VALUES ('a')\"" \
  -n "floor: AOT + Microsoft.Data.Sqlite insert" "$out/floor/floor $out/floor.db" \
  -n "strengthquest --version" "$bin --version" \
  -n "log" "$bin --db $out/log.db log --player alex tibialis-raise=20,20 calf-raise=20,20" \
  -n "status 1y" "$bin --db $out/y1.db status --player alex --json" \
  -n "status 10y" "$bin --db $out/y10.db status --player alex --json"

# The first status after an import (or with the cache dropped) replays the whole history once.
hyperfine -N --warmup 2 --runs 15 --export-json "$out/cold.json" \
  --prepare "sqlite3 $out/y10.db 'DELETE FROM fold_cache'" -n "status 10y, cold cache" "$bin --db $out/y10.db status --player alex --json" \
  --prepare "sqlite3 $out/y1.db 'DELETE FROM fold_cache'" -n "status 1y, cold cache" "$bin --db $out/y1.db status --player alex --json"

python3 - "$out/cli.json" "$out/cold.json" <<'PY'
import json, sys
r = {x["command"]: x["median"] * 1000 for f in sys.argv[1:] for x in json.load(open(f))["results"]}
for k, v in r.items():
    print(f"{k:44s} median {v:7.2f} ms")
print(f"log / sqlite3 insert     = {r['log'] / r['sqlite3 insert']:.2f}  (target <= 2)")
print(f"floor / sqlite3 insert   = {r['floor: AOT + Microsoft.Data.Sqlite insert'] / r['sqlite3 insert']:.2f}  (the least any .NET program writing through Microsoft.Data.Sqlite takes)")
print(f"--version / sqlite3      = {r['strengthquest --version'] / r['sqlite3 insert']:.2f}")
print(f"log / floor              = {r['log'] / r['floor: AOT + Microsoft.Data.Sqlite insert']:.2f}  (target <= 1.5, issue 13)")
print(f"status 10y / log         = {r['status 10y'] / r['log']:.2f}  (target <= 2)")
print(f"status 10y / status 1y   = {r['status 10y'] / r['status 1y']:.2f}  (target <= 1.5)")
PY
