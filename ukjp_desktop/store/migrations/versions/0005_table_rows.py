"""Rows read by table imports (issue 16): each row's cells, for provenance to the cell; and
indexes on the columns that point at excerpts, so that deleting many excerpts at once (undoing a
large table import, a dataset upgrade) does not scan each of those tables once per excerpt.

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


EXCERPT_REFS = ("initiative_dates", "initiative_organisations", "initiative_relations", "funding_lines",
                "excluded_figures")


def upgrade() -> None:
    op.create_table(
        "table_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("initiative_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("sheet", sa.Text(), nullable=True),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("identifier", sa.String(length=200), nullable=True),
        sa.Column("text_start", sa.Integer(), nullable=False),
        sa.Column("text_end", sa.Integer(), nullable=False),
        sa.Column("cells", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["initiative_id"], ["initiatives.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_table_rows_import_id", "table_rows", ["import_id"])
    op.create_index("ix_table_rows_initiative_id", "table_rows", ["initiative_id"])
    op.create_index("ix_table_rows_identifier", "table_rows", ["identifier"])
    op.create_index("ix_table_rows_source_start", "table_rows", ["source_id", "text_start"])
    for table in EXCERPT_REFS:
        op.create_index(f"ix_{table}_excerpt_id", table, ["excerpt_id"])


def downgrade() -> None:
    for table in EXCERPT_REFS:
        op.drop_index(f"ix_{table}_excerpt_id", table_name=table)
    op.drop_table("table_rows")
