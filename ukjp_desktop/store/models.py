"""SQLAlchemy 2 typed ORM: the whole data model of DESIGN.md §2.

Money is stored as integer hundredths of the stated currency (``*_h`` columns) plus the exact
decimal string as written in the dataset; GBP figures are derived columns, recomputed by
``store.build`` from the rate table, and every line records which rate it used.
Curated rows carry ``origin = 'curated'``; rows a user adds carry ``origin = 'user'`` and are
never touched by a dataset upgrade. That holds for the facts attached to an initiative too
(excerpts, funding lines, dates, organisation links, sectors, countries): a user's import can add
them to a curated initiative, and the upgrade rewrites only the curated ones. Annotations key
on initiative slugs so an upgrade that re-creates curated rows can never orphan them.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


def _child_origin():
    """'curated' (written by store.build) or 'user' (written by an import): migration 0004.

    A dataset upgrade rewrites only the curated facts of a curated initiative."""
    return mapped_column(String(10), default="curated", server_default="curated")


class Meta(Base):
    """Key/value facts about the database: dataset version, build time."""
    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Source(Base):
    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str] = mapped_column(Text)
    date_value: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str] = mapped_column(String(10), default="unknown")
    date_note: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    attribution: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(10), default="curated")


class Organisation(Base):
    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(Text)
    aliases: Mapped[str] = mapped_column(Text, default="")   # newline-separated
    country: Mapped[str] = mapped_column(String(8))
    type: Mapped[str] = mapped_column(String(32))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    origin: Mapped[str] = mapped_column(String(10), default="curated")


class Sector(Base):
    __tablename__ = "sectors"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(Text)


class ExchangeRate(Base):
    __tablename__ = "exchange_rates"
    __table_args__ = (UniqueConstraint("currency", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    year: Mapped[int] = mapped_column(Integer)
    units_per_gbp: Mapped[str] = mapped_column(String(32))   # exact decimal string
    source: Mapped[str] = mapped_column(Text)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)


class Initiative(Base):
    __tablename__ = "initiatives"
    # The list's default order (migration 0003): lets the first page stop after 100 rows.
    # The year index ends in the id (migration 0008): a year range's ids from the index alone.
    __table_args__ = (Index("ix_initiatives_announced_order", text("(announced_sort IS NULL)"),
                            text("announced_sort DESC")),
                      Index("ix_initiatives_year_id", "announced_year", "id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    bilateral: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    origin: Mapped[str] = mapped_column(String(10), default="curated")
    # the list's date: announced, else started (denormalised from initiative_dates) for sorting
    # and year filters:
    # *_sort is the ISO first day of the stated period, *_year its year
    announced_value: Mapped[str | None] = mapped_column(String(10))
    announced_precision: Mapped[str | None] = mapped_column(String(10))
    announced_sort: Mapped[str | None] = mapped_column(String(10), index=True)
    announced_year: Mapped[int | None] = mapped_column(Integer)
    announced_note: Mapped[str | None] = mapped_column(Text)
    # derived by store.build from counted funding lines (current, scope bilateral or context), pence
    uk_gbp_p: Mapped[int] = mapped_column(BigInteger, default=0, index=True)
    japan_gbp_p: Mapped[int] = mapped_column(BigInteger, default=0, index=True)
    total_gbp_p: Mapped[int] = mapped_column(BigInteger, default=0, index=True)
    n_sources: Mapped[int] = mapped_column(Integer, default=0)

    excerpts: Mapped[list["Excerpt"]] = relationship(
        back_populates="initiative", foreign_keys="Excerpt.initiative_id", cascade="all, delete-orphan")


class InitiativeDate(Base):
    """Announced / started / ended, each with its precision, note and supporting excerpt."""
    __tablename__ = "initiative_dates"
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True)
    label: Mapped[str] = mapped_column(String(10), primary_key=True)
    value: Mapped[str] = mapped_column(String(10))
    precision: Mapped[str] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(Text)
    # indexed (migration 0005): deleting an excerpt sets these to NULL, and without an index
    # SQLite scans the whole table per excerpt (undoing a 50,000-row table import took minutes)
    excerpt_id: Mapped[int | None] = mapped_column(ForeignKey("excerpts.id", ondelete="SET NULL"), index=True)
    origin: Mapped[str] = _child_origin()


class Excerpt(Base):
    __tablename__ = "excerpts"
    __table_args__ = (Index("ix_excerpts_initiative", "initiative_id", "source_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"))
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(32))   # id within the curated record ("e3")
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = _child_origin()

    initiative: Mapped[Initiative] = relationship(back_populates="excerpts", foreign_keys=[initiative_id])


class InitiativeSector(Base):
    __tablename__ = "initiative_sectors"
    __table_args__ = (Index("ix_initiative_sectors_sector", "sector_id", "initiative_id"),)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True)
    sector_id: Mapped[int] = mapped_column(ForeignKey("sectors.id", ondelete="CASCADE"), primary_key=True)
    origin: Mapped[str] = _child_origin()


class InitiativeCountry(Base):
    __tablename__ = "initiative_countries"
    __table_args__ = (Index("ix_initiative_countries_country", "country", "initiative_id"),)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True)
    country: Mapped[str] = mapped_column(String(8), primary_key=True)
    origin: Mapped[str] = _child_origin()


class InitiativeOrganisation(Base):
    __tablename__ = "initiative_organisations"
    __table_args__ = (Index("ix_initiative_organisations_org", "organisation_id", "initiative_id"),)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(32), primary_key=True)
    excerpt_id: Mapped[int | None] = mapped_column(ForeignKey("excerpts.id", ondelete="SET NULL"), index=True)
    origin: Mapped[str] = _child_origin()


class Relation(Base):
    __tablename__ = "initiative_relations"
    from_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True)
    to_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True, index=True)
    type: Mapped[str] = mapped_column(String(32), primary_key=True)
    excerpt_id: Mapped[int | None] = mapped_column(ForeignKey("excerpts.id", ondelete="SET NULL"), index=True)


class FundingLine(Base):
    __tablename__ = "funding_lines"
    __table_args__ = (Index("ix_funding_initiative_side", "initiative_id", "side", "counted"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    amount: Mapped[str] = mapped_column(String(40))            # exact decimal, stated currency
    amount_h: Mapped[int] = mapped_column(BigInteger)          # hundredths of the stated currency
    amount_max: Mapped[str | None] = mapped_column(String(40))
    currency: Mapped[str] = mapped_column(String(3))
    qualifier: Mapped[str] = mapped_column(String(20), default="exact")
    basis: Mapped[str] = mapped_column(String(20), default="total")
    period_years: Mapped[int | None] = mapped_column(Integer)
    side: Mapped[str] = mapped_column(String(10), index=True)
    scope: Mapped[str] = mapped_column(String(12), default="bilateral")
    status: Mapped[str] = mapped_column(String(12), default="current")
    counted: Mapped[bool] = mapped_column(Boolean, default=True)  # current and not non_funding
    contributor_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    stated: Mapped[str] = mapped_column(Text)
    excerpt_id: Mapped[int | None] = mapped_column(ForeignKey("excerpts.id", ondelete="SET NULL"), index=True)
    rate_year: Mapped[int | None] = mapped_column(Integer)     # the year asked for
    rate_id: Mapped[int | None] = mapped_column(ForeignKey("exchange_rates.id", ondelete="SET NULL"))
    gbp_p: Mapped[int] = mapped_column(BigInteger, default=0)  # derived: pence
    note: Mapped[str | None] = mapped_column(Text)
    conv_amount: Mapped[str | None] = mapped_column(String(40))
    conv_currency: Mapped[str | None] = mapped_column(String(3))
    conv_qualifier: Mapped[str | None] = mapped_column(String(20))
    conv_stated: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = _child_origin()


class ExcludedFigure(Base):
    __tablename__ = "excluded_figures"
    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"), index=True)
    stated: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    excerpt_id: Mapped[int | None] = mapped_column(ForeignKey("excerpts.id", ondelete="SET NULL"), index=True)


class Annotation(Base):
    """One member's note and star on an initiative, keyed by its stable slug and the member
    (migration 0007). ``owner`` is the member (a team database's role, or this computer's user);
    ``TEAM`` (the empty name) is the team's own row, which holds the team-wide star. A note is
    private to its owner unless ``shared``; see store/annotations.py."""
    __tablename__ = "annotations"
    initiative_slug: Mapped[str] = mapped_column(String(200), primary_key=True)
    owner: Mapped[str] = mapped_column(String(100), primary_key=True, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    starred: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # who saved it last: a team database's role, or this computer's user (migration 0006); on a
    # shared note another member may have edited it
    updated_by: Mapped[str | None] = mapped_column(String(100))


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    colour: Mapped[str | None] = mapped_column(String(9))


class AnnotationTag(Base):
    """A tag on an initiative, personal (``owner`` = the member) or team-wide (``owner`` = '')."""
    __tablename__ = "annotation_tags"
    __table_args__ = (Index("ix_annotation_tags_tag", "tag_id", "initiative_slug"),)
    initiative_slug: Mapped[str] = mapped_column(String(200), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)
    owner: Mapped[str] = mapped_column(String(100), primary_key=True, default="")


class SavedView(Base):
    """A named filter + search + sort the user can reopen (added in migration 0002)."""
    __tablename__ = "saved_views"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    filter_json: Mapped[str] = mapped_column(Text)
    sort: Mapped[str] = mapped_column(String(32), default="announced")
    descending: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class TableRow(Base):
    """A row a table import read (issue 16, migration 0005): its cells, kept so a fact can cite
    "Row 17 of awards.xlsx, sheet 'Japan': Award (£) = 1,250,000" and Show in source can open
    the row. ``text_start``/``text_end`` are the row's lines in the import's Source text, where
    its facts' excerpts lie; ``import_id`` is the table import's number (``meta`` table_import:N)."""
    __tablename__ = "table_rows"
    __table_args__ = (Index("ix_table_rows_source_start", "source_id", "text_start"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(Integer, index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    initiative_id: Mapped[int | None] = mapped_column(ForeignKey("initiatives.id", ondelete="SET NULL"),
                                                      index=True)
    file_name: Mapped[str] = mapped_column(Text)
    sheet: Mapped[str | None] = mapped_column(Text)
    row_number: Mapped[int] = mapped_column(Integer)
    identifier: Mapped[str | None] = mapped_column(String(200), index=True)
    text_start: Mapped[int] = mapped_column(Integer)
    text_end: Mapped[int] = mapped_column(Integer)
    cells: Mapped[str] = mapped_column(Text)     # JSON [[header, text], ...] in column order
