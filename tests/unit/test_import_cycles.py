"""No two use cases in `unghost.services` import each other, even through a chain.

The graph is built from the source with `ast`, so the imports inside functions (the lazy ones
that keep the CLI start fast) count as much as those at the top; imports under
`if TYPE_CHECKING:` do not, since they never run."""

from __future__ import annotations

import ast
from pathlib import Path

import unghost.services

SERVICES = Path(unghost.services.__file__).parent


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported(tree: ast.AST, modules: set[str]) -> set[str]:
    """The services modules `tree` imports at run time (anywhere in the file)."""
    found: set[str] = set()
    stack = list(ast.iter_child_nodes(tree))
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "unghost.services":
                found.update(a.name for a in node.names if a.name in modules)
            elif node.module.startswith("unghost.services."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            found.update(
                a.name.split(".")[2] for a in node.names if a.name.startswith("unghost.services.")
            )
        stack.extend(ast.iter_child_nodes(node))
    return found


def import_graph() -> dict[str, set[str]]:
    modules = {p.stem for p in SERVICES.glob("*.py") if p.stem != "__init__"}
    graph = {}
    for name in sorted(modules):
        tree = ast.parse((SERVICES / f"{name}.py").read_text(encoding="utf-8"))
        graph[name] = _imported(tree, modules) - {name}
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each module that is on one (depth-first, in name order)."""
    cycles: list[list[str]] = []
    done: set[str] = set()

    def walk(node: str, path: list[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt in path:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in done:
                walk(nxt, [*path, nxt])
        done.add(node)

    for start in sorted(graph):
        if start not in done:
            walk(start, [start])
    return cycles


def test_the_finder_sees_a_lazy_import_circle():
    assert find_cycles({"mail": {"review"}, "review": {"mail"}}) == [["mail", "review", "mail"]]
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []
    tree = ast.parse(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from unghost.services.mail import MailReport\n"
        "def f():\n    from unghost.services.review import decide\n"
    )
    assert _imported(tree, {"mail", "review"}) == {"review"}


def test_review_does_not_import_the_mail_import():
    graph = import_graph()
    assert "mail" not in graph["review"]
    assert "review" not in graph["mail"]


def test_services_import_each_other_without_a_cycle():
    assert find_cycles(import_graph()) == []
