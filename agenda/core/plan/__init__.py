"""Planning: the user's picks, notes and own items, clashes, day layout, search, change review and imports (no Qt)."""
