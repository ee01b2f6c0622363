"""Colour names for what the frame classifier sees: "what colour is the van?".

The classifier's class activation map (CAM: its last linear layer applied at each of the 7x7 cells
of the final feature map, ``models.frames``) says where in a frame a class was seen; the pixels
there, each named by hue, saturation and brightness, say its colour. The names are the eleven
basic colour terms (black, white, grey, red, orange, brown, yellow, green, blue, purple, pink) and
teal, for the blue-green of lit glass that people name either way.

This is coarse by construction: a cell is a seventh of the frame, so a small thing (a cup on a
windowsill) is mixed with what surrounds it, and a dark, washed-out colour (a dark green railing in
shade) is named grey or black. Colours are given as shares of the seen region, largest first, and
an answer says "mostly".
"""

from __future__ import annotations

import numpy as np

__all__ = ["NAMES", "name_pixels", "colour_shares", "region_weights", "picture_rows", "top_band", "describe"]

NAMES = ("black", "white", "grey", "red", "orange", "brown", "yellow", "green", "teal", "blue", "purple", "pink")
_INDEX = {name: i for i, name in enumerate(NAMES)}
_DARK = 0.2  # brightness (HSV value, 0-1) under which a pixel is black
_GREYISH = 0.2  # saturation under which a pixel has no hue ...
_CHROMA_MIN = 0.08  # ... or this little chroma (max - min of RGB, 0-1)
_WHITE = 0.8  # an achromatic pixel this bright is white; under _GREY_DARK it is black, else grey
_GREY_DARK = 0.3
_BROWN_MAX_V = 0.5  # red and orange this dark are brown
# hue (degrees) upper bounds of the chromatic names, from red's upper edge round to pink
_HUES = ((15, "red"), (40, "orange"), (70, "yellow"), (160, "green"), (195, "teal"), (255, "blue"),
         (290, "purple"), (345, "pink"), (361, "red"))
_CAM_KEEP = 0.5  # cells whose activation reaches this share of the map's highest are the thing's region
_TOP_BAND = 0.25  # the top quarter of the picture: the sky, where there is one
_BAR_MEAN, _BAR_STD = 16.0, 6.0  # a row this dark and flat (0-255) is a letterbox bar, not picture


def name_pixels(rgb: np.ndarray) -> np.ndarray:
    """Indices into ``NAMES`` for RGB uint8 pixels ``[..., 3]`` (same leading shape)."""
    x = np.asarray(rgb, dtype=np.float32) / 255.0
    mx, mn = x.max(-1), x.min(-1)
    chroma = mx - mn
    safe = np.where(chroma > 1e-6, chroma, 1.0)
    r, g, b = x[..., 0], x[..., 1], x[..., 2]
    hue = np.where(mx == r, ((g - b) / safe) % 6, np.where(mx == g, (b - r) / safe + 2, (r - g) / safe + 4)) * 60.0
    sat = np.where(mx > 1e-6, chroma / np.maximum(mx, 1e-6), 0.0)

    bounds = np.array([h for h, _ in _HUES], np.float32)
    hue_names = np.array([_INDEX[n] for _, n in _HUES], np.int8)
    out = hue_names[np.searchsorted(bounds, hue, side="right").clip(0, len(bounds) - 1)]
    warm = (out == _INDEX["red"]) | (out == _INDEX["orange"])
    out = np.where(warm & (mx < _BROWN_MAX_V), _INDEX["brown"], out)
    flat = (sat < _GREYISH) | (chroma < _CHROMA_MIN)
    out = np.where(flat, np.where(mx > _WHITE, _INDEX["white"], np.where(mx < _GREY_DARK, _INDEX["black"], _INDEX["grey"])),
                   out)
    return np.where(mx < _DARK, _INDEX["black"], out).astype(np.int8)


def colour_shares(names: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """``[len(NAMES)]`` shares (summing to 1, or all 0 for no weight) of named pixels, optionally weighted."""
    w = None if weights is None else np.asarray(weights, np.float64).ravel()
    counts = np.bincount(np.asarray(names).ravel(), weights=w, minlength=len(NAMES)).astype(np.float64)
    total = counts.sum()
    return counts / total if total > 0 else counts


def region_weights(cam: np.ndarray, side: int, rows: tuple[int, int] | None = None) -> np.ndarray | None:
    """Per-pixel weights ``[side, side]`` of the region a class activation map ``[h, w]`` points at:
    the map's cells reaching ``_CAM_KEEP`` of its highest, by their activation, within the picture's
    ``rows`` (``picture_rows``); None when no cell is positive."""
    cam = np.asarray(cam, np.float32)
    top = float(cam.max())
    if top <= 0:
        return None
    kept = np.where(cam >= _CAM_KEEP * top, cam / top, 0.0)
    ry, rx = -(-side // cam.shape[0]), -(-side // cam.shape[1])
    weights = np.kron(kept, np.ones((ry, rx), np.float32))[:side, :side]
    if rows is not None:
        weights[: rows[0]] = 0.0
        weights[rows[1]:] = 0.0
    return weights


def picture_rows(frame: np.ndarray) -> tuple[int, int]:
    """The rows ``[first, last)`` of an RGB ``frame`` that hold picture: not the black bars of a letterboxed
    film (which are no sky, and no colour of anything); (0, 0) for a frame that is all bar."""
    rows = np.asarray(frame, np.float32).mean(-1)
    content = np.flatnonzero((rows.mean(1) >= _BAR_MEAN) | (rows.std(1) >= _BAR_STD))
    return (int(content[0]), int(content[-1]) + 1) if len(content) else (0, 0)


def top_band(names: np.ndarray, rows: tuple[int, int]) -> np.ndarray:
    """The named pixels (``[H, W]``) of the first quarter of the picture's ``rows``: the sky, where there is one."""
    first, last = rows
    return names[first: first + max(1, int(round((last - first) * _TOP_BAND)))] if last > first else names[:0]


def describe(shares: dict[str, float] | list[tuple[str, float]]) -> str:
    """"green", or "grey and black" where the second colour covers at least half as much as the first."""
    ranked = sorted(dict(shares).items(), key=lambda kv: -kv[1])
    if not ranked:
        return ""
    first = ranked[0]
    if len(ranked) > 1 and ranked[1][1] >= 0.5 * first[1]:
        return f"{first[0]} and {ranked[1][0]}"
    return first[0]
