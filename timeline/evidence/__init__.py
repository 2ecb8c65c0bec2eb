"""The record of an incident, read from chat and incident-platform exports (`--evidence`).

One module per source (slack, pagerduty, incident_io, firehydrant, rootly, statuspage,
table for CSV), a sniffer that recognises a source by its content, and `reconcile`, which
pairs the draft's times with the record's. Nothing here is imported unless --evidence is
given, so a plain `pmlint check` pays nothing for it.
"""
