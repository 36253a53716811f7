"""`python -m cleaner` runs the CLI."""

from .cli import main

main()
