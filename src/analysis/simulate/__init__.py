"""Synthetic data with known truth, clearly marked synthetic: panels for the model, corpora for ingest and scale.

Never mixed into published data.
"""
