"""`db check`: the engine's own checks plus the product's promise, that every excerpt is exact."""
from __future__ import annotations

from sqlalchemy import Engine, func, select

from . import engines
from .models import Excerpt, Initiative, Source


def check(engine: Engine, sample_limit: int | None = None) -> list[str]:
    """Return problems in plain words (empty list: all is well)."""
    with engine.connect() as conn:
        problems = engines.engine_problems(conn)
        same = func.substr(Source.text, Excerpt.start + 1, Excerpt.end - Excerpt.start) == Excerpt.text
        stmt = select(Excerpt.id, Source.slug, Excerpt.start, Excerpt.end, same) \
            .join(Source, Source.id == Excerpt.source_id)
        if sample_limit:
            stmt = stmt.limit(int(sample_limit))
        bad = [r for r in conn.execute(stmt) if not r[4]]
        if bad:
            problems.append(f"{len(bad)} excerpt(s) no longer match their source text "
                            f"(first: excerpt {bad[0][0]} in {bad[0][1]} at {bad[0][2]}–{bad[0][3]})")
        n_ini = conn.execute(select(func.count()).select_from(Initiative)).scalar()
        n_idx = conn.execute(engines.search_index_count()).scalar()
        if n_ini != n_idx:
            problems.append(f"the search index covers {n_idx} of {n_ini} initiatives")
    return problems
