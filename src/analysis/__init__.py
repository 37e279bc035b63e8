"""ASN Neutrality Watch: Indonesian news on civil-servant neutrality in elections, turned into open data.

Stages: ingest -> extract -> aggregate -> model -> publish (-> render).
"""

__version__ = "0.1.0"
