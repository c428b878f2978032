#!/usr/bin/env bash
# Restore drill: dumps the Pilote CTG database, restores the dump into a fresh database, starts Pilote CTG on the copy
# and checks that it shows the same conventions as the original. Run it after every change of backup procedure and at
# least once a quarter (README, « Backups and the restore drill »).
#
#   SOURCE_URL=postgresql://pilote:secret@db.example:5432/pilote \
#   DRILL_USER=admin DRILL_PASSWORD=… scripts/restore-drill.sh
#
# Environment:
#   SOURCE_URL      libpq URL of the database to back up (postgresql://user[:password]@host[:port]/database)
#   DRILL_DATABASE  name of the throwaway database restored beside it (default pilote_restore_drill; dropped first)
#   DRILL_USER, DRILL_PASSWORD  an account of the application that sees every convention (an administrator)
#   DRILL_PORT      HTTP port of the application started on the copy (default 18080)
#   PILOTE_START    command that starts the application (default: java -jar target/pilote-ctg-*.jar); the script adds
#                   the datasource and server arguments
#   DRILL_KEEP      set to 1 to keep the restored database afterwards
# Needs pg_dump, pg_restore and psql of the server's major version (Debian: postgresql-client), curl, java.
set -euo pipefail

SOURCE_URL=${SOURCE_URL:?set SOURCE_URL to the libpq URL of the database to back up}
DRILL_DATABASE=${DRILL_DATABASE:-pilote_restore_drill}
DRILL_USER=${DRILL_USER:?set DRILL_USER to an administrator of the application}
DRILL_PASSWORD=${DRILL_PASSWORD:?set DRILL_PASSWORD}
DRILL_PORT=${DRILL_PORT:-18080}

[[ "$DRILL_DATABASE" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "DRILL_DATABASE must be a plain lower-case name" >&2; exit 2; }
if [[ ! "$SOURCE_URL" =~ ^postgres(ql)?://(([^:@/]+)(:([^@/]*))?@)?([^:/?]+)(:([0-9]+))?/([^?]+)(\?.*)?$ ]]; then
  echo "SOURCE_URL must look like postgresql://user:password@host:5432/database" >&2
  exit 2
fi
db_user=${BASH_REMATCH[3]}
db_password=${BASH_REMATCH[5]}
db_host=${BASH_REMATCH[6]}
db_port=${BASH_REMATCH[8]:-5432}
source_db=${BASH_REMATCH[9]}
base_url="postgresql://${BASH_REMATCH[2]}${db_host}:${db_port}"
admin_url="$base_url/postgres"
target_url="$base_url/$DRILL_DATABASE"
[[ "$source_db" != "$DRILL_DATABASE" ]] || { echo "DRILL_DATABASE must differ from the source database" >&2; exit 2; }

work=$(mktemp -d)
app_pid=""
cleanup() {
  if [[ -n "$app_pid" ]]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [[ "${DRILL_KEEP:-0}" != 1 ]]; then
    psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $DRILL_DATABASE WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
# What must be identical after a restore: every convention with its status and optimistic version.
conventions() { psql -X -q -A -t "$1" -c "SELECT id, status, version, title FROM convention.convention ORDER BY id"; }

step "1. Dump $db_host:$db_port/$source_db"
started=$(date +%s)
pg_dump --format=custom --no-owner --no-privileges --file "$work/pilote.dump" "$SOURCE_URL"
conventions "$SOURCE_URL" >"$work/source.txt"
echo "dump: $(du -h "$work/pilote.dump" | cut -f1), $(wc -l <"$work/source.txt") conventions, $(($(date +%s) - started)) s"

step "2. Restore into a fresh database $DRILL_DATABASE"
started=$(date +%s)
psql -q -X "$admin_url" -c "DROP DATABASE IF EXISTS $DRILL_DATABASE WITH (FORCE)" -c "CREATE DATABASE $DRILL_DATABASE"
pg_restore --no-owner --no-privileges --exit-on-error --dbname "$target_url" "$work/pilote.dump"
conventions "$target_url" >"$work/restored.txt"
if ! diff -q "$work/source.txt" "$work/restored.txt" >/dev/null; then
  echo "FAILED: the restored database does not hold the same conventions" >&2
  diff "$work/source.txt" "$work/restored.txt" | head -20 >&2
  exit 1
fi
echo "restored in $(($(date +%s) - started)) s; the same $(wc -l <"$work/restored.txt") conventions"

step "3. Start Pilote CTG on the copy (port $DRILL_PORT, background jobs off)"
if [[ -n "${PILOTE_START:-}" ]]; then
  read -r -a start_command <<<"$PILOTE_START"
else
  jar=$(ls target/pilote-ctg-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
  [[ -n "$jar" ]] || { echo "no target/pilote-ctg-*.jar: run ./mvnw -DskipTests package, or set PILOTE_START" >&2; exit 2; }
  start_command=(java -jar "$jar")
fi
"${start_command[@]}" \
  --server.port="$DRILL_PORT" \
  --spring.datasource.url="jdbc:postgresql://$db_host:$db_port/$DRILL_DATABASE" \
  --spring.datasource.username="$db_user" \
  --spring.datasource.password="$db_password" \
  --pilote.jobs.enabled=false \
  --pilote.demo.enabled=false \
  >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 180); do
  if curl -fsS "http://localhost:$DRILL_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "FAILED: the application did not start on the restored database:" >&2
    tail -40 "$work/app.log" >&2
    exit 1
  fi
  sleep 1
done
curl -fsS "http://localhost:$DRILL_PORT/actuator/health" | grep -q '"UP"' || { echo "FAILED: not up after 180 s" >&2; exit 1; }
echo "started; Flyway found the schema up to date"

step "4. The application shows the same conventions"
answer=$(curl -fsS -u "$DRILL_USER:$DRILL_PASSWORD" "http://localhost:$DRILL_PORT/api/v1/conventions?size=1")
shown=$(grep -o '"totalElements":[0-9]*' <<<"$answer" | cut -d: -f2)
expected=$(wc -l <"$work/source.txt")
if [[ "$shown" != "$expected" ]]; then
  echo "FAILED: the application on the copy shows ${shown:-no} conventions, the original database holds $expected" >&2
  exit 1
fi
echo "RESTORE DRILL PASSED: $shown conventions, dumped, restored and shown by the application"
