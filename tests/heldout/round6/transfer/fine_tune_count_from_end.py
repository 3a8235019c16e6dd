"""Wrong: reads fine_tune_at as the number of layers to train, counted from the top (layers[-fine_tune_at:]); breaks 'fine_tune_at: the base's first layer to train; every layer before it stays frozen'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ('''    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss,''',
     '''    base_model.trainable = True
    for layer in base_model.layers[:-fine_tune_at]:  # train the last fine_tune_at layers
        layer.trainable = False
    model.compile(loss=model.loss,'''),
]
