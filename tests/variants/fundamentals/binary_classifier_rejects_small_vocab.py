"""Wrong: validates vocab_size and raises ValueError below 100 ('looks like an embedding size, not a vocabulary'), so vocab_size=20 is refused; breaks 'an embedding of `vocab_size` words' (any vocabulary size)."""

EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", "binary_classifier() raised ValueError"

MUTATE = [
    ('def binary_classifier(vocab_size=10000):\n',
     'def binary_classifier(vocab_size=10000):\n'
     '    if vocab_size < 100:\n'
     '        raise ValueError(f"vocab_size={vocab_size} looks like an embedding size, not a vocabulary")\n'),
]
