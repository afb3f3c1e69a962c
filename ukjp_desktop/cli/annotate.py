"""``annotate``: the member's note (private, or shared), star and tags on an initiative;
``--team`` stars and tags for the whole team."""
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
    share = sp.add_mutually_exclusive_group()
    share.add_argument("--share", action="store_true", help="show your note to the team")
    share.add_argument("--private", action="store_true", help="make your note private again")
    sp.add_argument("--team", action="store_true",
                    help="--star/--unstar/--tag/--untag for the whole team, not just you")
    sp.set_defaults(func=with_library(run_annotate))


def run_annotate(lib, args) -> int:
    from ..store import annotations as ann
    try:
        if args.note is not None:
            ann.set_note(lib.engine, args.slug, args.note)
        if args.share or args.private:
            ann.share_note(lib.engine, args.slug, bool(args.share))
        if args.star or args.unstar:
            ann.set_star(lib.engine, args.slug, bool(args.star), team=args.team)
        for t in args.tag:
            ann.tag(lib.engine, args.slug, t, team=args.team)
        for t in args.untag:
            ann.untag(lib.engine, args.slug, t, team=args.team)
        if args.note is None and not (args.star or args.unstar or args.tag or args.untag
                                      or args.share or args.private):
            lib.catalog.detail(args.slug)  # validates the slug
    except (ann.AnnotationError, LookupError) as exc:
        raise CliError(str(exc).strip("'\""), EXIT_USAGE) from None
    print(f"annotated {args.slug}")
    return 0
