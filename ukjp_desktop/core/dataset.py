"""Load and validate the curated dataset (TOML under ``db/``, see docs/dataset.md).

Plain Python: the store builds SQLite from what this returns. Validation collects every problem
with its file and field, so a curator sees all of them at once rather than one per run.
"""
from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from .dates import DateError, PartialDate
from .money import MoneyError, Rate, parse_stated_amount, to_decimal
from .records import StatedFigure
from .vocab import (BASES, KINDS, LINE_STATUSES, ORG_TYPES, QUALIFIERS, RELATION_TYPES, ROLES,
                    SCOPES, SIDES, SOURCE_DATE_PRECISIONS, STATUSES)


class DatasetError(ValueError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the curated dataset:\n  " + "\n  ".join(problems))


@dataclass(frozen=True)
class Source:
    slug: str
    title: str
    publisher: str
    date: str | None
    date_precision: str
    date_note: str | None
    url: str | None
    attribution: str
    sha256: str
    original_name: str | None
    text: str


@dataclass(frozen=True)
class Organisation:
    slug: str
    name: str
    aliases: tuple[str, ...]
    country: str
    type: str
    parent: str | None


@dataclass(frozen=True)
class Excerpt:
    key: str
    source: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class DateValue:
    label: str
    date: PartialDate
    excerpt: str | None
    note: str | None


@dataclass(frozen=True)
class FundingLine(StatedFigure):
    """A curated funding line: the stated figure plus references into the dataset."""
    contributor: str | None      # organisation slug
    excerpt: str
    year: int | None
    note: str | None
    conversion: dict | None      # {amount: Decimal, currency, qualifier, stated}


@dataclass(frozen=True)
class Initiative:
    slug: str
    name: str
    kind: str
    status: str
    summary: str
    countries: tuple[str, ...]
    sectors: tuple[str, ...]
    bilateral: bool
    dates: tuple[DateValue, ...]
    organisations: tuple[tuple[str, str, str | None], ...]   # (org, role, excerpt)
    relations: tuple[tuple[str, str, str | None], ...]       # (type, target, excerpt)
    funding: tuple[FundingLine, ...]
    excluded: tuple[tuple[str, str, str | None], ...]        # (stated, reason, excerpt)
    excerpts: tuple[Excerpt, ...]


@dataclass
class Dataset:
    version: str
    released: str
    sources: dict[str, Source] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)
    rates: list[Rate] = field(default_factory=list)
    initiatives: dict[str, Initiative] = field(default_factory=dict)


