# Sourced by the benchmarks: time_queries BIN DB prints every canned query's best of three
# runs in ms (process start included).
time_queries() {
  local bin=$1 db=$2 q p best i t0 t1 ms
  for q in $("$bin" queries | awk '/^[a-z_]+ / {print $1}'); do
    p=""
    case $q in
      kwic) p="-p term=sovereignty" ;;
      collocates|dispersion) p="-p term=security" ;;
    esac
    best=""
    for i in 1 2 3; do
      t0=$(date +%s%N); "$bin" --db "$db" query "$q" $p -f csv > /dev/null 2>&1; t1=$(date +%s%N)
      ms=$(( (t1 - t0) / 1000000 ))
      if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    printf '%-22s %5d ms\n' "$q" "$best"
  done
}
