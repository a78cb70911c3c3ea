#!/usr/bin/env bash
# Regenerates the golden (approved) files: runs the golden tests with PB_APPROVE=1, which writes what they receive
# to tests/<project>/Approved/ instead of comparing (and deletes approved files no test verifies any more).
# Review the result with `git diff -- 'tests/*/Approved'` before committing it. See docs/quality.md, "Golden files".
#
#   eng/approve.sh              # every golden test of both test projects
#   eng/approve.sh Evaluation   # only golden tests whose name contains "Evaluation"
set -euo pipefail
cd "$(dirname "$0")/.."
filter="FullyQualifiedName~Golden${1:+&FullyQualifiedName~$1}"
for project in tests/PartyBuilding.Core.Tests tests/PartyBuilding.Cli.Tests; do
  PB_APPROVE=1 dotnet test "$project" -f net10.0 --filter "$filter" --nologo -v quiet
done
# A second run compares: it must pass on the files just written.
for project in tests/PartyBuilding.Core.Tests tests/PartyBuilding.Cli.Tests; do
  dotnet test "$project" -f net10.0 --filter "$filter" --nologo -v quiet
done
git status --short -- 'tests/*/Approved'
