"""Private and shared annotations (issue 17): every member has their own note and star on an
initiative, and their own or the team's tags.

``annotations`` is keyed by (initiative_slug, owner): ``owner`` is the member, or '' for the
team's row (the team-wide star); a note is private to its owner unless ``shared``.
``annotation_tags`` gains ``owner`` in its key the same way ('' = a team-wide tag).

What existing annotations become (docs/architecture.md, "Private and shared annotations"):
a note stays its author's (``updated_by``, else the member running the upgrade) and is
**shared**; stars and tags become **team-wide**. Before this revision everything was visible to
whoever opened the database, so nothing anyone could see disappears from view.

Private notes are searched, by their owner only, in ``search_index_notes`` (one row per
member and initiative; shared notes stay in ``search_index``).

On PostgreSQL the database itself keeps private notes private: row-level security lets a role
see only its own rows, shared notes and the team's rows (and only its own private-notes index
rows) (the tables' owner, who runs upgrades,
is exempt, as PostgreSQL exempts owners and superusers).

The tables are small (one row per annotated initiative), so they are read, dropped and written
again: the same steps on both engines, where SQLite could not change a primary key in place.

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_VISIBLE = "(owner = CAST(current_user AS text) OR owner = '' OR shared)"
_OWN = "(owner = CAST(current_user AS text) OR owner = '')"


def _current_user(bind) -> str:
    from ukjp_desktop.store.engines import current_user
    return current_user(bind)


def _create(with_owner_policies: bool) -> None:
    op.create_table(
        "annotations",
        sa.Column("initiative_slug", sa.String(length=200), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("starred", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("initiative_slug", "owner"))
    op.create_index("ix_annotations_starred", "annotations", ["starred"], unique=False)
    op.create_table(
        "annotation_tags",
        sa.Column("initiative_slug", sa.String(length=200), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("initiative_slug", "tag_id", "owner"))
    op.create_index("ix_annotation_tags_tag", "annotation_tags", ["tag_id", "initiative_slug"], unique=False)
    if with_owner_policies:
        for stmt in (
            "ALTER TABLE annotations ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY members_read ON annotations FOR SELECT USING {_VISIBLE}",
            f"CREATE POLICY members_add ON annotations FOR INSERT WITH CHECK {_OWN}",
            # a shared note may be edited by any member (its owner stays its owner)
            f"CREATE POLICY members_change ON annotations FOR UPDATE USING {_VISIBLE} WITH CHECK {_VISIBLE}",
            f"CREATE POLICY members_remove ON annotations FOR DELETE USING {_OWN}",
            "ALTER TABLE annotation_tags ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY members_tags ON annotation_tags USING {_OWN} WITH CHECK {_OWN}",
        ):
            op.execute(stmt)


def _create_private_index(postgres: bool) -> None:
    """Private notes are searched in an index of their own, one row per member and initiative
    (the shared index has one row per initiative and no reader). Not in the models, like
    ``search_index``. Empty here: every note that exists before this revision becomes shared."""
    if not postgres:
        op.execute("CREATE VIRTUAL TABLE search_index_notes USING fts5("
                   "slug UNINDEXED, owner UNINDEXED, note, "
                   "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")
        return
    op.execute("CREATE TABLE search_index_notes (slug varchar(200) NOT NULL, owner varchar(100) NOT NULL, "
               "doc tsvector NOT NULL, PRIMARY KEY (slug, owner))")
    op.execute("CREATE INDEX ix_search_index_notes_doc ON search_index_notes USING gin (doc)")
    op.execute("ALTER TABLE search_index_notes ENABLE ROW LEVEL SECURITY")
    op.execute("CREATE POLICY members_own ON search_index_notes "
               "USING (owner = CAST(current_user AS text)) WITH CHECK (owner = CAST(current_user AS text))")


def upgrade() -> None:
    bind = op.get_bind()
    me = _current_user(bind)
    old = sa.table("annotations", sa.column("initiative_slug"), sa.column("note"), sa.column("starred"),
                   sa.column("created_at"), sa.column("updated_at"), sa.column("updated_by"))
    old_tags = sa.table("annotation_tags", sa.column("initiative_slug"), sa.column("tag_id"))
    rows = bind.execute(sa.select(old)).all()
    tag_rows = bind.execute(sa.select(old_tags)).all()
    new: dict[tuple[str, str], dict] = {}
    for r in rows:
        base = dict(initiative_slug=r.initiative_slug, note="", shared=False, starred=False,
                    created_at=r.created_at, updated_at=r.updated_at, updated_by=r.updated_by)
        if r.note:
            owner = r.updated_by or me
            new.setdefault((r.initiative_slug, owner), dict(base, owner=owner)).update(note=r.note, shared=True)
        if r.starred:
            new.setdefault((r.initiative_slug, ""), dict(base, owner="")).update(starred=True)
    op.drop_table("annotation_tags")
    op.drop_table("annotations")
    _create(bind.dialect.name == "postgresql")
    _create_private_index(bind.dialect.name == "postgresql")
    t = sa.table("annotations", *(sa.column(c) for c in (
        "initiative_slug", "owner", "note", "shared", "starred", "created_at", "updated_at", "updated_by")))
    if new:
        bind.execute(t.insert(), list(new.values()))
    if tag_rows:
        bind.execute(sa.table("annotation_tags", sa.column("initiative_slug"), sa.column("tag_id"),
                              sa.column("owner")).insert(),
                     [dict(initiative_slug=r.initiative_slug, tag_id=r.tag_id, owner="") for r in tag_rows])
    # the search index now holds shared notes only: refresh the annotated initiatives' rows
    from ukjp_desktop.store.engines import reindex
    noted = sorted({slug for slug, _owner in new})
    if noted:
        ids = bind.execute(sa.text("SELECT id FROM initiatives WHERE slug IN :slugs")
                           .bindparams(sa.bindparam("slugs", expanding=True)), {"slugs": noted}).scalars().all()
        reindex(bind, ids)


def downgrade() -> None:
    """One row per initiative again: its members' notes one after another (a blank line
    between), starred if anyone starred it, every tag once. Ownership is lost."""
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT initiative_slug, owner, note, starred, created_at, updated_at, "
                                "updated_by FROM annotations ORDER BY initiative_slug, owner")).all()
    tag_rows = bind.execute(sa.text("SELECT DISTINCT initiative_slug, tag_id FROM annotation_tags")).all()
    old: dict[str, dict] = {}
    for r in rows:
        o = old.setdefault(r.initiative_slug, dict(initiative_slug=r.initiative_slug, note="", starred=False,
                                                   created_at=r.created_at, updated_at=r.updated_at,
                                                   updated_by=r.updated_by))
        if r.note:
            o["note"] = f"{o['note']}\n\n{r.note}" if o["note"] else r.note
        o["starred"] = o["starred"] or bool(r.starred)
    op.execute("DROP TABLE search_index_notes")
    op.drop_table("annotation_tags")
    op.drop_table("annotations")
    op.create_table(
        "annotations",
        sa.Column("initiative_slug", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("starred", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("initiative_slug"))
    op.create_index("ix_annotations_starred", "annotations", ["starred"], unique=False)
    op.create_table(
        "annotation_tags",
        sa.Column("initiative_slug", sa.String(length=200), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("initiative_slug", "tag_id"))
    op.create_index("ix_annotation_tags_tag", "annotation_tags", ["tag_id", "initiative_slug"], unique=False)
    if old:
        bind.execute(sa.table("annotations", *(sa.column(c) for c in (
            "initiative_slug", "note", "starred", "created_at", "updated_at", "updated_by"))).insert(),
            list(old.values()))
    if tag_rows:
        bind.execute(sa.table("annotation_tags", sa.column("initiative_slug"), sa.column("tag_id")).insert(),
                     [dict(initiative_slug=r.initiative_slug, tag_id=r.tag_id) for r in tag_rows])
