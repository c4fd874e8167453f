<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <source>Removed {name} from the plan (its picks are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already in this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refreshed {name}: %n change(s) to your picks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name}: %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name} with %n warning(s): {warning}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove cancelled session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {name}&apos;s {zone} shown in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my computer&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times: {zone} ({kind}{apart})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) marked maybe (Ctrl+Z undoes it)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) unstarred (Ctrl+Z undoes it)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your picks are kept in memory but could not be saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note is kept in memory but could not be saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your item is kept in memory but could not be saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is kept in memory but could not be saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writes your %n starred session(s) as an iCalendar file for your phone or calendar. Importing it again updates the events instead of adding them twice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Include my %n maybe(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{alarm} minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next session in that direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star or unstar the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected session maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected session&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected session&apos;s menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show day 1 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc (in the search box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan your conference: the schedule as a day × room grid, your picks and their clashes, an agenda for your phone&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my own item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch with a colleague, a booth shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ CLASH with {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ maybe (a backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇄ only {minutes} min to get there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free {span} ({length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (off-site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in {zone} · {stars} starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n session(s) clash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>My agenda · page {n} of {total} · printed by Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agenda: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} is in use now, so the link has a new port: a phone subscribed before must scan the new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe: your phone&apos;s calendar keeps polling this computer and follows every star, unstar and time change while the two are on the same network. Subscribed calendars often drop reminders (Apple&apos;s default is &quot;Remove Alerts&quot;, Google ignores them); choose Add once to keep them. Apple Calendar and ICSx⁵ on Android poll from the phone itself; Google Calendar polls from Google&apos;s servers, which cannot reach this computer: on Android, use ICSx⁵ or Add once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add once: the phone downloads the file and its calendar imports it, reminders included. Sharing stops after the download, or in 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone must be on the same network as this computer. Many conference Wi-Fi networks keep devices apart: if the phone cannot open the link, use Save file… and send the file by mail or chat instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe (stays up to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;once (keeps reminders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link for the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network to share on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new secret link. The old one stops working: a phone subscribed to it stops getting updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera, or open the link on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new link? The link given out before stops working: a phone subscribed to it stops getting updates until it subscribes to the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New link made: the old one no longer works. Scan the new code with the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing stopped: nothing is served any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone has downloaded your agenda. Sharing stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star this session, or unstar it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this session and show its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clashes with another pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⊘ Not recorded: see it live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off-site: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  • changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ⊘ not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⊘ not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s sessions in time order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {source} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tight transfer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the others become maybes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the others are unstarred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {title} starred. The sessions it clashes with become maybes: backups, drawn dashed, that never count as clashes. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {title} starred and unstar the sessions it clashes with. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you keep one,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to the other clashing sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clashes between your starred sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Overlap of {minutes} min, {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇄ Tight transfer: {minutes} min to change rooms at {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ⊘ not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this one (see it live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not recorded: see it live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sessions by these speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note: why you want to see it, a question to ask…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {span} ({zone}, UTC{offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room (venue-wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · off-site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Maybe (backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · clashes with: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Not maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More by {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stars} starred, {maybes} maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ⚠ clash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (removed from the schedule: click to remove from your picks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark these changes as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to your picks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to your picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n new session(s) in the schedule</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>was {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of {fetched}: the new one was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, last updated {fetched}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a conference &amp;from URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conferences in this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a conference to this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules (*.ics *.ical *.xml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a conference from URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule URL (iCalendar, schedule.xml or schedule.json; https://, http:// or webcal://):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no schedule open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a conference to plan several together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {dropped} to this plan, beside {name}, or open it instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day of the conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, speakers, rooms, tracks… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide sessions that do not match instead of dimming them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{n} more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a track to show only it (again to undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{match} matching sessions, {on_day} on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching sessions on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {hits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fits} sessions fit in this gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clash {n} of {clashes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour (14:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-hour (2:30 PM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda will be in {language} the next time it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times will read this way the next time Agenda opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My computer&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the side panel (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clash count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clashes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule open (File › Open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest picks could not be saved: {problem}

Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: only http, https and webcal URLs can be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export my agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import picks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import picks from UR&amp;L…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print my agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save agenda as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to change &amp;rooms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my &amp;own item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;automatically…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next clash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous clash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open schedule feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar feeds (*.ics *.ical);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule feed URL (https://, http:// or webcal://):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the feed every (minutes, 0 = never):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to change rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag consecutive picks in different rooms closer than (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n cancellation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n conferences</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Note: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print yet: star the sessions you want on paper first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — my agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed your agenda: %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF failed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved your agenda (%n page(s)) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing with your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with your phone: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it in your phone&apos;s or computer&apos;s calendar; after a change, export again and import the new file: events are updated, not doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files and shared favourites (*.ics *.ical *.ifb *.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import picks from URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar of your picks (https://, http:// or webcal://), such as Sched&apos;s &quot;my schedule&quot; feed, or a Giggity share link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported: {url}: only http, https and webcal URLs can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading your picks from {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} marked maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} already picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hidden in Giggity left as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) did not match one session: star them by hand (Show Details lists them). Edit → Undo takes the import back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not found: {title} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one match: {title} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit → Undo takes the import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {title} to your agenda (the Mine column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ &amp;Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ &amp;Maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in My &amp;agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove my item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit rooms to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all {total} rooms fitted to the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} rooms fit at a readable width: scroll sideways for the others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
