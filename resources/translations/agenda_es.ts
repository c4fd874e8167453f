<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Removed {name} from the plan (its picks are kept)</source>
        <translation>{name} quitado del plan (sus elecciones se conservan)</translation>
    </message>
    <message>
        <source>{name} is already in this plan</source>
        <translation>{name} ya está en este plan</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed {name}: %n change(s) to your picks</source>
        <translation>
            <numerusform>{name} actualizado: %n cambio en tus elecciones</numerusform>
            <numerusform>{name} actualizado: %n cambios en tus elecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n session(s)</source>
        <translation>
            <numerusform>{name} añadido: %n sesión</numerusform>
            <numerusform>{name} añadido: %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name}: %n session(s)</source>
        <translation>
            <numerusform>{name} abierto: %n sesión</numerusform>
            <numerusform>{name} abierto: %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name} with %n warning(s): {warning}</source>
        <translation>
            <numerusform>{name} abierto con %n aviso: {warning}</numerusform>
            <numerusform>{name} abierto con %n avisos: {warning}</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove cancelled session</source>
        <translation>Quitar la sesión cancelada</translation>
    </message>
    <message>
        <source>; {name}&apos;s {zone} shown in it</source>
        <translation>; la hora {zone} de {name} se muestra en ella</translation>
    </message>
    <message>
        <source>my computer&apos;s time</source>
        <translation>hora de mi ordenador</translation>
    </message>
    <message>
        <source>chosen zone</source>
        <translation>zona elegida</translation>
    </message>
    <message>
        <source>venue time</source>
        <translation>hora del lugar</translation>
    </message>
    <message>
        <source>Times: {zone} ({kind}{apart})</source>
        <translation>Horas: {zone} ({kind}{apart})</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Marcar con estrella</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Quitar estrella</translation>
    </message>
    <message>
        <source>Mark maybe</source>
        <translation>Marcar como quizá</translation>
    </message>
    <message>
        <source>Clear maybe</source>
        <translation>Quitar quizá</translation>
    </message>
    <message>
        <source>Keep {title}</source>
        <translation>Conservar {title}</translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) marked maybe (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>{title} conservada; %n otra marcada como quizá (Ctrl+Z lo deshace)</numerusform>
            <numerusform>{title} conservada; %n otras marcadas como quizá (Ctrl+Z lo deshace)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) unstarred (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>{title} conservada; %n otra sin estrella (Ctrl+Z lo deshace)</numerusform>
            <numerusform>{title} conservada; %n otras sin estrella (Ctrl+Z lo deshace)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your picks are kept in memory but could not be saved: {exc}</source>
        <translation>Tus elecciones están en memoria pero no se pudieron guardar: {exc}</translation>
    </message>
    <message>
        <source>Your note is kept in memory but could not be saved: {exc}</source>
        <translation>Tu nota está en memoria pero no se pudo guardar: {exc}</translation>
    </message>
    <message>
        <source>Your item is kept in memory but could not be saved: {exc}</source>
        <translation>Tu elemento está en memoria pero no se pudo guardar: {exc}</translation>
    </message>
    <message>
        <source>Import picks</source>
        <translation>Importar elecciones</translation>
    </message>
    <message>
        <source>The import is kept in memory but could not be saved: {exc}</source>
        <translation>La importación está en memoria pero no se pudo guardar: {exc}</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Sin recordatorio</translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation>Al empezar</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5 minutos antes</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 minutos antes</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutos antes</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 minutos antes</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <source>Export my agenda</source>
        <translation>Exportar mi agenda</translation>
    </message>
    <message numerus="yes">
        <source>Writes your %n starred session(s) as an iCalendar file for your phone or calendar. Importing it again updates the events instead of adding them twice.</source>
        <translation>
            <numerusform>Escribe tu %n sesión con estrella como archivo iCalendar para tu teléfono o calendario. Importarlo de nuevo actualiza los eventos en lugar de duplicarlos.</numerusform>
            <numerusform>Escribe tus %n sesiones con estrella como archivo iCalendar para tu teléfono o calendario. Importarlo de nuevo actualiza los eventos en lugar de duplicarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message numerus="yes">
        <source>Include my %n maybe(s)</source>
        <translation>
            <numerusform>Incluir mi %n quizá</numerusform>
            <numerusform>Incluir mis %n quizá</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minuto antes</numerusform>
            <numerusform>%n minutos antes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Recordatorio:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>Move to the next session in that direction</source>
        <translation>Ir a la siguiente sesión en esa dirección</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Star or unstar the selected session</source>
        <translation>Poner o quitar la estrella de la sesión elegida</translation>
    </message>
    <message>
        <source>Shift+Space</source>
        <translation>Mayús+Espacio</translation>
    </message>
    <message>
        <source>Mark the selected session maybe</source>
        <translation>Marcar la sesión elegida como quizá</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Show the selected session&apos;s details</source>
        <translation>Mostrar los detalles de la sesión elegida</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menú, Mayús+F10</translation>
    </message>
    <message>
        <source>The selected session&apos;s menu</source>
        <translation>El menú de la sesión elegida</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Show day 1 to 9</source>
        <translation>Mostrar el día 1 a 9</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+rueda</translation>
    </message>
    <message>
        <source>Zoom the grid</source>
        <translation>Ampliar la cuadrícula</translation>
    </message>
    <message>
        <source>Shift+wheel</source>
        <translation>Mayús+rueda</translation>
    </message>
    <message>
        <source>Scroll across the rooms</source>
        <translation>Desplazarse por las salas</translation>
    </message>
    <message>
        <source>Esc (in the search box)</source>
        <translation>Esc (en la búsqueda)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>Plan your conference: the schedule as a day × room grid, your picks and their clashes, an agenda for your phone&apos;s calendar.</source>
        <translation>Planifica tu congreso: el programa como cuadrícula de días × salas, tus elecciones y sus choques, una agenda para el calendario de tu teléfono.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty.</source>
        <translation>Licencia: GNU General Public License, versión 3 o posterior (GPL-3.0-or-later). Este programa no tiene ninguna garantía.</translation>
    </message>
    <message>
        <source>About Agenda</source>
        <translation>Acerca de Agenda</translation>
    </message>
    <message>
        <source>Add my own item</source>
        <translation>Añadir un elemento propio</translation>
    </message>
    <message>
        <source>Lunch with a colleague, a booth shift…</source>
        <translation>Comida con una colega, un turno en el stand…</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Termina:</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <source>⚠ CLASH with {shown}</source>
        <translation>⚠ CHOQUE con {shown}</translation>
    </message>
    <message>
        <source>☆ maybe (a backup)</source>
        <translation>☆ quizá (una alternativa)</translation>
    </message>
    <message>
        <source>⇄ only {minutes} min to get there</source>
        <translation>⇄ solo {minutes} min para llegar</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
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
        <translation>libre {span} ({length})</translation>
    </message>
    <message>
        <source>venue-wide</source>
        <translation>todo el recinto</translation>
    </message>
    <message>
        <source> (off-site)</source>
        <translation> (fuera del recinto)</translation>
    </message>
    <message>
        <source>  (continued)</source>
        <translation>  (continuación)</translation>
    </message>
    <message>
        <source>Times in {zone} · {stars} starred</source>
        <translation>Horas en {zone} · {stars} con estrella</translation>
    </message>
    <message>
        <source>, {n} maybe</source>
        <translation>, {n} quizá</translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n session(s) clash</source>
        <translation>
            <numerusform> · ⚠ %n sesión en choque</numerusform>
            <numerusform> · ⚠ %n sesiones en choque</numerusform>
        </translation>
    </message>
    <message>
        <source>My agenda · page {n} of {total} · printed by Agenda</source>
        <translation>Mi agenda · página {n} de {total} · impreso por Agenda</translation>
    </message>
    <message>
        <source>My agenda: {title}</source>
        <translation>Mi agenda: {title}</translation>
    </message>
    <message>
        <source>Port {port} is in use now, so the link has a new port: a phone subscribed before must scan the new code.</source>
        <translation>El puerto {port} está en uso, así que el enlace tiene un puerto nuevo: un teléfono suscrito antes debe escanear el código nuevo.</translation>
    </message>
    <message>
        <source>Subscribe: your phone&apos;s calendar keeps polling this computer and follows every star, unstar and time change while the two are on the same network. Subscribed calendars often drop reminders (Apple&apos;s default is &quot;Remove Alerts&quot;, Google ignores them); choose Add once to keep them. Apple Calendar and ICSx⁵ on Android poll from the phone itself; Google Calendar polls from Google&apos;s servers, which cannot reach this computer: on Android, use ICSx⁵ or Add once.</source>
        <translation>Suscribirse: el calendario de tu teléfono consulta este ordenador y sigue cada estrella, cada retirada y cada cambio de hora mientras ambos estén en la misma red. Los calendarios suscritos suelen perder los recordatorios (Apple propone «Eliminar alertas» por defecto, Google los ignora); elige Añadir una vez para conservarlos. Calendario de Apple e ICSx⁵ en Android consultan desde el propio teléfono; Google Calendar consulta desde los servidores de Google, que no pueden llegar a este ordenador: en Android, usa ICSx⁵ o Añadir una vez.</translation>
    </message>
    <message>
        <source>Add once: the phone downloads the file and its calendar imports it, reminders included. Sharing stops after the download, or in 10 minutes.</source>
        <translation>Añadir una vez: el teléfono descarga el archivo y su calendario lo importa, recordatorios incluidos. Se deja de compartir tras la descarga, o a los 10 minutos.</translation>
    </message>
    <message>
        <source>The phone must be on the same network as this computer. Many conference Wi-Fi networks keep devices apart: if the phone cannot open the link, use Save file… and send the file by mail or chat instead.</source>
        <translation>El teléfono debe estar en la misma red que este ordenador. Muchas redes Wi-Fi de congresos aíslan los dispositivos: si el teléfono no puede abrir el enlace, usa Guardar archivo… y envía el archivo por correo o chat.</translation>
    </message>
    <message>
        <source>Send to phone</source>
        <translation>Enviar al teléfono</translation>
    </message>
    <message>
        <source>&amp;Subscribe (stays up to date)</source>
        <translation>&amp;Suscribirse (se mantiene al día)</translation>
    </message>
    <message>
        <source>Add &amp;once (keeps reminders)</source>
        <translation>Añadir una &amp;vez (conserva los recordatorios)</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>Código QR del enlace</translation>
    </message>
    <message>
        <source>Link for the phone</source>
        <translation>Enlace para el teléfono</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Network to share on</source>
        <translation>Red en la que compartir</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Save &amp;file…</source>
        <translation>Guardar &amp;archivo…</translation>
    </message>
    <message>
        <source>&amp;New link…</source>
        <translation>&amp;Nuevo enlace…</translation>
    </message>
    <message>
        <source>Make a new secret link. The old one stops working: a phone subscribed to it stops getting updates.</source>
        <translation>Crear un enlace secreto nuevo. El anterior deja de funcionar: un teléfono suscrito a él deja de recibir actualizaciones.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera, or open the link on it.</source>
        <translation>Escanea el código con la cámara del teléfono, o abre el enlace en él.</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nuevo enlace</translation>
    </message>
    <message>
        <source>Make a new link? The link given out before stops working: a phone subscribed to it stops getting updates until it subscribes to the new one.</source>
        <translation>¿Crear un enlace nuevo? El enlace dado antes deja de funcionar: un teléfono suscrito a él no recibe actualizaciones hasta que se suscriba al nuevo.</translation>
    </message>
    <message>
        <source>New link made: the old one no longer works. Scan the new code with the phone.</source>
        <translation>Enlace nuevo creado: el anterior ya no funciona. Escanea el código nuevo con el teléfono.</translation>
    </message>
    <message>
        <source>Sharing stopped: nothing is served any more.</source>
        <translation>Se dejó de compartir: ya no se sirve nada.</translation>
    </message>
    <message>
        <source>The phone has downloaded your agenda. Sharing stopped.</source>
        <translation>El teléfono ha descargado tu agenda. Se dejó de compartir.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n time(s).</source>
        <translation>
            <numerusform>Descargado %n vez.</numerusform>
            <numerusform>Descargado %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>&amp;Dejar de compartir</translation>
    </message>
    <message>
        <source>S&amp;tart sharing</source>
        <translation>&amp;Empezar a compartir</translation>
    </message>
    <message>
        <source>Not sharing</source>
        <translation>Sin compartir</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <source>Star this session, or unstar it</source>
        <translation>Poner o quitar la estrella de esta sesión</translation>
    </message>
    <message>
        <source>Select this session and show its details</source>
        <translation>Seleccionar esta sesión y mostrar sus detalles</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>sin sala</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no se graba</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>con estrella</translation>
    </message>
    <message>
        <source>maybe</source>
        <translation>quizá</translation>
    </message>
    <message>
        <source>clashes with another pick</source>
        <translation>choca con otra elección</translation>
    </message>
    <message>
        <source>⊘ Not recorded: see it live</source>
        <translation>⊘ No se graba: véala en directo</translation>
    </message>
    <message>
        <source>off-site: </source>
        <translation>fuera del recinto: </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this day</source>
        <translation>
            <numerusform>%n sesión este día</numerusform>
            <numerusform>%n sesiones este día</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule grid</source>
        <translation>Cuadrícula del programa</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>No hay sesiones este día</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Ninguna sesión seleccionada</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Choque</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Quizá</translation>
    </message>
    <message>
        <source>  • changed</source>
        <translation>  • cambiada</translation>
    </message>
    <message>
        <source>  ⊘ not recorded</source>
        <translation>  ⊘ no se graba</translation>
    </message>
    <message>
        <source>⊘ not recorded</source>
        <translation>⊘ no se graba</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Schedule list</source>
        <translation>Lista del programa</translation>
    </message>
    <message>
        <source>The day&apos;s sessions in time order</source>
        <translation>Las sesiones del día por orden de hora</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message>
        <source>Loading {source} …</source>
        <translation>Cargando {source} …</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} y {b}</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will be recorded: you can watch it later.</source>
        <translation>{live} no se graba: véala en directo. {later} se grabará: podrá verla más tarde.</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will all be recorded: you can watch them later.</source>
        <translation>{live} no se graba: véala en directo. {later} se grabarán todas: podrá verlas más tarde.</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n choque</numerusform>
            <numerusform>%n choques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tight transfer(s)</source>
        <translation>
            <numerusform>%n cambio justo</numerusform>
            <numerusform>%n cambios justos</numerusform>
        </translation>
    </message>
    <message>
        <source>the others become maybes</source>
        <translation>las demás pasan a quizá</translation>
    </message>
    <message>
        <source>the others are unstarred</source>
        <translation>las demás pierden la estrella</translation>
    </message>
    <message>
        <source>Keep {title} starred. The sessions it clashes with become maybes: backups, drawn dashed, that never count as clashes. Ctrl+Z undoes it.</source>
        <translation>Conservar {title} con estrella. Las sesiones con las que choca pasan a quizá: alternativas, dibujadas con trazos, que nunca cuentan como choques. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Keep {title} starred and unstar the sessions it clashes with. Ctrl+Z undoes it.</source>
        <translation>Conservar {title} con estrella y quitar la estrella a las sesiones con las que choca. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>When you keep one,</source>
        <translation>Al conservar una,</translation>
    </message>
    <message>
        <source>What happens to the other clashing sessions</source>
        <translation>Qué pasa con las demás sesiones en choque</translation>
    </message>
    <message>
        <source>No clashes between your starred sessions.</source>
        <translation>No hay choques entre tus sesiones con estrella.</translation>
    </message>
    <message>
        <source>⚠ Overlap of {minutes} min, {start}–{end}</source>
        <translation>⚠ Solapamiento de {minutes} min, {start}–{end}</translation>
    </message>
    <message>
        <source>⇄ Tight transfer: {minutes} min to change rooms at {start}</source>
        <translation>⇄ Cambio justo: {minutes} min para cambiar de sala a las {start}</translation>
    </message>
    <message>
        <source> · ⊘ not recorded</source>
        <translation> · ⊘ no se graba</translation>
    </message>
    <message>
        <source>Keep this one (see it live)</source>
        <translation>Conservar esta (véala en directo)</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Conservar esta</translation>
    </message>
    <message>
        <source> (not recorded: see it live)</source>
        <translation> (no se graba: véala en directo)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Other sessions by these speakers</source>
        <translation>Otras sesiones de estos ponentes</translation>
    </message>
    <message>
        <source>★ Star</source>
        <translation>★ Estrella</translation>
    </message>
    <message>
        <source>☆ Maybe</source>
        <translation>☆ Quizá</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>Descripción de la sesión</translation>
    </message>
    <message>
        <source>Your note: why you want to see it, a question to ask…</source>
        <translation>Tu nota: por qué quieres verla, una pregunta que hacer…</translation>
    </message>
    <message>
        <source>Your note on this session</source>
        <translation>Tu nota sobre esta sesión</translation>
    </message>
    <message>
        <source>Select a session</source>
        <translation>Elige una sesión</translation>
    </message>
    <message>
        <source>  (cancelled)</source>
        <translation>  (cancelada)</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, todo el día</translation>
    </message>
    <message>
        <source>{day}, {span} ({zone}, UTC{offset})</source>
        <translation>{day}, {span} ({zone}, UTC{offset})</translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation>Tu propio elemento</translation>
    </message>
    <message>
        <source>No room (venue-wide)</source>
        <translation>Sin sala (todo el recinto)</translation>
    </message>
    <message>
        <source> · off-site</source>
        <translation> · fuera del recinto</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>Track: {track}</translation>
    </message>
    <message>
        <source>Will be recorded</source>
        <translation>Se grabará</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Con estrella</translation>
    </message>
    <message>
        <source>☆ Maybe (backup)</source>
        <translation>☆ Quizá (alternativa)</translation>
    </message>
    <message>
        <source>Not picked</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <source> · clashes with: </source>
        <translation> · choca con: </translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ Quitar estrella</translation>
    </message>
    <message>
        <source>☆ Not maybe</source>
        <translation>☆ No quizá</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Sobre {name}</translation>
    </message>
    <message>
        <source>More by {name}: </source>
        <translation>Más de {name}: </translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>Mi agenda</translation>
    </message>
    <message>
        <source>{stars} starred, {maybes} maybe</source>
        <translation>{stars} con estrella, {maybes} quizá</translation>
    </message>
    <message>
        <source>, {n} cancelled</source>
        <translation>, {n} canceladas</translation>
    </message>
    <message>
        <source>, {n} removed</source>
        <translation>, {n} quitadas</translation>
    </message>
    <message>
        <source>{minutes} min free</source>
        <translation>{minutes} min libres</translation>
    </message>
    <message>
        <source>  ⚠ clash</source>
        <translation>  ⚠ choque</translation>
    </message>
    <message>
        <source>  (removed from the schedule: click to remove from your picks)</source>
        <translation>  (quitada del programa: pulsa para quitarla de tus elecciones)</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movida</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Sala nueva</translation>
    </message>
    <message>
        <source>Retitled</source>
        <translation>Título nuevo</translation>
    </message>
    <message>
        <source>Ends later</source>
        <translation>Termina más tarde</translation>
    </message>
    <message>
        <source>Ends earlier</source>
        <translation>Termina antes</translation>
    </message>
    <message>
        <source>Starts at another time</source>
        <translation>Empieza a otra hora</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Mark these changes as seen</source>
        <translation>Marcar estos cambios como vistos</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to your picks</source>
        <translation>
            <numerusform>%n cambio en tus elecciones</numerusform>
            <numerusform>%n cambios en tus elecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to your picks</source>
        <translation>Ningún cambio en tus elecciones</translation>
    </message>
    <message numerus="yes">
        <source>; %n new session(s) in the schedule</source>
        <translation>
            <numerusform>; %n sesión nueva en el programa</numerusform>
            <numerusform>; %n sesiones nuevas en el programa</numerusform>
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
        <translation>No añadido: </translation>
    </message>
    <message>
        <source>Copy of {fetched}: the new one was refused</source>
        <translation>Copia del {fetched}: la nueva fue rechazada</translation>
    </message>
    <message>
        <source>Offline, last updated {fetched}</source>
        <translation>Sin conexión, actualizado por última vez {fetched}</translation>
    </message>
    <message>
        <source>Not added: {message}</source>
        <translation>No añadido: {message}</translation>
    </message>
    <message>
        <source> (showing {name} instead)</source>
        <translation> (se muestra {name} en su lugar)</translation>
    </message>
    <message>
        <source>&amp;Add a conference…</source>
        <translation>&amp;Añadir un congreso…</translation>
    </message>
    <message>
        <source>Add a conference &amp;from URL…</source>
        <translation>Añadir un congreso desde &amp;URL…</translation>
    </message>
    <message>
        <source>&amp;Conferences in this plan</source>
        <translation>&amp;Congresos de este plan</translation>
    </message>
    <message>
        <source>Add a conference to this plan</source>
        <translation>Añadir un congreso a este plan</translation>
    </message>
    <message>
        <source>Schedules (*.ics *.ical *.xml *.json);;All files (*)</source>
        <translation>Programas (*.ics *.ical *.xml *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add a conference from URL</source>
        <translation>Añadir un congreso desde una URL</translation>
    </message>
    <message>
        <source>Schedule URL (iCalendar, schedule.xml or schedule.json; https://, http:// or webcal://):</source>
        <translation>URL del programa (iCalendar, schedule.xml o schedule.json; https://, http:// o webcal://):</translation>
    </message>
    <message>
        <source>(no schedule open)</source>
        <translation>(ningún programa abierto)</translation>
    </message>
    <message>
        <source>Refresh {name}</source>
        <translation>Actualizar {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the plan</source>
        <translation>Quitar {name} del plan</translation>
    </message>
    <message>
        <source>Add a conference to plan several together</source>
        <translation>Añade un congreso para planificar varios juntos</translation>
    </message>
    <message>
        <source>A schedule was dropped</source>
        <translation>Se soltó un programa</translation>
    </message>
    <message>
        <source>Add {dropped} to this plan, beside {name}, or open it instead?</source>
        <translation>¿Añadir {dropped} a este plan, junto a {name}, o abrirlo en su lugar?</translation>
    </message>
    <message>
        <source>&amp;Add to this plan</source>
        <translation>&amp;Añadir a este plan</translation>
    </message>
    <message>
        <source>&amp;Open instead</source>
        <translation>Abrir en su &amp;lugar</translation>
    </message>
    <message>
        <source>Days ▾</source>
        <translation>Días ▾</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Elegir un día</translation>
    </message>
    <message>
        <source>Every day of the conference</source>
        <translation>Todos los días del congreso</translation>
    </message>
    <message>
        <source>Search titles, speakers, rooms, tracks… (Ctrl+F)</source>
        <translation>Buscar títulos, ponentes, salas, tracks… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Solo con estrella</translation>
    </message>
    <message>
        <source>Hide others</source>
        <translation>Ocultar las demás</translation>
    </message>
    <message>
        <source>Hide sessions that do not match instead of dimming them</source>
        <translation>Ocultar las sesiones que no coinciden en lugar de atenuarlas</translation>
    </message>
    <message>
        <source>+{n} more…</source>
        <translation>+{n} más…</translation>
    </message>
    <message>
        <source>Click a track to show only it (again to undo)</source>
        <translation>Pulsa un track para mostrar solo ese (otra vez para deshacer)</translation>
    </message>
    <message>
        <source>Tracks ({n})</source>
        <translation>Tracks ({n})</translation>
    </message>
    <message>
        <source>Rooms ({n})</source>
        <translation>Salas ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n matching session(s), {on_day} on this day</source>
        <translation>
            <numerusform>%n sesión coincide, {on_day} este día</numerusform>
            <numerusform>%n sesiones coinciden, {on_day} este día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) fit in this gap</source>
        <translation>
            <numerusform>%n sesión cabe en este hueco</numerusform>
            <numerusform>%n sesiones caben en este hueco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>No matching sessions on this day</source>
        <translation>No hay sesiones que coincidan este día</translation>
    </message>
    <message>
        <source>{n} of {hits}</source>
        <translation>{n} de {hits}</translation>
    </message>
    <message>
        <source>No clashes</source>
        <translation>Sin choques</translation>
    </message>
    <message>
        <source>Clash {n} of {clashes}</source>
        <translation>Choque {n} de {clashes}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Sistema ({language})</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Reloj</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>Como las escribe el idioma</translation>
    </message>
    <message>
        <source>24-hour (14:30)</source>
        <translation>24 horas (14:30)</translation>
    </message>
    <message>
        <source>12-hour (2:30 PM)</source>
        <translation>12 horas (2:30 PM)</translation>
    </message>
    <message>
        <source>Agenda will be in {language} the next time it opens.</source>
        <translation>Agenda estará en {language} la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Times will read this way the next time Agenda opens.</source>
        <translation>Las horas se verán así la próxima vez que se abra Agenda.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Conference days</source>
        <translation>Días del congreso</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Venue time</source>
        <translation>Hora del lugar</translation>
    </message>
    <message>
        <source>My computer&apos;s time</source>
        <translation>Hora de mi ordenador</translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation>Otra zona…</translation>
    </message>
    <message>
        <source>Show or hide the side panel (F9)</source>
        <translation>Mostrar u ocultar el panel lateral (F9)</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Panel lateral</translation>
    </message>
    <message>
        <source>Clash count</source>
        <translation>Número de choques</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>Choques</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{name} — Agenda</source>
        <translation>{name} — Agenda</translation>
    </message>
    <message>
        <source>Clashes ({n})</source>
        <translation>Choques ({n})</translation>
    </message>
    <message>
        <source>Loading the schedule…</source>
        <translation>Cargando el programa…</translation>
    </message>
    <message>
        <source>No schedule open (File › Open)</source>
        <translation>Ningún programa abierto (Archivo › Abrir)</translation>
    </message>
    <message>
        <source>What changed ({n})</source>
        <translation>Cambios ({n})</translation>
    </message>
    <message>
        <source>Your latest picks could not be saved: {problem}

Quit anyway?</source>
        <translation>Tus últimas elecciones no se pudieron guardar: {problem}

¿Salir de todos modos?</translation>
    </message>
    <message>
        <source>showing the copy from {fetched}: the server&apos;s new copy was refused ({reason})</source>
        <translation>se muestra la copia del {fetched}: la copia nueva del servidor fue rechazada ({reason})</translation>
    </message>
    <message>
        <source>offline, last updated {fetched} ({reason})</source>
        <translation>sin conexión, actualizado por última vez {fetched} ({reason})</translation>
    </message>
    <message>
        <source>{url}: redirected to a {scheme}: URL ({target}); only http and https redirects are followed</source>
        <translation>{url}: redirigido a una URL {scheme}: ({target}); solo se siguen redirecciones http y https</translation>
    </message>
    <message>
        <source>{url}: redirected from https to unencrypted http ({target}); refused</source>
        <translation>{url}: redirigido de https a http sin cifrar ({target}); rechazado</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be opened</source>
        <translation>{url}: solo se pueden abrir URL http, https y webcal</translation>
    </message>
    <message>
        <source>{url}: timed out after {seconds} s (no complete answer by then)</source>
        <translation>{url}: se agotó el tiempo tras {seconds} s (sin respuesta completa)</translation>
    </message>
    <message>
        <source>{url}: the feed is larger than {mb} MB; not loaded</source>
        <translation>{url}: el programa ocupa más de {mb} MB; no se cargó</translation>
    </message>
    <message>
        <source>{url}: redirected to a URL that is not http or https; not followed</source>
        <translation>{url}: redirigido a una URL que no es http ni https; no se siguió</translation>
    </message>
    <message>
        <source>{url}: too many redirects (more than {n})</source>
        <translation>{url}: demasiadas redirecciones (más de {n})</translation>
    </message>
    <message>
        <source>{url}: HTTP {code} {reason}</source>
        <translation>{url}: HTTP {code} {reason}</translation>
    </message>
    <message>
        <source>{url}: no secure (https) connection could be made</source>
        <translation>{url}: no se pudo establecer una conexión segura (https)</translation>
    </message>
    <message>
        <source>{url}: cannot connect ({reason})</source>
        <translation>{url}: no se puede conectar ({reason})</translation>
    </message>
    <message>
        <source>{url}: network error ({reason})</source>
        <translation>{url}: error de red ({reason})</translation>
    </message>
    <message>
        <source>{url}: the server&apos;s answer broke off ({reason})</source>
        <translation>{url}: la respuesta del servidor se cortó ({reason})</translation>
    </message>
    <message>
        <source>{url}: this URL returned a web page, not a calendar feed or schedule</source>
        <translation>{url}: esta URL devolvió una página web, no un calendario ni un programa</translation>
    </message>
    <message>
        <source>{url}: the response is not an iCalendar feed, schedule.xml or schedule.json</source>
        <translation>{url}: la respuesta no es un feed iCalendar, ni schedule.xml, ni schedule.json</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be added</source>
        <translation>{url}: solo se pueden añadir URL http, https y webcal</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Abrir &amp;URL…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export my agenda…</source>
        <translation>&amp;Exportar mi agenda…</translation>
    </message>
    <message>
        <source>Send to &amp;phone…</source>
        <translation>Enviar al &amp;teléfono…</translation>
    </message>
    <message>
        <source>&amp;Import picks…</source>
        <translation>&amp;Importar elecciones…</translation>
    </message>
    <message>
        <source>Import picks from UR&amp;L…</source>
        <translation>Importar elecciones desde UR&amp;L…</translation>
    </message>
    <message>
        <source>&amp;Print my agenda…</source>
        <translation>Im&amp;primir mi agenda…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Save agenda as P&amp;DF…</source>
        <translation>Guardar la agenda como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Siguiente coincidencia</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Coincidencia &amp;anterior</translation>
    </message>
    <message>
        <source>Minutes to change &amp;rooms…</source>
        <translation>Minutos para cambiar de &amp;sala…</translation>
    </message>
    <message>
        <source>Add my &amp;own item…</source>
        <translation>Añadir un elemento pr&amp;opio…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically…</source>
        <translation>Actualizar &amp;automáticamente…</translation>
    </message>
    <message>
        <source>Next clash</source>
        <translation>Choque siguiente</translation>
    </message>
    <message>
        <source>Previous clash</source>
        <translation>Choque anterior</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Agenda</source>
        <translation>A&amp;cerca de Agenda</translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation>Mostrar las horas en:</translation>
    </message>
    <message>
        <source>Open schedule feed</source>
        <translation>Abrir un programa</translation>
    </message>
    <message>
        <source>iCalendar feeds (*.ics *.ical);;All files (*)</source>
        <translation>Programas iCalendar (*.ics *.ical);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>Abrir URL</translation>
    </message>
    <message>
        <source>Schedule feed URL (https://, http:// or webcal://):</source>
        <translation>URL del programa (https://, http:// o webcal://):</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>Actualizar automáticamente</translation>
    </message>
    <message>
        <source>Refresh the feed every (minutes, 0 = never):</source>
        <translation>Actualizar el programa cada (minutos, 0 = nunca):</translation>
    </message>
    <message>
        <source>Minutes to change rooms</source>
        <translation>Minutos para cambiar de sala</translation>
    </message>
    <message>
        <source>Flag consecutive picks in different rooms closer than (minutes):</source>
        <translation>Señalar elecciones seguidas en salas distintas a menos de (minutos):</translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation>La exportación falló: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s)</source>
        <translation>
            <numerusform>%n sesión exportada</numerusform>
            <numerusform>%n sesiones exportadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n cancellation(s)</source>
        <translation>
            <numerusform> y %n cancelación</numerusform>
            <numerusform> y %n cancelaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n conferences</source>
        <translation>
            <numerusform> de %n congresos</numerusform>
            <numerusform> de %n congresos</numerusform>
        </translation>
    </message>
    <message>
        <source> to {path}</source>
        <translation> a {path}</translation>
    </message>
    <message>
        <source>. Note: {problem}</source>
        <translation>. Nota: {problem}</translation>
    </message>
    <message>
        <source>Nothing to print yet: star the sessions you want on paper first.</source>
        <translation>Aún no hay nada que imprimir: pon estrella primero a las sesiones que quieras en papel.</translation>
    </message>
    <message>
        <source>Print preview — my agenda</source>
        <translation>Vista previa de impresión — mi agenda</translation>
    </message>
    <message numerus="yes">
        <source>Printed your agenda: %n page(s)</source>
        <translation>
            <numerusform>Agenda impresa: %n página</numerusform>
            <numerusform>Agenda impresa: %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda as PDF</source>
        <translation>Guardar la agenda como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF failed: {exc}</source>
        <translation>No se pudo guardar el PDF: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Saved your agenda (%n page(s)) to {path}</source>
        <translation>
            <numerusform>Agenda guardada (%n página) en {path}</numerusform>
            <numerusform>Agenda guardada (%n páginas) en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing with your phone</source>
        <translation>Compartiendo con tu teléfono</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Sharing with your phone: {url}</source>
        <translation>Compartiendo con tu teléfono: {url}</translation>
    </message>
    <message>
        <source>Import it in your phone&apos;s or computer&apos;s calendar; after a change, export again and import the new file: events are updated, not doubled.</source>
        <translation>Impórtalo en el calendario de tu teléfono o de tu ordenador; tras un cambio, exporta de nuevo e importa el archivo nuevo: los eventos se actualizan, no se duplican.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Calendar files and shared favourites (*.ics *.ical *.ifb *.json *.txt);;All files (*)</source>
        <translation>Archivos de calendario y favoritos compartidos (*.ics *.ical *.ifb *.json *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import picks from URL</source>
        <translation>Importar elecciones desde URL</translation>
    </message>
    <message>
        <source>The calendar of your picks (https://, http:// or webcal://), such as Sched&apos;s &quot;my schedule&quot; feed, or a Giggity share link:</source>
        <translation>El calendario de tus elecciones (https://, http:// o webcal://), como el feed «my schedule» de Sched, o un enlace para compartir de Giggity:</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <translation>el enlace de Giggity</translation>
    </message>
    <message>
        <source>Nothing imported: {url}: only http, https and webcal URLs can be read</source>
        <translation>No se importó nada: {url}: solo se pueden leer URL http, https y webcal</translation>
    </message>
    <message>
        <source>Downloading your picks from {url}…</source>
        <translation>Descargando tus elecciones desde {url}…</translation>
    </message>
    <message>
        <source>Nothing imported: {message}</source>
        <translation>No se importó nada: {message}</translation>
    </message>
    <message>
        <source>Nothing imported: {exc}</source>
        <translation>No se importó nada: {exc}</translation>
    </message>
    <message>
        <source>Nothing imported: {problem}</source>
        <translation>No se importó nada: {problem}</translation>
    </message>
    <message>
        <source>{n} starred</source>
        <translation>{n} con estrella</translation>
    </message>
    <message>
        <source>{n} marked maybe</source>
        <translation>{n} marcadas como quizá</translation>
    </message>
    <message>
        <source>{n} already picked</source>
        <translation>{n} ya elegidas</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of your own</source>
        <translation>
            <numerusform>%n elemento propio</numerusform>
            <numerusform>%n elementos propios</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} hidden in Giggity left as they are</source>
        <translation>{n} ocultas en Giggity, dejadas como están</translation>
    </message>
    <message>
        <source>Imported from {name}: </source>
        <translation>Importado desde {name}: </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) did not match one session: star them by hand (Show Details lists them). Edit → Undo takes the import back.</source>
        <translation>
            <numerusform>%n evento no coincidió con una única sesión: ponle estrella a mano (Mostrar detalles lo lista). Editar → Deshacer revierte la importación.</numerusform>
            <numerusform>%n eventos no coincidieron con una única sesión: ponles estrella a mano (Mostrar detalles los lista). Editar → Deshacer revierte la importación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found: {title} ({when})</source>
        <translation>No encontrada: {title} ({when})</translation>
    </message>
    <message>
        <source>More than one match: {title} ({when})</source>
        <translation>Más de una coincidencia: {title} ({when})</translation>
    </message>
    <message>
        <source>Edit → Undo takes the import back.</source>
        <translation>Editar → Deshacer revierte la importación.</translation>
    </message>
    <message>
        <source>Not added: {exc}</source>
        <translation>No añadido: {exc}</translation>
    </message>
    <message>
        <source>Added {title} to your agenda (the Mine column)</source>
        <translation>{title} añadido a tu agenda (la columna Míos)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>sin hora</translation>
    </message>
    <message>
        <source>★ &amp;Star</source>
        <translation>★ &amp;Estrella</translation>
    </message>
    <message>
        <source>☆ &amp;Maybe</source>
        <translation>☆ &amp;Quizá</translation>
    </message>
    <message>
        <source>&amp;Unstar</source>
        <translation>&amp;Quitar estrella</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>Abrir &amp;enlace</translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation>&amp;Copiar título</translation>
    </message>
    <message>
        <source>Show in My &amp;agenda</source>
        <translation>Mostrar en Mi &amp;agenda</translation>
    </message>
    <message>
        <source>&amp;Remove my item</source>
        <translation>&amp;Quitar mi elemento</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Fit rooms to width</source>
        <translation>A&amp;justar salas al ancho</translation>
    </message>
    <message>
        <source>&amp;List view</source>
        <translation>Vista de &amp;lista</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>&amp;Panel lateral</translation>
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
            <numerusform>%n sala ajustada al ancho</numerusform>
            <numerusform>las %n salas ajustadas al ancho</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} rooms fit at a readable width: scroll sideways for the others</source>
        <translation>{shown} de {total} salas caben con un ancho legible: desplázate para ver las demás</translation>
    </message>
    <message>
        <source>{where}: invalid UTF-8 replaced</source>
        <translation>{where}: UTF-8 no válido reemplazado</translation>
    </message>
    <message>
        <source>{name}: empty file, not an iCalendar feed</source>
        <translation>{name}: archivo vacío, no es un feed iCalendar</translation>
    </message>
    <message>
        <source>{name}: this is a web page (HTML/XML), not a calendar feed</source>
        <translation>{name}: es una página web (HTML/XML), no un calendario</translation>
    </message>
    <message>
        <source>{name} line {line}: not an iCalendar file (expected BEGIN:VCALENDAR)</source>
        <translation>{name} línea {line}: no es un archivo iCalendar (se esperaba BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>{name}: not an iCalendar file (no BEGIN:VCALENDAR or BEGIN:VEVENT)</source>
        <translation>{name}: no es un archivo iCalendar (sin BEGIN:VCALENDAR ni BEGIN:VEVENT)</translation>
    </message>
    <message>
        <source>{name}: {zones} time zone definitions (VTIMEZONE); a calendar feed has a few, and at most {most} are read</source>
        <translation>{name}: {zones} definiciones de zona horaria (VTIMEZONE); un calendario tiene unas pocas, y se leen como mucho {most}</translation>
    </message>
    <message>
        <source>{name}: components nested too deeply</source>
        <translation>{name}: componentes anidados demasiado</translation>
    </message>
    <message>
        <source>no DTSTART</source>
        <translation>sin DTSTART</translation>
    </message>
    <message>
        <source>unreadable DTSTART</source>
        <translation>DTSTART ilegible</translation>
    </message>
    <message>
        <source>{name} line {line}</source>
        <translation>{name} línea {line}</translation>
    </message>
    <message>
        <source>{where}: ignored a broken line in {event}</source>
        <translation>{where}: se ignoró una línea dañada en {event}</translation>
    </message>
    <message>
        <source>{name}: ignored a top-level {component} outside any VCALENDAR</source>
        <translation>{name}: se ignoró un {component} de primer nivel fuera de todo VCALENDAR</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n event(s) not inside a VCALENDAR; read anyway</source>
        <translation>
            <numerusform>{name}: %n evento no está dentro de un VCALENDAR; se leyó igualmente</numerusform>
            <numerusform>{name}: %n eventos no están dentro de un VCALENDAR; se leyeron igualmente</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {n} calendars in one file; merged</source>
        <translation>{name}: {n} calendarios en un archivo; fusionados</translation>
    </message>
    <message>
        <source>{name}: X-WR-TIMEZONE {zone} is not a known time zone; ignored</source>
        <translation>{name}: X-WR-TIMEZONE {zone} no es una zona horaria conocida; se ignoró</translation>
    </message>
    <message>
        <source>{where}: not a calendar line ({raw}): the file is damaged or not iCalendar</source>
        <translation>{where}: no es una línea de calendario ({raw}): el archivo está dañado o no es iCalendar</translation>
    </message>
    <message>
        <source>{where}: cannot read this calendar ({reason})</source>
        <translation>{where}: no se puede leer este calendario ({reason})</translation>
    </message>
    <message>
        <source>{where}: skipped a stray line outside any event ({raw})</source>
        <translation>{where}: se omitió una línea suelta fuera de todo evento ({raw})</translation>
    </message>
    <message>
        <source>{name}: more than {n} stray lines; not a calendar file</source>
        <translation>{name}: más de {n} líneas sueltas; no es un archivo de calendario</translation>
    </message>
    <message>
        <source>{source}: larger than {mb} MB; not a conference schedule, not loaded</source>
        <translation>{source}: más de {mb} MB; no es un programa de congreso, no se cargó</translation>
    </message>
    <message>
        <source>{source}: no such file</source>
        <translation>{source}: no existe el archivo</translation>
    </message>
    <message>
        <source>{source}: is a folder, not a calendar file</source>
        <translation>{source}: es una carpeta, no un archivo de calendario</translation>
    </message>
    <message>
        <source>{source}: permission denied</source>
        <translation>{source}: permiso denegado</translation>
    </message>
    <message>
        <source>{source}: cannot read ({reason})</source>
        <translation>{source}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>unknown time zone {name} (use an IANA name such as Europe/Paris)</source>
        <translation>zona horaria desconocida {name} (usa un nombre IANA como Europe/Paris)</translation>
    </message>
    <message>
        <source>{where}: not well-formed XML ({reason})</source>
        <translation>{where}: XML mal formado ({reason})</translation>
    </message>
    <message>
        <source>a DTD</source>
        <translation>una DTD</translation>
    </message>
    <message>
        <source>entity declarations</source>
        <translation>declaraciones de entidades</translation>
    </message>
    <message>
        <source>an external reference</source>
        <translation>una referencia externa</translation>
    </message>
    <message>
        <source>a forbidden construct</source>
        <translation>una construcción prohibida</translation>
    </message>
    <message>
        <source>{name}: refused: the XML has {what}, which a schedule never needs (nothing was expanded or fetched)</source>
        <translation>{name}: rechazado: el XML tiene {what}, algo que un programa nunca necesita (no se expandió ni descargó nada)</translation>
    </message>
    <message>
        <source>{name}: an XML file, but not a schedule.xml (its root is &lt;{root}&gt;)</source>
        <translation>{name}: un archivo XML, pero no un schedule.xml (su raíz es &lt;{root}&gt;)</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name}: no es texto UTF-8</translation>
    </message>
    <message>
        <source>{where}: not valid JSON ({reason})</source>
        <translation>{where}: JSON no válido ({reason})</translation>
    </message>
    <message>
        <source>{name}: JSON nested too deeply</source>
        <translation>{name}: JSON anidado demasiado</translation>
    </message>
    <message>
        <source>{name}: JSON, but not a schedule.json (no schedule.conference)</source>
        <translation>{name}: JSON, pero no un schedule.json (sin schedule.conference)</translation>
    </message>
    <message>
        <source>{what} {text} is not a date and time such as 2026-04-07T12:30</source>
        <translation>{what} {text} no es una fecha y hora como 2026-04-07T12:30</translation>
    </message>
    <message>
        <source>an item needs a title</source>
        <translation>un elemento necesita un título</translation>
    </message>
    <message>
        <source>the item ends ({end}) before it starts ({start})</source>
        <translation>el elemento termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <source>{name}: the Giggity link&apos;s selection is too large</source>
        <translation>{name}: la selección del enlace de Giggity es demasiado grande</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) cannot be read</source>
        <translation>{name}: un enlace de Giggity, pero su selección ({key}=) no se puede leer</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) is not a list of events</source>
        <translation>{name}: un enlace de Giggity, pero su selección ({key}=) no es una lista de eventos</translation>
    </message>
    <message>
        <source>{name}: not valid JSON</source>
        <translation>{name}: JSON no válido</translation>
    </message>
    <message>
        <source>{name}: JSON, but not an EventFahrplan favourites share (no &quot;lectures&quot;)</source>
        <translation>{name}: JSON, pero no un favorito compartido de EventFahrplan (sin «lectures»)</translation>
    </message>
    <message>
        <source>{name}: no sessions in this EventFahrplan share</source>
        <translation>{name}: no hay sesiones en este favorito compartido de EventFahrplan</translation>
    </message>
    <message>
        <source>{path}: not saved, another Agenda has been writing there for over {seconds} s</source>
        <translation>{path}: no se guardó, otro Agenda lleva escribiendo ahí más de {seconds} s</translation>
    </message>
    <message>
        <source>{path}: is a folder</source>
        <translation>{path}: es una carpeta</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: no se puede escribir ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot read {kind} ({reason}); left untouched</source>
        <translation>{path}: no se puede leer {kind} ({reason}); se dejó intacto</translation>
    </message>
    <message>
        <source>{path}: {kind} is not a regular file; left untouched</source>
        <translation>{path}: {kind} no es un archivo normal; se dejó intacto</translation>
    </message>
    <message>
        <source>larger than {mb} MB</source>
        <translation>más de {mb} MB</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>JSON no válido ({reason})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>anidado demasiado</translation>
    </message>
    <message>
        <source>{problem}; left untouched</source>
        <translation>{problem}; se dejó intacto</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}); left untouched</source>
        <translation>{path}: {kind} es ilegible ({problem}); se dejó intacto</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}) and could not be moved aside ({reason}); left untouched</source>
        <translation>{path}: {kind} es ilegible ({problem}) y no se pudo apartar ({reason}); se dejó intacto</translation>
    </message>
    <message>
        <source>{path}: {kind} was unreadable ({problem}); kept aside as {name}</source>
        <translation>{path}: {kind} era ilegible ({problem}); se apartó como {name}</translation>
    </message>
    <message>
        <source>{name}: no VCALENDAR found, not an iCalendar feed</source>
        <translation>{name}: no se encontró VCALENDAR, no es un feed iCalendar</translation>
    </message>
    <message>
        <source>{name}: day_change {text} is not HH:MM; ignored</source>
        <translation>{name}: day_change {text} no tiene el formato HH:MM; se ignoró</translation>
    </message>
    <message>
        <source>{problem}; left out</source>
        <translation>{problem}; se dejó fuera</translation>
    </message>
    <message>
        <source>{name}: event {event}</source>
        <translation>{name}: evento {event}</translation>
    </message>
    <message>
        <source>{where}: has neither guid nor id</source>
        <translation>{where}: no tiene ni guid ni id</translation>
    </message>
    <message>
        <source>{where}: date {date} is not an ISO 8601 time</source>
        <translation>{where}: la fecha {date} no es una hora ISO 8601</translation>
    </message>
    <message>
        <source>{where}: start {start} on {day} is not a time</source>
        <translation>{where}: el inicio {start} el {day} no es una hora</translation>
    </message>
    <message>
        <source>{where}: has no date</source>
        <translation>{where}: no tiene fecha</translation>
    </message>
    <message>
        <source>{name}: no usable events in this {generator}{why}</source>
        <translation>{name}: no hay eventos utilizables en este {generator}{why}</translation>
    </message>
    <message>
        <source>{where}: duration {text} is longer than {days} days</source>
        <translation>{where}: la duración {text} supera los {days} días</translation>
    </message>
    <message>
        <source>{where}: duration {text} is not HH:MM</source>
        <translation>{where}: la duración {text} no tiene el formato HH:MM</translation>
    </message>
    <message>
        <source>picks file</source>
        <translation>el archivo de elecciones</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>el archivo de ajustes</translation>
    </message>
    <message>
        <source>schedule snapshot</source>
        <translation>la instantánea del programa</translation>
    </message>
    <message>
        <source>feed cache</source>
        <translation>la caché del programa</translation>
    </message>
    <message>
        <source>export state</source>
        <translation>el estado de exportación</translation>
    </message>
    <message>
        <source>share links</source>
        <translation>los enlaces para compartir</translation>
    </message>
    <message>
        <source>{path}: {kind} has no usable version ({found})</source>
        <translation>{path}: {kind} no tiene una versión utilizable ({found})</translation>
    </message>
    <message>
        <source>{path}: {kind} was written by a newer Agenda (format {found}, this one reads up to {current}); left untouched, update Agenda to use it</source>
        <translation>{path}: {kind} lo escribió un Agenda más reciente (formato {found}, este lee hasta el {current}); se dejó intacto, actualiza Agenda para usarlo</translation>
    </message>
    <message>
        <source>{path}: {kind} format {found} cannot be read by this Agenda (no way from {step})</source>
        <translation>{path}: este Agenda no puede leer {kind} en formato {found} (no hay camino desde {step})</translation>
    </message>
    <message>
        <source>{path}: cannot keep a copy before updating its format ({reason})</source>
        <translation>{path}: no se pudo guardar una copia antes de actualizar su formato ({reason})</translation>
    </message>
    <message>
        <source>{path}: that is the schedule feed being read; choose another file (nothing written)</source>
        <translation>{path}: es el programa que se está leyendo; elige otro archivo (no se escribió nada)</translation>
    </message>
    <message>
        <source>{problem}; nothing exported, so that no event is cancelled on your phone (star your sessions again, then export)</source>
        <translation>{problem}; no se exportó nada, para que no se cancele ningún evento en tu teléfono (vuelve a poner tus estrellas y exporta)</translation>
    </message>
    <message>
        <source>{path}: your picks file is missing; nothing exported, so that the events exported before are not cancelled on your phone</source>
        <translation>{path}: falta tu archivo de elecciones; no se exportó nada, para que los eventos exportados antes no se cancelen en tu teléfono</translation>
    </message>
    <message>
        <source>cannot share on {address}:{port}: {reason}</source>
        <translation>no se puede compartir en {address}:{port}: {reason}</translation>
    </message>
    <message>
        <source>{path}: not saved, the existing picks file could not be read or moved aside</source>
        <translation>{path}: no se guardó, el archivo de elecciones existente no se pudo leer ni apartar</translation>
    </message>
    <message>
        <source>{path}: not saved, the picks file another process wrote could not be read</source>
        <translation>{path}: no se guardó, el archivo de elecciones que escribió otro proceso no se pudo leer</translation>
    </message>
    <message numerus="yes">
        <source>{name}: unknown time zone {zone} (%n event(s)); times read in {display}</source>
        <translation>
            <numerusform>{name}: zona horaria desconocida {zone} (%n evento); horas leídas en {display}</numerusform>
            <numerusform>{name}: zona horaria desconocida {zone} (%n eventos); horas leídas en {display}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: skipped {event}: {problem}</source>
        <translation>{name}: se omitió {event}: {problem}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}: no events in this feed</source>
        <translation>{name}: no hay eventos en este feed</translation>
    </message>
    <message>
        <source>{event} ends before it starts; shown with no duration</source>
        <translation>{event} termina antes de empezar; se muestra sin duración</translation>
    </message>
    <message>
        <source>{n} occurrences</source>
        <translation>{n} repeticiones</translation>
    </message>
    <message>
        <source>{name}: could not apply X-WR-TIMEZONE {zone}: {reason}</source>
        <translation>{name}: no se pudo aplicar X-WR-TIMEZONE {zone}: {reason}</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats every second (FREQ={freq}); shown once, as written</source>
        <translation>{name}: el evento periódico {event} se repite cada segundo (FREQ={freq}); se muestra una vez, tal como está escrito</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats without end; showing its occurrences up to {date}</source>
        <translation>{name}: el evento periódico {event} se repite sin fin; se muestran sus repeticiones hasta el {date}</translation>
    </message>
    <message>
        <source>{name}: recurring events stopped expanding at {limit} (at {event}); later occurrences are not shown</source>
        <translation>{name}: los eventos periódicos dejaron de expandirse al llegar a {limit} (en {event}); no se muestran las repeticiones posteriores</translation>
    </message>
    <message>
        <source>{name}: could not expand the recurrence of {event} ({reason}); shown as written</source>
        <translation>{name}: no se pudo expandir la repetición de {event} ({reason}); se muestra tal como está escrito</translation>
    </message>
    <message>
        <source>{name}: {event}: ignored an unreadable {prop} {text}</source>
        <translation>{name}: {event}: se ignoró un {prop} ilegible {text}</translation>
    </message>
    <message>
        <source>the link could not be kept for next time ({reason})</source>
        <translation>no se pudo guardar el enlace para la próxima vez ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: it only hides %n session(s) (Agenda hides no single session), so there is nothing to star</source>
        <translation>
            <numerusform>{name}: solo oculta %n sesión (Agenda no oculta sesiones sueltas), así que no hay nada que marcar</numerusform>
            <numerusform>{name}: solo oculta %n sesiones (Agenda no oculta sesiones sueltas), así que no hay nada que marcar</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: no events to import</source>
        <translation>{name}: no hay eventos que importar</translation>
    </message>
    <message numerus="yes">
        <source>{name}: none of its %n event(s) is a session of {conference} (is it from another conference?)</source>
        <translation>
            <numerusform>{name}: su %n evento no es una sesión de {conference} (¿es de otra conferencia?)</numerusform>
            <numerusform>{name}: ninguno de sus %n eventos es una sesión de {conference} (¿es de otra conferencia?)</numerusform>
        </translation>
    </message>
</context>
</TS>
