"""Wrong: tells binary from multiclass by model.layers[-1].units, which raises AttributeError when the model ends with its activation as a layer of its own (Activation("sigmoid"), Softmax()) after the Dense; breaks 'model: a trained keras classifier, multiclass (softmax) or binary (one sigmoid unit)'."""

EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", 'AttributeError'

MUTATE = [
    ('    if probs.shape[-1] == 1:',
     '    if model.layers[-1].units == 1:'),
]
