"""``annotate``: the user's note, star and tags on an initiative."""
from __future__ import annotations

from .common import EXIT_USAGE, CliError, with_library


def register(sub) -> None:
    sp = sub.add_parser("annotate", help="add a note, star or tags to an initiative")
    sp.add_argument("slug")
    sp.add_argument("--note", help="replace the note ('' clears it)")
    star = sp.add_mutually_exclusive_group()
    star.add_argument("--star", action="store_true")
    star.add_argument("--unstar", action="store_true")
    sp.add_argument("--tag", action="append", default=[])
    sp.add_argument("--untag", action="append", default=[])
    sp.set_defaults(func=with_library(run_annotate))


def run_annotate(lib, args) -> int:
    from ..store import annotations as ann
    try:
        if args.note is not None:
            ann.set_note(lib.engine, args.slug, args.note)
        if args.star or args.unstar:
            ann.set_star(lib.engine, args.slug, bool(args.star))
        for t in args.tag:
            ann.tag(lib.engine, args.slug, t)
        for t in args.untag:
            ann.untag(lib.engine, args.slug, t)
        if args.note is None and not (args.star or args.unstar or args.tag or args.untag):
            lib.catalog.detail(args.slug)  # validates the slug
    except (ann.AnnotationError, LookupError) as exc:
        raise CliError(str(exc).strip("'\""), EXIT_USAGE) from None
    print(f"annotated {args.slug}")
    return 0
