"""Saving imports: one transaction, offsets like curated facts, corroboration, undo, upgrades."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.propose import propose_source_meta
from ukjp_desktop.core.extract.readers import read_document
from ukjp_desktop.store import importer as imp
from ukjp_desktop.store.build import apply_dataset
from ukjp_desktop.store.models import (Excerpt, FundingLine, Initiative, InitiativeDate, Meta,
                                       Organisation, Source)

pytestmark = pytest.mark.both_engines

TEXT = ("UK and Japan launch robotics call\n\n"
        "EPSRC and the Japan Science and Technology Agency (JST) today (Monday 10 March) opened a joint "
        "call on care robotics. The projects are funded by £2.5 million from EPSRC and just over "
        "¥400 million (approximately £2.1 million) from JST.\n\nThe call closes on 30 May 2025.\n")


def _counts(engine):
    with engine.connect() as c:
        return {m.__name__: c.execute(select(func.count()).select_from(m)).scalar()
                for m in (Source, Initiative, FundingLine, Excerpt, InitiativeDate, Organisation, Meta)}


def _draft(tmp_path, text=TEXT):
    f = tmp_path / "call.txt"
    f.write_text(text, encoding="utf-8")
    doc = read_document(f)
    r = propose(doc.text, document_date=None)
    meta = propose_source_meta(doc.text, r)
    return imp.SourceDraft.from_document(doc, meta), r


def _plan(draft, r, target):
    uk, jp = (p for p in r.money if not p.converted_from)
    return imp.ImportPlan(
        source=draft, initiative=target,
        money=[imp.accept_money(r, uk.id), imp.accept_money(r, jp.id)],
        dates=[imp.AcceptedDate(next(d for d in r.dates if d.value == "2025-03-10"), "started")],
        organisations=[imp.AcceptedOrganisation(o, "funder") for o in r.organisations[:1]])


def test_new_initiative_gets_lines_dates_and_exact_excerpts(library, tmp_path):
    draft, r = _draft(tmp_path)
    before = _counts(library.engine)
    receipt = imp.import_document(library.engine, _plan(draft, r, imp.NewInitiative(
        "UK–Japan care robotics call", kind="funding_call", sectors=("ai",), countries=("GB", "JP"))))
    assert receipt.source_created and receipt.initiative_created
    with Session(library.engine) as c:
        src = c.execute(select(Source).where(Source.id == receipt.source_id)).scalar_one()
        assert src.origin == "user" and src.date_value == "2025-03-10" and src.sha256 == draft_sha(draft)
        for e in c.execute(select(Excerpt).where(Excerpt.id.in_(receipt.excerpt_ids))).scalars():
            assert src.text[e.start:e.end] == e.text and e.key.startswith(f"u{receipt.id}-")
        lines = c.execute(select(FundingLine).where(FundingLine.id.in_(receipt.funding_line_ids))
                          .order_by(FundingLine.position)).scalars().all()
        ini = c.execute(select(Initiative).where(Initiative.id == receipt.initiative_id)).scalar_one()
    assert [(ln.amount, ln.currency, ln.side, ln.qualifier) for ln in lines] == [
        ("2500000", "GBP", "UK", "exact"), ("400000000", "JPY", "Japan", "just_over")]
    assert lines[1].conv_amount == "2100000" and lines[1].conv_currency == "GBP"
    assert ini.origin == "user" and ini.slug.startswith("user-") and ini.announced_value == "2025-03-10"
    assert ini.uk_gbp_p == 250_000_000 and ini.japan_gbp_p > 0 and ini.n_sources == 1
    # searchable straight away, and visible through the catalog like a curated initiative
    detail = library.catalog.detail(ini.slug)
    assert {f.side for f in detail.funding} == {"UK", "Japan"}
    after = _counts(library.engine)
    assert after["Initiative"] == before["Initiative"] + 1
    imp.undo_import(library.engine, receipt.id)
    assert _counts(library.engine) == {**before, "Meta": before["Meta"] + 1}   # import_last stays


def draft_sha(draft):
    from ukjp_desktop.core.extract.readers import text_sha256
    return text_sha256(draft.text)


def test_same_text_is_recognised_not_duplicated(library, tmp_path, dataset):
    draft, _r = _draft(tmp_path)
    first = imp.import_document(library.engine, imp.ImportPlan(source=draft))
    second = imp.import_document(library.engine, imp.ImportPlan(source=draft))
    assert first.source_created and not second.source_created
    assert second.source_id == first.source_id
    curated = dataset.sources["uk-japan-st-package-2026"]
    again = imp.import_document(library.engine, imp.ImportPlan(
        source=imp.SourceDraft(title="x", publisher="y", text=curated.text)))
    assert again.source_slug == "uk-japan-st-package-2026" and not again.source_created


def test_error_writes_nothing(library, tmp_path):
    draft, r = _draft(tmp_path)
    before = _counts(library.engine)
    plan = _plan(draft, r, "no-such-initiative")
    with pytest.raises(imp.ImportRejected, match="no initiative"):
        imp.import_document(library.engine, plan)
    plan = _plan(draft, r, imp.NewInitiative("x"))
    plan.sectors = ["not-a-sector"]          # fails after the source and lines were inserted
    with pytest.raises(imp.ImportRejected, match="unknown sector"):
        imp.import_document(library.engine, plan)
    conv = next(p for p in r.money if p.converted_from)
    with pytest.raises(imp.ImportRejected, match="restates"):
        imp.import_document(library.engine, imp.ImportPlan(draft, imp.NewInitiative("x"),
                                                           money=[imp.AcceptedMoney(conv)]))
    assert _counts(library.engine) == before


def test_corroboration_and_conflict_against_recorded_figures(library, tmp_path):
    text = ("Quantum update\n\nThe joint quantum projects are funded by £4.5 million from EPSRC. "
            "JST is now providing £6 million to them.\n")
    draft, r = _draft(tmp_path, text)
    agree, disagree = r.money
    checks = imp.check_figures(library.engine, "uk-japan-quantum-joint-projects", r.money)
    assert [c.status for c in checks] == ["corroborates", "conflicts"]
    assert checks[0].recorded[0].stated == "£4.5 million" and checks[0].recorded[0].source_title
    assert checks[1].recorded[0].stated == "just over £5.2 million"
    plan = imp.ImportPlan(draft, "uk-japan-quantum-joint-projects",
                          money=[imp.accept_money(r, agree.id), imp.accept_money(r, disagree.id)])
    with pytest.raises(imp.ImportRejected, match="conflicts"):
        imp.import_document(library.engine, plan)
    plan.money[1].resolution = "supersede"
    before = library.catalog.detail("uk-japan-quantum-joint-projects")
    receipt = imp.import_document(library.engine, plan)
    after = library.catalog.detail("uk-japan-quantum-joint-projects")
    assert len(receipt.funding_line_ids) == 1 and receipt.corroborated_line_ids
    assert after.japan_gbp == Decimal(6_000_000) and len(after.excerpts) == len(before.excerpts) + 2   # one per sentence
    imp.undo_import(library.engine, receipt.id)
    restored = library.catalog.detail("uk-japan-quantum-joint-projects")
    assert (restored.japan_gbp, len(restored.excerpts)) == (before.japan_gbp, len(before.excerpts))
    assert [f.status for f in restored.funding] == [f.status for f in before.funding]


def test_dataset_upgrade_keeps_user_rows(library, tmp_path, dataset):
    draft, r = _draft(tmp_path)
    receipt = imp.import_document(library.engine, _plan(draft, r, imp.NewInitiative("Robotics call")))
    with library.engine.begin() as conn:
        apply_dataset(conn, dataset)            # what an upgrade runs
    with library.engine.connect() as c:
        assert c.execute(select(Source.id).where(Source.id == receipt.source_id)).first()
        assert c.execute(select(Initiative.origin).where(Initiative.id == receipt.initiative_id)).scalar() == "user"
        n = c.execute(select(func.count()).select_from(FundingLine)
                      .where(FundingLine.id.in_(receipt.funding_line_ids))).scalar()
    assert n == 2


def test_dataset_upgrade_keeps_user_lines_on_curated_initiatives(library, tmp_path, dataset):
    text = "Update\n\nJST is now providing £6 million to the quantum projects.\n"
    draft, r = _draft(tmp_path, text)
    receipt = imp.import_document(library.engine, imp.ImportPlan(
        draft, "uk-japan-quantum-joint-projects", money=[imp.accept_money(r, "m1", resolution="keep_both")]))
    with library.engine.begin() as conn:
        apply_dataset(conn, dataset)
    with library.engine.connect() as c:
        assert c.execute(select(FundingLine.id).where(FundingLine.id.in_(receipt.funding_line_ids))).first()


def test_a_range_is_stored_and_counted_at_its_lower_bound_like_the_dataset(library, tmp_path):
    text = "Awards\n\nEPSRC will provide awards of £250,000-£400,000 to each of the selected teams.\n"
    draft, r = _draft(tmp_path, text)
    money = [p for p in r.money if p.amount_min is not None]
    assert len(money) == 1
    receipt = imp.import_document(library.engine, imp.ImportPlan(
        draft, imp.NewInitiative("Care robotics awards"), money=[imp.accept_money(r, money[0].id, side="UK")]))
    with Session(library.engine) as c:
        line = c.execute(select(FundingLine).where(FundingLine.id.in_(receipt.funding_line_ids))).scalar_one()
    assert (line.amount, line.amount_max, line.currency) == ("250000", "400000", "GBP")
    assert line.gbp_p == 25_000_000   # pounds to pence at the lower bound, not the upper


def test_a_figure_corrected_in_review_is_checked_as_corrected(library, tmp_path):
    # The text says £6 million (a conflict with JST's "just over £5.2 million"); the user corrects
    # it to 5,200,000 in the review: the check and the import then see a corroboration.
    text = "Quantum update\n\nJST is now providing £6 million to the joint quantum projects.\n"
    draft, r = _draft(tmp_path, text)
    edited = imp.accept_money(r, "m1", side="Japan", amount=Decimal(5_200_000))
    [check] = imp.check_figures(library.engine, "uk-japan-quantum-joint-projects", [edited])
    assert check.status == "corroborates"
    [raw] = imp.check_figures(library.engine, "uk-japan-quantum-joint-projects",
                              [imp.accept_money(r, "m1", side="Japan")])
    assert raw.status == "conflicts"
    receipt = imp.import_document(library.engine, imp.ImportPlan(
        draft, "uk-japan-quantum-joint-projects", money=[edited]))
    assert receipt.corroborated_line_ids and not receipt.funding_line_ids


def test_every_mention_of_a_repeated_figure_is_cited_and_undone(library, tmp_path):
    text = ("Japanese firms commit almost £18 billion investment in the UK\n\n"
            "Leading Japanese businesses have committed to invest almost £18 billion in the UK. "
            "The Prime Minister welcomed the news.\n\n"
            "“These almost £18 billion of new investments are a vote of confidence,” he said.\n")
    draft, r = _draft(tmp_path, text)
    (p,) = r.money
    assert len(p.evidence) == 3
    before = _counts(library.engine)
    receipt = imp.import_document(library.engine, imp.ImportPlan(
        source=draft, initiative=imp.NewInitiative("Japanese investment pledges"),
        money=[imp.accept_money(r, p.id, side="private")]))
    with Session(library.engine) as c:
        src = c.execute(select(Source).where(Source.id == receipt.source_id)).scalar_one()
        excerpts = c.execute(select(Excerpt).where(Excerpt.initiative_id == receipt.initiative_id)).scalars().all()
        line = c.execute(select(FundingLine).where(FundingLine.id.in_(receipt.funding_line_ids))).scalar_one()
    assert {e.id for e in excerpts} == set(receipt.excerpt_ids) and len(excerpts) == 3
    for e in excerpts:
        assert src.text[e.start:e.end] == e.text
    for s, e in p.evidence:   # every mention sits in a saved excerpt, as an exact substring
        assert any(x.start <= s and e <= x.end and x.text[s - x.start:e - x.start] == text[s:e] for x in excerpts)
    assert line.excerpt_id in {e.id for e in excerpts}
    imp.undo_import(library.engine, receipt.id)
    after = _counts(library.engine)
    assert {k: v for k, v in after.items() if k != "Meta"} == {k: v for k, v in before.items() if k != "Meta"}


def test_a_figure_moved_to_another_side_does_not_keep_the_proposed_payer(library, tmp_path):
    # (qa29d: re-marking "£2.5 million from EPSRC" as Japan's saved EPSRC as its contributor, unseen in the review)
    draft, r = _draft(tmp_path)
    uk = next(p for p in r.money if not p.converted_from and p.currency == "GBP")
    assert uk.contributor == "epsrc"
    moved = imp.accept_money(r, uk.id)
    moved.side = "Japan"
    kept = imp.accept_money(r, next(p for p in r.money if not p.converted_from and p.currency == "JPY").id)
    receipt = imp.import_document(library.engine, imp.ImportPlan(draft, imp.NewInitiative("Robotics call"),
                                                                 money=[moved, kept]))
    with Session(library.engine) as c:
        lines = c.execute(select(FundingLine).where(FundingLine.id.in_(receipt.funding_line_ids))
                          .order_by(FundingLine.position)).scalars().all()
        slugs = [c.get(Organisation, x.contributor_id).slug if x.contributor_id else None for x in lines]
    assert [x.side for x in lines] == ["Japan", "Japan"]
    assert slugs[0] is None and slugs[1] is not None


def test_a_figure_the_word_model_unticked_is_a_funding_line_once_the_user_accepts_it(library, tmp_path):
    # the word model only unticks (core/extract/funding_words.py): a user who accepts the figure one by one overrules
    # it, and the line is counted like any funding; a trade figure accepted stays out of the totals
    text = "Plant\n\nHitachi will invest £40 million in the plant. Exports to Japan were worth £2bn.\n"
    draft, r = _draft(tmp_path, text)
    invest, exports = r.money
    invest.is_funding, invest.funding_score, invest.funding_doubt = False, 0.05, ("invest",)   # as the model leaves it
    assert not exports.is_funding and exports.funding_doubt is None
    receipt = imp.import_document(library.engine, imp.ImportPlan(
        draft, imp.NewInitiative("Plant"),
        money=[imp.accept_money(r, invest.id), imp.accept_money(r, exports.id, side="UK")]))
    with Session(library.engine) as c:
        lines = c.execute(select(FundingLine).where(FundingLine.id.in_(receipt.funding_line_ids))
                          .order_by(FundingLine.position)).scalars().all()
    assert [(x.amount, x.scope != "non_funding", x.counted) for x in lines] == [("40000000", True, True),
                                                                            ("2000000000", False, False)]


def test_a_figure_in_a_currency_with_no_rate_is_kept_as_stated_and_not_counted(library, tmp_path):
    # (session 38) the extractor reads the New Zealand dollar and the rupee, and the rate table holds neither: the
    # figure is stored as stated, with no pounds beside it, left out of every GBP total, and the receipt names it
    text = ("Nissui expands in Lincolnshire\n\nNissui will invest NZ $7 million in a new processing line, and "
            "Innovate UK will provide £500,000 towards the research.\n")
    draft, r = _draft(tmp_path, text)
    nzd = next(p for p in r.money if p.currency == "NZD")
    gbp = next(p for p in r.money if p.currency == "GBP")
    before = _counts(library.engine)
    receipt = imp.import_document(library.engine, imp.ImportPlan(
        draft, imp.NewInitiative("Nissui Lincolnshire line"),
        money=[imp.accept_money(r, nzd.id), imp.accept_money(r, gbp.id, side="UK")]))
    assert receipt.unconverted == ["NZ $7 million"]
    with Session(library.engine) as c:
        lines = c.execute(select(FundingLine).where(FundingLine.id.in_(receipt.funding_line_ids))
                          .order_by(FundingLine.position)).scalars().all()
        ini = c.execute(select(Initiative).where(Initiative.id == receipt.initiative_id)).scalar_one()
    assert [(ln.amount, ln.currency, ln.rate_id, ln.gbp_p, ln.counted) for ln in lines] == [
        ("7000000", "NZD", None, 0, False), ("500000", "GBP", None, 50_000_000, True)]
    assert ini.total_gbp_p == 50_000_000
    detail = library.catalog.detail(ini.slug)
    line = next(f for f in detail.funding if f.currency == "NZD")
    from ukjp_desktop.core.funding_text import gbp_figure, line_mark, rate_text
    assert gbp_figure(line) == "no rate" and line_mark(line).badge == "no rate"
    assert "No exchange rate available for NZD" in rate_text(line)
    imp.undo_import(library.engine, receipt.id)
    assert _counts(library.engine) == {**before, "Meta": before["Meta"] + 1}


def _nzd_import(library, tmp_path, amount="NZ $7 million", target=None, resolution=None):
    text = f"Nissui expands in Lincolnshire\n\nNissui will invest {amount} in a new processing line.\n"
    draft, r = _draft(tmp_path, text)
    nzd = next(p for p in r.money if p.currency == "NZD")
    return imp.import_document(library.engine, imp.ImportPlan(
        draft, target or imp.NewInitiative("Nissui Lincolnshire line"),
        money=[imp.accept_money(r, nzd.id, resolution=resolution)]))


def _line(library, line_id):
    with library.engine.connect() as c:
        return c.execute(select(FundingLine.currency, FundingLine.status, FundingLine.counted, FundingLine.gbp_p,
                                FundingLine.rate_id).where(FundingLine.id == line_id)).one()


def test_a_no_rate_line_counts_once_a_release_brings_its_rate(library, tmp_path, dataset):
    import dataclasses
    from ukjp_desktop.core.money import Rate
    receipt = _nzd_import(library, tmp_path)
    [line_id] = receipt.funding_line_ids
    assert _line(library, line_id)[2:4] == (False, 0)
    richer = dataclasses.replace(dataset, rates=[*dataset.rates, Rate("NZD", 2009, Decimal("2"), "test", False, None)])
    with library.engine.begin() as conn:
        apply_dataset(conn, richer)
    currency, status, counted, gbp_p, rate_id = _line(library, line_id)
    assert (counted, gbp_p) == (True, 350_000_000) and rate_id is not None
    detail = library.catalog.detail(receipt.initiative_slug)
    assert detail.total_gbp == Decimal(3_500_000)


def test_undoing_a_supersession_leaves_a_no_rate_line_uncounted(library, tmp_path):
    first = _nzd_import(library, tmp_path)
    [old] = first.funding_line_ids
    (tmp_path / "second").mkdir()
    second = _nzd_import(library, tmp_path / "second", amount="NZ $9 million", target=first.initiative_slug,
                         resolution="supersede")
    assert second.superseded_line_ids == [old] and _line(library, old)[1:3] == ("superseded", False)
    imp.undo_import(library.engine, second.id)
    assert _line(library, old)[1:3] == ("current", False)


def test_the_stored_receipt_leaves_out_what_is_told_once_and_reads_back_fields_it_does_not_know(library, tmp_path):
    import json
    receipt = _nzd_import(library, tmp_path)
    with library.engine.connect() as c:
        stored = json.loads(c.execute(select(Meta.value).where(Meta.key == f"import:{receipt.id}")).scalar())
    assert "unconverted" not in stored and stored["funding_line_ids"] == receipt.funding_line_ids
    again = imp._receipt({**stored, "a_field_of_a_newer_version": 1})
    assert again.funding_line_ids == receipt.funding_line_ids and again.unconverted == []


def test_exports_leave_the_pounds_of_a_no_rate_line_empty(library, tmp_path):
    from ukjp_desktop.core.export import COLUMNS, initiative_json
    from ukjp_desktop.store.export_rows import read_rows
    receipt = _nzd_import(library, tmp_path)
    detail = library.catalog.detail(receipt.initiative_slug)
    [line] = initiative_json(detail)["funding"]
    assert (line["currency"], line["amount_gbp"], line["counted"]) == ("NZD", None, False)
    with library.engine.connect() as c:
        [row] = read_rows(c, [receipt.initiative_id]).rows
    cells = dict(zip(COLUMNS, row))
    assert cells["currency"] == "NZD" and cells["amount_gbp"] == ""
