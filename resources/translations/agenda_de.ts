<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Removed {name} from the plan (its picks are kept)</source>
        <translation>{name} aus dem Plan entfernt (die Auswahl bleibt erhalten)</translation>
    </message>
    <message>
        <source>{name} is already in this plan</source>
        <translation>{name} ist schon in diesem Plan</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed {name}: %n change(s) to your picks</source>
        <translation>
            <numerusform>{name} aktualisiert: %n Änderung an Ihrer Auswahl</numerusform>
            <numerusform>{name} aktualisiert: %n Änderungen an Ihrer Auswahl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n session(s)</source>
        <translation>
            <numerusform>{name} hinzugefügt: %n Session</numerusform>
            <numerusform>{name} hinzugefügt: %n Sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name}: %n session(s)</source>
        <translation>
            <numerusform>{name} geöffnet: %n Session</numerusform>
            <numerusform>{name} geöffnet: %n Sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name} with %n warning(s): {warning}</source>
        <translation>
            <numerusform>{name} geöffnet mit %n Warnung: {warning}</numerusform>
            <numerusform>{name} geöffnet mit %n Warnungen: {warning}</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove cancelled session</source>
        <translation>Abgesagte Session entfernen</translation>
    </message>
    <message>
        <source>; {name}&apos;s {zone} shown in it</source>
        <translation>; {zone} von {name} wird darin gezeigt</translation>
    </message>
    <message>
        <source>my computer&apos;s time</source>
        <translation>Zeit meines Computers</translation>
    </message>
    <message>
        <source>chosen zone</source>
        <translation>gewählte Zeitzone</translation>
    </message>
    <message>
        <source>venue time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Times: {zone} ({kind}{apart})</source>
        <translation>Zeiten: {zone} ({kind}{apart})</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Mark maybe</source>
        <translation>Als vielleicht markieren</translation>
    </message>
    <message>
        <source>Clear maybe</source>
        <translation>Vielleicht entfernen</translation>
    </message>
    <message>
        <source>Keep {title}</source>
        <translation>{title} behalten</translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) marked maybe (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>{title} behalten; %n andere als vielleicht markiert (Strg+Z macht es rückgängig)</numerusform>
            <numerusform>{title} behalten; %n andere als vielleicht markiert (Strg+Z macht es rückgängig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) unstarred (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>{title} behalten; bei %n anderer die Markierung entfernt (Strg+Z macht es rückgängig)</numerusform>
            <numerusform>{title} behalten; bei %n anderen die Markierung entfernt (Strg+Z macht es rückgängig)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your picks are kept in memory but could not be saved: {exc}</source>
        <translation>Ihre Auswahl ist im Speicher, konnte aber nicht gesichert werden: {exc}</translation>
    </message>
    <message>
        <source>Your note is kept in memory but could not be saved: {exc}</source>
        <translation>Ihre Notiz ist im Speicher, konnte aber nicht gesichert werden: {exc}</translation>
    </message>
    <message>
        <source>Your item is kept in memory but could not be saved: {exc}</source>
        <translation>Ihr Eintrag ist im Speicher, konnte aber nicht gesichert werden: {exc}</translation>
    </message>
    <message>
        <source>Import picks</source>
        <translation>Auswahl importieren</translation>
    </message>
    <message>
        <source>The import is kept in memory but could not be saved: {exc}</source>
        <translation>Der Import ist im Speicher, konnte aber nicht gesichert werden: {exc}</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation>Zu Beginn</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5 Minuten vorher</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 Minuten vorher</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 Minuten vorher</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 Minuten vorher</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 Stunde vorher</translation>
    </message>
    <message>
        <source>Export my agenda</source>
        <translation>Meine Agenda exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Writes your %n starred session(s) as an iCalendar file for your phone or calendar. Importing it again updates the events instead of adding them twice.</source>
        <translation>
            <numerusform>Schreibt Ihre %n markierte Session als iCalendar-Datei für Ihr Telefon oder Ihren Kalender. Erneutes Importieren aktualisiert die Termine, statt sie doppelt anzulegen.</numerusform>
            <numerusform>Schreibt Ihre %n markierten Sessions als iCalendar-Datei für Ihr Telefon oder Ihren Kalender. Erneutes Importieren aktualisiert die Termine, statt sie doppelt anzulegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message numerus="yes">
        <source>Include my %n maybe(s)</source>
        <translation>
            <numerusform>Mein %n Vielleicht einschließen</numerusform>
            <numerusform>Meine %n Vielleicht einschließen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n Minute vorher</numerusform>
            <numerusform>%n Minuten vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Erinnerung:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Move to the next session in that direction</source>
        <translation>Zur nächsten Session in dieser Richtung</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Star or unstar the selected session</source>
        <translation>Gewählte Session markieren oder Markierung entfernen</translation>
    </message>
    <message>
        <source>Shift+Space</source>
        <translation>Umschalt+Leertaste</translation>
    </message>
    <message>
        <source>Mark the selected session maybe</source>
        <translation>Gewählte Session als vielleicht markieren</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Show the selected session&apos;s details</source>
        <translation>Details der gewählten Session zeigen</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menü, Umschalt+F10</translation>
    </message>
    <message>
        <source>The selected session&apos;s menu</source>
        <translation>Das Menü der gewählten Session</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Strg+1 … Strg+9</translation>
    </message>
    <message>
        <source>Show day 1 to 9</source>
        <translation>Tag 1 bis 9 zeigen</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <source>Zoom the grid</source>
        <translation>Raster zoomen</translation>
    </message>
    <message>
        <source>Shift+wheel</source>
        <translation>Umschalt+Mausrad</translation>
    </message>
    <message>
        <source>Scroll across the rooms</source>
        <translation>Quer durch die Räume scrollen</translation>
    </message>
    <message>
        <source>Esc (in the search box)</source>
        <translation>Esc (im Suchfeld)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <source>Plan your conference: the schedule as a day × room grid, your picks and their clashes, an agenda for your phone&apos;s calendar.</source>
        <translation>Planen Sie Ihre Konferenz: das Programm als Raster aus Tagen und Räumen, Ihre Auswahl und ihre Konflikte, eine Agenda für den Kalender Ihres Telefons.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty.</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder später (GPL-3.0-or-later). Dieses Programm kommt ohne jede Gewährleistung.</translation>
    </message>
    <message>
        <source>About Agenda</source>
        <translation>Über Agenda</translation>
    </message>
    <message>
        <source>Add my own item</source>
        <translation>Eigenen Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Lunch with a colleague, a booth shift…</source>
        <translation>Mittagessen mit einer Kollegin, eine Standschicht…</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <source>⚠ CLASH with {shown}</source>
        <translation>⚠ KONFLIKT mit {shown}</translation>
    </message>
    <message>
        <source>☆ maybe (a backup)</source>
        <translation>☆ vielleicht (eine Alternative)</translation>
    </message>
    <message>
        <source>⇄ only {minutes} min to get there</source>
        <translation>⇄ nur {minutes} Min. für den Weg</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} Std. {minutes:02d} Min.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>free {span} ({length})</source>
        <translation>frei {span} ({length})</translation>
    </message>
    <message>
        <source>venue-wide</source>
        <translation>ganzer Veranstaltungsort</translation>
    </message>
    <message>
        <source> (off-site)</source>
        <translation> (außerhalb)</translation>
    </message>
    <message>
        <source>  (continued)</source>
        <translation>  (Fortsetzung)</translation>
    </message>
    <message>
        <source>Times in {zone} · {stars} starred</source>
        <translation>Zeiten in {zone} · {stars} markiert</translation>
    </message>
    <message>
        <source>, {n} maybe</source>
        <translation>, {n} vielleicht</translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n session(s) clash</source>
        <translation>
            <numerusform> · ⚠ %n Session im Konflikt</numerusform>
            <numerusform> · ⚠ %n Sessions im Konflikt</numerusform>
        </translation>
    </message>
    <message>
        <source>My agenda · page {n} of {total} · printed by Agenda</source>
        <translation>Meine Agenda · Seite {n} von {total} · gedruckt mit Agenda</translation>
    </message>
    <message>
        <source>My agenda: {title}</source>
        <translation>Meine Agenda: {title}</translation>
    </message>
    <message>
        <source>Port {port} is in use now, so the link has a new port: a phone subscribed before must scan the new code.</source>
        <translation>Port {port} ist gerade belegt, daher hat der Link einen neuen Port: ein zuvor abonniertes Telefon muss den neuen Code scannen.</translation>
    </message>
    <message>
        <source>Subscribe: your phone&apos;s calendar keeps polling this computer and follows every star, unstar and time change while the two are on the same network. Subscribed calendars often drop reminders (Apple&apos;s default is &quot;Remove Alerts&quot;, Google ignores them); choose Add once to keep them. Apple Calendar and ICSx⁵ on Android poll from the phone itself; Google Calendar polls from Google&apos;s servers, which cannot reach this computer: on Android, use ICSx⁵ or Add once.</source>
        <translation>Abonnieren: Der Kalender Ihres Telefons fragt diesen Computer regelmäßig ab und folgt jeder Markierung, jedem Entfernen und jeder Zeitänderung, solange beide im selben Netz sind. Abonnierte Kalender verlieren oft Erinnerungen (Apple stellt standardmäßig „Hinweise entfernen“ ein, Google ignoriert sie); wählen Sie Einmal hinzufügen, um sie zu behalten. Apple Kalender und ICSx⁵ auf Android fragen vom Telefon selbst ab; Google Kalender fragt von Googles Servern ab, die diesen Computer nicht erreichen: Verwenden Sie auf Android ICSx⁵ oder Einmal hinzufügen.</translation>
    </message>
    <message>
        <source>Add once: the phone downloads the file and its calendar imports it, reminders included. Sharing stops after the download, or in 10 minutes.</source>
        <translation>Einmal hinzufügen: Das Telefon lädt die Datei herunter und sein Kalender importiert sie, samt Erinnerungen. Das Teilen endet nach dem Herunterladen oder nach 10 Minuten.</translation>
    </message>
    <message>
        <source>The phone must be on the same network as this computer. Many conference Wi-Fi networks keep devices apart: if the phone cannot open the link, use Save file… and send the file by mail or chat instead.</source>
        <translation>Das Telefon muss im selben Netz wie dieser Computer sein. Viele Konferenz-WLANs trennen Geräte voneinander: Kann das Telefon den Link nicht öffnen, nutzen Sie Datei speichern… und senden Sie die Datei per Mail oder Chat.</translation>
    </message>
    <message>
        <source>Send to phone</source>
        <translation>An Telefon senden</translation>
    </message>
    <message>
        <source>&amp;Subscribe (stays up to date)</source>
        <translation>&amp;Abonnieren (bleibt aktuell)</translation>
    </message>
    <message>
        <source>Add &amp;once (keeps reminders)</source>
        <translation>&amp;Einmal hinzufügen (behält Erinnerungen)</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>QR-Code des Links</translation>
    </message>
    <message>
        <source>Link for the phone</source>
        <translation>Link für das Telefon</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Network to share on</source>
        <translation>Netz zum Teilen</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netz:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Save &amp;file…</source>
        <translation>&amp;Datei speichern…</translation>
    </message>
    <message>
        <source>&amp;New link…</source>
        <translation>&amp;Neuer Link…</translation>
    </message>
    <message>
        <source>Make a new secret link. The old one stops working: a phone subscribed to it stops getting updates.</source>
        <translation>Einen neuen geheimen Link erstellen. Der alte funktioniert nicht mehr: ein damit abonniertes Telefon bekommt keine Aktualisierungen mehr.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera, or open the link on it.</source>
        <translation>Scannen Sie den Code mit der Kamera des Telefons oder öffnen Sie den Link darauf.</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Neuer Link</translation>
    </message>
    <message>
        <source>Make a new link? The link given out before stops working: a phone subscribed to it stops getting updates until it subscribes to the new one.</source>
        <translation>Einen neuen Link erstellen? Der bisher weitergegebene Link funktioniert dann nicht mehr: ein damit abonniertes Telefon bekommt keine Aktualisierungen, bis es den neuen abonniert.</translation>
    </message>
    <message>
        <source>New link made: the old one no longer works. Scan the new code with the phone.</source>
        <translation>Neuer Link erstellt: der alte funktioniert nicht mehr. Scannen Sie den neuen Code mit dem Telefon.</translation>
    </message>
    <message>
        <source>Sharing stopped: nothing is served any more.</source>
        <translation>Teilen beendet: es wird nichts mehr bereitgestellt.</translation>
    </message>
    <message>
        <source>The phone has downloaded your agenda. Sharing stopped.</source>
        <translation>Das Telefon hat Ihre Agenda heruntergeladen. Teilen beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n time(s).</source>
        <translation>
            <numerusform>%n-mal heruntergeladen.</numerusform>
            <numerusform>%n-mal heruntergeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>Teilen &amp;beenden</translation>
    </message>
    <message>
        <source>S&amp;tart sharing</source>
        <translation>Teilen &amp;starten</translation>
    </message>
    <message>
        <source>Not sharing</source>
        <translation>Nicht geteilt</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Star this session, or unstar it</source>
        <translation>Diese Session markieren oder Markierung entfernen</translation>
    </message>
    <message>
        <source>Select this session and show its details</source>
        <translation>Diese Session auswählen und ihre Details zeigen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>kein Raum</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>maybe</source>
        <translation>vielleicht</translation>
    </message>
    <message>
        <source>clashes with another pick</source>
        <translation>Konflikt mit einer anderen Auswahl</translation>
    </message>
    <message>
        <source>⊘ Not recorded: see it live</source>
        <translation>⊘ Nicht aufgezeichnet: live ansehen</translation>
    </message>
    <message>
        <source>off-site: </source>
        <translation>außerhalb: </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this day</source>
        <translation>
            <numerusform>%n Session an diesem Tag</numerusform>
            <numerusform>%n Sessions an diesem Tag</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule grid</source>
        <translation>Programmraster</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Keine Sessions an diesem Tag</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Keine Session gewählt</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>  • changed</source>
        <translation>  • geändert</translation>
    </message>
    <message>
        <source>  ⊘ not recorded</source>
        <translation>  ⊘ nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>⊘ not recorded</source>
        <translation>⊘ nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Schedule list</source>
        <translation>Programmliste</translation>
    </message>
    <message>
        <source>The day&apos;s sessions in time order</source>
        <translation>Die Sessions des Tages in zeitlicher Reihenfolge</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>Loading {source} …</source>
        <translation>Lade {source} …</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} und {b}</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will be recorded: you can watch it later.</source>
        <translation>{live} wird nicht aufgezeichnet: live ansehen. {later} wird aufgezeichnet: Sie können sie später ansehen.</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will all be recorded: you can watch them later.</source>
        <translation>{live} wird nicht aufgezeichnet: live ansehen. {later} werden alle aufgezeichnet: Sie können sie später ansehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tight transfer(s)</source>
        <translation>
            <numerusform>%n knapper Wechsel</numerusform>
            <numerusform>%n knappe Wechsel</numerusform>
        </translation>
    </message>
    <message>
        <source>the others become maybes</source>
        <translation>die anderen werden zu Vielleicht</translation>
    </message>
    <message>
        <source>the others are unstarred</source>
        <translation>bei den anderen wird die Markierung entfernt</translation>
    </message>
    <message>
        <source>Keep {title} starred. The sessions it clashes with become maybes: backups, drawn dashed, that never count as clashes. Ctrl+Z undoes it.</source>
        <translation>{title} markiert lassen. Die Sessions im Konflikt damit werden zu Vielleicht: Alternativen, gestrichelt gezeichnet, die nie als Konflikt zählen. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Keep {title} starred and unstar the sessions it clashes with. Ctrl+Z undoes it.</source>
        <translation>{title} markiert lassen und bei den Sessions im Konflikt damit die Markierung entfernen. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>When you keep one,</source>
        <translation>Wenn Sie eine behalten,</translation>
    </message>
    <message>
        <source>What happens to the other clashing sessions</source>
        <translation>Was mit den anderen Sessions im Konflikt geschieht</translation>
    </message>
    <message>
        <source>No clashes between your starred sessions.</source>
        <translation>Keine Konflikte zwischen Ihren markierten Sessions.</translation>
    </message>
    <message>
        <source>⚠ Overlap of {minutes} min, {start}–{end}</source>
        <translation>⚠ Überschneidung von {minutes} Min., {start}–{end}</translation>
    </message>
    <message>
        <source>⇄ Tight transfer: {minutes} min to change rooms at {start}</source>
        <translation>⇄ Knapper Wechsel: {minutes} Min. für den Raumwechsel um {start}</translation>
    </message>
    <message>
        <source> · ⊘ not recorded</source>
        <translation> · ⊘ nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Keep this one (see it live)</source>
        <translation>Diese behalten (live ansehen)</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Diese behalten</translation>
    </message>
    <message>
        <source> (not recorded: see it live)</source>
        <translation> (nicht aufgezeichnet: live ansehen)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Other sessions by these speakers</source>
        <translation>Weitere Sessions dieser Vortragenden</translation>
    </message>
    <message>
        <source>★ Star</source>
        <translation>★ Markieren</translation>
    </message>
    <message>
        <source>☆ Maybe</source>
        <translation>☆ Vielleicht</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>Beschreibung der Session</translation>
    </message>
    <message>
        <source>Your note: why you want to see it, a question to ask…</source>
        <translation>Ihre Notiz: warum Sie sie sehen wollen, eine Frage dazu…</translation>
    </message>
    <message>
        <source>Your note on this session</source>
        <translation>Ihre Notiz zu dieser Session</translation>
    </message>
    <message>
        <source>Select a session</source>
        <translation>Wählen Sie eine Session</translation>
    </message>
    <message>
        <source>  (cancelled)</source>
        <translation>  (abgesagt)</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, ganztägig</translation>
    </message>
    <message>
        <source>{day}, {span} ({zone}, UTC{offset})</source>
        <translation>{day}, {span} ({zone}, UTC{offset})</translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation>Ihr eigener Eintrag</translation>
    </message>
    <message>
        <source>No room (venue-wide)</source>
        <translation>Kein Raum (ganzer Veranstaltungsort)</translation>
    </message>
    <message>
        <source> · off-site</source>
        <translation> · außerhalb</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>Track: {track}</translation>
    </message>
    <message>
        <source>Will be recorded</source>
        <translation>Wird aufgezeichnet</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Markiert</translation>
    </message>
    <message>
        <source>☆ Maybe (backup)</source>
        <translation>☆ Vielleicht (Alternative)</translation>
    </message>
    <message>
        <source>Not picked</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source> · clashes with: </source>
        <translation> · Konflikt mit: </translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ Markierung entfernen</translation>
    </message>
    <message>
        <source>☆ Not maybe</source>
        <translation>☆ Nicht vielleicht</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
    <message>
        <source>More by {name}: </source>
        <translation>Mehr von {name}: </translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>Meine Agenda</translation>
    </message>
    <message>
        <source>{stars} starred, {maybes} maybe</source>
        <translation>{stars} markiert, {maybes} vielleicht</translation>
    </message>
    <message>
        <source>, {n} cancelled</source>
        <translation>, {n} abgesagt</translation>
    </message>
    <message>
        <source>, {n} removed</source>
        <translation>, {n} entfernt</translation>
    </message>
    <message>
        <source>{minutes} min free</source>
        <translation>{minutes} Min. frei</translation>
    </message>
    <message>
        <source>  ⚠ clash</source>
        <translation>  ⚠ Konflikt</translation>
    </message>
    <message>
        <source>  (removed from the schedule: click to remove from your picks)</source>
        <translation>  (aus dem Programm entfernt: klicken, um sie aus Ihrer Auswahl zu entfernen)</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Neuer Raum</translation>
    </message>
    <message>
        <source>Retitled</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>Ends later</source>
        <translation>Endet später</translation>
    </message>
    <message>
        <source>Ends earlier</source>
        <translation>Endet früher</translation>
    </message>
    <message>
        <source>Starts at another time</source>
        <translation>Beginnt zu anderer Zeit</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Mark these changes as seen</source>
        <translation>Diese Änderungen als gesehen markieren</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to your picks</source>
        <translation>
            <numerusform>%n Änderung an Ihrer Auswahl</numerusform>
            <numerusform>%n Änderungen an Ihrer Auswahl</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to your picks</source>
        <translation>Keine Änderungen an Ihrer Auswahl</translation>
    </message>
    <message numerus="yes">
        <source>; %n new session(s) in the schedule</source>
        <translation>
            <numerusform>; %n neue Session im Programm</numerusform>
            <numerusform>; %n neue Sessions im Programm</numerusform>
        </translation>
    </message>
    <message>
        <source>was {when}</source>
        <translation>war {when}</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>Not added: </source>
        <translation>Nicht hinzugefügt: </translation>
    </message>
    <message>
        <source>Copy of {fetched}: the new one was refused</source>
        <translation>Kopie vom {fetched}: die neue wurde abgelehnt</translation>
    </message>
    <message>
        <source>Offline, last updated {fetched}</source>
        <translation>Offline, zuletzt aktualisiert {fetched}</translation>
    </message>
    <message>
        <source>Not added: {message}</source>
        <translation>Nicht hinzugefügt: {message}</translation>
    </message>
    <message>
        <source> (showing {name} instead)</source>
        <translation> (stattdessen wird {name} gezeigt)</translation>
    </message>
    <message>
        <source>&amp;Add a conference…</source>
        <translation>Konferenz &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a conference &amp;from URL…</source>
        <translation>Konferenz von &amp;URL hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Conferences in this plan</source>
        <translation>&amp;Konferenzen in diesem Plan</translation>
    </message>
    <message>
        <source>Add a conference to this plan</source>
        <translation>Eine Konferenz zu diesem Plan hinzufügen</translation>
    </message>
    <message>
        <source>Schedules (*.ics *.ical *.xml *.json);;All files (*)</source>
        <translation>Programme (*.ics *.ical *.xml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a conference from URL</source>
        <translation>Konferenz von URL hinzufügen</translation>
    </message>
    <message>
        <source>Schedule URL (iCalendar, schedule.xml or schedule.json; https://, http:// or webcal://):</source>
        <translation>Programm-URL (iCalendar, schedule.xml oder schedule.json; https://, http:// oder webcal://):</translation>
    </message>
    <message>
        <source>(no schedule open)</source>
        <translation>(kein Programm geöffnet)</translation>
    </message>
    <message>
        <source>Refresh {name}</source>
        <translation>{name} aktualisieren</translation>
    </message>
    <message>
        <source>Remove {name} from the plan</source>
        <translation>{name} aus dem Plan entfernen</translation>
    </message>
    <message>
        <source>Add a conference to plan several together</source>
        <translation>Fügen Sie eine Konferenz hinzu, um mehrere gemeinsam zu planen</translation>
    </message>
    <message>
        <source>A schedule was dropped</source>
        <translation>Ein Programm wurde abgelegt</translation>
    </message>
    <message>
        <source>Add {dropped} to this plan, beside {name}, or open it instead?</source>
        <translation>{dropped} zu diesem Plan neben {name} hinzufügen oder stattdessen öffnen?</translation>
    </message>
    <message>
        <source>&amp;Add to this plan</source>
        <translation>Zu diesem Plan &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Open instead</source>
        <translation>Stattdessen &amp;öffnen</translation>
    </message>
    <message>
        <source>Days ▾</source>
        <translation>Tage ▾</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Einen Tag wählen</translation>
    </message>
    <message>
        <source>Every day of the conference</source>
        <translation>Alle Tage der Konferenz</translation>
    </message>
    <message>
        <source>Search titles, speakers, rooms, tracks… (Ctrl+F)</source>
        <translation>Titel, Vortragende, Räume, Tracks durchsuchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Nur markierte</translation>
    </message>
    <message>
        <source>Hide others</source>
        <translation>Andere ausblenden</translation>
    </message>
    <message>
        <source>Hide sessions that do not match instead of dimming them</source>
        <translation>Nicht passende Sessions ausblenden statt abzublenden</translation>
    </message>
    <message>
        <source>+{n} more…</source>
        <translation>+{n} weitere…</translation>
    </message>
    <message>
        <source>Click a track to show only it (again to undo)</source>
        <translation>Klicken Sie auf einen Track, um nur ihn zu zeigen (erneut zum Aufheben)</translation>
    </message>
    <message>
        <source>Tracks ({n})</source>
        <translation>Tracks ({n})</translation>
    </message>
    <message>
        <source>Rooms ({n})</source>
        <translation>Räume ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n matching session(s), {on_day} on this day</source>
        <translation>
            <numerusform>%n passende Session, {on_day} an diesem Tag</numerusform>
            <numerusform>%n passende Sessions, {on_day} an diesem Tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) fit in this gap</source>
        <translation>
            <numerusform>%n Session passt in diese Lücke</numerusform>
            <numerusform>%n Sessions passen in diese Lücke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>No matching sessions on this day</source>
        <translation>Keine passenden Sessions an diesem Tag</translation>
    </message>
    <message>
        <source>{n} of {hits}</source>
        <translation>{n} von {hits}</translation>
    </message>
    <message>
        <source>No clashes</source>
        <translation>Keine Konflikte</translation>
    </message>
    <message>
        <source>Clash {n} of {clashes}</source>
        <translation>Konflikt {n} von {clashes}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>System ({language})</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Uhr</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>Wie die Sprache sie schreibt</translation>
    </message>
    <message>
        <source>24-hour (14:30)</source>
        <translation>24 Stunden (14:30)</translation>
    </message>
    <message>
        <source>12-hour (2:30 PM)</source>
        <translation>12 Stunden (2:30 PM)</translation>
    </message>
    <message>
        <source>Agenda will be in {language} the next time it opens.</source>
        <translation>Agenda ist beim nächsten Öffnen auf {language}.</translation>
    </message>
    <message>
        <source>Times will read this way the next time Agenda opens.</source>
        <translation>Die Zeiten erscheinen beim nächsten Öffnen von Agenda so.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Conference days</source>
        <translation>Konferenztage</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Venue time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>My computer&apos;s time</source>
        <translation>Zeit meines Computers</translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation>Andere Zeitzone…</translation>
    </message>
    <message>
        <source>Show or hide the side panel (F9)</source>
        <translation>Seitenleiste zeigen oder ausblenden (F9)</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>Clash count</source>
        <translation>Anzahl der Konflikte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{name} — Agenda</source>
        <translation>{name} — Agenda</translation>
    </message>
    <message>
        <source>Clashes ({n})</source>
        <translation>Konflikte ({n})</translation>
    </message>
    <message>
        <source>Loading the schedule…</source>
        <translation>Programm wird geladen…</translation>
    </message>
    <message>
        <source>No schedule open (File › Open)</source>
        <translation>Kein Programm geöffnet (Datei › Öffnen)</translation>
    </message>
    <message>
        <source>What changed ({n})</source>
        <translation>Änderungen ({n})</translation>
    </message>
    <message>
        <source>Your latest picks could not be saved: {problem}

Quit anyway?</source>
        <translation>Ihre letzte Auswahl konnte nicht gesichert werden: {problem}

Trotzdem beenden?</translation>
    </message>
    <message>
        <source>showing the copy from {fetched}: the server&apos;s new copy was refused ({reason})</source>
        <translation>Kopie vom {fetched} wird gezeigt: die neue Kopie des Servers wurde abgelehnt ({reason})</translation>
    </message>
    <message>
        <source>offline, last updated {fetched} ({reason})</source>
        <translation>offline, zuletzt aktualisiert {fetched} ({reason})</translation>
    </message>
    <message>
        <source>{url}: redirected to a {scheme}: URL ({target}); only http and https redirects are followed</source>
        <translation>{url}: weitergeleitet zu einer {scheme}:-URL ({target}); nur http- und https-Weiterleitungen werden befolgt</translation>
    </message>
    <message>
        <source>{url}: redirected from https to unencrypted http ({target}); refused</source>
        <translation>{url}: von https zu unverschlüsseltem http weitergeleitet ({target}); abgelehnt</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be opened</source>
        <translation>{url}: nur http-, https- und webcal-URLs können geöffnet werden</translation>
    </message>
    <message>
        <source>{url}: timed out after {seconds} s (no complete answer by then)</source>
        <translation>{url}: Zeitüberschreitung nach {seconds} s (bis dahin keine vollständige Antwort)</translation>
    </message>
    <message>
        <source>{url}: the feed is larger than {mb} MB; not loaded</source>
        <translation>{url}: das Programm ist größer als {mb} MB; nicht geladen</translation>
    </message>
    <message>
        <source>{url}: redirected to a URL that is not http or https; not followed</source>
        <translation>{url}: zu einer URL weitergeleitet, die weder http noch https ist; nicht befolgt</translation>
    </message>
    <message>
        <source>{url}: too many redirects (more than {n})</source>
        <translation>{url}: zu viele Weiterleitungen (mehr als {n})</translation>
    </message>
    <message>
        <source>{url}: HTTP {code} {reason}</source>
        <translation>{url}: HTTP {code} {reason}</translation>
    </message>
    <message>
        <source>{url}: no secure (https) connection could be made</source>
        <translation>{url}: keine sichere (https-)Verbindung möglich</translation>
    </message>
    <message>
        <source>{url}: cannot connect ({reason})</source>
        <translation>{url}: keine Verbindung ({reason})</translation>
    </message>
    <message>
        <source>{url}: network error ({reason})</source>
        <translation>{url}: Netzwerkfehler ({reason})</translation>
    </message>
    <message>
        <source>{url}: the server&apos;s answer broke off ({reason})</source>
        <translation>{url}: die Antwort des Servers brach ab ({reason})</translation>
    </message>
    <message>
        <source>{url}: this URL returned a web page, not a calendar feed or schedule</source>
        <translation>{url}: diese URL liefert eine Webseite, kein Kalender-Feed und kein Programm</translation>
    </message>
    <message>
        <source>{url}: the response is not an iCalendar feed, schedule.xml or schedule.json</source>
        <translation>{url}: die Antwort ist weder ein iCalendar-Feed noch schedule.xml oder schedule.json</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be added</source>
        <translation>{url}: nur http-, https- und webcal-URLs können hinzugefügt werden</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export my agenda…</source>
        <translation>Meine Agenda &amp;exportieren…</translation>
    </message>
    <message>
        <source>Send to &amp;phone…</source>
        <translation>An &amp;Telefon senden…</translation>
    </message>
    <message>
        <source>&amp;Import picks…</source>
        <translation>Auswahl &amp;importieren…</translation>
    </message>
    <message>
        <source>Import picks from UR&amp;L…</source>
        <translation>Auswahl von UR&amp;L importieren…</translation>
    </message>
    <message>
        <source>&amp;Print my agenda…</source>
        <translation>Meine Agenda &amp;drucken…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Save agenda as P&amp;DF…</source>
        <translation>Agenda als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Minutes to change &amp;rooms…</source>
        <translation>Minuten für &amp;Raumwechsel…</translation>
    </message>
    <message>
        <source>Add my &amp;own item…</source>
        <translation>&amp;Eigenen Eintrag hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically…</source>
        <translation>&amp;Automatisch aktualisieren…</translation>
    </message>
    <message>
        <source>Next clash</source>
        <translation>Nächster Konflikt</translation>
    </message>
    <message>
        <source>Previous clash</source>
        <translation>Vorheriger Konflikt</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Agenda</source>
        <translation>Über &amp;Agenda</translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation>Zeiten anzeigen in:</translation>
    </message>
    <message>
        <source>Open schedule feed</source>
        <translation>Programm öffnen</translation>
    </message>
    <message>
        <source>iCalendar feeds (*.ics *.ical);;All files (*)</source>
        <translation>iCalendar-Programme (*.ics *.ical);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <source>Schedule feed URL (https://, http:// or webcal://):</source>
        <translation>Programm-URL (https://, http:// oder webcal://):</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>Automatisch aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the feed every (minutes, 0 = never):</source>
        <translation>Programm aktualisieren alle (Minuten, 0 = nie):</translation>
    </message>
    <message>
        <source>Minutes to change rooms</source>
        <translation>Minuten für Raumwechsel</translation>
    </message>
    <message>
        <source>Flag consecutive picks in different rooms closer than (minutes):</source>
        <translation>Aufeinanderfolgende Auswahl in verschiedenen Räumen melden, wenn näher als (Minuten):</translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation>Export fehlgeschlagen: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s)</source>
        <translation>
            <numerusform>%n Session exportiert</numerusform>
            <numerusform>%n Sessions exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n cancellation(s)</source>
        <translation>
            <numerusform> und %n Absage</numerusform>
            <numerusform> und %n Absagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n conferences</source>
        <translation>
            <numerusform> aus %n Konferenzen</numerusform>
            <numerusform> aus %n Konferenzen</numerusform>
        </translation>
    </message>
    <message>
        <source> to {path}</source>
        <translation> nach {path}</translation>
    </message>
    <message>
        <source>. Note: {problem}</source>
        <translation>. Hinweis: {problem}</translation>
    </message>
    <message>
        <source>Nothing to print yet: star the sessions you want on paper first.</source>
        <translation>Noch nichts zu drucken: markieren Sie zuerst die Sessions, die Sie auf Papier haben möchten.</translation>
    </message>
    <message>
        <source>Print preview — my agenda</source>
        <translation>Druckvorschau — meine Agenda</translation>
    </message>
    <message numerus="yes">
        <source>Printed your agenda: %n page(s)</source>
        <translation>
            <numerusform>Agenda gedruckt: %n Seite</numerusform>
            <numerusform>Agenda gedruckt: %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda as PDF</source>
        <translation>Agenda als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF failed: {exc}</source>
        <translation>Speichern des PDF fehlgeschlagen: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Saved your agenda (%n page(s)) to {path}</source>
        <translation>
            <numerusform>Agenda (%n Seite) gespeichert unter {path}</numerusform>
            <numerusform>Agenda (%n Seiten) gespeichert unter {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing with your phone</source>
        <translation>Mit Ihrem Telefon teilen</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Teilen beenden</translation>
    </message>
    <message>
        <source>Sharing with your phone: {url}</source>
        <translation>Mit Ihrem Telefon geteilt: {url}</translation>
    </message>
    <message>
        <source>Import it in your phone&apos;s or computer&apos;s calendar; after a change, export again and import the new file: events are updated, not doubled.</source>
        <translation>Importieren Sie sie in den Kalender Ihres Telefons oder Computers; nach einer Änderung erneut exportieren und die neue Datei importieren: Termine werden aktualisiert, nicht verdoppelt.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Calendar files and shared favourites (*.ics *.ical *.ifb *.json *.txt);;All files (*)</source>
        <translation>Kalenderdateien und geteilte Favoriten (*.ics *.ical *.ifb *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import picks from URL</source>
        <translation>Auswahl von URL importieren</translation>
    </message>
    <message>
        <source>The calendar of your picks (https://, http:// or webcal://), such as Sched&apos;s &quot;my schedule&quot; feed, or a Giggity share link:</source>
        <translation>Der Kalender Ihrer Auswahl (https://, http:// oder webcal://), etwa der „my schedule“-Feed von Sched, oder ein Giggity-Teilen-Link:</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <translation>der Giggity-Link</translation>
    </message>
    <message>
        <source>Nothing imported: {url}: only http, https and webcal URLs can be read</source>
        <translation>Nichts importiert: {url}: nur http-, https- und webcal-URLs können gelesen werden</translation>
    </message>
    <message>
        <source>Downloading your picks from {url}…</source>
        <translation>Lade Ihre Auswahl von {url}…</translation>
    </message>
    <message>
        <source>Nothing imported: {message}</source>
        <translation>Nichts importiert: {message}</translation>
    </message>
    <message>
        <source>Nothing imported: {exc}</source>
        <translation>Nichts importiert: {exc}</translation>
    </message>
    <message>
        <source>Nothing imported: {problem}</source>
        <translation>Nichts importiert: {problem}</translation>
    </message>
    <message>
        <source>{n} starred</source>
        <translation>{n} markiert</translation>
    </message>
    <message>
        <source>{n} marked maybe</source>
        <translation>{n} als vielleicht markiert</translation>
    </message>
    <message>
        <source>{n} already picked</source>
        <translation>{n} schon ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of your own</source>
        <translation>
            <numerusform>%n eigener Eintrag</numerusform>
            <numerusform>%n eigene Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} hidden in Giggity left as they are</source>
        <translation>{n} in Giggity ausgeblendet, so belassen</translation>
    </message>
    <message>
        <source>Imported from {name}: </source>
        <translation>Importiert aus {name}: </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) did not match one session: star them by hand (Show Details lists them). Edit → Undo takes the import back.</source>
        <translation>
            <numerusform>%n Termin passte zu keiner eindeutigen Session: markieren Sie ihn von Hand (Details anzeigen listet ihn). Bearbeiten → Rückgängig nimmt den Import zurück.</numerusform>
            <numerusform>%n Termine passten zu keiner eindeutigen Session: markieren Sie sie von Hand (Details anzeigen listet sie). Bearbeiten → Rückgängig nimmt den Import zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found: {title} ({when})</source>
        <translation>Nicht gefunden: {title} ({when})</translation>
    </message>
    <message>
        <source>More than one match: {title} ({when})</source>
        <translation>Mehr als ein Treffer: {title} ({when})</translation>
    </message>
    <message>
        <source>Edit → Undo takes the import back.</source>
        <translation>Bearbeiten → Rückgängig nimmt den Import zurück.</translation>
    </message>
    <message>
        <source>Not added: {exc}</source>
        <translation>Nicht hinzugefügt: {exc}</translation>
    </message>
    <message>
        <source>Added {title} to your agenda (the Mine column)</source>
        <translation>{title} zu Ihrer Agenda hinzugefügt (Spalte Eigene)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>★ &amp;Star</source>
        <translation>★ &amp;Markieren</translation>
    </message>
    <message>
        <source>☆ &amp;Maybe</source>
        <translation>☆ &amp;Vielleicht</translation>
    </message>
    <message>
        <source>&amp;Unstar</source>
        <translation>Markierung &amp;entfernen</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>&amp;Link öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation>Titel &amp;kopieren</translation>
    </message>
    <message>
        <source>Show in My &amp;agenda</source>
        <translation>In Meine &amp;Agenda zeigen</translation>
    </message>
    <message>
        <source>&amp;Remove my item</source>
        <translation>Eigenen Eintrag &amp;entfernen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Fit rooms to width</source>
        <translation>Räume an Breite &amp;anpassen</translation>
    </message>
    <message>
        <source>&amp;List view</source>
        <translation>&amp;Listenansicht</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation>Zoom {percent}</translation>
    </message>
    <message numerus="yes">
        <source>all %n room(s) fitted to the width</source>
        <translation>
            <numerusform>%n Raum an die Breite angepasst</numerusform>
            <numerusform>alle %n Räume an die Breite angepasst</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} rooms fit at a readable width: scroll sideways for the others</source>
        <translation>{shown} von {total} Räumen passen in lesbarer Breite: seitlich scrollen für die anderen</translation>
    </message>
    <message>
        <source>{where}: invalid UTF-8 replaced</source>
        <translation>{where}: ungültiges UTF-8 ersetzt</translation>
    </message>
    <message>
        <source>{name}: empty file, not an iCalendar feed</source>
        <translation>{name}: leere Datei, kein iCalendar-Feed</translation>
    </message>
    <message>
        <source>{name}: this is a web page (HTML/XML), not a calendar feed</source>
        <translation>{name}: das ist eine Webseite (HTML/XML), kein Kalender-Feed</translation>
    </message>
    <message>
        <source>{name} line {line}: not an iCalendar file (expected BEGIN:VCALENDAR)</source>
        <translation>{name} Zeile {line}: keine iCalendar-Datei (BEGIN:VCALENDAR erwartet)</translation>
    </message>
    <message>
        <source>{name}: not an iCalendar file (no BEGIN:VCALENDAR or BEGIN:VEVENT)</source>
        <translation>{name}: keine iCalendar-Datei (kein BEGIN:VCALENDAR oder BEGIN:VEVENT)</translation>
    </message>
    <message>
        <source>{name}: {zones} time zone definitions (VTIMEZONE); a calendar feed has a few, and at most {most} are read</source>
        <translation>{name}: {zones} Zeitzonen-Definitionen (VTIMEZONE); ein Kalender-Feed hat wenige, und höchstens {most} werden gelesen</translation>
    </message>
    <message>
        <source>{name}: components nested too deeply</source>
        <translation>{name}: Komponenten zu tief verschachtelt</translation>
    </message>
    <message>
        <source>no DTSTART</source>
        <translation>kein DTSTART</translation>
    </message>
    <message>
        <source>unreadable DTSTART</source>
        <translation>unlesbares DTSTART</translation>
    </message>
    <message>
        <source>{name} line {line}</source>
        <translation>{name} Zeile {line}</translation>
    </message>
    <message>
        <source>{where}: ignored a broken line in {event}</source>
        <translation>{where}: beschädigte Zeile in {event} ignoriert</translation>
    </message>
    <message>
        <source>{name}: ignored a top-level {component} outside any VCALENDAR</source>
        <translation>{name}: {component} auf oberster Ebene außerhalb jedes VCALENDAR ignoriert</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n event(s) not inside a VCALENDAR; read anyway</source>
        <translation>
            <numerusform>{name}: %n Termin steht in keinem VCALENDAR; trotzdem gelesen</numerusform>
            <numerusform>{name}: %n Termine stehen in keinem VCALENDAR; trotzdem gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {n} calendars in one file; merged</source>
        <translation>{name}: {n} Kalender in einer Datei; zusammengeführt</translation>
    </message>
    <message>
        <source>{name}: X-WR-TIMEZONE {zone} is not a known time zone; ignored</source>
        <translation>{name}: X-WR-TIMEZONE {zone} ist keine bekannte Zeitzone; ignoriert</translation>
    </message>
    <message>
        <source>{where}: not a calendar line ({raw}): the file is damaged or not iCalendar</source>
        <translation>{where}: keine Kalenderzeile ({raw}): die Datei ist beschädigt oder kein iCalendar</translation>
    </message>
    <message>
        <source>{where}: cannot read this calendar ({reason})</source>
        <translation>{where}: dieser Kalender ist nicht lesbar ({reason})</translation>
    </message>
    <message>
        <source>{where}: skipped a stray line outside any event ({raw})</source>
        <translation>{where}: verirrte Zeile außerhalb jedes Termins übersprungen ({raw})</translation>
    </message>
    <message>
        <source>{name}: more than {n} stray lines; not a calendar file</source>
        <translation>{name}: mehr als {n} verirrte Zeilen; keine Kalenderdatei</translation>
    </message>
    <message>
        <source>{source}: larger than {mb} MB; not a conference schedule, not loaded</source>
        <translation>{source}: größer als {mb} MB; kein Konferenzprogramm, nicht geladen</translation>
    </message>
    <message>
        <source>{source}: no such file</source>
        <translation>{source}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{source}: is a folder, not a calendar file</source>
        <translation>{source}: ist ein Ordner, keine Kalenderdatei</translation>
    </message>
    <message>
        <source>{source}: permission denied</source>
        <translation>{source}: Zugriff verweigert</translation>
    </message>
    <message>
        <source>{source}: cannot read ({reason})</source>
        <translation>{source}: nicht lesbar ({reason})</translation>
    </message>
    <message>
        <source>unknown time zone {name} (use an IANA name such as Europe/Paris)</source>
        <translation>unbekannte Zeitzone {name} (verwenden Sie einen IANA-Namen wie Europe/Paris)</translation>
    </message>
    <message>
        <source>{where}: not well-formed XML ({reason})</source>
        <translation>{where}: kein wohlgeformtes XML ({reason})</translation>
    </message>
    <message>
        <source>a DTD</source>
        <translation>eine DTD</translation>
    </message>
    <message>
        <source>entity declarations</source>
        <translation>Entity-Deklarationen</translation>
    </message>
    <message>
        <source>an external reference</source>
        <translation>einen externen Verweis</translation>
    </message>
    <message>
        <source>a forbidden construct</source>
        <translation>ein verbotenes Konstrukt</translation>
    </message>
    <message>
        <source>{name}: refused: the XML has {what}, which a schedule never needs (nothing was expanded or fetched)</source>
        <translation>{name}: abgelehnt: das XML enthält {what}, was ein Programm nie braucht (nichts wurde aufgelöst oder geladen)</translation>
    </message>
    <message>
        <source>{name}: an XML file, but not a schedule.xml (its root is &lt;{root}&gt;)</source>
        <translation>{name}: eine XML-Datei, aber kein schedule.xml (ihre Wurzel ist &lt;{root}&gt;)</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name}: kein UTF-8-Text</translation>
    </message>
    <message>
        <source>{where}: not valid JSON ({reason})</source>
        <translation>{where}: kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>{name}: JSON nested too deeply</source>
        <translation>{name}: JSON zu tief verschachtelt</translation>
    </message>
    <message>
        <source>{name}: JSON, but not a schedule.json (no schedule.conference)</source>
        <translation>{name}: JSON, aber kein schedule.json (kein schedule.conference)</translation>
    </message>
    <message>
        <source>{what} {text} is not a date and time such as 2026-04-07T12:30</source>
        <translation>{what} {text} ist kein Datum mit Uhrzeit wie 2026-04-07T12:30</translation>
    </message>
    <message>
        <source>an item needs a title</source>
        <translation>ein Eintrag braucht einen Titel</translation>
    </message>
    <message>
        <source>the item ends ({end}) before it starts ({start})</source>
        <translation>der Eintrag endet ({end}), bevor er beginnt ({start})</translation>
    </message>
    <message>
        <source>{name}: the Giggity link&apos;s selection is too large</source>
        <translation>{name}: die Auswahl des Giggity-Links ist zu groß</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) cannot be read</source>
        <translation>{name}: ein Giggity-Link, aber seine Auswahl ({key}=) ist nicht lesbar</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) is not a list of events</source>
        <translation>{name}: ein Giggity-Link, aber seine Auswahl ({key}=) ist keine Liste von Terminen</translation>
    </message>
    <message>
        <source>{name}: not valid JSON</source>
        <translation>{name}: kein gültiges JSON</translation>
    </message>
    <message>
        <source>{name}: JSON, but not an EventFahrplan favourites share (no &quot;lectures&quot;)</source>
        <translation>{name}: JSON, aber kein EventFahrplan-Favoriten-Export (kein „lectures“)</translation>
    </message>
    <message>
        <source>{name}: no sessions in this EventFahrplan share</source>
        <translation>{name}: keine Sessions in diesem EventFahrplan-Export</translation>
    </message>
    <message>
        <source>{path}: not saved, another Agenda has been writing there for over {seconds} s</source>
        <translation>{path}: nicht gesichert, ein anderes Agenda schreibt dort seit über {seconds} s</translation>
    </message>
    <message>
        <source>{path}: is a folder</source>
        <translation>{path}: ist ein Ordner</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: nicht schreibbar ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot read {kind} ({reason}); left untouched</source>
        <translation>{path}: {kind} nicht lesbar ({reason}); unverändert gelassen</translation>
    </message>
    <message>
        <source>{path}: {kind} is not a regular file; left untouched</source>
        <translation>{path}: {kind} ist keine normale Datei; unverändert gelassen</translation>
    </message>
    <message>
        <source>larger than {mb} MB</source>
        <translation>größer als {mb} MB</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>{problem}; left untouched</source>
        <translation>{problem}; unverändert gelassen</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}); left untouched</source>
        <translation>{path}: {kind} ist unlesbar ({problem}); unverändert gelassen</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}) and could not be moved aside ({reason}); left untouched</source>
        <translation>{path}: {kind} ist unlesbar ({problem}) und konnte nicht beiseitegelegt werden ({reason}); unverändert gelassen</translation>
    </message>
    <message>
        <source>{path}: {kind} was unreadable ({problem}); kept aside as {name}</source>
        <translation>{path}: {kind} war unlesbar ({problem}); beiseitegelegt als {name}</translation>
    </message>
    <message>
        <source>{name}: no VCALENDAR found, not an iCalendar feed</source>
        <translation>{name}: kein VCALENDAR gefunden, kein iCalendar-Feed</translation>
    </message>
    <message>
        <source>{name}: day_change {text} is not HH:MM; ignored</source>
        <translation>{name}: day_change {text} ist nicht HH:MM; ignoriert</translation>
    </message>
    <message>
        <source>{problem}; left out</source>
        <translation>{problem}; weggelassen</translation>
    </message>
    <message>
        <source>{name}: event {event}</source>
        <translation>{name}: Termin {event}</translation>
    </message>
    <message>
        <source>{where}: has neither guid nor id</source>
        <translation>{where}: hat weder guid noch id</translation>
    </message>
    <message>
        <source>{where}: date {date} is not an ISO 8601 time</source>
        <translation>{where}: Datum {date} ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>{where}: start {start} on {day} is not a time</source>
        <translation>{where}: Beginn {start} am {day} ist keine Uhrzeit</translation>
    </message>
    <message>
        <source>{where}: has no date</source>
        <translation>{where}: hat kein Datum</translation>
    </message>
    <message>
        <source>{name}: no usable events in this {generator}{why}</source>
        <translation>{name}: keine verwendbaren Termine in diesem {generator}{why}</translation>
    </message>
    <message>
        <source>{where}: duration {text} is longer than {days} days</source>
        <translation>{where}: Dauer {text} ist länger als {days} Tage</translation>
    </message>
    <message>
        <source>{where}: duration {text} is not HH:MM</source>
        <translation>{where}: Dauer {text} ist nicht HH:MM</translation>
    </message>
    <message>
        <source>picks file</source>
        <translation>Auswahldatei</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>schedule snapshot</source>
        <translation>Programm-Schnappschuss</translation>
    </message>
    <message>
        <source>feed cache</source>
        <translation>Feed-Zwischenspeicher</translation>
    </message>
    <message>
        <source>export state</source>
        <translation>Exportstand</translation>
    </message>
    <message>
        <source>share links</source>
        <translation>Teilen-Links</translation>
    </message>
    <message>
        <source>{path}: {kind} has no usable version ({found})</source>
        <translation>{path}: {kind} hat keine verwendbare Version ({found})</translation>
    </message>
    <message>
        <source>{path}: {kind} was written by a newer Agenda (format {found}, this one reads up to {current}); left untouched, update Agenda to use it</source>
        <translation>{path}: {kind} wurde von einem neueren Agenda geschrieben (Format {found}, dieses liest bis {current}); unverändert gelassen, aktualisieren Sie Agenda, um es zu nutzen</translation>
    </message>
    <message>
        <source>{path}: {kind} format {found} cannot be read by this Agenda (no way from {step})</source>
        <translation>{path}: {kind} im Format {found} kann dieses Agenda nicht lesen (kein Weg von {step})</translation>
    </message>
    <message>
        <source>{path}: cannot keep a copy before updating its format ({reason})</source>
        <translation>{path}: vor der Aktualisierung des Formats konnte keine Kopie angelegt werden ({reason})</translation>
    </message>
    <message>
        <source>{path}: that is the schedule feed being read; choose another file (nothing written)</source>
        <translation>{path}: das ist das gerade gelesene Programm; wählen Sie eine andere Datei (nichts geschrieben)</translation>
    </message>
    <message>
        <source>{problem}; nothing exported, so that no event is cancelled on your phone (star your sessions again, then export)</source>
        <translation>{problem}; nichts exportiert, damit auf Ihrem Telefon kein Termin abgesagt wird (markieren Sie Ihre Sessions erneut und exportieren Sie dann)</translation>
    </message>
    <message>
        <source>{path}: your picks file is missing; nothing exported, so that the events exported before are not cancelled on your phone</source>
        <translation>{path}: Ihre Auswahldatei fehlt; nichts exportiert, damit die zuvor exportierten Termine auf Ihrem Telefon nicht abgesagt werden</translation>
    </message>
    <message>
        <source>cannot share on {address}:{port}: {reason}</source>
        <translation>Teilen auf {address}:{port} nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>{path}: not saved, the existing picks file could not be read or moved aside</source>
        <translation>{path}: nicht gesichert, die vorhandene Auswahldatei konnte weder gelesen noch beiseitegelegt werden</translation>
    </message>
    <message>
        <source>{path}: not saved, the picks file another process wrote could not be read</source>
        <translation>{path}: nicht gesichert, die von einem anderen Prozess geschriebene Auswahldatei konnte nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>{name}: unknown time zone {zone} (%n event(s)); times read in {display}</source>
        <translation>
            <numerusform>{name}: unbekannte Zeitzone {zone} (%n Termin); Zeiten in {display} gelesen</numerusform>
            <numerusform>{name}: unbekannte Zeitzone {zone} (%n Termine); Zeiten in {display} gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: skipped {event}: {problem}</source>
        <translation>{name}: {event} übersprungen: {problem}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}: no events in this feed</source>
        <translation>{name}: keine Termine in diesem Feed</translation>
    </message>
    <message>
        <source>{event} ends before it starts; shown with no duration</source>
        <translation>{event} endet, bevor es beginnt; ohne Dauer gezeigt</translation>
    </message>
    <message>
        <source>{n} occurrences</source>
        <translation>{n} Vorkommen</translation>
    </message>
    <message>
        <source>{name}: could not apply X-WR-TIMEZONE {zone}: {reason}</source>
        <translation>{name}: X-WR-TIMEZONE {zone} konnte nicht angewandt werden: {reason}</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats every second (FREQ={freq}); shown once, as written</source>
        <translation>{name}: der wiederkehrende Termin {event} wiederholt sich jede Sekunde (FREQ={freq}); einmal gezeigt, wie geschrieben</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats without end; showing its occurrences up to {date}</source>
        <translation>{name}: der wiederkehrende Termin {event} wiederholt sich ohne Ende; Vorkommen bis {date} gezeigt</translation>
    </message>
    <message>
        <source>{name}: recurring events stopped expanding at {limit} (at {event}); later occurrences are not shown</source>
        <translation>{name}: wiederkehrende Termine wurden bei {limit} nicht weiter aufgelöst (bei {event}); spätere Vorkommen werden nicht gezeigt</translation>
    </message>
    <message>
        <source>{name}: could not expand the recurrence of {event} ({reason}); shown as written</source>
        <translation>{name}: die Wiederholung von {event} konnte nicht aufgelöst werden ({reason}); wie geschrieben gezeigt</translation>
    </message>
    <message>
        <source>{name}: {event}: ignored an unreadable {prop} {text}</source>
        <translation>{name}: {event}: unlesbares {prop} {text} ignoriert</translation>
    </message>
    <message>
        <source>the link could not be kept for next time ({reason})</source>
        <translation>der Link konnte nicht für das nächste Mal behalten werden ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: it only hides %n session(s) (Agenda hides no single session), so there is nothing to star</source>
        <translation>
            <numerusform>{name}: blendet nur %n Session aus (Agenda blendet keine einzelnen Sessions aus), also nichts zu markieren</numerusform>
            <numerusform>{name}: blendet nur %n Sessions aus (Agenda blendet keine einzelnen Sessions aus), also nichts zu markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: no events to import</source>
        <translation>{name}: keine Termine zum Importieren</translation>
    </message>
    <message numerus="yes">
        <source>{name}: none of its %n event(s) is a session of {conference} (is it from another conference?)</source>
        <translation>
            <numerusform>{name}: sein %n Termin ist keine Session von {conference} (stammt er von einer anderen Konferenz?)</numerusform>
            <numerusform>{name}: keiner seiner %n Termine ist eine Session von {conference} (stammen sie von einer anderen Konferenz?)</numerusform>
        </translation>
    </message>
</context>
</TS>
