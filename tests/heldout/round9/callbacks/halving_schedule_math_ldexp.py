"""Right: computes the rate as math.ldexp(initial_rate, -(epoch // every)), that is initial_rate * 2 ** -(e // every), a plain float."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "done"

MUTATE = [
    (
        'import os\n',
        'import math\nimport os\n',
    ),
    (
        '        return initial_rate * 0.5 ** (epoch // every)\n',
        '        return math.ldexp(initial_rate, -(epoch // every))\n',
    ),
]
