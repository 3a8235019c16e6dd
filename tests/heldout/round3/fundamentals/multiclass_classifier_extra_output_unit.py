"""Wrong: Gave the output num_classes + 1 units (classes thought numbered from 1); breaks 'num_classes: how many classes, one output unit each'."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ('        keras.layers.Dense(num_classes, activation="softmax"),',
     '        keras.layers.Dense(num_classes + 1, activation="softmax"),'),
]
