"""Human review of the extracted figures: a person confirms, corrects, rejects or adds facts, and the dataset says
which.

- `ids`: each fact's stable `fact_id` (the article's content hash, the evidence span, the fact type);
- `confidence`: how often facts like one are right on the annotated real articles (`rule_confidence.csv`);
- `sheet`: the review sheet (`python -m analysis review export`), a CSV safe to open in LibreOffice or Excel;
- `decisions`: reading and checking people's decisions (`data/raw/reviews/*.csv`, `review check`);
- `apply`: applying them to the facts on every run, with stale and conflicting reviews reported.
"""
