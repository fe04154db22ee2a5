"""Vendors (供应商) are found by name, ignoring width, case and spaces; new names are added."""

from __future__ import annotations

import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.budget.models import Vendor

MAX_NAME = 128


def vendor_key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).casefold()
    return "".join(text.split())[:MAX_NAME]


def clean_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).split())[:MAX_NAME]


def find_vendor(session: Session, name: str) -> Vendor | None:
    key = vendor_key(name)
    if not key:
        return None
    return session.scalars(select(Vendor).where(Vendor.name_key == key)).first()


def vendor_for(session: Session, name: str) -> Vendor | None:
    """The vendor of this name, added when new; None for an empty name."""
    if not vendor_key(name):
        return None
    found = find_vendor(session, name)
    if found is None:
        found = Vendor(name=clean_name(name), name_key=vendor_key(name))
        session.add(found)
        session.flush()
    return found


def vendor_names(session: Session) -> list[str]:
    return list(session.scalars(select(Vendor.name).order_by(Vendor.name)))
