"""Shared dependencies of the routes: settings, the job store, Redis, the caller's identity.

All of them are `async def` and never block: FastAPI runs a plain `def` dependency in the thread
pool, a hop (and a round of GIL contention) per dependency per request. The store, the engine and
the clients are built once per process (lru_cache); the key check is a hash; the rate limit is one
Redis call on the event loop (redis.asyncio).
"""

from __future__ import annotations

import hashlib
import hmac
from functools import lru_cache
from typing import Annotated

import redis
import redis.asyncio as aredis
from fastapi import Depends, HTTPException, Request

from api.ratelimit import check_rate, check_rate_async
from vidsense.db import JobStore
from vidsense.settings import Settings, get_settings


def key_id(key: str) -> str:
    """The stored identity of an API key: a hash, never the key itself."""
    return hashlib.sha256(key.encode()).hexdigest()[:32]


@lru_cache
def _key_hashes(keys: str) -> tuple[bytes, ...]:
    return tuple(hashlib.sha256(k.strip().encode()).digest() for k in keys.split(",") if k.strip())


@lru_cache
def get_store(url: str) -> JobStore:
    return JobStore(url)


@lru_cache
def get_redis(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_timeout=5)


@lru_cache
def get_async_redis(url: str) -> aredis.Redis:
    # Reads block for up to BLOCK_MS in XREAD: the socket timeout must be longer.
    return aredis.Redis.from_url(url, socket_timeout=60, socket_connect_timeout=5, health_check_interval=30)


@lru_cache
def get_async_redis_short(url: str) -> aredis.Redis:
    """For short commands on the event loop (the rate limit, the health check): a 5 s timeout, as get_redis."""
    return aredis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5, health_check_interval=30)


async def settings_dep() -> Settings:
    return get_settings()


SettingsDep = Annotated[Settings, Depends(settings_dep)]


def store_for(settings: Settings) -> JobStore:
    """The job store of these settings (one per database URL and process)."""
    return get_store(settings.db_url)


async def store_dep(settings: SettingsDep) -> JobStore:
    return store_for(settings)  # create_app built it, so this does not open the database on the event loop


StoreDep = Annotated[JobStore, Depends(store_dep)]


async def redis_dep(settings: SettingsDep) -> redis.Redis:
    return get_redis(settings.redis_url)  # a client object: no connection is made until it is used


RedisDep = Annotated[redis.Redis, Depends(redis_dep)]


def authenticate(request: Request, settings: Settings) -> str:
    """Check `Authorization: Bearer <key>` against VIDSENSE_API_KEYS (hashes compared in constant time);
    the caller's owner id, or 401."""
    header = request.headers.get("authorization", "")
    scheme, _, key = header.partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        raise HTTPException(401, "missing API key: send 'Authorization: Bearer <key>'", headers={"WWW-Authenticate": "Bearer"})
    digest = hashlib.sha256(key.strip().encode()).digest()
    matched = False
    for known in _key_hashes(settings.api_keys):
        matched |= hmac.compare_digest(digest, known)
    if not matched:
        raise HTTPException(401, "invalid API key", headers={"WWW-Authenticate": "Bearer"})
    return key_id(key.strip())


async def current_owner(request: Request, settings: SettingsDep) -> str:
    """The key check, then the key's rate (429 + Retry-After over it), on the event loop."""
    owner = authenticate(request, settings)
    await check_rate_async(get_async_redis_short(settings.redis_url), owner, settings)
    return owner


def current_owner_sync(request: Request, settings: Settings) -> str:
    """current_owner for code already in a worker thread (a plain `def` route)."""
    owner = authenticate(request, settings)
    check_rate(get_redis(settings.redis_url), owner, settings)
    return owner


OwnerDep = Annotated[str, Depends(current_owner)]
