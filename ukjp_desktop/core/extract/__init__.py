"""Extraction of proposed facts from imported documents (plain Python: no Qt, no SQL).

``readers`` turns a file into text; ``propose`` turns text into proposals with exact offsets.
"""
from .propose import Proposals, propose, proposal_json, proposals_json  # noqa: F401
