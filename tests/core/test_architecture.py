"""The import graph of our packages has no cycle (a module that needs another's importer is a design
smell that grows): every strongly connected component of workbench, glossary and tui has one module.
lint-imports (make test) checks the layer contracts; this checks the cycles, imports inside functions
included."""

from __future__ import annotations

import grimp


def cycles(graph) -> list[list[str]]:
    """The import cycles of `graph`: its strongly connected components of more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            module, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[module] = min(low[module], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[module])
            if low[module] == index[module]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == module:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_our_modules_import_each_other_without_cycles():
    graph = grimp.build_graph("workbench", "glossary", "tui", include_external_packages=False, cache_dir=None)
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    graph = grimp.ImportGraph()
    for importer, imported in (("a.one", "a.two"), ("a.two", "a.three"), ("a.three", "a.one"), ("a.three", "a.four")):
        graph.add_import(importer=importer, imported=imported)
    assert cycles(graph) == [["a.one", "a.three", "a.two"]]
