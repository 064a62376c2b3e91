# shellcheck shell=bash
# Shell helpers of bench/'s scripts and calibration/regen: sourced, not run.

# split_set ROOT CASE ROW: `fit` or `validation`, the set of CASE in the (target, opt-level)
# ROW by ROOT/bench/split.tsv (a line for the row overrides the case's line without one);
# empty when the case is not listed.
split_set() {
    awk -F'\t' -v c="$2" -v r="$3" '
        $1 == c && $4 == r { row_set = $2 } $1 == c && $4 == "" { set = $2 }
        END { print (row_set != "" ? row_set : set) }' "$1/bench/split.tsv"
}

# cargo_profile OPT: cargo's --config arguments for the release profile at opt-level OPT, one
# per line (TOML: a number for 0-3, a string for s and z: cargo refuses the string '0'); at 0
# also a debug build's checks (debug assertions, overflow checks), as rustc has them there.
cargo_profile() {
    case "$1" in
        [0-3]) printf '%s\n' --config "profile.release.opt-level=$1" ;;
        *) printf '%s\n' --config "profile.release.opt-level='$1'" ;;
    esac
    [ "$1" != 0 ] || printf '%s\n' --config profile.release.debug-assertions=true \
        --config profile.release.overflow-checks=true
}
