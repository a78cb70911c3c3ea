#!/usr/bin/env python3
"""Combines an area's full Stryker run with a later re-test of its survivors (survivor-spans.py).

Valid only when the area's library code did not change between the two runs and tests were only added: a mutant
killed in the full run then stays killed, and each survivor or uncovered mutant takes the status of the same mutant
(same location, mutator and replacement) in the re-test. A mutant that timed out in the full run takes the re-test's
status too when the re-test ran it (survivor-spans.py --timeouts); otherwise it stays a timeout, which Stryker counts
as a kill. Prints both scores; --list prints what still survives.

Several re-tests may be given, oldest first: a later one decides for the mutants it ran.

Usage: python3 eng/mutation/combine-reports.py AREA FULL-REPORT.json RETEST-REPORT.json [RETEST-REPORT.json ...] [--list]
"""
import collections
import json
import sys

MARK = 'src/PartyBuilding.Core/'


def key(path, mutant):
    start, end = mutant['location']['start'], mutant['location']['end']
    return (path.split(MARK)[-1], start['line'], start['column'], end['line'], end['column'],
            mutant['mutatorName'], mutant.get('replacement'))


def score(counts):
    killed = counts['Killed'] + counts['Timeout']
    total = killed + counts['Survived'] + counts['NoCoverage']
    return f'{100 * killed / total:.2f} % = {killed}/{total}' if total else 'no mutants'


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    area, full, *retests = [a for a in argv if a != '--list']
    retested = {}
    for retest in retests:
        retested.update({key(p, m): m for p, f in json.load(open(retest, encoding='utf-8'))['files'].items()
                         for m in f['mutants'] if m['status'] not in ('Ignored', 'CompileError')})
    before, after, missing, left = collections.Counter(), collections.Counter(), 0, []
    for path, entry in json.load(open(full, encoding='utf-8'))['files'].items():
        if f'/{area}/' not in path:
            continue
        lines = entry['source'].split('\n')
        for mutant in entry['mutants']:
            status = mutant['status']
            before[status] += 1
            if status in ('Survived', 'NoCoverage', 'Timeout'):
                again = retested.get(key(path, mutant))
                if again is not None:
                    status = again['status']
                elif status != 'Timeout':
                    missing += 1
                if status in ('Survived', 'NoCoverage'):
                    line = mutant['location']['start']['line']
                    left.append(f"{key(path, mutant)[0]}:{line} {status} [{mutant['mutatorName']}]\n"
                                f"    src: {lines[line - 1].strip()[:110]}\n"
                                f"    mut: {(mutant.get('replacement') or '').replace(chr(10), ' ')[:90]}")
            after[status] += 1
    print(f'{area} full run: {score(before)}')
    print(f'{area} combined: {score(after)}; survivors not found in the re-test: {missing}')
    if '--list' in argv:
        print('\n'.join(sorted(left)))


if __name__ == '__main__':
    main(sys.argv[1:])
