"""Copy a whole knowledge base from one engine to another: a team database to an SQLite file
for travel (``db export --output FILE.sqlite``), or a file onto an empty team database.

The target must be empty and already migrated to the same schema (``open_database`` does that),
so both sides have the same tables. Rows go table by table in foreign-key order, in batches,
inside one transaction; the search index is rebuilt on the target from the copied rows (its
form differs between engines).

Annotations are copied as the copying member sees them (issue 17): their own, the team's and
other members' shared notes, never another member's private note or personal tag (whoever
runs the copy, even the tables' owner, whom row-level security does not restrict). The
member's own rows become the target's member's (a team role is not the laptop's login), so
their private notes stay theirs in the copy.
"""
from __future__ import annotations

from sqlalchemy import Engine, func, or_, select, update

from . import data_version, engines, search
from .annotations import visible_marks, visible_notes
from .models import Annotation, AnnotationTag, Base, Organisation

BATCH = 5_000


class CopyError(Exception):
    """The copy cannot be made; ``str()`` is a message for the user."""


def copy_knowledge_base(source: Engine, target: Engine) -> dict[str, int]:
    """Copy every row of ``source`` into the empty ``target``; returns rows per table."""
    counts: dict[str, int] = {}
    with source.connect() as src, target.begin() as dst:
        if dst.execute(select(func.count()).select_from(Base.metadata.tables["initiatives"])).scalar():
            raise CopyError(f"{engines.describe(target)} is not empty: copy into a new database.")
        data_version.bump(target)
        me, them = engines.current_user(src), engines.current_user(dst)
        seen = {Annotation.__table__: or_(visible_notes(), visible_marks(Annotation.owner)),
                AnnotationTag.__table__: visible_marks(AnnotationTag.owner)}
        for table in Base.metadata.sorted_tables:
            # Organisations point at their parents: parents are set once every row is there.
            self_ref = table is Organisation.__table__
            n = 0
            query = select(table).order_by(*table.primary_key)
            if table in seen:
                query = query.where(seen[table])
            result = src.execution_options(yield_per=BATCH).execute(query)
            parents = []
            for rows in result.partitions():
                batch = [dict(r._mapping) for r in rows]
                if table in seen and me != them:
                    batch = [{**r, "owner": them} if r["owner"] == me and me else r for r in batch]
                if self_ref:
                    parents += [(r["id"], r["parent_id"]) for r in batch if r["parent_id"] is not None]
                    batch = [{**r, "parent_id": None} for r in batch]
                dst.execute(table.insert(), batch)
                n += len(batch)
            for oid, parent in parents:
                dst.execute(update(table).where(table.c.id == oid).values(parent_id=parent))
            counts[table.name] = n
        engines.after_bulk_copy(dst, Base.metadata.sorted_tables)
        search.rebuild_all(dst)
        data_version.stamp(dst)   # the source's token was copied with its meta rows: a new one
        data_version.bump(target)
    return counts
