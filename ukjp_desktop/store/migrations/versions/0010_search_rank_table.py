"""PostgreSQL ranks a one-word search from a table of (word, initiative, score), not from every match.

For a search of one plain word, the best page of matches is the word's highest scores:
``search_rank`` holds, for each word of each initiative's name, summary and shared notes
(``search_index.head``, migration 0009: ~20 words a row, ~2 million rows at 100,000
initiatives), the ``ts_rank`` that word alone gives the initiative, so the page is an
index-only scan of ``(lexeme, score DESC, id)``: ~0.06 ms for the 100 best of
"semiconductor", against ~22 ms ranking its 10,062 matches read from ``search_index``'s heap
(docs/performance.md, SQLite against PostgreSQL, fourth round). ~190 MB at 100,000 initiatives
(table 89 MB, the two indexes 66 and 15 MB).

It is kept by PostgreSQL itself: statement-level triggers on ``search_index`` insert and delete
the rows of the initiatives a statement wrote (transition tables: one ``INSERT ... SELECT`` per
statement, not one per row; an update does both, a truncate empties it), so every writer of the index (build, dataset upgrade, imports and
their undo, notes, the rebuild after a copy) keeps it without knowing it exists. The trigger
functions run as their owner (``SECURITY DEFINER``), so a member who may write the index needs
no grant on this table; those who may read ``search_index`` get SELECT on it here, as they
have it on the index (the README grants ``ON ALL TABLES`` once, before this table existed).
SQLite: nothing (FTS5 ranks from its own index).

Revision ID: 0010
Revises: 0009
"""
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# ts_rank's weights {D, C, B, A}: the same as store/engines.py's _TS_WEIGHTS (bm25's proportions)
_SCORE = ("ts_rank('{0.1, 0.2, 0.4, 1.0}', s.head, "
          "('''' || replace(replace(u.lexeme, '\\', '\\\\'), '''', '''''') || '''')::tsquery)")


def _add(source: str) -> str:
    """Insert the ranks of the initiatives in ``source`` (the index, or a trigger's rows)."""
    return (f"INSERT INTO search_rank (lexeme, id, score) SELECT u.lexeme, s.id, {_SCORE} "
            f"FROM {source} s, unnest(s.head) u")


_REMOVE = "DELETE FROM search_rank r USING removed o WHERE r.id = o.id"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE TABLE search_rank (lexeme text NOT NULL, id integer NOT NULL, "
               "score real NOT NULL)")
    op.execute(_add("search_index"))
    op.execute("CREATE INDEX ix_search_rank_top ON search_rank (lexeme, score DESC, id)")
    op.execute("CREATE INDEX ix_search_rank_id ON search_rank (id)")
    for name, body in (("added", _add("added")),
                       ("removed", _REMOVE),
                       ("replaced", f"{_REMOVE}; {_add('added')}"),
                       ("emptied", "TRUNCATE search_rank")):
        op.execute(f"CREATE FUNCTION search_rank_{name}() RETURNS trigger LANGUAGE plpgsql "
                   f"SECURITY DEFINER SET search_path = {_schema()} AS $$ BEGIN {body}; "
                   "RETURN NULL; END $$")
        op.execute(f"REVOKE ALL ON FUNCTION search_rank_{name}() FROM PUBLIC")
    op.execute("CREATE TRIGGER search_rank_added AFTER INSERT ON search_index "
               "REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_rank_added()")
    op.execute("CREATE TRIGGER search_rank_removed AFTER DELETE ON search_index "
               "REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION search_rank_removed()")
    op.execute("CREATE TRIGGER search_rank_replaced AFTER UPDATE ON search_index "
               "REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT "
               "EXECUTE FUNCTION search_rank_replaced()")
    op.execute("CREATE TRIGGER search_rank_emptied AFTER TRUNCATE ON search_index "
               "FOR EACH STATEMENT EXECUTE FUNCTION search_rank_emptied()")
    # whoever may read the index may read its ranks (members, read-only members, PUBLIC)
    op.execute("""
        DO $$ DECLARE g record; BEGIN
          FOR g IN SELECT DISTINCT a.grantee FROM pg_class c, aclexplode(c.relacl) a
                   WHERE c.oid = 'search_index'::regclass AND a.privilege_type = 'SELECT'
                     AND a.grantee <> c.relowner LOOP
            IF g.grantee = 0 THEN
              EXECUTE 'GRANT SELECT ON search_rank TO PUBLIC';
            ELSE
              EXECUTE format('GRANT SELECT ON search_rank TO %I', g.grantee::regrole::text);
            END IF;
          END LOOP;
        END $$""")


def _schema() -> str:
    """The schema the tables are in, fixed in the trigger functions (they run as their owner:
    a caller's search_path must not choose which ``search_rank`` they write)."""
    return op.get_bind().exec_driver_sql("SELECT quote_ident(current_schema())").scalar()


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in ("added", "removed", "replaced", "emptied"):
        op.execute(f"DROP TRIGGER search_rank_{name} ON search_index")
        op.execute(f"DROP FUNCTION search_rank_{name}()")
    op.execute("DROP TABLE search_rank")
