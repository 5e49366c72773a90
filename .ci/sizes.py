"""The size limits of the house style: no module over MAX_MODULE_LINES, no function over MAX_FUNCTION_LINES.

Usage: python .ci/sizes.py [folder ...]   (default: analysis). Prints each breach, one a line,
as ``path:line: message`` and exits 1 when there is one. Cyclomatic complexity is ruff's C901
(configured in pyproject.toml); this checks what ruff has no rule for.
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

#: a module longer than this holds more than one job (the house style: "no module over ~600 lines")
MAX_MODULE_LINES = 600
#: a function longer than this should be named steps (the house style: "no function over ~80 lines")
MAX_FUNCTION_LINES = 80


def breaches(path: Path) -> list[str]:
    """The size breaches of one Python file, as ``path:line: message`` lines."""
    text = path.read_text(encoding="utf-8")
    found = []
    lines = len(text.splitlines())
    if lines > MAX_MODULE_LINES:
        found.append(f"{path}:1: module has {lines} lines (> {MAX_MODULE_LINES})")
    for node in ast.walk(ast.parse(text, filename=str(path))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            length = node.end_lineno - first + 1
            if length > MAX_FUNCTION_LINES:
                found.append(f"{path}:{node.lineno}: function {node.name} has {length} lines (> {MAX_FUNCTION_LINES})")
    return found


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or [Path("analysis")]
    found = [b for folder in folders for f in sorted(folder.rglob("*.py")) for b in breaches(f)]
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
