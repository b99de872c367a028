#!/usr/bin/env bash
# The steps the install tests share: adding units to an Eclipse installation with its own p2 director, as a user
# does, and checking the result. Used by tests/org.kamworkbench.ide.install.tests (sources this file) and
# tests/org.kamworkbench.extension.install.tests (runs it as: p2-install.sh FUNCTION ARGUMENT...).
# Each function says on stderr what went wrong and returns non-zero when its step failed.

# copy_installation FROM TO: a fresh copy of the installation FROM at TO (an older TO is removed first)
copy_installation() {
	local from=$1 to=$2
	[ -f "$from/configuration/config.ini" ] || { echo "no Eclipse installation in $from" >&2; return 1; }
	rm -rf "$to" && mkdir -p "$(dirname "$to")" && cp -a "$from" "$to" \
		|| { echo "could not copy the installation $from to $to" >&2; return 1; }
}

# p2_install LAUNCHER REPOSITORY IU: the director of the installation started by the script LAUNCHER installs the
# unit IU from the repository folder REPOSITORY into that installation (its own p2 profile); prints the director's
# output
p2_install() {
	local launcher=$1 repository=$2 iu=$3 installation profile output status
	installation=$(cd "$(dirname "$launcher")" && pwd)
	[ -d "$repository" ] || { echo "no p2 repository in $repository" >&2; return 1; }
	profile=$(sed -n 's/^eclipse\.p2\.profile=//p' "$installation/configuration/config.ini")
	[ -n "$profile" ] || { echo "no eclipse.p2.profile in $installation/configuration/config.ini" >&2; return 1; }
	output=$("$launcher" -nosplash -application org.eclipse.equinox.p2.director \
		-repository "file:$(cd "$repository" && pwd)" -installIU "$iu" \
		-destination "$installation" -profile "$profile" 2>&1)
	status=$?
	printf '%s\n' "$output"
	[ "$status" -eq 0 ] || { echo "the p2 director could not install $iu from $repository (exit $status)" >&2; return 1; }
	grep -q '^Operation completed' <<<"$output" \
		|| { echo "the p2 director did not complete installing $iu from $repository" >&2; return 1; }
}

# bundle_installed INSTALLATION NAME: whether the bundle NAME is in the installation's configuration (bundles.info)
bundle_installed() {
	local bundles=$1/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
	grep -q "^$2," "$bundles" || { echo "$2 is not in the installation ($bundles)" >&2; return 1; }
}

# log_errors FOLDER: prints every error entry (severity 4) of the logs (*.log, .log) in FOLDER as "LOG: ENTRY"
log_errors() {
	[ -d "$1" ] || { echo "no folder $1 to look for logs in" >&2; return 1; }
	find "$1" -maxdepth 1 -type f -name '*.log' -print0 | sort -z | while IFS= read -r -d '' log; do
		sed -n "/^!ENTRY [^ ]* 4 /s|^|${log##*/}: |p" "$log"
	done
}

# run as a command: the function named by the first argument with the others
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	set -uo pipefail
	case ${1:-} in
	copy_installation | p2_install | bundle_installed | log_errors) "$@" ;;
	*) echo "usage: $0 copy_installation|p2_install|bundle_installed|log_errors ARGUMENT..." >&2; exit 2 ;;
	esac
fi
