"""Wrong: validates on the rest of train plus the test split ("train[70%:]+test"), a chatbot's way to get more validation data; breaks 'validation: the rest of it, in order; ... together the whole split'."""

EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "validation"

MUTATE = [
    ('f"train[{train_percent}%:]"]',
     'f"train[{train_percent}%:]+test"]'),
]
