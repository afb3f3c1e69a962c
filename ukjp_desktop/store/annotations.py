"""Members' notes, stars and tags, keyed by initiative slug so dataset upgrades never orphan them.

Private and shared (issue 17, migration 0007): each member has their own note on an initiative,
visible only to them unless they share it (then the team sees it, with its author and time,
and any member may edit it: a shared note is the team's to improve). Stars and tags are
personal (``owner`` = the member) or team-wide (``owner`` = ``TEAM``). The member is
``engines.current_user``: the team database's role, or this computer's user. What a member may
see is decided in SQL by ``visible_notes`` / ``visible_marks`` (the same predicates the filter,
the list and the detail use); on PostgreSQL row-level security enforces the same rule.

Every note change updates the full-text indexes in the same transaction: shared notes are in
the initiative's row of the search index, private ones in their owner's row of the private-notes
index (``search.index_private_note``), which only the owner's searches read. Every write takes the write lock before it reads (``write_transaction``) and adds
rows with insert-or-ignore, so two processes annotating at once both succeed.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone

from sqlalchemy import ColumnElement, Connection, Engine, and_, delete, func, insert, or_, select, update

from ..core.filters import WHOSE
from . import search
from .database import write_transaction
from .engines import current_user, insert_ignore, viewer
from .models import Annotation, AnnotationTag, Initiative, Tag

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
TEAM = ""     # the owner of team-wide stars and tags


class AnnotationError(ValueError):
    pass


class NoteConflict(AnnotationError):
    """Someone else changed the note since it was read: nothing was overwritten. ``theirs``
    is the note as it now is, for the caller to show, merge or offer; ``by`` who saved it."""

    def __init__(self, slug: str, theirs: str, by: str | None = None):
        super().__init__(f"The note on {slug} was changed by someone else since you opened it; "
                         "yours was not saved over it.")
        self.slug, self.theirs, self.by = slug, theirs, by


# ---- who sees what (the one rule, used by filtering, details and the facets) --------------------
def visible_notes(whose: str = "all") -> ColumnElement[bool]:
    """Annotation rows whose note the viewer may count: their own ("mine"), shared ones ("team"),
    or either ("all"). Another member's private note is never visible."""
    _check_whose(whose)
    mine, shared = Annotation.owner == viewer(), Annotation.shared.is_(True)
    return {"mine": mine, "team": shared, "all": or_(mine, shared)}[whose]


def visible_marks(owner_column, whose: str = "all") -> ColumnElement[bool]:
    """Stars or tag uses (by their owner column) the viewer may count: personal ones ("mine"),
    team-wide ones ("team"), or either ("all")."""
    _check_whose(whose)
    mine, team = owner_column == viewer(), owner_column == TEAM
    return {"mine": mine, "team": team, "all": or_(mine, team)}[whose]


def _check_whose(whose: str) -> None:
    if whose not in WHOSE:
        raise AnnotationError(f"unknown owner {whose!r}; choose from {', '.join(WHOSE)}")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def _initiative_id(conn: Connection, slug: str) -> int:
    ini_id = conn.execute(select(Initiative.id).where(Initiative.slug == slug)).scalar()
    if ini_id is None:
        raise AnnotationError(f"no initiative with slug {slug!r}")
    return ini_id


def _ensure(conn: Connection, slug: str, owner: str) -> None:
    now = _now()
    insert_ignore(conn, Annotation.__table__, initiative_slug=slug, owner=owner, note="", shared=False,
                  starred=False, created_at=now, updated_at=now, updated_by=current_user(conn))


def _row(slug: str, owner: str):
    return and_(Annotation.initiative_slug == slug, Annotation.owner == owner)


def set_note(engine: Engine, slug: str, note: str, expected: str | None = None, *,
             owner: str | None = None) -> None:
    """Save the member's own note (``owner`` None), or another member's *shared* note.
    ``expected``: the note as the caller read it; if it is no longer that (another member, or
    another window, saved one meanwhile), ``NoteConflict`` is raised and nothing is written: an
    optimistic check on the note itself, under the writers' lock."""
    with write_transaction(engine) as conn:
        ini_id = _initiative_id(conn, slug)
        me = current_user(conn)
        owner = me if owner is None else owner
        now = conn.execute(select(Annotation.note, Annotation.shared, Annotation.updated_by)
                           .where(_row(slug, owner))).first()
        if owner != me and not (now and now.shared):
            raise AnnotationError(f"{owner or 'the team'} has no shared note on {slug} for you to edit")
        if now is not None and now.note == note:
            return        # already so (a replayed edit, or the same words saved twice)
        if expected is not None and (now.note if now else "") != expected:
            raise NoteConflict(slug, now.note if now else "", now.updated_by if now else None)
        if owner == me:      # another member's shared note exists already; theirs stays theirs
            _ensure(conn, slug, owner)
        conn.execute(update(Annotation).where(_row(slug, owner))
                     .values(note=note, updated_at=_now(), updated_by=me))
        _reindex_note(conn, slug, owner, ini_id)


