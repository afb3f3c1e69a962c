"""The user's notes, stars and tags, keyed by initiative slug so dataset upgrades never orphan them.

Every change that affects search (notes) updates the full-text index in the same transaction.
Every write takes the write lock before it reads (``write_transaction``) and adds rows with
insert-or-ignore, so two processes annotating at once both succeed.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from . import search
from .database import write_transaction
from .models import Annotation, AnnotationTag, Initiative, Tag
from .engines import current_user, insert_ignore

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class AnnotationError(ValueError):
    pass


class NoteConflict(AnnotationError):
    """Someone else changed the note since it was read: nothing was overwritten. ``theirs``
    is the note as it now is, for the caller to show, merge or offer."""

    def __init__(self, slug: str, theirs: str):
        super().__init__(f"The note on {slug} was changed by someone else since you opened it; "
                         "yours was not saved over it.")
        self.slug, self.theirs = slug, theirs


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def _initiative_id(conn: Connection, slug: str) -> int:
    ini_id = conn.execute(select(Initiative.id).where(Initiative.slug == slug)).scalar()
    if ini_id is None:
        raise AnnotationError(f"no initiative with slug {slug!r}")
    return ini_id


def _ensure(conn: Connection, slug: str) -> None:
    now = _now()
    insert_ignore(conn, Annotation.__table__, initiative_slug=slug, note="", starred=False,
                  created_at=now, updated_at=now, updated_by=current_user(conn))


def set_note(engine: Engine, slug: str, note: str, expected: str | None = None) -> None:
    """Save a note. ``expected``: the note as the caller read it; if it is no longer that (another
    member of a team, or another window, saved one meanwhile), ``NoteConflict`` is raised and
    nothing is written: an optimistic check on the note itself, under the writers' lock."""
    with write_transaction(engine) as conn:
        ini_id = _initiative_id(conn, slug)
        if expected is not None:
            now = conn.execute(select(Annotation.note).where(Annotation.initiative_slug == slug)).scalar()
            if (now or "") != expected:
                raise NoteConflict(slug, now or "")
        _ensure(conn, slug)
        conn.execute(update(Annotation).where(Annotation.initiative_slug == slug)
                     .values(note=note, updated_at=_now(), updated_by=current_user(conn)))
        search.reindex(conn, [ini_id])


def set_star(engine: Engine, slug: str, starred: bool) -> None:
    with write_transaction(engine) as conn:
        _initiative_id(conn, slug)
        _ensure(conn, slug)
        conn.execute(update(Annotation).where(Annotation.initiative_slug == slug)
                     .values(starred=starred, updated_at=_now(), updated_by=current_user(conn)))


def tag_name(name: str) -> str:
    """A tag name as stored: whitespace collapsed; empty or over-long names refused."""
    name = " ".join((name or "").split())
    if not name:
        raise AnnotationError("a tag needs a name")
    if len(name) > 100:
        raise AnnotationError("tag names are at most 100 characters")
    return name


def create_tag(engine: Engine, name: str, colour: str | None = None) -> int:
    name = tag_name(name)
    if colour is not None and not _COLOUR.match(colour):
        raise AnnotationError(f"colour {colour!r} is not of the form #RRGGBB")
    with write_transaction(engine) as conn:
        return _create_tag(conn, name, colour)


def _create_tag(conn: Connection, name: str, colour: str | None = None) -> int:
    existing = conn.execute(select(Tag.id).where(Tag.name == name)).scalar()
    if existing is not None:
        if colour is not None:
            conn.execute(update(Tag).where(Tag.id == existing).values(colour=colour))
        return existing
    return conn.execute(insert(Tag).values(name=name, colour=colour)).inserted_primary_key[0]


def tag(engine: Engine, slug: str, name: str) -> None:
    name = tag_name(name)
    with write_transaction(engine) as conn:
        _initiative_id(conn, slug)
        tag_id = _create_tag(conn, name)
        _ensure(conn, slug)
        insert_ignore(conn, AnnotationTag.__table__, initiative_slug=slug, tag_id=tag_id)


def untag(engine: Engine, slug: str, name: str) -> None:
    with write_transaction(engine) as conn:
        tag_id = conn.execute(select(Tag.id).where(Tag.name == tag_name(name))).scalar()
        if tag_id is not None:
            conn.execute(delete(AnnotationTag).where(AnnotationTag.initiative_slug == slug,
                                                     AnnotationTag.tag_id == tag_id))


def rename_tag(engine: Engine, old: str, new: str) -> None:
    old, new = tag_name(old), tag_name(new)
    with write_transaction(engine) as conn:
        if conn.execute(select(Tag.id).where(Tag.name == new)).first() is not None:
            raise AnnotationError(f"a tag named {new!r} already exists")
        if conn.execute(update(Tag).where(Tag.name == old).values(name=new)).rowcount == 0:
            raise AnnotationError(f"no tag named {old!r}")


def set_tag_colour(engine: Engine, name: str, colour: str | None) -> None:
    """Set or clear (None) a tag's colour."""
    if colour is not None and not _COLOUR.match(colour):
        raise AnnotationError(f"colour {colour!r} is not of the form #RRGGBB")
    with write_transaction(engine) as conn:
        if conn.execute(update(Tag).where(Tag.name == tag_name(name)).values(colour=colour)).rowcount == 0:
            raise AnnotationError(f"no tag named {name!r}")


def delete_tag(engine: Engine, name: str) -> list[str]:
    """Delete a tag; returns the slugs it was on (so the caller can offer undo)."""
    with write_transaction(engine) as conn:
        tag_id = conn.execute(select(Tag.id).where(Tag.name == tag_name(name))).scalar()
        if tag_id is None:
            raise AnnotationError(f"no tag named {name!r}")
        slugs = list(conn.execute(select(AnnotationTag.initiative_slug)
                                  .where(AnnotationTag.tag_id == tag_id)).scalars())
        conn.execute(delete(AnnotationTag).where(AnnotationTag.tag_id == tag_id))
        conn.execute(delete(Tag).where(Tag.id == tag_id))
    return slugs


def tags(engine: Engine) -> list[tuple[str, str | None, int]]:
    with engine.connect() as conn:
        n = func.count(AnnotationTag.initiative_slug)
        return [(r[0], r[1], r[2]) for r in conn.execute(
            select(Tag.name, Tag.colour, n).outerjoin(AnnotationTag, AnnotationTag.tag_id == Tag.id)
            .group_by(Tag.id).order_by(Tag.name))]
