#!/usr/bin/env bash
# Set up and run the test suite. Needs Redis at 127.0.0.1:6379 and PostgreSQL at 127.0.0.1:5432:
# starts them when they are installed but not running.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done

exec .venv/bin/python -m pytest "$@"
