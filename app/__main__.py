"""`python -m app` runs Parley exactly as the `parley` command does."""

import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
