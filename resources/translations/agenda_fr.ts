<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Removed {name} from the plan (its picks are kept)</source>
        <translation>{name} retiré du plan (ses choix sont conservés)</translation>
    </message>
    <message>
        <source>{name} is already in this plan</source>
        <translation>{name} est déjà dans ce plan</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed {name}: %n change(s) to your picks</source>
        <translation>
            <numerusform>{name} actualisé : %n changement dans vos choix</numerusform>
            <numerusform>{name} actualisé : %n changements dans vos choix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n session(s)</source>
        <translation>
            <numerusform>{name} ajouté : %n session</numerusform>
            <numerusform>{name} ajouté : %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name}: %n session(s)</source>
        <translation>
            <numerusform>{name} ouvert : %n session</numerusform>
            <numerusform>{name} ouvert : %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name} with %n warning(s): {warning}</source>
        <translation>
            <numerusform>{name} ouvert avec %n avertissement : {warning}</numerusform>
            <numerusform>{name} ouvert avec %n avertissements : {warning}</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove cancelled session</source>
        <translation>Retirer la session annulée</translation>
    </message>
    <message>
        <source>; {name}&apos;s {zone} shown in it</source>
        <translation>; l’heure {zone} de {name} y est affichée</translation>
    </message>
    <message>
        <source>my computer&apos;s time</source>
        <translation>heure de mon ordinateur</translation>
    </message>
    <message>
        <source>chosen zone</source>
        <translation>fuseau choisi</translation>
    </message>
    <message>
        <source>venue time</source>
        <translation>heure du lieu</translation>
    </message>
    <message>
        <source>Times: {zone} ({kind}{apart})</source>
        <translation>Heures : {zone} ({kind}{apart})</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Retirer l’étoile</translation>
    </message>
    <message>
        <source>Mark maybe</source>
        <translation>Marquer peut-être</translation>
    </message>
    <message>
        <source>Clear maybe</source>
        <translation>Retirer peut-être</translation>
    </message>
    <message>
        <source>Keep {title}</source>
        <translation>Garder {title}</translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) marked maybe (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>{title} gardé ; %n autre marqué peut-être (Ctrl+Z annule)</numerusform>
            <numerusform>{title} gardé ; %n autres marqués peut-être (Ctrl+Z annule)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) unstarred (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>{title} gardé ; %n autre sans étoile (Ctrl+Z annule)</numerusform>
            <numerusform>{title} gardé ; %n autres sans étoile (Ctrl+Z annule)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your picks are kept in memory but could not be saved: {exc}</source>
        <translation>Vos choix sont gardés en mémoire mais n’ont pas pu être enregistrés : {exc}</translation>
    </message>
    <message>
        <source>Your note is kept in memory but could not be saved: {exc}</source>
        <translation>Votre note est gardée en mémoire mais n’a pas pu être enregistrée : {exc}</translation>
    </message>
    <message>
        <source>Your item is kept in memory but could not be saved: {exc}</source>
        <translation>Votre élément est gardé en mémoire mais n’a pas pu être enregistré : {exc}</translation>
    </message>
    <message>
        <source>Import picks</source>
        <translation>Importer des choix</translation>
    </message>
    <message>
        <source>The import is kept in memory but could not be saved: {exc}</source>
        <translation>L’import est gardé en mémoire mais n’a pas pu être enregistré : {exc}</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Pas de rappel</translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation>Au début</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5 minutes avant</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 minutes avant</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutes avant</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 minutes avant</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 heure avant</translation>
    </message>
    <message>
        <source>Export my agenda</source>
        <translation>Exporter mon agenda</translation>
    </message>
    <message numerus="yes">
        <source>Writes your %n starred session(s) as an iCalendar file for your phone or calendar. Importing it again updates the events instead of adding them twice.</source>
        <translation>
            <numerusform>Écrit votre %n session étoilée dans un fichier iCalendar pour votre téléphone ou votre agenda. L’importer à nouveau met les évènements à jour au lieu de les ajouter deux fois.</numerusform>
            <numerusform>Écrit vos %n sessions étoilées dans un fichier iCalendar pour votre téléphone ou votre agenda. L’importer à nouveau met les évènements à jour au lieu de les ajouter deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message numerus="yes">
        <source>Include my %n maybe(s)</source>
        <translation>
            <numerusform>Inclure mon %n peut-être</numerusform>
            <numerusform>Inclure mes %n peut-être</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute avant</numerusform>
            <numerusform>%n minutes avant</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Rappel :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>Move to the next session in that direction</source>
        <translation>Aller à la session suivante dans cette direction</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Star or unstar the selected session</source>
        <translation>Mettre ou retirer l’étoile de la session choisie</translation>
    </message>
    <message>
        <source>Shift+Space</source>
        <translation>Maj+Espace</translation>
    </message>
    <message>
        <source>Mark the selected session maybe</source>
        <translation>Marquer la session choisie peut-être</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Show the selected session&apos;s details</source>
        <translation>Afficher les détails de la session choisie</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menu, Maj+F10</translation>
    </message>
    <message>
        <source>The selected session&apos;s menu</source>
        <translation>Le menu de la session choisie</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Show day 1 to 9</source>
        <translation>Afficher le jour 1 à 9</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
    <message>
        <source>Zoom the grid</source>
        <translation>Zoomer la grille</translation>
    </message>
    <message>
        <source>Shift+wheel</source>
        <translation>Maj+molette</translation>
    </message>
    <message>
        <source>Scroll across the rooms</source>
        <translation>Défiler à travers les salles</translation>
    </message>
    <message>
        <source>Esc (in the search box)</source>
        <translation>Échap (dans la recherche)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Plan your conference: the schedule as a day × room grid, your picks and their clashes, an agenda for your phone&apos;s calendar.</source>
        <translation>Préparez votre conférence : le programme en grille jour × salle, vos choix et leurs conflits, un agenda pour le calendrier de votre téléphone.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty.</source>
        <translation>Licence : GNU General Public License, version 3 ou ultérieure (GPL-3.0-or-later). Ce programme est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>About Agenda</source>
        <translation>À propos d’Agenda</translation>
    </message>
    <message>
        <source>Add my own item</source>
        <translation>Ajouter mon propre élément</translation>
    </message>
    <message>
        <source>Lunch with a colleague, a booth shift…</source>
        <translation>Déjeuner avec un collègue, une permanence au stand…</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>&amp;Où :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> et {n} de plus</translation>
    </message>
    <message>
        <source>⚠ CLASH with {shown}</source>
        <translation>⚠ CONFLIT avec {shown}</translation>
    </message>
    <message>
        <source>☆ maybe (a backup)</source>
        <translation>☆ peut-être (un plan B)</translation>
    </message>
    <message>
        <source>⇄ only {minutes} min to get there</source>
        <translation>⇄ seulement {minutes} min pour y aller</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
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
        <translation>tout le lieu</translation>
    </message>
    <message>
        <source> (off-site)</source>
        <translation> (hors site)</translation>
    </message>
    <message>
        <source>  (continued)</source>
        <translation>  (suite)</translation>
    </message>
    <message>
        <source>Times in {zone} · {stars} starred</source>
        <translation>Heures en {zone} · {stars} étoilées</translation>
    </message>
    <message>
        <source>, {n} maybe</source>
        <translation>, {n} peut-être</translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n session(s) clash</source>
        <translation>
            <numerusform> · ⚠ %n session en conflit</numerusform>
            <numerusform> · ⚠ %n sessions en conflit</numerusform>
        </translation>
    </message>
    <message>
        <source>My agenda · page {n} of {total} · printed by Agenda</source>
        <translation>Mon agenda · page {n} sur {total} · imprimé par Agenda</translation>
    </message>
    <message>
        <source>My agenda: {title}</source>
        <translation>Mon agenda : {title}</translation>
    </message>
    <message>
        <source>Port {port} is in use now, so the link has a new port: a phone subscribed before must scan the new code.</source>
        <translation>Le port {port} est occupé, le lien a donc un nouveau port : un téléphone abonné auparavant doit scanner le nouveau code.</translation>
    </message>
    <message>
        <source>Subscribe: your phone&apos;s calendar keeps polling this computer and follows every star, unstar and time change while the two are on the same network. Subscribed calendars often drop reminders (Apple&apos;s default is &quot;Remove Alerts&quot;, Google ignores them); choose Add once to keep them. Apple Calendar and ICSx⁵ on Android poll from the phone itself; Google Calendar polls from Google&apos;s servers, which cannot reach this computer: on Android, use ICSx⁵ or Add once.</source>
        <translation>S’abonner : le calendrier de votre téléphone interroge cet ordinateur et suit chaque étoile, retrait et changement d’horaire tant que les deux sont sur le même réseau. Les calendriers abonnés perdent souvent les rappels (Apple propose « Supprimer les alertes » par défaut, Google les ignore) ; choisissez Ajouter une fois pour les garder. Apple Calendrier et ICSx⁵ sur Android interrogent depuis le téléphone ; Google Agenda interroge depuis les serveurs de Google, qui ne peuvent pas joindre cet ordinateur : sur Android, utilisez ICSx⁵ ou Ajouter une fois.</translation>
    </message>
    <message>
        <source>Add once: the phone downloads the file and its calendar imports it, reminders included. Sharing stops after the download, or in 10 minutes.</source>
        <translation>Ajouter une fois : le téléphone télécharge le fichier et son calendrier l’importe, rappels compris. Le partage s’arrête après le téléchargement, ou au bout de 10 minutes.</translation>
    </message>
    <message>
        <source>The phone must be on the same network as this computer. Many conference Wi-Fi networks keep devices apart: if the phone cannot open the link, use Save file… and send the file by mail or chat instead.</source>
        <translation>Le téléphone doit être sur le même réseau que cet ordinateur. Beaucoup de réseaux Wi-Fi de conférence isolent les appareils : si le téléphone ne peut pas ouvrir le lien, utilisez Enregistrer le fichier… et envoyez-le par courriel ou messagerie.</translation>
    </message>
    <message>
        <source>Send to phone</source>
        <translation>Envoyer au téléphone</translation>
    </message>
    <message>
        <source>&amp;Subscribe (stays up to date)</source>
        <translation>&amp;S’abonner (reste à jour)</translation>
    </message>
    <message>
        <source>Add &amp;once (keeps reminders)</source>
        <translation>Ajouter une f&amp;ois (garde les rappels)</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>Code QR du lien</translation>
    </message>
    <message>
        <source>Link for the phone</source>
        <translation>Lien pour le téléphone</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Network to share on</source>
        <translation>Réseau de partage</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Save &amp;file…</source>
        <translation>Enregistrer le &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;New link…</source>
        <translation>&amp;Nouveau lien…</translation>
    </message>
    <message>
        <source>Make a new secret link. The old one stops working: a phone subscribed to it stops getting updates.</source>
        <translation>Créer un nouveau lien secret. L’ancien cesse de fonctionner : un téléphone abonné ne reçoit plus les mises à jour.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera, or open the link on it.</source>
        <translation>Scannez le code avec l’appareil photo du téléphone, ou ouvrez le lien sur celui-ci.</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>Make a new link? The link given out before stops working: a phone subscribed to it stops getting updates until it subscribes to the new one.</source>
        <translation>Créer un nouveau lien ? Le lien donné auparavant cesse de fonctionner : un téléphone abonné ne reçoit plus les mises à jour jusqu’à ce qu’il s’abonne au nouveau.</translation>
    </message>
    <message>
        <source>New link made: the old one no longer works. Scan the new code with the phone.</source>
        <translation>Nouveau lien créé : l’ancien ne fonctionne plus. Scannez le nouveau code avec le téléphone.</translation>
    </message>
    <message>
        <source>Sharing stopped: nothing is served any more.</source>
        <translation>Partage arrêté : plus rien n’est servi.</translation>
    </message>
    <message>
        <source>The phone has downloaded your agenda. Sharing stopped.</source>
        <translation>Le téléphone a téléchargé votre agenda. Partage arrêté.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n time(s).</source>
        <translation>
            <numerusform>Téléchargé %n fois.</numerusform>
            <numerusform>Téléchargé %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>&amp;Arrêter le partage</translation>
    </message>
    <message>
        <source>S&amp;tart sharing</source>
        <translation>&amp;Démarrer le partage</translation>
    </message>
    <message>
        <source>Not sharing</source>
        <translation>Pas de partage</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Star this session, or unstar it</source>
        <translation>Mettre ou retirer l’étoile de cette session</translation>
    </message>
    <message>
        <source>Select this session and show its details</source>
        <translation>Choisir cette session et afficher ses détails</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} à {end}</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>sans salle</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>étoilée</translation>
    </message>
    <message>
        <source>maybe</source>
        <translation>peut-être</translation>
    </message>
    <message>
        <source>clashes with another pick</source>
        <translation>en conflit avec un autre choix</translation>
    </message>
    <message>
        <source>⊘ Not recorded: see it live</source>
        <translation>⊘ Non enregistrée : à voir en direct</translation>
    </message>
    <message>
        <source>off-site: </source>
        <translation>hors site : </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this day</source>
        <translation>
            <numerusform>%n session ce jour</numerusform>
            <numerusform>%n sessions ce jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule grid</source>
        <translation>Grille du programme</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Aucune session ce jour</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Aucune session choisie</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Peut-être</translation>
    </message>
    <message>
        <source>  • changed</source>
        <translation>  • modifiée</translation>
    </message>
    <message>
        <source>  ⊘ not recorded</source>
        <translation>  ⊘ non enregistrée</translation>
    </message>
    <message>
        <source>⊘ not recorded</source>
        <translation>⊘ non enregistrée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Schedule list</source>
        <translation>Liste du programme</translation>
    </message>
    <message>
        <source>The day&apos;s sessions in time order</source>
        <translation>Les sessions du jour dans l’ordre horaire</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Chargement annulé</translation>
    </message>
    <message>
        <source>Loading {source} …</source>
        <translation>Chargement de {source}…</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} et {b}</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will be recorded: you can watch it later.</source>
        <translation>{live} ne sera pas enregistrée : à voir en direct. {later} sera enregistrée : vous pourrez la regarder plus tard.</translation>
    </message>
    <message>
        <source>{live} will not be recorded: see it live. {later} will all be recorded: you can watch them later.</source>
        <translation>{live} ne sera pas enregistrée : à voir en direct. {later} seront toutes enregistrées : vous pourrez les regarder plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tight transfer(s)</source>
        <translation>
            <numerusform>%n changement serré</numerusform>
            <numerusform>%n changements serrés</numerusform>
        </translation>
    </message>
    <message>
        <source>the others become maybes</source>
        <translation>les autres deviennent peut-être</translation>
    </message>
    <message>
        <source>the others are unstarred</source>
        <translation>les autres perdent l’étoile</translation>
    </message>
    <message>
        <source>Keep {title} starred. The sessions it clashes with become maybes: backups, drawn dashed, that never count as clashes. Ctrl+Z undoes it.</source>
        <translation>Garder {title} étoilé. Les sessions en conflit deviennent peut-être : des plans B, en pointillés, qui ne comptent jamais comme conflits. Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Keep {title} starred and unstar the sessions it clashes with. Ctrl+Z undoes it.</source>
        <translation>Garder {title} étoilé et retirer l’étoile des sessions en conflit. Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>When you keep one,</source>
        <translation>Quand vous en gardez une,</translation>
    </message>
    <message>
        <source>What happens to the other clashing sessions</source>
        <translation>Ce que deviennent les autres sessions en conflit</translation>
    </message>
    <message>
        <source>No clashes between your starred sessions.</source>
        <translation>Aucun conflit entre vos sessions étoilées.</translation>
    </message>
    <message>
        <source>⚠ Overlap of {minutes} min, {start}–{end}</source>
        <translation>⚠ Chevauchement de {minutes} min, {start}–{end}</translation>
    </message>
    <message>
        <source>⇄ Tight transfer: {minutes} min to change rooms at {start}</source>
        <translation>⇄ Changement serré : {minutes} min pour changer de salle à {start}</translation>
    </message>
    <message>
        <source> · ⊘ not recorded</source>
        <translation> · ⊘ non enregistrée</translation>
    </message>
    <message>
        <source>Keep this one (see it live)</source>
        <translation>Garder celle-ci (à voir en direct)</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Garder celle-ci</translation>
    </message>
    <message>
        <source> (not recorded: see it live)</source>
        <translation> (non enregistrée : à voir en direct)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Other sessions by these speakers</source>
        <translation>Autres sessions de ces intervenants</translation>
    </message>
    <message>
        <source>★ Star</source>
        <translation>★ Étoile</translation>
    </message>
    <message>
        <source>☆ Maybe</source>
        <translation>☆ Peut-être</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>Description de la session</translation>
    </message>
    <message>
        <source>Your note: why you want to see it, a question to ask…</source>
        <translation>Votre note : pourquoi la voir, une question à poser…</translation>
    </message>
    <message>
        <source>Your note on this session</source>
        <translation>Votre note sur cette session</translation>
    </message>
    <message>
        <source>Select a session</source>
        <translation>Choisissez une session</translation>
    </message>
    <message>
        <source>  (cancelled)</source>
        <translation>  (annulée)</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, toute la journée</translation>
    </message>
    <message>
        <source>{day}, {span} ({zone}, UTC{offset})</source>
        <translation>{day}, {span} ({zone}, UTC{offset})</translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation>Votre propre élément</translation>
    </message>
    <message>
        <source>No room (venue-wide)</source>
        <translation>Sans salle (tout le lieu)</translation>
    </message>
    <message>
        <source> · off-site</source>
        <translation> · hors site</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>Parcours : {track}</translation>
    </message>
    <message>
        <source>Will be recorded</source>
        <translation>Sera enregistrée</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Étoilée</translation>
    </message>
    <message>
        <source>☆ Maybe (backup)</source>
        <translation>☆ Peut-être (plan B)</translation>
    </message>
    <message>
        <source>Not picked</source>
        <translation>Non choisie</translation>
    </message>
    <message>
        <source> · clashes with: </source>
        <translation> · en conflit avec : </translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ Retirer l’étoile</translation>
    </message>
    <message>
        <source>☆ Not maybe</source>
        <translation>☆ Pas peut-être</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
    <message>
        <source>More by {name}: </source>
        <translation>Plus de {name} : </translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>Mon agenda</translation>
    </message>
    <message>
        <source>{stars} starred, {maybes} maybe</source>
        <translation>{stars} étoilées, {maybes} peut-être</translation>
    </message>
    <message>
        <source>, {n} cancelled</source>
        <translation>, {n} annulées</translation>
    </message>
    <message>
        <source>, {n} removed</source>
        <translation>, {n} retirées</translation>
    </message>
    <message>
        <source>{minutes} min free</source>
        <translation>{minutes} min libres</translation>
    </message>
    <message>
        <source>  ⚠ clash</source>
        <translation>  ⚠ conflit</translation>
    </message>
    <message>
        <source>  (removed from the schedule: click to remove from your picks)</source>
        <translation>  (retirée du programme : cliquez pour la retirer de vos choix)</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nouvelle salle</translation>
    </message>
    <message>
        <source>Retitled</source>
        <translation>Renommée</translation>
    </message>
    <message>
        <source>Ends later</source>
        <translation>Finit plus tard</translation>
    </message>
    <message>
        <source>Ends earlier</source>
        <translation>Finit plus tôt</translation>
    </message>
    <message>
        <source>Starts at another time</source>
        <translation>Commence à une autre heure</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Mark these changes as seen</source>
        <translation>Marquer ces changements comme vus</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to your picks</source>
        <translation>
            <numerusform>%n changement dans vos choix</numerusform>
            <numerusform>%n changements dans vos choix</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to your picks</source>
        <translation>Aucun changement dans vos choix</translation>
    </message>
    <message numerus="yes">
        <source>; %n new session(s) in the schedule</source>
        <translation>
            <numerusform>; %n nouvelle session au programme</numerusform>
            <numerusform>; %n nouvelles sessions au programme</numerusform>
        </translation>
    </message>
    <message>
        <source>was {when}</source>
        <translation>était {when}</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind} : {title}</translation>
    </message>
    <message>
        <source>Not added: </source>
        <translation>Non ajoutée : </translation>
    </message>
    <message>
        <source>Copy of {fetched}: the new one was refused</source>
        <translation>Copie du {fetched} : la nouvelle a été refusée</translation>
    </message>
    <message>
        <source>Offline, last updated {fetched}</source>
        <translation>Hors ligne, mis à jour le {fetched}</translation>
    </message>
    <message>
        <source>Not added: {message}</source>
        <translation>Non ajoutée : {message}</translation>
    </message>
    <message>
        <source> (showing {name} instead)</source>
        <translation> (affichage de {name} à la place)</translation>
    </message>
    <message>
        <source>&amp;Add a conference…</source>
        <translation>&amp;Ajouter une conférence…</translation>
    </message>
    <message>
        <source>Add a conference &amp;from URL…</source>
        <translation>Ajouter une conférence depuis une &amp;URL…</translation>
    </message>
    <message>
        <source>&amp;Conferences in this plan</source>
        <translation>&amp;Conférences de ce plan</translation>
    </message>
    <message>
        <source>Add a conference to this plan</source>
        <translation>Ajouter une conférence à ce plan</translation>
    </message>
    <message>
        <source>Schedules (*.ics *.ical *.xml *.json);;All files (*)</source>
        <translation>Programmes (*.ics *.ical *.xml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add a conference from URL</source>
        <translation>Ajouter une conférence depuis une URL</translation>
    </message>
    <message>
        <source>Schedule URL (iCalendar, schedule.xml or schedule.json; https://, http:// or webcal://):</source>
        <translation>URL du programme (iCalendar, schedule.xml ou schedule.json ; https://, http:// ou webcal://) :</translation>
    </message>
    <message>
        <source>(no schedule open)</source>
        <translation>(aucun programme ouvert)</translation>
    </message>
    <message>
        <source>Refresh {name}</source>
        <translation>Actualiser {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the plan</source>
        <translation>Retirer {name} du plan</translation>
    </message>
    <message>
        <source>Add a conference to plan several together</source>
        <translation>Ajoutez une conférence pour en planifier plusieurs ensemble</translation>
    </message>
    <message>
        <source>A schedule was dropped</source>
        <translation>Un programme a été déposé</translation>
    </message>
    <message>
        <source>Add {dropped} to this plan, beside {name}, or open it instead?</source>
        <translation>Ajouter {dropped} à ce plan, à côté de {name}, ou l’ouvrir à la place ?</translation>
    </message>
    <message>
        <source>&amp;Add to this plan</source>
        <translation>&amp;Ajouter à ce plan</translation>
    </message>
    <message>
        <source>&amp;Open instead</source>
        <translation>&amp;Ouvrir à la place</translation>
    </message>
    <message>
        <source>Days ▾</source>
        <translation>Jours ▾</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Choisir un jour</translation>
    </message>
    <message>
        <source>Every day of the conference</source>
        <translation>Tous les jours de la conférence</translation>
    </message>
    <message>
        <source>Search titles, speakers, rooms, tracks… (Ctrl+F)</source>
        <translation>Chercher titres, intervenants, salles, parcours… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Étoilées seulement</translation>
    </message>
    <message>
        <source>Hide others</source>
        <translation>Masquer les autres</translation>
    </message>
    <message>
        <source>Hide sessions that do not match instead of dimming them</source>
        <translation>Masquer les sessions qui ne correspondent pas au lieu de les estomper</translation>
    </message>
    <message>
        <source>+{n} more…</source>
        <translation>+{n} de plus…</translation>
    </message>
    <message>
        <source>Click a track to show only it (again to undo)</source>
        <translation>Cliquez sur un parcours pour n’afficher que lui (encore une fois pour annuler)</translation>
    </message>
    <message>
        <source>Tracks ({n})</source>
        <translation>Parcours ({n})</translation>
    </message>
    <message>
        <source>Rooms ({n})</source>
        <translation>Salles ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n matching session(s), {on_day} on this day</source>
        <translation>
            <numerusform>%n session trouvée, {on_day} ce jour</numerusform>
            <numerusform>%n sessions trouvées, {on_day} ce jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) fit in this gap</source>
        <translation>
            <numerusform>%n session tient dans ce créneau</numerusform>
            <numerusform>%n sessions tiennent dans ce créneau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>No matching sessions on this day</source>
        <translation>Aucune session correspondante ce jour</translation>
    </message>
    <message>
        <source>{n} of {hits}</source>
        <translation>{n} sur {hits}</translation>
    </message>
    <message>
        <source>No clashes</source>
        <translation>Aucun conflit</translation>
    </message>
    <message>
        <source>Clash {n} of {clashes}</source>
        <translation>Conflit {n} sur {clashes}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Horloge</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>Comme la langue les écrit</translation>
    </message>
    <message>
        <source>24-hour (14:30)</source>
        <translation>24 heures (14:30)</translation>
    </message>
    <message>
        <source>12-hour (2:30 PM)</source>
        <translation>12 heures (2:30 PM)</translation>
    </message>
    <message>
        <source>Agenda will be in {language} the next time it opens.</source>
        <translation>Agenda sera en {language} à sa prochaine ouverture.</translation>
    </message>
    <message>
        <source>Times will read this way the next time Agenda opens.</source>
        <translation>Les heures s’afficheront ainsi à la prochaine ouverture d’Agenda.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Conference days</source>
        <translation>Jours de la conférence</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Venue time</source>
        <translation>Heure du lieu</translation>
    </message>
    <message>
        <source>My computer&apos;s time</source>
        <translation>Heure de mon ordinateur</translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation>Autre fuseau…</translation>
    </message>
    <message>
        <source>Show or hide the side panel (F9)</source>
        <translation>Afficher ou masquer le panneau latéral (F9)</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Panneau latéral</translation>
    </message>
    <message>
        <source>Clash count</source>
        <translation>Nombre de conflits</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{name} — Agenda</source>
        <translation>{name} — Agenda</translation>
    </message>
    <message>
        <source>Clashes ({n})</source>
        <translation>Conflits ({n})</translation>
    </message>
    <message>
        <source>Loading the schedule…</source>
        <translation>Chargement du programme…</translation>
    </message>
    <message>
        <source>No schedule open (File › Open)</source>
        <translation>Aucun programme ouvert (Fichier › Ouvrir)</translation>
    </message>
    <message>
        <source>What changed ({n})</source>
        <translation>Changements ({n})</translation>
    </message>
    <message>
        <source>Your latest picks could not be saved: {problem}

Quit anyway?</source>
        <translation>Vos derniers choix n’ont pas pu être enregistrés : {problem}

Quitter quand même ?</translation>
    </message>
    <message>
        <source>showing the copy from {fetched}: the server&apos;s new copy was refused ({reason})</source>
        <translation>affichage de la copie du {fetched} : la nouvelle copie du serveur a été refusée ({reason})</translation>
    </message>
    <message>
        <source>offline, last updated {fetched} ({reason})</source>
        <translation>hors ligne, mis à jour le {fetched} ({reason})</translation>
    </message>
    <message>
        <source>{url}: redirected to a {scheme}: URL ({target}); only http and https redirects are followed</source>
        <translation>{url} : redirigé vers une URL {scheme}: ({target}) ; seules les redirections http et https sont suivies</translation>
    </message>
    <message>
        <source>{url}: redirected from https to unencrypted http ({target}); refused</source>
        <translation>{url} : redirigé de https vers du http non chiffré ({target}) ; refusé</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be opened</source>
        <translation>{url} : seules les URL http, https et webcal peuvent être ouvertes</translation>
    </message>
    <message>
        <source>{url}: timed out after {seconds} s (no complete answer by then)</source>
        <translation>{url} : délai dépassé après {seconds} s (pas de réponse complète)</translation>
    </message>
    <message>
        <source>{url}: the feed is larger than {mb} MB; not loaded</source>
        <translation>{url} : le programme dépasse {mb} Mo ; non chargé</translation>
    </message>
    <message>
        <source>{url}: redirected to a URL that is not http or https; not followed</source>
        <translation>{url} : redirigé vers une URL qui n’est ni http ni https ; non suivie</translation>
    </message>
    <message>
        <source>{url}: too many redirects (more than {n})</source>
        <translation>{url} : trop de redirections (plus de {n})</translation>
    </message>
    <message>
        <source>{url}: HTTP {code} {reason}</source>
        <translation>{url} : HTTP {code} {reason}</translation>
    </message>
    <message>
        <source>{url}: no secure (https) connection could be made</source>
        <translation>{url} : aucune connexion sécurisée (https) n’a pu être établie</translation>
    </message>
    <message>
        <source>{url}: cannot connect ({reason})</source>
        <translation>{url} : connexion impossible ({reason})</translation>
    </message>
    <message>
        <source>{url}: network error ({reason})</source>
        <translation>{url} : erreur réseau ({reason})</translation>
    </message>
    <message>
        <source>{url}: the server&apos;s answer broke off ({reason})</source>
        <translation>{url} : la réponse du serveur s’est interrompue ({reason})</translation>
    </message>
    <message>
        <source>{url}: this URL returned a web page, not a calendar feed or schedule</source>
        <translation>{url} : cette URL renvoie une page web, pas un programme ni un calendrier</translation>
    </message>
    <message>
        <source>{url}: the response is not an iCalendar feed, schedule.xml or schedule.json</source>
        <translation>{url} : la réponse n’est ni un flux iCalendar, ni un schedule.xml, ni un schedule.json</translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be added</source>
        <translation>{url} : seules les URL http, https et webcal peuvent être ajoutées</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Ouvrir une &amp;URL…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Export my agenda…</source>
        <translation>&amp;Exporter mon agenda…</translation>
    </message>
    <message>
        <source>Send to &amp;phone…</source>
        <translation>Envoyer au &amp;téléphone…</translation>
    </message>
    <message>
        <source>&amp;Import picks…</source>
        <translation>&amp;Importer des choix…</translation>
    </message>
    <message>
        <source>Import picks from UR&amp;L…</source>
        <translation>Importer des choix depuis une UR&amp;L…</translation>
    </message>
    <message>
        <source>&amp;Print my agenda…</source>
        <translation>Im&amp;primer mon agenda…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Save agenda as P&amp;DF…</source>
        <translation>Enregistrer l’agenda en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Résultat &amp;suivant</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Résultat &amp;précédent</translation>
    </message>
    <message>
        <source>Minutes to change &amp;rooms…</source>
        <translation>Minutes pour changer de &amp;salle…</translation>
    </message>
    <message>
        <source>Add my &amp;own item…</source>
        <translation>Ajouter mon pr&amp;opre élément…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically…</source>
        <translation>Actualiser &amp;automatiquement…</translation>
    </message>
    <message>
        <source>Next clash</source>
        <translation>Conflit suivant</translation>
    </message>
    <message>
        <source>Previous clash</source>
        <translation>Conflit précédent</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;About Agenda</source>
        <translation>À &amp;propos d’Agenda</translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation>Afficher les heures en :</translation>
    </message>
    <message>
        <source>Open schedule feed</source>
        <translation>Ouvrir un programme</translation>
    </message>
    <message>
        <source>iCalendar feeds (*.ics *.ical);;All files (*)</source>
        <translation>Programmes iCalendar (*.ics *.ical);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>Ouvrir une URL</translation>
    </message>
    <message>
        <source>Schedule feed URL (https://, http:// or webcal://):</source>
        <translation>URL du programme (https://, http:// ou webcal://) :</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>Actualiser automatiquement</translation>
    </message>
    <message>
        <source>Refresh the feed every (minutes, 0 = never):</source>
        <translation>Actualiser le programme toutes les (minutes, 0 = jamais) :</translation>
    </message>
    <message>
        <source>Minutes to change rooms</source>
        <translation>Minutes pour changer de salle</translation>
    </message>
    <message>
        <source>Flag consecutive picks in different rooms closer than (minutes):</source>
        <translation>Signaler les choix consécutifs dans des salles différentes à moins de (minutes) :</translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation>Échec de l’export : {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s)</source>
        <translation>
            <numerusform>%n session exportée</numerusform>
            <numerusform>%n sessions exportées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n cancellation(s)</source>
        <translation>
            <numerusform> et %n annulation</numerusform>
            <numerusform> et %n annulations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n conferences</source>
        <translation>
            <numerusform> de %n conférences</numerusform>
            <numerusform> de %n conférences</numerusform>
        </translation>
    </message>
    <message>
        <source> to {path}</source>
        <translation> vers {path}</translation>
    </message>
    <message>
        <source>. Note: {problem}</source>
        <translation>. Remarque : {problem}</translation>
    </message>
    <message>
        <source>Nothing to print yet: star the sessions you want on paper first.</source>
        <translation>Rien à imprimer pour l’instant : mettez d’abord une étoile aux sessions que vous voulez sur papier.</translation>
    </message>
    <message>
        <source>Print preview — my agenda</source>
        <translation>Aperçu avant impression — mon agenda</translation>
    </message>
    <message numerus="yes">
        <source>Printed your agenda: %n page(s)</source>
        <translation>
            <numerusform>Agenda imprimé : %n page</numerusform>
            <numerusform>Agenda imprimé : %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda as PDF</source>
        <translation>Enregistrer l’agenda en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF failed: {exc}</source>
        <translation>Échec de l’enregistrement du PDF : {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Saved your agenda (%n page(s)) to {path}</source>
        <translation>
            <numerusform>Agenda enregistré (%n page) dans {path}</numerusform>
            <numerusform>Agenda enregistré (%n pages) dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing with your phone</source>
        <translation>Partage avec votre téléphone</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>Sharing with your phone: {url}</source>
        <translation>Partage avec votre téléphone : {url}</translation>
    </message>
    <message>
        <source>Import it in your phone&apos;s or computer&apos;s calendar; after a change, export again and import the new file: events are updated, not doubled.</source>
        <translation>Importez-le dans le calendrier de votre téléphone ou de votre ordinateur ; après un changement, exportez à nouveau et importez le nouveau fichier : les évènements sont mis à jour, pas doublés.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Calendar files and shared favourites (*.ics *.ical *.ifb *.json *.txt);;All files (*)</source>
        <translation>Fichiers de calendrier et favoris partagés (*.ics *.ical *.ifb *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import picks from URL</source>
        <translation>Importer des choix depuis une URL</translation>
    </message>
    <message>
        <source>The calendar of your picks (https://, http:// or webcal://), such as Sched&apos;s &quot;my schedule&quot; feed, or a Giggity share link:</source>
        <translation>Le calendrier de vos choix (https://, http:// ou webcal://), comme le flux « my schedule » de Sched, ou un lien de partage Giggity :</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <translation>le lien Giggity</translation>
    </message>
    <message>
        <source>Nothing imported: {url}: only http, https and webcal URLs can be read</source>
        <translation>Rien importé : {url} : seules les URL http, https et webcal peuvent être lues</translation>
    </message>
    <message>
        <source>Downloading your picks from {url}…</source>
        <translation>Téléchargement de vos choix depuis {url}…</translation>
    </message>
    <message>
        <source>Nothing imported: {message}</source>
        <translation>Rien importé : {message}</translation>
    </message>
    <message>
        <source>Nothing imported: {exc}</source>
        <translation>Rien importé : {exc}</translation>
    </message>
    <message>
        <source>Nothing imported: {problem}</source>
        <translation>Rien importé : {problem}</translation>
    </message>
    <message>
        <source>{n} starred</source>
        <translation>{n} étoilées</translation>
    </message>
    <message>
        <source>{n} marked maybe</source>
        <translation>{n} marquées peut-être</translation>
    </message>
    <message>
        <source>{n} already picked</source>
        <translation>{n} déjà choisies</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of your own</source>
        <translation>
            <numerusform>%n élément à vous</numerusform>
            <numerusform>%n éléments à vous</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} hidden in Giggity left as they are</source>
        <translation>{n} masquées dans Giggity laissées telles quelles</translation>
    </message>
    <message>
        <source>Imported from {name}: </source>
        <translation>Importé depuis {name} : </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) did not match one session: star them by hand (Show Details lists them). Edit → Undo takes the import back.</source>
        <translation>
            <numerusform>%n évènement ne correspond à aucune session unique : mettez-lui une étoile à la main (Afficher les détails le liste). Édition → Annuler défait l’import.</numerusform>
            <numerusform>%n évènements ne correspondent à aucune session unique : mettez-leur une étoile à la main (Afficher les détails les liste). Édition → Annuler défait l’import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found: {title} ({when})</source>
        <translation>Introuvable : {title} ({when})</translation>
    </message>
    <message>
        <source>More than one match: {title} ({when})</source>
        <translation>Plusieurs correspondances : {title} ({when})</translation>
    </message>
    <message>
        <source>Edit → Undo takes the import back.</source>
        <translation>Édition → Annuler défait l’import.</translation>
    </message>
    <message>
        <source>Not added: {exc}</source>
        <translation>Non ajouté : {exc}</translation>
    </message>
    <message>
        <source>Added {title} to your agenda (the Mine column)</source>
        <translation>{title} ajouté à votre agenda (la colonne Les miens)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>sans heure</translation>
    </message>
    <message>
        <source>★ &amp;Star</source>
        <translation>★ É&amp;toile</translation>
    </message>
    <message>
        <source>☆ &amp;Maybe</source>
        <translation>☆ &amp;Peut-être</translation>
    </message>
    <message>
        <source>&amp;Unstar</source>
        <translation>&amp;Retirer l’étoile</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>Ouvrir le &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation>&amp;Copier le titre</translation>
    </message>
    <message>
        <source>Show in My &amp;agenda</source>
        <translation>Afficher dans Mon &amp;agenda</translation>
    </message>
    <message>
        <source>&amp;Remove my item</source>
        <translation>&amp;Retirer mon élément</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Fit rooms to width</source>
        <translation>&amp;Ajuster les salles à la largeur</translation>
    </message>
    <message>
        <source>&amp;List view</source>
        <translation>Vue en &amp;liste</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>&amp;Panneau latéral</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation>Zoom {percent}</translation>
    </message>
    <message numerus="yes">
        <source>all %n room(s) fitted to the width</source>
        <translation>
            <numerusform>%n salle ajustée à la largeur</numerusform>
            <numerusform>les %n salles ajustées à la largeur</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} rooms fit at a readable width: scroll sideways for the others</source>
        <translation>{shown} salles sur {total} tiennent à une largeur lisible : faites défiler pour les autres</translation>
    </message>
    <message>
        <source>{where}: invalid UTF-8 replaced</source>
        <translation>{where} : UTF-8 invalide remplacé</translation>
    </message>
    <message>
        <source>{name}: empty file, not an iCalendar feed</source>
        <translation>{name} : fichier vide, pas un flux iCalendar</translation>
    </message>
    <message>
        <source>{name}: this is a web page (HTML/XML), not a calendar feed</source>
        <translation>{name} : c’est une page web (HTML/XML), pas un calendrier</translation>
    </message>
    <message>
        <source>{name} line {line}: not an iCalendar file (expected BEGIN:VCALENDAR)</source>
        <translation>{name} ligne {line} : pas un fichier iCalendar (BEGIN:VCALENDAR attendu)</translation>
    </message>
    <message>
        <source>{name}: not an iCalendar file (no BEGIN:VCALENDAR or BEGIN:VEVENT)</source>
        <translation>{name} : pas un fichier iCalendar (ni BEGIN:VCALENDAR ni BEGIN:VEVENT)</translation>
    </message>
    <message>
        <source>{name}: {zones} time zone definitions (VTIMEZONE); a calendar feed has a few, and at most {most} are read</source>
        <translation>{name} : {zones} définitions de fuseau horaire (VTIMEZONE) ; un calendrier en a quelques-unes, et au plus {most} sont lues</translation>
    </message>
    <message>
        <source>{name}: components nested too deeply</source>
        <translation>{name} : composants imbriqués trop profondément</translation>
    </message>
    <message>
        <source>no DTSTART</source>
        <translation>pas de DTSTART</translation>
    </message>
    <message>
        <source>unreadable DTSTART</source>
        <translation>DTSTART illisible</translation>
    </message>
    <message>
        <source>{name} line {line}</source>
        <translation>{name} ligne {line}</translation>
    </message>
    <message>
        <source>{where}: ignored a broken line in {event}</source>
        <translation>{where} : ligne abîmée ignorée dans {event}</translation>
    </message>
    <message>
        <source>{name}: ignored a top-level {component} outside any VCALENDAR</source>
        <translation>{name} : {component} de premier niveau ignoré, hors de tout VCALENDAR</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n event(s) not inside a VCALENDAR; read anyway</source>
        <translation>
            <numerusform>{name} : %n évènement hors de tout VCALENDAR ; lu quand même</numerusform>
            <numerusform>{name} : %n évènements hors de tout VCALENDAR ; lus quand même</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {n} calendars in one file; merged</source>
        <translation>{name} : {n} calendriers dans un fichier ; fusionnés</translation>
    </message>
    <message>
        <source>{name}: X-WR-TIMEZONE {zone} is not a known time zone; ignored</source>
        <translation>{name} : X-WR-TIMEZONE {zone} n’est pas un fuseau connu ; ignoré</translation>
    </message>
    <message>
        <source>{where}: not a calendar line ({raw}): the file is damaged or not iCalendar</source>
        <translation>{where} : pas une ligne de calendrier ({raw}) : le fichier est abîmé ou n’est pas de l’iCalendar</translation>
    </message>
    <message>
        <source>{where}: cannot read this calendar ({reason})</source>
        <translation>{where} : impossible de lire ce calendrier ({reason})</translation>
    </message>
    <message>
        <source>{where}: skipped a stray line outside any event ({raw})</source>
        <translation>{where} : ligne parasite hors de tout évènement ignorée ({raw})</translation>
    </message>
    <message>
        <source>{name}: more than {n} stray lines; not a calendar file</source>
        <translation>{name} : plus de {n} lignes parasites ; pas un fichier de calendrier</translation>
    </message>
    <message>
        <source>{source}: larger than {mb} MB; not a conference schedule, not loaded</source>
        <translation>{source} : plus de {mb} Mo ; pas un programme de conférence, non chargé</translation>
    </message>
    <message>
        <source>{source}: no such file</source>
        <translation>{source} : fichier introuvable</translation>
    </message>
    <message>
        <source>{source}: is a folder, not a calendar file</source>
        <translation>{source} : c’est un dossier, pas un fichier de calendrier</translation>
    </message>
    <message>
        <source>{source}: permission denied</source>
        <translation>{source} : permission refusée</translation>
    </message>
    <message>
        <source>{source}: cannot read ({reason})</source>
        <translation>{source} : lecture impossible ({reason})</translation>
    </message>
    <message>
        <source>unknown time zone {name} (use an IANA name such as Europe/Paris)</source>
        <translation>fuseau horaire inconnu {name} (utilisez un nom IANA comme Europe/Paris)</translation>
    </message>
    <message>
        <source>{where}: not well-formed XML ({reason})</source>
        <translation>{where} : XML mal formé ({reason})</translation>
    </message>
    <message>
        <source>a DTD</source>
        <translation>une DTD</translation>
    </message>
    <message>
        <source>entity declarations</source>
        <translation>des déclarations d’entités</translation>
    </message>
    <message>
        <source>an external reference</source>
        <translation>une référence externe</translation>
    </message>
    <message>
        <source>a forbidden construct</source>
        <translation>une construction interdite</translation>
    </message>
    <message>
        <source>{name}: refused: the XML has {what}, which a schedule never needs (nothing was expanded or fetched)</source>
        <translation>{name} : refusé : le XML contient {what}, dont un programme n’a jamais besoin (rien n’a été développé ni téléchargé)</translation>
    </message>
    <message>
        <source>{name}: an XML file, but not a schedule.xml (its root is &lt;{root}&gt;)</source>
        <translation>{name} : un fichier XML, mais pas un schedule.xml (sa racine est &lt;{root}&gt;)</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name} : pas du texte UTF-8</translation>
    </message>
    <message>
        <source>{where}: not valid JSON ({reason})</source>
        <translation>{where} : JSON non valide ({reason})</translation>
    </message>
    <message>
        <source>{name}: JSON nested too deeply</source>
        <translation>{name} : JSON imbriqué trop profondément</translation>
    </message>
    <message>
        <source>{name}: JSON, but not a schedule.json (no schedule.conference)</source>
        <translation>{name} : du JSON, mais pas un schedule.json (pas de schedule.conference)</translation>
    </message>
    <message>
        <source>{what} {text} is not a date and time such as 2026-04-07T12:30</source>
        <translation>{what} {text} n’est pas une date et heure comme 2026-04-07T12:30</translation>
    </message>
    <message>
        <source>an item needs a title</source>
        <translation>un élément a besoin d’un titre</translation>
    </message>
    <message>
        <source>the item ends ({end}) before it starts ({start})</source>
        <translation>l’élément finit ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <source>{name}: the Giggity link&apos;s selection is too large</source>
        <translation>{name} : la sélection du lien Giggity est trop grande</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) cannot be read</source>
        <translation>{name} : un lien Giggity, mais sa sélection ({key}=) est illisible</translation>
    </message>
    <message>
        <source>{name}: a Giggity link, but its selection ({key}=) is not a list of events</source>
        <translation>{name} : un lien Giggity, mais sa sélection ({key}=) n’est pas une liste d’évènements</translation>
    </message>
    <message>
        <source>{name}: not valid JSON</source>
        <translation>{name} : JSON non valide</translation>
    </message>
    <message>
        <source>{name}: JSON, but not an EventFahrplan favourites share (no &quot;lectures&quot;)</source>
        <translation>{name} : du JSON, mais pas un partage de favoris EventFahrplan (pas de « lectures »)</translation>
    </message>
    <message>
        <source>{name}: no sessions in this EventFahrplan share</source>
        <translation>{name} : aucune session dans ce partage EventFahrplan</translation>
    </message>
    <message>
        <source>{path}: not saved, another Agenda has been writing there for over {seconds} s</source>
        <translation>{path} : non enregistré, un autre Agenda y écrit depuis plus de {seconds} s</translation>
    </message>
    <message>
        <source>{path}: is a folder</source>
        <translation>{path} : c’est un dossier</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path} : écriture impossible ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot read {kind} ({reason}); left untouched</source>
        <translation>{path} : impossible de lire le {kind} ({reason}) ; laissé tel quel</translation>
    </message>
    <message>
        <source>{path}: {kind} is not a regular file; left untouched</source>
        <translation>{path} : le {kind} n’est pas un fichier ordinaire ; laissé tel quel</translation>
    </message>
    <message>
        <source>larger than {mb} MB</source>
        <translation>plus de {mb} Mo</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>JSON non valide ({reason})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>imbriqué trop profondément</translation>
    </message>
    <message>
        <source>{problem}; left untouched</source>
        <translation>{problem} ; laissé tel quel</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}); left untouched</source>
        <translation>{path} : le {kind} est illisible ({problem}) ; laissé tel quel</translation>
    </message>
    <message>
        <source>{path}: {kind} is unreadable ({problem}) and could not be moved aside ({reason}); left untouched</source>
        <translation>{path} : le {kind} est illisible ({problem}) et n’a pas pu être mis de côté ({reason}) ; laissé tel quel</translation>
    </message>
    <message>
        <source>{path}: {kind} was unreadable ({problem}); kept aside as {name}</source>
        <translation>{path} : le {kind} était illisible ({problem}) ; mis de côté sous le nom {name}</translation>
    </message>
    <message>
        <source>{name}: no VCALENDAR found, not an iCalendar feed</source>
        <translation>{name} : aucun VCALENDAR trouvé, pas un flux iCalendar</translation>
    </message>
    <message>
        <source>{name}: day_change {text} is not HH:MM; ignored</source>
        <translation>{name} : day_change {text} n’est pas au format HH:MM ; ignoré</translation>
    </message>
    <message>
        <source>{problem}; left out</source>
        <translation>{problem} ; laissé de côté</translation>
    </message>
    <message>
        <source>{name}: event {event}</source>
        <translation>{name} : évènement {event}</translation>
    </message>
    <message>
        <source>{where}: has neither guid nor id</source>
        <translation>{where} : n’a ni guid ni id</translation>
    </message>
    <message>
        <source>{where}: date {date} is not an ISO 8601 time</source>
        <translation>{where} : la date {date} n’est pas une heure ISO 8601</translation>
    </message>
    <message>
        <source>{where}: start {start} on {day} is not a time</source>
        <translation>{where} : le début {start} le {day} n’est pas une heure</translation>
    </message>
    <message>
        <source>{where}: has no date</source>
        <translation>{where} : n’a pas de date</translation>
    </message>
    <message>
        <source>{name}: no usable events in this {generator}{why}</source>
        <translation>{name} : aucun évènement utilisable dans ce {generator}{why}</translation>
    </message>
    <message>
        <source>{where}: duration {text} is longer than {days} days</source>
        <translation>{where} : la durée {text} dépasse {days} jours</translation>
    </message>
    <message>
        <source>{where}: duration {text} is not HH:MM</source>
        <translation>{where} : la durée {text} n’est pas au format HH:MM</translation>
    </message>
    <message>
        <source>picks file</source>
        <translation>fichier de choix</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>fichier de réglages</translation>
    </message>
    <message>
        <source>schedule snapshot</source>
        <translation>instantané du programme</translation>
    </message>
    <message>
        <source>feed cache</source>
        <translation>cache du programme</translation>
    </message>
    <message>
        <source>export state</source>
        <translation>état d’export</translation>
    </message>
    <message>
        <source>share links</source>
        <translation>liens de partage</translation>
    </message>
    <message>
        <source>{path}: {kind} has no usable version ({found})</source>
        <translation>{path} : le {kind} n’a pas de version utilisable ({found})</translation>
    </message>
    <message>
        <source>{path}: {kind} was written by a newer Agenda (format {found}, this one reads up to {current}); left untouched, update Agenda to use it</source>
        <translation>{path} : le {kind} a été écrit par un Agenda plus récent (format {found}, celui-ci lit jusqu’au {current}) ; laissé tel quel, mettez Agenda à jour pour l’utiliser</translation>
    </message>
    <message>
        <source>{path}: {kind} format {found} cannot be read by this Agenda (no way from {step})</source>
        <translation>{path} : ce Agenda ne peut pas lire le {kind} au format {found} (aucun chemin depuis {step})</translation>
    </message>
    <message>
        <source>{path}: cannot keep a copy before updating its format ({reason})</source>
        <translation>{path} : impossible d’en garder une copie avant de mettre son format à jour ({reason})</translation>
    </message>
    <message>
        <source>{path}: that is the schedule feed being read; choose another file (nothing written)</source>
        <translation>{path} : c’est le programme en cours de lecture ; choisissez un autre fichier (rien n’a été écrit)</translation>
    </message>
    <message>
        <source>{problem}; nothing exported, so that no event is cancelled on your phone (star your sessions again, then export)</source>
        <translation>{problem} ; rien n’a été exporté, pour qu’aucun évènement ne soit annulé sur votre téléphone (remettez vos étoiles, puis exportez)</translation>
    </message>
    <message>
        <source>{path}: your picks file is missing; nothing exported, so that the events exported before are not cancelled on your phone</source>
        <translation>{path} : votre fichier de choix a disparu ; rien n’a été exporté, pour que les évènements déjà exportés ne soient pas annulés sur votre téléphone</translation>
    </message>
    <message>
        <source>cannot share on {address}:{port}: {reason}</source>
        <translation>impossible de partager sur {address}:{port} : {reason}</translation>
    </message>
    <message>
        <source>{path}: not saved, the existing picks file could not be read or moved aside</source>
        <translation>{path} : non enregistré, le fichier de choix existant n’a pu être ni lu ni mis de côté</translation>
    </message>
    <message>
        <source>{path}: not saved, the picks file another process wrote could not be read</source>
        <translation>{path} : non enregistré, le fichier de choix écrit par un autre processus n’a pas pu être lu</translation>
    </message>
    <message numerus="yes">
        <source>{name}: unknown time zone {zone} (%n event(s)); times read in {display}</source>
        <translation>
            <numerusform>{name} : fuseau horaire inconnu {zone} (%n évènement) ; heures lues en {display}</numerusform>
            <numerusform>{name} : fuseau horaire inconnu {zone} (%n évènements) ; heures lues en {display}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: skipped {event}: {problem}</source>
        <translation>{name} : {event} ignoré : {problem}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name} : {problem}</translation>
    </message>
    <message>
        <source>{name}: no events in this feed</source>
        <translation>{name} : aucun évènement dans ce programme</translation>
    </message>
    <message>
        <source>{event} ends before it starts; shown with no duration</source>
        <translation>{event} finit avant de commencer ; affiché sans durée</translation>
    </message>
    <message>
        <source>{n} occurrences</source>
        <translation>{n} occurrences</translation>
    </message>
    <message>
        <source>{name}: could not apply X-WR-TIMEZONE {zone}: {reason}</source>
        <translation>{name} : impossible d’appliquer X-WR-TIMEZONE {zone} : {reason}</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats every second (FREQ={freq}); shown once, as written</source>
        <translation>{name} : l’évènement récurrent {event} se répète chaque seconde (FREQ={freq}) ; affiché une fois, tel qu’écrit</translation>
    </message>
    <message>
        <source>{name}: recurring event {event} repeats without end; showing its occurrences up to {date}</source>
        <translation>{name} : l’évènement récurrent {event} se répète sans fin ; occurrences affichées jusqu’au {date}</translation>
    </message>
    <message>
        <source>{name}: recurring events stopped expanding at {limit} (at {event}); later occurrences are not shown</source>
        <translation>{name} : les évènements récurrents ont cessé d’être développés à {limit} (à {event}) ; les occurrences suivantes ne sont pas affichées</translation>
    </message>
    <message>
        <source>{name}: could not expand the recurrence of {event} ({reason}); shown as written</source>
        <translation>{name} : impossible de développer la récurrence de {event} ({reason}) ; affiché tel qu’écrit</translation>
    </message>
    <message>
        <source>{name}: {event}: ignored an unreadable {prop} {text}</source>
        <translation>{name} : {event} : {prop} illisible {text} ignoré</translation>
    </message>
    <message>
        <source>the link could not be kept for next time ({reason})</source>
        <translation>le lien n’a pas pu être gardé pour la prochaine fois ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: it only hides %n session(s) (Agenda hides no single session), so there is nothing to star</source>
        <translation>
            <numerusform>{name} : il masque seulement %n session (Agenda ne masque aucune session), rien à étoiler</numerusform>
            <numerusform>{name} : il masque seulement %n sessions (Agenda ne masque aucune session), rien à étoiler</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: no events to import</source>
        <translation>{name} : aucun évènement à importer</translation>
    </message>
    <message numerus="yes">
        <source>{name}: none of its %n event(s) is a session of {conference} (is it from another conference?)</source>
        <translation>
            <numerusform>{name} : son %n évènement n’est pas une session de {conference} (vient-il d’une autre conférence ?)</numerusform>
            <numerusform>{name} : aucun de ses %n évènements n’est une session de {conference} (vient-il d’une autre conférence ?)</numerusform>
        </translation>
    </message>
</context>
</TS>
