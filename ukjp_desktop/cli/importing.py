"""`ukjp-desktop import`: read a document, propose facts, optionally store them.

    import FILE --dry-run [--json]        show the proposals, write nothing
    import FILE                           save the document as a Source (no facts)
    import FILE --accept-all --initiative SLUG | --new-initiative NAME [--kind K]
                                          also accept every figure (side "other" where the text
                                          names no contributor; those not ticked as funding are
                                          kept but not counted), the first date per
                                          guessed label, known organisations, frequent sectors
    import --undo N                       take import N away again
Errors are one line and a non-zero exit; nothing is written when one occurs.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from ..core.wording import count
from .common import CliError, EXIT_USAGE, add_import_options, one_line_errors, with_library


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def register(sub) -> None:
    sp = sub.add_parser(
        "import", help="import a document (text, Markdown, HTML, PDF, .docx) and propose facts",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sp.add_argument("file", nargs="?", metavar="FILE")
    sp.add_argument("--dry-run", action="store_true", help="show the proposals; write nothing")
    sp.add_argument("--json", action="store_true", help="print {source, proposals} as JSON")
    sp.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD",
                    help="the document's date, for 'today', 'last year', 'in December'")
    sp.add_argument("--accept-all", action="store_true",
                    help="store the proposed facts too (needs --initiative or --new-initiative)")
    target = sp.add_mutually_exclusive_group()
    target.add_argument("--initiative", metavar="SLUG", help="attach accepted facts to this initiative")
    target.add_argument("--new-initiative", metavar="NAME", help="create an initiative for them")
    add_import_options(sp, undoes="import", kind_default=None, kind_help="kind of the new initiative")
    sp.set_defaults(func=with_library(run_import))


@one_line_errors
def run_import(lib, args) -> int:
    from ..core.extract.readers import DocumentError
    from ..store.importer import ImportRejected, undo_import
    if args.undo is not None:
        try:
            r = undo_import(lib.engine, args.undo)
        except ImportRejected as exc:
            raise CliError(str(exc), EXIT_USAGE) from None
        print(f"undid import {r.id}: source {r.source_slug}"
              + (f", initiative {r.initiative_slug}" if r.initiative_slug else ""))
        return 0
    if not args.file:
        raise CliError("import needs a FILE (or --undo N)", EXIT_USAGE)
    if args.accept_all and not (args.initiative or args.new_initiative):
        raise CliError("--accept-all needs --initiative SLUG or --new-initiative NAME", EXIT_USAGE)
    if (args.initiative or args.new_initiative) and not args.accept_all:
        raise CliError("--initiative/--new-initiative only apply with --accept-all", EXIT_USAGE)
    try:
        return _import(lib, args)
    except (DocumentError, ImportRejected) as exc:
        raise CliError(str(exc)) from None


def _gazetteer(lib, args):
    """The window's gazetteer: the built-in and curated bodies, the organisations earlier imports created, and the
    user's own file beside the settings (File → Import's "Add organisation to gazetteer…"), so that the command
    line proposes what the review would."""
    from ..app import settings_folder
    from ..core.extract.organisations import default_gazetteer
    from ..core.extract.user_gazetteer import FILE_NAME, file_problem
    from ..store.import_support import users_bodies
    path = settings_folder(getattr(args, "settings_dir", None)) / FILE_NAME
    problem = file_problem(path)
    if problem:   # (edited by hand: it goes on with what can be read, and says so)
        print(f"note: {path}: {problem}; only the entries that can be read are used", file=sys.stderr)
    return default_gazetteer(extra=users_bodies(lib.engine, path)[0])


def _import(lib, args) -> int:
    from ..core.extract import propose, proposals_json
    from ..core.extract.propose import propose_source_meta
    from ..core.extract.readers import read_document
    from ..store.importer import SourceDraft, find_source_by_text, import_document
    doc = read_document(args.file)
    result = propose(doc.text, document_date=args.date, gazetteer=_gazetteer(lib, args))
    meta = propose_source_meta(doc.text, result, doc.title, doc.publisher, doc.date, doc.url)
    if args.date:
        meta.date, meta.date_precision, meta.date_note = args.date.isoformat(), "day", "given with --date"
    with lib.engine.connect() as conn:
        existing = find_source_by_text(conn, doc.text)
    source = {"title": meta.title, "publisher": meta.publisher, "date": meta.date,
              "date_precision": meta.date_precision, "url": meta.url, "sha256": doc.sha256,
              "original_name": doc.original_name, "format": doc.format, "characters": len(doc.text),
              "notices": doc.notices, "already_imported": existing[1] if existing else None}
    for notice in doc.notices:
        print(f"notice: {notice}", file=sys.stderr)
    if args.dry_run:
        if args.json:
            json.dump({"source": source, "proposals": proposals_json(result)}, sys.stdout,
                      ensure_ascii=False, indent=2)
            print()
        else:
            _print_summary(source, result)
        return 0
    plan = _plan(SourceDraft.from_document(doc, meta), result, args)
    receipt = import_document(lib.engine, plan)
    if args.json:
        from dataclasses import asdict
        json.dump({"source": source, "receipt": asdict(receipt)}, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    verb = "saved" if receipt.source_created else "already had"
    print(f"{verb} source {receipt.source_slug} ({meta.title})")
    if receipt.initiative_slug:
        made = "new initiative" if receipt.initiative_created else "initiative"
        print(f"{made} {receipt.initiative_slug}: {count(len(receipt.funding_line_ids), 'figure')}, "
              f"{count(len(receipt.dates_added) + len(receipt.dates_replaced), 'date')}, "
              f"{count(len(receipt.org_links), 'organisation link')}, {count(len(receipt.sector_ids), 'sector')}, "
              f"{count(len(receipt.excerpt_ids), 'excerpt')}")
        for stated in receipt.unconverted:
            print(f"  {stated}: no exchange rate for its currency; kept as stated, not counted in the GBP totals")
        for c in receipt.checks:
            if c.status != "new":
                figures = "; ".join(f"{x.stated} [{x.source_title}]" for x in c.recorded)
                print(f"  {c.proposal_id} {c.status}: {figures}")
    else:
        print(f"{len(result.money)} money, {len(result.dates)} date and {len(result.organisations)} "
              "organisation proposal(s) not stored (review them in the window, or use --accept-all)")
    print(f"import {receipt.id}; undo with: ukjp-desktop import --undo {receipt.id}")
    return 0


def _plan(draft, result, args):
    from ..store.importer import (AcceptedDate, AcceptedOrganisation, ImportPlan, NewInitiative,
                                 accept_money)
    plan = ImportPlan(source=draft)
    if not args.accept_all:
        return plan
    if args.new_initiative:
        kind = args.kind or next((n.suggested_kind for n in result.names), "other")
        countries = tuple(dict.fromkeys(o.country for o in result.organisations
                                        if o.known and o.country in ("GB", "JP")))
        plan.initiative = NewInitiative(name=args.new_initiative, kind=kind,
                                        sectors=tuple(result.suggested_sectors), countries=countries,
                                        bilateral=set(countries) == {"GB", "JP"})
    else:
        plan.initiative = args.initiative
        plan.sectors = list(result.suggested_sectors)
    resolution = None if args.on_conflict == "stop" else args.on_conflict
    for p in result.money:
        if not p.converted_from:
            # a figure the word model unticked is kept but not counted, like a trade figure: a bulk accept is not the
            # one-by-one overruling the store importer counts it for (the window's "Accept all money" skips it)
            plan.money.append(accept_money(result, p.id, side=p.side or "other", resolution=resolution,
                                           scope="non_funding" if p.funding_doubt else None))
    seen = set()
    for d in result.dates:
        if d.label and d.label not in seen:
            seen.add(d.label)
            plan.dates.append(AcceptedDate(d, d.label))
    done = set()
    for o in result.organisations:
        if o.known and o.slug not in done:
            done.add(o.slug)
            plan.organisations.append(AcceptedOrganisation(o, "participant"))
    return plan


def _at(p) -> str:
    """Where the document states a proposal: "@232", or "@232 @1480" for a repeated figure or a body named again."""
    spans = getattr(p, "evidence", None) or [(p.start, p.end)]
    return " ".join(f"@{start}" for start, _end in spans)


# how a kind was read when its sentence has no telling word (core.extract.money kind_basis)
_KIND_BASIS_FLAG = {"default": "kind by default", "sentence before": "kind as the sentence before",
                    "heading": "kind from the heading above", "size": "kind from its size"}


def _print_summary(source: dict, result) -> None:
    from ..core.money import format_amount
    print(f"{source['title']}  ({source['publisher']}; {source['date'] or 'undated'})")
    if source["already_imported"]:
        print(f"already in the database as {source['already_imported']}")
    print(f"\nMoney ({len(result.money)}):")
    for p in result.money:
        amount = format_amount(p.amount, p.currency)
        if p.amount_min is not None:
            amount = f"{format_amount(p.amount_min, p.currency)}–{amount}"
        flags = [f for f in (p.money_kind,
                             p.qualifier if p.qualifier != "exact" else "",
                             p.basis if p.basis != "total" else "",
                             "not funding" if not p.is_funding and not p.funding_doubt else "",
                             f"unticked, words against: {' '.join(p.funding_doubt)}" if p.funding_doubt else "",
                             f"ticked (read as {p.rules_kind}), words for: {' '.join(p.funding_support)}"
                             if p.ticked_by_model else "",
                             _KIND_BASIS_FLAG.get(p.kind_basis, "") if not p.converted_from else "",
                             f"side by the word model, the rules read {p.rules_side or 'none'}"
                             if p.side_basis == "word model" and not p.converted_from else "",
                             f"converts {p.converted_from}" if p.converted_from else "") if f]
        side = f"{p.side} ({p.side_basis})" if p.side and p.side_basis else (p.side or "–")
        print(f"  {p.id:<4} {amount:<14} side {side:<19} “{p.text}” {_at(p)}"
              + (f"  [{', '.join(flags)}]" if flags else ""))
    print(f"\nDates ({len(result.dates)}):")
    for d in result.dates:
        print(f"  {d.id:<4} {d.value:<11} {d.label or '':<9} “{d.text}” @{d.start}")
    print(f"\nOrganisations ({len(result.organisations)}):")
    for o in result.organisations:
        print(f"  {o.id:<4} {o.slug or '(unknown)':<28} “{o.text}” {_at(o)}")
    print(f"\nSectors: {', '.join(result.suggested_sectors) or '–'}")
    print(f"Names: {'; '.join(dict.fromkeys(n.text for n in result.names)) or '–'}")
    print(f"People: {'; '.join(dict.fromkeys(p.text for p in result.people)) or '–'}")
