from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_0cbf520dcd3947b9.txt"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def fast_and_thorough(check, fast: int, thorough: int, *strategies, **options):
    """One hypothesis property as two tests: ``fast`` examples in ``make unit`` and ``thorough``
    (marked slow) in ``make slow``, so the fast loop checks every property and ``make test``
    searches as widely as before. ``options`` are hypothesis settings (deadline, health checks)."""
    from hypothesis import given, settings

    def test(examples: int):
        return settings(max_examples=examples, **options)(given(*strategies)(check))
    return test(fast), pytest.mark.slow(test(thorough))
