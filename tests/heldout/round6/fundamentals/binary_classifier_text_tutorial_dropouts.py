"""Wrong: copies TensorFlow's text-classification tutorial, with Dropout layers after the embedding and after the pooling; breaks 'Layers, in order: an embedding ..., an average over the sequence ..., a hidden layer of 16 units, relu, an output of 1 unit, sigmoid'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('''        keras.layers.Embedding(vocab_size, 16),
        keras.layers.GlobalAveragePooling1D(),''',
     '''        keras.layers.Embedding(vocab_size, 16),
        keras.layers.Dropout(0.2),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dropout(0.2),'''),
]
