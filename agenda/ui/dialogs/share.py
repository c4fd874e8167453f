"""File → Send to phone…: share the current picks with a phone by a QR code, no file copying.

``Sharing`` owns the server of core/output/share.py while the window runs: the UI thread publishes what to
serve (the schedule, the ids Export would write, its options) whenever picks, notes or the schedule change,
and the server's threads build the answers from that (the subscription and Add once, each as
core/output/export.py describes). ``ShareDialog`` shows the QR code and the URL, the choice between
"Subscribe" (webcal://, follows every change) and "Add once" (http://, one import, keeps reminders), the
network to share on, and what to do when the phone cannot reach this computer.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import StorageError
from ...core.output.export import ADD_ONCE, SUBSCRIPTION
from ...core.output.links import ShareLinks
from ...core.output.share import ADDED_ONCE, ONCE_TIMEOUT, AgendaFeed, ShareError, ShareServer, default_address
from ..i18n import say, tr
from ..placement import within_screen


class Sharing(QObject):
    """The server for the window's picks, or none. ``changed`` fires when it starts or stops, ``downloaded``
    after each complete download (on the UI thread)."""

    changed = Signal()
    downloaded = Signal(str)  # SUBSCRIBED or ADDED_ONCE
    _served = Signal(str)  # from a server thread; delivered queued on the UI thread

    def __init__(self, controller, links: ShareLinks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.links = links  # the token and each network's port, kept across restarts
        self.server: ShareServer | None = None
        self.once = False
        self.moved: str | None = None  # why the last start could not keep the link (the port was taken)
        self._render = None  # what would be served now: taken on the UI thread, called by the server's threads
        self._generation = 0  # one more each time the picks or the feed change: the body is built once per
        version = lambda: self._generation  # noqa: E731 (generation, not per request)
        self._feed = AgendaFeed(lambda now: self._render(now, SUBSCRIPTION), version=version)
        self._once_feed = AgendaFeed(lambda now: self._render(now, ADD_ONCE), version=version)
        self._once_timer = QTimer(self)
        self._once_timer.setSingleShot(True)
        self.once_timeout: float = ONCE_TIMEOUT  # seconds "Add once" waits for a download
        self._once_timer.timeout.connect(self.stop)
        self._served.connect(self._on_served)
        controller.picksChanged.connect(self.publish)
        controller.noteChanged.connect(self.publish)
        controller.scheduleChanged.connect(self.publish)

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def publish(self, *_changed) -> None:
        """Take what Export would write now (read by the server's threads at their next request)."""
        try:
            self._render = self.ctl.export_renderer()
        except StorageError:  # unreadable picks: keep serving what was served (never a calendar of cancellations)
            pass
        self._generation += 1

    def start(self, address: str, port: int = 0) -> ShareServer:
        """Serve on ``address``: with the token and, unless ``port`` says otherwise, the port the link on this
        address had before (a new server only if the address or port changed). Raises ShareError."""
        self.publish()
        if self.running and self.server.address == address and (port in (0, self.server.port)):
            return self.server
        self.stop()
        token, kept = self.links.token(), self.links.port(address)
        self.moved = None
        try:
            server = self._server(address, port or kept, token).start()
        except ShareError:
            if port or not kept:
                raise
            server = self._server(address, 0, token).start()  # the port used last time is taken now
            self.moved = tr("Port {port} is in use now, so the link has a new port: a phone subscribed before "
                            "must scan the new code.").format(port=kept)
        self.links.remember(address, server.port)
        self.server = server
        self.set_once(self.once)
        self.changed.emit()
        return server

    def new_link(self) -> ShareServer | None:
        """A new secret token: every link given out before stops working. Serves again on the same address
        and port if it was serving."""
        self.links.renew()
        if not self.running:
            return None
        address, port = self.server.address, self.server.port
        self.stop()
        return self.start(address, port)

    def _server(self, address: str, port: int, token: str) -> ShareServer:
        return ShareServer(self._feed, address, port, once=self.once, token=token, once_feed=self._once_feed,
                           on_download=lambda kind: self._served.emit(kind))

    def set_once(self, once: bool) -> None:
        """"Add once": stop after the first download, or after ONCE_TIMEOUT without one."""
        self.once = once
        if self.server is not None:
            self.server.once = once
        if once and self.running:
            self._once_timer.start(int(self.once_timeout * 1000))
        else:
            self._once_timer.stop()

    def stop(self) -> None:
        self._once_timer.stop()
        server, self.server = self.server, None
        if server is not None:
            server.stop()
            self.changed.emit()

    def _on_served(self, kind: str) -> None:
        self.downloaded.emit(kind)
        if self.server is not None and not self.server.running:  # "Add once" has stopped itself
            self.stop()


QR_SIZE = 264  # pixels (device-independent) the code takes in the dialog


def qr_image(text: str, size: int = QR_SIZE, ratio: float = 1.0) -> QImage:
    """``text`` as a QR code in a square of ``size``, dark on white with the standard four-module quiet
    zone whatever the theme, in whole device pixels per module so that no module blurs."""
    import segno

    matrix = segno.make(text, error="m").matrix
    border = 4
    module = max(1, int(size * ratio) // (len(matrix) + 2 * border))
    size = (len(matrix) + 2 * border) * module
    image = QImage(size, size, QImage.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect((x + border) * module, (y + border) * module, module, module, QColor("black"))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def network_addresses() -> list[tuple[str, str]]:
    """(address, label) for each IPv4 address of this computer that a phone could reach, the default
    route's first, then "every network". Loopback (127.x) is offered only when there is no network at all,
    and says so: no phone can reach it. ``AGENDA_SHARE_ADDRESS`` in the environment names the addresses to
    offer instead, separated by commas (an interface Qt does not list; the tests' loopback)."""
    import os

    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    if os.environ.get("AGENDA_SHARE_ADDRESS"):
        chosen = [a.strip() for a in os.environ["AGENDA_SHARE_ADDRESS"].split(",") if a.strip()]
        return [(a, f"{a} (AGENDA_SHARE_ADDRESS)") for a in chosen]

    found = []
    for iface in QNetworkInterface.allInterfaces():
        if not iface.flags() & QNetworkInterface.IsUp or iface.flags() & QNetworkInterface.IsLoopBack:
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol and not ip.isLoopback():
                found.append((ip.toString(), f"{ip.toString()} ({iface.humanReadableName()})"))
    default = default_address()
    found.sort(key=lambda a: (a[0] != default, a[0]))
    if not default.startswith("127.") and default not in [a for a, _ in found]:
        found.insert(0, (default, default))
    if not found:
        found.append(("127.0.0.1", "127.0.0.1 (no network: only this computer can open the link)"))
    found.append(("0.0.0.0", "0.0.0.0 (every network of this computer)"))
    return found


class ShareDialog(QDialog):
    """Opening it starts sharing (nothing is served before); "Stop sharing" ends it; closing it leaves it
    on, shown in the status bar, until stopped or the app quits."""

    saveFileRequested = Signal()

    SUBSCRIBE_NOTE = QT_TR_NOOP("Subscribe: your phone's calendar keeps polling this computer and follows every star, "
                      "unstar and time change while the two are on the same network. Subscribed calendars "
                      "often drop reminders (Apple's default is \"Remove Alerts\", Google ignores them); "
                      "choose Add once to keep them. Apple Calendar and ICSx⁵ on Android poll from the phone "
                      "itself; Google Calendar polls from Google's servers, which cannot reach this computer: "
                      "on Android, use ICSx⁵ or Add once.")
    ONCE_NOTE = QT_TR_NOOP("Add once: the phone downloads the file and its calendar imports it, reminders included. "
                 "Sharing stops after the download, or in 10 minutes.")
    NETWORK_NOTE = QT_TR_NOOP("The phone must be on the same network as this computer. Many conference Wi-Fi networks "
                    "keep devices apart: if the phone cannot open the link, use Save file… and send the file "
                    "by mail or chat instead.")

    def __init__(self, sharing: Sharing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sharing = sharing
        self.setWindowTitle(tr("Send to phone"))
        # Everything but the buttons scrolls when the screen is too short for it (1366×768 at 1.5×): the
        # buttons stay in reach, the code and the link on top show first.
        self._body = QWidget()
        v = QVBoxLayout(self._body)
        v.setContentsMargins(0, 0, 0, 0)
        modes = QHBoxLayout()
        self.subscribe = QRadioButton(tr("&Subscribe (stays up to date)"))
        self.add_once = QRadioButton(tr("Add &once (keeps reminders)"))
        self._modes = QButtonGroup(self)
        for b in (self.subscribe, self.add_once):
            self._modes.addButton(b)
            modes.addWidget(b)
        (self.add_once if sharing.once else self.subscribe).setChecked(True)
        v.addLayout(modes)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignCenter)
        self.qr.setFixedSize(QR_SIZE, QR_SIZE)
        self.qr.setAccessibleName(tr("QR code of the link"))
        v.addWidget(self.qr, 0, Qt.AlignHCenter)
        row = QHBoxLayout()
        self.url = QLineEdit()
        self.url.setReadOnly(True)
        self.url.setAccessibleName(tr("Link for the phone"))
        self.copy = QPushButton(tr("&Copy"))
        self.copy.clicked.connect(self._copy)
        row.addWidget(self.url, 1)
        row.addWidget(self.copy)
        v.addLayout(row)
        self.status = QLabel()
        self.status.setTextFormat(Qt.PlainText)
        self.status.setWordWrap(True)
        v.addWidget(self.status)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.PlainText)
        v.addWidget(self.note)
        net = QGridLayout()
        self.address = QComboBox()
        for address, label in network_addresses():
            self.address.addItem(label, address)
        self.address.setAccessibleName(tr("Network to share on"))
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(tr("automatic"))
        self.port.setAccessibleName(tr("Port"))
        lab = QLabel(tr("&Network:"))
        lab.setBuddy(self.address)
        net.addWidget(lab, 0, 0)
        net.addWidget(self.address, 0, 1)
        lab = QLabel(tr("&Port:"))
        lab.setBuddy(self.port)
        net.addWidget(lab, 0, 2)
        net.addWidget(self.port, 0, 3)
        v.addLayout(net)
        offline = QLabel(tr(self.NETWORK_NOTE))
        offline.setWordWrap(True)
        offline.setTextFormat(Qt.PlainText)
        v.addWidget(offline)
        self._buttons = buttons = QHBoxLayout()  # outside the scroll area: always in reach
        self.save_file = QPushButton(tr("Save &file…"))
        self.save_file.clicked.connect(self.saveFileRequested.emit)
        self.new_link = QPushButton(tr("&New link…"))
        self.new_link.setToolTip(tr("Make a new secret link. The old one stops working: a phone subscribed to it "
                                 "stops getting updates."))
        self.new_link.clicked.connect(self._new_link)
        self.start_stop = QPushButton()
        self.start_stop.clicked.connect(self._start_stop)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(self.save_file)
        buttons.addWidget(self.new_link)
        buttons.addStretch(1)
        buttons.addWidget(self.start_stop)
        buttons.addWidget(close)
        self._scroll = QScrollArea()
        self._scroll.setWidget(self._body)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.addWidget(self._scroll, 1)
        outer.addLayout(buttons)
        self.setMinimumWidth(520)
        self._modes.buttonToggled.connect(lambda *_: self._mode_changed())
        self.address.activated.connect(lambda *_: self.start())
        self.port.editingFinished.connect(self.start)
        sharing.changed.connect(self._show)
        sharing.downloaded.connect(self._downloaded)
        self._downloads = 0

    def start(self) -> bool:
        try:
            server = self.sharing.start(self.address.currentData(), self.port.value())
        except ShareError as exc:
            self.status.setText(say(exc))
            self._show()
            return False
        if self.port.value() not in (0, server.port):
            self.port.setValue(server.port)
        said = [self.sharing.moved or "", say(self.sharing.links.problem or "")]
        self.status.setText(" ".join([tr("Scan the code with the phone's camera, or open the link on it."), *said]).strip())
        self._show()
        return True

    def _new_link(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, tr("New link"), tr("Make a new link? The link given out before stops working: a phone subscribed to "
            "it stops getting updates until it subscribes to the new one."),
            QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        if answer != QMessageBox.Yes:
            return
        try:
            self.sharing.new_link()
        except ShareError as exc:
            self.status.setText(say(exc))
            self._show()
            return
        self.status.setText(tr("New link made: the old one no longer works. Scan the new code with the phone."))
        self._show()

    @property
    def shown_url(self) -> str:
        return self.url.text()

    def _mode_changed(self) -> None:
        self.sharing.set_once(self.add_once.isChecked())
        self._show()

    def _start_stop(self) -> None:
        if self.sharing.running:
            self.sharing.stop()
            self.status.setText(tr("Sharing stopped: nothing is served any more."))
        else:
            self.start()

    def _copy(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.url.text())

    def _downloaded(self, kind: str) -> None:
        self._downloads += 1
        if kind == ADDED_ONCE and not self.sharing.running:
            self.status.setText(tr("The phone has downloaded your agenda. Sharing stopped."))
        else:
            self.status.setText(tr("Downloaded %n time(s).", None, self._downloads))

    def _show(self) -> None:
        server = self.sharing.server if self.sharing.running else None
        once = self.add_once.isChecked()
        self.note.setText(tr(self.ONCE_NOTE) if once else tr(self.SUBSCRIBE_NOTE))
        self._fit()
        self.start_stop.setText(tr("S&top sharing") if server else tr("S&tart sharing"))
        self.copy.setEnabled(server is not None)
        if server is None:
            self.url.setText("")
            self.qr.setPixmap(QPixmap())
            self.qr.setText(tr("Not sharing"))
            return
        url = server.once_url if once else server.webcal
        self.url.setText(url)
        self.url.setCursorPosition(0)
        self.qr.setPixmap(QPixmap.fromImage(qr_image(url, ratio=self.devicePixelRatioF())))
        self._fit()

    def _fit(self) -> None:
        """Grow to show everything when a longer note or the code needs more room (wrapped labels do not
        make a shown window grow by themselves), but never past the screen's free area: there the body
        scrolls instead."""
        outer, body = self.layout(), self._body.layout()
        m = outer.contentsMargins()
        most_w, most_h = within_screen(self, 1 << 20, 1 << 20)
        w = min(max(self.width(), self.minimumWidth(), self._body.minimumSizeHint().width() + m.left() + m.right()),
                most_w)
        inner = w - m.left() - m.right()
        body_h = body.totalHeightForWidth(inner) if body.hasHeightForWidth() else body.totalSizeHint().height()
        h = min(max(self.height(), m.top() + body_h + outer.spacing() + self._buttons.sizeHint().height() + m.bottom()), most_h)
        if (w, h) != (self.width(), self.height()):
            self.resize(w, h)
