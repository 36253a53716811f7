"""An accordion's shut answers and their questions, read as the page's reader opens them.

An explainer's or a FAQ's answers sit shut (`hidden`, `display: none`) under questions set in
buttons; read as hidden, and with every button dropped, the article lost each question and
answer. The walk reads a panel whose id is "disclosed" as shown, and keeps the text of a button
naming a disclosed panel (`aria-controls`). This module finds those panels and gives the
toggles that name theirs otherwise (Bootstrap's `data-bs-target`, a bare button beside its
panel) the same wiring. A menu's, a search box's or an account's toggle is no accordion: it is
alone, it opens a popup, or its panel holds links rather than prose.
"""

from __future__ import annotations

import re

# WAI-ARIA's pattern: a button in a heading naming the panel it opens; one is enough.
_DISCLOSURES = ", ".join(f"{heading} > button[aria-controls]" for heading in ("h2", "h3", "h4", "h5", "h6"))
# The other toggles: bare buttons, elements acting as buttons, and the collapse toggles of CSS
# frameworks (Bootstrap names the panel in data-bs-target or data-target, or a link's href).
_TOGGLES = ("button, [role=button], [aria-expanded], [data-bs-toggle=collapse], [data-toggle=collapse], "
            "h2, h3, h4, h5, h6")
# A heading over a shut panel is a toggle too, where a script wires it (jQuery UI's accordion).
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_SHUT_STYLE = re.compile(r"display\s{0,4}:\s{0,4}none", re.I)
_NAMING = ("aria-controls", "data-bs-target", "data-target")
_NOT_TOGGLES = frozenset({"tab", "menuitem", "option", "switch", "checkbox"})  # a tab list's, a menu's
_PANEL_TAGS = frozenset({"div", "section", "dd"})
_PAIRS = 2  # a lone toggle before a box is a menu's or a widget's, not an accordion
_POPUP_ROLES = frozenset({"dialog", "menu", "listbox", "tooltip", "navigation"})
_PROSE_WORDS = 12  # a panel without a <p> holds an answer when it says this much, mostly not in links
_CLIMB = 2  # a toggle alone in its heading or wrapper: the panel follows that holder


def disclosed_panels(tree) -> frozenset[str]:
    """The ids of the panels an accordion's toggles open (see the module's docstring)."""
    named = frozenset(filter(None, (node.attributes.get("aria-controls") for node in tree.css(_DISCLOSURES))))
    return named | _wire_accordions(tree, named)


def _wire_accordions(tree, named: frozenset[str]) -> frozenset[str]:
    """Give the accordions whose toggles stand outside the heading pattern its wiring: the
    toggle names its panel by `aria-controls`, the panel has an id. Two pairs in one holder at
    least (each pair alone in an item of its own counts for the item's holder), no popup, each
    panel holding prose. Returns the panels' ids."""
    pairs, seen = [], set()
    for toggle in tree.css(_TOGGLES):
        if (toggle.mem_id in seen or toggle.attributes.get("role") in _NOT_TOGGLES
                or toggle.attributes.get("aria-haspopup") not in (None, "false") or not toggle.text(deep=True).strip()):
            continue
        seen.add(toggle.mem_id)
        panel = _panel(tree, toggle)
        if (panel is None or panel.attributes.get("id") in named or panel.tag not in _PANEL_TAGS
                or panel.attributes.get("role") in _POPUP_ROLES or not _holds_prose(panel)
                or toggle.tag in _HEADINGS and not _shut(panel)):
            continue
        pairs.append((toggle, panel, _holder(toggle, panel)))
    opened: dict[int, int] = {}
    for _, panel, _ in pairs:
        opened[panel.mem_id] = opened.get(panel.mem_id, 0) + 1
    pairs = [pair for pair in pairs if opened[pair[1].mem_id] == 1]  # a carousel's two arrows share theirs
    counts: dict[int, int] = {}
    for _, _, holder in pairs:
        counts[holder.mem_id] = counts.get(holder.mem_id, 0) + 1
    groups: dict[int, list] = {}
    for toggle, panel, holder in pairs:
        if counts[holder.mem_id] == 1 and holder.parent is not None:
            holder = holder.parent  # each question and answer in an item of its own
        groups.setdefault(holder.mem_id, []).append((toggle, panel))
    wired = set()
    for group in groups.values():
        if len(group) < _PAIRS:
            continue
        for toggle, panel in group:
            if not panel.attributes.get("id"):
                panel.attrs["id"] = f"cleaner-panel-{panel.mem_id}"
            toggle.attrs["aria-controls"] = panel.attributes["id"]
            wired.add(panel.attributes["id"])
    return frozenset(wired)


def _panel(tree, toggle):
    """The element the toggle opens: the one it names by id, else the element after it (or
    after the heading or wrapper it stands alone in)."""
    for name in _NAMING:
        target = (toggle.attributes.get(name) or "").strip()
        if target:
            return tree.css_first(f"[id='{target.lstrip('#')}']") if _plain_id(target) else None
    href = toggle.attributes.get("href") or ""
    if href.startswith("#") and toggle.tag == "a":
        return tree.css_first(f"[id='{href[1:]}']") if _plain_id(href) else None
    anchor = toggle
    for _ in range(_CLIMB + 1):
        following = _next_element(anchor)
        if following is not None:
            return following
        parent = anchor.parent
        if parent is None or parent.text(deep=True).strip() != anchor.text(deep=True).strip():
            return None
        anchor = parent
    return None


def _next_element(node):
    """The next sibling element, over whitespace; None when text or nothing comes next."""
    following = node.next
    while following is not None and following.tag in ("-text", "-comment"):
        if following.tag == "-text" and (following.text_content or "").strip():
            return None
        following = following.next
    return following


def _plain_id(target: str) -> bool:
    name = target.lstrip("#")
    return bool(name) and target.count("#") <= 1 and all(char.isalnum() or char in "-_:." for char in name)


def _shut(panel) -> bool:
    attributes = panel.attributes
    return "hidden" in attributes or bool(_SHUT_STYLE.search(attributes.get("style") or ""))


def _holds_prose(panel) -> bool:
    """An answer: a paragraph, or enough words not in links (a menu's panel is its links)."""
    if panel.css_first("p") is not None:
        return True
    words = len(panel.text(deep=True, separator=" ").split())
    linked = sum(len(link.text(deep=True, separator=" ").split()) for link in panel.css("a"))
    return words >= _PROSE_WORDS and linked * 2 < words


def _holder(toggle, panel):
    """The nearest element holding both the toggle and its panel."""
    around = set()
    node = toggle.parent
    while node is not None:
        around.add(node.mem_id)
        node = node.parent
    node = panel.parent
    while node is not None and node.mem_id not in around:
        node = node.parent
    return node if node is not None else panel
