"""Wrong: gives num_classes - 1 output units ('class 0 is implied'); breaks 'num_classes: how many classes, one output unit each'."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ('        keras.layers.Dense(num_classes, activation="softmax"),',
     '        keras.layers.Dense(num_classes - 1, activation="softmax"),  # class 0 is implied'),
]
