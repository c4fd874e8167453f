"""What leaves the app: my-agenda.ics, the phone share server, the printed agenda sheets (no Qt)."""
