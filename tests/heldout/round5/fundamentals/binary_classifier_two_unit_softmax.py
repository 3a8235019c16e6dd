"""Wrong: Gave two softmax units and the sparse loss, treating it as a two-class classifier; breaks 'an output of 1 unit, sigmoid ... binary_crossentropy loss'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('keras.layers.Dense(1, activation="sigmoid"),',
     'keras.layers.Dense(2, activation="softmax"),'),
    ('model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])\n    return model\n\n\ndef multiclass',
     'model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    return model\n\n\ndef multiclass'),
]
