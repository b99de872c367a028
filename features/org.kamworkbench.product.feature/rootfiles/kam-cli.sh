#!/bin/sh
# The KAM Workbench command line: the same installation, started with its headless application.
#   kam-cli.sh validate FILE      check a portfolio; exit 0 valid, 1 validation errors, 2 unreadable
#   kam-cli.sh analyse FILE       portfolio matrix, Kraljic and balance verdicts, conflicts, coverage, ...
#   kam-cli.sh generate --accounts N --seed S --output FILE   a realistic portfolio, the same for a seed
#   kam-cli.sh benchmark [--accounts 1000,10000]  opening, saving and heap figures (docs/performance.md)
#   kam-cli.sh -nl nl analyse FILE   the same in Dutch; arguments after -vmargs go to the Java VM
DIR=$(cd "$(dirname "$0")" && pwd)
exec "$DIR/kam-workbench.sh" -application org.kamworkbench.cli.commandLine -nosplash -data @none "$@"
