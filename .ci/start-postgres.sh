# Starts a throw-away PostgreSQL for the database tests and exports SUPERVISION_DB. Source it, do not run it:
#
#   source .ci/start-postgres.sh
#
# Idempotent: if a server already answers on 127.0.0.1:$SUPERVISION_PG_PORT (default 5433) it is reused; a cluster
# left in $SUPERVISION_PG_DIR (default /tmp/supervision-pg-<port>) by an earlier call is restarted, not recreated.
# The server trades durability for speed (fsync=off): it is for tests, never for data you want to keep.
# initdb refuses to run as root, so as root the cluster belongs to the postgres user (runuser); as another user it
# belongs to that user. Installs Debian's postgresql package when no server binaries are found (as root only).
# Stop it with: pg_ctl -D "$SUPERVISION_PG_DIR/data" stop -m fast (prefixed with runuser -u postgres -- as root).

supervision_pg_start() {
    local port="${SUPERVISION_PG_PORT:-5433}"
    local dir="${SUPERVISION_PG_DIR:-${TMPDIR:-/tmp}/supervision-pg-$port}"
    local bin as_owner=()

    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "start-postgres: installing PostgreSQL (apt-get install postgresql)" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
        bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    fi
    if [ -z "$bin" ]; then
        echo "start-postgres: no PostgreSQL server binaries in /usr/lib/postgresql/*/bin; install them with 'apt-get install postgresql'" >&2
        return 1
    fi
    if [ "$(id -u)" = 0 ]; then
        as_owner=(runuser -u postgres --)
    fi

    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
        echo "start-postgres: reusing the server on 127.0.0.1:$port" >&2
    else
        if ! [ -f "$dir/data/PG_VERSION" ]; then
            if [ "$(id -u)" = 0 ]; then
                install -d -o postgres -g postgres -m 700 "$dir" || return 1
            else
                install -d -m 700 "$dir" || return 1
            fi
            "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
                || { cat "$dir/initdb.log" >&2; return 1; }
        fi
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null || { tail -n 20 "$dir/server.log" >&2; return 1; }
        echo "start-postgres: started PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)" >&2
    fi

    if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'supervision'" | grep -q 1; then
        "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres supervision || return 1
    fi

    export SUPERVISION_PG_DIR="$dir"
    export SUPERVISION_DB="Host=127.0.0.1;Port=$port;Username=postgres;Database=supervision"
}

supervision_pg_start
