"""A team database on a real PostgreSQL server: roles, and other members hearing of changes."""
from __future__ import annotations

import pytest
from sqlalchemy import text
from ukjp_desktop.cli import main
from ukjp_desktop.core.filters import Filter
from ukjp_desktop.store import annotations
from ukjp_desktop.store.database import DatabaseError, ReadOnlyDatabaseError
from ukjp_desktop.store.engines import ChangeListener
from ukjp_desktop.store.userdb import open_library


@pytest.fixture
def team(pg_databases, dataset):
    """A fresh team database built from the curated dataset, and a role that may only read."""
    name, url = pg_databases.new()
    lib = open_library(url, dataset=dataset)
    server = pg_databases.server
    server.psql_admin("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reader') "
                      "THEN CREATE ROLE reader LOGIN; END IF; END $$")
    server.psql_admin("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader", database=name)
    yield lib, server.url(name, user="reader")
    lib.engine.dispose()
    pg_databases.drop(name)


def test_a_member_who_may_only_read_browses_and_every_write_is_refused_in_words(team):
    owner, reader_url = team
    slug = owner.catalog.slugs()[0]
    annotations.set_note(owner.engine, slug, "shared note from the owner")
    annotations.share_note(owner.engine, slug, True)
    annotations.set_note(owner.engine, slug2 := owner.catalog.slugs()[1], "the owner's private note")
    reader = open_library(reader_url)
    try:
        assert reader.read_only
        assert reader.catalog.count() == owner.catalog.count()
        seen = reader.catalog.detail(slug).annotation
        assert seen.note == "" and [(n.author, n.note) for n in seen.team_notes] == \
            [("ukjp_test", "shared note from the owner")]
        assert reader.catalog.detail(slug2).annotation.team_notes == ()
        with reader.engine.connect() as conn:     # the database itself hides it (row-level security)
            assert "the owner's private note" not in conn.execute(text("SELECT note FROM annotations")).scalars().all()
        for write in (lambda: annotations.set_note(reader.engine, slug, "mine"),
                      lambda: annotations.tag(reader.engine, slug, "mine"),
                      lambda: annotations.set_star(reader.engine, slug, True)):
            with pytest.raises(ReadOnlyDatabaseError, match="may only read"):
                write()
    finally:
        reader.engine.dispose()
    assert owner.catalog.detail(slug).annotation.note == "shared note from the owner"


@pytest.mark.parametrize("args", [
    ["import", "DOC", "--accept-all", "--new-initiative", "Robotics call"],
    ["import", "--undo", "1"],
    ["db", "build"],
])
def test_a_readers_import_undo_and_build_are_refused_in_one_line(team, capsys, tmp_path, args):
    """They ended in "unexpected error (ProgrammingError: (psycopg.errors.InsufficientPrivilege)
    permission denied for table meta", then the SQL statement and its parameters."""
    owner, reader_url = team
    doc = tmp_path / "robotics.txt"
    doc.write_text("On 1 December 2026 UKRI and JST announced a joint robotics call worth £2 million.\n",
                   encoding="utf-8")
    before = owner.catalog.count()
    assert main(["--db", reader_url, *[str(doc) if a == "DOC" else a for a in args]]) == 1
    err = capsys.readouterr().err
    assert "may only read" in err and err.count("\n") == 1
    assert owner.catalog.count() == before


