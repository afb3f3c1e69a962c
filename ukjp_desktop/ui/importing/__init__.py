"""Importing a document: the review window (document, proposals, target initiative) and the
background jobs that read and import it."""
