# Sourced by ./mvnw and ./atrium: makes JAVA_HOME point at a JDK >= 21.
# Keeps a JAVA_HOME that is already new enough; otherwise takes the newest JDK
# under /usr/lib/jvm (or ATRIUM_JDK_SEARCH_PATH); otherwise stops with one line.
atrium_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}
atrium_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(atrium_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then return 0; fi
  fi
  best="" best_major=0
  # ./mvnw runs with globbing off (set -f); the search needs it.
  case $- in *f*) atrium_noglob=1; set +f ;; *) atrium_noglob=0 ;; esac
  for dir in ${ATRIUM_JDK_SEARCH_PATH:-/usr/lib/jvm/* /opt/java/* /opt/jdk*}; do
    [ -x "$dir/bin/javac" ] || continue
    major=$(atrium_java_major "$dir")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$dir best_major=$major; fi
  done
  [ "$atrium_noglob" = 1 ] && set -f
  if [ -z "$best" ]; then
    echo "Atrium needs a JDK 21 or newer: install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME=$best
  export JAVA_HOME
}
atrium_find_jdk
