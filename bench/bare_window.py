"""The floor any PySide6 app pays: a bare QMainWindow shown and painted, then exit."""
import os
import sys
import time

from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class Body(QWidget):
    def paintEvent(self, event):
        import resource

        print(f"{time.time():.6f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
        os._exit(0)


app = QApplication(sys.argv[:1])
win = QMainWindow()
win.setCentralWidget(Body())
win.resize(1366, 768)
win.show()
sys.exit(app.exec())
