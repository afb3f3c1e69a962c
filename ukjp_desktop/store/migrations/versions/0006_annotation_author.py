"""Who last changed an annotation (issue 17): on a team database the member's database role,
on a file the computer's user. NULL for annotations saved before this revision.

``ALTER TABLE ... ADD COLUMN`` of a nullable column: no table copy on SQLite or PostgreSQL.

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("annotations", sa.Column("updated_by", sa.String(length=100), nullable=True))


def downgrade() -> None:
    op.drop_column("annotations", "updated_by")
