"""Lower convex hull facets of small integer point sets, for the contract-hours bound.

Pure integer geometry with no solver in it: ``solver_objective`` turns the facets into plain
inequalities so the LP relaxation sees the hull of the weekly shift patterns.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache, reduce
from itertools import combinations
from math import gcd


@lru_cache(maxsize=4096)
def lower_facets(points: tuple[tuple[int, ...], ...]) -> tuple[tuple[int, ...], ...]:
    """Facets of the epigraph hull of integer points (x_1 .. x_k, y): conv(points) plus every
    point above them. Each is integers (a_1 .. a_k, b, rhs), b >= 0, meaning a.x + b.y >= rhs
    for every point; b = 0 are the side facets that bound x alone.

    Brute force over point subsets; callers keep k and the number of points small."""
    dim = len(points[0])
    found: set[tuple[int, ...]] = set()
    for subset in combinations(points, dim):
        normal = _normal(subset)
        if normal[-1] != 0:
            _add_facet(found, points, subset[0], normal if normal[-1] > 0 else _neg(normal))
    for subset in combinations(points, dim - 1):
        side = (*_normal(tuple(p[:-1] for p in subset)), 0) if dim > 2 else (1, 0)
        if any(side):
            _add_facet(found, points, subset[0], side)
            _add_facet(found, points, subset[0], _neg(side))
    if len(points) == 1:
        found.add((*([0] * (dim - 1)), 1, points[0][-1]))
    return tuple(sorted(found))


def _add_facet(
    found: set[tuple[int, ...]],
    points: tuple[tuple[int, ...], ...],
    base: tuple[int, ...],
    normal: tuple[int, ...],
) -> None:
    divisor = reduce(gcd, normal)
    normal = tuple(n // divisor for n in normal)
    rhs = _dot(normal, base)
    if (*normal, rhs) in found:
        return
    above = False
    for point in points:
        value = _dot(normal, point)
        if value < rhs:
            return
        above = above or value > rhs
    # a side facet with every point on it would be an equality: left out
    if normal[-1] > 0 or above:
        found.add((*normal, rhs))


def _dot(a: Sequence[int], b: Sequence[int]) -> int:
    return sum(x * y for x, y in zip(a, b, strict=True))


def _neg(vector: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(-v for v in vector)


def _normal(subset: tuple[tuple[int, ...], ...]) -> tuple[int, ...]:
    """Integer normal of the hyperplane through ``len(subset)`` points in as many dimensions
    (all zero when they are degenerate)."""
    rows = [[v - b for v, b in zip(p, subset[0], strict=True)] for p in subset[1:]]
    return tuple(
        (-1) ** i * _det([row[:i] + row[i + 1 :] for row in rows]) for i in range(len(subset))
    )


def _det(matrix: list[list[int]]) -> int:
    if not matrix:
        return 1
    if len(matrix) == 1:
        return matrix[0][0]
    return sum(
        (-1) ** j * matrix[0][j] * _det([row[:j] + row[j + 1 :] for row in matrix[1:]])
        for j in range(len(matrix))
    )
