"""The tables an analyst reads, and the scoring and time rules behind them.

``keyness``: how unusual a word is for a corpus against general English; ``lemmas``: singular and
plural merged; ``periods``: time buckets that keep a trend chart readable.
"""
