"""Errors a user can cause: each carries messages in the user's language, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """Something the user can fix; ``str(error)`` says what and what to do."""


@dataclass(frozen=True)
class FieldProblem:
    field: str  # the input's name, e.g. "code" or "items[3].weight"
    message: str


class ValidationError(UserError):
    """One or more fields are wrong. The UI shows each next to its field; the CLI one a line."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.message for p in problems))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls([FieldProblem(field, message)])

    def for_field(self, field: str) -> list[str]:
        return [p.message for p in self.problems if p.field == field]


class PermissionDenied(UserError):
    pass


class NotFound(UserError):
    pass


class Problems:
    """Collects field problems and raises them all at once."""

    def __init__(self) -> None:
        self.items: list[FieldProblem] = []

    def add(self, field: str, message: str) -> None:
        self.items.append(FieldProblem(field, message))

    def require(self, ok: bool, field: str, message: str) -> None:
        if not ok:
            self.add(field, message)

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(list(self.items))


class ConflictError(UserError):
    """The record was changed by someone else since the user opened it; nothing was saved."""
