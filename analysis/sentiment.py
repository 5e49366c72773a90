"""Placeholder until the sentiment module lands: speaker tone only."""
from textblob.en import sentiment as _sentiment


def tone(text: str) -> tuple[float, float]:
    pol, subj = _sentiment(text)
    return float(pol), float(subj)
