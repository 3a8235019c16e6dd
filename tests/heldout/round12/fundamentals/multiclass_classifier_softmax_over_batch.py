"""Wrong: puts the softmax in a Softmax(axis=0) layer, which normalises over the batch, not over the classes; breaks 'a softmax output is only right with the loss that reads its labels'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(num_classes, activation="softmax"),',
     '        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(num_classes),\n        keras.layers.Softmax(axis=0),'),
]