def default_dataset_dir() -> Path:
    """``db/`` beside the package in a source tree; the bundled copy when installed or frozen."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "data" / "db", here.parent / "db"):
        if (candidate / "dataset.toml").exists():
            return candidate
    return here.parent / "db"


def read_dataset_version(root: Path) -> str:
    with (Path(root) / "dataset.toml").open("rb") as fh:
        return str(tomllib.load(fh)["version"])


def _read(path: Path, problems: list[str]) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        problems.append(f"{path.name}: cannot read: {exc}")
        return {}


def load_dataset(root: Path | None = None) -> Dataset:
    """Read and validate everything; raise ``DatasetError`` listing every problem."""
    root = Path(root or default_dataset_dir())
    problems: list[str] = []
    meta = _read(root / "dataset.toml", problems)
    ds = Dataset(version=str(meta.get("version", "")), released=str(meta.get("released", "")))
    if not ds.version:
        problems.append("dataset.toml: missing version")
    _load_sources(root, ds, problems)
    for row in _read(root / "sectors.toml", problems).get("sector", []):
        ds.sectors[row["slug"]] = row["name"]
    _load_organisations(root, ds, problems)
    _load_rates(root, ds, problems)
    for path in sorted((root / "initiatives").glob("*.toml")):
        data = _read(path, problems)
        if data:
            ini = _load_initiative(path.name, data, ds, problems)
            if ini is not None:
                if ini.slug in ds.initiatives:
                    problems.append(f"{path.name}: duplicate slug {ini.slug}")
                ds.initiatives[ini.slug] = ini
    _check_relations(ds, problems)
    if problems:
        raise DatasetError(problems)
    return ds


def _load_sources(root: Path, ds: Dataset, problems: list[str]) -> None:
    for path in sorted((root / "sources").glob("*.toml")):
        m = _read(path, problems)
        if not m:
            continue
        where = path.name
        txt_path = root / "sources" / m.get("file", "")
        try:
            raw = txt_path.read_bytes()
        except OSError:
            problems.append(f"{where}: text file {m.get('file')!r} missing")
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if digest != m.get("sha256"):
            problems.append(f"{where}: sha256 does not match {txt_path.name} (text changed?)")
        precision = m.get("date_precision", "unknown")
        if precision not in SOURCE_DATE_PRECISIONS:
            problems.append(f"{where}: date_precision {precision!r} unknown")
        date = m.get("date")
        if date:
            try:
                PartialDate.parse(date, precision)
            except DateError as exc:
                problems.append(f"{where}: {exc}")
        elif not m.get("date_note"):
            problems.append(f"{where}: no date and no date_note saying why")
        for key in ("slug", "title", "publisher", "attribution"):
            if not m.get(key):
                problems.append(f"{where}: missing {key}")
        ds.sources[m["slug"]] = Source(
            slug=m["slug"], title=m.get("title", ""), publisher=m.get("publisher", ""),
            date=date, date_precision=precision, date_note=m.get("date_note"), url=m.get("url"),
            attribution=m.get("attribution", ""), sha256=digest,
            original_name=m.get("original_name"), text=raw.decode("utf-8"))


def _load_organisations(root: Path, ds: Dataset, problems: list[str]) -> None:
    for row in _read(root / "organisations.toml", problems).get("organisation", []):
        slug = row.get("slug", "")
        if row.get("type") not in ORG_TYPES:
            problems.append(f"organisations.toml: {slug}: type {row.get('type')!r} unknown")
        if slug in ds.organisations:
            problems.append(f"organisations.toml: duplicate slug {slug}")
        ds.organisations[slug] = Organisation(
            slug=slug, name=row.get("name", slug), aliases=tuple(row.get("aliases", ())),
            country=row.get("country", ""), type=row.get("type", "other"), parent=row.get("parent"))
    for org in ds.organisations.values():
        if org.parent and org.parent not in ds.organisations:
            problems.append(f"organisations.toml: {org.slug}: parent {org.parent!r} unknown")


def _load_rates(root: Path, ds: Dataset, problems: list[str]) -> None:
    seen = set()
    for row in _read(root / "exchange_rates.toml", problems).get("rate", []):
        key = (row.get("currency"), row.get("year"))
        if key in seen:
            problems.append(f"exchange_rates.toml: duplicate rate {key}")
        seen.add(key)
        try:
            value = to_decimal(row["units_per_gbp"])
        except (KeyError, MoneyError) as exc:
            problems.append(f"exchange_rates.toml: {key}: {exc}")
            continue
        if not row.get("source"):
            problems.append(f"exchange_rates.toml: {key}: no source named")
        ds.rates.append(Rate(row["currency"], int(row["year"]), value, row.get("source", ""),
                             bool(row.get("verified", False)), row.get("note")))


def _choice(where: str, name: str, value, allowed, problems: list[str]) -> None:
    if value not in allowed:
        problems.append(f"{where}: {name} {value!r} not one of {', '.join(allowed)}")


def _load_initiative(fname: str, d: dict, ds: Dataset, problems: list[str]) -> Initiative | None:
    slug = d.get("slug", "")
    where = f"initiatives/{fname}"
    if fname != f"{slug}.toml":
        problems.append(f"{where}: slug {slug!r} does not match the file name")
    for key in ("name", "kind", "status", "summary"):
        if not d.get(key):
            problems.append(f"{where}: missing {key}")
    _choice(where, "kind", d.get("kind"), KINDS, problems)
    _choice(where, "status", d.get("status"), STATUSES, problems)
    for s in d.get("sectors", []):
        if s not in ds.sectors:
            problems.append(f"{where}: sector {s!r} not in sectors.toml")

    excerpts: dict[str, Excerpt] = {}
    for e in d.get("excerpt", []):
        ex = _check_excerpt(where, e, ds, problems)
        if ex is not None:
            if ex.key in excerpts:
                problems.append(f"{where}: duplicate excerpt id {ex.key}")
            excerpts[ex.key] = ex
    if not excerpts:
        problems.append(f"{where}: no excerpt supports this initiative")

    def ref(key: str | None, what: str, required: bool = True) -> str | None:
        if key is None:
            if required:
                problems.append(f"{where}: {what} has no excerpt")
            return None
        if key not in excerpts:
            problems.append(f"{where}: {what} refers to unknown excerpt {key!r}")
        return key

    for key in d.get("excerpts_for", []):
        ref(key, "excerpts_for")

    dates = []
    for label in ("announced", "started", "ended"):
        if label in d:
            dv = d[label]
            try:
                pd = PartialDate.parse(str(dv.get("value", "")), dv.get("precision"))
            except DateError as exc:
                problems.append(f"{where}: {label}: {exc}")
                continue
            dates.append(DateValue(label, pd, ref(dv.get("excerpt"), label), dv.get("note")))

    orgs = []
    for o in d.get("organisations", []):
        if o.get("org") not in ds.organisations:
            problems.append(f"{where}: organisation {o.get('org')!r} not in organisations.toml")
        _choice(where, "role", o.get("role"), ROLES, problems)
        orgs.append((o.get("org"), o.get("role"), ref(o.get("excerpt"), f"organisation {o.get('org')}")))

    rels = []
    for r in d.get("relations", []):
        _choice(where, "relation type", r.get("type"), RELATION_TYPES, problems)
        rels.append((r.get("type"), r.get("target"), ref(r.get("excerpt"), "relation", required=False)))

    lines = [ln for ln in (_check_funding(where, i, f, ds, excerpts, problems, ref)
                           for i, f in enumerate(d.get("funding", []))) if ln is not None]

    excluded = []
    for x in d.get("excluded", []):
        if not x.get("reason"):
            problems.append(f"{where}: excluded figure {x.get('stated')!r} has no reason")
        key = ref(x.get("excerpt"), f"excluded figure {x.get('stated')!r}")
        if key in excerpts and x.get("stated", "") not in excerpts[key].text:
            problems.append(f"{where}: excluded {x.get('stated')!r} is not inside excerpt {key}")
        excluded.append((x.get("stated", ""), x.get("reason", ""), key))

    return Initiative(
        slug=slug, name=d.get("name", ""), kind=d.get("kind", "other"),
        status=d.get("status", "unknown"), summary=d.get("summary", "").strip(),
        countries=tuple(d.get("countries", ())), sectors=tuple(d.get("sectors", ())),
        bilateral=bool(d.get("bilateral", False)), dates=tuple(dates), organisations=tuple(orgs),
        relations=tuple(rels), funding=tuple(lines), excluded=tuple(excluded),
        excerpts=tuple(excerpts.values()))


def _check_excerpt(where: str, e: dict, ds: Dataset, problems: list[str]) -> Excerpt | None:
    key = e.get("id", "?")
    src = ds.sources.get(e.get("source", ""))
    if src is None:
        problems.append(f"{where}: excerpt {key}: unknown source {e.get('source')!r}")
        return None
    start, end, text = e.get("start"), e.get("end"), e.get("text", "")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(src.text):
        problems.append(f"{where}: excerpt {key}: offsets {start}..{end} out of range")
        return None
    if src.text[start:end] != text:
        problems.append(f"{where}: excerpt {key}: text differs from {src.slug}[{start}:{end}]")
    return Excerpt(key, src.slug, start, end, text)


_LINE_DEFAULTS = {"status": "current", "basis": "total", "qualifier": "exact", "scope": "bilateral"}


def _check_funding(where, i, f, ds, excerpts, problems, ref) -> FundingLine | None:
    what = f"funding[{i}] {f.get('stated')!r}"
    for name, allowed in (("qualifier", QUALIFIERS), ("basis", BASES), ("side", SIDES),
                          ("scope", SCOPES), ("status", LINE_STATUSES)):
        _choice(f"{where}: {what}", name, f.get(name, _LINE_DEFAULTS.get(name)), allowed, problems)
    try:
        amount = to_decimal(f.get("amount"))
        amount_max = to_decimal(f["amount_max"]) if f.get("amount_max") else None
    except MoneyError as exc:
        problems.append(f"{where}: {what}: {exc}")
        return None
    contributor = f.get("contributor")
    if contributor and contributor not in ds.organisations:
        problems.append(f"{where}: {what}: contributor {contributor!r} not in organisations.toml")
    key = ref(f.get("excerpt"), what)
    stated = f.get("stated", "")
    if key in excerpts:
        if stated not in excerpts[key].text:
            problems.append(f"{where}: {what}: stated phrase is not inside excerpt {key}")
        try:
            parsed = parse_stated_amount(stated)
        except MoneyError as exc:
            problems.append(f"{where}: {what}: {exc}")
        else:
            if parsed.amount != amount or parsed.currency != f.get("currency"):
                problems.append(f"{where}: {what}: stated phrase reads {parsed.amount} "
                                f"{parsed.currency}, record says {amount} {f.get('currency')}")
    conv = f.get("source_conversion")
    if conv:
        try:
            conv = dict(conv, amount=to_decimal(conv["amount"]))
        except (KeyError, MoneyError) as exc:
            problems.append(f"{where}: {what}: source_conversion: {exc}")
            conv = None
        else:
            if key in excerpts and conv.get("stated", "") not in excerpts[key].text:
                problems.append(f"{where}: {what}: conversion {conv.get('stated')!r} not in excerpt")
    return FundingLine(
        amount=amount, amount_max=amount_max, currency=f.get("currency", ""),
        qualifier=f.get("qualifier", "exact"), basis=f.get("basis", "total"),
        period_years=f.get("period_years"), side=f.get("side", "other"),
        scope=f.get("scope", "bilateral"), status=f.get("status", "current"),
        contributor=contributor, stated=stated, excerpt=key or "", year=f.get("year"),
        note=f.get("note"), conversion=conv)


def _check_relations(ds: Dataset, problems: list[str]) -> None:
    for ini in ds.initiatives.values():
        for rtype, target, _ in ini.relations:
            if target not in ds.initiatives:
                problems.append(f"initiatives/{ini.slug}.toml: relation {rtype} → unknown {target!r}")
            if target == ini.slug:
                problems.append(f"initiatives/{ini.slug}.toml: relation to itself")
