"""PostgreSQL finds a phrase's matches from an index of adjacent words, without reading vectors.

A phrase of two common words ("quantum sensing": 21,897 matches at 100,000 initiatives) was
found by the GIN index of ``doc`` as "has both words", and PostgreSQL then read each
candidate's whole vector out of line to check the words' positions: 76 ms for its ids, where
FTS5 takes 3 ms (docs/performance.md, SQLite against PostgreSQL, sixth round).

``search_pairs(doc)``: every two words that stand side by side in ``doc`` (positions ``p`` and
``p + 1``, so never across two fields: ``core.search_tokens.tsvector`` leaves a gap between
them), as one lexeme ``'first second'``, each word cut to 255 characters so that any pair fits
in a lexeme (2,046 bytes). A GIN index on that expression over ``search_match`` (migration
0010) answers ``'quantum sensing'`` or ``'quantum sens':*`` exactly: a word never holds a space,
so the pair says which word came first and which after, and a query on pairs never needs the
vectors to be read again (``engines._phrase_hit``; phrases of more words, or with words of 255
characters or more, still check positions, only on the initiatives that hold all their pairs).
The pairs are computed from the stored ``doc`` itself, so they see the positions PostgreSQL's
own phrase operator sees. The index is an expression, not a column: nothing more stored, and
PostgreSQL keeps it on every write of ``search_match`` (which migration 0010's triggers keep).

``search_match.head``: the same small vector of the name, summary and shared-notes words as
``search_index.head`` (migration 0009), generated from ``doc`` and kept in the row, so that a
phrase's page is ranked from the rows its matches are found in (``engines.ranked_page``).

Nothing to grant: a new column is covered by the table's grants, and PUBLIC may run a new
function. Costs at 100,000 initiatives: the pairs' index ~37 MB, ``search_match``'s heap 5.5 ->
35 MB (a common word's ids read more pages: "semiconductor" 2.6 -> ~4-7 ms), ~35 s to upgrade,
and ``ANALYZE search_match`` samples the expression too (~5 s more). SQLite: nothing (FTS5
reads positions from its posting lists).

Revision ID: 0011
Revises: 0010
"""
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# A pair's words each cut to this many characters: 2 * 255 * 4 bytes + a space <= 2,046.
# core.search_tokens.PAIR_WORD_CHARS must say the same.
PAIR_WORD_CHARS = 255


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"""
        CREATE FUNCTION search_pairs(doc tsvector) RETURNS tsvector
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
          WITH w AS (SELECT u.lexeme, p FROM pg_catalog.unnest(doc) u, pg_catalog.unnest(u.positions) p)
          SELECT COALESCE(pg_catalog.array_to_tsvector(pg_catalog.array_agg(
                   pg_catalog.left(a.lexeme, {PAIR_WORD_CHARS}) || ' ' ||
                   pg_catalog.left(b.lexeme, {PAIR_WORD_CHARS}))), ''::pg_catalog.tsvector)
          FROM w a JOIN w b ON b.p = a.p + 1
        $$""")
    # search_match gets the same small ``head`` as search_index (migration 0009), kept in the
    # row (MAIN: compressed, never out of line unless the row outgrows a page), so that a
    # phrase's page is ranked where its matches are found, one bitmap scan of a 35 MB heap,
    # instead of a primary-key probe of search_index's 146 MB heap for each of 21,897 matches
    # (49 -> 16-23 ms). Refilled, not rewritten in place: a stored generated column added to a
    # table with rows would be written before its storage could be set.
    op.execute("DROP INDEX ix_search_match_doc")
    op.execute("TRUNCATE search_match")
    op.execute("ALTER TABLE search_match ADD COLUMN head tsvector "
               "GENERATED ALWAYS AS (ts_filter(doc, '{a,b,c}')) STORED")
    op.execute("ALTER TABLE search_match ALTER COLUMN head SET STORAGE MAIN")
    # No parallel workers, as when its heap was under PostgreSQL's threshold for them (8 MB):
    # starting two for a phrase's 21,897 ids took its count from 7 to 14 ms on two cores.
    op.execute("ALTER TABLE search_match SET (parallel_workers = 0)")
    op.execute("INSERT INTO search_match (id, doc) SELECT id, doc FROM search_index")
    op.execute("CREATE INDEX ix_search_match_doc ON search_match USING gin (doc)")
    op.execute("CREATE INDEX ix_search_match_pairs ON search_match USING gin (search_pairs(doc))")
    # the planner's estimate of a pair's matches comes from the expression's statistics: without
    # them it guessed 500 rows for 21,897
    op.execute("ANALYZE search_match")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_search_match_pairs")
    op.execute("ALTER TABLE search_match DROP COLUMN head")
    op.execute("ALTER TABLE search_match RESET (parallel_workers)")
    op.execute("DROP FUNCTION search_pairs(tsvector)")
