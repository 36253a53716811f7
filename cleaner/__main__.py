"""`python -m cleaner` runs the CLI."""

import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while the modules load: nothing was read or written yet
    sys.stderr.write("cleaner: interrupted\n")
    sys.exit(130)

main()
