"""Initial schema: the data model of DESIGN.md §2 plus the FTS5 search index.

Revision ID: 0001
Revises: 
Create Date: 2026-11-21 08:33:32.533723
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('annotations',
    sa.Column('initiative_slug', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('starred', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('initiative_slug')
    )
    with op.batch_alter_table('annotations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_annotations_starred'), ['starred'], unique=False)

    op.create_table('exchange_rates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('units_per_gbp', sa.String(length=32), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('verified', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('currency', 'year')
    )
    op.create_table('initiatives',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=200), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('bilateral', sa.Boolean(), nullable=False),
    sa.Column('origin', sa.String(length=10), nullable=False),
    sa.Column('announced_value', sa.String(length=10), nullable=True),
    sa.Column('announced_precision', sa.String(length=10), nullable=True),
    sa.Column('announced_sort', sa.String(length=10), nullable=True),
    sa.Column('announced_year', sa.Integer(), nullable=True),
    sa.Column('announced_note', sa.Text(), nullable=True),
    sa.Column('uk_gbp_p', sa.BigInteger(), nullable=False),
    sa.Column('japan_gbp_p', sa.BigInteger(), nullable=False),
    sa.Column('total_gbp_p', sa.BigInteger(), nullable=False),
    sa.Column('n_sources', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('slug')
    )
    with op.batch_alter_table('initiatives', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_initiatives_announced_sort'), ['announced_sort'], unique=False)
        batch_op.create_index(batch_op.f('ix_initiatives_announced_year'), ['announced_year'], unique=False)
        batch_op.create_index(batch_op.f('ix_initiatives_bilateral'), ['bilateral'], unique=False)
        batch_op.create_index(batch_op.f('ix_initiatives_japan_gbp_p'), ['japan_gbp_p'], unique=False)
        batch_op.create_index(batch_op.f('ix_initiatives_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_initiatives_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_initiatives_total_gbp_p'), ['total_gbp_p'], unique=False)
        batch_op.create_index(batch_op.f('ix_initiatives_uk_gbp_p'), ['uk_gbp_p'], unique=False)

    op.create_table('meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('organisations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=200), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('aliases', sa.Text(), nullable=False),
    sa.Column('country', sa.String(length=8), nullable=False),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('origin', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['organisations.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('slug')
    )
    op.create_table('sectors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=100), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('slug')
    )
    op.create_table('sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=200), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('publisher', sa.Text(), nullable=False),
    sa.Column('date_value', sa.String(length=10), nullable=True),
    sa.Column('date_precision', sa.String(length=10), nullable=False),
    sa.Column('date_note', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('attribution', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('original_name', sa.Text(), nullable=True),
    sa.Column('origin', sa.String(length=10), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('slug')
    )
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sources_sha256'), ['sha256'], unique=False)

    op.create_table('tags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('colour', sa.String(length=9), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('annotation_tags',
    sa.Column('initiative_slug', sa.String(length=200), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('initiative_slug', 'tag_id')
    )
    with op.batch_alter_table('annotation_tags', schema=None) as batch_op:
        batch_op.create_index('ix_annotation_tags_tag', ['tag_id', 'initiative_slug'], unique=False)

    op.create_table('excerpts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiatives.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('excerpts', schema=None) as batch_op:
        batch_op.create_index('ix_excerpts_initiative', ['initiative_id', 'source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_excerpts_source_id'), ['source_id'], unique=False)

    op.create_table('initiative_countries',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('country', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiatives.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('initiative_id', 'country')
    )
    with op.batch_alter_table('initiative_countries', schema=None) as batch_op:
        batch_op.create_index('ix_initiative_countries_country', ['country', 'initiative_id'], unique=False)

    op.create_table('initiative_sectors',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('sector_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiatives.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sector_id'], ['sectors.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('initiative_id', 'sector_id')
    )
    with op.batch_alter_table('initiative_sectors', schema=None) as batch_op:
        batch_op.create_index('ix_initiative_sectors_sector', ['sector_id', 'initiative_id'], unique=False)

    op.create_table('excluded_figures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('stated', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('excerpt_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['excerpt_id'], ['excerpts.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiatives.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('excluded_figures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_excluded_figures_initiative_id'), ['initiative_id'], unique=False)

    op.create_table('funding_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('amount', sa.String(length=40), nullable=False),
    sa.Column('amount_h', sa.BigInteger(), nullable=False),
    sa.Column('amount_max', sa.String(length=40), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('qualifier', sa.String(length=20), nullable=False),
    sa.Column('basis', sa.String(length=20), nullable=False),
    sa.Column('period_years', sa.Integer(), nullable=True),
    sa.Column('side', sa.String(length=10), nullable=False),
    sa.Column('scope', sa.String(length=12), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('counted', sa.Boolean(), nullable=False),
    sa.Column('contributor_id', sa.Integer(), nullable=True),
    sa.Column('stated', sa.Text(), nullable=False),
    sa.Column('excerpt_id', sa.Integer(), nullable=True),
    sa.Column('rate_year', sa.Integer(), nullable=True),
    sa.Column('rate_id', sa.Integer(), nullable=True),
    sa.Column('gbp_p', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('conv_amount', sa.String(length=40), nullable=True),
    sa.Column('conv_currency', sa.String(length=3), nullable=True),
    sa.Column('conv_qualifier', sa.String(length=20), nullable=True),
    sa.Column('conv_stated', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['contributor_id'], ['organisations.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['excerpt_id'], ['excerpts.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiatives.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['rate_id'], ['exchange_rates.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('funding_lines', schema=None) as batch_op:
        batch_op.create_index('ix_funding_initiative_side', ['initiative_id', 'side', 'counted'], unique=False)
        batch_op.create_index(batch_op.f('ix_funding_lines_side'), ['side'], unique=False)

    op.create_table('initiative_dates',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=10), nullable=False),
    sa.Column('value', sa.String(length=10), nullable=False),
    sa.Column('precision', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('excerpt_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['excerpt_id'], ['excerpts.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiatives.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('initiative_id', 'label')
    )
    op.create_table('initiative_organisations',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('excerpt_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['excerpt_id'], ['excerpts.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiatives.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('initiative_id', 'organisation_id', 'role')
    )
    with op.batch_alter_table('initiative_organisations', schema=None) as batch_op:
        batch_op.create_index('ix_initiative_organisations_org', ['organisation_id', 'initiative_id'], unique=False)

    op.create_table('initiative_relations',
    sa.Column('from_id', sa.Integer(), nullable=False),
    sa.Column('to_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('excerpt_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['excerpt_id'], ['excerpts.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['from_id'], ['initiatives.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_id'], ['initiatives.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('from_id', 'to_id', 'type')
    )
    with op.batch_alter_table('initiative_relations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_initiative_relations_to_id'), ['to_id'], unique=False)
    # Full-text index over initiative names, summaries, excerpts and user notes (rowid /
    # id = initiatives.id), maintained by store/search.py. SQLite: an FTS5 table. PostgreSQL:
    # the same texts and a weighted tsvector of FTS5's words (core/search_tokens.py) under a
    # GIN index. Not in the models: autogenerate comparisons leave it out.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_index USING fts5("
            "name, summary, excerpts, notes, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")
    else:
        op.execute("CREATE TABLE search_index (id integer PRIMARY KEY, name text NOT NULL, "
                   "summary text NOT NULL, excerpts text NOT NULL, notes text NOT NULL, "
                   "doc tsvector NOT NULL)")
        op.execute("CREATE INDEX ix_search_index_doc ON search_index USING gin (doc)")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_index")
    with op.batch_alter_table('initiative_relations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_initiative_relations_to_id'))

    op.drop_table('initiative_relations')
    with op.batch_alter_table('initiative_organisations', schema=None) as batch_op:
        batch_op.drop_index('ix_initiative_organisations_org')

    op.drop_table('initiative_organisations')
    op.drop_table('initiative_dates')
    with op.batch_alter_table('funding_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funding_lines_side'))
        batch_op.drop_index('ix_funding_initiative_side')

    op.drop_table('funding_lines')
    with op.batch_alter_table('excluded_figures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_excluded_figures_initiative_id'))

    op.drop_table('excluded_figures')
    with op.batch_alter_table('initiative_sectors', schema=None) as batch_op:
        batch_op.drop_index('ix_initiative_sectors_sector')

    op.drop_table('initiative_sectors')
    with op.batch_alter_table('initiative_countries', schema=None) as batch_op:
        batch_op.drop_index('ix_initiative_countries_country')

    op.drop_table('initiative_countries')
    with op.batch_alter_table('excerpts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_excerpts_source_id'))
        batch_op.drop_index('ix_excerpts_initiative')

    op.drop_table('excerpts')
    with op.batch_alter_table('annotation_tags', schema=None) as batch_op:
        batch_op.drop_index('ix_annotation_tags_tag')

    op.drop_table('annotation_tags')
    op.drop_table('tags')
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sources_sha256'))

    op.drop_table('sources')
    op.drop_table('sectors')
    op.drop_table('organisations')
    op.drop_table('meta')
    with op.batch_alter_table('initiatives', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_initiatives_uk_gbp_p'))
        batch_op.drop_index(batch_op.f('ix_initiatives_total_gbp_p'))
        batch_op.drop_index(batch_op.f('ix_initiatives_status'))
        batch_op.drop_index(batch_op.f('ix_initiatives_kind'))
        batch_op.drop_index(batch_op.f('ix_initiatives_japan_gbp_p'))
        batch_op.drop_index(batch_op.f('ix_initiatives_bilateral'))
        batch_op.drop_index(batch_op.f('ix_initiatives_announced_year'))
        batch_op.drop_index(batch_op.f('ix_initiatives_announced_sort'))

    op.drop_table('initiatives')
    op.drop_table('exchange_rates')
    with op.batch_alter_table('annotations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_annotations_starred'))

    op.drop_table('annotations')
