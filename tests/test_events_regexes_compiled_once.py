"""The event extractor's regular expressions are compiled once, at import, as module constants:
no function of pipeline/events/ passes a pattern written in its body to `re` (re.search(r"...",
...), re.compile inside a function). A pattern in a function body is looked up in re's cache on
every call, and the same pattern written in two functions is two rules to keep in step (a
singular pronoun's «(?<!هم)(ه|ها)» was written three times in frames.py)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RE_FUNCTIONS = frozenset({"compile", "search", "match", "fullmatch", "sub", "subn", "split",
                          "findall", "finditer"})


def patterns_in_functions(source: str) -> list[str]:
    """'function line' of each re call with a literal pattern inside a function body."""
    found: list[str] = []

    def visit(node: ast.AST, func: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            name = func
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                name = getattr(child, "name", "<lambda>")
            if (func is not None and isinstance(child, ast.Call)
                    and isinstance(child.func, ast.Attribute)
                    and isinstance(child.func.value, ast.Name) and child.func.value.id == "re"
                    and child.func.attr in RE_FUNCTIONS and child.args
                    and isinstance(child.args[0], ast.Constant)
                    and isinstance(child.args[0].value, str)):
                found.append(f"{func} line {child.lineno}")
            visit(child, name)

    visit(ast.parse(source), None)
    return found


def test_a_pattern_written_in_a_function_is_found():
    source = ("import re\n_X = re.compile(r'a')\n\n"
              "def f(w):\n    return re.search(r'(ه|ها)$', w) or _X.match(w)\n")
    assert patterns_in_functions(source) == ["f line 5"]


def test_module_constants_and_compiled_patterns_are_not_reported():
    source = ("import re\n_X = re.compile(r'a')\n\n"
              "def f(w, pattern):\n    return _X.sub('', w) or re.search(pattern, w)\n")
    assert patterns_in_functions(source) == []


@pytest.mark.parametrize(
    "path", sorted((ROOT / "pipeline" / "events").glob("*.py")),
    ids=lambda p: p.name,
)
def test_no_pattern_is_written_in_a_function_body(path):
    assert patterns_in_functions(path.read_text(encoding="utf-8")) == []
