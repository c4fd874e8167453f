<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <source>Removed {name} from the plan (its picks are kept)</source>
        <translation>{name} tolta dal piano (le sue scelte restano)</translation>
    </message>
    <message>
        <source>{name} is already in this plan</source>
        <translation>{name} è già in questo piano</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed {name}: %n change(s) to your picks</source>
        <translation>
            <numerusform>{name} aggiornata: %n modifica alle tue scelte</numerusform>
            <numerusform>{name} aggiornata: %n modifiche alle tue scelte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n session(s)</source>
        <translation>
            <numerusform>{name} aggiunta: %n sessione</numerusform>
            <numerusform>{name} aggiunta: %n sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name}: %n session(s)</source>
        <translation>
            <numerusform>{name} aperta: %n sessione</numerusform>
            <numerusform>{name} aperta: %n sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name} with %n warning(s): {warning}</source>
        <translation>
            <numerusform>{name} aperta con %n avviso: {warning}</numerusform>
            <numerusform>{name} aperta con %n avvisi: {warning}</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove cancelled session</source>
        <translation>Togli la sessione annullata</translation>
    </message>
    <message>
        <source>; {name}&apos;s {zone} shown in it</source>
        <translation>; l’ora {zone} di {name} vi è mostrata</translation>
    </message>
    <message>
        <source>my computer&apos;s time</source>
        <translation>ora del mio computer</translation>
    </message>
    <message>
        <source>chosen zone</source>
        <translation>fuso scelto</translation>
    </message>
    <message>
        <source>venue time</source>
        <translation>ora della sede</translation>
    </message>
    <message>
        <source>Times: {zone} ({kind}{apart})</source>
        <translation>Orari: {zone} ({kind}{apart})</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stella</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Togli stella</translation>
    </message>
    <message>
        <source>Mark maybe</source>
        <translation>Segna forse</translation>
    </message>
    <message>
        <source>Clear maybe</source>
        <translation>Togli forse</translation>
    </message>
    <message>
        <source>Keep {title}</source>
        <translation>Tieni {title}</translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) marked maybe (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>{title} tenuta; %n altra segnata forse (Ctrl+Z annulla)</numerusform>
            <numerusform>{title} tenuta; %n altre segnate forse (Ctrl+Z annulla)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) unstarred (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>{title} tenuta; %n altra senza stella (Ctrl+Z annulla)</numerusform>
            <numerusform>{title} tenuta; %n altre senza stella (Ctrl+Z annulla)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your picks are kept in memory but could not be saved: {exc}</source>
        <translation>Le tue scelte sono in memoria ma non è stato possibile salvarle: {exc}</translation>
    </message>
    <message>
        <source>Your note is kept in memory but could not be saved: {exc}</source>
        <translation>La tua nota è in memoria ma non è stato possibile salvarla: {exc}</translation>
    </message>
    <message>
        <source>Your item is kept in memory but could not be saved: {exc}</source>
        <translation>Il tuo elemento è in memoria ma non è stato possibile salvarlo: {exc}</translation>
    </message>
    <message>
        <source>Import picks</source>
        <translation>Importa scelte</translation>
    </message>
    <message>
        <source>The import is kept in memory but could not be saved: {exc}</source>
        <translation>L’importazione è in memoria ma non è stato possibile salvarla: {exc}</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Nessun promemoria</translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation>All’inizio</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5 minuti prima</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 minuti prima</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minuti prima</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 minuti prima</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 ora prima</translation>
    </message>
    <message>
        <source>Export my agenda</source>
        <translation>Esporta la mia agenda</translation>
    </message>
    <message numerus="yes">
        <source>Writes your %n starred session(s) as an iCalendar file for your phone or calendar. Importing it again updates the events instead of adding them twice.</source>
        <translation>
            <numerusform>Scrive la tua %n sessione con stella in un file iCalendar per il telefono o il calendario. Importarlo di nuovo aggiorna gli eventi invece di aggiungerli due volte.</numerusform>
            <numerusform>Scrive le tue %n sessioni con stella in un file iCalendar per il telefono o il calendario. Importarlo di nuovo aggiorna gli eventi invece di aggiungerli due volte.</numerusform>
        </translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>File da scrivere</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message numerus="yes">
        <source>Include my %n maybe(s)</source>
        <translation>
            <numerusform>Includi il mio %n forse</numerusform>
            <numerusform>Includi i miei %n forse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minuto prima</numerusform>
            <numerusform>%n minuti prima</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Promemoria:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Tasti freccia</translation>
    </message>
    <message>
        <source>Move to the next session in that direction</source>
        <translation>Vai alla sessione successiva in quella direzione</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <source>Star or unstar the selected session</source>
        <translation>Metti o togli la stella alla sessione scelta</translation>
    </message>
    <message>
        <source>Shift+Space</source>
        <translation>Shift+Spazio</translation>
    </message>
    <message>
        <source>Mark the selected session maybe</source>
        <translation>Segna forse la sessione scelta</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Show the selected session&apos;s details</source>
        <translation>Mostra i dettagli della sessione scelta</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menu, Shift+F10</translation>
    </message>
    <message>
        <source>The selected session&apos;s menu</source>
        <translation>Il menu della sessione scelta</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Show day 1 to 9</source>
        <translation>Mostra il giorno da 1 a 9</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+rotella</translation>
    </message>
    <message>
        <source>Zoom the grid</source>
        <translation>Ingrandisci la griglia</translation>
    </message>
    <message>
        <source>Shift+wheel</source>
        <translation>Maiusc+rotella</translation>
    </message>
    <message>
        <source>Scroll across the rooms</source>
        <translation>Scorrere tra le sale</translation>
    </message>
    <message>
        <source>Esc (in the search box)</source>
        <translation>Esc (nella ricerca)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Cosa fanno</translation>
    </message>
    <message>
        <source>Plan your conference: the schedule as a day × room grid, your picks and their clashes, an agenda for your phone&apos;s calendar.</source>
        <translation>Pianifica la tua conferenza: il programma come griglia giorni × sale, le tue scelte e le loro sovrapposizioni, un’agenda per il calendario del telefono.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty.</source>
        <translation>Licenza: GNU General Public License, versione 3 o successiva (GPL-3.0-or-later). Questo programma non ha alcuna garanzia.</translation>
    </message>
    <message>
        <source>About Agenda</source>
        <translation>Informazioni su Agenda</translation>
    </message>
    <message>
        <source>Add my own item</source>
        <translation>Aggiungi un mio elemento</translation>
    </message>
    <message>
        <source>Lunch with a colleague, a booth shift…</source>
        <translation>Pranzo con una collega, un turno allo stand…</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Cosa:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fine:</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>&amp;Dove:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> e altre {n}</translation>
    </message>
    <message>
        <source>⚠ CLASH with {shown}</source>
        <translation>⚠ SOVRAPPOSTA a {shown}</translation>
    </message>
    <message>
        <source>☆ maybe (a backup)</source>
        <translation>☆ forse (un’alternativa)</translation>
    </message>
    <message>
        <source>⇄ only {minutes} min to get there</source>
        <translation>⇄ solo {minutes} min per arrivarci</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>tutto il giorno</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>free {span} ({length})</source>
        <translation>libero {span} ({length})</translation>
    </message>
    <message>
        <source>venue-wide</source>
        <translation>tutta la sede</translation>
    </message>
    <message>
        <source> (off-site)</source>
        <translation> (fuori sede)</translation>
    </message>
    <message>
        <source>  (continued)</source>
        <translation>  (continua)</translation>
    </message>
    <message>
        <source>Times in {zone} · {stars} starred</source>
        <translation>Orari in {zone} · {stars} con stella</translation>
    </message>
    <message>
        <source>, {n} maybe</source>
        <translation>, {n} forse</translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n session(s) clash</source>
        <translation>
            <numerusform> · ⚠ %n sessione sovrapposta</numerusform>
            <numerusform> · ⚠ %n sessioni sovrapposte</numerusform>
        </translation>
    </message>
    <message>
        <source>My agenda · page {n} of {total} · printed by Agenda</source>
        <translation>La mia agenda · pagina {n} di {total} · stampata da Agenda</translation>
    </message>
    <message>
        <source>My agenda: {title}</source>
        <translation>La mia agenda: {title}</translation>
    </message>
    <message>
        <source>Port {port} is in use now, so the link has a new port: a phone subscribed before must scan the new code.</source>
        <translation>La porta {port} è occupata, quindi il link ha una nuova porta: un telefono abbonato prima deve scansionare il nuovo codice.</translation>
    </message>
    <message>
        <source>Subscribe: your phone&apos;s calendar keeps polling this computer and follows every star, unstar and time change while the two are on the same network. Subscribed calendars often drop reminders (Apple&apos;s default is &quot;Remove Alerts&quot;, Google ignores them); choose Add once to keep them. Apple Calendar and ICSx⁵ on Android poll from the phone itself; Google Calendar polls from Google&apos;s servers, which cannot reach this computer: on Android, use ICSx⁵ or Add once.</source>
        <translation>Abbonati: il calendario del telefono interroga questo computer e segue ogni stella, rimozione e cambio d’orario finché i due sono sulla stessa rete. I calendari in abbonamento spesso perdono i promemoria (Apple propone «Rimuovi avvisi» di default, Google li ignora); scegli Aggiungi una volta per tenerli. Calendario di Apple e ICSx⁵ su Android interrogano dal telefono stesso; Google Calendar interroga dai server di Google, che non possono raggiungere questo computer: su Android usa ICSx⁵ o Aggiungi una volta.</translation>
    </message>
    <message>
        <source>Add once: the phone downloads the file and its calendar imports it, reminders included. Sharing stops after the download, or in 10 minutes.</source>
        <translation>Aggiungi una volta: il telefono scarica il file e il suo calendario lo importa, promemoria compresi. La condivisione si ferma dopo il download, o dopo 10 minuti.</translation>
    </message>
    <message>
        <source>The phone must be on the same network as this computer. Many conference Wi-Fi networks keep devices apart: if the phone cannot open the link, use Save file… and send the file by mail or chat instead.</source>
        <translation>Il telefono deve essere sulla stessa rete di questo computer. Molte reti Wi-Fi delle conferenze isolano i dispositivi: se il telefono non apre il link, usa Salva file… e invia il file per posta o chat.</translation>
    </message>
    <message>
        <source>Send to phone</source>
        <translation>Invia al telefono</translation>
    </message>
    <message>
        <source>&amp;Subscribe (stays up to date)</source>
        <translation>&amp;Abbonati (resta aggiornato)</translation>
    </message>
    <message>
        <source>Add &amp;once (keeps reminders)</source>
        <translation>Aggiungi una &amp;volta (tiene i promemoria)</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>Codice QR del link</translation>
    </message>
    <message>
        <source>Link for the phone</source>
        <translation>Link per il telefono</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Network to share on</source>
        <translation>Rete su cui condividere</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatica</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Rete:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Save &amp;file…</source>
        <translation>Salva &amp;file…</translation>
    </message>
    <message>
        <source>&amp;New link…</source>
        <translation>&amp;Nuovo link…</translation>
    </message>
    <message>
        <source>Make a new secret link. The old one stops working: a phone subscribed to it stops getting updates.</source>
        <translation>Crea un nuovo link segreto. Il vecchio smette di funzionare: un telefono abbonato non riceve più aggiornamenti.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera, or open the link on it.</source>
        <translation>Scansiona il codice con la fotocamera del telefono, o apri il link sul telefono.</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nuovo link</translation>
    </message>
    <message>
        <source>Make a new link? The link given out before stops working: a phone subscribed to it stops getting updates until it subscribes to the new one.</source>
        <translation>Creare un nuovo link? Il link dato prima smette di funzionare: un telefono abbonato non riceve aggiornamenti finché non si abbona al nuovo.</translation>
    </message>
    <message>
        <source>New link made: the old one no longer works. Scan the new code with the phone.</source>
        <translation>Nuovo link creato: il vecchio non funziona più. Scansiona il nuovo codice con il telefono.</translation>
    </message>
    <message>
        <source>Sharing stopped: nothing is served any more.</source>
        <translation>Condivisione fermata: non viene più servito nulla.</translation>
    </message>
    <message>
        <source>The phone has downloaded your agenda. Sharing stopped.</source>
        <translation>Il telefono ha scaricato la tua agenda. Condivisione fermata.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n time(s).</source>
        <translation>
            <numerusform>Scaricata %n volta.</numerusform>
            <numerusform>Scaricata %n volte.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>&amp;Ferma la condivisione</translation>
    </message>
    <message>
        <source>S&amp;tart sharing</source>
        <translation>&amp;Avvia la condivisione</translation>
    </message>
    <message>
        <source>Not sharing</source>
        <translation>Nessuna condivisione</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Seleziona</translation>
    </message>
    <message>
        <source>Star this session, or unstar it</source>
        <translation>Metti o togli la stella a questa sessione</translation>
    </message>
    <message>
        <source>Select this session and show its details</source>
        <translation>Seleziona questa sessione e mostrane i dettagli</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Miei</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>dalle {start} alle {end}</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>nessuna sala</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non registrata</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>con stella</translation>
    </message>
    <message>
        <source>maybe</source>
        <translation>forse</translation>
    </message>
    <message>
        <source>clashes with another pick</source>
        <translation>sovrapposta a un’altra scelta</translation>
    </message>
    <message>
        <source>⊘ Not recorded: see it live</source>
        <translation>⊘ Non registrata: da vedere dal vivo</translation>
    </message>
    <message>
        <source>off-site: </source>
        <translation>fuori sede: </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this day</source>
        <translation>
            <numerusform>%n sessione in questo giorno</numerusform>
            <numerusform>%n sessioni in questo giorno</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule grid</source>
        <translation>Griglia del programma</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Nessuna sessione in questo giorno</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Nessuna sessione selezionata</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Sovrapposta</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Forse</translation>
    </message>
    <message>
        <source>  • changed</source>
        <translation>  • modificata</translation>
    </message>
    <message>
        <source>  ⊘ not recorded</source>
        <translation>  ⊘ non registrata</translation>
    </message>
    <message>
        <source>⊘ not recorded</source>
        <translation>⊘ non registrata</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Schedule list</source>
        <translation>Elenco del programma</translation>
    </message>
    <message>
        <source>The day&apos;s sessions in time order</source>
        <translation>Le sessioni del giorno in ordine di orario</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Caricamento annullato</translation>
    </message>
    <message>
        <source>Loading {source} …</source>
        <translation>Caricamento di {source} …</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} e {b}</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will be recorded: you can watch it later.</source>
        <translation>{live} non sarà registrata: da vedere dal vivo. {later} sarà registrata: potrai guardarla più tardi.</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will all be recorded: you can watch them later.</source>
        <translation>{live} non sarà registrata: da vedere dal vivo. {later} saranno tutte registrate: potrai guardarle più tardi.</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n sovrapposizione</numerusform>
            <numerusform>%n sovrapposizioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tight transfer(s)</source>
        <translation>
            <numerusform>%n cambio stretto</numerusform>
            <numerusform>%n cambi stretti</numerusform>
        </translation>
    </message>
    <message>
        <source>the others become maybes</source>
        <translation>le altre diventano forse</translation>
    </message>
    <message>
        <source>the others are unstarred</source>
        <translation>le altre perdono la stella</translation>
    </message>
    <message>
        <source>Keep {title} starred. The sessions it clashes with become maybes: backups, drawn dashed, that never count as clashes. Ctrl+Z undoes it.</source>
        <translation>Tieni {title} con stella. Le sessioni sovrapposte diventano forse: alternative, disegnate tratteggiate, che non contano mai come sovrapposizioni. Ctrl+Z annulla.</translation>
    </message>
    <message>
        <source>Keep {title} starred and unstar the sessions it clashes with. Ctrl+Z undoes it.</source>
        <translation>Tieni {title} con stella e togli la stella alle sessioni sovrapposte. Ctrl+Z annulla.</translation>
    </message>
    <message>
        <source>When you keep one,</source>
        <translation>Quando ne tieni una,</translation>
    </message>
    <message>
        <source>What happens to the other clashing sessions</source>
        <translation>Cosa succede alle altre sessioni sovrapposte</translation>
    </message>
    <message>
        <source>No clashes between your starred sessions.</source>
        <translation>Nessuna sovrapposizione tra le tue sessioni con stella.</translation>
    </message>
    <message>
        <source>⚠ Overlap of {minutes} min, {start}–{end}</source>
        <translation>⚠ Sovrapposizione di {minutes} min, {start}–{end}</translation>
    </message>
    <message>
        <source>⇄ Tight transfer: {minutes} min to change rooms at {start}</source>
        <translation>⇄ Cambio stretto: {minutes} min per cambiare sala alle {start}</translation>
    </message>
    <message>
        <source> · ⊘ not recorded</source>
        <translation> · ⊘ non registrata</translation>
    </message>
    <message>
        <source>Keep this one (see it live)</source>
        <translation>Tieni questa (da vedere dal vivo)</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Tieni questa</translation>
    </message>
    <message>
        <source> (not recorded: see it live)</source>
        <translation> (non registrata: da vedere dal vivo)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Other sessions by these speakers</source>
        <translation>Altre sessioni di questi relatori</translation>
    </message>
    <message>
        <source>★ Star</source>
        <translation>★ Stella</translation>
    </message>
    <message>
        <source>☆ Maybe</source>
        <translation>☆ Forse</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Apri link</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>Descrizione della sessione</translation>
    </message>
    <message>
        <source>Your note: why you want to see it, a question to ask…</source>
        <translation>La tua nota: perché vederla, una domanda da fare…</translation>
    </message>
    <message>
        <source>Your note on this session</source>
        <translation>La tua nota su questa sessione</translation>
    </message>
    <message>
        <source>Select a session</source>
        <translation>Scegli una sessione</translation>
    </message>
    <message>
        <source>  (cancelled)</source>
        <translation>  (annullata)</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, tutto il giorno</translation>
    </message>
    <message>
        <source>{day}, {span} ({zone}, UTC{offset})</source>
        <translation>{day}, {span} ({zone}, UTC{offset})</translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation>Un tuo elemento</translation>
    </message>
    <message>
        <source>No room (venue-wide)</source>
        <translation>Nessuna sala (tutta la sede)</translation>
    </message>
    <message>
        <source> · off-site</source>
        <translation> · fuori sede</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>Track: {track}</translation>
    </message>
    <message>
        <source>Will be recorded</source>
        <translation>Sarà registrata</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Con stella</translation>
    </message>
    <message>
        <source>☆ Maybe (backup)</source>
        <translation>☆ Forse (alternativa)</translation>
    </message>
    <message>
        <source>Not picked</source>
        <translation>Non scelta</translation>
    </message>
    <message>
        <source> · clashes with: </source>
        <translation> · sovrapposta a: </translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ Togli stella</translation>
    </message>
    <message>
        <source>☆ Not maybe</source>
        <translation>☆ Non forse</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Su {name}</translation>
    </message>
    <message>
        <source>More by {name}: </source>
        <translation>Altro di {name}: </translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>La mia agenda</translation>
    </message>
    <message>
        <source>{stars} starred, {maybes} maybe</source>
        <translation>{stars} con stella, {maybes} forse</translation>
    </message>
    <message>
        <source>, {n} cancelled</source>
        <translation>, {n} annullate</translation>
    </message>
    <message>
        <source>, {n} removed</source>
        <translation>, {n} tolte</translation>
    </message>
    <message>
        <source>{minutes} min free</source>
        <translation>{minutes} min liberi</translation>
    </message>
    <message>
        <source>  ⚠ clash</source>
        <translation>  ⚠ sovrapposta</translation>
    </message>
    <message>
        <source>  (removed from the schedule: click to remove from your picks)</source>
        <translation>  (tolta dal programma: clicca per toglierla dalle tue scelte)</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Spostata</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nuova sala</translation>
    </message>
    <message>
        <source>Retitled</source>
        <translation>Rinominata</translation>
    </message>
    <message>
        <source>Ends later</source>
        <translation>Finisce più tardi</translation>
    </message>
    <message>
        <source>Ends earlier</source>
        <translation>Finisce prima</translation>
    </message>
    <message>
        <source>Starts at another time</source>
        <translation>Inizia a un’altra ora</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Capito</translation>
    </message>
    <message>
        <source>Mark these changes as seen</source>
        <translation>Segna queste modifiche come viste</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to your picks</source>
        <translation>
            <numerusform>%n modifica alle tue scelte</numerusform>
            <numerusform>%n modifiche alle tue scelte</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to your picks</source>
        <translation>Nessuna modifica alle tue scelte</translation>
    </message>
    <message numerus="yes">
        <source>; %n new session(s) in the schedule</source>
        <translation>
            <numerusform>; %n nuova sessione nel programma</numerusform>
            <numerusform>; %n nuove sessioni nel programma</numerusform>
        </translation>
    </message>
    <message>
        <source>was {when}</source>
        <translation>era {when}</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>Not added: </source>
        <translation>Non aggiunta: </translation>
    </message>
    <message>
        <source>Copy of {fetched}: the new one was refused</source>
        <translation>Copia del {fetched}: la nuova è stata rifiutata</translation>
    </message>
    <message>
        <source>Offline, last updated {fetched}</source>
        <translation>Offline, ultimo aggiornamento {fetched}</translation>
    </message>
    <message>
        <source>Not added: {message}</source>
        <translation>Non aggiunta: {message}</translation>
    </message>
    <message>
        <source> (showing {name} instead)</source>
        <translation> (al suo posto è mostrata {name})</translation>
    </message>
    <message>
        <source>&amp;Add a conference…</source>
        <translation>&amp;Aggiungi una conferenza…</translation>
    </message>
    <message>
        <source>Add a conference &amp;from URL…</source>
        <translation>Aggiungi una conferenza da &amp;URL…</translation>
    </message>
    <message>
        <source>&amp;Conferences in this plan</source>
        <translation>&amp;Conferenze in questo piano</translation>
    </message>
    <message>
        <source>Add a conference to this plan</source>
        <translation>Aggiungi una conferenza a questo piano</translation>
    </message>
    <message>
        <source>Schedules (*.ics *.ical *.xml *.json);;All files (*)</source>
        <translation>Programmi (*.ics *.ical *.xml *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Add a conference from URL</source>
        <translation>Aggiungi una conferenza da URL</translation>
    </message>
    <message>
        <source>Schedule URL (iCalendar, schedule.xml or schedule.json; https://, http:// or webcal://):</source>
        <translation>URL del programma (iCalendar, schedule.xml o schedule.json; https://, http:// o webcal://):</translation>
    </message>
    <message>
        <source>(no schedule open)</source>
        <translation>(nessun programma aperto)</translation>
    </message>
    <message>
        <source>Refresh {name}</source>
        <translation>Aggiorna {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the plan</source>
        <translation>Togli {name} dal piano</translation>
    </message>
    <message>
        <source>Add a conference to plan several together</source>
        <translation>Aggiungi una conferenza per pianificarne diverse insieme</translation>
    </message>
    <message>
        <source>A schedule was dropped</source>
        <translation>È stato rilasciato un programma</translation>
    </message>
    <message>
        <source>Add {dropped} to this plan, beside {name}, or open it instead?</source>
        <translation>Aggiungere {dropped} a questo piano, accanto a {name}, o aprirlo al suo posto?</translation>
    </message>
    <message>
        <source>&amp;Add to this plan</source>
        <translation>&amp;Aggiungi a questo piano</translation>
    </message>
    <message>
        <source>&amp;Open instead</source>
        <translation>Apri al suo &amp;posto</translation>
    </message>
    <message>
        <source>Days ▾</source>
        <translation>Giorni ▾</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Scegli un giorno</translation>
    </message>
    <message>
        <source>Every day of the conference</source>
        <translation>Tutti i giorni della conferenza</translation>
    </message>
    <message>
        <source>Search titles, speakers, rooms, tracks… (Ctrl+F)</source>
        <translation>Cerca titoli, relatori, sale, track… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Solo con stella</translation>
    </message>
    <message>
        <source>Hide others</source>
        <translation>Nascondi le altre</translation>
    </message>
    <message>
        <source>Hide sessions that do not match instead of dimming them</source>
        <translation>Nascondi le sessioni che non corrispondono invece di attenuarle</translation>
    </message>
    <message>
        <source>+{n} more…</source>
        <translation>+altri {n}…</translation>
    </message>
    <message>
        <source>Click a track to show only it (again to undo)</source>
        <translation>Clicca un track per mostrare solo quello (di nuovo per annullare)</translation>
    </message>
    <message>
        <source>Tracks ({n})</source>
        <translation>Track ({n})</translation>
    </message>
    <message>
        <source>Rooms ({n})</source>
        <translation>Sale ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n matching session(s), {on_day} on this day</source>
        <translation>
            <numerusform>%n sessione corrispondente, {on_day} in questo giorno</numerusform>
            <numerusform>%n sessioni corrispondenti, {on_day} in questo giorno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) fit in this gap</source>
        <translation>
            <numerusform>%n sessione sta in questo intervallo</numerusform>
            <numerusform>%n sessioni stanno in questo intervallo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <source>No matching sessions on this day</source>
        <translation>Nessuna sessione corrispondente in questo giorno</translation>
    </message>
    <message>
        <source>{n} of {hits}</source>
        <translation>{n} di {hits}</translation>
    </message>
    <message>
        <source>No clashes</source>
        <translation>Nessuna sovrapposizione</translation>
    </message>
    <message>
        <source>Clash {n} of {clashes}</source>
        <translation>Sovrapposizione {n} di {clashes}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Sistema ({language})</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Orologio</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>Come li scrive la lingua</translation>
    </message>
    <message>
        <source>24-hour (14:30)</source>
        <translation>24 ore (14:30)</translation>
    </message>
    <message>
        <source>12-hour (2:30 PM)</source>
        <translation>12 ore (2:30 PM)</translation>
    </message>
    <message>
        <source>Agenda will be in {language} the next time it opens.</source>
        <translation>Agenda sarà in {language} alla prossima apertura.</translation>
    </message>
    <message>
        <source>Times will read this way the next time Agenda opens.</source>
        <translation>Gli orari appariranno così alla prossima apertura di Agenda.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Conference days</source>
        <translation>Giorni della conferenza</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Venue time</source>
        <translation>Ora della sede</translation>
    </message>
    <message>
        <source>My computer&apos;s time</source>
        <translation>Ora del mio computer</translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation>Altro fuso…</translation>
    </message>
    <message>
        <source>Show or hide the side panel (F9)</source>
        <translation>Mostra o nascondi il pannello laterale (F9)</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Pannello laterale</translation>
    </message>
    <message>
        <source>Clash count</source>
        <translation>Numero di sovrapposizioni</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>Sovrapposizioni</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Caricamento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>{name} — Agenda</source>
        <translation>{name} — Agenda</translation>
    </message>
    <message>
        <source>Clashes ({n})</source>
        <translation>Sovrapposizioni ({n})</translation>
    </message>
    <message>
        <source>Loading the schedule…</source>
        <translation>Caricamento del programma…</translation>
    </message>
    <message>
        <source>No schedule open (File › Open)</source>
        <translation>Nessun programma aperto (File › Apri)</translation>
    </message>
    <message>
        <source>What changed ({n})</source>
        <translation>Modifiche ({n})</translation>
    </message>
    <message>
        <source>Your latest picks could not be saved: {problem}

Quit anyway?</source>
        <translation>Non è stato possibile salvare le tue ultime scelte: {problem}

Uscire comunque?</translation>
    </message>
    <message>
        <source>showing the copy from {fetched}: the server&apos;s new copy was refused ({reason})</source>
        <translation>è mostrata la copia del {fetched}: la nuova copia del server è stata rifiutata ({reason})</translation>
    </message>
    <message>
        <source>offline, last updated {fetched} ({reason})</source>
        <translation>offline, ultimo aggiornamento {fetched} ({reason})</translation>
    </message>
    <message>
        <source>{url}: redirected to a {scheme}: URL ({target}); only http and https redirects are followed</source>
        <translation>{url}: reindirizzato a un URL {scheme}: ({target}); si seguono solo reindirizzamenti http e https</translation>
    </message>
    <message>
        <source>{url}: redirected from https to unencrypted http ({target}); refused</source>
        <translation>{url}: reindirizzato da https a http non cifrato ({target}); rifiutato</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be opened</source>
        <translation>{url}: si possono aprire solo URL http, https e webcal</translation>
    </message>
    <message>
        <source>{url}: timed out after {seconds} s (no complete answer by then)</source>
        <translation>{url}: tempo scaduto dopo {seconds} s (nessuna risposta completa)</translation>
    </message>
    <message>
        <source>{url}: the feed is larger than {mb} MB; not loaded</source>
        <translation>{url}: il programma supera {mb} MB; non caricato</translation>
    </message>
    <message>
        <source>{url}: redirected to a URL that is not http or https; not followed</source>
        <translation>{url}: reindirizzato a un URL che non è né http né https; non seguito</translation>
    </message>
    <message>
        <source>{url}: too many redirects (more than {n})</source>
        <translation>{url}: troppi reindirizzamenti (più di {n})</translation>
    </message>
    <message>
        <source>{url}: HTTP {code} {reason}</source>
        <translation>{url}: HTTP {code} {reason}</translation>
    </message>
    <message>
        <source>{url}: no secure (https) connection could be made</source>
        <translation>{url}: impossibile stabilire una connessione sicura (https)</translation>
    </message>
    <message>
        <source>{url}: cannot connect ({reason})</source>
        <translation>{url}: impossibile connettersi ({reason})</translation>
    </message>
    <message>
        <source>{url}: network error ({reason})</source>
        <translation>{url}: errore di rete ({reason})</translation>
    </message>
    <message>
        <source>{url}: the server&apos;s answer broke off ({reason})</source>
        <translation>{url}: la risposta del server si è interrotta ({reason})</translation>
    </message>
    <message>
        <source>{url}: this URL returned a web page, not a calendar feed or schedule</source>
        <translation>{url}: questo URL ha restituito una pagina web, non un calendario né un programma</translation>
    </message>
    <message>
        <source>{url}: the response is not an iCalendar feed, schedule.xml or schedule.json</source>
        <translation>{url}: la risposta non è un feed iCalendar, né schedule.xml, né schedule.json</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be added</source>
        <translation>{url}: si possono aggiungere solo URL http, https e webcal</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Apri &amp;URL…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Export my agenda…</source>
        <translation>&amp;Esporta la mia agenda…</translation>
    </message>
    <message>
        <source>Send to &amp;phone…</source>
        <translation>Invia al &amp;telefono…</translation>
    </message>
    <message>
        <source>&amp;Import picks…</source>
        <translation>&amp;Importa scelte…</translation>
    </message>
    <message>
        <source>Import picks from UR&amp;L…</source>
        <translation>Importa scelte da UR&amp;L…</translation>
    </message>
    <message>
        <source>&amp;Print my agenda…</source>
        <translation>Stam&amp;pa la mia agenda…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Antepri&amp;ma di stampa…</translation>
    </message>
    <message>
        <source>Save agenda as P&amp;DF…</source>
        <translation>Salva l’agenda come P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Trova &amp;successivo</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Trova &amp;precedente</translation>
    </message>
    <message>
        <source>Minutes to change &amp;rooms…</source>
        <translation>Minuti per cambiare &amp;sala…</translation>
    </message>
    <message>
        <source>Add my &amp;own item…</source>
        <translation>Aggiungi un m&amp;io elemento…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically…</source>
        <translation>Aggiorna &amp;automaticamente…</translation>
    </message>
    <message>
        <source>Next clash</source>
        <translation>Sovrapposizione successiva</translation>
    </message>
    <message>
        <source>Previous clash</source>
        <translation>Sovrapposizione precedente</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About Agenda</source>
        <translation>&amp;Informazioni su Agenda</translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation>Mostra gli orari in:</translation>
    </message>
    <message>
        <source>Open schedule feed</source>
        <translation>Apri un programma</translation>
    </message>
    <message>
        <source>iCalendar feeds (*.ics *.ical);;All files (*)</source>
        <translation>Programmi iCalendar (*.ics *.ical);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>Apri URL</translation>
    </message>
    <message>
        <source>Schedule feed URL (https://, http:// or webcal://):</source>
        <translation>URL del programma (https://, http:// o webcal://):</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>Aggiorna automaticamente</translation>
    </message>
    <message>
        <source>Refresh the feed every (minutes, 0 = never):</source>
        <translation>Aggiorna il programma ogni (minuti, 0 = mai):</translation>
    </message>
    <message>
        <source>Minutes to change rooms</source>
        <translation>Minuti per cambiare sala</translation>
    </message>
    <message>
        <source>Flag consecutive picks in different rooms closer than (minutes):</source>
        <translation>Segnala scelte consecutive in sale diverse a meno di (minuti):</translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation>Esportazione non riuscita: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s)</source>
        <translation>
            <numerusform>%n sessione esportata</numerusform>
            <numerusform>%n sessioni esportate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n cancellation(s)</source>
        <translation>
            <numerusform> e %n annullamento</numerusform>
            <numerusform> e %n annullamenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n conferences</source>
        <translation>
            <numerusform> da %n conferenze</numerusform>
            <numerusform> da %n conferenze</numerusform>
        </translation>
    </message>
    <message>
        <source> to {path}</source>
        <translation> in {path}</translation>
    </message>
    <message>
        <source>. Note: {problem}</source>
        <translation>. Nota: {problem}</translation>
    </message>
    <message>
        <source>Nothing to print yet: star the sessions you want on paper first.</source>
        <translation>Ancora niente da stampare: metti prima la stella alle sessioni che vuoi su carta.</translation>
    </message>
    <message>
        <source>Print preview — my agenda</source>
        <translation>Anteprima di stampa — la mia agenda</translation>
    </message>
    <message numerus="yes">
        <source>Printed your agenda: %n page(s)</source>
        <translation>
            <numerusform>Agenda stampata: %n pagina</numerusform>
            <numerusform>Agenda stampata: %n pagine</numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda as PDF</source>
        <translation>Salva l’agenda come PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF failed: {exc}</source>
        <translation>Salvataggio del PDF non riuscito: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Saved your agenda (%n page(s)) to {path}</source>
        <translation>
            <numerusform>Agenda salvata (%n pagina) in {path}</numerusform>
            <numerusform>Agenda salvata (%n pagine) in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing with your phone</source>
        <translation>Condivisione con il telefono</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Ferma la condivisione</translation>
    </message>
    <message>
        <source>Sharing with your phone: {url}</source>
        <translation>Condivisione con il telefono: {url}</translation>
    </message>
    <message>
        <source>Import it in your phone&apos;s or computer&apos;s calendar; after a change, export again and import the new file: events are updated, not doubled.</source>
        <translation>Importalo nel calendario del telefono o del computer; dopo una modifica, esporta di nuovo e importa il nuovo file: gli eventi vengono aggiornati, non duplicati.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Calendar files and shared favourites (*.ics *.ical *.ifb *.json *.txt);;All files (*)</source>
        <translation>File di calendario e preferiti condivisi (*.ics *.ical *.ifb *.json *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import picks from URL</source>
        <translation>Importa scelte da URL</translation>
    </message>
    <message>
        <source>The calendar of your picks (https://, http:// or webcal://), such as Sched&apos;s &quot;my schedule&quot; feed, or a Giggity share link:</source>
        <translation>Il calendario delle tue scelte (https://, http:// o webcal://), come il feed «my schedule» di Sched, o un link di condivisione di Giggity:</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <translation>il link di Giggity</translation>
    </message>
    <message>
        <source>Nothing imported: {url}: only http, https and webcal URLs can be read</source>
        <translation>Niente importato: {url}: si possono leggere solo URL http, https e webcal</translation>
    </message>
    <message>
        <source>Downloading your picks from {url}…</source>
        <translation>Scaricamento delle tue scelte da {url}…</translation>
    </message>
    <message>
        <source>Nothing imported: {message}</source>
        <translation>Niente importato: {message}</translation>
    </message>
    <message>
        <source>Nothing imported: {exc}</source>
        <translation>Niente importato: {exc}</translation>
    </message>
    <message>
        <source>Nothing imported: {problem}</source>
        <translation>Niente importato: {problem}</translation>
    </message>
    <message>
        <source>{n} starred</source>
        <translation>{n} con stella</translation>
    </message>
    <message>
        <source>{n} marked maybe</source>
        <translation>{n} segnate forse</translation>
    </message>
    <message>
        <source>{n} already picked</source>
        <translation>{n} già scelte</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of your own</source>
        <translation>
            <numerusform>%n elemento tuo</numerusform>
            <numerusform>%n elementi tuoi</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} hidden in Giggity left as they are</source>
        <translation>{n} nascoste in Giggity lasciate come sono</translation>
    </message>
    <message>
        <source>Imported from {name}: </source>
        <translation>Importato da {name}: </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) did not match one session: star them by hand (Show Details lists them). Edit → Undo takes the import back.</source>
        <translation>
            <numerusform>%n evento non corrisponde a una sola sessione: mettigli la stella a mano (Mostra dettagli lo elenca). Modifica → Annulla annulla l’importazione.</numerusform>
            <numerusform>%n eventi non corrispondono a una sola sessione: mettigli la stella a mano (Mostra dettagli li elenca). Modifica → Annulla annulla l’importazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found: {title} ({when})</source>
        <translation>Non trovata: {title} ({when})</translation>
    </message>
    <message>
        <source>More than one match: {title} ({when})</source>
        <translation>Più di una corrispondenza: {title} ({when})</translation>
    </message>
    <message>
        <source>Edit → Undo takes the import back.</source>
        <translation>Modifica → Annulla annulla l’importazione.</translation>
    </message>
    <message>
        <source>Not added: {exc}</source>
        <translation>Non aggiunto: {exc}</translation>
    </message>
    <message>
        <source>Added {title} to your agenda (the Mine column)</source>
        <translation>{title} aggiunto alla tua agenda (la colonna Miei)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>nessun orario</translation>
    </message>
    <message>
        <source>★ &amp;Star</source>
        <translation>★ &amp;Stella</translation>
    </message>
    <message>
        <source>☆ &amp;Maybe</source>
        <translation>☆ &amp;Forse</translation>
    </message>
    <message>
        <source>&amp;Unstar</source>
        <translation>&amp;Togli stella</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>Apri &amp;link</translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation>&amp;Copia titolo</translation>
    </message>
    <message>
        <source>Show in My &amp;agenda</source>
        <translation>Mostra nella mia &amp;agenda</translation>
    </message>
    <message>
        <source>&amp;Remove my item</source>
        <translation>&amp;Togli il mio elemento</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Dimensione &amp;reale</translation>
    </message>
    <message>
        <source>&amp;Fit rooms to width</source>
        <translation>&amp;Adatta le sale alla larghezza</translation>
    </message>
    <message>
        <source>&amp;List view</source>
        <translation>Vista a &amp;elenco</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>&amp;Pannello laterale</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation>Zoom {percent}</translation>
    </message>
    <message numerus="yes">
        <source>all %n room(s) fitted to the width</source>
        <translation>
            <numerusform>%n sala adattata alla larghezza</numerusform>
            <numerusform>tutte le %n sale adattate alla larghezza</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} rooms fit at a readable width: scroll sideways for the others</source>
        <translation>{shown} sale su {total} stanno a una larghezza leggibile: scorri di lato per le altre</translation>
    </message>
    <message>
        <source>{where}: invalid UTF-8 replaced</source>
        <translation>{where}: UTF-8 non valido sostituito</translation>
    </message>
    <message>
        <source>{name}: empty file, not an iCalendar feed</source>
        <translation>{name}: file vuoto, non è un feed iCalendar</translation>
    </message>
    <message>
        <source>{name}: this is a web page (HTML/XML), not a calendar feed</source>
        <translation>{name}: questa è una pagina web (HTML/XML), non un calendario</translation>
    </message>
    <message>
        <source>{name} line {line}: not an iCalendar file (expected BEGIN:VCALENDAR)</source>
        <translation>{name} riga {line}: non è un file iCalendar (atteso BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>{name}: not an iCalendar file (no BEGIN:VCALENDAR or BEGIN:VEVENT)</source>
        <translation>{name}: non è un file iCalendar (nessun BEGIN:VCALENDAR né BEGIN:VEVENT)</translation>
    </message>
    <message>
        <source>{name}: {zones} time zone definitions (VTIMEZONE); a calendar feed has a few, and at most {most} are read</source>
        <translation>{name}: {zones} definizioni di fuso orario (VTIMEZONE); un calendario ne ha poche, e se ne leggono al massimo {most}</translation>
    </message>
    <message>
        <source>{name}: components nested too deeply</source>
        <translation>{name}: componenti annidati troppo in profondità</translation>
    </message>
    <message>
        <source>no DTSTART</source>
        <translation>nessun DTSTART</translation>
    </message>
    <message>
        <source>unreadable DTSTART</source>
        <translation>DTSTART illeggibile</translation>
    </message>
    <message>
        <source>{name} line {line}</source>
        <translation>{name} riga {line}</translation>
    </message>
    <message>
        <source>{where}: ignored a broken line in {event}</source>
        <translation>{where}: ignorata una riga danneggiata in {event}</translation>
    </message>
    <message>
        <source>{name}: ignored a top-level {component} outside any VCALENDAR</source>
        <translation>{name}: ignorato un {component} di primo livello fuori da ogni VCALENDAR</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n event(s) not inside a VCALENDAR; read anyway</source>
        <translation>
            <numerusform>{name}: %n evento non è dentro un VCALENDAR; letto comunque</numerusform>
            <numerusform>{name}: %n eventi non sono dentro un VCALENDAR; letti comunque</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {n} calendars in one file; merged</source>
        <translation>{name}: {n} calendari in un file; uniti</translation>
    </message>
    <message>
        <source>{name}: X-WR-TIMEZONE {zone} is not a known time zone; ignored</source>
        <translation>{name}: X-WR-TIMEZONE {zone} non è un fuso orario noto; ignorato</translation>
    </message>
    <message>
        <source>{where}: not a calendar line ({raw}): the file is damaged or not iCalendar</source>
        <translation>{where}: non è una riga di calendario ({raw}): il file è danneggiato o non è iCalendar</translation>
    </message>
    <message>
        <source>{where}: cannot read this calendar ({reason})</source>
        <translation>{where}: impossibile leggere questo calendario ({reason})</translation>
    </message>
    <message>
        <source>{where}: skipped a stray line outside any event ({raw})</source>
        <translation>{where}: saltata una riga vagante fuori da ogni evento ({raw})</translation>
    </message>
    <message>
        <source>{name}: more than {n} stray lines; not a calendar file</source>
        <translation>{name}: più di {n} righe vaganti; non è un file di calendario</translation>
    </message>
    <message>
        <source>{source}: larger than {mb} MB; not a conference schedule, not loaded</source>
        <translation>{source}: più di {mb} MB; non è un programma di conferenza, non caricato</translation>
    </message>
    <message>
        <source>{source}: no such file</source>
        <translation>{source}: file inesistente</translation>
    </message>
    <message>
        <source>{source}: is a folder, not a calendar file</source>
        <translation>{source}: è una cartella, non un file di calendario</translation>
    </message>
    <message>
        <source>{source}: permission denied</source>
        <translation>{source}: permesso negato</translation>
    </message>
    <message>
        <source>{source}: cannot read ({reason})</source>
        <translation>{source}: impossibile leggere ({reason})</translation>
    </message>
    <message>
        <source>unknown time zone {name} (use an IANA name such as Europe/Paris)</source>
        <translation>fuso orario sconosciuto {name} (usa un nome IANA come Europe/Paris)</translation>
    </message>
    <message>
        <source>{where}: not well-formed XML ({reason})</source>
        <translation>{where}: XML non ben formato ({reason})</translation>
    </message>
    <message>
        <source>a DTD</source>
        <translation>una DTD</translation>
    </message>
    <message>
        <source>entity declarations</source>
        <translation>dichiarazioni di entità</translation>
    </message>
    <message>
        <source>an external reference</source>
        <translation>un riferimento esterno</translation>
    </message>
    <message>
        <source>a forbidden construct</source>
        <translation>un costrutto vietato</translation>
    </message>
    <message>
        <source>{name}: refused: the XML has {what}, which a schedule never needs (nothing was expanded or fetched)</source>
        <translation>{name}: rifiutato: l’XML contiene {what}, che a un programma non serve mai (nulla è stato espanso o scaricato)</translation>
    </message>
    <message>
        <source>{name}: an XML file, but not a schedule.xml (its root is &lt;{root}&gt;)</source>
        <translation>{name}: un file XML, ma non uno schedule.xml (la sua radice è &lt;{root}&gt;)</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name}: non è testo UTF-8</translation>
    </message>
    <message>
        <source>{where}: not valid JSON ({reason})</source>
        <translation>{where}: JSON non valido ({reason})</translation>
    </message>
    <message>
        <source>{name}: JSON nested too deeply</source>
        <translation>{name}: JSON annidato troppo in profondità</translation>
    </message>
    <message>
        <source>{name}: JSON, but not a schedule.json (no schedule.conference)</source>
        <translation>{name}: JSON, ma non uno schedule.json (manca schedule.conference)</translation>
    </message>
    <message>
        <source>{what} {text} is not a date and time such as 2026-04-07T12:30</source>
        <translation>{what} {text} non è una data e ora come 2026-04-07T12:30</translation>
    </message>
    <message>
        <source>an item needs a title</source>
        <translation>un elemento ha bisogno di un titolo</translation>
    </message>
    <message>
        <source>the item ends ({end}) before it starts ({start})</source>
        <translation>l’elemento finisce ({end}) prima di iniziare ({start})</translation>
    </message>
    <message>
        <source>{name}: the Giggity link&apos;s selection is too large</source>
        <translation>{name}: la selezione del link di Giggity è troppo grande</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) cannot be read</source>
        <translation>{name}: un link di Giggity, ma la sua selezione ({key}=) non è leggibile</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) is not a list of events</source>
        <translation>{name}: un link di Giggity, ma la sua selezione ({key}=) non è un elenco di eventi</translation>
    </message>
    <message>
        <source>{name}: not valid JSON</source>
        <translation>{name}: JSON non valido</translation>
    </message>
    <message>
        <source>{name}: JSON, but not an EventFahrplan favourites share (no &quot;lectures&quot;)</source>
        <translation>{name}: JSON, ma non una condivisione di preferiti di EventFahrplan (manca «lectures»)</translation>
    </message>
    <message>
        <source>{name}: no sessions in this EventFahrplan share</source>
        <translation>{name}: nessuna sessione in questa condivisione di EventFahrplan</translation>
    </message>
    <message>
        <source>{path}: not saved, another Agenda has been writing there for over {seconds} s</source>
        <translation>{path}: non salvato, un altro Agenda ci sta scrivendo da oltre {seconds} s</translation>
    </message>
    <message>
        <source>{path}: is a folder</source>
        <translation>{path}: è una cartella</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: impossibile scrivere ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot read {kind} ({reason}); left untouched</source>
        <translation>{path}: impossibile leggere {kind} ({reason}); lasciato com’è</translation>
    </message>
    <message>
        <source>{path}: {kind} is not a regular file; left untouched</source>
        <translation>{path}: {kind} non è un file normale; lasciato com’è</translation>
    </message>
    <message>
        <source>larger than {mb} MB</source>
        <translation>più di {mb} MB</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>JSON non valido ({reason})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>annidato troppo in profondità</translation>
    </message>
    <message>
        <source>{problem}; left untouched</source>
        <translation>{problem}; lasciato com’è</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}); left untouched</source>
        <translation>{path}: {kind} è illeggibile ({problem}); lasciato com’è</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}) and could not be moved aside ({reason}); left untouched</source>
        <translation>{path}: {kind} è illeggibile ({problem}) e non è stato possibile metterlo da parte ({reason}); lasciato com’è</translation>
    </message>
    <message>
        <source>{path}: {kind} was unreadable ({problem}); kept aside as {name}</source>
        <translation>{path}: {kind} era illeggibile ({problem}); messo da parte come {name}</translation>
    </message>
    <message>
        <source>{name}: no VCALENDAR found, not an iCalendar feed</source>
        <translation>{name}: nessun VCALENDAR trovato, non è un feed iCalendar</translation>
    </message>
    <message>
        <source>{name}: day_change {text} is not HH:MM; ignored</source>
        <translation>{name}: day_change {text} non è nel formato HH:MM; ignorato</translation>
    </message>
    <message>
        <source>{problem}; left out</source>
        <translation>{problem}; lasciato fuori</translation>
    </message>
    <message>
        <source>{name}: event {event}</source>
        <translation>{name}: evento {event}</translation>
    </message>
    <message>
        <source>{where}: has neither guid nor id</source>
        <translation>{where}: non ha né guid né id</translation>
    </message>
    <message>
        <source>{where}: date {date} is not an ISO 8601 time</source>
        <translation>{where}: la data {date} non è un orario ISO 8601</translation>
    </message>
    <message>
        <source>{where}: start {start} on {day} is not a time</source>
        <translation>{where}: l’inizio {start} del {day} non è un orario</translation>
    </message>
    <message>
        <source>{where}: has no date</source>
        <translation>{where}: non ha una data</translation>
    </message>
    <message>
        <source>{name}: no usable events in this {generator}{why}</source>
        <translation>{name}: nessun evento utilizzabile in questo {generator}{why}</translation>
    </message>
    <message>
        <source>{where}: duration {text} is longer than {days} days</source>
        <translation>{where}: la durata {text} supera {days} giorni</translation>
    </message>
    <message>
        <source>{where}: duration {text} is not HH:MM</source>
        <translation>{where}: la durata {text} non è nel formato HH:MM</translation>
    </message>
    <message>
        <source>picks file</source>
        <translation>il file delle scelte</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>il file delle impostazioni</translation>
    </message>
    <message>
        <source>schedule snapshot</source>
        <translation>l’istantanea del programma</translation>
    </message>
    <message>
        <source>feed cache</source>
        <translation>la cache del programma</translation>
    </message>
    <message>
        <source>export state</source>
        <translation>lo stato dell’esportazione</translation>
    </message>
    <message>
        <source>share links</source>
        <translation>i link di condivisione</translation>
    </message>
    <message>
        <source>{path}: {kind} has no usable version ({found})</source>
        <translation>{path}: {kind} non ha una versione utilizzabile ({found})</translation>
    </message>
    <message>
        <source>{path}: {kind} was written by a newer Agenda (format {found}, this one reads up to {current}); left untouched, update Agenda to use it</source>
        <translation>{path}: {kind} è stato scritto da un Agenda più recente (formato {found}, questo legge fino al {current}); lasciato com’è, aggiorna Agenda per usarlo</translation>
    </message>
    <message>
        <source>{path}: {kind} format {found} cannot be read by this Agenda (no way from {step})</source>
        <translation>{path}: questo Agenda non può leggere {kind} nel formato {found} (nessun percorso da {step})</translation>
    </message>
    <message>
        <source>{path}: cannot keep a copy before updating its format ({reason})</source>
        <translation>{path}: impossibile tenerne una copia prima di aggiornarne il formato ({reason})</translation>
    </message>
    <message>
        <source>{path}: that is the schedule feed being read; choose another file (nothing written)</source>
        <translation>{path}: è il programma in lettura; scegli un altro file (niente scritto)</translation>
    </message>
    <message>
        <source>{problem}; nothing exported, so that no event is cancelled on your phone (star your sessions again, then export)</source>
        <translation>{problem}; niente esportato, perché nessun evento venga annullato sul telefono (rimetti le stelle, poi esporta)</translation>
    </message>
    <message>
        <source>{path}: your picks file is missing; nothing exported, so that the events exported before are not cancelled on your phone</source>
        <translation>{path}: il file delle scelte manca; niente esportato, perché gli eventi esportati prima non vengano annullati sul telefono</translation>
    </message>
    <message>
        <source>cannot share on {address}:{port}: {reason}</source>
        <translation>impossibile condividere su {address}:{port}: {reason}</translation>
    </message>
    <message>
        <source>{path}: not saved, the existing picks file could not be read or moved aside</source>
        <translation>{path}: non salvato, il file delle scelte esistente non è stato letto né messo da parte</translation>
    </message>
    <message>
        <source>{path}: not saved, the picks file another process wrote could not be read</source>
        <translation>{path}: non salvato, il file delle scelte scritto da un altro processo non è leggibile</translation>
    </message>
    <message numerus="yes">
        <source>{name}: unknown time zone {zone} (%n event(s)); times read in {display}</source>
        <translation>
            <numerusform>{name}: fuso orario sconosciuto {zone} (%n evento); orari letti in {display}</numerusform>
            <numerusform>{name}: fuso orario sconosciuto {zone} (%n eventi); orari letti in {display}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: skipped {event}: {problem}</source>
        <translation>{name}: saltato {event}: {problem}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}: no events in this feed</source>
        <translation>{name}: nessun evento in questo feed</translation>
    </message>
    <message>
        <source>{event} ends before it starts; shown with no duration</source>
        <translation>{event} finisce prima di iniziare; mostrato senza durata</translation>
    </message>
    <message>
        <source>{n} occurrences</source>
        <translation>{n} ricorrenze</translation>
    </message>
    <message>
        <source>{name}: could not apply X-WR-TIMEZONE {zone}: {reason}</source>
        <translation>{name}: impossibile applicare X-WR-TIMEZONE {zone}: {reason}</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats every second (FREQ={freq}); shown once, as written</source>
        <translation>{name}: l’evento ricorrente {event} si ripete ogni secondo (FREQ={freq}); mostrato una volta, come scritto</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats without end; showing its occurrences up to {date}</source>
        <translation>{name}: l’evento ricorrente {event} si ripete senza fine; mostrate le ricorrenze fino al {date}</translation>
    </message>
    <message>
        <source>{name}: recurring events stopped expanding at {limit} (at {event}); later occurrences are not shown</source>
        <translation>{name}: gli eventi ricorrenti hanno smesso di essere espansi a {limit} (a {event}); le ricorrenze successive non sono mostrate</translation>
    </message>
    <message>
        <source>{name}: could not expand the recurrence of {event} ({reason}); shown as written</source>
        <translation>{name}: impossibile espandere la ricorrenza di {event} ({reason}); mostrato come scritto</translation>
    </message>
    <message>
        <source>{name}: {event}: ignored an unreadable {prop} {text}</source>
        <translation>{name}: {event}: ignorato un {prop} illeggibile {text}</translation>
    </message>
    <message>
        <source>the link could not be kept for next time ({reason})</source>
        <translation>non è stato possibile tenere il link per la prossima volta ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: it only hides %n session(s) (Agenda hides no single session), so there is nothing to star</source>
        <translation>
            <numerusform>{name}: nasconde solo %n sessione (Agenda non nasconde singole sessioni), quindi non c’è nulla da segnare</numerusform>
            <numerusform>{name}: nasconde solo %n sessioni (Agenda non nasconde singole sessioni), quindi non c’è nulla da segnare</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: no events to import</source>
        <translation>{name}: nessun evento da importare</translation>
    </message>
    <message numerus="yes">
        <source>{name}: none of its %n event(s) is a session of {conference} (is it from another conference?)</source>
        <translation>
            <numerusform>{name}: il suo %n evento non è una sessione di {conference} (viene da un’altra conferenza?)</numerusform>
            <numerusform>{name}: nessuno dei suoi %n eventi è una sessione di {conference} (viene da un’altra conferenza?)</numerusform>
        </translation>
    </message>
</context>
</TS>
