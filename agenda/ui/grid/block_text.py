"""Fitting text into a block or a header: the title wrapped over as many lines as the height allows, then
elided with "…" (a title too long for its block first loses a prefix many sessions share, "Lightning
Talk: "); on a short block the time line gives way first, then the speakers; a line is drawn only if
it fits whole, so nothing is cut mid-letter or drawn outside its rectangle (a tooltip has the full text)."""
from __future__ import annotations

from collections import Counter
from typing import Callable, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer; CJK ideographs, kana, fullwidth
# forms): a title in them breaks where Qt's line-breaking rules allow, not only at spaces.
_UNSPACED = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF))

# Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms).
_RTL = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFC))


def _any_in(text: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    """Whether a character of ``text`` falls in one of ``ranges``. Compared by hand, not with a regular
    expression: compiling a character class this wide takes milliseconds (it fills a 64K-entry map), which
    every start-up paid, and the loop stops at the first such character (a title's first, in those scripts)
    and skips the ones before U+0590 (Latin, Greek, Cyrillic, with their accents)."""
    return not text.isascii() and any(lo <= o <= hi for o in map(ord, text) if o >= 0x0590 for lo, hi in ranges)


def is_rtl(text: str) -> bool:
    """Whether ``text`` reads right to left: its first letter with a strong direction is Hebrew or Arabic
    (the Unicode bidi rule for a paragraph's direction); an ASCII title never does (the fast path)."""
    if not _any_in(text, _RTL):
        return False
    import unicodedata

    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def draw_line(p, rect, text: str, flags) -> None:
    """Draw one line of text in ``rect``: ``flags`` for a left-to-right line; a right-to-left one reads from
    the right edge, in its own direction (Qt lays out the words; a Latin word inside keeps its order)."""
    if is_rtl(text):
        p.save()
        p.setLayoutDirection(Qt.RightToLeft)
        p.drawText(rect, (flags & ~Qt.AlignLeft) | Qt.AlignRight | Qt.AlignAbsolute, text)  # (else mirrored)
        p.restore()
    else:
        p.drawText(rect, flags, text)


def break_segments(text: str) -> list[str] | None:
    """``text`` cut where a line may break (QTextBoundaryFinder's line rules, UAX #14), each piece keeping
    its trailing space; None for text that breaks at spaces only (the fast path), or outside the BMP (Qt's
    positions count UTF-16 units)."""
    if not _any_in(text, _UNSPACED) or any(ord(c) > 0xFFFF for c in text):
        return None
    from PySide6.QtCore import QTextBoundaryFinder

    finder = QTextBoundaryFinder(QTextBoundaryFinder.Line, text)
    cuts = [0]
    while (at := finder.toNextBoundary()) != -1:
        if at > cuts[-1]:
            cuts.append(at)
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b]]


def _wrap_segments(segments: list[str], fm: QFontMetrics, width_at: Callable[[int], float], max_lines: int,
                   elide_last: bool = True) -> list[str]:
    """wrap() for text cut by break_segments: pieces joined as they are, a line's trailing space not counted."""
    lines: list[str] = []
    i = 0
    while i < len(segments) and len(lines) < max_lines:
        w = width_at(len(lines))
        if elide_last and len(lines) == max_lines - 1:
            lines.append(elide(fm, "".join(segments[i:]).strip(), w))
            break
        line = segments[i]
        i += 1
        if fm.horizontalAdvance(line.rstrip()) > w:
            lines.append(elide(fm, line.strip(), w) if elide_last else line.strip())
            continue
        while i < len(segments) and fm.horizontalAdvance((line + segments[i]).rstrip()) <= w:
            line += segments[i]
            i += 1
        lines.append(line.strip())
    return lines

ELIDE_RIGHT = Qt.ElideRight


class Line(NamedTuple):
    font: QFont
    fm: QFontMetrics
    text: str
    x: float  # offset from the text area's left
    y: float  # offset from the text area's top
    width: float


