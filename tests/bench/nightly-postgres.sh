#!/usr/bin/env bash
# The issue-5 benchmark: the whole nightly run (import, score, persist, draw) in the PostgreSQL mode on a generated
# population, wall clock and peak resident memory of the process, and the same population in the embedded mode as the
# baseline measured in the same run.
#
#   bash tests/bench/nightly-postgres.sh [enterprises=1000000] [chunk size=50000]
#
# Needs a PostgreSQL server: SUPERVISION_DB, or `source .ci/start-postgres.sh` first. Creates the database
# supervision_bench_nightly (dropped first), generates the population into $TMPDIR/supervision-bench-<n> once, and
# prints one line per mode. Not part of CI (a million enterprises take minutes and several GB).
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-1000000}"
chunk="${2:-50000}"
seed=5eed000000000000000000000000000000000000000000000000000000000001
work="${TMPDIR:-/tmp}/supervision-bench-$count"
: "${SUPERVISION_DB:?set SUPERVISION_DB (or source .ci/start-postgres.sh)}"

dotnet build jobs/Supervision.Cli -c Release -v quiet -nologo >/dev/null
cli=(dotnet jobs/Supervision.Cli/bin/Release/net10.0/supervision.dll)
if ! [ -f "$work/data/enterprises.csv" ]; then
  "${cli[@]}" generate --count "$count" --out "$work/data" >&2
fi

admin="$(sed -E 's/Database=[^;]*/Database=postgres/' <<<"$SUPERVISION_DB")"
bench="$(sed -E 's/Database=[^;]*/Database=supervision_bench_nightly/' <<<"$SUPERVISION_DB")"
psql_args=(-X -q -v ON_ERROR_STOP=1)
to_uri() { # Npgsql key=value → libpq key=value
  sed -E 's/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/; s/Database=/dbname=/; s/;/ /g' <<<"$1"
}
fresh_database() {
  psql "${psql_args[@]}" "$(to_uri "$admin")" -c "DROP DATABASE IF EXISTS supervision_bench_nightly" -c "CREATE DATABASE supervision_bench_nightly"
}

measure() { # label, then the command; prints wall clock and peak RSS of the process
  local label="$1"; shift
  rm -rf "$work/out"
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/$label.out" 2>"$work/$label.err" || { tail -n 20 "$work/$label.err" >&2; return 1; }
  read -r seconds kb <"$work/time"
  printf '%-16s %9s enterprises  %7.1f s  peak %6.2f GiB  %s\n' "$label" "$count" "$seconds" "$(bc -l <<<"$kb/1048576")" \
    "$(tr '\r' '\n' <"$work/$label.err" | grep -E 'run completed after|files rendered' | tail -n 1)"
}

common=(--data "$work/data" --rules rules --as-of 2026-11-27 --seed "$seed" --chunk-size "$chunk" --workers 2)
measure embedded "${cli[@]}" nightly "${common[@]}" --out "$work/out"
# The run as the service does it: import, score, persist and draw into PostgreSQL, no files (step times in $work/postgres.err).
fresh_database
measure postgres "${cli[@]}" nightly --postgres --no-files --timings --connection "$bench" "${common[@]}" --out "$work/out"
# The same, then every file of the embedded mode rendered from the database (assessments.csv, the draw, one task file per inspector).
fresh_database
measure postgres+files "${cli[@]}" nightly --postgres --connection "$bench" "${common[@]}" --out "$work/out"
