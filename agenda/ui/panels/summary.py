"""The status bar's clash count: in the window's first frame, so it lives apart from the Clashes panel (made
after that frame, with the widgets it imports)."""
from __future__ import annotations

from ...core.plan.clashes import ClashKind
from ..i18n import tr


def clash_summary(clashes) -> str:
    """The status bar's count: "No clashes", or "⚠ 2 clashes, 1 tight transfer"."""
    overlaps = sum(1 for c in clashes if c.kind == ClashKind.OVERLAP)
    transfers = len(clashes) - overlaps
    if not clashes:
        return tr("No clashes")
    bits = []
    if overlaps:
        bits.append(tr("%n clash(es)", None, overlaps))
    if transfers:
        bits.append(tr("%n tight transfer(s)", None, transfers))
    return "⚠ " + ", ".join(bits)
