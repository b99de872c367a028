#!/usr/bin/env bash
# Starts this Eclipse IDE. Eclipse publishes no native launcher on Maven Central, so the Equinox launcher jar
# is run with a Java 21 or newer: JAVA_HOME when new enough, else java on the PATH, else the newest JDK under
# /usr/lib/jvm. Arguments are passed on (e.g. -data FOLDER, or -application org.eclipse.equinox.p2.director ...);
# those after -vmargs go to the Java VM, as with Eclipse's native launcher.
DIR=$(cd "$(dirname "$0")" && pwd)

java_feature() { # prints the feature release of the java at $1 (17, 21, 25, ...), or nothing
	"$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1
}

JAVA=
for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null)" \
	$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
	[ -x "$candidate" ] || continue
	release=$(java_feature "$candidate")
	if [ -n "$release" ] && [ "$release" -ge 21 ]; then JAVA=$candidate; break; fi
done
if [ -z "$JAVA" ]; then
	echo "Eclipse needs Java 21 or newer and found none (JAVA_HOME, PATH, /usr/lib/jvm)." >&2
	exit 1
fi
LAUNCHER=$(ls "$DIR"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | sort -V | tail -1)
if [ -z "$LAUNCHER" ]; then
	echo "The installation in $DIR is incomplete: plugins/org.eclipse.equinox.launcher_*.jar is missing." >&2
	exit 1
fi
APP_ARGS=()
VM_ARGS=()
while [ $# -gt 0 ]; do
	if [ "$1" = "-vmargs" ]; then shift; VM_ARGS=("$@"); break; fi
	APP_ARGS+=("$1"); shift
done
exec "$JAVA" -Dosgi.requiredJavaVersion=21 "${VM_ARGS[@]}" -jar "$LAUNCHER" -install "$DIR" "${APP_ARGS[@]}"
