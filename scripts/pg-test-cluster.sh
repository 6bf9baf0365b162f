#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server tests, the one recipe for .ci/run and a
# developer's machine (docs/server.md, "Testing against a server"):
#
#   scripts/pg-test-cluster.sh start ROOT [PORT]   # then: source ROOT/env
#   scripts/pg-test-cluster.sh stop ROOT
#
# The cluster lives in ROOT (data, log, sock/, tls/). Its Unix socket trusts everyone, for the
# hostile-role suites; 127.0.0.1:PORT takes only TLS (a server certificate for localhost and
# 127.0.0.1, signed by a CA made here and thrown away with ROOT) and SCRAM-SHA-256 passwords,
# and refuses a connection without TLS. ROOT/env exports SHORTLIST_PG_SOCKET,
# SHORTLIST_PG_ADMIN, SHORTLIST_PG_TCP_PORT and SHORTLIST_PG_CA. Without PORT a free one is
# taken. As root the cluster runs as the postgres user (initdb refuses root).
set -euo pipefail

usage() {
    echo "usage: $0 start ROOT [PORT] | stop ROOT" >&2
    exit 2
}
[ $# -ge 2 ] || usage
command=$1
root=$2
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres=()
[ "$(id -u)" -eq 0 ] && as_postgres=(runuser -u postgres --)

case "$command" in
stop)
    if [ -d "$root/data" ]; then
        "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$root/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    exit 0
    ;;
start) ;;
*) usage ;;
esac

port=${3:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
if [ -e "$root/data" ]; then
    echo "$root/data exists: stop the cluster and remove $root first" >&2
    exit 1
fi
mkdir -p "$root/sock" "$root/tls"
chmod 755 "$root" "$root/sock"

# The certificates: a CA, and a server certificate for both names a client may dial.
tls=$root/tls
openssl req -x509 -newkey rsa:2048 -nodes -days 7 -subj "/CN=Shortlist test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$tls/ca.key" -out "$tls/ca.crt" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
printf '%s\n' "basicConstraints=CA:FALSE" "keyUsage=critical,digitalSignature,keyEncipherment" \
    "extendedKeyUsage=serverAuth" "subjectAltName=DNS:localhost,IP:127.0.0.1" >"$tls/server.ext"
openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" \
    -CAcreateserial -days 7 -extfile "$tls/server.ext" -out "$tls/server.crt" 2>/dev/null
chmod 600 "$tls/server.key" "$tls/ca.key"
chmod 644 "$tls/ca.crt"
[ "$(id -u)" -eq 0 ] && chown -R postgres "$root"

"${as_postgres[@]}" "$pg_bin/initdb" -D "$root/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >/dev/null
cat >"$root/data/pg_hba.conf" <<'EOF'
# The socket trusts everyone (the hostile-role suites connect as any role); the network
# takes only TLS with a SCRAM-SHA-256 password.
local      all all                trust
hostssl    all all 127.0.0.1/32   scram-sha-256
hostnossl  all all 127.0.0.1/32   reject
EOF
cat >>"$root/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$root/sock'
ssl = on
ssl_cert_file = '$tls/server.crt'
ssl_key_file = '$tls/server.key'
password_encryption = 'scram-sha-256'
fsync = off
# Tests run in parallel, each with a connection per role and a listening one.
max_connections = 300
EOF
"${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$root/data" -w -l "$root/log" start >/dev/null
# The socket suites name only the folder, so they dial the default port's socket file: with
# another port the cluster's socket answers under that name too.
if [ "$port" != 5432 ]; then ln -sf ".s.PGSQL.$port" "$root/sock/.s.PGSQL.5432"; fi

cat >"$root/env" <<EOF
export SHORTLIST_PG_SOCKET='$root/sock'
export SHORTLIST_PG_ADMIN=postgres
export SHORTLIST_PG_TCP_PORT=$port
export SHORTLIST_PG_CA='$tls/ca.crt'
EOF
chmod 644 "$root/env"
echo "PostgreSQL test cluster in $root: socket $root/sock, TLS and SCRAM on 127.0.0.1:$port"
