#!/usr/bin/env bash
# Makes sure MariaDB (127.0.0.1:3306, root, empty password) and Redis (127.0.0.1:6379) are up.
# Idempotent: does nothing when both answer; installs them with apt-get on a machine without them.
set -euo pipefail

log() { printf 'services: %s\n' "$*" >&2; }

mysql_up() { mariadb -h127.0.0.1 -uroot -e 'SELECT 1' >/dev/null 2>&1 || mysql -h127.0.0.1 -uroot -e 'SELECT 1' >/dev/null 2>&1; }
redis_up() { [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = "PONG" ]; }

need_install=()
command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || need_install+=(mariadb-server mariadb-client)
command -v redis-server >/dev/null 2>&1 || need_install+=(redis-server)
if [ ${#need_install[@]} -gt 0 ]; then
  log "installing ${need_install[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need_install[@]}" >/dev/null
fi

if ! mysql_up; then
  log "starting MariaDB"
  install -d -o mysql -g mysql /run/mysqld 2>/dev/null || mkdir -p /run/mysqld
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
fi
if ! redis_up; then
  log "starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi

for _ in $(seq 1 60); do
  if mysql_up && redis_up; then
    # root over TCP with an empty password (fresh Debian installs use unix_socket auth only).
    mariadb -h127.0.0.1 -uroot -e "SELECT 1" >/dev/null 2>&1 ||
      mariadb -uroot -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket" || true
    exit 0
  fi
  sleep 1
done
mysql_up || log "MariaDB did not come up on 127.0.0.1:3306"
redis_up || log "Redis did not come up on 127.0.0.1:6379"
exit 1
