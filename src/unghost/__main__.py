"""`python -m unghost` runs the CLI."""

from unghost.cli import main

main()
