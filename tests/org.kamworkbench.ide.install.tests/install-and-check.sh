#!/usr/bin/env bash
# Adds the KAM tools to a plain Eclipse IDE as a user does, and checks them there:
#   1. a fresh copy of the IDE (releng/org.kamworkbench.ide.product)
#   2. the p2 director of that IDE installs the feature org.kamworkbench.feature.feature.group from the product's
#      update site alone, then the probe bundle from its own repository
#   3. the IDE starts (on the display given, else on Xvfb) with the probe, which drives the tools and writes a report
#   4. every check of the report passed, and the IDE's log holds no error
# Usage: install-and-check.sh IDE_FOLDER UPDATE_SITE PROBE_REPOSITORY WORK_FOLDER
set -uo pipefail

IDE=$1 SITE=$2 PROBE_SITE=$3 WORK=$4
TOOLS_FEATURE=org.kamworkbench.feature.feature.group
PROBE=org.kamworkbench.ide.install.probe
START=$SECONDS
# copy_installation, p2_install, bundle_installed, log_errors: shared with the example extension's install test
. "$(dirname "$0")/../../releng/p2-install.sh"

say() { echo "[ide-install] $*"; }
fail() { say "FAILED: $*"; exit 1; }

[ -x "$IDE/eclipse.sh" ] || fail "no Eclipse IDE in $IDE: build releng/org.kamworkbench.ide.product first"
[ -f "$SITE/content.jar" ] || [ -f "$SITE/content.xml.xz" ] || fail "no update site in $SITE: build releng/org.kamworkbench.product first"
[ -d "$PROBE_SITE/plugins" ] || fail "no probe repository in $PROBE_SITE"

rm -rf "$WORK"
mkdir -p "$WORK"
ECLIPSE=$WORK/eclipse
copy_installation "$IDE" "$ECLIPSE" || fail "the IDE could not be copied"

director() { # the IDE's own p2 director installs the unit $2 from the repository $1 into the IDE itself
	p2_install "$ECLIPSE/eclipse.sh" "$1" "$2" >>"$WORK/director.log" 2>&1 \
		|| { cat "$WORK/director.log"; fail "the p2 director could not install $2 from $1"; }
}
say "installing $TOOLS_FEATURE from $SITE"
director "$SITE" "$TOOLS_FEATURE"
say "installing $PROBE from its own repository"
director "$PROBE_SITE" "$PROBE"

BUNDLES=$ECLIPSE/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
for bundle in org.kamworkbench.model org.kamworkbench.core org.kamworkbench.ui.editors org.eclipse.emf.edit org.eclipse.swtchart; do
	bundle_installed "$ECLIPSE" "$bundle" || fail "the tools feature did not bring $bundle"
done
bundle_installed "$ECLIPSE" org.kamworkbench.application 2>/dev/null \
	&& fail "the KAM application bundle came with the tools feature"
say "installed: $(grep -c '^org.kamworkbench' "$BUNDLES") KAM bundles, $(grep -c . "$BUNDLES") bundles in all ($((SECONDS - START)) s)"

REPORT=$WORK/probe-report.txt
WORKSPACE=$WORK/workspace
run_ide=("$ECLIPSE/eclipse.sh" -data "$WORKSPACE" -nosplash -vmargs "-Dkam.ide.probe.report=$REPORT")
if [ -z "${DISPLAY:-}" ]; then
	command -v xvfb-run >/dev/null || fail "no DISPLAY and no xvfb-run (./kam test provides a virtual screen)"
	run_ide=(xvfb-run -a -s "-screen 0 1280x1024x24" "${run_ide[@]}")
fi
say "starting the IDE with the probe"
timeout 300 "${run_ide[@]}" >"$WORK/ide.out" 2>&1
status=$?
[ -f "$REPORT" ] || { tail -40 "$WORK/ide.out"; fail "the probe wrote no report (the IDE ended with $status)"; }
cat "$REPORT"

LOG=$WORKSPACE/.metadata/.log
errors=0
if [ -f "$LOG" ]; then
	entries=$(log_errors "$(dirname "$LOG")") || fail "could not read the IDE's log $LOG"
	errors=$(grep -c . <<<"$entries")
	[ "$errors" -eq 0 ] || { cat "$LOG"; say "the IDE's log ($LOG) holds $errors errors:"; echo "$entries"; }
fi
summary=$(tail -1 "$REPORT")
failed=$(sed -n 's/^probe: [0-9]* passed, \([0-9]*\) failed$/\1/p' <<<"$summary")
[ "$status" -eq 0 ] || fail "the IDE ended with exit code $status"
[ "$failed" = 0 ] || fail "$summary"
[ "$errors" -eq 0 ] || fail "errors in the IDE's log"
say "${summary#probe: } in the IDE with the installed tools, no error in its log ($((SECONDS - START)) s)"
