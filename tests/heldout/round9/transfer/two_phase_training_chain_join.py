"""Right: joins each key's two lists with itertools.chain into one list."""

EXERCISE, VERDICT = "transfer.two_phase_training", "done"

MUTATE = [
    (
        'import os\nimport random\n',
        'import itertools\nimport os\nimport random\n',
    ),
    (
        '    joined = {key: first.history[key] + second.history[key] for key in first.history}\n',
        '    joined = {key: list(itertools.chain(first.history[key], second.history[key])) for key in first.history}\n',
    ),
]