def share_note(engine: Engine, slug: str, shared: bool) -> None:
    """Show the member's own note to the team (with its author and time), or make it private."""
    with write_transaction(engine) as conn:
        ini_id = _initiative_id(conn, slug)
        me = current_user(conn)
        _ensure(conn, slug, me)
        conn.execute(update(Annotation).where(_row(slug, me))
                     .values(shared=shared, updated_at=_now(), updated_by=me))
        _reindex_note(conn, slug, me, ini_id)


def _reindex_note(conn: Connection, slug: str, owner: str, ini_id: int) -> None:
    """A shared note is in the initiative's row of the search index; a private one only in its
    owner's row of the private-notes index."""
    row = conn.execute(select(Annotation.note, Annotation.shared).where(_row(slug, owner))).first()
    search.index_private_note(conn, slug, owner, None if row is None or row.shared else row.note)
    search.reindex(conn, [ini_id])


def set_star(engine: Engine, slug: str, starred: bool, team: bool = False) -> None:
    """Star for oneself, or (``team``) for the whole team."""
    with write_transaction(engine) as conn:
        _initiative_id(conn, slug)
        owner = TEAM if team else current_user(conn)
        _ensure(conn, slug, owner)
        conn.execute(update(Annotation).where(_row(slug, owner))
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


def tag(engine: Engine, slug: str, name: str, team: bool = False) -> None:
    """Tag for oneself, or (``team``) for the whole team. Tag names are one vocabulary."""
    name = tag_name(name)
    with write_transaction(engine) as conn:
        _initiative_id(conn, slug)
        tag_id = _create_tag(conn, name)
        insert_ignore(conn, AnnotationTag.__table__, initiative_slug=slug, tag_id=tag_id,
                      owner=TEAM if team else current_user(conn))


def untag(engine: Engine, slug: str, name: str, team: bool = False) -> None:
    with write_transaction(engine) as conn:
        tag_id = conn.execute(select(Tag.id).where(Tag.name == tag_name(name))).scalar()
        if tag_id is not None:
            conn.execute(delete(AnnotationTag).where(
                AnnotationTag.initiative_slug == slug, AnnotationTag.tag_id == tag_id,
                AnnotationTag.owner == (TEAM if team else current_user(conn))))


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


def delete_tag(engine: Engine, name: str) -> list[tuple[str, bool]]:
    """Delete a tag name, and with it every use of it (tag names are the team's vocabulary);
    returns the (slug, team-wide) uses the caller could see, so it can offer undo."""
    with write_transaction(engine) as conn:
        tag_id = conn.execute(select(Tag.id).where(Tag.name == tag_name(name))).scalar()
        if tag_id is None:
            raise AnnotationError(f"no tag named {name!r}")
        uses = [(slug, owner == TEAM) for slug, owner in conn.execute(
            select(AnnotationTag.initiative_slug, AnnotationTag.owner)
            .where(AnnotationTag.tag_id == tag_id, visible_marks(AnnotationTag.owner)))]
        conn.execute(delete(AnnotationTag).where(AnnotationTag.tag_id == tag_id))
        conn.execute(delete(Tag).where(Tag.id == tag_id))
    return uses


def tags(engine: Engine) -> list[tuple[str, str | None, int]]:
    """Every tag name with its colour and the number of initiatives the viewer sees it on
    (their own uses and the team's)."""
    with engine.connect() as conn:
        n = func.count(AnnotationTag.initiative_slug.distinct())
        return [(r[0], r[1], r[2]) for r in conn.execute(
            select(Tag.name, Tag.colour, n)
            .outerjoin(AnnotationTag, and_(AnnotationTag.tag_id == Tag.id, visible_marks(AnnotationTag.owner)))
            .group_by(Tag.id).order_by(Tag.name))]
