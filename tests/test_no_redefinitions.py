"""No module defines the same function or class name twice at one level, nor binds a
module-level constant twice (a second `_WORDS = ...` silently replaces the first for every
use, as a deputy-words list once did; a rebinding that reads the name, `X = f(X)`, is allowed).

A second `def` of a name silently replaces the first for every caller after it; pyflakes
(ruff F811) only reports it when the first definition was never used, so a helper used by
earlier code and then shadowed by a later helper of the same name slips through (it did once:
the و/ف stripper in the events' mentions and the repeated-verb memory's key function).
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("pipeline", "connectors", "schemas", "bench", "examples", "tests")
# property setters/deleters and typing overloads legitimately reuse a name
REUSE_DECORATORS = (".setter", ".deleter", "overload")


def redefinitions(source: str) -> list[str]:
    """Names defined twice in one module or class body, as 'Class.name line (first line)'."""
    found: list[str] = []

    def scan(body: list[ast.stmt], prefix: str) -> None:
        seen: dict[str, int] = {}
        bound: dict[str, int] = {}
        for node in body:
            if not prefix and isinstance(node, ast.Assign):
                reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                        name = target.id
                        if name in bound and name not in reads:
                            found.append(f"{name} line {node.lineno} (first {bound[name]})")
                        bound.setdefault(name, node.lineno)
                continue
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                continue
            decorators = [ast.unparse(d) for d in node.decorator_list]
            if any(d.endswith(REUSE_DECORATORS) for d in decorators):
                continue
            if node.name in seen:
                found.append(f"{prefix}{node.name} line {node.lineno} (first {seen[node.name]})")
            seen[node.name] = node.lineno
            if isinstance(node, ast.ClassDef):
                scan(node.body, f"{node.name}.")

    scan(ast.parse(source).body, "")
    return found


def test_a_shadowing_helper_is_found():
    source = "def strip(w):\n    return w\n\nx = strip('و')\n\ndef strip(w):\n    return w[1:]\n"
    assert redefinitions(source) == ["strip line 6 (first 1)"]


def test_a_constant_bound_twice_is_found_and_a_rebinding_is_not():
    source = ("_WORDS = {'a'}\n_WORDS = {'b'}\n"
              "MAP = {'x': 1}\nMAP = {k.upper(): v for k, v in MAP.items()}\n")
    assert redefinitions(source) == ["_WORDS line 2 (first 1)"]


def test_methods_setters_and_distinct_classes_are_not_redefinitions():
    source = (
        "class A:\n    @property\n    def v(self):\n        return 1\n"
        "    @v.setter\n    def v(self, x):\n        pass\n"
        "class B:\n    def v(self):\n        return 2\n"
    )
    assert redefinitions(source) == []
    assert redefinitions("class A:\n    def f(self): pass\n    def f(self): pass\n") == [
        "A.f line 3 (first 2)"
    ]


@pytest.mark.parametrize(
    "path",
    sorted(p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_no_name_is_defined_twice(path):
    assert redefinitions(path.read_text(encoding="utf-8")) == []
