# Sourced by the JMH scripts (jmh.sh, band.sh) from the project root: builds the benchmarks, sets
# `classpath`, and sets `data` to the data sets to run (shipped, and highres where the shared
# reference data is in $shared).
./mvnw -B -q -Pjmh test-compile
./mvnw -B -q -Pjmh dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

data=shipped
if [ -f "$shared/boundaries/geoboundaries-ukr-adm1-land.geojson" ] && [ -f "$shared/control/deepstate-2025-08-15.geojson" ]; then
  data=shipped,highres
else
  echo "shared reference data not found in $shared: shipped data only" >&2
fi
