"""One mechanism for what areas contribute: KPIs, demo steps, completeness checks, agenda items,
workbook sheets, import kinds. Items register themselves when their module is imported; a registry
imports the modules named by its pattern (see ``core/areas.py``) the first time it is read."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable
from types import FrameType
from typing import Generic, Protocol, TypeVar

from branchops.core.areas import area_keys, contributions


class Keyed(Protocol):
    @property
    def key(self) -> str: ...


T = TypeVar("T", bound=Keyed)


def per_area(pattern: str) -> Callable[[], list[tuple[str | None, str]]]:
    """The modules named by ``pattern`` (e.g. ``"branchops.core.{key}.kpis"``) of every area."""
    return lambda: list(contributions(pattern))


def key_owner(key: str) -> str | None:
    """The area whose name an item key starts with (``quality.average_score`` → quality)."""
    head = key.replace("_", ".").split(".", 1)[0]
    return head if head in area_keys() else None


def _registering_area() -> str | None:
    """The area of the module that is registering: the first caller whose module path names an
    area (``branchops.core.quality.kpis`` → quality), also when it was imported directly."""
    keys = set(area_keys())
    frame: FrameType | None = sys._getframe(2)
    while frame is not None:
        parts = str(frame.f_globals.get("__name__", "")).split(".")
        if parts[0] == "branchops":
            found = next((part for part in parts[1:] if part in keys), None)
            if found is not None:
                return found
        frame = frame.f_back
    return None


class Registry(Generic[T]):
    def __init__(self, what: str, modules: Callable[[], Iterable[tuple[str | None, str]]]) -> None:
        self._what = what
        self._modules = modules
        self._items: dict[str, T] = {}
        self._origin: dict[str, str | None] = {}
        self._loading: str | None = None
        self._loaded = False
        self._imported: set[str] = set()

    def register(self, item: T) -> T:
        if item.key in self._items and self._items[item.key] is not item:
            raise ValueError(f"{self._what} {item.key} registered twice")
        area = self._loading or _registering_area()
        owner = key_owner(item.key)
        if area is not None and owner not in (None, area):
            raise ValueError(
                f"{self._what} {item.key} is registered by area {area}, "
                f"under the key of area {owner}"
            )
        self._items[item.key] = item
        self._origin[item.key] = area
        return item

    def _load(self, only_area: str | None = None) -> None:
        if self._loaded:
            return
        for area, module in self._modules():
            if module in self._imported or (only_area is not None and area != only_area):
                continue
            self._loading = area
            try:
                importlib.import_module(module)
            finally:
                self._loading = None
            self._imported.add(module)
        if only_area is None:
            self._loaded = True

    def all(self) -> list[T]:
        self._load()
        return list(self._items.values())

    def of_area(self, area: str) -> list[T]:
        """The items ``area``'s module registers, importing no other area's module."""
        self._load(only_area=area)
        return [item for key, item in self._items.items() if self._origin[key] == area]

    def get(self, key: str) -> T:
        self._load()
        return self._items[key]

    def area_of(self, key: str) -> str | None:
        """The area whose module registered ``key`` (None for the shell's own items)."""
        self._load()
        return self._origin.get(key)

    def isolated(self) -> Registry[T]:
        """An empty registry of the same kind that loads nothing (for tests)."""
        empty: Registry[T] = Registry(self._what, list)
        empty._loaded = True
        return empty
