"""PostgreSQL ranks search matches by a small in-row vector, not the whole out-of-line one.

``ts_rank`` over ``search_index.doc`` read every match's whole ``tsvector``, which is stored
out of line (TOAST, ~1.8 kB a row): ranking the 10,000 matches of a common word at 100,000
initiatives read 10,000 TOAST entries, ~70 ms. ``head`` holds the words of the name, summary
and shared notes only (``ts_filter`` keeps weights A, B, C: ~20 words, ~300 bytes, kept in the
row), computed by PostgreSQL itself from ``doc`` (a stored generated column), so every writer of
the index maintains it without knowing it exists. Ranking the same 10,000 matches over it:
~20 ms (docs/performance.md, SQLite against PostgreSQL). SQLite: nothing (FTS5 ranks from its
own index).

Revision ID: 0009
Revises: 0008
"""
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE search_index ADD COLUMN head tsvector "
               "GENERATED ALWAYS AS (ts_filter(doc, '{a,b,c}')) STORED")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE search_index DROP COLUMN head")
