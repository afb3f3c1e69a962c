"""Small facts about the whole database the window needs once: year span, sector names."""
from __future__ import annotations

from sqlalchemy import Engine, func, select

from .filtering import I
from .models import Sector


def year_bounds(engine: Engine) -> tuple[int, int] | None:
    with engine.connect() as conn:
        lo, hi = conn.execute(select(func.min(I.c.announced_year), func.max(I.c.announced_year))).one()
    return (int(lo), int(hi)) if lo is not None else None


def sector_names(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(select(Sector.slug, Sector.name)).all())
