#!/usr/bin/env bash
# Builds target/package/evwb: a jlink runtime (JDK + JavaFX modules, see jlink.config) and a jpackage app-image whose
# launcher runs org.evwb.Main, with evwb.jar and the non-modular library jars (OR-Tools, Jackson, ...) on the class
# path beside the runtime. Run through `mvn -Papp-image package` (after the jar and target/lib exist), or directly
# after `mvn package`: src/packaging/app-image.sh [BASEDIR [CLASSPATH]]. CLASSPATH (Maven passes the test class path)
# or EVWB_MONOCLE_JAR names the openjfx-monocle jar, for the window's class-data sharing; without them the script
# looks in ~/.m2.
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

# Class-data sharing (CDS) in two layers, made without a display: the runtime's own archive
# (lib/runtime/lib/server/classes.jsa, JDK only as jlink makes it) is dumped again from the classes a `validate` run
# and the window (start page and workspace) load, so it also holds JavaFX's; on top of it lib/app/evwb.jsa holds the
# application's classes from a `validate` run. The first layer names no jar of the class path, so an app-image moved
# elsewhere keeps it; the second records the class path and is then skipped.
#
# The window's class list comes from a headless run under Monocle with the build JDK and the image's jars, the JavaFX
# jars and Monocle on the class path (the image's runtime cannot take Monocle: JavaFX is a module there, and classes
# of a patched module are not listed). Only classes of the runtime's modules go into the first layer, so Monocle's
# are left out; the GTK glass and OpenGL pipeline classes a real display loads are added from the runtime's JavaFX
# module instead.
cds="$out/cds"
runtime="$out/evwb/lib/runtime"
mkdir -p "$cds/empty"
cfg="$out/evwb/lib/app/evwb.cfg"
[[ -f $cfg ]] || { echo "app-image: $cfg missing" >&2; exit 2; }
cp "$cfg" "$cds/evwb.cfg"
# the launcher's configuration plus these JVM options, for one training run
launcher_options() {
  cp "$cds/evwb.cfg" "$cfg"
  printf 'java-options=%s\n' "$@" >> "$cfg"
}
sample="$basedir/sample-projects/combined.evwb.json"
launcher_options -Xshare:off "-XX:DumpLoadedClassList=$cds/validate.classlist"
"$out/evwb/bin/evwb" validate "$sample" > "$cds/validate.log" 2>&1 \
  || { cat "$cds/validate.log" >&2; echo "app-image: the class list run (validate) failed" >&2; exit 2; }

# Monocle: from the class path Maven passes (the app-image profile), EVWB_MONOCLE_JAR, or the local repository.
monocle=${EVWB_MONOCLE_JAR:-}
if [[ -z $monocle && -n ${2:-} ]]; then
  monocle=$(tr ':' '\n' <<< "$2" | grep '/openjfx-monocle-[^/]*\.jar$' | head -n 1 || true)
fi
if [[ -z $monocle ]]; then
  monocle=$(ls "$HOME"/.m2/repository/org/testfx/openjfx-monocle/*/openjfx-monocle-*.jar 2>/dev/null | tail -n 1 || true)
fi
window_list=
if [[ -f $monocle ]]; then
  app="$out/evwb/lib/app"
  home="$cds/home"
  rm -rf "$home"
  mkdir -p "$home"
  "$java_home/bin/java" -Xmx2g -Xshare:off "-XX:DumpLoadedClassList=$cds/window.classlist" -Devwb.home="$home" \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
    -cp "$app/evwb.jar:$(ls "$app"/lib/*.jar | tr '\n' ':')$fx_jars$monocle" org.evwb.Main > "$cds/window.log" 2>&1 &
  window=$!
  # the start page, then the workspace built after the first frame: the app logs "workspace ready" when done
  for _ in $(seq 1 1500); do
    grep -q 'workspace ready' "$home/logs/evwb.log" 2>/dev/null && break
    kill -0 "$window" 2>/dev/null || break
    sleep 0.2
  done
  ready=$(grep -c 'workspace ready' "$home/logs/evwb.log" 2>/dev/null || true)
  kill "$window" 2>/dev/null || true
  wait "$window" 2>/dev/null || true
  if [[ ${ready:-0} -ge 1 ]]; then
    window_list="$cds/window.classlist"
  else
    cat "$cds/window.log" >&2
    echo "app-image: the headless window run did not finish; the archive covers the commands only" >&2
  fi
else
  echo "app-image: openjfx-monocle not found (EVWB_MONOCLE_JAR); the archive covers the commands only" >&2
fi
"$java_home/bin/jimage" list "$runtime/lib/modules" | sed -n 's#^ *\([^ ]*\)\.class$#\1#p' > "$cds/modules.txt"
{
  cat "$runtime/lib/classlist" "$cds/validate.classlist" ${window_list:+"$window_list"}
  if [[ -n $window_list ]]; then
    grep -e '^com/sun/glass/ui/gtk/[^/]*$' -e '^com/sun/prism/es2/[^/]*$' "$cds/modules.txt" || true
  fi
} | awk 'NR == FNR { module[$1] = 1; next }
         /^#/ { next }
         /^@lambda-proxy / { if ($2 in module && !seen[$0]++) print; next }
         /^@/ { if (!seen[$0]++) print; next }
         ($1 in module) && !seen[$1]++' "$cds/modules.txt" - > "$cds/runtime.classlist"
# in an empty folder: the default class path "." must not name a folder with files in it
(cd "$cds/empty" && "$runtime/bin/java" -Xshare:dump "-XX:SharedClassListFile=$cds/runtime.classlist" \
  "-XX:SharedArchiveFile=$runtime/lib/server/classes.jsa" > "$cds/runtime-dump.log" 2>&1) \
  || { cat "$cds/runtime-dump.log" >&2; echo "app-image: the runtime's CDS archive could not be dumped" >&2; exit 2; }

# The second layer: one training run through the launcher itself, so the archive records exactly the class path the
# launcher sets, dumps what it loaded beyond the first layer into lib/app/evwb.jsa; the launcher then maps both.
launcher_options '-XX:ArchiveClassesAtExit=$APPDIR/evwb.jsa'
"$out/evwb/bin/evwb" validate "$sample" > "$cds/training.log" 2>&1 \
  || { cat "$cds/training.log" >&2; echo "app-image: the CDS training run failed" >&2; exit 2; }
cp "$cds/evwb.cfg" "$cfg"
[[ -s $out/evwb/lib/app/evwb.jsa ]] || { echo "app-image: no CDS archive was written" >&2; exit 2; }
# An app-image moved elsewhere cannot use the second layer (its class path is recorded); the JVM's warning then goes
# to stderr, not into a script's stdout.
printf 'java-options=%s\n' '-XX:SharedArchiveFile=$APPDIR/evwb.jsa' '-Xlog:disable' '-Xlog:all=warning:stderr' \
  >> "$cfg"
echo "app-image: CDS: $(grep -vc '^@' "$cds/runtime.classlist") classes in the runtime's archive" \
  "(validate${window_list:+ and the window}), the rest of validate's in lib/app/evwb.jsa; lists and logs in $cds"

echo "app-image: $out/evwb ($(du -sh "$out/evwb" | cut -f1)); launcher: $out/evwb/bin/evwb"
