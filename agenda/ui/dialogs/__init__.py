"""Dialogs and what they drive: export choices, own items, Send to phone, printing."""
