"""The roles a user may have (§11). Kept apart from the models so it imports nothing heavy."""

import enum


class Role(enum.StrEnum):
    MANAGER = "manager"
    SUPERVISOR = "supervisor"
    CLERK = "clerk"
    READ_ONLY = "read_only"
