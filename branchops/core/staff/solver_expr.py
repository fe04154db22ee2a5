"""The type of a linear expression in the roster model.

ortools' own ``LinearExprT`` also admits numpy integers, whose operators refuse ortools'
variables, so arithmetic on a value of that type does not type-check. The model only ever
builds expressions from variables and Python ints.
"""

from __future__ import annotations

from typing import TypeAlias

from ortools.sat.python import cp_model

Expr: TypeAlias = cp_model.LinearExpr | int