def test_privileges_taken_away_while_open_are_refused_in_words(team, pg_databases):
    owner, _ = team
    slug = owner.catalog.slugs()[0]
    database = owner.engine.url.database
    pg_databases.server.psql_admin("CREATE ROLE writer LOGIN")
    try:
        pg_databases.server.psql_admin("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                                       "TO writer; GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO writer",
                                       database=database)
        member = open_library(pg_databases.server.url(database, user="writer"))
        assert not member.read_only
        annotations.set_note(member.engine, slug, "before")
        annotations.share_note(member.engine, slug, True)
        pg_databases.server.psql_admin("REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                                       "FROM writer", database=database)
        with pytest.raises(ReadOnlyDatabaseError, match="may only read"):
            annotations.set_note(member.engine, slug, "after")
        member.engine.dispose()
    finally:
        pg_databases.server.psql_admin("DROP OWNED BY writer", database=database)
        pg_databases.server.psql_admin("DROP ROLE writer")
    assert [n.note for n in owner.catalog.detail(slug).annotation.team_notes] == ["before"]


def _facets_and_statements(lib, f):
    """The SQL path's facets of ``f`` for ``lib``'s member, and the statements they sent."""
    from sqlalchemy import event
    sent = []

    def record(_conn, _cursor, statement, *_args):
        sent.append(statement)
    event.listen(lib.engine, "before_cursor_execute", record)
    try:
        return lib.catalog.facets(f).facets, sent
    finally:
        event.remove(lib.engine, "before_cursor_execute", record)


def test_a_filters_ids_go_to_a_temporary_table_and_without_temp_as_one_array(team, pg_databases, monkeypatch):
    """Many ids restricting several statements go to a temporary table of the session, filled
    once and hashed by each (``engines._IdTables``; from 10,000 ids, here from one, the curated
    data being small): a search with a sector chosen fills one for the facets that share the
    whole filter, while the sector's own facet (the search alone, one statement) binds its ids
    as an array. Two such filters in one block get a table each. A member whose role may not
    make temporary tables gets the same counts from arrays, and is told nothing."""
    from sqlalchemy import func, select

    from ukjp_desktop.store import engines
    from ukjp_desktop.store.filtering import filtered_ids
    from ukjp_desktop.store.models import Initiative
    owner, reader_url = team
    _, sent = _facets_and_statements(owner, Filter(text="quantum"))
    assert sent and not any("ukjp_ids" in s for s in sent)      # a few ids: the array
    monkeypatch.setattr(engines, "_TABLE_FROM", 1)
    sector = owner.catalog.facets(Filter()).facets["sector"][0].value
    f = Filter(text="quantum", sectors=frozenset({sector}))
    for _ in range(2):     # the second time on the same pooled connection: refilled, not added to
        facets, sent = _facets_and_statements(owner, f)
        assert sum("INSERT INTO ukjp_ids_0" in s for s in sent) == 1
        assert not any("ukjp_ids_1" in s for s in sent)
    assert facets["sector"] == owner.catalog.facets(Filter(text="quantum"), only=("sector",)).facets["sector"]
    assert sum(v.count for v in facets["kind"]) == owner.catalog.count(f) > 0
    assert {v.value: v.count for v in facets["status"]} == \
        {s: owner.catalog.count(Filter(text="quantum", sectors=frozenset({sector}), statuses=frozenset({s})))
         for s in (v.value for v in facets["status"])}

    wide, narrow = Filter(text="quantum"), f
    with engines.for_reading(owner.engine).connect() as conn:
        among = [engines.among_ids(conn, filtered_ids(g), True, uses=3) for g in (wide, narrow)]
        counted = [conn.execute(select(func.count()).where(a(Initiative.id))).scalar() for a in among]
    assert counted == [owner.catalog.count(wide), owner.catalog.count(narrow)] and counted[0] > counted[1]

    pg_databases.server.psql_admin(f"REVOKE TEMPORARY ON DATABASE {owner.engine.url.database} FROM PUBLIC")
    reader = open_library(reader_url)
    try:
        got, sent = _facets_and_statements(reader, f)
        assert got == facets
        assert not any("INSERT INTO ukjp_ids" in s for s in sent)
    finally:
        reader.engine.dispose()


def test_the_command_line_says_a_reader_cannot_annotate(team, capsys):
    owner, reader_url = team
    slug = owner.catalog.slugs()[0]
    assert main(["--db", reader_url, "db", "info"]) == 0
    assert "access: read only" in capsys.readouterr().out
    assert main(["--db", reader_url, "annotate", slug, "--note", "x"]) != 0
    err = capsys.readouterr().err
    assert "may only read" in err and "Traceback" not in err


def test_a_change_reaches_another_members_connection(team):
    owner, _ = team
    other = open_library(owner.engine.url.render_as_string(hide_password=False))
    listener = ChangeListener(other.engine)
    try:
        slug = owner.catalog.slugs()[3]
        assert listener.active and listener.wait(0.2) == []
        annotations.set_note(other.engine, slug, "my own edit")     # not news to myself
        assert listener.wait(0.5) == []
        annotations.set_note(owner.engine, slug, "seen by the team")
        annotations.share_note(owner.engine, slug, True)
        assert "annotations" in listener.wait(10)
        assert [r.slug for r in other.catalog.list(Filter(text="seen by the team"))] == [slug]
    finally:
        listener.close()
        other.engine.dispose()


def test_a_password_in_the_address_is_refused(pg_databases):
    url = pg_databases.server.url("postgres").replace("ukjp_test@", "ukjp_test:secret@")
    with pytest.raises(DatabaseError, match="pgpass") as err:
        open_library(url)
    assert "secret" not in str(err.value)


def test_a_server_that_is_not_there_is_one_clear_line():
    with pytest.raises(DatabaseError, match="Cannot connect to the team database") as err:
        open_library("postgresql+psycopg://nobody@127.0.0.1:1/ukjp")
    assert "\n" not in str(err.value)
    assert "Nothing is answering at 127.0.0.1, port 1" in str(err.value)
    assert "Connection refused" in err.value.detail and "Connection refused" not in str(err.value)


@pytest.mark.parametrize("said, expected", [
    ('connection failed: connection to server at "db", port 5432 failed: FATAL:  password '
     'authentication failed for user "bob"', "did not accept the password for bob"),
    ("connection failed: server does not support SSL, but SSL was required", "does not offer"),
    ('connection failed: connection to server at "db", port 5432 failed: timeout expired',
     "did not answer in time"),
    ('connection failed: connection to server at "db", port 5432 failed: FATAL:  role "bob" '
     'does not exist', "has no user named “bob”"),
])
def test_common_failures_to_connect_are_said_in_our_words(said, expected):
    from ukjp_desktop.store.engines import server_error
    text = server_error("postgresql+psycopg://bob@db:5432/ukjp", RuntimeError(said))
    assert text.startswith("Cannot connect to the team database postgresql+psycopg://bob@db:5432/ukjp. ")
    assert expected in text and "FATAL" not in text and "connection failed" not in text


# What libpq says (psycopg 3.3, PostgreSQL 16) when the server's pg_hba.conf has no line for this
# computer: with the default sslmode=prefer against a server without SSL only the unencrypted try is
# reported, "no encryption"; against one with SSL both tries are. Either way encryption is no cure:
# the advice "add ?sslmode=require" then failed with "server does not support SSL".
_NO_HBA = ('connection failed: connection to server at "db", port 5432 failed: FATAL:  no pg_hba.conf '
           'entry for host "10.0.0.2", user "bob", database "ukjp", {how}')


@pytest.mark.parametrize("said", [
    _NO_HBA.format(how="no encryption"),
    _NO_HBA.format(how="SSL encryption") + "\n" + _NO_HBA.format(how="no encryption"),
    _NO_HBA.format(how="SSL off"),                   # servers before 14
])
def test_a_server_that_does_not_let_this_computer_in_says_so(said):
    from ukjp_desktop.store.engines import server_error
    text = server_error("postgresql+psycopg://bob@db:5432/ukjp", RuntimeError(said))
    assert text.startswith("Cannot connect to the team database postgresql+psycopg://bob@db:5432/ukjp. ")
    assert "does not let bob connect to “ukjp” from this computer" in text
    assert "sslmode" not in text and "encrypt" not in text and "FATAL" not in text


def test_an_address_that_turns_encryption_off_is_told_it_may_be_wanted():
    from ukjp_desktop.store.engines import server_error
    where = "postgresql+psycopg://bob@db:5432/ukjp?sslmode=disable"
    text = server_error(where, RuntimeError(_NO_HBA.format(how="no encryption")))
    assert "without encryption" in text and "remove sslmode=disable" in text


def test_another_applications_database_is_refused_untouched(pg_databases):
    name, url = pg_databases.new()
    pg_databases.server.psql_admin("CREATE TABLE invoices (id int)", database=name)
    with pytest.raises(DatabaseError, match="not a UK–Japan S&T Explorer database"):
        open_library(url)
    import psycopg
    with psycopg.connect(host="127.0.0.1", port=pg_databases.server.port, user="ukjp_test", dbname=name) as c:
        tables = [r[0] for r in c.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    assert tables == ["invoices"]
    pg_databases.drop(name)



def test_another_applications_alembic_database_is_refused_in_words_untouched(pg_databases, capsys):
    """Alembic's version table is no sign the database is ours: another application that uses
    Alembic too is refused as not ours (it said: relation "annotations" does not exist)."""
    name, url = pg_databases.new()
    pg_databases.server.psql_admin(
        "CREATE TABLE customers (id int); CREATE TABLE alembic_version (version_num varchar(32)); "
        "INSERT INTO alembic_version VALUES ('3f2a9c1b7d4e')", database=name)
    with pytest.raises(DatabaseError, match="not a UK–Japan S&T Explorer database"):
        open_library(url)
    assert main(["--db", url, "db", "info"]) == 1
    err = capsys.readouterr().err
    assert "not a UK–Japan S&T Explorer database" in err and err.count("\n") == 1
    import psycopg
    with psycopg.connect(host="127.0.0.1", port=pg_databases.server.port, user="ukjp_test", dbname=name) as c:
        tables = sorted(r[0] for r in c.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
    assert tables == ["alembic_version", "customers"]
    pg_databases.drop(name)


def test_a_member_is_told_that_only_the_owner_builds_or_upgrades_the_team_database(
        pg_databases, dataset, capsys):
    """A member reaching a database not yet built, or one a newer version must upgrade, got
    the server's "permission denied for schema public"; the README even said the first member
    with a newer version upgrades it, which a member's role may not do."""
    from alembic import command
    from sqlalchemy import create_engine
    from ukjp_desktop.store.database import _alembic_config
    server = pg_databases.server
    server.psql_admin("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'member') "
                      "THEN CREATE ROLE member LOGIN; END IF; END $$")
    name, url = pg_databases.new()
    member = server.url(name, user="member")
    assert main(["--db", member, "db", "info"]) == 1
    err = capsys.readouterr().err
    assert "is empty" in err and "db build" in err and "permission denied" not in err
    engine = create_engine(url)
    with engine.begin() as conn:                     # the schema of the version before this one
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0010")
    engine.dispose()
    server.psql_admin("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO member; "
                      "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO member", database=name)
    assert main(["--db", member, "list"]) == 1
    err = capsys.readouterr().err
    assert "needs an upgrade" in err and "owner" in err and "permission denied" not in err
    open_library(url, dataset=dataset).engine.dispose()      # the owner opens it: upgraded
    assert main(["--db", member, "db", "info"]) == 0
    assert f"initiatives: {len(dataset.initiatives)}" in capsys.readouterr().out
    pg_databases.drop(name)


def test_db_build_check_and_info_on_an_empty_team_database(pg_databases, dataset, capsys):
    name, url = pg_databases.new()
    assert main(["--db", url, "db", "build"]) == 0
    out = capsys.readouterr().out
    assert f"{len(dataset.initiatives)} initiatives" in out and url in out
    assert main(["--db", url, "db", "check"]) == 0
    assert "no problems found" in capsys.readouterr().out
    assert main(["--db", url, "db", "info"]) == 0
    out = capsys.readouterr().out
    assert f"dataset: {dataset.version}" in out and f"initiatives: {len(dataset.initiatives)}" in out
    assert main(["--db", url, "list", "--search", "quantum", "--limit", "3"]) == 0
    assert "quantum" in capsys.readouterr().out.lower()
    pg_databases.drop(name)


def test_db_check_finds_a_search_index_out_of_step(team, capsys):
    owner, _ = team
    from sqlalchemy import text
    with owner.engine.begin() as conn:
        conn.execute(text("DELETE FROM search_index WHERE id = (SELECT min(id) FROM search_index)"))
    url = owner.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "db", "check"]) == 1
    assert "the search index covers" in capsys.readouterr().out


def test_db_export_makes_a_local_file_of_a_team_database(team, tmp_path, capsys):
    owner, reader_url = team
    slug = owner.catalog.slugs()[0]
    annotations.set_note(owner.engine, slug, "for the trip")
    annotations.share_note(owner.engine, slug, True)
    annotations.set_note(owner.engine, owner.catalog.slugs()[1], "the owner's private note")
    out = tmp_path / "trip.sqlite"
    assert main(["--db", reader_url, "db", "export", "--output", str(out)]) == 0  # a reader may
    assert "copied" in capsys.readouterr().out
    local = open_library(out)
    assert [n.note for n in local.catalog.detail(slug).annotation.team_notes] == ["for the trip"]
    with local.engine.connect() as conn:     # another member's private note never leaves the server
        assert conn.execute(text("SELECT count(*) FROM annotations WHERE NOT shared AND note != ''")).scalar() == 0
    owner_copy = tmp_path / "owner.sqlite"   # the owner's own copy: their private note stays theirs
    assert main(["--db", owner.engine.url.render_as_string(hide_password=False), "db", "export",
                 "--output", str(owner_copy)]) == 0
    mine = open_library(owner_copy)
    assert mine.catalog.detail(owner.catalog.slugs()[1]).annotation.note == "the owner's private note"
    mine.engine.dispose()
    assert local.catalog.count() == owner.catalog.count()
    local.engine.dispose()
    assert main(["--db", reader_url, "db", "export", "--output", str(out)]) == 2   # exists
    assert "--force" in capsys.readouterr().err


def test_file_backups_are_not_offered_for_a_team_database(team, capsys):
    _owner, reader_url = team
    for args in (["db", "backup"], ["db", "backups"], ["db", "restore", "latest"]):
        assert main(["--db", reader_url, *args]) == 1
        assert "pg_dump" in capsys.readouterr().err


def test_a_dataset_upgrade_keeps_two_members_notes_and_imports(pg_databases, dataset):
    """Alice and Bob (two roles) note and import; a newer dataset then arrives: all stays."""
    import dataclasses
    from ukjp_desktop.store import importer as imp
    from test_upgrade_user_facts import QUANTUM, _rich_plan
    name, url = pg_databases.new()
    open_library(url, dataset=dataset).engine.dispose()
    server = pg_databases.server
    members = {}
    for who in ("alice", "bob"):
        server.psql_admin(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{who}') "
                          f"THEN CREATE ROLE {who} LOGIN; END IF; END $$")
        server.psql_admin(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {who}; "
                          f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {who}", database=name)
        members[who] = open_library(server.url(name, user=who), dataset=dataset)
    alice, bob = members["alice"], members["bob"]
    slugs = alice.catalog.slugs()
    annotations.set_note(alice.engine, slugs[0], "alice's note")                 # private
    annotations.set_note(alice.engine, slugs[2], "alice shares this")
    annotations.share_note(alice.engine, slugs[2], True)
    annotations.set_note(bob.engine, slugs[1], "bob's note")
    annotations.tag(bob.engine, slugs[0], "bob's tag")                          # personal
    annotations.tag(bob.engine, slugs[0], "team tag", team=True)
    annotations.set_star(alice.engine, slugs[1], True)
    receipt = imp.import_document(alice.engine, _rich_plan())
    assert receipt.by == "alice" and receipt.at.endswith("+00:00")   # who and when, kept
    lines_before = len(bob.catalog.detail(QUANTUM).funding)

    def facts(lib):
        out = []
        for slug in slugs[:3]:
            a = lib.catalog.detail(slug).annotation
            out.append((a.note, a.shared, a.starred, a.tags, a.team_tags,
                        [(n.author, n.note) for n in a.team_notes]))
        return out
    before = {who: facts(lib) for who, lib in members.items()}
    assert before["alice"][0][0] == "alice's note" and before["bob"][0][0] == ""   # private
    assert before["bob"][2][5] == [("alice", "alice shares this")]
    assert before["alice"][0][3] == ("team tag",) and before["bob"][0][3] == ("bob's tag", "team tag")

    # the owner rolls out a newer dataset (what start-up does when the bundled one is newer)
    newer = open_library(url, dataset=dataclasses.replace(dataset, version="2099.1.1"))
    assert newer.upgraded_from == dataset.version
    for who in members:
        members[who].engine.dispose()
        members[who] = open_library(server.url(name, user=who), dataset=dataset)
        assert facts(members[who]) == before[who]
        assert len(members[who].catalog.detail(QUANTUM).funding) == lines_before
    bob = members["bob"]
    assert newer.catalog.detail(slugs[1]).annotation.team_notes == ()   # bob's note stays his
    imp.undo_import(bob.engine, receipt.id)        # another member can undo it
    assert len(newer.catalog.detail(QUANTUM).funding) == lines_before - 1
    for lib in (newer, *members.values()):
        lib.engine.dispose()
    pg_databases.drop(name)
    for who in members:
        server.psql_admin(f"DROP ROLE {who}")


def test_a_server_that_goes_away_and_returns(dataset):
    """Queries fail in words while the server is away; the same library works when it is back
    (no reopening), and nothing written before it went is lost."""
    from pg_server import PgServer
    from ukjp_desktop.store.database import DatabaseError as Refused
    server = PgServer().start()
    try:
        server.psql_admin("CREATE DATABASE away")
        lib = open_library(server.url("away"), dataset=dataset)
        slug = lib.catalog.slugs()[0]
        annotations.set_note(lib.engine, slug, "written before")
        server.pause()
        with pytest.raises(Refused, match="the team database") as err:
            annotations.set_note(lib.engine, slug, "written while away")
        assert "\n" not in str(err.value)
        server.resume()
        assert lib.catalog.detail(slug).annotation.note == "written before"
        annotations.set_note(lib.engine, slug, "written after", expected="written before")
        assert lib.catalog.detail(slug).annotation.note == "written after"
        # away and back while nobody asked anything: the pooled connections are dead, and
        # the first read and write after it replace them without a word (no ping per read)
        assert lib.catalog.count() > 0
        server.pause()
        server.resume()
        assert lib.catalog.detail(slug).annotation.note == "written after"
        server.pause()
        server.resume()
        annotations.set_note(lib.engine, slug, "written later", expected="written after")
        assert lib.catalog.detail(slug).annotation.note == "written later"
        lib.engine.dispose()
    finally:
        server.stop()


def test_a_password_libpq_cannot_find_is_asked_for_and_kept_in_memory(team, pg_databases, monkeypatch):
    from ukjp_desktop.store.database import PasswordNeeded
    owner, _ = team
    database = owner.engine.url.database
    server = pg_databases.server
    server.require_password("carol", "s3cret")
    server.psql_admin("GRANT SELECT ON ALL TABLES IN SCHEMA public TO carol", database=database)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    url = server.url(database, user="carol")
    with pytest.raises(PasswordNeeded, match="password"):
        open_library(url)
    with pytest.raises(PasswordNeeded):
        open_library(url, password="wrong")
    lib = open_library(url, password="s3cret")
    assert lib.catalog.count() == owner.catalog.count()
    assert "s3cret" not in str(lib.db.path) and "s3cret" not in str(lib.engine.url)
    lib.engine.dispose()
    monkeypatch.setenv("PGPASSWORD", "s3cret")            # libpq's own way works as it is
    lib = open_library(url)
    assert lib.read_only
    lib.engine.dispose()
    server.psql_admin("DROP OWNED BY carol", database=database)
    server.psql_admin("DROP ROLE carol")


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_the_one_migration_history_gives_the_models_on_postgresql_too(pg_databases):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from ukjp_desktop.store.database import head_revision, open_database
    from ukjp_desktop.store.models import Base
    name, url = pg_databases.new()
    opened = open_database(url)
    assert opened.revision == head_revision() and opened.server
    with opened.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    opened.engine.dispose()
    pg_databases.drop(name)
    assert [d for d in diff if not any(t in str(d) for t in ("search_index", "search_match", "search_rank"))] == []