def elide(fm: QFontMetrics, text: str, width: float) -> str:
    """``text`` elided to ``width``; "" when not even "…" and a letter fit (Qt may return wider text)."""
    out = fm.elidedText(text, ELIDE_RIGHT, int(width))
    return out if fm.horizontalAdvance(out) <= width else ""


def word_sizes(fm: QFontMetrics, words: list[str], memo: dict | None = None) -> list[int]:
    """Each word's advance in ``fm`` (a line is their sum plus spaces); ``memo`` (word -> advance, for this
    one font) keeps them from paint to paint: conference titles share most of their words."""
    if memo is None:
        return [fm.horizontalAdvance(w) for w in words]
    out = []
    for w in words:
        size = memo.get(w)
        if size is None:
            if len(memo) > 20_000:
                memo.clear()
            size = memo[w] = fm.horizontalAdvance(w)
        out.append(size)
    return out


def wrap(text: str, fm: QFontMetrics, width_at: Callable[[int], float], max_lines: int,
         sizes: list[int] | None = None) -> list[str]:
    """``text`` broken at spaces into at most ``max_lines`` lines, line ``i`` at most ``width_at(i)`` wide;
    a word wider than its line, or what is left for the last line, is elided with "…". ``sizes`` are the
    words' advances (word_sizes), when already measured. Text in a script written without spaces (Chinese,
    Japanese, Thai) breaks where its rules allow (break_segments)."""
    segments = break_segments(text)
    if segments is not None:
        lines = _wrap_segments(segments, fm, width_at, max_lines)
        return [line for line in lines if line and line != "…"] or lines[:1]
    words = text.split()
    if sizes is None:
        sizes = word_sizes(fm, words)
    space = fm.horizontalAdvance(" ")
    lines: list[str] = []
    i = 0
    while i < len(words) and len(lines) < max_lines:
        w = width_at(len(lines))
        if len(lines) == max_lines - 1:  # the last line: all that is left, elided
            lines.append(elide(fm, " ".join(words[i:]), w))
            break
        start, used = i, sizes[i]
        i += 1
        if used > w:
            cut = _cut_word(fm, words, sizes, start, w)
            if cut:  # "Data-Parallel-" here, "Aware" starts the next line
                head, words, sizes = cut
                lines.append(head)
                i = start
                continue
            lines.append(elide(fm, words[start], w))
            continue
        while i < len(words) and used + space + sizes[i] <= w:
            used += space + sizes[i]
            i += 1
        lines.append(" ".join(words[start:i]))
    return [line for line in lines if line and line != "…"] or lines[:1]


def hyphen_cut(fm: QFontMetrics, word: str, width: float) -> tuple[str, str]:
    """A word too wide for its line, cut after its last hyphen or slash that leaves a head ``width`` wide at
    most: (head, the rest); ("", word) when it has none. A long compound reads whole over two lines instead
    of being elided ("Data-Parallel-Aw…")."""
    for k in range(len(word) - 2, 0, -1):
        if word[k] in "-/" and fm.horizontalAdvance(word[:k + 1]) <= width:
            return word[:k + 1], word[k + 1:]
    return "", word


def _cut_word(fm: QFontMetrics, words: list[str], sizes: list[int], i: int, width: float):
    """Word ``i``, too wide for its line, cut after a hyphen (hyphen_cut): (its head, the words and their
    sizes with the rest in its place), new lists (the caller's stay as they are); None when it has no cut."""
    head, tail = hyphen_cut(fm, words[i], width)
    if not head:
        return None
    return head, [*words[:i], tail, *words[i + 1:]], [*sizes[:i], fm.horizontalAdvance(tail), *sizes[i + 1:]]


