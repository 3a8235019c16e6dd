"""Correct: A Rescaling(1/127.5, offset=-1) layer instead of preprocess_input, and optimizer='adam' (default rate 0.001)."""
EXERCISE, VERDICT = "transfer.alpaca_model", "done"
MUTATE = [
    ('x = keras.applications.mobilenet_v2.preprocess_input(x)',
     'x = keras.layers.Rescaling(1.0 / 127.5, offset=-1.0)(x)'),
    ('optimizer=keras.optimizers.Adam(learning_rate=0.001)',
     'optimizer="adam"'),
]
