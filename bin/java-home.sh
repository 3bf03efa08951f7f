# Sourced by ./floorcross, ./mvnw and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# Looks at JAVA_HOME, then `java` on the PATH, then /usr/lib/jvm/*; exits with a clear message if none is found.

floorcross_java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

floorcross_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(floorcross_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if FLOORCROSS_JDK=$(floorcross_find_jdk); then
  export JAVA_HOME="$FLOORCROSS_JDK"
  # Maven's own libraries use sun.misc.Unsafe; JDK 24+ warns about it on every build unless told it is allowed.
  if [ "$(floorcross_java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
    case "${MAVEN_OPTS:-}" in *sun-misc-unsafe*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
  fi
else
  echo "floorcross: no JDK 21 or newer found (looked at JAVA_HOME, java on the PATH and /usr/lib/jvm/*); install one or set JAVA_HOME" >&2
  exit 1
fi