def wrapped_count(text: str, fm: QFontMetrics, width_at: Callable[[int], float], limit: int = 12,
                  sizes: list[int] | None = None) -> int:
    """How many lines ``text`` takes when wrapped without eliding (at most ``limit``)."""
    segments = break_segments(text)
    if segments is not None:
        return max(len(_wrap_segments(segments, fm, width_at, limit, elide_last=False)), 1)
    words = None  # split only for a word too wide for its line (the callers measured them already)
    if sizes is None:
        sizes = word_sizes(fm, words := text.split())
    space = fm.horizontalAdvance(" ")
    n, i = 0, 0
    while i < len(sizes) and n < limit:
        w = width_at(n)
        used = sizes[i]
        if used > w:  # cut after a hyphen, as wrap() does
            cut = _cut_word(fm, words if words is not None else text.split(), sizes, i, w)
            if cut:
                _head, words, sizes = cut
                n += 1
                continue
        i += 1
        while i < len(sizes) and used + space + sizes[i] <= w:
            used += space + sizes[i]
            i += 1
        n += 1
    return max(n, 1)


def common_prefixes(titles, at_least: int = 3) -> frozenset[str]:
    """Title prefixes that name a kind of session rather than the session ("Lightning Talk", "Keynote"):
    the part before ": ", at most four words, shared by ``at_least`` titles."""
    counts = Counter(t.partition(": ")[0] for t in titles if ": " in t)  # (C loops: 10,000 titles in ~1 ms)
    return frozenset(head for head, n in counts.items() if n >= at_least and len(head) <= 32 and head.count(" ") < 4)


def without_prefix(title: str, prefixes: frozenset[str]) -> str | None:
    """``title`` without its kind-of-session prefixes ("Keynote: Keynote: Streaming" -> "Streaming"), or
    None when it has none: what a block too small for the whole title shows first."""
    short = title
    while True:
        head, sep, rest = short.partition(": ")
        if not (sep and head in prefixes and rest.strip()):
            break
        short = rest.strip()
    return short if short != title else None


def plan_block_text(title: str, extras: list[str], width: float, height: float, corner_w: float,
                    corner_h: float, title_font: QFont, title_fm: QFontMetrics, small: QFont,
                    small_fm: QFontMetrics, memo: dict | None = None) -> list[Line]:
    """Lines for a block's text area (``width`` × ``height``), whose top right ``corner_w`` × ``corner_h``
    holds the star box. ``extras`` are the speaker and time lines, in the order they are kept: the last
    gives way first, and all of them before the title loses a line. ``memo`` keeps the title font's word
    advances (word_sizes)."""
    hb, hs = title_fm.height(), small_fm.height()
    top = 0.0
    if width - corner_w < 40 and height >= corner_h + hb:  # a narrow block: the text starts below the star
        top, height, corner_w = corner_h, height - corner_h, 0

    def width_at(y: float) -> float:
        return width - corner_w if y < corner_h else width

    def title_width(i: int) -> float:
        return width_at(i * hb)

    if height < hb:  # too short for a title line: a smaller font that fits whole, or nothing
        font, fm = small, small_fm
        if height < hs:
            if height < 7:
                return []
            font = QFont(small)
            font.setPixelSize(max(7, int(height)))
            fm = QFontMetrics(font)
            if fm.height() > height + 1:
                return []
        return [Line(font, fm, elide(fm, " ".join(title.split()), width_at(0)), 0, 0, width_at(0))]
    sizes = word_sizes(title_fm, title.split(), memo)
    need = wrapped_count(title, title_fm, title_width, sizes=sizes)
    kept = list(extras)
    while kept and need * hb + len(kept) * hs > height:
        kept.pop()  # the time first, then the speakers
    title_lines = max(1, min(need, int(height // hb) if not kept else need))
    out = [Line(title_font, title_fm, t, 0, top + i * hb, title_width(i))
           for i, t in enumerate(wrap(title, title_fm, title_width, title_lines, sizes))]
    y = len(out) * hb
    for text in kept:
        if y + hs > height:
            break
        w = width_at(y)
        out.append(Line(small, small_fm, elide(small_fm, text, w), 0, top + y, w))
        y += hs
    return [line for line in out if line.text]


def header_lines(label: str, fm: QFontMetrics, width: float, height: float) -> list[str]:
    """A room header's label over as many whole lines as fit (two in the usual header), elided after."""
    lines = max(1, int(height // fm.height()))
    return wrap(label, fm, lambda _i: width, lines) if width > 4 else []
