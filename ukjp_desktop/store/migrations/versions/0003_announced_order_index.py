"""Index in the list's default order: newest announced first, undated last.

``Catalog.list`` sorts by ``announced_sort IS NULL, announced_sort DESC, id``. Without an index
in that order SQLite reads and sorts every matching row to return the first page; with it,
the unfiltered first page walks the index and stops after 100 rows (measured at 100,000
initiatives: 19 ms -> 3 ms). The id tie-break needs no column: the index ends in the rowid.

Expression indexes exist in SQLite (>= 3.9) and PostgreSQL alike, so this stays portable.

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_initiatives_announced_order", "initiatives",
                    [sa.text("(announced_sort IS NULL)"), sa.text("announced_sort DESC")])


def downgrade() -> None:
    op.drop_index("ix_initiatives_announced_order", table_name="initiatives")
