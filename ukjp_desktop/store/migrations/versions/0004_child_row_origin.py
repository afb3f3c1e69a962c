"""Origin of the facts attached to an initiative: 'curated' (from the dataset) or 'user' (an import).

A dataset upgrade rewrites a curated initiative's facts. Until now it could not tell the facts a
user attached to a curated initiative through an import from the curated ones, and deleted
both. This adds ``origin`` (NOT NULL, default 'curated') to every child table that the upgrade
rewrites and that an import writes to, and marks the rows earlier imports created as 'user':

- every child row of an initiative with ``origin = 'user'``;
- excerpts with an import's key (``u<N>-...``) or from a source with ``origin = 'user'``;
- the funding lines, dates, organisation links and sectors listed in an import's receipt
  (``meta`` key ``import:<N>``). A receipt lists ids; an old upgrade may have deleted the row and
  re-created a curated one under the same id, so a line, date or link counts as the import's
  only when its excerpt comes from the import's source.

``ALTER TABLE ... ADD COLUMN`` with a constant default needs no table copy on SQLite (a copy
would also fire the ``ON DELETE`` actions of the tables pointing at the copied one).

Revision ID: 0004
Revises: 0003
"""
import json

from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = ("excerpts", "funding_lines", "initiative_dates", "initiative_organisations",
          "initiative_sectors", "initiative_countries")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("origin", sa.String(length=10), nullable=False,
                                       server_default="curated"))
    conn = op.get_bind()
    for table in TABLES:
        conn.execute(sa.text(f"UPDATE {table} SET origin = 'user' WHERE initiative_id IN "
                             "(SELECT id FROM initiatives WHERE origin = 'user')"))
    conn.execute(sa.text("UPDATE excerpts SET origin = 'user' WHERE key LIKE 'u%-%' "
                         "OR source_id IN (SELECT id FROM sources WHERE origin = 'user')"))

    def run(sql: str, **params) -> None:
        conn.execute(sa.text(sql), params)

    # the row's excerpt is one of the import's (same source)
    from_source = "excerpt_id IN (SELECT id FROM excerpts WHERE source_id = :source)"
    for (raw,) in conn.execute(sa.text("SELECT value FROM meta WHERE key LIKE 'import:%'")).all():
        try:
            r = json.loads(raw)
            ini, source = r.get("initiative_id"), int(r["source_id"])
        except (ValueError, KeyError, TypeError):
            continue
        if ini is None:
            continue
        for line_id in r.get("funding_line_ids", []):
            run("UPDATE funding_lines SET origin = 'user' WHERE id = :id AND initiative_id = :ini "
                f"AND {from_source}", id=int(line_id), ini=int(ini), source=source)
        labels = [*r.get("dates_added", []), *(d["label"] for d in r.get("dates_replaced", []))]
        for label in labels:
            run("UPDATE initiative_dates SET origin = 'user' WHERE initiative_id = :ini "
                f"AND label = :label AND {from_source}", ini=int(ini), label=label, source=source)
        for oid, role in r.get("org_links", []):
            run("UPDATE initiative_organisations SET origin = 'user' WHERE initiative_id = :ini "
                f"AND organisation_id = :org AND role = :role AND {from_source}",
                ini=int(ini), org=int(oid), role=role, source=source)
        for sid in r.get("sector_ids", []):
            run("UPDATE initiative_sectors SET origin = 'user' "
                "WHERE initiative_id = :ini AND sector_id = :sector", ini=int(ini), sector=int(sid))


def downgrade() -> None:
    # Native DROP COLUMN (SQLite >= 3.35, PostgreSQL): no table copy, so no cascades.
    for table in reversed(TABLES):
        op.drop_column(table, "origin")
