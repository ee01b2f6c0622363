"""Short-lived signed tokens for `GET /v1/jobs/{id}/media?token=...`.

A `<video>` element cannot send an `Authorization` header, so the web page asks for a token
(`POST /v1/jobs/{id}/media-token`, with the key) and puts it in the video's URL. A token is
`<expiry>.<signature>`: the expiry in Unix seconds and an HMAC-SHA256 of `<job id>.<expiry>`
under a secret derived from the SHA-256 of the owner's API key (never stored, unlike the
truncated key id). So a token opens one job's media until it expires, and removing a key from
`VIDSENSE_API_KEYS` voids every token made with it. Only the media endpoint accepts tokens.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time

TTL_S = 3600
_CONTEXT = b"vidsense media token v1"
_MAX_EXPIRY_DIGITS = 12


def _key_digests(api_keys: str) -> list[bytes]:
    return [hashlib.sha256(k.strip().encode()).digest() for k in api_keys.split(",") if k.strip()]


def owner_secret(owner: str, api_keys: str) -> bytes | None:
    """The signing secret of the configured key whose id (see `api.deps.key_id`) is `owner`."""
    for digest in _key_digests(api_keys):
        if hmac.compare_digest(digest.hex()[:32], owner):
            return hmac.new(digest, _CONTEXT, hashlib.sha256).digest()
    return None


def _signature(secret: bytes, job_id: str, expires: int) -> str:
    mac = hmac.new(secret, f"{job_id}.{expires}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def issue(job_id: str, secret: bytes, ttl_s: int = TTL_S, now: float | None = None) -> tuple[str, int]:
    """(token, expiry in Unix seconds)."""
    expires = int(now if now is not None else time.time()) + ttl_s
    return f"{expires}.{_signature(secret, job_id, expires)}", expires


def verify(token: str, job_id: str, secret: bytes | None, now: float | None = None) -> bool:
    expiry, _, signature = token.partition(".")
    if secret is None or not token.isascii() or not expiry.isdigit() or len(expiry) > _MAX_EXPIRY_DIGITS:
        return False
    expires = int(expiry)
    if expires < (now if now is not None else time.time()):
        return False
    return hmac.compare_digest(_signature(secret, job_id, expires), signature)
