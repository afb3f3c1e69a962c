"""What an import review will write: its decisions turned into one ``store.importer.ImportPlan``,
or the one thing the user must fix first (``ReviewProblem``)."""
from __future__ import annotations

from ...core.dates import DateError, PartialDate
from ...store.importer import (AcceptedDate, AcceptedOrganisation, ImportPlan, NewInitiative, SourceDraft,
                               accept_money)
from .jobs import Loaded
from .proposals_model import ACCEPTED, ProposalItem
from .source_form import SourceForm
from .target import TargetPanel


class ReviewProblem(ValueError):
    """Something the user must fix before importing; one sentence (and the proposal it is about)."""

    def __init__(self, text: str, proposal_id: str | None = None):
        super().__init__(text)
        self.proposal_id = proposal_id


def build_plan(d: Loaded | None, source: SourceForm, items: list[ProposalItem], target: TargetPanel) -> ImportPlan:
    if d is None:
        raise ReviewProblem("The document has not been read yet.")
    title = " ".join(source.title_edit.text().split())
    if not title:
        raise ReviewProblem("Give the source a title.")
    value, precision = None, "unknown"
    if source.date_edit.text().strip():
        try:
            pd = PartialDate.parse(source.date_edit.text().strip())
        except (DateError, ValueError):
            raise ReviewProblem("The source date is not readable: use 2025-03-10, 2025-03, 2025 or 2026-H2.") from None
        value, precision = pd.value, pd.precision
    note = d.meta.date_note if value == d.meta.date else "entered in the review"
    draft = SourceDraft(title=title, publisher=" ".join(source.publisher_edit.text().split()), text=d.doc.text,
                        date_value=value, date_precision=precision, date_note=note if value else None,
                        url=source.url_edit.text().strip() or None, original_name=d.doc.original_name)
    accepted = [it for it in items if it.state == ACCEPTED and not it.is_conversion]
    for it in accepted:
        if (problem := it.problem()):
            raise ReviewProblem(problem, it.id)
    facts = [it for it in accepted if it.kind not in ("name", "person")]   # people are not saved yet
    plan = ImportPlan(source=draft, gazetteer={e.slug: e for e in d.gazetteer_entries})
    if target.source_only_radio.isChecked():
        if facts:
            raise ReviewProblem(f"{len(facts)} accepted fact(s) need an initiative: choose a new or an "
                                "existing one, or reject them.")
        return plan
    if target.existing_radio.isChecked():
        slug = target.selected_initiative()
        if not slug:
            raise ReviewProblem("Choose the initiative the facts belong to.")
        plan.initiative, plan.sectors = slug, target.checked_sectors()
    else:
        name = " ".join(target.new_name.text().split())
        if not name:
            raise ReviewProblem("Give the new initiative a name.")
        countries = tuple(dict.fromkeys(it.proposal.country for it in accepted if it.kind == "organisation"
                                        and it.proposal.country in ("GB", "JP")))
        plan.initiative = NewInitiative(name=name, kind=target.new_kind.currentData(),
                                        status=target.new_status.currentData(),
                                        sectors=tuple(target.checked_sectors()), countries=countries,
                                        bilateral=set(countries) == {"GB", "JP"})
    for it in accepted:
        p = it.proposal
        if it.kind == "money":
            plan.money.append(accept_money(d.proposals, p.id, side=it.side, qualifier=it.qualifier,
                                           amount=it.amount, amount_min=it.amount_min,
                                           resolution=it.resolution or None))
        elif it.kind == "date":
            plan.dates.append(AcceptedDate(p, it.role, value=None if it.date_value == p.value else it.date_value))
        elif it.kind == "organisation":
            plan.organisations.append(AcceptedOrganisation(p, it.role or "participant"))
    return plan


def draft_title(plan: ImportPlan) -> str:
    t = plan.source.title
    return t if len(t) <= 60 else t[:57] + "…"
