#!/usr/bin/env python3
"""Writes a Stryker configuration that re-tests only the survivors of earlier runs.

Reads one or more Stryker JSON reports, takes every mutant that survived or had no coverage, and writes a copy of
tests/PartyBuilding.Core.Tests/stryker-config.json whose `mutate` list holds the exact character span of each of those
mutants (Stryker's `file{start..end}` pattern), plus any whole-file globs given. With --timeouts it takes the mutants
that timed out too: Stryker counts a timeout as a kill, but on a loaded machine a mutant may time out only because the
cores were busy, so a figure measured under load is re-checked on an idle machine this way. Refuses a report whose source differs
from the working tree: killed mutants can only be carried over when the library code is unchanged (combine-reports.py).

Usage (from the repository root):
  python3 eng/mutation/survivor-spans.py OUT.json [--timeouts] [--globs GLOB ...] --reports REPORT.json ...
  cd tests/PartyBuilding.Core.Tests && dotnet stryker -f OUT.json -O ../../artifacts/mutation/NAME
"""
import json
import sys

MARK = 'src/PartyBuilding.Core/'


def main(argv):
    out, globs, reports, into = argv[0], [], [], None
    wanted = ('Survived', 'NoCoverage', 'Timeout') if '--timeouts' in argv else ('Survived', 'NoCoverage')
    for arg in argv[1:]:
        if arg == '--timeouts':
            continue
        if arg in ('--globs', '--reports'):
            into = globs if arg == '--globs' else reports
        elif into is None:
            sys.exit(__doc__)
        else:
            into.append(arg)
    config = json.load(open('tests/PartyBuilding.Core.Tests/stryker-config.json', encoding='utf-8'))
    spans = set()
    for report in reports:
        for path, entry in json.load(open(report, encoding='utf-8'))['files'].items():
            if not entry['mutants']:
                continue
            relative = MARK + path.split(MARK)[-1]
            source = open(relative, encoding='utf-8').read()
            if source != entry['source']:
                sys.exit(f'{relative} changed since {report}: measure that file again in full instead')
            starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == '\n']
            for mutant in entry['mutants']:
                if mutant['status'] not in wanted:
                    continue
                begin, end = mutant['location']['start'], mutant['location']['end']
                spans.add(('**/' + path.split(MARK)[-1],
                           starts[begin['line'] - 1] + begin['column'] - 1,
                           starts[end['line'] - 1] + end['column'] - 1))
    config['stryker-config']['mutate'] = globs + [f'{p}{{{a}..{b}}}' for p, a, b in sorted(spans)]
    json.dump(config, open(out, 'w', encoding='utf-8'), indent=2)
    print(f'{len(spans)} {"survivor and timeout" if "Timeout" in wanted else "survivor"} spans and {len(globs)} globs written to {out}')


if __name__ == '__main__':
    main(sys.argv[1:])
