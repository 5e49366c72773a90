"""The size limits CI enforces (.ci/sizes.py): long modules and long functions are named."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _sizes():
    spec = importlib.util.spec_from_file_location("sizes", ROOT / ".ci" / "sizes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _function(name: str, body_lines: int, decorated: bool = False) -> str:
    head = "@staticmethod\n" if decorated else ""
    return head + f"def {name}():\n" + "    x = 1\n" * (body_lines - 1) + "    return x\n"


def test_a_function_at_the_limit_passes_and_one_line_more_is_named(tmp_path):
    sizes = _sizes()
    f = tmp_path / "m.py"
    f.write_text(_function("short", sizes.MAX_FUNCTION_LINES - 1) + _function("long", sizes.MAX_FUNCTION_LINES))
    assert sizes.breaches(f) == [f"{f}:{sizes.MAX_FUNCTION_LINES + 1}: function long has "
                                 f"{sizes.MAX_FUNCTION_LINES + 1} lines (> {sizes.MAX_FUNCTION_LINES})"]


def test_decorators_count_and_methods_are_checked(tmp_path):
    sizes = _sizes()
    f = tmp_path / "m.py"
    # a method of MAX lines with its decorator one more: named at its def line (line 3)
    method = _function("m", sizes.MAX_FUNCTION_LINES - 1, decorated=True)
    f.write_text("class C:\n" + "".join("    " + ln + "\n" for ln in method.splitlines()))
    assert sizes.breaches(f) == [f"{f}:3: function m has {sizes.MAX_FUNCTION_LINES + 1} lines "
                                 f"(> {sizes.MAX_FUNCTION_LINES})"]


def test_a_long_module_is_named_and_main_exits_1(tmp_path, capsys):
    sizes = _sizes()
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "ok.py").write_text("x = 1\n")
    (tmp_path / "pkg" / "big.py").write_text("x = 1\n" * (sizes.MAX_MODULE_LINES + 1))
    assert sizes.main([str(tmp_path / "pkg")]) == 1
    assert capsys.readouterr().out == (f"{tmp_path / 'pkg' / 'big.py'}:1: module has {sizes.MAX_MODULE_LINES + 1} "
                                       f"lines (> {sizes.MAX_MODULE_LINES})\n")
    (tmp_path / "pkg" / "big.py").unlink()
    assert sizes.main([str(tmp_path / "pkg")]) == 0
