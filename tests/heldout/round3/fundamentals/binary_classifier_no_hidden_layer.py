"""Wrong: Left out the 16-unit relu hidden layer (pooling straight into the output); breaks 'Layers, in order: ... a hidden layer of 16 units, relu'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('''        keras.layers.Dense(16, activation="relu"),
''',
     ''),
]
