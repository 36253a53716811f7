"""Whether a regex's loop reads one text two ways, from its parsed form (`re._parser`).

A backtracking engine tries every reading of a near miss: a repeat without bound whose turns
read one text two ways gives 2**n readings to a near miss of n turns. "(?:a|aa)+" reads "aa" as
one turn or two, "(?:dpa|[a-z]{2,4})*" reads "dpa" by either branch, "(?:\\w+ ?)+" splits a word
between turns: regex_shapes.py sees the last shape (a nested repeat handing its characters on),
not overlapping alternatives.

The pattern becomes its position automaton (a state per character item; an edge per pair of
items one may follow the other), edges kept apart by the sequence or repeat that made them: an
inner and an outer repeat's turn from one position to the next are two ways for the engine. A
loop reads a text two ways when two different paths from a position back to it read the same
characters: the positions are walked in pairs (the characters two items share, sampled as in
regex_shapes plus the pattern's own), and a pair of one position and a step where the paths part
in one strongly connected component is such a loop.

Repeats with a bound are written out turn by turn (a bounded number of readings at most:
ambiguous_bodies asks the separators of long ones); lookarounds read as nothing (so branches
only a lookaround tells apart are reported: one item after an alternation of lookarounds is
not); a possessive repeat's next step may not read a character it would take itself; an atomic
group reads as a plain one (what it holds may be reported though the engine reads it once); a
back-reference reads any text.
"""

from __future__ import annotations

import re
from collections import deque
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

from regex_shapes import _REPEATS, _ZERO_WIDTH, SAMPLE, class_pattern

_CHAR_OPS = (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN)
_WRITTEN_OUT = 20000  # positions a bounded repeat may be written out to; a longer one is read as a loop


class _Positions:
    """The automaton under construction: each position's characters (a mask over `alphabet`), the
    edges (from, to, maker, characters the step may read), a possessive repeat's blocked steps."""

    def __init__(self, alphabet: list[str]) -> None:
        self.alphabet = alphabet
        self.masks: list[int] = []
        self.edges: list[tuple[int, int, int, int]] = []
        self.blocked: dict[int, int] = {}
        self._makers = 0
        self._known: dict[tuple, int] = {}

    def add(self, op, av, flags: int) -> int:
        key = (op, repr(av), flags & (re.I | re.S | re.A))
        if key not in self._known:
            compiled = re.compile(class_pattern(op, av), key[2])
            self._known[key] = sum(1 << i for i, c in enumerate(self.alphabet) if compiled.fullmatch(c))
        self.masks.append(self._known[key])
        return len(self.masks) - 1

    def link(self, lasts: list[int], firsts: list[int]) -> None:
        self._makers += 1
        self.edges.extend((p, q, self._makers, ~self.blocked.get(p, 0)) for p in lasts for q in firsts)

    def block(self, positions: list[int], firsts: list[int]) -> None:
        """Steps from `positions` made from now on may not read what `firsts` take."""
        taken = 0
        for q in firsts:
            taken |= self.masks[q]
        for p in positions:
            self.blocked[p] = self.blocked.get(p, 0) | taken


def _size(items) -> int:
    """Positions `items` written out would hold (a loop's body once)."""
    total = 0
    for op, av in items:
        if op in _CHAR_OPS:
            total += 1
        elif op in _REPEATS or op == C.POSSESSIVE_REPEAT:
            total += _size(av[2]) * (1 if av[1] == C.MAXREPEAT else max(av[1], 1))
        elif op == C.SUBPATTERN:
            total += _size(av[3])
        elif op == C.ATOMIC_GROUP:
            total += _size(av)
        elif op in (C.BRANCH, C.GROUPREF_EXISTS):
            total += sum(_size(branch or []) for branch in (av[1] if op == C.BRANCH else av[1:]))
    return total


def _build(items, flags: int, auto: _Positions) -> tuple[bool, list[int], list[int]]:
    """(whether `items` may match nothing, their first positions, their last ones)."""
    nullable, firsts, lasts = True, [], []
    for op, av in items:
        part = _build_item(op, av, flags, auto)
        if part is None:
            continue
        empty, starts, ends = part
        auto.link(lasts, starts)
        if op == C.POSSESSIVE_REPEAT and empty:  # passed over only before a character it would not take
            auto.block(lasts, starts)
        firsts = firsts + starts if nullable else firsts
        lasts = lasts + ends if empty else ends
        nullable = nullable and empty
    return nullable, firsts, lasts


def _build_item(op, av, flags: int, auto: _Positions):
    if op in _CHAR_OPS:
        position = auto.add(op, av, flags)
        return False, [position], [position]
    if op == C.SUBPATTERN:
        return _build(av[3], (flags | av[1]) & ~av[2], auto)
    if op == C.ATOMIC_GROUP:
        return _build(av, flags, auto)
    if op in (C.BRANCH, C.GROUPREF_EXISTS):
        parts = [_build(branch or [], flags, auto) for branch in (av[1] if op == C.BRANCH else av[1:])]
        return any(p[0] for p in parts), [q for p in parts for q in p[1]], [q for p in parts for q in p[2]]
    if op in _REPEATS or op == C.POSSESSIVE_REPEAT:
        return _build_repeat(op, av, flags, auto)
    if op in _ZERO_WIDTH and op != C.GROUPREF:
        return None
    position = auto.add(C.ANY, None, re.S)  # a back-reference: any text
    auto.link([position], [position])
    return True, [position], [position]


