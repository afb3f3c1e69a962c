"""Print the extraction quality tables: held-out dev and test halves, our own corpus, and the
five curated sources.

    python tools/eval_extraction.py [--split dev|test|test2|test3|dev2|test4|test5|test6|test7|test8|test9|test10|test11|test12|test13|test14|test15|test16|test17|test18|test19|test20|test21|test22|test23|test24|test25|test26|test27|test28|test29|test30|test31|test32|test33|test34|test35|test36|test37|test38|test39|test40|test41|test42|test43|test44|test45|test46|test47|test48|test49|test50|test51|test52|test53|test54|test55|test56|test57|test58|test59|test60|test61|test62|test63|test64|test65|test66|test67|test68|test69|test70|test71|test72|test73|test74|test75|test76|test77|test78|test79|test80|test81|test82|test83|test84|test85|test86|test87|test88|test89|test90|test91|test92|test93|test94|test95|test96|test97|test98|test99|test100|test101|test102|test103|test104|test105|test106|test107|test108|test109|test110|test111|test112|test113|test114|test115|test116|test117|test118|test119|test120|test121|test122|test123|test124|test125|test126|test127|test128|test129|test130|test131|test132|test133|test134|test135|test136|test137|test138|test139|test140|test141|test142|test143|test144|test145|test146|test147|test148|test149|test150|test151|test152|test153|test154|test155|test156|test157|test158|test159|test160|test161|test162|test163|test164|test165|test166|test167|test168|test169|test170|test171|test172|test173|test174|test175|test176|test177|test178|test179|test180|test181|test182|test183|test184|test185|test186|test187|test188|test189|test190|test191|test192|test193|test194|seen|all] [--details] [--confusion]

The held-out corpus and its keys are in tests/extract_heldout/ (see its README); every split there but the clean
batches (heldout_eval.CLEAN) has been looked at (development data). `--details` lists every miss and false positive of the chosen
split, `--confusion` the side confusion matrix and the false positives by kind (`--split seen` is every split but the
clean ones); neither is available for a clean batch (nor for `all` while it includes one): each is measured for totals
only, so that its misses stay unread.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from extract_eval import corpus_scores, source_scores, table  # noqa: E402
from heldout_eval import CLEAN, SPLITS, confusion, misses_hidden, split, split_scores  # noqa: E402
from heldout_eval import table as heldout_table  # noqa: E402
from ukjp_desktop.core.dataset import load_dataset  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=(*dict.fromkeys((*SPLITS, *CLEAN)), "seen", "all"), help="only this held-out split")
    ap.add_argument("--details", action="store_true", help="list misses and false positives")
    ap.add_argument("--confusion", action="store_true",
                    help="print the side confusion matrix and the funding false positives by kind")
    args = ap.parse_args()
    if (args.details or args.confusion) and misses_hidden(args.split):
        ap.error(f"--details and --confusion are not available for {args.split} (the misses of "
                 f"{', '.join(CLEAN)} stay unread): print its totals only")
    if args.split in CLEAN and args.split not in SPLITS:
        ap.error(f"{args.split} has no documents here yet: its split is not in tests/extract_heldout/SPLIT.toml")
    # the clean batches are left out of the default run: each is measured on purpose, with --split
    for name in ([args.split] if args.split else [n for n in SPLITS if n not in CLEAN]):
        s = split_scores(name)
        print(heldout_table(f"Held-out {name} half ({len(split(name))} documents)", s))
        if args.confusion:
            print(confusion(s))
        if args.details:
            print("\n".join(f"    {n}" for n in s.notes))
        print()
    if args.split:
        return 0
    totals, _ = corpus_scores()
    print(table("Own corpus (tests/extract_corpus)", totals))
    print()
    totals, _missed = source_scores(load_dataset(ROOT / "db"))
    print(table("The five curated sources (truth = what the curated dataset records)", totals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
