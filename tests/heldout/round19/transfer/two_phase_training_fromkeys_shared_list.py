"""Wrong: starts joined as dict.fromkeys(first.history, []) and extends with +=, so every key shares one list holding all keys' values; breaks 'joined holds, for every key of the first history, the first run's values followed by the second's'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('''    joined = {key: first.history[key] + second.history[key] for key in first.history}''', '''    joined = dict.fromkeys(first.history, [])
    for key in joined:
        joined[key] += first.history[key] + second.history[key]'''),
]
