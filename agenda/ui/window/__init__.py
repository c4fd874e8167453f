"""The main window and its parts: days, finding, view options, menus, output, personal dialogs, session menu."""
