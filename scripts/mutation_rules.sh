#!/usr/bin/env sh
# Mutation testing of the legal core: lawfulreq/rules/engine.py and lawfulreq/domain/months.py,
# each mutant run against the fast pure-engine tests only ([tool.mutmut] in pyproject.toml).
# Bounded: stops after MUTATION_TIMEOUT seconds (default 900). About 5 minutes on 2 cores.
#   .venv/bin/pip install -e '.[test,mutation]' && scripts/mutation_rules.sh
# Not in CI: it re-runs the rule tests once per mutant. Results stay in mutants/ (ignored by
# git); `.venv/bin/mutmut results` lists survivors, `.venv/bin/mutmut show NAME` shows one.
set -eu
cd "$(dirname "$0")/.."
MUTMUT="${MUTMUT:-.venv/bin/mutmut}"
rm -rf mutants
timeout "${MUTATION_TIMEOUT:-900}" "$MUTMUT" run --max-children "${MUTATION_CHILDREN:-2}" >/dev/null 2>&1 || true
"$MUTMUT" results --all true 2>/dev/null | awk '
  /: killed/ {k++} /: survived/ {s++; print} /: timeout/ {t++} /: no tests/ {n++} /: not checked/ {u++}
  END {total = k + s + t + n; printf "killed %d, survived %d, timeout %d, no tests %d, not checked %d; score %.1f%%\n", k, s, t, n, u, total ? 100 * (k + t) / total : 0}'
