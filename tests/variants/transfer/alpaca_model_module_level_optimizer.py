"""Wrong: creates the Adam optimizer once at module level and compiles every model with that one object; breaks 'it changes neither them, nor this module's variables' and 'makes anew the models and callbacks it returns' (a second model shares the first's optimizer state)."""

EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", "the model's optimizer"

MUTATE = [
    ('BASES = {',
     'ADAM = keras.optimizers.Adam(learning_rate=0.001)  # the note\'s base_learning_rate, made once\n\nBASES = {'),
    ('    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),',
     '    model.compile(optimizer=ADAM,'),
]
