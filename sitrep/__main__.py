"""`python -m sitrep`: the same as the `sitrep` console script."""

from sitrep.cli import main

main()
