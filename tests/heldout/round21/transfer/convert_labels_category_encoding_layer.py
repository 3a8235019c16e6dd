"""Wrong: one-hot encodes with keras.layers.CategoryEncoding(num_tokens=num_classes), which refuses num_classes=None (ValueError) and returns a tensor; breaks 'with num_classes=None, as many classes as the largest label + 1' and 'as a NumPy array'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    ('return keras.utils.to_categorical(labels, num_classes)',
     'return keras.layers.CategoryEncoding(num_tokens=num_classes, output_mode="one_hot")(labels)'),
]
