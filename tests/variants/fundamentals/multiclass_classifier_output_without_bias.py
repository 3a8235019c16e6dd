"""Wrong: the output Dense layer has use_bias=False; breaks 'The same layers as `sequential_model`, but with `num_classes` output units'."""
EXERCISE, VERDICT, SAYS = "fundamentals.multiclass_classifier", "wrong", 'use_bias=False'

MUTATE = [
    ('keras.layers.Dense(num_classes, activation="softmax"),',
     'keras.layers.Dense(num_classes, activation="softmax", use_bias=False),'),
]
