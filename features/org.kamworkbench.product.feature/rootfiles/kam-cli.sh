#!/bin/sh
# The KAM Workbench command line: the same installation, started with its headless application.
#   kam-cli.sh validate FILE      check a portfolio; exit 0 valid, 1 validation errors, 2 unreadable
#   kam-cli.sh analyse FILE       portfolio matrix, Kraljic and balance verdicts, conflicts, coverage, ...
#   kam-cli.sh -nl nl analyse FILE   the same in Dutch
DIR=$(cd "$(dirname "$0")" && pwd)
exec "$DIR/kam-workbench.sh" -application org.kamworkbench.cli.commandLine -nosplash -data @none "$@"
