"""`python -m agenda`: the same entry point as the `agenda` command."""
import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
