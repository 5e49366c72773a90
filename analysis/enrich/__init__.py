"""Enrichment: what is added to each extracted statement once (identity, mentions, tone, target sentiment, rows)."""
