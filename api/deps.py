"""Shared dependencies of the routes: settings, the job store, Redis, the caller's identity."""

from __future__ import annotations

import hashlib
import hmac
from functools import lru_cache
from typing import Annotated

import redis
import redis.asyncio as aredis
from fastapi import Depends, HTTPException, Request

from api.ratelimit import check_rate
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


def settings_dep() -> Settings:
    return get_settings()


SettingsDep = Annotated[Settings, Depends(settings_dep)]


def store_dep(settings: SettingsDep) -> JobStore:
    return get_store(settings.db_url)


StoreDep = Annotated[JobStore, Depends(store_dep)]


def redis_dep(settings: SettingsDep) -> redis.Redis:
    return get_redis(settings.redis_url)


RedisDep = Annotated[redis.Redis, Depends(redis_dep)]


def current_owner(request: Request, settings: SettingsDep) -> str:
    """Check `Authorization: Bearer <key>` against VIDSENSE_API_KEYS (hashes compared in constant time)."""
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
    owner = key_id(key.strip())
    check_rate(get_redis(settings.redis_url), owner, settings)  # 429 + Retry-After over the key's rate
    return owner


OwnerDep = Annotated[str, Depends(current_owner)]
