"""Per-key limits: a request rate (token bucket in Redis) and a quota of unfinished jobs.

Both answer 429 with `Retry-After` (seconds) and the API's JSON error shape. The bucket lives in
Redis so that every API process shares it; it holds `rate_limit_per_minute` tokens (the largest
burst) and refills at that rate. If Redis cannot be reached, requests are let through (the health
check says Redis is down; refusing every request would make an outage worse).
"""

from __future__ import annotations

import logging
import math

import redis
import redis.asyncio as aredis
from fastapi import HTTPException

from vidsense.settings import Settings

log = logging.getLogger(__name__)

QUOTA_RETRY_AFTER_S = 30

# KEYS[1]: the bucket; ARGV: capacity, refill per second. Returns {allowed 0|1, seconds until a token}.
_TAKE = """
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1]) or capacity
local ts = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - ts) * rate)
local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = (1 - tokens) / rate
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 1000)
return {allowed, tostring(wait)}
"""


def bucket_key(owner: str) -> str:
    return f"vidsense:rate:{owner}"


def check_rate(client: redis.Redis, owner: str, settings: Settings) -> None:
    """Take one token from the key's bucket, or raise 429 with the seconds until the next one."""
    per_minute = settings.rate_limit_per_minute
    if per_minute <= 0:
        return
    try:
        allowed, wait = client.eval(_TAKE, 1, bucket_key(owner), per_minute, per_minute / 60.0)
    except redis.RedisError as exc:
        log.warning("rate limit unchecked: Redis unavailable", extra={"error": str(exc)})
        return
    _refuse_unless(allowed, wait, per_minute)


async def check_rate_async(client: aredis.Redis, owner: str, settings: Settings) -> None:
    """check_rate on the event loop (redis.asyncio): the routes' path, no thread hop and no blocking."""
    per_minute = settings.rate_limit_per_minute
    if per_minute <= 0:
        return
    try:
        allowed, wait = await client.eval(_TAKE, 1, bucket_key(owner), per_minute, per_minute / 60.0)
    except (redis.RedisError, OSError) as exc:
        log.warning("rate limit unchecked: Redis unavailable", extra={"error": str(exc)})
        return
    _refuse_unless(allowed, wait, per_minute)


def _refuse_unless(allowed, wait, per_minute: int) -> None:
    if not int(allowed):
        retry = max(1, math.ceil(float(wait)))
        raise HTTPException(429, {"code": "rate_limited",
                                  "message": f"too many requests for this key (limit {per_minute} a minute); "
                                             f"retry in {retry} s"},
                            headers={"Retry-After": str(retry)})


def check_quota(unfinished: int, settings: Settings) -> None:
    """Raise 429 when the key already has its quota of queued and running jobs."""
    limit = settings.max_active_jobs_per_key
    if limit > 0 and unfinished >= limit:
        raise HTTPException(429, {"code": "too_many_jobs",
                                  "message": f"this key has {unfinished} unfinished jobs, the most allowed is {limit}; "
                                             "wait for one to finish or cancel one"},
                            headers={"Retry-After": str(QUOTA_RETRY_AFTER_S)})
