#!/usr/bin/env bash
# Leadometer against tools people already trust, on the same data, in the same run.
#
#   benches/compare.sh [--sizes 100000,1000000] [--runs 10] [--write-readme] [--keep-data]
#
# For each size it generates a database with `leadometer gen` (10 interactions per
# contact; 1 per contact at a million, which is a million interactions), then times
# with hyperfine, each as a whole process:
#   - `leadometer search Q --limit 50` against `fzf --filter Q` over the same contacts
#     as text (name, company, emails and phone digits: what a search looks at), for a
#     name, a 7-digit partial phone, an email fragment and a query matching nothing;
#   - `leadometer import` of the contacts as CSV against `sqlite3 .import` of the same
#     file into a bare table;
#   - `leadometer gen` itself.
# It prints a Markdown table of medians and ratios; with --write-readme it also puts
# that table, and the machine it came from, into README.md between the markers
# `<!-- compare:begin -->` and `<!-- compare:end -->`.
#
# --keep-data reuses the databases (and their `gen` times) of an earlier run.
# hyperfine, fzf and sqlite3 come from Debian's packages when missing.
set -euo pipefail

sizes="100000"
runs=10
write_readme=false
keep_data=false
while [[ $# -gt 0 ]]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --write-readme) write_readme=true; shift ;;
        --keep-data) keep_data=true; shift ;;
        -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
        *) echo "compare.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/target/compare"
mkdir -p "$work"

need=()
for tool in hyperfine fzf sqlite3; do
    command -v "$tool" >/dev/null || need+=("$tool")
done
if [[ ${#need[@]} -gt 0 ]]; then
    echo "Installing ${need[*]} from Debian's packages" >&2
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

cargo build --release --quiet --manifest-path "$root/Cargo.toml"
bin="$root/target/release/leadometer"
config="$work/config.toml"
printf 'user = "bench"\nregion = "IL"\n' >"$config"
# The same clock for every run, so that the same seed makes the same file.
export LEADOMETER_NOW=2024-03-12T09:00:00Z

# hyperfine's median of one benchmark, in milliseconds.
median_ms() { # results.csv row-number
    awk -F, -v row="$2" 'NR == row + 1 { printf "%.1f", $4 * 1000 }' "$1"
}

# Times "ours" and "theirs" in one hyperfine run; prints a table row.
compare() { # label ours theirs runs warmup [extra hyperfine options...]
    local label="$1" ours="$2" theirs="$3" count="$4" warmup="$5"
    shift 5
    local csv="$work/last.csv"
    hyperfine --style none --warmup "$warmup" --runs "$count" --export-csv "$csv" "$@" \
        "$ours" "$theirs" >/dev/null
    local a b
    a=$(median_ms "$csv" 1)
    b=$(median_ms "$csv" 2)
    printf '| %s | %s ms | %s ms | %s |\n' "$label" "$a" "$b" \
        "$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }')"
}

table="$work/table.md"
: >"$table"
for size in ${sizes//,/ }; do
    per_contact=10
    [[ $size -ge 1000000 ]] && per_contact=1
    db="$work/gen-$size.db"
    echo "== $size contacts, $per_contact interactions each" >&2

    # The generator: a few runs, each into a new file; the last one is kept.
    gen_csv="$work/gen-$size.csv"
    [[ $keep_data == true && -f $gen_csv && -f $db ]] || hyperfine --style none --runs 3 --export-csv "$gen_csv" \
        --prepare "rm -f '$db' '$db-wal' '$db-shm'" \
        "'$bin' --config '$config' --db '$db' gen --contacts $size --interactions-per-contact $per_contact" \
        >/dev/null
    gen_ms=$(median_ms "$gen_csv" 1)

    # The contacts as fzf reads them: one line each, the fields a search looks at.
    text="$work/contacts-$size.txt"
    sqlite3 -separator ' ' "$db" \
        "SELECT name, company_key, emails, phone_digits FROM contact_search" >"$text"
    csv="$work/contacts-$size.csv"
    "$bin" --config "$config" --db "$db" export --format csv >"$csv"

    {
        echo
        echo "**$size contacts** ($((size * per_contact)) interactions; $(wc -c <"$text") bytes of searchable text)"
        echo
        echo "| Operation | Leadometer | Reference | Ratio |"
        echo "|---|---|---|---|"
        for query in "szabo odon" 4900148 gmail.co zzqxw; do
            compare "\`search '$query'\` vs \`fzf --filter\`" \
                "'$bin' --config '$config' --db '$db' search '$query' --limit 50 >/dev/null" \
                "fzf --filter '$query' <'$text' >/dev/null" "$runs" 2 \
                --ignore-failure # both exit with 1 when nothing matches
        done
        fresh="$work/import-$size.db"
        bare="$work/bare-$size.db"
        compare "\`import\` of the CSV vs \`sqlite3 .import\`" \
            "'$bin' --config '$config' --db '$fresh' import '$csv' >/dev/null" \
            "sqlite3 '$bare' '.import --csv $csv contacts'" 3 0 \
            --prepare "rm -f '$fresh' '$fresh-wal' '$fresh-shm' '$bare'"
        echo "| \`gen\` ($size contacts, $((size * per_contact)) interactions) | $gen_ms ms | | |"
    } >>"$table"
done

machine="$(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, $(uname -sr)"
versions="hyperfine $(hyperfine --version | awk '{ print $2 }'), fzf $(fzf --version | awk '{ print $1 }'), sqlite3 $(sqlite3 --version | awk '{ print $1 }')"
{
    echo
    echo "Medians of $runs runs (imports and \`gen\`: 3), on $machine; $versions."
    echo "Made by \`benches/compare.sh --sizes $sizes --write-readme\` on $(date -u +%Y-%m-%d)."
} >>"$table"
cat "$table"

if $write_readme; then
    readme="$root/README.md"
    grep -q '<!-- compare:begin -->' "$readme" || {
        echo "compare.sh: README.md has no <!-- compare:begin --> marker" >&2
        exit 1
    }
    awk -v table="$table" '
        /<!-- compare:begin -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
        /<!-- compare:end -->/ { skip = 0 }
        !skip { print }
    ' "$readme" >"$readme.new"
    mv "$readme.new" "$readme"
    echo "README.md updated" >&2
fi
