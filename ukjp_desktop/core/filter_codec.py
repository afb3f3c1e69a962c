"""Filters as JSON, for saved views and for the state restored at the next start.

Unknown keys are ignored and bad values raise ``FilterError``, so a view saved by a newer
version (or edited by hand) never takes the window down.
"""
from __future__ import annotations

import json
from dataclasses import fields
from decimal import Decimal, InvalidOperation

from .filters import Filter, FilterError

_SETS = {"sectors", "kinds", "statuses", "organisations", "countries", "sides", "tags"}
_MONEY = {"gbp_min", "gbp_max"}


def filter_to_dict(f: Filter) -> dict:
    out: dict = {}
    for fd in fields(f):
        v = getattr(f, fd.name)
        if v == fd.default or (fd.name in _SETS and not v):
            continue
        if fd.name in _SETS:
            out[fd.name] = sorted(v)
        elif fd.name in _MONEY:
            out[fd.name] = str(v)  # exact: never a float
        else:
            out[fd.name] = v
    return out


def filter_from_dict(data: dict) -> Filter:
    if not isinstance(data, dict):
        raise FilterError("a saved filter must be a JSON object")
    kwargs: dict = {}
    names = {fd.name for fd in fields(Filter)}
    for key, v in data.items():
        if key not in names:
            continue
        if key in _SETS:
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                raise FilterError(f"saved filter field {key!r} must be a list of strings")
            kwargs[key] = frozenset(v)
        elif key in _MONEY:
            try:
                kwargs[key] = Decimal(str(v)) if v is not None else None
            except InvalidOperation:
                raise FilterError(f"saved filter field {key!r} is not an amount") from None
        elif key in ("year_from", "year_to"):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool)):
                raise FilterError(f"saved filter field {key!r} must be a year")
            kwargs[key] = v
        elif key in ("text", "whose"):
            if not isinstance(v, str):
                raise FilterError(f"saved filter {key} must be a string")
            kwargs[key] = v
        else:
            kwargs[key] = bool(v)
    return Filter(**kwargs)


def filter_to_json(f: Filter) -> str:
    return json.dumps(filter_to_dict(f), sort_keys=True, ensure_ascii=False)


def filter_from_json(text: str) -> Filter:
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        raise FilterError("the saved filter is not valid JSON") from None
    return filter_from_dict(data)
