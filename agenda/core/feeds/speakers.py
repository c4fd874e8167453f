"""Split a conference SUMMARY into title and speakers.

sched.com writes ``Title - Speaker, Org & Speaker2, Org2`` and pretalx writes ``Title - Name, Name``.
Both title and affiliation may contain `` - `` themselves, so the split point is chosen by what follows
it, not by position alone.
"""
from __future__ import annotations

import re

SEP = " - "
_GROUP_SPLIT = re.compile(r"\s*;\s*|\s+&\s+")


def convention(prodid: str) -> str | None:
    """Which SUMMARY convention a feed's generator uses: 'sched', 'pretalx' or None."""
    p = prodid.lower()
    if "sched.com" in p or "sched.org" in p:
        return "sched"
    if "pretalx" in p:
        return "pretalx"
    return None


def _looks_like_name(text: str) -> bool:
    """A person's name: a few words, no title punctuation, no nested separator."""
    text = text.strip()
    if not text or SEP in text or ":" in text or "?" in text or "!" in text:
        return False
    words = text.split()
    if not 1 <= len(words) <= 6:
        return False
    return any(w[:1].isupper() for w in words)


def _sched_tail_is_speakers(tail: str) -> bool:
    # No comma after the separator: not a speaker list ("Sponsor Activity - Lobster Trap: ...").
    if "," not in tail:
        return False
    first = tail.split(",", 1)[0]
    people = [p for p in _GROUP_SPLIT.split(first) if p.strip()]
    return bool(people) and all(_looks_like_name(p) for p in people)


_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "del", "dos", "bin", "al", "el"}
_ORG_WORDS = {
    "ai", "lab", "labs", "inc", "inc.", "university", "institute", "research", "foundation", "corporation",
    "corp", "cloud", "group", "systems", "technologies", "semiconductor", "semiconductors", "networks",
    "head", "director", "engineer", "manager", "infrastructure", "of", "and", "the", "for",
}


def _looks_like_person(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text):
        return False
    for w in words:
        if w.lower().strip(".") in _ORG_WORDS:
            return False
        if not (w[:1].isupper() or w.lower() in _PARTICLES):
            return False
    return True


def sched_names(speaker_text: str) -> list[str]:
    """Best-effort names from ``Name, Org & Name2, Title, Org2; Name3, Org3``.

    After ``&`` a new person starts only when the text looks like a person's name; otherwise it is
    part of the previous affiliation (``VP of Product & Head of Open Source``).
    """
    names: list[str] = []
    for group in re.split(r"\s*;\s*", speaker_text):
        for i, chunk in enumerate(re.split(r"\s+&\s+", group)):
            chunk = chunk.strip().strip(",").strip()
            if not chunk:
                continue
            name = chunk.split(",", 1)[0].strip()
            if i > 0 and "," in group.split("&")[0] and not _looks_like_person(name):
                continue
            if name and name not in names:
                names.append(name)
    return names


def split_sched(summary: str) -> tuple[str, list[str], str]:
    start = 0
    while True:
        i = summary.find(SEP, start)
        if i < 0:
            return summary.strip(), [], ""
        title, tail = summary[:i].strip(), summary[i + len(SEP):].strip()
        if title and _sched_tail_is_speakers(tail):
            return title, sched_names(tail), tail
        start = i + 1


def _pretalx_name(text: str) -> bool:
    # pretalx prints names as people typed them ("amanda casari"), so case says nothing here.
    text = text.strip()
    return bool(text) and SEP not in text and ":" not in text and len(text.split()) <= 6


def split_pretalx(summary: str) -> tuple[str, list[str], str]:
    summary = summary.strip()
    if summary.endswith(" -"):  # a session with no speakers: "PyCon Fair -"
        return summary[:-2].strip(), [], ""
    i = summary.rfind(SEP)
    if i <= 0:
        return summary, [], ""
    title, tail = summary[:i].strip(), summary[i + len(SEP):].strip()
    names = [n.strip() for n in tail.split(",") if n.strip()]
    if not title or not names or not all(_pretalx_name(n) for n in names):
        return summary, [], ""
    return title, names, tail


def split_summary(summary: str, conv: str | None) -> tuple[str, list[str], str]:
    """Return (title, speaker names, full speaker text)."""
    if conv == "sched":
        return split_sched(summary)
    if conv == "pretalx":
        return split_pretalx(summary)
    return summary.strip(), [], ""
