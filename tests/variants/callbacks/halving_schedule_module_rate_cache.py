"""Wrong: caches each period's rate in a module-level dict keyed by the period only, so a second schedule with another initial_rate or every reuses the first one's rates; breaks 'Every function works from its arguments alone ... it changes neither them, nor this module's variables'."""

EXERCISE, VERDICT, SAYS = "callbacks.halving_schedule", "wrong", "learning rate after 4 epochs of fit"

MUTATE = [
    ('def halving_schedule(initial_rate=0.01, every=10):\n'
     '    def schedule(epoch, rate):\n'
     '        return initial_rate * 0.5 ** (epoch // every)',
     '_RATES = {}  # period -> rate, worked out once\n'
     '\n'
     '\n'
     'def halving_schedule(initial_rate=0.01, every=10):\n'
     '    def schedule(epoch, rate):\n'
     '        period = epoch // every\n'
     '        if period not in _RATES:\n'
     '            _RATES[period] = initial_rate * 0.5 ** period\n'
     '        return _RATES[period]'),
]
