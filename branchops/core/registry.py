"""One mechanism for what areas contribute: KPIs, demo steps, completeness checks, workbook
sheets, import kinds. Items register themselves when their module is imported; a registry
imports its modules the first time it is read."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import Generic, Protocol, TypeVar

from branchops.core.areas import AREA_PACKAGES


class Keyed(Protocol):
    @property
    def key(self) -> str: ...


T = TypeVar("T", bound=Keyed)


def per_area(module: str) -> list[str]:
    """``<area package>.<module>`` for every area, e.g. each area's ``kpis``."""
    return [f"{package}.{module}" for package in AREA_PACKAGES]


def of_active_areas(pairs: Iterable[tuple[str | None, str]]) -> list[str]:
    """The modules of ``(area package or None for always, module)`` whose area exists."""
    return [module for area, module in pairs if area is None or area in AREA_PACKAGES]


class Registry(Generic[T]):
    def __init__(self, what: str, modules: Callable[[], Iterable[str]]) -> None:
        self._what = what
        self._modules = modules
        self._items: dict[str, T] = {}
        self._loaded = False

    def register(self, item: T) -> T:
        if item.key in self._items and self._items[item.key] is not item:
            raise ValueError(f"{self._what} {item.key} registered twice")
        self._items[item.key] = item
        return item

    def _load(self) -> None:
        if not self._loaded:
            for module in self._modules():
                importlib.import_module(module)
            self._loaded = True

    def all(self) -> list[T]:
        self._load()
        return list(self._items.values())

    def get(self, key: str) -> T:
        self._load()
        return self._items[key]

    def isolated(self) -> Registry[T]:
        """An empty registry of the same kind that loads nothing (for tests)."""
        empty: Registry[T] = Registry(self._what, list)
        empty._loaded = True
        return empty
