#!/usr/bin/env bash
# Keeps src/PartyBuilding.Core/PublicAPI.Unshipped.txt in step with the code:
#  1. removes the entries of symbols that no longer exist (RS0017, read from a build),
#  2. declares every new public symbol (RS0016) by applying the PublicApiAnalyzers code fix.
# Run it after changing public API, then review the diff of PublicAPI.Unshipped.txt.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
proj="$root/src/PartyBuilding.Core/PartyBuilding.Core.csproj"
f="$root/src/PartyBuilding.Core/PublicAPI.Unshipped.txt"
log=$(mktemp)
dotnet build "$proj" -f net10.0 -nologo -v q -p:TreatWarningsAsErrors=false > "$log" 2>&1 || true
python3 - "$log" "$f" <<'PY'
import re, sys
log, path = sys.argv[1], sys.argv[2]
stale = set(re.findall(r"RS0017: Symbol '(.*?)' is part of the declared API", open(log, encoding="utf-8").read()))
lines = open(path, encoding="utf-8").read().splitlines()
kept = [l for l in lines if l not in stale]
open(path, "w", encoding="utf-8").write("\n".join(kept) + "\n")
print(f"removed {len(lines) - len(kept)} stale entries")
PY
rm -f "$log"
dotnet format analyzers "$proj" --diagnostics RS0016 --severity error -v q || true
{ echo '#nullable enable'; grep -v '^#nullable enable$' "$f" | sed '/^$/d' | LC_ALL=C sort -u; } > "$f.tmp" && mv "$f.tmp" "$f"
echo "PublicAPI.Unshipped.txt: $(($(wc -l < "$f") - 1)) entries"
