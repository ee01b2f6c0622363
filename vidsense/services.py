"""Start what `vidsense up` needs: a Redis when none answers, an API key when none is set."""

from __future__ import annotations

import logging
import secrets
import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import urlparse

import redis

log = logging.getLogger(__name__)

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", ""}


def redis_reachable(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1).ping())
    except redis.RedisError:
        return False


def ensure_redis(url: str, data_dir: Path) -> subprocess.Popen | None:
    """Return None if Redis answers at `url`; else start one there (installing it if needed) and return it."""
    if redis_reachable(url):
        return None
    parsed = urlparse(url)
    if parsed.hostname not in LOCAL_HOSTS:
        raise SystemExit(f"Redis does not answer at {url}, and it is not a local address vidsense could start one on")
    server = shutil.which("redis-server") or _install_redis()
    port = parsed.port or 6379
    log_path = data_dir / "redis.log"
    print(f"starting redis-server on 127.0.0.1:{port} (log: {log_path})", flush=True)
    proc = subprocess.Popen(
        [server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
         "--maxmemory-policy", "noeviction", "--dir", str(data_dir)],
        stdout=open(log_path, "ab"), stderr=subprocess.STDOUT,
    )
    for _ in range(50):
        if redis_reachable(url):
            return proc
        if proc.poll() is not None:
            raise SystemExit(f"redis-server exited with {proc.returncode}; see {log_path}")
        time.sleep(0.1)
    raise SystemExit(f"redis-server did not answer at {url} within 5 s; see {log_path}")


def _install_redis() -> str:
    apt = shutil.which("apt-get")
    if not apt:
        raise SystemExit("redis-server is not installed and there is no apt-get to install it: install Redis, or set REDIS_URL")
    print("redis-server is not installed: installing it with apt-get", flush=True)
    sudo = [] if _is_root() else ["sudo"]
    subprocess.run(sudo + [apt, "-qq", "update"], check=False)
    subprocess.run(sudo + [apt, "-qq", "install", "-y", "redis-server"], check=True)
    server = shutil.which("redis-server")
    if not server:
        raise SystemExit("apt-get installed redis-server, yet it is not on PATH")
    return server


def _is_root() -> bool:
    import os

    return os.geteuid() == 0


def ensure_api_key(configured: str, data_dir: Path) -> tuple[str, bool]:
    """The keys to run with, and whether one was made. A made key is kept in the data
    directory so that the next `vidsense up` keeps serving the same caller's jobs."""
    if configured.strip():
        return configured, False
    key_file = data_dir / "api-key"
    if key_file.is_file() and key_file.read_text().strip():
        return key_file.read_text().strip(), True
    key = "vs_" + secrets.token_urlsafe(24)
    key_file.parent.mkdir(parents=True, exist_ok=True)
    key_file.write_text(key + "\n")
    key_file.chmod(0o600)
    return key, True
