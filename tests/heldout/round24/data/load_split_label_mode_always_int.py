"""Wrong: the learner wrote label_mode="int", the loader's default, into the call, thinking integer labels suit every loss, and never passed the argument on; breaks 'label_mode: passed through: "int" (labels 0, 1, 2, ...), "categorical" (one-hot rows, for categorical_crossentropy) or "binary"'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,',
     'common = dict(image_size=image_size, batch_size=batch_size, label_mode="int",'),
]
