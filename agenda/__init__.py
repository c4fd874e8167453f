"""Agenda: plan your conference from its schedule feed."""

APP_ID = "io.github.agenda_app.Agenda"
APP_NAME = "Agenda"
__version__ = "0.1.0"
