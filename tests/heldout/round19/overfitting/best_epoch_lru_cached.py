"""Wrong: caches best_epoch with functools.lru_cache, so a dict history (unhashable) raises TypeError and a History read again after more training gets the stale epoch; breaks 'history: a History or its dict.'"""
EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"
MUTATE = [
    ("import itertools\n", "import functools\nimport itertools\n"),
    ("def best_epoch(history):", "@functools.lru_cache(maxsize=None)  # the same run asks twice\ndef best_epoch(history):"),
]
