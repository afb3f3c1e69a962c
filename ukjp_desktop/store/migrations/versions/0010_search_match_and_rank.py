"""PostgreSQL answers a search from two narrow tables beside ``search_index``, kept by triggers.

``search_index``'s rows are wide (four texts, ``head``; ``doc`` out of line): a common word's
10,062 matches at 100,000 initiatives are on 8,127 of its heap pages, read once to find the
matches' ids and again to rank them, where SQLite's FTS5 reads its own posting lists
(docs/performance.md, SQLite against PostgreSQL, fourth round).

- ``search_match(id, doc)``: the same ``doc`` under its own GIN index, the table made to store
  it out of line (``toast_tuple_target = 128``, ``STORAGE EXTERNAL``): its heap is 5.5 MB, so
  the id set of a search (the count, the facet snapshot's text filter, the SQL path's filter)
  reads 685 heap pages instead of 8,127: "semiconductor" 9-42 → 3 ms.
- ``search_rank(lexeme, id, score)``: for each word of each initiative's name, summary and
  shared notes (``search_index.head``, migration 0009: ~20 words a row, ~2 million rows at
  100,000 initiatives), the ``ts_rank`` that word alone gives the initiative, under a b-tree on
  ``(lexeme, score DESC, id)``: the best page of a one-word search is an index-only scan of its
  first entries, ~0.06 ms for the 100 best of "semiconductor", against ~22 ms ranking its
  10,062 matches.

Sizes at 100,000 initiatives: ``search_match`` 219 MB (a second copy of ``doc``, 15 MB of GIN),
``search_rank`` 171 MB (table 89, indexes 66 and 15 MB).

PostgreSQL keeps both itself: statement-level triggers on ``search_index`` insert and delete
the rows of the initiatives a statement wrote (transition tables: one ``INSERT ... SELECT`` per
statement, not one per row; an update does both, a truncate empties them), so every writer of
the index (build, dataset upgrade, imports and their undo, notes, the rebuild after a copy)
keeps them without knowing they exist. The trigger functions run as their owner (``SECURITY
DEFINER``, their ``search_path`` fixed), so a member who may write the index needs no grant on
these tables; whoever may read ``search_index`` gets SELECT on them here, as on the index (the
README grants ``ON ALL TABLES`` once, before these tables existed). SQLite: nothing (FTS5 reads
its own index for both).

Revision ID: 0010
Revises: 0009
"""
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLES = ("search_match", "search_rank")
# ts_rank's weights {D, C, B, A}: the same as store/engines.py's _TS_WEIGHTS (bm25's proportions);
# the word alone as a tsquery, quoted as core.search_tokens quotes a query's words
_SCORE = ("ts_rank('{0.1, 0.2, 0.4, 1.0}', s.head, "
          "('''' || replace(replace(u.lexeme, '\\', '\\\\'), '''', '''''') || '''')::tsquery)")


def _add(source: str) -> str:
    """Add the initiatives in ``source`` (the index, or a trigger's new rows) to both tables.

    ``doc`` is read from ``search_index`` itself, not from a trigger's rows: there it is a
    pointer to the value stored out of line, and a row holding such a pointer is always
    toasted, so ``search_match`` stores it out of line too. A trigger's rows hold the value
    itself, and a row under ~2 kB is never toasted (``toast_tuple_target`` sets only how far a
    toasted row is reduced): copied from them, the table's heap was 127 MB, not 5.5 MB."""
    among = "" if source == "search_index" else f" WHERE id IN (SELECT id FROM {source})"
    return (f"INSERT INTO search_match (id, doc) SELECT id, doc FROM search_index{among}; "
            f"INSERT INTO search_rank (lexeme, id, score) SELECT u.lexeme, s.id, {_SCORE} "
            f"FROM {source} s, unnest(s.head) u")


_REMOVE = ("DELETE FROM search_match m USING removed o WHERE m.id = o.id; "
           "DELETE FROM search_rank r USING removed o WHERE r.id = o.id")
_TRIGGERS = {   # name: (event and transition tables, body)
    "added": ("INSERT ON search_index REFERENCING NEW TABLE AS added", _add("added")),
    "removed": ("DELETE ON search_index REFERENCING OLD TABLE AS removed", _REMOVE),
    "replaced": ("UPDATE ON search_index REFERENCING OLD TABLE AS removed NEW TABLE AS added",
                 f"{_REMOVE}; {_add('added')}"),
    "emptied": ("TRUNCATE ON search_index", "TRUNCATE search_match, search_rank"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE TABLE search_match (id integer PRIMARY KEY, doc tsvector NOT NULL) "
               "WITH (toast_tuple_target = 128)")
    op.execute("ALTER TABLE search_match ALTER COLUMN doc SET STORAGE EXTERNAL")
    op.execute("CREATE TABLE search_rank (lexeme text NOT NULL, id integer NOT NULL, "
               "score real NOT NULL)")
    op.execute(_add("search_index"))
    op.execute("CREATE INDEX ix_search_match_doc ON search_match USING gin (doc)")
    op.execute("CREATE INDEX ix_search_rank_top ON search_rank (lexeme, score DESC, id)")
    op.execute("CREATE INDEX ix_search_rank_id ON search_rank (id)")
    schema = op.get_bind().exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
    for name, (when, body) in _TRIGGERS.items():
        # run as their owner: a caller's search_path must not choose which tables they write
        op.execute(f"CREATE FUNCTION search_index_{name}() RETURNS trigger LANGUAGE plpgsql "
                   f"SECURITY DEFINER SET search_path = {schema} AS $$ BEGIN {body}; "
                   "RETURN NULL; END $$")
        op.execute(f"REVOKE ALL ON FUNCTION search_index_{name}() FROM PUBLIC")
        op.execute(f"CREATE TRIGGER search_index_{name} AFTER {when} "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION search_index_{name}()")
    # whoever may read the index may read these (members, read-only members, PUBLIC)
    op.execute(f"""
        DO $$ DECLARE g record; BEGIN
          FOR g IN SELECT DISTINCT a.grantee FROM pg_class c, aclexplode(c.relacl) a
                   WHERE c.oid = 'search_index'::regclass AND a.privilege_type = 'SELECT'
                     AND a.grantee <> c.relowner LOOP
            EXECUTE format('GRANT SELECT ON {", ".join(TABLES)} TO %s',
                           CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE g.grantee::regrole::text END);
          END LOOP;
        END $$""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER search_index_{name} ON search_index")
        op.execute(f"DROP FUNCTION search_index_{name}()")
    op.execute(f"DROP TABLE {', '.join(TABLES)}")
