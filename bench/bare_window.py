"""The floor any PySide6 app pays: a bare QMainWindow shown and painted, then exit.

With ``--text`` (the second, "text floor"), its body paints one line of text with an alignment flag. That
is the least any window showing a schedule does, and it costs what the bare floor leaves out: PySide6
building the Qt namespace's ~90 Python enum types on first use of ``Qt``, and Qt loading its fonts for the
first glyphs. Prints one JSON object of time.time() marks, as bench/probe.py does: "main", "qt" (PySide6
imported, QApplication made), "window" (shown) and "painted"; with ``--text`` also two durations in ms,
"enums_ms" (the first use of ``Qt``) and "text_ms" (QPainter, fonts and the line itself).
"""
import os
import sys
import time

MARKS = {"main": time.time()}

from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402

TEXT = "--text" in sys.argv[1:]


class Body(QWidget):
    def paintEvent(self, event):
        if TEXT:  # imported here so that the bare floor does not pay for them
            t = time.perf_counter()
            from PySide6.QtCore import QRectF, Qt  # the first use of Qt: PySide6 builds its enum types

            t_enums = time.perf_counter()
            from PySide6.QtGui import QPainter

            p = QPainter(self)
            p.drawText(QRectF(8, 8, 400, 20), Qt.AlignLeft | Qt.AlignVCenter, "Keynote: Welcome, 09:00–09:15")
            p.end()
            MARKS["enums_ms"], MARKS["text_ms"] = (t_enums - t) * 1000, (time.perf_counter() - t_enums) * 1000
        MARKS["painted"] = time.time()
        import json  # after the mark: the floor does not pay for reporting

        print(json.dumps(MARKS), flush=True)
        os._exit(0)


app = QApplication(sys.argv[:1])
MARKS["qt"] = time.time()
win = QMainWindow()
win.setCentralWidget(Body())
win.resize(1366, 768)
win.show()
MARKS["window"] = time.time()
sys.exit(app.exec())
