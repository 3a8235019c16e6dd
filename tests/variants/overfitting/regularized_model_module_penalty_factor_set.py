"""Wrong: keeps one L1 and one L2 regularizer in a module dict and sets the factor on it at each call, so every model built earlier takes the latest factor; breaks 'changes neither them nor this module's variables, and makes anew the models it returns'."""

EXERCISE, VERDICT, SAYS = "overfitting.regularized_model", "wrong", 'a regularizer of the model'

MUTATE = [
    ('REMEDIES = (',
     '''_PENALTIES = {"l1": keras.regularizers.L1(0.001), "l2": keras.regularizers.L2(0.001)}

REMEDIES = ('''),
    ('''    def penalty():
        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)
''',
     '''    def penalty():
        regularizer = _PENALTIES[kind]
        setattr(regularizer, kind, factor)
        return regularizer
'''),
]
