"""The user's own additions to the organisation gazetteer, kept in a small TOML file.

The review view's "Add organisation to gazetteer" writes here, so that the next document names
the organisation as known (and money "from" it gets a side). The file uses the same
``[[organisation]]`` tables as the curated ``db/organisations.toml``, so it can be read with
``organisations.load_curated_entries`` and edited by hand. It lives in the user's settings
folder (the window passes the path), never in the install folder, and holds no database rows:
an organisation reaches the database only when an import links a fact to it.

Plain Python: no Qt, no SQL. Writes go to a temporary file first and are then renamed into
place, so a crash never leaves half a file.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import tomllib
from pathlib import Path

from ..vocab import ORG_TYPES
from .organisations import GazetteerEntry, entry_of_row, load_curated_entries

FILE_NAME = "user-organisations.toml"
COUNTRIES = ("GB", "JP", "INT", "")


class GazetteerEntryError(ValueError):
    """An entry that cannot be added; ``str()`` is one line for the user."""


def user_slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:50].rstrip("-")
    return f"user-{s or 'organisation'}"


def make_entry(name: str, country: str, type_: str, aliases: str | tuple[str, ...] = ()) -> GazetteerEntry:
    """A checked entry: a name of 2-150 characters, a known type, aliases split on commas."""
    name = " ".join((name or "").split())
    if not 2 <= len(name) <= 150:
        raise GazetteerEntryError("An organisation needs a name of 2 to 150 characters.")
    if type_ not in ORG_TYPES:
        raise GazetteerEntryError(f"Type must be one of: {', '.join(ORG_TYPES)}.")
    country = (country or "").strip().upper()
    if country and not re.fullmatch(r"[A-Z]{2,3}", country):
        raise GazetteerEntryError("Country must be a two-letter code such as GB or JP, or INT.")
    if isinstance(aliases, str):
        aliases = tuple(a for a in (" ".join(x.split()) for x in aliases.split(",")) if len(a) >= 2)
    aliases = tuple(dict.fromkeys(a for a in aliases if a != name))
    return GazetteerEntry(user_slug(name), name, country, type_, aliases)


def load_user_entries(path: str | Path | None) -> list[GazetteerEntry]:
    """The entries in ``path`` that can be read; none if the file is missing or unreadable
    (``file_problem`` says why)."""
    if path is None or not Path(path).exists():
        return []
    return load_curated_entries(Path(path))


def file_problem(path: str | Path | None) -> str | None:
    """Why the file at ``path`` cannot be read whole, in words; None when it can (or is missing)."""
    if path is None or not Path(path).exists():
        return None
    try:
        rows = tomllib.loads(Path(path).read_bytes().decode("utf-8")).get("organisation", [])
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    except UnicodeDecodeError:
        return "it is not UTF-8 text"
    except tomllib.TOMLDecodeError as exc:
        return f"it is not valid TOML ({exc})"
    if not isinstance(rows, list) or any(entry_of_row(r) is None for r in rows):
        return "an [[organisation]] entry in it has no slug, or a number or list where text belongs"
    return None


def _toml_string(value: str) -> str:
    # A JSON string is a valid TOML basic string except for DEL, which TOML wants escaped.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def dumps(entries: list[GazetteerEntry]) -> str:
    out = ["# Organisations added from the import review view (UK–Japan S&T Explorer).",
           "# Same format as db/organisations.toml; safe to edit by hand.", ""]
    for e in entries:
        out.append("[[organisation]]")
        out.append(f"slug = {_toml_string(e.slug)}")
        out.append(f"name = {_toml_string(e.name)}")
        out.append(f"country = {_toml_string(e.country)}")
        out.append(f"type = {_toml_string(e.type)}")
        out.append("aliases = [" + ", ".join(_toml_string(a) for a in e.aliases) + "]")
        out.append("")
    return "\n".join(out)


def add_user_entry(path: str | Path, entry: GazetteerEntry) -> list[GazetteerEntry]:
    """Add (or replace, by slug) ``entry`` in the file at ``path``; returns every entry."""
    path = Path(path)
    problem = file_problem(path)
    if problem:   # rewriting it with what can be read would lose the user's other entries
        raise GazetteerEntryError(f"{path} was left as it is: {problem}. Correct it (or move it away), then add "
                                  "the organisation again.")
    entries = [e for e in load_user_entries(path) if e.slug != entry.slug] + [entry]
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".user-organisations-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(dumps(entries))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return entries
