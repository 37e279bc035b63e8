"""Reference data below every stage: pure tables and lookups (no spaCy), read by ingest, nlp, aggregate
and simulate alike. `gazetteer`: the regions of Indonesia, their Kemendagri codes and written forms; `elections`: the
election days; `institutions`: the ways each institution is written."""
