"""Wrong: Inputs of 10000 words whatever num_words is; breaks 'multi-hot vectors of num_words words' (grader's 50)."""
EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"
MUTATE = [
    ('num_words=num_words)\n        for name, units',
     'num_words=10000)\n        for name, units'),
]
