<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name></name>
    <message>
        <source>Removed {name} from the plan (its picks are kept)</source>
        <translation>Usunięto {name} z planu (wybory zostają zachowane)</translation>
    </message>
    <message>
        <source>{name} is already in this plan</source>
        <translation>{name} już jest w tym planie</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed {name}: %n change(s) to your picks</source>
        <translation>
            <numerusform>Odświeżono {name}: %n zmiana w twoich wyborach</numerusform>
            <numerusform>Odświeżono {name}: %n zmiany w twoich wyborach</numerusform>
            <numerusform>Odświeżono {name}: %n zmian w twoich wyborach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n session(s)</source>
        <translation>
            <numerusform>Dodano {name}: %n sesja</numerusform>
            <numerusform>Dodano {name}: %n sesje</numerusform>
            <numerusform>Dodano {name}: %n sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name}: %n session(s)</source>
        <translation>
            <numerusform>Otwarto {name}: %n sesja</numerusform>
            <numerusform>Otwarto {name}: %n sesje</numerusform>
            <numerusform>Otwarto {name}: %n sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name} with %n warning(s): {warning}</source>
        <translation>
            <numerusform>Otwarto {name} z %n ostrzeżeniem: {warning}</numerusform>
            <numerusform>Otwarto {name} z %n ostrzeżeniami: {warning}</numerusform>
            <numerusform>Otwarto {name} z %n ostrzeżeniami: {warning}</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove cancelled session</source>
        <translation>Usuń odwołaną sesję</translation>
    </message>
    <message>
        <source>; {name}&apos;s {zone} shown in it</source>
        <translation>; czas {zone} konferencji {name} jest w nim pokazany</translation>
    </message>
    <message>
        <source>my computer&apos;s time</source>
        <translation>czas mojego komputera</translation>
    </message>
    <message>
        <source>chosen zone</source>
        <translation>wybrana strefa</translation>
    </message>
    <message>
        <source>venue time</source>
        <translation>czas miejsca</translation>
    </message>
    <message>
        <source>Times: {zone} ({kind}{apart})</source>
        <translation>Godziny: {zone} ({kind}{apart})</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Oznacz gwiazdką</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Usuń gwiazdkę</translation>
    </message>
    <message>
        <source>Mark maybe</source>
        <translation>Oznacz jako może</translation>
    </message>
    <message>
        <source>Clear maybe</source>
        <translation>Usuń może</translation>
    </message>
    <message>
        <source>Keep {title}</source>
        <translation>Zachowaj {title}</translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) marked maybe (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>Zachowano {title}; %n inna oznaczona jako może (Ctrl+Z cofa)</numerusform>
            <numerusform>Zachowano {title}; %n inne oznaczone jako może (Ctrl+Z cofa)</numerusform>
            <numerusform>Zachowano {title}; %n innych oznaczonych jako może (Ctrl+Z cofa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) unstarred (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>Zachowano {title}; %n innej usunięto gwiazdkę (Ctrl+Z cofa)</numerusform>
            <numerusform>Zachowano {title}; %n innym usunięto gwiazdkę (Ctrl+Z cofa)</numerusform>
            <numerusform>Zachowano {title}; %n innym usunięto gwiazdkę (Ctrl+Z cofa)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your picks are kept in memory but could not be saved: {exc}</source>
        <translation>Twoje wybory są w pamięci, ale nie udało się ich zapisać: {exc}</translation>
    </message>
    <message>
        <source>Your note is kept in memory but could not be saved: {exc}</source>
        <translation>Twoja notatka jest w pamięci, ale nie udało się jej zapisać: {exc}</translation>
    </message>
    <message>
        <source>Your item is kept in memory but could not be saved: {exc}</source>
        <translation>Twój element jest w pamięci, ale nie udało się go zapisać: {exc}</translation>
    </message>
    <message>
        <source>Import picks</source>
        <translation>Importuj wybory</translation>
    </message>
    <message>
        <source>The import is kept in memory but could not be saved: {exc}</source>
        <translation>Import jest w pamięci, ale nie udało się go zapisać: {exc}</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez przypomnienia</translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation>Na początku</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5 minut wcześniej</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 minut wcześniej</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minut wcześniej</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 minut wcześniej</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 godzinę wcześniej</translation>
    </message>
    <message>
        <source>Export my agenda</source>
        <translation>Eksportuj mój program</translation>
    </message>
    <message numerus="yes">
        <source>Writes your %n starred session(s) as an iCalendar file for your phone or calendar. Importing it again updates the events instead of adding them twice.</source>
        <translation>
            <numerusform>Zapisuje twoją %n sesję z gwiazdką jako plik iCalendar dla telefonu lub kalendarza. Ponowny import aktualizuje wydarzenia zamiast dodawać je drugi raz.</numerusform>
            <numerusform>Zapisuje twoje %n sesje z gwiazdką jako plik iCalendar dla telefonu lub kalendarza. Ponowny import aktualizuje wydarzenia zamiast dodawać je drugi raz.</numerusform>
            <numerusform>Zapisuje twoich %n sesji z gwiazdką jako plik iCalendar dla telefonu lub kalendarza. Ponowny import aktualizuje wydarzenia zamiast dodawać je drugi raz.</numerusform>
        </translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Plik do zapisania</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message numerus="yes">
        <source>Include my %n maybe(s)</source>
        <translation>
            <numerusform>Dołącz moje %n może</numerusform>
            <numerusform>Dołącz moje %n może</numerusform>
            <numerusform>Dołącz moich %n może</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minutę wcześniej</numerusform>
            <numerusform>%n minuty wcześniej</numerusform>
            <numerusform>%n minut wcześniej</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Przypomnienie:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Strzałki</translation>
    </message>
    <message>
        <source>Move to the next session in that direction</source>
        <translation>Przejdź do następnej sesji w tym kierunku</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spacja</translation>
    </message>
    <message>
        <source>Star or unstar the selected session</source>
        <translation>Dodaj lub usuń gwiazdkę wybranej sesji</translation>
    </message>
    <message>
        <source>Shift+Space</source>
        <translation>Shift+Spacja</translation>
    </message>
    <message>
        <source>Mark the selected session maybe</source>
        <translation>Oznacz wybraną sesję jako może</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Show the selected session&apos;s details</source>
        <translation>Pokaż szczegóły wybranej sesji</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menu, Shift+F10</translation>
    </message>
    <message>
        <source>The selected session&apos;s menu</source>
        <translation>Menu wybranej sesji</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Show day 1 to 9</source>
        <translation>Pokaż dzień od 1 do 9</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+kółko</translation>
    </message>
    <message>
        <source>Zoom the grid</source>
        <translation>Powiększ siatkę</translation>
    </message>
    <message>
        <source>Shift+wheel</source>
        <translation>Shift+kółko</translation>
    </message>
    <message>
        <source>Scroll across the rooms</source>
        <translation>Przewijanie w poprzek sal</translation>
    </message>
    <message>
        <source>Esc (in the search box)</source>
        <translation>Esc (w wyszukiwaniu)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Wyczyść wyszukiwanie</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Co robią</translation>
    </message>
    <message>
        <source>Plan your conference: the schedule as a day × room grid, your picks and their clashes, an agenda for your phone&apos;s calendar.</source>
        <translation>Zaplanuj swoją konferencję: program jako siatka dni × sal, twoje wybory i ich kolizje, program dla kalendarza w telefonie.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty.</source>
        <translation>Licencja: GNU General Public License, wersja 3 lub późniejsza (GPL-3.0-or-later). Ten program nie ma żadnej gwarancji.</translation>
    </message>
    <message>
        <source>About Agenda</source>
        <translation>O programie Agenda</translation>
    </message>
    <message>
        <source>Add my own item</source>
        <translation>Dodaj własny element</translation>
    </message>
    <message>
        <source>Lunch with a colleague, a booth shift…</source>
        <translation>Lunch ze współpracowniczką, dyżur na stoisku…</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Co:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Początek:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Koniec:</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>&amp;Gdzie:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> i {n} więcej</translation>
    </message>
    <message>
        <source>⚠ CLASH with {shown}</source>
        <translation>⚠ KOLIZJA z {shown}</translation>
    </message>
    <message>
        <source>☆ maybe (a backup)</source>
        <translation>☆ może (zapasowa)</translation>
    </message>
    <message>
        <source>⇄ only {minutes} min to get there</source>
        <translation>⇄ tylko {minutes} min na dojście</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>cały dzień</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} godz. {minutes:02d} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>free {span} ({length})</source>
        <translation>wolne {span} ({length})</translation>
    </message>
    <message>
        <source>venue-wide</source>
        <translation>całe miejsce</translation>
    </message>
    <message>
        <source> (off-site)</source>
        <translation> (poza miejscem)</translation>
    </message>
    <message>
        <source>  (continued)</source>
        <translation>  (ciąg dalszy)</translation>
    </message>
    <message>
        <source>Times in {zone} · {stars} starred</source>
        <translation>Godziny w strefie {zone} · {stars} z gwiazdką</translation>
    </message>
    <message>
        <source>, {n} maybe</source>
        <translation>, {n} może</translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n session(s) clash</source>
        <translation>
            <numerusform> · ⚠ %n sesja w kolizji</numerusform>
            <numerusform> · ⚠ %n sesje w kolizji</numerusform>
            <numerusform> · ⚠ %n sesji w kolizji</numerusform>
        </translation>
    </message>
    <message>
        <source>My agenda · page {n} of {total} · printed by Agenda</source>
        <translation>Mój program · strona {n} z {total} · wydrukowano w Agenda</translation>
    </message>
    <message>
        <source>My agenda: {title}</source>
        <translation>Mój program: {title}</translation>
    </message>
    <message>
        <source>Port {port} is in use now, so the link has a new port: a phone subscribed before must scan the new code.</source>
        <translation>Port {port} jest zajęty, więc link ma nowy port: telefon zasubskrybowany wcześniej musi zeskanować nowy kod.</translation>
    </message>
    <message>
        <source>Subscribe: your phone&apos;s calendar keeps polling this computer and follows every star, unstar and time change while the two are on the same network. Subscribed calendars often drop reminders (Apple&apos;s default is &quot;Remove Alerts&quot;, Google ignores them); choose Add once to keep them. Apple Calendar and ICSx⁵ on Android poll from the phone itself; Google Calendar polls from Google&apos;s servers, which cannot reach this computer: on Android, use ICSx⁵ or Add once.</source>
        <translation>Subskrybuj: kalendarz telefonu odpytuje ten komputer i śledzi każdą gwiazdkę, jej usunięcie i zmianę godziny, dopóki oba są w tej samej sieci. Subskrybowane kalendarze często gubią przypomnienia (Apple domyślnie proponuje „Usuń alerty”, Google je pomija); wybierz Dodaj raz, aby je zachować. Kalendarz Apple i ICSx⁵ na Androidzie odpytują z samego telefonu; Kalendarz Google odpytuje z serwerów Google, które nie mogą dotrzeć do tego komputera: na Androidzie użyj ICSx⁵ lub Dodaj raz.</translation>
    </message>
    <message>
        <source>Add once: the phone downloads the file and its calendar imports it, reminders included. Sharing stops after the download, or in 10 minutes.</source>
        <translation>Dodaj raz: telefon pobiera plik, a jego kalendarz go importuje, razem z przypomnieniami. Udostępnianie kończy się po pobraniu albo po 10 minutach.</translation>
    </message>
    <message>
        <source>The phone must be on the same network as this computer. Many conference Wi-Fi networks keep devices apart: if the phone cannot open the link, use Save file… and send the file by mail or chat instead.</source>
        <translation>Telefon musi być w tej samej sieci co ten komputer. Wiele konferencyjnych sieci Wi-Fi oddziela urządzenia od siebie: jeśli telefon nie otwiera linku, użyj Zapisz plik… i wyślij plik mailem lub przez komunikator.</translation>
    </message>
    <message>
        <source>Send to phone</source>
        <translation>Wyślij na telefon</translation>
    </message>
    <message>
        <source>&amp;Subscribe (stays up to date)</source>
        <translation>&amp;Subskrybuj (zawsze aktualne)</translation>
    </message>
    <message>
        <source>Add &amp;once (keeps reminders)</source>
        <translation>Dodaj &amp;raz (zachowuje przypomnienia)</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>Kod QR linku</translation>
    </message>
    <message>
        <source>Link for the phone</source>
        <translation>Link dla telefonu</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Network to share on</source>
        <translation>Sieć do udostępniania</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatyczny</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Sieć:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Save &amp;file…</source>
        <translation>Zapisz &amp;plik…</translation>
    </message>
    <message>
        <source>&amp;New link…</source>
        <translation>&amp;Nowy link…</translation>
    </message>
    <message>
        <source>Make a new secret link. The old one stops working: a phone subscribed to it stops getting updates.</source>
        <translation>Utwórz nowy tajny link. Stary przestaje działać: telefon, który go subskrybuje, przestaje dostawać aktualizacje.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera, or open the link on it.</source>
        <translation>Zeskanuj kod aparatem telefonu albo otwórz na nim link.</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nowy link</translation>
    </message>
    <message>
        <source>Make a new link? The link given out before stops working: a phone subscribed to it stops getting updates until it subscribes to the new one.</source>
        <translation>Utworzyć nowy link? Link podany wcześniej przestanie działać: telefon, który go subskrybuje, nie dostanie aktualizacji, dopóki nie zasubskrybuje nowego.</translation>
    </message>
    <message>
        <source>New link made: the old one no longer works. Scan the new code with the phone.</source>
        <translation>Utworzono nowy link: stary już nie działa. Zeskanuj nowy kod telefonem.</translation>
    </message>
    <message>
        <source>Sharing stopped: nothing is served any more.</source>
        <translation>Udostępnianie zatrzymane: nic nie jest już udostępniane.</translation>
    </message>
    <message>
        <source>The phone has downloaded your agenda. Sharing stopped.</source>
        <translation>Telefon pobrał twój program. Udostępnianie zatrzymane.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n time(s).</source>
        <translation>
            <numerusform>Pobrano %n raz.</numerusform>
            <numerusform>Pobrano %n razy.</numerusform>
            <numerusform>Pobrano %n razy.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>Za&amp;trzymaj udostępnianie</translation>
    </message>
    <message>
        <source>S&amp;tart sharing</source>
        <translation>&amp;Rozpocznij udostępnianie</translation>
    </message>
    <message>
        <source>Not sharing</source>
        <translation>Brak udostępniania</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Wybierz</translation>
    </message>
    <message>
        <source>Star this session, or unstar it</source>
        <translation>Dodaj lub usuń gwiazdkę tej sesji</translation>
    </message>
    <message>
        <source>Select this session and show its details</source>
        <translation>Wybierz tę sesję i pokaż jej szczegóły</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moje</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} do {end}</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>bez sali</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nienagrywana</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>z gwiazdką</translation>
    </message>
    <message>
        <source>maybe</source>
        <translation>może</translation>
    </message>
    <message>
        <source>clashes with another pick</source>
        <translation>koliduje z innym wyborem</translation>
    </message>
    <message>
        <source>⊘ Not recorded: see it live</source>
        <translation>⊘ Nienagrywana: zobacz na żywo</translation>
    </message>
    <message>
        <source>off-site: </source>
        <translation>poza miejscem: </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this day</source>
        <translation>
            <numerusform>%n sesja tego dnia</numerusform>
            <numerusform>%n sesje tego dnia</numerusform>
            <numerusform>%n sesji tego dnia</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule grid</source>
        <translation>Siatka programu</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Brak sesji tego dnia</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Nie wybrano sesji</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Kolizja</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Może</translation>
    </message>
    <message>
        <source>  • changed</source>
        <translation>  • zmieniona</translation>
    </message>
    <message>
        <source>  ⊘ not recorded</source>
        <translation>  ⊘ nienagrywana</translation>
    </message>
    <message>
        <source>⊘ not recorded</source>
        <translation>⊘ nienagrywana</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmieniona</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Odwołana</translation>
    </message>
    <message>
        <source>Schedule list</source>
        <translation>Lista programu</translation>
    </message>
    <message>
        <source>The day&apos;s sessions in time order</source>
        <translation>Sesje dnia w kolejności godzin</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Wczytywanie anulowane</translation>
    </message>
    <message>
        <source>Loading {source} …</source>
        <translation>Wczytywanie {source} …</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} i {b}</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will be recorded: you can watch it later.</source>
        <translation>{live} nie będzie nagrywana: zobacz na żywo. {later} będzie nagrywana: możesz obejrzeć ją później.</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will all be recorded: you can watch them later.</source>
        <translation>{live} nie będzie nagrywana: zobacz na żywo. {later} będą nagrywane: możesz obejrzeć je później.</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n kolizja</numerusform>
            <numerusform>%n kolizje</numerusform>
            <numerusform>%n kolizji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tight transfer(s)</source>
        <translation>
            <numerusform>%n ciasne przejście</numerusform>
            <numerusform>%n ciasne przejścia</numerusform>
            <numerusform>%n ciasnych przejść</numerusform>
        </translation>
    </message>
    <message>
        <source>the others become maybes</source>
        <translation>pozostałe stają się może</translation>
    </message>
    <message>
        <source>the others are unstarred</source>
        <translation>pozostałe tracą gwiazdkę</translation>
    </message>
    <message>
        <source>Keep {title} starred. The sessions it clashes with become maybes: backups, drawn dashed, that never count as clashes. Ctrl+Z undoes it.</source>
        <translation>Zostaw gwiazdkę przy {title}. Kolidujące sesje stają się może: zapasowe, rysowane przerywaną linią, nigdy nie liczone jako kolizje. Ctrl+Z cofa.</translation>
    </message>
    <message>
        <source>Keep {title} starred and unstar the sessions it clashes with. Ctrl+Z undoes it.</source>
        <translation>Zostaw gwiazdkę przy {title} i usuń gwiazdkę z kolidujących sesji. Ctrl+Z cofa.</translation>
    </message>
    <message>
        <source>When you keep one,</source>
        <translation>Gdy zachowasz jedną,</translation>
    </message>
    <message>
        <source>What happens to the other clashing sessions</source>
        <translation>Co dzieje się z pozostałymi kolidującymi sesjami</translation>
    </message>
    <message>
        <source>No clashes between your starred sessions.</source>
        <translation>Brak kolizji między sesjami z gwiazdką.</translation>
    </message>
    <message>
        <source>⚠ Overlap of {minutes} min, {start}–{end}</source>
        <translation>⚠ Nakładanie się o {minutes} min, {start}–{end}</translation>
    </message>
    <message>
        <source>⇄ Tight transfer: {minutes} min to change rooms at {start}</source>
        <translation>⇄ Ciasne przejście: {minutes} min na zmianę sali o {start}</translation>
    </message>
    <message>
        <source> · ⊘ not recorded</source>
        <translation> · ⊘ nienagrywana</translation>
    </message>
    <message>
        <source>Keep this one (see it live)</source>
        <translation>Zachowaj tę (zobacz na żywo)</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Zachowaj tę</translation>
    </message>
    <message>
        <source> (not recorded: see it live)</source>
        <translation> (nienagrywana: zobacz na żywo)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Linki</translation>
    </message>
    <message>
        <source>Other sessions by these speakers</source>
        <translation>Inne sesje tych prelegentów</translation>
    </message>
    <message>
        <source>★ Star</source>
        <translation>★ Gwiazdka</translation>
    </message>
    <message>
        <source>☆ Maybe</source>
        <translation>☆ Może</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Otwórz link</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>Opis sesji</translation>
    </message>
    <message>
        <source>Your note: why you want to see it, a question to ask…</source>
        <translation>Twoja notatka: dlaczego chcesz ją zobaczyć, pytanie do zadania…</translation>
    </message>
    <message>
        <source>Your note on this session</source>
        <translation>Twoja notatka o tej sesji</translation>
    </message>
    <message>
        <source>Select a session</source>
        <translation>Wybierz sesję</translation>
    </message>
    <message>
        <source>  (cancelled)</source>
        <translation>  (odwołana)</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, cały dzień</translation>
    </message>
    <message>
        <source>{day}, {span} ({zone}, UTC{offset})</source>
        <translation>{day}, {span} ({zone}, UTC{offset})</translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation>Twój własny element</translation>
    </message>
    <message>
        <source>No room (venue-wide)</source>
        <translation>Bez sali (całe miejsce)</translation>
    </message>
    <message>
        <source> · off-site</source>
        <translation> · poza miejscem</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>Ścieżka: {track}</translation>
    </message>
    <message>
        <source>Will be recorded</source>
        <translation>Będzie nagrywana</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Z gwiazdką</translation>
    </message>
    <message>
        <source>☆ Maybe (backup)</source>
        <translation>☆ Może (zapasowa)</translation>
    </message>
    <message>
        <source>Not picked</source>
        <translation>Niewybrana</translation>
    </message>
    <message>
        <source> · clashes with: </source>
        <translation> · koliduje z: </translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ Usuń gwiazdkę</translation>
    </message>
    <message>
        <source>☆ Not maybe</source>
        <translation>☆ Nie może</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>O {name}</translation>
    </message>
    <message>
        <source>More by {name}: </source>
        <translation>Więcej od {name}: </translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>Mój program</translation>
    </message>
    <message>
        <source>{stars} starred, {maybes} maybe</source>
        <translation>{stars} z gwiazdką, {maybes} może</translation>
    </message>
    <message>
        <source>, {n} cancelled</source>
        <translation>, odwołane: {n}</translation>
    </message>
    <message>
        <source>, {n} removed</source>
        <translation>, usunięte: {n}</translation>
    </message>
    <message>
        <source>{minutes} min free</source>
        <translation>{minutes} min wolnego</translation>
    </message>
    <message>
        <source>  ⚠ clash</source>
        <translation>  ⚠ kolizja</translation>
    </message>
    <message>
        <source>  (removed from the schedule: click to remove from your picks)</source>
        <translation>  (usunięta z programu: kliknij, aby usunąć ją z wyborów)</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Przeniesiona</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nowa sala</translation>
    </message>
    <message>
        <source>Retitled</source>
        <translation>Nowy tytuł</translation>
    </message>
    <message>
        <source>Ends later</source>
        <translation>Kończy się później</translation>
    </message>
    <message>
        <source>Ends earlier</source>
        <translation>Kończy się wcześniej</translation>
    </message>
    <message>
        <source>Starts at another time</source>
        <translation>Zaczyna się o innej godzinie</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Rozumiem</translation>
    </message>
    <message>
        <source>Mark these changes as seen</source>
        <translation>Oznacz te zmiany jako obejrzane</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to your picks</source>
        <translation>
            <numerusform>%n zmiana w twoich wyborach</numerusform>
            <numerusform>%n zmiany w twoich wyborach</numerusform>
            <numerusform>%n zmian w twoich wyborach</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to your picks</source>
        <translation>Brak zmian w twoich wyborach</translation>
    </message>
    <message numerus="yes">
        <source>; %n new session(s) in the schedule</source>
        <translation>
            <numerusform>; %n nowa sesja w programie</numerusform>
            <numerusform>; %n nowe sesje w programie</numerusform>
            <numerusform>; %n nowych sesji w programie</numerusform>
        </translation>
    </message>
    <message>
        <source>was {when}</source>
        <translation>było {when}</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>Not added: </source>
        <translation>Nie dodano: </translation>
    </message>
    <message>
        <source>Copy of {fetched}: the new one was refused</source>
        <translation>Kopia z {fetched}: nowa została odrzucona</translation>
    </message>
    <message>
        <source>Offline, last updated {fetched}</source>
        <translation>Offline, ostatnia aktualizacja {fetched}</translation>
    </message>
    <message>
        <source>Not added: {message}</source>
        <translation>Nie dodano: {message}</translation>
    </message>
    <message>
        <source> (showing {name} instead)</source>
        <translation> (zamiast tego pokazano {name})</translation>
    </message>
    <message>
        <source>&amp;Add a conference…</source>
        <translation>&amp;Dodaj konferencję…</translation>
    </message>
    <message>
        <source>Add a conference &amp;from URL…</source>
        <translation>Dodaj konferencję z &amp;URL…</translation>
    </message>
    <message>
        <source>&amp;Conferences in this plan</source>
        <translation>&amp;Konferencje w tym planie</translation>
    </message>
    <message>
        <source>Add a conference to this plan</source>
        <translation>Dodaj konferencję do tego planu</translation>
    </message>
    <message>
        <source>Schedules (*.ics *.ical *.xml *.json);;All files (*)</source>
        <translation>Programy (*.ics *.ical *.xml *.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Add a conference from URL</source>
        <translation>Dodaj konferencję z URL</translation>
    </message>
    <message>
        <source>Schedule URL (iCalendar, schedule.xml or schedule.json; https://, http:// or webcal://):</source>
        <translation>URL programu (iCalendar, schedule.xml lub schedule.json; https://, http:// lub webcal://):</translation>
    </message>
    <message>
        <source>(no schedule open)</source>
        <translation>(nie otwarto programu)</translation>
    </message>
    <message>
        <source>Refresh {name}</source>
        <translation>Odśwież {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the plan</source>
        <translation>Usuń {name} z planu</translation>
    </message>
    <message>
        <source>Add a conference to plan several together</source>
        <translation>Dodaj konferencję, aby planować kilka naraz</translation>
    </message>
    <message>
        <source>A schedule was dropped</source>
        <translation>Upuszczono program</translation>
    </message>
    <message>
        <source>Add {dropped} to this plan, beside {name}, or open it instead?</source>
        <translation>Dodać {dropped} do tego planu obok {name}, czy zamiast tego otworzyć?</translation>
    </message>
    <message>
        <source>&amp;Add to this plan</source>
        <translation>&amp;Dodaj do tego planu</translation>
    </message>
    <message>
        <source>&amp;Open instead</source>
        <translation>&amp;Otwórz zamiast tego</translation>
    </message>
    <message>
        <source>Days ▾</source>
        <translation>Dni ▾</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Wybierz dzień</translation>
    </message>
    <message>
        <source>Every day of the conference</source>
        <translation>Wszystkie dni konferencji</translation>
    </message>
    <message>
        <source>Search titles, speakers, rooms, tracks… (Ctrl+F)</source>
        <translation>Szukaj tytułów, prelegentów, sal, ścieżek… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Ścieżki</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Tylko z gwiazdką</translation>
    </message>
    <message>
        <source>Hide others</source>
        <translation>Ukryj pozostałe</translation>
    </message>
    <message>
        <source>Hide sessions that do not match instead of dimming them</source>
        <translation>Ukryj niepasujące sesje zamiast je przyciemniać</translation>
    </message>
    <message>
        <source>+{n} more…</source>
        <translation>+{n} więcej…</translation>
    </message>
    <message>
        <source>Click a track to show only it (again to undo)</source>
        <translation>Kliknij ścieżkę, aby pokazać tylko ją (ponownie, aby cofnąć)</translation>
    </message>
    <message>
        <source>Tracks ({n})</source>
        <translation>Ścieżki ({n})</translation>
    </message>
    <message>
        <source>Rooms ({n})</source>
        <translation>Sale ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n matching session(s), {on_day} on this day</source>
        <translation>
            <numerusform>%n pasująca sesja, tego dnia: {on_day}</numerusform>
            <numerusform>%n pasujące sesje, tego dnia: {on_day}</numerusform>
            <numerusform>%n pasujących sesji, tego dnia: {on_day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) fit in this gap</source>
        <translation>
            <numerusform>%n sesja mieści się w tej przerwie</numerusform>
            <numerusform>%n sesje mieszczą się w tej przerwie</numerusform>
            <numerusform>%n sesji mieści się w tej przerwie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n wynik</numerusform>
            <numerusform>%n wyniki</numerusform>
            <numerusform>%n wyników</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Brak wyników</translation>
    </message>
    <message>
        <source>No matching sessions on this day</source>
        <translation>Brak pasujących sesji tego dnia</translation>
    </message>
    <message>
        <source>{n} of {hits}</source>
        <translation>{n} z {hits}</translation>
    </message>
    <message>
        <source>No clashes</source>
        <translation>Brak kolizji</translation>
    </message>
    <message>
        <source>Clash {n} of {clashes}</source>
        <translation>Kolizja {n} z {clashes}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Systemowy ({language})</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Zegar</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>Jak zapisuje je język</translation>
    </message>
    <message>
        <source>24-hour (14:30)</source>
        <translation>24-godzinny (14:30)</translation>
    </message>
    <message>
        <source>12-hour (2:30 PM)</source>
        <translation>12-godzinny (2:30 PM)</translation>
    </message>
    <message>
        <source>Agenda will be in {language} the next time it opens.</source>
        <translation>Przy następnym uruchomieniu Agenda będzie w języku: {language}.</translation>
    </message>
    <message>
        <source>Times will read this way the next time Agenda opens.</source>
        <translation>Godziny będą tak wyglądać przy następnym uruchomieniu Agendy.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Conference days</source>
        <translation>Dni konferencji</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Venue time</source>
        <translation>Czas miejsca</translation>
    </message>
    <message>
        <source>My computer&apos;s time</source>
        <translation>Czas mojego komputera</translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation>Inna strefa…</translation>
    </message>
    <message>
        <source>Show or hide the side panel (F9)</source>
        <translation>Pokaż lub ukryj panel boczny (F9)</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Panel boczny</translation>
    </message>
    <message>
        <source>Clash count</source>
        <translation>Liczba kolizji</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>Kolizje</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wczytywanie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>{name} — Agenda</source>
        <translation>{name} — Agenda</translation>
    </message>
    <message>
        <source>Clashes ({n})</source>
        <translation>Kolizje ({n})</translation>
    </message>
    <message>
        <source>Loading the schedule…</source>
        <translation>Wczytywanie programu…</translation>
    </message>
    <message>
        <source>No schedule open (File › Open)</source>
        <translation>Nie otwarto programu (Plik › Otwórz)</translation>
    </message>
    <message>
        <source>What changed ({n})</source>
        <translation>Zmiany ({n})</translation>
    </message>
    <message>
        <source>Your latest picks could not be saved: {problem}

Quit anyway?</source>
        <translation>Nie udało się zapisać ostatnich wyborów: {problem}

Zakończyć mimo to?</translation>
    </message>
    <message>
        <source>showing the copy from {fetched}: the server&apos;s new copy was refused ({reason})</source>
        <translation>pokazano kopię z {fetched}: nowa kopia z serwera została odrzucona ({reason})</translation>
    </message>
    <message>
        <source>offline, last updated {fetched} ({reason})</source>
        <translation>offline, ostatnia aktualizacja {fetched} ({reason})</translation>
    </message>
    <message>
        <source>{url}: redirected to a {scheme}: URL ({target}); only http and https redirects are followed</source>
        <translation>{url}: przekierowano do adresu {scheme}: ({target}); obsługiwane są tylko przekierowania http i https</translation>
    </message>
    <message>
        <source>{url}: redirected from https to unencrypted http ({target}); refused</source>
        <translation>{url}: przekierowano z https na nieszyfrowane http ({target}); odrzucono</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be opened</source>
        <translation>{url}: można otwierać tylko adresy http, https i webcal</translation>
    </message>
    <message>
        <source>{url}: timed out after {seconds} s (no complete answer by then)</source>
        <translation>{url}: przekroczono czas po {seconds} s (brak pełnej odpowiedzi)</translation>
    </message>
    <message>
        <source>{url}: the feed is larger than {mb} MB; not loaded</source>
        <translation>{url}: program ma więcej niż {mb} MB; nie wczytano</translation>
    </message>
    <message>
        <source>{url}: redirected to a URL that is not http or https; not followed</source>
        <translation>{url}: przekierowano do adresu, który nie jest http ani https; nie podążono</translation>
    </message>
    <message>
        <source>{url}: too many redirects (more than {n})</source>
        <translation>{url}: za dużo przekierowań (więcej niż {n})</translation>
    </message>
    <message>
        <source>{url}: HTTP {code} {reason}</source>
        <translation>{url}: HTTP {code} {reason}</translation>
    </message>
    <message>
        <source>{url}: no secure (https) connection could be made</source>
        <translation>{url}: nie udało się nawiązać bezpiecznego połączenia (https)</translation>
    </message>
    <message>
        <source>{url}: cannot connect ({reason})</source>
        <translation>{url}: nie można się połączyć ({reason})</translation>
    </message>
    <message>
        <source>{url}: network error ({reason})</source>
        <translation>{url}: błąd sieci ({reason})</translation>
    </message>
    <message>
        <source>{url}: the server&apos;s answer broke off ({reason})</source>
        <translation>{url}: odpowiedź serwera urwała się ({reason})</translation>
    </message>
    <message>
        <source>{url}: this URL returned a web page, not a calendar feed or schedule</source>
        <translation>{url}: ten adres zwrócił stronę internetową, a nie kalendarz ani program</translation>
    </message>
    <message>
        <source>{url}: the response is not an iCalendar feed, schedule.xml or schedule.json</source>
        <translation>{url}: odpowiedź nie jest kanałem iCalendar, schedule.xml ani schedule.json</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be added</source>
        <translation>{url}: można dodawać tylko adresy http, https i webcal</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Otwórz &amp;URL…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <source>&amp;Export my agenda…</source>
        <translation>&amp;Eksportuj mój program…</translation>
    </message>
    <message>
        <source>Send to &amp;phone…</source>
        <translation>Wyślij na &amp;telefon…</translation>
    </message>
    <message>
        <source>&amp;Import picks…</source>
        <translation>&amp;Importuj wybory…</translation>
    </message>
    <message>
        <source>Import picks from UR&amp;L…</source>
        <translation>Importuj wybory z UR&amp;L…</translation>
    </message>
    <message>
        <source>&amp;Print my agenda…</source>
        <translation>&amp;Drukuj mój program…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Podgląd &amp;wydruku…</translation>
    </message>
    <message>
        <source>Save agenda as P&amp;DF…</source>
        <translation>Zapisz program jako P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Znajdź &amp;następny</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Znajdź &amp;poprzedni</translation>
    </message>
    <message>
        <source>Minutes to change &amp;rooms…</source>
        <translation>Minuty na zmianę &amp;sali…</translation>
    </message>
    <message>
        <source>Add my &amp;own item…</source>
        <translation>Dodaj własny &amp;element…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically…</source>
        <translation>Odświeżaj &amp;automatycznie…</translation>
    </message>
    <message>
        <source>Next clash</source>
        <translation>Następna kolizja</translation>
    </message>
    <message>
        <source>Previous clash</source>
        <translation>Poprzednia kolizja</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About Agenda</source>
        <translation>&amp;O programie Agenda</translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation>Pokazuj godziny w:</translation>
    </message>
    <message>
        <source>Open schedule feed</source>
        <translation>Otwórz program</translation>
    </message>
    <message>
        <source>iCalendar feeds (*.ics *.ical);;All files (*)</source>
        <translation>Programy iCalendar (*.ics *.ical);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>Otwórz URL</translation>
    </message>
    <message>
        <source>Schedule feed URL (https://, http:// or webcal://):</source>
        <translation>URL programu (https://, http:// lub webcal://):</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>Odświeżaj automatycznie</translation>
    </message>
    <message>
        <source>Refresh the feed every (minutes, 0 = never):</source>
        <translation>Odświeżaj program co (minuty, 0 = nigdy):</translation>
    </message>
    <message>
        <source>Minutes to change rooms</source>
        <translation>Minuty na zmianę sali</translation>
    </message>
    <message>
        <source>Flag consecutive picks in different rooms closer than (minutes):</source>
        <translation>Oznacz kolejne wybory w różnych salach bliżej niż (minuty):</translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation>Eksport nie powiódł się: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s)</source>
        <translation>
            <numerusform>Wyeksportowano %n sesję</numerusform>
            <numerusform>Wyeksportowano %n sesje</numerusform>
            <numerusform>Wyeksportowano %n sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n cancellation(s)</source>
        <translation>
            <numerusform> i %n odwołanie</numerusform>
            <numerusform> i %n odwołania</numerusform>
            <numerusform> i %n odwołań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n conferences</source>
        <translation>
            <numerusform> z %n konferencji</numerusform>
            <numerusform> z %n konferencji</numerusform>
            <numerusform> z %n konferencji</numerusform>
        </translation>
    </message>
    <message>
        <source> to {path}</source>
        <translation> do {path}</translation>
    </message>
    <message>
        <source>. Note: {problem}</source>
        <translation>. Uwaga: {problem}</translation>
    </message>
    <message>
        <source>Nothing to print yet: star the sessions you want on paper first.</source>
        <translation>Na razie nie ma czego drukować: najpierw oznacz gwiazdką sesje, które chcesz mieć na papierze.</translation>
    </message>
    <message>
        <source>Print preview — my agenda</source>
        <translation>Podgląd wydruku — mój program</translation>
    </message>
    <message numerus="yes">
        <source>Printed your agenda: %n page(s)</source>
        <translation>
            <numerusform>Wydrukowano program: %n strona</numerusform>
            <numerusform>Wydrukowano program: %n strony</numerusform>
            <numerusform>Wydrukowano program: %n stron</numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda as PDF</source>
        <translation>Zapisz program jako PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF failed: {exc}</source>
        <translation>Zapis PDF nie powiódł się: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Saved your agenda (%n page(s)) to {path}</source>
        <translation>
            <numerusform>Zapisano program (%n strona) w {path}</numerusform>
            <numerusform>Zapisano program (%n strony) w {path}</numerusform>
            <numerusform>Zapisano program (%n stron) w {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing with your phone</source>
        <translation>Udostępnianie telefonowi</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Zatrzymaj udostępnianie</translation>
    </message>
    <message>
        <source>Sharing with your phone: {url}</source>
        <translation>Udostępnianie telefonowi: {url}</translation>
    </message>
    <message>
        <source>Import it in your phone&apos;s or computer&apos;s calendar; after a change, export again and import the new file: events are updated, not doubled.</source>
        <translation>Zaimportuj go do kalendarza telefonu lub komputera; po zmianie wyeksportuj ponownie i zaimportuj nowy plik: wydarzenia zostaną zaktualizowane, nie zdublowane.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Calendar files and shared favourites (*.ics *.ical *.ifb *.json *.txt);;All files (*)</source>
        <translation>Pliki kalendarza i udostępnione ulubione (*.ics *.ical *.ifb *.json *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Import picks from URL</source>
        <translation>Importuj wybory z URL</translation>
    </message>
    <message>
        <source>The calendar of your picks (https://, http:// or webcal://), such as Sched&apos;s &quot;my schedule&quot; feed, or a Giggity share link:</source>
        <translation>Kalendarz twoich wyborów (https://, http:// lub webcal://), np. kanał „my schedule” z Sched, albo link udostępniania z Giggity:</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <translation>link Giggity</translation>
    </message>
    <message>
        <source>Nothing imported: {url}: only http, https and webcal URLs can be read</source>
        <translation>Nic nie zaimportowano: {url}: można czytać tylko adresy http, https i webcal</translation>
    </message>
    <message>
        <source>Downloading your picks from {url}…</source>
        <translation>Pobieranie twoich wyborów z {url}…</translation>
    </message>
    <message>
        <source>Nothing imported: {message}</source>
        <translation>Nic nie zaimportowano: {message}</translation>
    </message>
    <message>
        <source>Nothing imported: {exc}</source>
        <translation>Nic nie zaimportowano: {exc}</translation>
    </message>
    <message>
        <source>Nothing imported: {problem}</source>
        <translation>Nic nie zaimportowano: {problem}</translation>
    </message>
    <message>
        <source>{n} starred</source>
        <translation>z gwiazdką: {n}</translation>
    </message>
    <message>
        <source>{n} marked maybe</source>
        <translation>oznaczone jako może: {n}</translation>
    </message>
    <message>
        <source>{n} already picked</source>
        <translation>już wybrane: {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notatka</numerusform>
            <numerusform>%n notatki</numerusform>
            <numerusform>%n notatek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of your own</source>
        <translation>
            <numerusform>%n własny element</numerusform>
            <numerusform>%n własne elementy</numerusform>
            <numerusform>%n własnych elementów</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} hidden in Giggity left as they are</source>
        <translation>ukryte w Giggity, pozostawione bez zmian: {n}</translation>
    </message>
    <message>
        <source>Imported from {name}: </source>
        <translation>Zaimportowano z {name}: </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) did not match one session: star them by hand (Show Details lists them). Edit → Undo takes the import back.</source>
        <translation>
            <numerusform>%n wydarzenie nie pasowało do jednej sesji: oznacz je gwiazdką ręcznie (Pokaż szczegóły je wymienia). Edycja → Cofnij wycofuje import.</numerusform>
            <numerusform>%n wydarzenia nie pasowały do jednej sesji: oznacz je gwiazdką ręcznie (Pokaż szczegóły je wymienia). Edycja → Cofnij wycofuje import.</numerusform>
            <numerusform>%n wydarzeń nie pasowało do jednej sesji: oznacz je gwiazdką ręcznie (Pokaż szczegóły je wymienia). Edycja → Cofnij wycofuje import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found: {title} ({when})</source>
        <translation>Nie znaleziono: {title} ({when})</translation>
    </message>
    <message>
        <source>More than one match: {title} ({when})</source>
        <translation>Więcej niż jedno dopasowanie: {title} ({when})</translation>
    </message>
    <message>
        <source>Edit → Undo takes the import back.</source>
        <translation>Edycja → Cofnij wycofuje import.</translation>
    </message>
    <message>
        <source>Not added: {exc}</source>
        <translation>Nie dodano: {exc}</translation>
    </message>
    <message>
        <source>Added {title} to your agenda (the Mine column)</source>
        <translation>Dodano {title} do twojego programu (kolumna Moje)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>bez godziny</translation>
    </message>
    <message>
        <source>★ &amp;Star</source>
        <translation>★ &amp;Gwiazdka</translation>
    </message>
    <message>
        <source>☆ &amp;Maybe</source>
        <translation>☆ &amp;Może</translation>
    </message>
    <message>
        <source>&amp;Unstar</source>
        <translation>&amp;Usuń gwiazdkę</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>Otwórz &amp;link</translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation>&amp;Kopiuj tytuł</translation>
    </message>
    <message>
        <source>Show in My &amp;agenda</source>
        <translation>Pokaż w Moim &amp;programie</translation>
    </message>
    <message>
        <source>&amp;Remove my item</source>
        <translation>&amp;Usuń mój element</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systemowy</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Powiększenie</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Po&amp;większ</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Po&amp;mniejsz</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Rzeczywisty rozmiar</translation>
    </message>
    <message>
        <source>&amp;Fit rooms to width</source>
        <translation>&amp;Dopasuj sale do szerokości</translation>
    </message>
    <message>
        <source>&amp;List view</source>
        <translation>Widok &amp;listy</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>&amp;Panel boczny</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation>Powiększenie {percent}</translation>
    </message>
    <message numerus="yes">
        <source>all %n room(s) fitted to the width</source>
        <translation>
            <numerusform>%n sala dopasowana do szerokości</numerusform>
            <numerusform>wszystkie %n sale dopasowane do szerokości</numerusform>
            <numerusform>wszystkie %n sal dopasowanych do szerokości</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} rooms fit at a readable width: scroll sideways for the others</source>
        <translation>{shown} z {total} sal mieści się w czytelnej szerokości: przewiń w bok, aby zobaczyć resztę</translation>
    </message>
    <message>
        <source>{where}: invalid UTF-8 replaced</source>
        <translation>{where}: zastąpiono niepoprawne UTF-8</translation>
    </message>
    <message>
        <source>{name}: empty file, not an iCalendar feed</source>
        <translation>{name}: pusty plik, to nie kanał iCalendar</translation>
    </message>
    <message>
        <source>{name}: this is a web page (HTML/XML), not a calendar feed</source>
        <translation>{name}: to strona internetowa (HTML/XML), a nie kalendarz</translation>
    </message>
    <message>
        <source>{name} line {line}: not an iCalendar file (expected BEGIN:VCALENDAR)</source>
        <translation>{name} wiersz {line}: to nie plik iCalendar (oczekiwano BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>{name}: not an iCalendar file (no BEGIN:VCALENDAR or BEGIN:VEVENT)</source>
        <translation>{name}: to nie plik iCalendar (brak BEGIN:VCALENDAR i BEGIN:VEVENT)</translation>
    </message>
    <message>
        <source>{name}: {zones} time zone definitions (VTIMEZONE); a calendar feed has a few, and at most {most} are read</source>
        <translation>{name}: definicje stref czasowych (VTIMEZONE): {zones}; kanał kalendarza ma ich kilka, a odczytywanych jest najwyżej {most}</translation>
    </message>
    <message>
        <source>{name}: components nested too deeply</source>
        <translation>{name}: składniki zagnieżdżone zbyt głęboko</translation>
    </message>
    <message>
        <source>no DTSTART</source>
        <translation>brak DTSTART</translation>
    </message>
    <message>
        <source>unreadable DTSTART</source>
        <translation>nieczytelne DTSTART</translation>
    </message>
    <message>
        <source>{name} line {line}</source>
        <translation>{name} wiersz {line}</translation>
    </message>
    <message>
        <source>{where}: ignored a broken line in {event}</source>
        <translation>{where}: pominięto uszkodzony wiersz w {event}</translation>
    </message>
    <message>
        <source>{name}: ignored a top-level {component} outside any VCALENDAR</source>
        <translation>{name}: pominięto {component} najwyższego poziomu poza VCALENDAR</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n event(s) not inside a VCALENDAR; read anyway</source>
        <translation>
            <numerusform>{name}: %n wydarzenie poza VCALENDAR; mimo to odczytano</numerusform>
            <numerusform>{name}: %n wydarzenia poza VCALENDAR; mimo to odczytano</numerusform>
            <numerusform>{name}: %n wydarzeń poza VCALENDAR; mimo to odczytano</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {n} calendars in one file; merged</source>
        <translation>{name}: kalendarze w jednym pliku: {n}; scalono</translation>
    </message>
    <message>
        <source>{name}: X-WR-TIMEZONE {zone} is not a known time zone; ignored</source>
        <translation>{name}: X-WR-TIMEZONE {zone} nie jest znaną strefą czasową; pominięto</translation>
    </message>
    <message>
        <source>{where}: not a calendar line ({raw}): the file is damaged or not iCalendar</source>
        <translation>{where}: to nie wiersz kalendarza ({raw}): plik jest uszkodzony albo to nie iCalendar</translation>
    </message>
    <message>
        <source>{where}: cannot read this calendar ({reason})</source>
        <translation>{where}: nie można odczytać tego kalendarza ({reason})</translation>
    </message>
    <message>
        <source>{where}: skipped a stray line outside any event ({raw})</source>
        <translation>{where}: pominięto zbłąkany wiersz poza wydarzeniem ({raw})</translation>
    </message>
    <message>
        <source>{name}: more than {n} stray lines; not a calendar file</source>
        <translation>{name}: ponad {n} zbłąkanych wierszy; to nie plik kalendarza</translation>
    </message>
    <message>
        <source>{source}: larger than {mb} MB; not a conference schedule, not loaded</source>
        <translation>{source}: więcej niż {mb} MB; to nie program konferencji, nie wczytano</translation>
    </message>
    <message>
        <source>{source}: no such file</source>
        <translation>{source}: nie ma takiego pliku</translation>
    </message>
    <message>
        <source>{source}: is a folder, not a calendar file</source>
        <translation>{source}: to folder, a nie plik kalendarza</translation>
    </message>
    <message>
        <source>{source}: permission denied</source>
        <translation>{source}: brak uprawnień</translation>
    </message>
    <message>
        <source>{source}: cannot read ({reason})</source>
        <translation>{source}: nie można odczytać ({reason})</translation>
    </message>
    <message>
        <source>unknown time zone {name} (use an IANA name such as Europe/Paris)</source>
        <translation>nieznana strefa czasowa {name} (użyj nazwy IANA, np. Europe/Paris)</translation>
    </message>
    <message>
        <source>{where}: not well-formed XML ({reason})</source>
        <translation>{where}: niepoprawny XML ({reason})</translation>
    </message>
    <message>
        <source>a DTD</source>
        <translation>DTD</translation>
    </message>
    <message>
        <source>entity declarations</source>
        <translation>deklaracje encji</translation>
    </message>
    <message>
        <source>an external reference</source>
        <translation>odwołanie zewnętrzne</translation>
    </message>
    <message>
        <source>a forbidden construct</source>
        <translation>zabronioną konstrukcję</translation>
    </message>
    <message>
        <source>{name}: refused: the XML has {what}, which a schedule never needs (nothing was expanded or fetched)</source>
        <translation>{name}: odrzucono: XML zawiera {what}, czego program nigdy nie potrzebuje (nic nie rozwinięto ani nie pobrano)</translation>
    </message>
    <message>
        <source>{name}: an XML file, but not a schedule.xml (its root is &lt;{root}&gt;)</source>
        <translation>{name}: plik XML, ale nie schedule.xml (jego korzeń to &lt;{root}&gt;)</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name}: to nie tekst UTF-8</translation>
    </message>
    <message>
        <source>{where}: not valid JSON ({reason})</source>
        <translation>{where}: niepoprawny JSON ({reason})</translation>
    </message>
    <message>
        <source>{name}: JSON nested too deeply</source>
        <translation>{name}: JSON zagnieżdżony zbyt głęboko</translation>
    </message>
    <message>
        <source>{name}: JSON, but not a schedule.json (no schedule.conference)</source>
        <translation>{name}: JSON, ale nie schedule.json (brak schedule.conference)</translation>
    </message>
    <message>
        <source>{what} {text} is not a date and time such as 2026-04-07T12:30</source>
        <translation>{what} {text} to nie data i godzina w rodzaju 2026-04-07T12:30</translation>
    </message>
    <message>
        <source>an item needs a title</source>
        <translation>element potrzebuje tytułu</translation>
    </message>
    <message>
        <source>the item ends ({end}) before it starts ({start})</source>
        <translation>element kończy się ({end}) przed początkiem ({start})</translation>
    </message>
    <message>
        <source>{name}: the Giggity link&apos;s selection is too large</source>
        <translation>{name}: wybór w linku Giggity jest zbyt duży</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) cannot be read</source>
        <translation>{name}: link Giggity, ale jego wyboru ({key}=) nie da się odczytać</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) is not a list of events</source>
        <translation>{name}: link Giggity, ale jego wybór ({key}=) nie jest listą wydarzeń</translation>
    </message>
    <message>
        <source>{name}: not valid JSON</source>
        <translation>{name}: niepoprawny JSON</translation>
    </message>
    <message>
        <source>{name}: JSON, but not an EventFahrplan favourites share (no &quot;lectures&quot;)</source>
        <translation>{name}: JSON, ale nie udostępnione ulubione z EventFahrplan (brak „lectures”)</translation>
    </message>
    <message>
        <source>{name}: no sessions in this EventFahrplan share</source>
        <translation>{name}: brak sesji w tych udostępnionych ulubionych z EventFahrplan</translation>
    </message>
    <message>
        <source>{path}: not saved, another Agenda has been writing there for over {seconds} s</source>
        <translation>{path}: nie zapisano, inna Agenda zapisuje tam od ponad {seconds} s</translation>
    </message>
    <message>
        <source>{path}: is a folder</source>
        <translation>{path}: to folder</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: nie można zapisać ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot read {kind} ({reason}); left untouched</source>
        <translation>{path}: nie można odczytać: {kind} ({reason}); pozostawiono bez zmian</translation>
    </message>
    <message>
        <source>{path}: {kind} is not a regular file; left untouched</source>
        <translation>{path}: {kind} nie jest zwykłym plikiem; pozostawiono bez zmian</translation>
    </message>
    <message>
        <source>larger than {mb} MB</source>
        <translation>więcej niż {mb} MB</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>to nie obiekt JSON</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>niepoprawny JSON ({reason})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zagnieżdżony zbyt głęboko</translation>
    </message>
    <message>
        <source>{problem}; left untouched</source>
        <translation>{problem}; pozostawiono bez zmian</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}); left untouched</source>
        <translation>{path}: {kind} jest nieczytelny ({problem}); pozostawiono bez zmian</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}) and could not be moved aside ({reason}); left untouched</source>
        <translation>{path}: {kind} jest nieczytelny ({problem}) i nie dało się go odłożyć ({reason}); pozostawiono bez zmian</translation>
    </message>
    <message>
        <source>{path}: {kind} was unreadable ({problem}); kept aside as {name}</source>
        <translation>{path}: {kind} był nieczytelny ({problem}); odłożono jako {name}</translation>
    </message>
    <message>
        <source>{name}: no VCALENDAR found, not an iCalendar feed</source>
        <translation>{name}: nie znaleziono VCALENDAR, to nie kanał iCalendar</translation>
    </message>
    <message>
        <source>{name}: day_change {text} is not HH:MM; ignored</source>
        <translation>{name}: day_change {text} nie jest w formacie HH:MM; pominięto</translation>
    </message>
    <message>
        <source>{problem}; left out</source>
        <translation>{problem}; pominięto</translation>
    </message>
    <message>
        <source>{name}: event {event}</source>
        <translation>{name}: wydarzenie {event}</translation>
    </message>
    <message>
        <source>{where}: has neither guid nor id</source>
        <translation>{where}: nie ma ani guid, ani id</translation>
    </message>
    <message>
        <source>{where}: date {date} is not an ISO 8601 time</source>
        <translation>{where}: data {date} nie jest czasem ISO 8601</translation>
    </message>
    <message>
        <source>{where}: start {start} on {day} is not a time</source>
        <translation>{where}: początek {start} w dniu {day} nie jest godziną</translation>
    </message>
    <message>
        <source>{where}: has no date</source>
        <translation>{where}: nie ma daty</translation>
    </message>
    <message>
        <source>{name}: no usable events in this {generator}{why}</source>
        <translation>{name}: brak użytecznych wydarzeń w tym pliku {generator}{why}</translation>
    </message>
    <message>
        <source>{where}: duration {text} is longer than {days} days</source>
        <translation>{where}: czas trwania {text} przekracza {days} dni</translation>
    </message>
    <message>
        <source>{where}: duration {text} is not HH:MM</source>
        <translation>{where}: czas trwania {text} nie jest w formacie HH:MM</translation>
    </message>
    <message>
        <source>picks file</source>
        <translation>plik wyborów</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>plik ustawień</translation>
    </message>
    <message>
        <source>schedule snapshot</source>
        <translation>migawka programu</translation>
    </message>
    <message>
        <source>feed cache</source>
        <translation>pamięć podręczna programu</translation>
    </message>
    <message>
        <source>export state</source>
        <translation>stan eksportu</translation>
    </message>
    <message>
        <source>share links</source>
        <translation>linki udostępniania</translation>
    </message>
    <message>
        <source>{path}: {kind} has no usable version ({found})</source>
        <translation>{path}: {kind} nie ma użytecznej wersji ({found})</translation>
    </message>
    <message>
        <source>{path}: {kind} was written by a newer Agenda (format {found}, this one reads up to {current}); left untouched, update Agenda to use it</source>
        <translation>{path}: {kind} zapisała nowsza Agenda (format {found}, ta odczytuje do {current}); pozostawiono bez zmian, zaktualizuj Agendę, aby go użyć</translation>
    </message>
    <message>
        <source>{path}: {kind} format {found} cannot be read by this Agenda (no way from {step})</source>
        <translation>{path}: ta Agenda nie odczyta: {kind} w formacie {found} (brak drogi od {step})</translation>
    </message>
    <message>
        <source>{path}: cannot keep a copy before updating its format ({reason})</source>
        <translation>{path}: nie udało się zachować kopii przed aktualizacją formatu ({reason})</translation>
    </message>
    <message>
        <source>{path}: that is the schedule feed being read; choose another file (nothing written)</source>
        <translation>{path}: to właśnie odczytywany program; wybierz inny plik (nic nie zapisano)</translation>
    </message>
    <message>
        <source>{problem}; nothing exported, so that no event is cancelled on your phone (star your sessions again, then export)</source>
        <translation>{problem}; nic nie wyeksportowano, żeby żadne wydarzenie nie zostało odwołane w telefonie (oznacz sesje gwiazdką ponownie, potem eksportuj)</translation>
    </message>
    <message>
        <source>{path}: your picks file is missing; nothing exported, so that the events exported before are not cancelled on your phone</source>
        <translation>{path}: brak pliku twoich wyborów; nic nie wyeksportowano, żeby wcześniej wyeksportowane wydarzenia nie zostały odwołane w telefonie</translation>
    </message>
    <message>
        <source>cannot share on {address}:{port}: {reason}</source>
        <translation>nie można udostępniać na {address}:{port}: {reason}</translation>
    </message>
    <message>
        <source>{path}: not saved, the existing picks file could not be read or moved aside</source>
        <translation>{path}: nie zapisano, istniejącego pliku wyborów nie dało się odczytać ani odłożyć</translation>
    </message>
    <message>
        <source>{path}: not saved, the picks file another process wrote could not be read</source>
        <translation>{path}: nie zapisano, nie dało się odczytać pliku wyborów zapisanego przez inny proces</translation>
    </message>
    <message numerus="yes">
        <source>{name}: unknown time zone {zone} (%n event(s)); times read in {display}</source>
        <translation>
            <numerusform>{name}: nieznana strefa czasowa {zone} (%n wydarzenie); godziny odczytano w strefie {display}</numerusform>
            <numerusform>{name}: nieznana strefa czasowa {zone} (%n wydarzenia); godziny odczytano w strefie {display}</numerusform>
            <numerusform>{name}: nieznana strefa czasowa {zone} (%n wydarzeń); godziny odczytano w strefie {display}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: skipped {event}: {problem}</source>
        <translation>{name}: pominięto {event}: {problem}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}: no events in this feed</source>
        <translation>{name}: brak wydarzeń w tym kanale</translation>
    </message>
    <message>
        <source>{event} ends before it starts; shown with no duration</source>
        <translation>{event} kończy się przed początkiem; pokazano bez czasu trwania</translation>
    </message>
    <message>
        <source>{n} occurrences</source>
        <translation>wystąpienia: {n}</translation>
    </message>
    <message>
        <source>{name}: could not apply X-WR-TIMEZONE {zone}: {reason}</source>
        <translation>{name}: nie udało się zastosować X-WR-TIMEZONE {zone}: {reason}</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats every second (FREQ={freq}); shown once, as written</source>
        <translation>{name}: wydarzenie cykliczne {event} powtarza się co sekundę (FREQ={freq}); pokazano raz, tak jak zapisano</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats without end; showing its occurrences up to {date}</source>
        <translation>{name}: wydarzenie cykliczne {event} powtarza się bez końca; pokazano wystąpienia do {date}</translation>
    </message>
    <message>
        <source>{name}: recurring events stopped expanding at {limit} (at {event}); later occurrences are not shown</source>
        <translation>{name}: rozwijanie wydarzeń cyklicznych zatrzymało się na limicie {limit} (przy {event}); późniejsze wystąpienia nie są pokazane</translation>
    </message>
    <message>
        <source>{name}: could not expand the recurrence of {event} ({reason}); shown as written</source>
        <translation>{name}: nie udało się rozwinąć cyklu {event} ({reason}); pokazano tak, jak zapisano</translation>
    </message>
    <message>
        <source>{name}: {event}: ignored an unreadable {prop} {text}</source>
        <translation>{name}: {event}: pominięto nieczytelne {prop} {text}</translation>
    </message>
    <message>
        <source>the link could not be kept for next time ({reason})</source>
        <translation>nie udało się zachować linku na następny raz ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: it only hides %n session(s) (Agenda hides no single session), so there is nothing to star</source>
        <translation>
            <numerusform>{name}: tylko ukrywa %n sesję (Agenda nie ukrywa pojedynczych sesji), więc nie ma czego oznaczyć</numerusform>
            <numerusform>{name}: tylko ukrywa %n sesje (Agenda nie ukrywa pojedynczych sesji), więc nie ma czego oznaczyć</numerusform>
            <numerusform>{name}: tylko ukrywa %n sesji (Agenda nie ukrywa pojedynczych sesji), więc nie ma czego oznaczyć</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: no events to import</source>
        <translation>{name}: brak wydarzeń do zaimportowania</translation>
    </message>
    <message numerus="yes">
        <source>{name}: none of its %n event(s) is a session of {conference} (is it from another conference?)</source>
        <translation>
            <numerusform>{name}: jego %n wydarzenie nie jest sesją {conference} (czy pochodzi z innej konferencji?)</numerusform>
            <numerusform>{name}: żadne z jego %n wydarzeń nie jest sesją {conference} (czy pochodzi z innej konferencji?)</numerusform>
            <numerusform>{name}: żadne z jego %n wydarzeń nie jest sesją {conference} (czy pochodzi z innej konferencji?)</numerusform>
        </translation>
    </message>
</context>
</TS>
