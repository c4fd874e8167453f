<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <source>Removed {name} from the plan (its picks are kept)</source>
        <translation>{name} uit het plan gehaald (de keuzes blijven bewaard)</translation>
    </message>
    <message>
        <source>{name} is already in this plan</source>
        <translation>{name} staat al in dit plan</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed {name}: %n change(s) to your picks</source>
        <translation>
            <numerusform>{name} ververst: %n wijziging in je keuzes</numerusform>
            <numerusform>{name} ververst: %n wijzigingen in je keuzes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n session(s)</source>
        <translation>
            <numerusform>{name} toegevoegd: %n sessie</numerusform>
            <numerusform>{name} toegevoegd: %n sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name}: %n session(s)</source>
        <translation>
            <numerusform>{name} geopend: %n sessie</numerusform>
            <numerusform>{name} geopend: %n sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name} with %n warning(s): {warning}</source>
        <translation>
            <numerusform>{name} geopend met %n waarschuwing: {warning}</numerusform>
            <numerusform>{name} geopend met %n waarschuwingen: {warning}</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove cancelled session</source>
        <translation>Geannuleerde sessie verwijderen</translation>
    </message>
    <message>
        <source>; {name}&apos;s {zone} shown in it</source>
        <translation>; de tijd {zone} van {name} wordt erin getoond</translation>
    </message>
    <message>
        <source>my computer&apos;s time</source>
        <translation>tijd van mijn computer</translation>
    </message>
    <message>
        <source>chosen zone</source>
        <translation>gekozen zone</translation>
    </message>
    <message>
        <source>venue time</source>
        <translation>tijd ter plaatse</translation>
    </message>
    <message>
        <source>Times: {zone} ({kind}{apart})</source>
        <translation>Tijden: {zone} ({kind}{apart})</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Ster geven</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Ster weghalen</translation>
    </message>
    <message>
        <source>Mark maybe</source>
        <translation>Als misschien markeren</translation>
    </message>
    <message>
        <source>Clear maybe</source>
        <translation>Misschien weghalen</translation>
    </message>
    <message>
        <source>Keep {title}</source>
        <translation>{title} houden</translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) marked maybe (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>{title} gehouden; %n andere als misschien gemarkeerd (Ctrl+Z maakt het ongedaan)</numerusform>
            <numerusform>{title} gehouden; %n andere als misschien gemarkeerd (Ctrl+Z maakt het ongedaan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) unstarred (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>{title} gehouden; bij %n andere de ster weggehaald (Ctrl+Z maakt het ongedaan)</numerusform>
            <numerusform>{title} gehouden; bij %n andere de ster weggehaald (Ctrl+Z maakt het ongedaan)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your picks are kept in memory but could not be saved: {exc}</source>
        <translation>Je keuzes staan in het geheugen maar konden niet worden opgeslagen: {exc}</translation>
    </message>
    <message>
        <source>Your note is kept in memory but could not be saved: {exc}</source>
        <translation>Je notitie staat in het geheugen maar kon niet worden opgeslagen: {exc}</translation>
    </message>
    <message>
        <source>Your item is kept in memory but could not be saved: {exc}</source>
        <translation>Je item staat in het geheugen maar kon niet worden opgeslagen: {exc}</translation>
    </message>
    <message>
        <source>Import picks</source>
        <translation>Keuzes importeren</translation>
    </message>
    <message>
        <source>The import is kept in memory but could not be saved: {exc}</source>
        <translation>De import staat in het geheugen maar kon niet worden opgeslagen: {exc}</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Geen herinnering</translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation>Bij het begin</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5 minuten van tevoren</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 minuten van tevoren</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minuten van tevoren</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 minuten van tevoren</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 uur van tevoren</translation>
    </message>
    <message>
        <source>Export my agenda</source>
        <translation>Mijn agenda exporteren</translation>
    </message>
    <message numerus="yes">
        <source>Writes your %n starred session(s) as an iCalendar file for your phone or calendar. Importing it again updates the events instead of adding them twice.</source>
        <translation>
            <numerusform>Schrijft je %n sessie met ster als iCalendar-bestand voor je telefoon of agenda. Opnieuw importeren werkt de afspraken bij in plaats van ze dubbel toe te voegen.</numerusform>
            <numerusform>Schrijft je %n sessies met ster als iCalendar-bestand voor je telefoon of agenda. Opnieuw importeren werkt de afspraken bij in plaats van ze dubbel toe te voegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Te schrijven bestand</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message numerus="yes">
        <source>Include my %n maybe(s)</source>
        <translation>
            <numerusform>Mijn %n misschien meenemen</numerusform>
            <numerusform>Mijn %n misschien meenemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minuut van tevoren</numerusform>
            <numerusform>%n minuten van tevoren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Herinnering:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pijltoetsen</translation>
    </message>
    <message>
        <source>Move to the next session in that direction</source>
        <translation>Naar de volgende sessie in die richting</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Star or unstar the selected session</source>
        <translation>Ster geven aan of weghalen bij de gekozen sessie</translation>
    </message>
    <message>
        <source>Shift+Space</source>
        <translation>Shift+Spatie</translation>
    </message>
    <message>
        <source>Mark the selected session maybe</source>
        <translation>De gekozen sessie als misschien markeren</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Show the selected session&apos;s details</source>
        <translation>De details van de gekozen sessie tonen</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menu, Shift+F10</translation>
    </message>
    <message>
        <source>The selected session&apos;s menu</source>
        <translation>Het menu van de gekozen sessie</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Show day 1 to 9</source>
        <translation>Dag 1 tot 9 tonen</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+scrollwiel</translation>
    </message>
    <message>
        <source>Zoom the grid</source>
        <translation>Het rooster zoomen</translation>
    </message>
    <message>
        <source>Shift+wheel</source>
        <translation>Shift+scrollwiel</translation>
    </message>
    <message>
        <source>Scroll across the rooms</source>
        <translation>Horizontaal door de zalen scrollen</translation>
    </message>
    <message>
        <source>Esc (in the search box)</source>
        <translation>Esc (in het zoekveld)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
    <message>
        <source>Plan your conference: the schedule as a day × room grid, your picks and their clashes, an agenda for your phone&apos;s calendar.</source>
        <translation>Plan je conferentie: het programma als rooster van dagen × zalen, je keuzes en hun botsingen, een agenda voor de kalender van je telefoon.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty.</source>
        <translation>Licentie: GNU General Public License, versie 3 of later (GPL-3.0-or-later). Dit programma komt zonder enige garantie.</translation>
    </message>
    <message>
        <source>About Agenda</source>
        <translation>Over Agenda</translation>
    </message>
    <message>
        <source>Add my own item</source>
        <translation>Eigen item toevoegen</translation>
    </message>
    <message>
        <source>Lunch with a colleague, a booth shift…</source>
        <translation>Lunch met een collega, een dienst op de stand…</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Begint:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Eindigt:</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>W&amp;aar:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> en nog {n}</translation>
    </message>
    <message>
        <source>⚠ CLASH with {shown}</source>
        <translation>⚠ BOTSING met {shown}</translation>
    </message>
    <message>
        <source>☆ maybe (a backup)</source>
        <translation>☆ misschien (een alternatief)</translation>
    </message>
    <message>
        <source>⇄ only {minutes} min to get there</source>
        <translation>⇄ maar {minutes} min om er te komen</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>hele dag</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} u {minutes:02d} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>free {span} ({length})</source>
        <translation>vrij {span} ({length})</translation>
    </message>
    <message>
        <source>venue-wide</source>
        <translation>hele locatie</translation>
    </message>
    <message>
        <source> (off-site)</source>
        <translation> (buiten de locatie)</translation>
    </message>
    <message>
        <source>  (continued)</source>
        <translation>  (vervolg)</translation>
    </message>
    <message>
        <source>Times in {zone} · {stars} starred</source>
        <translation>Tijden in {zone} · {stars} met ster</translation>
    </message>
    <message>
        <source>, {n} maybe</source>
        <translation>, {n} misschien</translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n session(s) clash</source>
        <translation>
            <numerusform> · ⚠ %n sessie botst</numerusform>
            <numerusform> · ⚠ %n sessies botsen</numerusform>
        </translation>
    </message>
    <message>
        <source>My agenda · page {n} of {total} · printed by Agenda</source>
        <translation>Mijn agenda · pagina {n} van {total} · afgedrukt door Agenda</translation>
    </message>
    <message>
        <source>My agenda: {title}</source>
        <translation>Mijn agenda: {title}</translation>
    </message>
    <message>
        <source>Port {port} is in use now, so the link has a new port: a phone subscribed before must scan the new code.</source>
        <translation>Poort {port} is nu in gebruik, dus de link heeft een nieuwe poort: een telefoon die eerder geabonneerd was moet de nieuwe code scannen.</translation>
    </message>
    <message>
        <source>Subscribe: your phone&apos;s calendar keeps polling this computer and follows every star, unstar and time change while the two are on the same network. Subscribed calendars often drop reminders (Apple&apos;s default is &quot;Remove Alerts&quot;, Google ignores them); choose Add once to keep them. Apple Calendar and ICSx⁵ on Android poll from the phone itself; Google Calendar polls from Google&apos;s servers, which cannot reach this computer: on Android, use ICSx⁵ or Add once.</source>
        <translation>Abonneren: de kalender van je telefoon vraagt deze computer steeds opnieuw op en volgt elke ster, verwijdering en tijdswijziging zolang beide op hetzelfde netwerk zitten. Geabonneerde kalenders laten herinneringen vaak vallen (Apple stelt standaard „Verwijder meldingen” voor, Google negeert ze); kies Eén keer toevoegen om ze te houden. Apple Agenda en ICSx⁵ op Android vragen op vanaf de telefoon zelf; Google Agenda vraagt op vanaf de servers van Google, die deze computer niet kunnen bereiken: gebruik op Android ICSx⁵ of Eén keer toevoegen.</translation>
    </message>
    <message>
        <source>Add once: the phone downloads the file and its calendar imports it, reminders included. Sharing stops after the download, or in 10 minutes.</source>
        <translation>Eén keer toevoegen: de telefoon downloadt het bestand en zijn kalender importeert het, met herinneringen. Het delen stopt na de download, of na 10 minuten.</translation>
    </message>
    <message>
        <source>The phone must be on the same network as this computer. Many conference Wi-Fi networks keep devices apart: if the phone cannot open the link, use Save file… and send the file by mail or chat instead.</source>
        <translation>De telefoon moet op hetzelfde netwerk zitten als deze computer. Veel wifi-netwerken op conferenties houden apparaten gescheiden: kan de telefoon de link niet openen, gebruik dan Bestand opslaan… en stuur het bestand per mail of chat.</translation>
    </message>
    <message>
        <source>Send to phone</source>
        <translation>Naar telefoon sturen</translation>
    </message>
    <message>
        <source>&amp;Subscribe (stays up to date)</source>
        <translation>&amp;Abonneren (blijft bijgewerkt)</translation>
    </message>
    <message>
        <source>Add &amp;once (keeps reminders)</source>
        <translation>Eén &amp;keer toevoegen (houdt herinneringen)</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>QR-code van de link</translation>
    </message>
    <message>
        <source>Link for the phone</source>
        <translation>Link voor de telefoon</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Network to share on</source>
        <translation>Netwerk om op te delen</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netwerk:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>Save &amp;file…</source>
        <translation>&amp;Bestand opslaan…</translation>
    </message>
    <message>
        <source>&amp;New link…</source>
        <translation>&amp;Nieuwe link…</translation>
    </message>
    <message>
        <source>Make a new secret link. The old one stops working: a phone subscribed to it stops getting updates.</source>
        <translation>Een nieuwe geheime link maken. De oude werkt niet meer: een telefoon die erop geabonneerd is krijgt geen updates meer.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera, or open the link on it.</source>
        <translation>Scan de code met de camera van de telefoon, of open de link erop.</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nieuwe link</translation>
    </message>
    <message>
        <source>Make a new link? The link given out before stops working: a phone subscribed to it stops getting updates until it subscribes to the new one.</source>
        <translation>Een nieuwe link maken? De eerder gegeven link werkt dan niet meer: een telefoon die erop geabonneerd is krijgt geen updates tot hij zich op de nieuwe abonneert.</translation>
    </message>
    <message>
        <source>New link made: the old one no longer works. Scan the new code with the phone.</source>
        <translation>Nieuwe link gemaakt: de oude werkt niet meer. Scan de nieuwe code met de telefoon.</translation>
    </message>
    <message>
        <source>Sharing stopped: nothing is served any more.</source>
        <translation>Delen gestopt: er wordt niets meer aangeboden.</translation>
    </message>
    <message>
        <source>The phone has downloaded your agenda. Sharing stopped.</source>
        <translation>De telefoon heeft je agenda gedownload. Delen gestopt.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n time(s).</source>
        <translation>
            <numerusform>%n keer gedownload.</numerusform>
            <numerusform>%n keer gedownload.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>Delen &amp;stoppen</translation>
    </message>
    <message>
        <source>S&amp;tart sharing</source>
        <translation>Delen &amp;starten</translation>
    </message>
    <message>
        <source>Not sharing</source>
        <translation>Niet gedeeld</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <source>Star this session, or unstar it</source>
        <translation>Ster geven aan of weghalen bij deze sessie</translation>
    </message>
    <message>
        <source>Select this session and show its details</source>
        <translation>Deze sessie kiezen en de details tonen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} tot {end}</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>geen zaal</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet opgenomen</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>met ster</translation>
    </message>
    <message>
        <source>maybe</source>
        <translation>misschien</translation>
    </message>
    <message>
        <source>clashes with another pick</source>
        <translation>botst met een andere keuze</translation>
    </message>
    <message>
        <source>⊘ Not recorded: see it live</source>
        <translation>⊘ Niet opgenomen: live bekijken</translation>
    </message>
    <message>
        <source>off-site: </source>
        <translation>buiten de locatie: </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this day</source>
        <translation>
            <numerusform>%n sessie op deze dag</numerusform>
            <numerusform>%n sessies op deze dag</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule grid</source>
        <translation>Programmarooster</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Geen sessies op deze dag</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Geen sessie gekozen</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Botsing</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Misschien</translation>
    </message>
    <message>
        <source>  • changed</source>
        <translation>  • gewijzigd</translation>
    </message>
    <message>
        <source>  ⊘ not recorded</source>
        <translation>  ⊘ niet opgenomen</translation>
    </message>
    <message>
        <source>⊘ not recorded</source>
        <translation>⊘ niet opgenomen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Schedule list</source>
        <translation>Programmalijst</translation>
    </message>
    <message>
        <source>The day&apos;s sessions in time order</source>
        <translation>De sessies van de dag op tijdsvolgorde</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden geannuleerd</translation>
    </message>
    <message>
        <source>Loading {source} …</source>
        <translation>{source} laden …</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} en {b}</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will be recorded: you can watch it later.</source>
        <translation>{live} wordt niet opgenomen: live bekijken. {later} wordt opgenomen: je kunt die later terugkijken.</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will all be recorded: you can watch them later.</source>
        <translation>{live} wordt niet opgenomen: live bekijken. {later} worden allemaal opgenomen: je kunt ze later terugkijken.</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n botsing</numerusform>
            <numerusform>%n botsingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tight transfer(s)</source>
        <translation>
            <numerusform>%n krappe wissel</numerusform>
            <numerusform>%n krappe wissels</numerusform>
        </translation>
    </message>
    <message>
        <source>the others become maybes</source>
        <translation>de andere worden misschien</translation>
    </message>
    <message>
        <source>the others are unstarred</source>
        <translation>de andere verliezen hun ster</translation>
    </message>
    <message>
        <source>Keep {title} starred. The sessions it clashes with become maybes: backups, drawn dashed, that never count as clashes. Ctrl+Z undoes it.</source>
        <translation>{title} met ster houden. De sessies waarmee hij botst worden misschien: alternatieven, gestippeld getekend, die nooit als botsing tellen. Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <source>Keep {title} starred and unstar the sessions it clashes with. Ctrl+Z undoes it.</source>
        <translation>{title} met ster houden en de ster weghalen bij de sessies waarmee hij botst. Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <source>When you keep one,</source>
        <translation>Als je er een houdt,</translation>
    </message>
    <message>
        <source>What happens to the other clashing sessions</source>
        <translation>Wat er gebeurt met de andere botsende sessies</translation>
    </message>
    <message>
        <source>No clashes between your starred sessions.</source>
        <translation>Geen botsingen tussen je sessies met ster.</translation>
    </message>
    <message>
        <source>⚠ Overlap of {minutes} min, {start}–{end}</source>
        <translation>⚠ Overlap van {minutes} min, {start}–{end}</translation>
    </message>
    <message>
        <source>⇄ Tight transfer: {minutes} min to change rooms at {start}</source>
        <translation>⇄ Krappe wissel: {minutes} min om van zaal te wisselen om {start}</translation>
    </message>
    <message>
        <source> · ⊘ not recorded</source>
        <translation> · ⊘ niet opgenomen</translation>
    </message>
    <message>
        <source>Keep this one (see it live)</source>
        <translation>Deze houden (live bekijken)</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Deze houden</translation>
    </message>
    <message>
        <source> (not recorded: see it live)</source>
        <translation> (niet opgenomen: live bekijken)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Other sessions by these speakers</source>
        <translation>Andere sessies van deze sprekers</translation>
    </message>
    <message>
        <source>★ Star</source>
        <translation>★ Ster</translation>
    </message>
    <message>
        <source>☆ Maybe</source>
        <translation>☆ Misschien</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link openen</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>Beschrijving van de sessie</translation>
    </message>
    <message>
        <source>Your note: why you want to see it, a question to ask…</source>
        <translation>Je notitie: waarom je ze wilt zien, een vraag om te stellen…</translation>
    </message>
    <message>
        <source>Your note on this session</source>
        <translation>Je notitie bij deze sessie</translation>
    </message>
    <message>
        <source>Select a session</source>
        <translation>Kies een sessie</translation>
    </message>
    <message>
        <source>  (cancelled)</source>
        <translation>  (geannuleerd)</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, hele dag</translation>
    </message>
    <message>
        <source>{day}, {span} ({zone}, UTC{offset})</source>
        <translation>{day}, {span} ({zone}, UTC{offset})</translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation>Je eigen item</translation>
    </message>
    <message>
        <source>No room (venue-wide)</source>
        <translation>Geen zaal (hele locatie)</translation>
    </message>
    <message>
        <source> · off-site</source>
        <translation> · buiten de locatie</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>Track: {track}</translation>
    </message>
    <message>
        <source>Will be recorded</source>
        <translation>Wordt opgenomen</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Met ster</translation>
    </message>
    <message>
        <source>☆ Maybe (backup)</source>
        <translation>☆ Misschien (alternatief)</translation>
    </message>
    <message>
        <source>Not picked</source>
        <translation>Niet gekozen</translation>
    </message>
    <message>
        <source> · clashes with: </source>
        <translation> · botst met: </translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ Ster weghalen</translation>
    </message>
    <message>
        <source>☆ Not maybe</source>
        <translation>☆ Niet misschien</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Over {name}</translation>
    </message>
    <message>
        <source>More by {name}: </source>
        <translation>Meer van {name}: </translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>Mijn agenda</translation>
    </message>
    <message>
        <source>{stars} starred, {maybes} maybe</source>
        <translation>{stars} met ster, {maybes} misschien</translation>
    </message>
    <message>
        <source>, {n} cancelled</source>
        <translation>, {n} geannuleerd</translation>
    </message>
    <message>
        <source>, {n} removed</source>
        <translation>, {n} verwijderd</translation>
    </message>
    <message>
        <source>{minutes} min free</source>
        <translation>{minutes} min vrij</translation>
    </message>
    <message>
        <source>  ⚠ clash</source>
        <translation>  ⚠ botsing</translation>
    </message>
    <message>
        <source>  (removed from the schedule: click to remove from your picks)</source>
        <translation>  (uit het programma gehaald: klik om hem uit je keuzes te halen)</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nieuwe zaal</translation>
    </message>
    <message>
        <source>Retitled</source>
        <translation>Nieuwe titel</translation>
    </message>
    <message>
        <source>Ends later</source>
        <translation>Eindigt later</translation>
    </message>
    <message>
        <source>Ends earlier</source>
        <translation>Eindigt eerder</translation>
    </message>
    <message>
        <source>Starts at another time</source>
        <translation>Begint op een andere tijd</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Begrepen</translation>
    </message>
    <message>
        <source>Mark these changes as seen</source>
        <translation>Deze wijzigingen als gezien markeren</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to your picks</source>
        <translation>
            <numerusform>%n wijziging in je keuzes</numerusform>
            <numerusform>%n wijzigingen in je keuzes</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to your picks</source>
        <translation>Geen wijzigingen in je keuzes</translation>
    </message>
    <message numerus="yes">
        <source>; %n new session(s) in the schedule</source>
        <translation>
            <numerusform>; %n nieuwe sessie in het programma</numerusform>
            <numerusform>; %n nieuwe sessies in het programma</numerusform>
        </translation>
    </message>
    <message>
        <source>was {when}</source>
        <translation>was {when}</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>Not added: </source>
        <translation>Niet toegevoegd: </translation>
    </message>
    <message>
        <source>Copy of {fetched}: the new one was refused</source>
        <translation>Kopie van {fetched}: de nieuwe werd geweigerd</translation>
    </message>
    <message>
        <source>Offline, last updated {fetched}</source>
        <translation>Offline, laatst bijgewerkt {fetched}</translation>
    </message>
    <message>
        <source>Not added: {message}</source>
        <translation>Niet toegevoegd: {message}</translation>
    </message>
    <message>
        <source> (showing {name} instead)</source>
        <translation> ({name} wordt in plaats daarvan getoond)</translation>
    </message>
    <message>
        <source>&amp;Add a conference…</source>
        <translation>Conferentie &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Add a conference &amp;from URL…</source>
        <translation>Conferentie toevoegen via &amp;URL…</translation>
    </message>
    <message>
        <source>&amp;Conferences in this plan</source>
        <translation>&amp;Conferenties in dit plan</translation>
    </message>
    <message>
        <source>Add a conference to this plan</source>
        <translation>Een conferentie aan dit plan toevoegen</translation>
    </message>
    <message>
        <source>Schedules (*.ics *.ical *.xml *.json);;All files (*)</source>
        <translation>Programma&apos;s (*.ics *.ical *.xml *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Add a conference from URL</source>
        <translation>Conferentie toevoegen via URL</translation>
    </message>
    <message>
        <source>Schedule URL (iCalendar, schedule.xml or schedule.json; https://, http:// or webcal://):</source>
        <translation>Programma-URL (iCalendar, schedule.xml of schedule.json; https://, http:// of webcal://):</translation>
    </message>
    <message>
        <source>(no schedule open)</source>
        <translation>(geen programma geopend)</translation>
    </message>
    <message>
        <source>Refresh {name}</source>
        <translation>{name} verversen</translation>
    </message>
    <message>
        <source>Remove {name} from the plan</source>
        <translation>{name} uit het plan halen</translation>
    </message>
    <message>
        <source>Add a conference to plan several together</source>
        <translation>Voeg een conferentie toe om er meerdere samen te plannen</translation>
    </message>
    <message>
        <source>A schedule was dropped</source>
        <translation>Er is een programma neergezet</translation>
    </message>
    <message>
        <source>Add {dropped} to this plan, beside {name}, or open it instead?</source>
        <translation>{dropped} aan dit plan toevoegen, naast {name}, of in plaats daarvan openen?</translation>
    </message>
    <message>
        <source>&amp;Add to this plan</source>
        <translation>Aan dit plan &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Open instead</source>
        <translation>In plaats daarvan &amp;openen</translation>
    </message>
    <message>
        <source>Days ▾</source>
        <translation>Dagen ▾</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Kies een dag</translation>
    </message>
    <message>
        <source>Every day of the conference</source>
        <translation>Alle dagen van de conferentie</translation>
    </message>
    <message>
        <source>Search titles, speakers, rooms, tracks… (Ctrl+F)</source>
        <translation>Zoek titels, sprekers, zalen, tracks… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Zalen</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Alleen met ster</translation>
    </message>
    <message>
        <source>Hide others</source>
        <translation>Andere verbergen</translation>
    </message>
    <message>
        <source>Hide sessions that do not match instead of dimming them</source>
        <translation>Sessies die niet overeenkomen verbergen in plaats van dimmen</translation>
    </message>
    <message>
        <source>+{n} more…</source>
        <translation>+nog {n}…</translation>
    </message>
    <message>
        <source>Click a track to show only it (again to undo)</source>
        <translation>Klik op een track om alleen die te tonen (nog eens om terug te gaan)</translation>
    </message>
    <message>
        <source>Tracks ({n})</source>
        <translation>Tracks ({n})</translation>
    </message>
    <message>
        <source>Rooms ({n})</source>
        <translation>Zalen ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n matching session(s), {on_day} on this day</source>
        <translation>
            <numerusform>%n overeenkomende sessie, {on_day} op deze dag</numerusform>
            <numerusform>%n overeenkomende sessies, {on_day} op deze dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) fit in this gap</source>
        <translation>
            <numerusform>%n sessie past in dit gat</numerusform>
            <numerusform>%n sessies passen in dit gat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Geen resultaten</translation>
    </message>
    <message>
        <source>No matching sessions on this day</source>
        <translation>Geen overeenkomende sessies op deze dag</translation>
    </message>
    <message>
        <source>{n} of {hits}</source>
        <translation>{n} van {hits}</translation>
    </message>
    <message>
        <source>No clashes</source>
        <translation>Geen botsingen</translation>
    </message>
    <message>
        <source>Clash {n} of {clashes}</source>
        <translation>Botsing {n} van {clashes}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Systeem ({language})</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Klok</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>Zoals de taal ze schrijft</translation>
    </message>
    <message>
        <source>24-hour (14:30)</source>
        <translation>24 uur (14:30)</translation>
    </message>
    <message>
        <source>12-hour (2:30 PM)</source>
        <translation>12 uur (2:30 PM)</translation>
    </message>
    <message>
        <source>Agenda will be in {language} the next time it opens.</source>
        <translation>Agenda is de volgende keer dat het opent in het {language}.</translation>
    </message>
    <message>
        <source>Times will read this way the next time Agenda opens.</source>
        <translation>Tijden zien er zo uit de volgende keer dat Agenda opent.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Conference days</source>
        <translation>Conferentiedagen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>Venue time</source>
        <translation>Tijd ter plaatse</translation>
    </message>
    <message>
        <source>My computer&apos;s time</source>
        <translation>Tijd van mijn computer</translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation>Andere zone…</translation>
    </message>
    <message>
        <source>Show or hide the side panel (F9)</source>
        <translation>Zijpaneel tonen of verbergen (F9)</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Zijpaneel</translation>
    </message>
    <message>
        <source>Clash count</source>
        <translation>Aantal botsingen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>Botsingen</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>{name} — Agenda</source>
        <translation>{name} — Agenda</translation>
    </message>
    <message>
        <source>Clashes ({n})</source>
        <translation>Botsingen ({n})</translation>
    </message>
    <message>
        <source>Loading the schedule…</source>
        <translation>Programma laden…</translation>
    </message>
    <message>
        <source>No schedule open (File › Open)</source>
        <translation>Geen programma geopend (Bestand › Openen)</translation>
    </message>
    <message>
        <source>What changed ({n})</source>
        <translation>Wijzigingen ({n})</translation>
    </message>
    <message>
        <source>Your latest picks could not be saved: {problem}

Quit anyway?</source>
        <translation>Je laatste keuzes konden niet worden opgeslagen: {problem}

Toch afsluiten?</translation>
    </message>
    <message>
        <source>showing the copy from {fetched}: the server&apos;s new copy was refused ({reason})</source>
        <translation>de kopie van {fetched} wordt getoond: de nieuwe kopie van de server werd geweigerd ({reason})</translation>
    </message>
    <message>
        <source>offline, last updated {fetched} ({reason})</source>
        <translation>offline, laatst bijgewerkt {fetched} ({reason})</translation>
    </message>
    <message>
        <source>{url}: redirected to a {scheme}: URL ({target}); only http and https redirects are followed</source>
        <translation>{url}: doorverwezen naar een {scheme}:-URL ({target}); alleen http- en https-doorverwijzingen worden gevolgd</translation>
    </message>
    <message>
        <source>{url}: redirected from https to unencrypted http ({target}); refused</source>
        <translation>{url}: doorverwezen van https naar onversleuteld http ({target}); geweigerd</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be opened</source>
        <translation>{url}: alleen http-, https- en webcal-URL&apos;s kunnen worden geopend</translation>
    </message>
    <message>
        <source>{url}: timed out after {seconds} s (no complete answer by then)</source>
        <translation>{url}: time-out na {seconds} s (geen volledig antwoord)</translation>
    </message>
    <message>
        <source>{url}: the feed is larger than {mb} MB; not loaded</source>
        <translation>{url}: het programma is groter dan {mb} MB; niet geladen</translation>
    </message>
    <message>
        <source>{url}: redirected to a URL that is not http or https; not followed</source>
        <translation>{url}: doorverwezen naar een URL die geen http of https is; niet gevolgd</translation>
    </message>
    <message>
        <source>{url}: too many redirects (more than {n})</source>
        <translation>{url}: te veel doorverwijzingen (meer dan {n})</translation>
    </message>
    <message>
        <source>{url}: HTTP {code} {reason}</source>
        <translation>{url}: HTTP {code} {reason}</translation>
    </message>
    <message>
        <source>{url}: no secure (https) connection could be made</source>
        <translation>{url}: er kon geen beveiligde (https-)verbinding worden gemaakt</translation>
    </message>
    <message>
        <source>{url}: cannot connect ({reason})</source>
        <translation>{url}: kan geen verbinding maken ({reason})</translation>
    </message>
    <message>
        <source>{url}: network error ({reason})</source>
        <translation>{url}: netwerkfout ({reason})</translation>
    </message>
    <message>
        <source>{url}: the server&apos;s answer broke off ({reason})</source>
        <translation>{url}: het antwoord van de server brak af ({reason})</translation>
    </message>
    <message>
        <source>{url}: this URL returned a web page, not a calendar feed or schedule</source>
        <translation>{url}: deze URL gaf een webpagina, geen agendafeed of programma</translation>
    </message>
    <message>
        <source>{url}: the response is not an iCalendar feed, schedule.xml or schedule.json</source>
        <translation>{url}: het antwoord is geen iCalendar-feed, schedule.xml of schedule.json</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be added</source>
        <translation>{url}: alleen http-, https- en webcal-URL&apos;s kunnen worden toegevoegd</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>&amp;URL openen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Export my agenda…</source>
        <translation>Mijn agenda &amp;exporteren…</translation>
    </message>
    <message>
        <source>Send to &amp;phone…</source>
        <translation>Naar &amp;telefoon sturen…</translation>
    </message>
    <message>
        <source>&amp;Import picks…</source>
        <translation>Keuzes &amp;importeren…</translation>
    </message>
    <message>
        <source>Import picks from UR&amp;L…</source>
        <translation>Keuzes importeren via UR&amp;L…</translation>
    </message>
    <message>
        <source>&amp;Print my agenda…</source>
        <translation>Mijn agenda af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>Save agenda as P&amp;DF…</source>
        <translation>Agenda als P&amp;DF opslaan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Volge&amp;nde zoeken</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Vo&amp;rige zoeken</translation>
    </message>
    <message>
        <source>Minutes to change &amp;rooms…</source>
        <translation>Minuten om van &amp;zaal te wisselen…</translation>
    </message>
    <message>
        <source>Add my &amp;own item…</source>
        <translation>Eigen &amp;item toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Verversen</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically…</source>
        <translation>&amp;Automatisch verversen…</translation>
    </message>
    <message>
        <source>Next clash</source>
        <translation>Volgende botsing</translation>
    </message>
    <message>
        <source>Previous clash</source>
        <translation>Vorige botsing</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Agenda</source>
        <translation>&amp;Over Agenda</translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation>Tijden tonen in:</translation>
    </message>
    <message>
        <source>Open schedule feed</source>
        <translation>Programma openen</translation>
    </message>
    <message>
        <source>iCalendar feeds (*.ics *.ical);;All files (*)</source>
        <translation>iCalendar-programma&apos;s (*.ics *.ical);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL openen</translation>
    </message>
    <message>
        <source>Schedule feed URL (https://, http:// or webcal://):</source>
        <translation>Programma-URL (https://, http:// of webcal://):</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>Automatisch verversen</translation>
    </message>
    <message>
        <source>Refresh the feed every (minutes, 0 = never):</source>
        <translation>Het programma verversen elke (minuten, 0 = nooit):</translation>
    </message>
    <message>
        <source>Minutes to change rooms</source>
        <translation>Minuten om van zaal te wisselen</translation>
    </message>
    <message>
        <source>Flag consecutive picks in different rooms closer than (minutes):</source>
        <translation>Opeenvolgende keuzes in verschillende zalen melden als ze dichter bij elkaar liggen dan (minuten):</translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation>Exporteren mislukt: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s)</source>
        <translation>
            <numerusform>%n sessie geëxporteerd</numerusform>
            <numerusform>%n sessies geëxporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n cancellation(s)</source>
        <translation>
            <numerusform> en %n annulering</numerusform>
            <numerusform> en %n annuleringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n conferences</source>
        <translation>
            <numerusform> uit %n conferenties</numerusform>
            <numerusform> uit %n conferenties</numerusform>
        </translation>
    </message>
    <message>
        <source> to {path}</source>
        <translation> naar {path}</translation>
    </message>
    <message>
        <source>. Note: {problem}</source>
        <translation>. Let op: {problem}</translation>
    </message>
    <message>
        <source>Nothing to print yet: star the sessions you want on paper first.</source>
        <translation>Nog niets af te drukken: geef eerst een ster aan de sessies die je op papier wilt.</translation>
    </message>
    <message>
        <source>Print preview — my agenda</source>
        <translation>Afdrukvoorbeeld — mijn agenda</translation>
    </message>
    <message numerus="yes">
        <source>Printed your agenda: %n page(s)</source>
        <translation>
            <numerusform>Je agenda is afgedrukt: %n pagina</numerusform>
            <numerusform>Je agenda is afgedrukt: %n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda as PDF</source>
        <translation>Agenda als PDF opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF failed: {exc}</source>
        <translation>PDF opslaan mislukt: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Saved your agenda (%n page(s)) to {path}</source>
        <translation>
            <numerusform>Je agenda (%n pagina) opgeslagen in {path}</numerusform>
            <numerusform>Je agenda (%n pagina&apos;s) opgeslagen in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing with your phone</source>
        <translation>Gedeeld met je telefoon</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Delen stoppen</translation>
    </message>
    <message>
        <source>Sharing with your phone: {url}</source>
        <translation>Gedeeld met je telefoon: {url}</translation>
    </message>
    <message>
        <source>Import it in your phone&apos;s or computer&apos;s calendar; after a change, export again and import the new file: events are updated, not doubled.</source>
        <translation>Importeer het in de kalender van je telefoon of computer; exporteer na een wijziging opnieuw en importeer het nieuwe bestand: afspraken worden bijgewerkt, niet verdubbeld.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Calendar files and shared favourites (*.ics *.ical *.ifb *.json *.txt);;All files (*)</source>
        <translation>Kalenderbestanden en gedeelde favorieten (*.ics *.ical *.ifb *.json *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import picks from URL</source>
        <translation>Keuzes importeren via URL</translation>
    </message>
    <message>
        <source>The calendar of your picks (https://, http:// or webcal://), such as Sched&apos;s &quot;my schedule&quot; feed, or a Giggity share link:</source>
        <translation>De kalender van je keuzes (https://, http:// of webcal://), zoals de „my schedule”-feed van Sched, of een deellink van Giggity:</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <translation>de Giggity-link</translation>
    </message>
    <message>
        <source>Nothing imported: {url}: only http, https and webcal URLs can be read</source>
        <translation>Niets geïmporteerd: {url}: alleen http-, https- en webcal-URL&apos;s kunnen worden gelezen</translation>
    </message>
    <message>
        <source>Downloading your picks from {url}…</source>
        <translation>Je keuzes downloaden van {url}…</translation>
    </message>
    <message>
        <source>Nothing imported: {message}</source>
        <translation>Niets geïmporteerd: {message}</translation>
    </message>
    <message>
        <source>Nothing imported: {exc}</source>
        <translation>Niets geïmporteerd: {exc}</translation>
    </message>
    <message>
        <source>Nothing imported: {problem}</source>
        <translation>Niets geïmporteerd: {problem}</translation>
    </message>
    <message>
        <source>{n} starred</source>
        <translation>{n} met ster</translation>
    </message>
    <message>
        <source>{n} marked maybe</source>
        <translation>{n} als misschien gemarkeerd</translation>
    </message>
    <message>
        <source>{n} already picked</source>
        <translation>{n} al gekozen</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of your own</source>
        <translation>
            <numerusform>%n eigen item</numerusform>
            <numerusform>%n eigen items</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} hidden in Giggity left as they are</source>
        <translation>{n} verborgen in Giggity, gelaten zoals ze zijn</translation>
    </message>
    <message>
        <source>Imported from {name}: </source>
        <translation>Geïmporteerd uit {name}: </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) did not match one session: star them by hand (Show Details lists them). Edit → Undo takes the import back.</source>
        <translation>
            <numerusform>%n afspraak kwam met geen enkele sessie overeen: geef hem met de hand een ster (Details tonen noemt hem). Bewerken → Ongedaan maken draait de import terug.</numerusform>
            <numerusform>%n afspraken kwamen met geen enkele sessie overeen: geef ze met de hand een ster (Details tonen noemt ze). Bewerken → Ongedaan maken draait de import terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found: {title} ({when})</source>
        <translation>Niet gevonden: {title} ({when})</translation>
    </message>
    <message>
        <source>More than one match: {title} ({when})</source>
        <translation>Meer dan één overeenkomst: {title} ({when})</translation>
    </message>
    <message>
        <source>Edit → Undo takes the import back.</source>
        <translation>Bewerken → Ongedaan maken draait de import terug.</translation>
    </message>
    <message>
        <source>Not added: {exc}</source>
        <translation>Niet toegevoegd: {exc}</translation>
    </message>
    <message>
        <source>Added {title} to your agenda (the Mine column)</source>
        <translation>{title} aan je agenda toegevoegd (de kolom Eigen)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>geen tijd</translation>
    </message>
    <message>
        <source>★ &amp;Star</source>
        <translation>★ &amp;Ster</translation>
    </message>
    <message>
        <source>☆ &amp;Maybe</source>
        <translation>☆ &amp;Misschien</translation>
    </message>
    <message>
        <source>&amp;Unstar</source>
        <translation>Ster &amp;weghalen</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>&amp;Link openen</translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation>Titel &amp;kopiëren</translation>
    </message>
    <message>
        <source>Show in My &amp;agenda</source>
        <translation>In Mijn &amp;agenda tonen</translation>
    </message>
    <message>
        <source>&amp;Remove my item</source>
        <translation>Mijn item &amp;verwijderen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Ware grootte</translation>
    </message>
    <message>
        <source>&amp;Fit rooms to width</source>
        <translation>Zalen &amp;passend maken in de breedte</translation>
    </message>
    <message>
        <source>&amp;List view</source>
        <translation>&amp;Lijstweergave</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>&amp;Zijpaneel</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation>Zoom {percent}</translation>
    </message>
    <message numerus="yes">
        <source>all %n room(s) fitted to the width</source>
        <translation>
            <numerusform>%n zaal passend gemaakt in de breedte</numerusform>
            <numerusform>alle %n zalen passend gemaakt in de breedte</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} rooms fit at a readable width: scroll sideways for the others</source>
        <translation>{shown} van {total} zalen passen op een leesbare breedte: scroll opzij voor de andere</translation>
    </message>
    <message>
        <source>{where}: invalid UTF-8 replaced</source>
        <translation>{where}: ongeldige UTF-8 vervangen</translation>
    </message>
    <message>
        <source>{name}: empty file, not an iCalendar feed</source>
        <translation>{name}: leeg bestand, geen iCalendar-feed</translation>
    </message>
    <message>
        <source>{name}: this is a web page (HTML/XML), not a calendar feed</source>
        <translation>{name}: dit is een webpagina (HTML/XML), geen agendafeed</translation>
    </message>
    <message>
        <source>{name} line {line}: not an iCalendar file (expected BEGIN:VCALENDAR)</source>
        <translation>{name} regel {line}: geen iCalendar-bestand (BEGIN:VCALENDAR verwacht)</translation>
    </message>
    <message>
        <source>{name}: not an iCalendar file (no BEGIN:VCALENDAR or BEGIN:VEVENT)</source>
        <translation>{name}: geen iCalendar-bestand (geen BEGIN:VCALENDAR of BEGIN:VEVENT)</translation>
    </message>
    <message>
        <source>{name}: {zones} time zone definitions (VTIMEZONE); a calendar feed has a few, and at most {most} are read</source>
        <translation>{name}: {zones} tijdzonedefinities (VTIMEZONE); een agendafeed heeft er een paar, en er worden er hoogstens {most} gelezen</translation>
    </message>
    <message>
        <source>{name}: components nested too deeply</source>
        <translation>{name}: onderdelen te diep genest</translation>
    </message>
    <message>
        <source>no DTSTART</source>
        <translation>geen DTSTART</translation>
    </message>
    <message>
        <source>unreadable DTSTART</source>
        <translation>onleesbare DTSTART</translation>
    </message>
    <message>
        <source>{name} line {line}</source>
        <translation>{name} regel {line}</translation>
    </message>
    <message>
        <source>{where}: ignored a broken line in {event}</source>
        <translation>{where}: beschadigde regel in {event} genegeerd</translation>
    </message>
    <message>
        <source>{name}: ignored a top-level {component} outside any VCALENDAR</source>
        <translation>{name}: {component} op het hoogste niveau buiten elke VCALENDAR genegeerd</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n event(s) not inside a VCALENDAR; read anyway</source>
        <translation>
            <numerusform>{name}: %n afspraak staat niet in een VCALENDAR; toch gelezen</numerusform>
            <numerusform>{name}: %n afspraken staan niet in een VCALENDAR; toch gelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {n} calendars in one file; merged</source>
        <translation>{name}: {n} agenda&apos;s in één bestand; samengevoegd</translation>
    </message>
    <message>
        <source>{name}: X-WR-TIMEZONE {zone} is not a known time zone; ignored</source>
        <translation>{name}: X-WR-TIMEZONE {zone} is geen bekende tijdzone; genegeerd</translation>
    </message>
    <message>
        <source>{where}: not a calendar line ({raw}): the file is damaged or not iCalendar</source>
        <translation>{where}: geen agendaregel ({raw}): het bestand is beschadigd of geen iCalendar</translation>
    </message>
    <message>
        <source>{where}: cannot read this calendar ({reason})</source>
        <translation>{where}: deze agenda kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>{where}: skipped a stray line outside any event ({raw})</source>
        <translation>{where}: losse regel buiten elke afspraak overgeslagen ({raw})</translation>
    </message>
    <message>
        <source>{name}: more than {n} stray lines; not a calendar file</source>
        <translation>{name}: meer dan {n} losse regels; geen agendabestand</translation>
    </message>
    <message>
        <source>{source}: larger than {mb} MB; not a conference schedule, not loaded</source>
        <translation>{source}: groter dan {mb} MB; geen conferentieprogramma, niet geladen</translation>
    </message>
    <message>
        <source>{source}: no such file</source>
        <translation>{source}: bestand bestaat niet</translation>
    </message>
    <message>
        <source>{source}: is a folder, not a calendar file</source>
        <translation>{source}: is een map, geen agendabestand</translation>
    </message>
    <message>
        <source>{source}: permission denied</source>
        <translation>{source}: toegang geweigerd</translation>
    </message>
    <message>
        <source>{source}: cannot read ({reason})</source>
        <translation>{source}: kan niet lezen ({reason})</translation>
    </message>
    <message>
        <source>unknown time zone {name} (use an IANA name such as Europe/Paris)</source>
        <translation>onbekende tijdzone {name} (gebruik een IANA-naam zoals Europe/Paris)</translation>
    </message>
    <message>
        <source>{where}: not well-formed XML ({reason})</source>
        <translation>{where}: geen goedgevormde XML ({reason})</translation>
    </message>
    <message>
        <source>a DTD</source>
        <translation>een DTD</translation>
    </message>
    <message>
        <source>entity declarations</source>
        <translation>entiteitsdeclaraties</translation>
    </message>
    <message>
        <source>an external reference</source>
        <translation>een externe verwijzing</translation>
    </message>
    <message>
        <source>a forbidden construct</source>
        <translation>een verboden constructie</translation>
    </message>
    <message>
        <source>{name}: refused: the XML has {what}, which a schedule never needs (nothing was expanded or fetched)</source>
        <translation>{name}: geweigerd: de XML bevat {what}, wat een programma nooit nodig heeft (niets uitgebreid of opgehaald)</translation>
    </message>
    <message>
        <source>{name}: an XML file, but not a schedule.xml (its root is &lt;{root}&gt;)</source>
        <translation>{name}: een XML-bestand, maar geen schedule.xml (de wortel is &lt;{root}&gt;)</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name}: geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>{where}: not valid JSON ({reason})</source>
        <translation>{where}: geen geldige JSON ({reason})</translation>
    </message>
    <message>
        <source>{name}: JSON nested too deeply</source>
        <translation>{name}: JSON te diep genest</translation>
    </message>
    <message>
        <source>{name}: JSON, but not a schedule.json (no schedule.conference)</source>
        <translation>{name}: JSON, maar geen schedule.json (geen schedule.conference)</translation>
    </message>
    <message>
        <source>{what} {text} is not a date and time such as 2026-04-07T12:30</source>
        <translation>{what} {text} is geen datum en tijd zoals 2026-04-07T12:30</translation>
    </message>
    <message>
        <source>an item needs a title</source>
        <translation>een item heeft een titel nodig</translation>
    </message>
    <message>
        <source>the item ends ({end}) before it starts ({start})</source>
        <translation>het item eindigt ({end}) voordat het begint ({start})</translation>
    </message>
    <message>
        <source>{name}: the Giggity link&apos;s selection is too large</source>
        <translation>{name}: de selectie van de Giggity-link is te groot</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) cannot be read</source>
        <translation>{name}: een Giggity-link, maar de selectie ({key}=) is niet leesbaar</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) is not a list of events</source>
        <translation>{name}: een Giggity-link, maar de selectie ({key}=) is geen lijst van afspraken</translation>
    </message>
    <message>
        <source>{name}: not valid JSON</source>
        <translation>{name}: geen geldige JSON</translation>
    </message>
    <message>
        <source>{name}: JSON, but not an EventFahrplan favourites share (no &quot;lectures&quot;)</source>
        <translation>{name}: JSON, maar geen gedeelde EventFahrplan-favorieten (geen „lectures”)</translation>
    </message>
    <message>
        <source>{name}: no sessions in this EventFahrplan share</source>
        <translation>{name}: geen sessies in deze gedeelde EventFahrplan-favorieten</translation>
    </message>
    <message>
        <source>{path}: not saved, another Agenda has been writing there for over {seconds} s</source>
        <translation>{path}: niet opgeslagen, een andere Agenda schrijft daar al meer dan {seconds} s</translation>
    </message>
    <message>
        <source>{path}: is a folder</source>
        <translation>{path}: is een map</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: kan niet schrijven ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot read {kind} ({reason}); left untouched</source>
        <translation>{path}: kan {kind} niet lezen ({reason}); ongemoeid gelaten</translation>
    </message>
    <message>
        <source>{path}: {kind} is not a regular file; left untouched</source>
        <translation>{path}: {kind} is geen gewoon bestand; ongemoeid gelaten</translation>
    </message>
    <message>
        <source>larger than {mb} MB</source>
        <translation>groter dan {mb} MB</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>geen JSON-object</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>geen geldige JSON ({reason})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>te diep genest</translation>
    </message>
    <message>
        <source>{problem}; left untouched</source>
        <translation>{problem}; ongemoeid gelaten</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}); left untouched</source>
        <translation>{path}: {kind} is onleesbaar ({problem}); ongemoeid gelaten</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}) and could not be moved aside ({reason}); left untouched</source>
        <translation>{path}: {kind} is onleesbaar ({problem}) en kon niet opzij worden gezet ({reason}); ongemoeid gelaten</translation>
    </message>
    <message>
        <source>{path}: {kind} was unreadable ({problem}); kept aside as {name}</source>
        <translation>{path}: {kind} was onleesbaar ({problem}); opzij gezet als {name}</translation>
    </message>
    <message>
        <source>{name}: no VCALENDAR found, not an iCalendar feed</source>
        <translation>{name}: geen VCALENDAR gevonden, geen iCalendar-feed</translation>
    </message>
    <message>
        <source>{name}: day_change {text} is not HH:MM; ignored</source>
        <translation>{name}: day_change {text} is niet HH:MM; genegeerd</translation>
    </message>
    <message>
        <source>{problem}; left out</source>
        <translation>{problem}; weggelaten</translation>
    </message>
    <message>
        <source>{name}: event {event}</source>
        <translation>{name}: afspraak {event}</translation>
    </message>
    <message>
        <source>{where}: has neither guid nor id</source>
        <translation>{where}: heeft geen guid en geen id</translation>
    </message>
    <message>
        <source>{where}: date {date} is not an ISO 8601 time</source>
        <translation>{where}: datum {date} is geen ISO 8601-tijd</translation>
    </message>
    <message>
        <source>{where}: start {start} on {day} is not a time</source>
        <translation>{where}: begin {start} op {day} is geen tijd</translation>
    </message>
    <message>
        <source>{where}: has no date</source>
        <translation>{where}: heeft geen datum</translation>
    </message>
    <message>
        <source>{name}: no usable events in this {generator}{why}</source>
        <translation>{name}: geen bruikbare afspraken in deze {generator}{why}</translation>
    </message>
    <message>
        <source>{where}: duration {text} is longer than {days} days</source>
        <translation>{where}: duur {text} is langer dan {days} dagen</translation>
    </message>
    <message>
        <source>{where}: duration {text} is not HH:MM</source>
        <translation>{where}: duur {text} is niet HH:MM</translation>
    </message>
    <message>
        <source>picks file</source>
        <translation>het keuzebestand</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>het instellingenbestand</translation>
    </message>
    <message>
        <source>schedule snapshot</source>
        <translation>de momentopname van het programma</translation>
    </message>
    <message>
        <source>feed cache</source>
        <translation>de programmacache</translation>
    </message>
    <message>
        <source>export state</source>
        <translation>de exportstatus</translation>
    </message>
    <message>
        <source>share links</source>
        <translation>de deellinks</translation>
    </message>
    <message>
        <source>{path}: {kind} has no usable version ({found})</source>
        <translation>{path}: {kind} heeft geen bruikbare versie ({found})</translation>
    </message>
    <message>
        <source>{path}: {kind} was written by a newer Agenda (format {found}, this one reads up to {current}); left untouched, update Agenda to use it</source>
        <translation>{path}: {kind} is geschreven door een nieuwere Agenda (formaat {found}, deze leest tot {current}); ongemoeid gelaten, werk Agenda bij om het te gebruiken</translation>
    </message>
    <message>
        <source>{path}: {kind} format {found} cannot be read by this Agenda (no way from {step})</source>
        <translation>{path}: deze Agenda kan {kind} in formaat {found} niet lezen (geen weg vanaf {step})</translation>
    </message>
    <message>
        <source>{path}: cannot keep a copy before updating its format ({reason})</source>
        <translation>{path}: kon geen kopie bewaren voordat het formaat werd bijgewerkt ({reason})</translation>
    </message>
    <message>
        <source>{path}: that is the schedule feed being read; choose another file (nothing written)</source>
        <translation>{path}: dat is het programma dat wordt gelezen; kies een ander bestand (niets geschreven)</translation>
    </message>
    <message>
        <source>{problem}; nothing exported, so that no event is cancelled on your phone (star your sessions again, then export)</source>
        <translation>{problem}; niets geëxporteerd, zodat er geen afspraak op je telefoon wordt geannuleerd (geef je sessies opnieuw een ster en exporteer dan)</translation>
    </message>
    <message>
        <source>{path}: your picks file is missing; nothing exported, so that the events exported before are not cancelled on your phone</source>
        <translation>{path}: je keuzebestand ontbreekt; niets geëxporteerd, zodat eerder geëxporteerde afspraken niet op je telefoon worden geannuleerd</translation>
    </message>
    <message>
        <source>cannot share on {address}:{port}: {reason}</source>
        <translation>kan niet delen op {address}:{port}: {reason}</translation>
    </message>
    <message>
        <source>{path}: not saved, the existing picks file could not be read or moved aside</source>
        <translation>{path}: niet opgeslagen, het bestaande keuzebestand kon niet worden gelezen of opzij gezet</translation>
    </message>
    <message>
        <source>{path}: not saved, the picks file another process wrote could not be read</source>
        <translation>{path}: niet opgeslagen, het keuzebestand dat een ander proces schreef kon niet worden gelezen</translation>
    </message>
    <message numerus="yes">
        <source>{name}: unknown time zone {zone} (%n event(s)); times read in {display}</source>
        <translation>
            <numerusform>{name}: onbekende tijdzone {zone} (%n afspraak); tijden gelezen in {display}</numerusform>
            <numerusform>{name}: onbekende tijdzone {zone} (%n afspraken); tijden gelezen in {display}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: skipped {event}: {problem}</source>
        <translation>{name}: {event} overgeslagen: {problem}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}: no events in this feed</source>
        <translation>{name}: geen afspraken in deze feed</translation>
    </message>
    <message>
        <source>{event} ends before it starts; shown with no duration</source>
        <translation>{event} eindigt voordat het begint; getoond zonder duur</translation>
    </message>
    <message>
        <source>{n} occurrences</source>
        <translation>{n} herhalingen</translation>
    </message>
    <message>
        <source>{name}: could not apply X-WR-TIMEZONE {zone}: {reason}</source>
        <translation>{name}: X-WR-TIMEZONE {zone} kon niet worden toegepast: {reason}</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats every second (FREQ={freq}); shown once, as written</source>
        <translation>{name}: terugkerende afspraak {event} herhaalt zich elke seconde (FREQ={freq}); één keer getoond, zoals geschreven</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats without end; showing its occurrences up to {date}</source>
        <translation>{name}: terugkerende afspraak {event} herhaalt zich zonder einde; herhalingen getoond tot {date}</translation>
    </message>
    <message>
        <source>{name}: recurring events stopped expanding at {limit} (at {event}); later occurrences are not shown</source>
        <translation>{name}: terugkerende afspraken zijn niet verder uitgewerkt na {limit} (bij {event}); latere herhalingen worden niet getoond</translation>
    </message>
    <message>
        <source>{name}: could not expand the recurrence of {event} ({reason}); shown as written</source>
        <translation>{name}: de herhaling van {event} kon niet worden uitgewerkt ({reason}); getoond zoals geschreven</translation>
    </message>
    <message>
        <source>{name}: {event}: ignored an unreadable {prop} {text}</source>
        <translation>{name}: {event}: onleesbare {prop} {text} genegeerd</translation>
    </message>
    <message>
        <source>the link could not be kept for next time ({reason})</source>
        <translation>de link kon niet worden bewaard voor de volgende keer ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: it only hides %n session(s) (Agenda hides no single session), so there is nothing to star</source>
        <translation>
            <numerusform>{name}: verbergt alleen %n sessie (Agenda verbergt geen losse sessies), dus er is niets te markeren</numerusform>
            <numerusform>{name}: verbergt alleen %n sessies (Agenda verbergt geen losse sessies), dus er is niets te markeren</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: no events to import</source>
        <translation>{name}: geen afspraken om te importeren</translation>
    </message>
    <message numerus="yes">
        <source>{name}: none of its %n event(s) is a session of {conference} (is it from another conference?)</source>
        <translation>
            <numerusform>{name}: zijn %n afspraak is geen sessie van {conference} (komt het van een andere conferentie?)</numerusform>
            <numerusform>{name}: geen van zijn %n afspraken is een sessie van {conference} (komt het van een andere conferentie?)</numerusform>
        </translation>
    </message>
</context>
</TS>
