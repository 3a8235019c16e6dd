"""Wrong: creates note 000's global_average_layer and prediction_layer once at module level and reuses them, so every model built shares one Dense head (its weights); breaks 'makes anew the models and callbacks it returns'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('def alpaca_model(image_shape=(160, 160), data_augmentation=None, weights="imagenet"):',
     '# note 000 builds these outside the model\nglobal_average_layer = keras.layers.GlobalAveragePooling2D()\nprediction_layer = keras.layers.Dense(1)\n\n\ndef alpaca_model(image_shape=(160, 160), data_augmentation=None, weights="imagenet"):'),
    ('    x = keras.layers.GlobalAveragePooling2D()(x)\n    x = keras.layers.Dropout(0.2)(x)\n    outputs = keras.layers.Dense(1)(x)',
     '    x = global_average_layer(x)  # pooling層\n    x = keras.layers.Dropout(0.2)(x)\n    outputs = prediction_layer(x)  # 出力層'),
]
