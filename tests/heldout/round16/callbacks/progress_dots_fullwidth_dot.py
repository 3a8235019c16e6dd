"""Wrong: prints the full-width Japanese period '．' (U+FF0E), typed with the IME while following note 003, instead of '.'; breaks 'one dot per finished epoch'."""

EXERCISE, VERDICT = 'callbacks.progress_dots', 'wrong'

MUTATE = [
    ('print(".", end="")',
     'print("\\uff0e", end="")'),
]
