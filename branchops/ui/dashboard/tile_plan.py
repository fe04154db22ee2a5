"""Where each area's group of KPI tiles goes so that all of them fit the panel's width.

Groups keep the areas' order. Groups are packed into bands (rows of groups); in a band every
group is at most ``rows`` tiles tall, so a large group becomes a small block instead of a long
line. The plan tried is the one of least height over a few tile widths and band heights.
"""

from __future__ import annotations

from dataclasses import dataclass

TILE_HEIGHT = 48
SPACING = 4  # between tiles of a group
GROUP_PAD = 3  # inside a group's frame
GROUP_GAP = 6  # between groups
HEADING = 15  # a group's area heading
MIN_TILE_WIDTH, MAX_TILE_WIDTH, WIDTH_STEP = 150, 196, 2
MAX_BAND_ROWS = 4


@dataclass(frozen=True)
class GroupPlace:
    x: int
    y: int
    columns: int
    rows: int
    width: int
    height: int


@dataclass(frozen=True)
class Plan:
    tile_width: int
    groups: list[GroupPlace]
    height: int


def group_size(columns: int, rows: int, tile_width: int) -> tuple[int, int]:
    width = columns * tile_width + (columns - 1) * SPACING + 2 * GROUP_PAD
    height = HEADING + rows * TILE_HEIGHT + (rows - 1) * SPACING + 2 * GROUP_PAD
    return width, height


def _shape(count: int, band_rows: int, max_columns: int) -> tuple[int, int]:
    count = max(count, 1)
    columns = min(-(-count // min(band_rows, count)), max(max_columns, 1))
    return columns, -(-count // columns)


def _pack(counts: list[int], width: int, tile_width: int, band_rows: int) -> Plan:
    max_columns = (width - 2 * GROUP_PAD + SPACING) // (tile_width + SPACING)
    places: list[GroupPlace] = []
    x = y = band_height = 0
    for count in counts:
        columns, rows = _shape(count, band_rows, max_columns)
        w, h = group_size(columns, rows, tile_width)
        if x and x + w > width:
            y += band_height + GROUP_GAP
            x = band_height = 0
        places.append(GroupPlace(x, y, columns, rows, w, h))
        x += w + GROUP_GAP
        band_height = max(band_height, h)
    return Plan(tile_width, places, y + band_height)


def plan(counts: list[int], width: int) -> Plan:
    """The lowest layout of groups of ``counts`` tiles in ``width`` px (widest tiles on ties)."""
    best: Plan | None = None
    for tile_width in range(MAX_TILE_WIDTH, MIN_TILE_WIDTH - 1, -WIDTH_STEP):
        for band_rows in range(1, MAX_BAND_ROWS + 1):
            candidate = _pack(counts, width, tile_width, band_rows)
            if best is None or candidate.height < best.height:
                best = candidate
    assert best is not None
    return best
