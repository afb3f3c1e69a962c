"""Named views: a filter (with its search text) and a sort order the user can reopen."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Engine, delete, insert, select, update

from ..core.filter_codec import filter_from_json, filter_to_json
from ..core.filters import SORT_COLUMNS, Filter, FilterError
from .models import SavedView


class SavedViewError(ValueError):
    pass


@dataclass(frozen=True)
class View:
    name: str
    filter: Filter
    sort: str
    descending: bool


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def _name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise SavedViewError("a view needs a name")
    if len(name) > 200:
        raise SavedViewError("view names are at most 200 characters")
    return name


def save_view(engine: Engine, name: str, f: Filter, sort: str, descending: bool) -> None:
    """Create the view, or replace the one with that name."""
    name = _name(name)
    if sort not in SORT_COLUMNS:
        raise SavedViewError(f"cannot sort by {sort!r}")
    values = dict(filter_json=filter_to_json(f), sort=sort, descending=descending, updated_at=_now())
    with engine.begin() as conn:
        if conn.execute(update(SavedView).where(SavedView.name == name).values(**values)).rowcount == 0:
            conn.execute(insert(SavedView).values(name=name, created_at=values["updated_at"], **values))


def list_views(engine: Engine) -> list[View]:
    """All views by name. A view whose stored filter no longer parses is skipped, not fatal."""
    out = []
    with engine.connect() as conn:
        for r in conn.execute(select(SavedView.name, SavedView.filter_json, SavedView.sort,
                                     SavedView.descending).order_by(SavedView.name)):
            try:
                out.append(View(r.name, filter_from_json(r.filter_json),
                                r.sort if r.sort in SORT_COLUMNS else "announced", bool(r.descending)))
            except FilterError:
                continue
    return out


def get_view(engine: Engine, name: str) -> View:
    for v in list_views(engine):
        if v.name == name:
            return v
    raise SavedViewError(f"no saved view named {name!r}")


def rename_view(engine: Engine, old: str, new: str) -> None:
    old, new = _name(old), _name(new)
    with engine.begin() as conn:
        if old != new and conn.execute(select(SavedView.id).where(SavedView.name == new)).first():
            raise SavedViewError(f"a view named {new!r} already exists")
        if conn.execute(update(SavedView).where(SavedView.name == old)
                        .values(name=new, updated_at=_now())).rowcount == 0:
            raise SavedViewError(f"no saved view named {old!r}")


def delete_view(engine: Engine, name: str) -> None:
    with engine.begin() as conn:
        if conn.execute(delete(SavedView).where(SavedView.name == _name(name))).rowcount == 0:
            raise SavedViewError(f"no saved view named {name!r}")
