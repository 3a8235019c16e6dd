"""Wrong: wires the learning rate and units through but leaves note 003's keras.layers.Dropout(0.5) in every model; breaks 'a dropout of `dropout`'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('keras.layers.Dropout(drop),',
     'keras.layers.Dropout(0.5),  # note 003'),
]
