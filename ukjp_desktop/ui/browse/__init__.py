"""Browsing: the filter panel, the search field, the results table and its queries, saved views
and the list export."""
