"""A new dataset version upserts curated rows by slug and never touches the user's work."""
import shutil
import pytest
from sqlalchemy import insert

from ukjp_desktop.core.dataset import load_dataset
from ukjp_desktop.core.filters import Filter
from ukjp_desktop.store import annotations
from ukjp_desktop.store.models import Initiative
from ukjp_desktop.store.search import reindex
from ukjp_desktop.store.userdb import open_library

from conftest import DATASET_DIR

pytestmark = pytest.mark.both_engines


def _bump(tmp_path, version="2099.1.1", drop=None, rename=None):
    """A copy of the dataset with a newer version, one initiative renamed and one dropped."""
    target = tmp_path / "db-next"
    shutil.copytree(DATASET_DIR, target)
    (target / "dataset.toml").write_text(f'version = "{version}"\nreleased = "2099-01-01"\n')
    if drop:
        (target / "initiatives" / f"{drop}.toml").unlink()
    if rename:
        slug, new_name = rename
        p = target / "initiatives" / f"{slug}.toml"
        text = p.read_text(encoding="utf-8")
        old_line = next(line for line in text.splitlines() if line.startswith("name = "))
        p.write_text(text.replace(old_line, f'name = "{new_name}"', 1), encoding="utf-8")
    return target


def test_upgrade_keeps_annotations_and_user_rows(tmp_path, dataset):
    path = tmp_path / "user.sqlite"
    lib = open_library(path, dataset=dataset)
    slugs = sorted(dataset.initiatives)
    targets = {t for i in dataset.initiatives.values() for _type, t, _ex in i.relations}
    kept, renamed = slugs[0], slugs[1]
    dropped = next(s for s in slugs[2:] if s not in targets)  # nothing else points at it
    annotations.set_note(lib.engine, kept, "My note <b>stays</b>")
    annotations.set_star(lib.engine, kept, True)
    annotations.tag(lib.engine, kept, "briefing")
    annotations.set_note(lib.engine, dropped, "note on a record the curators later remove")
    with lib.engine.begin() as conn:
        user_id = conn.execute(insert(Initiative).values(
            slug="my-own-record", name="My own record", kind="other", status="unknown",
            summary="added by the user", bilateral=False, origin="user")).inserted_primary_key[0]
        reindex(conn, [user_id])
    lib.engine.dispose()

    next_dir = _bump(tmp_path, drop=dropped, rename=(renamed, "Renamed by the curators"))
    lib2 = open_library(path, dataset_dir=next_dir)
    assert lib2.upgraded_from == dataset.version and lib2.dataset_version == "2099.1.1"
    d = lib2.catalog.detail(kept)
    assert d.annotation.note == "My note <b>stays</b>"
    assert d.annotation.starred and d.annotation.tags == ("briefing",)
    assert lib2.catalog.detail(renamed).name == "Renamed by the curators"
    assert dropped not in lib2.catalog.slugs()
    assert lib2.catalog.detail("my-own-record").origin == "user"
    assert lib2.catalog.count(Filter(text="stays")) == 1          # notes still searchable
    assert lib2.catalog.count() == len(dataset.initiatives)       # -1 dropped +1 user row
    lib2.engine.dispose()

    # The dropped record's note survives, keyed by slug: if the record returns, so does the note.
    lib3 = open_library(path, dataset=load_dataset(_bump(tmp_path / "again", version="2099.2.0")))
    assert lib3.catalog.detail(dropped).annotation.note.startswith("note on a record")
    lib3.engine.dispose()


def test_same_version_is_not_reapplied(tmp_path, dataset):
    path = tmp_path / "user.sqlite"
    open_library(path, dataset=dataset).engine.dispose()
    again = open_library(path)
    assert again.upgraded_from is None and again.dataset_version == dataset.version
    again.engine.dispose()


def test_building_twice_gives_the_same_content(tmp_path, dataset):
    dumps = []
    for name in ("a.sqlite", "b.sqlite"):
        lib = open_library(tmp_path / name, dataset=dataset)
        with lib.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            # all but the data token, random by design (store/data_version.py)
            dumps.append([line for line in raw.iterdump()
                          if "search_index" not in line and "'data_version'" not in line])
        lib.engine.dispose()
    assert dumps[0] == dumps[1]


def test_a_demo_database_is_opened_as_it_is(tmp_path):
    """A database holding another dataset (the synthetic demo) is never merged with the curated one."""
    from ukjp_desktop.store.demo import write_demo_database

    path = tmp_path / "demo.sqlite"
    write_demo_database(path, 40, seed=3)
    lib = open_library(path)
    assert lib.dataset_version == "demo-40" and lib.upgraded_from is None
    assert lib.catalog.count() == 40
    assert all(s.startswith("demo-") for s in lib.catalog.slugs())
    lib.engine.dispose()
