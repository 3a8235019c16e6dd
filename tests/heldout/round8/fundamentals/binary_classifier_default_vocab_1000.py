"""Wrong: changes the default vocabulary to 1000 words, so word ids from 1000 up fall outside the embedding; breaks 'binary_classifier(vocab_size=10000)' (the default the grader tries)."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    (
        'def binary_classifier(vocab_size=10000):',
        'def binary_classifier(vocab_size=1000):',
    ),
]