def _build_repeat(op, av, flags: int, auto: _Positions):
    low, high, body = av
    if high == 0:
        return None
    if high != C.MAXREPEAT and _size(body) * high <= _WRITTEN_OUT:
        return _build_turns(body, low, high, flags, auto)
    empty, starts, ends = _build(body, flags, auto)
    auto.link(ends, starts)
    if op == C.POSSESSIVE_REPEAT:
        auto.block(ends, starts)
    return empty or low == 0, starts, ends


def _build_turns(body, low: int, high: int, flags: int, auto: _Positions):
    """`high` turns, those past `low` each inside the previous one's option: x{1,3} = x(?:x(?:x)?)?
    (one reading of "xx", as the engine counts turns)."""
    if high == 0:
        return True, [], []
    empty, starts, ends = _build(body, flags, auto)
    rest_empty, rest_starts, rest_ends = _build_turns(body, max(low - 1, 0), high - 1, flags, auto)
    auto.link(ends, rest_starts)
    firsts = starts + rest_starts if empty else starts
    return empty and rest_empty or low == 0, firsts, ends + rest_ends if rest_empty else rest_ends


def looped_readings(pattern: str, flags: int = 0) -> list[str]:
    """A text a loop of `pattern` reads two ways (see the module doc), or nothing."""
    alphabet = sorted(SAMPLE | {v for c in pattern for v in (c, c.lower(), c.upper()) if len(v) == 1})
    auto = _Positions(alphabet)
    _build(list(P.parse(pattern, flags)), flags, auto)
    graph = _paired_steps(auto)
    component = _components(graph)
    looped = {component[node] for node in graph if node[0] == node[1]}
    for node, steps in graph.items():
        for target, parting, shared in steps:
            if parting and component[node] == component[target] and component[node] in looped:
                start = next(n for n in graph if n[0] == n[1] and component[n] == component[node])
                text = _path(graph, component, start, node) + [shared] + _path(graph, component, target, start)
                return ["".join(alphabet[(m & -m).bit_length() - 1] for m in text)]
    return []


def _paired_steps(auto: _Positions) -> dict[tuple[int, int], list[tuple[tuple[int, int], bool, int]]]:
    """Pairs of positions walked in step from each position paired with itself: pair -> (next pair,
    whether the two steps differ, characters both read). Both paths of a loop stay in its
    position's component of the automaton: steps out of it are dropped."""
    follow: dict[int, list[tuple[int, int, int]]] = {}
    for p, q, maker, allowed in auto.edges:
        if auto.masks[q] & allowed:
            follow.setdefault(p, []).append((q, maker, auto.masks[q] & allowed))
    base = _components({p: [(q, False, 0) for q, _, _ in follow.get(p, ())] for p in range(len(auto.masks))})
    follow = {p: [s for s in steps if base[s[0]] == base[p]] for p, steps in follow.items()}
    stack = [(p, p) for p, steps in follow.items() if steps]
    graph: dict = {}
    seen = set(stack)
    while stack:
        p, q = node = stack.pop()
        graph[node] = []
        for p2, made_p, reads_p in follow.get(p, ()):
            for q2, made_q, reads_q in follow.get(q, ()):
                if reads_p & reads_q and base[p2] == base[q2]:
                    graph[node].append(((p2, q2), (p2, made_p) != (q2, made_q) or p != q, reads_p & reads_q))
                    if (p2, q2) not in seen:
                        seen.add((p2, q2))
                        stack.append((p2, q2))
    return graph


def _components(graph: dict) -> dict:
    """Each node's strongly connected component (Tarjan's, without recursion)."""
    index: dict = {}
    low: dict = {}
    component: dict = {}
    stack: list = []
    for root in graph:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        work = [(root, iter(graph[root]))]
        while work:
            node, steps = work[-1]
            step = next(steps, None)
            if step is not None:
                target = step[0]
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    work.append((target, iter(graph.get(target, ()))))
                elif target not in component:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                while True:
                    member = stack.pop()
                    component[member] = node
                    if member == node:
                        break
    return component


def _path(graph: dict, component: dict, start, goal) -> list[int]:
    """The characters (masks) of a shortest walk from `start` to `goal` inside their component."""
    before = {start: None}
    queue = deque([start])
    while queue and goal not in before:
        node = queue.popleft()
        for target, _, shared in graph[node]:
            if target not in before and component[target] == component[start]:
                before[target] = (node, shared)
                queue.append(target)
    masks = []
    while before[goal] is not None:
        goal, shared = before[goal]
        masks.append(shared)
    return masks[::-1]
