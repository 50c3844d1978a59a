#!/usr/bin/env bash
# Builds target/package/evwb: a jlink runtime (JDK + JavaFX modules, see jlink.config) and a jpackage app-image whose
# launcher runs org.evwb.Main, with evwb.jar and the non-modular library jars (OR-Tools, Jackson, ...) on the class
# path beside the runtime. Run through `mvn -Papp-image package` (after the jar and target/lib exist), or directly
# after `mvn package`: src/packaging/app-image.sh [BASEDIR]
set -euo pipefail

basedir=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
target="$basedir/target"
config="$basedir/jlink.config"
out="$target/package"

java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")}
jlink="$java_home/bin/jlink"
jpackage="$java_home/bin/jpackage"
for tool in "$jlink" "$jpackage"; do
  [[ -x $tool ]] || { echo "app-image: $tool not found; set JAVA_HOME to a full JDK 17+" >&2; exit 2; }
done
[[ -d $java_home/jmods ]] || { echo "app-image: $java_home/jmods missing; install the JDK's jmods (Debian: openjdk-17-jdk)" >&2; exit 2; }
[[ -f $target/evwb.jar && -d $target/lib ]] || { echo "app-image: run 'mvn package' first (target/evwb.jar, target/lib)" >&2; exit 2; }

# key=value from jlink.config; lists may use commas or spaces.
conf() {
  local v
  v=$(sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" "$config" | tail -n 1)
  [[ -n $v ]] || { echo "app-image: $config: '$1' is missing" >&2; exit 2; }
  printf '%s' "$v"
}
modules="$(conf jdk.modules),$(conf javafx.modules)"
modules=$(echo "$modules" | tr -s ' ,' ',')
read -r -a jlink_options <<< "$(conf jlink.options)"
read -r -a java_options <<< "$(conf java.options)"
java_option_args=()
for o in "${java_options[@]}"; do java_option_args+=(--java-options "$o"); done

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) fx=linux; ortools=linux-x86-64 ;;
  Linux-aarch64) fx=linux-aarch64; ortools=linux-aarch64 ;;
  *) echo "app-image: this script packages for Linux (x86_64, aarch64); found $(uname -s)-$(uname -m)" >&2; exit 2 ;;
esac
fx_jars=$(ls "$target"/lib/javafx-*-"$fx".jar 2>/dev/null | tr '\n' ':')
[[ -n $fx_jars ]] || { echo "app-image: no javafx-*-$fx.jar in target/lib" >&2; exit 2; }

rm -rf "$out"
mkdir -p "$out/input/lib"

# The runtime: JDK modules from the JDK's jmods, JavaFX modules from the modular jars.
"$jlink" --module-path "$java_home/jmods:$fx_jars" --add-modules "$modules" "${jlink_options[@]}" \
  --output "$out/runtime"
# The CDS archive for uncompressed oops only serves heaps over 32 GB; an 11 MB file the workbench never uses.
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"
# JavaFX's native libraries ride inside its jars; placed in the runtime's lib folder they load from there instead of
# being unpacked into ~/.openjfx/cache on every new machine.
for jar in "$target"/lib/javafx-*-"$fx".jar; do
  unzip -q -o -j "$jar" '*.so' -d "$out/runtime/lib" 2>/dev/null || true
done

# Application jars: everything in target/lib except JavaFX (now in the runtime) and other platforms' OR-Tools natives.
cp "$target/evwb.jar" "$out/input/"
for jar in "$target"/lib/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*) continue ;;
    ortools-java-*) ;;
    ortools-*) [[ $name == ortools-$ortools-* ]] || continue ;;
  esac
  cp "$jar" "$out/input/lib/"
done

version=$(unzip -p "$target/evwb.jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
numeric=$(echo "${version:-0.0.0}" | sed 's/[^0-9.].*$//')
"$jpackage" --type app-image --name evwb --app-version "${numeric:-0.0.0}" \
  --description "EV Energy Workbench" --vendor "EV Energy Workbench" \
  --input "$out/input" --main-jar evwb.jar --main-class org.evwb.Main \
  --runtime-image "$out/runtime" "${java_option_args[@]}" --dest "$out"

# Class-data sharing for the application's own classes (AppCDS): the runtime's archive covers the JDK only, so the
# launcher would still parse and verify evwb's, picocli's and Jackson's classes on every start. One training run
# through the launcher itself (so the archive records exactly the class path the launcher sets) dumps what it loaded
# into lib/app/evwb.jsa; the launcher then maps it. A run that cannot use it (class path changed) runs without it.
cfg="$out/evwb/lib/app/evwb.cfg"
[[ -f $cfg ]] || { echo "app-image: $cfg missing" >&2; exit 2; }
cp "$cfg" "$out/evwb.cfg.orig"
printf 'java-options=-XX:ArchiveClassesAtExit=$APPDIR/evwb.jsa\n' >> "$cfg"
"$out/evwb/bin/evwb" validate "$basedir/sample-projects/combined.evwb.json" > "$out/cds-training.log" 2>&1 \
  || { cat "$out/cds-training.log" >&2; echo "app-image: the CDS training run failed" >&2; exit 2; }
cp "$out/evwb.cfg.orig" "$cfg"
rm -f "$out/evwb.cfg.orig"
[[ -s $out/evwb/lib/app/evwb.jsa ]] || { echo "app-image: no CDS archive was written" >&2; exit 2; }
# An app-image moved elsewhere cannot use the archive (its class path is recorded); the JVM's warning then goes to
# stderr, not into a script's stdout.
printf 'java-options=%s\n' '-XX:SharedArchiveFile=$APPDIR/evwb.jsa' '-Xlog:disable' '-Xlog:all=warning:stderr' \
  >> "$cfg"

echo "app-image: $out/evwb ($(du -sh "$out/evwb" | cut -f1)); launcher: $out/evwb/bin/evwb"
