"""``list``, ``show`` and ``facets``: reading the library in the terminal.

``show`` words each funding line with ``core.funding_text``, as the detail pane does, so the
window and the command line say the same thing for the same fact.
"""
from __future__ import annotations

from decimal import Decimal

from ..core.filters import SORT_COLUMNS
from ..core.money import format_amount
from .common import CliError, EXIT_USAGE, add_filters, count, details, filter_from, print_json, with_library


def register(sub) -> None:
    sp = sub.add_parser("list", help="list initiatives")
    add_filters(sp)
    sp.add_argument("--sort", default="announced", choices=SORT_COLUMNS)
    sp.add_argument("--asc", action="store_true", help="ascending order")
    sp.add_argument("--desc", action="store_true", help="descending order")
    sp.add_argument("--limit", type=count, default=100)
    sp.add_argument("--offset", type=count, default=0)
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=with_library(run_list))

    sp = sub.add_parser("show", help="one initiative in full, with its sources")
    sp.add_argument("slug")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=with_library(run_show))

    sp = sub.add_parser("facets", help="counts per facet value")
    add_filters(sp)
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=with_library(run_facets))


def run_list(lib, args) -> int:
    from ..core.export import initiative_json
    f = filter_from(args)
    if args.sort == "relevance" and not f.text:
        raise CliError("--sort relevance needs --search", EXIT_USAGE)
    descending = True if args.desc else False if args.asc else None
    if args.json:
        rows, records = details(lib, f, args.sort, descending, args.limit, args.offset)
        out = []
        for r, d in zip(rows, records):
            item = initiative_json(d)
            if r.snippet:
                item["snippet"] = r.snippet
            out.append(item)
        print_json(out)
        return 0
    total = lib.catalog.count(f)
    rows = lib.catalog.list(f, sort=args.sort, descending=descending, limit=args.limit, offset=args.offset)
    table = [("SLUG", "NAME", "KIND", "DATE", "UK £", "JAPAN £", "TOTAL £", "SRC")]
    for r in rows:
        table.append((r.slug, _clip(r.name, 48), r.kind, r.announced or "–", _money(r.uk_gbp),
                      _money(r.japan_gbp), _money(r.total_gbp), str(r.n_sources)))
    _print_table(table)
    shown = f"{args.offset + 1}–{args.offset + len(rows)}" if rows else "none"
    print(f"\n{shown} of {total} initiative(s) · {f.describe()}")
    if f.text:
        for r in rows:
            if r.snippet:
                print(f"  {r.slug}: {r.snippet}")
    return 0


def _money(v: Decimal) -> str:
    return format_amount(v, "GBP") if v else "–"


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _print_table(rows) -> None:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())


def run_show(lib, args) -> int:
    from ..core.export import initiative_json
    from ..store.catalog import NotFound
    try:
        d = lib.catalog.detail(args.slug)
    except NotFound:
        raise CliError(f"no initiative with slug {args.slug!r} (try `ukjp-desktop list`)") from None
    if args.json:
        print_json(initiative_json(d))
        return 0
    print(f"{d.name}  [{d.slug}]")
    print(f"{d.kind} · {d.status} · sectors: {', '.join(d.sectors) or '–'} · countries: {', '.join(d.countries) or '–'}")
    if d.summary:   # an imported initiative has none: no empty paragraph for it
        print()
        print(d.summary)
    for x in d.dates:
        print(f"\n{x.label.capitalize()}: {x.display}" + (f"  ({x.note})" if x.note else ""))
        if x.excerpt:
            print(f"    “{x.excerpt.text}” — {x.excerpt.source_title}")
    if d.organisations:
        print("\nOrganisations:")
        for o in d.organisations:
            print(f"  {o.role:<11} {o.name} ({o.country}, {o.type})")
    if d.funding:
        print("\nFunding (as stated; GBP for comparison):")
        for fl in d.funding:
            _print_funding_line(fl)
    if d.excluded:
        print("\nFigures not counted:")
        for x in d.excluded:
            print(f"  “{x.stated}”: {x.reason}")
    if d.relations:
        print("\nRelated:")
        for r in d.relations:
            arrow = "→" if r.direction == "out" else "←"
            print(f"  {r.type} {arrow} {r.name} [{r.slug}]")
    print("\nSources:")
    for e in d.excerpts:
        print(f"  [{e.source_title}, {e.source_publisher}, {e.source_date or 'undated'}; chars {e.start}–{e.end}]")
        print(f"    “{e.text}”")
    a = d.annotation
    if a.note or a.starred or a.tags or a.team_starred:
        stars = ("★ " if a.starred else "") + ("★ team " if a.team_starred else "")
        tags = " ".join("#" + t + (" (team)" if t in a.team_tags else "") for t in a.tags)
        print(f"\nYour notes{' (shared)' if a.shared else ''}: {stars}{tags}")
        if a.note:
            print("  " + a.note.replace("\n", "\n  "))
    for n in a.team_notes:
        print(f"\nShared by {n.author} ({n.updated_at.replace('T', ' ')} UTC"
              + (f", last edited by {n.updated_by}" if n.updated_by and n.updated_by != n.author else "") + "):")
        print("  " + n.note.replace("\n", "\n  "))
    return 0


def _print_funding_line(fl) -> None:
    """The detail pane's words for one line: side, amount as stated, the GBP figure, who pays,
    why it is not counted, the stated phrase, the rate used."""
    from ..core.funding_text import amount_as_stated, gbp_figure, line_mark, rate_text
    from ..core.vocab import words
    mark = line_mark(fl)
    gbp = f" (GBP: {gbp_figure(fl)})" if fl.currency != "GBP" else ""
    print(f"  {words(fl.side):<7} {amount_as_stated(fl)}{gbp}  {fl.contributor or ''}".rstrip()
          + (f"  [{mark.badge}]" if mark else ""))
    indent = " " * 10
    if mark:
        print(f"{indent}{mark.explanation}")
    print(f"{indent}stated: “{fl.stated}”")
    if fl.source_conversion:
        print(f"{indent}the source's own conversion: “{fl.source_conversion.get('stated') or ''}”")
    print(f"{indent}{rate_text(fl)}")
    if fl.note:
        print(f"{indent}{fl.note}")


def run_facets(lib, args) -> int:
    f = filter_from(args)
    counts = lib.catalog.facets(f)
    if args.json:
        out = {k: [{"value": v.value, "label": v.label, "count": v.count} for v in vals]
               for k, vals in counts.facets.items()}
        print_json({"filter": f.describe(), "total": lib.catalog.count(f), "facets": out})
        return 0
    print(f"{lib.catalog.count(f)} initiative(s) · {f.describe()}")
    for facet, vals in counts.facets.items():
        print(f"\n{facet}:")
        for v in vals:
            label = f" ({v.label})" if v.label != v.value else ""
            print(f"  {v.count:>6}  {v.value}{label}")
        if not vals:
            print("       –")
    return 0
