"""The side panels: Details, My agenda, What changed (lists.py) and Clashes."""
