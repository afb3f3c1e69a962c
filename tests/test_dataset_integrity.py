"""Provenance is the product: every fact's excerpt is exact, every figure reads as recorded."""
import hashlib
import re
import sqlite3
import tomllib

from ukjp_desktop.core.dates import PartialDate
from ukjp_desktop.core.money import parse_stated_amount

from conftest import DATASET_DIR

SEEDS = DATASET_DIR.parent.parent / "shared" / "seeds"


def test_dataset_size_and_coverage(dataset):
    assert 35 <= len(dataset.initiatives) <= 50
    assert len(dataset.sources) == 5
    kinds = {i.kind for i in dataset.initiatives.values()}
    assert {"partnership", "agreement", "funding_call", "programme", "fund", "investment",
            "facility", "policy"} <= kinds


def test_sources_are_the_documents_as_received(dataset):
    for src in dataset.sources.values():
        raw = (DATASET_DIR / "sources" / f"{src.slug}.txt").read_bytes()
        assert hashlib.sha256(raw).hexdigest() == src.sha256
        seed = SEEDS / (src.original_name or "")
        if seed.exists():  # the shared seeds sit beside the project on developer machines
            assert seed.read_bytes() == raw
        assert src.title and src.publisher and src.attribution
        if src.date is None:
            assert src.date_note, f"{src.slug}: a missing date needs a note"


def test_every_excerpt_is_exact_in_the_files(dataset):
    n = 0
    for ini in dataset.initiatives.values():
        assert ini.excerpts, f"{ini.slug} has no excerpt"
        for e in ini.excerpts:
            assert dataset.sources[e.source].text[e.start:e.end] == e.text, (ini.slug, e.key)
            n += 1
    assert n >= len(dataset.initiatives)


def test_every_excerpt_is_exact_in_the_built_database(built_db):
    con = sqlite3.connect(built_db)
    rows = con.execute("SELECT e.text, e.start, e.end, s.text FROM excerpts e "
                       "JOIN sources s ON s.id = e.source_id").fetchall()
    con.close()
    assert rows
    for text, start, end, source in rows:
        assert source[start:end] == text


def test_every_funding_phrase_sits_in_its_excerpt_and_reads_as_recorded(dataset):
    lines = 0
    for ini in dataset.initiatives.values():
        excerpts = {e.key: e for e in ini.excerpts}
        for f in ini.funding:
            ex = excerpts[f.excerpt]
            assert f.stated in ex.text, (ini.slug, f.stated)
            parsed = parse_stated_amount(f.stated)
            assert (parsed.amount, parsed.currency) == (f.amount, f.currency), (ini.slug, f.stated)
            if f.conversion:
                conv = parse_stated_amount(f.conversion["stated"])
                assert (conv.amount, conv.currency) == (f.conversion["amount"], f.conversion["currency"])
                assert f.conversion["stated"] in ex.text
            lines += 1
    assert lines >= 15


def test_dates_are_supported_and_well_formed(dataset):
    for ini in dataset.initiatives.values():
        keys = {e.key for e in ini.excerpts}
        for d in ini.dates:
            assert isinstance(d.date, PartialDate)
            assert d.excerpt in keys, (ini.slug, d.label)


def test_slugs_are_unique_stable_and_match_file_names(dataset):
    files = sorted(p.stem for p in (DATASET_DIR / "initiatives").glob("*.toml"))
    assert files == sorted(dataset.initiatives)
    for slug in files:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug
        raw = tomllib.loads((DATASET_DIR / "initiatives" / f"{slug}.toml").read_text(encoding="utf-8"))
        assert raw["slug"] == slug


def _shingles(text: str, n: int = 10) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_summaries_are_in_our_own_words(dataset):
    """No run of ten words in a summary may be copied from a source (names run to eight)."""
    source_shingles = set().union(*(_shingles(s.text) for s in dataset.sources.values()))
    for ini in dataset.initiatives.values():
        assert len(ini.summary) >= 40, f"{ini.slug}: summary too short"
        copied = _shingles(ini.summary) & source_shingles
        assert not copied, f"{ini.slug}: summary copies “{' '.join(sorted(copied)[0])}”"


def test_every_money_figure_in_the_sources_is_accounted_for(dataset):
    """Each money phrase in the texts is a funding line, a source conversion or an excluded figure."""
    pattern = re.compile(
        r"(?:[£$¥€]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m)\b)?)"
        r"|(?:\d[\d,.]*[\s-](?:million|billion)[\s-](?:yen|pounds?|dollars?))"
        r"|(?:a-million-pound)", re.I)
    accounted: dict[str, list[tuple[int, int]]] = {}
    for ini in dataset.initiatives.values():
        ex = {e.key: e for e in ini.excerpts}
        phrases = [(f.stated, f.excerpt) for f in ini.funding]
        phrases += [(f.conversion["stated"], f.excerpt) for f in ini.funding if f.conversion]
        phrases += [(stated, key) for stated, _reason, key in ini.excluded]
        for stated, key in phrases:
            e = ex[key]
            at = e.text.find(stated)
            accounted.setdefault(e.source, []).append((e.start + at, e.start + at + len(stated)))
    missing = []
    for src in dataset.sources.values():
        for m in pattern.finditer(src.text):
            if m.group(0).strip() in {"$", "£"}:
                continue
            spans = accounted.get(src.slug, [])
            if not any(s <= m.start() < e or m.start() <= s < m.end() for s, e in spans):
                missing.append(f"{src.slug}@{m.start()}: {m.group(0)!r}")
    assert not missing, "money figures not accounted for: " + "; ".join(missing)


def test_exchange_rates_cover_every_converted_line(dataset):
    rates = {(r.currency, r.year) for r in dataset.rates}
    for r in dataset.rates:
        assert r.source and r.units_per_gbp > 0
    for ini in dataset.initiatives.values():
        for f in ini.funding:
            if f.currency != "GBP":
                assert any(c == f.currency for c, _y in rates), (ini.slug, f.currency)
