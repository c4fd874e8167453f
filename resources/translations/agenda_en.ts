<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <source>Refreshed {name}: %n change(s) to your picks</source>
        <translation>
            <numerusform>Refreshed {name}: %n change to your picks</numerusform>
            <numerusform>Refreshed {name}: %n changes to your picks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n session(s)</source>
        <translation>
            <numerusform>Added {name}: %n session</numerusform>
            <numerusform>Added {name}: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name}: %n session(s)</source>
        <translation>
            <numerusform>Opened {name}: %n session</numerusform>
            <numerusform>Opened {name}: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened {name} with %n warning(s): {warning}</source>
        <translation>
            <numerusform>Opened {name} with %n warning: {warning}</numerusform>
            <numerusform>Opened {name} with %n warnings: {warning}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) marked maybe (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>Kept {title}; %n other marked maybe (Ctrl+Z undoes it)</numerusform>
            <numerusform>Kept {title}; %n others marked maybe (Ctrl+Z undoes it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept {title}; %n other(s) unstarred (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>Kept {title}; %n other unstarred (Ctrl+Z undoes it)</numerusform>
            <numerusform>Kept {title}; %n others unstarred (Ctrl+Z undoes it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes your %n starred session(s) as an iCalendar file for your phone or calendar. Importing it again updates the events instead of adding them twice.</source>
        <translation>
            <numerusform>Writes your %n starred session as an iCalendar file for your phone or calendar. Importing it again updates the events instead of adding them twice.</numerusform>
            <numerusform>Writes your %n starred sessions as an iCalendar file for your phone or calendar. Importing it again updates the events instead of adding them twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include my %n maybe(s)</source>
        <translation>
            <numerusform>Include my %n maybe</numerusform>
            <numerusform>Include my %n maybes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n session(s) clash</source>
        <translation>
            <numerusform> · ⚠ %n session clashes</numerusform>
            <numerusform> · ⚠ %n sessions clash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n time(s).</source>
        <translation>
            <numerusform>Downloaded %n time.</numerusform>
            <numerusform>Downloaded %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this day</source>
        <translation>
            <numerusform>%n session this day</numerusform>
            <numerusform>%n sessions this day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to your picks</source>
        <translation>
            <numerusform>%n change to your picks</numerusform>
            <numerusform>%n changes to your picks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new session(s) in the schedule</source>
        <translation>
            <numerusform>; %n new session in the schedule</numerusform>
            <numerusform>; %n new sessions in the schedule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching session(s), {on_day} on this day</source>
        <translation>
            <numerusform>%n matching session, {on_day} on this day</numerusform>
            <numerusform>%n matching sessions, {on_day} on this day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) fit in this gap</source>
        <translation>
            <numerusform>%n session fits in this gap</numerusform>
            <numerusform>%n sessions fit in this gap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s)</source>
        <translation>
            <numerusform>Exported %n session</numerusform>
            <numerusform>Exported %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n cancellation(s)</source>
        <translation>
            <numerusform> and %n cancellation</numerusform>
            <numerusform> and %n cancellations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n conferences</source>
        <translation>
            <numerusform> from %n conferences</numerusform>
            <numerusform> from %n conferences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed your agenda: %n page(s)</source>
        <translation>
            <numerusform>Printed your agenda: %n page</numerusform>
            <numerusform>Printed your agenda: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved your agenda (%n page(s)) to {path}</source>
        <translation>
            <numerusform>Saved your agenda (%n page) to {path}</numerusform>
            <numerusform>Saved your agenda (%n pages) to {path}</numerusform>
        </translation>
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
            <numerusform>%n item of your own</numerusform>
            <numerusform>%n items of your own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) did not match one session: star them by hand (Show Details lists them). Edit → Undo takes the import back.</source>
        <translation>
            <numerusform>%n event did not match one session: star it by hand (Show Details lists it). Edit → Undo takes the import back.</numerusform>
            <numerusform>%n events did not match one session: star them by hand (Show Details lists them). Edit → Undo takes the import back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n clash</numerusform>
            <numerusform>%n clashes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tight transfer(s)</source>
        <translation>
            <numerusform>%n tight transfer</numerusform>
            <numerusform>%n tight transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: unknown time zone {zone} (%n event(s)); times read in {display}</source>
        <translation>
            <numerusform>{name}: unknown time zone {zone} (%n event); times read in {display}</numerusform>
            <numerusform>{name}: unknown time zone {zone} (%n events); times read in {display}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n event(s) not inside a VCALENDAR; read anyway</source>
        <translation>
            <numerusform>{name}: %n event not inside a VCALENDAR; read anyway</numerusform>
            <numerusform>{name}: %n events not inside a VCALENDAR; read anyway</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n room(s) fitted to the width</source>
        <translation>
            <numerusform>%n room fitted to the width</numerusform>
            <numerusform>all %n rooms fitted to the width</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: it only hides %n session(s) (Agenda hides no single session), so there is nothing to star</source>
        <translation>
            <numerusform>{name}: it only hides %n session (Agenda hides no single session), so there is nothing to star</numerusform>
            <numerusform>{name}: it only hides %n sessions (Agenda hides no single session), so there is nothing to star</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: none of its %n event(s) is a session of {conference} (is it from another conference?)</source>
        <translation>
            <numerusform>{name}: none of its %n event is a session of {conference} (is it from another conference?)</numerusform>
            <numerusform>{name}: none of its %n events is a session of {conference} (is it from another conference?)</numerusform>
        </translation>
    </message>
</context>
</TS>
