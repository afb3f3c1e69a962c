"""Small read-only look-ups the import review view needs (plain records, no ORM objects).

Writing stays in ``store.importer``; this module only answers questions: which initiatives can
facts be attached to, is this text already stored, which organisations did the user add in
earlier imports (so the gazetteer knows them next time).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select

from ..core.extract.organisations import GazetteerEntry
from ..core.extract.user_gazetteer import load_user_entries
from ..core.extract.readers import text_sha256
from .models import Initiative, Organisation, Source


@dataclass(frozen=True)
class InitiativeChoice:
    slug: str
    name: str
    kind: str
    year: int | None
    origin: str


@dataclass(frozen=True)
class StoredSource:
    slug: str
    title: str
    origin: str


def initiative_choices(engine: Engine) -> list[InitiativeChoice]:
    """Every initiative, by name: the review view's "attach to an existing initiative" list."""
    i = Initiative
    with engine.connect() as conn:
        rows = conn.execute(select(i.slug, i.name, i.kind, i.announced_year, i.origin)
                            .order_by(func.lower(i.name), i.slug)).all()
    return [InitiativeChoice(*r) for r in rows]


def stored_source(engine: Engine, text: str) -> StoredSource | None:
    """The Source already holding exactly this text (same SHA-256), if any."""
    with engine.connect() as conn:
        row = conn.execute(select(Source.slug, Source.title, Source.origin)
                           .where(Source.sha256 == text_sha256(text)).order_by(Source.id)).first()
    return StoredSource(*row) if row else None


def user_organisations(engine: Engine) -> list[GazetteerEntry]:
    """Organisations earlier imports created (``origin = 'user'``), as gazetteer entries."""
    o = Organisation
    with engine.connect() as conn:
        rows = conn.execute(select(o.slug, o.name, o.country, o.type, o.aliases)
                            .where(o.origin == "user").order_by(o.id)).all()
    return [GazetteerEntry(slug, name, country or "", type_ or "other",
                           tuple(a for a in (aliases or "").split("\n") if a.strip()))
            for slug, name, country, type_, aliases in rows]


def users_bodies(engine: Engine, own_file) -> tuple[tuple[GazetteerEntry, ...], list[GazetteerEntry]]:
    """What a user adds to the built-in gazetteer, for the window and the command line alike: the organisations
    earlier imports created, then the entries of their own file (``own_file``; rows it cannot use are skipped).
    Returns (all of them, the file's)."""
    own = load_user_entries(own_file)
    return (*user_organisations(engine), *own), own
